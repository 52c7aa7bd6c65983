"""The adapter on the wire, packed: one Flower object instead of two per tensor, exact both ways, and every check still applied.

A coordinator and a site each craft packed records here the way a malicious peer could:
garbage bytes, a blob of the wrong Array type, missing and extra tensors, foreign dtypes,
wrong shapes, NaN. Nothing here starts Flower; the federation tests run the packed path end to end.
"""

from __future__ import annotations

import base64
import io
import json
import math
import struct
import time

import numpy as np
import pytest
import safetensors.torch
import torch
from flwr.app import Array, ArrayRecord, ConfigRecord, Context, Message, Metadata, MetricRecord, RecordDict
from flwr.supercore.inflatable.inflatable_object import get_all_nested_objects

from fedtune.client.guard import boundary
from fedtune.common.adapters import PACKED, PackError, from_arrays, is_packed, pack, packed_views, to_arrays, unpack
from fedtune.common.protocol import Refusal
from fedtune.server.validation import Layout, UpdateRejected, check_update

SHAPES = {f"model.layers.{i}.self_attn.{m}.lora_{ab}.weight": (8, 24) if ab == "A" else (24, 8)
          for i in range(30) for m in ("q_proj", "k_proj", "v_proj", "o_proj") for ab in "AB"}


def _state(seed: int = 0) -> dict[str, torch.Tensor]:
    generator = torch.Generator().manual_seed(seed)
    return {key: torch.randn(shape, generator=generator) for key, shape in SHAPES.items()}


def _blob_record(blob: bytes) -> ArrayRecord:
    return ArrayRecord({PACKED: Array(np.frombuffer(blob, dtype=np.uint8))})


@pytest.mark.parametrize("dtype", ["float32", "float16", "bfloat16"])
def test_unpacking_gives_back_every_array_byte_for_byte(dtype: str) -> None:
    arrays = to_arrays(_state(), dtype)
    packed = pack(arrays)
    assert is_packed(packed) and list(packed) == [PACKED]
    back = unpack(packed)
    assert sorted(back) == sorted(arrays)
    for key, array in arrays.items():
        assert (back[key].dtype, tuple(back[key].shape), back[key].stype, back[key].data) == (
            array.dtype, tuple(array.shape), array.stype, array.data
        )
    # from_arrays reads either form the same way
    assert all(torch.equal(from_arrays(packed)[k], v) for k, v in from_arrays(arrays).items())


def test_a_float64_global_adapter_from_an_adaptive_strategy_travels_exactly() -> None:
    arrays = ArrayRecord({key: Array(t.double().numpy()) for key, t in _state().items()})
    back = unpack(pack(arrays))
    assert all(back[k].dtype == "float64" and back[k].data == arrays[k].data for k in arrays)


def test_a_packed_adapter_is_a_handful_of_flower_objects_instead_of_two_per_tensor() -> None:
    arrays = to_arrays(_state())
    unpacked_objects = len(get_all_nested_objects(RecordDict({"arrays": arrays})))
    packed_objects = len(get_all_nested_objects(RecordDict({"arrays": pack(arrays)})))
    assert unpacked_objects >= 2 * len(SHAPES)
    assert packed_objects <= 4, packed_objects


def test_packing_is_a_pure_function_of_the_tensors_with_no_room_beside_them() -> None:
    first, second = pack(to_arrays(_state())), pack(to_arrays(_state()))
    assert first[PACKED].data == second[PACKED].data
    blob = first[PACKED].numpy().tobytes()
    (size,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8 : 8 + size])
    assert "__metadata__" not in header and set(header) == set(SHAPES)
    # Empty records (a refusal) and already packed ones are left as they are.
    assert len(pack(ArrayRecord())) == 0
    assert pack(first) is first


# --- The coordinator's side: a site's packed reply passes every check, or is refused with its code -------


def _content(arrays: ArrayRecord) -> RecordDict:
    return RecordDict({"arrays": arrays, "metrics": MetricRecord({"num-examples": 10, "refused": 0})})


def _shifted(shift: float) -> dict[str, torch.Tensor]:
    return {k: v + shift for k, v in _state().items()}


@pytest.mark.parametrize("dtype", ["float32", "float16", "bfloat16"])
def test_a_packed_reply_decodes_to_the_same_row_and_norm_as_the_unpacked_one(dtype: str) -> None:
    layout = Layout(_state())
    update = to_arrays(_shifted(0.01), dtype)
    plain_row, packed_row = layout.row(), layout.row()
    plain = check_update(_content(update), layout, plain_row, max_norm=1e3)
    packed = check_update(_content(pack(update)), layout, packed_row, max_norm=1e3)
    assert packed == plain > 0
    assert np.array_equal(plain_row, packed_row)


