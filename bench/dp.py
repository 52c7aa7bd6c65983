"""DP-SGD cost: step time and peak memory of non-private, DP (hooks) and DP (ghost) training on one model, data and batch.

    python bench/dp.py --write bench/RESULTS.md                      # headline + sweeps (about 10 min on 2 cores)
    python bench/dp.py --steps 2 --batch-sizes 4 --ranks 4 --no-headline   # a quick look
    python bench/dp.py --utility --write bench/RESULTS.md             # epsilon 8 against non-private on demo data only

Times: one process per configuration loads the model once and runs the three modes in
turn, ``--repeats`` rounds of ``--steps`` steps each after a warm-up step per mode; a
mode's time is its best round (the trainer's own timing), so background load on a shared
machine hits every mode alike. Memory: a fresh process per mode and configuration, one
step: on CPU its peak resident set (ru_maxrss), also shown net of the
resident set once model and data are loaded; on GPU torch.cuda.max_memory_allocated. The
batch is the whole data set (sample rate 1), so every step of every mode sees the same
examples; DP noise is on (noise_multiplier 1). The headline uses the embedded
SmolLM2-135M with the demo's LoRA (q, k, v, o); the sweeps over batch size and LoRA rank
use a small Llama built from a config (hidden 256, 4 layers).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

from fedtune.common.model import LoraSettings, load_for_training, load_tokenizer, pick_device, resolve_base
from fedtune.client.accounting import calibrate, sample_rate
from fedtune.client.privacy import DPSGD
from fedtune.demo.tiny import build_tiny_model
from fedtune.common.tokenize import Example
from fedtune.client.train import LocalTrainer, TrainSettings
from results import publish  # bench/results.py, beside this script

SECTION = "## Differential privacy (issue 4)"
UTILITY_SECTION = "## Differential privacy: utility (issue 4)"
MODES = ("none", "hooks", "ghost")
log = logging.getLogger("bench.dp")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def _setup(spec: dict) -> tuple[torch.nn.Module, list[Example], torch.device]:
    if spec["threads"]:
        torch.set_num_threads(spec["threads"])
    device = pick_device(spec["device"])
    model = load_for_training(spec["model"], LoraSettings(r=spec["rank"], alpha=2 * spec["rank"], dropout=0.0), device)
    with torch.no_grad():  # page in weights that loading may have memory-mapped, so "net" excludes them
        sum(float(p.sum()) for p in model.parameters())
    generator = torch.Generator().manual_seed(0)
    examples = []
    for _ in range(spec["batch"]):
        ids = torch.randint(3, model.config.vocab_size, (spec["seq"],), generator=generator).tolist()
        examples.append(Example(input_ids=ids, labels=ids))
    return model, examples, device


def _train(spec: dict, model: torch.nn.Module, examples: list[Example], mode: str, steps: int) -> float:
    """Seconds per step of ``steps`` steps in ``mode``."""
    settings = TrainSettings(steps=steps, batch_size=spec["batch"], device=spec["device"], progress=False)
    privacy = None if mode == "none" else DPSGD(noise_multiplier=1.0, max_grad_norm=1.0, mode=mode)
    return LocalTrainer(model, 0, settings).fit(examples, privacy=privacy).seconds / steps


def step_times(spec: dict) -> dict:
    """Best seconds per step of each mode, the modes interleaved in this process."""
    model, examples, device = _setup(spec)
    for mode in MODES:
        _train(spec, model, examples, mode, 1)
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    for _ in range(spec["repeats"]):
        for mode in MODES:
            times[mode].append(_train(spec, model, examples, mode, spec["steps"]))
    return {"step_s": {m: min(t) for m, t in times.items()}, "threads": torch.get_num_threads(), "device": str(device)}


def peak_memory(spec: dict) -> dict:
    """Peak memory in MB of one mode (``spec["mode"]``) in this fresh process, and the level before training."""
    model, examples, device = _setup(spec)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
        base = torch.cuda.memory_allocated(device) / 2**20
    else:
        base = _rss_mb()
    _train(spec, model, examples, spec["mode"], 1)  # the first step allocates everything, optimizer state included
    if device.type == "cuda":
        peak = torch.cuda.max_memory_allocated(device) / 2**20
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"peak_mb": peak, "base_mb": base}


def in_subprocess(task: str, spec: dict) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", json.dumps({"task": task} | spec)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def compare(spec: dict) -> dict[str, dict]:
    """The three modes on one configuration: {mode: {step_s, peak_mb, base_mb}} plus the timing's device and threads."""
    label = {k: v for k, v in spec.items() if k != "model"}
    timing = in_subprocess("time", spec)
    log.info("%s: s/step %s", label, timing["step_s"])
    results: dict[str, dict] = {"run": {"threads": timing["threads"], "device": timing["device"]}}
    for mode in MODES:
        results[mode] = {"step_s": timing["step_s"][mode]} | in_subprocess("memory", spec | {"mode": mode})
        log.info("%s: %s %s", label, mode, results[mode])
    return results


