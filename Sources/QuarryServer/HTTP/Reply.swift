import Foundation
import CompressNIO
import HTTPTypes
import Hummingbird

/// Builds every response Quarry writes: the bytes as they are (the engine's JSON is never
/// re-encoded), gzipped when the client accepts gzip and the body is worth it.
struct Reply {
    let gzipMinimumBytes: Int

    /// `extra` holds fields other than the ones set here (`Allow`); these are appended rather
    /// than set, which spares a search of the fields and a generic replace for each.
    func bytes(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, contentType: String, for request: Request,
               headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers.reserveCapacity(extra.count + 4)
        headers.append(HTTPField(name: .contentType, value: contentType))
        var buffer = ByteBuffer(bytes: bytes)
        if bytes.count >= gzipMinimumBytes {
            headers.append(HTTPField(name: .vary, value: "Accept-Encoding"))
            if Self.acceptsGzip(request.headers[values: .acceptEncoding]), let compressed = Self.gzip(&buffer) {
                headers.append(HTTPField(name: .contentEncoding, value: "gzip"))
                buffer = compressed
            }
        }
        headers.append(HTTPField(name: .contentLength, value: String(buffer.readableBytes)))
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    /// Whether an `Accept-Encoding` header allows gzip (RFC 9110 §12.5.3): `gzip`, `x-gzip` or `*`
    /// with a quality above zero.
    static func acceptsGzip(_ values: [String]) -> Bool {
        for value in values {
            for coding in value.split(separator: ",") {
                let parts = coding.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard let name = parts.first, name == "gzip" || name == "x-gzip" || name == "*" else { continue }
                let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
                if quality > 0 { return true }
            }
        }
        return false
    }

    private static func gzip(_ buffer: inout ByteBuffer) -> ByteBuffer? {
        let compressor = CompressionAlgorithm.gzip().compressor
        do {
            try compressor.startStream()
            var output = ByteBufferAllocator().buffer(capacity: compressor.maxSize(from: buffer))
            try compressor.streamDeflate(from: &buffer, to: &output, flush: .finish)
            try compressor.finishStream()
            return output
        } catch {
            return nil
        }
    }
}
