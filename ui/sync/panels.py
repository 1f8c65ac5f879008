"""The tabs of the Sync screen that show lists: conflicts, history, devices."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.text import moment


def make_table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[list[str]], keys: list | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def selected_key(table: QTableWidget):
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def kind_names() -> dict[str, str]:
    return {"findings": QCoreApplication.translate("SyncKinds", "findings"),
            "peer": QCoreApplication.translate("SyncKinds", "team findings"),
            "distribution": QCoreApplication.translate("SyncKinds", "distribution"),
            "receipt": QCoreApplication.translate("SyncKinds", "receipt"),
            "enrollment": QCoreApplication.translate("SyncKinds", "enrollment request")}


class ConflictsPanel(QWidget):
    """Both values, who and when; a person chooses, and the choice syncs."""

    def __init__(self, ws, lang: str, ops, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.ops = ws, lang, ops
        self.table = make_table([self.tr("Record"), self.tr("Field"), self.tr("Value held"),
                                 self.tr("Held from"), self.tr("Other value"), self.tr("Other from")], 0)
        self.empty = QLabel(self.tr("No conflict to resolve."))
        self.note = QLabel(self.tr("Signed minutes are never changed by a merge: a change to them is shown "
                                   "here and needs an amended version of the minutes."))
        self.note.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep the value held"))
        self.take_button = QPushButton(self.tr("Take the other value"))
        self.keep_button.clicked.connect(lambda: self.resolve("current"))
        self.take_button.clicked.connect(lambda: self.resolve("other"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.conflicts = []

    def refresh(self) -> None:
        self.conflicts = self.ws.sync.conflicts()
        rows = []
        for c in self.conflicts:
            held_by = f"{c.current_person_name or c.current_device_name or '?'} · {c.current_at or '?'}"
            other_by = f"{c.person_name or c.device_name or '?'} · {c.at}"
            if c.kind == "signed_minutes":        # refused, listed as an attempt (the core's words)
                other_by = f"{c.attempt(self.lang)} · {c.at}"
            rows.append([f"{c.entity_label(self.lang)}: {c.row_title}", c.field, show(c.current), held_by,
                         show(c.value), other_by])
        fill(self.table, rows, [c.key for c in self.conflicts])
        self.empty.setVisible(not self.conflicts)
        for button in (self.keep_button, self.take_button):
            button.setEnabled(bool(self.conflicts))

    def resolve(self, keep: str) -> None:
        key = selected_key(self.table)
        if key is None and self.conflicts:
            key = self.conflicts[0].key
        if key is None:
            return
        conflict = next(c for c in self.conflicts if c.key == key)
        if keep == "other" and conflict.kind == "signed_minutes":
            QMessageBox.information(self, self.tr("Signed minutes"), self.tr(
                "These minutes are signed and cannot take the other value. Make an amended version of the "
                "minutes to record the change."))
            return
        self.ops.run(lambda: self.ws.sync.resolve(key, keep=keep), initiator=self)
        self.refresh()


class HistoryPanel(QWidget):
    """Bundles sent and received."""

    def __init__(self, ws, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.table = make_table([self.tr("When"), self.tr("Direction"), self.tr("Kind"), self.tr("Device"),
                                 self.tr("Operations"), self.tr("Files"), self.tr("State"), self.tr("File")], 7)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        directions = {"sent": self.tr("Sent"), "received": self.tr("Received")}
        states = {"verified": self.tr("written and verified"), "acknowledged": self.tr("acknowledged by HQ"),
                  "accepted": self.tr("imported")}
        kinds = kind_names()
        rows = []
        for b in self.ws.sync.history():
            if b["direction"] == "sent":
                device = ", ".join(r.get("name") or r["device_id"] for r in b["recipients"])
                ops = str(b["op_count"])
            else:
                device = b["device_name"] or b["device_id"]
                ops = f"{b['new_ops']} / {b['op_count']}"
            rows.append([moment_text(b["at"]), directions.get(b["direction"], b["direction"]),
                         kinds.get(b["kind"], b["kind"]), device, ops, str(b["media_count"]),
                         states.get(b["status"], b["status"]), b["file_name"] or ""])
        fill(self.table, rows)


def moment_text(iso: str | None) -> str:
    """"2026-12-01T23:54:10+07:00" → "01/12/2026 23:54", as recorded: the core's `text.moment`."""
    return moment(iso)


