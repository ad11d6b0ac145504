/// Why a zip archive could not be read.
public enum ZipError: Error, Equatable, CustomStringConvertible {
    case notAZipArchive
    case truncated(String)
    case unsupportedMethod(entry: String, method: Int)
    case encrypted(entry: String)
    case zip64(entry: String)
    case checksumMismatch(entry: String)
    case sizeMismatch(entry: String)
    case tooLarge(entry: String, size: Int, limit: Int)
    case corrupt(entry: String, reason: String)
    case missingEntry(String)

    public var description: String {
        switch self {
        case .notAZipArchive: return "not a zip archive (no end of central directory record)"
        case .truncated(let what): return "zip archive cut short: \(what)"
        case .unsupportedMethod(let e, let m): return "\(e): compression method \(m) is not supported (only stored and deflate)"
        case .encrypted(let e): return "\(e): encrypted entries are not supported"
        case .zip64(let e): return "\(e): zip64 archives are not supported"
        case .checksumMismatch(let e): return "\(e): CRC-32 does not match"
        case .sizeMismatch(let e): return "\(e): inflated size does not match the directory"
        case .tooLarge(let e, let size, let limit): return "\(e): \(size) bytes, more than the \(limit) allowed"
        case .corrupt(let e, let reason): return "\(e): \(reason)"
        case .missingEntry(let e): return "no entry \(e) in the archive"
        }
    }
}
