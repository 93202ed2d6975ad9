"""The audit trail in words (lapor_desk/audit_words.py): real entries written by the core's own
services on a real desk, read back as sentences in Indonesian and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lapor_desk.audit import AuditAction, AuditEntry
from lapor_desk.audit_words import describe, describe_page
from lapor_desk.desk import Desk

from factories import walk_in

PASSWORD = "kata-sandi-rahasia-1"


@pytest.fixture
def desk(isolated_home: Path) -> Iterator[Desk]:
    d = Desk.open()
    yield d
    d.close()


def entries(desk: Desk) -> list[AuditEntry]:
    from lapor_desk.audit import AuditFilter

    return list(reversed(desk.supervision.audit.page(AuditFilter(), limit=500)))


def test_what_the_core_audits_reads_as_sentences_in_both_languages(desk: Desk) -> None:
    accounts = desk.supervision.accounts
    admin = accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD)
    recorded = desk.session(admin).complaints.record(walk_in()).complaint
    with pytest.raises(Exception):  # noqa: B017, PT011 - a wrong password, audited
        accounts.sign_in("siti", "salah-sekali-ini")
    trail = entries(desk)
    page = describe_page(desk.supervision.audit, trail, "id")
    assert f"Mencatat pengaduan {recorded.receipt_number}" in page
    assert any(s.startswith("Gagal masuk sebagai siti: kata sandi salah") for s in page)
    assert "Membuat akun siti (Admin)" in page
    english = describe_page(desk.supervision.audit, trail, "en")
    assert f"Recorded complaint {recorded.receipt_number}" in english
    # Nothing reads as a raw code or JSON.
    assert not any("{" in s or "complaint:" in s for s in page + english), page + english


def test_entries_from_the_sync_and_maintenance_read_as_sentences() -> None:
    from datetime import UTC, datetime

    at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def entry(action: AuditAction, target: str, detail: dict[str, object]) -> AuditEntry:
        return AuditEntry(1, at, "(pusat)", "", str(action), target, detail)

    many = entry(AuditAction.STATUS_CHANGE, "complaints", {"old": "recorded", "new": "verified", "count": 3})
    assert describe(many, "id") == "3 pengaduan berstatus Terverifikasi (dari pusat)"
    assert describe(many, "en") == "3 complaints are now Verified (from the central)"
    one = entry(AuditAction.STATUS_CHANGE, "complaints", {"old": "recorded", "new": "verified", "count": 1})
    assert describe(one, "en") == "1 complaint is now Verified (from the central)"
    purge = entry(AuditAction.PURGE, "complaints", {"count": 12, "retention_days": 365})
    assert describe(purge, "id") == "Menghapus data pribadi 12 pengaduan yang melewati masa simpan 365 hari"
    setting = entry(AuditAction.SETTINGS_CHANGE, "setting:queue.page_size", {"old": 200, "new": 300})
    assert describe(setting, "en") == "Changed the setting queue.page_size: 200 → 300"
    restore = entry(AuditAction.RESTORE, "backup:x.sqlite3", {"from": "/media/usb/x.sqlite3", "complaints": 1})
    assert describe(restore, "en") == "Restored the database from the backup x.sqlite3 (1 complaint)"
    unknown = entry(AuditAction.EDIT, "complaint:7", {"action": "something_new"})
    assert describe(unknown, "id", {7: "KAB-01-20261201-0007"}) == "Mengubah pengaduan KAB-01-20261201-0007"
