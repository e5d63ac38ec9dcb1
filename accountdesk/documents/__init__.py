"""Documents AccountDesk writes: the right-to-left text engine and the summary PDF."""
