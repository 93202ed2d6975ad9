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


# Sniffing a zip never inflates a member: it reads the central directory (its size capped first)
# and at most MIMETYPE_READ bytes of the `mimetype` member. An 800 KB document whose `mimetype`
# inflates to 400 MB took 800 MB of memory when it was read whole (tests/core/test_zip_bomb.py).
MIMETYPE_READ = 128
MAX_ZIP_ENTRIES = 5000  # real office files hold tens to a few hundred; each entry costs memory
MAX_ZIP_DIRECTORY = 2 * MB
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22


def _zip_office_type(source: Path | IO[bytes]) -> str | None:
    try:
        if isinstance(source, Path):
            with source.open("rb") as handle:
                return _zip_office_type_of(handle)
        return _zip_office_type_of(source)
    except OSError:
        return None


def _zip_office_type_of(handle: IO[bytes]) -> str | None:
    import zipfile  # only zip-based files need it; keeps the desk's start-up light

    if not _directory_is_small(handle):  # before ZipFile builds one object per entry
        return None
    try:
        with zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    # read(n) inflates only until n bytes come out, whatever the member's size
                    mime = member.read(MIMETYPE_READ).decode("ascii", "replace").strip()
                return {ODT: ODT, ODS: ODS}.get(mime)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError, EOFError):
        return None  # corrupt, encrypted, an unknown compression: not a document we take
    if "[Content_Types].xml" not in names:
        return None
    for prefix, media in (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX)):
        if any(n.startswith(prefix) for n in names):
            return media
    return None


def _directory_is_small(handle: IO[bytes]) -> bool:
    """The end-of-directory record's entry count and directory size, as ZipFile finds it (the
    last one in the file's final 64 KB): a listing no office file needs is refused unread."""
    handle.seek(0, 2)
    size = handle.tell()
    tail_start = max(0, size - (_EOCD_SIZE + 65535))
    handle.seek(tail_start)
    tail = handle.read(size - tail_start)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        return False
    record = tail[at : at + _EOCD_SIZE]
    entries = int.from_bytes(record[10:12], "little")
    directory = int.from_bytes(record[12:16], "little")
    return entries <= MAX_ZIP_ENTRIES and directory <= MAX_ZIP_DIRECTORY


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
