"""Translated labels for the core's codes (statuses, types, channels, inclusion answers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lapor_desk.domain.enums import (
    AgeBand, Channel, Disability, DisabilityType, EventKind, ReportType, Sex, Status,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: Status) -> str:
    return {
        Status.DRAFT: _t("Draf"),
        Status.RECORDED: _t("Tercatat (antre kirim)"),
        Status.UNVERIFIED: _t("Belum Terverifikasi"),
        Status.VERIFIED: _t("Terverifikasi"),
        Status.IN_PROGRESS: _t("Dalam Proses"),
        Status.COMPLETED: _t("Selesai"),
        Status.ON_HOLD: _t("Tunda"),
        Status.NOT_AUTHORITY: _t("Bukan Wewenang"),
        Status.ARCHIVED: _t("Diarsipkan"),
    }[status]


def type_label(value: ReportType) -> str:
    return {
        ReportType.PENGADUAN: _t("Pengaduan"),
        ReportType.ASPIRASI: _t("Aspirasi"),
        ReportType.PERMINTAAN_INFORMASI: _t("Permintaan Informasi"),
    }[value]


def channel_label(value: Channel) -> str:
    return {
        Channel.WALK_IN: _t("Tatap muka"),
        Channel.PHONE: _t("Telepon"),
        Channel.LETTER: _t("Surat"),
        Channel.SUGGESTION_BOX: _t("Kotak saran"),
        Channel.SMS: _t("SMS 1708"),
        Channel.WEB: _t("Situs web"),
        Channel.APP: _t("Aplikasi"),
        Channel.SOCIAL: _t("Media sosial"),
    }[value]


def sex_label(value: Sex) -> str:
    return {Sex.FEMALE: _t("Perempuan"), Sex.MALE: _t("Laki-laki")}[value]


def age_band_label(value: AgeBand) -> str:
    return {
        AgeBand.UNDER_16: _t("Di bawah 16"),
        AgeBand.YOUTH: _t("16-30 (pemuda)"),
        AgeBand.ADULT: _t("31-45"),
        AgeBand.MIDDLE: _t("46-60"),
        AgeBand.SENIOR: _t("Di atas 60"),
    }[value]


def disability_label(value: Disability) -> str:
    return {Disability.YES: _t("Ya"), Disability.NO: _t("Tidak"),
            Disability.DECLINED: _t("Tidak bersedia menjawab")}[value]


def disability_type_label(value: DisabilityType) -> str:
    return {
        DisabilityType.PHYSICAL: _t("Fisik"),
        DisabilityType.INTELLECTUAL: _t("Intelektual"),
        DisabilityType.MENTAL: _t("Mental"),
        DisabilityType.SENSORY: _t("Sensorik"),
    }[value]


def event_label(kind: str) -> str:
    known = {
        EventKind.CREATED: _t("Dibuat"),
        EventKind.EDITED: _t("Diubah"),
        EventKind.RECORDED: _t("Dicatat, tanda terima diterbitkan"),
        EventKind.IMPORTED: _t("Diimpor dari data lama"),
    }
    try:
        return known[EventKind(kind)]
    except ValueError:
        return kind


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return _t("Ya") if value else _t("Tidak")
