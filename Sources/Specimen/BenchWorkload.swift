import Foundation

/// The shared peer benchmark's workload file (written by ../shared/bench/make_workload.py).
public struct BenchWorkload: Decodable, Sendable {
    public var meta: Meta
    public var charts: [BenchChart]

    /// A chart id in the decoder's `userInfo` under this key keeps that chart alone: the others are
    /// skipped unread (decoding all 120 into structs was a sixth of a one-chart run's CPU time).
    public static let onlyKey = CodingUserInfoKey(rawValue: "a4p.bench.only")!

    enum CodingKeys: String, CodingKey { case meta, charts }
    private enum IDKey: String, CodingKey { case id }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        meta = try c.decode(Meta.self, forKey: .meta)
        let only = decoder.userInfo[Self.onlyKey] as? String
        var list = try c.nestedUnkeyedContainer(forKey: .charts)
        charts = []
        while !list.isAtEnd {
            let element = try list.superDecoder()
            if let only, try element.container(keyedBy: IDKey.self).decode(String.self, forKey: .id) != only { continue }
            charts.append(try BenchChart(from: element))
        }
    }

    public struct Meta: Decodable, Sendable {
        public var widthPt: Double
        public var heightPt: Double
        public var pngScale: Int
        public var missions: [String]
        enum CodingKeys: String, CodingKey {
            case widthPt = "width_pt", heightPt = "height_pt", pngScale = "png_scale", missions
        }
    }
}

/// One chart of the workload.
public struct BenchChart: Decodable, Sendable {
    /// The workload's own chart vocabulary (not spec kinds).
    public enum Kind: String, Decodable, Sendable {
        case bar, line, donut
        case stackedBar = "stacked_bar", groupedBar = "grouped_bar"
    }
    public var id: String
    var kind: Kind
    var orientation: String     // horizontal, vertical, none
    var unit: String            // percent, count
    var title: String
    var subtitle: String
    var source: String
    var categoryAxisLabel: String?
    var valueAxisLabel: String?
    var centerLabel: String?
    var categories: [String]
    var series: [Series]
    /// Whether the peers draw a legend; the chart kinds decide that themselves (bars with several
    /// series draw one, lines label their ends, donuts list their slices).
    var legend: Bool
    var lang: String
    var dir: String

    struct Series: Decodable, Sendable {
        var name: String
        var color: String?
        var colors: [String]?
        var dashed: Bool
        var values: [Double]
        /// Pre-formatted value labels; the chart kinds format numbers themselves, so they are read
        /// but not drawn (see the README's Benchmarks section).
        var labels: [String]
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, orientation, unit, title, subtitle, source, categories, series, legend, lang, dir
        case categoryAxisLabel = "category_axis_label", valueAxisLabel = "value_axis_label", centerLabel = "center_label"
    }
}
