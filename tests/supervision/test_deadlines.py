"""Deadlines on the real 2025-2027 Indonesian calendars, profiles, and the closure import."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lapor_desk.accounts import PermissionDenied, SupervisionError
from lapor_desk.deadlines import (
    NATIONAL,
    CalendarImportFailed,
    Closure,
    ClosureKind,
    DeadlineProfile,
    Deadlines,
    DeadlineState,
    Stage,
    parse_closures,
)
from lapor_desk.domain.enums import Status
from lapor_desk.domain.workdays import WorkingDayCalendar
from lapor_desk.settings import DEADLINE_PROFILE

from factories import cli_admin

NAT = Deadlines(WorkingDayCalendar())


@pytest.mark.parametrize(
    ("received", "stage", "due"),
    [
        # Lebaran 2025: Nyepi joint leave 28 Mar, Idul Fitri 31 Mar-1 Apr, cuti bersama 2-7 Apr.
        (date(2025, 3, 26), Stage.VERIFY, date(2025, 4, 9)),  # 27 Mar, 8 Apr, 9 Apr
        (date(2025, 3, 26), Stage.FOLLOW_UP, date(2025, 4, 16)),
        # Lebaran 2026: 18-24 Mar closed (Nyepi, Idul Fitri, cuti bersama).
        (date(2026, 3, 16), Stage.VERIFY, date(2026, 3, 26)),  # 17, 25, 26 Mar
        # A Friday: the weekend does not count.
        (date(2025, 7, 4), Stage.VERIFY, date(2025, 7, 9)),
        # Year end 2025 to 2026: 25-26 Dec, 1 Jan.
        (date(2025, 12, 23), Stage.VERIFY, date(2025, 12, 30)),
        (date(2025, 12, 23), Stage.FOLLOW_UP, date(2026, 1, 7)),
        # Year end 2026 to 2027: 24-25 Dec 2026, 1 Jan 2027, and Isra Mi'raj on 5 Jan 2027.
        (date(2026, 12, 22), Stage.VERIFY, date(2026, 12, 29)),
        (date(2026, 12, 30), Stage.VERIFY, date(2027, 1, 6)),  # 31 Dec, 4 Jan, 6 Jan
        # Lebaran 2027 (estimated dates): 8-12 and 15 Mar closed.
        (date(2027, 3, 4), Stage.VERIFY, date(2027, 3, 17)),
        # The whole case: 60 calendar days.
        (date(2026, 1, 5), Stage.CASE, date(2026, 3, 6)),
    ],
)
def test_due_dates_national(received: date, stage: Stage, due: date) -> None:
    assert NAT.due_date(stage, received) == due


def test_local_profile_and_closures() -> None:
    local = Deadlines(WorkingDayCalendar([date(2026, 11, 23)]), DeadlineProfile.parse("2/5/14/60"))
    # Fri 20 Nov 2026 + 2 HK, with a regional closure on Monday 23 Nov.
    assert local.due_date(Stage.VERIFY, date(2026, 11, 20)) == date(2026, 11, 25)
    assert DeadlineProfile.parse("3/5/10/60") == NATIONAL and NATIONAL.text() == "3/5/10/60"
    with pytest.raises(ValueError):
        DeadlineProfile.parse("3/5/10")


def test_states_and_working_days_left() -> None:
    received = date(2026, 11, 16)  # Monday; verify due Thu 19 Nov
    d = NAT.for_complaint(Status.RECORDED, received, date(2026, 11, 16))
    assert d is not None and (d.due, d.state, d.working_days_left) == (date(2026, 11, 19), DeadlineState.ON_TRACK, 3)
    assert NAT.for_complaint("recorded", received, date(2026, 11, 18)).state is DeadlineState.DUE_SOON  # type: ignore[union-attr]
    assert NAT.for_complaint("recorded", received, date(2026, 11, 19)).state is DeadlineState.DUE_SOON  # type: ignore[union-attr]
    late = NAT.for_complaint("unverified", received, date(2026, 11, 23))
    assert late is not None and late.state is DeadlineState.OVERDUE and late.working_days_left == -2
    assert NAT.for_complaint("verified", received, date(2026, 11, 16)).stage is Stage.FOLLOW_UP  # type: ignore[union-attr]
    for closed in ("draft", "completed", "archived", "not_authority", "on_hold"):
        assert NAT.for_complaint(closed, received, date(2026, 11, 16)) is None


def test_due_soon_on_a_friday_looks_past_the_weekend() -> None:
    # Due Monday 23 Nov 2026; on Friday 20 Nov the next working day is that Monday.
    received = date(2026, 11, 18)
    assert NAT.due_date(Stage.VERIFY, received) == date(2026, 11, 23)
    assert NAT.state(date(2026, 11, 23), date(2026, 11, 20)) is DeadlineState.DUE_SOON
    assert NAT.state(date(2026, 11, 23), date(2026, 11, 19)) is DeadlineState.ON_TRACK


@pytest.mark.parametrize("today", [date(2025, 3, 27) + timedelta(days=k) for k in range(0, 1000, 9)])
@pytest.mark.parametrize("stage", list(Stage))
@pytest.mark.parametrize("state", [DeadlineState.OVERDUE, DeadlineState.DUE_SOON])
def test_received_before_agrees_with_the_due_dates(today: date, stage: Stage, state: DeadlineState) -> None:
    cutoff = NAT.received_before(stage, today, state)
    for k in range(-90, 10):
        received = cutoff + timedelta(days=k)
        s = NAT.state(NAT.due_date(stage, received), today)
        worse = s is DeadlineState.OVERDUE or (state is DeadlineState.DUE_SOON and s is DeadlineState.DUE_SOON)
        assert worse == (received < cutoff), (received, s)


def test_parse_closures_reports_every_bad_line() -> None:
    text = (
        "tanggal,jenis,keterangan\n2026-12-24,cuti_bersama,Cuti bersama Natal\n"
        "2026-02-30,tutup_daerah,x\n31-12-2026,tutup_daerah,HUT Kabupaten\n"
        "2026-13-01\n2026-12-24,cuti_bersama\n2026-12-28,libur\n\n# komentar\n"
    )
    with pytest.raises(CalendarImportFailed) as err:
        parse_closures(text)
    assert [(p.line, p.code) for p in err.value.problems] == [
        (3, "calendar_bad_date"),
        (5, "calendar_bad_date"),
        (6, "calendar_duplicate"),
        (7, "calendar_bad_kind"),
    ]
    ok = parse_closures("2026-12-31,tutup_daerah,HUT Kabupaten\n02-01-2026\n")
    assert ok == [
        Closure(date(2026, 12, 31), ClosureKind.REGIONAL, "HUT Kabupaten"),
        Closure(date(2026, 1, 2), ClosureKind.REGIONAL, ""),
    ]


def test_import_is_all_or_nothing_and_audited(sup, staff, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "libur.csv"
    bad.write_text("2026-12-31,tutup_daerah\n2026-02-29,tutup_daerah\n", encoding="utf-8")
    with pytest.raises(CalendarImportFailed):
        sup.calendar.import_file(staff["admin"], bad)
    assert sup.calendar.closures() == []
    good = tmp_path / "libur-ok.csv"
    good.write_text("2026-11-23,tutup_daerah,Banjir\n2026-12-31,tutup_daerah\n", encoding="utf-8")
    assert sup.calendar.import_file(staff["admin"], good) == (2, 0)
    assert sup.calendar.import_file(staff["admin"], good) == (0, 2)
    with pytest.raises(PermissionDenied):
        sup.calendar.import_file(staff["supervisor"], good)
    # The closure moves the desk's deadlines.
    settings.set(DEADLINE_PROFILE, "2/5/14/60")
    assert sup.calendar.deadlines().due_date(Stage.VERIFY, date(2026, 11, 20)) == date(2026, 11, 25)
    assert sup.calendar.remove(staff["admin"], date(2026, 11, 23))
    assert sup.calendar.deadlines().due_date(Stage.VERIFY, date(2026, 11, 20)) == date(2026, 11, 24)
    assert [e.action for e in sup.audit.page()][:2] == ["calendar_change", "calendar_change"]


def test_calendar_import_command(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.cli import main

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    user = cli_admin(main, url, monkeypatch)
    bad = tmp_path / "bad.csv"
    bad.write_text("2026-12-31\n2026-02-30\n", encoding="utf-8")
    assert main(["--db", url, "calendar", "import", str(bad), *user]) == 1
    err = capsys.readouterr().err
    assert "Baris 2" in err and "2026-02-30" in err and "Tidak ada tanggal" in err
    good = tmp_path / "good.csv"
    good.write_text("2026-12-31,tutup_daerah,HUT\n", encoding="utf-8")
    assert main(["--db", url, "calendar", "import", str(good), *user]) == 0
    assert main(["--db", url, "calendar", "list"]) == 0
    assert "2026-12-31" in capsys.readouterr().out


def test_a_file_that_cannot_be_read_is_named_not_a_traceback(sup, staff, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SupervisionError) as missing:
        sup.calendar.import_file(staff["admin"], tmp_path / "tidak-ada.csv")
    assert missing.value.text("id") == f"Berkas tidak ditemukan: {tmp_path / 'tidak-ada.csv'}"
    with pytest.raises(SupervisionError) as folder:
        sup.calendar.import_file(staff["admin"], tmp_path)  # a folder, not a file
    assert folder.value.code == "file_unreadable" and str(tmp_path) in folder.value.text("id")
    assert sup.calendar.closures() == []

    from lapor_desk.cli import main

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--db", url, "calendar", "import", str(tmp_path), *cli_admin(main, url, monkeypatch)]) == 1
    err = capsys.readouterr().err
    assert "Berkas tidak bisa dibaca" in err and "Traceback" not in err
