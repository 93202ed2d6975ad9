"""Indonesian labels for the codes in reports (the recap is in Indonesian)."""

from __future__ import annotations

STATUS = {
    "draft": "Draf",
    "recorded": "Tercatat (antre kirim)",
    "unverified": "Belum Terverifikasi",
    "verified": "Terverifikasi",
    "in_progress": "Ditindaklanjuti",
    "completed": "Selesai",
    "on_hold": "Tunda",
    "not_authority": "Bukan Wewenang",
    "archived": "Diarsipkan",
}
TYPE = {"pengaduan": "Pengaduan", "aspirasi": "Aspirasi", "permintaan_informasi": "Permintaan Informasi"}
CHANNEL = {
    "walk_in": "Tatap muka",
    "phone": "Telepon",
    "letter": "Surat",
    "suggestion_box": "Kotak saran",
    "sms": "SMS 1708",
    "web": "Situs web",
    "app": "Aplikasi",
    "social": "Media sosial",
}
SEX = {"female": "Perempuan", "male": "Laki-laki"}
AGE_BAND = {
    "under_16": "< 16 tahun",
    "16_30": "16-30 tahun (pemuda)",
    "31_45": "31-45 tahun",
    "46_60": "46-60 tahun",
    "over_60": "> 60 tahun",
}
YOUTH = {"16_30": "Pemuda (16-30 tahun)", "lainnya": "Bukan pemuda"}
DISABILITY = {"yes": "Ya", "no": "Tidak", "declined": "Tidak bersedia menjawab"}
DISABILITY_TYPE = {"physical": "Fisik", "intellectual": "Intelektual", "mental": "Mental", "sensory": "Sensorik"}
COMPANION = {"ya": "Didampingi", "tidak": "Tidak didampingi"}
SATISFACTION = {5: "Sangat puas", 4: "Puas", 3: "Cukup", 2: "Kurang puas", 1: "Tidak puas"}
NOT_STATED = "Tidak diisi"

INCLUSION_TITLES = {
    "sex": ("Jenis kelamin", SEX),
    "age_band": ("Kelompok usia", AGE_BAND),
    "youth": ("Pemuda", YOUTH),
    "disability": ("Disabilitas", DISABILITY),
    "disability_type": ("Jenis disabilitas", DISABILITY_TYPE),
    "companion": ("Pendampingan", COMPANION),
}


def label(table: dict[str, str], code: str) -> str:
    if code == "tidak_diisi":
        return NOT_STATED
    return table.get(code, code)
