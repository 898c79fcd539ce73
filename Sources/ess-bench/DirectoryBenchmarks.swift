import Foundation

func runDirectoryBenchmarks() throws {
}
