import A4PIndicators

/// The A4P Charts spec language, defined once (see Schema.swift for what is generated from it).
/// Every number has a range: sizes stay within InputLimits.maxPoints, values within ±maxValue.
public enum SpecLanguage {
    /// Half the largest page side: margins beyond it can never leave room (checked against the page in SpecChecks).
    static let maxMargin = InputLimits.maxPoints / 2

    public static let blockKinds: [(tag: String, summary: String)] = [
        ("heading", "A section heading (12 pt bold capitals by default)"),
        ("text", "A paragraph; **bold** spans and lines starting with \"- \" as bullets"),
        ("kpi", "A big number with caption and the trend against the previous period"),
        ("bar", "Bars per mission or per category; grouped by period or stacked by breakdown"),
        ("line", "A line over periods, with an optional target"),
        ("donut", "Parts of a whole from a breakdown, labelled \"136 (48%)\""),
        ("table", "A pivot: indicators, missions, periods or categories as rows, columns and column groups, with trends"),
        ("check-matrix", "Yes / no / no-data marks of a yes-no indicator: missions (rows) by periods (columns)"),
        ("funnel", "The categories of a breakdown as stages (reported → investigated → … → convicted)"),
        ("waffle", "A percentage as a 10×10 grid of squares"),
        ("sparkline", "A tiny line over periods with the last value labelled"),
        ("dot-rating", "Ratings ●●○ of a rating indicator, per category of its breakdown"),
        ("impact-matrix", "Impact levels of a rating indicator: missions (rows) by categories (columns)"),
        ("scale-strip", "An ordered scale: how many missions stand at each level, or the level of one"),
        ("map", "Missions at their locations, with call-outs from a text indicator such as P1.04"),
        ("image", "A PNG or SVG image from a path inside the project (SVG stays vector in PDF)"),
        ("legend", "Colour swatches with names, where direct labels cannot do the job"),
        ("mission-data", "Every number the dataset holds for the template's mission, by priority, with sources"),
        ("figure-list", "Every figure of some indicators (per mission, dated, yes/no) as labelled lines in columns, with sources"),
        ("divider", "A thin horizontal rule"),
        ("page-break", "Starts a new page (the header's label and title repeat)"),
        ("spacer", "Empty space of a given height"),
        ("row", "Children side by side, each with its own span"),
        ("stack", "Children one under the other"),
    ]

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
                PropertySchema("data", .string(), default: "Data", "Dataset folder, relative to the spec; must stay inside the project"),
                PropertySchema("translations", .string(), default: "Translations", "Folder of <language>.yaml tables, relative to the spec; must stay inside the project"),
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
                               "The reporting period line: true for the latest cycle's dates, or a period id"),
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
                PropertySchema("accent", .string(), default: "#009EDB", "Accent colour (#RRGGBB)"),
                PropertySchema("text", .string(), default: "#1A1A1A", "Text colour"),
                PropertySchema("secondary", .string(), default: "#5A5A5A", "Secondary text and sources"),
                PropertySchema("grid", .string(), default: "#D9D9D9", "Gridlines and rules"),
                PropertySchema("palette", .array(.string()), "Categorical colours, in order"),
                PropertySchema("big-number-size", .number(min: 10, max: 72), default: "30", "Size of KPI numbers in points"),
                PropertySchema("type-scale", .number(min: 0.5, max: 4), default: "1 (1.5 on slide pages)",
                               "Multiplies every type size, header included: slides are read from across a room"),
            ]),
        ] + blockObjects,
        tagged: [TaggedSchema(name: "block", summary: "One item on the page, chosen by its 'type'",
                              variants: blockKinds.map { ($0.tag, "\($0.tag) block") })]
    )

    static let axes = ["indicators", "missions", "periods", "categories"]

    static var blockObjects: [ObjectSchema] {
        let themeOverride = PropertySchema("theme", .object("theme"), "Theme overrides for this block")
        return [
            block("heading", "A section heading", [
                PropertySchema("text", .string(), required: true, "The heading; may use {mission.name}, {t:key}"),
                PropertySchema("level", .integer(min: 1, max: 3), default: "2", "1 page title size, 2 section, 3 chart title"),
            ]),
            block("text", "A paragraph, written or taken from a text indicator", [
                PropertySchema("text", .string(), "The text; **bold**, \"- \" bullets, {mission.name}, {t:key}"),
                PropertySchema("indicator", .string(), "A text indicator (e.g. P1.04 highlights) whose value is shown", example: "P1.04"),
                PropertySchema("mission", .string(), default: "current in a template, else ALL", "The mission whose text is shown"),
                PropertySchema("period", .string(), default: "latest", "The period of the text"),
                PropertySchema("style", .string(allowed: ["body", "lead", "note", "highlight"]), default: "body",
                               "body 9 pt, lead 10 pt, note 6.5 pt grey, highlight in a tinted box"),
                themeOverride,
            ]),
            block("kpi", "A key figure", [
                PropertySchema("caption", .string(), default: "the indicator's title", "Line under the number"),
                PropertySchema("ring", .boolean, default: "false", "Draw a progress ring (percentages)"),
                PropertySchema("trend", .boolean, default: "true", "Show the change from the previous period"),
                themeOverride,
            ], binding: true),
            block("bar", "Bars", [
                PropertySchema("orientation", .string(allowed: ["horizontal", "vertical"]), default: "horizontal", "Bar direction"),
                PropertySchema("layout", .string(allowed: ["grouped", "stacked", "percent"]), default: "grouped",
                               "How several series combine"),
                PropertySchema("by", .string(allowed: ["mission", "period", "category"]), default: "mission",
                               "What the bars stand for"),
                PropertySchema("labels", .string(allowed: ["wrap", "ellipsis"]), default: "wrap", "Long category labels"),
                PropertySchema("categories", .array(.string()), default: "all but the total",
                               "With by: category, the categories (ids) drawn, in this order"),
                themeOverride,
            ], binding: true),
            block("line", "A line over periods", [
                PropertySchema("target", .number(min: -InputLimits.maxValue, max: InputLimits.maxValue), "Draw a dashed target line at this value"),
                PropertySchema("target-label", .string(), default: "Target", "Label of the target line"),
                themeOverride,
            ], binding: true),
            block("donut", "Parts of a whole", [themeOverride], binding: true),
            block("table", "A table with trends", [
                PropertySchema("rows", .string(allowed: axes), default: "indicators", "What the rows are"),
                PropertySchema("columns", .string(allowed: axes), default: "periods", "What the columns are"),
                PropertySchema("groups", .string(allowed: axes), "Repeat the columns under a spanning header per group, e.g. periods"),
                PropertySchema("categories", .array(.string()), default: "all of the breakdown",
                               "The categories (ids) shown when rows, columns or groups are categories"),
                PropertySchema("row-labels", .array(.string()), default: "indicator titles, mission acronyms, …",
                               "Short labels for the rows, in order"),
                PropertySchema("column-labels", .array(.string()), default: "period, mission or category names",
                               "Short labels for the columns, in order"),
                PropertySchema("group-labels", .array(.string()), default: "period, mission, category or indicator names",
                               "Short labels for the column groups, in order"),
                PropertySchema("trend", .boolean, default: "true (false with groups)",
                               "Write \"7 (↑ from 6)\" against the previous column of periods, or the period before a fixed one"),
                themeOverride,
            ], binding: true),
            block("check-matrix", "Marks per mission and period", [themeOverride], binding: true),
            block("funnel", "Stages of a breakdown", [themeOverride], binding: true),
            block("waffle", "A share as a grid", [
                PropertySchema("caption", .string(), default: "the indicator's title", "Line beside the percentage"),
                themeOverride,
            ], binding: true),
            block("sparkline", "A tiny line", [themeOverride], binding: true),
            block("dot-rating", "Ratings as dots", [themeOverride], binding: true),
            block("impact-matrix", "Impact levels", [themeOverride], binding: true),
            block("scale-strip", "An ordered scale", [themeOverride], binding: true),
            block("map", "Missions on a map; a text indicator (e.g. P1.04 highlights) or `callout` fills each call-out", [
                PropertySchema("callout", .string(), "Call-out text written per mission, e.g. \"{mission.mandate} · {mission.agreement}\""),
                themeOverride,
            ], binding: true),
            block("image", "An image", [
                PropertySchema("path", .string(), required: true, "PNG or SVG file, relative to the spec; with symlinks followed it must stay inside the project"),
                PropertySchema("alt", .string(), required: true, "What the image shows, for readers who cannot see it"),
            ]),
            block("legend", "A legend", [
                PropertySchema("items", .array(.string()), required: true, "Names, coloured with the palette in order"),
            ]),
            block("mission-data", "All of a mission's numbers", [
                PropertySchema("columns", .integer(min: 1, max: 4), default: "2", "Balanced text columns"),
            ]),
            block("figure-list", "Figures as a list", [
                PropertySchema("columns", .integer(min: 1, max: 4), default: "2", "Balanced text columns"),
                PropertySchema("categories", .array(.string()), default: "all", "Only these categories (ids)"),
            ], binding: true),
            block("divider", "A rule", []),
            block("page-break", "A new page", [
                PropertySchema("if-needed", .boolean, default: "false", "Break only when what follows does not fit on this page"),
            ]),
            block("spacer", "Empty space", []),
            block("row", "Side by side", [
                PropertySchema("blocks", .array(.tagged("block")), required: true, "Children; their spans count within this row"),
            ]),
            block("stack", "One under the other", [
                PropertySchema("blocks", .array(.tagged("block")), required: true, "Children, top to bottom"),
            ]),
        ]
    }
}
