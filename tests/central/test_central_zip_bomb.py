"""A desk uploads a zip bomb over HTTP to a real server: the type check stays within 50 MB.

The server runs with one worker, so it is the process we started; its peak RSS (VmHWM) is
reset to the current RSS after a warm-up upload, then read after each bomb.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from zipbomb import write_office_bomb

from central.testing import RunningServer, running_server

LIMIT_MB = 50
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _status(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB -> MB
    raise AssertionError(f"{field} not in /proc/{pid}/status")


def _reset_peak(pid: int) -> float:
    """Peak RSS back to the current RSS (Linux >= 4.0); the baseline is then the current RSS."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    return _status(pid, "VmRSS")


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("central-bomb")
    with running_server(serve_args=("--workers", "1"), work_dir=folder) as server:
        yield server


def _put(server: RunningServer, data: bytes) -> httpx.Response:
    sha = hashlib.sha256(data).hexdigest()
    with httpx.Client(base_url=server.api_url, headers=server.auth(), timeout=120) as client:
        return client.put(f"/attachments/{sha}", content=data)


@pytest.mark.parametrize(("mimetype_member", "status"), [(True, 415), (False, 201)])
def test_zip_bomb_upload_keeps_the_server_flat(
    one_worker: RunningServer, tmp_path: Path, mimetype_member: bool, status: int
) -> None:
    pid = one_worker.pid
    warm = io.BytesIO()
    with zipfile.ZipFile(warm, "w") as archive:
        archive.writestr("mimetype", "x" + tmp_path.name)
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert _put(one_worker, warm.getvalue()).status_code == 415
    baseline = _reset_peak(pid)
    bomb = write_office_bomb(tmp_path / "bom.docx", inflated_mb=400, mimetype_member=mimetype_member)
    response = _put(one_worker, bomb.read_bytes())
    assert response.status_code == status, response.text
    if status == 201:
        assert response.json()["media_type"] == DOCX
    grown = _status(pid, "VmHWM") - baseline
    assert grown < LIMIT_MB, f"the server's peak memory grew by {grown:.0f} MB"
