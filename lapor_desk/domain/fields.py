"""The field table: one declaration per complaint field, read by the form, import, export and sync.

A field is declared once, on `ComplaintInput` (domain/complaint.py), with `declare(...)`: its
kind (which editor the form builds and how import parses a cell), the form section it sits in,
its column label in Indonesian, its length limits (validation) and whether it is the reporter's
personal data (left out of exports by default). Everything else asks this table.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any


class Kind(StrEnum):
    """What a field holds, and so which editor it gets and how a file's cell is read."""

    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines (the complaint's body)
    ENUM = "enum"  # one of an enum's members, or none
    ENUM_SET = "enum_set"  # any of an enum's members
    FLAG = "flag"  # yes / no
    TRISTATE = "tristate"  # yes / no / not asked
    DATE = "date"
    DATETIME = "datetime"  # aware
    NUMBER = "number"
    REGION = "region"  # a Kemendagri code, one level per field in order
    TOPIC = "topic"  # a topic of the reference tree (only a listed one)
    AGENCY = "agency"  # an agency's name (a listed one or any typed)


class Section(StrEnum):
    """Where a field sits on the intake form, in this order."""

    REPORT = "report"
    LOCATION = "location"
    REPORTER = "reporter"
    INCLUSION = "inclusion"
    OFFICER = "officer"


_DEFAULTS: dict[Kind, Any] = {Kind.FLAG: False, Kind.ENUM_SET: ()}
TEXT_KINDS = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.REGION, Kind.TOPIC, Kind.AGENCY})  # held as str


@dataclass(frozen=True)
class FieldSpec:
    """One field of the complaint, as declared."""

    kind: Kind
    section: Section
    label: str  # the column label of `export --header id`; import reads it too
    enum: type[Enum] | None = None
    min_length: int = 0  # checked when recording
    max_length: int | None = None  # checked always
    input_limit: int | None = None  # the form's editor takes no more characters than this
    personal: bool = False  # the reporter's personal data
    name: str = ""  # filled from the dataclass field

    @property
    def default(self) -> Any:
        if self.kind in TEXT_KINDS:
            return ""
        return _DEFAULTS.get(self.kind)


def declare(kind: Kind, section: Section, label: str, **details: Any) -> Any:
    """A dataclass field declared with its spec (the field's default follows from its kind)."""
    spec = FieldSpec(kind, section, label, **details)
    if spec.kind is Kind.ENUM_SET or spec.kind is Kind.ENUM:
        assert spec.enum is not None, "an enum field names its enum"
    return dataclasses.field(default=spec.default, metadata={"spec": spec})


def table(cls: type) -> tuple[FieldSpec, ...]:
    """The declared fields of a dataclass, in declaration order, each with its name."""
    return tuple(dataclasses.replace(f.metadata["spec"], name=f.name) for f in dataclasses.fields(cls))
