import A4PScene

/// Copy-fitting down's last lever (issue 14): a module that gives way. A block that says
/// `when-no-room: give-way` is laid out like any other; only where smaller type (`fitDown`) and the
/// tighter page (`tightFit`) both fail to bring a sheet back by a page is it treated as optional
/// content (`when-no-room: hide`), left out where the last page has no room for it. MONUSCO's French,
/// Spanish and Russian sheets ran onto a third page, 30 % white, for their "Other reported figures"
/// (figures the priority pages show for every mission); the English sheet, which fits two pages in
/// smaller type, keeps them. Only a third page is saved this way (`minimumPagesToGiveWay`).
extension SpecRenderer {
    /// Sheets of up to this many pages never give way.
    static let minimumPagesToGiveWay = 2

    /// `spec` with its give-way blocks made optional (`hide`); nil when it has none.
    static func givingWay(_ spec: Spec) -> Spec? {
        var found = false
        func visit(_ b: BlockSpec) -> BlockSpec {
            var b = b
            b.children = b.children.map(visit)
            guard b.string("when-no-room") == "give-way", case .mapping(let m) = b.node.value else { return b }
            found = true
            b.node.value = .mapping(m.map { pair in
                guard pair.key.string == "when-no-room" else { return pair }
                return (pair.key, SpecNode(.scalar("hide", quoted: false), at: pair.value.position))
            })
            return b
        }
        var out = spec
        out.blocks = spec.blocks.map(visit)
        return found ? out : nil
    }

    /// The least change that saves a page once the give-way blocks may be left out: the spec's
    /// page at full type, then each 5 % shrink step down to `shrink`, then the same on the tighter
    /// page, each kept on `keptStep`'s terms. `builder` makes a layout of a spec at a type factor.
    /// Nil when none does.
    static func giveWayFit(_ base: PageBuilder, _ document: Document, spec: Spec, shrink: Double,
                           builder: (Double, Spec) -> PageBuilder) -> (PageBuilder, Document)? {
        // Only a third page is saved so: a sheet of one or two pages keeps its modules, and its
        // content stays the same in every language (UNDOF and UNISFA in Chinese would otherwise
        // drop theirs for one page where English has two).
        guard document.pages.count > minimumPagesToGiveWay, let giving = givingWay(spec) else { return nil }
        var tight = giving
        tight.page = tightened(giving.page)
        for variant in [giving, tight] {
            if let kept = keptStep(base, document, shrink: shrink, builder: { builder($0, variant) }) { return kept }
        }
        return nil
    }
}