class DevicesPanel(QWidget):
    """Trusted devices with their fingerprints, and bundles held for approval."""

    changed = Signal(object)
    approve_requested = Signal(str, bool)      # bundle id, re-trust (revoked device or key change)

    def __init__(self, ws, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.devices = make_table([self.tr("Device"), self.tr("Role"), self.tr("Trust"),
                                   self.tr("Fingerprint")], 3)
        self.held = make_table([self.tr("Held bundle"), self.tr("Kind"), self.tr("From"),
                                self.tr("Fingerprint"), self.tr("Why")], 0)
        self.approve_button = QPushButton(self.tr("Compare the fingerprint and approve…"))
        self.reject_button = QPushButton(self.tr("Refuse"))
        self.revoke_button = QPushButton(self.tr("Revoke the device"))
        self.approve_button.clicked.connect(self._approve)
        self.reject_button.clicked.connect(self._reject)
        self.revoke_button.clicked.connect(self._revoke)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Devices whose bundles are accepted")))
        layout.addWidget(self.devices, 2)
        layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Bundles held for approval (from unknown or revoked devices)")))
        layout.addWidget(self.held, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.held_rows: list[dict] = []

    def refresh(self) -> None:
        trust = {"self": self.tr("this device"), "trusted": self.tr("trusted"), "revoked": self.tr("revoked")}
        roles = {"hq": self.tr("headquarters"), "field": self.tr("laptop")}
        found = self.ws.sync.devices()
        fill(self.devices, [[d["name"] or d["id"], roles.get(d["role"], d["role"] or "—"),
                             trust.get(d["trust"], d["trust"] or "—"), d["fingerprint"]] for d in found],
             [d["id"] for d in found])
        why = {"unknown": self.tr("unknown device"), "revoked": self.tr("revoked device"),
               "key_changed": self.tr("the device's key changed")}
        self.held_rows = self.ws.sync.held()
        kinds = kind_names()
        fill(self.held, [[h["file_name"] or h["bundle_id"], kinds.get(h["kind"], h["kind"]),
                          h["device_name"] or h["device_id"], h["fingerprint"],
                          why.get(h.get("status", h["reason"]), h["reason"])] for h in self.held_rows],
             [h["bundle_id"] for h in self.held_rows])
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(bool(self.held_rows))

    def _current_held(self) -> dict | None:
        key = selected_key(self.held)
        if key is None and self.held_rows:
            key = self.held_rows[0]["bundle_id"]
        return next((h for h in self.held_rows if h["bundle_id"] == key), None)

    def prompt(self, held: dict) -> tuple[str, str]:
        """The approval prompt for a held bundle: (title, text). It shows the
        role this workspace would record (never the one the bundle claims),
        the device's name, its user and the fingerprint; for a revoked device
        who revoked it and when; for a key change the old and new fingerprints."""
        roles = {"hq": self.tr("headquarters"), "field": self.tr("field laptop")}
        who = self.tr("Device: %1\nRole: %2\nUser: %3\nFingerprint: %4").replace(
            "%1", held["device_name"] or "?").replace("%2", roles.get(held.get("role"), roles["field"])).replace(
            "%3", held.get("person") or self.tr("not given")).replace("%4", held["fingerprint"])
        kind = kind_names().get(held["kind"], held["kind"])
        if held.get("status") == "revoked":
            return self.tr("Re-trust a revoked device"), self.tr(
                "This device was revoked by %1 on %2. Approving its bundle (%3) trusts it again.\n\n%4\n\n"
                "Re-trust it only after checking with the person responsible.").replace(
                "%1", held.get("revoked_by") or "?").replace("%2", held.get("revoked_on") or "?").replace(
                "%3", kind).replace("%4", who)
        if held.get("status") == "key_changed":
            return self.tr("A device's key changed"), self.tr(
                "This bundle (%1) bears the id of a known device but is signed with a new key.\n\nOld "
                "fingerprint: %2\nNew fingerprint: %3\n\n%4\n\nThe laptop may have been reinstalled, or "
                "someone is posing as it. Accept the new key only after the device's user read the new "
                "fingerprint to you.").replace("%1", kind).replace(
                "%2", held.get("old_fingerprint") or "?").replace("%3", held["fingerprint"]).replace("%4", who)
        return self.tr("Approve a device"), self.tr(
            "Ask the sender to read out the fingerprint of their device and compare it with this one:\n\n"
            "%1\n\nBundle: %2\n\nApprove only if every group matches. Its bundles will then be "
            "accepted.").replace("%1", who).replace("%2", kind)

    def _approve(self) -> None:
        held = self._current_held()
        if held is None:
            return
        title, text = self.prompt(held)
        answer = QMessageBox.question(self, title, text)
        if answer == QMessageBox.StandardButton.Yes:
            self.approve_requested.emit(held["bundle_id"], held.get("status") in ("revoked", "key_changed"))

    def _reject(self) -> None:
        held = self._current_held()
        if held is not None:
            self.ws.sync.reject(held["bundle_id"])
            self.refresh()

    def _revoke(self) -> None:
        device_id = selected_key(self.devices)
        if device_id is None or device_id == self.ws.device_id:
            return
        answer = QMessageBox.question(self, self.tr("Revoke a device"), self.tr(
            "Bundles from this device will be held for approval from now on. Revoke it?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.ws.sync.revoke(device_id)
            self.refresh()
