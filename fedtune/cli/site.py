"""``fedtune-site``: what a site operator runs on the site's own machine."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fedtune.client.local import train_local
from fedtune.client.site import default_policy
from fedtune.client.generate import answer
from fedtune.common.model import EMBEDDED_MODEL, LoraSettings
from fedtune.common.policy import load_policy
from fedtune.client.train import TrainSettings

from . import budget, join, privacy_audit, scrub
from . import eval as eval_cmd
from .common import run_command, setup_logging


def _train(args: argparse.Namespace) -> int:
    if args.policy:
        policy = load_policy(args.policy)
        if args.data:
            policy = policy.model_copy(update={"data": args.data})
        if args.skip_invalid or args.strict:
            policy = policy.model_copy(update={"skip_invalid": policy.skip_invalid or args.skip_invalid, "strict": policy.strict or args.strict})
    elif args.data:
        policy = default_policy(args.data, args.state_dir, skip_invalid=args.skip_invalid, strict=args.strict)
    else:
        raise ValueError("give --data DIR (or --policy site.toml)")
    settings = TrainSettings(
        steps=args.steps,
        batch_size=args.batch_size,
        grad_accum=args.grad_accum,
        learning_rate=args.lr,
        schedule=args.schedule,
        seed=args.seed,
        device=args.device,
        gradient_checkpointing=args.gradient_checkpointing,
    )
    given = [(flag, field, value) for flag, field, value in (
        ("--lora-r", "r", args.lora_r), ("--lora-alpha", "alpha", args.lora_alpha),
        ("--lora-dropout", "dropout", args.lora_dropout), ("--target-modules", "target_modules", args.target_modules),
    ) if value is not None]
    if args.start and given:
        flags = ", ".join(flag for flag, _, _ in given)
        raise ValueError(f"--from takes the LoRA settings from {args.start / 'adapter_config.json'}; drop {flags}")
    lora = LoraSettings(**{field: value for _, field, value in given})
    run = train_local(policy, args.base, args.out, settings, lora, args.max_length, start=args.start)
    if args.start:
        print(f"started from {args.start}; the validation loss before training is that adapter's")
    print(run.trainable)
    print(f"data: {json.dumps(run.data.report.as_dict())}, train examples {len(run.data.train)}, validation {len(run.data.val)}")
    print(f"validation loss {run.before.loss:.4f} -> {run.after.loss:.4f} (perplexity {run.before.perplexity:.2f} -> {run.after.perplexity:.2f})")
    print(f"{run.result.steps} steps in {run.result.seconds:.1f}s; adapter saved to {run.adapter}")
    print("this adapter was trained WITHOUT differential privacy: it may hold memorised records; keep it at the site")
    return 0


def _generate(args: argparse.Namespace) -> int:
    print(answer(args.base, args.prompt, args.adapter, args.max_new_tokens))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedtune-site", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    train = sub.add_parser("train", help="fine-tune a local LoRA adapter on this site's data (no DP: the adapter stays at the site)")
    train.add_argument("--data", type=Path, help="JSONL file or folder (overrides the policy's data)")
    train.add_argument("--policy", type=Path, help="site policy TOML")
    train.add_argument("--state-dir", type=Path, default=Path(".fedtune-site"), help="keys and caches when no policy is given")
    train.add_argument("--base", default=EMBEDDED_MODEL, help=f"local model folder, or '{EMBEDDED_MODEL}' (default)")
    train.add_argument("--out", type=Path, required=True, help="adapter folder to write (PEFT format)")
    train.add_argument("--steps", type=int, default=50)
    train.add_argument("--batch-size", type=int, default=4)
    train.add_argument("--grad-accum", type=int, default=1)
    train.add_argument("--lr", type=float, default=1e-3)
    train.add_argument("--schedule", choices=["cosine", "linear", "constant"], default="cosine")
    train.add_argument("--max-length", type=int, default=256)
    train.add_argument("--from", dest="start", type=Path, default=None, metavar="ADAPTER",
                       help="fine-tune from this PEFT adapter folder, e.g. a federation's global adapter (its LoRA settings apply)")
    train.add_argument("--lora-r", type=int, default=None, help="default 8")
    train.add_argument("--lora-alpha", type=int, default=None, help="default 16")
    train.add_argument("--lora-dropout", type=float, default=None, help="default 0.05")
    train.add_argument("--target-modules", nargs="+", default=None)
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--device", default="auto", help="auto (CUDA when present), cpu, cuda, cuda:N")
    train.add_argument("--gradient-checkpointing", action="store_true")
    train.add_argument("--skip-invalid", action="store_true", help="skip bad records and count them instead of stopping")
    train.add_argument("--strict", action="store_true", help="refuse top-level fields no format defines instead of ignoring them")
    train.set_defaults(func=_train)

    gen = sub.add_parser("generate", help="answer a prompt with the base model and an optional adapter")
    gen.add_argument("prompt")
    gen.add_argument("--base", default=EMBEDDED_MODEL)
    gen.add_argument("--adapter", type=Path)
    gen.add_argument("--max-new-tokens", type=int, default=64)
    gen.set_defaults(func=_generate)

    scrub.register(sub)
    budget.register(sub)
    join.register(sub)
    eval_cmd.register(sub)
    privacy_audit.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    return run_command(lambda: args.func(args))
