"""Adapter tensors: between a PEFT model, Flower's ArrayRecord and a PEFT folder on disk.

Only the trainable LoRA tensors ever leave a site, in a configurable payload dtype.

On the wire an adapter travels packed (``pack``): one Array holding a safetensors blob of
all its tensors. Flower moves every Array of a message as an object of its own, pulled
one request at a time by the receiving node and then by the ClientApp, which retries an
object its node does not hold yet with a backoff of up to 10 s; a 240-tensor adapter made
about 480 objects per message. Packed, it is a handful. ``unpack`` restores the exact
Arrays (each in its canonical encoding), so every check downstream sees what it saw before.
"""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import safetensors.torch
import torch
from flwr.app import Array, ArrayRecord
from flwr.common.constant import SType
from peft import PeftModel, get_peft_model_state_dict, set_peft_model_state_dict

PAYLOAD_DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}
# NumPy has no bfloat16, so Flower cannot serialise it; it travels as its raw 16-bit words.
_BF16_STYPE = "fedtune.bfloat16-raw"
# The one key of a packed adapter's ArrayRecord, and the safetensors dtypes a payload may use.
PACKED = "fedtune.adapter.safetensors"
# float64 too: Flower's adaptive strategies (FedAdam, FedYogi) keep the global adapter in it. Only the
# coordinator sends it; a site's reply must be in a payload dtype.
_PACKED_DTYPES = {"F32": "float32", "F16": "float16", "BF16": "bfloat16", "F64": "float64"}
_PACKED_TORCH = {**PAYLOAD_DTYPES, "float64": torch.float64}
MAX_PACKED_TENSORS = 1 << 16


class PackError(ValueError):
    """A packed adapter that does not decode; the message names no value from it."""


def is_ffa(model: torch.nn.Module) -> bool:
    """FFA-LoRA mode: every LoRA A is frozen while B trains (see ``LoraSettings.ffa``)."""
    a = [p.requires_grad for n, p in model.named_parameters() if ".lora_A." in n]
    b = [p.requires_grad for n, p in model.named_parameters() if ".lora_B." in n]
    return bool(a) and not any(a) and any(b)


def _exchanged(model: PeftModel) -> dict[str, torch.Tensor]:
    """The LoRA tensors that travel: all of them, or B alone in FFA-LoRA mode (A comes from the seed)."""
    state = get_peft_model_state_dict(model)
    if is_ffa(model):
        return {k: v for k, v in state.items() if ".lora_A." not in k}
    return state


def adapter_state(model: PeftModel) -> dict[str, torch.Tensor]:
    """The exchanged LoRA tensors by PEFT's saved names (adapter name stripped), detached on CPU."""
    return {k: v.detach().to("cpu", copy=True) for k, v in _exchanged(model).items()}


def load_adapter_state(model: PeftModel, state: dict[str, torch.Tensor]) -> None:
    """Set the model's exchanged LoRA tensors; every expected key must be present and match in shape.

    In FFA-LoRA mode that is B alone: the frozen A stays as the shared seed drew it.
    """
    expected = _exchanged(model)
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    if missing or unexpected:
        raise ValueError(f"adapter keys differ: missing {missing[:3]}, unexpected {unexpected[:3]}")
    for key, tensor in expected.items():
        if tuple(state[key].shape) != tuple(tensor.shape):
            raise ValueError(f"adapter tensor {key}: shape {tuple(state[key].shape)}, expected {tuple(tensor.shape)}")
    cast = {k: v.to(dtype=expected[k].dtype) for k, v in state.items()}
    result = set_peft_model_state_dict(model, cast)
    if result.unexpected_keys:
        raise ValueError(f"PEFT rejected adapter keys {result.unexpected_keys[:3]}")


def _to_array(tensor: torch.Tensor, dtype: str) -> Array:
    if dtype == "bfloat16":
        words = tensor.to(torch.bfloat16).contiguous().view(torch.int16).numpy()
        return Array(dtype="bfloat16", shape=tuple(tensor.shape), stype=_BF16_STYPE, data=words.tobytes())
    return Array(tensor.to(PAYLOAD_DTYPES[dtype]).contiguous())


def _from_array(array: Array) -> torch.Tensor:
    return _exact(array).float()


def _exact(array: Array) -> torch.Tensor:
    """The tensor in its payload dtype, bit for bit."""
    if array.stype == _BF16_STYPE:
        words = torch.frombuffer(bytearray(array.data), dtype=torch.int16) if array.data else torch.empty(0, dtype=torch.int16)
        return words.view(torch.bfloat16).reshape(array.shape)
    return torch.from_numpy(array.numpy().copy())


