"""Encrypted backups (`backup --encrypt`): a passphrase-derived key, AES-256-GCM in chunks.

File format, version 1 (all integers big-endian):

    offset  size  field
    0       16    magic  b"LAPOR-DESK-BAK\\x00\\x01" (the last byte is the format version)
    16      1     scrypt log2(n)   (15: n = 32768)
    17      1     scrypt r         (8)
    18      1     scrypt p         (1)
    19      16    salt             (random)
    35      8     nonce prefix     (random)
    43      ...   chunks: u32 length of the sealed chunk, then the sealed chunk
                  (AES-256-GCM of up to 1 MiB of the SQLite file, with its 16-byte tag)

The key is scrypt(passphrase in UTF-8, salt, n, r, p) -> 32 bytes. Chunk i is sealed with
the nonce `prefix || u32(i)` and the associated data `header (43 bytes) || u32(i) || final`,
where `final` is 1 for the last chunk and 0 otherwise: a chunk cannot be moved, dropped,
or the file cut short without the check failing. A wrong passphrase fails on the first chunk.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from lapor_desk.backups.copy import Progress, drop_cached
from lapor_desk.storage.errors import StorageError

MAGIC = b"LAPOR-DESK-BAK\x00\x01"
VERSION = 1
HEADER = struct.Struct(">16sBBB16s8s")
CHUNK = 1024 * 1024
WRITE_BEHIND = 32 * CHUNK  # every 32 MiB: start writing out what was sealed, drop what was read
LOG2_N, R, P = 15, 8, 1


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC) - 1) == MAGIC[:-1]
    except OSError:
        return False


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_file(plain: Path, sealed: Path, passphrase: str, *, progress: Progress | None = None) -> None:
    """Write `plain` encrypted to `sealed` (an existing, empty, private file); `progress`
    hears (bytes done, bytes in all) after each chunk, on the calling thread."""
    if not passphrase:
        raise StorageError("backup_passphrase_empty")
    salt, prefix = os.urandom(16), os.urandom(8)
    header = HEADER.pack(MAGIC, LOG2_N, R, P, salt, prefix)
    aead = AESGCM(_key(passphrase, salt, LOG2_N, R, P))
    with plain.open("rb") as src, sealed.open("wb") as out:
        total, done = os.fstat(src.fileno()).st_size, 0
        out.write(header)
        for index, chunk, final in _chunks(src):
            sealed_chunk = aead.encrypt(prefix + struct.pack(">I", index), chunk, _aad(header, index, final))
            out.write(struct.pack(">I", len(sealed_chunk)))
            out.write(sealed_chunk)
            done += len(chunk)
            if done % WRITE_BEHIND < len(chunk):
                out.flush()
                drop_cached(out.fileno(), out.tell())
                drop_cached(src.fileno(), done)
            if progress is not None:
                progress(done, total)
        out.flush()
        os.fsync(out.fileno())


def decrypt_file(sealed: Path, plain: Path, passphrase: str) -> None:
    """Write the SQLite file inside `sealed` to `plain`; StorageError for a wrong passphrase,
    a damaged or cut-short file, or a format this version does not know."""
    with sealed.open("rb") as src, plain.open("wb") as out:
        raw = src.read(HEADER.size)
        if len(raw) < HEADER.size or raw[: len(MAGIC) - 1] != MAGIC[:-1]:
            raise StorageError("backup_not_encrypted", path=str(sealed))
        magic, log2_n, r, p, salt, prefix = HEADER.unpack(raw)
        if magic[-1] != VERSION:
            raise StorageError("backup_format_newer", path=str(sealed), version=magic[-1])
        if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
            raise StorageError("backup_damaged", path=str(sealed), detail="scrypt parameters")
        aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
        index, final_seen = 0, False
        while True:
            length_bytes = src.read(4)
            if not length_bytes:
                break
            if final_seen or len(length_bytes) < 4:
                raise StorageError("backup_damaged", path=str(sealed), detail="trailing bytes")
            (length,) = struct.unpack(">I", length_bytes)
            body = src.read(length)
            if len(body) != length or length > CHUNK + 16:
                raise StorageError("backup_damaged", path=str(sealed), detail="cut short")
            nonce = prefix + struct.pack(">I", index)
            try:
                out.write(aead.decrypt(nonce, body, _aad(raw, index, False)))
            except InvalidTag:
                try:
                    out.write(aead.decrypt(nonce, body, _aad(raw, index, True)))
                    final_seen = True
                except InvalidTag:
                    code = "backup_wrong_passphrase" if index == 0 else "backup_damaged"
                    raise StorageError(code, path=str(sealed), detail=f"chunk {index}") from None
            index += 1
        if not final_seen:
            raise StorageError("backup_damaged", path=str(sealed), detail="cut short")
        out.flush()
        os.fsync(out.fileno())


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">IB", index, 1 if final else 0)


def _chunks(src: BinaryIO) -> Iterator[tuple[int, bytes, bool]]:
    """(index, bytes, is_last) over the file; an empty file is one empty final chunk."""
    index, current = 0, src.read(CHUNK)
    while True:
        following = src.read(CHUNK)
        yield index, current, not following
        if not following:
            return
        index, current = index + 1, following
