"""The receipt (tanda terima) a citizen takes home: its content, in either language.

Rendering (A4 or 80 mm roll, PDF or printer, the QR code) is the UI's job; this module
decides what the receipt says, so both layouts and any future printer say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from lapor_desk.domain.complaint import Complaint
from lapor_desk.domain.enums import EventKind
from lapor_desk.domain.queue import Stage
from lapor_desk.i18n import translate
from lapor_desk.labels import channel_label, type_label
from lapor_desk.settings import (
    DESK_CODE,
    DESK_COUNTER,
    DESK_NAME,
    DESK_PHONE,
    OFFICE_ADDRESS,
    OFFICE_NAME,
    OFFICE_PHONE,
    Settings,
)
from lapor_desk.storage.receipt_format import SERIAL_DIGITS, format_receipt_number

if TYPE_CHECKING:
    from lapor_desk.deadlines import Deadlines


def widest_receipt_number(settings: Settings) -> str:
    """The widest receipt number this desk's lists show in the usual run of things (for the
    receipt column's width): any counter's under this desk code (the longest counter code, of
    wide letters), a day's serial grown two digits past SERIAL_DIGITS. Digits are left for the
    caller to make its widest."""
    counter = "W" * DESK_COUNTER.max_length
    return format_receipt_number(
        f"{settings.get(DESK_CODE)}-{counter}", date.max.strftime("%Y%m%d"), 10 ** (SERIAL_DIGITS + 2) - 1
    )


@dataclass(frozen=True)
class Receipt:
    heading: str
    copy_mark: str  # empty on the first print; "SALINAN" on reprints
    receipt_number: str
    qr_payload: str
    rows: tuple[tuple[str, str], ...]  # label, value
    next_steps: tuple[str, ...]
    status_help: str
    privacy: str
    signatures: tuple[str, str]
    letterhead: tuple[str, ...] = ()  # the office's name, address and phone, those that are set
    sheet: str = ""  # whose copy: "Lembar untuk pelapor" / "Lembar arsip kantor"; empty when unnamed

    def plain_text(self) -> str:
        """Everything on the receipt as text (for tests, accessibility and logs)."""
        parts = [*self.letterhead, self.heading, self.sheet, self.copy_mark, self.receipt_number]
        parts += [f"{label}: {value}" for label, value in self.rows]
        parts += [*self.next_steps, self.status_help, self.privacy, *self.signatures]
        return "\n".join(p for p in parts if p)


SHEETS = ("citizen", "office")


def sheets_to_print(setting: str) -> tuple[str, ...]:
    """The sheets the `receipt.copies` setting asks for, in print order."""
    return SHEETS if setting == "both" else (setting,) if setting in SHEETS else SHEETS[:1]


def _t(code: str, language: str, **params: object) -> str:
    return translate(code, language, params)


def _fmt(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def receipt_of(
    complaint: Complaint,
    settings: Settings,
    deadlines: Deadlines,
    *,
    tz: tzinfo | None = None,
    copy_number: int = 0,
    language: str = "id",
    sheet: str = "",
) -> Receipt:
    """The receipt as this desk prints it: its names and letterhead from the settings, its
    deadlines from the desk's calendar and profile (the ones the queue shows)."""
    return build_receipt(
        complaint,
        desk_name=settings.get(DESK_NAME),
        desk_phone=settings.get(DESK_PHONE),
        deadlines=deadlines,
        tz=tz,
        copy_number=copy_number,
        language=language,
        sheet=sheet,
        office_name=settings.get(OFFICE_NAME),
        office_address=settings.get(OFFICE_ADDRESS),
        office_phone=settings.get(OFFICE_PHONE),
    )


def build_receipt(
    complaint: Complaint,
    *,
    desk_name: str,
    desk_phone: str,
    deadlines: Deadlines,
    tz: tzinfo | None = None,
    copy_number: int = 0,
    language: str = "id",
    office_name: str = "",
    office_address: str = "",
    office_phone: str = "",
    sheet: str = "",
) -> Receipt:
    """`sheet`: "citizen" or "office" names whose copy it is; "" names none."""
    c = complaint
    desk_phone = desk_phone or office_phone  # the office's number when the desk has none of its own
    phone_line = _t("receipt_office_phone", language, phone=office_phone) if office_phone else ""
    letterhead = tuple(line for line in (office_name, office_address, phone_line) if line)
    # The day of receipt in the desk's zone (`tz`, the zone of the clock the queue counts by),
    # so the receipt and the queue count from the same day.
    received: datetime = (c.received_at or c.created_at or datetime.now(tz)).astimezone(tz)
    day, profile = received.date(), deadlines.profile
    verify_by, follow_up_by, case_by = (
        deadlines.due_date(stage, day) for stage in (Stage.VERIFY, Stage.FOLLOW_UP, Stage.CASE)
    )
    reporter = _t("receipt_anonymous", language) if c.is_anonymous else (c.reporter_name or "—")
    removed = [e for e in c.events if e.kind == EventKind.PERSONAL_DATA_REMOVED]
    if removed:  # the retention purge emptied the reporter's data on this PC
        reporter = _t("receipt_personal_removed", language, date=_fmt(removed[-1].at.astimezone().date()))
    officer = c.officer_name + (f" (NIP {c.officer_nip})" if c.officer_nip else "")
    type_text = type_label(c.type, language)  # the one label table: the queue and the recap say the same
    channel_text = channel_label(c.channel, language)
    rows = (
        (_t("receipt_number", language), c.receipt_number or "—"),
        (_t("receipt_received", language), received.strftime("%d-%m-%Y %H:%M")),
        (_t("receipt_channel", language), channel_text),
        (_t("receipt_desk", language), desk_name),
        (_t("receipt_officer", language), officer),
        (_t("receipt_reporter", language), reporter),
        (_t("receipt_title", language), c.title),
        (_t("receipt_type", language), type_text),
        (_t("receipt_attachments", language), str(len(c.attachments))),
        (_t("receipt_agency", language), c.agency_name or _t("receipt_agency_unknown", language)),
    )
    steps = (
        _t("receipt_step_verify", language, date=_fmt(verify_by), days=profile.verify_days),
        _t("receipt_step_follow_up", language, date=_fmt(follow_up_by), days=profile.follow_up_days),
        _t("receipt_step_case", language, date=_fmt(case_by), days=profile.total_days),
    )
    if c.tracking_id:
        status_help = _t("receipt_status_tracking", language, tracking=c.tracking_id, phone=desk_phone or "—")
    else:
        status_help = _t("receipt_status_pending", language, receipt=c.receipt_number or "", phone=desk_phone or "—")
    return Receipt(
        heading=_t("receipt_heading", language),
        copy_mark=_t("receipt_copy", language, n=copy_number) if copy_number else "",
        receipt_number=c.receipt_number or "",
        qr_payload=c.receipt_number or "",
        rows=rows,
        next_steps=steps,
        status_help=status_help,
        privacy=_t("receipt_privacy", language),
        signatures=(_t("receipt_sign_officer", language), _t("receipt_sign_reporter", language)),
        letterhead=letterhead,
        sheet=_t(f"receipt_sheet_{sheet}", language) if sheet in SHEETS else "",
    )
