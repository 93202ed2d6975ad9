"""Attachments: checked when attached (type by content, size), stored by SHA-256 under the data dir.

A file is copied into the store the moment it is attached, so a file that vanishes
later, or a USB stick pulled out, costs nothing; a stored file that goes missing or
unreadable is reported, never dropped silently.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from lapor_desk.i18n import CodedError

MB = 1024 * 1024
_CHUNK = 1024 * 1024

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
MS_OFFICE = "application/vnd.ms-office"  # .doc / .xls / .ppt of older Office share one container
ALLOWED = (PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT, ODS, MS_OFFICE)
IMAGES = (JPEG, PNG)


class AttachmentError(CodedError):
    """A file that cannot be attached, and why."""


@dataclass(frozen=True)
class StoredAttachment:
    sha256: str
    filename: str
    media_type: str
    size: int


def sniff(head: bytes, whole: Path | IO[bytes]) -> str | None:
    """The media type from the first bytes (and, for zip-based office files, the entries of
    `whole`: a file path at the desk, the uploaded bytes at the central). One sniffer for both,
    so the central never refuses what the desk accepted."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return MS_OFFICE
    if head.startswith(b"PK\x03\x04"):
        return _zip_office_type(whole)
    return None


def _zip_office_type(path: Path | IO[bytes]) -> str | None:
    import zipfile  # only zip-based files need it; keeps the desk's start-up light

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mime = archive.read("mimetype").decode("ascii", "replace").strip()
                return {ODT: ODT, ODS: ODS}.get(mime)
    except (zipfile.BadZipFile, OSError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    for prefix, media in (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX)):
        if any(n.startswith(prefix) for n in names):
            return media
    return None


class AttachmentStore:
    def __init__(self, root: Path, *, max_file: int = 10 * MB, max_total: int = 25 * MB) -> None:
        self.root = root
        self.max_file = max_file
        self.max_total = max_total

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def add(self, source: Path, *, already_attached: int = 0) -> StoredAttachment:
        """Check `source` and copy it into the store. `already_attached` is the size, in bytes,
        of the complaint's other attachments (for the per-complaint limit)."""
        try:
            size = source.stat().st_size
        except FileNotFoundError as exc:
            raise AttachmentError("attachment_missing", name=source.name) from exc
        except OSError as exc:
            raise AttachmentError("attachment_unreadable", name=source.name) from exc
        if not source.is_file():
            raise AttachmentError("attachment_unreadable", name=source.name)
        if size == 0:
            raise AttachmentError("attachment_empty", name=source.name)
        if size > self.max_file:  # decided from the size alone: a 2 GB file is never read
            raise AttachmentError("attachment_too_big", name=source.name, limit=self.max_file // MB)
        if already_attached + size > self.max_total:
            raise AttachmentError("attachment_total_too_big", limit=self.max_total // MB)
        try:
            with source.open("rb") as handle:
                media = sniff(handle.read(8), source)
        except OSError as exc:
            raise AttachmentError("attachment_unreadable", name=source.name) from exc
        if media not in ALLOWED:
            raise AttachmentError("attachment_type", name=source.name)
        return StoredAttachment(self._copy_in(source), source.name, media, size)

    def _copy_in(self, source: Path) -> str:
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)  # the same content twice is one file
            return sha
        except FileNotFoundError as exc:
            raise AttachmentError("attachment_missing", name=source.name) from exc
        except OSError as exc:
            raise AttachmentError("attachment_unreadable", name=source.name) from exc
        finally:
            Path(tmp).unlink(missing_ok=True)

    def check(self, sha256: str) -> str | None:
        """None when the stored file is there and intact, else a message code."""
        path = self.path_for(sha256)
        digest = hashlib.sha256()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
        except OSError:  # gone or unreadable: either way the desk no longer has the file
            return "attachment_lost"
        return None if digest.hexdigest() == sha256 else "attachment_damaged"
