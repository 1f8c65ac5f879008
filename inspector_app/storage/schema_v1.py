"""Schema version 1, frozen: the state tables, the op log and local tables.

Never edit this file; change the schema with a new migration.
"""

SQL = """
CREATE TABLE person (
    id TEXT PRIMARY KEY,
    name TEXT,
    position TEXT,
    agency TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE org_unit (
    id TEXT PRIMARY KEY,
    name TEXT,
    short_name TEXT,
    kind TEXT,
    code TEXT,
    legacy_codes TEXT,
    parent_id TEXT,
    valid_from TEXT,
    valid_to TEXT,
    successor_ids TEXT,
    place_name TEXT,
    address TEXT,
    added_locally INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE legal_document (
    id TEXT PRIMARY KEY,
    ref TEXT,
    number TEXT,
    kind TEXT,
    issuer TEXT,
    issued_on TEXT,
    title TEXT,
    effective_from TEXT,
    effective_to TEXT,
    replaced_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE checklist_template (
    id TEXT PRIMARY KEY,
    code TEXT,
    version INTEGER,
    kind TEXT,
    title TEXT,
    description TEXT,
    status TEXT,
    source TEXT,
    based_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE checklist_section (
    id TEXT PRIMARY KEY,
    template_id TEXT,
    position INTEGER,
    code TEXT,
    title TEXT,
    repeatable INTEGER,
    record_label TEXT,
    guidance TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE checklist_item (
    id TEXT PRIMARY KEY,
    template_id TEXT,
    section_id TEXT,
    position INTEGER,
    code TEXT,
    text TEXT,
    answer_type TEXT,
    required INTEGER,
    points REAL,
    max_score REAL,
    choices TEXT,
    unit TEXT,
    evidence_required INTEGER,
    guidance TEXT,
    legal_basis TEXT,
    condition TEXT,
    derive TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE plan (
    id TEXT PRIMARY KEY,
    number TEXT,
    title TEXT,
    issuer TEXT,
    issued_on TEXT,
    year INTEGER,
    legal_basis TEXT,
    decision TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE team (
    id TEXT PRIMARY KEY,
    plan_id TEXT,
    name TEXT,
    decision TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE team_member (
    id TEXT PRIMARY KEY,
    team_id TEXT,
    person_id TEXT,
    name TEXT,
    position TEXT,
    agency TEXT,
    role TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE assignment (
    id TEXT PRIMARY KEY,
    team_id TEXT,
    unit_id TEXT,
    plan_id TEXT,
    period_start TEXT,
    period_end TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE visit (
    id TEXT PRIMARY KEY,
    plan_id TEXT,
    team_id TEXT,
    unit_id TEXT,
    kind TEXT,
    status TEXT,
    title TEXT,
    place TEXT,
    scheduled_on TEXT,
    arrived_at TEXT,
    arrival_note TEXT,
    left_at TEXT,
    conclude_note TEXT,
    recorder_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE visit_checklist (
    id TEXT PRIMARY KEY,
    visit_id TEXT,
    template_id TEXT,
    position INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE participant (
    id TEXT PRIMARY KEY,
    visit_id TEXT,
    side TEXT,
    name TEXT,
    position TEXT,
    role TEXT,
    present INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE section_record (
    id TEXT PRIMARY KEY,
    visit_id TEXT,
    section_id TEXT,
    position INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE observation (
    id TEXT PRIMARY KEY,
    visit_id TEXT,
    item_id TEXT,
    record_id TEXT,
    value TEXT,
    note TEXT,
    severity TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE finding (
    id TEXT PRIMARY KEY,
    visit_id TEXT,
    kind TEXT,
    text TEXT,
    item_id TEXT,
    severity TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE request (
    id TEXT PRIMARY KEY,
    visit_id TEXT,
    finding_id TEXT,
    item_id TEXT,
    text TEXT,
    responsible TEXT,
    responsible_unit_id TEXT,
    deadline TEXT,
    status TEXT,
    follow_up TEXT,
    reinspection_visit_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE media (
    id TEXT PRIMARY KEY,
    sha256 TEXT,
    kind TEXT,
    mime TEXT,
    size INTEGER,
    original_name TEXT,
    captured_at TEXT,
    taken_by TEXT,
    visit_id TEXT,
    width INTEGER,
    height INTEGER,
    duration_ms INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE evidence_link (
    id TEXT PRIMARY KEY,
    media_id TEXT,
    visit_id TEXT,
    target_kind TEXT,
    target_id TEXT,
    offset_ms INTEGER,
    note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE minutes (
    id TEXT PRIMARY KEY,
    visit_id TEXT,
    version INTEGER,
    number TEXT,
    status TEXT,
    content_hash TEXT,
    pdf_sha256 TEXT,
    signed_at TEXT,
    amends_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    _clocks TEXT NOT NULL DEFAULT '{}'
);

-- Devices whose operations this workspace holds (its own first).
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    name TEXT,
    sign_public TEXT,
    encrypt_public TEXT,
    first_seen TEXT NOT NULL
);

-- The op log: immutable, append-only; the audit trail and the sync unit.
CREATE TABLE ops (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    hlc INTEGER NOT NULL,
    device_id TEXT NOT NULL REFERENCES device(id),
    person_id TEXT,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    data TEXT NOT NULL,
    prev TEXT NOT NULL
);
CREATE INDEX ops_row ON ops(entity, row_id);
CREATE INDEX ops_device_hlc ON ops(device_id, hlc);

CREATE TRIGGER ops_immutable_update BEFORE UPDATE ON ops
BEGIN SELECT RAISE(ABORT, 'operations are immutable'); END;
CREATE TRIGGER ops_immutable_delete BEFORE DELETE ON ops
BEGIN SELECT RAISE(ABORT, 'operations are immutable'); END;

-- This workspace's own settings: role, device id, current person. Not synced.
CREATE TABLE local_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE INDEX org_unit_parent ON org_unit(parent_id);
CREATE INDEX section_template ON checklist_section(template_id, position);
CREATE INDEX item_template ON checklist_item(template_id, position);
CREATE INDEX item_section ON checklist_item(section_id, position);
CREATE INDEX team_member_team ON team_member(team_id);
CREATE INDEX assignment_team ON assignment(team_id);
CREATE INDEX visit_schedule ON visit(scheduled_on DESC);
CREATE INDEX visit_unit ON visit(unit_id);
CREATE INDEX visit_plan ON visit(plan_id);
CREATE INDEX visit_checklist_visit ON visit_checklist(visit_id);
CREATE INDEX visit_checklist_template ON visit_checklist(template_id);
CREATE INDEX participant_visit ON participant(visit_id);
CREATE INDEX record_visit ON section_record(visit_id, section_id);
CREATE INDEX observation_visit ON observation(visit_id);
CREATE INDEX finding_visit ON finding(visit_id);
CREATE INDEX request_visit ON request(visit_id);
CREATE INDEX media_visit ON media(visit_id);
CREATE INDEX media_sha ON media(sha256);
CREATE INDEX evidence_visit ON evidence_link(visit_id);
CREATE INDEX evidence_target ON evidence_link(target_id);
CREATE INDEX minutes_visit ON minutes(visit_id);
"""
