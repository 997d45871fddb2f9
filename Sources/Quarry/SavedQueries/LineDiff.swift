/// A readable line diff (`quarry test`, SEMANTICS.md §14.7): hunks in the unified format, `-`
/// for expected lines, `+` for actual ones, three lines of context, built from a longest common
/// subsequence of the lines between the common head and tail.
public enum LineDiff {
    /// The hunks, each line ending with a newline; empty when the texts are equal.
    public static func unified(expected: String, actual: String, context: Int = 3) -> String {
        let old = lines(expected), new = lines(actual)
        let edits = script(old, new)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var output = ""
        var index = 0
        while index < edits.count {
            guard edits[index].kind != .same else {
                index += 1
                continue
            }
            // A hunk: from `context` lines before this change to `context` lines after the last
            // change that is no more than 2 × context lines further on.
            let start = max(0, index - context)
            var end = index
            var lookahead = index
            while lookahead < edits.count {
                if edits[lookahead].kind != .same {
                    end = lookahead
                } else if lookahead - end > 2 * context {
                    break
                }
                lookahead += 1
            }
            let stop = min(edits.count, end + context + 1)
            let hunk = edits[start..<stop]
            let oldStart = (hunk.first { $0.kind != .added }?.oldLine ?? 0) + 1
            let newStart = (hunk.first { $0.kind != .removed }?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .added }.count
            let newCount = hunk.filter { $0.kind != .removed }.count
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: output += " " + old[edit.oldLine] + "\n"
                case .removed: output += "-" + old[edit.oldLine] + "\n"
                case .added: output += "+" + new[edit.newLine] + "\n"
                }
            }
            index = stop
        }
        return output
    }

    /// The lines of `text`; a final newline ends the last line rather than starting an empty one.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    struct Edit {
        enum Kind { case same, removed, added }
        let kind: Kind
        let oldLine: Int
        let newLine: Int
    }

    /// The edit script from `old` to `new`. Beyond four million cells of LCS table the middle is
    /// shown as all removed then all added, which is still correct, only less precise.
    static func script(_ old: [String], _ new: [String]) -> [Edit] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let oldMiddle = head..<(old.count - tail)
        let newMiddle = head..<(new.count - tail)
        var edits = (0..<head).map { Edit(kind: .same, oldLine: $0, newLine: $0) }
        if oldMiddle.count * newMiddle.count <= 4_000_000 {
            edits += lcsEdits(old, oldMiddle, new, newMiddle)
        } else {
            edits += oldMiddle.map { Edit(kind: .removed, oldLine: $0, newLine: newMiddle.lowerBound) }
            edits += newMiddle.map { Edit(kind: .added, oldLine: oldMiddle.upperBound, newLine: $0) }
        }
        edits += (0..<tail).map { Edit(kind: .same, oldLine: oldMiddle.upperBound + $0, newLine: newMiddle.upperBound + $0) }
        return edits
    }

    private static func lcsEdits(_ old: [String], _ oldRange: Range<Int>, _ new: [String], _ newRange: Range<Int>) -> [Edit] {
        let rows = oldRange.count, columns = newRange.count
        // lengths[i][j]: the LCS length of old[i...] and new[j...] within the ranges.
        var lengths = [Int32](repeating: 0, count: (rows + 1) * (columns + 1))
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i * (columns + 1) + j] = old[oldRange.lowerBound + i] == new[newRange.lowerBound + j]
                    ? lengths[(i + 1) * (columns + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (columns + 1) + j], lengths[i * (columns + 1) + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < rows || j < columns {
            let oldLine = oldRange.lowerBound + i, newLine = newRange.lowerBound + j
            if i < rows, j < columns, old[oldLine] == new[newLine] {
                edits.append(Edit(kind: .same, oldLine: oldLine, newLine: newLine))
                i += 1
                j += 1
            } else if i < rows, j == columns || lengths[(i + 1) * (columns + 1) + j] >= lengths[i * (columns + 1) + j + 1] {
                // Removals before additions, as diff(1) shows them.
                edits.append(Edit(kind: .removed, oldLine: oldLine, newLine: newLine))
                i += 1
            } else {
                edits.append(Edit(kind: .added, oldLine: oldLine, newLine: newLine))
                j += 1
            }
        }
        return edits
    }
}
