"""``fedtune-demo``: three simulated sites (two hospitals, a law firm) fine-tune one adapter together.

It generates the sites' data, writes a policy per site, runs Flower's simulation engine
with the fedtune ServerApp and ClientApp, shows what fine-tuning changed on held-out
records and on general text (forgetting), runs the auditor's check of every site's signed
ledger, and ends with a summary and a report (``report/index.html``). Flower's and Ray's
logs go to ``logs/``. Everything lands under one folder (default ``./runs/demo``) that can
be deleted to start over.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import time
import warnings
from pathlib import Path

from fedtune.audit.audit import run_audit
from fedtune.audit.collect import collect_sites
from fedtune.audit.report import write_reports
from fedtune.client.evaluate import EvalSettings, evaluate
from fedtune.client.generate import generate, load_for_generation
from fedtune.client.scrub_stage import scrub_cache_path, site_scrubber
from fedtune.common.data import Record, read_records
from fedtune.common.fileio import write_atomic
from fedtune.common.model import EMBEDDED_MODEL, load_tokenizer, native_bf16_cpu, pick_device, resolve_base
from fedtune.common.policy import SitePolicy, load_policy
from fedtune.common.runconfig import PRECISIONS, RunConfig
from fedtune.common.tokenize import as_messages
from fedtune.demo.console import DemoConsole, run_federation
from fedtune.demo.report import Summary, node_sites, round_rows, site_summaries, site_val_losses, write_report
from fedtune.demo.synthetic import DEMO_SITES, generate_records, write_demo_sites
from fedtune.demo.tiny import build_tiny_model
from fedtune.server.history import History
from fedtune.server.launch import configure_simulation, superlink, write_app_dir

from .common import run_command

log = logging.getLogger("fedtune.demo")


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


def prepare_site(policy: SitePolicy) -> dict[str, int]:
    """Check a site's data before Flower starts and scrub it as the site will: the entity counts by type.

    The scrubbed records go to the cache the site's ClientApp reads (client/scrub_stage.py's
    ``scrub_cache_path``: the data's hash and the scrubber's fingerprint), so the
    federation does not scrub them again. A bad record stops here with its file, line and field.
    """
    records, _ = read_records(policy.data, skip_invalid=policy.skip_invalid, strict=policy.strict)
    with site_scrubber(policy) as scrubber:
        scrubbed = scrubber.scrub_records(records)
        cache = scrub_cache_path(records, policy, scrubber)
        counts = dict(scrubber.report.entities)
    write_atomic(cache, "".join(json.dumps(data, ensure_ascii=False) + "\n" for data in scrubbed))
    return counts


def write_heldout(out: Path, policy: SitePolicy, seed: int) -> tuple[Path, str]:
    """Clinical records no site trained on (seeds the sites never used), scrubbed as a hospital scrubs; and a sample prompt.

    The demo's operator holds every site's data, so it can measure this directly; in a
    federation the coordinator sees only each site's noised, accounted evaluation.
    """
    records = [r.record for r in generate_records("clinical", 24, seed + 20_000, formats=("instruction",))]
    prompt = generate_records("clinical", 1, seed=seed + 10_000, formats=("instruction",))[0].record
    with site_scrubber(policy) as scrubber:
        records = scrubber.scrub_records(records)
        prompt = scrubber.scrub_records([prompt])[0]
    path = write_atomic(out / "heldout" / "clinical.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path, as_messages(Record("instruction", prompt, "demo", 0))[0]["content"]


def audit(policies: list[SitePolicy], out: Path, run_dir: Path) -> tuple[bool, Path]:
    """The auditor's check of every site's signed ledger against the coordinator's receipts."""
    ledgers, keys, caps = collect_sites(policies, out / "audit")
    report = run_audit(ledgers, keys, run_dir, caps)
    _, page = write_reports(report, out / "audit" / "report")
    return report.signed_off, page


def quiet_libraries(logs: Path, verbose: bool) -> Path:
    """This process's logging goes to ``logs/demo.log`` (and the terminal with --verbose); library bars and warnings are tamed.

    Only this process is touched: Flower's and Ray's processes write to ``logs/flower.log``.
    """
    import transformers

    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "demo.log"
    handlers: list[logging.Handler] = [logging.FileHandler(path, encoding="utf-8")]
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
        handlers=handlers,
        force=True,  # Opacus calls basicConfig on import; the demo's settings win
    )
    logging.getLogger("presidio-analyzer").setLevel(logging.DEBUG if verbose else logging.WARNING)
    # transformers logs through its own stderr handler and draws a bar per model it loads:
    # here its records join the log file, and the progress display is the demo's own.
    transformers.utils.logging.disable_default_handler()
    transformers.utils.logging.enable_propagation()
    transformers.utils.logging.disable_progress_bar()
    for category, message in DEMO_WARNINGS:
        warnings.filterwarnings("ignore", message=message, category=category)
    return path


# Warnings the demo's own process would print on every run, filtered here only, by exact
# category and message start, each with the reason it is not fixed at its cause.
DEMO_WARNINGS: tuple[tuple[type[Warning], str], ...] = (
    # transformers 5 deprecates the name; peft 0.21's PeftModel.from_pretrained still calls it.
    (FutureWarning, r"`is_gradient_checkpointing` is deprecated and will be removed in v6\."),
)


def demo_precision(args: argparse.Namespace) -> str:
    """The user's choice, else bf16 where the CPU multiplies it natively (1.8x a float32 step of the real model).

    The tiny model stays in float32: its matrices are too small for bf16 to pay off.
    """
    if args.precision:
        return args.precision
    return "bf16" if not args.tiny and pick_device().type == "cpu" and native_bf16_cpu() else "auto"


