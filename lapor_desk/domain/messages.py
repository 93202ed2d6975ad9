"""Field-level messages that validation returns, renderable in either language."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import Any

from lapor_desk.i18n import translate


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class FieldMessage:
    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    def text(self, language: str = "id") -> str:
        return translate(self.code, language, self.params)


def error(field_name: str, code: str, **params: Any) -> FieldMessage:
    return FieldMessage(field_name, code, Severity.ERROR, params)


def warning(field_name: str, code: str, **params: Any) -> FieldMessage:
    return FieldMessage(field_name, code, Severity.WARNING, params)


@dataclass(frozen=True)
class ValidationResult:
    messages: tuple[FieldMessage, ...] = ()

    @property
    def errors(self) -> tuple[FieldMessage, ...]:
        return tuple(m for m in self.messages if m.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[FieldMessage, ...]:
        return tuple(m for m in self.messages if m.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors

    def for_field(self, name: str) -> tuple[FieldMessage, ...]:
        return tuple(m for m in self.messages if m.field == name)


class ValidationFailed(Exception):
    """Raised by a save that validation refused; carries every message."""

    def __init__(self, result: ValidationResult) -> None:
        super().__init__(", ".join(f"{m.field}:{m.code}" for m in result.errors))
        self.result = result
