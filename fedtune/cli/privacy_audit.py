"""``fedtune-site privacy-audit``: canary exposure and membership inference, non-private against DP, as a table and JSON.

It runs inside the site on the site's own data and prints numbers only: no record text and
not the canaries themselves (their count and format name). docs/EVALUATION.md explains it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fedtune.client.privacy_audit import FORMATS, AuditSettings, run_privacy_audit
from fedtune.client.train import TrainSettings
from fedtune.common.fileio import strict_json, write_atomic
from fedtune.common.model import PRECISIONS, LoraSettings
from fedtune.common.policy import load_policy

_RUNS = (("base", "base (no training)"), ("non_private", "non-private"), ("dp", "DP"))


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``privacy-audit`` subcommand to a command's subparsers."""
    d = AuditSettings()
    parser = subparsers.add_parser(
        "privacy-audit",
        help="measure what an adapter trained on this site's data leaks: canary exposure and membership inference, "
        "without DP and with DP (nothing leaves the site)",
        description="Insert random canaries into this site's training records, train one adapter without DP and one "
        "with DP-SGD at --epsilon (same data, same settings, fedtune's own training), then report each canary's "
        "exposure in bits and the membership-inference AUCs (loss threshold, and loss relative to the base model) "
        "on training against held-out records. The adapters are discarded; the output holds numbers only.",
    )
    parser.add_argument("--policy", type=Path, required=True, help="site policy TOML (its data, scrubbing and DP settings)")
    parser.add_argument("--base", help="local model folder or embedded model name (default: the policy's base_model)")
    parser.add_argument("--out", type=Path, help="write the results here as JSON (for the auditor: fedtune-audit --privacy-audits)")
    parser.add_argument("--epsilon", type=float, default=d.epsilon, help="epsilon of the DP training")
    parser.add_argument("--canaries", type=int, default=d.canaries, help="random canaries inserted (k)")
    parser.add_argument("--repeats", type=int, default=d.repeats, help="copies of each canary in the training records (r)")
    parser.add_argument("--candidates", type=int, default=d.candidates, help="random candidates each canary is ranked among (R)")
    parser.add_argument("--format", choices=sorted(FORMATS), default=d.format, help="the canaries' format")
    parser.add_argument("--mia-records", type=int, default=d.mia_records, help="members and held-out records attacked, each at most")
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=4, help="physical batch; under DP the expected draw is batch x grad-accum")
    parser.add_argument("--grad-accum", type=int, default=1)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--schedule", choices=["cosine", "linear", "constant"], default="cosine")
    parser.add_argument("--max-length", type=int, default=d.max_length)
    parser.add_argument("--lora-r", type=int, default=8)
    parser.add_argument("--lora-alpha", type=int, default=16)
    parser.add_argument("--lora-dropout", type=float, default=0.05)
    parser.add_argument("--target-modules", nargs="+", default=None)
    parser.add_argument("--score-batch", type=int, default=32, help="sequences per forward pass when scoring")
    parser.add_argument("--seed", type=int, default=d.seed, help="seeds the canaries, their candidates, the attacked records and training")
    parser.add_argument(
        "--dp-seed", type=int, default=None,
        help="seeds DP-SGD's sampling and noise for a reproducible audit (default: from the OS); the audit's adapters "
        "are discarded, so a known seed exposes nothing",
    )
    parser.add_argument("--device", default="auto", help="auto (CUDA when present), cpu, cuda, cuda:N")
    parser.add_argument(
        "--precision", choices=PRECISIONS, default="auto",
        help="training's autocast: auto (bf16 on capable GPUs), float32, or bf16 (faster on CPUs that multiply it "
        "natively); the canaries and candidates are scored in float32",
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy)
    audit = AuditSettings(
        epsilon=args.epsilon, canaries=args.canaries, repeats=args.repeats, candidates=args.candidates, format=args.format,
        mia_records=args.mia_records, max_length=args.max_length, seed=args.seed, dp_seed=args.dp_seed,
    )
    settings = TrainSettings(
        steps=args.steps, batch_size=args.batch_size, grad_accum=args.grad_accum, learning_rate=args.lr,
        schedule=args.schedule, seed=args.seed, device=args.device, eval_batch_size=args.score_batch,
        precision=args.precision,
    )
    lora = LoraSettings(r=args.lora_r, alpha=args.lora_alpha, dropout=args.lora_dropout, target_modules=args.target_modules)
    result = run_privacy_audit(policy, args.base or policy.base_model, audit, settings, lora)
    print(table(result))
    if args.out:
        write_atomic(args.out, strict_json(result))
        print(f"results: {args.out} (numbers only; hand it to the auditor if the site chooses to)")
    return 0


def _bits(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(result: dict[str, Any]) -> str:
    """The audit as a fixed-width table: one row per model, exposure in bits and the two attacks' AUCs."""
    c, dp = result["canaries"], result["dp"]
    head = ["model", "exposure mean", "max", "extrapolated mean", "loss-attack AUC", "reference AUC"]
    rows = []
    for key, label in _RUNS:
        run = result["results"][key]
        e, m = run["exposure"], run.get("membership")
        name = f"DP (epsilon {dp['epsilon']:g})" if key == "dp" else label
        rows.append([
            name, _bits(e["mean_bits"]), _bits(e["max_bits"]), _bits(e["extrapolated_mean_bits"]),
            "-" if m is None else f"{m['loss_auc']:.3f}", "-" if m is None else f"{m['reference_auc']:.3f}",
        ])  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = [
        f"privacy audit of site {result['site']}: {c['count']} canaries ({c['format']}) x {c['repeats']} copies, "
        f"each ranked among {c['candidates']} random candidates",
        f"exposure in bits: at most {c['rank_max_bits']:.2f} by rank, {c['space_bits']:.2f} extrapolated; "
        f"a canary the model has not learnt scores about {c['chance_bits']:.2f}",
        f"DP run: noise multiplier {dp['noise_multiplier']:.3f}, sample rate {dp['sample_rate']:.4g}, {dp['steps']} steps, "
        f"delta {dp['delta']:g}; AUC 0.5 is chance",
    ]
    lines += ["  ".join(x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(r, widths))) for r in [head, *rows]]
    lines.append("empirical evidence only: the accountant's epsilon is the guarantee; these figures are lower-bound checks")
    return "\n".join(lines)
