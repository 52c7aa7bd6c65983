"""A whole federation on this machine's loopback, with the deployed topology: TLS, node auth, two sites.

    .venv/bin/python deploy/local/run.py [STATE_DIR] [--rounds 2] [--local-steps 1]

It runs fedtune's own commands, as a coordinator and two site operators would, each as
its own process:

 1. ``fedtune-coordinator certs``          the federation's CA and the SuperLink's certificate
 2. ``fedtune-site keys``  (per site)      each site's identity key; its policy and data are generated
 3. ``fedtune-coordinator register-site``  the coordinator admits both public keys
 4. ``fedtune-coordinator start``          SuperLink (TLS, --enable-supernode-auth) on loopback, nginx
                                           in front exposing only the Fleet API when nginx is installed,
                                           then the run is submitted
 5. ``fedtune-site join``  (per site)      each site's SuperNode dials the proxy (or the SuperLink)
 6. the audit of both sites' signed ledgers against the coordinator's receipts

The model is the demo's tiny random model and the data is synthetic (``fedtune.demo``), so
a run takes a few minutes on two CPU cores and needs nothing from the network. Everything,
logs included, lives under STATE_DIR (default: a new temporary folder); every port is a free
loopback port. Every process the script starts is stopped by its pid when it ends, on
success, error, Ctrl-C or SIGTERM; a process found afterwards whose command line or
environment names STATE_DIR is reported as a stray, stopped, and makes the exit code 3.

Exit codes: 0 the run finished and the audit signed off; 1 the run or the audit failed;
2 bad arguments; 3 stray processes had to be stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SITES = (("site-a", "clinical", 1), ("site-b", "legal", 2))  # site id, synthetic domain, seed


def _bin(name: str) -> str:
    """A fedtune command from the same installation as this interpreter (the venv), else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name}: not found; install fedtune (make setup) and run this with its python")
    return found


class Processes:
    """Every process this script starts, in its own session, stopped by pid in reverse order."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self.started: list[tuple[str, subprocess.Popen]] = []
        self.logs: dict[int, Path] = {}

    def start(self, name: str, args: list[str], log: Path) -> subprocess.Popen:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("ab") as out:
            process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, env=_env(self.state))
        self.started.append((name, process))
        self.logs[process.pid] = log
        print(f"    started {name} (pid {process.pid}); log {log}", flush=True)
        return process

    def stop_all(self) -> None:
        # SIGINT first: 'fedtune-site join' stops its SuperNode on Ctrl-C, 'fedtune-coordinator start'
        # stops its SuperLink, ServerApp and nginx; then SIGTERM and SIGKILL to each process group.
        # The SIGINT wait is long: 'join' gives its SuperNode 15 s to stop and then its companions
        # as long; a SIGTERM during that would cut its own clean-up short.
        for name, process in reversed(self.started):
            for sig, wait in ((signal.SIGINT, 60.0), (signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
                if process.poll() is not None:
                    break
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    process.wait(wait)
                except subprocess.TimeoutExpired:
                    continue
            if process.poll() is None:
                print(f"warning: {name} (pid {process.pid}) did not stop", file=sys.stderr)
            for pid in self.children.get(process.pid, ()):  # what 'join' started, by the pid it printed
                try:
                    os.killpg(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass

    @property
    def children(self) -> dict[int, list[int]]:
        """SuperNode pids that 'fedtune-site join' printed in its log ('SuperNode pid N'), by join's pid."""
        out: dict[int, list[int]] = {}
        for _, process in self.started:
            log = self.logs.get(process.pid)
            if log is not None and log.is_file():
                out[process.pid] = [int(p) for p in re.findall(r"SuperNode pid (\d+)", log.read_text(errors="replace"))]
        return out

    def strays(self) -> list[int]:
        """Processes still alive whose command line or environment names the state folder."""
        return [pid for pid, _ in processes_naming(self.state)]


def processes_naming(folder: Path) -> list[tuple[int, str]]:
    """(pid, command line) of every live process whose command line or environment mentions ``folder``."""
    needle = str(folder.resolve()).encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            try:
                environ = (entry / "environ").read_bytes()
            except PermissionError:
                environ = b""
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if state == "Z":  # a zombie holds no resources; its parent reaps it
            continue
        if needle in cmdline or needle in environ:
            found.append((int(entry.name), cmdline.replace(b"\0", b" ").decode(errors="replace").strip()))
    return found


