"""413 and 415 on an attachment: that complaint needs a fix naming the file; the rest go through.

The central under test takes attachments up to 200,000 bytes (SERVE_ARGS) and sniffs
their content; the desk takes up to 10 MB and checked the type when the file was
attached, so both refusals are real answers of the real central.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from pathlib import Path

import pytest

from central.testing import RunningServer
from lapor_desk.attachments import AttachmentStore
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.sync.problems import as_validation_result, reasons

from central_db import arrived, attachments_of
from factories import walk_in
from sync_helpers import central_complaint, open_desk

# Storage behaviour of the sync: on the office's PostgreSQL too.
pytestmark = pytest.mark.usefixtures("both_engines")

CENTRAL_LIMIT = 200_000  # --max-attachment-bytes in SERVE_ARGS
_desk_numbers = itertools.count(1)  # one desk code per test on the shared central


def _pdf(path: Path, size: int, seed: int) -> Path:
    head = b"%PDF-1.4\n"
    path.write_bytes(head + random.Random(seed).randbytes(size - len(head)))
    return path


def _attach(store: AttachmentStore, source: Path) -> Attachment:
    stored = store.add(source)
    return Attachment(stored.sha256, stored.filename, stored.media_type, stored.size)


def _legacy_gif(store: AttachmentStore, name: str) -> Attachment:
    """A GIF that an older desk version let through: in the store, but of a type the
    central's sniffer (and today's desk) do not accept."""
    content = b"GIF89a" + random.Random(5).randbytes(900)
    sha = hashlib.sha256(content).hexdigest()
    path = store.path_for(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return Attachment(sha, name, "image/gif", len(content))


@pytest.fixture
def setup(tmp_path: Path, central: RunningServer, request: pytest.FixtureRequest) -> tuple[Desk, str]:
    code = f"ATT-{next(_desk_numbers)}"
    token = central.add_desk(code)
    desk = open_desk(tmp_path / "desk", central.api_url, token)
    request.addfinalizer(desk.close)
    return desk, code


@pytest.mark.parametrize("oversize", [CENTRAL_LIMIT + 50_000, CENTRAL_LIMIT * 6], ids=["drained", "cut-off"])
def test_a_too_large_attachment_needs_a_fix_naming_it_and_the_rest_go_through(
    setup: tuple[Desk, str], tmp_path: Path, central: RunningServer, oversize: int
) -> None:
    desk, code = setup
    assert desk.sync is not None
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    big = _attach(store, _pdf(tmp_path / "scan-besar.pdf", oversize, 1))
    small = _attach(store, _pdf(tmp_path / "ktp.pdf", 5_000, 2))
    before = [desk.complaints.record(walk_in(title=f"Sebelum yang besar nomor {i}")).complaint for i in range(3)]
    refused = desk.complaints.record(
        walk_in(title="Pengaduan dengan pindaian besar"), extras=Extras(attachments=(small, big))
    ).complaint
    after = [
        desk.complaints.record(
            walk_in(title=f"Sesudah yang besar nomor {i}"), extras=Extras(attachments=(small,)) if i == 0 else None
        ).complaint
        for i in range(3)
    ]

    report = desk.sync.run_cycle()

    assert report.outcome == "ok", report
    for c in before + after:
        item = desk.sync.item(c.id)
        assert item is not None and item["state"] == "synced", (c.title, item)
    item = desk.sync.item(refused.id)
    assert item is not None and item["state"] == "needs_fix" and item["tracking_id"] is None
    [attention] = desk.sync.needs_attention()
    assert attention.complaint_id == refused.id
    [error] = attention.errors
    assert error["field"] == "attachments[1]" and error["sha256"] == big.sha256
    [why] = reasons(attention.errors)
    # names the file and the central's own limit (not the cut-off past it), in plain Indonesian
    assert "scan-besar.pdf" in why and "0.19 MB" in why, why
    assert [m.field for m in as_validation_result(attention.errors).errors] == ["attachments"]
    # The refusal is in the complaint's own sending history, with the central's answer.
    history = desk.sync.history(refused.id)
    assert [h["http_status"] for h in history] == [413]
    assert history[0]["result"] == "refused" and history[0]["request"].startswith("PUT /attachments/")
    assert desk.sync.run_cycle().outcome == "ok"  # it stays put: no retry loop, no new attempt
    assert len(desk.sync.history(refused.id)) == 1

    # The clerk removes the big scan and saves: the complaint goes again, with the small file.
    desk.complaints.record(
        walk_in(title="Pengaduan dengan pindaian besar"), complaint_id=refused.id, extras=Extras(attachments=(small,))
    )
    assert desk.sync.item(refused.id)["state"] == "pending"  # type: ignore[index]
    assert desk.sync.run_cycle().synced == 1
    item = desk.sync.item(refused.id)
    assert item is not None and item["state"] == "synced" and item["revision"] == 2
    assert desk.sync.needs_attention() == []
    remote = central_complaint(central, int(item["tracking_id"]))
    assert remote["revision"] == 2
    got = {r["client_id"]: r for r in arrived(central, code)}
    assert len(got) == 7
    files = attachments_of(central, code)
    assert files[refused.client_id] == [(small.sha256, True)]


def test_an_attachment_of_a_refused_type_needs_a_fix_then_a_replacement_goes(
    setup: tuple[Desk, str], tmp_path: Path, central: RunningServer
) -> None:
    desk, code = setup
    assert desk.sync is not None
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    gif = _legacy_gif(store, "denah-lokasi.gif")
    others = [desk.complaints.record(walk_in(title=f"Pengaduan biasa nomor {i}")).complaint for i in range(2)]
    # Two complaints share the refused file: both need the fix, each names it.
    refused = [
        desk.complaints.record(
            walk_in(title=f"Dengan denah lama nomor {i}"), extras=Extras(attachments=(gif,))
        ).complaint
        for i in range(2)
    ]

    report = desk.sync.run_cycle()

    assert report.outcome == "ok", report
    assert all(desk.sync.item(c.id)["state"] == "synced" for c in others)  # type: ignore[index]
    attention = desk.sync.needs_attention()
    assert [a.complaint_id for a in attention] == [c.id for c in refused]
    for a in attention:
        [why] = reasons(a.errors)
        assert "denah-lokasi.gif" in why and "PDF, JPEG, PNG" in why, why
        assert [h["http_status"] for h in desk.sync.history(a.complaint_id)] == [415]
    assert "denah-lokasi.gif" in reasons(attention[0].errors, "en")[0]

    # One is fixed by replacing the file with a PDF; the other is left as it is.
    pdf = _attach(store, _pdf(tmp_path / "denah-lokasi.pdf", 3_000, 3))
    desk.complaints.record(
        walk_in(title="Dengan denah lama nomor 0"), complaint_id=refused[0].id, extras=Extras(attachments=(pdf,))
    )
    report = desk.sync.run_cycle()
    assert report.synced == 1 and report.refused == 0
    assert [a.complaint_id for a in desk.sync.needs_attention()] == [refused[1].id]
    assert attachments_of(central, code)[refused[0].client_id] == [(pdf.sha256, True)]
    assert len(arrived(central, code)) == 3


def test_an_attachment_gone_from_the_store_needs_a_fix_naming_it(setup: tuple[Desk, str], tmp_path: Path) -> None:
    desk, _code = setup
    assert desk.sync is not None
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    lost = _attach(store, _pdf(tmp_path / "surat-kuasa.pdf", 2_000, 4))
    c = desk.complaints.record(walk_in(), extras=Extras(attachments=(lost,))).complaint
    ok = desk.complaints.record(walk_in(title="Tanpa lampiran apa pun")).complaint
    store.path_for(lost.sha256).unlink()
    assert desk.sync.run_cycle().outcome == "ok"
    assert desk.sync.item(ok.id)["state"] == "synced"  # type: ignore[index]
    [attention] = desk.sync.needs_attention()
    assert attention.complaint_id == c.id
    assert "surat-kuasa.pdf" in reasons(attention.errors)[0]


def test_a_batch_too_large_for_the_central_is_split_and_only_an_oversized_complaint_needs_a_fix(tmp_path: Path) -> None:
    from central.testing import running_server

    from sync_helpers import SERVE_ARGS

    # A central that takes small requests only: ~3 ordinary complaints per request.
    with running_server(
        serve_args=(*SERVE_ARGS, "--max-request-bytes", "6000"), work_dir=tmp_path / "central"
    ) as server:
        desk = open_desk(tmp_path / "desk", server.api_url, server.desk_token)
        try:
            assert desk.sync is not None
            desk.settings.set_text("sync.batch_size", "20")
            ordinary = [
                desk.complaints.record(walk_in(title=f"Pengaduan biasa nomor {i}")).complaint for i in range(12)
            ]
            huge = desk.complaints.record(
                walk_in(title="Kronologi yang sangat panjang", body="Kronologi kejadian. " * 350)
            ).complaint
            report = desk.sync.run_cycle()
            assert report.outcome == "ok", report
            assert report.synced == 12 and report.refused == 1
            assert all(desk.sync.item(c.id)["state"] == "synced" for c in ordinary)  # type: ignore[index]
            [attention] = desk.sync.needs_attention()
            assert attention.complaint_id == huge.id
            assert "6000" in reasons(attention.errors)[0]
            assert 413 in [h["http_status"] for h in desk.sync.history(ordinary[0].id)]
            assert len(arrived(server, server.desk_code)) == 12
        finally:
            desk.close()
