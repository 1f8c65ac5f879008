"""SQL of the headquarters' Overview (issue 13, point 1): each view is one query over the
visits of a window and a scope (`hq_queries._SCOPED`), and each of its numbers can be
listed as the visits behind it with the same facts (`drill`).

The meaning of an answer is not decided here: the core (`hq/overview_rules.py`) reads
the checklists' items with `checklists.answer_types` and passes, as JSON parameters,

- `bad`: [item id, stored value] pairs that are a shortcoming (own answers, and answers
  of records' fields alike);
- `breach`: [field item id, stored value, target item id]: a record's answer that makes
  an item of its checklist non-compliant (`checklists.breaches`);
- `cond`: [item id, condition item id, stored value]: an item applies only when the item
  of its condition (same section, same record) holds one of these values;
- `na`: the stored "Không áp dụng";
- `sections`: ids of the repeatable sections a records' view covers;
- `late`: ids of the items that say a case file is late.

so that the counts here are those of `checklists/counts.visit_counts`, summed over
visits (tests/core/hq/test_overview.py checks it on a fixture). A pair is matched as
`item_id || value` (item ids are UUIDs of one length, so the text is unambiguous): SQLite
answers that three times faster than a row value `(item_id, value) IN (…)`.

Every view returns facts `(visit_id, key, n)` grouped by `key`; `drill(view, key)`
lists the visits of one key. Values are compared as the stored JSON text.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from .hq_queries import _SCOPED, Scope, _params

# An item (or a record's field) applies when it has no condition, or when the answer its
# condition names (same visit, same record or both none) holds an allowed value.
_APPLIES = """({o}.item_id NOT IN (SELECT item_id FROM cond)
   OR EXISTS (SELECT 1 FROM cond c JOIN observation q ON q.visit_id = {o}.visit_id
              AND q.item_id = c.cond_item AND q.deleted = 0 AND q.value = c.value
              AND q.record_id IS {o}.record_id
              WHERE c.item_id = {o}.item_id))"""

_RULES = """,
bad(item_id, value, pair) AS MATERIALIZED (
    SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
           json_extract(j.value, '$[0]') || json_extract(j.value, '$[1]') FROM json_each(:bad) j),
breach(item_id, value, target, pair) AS MATERIALIZED (
    SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'),
           json_extract(j.value, '$[0]') || json_extract(j.value, '$[1]') FROM json_each(:breach) j),
