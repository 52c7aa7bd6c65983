"""Checks on a site's reply before it may count: structure, metric keys, weight, array keys, dtypes, shapes, finiteness, update norm.

Each update is decoded once, into a flat float32 row laid out as the global adapter
(``Layout``): a tensor whose bytes are exactly what ``np.save`` writes for its declared
dtype and the expected shape is read in place (no header parsing), anything else decodes
the general way, as before. The norm and finiteness checks run on that row, and the
strategy's weighted sum (server/strategy.py) reads the same row.

A failed check raises ``UpdateRejected`` with a short reason code for history.json and
a detail for the log. Details name only the coordinator's own keys and numbers: key
names or codes a site sent are counted, never echoed, since the site chose them. The
metric keys a reply may carry are the contract's (fedtune.common.protocol).
"""

from __future__ import annotations

import functools
import io
import json
import math
import operator
from collections.abc import Iterable

import numpy as np
import safetensors.torch
import torch
from flwr.app import Array, ArrayRecord, MetricRecord, RecordDict
from flwr.common.constant import SType

from fedtune.common.adapters import (  # noqa: PLC2701 - the wire form of bfloat16
    _BF16_STYPE, PAYLOAD_DTYPES, PackError, from_arrays, is_packed, packed_blob, packed_entries,
)
from fedtune.common.protocol import ARRAYS, EVALUATE_METRICS, METRICS, REFUSED, TRAIN_METRICS, VAL_LOSS, WEIGHT, Refusal

# Kingma & Ba (2015, section 2.1): one bias-corrected Adam step moves a coordinate by at
# most learning-rate x (1 - beta1) / sqrt(1 - beta2), 3.16 for torch's default betas
# (0.9, 0.999), which the sites' AdamW uses. An honest step is usually near 1 x lr.
ADAM_STEP_BOUND = (1 - 0.9) / math.sqrt(1 - 0.999)

_FORM, _DATA = operator.attrgetter("dtype", "shape", "stype"), operator.attrgetter("data")


class UpdateRejected(ValueError):
    """An update that must not be aggregated; ``code`` is the reason recorded in history."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def _records(content: RecordDict) -> tuple[dict[str, MetricRecord], dict[str, ArrayRecord], int]:
    """The reply's MetricRecords and ArrayRecords by name, as RecordDict's ``metric_records`` and ``array_records`` hold them, and how many others.

    One pass over the reply's few records; Flower builds each of those views anew on every access.
    """
    metric_records: dict[str, MetricRecord] = {}
    array_records: dict[str, ArrayRecord] = {}
    others = 0
    for key, record in content.items():
        if isinstance(record, MetricRecord):
            metric_records[key] = record
        elif isinstance(record, ArrayRecord):
            array_records[key] = record
        else:
            others += 1
    return metric_records, array_records, others


def _metrics(content: RecordDict, allowed: frozenset[str], *, arrays: bool) -> MetricRecord:
    """The one MetricRecord, checked against the contract; at most one ArrayRecord beside it (refusals may send none)."""
    metric_records, array_records, others = _records(content)
    if list(metric_records) != [METRICS] or others or len(array_records) > int(arrays) or any(k != ARRAYS for k in array_records):
        raise UpdateRejected(
            "structure",
            f"expected one MetricRecord '{METRICS}'{f' and one ArrayRecord {ARRAYS!r}' if arrays else ''}, "
            f"got {len(metric_records)} metric, {len(array_records)} array and {others} other records",
        )
    metrics = metric_records[METRICS]
    _scalars(metrics, allowed)
    return metrics


def _arrays(content: RecordDict) -> ArrayRecord:
    _, records, _ = _records(content)
    if list(records) != [ARRAYS]:
        raise UpdateRejected("structure", f"expected one ArrayRecord '{ARRAYS}' with the update, got none")
    return records[ARRAYS]


def derived_max_update_norm(learning_rate: float, local_steps: int, elements: int) -> float:
    """The largest L2 distance ``local_steps`` AdamW steps can move ``elements`` coordinates: the default norm bound.

    Each coordinate moves at most ADAM_STEP_BOUND x learning-rate per step whatever the
    gradient (DP noise and the clip norm included, since Adam divides by the gradient's
    scale), and the schedule never exceeds learning-rate. The proximal pull only shrinks
    the update, and half-precision payloads round far below the bound's slack.
    """
    return ADAM_STEP_BOUND * learning_rate * local_steps * math.sqrt(elements)


def _scalars(metrics: MetricRecord, allowed: frozenset[str]) -> None:
    """Only the contract's keys, each one number: a reply beyond them is a misbehaving site, not a format to guess."""
    unknown = sum(1 for key in metrics if key not in allowed)
    if unknown:
        raise UpdateRejected("metrics", f"{unknown} metric keys outside the protocol's allow-list")
    lists = sum(1 for value in metrics.values() if isinstance(value, bool) or not isinstance(value, (int, float)))
    if lists:
        raise UpdateRejected("metrics", f"{lists} metrics are not single numbers")


