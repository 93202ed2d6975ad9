"""The intake form from the field table: required marks from the domain's rule."""

from __future__ import annotations

import pytest

from lapor_desk.domain.enums import Channel, ReportType
from lapor_desk.domain.validation import required_fields
from ui.shell.main_window import MainWindow


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
