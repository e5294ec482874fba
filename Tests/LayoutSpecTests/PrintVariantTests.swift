import A4PRender
import Foundation
import TestSupport
import Testing

/// Issue 20, item 3: `--print` PDFs, checked with qpdf and Ghostscript.
@Suite("Print variant: CMYK PDF for the print shop")
struct PrintVariantTests {
    /// The every-block example (charts, tables, maps, a PNG and an SVG image, translucent marks) with --print.
    static let pdf: URL = {
        let dir = try! TempDir.make("a4p-print")
        let out = try! A4PBinary.run(["render", ShippedSpecs.path("Specs/examples/every-block.yaml"), "--format", "pdf", "--print", "--out", dir.path])
        precondition(out.status == 0, out.stderr)
        return dir.appendingPathComponent("every-block.pdf")
    }()

    /// Every object of the file, streams decoded (`qpdf --json`).
    /// Read once, never changed.
    nonisolated(unsafe) static let objects: [String: [String: Any]] = {
        let json = try! ExternalTool.run("qpdf", ["--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=all", pdf.path]).stdout
        let top = try! JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        return ((top["qpdf"] as! [Any]).last as! [String: Any]).compactMapValues { $0 as? [String: Any] }
    }()

    static func dict(_ object: [String: Any]) -> [String: Any] {
        (object["stream"] as? [String: Any])?["dict"] as? [String: Any] ?? object["value"] as? [String: Any] ?? [:]
    }

