import A4PText

/// The few words charts write themselves, in the six UN languages (labels from data come translated
/// by the spec layer). One table; English when a language is missing.
public enum Words {
    static let table: [String: [String: String]] = [
        // The three absent states: unknown, does not apply, the source states none.
        "no-data": ["en": "not reported", "fr": "non communiqué", "es": "no comunicado", "ru": "нет сведений",
                    "ar": "لم يُبلَّغ عنه", "zh": "未报告"],
        "not-applicable": ["en": "not applicable", "fr": "sans objet", "es": "no procede", "ru": "неприменимо",
                           "ar": "لا ينطبق", "zh": "不适用"],
        // The table cell's symbol for "not applicable", explained in the key under the table: the UN's
        // French tables write "s.o.", Russian ones "н/п"; Chinese and Arabic print the short word.
        "not-applicable-symbol": ["en": "n/a", "fr": "s.o.", "es": "n.p.", "ru": "н/п", "ar": "لا ينطبق", "zh": "不适用"],
        "none": ["en": "none", "fr": "aucun", "es": "ninguno", "ru": "нет", "ar": "لا يوجد", "zh": "无"],
        "target": ["en": "Target", "fr": "Objectif", "es": "Meta", "ru": "Цель", "ar": "الهدف", "zh": "目标"],
        "closed": ["en": "closed", "fr": "fermée", "es": "cerrada", "ru": "закрыта", "ar": "مغلقة", "zh": "已结束"],
        "location-unknown": ["en": "Location unknown", "fr": "Lieu inconnu", "es": "Ubicación desconocida",
                             "ru": "Местоположение неизвестно", "ar": "الموقع غير معروف", "zh": "位置不详"],
        "all-missions": ["en": "All missions", "fr": "Toutes les missions", "es": "Todas las misiones", "ru": "Все миссии",
                         "ar": "جميع البعثات", "zh": "所有特派团"],
        "continued": ["en": "(cont.)", "fr": "(suite)", "es": "(cont.)", "ru": "(продолж.)", "ar": "(تابع)", "zh": "（续）"],
        "yes": ["en": "yes", "fr": "oui", "es": "sí", "ru": "да", "ar": "نعم", "zh": "是"],
        "no": ["en": "no", "fr": "non", "es": "no", "ru": "нет", "ar": "لا", "zh": "否"],
        // The lead of the line naming rows or columns a chart leaves out because no report gives them:
        // "Left out, not in the reports: “Mission has an articulated political strategy”." An editor's
        // note to the reader (the reviewers read "Nothing reported for: …" as a note to the data team),
        // the row's own words quoted (a row label may be a statement, never to be read as a claim).
        "nothing-reported-for": ["en": "Left out, not in the reports", "fr": "Omis, absent des rapports",
                                 "es": "Omitido, no figura en los informes", "ru": "Не показано, нет в отчётах",
                                 "ar": "حُذف لعدم وروده في التقارير", "zh": "报告未涉及，未列出"],
        "not-reported-in": ["en": "Not reported in {period}.", "fr": "Non communiqué pour {period}.",
                            "es": "No comunicado en {period}.", "ru": "Нет сведений за {period}.",
                            "ar": "لم يُبلَّغ عنه في {period}.", "zh": "{period}未报告。"],
        // A table whose every figure is 0 (and every other cell "none"), said in one line.
        "none-in": ["en": "None ({periods}).", "fr": "Aucun ({periods}).", "es": "Ninguno ({periods}).",
                    "ru": "Нет ({periods}).", "ar": "لا يوجد ({periods}).", "zh": "无（{periods}）。"],
        "from": ["en": "from", "fr": "contre", "es": "desde", "ru": "с", "ar": "من", "zh": "上期"],
        // What a chart is, at the head of its alternative text (read out in the page's language).
        "alt-table": ["en": "Table", "fr": "Tableau", "es": "Tabla", "ru": "Таблица", "ar": "جدول", "zh": "表格"],
        "alt-check-matrix": ["en": "Check matrix", "fr": "Matrice de vérification", "es": "Matriz de verificación",
                             "ru": "Матрица проверки", "ar": "مصفوفة التحقق", "zh": "核对矩阵"],
        "alt-funnel": ["en": "Funnel", "fr": "Entonnoir", "es": "Embudo", "ru": "Воронка", "ar": "مخطط قمعي", "zh": "漏斗图"],
        "alt-impact-matrix": ["en": "Impact matrix", "fr": "Matrice d'impact", "es": "Matriz de impacto",
                              "ru": "Матрица воздействия", "ar": "مصفوفة الأثر", "zh": "影响矩阵"],
        "alt-bullet": ["en": "Bullet chart", "fr": "Graphique valeur-objectif", "es": "Gráfico de valor y meta",
                       "ru": "Диаграмма «значение — цель»", "ar": "مخطط القيمة مقابل الهدف", "zh": "数值与目标对比图"],
        "alt-ratings": ["en": "Ratings on a %@-point scale", "fr": "Notes sur une échelle de %@ points",
                        "es": "Calificaciones en una escala de %@ puntos", "ru": "Оценки по шкале из %@ баллов",
                        "ar": "تقييمات على مقياس من %@ درجات", "zh": "%@级评分"],
        "alt-map": ["en": "Map of %@ places", "fr": "Carte de %@ lieux", "es": "Mapa de %@ lugares",
                    "ru": "Карта (мест: %@)", "ar": "خريطة (عدد الأماكن: %@)", "zh": "%@个地点的地图"],
        "alt-map-one": ["en": "Map of 1 place", "fr": "Carte d'un lieu", "es": "Mapa de 1 lugar",
                        "ru": "Карта (мест: 1)", "ar": "خريطة (عدد الأماكن: 1)", "zh": "1个地点的地图"],
        "alt-scale": ["en": "Scale", "fr": "Échelle", "es": "Escala", "ru": "Шкала", "ar": "المقياس", "zh": "量表"],
        "alt-selected": ["en": "Selected", "fr": "Sélection", "es": "Seleccionado", "ru": "Выбрано", "ar": "المحدد", "zh": "所选"],
        "alt-trend": ["en": "Trend", "fr": "Tendance", "es": "Tendencia", "ru": "Тенденция", "ar": "الاتجاه", "zh": "趋势"],
    ]

