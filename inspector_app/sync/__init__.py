"""Sync by bundle files: signed, encrypted, verified, merged without loss."""