def _number(metrics: MetricRecord, key: str) -> float:
    value = metrics.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise UpdateRejected("metrics", f"'{key}' must be a number")
    return float(value)


def _weight(metrics: MetricRecord) -> None:
    value = _number(metrics, WEIGHT)
    if not (math.isfinite(value) and value > 0):
        raise UpdateRejected("weight", f"'{WEIGHT}' must be positive and finite, got {value}")


def _refusal(metrics: MetricRecord) -> None:
    """A site that declined the request (its policy's caps) says so with a nonzero ``refused`` code and no tensors."""
    code = metrics.get(REFUSED, 0)
    if code:
        known = isinstance(code, int) and code in Refusal._value2member_map_  # noqa: SLF001 - IntEnum's own lookup
        label = Refusal(code).label if known else "refused-unknown"
        raise UpdateRejected(label, f"the site refused this request ({label})")


@functools.lru_cache(maxsize=512)
def _npy_header(dtype: str, shape: tuple[int, ...]) -> bytes:
    """The bytes ``np.save`` (so Flower's ``Array``) writes before a C-ordered array of this dtype and shape."""
    zeros = np.zeros(shape, dtype)
    buffer = io.BytesIO()
    np.save(buffer, zeros, allow_pickle=False)
    return buffer.getvalue()[: len(buffer.getvalue()) - zeros.nbytes]


