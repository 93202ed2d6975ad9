"""Attaching a zip bomb at the desk: the type check reads a few bytes of a member, never all of it.

Memory is measured in a subprocess (peak RSS from getrusage, before and after), so the test
runner's own allocations do not blur the figure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from zipbomb import write_office_bomb

LIMIT_MB = 50

PROBE = r"""
import json, resource, sys, zipfile
from pathlib import Path
from lapor_desk.attachments import AttachmentError, AttachmentStore

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

store = AttachmentStore(Path(sys.argv[1]), max_file=10 * 1024 * 1024)
warm = Path(sys.argv[1]).parent / "warm.docx"
with zipfile.ZipFile(warm, "w") as archive:  # load every lazy import before the baseline
    archive.writestr("mimetype", "x")
    archive.writestr("[Content_Types].xml", "<Types/>")
try:
    store.add(warm)
except AttachmentError:
    pass
baseline = peak_mb()
try:
    outcome = store.add(Path(sys.argv[2])).media_type
except AttachmentError as exc:
    outcome = exc.code
print(json.dumps({"baseline_mb": baseline, "peak_mb": peak_mb(), "outcome": outcome}))
"""


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {
        "mimetype": write_office_bomb(folder / "laporan.docx", inflated_mb=400),
        "document": write_office_bomb(folder / "surat.docx", inflated_mb=400, mimetype_member=False),
    }


def _attach_in_subprocess(tmp_path: Path, bomb: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "store"), str(bomb)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_bomb_in_the_mimetype_member_is_refused_with_flat_memory(tmp_path: Path, bombs: dict[str, Path]) -> None:
    assert bombs["mimetype"].stat().st_size < 1024 * 1024  # under 1 MB on disk, 800 MB inflated
    result = _attach_in_subprocess(tmp_path, bombs["mimetype"])
    assert result["outcome"] == "attachment_type"  # neither ODF nor OOXML once its mimetype is read
    grown = float(result["peak_mb"]) - float(result["baseline_mb"])  # type: ignore[arg-type]
    assert grown < LIMIT_MB, f"sniffing grew peak memory by {grown:.0f} MB"


def test_a_bomb_in_a_document_member_is_taken_for_what_it_is_without_inflating(
    tmp_path: Path, bombs: dict[str, Path]
) -> None:
    result = _attach_in_subprocess(tmp_path, bombs["document"])
    assert result["outcome"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    grown = float(result["peak_mb"]) - float(result["baseline_mb"])  # type: ignore[arg-type]
    assert grown < LIMIT_MB, f"sniffing grew peak memory by {grown:.0f} MB"


def test_a_zip_whose_directory_no_office_file_needs_is_refused_unread(tmp_path: Path) -> None:
    import zipfile

    from lapor_desk.attachments import MAX_ZIP_ENTRIES, AttachmentError, AttachmentStore

    crowded = tmp_path / "banyak.docx"
    with zipfile.ZipFile(crowded, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for n in range(MAX_ZIP_ENTRIES + 1):
            archive.writestr(f"word/{n}", b"")
    with pytest.raises(AttachmentError) as refused:
        AttachmentStore(tmp_path / "store").add(crowded)
    assert refused.value.code == "attachment_type"
    assert "banyak.docx" in refused.value.text("id")
