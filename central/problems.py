"""RFC 9457 problem details: one stable `type` URI per kind of failure."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from central.messages import text

PROBLEM_BASE = "https://lapor-desk.example/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

# kind -> (status, title)
KINDS: dict[str, tuple[int, str]] = {
    "malformed-request": (400, "Malformed request"),
    "unauthorized": (401, "Unauthorized"),
    "forbidden": (403, "Forbidden"),
    "installation-conflict": (403, "Desk token in use on another PC"),
    "not-found": (404, "Not found"),
    "method-not-allowed": (405, "Method not allowed"),
    "workflow-conflict": (409, "Workflow move not allowed"),
    "conflict": (409, "Conflict"),
    "audit-anchor-conflict": (409, "Audit anchor conflict"),
    "payload-too-large": (413, "Payload too large"),
    "unsupported-media-type": (415, "Unsupported media type"),
    "validation": (422, "Validation failed"),
    "hash-mismatch": (422, "Hash mismatch"),
    "rate-limited": (429, "Too many requests"),
    "internal": (500, "Internal server error"),
    "maintenance": (503, "Under maintenance"),
    "unavailable": (503, "Temporarily unavailable"),
}
_KIND_BY_STATUS = {status: kind for kind, (status, _title) in reversed(KINDS.items())}


class Problem(Exception):
    """Raised anywhere in a request; rendered as application/problem+json."""

    def __init__(
        self,
        kind: str,
        detail: str,
        *,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.kind = kind
        self.status, self.title = KINDS[kind]
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra

    @classmethod
    def coded(cls, kind: str, code: str, **params: Any) -> Problem:
        """A problem whose detail is the Indonesian text of a message code."""
        return cls(kind, text(code, **params))

    def with_errors(self, errors: list[dict[str, str]]) -> Problem:
        self.errors = errors
        return self

    def with_extra(self, **extra: Any) -> Problem:
        self.extra.update(extra)
        return self

    def body(self, instance: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": PROBLEM_BASE + self.kind,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            out["instance"] = instance
        if self.errors is not None:
            out["errors"] = self.errors
        out.update(self.extra)
        return out

    def response(self, instance: str | None = None) -> JSONResponse:
        return JSONResponse(self.body(instance), self.status, headers=self.headers, media_type=PROBLEM_MEDIA_TYPE)


def kind_for_status(status: int) -> str:
    if status in _KIND_BY_STATUS:
        return _KIND_BY_STATUS[status]
    return "internal" if status >= 500 else "malformed-request"


def field_error(field: str, code: str, **params: Any) -> dict[str, str]:
    return {"field": field, "code": code, "message": text(code, **params)}


# pydantic's error kinds that have a catalogue code of their own (never its English text)
PYDANTIC_CODES = {
    "missing": "required",
    "extra_forbidden": "unknown_field",
    "invalid_character": "invalid_character",
    "string_unicode": "invalid_character",  # a lone surrogate (\ud800 escaped in the JSON)
    "finite_number": "not_finite",  # NaN, Infinity
}


def echoable(value: str) -> str:
    """A text from the request as an answer may carry it: a lone surrogate, which no UTF-8
    answer can hold, is written as its escape (\\ud800)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value