class Layout:
    """The global adapter as one flat float32 vector and each tensor's place in it.

    Built once, then carried from round to round by ``refresh`` while the keys and shapes
    stay the same: the structure and the working buffers (``buffer``) are reused, and
    ``flat`` is read again from each round's reference. The buffers (``flat``, the decode
    row, the strategy's sums and held rows) stay allocated between rounds.
    """

    # Elements per pass of the norm: the difference to the global adapter stays in L2 cache.
    NORM_CHUNK = 1 << 18

    def __init__(self, reference: dict[str, torch.Tensor]) -> None:
        self.shapes = {k: tuple(v.shape) for k, v in reference.items()}
        self.slices: dict[str, slice] = {}
        offset = 0
        for key, shape in self.shapes.items():
            size = math.prod(shape)
            self.slices[key] = slice(offset, offset + size)
            offset += size
        self.size = offset
        self.keyset = frozenset(self.shapes)
        # Per tensor: key, shape, and the canonical float32 payload's header and length.
        self.entries = [
            (k, shape, header := _npy_header("float32", shape), len(header) + 4 * math.prod(shape))
            for k, shape in self.shapes.items()
        ]
        # The same per tensor as parallel lists, for checks run by map (C loops) over a whole reply,
        # and where each canonical payload's data bytes go in a row's bytes.
        keys = self._keys = list(self.shapes)
        self._shape_list = list(self.shapes.values())
        self._tensors = operator.itemgetter(*keys) if len(keys) > 1 else lambda table: tuple(table[k] for k in keys)
        self._forms = [("float32", shape, SType.NUMPY) for _, shape, _, _ in self.entries]
        self._headers = [header for _, _, header, _ in self.entries]
        self._nbytes = [nbytes for _, _, _, nbytes in self.entries]
        self._data = [slice(len(header), None) for header in self._headers]
        self._places = [slice(4 * s.start, 4 * s.stop) for s in self.slices.values()]
        self._chunks = [slice(start, min(start + self.NORM_CHUNK, offset)) for start in range(0, offset, self.NORM_CHUNK)]
        self._packed: tuple[bytes, list[slice], int] | None = None
        self._buffers: dict[str, np.ndarray] = {}
        self._scratch = self.buffer("scratch", (min(offset, self.NORM_CHUNK),), np.float32)
        self.flat = self.buffer("flat", (offset,), np.float32)
        self._read(reference)

    def packed_float32(self) -> tuple[bytes, list[slice], int]:
        """The header safetensors writes for this layout's tensors in float32, where each tensor's bytes lie in such a
        blob (in layout order, as ``_places`` says where they go in a row), and the blob's length.

        Made once per layout by the library itself (``pack``'s own call), so a reply whose
        header is byte for byte this one holds each tensor where this header puts it.
        """
        if self._packed is None:
            blob = memoryview(safetensors.torch.save({k: torch.zeros(shape) for k, shape in self.shapes.items()}))
            size = 8 + int.from_bytes(blob[:8], "little")
            offsets = {k: v["data_offsets"] for k, v in json.loads(bytes(blob[8:size])).items()}
            sources = [slice(size + offsets[k][0], size + offsets[k][1]) for k in self.shapes]
            self._packed = (bytes(blob[:size]), sources, len(blob))
        return self._packed

    def _read(self, reference: dict[str, torch.Tensor]) -> None:
        with torch.no_grad():  # one copy, cast to float32 on the way
            torch.cat([t.reshape(-1) for t in reference.values()], out=torch.from_numpy(self.flat))

    def refresh(self, reference: dict[str, torch.Tensor]) -> Layout:
        """This layout holding ``reference``'s values when its keys and shapes are this one's, in order, else a new layout."""
        if list(reference) != self._keys or [t.shape for t in reference.values()] != self._shape_list:
            return Layout(reference)
        self._read(reference)
        return self

    def buffer(self, name: str, shape: tuple[int, ...], dtype: type) -> np.ndarray:
        """A working array kept with the layout (a fresh one each round costs a page fault per 4 KiB); never a round's result."""
        array = self._buffers.get(name)
        if array is None or array.shape != shape or array.dtype != dtype:
            array = self._buffers[name] = np.empty(shape, dtype)
        return array

    def norm(self, row: np.ndarray) -> float:
        """The L2 distance from ``row`` to ``flat``, chunk by chunk (squares summed in float32 per chunk, in float64 across)."""
        scratch, flat, total = self._scratch, self.flat, 0.0
        for place in self._chunks:
            delta = np.subtract(row[place], flat[place], out=scratch[: place.stop - place.start])
            total += float(np.dot(delta, delta))
        return math.sqrt(total)

    def row(self) -> np.ndarray:
        return np.empty(self.size, np.float32)

    def tensors(self, row: np.ndarray) -> dict[str, torch.Tensor]:
        """``row``'s tensors by key, as views of it (copy ``row`` first if it will be reused)."""
        return {k: torch.from_numpy(row[s].reshape(self.shapes[k])) for k, s in self.slices.items()}

    def arrays(self, row: np.ndarray) -> ArrayRecord:
        """``row`` as an ArrayRecord of float32 NumPy arrays, the form Flower's strategies read (the bytes are copied)."""
        data = memoryview(np.ascontiguousarray(row, np.float32)).cast("B")
        record = ArrayRecord()  # filled item by item: built from a dict, it would construct every Array twice
        for (key, shape, header, _), place in zip(self.entries, self._places, strict=True):
            # exactly np.save's bytes, without its header formatting per tensor; one copy
            record[key] = Array(dtype="float32", shape=shape, stype=SType.NUMPY, data=header + data[place])
        return record


def _raw_into(dtype: str, data: bytes | memoryview, out: np.ndarray) -> None:
    """``out.size`` little-endian values of a payload dtype, as float32 into ``out`` (bfloat16: its words shifted up)."""
    if dtype == "bfloat16":
        np.left_shift(np.frombuffer(data, np.uint16, count=out.size), 16, out=out.view(np.uint32), dtype=np.uint32)
    else:
        out[...] = np.frombuffer(data, dtype, count=out.size)


