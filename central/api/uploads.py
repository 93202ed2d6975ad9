"""Resumable attachment uploads for large files on poor links (issue 10).

    GET /attachments/{sha256}/parts                 -> {sha256, offset, complete}
    PUT /attachments/{sha256}/parts/{offset}?total=N   raw bytes of the file from offset

A desk asks how much the central holds, then sends the rest part by part; a part that
does not start where the held bytes end gets 409 with the offset to resume from. The last
part completes the file once the SHA-256 of the whole matches its address (201, or 200
when the file was already here). The single PUT /attachments/{sha256} stays for small files.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from central.api.deps import Ctx, DeskPrincipal
from central.problems import Problem
from central.services import uploads

router = APIRouter(tags=["desk"])
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lower-case hex SHA-256")]


@router.get("/attachments/{sha256}/parts")
def get_parts(sha256: Sha256, ctx: Ctx, _who: DeskPrincipal) -> dict[str, object]:
    """How many bytes of this file the central holds: where a resumed upload goes on."""
    with ctx.db.read() as session:
        return uploads.held(session, sha256).as_json(sha256)


@router.put(
    "/attachments/{sha256}/parts/{offset}",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def put_part(
    sha256: Sha256,
    offset: Annotated[int, Path(ge=0)],
    request: Request,
    ctx: Ctx,
    _who: DeskPrincipal,
    total: Annotated[int, Query(ge=1)],
) -> Response:
    limit = ctx.settings.max_attachment_bytes
    if offset >= total or total > limit:
        raise (
            Problem.coded("payload-too-large", "p_too_large", max=limit).with_extra(max_bytes=limit)
            if total > limit
            else Problem.coded("malformed-request", "p_part_past_end", total=total)
        )
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if offset + size > total:
            raise Problem.coded("malformed-request", "p_part_past_end", total=total)
        chunks.append(chunk)
    content = b"".join(chunks)
    result = await run_in_threadpool(
        ctx.db.write, lambda s: uploads.add_part(s, sha256, offset, total, content, max_bytes=limit)
    )
    if result.refused is not None:
        raise result.refused
    status = 201 if result.created else 200
    return JSONResponse(result.as_json(sha256), status_code=status)
