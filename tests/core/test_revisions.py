"""A start that finds the database at head does not import alembic (lapor_desk/storage/revisions.py):
the script files' own numbering must name the head alembic finds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from lapor_desk.storage.database import MIGRATIONS_DIR, Database
from lapor_desk.storage.revisions import newest_revision

# Opens the database as every command does, then imports every command: alembic stays out.
OPEN_AND_LOOK = (
    "import sys; from lapor_desk.storage.database import open_database; "
    "open_database(sys.argv[1]).dispose(); import lapor_desk.cli, lapor_desk.desk; "
    "print(sorted(m for m in ('alembic', 'mako') if m in sys.modules))"
)


def _script() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg)


def test_the_newest_script_file_is_alembics_only_head() -> None:
    script = _script()
    assert script.get_heads() == [newest_revision()]


def test_every_revision_is_in_the_file_numbered_after_it_in_one_line() -> None:
    revisions = list(reversed(list(_script().walk_revisions())))
    assert [r.revision for r in revisions] == [f"{n:04d}" for n in range(1, len(revisions) + 1)]
    for earlier, later in zip(revisions, revisions[1:], strict=False):
        assert later.down_revision == earlier.revision
    for rev in revisions:
        assert rev.path is not None and Path(rev.path).name.startswith(rev.revision + "_")


def test_a_database_at_head_opens_without_alembic(db: Database, db_url: str) -> None:
    assert db.current_revision() == newest_revision()
    at_head = subprocess.run([sys.executable, "-c", OPEN_AND_LOOK, db_url], capture_output=True, text=True)
    assert at_head.returncode == 0, at_head.stderr
    assert at_head.stdout.split("\n")[-2] == "[]"
    db.dispose()
