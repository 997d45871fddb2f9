// `ParserBenchFacts [--dump DIR] [--time SECONDS]`: the facts about the parser benchmarks' inputs
// that the timing run does not give: bytes, lexical tokens (Quarry's `countTokens`, which counts
// as graphql-js does: no comments, no commas) and definitions as each parser sees them. With
// `--dump DIR` it also writes each input's exact text to `DIR/<name>.graphql`, so that graphql-js
// parses the same text. With `--time S` it also times each parser for S seconds in this process,
// outside package-benchmark (no malloc interposer preloaded): a cross-check of the medians.
// Prints one JSON object; used by run-parser-bench.sh.
//
// `ParserBenchFacts --repeat quarry|graphqlswift INPUT N` only parses input INPUT (`big_query` or
// `s2b2c_schema`) N times and prints nothing: run under `valgrind --tool=callgrind` with two
// values of N, the difference gives instructions per parse, a count that does not depend on
// what else the machine is doing.

import BenchmarkInputs
import Foundation
import GraphQL
import QuarryLanguage

struct InputFacts: Encodable {
    var name: String
    var origin: String
    var bytes: Int
    var file: String?
    var tokens: Int?
    var quarryDefinitions: Int?
    var quarryError: String?
    var graphQLSwiftDefinitions: Int?
    var graphQLSwiftError: String?
    var quarryMedianMicroseconds: Double?
    var graphQLSwiftMedianMicroseconds: Double?
}

/// The median wall-clock microseconds of `body` over `seconds` (after a tenth as much warm-up).
func medianMicroseconds(seconds: Double, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let warmUpEnd = clock.now.advanced(by: .milliseconds(Int(seconds * 100)))
    while clock.now < warmUpEnd { try body() }
    var samples: [Double] = []
    let end = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    while clock.now < end || samples.count < 5 {
        let elapsed = try clock.measure(body)
        samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
    }
    samples.sort()
    let middle = samples.count / 2
    return samples.count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2
}

var dumpFolder: URL?
var timingSeconds: Double?
var repeatRequest: (parser: String, input: String, count: Int)?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--dump":
        guard let path = arguments.popFirst() else {
            printError("ParserBenchFacts: --dump needs a folder")
            exit(2)
        }
        dumpFolder = URL(fileURLWithPath: path)
    case "--time":
        guard let value = arguments.popFirst().flatMap(Double.init), value > 0 else {
            printError("ParserBenchFacts: --time needs a number of seconds")
            exit(2)
        }
        timingSeconds = value
    case "--repeat":
        guard let parser = arguments.popFirst(), ["quarry", "graphqlswift"].contains(parser),
              let input = arguments.popFirst(),
              let count = arguments.popFirst().flatMap(Int.init), count >= 0
        else {
            printError("ParserBenchFacts: --repeat needs quarry|graphqlswift, an input name and a count")
            exit(2)
        }
        repeatRequest = (parser, input, count)
    default:
        printError("usage: ParserBenchFacts [--dump DIR] [--time SECONDS] | --repeat quarry|graphqlswift INPUT N")
        exit(2)
    }
}

let inputs: [BenchmarkInput]
do {
    inputs = [try BenchmarkInputs.bigQuery(), try BenchmarkInputs.s2b2cSchema()]
} catch {
    printError("ParserBenchFacts: \(error.description)")
    exit(1)
}

if let request = repeatRequest {
    guard let input = inputs.first(where: { $0.name == request.input }) else {
        printError("ParserBenchFacts: no input named \(request.input)")
        exit(2)
    }
    var definitions = 0
    for _ in 0..<request.count {
        if request.parser == "quarry" {
            definitions &+= (try? QuarryLanguage.parse(QuarryLanguage.Source(input.text, name: input.name)))?
                .definitions.count ?? 0
        } else {
            definitions &+= (try? GraphQL.parse(source: GraphQL.Source(body: input.text, name: input.name)))?
                .definitions.count ?? 0
        }
    }
    exit(definitions == Int.min ? 1 : 0)
}

var facts: [InputFacts] = []
for input in inputs {
    var row = InputFacts(name: input.name, origin: input.origin, bytes: input.byteCount)
    if let dumpFolder {
        let file = dumpFolder.appendingPathComponent("\(input.name).graphql")
        do {
            try FileManager.default.createDirectory(at: dumpFolder, withIntermediateDirectories: true)
            try Data(input.text.utf8).write(to: file)
            row.file = file.path
        } catch {
            printError("ParserBenchFacts: cannot write \(file.path): \(error)")
            exit(1)
        }
    }
    let source = QuarryLanguage.Source(input.text, name: input.name)
    do {
        row.tokens = try QuarryLanguage.countTokens(source)
        row.quarryDefinitions = try QuarryLanguage.parse(source).definitions.count
    } catch {
        row.quarryError = error.description
    }
    do {
        row.graphQLSwiftDefinitions = try GraphQL.parse(source: GraphQL.Source(body: input.text, name: input.name))
            .definitions.count
    } catch {
        row.graphQLSwiftError = "\(error)"
    }
    if let seconds = timingSeconds {
        let text = input.text
        let name = input.name
        if row.quarryError == nil {
            row.quarryMedianMicroseconds = try? medianMicroseconds(seconds: seconds) {
                _ = try QuarryLanguage.parse(QuarryLanguage.Source(text, name: name))
            }
        }
        if row.graphQLSwiftError == nil {
            row.graphQLSwiftMedianMicroseconds = try? medianMicroseconds(seconds: seconds) {
                _ = try GraphQL.parse(source: GraphQL.Source(body: text, name: name))
            }
        }
    }
    facts.append(row)
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
let json = try encoder.encode(["inputs": facts])
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
