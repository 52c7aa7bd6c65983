"""``fedtune-demo``: three simulated sites (two hospitals, a law firm) fine-tune one adapter together.

It generates the sites' data, writes a policy per site, runs Flower's simulation engine
with the fedtune ServerApp and ClientApp, and shows what fine-tuning changed. Everything
lands under one folder (default ``./runs/demo``) that can be deleted to start over.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from fedtune.client.scrub_stage import site_scrubber
from fedtune.common.data import Record
from fedtune.common.fileio import write_atomic
from fedtune.common.generate import generate, load_for_generation
from fedtune.common.model import EMBEDDED_MODEL, load_tokenizer, resolve_base
from fedtune.common.policy import load_policy
from fedtune.common.runconfig import RunConfig
from fedtune.common.synthetic import DEMO_SITES, generate_records, write_demo_sites
from fedtune.common.tiny import build_tiny_model
from fedtune.common.tokenize import as_messages
from fedtune.server.history import History
from fedtune.server.launch import configure_simulation, flwr, superlink, write_app_dir

from .common import run_command, setup_logging


def write_policies(out: Path, data: dict[str, Path]) -> Path:
    """One policy file per site; the simulation maps virtual site i to the i-th file."""
    folder = out / "policies"
    for site, path in data.items():
        text = f'site_id = "{site}"\ndata = "{path.resolve()}"\nstate_dir = "{(out / "sites" / site).resolve()}"\n'
        write_atomic(folder / f"{site}.toml", text, mode=0o644)
    return folder


def sample_prompt(policy_file: Path, seed: int) -> str:
    """A held-out clinical task (a seed the sites never used), scrubbed as that site scrubs."""
    record = generate_records("clinical", 1, seed=seed + 10_000, formats=("instruction",))[0].record
    with site_scrubber(load_policy(policy_file)) as scrubber:
        record = scrubber.scrub_records([record])[0]
    return as_messages(Record("instruction", record, "demo", 0))[0]["content"]


def run_demo(args: argparse.Namespace) -> int:
    out: Path = args.out.resolve()
    if args.fresh and out.exists():
        shutil.rmtree(out)
    started = time.monotonic()
    base = build_tiny_model(out / "tiny-model") if args.tiny else resolve_base(args.base)
    data = write_demo_sites(out / "data", n_per_site=args.records, seed=args.seed)
    run = RunConfig(
        base_model=str(base),
        num_server_rounds=args.rounds,
        local_steps=args.local_steps,
        batch_size=args.batch_size,
        grad_accum=args.grad_accum,
        learning_rate=args.lr,
        ffa_lora=args.ffa_lora,
        max_length=args.max_length,
        min_sites=len(data),
        payload_dtype=args.payload_dtype,
        seed=args.seed,
        run_dir=str(out / "run"),
        sim_policies=str(write_policies(out, data)),
    )
    app = write_app_dir(out / "app", run)
    home = out / "flwr"
    with superlink(home, simulation=True):
        configure_simulation(home, num_sites=len(data), cpus_per_site=args.cpus_per_site)
        flwr(home, "run", str(app), "fedtune", "--stream", stream=True)
    adapter = Path(run.run_dir) / "adapter"
    if not (adapter / "adapter_config.json").is_file():
        print(f"error: the federated run wrote no adapter; see {home / 'superlink.log'}", file=sys.stderr)
        return 1
    federated_seconds = time.monotonic() - started
    prompt = sample_prompt(Path(run.sim_policies) / f"{next(iter(data))}.toml", args.seed)
    tokenizer = load_tokenizer(base)
    before = generate(load_for_generation(base), tokenizer, prompt, args.max_new_tokens)
    after = generate(load_for_generation(base, adapter), tokenizer, prompt, args.max_new_tokens)
    history = History.load(Path(run.run_dir) / "history.json")
    print("\n=== fedtune demo ===")
    print(f"sites: {', '.join(DEMO_SITES)}; rounds: {run.num_server_rounds}; base model: {base}")
    print("sites are listed by Flower node id; 'local val' is a site's own adapter, 'global val' the aggregate's\n")
    for entry in history.rounds:
        print(history.table(entry["round"]) + "\n")
    print(f"\nprompt (held-out, synthetic):\n{prompt}\n")
    print(f"base model answer:\n{before}\n")
    print(f"fine-tuned answer:\n{after}\n")
    print(f"global adapter (PEFT format): {adapter}")
    print(f"everything this demo wrote: {out}  (delete it to start over)")
    print(f"wall time: {time.monotonic() - started:.0f}s (federated part {federated_seconds:.0f}s)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedtune-demo", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("runs/demo"))
    parser.add_argument("--base", default=EMBEDDED_MODEL)
    parser.add_argument("--tiny", action="store_true", help="a tiny random model instead (seconds, for tests)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--local-steps", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--grad-accum", type=int, default=2, help="DP-SGD draws batch-size x grad-accum examples per step")
    parser.add_argument("--ffa-lora", action="store_true", help="train and send only LoRA B (FFA-LoRA)")
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--max-length", type=int, default=384)
    parser.add_argument("--records", type=int, default=120, help="records per site")
    parser.add_argument("--payload-dtype", choices=["float32", "float16", "bfloat16"], default="float32")
    parser.add_argument("--cpus-per-site", type=int, default=1)
    parser.add_argument("--max-new-tokens", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fresh", action="store_true", help="delete the output folder first")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    return run_command(lambda: run_demo(args))