def _tampered(tamper: str) -> ArrayRecord:
    state = _shifted(0.01)
    if tamper == "garbage":
        return _blob_record(b"\x10\x00\x00\x00\x00\x00\x00\x00{not json at all}")
    if tamper == "truncated":
        blob = pack(to_arrays(state))[PACKED].numpy().tobytes()
        return _blob_record(blob[: len(blob) - 100])
    if tamper == "huge header":
        return _blob_record(struct.pack("<Q", 1 << 40) + b"{}")
    if tamper == "not uint8":
        return ArrayRecord({PACKED: Array(np.zeros(16, dtype=np.float32))})
    if tamper == "two-dimensional":
        return ArrayRecord({PACKED: Array(np.zeros((4, 4), dtype=np.uint8))})
    if tamper == "missing":
        state.pop(next(iter(state)))
    elif tamper == "extra":
        state["smuggled.weight"] = torch.zeros(2)
    elif tamper == "int":
        key = next(iter(state))
        state[key] = torch.zeros(SHAPES[key], dtype=torch.int32)
        return _blob_record(safetensors.torch.save(state))
    elif tamper == "float64":
        return _blob_record(safetensors.torch.save({k: v.double() for k, v in state.items()}))
    elif tamper == "shape":
        key = next(iter(state))
        state[key] = torch.zeros(SHAPES[key][::-1])
    elif tamper == "nan":
        state[next(iter(state))][0, 0] = math.nan
    return _blob_record(safetensors.torch.save(state))


@pytest.mark.parametrize(("tamper", "code"), [
    ("garbage", "malformed"), ("truncated", "malformed"), ("huge header", "malformed"), ("not uint8", "malformed"),
    ("two-dimensional", "malformed"), ("missing", "keys"), ("extra", "keys"), ("int", "dtype"), ("float64", "dtype"),
    ("shape", "shape"), ("nan", "non-finite"),
])
def test_a_crafted_packed_reply_is_refused_with_its_code(tamper: str, code: str) -> None:
    layout = Layout(_state())
    with pytest.raises(UpdateRejected) as caught:
        check_update(_content(_tampered(tamper)), layout, layout.row(), max_norm=1e3)
    assert caught.value.code == code
    assert "smuggled" not in str(caught.value)  # a site's own key names are never echoed


# --- The site's side: a coordinator's packed request ----------------------------------------------------


def _message(content: RecordDict, kind: str = "train") -> Message:
    meta = Metadata(
        run_id=1, message_id="m1", src_node_id=0, dst_node_id=1, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600, message_type=kind,
    )
    return Message(content=content, metadata=meta)


def _context() -> Context:
    return Context(run_id=1, node_id=1, node_config={}, state=RecordDict(), run_config={})


def _request(arrays: ArrayRecord) -> RecordDict:
    return RecordDict({"arrays": arrays, "config": ConfigRecord({"server-round": 1, "base-fingerprint": "v1:abc"})})


def _trainer(seen: list[ArrayRecord]):  # noqa: ANN202
    """A handler that records what it was handed and answers with the adapter shifted, within the contract."""

    def handle(msg: Message, context: Context) -> Message:
        seen.append(msg.content["arrays"])
        arrays = to_arrays({k: v + 0.5 for k, v in from_arrays(msg.content["arrays"]).items()})
        metrics = MetricRecord({"num-examples": 100, "refused": 0, "epsilon": 1.5, "delta": 1e-5, "steps": 2})
        return Message(RecordDict({"arrays": arrays, "metrics": metrics}), reply_to=msg)

    return handle


def test_the_site_unpacks_a_packed_request_before_its_handler_and_answers_packed() -> None:
    sent = to_arrays(_state())
    seen: list[ArrayRecord] = []
    reply = boundary(_message(_request(pack(sent))), _context(), _trainer(seen))
    assert not is_packed(seen[0]) and sorted(seen[0]) == sorted(sent)
    assert int(reply.content["metrics"]["refused"]) == 0
    assert is_packed(reply.content["arrays"])
    back = from_arrays(reply.content["arrays"])
    assert all(torch.equal(back[k], v + 0.5) for k, v in from_arrays(sent).items())


