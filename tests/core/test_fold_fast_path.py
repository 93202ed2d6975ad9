"""Migration 0015: lapor_fold returns ASCII text as it is without translate(), and folds every
other text exactly as 0013's function did (so stored search vectors stay valid)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from lapor_desk.storage.database import open_database
from tests.desk_engines import PostgresDesks

SAMPLES = (
    "Jalan desa rusak parah sejak tiga bulan",
    "Jembatan Cikönéng ambruk",
    "ANDRÉ Sëtiawan, Łódź, Đà Nẵng, ø",
    'tab\tand newline\nand ~!@#$%^&*()_+{}|:"<>?',
    "",
    "日本語 and Ünïcödé",
)


def _folded(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [conn.execute(text("SELECT lapor_fold(:v)"), {"v": v}).scalar_one() for v in SAMPLES]
    finally:
        engine.dispose()


def test_same_folds_before_and_after(postgres_desks: PostgresDesks) -> None:
    url = postgres_desks.empty()
    db = open_database(url)
    try:
        after = _folded(url)
        with db.engine.begin() as conn:
            command.downgrade(db._alembic_config(conn), "0014")
        before = _folded(url)
        with db.engine.begin() as conn:
            command.upgrade(db._alembic_config(conn), "head")
        assert _folded(url) == after
    finally:
        db.dispose()
    assert before == after
    assert after[0] == SAMPLES[0]
    assert after[1] == "Jembatan Cikoneng ambruk"
    assert after[2].startswith("ANDRE Setiawan, Lodz, Da Nang")
