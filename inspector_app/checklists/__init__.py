"""Checklist templates as data: file format, answer types and validation."""
