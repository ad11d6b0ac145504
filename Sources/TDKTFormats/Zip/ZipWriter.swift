import Foundation

/// Builds a zip archive in memory: each entry stored or deflated, then the central directory.
public struct ZipWriter: Sendable {
    public enum Method: Sendable { case stored, deflated }

    private var body = Data()
    private var directory = Data()
    private var count = 0
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// `modified` is written as every entry's time; a fixed date makes the output reproducible.
    public init(modified: Date = Date()) {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: modified)
        let year = max(1980, min(2107, c.year ?? 1980))
        dosDate = UInt16((year - 1980) << 9 | (c.month ?? 1) << 5 | (c.day ?? 1))
        dosTime = UInt16((c.hour ?? 0) << 11 | (c.minute ?? 0) << 5 | (c.second ?? 0) / 2)
    }

    public mutating func add(_ name: String, _ contents: [UInt8], method: Method = .deflated) {
        let crc = CRC32.checksum(contents)
        var payload = contents
        var methodCode: UInt16 = 0
        if method == .deflated {
            let packed = Deflate.compress(contents)
            // Tiny entries can grow when deflated; keep them stored then.
            if packed.count < contents.count { payload = packed; methodCode = 8 }
        }
        let nameBytes = Array(name.utf8)
        let offset = UInt32(body.count)
        var local = Data()
        local.le32(0x0403_4B50); local.le16(20); local.le16(0x0800); local.le16(methodCode)
        local.le16(dosTime); local.le16(dosDate); local.le32(crc)
        local.le32(UInt32(payload.count)); local.le32(UInt32(contents.count))
        local.le16(UInt16(nameBytes.count)); local.le16(0)
        local.append(contentsOf: nameBytes)
        body.append(local)
        body.append(contentsOf: payload)

        var central = Data()
        central.le32(0x0201_4B50); central.le16(20); central.le16(20); central.le16(0x0800); central.le16(methodCode)
        central.le16(dosTime); central.le16(dosDate); central.le32(crc)
        central.le32(UInt32(payload.count)); central.le32(UInt32(contents.count))
        central.le16(UInt16(nameBytes.count)); central.le16(0); central.le16(0)
        central.le16(0); central.le16(0); central.le32(0); central.le32(offset)
        central.append(contentsOf: nameBytes)
        directory.append(central)
        count += 1
    }

    public mutating func add(_ name: String, text: String, method: Method = .deflated) {
        add(name, Array(text.utf8), method: method)
    }

    /// The whole archive.
    public func finish() -> Data {
        var out = body
        out.append(directory)
        out.le32(0x0605_4B50); out.le16(0); out.le16(0)
        out.le16(UInt16(count)); out.le16(UInt16(count))
        out.le32(UInt32(directory.count)); out.le32(UInt32(body.count)); out.le16(0)
        return out
    }
}

extension Data {
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xFFFF)); le16(UInt16(v >> 16)) }
}
