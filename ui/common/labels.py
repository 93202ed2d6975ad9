"""Labels for the core's codes on screen, in the current language, from the core's one label table
(`lapor_desk.labels`: the receipt and the recap read the same), and how a deadline reads."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from lapor_desk import labels as core
from lapor_desk.domain.queue import Deadline, DeadlineState
from lapor_desk.i18n import LANGUAGES


def language() -> str:
    """The display language: LanguageSwitch sets the default QLocale with the translators."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "id"


def status_label(status: str) -> str:
    """Takes a Status or its code (a StrEnum equals its code); likewise below."""
    return core.status_label(status, language())


def type_label(value: str) -> str:
    return core.type_label(value, language())


def channel_label(value: str) -> str:
    return core.channel_label(value, language())


def sex_label(value: str) -> str:
    return core.sex_label(value, language())


def age_band_label(value: str) -> str:
    return core.age_band_label(value, language())


def disability_label(value: str) -> str:
    return core.disability_label(value, language())


def disability_type_label(value: str) -> str:
    return core.disability_type_label(value, language())


def event_label(kind: str) -> str:
    return core.event_label(kind, language())  # a later feature's kind shows its code until it has a label


def yes_no(value: bool | None) -> str:
    return core.yes_no(value, language())


def role_label(role: str) -> str:
    return core.role_label(role, language())


def audit_action_label(action: str) -> str:
    return core.audit_action_label(action, language())


# --- how a deadline reads, in the queue (short) and in a complaint's view (long)


def stage_label(stage: str) -> str:
    return core.stage_label(stage, language())


def state_label(state: str) -> str:
    return core.deadline_state_label(state, language())


def _when(d: Deadline, *, short: bool) -> str:
    """How far the due date is: "lewat 2 HK", "besok", "4 HK lagi" (HK: working days)."""
    days = abs(d.working_days_left)
    if d.state is DeadlineState.OVERDUE:
        if days == 0:  # due on a working day, and today is the closed day after it
            return QCoreApplication.translate("Deadlines", "lewat tenggat")
        if short:
            return QCoreApplication.translate("Deadlines", "lewat {days} HK").format(days=days)
        return QCoreApplication.translate("Deadlines", "lewat {days} hari kerja").format(days=days)
    if d.as_of is not None and d.due == d.as_of:
        return QCoreApplication.translate("Deadlines", "hari ini")
    if d.as_of is not None and d.due == d.as_of + timedelta(days=1):
        return QCoreApplication.translate("Deadlines", "besok")
    if days == 0:  # a 60-day case due on a closed day before the next working day
        return QCoreApplication.translate("Deadlines", "sebelum hari kerja berikutnya")
    if short:
        return QCoreApplication.translate("Deadlines", "{days} HK lagi").format(days=days)
    return QCoreApplication.translate("Deadlines", "{days} hari kerja lagi").format(days=days)


def _date(day: date, fmt: str) -> str:
    # The default locale follows the chosen language (LanguageSwitch): "3 Des" or "3 Dec".
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def deadline_short(d: Deadline) -> str:
    """For the queue: "3 Des · lewat 2 HK", "24 Nov · besok"; the year only when it differs."""
    fmt = "d MMM" if d.as_of is None or d.as_of.year == d.due.year else "d MMM yyyy"
    return f"{_date(d.due, fmt)} · {_when(d, short=True)}"


def deadline_long(d: Deadline) -> str:
    """For a complaint's view and the queue's tooltip: stage, due date, how far, state."""
    return QCoreApplication.translate("Deadlines", "{stage}: jatuh tempo {date} ({when}) — {state}").format(
        stage=stage_label(d.stage),
        date=_date(d.due, "dddd, d MMMM yyyy"),
        when=_when(d, short=False),
        state=state_label(d.state),
    )
