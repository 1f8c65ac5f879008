"""Accent-free full-text index (FTS5) over visits, units, findings and items.

Text is folded before it is indexed and queries are folded the same way, so
"uy ban phuong ba dinh" finds "Ủy ban nhân dân phường Ba Đình" ("đ" → "d",
which SQLite's own diacritic removal does not do).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator

from ..text import fold, words
from .db import insert_many

SEARCHABLE = ("visit", "org_unit", "finding", "checklist_item")

# The searchable text of a row of these entities is its own columns, joined
# by spaces (a missing one is empty); `own_body` builds it from the values a
# bulk import is writing, the SQL below from the table, both from this list.
OWN_TEXT = {"org_unit": ("name", "short_name", "code"), "finding": ("text",), "checklist_item": ("code", "text")}


def _joined(columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({column},'')" for column in columns)


# For each entity: the row's id column, its tombstone and its searchable text, and the tables they come from.
_SOURCES = {
    "visit": ("v.id", "v.deleted", """coalesce(v.title,'') || ' ' || coalesce(v.place,'') || ' '
                || coalesce(u.name,'') || ' ' || coalesce(u.short_name,'') || ' '
                || coalesce(u.code,'') || ' ' || coalesce(p.number,'')""",
              "visit v LEFT JOIN org_unit u ON u.id = v.unit_id LEFT JOIN plan p ON p.id = v.plan_id"),
    **{entity: ("id", "deleted", _joined(columns), entity) for entity, columns in OWN_TEXT.items()},
}
_TEXT_SQL = {entity: f"SELECT {deleted}, {text} FROM {tables} WHERE {id_column} = ?"
             for entity, (id_column, deleted, text, tables) in _SOURCES.items()}
_SOME_SQL = {entity: f"SELECT {id_column}, {deleted}, {text} FROM {tables} WHERE {id_column} IN"
             for entity, (id_column, deleted, text, tables) in _SOURCES.items()}
_ALL_SQL = {entity: f"SELECT {id_column}, {text} FROM {tables} WHERE {deleted} = 0"
            for entity, (id_column, deleted, text, tables) in _SOURCES.items()}


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
    if entity in FOLDED:
        refold(conn, entity, [row_id])
        return
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


_CHUNK = 500                     # ids in one `IN (...)` query
# A visit's text holds its unit's and its plan's: new ones re-index the visits naming them.
_VISITS_OF = {"org_unit": "SELECT id FROM visit WHERE unit_id IN", "plan": "SELECT id FROM visit WHERE plan_id IN"}


def _chunks(ids: list[str]) -> Iterator[tuple[list[str], str]]:
    """`ids` in lists of _CHUNK, each with its "(?,?,…)"."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        yield chunk, f"({','.join('?' * len(chunk))})"


def add_new(conn: sqlite3.Connection, rows: list[tuple[str, str]],
            one: Callable[[sqlite3.Connection, str, str], None]) -> None:
    """Index `rows` ((entity, row id), all already written) as calling
    `update` on each would, in a few statements per 500 rows: for rows new
    here (storage/bulk_merge.py). The index ends the same; only the order of
    the new documents' rowids may differ (they follow `rows`).

    `one(conn, entity, row_id)` re-indexes one row: it takes the rows that
    already have a document (a leftover) and the visits held before whose
    text changes because their unit or plan is among `rows`. Requests' own
    texts are folded (`refold`, new or held alike); other entities (and plans'
    own rows) are not indexed. (New rows whose documents are made with them
    take `add_prepared`.)"""
    new = set(rows)
    by_entity: dict[str, list[str]] = {}
    for entity, row_id in rows:
        by_entity.setdefault(entity, []).append(row_id)
    later: list[tuple[str, str]] = []
    docs: list[tuple[int, str, str]] = []
    bodies: list[tuple[int, str]] = []
    rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()[0]
    for entity, row_ids in by_entity.items():
        if entity in FOLDED:
            refold(conn, entity, row_ids)
        if entity in _SOME_SQL:
            for chunk, marks in _chunks(row_ids):
                indexed = {r[0] for r in conn.execute(f"SELECT row_id FROM search_doc WHERE row_id IN {marks}",
                                                      chunk)}
                texts = {r[0]: r[1:] for r in conn.execute(f"{_SOME_SQL[entity]} {marks}", chunk)}
                for row_id in chunk:
                    if row_id in indexed:
                        later.append((entity, row_id))
                        continue
                    found = texts.get(row_id)
                    if found is None or found[0]:          # a deleted row is not indexed
                        continue
                    rowid += 1
                    docs.append((rowid, entity, row_id))
                    bodies.append((rowid, fold(found[1])))
        if entity in _VISITS_OF:
            for chunk, marks in _chunks(row_ids):
                later += [("visit", r[0]) for r in conn.execute(f"{_VISITS_OF[entity]} {marks}", chunk)
                          if ("visit", r[0]) not in new]
    insert_many(conn, "INSERT INTO search_doc (rowid, entity, row_id) VALUES ", 3, docs)
    conn.executemany("INSERT INTO search_fts (rowid, body) VALUES (?, ?)", bodies)
    for entity, row_id in dict.fromkeys(later):            # once each, in order
        one(conn, entity, row_id)


