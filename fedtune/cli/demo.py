"""``fedtune-demo``: three simulated sites (two hospitals, a law firm) fine-tune one adapter together.

It generates the sites' data, writes a policy per site, runs Flower's simulation engine
with the fedtune ServerApp and ClientApp, shows what fine-tuning changed on held-out
records, and ends with the auditor's check of every site's signed ledger. Everything lands
under one folder (default ``./runs/demo``) that can be deleted to start over.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from fedtune.audit.audit import run_audit
from fedtune.audit.collect import collect_sites
from fedtune.audit.report import write_reports
from fedtune.client.scrub_stage import site_scrubber
from fedtune.common.data import Record
from fedtune.common.fileio import write_atomic
from fedtune.client.generate import generate, load_for_generation
from fedtune.common.model import EMBEDDED_MODEL, load_tokenizer, resolve_base
from fedtune.common.policy import SitePolicy, load_policy
from fedtune.common.tokenize import encode_all
from fedtune.client.train import LocalTrainer, TrainSettings
from fedtune.common.runconfig import RunConfig
from fedtune.demo.synthetic import DEMO_SITES, generate_records, write_demo_sites
from fedtune.demo.tiny import build_tiny_model
from fedtune.common.tokenize import as_messages
from fedtune.server.history import History
from fedtune.server.launch import configure_simulation, flwr, superlink, write_app_dir

from .common import run_command, setup_logging


def write_policies(out: Path, data: dict[str, Path], base: Path) -> Path:
    """One policy file per site, pinning the demo's base model; the simulation maps virtual site i to the i-th file."""
    folder = out / "policies"
    for site, path in data.items():
        text = (
            f'site_id = "{site}"\ndata = "{path.resolve()}"\nstate_dir = "{(out / "sites" / site).resolve()}"\n'
            f'base_model = "{base.resolve()}"\n'
        )
        write_atomic(folder / f"{site}.toml", text, mode=0o644)
    return folder


def held_out_loss(base: Path, adapter: Path | None, seed: int, max_length: int) -> float:
    """Loss on clinical records no site trained on (seeds the sites never used), scrubbed as a site would.

    The demo's operator holds every site's data, so it can measure this directly; in a
    federation the coordinator sees only each site's noised, accounted evaluation.
    """
    tokenizer = load_tokenizer(base)
    records = [Record("instruction", r.record, "held-out", i) for i, r in enumerate(generate_records("clinical", 24, seed + 20_000, formats=("instruction",)))]
    examples, _ = encode_all(records, tokenizer, max_length, truncate=True)
    model = load_for_generation(base, adapter)
    return LocalTrainer(model, tokenizer.pad_token_id, TrainSettings(progress=False)).evaluate(examples).loss


def audit(policies: list[SitePolicy], out: Path, run_dir: Path) -> tuple[bool, Path]:
    """The auditor's check of every site's signed ledger against the coordinator's receipts."""
    ledgers, keys, caps = collect_sites(policies, out / "audit")
    report = run_audit(ledgers, keys, run_dir, caps)
    _, page = write_reports(report, out / "audit" / "report")
    return report.signed_off, page


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
        sim_policies=str(write_policies(out, data, base)),
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
    policies = [load_policy(p) for p in sorted(Path(run.sim_policies).glob("*.toml"))]
    prompt = sample_prompt(Path(run.sim_policies) / f"{next(iter(data))}.toml", args.seed)
    tokenizer = load_tokenizer(base)
    before = generate(load_for_generation(base), tokenizer, prompt, args.max_new_tokens)
    after = generate(load_for_generation(base, adapter), tokenizer, prompt, args.max_new_tokens)
    loss_before, loss_after = (held_out_loss(base, a, args.seed, args.max_length) for a in (None, adapter))
    signed_off, report = audit(policies, out, Path(run.run_dir))
    history = History.load(Path(run.run_dir) / "history.json")
    print("\n=== fedtune demo ===")
    print(f"sites: {', '.join(DEMO_SITES)}; rounds: {run.num_server_rounds}; base model: {base}")
    print("sites are listed by Flower node id; 'global val' is each site's noised, accounted evaluation of the aggregate\n")
    for entry in history.rounds:
        print(history.table(entry["round"]) + "\n")
    print(f"held-out clinical loss (24 records no site saw): base {loss_before:.3f} -> fine-tuned {loss_after:.3f}")
    print(f"\nprompt (held-out, synthetic):\n{prompt}\n")
    print(f"base model answer:\n{before}\n")
    print(f"fine-tuned answer:\n{after}\n")
    print(f"privacy audit: {'signed off' if signed_off else 'FAILED'}; report {report}")
    print(f"global adapter (PEFT format): {adapter}")
    print(f"everything this demo wrote: {out}  (delete it to start over)")
    print(f"wall time: {time.monotonic() - started:.0f}s (federated part {federated_seconds:.0f}s)")
    return 0 if signed_off else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedtune-demo", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("runs/demo"), help="folder for everything the demo writes")
    parser.add_argument("--base", default=EMBEDDED_MODEL, help="base model: a local folder, or the embedded default")
    parser.add_argument("--tiny", action="store_true", help="a tiny random model instead (seconds, for tests)")
    parser.add_argument("--rounds", type=int, default=3, help="federated rounds")
    parser.add_argument("--local-steps", type=int, default=5, help="DP-SGD steps per site per round")
    parser.add_argument("--batch-size", type=int, default=4, help="physical batch size")
    parser.add_argument("--grad-accum", type=int, default=2, help="DP-SGD draws batch-size x grad-accum examples per step")
    parser.add_argument("--ffa-lora", action="store_true", help="train and send only LoRA B (FFA-LoRA)")
    parser.add_argument("--lr", type=float, default=2e-3, help="learning rate; higher than the run config's default, for 15 steps")
    parser.add_argument("--max-length", type=int, default=384, help="tokens per record; longer ones are truncated")
    parser.add_argument("--records", type=int, default=120, help="records per site")
    parser.add_argument("--payload-dtype", choices=["float32", "float16", "bfloat16"], default="float32", help="dtype of the tensors sites send")
    parser.add_argument("--cpus-per-site", type=int, default=1, help="CPUs Flower reserves per simulated site")
    parser.add_argument("--max-new-tokens", type=int, default=60, help="length of the sample answers")
    parser.add_argument("--seed", type=int, default=0, help="seed for data, LoRA init and the shared adapter")
    parser.add_argument("--fresh", action="store_true", help="delete the output folder first")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    return run_command(lambda: run_demo(args))
