"""What the queue asks for and what it gets back: kept light, so the UI can import it at start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from lapor_desk.domain.enums import Channel, ReportType, Status


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. Dates are aware datetimes bounding `received_at`."""

    statuses: tuple[Status, ...] = ()
    type: ReportType | None = None
    channel: Channel | None = None
    received_from: datetime | None = None
    received_until: datetime | None = None
    text: str = ""


class QueueRow(NamedTuple):
    """One line of the queue, as the database returns it: codes stay strings (a StrEnum
    compares equal to its code) and the time stays text until a row is drawn, so a page
    costs no more than the query itself."""

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

    @property
    def received_at(self) -> datetime | None:
        value: object = self.received_at_text
        if not value:
            return None
        if isinstance(value, datetime):  # PostgreSQL's driver already returns datetimes
            return value.replace(tzinfo=UTC)
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