    /// The content streams: every page's /Contents and every form.
    static var contentStreams: [String] {
        var refs: [String] = objects.filter { dict($0.value)["/Subtype"] as? String == "/Form" }.map(\.key)
        for (_, object) in objects where dict(object)["/Type"] as? String == "/Page" {
            let c = dict(object)["/Contents"]
            refs += ((c as? [String]) ?? [c as? String].compactMap { $0 }).map { "obj:" + $0 }
        }
        return refs.compactMap { ref in
            ((objects[ref]?["stream"] as? [String: Any])?["data"] as? String).flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test("no RGB colour operator or RGB image is left: colours are CMYK (k, K) or the UN Blue spot colour")
    func noRGB() throws {
        let streams = Self.contentStreams
        #expect(streams.count >= 2)
        let rgb = try Regex(#"[-0-9.]+\s+[-0-9.]+\s+[-0-9.]+\s+(rg|RG)\b"#)
        let cmyk = try Regex(#"[-0-9.]+\s+[-0-9.]+\s+[-0-9.]+\s+[-0-9.]+\s+(k|K)\b"#)
        let spaces = try Regex(#"/([A-Za-z0-9]+)\s+(cs|CS)\b"#)
        var cmykColours = 0, spot = 0
        for s in streams {
            #expect(s.firstMatch(of: rgb) == nil, "an RGB colour operator: \(s.firstMatch(of: rgb).map { String(s[$0.range]) } ?? "")")
            cmykColours += s.matches(of: cmyk).count
            for m in s.matches(of: spaces) {
                let name = String(s[m.range]).split(separator: " ").first ?? ""
                #expect(name == "/UNBlue", "colour space \(name)")
                spot += 1
            }
        }
        #expect(cmykColours > 100 && spot > 10, "\(cmykColours) CMYK colours, \(spot) spot colours")
        for (key, object) in Self.objects {
            let d = Self.dict(object)
            if d["/Subtype"] as? String == "/Image" { #expect(d["/ColorSpace"] as? String != "/DeviceRGB", "\(key): an RGB image") }
            if let group = d["/Group"] as? [String: Any] { #expect(group["/CS"] as? String != "/DeviceRGB", "\(key): an RGB transparency group") }
        }
        #expect(Self.objects.values.contains { Self.dict($0)["/Subtype"] as? String == "/Image" && Self.dict($0)["/ColorSpace"] as? String == "/DeviceCMYK" },
                "the PNG image is CMYK")
    }

    @Test("UN blue is a Separation named UN Blue with a CMYK alternate; the output intent carries the CMYK ICC profile")
    func spotAndIntent() throws {
        let separation = Self.objects.values.compactMap { $0["value"] as? [Any] }.first { ($0.first as? String) == "/Separation" }
        let s = try #require(separation)
        #expect(["/UN Blue", "/UN#20Blue"].contains(s[1] as? String ?? "") && s[2] as? String == "/DeviceCMYK", "\(s)")
        let root = try #require(Self.objects.values.first { Self.dict($0)["/Type"] as? String == "/Catalog" }.map(Self.dict))
        let intent = try #require((root["/OutputIntents"] as? [Any])?.first as? [String: Any])
        #expect(intent["/S"] as? String == "/GTS_PDFX")
        let profile = try #require(Self.objects["obj:" + (intent["/DestOutputProfile"] as? String ?? "")].map(Self.dict))
        #expect(profile["/N"] as? Int == 4)
    }

    @Test("qpdf --check is clean; the structure tree, /Alt and /Lang are kept")
    func validAndTagged() throws {
        #expect(try ExternalTool.run("qpdf", ["--check", Self.pdf.path]).status == 0)
        let tree = try StructureTree.read(Self.pdf)
        #expect(tree.language == "en")
        #expect(tree.figures.count > 10 && tree.figures.allSatisfy { !($0.alt ?? "").isEmpty })
    }

    @Test("Ghostscript renders every page in CMYK and separates the UN Blue plate")
    func ghostscript() throws {
        let dir = try TempDir.make("a4p-print-gs")
        let ink = try ExternalTool.run("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=inkcov", "-r36", "-o", "-", Self.pdf.path])
        #expect(ink.status == 0, "\(ink.stderr)")
        let pages = ink.stdout.split(separator: "\n").filter { $0.hasSuffix("CMYK OK") }
        #expect(pages.count == 2, "\(ink.stdout)")
        let sep = try ExternalTool.run("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiffsep", "-r18",
                                              "-sOutputFile=" + dir.appendingPathComponent("p%d.tif").path, Self.pdf.path])
        #expect(sep.status == 0, "\(sep.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.contains { $0.contains("(UN Blue)") }, "\(files.sorted())")
    }

    @Test("--bleed: an A4 fact sheet gets a 3 mm bleed box around its trim box and crop marks on every plate; other sizes stay")
    func bleed() throws {
        let dir = try TempDir.make("a4p-bleed")
        let out = try A4PBinary.run(["render", ShippedSpecs.path("Specs/publication/missions/factsheet.yaml"), "--only", "UNMISS",
                                     "--format", "pdf", "--print", "--bleed", "--out", dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        let pdf = dir.appendingPathComponent("factsheet-UNMISS-en.pdf")
        #expect(try ExternalTool.run("qpdf", ["--check", pdf.path]).status == 0)
        let boxes = try ExternalTool.run("pdfinfo", ["-box", pdf.path]).stdout
        func box(_ name: String) -> [Double] {
            let line = boxes.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
            return line.split(separator: " ").dropFirst().compactMap { Double($0) }
        }
        #expect(box("TrimBox") == [0, 0, 595, 842])
        #expect(box("BleedBox") == [-8.5, -8.5, 603.5, 850.5], "3 mm = 8.5 pt")
        let media = box("MediaBox")
        #expect(media.count == 4 && media[0] < -20 && media[2] > 615, "room for the crop marks: \(media)")
        // The marks are in the registration colour (the Separation /All, on every plate); links keep their places.
        let qdf = dir.appendingPathComponent("qdf.pdf")
        _ = try ExternalTool.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        let raw = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        #expect(raw.contains(try Regex(#"/Separation\s+/All\s+/DeviceCMYK"#)) && raw.contains("/A4PAll CS 1 SCN"))
        #expect(try StructureTree.read(pdf).figures.allSatisfy { !($0.alt ?? "").isEmpty })
        let ink = try ExternalTool.run("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=inkcov", "-r36", "-o", "-", pdf.path])
        #expect(ink.status == 0 && ink.stdout.contains("CMYK OK"))
        // The every-block example is A3: no bleed.
        #expect(try ExternalTool.run("pdfinfo", ["-box", Self.pdf.path]).stdout.contains("TrimBox:             0.00     0.00   842.00  1191.00"))
        // --bleed alone is refused.
        let alone = try A4PBinary.run(["render", ShippedSpecs.path("Specs/examples/every-block.yaml"), "--bleed", "--out", dir.path])
        #expect(alone.status != 0 && alone.stderr.contains("--print"))
    }

    @Test("the same spec gives the same print bytes")
    func deterministic() throws {
        let dir = try TempDir.make("a4p-print-again")
        let out = try A4PBinary.run(["render", ShippedSpecs.path("Specs/examples/every-block.yaml"), "--format", "pdf", "--print", "--out", dir.path])
        #expect(out.status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("every-block.pdf")) == Data(contentsOf: Self.pdf))
    }
}
