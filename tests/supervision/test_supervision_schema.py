"""Revision 0004 goes down and up again; the desk wires the audit hook into every complaint write."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from lapor_desk.audit import AuditWriteHook
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.review import ApprovalHook
from lapor_desk.storage.database import Database

from factories import walk_in

TABLES = {"accounts", "audit_entries", "audit_head", "calendar_closures", "complaint_approvals"}


def _tables(db: Database) -> set[str]:
    """Tables and their indexes, on either engine."""
    with db.engine.connect() as conn:
        found = inspect(conn)
        tables = set(found.get_table_names())
        return tables | {str(ix["name"]) for t in tables for ix in found.get_indexes(t)}


def test_0004_downgrades_and_upgrades(sup_db, sup, staff) -> None:  # type: ignore[no-untyped-def]
    assert TABLES | {"ix_complaints_received_dims", "ix_complaint_events_kind_complaint"} <= _tables(sup_db)
    with sup_db.engine.connect() as conn:
        command.downgrade(sup_db._alembic_config(conn), "0003")
        conn.commit()
    left = _tables(sup_db)
    assert not TABLES & left and "ix_complaints_received_dims" not in left and "sync_items" in left
    sup_db.migrate()
    assert _tables(sup_db) >= TABLES and sup_db.current_revision() == sup_db.head_revision()


def test_desk_audits_every_complaint_write(tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")
    desk = Desk.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", paths=paths)
    try:
        assert any(isinstance(h, AuditWriteHook) for h in desk.hooks)
        assert any(isinstance(h, ApprovalHook) for h in desk.hooks)
        assert desk.complaints.hooks == desk.hooks
        saved = desk.complaints.record(walk_in())
        entries = desk.supervision.audit.page()
        assert [(e.action, e.target) for e in reversed(entries)] == [
            ("create", f"complaint:{saved.complaint.id}"),
            ("status_change", f"complaint:{saved.complaint.id}"),
        ]
        assert desk.supervision.audit.verify().ok
    finally:
        desk.close()


def test_supervision_keeps_desk_start_up_light() -> None:
    """Opening the desk loads no calendar, region data, spreadsheet or PDF library."""
    import subprocess
    import sys

    code = (
        "import sys, lapor_desk.desk\n"
        "print(sorted(m for m in ('holidays', 'lapor_desk.regions', 'openpyxl', 'fpdf', "
        "'lapor_desk.reports.service') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
