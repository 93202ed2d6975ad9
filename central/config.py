"""Server settings, declared once; read from the environment so every uvicorn worker sees them."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs

APP_NAME = "lapor-central"
ENV_PREFIX = "LAPOR_CENTRAL_"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def data_dir() -> Path:
    """The server's own data folder; LAPOR_CENTRAL_HOME overrides it (tests, portable)."""
    home = os.environ.get(ENV_PREFIX + "HOME")
    return Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def default_db_url() -> str:
    return os.environ.get(ENV_PREFIX + "DB") or f"sqlite:///{data_dir() / 'central.sqlite3'}"


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs; `to_env`/`from_env` carry it across the uvicorn fork."""

    db_url: str
    max_attachment_bytes: int = 10 * 1024 * 1024
    max_request_bytes: int = 32 * 1024 * 1024  # a full batch of 500 long complaints fits
    rate_limit_per_minute: int = 0  # per desk, shared by every worker and process; 0 switches it off
    pool_size: int = 20  # PostgreSQL connections per worker (requests beyond it wait for one)
    pool_timeout_ms: int = 5000  # how long a request waits for a connection before a 503
    flag_ttl_ms: int = 1000  # how long a worker trusts its last look at the maintenance flag
    access_log: int = 0  # 1: one line per request on stderr (central.middleware.access_line)
    docs: int = 0  # 1: the interactive docs page (its scripts come from a CDN, so off by default)

    def to_env(self) -> dict[str, str]:
        return {ENV_PREFIX + f.name.upper(): str(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_env(cls) -> Settings:
        values: dict[str, object] = {"db_url": default_db_url()}
        for f in fields(cls):
            raw = os.environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None and f.name != "db_url":
                values[f.name] = int(raw)
            elif raw is not None:
                values[f.name] = raw
        return cls(**values)  # type: ignore[arg-type]
