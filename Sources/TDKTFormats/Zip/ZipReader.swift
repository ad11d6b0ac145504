import Foundation

/// One file inside a zip archive, as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    public var name: String
    public var method: Int
    public var crc32: UInt32
    public var compressedSize: Int
    public var uncompressedSize: Int
    var flags: Int
    var localHeaderOffset: Int
}

/// Reads a zip archive through its central directory (the local headers may lie when a data
/// descriptor follows the data). Entries are inflated one at a time, on request, so that only the
/// entry being read is held decompressed.
public struct ZipReader: Sendable {
    public let entries: [ZipEntry]
    private let data: Data
    /// Largest inflated entry accepted; a spreadsheet part beyond this is refused rather than read.
    public var entrySizeLimit: Int

    public init(contentsOf url: URL, entrySizeLimit: Int = 512 << 20) throws {
        try self.init(data: Data(contentsOf: url, options: .alwaysMapped), entrySizeLimit: entrySizeLimit)
    }

    public init(data: Data, entrySizeLimit: Int = 512 << 20) throws {
        self.data = data
        self.entrySizeLimit = entrySizeLimit
        self.entries = try data.withUnsafeBytes { raw in try ZipReader.readDirectory(raw.bindMemory(to: UInt8.self)) }
    }

    public func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// The inflated bytes of the named entry.
    public func contents(of name: String) throws -> [UInt8] {
        guard let e = entry(named: name) else { throw ZipError.missingEntry(name) }
        return try contents(of: e)
    }

    public func contents(of e: ZipEntry) throws -> [UInt8] {
        if e.flags & 1 != 0 { throw ZipError.encrypted(entry: e.name) }
        if e.uncompressedSize > entrySizeLimit { throw ZipError.tooLarge(entry: e.name, size: e.uncompressedSize, limit: entrySizeLimit) }
        let bytes: [UInt8] = try data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            let h = e.localHeaderOffset
            guard h + 30 <= b.count, ZipReader.u32(b, h) == 0x0403_4B50 else {
                throw ZipError.corrupt(entry: e.name, reason: "local header missing")
            }
            let start = h + 30 + Int(ZipReader.u16(b, h + 26)) + Int(ZipReader.u16(b, h + 28))
            guard start + e.compressedSize <= b.count else { throw ZipError.truncated(e.name) }
            let slice = UnsafeBufferPointer(rebasing: b[start..<(start + e.compressedSize)])
            switch e.method {
            case 0: return Array(slice)
            case 8:
                do { return try Inflate.decompress(slice, expectedSize: e.uncompressedSize, limit: e.uncompressedSize) }
                catch InflateError.outputTooLarge { throw ZipError.sizeMismatch(entry: e.name) }
                catch let error as InflateError { throw ZipError.corrupt(entry: e.name, reason: error.description) }
            default: throw ZipError.unsupportedMethod(entry: e.name, method: e.method)
            }
        }
        if bytes.count != e.uncompressedSize { throw ZipError.sizeMismatch(entry: e.name) }
        if CRC32.checksum(bytes) != e.crc32 { throw ZipError.checksumMismatch(entry: e.name) }
        return bytes
    }

    static func u16(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }

    static func readDirectory(_ b: UnsafeBufferPointer<UInt8>) throws -> [ZipEntry] {
        // The end record is 22 bytes plus a comment of at most 65535; search backwards for its signature.
        guard b.count >= 22 else { throw ZipError.notAZipArchive }
        var eocd = -1
        var i = b.count - 22
        let lowest = max(0, b.count - 22 - 65535)
        while i >= lowest {
            if u32(b, i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw ZipError.notAZipArchive }
        let count = Int(u16(b, eocd + 10))
        let size = Int(u32(b, eocd + 12))
        let offset = Int(u32(b, eocd + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF { throw ZipError.zip64(entry: "(archive)") }
        guard offset + size <= b.count else { throw ZipError.truncated("central directory") }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= b.count, u32(b, p) == 0x0201_4B50 else { throw ZipError.truncated("central directory entry") }
            let nameLength = Int(u16(b, p + 28)), extraLength = Int(u16(b, p + 30)), commentLength = Int(u16(b, p + 32))
            guard p + 46 + nameLength <= b.count else { throw ZipError.truncated("entry name") }
            let nameBytes = Array(b[(p + 46)..<(p + 46 + nameLength)])
            // Bit 11 says UTF-8; otherwise the name is CP437, which for the ASCII names of a workbook is the same.
            let name = String(decoding: nameBytes, as: UTF8.self)
            let entry = ZipEntry(name: name, method: Int(u16(b, p + 10)), crc32: u32(b, p + 16),
                                 compressedSize: Int(u32(b, p + 20)), uncompressedSize: Int(u32(b, p + 24)),
                                 flags: Int(u16(b, p + 8)), localHeaderOffset: Int(u32(b, p + 42)))
            if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw ZipError.zip64(entry: name)
            }
            entries.append(entry)
            p += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}
