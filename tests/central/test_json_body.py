"""Request bodies are read by central.jsonbody.loads (pydantic-core's reader, json.loads for
what it refuses): every body must read as json.loads reads it, value for value (types, key
order, -0.0, NaN, big integers), and a body json.loads refuses must fail with json.loads's own
error, so that every answer of the central stays what it was."""

from __future__ import annotations

import asyncio
import json
import math
from pathlib import Path
from typing import Any

import httpx
import pytest
from central_helpers import PROBLEM, item
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic_core import from_json

from central import API_PREFIX, jsonbody
from central.api import desk
from central.app import create_app
from central.config import Settings
from central.jsonbody import JsonBodyRoute, loads


def _same(a: Any, b: Any) -> bool:
    """Equal with the same types all the way down, keys in the same order, -0.0 apart from
    0.0 and NaN equal to NaN (walked without recursion: some bodies nest 900 deep)."""
    pending = [(a, b)]
    while pending:
        x, y = pending.pop()
        if type(x) is not type(y):
            return False
        if isinstance(x, dict):
            if list(x) != list(y):
                return False
            pending += [(x[k], y[k]) for k in x]
        elif isinstance(x, list):
            if len(x) != len(y):
                return False
            pending += list(zip(x, y, strict=True))
        elif isinstance(x, float):
            if not ((math.isnan(x) and math.isnan(y)) or (x == y and math.copysign(1, x) == math.copysign(1, y))):
                return False
        elif x != y:
            return False
    return True


def _outcome(read: Any, body: bytes) -> Any:
    try:
        return ("read", read(body))
    except RecursionError:
        return ("raised", RecursionError, "")
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        return ("raised", type(exc), str(exc))


def assert_reads_as_json_loads(body: bytes) -> None:
    expected, got = _outcome(json.loads, body), _outcome(loads, body)
    if expected[0] == "read":
        assert got[0] == "read", (body, got)
        assert _same(got[1], expected[1]), body
    else:
        assert got == expected, body


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**60, max_value=2**200),
    st.integers(max_value=-(2**60), min_value=-(2**200)),
    st.floats(),  # NaN, ±Infinity, -0.0, subnormals: json.dumps writes them all
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010)),  # lone surrogates among them
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=5), inner, max_size=5)),
    max_leaves=30,
)


