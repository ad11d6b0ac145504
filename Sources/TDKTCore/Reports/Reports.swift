import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output formats of a report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, csv, html, pdf
    /// An Excel workbook: binary, written through `Reports.output`.
    case xlsx
    public var fileExtension: String { rawValue == "text" ? "txt" : rawValue }
}

/// A report the program can produce, as a screen lists them.
public struct ReportKind: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: Localized
    public var formats: [ReportFormat]
    /// Statistics forms are for one year; the others take a range.
    public var singleYear: Bool

    public init(id: String, title: Localized, formats: [ReportFormat], singleYear: Bool) {
        self.id = id; self.title = title; self.formats = formats; self.singleYear = singleYear
    }
}

/// A report that could not be produced or saved; the message says why in both languages.
public struct ReportError: Error, Equatable, LocalizedError {
    public var message: Localized
    public init(_ message: Localized) { self.message = message }
    public init(vi: String, en: String) { self.message = Localized(vi: vi, en: en) }
    public var errorDescription: String? { message.vi + " / " + message.en }
}

/// The reports, for the command line and the report screen: list, build, render, preview, save.
public enum Reports {
    public static func available() -> [ReportKind] {
        [ReportKind(id: "summary", title: Localized(vi: "Báo cáo tổng kết công tác thi đua, khen thưởng", en: "Year-end summary report"),
                    formats: ReportFormat.allCases, singleYear: false),
         ReportKind(id: "awards-award", title: Localized(vi: "Khen thưởng theo hình thức, danh hiệu", en: "Awards by award type"),
                    formats: ReportFormat.allCases, singleYear: false),
         ReportKind(id: "awards-campaign", title: Localized(vi: "Khen thưởng theo phong trào thi đua", en: "Awards by campaign"),
                    formats: ReportFormat.allCases, singleYear: false),
         ReportKind(id: "awards-unit", title: Localized(vi: "Khen thưởng theo đơn vị", en: "Awards by unit"),
                    formats: ReportFormat.allCases, singleYear: false),
         ReportKind(id: "awards-category", title: Localized(vi: "Khen thưởng theo đối tượng", en: "Awards by statistics category"),
                    formats: ReportFormat.allCases, singleYear: false),
         ReportKind(id: "form-0601", title: Localized(vi: "Biểu 0601.N: Số phong trào thi đua", en: "Form 0601.N: number of campaigns"),
                    formats: ReportFormat.allCases, singleYear: true),
         ReportKind(id: "form-0602", title: Localized(vi: "Biểu 0602.N: Khen thưởng cấp Nhà nước", en: "Form 0602.N: state-level awards"),
                    formats: ReportFormat.allCases, singleYear: true),
         ReportKind(id: "form-0603", title: Localized(vi: "Biểu 0603.N: Khen thưởng cấp tỉnh", en: "Form 0603.N: provincial awards"),
                    formats: ReportFormat.allCases, singleYear: true)] + AwardDocuments.yearKinds
    }

    /// Builds a report for a period from gathered data. Forms need a single year.
    public static func document(_ id: String, period: ReportPeriod, data: ReportData, ranking: ClusterRankingProvider? = nil,
                                language: Language = .vi) throws -> ReportDocument {
        if id == "summary" {
            return ReportDocuments.summary(Summary.build(data: data, period: period, ranking: ranking), data: data)
        }
        if id.hasPrefix("awards-"), let d = AwardDimension(rawValue: String(id.dropFirst(7))) {
            return ReportDocuments.awards(AwardTable.build(d, data: data, period: period), period: period, language: language)
        }
        if id.hasPrefix("form-"), let form = StatisticsForm.build(String(id.dropFirst(5)), data: data, year: period.to) {
            guard period.isSingleYear else {
                throw ReportError(vi: "biểu \(form.id) lập cho một năm, không cho giai đoạn \(period)",
                                  en: "form \(form.id) is for one year, not for \(period)")
            }
            return ReportDocuments.form(form)
        }
        throw ReportError(vi: "không có báo cáo '\(id)'", en: "no report '\(id)'")
    }

    /// A report's opening, its first blocks, from the office's settings and the campaigns alone (`data` needs
    /// nothing else): the year-end summary's part I.1. Nil for a report without one.
    public static func opening(_ id: String, period: ReportPeriod, data: ReportData) -> ReportDocument? {
        id == "summary" ? ReportDocuments.summaryOpening(data: data, period: period) : nil
    }

    /// What a report's opening reads from a workspace: the office's settings and the campaigns.
    public static func openingData(_ ws: Workspace) -> ReportData {
        ReportData(config: ws.config, campaigns: ws.campaigns.values.map(\.value))
    }

