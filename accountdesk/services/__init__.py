"""Use-cases: what a person can do with AccountDesk, each one transaction, no Qt."""