    /// The name of a kind of chart at the head of its alternative text ("Table", "Funnel"), by its
    /// key ("alt-funnel": never a block kind's tag, which only its kind's file may write), `%@`
    /// replaced by `count` where the words hold one.
    public static func chart(_ key: String, _ language: String, count: Int? = nil) -> String {
        let w = word(key, language)
        return count.map { w.replacingOccurrences(of: "%@", with: String($0)) } ?? w
    }

    static func word(_ key: String, _ language: String) -> String {
        let row = table[key] ?? [:]
        return row[String(language.prefix(2))] ?? row["en"] ?? key
    }

    /// "Left out, not in the reports: UNIFIL, UNISFA.": rows or columns a chart leaves out because none
    /// of their figures was reported, named under it; nil when there are none. A label that is a phrase
    /// (`quotedIfPhrase`) is quoted in the language's marks.
    public static func notReported(_ labels: [String], _ language: String) -> String? {
        labels.isEmpty ? nil : listSentence(word("nothing-reported-for", language), labels.map { quotedIfPhrase($0, language) }, language,
                                            strong: labels.contains { $0.contains(",") })
    }

    /// A label of more than three words ("Mission has an articulated political strategy") in the
    /// language's quotation marks (`Typography.quote`); a name or a column ("UNIFIL", "Cycle 5 · %") as it is.
    static func quotedIfPhrase(_ label: String, _ language: String) -> String {
        let phrase = language.hasPrefix("zh") ? label.count > 8 : label.split(separator: " ").count > 3
        guard phrase, !label.contains("·") else { return label }
        return Typography.quote(label, language: language)
    }

    /// Tiles whose figures are all 0, said as one sentence: "None (Cycle 5): new SOFA/SOMA incidents,
    /// last six months; SOFA/SOMA incidents on record." A period every caption ends with ("(Cycle 5)",
    /// "（第5周期）") is said once, after "None"; a caption's capital that only starts its sentence
    /// ("New incidents", not "SOFA") is lowered where the list continues it. Captions hold commas of
    /// their own: the stronger list separator between them.
    public static func noneSentence(_ captions: [String], _ language: String) -> String {
        var items = captions, lead = absent(.none, language)
        if items.count > 1, let suffix = commonBracket(items) {
            items = items.map { String($0.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces) }
            lead += (language.hasPrefix("zh") ? "" : " ") + suffix
        }
        return listSentence(lead, items.map(lowerInitial), language, strong: true)
    }

