import Foundation
import TDKTCore
import TDKTText

/// docs/tdkt.1, generated from the commands' declarations (`tdkt help --man > docs/tdkt.1`); a test keeps
/// the committed page equal to what the declarations say, so the two cannot drift apart.
enum ManualPage {
    /// Text for roff: backslashes and hyphens escaped, a leading dot or quote made literal.
    static func escape(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if t.hasPrefix(".") || t.hasPrefix("'") { t = "\\&" + t }
        return t
    }

    static func option(_ o: OptionSpec) -> String {
        ".TP\n.B \(escape(o.name))" + (o.value.map { " \" \(escape($0))\"" }.map { "\n.RI \($0)" } ?? "") + "\n"
            + escape(o.help.en) + " (" + escape(o.help.vi) + ")\n"
    }

    static var text: String {
        var out = """
        .TH TDKT 1 "2026-11" "tdkt \(TDKTVersion.string)" "User Commands"
        .SH NAME
        tdkt \\- emulation and commendation management (thi đua, khen thưởng) in a terminal
        .SH SYNOPSIS
        .B tdkt
        [\\fB\\-\\-data\\fR \\fIDIR\\fR] [\\fB\\-\\-lang\\fR \\fBvi\\fR|\\fBen\\fR]
        .br
        .B tdkt \\-\\-demo
        .br
        .B tdkt
        [\\fB\\-\\-data\\fR \\fIDIR\\fR] \\fICOMMAND\\fR [\\fIoptions\\fR]
        .SH DESCRIPTION
        Without a command, \\fBtdkt\\fR opens its terminal interface: menus and forms for campaigns, cluster
        scoring and award proposals, driven by the keyboard (F1 help, F2 save, F10 quit, Esc back,
        Esc followed by a digit for a function key).
        With a command, it works on the data directory from the command line.
        Messages are in Vietnamese, or in English with \\fB\\-\\-lang en\\fR or an English \\fBLANG\\fR.
        .SH OPTIONS

        """
        for o in Help.globalOptions { out += option(o) }
        out += ".SH COMMANDS\n"
        for spec in Commands.all {
            out += ".SS \(escape(spec.name))\n\(escape(spec.summary.en)) (\(escape(spec.summary.vi))).\n.PP\n.nf\n"
            out += spec.usage.map { "tdkt " + escape($0) }.joined(separator: "\n") + "\n.fi\n"
            if !spec.about.isEmpty {
                out += ".PP\n" + spec.about.map { escape($0.en) }.joined(separator: "\n") + "\n"
            }
            for o in spec.options { out += option(o) }
        }
        out += """
        .SH FILES
        The data directory holds \\fBconfig.json\\fR (office and roles), one JSON file per record in
        folders by kind and year (\\fBunits/\\fR, \\fBpeople/\\fR, \\fBcampaigns/\\fR, \\fBclusters/\\fR,
        \\fBawards/\\fIYEAR\\fB/\\fR, \\fBproposals/\\fIYEAR\\fB/\\fR, \\fBscoring/\\fIYEAR\\fB/\\fR ...), \\fBaudit.log\\fR (one JSON line per change)
        and \\fB.lock\\fR.
        .SH EXIT STATUS
        0 success; 1 a problem with the data (named in the message); 2 wrong arguments.

        """
        return out
    }
}