def _fill(array: Array, key: str, layout: Layout, out: np.ndarray) -> None:
    """Decode one checked tensor into ``out`` (its slice of a row) as float32."""
    shape, data = layout.shapes[key], array.data
    size = out.size
    if array.stype == SType.NUMPY and array.dtype in ("float32", "float16") and isinstance(data, bytes):
        header = _npy_header(array.dtype, shape)
        itemsize = 4 if array.dtype == "float32" else 2
        if len(data) == len(header) + size * itemsize and data.startswith(header):
            _raw_into(array.dtype, memoryview(data)[len(header) :], out)
            return
    elif array.stype == _BF16_STYPE and array.dtype == "bfloat16" and len(array.data) == 2 * size:
        _raw_into("bfloat16", array.data, out)
        return
    # Any other form (another header layout, Fortran order, a foreign stype) decodes the general way.
    try:
        tensor = from_arrays(ArrayRecord({key: array}))[key]
    except (ValueError, TypeError, RuntimeError) as exc:
        raise UpdateRejected("malformed", f"tensor bytes do not decode ({type(exc).__name__})") from None
    if tuple(tensor.shape) != shape:
        raise UpdateRejected("malformed", f"{key}: decoded shape {tuple(tensor.shape)} does not match its header")
    out[...] = tensor.reshape(-1).numpy()


def _canonical(tensors: tuple[Array, ...], layout: Layout) -> list[bytes] | None:
    """The tensors' data when every one is a canonical float32 ``.npy`` of its expected shape, else None.

    The same conditions as ``_decode_into``'s loop (dtype, shape, then the canonical form),
    tested for all tensors at once by C loops; when any fails, that loop runs and raises
    the code the first failing tensor gets.
    """
    if list(map(_FORM, tensors)) != layout._forms:  # noqa: SLF001 - (dtype, shape, stype) of each, as expected
        return None
    n = len(tensors)
    data = list(map(_DATA, tensors))
    if list(map(type, data)).count(bytes) != n or list(map(len, data)) != layout._nbytes:  # noqa: SLF001
        return None
    return data if all(map(bytes.startswith, data, layout._headers)) else None  # noqa: SLF001


def _wrong_keys(keys: Iterable[str], layout: Layout) -> UpdateRejected:
    """The rejection of a reply whose tensor keys are not the layout's: counts, and only an expected key named."""
    keys = set(keys)
    missing = [k for k in layout.shapes if k not in keys]
    example = f" (e.g. {missing[0]})" if missing else ""
    return UpdateRejected("keys", f"{len(missing)} expected tensors missing{example}, {len(keys - layout.keyset)} unexpected")


def _decode_into(arrays: ArrayRecord, layout: Layout, out: np.ndarray) -> None:
    """Check every tensor's key, dtype and shape against ``layout``, then decode all of them into ``out``.

    The usual payload, every tensor a canonical float32 ``.npy`` (what sites send by
    default), is recognised by C loops over the whole reply (``_canonical``) and each
    tensor's data bytes are copied straight into its place in ``out``, without parsing a
    header. Anything else is checked and decoded tensor by tensor, in layout order.
    """
    if is_packed(arrays):
        _decode_packed_into(arrays, layout, out)
        return
    table = dict(arrays.items())  # a plain dict: Flower's record checks types on every access
    if table.keys() != layout.keyset:
        raise _wrong_keys(table.keys(), layout)
    data = _canonical(layout._tensors(table), layout)  # noqa: SLF001
    if data is not None:
        target = memoryview(out).cast("B")
        # Each canonical payload's bytes after its header, copied into its place (lengths checked above).
        for _ in map(target.__setitem__, layout._places, map(memoryview.__getitem__, map(memoryview, data), layout._data)):  # noqa: SLF001
            pass
        return
    # Not every tensor canonical: check all dtypes and shapes first, in layout order, then decode each.
    for key, shape in layout.shapes.items():
        array = table[key]
        if array.dtype not in PAYLOAD_DTYPES:
            raise UpdateRejected("dtype", f"{key}: dtype is not one of {sorted(PAYLOAD_DTYPES)}")
        if array.shape != shape and tuple(array.shape) != shape:
            raise UpdateRejected("shape", f"{key}: shape {tuple(array.shape)}, expected {shape}")
    for key, place in layout.slices.items():
        _fill(table[key], key, layout, out[place])


