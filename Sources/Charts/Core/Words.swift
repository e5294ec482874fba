/// The few words charts write themselves, in the six UN languages (labels from data come translated
/// by the spec layer).
public enum Words {
    public static func noData(_ language: String) -> String {
        switch String(language.prefix(2)) {
        case "fr": "pas de données"
        case "es": "sin datos"
        case "ru": "нет данных"
        case "ar": "لا توجد بيانات"
        case "zh": "无数据"
        default: "no data"
        }
    }

    public static func target(_ language: String) -> String {
        switch String(language.prefix(2)) {
        case "fr": "Objectif"
        case "es": "Meta"
        case "ru": "Цель"
        case "ar": "الهدف"
        case "zh": "目标"
        default: "Target"
        }
    }
}
