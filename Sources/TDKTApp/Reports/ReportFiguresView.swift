import TDKTCore
import TerminalUI
import TDKTText

/// The figures of a report, each with its value; the full label of the selected one is shown under
/// the list (labels are long: campaign · award · recipient). Enter lists the records it was counted from.
final class ReportFiguresView: View {
    let session: ReportSession
    let list: ListView
    /// Figures with something behind them (a zero with no record has nothing to open).
    let figures: [Figure]

    init(session: ReportSession, language lang: Language) {
        self.session = session
        figures = session.document.figures.filter { $0.cell.value != 0 || !$0.cell.refs.isEmpty }
        let rows = figures.enumerated().map { i, f in
            ListView.Row(id: String(i), cells: [f.labels.text(lang), ReportNumber.grouped(f.cell.value)])
        }
        list = ListView(title: ReportStrings.figuresTitle.text(lang) + " · " + session.period.description,
                        columns: [ListView.Column(ReportStrings.columnFigure.text(lang)),
                                  ListView.Column(ReportStrings.columnValue.text(lang), width: 9, alignRight: true)],
                        rows: rows)
        list.onActivate = { [weak self] row, app in
            guard let self, let i = Int(row.id) else { return }
            self.open(self.figures[i], app: app)
        }
    }

    var title: String { list.title }
    var context: TerminalUI.CommandContext { list.context }
    var wantsTyping: Bool { list.wantsTyping }

    var selectedFigure: Figure? { list.selectedRow.flatMap { Int($0.id) }.map { figures[$0] } }

    func open(_ figure: Figure, app: Application) {
        guard !figure.cell.refs.isEmpty else {
            app.setStatus(ReportStrings.noRecords.text(app.language))
            return
        }
        app.push(ReportRecordsView.make(figure: figure, data: session.data, language: app.language))
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let detail = 3
        list.draw(in: &frame, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - detail), app: app)
        guard let f = selectedFigure else { return }
        let lines = DisplayWidth.wrap(f.labels.text(app.language) + ": " + ReportNumber.grouped(f.cell.value), width: area.width - 2)
        for (i, line) in lines.prefix(detail - 1).enumerated() {
            frame.put(line, x: area.x + 1, y: area.maxY - detail + i, style: .normal, maxWidth: area.width - 2)
        }
        frame.put(f.path, x: area.x + 1, y: area.maxY - 1, style: .placeholder, maxWidth: area.width - 2)
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        list.handle(key, command: command, app: app)
    }
}

/// The records behind one figure, as `tdkt report records` lists them.
enum ReportRecordsView {
    static func make(figure: Figure, data: ReportData, language lang: Language) -> ListView {
        let rows = figure.cell.refs.map { ref -> ListView.Row in
            let d = data.describe(ref, language: lang)  // kind, id, year, description
            return ListView.Row(id: ref.description, cells: [d.count > 2 ? d[2] : "", d.count > 1 ? d[1] : ref.id, d.last ?? ""])
        }
        return ListView(title: ReportStrings.recordsTitle(rows.count).text(lang) + " · " + figure.labels.text(lang),
                        columns: [ListView.Column(ReportStrings.columnYear.text(lang), width: 4),
                                  ListView.Column(ReportStrings.columnId.text(lang), width: 16),
                                  ListView.Column(ReportStrings.columnRecord.text(lang))],
                        rows: rows)
    }
}
