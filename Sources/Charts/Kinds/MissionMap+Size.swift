import A4PScene

extension MissionMap {
    /// The map scales to the box; 220 pt gives the markers' labels room.
    public func size(for width: Double, in context: ChartContext) -> ChartSize { ChartSize(height: 220) }
}
