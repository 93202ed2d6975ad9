"""One declaration per field: the field table drives required marks, import, export and payload."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lapor_desk.domain.complaint import FIELDS, INPUT_FIELDS, PERSONAL_FIELDS, ComplaintInput
from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex
from lapor_desk.domain.fields import Kind
from lapor_desk.domain.validation import required_fields, validate
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.storage.database import open_database
from lapor_desk.sync import payload
from lapor_desk.transfer import export_file, import_file
from lapor_desk.transfer.columns import EXPORT_COLUMNS, LABELS_ID, column_of

from factories import FixedClock, walk_in

ROOT = Path(__file__).resolve().parents[2]
REQUIRED_CODES = {"required", "consent_required", "contact_required"}


@pytest.mark.parametrize("report_type", [None, *ReportType])
@pytest.mark.parametrize("channel", [None, *Channel])
def test_required_fields_are_what_recording_refuses_when_empty(
    report_type: ReportType | None, channel: Channel | None
) -> None:
    """The form marks `required_fields(type, channel)`; recording an empty complaint of that
    type and channel refuses exactly those fields as missing: one rule, not two lists."""
    empty = ComplaintInput(type=report_type, channel=channel)
    result = validate(empty, now=walk_in().received_at, for_recording=True)  # type: ignore[arg-type]
    missing = {m.field for m in result.errors if m.code in REQUIRED_CODES}
    # type and channel are given here whenever they are parametrised, so not missing then.
    given = {name for name, value in (("type", report_type), ("channel", channel)) if value is not None}
    assert missing == required_fields(report_type, channel) - given


def test_suggestion_box_asks_a_contact_only_for_an_information_request() -> None:
    assert "reporter_phone" not in required_fields(ReportType.PENGADUAN, Channel.SUGGESTION_BOX)
    assert "reporter_phone" in required_fields(ReportType.PERMINTAAN_INFORMASI, Channel.SUGGESTION_BOX)
    assert "reporter_name" not in required_fields(ReportType.PERMINTAAN_INFORMASI, Channel.SUGGESTION_BOX)
    assert {"incident_date", "location_text"} <= required_fields(ReportType.PENGADUAN, Channel.WALK_IN)


def test_every_declared_field_has_a_column_a_label_and_a_place() -> None:
    assert tuple(spec.name for spec in FIELDS) == INPUT_FIELDS
    for spec in FIELDS:
        assert spec.name in EXPORT_COLUMNS
        assert column_of(LABELS_ID[spec.name]) == spec.name == column_of(spec.name)
        assert (spec.kind in (Kind.ENUM, Kind.ENUM_SET)) == (spec.enum is not None)
    assert {s.name for s in FIELDS if s.personal} == PERSONAL_FIELDS


def _every_field_given() -> ComplaintInput:
    """A valid complaint with every field away from its default."""
    data = walk_in(
        district_code="32.04.05",
        village_code="32.04.05.2001",
        latitude=-6.9147,
        longitude=107.6098,
        category_id="infrastruktur.jalan",
        agency_name="Dinas PUPR",
        is_anonymous=True,
        is_confidential=True,
        reporter_email="budi@example.id",
        reporter_address="Jl. Melati 3",
        inclusion_consent=True,
        sex=Sex.MALE,
        age_band=AgeBand.ADULT,
        disability_consent=True,
        disability=Disability.YES,
        disability_types=(DisabilityType.PHYSICAL,),
        accessibility_need="Kursi roda",
        with_companion=True,
        officer_nip="198503122010011002",
    )
    for spec in FIELDS:
        assert getattr(data, spec.name) != spec.default, spec.name
    return data


def test_every_declared_field_goes_through_export_import_and_payload(tmp_path: Path, service: ComplaintService) -> None:
    data = _every_field_given()
    assert not validate(data, now=walk_in().received_at).errors  # type: ignore[arg-type]
    stored = service.record(data).complaint
    want = service.get(stored.id)

    out = tmp_path / "all.jsonl"
    assert export_file(out, service.db) == 1
    exported = json.loads(out.read_text(encoding="utf-8"))
    for spec in FIELDS:
        assert spec.name in exported, spec.name

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        clock = FixedClock(want.received_at)  # type: ignore[arg-type]
        report = import_file(out, other, EventBus(), desk_code="KAB-BDG-02", officer="Impor", clock=clock)
        assert report.added == 1, report.problems
        copy = ComplaintService(other, service.settings, EventBus(), clock).get(1)
    finally:
        other.dispose()
    for spec in FIELDS:
        assert getattr(copy, spec.name) == getattr(want, spec.name), spec.name

    body, _ = payload.build(want, want.received_at, [])  # type: ignore[arg-type]
    item = json.loads(body)
    for spec in FIELDS:
        assert spec.name in item, spec.name


# A new field, declared once in a copy of the core: nothing else in the copy is edited.
NEW_FIELD = '    reporter_rt_rw: str = declare(K.TEXT, S.REPORTER, "RT/RW", max_length=7)\n'
CHECK_NEW_FIELD = textwrap.dedent(
    """
    import json
    from datetime import datetime, timedelta, timezone

    from lapor_desk.domain.complaint import FIELD, Complaint, ComplaintInput
    from lapor_desk.domain.validation import validate
    from lapor_desk.storage.repository import input_to_row
    from lapor_desk.sync import payload
    from lapor_desk.transfer import rows
    from lapor_desk.transfer.columns import EXPORT_COLUMNS, LABELS_ID, column_of

    now = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    out = {}
    out["export_column"] = "reporter_rt_rw" in EXPORT_COLUMNS
    out["export_label"] = LABELS_ID["reporter_rt_rw"]
    out["import_heading"] = column_of("RT/RW")
    cells = {"type": "pengaduan", "channel": "letter", "title": "Jembatan gantung putus",
             "body": "Jembatan gantung penghubung dua dusun putus sejak banjir.",
             "received_at": "2026-11-20T09:00:00+07:00", "status": "draft", "reporter_rt_rw": "005/002"}
    converted = rows.convert(cells, desk_code="D", officer="Impor", now=now)
    out["import_row"] = converted.row and converted.row.get("reporter_rt_rw")
    too_long = rows.convert(dict(cells, reporter_rt_rw="005/002/9"), desk_code="D", officer="Impor", now=now)
    out["import_checked"] = [(f, code) for f, code, _ in too_long.problems]
    out["validated"] = [m.code for m in validate(ComplaintInput(reporter_rt_rw="12345678"), now=now).for_field(
        "reporter_rt_rw")]
    out["stored_row"] = input_to_row(ComplaintInput(reporter_rt_rw=" 005/002 "))["reporter_rt_rw"]
    body, _ = payload.build(Complaint(reporter_rt_rw="005/002", client_id="c"), now, [])
    out["payload"] = json.loads(body).get("reporter_rt_rw")
    out["section"] = str(FIELD["reporter_rt_rw"].section)
    print(json.dumps(out))
    """
)


def _copy_with_new_field(tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "lapor_desk", copy / "lapor_desk", ignore=shutil.ignore_patterns("__pycache__"))
    complaint = copy / "lapor_desk" / "domain" / "complaint.py"
    source = complaint.read_text(encoding="utf-8")
    anchor = "    received_at: datetime | None = declare("
    assert source.count(anchor) == 1
    complaint.write_text(source.replace(anchor, NEW_FIELD + anchor), encoding="utf-8")
    return copy


def test_a_field_declared_once_in_a_copy_reaches_import_export_validation_and_payload(tmp_path: Path) -> None:
    copy = _copy_with_new_field(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", CHECK_NEW_FIELD], cwd=copy, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out == {
        "export_column": True,
        "export_label": "RT/RW",
        "import_heading": "reporter_rt_rw",
        "import_row": "005/002",
        "import_checked": [["reporter_rt_rw", "too_long"]],
        "validated": ["too_long"],
        "stored_row": "005/002",
        "payload": "005/002",
        "section": "reporter",
    }


def test_new_field_proof_runs_against_the_copy_not_the_installed_core(tmp_path: Path) -> None:
    """The copy is what the subprocess imports (else the proof above would prove nothing)."""
    copy = _copy_with_new_field(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "import lapor_desk; print(lapor_desk.__file__)"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert Path(done.stdout.strip()).resolve().is_relative_to(copy.resolve())