@settings(max_examples=1500, deadline=None)
@given(value=_VALUES, ascii_only=st.booleans(), indent=st.sampled_from([None, 0, 2, "\t"]))
def test_what_json_dumps_writes_reads_as_json_loads_reads_it(value: Any, ascii_only: bool, indent: Any) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    for encoding in ("utf-8", "utf-16", "utf-32-le"):
        assert_reads_as_json_loads(text.encode(encoding, "surrogatepass"))
    assert_reads_as_json_loads(b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass"))  # with a byte order mark


_NUMBER = st.from_regex(r"\A-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,40})?([eE][-+]?[0-9]{1,4})?\Z")


@settings(max_examples=2000, deadline=None)
@given(number=_NUMBER)
@example(number="0.1000000000000000055511151231257827021181583404541015625")
@example(
    number="2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324"
)
@example(number="18446744073709551616")
@example(number="-9223372036854775809")
@example(number="1e400")
def test_numbers_read_as_json_loads_reads_them(number: str) -> None:
    for body in (number, f"[{number}]", f'{{"latitude": {number}}}'):
        assert_reads_as_json_loads(body.encode())


_TOKENS = st.sampled_from(
    [b"{", b"}", b"[", b"]", b",", b":", b'"', b'"a"', b"1", b"-", b"0", b".", b"e", b"+", b"true", b"fals", b"null",
     b"NaN", b"Infinity", b"-Infinity", b"nan", b" ", b"\t", b"\n", b"\r", b"\x0c", b"\x00", b"\\", b"\\u", b"d800",
     b"\\ud83d\\ude00", b"\\ud800", b"\xed\xa0\x80", b"\xc3\xa9", b"\xc3", b"\xff", b"\xef\xbb\xbf", b"'", b"\x7f"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(parts=st.lists(_TOKENS, max_size=25))
@example(parts=[b'"', b"\\ud800", b'"'])
@example(parts=[b"[", b"NaN", b"]"])
@example(parts=[b"\xef\xbb\xbf", b"1"])
@example(parts=[b"1", b" ", b"1"])
@example(parts=[b'"', b"\xed\xa0\x80", b'"'])
def test_any_token_soup_reads_or_fails_as_with_json_loads(parts: list[bytes]) -> None:
    assert_reads_as_json_loads(b"".join(parts))


def test_duplicate_keys_keep_the_first_place_and_the_last_value() -> None:
    body = b'{"a": 1, "b": 2, "a": {"x": 1, "x": [3]}}'
    assert_reads_as_json_loads(body)
    assert list(loads(body)) == ["a", "b"]
    assert loads(body)["a"] == {"x": [3]}


@pytest.mark.parametrize("depth", [1, 150, 199, 200, 201, 202, 300, 900, 5000])
@pytest.mark.parametrize("open_, close", [(b"[", b"]"), (b'{"k":', b"}")])
def test_deep_bodies_read_or_fail_as_with_json_loads(depth: int, open_: bytes, close: bytes) -> None:
    inner = b"1" if open_ != b"[" else b""
    assert_reads_as_json_loads(open_ * depth + inner + close * depth)


def test_the_batch_route_reads_its_body_through_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the app as served (FastAPI builds an included router's handlers itself)."""
    assert all(isinstance(r, JsonBodyRoute) for r in desk.router.routes)
    read: list[bytes] = []

    def counting(body: bytes, **kwargs: Any) -> Any:
        read.append(body)
        return from_json(body, **kwargs)

    monkeypatch.setattr(jsonbody, "from_json", counting)
    body = json.dumps({"items": [item()]}).encode()
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'c.sqlite3'}"))

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://central") as client:
            return await client.post(
                API_PREFIX + "/complaints/batch", content=body, headers={"Content-Type": "application/json"}
            )

    r = asyncio.run(post())
    assert r.status_code == 401  # no desk signed in: the body was read and validated first
    assert read == [body]


def _post(client: httpx.Client, body: bytes) -> httpx.Response:
    return client.post("/complaints/batch", content=body, headers={"Content-Type": "application/json"})


def test_bodies_that_only_json_loads_reads_are_answered_as_before(desk_client: httpx.Client) -> None:
    """NaN, a lone surrogate escape, a byte order mark: read by json.loads, and refused at
    their fields (or accepted) as before."""
    nan = json.dumps({"items": [{**item(), "latitude": float("nan")}]}).encode()
    (result,) = _post(desk_client, nan).json()["results"]
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("latitude", "not_finite")]
    lone = json.dumps({"items": [{**item(), "title": "Jalan \ud800 rusak berlubang"}]}).encode()
    (result,) = _post(desk_client, lone).json()["results"]
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("title", "invalid_character")]
    big = json.dumps({"items": [{**item(), "revision": 2**70}]}).encode()
    (result,) = _post(desk_client, big).json()["results"]
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("revision", "number_too_large")]
    r = _post(desk_client, b"\xef\xbb\xbf" + json.dumps({"items": [item()]}).encode())
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "created"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b'{"items": [1,]}', "Expecting value"),
        (b'{"items": [1] x', "Expecting ',' delimiter"),
        (b"[" * 5000 + b"]" * 5000, None),
    ],
)
def test_malformed_bodies_are_refused_as_before(desk_client: httpx.Client, body: bytes, detail: str | None) -> None:
    r = _post(desk_client, body)
    assert r.status_code == 400, r.text
    assert r.json()["type"] == PROBLEM + "malformed-request"
    if detail is not None:
        assert detail in r.json()["detail"]
