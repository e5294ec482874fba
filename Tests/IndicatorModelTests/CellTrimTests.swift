import Foundation
import Testing
@testable import A4PIndicators

/// A data cell is trimmed as Foundation trims it (`.whitespaces`: tab and the Zs space separators),
/// though `TableRow.trimmed` asks Foundation only when a cell starts or ends with a byte that may be one.
@Suite struct CellTrimTests {
    static let cells = [
        "", " ", "\t", "a", "42", " a", "a ", "\ta\t", "  a b  ", "a\n", "\na", "\r\na\r\n", "\u{00A0}a", "a\u{00A0}",
        "\u{3000}中文\u{3000}", "\u{2009}12\u{202F}", "é", " é ", "e\u{0301}", "\u{0301}", "مرحبا ", "x\u{200B}", "\u{FEFF}x",
        "a\u{1680}", "\u{205F}", "\u{0085}x", "—", "\"quoted\"", "  \u{2003}  ",
    ]

    @Test func sameAsFoundation() {
        for cell in Self.cells {
            #expect(Array(TableRow.trimmed(cell).utf8) == Array(cell.trimmingCharacters(in: .whitespaces).utf8), "\(cell.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Cells of the shipped observations come through unchanged or trimmed exactly as before.
    @Test func shippedObservations() throws {
        let folder = try #require(DataDirectory.locate())
        let text = try String(contentsOf: folder.appendingPathComponent("observations.csv"), encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n").prefix(400) {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
                #expect(TableRow.trimmed(cell) == cell.trimmingCharacters(in: .whitespaces))
                checked += 1
            }
        }
        #expect(checked > 1000)
    }
}
