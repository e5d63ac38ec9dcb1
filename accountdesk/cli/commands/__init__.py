"""One module per command, each with `add_parser(subparsers)` and `run(args) -> int`.

A new command is a new module here plus one entry in `accountdesk.cli.main.COMMANDS`.
"""
