"""Checks on a site's reply before it may count: structure, weight, keys, dtypes, shapes, finiteness, update norm.

A failed check raises ``UpdateRejected`` with a short reason code for history.json and
a detail for the log. Details name only the coordinator's own keys and numbers: key
names a site sent are counted, never echoed, since the site chose them.
"""

from __future__ import annotations

import math

import torch
from flwr.app import ArrayRecord, MetricRecord, RecordDict

from fedtune.common.adapters import PAYLOAD_DTYPES, from_arrays
from fedtune.common.privacy import Refusal

WEIGHT_KEY = "num-examples"


class UpdateRejected(ValueError):
    """An update that must not be aggregated; ``code`` is the reason recorded in history."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def _structure(content: RecordDict) -> tuple[ArrayRecord, MetricRecord]:
    arrays, metrics = content.array_records, content.metric_records
    if list(arrays) != ["arrays"] or list(metrics) != ["metrics"]:
        raise UpdateRejected(
            "structure",
            f"expected one ArrayRecord 'arrays' and one MetricRecord 'metrics', "
            f"got {len(arrays)} array and {len(metrics)} metric records",
        )
    return arrays["arrays"], metrics["metrics"]


def _number(metrics: MetricRecord, key: str) -> float:
    value = metrics.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise UpdateRejected("metrics", f"'{key}' must be a number")
    return float(value)


def _weight(metrics: MetricRecord) -> None:
    value = _number(metrics, WEIGHT_KEY)
    if not (math.isfinite(value) and value > 0):
        raise UpdateRejected("weight", f"'{WEIGHT_KEY}' must be positive and finite, got {value}")


def _refusal(metrics: MetricRecord) -> None:
    """A site that declined the round (its policy's caps) says so with a nonzero ``refused`` code and no tensors."""
    code = metrics.get("refused", 0)
    if code:
        known = {r.value: r.name.lower().replace("_", "-") for r in Refusal}
        name = known[code] if isinstance(code, int) and code in known else str(code)
        raise UpdateRejected(f"refused-{name}", f"the site refused this round (refusal code {code})")


def _keys_and_layout(arrays: ArrayRecord, reference: dict[str, torch.Tensor]) -> None:
    missing = [k for k in reference if k not in arrays]
    unexpected = sum(1 for k in arrays if k not in reference)
    if missing or unexpected:
        example = f" (e.g. {missing[0]})" if missing else ""
        raise UpdateRejected("keys", f"{len(missing)} expected tensors missing{example}, {unexpected} unexpected")
    for key, expected in reference.items():
        array = arrays[key]
        if array.dtype not in PAYLOAD_DTYPES:
            raise UpdateRejected("dtype", f"{key}: dtype is not one of {sorted(PAYLOAD_DTYPES)}")
        if tuple(array.shape) != tuple(expected.shape):
            raise UpdateRejected("shape", f"{key}: shape {tuple(array.shape)}, expected {tuple(expected.shape)}")


def _decode(arrays: ArrayRecord, reference: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    try:
        state = from_arrays(arrays)
    except (ValueError, TypeError, RuntimeError) as exc:
        raise UpdateRejected("malformed", f"tensor bytes do not decode ({type(exc).__name__})") from None
    for key, expected in reference.items():
        if state[key].shape != expected.shape:
            raise UpdateRejected("malformed", f"{key}: decoded shape {tuple(state[key].shape)} does not match its header")
    return state


def validate_update(
    content: RecordDict, reference: dict[str, torch.Tensor], *, max_norm: float
) -> tuple[dict[str, torch.Tensor], float]:
    """The update decoded to float32 and its norm from ``reference`` (the global adapter).

    Raises ``UpdateRejected`` if any check fails.
    """
    arrays, metrics = _structure(content)
    _refusal(metrics)
    _weight(metrics)
    _keys_and_layout(arrays, reference)
    state = _decode(arrays, reference)
    # L2 norm of the update over all tensors together; it is finite exactly when every value
    # is, unless finite values are so large that their squares overflow (then it is the norm).
    norm = math.sqrt(sum(float((state[k] - reference[k]).square().sum()) for k in reference))
    if not math.isfinite(norm):
        for key, tensor in state.items():
            if bad := int((~torch.isfinite(tensor)).sum()):
                raise UpdateRejected("non-finite", f"{key}: {bad} NaN or infinite values")
    if not norm <= max_norm:
        raise UpdateRejected("norm", f"update norm {norm:.4g} exceeds max-update-norm {max_norm:.4g}")
    return state, norm


def validate_evaluation(content: RecordDict) -> None:
    """An evaluation reply must carry one MetricRecord 'metrics' with a weight and a 'val-loss', and not be a refusal."""
    if list(content.metric_records) != ["metrics"]:
        raise UpdateRejected("structure", f"expected one MetricRecord 'metrics', got {len(content.metric_records)}")
    metrics = content["metrics"]
    _refusal(metrics)
    _number(metrics, "val-loss")
    _weight(metrics)
