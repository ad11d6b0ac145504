#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name of an entry `readdir` gave, read up to its end. An entry is only as long as its name: copying
/// the whole `d_name` array (256 bytes) could read past the end of the directory's buffer, and did, now and
/// then, when the last entry of a buffer sat at the end of its memory.
func directoryEntryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
    let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!  // a stored field: always known
    return String(cString: UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self))
}
