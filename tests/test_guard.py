"""The outbound guard on its own: each thing ``check_outbound`` must block, and the boundary mod that no reply bypasses.

Fast by design: no model, no data, no Flower processes; requests and replies are built
from flwr records directly, the way a handler (or a bug in one) could build them.
"""

from __future__ import annotations

import io
import logging
import math
import time

import numpy as np
import pytest
import torch
from flwr.app import Array, ArrayRecord, ConfigRecord, Context, Error, Message, Metadata, MetricRecord, RecordDict

from fedtune.client.guard import OutboundViolation, Refused, boundary, check_outbound
from fedtune.common.adapters import to_arrays
from fedtune.common.protocol import EVALUATE_METRICS, TRAIN_METRICS, Refusal

CANARY = "Zebulon Quarternight MRN 4471-0093"
SHAPES = {"layer.0.lora_A.weight": (4, 16), "layer.0.lora_B.weight": (16, 4)}


def _adapter(shapes: dict[str, tuple[int, ...]] = SHAPES, dtype: type = np.float32) -> ArrayRecord:
    return ArrayRecord({key: Array(np.ones(shape, dtype=dtype)) for key, shape in shapes.items()})


def _request(arrays: ArrayRecord | None = None) -> RecordDict:
    content: dict = {"config": ConfigRecord({"server-round": 1, "base-fingerprint": "v1:abc"})}
    if arrays is not None:
        content["arrays"] = arrays
    return RecordDict(content)


def _train_metrics(**extra: object) -> MetricRecord:
    return MetricRecord({"num-examples": 100, "refused": 0, "epsilon": 1.5, "delta": 1e-5, "steps": 2, **extra})


def _evaluate_metrics(**extra: object) -> MetricRecord:
    return MetricRecord({"num-examples": 100, "refused": 0, "val-loss": 2.5, "val-perplexity": math.exp(2.5), **extra})


def _smuggled(record: MetricRecord, key: str, value: object) -> MetricRecord:
    """A value Flower's own MetricRecord type check rejects, put in past it: the guard must not rely on Flower's check."""
    record._data[key] = value  # noqa: SLF001 - deliberately bypasses Flower's validation
    return record


def _message(content: RecordDict, kind: str) -> Message:
    meta = Metadata(
        run_id=1, message_id="m1", src_node_id=0, dst_node_id=1, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600, message_type=kind,
    )
    return Message(content=content, metadata=meta)


def _context() -> Context:
    return Context(run_id=1, node_id=1, node_config={}, state=RecordDict(), run_config={})


# --- What check_outbound lets through ---------------------------------------------------


def test_a_train_reply_within_the_contract_leaves_unchanged() -> None:
    sent = _adapter()
    content = RecordDict({"arrays": _adapter(), "metrics": _train_metrics()})
    assert check_outbound(content, kind="train", request=_request(sent)) is content


def test_an_evaluate_reply_and_both_refusals_leave_unchanged() -> None:
    evaluate = RecordDict({"metrics": _evaluate_metrics()})
    assert check_outbound(evaluate, kind="evaluate", request=_request(_adapter())) is evaluate
    refused_train = RecordDict({"arrays": ArrayRecord(), "metrics": MetricRecord({"num-examples": 0, "refused": 1})})
    assert check_outbound(refused_train, kind="train", request=_request()) is refused_train
    refused_evaluate = RecordDict({"metrics": MetricRecord({"num-examples": 0, "refused": 6})})
    assert check_outbound(refused_evaluate, kind="evaluate", request=None) is refused_evaluate


def test_bfloat16_and_float16_payloads_leave() -> None:
    state = {key: torch.ones(shape) for key, shape in SHAPES.items()}
    for dtype in ("float16", "bfloat16"):
        content = RecordDict({"arrays": to_arrays(state, dtype), "metrics": _train_metrics()})
        check_outbound(content, kind="train", request=_request(_adapter()))


# --- What it must block, one case each --------------------------------------------------


