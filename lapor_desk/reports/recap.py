"""The monthly recap (rekap bulanan) as plain tables in the user's language, ready for any writer.

Every word comes from the message catalogue and every code's label from the core's one label
table (`lapor_desk.labels`), so the recap says what the screens say, in Indonesian or English.
Counts stay numbers (a spreadsheet sums them; the PDF writer groups their digits by the
language); rates, averages and dates are written here the language's way with Babel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal, format_percent

from lapor_desk.i18n import DEFAULT_LANGUAGE, translate
from lapor_desk.labels import label, yes_no
from lapor_desk.reports.figures import NOT_STATED, Cell, Figures

RegionName = Callable[[str], str]
TopicName = Callable[[str], str]
NONE = "-"  # no value (a rate of no complaints); the PDF's core fonts have no dash


@dataclass
class Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[Cell | None, ...]] = field(default_factory=list)


@dataclass
class Recap:
    title: str
    lines: list[str]  # desk, period, when made, the "<5" note
    tables: list[Table]
    listing: Table | None = None  # one row per complaint (XLSX and CSV only)
    language: str = DEFAULT_LANGUAGE  # the writers group a count's digits by it
    sheets: tuple[str, str] = ("Rekap", "Daftar")  # the XLSX sheets: the tables, the listing


LISTING_COLUMNS = ("receipt", "received", "type", "channel", "status", "topic", "district", "village", "title")
PERSONAL_COLUMNS = ("reporter_name", "nik", "phone", "email", "anonymous")
# The inclusion dimensions of the figures, each with its label kind in the label table.
INCLUSION = ("sex", "age_band", "youth", "disability", "disability_type", "companion")


def number(value: object, language: str) -> str:
    """A count or a figure as the language writes it: 9.117 / 9,117; text ("<5") as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return format_decimal(value, locale=language)


def month_and_year(day: date) -> str:
    return f"{day:%m}/{day:%Y}"  # "10/2026": the same in both languages, and in the file's name


