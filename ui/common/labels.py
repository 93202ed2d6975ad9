"""Translated labels for the core's codes (statuses, types, channels, inclusion answers, roles, audit
actions) and how a deadline reads."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

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
from lapor_desk.domain.queue import Deadline, DeadlineState, Stage


def status_label(status: str) -> str:
    """Takes a Status or its code (a StrEnum equals its code); likewise below."""
    labels: dict[str, str] = {
        Status.DRAFT: QCoreApplication.translate("Labels", "Draf"),
        Status.RECORDED: QCoreApplication.translate("Labels", "Tercatat (antre kirim)"),
        Status.UNVERIFIED: QCoreApplication.translate("Labels", "Belum Terverifikasi"),
        Status.VERIFIED: QCoreApplication.translate("Labels", "Terverifikasi"),
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "Dalam Proses"),
        Status.COMPLETED: QCoreApplication.translate("Labels", "Selesai"),
        Status.ON_HOLD: QCoreApplication.translate("Labels", "Tunda"),
        Status.NOT_AUTHORITY: QCoreApplication.translate("Labels", "Bukan Wewenang"),
        Status.ARCHIVED: QCoreApplication.translate("Labels", "Diarsipkan"),
    }
    return labels[status]


def type_label(value: str) -> str:
    labels: dict[str, str] = {
        ReportType.PENGADUAN: QCoreApplication.translate("Labels", "Pengaduan"),
        ReportType.ASPIRASI: QCoreApplication.translate("Labels", "Aspirasi"),
        ReportType.PERMINTAAN_INFORMASI: QCoreApplication.translate("Labels", "Permintaan Informasi"),
    }
    return labels[value]


def channel_label(value: str) -> str:
    labels: dict[str, str] = {
        Channel.WALK_IN: QCoreApplication.translate("Labels", "Tatap muka"),
        Channel.PHONE: QCoreApplication.translate("Labels", "Telepon"),
        Channel.LETTER: QCoreApplication.translate("Labels", "Surat"),
        Channel.SUGGESTION_BOX: QCoreApplication.translate("Labels", "Kotak saran"),
        Channel.SMS: QCoreApplication.translate("Labels", "SMS 1708"),
        Channel.WEB: QCoreApplication.translate("Labels", "Situs web"),
        Channel.APP: QCoreApplication.translate("Labels", "Aplikasi"),
        Channel.SOCIAL: QCoreApplication.translate("Labels", "Media sosial"),
    }
    return labels[value]


def sex_label(value: Sex) -> str:
    return {
        Sex.FEMALE: QCoreApplication.translate("Labels", "Perempuan"),
        Sex.MALE: QCoreApplication.translate("Labels", "Laki-laki"),
    }[value]


def age_band_label(value: AgeBand) -> str:
    return {
        AgeBand.UNDER_16: QCoreApplication.translate("Labels", "Di bawah 16"),
        AgeBand.YOUTH: QCoreApplication.translate("Labels", "16-30 (pemuda)"),
        AgeBand.ADULT: QCoreApplication.translate("Labels", "31-45"),
        AgeBand.MIDDLE: QCoreApplication.translate("Labels", "46-60"),
        AgeBand.SENIOR: QCoreApplication.translate("Labels", "Di atas 60"),
    }[value]


def disability_label(value: Disability) -> str:
    return {
        Disability.YES: QCoreApplication.translate("Labels", "Ya"),
        Disability.NO: QCoreApplication.translate("Labels", "Tidak"),
        Disability.DECLINED: QCoreApplication.translate("Labels", "Tidak bersedia menjawab"),
    }[value]


def disability_type_label(value: DisabilityType) -> str:
    return {
        DisabilityType.PHYSICAL: QCoreApplication.translate("Labels", "Fisik"),
        DisabilityType.INTELLECTUAL: QCoreApplication.translate("Labels", "Intelektual"),
        DisabilityType.MENTAL: QCoreApplication.translate("Labels", "Mental"),
        DisabilityType.SENSORY: QCoreApplication.translate("Labels", "Sensorik"),
    }[value]


def event_label(kind: str) -> str:
    known: dict[str, str] = {
        EventKind.CREATED: QCoreApplication.translate("Labels", "Dibuat"),
        EventKind.EDITED: QCoreApplication.translate("Labels", "Diubah"),
        EventKind.RECORDED: QCoreApplication.translate("Labels", "Dicatat, tanda terima diterbitkan"),
        EventKind.IMPORTED: QCoreApplication.translate("Labels", "Diimpor dari data lama"),
        EventKind.MARKED_DUPLICATE: QCoreApplication.translate("Labels", "Ditandai sebagai duplikat"),
        EventKind.REPORTER_REPLY: QCoreApplication.translate("Labels", "Tanggapan pelapor"),
        EventKind.RECEIPT_ISSUED: QCoreApplication.translate("Labels", "Tanda terima dicetak atau disimpan"),
        EventKind.PERSONAL_DATA_REMOVED: QCoreApplication.translate("Labels", "Data pribadi dihapus (retensi)"),
        # written by the sync
        "synced": QCoreApplication.translate("Labels", "Terkirim ke pusat"),
        "central_status": QCoreApplication.translate("Labels", "Status dari pusat"),
        "central_follow_up": QCoreApplication.translate("Labels", "Tindak lanjut instansi"),
        "central_note": QCoreApplication.translate("Labels", "Catatan pusat"),
    }
    return known.get(kind, kind)  # kinds from later features show their code until they get a label


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("Labels", "Ya") if value else QCoreApplication.translate("Labels", "Tidak")


def role_label(role: str) -> str:
    labels: dict[str, str] = {
        "clerk": QCoreApplication.translate("Labels", "Petugas"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "admin": QCoreApplication.translate("Labels", "Admin"),
        "system": QCoreApplication.translate("Labels", "Sistem"),
    }
    return labels.get(role, role)


def audit_action_label(action: str) -> str:
    labels: dict[str, str] = {
        "sign_in": QCoreApplication.translate("Labels", "Masuk"),
        "sign_in_failed": QCoreApplication.translate("Labels", "Gagal masuk"),
        "account_locked": QCoreApplication.translate("Labels", "Akun dikunci"),
        "sign_out": QCoreApplication.translate("Labels", "Keluar"),
        "view_personal": QCoreApplication.translate("Labels", "Melihat data pribadi"),
        "create": QCoreApplication.translate("Labels", "Membuat pengaduan"),
        "edit": QCoreApplication.translate("Labels", "Mengubah pengaduan"),
        "status_change": QCoreApplication.translate("Labels", "Perubahan status"),
        "export": QCoreApplication.translate("Labels", "Ekspor"),
        "settings_change": QCoreApplication.translate("Labels", "Perubahan pengaturan"),
        "account_change": QCoreApplication.translate("Labels", "Perubahan akun"),
        "calendar_change": QCoreApplication.translate("Labels", "Perubahan kalender"),
        "review_decision": QCoreApplication.translate("Labels", "Keputusan tinjauan"),
        "restore": QCoreApplication.translate("Labels", "Pemulihan dari cadangan"),
        "purge": QCoreApplication.translate("Labels", "Penghapusan data pribadi (retensi)"),
    }
    return labels.get(action, action)


# --- how a deadline reads, in the queue (short) and in a complaint's view (long)


def stage_label(stage: Stage) -> str:
    return {
        Stage.VERIFY: QCoreApplication.translate("Deadlines", "Verifikasi"),
        Stage.FOLLOW_UP: QCoreApplication.translate("Deadlines", "Tindak lanjut pertama"),
        Stage.CASE: QCoreApplication.translate("Deadlines", "Penyelesaian kasus"),
    }[stage]


def state_label(state: DeadlineState) -> str:
    return {
        DeadlineState.OVERDUE: QCoreApplication.translate("Deadlines", "Lewat tenggat"),
        DeadlineState.DUE_SOON: QCoreApplication.translate("Deadlines", "Segera jatuh tempo"),
        DeadlineState.ON_TRACK: QCoreApplication.translate("Deadlines", "Sesuai jadwal"),
    }[state]


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
