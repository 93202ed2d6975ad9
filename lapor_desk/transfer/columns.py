"""The columns of an import or export file: English names and the Indonesian labels."""

from __future__ import annotations

from lapor_desk.domain.complaint import INPUT_FIELDS

REQUIRED_COLUMNS = ("type", "channel", "title", "body", "received_at")
DESK_COLUMNS = ("id", "client_id", "receipt_number", "status", "desk_code", "created_at", "tracking_id")
EXPORT_COLUMNS: tuple[str, ...] = DESK_COLUMNS + INPUT_FIELDS

# The labels `export --header id` writes; import reads either.
LABELS_ID: dict[str, str] = {
    "id": "ID",
    "client_id": "ID klien",
    "receipt_number": "Nomor tanda terima",
    "status": "Status",
    "desk_code": "Kode meja",
    "created_at": "Dibuat",
    "tracking_id": "Nomor LAPOR!",
    "type": "Jenis laporan",
    "channel": "Saluran",
    "title": "Judul",
    "body": "Isi laporan",
    "incident_date": "Tanggal kejadian",
    "location_text": "Lokasi",
    "province_code": "Kode provinsi",
    "regency_code": "Kode kabupaten/kota",
    "district_code": "Kode kecamatan",
    "village_code": "Kode desa/kelurahan",
    "latitude": "Lintang",
    "longitude": "Bujur",
    "category_id": "Kode topik",
    "agency_name": "Instansi tujuan",
    "is_anonymous": "Anonim",
    "is_confidential": "Rahasia",
    "reporter_name": "Nama pelapor",
    "reporter_nik": "NIK",
    "reporter_phone": "Telepon",
    "reporter_email": "Email",
    "reporter_address": "Alamat",
    "consent_personal": "Persetujuan data pribadi",
    "inclusion_consent": "Persetujuan data inklusi",
    "sex": "Jenis kelamin",
    "age_band": "Kelompok usia",
    "disability_consent": "Persetujuan data disabilitas",
    "disability": "Disabilitas",
    "disability_types": "Jenis disabilitas",
    "accessibility_need": "Kebutuhan aksesibilitas",
    "with_companion": "Didampingi",
    "officer_name": "Nama petugas",
    "officer_nip": "NIP petugas",
    "received_at": "Diterima",
}
assert set(LABELS_ID) == set(EXPORT_COLUMNS)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


_BY_KEY: dict[str, str] = {_key(name): name for name in EXPORT_COLUMNS}
_BY_KEY.update({_key(label): name for name, label in LABELS_ID.items()})


def column_of(heading: object) -> str | None:
    """The column a heading names (English name or Indonesian label, any case), or None."""
    return _BY_KEY.get(_key(str(heading))) if heading is not None else None
