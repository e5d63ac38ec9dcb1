"""`python -m accountdesk`: the same as the `accountdesk` command."""

from accountdesk.cli.main import program

raise SystemExit(program())
