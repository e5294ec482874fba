@testable import A4PCairoRenderers
@testable import A4PSpecimen
import A4PScene
import A4PText
import Foundation
import Testing

/// Issue 18, start-up: the workload slice that stops after its chart, and PDF text strings built as
/// bytes give what the general paths give.
@Suite("Bench start-up: early workload slice, PDF text bytes")
struct BenchStartupTests {
    @Test("the workload slice stops after the last chart naming the id: a damaged tail is not read; meta after the charts still works")
    func sliceStopsEarly() throws {
        let damagedTail = #"{"meta": {"w": 1}, "charts": [{"id": "a"}, {"id": "b", "v": [1]}, {"id": "c", "broken": [} ]"#
        let cut = try #require(WorkloadSlice.only("b", in: Data(damagedTail.utf8)))
        let top = try #require(try JSONSerialization.jsonObject(with: cut) as? [String: Any])
        #expect((top["charts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["b"])
        #expect((top["meta"] as? [String: Any])?["w"] as? Int == 1)
        // The damaged chart itself is cut by brackets alone and does not decode (the caller then decodes the
        // whole file, which reports the damage).
        if let damaged = WorkloadSlice.only("c", in: Data(damagedTail.utf8)) {
            #expect(throws: (any Error).self) { try JSONSerialization.jsonObject(with: damaged) }
        }
        let metaLast = #"{"charts": [{"id": "a"}, {"id": "b"}], "meta": {"w": 2}}"#
        let late = try #require(WorkloadSlice.only("a", in: Data(metaLast.utf8)))
        let lateTop = try #require(try JSONSerialization.jsonObject(with: late) as? [String: Any])
        #expect((lateTop["meta"] as? [String: Any])?["w"] as? Int == 2)
        #expect((lateTop["charts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a"])
    }

    @Test("PDF text strings as bytes: the same characters as the string form, for long alt texts with delimiters and non-Latin text")
    func pdfTextBytes() {
        let long = String(repeating: #"Bars (share, %) \ by mission; "#, count: 40)
        let escaped = long.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
        #expect(PDFIncrement.textBytes(long) == Array(("(" + escaped + ")").utf8))
        #expect(PDFIncrement.textBytes("نسبة") == Array("<FEFF0646063306280629>".utf8))
        #expect(PDFIncrement.textBytes("a\u{7F}") == Array("<FEFF0061007F>".utf8), "DEL is not printable: UTF-16")
        #expect(PDFIncrement.textBytes("") == Array("()".utf8))
    }

    @Test("a painter's last-face memo gives the process's face for each run, when the font changes and when it repeats")
    func lastFace() throws {
        let fonts = try FontLibrary.bundled().fonts
        let regular = try #require(fonts.first { $0.family == "NotoSans" && $0.weight == .regular }).reference
        let bold = try #require(fonts.first { $0.family == "NotoSans" && $0.weight == .bold }).reference
        let memo = CairoFonts.LastFace()
        for font in [regular, regular, bold, regular, bold, bold] {
            let face = try #require(memo.face(for: font))
            #expect(face == CairoFonts.shared.face(for: font))
        }
        #expect(memo.face(for: regular) != memo.face(for: bold))
        #expect(memo.face(for: FontReference(path: "/no/such/font.ttf", postScriptName: "None")) == nil)
    }
}
