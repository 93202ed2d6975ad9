"""What `lapor-desk sync` says after a cycle: each problem with what to do, the clock, the queue's age."""

from __future__ import annotations

from datetime import datetime

from lapor_desk.i18n import Message, translate
from lapor_desk.sync.events import SyncStatus
from lapor_desk.sync.problems import reasons
from lapor_desk.sync.resolve import Kind, Problem
from lapor_desk.sync.service import CLOCK_WARN_S

OLDEST_WARN_S = 3600.0  # an unsent complaint older than this is worth a line

_TODO = {
    Kind.FIELDS: "sync_todo_fields",
    Kind.LOCKED: "sync_todo_locked",
    Kind.CONFLICT: "sync_todo_conflict",
    Kind.ATTACHMENT: "sync_todo_attachment",
    Kind.TOO_LARGE: "sync_todo_too_large",
    Kind.REPLY_UNKNOWN: "sync_todo_reply",
    Kind.REPLY_REFUSED: "sync_todo_reply",
}


# Registration problems the desk words itself (the token is bound to another PC).
DESK_OWN_REGISTRATION = frozenset({"sync_desk_code_in_use"})


def reason(problem: Problem, language: str) -> str:
    """Why the central refused, in the reader's language."""
    if problem.kind is Kind.LOCKED:
        return translate("sync_reason_locked", language, {"status": problem.central_status or "?"})
    if problem.kind is Kind.REPLY_UNKNOWN:
        return translate("sync_reason_reply_unknown", language)
    if problem.kind is Kind.REPLY_REFUSED:
        return translate("sync_reason_reply_refused", language, {"message": problem.message})
    if problem.kind is Kind.REGISTRATION:
        if problem.message in DESK_OWN_REGISTRATION:  # the desk's own words (the engine stores the code)
            return translate(problem.message, language)
        return translate("sync_registration_problem", language, {"detail": problem.message})
    found = reasons(problem.errors, language)
    return " ".join(t.rstrip(".") + "." for t in found) or translate("sync_central_refused", language, {"message": "?"})


def problem_line(problem: Problem, language: str) -> str:
    if problem.kind is Kind.REGISTRATION:
        return reason(problem, language)
    return translate(
        "sync_problem_line",
        language,
        {
            "receipt": problem.receipt_number,
            "title": problem.title,
            "reason": reason(problem, language),
            "todo": translate(_TODO[problem.kind], language),
        },
    )


def clock_line(offset_s: float | None, language: str) -> str | None:
    """The desk clock against the central's, when it is off by more than the threshold.
    `offset_s` is central minus desk: negative when the desk runs fast."""
    if offset_s is None or abs(offset_s) <= CLOCK_WARN_S:
        return None
    direction = Message("sync_clock_faster" if offset_s < 0 else "sync_clock_slower")
    return translate("sync_clock_skew", language, {"minutes": round(abs(offset_s) / 60), "direction": direction})


def oldest_line(status: SyncStatus, now: datetime, language: str) -> str | None:
    if status.waiting == 0 or status.oldest_queued_at is None:
        return None
    age = (now - status.oldest_queued_at).total_seconds()
    if age < OLDEST_WARN_S:
        return None
    return translate(
        "sync_oldest_unsent",
        language,
        {"hours": int(age // 3600), "since": status.oldest_queued_at.astimezone().strftime("%Y-%m-%d %H:%M")},
    )