cond(item_id, cond_item, value) AS MATERIALIZED (SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
                                           json_extract(j.value, '$[2]') FROM json_each(:cond) j)"""

# Per visit and ordinary item: checked (answered other than "Không áp dụng", or breached by
# records) and non-compliant (own answer a shortcoming, or breached), as counts.py says.
# (counts.py counts the items of the checklists a visit holds: a visit's checklists are set
# when it is created and an answer to an item of another is refused, so every answer is.)
# Only the items of `:only` (the item or the area a drill down lists): the index then finds
# their answers by item, not every answer of the window.
_ITEM_FACTS = _RULES + """,
only_items(item_id) AS MATERIALIZED (SELECT j.value FROM json_each(:only) j),
own AS MATERIALIZED (
    SELECT o.visit_id, o.item_id, o.item_id || o.value IN (SELECT pair FROM bad) AS nc
    FROM scoped s
    CROSS JOIN observation o ON o.visit_id = s.id AND o.record_id IS NULL
        AND o.item_id IN (SELECT item_id FROM only_items) AND o.deleted = 0
    WHERE o.value IS NOT NULL AND o.value <> :na AND """ + _APPLIES.format(o="o") + """
),
derived AS MATERIALIZED (
    -- the breaching answers of the listed items' rules, found by field and value (as
    -- DERIVED_PAIRS below), not among every record answer of the window's visits
    SELECT DISTINCT o.visit_id, b.target AS item_id
    FROM breach b
    CROSS JOIN observation o INDEXED BY observation_record_value ON o.item_id = b.item_id AND o.value = b.value
        AND o.record_id IS NOT NULL AND o.deleted = 0
    JOIN scoped s ON s.id = o.visit_id
    JOIN section_record r ON r.id = o.record_id AND r.deleted = 0
    WHERE b.target IN (SELECT item_id FROM only_items) AND """ + _APPLIES.format(o="o") + """
),
facts_all(visit_id, item_id, nc) AS (
    SELECT visit_id, item_id, max(nc) FROM (
        SELECT visit_id, item_id, nc FROM own
        UNION ALL SELECT d.visit_id, d.item_id, 1 FROM derived d
          WHERE d.item_id NOT IN (SELECT item_id FROM cond)
             OR EXISTS (SELECT 1 FROM cond c JOIN observation q ON q.visit_id = d.visit_id
                        AND q.item_id = c.cond_item AND q.deleted = 0 AND q.value = c.value
                        AND q.record_id IS NULL WHERE c.item_id = d.item_id))
    GROUP BY visit_id, item_id
),
item_facts AS MATERIALIZED (
    SELECT f.visit_id, f.item_id, f.nc, i.code AS item_code, i.text AS item_text, i.position AS item_position,
           sec.code AS area_code, sec.title AS area_title, sec.position AS area_position,
           ct.code AS checklist_code, ct.title AS checklist_title
    FROM facts_all f
    JOIN checklist_item i ON i.id = f.item_id
    JOIN checklist_section sec ON sec.id = i.section_id AND NOT coalesce(sec.repeatable, 0)
    JOIN checklist_template ct ON ct.id = i.template_id
)"""

# Live records of the chosen repeatable sections (`:sections`), and the answers of their
# fields that a view counts.
_RECORD_ROWS = _RULES + """,
chosen(section_id) AS (SELECT j.value FROM json_each(:sections) j),
late(item_id) AS (SELECT j.value FROM json_each(:late) j),
counted(item_id) AS (SELECT j.value FROM json_each(:fields) j),
grouped(item_id, field) AS MATERIALIZED (SELECT j.key, j.value FROM json_each(:groups) j),
records AS MATERIALIZED (
    SELECT r.id AS record_id, r.visit_id, r.section_id
    FROM scoped s
    CROSS JOIN section_record r ON r.visit_id = s.id AND r.section_id IN (SELECT section_id FROM chosen)
    WHERE r.deleted = 0
)"""
_RECORDS = _RECORD_ROWS + """,
answers AS MATERIALIZED (
    SELECT r.record_id, r.visit_id, r.section_id, o.item_id, o.value,
           coalesce(g.field, o.item_id) AS field,
           o.item_id || o.value IN (SELECT pair FROM bad) AS nc,
           o.item_id IN (SELECT item_id FROM late) AND o.value = 'true' AS is_late
    FROM records r
    JOIN observation o ON o.visit_id = r.visit_id AND o.record_id = r.record_id AND o.deleted = 0
    LEFT JOIN grouped g ON g.item_id = o.item_id
    -- only the answers a view counts (a shortcoming, a late file, a field asked for): a
    -- year's records hold 100,000 answers, of which a few thousand are counted
    WHERE o.value IS NOT NULL
      AND ((o.value IN (SELECT value FROM bad) AND o.item_id || o.value IN (SELECT pair FROM bad))
           OR o.item_id IN (SELECT item_id FROM late)
           OR o.item_id IN (SELECT item_id FROM counted))
      AND """ + _APPLIES.format(o="o") + """
)"""

# view → (the rules its facts need, the facts `(visit_id, key, n)`)
FACTS = {
    # Visits by kind and state: planned = every visit of the window; done = concluded or later.
    "visits": ("", """
facts AS (
    SELECT id AS visit_id, coalesce(kind, '') || '/' || CASE
        WHEN status IN ('concluded', 'minutes_signed', 'exported', 'received') THEN 'done'
        WHEN status = 'in_progress' THEN 'in_progress' ELSE 'not_started' END AS key, 1 AS n
    FROM scoped
)"""),
    # Per area (checklist code / section code): items checked (n) ...
    "area_checked": (_ITEM_FACTS, """,
facts AS (SELECT visit_id, checklist_code || '/' || area_code AS key, count(*) AS n
          FROM item_facts GROUP BY visit_id, key)"""),
    # ... and items non-compliant.
    "area_failed": (_ITEM_FACTS, """,
facts AS (SELECT visit_id, checklist_code || '/' || area_code AS key, count(*) AS n
          FROM item_facts WHERE nc GROUP BY visit_id, key)"""),
    # Per item (checklist code / item code): checked, and failed.
    "item_checked": (_ITEM_FACTS, """,
facts AS (SELECT visit_id, checklist_code || '/' || item_code AS key, 1 AS n FROM item_facts)"""),
    "item_failed": (_ITEM_FACTS, """,
facts AS (SELECT visit_id, checklist_code || '/' || item_code AS key, 1 AS n FROM item_facts WHERE nc)"""),
    # Rows of records' tables: all rows ("rows"), rows with a shortcoming ("flagged"),
    # late files ("late"), and per field and answer ("<field>=<value>") that is a
    # shortcoming or of a field in `:fields` (citizens' answers); a field is its item id,
    # or the name `:groups` ({item id: name}) gives it: one question of several checklists.
    "records": (_RECORDS, """,
