"""The dashboard: figures against counts made in the test from the same rows, period changes,
stale results, refusal for a clerk, language and font size, charts drawn by the app (keyboard, accessible
names), and the dashboard kept out of start-up."""

from __future__ import annotations

import dataclasses
import html
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel

from lapor_desk.accounts import Actor
from lapor_desk.demo import DemoGenerator, Place, pilot_places, write_demo_data
from lapor_desk.domain.enums import AgeBand, Channel, DisabilityType, Sex, Status
from lapor_desk.domain.workdays import WorkingDayCalendar
from lapor_desk.paths import resources_dir
from lapor_desk.reference import ReferenceData
from lapor_desk.reports.figures import Figures, Period, suppress
from lapor_desk.reports.service import ReportService
from lapor_desk.storage.database import Database
from ui.common import labels
from ui.common.i18n import LanguageSwitch
from ui.common.tasks import TaskRunner
from ui.supervision.dashboard import DashboardView, period_for
from ui.supervision.dashboard_data import wrap_label

from factories import WIB

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=WIB)
OCTOBER = Period.month(2026, 10)
SEPTEMBER = Period.month(2026, 9)
TOPICS = ("infrastruktur.jalan", "kesehatan.puskesmas", "pendidikan.ppdb", "kependudukan.ktp", "")
STATUSES = ("recorded", "unverified", "verified", "in_progress", "completed", "archived", "draft")


@pytest.fixture(scope="module")
def places() -> list[Place]:
    """Seven villages of Kabupaten Bandung over a few districts, named as the shipped regions name them."""
    return [p for p in pilot_places() if p.regency_code == "32.04"][::40][:7]