def is_packed(arrays: ArrayRecord) -> bool:
    """Whether ``arrays`` is a packed adapter (its one key is ``PACKED``)."""
    return len(arrays) == 1 and PACKED in arrays


def pack(arrays: ArrayRecord) -> ArrayRecord:
    """The adapter as one Array of a safetensors blob, every tensor in its own dtype bit for bit; an empty record stays empty.

    A pure function of the tensors' keys, dtypes, shapes and values: the blob carries no metadata.
    """
    if not len(arrays) or is_packed(arrays):
        return arrays
    blob = safetensors.torch.save({key: _exact(array) for key, array in arrays.items()})
    return ArrayRecord({PACKED: Array(np.frombuffer(blob, dtype=np.uint8))})


def _npy_bytes(data: bytes) -> memoryview:
    """The payload of a ``.npy`` holding one C-ordered 1-D uint8 array, as a view; read from its header alone.

    Only version 1.0, what ``np.save`` writes for such an array: ``np.load`` of any other
    header would allocate whatever size it claims before reading a byte.
    """
    stream = io.BytesIO(data[:4096])
    if np.lib.format.read_magic(stream) != (1, 0):
        raise ValueError("not np.save's version 1.0 header")
    shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
    offset = stream.tell()
    if dtype != np.uint8 or fortran or shape != (len(data) - offset,):
        raise ValueError("not a 1-D uint8 array of its length")
    return memoryview(data)[offset:]


# Every dtype of the safetensors format, by its bytes per element; the library refuses any other name.
_ITEMSIZE = {
    "BOOL": 1, "U8": 1, "I8": 1, "F8_E5M2": 1, "F8_E4M3": 1, "F8_E8M0": 1, "I16": 2, "U16": 2, "F16": 2, "BF16": 2,
    "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8, "C64": 8,
}
# A packed adapter's header: about 140 bytes a tensor (the demo's 240 tensors take 33 KB). The
# safetensors library allows 100 MB; a header that large would cost seconds and gigabytes to
# refuse, so neither side reads one over this.
MAX_PACKED_HEADER = 16 << 20


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key appears twice")
    return dict(pairs)


def packed_views(arrays: ArrayRecord) -> list[tuple[str, str | None, tuple[int, ...], memoryview]]:
    """(key, dtype, shape, little-endian data) of each tensor of a packed adapter, its data a view into the message's bytes.

    Both sides read a packed adapter with it: a site unpacks the coordinator's request, the
    coordinator decodes each reply straight into its row (one copy, as for a plain reply).
    The safetensors library writes the blob (``pack``), but its Python API reads one only
    into copies, so the header is read here, by the format's rules as the library applies them: a little-endian u64
    header size within ``MAX_PACKED_HEADER`` and the buffer, a JSON object with no key twice
    (``__metadata__`` a string map, otherwise ignored), each tensor with ``dtype``, ``shape``
    and ``data_offsets`` (other fields ignored, as the library does), and the tensors' byte
    ranges tiling the data section from its first byte to its last with no gap or overlap,
    each as long as its shape and dtype make it. A tensor of a dtype fedtune never sends gets
    dtype None (the caller refuses it). tests/test_packing.py holds this reader to the
    library's verdict on crafted and randomly damaged blobs. Where they can differ the
    reader is the stricter (a key twice, dtypes newer than this list) or accepts only what
    the layout's checks then refuse (a NaN in an ignored field, a zero-size shape of huge
    dimensions).
    """
    return packed_entries(packed_blob(arrays))


def packed_blob(arrays: ArrayRecord) -> memoryview:
    """The safetensors bytes of a packed adapter, a view into the message's own; ``PackError`` unless its Array is 1-D uint8."""
    array = arrays[PACKED]
    if array.dtype != "uint8" or array.stype != SType.NUMPY or len(array.shape) != 1 or not isinstance(array.data, bytes):
        raise PackError("the packed adapter is not one 1-D uint8 NumPy array")
    try:
        return memoryview(_npy_bytes(array.data))
    except (ValueError, TypeError, OSError, EOFError) as exc:
        raise PackError(f"the packed adapter's array does not decode ({type(exc).__name__})") from None


def packed_entries(blob: memoryview) -> list[tuple[str, str | None, tuple[int, ...], memoryview]]:
    """``packed_views`` of a blob from ``packed_blob``."""
    try:
        return _views(blob)
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError) as exc:  # RecursionError: deeply nested JSON
        raise PackError(f"the packed adapter is no safetensors blob ({type(exc).__name__})") from None


