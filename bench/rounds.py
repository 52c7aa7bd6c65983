"""Round start-up tax in Flower's deployment engine: a round's training phase against the sites' local training, cold and warm.

    python bench/rounds.py                        # tiny model, 2 sites, 3 rounds, both launchers
    python bench/rounds.py --rounds 4 --records 40 --write bench/RESULTS.md
    python bench/rounds.py --base smollm2-135m-instruct --precision bf16   # the real model

Each configuration runs a real SuperLink and two real SuperNodes on loopback (insecure,
loopback only), fedtune's ClientApp with DP on, and the tiny model (or ``--base``). Per round it reads
the coordinator's ``train-wall-seconds`` (sending, every site's work, receiving) and each
site's exact local ``train-seconds`` from its own ``local-metrics.jsonl``, and prints
their ratio: the start-up tax is everything above 1. "cold" is Flower's one process per
message (the launcher imports the stack itself); "warm" forks each task from the site's
warm server (client/prefork.py). Both run in the same invocation, one after the other.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from fedtune.client.node import start_supernode
from fedtune.common.model import resolve_base
from fedtune.common.processes import stop_process
from fedtune.common.runconfig import RunConfig
from fedtune.demo.synthetic import generate_records
from fedtune.demo.tiny import build_tiny_model
from fedtune.server.launch import flwr, superlink, write_app_dir
from results import publish  # bench/results.py, beside this script

SECTION = "## Round start-up in the deployment engine (issue 15)"


def write_site(root: Path, name: str, domain: str, records: int, seed: int, base: Path) -> Path:
    data = root / name / "data"
    data.mkdir(parents=True)
    rows = [r.record for r in generate_records(domain, records, seed, formats=("instruction",))]
    (data / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    policy = root / f"{name}.toml"
    policy.write_text(
        f'site_id = "{name}"\ndata = "{data}"\nstate_dir = "{root / name / "state"}"\nbase_model = "{base}"\n'
        "[scrub]\nwaive_scrubbing = true\n",
        encoding="utf-8",
    )
    return policy


def run_once(root: Path, base: Path, *, warm: bool, rounds: int, records: int, steps: int,
             precision: str = "auto") -> list[tuple[int, float, float]]:
    """(round, training-phase wall seconds, the slowest site's local training seconds) per round."""
    policies = [write_site(root, "hospital", "clinical", records, 1, base), write_site(root, "lawfirm", "legal", records, 2, base)]
    run = RunConfig(
        base_model=str(base), num_server_rounds=rounds, local_steps=steps, max_length=512, min_sites=2,
        run_dir=str(root / "run"), round_timeout=600.0, precision=precision,
    )
    app = write_app_dir(root / "app", run)
    with superlink(root / "flwr", simulation=False) as link:
        nodes = [start_supernode(link.address, p, root / p.stem / "state" / "flwr", insecure=True, warm=warm) for p in policies]
        try:
            flwr(link.home, "run", str(app), "fedtune", "--stream", timeout=3600)
        finally:
            for node in nodes:
                stop_process(node)
    history = json.loads((root / "run" / "history.json").read_text())
    local: dict[int, float] = {}
    for policy in policies:
        for line in (root / policy.stem / "state" / "local-metrics.jsonl").read_text().splitlines():
            entry = json.loads(line)
            if entry.get("kind", "train") != "train":
                continue
            local[entry["round"]] = max(local.get(entry["round"], 0.0), entry["train-seconds"] or 0.0)
    return [(r["round"], r["aggregate"]["train-wall-seconds"], local[r["round"]]) for r in history["rounds"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds per configuration")
    parser.add_argument("--records", type=int, default=30, help="records per site")
    parser.add_argument("--steps", type=int, default=2, help="local DP steps per round")
    parser.add_argument("--base", default="tiny", help="'tiny' (a random model, seconds) or a base model: a folder or the embedded name")
    parser.add_argument("--precision", choices=("auto", "float32", "bf16"), default="auto")
    parser.add_argument("--launchers", nargs="+", choices=("cold", "warm"), default=["cold", "warm"],
                        help="which launchers to run, in this order")
    parser.add_argument("--write", type=Path, help="publish the table into this RESULTS.md")
    args = parser.parse_args(argv)
    load = os.getloadavg()
    rows = []
    with tempfile.TemporaryDirectory(prefix="fedtune-rounds-") as tmp:
        base = build_tiny_model(Path(tmp) / "tiny") if args.base == "tiny" else resolve_base(args.base)
        for warm in (launcher == "warm" for launcher in args.launchers):
            started = time.monotonic()
            for rnd, wall, local in run_once(Path(tmp) / ("warm" if warm else "cold"), base, warm=warm, rounds=args.rounds, records=args.records, steps=args.steps,
                                              precision=args.precision):
                rows.append(("warm" if warm else "cold", rnd, wall, local))
            print(f"{'warm' if warm else 'cold'}: {time.monotonic() - started:.0f} s for {args.rounds} rounds", file=sys.stderr)
    lines = [
        "| launcher | round | training phase, s | slowest site's local training, s | ratio |",
        "|---|---|---|---|---|",
        *(f"| {kind} | {rnd} | {wall:.1f} | {local:.2f} | {wall / max(local, 1e-9):.1f}× |" for kind, rnd, wall, local in rows),
    ]
    for kind in args.launchers:
        walls = [w for k, _, w, _ in rows if k == kind]
        lines.append(f"| {kind}, mean | | {sum(walls) / len(walls):.1f} | | |")
    model = "Tiny model" if args.base == "tiny" else f"{args.base}, precision {args.precision}"
    lines += ["", f"{model}, 2 sites, DP on, {args.steps} local steps, {args.records} records per site, {os.cpu_count()} CPUs; "
              f"load average before the run {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}."]
    publish("bench/rounds.py", argv, SECTION, lines, args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
