"""`storage.db.insert_many` stores exactly what `executemany` stores, in the
same order, whatever the number of rows: the import's bulk writes rely on it."""

from __future__ import annotations

import sqlite3

import pytest

from inspector_app.storage.db import insert_many

TABLE = "CREATE TABLE t (seq INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT, b INTEGER, c, d TEXT UNIQUE)"


def _rows(n: int) -> list[tuple]:
    return [(f"Ghi nhận {i} «đ»", i * 7, None if i % 3 else 1.5, f"id-{i:05d}") for i in range(n)]


def _stored(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT seq, a, b, c, d, typeof(a), typeof(b), typeof(c) FROM t ORDER BY seq").fetchall()


@pytest.mark.parametrize("n", [0, 1, 7, 8, 9, 40, 511, 512, 513, 700, 1000, 1064])
def test_many_rows_to_a_statement_store_what_executemany_stores(n):
    many, one = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for conn in (many, one):
        conn.execute(TABLE)
    insert_many(many, "INSERT INTO t (a, b, c, d) VALUES ", 4, _rows(n))
    one.executemany("INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)", _rows(n))
    assert _stored(many) == _stored(one) and len(_stored(many)) == n
    assert many.execute("SELECT seq FROM sqlite_sequence").fetchall() == \
        one.execute("SELECT seq FROM sqlite_sequence").fetchall()


def test_a_row_breaking_a_constraint_fails_the_call():
    conn = sqlite3.connect(":memory:")
    conn.execute(TABLE)
    rows = _rows(600)
    rows[550] = rows[3]                                     # a `d` twice
    with pytest.raises(sqlite3.IntegrityError):
        insert_many(conn, "INSERT INTO t (a, b, c, d) VALUES ", 4, rows)


def test_a_low_variable_limit_is_respected():
    conn = sqlite3.connect(":memory:")
    conn.execute(TABLE)
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 100)   # 25 rows of 4 at most
    insert_many(conn, "INSERT INTO t (a, b, c, d) VALUES ", 4, _rows(300))
    assert [row[4] for row in _stored(conn)] == [row[3] for row in _rows(300)]
