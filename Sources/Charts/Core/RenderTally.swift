import Foundation

/// Counts the chart renderings made inside a task: tests prove with it that layout draws each chart
/// once (measure, then place), never by trial. Off (nil) unless a test binds one.
public final class RenderTally: @unchecked Sendable {
    @TaskLocal public static var current: RenderTally?

    private let lock = NSLock()
    private var renders = 0

    public init() {}

    /// Renderings counted so far.
    public var count: Int { lock.withLock { renders } }

    func add() { lock.withLock { renders += 1 } }
}
