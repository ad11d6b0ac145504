import TDKTCore

/// Foundation also has a `Unit`; in this module the name means the domain's organisational unit.
typealias Unit = TDKTCore.Unit
