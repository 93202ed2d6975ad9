"""The one table of labels for the core's codes (status, type, channel, inclusion answers, events,
roles, audit actions, deadline stages and states), in any language of the message catalogue.

The window, the receipt, the recap and the commands all read a code's label here, so a status or
an age band reads the same on every screen and paper. Each label is the catalogue entry
`label.<kind>.<code>`; a code without one (a later feature's event kind) shows its code.
"""

from __future__ import annotations

from enum import StrEnum

from lapor_desk.accounts.roles import Role
from lapor_desk.domain.enums import (
    AgeBand,
    Channel,
    Disability,
    DisabilityType,
    EventKind,
    ReportType,
    Sex,
    Status,
)
from lapor_desk.domain.queue import DeadlineState, Stage
from lapor_desk.i18n import CATALOG, DEFAULT_LANGUAGE, translate

NONE = "—"  # an empty value, in every language

# The enums whose every member has a label (a test checks each member has its entry).
ENUMS: dict[str, type[StrEnum]] = {
    "status": Status,
    "type": ReportType,
    "channel": Channel,
    "sex": Sex,
    "age_band": AgeBand,
    "disability": Disability,
    "disability_type": DisabilityType,
    "event": EventKind,
    "role": Role,
    "stage": Stage,
    "deadline_state": DeadlineState,
}


def label(kind: str, code: object, language: str = DEFAULT_LANGUAGE) -> str:
    """The label of `code` (an enum member or its stored code) of `kind`; "—" for none."""
    if code is None or code == "":
        return NONE
    key = f"label.{kind}.{code}"
    return translate(key, language) if key in CATALOG else str(code)


def status_label(value: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("status", value, language)


def type_label(value: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("type", value, language)


def channel_label(value: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("channel", value, language)


def sex_label(value: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("sex", value, language)


def age_band_label(value: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("age_band", value, language)


def disability_label(value: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("disability", value, language)


def disability_type_label(value: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("disability_type", value, language)


def event_label(kind: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("event", kind, language)


def role_label(role: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("role", role, language)


def audit_action_label(action: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("audit", action, language)


def stage_label(stage: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("stage", stage, language)


def deadline_state_label(state: object, language: str = DEFAULT_LANGUAGE) -> str:
    return label("deadline_state", state, language)


def field_label(name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A complaint field's label (`reporter_phone` -> "Telepon" / "Phone"): the catalogue's
    `label.field.<name>`, whose Indonesian is the field table's label (a test keeps them equal)."""
    return label("field", name, language)


def yes_no(value: bool | None, language: str = DEFAULT_LANGUAGE) -> str:
    if value is None:
        return NONE
    return label("answer", "yes" if value else "no", language)