# Entities whose new rows' documents a bulk import may take ready-made (`add_prepared`):
# their text is their own, and no visit's text holds it.
PREPARED = frozenset(OWN_TEXT) - frozenset(_VISITS_OF)


def own_body(entity: str, values: dict) -> str | None:
    """The document of a new row of `entity` (a member of PREPARED) holding
    `values`, as `add_new` indexes it; None for a deleted row (not indexed)."""
    if values.get("deleted"):
        return None
    return fold(" ".join(values.get(column) or "" for column in OWN_TEXT[entity]))


def folded_row(entity: str, row_id: str, values: dict) -> tuple:
    """The `request_search` row of a new row of `entity` (a key of FOLDED)
    holding `values`, as `refold` writes it from the table."""
    return _folded_rows([(row_id, *(values.get(name) for name in _FOLDED_IDS),
                          *(values.get(name) for name in FOLDED[entity]))])[0]


def add_prepared(conn: sqlite3.Connection, ids: dict[str, list[str]], bodies: dict[str, tuple[list[str], list[str]]],
                 folded: dict[str, list[tuple]], one: Callable[[sqlite3.Connection, str, str], None]) -> None:
    """`add_new` for new rows (`ids`, by entity, all written) whose documents
    were made with them: `bodies[entity]` (ids, folded texts) for the
    entities of PREPARED, without their deleted rows; `folded[entity]` the
    `request_search` rows of the entities of FOLDED (`folded_row`). The
    other entities go through `add_new`. The index ends as `add_new` leaves it."""
    others: list[tuple[str, str]] = []
    docs: list[tuple[int, str, str]] = []
    texts: list[tuple[int, str]] = []
    later: list[tuple[str, str]] = []
    rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()[0]
    for entity, row_ids in ids.items():
        if entity in FOLDED:
            insert_many(conn, _FOLDED_MANY, 5, folded.get(entity, []))
        if entity not in PREPARED:
            if entity not in FOLDED or entity in _SOME_SQL or entity in _VISITS_OF:
                others += [(entity, row_id) for row_id in row_ids]
            continue
        with_text, made = bodies.get(entity, ((), ()))
        indexed: set[str] = set()
        for chunk, marks in _chunks(row_ids):          # a leftover document of the id: re-indexed by `one`
            indexed.update(r[0] for r in conn.execute(f"SELECT row_id FROM search_doc WHERE row_id IN {marks}",
                                                      chunk))
        if indexed:
            later += [(entity, row_id) for row_id in row_ids if row_id in indexed]
            kept = [(row_id, body) for row_id, body in zip(with_text, made, strict=True) if row_id not in indexed]
            with_text, made = [k[0] for k in kept], [k[1] for k in kept]
        first = rowid + 1
        rowid += len(with_text)
        numbers = range(first, rowid + 1)
        docs += zip(numbers, [entity] * len(with_text), with_text, strict=True)
        texts += zip(numbers, made, strict=True)
    insert_many(conn, "INSERT INTO search_doc (rowid, entity, row_id) VALUES ", 3, docs)
    conn.executemany("INSERT INTO search_fts (rowid, body) VALUES (?, ?)", texts)
    for entity, row_id in later:
        one(conn, entity, row_id)
    if others:
        add_new(conn, others, one)


