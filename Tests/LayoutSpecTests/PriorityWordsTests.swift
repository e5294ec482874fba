import A4PCharts
import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14 (prio5, reviews r3 and r4): the priority pages read as designed, not generated — no
/// answer printed as "— yes: …; no: …", no working note, captions that say one thing once.
/// Read as the page's logical text (Arabic in reading order), in all six languages.
@Suite("Priority pages: reader's sentences, no working notes, one caption")
struct PriorityWordsTests {
    static let priorities = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]

    /// Each page's text of a shipped priority page, white space and no-break spaces removed (lines
    /// wrap anywhere in Chinese, and French puts a thin space before its colon).
    static func pages(_ priority: String, _ language: String) throws -> [String] {
        let (output, log) = try PriorityPageFormsTests.render(priority, language)
        #expect(!log.hasErrors, "\(priority) \(language): \(log.sorted.prefix(3))")
        return output.document.pages.map { squeezed(Papercut.texts($0.nodes).joined(separator: " ")) }
    }

    static func squeezed(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0)
            && !(0x2066...0x2069).contains($0.value) && !(0x200E...0x200F).contains($0.value) }))
    }

    /// The working notes reviews r3, r4 and r5 found, in each language's words.
    static let workingNotes: [String: [String]] = [
        "en": ["also ticks UNMIK", "counts among the nine", "the 5 countries it names", "The six mechanisms the 4th report lists", "as counted in the 4th report", "The overview prints the two labels", "a figure it does not print", "Each on its own base and date",
               "The report gives no total", "None (Cycle 6)", "not every rating of theirs", "the split follows print order"],
        "fr": ["compte parmi les neuf", "les 5 pays qu’il nomme", "Les six mécanismes cités par le 4e rapport", "selon le décompte du 4e rapport", "Le bilan imprime les deux libellés", "chiffre qu’il n’imprime pas", "Chacune sur sa base et à sa date",
               "Le rapport ne donne pas de total", "Aucun (Cycle 6)", "ne peuvent pas être rattachées à un domaine"],
        "es": ["cuenta entre los nueve", "los 5 países que nombra", "Los seis mecanismos que enumera", "según el recuento del 4.º informe", "El panorama imprime las dos etiquetas", "cifra que no imprime", "Cada una con su base y su fecha",
               "El informe no da un total", "Ninguno (Ciclo 6)", "no todas sus calificaciones"],
        "ru": ["учитывает среди девяти", "5 названных стран", "Шесть механизмов из 4-го доклада", "по подсчету 4-го доклада", "В обзоре напечатаны две подписи", "доклад этой цифры не приводит", "У каждого своя база и дата",
               "доклад не приводит", "Нет (Цикл 6)", "не все их оценки"],
        "zh": ["将其计入9个之中", "其列出的5个国家", "第4次报告列出的6个机制", "按第4次报告的统计", "概览先印两个标签", "报告本身未列出", "各有其基数和日期", "所有特派团的总数", "无（第6周期）", "无法全部对应到具体领域"],
        "ar": ["ضمن الخطط التسع", "البلدان الخمسة المذكورة", "الآليات الست التي يوردها", "حسب إحصاء التقرير الرابع", "يطبع الاستعراض التسميتين", "لكلٍّ منها أساسه وتاريخه", "لا يقدّم التقرير مجموعًا", "لا يمكن ربط كل تقديراتها"],
    ]

    @Test("no priority page says its answers as '— yes: …; no: …' or 'Neither:'", arguments: PriorityPageFormsTests.languages)
    func noAnswerDumps(_ language: String) throws {
        let (yes, no) = (Words.yesNo(true, language), Words.yesNo(false, language))
        let dumps = (language == "zh" ? ["——\(yes)：", "——\(no)：", "；\(no)："] : ["—\(yes):", "—\(no):", ";\(no):"]) + ["Neither:"]
        for priority in Self.priorities {
            let text = try Self.pages(priority, language).joined()
            for d in dumps { #expect(!text.contains(d), "\(priority) \(language): '\(d)'") }
        }
    }

    @Test("no priority page carries the working notes of reviews r3 and r4", arguments: PriorityPageFormsTests.languages)
    func noWorkingNotes(_ language: String) throws {
        let notes = (Self.workingNotes[language] ?? []).map(Self.squeezed)
        for priority in Self.priorities {
            let text = try Self.pages(priority, language).joined()
            for note in notes { #expect(!text.contains(note), "\(priority) \(language): '\(note)'") }
        }
    }

    @Test("captions: P2's CPAS numbers carry no wrapped arrow; P3's subtitle repeats no count",
          arguments: PriorityPageFormsTests.languages)
    func captions(_ language: String) throws {
        #expect(!(try Self.pages("P2", language))[0].contains("↓"), "\(language): the message says the fall")
        // P4's and P5's period lines: one convention on P1–P7 now, PriorityPolishTests.periodLine.
        // 143 (cycle 4's trainees) in the TPP table only, not also in its subtitle.
        let (p3, _) = try PriorityPageFormsTests.render("P3", language)
        let words = Papercut.texts(p3.document.pages[0].nodes).joined(separator: " ")
        let numbers = words.split { !$0.isNumber }.filter { $0 == "143" }
        #expect(numbers.count == 1, "\(language)")
    }
}
