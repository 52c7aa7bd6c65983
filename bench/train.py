"""Local training speed: fedtune (non-private, DP hooks) against TRL's SFTTrainer + PEFT LoRA, and the matmul-bound limit.

    python bench/train.py                                   # embedded SmolLM2-135M, MedQuAD if present, else demo data
    python bench/train.py --steps 3 --batch 8 --records 64  # a modest CPU run
    python bench/train.py --tiny --json out.json            # CI: the tiny random Llama, seconds

One process, one set of tokenised examples (fedtune's own reader and tokeniser), one batch
size, sequence cap and LoRA (r, alpha, dropout, targets) for every engine:

* ``fedtune``: ``LocalTrainer.fit`` with no privacy (``Plain``: shuffled batches, total-norm clip 1);
* ``fedtune-dp``: the same loop with ``DPSGD`` in hooks mode (Poisson draws at rate batch / records,
  split into physical batches of ``--batch``; noise multiplier 1, clip 1);
* ``trl``: TRL's ``SFTTrainer`` with a ``peft_config`` on the same base, given the same examples
  pre-tokenised (``input_ids`` and ``labels``, so the loss covers the same response tokens),
  padding to the batch's longest (TRL's default collator), constant learning rate, clip 1.

Each engine gets a fresh model, ``--warmup`` untimed steps, then ``--steps`` timed steps;
engines run in turn ``--repeats`` times and each keeps its best round, so load on a shared
machine hits all alike. Keep at least two rounds: whatever runs first in a process pays
one-off costs that a warm-up step does not cover (oneDNN builds its bf16 kernels for each new
batch shape, and widths vary with the data): the same fedtune non-private run took 54 s in
the first round and 3.4 s in the next. That, not DP, is why one engine looked faster than
another when each ran once. Tokens are counted where the decoder stack is called: real tokens
(attention mask), and token slots (batch x width), whose difference is padding. tokens/s is
real tokens per second of the timed steps. fedtune gives a decoder no mask for a right-padded
batch (``common/scoring.py::attention_mask_for``: causal attention already hides the padding),
so its real tokens are counted from the mask it decided not to pass.

The matmul-bound limit: the best of several large GEMMs on this machine, in the dtype the engines multiply in, gives a FLOP/s rate;
LoRA on a frozen base costs about 4 x N FLOP per token (forward 2N, backward through the
activations 2N; no weight gradients for the base), so the limit is rate / (4 N) tokens/s, N
being the base's parameter count. Each engine's share of it is printed.

TRL is a bench-only tool, not a dependency of fedtune: ``pip install trl==1.16.0``. Without it
the TRL row is skipped with the reason.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from fedtune.client.privacy import DPSGD
from fedtune.client.train import LocalTrainer, TrainSettings
from fedtune.common.data import Record, read_records
from fedtune.common.model import (
    EMBEDDED_MODEL,
    autocast_dtype,
    LoraSettings,
    load_base,
    load_for_training,
    load_tokenizer,
    parameter_counts,
    pick_device,
    resolve_base,
    target_modules,
)
from fedtune.common import scoring
from fedtune.common.scoring import encode_for_eval
from fedtune.common.tokenize import IGNORE, Example

log = logging.getLogger("bench.train")

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "medquad"
MEDQUAD_SOURCES = ("3_GHR_QA", "2_GARD_QA", "5_NIDDK_QA")
ENGINES = ("fedtune", "fedtune-dp", "trl")
LABELS = {"fedtune": "fedtune, non-private", "fedtune-dp": "fedtune, DP (hooks)", "trl": "TRL SFTTrainer + PEFT"}


# ---------------------------------------------------------------- counting what the model sees


@dataclass
class Counter:
    """Token counts of every forward pass of the decoder stack while ``on``."""

    on: bool = False
    calls: int = 0
    real: int = 0
    slots: int = 0
    rows: int = 0
    widths: list[int] = field(default_factory=list)
    told: torch.Tensor | None = None

    def reset(self) -> None:
        self.calls = self.real = self.slots = self.rows = 0
        self.widths = []

    def hook(self, module: torch.nn.Module, args: tuple, kwargs: dict) -> None:
        if not self.on or not torch.is_grad_enabled():
            return  # TRL's metrics and Opacus's ghost second pass do not run the stack again; eval would
        ids = kwargs.get("input_ids", args[0] if args else None)
        if ids is None:
            return
        mask = kwargs.get("attention_mask")
        if mask is None and self.told is not None:
            mask = self.told  # fedtune's own call: the mask it decided the model need not see
        self.told = None
        self.calls += 1
        self.rows += ids.shape[0]
        self.slots += ids.numel()
        self.widths.append(ids.shape[1])
        self.real += int(mask.sum()) if mask is not None and mask.dim() == 2 else ids.numel()

    def telling(self, decide: Any) -> Any:
        """Wrap fedtune's ``attention_mask_for`` so that the batch's mask reaches ``hook`` even when the model gets none."""

        def wrapped(model: torch.nn.Module, batch: dict) -> torch.Tensor | None:
            self.told = batch["attention_mask"]
            return decide(model, batch)

        return wrapped


def decoder_stack(model: torch.nn.Module) -> torch.nn.Module:
    """The transformer body (LlamaModel, GPT2Model...) under PEFT: called with input_ids and attention_mask."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    return base.base_model


