"""The supporter's card: a compact read-only view for a phone call."""
