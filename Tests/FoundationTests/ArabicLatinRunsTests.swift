import TestSupport
import A4PScene
import A4PText
import Testing

/// Latin and number runs inside Arabic text keep their symbols and their order (issue 14): the text
/// engine isolates each run (`Typography.apply` for right-to-left languages).
@Suite("Arabic: Latin and number runs kept whole and left to right")
struct ArabicLatinRunsTests {
    let engine = Fixtures.engine
    let arabic = TextStyle(size: 10, language: "ar", direction: .rightToLeft)
    let lri = "\u{2066}", pdi = "\u{2069}"

    /// The line as a reader sees it from left to right: the runs by position, each run's clusters in
    /// visual order (reversed in a right-to-left run, whose mirrored brackets and comparison signs
    /// are printed as their mirror image), isolate controls left out.
    func visual(_ line: TextLine) -> String {
        let mirror: [Character: Character] = ["<": ">", ">": "<", "(": ")", ")": "(", "[": "]", "]": "["]
        var out = ""
        for run in line.runs.sorted(by: { $0.origin.x < $1.origin.x }) {
            let bytes = Array(run.text.utf8)
            var pieces: [String] = []
            var at = 0
            for c in run.clusters {
                pieces.append(String(decoding: bytes[at..<(at + c.byteCount)], as: UTF8.self))
                at += c.byteCount
            }
            if run.isRightToLeft { pieces = pieces.reversed().map { String($0.map { mirror[$0] ?? $0 }) } }
            out += pieces.joined()
        }
        return String(out.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) }.map(Character.init))
    }

    @Test("A4P+, >150, #PeaceBegins and +337% in an Arabic line print in the order they are written")
    func symbolsStayWithTheirRun() {
        let text = "تقارير A4P+ تضم >150 مقالًا عن حملة #PeaceBegins بزيادة +337% في الدورة 4"
        let line = engine.line(text, style: arabic)
        #expect(line.isRightToLeft)
        let seen = visual(line)
        for run in ["A4P+", ">150", "#PeaceBegins", "+337%"] {
            #expect(seen.contains(run), "\(run) is not printed left to right and whole in: \(seen)")
        }
        for flipped in ["+A4P", "150<", "<150", "PeaceBegins#", "337%+"] {
            #expect(!seen.contains(flipped), "\(flipped) printed in: \(seen)")
        }
        // Every run still sits in the Arabic order: the first Latin run is right of the last.
        let x = { (needle: String) in line.runs.first { $0.text.contains(needle) }?.origin.x ?? -1 }
        #expect(x("A4P") > x("150") && x("150") > x("PeaceBegins") && x("PeaceBegins") > x("337"))
    }

    @Test("a symbol alone in an Arabic cell or title keeps its side: +337%, 2+, 1/1+, A4P+ before Arabic")
    func runsAtTheEdges() {
        for (text, run) in [("+337%", "+337%"), ("المستوى 2+", "2+"), ("المستوى 1/1+", "1/1+"),
                            ("المصدر: تقارير\u{00A0}A4P\u{2060}+", "A4P\u{2060}+"),
                            ("A4P+، الأولوية 1: الاستراتيجية", "،A4P+")] {
            let seen = visual(engine.line(text, style: arabic))
            #expect(seen.contains(run), "\(text) printed as \(seen)")
        }
    }

    @Test("a number after a Latin symbol stays with its Arabic month: C-34، 25 أكتوبر")
    func dayStaysWithMonth() {
        let line = engine.line("مصفوفة C-34، 25 أكتوبر 2024", style: arabic)
        let x = { (needle: String) in line.runs.first { $0.text.contains(needle) }?.origin.x ?? -1 }
        let c34 = x("C-34"), day = x("25"), month = x("أكتوبر")
        // Right to left: C-34, then the day, then the month; the day is between the two, not left of C-34's run joined to it.
        #expect(c34 > day && day > month, "C-34 at \(c34), 25 at \(day), month at \(month)")
        #expect(line.runs.first { $0.text.contains("C-34") }?.text.contains("25") == false, "the day joined the Latin run")
    }

    @Test("the rule as text: runs isolated, Arabic punctuation ends them, plain numbers and existing isolates untouched")
    func isolatesAsText() {
        func ar(_ s: String) -> String { Typography.apply(s, language: "ar") }
        #expect(ar("تقارير A4P+") == "تقارير \(lri)A4P+\(pdi)")
        #expect(ar("تقارير\u{00A0}A4P\u{2060}+") == "تقارير\u{00A0}\(lri)A4P\u{2060}+\(pdi)", "a word joiner before the + keeps it in the run")
        #expect(ar(">7,100 مقال") == "\(lri)>7,100\(pdi) مقال")
        #expect(ar("C-34، 25 أكتوبر") == "\(lri)C-34\(pdi)، 25 أكتوبر", "the day is not pulled into the Latin run")
        #expect(ar("منظمة UN Women و SOFA/SOMA") == "منظمة \(lri)UN Women\(pdi) و \(lri)SOFA/SOMA\(pdi)")
        #expect(ar("الدورة 4 (أيار/مايو 2023) بنسبة 45%") == "الدورة 4 (أيار/مايو 2023) بنسبة 45%",
                "digits the bidi algorithm already keeps whole are left alone")
        #expect(ar("تقرير عام 2024 (A/78/19)") == "تقرير عام 2024 \(lri)(A/78/19)\(pdi)", "a year before a symbol stays Arabic")
        #expect(ar("13 Well-being Group exercises.") == "\(lri)13 Well-being Group exercises\(pdi).")
        #expect(ar("(A4P+) العمل") == "\(lri)(A4P+)\(pdi) العمل", "paired brackets go with their run")
        #expect(ar("العمل (A4P+") == "العمل (\(lri)A4P+\(pdi)", "an unpaired bracket stays outside")
        #expect(ar("كلمة-5") == "كلمة-5", "a hyphen after an Arabic word is not a minus sign")
        #expect(ar("السابقة:\n+337%") == "السابقة:\n\(lri)+337%\(pdi)", "a sign at the start of a line is the run's")
        let isolated = "قيمة \(lri)>68,924\(pdi)"
        #expect(ar(isolated) == isolated, "an isolate already there is kept as it is")
        #expect(ar("MINUSMA") == "MINUSMA" && ar("UN Women") == "UN Women", "a Latin label alone has nothing to be kept apart from")
        #expect(ar("A4P+") == "\(lri)A4P+\(pdi)", "but a sign at its edge would still flip")
        #expect(Typography.apply("A4P+ >150", language: "en") == "A4P+ >150", "left-to-right languages are unchanged")
    }

    @Test("a paragraph broken inside an isolate reopens it on the next line")
    func isolateAcrossLines() {
        let text = "تقرير Action for Peace Plus Common Commitments Progress Report للدورة"
        let style = arabic
        let block = engine.paragraph(text, style: style, width: engine.width(of: "تقرير Action for Peace", style: style))
        #expect(block.lines.count >= 2)
        for line in block.lines.dropFirst() where line.text.contains("Report") {
            #expect(line.text.unicodeScalars.first { (0x2066...0x2069).contains($0.value) } == "\u{2066}",
                    "the continued Latin run is isolated again: \(line.text)")
        }
    }

    @Test("a closing quote whose opener is on an earlier line stays with its Latin run; one whose opener stands before it stays out")
    func closerOfAnEarlierLine() {
        func ar(_ s: String) -> String { Typography.apply(s, language: "ar") }
        // P6's Arabic MONUSCO card (review 4): the French title breaks over two lines; the second
        // read "«gros titres" when its » fell outside the run and took the Arabic direction.
        #expect(ar("gros titres»؛ قناة على واتساب.") == "\(lri)gros titres»\(pdi)؛ قناة على واتساب.")
        #expect(ar("(انظر A/78/19)") == "(انظر \(lri)A/78/19\(pdi))", "a bracket opened in the Arabic text is not the run's")
        #expect(ar("حملة «La MONUSCO au-delà des gros titres»؛ قناة") == "حملة \(lri)«La MONUSCO au-delà des gros titres»\(pdi)؛ قناة")
    }
}
