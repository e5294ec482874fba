import A4PCharts
import A4PScene

/// A zero sentence beside tiles on a slide takes a tile's share of the row (issue 14): UNFICYP's
/// "no SOFA/SOMA incidents" kept the six columns of the two zero tiles it replaced, ran two lines
/// and left the right half of the slide white under it, beside two event tiles of three columns
/// whose captions ran four lines (review 5: 21.7 % column void). Three units of four columns each:
/// the sentence runs deeper and the captions shallower, and the row is as full as before.
extension PageBuilder {
    /// Where each unit goes when the row's grid columns divide evenly among them (nil: as they are),
    /// on a slide whose row has a zero run of several tiles beside other tiles.
    func evenColumns(_ items: [FlowRow.Item], units: [Range<Int>]) -> [(x: Double, width: Double)]? {
        guard page.isSlide, units.count > 1, units.contains(where: { $0.count > 1 }),
              let x0 = items.map(\.x).min(), let x1 = items.map({ $0.x + $0.width }).max() else { return nil }
        let grid = ColumnGrid(width: page.size.width - page.margins.left - page.margins.right,
                              columns: page.columns, gutter: page.gutter)
        let columns = Int(((x1 - x0 + grid.gutter) / (grid.column + grid.gutter)).rounded())
        guard columns % units.count == 0 else { return nil }
        let each = columns / units.count
        return units.indices.map { (x0 + grid.x($0 * each), grid.width(each)) }
    }

    /// A tile laid out again at another width, in the place of its first layout (its chart asset
    /// replaced, not added: the asset is the block as the page shows it).
    mutating func relaid(_ item: FlowRow.Item, x: Double, width: Double) -> FlowRow.Item {
        guard abs(width - item.width) > 0.01 else { var moved = item; moved.x = x; return moved }
        let before = assets.count, saved = log
        var again = item
        again.frame = prepare(item.block, width: width)
        // Messages the first layout gave are not given twice; one this width gives (it does not fit) is.
        let said = Set(saved.diagnostics), new = log.diagnostics.dropFirst(saved.diagnostics.count)
        log = saved
        for d in new where !said.contains(d) { log.add(d) }
        again.x = x
        again.width = width
        again.drop = 0
        let id = ChartAsset.baseID(item.block)
        if assets.count > before, let old = assets[..<before].lastIndex(where: { $0.id == id }) {
            assets[old] = assets[before]
        }
        assets.removeSubrange(before...)
        return again
    }
}
