@testable import A4PCairoRenderers
import Foundation
import TestSupport
import Testing

/// Issue 18, start-up: libqpdf and lcms2 (like librsvg) are opened at first use, so a run that needs
/// neither the print variant nor the structure fallback never maps them and their dependencies.
@Suite("Libraries opened at first use: libqpdf, lcms2 and librsvg")
struct LazyLibraryTests {
    /// The shared libraries the a4p binary names in its dynamic section (ELF DT_NEEDED).
    static func needed() throws -> [String] {
        let out = try ExternalTool.run("readelf", ["-d", A4PBinary.url.path])
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout.split(separator: "\n").filter { $0.contains("(NEEDED)") }.map {
            String($0.split(separator: "[").last?.split(separator: "]").first ?? "")
        }
    }

    @Test("the a4p binary does not link libqpdf, lcms2 or librsvg")
    func notLinked() throws {
        let needed = try Self.needed()
        #expect(needed.contains { $0.hasPrefix("libcairo") }, "readelf's list is read: \(needed)")
        #expect(!needed.contains { $0.hasPrefix("libqpdf") }, "\(needed)")
        #expect(!needed.contains { $0.hasPrefix("librsvg") }, "\(needed)")
        #expect(!needed.contains { $0.hasPrefix("liblcms2") }, "\(needed)")
    }

    /// The dynamic loader's own account (`LD_DEBUG=libs`) of the libraries a run loads.
    static func loaded(_ args: [String]) throws -> (ExternalTool.Output, URL) {
        let dir = try TempDir.make("a4p-lazy")
        let out = try A4PBinary.run(args + ["--out", dir.path, "--quiet"], adding: ["LD_DEBUG": "libs"])
        #expect(out.status == 0, "\(out.stderr.suffix(2_000))")
        return (out, dir)
    }

    @Test("a plain PDF never loads libqpdf or lcms2; the print variant loads both at first use and is CMYK with an output intent")
    func printOpensQPDF() throws {
        let (plain, plainDir) = try Self.loaded(["specimen", "--format", "pdf", "--scale", "1"])
        defer { try? FileManager.default.removeItem(at: plainDir) }
        #expect(plain.stderr.contains("libcairo"), "LD_DEBUG reports the libraries loaded")
        #expect(!plain.stderr.contains("libqpdf") && !plain.stderr.contains("liblcms2"))
        let (print, printDir) = try Self.loaded(["specimen", "--format", "pdf", "--scale", "1", "--print"])
        defer { try? FileManager.default.removeItem(at: printDir) }
        #expect(print.stderr.contains("libqpdf") && print.stderr.contains("liblcms2"))
        let pdf = printDir.appendingPathComponent("specimen.pdf").path
        #expect(try ExternalTool.run("qpdf", ["--check", pdf]).status == 0)
        let json = try ExternalTool.run("qpdf", ["--json", "--json-key=qpdf", pdf]).stdout
        #expect(json.contains("/OutputIntent") && json.contains("/DeviceCMYK"))
    }

    @Test("libqpdf or lcms2 missing, or a library without their functions, is an error that says what to install, not a crash")
    func missingLibrary() throws {
        guard case .failure(let missing) = QPDFLibrary.open(["liba4p-no-such-library.so.0"]) else {
            Issue.record("a library that does not exist opened")
            return
        }
        #expect(missing.description.contains("libqpdf") && missing.description.contains("liba4p-no-such-library.so.0"))
        #expect(missing.description.contains("install"), "\(missing)")
        // Of several names, the loader's reason given is the first's (the soname installations have).
        guard case .failure(let neither) = QPDFLibrary.open(["liba4p-missing-1.so.0", "liba4p-missing-2.so.0"]) else {
            Issue.record("a library that does not exist opened")
            return
        }
        #expect(neither.description.contains("liba4p-missing-1.so.0: cannot open") && !neither.description.contains("missing-2"), "\(neither)")
        guard case .failure(let wrong) = QPDFLibrary.open(["libm.so.6"]) else {
            Issue.record("libm passed for libqpdf")
            return
        }
        #expect(wrong.description.contains("libm.so.6 lacks qpdf_init"), "\(wrong)")
        #expect(throws: Never.self) { try QPDFLibrary.shared.get() }
        guard case .failure(let noColour) = LCMS2Library.open(["liba4p-no-such-library.so.0"]),
              case .failure(let wrongColour) = LCMS2Library.open(["libm.so.6"]) else {
            Issue.record("lcms2 opened from a library that is not it")
            return
        }
        #expect(noColour.description.contains("--print") && noColour.description.contains("liblcms2-2"), "\(noColour)")
        #expect(wrongColour.description.contains("libm.so.6 lacks cmsOpenProfileFromMem"), "\(wrongColour)")
        #expect(throws: Never.self) { try LCMS2Library.shared.get() }
    }
}