    /// Builds a report from a workspace.
    public static func document(_ id: String, period: ReportPeriod, workspace: Workspace, ranking: ClusterRankingProvider? = nil,
                                language: Language = .vi) throws -> ReportDocument {
        try document(id, period: period, data: ReportData(workspace: workspace, period: period), ranking: ranking, language: language)
    }

    /// A report as the bytes of a file in a format. `frame` overrides the Decree 30 frame (number, date,
    /// signature) of HTML and PDF.
    public static func output(_ doc: ReportDocument, format: ReportFormat, config: OfficeConfig, frame: DocumentFrame? = nil,
                              period: ReportPeriod, pageLength: Int? = 64) throws -> Data {
        if format == .xlsx { return xlsx(doc) }
        guard format == .pdf else {
            return Data(render(doc, format: format, config: config, frame: frame, period: period, pageLength: pageLength).utf8)
        }
        let f = frame ?? DocumentFrame.standard(config: config, date: nil, year: CivilDate.today().year)
        return try PDFRenderer(frame: f).render(doc)
    }

    /// The text of a report in a text format (PDF is binary: `output` writes it; here it gives the plain text).
    /// `frame` overrides the Decree 30 frame (number, date, signature) of HTML.
    public static func render(_ doc: ReportDocument, format: ReportFormat, config: OfficeConfig, frame: DocumentFrame? = nil,
                              period: ReportPeriod, pageLength: Int? = 64) -> String {
        switch format {
        case .text, .pdf:
            return PlainTextRenderer(pageLength: pageLength).render(doc, config: config)
        case .csv:
            return csv(doc)
        case .xlsx:
            // A workbook is bytes (Reports.data); as text, the nearest is its CSV.
            return csv(doc)
        case .html:
            // Without a date the day and month stay blank for the day of signing, in the current year.
            let f = frame ?? DocumentFrame.standard(config: config, date: nil, year: CivilDate.today().year)
            return HTMLRenderer(frame: f).render(doc)
        }
    }

    /// A report as lines of text for a scrolling preview (no page breaks).
    public static func previewLines(_ id: String, period: ReportPeriod, workspace: Workspace,
                                    ranking: ClusterRankingProvider? = nil, width: Int = 80) throws -> [String] {
        let doc = try document(id, period: period, workspace: workspace, ranking: ranking)
        return PlainTextRenderer(pageLength: nil, width: width).lines(doc, config: workspace.config)
    }

    /// Renders a report and saves it: the folder must exist, an existing file is replaced only with `force`,
    /// and the file appears whole or not at all.
    public static func save(_ id: String, period: ReportPeriod, workspace: Workspace, format: ReportFormat, to path: String,
                            force: Bool = false, ranking: ClusterRankingProvider? = nil, frame: DocumentFrame? = nil) throws {
        try ReportFile.checkDestination(path, force: force, dataDirectory: workspace.dataDirectory)
        let doc = try document(id, period: period, workspace: workspace, ranking: ranking)
        try ReportFile.write(output(doc, format: format, config: workspace.config, frame: frame, period: period), to: path,
                             force: force, dataDirectory: workspace.dataDirectory)
    }

    /// CSV for Excel (UTF-8 with BOM, through TextTable.csv): a lone table as it is; a longer document as its
    /// title, headings, paragraphs and tables one after another, a blank line between them.
    public static func csv(_ doc: ReportDocument) -> String {
        if let t = doc.dataTable { return TextTable(headers: t.headers, rows: t.rows).csv() }
        if doc.blocks.count == 1, case let .table(t) = doc.blocks[0] {
            return TextTable(headers: t.headers, rows: t.rows, numeric: t.numeric).csv()
        }
        var rows: [[String]] = [[doc.subject]]
        if let code = doc.formCode { rows.append([code]) }
        for block in doc.blocks + doc.annex {
            switch block {
            case let .heading(text, _): rows += [[], [text]]
            case let .paragraph(text): rows.append([text])
            case let .placeholder(note): rows.append(["(\(note))"])
            case let .table(t):
                if let c = t.caption { rows.append([c]) }
                rows.append(t.headers)
                // Numbers plain ("135300000"), so that a spreadsheet reads them as numbers.
                rows += t.rows.map { $0.enumerated().map { SpreadsheetCells.csvText($1, numeric: t.numeric.contains($0)) } }
                rows.append([])
            }
        }
        return TextTable(headers: [doc.typeName], rows: rows).csv()
    }

    /// Every figure of a report, for `--list` and the drill-down screen.
    public static func figureIndex(_ doc: ReportDocument, language: Language = .vi) -> TextTable {
        TextTable(headers: ["figure", "value", "label"],
                  rows: doc.figures.map { [$0.path, String($0.cell.value), $0.labels.text(language)] }, numeric: [1])
    }
}
