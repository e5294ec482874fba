import A4PIndicators

/// What the layouts of one output share: chart bindings by block and kind, and report names.
///
/// Copy-fitting lays a fact sheet out up to seven times (base, `shrink-type` and `grow-type` trials),
/// and each layout bound every chart block twice (`isEmpty`, then `chartBlock`): binding was a fifth
/// of the layout phase (perf).
/// A binding reads only the dataset, the output's mission, cycle and words and the block's own
/// properties — never the type size, the width or the page state a trial changes — so the kept
/// result and the messages binding gave are exactly what binding again would give. The fallback
/// labels binding records (`TranslationFallbacks`) keep the first language recorded, so a replay that
/// does not record them again leaves the same set.
///
/// Report names (the source lines' titles, translated, made safe for right-to-left pages) are a
/// function of the English title, the page's language and its translations, the same in every trial.
///
/// One memo per output (one mission or priority in one language), shared by its trial layouts; not
/// shared between threads.
final class LayoutMemo {
    private struct Key: Hashable {
        let position: SourcePosition
        let kind: ObjectIdentifier
        /// A list's columns: column balancing lays a list out again in one (`narrowModules`).
        let columns: Int?
    }

    private var results: [Key: (bound: BoundChart?, messages: [Diagnostic])] = [:]
    private var reportNames: [String: String] = [:]
    /// Chart blocks laid out, by what their layout reads (`ChartFrameMemo`).
    let charts = ChartFrameMemo()

    private var emptiness: [Key: Bool] = [:]

    /// Whether a text block quotes nothing on this output (`TextKind.isEmpty`), found by `find` the
    /// first time: by the block's position, as its binding.
    func empty(_ block: BlockSpec, find: () -> Bool) -> Bool {
        let key = Key(position: block.position, kind: ObjectIdentifier(TextKind.self), columns: block.node["newest"]?.int)
        if let kept = emptiness[key] { return kept }
        let found = find()
        emptiness[key] = found
        return found
    }

    /// The report name of `english`, made by `make` the first time it is asked for.
    func reportName(_ english: String, make: (String) -> String) -> String {
        if let kept = reportNames[english] { return kept }
        let made = make(english)
        reportNames[english] = made
        return made
    }

    /// `binder`'s binding of `block` as `kind`, made on the first call; the messages it gave are
    /// appended to `log` on every call, as binding would append them.
    func bind(_ block: BlockSpec, kind: any ChartKind.Type, binder: DataBinder, log: inout DiagnosticLog) -> BoundChart? {
        let key = Key(position: block.position, kind: ObjectIdentifier(kind), columns: block.node["columns"]?.int)
        let made: (bound: BoundChart?, messages: [Diagnostic])
        if let hit = results[key] {
            made = hit
        } else {
            var scratch = DiagnosticLog()
            let bound = binder.bind(block, kind: kind, log: &scratch)
            made = (bound, scratch.diagnostics)
            results[key] = made
        }
        for d in made.messages { log.add(d) }
        return made.bound
    }
}