@pytest.fixture
def data(sup_db: Database, places: list[Place]) -> Path:
    """~300 complaints from mid-September to the end of October 2026 with statuses, topics, drafts,
    agency follow-ups and ratings, written behind the services' back as the sync would."""
    write_demo_data(sup_db, DemoGenerator(places, seed=3, end=datetime(2026, 11, 1, tzinfo=WIB), span_days=45), 300)
    assert sup_db.path is not None
    with sqlite3.connect(sup_db.path) as raw:
        ids = [r[0] for r in raw.execute("SELECT id FROM complaints ORDER BY id")]
        for i, cid in enumerate(ids):
            raw.execute(
                "UPDATE complaints SET status = ?, category_id = ? WHERE id = ?",
                (STATUSES[i % 7], TOPICS[(i // 2) % 5], cid),
            )
        rows = raw.execute("SELECT id, received_at FROM complaints WHERE status IN ('in_progress', 'completed')")
        for n, (cid, received) in enumerate(rows.fetchall()):
            at = datetime.fromisoformat(received) + timedelta(days=1 + n % 9)
            raw.execute(
                "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                "VALUES (?, ?, 'central_follow_up', 'central', '{}')",
                (cid, at.isoformat(sep=" ")),
            )
        for n, cid in enumerate(ids[::4]):
            raw.execute(
                "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                "VALUES (?, '2026-11-10 03:00:00.000000', 'reporter_reply', '', ?)",
                (cid, json.dumps({"text": "terima kasih", "rating": 1 + n % 5})),
            )
    return sup_db.path


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def open_view(qtbot, tasks: TaskRunner, sup, staff):  # type: ignore[no-untyped-def]
    """The dashboard as the window builds it: with the session of a signed-in staff member."""

    def open_(who: str = "supervisor", reports: ReportService | None = None, show: bool = True) -> DashboardView:
        session = sup.session(staff[who])
        if reports is not None:  # the same session with a report service the test holds back
            session = dataclasses.replace(session, reports=reports)
        widget = DashboardView(session, tasks)
        qtbot.addWidget(widget)
        widget.resize(1200, 820)
        if show:
            widget.show()
            qtbot.waitExposed(widget)
        return widget

    return open_


def show_period(qtbot, view: DashboardView, period: Period) -> Figures:  # type: ignore[no-untyped-def]
    view.month.setCurrentIndex(period.start.month - 1)
    view.year.setValue(period.start.year)
    qtbot.waitUntil(lambda: not view.loading and view.figures is not None and view.figures.period == period)
    assert view.figures is not None
    return view.figures


# --- counts made here, from the rows themselves


def month_rows(path: Path, period: Period) -> list[dict[str, object]]:
    with sqlite3.connect(path) as raw:
        raw.row_factory = sqlite3.Row
        rows = [dict(r) for r in raw.execute("SELECT * FROM complaints WHERE status != 'draft'")]
    return [r for r in rows if period.start <= local_day(r["received_at"]) < period.end]


def local_day(stored: object) -> date:
    return datetime.fromisoformat(str(stored)).replace(tzinfo=UTC).astimezone(WIB).date()


def topic_names() -> dict[str, str]:
    document = json.loads((resources_dir() / "reference" / "categories.json").read_text(encoding="utf-8"))
    return {str(t["id"]): str(t["name"]) for t in document["categories"]}


def table_cells(table) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The rows as shown, the group carried down onto the rows that leave it blank."""
    out, group = [], ""
    for r in range(table.rowCount()):
        group = table.item(r, 0).text() or group
        out.append((group, table.item(r, 1).text(), table.item(r, 2).text()))
    return out


def test_dashboard_shows_the_counts_made_from_the_rows(qtbot, open_view, sup, staff, data, places) -> None:  # type: ignore[no-untyped-def]
    view = open_view()
    show_period(qtbot, view, OCTOBER)
    rows = month_rows(data, OCTOBER)
    locale = QLocale()
    assert 100 < len(rows) < 1000
    assert view.summary["total"].text() == locale.toString(len(rows))
    completed = sum(1 for r in rows if r["status"] == "completed")
    assert view.summary["completion"].text() == f"{locale.toString(completed / len(rows) * 100, 'f', 1)}%"
    assert f"{completed}" in view.summary_notes["total"].text()

    assert view.charts["status"].bar_values() == {
        labels.status_label(Status(s)): n for s, n in Counter(str(r["status"]) for r in rows).items()
    }
    assert view.charts["channel"].bar_values() == {
        labels.channel_label(Channel(c)): n for c, n in Counter(str(r["channel"]) for r in rows).items()
    }
    district_names = {p.district_code: p.district for p in places}
    assert view.charts["district"].bar_values() == {
        district_names[d]: n for d, n in Counter(str(r["district_code"]) for r in rows).items()
    }
    names = topic_names()
    topics = Counter(names.get(str(r["category_id"]), "Tidak diisi") for r in rows)
    assert view.charts["topic"].bar_values() == topics
    assert view.charts["topic"].categories()[0] == topics.most_common(1)[0][0]  # largest on top

    # Inclusion, with 1-4 shown as "<5".
    shown = table_cells(view.inclusion)
    sex = Counter(str(r["sex"] or "") for r in rows)
    for code, n in sex.items():
        label = labels.sex_label(Sex(code)) if code else "Tidak diisi"
        assert ("Jenis kelamin", label, str(suppress(n))) in shown
    bands = Counter(str(r["age_band"]) for r in rows if r["age_band"])
    for code, n in bands.items():
        assert ("Kelompok usia", labels.age_band_label(AgeBand(code)), str(suppress(n))) in shown
    types = Counter(str(r["disability_types"]) for r in rows if r["disability"] == "yes")
    assert [(c, n) for group, c, n in shown if group == "Jenis disabilitas"] == [
        (labels.disability_type_label(DisabilityType(code)), str(suppress(types[code])))
        for code in DisabilityType
        if code in types
    ]
    villages = Counter(str(r["village_code"]) for r in rows)
    assert sorted(n for _, _, n in table_cells(view.villages)) == sorted(str(suppress(n)) for n in villages.values())
    assert any(n == "<5" for _, _, n in shown + table_cells(view.villages))

    # The median working days to the first follow-up, and the reporters' latest ratings.
    with sqlite3.connect(data) as raw:
        firsts = dict(
            raw.execute(
                "SELECT complaint_id, min(at) FROM complaint_events "
                "WHERE kind = 'central_follow_up' GROUP BY complaint_id"
            ).fetchall()
        )
        ratings = dict(
            raw.execute(
                "SELECT complaint_id, json_extract(detail, '$.rating') FROM complaint_events "
                "WHERE kind = 'reporter_reply'"
            ).fetchall()
        )
    calendar = WorkingDayCalendar()
    days = [
        calendar.working_days_between(local_day(r["received_at"]), local_day(firsts[r["id"]]))
        for r in rows
        if r["id"] in firsts
    ]
    assert view.summary["median"].text() == f"{locale.toString(float(statistics.median(days)), 'g', 3)} HK"
    rated = [ratings[r["id"]] for r in rows if r["id"] in ratings]
    assert view.charts["satisfaction"].bar_values() == {
        label: Counter(rated)[score]
        for label, score in zip(view.charts["satisfaction"].categories(), (5, 4, 3, 2, 1), strict=True)
    }
    assert view.summary["satisfaction"].text() == f"{locale.toString(statistics.mean(rated), 'f', 2)} dari 5"


class GatedReports(ReportService):
    """The real service, held at the door until the test lets it in, so two requests overlap for sure."""

    def __init__(self, inner: ReportService) -> None:
        super().__init__(inner.db, inner.calendar, inner.audit, inner.settings, inner.clock)
        self.gate = threading.Event()
        self.started: list[Period] = []

    def dashboard(self, actor: Actor, period: Period) -> Figures:
        self.started.append(period)
        assert self.gate.wait(30)
        return super().dashboard(actor, period)


def test_period_change_reloads_and_a_stale_result_is_dropped(qtbot, open_view, sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    view = open_view()  # November by the desk's clock: nothing yet
    qtbot.waitUntil(lambda: not view.loading and view.figures is not None)
    assert view.figures is not None and view.figures.period == Period.month(2026, 11)
    assert view.figures.total == 0 and view.empty_label.isVisible() and not view.chart_area.isVisible()

    october = show_period(qtbot, view, OCTOBER)
    assert october.total == len(month_rows(data, OCTOBER)) and view.chart_area.isVisible()

    gated = GatedReports(sup.reports)
    view = open_view(reports=gated)
    qtbot.waitUntil(lambda: len(gated.started) == 1)  # November's request is in the service
    assert view.loading and view.busy.isVisible() and not view.figure_area.isEnabled()
    shown: list[Period] = []
    view.loaded.connect(lambda: shown.append(view.figures.period))
    view.month.setCurrentIndex(8)  # September, while November's answer is still on its way
    qtbot.waitUntil(lambda: len(gated.started) == 2)
    gated.gate.set()
    qtbot.waitUntil(lambda: not view.loading)
    view.tasks.wait()
    qtbot.waitUntil(lambda: shown == [SEPTEMBER])  # November's late answer was dropped
    assert view.figures.total == len(month_rows(data, SEPTEMBER)) > 0
    assert view.period_label.text().startswith("Periode")
    assert not view.busy.isVisible() and view.figure_area.isEnabled()


def test_twelve_months_cover_the_year_to_the_chosen_month(qtbot, open_view, sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    assert period_for(2026, 10, "12_months") == Period(date(2025, 11, 1), date(2026, 11, 1))
    assert period_for(2026, 12, "12_months") == Period(date(2026, 1, 1), date(2027, 1, 1))
    view = open_view()
    show_period(qtbot, view, Period.month(2026, 11))
    view.span.setCurrentIndex(1)
    whole = Period(date(2025, 12, 1), date(2026, 12, 1))
    qtbot.waitUntil(lambda: not view.loading and view.figures is not None and view.figures.period == whole)
    assert (
        view.figures.total
        == len(month_rows(data, whole))
        == len(month_rows(data, SEPTEMBER)) + len(month_rows(data, OCTOBER))
    )


def test_a_clerk_is_told_the_dashboard_is_not_for_the_role(qtbot, open_view, sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    view = open_view("clerk", show=False)
    with qtbot.waitSignal(view.failed) as failed:
        view.show()
    text = failed.args[0]
    assert "hanya untuk supervisor dan admin" in text and "tidak berwenang" in text
    assert view.banner.isVisible() and view.banner.text() == text
    assert view.figures is None and not view.figure_area.isVisible()
    assert not view.export_button.isEnabled() and not view.month.isEnabled()


def test_language_switch_redraws_the_charts_in_english(qtbot, qapp, open_view, sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    view = open_view()
    show_period(qtbot, view, OCTOBER)
    assert "Selesai" in view.charts["status"].categories()
    languages = LanguageSwitch(qapp)
    try:
        assert languages.apply("en")
        qtbot.waitUntil(lambda: "Completed" in view.charts["status"].categories())
        assert "Walk-in" in view.charts["channel"].categories()
        english = {t.name_en for t in ReferenceData.defaults().topics}
        topics = [c for c in view.charts["topic"].categories() if c != "Not stated"]
        assert topics and set(topics) <= english  # the shipped topic tree's English names
        assert "Female" in {c for _, c, _ in table_cells(view.inclusion)}
        assert view.month.currentText() == "October"
        assert view.figures is not None and view.figures.period == OCTOBER  # no reload needed, none lost
    finally:
        languages.apply("id")
    qtbot.waitUntil(lambda: "Selesai" in view.charts["status"].categories())


@pytest.mark.parametrize("scale", [1, 2])
def test_chart_labels_are_whole_at_normal_and_double_font(
    qtbot, qapp, tasks, settings, sup, staff, data, scale
) -> None:  # type: ignore[no-untyped-def]
    normal = qapp.font()
    font = QFont(normal)
    font.setPointSizeF(normal.pointSizeF() * scale)
    qapp.setFont(font)
    try:
        view = DashboardView(sup.session(staff["supervisor"]), tasks)
        qtbot.addWidget(view)
        view.resize(1200 * scale if scale == 1 else 1900, 820 if scale == 1 else 1060)
        view.show()
        qtbot.waitExposed(view)
        show_period(qtbot, view, OCTOBER)
        line = QFontMetrics(qapp.font()).height()
        for key, chart in view.charts.items():
            assert chart.height() >= line * (len(chart.categories()) + 4), key

            # Every line of every label fits the label column, left of where the bars start.
            metrics = QFontMetricsF(chart.font())
            parts = [html.unescape(part) for name in chart.categories() for part in wrap_label(name).split("<br>")]
            widest = max(metrics.horizontalAdvance(part) for part in parts)
            assert chart.widest_label_line() == pytest.approx(widest), key
            assert all(rect.left() >= widest for rect in chart.bar_rects()), key
            assert all(rect.right() <= chart.width() for rect in chart.bar_rects()), key
    finally:
        qapp.setFont(normal)


def test_no_qtcharts_and_the_dashboard_is_loaded_with_the_dashboard_only() -> None:
    code = (
        "import sys\n"
        "import ui.shell.main_window, ui.supervision.report_export\n"
        "assert 'ui.supervision.dashboard' not in sys.modules, 'the dashboard at start-up'\n"
        "import ui.supervision.dashboard\n"
        "assert not any(m.startswith('PySide6.QtCharts') for m in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr


def test_charts_take_keyboard_focus_and_say_what_they_show(qtbot, open_view, sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    view = open_view()
    show_period(qtbot, view, OCTOBER)
    chart = view.charts["channel"]
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert chart.accessibleName() == "Menurut kanal"
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    first, second = chart.counts[0], chart.counts[1]
    assert chart.accessibleDescription().startswith(f"{first[0]}: {first[1]} (1/")
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.accessibleDescription().startswith(f"{second[0]}: {second[1]} (2/")
    qtbot.keyClick(chart, Qt.Key.Key_End)
    last = chart.counts[-1]
    assert chart.accessibleDescription() == f"{last[0]}: {last[1]} ({len(chart.counts)}/{len(chart.counts)})"
    widths = [rect.width() for rect in chart.bar_rects()]
    assert widths == sorted(widths, reverse=True) and widths[0] > 0  # largest on top, proportional
    assert chart.grab().width() > 0  # it paints


def ink_columns(widget) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The first and last pixel column where `widget` draws dark (text), as rendered."""
    image = widget.grab().toImage()
    xs = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).lightness() < 128]
    return (min(xs), max(xs)) if xs else None


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("scale", [1, 2])
def test_the_period_labels_are_drawn_whole(qtbot, qapp, tasks, sup, staff, language, scale) -> None:  # type: ignore[no-untyped-def]
    """ "Tahun" read "Tahur" at 200%: the underlined mnemonic "T" split the kerned pair "Ta", so the
    text drew two pixels wider than the label measured. Each label's ink ends inside the label."""
    normal = qapp.font()
    font = QFont(normal)
    font.setPointSizeF(normal.pointSizeF() * scale)
    qapp.setFont(font)
    languages = LanguageSwitch(qapp)
    try:
        languages.apply(language)
        view = DashboardView(sup.session(staff["supervisor"]), tasks)
        qtbot.addWidget(view)
        view.resize(1366, 740)
        view.show()
        qtbot.waitExposed(view)
        for label in (view.span_label, view.month_label, view.year_label):
            # The same text drawn with room to spare: where its ink ends is what the label must hold.
            twin = QLabel(label.text())
            qtbot.addWidget(twin)
            twin.setBuddy(label.buddy())
            twin.resize(label.width() + 20, label.height())
            twin.show()
            whole = ink_columns(twin)
            assert whole is not None and whole[1] < label.width(), (label.text(), whole, label.width())
            assert ink_columns(label) == whole
    finally:
        languages.apply("id")
        qapp.setFont(normal)
