"""The closed vocabularies of a complaint (stored by their code)."""

from __future__ import annotations

from enum import StrEnum


class ReportType(StrEnum):
    PENGADUAN = "pengaduan"
    ASPIRASI = "aspirasi"
    PERMINTAAN_INFORMASI = "permintaan_informasi"


class Channel(StrEnum):
    WALK_IN = "walk_in"
    PHONE = "phone"
    LETTER = "letter"
    SUGGESTION_BOX = "suggestion_box"
    SMS = "sms"
    WEB = "web"
    APP = "app"
    SOCIAL = "social"


class Status(StrEnum):
    DRAFT = "draft"
    RECORDED = "recorded"
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ON_HOLD = "on_hold"
    NOT_AUTHORITY = "not_authority"
    ARCHIVED = "archived"


# Statuses the desk may still change; later ones belong to the central workflow.
# unverified and on_hold: the central still accepts a new revision from the desk (the
# sync queues the edit); on_hold is the central asking the reporter to complete it.
EDITABLE_STATUSES = frozenset({Status.DRAFT, Status.RECORDED, Status.UNVERIFIED, Status.ON_HOLD})


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class AgeBand(StrEnum):
    UNDER_16 = "under_16"
    YOUTH = "16_30"  # youth under UU 40/2009
    ADULT = "31_45"
    MIDDLE = "46_60"
    SENIOR = "over_60"

    def contains(self, age: int) -> bool:
        low, high = _AGE_LIMITS[self]
        return low <= age <= high


_AGE_LIMITS = {
    AgeBand.UNDER_16: (0, 15),
    AgeBand.YOUTH: (16, 30),
    AgeBand.ADULT: (31, 45),
    AgeBand.MIDDLE: (46, 60),
    AgeBand.SENIOR: (61, 150),
}


class Disability(StrEnum):
    YES = "yes"
    NO = "no"
    DECLINED = "declined"


class DisabilityType(StrEnum):
    PHYSICAL = "physical"
    INTELLECTUAL = "intellectual"
    MENTAL = "mental"
    SENSORY = "sensory"


class EventKind(StrEnum):
    CREATED = "created"
    EDITED = "edited"
    RECORDED = "recorded"
    IMPORTED = "imported"
    MARKED_DUPLICATE = "marked_duplicate"
    REPORTER_REPLY = "reporter_reply"
    RECEIPT_ISSUED = "receipt_issued"
    PERSONAL_DATA_REMOVED = "personal_data_removed"  # the retention purge (lapor_desk/privacy.py)
