"""GPU benchmark: tokens/s and peak GPU memory of non-private LoRA, DP LoRA (hooks) and DP LoRA (ghost), at 2-3 batch sizes.

On a GPU image with Python 3.12, torch, transformers and peft, from the repository root:

    pip install -e .                        # the operator runs this first: fedtune and its pinned rest (opacus...)
    python bench/gpu.py --json gpu.json     # about 2-4 minutes on one H200; stops starting new runs at --budget

    python bench/gpu.py --dry-run           # CI: the same code path on CPU, tiny config, 2 timed steps

The model is built from a config with random weights (nothing is downloaded): a Llama of
about 1.1B parameters (hidden 2048, 22 layers, 32 heads, 4 KV heads, MLP 5632, vocab 32000,
TinyLlama's shape) in bf16, on the GPU. LoRA is fedtune's own ``add_lora`` with
``LoraSettings`` (its defaults: r 8, alpha 16, dropout 0.05, q/k/v/o). Training is fedtune's
own ``LocalTrainer.fit``: non-private (``Plain``) or with ``DPSGD`` in "hooks" or "ghost"
mode, as a site's round drives them, with bf16 autocast. The data are random token
sequences of ``--seq`` tokens with the loss on their second half; the DP sample rate is 1
over ``batch`` records, so every step of every mode sees the same ``batch x seq`` tokens.

For each batch size and mode: ``--warmup`` untimed steps (one ``fit`` call), then ``--steps``
timed steps (a second ``fit`` call, timed with the GPU synchronised; it includes Opacus's
per-call set-up, as a round does). Peak memory is torch.cuda.max_memory_allocated over both
calls, reset before each mode; the model's own allocation is shown apart. A configuration
that runs out of memory is reported as OOM. With no GPU and no ``--dry-run`` the script says
so and exits 0. The table comes last.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import sys
import time
from pathlib import Path

import torch

MODES = ("none", "hooks", "ghost")
LABELS = {"none": "non-private", "hooks": "DP hooks", "ghost": "DP ghost"}
# A ~1.1B Llama (TinyLlama's shape) and the CPU dry run's tiny one.
FULL = {"hidden_size": 2048, "intermediate_size": 5632, "num_hidden_layers": 22, "num_attention_heads": 32,
        "num_key_value_heads": 4, "vocab_size": 32000}
TINY = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
        "num_key_value_heads": 2, "vocab_size": 256}
log = logging.getLogger("bench.gpu")


def build_model(shape: dict, seq: int, device: torch.device, dtype: torch.dtype) -> torch.nn.Module:
    """A Llama with random weights from a config, built on ``device`` in ``dtype``, LoRA added by fedtune."""
    from transformers import AutoModelForCausalLM, LlamaConfig

    from fedtune.common.model import LoraSettings, add_lora

    config = LlamaConfig(**shape, max_position_embeddings=max(2048, seq), tie_word_embeddings=False)
    torch.manual_seed(0)
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(config, dtype=dtype)
    return add_lora(model, LoraSettings(), seed=0)  # on its device first, then LoRA (opacus issue 820)


def random_examples(n: int, seq: int, vocab: int, seed: int) -> list:
    from fedtune.common.tokenize import IGNORE, Example

    rng = random.Random(seed)
    out = []
    for _ in range(n):
        ids = [rng.randrange(1, vocab) for _ in range(seq)]
        out.append(Example(input_ids=ids, labels=[IGNORE] * (seq // 2) + ids[seq // 2 :]))
    return out


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def measure(model: torch.nn.Module, examples: list, mode: str, batch: int, args: argparse.Namespace,
            device: torch.device) -> dict:
    """One mode at one batch size, through fedtune's LocalTrainer and (for DP) DPSGD."""
    from fedtune.client.privacy import DPSGD
    from fedtune.client.train import LocalTrainer, TrainSettings

    def settings(steps: int) -> TrainSettings:
        return TrainSettings(steps=steps, batch_size=batch, grad_accum=1, learning_rate=1e-4, warmup_ratio=0.0,
                             schedule="constant", seed=args.seed, device=device.type, precision="bf16",
                             progress=False)

    def privacy() -> DPSGD | None:
        if mode == "none":
            return None
        # Sample rate 1 over `batch` records: every draw is the whole batch, one physical batch.
        return DPSGD(noise_multiplier=1.0, max_grad_norm=1.0, sample_rate=1.0, expected_batch_size=batch,
                     mode=mode, seed=args.seed)

    if device.type == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    base = torch.cuda.memory_allocated() if device.type == "cuda" else 0
    if args.warmup:
        LocalTrainer(model, 0, settings(args.warmup)).fit(examples, privacy())
    _sync(device)
    start = time.perf_counter()
    result = LocalTrainer(model, 0, settings(args.steps)).fit(examples, privacy())
    _sync(device)
    seconds = time.perf_counter() - start
    tokens = result.examples * args.seq
    peak = torch.cuda.max_memory_allocated() if device.type == "cuda" else None
    return {
        "mode": mode, "batch": batch, "seq": args.seq, "steps": args.steps, "seconds": seconds,
        "examples": result.examples, "tokens": tokens, "tokens_per_s": tokens / seconds,
        "s_per_step": seconds / args.steps, "peak_bytes": peak, "model_bytes": base if peak is not None else None,
        "loss": result.train_loss,
    }


