"""The visit's header: unit, status, arrival with a running clock, start and conclude.

Arriving, concluding and seeing the minutes have keys that work wherever the visit
is shown (Ctrl+Shift+D, Ctrl+Shift+E, Ctrl+Shift+M), so a visit is run without the
mouse (issue 12); Help → Phím tắt lists them from these actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.checklists import answer_types
from inspector_app.services.answers import applicable
from inspector_app.services.visits import KINDS
from inspector_app.text import moment

from ..icons import icon
from ..models import amendment_pending, label, status_text
from ..widgets import DateTimeEdit
from .evidence_marks import evidence_by_item, missing_evidence

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
NOT_APPLICABLE = "khong_ap_dung"   # the compliance answer that needs no evidence
SIGNED = ("minutes_signed", "exported", "received")   # changed only through an amendment


def _to_qt(iso: str | None) -> QDateTime:
    moment = dt.datetime.fromisoformat(iso) if iso else dt.datetime.now().astimezone()
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _from_qt(value: QDateTime) -> str:
    """The moment shown (to the minute): seconds hidden in the editor are not kept."""
    moment = dt.datetime.fromtimestamp(value.toSecsSinceEpoch()).replace(second=0, microsecond=0)
    return moment.astimezone().isoformat(timespec="seconds")


def elapsed_text(since: str | None, now: dt.datetime | None = None) -> str:
    """"01:23:45" since arrival ("" before it); a day or more reads "2 ngày 03:04:05",
    never "51:04:05"."""
    if not since:
        return ""
    now = (now or dt.datetime.now()).astimezone()
    seconds = max(0, int((now - dt.datetime.fromisoformat(since).astimezone()).total_seconds()))
    days, seconds = divmod(seconds, 86_400)
    clock = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if not days:
        return clock
    # "%1" rather than a "%n" plural: lupdate reads plurals only from self.tr, and Vietnamese has none.
    return translate("VisitHeader", "%1 day(s)").replace("%1", str(days)) + " " + clock


def clock_text(arrived_at: str | None, left_at: str | None, now: dt.datetime | None = None) -> str:
    """The header's clock: time on site, counting while the team is there today.

    Arrived on an earlier day and not left (a visit left open): the arrival's date
    and time, as the count of hours since then would say nothing ("208:45:34")."""
    if not arrived_at:
        return ""
    if left_at:
        return translate("VisitHeader", "On site") + " " + elapsed_text(arrived_at, dt.datetime.fromisoformat(left_at))
    now = (now or dt.datetime.now()).astimezone()
    if dt.datetime.fromisoformat(arrived_at).astimezone().date() != now.date():
        return translate("VisitHeader", "On site since %1").replace("%1", moment(arrived_at))
    return translate("VisitHeader", "On site") + " " + elapsed_text(arrived_at, now)



def _listed(layout, heading: str, items: list[str] | None, name: str) -> QListWidget | None:
    """A heading and a read-only list of labels (not data to edit), when there are any."""
    if not items:
        return None
    layout.addWidget(QLabel(heading))
    listed = QListWidget()
    listed.setObjectName(name)
    listed.addItems(items)
    layout.addWidget(listed)
    return listed

class TimeDialog(QDialog):
    """A time and, when `reason` is asked, why it was changed or why concluding early."""

    def __init__(self, title: str, when: str | None, reason_label: str, missing: list[str] | None = None,
                 parent=None, no_evidence: list[str] | None = None, disagreements: list[str] | None = None,
                 blanks: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.when = DateTimeEdit(_to_qt(when))
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.reason = QLineEdit()
        layout = QVBoxLayout(self)
        _listed(layout, translate("VisitHeader", "Required items still unanswered:"), missing, "unanswered")
        _listed(layout, translate("VisitHeader", "Evidence required but none attached:"), no_evidence, "noEvidence")
        # contradictions and people named twice (ws.visits.consistency)
        _listed(layout, translate("VisitHeader", "Records and answers disagree:"), disagreements, "disagreements")
        # decisions the minutes cite without a date, issuer or subject line (ws.plans.decision_gaps)
        listed = _listed(layout, translate("VisitHeader", "The minutes' legal basis lacks:"), blanks, "blanks")
        if listed is not None:
            listed.setWordWrap(True)      # each line says where to add what is missing: read whole
        self.no_evidence = no_evidence or []
        self.disagreements = disagreements or []
        self.blanks = blanks or []
        form = QFormLayout()
        form.addRow(translate("VisitHeader", "Time"), self.when)
        if reason_label:
            form.addRow(reason_label, self.reason)
        layout.addLayout(form)
        if reason_label:   # once in the dialog (a widget without a window keeps no focus), not the lists above
            self.reason.setFocus()   # typed at once: the lists above are to read, the time is right
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def when_iso(self) -> str:
        return _from_qt(self.when.dateTime())


class DetailsDialog(QDialog):
    """The visit's title and its inspection team."""

    def __init__(self, ws, visit: dict, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VisitHeader", "Visit details"))
        self.title = QLineEdit(visit["title"] or "")
        self.team = QComboBox()
        self.team.addItem(translate("VisitHeader", "(no team)"), None)
        for team in ws.plans.teams(visit["plan_id"]) or ws.plans.teams():
            self.team.addItem(team["name"], team["id"])
        self.team.setCurrentIndex(max(self.team.findData(visit["team_id"]), 0))
        form = QFormLayout(self)
        form.addRow(translate("VisitHeader", "Title"), self.title)
        form.addRow(translate("VisitHeader", "Inspection team"), self.team)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(480)


class VisitHeader(QWidget):
    minutes_requested = Signal(bool)   # Ctrl+Shift+M: show the minutes (True: a draft, the visit is not concluded)

    def __init__(self, ws, visit_id: str, ops, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.ops, self.lang = ws, visit_id, ops, lang
        self.title = QLabel()
        self.title.setObjectName("visitTitle")
        self.title.setWordWrap(True)    # a long title takes two lines rather than widen the window
        self.status = QLabel()
        self.status.setWordWrap(True)   # status, unit and times wrap rather than widen a small window
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.start_button = QPushButton(translate("VisitHeader", "Arrived — start"))
        self.start_button.clicked.connect(lambda: self.start())
        self.arrival_button = QPushButton(translate("VisitHeader", "Correct arrival time…"))
        self.arrival_button.clicked.connect(lambda: self.correct_arrival())
        self.conclude_button = QPushButton(translate("VisitHeader", "Conclude…"))
        self.conclude_button.clicked.connect(lambda: self.conclude())
        self.reopen_button = QPushButton(translate("VisitHeader", "Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.details_button = QPushButton(translate("VisitHeader", "Visit details…"))
        self.details_button.setToolTip(translate("VisitHeader", "The visit's title and inspection team"))
        self.details_button.clicked.connect(lambda: self.edit_details())
        self.amend_button = QPushButton(translate("VisitHeader", "Start an amendment…"))
        self.amend_button.setToolTip(translate("VisitHeader", "The minutes are signed: changes go into an "
                                                              "amendment (biên bản bổ sung)."))
        self.amend_button.clicked.connect(lambda: self.start_amendment())
        for button, name in ((self.start_button, "flag"), (self.arrival_button, "clock-edit"),
                             (self.conclude_button, "circle-check"), (self.reopen_button, "rotate"),
                             (self.details_button, "info-circle"), (self.amend_button, "file-plus")):
            button.setIcon(icon(name))
        self._key_actions()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for button in (self.details_button, self.start_button, self.arrival_button, self.conclude_button,
                       self.reopen_button, self.amend_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(1000)
        self.refresh()

    def _key_actions(self) -> None:
        """Keys for the header's steps, active wherever the visit is shown (the window's
        shortcut context: the header is visible exactly then)."""
        def action(text: str, keys: str, slot, button: QPushButton | None) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(lambda _checked=False: slot())
            self.addAction(made)
            if button is not None:
                shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{button.toolTip() or button.text()} ({shown})")
            return made
        self.start_action = action(translate("VisitHeader", "Arrived — start"), "Ctrl+Shift+D", self.start,
                                   self.start_button)
        self.conclude_action = action(translate("VisitHeader", "Conclude…"), "Ctrl+Shift+E", self.conclude,
                                      self.conclude_button)
        self.minutes_action = action(translate("VisitHeader", "Minutes of this visit"), "Ctrl+Shift+M",
                                     self.show_minutes, None)

    def show_minutes(self) -> None:
        """Ask the window for this visit's minutes: the minutes once concluded, else a draft."""
        self.minutes_requested.emit(self.visit["status"] in ("draft", "in_progress"))

    def refresh(self) -> None:
        self.visit = self.ws.visits.get(self.visit_id)
        unit = self.ws.units.find(self.visit["unit_id"]) or {"name": ""}
        kind = label(KINDS[self.visit["kind"]], self.lang)
        # The visit's own title (two visits of one unit on one day differ by it), the unit and kind below.
        self.title.setText(self.visit["title"] or f"{unit['name']} — {kind}")
        self.title.setToolTip(f"{unit['name']} — {kind}")
        amending = self.visit["status"] == "concluded" and amendment_pending(self.ws, self.visit_id)
        parts = [status_text(self.visit["status"], amending, self.lang), unit["name"]]
        if self.visit["arrived_at"]:
            parts.append(translate("VisitHeader", "arrived") + " " + moment(self.visit["arrived_at"]))
        if self.visit["left_at"]:
            parts.append(translate("VisitHeader", "left") + " " + moment(self.visit["left_at"]))
        self.status.setText(" · ".join(parts))
        status = self.visit["status"]
        self.start_button.setVisible(status == "draft")
        self.arrival_button.setVisible(status == "in_progress")
        self.conclude_button.setVisible(status == "in_progress")
        self.reopen_button.setVisible(status == "concluded" and not amending)
        self.amend_button.setVisible(status in SIGNED)
        self.details_button.setVisible(status not in SIGNED)
        self.start_action.setEnabled(status == "draft")
        self.conclude_action.setEnabled(status == "in_progress")
        self._tick()

    def _tick(self) -> None:
        self.clock.setText(clock_text(self.visit["arrived_at"], self.visit["left_at"]))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("visit") or changes.touches("org_unit") or changes.touches("minutes"):
            self.refresh()

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    # -- actions ------------------------------------------------------------------------
    def start(self) -> bool:
        return self._store(lambda: self.ws.visits.start(self.visit_id))

    def correct_arrival(self, dialog: TimeDialog | None = None) -> bool:
        dialog = dialog or TimeDialog(translate("VisitHeader", "Correct arrival time"), self.visit["arrived_at"],
                                      translate("VisitHeader", "Reason for the change"), parent=self)
        if dialog.result() != QDialog.DialogCode.Accepted and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._store(lambda: self.ws.visits.set_arrival(self.visit_id, dialog.when_iso(),
                                                              dialog.reason.text()))

    def missing_labels(self) -> list[str]:
        return [f"{m['item']['code']}  {m['item']['text']}" for m in self.ws.answers.unanswered_required(self.visit_id)]

    def no_evidence_labels(self) -> list[str]:
        """Items marked "Minh chứng bắt buộc" with no photo nor recording linked."""
        held = self.ws.answers.of_visit(self.visit_id)
        # Items that apply (conditions met) and were not answered "không áp dụng".
        items = [item for t in self.ws.visits.template_ids(self.visit_id)
                 for section in self.ws.checklists.structure(t)["sections"] if not section["repeatable"]
                 for item, _record in applicable(section, held, {})
                 if (held.get((item["id"], None)) or {}).get("value") != NOT_APPLICABLE]
        return [f"{item['code']}  {item['text']}"
                for item in missing_evidence(items, evidence_by_item(self.ws, self.visit_id))]

    def disagreement_labels(self) -> list[str]:
        """Every item answered "Đạt" while records breach it, and every person or file
        named twice in one table: what the conclusion step lists before leaving."""
        found = self.ws.visits.consistency(self.visit_id)
        out = []
        for c in found["contradictions"]:
            text = translate("VisitHeader", "%1 is answered “%2” but records breach it: %3")
            out.append(text.replace("%1", c["item"]["code"])
                       .replace("%2", answer_types.format_value(c["item"], c["value"], self.lang))
                       .replace("%3", "; ".join(b.phrase() for b in c["breaches"])))
        for twice in found["duplicates"]:
            text = translate("VisitHeader", "%1 is named twice in %2 (rows %3)")
            out.append(text.replace("%1", twice["label"]).replace("%2", twice["section"]["title"])
                       .replace("%3", ", ".join(str(n) for n in twice["positions"])))
        return out

    def blank_labels(self) -> list[str]:
        """Each decision the minutes cite with a part missing (dotted on paper), and where to add it."""
        return [label(pair, self.lang)
                for pair in self.ws.plans.decision_gaps(self.visit["plan_id"], self.visit["team_id"])]

    def conclude(self, dialog: TimeDialog | None = None) -> bool:
        missing, no_evidence = self.missing_labels(), self.no_evidence_labels()
        reason = translate("VisitHeader", "Reason for concluding anyway") if missing or no_evidence else ""
        dialog = dialog or TimeDialog(translate("VisitHeader", "Conclude the visit"), None, reason, missing, self,
                                      no_evidence, self.disagreement_labels(), self.blank_labels())
        if dialog.result() != QDialog.DialogCode.Accepted and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._store(lambda: self.ws.visits.conclude(self.visit_id, dialog.when_iso(),
                                                           reason=dialog.reason.text() or None))

    def edit_details(self, dialog: DetailsDialog | None = None) -> bool:
        """The title and the team (where "Add the team's members" finds who to add)."""
        dialog = dialog or DetailsDialog(self.ws, self.visit, self)
        if dialog.result() != QDialog.DialogCode.Accepted and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        fields = {"team_id": dialog.team.currentData()}
        if dialog.title.text().strip():   # an emptied title keeps the one the visit has
            fields["title"] = dialog.title.text().strip()
        return self._store(lambda: self.ws.visits.update(self.visit_id, **fields))

    def start_amendment(self, reason: str | None = None) -> bool:
        """Open an amendment (biên bản bổ sung) of the signed minutes, asking why; the visit
        can then be changed again until the amendment is signed."""
        if reason is None:
            reason, ok = QInputDialog.getText(self, translate("VisitHeader", "Start an amendment"),
                                              translate("VisitHeader", "Reason for the amendment"))
            if not ok:
                return False
        return self._store(lambda: self.ws.minutes.start_amendment(self.visit_id, reason))

    def reopen(self) -> bool:
        return self._store(lambda: self.ws.visits.reopen(self.visit_id))

    def _store(self, action) -> bool:
        return self.ops.run(action, initiator=self) is not None


