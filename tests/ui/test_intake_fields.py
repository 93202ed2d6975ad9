"""The intake form from the field table: its rows, and required marks from the domain's rule."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lapor_desk.domain.complaint import FIELDS
from lapor_desk.domain.enums import Channel, ReportType
from lapor_desk.domain.validation import required_fields
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
NEW_FIELD = '    reporter_rt_rw: str = declare(K.TEXT, S.REPORTER, "RT/RW", max_length=7)\n'


def marked(form) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for name, label in form.row_labels.items() if label.text().endswith(" *")}


@pytest.mark.parametrize(
    ("report_type", "channel"),
    [
        (None, None),
        (ReportType.PENGADUAN, Channel.WALK_IN),
        (ReportType.ASPIRASI, Channel.PHONE),
        (ReportType.PENGADUAN, Channel.SUGGESTION_BOX),
        (ReportType.PERMINTAAN_INFORMASI, Channel.SUGGESTION_BOX),
    ],
)
def test_form_marks_what_the_domain_requires(window: MainWindow, report_type, channel) -> None:  # type: ignore[no-untyped-def]
    form = window.intake
    form.editors["type"].set_value(report_type)
    form.editors["channel"].set_value(channel)
    assert marked(form) == set(required_fields(report_type, channel))
    # An information request from the suggestion box still needs a way to answer: the form
    # asked for no contact there before, while recording refused the complaint without one.
    if report_type is ReportType.PERMINTAAN_INFORMASI:
        assert "reporter_phone" in marked(form)


# The same new field as tests/core/test_field_table.py, declared once in a copy of the core:
# the form's sheet builds, reads, loads and clears it with no edit to ui/.
CHECK_FORM = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication, QGroupBox
    from lapor_desk.domain.complaint import Complaint
    from ui.common.tasks import TaskRunner
    from ui.intake.attachments_panel import AttachmentsPanel
    from ui.intake.field_sheet import FieldSheet

    app = QApplication(sys.argv)
    sheet = FieldSheet(AttachmentsPanel(TaskRunner()))
    sheet.retranslate()
    editor = sheet.editors["reporter_rt_rw"]
    out = {"editor": type(editor).__name__, "label": sheet.row_labels["reporter_rt_rw"].text()}
    group = sheet.boxes["reporter_rt_rw"].parent()
    out["group"] = group.title() if isinstance(group, QGroupBox) else None
    editor.setText("005/002")
    out["read"] = sheet.read()[0].reporter_rt_rw
    sheet.clear()
    out["cleared"] = editor.text()
    sheet.load(Complaint(reporter_rt_rw="007/001"))
    out["loaded"] = editor.text()
    out["in_focus_chain"] = editor in sheet.focus_chain
    print(json.dumps(out))
    """
)


def test_a_field_declared_once_in_a_copy_of_the_core_is_on_the_form(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    for package in ("lapor_desk", "ui"):
        shutil.copytree(ROOT / package, copy / package, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "resources").symlink_to(ROOT / "resources")
    complaint = copy / "lapor_desk" / "domain" / "complaint.py"
    source = complaint.read_text(encoding="utf-8")
    anchor = "    is_anonymous: bool = declare("
    assert source.count(anchor) == 1
    complaint.write_text(source.replace(anchor, NEW_FIELD + anchor), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHECK_FORM], cwd=copy, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "editor": "TextLine",
        "label": "RT/RW",  # its declared label until the form gives it one of its own
        "group": "Pelapor",
        "read": "005/002",
        "cleared": "",
        "loaded": "007/001",
        "in_focus_chain": True,
    }


def test_every_declared_field_has_an_editor_a_row_and_a_place_in_the_focus_chain(window: MainWindow) -> None:
    form = window.intake
    for spec in FIELDS:
        editor = form.editors[spec.name]
        assert form.boxes[spec.name].editor is editor
        assert form.row_labels[spec.name].text(), spec.name
        chain = editor.focus_chain() if hasattr(editor, "focus_chain") else [editor]
        assert all(widget in form.sheet.focus_chain for widget in chain), spec.name
