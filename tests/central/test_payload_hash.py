"""The central's fast payload hash (orjson) is the desk's payload_hash, byte for byte, for
every value a batch item can carry; where the two JSON writers could differ it is the
desk's function that hashes."""

from __future__ import annotations

import hashlib
import math
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from central.services.itemcheck import canonical_hash, stated_hash_holds
from lapor_desk.sync.payload import canonical, payload_hash

# Any text, lone surrogates and NUL included (the field checks refuse those later; the hash
# must still be the desk's), numbers of every size and shape.
SCALARS = (
    st.text()
    | st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000))
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.floats(min_value=-1e-3, max_value=1e-3)
    | st.booleans()
    | st.none()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=20), VALUES, max_size=12))
def test_fast_hash_is_the_desks_hash(item: dict[str, Any]) -> None:
    assert canonical_hash(item) == payload_hash(item)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=20), VALUES, max_size=12))
def test_a_stated_hash_holds_exactly_when_it_is_the_desks_hash(item: dict[str, Any]) -> None:
    item.pop("payload_hash", None)
    right = payload_hash(item)
    assert stated_hash_holds({**item, "payload_hash": right})
    wrong = ("0" if right[0] != "0" else "1") + right[1:]
    assert not stated_hash_holds({**item, "payload_hash": wrong})
    # The shortcut's one risk: a writer hashing orjson's bytes where they are not the
    # canonical ones (NaN and Infinity written as null, floats spelt with an exponent).
    try:
        fast = orjson.dumps(item, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return  # a lone surrogate, an int past 64 bits: no orjson bytes to hash
    if fast != canonical(item).encode("utf-8", "surrogatepass"):
        assert not stated_hash_holds({**item, "payload_hash": hashlib.sha256(fast).hexdigest()})


def test_orjsons_bytes_of_a_nan_item_are_not_its_hash() -> None:
    """The review's case: orjson writes NaN as null, so the hash of its bytes covers other content."""
    item = {"client_id": "x", "latitude": math.nan, "longitude": 1.5}
    orjson_hash = hashlib.sha256(orjson.dumps(item, option=orjson.OPT_SORT_KEYS)).hexdigest()
    assert not stated_hash_holds({**item, "payload_hash": orjson_hash})
    assert stated_hash_holds({**item, "payload_hash": payload_hash(item)})


@pytest.mark.parametrize(
    "value",
    [
        -6.9175,
        106.82,
        0.0,
        -0.0,
        1e-4,
        9.9e-5,
        1.5e-7,
        1e16,
        123456789012345.6,
        5,
        2**63,
        2**64 + 1,
        -(2**63) - 1,
        math.nan,
        math.inf,
        "\ud800",
        "\x00\x1f\x7f\u2028\ufeff😀",
    ],
)
def test_edge_values_hash_alike(value: Any) -> None:
    item = {
        "client_id": "6a1f0d6e-9a55-4a43-8d37-1f1e5f7a2f11",
        "latitude": value,
        "title": "Jalan rusak",
        "attachments": [{"size": value, "sha256": "a" * 64}],
        "payload_hash": "b" * 64,
    }
    assert canonical_hash(item) == payload_hash(item)
    assert not stated_hash_holds(item)
    assert stated_hash_holds({**item, "payload_hash": payload_hash(item)})


def test_the_fast_path_is_the_one_compared() -> None:
    """Without orjson the central falls back to payload_hash itself, and the comparisons above
    would compare a function with itself: the test environment must have the fast path."""
    from central.services import itemcheck

    assert itemcheck.orjson is not None
