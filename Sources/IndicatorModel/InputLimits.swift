/// Every resource limit on untrusted input, in one place (documented in docs/limits.md). Specs and
/// data come from other people: these bounds keep a hostile or broken file from exhausting memory
/// or time, and each one, when hit, is an error that names the file and the limit.
public enum InputLimits {
    // MARK: Files

    /// A spec, a translation table or a publication manifest (YAML or JSON text).
    public static let yamlBytes = 2 << 20
    /// One CSV file of a dataset.
    public static let csvBytes = 64 << 20
    /// Records (rows) of one CSV file.
    public static let csvRecords = 1_000_000
    /// One CSV field.
    public static let csvFieldBytes = 1 << 20
    /// Distinct labels, series or periods of a tidy CSV of one's own: more than a page can show, and
    /// each label is a mission a chart may draw a line for.
    public static let tidyKeys = 1_000
    /// An image file (PNG or SVG) a spec places.
    public static let imageBytes = 32 << 20

    // MARK: YAML structure

    /// Alias uses (`*name`) in one YAML document: anchors may repeat a theme, not multiply a tree.
    public static let yamlAliases = 100
    /// Values (scalars, lists, mappings) of one document after aliases are expanded.
    public static let yamlNodes = 200_000
    /// Nesting depth of lists and mappings.
    public static let yamlDepth = 100

    // MARK: Pixels

    /// Pixels of an image a spec places (width × height): 40 megapixels, e.g. 8000 × 5000.
    public static let imagePixels = 40_000_000
    /// Images placed in one output, and their pixels and bytes summed over placements (each
    /// placement is decoded by each renderer).
    public static let imagesPerOutput = 200
    public static let imagePixelsPerOutput = 200_000_000
    public static let imageBytesPerOutput = 128 << 20
    // Pixels of one raster (PNG) page, page size × scale: RenderLimits.pagePixels in A4PRender
    // (100 megapixels), kept there because renderers know nothing of input.

    /// Pages of one output (a spec, or one mission of a template): page breaks past it are an error.
    public static let pages = 500

    /// Spec renderings one publication manifest may ask for (spec entries × languages, per set).
    public static let manifestOutputs = 1000

    // MARK: Numbers

    /// Largest length in points anywhere in a spec (a page side, a block height): 200 inches.
    public static let maxPoints = 14_400.0
    /// Largest magnitude of a data value or a target: far beyond any indicator, far below where
    /// doubles lose whole numbers or sums overflow.
    public static let maxValue = 1e15
}
