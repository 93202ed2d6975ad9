"""The files an import reads and spills: opened only when they are files, digested whole,
and the anonymous spill file of pass one (see lapor_desk.transfer.importer)."""

from __future__ import annotations

import errno
import hashlib
import logging
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

LOG = logging.getLogger("lapor_desk.transfer.importer")  # the import's log, as before


def log_without_data(exc: BaseException) -> None:
    """Where it failed (files and lines), never the message or values, which may hold a NIK."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-8:]))
    LOG.error("import failed: %s at %s", type(exc).__name__, where)


def refuse_non_file(path: Path) -> None:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
    if not path.exists():
        raise FileNotFoundError(errno.ENOENT, "not found", str(path))


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open_file(path) as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def spill_file(wanted: bool) -> Iterator[IO[bytes] | None]:
    """Where pass one keeps the rows it converted (see the module's docstring)."""
    if not wanted:
        yield None
        return
    with tempfile.TemporaryFile(prefix="lapor-import-") as handle:
        yield handle


@contextmanager
def open_file(path: Path) -> Iterator[IO[bytes]]:
    refuse_non_file(path)
    with path.open("rb") as handle:
        yield handle
