"""The site's boundary: the outermost ClientApp mod, and the outbound check every reply passes.

``boundary`` wraps every handler. A handler that refuses raises ``Refused``; any other
exception becomes the fixed ``Refusal.SITE_ERROR`` reply. Either way the detail (a path, a
line, a value) goes only to the site's own log, and the coordinator reads a code whose
reason is a constant in common/protocol.py. Every reply, refusals included, then passes
``check_outbound``: only the contract's records and metric keys, scalar numbers, and float
tensors with exactly the keys and shapes of the adapter the coordinator sent.

The coordinator's adapter arrives packed (one safetensors blob, common/adapters.py::pack):
the boundary unpacks it before any handler reads the request, and packs the reply's
checked tensors on the way out, a pure function of them with no metadata.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import os
import time
from pathlib import Path

import torch
from flwr.app import ArrayRecord, Context, Message, MetricRecord, RecordDict

from fedtune.common.adapters import PackError, from_arrays, is_packed, pack, to_arrays, unpack

from fedtune.common.protocol import ARRAYS, EVALUATE_METRICS, METRICS, REFUSED, TRAIN_METRICS, WEIGHT, Refusal

log = logging.getLogger(__name__)

FLOAT_DTYPES = frozenset({"float32", "float16", "bfloat16"})
# A folder: every reply the site sends is also appended to outbound.jsonl there, byte for
# byte (tensors in base64; a packed reply's one blob as it left), so a site's security
# review can read exactly what left it.
TRANSCRIPT_ENV = "FEDTUNE_OUTBOUND_LOG"


class OutboundViolation(RuntimeError):
    """A reply that would carry something other than the contract allows."""


class Refused(Exception):
    """A handler's decision to decline a request; ``detail`` stays in the site's log."""

    def __init__(self, code: Refusal, detail: str = "") -> None:
        super().__init__(code.reason)
        self.code = code
        self.detail = detail


def _kind(msg: Message) -> str:
    return "train" if msg.metadata.message_type.split(".")[0] == "train" else "evaluate"


def check_outbound(content: RecordDict, *, kind: str, request: RecordDict | None = None) -> RecordDict:
    """``content`` unchanged if it may leave the site as a ``kind`` reply to ``request``; else ``OutboundViolation``."""
    allowed = TRAIN_METRICS if kind == "train" else EVALUATE_METRICS
    for name, record in content.items():
        if name == METRICS and isinstance(record, MetricRecord):
            for key, value in record.items():
                if key not in allowed:
                    raise OutboundViolation(f"metric '{key}' is not in the contract for {kind} replies")
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise OutboundViolation(f"metric '{key}' must be a scalar number, got {type(value).__name__}")
                if isinstance(value, float) and math.isnan(value):
                    raise OutboundViolation(f"metric '{key}' is NaN")
        elif name == ARRAYS and isinstance(record, ArrayRecord) and kind == "train":
            _check_arrays(record, request)
        else:
            raise OutboundViolation(f"record '{name}' ({type(record).__name__}) may not leave the site in a {kind} reply")
    return content


def _check_arrays(arrays: ArrayRecord, request: RecordDict | None) -> None:
    if not len(arrays):
        return  # a refusal: no tensors
    sent = request.array_records.get(ARRAYS) if request is not None else None
    if sent is None:
        raise OutboundViolation("tensors may only answer a request that carried an adapter")
    if sorted(arrays) != sorted(sent):
        raise OutboundViolation(f"the reply's {len(arrays)} tensors do not have the keys of the {len(sent)} the coordinator sent")
    for key, array in arrays.items():
        if array.dtype not in FLOAT_DTYPES:
            raise OutboundViolation(f"tensor '{key}' has dtype {array.dtype}; only floating-point tensors leave")
        if tuple(array.shape) != tuple(sent[key].shape):
            raise OutboundViolation(f"tensor '{key}' has shape {tuple(array.shape)}, the coordinator sent {tuple(sent[key].shape)}")
    try:  # the bytes must be exactly the canonical encoding of the values: nothing rides beside them
        values = from_arrays(arrays)
    except (ValueError, TypeError, RuntimeError) as exc:
        raise OutboundViolation(f"tensor bytes do not decode as their dtype and shape ({type(exc).__name__})") from None
    for key, tensor in values.items():
        # The shape the bytes encode, not only the one the Array declares: a .npy of more values
        # under a declared (4, 8) would otherwise pass as canonical.
        if tuple(tensor.shape) != tuple(sent[key].shape):
            raise OutboundViolation(f"tensor '{key}' encodes shape {tuple(tensor.shape)}, the coordinator sent {tuple(sent[key].shape)}")
        if not bool(torch.isfinite(tensor).all()):
            raise OutboundViolation(f"tensor '{key}' holds NaN or infinite values")
        if to_arrays({key: tensor}, arrays[key].dtype)[key].data != arrays[key].data:
            raise OutboundViolation(f"tensor '{key}' carries bytes beyond what its dtype and shape encode")


def refusal(msg: Message, code: Refusal) -> Message:
    """The reply for a declined request: the code, no tensors, no release."""
    content = {METRICS: MetricRecord({WEIGHT: 0, REFUSED: int(code)})}
    if _kind(msg) == "train":
        content[ARRAYS] = ArrayRecord()
    return Message(RecordDict(content), reply_to=msg)


def boundary(msg: Message, context: Context, call_next) -> Message:  # noqa: ANN001 - Flower's ClientAppCallable
    """The outermost mod: whatever happens inside, the coordinator gets a checked reply or a fixed refusal.

    A packed adapter (common/adapters.py::pack) is unpacked before anything reads the request,
    and a reply's tensors go back packed when the request's came packed, after every check.
    """
    kind = _kind(msg)
    try:
        packed = _unpack_request(msg)
        reply = call_next(msg, context)
        if reply.has_error():
            raise OutboundViolation("a handler returned an error reply")
        check_outbound(reply.content, kind=kind, request=msg.content)
        # Rebuilt as an answer to this message: only the checked content goes, never the handler's metadata.
        answer = Message(reply.content, reply_to=msg)
        if packed and len(arrays := answer.content.array_records.get(ARRAYS, ArrayRecord())):
            answer.content[ARRAYS] = pack(arrays)  # a pure function of the checked tensors
        return _transcribed(answer, kind)
    except Refused as exc:
        log.warning("refusing %s (%s): %s", kind, exc.code.name, exc.detail or exc.code.reason)
        code = exc.code
    except Exception:  # noqa: BLE001 - the one place every failure is turned into a data-free reply
        log.exception("the %s request failed; the coordinator is told only '%s'", kind, Refusal.SITE_ERROR.reason)
        code = Refusal.SITE_ERROR
    reply = refusal(msg, code)
    check_outbound(reply.content, kind=kind, request=msg.content)
    return _transcribed(reply, kind)


def _unpack_request(msg: Message) -> bool:
    """Whether the request's adapter came packed, after unpacking it in place; ``Refused`` when it does not decode."""
    arrays = msg.content.array_records.get(ARRAYS)
    if arrays is None or not is_packed(arrays):
        return False
    try:
        msg.content[ARRAYS] = unpack(arrays)
    except PackError as exc:
        raise Refused(Refusal.REQUEST, f"malformed request: {exc}") from None
    return True


def _transcribed(reply: Message, kind: str) -> Message:
    """``reply``, after appending it to the site's outbound transcript when the operator asked for one."""
    folder = os.environ.get(TRANSCRIPT_ENV)
    if folder:
        arrays = reply.content.array_records.get(ARRAYS, ArrayRecord())
        line = {
            "time": time.time(),
            "kind": kind,
            "metrics": dict(reply.content[METRICS]),
            "arrays": {k: [a.dtype, list(a.shape), base64.b64encode(a.data).decode("ascii")] for k, a in arrays.items()},
        }
        Path(folder).mkdir(parents=True, exist_ok=True)
        with (Path(folder) / "outbound.jsonl").open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")
    return reply