BLOCKED_METRICS = {
    "an unknown train metric": ("train", lambda: _train_metrics(**{"train-loss": 0.7})),
    "an evaluate metric in a train reply": ("train", lambda: _train_metrics(**{"val-loss": 2.0})),
    "a train metric in an evaluate reply": ("evaluate", lambda: _evaluate_metrics(**{"bytes-sent": 10})),
    "an exact token count": ("evaluate", lambda: _evaluate_metrics(**{"val-tokens": 1234})),
    "a list metric": ("train", lambda: _train_metrics(epsilon=[1.5, 2.5])),
    "an integer list metric": ("evaluate", lambda: _evaluate_metrics(**{"num-examples": [137]})),
    "a NaN metric": ("evaluate", lambda: _evaluate_metrics(**{"val-loss": math.nan})),
    "a string metric": ("train", lambda: _smuggled(_train_metrics(), "epsilon", CANARY)),
    "a bool metric": ("train", lambda: _smuggled(_train_metrics(), "refused", True)),
    "a bytes metric": ("evaluate", lambda: _smuggled(_evaluate_metrics(), "val-loss", CANARY.encode())),
}


@pytest.mark.parametrize("case", sorted(BLOCKED_METRICS))
def test_a_metric_outside_the_contract_is_blocked(case: str) -> None:
    kind, metrics = BLOCKED_METRICS[case]
    records: dict = {"metrics": metrics()}
    if kind == "train":
        records["arrays"] = _adapter()
    with pytest.raises(OutboundViolation):
        check_outbound(RecordDict(records), kind=kind, request=_request(_adapter()))


def test_the_guard_allows_exactly_the_contract_keys_and_nothing_more() -> None:
    for kind, allowed, metrics in (("train", TRAIN_METRICS, _train_metrics), ("evaluate", EVALUATE_METRICS, _evaluate_metrics)):
        everything = MetricRecord({key: 1 for key in allowed})
        check_outbound(RecordDict({"metrics": everything}), kind=kind, request=_request(_adapter()))
        for other in sorted({"train-loss", "train-loss-first", "local-val-loss", "val-tokens", "train-seconds",
                             "sample-rate", "noise-multiplier", "records"} - allowed):
            with pytest.raises(OutboundViolation):
                check_outbound(RecordDict({"metrics": metrics(**{other: 1.0})}), kind=kind, request=_request(_adapter()))


def test_a_config_record_holding_a_name_is_blocked() -> None:
    for name in ("config", "metrics", "note"):  # a ConfigRecord even under the metrics name
        content = {"metrics": _train_metrics(), "arrays": _adapter()} if name != "metrics" else {"arrays": _adapter()}
        content[name] = ConfigRecord({"patient": CANARY})
        with pytest.raises(OutboundViolation):
            check_outbound(RecordDict(content), kind="train", request=_request(_adapter()))


def test_an_unknown_record_is_blocked() -> None:
    unknown = {
        "extra metrics": RecordDict({"metrics": _evaluate_metrics(), "debug": MetricRecord({"val-tokens": 1234})}),
        "arrays under another name": RecordDict({"metrics": _train_metrics(), "weights": _adapter()}),
        "metrics as arrays": RecordDict({"metrics": _adapter(), "arrays": _adapter()}),
    }
    for case, content in unknown.items():
        with pytest.raises(OutboundViolation):
            check_outbound(content, kind="evaluate" if case == "extra metrics" else "train", request=_request(_adapter()))


BLOCKED_ARRAYS = {
    "an integer array": lambda: _adapter(dtype=np.int32),
    "an int64 array": lambda: _adapter(dtype=np.int64),
    "a float64 array": lambda: _adapter(dtype=np.float64),
    "a uint8 array (raw bytes)": lambda: _adapter(dtype=np.uint8),
    "an array of the wrong shape": lambda: _adapter({**SHAPES, "layer.0.lora_A.weight": (16, 4)}),
    "an array with extra elements": lambda: _adapter({**SHAPES, "layer.0.lora_A.weight": (5, 16)}),
    "a key the coordinator did not send": lambda: _adapter({**SHAPES, "layer.0.notes": (4, 16)}),
    "a key missing": lambda: _adapter({"layer.0.lora_A.weight": (4, 16)}),
    "a renamed key": lambda: _adapter({"layer.0.lora_A.weight": (4, 16), "layer.0.lora_X.weight": (16, 4)}),
}


@pytest.mark.parametrize("case", sorted(BLOCKED_ARRAYS))
def test_a_tensor_outside_the_adapter_sent_is_blocked(case: str) -> None:
    content = RecordDict({"arrays": BLOCKED_ARRAYS[case](), "metrics": _train_metrics()})
    with pytest.raises(OutboundViolation):
        check_outbound(content, kind="train", request=_request(_adapter()))


