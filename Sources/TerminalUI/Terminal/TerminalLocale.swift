import CNcursesw
import Foundation
import TDKTText

/// Locale set-up for the terminal: curses needs a UTF-8 LC_CTYPE to read and draw Vietnamese.
public enum TerminalLocale {
    /// The codeset of the current LC_CTYPE, e.g. "UTF-8" or "ANSI_X3.4-1968".
    public static var codeset: String {
        guard let p = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: p)
    }

    public static var isUTF8: Bool {
        let c = codeset.uppercased()
        return c == "UTF-8" || c == "UTF8"
    }

    /// If LC_CTYPE is not UTF-8, tries C.UTF-8 (present on every Debian) then en_US.UTF-8.
    /// Returns true when the locale is UTF-8 afterwards.
    @discardableResult
    public static func ensureUTF8CType() -> Bool {
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, isUTF8 { return true }
        }
        return false
    }
}
