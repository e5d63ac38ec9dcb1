"""The service file's vocabulary and rules, in plain Python (no Qt, no database)."""