def test_tensors_in_an_evaluate_reply_are_blocked_even_when_empty() -> None:
    for arrays in (_adapter(), ArrayRecord()):
        content = RecordDict({"arrays": arrays, "metrics": _evaluate_metrics()})
        with pytest.raises(OutboundViolation):
            check_outbound(content, kind="evaluate", request=_request(_adapter()))


def test_tensors_answering_a_request_that_carried_none_are_blocked() -> None:
    content = RecordDict({"arrays": _adapter(), "metrics": _train_metrics()})
    for request in (_request(), None, RecordDict({"arrays": ConfigRecord({"x": 1})})):
        with pytest.raises(OutboundViolation):
            check_outbound(content, kind="train", request=request)


def _padded(arrays: ArrayRecord, tail: bytes) -> ArrayRecord:
    """The same keys, dtypes and shapes, with ``tail`` appended to each tensor's serialised bytes."""
    return ArrayRecord({k: Array(dtype=a.dtype, shape=tuple(a.shape), stype=a.stype, data=a.data + tail) for k, a in arrays.items()})


def test_bytes_beyond_what_the_declared_shape_holds_are_blocked() -> None:
    # Flower's Array takes dtype, shape, stype and data separately: the metadata can say
    # float32 (4, 16) while the bytes carry anything after the tensor. The coordinator
    # deserialises with np.load and never sees the tail, but it is on the wire and in state.db.
    content = RecordDict({"arrays": _padded(_adapter(), CANARY.encode()), "metrics": _train_metrics()})
    with pytest.raises(OutboundViolation):
        check_outbound(content, kind="train", request=_request(_adapter()))


def test_non_finite_tensor_values_are_blocked() -> None:
    arrays = _adapter()
    values = np.ones(SHAPES["layer.0.lora_B.weight"], dtype=np.float32)
    values[3, 1] = np.nan  # which coordinates are NaN is a pattern the coordinator can read
    arrays["layer.0.lora_B.weight"] = Array(values)
    with pytest.raises(OutboundViolation):
        check_outbound(RecordDict({"arrays": arrays, "metrics": _train_metrics()}), kind="train", request=_request(_adapter()))


# --- The boundary mod: no reply bypasses the guard -------------------------------------


def _serialised(reply: Message) -> str:
    """Everything a reply carries that could hold text: its records, its metadata, its error."""
    parts = [repr(reply.content) if reply.has_content() else "", repr(reply.metadata)]
    if reply.has_error():
        parts.append(repr(reply.error))
    for record in reply.content.array_records.values() if reply.has_content() else ():
        parts.extend(array.data.decode("latin-1") for array in record.values())
    return "\n".join(parts)


def _through_boundary(kind: str, handler) -> Message:  # noqa: ANN001
    request = _request(_adapter())
    return boundary(_message(request, kind), _context(), handler)


def _assert_refusal(reply: Message, kind: str, code: Refusal) -> None:
    assert not reply.has_error()
    assert dict(reply.content["metrics"]) == {"num-examples": 0, "refused": int(code)}
    if kind.split(".")[0] == "train":
        assert set(reply.content.keys()) == {"metrics", "arrays"} and len(reply.content["arrays"]) == 0
    else:
        assert set(reply.content.keys()) == {"metrics"}
    assert CANARY not in _serialised(reply)
    assert reply.metadata.reply_to_message_id == "m1"


def _bad_replies(msg: Message) -> dict[str, Message]:
    """Replies a buggy handler could build: each breaks the contract, most with the canary in them."""
    sent = msg.content["arrays"]
    return {
        "config record": Message(RecordDict({"metrics": _train_metrics(), "config": ConfigRecord({"why": CANARY})}), reply_to=msg),
        "unknown metric": Message(RecordDict({"metrics": _train_metrics(**{"train-loss": 0.25})}), reply_to=msg),
        "list metric": Message(RecordDict({"metrics": _train_metrics(epsilon=[float(ord(c)) for c in CANARY])}), reply_to=msg),
        "padded tensors": Message(RecordDict({"metrics": _train_metrics(), "arrays": ArrayRecord(
            {k: Array(np.frombuffer(CANARY.encode()[:4] * 4, dtype=np.int32)) for k in sent})}), reply_to=msg),
        "error reply": Message(Error(code=0, reason=CANARY), reply_to=msg),
        "no message": None,  # type: ignore[dict-item]
    }


