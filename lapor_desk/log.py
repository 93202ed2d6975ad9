"""Logging set up in one function: a rotating file in the user log dir, console in development."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from lapor_desk.i18n import translate


def setup_logging(log_dir: Path, *, debug: bool = False, console: bool = False) -> bool:
    """Returns False when the log folder cannot be written and logging fell back to the console
    (a portable install on read-only media, a full disk): the desk still starts."""
    root = logging.getLogger()
    # A log write that fails later (the disk filled up) must not print a traceback per line.
    logging.raiseExceptions = debug
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler | None = logging.handlers.RotatingFileHandler(
            log_dir / "lapor-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        file_handler = None
    if file_handler is not None:
        file_handler.setFormatter(fmt)
        root.addHandler(file_handler)
    if console or debug or file_handler is None:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        stream.setLevel(logging.DEBUG if debug else logging.WARNING)
        root.addHandler(stream)
    for noisy in ("sqlalchemy", "alembic", "urllib3", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if file_handler is None:
        logging.getLogger(__name__).warning(translate("log_console_only", "en", {"path": str(log_dir)}))
    return file_handler is not None
