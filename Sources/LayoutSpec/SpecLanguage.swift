import A4PIndicators

/// The A4P Charts spec language, defined once (see Schema.swift for what is generated from it).
/// Every number has a range: sizes stay within InputLimits.maxPoints, values within ±maxValue.
public enum SpecLanguage {
    /// Half the largest page side: margins beyond it can never leave room (checked against the page in SpecChecks).
    static let maxMargin = InputLimits.maxPoints / 2

    /// Every block kind's tag and summary, from the registry (`BlockKinds.all`).
    public static var blockKinds: [(tag: String, summary: String)] { BlockKinds.all.map { ($0.tag, $0.summary) } }

    static let binding: [PropertySchema] = [
        PropertySchema("indicator", .string(), "Indicator id from Data/indicators.csv", example: "P7.03"),
        PropertySchema("indicators", .array(.string()), "Several indicator ids (tables, grouped bars)", example: "[P3.06, P3.08]"),
        PropertySchema("mission", .string(), default: "ALL",
                       "One mission (acronym), ALL for system-wide figures, or current inside a template", example: "current"),
        PropertySchema("missions", .oneOf([.string(allowed: ["all", "active", "current"]), .array(.string())]), default: "all",
                       "Which missions: all, active, current (in a template) or a list of acronyms", example: "[UNMISS, MONUSCO]"),
        PropertySchema("period", .string(), default: "the newest with data",
                       "latest (the publication's cycle; without a figure there, the newest before it, named), previous, latest-N (N cycles back) or a fixed period id",
                       example: "latest"),
        PropertySchema("when-not-current", .string(allowed: NotCurrent.allCases.map(\.rawValue)), default: "the publication's (show-older)",
                       "With period latest (or none) and no figure in the publication's cycle: show the newest older figure, named with its period, or say \"Not reported in <cycle>.\""),
        PropertySchema("periods", .oneOf([.string(), .array(.string())]), default: "all cycles with data, up to the publication's",
                       "Periods for series: a list, or a range such as latest-2..latest or C4..latest (ids or relative cycles)", example: "latest-2..latest"),
        PropertySchema("category", .string(), "One category of a breakdown", example: "women"),
        PropertySchema("breakdown", .boolean, default: "false", "Use the indicator's categories (stacks, donuts)"),
        PropertySchema("sort", .string(allowed: ["none", "ascending", "descending"]), default: "none", "Order of bars (by mission or by category)"),
        PropertySchema("top", .integer(min: 1, max: 1000), "Keep only the first N after sorting"),
        PropertySchema("format", .string(allowed: ["number", "percent", "abbreviated"]), default: "from the indicator's unit",
                       "How numbers are written (always in the page's language)"),
        PropertySchema("decimals", .integer(min: 0, max: 4), default: "1", "Most digits after the decimal point"),
    ]

    static let common: [PropertySchema] = [
        PropertySchema("id", .string(), "A name for error messages and links, and the chart asset's file name (Output/charts/<document>/<id>.svg; letters, digits, . _ -)"),
        PropertySchema("span", .integer(min: 1, max: 24), default: "all columns", "Columns the block spans"),
        PropertySchema("col", .integer(min: 1, max: 24), default: "next free column",
                       "Grid column the block starts at (1 = leading edge); a block whose columns are taken overlaps"),
        PropertySchema("height", .number(min: 1, max: InputLimits.maxPoints), default: "the kind's own", "Height in points"),
        PropertySchema("title", .string(), "Title over the block (10 pt bold); may use {mission.name}, {t:key}"),
        PropertySchema("message", .string(), "One sentence saying what the chart shows, under the title"),
        PropertySchema("source", .oneOf([.boolean, .string()]), default: "true",
                       "The source line: true generates it from the data's provenance, or give the text"),
        PropertySchema("note", .string(), "A note under the block, in the source style"),
        PropertySchema("when-empty", .string(allowed: ["error", "hide"]), default: "error",
                       "A binding with no data is an error, or (in templates) the block is left out for that page"),
        PropertySchema("when-no-room", .string(allowed: ["error", "hide", "give-way"]), default: "error",
                       "A block past the page's body is an error, or (hide) it is left out with the rest of its row when every block of the last rows says hide: content a sparse template page has room for; give-way: laid out as any block, and left out (as hide) only where that saves a third (or later) page that smaller type and the tighter page do not"),
    ]

    static func block(_ tag: String, _ summary: String, _ extra: [PropertySchema], binding: Bool = false) -> ObjectSchema {
        ObjectSchema("\(tag) block", summary, common + (binding ? SpecLanguage.binding : []) + extra)
    }

