"""The dashboard's data side, kept apart from its widget: the period choices, the names of
codes, the order of inclusion answers, building and filling the figures tables and summary cards
(dashboard.py lays them out and draws)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex, Status
from lapor_desk.reports.figures import NOT_STATED, Cell, Figures, Period
from ui.common import labels
from ui.supervision.bar_chart import WRAP, number, wrap_lines

if TYPE_CHECKING:
    from lapor_desk.reference import ReferenceData

TOP = 10  # topics and districts shown in their charts; the recap lists them all
CHARTS = ("status", "channel", "topic", "district", "type", "satisfaction")
VILLAGE_ROWS = 30  # taller lists scroll inside their table
INCLUSION_ORDER: dict[str, tuple[str, ...]] = {
    "sex": tuple(Sex),
    "age_band": tuple(AgeBand),
    "youth": ("16_30", "lainnya"),
    "disability": tuple(Disability),
    "disability_type": tuple(DisabilityType),
    "companion": ("ya", "tidak"),
}
SUMMARY_KEYS = ("total", "completion", "compliance", "median", "satisfaction", "overdue")
INCLUSION_DIMENSIONS = ("sex", "age_band", "youth", "disability", "disability_type", "companion")


class Span:
    MONTH = "month"
    YEAR = "12_months"  # the twelve months ending with the chosen one


def period_for(year: int, month: int, span: str) -> Period:
    last = Period.month(year, month)
    if span != Span.YEAR:
        return last
    first = (year * 12 + month - 1) - 11
    return Period(date(first // 12, first % 12 + 1, 1), last.end)


@dataclass(frozen=True)
class Loaded:
    figures: Figures
    names: dict[str, str]  # district, village and topic codes -> names
    reference: ReferenceData | None


class Latest:
    """The generation of the newest request; read by workers to skip work already superseded."""

    def __init__(self) -> None:
        self.value = 0


def wrap_label(text: str, width: int = WRAP) -> str:
    """A category label's lines as one string (the lines the chart draws, joined by <br>)."""
    return "<br>".join(html.escape(line, quote=False) for line in wrap_lines(text, width))


def status_name(code: str) -> str:
    return labels.status_label(Status(code)) if code in set(Status) else code


def channel_name(code: str) -> str:
    return labels.channel_label(Channel(code)) if code in set(Channel) else code


def type_name(code: str) -> str:
    return labels.type_label(ReportType(code)) if code in set(ReportType) else code


def enum_name(dim: str, code: str) -> str:
    """An inclusion category kept as an enum code (sex, age band, disability), in words."""
    enum_label: dict[str, tuple[type, Callable[..., str]]] = {
        "sex": (Sex, labels.sex_label),
        "age_band": (AgeBand, labels.age_band_label),
        "disability": (Disability, labels.disability_label),
        "disability_type": (DisabilityType, labels.disability_type_label),
    }
    kind, name = enum_label[dim]
    try:
        return name(kind(code))
    except ValueError:
        return code


def topic_name(reference: ReferenceData, code: str, language: str = "id") -> str:
    """The topic's own name ("Jalan dan Jembatan"): short enough for a chart, unique in the tree."""
    return reference.topic_name(code, language)


def topic_namer(reference: ReferenceData | None, fallback: Callable[[str], str]) -> Callable[[str], str]:
    """Topic names in the window's language at drawing time (not as loaded with the figures)."""
    if reference is None:
        return fallback
    return lambda code: topic_name(reference, code, labels.language())


def by_count(values: dict[str, Cell]) -> list[tuple[str, Cell]]:
    """Largest first; "<5" after every number, then by code."""
    return sorted(values.items(), key=lambda item: (-(item[1] if isinstance(item[1], int) else 0), item[0]))


def in_order(values: dict[str, Cell], order: tuple[str, ...]) -> list[tuple[str, Cell]]:
    """The answers in their natural order (age bands by age), others after, "not stated" last."""
    rank = {code: i for i, code in enumerate(order)}
    return sorted(values.items(), key=lambda item: (item[0] == NOT_STATED, rank.get(item[0], len(rank)), item[0]))


def fill_table(table: QTableWidget, rows: Iterable[tuple[str, str, Cell]], *, bold_first: bool, max_rows: int) -> None:
    rows = list(rows)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(number(value))  # plain text, never markup; counts the language's way
            if c == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and bold_first:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    shown = range(min(len(rows), max_rows))
    frame = 2 * table.frameWidth()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in shown) + frame)


def with_names(figures: Figures, region_name: Callable[[str], str], reference: ReferenceData | None) -> Loaded:
    """Names for the codes in the figures (on the read lane: the first call may read the shipped files)."""
    if reference is None:
        from lapor_desk.reference import ReferenceData

        try:
            reference = ReferenceData.defaults()
        except (OSError, ValueError, KeyError):
            reference = None
    names: dict[str, str] = {}
    for code in {*figures.by_district, *figures.by_village, *(v[:8] for v in figures.by_village)} - {NOT_STATED}:
        name = region_name(code)
        if name and name != code:
            names[code] = name
    for code in figures.by_topic:
        if reference is not None and code != NOT_STATED:
            names[code] = topic_name(reference, code)
    return Loaded(figures, names, reference)


def figures_table() -> QTableWidget:
    """Three columns: a group or area, a category, the count; small, so item-based is fine."""
    table = QTableWidget(0, 3)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def summary_cards(
    keys: Iterable[str],
) -> tuple[QGridLayout, dict[str, QLabel], dict[str, QLabel], dict[str, QLabel]]:
    """The summary's cards, three to a row: each a caption, its value and a note."""
    captions: dict[str, QLabel] = {}
    values: dict[str, QLabel] = {}
    notes: dict[str, QLabel] = {}
    cards = QGridLayout()
    for i, key in enumerate(keys):
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        caption, value, note = QLabel(), QLabel("—"), QLabel()
        caption.setWordWrap(True)
        note.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(caption)
        box.addWidget(value)
        box.addWidget(note)
        box.addStretch(1)
        captions[key], values[key], notes[key] = caption, value, note
        cards.addWidget(card, i // 3, i % 3)
    return cards, captions, values, notes
