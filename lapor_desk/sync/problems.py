"""The central's refusals as the desk shows them: field messages for the form, plain reasons."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lapor_desk.domain.messages import FieldMessage, Severity, ValidationResult
from lapor_desk.i18n import CATALOG, translate
from lapor_desk.labels import field_label

_INDEX = re.compile(r"\[\d+\].*$")
# Central codes with a desk wording of their own.
_OWN = {
    "attachment_refused": "sync_attachment_refused",
    "attachment_type": "sync_attachment_refused",
    "attachment_too_large": "sync_attachment_refused",
    "revision_conflict": "sync_revision_conflict",
}


def form_field(name: str) -> str:
    """`attachments[2].media_type` -> `attachments`; ComplaintInput names pass through."""
    return _INDEX.sub("", name)


def attachment_refusal(
    status: int | None, problem_type: str, body: Any, message: str, name: str
) -> tuple[str, dict[str, Any]]:
    """The desk's own message (code, parameters) for a file of `name` that the central
    refused (413, 415, ...) or that the desk's store could not give (`attachment-missing`,
    `attachment-damaged`). Each names the file, so the clerk knows which one to replace."""
    if problem_type == "attachment-missing":
        return "attachment_missing", {"name": name}
    if problem_type == "attachment-damaged":
        return "attachment_unreadable", {"name": name}
    if status == 415:
        return "attachment_type", {"name": name}
    limit = body.get("max_bytes") if isinstance(body, dict) else None
    if status == 413 and isinstance(limit, int) and limit > 0:
        return "attachment_too_big", {"name": name, "limit": _megabytes(limit)}
    # The file's name with the central's own words (data, not a sentence of ours).
    return "sync_attachment_refused", {"message": f"{name}: {message or problem_type or status}"}


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.2f}".rstrip("0").rstrip(".")


def field_message(error: dict[str, Any]) -> FieldMessage:
    field = form_field(str(error.get("field", "")))
    code = str(error.get("code", ""))
    message = str(error.get("message", "")).strip() or code
    params = error.get("params")
    if isinstance(params, dict) and code in CATALOG:  # the desk's own wording, with its parameters
        try:
            translate(code, "en", params)
        except (KeyError, IndexError):
            pass
        else:
            return FieldMessage(field, code, Severity.ERROR, dict(params))
    if code in _OWN:
        return FieldMessage(field, _OWN[code], Severity.ERROR, {"message": message})
    if code in CATALOG:
        try:
            translate(code, "en")  # usable without the parameters the central did not send back
        except (KeyError, IndexError):
            pass
        else:
            return FieldMessage(field, code, Severity.ERROR, {})
    return FieldMessage(field, "sync_central_refused", Severity.ERROR, {"message": message})


def as_validation_result(errors: Iterable[dict[str, Any]]) -> ValidationResult:
    """For `IntakeForm.show_problems`: the central's field errors at their fields."""
    return ValidationResult(tuple(field_message(e) for e in errors))


def reasons(errors: Iterable[dict[str, Any]], language: str = "id") -> list[str]:
    """One plain sentence per refusal, with the field it concerns when there is one."""
    out = []
    for e in errors:
        m = field_message(e)
        text = m.text(language)
        out.append(f"{field_label(m.field, language)}: {text}" if m.field else text)
    return out
