"""Every filesystem location the desk uses, from one place (platformdirs, overridable)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

# What the desk keeps (NIKs, phones, addresses, the audit trail) is for its OS account alone:
# folders 0700 and files 0600, whatever umask the desk was started with.
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
PRIVATE_UMASK = 0o077

APP_NAME = "lapor-desk"
APP_AUTHOR = "lapor-desk"
HOME_ENV = "LAPOR_DESK_HOME"
DB_ENV = "LAPOR_DESK_DB"
# Office mode chosen in the set-up wizard: the office PostgreSQL's address, in the config folder.
OFFICE_URL_FILE = "office-database.url"


@dataclass(frozen=True)
class Paths:
    """Where data, configuration, logs and backups live.

    `LAPOR_DESK_HOME` puts everything under one folder: used by tests and by
    portable installs on a USB stick.
    """

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def from_environment(cls, environ: os._Environ[str] | dict[str, str] | None = None) -> Paths:
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV)
        if home:
            root = Path(home)
            return cls(root / "data", root / "config", root / "logs")
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )

    @property
    def default_database(self) -> Path:
        return self.data_dir / "lapor-desk.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def private_dirs(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.log_dir, self.backup_dir)

    def ensure(self) -> None:
        """Create the folders, private to this OS account, as is everything created after this."""
        restrict_new_files()
        for path in self.private_dirs:
            path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)

    def tighten(self) -> list[Path]:
        """An older install's folders and files made owner-only (at every start but `doctor`,
        which reports such drift instead of hiding it)."""
        return tighten(self.private_dirs)


def restrict_new_files() -> None:
    """Everything this process creates from now on (database, -wal, -shm, logs, backups, exports,
    attachments) is 0600, folders 0700: SQLite and the logging module create files with the
    umask, so the umask is where this is decided, once, at start."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def tighten(folders: Iterable[Path]) -> list[Path]:
    """Make each folder at most 0700 and every file under it at most 0600 (an install made before
    this rule, or files copied in); returns what was changed. Symbolic links are left alone."""
    changed: list[Path] = []
    if os.name != "posix":
        return changed  # NTFS: the per-user profile folders already keep other accounts out
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        changed += _chmod(folder, PRIVATE_DIR)
        for root, dirs, files in os.walk(folder):
            for name in dirs:
                changed += _chmod(Path(root, name), PRIVATE_DIR)
            for name in files:
                changed += _chmod(Path(root, name), PRIVATE_FILE)
    if changed:
        log.info("tightened %d file(s)/folder(s) to owner-only access", len(changed))
    return changed


def tighten_files(paths: Iterable[Path]) -> list[Path]:
    """0600 for the given files that exist (a database named with --db and its -wal/-shm)."""
    changed: list[Path] = []
    if os.name == "posix":
        for path in paths:
            if path.is_file():
                changed += _chmod(path, PRIVATE_FILE)
    return changed


def _chmod(path: Path, mode: int) -> list[Path]:
    """Take away what `mode` does not allow (group and others); never add: a folder its owner
    made read-only stays read-only."""
    try:
        st = path.lstat()
        current = stat.S_IMODE(st.st_mode)
        wanted = current & mode
        if stat.S_ISLNK(st.st_mode) or wanted == current:
            return []
        os.chmod(path, wanted)
    except OSError as exc:  # not ours, or gone meanwhile: say so, do not stop the desk
        log.warning("could not restrict %s: %s", path, exc)
        return []
    return [path]


def sqlite_files(database: Path) -> tuple[Path, ...]:
    """A SQLite database and the files SQLite keeps beside it."""
    return (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        database.with_name(database.name + "-journal"),
    )


def default_database_url(paths: Paths, environ: dict[str, str] | None = None) -> str:
    """The database URL: `LAPOR_DESK_DB` if set, else the office database the set-up wizard
    chose (office mode), else SQLite in the user data dir."""
    env = os.environ if environ is None else environ
    if env.get(DB_ENV):
        return env[DB_ENV]
    office = paths.config_dir / OFFICE_URL_FILE
    try:
        chosen = office.read_text(encoding="utf-8").strip()
    except OSError:
        chosen = ""
    return chosen or f"sqlite:///{paths.default_database}"


def resources_dir() -> Path:
    """The shipped `resources/` folder (source tree, editable install or PyInstaller bundle)."""
    return Path(__file__).resolve().parent.parent / "resources"
