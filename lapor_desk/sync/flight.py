"""A batch of the push: claimed (marked sending) and, once posted, on the wire."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

from lapor_desk.sync import state
from lapor_desk.sync.answers import _batch_shape_ok
from lapor_desk.sync.transport import Body, CentralClient, Exchange, Outcome


@dataclass(frozen=True)
class Batch:
    items: list[state.Outgoing]  # marked sending; empty when all were refused for their files
    last_id: int  # the queue position it reaches
    body: Body | None = None  # its request, built and compressed ahead (see `packed`)


def packed(client: CentralClient, batch: Batch, offset_s: float | None) -> Batch:
    """The batch with its request body built and compressed. The push does this for a batch
    claimed with an answer while the batch before it is on the wire, so that it can leave as
    soon as that answer is in (it is marked sending already; nothing is sent here)."""
    if batch.body is not None or not batch.items:
        return batch
    return replace(batch, body=_body(client, batch, offset_s))


def _body(client: CentralClient, batch: Batch, offset_s: float | None) -> Body:
    # The measured offset lets the central keep the desk's stamps and correct them; a
    # central without identities predates the field (it refuses unknown ones).
    extra = f',"desk_clock_offset_s":{offset_s:.3f}' if offset_s is not None else ""
    text = '{"items":[' + ",".join(i.payload for i in batch.items) + "]" + extra + "}"
    return client.pack(text.encode("utf-8"))


# `_claim_ready`'s answer when it claimed nothing because files must be uploaded first.
NOT_READY = object()


@dataclass
class Flight:
    """A batch on the wire: posted on the sender thread, its answer awaited by the engine."""

    items: list[state.Outgoing]
    last_id: int
    future: Future[Exchange]

    @classmethod
    def start(
        cls, sender: ThreadPoolExecutor, client: CentralClient, batch: Batch, offset_s: float | None = None
    ) -> Flight:
        body = batch.body or _body(client, batch, offset_s)
        return cls(batch.items, batch.last_id, sender.submit(client.post_batch, body, len(batch.items)))

    def answer(self) -> Exchange:
        ex = self.future.result()
        if ex.ok and not _batch_shape_ok(ex.body, len(self.items)):
            ex.outcome, ex.problem_type = Outcome.RETRY, "malformed-response"
            ex.message = "batch answer does not match the request"
        return ex
