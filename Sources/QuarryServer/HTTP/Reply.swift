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
            if AcceptEncoding.allowsGzip(request.headers[values: .acceptEncoding]), let compressed = Self.gzip(&buffer) {
                headers.append(HTTPField(name: .contentEncoding, value: "gzip"))
                buffer = compressed
            }
        }
        headers.append(HTTPField(name: .contentLength, value: String(buffer.readableBytes)))
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
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
