"""A body that cannot hold NUL or a lone surrogate is validated by BatchItemClean, BatchItem
without its per-field `_storable` call: both must accept and refuse alike on such bodies."""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
import pytest
from central_helpers import item, seal
from pydantic import ValidationError

from central.schemas import BatchItem, BatchItemClean, may_hold_unstorable

ATTACHMENT = {"sha256": "ab" * 32, "size": 10, "media_type": "application/pdf", "filename": "surat.pdf"}


def _outcome(model: type[BatchItem], raw: dict[str, Any]) -> Any:
    try:
        return ("ok", model.model_validate(raw).model_dump())
    except ValidationError as exc:
        return ("refused", [(e["type"], e["loc"], e["msg"]) for e in exc.errors()])


def _cases() -> list[dict[str, Any]]:
    good = item(attachments=[ATTACHMENT])
    cases = [good, item(title="ꦗꦭꦤ꧀ 🚧 é", disability_types=["physical"], latitude=None)]
    for name, value in good.items():
        for wrong in (None, 12, 1.5, True, "x" * 5001, "", [], {}, "nilai-aneh"):
            if wrong != value:
                cases.append({**good, name: wrong})
        cases.append({k: v for k, v in good.items() if k != name})
    for name in ATTACHMENT:
        for wrong in (None, 0, "", "y" * 300, [ATTACHMENT]):
            cases.append({**good, "attachments": [{**ATTACHMENT, name: wrong}]})
    cases.append({**good, "unknown_field": 1})
    cases.append({**good, "attachments": [{**ATTACHMENT, "extra": 1}]})
    return cases


def test_clean_twin_accepts_and_refuses_alike() -> None:
    cases = _cases()
    assert len(cases) > 300
    refused = 0
    for raw in cases:
        assert not may_hold_unstorable(json.dumps(raw, ensure_ascii=False).encode())
        plain, clean = _outcome(BatchItem, raw), _outcome(BatchItemClean, raw)
        assert clean == plain, raw
        refused += plain[0] == "refused"
    assert 0 < refused < len(cases)


@pytest.mark.parametrize(
    "text", ["nul \x00 here", "lone \ud800", "lone \udfff low", "escaped quote \\u", "Hangul 퀀 (U+D000)"]
)
def test_a_body_that_may_hold_nul_or_a_surrogate_takes_the_full_model(text: str) -> None:
    raw = {**item(), "title": text}  # the hash does not matter to the scan
    body = json.dumps({"items": [raw]}).encode("utf-8", "surrogatepass")
    raw_utf8 = json.dumps({"items": [raw]}, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert may_hold_unstorable(body)
    assert may_hold_unstorable(raw_utf8)


def test_the_full_model_still_refuses_what_the_clean_one_never_sees() -> None:
    for bad in ("a\x00b", "a\ud800b"):
        assert _outcome(BatchItem, {**item(), "title": bad})[0] == "refused"


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_nul_in_a_plain_or_gzip_body_is_still_refused_at_its_field(desk_client: httpx.Client, encoding: str) -> None:
    """The scan reads the body the route validated (inflated when it came gzip'd)."""
    bad = seal({**item(), "title": "Jalan \x00 rusak"})
    body = json.dumps({"items": [bad, item()]}).encode()
    assert b"\\u0000" in body
    headers = {"Content-Type": "application/json"}
    if encoding == "gzip":
        body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
    r = desk_client.post("/complaints/batch", content=body, headers=headers)
    assert r.status_code == 200, r.text
    first, second = r.json()["results"]
    assert first["status"] == "rejected"
    assert [(e["field"], e["code"]) for e in first["errors"]] == [("title", "invalid_character")]
    assert second["status"] == "created"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16", "utf-32-be"])
def test_nul_in_a_utf16_or_utf32_body_is_refused_as_in_a_utf8_body(desk_client: httpx.Client, encoding: str) -> None:
    """json.loads reads UTF-16/32 too, where the escape \\u0000 is not the bytes 5C 75: such a
    body must take the full model as well, and answer with the code a UTF-8 body gets."""
    bad = seal({**item(), "title": "Jalan \x00 rusak parah sekali"})
    body = json.dumps({"items": [bad, item()]}).encode(encoding)
    assert b"\\u" not in body and b"\xed" not in body  # what the UTF-8 scan looked for
    r = desk_client.post("/complaints/batch", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    first, second = r.json()["results"]
    assert first["status"] == "rejected"
    assert [(e["field"], e["code"]) for e in first["errors"]] == [("title", "invalid_character")]
    assert second["status"] == "created"
    assert may_hold_unstorable(body)