# -- own texts folded, for the register of requests (migration 11) --------------------------
#
# The register (hq/register.py) finds a request when every word of a search is in its
# texts, accents and case ignored, anywhere in a word ("yet" in "niêm yết"): a substring
# of the folded texts, not FTS's tokens. The names it also looks in (units, items, plans,
# teams: a few hundred) it folds itself; a request's own texts are folded here when the
# row is written (`request_search`, with the ids the names hang on), so a search reads
# one table.
FOLDED = {"request": ("text", "responsible", "report_number", "status_reason")}
_FOLDED_IDS = ("visit_id", "responsible_unit_id", "item_id")
_FOLDED_SQL = f"SELECT id, {', '.join(_FOLDED_IDS)}, {', '.join(FOLDED['request'])} FROM request"
_FOLDED_MANY = "INSERT OR REPLACE INTO request_search (request_id, visit_id, unit_id, item_id, body) VALUES "
_FOLDED_INSERT = _FOLDED_MANY + "(?, ?, ?, ?, ?)"


def fold_text(text: str | None) -> str:
    """A text as the register searches it: lower case, no diacritics, "đ" → "d"; other
    non-ASCII signs (dashes, quotes) dropped, in the text and the query alike. The
    decomposed text encoded to ASCII drops every mark in C (text.fold's letters, faster)."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")) \
        .encode("ascii", "ignore").decode("ascii").lower()


def folded_body(values: Iterable[str | None]) -> str:
    """The stored form of a row's own texts: each folded, joined by newlines (a search's
    word holds no whitespace, so it never matches across two of them)."""
    return "\n".join(fold_text(value) for value in values)


def _folded_rows(rows: Iterable[tuple]) -> list[tuple]:
    n = len(_FOLDED_IDS) + 1
    return [(*row[:n], folded_body(row[n:])) for row in rows]


def create_folded(conn: sqlite3.Connection) -> None:
    """Make `request_search` (each request's visit, responsible unit, item and own texts
    folded) and fill it (migration 11)."""
    conn.execute("CREATE TABLE request_search (request_id TEXT PRIMARY KEY, visit_id TEXT, unit_id TEXT,"
                 " item_id TEXT, body TEXT NOT NULL)")
    conn.executemany(_FOLDED_INSERT, _folded_rows(conn.execute(_FOLDED_SQL)))


def refold(conn: sqlite3.Connection, entity: str, row_ids: list[str]) -> None:
    """Fold again the own texts of these rows of `entity` (a key of FOLDED) after a write;
    a row that is not there leaves the table (a deleted one stays: the register reads only
    the live requests it lists)."""
    for chunk, marks in _chunks(row_ids):
        rows = conn.execute(f"{_FOLDED_SQL} WHERE id IN {marks}", chunk).fetchall()
        conn.executemany(_FOLDED_INSERT, _folded_rows(rows))
        if len(rows) < len(chunk):
            held = {row[0] for row in rows}
            conn.executemany("DELETE FROM request_search WHERE request_id = ?",
                             [(row_id,) for row_id in chunk if row_id not in held])


def reindex_all(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index (migration 2, a repair) with sqlite-utils' bulk inserts."""
    from .db import utils

    conn.execute("DELETE FROM search_fts")
    conn.execute("DELETE FROM search_doc")
    docs: list[dict] = []
    bodies: list[dict] = []
    for entity in SEARCHABLE:
        for row_id, text in conn.execute(_ALL_SQL[entity]):
            docs.append({"rowid": len(docs) + 1, "entity": entity, "row_id": row_id})
            bodies.append({"rowid": len(docs), "body": fold(text)})
    db = utils(conn)
    db["search_doc"].insert_all(docs, batch_size=500)
    db["search_fts"].insert_all(bodies, batch_size=500)


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
