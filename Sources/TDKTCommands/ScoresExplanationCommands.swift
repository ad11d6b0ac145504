import Foundation
import TDKTCore
import TDKTText

/// The explanation period (giải trình) and the final result on the command line:
/// `tdkt scores explanations CLUSTER YEAR --deadline DD/MM/YYYY`, `tdkt scores explain CLUSTER YEAR
/// --unit U --criterion C --text TEXT`, `tdkt scores finalize CLUSTER YEAR`.
extension ScoresCommand {
    static func openExplanations(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "explanations", extra: " --deadline DD/MM/YYYY")
        guard let text = args.value("--deadline") else { throw UsageError(vi: "tdkt scores explanations: cần --deadline", en: "tdkt scores explanations: needs --deadline") }
        let day = try CivilDate.parse(text, field: "--deadline")
        // The deadline is the end of that day, local time.
        var c = DateComponents(); c.year = day.year; c.month = day.month; c.day = day.day; c.hour = 23; c.minute = 59; c.second = 59
        guard let deadline = Calendar(identifier: .gregorian).date(from: c) else { throw UsageError("--deadline: '\(text)'") }
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: clusterId, year: year)
        try ws.openExplanationPeriod(clusterId: clusterId, year: year, deadline: deadline, basedOn: view.revision)
        ctx.say("Mở giải trình \(clusterId) năm \(year) đến hết \(day).", "Explanations for \(clusterId) \(year) open until the end of \(day).")
        return 0
    }

    static func explain(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "explain", extra: " --unit UNIT --criterion ID --text TEXT")
        guard let unit = args.value("--unit"), let criterion = args.value("--criterion"), let text = args.value("--text") else {
            throw UsageError("tdkt scores explain CLUSTER YEAR --unit UNIT --criterion ID --text TEXT")
        }
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: clusterId, year: year)
        let (_, filed) = try ws.fileScoringExplanation(clusterId: clusterId, year: year, unitId: unit, criterionId: criterion,
                                                      text: text, basedOn: view.revision)
        ctx.say("Đã gửi giải trình \(filed.id).", "Explanation \(filed.id) filed.")
        return 0
    }

    static func finalize(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "finalize")
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: clusterId, year: year)
        try ws.finalizeScoring(clusterId: clusterId, year: year, basedOn: view.revision)
        ctx.say("Đã chốt kết quả \(clusterId) năm \(year).", "The result of \(clusterId) \(year) is final.")
        return 0
    }
}