def test_the_site_answers_an_unpacked_request_unpacked() -> None:
    sent = to_arrays(_state())
    reply = boundary(_message(_request(sent)), _context(), _trainer([]))
    assert sorted(reply.content["arrays"]) == sorted(sent)


@pytest.mark.parametrize("tamper", ["garbage", "truncated", "huge header", "not uint8", "int"])
def test_a_coordinators_malformed_packed_request_is_refused_before_any_handler_runs(tamper: str) -> None:
    seen: list[ArrayRecord] = []
    reply = boundary(_message(_request(_tampered(tamper))), _context(), _trainer(seen))
    assert seen == []
    assert int(reply.content["metrics"]["refused"]) == int(Refusal.REQUEST)
    assert len(reply.content["arrays"]) == 0


def test_unpacking_refuses_what_it_cannot_read_without_quoting_it() -> None:
    with pytest.raises(PackError) as caught:
        unpack(_blob_record(b"\x08\x00\x00\x00\x00\x00\x00\x00Zebulon!"))
    assert "Zebulon" not in str(caught.value)


# --- The coordinator's own reading of the header, held to the library's verdict -----------------------


def _library(blob: bytes) -> list[tuple[str, tuple[int, ...], bytes]] | None:
    try:
        return sorted((k, tuple(v["shape"]), bytes(v["data"])) for k, v in safetensors.deserialize(blob))
    except Exception:  # noqa: BLE001 - any refusal of the library's
        return None


def _ours(blob: bytes) -> list[tuple[str, tuple[int, ...], bytes]] | None:
    try:
        return sorted((k, shape, bytes(view)) for k, _, shape, view in packed_views(_blob_record(blob)))
    except PackError:
        return None


def _with_header(header: str, data: bytes) -> bytes:
    raw = header.encode()
    return len(raw).to_bytes(8, "little") + raw + data


def test_the_coordinators_header_reader_accepts_and_refuses_exactly_what_the_library_does() -> None:
    tensors = {"a.lora_A.weight": torch.randn(2, 3), "b.lora_B.weight": torch.randn(3, 2).half(), "c": torch.randn(4).double()}
    valid = safetensors.torch.save(tensors)
    size = int.from_bytes(valid[:8], "little")
    data = valid[8 + size :]
    targeted = [
        valid,
        _with_header('{"__metadata__": {"note": "x"}, ' + valid[9 : 8 + size].decode().strip(), data),  # metadata
        _with_header(' ' + valid[8 : 8 + size].decode(), data),  # whitespace before the object
        _with_header('{"x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, '
                     '"x": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}', bytes(8)),  # a key twice
        _with_header('{"x": {"dtype": "F32", "shape": [2], "data_offsets": [0, 4]}}', bytes(4)),  # range too short
        _with_header('{"x": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}', bytes(8)),  # a gap
        _with_header('{"x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}', bytes(8)),  # bytes left over
        _with_header('{"x": {"dtype": "Q9", "shape": [1], "data_offsets": [0, 4]}}', bytes(4)),  # no such dtype
        _with_header('{"x": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}}', bytes(4)),
        _with_header('{"x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4], "extra": 1}}', bytes(4)),
        _with_header('[]', b""), _with_header('{}', b""), b"\x00" * 4,
    ]
    rng = np.random.default_rng(0)
    fuzzed = []
    for _ in range(600):  # random damage to the size field, the header and the length
        blob = bytearray(valid)
        for _ in range(int(rng.integers(1, 4))):
            where = float(rng.random())
            if where < 0.7 and len(blob) > 8 + size:
                blob[int(rng.integers(8, 8 + size))] = int(rng.choice(list(b'0123456789[]{}",: FUIB8_E\x00\xff')))
            elif where < 0.85 and len(blob) >= 8:
                blob[int(rng.integers(0, 8))] = int(rng.integers(0, 256))
            elif len(blob):
                del blob[int(rng.integers(0, len(blob))):]
        fuzzed.append(bytes(blob))
    accepted = 0
    for blob in targeted + fuzzed:
        assert _ours(blob) == _library(blob), blob[:120]
        accepted += _library(blob) is not None
    assert 3 <= accepted < len(targeted) + len(fuzzed)  # both verdicts were exercised


