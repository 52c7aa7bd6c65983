"""Federation benchmark: aggregation cost against plain NumPy, bytes per site against the full model, framework overhead in simulation.

    python bench/federation.py                                       # (a) and (b)
    python bench/federation.py --history runs/demo/run/history.json  # (c) from a finished run
    python bench/federation.py --simulate --write bench/RESULTS.md   # (c) from a tiny fedtune-demo

(a) and (b) use SmolLM2-135M's architecture, built from its config with random weights
(nothing is read or downloaded), and the demo's LoRA: r=8 on q, k, v and o of 30 layers.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from flwr.app import Array, ArrayRecord, Message, Metadata, MetricRecord, RecordDict
from flwr.serverapp.strategy import FedAvg
from peft import PeftModel
from transformers import AutoModelForCausalLM, LlamaConfig

from fedtune.common.adapters import PAYLOAD_DTYPES, adapter_state, to_arrays
from fedtune.common.model import LoraSettings, add_lora
from fedtune.common.runconfig import RunConfig
from fedtune.server.strategy import build_strategy
from results import publish  # bench/results.py, beside this script

SECTION = "## Federation (issue 5)"
# SmolLM2-135M-Instruct's config (the embedded model), literal so no weights are needed.
SMOLLM2_135M = {
    "vocab_size": 49152, "hidden_size": 576, "intermediate_size": 1536, "num_hidden_layers": 30,
    "num_attention_heads": 9, "num_key_value_heads": 3, "head_dim": 64, "max_position_embeddings": 8192,
    "tie_word_embeddings": True, "rms_norm_eps": 1e-5,
}
# Distinct simulated updates; site i sends update i mod this, so 1,000 sites fit in memory.
DISTINCT = 50
SIMULATION = ["--tiny", "--rounds", "2", "--local-steps", "3", "--records", "40", "--max-length", "768"]


def demo_base() -> torch.nn.Module:
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        return AutoModelForCausalLM.from_config(LlamaConfig(**SMOLLM2_135M), dtype=torch.float32)


def _reply(node: int, arrays: ArrayRecord, examples: int) -> Message:
    meta = Metadata(
        run_id=1, message_id=str(node), src_node_id=node, dst_node_id=0, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600, message_type="train",
    )
    metrics = MetricRecord({"num-examples": examples, "refused": 0})
    return Message(content=RecordDict({"arrays": arrays, "metrics": metrics}), metadata=meta)


def _best(fn, repeats: int) -> tuple[float, object]:  # noqa: ANN001
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def aggregation(template: PeftModel, sites: int, run_dir: Path) -> tuple[float, float, float]:
    """Seconds to aggregate ``sites`` updates: plain NumPy, Flower's FedAvg alone, fedtune's path (checks + FedAvg + history)."""
    reference = adapter_state(template)
    rng = np.random.default_rng(sites)
    updates = [
        {k: v.numpy() + rng.standard_normal(v.shape, dtype=np.float32) * 1e-3 for k, v in reference.items()}
        for _ in range(min(sites, DISTINCT))
    ]
    records = [ArrayRecord({k: Array(a) for k, a in u.items()}) for u in updates]
    weights = rng.integers(10, 1000, sites)
    replies = [_reply(i + 1, records[i % len(records)], int(w)) for i, w in enumerate(weights)]

    def plain() -> dict[str, np.ndarray]:
        factors = weights / weights.sum()
        total = {k: np.zeros_like(v) for k, v in updates[0].items()}
        for i, factor in enumerate(factors):
            for k, v in updates[i % len(updates)].items():
                total[k] += factor * v
        return total

    run = RunConfig(min_sites=1, run_dir=str(run_dir))
    strategy = build_strategy(run, template, "v1:bench:bench")
    repeats = 3 if sites <= 100 else 1
    numpy_s, expected = _best(plain, repeats)
    flower_s, _ = _best(lambda: FedAvg(min_train_nodes=1).aggregate_train(1, replies), repeats)
    ours_s, (arrays, _) = _best(lambda: strategy.aggregate_train(1, replies), repeats)
    for key, value in expected.items():
        if not np.allclose(arrays[key].numpy(), value, atol=1e-6):
            raise AssertionError(f"aggregates differ at {key}")
    return numpy_s, flower_s, ours_s


def payload_bytes(template: PeftModel) -> list[tuple[str, str, int, float]]:
    """(exchange, dtype, bytes, % of the full model in float32) per payload dtype, for LoRA and FFA-LoRA."""
    full = sum(p.numel() for n, p in template.named_parameters() if "lora_" not in n) * 4  # tied embeddings once
    ffa = add_lora(demo_base(), LoraSettings(r=8, ffa=True), seed=0)
    rows = []
    for name, model in (("LoRA A+B", template), ("FFA-LoRA, B only", ffa)):
        state = adapter_state(model)
        for dtype in PAYLOAD_DTYPES:
            size = to_arrays(state, dtype).count_bytes()
            rows.append((name, dtype, size, 100 * size / full))
    return rows


def overhead(history_path: Path, sites: Path) -> list[tuple[int, float, float, float, int]]:
    """(round, train-phase wall seconds, sum and max of the sites' train-seconds, sites) per round.

    Sites keep their exact training time to themselves (``local-metrics.jsonl`` in each
    state directory; timings would leak through replies), so this reads the sites' folders.
    """
    rounds = json.loads(history_path.read_text(encoding="utf-8"))["rounds"]
    local: dict[int, list[float]] = {}
    for path in sites.glob("*/local-metrics.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("kind", "train") != "train":
                continue
            local.setdefault(entry["round"], []).append(entry["train-seconds"])
    rows = []
    for entry in rounds:
        seconds = local.get(entry["round"], [0.0])
        rows.append((entry["round"], entry["aggregate"]["train-wall-seconds"], sum(seconds), max(seconds), len(seconds)))
    return rows


def simulated_overhead() -> list[tuple[int, float, float, float, int]]:
    """``overhead`` of a tiny fedtune-demo run in Flower's simulation engine."""
    demo = Path(sys.executable).with_name("fedtune-demo")
    with tempfile.TemporaryDirectory(prefix="fedtune-bench-") as out:
        subprocess.run([str(demo), "--out", out, *SIMULATION], check=True, stdout=subprocess.DEVNULL)
        return overhead(Path(out) / "run" / "history.json", Path(out) / "sites")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, nargs="+", default=[10, 100, 1000], help="simulated updates per aggregation")
    parser.add_argument("--history", type=Path, help="(c) from this run's history.json")
    parser.add_argument("--simulate", action="store_true", help="(c) from a tiny fedtune-demo run: " + " ".join(SIMULATION))
    parser.add_argument("--write", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("flwr").setLevel(logging.WARNING)

    lines = [f"SmolLM2-135M architecture, LoRA r=8 on q, k, v, o of 30 layers, float32 updates; "
             f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start.", ""]
    lines += ["(a) Aggregation of one round's updates (best of 3; 1 run at 1,000 sites):", "",
              "| sites | NumPy weighted sum | Flower FedAvg | fedtune (checks + FedAvg + history) | fedtune / NumPy | Flower / NumPy |",
              "|---|---|---|---|---|---|"]
    template = add_lora(demo_base(), LoraSettings(r=8), seed=0)
    with tempfile.TemporaryDirectory() as tmp:
        for sites in args.sites:
            numpy_s, flower_s, ours_s = aggregation(template, sites, Path(tmp) / str(sites))
            lines.append(f"| {sites:,} | {numpy_s:.3f} s | {flower_s:.3f} s | {ours_s:.3f} s | {ours_s / numpy_s:.1f}x | {flower_s / numpy_s:.1f}x |")
            print(lines[-1], flush=True)
    lines += ["", f"Flower decodes each of the adapter's {len(adapter_state(template))} tensors from its .npy bytes (NumPy parses every header "
              "with `ast.literal_eval`), which is most of its time; fedtune decodes each update once more to check it "
              "(keys, dtypes, shapes, finite values, norm) before Flower aggregates it."]
    lines += ["", "(b) Bytes one site sends per round, against the full model in float32:", "",
              "| exchanged | payload dtype | bytes | % of full model |", "|---|---|---|---|"]
    lines += [f"| {name} | {dtype} | {size:,} | {pct:.3f}% |" for name, dtype, size, pct in payload_bytes(template)]
    if args.simulate or args.history:
        rows = simulated_overhead() if args.simulate else overhead(args.history, args.history.parent.parent / "sites")
        lines += ["", f"(c) Simulation ({'fedtune-demo ' + ' '.join(SIMULATION) if args.simulate else args.history}): "
                  "the training phase's wall time (sampling, sending, the sites' ClientApps, replies) "
                  "against the sites' own local training time:", "",
                  "| round | sites | train phase wall | sum of local training | max local training | wall / sum |",
                  "|---|---|---|---|---|---|"]
        for rnd, wall, total, longest, n in rows:
            lines.append(f"| {rnd} | {n} | {wall:.1f} s | {total:.1f} s | {longest:.1f} s | {wall / total:.1f}x |")
        lines += ["", "The first round includes starting each site's ClientApp process (importing torch, loading the "
                  "model, preparing its data, calibrating DP); later rounds show the steady overhead."]
    return publish("bench/federation.py", argv, SECTION, lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