def build_recap(
    fig: Figures,
    *,
    desk_name: str,
    desk_code: str,
    made_at: datetime,
    region_name: RegionName,
    listing: Sequence[tuple[object, ...]] | None = None,
    include_personal: bool = False,
    topic_name: TopicName | None = None,
    audit_head: tuple[int, str] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Recap:
    def t(key: str, /, **params: object) -> str:
        return translate(f"recap.{key}", language, params)

    def pct(value: float | None) -> str:
        return NONE if value is None else format_percent(value, "#,##0.0%", locale=language)

    def decimal(value: float | None, pattern: str) -> str:
        return NONE if value is None else format_decimal(value, pattern, locale=language)

    def named(kind: str) -> Callable[[str], str]:
        return lambda code: (
            label("answer", "not_stated", language) if code == NOT_STATED else label(kind, code, language)
        )

    last_day = date.fromordinal(fig.period.end.toordinal() - 1)
    lines = [
        t("desk", name=desk_name, code=desk_code),
        t(
            "period",
            start=format_date(fig.period.start, "long", locale=language),
            end=format_date(last_day, "long", locale=language),
        ),
        t(
            "made",
            date=format_date(made_at, "long", locale=language),
            time=format_time(made_at, "short", locale=language),
        ),
        t("small_counts"),
        # A paper copy of the audit trail's head: a trail later cut or rewritten no longer matches it.
        t("audit_anchor", row=audit_head[0], sha=audit_head[1]) if audit_head else t("audit_anchor_empty"),
    ]
    if include_personal:
        lines.append(t("personal_data"))
    c = fig.compliance
    summary = Table(
        t("summary"),
        (t("col.measure"), t("col.value")),
        [
            (t("total"), fig.total),
            (t("completed"), fig.completed),
            (t("completion_rate"), pct(fig.completion_rate)),
            (t("overdue_now"), fig.overdue_now),
            (t("compliance"), pct(c.rate)),
            (t("on_time"), c.on_time),
            (t("late"), c.late),
            (t("overdue_open"), c.overdue_open),
            (t("pending"), c.pending),
            (t("median_workdays"), decimal(fig.median_workdays_to_follow_up, "#,##0.#")),
            (t("satisfaction_mean"), decimal(fig.satisfaction_mean, "#,##0.00")),
        ],
    )
    count = t("col.count")

    def counts(title: str, what: str, values: dict[str, int] | dict[str, Cell], name: Callable[[str], str]) -> Table:
        def order(item: tuple[str, Cell]) -> tuple[int, str]:
            n = item[1]
            return (-(n if isinstance(n, int) else 0), item[0])

        rows: list[tuple[Cell | None, ...]] = [(name(code), n) for code, n in sorted(values.items(), key=order)]
        # Nothing to count (no answers this month): one line that says so, in every format, never a
        # header over an empty table.
        return Table(title, (what, count), rows or [(t("no_data"), None)])

    def topic(code: str) -> str:
        return named("topic")(code) if topic_name is None or code == NOT_STATED else topic_name(code)

    def village(code: str) -> str:
        # Village names repeat within a regency (Sukamaju, Mekarsari): its district tells them apart.
        if code == NOT_STATED or "." not in code:
            return named("village")(code)
        return f"{region_name(code)} ({region_name(code.rsplit('.', 1)[0])})"

    def region(code: str) -> str:
        return named("region")(code) if code == NOT_STATED else region_name(code)

    tables = [
        summary,
        counts(t("by_status"), t("col.status"), fig.by_status, named("status")),
        counts(t("by_type"), t("col.type"), fig.by_type, named("type")),
        counts(t("by_channel"), t("col.channel"), fig.by_channel, named("channel")),
        counts(t("by_topic"), t("col.topic"), fig.by_topic, topic),
        counts(t("by_district"), t("col.district"), fig.by_district, region),
        counts(t("by_village"), t("col.village"), fig.by_village, village),
        Table(
            t("satisfaction"),
            (t("col.score"), t("col.meaning"), count),
            [(r, label("satisfaction", r, language), fig.satisfaction.get(r, 0)) for r in range(5, 0, -1)],
        ),
    ]
    for dim in INCLUSION:
        name = t(f"dim.{dim}")
        tables.append(counts(t("inclusion", name=name.lower()), name, fig.inclusion.get(dim, {}), named(dim)))
    recap = Recap(
        t("title", month=month_and_year(fig.period.start)),
        lines,
        tables,
        language=language,
        sheets=(t("sheet.tables"), t("sheet.listing")),
    )
    if listing is not None:
        columns = LISTING_COLUMNS + (PERSONAL_COLUMNS if include_personal else ())
        header = tuple(t(f"col.{name}") for name in columns)
        rows = [_listing_row(row, include_personal, language, region_name, topic) for row in listing]
        recap.listing = Table(t("listing"), header, rows)
    return recap


def _listing_row(
    row: tuple[object, ...], include_personal: bool, language: str, region_name: RegionName, topic: TopicName
) -> tuple[Cell | None, ...]:
    """One complaint as the service read it (codes, a local datetime) in the language's words."""
    received, kind, channel, status, topic_id, district, village = row[1:8]
    cells: list[Cell | None] = [
        _text(row[0]),
        format_datetime(received, "d MMM y HH:mm", locale=language) if isinstance(received, datetime) else "",
        label("type", kind, language) if kind else "",
        label("channel", channel, language) if channel else "",
        label("status", status, language),
        topic(str(topic_id)) if topic_id else "",
        region_name(str(district)) if district else "",
        region_name(str(village)) if village else "",
        _text(row[8]),
    ]
    if include_personal:
        cells += [_text(v) for v in row[9:13]]
        cells.append(yes_no(bool(row[13]), language))
    return tuple(cells)


def _text(value: object) -> str:
    return "" if value is None else str(value)
