"""``fedtune-site eval``: a base model and an adapter on the site's own test set, as a table and JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fedtune.client.evaluate import EvalSettings, evaluate
from fedtune.common.fileio import strict_json, write_atomic
from fedtune.common.model import EMBEDDED_MODEL
from fedtune.common.runconfig import PRECISIONS

_LABELS = {
    "loss": "loss (response tokens)",
    "perplexity": "perplexity",
    "token_accuracy": "token accuracy",
    "rouge_l": "ROUGE-L",
    "exact_match": "exact match (short)",
}


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``eval`` subcommand to a command's subparsers."""
    parser = subparsers.add_parser(
        "eval",
        help="compare the base model and an adapter on this site's test records (nothing leaves the site)",
        description="Loss, perplexity and token accuracy on response tokens, ROUGE-L and exact match on greedy "
        "answers to a subset, and general-text perplexity as a forgetting check; base and adapter side by side "
        "with a paired bootstrap interval on each difference. Everything runs and stays on this machine.",
    )
    parser.add_argument("--base", default=EMBEDDED_MODEL, help=f"local model folder, or '{EMBEDDED_MODEL}' (default)")
    parser.add_argument("--adapter", type=Path, help="adapter folder (PEFT format); without it the base is scored alone")
    parser.add_argument("--data", type=Path, required=True, help="test records: a .jsonl or .jsonl.gz file, or a folder")
    parser.add_argument("--out", type=Path, help="write the full results here as JSON")
    parser.add_argument("--generate", type=int, default=EvalSettings.generate, help="records answered for ROUGE-L and exact match (0: none)")
    parser.add_argument("--max-new-tokens", type=int, default=EvalSettings.max_new_tokens)
    parser.add_argument("--max-length", type=int, default=EvalSettings.max_length, help="longer records are cut to this many tokens")
    parser.add_argument("--batch-size", type=int, default=EvalSettings.batch_size)
    parser.add_argument(
        "--forgetting-threshold", type=float, default=EvalSettings.forgetting_threshold,
        help="flag a rise in general-text perplexity above this many percent",
    )
    parser.add_argument("--resamples", type=int, default=EvalSettings.resamples, help="bootstrap resamples")
    parser.add_argument("--seed", type=int, default=EvalSettings.seed, help="seeds the generation subset and the bootstrap")
    parser.add_argument("--device", default=EvalSettings.device, help="auto (CUDA when present), cpu, cuda, cuda:N")
    parser.add_argument(
        "--precision", choices=PRECISIONS, default=EvalSettings.precision,
        help="autocast of the scoring passes: auto (bf16 on a GPU that has it), float32, or bf16 "
        "(faster on CPUs with AVX512-BF16 or AMX, slower on others)",
    )
    parser.add_argument("--strict", action="store_true", help="refuse records with fields no format defines, instead of ignoring them")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    settings = EvalSettings(
        max_length=args.max_length, batch_size=args.batch_size, generate=args.generate,
        max_new_tokens=args.max_new_tokens, resamples=args.resamples, seed=args.seed,
        forgetting_threshold=args.forgetting_threshold, strict=args.strict, device=args.device,
        precision=args.precision,
    )
    result = evaluate(args.base, args.adapter, args.data, settings)
    print(table(result))
    if args.out:
        write_atomic(args.out, strict_json(result))
        print(f"results: {args.out}")
    return 0


def _num(value: float) -> str:
    return f"{value:.4f}" if abs(value) < 1000 else f"{value:.1f}"


def _cells(name: str, row: dict[str, Any]) -> list[str]:
    cells = [_LABELS.get(name, name), _num(row["base"])]
    if "ratio" in row:  # perplexities compare by ratio, the exp of the loss difference
        low, high = row["interval"]
        cells += [_num(row["adapter"]), f"x{row['ratio']:.3f}", f"[x{low:.3f}, x{high:.3f}]"]
    elif "difference" in row:
        low, high = row["interval"]
        cells += [_num(row["adapter"]), f"{row['difference']:+.4f}", f"[{low:+.4f}, {high:+.4f}]"]
    return cells


def table(result: dict[str, Any]) -> str:
    """The results as a fixed-width table: one row per metric, base and adapter side by side."""
    data = result["data"]
    paired = result["adapter"] is not None
    level = round(100 * result["settings"]["level"])
    header = ["metric", "base"] + (["adapter", "difference", f"{level}% interval"] if paired else [])
    rows = [_cells(name, row) for name, row in result["metrics"].items()]
    if paired:
        rows.append(_cells("general-text perplexity", result["forgetting"]["general_perplexity"]))
    else:
        rows.append(["general-text perplexity", _num(result["general_perplexity"])])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        f"{data['examples']} test examples ({data['response_tokens']:,} response tokens, {data['cut_to_context']} cut "
        f"to the context), {data['generated']} answers generated, {data['short_answers']} with short references",
    ]
    ignored = data["load"]["ignored"]
    if ignored:
        lines.append("ignored fields: " + ", ".join(f"{k} ({v})" for k, v in sorted(ignored.items())))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in [header, *rows]]
    if paired:
        f = result["forgetting"]
        verdict = "FLAGGED: the adapter forgets general text" if f["flagged"] else "ok"
        lines.append(
            f"forgetting: general-text perplexity {f['change_percent']:+.1f}% (threshold {f['threshold_percent']:g}%): {verdict}"
        )
    return "\n".join(lines)

