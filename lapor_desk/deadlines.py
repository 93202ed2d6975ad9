"""Deadlines in working days: profiles, the desk's own closures, a complaint's due date and state.

Every stage is counted from the day the desk received the complaint (ours): verify by
receipt + V HK, the first follow-up by receipt + V + F HK, the whole case by receipt +
T calendar days. Counting all stages from one stored date keeps the shown due date,
the queue filter (plain SQL on `received_at`) and the dashboard in agreement; when the
central's status times are synced, a stage could instead start at its own event.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from lapor_desk.accounts.roles import Actor, Permission, SupervisionError, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.clock import Clock, system_clock
from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import Deadline, DeadlineState, Stage  # light, for the UI at start-up
from lapor_desk.settings import DEADLINE_PROFILE, Settings
from lapor_desk.storage.database import Database
from lapor_desk.storage.supervision_tables import CLOSURES

if TYPE_CHECKING:  # the holidays package loads on first use, not at start-up
    from lapor_desk.domain.workdays import WorkingDayCalendar


@dataclass(frozen=True)
class DeadlineProfile:
    verify_days: int = 3  # HK from receipt to verification
    follow_up_days: int = 5  # HK from verification to the first follow-up
    completion_days: int = 10  # HK after the last follow-up until automatic completion
    total_days: int = 60  # calendar days for the whole case

    @classmethod
    def parse(cls, text: str) -> DeadlineProfile:
        parts = [int(p) for p in text.split("/")]
        if len(parts) != 4 or min(parts) <= 0:
            raise ValueError(text)
        return cls(*parts)

    def text(self) -> str:
        return f"{self.verify_days}/{self.follow_up_days}/{self.completion_days}/{self.total_days}"


NATIONAL = DeadlineProfile()


class ClosureKind(StrEnum):
    JOINT_LEAVE = "joint_leave"  # cuti bersama not (yet) in the holidays package
    REGIONAL = "regional_closure"


# The next clock each open status runs against; the other statuses have none.
STAGE_OF_STATUS: dict[Status, Stage] = {
    Status.RECORDED: Stage.VERIFY,
    Status.UNVERIFIED: Stage.VERIFY,
    Status.VERIFIED: Stage.FOLLOW_UP,
    Status.IN_PROGRESS: Stage.CASE,
}


class Deadlines:
    """Due dates on one calendar and profile. Pure: no database."""

    def __init__(self, calendar: WorkingDayCalendar, profile: DeadlineProfile = NATIONAL) -> None:
        self.calendar = calendar
        self.profile = profile

    def due_date(self, stage: Stage, received: date) -> date:
        p = self.profile
        if stage is Stage.VERIFY:
            return self.calendar.add_working_days(received, p.verify_days)
        if stage is Stage.FOLLOW_UP:
            return self.calendar.add_working_days(received, p.verify_days + p.follow_up_days)
        return received + timedelta(days=p.total_days)

    def state(self, due: date, today: date) -> DeadlineState:
        if today > due:
            return DeadlineState.OVERDUE
        if due <= self.calendar.add_working_days(today, 1):
            return DeadlineState.DUE_SOON
        return DeadlineState.ON_TRACK

    def for_complaint(self, status: Status | str, received: date, today: date) -> Deadline | None:
        stage = STAGE_OF_STATUS.get(Status(status))
        if stage is None:
            return None
        due = self.due_date(stage, received)
        return Deadline(stage, due, self.state(due, today), self.calendar.working_days_between(today, due), today)

    def for_rows(self, rows: Iterable[Any], now: datetime) -> dict[int, Deadline | None]:
        """Deadlines for a page of queue rows (anything with id, status and received_at).

        Each (stage, day) pair is computed once, and the working days to every due date
        are counted in one walk: counting day by day for each row of a page of year-old
        cases took 90 ms, this takes about 1 ms."""
        today = now.date()
        keys: dict[int, tuple[Stage, date] | None] = {}
        for r in rows:
            stage, received = STAGE_OF_STATUS.get(Status(r.status)), r.received_at
            keys[r.id] = None if stage is None or received is None else (stage, received.astimezone(now.tzinfo).date())
        dues = {key: self.due_date(*key) for key in {k for k in keys.values() if k is not None}}
        left = self._working_days_to(today, set(dues.values()))
        made = {key: Deadline(key[0], due, self.state(due, today), left[due], today) for key, due in dues.items()}
        return {row_id: None if key is None else made[key] for row_id, key in keys.items()}

    def _working_days_to(self, today: date, dues: set[date]) -> dict[date, int]:
        """`calendar.working_days_between(today, due)` for many due dates, in one walk each way."""
        out: dict[date, int] = {}
        count, day = 0, today
        for due in sorted(d for d in dues if d >= today):  # working days d with today < d <= due
            while day < due:
                day += timedelta(days=1)
                count += self.calendar.is_working_day(day)
            out[due] = count
        count, day = 0, today
        for due in sorted((d for d in dues if d < today), reverse=True):  # minus those with due < d <= today
            while day > due:
                count += self.calendar.is_working_day(day)
                day -= timedelta(days=1)
            out[due] = -count
        return out

    def received_cutoffs(self, now: datetime, state: DeadlineState) -> dict[str, datetime]:
        """For each status with a clock, the instant (the desk's local midnight) before which
        a complaint's receipt puts its next deadline in `state` or worse: the queue filter as SQL."""
        today, state = now.date(), DeadlineState(state)  # a plain "overdue" from a combo box too
        by_stage = {
            stage: local_midnight(self.received_before(stage, today, state), now.tzinfo)
            for stage in set(STAGE_OF_STATUS.values())
        }
        return {str(status): by_stage[stage] for status, stage in STAGE_OF_STATUS.items()}

    def received_before(self, stage: Stage, today: date, state: DeadlineState) -> date:
        """The first receipt date NOT in `state` or worse: complaints of the stage received
        before it are overdue (OVERDUE) or overdue or due soon (DUE_SOON). Lets SQL filter."""
        limit = today if state is DeadlineState.OVERDUE else self.calendar.add_working_days(today, 1)

        def bad(received: date) -> bool:
            due = self.due_date(stage, received)
            return due < limit if state is DeadlineState.OVERDUE else due <= limit

        # Due dates never fall before receipt, so `limit` itself is fine; walk back from it.
        day = limit
        while not bad(day - timedelta(days=1)) and day > limit - timedelta(days=400):
            day -= timedelta(days=1)
        return day


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The desk's local midnight of `day`, aware (comparable with the UTC `received_at`)."""
    return datetime.combine(day, time(0), tzinfo=tz) if tz is not None else datetime.combine(day, time(0)).astimezone()


@dataclass(frozen=True)
class Closure:
    day: date
    kind: ClosureKind
    note: str


@dataclass(frozen=True)
class ImportProblem:
    line: int
    code: str
    value: str


class CalendarImportFailed(SupervisionError):
    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__("calendar_not_imported")
        self.problems = problems


# As in domain/workdays.py: public holidays and the joint leave days the government publishes.
HOLIDAY_CATEGORIES = ("public", "government")

_KIND_WORDS = {
    "cuti_bersama": ClosureKind.JOINT_LEAVE,
    "joint_leave": ClosureKind.JOINT_LEAVE,
    "tutup_daerah": ClosureKind.REGIONAL,
    "regional_closure": ClosureKind.REGIONAL,
    "": ClosureKind.REGIONAL,
}


class DeskCalendar:
    """The desk's calendar: the `holidays` package plus closures an admin adds or imports."""

    def __init__(self, db: Database, audit: AuditTrail, settings: Settings, clock: Clock = system_clock) -> None:
        self.db = db
        self.audit = audit
        self.settings = settings
        self.clock = clock

    def closures(self) -> list[Closure]:
        with self.db.read() as conn:
            rows = conn.execute(select(CLOSURES).order_by(CLOSURES.c.day)).all()
        return [Closure(r.day, ClosureKind(r.kind), r.note) for r in rows]

    def working_days(self) -> WorkingDayCalendar:
        from lapor_desk.domain.workdays import WorkingDayCalendar

        return WorkingDayCalendar(c.day for c in self.closures())

    def public_holidays(self, year: int, language: str = "id") -> list[tuple[date, str]]:
        """The national holidays and joint leave days the `holidays` package knows for `year`
        (the days WorkingDayCalendar skips besides the closures), named in `language`, by date."""
        from holidays.countries.indonesia import Indonesia

        known = Indonesia(categories=HOLIDAY_CATEGORIES, years=year, language="en_US" if language == "en" else "id")
        return sorted(known.items())

    def deadlines(self) -> Deadlines:
        try:
            profile = DeadlineProfile.parse(self.settings.get(DEADLINE_PROFILE))
        except ValueError:
            profile = NATIONAL
        return Deadlines(self.working_days(), profile)

    def add(self, actor: Actor, closures: Iterable[Closure]) -> tuple[int, int]:
        """Add closures (admin); returns (added, already present). All or nothing."""
        require(actor, Permission.MANAGE_SETTINGS)
        items = list(closures)
        with self.db.write() as conn:
            present = set(
                conn.execute(select(CLOSURES.c.day).where(CLOSURES.c.day.in_([c.day for c in items]))).scalars()
            )
            new = [c for c in items if c.day not in present]
            now = self.clock()
            for c in new:
                conn.execute(
                    insert(CLOSURES).values(
                        day=c.day, kind=str(c.kind), note=c.note[:200], added_by=actor.username, added_at=now
                    )
                )
            if new:
                self.audit.append(
                    conn,
                    actor.who,
                    AuditAction.CALENDAR_CHANGE,
                    "calendar",
                    {"added": [c.day.isoformat() for c in new], "kinds": sorted({str(c.kind) for c in new})},
                )
        return len(new), len(items) - len(new)

    def remove(self, actor: Actor, day: date) -> bool:
        require(actor, Permission.MANAGE_SETTINGS)
        with self.db.write() as conn:
            gone = conn.execute(delete(CLOSURES).where(CLOSURES.c.day == day)).rowcount
            if gone:
                self.audit.append(
                    conn, actor.who, AuditAction.CALENDAR_CHANGE, "calendar", {"removed": [day.isoformat()]}
                )
        return bool(gone)

    def import_file(self, actor: Actor, path: Path) -> tuple[int, int]:
        """Import `date[,kind[,note]]` lines; any bad line refuses the whole file."""
        require(actor, Permission.MANAGE_SETTINGS)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SupervisionError("import_not_utf8", line=text_line_of(path, exc.start)) from exc
        except FileNotFoundError as exc:
            raise SupervisionError("file_not_found", path=str(path)) from exc
        except OSError as exc:  # a folder, no permission, a disk error
            raise SupervisionError("file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
        return self.add(actor, parse_closures(text))


def text_line_of(path: Path, offset: int) -> int:
    return path.read_bytes()[:offset].count(b"\n") + 1


def parse_closures(text: str) -> list[Closure]:
    """Parse a closure list; raises CalendarImportFailed naming every bad line."""
    problems: list[ImportProblem] = []
    found: dict[date, int] = {}
    closures: list[Closure] = []
    for number, fields in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not fields or not fields[0].strip() or fields[0].strip().startswith("#"):
            continue
        raw = fields[0].strip()
        if number == 1 and raw.lower() in ("tanggal", "date"):
            continue  # a header row
        day = _parse_day(raw)
        if day is None:
            problems.append(ImportProblem(number, "calendar_bad_date", raw))
            continue
        word = fields[1].strip().lower() if len(fields) > 1 else ""
        kind = _KIND_WORDS.get(word)
        if kind is None:
            problems.append(ImportProblem(number, "calendar_bad_kind", word))
            continue
        if day in found:
            problems.append(ImportProblem(number, "calendar_duplicate", raw))
            continue
        found[day] = number
        closures.append(Closure(day, kind, ",".join(fields[2:]).strip()))
    if problems:
        raise CalendarImportFailed(problems)
    return closures


def _parse_day(raw: str) -> date | None:
    for parse in (date.fromisoformat, lambda s: datetime.strptime(s, "%d-%m-%Y").date()):
        try:
            day = parse(raw)
        except ValueError:
            continue
        return day if 2000 <= day.year <= 2100 else None
    return None