facts AS (
    SELECT visit_id, 'rows' AS key, count(*) AS n FROM records GROUP BY visit_id
    UNION ALL SELECT visit_id, 'flagged', count(DISTINCT record_id) FROM answers WHERE nc GROUP BY visit_id
    UNION ALL SELECT visit_id, 'late', count(DISTINCT record_id) FROM answers WHERE is_late GROUP BY visit_id
    UNION ALL SELECT visit_id, field || '=' || value, count(*) FROM answers
              WHERE nc OR item_id IN (SELECT item_id FROM counted) GROUP BY visit_id, field, value
)"""),
    # Visits the core picked (`:ids`, {visit id: n}): the requests by effective status.
    "listed": ("", """
facts AS (SELECT s.id AS visit_id, 'listed' AS key, j.value AS n
          FROM scoped s JOIN json_each(:ids) j ON j.key = s.id)"""),
    # Requests made at the visits, by status as stored.
    "requests": ("", """
facts AS (SELECT r.visit_id, coalesce(r.status, 'open') AS key, count(*) AS n
          FROM scoped s CROSS JOIN request r ON r.visit_id = s.id AND r.deleted = 0
          GROUP BY r.visit_id, key)"""),
}

_DEFAULTS = {"bad": "[]", "breach": "[]", "cond": "[]", "na": "", "sections": "[]", "late": "[]", "ids": "{}",
             "fields": "[]", "groups": "{}", "only": "[]"}


def _sql(view: str, tail: str) -> str:
    rules, facts = FACTS[view]
    joiner = "" if rules else ","
    return _SCOPED + rules + joiner + facts + tail


def _all_params(first: str, last: str, scope: Scope, rules: dict | None) -> dict:
    return {**_params(first, last, scope), **_DEFAULTS, **(rules or {})}


def totals(conn: sqlite3.Connection, view: str, first: str, last: str, scope: Scope = None,
           rules: dict | None = None) -> dict[str, tuple[int, int]]:
    """key → (visits, sum of n) of `view` over the window and the scope."""
    cursor = conn.execute(_sql(view, "\nSELECT key, count(DISTINCT visit_id), sum(n) FROM facts GROUP BY key"),
                          _all_params(first, last, scope, rules))
    return {key: (visits, int(n or 0)) for key, visits, n in cursor}


def record_totals(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None,
                  rules: dict | None = None) -> dict[str, tuple[int | None, int]]:
    """The numbers of the "records" view in one pass, key → (visits, n): "rows" (records),
    "flagged" and "late" (records), "<field>=<value>" (answers; visits are counted for
    shortcomings only, None for the other answers of `:fields`)."""
    cursor = conn.execute(_SCOPED + _RECORDS + """
SELECT 'rows', count(DISTINCT visit_id), count(*) FROM records
UNION ALL SELECT 'flagged', count(DISTINCT visit_id), count(DISTINCT record_id) FROM answers WHERE nc
UNION ALL SELECT 'late', count(DISTINCT visit_id), count(DISTINCT record_id) FROM answers WHERE is_late
UNION ALL SELECT field || '=' || value, count(DISTINCT visit_id), count(*) FROM answers WHERE nc
          GROUP BY field, value