# ---------------------------------------------------------------- data


def load_examples(args: argparse.Namespace, tokenizer: Any) -> tuple[list[Example], str]:
    if args.source == "medquad" or (args.source == "auto" and args.data.is_dir()):
        if not args.data.is_dir():
            raise SystemExit(f"{args.data}: no MedQuAD folder (use --source demo)")
        records: list[Record] = []
        for stem in MEDQUAD_SOURCES:
            path = args.data / f"{stem}.jsonl.gz"
            if path.is_file():
                records += read_records(path)[0]
        random.Random(args.seed).shuffle(records)
        what = f"MedQuAD ({', '.join(MEDQUAD_SOURCES)}), shuffled"
    else:
        from fedtune.demo.synthetic import write_demo_sites

        with tempfile.TemporaryDirectory() as tmp:
            folders = write_demo_sites(Path(tmp), n_per_site=max(8, 2 * args.records), seed=args.seed)
            records = read_records(folders["hospital-a"])[0]
        what = "demo records (hospital-a)"
    examples = encode_for_eval(records[: args.records * 2], tokenizer, args.max_length)[0]
    # An example cut before its answer has no labelled token: no loss, and TRL drops it. Every engine gets the rest.
    examples = [e for e in examples if any(label != IGNORE for label in e.labels)][: args.records]
    return examples, what


# ---------------------------------------------------------------- engines


def _lora(args: argparse.Namespace) -> LoraSettings:
    return LoraSettings(r=args.rank, alpha=2 * args.rank, dropout=args.dropout)


def _settings(args: argparse.Namespace, steps: int, seed: int) -> TrainSettings:
    return TrainSettings(
        steps=steps, batch_size=args.batch, grad_accum=args.accum, learning_rate=args.lr, warmup_ratio=0.0,
        schedule="constant", seed=seed, device=args.device, precision=args.precision, progress=False,
    )


def run_fedtune(args: argparse.Namespace, examples: list[Example], pad_id: int, private: bool) -> dict:
    device = pick_device(args.device)
    model = load_for_training(args.base_path, _lora(args), device, seed=args.seed)
    counter = Counter()
    handle = decoder_stack(model).register_forward_pre_hook(counter.hook, with_kwargs=True)
    decide = scoring.attention_mask_for
    scoring.attention_mask_for = counter.telling(decide)

    def privacy() -> DPSGD | None:
        if not private:
            return None
        expected = args.batch * args.accum
        return DPSGD(noise_multiplier=1.0, max_grad_norm=1.0, sample_rate=min(1.0, expected / len(examples)),
                     expected_batch_size=expected, mode="hooks", seed=args.seed)

    try:
        if args.warmup:
            LocalTrainer(model, pad_id, _settings(args, args.warmup, args.seed)).fit(examples, privacy())
        counter.on = True
        result = LocalTrainer(model, pad_id, _settings(args, args.steps, args.seed + 1)).fit(examples, privacy())
    finally:
        handle.remove()
        scoring.attention_mask_for = decide
    return _row(counter, result.seconds, args.steps, result.train_loss)