def run_demo(args: argparse.Namespace) -> int:
    out: Path = args.out.resolve()
    if args.fresh and out.exists():
        shutil.rmtree(out)
    started = time.monotonic()
    seconds: dict[str, float] = {}
    logs = out / "logs"
    quiet_libraries(logs, args.verbose)
    ui = DemoConsole(verbose=args.verbose)
    ui.print(f"fedtune demo: {', '.join(DEMO_SITES)}; {args.rounds} rounds; everything goes under {out}")
    ui.print(f"logs (Flower, Ray, libraries): {logs}")
    precision = demo_precision(args)
    with ui:
        with ui.phase("base model") as advance:
            base = build_tiny_model(out / "tiny-model") if args.tiny else resolve_base(args.base)
        with ui.phase("sites: check and scrub data", total=len(DEMO_SITES)) as advance:
            data = write_demo_sites(out / "data", n_per_site=args.records, seed=args.seed)
            policies_dir = write_policies(out, data, base)
            policies = [load_policy(policies_dir / f"{site}.toml") for site in data]
            entities = {}
            for policy in policies:
                advance(f"sites: check and scrub data ({policy.site_id})", steps=0)
                entities[policy.site_id] = prepare_site(policy)
                advance("sites: check and scrub data")
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
            precision=precision,
            seed=args.seed,
            run_dir=str(out / "run"),
            sim_policies=str(policies_dir),
        )
        run_dir = Path(run.run_dir)
        app = write_app_dir(out / "app", run)
        home = out / "flwr"
        federation = time.monotonic()
        with ui.phase("federation: SuperLink and simulated sites") as advance:
            with superlink(home, simulation=True):
                configure_simulation(home, num_sites=len(data), cpus_per_site=args.cpus_per_site,
                                     cpus=max(os.cpu_count() or 1, len(data) * args.cpus_per_site))
                advance()
                code = run_federation(home, app, logs / "flower.log", run_dir / "history.json", run.num_server_rounds, ui,
                                      lambda: node_sites(run_dir, policies), exact=lambda: site_val_losses(policies))
        seconds["federation"] = time.monotonic() - federation
        adapter = run_dir / "adapter"
        if code != 0 or not (adapter / "adapter_config.json").is_file():
            ui.stop()
            print(f"error: the federated run wrote no adapter (flwr exited with {code}); see {logs / 'flower.log'}", file=sys.stderr)
            return 1
        with ui.phase("evaluation: base against adapter, forgetting", total=3) as advance:
            heldout, prompt = write_heldout(out, policies[0], args.seed)
            tokenizer = load_tokenizer(base)
            before = generate(load_for_generation(base), tokenizer, prompt, args.max_new_tokens)
            advance()
            after = generate(load_for_generation(base, adapter), tokenizer, prompt, args.max_new_tokens)
            advance()
            settings = EvalSettings(max_length=args.max_length, generate=0, resamples=1000, seed=args.seed, device="cpu",
                                    precision=precision)
            evaluation = evaluate(base, adapter, heldout, settings)
            advance()
        with ui.phase("privacy audit of every site's ledger") as advance:
            signed_off, audit_page = audit(policies, out, run_dir)
        with ui.phase("report") as advance:
            history = History.load(run_dir / "history.json").rounds
            names = node_sites(run_dir, policies)
            aggregate = [entry["aggregate"].get("val-loss") for entry in history]
            exact = site_val_losses(policies)
            at_sites = [round_rows(entry, names, exact.get(entry["round"]))[1]["exact-val-loss"] for entry in history]
            seconds["total"] = time.monotonic() - started
            summary = Summary(
                rounds=run.num_server_rounds,
                sites=site_summaries(policies, history, names, entities, run.target_epsilon),
                heldout_loss=(evaluation["metrics"]["loss"]["base"], evaluation["metrics"]["loss"]["adapter"]),
                global_val=(aggregate[0], aggregate[-1]) if aggregate else (None, None),
                site_val=(at_sites[0], at_sites[-1]) if at_sites else (None, None),
                forgetting=evaluation.get("forgetting"),
                audit_signed_off=signed_off,
                audit_report=str(audit_page),
                report=str(out / "report" / "index.html"),
                logs=str(logs),
                adapter=str(adapter),
                seconds=seconds,
            )
            write_report(out / "report", summary, history, names, evaluation, exact)
    ui.print(f"\nprompt (held-out, synthetic, scrubbed):\n{prompt}\n", markup=False)
    ui.print(f"base model answer:\n{before}\n", markup=False)
    ui.print(f"fine-tuned answer:\n{after}\n", markup=False)
    ui.summary(summary)
    ui.print(f"global adapter (PEFT format): {adapter}")
    ui.print(f"everything this demo wrote: {out}  (delete it to start over)")
    ui.print(f"wall time: {time.monotonic() - started:.0f}s (federated part {seconds['federation']:.0f}s)")
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
    parser.add_argument("--cpus-per-site", type=int, default=1, help="CPUs Flower reserves per simulated site; all sites train at once even where that is more CPUs than the machine has")
    parser.add_argument(
        "--precision", choices=PRECISIONS,
        help="autocast of training and scoring (default: bf16 on a CPU that multiplies bf16 natively and "
        "for the real model, else auto)",
    )
    parser.add_argument("--max-new-tokens", type=int, default=60, help="length of the sample answers")
    parser.add_argument("--seed", type=int, default=0, help="seed for data, LoRA init and the shared adapter")
    parser.add_argument("--fresh", action="store_true", help="delete the output folder first")
    parser.add_argument("-v", "--verbose", action="store_true", help="show Flower's, Ray's and the libraries' logs in the terminal too")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_command(lambda: run_demo(args))


if __name__ == "__main__":
    raise SystemExit(main())
