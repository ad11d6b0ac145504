import TerminalUI
import TDKTText

/// Interface text of the report screens, in Vietnamese and English.
public enum ReportStrings {
    public static let screenTitle = Localized(vi: "Lập, xem, in báo cáo", en: "Produce, view and print reports")
    public static let listTitle = Localized(vi: "Chọn báo cáo", en: "Choose a report")
    public static let columnReport = Localized(vi: "Báo cáo", en: "Report")
    public static let columnPeriod = Localized(vi: "Kỳ", en: "Period")
    public static let oneYear = Localized(vi: "một năm", en: "one year")
    public static let yearRange = Localized(vi: "năm, giai đoạn", en: "year or range")

    // The period form.
    public static let periodTitle = Localized(vi: "Kỳ báo cáo", en: "Report period")
    public static let year = Localized(vi: "Năm", en: "Year")
    public static let fromYear = Localized(vi: "Từ năm", en: "From year")
    public static let toYear = Localized(vi: "Đến năm", en: "To year")

    // The preview.
    public static func lines(_ first: Int, _ last: Int, _ total: Int) -> Localized {
        Localized(vi: "Dòng \(first)–\(last)/\(total)", en: "Lines \(first)–\(last) of \(total)")
    }
    public static func pageOf(_ page: Int, _ count: Int) -> Localized {
        Localized(vi: "Trang \(page)/\(count)", en: "Page \(page) of \(count)")
    }
    /// While the pages after it are still being laid out.
    public static func pageOfUnknown(_ page: Int) -> Localized {
        Localized(vi: "Trang \(page)/…", en: "Page \(page) of …")
    }
    public static func linesOfUnknown(_ first: Int, _ last: Int) -> Localized {
        Localized(vi: "Dòng \(first)–\(last)/…", en: "Lines \(first)–\(last) of …")
    }
    /// A report's opening shown while the rest of it is made.
    public static let makingRest = Localized(vi: "đang lập các phần sau…", en: "making the rest…")
    public static let previewHint = Localized(vi: "s số liệu · F2 ghi tệp · p in · / tìm",
                                              en: "s figures · F2 save · p print · / search")

    // Figures and the records behind them.
    public static let figuresTitle = Localized(vi: "Số liệu của báo cáo", en: "Figures of the report")
    public static let columnFigure = Localized(vi: "Số liệu", en: "Figure")
    public static let columnValue = Localized(vi: "Giá trị", en: "Value")
    public static let noRecords = Localized(vi: "Số liệu này không tính từ hồ sơ nào", en: "This figure counts no records")
    public static let columnYear = Localized(vi: "Năm", en: "Year")
    public static let columnId = Localized(vi: "Mã", en: "Id")
    public static let columnRecord = Localized(vi: "Hồ sơ", en: "Record")
    public static func recordsTitle(_ count: Int) -> Localized {
        Localized(vi: "Hồ sơ sau số liệu (\(count))", en: "Records behind the figure (\(count))")
    }

    // Saving.
    public static let saveTitle = Localized(vi: "Ghi báo cáo ra tệp", en: "Save the report to a file")
    public static let format = Localized(vi: "Định dạng", en: "Format")
    public static let path = Localized(vi: "Tệp", en: "File")
    public static let overwriteTitle = Localized(vi: "Ghi đè tệp?", en: "Replace the file?")
    public static func overwrite(_ path: String) -> Localized {
        Localized(vi: "Tệp \(path) đã có. Ghi đè lên tệp này?", en: "\(path) exists. Replace it?")
    }
    public static func saved(_ path: String) -> Localized {
        Localized(vi: "Đã ghi báo cáo vào \(path)", en: "Report saved to \(path)")
    }
    public static let cannotSave = Localized(vi: "Không ghi được báo cáo", en: "The report was not saved")

    // Printing.
    public static let printTitle = Localized(vi: "In báo cáo", en: "Print the report")
    public static func printQuestion(pages: Int, printer: String?, copies: Int) -> Localized {
        let p = printer.map { "«\($0)»" }
        return Localized(vi: "Gửi báo cáo (PDF, \(pages) trang, \(copies) bản) tới máy in \(p ?? "mặc định")?",
                         en: "Send the report (PDF, \(pages) pages, \(copies) copies) to the \(p.map { "printer " + $0 } ?? "default printer")?")
    }
    public static let layingOut = Localized(vi: "dàn trang", en: "layout")
    public static let toPrinter = Localized(vi: "gửi lp", en: "to lp")
    public static let cannotPrint = Localized(vi: "Không in được", en: "Not printed")
    public static func printed(_ output: String) -> Localized {
        Localized(vi: "Đã gửi báo cáo tới máy in" + (output.isEmpty ? "" : ": " + output),
                  en: "Report sent to the printer" + (output.isEmpty ? "" : ": " + output))
    }

    // Commands of the preview (F-key bar and help).
    public static let figuresLabel = Localized(vi: "Số liệu", en: "Figures")
    public static let figuresHelp = Localized(vi: "Danh sách số liệu của báo cáo; Enter xem các hồ sơ sau một số liệu",
                                              en: "List the report's figures; Enter lists the records behind one")
    public static let saveAsLabel = Localized(vi: "Ghi tệp", en: "Save as")
    public static let saveAsHelp = Localized(vi: "Ghi báo cáo ra tệp PDF, văn bản, CSV, HTML hoặc xlsx (F6 hoặc s)", en: "Save the report as PDF, text, CSV, HTML or xlsx (F6 or s)")
    public static let printLabel = Localized(vi: "In", en: "Print")
    public static let printHelp = Localized(vi: "In báo cáo (PDF) bằng lp, máy in và số bản theo cài đặt (F7 hoặc p)",
                                            en: "Print the report (PDF) with lp, to the printer and copies of the settings (F7 or p)")
    public static let searchHelp = Localized(vi: "Tìm trong báo cáo (không phân biệt hoa thường, dấu; đ = d)",
                                             en: "Search the report (ignores case and diacritics; đ = d)")
    public static let scrollHelp = Localized(vi: "Cuộn sang trái, sang phải", en: "Scroll left or right")
}
