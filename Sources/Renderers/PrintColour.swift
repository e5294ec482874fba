import A4PCLCMS2
import A4PRender
import Foundation

/// sRGB → CMYK for the print variant, through the CMYK ICC profile Debian ships with Ghostscript
/// (libgs-common), relative colorimetric with black-point compensation. Greys (r = g = b: text,
/// rules) go to black ink only, so small text has no registration error between four plates.
final class PrintColour: @unchecked Sendable {
    static let profilePath = "/usr/share/color/icc/ghostscript/default_cmyk.icc"
    /// UN blue (#009EDB), printed as its own spot ink (a Separation) with this process-colour alternate.
    static let unBlue: (UInt8, UInt8, UInt8) = (0x00, 0x9E, 0xDB)
    static let spotName = "UN Blue"

    /// The profile's bytes (written into the PDF's output intent).
    let profile: [UInt8]
    /// The profile's description ("Artifex CMYK SWOP Profile"), the output intent's condition.
    let description: String
    private let colours: cmsHTRANSFORM
    private let pixels: cmsHTRANSFORM
    private let lock = NSLock()
    /// lcms2's functions, opened with the first print variant (`LCMS2Library`).
    private let api: A4PLCMS2

    /// Made once per process (the profile is read and the transforms built once).
    static let shared: Result<PrintColour, RenderError> = Result { try PrintColour() }.mapError { RenderError("\($0)") }

    private init() throws {
        guard let data = FileManager.default.contents(atPath: Self.profilePath) else {
            throw RenderError("--print needs the CMYK profile \(Self.profilePath) (Debian package libgs-common; run scripts/setup)")
        }
        profile = Array(data)
        let api = try LCMS2Library.shared.get().api
        self.api = api
        let cmyk = profile.withUnsafeBytes { api.cmsOpenProfileFromMem($0.baseAddress, cmsUInt32Number($0.count)) }
        let srgb = api.cmsCreate_sRGBProfile()
        guard let cmyk, let srgb else { throw RenderError("\(Self.profilePath) is not an ICC profile lcms2 can read") }
        defer { _ = api.cmsCloseProfile(cmyk); _ = api.cmsCloseProfile(srgb) }
        var text = [CChar](repeating: 0, count: 256)
        _ = api.cmsGetProfileInfoASCII(cmyk, cmsInfoDescription, "en", "US", &text, cmsUInt32Number(text.count))
        description = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let flags = cmsUInt32Number(cmsFLAGS_BLACKPOINTCOMPENSATION)
        guard let c = api.cmsCreateTransform(srgb, A4P_TYPE_RGB_DBL, cmyk, A4P_TYPE_CMYK_DBL, cmsUInt32Number(INTENT_RELATIVE_COLORIMETRIC), flags),
              let p = api.cmsCreateTransform(srgb, A4P_TYPE_RGB_8, cmyk, A4P_TYPE_CMYK_8, cmsUInt32Number(INTENT_RELATIVE_COLORIMETRIC), flags)
        else { throw RenderError("cannot convert sRGB to \(Self.profilePath)") }
        colours = c; pixels = p
    }

    /// CMYK (0…1) of an sRGB colour (0…1), rounded to 4 decimals so the same colour always writes the same bytes.
    func cmyk(_ r: Double, _ g: Double, _ b: Double) -> [Double] {
        if r == g && g == b { return [0, 0, 0, (1 - r)] }
        var input = [r, g, b], output = [Double](repeating: 0, count: 4)
        lock.withLock { api.cmsDoTransform(colours, &input, &output, 1) }
        return output.map { (min(100, max(0, $0)) * 100).rounded() / 10_000 }
    }

    /// 8-bit RGB pixels as 8-bit CMYK pixels.
    func cmyk(pixels rgb: [UInt8]) -> [UInt8] {
        let n = rgb.count / 3
        var out = [UInt8](repeating: 0, count: n * 4)
        lock.withLock { api.cmsDoTransform(pixels, rgb, &out, cmsUInt32Number(n)) }
        return out
    }
}
