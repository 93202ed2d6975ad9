"""Catalogue entries for backups, restore, `doctor` and the retention purge (merged into
`i18n.CATALOG`; one catalogue, one `translate`)."""

from __future__ import annotations

DATA_MESSAGES: dict[str, dict[str, str]] = {
    # --- settings
    "setting.backup.keep_daily": {"id": "Cadangan harian yang disimpan (hari)",
                                  "en": "Daily backups kept (days)"},
    "setting.backup.keep_weekly": {"id": "Cadangan mingguan yang disimpan (minggu)",
                                   "en": "Weekly backups kept (weeks)"},
    "setting.privacy.retention_days": {
        "id": "Hapus data pribadi lokal sekian hari setelah pusat menerima pengaduan (0 = tidak pernah)",
        "en": "Remove local personal data this many days after the central confirmed a complaint (0 = never)"},
    # --- backup
    "backup_done": {"id": "Cadangan tersimpan dan sudah diperiksa: {path} ({size} MB).",
                    "en": "Backup written and checked: {path} ({size} MB)."},
    "backup_check_failed": {
        "id": "Salinan database {path} tidak lolos pemeriksaan ({detail}); cadangan tidak disimpan. "
        "Jalankan lapor-desk doctor.",
        "en": "The copy of the database {path} failed its check ({detail}); no backup was kept. "
        "Run lapor-desk doctor."},
    "backup_passphrase_empty": {"id": "Kata sandi cadangan tidak boleh kosong.",
                                "en": "The backup passphrase cannot be empty."},
    "backup_passphrase_mismatch": {"id": "Kedua kata sandi cadangan tidak sama.",
                                   "en": "The two backup passphrases differ."},
    "backup_passphrase_prompt": {"id": "Kata sandi cadangan: ", "en": "Backup passphrase: "},
    "backup_passphrase_again": {"id": "Ulangi kata sandi cadangan: ", "en": "Backup passphrase again: "},
    "backup_wrong_passphrase": {
        "id": "Kata sandi salah untuk cadangan terenkripsi {path} (atau berkas rusak).",
        "en": "Wrong passphrase for the encrypted backup {path} (or the file is damaged)."},
    "backup_damaged": {"id": "Berkas cadangan rusak atau terpotong ({detail}): {path}.",
                       "en": "The backup file is damaged or cut short ({detail}): {path}."},
    "backup_not_encrypted": {"id": "Berkas ini bukan cadangan terenkripsi lapor-desk: {path}.",
                             "en": "This file is not an encrypted lapor-desk backup: {path}."},
    "backup_format_newer": {
        "id": "Cadangan ini memakai format {version} dari versi lapor-desk yang lebih baru: {path}. "
        "Perbarui aplikasi.",
        "en": "This backup uses format {version} from a newer lapor-desk: {path}. Update the application."},
    "backup_no_database": {"id": "Belum ada database meja untuk dicadangkan: {path}.",
                           "en": "There is no desk database to back up yet: {path}."},
    "backup_only_sqlite": {"id": "Cadangan hanya untuk database SQLite meja.",
                           "en": "Backups are for the desk's SQLite database only."},
    # --- restore
    "restore_done": {
        "id": "Database {path} dipulihkan dari {source}: {complaints} pengaduan; antrean kirim: {pending} "
        "menunggu, {needs_fix} perlu perbaikan, {synced} sudah diterima pusat. Berkas lama disimpan di {kept}.",
        "en": "Database {path} restored from {source}: {complaints} complaints; outbox: {pending} waiting, "
        "{needs_fix} need fixing, {synced} confirmed by the central. The old file is kept at {kept}."},
    "restore_only_in_replaced": {
        "id": "Perhatian: {count} pengaduan ada di berkas lama tetapi tidak ada di cadangan. Berkas lama "
        "tetap utuh di {kept}; hubungi dukungan sebelum menghapusnya.",
        "en": "Note: {count} complaints are in the old file but not in the backup. The old file stays "
        "whole at {kept}; contact support before deleting it."},
    "restore_missing": {"id": "Berkas cadangan tidak ditemukan: {path}.", "en": "Backup file not found: {path}."},
    "restore_not_sqlite": {"id": "Berkas ini bukan cadangan lapor-desk (bukan SQLite): {path}.",
                           "en": "This file is not a lapor-desk backup (not SQLite): {path}."},
    "restore_not_desk": {"id": "Berkas ini database lain, bukan cadangan lapor-desk: {path}.",
                         "en": "This file is another database, not a lapor-desk backup: {path}."},
    "restore_newer_schema": {
        "id": "Cadangan {path} dibuat oleh versi lapor-desk yang lebih baru ({revision}). Perbarui aplikasi "
        "dulu; database sekarang tidak diubah.",
        "en": "The backup {path} was made by a newer lapor-desk ({revision}). Update the application first; "
        "the current database was not changed."},
    "restore_other_desk": {
        "id": "Cadangan {path} milik meja {theirs}, bukan meja ini ({ours}). Bila memang dipindah ke PC ini, "
        "ulangi dengan --other-desk.",
        "en": "The backup {path} belongs to desk {theirs}, not this desk ({ours}). If it really moves to this "
        "PC, repeat with --other-desk."},
    "restore_needs_passphrase": {"id": "Cadangan {path} terenkripsi: perlu kata sandinya.",
                                 "en": "The backup {path} is encrypted: its passphrase is needed."},
}
