"""Indonesian (and English) texts of the central server's own message codes.

Field codes the desk already knows (required, too_long, nik_length…) come from
`lapor_desk.i18n`; the codes below are the server's own.
"""

from __future__ import annotations

from typing import Any

from lapor_desk.i18n import CATALOG as DESK_CATALOG
from lapor_desk.i18n import translate

CATALOG: dict[str, dict[str, str]] = {
    "unknown_field": {"id": "Kolom {field} tidak dikenal.", "en": "Unknown field {field}."},
    "invalid_value": {"id": "Nilai tidak valid: {detail}.", "en": "Invalid value: {detail}."},
    "invalid_character": {
        "id": "Teks {field} berisi karakter yang tidak bisa disimpan (NUL atau surrogate).",
        "en": "The text of {field} contains a character that cannot be stored (NUL or a surrogate).",
    },
    "not_finite": {
        "id": "{field} harus angka berhingga (bukan NaN atau Infinity).",
        "en": "{field} must be a finite number (not NaN or Infinity).",
    },
    "not_an_object": {
        "id": "Butir harus berupa objek JSON.",
        "en": "An item must be a JSON object.",
    },
    "hash_mismatch": {
        "id": "payload_hash tidak cocok dengan isi butir (seharusnya {expected}).",
        "en": "payload_hash does not match the item (expected {expected}).",
    },
    "revision_conflict": {
        "id": "Revisi {revision} sudah diterima dengan isi yang berbeda.",
        "en": "Revision {revision} was already received with different content.",
    },
    "locked_status": {
        "id": "Pengaduan berstatus {status} tidak bisa diubah lagi dari meja.",
        "en": "A complaint with status {status} can no longer be changed from the desk.",
    },
    "attachment_type": {
        "id": "Jenis lampiran tidak diterima: {media_type}.",
        "en": "Attachment type not accepted: {media_type}.",
    },
    "attachment_too_large": {
        "id": "Lampiran terlalu besar: maksimal {max} bita.",
        "en": "Attachment too large: at most {max} bytes.",
    },
    "duplicate_attachment": {
        "id": "Lampiran yang sama disebut dua kali.",
        "en": "The same attachment is listed twice.",
    },
    "duplicate_in_batch": {
        "id": "client_id yang sama muncul lebih dari sekali dalam kiriman ini.",
        "en": "The same client_id appears more than once in this batch.",
    },
    "datetime_out_of_range": {
        "id": "Waktu di luar rentang yang bisa diolah.",
        "en": "The time is outside the range that can be handled.",
    },
    # pydantic's error kinds (central.problems.PYDANTIC_CODES): each names its field
    "not_uuid": {
        "id": "{field} harus berupa UUID, misalnya 123e4567-e89b-42d3-a456-426614174000.",
        "en": "{field} must be a UUID, for example 123e4567-e89b-42d3-a456-426614174000.",
    },
    "not_datetime": {
        "id": "{field} harus berupa tanggal dan jam ISO 8601 dengan zona waktu, misalnya 2026-01-31T08:00:00+07:00.",
        "en": "{field} must be an ISO 8601 date and time with a time zone, for example 2026-01-31T08:00:00+07:00.",
    },
    "datetime_without_zone": {
        "id": "{field} harus menyebut zona waktunya, misalnya 2026-01-31T08:00:00+07:00.",
        "en": "{field} must state its time zone, for example 2026-01-31T08:00:00+07:00.",
    },
    "not_date": {
        "id": "{field} harus berupa tanggal tanpa jam (tttt-bb-hh), misalnya 2026-01-31.",
        "en": "{field} must be a date without a time (yyyy-mm-dd), for example 2026-01-31.",
    },
    "not_integer": {"id": "{field} harus berupa bilangan bulat.", "en": "{field} must be a whole number."},
    "not_number": {"id": "{field} harus berupa angka.", "en": "{field} must be a number."},
    "not_boolean": {"id": "{field} harus bernilai true atau false.", "en": "{field} must be true or false."},
    "not_text": {"id": "{field} harus berupa teks.", "en": "{field} must be text."},
    "not_a_list": {"id": "{field} harus berupa daftar (larik JSON).", "en": "{field} must be a list (a JSON array)."},
    "not_an_object_at": {"id": "{field} harus berupa objek JSON.", "en": "{field} must be a JSON object."},
    "number_too_small": {"id": "{field} paling kecil {min}.", "en": "{field} must be at least {min}."},
    "number_not_above": {"id": "{field} harus lebih besar dari {min}.", "en": "{field} must be greater than {min}."},
    "number_too_large": {"id": "{field} paling besar {max}.", "en": "{field} must be at most {max}."},
    "number_not_below": {"id": "{field} harus lebih kecil dari {max}.", "en": "{field} must be less than {max}."},
    "not_sha256": {
        "id": "{field} harus berupa SHA-256: 64 angka heksadesimal berhuruf kecil.",
        "en": "{field} must be a SHA-256: 64 lower-case hexadecimal digits.",
    },
    "pattern_mismatch": {
        "id": "Bentuk {field} tidak sesuai pola {pattern}.",
        "en": "{field} does not match the pattern {pattern}.",
    },
    "too_short_text": {
        "id": "{field} terlalu pendek: minimal {min} karakter.",
        "en": "{field} is too short: at least {min} characters.",
    },
    "too_few_items": {
        "id": "{field} terlalu sedikit: minimal {min} butir.",
        "en": "{field} has too few entries: at least {min}.",
    },
    "too_many_items": {
        "id": "{field} terlalu banyak: maksimal {max} butir (sekarang {length}).",
        "en": "{field} has too many entries: at most {max} (now {length}).",
    },
    "invalid_field": {"id": "Nilai {field} tidak valid.", "en": "The value of {field} is not valid."},
    # the request body as a whole (no field to name)
    "request_body_missing": {
        "id": "Permintaan ini harus membawa isi JSON.",
        "en": "This request must carry a JSON body.",
    },
    "request_not_valid": {
        "id": "Isi permintaan secara keseluruhan tidak valid (harus berupa objek JSON).",
        "en": "The request body as a whole is not valid (it must be a JSON object).",
    },
    "invalid_key_character": {
        "id": "Sebuah nama kolom berisi karakter yang tidak bisa disimpan (surrogate); kolom itu tidak dikenal.",
        "en": "A field name contains a character that cannot be stored (a surrogate); that field is unknown.",
    },
    # problem details
    "p_validation": {"id": "Permintaan tidak valid.", "en": "The request is not valid."},
    "p_malformed": {
        "id": "Isi permintaan bukan JSON yang valid: {detail}.",
        "en": "The request body is not valid JSON: {detail}.",
    },
    "p_unauthorized": {
        "id": "Token tidak ada, tidak dikenal, atau sudah dicabut.",
        "en": "The token is missing, unknown or revoked.",
    },
    "p_installation_conflict": {
        "id": "Kode meja {desk} sudah dipakai di PC lain. Minta operator pusat menjalankan "
        "'lapor-central desks rebind {desk}' bila PC ini menggantikannya.",
        "en": "Desk code {desk} is in use on another PC. Ask the central's operator to run "
        "'lapor-central desks rebind {desk}' if this PC replaces it.",
    },
    "p_installation_malformed": {
        "id": "Header X-Lapor-Installation tidak valid.",
        "en": "The X-Lapor-Installation header is not valid.",
    },
    "receipt_number_taken": {
        "id": "Nomor tanda terima {receipt} sudah dipakai pengaduan lain dari meja ini.",
        "en": "Receipt number {receipt} is already used by another complaint of this desk.",
    },
    "p_forbidden_desk": {
        "id": "Hanya token meja yang boleh memakai layanan ini.",
        "en": "Only a desk token may use this endpoint.",
    },
    "p_forbidden_operator": {
        "id": "Hanya token operator yang boleh memakai layanan ini.",
        "en": "Only an operator token may use this endpoint.",
    },
    "p_not_found": {"id": "Tidak ditemukan.", "en": "Not found."},
    "p_complaint_not_found": {
        "id": "Pengaduan {tracking_id} tidak ditemukan.",
        "en": "Complaint {tracking_id} not found.",
    },
    "p_workflow": {
        "id": "Pengaduan berstatus {status} tidak bisa di-{action}. Yang bisa: {allowed}.",
        "en": "A complaint with status {status} cannot be moved by {action}. Allowed: {allowed}.",
    },
    "p_reply_conflict": {
        "id": "reply_id ini sudah dipakai untuk pengaduan lain.",
        "en": "This reply_id was already used for another complaint.",
    },
    "p_too_large": {
        "id": "Isi permintaan terlalu besar: maksimal {max} bita.",
        "en": "The request body is too large: at most {max} bytes.",
    },
    "p_media_type": {
        "id": "Jenis berkas tidak diterima. Yang diterima: PDF, JPEG, PNG, dokumen Office.",
        "en": "File type not accepted. Accepted: PDF, JPEG, PNG, Office documents.",
    },
    "p_anchor_behind": {
        "id": "Jejak audit meja ini lebih pendek dari jangkar yang sudah tercatat (urutan {seq}): "
        "ada baris yang dipotong atau dihapus.",
        "en": "This desk's audit trail is shorter than the anchor already recorded (sequence {seq}): "
        "rows were cut or deleted.",
    },
    "p_anchor_differs": {
        "id": "Jejak audit meja ini berbeda dari jangkar yang sudah tercatat pada urutan {seq}: "
        "riwayatnya ditulis ulang.",
        "en": "This desk's audit trail differs from the anchor already recorded at sequence {seq}: "
        "its history was rewritten.",
    },
    "p_bad_gzip": {
        "id": "Isi permintaan ber-gzip tidak dapat dibuka: {detail}.",
        "en": "The gzip request body cannot be inflated: {detail}.",
    },
    "p_offset_mismatch": {
        "id": "Bagian berkas dimulai di bita {given}, sedangkan pusat sudah menyimpan {offset} bita.",
        "en": "The part starts at byte {given}, but the central holds {offset} bytes.",
    },
    "p_part_past_end": {
        "id": "Bagian berkas melewati ukuran totalnya ({total} bita).",
        "en": "The part runs past the file's total size ({total} bytes).",
    },
    "p_hash_mismatch": {
        "id": "SHA-256 isi berkas ({actual}) berbeda dengan alamatnya.",
        "en": "The content's SHA-256 ({actual}) differs from its address.",
    },
    "p_rate_limited": {
        "id": "Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.",
        "en": "Too many requests. Try again in {seconds} seconds.",
    },
    "p_maintenance": {
        "id": "Server pusat sedang dalam pemeliharaan. Data tetap aman di meja; coba lagi nanti.",
        "en": "The central server is under maintenance. Data stays safe at the desk; retry later.",
    },
    "p_busy": {
        "id": "Server pusat sedang sibuk. Coba lagi sebentar lagi.",
        "en": "The central server is busy. Try again shortly.",
    },
    "p_internal": {
        "id": "Terjadi kesalahan di server pusat.",
        "en": "Something went wrong on the central server.",
    },
    "p_http": {"id": "Permintaan gagal ({status}).", "en": "The request failed ({status})."},
}


def text(code: str, language: str = "id", **params: Any) -> str:
    if code in CATALOG:
        entry = CATALOG[code]
        return (entry.get(language) or entry["id"]).format(**params)
    if code in DESK_CATALOG:
        return translate(code, language, params)
    return code