UNION ALL SELECT field || '=' || value, NULL, count(*) FROM answers
          WHERE NOT nc AND item_id IN (SELECT item_id FROM counted) GROUP BY field, value""",
                          _all_params(first, last, scope, rules))
    return {key: (visits, n) for key, visits, n in cursor}


def answer_counts(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None,
                  rules: dict | None = None) -> tuple[int, int, Counter]:
    """(records, visits with records, Counter of (item id, stored value) → answers) of the
    chosen sections' live records, for the fields of `:fields` whose condition holds.
    Each record's answers are read in the index's order and the counted ones kept (`+`: not
    one search per field, 30 % slower on a year's 3,000 interviews), then grouped by SQLite."""
    cursor = conn.execute(_SCOPED + _RECORD_ROWS + """
SELECT NULL, count(*), count(DISTINCT visit_id) FROM records
UNION ALL
SELECT o.item_id, o.value, count(*) FROM records r
JOIN observation o ON o.visit_id = r.visit_id AND o.record_id = r.record_id AND +o.deleted = 0
WHERE +o.item_id IN (SELECT item_id FROM counted) AND o.value IS NOT NULL AND """ + _APPLIES.format(o="o") + """
GROUP BY o.item_id, o.value""", _all_params(first, last, scope, rules))
    _none, rows, visits = next(cursor)
    return rows, visits, Counter({(item_id, value): n for item_id, value, n in cursor})


def item_values(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None,
                rules: dict | None = None) -> Counter:
    """Counter of (item id, stored value, applies) → answers, for the answers outside
    records ("Không áp dụng" included): the core judges each value once. `applies` is 0
    for answers of an item whose condition fails (counts.applicable skips them); `:cond`
    need only name the items outside records (the built-in checklists' conditions are all
    in records: then no answer is tested for one, a fifth of the time). Counted in Python:
    as fast as SQLite's GROUP BY on a year's 53,000 rows."""
    params = _all_params(first, last, scope, rules)
    if params["cond"] in ("[]", ""):
        cursor = conn.execute(_SCOPED + """
SELECT o.item_id, o.value
FROM scoped s
CROSS JOIN observation o ON o.visit_id = s.id AND o.record_id IS NULL AND o.deleted = 0 AND o.value IS NOT NULL""",
                              params)
        return Counter({(item_id, value, 1): n for (item_id, value), n in Counter(cursor).items()})
    cursor = conn.execute(_SCOPED + _RULES + """
SELECT o.item_id, o.value, CASE WHEN o.item_id IN (SELECT item_id FROM cond) THEN """ + _APPLIES.format(o="o") + """
       ELSE 1 END
FROM scoped s
CROSS JOIN observation o ON o.visit_id = s.id AND o.record_id IS NULL AND o.deleted = 0 AND o.value IS NOT NULL""",
                          params)
    return Counter(cursor)


# `derived_pairs`' query: the answers of each breaching pair (field, value) found by one
# search each in `observation_record_value`, then kept if their visit is the window's:
# its cost follows the breaching answers of every year, a few thousand, not the window's
# records' answers (a year's 100,000: 18 ms by visit). INDEXED BY: left to itself,
# SQLite took the covering index by visit.
DERIVED_PAIRS = _SCOPED + _RULES + """
SELECT DISTINCT o.visit_id, b.target,
       (SELECT q.value FROM observation q WHERE q.visit_id = o.visit_id AND q.record_id IS NULL
        AND q.item_id = b.target AND q.deleted = 0) AS own
FROM breach b
CROSS JOIN observation o INDEXED BY observation_record_value ON o.item_id = b.item_id AND o.value = b.value
    AND o.record_id IS NOT NULL AND o.deleted = 0
JOIN scoped s ON s.id = o.visit_id
JOIN section_record r ON r.id = o.record_id AND r.deleted = 0
WHERE """ + _APPLIES.format(o="o")


def derived_pairs(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None,
                  rules: dict | None = None) -> list[tuple[str, str, str | None]]:
    """(visit id, item id, the item's own stored answer or None) of every item that live
    records breach at a visit (`breach`, their fields' conditions holding), once per pair.
    The breaching answers are found by field and value (`observation_record_value`,
    migration 11), not among every record's answers of the window."""
    cursor = conn.execute(DERIVED_PAIRS, _all_params(first, last, scope, rules))
    return [tuple(row) for row in cursor]


def condition_values(conn: sqlite3.Connection, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(visit id, item id) → the stored answer outside records, for these pairs."""
    out: dict[tuple[str, str], str] = {}
    for visit_id, item_id in pairs:
        row = conn.execute("SELECT value FROM observation WHERE visit_id = ? AND record_id IS NULL AND item_id = ?"
                           " AND deleted = 0", (visit_id, item_id)).fetchone()
        if row and row[0] is not None:
            out[(visit_id, item_id)] = row[0]
    return out


def drill(conn: sqlite3.Connection, view: str, keys: list[str], first: str, last: str, scope: Scope = None,
          rules: dict | None = None) -> list[dict]:
    """The visits behind `keys` of `view` (any of them), by day then id, each with `n` (the
    sum of the facts of those keys at that visit), its unit, plan and team."""
    params = _all_params(first, last, scope, rules)
    marks = ", ".join(f":k{i}" for i in range(len(keys))) or "NULL"
    params.update({f"k{i}": key for i, key in enumerate(keys)})
    cursor = conn.execute(_sql(view, f"""
SELECT s.id, s.title, s.kind, s.status, s.day, u.name AS unit_name, p.number AS plan_number,
       t.name AS team_name, f.n
FROM (SELECT visit_id, sum(n) AS n FROM facts WHERE key IN ({marks}) GROUP BY visit_id) f
JOIN scoped s ON s.id = f.visit_id
LEFT JOIN org_unit u ON u.id = s.unit_id
LEFT JOIN plan p ON p.id = s.plan_id
LEFT JOIN team t ON t.id = s.team_id
ORDER BY s.day, s.id"""), params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def templates_in(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> list[str]:
    """Ids of the checklist versions the window's visits hold."""
    cursor = conn.execute(_SCOPED + """
SELECT DISTINCT vc.template_id FROM scoped s
CROSS JOIN visit_checklist vc ON vc.visit_id = s.id AND vc.deleted = 0 ORDER BY 1""", _params(first, last, scope))
    return [row[0] for row in cursor]
