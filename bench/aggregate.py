"""Aggregation benchmark: one round's FedAvg over N site updates, side by side in one run.

    python bench/aggregate.py                     # 10, 100 and 1,000 sites
    python bench/aggregate.py --sites 3 --repeats 1   # CI-sized

Four ways over the same replies (SmolLM2-135M's architecture, the demo's LoRA r=8 on q, k,
v, o of 30 layers, float32 updates, capped weights): a plain NumPy weighted sum of arrays
already in memory (the baseline), Flower's own ``FedAvg.aggregate_train``, fedtune before
(each tensor decoded by ``np.load`` to check it, then Flower's FedAvg decoding it again; kept
here as it was) and fedtune now (``FedTuneAvg.aggregate_train``: checks and weighted sum from
one decode, history included), timed as a first round (the global adapter read through PEFT,
working buffers allocated) and as a later one (the committed adapter and the buffers kept).
It prints the ratios against NumPy and checks that all of them agree. The figures are
printed only; bench/RESULTS.md's aggregation section quotes them.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch
from flwr.app import Array, ArrayRecord, Message, MetricRecord
from flwr.serverapp.strategy import FedAvg

from fedtune.common.adapters import adapter_state, from_arrays, pack
from fedtune.common.model import LoraSettings, add_lora
from fedtune.common.protocol import METRICS, TRAIN_METRICS, WEIGHT
from fedtune.common.runconfig import RunConfig
from fedtune.server import validation
from fedtune.server.heap import retain_freed_memory
from fedtune.server.strategy import _for_flower, build_strategy, capped_shares

sys.path.insert(0, str(Path(__file__).parent))
from federation import DISTINCT, _best, _reply, demo_base  # noqa: E402 - bench/federation.py, beside this script


def _fresh(replies: list[Message], weights: np.ndarray) -> list[Message]:
    """The replies with their metrics as sent (the strategies replace them with capped shares)."""
    for msg, w in zip(replies, weights, strict=True):
        msg.content[METRICS] = MetricRecord({WEIGHT: int(w), "refused": 0})
    return replies


def _keys_and_layout(arrays: ArrayRecord, reference: dict[str, torch.Tensor]) -> None:
    """server/validation.py's key and layout check before issue 15 fused it into the decode."""
    missing = [k for k in reference if k not in arrays]
    unexpected = sum(1 for k in arrays if k not in reference)
    if missing or unexpected:
        example = f" (e.g. {missing[0]})" if missing else ""
        raise validation.UpdateRejected("keys", f"{len(missing)} expected tensors missing{example}, {unexpected} unexpected")
    for key, expected in reference.items():
        array = arrays[key]
        if array.dtype not in validation.PAYLOAD_DTYPES:
            raise validation.UpdateRejected("dtype", f"{key}: dtype is not one of {sorted(validation.PAYLOAD_DTYPES)}")
        if tuple(array.shape) != tuple(expected.shape):
            raise validation.UpdateRejected("shape", f"{key}: shape {tuple(array.shape)}, expected {tuple(expected.shape)}")


def before(replies: list[Message], reference: dict[str, torch.Tensor], max_norm: float, cap: float) -> ArrayRecord:
    """fedtune's path before issue 15: every check on tensors decoded by np.load, then Flower's FedAvg decoding them again."""
    good = []
    for msg in replies:
        metrics = validation._metrics(msg.content, TRAIN_METRICS, arrays=True)  # noqa: SLF001
        validation._refusal(metrics)  # noqa: SLF001
        arrays = validation._arrays(msg.content)  # noqa: SLF001
        validation._weight(metrics)  # noqa: SLF001
        _keys_and_layout(arrays, reference)
        state = from_arrays(arrays)
        if any(state[k].shape != v.shape for k, v in reference.items()):
            raise AssertionError("malformed")
        norm = math.sqrt(sum(float((state[k] - reference[k]).square().sum()) for k in reference))
        if not norm <= max_norm:
            raise AssertionError("norm")
        good.append(msg)
    shares = capped_shares([float(m.content[METRICS][WEIGHT]) for m in good], cap)
    _for_flower(good, (), shares)
    arrays, _ = FedAvg(min_train_nodes=1).aggregate_train(1, good)
    return arrays


