"""The default reference data a fresh server starts with; `reference load FILE` replaces it."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

# A small LAPOR!-style topic tree (id, parent, name).
_TOPICS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "kesehatan": (
        "Kesehatan",
        [("bpjs", "BPJS Kesehatan"), ("puskesmas", "Puskesmas dan Rumah Sakit")],
    ),
    "pendidikan": (
        "Pendidikan",
        [("ppdb", "Penerimaan Peserta Didik Baru"), ("bantuan", "Bantuan Pendidikan")],
    ),
    "infrastruktur": (
        "Infrastruktur",
        [("jalan", "Jalan dan Jembatan"), ("drainase", "Drainase dan Banjir")],
    ),
    "kependudukan": (
        "Administrasi Kependudukan",
        [("ktp", "KTP Elektronik"), ("kk", "Kartu Keluarga")],
    ),
    "sosial": (
        "Sosial",
        [("bansos", "Bantuan Sosial"), ("disabilitas", "Layanan Penyandang Disabilitas")],
    ),
    "lingkungan": (
        "Lingkungan Hidup",
        [("sampah", "Sampah dan Kebersihan"), ("pencemaran", "Pencemaran")],
    ),
    "ketertiban": ("Ketentraman dan Ketertiban Umum", []),
    "pelayanan-publik": ("Pelayanan Publik Lainnya", []),
}

_AGENCIES = [
    ("kemenpanrb", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "pusat"),
    ("bpjs-kesehatan", "BPJS Kesehatan", "pusat"),
    ("kemendikdasmen", "Kementerian Pendidikan Dasar dan Menengah", "pusat"),
    ("pemprov-bali", "Pemerintah Provinsi Bali", "provinsi"),
    ("pemprov-diy", "Pemerintah Daerah D.I. Yogyakarta", "provinsi"),
    ("pemprov-sumbar", "Pemerintah Provinsi Sumatera Barat", "provinsi"),
    ("pemkab-bandung", "Pemerintah Kabupaten Bandung", "kabupaten"),
    ("pemkab-sleman", "Pemerintah Kabupaten Sleman", "kabupaten"),
    ("pemkab-tangerang", "Pemerintah Kabupaten Tangerang", "kabupaten"),
    (
        "disdukcapil-bandung",
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bandung",
        "kabupaten",
    ),
    ("dpupr-bandung", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bandung", "kabupaten"),
    ("dinkes-sleman", "Dinas Kesehatan Kabupaten Sleman", "kabupaten"),
]

# The KOICA-UNDP pilot regions, used when the shipped region file is absent.
_PILOT_REGIONS = [
    ("13", "", "province", "Sumatera Barat"),
    ("32", "", "province", "Jawa Barat"),
    ("32.04", "32", "regency", "Kabupaten Bandung"),
    ("34", "", "province", "Daerah Istimewa Yogyakarta"),
    ("34.04", "34", "regency", "Kabupaten Sleman"),
    ("36", "", "province", "Banten"),
    ("36.03", "36", "regency", "Kabupaten Tangerang"),
    ("51", "", "province", "Bali"),
]
_REGION_FILE = Path(__file__).resolve().parent.parent / "resources" / "regions" / "regions.tsv.gz"


def default_reference() -> dict[str, list[dict[str, Any]]]:
    categories: list[dict[str, Any]] = []
    for topic_id, (name, children) in _TOPICS.items():
        categories.append({"id": topic_id, "parent": None, "name": name})
        for child_id, child_name in children:
            categories.append({"id": f"{topic_id}.{child_id}", "parent": topic_id, "name": child_name})
    agencies = [{"id": a, "name": n, "level": lvl} for a, n, lvl in _AGENCIES]
    return {"categories": categories, "agencies": agencies, "regions": _regions()}


def _regions() -> list[dict[str, Any]]:
    """Provinces and regencies from the shipped Kemendagri file (idn-area-data, ODbL)."""
    rows = _PILOT_REGIONS
    if _REGION_FILE.exists():
        with gzip.open(_REGION_FILE, "rt", encoding="utf-8") as fh:
            next(fh)
            parsed = [line.rstrip("\n").split("\t") for line in fh]
        rows = [(c, p, lvl, n) for c, p, lvl, n in parsed if lvl in ("province", "regency")]
    return [{"code": c, "parent_code": p or None, "level": lvl, "name": n} for c, p, lvl, n in rows]