def _decode_packed_into(arrays: ArrayRecord, layout: Layout, out: np.ndarray) -> None:
    """``_decode_into`` for a packed adapter (common/adapters.py::pack): the same checks in the same order, from the blob."""
    try:
        blob = packed_blob(arrays)
        header, sources, size = layout.packed_float32()
        # A reply's header is about as long as this layout's own; refused before any of a longer one is parsed.
        if len(blob) >= 8 and int.from_bytes(blob[:8], "little") > 2 * len(header) + 4096:
            raise UpdateRejected("malformed", "the packed adapter's header is longer than this adapter's could be")
        if len(blob) == size and blob[: len(header)] == header:
            # What a site sends by default: fedtune's packing of float32 tensors of exactly this layout (the same
            # header bytes), so each tensor's bytes are where that header says; copied into the row, one copy.
            target = memoryview(out).cast("B")
            for _ in map(target.__setitem__, layout._places, map(blob.__getitem__, sources)):  # noqa: SLF001
                pass
            return
        entries = packed_entries(blob)
    except PackError as exc:
        raise UpdateRejected("malformed", str(exc)) from None
    found = {key: (dtype, shape, data) for key, dtype, shape, data in entries}
    if found.keys() != layout.keyset:  # the reader refuses a key named twice
        raise _wrong_keys(found.keys(), layout)
    for key, shape in layout.shapes.items():
        dtype, found_shape, _ = found[key]
        if dtype not in PAYLOAD_DTYPES:
            raise UpdateRejected("dtype", f"{key}: dtype is not one of {sorted(PAYLOAD_DTYPES)}")
        if found_shape != shape:  # the site's shape is not quoted: a crafted one may be megabytes of digits
            raise UpdateRejected("shape", f"{key}: shape differs from the expected {shape}")
    for key, place in layout.slices.items():
        dtype, _, data = found[key]
        _raw_into(dtype, data, out[place])  # safetensors is little-endian, as the row is


def check_update(content: RecordDict, layout: Layout, out: np.ndarray, *, max_norm: float) -> float:
    """Every check on one training reply, decoding its tensors once into ``out`` (a float32 row of ``layout``); the update's norm.

    ``out`` then holds the site's adapter, flat. Raises ``UpdateRejected`` if any check fails;
    the order of the checks, so the code a reply gets, is ``validate_update``'s.
    """
    metrics = _metrics(content, TRAIN_METRICS, arrays=True)
    _refusal(metrics)
    arrays = _arrays(content)
    _weight(metrics)
    _decode_into(arrays, layout, out)
    # L2 norm of the update over all tensors together; it is finite exactly when every value
    # is, unless finite values are so large that their differences or squares overflow (then
    # it is the norm).
    norm = layout.norm(out)
    if not math.isfinite(norm):
        for key, place in layout.slices.items():
            if bad := int(out[place].size - np.count_nonzero(np.isfinite(out[place]))):
                raise UpdateRejected("non-finite", f"{key}: {bad} NaN or infinite values")
    if not norm <= max_norm:
        raise UpdateRejected("norm", f"update norm {norm:.4g} exceeds max-update-norm {max_norm:.4g}")
    return norm


def validate_update(
    content: RecordDict, reference: dict[str, torch.Tensor], *, max_norm: float
) -> tuple[dict[str, torch.Tensor], float]:
    """The update decoded to float32 and its norm from ``reference`` (the global adapter).

    Raises ``UpdateRejected`` if any check fails.
    """
    layout = Layout(reference)
    row = layout.row()
    norm = check_update(content, layout, row, max_norm=max_norm)
    return layout.tensors(row), norm


def validate_evaluation(content: RecordDict) -> None:
    """An evaluation reply must carry one MetricRecord 'metrics' of contract keys with a weight and a finite 'val-loss', and not be a refusal.

    val-loss is a noised release, so any finite value (even a negative one) is honest.
    """
    metrics = _metrics(content, EVALUATE_METRICS, arrays=False)
    _refusal(metrics)
    if not math.isfinite(_number(metrics, VAL_LOSS)):
        raise UpdateRejected("metrics", f"'{VAL_LOSS}' must be finite")
    _weight(metrics)
