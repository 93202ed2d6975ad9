"""The monthly recap (rekap bulanan) as plain tables in Indonesian, ready for any writer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from lapor_desk.labels import label
from lapor_desk.reports.figures import NOT_STATED, Cell, Figures

RegionName = Callable[[str], str]
TopicName = Callable[[str], str]


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


LISTING_HEADER = (
    "No. tanda terima",
    "Diterima",
    "Jenis",
    "Kanal",
    "Status",
    "Topik",
    "Kecamatan",
    "Desa/Kelurahan",
    "Judul",
)
INCLUSION_TITLES = {
    "sex": "Jenis kelamin",
    "age_band": "Kelompok usia",
    "youth": "Pemuda",
    "disability": "Disabilitas",
    "disability_type": "Jenis disabilitas",
    "companion": "Pendampingan",
}
PERSONAL_HEADER = ("Nama pelapor", "NIK", "Telepon", "Email", "Anonim")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%".replace(".", ",")


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
) -> Recap:
    month = fig.period.start
    title = f"Rekap Bulanan Pengaduan {month:%m}/{month:%Y}"
    lines = [
        f"Meja pengaduan: {desk_name} ({desk_code})",
        f"Periode: {fig.period.label()}",
        f"Dibuat: {made_at:%d-%m-%Y %H:%M}",
        'Angka 1-4 pada data inklusi dan desa/kelurahan ditulis "<5" agar tidak ada orang yang dapat dikenali.',
    ]
    # A paper copy of the audit trail's head: a trail later cut or rewritten no longer matches it.
    lines.append(
        "Jangkar jejak audit: "
        + (f"baris #{audit_head[0]}, SHA-256 {audit_head[1]}" if audit_head else "jejak audit masih kosong")
    )
    if include_personal:
        lines.append("BERISI DATA PRIBADI (UU PDP 27/2022): simpan dan bagikan hanya untuk keperluan tugas.")
    c = fig.compliance
    summary = Table(
        "Ringkasan",
        ("Ukuran", "Nilai"),
        [
            ("Jumlah pengaduan", fig.total),
            ("Selesai", fig.completed),
            ("Tingkat penyelesaian", _pct(fig.completion_rate)),
            ("Lewat tenggat saat ini", fig.overdue_now),
            ("Kepatuhan tenggat tindak lanjut pertama", _pct(c.rate)),
            ("Ditindaklanjuti tepat waktu", c.on_time),
            ("Ditindaklanjuti terlambat", c.late),
            ("Belum ditindaklanjuti, lewat tenggat", c.overdue_open),
            ("Belum ditindaklanjuti, belum jatuh tempo", c.pending),
            (
                "Median hari kerja sampai tindak lanjut pertama",
                "-"
                if fig.median_workdays_to_follow_up is None
                else f"{fig.median_workdays_to_follow_up:g}".replace(".", ","),
            ),
            (
                "Rata-rata kepuasan pelapor (1-5)",
                "-" if fig.satisfaction_mean is None else f"{fig.satisfaction_mean:.2f}".replace(".", ","),
            ),
        ],
    )
    tables = [
        summary,
        _counts("Menurut status", "Status", fig.by_status, lambda k: _label("status", k)),
        _counts("Menurut jenis laporan", "Jenis", fig.by_type, lambda k: _label("type", k)),
        _counts("Menurut kanal", "Kanal", fig.by_channel, lambda k: _label("channel", k)),
        _counts(
            "Menurut topik",
            "Topik",
            fig.by_topic,
            lambda k: _label("topic", k) if topic_name is None or k == NOT_STATED else topic_name(k),
        ),
        _counts("Menurut kecamatan", "Kecamatan", fig.by_district, region_name),
        _counts("Menurut desa/kelurahan", "Desa/Kelurahan", fig.by_village, region_name),
    ]
    tables.append(
        Table(
            "Kepuasan pelapor",
            ("Nilai", "Keterangan", "Jumlah"),
            [(r, label("satisfaction", r), fig.satisfaction.get(r, 0)) for r in range(5, 0, -1)],
        )
    )
    for dim, name in INCLUSION_TITLES.items():
        values = fig.inclusion.get(dim, {})
        tables.append(_counts(f"Inklusi: {name.lower()}", name, values, lambda k, d=dim: _label(d, k)))  # type: ignore[misc]
    recap = Recap(title, lines, tables)
    if listing is not None:
        header = LISTING_HEADER + (PERSONAL_HEADER if include_personal else ())
        recap.listing = Table("Daftar pengaduan", header, [tuple(r) for r in listing])  # type: ignore[arg-type,misc]
    return recap


def _label(kind: str, code: str) -> str:
    """A code's label from the core's one table; "tidak_diisi" (no answer given) as such."""
    return label("answer", "not_stated") if code == NOT_STATED else label(kind, code)


def _counts(title: str, what: str, values: dict[str, int] | dict[str, Cell], name: Callable[[str], str]) -> Table:
    def order(item: tuple[str, Cell]) -> tuple[int, str]:
        count = item[1]
        return (-(count if isinstance(count, int) else 0), item[0])

    return Table(
        title,
        ("Kode", what, "Jumlah"),
        [(code, name(code), count) for code, count in sorted(values.items(), key=order)],
    )
