import ArgumentParser
@main struct ESS: ParsableCommand {}