def _views(blob: memoryview) -> list[tuple[str, str | None, tuple[int, ...], memoryview]]:
    if len(blob) < 8:
        raise ValueError("shorter than a header size")
    size = int.from_bytes(blob[:8], "little")
    if size > MAX_PACKED_HEADER or 8 + size > len(blob):
        raise ValueError("header size out of bounds")
    header = json.loads(bytes(blob[8 : 8 + size]).decode("utf-8"), object_pairs_hook=_unique)
    if not isinstance(header, dict):
        raise ValueError("header is no JSON object")
    metadata = header.pop("__metadata__", None)
    if metadata is not None and not (isinstance(metadata, dict) and all(isinstance(v, str) for v in metadata.values())):
        raise ValueError("metadata is no string map")
    data = blob[8 + size :]
    entries, ranges = [], []
    for key, info in header.items():
        if not isinstance(info, dict) or not {"dtype", "shape", "data_offsets"} <= set(info):
            raise ValueError("a tensor entry lacks a field")
        dtype, shape, offsets = info["dtype"], info["shape"], info["data_offsets"]
        if not isinstance(dtype, str) or not isinstance(shape, list) or not isinstance(offsets, list) or len(offsets) != 2:
            raise ValueError("a tensor entry is malformed")
        if not all(type(n) is int and n >= 0 for n in [*shape, *offsets]):
            raise ValueError("a tensor entry has a non-integer or negative size")
        start, end = offsets
        itemsize = _ITEMSIZE[dtype]
        if end < start or end - start != math.prod(shape) * itemsize:
            raise ValueError("a tensor's byte range does not fit its shape")
        ranges.append((start, end))
        entries.append((key, _PACKED_DTYPES.get(dtype), tuple(shape), data[start:end]))
    cursor = 0
    for start, end in sorted(ranges):
        if start != cursor:
            raise ValueError("tensors leave a gap or overlap")
        cursor = end
    if cursor != len(data):
        raise ValueError("tensors do not cover the data section")
    if len(entries) > MAX_PACKED_TENSORS:
        raise ValueError("too many tensors")
    return entries


def unpack(arrays: ArrayRecord) -> ArrayRecord:
    """A packed adapter as the ArrayRecord it was packed from (each tensor canonically encoded); any other record unchanged.

    Raises ``PackError`` for a blob that does not decode or holds a tensor of another dtype
    (float64 is read too: Flower's adaptive strategies keep the global adapter in it).
    """
    if not is_packed(arrays):
        return arrays
    record = ArrayRecord()
    for key, dtype, shape, data in packed_views(arrays):
        if dtype is None:
            raise PackError("a packed tensor's dtype is not a floating-point dtype fedtune sends")
        torch_dtype = _PACKED_TORCH[dtype]
        try:
            tensor = (torch.frombuffer(bytearray(data), dtype=torch_dtype) if len(data) else torch.empty(0, dtype=torch_dtype)).reshape(shape)
            record[key] = Array(tensor) if dtype == "float64" else _to_array(tensor, dtype)
        except (ValueError, TypeError, RuntimeError, OverflowError) as exc:  # e.g. more dimensions than torch allows
            raise PackError(f"a packed tensor cannot be rebuilt ({type(exc).__name__})") from None
    return record


def to_arrays(state: dict[str, torch.Tensor], dtype: str = "float32") -> ArrayRecord:
    """An ArrayRecord of the adapter in the payload dtype."""
    if dtype not in PAYLOAD_DTYPES:
        raise ValueError(f"payload dtype must be one of {sorted(PAYLOAD_DTYPES)}, got {dtype!r}")
    return ArrayRecord({k: _to_array(v.detach().cpu(), dtype) for k, v in state.items()})


def from_arrays(arrays: ArrayRecord) -> dict[str, torch.Tensor]:
    """Adapter tensors from an ArrayRecord, packed or not, in float32 for training and aggregation."""
    return {k: _from_array(v) for k, v in unpack(arrays).items()}


def save_adapter(model: PeftModel, out_dir: str | Path) -> Path:
    """Save in PEFT format so ``PeftModel.from_pretrained(base, out_dir)`` loads it.

    Written to a temporary folder beside the target and renamed, so a crash never
    leaves a half-written adapter; an existing adapter at ``out_dir`` is replaced.
    """
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        model.save_pretrained(tmp)
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.rename(out, old)
            os.rename(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