    /// Zero figures said as facts in their indicators' own words ("No new SOFA/SOMA incidents in the
    /// last six months"), led by the period the tiles' captions share: "Cycle 5: no new SOFA/SOMA
    /// incidents in the last six months; no SOFA/SOMA incidents on record." Without a shared period,
    /// one sentence each.
    public static func zeroStatement(_ sentences: [String], captions: [String], _ language: String) -> String {
        let zh = language.hasPrefix("zh")
        guard let bracket = commonBracket(captions), bracket.count > 2 else {
            return sentences.map { $0.prefix(1).uppercased() + $0.dropFirst() + (zh ? "。" : ".") }
                .joined(separator: sentenceSeparator(language))
        }
        return listSentence(String(bracket.dropFirst().dropLast()), sentences.map(lowerInitial), language, strong: true)
    }

    /// "New incidents" → "new incidents" inside a sentence; acronyms ("SOFA") and names keep their case.
    static func lowerInitial(_ item: String) -> String {
        let first = item.prefix(2)
        guard first.count == 2, first.first!.isUppercase, first.last!.isLowercase else { return item }
        return item.prefix(1).lowercased() + item.dropFirst()
    }

    /// The bracketed period every caption ends with ("(Cycle 5)"), nil when they differ or one has none.
    static func commonBracket(_ captions: [String]) -> String? {
        let ends = captions.map { c -> String? in
            guard let close = c.last, close == ")" || close == "）" else { return nil }
            guard let open = c.lastIndex(of: close == ")" ? "(" : "（"), open > c.startIndex else { return nil }
            return String(c[open...])
        }
        guard let first = ends.first, let suffix = first, ends.allSatisfy({ $0 == suffix }) else { return nil }
        return suffix
    }

    /// "Lead: A, B, C." with the language's colon, list separator and full stop (Chinese "：", "、",
    /// "。"; Arabic "، "); the lead starts with a capital where the script has one.
    /// `strong`: items that hold commas of their own are set apart by the semicolon ("；", "؛ ", "; ").
    public static func listSentence(_ lead: String, _ items: [String], _ language: String, strong: Bool = false) -> String {
        let code = String(language.prefix(2))
        let capital = lead.prefix(1).uppercased() + lead.dropFirst()
        return capital + (code == "zh" ? "：" : ": ") + items.joined(separator: listSeparator(language, strong: strong)) + (code == "zh" ? "。" : ".")
    }

    /// What joins two sentences: a space, but none after Chinese full-width punctuation ("。").
    public static func sentenceSeparator(_ language: String) -> String {
        language.hasPrefix("zh") ? "" : " "
    }

    /// Between the items of a list in the language: "、" in Chinese, "، " in Arabic, ", " else; with
    /// `strong`, the semicolon of each.
    public static func listSeparator(_ language: String, strong: Bool = false) -> String {
        switch String(language.prefix(2)) {
        case "zh": strong ? "；" : "、"
        case "ar": strong ? "؛ " : "، "
        default: strong ? "; " : ", "
        }
    }

    /// "not reported": the word for an unknown value.
    public static func notReported(_ language: String) -> String { word("no-data", language) }
    /// The words of an absent state: "none", "not applicable" or "not reported".
    public static func absent(_ state: Absence, _ language: String) -> String {
        switch state {
        case .none: word("none", language)
        case .notApplicable: word("not-applicable", language)
        case .notReported: word("no-data", language)
        }
    }
    /// The words of an absent value, or "not reported" for a number (callers pass absent values).
    public static func absent(_ value: ChartValue, _ language: String) -> String {
        absent(value.absence ?? .notReported, language)
    }
    /// The table cell's mark for "not applicable": "n/a", "s.o." in French.
    public static func notApplicableSymbol(_ language: String) -> String { word("not-applicable-symbol", language) }
    public static func target(_ language: String) -> String { word("target", language) }
    public static func closed(_ language: String) -> String { word("closed", language) }
    public static func locationUnknown(_ language: String) -> String { word("location-unknown", language) }
    /// After a title repeated at the top of a new column.
    public static func continued(_ language: String) -> String { word("continued", language) }
    public static func allMissions(_ language: String) -> String { word("all-missions", language) }
    public static func yesNo(_ value: Bool, _ language: String) -> String { word(value ? "yes" : "no", language) }
    /// "Not reported in Cycle 7.": a block whose indicator has no figure in the publication's cycle.
    public static func notReported(in period: String, _ language: String) -> String {
        word("not-reported-in", language).replacingOccurrences(of: "{period}", with: period)
    }
    /// "None (Cycle 4, Cycle 6).": a table of zeros said in one line (`periods` joined in the language).
    public static func noneIn(_ periods: [String], _ language: String) -> String {
        word("none-in", language).replacingOccurrences(of: "{periods}", with: periods.joined(separator: listSeparator(language)))
    }
    /// "from" in "7 (↑ from 6)".
    public static func from(_ language: String) -> String { word("from", language) }
}