def run(args: argparse.Namespace, device: torch.device) -> dict:
    shape = TINY if args.dry_run else FULL
    dtype = torch.bfloat16
    t0 = time.perf_counter()
    model = build_model(shape, args.seq, device, dtype)
    from fedtune.common.model import parameter_counts

    trainable, total = parameter_counts(model)
    log.info("model: %s parameters, %s trainable, built in %.1f s", f"{total:,}", f"{trainable:,}", time.perf_counter() - t0)
    rows: list[dict] = []
    skipped: list[str] = []
    for batch in args.batch_sizes:
        examples = random_examples(batch, args.seq, shape["vocab_size"], args.seed)
        for mode in MODES:
            if time.perf_counter() - t0 > args.budget:
                skipped.append(f"batch {batch} {mode}: past the {args.budget:.0f} s budget")
                continue
            try:
                row = measure(model, examples, mode, batch, args, device)
            except torch.cuda.OutOfMemoryError:
                row = {"mode": mode, "batch": batch, "seq": args.seq, "oom": True}
                torch.cuda.empty_cache()
            log.info("batch %d %s: %s", batch, mode, "OOM" if row.get("oom") else f"{row['tokens_per_s']:.0f} tokens/s")
            rows.append(row)
    for row in rows:  # ratios against the non-private run at the same batch size
        plain = next((r for r in rows if r["batch"] == row["batch"] and r["mode"] == "none" and not r.get("oom")), None)
        if plain and not row.get("oom"):
            row["time_ratio"] = row["s_per_step"] / plain["s_per_step"]
            if row["peak_bytes"] is not None:
                row["memory_ratio"] = row["peak_bytes"] / plain["peak_bytes"]
    return {
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else f"cpu ({platform.processor() or 'unknown'})",
        "dry_run": args.dry_run, "model_shape": shape, "parameters": total, "trainable": trainable,
        "dtype": "bf16", "lora": "fedtune LoraSettings() defaults: r 8, alpha 16, dropout 0.05, q/k/v/o",
        "seq": args.seq, "warmup": args.warmup, "steps": args.steps, "seconds_total": time.perf_counter() - t0,
        "versions": {"python": platform.python_version(), "torch": torch.__version__, **_versions()},
        "load_average": os.getloadavg(), "rows": rows, "skipped": skipped,
    }


def _versions() -> dict:
    out = {}
    for name in ("transformers", "peft", "opacus"):
        try:
            out[name] = __import__(name).__version__
        except ImportError:
            out[name] = None
    return out


def table(result: dict) -> str:
    gib = 1024**3
    lines = [
        f"{result['device']}: Llama {result['parameters']:,} parameters ({result['trainable']:,} LoRA), {result['dtype']}, "
        f"{result['seq']} tokens per example, {result['steps']} timed steps after {result['warmup']} warm-up; "
        f"{result['seconds_total']:.0f} s in all",
        "",
        "| batch | mode | tokens/s | s/step | time / non-private | peak GPU memory | memory / non-private |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in result["rows"]:
        if r.get("oom"):
            lines.append(f"| {r['batch']} | {LABELS[r['mode']]} | OOM | | | | |")
            continue
        peak = f"{r['peak_bytes'] / gib:.2f} GiB (model {r['model_bytes'] / gib:.2f})" if r["peak_bytes"] is not None else "n/a (CPU)"
        mem = f"{r['memory_ratio']:.2f}x" if "memory_ratio" in r else "n/a"
        ratio = f"{r['time_ratio']:.2f}x" if "time_ratio" in r else "n/a"
        lines.append(f"| {r['batch']} | {LABELS[r['mode']]} | {r['tokens_per_s']:,.0f} | {r['s_per_step']:.3f} | {ratio} | {peak} | {mem} |")
    lines += [f"skipped: {s}" for s in result["skipped"]]
    return "\n".join(lines)


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dry-run", action="store_true", help="CPU, tiny config, 2 timed steps: tests the code path")
    p.add_argument("--batch-sizes", type=int, nargs="+", help="default 8 16 32 (dry run: 2 4)")
    p.add_argument("--seq", type=int, help="tokens per example (default 512; dry run 32)")
    p.add_argument("--steps", type=int, help="timed steps (default 5; dry run 2)")
    p.add_argument("--warmup", type=int, default=2, help="untimed steps before (dry run: 1)")
    p.add_argument("--budget", type=float, default=420.0, help="seconds after which no new run starts")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = p.parse_args(argv)
    dry = args.dry_run
    args.batch_sizes = args.batch_sizes or ([2, 4] if dry else [8, 16, 32])
    args.seq = args.seq or (32 if dry else 512)
    args.steps = args.steps or (2 if dry else 5)
    if dry and "--warmup" not in (argv if argv is not None else sys.argv):
        args.warmup = 1
    return args


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    args = parse(argv)
    if args.dry_run:
        device = torch.device("cpu")
    elif torch.cuda.is_available():
        device = torch.device("cuda")
    else:
        print("bench/gpu.py: no GPU available (torch.cuda.is_available() is False): nothing measured. "
              "Run it on a GPU machine, or with --dry-run to test the code path on CPU.")
        return 0
    result = run(args, device)
    result["command"] = "python bench/gpu.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
