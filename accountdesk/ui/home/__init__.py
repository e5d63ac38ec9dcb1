"""The home view: what falls due this week, and the notifications of it."""
