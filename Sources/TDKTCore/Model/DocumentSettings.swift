import Foundation
import TDKTText

/// Who signs a document and with what authority (Decree 30/2020, appendix I: "TM.", "KT.", "Q.", "TL.", "TUQ.").
public struct DocumentSigner: Sendable, Equatable, Codable {
    public enum Authority: String, Sendable, Codable, CaseIterable {
        /// The head signs in their own name.
        case none
        /// Ký thay: a deputy for the head ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC").
        case kt
        /// Quyền: an acting head ("Q. GIÁM ĐỐC").
        case q
        /// Thừa lệnh: a head of department by the head's order ("TL. GIÁM ĐỐC" over "CHÁNH VĂN PHÒNG").
        case tl
        /// Thừa ủy quyền.
        case tuq
    }

    /// A short key to choose the signer by ("giam-doc", "pho-giam-doc").
    public var id: String
    public var authority: Authority
    /// For a collective body signing (Ủy ban nhân dân): "ỦY BAN NHÂN DÂN" gives the line "TM. ỦY BAN NHÂN DÂN".
    public var collective: String?
    /// The head's title the authority refers to ("GIÁM ĐỐC", "CHỦ TỊCH").
    public var head: String
    /// The signer's own title ("PHÓ GIÁM ĐỐC"); for `.none`, the head's title.
    public var title: String
    public var name: String

    public init(id: String, authority: Authority = .none, collective: String? = nil, head: String = "", title: String, name: String) {
        self.id = id; self.authority = authority; self.collective = collective; self.head = head; self.title = title; self.name = name
    }

    /// The lines above the signature, in capitals.
    public var lines: [String] {
        let up = { (s: String) in TextNormalization.clean(s).uppercased() }
        var out: [String] = []
        if let c = collective, !c.isEmpty { out.append("TM. " + up(c)) }
        let head = self.head.isEmpty ? title : self.head
        switch authority {
        case .none: out.append(up(title))
        case .kt: out += ["KT. " + up(head), up(title)]
        case .q: out.append("Q. " + up(head))
        case .tl: out += ["TL. " + up(head), up(title)]
        case .tuq: out += ["TUQ. " + up(head), up(title)]
        }
        return out.filter { !$0.isEmpty }
    }
}

/// The office's settings for the documents it prints: the symbol after the number, signers, recipients,
/// printer and copies, and the folder reports are saved to. Kept in config.json; edited with `tdkt settings`
/// or the settings screen.
public struct DocumentSettings: Sendable, Equatable, Codable {
    /// "SNV" in "Số: 12/BC-SNV"; nil derives it from the office's name.
    public var issuerAbbreviation: String?
    public var signers: [DocumentSigner]
    /// The signer used unless another is chosen; nil: the first.
    public var defaultSigner: String?
    /// Nơi nhận; nil uses the usual recipients of a year-end summary.
    public var recipients: [String]?
    /// The CUPS queue (`lp -d`); nil: the system's default printer.
    public var printer: String?
    public var copies: Int?
    /// Where the save form starts; nil: the clerk's home folder.
    public var reportsFolder: String?

    public init(issuerAbbreviation: String? = nil, signers: [DocumentSigner] = [], defaultSigner: String? = nil,
                recipients: [String]? = nil, printer: String? = nil, copies: Int? = nil, reportsFolder: String? = nil) {
        self.issuerAbbreviation = issuerAbbreviation; self.signers = signers; self.defaultSigner = defaultSigner
        self.recipients = recipients; self.printer = printer; self.copies = copies; self.reportsFolder = reportsFolder
    }

    /// The signer with an id, or the default one.
    public func signer(_ id: String? = nil) -> DocumentSigner? {
        if let id { return signers.first { $0.id == id } }
        if let d = defaultSigner, let s = signers.first(where: { $0.id == d }) { return s }
        return signers.first
    }
}
