"""PUT/HEAD /attachments/{sha256}: content-addressed, checked by hash, size and magic bytes."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile

import httpx
from central_helpers import assert_problem, item, send

PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(64)
PDF = b"%PDF-1.7\n" + os.urandom(64) + b"\n%%EOF\n"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>" + os.urandom(8).hex())
    return buf.getvalue()


def ref(data: bytes, media_type: str, name: str) -> dict[str, object]:
    return {"sha256": sha(data), "size": len(data), "media_type": media_type, "filename": name}


def test_put_head_idempotent_and_complaint_completion(desk_client: httpx.Client) -> None:
    pdf, png = PDF + os.urandom(4), PNG + os.urandom(4)
    refs = [ref(pdf, "application/pdf", "surat.pdf"), ref(png, "image/png", "foto.png")]
    (result,) = send(desk_client, [item(attachments=refs)])
    assert result["attachments_complete"] is False
    assert sorted(result["missing_attachments"]) == sorted([sha(pdf), sha(png)])
    assert desk_client.head(f"/attachments/{sha(pdf)}").status_code == 404
    r = desk_client.put(f"/attachments/{sha(pdf)}", content=pdf)
    assert r.status_code == 201 and r.json()["media_type"] == "application/pdf"
    assert desk_client.put(f"/attachments/{sha(pdf)}", content=pdf).status_code == 200
    head = desk_client.head(f"/attachments/{sha(pdf)}")
    assert head.status_code == 200 and int(head.headers["content-length"]) == len(pdf)
    status = desk_client.get(f"/complaints/{result['tracking_id']}").json()
    assert status["attachments_complete"] is False
    assert desk_client.put(f"/attachments/{sha(png)}", content=png).status_code == 201
    status = desk_client.get(f"/complaints/{result['tracking_id']}").json()
    assert status["attachments_complete"] is True


def test_operators_download_what_desks_uploaded(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    png = PNG + os.urandom(8)
    assert desk_client.put(f"/attachments/{sha(png)}", content=png).status_code == 201
    r = admin_client.get(f"/admin/attachments/{sha(png)}")
    assert r.status_code == 200 and r.content == png
    assert r.headers["content-type"] == "image/png"
    assert_problem(desk_client.get(f"/admin/attachments/{sha(png)}"), 403, "forbidden")
    assert_problem(admin_client.get(f"/admin/attachments/{'0' * 64}"), 404, "not-found")


def test_office_documents_are_accepted(desk_client: httpx.Client) -> None:
    doc = docx()
    r = desk_client.put(f"/attachments/{sha(doc)}", content=doc)
    assert r.status_code == 201
    assert r.json()["media_type"].endswith("wordprocessingml.document")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(512)
    assert desk_client.put(f"/attachments/{sha(ole)}", content=ole).status_code == 201


def test_renamed_exe_and_plain_zip_are_415(desk_client: httpx.Client) -> None:
    exe = b"MZ\x90\x00" + os.urandom(256)
    r = desk_client.put(f"/attachments/{sha(exe)}", content=exe, headers={"content-type": "application/pdf"})
    assert_problem(r, 415, "unsupported-media-type")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("setup.exe", b"MZ" + os.urandom(16))
    plain = buf.getvalue()
    assert_problem(desk_client.put(f"/attachments/{sha(plain)}", content=plain), 415, "unsupported-media-type")
    assert desk_client.head(f"/attachments/{sha(exe)}").status_code == 404


def test_hash_mismatch_is_422(desk_client: httpx.Client) -> None:
    r = desk_client.put(f"/attachments/{sha(b'something else')}", content=PNG)
    body = assert_problem(r, 422, "hash-mismatch")
    assert body["actual"] == sha(PNG)
    assert_problem(desk_client.put("/attachments/NOT-A-HASH", content=PNG), 422, "validation")


def test_oversized_attachment_is_413(desk_client: httpx.Client) -> None:
    big = b"%PDF-" + b"\0" * 2_000_001  # the test server's limit is 2,000,000 bytes
    r = desk_client.put(f"/attachments/{sha(big)}", content=big)
    assert_problem(r, 413, "payload-too-large")

    def chunks() -> object:  # no Content-Length: the server must count as it reads
        for start in range(0, len(big), 65536):
            yield big[start : start + 65536]

    r = desk_client.put(f"/attachments/{sha(big)}", content=chunks())
    assert_problem(r, 413, "payload-too-large")
    (result,) = send(desk_client, [item(attachments=[ref(big, "application/pdf", "besar.pdf")])])
    assert result["status"] == "rejected"
    assert result["errors"][0]["code"] == "attachment_too_large"


def test_attachment_reference_types_are_checked(desk_client: httpx.Client) -> None:
    bad = ref(b"MZ", "application/x-msdownload", "setup.exe")
    (result,) = send(desk_client, [item(attachments=[bad])])
    assert result["status"] == "rejected"
    assert result["errors"][0] == {
        "field": "attachments[0].media_type",
        "code": "attachment_type",
        "message": "Jenis lampiran tidak diterima: application/x-msdownload.",
    }


def test_every_type_the_desk_accepts_is_accepted_by_the_central(tmp_path) -> None:
    """One sniffer on both sides: an ODT or an old .doc attached at the desk is not refused later."""
    import zipfile

    from central.services.attachments import sniff
    from lapor_desk.attachments import ALLOWED, AttachmentStore

    odt = tmp_path / "surat.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    doc = tmp_path / "lama.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    store = AttachmentStore(tmp_path / "store")
    for path in (odt, doc):
        at_desk = store.add(path)
        assert at_desk.media_type in ALLOWED
        assert sniff(path.read_bytes()) == at_desk.media_type
