"""Headquarters (issue 13): reporting periods and scopes, and the raw data export.

Read-only over the workspace: its SQL lives in `storage/hq_queries.py`, and
labels come from the services' own tables (kinds, statuses), so a code reads
the same in an export as on screen.
"""
