"""One label table for the core's codes: every member of every labelled enum has a label in every
language, and the receipt and the recap read their words from it (the window too: tests/ui)."""

from __future__ import annotations

import pytest

from lapor_desk import labels
from lapor_desk.domain.enums import AgeBand, Channel, ReportType, Status
from lapor_desk.i18n import CATALOG, LANGUAGES
from lapor_desk.reports.figures import Figures, Period
from lapor_desk.reports.recap import build_recap


@pytest.mark.parametrize("kind", sorted(labels.ENUMS))
def test_every_member_of_every_labelled_enum_has_a_label(kind: str) -> None:
    for member in labels.ENUMS[kind]:
        assert f"label.{kind}.{member}" in CATALOG, (kind, member)
        for language in LANGUAGES:
            assert labels.label(kind, member, language) != str(member), (kind, member, language)


def test_one_status_and_one_age_band_read_the_same_in_each_language() -> None:
    assert labels.status_label(Status.IN_PROGRESS, "id") == "Dalam Proses"
    assert labels.status_label("in_progress", "en") == "In progress"
    assert labels.age_band_label(AgeBand.YOUTH, "id") == "16-30 tahun (pemuda)"
    assert labels.age_band_label("16_30", "en") == "16-30 (youth)"
    assert labels.label("status", None) == labels.NONE
    assert labels.event_label("a_later_kind", "en") == "a_later_kind"  # shows its code until it has a label


def test_the_recap_uses_the_same_labels() -> None:
    period = Period.month(2026, 11)
    fig = Figures(period=period)
    fig.by_status = {"in_progress": 7, "tidak_diisi": 5}
    fig.by_channel = {"walk_in": 9}
    fig.inclusion = {"age_band": {"16_30": 6}}
    from datetime import datetime

    recap = build_recap(
        fig, desk_name="Meja", desk_code="KAB-01", made_at=datetime(2026, 12, 1, 9, 0), region_name=lambda c: c
    )
    cells = {str(v) for t in recap.tables for row in t.rows for v in row}
    assert {labels.status_label(Status.IN_PROGRESS), labels.channel_label(Channel.WALK_IN)} <= cells
    assert labels.age_band_label(AgeBand.YOUTH) in cells
    assert labels.label("answer", "not_stated") in cells
    assert labels.type_label(ReportType.ASPIRASI) == "Aspirasi"


def test_every_complaint_field_has_a_label_in_each_language_and_the_indonesian_is_the_field_tables() -> None:
    from lapor_desk.domain.complaint import ComplaintInput
    from lapor_desk.domain.fields import table
    from lapor_desk.labels import field_label

    for spec in table(ComplaintInput):
        assert field_label(spec.name, "id") == spec.label, spec.name
        english = field_label(spec.name, "en")
        assert english and english != spec.name, spec.name
    assert field_label("reporter_phone", "en") == "Phone"


def test_a_refusal_names_its_field_by_label_not_by_code() -> None:
    from lapor_desk.sync.problems import reasons

    refusal = {"field": "reporter_phone", "code": "phone_format", "message": "bad phone"}
    [indonesian] = reasons([refusal], "id")
    [english] = reasons([refusal], "en")
    assert indonesian.startswith("Telepon: ") and english.startswith("Phone: ")
    assert "reporter_phone" not in indonesian + english
