"""``fedtune-review``: blind expert review of a base model against an adapter, exported and scored at the site."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fedtune.client.review import RUBRIC, answer_pairs, score, write_blind
from fedtune.common.fileio import strict_json, write_atomic
from fedtune.common.model import EMBEDDED_MODEL

from .common import run_command, setup_logging


def _export(args: argparse.Namespace) -> int:
    pairs = answer_pairs(args.base, args.adapter, args.prompts, args.max_new_tokens, args.device)
    out = write_blind(pairs, args.out)
    print(f"{len(pairs)} items: give raters {out / 'form.html'} (or {out / 'items.csv'});")
    print(f"keep {out / 'key.json'} from them: it says which answer is the adapter's")
    return 0


def _score(args: argparse.Namespace) -> int:
    result = score(args.folder, args.ratings, top=args.top, resamples=args.resamples, seed=args.seed)
    print(summary(result))
    if args.out:
        write_atomic(args.out, strict_json(result))
        print(f"results: {args.out}")
    return 0


def summary(result: dict[str, Any]) -> str:
    """Win rates per dimension with intervals and agreement, then the most disputed items."""
    lines = [f"{result['raters']} rater(s), {result['items']} items; adapter win rate (ties count half), 95% interval"]
    for dim, e in result["dimensions"].items():
        low, high = e["interval"]
        agreement = e.get("agreement")
        kappa = f"  {agreement['measure']} {agreement['kappa']:.3f} over {agreement['items']} items" if agreement else ""
        lines.append(
            f"  {dim:<13} {e['win_rate']:.3f} [{low:.3f}, {high:.3f}]  adapter {e['adapter_wins']}, base {e['base_wins']}, "
            f"ties {e['ties']}{kappa}"
        )
    if result["most_disputed"]:
        lines.append("most disputed: " + ", ".join(f"{d['item']} ({d['disagreement']:.2f})" for d in result["most_disputed"]))
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedtune-review", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="answer every prompt with both models and write a blind rating form")
    export.add_argument("--base", default=EMBEDDED_MODEL, help=f"local model folder, or '{EMBEDDED_MODEL}' (default)")
    export.add_argument("--adapter", type=Path, required=True, help="adapter folder (PEFT format)")
    export.add_argument("--prompts", type=Path, required=True, help="records whose prompts are answered (any format; answers are ignored)")
    export.add_argument("--out", type=Path, required=True, help="folder for items.csv, form.html and key.json")
    export.add_argument("--max-new-tokens", type=int, default=256)
    export.add_argument("--device", default="auto")
    export.set_defaults(func=_export)
    rate = sub.add_parser("score", help=f"win rates per dimension ({', '.join(RUBRIC)}) and inter-rater agreement")
    rate.add_argument("folder", type=Path, help="the folder export wrote (its key.json is read)")
    rate.add_argument("--ratings", type=Path, nargs="+", required=True, help="one ratings CSV per rater")
    rate.add_argument("--out", type=Path, help="write the results here as JSON")
    rate.add_argument("--top", type=int, default=5, help="how many disputed items to list")
    rate.add_argument("--resamples", type=int, default=2000)
    rate.add_argument("--seed", type=int, default=0)
    rate.set_defaults(func=_score)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    return run_command(lambda: args.func(args))  # a ReviewError is a ValueError: one line, exit 2
