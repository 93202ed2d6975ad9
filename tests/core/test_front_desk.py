"""Front-desk core: attachments checked by content and size, duplicates, returning citizens, replies."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from lapor_desk.attachments import DOCX, JPEG, PDF, PNG, AttachmentError, AttachmentStore
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.services.complaints import ComplaintService

from factories import walk_in

PDF_BYTES = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "attachments", max_file=10 * 1024 * 1024, max_total=25 * 1024 * 1024)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def test_types_are_recognised_by_content(store: AttachmentStore, tmp_path: Path) -> None:
    assert store.add(write(tmp_path / "surat.pdf", PDF_BYTES)).media_type == PDF
    assert store.add(write(tmp_path / "foto.JPG", JPEG_BYTES)).media_type == JPEG
    assert store.add(write(tmp_path / "tanpa-ekstensi", PNG_BYTES)).media_type == PNG  # no extension needed
    assert store.add(docx(tmp_path / "kronologi.docx")).media_type == DOCX


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("program.pdf", b"MZ\x90\x00\x03" + b"\x00" * 100, "attachment_type"),  # an .exe renamed
        ("arsip.docx", b"PK\x03\x04" + b"\x00" * 100, "attachment_type"),  # a broken zip
        ("kosong.pdf", b"", "attachment_empty"),
    ],
)
def test_bad_files_are_refused_with_a_reason(
    store: AttachmentStore, tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    with pytest.raises(AttachmentError) as info:
        store.add(write(tmp_path / name, data))
    assert info.value.code == code
    assert name in info.value.text("id") or code == "attachment_total_too_big"


def test_a_two_gigabyte_file_is_refused_by_its_size_alone(store: AttachmentStore, tmp_path: Path) -> None:
    huge = tmp_path / "rekaman.pdf"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: takes no disk, but stat says 2 GB
    with pytest.raises(AttachmentError) as info:
        store.add(huge)
    assert info.value.code == "attachment_too_big"
    assert info.value.text("id") == "Berkas rekaman.pdf lebih dari 10 MB."


def test_total_per_complaint_and_vanished_files(store: AttachmentStore, tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as info:
        store.add(write(tmp_path / "a.pdf", PDF_BYTES), already_attached=25 * 1024 * 1024)
    assert info.value.code == "attachment_total_too_big"
    with pytest.raises(AttachmentError) as gone:
        store.add(tmp_path / "sudah-dihapus.pdf")
    assert gone.value.code == "attachment_missing"


def test_store_is_content_addressed_and_notices_loss(store: AttachmentStore, tmp_path: Path) -> None:
    first = store.add(write(tmp_path / "a.pdf", PDF_BYTES))
    again = store.add(write(tmp_path / "b.pdf", PDF_BYTES))
    assert first.sha256 == again.sha256
    assert store.path_for(first.sha256).read_bytes() == PDF_BYTES
    assert store.check(first.sha256) is None
    store.path_for(first.sha256).write_bytes(b"%PDF-tampered")
    assert store.check(first.sha256) == "attachment_damaged"
    store.path_for(first.sha256).unlink()
    assert store.check(first.sha256) == "attachment_lost"


def test_attachments_and_duplicate_link_are_saved_with_the_complaint(
    service: ComplaintService, store: AttachmentStore, tmp_path: Path
) -> None:
    earlier = service.record(walk_in()).complaint
    scan = store.add(write(tmp_path / "surat.pdf", PDF_BYTES))
    photo = store.add(write(tmp_path / "foto.jpg", JPEG_BYTES))
    files = tuple(Attachment(a.sha256, a.filename, a.media_type, a.size) for a in (scan, photo))
    new = service.record(walk_in(), extras=Extras(files, duplicate_of=earlier.id)).complaint
    assert [a.filename for a in new.attachments] == ["surat.pdf", "foto.jpg"]
    assert new.duplicate_of_id == earlier.id
    assert [e.kind for e in new.events] == ["created", "recorded", "marked_duplicate"]
    assert new.revision == 1
    # A new complaint is not read back after its inserts: what the save returns is what is stored.
    assert new == service.get(new.id)

    fewer = service.record(walk_in(), new.id, extras=Extras(files[:1], duplicate_of=earlier.id)).complaint
    assert [a.filename for a in fewer.attachments] == ["surat.pdf"]
    assert fewer.revision == 2  # removing a file is a change the central must hear about
    same = service.record(walk_in(), new.id, extras=Extras(files[:1], duplicate_of=earlier.id)).complaint
    assert same.revision == 2
    kept = service.record(walk_in(), new.id).complaint  # no extras: attachments stay as they are
    assert [a.filename for a in kept.attachments] == ["surat.pdf"]
    both = service.record(
        replace(walk_in(), title="Jalan desa rusak dan banjir"), new.id, extras=Extras((), duplicate_of=earlier.id)
    ).complaint
    assert both.attachments == []
    assert both.revision == 3  # a field and a file changed in one save: one new revision


def test_duplicates_by_nik_phone_and_title(service: ComplaintService, clock) -> None:
    old = service.record(walk_in(title="Jalan desa rusak berlubang parah", received_at=clock.now)).complaint
    clock.now += timedelta(days=45)
    recent = service.record(
        walk_in(
            reporter_nik="3204055203900003",
            reporter_phone="081299990000",
            title="Lampu penerangan jalan padam",
            received_at=clock.now,
        )
    ).complaint
    other = service.record(
        walk_in(
            reporter_nik="3204051203850002",
            reporter_phone="082111112222",
            title="Antrean puskesmas sangat panjang",
            received_at=clock.now,
        )
    ).complaint
    clock.now += timedelta(days=5)

    by_nik = service.find_duplicates(
        walk_in(reporter_nik="3204 0552 0390 0003", reporter_phone="", title="Judul lain sama sekali")
    )
    assert [(c.id, c.reason) for c in by_nik] == [(recent.id, "nik")]
    by_phone = service.find_duplicates(
        walk_in(reporter_nik="", reporter_phone="+62 812 9999 0000", title="Judul lain sama sekali")
    )
    assert [(c.id, c.reason) for c in by_phone] == [(recent.id, "phone")]
    by_title = service.find_duplicates(
        walk_in(reporter_nik="", reporter_phone="0811000000", title="Antrean di puskesmas panjang sekali")
    )
    assert [(c.id, c.reason) for c in by_title] == [(other.id, "text")]
    # Older than 30 days no longer counts, and a complaint is never its own duplicate.
    assert old.id not in {c.id for c in service.find_duplicates(walk_in())}
    assert service.find_duplicates(walk_in(reporter_nik="3204055203900003"), exclude_id=recent.id) == []


def test_returning_citizen_found_by_each_key(service: ComplaintService) -> None:
    complaint = service.record(walk_in(reporter_nik="3204055203900003", reporter_phone="0813-2222-1111")).complaint
    with service.db.write() as conn:
        conn.execute(text("UPDATE complaints SET tracking_id = '1916449' WHERE id = :id"), {"id": complaint.id})
    for key in (
        complaint.receipt_number,
        complaint.receipt_number.lower(),
        "1916449",
        "3204055203900003",
        "3204 0552 0390 0003",
        "0813 2222 1111",
        "+6281322221111",
    ):
        assert [r.id for r in service.lookup(key)] == [complaint.id], key
    assert service.lookup("") == []
    assert service.lookup("tidak ada") == []
    assert service.lookup("%_*") == []


def test_reporter_reply_and_rating_go_into_the_timeline(service: ComplaintService) -> None:
    complaint = service.record(walk_in()).complaint
    updated = service.record_reply(complaint.id, "Jalan sudah ditambal, terima kasih.", rating=4)
    reply = updated.events[-1]
    assert reply.kind == "reporter_reply"
    assert reply.detail["text"] == "Jalan sudah ditambal, terima kasih." and reply.detail["rating"] == 4
    assert len(str(reply.detail["reply_id"])) == 36  # lets the central record it exactly once
    with pytest.raises(ValidationFailed) as empty:
        service.record_reply(complaint.id, "  ")
    assert empty.value.result.errors[0].text("id").startswith("Tulis tanggapan")
    with pytest.raises(ValidationFailed):
        service.record_reply(complaint.id, rating=6)


def test_region_codes_and_nik_checked_against_the_shipped_regions(service: ComplaintService) -> None:
    from lapor_desk.regions import RegionDirectory

    service.regions = RegionDirectory.load()
    ok = service.validate(
        walk_in(province_code="32", regency_code="32.04", district_code="32.04.05", village_code="32.04.05.2001")
    )
    assert ok.messages == ()
    unknown = service.validate(walk_in(district_code="32.04.99", reporter_nik="3204991203850002"))
    assert {(m.field, m.code, str(m.severity)) for m in unknown.messages} == {
        ("district_code", "region_unknown", "warning"),
        ("reporter_nik", "nik_region_unknown", "warning"),
    }
    assert unknown.ok  # warnings: the clerk may still record
    assert "32.04.99" in unknown.for_field("district_code")[0].text("id")


def test_shipped_topic_tree_and_agencies() -> None:
    from lapor_desk.reference import ReferenceData

    ref = ReferenceData.defaults()
    choices = dict(ref.topic_choices())
    assert choices["infrastruktur.jalan"] == "Infrastruktur › Jalan dan Jembatan"
    assert list(choices)[0] == "kesehatan"  # tree order: a topic, then its children
    assert "Pemerintah Kabupaten Bandung" in {a.name for a in ref.agencies}
    central_style = ReferenceData.from_documents(
        [{"id": "x", "parent": None, "name": "X"}], [{"id": "a", "name": "Dinas A", "level": "kabupaten"}]
    )
    assert central_style.topic_path("x") == "X" and central_style.topic_path("unknown") == "unknown"
