"""An office on one PostgreSQL (issue 17): the supervisor's window on one counter shows the
review queue and dashboard with complaints recorded at another counter (its own process-level
desk, its own home folder), through the office's database only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lapor_desk.accounts import Role
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.reports.figures import Period
from lapor_desk.review import Section
from lapor_desk.settings import DESK_CODE, DESK_COUNTER, FOUR_EYES, OFFICER_NAME
from ui.supervision.dashboard import DashboardView
from ui.supervision.review_view import ReviewView

from desk_engines import PostgresDesks
from factories import PASSWORD, first_sign_in, walk_in


@pytest.fixture
def office_url(postgres_desks: PostgresDesks) -> Iterator[str]:
    url = postgres_desks.fresh()
    yield url
    postgres_desks.release(url)


def _counter(url: str, home: Path, counter: str) -> Desk:
    desk = Desk.open(url, paths=Paths(home / "data", home / "config", home / "logs"))
    desk.settings.set(DESK_CODE, "KAB-BDG-01")
    desk.settings.set(DESK_COUNTER, counter)
    desk.settings.set(OFFICER_NAME, "Siti Rahmawati")
    return desk


@pytest.fixture
def desk(office_url: str, tmp_path: Path) -> Iterator[Desk]:
    """The supervisor's counter (L1): the window of tests/ui/conftest.py opens on it."""
    d = _counter(office_url, tmp_path / "L1", "L1")
    yield d
    d.close()


def test_supervisor_sees_another_counters_complaints(window, qtbot, desk, office_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    desk.settings.set(FOUR_EYES, "on")
    admin = window.actor
    accounts = desk.supervision.accounts
    accounts.add_account(admin, "ayu", "Ayu Magang", Role.CLERK, PASSWORD, is_trainee=True)
    other = _counter(office_url, tmp_path / "L2", "L2")  # another PC of the office
    try:
        other.settings.set(FOUR_EYES, "on")
        trainee = first_sign_in(other.supervision.accounts, "ayu")
        recorded = [
            other.session(trainee).complaints.record(walk_in(title=t)).complaint
            for t in ("Jalan berlubang di Cinunuk", "Air PDAM keruh di Cileunyi")
        ]
    finally:
        other.close()
    assert all(c.receipt_number.startswith("KAB-BDG-01-L2-") for c in recorded)  # type: ignore[union-attr]

    review = window.role_tab("Tinjauan")
    assert isinstance(review, ReviewView)
    review.show_section(Section.AWAITING_APPROVAL)
    qtbot.waitUntil(lambda: sorted(i.complaint_id for i in review.items) == sorted(c.id for c in recorded))

    dashboard = window.role_tab("Dasbor")
    assert isinstance(dashboard, DashboardView)
    november = Period.month(2026, 11)  # walk_in's complaints are received on 20 Nov 2026
    dashboard.month.setCurrentIndex(november.start.month - 1)
    dashboard.year.setValue(november.start.year)
    qtbot.waitUntil(
        lambda: not dashboard.loading and dashboard.figures is not None and dashboard.figures.period == november,
        timeout=30_000,
    )
    assert dashboard.figures is not None and dashboard.figures.total == 2
