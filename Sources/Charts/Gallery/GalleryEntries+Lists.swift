import A4PScene

// Figure-list samples. The figures are the project's data (Data/observations.csv, seed 002, P4
// charts "# cases … reported / investigated" and "# alleged perpetrators identified / detained").
extension GalleryEntry {
    static var lists: [GalleryEntry] {
        typealias Line = FigureColumns.Line
        let count = ValueFormat.number(maxFractionDigits: 0)
        let cases = FigureColumns.Entry(title: "Cases reported (cumulative since 2013) · Cycle 5",
                                        continued: "Cases reported (cumulative since 2013) · Cycle 5 (continued)", lines: [
            Line("MINUSCA", value: .number(53, count)), Line("MINUSMA", value: .number(174, count)),
            Line("MONUSCO", value: .number(54, count)), Line("UNIFIL", value: .number(2, count)),
        ])
        let detained = FigureColumns.Entry(title: "Alleged perpetrators detained (cumulative since 2013) · Cycle 5", lines: [
            Line("All missions (excluding MINUSMA)", value: .number(203, count)),
            Line("MINUSCA", value: .number(144, count)), Line("MINUSMA", value: .number(43, count)),
            Line("MONUSCO", value: .number(58, count)), Line("UNIFIL", value: .number(1, count)),
        ])
        let unifil = FigureColumns(name: "Crimes against peacekeepers, UNIFIL", sections: [FigureColumns.Section(entries: [
            FigureColumns.Entry(lines: [Line("Cases reported (cumulative since 2013)", period: "Cycle 5", value: .number(2, count))]),
            FigureColumns.Entry(lines: [Line("Alleged perpetrators detained (cumulative since 2013)", period: "Cycle 5", value: .number(1, count))]),
        ])], columns: 1)
        return [
            GalleryEntry(FigureColumns.self, summary: "Figures as labelled lines in balanced columns, each with its period; an indicator's figures under its title",
                         samples: [
                GallerySample(caption: "One mission's figures, each line naming its period (seed 002)", chart: unifil, size: Size(255, 44)),
                GallerySample(caption: "Figures of several missions under their indicator, two columns (seed 002)",
                              chart: FigureColumns(name: "Crimes against peacekeepers", sections: [FigureColumns.Section(entries: [cases, detained])]),
                              size: Size(523, 76)),
            ]),
        ]
    }
}
