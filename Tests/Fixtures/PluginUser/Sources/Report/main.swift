import Foundation

// Prints the path and size of the PDF the build-tool plugin rendered into this target's resources.
guard let url = Bundle.module.url(forResource: "fleet.a4p", withExtension: "pdf"),
      let data = FileManager.default.contents(atPath: url.path) else {
    FileHandle.standardError.write(Data("fleet.a4p.pdf is not among Report's resources\n".utf8))
    exit(1)
}
print("\(url.path) \(data.count)")