def _net(result: dict) -> float:
    return result["peak_mb"] - result["base_mb"]


def ratio_row(label: str, r: dict[str, dict]) -> str:
    none = r["none"]
    cells = [label, f"{none['step_s']:.2f} s"]
    cells += [f"{r[mode]['step_s'] / none['step_s']:.2f}x" for mode in ("hooks", "ghost")]
    cells += [f"{r[mode]['peak_mb'] / none['peak_mb']:.2f}x" for mode in ("hooks", "ghost")]
    cells += [f"{_net(r[mode]) / _net(none):.2f}x" for mode in ("hooks", "ghost")]
    return "| " + " | ".join(cells) + " |"


def headline(spec: dict) -> list[str]:
    r = compare(spec)
    fastest = min(("hooks", "ghost"), key=lambda mode: r[mode]["step_s"])
    net = {m: _net(r[m]) for m in MODES}
    lines = [
        f"(a) SmolLM2-135M, LoRA r={spec['rank']} on q, k, v, o; batch {spec['batch']} x {spec['seq']} tokens; "
        f"best of {spec['repeats']} rounds of {spec['steps']} steps; {r['run']['device']}, "
        f"{r['run']['threads']} thread(s) per process:",
        "",
        "| mode | s/step | step ratio | peak memory | memory ratio | peak net of model and data | net ratio |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode, name in zip(MODES, ("non-private", "DP, hooks", "DP, ghost"), strict=True):
        lines.append(
            f"| {name} | {r[mode]['step_s']:.2f} | {r[mode]['step_s'] / r['none']['step_s']:.2f}x "
            f"| {r[mode]['peak_mb']:,.0f} MB | {r[mode]['peak_mb'] / r['none']['peak_mb']:.2f}x "
            f"| {net[mode]:,.0f} MB | {net[mode] / net['none']:.2f}x |"
        )
    return lines + ["", f"Default `dp-mode`: {fastest}, the faster DP mode here (common/runconfig.py DEFAULT_MODE)."]


def sweeps(spec: dict, batch_sizes: list[int], ranks: list[int]) -> list[str]:
    lines = []
    header = [
        "| {} | non-private s/step | time hooks | time ghost | peak hooks | peak ghost | net peak hooks | net peak ghost |",
        "|---|---|---|---|---|---|---|---|",
    ]
    if batch_sizes:
        lines += ["", f"(b) DP / non-private against batch size (small Llama, r={spec['rank']}, {spec['seq']} tokens):", ""]
        lines += [header[0].format("batch"), header[1]]
        lines += [ratio_row(str(b), compare(spec | {"batch": b})) for b in batch_sizes]
    if ranks:
        lines += ["", f"(c) DP / non-private against LoRA rank (small Llama, batch {spec['batch']}, {spec['seq']} tokens):", ""]
        lines += [header[0].format("rank"), header[1]]
        lines += [ratio_row(str(r), compare(spec | {"rank": r})) for r in ranks]
    return lines


def utility(args: argparse.Namespace) -> list[str]:
    """Validation-loss improvement over the base model at epsilon 8 against non-private, one demo site, local training."""
    from fedtune.client.site import default_policy, prepare_site_data
    from fedtune.demo.synthetic import write_demo_sites

    if args.threads:
        torch.set_num_threads(args.threads)
    base = resolve_base("smollm2-135m-instruct")
    tokenizer = load_tokenizer(base)
    with tempfile.TemporaryDirectory() as tmp:
        site, folder = next(iter(write_demo_sites(Path(tmp) / "sites", args.utility_records, 0).items()))
        data = prepare_site_data(default_policy(folder, Path(tmp) / "state", skip_invalid=True), tokenizer, args.utility_length)
    n = len(data.train)
    rate = sample_rate(n, args.utility_batch)
    sigma = calibrate(target_epsilon=8.0, target_delta=min(1e-5, 0.1 / n), sample_rate=rate, steps=args.utility_steps)
    losses = {}
    for name, privacy in (("non-private", None), ("epsilon 8", DPSGD(noise_multiplier=sigma, max_grad_norm=1.0))):
        model = load_for_training(base, LoraSettings(r=8, ffa=args.utility_ffa), pick_device(args.device))
        settings = TrainSettings(
            steps=args.utility_steps, batch_size=args.utility_batch // args.utility_accum, grad_accum=args.utility_accum,
            learning_rate=args.utility_lr, device=args.device,
        )
        trainer = LocalTrainer(model, tokenizer.pad_token_id, settings)
        before = trainer.evaluate(data.val).loss
        started = time.perf_counter()
        trainer.fit(data.train, privacy=privacy)
        losses[name] = (before, trainer.evaluate(data.val).loss, time.perf_counter() - started)
        log.info("%s: %s", name, losses[name])
    gain = {k: b - a for k, (b, a, _) in losses.items()}
    return [
        f"Local training on demo site {site} ({n} training records, {len(data.val)} validation), "
        f"SmolLM2-135M, r=8{' FFA-LoRA (B only)' if args.utility_ffa else ''}, {args.utility_length} tokens, {args.utility_steps} steps, expected batch {args.utility_batch} "
        f"({args.utility_accum} physical batches), lr {args.utility_lr}; "
        f"epsilon 8 at delta {min(1e-5, 0.1 / n):g}: noise_multiplier {sigma:.3f}, sample_rate {rate:.4g}:",
        "",
        "| training | validation loss before | after | improvement | wall |",
        "|---|---|---|---|---|",
        *[f"| {k} | {b:.4f} | {a:.4f} | {b - a:.4f} | {t:.0f} s |" for k, (b, a, t) in losses.items()],
        "",
        f"DP keeps {100 * gain['epsilon 8'] / gain['non-private']:.0f}% of the non-private improvement (target: 80%).",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--steps", type=int, default=2, help="timed steps per round")
    parser.add_argument("--repeats", type=int, default=3, help="timed rounds per mode; the best counts")
    parser.add_argument("--seq", type=int, default=128, help="tokens per example")
    parser.add_argument("--batch", type=int, default=4, help="headline batch size")
    parser.add_argument("--batch-sizes", type=int, nargs="*", default=[4, 16, 64], help="sweep (empty: skip)")
    parser.add_argument("--ranks", type=int, nargs="*", default=[4, 16, 64], help="sweep at batch 16 (empty: skip)")
    parser.add_argument("--no-headline", action="store_true", help="skip the SmolLM2-135M measurement")
    # On 2 shared cores two torch threads contend and a step takes up to 7x longer and varies;
    # one thread per process gives stable, comparable timings.
    parser.add_argument("--threads", type=int, default=1, help="torch threads per process (0: torch's default)")
    parser.add_argument("--device", default="auto", help="auto, cpu, cuda")
    parser.add_argument("--utility", action="store_true", help="instead: train at epsilon 8 and non-private on demo data")
    # One demo site's whole federated share, trained locally: the demo's records per site,
    # rounds x local steps, expected batch (batch-size x grad-accum), learning rate and length.
    parser.add_argument("--utility-records", type=int, default=120)
    parser.add_argument("--utility-steps", type=int, default=15)
    parser.add_argument("--utility-batch", type=int, default=8)
    parser.add_argument("--utility-accum", type=int, default=2, help="physical batches per step (memory)")
    parser.add_argument("--utility-lr", type=float, default=2e-3)
    parser.add_argument("--utility-ffa", action="store_true", help="FFA-LoRA: train LoRA B only")
    parser.add_argument("--utility-length", type=int, default=384)
    parser.add_argument("--write", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args(argv)
    if args.worker:
        spec = json.loads(args.worker)
        print(json.dumps(step_times(spec) if spec["task"] == "time" else peak_memory(spec)))
        return 0
    # force: importing Opacus already called logging.basicConfig (opacus/utils/module_utils.py).
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S", force=True)
    common = {"steps": args.steps, "repeats": args.repeats, "seq": args.seq, "threads": args.threads, "device": args.device}
    lines = [f"Load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; on a shared machine "
             "the time ratios move by about 0.1 between runs.", ""]
    if args.utility:  # a separate section: it measures loss, not time, and runs on its own
        return publish("bench/dp.py", argv, UTILITY_SECTION, utility(args), args.write)
    if not args.no_headline:
        model = str(resolve_base("smollm2-135m-instruct"))
        lines += headline(common | {"model": model, "batch": args.batch, "rank": 8, "repeats": min(args.repeats, 2)})
    with tempfile.TemporaryDirectory() as tmp:
        small = str(build_tiny_model(Path(tmp) / "small", hidden=256, layers=4))
        lines += sweeps(common | {"model": small, "batch": 16, "rank": 8}, args.batch_sizes, args.ranks)
    return publish("bench/dp.py", argv, SECTION, lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
