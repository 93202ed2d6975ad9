"""Catalogue entries for settings, set-up and registration (merged into `i18n.CATALOG`).

Kept apart so the settings' descriptions (`setting.<key>`) and choice labels
(`setting.<key>.<choice>`) sit together; there is still one catalogue and one `translate`.
"""

from __future__ import annotations

SETUP_MESSAGES: dict[str, dict[str, str]] = {
    # --- descriptions of the declared settings
    "setting.desk.code": {"id": "Kode meja, dipakai di nomor tanda terima", "en": "Desk code, used in receipt numbers"},
    "setting.desk.name": {"id": "Nama meja pengaduan", "en": "Complaint desk name"},
    "setting.desk.phone": {"id": "Nomor telepon meja untuk cek status", "en": "Desk phone for status checks"},
    "setting.office.name": {"id": "Nama kantor (kop tanda terima)", "en": "Office name (receipt letterhead)"},
    "setting.office.address": {"id": "Alamat kantor (kop tanda terima)", "en": "Office address (receipt letterhead)"},
    "setting.office.phone": {"id": "Telepon kantor (kop tanda terima)", "en": "Office phone (receipt letterhead)"},
    "setting.officer.name": {"id": "Nama petugas yang bertugas", "en": "Name of the officer on duty"},
    "setting.officer.nip": {"id": "NIP petugas yang bertugas", "en": "NIP of the officer on duty"},
    "setting.ui.language": {"id": "Bahasa tampilan", "en": "Display language"},
    "setting.ui.language.id": {"id": "Bahasa Indonesia", "en": "Bahasa Indonesia"},
    "setting.ui.language.en": {"id": "English", "en": "English"},
    "setting.queue.page_size": {"id": "Jumlah baris per halaman antrean", "en": "Rows per queue page"},
    "setting.receipt.layout": {"id": "Tata letak tanda terima", "en": "Receipt layout"},
    "setting.receipt.layout.a4": {"id": "Kertas A4", "en": "A4 paper"},
    "setting.receipt.layout.roll80": {"id": "Kertas termal gulung 80 mm", "en": "80 mm thermal roll"},
    "setting.attachments.max_file_mb": {
        "id": "Batas ukuran satu lampiran (MB)",
        "en": "Size limit of one attachment (MB)",
    },
    "setting.attachments.max_total_mb": {
        "id": "Batas ukuran semua lampiran satu pengaduan (MB)",
        "en": "Size limit of all attachments of one complaint (MB)",
    },
    "setting.sync.central_url": {
        "id": "Alamat API pusat, mis. https://pusat.example/api/v1",
        "en": "Central API address, e.g. https://central.example/api/v1",
    },
    "setting.sync.interval_s": {
        "id": "Selang sinkronisasi otomatis (detik)",
        "en": "Automatic sync interval (seconds)",
    },
    "setting.sync.batch_size": {"id": "Jumlah pengaduan per kiriman", "en": "Complaints per upload batch"},
    "setting.sync.chunk_kb": {
        "id": "Ukuran bagian unggahan berkas besar (KB; dilanjutkan bila putus)",
        "en": "Part size for uploading large files (KB; resumed after a drop)",
    },
    "setting.sync.upload_demo": {"id": "Kirim juga data contoh ke pusat", "en": "Also upload demo data"},
    "setting.sync.ca_bundle": {
        "id": "Berkas sertifikat CA pusat (PEM); kosong = penyimpanan sistem",
        "en": "The central's CA certificate file (PEM); empty = system store",
    },
    "setting.sync.proxy": {
        "id": "Proksi HTTP(S) ke pusat, mis. http://proksi:3128; kosong = langsung",
        "en": "HTTP(S) proxy to the central, e.g. http://proxy:3128; empty = direct",
    },
    "setting.sync.allow_plain_http": {
        "id": "Izinkan http:// tanpa enkripsi ke pusat di mesin lain (token dan NIK terbaca di jaringan)",
        "en": "Allow unencrypted http:// to a central on another machine (token and NIKs readable on the network)",
    },
    "setting.security.idle_lock_minutes": {
        "id": "Kunci sesi setelah sekian menit tanpa aktivitas (0 = tidak pernah)",
        "en": "Lock the session after this many idle minutes (0 = never)",
    },
    "setting.review.four_eyes": {
        "id": "Pengaduan petugas magang menunggu persetujuan supervisor",
        "en": "Trainee clerks' complaints wait for a supervisor's approval",
    },
    "setting.review.four_eyes.off": {"id": "Tidak", "en": "No"},
    "setting.review.four_eyes.on": {"id": "Ya, tunggu persetujuan", "en": "Yes, wait for approval"},
    "setting.deadlines.profile": {
        "id": "Tenggat: HK verifikasi/HK tindak lanjut pertama/HK selesai otomatis/hari total",
        "en": "Deadlines: HK to verify/HK to first follow-up/HK to auto-complete/days in all",
    },
    "receipt_office_phone": {"id": "Telp. {phone}", "en": "Tel. {phone}"},
    # --- starting on a desktop
    "qt_xcb_libraries_missing": {
        "id": "Jendela lapor-desk tidak bisa dibuka: pustaka sistem untuk tampilan X11 (xcb) belum terpasang: "
        "{libraries}.\nPasang dengan:\n    {command}\nlalu jalankan lapor-desk lagi. "
        "(Perintah tanpa jendela, mis. `lapor-desk config list`, tetap bisa dipakai.)",
        "en": "The lapor-desk window cannot open: system libraries for the X11 (xcb) display are not installed: "
        "{libraries}.\nInstall them with:\n    {command}\nthen start lapor-desk again. "
        "(Commands without a window, e.g. `lapor-desk config list`, still work.)",
    },
    "qt_no_display": {
        "id": "Jendela lapor-desk tidak bisa dibuka: tidak ada layar (variabel DISPLAY kosong). Jalankan dari "
        "sesi desktop, atau tanpa layar dengan QT_QPA_PLATFORM=offscreen.",
        "en": "The lapor-desk window cannot open: there is no display (DISPLAY is empty). Start it from a "
        "desktop session, or headless with QT_QPA_PLATFORM=offscreen.",
    },
    # --- registration with the central: each failure says what to do
    "reg_token_empty": {
        "id": "Token meja kosong. Tempel token yang diberikan admin pusat.",
        "en": "The desk token is empty. Paste the token the central's admin gave you.",
    },
    "reg_unreachable": {
        "id": "Pusat tidak terjangkau di {url}. Periksa alamatnya (salah ketik? port?) dan jaringan kantor; "
        "bila pusat sedang mati, coba lagi nanti.",
        "en": "The central cannot be reached at {url}. Check the address (a typo? the port?) and the office "
        "network; if the central is down, try again later.",
    },
    "reg_timeout": {
        "id": "Pusat di {url} tidak menjawab dalam beberapa detik. Periksa jaringan dan alamatnya, lalu coba lagi.",
        "en": "The central at {url} did not answer within a few seconds. Check the network and the address, "
        "then try again.",
    },
    "reg_not_central": {
        "id": "Alamat {url} menjawab, tetapi bukan API pusat LAPOR! (tidak ada /health dari pusat). Minta alamat "
        "API yang benar ke admin pusat, biasanya berakhiran /api/v1.",
        "en": "{url} answers, but it is not a LAPOR! central API (no central /health). Ask the central's admin "
        "for the right API address, usually ending in /api/v1.",
    },
    "reg_token_unknown": {
        "id": "Pusat tidak mengenal token ini, atau token sudah dicabut. Minta token meja baru ke admin pusat "
        "(lapor-central desks rotate KODE).",
        "en": "The central does not know this token, or it was revoked. Ask the central's admin for a new desk "
        "token (lapor-central desks rotate CODE).",
    },
    "reg_token_not_desk": {
        "id": "Token ini bukan token meja (mungkin token operator). Minta token meja ke admin pusat.",
        "en": "This is not a desk token (perhaps an operator token). Ask the central's admin for a desk token.",
    },
    "reg_desk_in_use": {
        "id": "Token meja ini sudah dipakai PC lain. Satu pendaftaran hanya untuk satu PC: minta token meja "
        "sendiri ke admin pusat, atau 'lapor-central desks rebind KODE' bila PC ini menggantikan yang lama.",
        "en": "This desk token is in use on another PC. One registration is for one PC: ask the central's admin "
        "for this PC's own token, or 'lapor-central desks rebind CODE' if this PC replaces the old one.",
    },
    "reg_central_error": {
        "id": "Pusat menjawab dengan galat {status}. Coba lagi nanti atau hubungi admin pusat.",
        "en": "The central answered with error {status}. Try again later or contact the central's admin.",
    },
    "reg_certificate": {
        "id": "Sertifikat pusat tidak dipercaya ({reason}). Minta berkas sertifikat CA pusat ke admin pusat lalu "
        "pasang: --ca-bundle BERKAS (pengaturan sync.ca_bundle).",
        "en": "The central's certificate is not trusted ({reason}). Ask the central's admin for its CA "
        "certificate file and give it: --ca-bundle FILE (setting sync.ca_bundle).",
    },
    "reg_certificate_bundle": {
        "id": "Sertifikat pusat tidak cocok dengan CA di {bundle} ({reason}). Periksa berkas CA dan alamat pusat.",
        "en": "The central's certificate does not match the CA in {bundle} ({reason}). Check the CA file and "
        "the central's address.",
    },
    "reg_proxy_refused": {
        "id": "Proksi {proxy} menolak atau tidak terjangkau. Periksa alamat proksi (pengaturan sync.proxy) dan "
        "bahwa proksi mengizinkan alamat pusat.",
        "en": "The proxy {proxy} refused or cannot be reached. Check the proxy address (setting sync.proxy) and "
        "that it allows the central's address.",
    },
    "reg_proxy_auth": {
        "id": "Proksi {proxy} meminta nama pengguna dan kata sandi. Tanyakan ke TI kantor; tulis proksi sebagai "
        "http://nama:sandi@host:port.",
        "en": "The proxy {proxy} asks for a user name and password. Ask the office IT; write the proxy as "
        "http://user:password@host:port.",
    },
    "reg_clock_behind": {
        "id": "Jam komputer ini terlambat {minutes} menit dari pusat (jam pusat {central_time}). Setel jam dan "
        "zona waktu komputer (mis. timedatectl set-ntp true), lalu daftar lagi.",
        "en": "This computer's clock is {minutes} minutes behind the central (central time {central_time}). "
        "Set the clock and time zone (e.g. timedatectl set-ntp true), then register again.",
    },
    "reg_clock_ahead": {
        "id": "Jam komputer ini {minutes} menit lebih cepat dari pusat (jam pusat {central_time}). Setel jam dan "
        "zona waktu komputer (mis. timedatectl set-ntp true), lalu daftar lagi.",
        "en": "This computer's clock is {minutes} minutes ahead of the central (central time {central_time}). "
        "Set the clock and time zone (e.g. timedatectl set-ntp true), then register again.",
    },
    "reg_found": {
        "id": "Pusat ditemukan di {url} (versi {version}, API {api_version}); token diterima; selisih jam "
        "{offset} detik.",
        "en": "Central found at {url} (version {version}, API {api_version}); token accepted; clock offset {offset} s.",
    },
    # --- set-up (headless and the wizard)
    "setup_file_unreadable": {
        "id": "Berkas tidak bisa dibaca: {path} ({reason}).",
        "en": "The file cannot be read: {path} ({reason}).",
    },
    "setup_file_encoding": {
        "id": "Berkas {path} bukan teks UTF-8. Simpan ulang sebagai UTF-8.",
        "en": "{path} is not UTF-8 text. Save it again as UTF-8.",
    },
    "setup_file_syntax": {
        "id": "Baris {line}: penulisan TOML salah ({reason}).",
        "en": "Line {line}: not valid TOML ({reason}).",
    },
    "setup_file_not_table": {
        "id": "Baris {line}: {key} harus berupa tabel [{key}].",
        "en": "Line {line}: {key} must be a table [{key}].",
    },
    "setup_file_special": {
        "id": "Baris {line}: {key} tidak dikenal di sini; yang boleh: {allowed} (teks).",
        "en": "Line {line}: {key} is not known here; allowed: {allowed} (text).",
    },
    "setup_file_line": {"id": "Baris {line}: {key}: {message}", "en": "Line {line}: {key}: {message}"},
    "setup_file_problems": {"id": "{count} baris berkas ditolak.", "en": "{count} lines of the file refused."},
    "setup_needs_terminal": {
        "id": "{prompt} diperlukan, tetapi tidak ada terminal untuk menanyakannya. Beri lewat {env}.",
        "en": "{prompt} is needed, but there is no terminal to ask for it. Give it through {env}.",
    },
    "setup_needs_desk_code": {
        "id": "Kode meja belum diberikan: --desk-code KODE atau [desk] code di berkas.",
        "en": "No desk code given: --desk-code CODE or [desk] code in the file.",
    },
    "setup_done_admin": {"id": "Admin dibuat: {username}.", "en": "Admin created: {username}."},
    "setup_admin_exists": {
        "id": "Sudah ada akun di meja ini; admin {username} tidak dibuat.",
        "en": "This desk already has accounts; admin {username} was not created.",
    },
    "setup_done_settings": {"id": "Pengaturan disimpan ({count}).", "en": "Settings saved ({count})."},
    "setup_done_registered": {"id": "Terdaftar di pusat {url}.", "en": "Registered with the central {url}."},
    "selftest_ok": {"id": "Uji mandiri berhasil: {steps}.", "en": "Self-test passed: {steps}."},
    "selftest_failed": {"id": "Uji mandiri gagal: {reason}", "en": "Self-test failed: {reason}"},
    # --- the rules a value breaks
    "setting_unknown": {
        "id": "Pengaturan tidak dikenal: {key}. Lihat `lapor-desk config list`.",
        "en": "Unknown setting: {key}. See `lapor-desk config list`.",
    },
    "setting_unknown_suggest": {
        "id": "Pengaturan tidak dikenal: {key}. Maksudnya {suggestion}?",
        "en": "Unknown setting: {key}. Did you mean {suggestion}?",
    },
    "setting_not_integer": {
        "id": "Harus bilangan bulat; diberi {value}.",
        "en": "Must be a whole number; got {value}.",
    },
    "setting_not_bool": {
        "id": "Harus on atau off (juga ya/tidak, 1/0); diberi {value}.",
        "en": "Must be on or off (also yes/no, 1/0); got {value}.",
    },
    "setting_not_text": {"id": "Harus teks; diberi {value}.", "en": "Must be text; got {value}."},
    "setting_control_chars": {
        "id": "Tidak boleh berisi baris baru atau karakter kendali.",
        "en": "Must not contain line breaks or control characters.",
    },
    "setting_range": {
        "id": "Harus antara {min} dan {max}; diberi {value}.",
        "en": "Must be between {min} and {max}; got {value}.",
    },
    "setting_minimum": {"id": "Minimal {min}; diberi {value}.", "en": "At least {min}; got {value}."},
    "setting_choice": {
        "id": "Harus salah satu dari: {choices}; diberi {value}.",
        "en": "Must be one of: {choices}; got {value}.",
    },
    "setting_phone_format": {
        "id": "Nomor telepon hanya angka, spasi, +, - dan kurung, mis. (022) 123-4567.",
        "en": "A phone number has digits, spaces, +, - and brackets only, e.g. (022) 123-4567.",
    },
    "setting_proxy_format": {
        "id": "Proksi ditulis http://host:port, mis. http://proksi.kantor:3128.",
        "en": "Write the proxy as http://host:port, e.g. http://proxy.office:3128.",
    },
    "setting_file_missing": {"id": "Berkas tidak ditemukan: {value}.", "en": "File not found: {value}."},
    "setting_assignment_format": {
        "id": "Tulis kunci=nilai, mis. queue.page_size=100; diberi {key}.",
        "en": "Write key=value, e.g. queue.page_size=100; got {key}.",
    },
    "setting_saved": {"id": "Disimpan: {key} = {value}", "en": "Saved: {key} = {value}"},
    "setting_still_overridden": {
        "id": "Catatan: yang berlaku tetap {value}, dari {source}.",
        "en": "Note: {value} stays in force, from {source}.",
    },
    "setting_source.cli": {"id": "baris perintah", "en": "command line"},
    "setting_source.env": {"id": "lingkungan ({name})", "en": "environment ({name})"},
    "setting_source.file": {"id": "berkas pengaturan", "en": "settings file"},
    "setting_source.default": {"id": "bawaan", "en": "default"},
}
