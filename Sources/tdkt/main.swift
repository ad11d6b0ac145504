import TDKTCore
print("tdkt \(TDKTVersion.string)")
