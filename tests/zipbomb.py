"""Office documents that inflate far beyond their size on the wire (zip bombs), for the sniffers.

Written member by member in 1 MB pieces, so making one never holds it in memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

MB = 1024 * 1024


def write_office_bomb(path: Path, *, inflated_mb: int = 400, mimetype_member: bool = True) -> Path:
    """A docx-shaped zip whose `word/document.xml` inflates to `inflated_mb` MB; with
    `mimetype_member`, an ODF-style `mimetype` entry of the same size comes first (the member a
    sniffer reads to tell ODT from OOXML)."""
    block = b" " * MB
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        if mimetype_member:
            with archive.open("mimetype", "w", force_zip64=True) as member:
                for _ in range(inflated_mb):
                    member.write(block)
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b"<w:document>")
            for _ in range(inflated_mb):
                member.write(block)
            member.write(b"</w:document>")
    return path
