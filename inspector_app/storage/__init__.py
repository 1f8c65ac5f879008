"""SQLite storage: the only place in the project that writes SQL."""
