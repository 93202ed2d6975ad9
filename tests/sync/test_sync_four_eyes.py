"""With four-eyes on, a trainee's complaint stays in the outbox until a supervisor approves it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lapor_desk.accounts import Role
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.review import FOUR_EYES
from lapor_desk.sync import state

from factories import PASSWORD, first_sign_in, walk_in


def due_ids(desk: Desk) -> set[int]:
    with desk.db.read() as conn:
        return {i.complaint_id for i in state.due(conn, datetime.now(UTC), 500, force=True)}


def test_held_complaints_are_not_sent_until_approved(tmp_path: Path) -> None:
    desk = Desk.open(
        f"sqlite:///{tmp_path / 'desk.sqlite3'}", paths=Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")
    )
    try:
        sup = desk.supervision
        admin = sup.accounts.create_first_admin("admin", "Admin Desa", PASSWORD)
        sup.accounts.add_account(admin, "sri", "Sri Supervisor", Role.SUPERVISOR, PASSWORD)
        sup.accounts.add_account(admin, "ayu", "Ayu Magang", Role.CLERK, PASSWORD, is_trainee=True)
        trainee, boss = first_sign_in(sup.accounts, "ayu"), first_sign_in(sup.accounts, "sri")
        desk.settings.set(FOUR_EYES, "on")
        held = sup.session(trainee).complaints.record(walk_in(title="Direkam oleh petugas magang")).complaint.id
        free = sup.session(boss).complaints.record(walk_in(title="Direkam oleh supervisor")).complaint.id
        assert due_ids(desk) == {free}
        sup.review.approve(boss, held)
        assert due_ids(desk) == {free, held}
    finally:
        desk.close()
