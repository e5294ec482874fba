import A4PCharts
import A4PIndicators
import A4PScene
import A4PText
import Foundation

/// Image blocks: files read once per output, placements bounded in count, pixels and bytes.
extension PageBuilder {
    mutating func image(_ block: BlockSpec, width: Double) -> BlockFrame {
        let base = URL(fileURLWithPath: spec.file).deletingLastPathComponent()
        guard let path = block.string("path") else { return BlockFrame([], block.height ?? 40) }
        let at = block.node["path"]?.position ?? block.position
        let full = SpecProject.resolve(path, from: base).path
        let image: ImageFile
        if let cached = images[full] {
            image = cached
        } else {
            switch ImageFile.load(full, named: path) {
            case .success(let i): image = i
            case .failure(let problem):
                log.error(at, rule: problem.rule, problem.message)
                return BlockFrame([], block.height ?? 40)
            }
            images[full] = image
        }
        // Every placement is decoded by every renderer: bound the count, the pixels and the bytes.
        imagePixels[block.position] = image.isSVG ? 0 : image.width * image.height
        imageBytes[block.position] = image.bytes.count
        let bytes = imageBytes.values.reduce(0, +)
        let pixels = imagePixels.values.reduce(0, +)
        if imagePixels.count > InputLimits.imagesPerOutput || pixels > Double(InputLimits.imagePixelsPerOutput)
            || bytes > InputLimits.imageBytesPerOutput {
            log.error(at, rule: "too-many-images",
                      "with this image the output places more than \(InputLimits.imagesPerOutput) images, \(InputLimits.imagePixelsPerOutput / 1_000_000) megapixels or \(InputLimits.imageBytesPerOutput >> 20) MB of image data; use fewer or smaller images")
            return BlockFrame([], block.height ?? 40)
        }
        let (pw, ph) = (image.width, image.height)
        let h = block.height ?? width * ph / pw
        let w = min(width, h * pw / ph)
        let alt = block.string("alt").map { expand($0, block.position) }
        let drawn = Node.image(Image(rect: Rect(x: rtl ? width - w : 0, y: 0, width: w, height: h), format: image.isSVG ? .svg : .png,
                                     data: image.bytes, altText: alt))
        // A picture with words is a figure; one without is decoration, left out of the structure.
        return BlockFrame([alt.map { Node.tagged(.figure, [drawn], altText: $0) } ?? drawn], h)
    }
}
