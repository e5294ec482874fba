/// How the report hedges a figure: "approximately 914", "over 15,000 km", "nearly 560,000". One type
/// for the data files (the raw values are what `observations.csv` writes) and the charts (`symbol`).
public enum Qualifier: String, Hashable, Sendable, CaseIterable {
    case approximately, over, nearly
    case atLeast = "at_least"
    case lessThan = "less_than"
    case upTo = "up_to"
    /// Not printed as such: derived from the report (a count of a printed list, an implied figure).
    case inferred

    /// The sign charts write before the number; none for `inferred`.
    public var symbol: String {
        switch self {
        // "Nearly 560,000" is just under it: "≈", not "<" (which reads "fewer than", a different claim).
        case .approximately, .nearly: "≈"
        case .over: ">"
        case .lessThan: "<"
        case .atLeast: "≥"
        case .upTo: "≤"
        case .inferred: ""
        }
    }
}
