import Foundation

/// Runs independent reference implementations (graphql-core from PyPI) from the tests, when the
/// machine has them; tests that use them are skipped otherwise.
public enum Python {
    /// Whether `python3` can import graphql-core.
    public static let hasGraphQLCore: Bool = (try? run("import graphql").status) == 0

    /// Runs `python3 -c script`, feeding `input` on standard input; its standard output and
    /// standard error together.
    public static func run(_ script: String, input: String = "") throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        // The scripts read all their input before they print, so writing first cannot block.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