    public static let schema = Schema(
        root: "spec",
        objects: [
            ObjectSchema("spec", "A page (or one page per mission) described as blocks on a grid", [
                PropertySchema("title", .string(), "Document title (PDF metadata); may use {mission.acronym}"),
                PropertySchema("subject", .string(), "Document subject (PDF metadata)"),
                PropertySchema("keywords", .array(.string()), "Document keywords (PDF metadata); may use {period.short}"),
                PropertySchema("about", .string(), "The cycle whose figures the spec's prose quotes ({about.short.lower} names it); export warns once the publication's cycle moves past it", example: "C6"),
                PropertySchema("output", .string(), default: "the spec's file name",
                               "File name of the output, without extension, inside the output folder (no '..', not absolute); may use {mission.acronym} and {lang}"),
                PropertySchema("data", .string(), default: "Data", "Dataset folder (docs/data.md) or a tidy CSV file of your own (docs/own-data.md), relative to the spec; must exist and stay inside the project"),
                PropertySchema("translations", .string(), default: "Translations", "Folder of <language>.yaml tables, relative to the spec; must exist and stay inside the project"),
                PropertySchema("template", .object("template"), "Render once per mission or per priority"),
                PropertySchema("theme", .object("theme"), "Theme overrides for the whole spec"),
                PropertySchema("page", .object("page"), "Page size, margins, grid, language, header and footer"),
                PropertySchema("blocks", .array(.tagged("block")), required: true, "The page's content, in reading order"),
            ]),
            ObjectSchema("page", "The page and its grid", [
                PropertySchema("size", .oneOf([.string(allowed: ["A4", "A3", "Letter", "slide"]), .object("size")]), default: "A4",
                               "A4 (595×842 pt), A3, Letter, slide (16:9, 960×540 pt) or {width, height} in points, taken as written"),
                PropertySchema("orientation", .string(allowed: ["portrait", "landscape"]),
                               default: "portrait (landscape for slide; a {width, height} size as written)",
                               "Page orientation; given with a {width, height} size, it turns that size to match"),
                PropertySchema("margins", .oneOf([.number(min: 0, max: maxMargin), .object("margins")]), default: "36", "Margins in points"),
                PropertySchema("columns", .integer(min: 1, max: 24), default: "12", "Grid columns"),
                PropertySchema("gutter", .number(min: 0, max: 720), default: "12", "Space between columns, in points"),
                PropertySchema("row-gap", .number(min: 0, max: 720), default: "14", "Space between rows of blocks, in points"),
                PropertySchema("rows", .string(allowed: ["top", "aligned"]), default: "top",
                               "top: the blocks of a grid row share their top; aligned: they also share the baseline of their big numbers, and their source lines and notes sit together at the row's foot"),
                PropertySchema("spread-rows", .boolean, default: "false",
                               "A page's spare height is shared out among the gaps between its rows (never after a heading), each growing by at most three row gaps"),
                PropertySchema("same-in-every-language", .boolean, default: "false",
                               "Optional blocks (when-no-room: hide) are shown in every language or in none: the page is laid out in each language with a translation table first, and a block any of them has no room for is left out in all (a slide says the same in six languages)"),
                PropertySchema("grow-type", .number(min: 1, max: 1.5), default: "1",
                               "Copy-fitting: the page's type grows in steps of 5 % up to this factor, the largest step that keeps the output's page count and leaves no band of white over a fifth of a page (else the step with the smallest such band), so a sheet with little to say fills its pages instead of ending in white space"),
                PropertySchema("shrink-type", .number(min: 0.8, max: 1), default: "1",
                               "Copy-fitting down: when type smaller in steps of 5 %, down to this factor, gives the output fewer pages with no text under the page review's minimum (6 pt on paper, 11 pt on slides), the least shrunk such step is kept (and the type does not grow); source lines keep their size; a sheet that just runs over is one page"),
                PropertySchema("shrink-pages", .integer(min: 2, max: 100), default: "2",
                               "Copy-fitting down saves a page in smaller type only on a sheet of at least this many pages; a shorter one keeps its type size and saves a page on the tighter page alone (3: a template's two-page sheet is two pages in every language, none of them one page in smaller type)"),
                PropertySchema("balance-columns", .boolean, default: "false",
                               "Column balancing: a page left with one column empty over a fifth of the page height tries moving the last one or two blocks of one stack of its first page to the end of the other, or page 1's stacks yielding their ends, a half-width module (fill-gaps) to the other column, a module across both columns set in one where that takes no more of the page, a chunk of modules moved to the next page packed with its own, or the last modules spread down their columns (two row gaps at most), or one of the first modules set at the foot of page 1's shorter stack, each also with type up to three steps past grow-type, and keeps the move that lowers that void most without adding a page, an error or a blank band"),
                PropertySchema("fill-rows", .boolean, default: "false",
                               "A block left out for want of data (when-empty: hide) gives its columns to the blocks it shares its row with, so the row stays full; blocks placed with 'col' are left as written"),
                PropertySchema("language", .string(), default: "en",
                               "Language of the page: en, or one with a table in the translations folder (fr, ar); labels, numbers, line breaking"),
                PropertySchema("direction", .string(allowed: ["auto", "ltr", "rtl"]), default: "auto (rtl for ar)", "Writing direction"),
                PropertySchema("header", .object("header"), "Priority label, title, lead and reporting period at the top"),
                PropertySchema("footer", .oneOf([.boolean, .object("footer")]), default: "true",
                               "Footer text and page number; false for no footer at all"),
            ]),
            ObjectSchema("size", "A custom page size", [
                PropertySchema("width", .number(min: 72, max: InputLimits.maxPoints), required: true, "Width in points"),
                PropertySchema("height", .number(min: 72, max: InputLimits.maxPoints), required: true, "Height in points"),
            ]),
            ObjectSchema("margins", "Margins per side, in points", [
                PropertySchema("top", .number(min: 0, max: maxMargin), default: "36", "Top margin"),
                PropertySchema("right", .number(min: 0, max: maxMargin), default: "36", "Right margin"),
                PropertySchema("bottom", .number(min: 0, max: maxMargin), default: "36", "Bottom margin"),
                PropertySchema("left", .number(min: 0, max: maxMargin), default: "36", "Left margin"),
            ]),
            ObjectSchema("header", "The page header, in the house style of the reports", [
                PropertySchema("label", .string(), "Priority label over the title (9 pt bold capitals, accent)", example: "PRIORITY 1"),
                PropertySchema("title", .string(), "Page title (20 pt bold)"),
                PropertySchema("lead", .string(), "A short lead paragraph under the title"),
                PropertySchema("period", .oneOf([.boolean, .string()]), default: "true",
                               "The reporting period line: true for the latest cycle's dates, a period id, or words with a placeholder (\"{t:key}\": calendar years, \"since 2010\")"),
            ]),
            ObjectSchema("footer", "The page footer", [
                PropertySchema("text", .string(), default: "A4P+ Reporting", "Footer text; empty for none (and no rule over the footer)"),
                PropertySchema("page-number", .boolean, default: "true", "Print the page number"),
            ]),
            ObjectSchema("template", "One output per mission (or priority) from a single spec", [
                PropertySchema("for-each", .string(allowed: ["mission", "priority"]), required: true, "What to repeat over"),
                PropertySchema("missions", .oneOf([.string(allowed: ["all", "active"]), .array(.string())]), default: "active",
                               "The missions to render"),
                PropertySchema("priorities", .array(.string()), default: "all seven", "The priorities to render"),
            ]),
            ObjectSchema("theme", "Overrides of the house theme", [
                PropertySchema("name", .string(allowed: ["un"]), default: "un", "The named theme to start from"),
                PropertySchema("accent", .colour, default: "#009EDB", "Accent colour (#RRGGBB)"),
                PropertySchema("text", .colour, default: "#1A1A1A", "Text colour"),
                PropertySchema("secondary", .colour, default: "#5A5A5A", "Secondary text and sources"),
                PropertySchema("grid", .colour, default: "#D9D9D9", "Gridlines and rules"),
                PropertySchema("palette", .array(.colour), "Categorical colours, in order"),
                PropertySchema("big-number-size", .number(min: 10, max: 72), default: "30", "Size of KPI numbers in points"),
                PropertySchema("text-floor", .number(min: 4, max: 24), default: "none",
                               "The smallest body, label, axis and table text in points, whatever copy-fitting does (8 for A4 body text); chart titles stay 2 pt larger, sources keep their size"),
                PropertySchema("type-scale", .number(min: 0.5, max: 4), default: "1 (1.5 on slide pages)",
                               "Multiplies every type size, header included: slides are read from across a room. On slide pages no text falls under 14 pt (chart titles 16 pt) and sources, the reporting period and the footer under 11 pt, whatever the scale"),
            ]),
        ] + blockObjects,
        tagged: [TaggedSchema(name: "block", summary: "One item on the page, chosen by its 'type'",
                              variants: blockKinds.map { ($0.tag, "\($0.tag) block") })]
    )

    /// Each kind's schema object: the common properties, the binding's when the kind binds data,
    /// and the kind's own.
    static var blockObjects: [ObjectSchema] {
        BlockKinds.all.map { block($0.tag, $0.schemaTitle, $0.properties, binding: $0.bindsData) }
    }
}
