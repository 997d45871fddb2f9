// Parser benchmarks: Quarry's hand-written parser against GraphQLSwift 4.3's `parse(source:)`
// on the same text, in one run (issue 3, "What it must show"):
//
// - `big_query`: the baseline's 40 kB query (1 414 fields, fragments, variables);
// - `s2b2c_schema`: the whole S2B2C schema as one SDL document.
//
// Each iteration is one parse from text to a finished AST, `Source` construction included for
// both parsers (what a server does with each request body), AST release included. The lexer
// alone (`countTokens`) is measured too, so a regression can be placed in the lexer or the parser.
//
//     swift package --allow-writing-to-package-directory benchmark --target ParserBenchmarks
//
// `./run-parser-bench.sh` runs this, adds graphql-js, and prints the comparison table.
// Inputs are read at run time (Support/BenchmarkInputs); QUARRY_BIG_QUERY and QUARRY_SHARED
// override where. QUARRY_BENCH_SECONDS sets the time per benchmark (default 3);
// QUARRY_BENCH_INSTRUCTIONS=1 adds the instruction count where `perf` counters are available.

import Benchmark
import BenchmarkInputs
import Foundation
import GraphQL
import QuarryLanguage

let benchmarks: @Sendable () -> Void = {
    let environment = ProcessInfo.processInfo.environment
    var metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal]
    if environment["QUARRY_BENCH_INSTRUCTIONS"] == "1" {
        metrics.append(.instructions)
    }
    let seconds = environment["QUARRY_BENCH_SECONDS"].flatMap(Int.init) ?? 3

    Benchmark.defaultConfiguration = .init(
        metrics: metrics,
        timeUnits: .microseconds,
        warmupIterations: 20,
        scalingFactor: .one,
        maxDuration: .seconds(seconds),
        maxIterations: 1_000_000
    )

    let inputs: [BenchmarkInput]
    do {
        inputs = [try BenchmarkInputs.bigQuery(), try BenchmarkInputs.s2b2cSchema()]
    } catch {
        printError("ParserBenchmarks: \(error)")
        exit(1)
    }

    for input in inputs {
        let text = input.text
        let name = input.name

        // Check each parser once before timing it: a parser that rejects the input is reported
        // and left out, rather than timed throwing errors.
        do {
            _ = try QuarryLanguage.parse(QuarryLanguage.Source(text, name: name))
            Benchmark("Quarry parse \(name)") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try QuarryLanguage.parse(QuarryLanguage.Source(text, name: name)))
                }
            }
            Benchmark("Quarry countTokens \(name)") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try QuarryLanguage.countTokens(QuarryLanguage.Source(text, name: name)))
                }
            }
        } catch {
            printError("ParserBenchmarks: Quarry rejects \(input.origin):\n\(error)")
        }

        do {
            _ = try GraphQL.parse(source: GraphQL.Source(body: text, name: name))
            Benchmark("GraphQLSwift parse \(name)") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try GraphQL.parse(source: GraphQL.Source(body: text, name: name)))
                }
            }
        } catch {
            printError("ParserBenchmarks: GraphQLSwift rejects \(input.origin): \(error)")
        }
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
