"""What the queue asks for and what it gets back: kept light, so the UI can import it at start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import NamedTuple

from lapor_desk.domain.enums import Channel, ReportType, Status


class Stage(StrEnum):
    VERIFY = "verify"
    FOLLOW_UP = "follow_up"
    CASE = "case"


class DeadlineState(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"  # due today or on the next working day
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Deadline:
    """A complaint's next deadline as of one day (lapor_desk/deadlines.py computes it)."""

    stage: Stage
    due: date
    state: DeadlineState
    working_days_left: int  # negative when overdue
    as_of: date | None = None  # the desk's day the state was computed for


class QueueSort(StrEnum):
    """The queue's order. Within a status (STATUS), newest received first."""

    NEWEST = "newest"  # received, newest first (the default)
    OLDEST = "oldest"
    STATUS = "status"  # the workflow's order: draft, recorded, unverified, … archived
    DEADLINE = "deadline"  # next deadline first (the desk calendar's); complaints without one last


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. Dates are aware datetimes bounding `received_at`.

    `deadline` keeps complaints whose next deadline is in that state or worse: OVERDUE,
    or DUE_SOON for overdue or due within a working day."""

    statuses: tuple[Status, ...] = ()
    type: ReportType | None = None
    channel: Channel | None = None
    received_from: datetime | None = None
    received_until: datetime | None = None
    text: str = ""
    deadline: DeadlineState | None = None
    sort: QueueSort = QueueSort.NEWEST


@dataclass(frozen=True)
class QueueCount:
    """How many complaints a filter finds: exact up to a cap, else "more than `count`"."""

    count: int
    exact: bool


class QueueRow(NamedTuple):
    """One line of the queue, as the database returns it: codes stay strings (a StrEnum
    compares equal to its code) and the time stays text until a row is drawn, so a page
    costs no more than the query itself. `deadline` is added by the service when the desk
    calendar is known (None for a complaint with no clock running)."""

    id: int
    receipt_number: str | None
    status: str
    type: str | None
    channel: str | None
    title: str
    reporter: str
    is_anonymous: int
    received_at_text: str | None
    location_text: str
    is_demo: int = 0  # demo data (training): never sent, never "antre kirim"
    queue_key: int = 0  # the queue's order key (received second and id): pages continue from it
    deadline: Deadline | None = None

    @property
    def received_at(self) -> datetime | None:
        value: object = self.received_at_text
        if not value:
            return None
        if isinstance(value, datetime):  # PostgreSQL's driver already returns datetimes
            return value.replace(tzinfo=UTC)
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
