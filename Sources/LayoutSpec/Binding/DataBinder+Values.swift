import A4PCharts
import A4PIndicators
import Foundation

/// Observations as chart values, marks and number formats.
extension DataBinder {
    static func chartValue(_ o: Observation?) -> ChartValue {
        guard let o else { return .absent(reason: "no observation") }
        switch o.value {
        case .number(let n, _): return .number(n, qualifier(o.qualifier))
        case .absent(let state, let reason): return .absent(reason: reason, state: state)
        case .boolean(let b): return .number(b ? 1 : 0)
        default: return .absent(reason: "not a number")
        }
    }


    /// A yes/no finding as a check-matrix mark: yes, no, not applicable or not reported (never "no"
    /// for an unknown).
    static func mark(_ o: Observation?) -> CheckMatrix.Mark {
        switch o?.value {
        case .boolean(let b)?: b ? .yes : .no
        case .absent(.notApplicable, _)?: .notApplicable
        default: .noData
        }
    }

    /// A figure's period and scope in words, for a figure shown beside an incomparable one:
    /// "Cycle 5: 203 excluding MINUSMA".
    func scopedFigure(_ o: Observation, format: ValueFormat) -> String {
        let period = dataset.period(o.period).map(shortLabel) ?? o.period
        let value = format.string(Self.chartValue(o), locale: Theme.locale(for: text.language))
        return "\(period): \(value)" + (o.scope.isEmpty ? "" : " " + scopeLabel(o.scope))
    }

    /// A scope in the page's language (`scope.<words>` in the translation table), else as written.
    func scopeLabel(_ scope: String) -> String {
        text.translations.label("scope.\(scope)", language: text.language) ?? scope
    }

    /// The qualifier a chart prints: none for an inferred figure (only the review appendix marks those).
    static func qualifier(_ q: Qualifier?) -> Qualifier? {
        q == .inferred ? nil : q
    }

    func format(_ block: BlockSpec, indicator: Indicator?) -> ValueFormat {
        switch block.binding.format {
        case "percent": return .percent(fractionDigits: min(block.binding.decimals, 1))
        case "abbreviated": return .abbreviated
        case "number": return .number(maxFractionDigits: block.binding.decimals)
        default:
            switch indicator?.unit {
            // A percentage indicator is whole per cent unless the block asks for decimals (`decimals: 1`).
            case .percent: return .percent(fractionDigits: block.node["decimals"] == nil ? 0 : min(block.binding.decimals, 1))
            case .ratio: return .ratio
            default: return .number(maxFractionDigits: block.binding.decimals)
            }
        }
    }
}