def measure(template: torch.nn.Module, sites: int, repeats: int, run_dir: Path) -> dict[str, float]:
    reference = adapter_state(template)
    rng = np.random.default_rng(sites)
    updates = [
        {k: v.numpy() + rng.standard_normal(v.shape, dtype=np.float32) * 1e-3 for k, v in reference.items()}
        for _ in range(min(sites, DISTINCT))
    ]
    records = [ArrayRecord({k: Array(np.ascontiguousarray(a)) for k, a in u.items()}) for u in updates]
    weights = rng.integers(10, 1000, sites)
    weights[0] = 10 * weights.sum()  # one site claims most examples: its share is capped
    replies = [_reply(i + 1, records[i % len(records)], int(w)) for i, w in enumerate(weights)]
    # What sites send since the adapter travels packed (common/adapters.py::pack): one safetensors blob a reply.
    packed = [pack(r) for r in records]
    packed_replies = [_reply(i + 1, packed[i % len(packed)], int(w)) for i, w in enumerate(weights)]
    cap = 0.5
    shares = np.asarray(capped_shares([float(w) for w in weights], cap), np.float32)

    def plain() -> dict[str, np.ndarray]:
        total = {k: np.zeros_like(v) for k, v in updates[0].items()}
        for i, factor in enumerate(shares):
            for k, v in updates[i % len(updates)].items():
                total[k] += factor * v
        return total

    def flower() -> ArrayRecord:
        msgs = _fresh(replies, weights)
        _for_flower(msgs, (), [float(s) for s in shares])
        return FedAvg(min_train_nodes=1).aggregate_train(1, msgs)[0]

    run = RunConfig(min_sites=1, run_dir=str(run_dir), max_site_share=cap)
    strategy = build_strategy(run, template, "v1:bench:bench")
    max_norm = strategy.max_update_norm

    def aggregate(sent: list[Message] = replies) -> ArrayRecord:
        arrays, _ = strategy.aggregate_train(1, _fresh(sent, weights))
        strategy._current = None  # noqa: SLF001 - a new round each repeat
        return arrays

    def ours() -> ArrayRecord:  # a first round: no layout or working buffers yet
        strategy._layout = None  # noqa: SLF001
        return aggregate()

    def later(sent: list[Message] = replies) -> ArrayRecord:  # from round 2 on, the strategy keeps the committed global adapter and its layout
        strategy._global = reference  # noqa: SLF001 - what a commit leaves
        try:
            return aggregate(sent)
        finally:
            strategy._global = None  # noqa: SLF001

    numpy_s, expected = _best(plain, repeats)
    flower_s, by_flower = _best(flower, repeats)
    before_s, by_before = _best(lambda: before(_fresh(replies, weights), reference, max_norm, cap), repeats)
    ours_s, by_ours = _best(ours, repeats)
    later_s, by_later = _best(later, repeats)
    packed_s, by_packed = _best(lambda: later(packed_replies), repeats)
    for name, result in (("flower", by_flower), ("before", by_before), ("fedtune", by_ours), ("fedtune later", by_later),
                         ("fedtune later, packed", by_packed)):
        for key, value in expected.items():
            if not np.allclose(result[key].numpy(), value, atol=1e-6):
                raise AssertionError(f"{name}'s aggregate differs from NumPy's at {key}")
    return {"numpy": numpy_s, "flower": flower_s, "before": before_s, "after": ours_s, "later": later_s, "packed": packed_s}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeats", type=int, default=3, help="best of this many (1 at 1,000 sites and more)")
    parser.add_argument("--return-freed", action="store_true",
                        help="leave glibc's defaults: freed heap goes back to the kernel (what server/heap.py changes)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    for name in ("flwr", "fedtune"):
        logging.getLogger(name).setLevel(logging.ERROR)
    torch.set_num_threads(1)
    # As the coordinator's ServerApp does (server/heap.py); NumPy's baseline shares the setting.
    retained = False if args.return_freed else retain_freed_memory()
    template = add_lora(demo_base(), LoraSettings(r=8), seed=0)
    elements = sum(v.numel() for v in adapter_state(template).values())
    print(f"{len(adapter_state(template))} tensors, {elements:,} float32 elements per update; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start; freed heap "
          f"{'kept between rounds' if retained else 'returned to the kernel (--return-freed, or not glibc)'}", flush=True)
    print("| sites | NumPy weighted sum | Flower FedAvg | fedtune before | fedtune now, round 1 | fedtune now, later rounds "
          "| later rounds, packed replies | Flower / NumPy | before / NumPy | round 1 / NumPy | later rounds / NumPy "
          "| packed / NumPy |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for sites in args.sites:
            t = measure(template, sites, 1 if sites >= 1000 else args.repeats, Path(tmp) / str(sites))
            n = t["numpy"]
            print(f"| {sites:,} | {n:.3f} s | {t['flower']:.3f} s | {t['before']:.3f} s | {t['after']:.3f} s | "
                  f"{t['later']:.3f} s | {t['packed']:.3f} s | {t['flower'] / n:.1f}x | {t['before'] / n:.1f}x | "
                  f"{t['after'] / n:.2f}x | {t['later'] / n:.2f}x | {t['packed'] / n:.2f}x |", flush=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
