"""Core message catalogue: Indonesian first, English beside it.

The core cannot use Qt's translator, so messages that the core produces (field
validation, CLI reports, storage errors) are looked up here by a stable code
and formatted with named placeholders. A test checks both languages use the
same placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lapor_desk.i18n_data import DATA_MESSAGES
from lapor_desk.i18n_setup import SETUP_MESSAGES

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
        "id": "NIK hanya boleh berisi angka (spasi, titik dan tanda hubung boleh sebagai pemisah); tidak boleh: {chars}.",
        "en": "The NIK may contain digits only (spaces, dots and hyphens may separate them); not allowed: {chars}.",
    },
    "text_nul": {
        "id": "Teks berisi karakter NUL yang tidak bisa disimpan; hapus karakter itu.",
        "en": "The text contains a NUL character that cannot be stored; remove it.",
    },
    "text_surrogate": {
        "id": "Teks berisi karakter rusak (surrogate tunggal) yang tidak bisa disimpan.",
        "en": "The text contains a broken character (a lone surrogate) that cannot be stored.",
    },
    "date_too_early": {
        "id": "Tanggal tidak boleh sebelum {earliest}.",
        "en": "The date cannot be before {earliest}.",
    },
    "date_out_of_range": {
        "id": "Tanggal di luar rentang yang mungkin (paling awal tahun {earliest}).",
        "en": "The date is out of the possible range (the earliest year is {earliest}).",
    },
    "incident_after_received": {
        "id": "Tanggal kejadian tidak boleh sesudah tanggal diterima.",
        "en": "The incident date cannot be after the date received.",
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
        "en": "The birth date in the NIK ({day}-{month}) is not on the calendar. Check the ID card again.",
    },
    "nik_sex_mismatch": {
        "id": "NIK menunjukkan jenis kelamin {nik_sex}, berbeda dengan yang diisi. NIK tetap boleh dipakai.",
        "en": "The NIK indicates sex {nik_sex}, unlike the one entered. The NIK can still be used.",
    },
    "nik_age_mismatch": {
        "id": "Tahun lahir pada NIK ({year}) tidak cocok dengan kelompok usia. NIK tetap boleh dipakai.",
        "en": "The birth year in the NIK ({year}) does not match the age band. The NIK can still be used.",
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
    "region_pick": {
        "id": "Pilih wilayah dari daftar: ketik sebagian nama lalu pilih dengan panah dan Enter.",
        "en": "Choose the region from the list: type part of its name, then pick it with the arrows and Enter.",
    },
    "topic_pick": {
        "id": "Pilih kategori dari daftar (ketik sebagian nama), atau kosongkan.",
        "en": "Choose the category from the list (type part of its name), or leave it empty.",
    },
    "region_unknown": {
        "id": "Kode wilayah {region} tidak ada dalam data wilayah Kemendagri. Periksa kembali; "
        "bila wilayahnya baru, pengaduan tetap bisa dicatat.",
        "en": "Region code {region} is not in the Kemendagri region data. Check it; "
        "if the region is new, the complaint can still be recorded.",
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
        "en": "The database is locked by another program. Try again shortly; what you typed stays in the form.",
    },
    "db_readonly": {
        "id": "Database hanya-baca: {path}. Periksa izin berkas atau media penyimpanan.",
        "en": "The database is read-only: {path}. Check the file permissions or the storage media.",
    },
    "db_full": {
        "id": "Disk atau database penuh. Kosongkan ruang disk lalu simpan lagi; data yang diketik tetap di formulir.",
        "en": "The disk or database is full. Free some disk space and save again; what you typed stays in the form.",
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
    # --- start-up checks (issue 14): never a silent new desk
    "db_empty": {
        "id": "Berkas database kosong (0 bita): {path}. Meja tidak dimulai agar tidak menjadi meja baru "
        "yang kosong. Pulihkan cadangan terbaru: lapor-desk restore {backup}",
        "en": "The database file is empty (0 bytes): {path}. The desk did not start, so as not to become "
        "a new, empty desk. Restore the newest backup: lapor-desk restore {backup}",
    },
    "db_not_sqlite": {
        "id": "Berkas di tempat database meja bukan database lapor-desk (bukan SQLite): {path}. "
        "Meja tidak dimulai. Pulihkan cadangan terbaru: lapor-desk restore {backup}",
        "en": "The file where the desk database should be is not a lapor-desk database (not SQLite): "
        "{path}. The desk did not start. Restore the newest backup: lapor-desk restore {backup}",
    },
    "db_foreign": {
        "id": "Berkas di tempat database meja adalah database lain, bukan lapor-desk ({detail}): {path}. "
        "Meja tidak dimulai. Pulihkan cadangan terbaru: lapor-desk restore {backup}",
        "en": "The file where the desk database should be is another database, not lapor-desk "
        "({detail}): {path}. The desk did not start. Restore the newest backup: lapor-desk restore {backup}",
    },
    "db_damaged": {
        "id": "Database meja rusak ({detail}): {path}. Meja tidak dimulai. Pulihkan cadangan terbaru: "
        "lapor-desk restore {backup}",
        "en": "The desk database is damaged ({detail}): {path}. The desk did not start. "
        "Restore the newest backup: lapor-desk restore {backup}",
    },
    "db_app_running": {
        "id": "Aplikasi lapor-desk lain sudah berjalan dengan database ini ({path}). Pakai jendela yang sudah terbuka.",
        "en": "Another lapor-desk app is already running on this database ({path}). "
        "Use the window that is already open.",
    },
    "db_restore_running": {
        "id": "Database ini sedang dipulihkan dari cadangan ({path}). Tunggu sampai selesai lalu coba lagi.",
        "en": "This database is being restored from a backup ({path}). Wait until it finishes, then try again.",
    },
    "db_in_use": {
        "id": "Database ini sedang dipakai oleh perintah lapor-desk lain ({path}). "
        "Tunggu sampai selesai lalu coba lagi.",
        "en": "This database is in use by another lapor-desk command ({path}). Wait until it finishes, then try again.",
    },
    "data_folder_readonly": {
        "id": "Folder data tidak bisa ditulisi: {path}. Periksa izin folder atau media "
        "(mis. flashdisk terkunci), lalu mulai lagi.",
        "en": "The data folder cannot be written: {path}. Check the folder's permissions or the media "
        "(e.g. a locked USB stick), then start again.",
    },
    "db_io_error": {
        "id": "Gagal membaca/menulis database ({path}): disk penuh atau bermasalah. "
        "Kosongkan ruang disk atau periksa disk; data yang sudah tersimpan tetap aman.",
        "en": "Reading or writing the database failed ({path}): the disk is full or faulty. "
        "Free some space or check the disk; data already saved is safe.",
    },
    "os_error": {
        "id": "Gagal: {detail} ({path}).",
        "en": "Failed: {detail} ({path}).",
    },
    "disk_full_at": {
        "id": "Disk penuh saat menulis {path}. Kosongkan ruang disk lalu coba lagi; tidak ada berkas "
        "setengah jadi yang ditinggalkan.",
        "en": "The disk filled up while writing {path}. Free some disk space and try again; "
        "no half-written file was left behind.",
    },
    "log_console_only": {
        "id": "Folder log tidak bisa ditulisi ({path}); catatan hanya ditampilkan di konsol.",
        "en": "The log folder cannot be written ({path}); logging goes to the console only.",
    },
    "not_found": {
        "id": "Pengaduan #{id} tidak ditemukan.",
        "en": "Complaint #{id} not found.",
    },
    "not_editable": {
        "id": "Pengaduan berstatus {status} tidak bisa diubah di meja ini.",
        "en": "A complaint with status {status} cannot be changed at this desk.",
    },
    # --- receipt
    "receipt_heading": {
        "id": "TANDA TERIMA PENGADUAN",
        "en": "COMPLAINT RECEIPT",
    },
    "receipt_copy": {
        "id": "SALINAN (cetak ulang ke-{n})",
        "en": "COPY (reprint no. {n})",
    },
    "receipt_number": {
        "id": "Nomor tanda terima",
        "en": "Receipt number",
    },
    "receipt_received": {
        "id": "Diterima",
        "en": "Received",
    },
    "receipt_channel": {
        "id": "Kanal",
        "en": "Channel",
    },
    "receipt_desk": {
        "id": "Meja pengaduan",
        "en": "Complaint desk",
    },
    "receipt_officer": {
        "id": "Petugas",
        "en": "Officer",
    },
    "receipt_reporter": {
        "id": "Pelapor",
        "en": "Reporter",
    },
    "receipt_anonymous": {
        "id": "ANONIM",
        "en": "ANONYMOUS",
    },
    "receipt_title": {
        "id": "Judul",
        "en": "Title",
    },
    "receipt_type": {
        "id": "Jenis laporan",
        "en": "Report type",
    },
    "receipt_attachments": {
        "id": "Jumlah lampiran",
        "en": "Attachments",
    },
    "receipt_agency": {
        "id": "Instansi tujuan",
        "en": "Target agency",
    },
    "receipt_agency_unknown": {
        "id": "Akan ditentukan oleh admin pusat",
        "en": "To be decided by the central admin",
    },
    "receipt_step_verify": {
        "id": "Verifikasi oleh admin paling lambat {date} ({days} hari kerja).",
        "en": "Verified by the admin by {date} ({days} working days).",
    },
    "receipt_step_follow_up": {
        "id": "Tindak lanjut pertama instansi paling lambat {date} ({days} hari kerja setelah verifikasi).",
        "en": "First follow-up by the agency by {date} ({days} working days after verification).",
    },
    "receipt_step_case": {
        "id": "Penyelesaian paling lambat {date} ({days} hari).",
        "en": "Resolution by {date} ({days} days).",
    },
    "receipt_status_tracking": {
        "id": "Cek status di lapor.go.id/pengaduan/{tracking} atau hubungi meja pengaduan: {phone}.",
        "en": "Check the status at lapor.go.id/pengaduan/{tracking} or call the desk: {phone}.",
    },
    "receipt_status_pending": {
        "id": "Nomor LAPOR! akan terbit setelah dikirim ke pusat. Sebutkan nomor {receipt} saat menanyakan status ke meja pengaduan: {phone}.",
        "en": "The LAPOR! number follows once sent to the central. Quote {receipt} when asking the desk about the status: {phone}.",
    },
    "receipt_privacy": {
        "id": "Data pribadi Anda diproses hanya untuk menangani pengaduan ini (UU 27/2022 tentang Pelindungan Data Pribadi). Identitas pelapor anonim tidak diberikan kepada instansi.",
        "en": "Your personal data is processed only to handle this complaint (Law 27/2022 on Personal Data Protection). An anonymous reporter's identity is not given to the agency.",
    },
    "receipt_sign_officer": {
        "id": "Petugas penerima",
        "en": "Receiving officer",
    },
    "receipt_sign_reporter": {
        "id": "Pelapor",
        "en": "Reporter",
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
    "file_not_found": {
        "id": "Berkas tidak ditemukan: {path}",
        "en": "File not found: {path}",
    },
    "file_unreadable": {
        "id": "Berkas tidak bisa dibaca: {path} ({reason})",
        "en": "The file cannot be read: {path} ({reason})",
    },
    "password_mismatch": {
        "id": "Kedua kata sandi tidak sama.",
        "en": "The two passwords differ.",
    },
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
        "id": "Format berkas tidak dikenal; gunakan .csv, .jsonl atau .xlsx.",
        "en": "Unknown file format; use .csv, .jsonl or .xlsx.",
    },
    "import_bad_encoding": {
        "id": "Pembacaan berhenti di baris {line}: berkas bukan teks {encoding} yang utuh. Tidak ada yang disimpan. "
        "Simpan ulang sebagai UTF-8 atau pilih --encoding cp1252.",
        "en": "Reading stopped at line {line}: the file is not whole {encoding} text. Nothing was saved. "
        "Save it again as UTF-8 or choose --encoding cp1252.",
    },
    "import_encoding_conflict": {
        "id": "Berkas bertanda {found}, bukan {given}.",
        "en": "The file is marked as {found}, not {given}.",
    },
    "import_unknown_encoding": {
        "id": "Pengodean tidak dikenal: {encoding}. Gunakan utf-8, utf-16 atau cp1252.",
        "en": "Unknown encoding: {encoding}. Use utf-8, utf-16 or cp1252.",
    },
    "import_utf16_without_bom": {
        "id": "Berkas UTF-16 harus diawali tanda BOM; simpan ulang sebagai UTF-8.",
        "en": "A UTF-16 file must start with a BOM; save it again as UTF-8.",
    },
    "import_encoding_chosen": {
        "id": "Pengodean berkas: {encoding} (terdeteksi).",
        "en": "File encoding: {encoding} (detected).",
    },
    "import_empty_file": {
        "id": "Berkas kosong: tidak ada baris judul kolom.",
        "en": "The file is empty: there is no header row.",
    },
    "import_bad_header": {
        "id": "Baris judul kolom tidak bisa dibaca.",
        "en": "The header row cannot be read.",
    },
    "import_duplicate_column": {
        "id": "Kolom {column} muncul dua kali di baris judul.",
        "en": "Column {column} appears twice in the header.",
    },
    "import_unknown_columns": {
        "id": "Kolom tidak dikenal diabaikan: {columns}.",
        "en": "Unknown columns ignored: {columns}.",
    },
    "import_record_too_large": {
        "id": "Rekaman terlalu besar (lebih dari {limit} karakter; {swallowed} baris berikutnya ikut terbaca); "
        "mungkin ada tanda kutip yang tidak ditutup.",
        "en": "The record is too large (over {limit} characters; {swallowed} following lines were taken in); "
        "a quote may be left open.",
    },
    "import_unclosed_quote": {
        "id": "Tanda kutip dibuka di baris ini tidak pernah ditutup (menelan {swallowed} baris berikutnya); "
        "baris-baris itu dibaca ulang sendiri-sendiri.",
        "en": "A quote opened on this line is never closed (it swallowed the {swallowed} following lines); "
        "those lines were read again on their own.",
    },
    "import_bad_quote": {
        "id": "Tanda kutip salah tempat (sesudah kutip penutup harus ada pemisah).",
        "en": "A misplaced quote (a closing quote must be followed by the separator).",
    },
    "import_cell_count": {
        "id": "Jumlah sel {found}, seharusnya {expected}.",
        "en": "{found} cells, expected {expected}.",
    },
    "import_cell_count_lines": {
        "id": "Jumlah sel {found}, seharusnya {expected}; rekaman ini berlanjut sampai baris {last} "
        "(mungkin ada tanda kutip yang tidak ditutup).",
        "en": "{found} cells, expected {expected}; this record runs on to line {last} (a quote may be left open).",
    },
    "import_json_too_deep": {
        "id": "JSON bersarang terlalu dalam.",
        "en": "The JSON is nested too deeply.",
    },
    "import_json_escape": {
        "id": "Urutan escape JSON tidak valid (kolom {column}).",
        "en": "Invalid JSON escape sequence (column {column}).",
    },
    "import_json_syntax": {
        "id": "Bukan JSON yang valid (kolom {column}).",
        "en": "Not valid JSON (column {column}).",
    },
    "import_json_not_object": {
        "id": "Baris harus berupa objek JSON {{...}}.",
        "en": "The line must be a JSON object {{...}}.",
    },
    "import_internal_error": {
        "id": "Impor terhenti karena kesalahan program ({kind}); tidak ada yang disimpan. Laporkan ke petugas TI.",
        "en": "The import stopped on a program error ({kind}); nothing was saved. Report it to IT staff.",
    },
    "import_wrong_type": {
        "id": "Jenis nilai {field} salah: seharusnya {expected}.",
        "en": "Wrong type of value for {field}: expected {expected}.",
    },
    "import_bad_identifier": {
        "id": "Bentuk {field} tidak valid.",
        "en": "The form of {field} is not valid.",
    },
    "import_bad_date": {
        "id": "Tanggal {field} tidak dikenali: {value}. Tulis tttt-bb-hh.",
        "en": "Date {field} not recognised: {value}. Write yyyy-mm-dd.",
    },
    "import_no_timezone": {
        "id": "Waktu diterima tanpa zona waktu; tambahkan mis. +07:00.",
        "en": "The time received has no time zone; add e.g. +07:00.",
    },
    "import_duplicate_in_file": {
        "id": "client_id sama dengan baris {first} tetapi isinya berbeda.",
        "en": "Same client_id as line {first} but different content.",
    },
    "import_receipt_in_file": {
        "id": "Nomor tanda terima sama dengan baris {first}.",
        "en": "Same receipt number as line {first}.",
    },
    "import_receipt_taken": {
        "id": "Nomor tanda terima ini sudah dipakai pengaduan lain di meja ini.",
        "en": "This receipt number is already used by another complaint on this desk.",
    },
    "import_xlsx_unreadable": {
        "id": "Berkas XLSX rusak atau bukan buku kerja Excel. Tidak ada yang disimpan.",
        "en": "The XLSX file is damaged or not an Excel workbook. Nothing was saved.",
    },
    "import_xlsx_stopped": {
        "id": "Pembacaan berhenti di baris lembar {row}: berkas XLSX rusak. Tidak ada yang disimpan.",
        "en": "Reading stopped at sheet row {row}: the XLSX file is damaged. Nothing was saved.",
    },
    "import_no_such_sheet": {
        "id": "Lembar {sheet} tidak ada; lembar yang ada: {sheets}.",
        "en": "There is no sheet {sheet}; the sheets are: {sheets}.",
    },
    "import_file_changed": {
        "id": "Berkas berubah selama impor. Tidak ada yang disimpan; jalankan lagi.",
        "en": "The file changed during the import. Nothing was saved; run it again.",
    },
    "import_read_failed": {
        "id": "Berkas tidak bisa dibaca sampai akhir: {path} ({reason}). Tidak ada yang disimpan.",
        "en": "The file cannot be read to its end: {path} ({reason}). Nothing was saved.",
    },
    "import_write_failed": {
        "id": "Penyimpanan gagal; tidak ada yang disimpan: {reason}",
        "en": "Saving failed; nothing was saved: {reason}",
    },
    "import_line": {
        "id": "baris {line}",
        "en": "line {line}",
    },
    "import_summary": {
        "id": "Ditambahkan: {added}; sudah ada: {present}; berulang dalam berkas: {repeated}; baris bermasalah: {bad}",
        "en": "Added: {added}; already present: {present}; repeated in the file: {repeated}; rows with problems: {bad}",
    },
    "import_held_back": {
        "id": "Dengan --all-or-nothing tidak ada yang disimpan karena {bad} baris bermasalah.",
        "en": "With --all-or-nothing nothing was saved because {bad} rows have problems.",
    },
    "import_progress": {
        "id": "{rows} baris diperiksa ({rate}/detik)",
        "en": "{rows} rows checked ({rate}/s)",
    },
    "import_progress_writing": {
        "id": "{rows} pengaduan disimpan ({rate}/detik)",
        "en": "{rows} complaints saved ({rate}/s)",
    },
    "export_written": {
        "id": "Diekspor: {count} pengaduan ke {path}",
        "en": "Exported: {count} complaints to {path}",
    },
    "os_not_found": {"id": "tidak ditemukan", "en": "not found"},
    "os_permission": {"id": "tidak ada izin", "en": "permission denied"},
    "os_is_directory": {"id": "ini sebuah folder, bukan berkas", "en": "this is a folder, not a file"},
    "os_not_directory": {"id": "bagian jalurnya bukan folder", "en": "part of the path is not a folder"},
    "os_no_space": {"id": "disk penuh", "en": "the disk is full"},
    "os_read_only": {"id": "disk hanya-baca", "en": "the disk is read-only"},
    "os_io": {"id": "kesalahan baca/tulis perangkat", "en": "device input/output error"},
    "os_other": {"id": "kesalahan sistem nomor {errno}", "en": "system error number {errno}"},
    # --- supervision (issue 6)
    "permission_denied": {
        "id": "Akun dengan peran {role} tidak berwenang untuk tindakan ini. Minta bantuan supervisor atau admin.",
        "en": "An account with the {role} role may not do this. Ask a supervisor or an admin.",
    },
    "not_signed_in": {
        "id": "Masuk dulu dengan akun petugas.",
        "en": "Sign in with a staff account first.",
    },
    "sign_in_wrong": {
        "id": "Nama pengguna atau kata sandi salah.",
        "en": "Wrong user name or password.",
    },
    "sign_in_wrong_left": {
        "id": "Nama pengguna atau kata sandi salah. Sisa percobaan sebelum akun dikunci: {left}.",
        "en": "Wrong user name or password. Attempts left before the account locks: {left}.",
    },
    "account_locked": {
        "id": "Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit, atau minta admin mengatur ulang kata sandi.",
        "en": "The account is locked after too many failed attempts. Try again in {minutes} minutes, or ask an admin to reset the password.",
    },
    "account_inactive": {
        "id": "Akun ini dinonaktifkan. Hubungi admin.",
        "en": "This account is disabled. Contact an admin.",
    },
    "first_admin_exists": {
        "id": "Admin pertama sudah dibuat; akun baru dibuat oleh admin.",
        "en": "The first admin already exists; an admin creates new accounts.",
    },
    "username_format": {
        "id": "Nama pengguna 3-64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
        "en": "User names have 3-64 characters: lower-case letters, digits, dot, underscore or hyphen.",
    },
    "username_taken": {
        "id": "Nama pengguna {username} sudah dipakai.",
        "en": "The user name {username} is taken.",
    },
    "password_too_short": {
        "id": "Kata sandi minimal {min} karakter.",
        "en": "The password needs at least {min} characters.",
    },
    "account_not_found": {
        "id": "Akun {username} tidak ditemukan.",
        "en": "Account {username} not found.",
    },
    # --- every door keeps the window's rules (issue 12)
    "must_change_password": {
        "id": "Kata sandi akun ini diatur ulang oleh admin. Ganti kata sandi dulu (masuk di aplikasi); "
        "sebelum itu tidak ada tindakan lain yang diizinkan.",
        "en": "An admin reset this account's password. Change the password first (sign in to the app); "
        "nothing else is allowed until then.",
    },
    "cli_user_required": {
        "id": "Perintah ini memerlukan akun petugas: tambahkan --user NAMA (kata sandi ditanyakan, "
        "atau dari LAPOR_DESK_PASSWORD).",
        "en": "This command needs a staff account: add --user NAME (the password is asked, "
        "or read from LAPOR_DESK_PASSWORD).",
    },
    "cli_password_prompt": {
        "id": "Kata sandi {user}: ",
        "en": "Password for {user}: ",
    },
    "cli_new_password_prompt": {
        "id": "Kata sandi baru: ",
        "en": "New password: ",
    },
    "cli_new_password_again": {
        "id": "Ulangi kata sandi baru: ",
        "en": "Repeat the new password: ",
    },
    "cli_no_terminal": {
        "id": "Tidak ada terminal untuk menanyakan kata sandi. Jalankan di terminal, atau isi variabel "
        "lingkungan {env} untuk skrip.",
        "en": "There is no terminal to ask for the password. Run this in a terminal, or set the "
        "{env} environment variable for scripts.",
    },
    "reg_plain_http": {
        "id": "Alamat {url} memakai http:// tanpa enkripsi ke mesin lain: token meja dan NIK warga akan terbaca "
        "di jaringan. Pakai https://. (Hanya bila benar-benar perlu, admin dapat mengizinkannya: "
        "lapor-desk config set sync.allow_plain_http on --user ADMIN; tercatat di jejak audit.)",
        "en": "The address {url} uses unencrypted http:// to another machine: the desk token and citizens' NIKs "
        "would be readable on the network. Use https://. (Only if truly needed, an admin can allow it: "
        "lapor-desk config set sync.allow_plain_http on --user ADMIN; recorded in the audit trail.)",
    },
    "reg_token_on_command_line": {
        "id": "Token tidak diterima di baris perintah (terlihat di daftar proses dan riwayat shell). "
        "Jalankan tanpa --token lalu tempel token saat ditanya, atau pakai --token-file BERKAS, "
        "atau kirim lewat stdin: lapor-desk register --url URL --token-file - < token.txt",
        "en": "The token is not taken on the command line (the process list and the shell history keep it). "
        "Run without --token and paste it when asked, or use --token-file FILE, "
        "or send it on stdin: lapor-desk register --url URL --token-file - < token.txt",
    },
    "reg_token_prompt": {
        "id": "Token meja: ",
        "en": "Desk token: ",
    },
    "reg_token_missing": {
        "id": "Tidak ada token meja: tempel saat ditanya di terminal, atau beri --token-file BERKAS, "
        "atau kirim lewat stdin.",
        "en": "No desk token: paste it when asked at a terminal, or give --token-file FILE, or send it on stdin.",
    },
    "reg_token_file_unreadable": {
        "id": "Berkas token {path} tidak bisa dibaca: {reason}",
        "en": "The token file {path} cannot be read: {reason}",
    },
    "recover_not_owner": {
        "id": "Pemulihan admin hanya untuk akun sistem operasi pemilik folder data ({path}).",
        "en": "Admin recovery is only for the operating-system account that owns the data folder ({path}).",
    },
    "recover_not_admin": {
        "id": "Akun {username} bukan admin; pemulihan hanya untuk akun admin.",
        "en": "The account {username} is not an admin; recovery is for admin accounts only.",
    },
    "recover_done": {
        "id": "PERINGATAN: kata sandi admin {user} diganti oleh akun sistem {os_user} lewat pemulihan. "
        "Tercatat di jejak audit. Kata sandi sementara ini wajib diganti saat masuk.",
        "en": "WARNING: the password of admin {user} was replaced by OS account {os_user} through recovery. "
        "This is recorded in the audit trail. The temporary password must be changed at sign-in.",
    },
    "last_admin": {
        "id": "Harus tetap ada satu admin aktif.",
        "en": "At least one active admin must remain.",
    },
    "audit_row_edited": {
        "id": "Baris audit #{seq} telah diubah di luar aplikasi.",
        "en": "Audit row #{seq} was changed outside the application.",
    },
    "audit_row_missing": {
        "id": "Sebelum baris audit #{seq} ada baris yang dihapus atau rantai terputus.",
        "en": "Rows before audit row #{seq} were deleted or the chain is broken.",
    },
    "audit_tail_missing": {
        "id": "Baris audit terakhir (#{seq}) hilang: baris terbaru telah dihapus.",
        "en": "The last audit row (#{seq}) is missing: the newest rows were deleted.",
    },
    "audit_head_missing": {
        "id": "Penanda akhir rantai audit hilang (setelah baris #{seq}).",
        "en": "The audit chain's end marker is missing (after row #{seq}).",
    },
    "audit_truncated": {
        "id": "Jejak audit berakhir di baris #{last}, padahal jangkar ({source}, diakui {at}) mencatat baris "
        "#{seq}: baris terbaru dipotong, bersama penanda akhirnya.",
        "en": "The audit trail ends at row #{last}, but the anchor ({source}, acknowledged {at}) records row "
        "#{seq}: the newest rows were cut, their end marker with them.",
    },
    "audit_wiped": {
        "id": "Jejak audit kosong, padahal jangkar ({source}, diakui {at}) mencatat baris #{seq}: "
        "seluruh jejak telah dihapus.",
        "en": "The audit trail is empty, but the anchor ({source}, acknowledged {at}) records row #{seq}: "
        "the whole trail was deleted.",
    },
    "audit_rewritten": {
        "id": "Baris audit #{seq} tidak sama dengan jangkar ({source}, diakui {at}): riwayat sebelum jangkar "
        "ditulis ulang.",
        "en": "Audit row #{seq} does not match the anchor ({source}, acknowledged {at}): the history before "
        "the anchor was rewritten.",
    },
    "audit_anchor_central": {
        "id": "Diperiksa terhadap jangkar dari pusat: baris #{seq}, diakui {at}.",
        "en": "Checked against the anchor from the central: row #{seq}, acknowledged {at}.",
    },
    "audit_anchor_offline": {
        "id": "Pusat tidak terjangkau ({detail}); diperiksa terhadap jangkar terakhir yang diakui pusat, "
        "tersimpan di {source}: baris #{seq}, diakui {at} ({days} hari lalu).",
        "en": "The central is unreachable ({detail}); checked against the last anchor it acknowledged, "
        "kept in {source}: row #{seq}, acknowledged {at} ({days} days ago).",
    },
    "audit_anchor_local": {
        "id": "Diperiksa terhadap jangkar terakhir yang diakui pusat, tersimpan di {source}: baris #{seq}, "
        "diakui {at} ({days} hari lalu).",
        "en": "Checked against the last anchor the central acknowledged, kept in {source}: row #{seq}, "
        "acknowledged {at} ({days} days ago).",
    },
    "audit_anchor_none": {
        "id": "Belum ada jangkar yang diakui pusat: potongan di ujung jejak atau jejak yang dihapus seluruhnya "
        "tidak dapat dikenali.",
        "en": "No anchor acknowledged by the central yet: a cut end or a trail deleted whole cannot be told.",
    },
    "audit_source_central": {"id": "pusat", "en": "the central"},
    "audit_source_database": {"id": "basis data", "en": "the database"},
    "audit_source_file": {"id": "berkas jangkar", "en": "the anchor file"},
    "audit_ok": {
        "id": "Rantai audit utuh: {count} entri diperiksa.",
        "en": "The audit chain is intact: {count} entries checked.",
    },
    "audit_broken": {
        "id": "Rantai audit RUSAK: {problems} masalah dalam {count} entri.",
        "en": "The audit chain is BROKEN: {problems} problems in {count} entries.",
    },
    "calendar_bad_date": {
        "id": "Baris {line}: tanggal tidak dikenali ({value}). Tulis tttt-bb-hh, mis. 2026-03-20.",
        "en": "Line {line}: date not recognised ({value}). Write yyyy-mm-dd, e.g. 2026-03-20.",
    },
    "calendar_bad_kind": {
        "id": "Baris {line}: jenis libur tidak dikenal ({value}); pakai cuti_bersama atau tutup_daerah.",
        "en": "Line {line}: unknown kind of day off ({value}); use cuti_bersama or tutup_daerah.",
    },
    "calendar_duplicate": {
        "id": "Baris {line}: tanggal {value} tercantum dua kali.",
        "en": "Line {line}: the date {value} is listed twice.",
    },
    "calendar_not_imported": {
        "id": "Tidak ada tanggal yang diimpor; perbaiki baris di atas lalu impor lagi.",
        "en": "No dates were imported; fix the lines above and import again.",
    },
    "calendar_imported": {
        "id": "Diimpor: {added} tanggal; sudah ada: {present}.",
        "en": "Imported: {added} dates; already present: {present}.",
    },
    "deadline_profile_format": {
        "id": "Profil tenggat ditulis verifikasi/tindak lanjut/selesai otomatis/total hari, mis. 3/5/10/60.",
        "en": "A deadline profile reads verify/follow-up/auto-complete/total days, e.g. 3/5/10/60.",
    },
    "export_folder_missing": {
        "id": "Folder tujuan tidak ada: {path}.",
        "en": "The target folder does not exist: {path}.",
    },
    "export_read_only": {
        "id": "Folder tujuan tidak bisa ditulisi (hanya-baca atau tanpa izin): {path}. Pilih folder lain.",
        "en": "The target folder cannot be written (read-only or no permission): {path}. Choose another folder.",
    },
    "export_disk_full": {
        "id": "Disk penuh saat menulis {path}. Kosongkan ruang lalu ulangi; berkas lama tidak diubah.",
        "en": "The disk filled up while writing {path}. Free some space and try again; any earlier file is unchanged.",
    },
    "export_failed": {
        "id": "Ekspor gagal: {detail} ({path}).",
        "en": "The export failed: {detail} ({path}).",
    },
    "export_done": {
        "id": "Laporan ditulis ke {path}.",
        "en": "The report was written to {path}.",
    },
    "review_not_waiting": {
        "id": "Pengaduan #{id} tidak sedang menunggu persetujuan.",
        "en": "Complaint #{id} is not waiting for approval.",
    },
    "review_note_required": {
        "id": "Tulis catatan untuk petugas saat mengembalikan pengaduan.",
        "en": "Write a note for the clerk when returning a complaint.",
    },
    "report_month_format": {
        "id": "Bulan ditulis tttt-bb, mis. 2026-10.",
        "en": "Write the month as yyyy-mm, e.g. 2026-10.",
    },
    # --- sync with the central (issue 4)
    "sync_url_format": {
        "id": "Alamat pusat harus diawali http:// atau https://.",
        "en": "The central address must start with http:// or https://.",
    },
    "sync_token_keyring": {
        "id": "Terdaftar. Token meja disimpan di keyring sistem.",
        "en": "Registered. The desk token is stored in the system keyring.",
    },
    "sync_token_file": {
        "id": "Terdaftar. Tidak ada keyring sistem: token meja disimpan di {path} (hanya bisa dibaca pemilik).",
        "en": "Registered. No system keyring: the desk token is stored in {path} (owner-readable only).",
    },
    "sync_not_registered": {
        "id": "Meja belum terdaftar ke pusat. Jalankan: lapor-desk register --url URL (token ditanyakan)",
        "en": "This desk is not registered with the central. Run: lapor-desk register --url URL (the token is asked)",
    },
    "sync_enqueued_existing": {
        "id": "Dimasukkan ke antrean kirim: {count} pengaduan lama.",
        "en": "Queued for upload: {count} earlier complaints.",
    },
    "sync_report": {
        "id": "Tersinkron {synced}, ditolak {refused}, pembaruan {updates}; menunggu {waiting}, perlu diperbaiki {needs_fix}.",
        "en": "Synced {synced}, refused {refused}, updates {updates}; waiting {waiting}, needing a fix {needs_fix}.",
    },
    "sync_unreachable": {
        "id": "Pusat tidak dapat dihubungi ({detail}). Antrean tetap tersimpan dan dikirim nanti.",
        "en": "The central could not be reached ({detail}). The queue is kept and sent later.",
    },
    "sync_busy": {
        "id": "Sinkronisasi lain untuk basis data ini sedang berjalan (jendela aplikasi atau perintah lain). Coba lagi nanti, atau tambahkan --wait DETIK untuk menunggu.",
        "en": "Another sync of this database is running (the app window or another command). Try again later, or add --wait SECONDS to wait for it.",
    },
    "sync_busy_watch": {
        "id": "Sinkronisasi lain untuk basis data ini sedang berjalan; dicoba lagi pada putaran berikutnya.",
        "en": "Another sync of this database is running; trying again on the next round.",
    },
    "sync_desk_code_in_use": {
        "id": "Kode meja ini sudah dipakai di PC lain. Satu pendaftaran hanya untuk satu PC: minta operator "
        "pusat menjalankan 'lapor-central desks rebind KODE' bila PC ini menggantikannya.",
        "en": "This desk code is in use on another PC. One registration is for one PC: ask the central's "
        "operator to run 'lapor-central desks rebind CODE' if this PC replaces it.",
    },
    "sync_reconciled": {
        "id": "Basis data pusat berganti (dipulihkan dari cadangan atau diganti): {checked} pengaduan diperiksa, "
        "{confirmed} cocok, {requeued} dikirim ulang karena hilang di pusat, {retracked} mendapat nomor "
        "LAPOR! baru, {resent} dilengkapi lagi.",
        "en": "The central's database changed (restored from a backup or replaced): {checked} complaints "
        "checked, {confirmed} matched, {requeued} sent again as the central lost them, {retracked} got a "
        "new LAPOR! number, {resent} completed again.",
    },
    "sync_registration_problem": {
        "id": "Pusat menolak token meja ini ({detail}). Hubungi admin pusat untuk pendaftaran ulang.",
        "en": "The central refused this desk's token ({detail}). Ask the central admin to register it again.",
    },
    "sync_central_refused": {
        "id": "Ditolak pusat: {message}",
        "en": "Refused by the central: {message}",
    },
    "sync_attachment_refused": {
        "id": "Lampiran ditolak pusat ({message}). Ganti atau hapus lampiran ini.",
        "en": "Attachment refused by the central ({message}). Replace or remove it.",
    },
    "sync_revision_conflict": {
        "id": "Versi pengaduan ini bertabrakan dengan yang ada di pusat. Ubah lalu simpan lagi.",
        "en": "This version clashes with the one at the central. Change it and save again.",
    },
    "sync_locked_status": {
        "id": "Pusat sudah memproses pengaduan ini ({status}); perubahan dari meja tidak diterima lagi.",
        "en": "The central is already handling this complaint ({status}); desk changes are no longer accepted.",
    },
    # --- every refusal with its way out (issue 19): lapor-desk sync and the core's resolver
    "request_too_large": {
        "id": "Pengaduan ini lebih besar dari batas kiriman pusat.",
        "en": "This complaint is larger than the central accepts in one request.",
    },
    "request_too_large_limit": {
        "id": "Pengaduan ini lebih besar dari batas kiriman pusat ({limit} bita); perpendek kronologinya.",
        "en": "This complaint is larger than the central accepts in one request ({limit} bytes); shorten its account.",
    },
    "sync_no_central_version": {
        "id": "Isi yang terakhir diterima pusat tidak tersimpan di meja ini; kirim perubahan sebagai keterangan tambahan.",
        "en": "The content the central last accepted is not kept at this desk; send the change as a supplement instead.",
    },
    "sync_nothing_to_resolve": {
        "id": "Masalah ini sudah diselesaikan atau berubah. Muat ulang daftar.",
        "en": "This problem has been resolved or has changed. Reload the list.",
    },
    "sync_problem_line": {
        "id": "{receipt} {title}: {reason} Yang perlu dilakukan: {todo}",
        "en": "{receipt} {title}: {reason} What to do: {todo}",
    },
    "sync_reason_locked": {
        "id": "Pusat sudah memproses pengaduan ini (status {status}); perubahan dari meja ditolak.",
        "en": "The central is already handling this complaint (status {status}); the desk's change was refused.",
    },
    "sync_reason_reply_unknown": {
        "id": "Tanggapan pelapor tidak terkirim: pusat tidak mengenal pengaduan ini (404).",
        "en": "The reporter's reply was not delivered: the central does not know this complaint (404).",
    },
    "sync_reason_reply_refused": {
        "id": "Tanggapan pelapor ditolak pusat ({message}).",
        "en": "The reporter's reply was refused by the central ({message}).",
    },
    "sync_todo_fields": {
        "id": "buka tab Perlu perhatian di aplikasi meja, perbaiki isian yang ditandai, lalu simpan.",
        "en": "open the Needs attention tab in the desk app, fix the marked fields, then save.",
    },
    "sync_todo_locked": {
        "id": "supervisor mengirim perubahan sebagai keterangan tambahan atau membatalkannya (tab Perlu perhatian).",
        "en": "a supervisor sends the change as a supplement or discards it (Needs attention tab).",
    },
    "sync_todo_conflict": {
        "id": "kirim ulang sebagai revisi baru, atau supervisor membatalkan perubahan (tab Perlu perhatian).",
        "en": "send it again as a new revision, or a supervisor discards the change (Needs attention tab).",
    },
    "sync_todo_attachment": {
        "id": "ganti atau hapus lampiran yang ditolak di formulir, lalu simpan.",
        "en": "replace or remove the refused attachment in the form, then save.",
    },
    "sync_todo_too_large": {
        "id": "perkecil lampiran atau isi pengaduan di formulir, lalu simpan.",
        "en": "make the attachments or the text smaller in the form, then save.",
    },
    "sync_todo_reply": {
        "id": "periksa pendaftaran meja ke pusat, lalu kirim ulang tanggapan; atau supervisor menyimpannya hanya di meja (tab Perlu perhatian).",
        "en": "check the desk's registration with the central, then send the reply again; or a supervisor keeps it at the desk only (Needs attention tab).",
    },
    "sync_clock_skew": {
        "id": "Jam komputer ini {minutes} menit {direction} dari jam pusat. Setel jam komputer (aktifkan sinkronisasi waktu otomatis); sampai itu tenggat dihitung dengan jam pusat.",
        "en": "This computer's clock is {minutes} minutes {direction} than the central's. Set the clock (turn on automatic time sync); until then deadlines use the central's clock.",
    },
    "sync_oldest_unsent": {
        "id": "Pengaduan tertua yang belum terkirim sudah menunggu {hours} jam (sejak {since}).",
        "en": "The oldest unsent complaint has waited {hours} hours (since {since}).",
    },
    "sync_waiting_later": {
        "id": "{count} pengaduan menunggu dikirim ulang (pusat sibuk atau membatasi kiriman); jalankan lagi nanti, antrean tetap tersimpan.",
        "en": "{count} complaints wait to be sent again (the central is busy or rate-limiting); run again later, the queue is kept.",
    },
    "sync_rate_limited": {
        "id": "Pusat membatasi kiriman meja ini (429): {waiting} pengaduan menunggu dan tetap tersimpan. Jalankan lagi setelah {seconds} detik, atau biarkan lapor-desk sync --watch mengirimnya.",
        "en": "The central is rate-limiting this desk (429): {waiting} complaints wait and are kept. Run again after {seconds} seconds, or let lapor-desk sync --watch send them.",
    },
}
CATALOG.update(SETUP_MESSAGES)  # settings, set-up and registration
CATALOG.update(DATA_MESSAGES)  # backups, restore, doctor, retention


def translate(code: str, language: str = DEFAULT_LANGUAGE, params: Mapping[str, Any] | None = None) -> str:
    """The message for `code` in `language`, formatted with `params`.

    Unknown languages fall back to Indonesian; an unknown code is returned as is so a
    missing entry shows up in the UI instead of crashing it.
    """
    entry = CATALOG.get(code)
    if entry is None:
        return code
    template = entry.get(language) or entry[DEFAULT_LANGUAGE]
    values = {
        k: v.get(language) or v[DEFAULT_LANGUAGE] if isinstance(v, Localized) else v for k, v in (params or {}).items()
    }
    return template.format(**values)


class Localized(dict[str, str]):
    """A message parameter that reads differently per language: Localized(id="petugas", en="clerk")."""


class CodedError(Exception):
    """A failure a person reads: a code of this catalogue and its parameters, shown in the
    current language at the moment it is shown (the English text is the exception's str)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(translate(code, "en", params))
        self.code = code
        self.params = params

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return translate(self.code, language, self.params)


def describe(exc: BaseException, language: str = DEFAULT_LANGUAGE) -> str:
    """What to tell a person about a failure: a CodedError in their language, else its text."""
    return exc.text(language) if isinstance(exc, CodedError) else str(exc)