def run_trl(args: argparse.Namespace, examples: list[Example], tokenizer: Any) -> dict:
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import TrainerCallback
    from trl import SFTConfig, SFTTrainer

    device = pick_device(args.device)
    model = load_base(args.base_path, device)
    lora = _lora(args)
    peft_config = LoraConfig(r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
                             target_modules=target_modules(model, lora), task_type="CAUSAL_LM")
    data = Dataset.from_dict({"input_ids": [e.input_ids for e in examples], "labels": [e.labels for e in examples]})
    counter = Counter()
    marks: dict[str, float] = {}

    class Clock(TrainerCallback):
        def on_step_end(self, _args, state, control, **kwargs):  # noqa: ANN001, ANN201
            if state.global_step == args.warmup:  # warm-up done: start the clock and the counts
                counter.reset()
                counter.on = True
                marks["start"] = time.perf_counter()
            if state.global_step == args.warmup + args.steps:
                marks["end"] = time.perf_counter()
                counter.on = False

    with tempfile.TemporaryDirectory() as out:
        config = SFTConfig(
            output_dir=out, max_steps=args.warmup + args.steps, per_device_train_batch_size=args.batch,
            gradient_accumulation_steps=args.accum, learning_rate=args.lr, lr_scheduler_type="constant",
            warmup_steps=0, max_grad_norm=1.0, weight_decay=0.0, optim="adamw_torch", max_length=args.max_length,
            packing=False, padding_free=False, bf16=autocast_dtype(device, args.precision) is not None,
            use_cpu=device.type == "cpu",
            dataloader_num_workers=0, save_strategy="no", report_to=[], logging_steps=10**6, disable_tqdm=True,
            seed=args.seed + 1, gradient_checkpointing=False,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            trainer = SFTTrainer(model=model, args=config, train_dataset=data, processing_class=tokenizer,
                                 peft_config=peft_config, callbacks=[Clock()])
        if args.warmup == 0:
            counter.on = True
            marks["start"] = time.perf_counter()
        handle = decoder_stack(trainer.model).register_forward_pre_hook(counter.hook, with_kwargs=True)
        try:
            output = trainer.train()
        finally:
            handle.remove()
    return _row(counter, marks["end"] - marks["start"], args.steps, float(output.training_loss))


def _row(counter: Counter, seconds: float, steps: int, loss: float) -> dict:
    return {
        "seconds": seconds,
        "steps": steps,
        "tokens": counter.real,
        "slots": counter.slots,
        "rows": counter.rows,
        "physical_batches": counter.calls,
        "mean_width": sum(counter.widths) / max(1, len(counter.widths)),
        "tokens_per_s": counter.real / seconds if seconds > 0 else 0.0,
        "slots_per_s": counter.slots / seconds if seconds > 0 else 0.0,
        "padding": 1.0 - counter.real / counter.slots if counter.slots else 0.0,
        "loss": loss,
    }


# ---------------------------------------------------------------- the hardware's limit


def gemm_flops(n: int, repeats: int, device: torch.device, dtype: torch.dtype = torch.float32) -> float:
    """FLOP/s of the best of ``repeats`` n x n x n matrix products in ``dtype`` (after one warm-up)."""
    a = torch.randn(n, n, device=device, dtype=dtype)
    b = torch.randn(n, n, device=device, dtype=dtype)
    best = float("inf")
    for i in range(repeats + 1):
        if device.type == "cuda":
            torch.cuda.synchronize()
        start = time.perf_counter()
        torch.mm(a, b)
        if device.type == "cuda":
            torch.cuda.synchronize()
        if i:
            best = min(best, time.perf_counter() - start)
    return 2 * n**3 / best


# ---------------------------------------------------------------- main


def trl_missing() -> str | None:
    try:
        import trl  # noqa: F401
    except ImportError:
        return "trl is not installed (bench-only tool: pip install trl==1.16.0)"
    return None


def run(args: argparse.Namespace) -> dict:
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    tokenizer = load_tokenizer(args.base_path)
    examples, what = load_examples(args, tokenizer)
    if len(examples) < args.batch * args.accum:
        raise SystemExit(f"{len(examples)} examples: fewer than one batch ({args.batch} x {args.accum})")
    lengths = sorted(len(e.input_ids) for e in examples)
    engines = [e for e in args.engines]
    skipped = {}
    if "trl" in engines and (reason := trl_missing()):
        engines.remove("trl")
        skipped["trl"] = reason
    best: dict[str, dict] = {}
    for _ in range(args.repeats):
        for engine in engines:
            if engine == "trl":
                row = run_trl(args, examples, tokenizer)
            else:
                row = run_fedtune(args, examples, tokenizer.pad_token_id, private=engine == "fedtune-dp")
            log.info("%s: %.1f tokens/s (%.2f s)", engine, row["tokens_per_s"], row["seconds"])
            if engine not in best or row["tokens_per_s"] > best[engine]["tokens_per_s"]:
                best[engine] = row
    device = pick_device(args.device)
    base = load_base(args.base_path, "cpu")
    n_params = parameter_counts(base)[1]
    del base
    gemm_dtype = autocast_dtype(device, args.precision) or torch.float32  # the engines' matmuls run in this dtype
    flops = gemm_flops(args.gemm, args.gemm_repeats, device, gemm_dtype)
    limit = flops / (4 * n_params)
    for row in best.values():
        row["share_of_limit"] = row["tokens_per_s"] / limit
    if "fedtune" in best:
        for row in best.values():
            row["vs_fedtune"] = row["tokens_per_s"] / best["fedtune"]["tokens_per_s"]
    if "trl" in best:
        for row in best.values():
            row["vs_trl"] = row["tokens_per_s"] / best["trl"]["tokens_per_s"]
    return {
        "model": str(args.base), "parameters": n_params, "data": what, "examples": len(examples),
        "length_min": lengths[0], "length_median": lengths[len(lengths) // 2], "length_max": lengths[-1],
        "batch": args.batch, "accum": args.accum, "max_length": args.max_length, "rank": args.rank,
        "steps": args.steps, "warmup": args.warmup, "repeats": args.repeats, "threads": torch.get_num_threads(),
        "device": str(device), "precision": args.precision, "gemm_dtype": str(gemm_dtype).removeprefix("torch."),
        "gemm_n": args.gemm, "gemm_flops": flops, "limit_tokens_per_s": limit,
        "load_average": os.getloadavg(), "engines": best, "skipped": skipped,
    }


def table(result: dict) -> str:
    r = result
    lines = [
        f"model {r['model']} ({r['parameters']:,} parameters), {r['data']}: {r['examples']} examples, "
        f"{r['length_min']}/{r['length_median']}/{r['length_max']} tokens (min/median/max, cap {r['max_length']}); "
        f"batch {r['batch']} x accum {r['accum']}, LoRA r={r['rank']}; {r['steps']} timed steps after {r['warmup']} "
        f"warm-up, best of {r['repeats']}; {r['device']}, {r['threads']} thread(s); load average "
        f"{' '.join(f'{x:.2f}' for x in r['load_average'])}",
        f"matmul-bound limit: {r['gemm_dtype']} GEMM {r['gemm_n']}^3 at {r['gemm_flops'] / 1e9:.1f} GFLOP/s -> "
        f"{r['limit_tokens_per_s']:.1f} tokens/s (rate / 4N)",
        "",
        "| engine | tokens/s | / fedtune | / TRL | share of limit | padding | physical batches | mean width | s | loss |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, row in r["engines"].items():
        lines.append(
            f"| {LABELS[name]} | {row['tokens_per_s']:.1f} | {row.get('vs_fedtune', float('nan')):.2f}x | "
            f"{row.get('vs_trl', float('nan')):.2f}x | {100 * row['share_of_limit']:.1f}% | "
            f"{100 * row['padding']:.1f}% | {row['physical_batches']} | {row['mean_width']:.0f} | "
            f"{row['seconds']:.2f} | {row['loss']:.3f} |"
        )
    for name, reason in r["skipped"].items():
        lines.append(f"| {LABELS[name]} | skipped: {reason} | | | | | | | | |")
    return "\n".join(lines)


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", default=EMBEDDED_MODEL, help="local model folder, or the embedded default")
    p.add_argument("--tiny", action="store_true", help="the tiny random Llama and small sizes (CI)")
    p.add_argument("--source", choices=("auto", "medquad", "demo"), default="auto",
                   help="auto: MedQuAD when --data exists, else the demo generator")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="MedQuAD folder (gzip'd JSONL per source)")
    p.add_argument("--records", type=int, default=64)
    p.add_argument("--max-length", type=int, default=256)
    p.add_argument("--batch", type=int, default=8, help="physical batch (and fedtune-dp's expected draw / accum)")
    p.add_argument("--accum", type=int, default=1)
    p.add_argument("--steps", type=int, default=3, help="timed optimizer steps")
    p.add_argument("--warmup", type=int, default=1, help="untimed steps first")
    p.add_argument("--repeats", type=int, default=4,
                   help="rounds over all engines; the best counts (the first round in a process pays one-off costs, "
                        "and TRL's own speed moved by a quarter between runs of two rounds)")
    p.add_argument("--rank", type=int, default=8)
    p.add_argument("--dropout", type=float, default=0.05)
    p.add_argument("--lr", type=float, default=5e-4)
    p.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    p.add_argument("--device", default="cpu", help="cpu, cuda, auto")
    p.add_argument("--precision", choices=("auto", "float32", "bf16"), default="auto",
                   help="autocast for every engine (TRL's bf16 flag); bf16 also rates the GEMM limit in bf16")
    p.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    p.add_argument("--gemm", type=int, default=2048, help="GEMM size for the FLOP/s rate")
    p.add_argument("--gemm-repeats", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = p.parse_args(argv)
    if args.tiny:
        args.source = "demo"
        for name, value in {"records": 16, "max_length": 512, "batch": 4, "steps": 2, "gemm": 256}.items():
            if f"--{name.replace('_', '-')}" not in (argv if argv is not None else sys.argv):
                setattr(args, name, value)
    return args


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    args = parse(argv)
    tmp = None
    if args.tiny:
        from fedtune.demo.tiny import build_tiny_model

        tmp = tempfile.TemporaryDirectory()
        args.base = "tiny-llama (random, hidden 64, 2 layers)"
        args.base_path = build_tiny_model(Path(tmp.name) / "tiny")
    else:
        args.base_path = resolve_base(args.base)
    try:
        result = run(args)
    finally:
        if tmp is not None:
            tmp.cleanup()
    result["command"] = "python bench/train.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
