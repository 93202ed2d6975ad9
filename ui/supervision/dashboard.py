"""The supervisor's dashboard: a period's figures as numbers, bar charts and the inclusion table.

The charts are the app's own (`ui.supervision.bar_chart`, QPainter). The main window imports this module
when the dashboard is first opened, so a clerk's start-up never loads it. Figures
come from ReportService.dashboard on the read lane; a result for a period the supervisor
has since left is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts.roles import Actor, Permission, PermissionDenied
from lapor_desk.i18n import describe
from lapor_desk.reports.figures import NOT_STATED, Cell, Figures, Period
from lapor_desk.settings import UI_LANGUAGE
from ui.common import style
from ui.common.tasks import TaskRunner
from ui.supervision.bar_chart import BarChart, number
from ui.supervision.dashboard_data import (
    CHARTS,
    INCLUSION_DIMENSIONS,
    INCLUSION_ORDER,
    SUMMARY_KEYS,
    TOP,
    VILLAGE_ROWS,
    Latest,
    Loaded,
    Span,
    by_count,
    channel_name,
    enum_name,
    figures_table,
    fill_table,
    in_order,
    period_for,
    status_name,
    summary_cards,
    topic_namer,
    type_name,
    with_names,
)

if TYPE_CHECKING:
    from lapor_desk.reference import ReferenceData
    from lapor_desk.reports.service import ReportService
    from ui.common.screen import ScreenSession
    from ui.supervision.report_export import ReportExportDialog


class DashboardView(QWidget):
    """Built with the signed-in session: shows its current month; the period selector reloads."""

    loaded = Signal()  # a period's figures are on screen
    failed = Signal(str)  # the message shown

    def __init__(self, session: ScreenSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = session.settings
        self.reports: ReportService = session.reports
        self.actor: Actor = session.actor
        self.figures: Figures | None = None
        self.names: dict[str, str] = {}
        self.reference: ReferenceData | None = None
        self.loading = False
        self.export_dialog: ReportExportDialog | None = None
        self._latest = Latest()
        self._deferred = False  # a reload waits for the view to be seen
        self._build()
        self.retranslate()
        self._show_current_month()

    # --- construction

    def _build(self) -> None:
        self.span = QComboBox()
        self.month = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2016, 2100)
        self.year.setGroupSeparatorShown(False)
        self.year.setKeyboardTracking(False)  # a typed year loads once, not at each digit
        self.reload_button = QPushButton()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel()
        self.busy_label.hide()
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.span_label, self.month_label, self.year_label = QLabel(), QLabel(), QLabel()
        self.span_label.setBuddy(self.span)
        self.month_label.setBuddy(self.month)
        self.year_label.setBuddy(self.year)
        bar = QHBoxLayout()
        for widget in (
            self.span_label,
            self.span,
            self.month_label,
            self.month,
            self.year_label,
            self.year,
            self.reload_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        # "Menghitung…" goes under the period bar, not in it: at 200 % font the bar with it was
        # wider than a 1366 px screen and pushed the window past the screen's edge while loading.
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy)
        busy_row.addWidget(self.busy_label)
        busy_row.addStretch(1)

        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.period_label = QLabel()
        self.period_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label = QLabel()
        self.empty_label.hide()

        cards, self.summary_captions, self.summary, self.summary_notes = summary_cards(SUMMARY_KEYS)

        self.charts = {key: BarChart() for key in CHARTS}
        grid = QGridLayout()
        for i, key in enumerate(CHARTS):
            grid.addWidget(self.charts[key], i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        self.chart_area = QWidget()
        self.chart_area.setLayout(grid)

        self.inclusion = figures_table()
        self.villages = figures_table()
        self.inclusion_title, self.villages_title = QLabel(), QLabel()
        self.inclusion_note = QLabel()
        self.inclusion_note.setWordWrap(True)
        tables = QGridLayout()
        tables.addWidget(self.inclusion_title, 0, 0)
        tables.addWidget(self.villages_title, 0, 1)
        tables.addWidget(self.inclusion, 1, 0, Qt.AlignmentFlag.AlignTop)
        tables.addWidget(self.villages, 1, 1, Qt.AlignmentFlag.AlignTop)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.period_label)
        body.addWidget(self.empty_label)
        body.addLayout(cards)
        body.addWidget(self.chart_area)
        body.addWidget(self.inclusion_note)
        body.addLayout(tables)
        body.addStretch(1)
        self.figure_area = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.scroll_area = scroll

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(busy_row)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self.figure_area.hide()

        self.span.currentIndexChanged.connect(self.reload)
        self.month.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self.reload)
        self.reload_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.open_export)

    # --- loading

    def _show_current_month(self) -> None:
        """The current month (by the desk's clock), loaded when the view is first seen."""
        today = self.reports.clock().date()
        for widget in (self.span, self.month, self.year):
            widget.blockSignals(True)
        self.span.setCurrentIndex(0)
        self.month.setCurrentIndex(today.month - 1)
        self.year.setValue(today.year)
        for widget in (self.span, self.month, self.year):
            widget.blockSignals(False)
        self.export_button.setEnabled(self.actor.can(Permission.EXPORT))
        self.reload()

    def set_reference(self, reference: ReferenceData) -> None:
        self.reference = reference

    def period(self) -> Period:
        return period_for(self.year.value(), self.month.currentIndex() + 1, str(self.span.currentData()))

    def reload(self) -> None:
        if self.month.currentIndex() < 0:
            return
        if not self.isVisible():
            self._deferred = True  # refresh what is seen: done on the next show
            return
        self._deferred = False
        self._latest.value += 1
        generation, latest = self._latest.value, self._latest
        reports, actor, period = self.reports, self.actor, self.period()
        reference = self.reference
        # Region names through the report service: it reads the directory the window already
        # holds (SupervisionServices), so the ~40 MB of regions never load twice.
        region_name = reports.region_name

        def load() -> Loaded | None:
            if latest.value != generation:
                return None  # the supervisor moved on before this started
            figures = reports.dashboard(actor, period)
            return with_names(figures, region_name, reference)

        self._set_busy(True)
        self.tasks.read(
            load,
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
            context=self,
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  Qt override
        super().showEvent(event)
        if self._deferred:
            self.reload()

    def _loaded(self, generation: int, result: Loaded | None) -> None:
        if generation != self._latest.value or result is None:
            return  # stale: a newer request is on its way
        self._set_busy(False)
        self.reference = self.reference or result.reference
        self.figures, self.names = result.figures, result.names
        self.banner.hide()
        self.show_figures()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._latest.value:
            return
        self._set_busy(False)
        text = describe(exc, self.settings.get(UI_LANGUAGE))
        if isinstance(exc, PermissionDenied):
            text = self.tr("Dasbor hanya untuk supervisor dan admin.") + "\n" + text
            self.figures = None
            self.figure_area.hide()
            for widget in (self.span, self.month, self.year, self.reload_button, self.export_button):
                widget.setEnabled(False)
        else:
            text = self.tr("Angka periode ini tidak dapat dimuat.") + "\n" + text
        self.banner.setText(text)
        style.set_banner_kind(self.banner, "error")
        self.banner.show()
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self.loading = busy
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.figure_area.setEnabled(not busy)

    # --- showing the figures

    def show_figures(self) -> None:
        fig = self.figures
        if fig is None:
            return
        last = fig.period.end - timedelta(days=1)
        locale = QLocale()
        self.period_label.setText(
            self.tr("Periode {start} s.d. {end} · {count} pengaduan (tanpa draf)").format(
                start=locale.toString(
                    QDate(fig.period.start.year, fig.period.start.month, fig.period.start.day), "d MMMM yyyy"
                ),
                end=locale.toString(QDate(last.year, last.month, last.day), "d MMMM yyyy"),
                count=fig.total,
            )
        )
        self.empty_label.setText(self.tr("Tidak ada pengaduan yang diterima pada periode ini."))
        self.empty_label.setVisible(fig.total == 0)
        self._render_summary(fig)
        self.chart_area.setVisible(fig.total > 0)
        self.charts["status"].show_counts(self.tr("Menurut status"), self._named(fig.by_status, status_name))
        self.charts["channel"].show_counts(self.tr("Menurut kanal"), self._named(fig.by_channel, channel_name))
        self.charts["type"].show_counts(self.tr("Menurut jenis laporan"), self._named(fig.by_type, type_name))
        ratings = {
            5: self.tr("Sangat puas (5)"),
            4: self.tr("Puas (4)"),
            3: self.tr("Cukup (3)"),
            2: self.tr("Kurang puas (2)"),
            1: self.tr("Tidak puas (1)"),
        }
        self.charts["satisfaction"].show_counts(
            self.tr("Penilaian pelapor"), [(ratings[r], fig.satisfaction.get(r, 0)) for r in ratings]
        )
        topics = self._named(fig.by_topic, topic_namer(self.reference, self._code_name))
        self.charts["topic"].show_counts(self._top_title(self.tr("Topik terbanyak"), topics), topics[:TOP])
        districts = self._named(fig.by_district, self._code_name)
        self.charts["district"].show_counts(self._top_title(self.tr("Kecamatan terbanyak"), districts), districts[:TOP])
        self._render_inclusion(fig)
        self._render_villages(fig)
        self.figure_area.show()

    def _top_title(self, title: str, items: list[tuple[str, int]]) -> str:
        if len(items) <= TOP:
            return title
        return self.tr("{title} ({shown} dari {count})").format(title=title, shown=TOP, count=len(items))

    def _named(self, counts: dict[str, int], name: Callable[[str], str]) -> list[tuple[str, int]]:
        """(label, count), largest first; labels made unique so the category axis keeps them apart."""
        out: list[tuple[str, int]] = []
        seen: set[str] = set()
        for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            label = self._not_stated() if code == NOT_STATED else name(code)
            if label in seen:
                label = f"{label} ({code})"
            seen.add(label)
            out.append((label, n))
        return out

    def _code_name(self, code: str) -> str:
        return self.names.get(code, code)

    def _not_stated(self) -> str:
        return self.tr("Tidak diisi")

    def _render_summary(self, fig: Figures) -> None:
        locale = QLocale()
        c = fig.compliance

        def pct(value: float | None) -> str:
            return "—" if value is None else self.tr("{value}%").format(value=locale.toString(value * 100, "f", 1))

        values = {
            "total": locale.toString(fig.total),
            "completion": pct(fig.completion_rate),
            "compliance": pct(c.rate),
            "median": "—"
            if fig.median_workdays_to_follow_up is None
            else self.tr("{days} HK").format(days=locale.toString(fig.median_workdays_to_follow_up, "g", 3)),
            "satisfaction": "—"
            if fig.satisfaction_mean is None
            else self.tr("{mean} dari 5").format(mean=locale.toString(fig.satisfaction_mean, "f", 2)),
            "overdue": locale.toString(fig.overdue_now),
        }
        notes = {
            "total": self.tr("Selesai: {completed}").format(completed=number(fig.completed)),
            "completion": self.tr("Selesai dibagi semua pengaduan periode ini"),
            "compliance": self.tr(
                "Tepat waktu {on_time}, terlambat {late}, belum ditindaklanjuti dan lewat "
                "tenggat {open}; belum jatuh tempo {pending}"
            ).format(
                on_time=number(c.on_time), late=number(c.late), open=number(c.overdue_open), pending=number(c.pending)
            ),
            "median": self.tr("Dari {count} pengaduan yang sudah ditindaklanjuti").format(
                count=number(fig.followed_up)
            ),
            "satisfaction": self.tr("Dari {count} penilaian pelapor").format(
                count=number(sum(fig.satisfaction.values()))
            ),
            "overdue": self.tr("Pengaduan periode ini yang kini lewat tenggat"),
        }
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        big.setBold(True)
        for key in SUMMARY_KEYS:
            self.summary[key].setFont(big)
            self.summary[key].setText(values[key])
            self.summary_notes[key].setText(notes[key])

    def _render_inclusion(self, fig: Figures) -> None:
        rows: list[tuple[str, str, Cell]] = []
        titles = self._inclusion_titles()
        for dim in INCLUSION_DIMENSIONS:
            values = fig.inclusion.get(dim, {})
            for i, (code, count) in enumerate(in_order(values, INCLUSION_ORDER[dim])):
                rows.append((titles[dim] if i == 0 else "", self._inclusion_name(dim, code), count))
            if not values:
                rows.append((titles[dim], "—", 0))
        fill_table(self.inclusion, rows, bold_first=True, max_rows=len(rows))

    def _render_villages(self, fig: Figures) -> None:
        rows = [
            (
                self.names.get(code, code) if code != NOT_STATED else self._not_stated(),
                self.names.get(code[:8], "") if code != NOT_STATED else "",
                count,
            )
            for code, count in by_count(fig.by_village)
        ]
        fill_table(self.villages, rows, bold_first=False, max_rows=VILLAGE_ROWS)

    def _inclusion_titles(self) -> dict[str, str]:
        return {
            "sex": self.tr("Jenis kelamin"),
            "age_band": self.tr("Kelompok usia"),
            "youth": self.tr("Pemuda"),
            "disability": self.tr("Disabilitas"),
            "disability_type": self.tr("Jenis disabilitas"),
            "companion": self.tr("Pendampingan"),
        }

    def _inclusion_name(self, dim: str, code: str) -> str:
        if code == NOT_STATED:
            return self._not_stated()
        extra = {
            "youth": {"16_30": self.tr("Pemuda (16-30 tahun)"), "lainnya": self.tr("Bukan pemuda")},
            "companion": {"ya": self.tr("Didampingi"), "tidak": self.tr("Tidak didampingi")},
        }
        if dim in extra:
            return extra[dim].get(code, code)
        return enum_name(dim, code)

    # --- export

    def open_export(self) -> None:
        from ui.supervision.report_export import ReportExportDialog

        period = self.period()
        last = period.end - timedelta(days=1)  # the month the recap covers: the selector's month
        dialog = ReportExportDialog(
            self.tasks, self.settings, self.reports, self.actor, Period.month(last.year, last.month), parent=self
        )
        self.export_dialog = dialog
        dialog.open()

    # --- text

    def retranslate(self) -> None:
        self.span_label.setText(self.tr("&Rentang"))
        self.month_label.setText(self.tr("B&ulan"))
        self.year_label.setText(self.tr("Ta&hun"))  # "&T" split the kerned "Ta": "Tahur", cut
        for combo, items in (
            (self.span, [(self.tr("Satu bulan"), Span.MONTH), (self.tr("12 bulan terakhir"), Span.YEAR)]),
            (self.month, [(QLocale().standaloneMonthName(m), m) for m in range(1, 13)]),
        ):
            combo.blockSignals(True)
            index = combo.currentIndex()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.span.setToolTip(self.tr("12 bulan terakhir: dua belas bulan sampai dengan bulan yang dipilih"))
        self.reload_button.setText(self.tr("Muat u&lang"))
        self.busy_label.setText(self.tr("Menghitung…"))
        self.busy.setAccessibleName(self.tr("Sedang menghitung angka"))
        self.export_button.setText(self.tr("&Ekspor rekap bulanan…"))
        captions = {
            "total": self.tr("Jumlah pengaduan"),
            "completion": self.tr("Tingkat penyelesaian"),
            "compliance": self.tr("Kepatuhan tenggat tindak lanjut pertama"),
            "median": self.tr("Median hari kerja sampai tindak lanjut pertama"),
            "satisfaction": self.tr("Rata-rata kepuasan pelapor"),
            "overdue": self.tr("Lewat tenggat saat ini"),
        }
        for key, caption in captions.items():
            self.summary_captions[key].setText(caption)
        heading = QFont(self.font())
        heading.setBold(True)
        for title, text in (
            (self.inclusion_title, self.tr("Data inklusi")),
            (self.villages_title, self.tr("Menurut desa/kelurahan")),
        ):
            title.setFont(heading)
            title.setText(text)
        self.inclusion.setHorizontalHeaderLabels([self.tr("Kelompok"), self.tr("Kategori"), self.tr("Jumlah")])
        self.villages.setHorizontalHeaderLabels([self.tr("Desa/kelurahan"), self.tr("Kecamatan"), self.tr("Jumlah")])
        self.inclusion_note.setText(
            self.tr('Angka 1 sampai 4 ditampilkan sebagai "<5" agar tidak ada warga yang dapat dikenali.')
        )
        self.show_figures()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.show_figures()  # the charts draw with fonts of their own: give them the new size
        super().changeEvent(event)
