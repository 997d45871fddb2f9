// The properties the fuzzer checks on every input. A violation stops the process with
// `fatalError`, so libFuzzer saves the input as a crash artifact (Fuzz/README.md).

import QuarryLanguage

public enum FuzzChecks {
    /// Any bytes: parsing either fails with a well-formed syntax error or yields a document whose
    /// printed form parses again and prints back to the same text, and whose tokens the lexer
    /// alone also accepts.
    public static func parseAndRoundTrip(_ bytes: [UInt8]) {
        let source = Source(bytes: bytes, name: "fuzz")
        let document: Document
        do {
            document = try parse(source)
        } catch {
            checkRendering(of: error, inputSize: bytes.count)
            return
        }

        do {
            let tokens = try QuarryLanguage.countTokens(source)
            if tokens > bytes.count {
                violation("countTokens says \(tokens) tokens in \(bytes.count) bytes")
            }
        } catch {
            violation("parse accepts the input but countTokens rejects it:\n\(error.description)")
        }

        let printed = document.printed()
        let reparsed: Document
        do {
            reparsed = try parse(Source(printed, name: "printed"))
        } catch {
            violation("the printed document does not parse:\n\(error.description)\n--- printed ---\n\(printed)")
        }
        let reprinted = reparsed.printed()
        if reprinted != printed {
            violation("printing is not stable:\n--- printed ---\n\(printed)\n--- printed again ---\n\(reprinted)")
        }
    }

    /// Any bytes: the lexer alone either counts at most one token per byte or fails with a
    /// well-formed syntax error.
    public static func countTokens(_ bytes: [UInt8]) {
        do {
            let tokens = try QuarryLanguage.countTokens(Source(bytes: bytes, name: "fuzz"))
            if tokens < 0 || tokens > bytes.count {
                violation("countTokens says \(tokens) tokens in \(bytes.count) bytes")
            }
        } catch {
            checkRendering(of: error, inputSize: bytes.count)
        }
    }

    /// A syntax error has a location inside the input (line and column from 1, at most one line
    /// per byte and one column per byte, plus the position just past the end) and renders with
    /// its source line and a caret.
    static func checkRendering(of error: SyntaxError, inputSize: Int) {
        if error.offset < 0 || error.offset > inputSize {
            violation("error offset \(error.offset) outside the \(inputSize)-byte input: \(error.message)")
        }
        let line = error.line
        let column = error.column
        if line < 1 || column < 1 || line > inputSize + 1 || column > inputSize + 1 {
            violation("error location \(line):\(column) impossible for a \(inputSize)-byte input: \(error.message)")
        }
        if error.message.isEmpty {
            violation("empty error message at \(line):\(column)")
        }
        let rendered = error.description
        if !rendered.contains("^") {
            violation("rendered error has no caret:\n\(rendered)")
        }
    }

    static func violation(_ message: String) -> Never {
        fatalError("QuarryFuzz property violated: \(message)")
    }
}