@pytest.mark.parametrize("kind", ["train", "evaluate", "query"])
@pytest.mark.parametrize("bad", ["config record", "unknown metric", "list metric", "padded tensors", "error reply", "no message"])
def test_a_handler_that_builds_a_bad_reply_sends_only_the_site_error_refusal(kind: str, bad: str) -> None:
    reply = _through_boundary(kind, lambda msg, _ctx: _bad_replies(msg)[bad])
    _assert_refusal(reply, kind, Refusal.SITE_ERROR)


@pytest.mark.parametrize("kind", ["train", "evaluate", "query", "train.custom"])
def test_a_handler_that_raises_with_the_canary_sends_only_the_site_error_refusal(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    def handler(_msg: Message, _ctx: Context) -> Message:
        raise ValueError(f"notes.jsonl:12: field 'output': {CANARY!r} is 913 tokens")

    with caplog.at_level(logging.ERROR, logger="fedtune.client.guard"):
        reply = _through_boundary(kind, handler)
    _assert_refusal(reply, kind, Refusal.SITE_ERROR)
    assert CANARY in caplog.text  # the site's operator can act on it; the coordinator cannot read it


@pytest.mark.parametrize("code", list(Refusal))
def test_a_refusal_carries_its_code_and_never_its_detail(code: Refusal) -> None:
    def handler(_msg: Message, _ctx: Context) -> Message:
        raise Refused(code, f"spent 3.9173 of 4 after {CANARY}")

    for kind in ("train", "evaluate"):
        _assert_refusal(_through_boundary(kind, handler), kind, code)


def test_a_handler_that_passes_the_guard_is_answered_as_it_built_it() -> None:
    def handler(msg: Message, _ctx: Context) -> Message:
        return Message(RecordDict({"arrays": _adapter(), "metrics": _train_metrics()}), reply_to=msg)

    reply = _through_boundary("train", handler)
    assert dict(reply.content["metrics"]) == dict(_train_metrics())
    assert len(reply.content["arrays"]) == len(SHAPES)


def test_every_tensor_byte_of_a_blocked_reply_is_gone() -> None:
    """The refusal is built fresh: none of the handler's tensors, whatever their content, survives into it."""
    def handler(msg: Message, _ctx: Context) -> Message:
        data = np.frombuffer(CANARY.encode().ljust(64 * 4, b"\0"), dtype=np.float32).reshape(4, 16)
        arrays = ArrayRecord({"layer.0.lora_A.weight": Array(data.copy()), "extra": Array(data.copy())})
        return Message(RecordDict({"arrays": arrays, "metrics": _train_metrics()}), reply_to=msg)

    reply = _through_boundary("train", handler)
    _assert_refusal(reply, "train", Refusal.SITE_ERROR)
    buffer = io.BytesIO()
    for record in reply.content.array_records.values():
        for array in record.values():
            buffer.write(array.data)
    assert buffer.getvalue() == b""


def _reply_to_another(msg: Message) -> Message:
    """A valid reply's content, answering a message the coordinator never sent (whose group id carries text)."""
    forged = Metadata(
        run_id=msg.metadata.run_id, message_id="m-forged", src_node_id=0, dst_node_id=1, reply_to_message_id="",
        group_id=CANARY, created_at=time.time(), ttl=3600, message_type="train",
    )
    content = RecordDict({"arrays": _adapter(), "metrics": _train_metrics()})
    return Message(content, reply_to=Message(content=RecordDict(), metadata=forged))


def test_a_reply_that_answers_another_message_leaves_as_an_answer_to_this_one() -> None:
    # (A message built afresh, not as a reply, cannot be made inside a ClientApp: Flower needs a run context.)
    # The boundary sends only the checked content, as a reply it builds itself: the handler's metadata never leaves.
    request = _message(_request(_adapter()), "train")
    reply = boundary(request, _context(), lambda msg, _ctx: _reply_to_another(msg))
    assert reply.metadata.reply_to_message_id == request.metadata.message_id
    assert reply.metadata.group_id == request.metadata.group_id
    assert CANARY not in _serialised(reply)
