"""SQLite storage: tables, opening and migrating the database, search index."""
