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


def field_error(field: str, code: str, /, **params: Any) -> dict[str, str]:
    return {"field": field, "code": code, "message": text(code, **params)}


# pydantic's error kinds -> the catalogue's code for each (never pydantic's English `msg`).
# Each text names the field it concerns; the parameters come from the error's context.
PYDANTIC_CODES = {
    "missing": "required",
    "extra_forbidden": "unknown_field",
    "invalid_character": "invalid_character",
    "string_unicode": "invalid_character",  # a lone surrogate (\ud800 escaped in the JSON)
    "finite_number": "not_finite",  # NaN, Infinity
    "uuid_parsing": "not_uuid",
    "uuid_type": "not_uuid",
    "uuid_version": "not_uuid",
    "datetime_parsing": "not_datetime",
    "datetime_from_date_parsing": "not_datetime",
    "datetime_type": "not_datetime",
    "datetime_object_invalid": "not_datetime",
    "timezone_aware": "datetime_without_zone",
    "date_parsing": "not_date",
    "date_from_datetime_parsing": "not_date",
    "date_from_datetime_inexact": "not_date",
    "date_type": "not_date",
    "int_parsing": "not_integer",
    "int_parsing_size": "not_integer",
    "int_type": "not_integer",
    "int_from_float": "not_integer",
    "float_parsing": "not_number",
    "float_type": "not_number",
    "bool_parsing": "not_boolean",
    "bool_type": "not_boolean",
    "string_type": "not_text",
    "list_type": "not_a_list",
    "model_type": "not_an_object_at",
    "model_attributes_type": "not_an_object_at",
    "dict_type": "not_an_object_at",
    "greater_than_equal": "number_too_small",
    "greater_than": "number_not_above",
    "less_than_equal": "number_too_large",
    "less_than": "number_not_below",
    "string_pattern_mismatch": "pattern_mismatch",
    "enum": "invalid_choice",
    "literal_error": "invalid_choice",
    "string_too_long": "too_long",
    "string_too_short": "too_short_text",
}
# An error about the request body as a whole (no field to name): a code of its own, so it
# can never be read as a field, the complaint's own `body` least of all.
_WHOLE_BODY_CODES = {
    "missing": "request_body_missing",
    "string_unicode": "invalid_key_character",  # a key of the body that holds a lone surrogate
    "invalid_character": "invalid_key_character",
}
_HEX64 = "^[0-9a-f]{64}$"


def pydantic_field_error(loc: tuple[Any, ...] | list[Any], err: Any) -> dict[str, str]:
    """The catalogue's field error for one of pydantic's errors at `loc` (a path of names
    and list indexes, already without FastAPI's "body"/"query" prefix)."""
    name = echoable(".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in loc).replace(".[", "["))
    kind = str(err.get("type", ""))
    if not name:
        return field_error("", _WHOLE_BODY_CODES.get(kind, "request_not_valid"))
    ctx = err.get("ctx") or {}
    value = err.get("input")
    code = PYDANTIC_CODES.get(kind, "invalid_field")
    params: dict[str, Any] = {"field": name}
    if kind in ("too_long", "too_short"):  # a constraint applied after a validator: text or list
        is_text = isinstance(value, str)
        if kind == "too_long":
            code = "too_long" if is_text else "too_many_items"
            params |= {"max": ctx.get("max_length"), "length": ctx.get("actual_length")}
        else:
            code = "too_short_text" if is_text else "too_few_items"
            params["min"] = ctx.get("min_length")
    elif code == "too_long":
        params |= {"max": ctx.get("max_length"), "length": len(value) if isinstance(value, str) else "?"}
    elif code == "too_short_text":
        params["min"] = ctx.get("min_length")
    elif code in ("number_too_small", "number_not_above"):
        params["min"] = ctx.get("ge", ctx.get("gt"))
    elif code in ("number_too_large", "number_not_below"):
        params["max"] = ctx.get("le", ctx.get("lt"))
    elif code == "pattern_mismatch" and ctx.get("pattern") == _HEX64:
        code = "not_sha256"
    elif code == "pattern_mismatch":
        params["pattern"] = ctx.get("pattern")
    elif code == "invalid_choice":
        params["value"] = echoable(str(value)[:50])
    return field_error(name, code, **params)


def echoable(value: str) -> str:
    """A text from the request as an answer may carry it: a lone surrogate, which no UTF-8
    answer can hold, is written as its escape (\\ud800)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value
