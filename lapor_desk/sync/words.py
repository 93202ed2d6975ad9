"""A sync attempt in words: what the desk asked the central and what came of it, for the
history a clerk or supervisor reads (the window's *Riwayat kirim*, a complaint's view).

The attempt log (`sync_attempts`) keeps the technical record — "POST /complaints/batch
(20 items)", outcome `retry`, `ConnectionError` — which stays one step away for IT staff.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lapor_desk.i18n import CATALOG, translate

_REQUEST = re.compile(r"^(?P<method>[A-Z]+) (?P<path>\S+)(?: \((?P<count>\d+) items\))?")

# (method, path pattern) -> message code; the first match wins.
_WHAT: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("POST", re.compile(r"^/complaints/batch$"), "sync_do_batch"),
    ("POST", re.compile(r"^/complaints/lookup$"), "sync_do_lookup"),
    ("POST", re.compile(r"^/complaints/(?P<tracking>\d+)/replies$"), "sync_do_reply"),
    ("GET", re.compile(r"^/updates$"), "sync_do_updates"),
    ("GET", re.compile(r"^/reference/(?P<kind>[\w-]+)$"), "sync_do_reference"),
    ("GET", re.compile(r"^/health$"), "sync_do_health"),
    ("HEAD", re.compile(r"^/attachments/[0-9a-f]+$"), "sync_do_file_check"),
    ("PUT", re.compile(r"^/attachments/[0-9a-f]+$"), "sync_do_file_put"),
    ("GET", re.compile(r"^/attachments/[0-9a-f]+/parts$"), "sync_do_file_offset"),
    ("PUT", re.compile(r"^/attachments/[0-9a-f]+/parts/\d+$"), "sync_do_file_part"),
    ("GET", re.compile(r"^/audit-anchor$"), "sync_do_anchor_get"),
    ("PUT", re.compile(r"^/audit-anchor$"), "sync_do_anchor_put"),
)

# Requests whose words need the item count the transport logs with them.
_COUNTED = {"sync_do_batch", "sync_do_lookup"}

# Exception class names (requests / urllib3) -> why, in words.
_WHY_BY_PROBLEM = {
    "ConnectionError": "sync_why_connection",
    "ConnectTimeout": "sync_why_timeout",
    "ReadTimeout": "sync_why_timeout",
    "Timeout": "sync_why_timeout",
    "SSLError": "sync_why_tls",
    "ProxyError": "sync_why_proxy",
    "ChunkedEncodingError": "sync_why_unreadable",
    "ContentDecodingError": "sync_why_unreadable",
    "JSONDecodeError": "sync_why_unreadable",
    "plain-http-refused": "sync_why_plain_http",
}


@dataclass(frozen=True)
class AttemptWords:
    what: str  # what the desk asked for
    result: str  # what came of it
    why: str  # the reason when it did not go through ("" when it did, or none is known)


def what(request: str, language: str) -> str:
    """ "POST /complaints/batch (20 items)" -> "Kirim 20 pengaduan"; unknown requests as they are."""
    m = _REQUEST.match(request or "")
    if m is None:
        return request
    path = m["path"].split("?", 1)[0]
    for method, pattern, code in _WHAT:
        found = pattern.match(path)
        if method == m["method"] and found:
            params: dict[str, object] = dict(found.groupdict())
            if m["count"] is not None:
                params["count"] = int(m["count"])
            elif code in _COUNTED:
                return request  # a counted request logged without its count: keep it as it is
            return translate(code, language, params)
    return request


def result(outcome: str, language: str) -> str:
    """An attempt's outcome, or one complaint's result in an attempt, in words."""
    code = f"sync_result_{outcome}"
    return translate(code, language) if outcome and code in CATALOG else outcome


# An item's result that means the central took the complaint (lapor_desk/sync/results.py).
_TAKEN = frozenset(("created", "updated", "duplicate"))


def batch_result(outcome: str, item_results: Mapping[str, int], language: str) -> str:
    """A batch the central answered item by item: "ok" is only the request; when any complaint
    in it was refused the words say how many went through and how many did not."""
    refused = sum(n for res, n in item_results.items() if res not in _TAKEN)
    if outcome != "ok" or refused == 0:
        return result(outcome, language)
    taken = sum(n for res, n in item_results.items() if res in _TAKEN)
    return translate("sync_result_partly", language, {"sent": taken, "refused": refused})


def why(outcome: str, http_status: int | None, problem_type: str, language: str) -> str:
    if outcome == "ok":
        return ""
    name = (problem_type or "").rsplit("/", 1)[-1]
    if name in _WHY_BY_PROBLEM:
        return translate(_WHY_BY_PROBLEM[name], language)
    if http_status == 429 or http_status == 503:
        return translate("sync_why_busy", language)
    if http_status is not None and http_status >= 500:
        return translate("sync_why_server", language, {"status": http_status})
    return ""


def attempt_words(
    request: str,
    outcome: str,
    http_status: int | None,
    problem_type: str,
    language: str,
    item_result: str = "",
    item_results: Mapping[str, int] | None = None,
) -> AttemptWords:
    """`item_result`: one complaint's result (its own history); `item_results`: an attempt's
    items counted by result (the desk's whole history)."""
    said = result(item_result, language) if item_result else batch_result(outcome, item_results or {}, language)
    return AttemptWords(what(request, language), said, why(outcome, http_status, problem_type, language))
