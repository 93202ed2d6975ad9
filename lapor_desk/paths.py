"""Every filesystem location the desk uses, from one place (platformdirs, overridable)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "lapor-desk"
APP_AUTHOR = "lapor-desk"
HOME_ENV = "LAPOR_DESK_HOME"
DB_ENV = "LAPOR_DESK_DB"


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

    def ensure(self) -> None:
        for path in (self.data_dir, self.config_dir, self.log_dir):
            path.mkdir(parents=True, exist_ok=True)


def default_database_url(paths: Paths, environ: dict[str, str] | None = None) -> str:
    """The database URL: `LAPOR_DESK_DB` if set, else SQLite in the user data dir."""
    env = os.environ if environ is None else environ
    return env.get(DB_ENV) or f"sqlite:///{paths.default_database}"


def resources_dir() -> Path:
    """The shipped `resources/` folder (source tree, editable install or PyInstaller bundle)."""
    return Path(__file__).resolve().parent.parent / "resources"
