import TDKTText

public enum TDKTVersion { public static let string = "0.1.0" }
