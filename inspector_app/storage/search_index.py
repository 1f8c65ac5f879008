"""Accent-free full-text index (FTS5) over visits, units, findings and items.

Text is folded before it is indexed and queries are folded the same way, so
"uy ban phuong ba dinh" finds "Ủy ban nhân dân phường Ba Đình" ("đ" → "d",
which SQLite's own diacritic removal does not do).
"""

from __future__ import annotations

import sqlite3

from ..text import fold, words

SEARCHABLE = ("visit", "org_unit", "finding", "checklist_item")

_TEXT_SQL = {
    "visit": """SELECT v.deleted, coalesce(v.title,'') || ' ' || coalesce(v.place,'') || ' '
                || coalesce(u.name,'') || ' ' || coalesce(u.short_name,'') || ' '
                || coalesce(u.code,'') || ' ' || coalesce(p.number,'')
                FROM visit v LEFT JOIN org_unit u ON u.id = v.unit_id
                LEFT JOIN plan p ON p.id = v.plan_id WHERE v.id = ?""",
    "org_unit": """SELECT deleted, coalesce(name,'') || ' ' || coalesce(short_name,'') || ' '
                   || coalesce(code,'') FROM org_unit WHERE id = ?""",
    "finding": "SELECT deleted, coalesce(text,'') FROM finding WHERE id = ?",
    "checklist_item": """SELECT deleted, coalesce(code,'') || ' ' || coalesce(text,'')
                         FROM checklist_item WHERE id = ?""",
}


def create(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE search_doc (rowid INTEGER PRIMARY KEY, entity TEXT NOT NULL,"
        " row_id TEXT NOT NULL UNIQUE)"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize='unicode61')"
    )


def update(conn: sqlite3.Connection, entity: str, row_id: str) -> None:
    """Re-index one row after a write; a deleted row leaves the index."""
    if entity not in _TEXT_SQL:
        return
    row = conn.execute(_TEXT_SQL[entity], (row_id,)).fetchone()
    found = conn.execute("SELECT rowid FROM search_doc WHERE row_id = ?", (row_id,)).fetchone()
    if found:
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", (found[0],))
    if row is None or row[0]:
        if found:
            conn.execute("DELETE FROM search_doc WHERE rowid = ?", (found[0],))
        return
    if found:
        rowid = found[0]
    else:
        rowid = conn.execute(
            "INSERT INTO search_doc (entity, row_id) VALUES (?, ?)", (entity, row_id)
        ).lastrowid
    conn.execute("INSERT INTO search_fts (rowid, body) VALUES (?, ?)", (rowid, fold(row[1])))
    if entity == "org_unit":
        # A visit is found by its unit's name: follow a rename.
        for (visit_id,) in conn.execute("SELECT id FROM visit WHERE unit_id = ?", (row_id,)).fetchall():
            update(conn, "visit", visit_id)


def reindex_all(conn: sqlite3.Connection) -> None:
    for entity in SEARCHABLE:
        for (row_id,) in conn.execute(f"SELECT id FROM {entity}").fetchall():
            update(conn, entity, row_id)


def match_expression(query: str) -> str | None:
    """An FTS5 expression: every folded word of `query`, as a prefix."""
    terms = words(query)
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms)


def search(conn: sqlite3.Connection, query: str, entities=SEARCHABLE, limit: int = 50):
    """(entity, row_id) pairs matching `query`, best first."""
    expression = match_expression(query)
    if expression is None:
        return []
    marks = ",".join("?" * len(entities))
    return conn.execute(
        f"""SELECT d.entity, d.row_id FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid
            WHERE search_fts MATCH ? AND d.entity IN ({marks})
            ORDER BY f.rank LIMIT ?""",
        (expression, *entities, limit),
    ).fetchall()
