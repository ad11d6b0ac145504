import Foundation
import TDKTCore
import TDKTText

extension InputFuzzer {
    /// Import files to mutate: award history with Vietnamese headers (UTF-8 with BOM, and TCVN3 bytes),
    /// units and people lists.
    public static func csvSeeds() -> [(kind: String, bytes: [UInt8])] {
        let awards = "\u{FEFF}Năm;Loại;Họ và tên / Tên tập thể;Đơn vị;Hình thức khen thưởng;Phong trào;Số quyết định;Ngày quyết định\n"
            + "2023;Cá nhân;Nguyễn Văn Khoa;Sở Nội vụ;BK_TINH;;12/QĐ-UBND;15/01/2024\n"
            + "2022;Tập thể;Sở Tài chính;UBND tỉnh Thái Nguyên;Bằng khen của Chủ tịch UBND tỉnh;Dân vận khéo;\"7/QĐ-UBND\";02/02/2023\n"
        let units = "Tên đơn vị,Loại,Đơn vị cấp trên,Số thành viên\nTrường THCS Tân Cương,Trường học,Sở Giáo dục và Đào tạo,40\n"
        let people = "Họ và tên,Đơn vị,Chức vụ,Năm xếp loại,Xếp loại\nVũ Thị Hạnh,Sở Y tế,Bác sĩ,2025,Hoàn thành tốt nhiệm vụ\n"
        // "Năm,Họ và tên" and "2024,Nguyễn Văn Khoa" in TCVN3 (ABC): the legacy 8-bit encoding offices still have.
        let tcvn3: [UInt8] = Array("N".utf8) + [0xA8] + Array("m,H".utf8) + [0xE4] + Array(" v".utf8) + [0xB5] + Array(" t".utf8)
            + [0xAA] + Array("n,award\n2024,Nguy".utf8) + [0xD4] + Array("n V".utf8) + [0xA8] + Array("n Khoa,LDTT\n".utf8)
        return [("awards", Array(awards.utf8)), ("units", Array(units.utf8)), ("people", Array(people.utf8)), ("awards", tcvn3)]
    }

    /// Feeds `iterations` mutated files to the importers (dry runs: nothing is written). Every refusal must
    /// be an ImportProblem naming the file and a line, or the whole file ("empty", "unreadable").
    public static func fuzzCSV(workspace ws: Workspace, iterations: Int, seed: UInt64) -> Outcome {
        var g = Generator(seed: seed)
        var outcome = Outcome()
        let seeds = csvSeeds()
        for i in 0..<iterations {
            let s = seeds[i % seeds.count]
            let input = Data(mutate(s.bytes, &g))
            let file = "fuzz-\(i).csv"
            outcome.inputs += 1
            do {
                switch s.kind {
                case "awards":
                    let report = try AwardImport.run(data: input, file: file, into: ws, dryRun: true, actor: "fuzz")
                    if report.problems.contains(where: { $0.line == nil || $0.file != file }) {
                        outcome.badErrors.append("\(file): a row problem without its line")
                    }
                default:
                    let (table, _) = try ImportFile.read(data: input, file: file)
                    let plan = s.kind == "units" ? try DirectoryImport.planUnits(table, file: file, in: ws)
                                                 : try DirectoryImport.planPeople(table, file: file, in: ws)
                    if plan.problems.contains(where: { $0.line == nil || $0.file != file }) {
                        outcome.badErrors.append("\(file): a row problem without its line")
                    }
                }
                outcome.accepted += 1
            } catch let p as ImportProblem {
                outcome.refused += 1
                if p.file != file { outcome.badErrors.append("\(file): refusal names \(p.file)") }
            } catch {
                outcome.refused += 1
                outcome.badErrors.append("\(file): not an ImportProblem: \(error)")
            }
        }
        return outcome
    }
}
