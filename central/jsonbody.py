"""Request bodies read as JSON the way Starlette reads them (json.loads), for less CPU: a
batch of 500 complaints is some 600 kB of JSON, read before anything else is done with it.

pydantic-core's reader (from_json, ~1 us per complaint less here) gives json.loads's value
for every body it reads: big integers as integers, NaN and Infinity as floats, the last of
duplicate keys in the place of the first. What it refuses and json.loads may read is read by
json.loads itself, so the answer cannot change: a lone surrogate escape (\\ud800), UTF-8's
byte order mark, UTF-16 and UTF-32, a surrogate's UTF-8-style bytes (json.loads reads bytes
with surrogatepass), nesting past 200 levels (json.loads reads it, or runs out of recursion
as before). Any other malformed body fails in json.loads with the error it always had.
tests/central/test_json_body.py compares the two on generated bodies."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from pydantic_core import from_json

_REFUSED = object()


def loads(body: bytes) -> Any:
    """json.loads(body), faster for what pydantic-core's reader reads."""
    try:
        value = from_json(body, cache_strings="keys")  # the keys repeat in every item
    except ValueError:
        value = _REFUSED
    if value is _REFUSED:
        return json.loads(body)  # outside the except block: its error is raised as it always was
    return value


class JsonBodyRequest(Request):
    """A request whose JSON body is read by `loads` (what FastAPI awaits `json()` for)."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = loads(await self.body())
        return self._json


class JsonBodyRoute(APIRoute):
    """A route whose body FastAPI reads through JsonBodyRequest (FastAPI's documented way to
    give a route another Request class); everything else is FastAPI's own."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def read_by_loads(request: Request) -> Response:
            return await handler(JsonBodyRequest(request.scope, request.receive))

        return read_by_loads
