"""The sync history in words (lapor_desk/sync/words.py), from real request lines as the
transport logs them, in Indonesian and English."""

from __future__ import annotations

import pytest

from lapor_desk.sync.words import attempt_words, what


@pytest.mark.parametrize(
    ("request_line", "indonesian", "english"),
    [
        ("POST /complaints/batch (1 items)", "Kirim 1 pengaduan", "Send 1 complaint"),
        ("POST /complaints/batch (120 items)", "Kirim 120 pengaduan", "Send 120 complaints"),
        (
            "POST /complaints/lookup (3 items)",
            "Cocokkan 3 pengaduan dengan pusat",
            "Match 3 complaints with the central",
        ),
        ("POST /complaints/4711/replies", "Kirim balasan untuk LAPOR! 4711", "Send a reply to LAPOR! 4711"),
        ("GET /updates", "Ambil pembaruan status dari pusat", "Fetch status updates from the central"),
        (
            "HEAD /attachments/" + "ab" * 32,
            "Periksa apakah pusat sudah punya lampiran",
            "Check whether the central has an attachment",
        ),
        ("PUT /attachments/" + "ab" * 32 + "/parts/1048576", "Unggah bagian lampiran", "Upload part of an attachment"),
        ("PUT /audit-anchor", "Kirim jangkar audit", "Send the audit anchor"),
    ],
)
def test_each_request_the_desk_makes_reads_as_words(request_line: str, indonesian: str, english: str) -> None:
    assert what(request_line, "id") == indonesian
    assert what(request_line, "en") == english


def test_an_unknown_request_is_shown_as_it_was_logged() -> None:
    assert what("DELETE /something/new", "id") == "DELETE /something/new"
    assert what("", "en") == ""


def test_a_failed_attempt_says_what_happened_and_why() -> None:
    lost = attempt_words("POST /complaints/batch (20 items)", "retry", None, "ConnectionError", "id")
    assert (lost.what, lost.result, lost.why) == (
        "Kirim 20 pengaduan",
        "Gagal sementara, dicoba lagi nanti",
        "Tidak tersambung ke pusat",
    )
    busy = attempt_words("POST /complaints/batch (20 items)", "retry", 429, "", "en")
    assert busy.why == "The central is busy and asked to wait"
    broken = attempt_words("GET /updates", "retry", 502, "", "id")
    assert broken.why == "Pusat sedang bermasalah (kode 502)"
    fine = attempt_words("GET /updates", "ok", 200, "", "id")
    assert (fine.result, fine.why) == ("Berhasil", "")


def test_one_complaints_result_in_an_attempt_reads_as_words() -> None:
    refused = attempt_words("POST /complaints/batch (2 items)", "ok", 200, "", "id", item_result="rejected")
    assert refused.result == "Ditolak pusat"
    assert attempt_words("POST /complaints/batch (2 items)", "ok", 200, "", "en", item_result="duplicate").result == (
        "Already at the central"
    )
    # A result the desk does not know yet is shown as logged rather than hidden.
    assert attempt_words("POST /complaints/batch (2 items)", "ok", 200, "", "id", item_result="quarantined").result == (
        "quarantined"
    )


def test_a_batch_with_a_refusal_says_how_many_went_through_and_how_many_not() -> None:
    batch = "POST /complaints/batch (20 items)"
    mixed = {"created": 17, "duplicate": 1, "rejected": 2}
    assert attempt_words(batch, "ok", 200, "", "id", item_results=mixed).result == "18 diterima, 2 ditolak pusat"
    assert attempt_words(batch, "ok", 200, "", "en", item_results=mixed).result == (
        "18 accepted, 2 refused by the central"
    )
    # All taken, or a request without items: the request's own result.
    assert attempt_words(batch, "ok", 200, "", "id", item_results={"created": 20}).result == "Berhasil"
    assert attempt_words("GET /updates", "ok", 200, "", "en", item_results={}).result == "Done"
    # A failed request keeps its own words; its items were not answered one by one.
    assert attempt_words(batch, "retry", None, "ConnectionError", "id", item_results={"retry": 20}).result == (
        "Gagal sementara, dicoba lagi nanti"
    )
