"""Catalogue entries for backups, restore, `doctor` and the retention purge (merged into
`i18n.CATALOG`; one catalogue, one `translate`)."""

from __future__ import annotations

DATA_MESSAGES: dict[str, dict[str, str]] = {
    # --- settings
    "setting.backup.keep_daily": {"id": "Cadangan harian yang disimpan (hari)", "en": "Daily backups kept (days)"},
    "setting.backup.keep_weekly": {
        "id": "Cadangan mingguan yang disimpan (minggu)",
        "en": "Weekly backups kept (weeks)",
    },
    "setting.privacy.retention_days": {
        "id": "Hapus data pribadi lokal sekian hari setelah pusat menerima pengaduan (0 = tidak pernah)",
        "en": "Remove local personal data this many days after the central confirmed a complaint (0 = never)",
    },
    # --- backup
    "backup_done": {
        "id": "Cadangan tersimpan dan sudah diperiksa: {path} ({size} MB).",
        "en": "Backup written and checked: {path} ({size} MB).",
    },
    "backup_check_failed": {
        "id": "Salinan database {path} tidak lolos pemeriksaan ({detail}); cadangan tidak disimpan. "
        "Jalankan lapor-desk doctor.",
        "en": "The copy of the database {path} failed its check ({detail}); no backup was kept. Run lapor-desk doctor.",
    },
    "backup_passphrase_empty": {
        "id": "Kata sandi cadangan tidak boleh kosong.",
        "en": "The backup passphrase cannot be empty.",
    },
    "backup_passphrase_no_terminal": {
        "id": "Tidak ada terminal untuk mengetik kata sandi cadangan; berikan lewat {env} atau --passphrase-file.",
        "en": "There is no terminal to type the backup passphrase at; give it through {env} or --passphrase-file.",
    },
    "backup_passphrase_file_unreadable": {
        "id": "Berkas kata sandi cadangan tidak bisa dibaca: {path}.",
        "en": "The backup passphrase file cannot be read: {path}.",
    },
    "backup_passphrase_mismatch": {
        "id": "Kedua kata sandi cadangan tidak sama.",
        "en": "The two backup passphrases differ.",
    },
    "backup_passphrase_prompt": {"id": "Kata sandi cadangan: ", "en": "Backup passphrase: "},
    "backup_passphrase_again": {"id": "Ulangi kata sandi cadangan: ", "en": "Backup passphrase again: "},
    "backup_wrong_passphrase": {
        "id": "Kata sandi salah untuk cadangan terenkripsi {path} (atau berkas rusak).",
        "en": "Wrong passphrase for the encrypted backup {path} (or the file is damaged).",
    },
    "backup_damaged": {
        "id": "Berkas cadangan rusak atau terpotong ({detail}): {path}.",
        "en": "The backup file is damaged or cut short ({detail}): {path}.",
    },
    "backup_not_encrypted": {
        "id": "Berkas ini bukan cadangan terenkripsi lapor-desk: {path}.",
        "en": "This file is not an encrypted lapor-desk backup: {path}.",
    },
    "backup_format_newer": {
        "id": "Cadangan ini memakai format {version} dari versi lapor-desk yang lebih baru: {path}. Perbarui aplikasi.",
        "en": "This backup uses format {version} from a newer lapor-desk: {path}. Update the application.",
    },
    "backup_no_database": {
        "id": "Belum ada database meja untuk dicadangkan: {path}.",
        "en": "There is no desk database to back up yet: {path}.",
    },
    "backup_only_sqlite": {
        "id": "Cadangan hanya untuk database SQLite meja.",
        "en": "Backups are for the desk's SQLite database only.",
    },
    # --- restore
    "restore_done": {
        "id": "Database {path} dipulihkan dari {source}: {complaints} pengaduan; antrean kirim: {pending} "
        "menunggu, {needs_fix} perlu perbaikan, {synced} sudah diterima pusat. Berkas lama disimpan di {kept}.",
        "en": "Database {path} restored from {source}: {complaints} complaints; outbox: {pending} waiting, "
        "{needs_fix} need fixing, {synced} confirmed by the central. The old file is kept at {kept}.",
    },
    "restore_only_in_replaced": {
        "id": "Perhatian: {count} pengaduan ada di berkas lama tetapi tidak ada di cadangan. Berkas lama "
        "tetap utuh di {kept}; hubungi dukungan sebelum menghapusnya.",
        "en": "Note: {count} complaints are in the old file but not in the backup. The old file stays "
        "whole at {kept}; contact support before deleting it.",
    },
    "restore_missing": {"id": "Berkas cadangan tidak ditemukan: {path}.", "en": "Backup file not found: {path}."},
    "restore_not_sqlite": {
        "id": "Berkas ini bukan cadangan lapor-desk (bukan SQLite): {path}.",
        "en": "This file is not a lapor-desk backup (not SQLite): {path}.",
    },
    "restore_not_desk": {
        "id": "Berkas ini database lain, bukan cadangan lapor-desk: {path}.",
        "en": "This file is another database, not a lapor-desk backup: {path}.",
    },
    "restore_newer_schema": {
        "id": "Cadangan {path} dibuat oleh versi lapor-desk yang lebih baru ({revision}). Perbarui aplikasi "
        "dulu; database sekarang tidak diubah.",
        "en": "The backup {path} was made by a newer lapor-desk ({revision}). Update the application first; "
        "the current database was not changed.",
    },
    "restore_other_desk": {
        "id": "Cadangan {path} milik meja {theirs}, bukan meja ini ({ours}). Bila memang dipindah ke PC ini, "
        "ulangi dengan --other-desk.",
        "en": "The backup {path} belongs to desk {theirs}, not this desk ({ours}). If it really moves to this "
        "PC, repeat with --other-desk.",
    },
    "restore_needs_passphrase": {
        "id": "Cadangan {path} terenkripsi: perlu kata sandinya.",
        "en": "The backup {path} is encrypted: its passphrase is needed.",
    },
    # --- doctor: the name of each check, then each line (what was found and what to do)
    "doctor_check.versions": {"id": "Versi", "en": "Versions"},
    "doctor_check.data_folder": {"id": "Folder data", "en": "Data folder"},
    "doctor_check.database": {"id": "Database", "en": "Database"},
    "doctor_check.search_index": {"id": "Indeks pencarian", "en": "Search index"},
    "doctor_check.queue": {"id": "Antrean kirim", "en": "Outbox"},
    "doctor_check.last_sync": {"id": "Sinkronisasi terakhir", "en": "Last sync"},
    "doctor_check.backups": {"id": "Cadangan", "en": "Backups"},
    "doctor_check.central": {"id": "Server pusat", "en": "Central server"},
    "doctor_check.clock": {"id": "Jam komputer", "en": "Computer clock"},
    "doctor_check.keyring": {"id": "Token meja", "en": "Desk token"},
    "doctor_check.audit": {"id": "Jejak audit", "en": "Audit trail"},
    "doctor_versions": {
        "id": "lapor-desk {app}, Python {python}, SQLite {sqlite}, skema {schema} (terbaru {head}).",
        "en": "lapor-desk {app}, Python {python}, SQLite {sqlite}, schema {schema} (newest {head}).",
    },
    "doctor_folder_ok": {
        "id": "{path}: izin {mode}, milik pengguna ini, ruang kosong {free} GB.",
        "en": "{path}: mode {mode}, owned by this user, {free} GB free.",
    },
    "doctor_folder_missing": {
        "id": "{path} tidak ada atau tidak terbaca ({detail}). Periksa disk dan folder.",
        "en": "{path} is missing or unreadable ({detail}). Check the disk and the folder.",
    },
    "doctor_folder_readonly": {
        "id": "{path} tidak bisa ditulisi. Beri izin tulis pada pengguna meja.",
        "en": "{path} cannot be written. Give the desk's user write permission.",
    },
    "doctor_folder_owner": {
        "id": "{path} milik pengguna lain (uid {uid}, bukan {me}). Kembalikan kepemilikannya (chown) ke pengguna meja.",
        "en": "{path} belongs to another user (uid {uid}, not {me}). Give it back (chown) to the desk's user.",
    },
    "doctor_folder_open": {
        "id": "{path} bisa dibaca pengguna lain (izin {mode}); ada data pribadi di sini. Jalankan: chmod 700 {path}",
        "en": "{path} is readable by other users (mode {mode}); it holds personal data. Run: chmod 700 {path}",
    },
    "doctor_disk_low": {
        "id": "Ruang kosong tinggal {free} GB di {path}. Kosongkan disk sebelum penuh.",
        "en": "Only {free} GB free at {path}. Free some space before the disk fills up.",
    },
    "doctor_db_not_sqlite": {
        "id": "Bukan SQLite; periksa dengan alat server database.",
        "en": "Not SQLite; check it with the database server's tools.",
    },
    "doctor_db_cannot_open": {"id": "{detail}", "en": "{detail}"},
    "doctor_db_damaged": {
        "id": "{path} rusak ({detail}). Pulihkan cadangan terbaru: lapor-desk restore FILE",
        "en": "{path} is damaged ({detail}). Restore the newest backup: lapor-desk restore FILE",
    },
    "doctor_db_ok": {"id": "{path}: utuh, {size} MB.", "en": "{path}: sound, {size} MB."},
    "doctor_not_checked": {
        "id": "Tidak diperiksa: database tidak bisa dibuka (lihat di atas).",
        "en": "Not checked: the database could not be opened (see above).",
    },
    "doctor_fts_ok": {"id": "Cocok dengan data pengaduan.", "en": "Matches the complaints."},
    "doctor_fts_broken": {
        "id": "Tidak cocok dengan data ({detail}). Pencarian bisa meleset; pulihkan cadangan atau hubungi dukungan.",
        "en": "Does not match the data ({detail}). Searches may miss; restore a backup or contact support.",
    },
    "doctor_queue_ok": {
        "id": "{waiting} menunggu, {needs_fix} perlu perbaikan.",
        "en": "{waiting} waiting, {needs_fix} need fixing.",
    },
    "doctor_queue_needs_fix": {
        "id": "{needs_fix} pengaduan ditolak pusat dan perlu perbaikan (tab Perlu perhatian).",
        "en": "{needs_fix} complaints were refused by the central and need fixing (Needs attention tab).",
    },
    "doctor_queue_old": {
        "id": "Pengaduan tertua yang belum terkirim sejak {oldest} ({waiting} menunggu). Periksa jaringan dan "
        "jalankan lapor-desk sync.",
        "en": "The oldest unsent complaint has waited since {oldest} ({waiting} waiting). Check the network and "
        "run lapor-desk sync.",
    },
    "doctor_not_registered": {
        "id": "Meja belum didaftarkan ke pusat: lapor-desk register --url URL (token ditanyakan)",
        "en": "The desk is not registered with a central: lapor-desk register --url URL (the token is asked)",
    },
    "doctor_never_synced": {
        "id": "Belum pernah sinkron. Jalankan lapor-desk sync.",
        "en": "Never synced yet. Run lapor-desk sync.",
    },
    "doctor_sync_old": {
        "id": "Terakhir berhasil {at}. Periksa jaringan lalu jalankan lapor-desk sync.",
        "en": "Last success {at}. Check the network, then run lapor-desk sync.",
    },
    "doctor_sync_ok": {"id": "Terakhir {at}.", "en": "Last {at}."},
    "doctor_no_backup": {
        "id": "Belum ada cadangan di {path}. Jalankan lapor-desk backup.",
        "en": "No backup in {path} yet. Run lapor-desk backup.",
    },
    "doctor_backup_old": {
        "id": "Cadangan terbaru {at} ({count} tersimpan) sudah lama. Buka aplikasi atau jalankan lapor-desk backup.",
        "en": "The newest backup, {at} ({count} kept), is old. Open the app or run lapor-desk backup.",
    },
    "doctor_backup_ok": {"id": "Terbaru {at}, {count} tersimpan.", "en": "Newest {at}, {count} kept."},
    "doctor_central_ok": {"id": "{url} menjawab (proksi: {proxy}).", "en": "{url} answers (proxy: {proxy})."},
    "doctor_central_down": {
        "id": "{url} tidak bisa dihubungi ({detail}; proksi: {proxy}). Periksa jaringan, proksi dan alamat.",
        "en": "{url} cannot be reached ({detail}; proxy: {proxy}). Check the network, the proxy and the address.",
    },
    "doctor_central_tls": {
        "id": "Sertifikat TLS {url} ditolak ({detail}). Periksa jam komputer dan pengaturan sync.ca_bundle.",
        "en": "The TLS certificate of {url} was refused ({detail}). Check the clock and the sync.ca_bundle setting.",
    },
    "doctor_clock_unknown": {"id": "Belum diketahui (belum pernah sinkron).", "en": "Not known yet (never synced)."},
    "doctor_clock_skew": {
        "id": "Selisih {offset} detik dari jam pusat. Setel jam dan zona waktu komputer.",
        "en": "{offset} seconds off the central's clock. Set the computer's time and time zone.",
    },
    "doctor_clock_ok": {"id": "Selisih {offset} detik dari pusat.", "en": "{offset} seconds off the central."},
    "doctor_token_missing": {
        "id": "Token meja tidak ada ({where}). Daftarkan ulang: lapor-desk register.",
        "en": "The desk token is missing ({where}). Register again: lapor-desk register.",
    },
    "doctor_token_file_open": {
        "id": "Berkas token {where} bisa dibaca orang lain ({mode}). Jalankan: chmod 600 {where}",
        "en": "The token file {where} is readable by others ({mode}). Run: chmod 600 {where}",
    },
    "doctor_token_ok": {"id": "Tersimpan di {where}.", "en": "Stored in {where}."},
    "doctor_audit_ok": {"id": "Rantai utuh, {count} catatan.", "en": "Chain intact, {count} entries."},
    "doctor_audit_broken": {
        "id": "{problems} masalah di {count} catatan: ada yang diubah atau dihapus. Jalankan lapor-desk audit verify "
        "dan laporkan ke atasan.",
        "en": "{problems} problems in {count} entries: some were edited or deleted. Run lapor-desk audit verify "
        "and report it.",
    },
    "doctor_check_crashed": {
        "id": "Pemeriksaan gagal ({detail}). Kirim bundel dukungan.",
        "en": "The check failed ({detail}). Send a support bundle.",
    },
    "doctor_bundle_written": {
        "id": "Bundel dukungan (tanpa data pribadi dan token): {path}",
        "en": "Support bundle (without personal data or tokens): {path}",
    },
    # --- retention purge
    "receipt_personal_removed": {
        "id": "Data pribadi pelapor telah dihapus dari meja ini pada {date} (masa retensi).",
        "en": "The reporter's personal data was removed from this desk on {date} (retention period).",
    },
    "purge_done": {
        "id": "Data pribadi {count} pengaduan dihapus (diterima pusat lebih dari {days} hari lalu); "
        "{skipped} dilewati karena ada perubahan yang belum terkirim.",
        "en": "Personal data of {count} complaints removed (confirmed by the central over {days} days ago); "
        "{skipped} skipped for changes not yet sent.",
    },
    "purge_off": {
        "id": "Masa retensi tidak diatur (privacy.retention_days = 0); tidak ada yang dihapus.",
        "en": "No retention period is set (privacy.retention_days = 0); nothing was removed.",
    },
}
