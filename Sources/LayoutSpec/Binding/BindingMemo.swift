import A4PIndicators

/// Chart bindings already made for one output, by block and kind. Copy-fitting lays a fact sheet
/// out up to seven times (base, `shrink-type` and `grow-type` trials), and each layout bound every
/// chart block twice (`isEmpty`, then `chartBlock`): binding was a fifth of the layout phase (perf).
/// A binding reads only the dataset, the output's mission, cycle and words and the block's own
/// properties — never the type size, the width or the page state a trial changes — so the kept
/// result and the messages binding gave are exactly what binding again would give. The fallback
/// labels binding records (`TranslationFallbacks`) keep the first language recorded, so a replay that
/// does not record them again leaves the same set.
///
/// One memo per output (one mission or priority in one language), shared by its trial layouts; not
/// shared between threads.
final class BindingMemo {
    private struct Key: Hashable {
        let position: SourcePosition
        let kind: ObjectIdentifier
    }

    private var results: [Key: (bound: BoundChart?, messages: [Diagnostic])] = [:]

    /// `binder`'s binding of `block` as `kind`, made on the first call; the messages it gave are
    /// appended to `log` on every call, as binding would append them.
    func bind(_ block: BlockSpec, kind: any ChartKind.Type, binder: DataBinder, log: inout DiagnosticLog) -> BoundChart? {
        let key = Key(position: block.position, kind: ObjectIdentifier(kind))
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