def _env(state: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        FLWR_HOME=str(state / "coordinator" / "flwr-cli"),  # no command writes to the user's ~/.flwr
        FEDTUNE_CACHE=str(state / "cache"),
        HF_HOME=str(state / "cache" / "hf"),
        FEDTUNE_LOCAL_STATE=str(state),  # marks every process of this run, for the stray check
    )
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(args: list[str], state: Path, log: Path) -> str:
    """Run one command to completion; its output goes to ``log`` and is returned."""
    result = subprocess.run(args, env=_env(state), capture_output=True, text=True, timeout=300)
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(args)}\n{result.stdout}{result.stderr}")
    if result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} {args[1]} failed (exit {result.returncode}); see {log}:\n{result.stderr.strip()[-1500:]}")
    return result.stdout


def _wait_listening(port: int, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the coordinator exited with {process.returncode} before listening; see {log}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise RuntimeError(f"nothing listened on 127.0.0.1:{port} within {timeout:.0f}s; see {log}")


def prepare(state: Path, args: argparse.Namespace) -> tuple[Path, list[Path], str]:
    """The tiny model, both sites' data and policies, and the coordinator's settings; returns (federation.toml, policies, nginx)."""
    from fedtune.demo.synthetic import generate_records
    from fedtune.demo.tiny import build_tiny_model

    model = state / "model"
    if not (model / "config.json").is_file():
        build_tiny_model(model)
    policies = []
    for site, domain, seed in SITES:
        folder = state / "sites" / site
        data = folder / "data"
        data.mkdir(parents=True, exist_ok=True)
        records = generate_records(domain, args.records, seed, formats=("instruction",))
        (data / "records.jsonl").write_text("".join(json.dumps(r.record) + "\n" for r in records), encoding="utf-8")
        policy = folder / "site.toml"
        waiver = "\n[scrub]\nwaive_scrubbing = true  # a trial on synthetic data; a real site scrubs\n" if args.waive_scrubbing else ""
        policy.write_text(
            f'site_id = "{site}"\ndata = "{data}"\nstate_dir = "{folder / "state"}"\nbase_model = "{model}"\n'
            f'federation_ca = "{state / "coordinator" / "certs" / "ca.pem"}"\n'
            "validation_fraction = 0.25  # a few records only: keep enough of them for validation\n"
            f"{waiver}",
            encoding="utf-8",
        )
        policies.append(policy)
    nginx = "" if args.no_proxy else (shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin") or "")
    coordinator = state / "coordinator"
    coordinator.mkdir(parents=True, exist_ok=True)
    proxy = f'\n[proxy]\nlisten = "127.0.0.1:{_free_port()}"\nnginx = "{nginx}"\n' if nginx else ""
    config = coordinator / "federation.toml"
    config.write_text(
        f"""[superlink]
host = "127.0.0.1"
port = {_free_port()}
certificates = "certs"
names = ["localhost"]
{proxy}
[run]
base-model = "{model}"
num-server-rounds = {args.rounds}
min-sites = 2
local-steps = {args.local_steps}
batch-size = 2
max-length = 768
round-timeout = 600.0
run-dir = "run"
""",
        encoding="utf-8",
    )
    return config, policies, nginx


def federate(state: Path, args: argparse.Namespace, procs: Processes) -> int:
    from fedtune.server.federation import load_federation

    logs = state / "logs"
    print(f"state folder: {state}", flush=True)
    print("[1/6] the tiny model, two sites' synthetic data and policies, the coordinator's settings", flush=True)
    config, policies, nginx = prepare(state, args)
    federation = load_federation(config)
    coordinator, site = _bin("fedtune-coordinator"), _bin("fedtune-site")
    print("[2/6] certificates: fedtune-coordinator certs", flush=True)
    if not (state / "coordinator" / "certs" / "ca.pem").is_file():
        _run([coordinator, "certs", "--config", str(config)], state, logs / "setup.log")
    print("[3/6] site keys and registration: fedtune-site keys, fedtune-coordinator register-site", flush=True)
    for policy, (name, _, _) in zip(policies, SITES):
        key = policy.parent / "state" / "identity" / "site_key"
        if not key.exists():
            _run([site, "keys", "--policy", str(policy)], state, logs / "setup.log")
    for policy, (name, _, _) in zip(policies, SITES):
        marker = state / "coordinator" / f"registered-{name}"  # a rerun on the same folder registers once
        if not marker.exists():
            _run([coordinator, "register-site", str(policy.parent / "state" / "identity" / "site_key.pub"), "--name", name,
                  "--config", str(config)], state, logs / "setup.log")
            marker.touch()
    public = federation.public_address
    print(f"[4/6] coordinator: fedtune-coordinator start (SuperLink {federation.address}, TLS and node auth; "
          + (f"nginx exposes only the Fleet API on {public})" if nginx else "no nginx found: sites dial the SuperLink)"), flush=True)
    link = procs.start("fedtune-coordinator start", [coordinator, "start", "--config", str(config)], logs / "coordinator.log")
    _wait_listening(int(public.rsplit(":", 1)[1]), link, logs / "coordinator.log", 120)
    print(f"[5/6] sites: fedtune-site join --superlink {public} (the policy's federation_ca: certs/ca.pem)", flush=True)
    for policy, (name, _, _) in zip(policies, SITES):
        procs.start(f"fedtune-site join ({name})", [site, "join", "--policy", str(policy), "--superlink", public],
                    logs / f"{name}.log")
    try:
        code = link.wait(args.timeout)
    except subprocess.TimeoutExpired:
        print(f"error: the run did not finish within {args.timeout:.0f}s; see {logs}", file=sys.stderr)
        return 1
    run_dir = Path(federation.run.run_dir)
    history = run_dir / "history.json"
    if code != 0 or not history.is_file():
        print(f"error: the coordinator exited with {code}; see {logs / 'coordinator.log'}", file=sys.stderr)
        return 1
    rounds = json.loads(history.read_text())["rounds"]
    for entry in rounds:
        summary = entry.get("aggregate", {})
        print(f"    round {entry['round']}: {len(entry['sites'])} sites, val-loss {summary.get('val-loss', float('nan')):.3f}, "
              f"epsilon {summary.get('epsilon', float('nan')):.3f}", flush=True)
    print("[6/6] audit: every site's signed ledger against the coordinator's receipts", flush=True)
    signed_off = audit(state, policies, run_dir)
    print(f"history: {history}\nglobal adapter: {run_dir / 'adapter'}\nreceipts: {run_dir / 'receipts.jsonl'}")
    for policy, (name, _, _) in zip(policies, SITES):
        print(f"{name} ledger: {policy.parent / 'state' / 'ledger.jsonl'}")
    print(f"audit report: {state / 'audit' / 'report' / 'report.html'}\nlogs: {logs}")
    return 0 if signed_off else 1


def audit(state: Path, policies: list[Path], run_dir: Path) -> bool:
    import logging

    from fedtune.audit.audit import run_audit, verdict
    from fedtune.audit.collect import collect_sites
    from fedtune.audit.report import write_reports
    from fedtune.common.policy import load_policy

    logging.getLogger("absl").setLevel(logging.ERROR)  # dp_accounting's RDP warns per skipped order
    ledgers, keys, caps = collect_sites([load_policy(p) for p in policies], state / "audit")
    report = run_audit(ledgers, keys, run_dir, caps)
    write_reports(report, state / "audit" / "report")
    print(f"    audit {verdict(report.signed_off)}: {len(report.sites)} site(s)", flush=True)
    return report.signed_off


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deploy/local/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("state", nargs="?", type=Path, help="folder for everything the run writes (default: a new temporary folder)")
    parser.add_argument("--rounds", type=int, default=2, help="federated rounds (default 2)")
    parser.add_argument("--local-steps", type=int, default=1, help="optimizer steps per site per round (default 1)")
    parser.add_argument("--records", type=int, default=24, help="synthetic records per site (default 24)")
    parser.add_argument("--waive-scrubbing", action="store_true", help="skip Presidio (faster; the waiver is on each site's ledger)")
    parser.add_argument("--no-proxy", action="store_true", help="sites dial the SuperLink directly, even when nginx is installed")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds the run may take (default 900)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.rounds < 1 or args.local_steps < 1 or args.records < 8:
        print("error: --rounds and --local-steps must be at least 1, --records at least 8", file=sys.stderr)
        return 2
    state = (args.state or Path(tempfile.mkdtemp(prefix="fedtune-local-"))).resolve()
    state.mkdir(parents=True, exist_ok=True, mode=0o700)
    procs = Processes(state)
    # SIGTERM and SIGHUP end the script the way Ctrl-C does, so the finally block below runs.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _frame: sys.exit(128 + signum))
    code = 1
    try:
        code = federate(state, args, procs)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        code = 1
    finally:
        procs.stop_all()
        strays = processes_naming(state)
        for pid, cmdline in strays:
            print(f"stray process {pid} ({cmdline[:120]}) still named {state}; stopping it", file=sys.stderr)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if strays:
            code = 3
        print(f"stopped every process this run started; state kept in {state}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
