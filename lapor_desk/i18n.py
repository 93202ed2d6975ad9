"""Core message catalogue: Indonesian first, English beside it.

The core cannot use Qt's translator, so messages that the core produces (field
validation, CLI reports, storage errors) are looked up here by a stable code
and formatted with named placeholders. A test checks both languages use the
same placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

CATALOG: dict[str, dict[str, str]] = {
    # --- validation: generic
    "required": {
        "id": "Wajib diisi.",
        "en": "This field is required.",
    },
    "too_short": {
        "id": "Terlalu pendek: minimal {min} karakter (sekarang {length}).",
        "en": "Too short: at least {min} characters (now {length}).",
    },
    "too_long": {
        "id": "Terlalu panjang: maksimal {max} karakter (sekarang {length}).",
        "en": "Too long: at most {max} characters (now {length}).",
    },
    "invalid_choice": {
        "id": "Pilihan tidak dikenal: {value}.",
        "en": "Unknown choice: {value}.",
    },
    "date_in_future": {
        "id": "Tanggal tidak boleh di masa depan.",
        "en": "The date cannot be in the future.",
    },
    "date_format": {
        "id": "Tanggal tidak dikenali. Tulis hh-bb-tttt, mis. 01-11-2026.",
        "en": "Date not recognised. Write dd-mm-yyyy, e.g. 01-11-2026.",
    },
    "number_format": {
        "id": "Isi dengan angka, mis. -6.9147.",
        "en": "Enter a number, e.g. -6.9147.",
    },
    "datetime_in_future": {
        "id": "Waktu diterima tidak boleh di masa depan.",
        "en": "The time received cannot be in the future.",
    },
    # --- NIK
    "nik_not_digits": {
        "id": "NIK hanya boleh berisi angka.",
        "en": "The NIK may contain digits only.",
    },
    "nik_length": {
        "id": "NIK harus 16 digit (sekarang {length}).",
        "en": "The NIK must have 16 digits (now {length}).",
    },
    "nik_month": {
        "id": "Bulan lahir pada NIK ({month}) tidak mungkin.",
        "en": "The birth month in the NIK ({month}) is impossible.",
    },
    "nik_day": {
        "id": "Tanggal lahir pada NIK ({day}) tidak mungkin.",
        "en": "The birth day in the NIK ({day}) is impossible.",
    },
    "nik_serial": {
        "id": "Nomor urut NIK tidak boleh 0000.",
        "en": "The NIK serial cannot be 0000.",
    },
    "nik_province_unknown": {
        "id": "Kode provinsi pada NIK ({province}) tidak dikenal. Periksa kembali KTP.",
        "en": "The province code in the NIK ({province}) is unknown. Check the ID card again.",
    },
    "nik_region_unknown": {
        "id": "Wilayah NIK {region} tidak ada dalam data wilayah Kemendagri (terdekat: {known}). "
        "NIK tetap sah; periksa kembali.",
        "en": "The NIK's region {region} is not in the Kemendagri region data (nearest: {known}). "
        "The NIK stays valid; please check.",
    },
    "nik_date_not_on_calendar": {
        "id": "Tanggal lahir pada NIK ({day}-{month}) tidak ada di kalender. Periksa kembali KTP.",
        "en": "The birth date in the NIK ({day}-{month}) is not on the calendar. "
        "Check the ID card again.",
    },
    "nik_sex_mismatch": {
        "id": "NIK menunjukkan jenis kelamin {nik_sex}, berbeda dengan yang diisi. "
        "NIK tetap boleh dipakai.",
        "en": "The NIK indicates sex {nik_sex}, unlike the one entered. "
        "The NIK can still be used.",
    },
    "nik_age_mismatch": {
        "id": "Tahun lahir pada NIK ({year}) tidak cocok dengan kelompok usia. "
        "NIK tetap boleh dipakai.",
        "en": "The birth year in the NIK ({year}) does not match the age band. "
        "The NIK can still be used.",
    },
    # --- contact
    "phone_invalid": {
        "id": "Nomor telepon tidak dikenali. Contoh: 0812 3456 7890 atau 022 123 4567.",
        "en": "Phone number not recognised. Example: 0812 3456 7890 or 022 123 4567.",
    },
    "email_invalid": {
        "id": "Alamat email tidak valid.",
        "en": "The email address is not valid.",
    },
    "contact_required": {
        "id": "Isi minimal satu kontak: telepon atau email.",
        "en": "Give at least one contact: phone or email.",
    },
    # --- NIP
    "nip_not_digits": {
        "id": "NIP hanya boleh berisi angka.",
        "en": "The NIP may contain digits only.",
    },
    "nip_length": {
        "id": "NIP harus 18 digit (sekarang {length}).",
        "en": "The NIP must have 18 digits (now {length}).",
    },
    "nip_birth_date": {
        "id": "Tanggal lahir pada NIP tidak valid.",
        "en": "The birth date in the NIP is not valid.",
    },
    "nip_appointment": {
        "id": "Bulan pengangkatan pada NIP tidak valid.",
        "en": "The appointment month in the NIP is not valid.",
    },
    "nip_sex": {
        "id": "Digit jenis kelamin pada NIP harus 1 atau 2.",
        "en": "The sex digit in the NIP must be 1 or 2.",
    },
    # --- location
    "region_code_format": {
        "id": "Format kode wilayah salah. Contoh: {example}.",
        "en": "Wrong region code format. Example: {example}.",
    },
    "region_code_parent": {
        "id": "Kode wilayah tidak berada di bawah {parent}.",
        "en": "The region code does not lie under {parent}.",
    },
    "region_parent_missing": {
        "id": "Isi dulu wilayah di atasnya.",
        "en": "Fill in the region above it first.",
    },
    "coordinate_range": {
        "id": "Koordinat di luar rentang yang mungkin.",
        "en": "The coordinate is out of range.",
    },
    "coordinate_outside_indonesia": {
        "id": "Koordinat berada di luar Indonesia.",
        "en": "The coordinate lies outside Indonesia.",
    },
    "coordinate_pair": {
        "id": "Isi lintang dan bujur bersama-sama.",
        "en": "Give latitude and longitude together.",
    },
    # --- consent and inclusion
    "consent_required": {
        "id": "Persetujuan pemrosesan data pribadi wajib sebelum pengaduan dicatat.",
        "en": "Consent to process personal data is required before recording.",
    },
    "inclusion_consent_required": {
        "id": "Data inklusi hanya boleh diisi dengan persetujuan pelapor.",
        "en": "Inclusion data may only be entered with the reporter's consent.",
    },
    "disability_consent_required": {
        "id": "Data disabilitas butuh persetujuan tersendiri dari pelapor.",
        "en": "Disability data needs the reporter's separate consent.",
    },
    "disability_types_without_disability": {
        "id": "Jenis disabilitas hanya diisi bila disabilitas = ya.",
        "en": "Disability types apply only when disability = yes.",
    },
    # --- desk
    "desk_code_format": {
        "id": "Kode meja hanya huruf besar, angka dan tanda hubung (maks. 20), mis. KAB-BDG-01.",
        "en": "The desk code takes capital letters, digits and hyphens (max. 20), e.g. KAB-BDG-01.",
    },
    # --- storage and operations
    "db_locked": {
        "id": "Database sedang dikunci oleh program lain. Coba lagi sebentar lagi; "
        "data yang diketik tetap tersimpan di formulir.",
        "en": "The database is locked by another program. Try again shortly; "
        "what you typed stays in the form.",
    },
    "db_readonly": {
        "id": "Database hanya-baca: {path}. Periksa izin berkas atau media penyimpanan.",
        "en": "The database is read-only: {path}. Check the file permissions or the storage media.",
    },
    "db_full": {
        "id": "Disk atau database penuh. Kosongkan ruang disk lalu simpan lagi; "
        "data yang diketik tetap di formulir.",
        "en": "The disk or database is full. Free some disk space and save again; "
        "what you typed stays in the form.",
    },
    "db_newer_schema": {
        "id": "Database ini dibuat oleh versi lapor-desk yang lebih baru ({revision}). "
        "Perbarui aplikasi; database tidak diubah.",
        "en": "This database was made by a newer lapor-desk ({revision}). "
        "Update the application; the database was not changed.",
    },
    "db_corrupt": {
        "id": "Berkas database rusak atau bukan database lapor-desk: {path}.",
        "en": "The database file is damaged or not a lapor-desk database: {path}.",
    },
    "db_cannot_open": {
        "id": "Database tidak bisa dibuka: {detail}.",
        "en": "The database cannot be opened: {detail}.",
    },
    "not_found": {
        "id": "Pengaduan #{id} tidak ditemukan.",
        "en": "Complaint #{id} not found.",
    },
    "not_editable": {
        "id": "Pengaduan berstatus {status} tidak bisa diubah di meja ini.",
        "en": "A complaint with status {status} cannot be changed at this desk.",
    },
    # --- replies
    "reply_empty": {
        "id": "Tulis tanggapan pelapor atau pilih nilai kepuasan.",
        "en": "Write the reporter's reply or choose a satisfaction rating.",
    },
    "rating_range": {
        "id": "Nilai kepuasan 1 sampai 5.",
        "en": "The satisfaction rating is 1 to 5.",
    },
    # --- attachments
    "attachment_missing": {
        "id": "Berkas {name} tidak ditemukan (dipindah atau dihapus?). Pilih lagi.",
        "en": "File {name} was not found (moved or deleted?). Choose it again.",
    },
    "attachment_unreadable": {
        "id": "Berkas {name} tidak bisa dibaca.",
        "en": "File {name} cannot be read.",
    },
    "attachment_empty": {
        "id": "Berkas {name} kosong (0 byte).",
        "en": "File {name} is empty (0 bytes).",
    },
    "attachment_too_big": {
        "id": "Berkas {name} lebih dari {limit} MB.",
        "en": "File {name} is larger than {limit} MB.",
    },
    "attachment_total_too_big": {
        "id": "Lampiran satu pengaduan paling banyak {limit} MB seluruhnya.",
        "en": "A complaint's attachments may total {limit} MB at most.",
    },
    "attachment_type": {
        "id": "Isi berkas {name} bukan PDF, JPEG, PNG atau dokumen perkantoran.",
        "en": "The content of {name} is not PDF, JPEG, PNG or an office document.",
    },
    "attachment_lost": {
        "id": "Berkas lampiran hilang dari penyimpanan.",
        "en": "The attachment file is missing from storage.",
    },
    "attachment_damaged": {
        "id": "Berkas lampiran rusak (isinya berubah).",
        "en": "The attachment file is damaged (its content changed).",
    },
    # --- import
    "import_not_utf8": {
        "id": "Berkas bukan teks UTF-8 (baris {line}). Simpan ulang sebagai UTF-8.",
        "en": "The file is not UTF-8 text (line {line}). Save it again as UTF-8.",
    },
    "import_missing_columns": {
        "id": "Kolom wajib tidak ada: {columns}.",
        "en": "Required columns are missing: {columns}.",
    },
    "import_bad_json": {
        "id": "Baris bukan objek JSON yang valid: {detail}.",
        "en": "The line is not a valid JSON object: {detail}.",
    },
    "import_bad_value": {
        "id": "Nilai {field} tidak valid: {value}.",
        "en": "Invalid {field} value: {value}.",
    },
    "import_unknown_format": {
        "id": "Format berkas tidak dikenal; gunakan .csv atau .jsonl.",
        "en": "Unknown file format; use .csv or .jsonl.",
    },
}


def translate(code: str, language: str = DEFAULT_LANGUAGE, params: Mapping[str, Any] | None = None) -> str:
    """The message for `code` in `language`, formatted with `params`.

    Unknown languages fall back to Indonesian; an unknown code is returned as is so a
    missing entry shows up in the UI instead of crashing it.
    """
    entry = CATALOG.get(code)
    if entry is None:
        return code
    template = entry.get(language) or entry[DEFAULT_LANGUAGE]
    return template.format(**(params or {}))
