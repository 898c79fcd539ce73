// TerminalGrid
