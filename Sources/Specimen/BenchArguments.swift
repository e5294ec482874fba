/// The options of `a4p bench` as `BenchCommand` parsed them (ArgumentParser), handed to `BenchRun`.
/// The benchmark goes through the same command-line parser as every other command: its one-chart
/// figure is meant to be what a user's one-chart render pays at start-up.
public struct BenchArguments: Equatable, Sendable {
    public var workload: String?
    public var format: String
    public var out: String?
    public var only: String?

    public init(workload: String? = nil, format: String, out: String? = nil, only: String? = nil) {
        self.workload = workload
        self.format = format
        self.out = out
        self.only = only
    }

    /// The formats `a4p bench` renders (its `validate` accepts them in any case).
    public static let formats = ["pdf", "png", "svg"]
}
