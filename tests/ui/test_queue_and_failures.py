"""The queue pages in the background; a database that refuses a save never costs the clerk the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
from lapor_desk.desk import Desk
from lapor_desk.domain.enums import Channel
from lapor_desk.paths import Paths
from ui.shell.app import build_main_window
from ui.shell.main_window import MainWindow


@pytest.fixture(scope="module")
def places():
    return pilot_places()


def test_queue_loads_a_page_at_a_time_and_filters(window: MainWindow, qtbot, places) -> None:
    write_demo_data(window.desk.db, DemoGenerator(places, seed=4), 450)
    model = window.queue_model
    model.page_size = 200
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    assert model.canFetchMore()
    ids = [r.id for r in model.rows]
    assert ids == sorted(ids, reverse=True) and ids[0] == 450
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore()
    assert len({r.id for r in model.rows}) == 450

    view = window.queue
    view.channel.setCurrentIndex(view.channel.findData(Channel.LETTER))
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 200 and not model._loading)
    assert {r.channel for r in model.rows} == {Channel.LETTER}

    view.search.setText("puskesmas")
    qtbot.waitUntil(
        lambda: not model._loading and all("uskesmas" in r.title for r in model.rows) and model.rowCount() > 0
    )
    view.search.setText("%%")
    qtbot.waitUntil(lambda: model.rowCount() == 0 and not model._loading)
    assert "tanda baca" in view.count_label.text()


def test_new_complaint_appears_at_the_top_without_a_manual_refresh(window: MainWindow, qtbot) -> None:
    from factories import walk_in

    window.desk.complaints.record(walk_in(title="Jembatan penyeberangan retak"))
    qtbot.waitUntil(lambda: window.queue_model.rowCount() == 1)
    window.desk.complaints.record(walk_in(title="Trotoar dipakai parkir liar"))
    qtbot.waitUntil(
        lambda: window.queue_model.rowCount() == 2 and window.queue_model.rows[0].title == "Trotoar dipakai parkir liar"
    )


def test_read_only_database_keeps_the_form_and_says_why(qapp: QApplication, qtbot, tmp_path: Path) -> None:
    from factories import PASSWORD, walk_in

    writable = Desk.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    admin = writable.supervision.accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD)
    writable.close()
    desk = Desk.open(f"sqlite:///file:{tmp_path / 'desk.sqlite3'}?mode=ro&uri=true", paths=Paths.from_environment())
    try:
        win = build_main_window(qapp, desk)
        qtbot.addWidget(win)
        win.session.begin(admin)  # signed in before the disk turned read-only (a sign-in writes the audit)
        form = win.intake
        data = walk_in()
        form.editors["type"].set_value(data.type)
        form.editors["channel"].set_value(data.channel)
        form.editors["title"].setText(data.title)
        form.editors["body"].setPlainText(data.body)
        form.editors["incident_date"].set_value(data.incident_date)
        form.editors["location_text"].setText(data.location_text)
        form.editors["reporter_name"].setText(data.reporter_name)
        form.editors["reporter_phone"].setText(data.reporter_phone)
        form.editors["consent_personal"].setChecked(True)
        form.editors["officer_name"].setText("Siti Rahmawati")
        form.record()
        qtbot.waitUntil(lambda: "hanya-baca" in form.banner.text())
        assert form.banner.property("kind") == "error"
        assert form.editors["title"].text() == data.title
        assert form.editors["body"].toPlainText() == data.body
        assert form.record_button.isEnabled()
        win.tasks.wait()
    finally:
        desk.close()