def test_the_coordinators_fast_path_and_its_general_path_read_a_reply_alike() -> None:
    layout = Layout(_state())
    update = _shifted(0.01)
    canonical = pack(to_arrays(update))  # fedtune's own packing: the header the layout expects
    with_metadata = _blob_record(safetensors.torch.save(update, metadata={"note": "anything"}))  # same tensors, another header
    fast, general = layout.row(), layout.row()
    assert check_update(_content(canonical), layout, fast, max_norm=1e3) == check_update(
        _content(with_metadata), layout, general, max_norm=1e3
    )
    assert np.array_equal(fast, general)


# --- Found by playing the malicious peer (each once crashed, echoed or cost gigabytes) ------------------


def _npy_v2(claimed: str) -> bytes:
    header = claimed.encode()
    header += b" " * (-(len(header) + 13) % 64) + b"\n"
    return b"\x93NUMPY\x02\x00" + struct.pack("<I", len(header)) + header


def _raw_record(data: bytes) -> ArrayRecord:
    return ArrayRecord({PACKED: Array(dtype="uint8", shape=(len(data),), stype="numpy.ndarray", data=data)})


def _nested(depth: int) -> bytes:
    header = b'{"__metadata__":' + b"[" * depth + b"]" * depth + b"}"
    return len(header).to_bytes(8, "little") + header


@pytest.mark.parametrize("crafted", ["deep JSON", "npy version 2 claiming 2**45 bytes", "a 20 MB header"])
def test_what_once_escaped_the_checks_is_now_a_refusal_on_both_sides(crafted: str) -> None:
    if crafted == "deep JSON":
        record = _blob_record(_nested(5000))
    elif crafted == "a 20 MB header":
        record = _blob_record((20 << 20).to_bytes(8, "little") + b"{" + b" " * 64)
    else:
        record = _raw_record(_npy_v2("{'descr': '|u1', 'fortran_order': False, 'shape': (35184372088832,), }"))
    layout = Layout(_state())
    with pytest.raises(UpdateRejected) as caught:
        check_update(_content(record), layout, layout.row(), max_norm=1e3)
    assert caught.value.code == "malformed"
    reply = boundary(_message(_request(record)), _context(), _trainer([]))
    assert int(reply.content["metrics"]["refused"]) == int(Refusal.REQUEST)


def test_a_crafted_shape_is_never_quoted_back() -> None:
    key = next(iter(SHAPES))
    digits = "9" * 4000
    header = json.dumps({key: {"dtype": "F32", "shape": [0, int(digits)], "data_offsets": [0, 0]}})
    layout = Layout({key: torch.zeros(SHAPES[key])})
    with pytest.raises(UpdateRejected) as caught:
        check_update(_content(_blob_record(len(header).to_bytes(8, "little") + header.encode())), layout, layout.row(), max_norm=1e3)
    assert caught.value.code == "shape" and digits[:50] not in str(caught.value) and len(str(caught.value)) < 300


def test_a_reply_whose_bytes_encode_more_values_than_its_declared_shape_never_leaves() -> None:
    key = next(iter(SHAPES))
    sent = to_arrays({key: torch.zeros(SHAPES[key])})
    buffer = io.BytesIO()
    np.save(buffer, np.frombuffer(b"Zebulon Quarternight MRN 4471-0093".ljust(4096, b" "), np.float32))

    def smuggler(msg: Message, context: Context) -> Message:
        arrays = ArrayRecord({key: Array(dtype="float32", shape=SHAPES[key], stype="numpy.ndarray", data=buffer.getvalue())})
        metrics = MetricRecord({"num-examples": 100, "refused": 0, "epsilon": 1.5, "delta": 1e-5, "steps": 2})
        return Message(RecordDict({"arrays": arrays, "metrics": metrics}), reply_to=msg)

    for request in (sent, pack(sent)):
        reply = boundary(_message(_request(request)), _context(), smuggler)
        assert int(reply.content["metrics"]["refused"]) == int(Refusal.SITE_ERROR)
        assert len(reply.content["arrays"]) == 0


def test_the_outbound_transcript_holds_the_packed_blob_that_left(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fedtune.client.guard import TRANSCRIPT_ENV

    monkeypatch.setenv(TRANSCRIPT_ENV, str(tmp_path))
    reply = boundary(_message(_request(pack(to_arrays(_state())))), _context(), _trainer([]))
    line = json.loads((tmp_path / "outbound.jsonl").read_text().splitlines()[-1])
    assert list(line["arrays"]) == [PACKED]
    assert base64.b64decode(line["arrays"][PACKED][2]) == reply.content["arrays"][PACKED].data
