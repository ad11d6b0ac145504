import TDKTCommands

Program.main()
