"""deploy/local/run.py end to end: a TLS federation with node auth, two sites, two rounds, and nothing left running.

The script runs fedtune's own commands (certs, keys, register-site, start, join) as separate
processes on loopback; this test runs it as a user would and then checks its results from
the outside: the coordinator's history, each site's signed ledger (fedtune's auditor), and
/proc for any process that still names the run's state folder.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fedtune.audit.verify import verify_chain
from fedtune.common.identity import public_path
from fedtune.common.ledger import LEDGER_FILE
from fedtune.common.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "deploy" / "local" / "run.py"

pytestmark = pytest.mark.slow  # real SuperLink, SuperNodes and ClientApps: about 3 minutes on 2 busy cores


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _naming(folder: Path) -> list[str]:
    """Live processes whose command line or environment mentions ``folder``."""
    needle = str(folder).encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid() or not _alive(int(entry.name)):
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            environ = (entry / "environ").read_bytes()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if needle in cmdline or needle in environ:
            text = cmdline.replace(b"\0", b" ").decode(errors="replace")
            found.append(f"{entry.name}: {text[:200]}")
    return found


def test_the_local_deployment_runs_two_rounds_with_tls_and_auth_and_leaves_nothing_running(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = {k: v for k, v in os.environ.items() if k not in ("FLWR_HOME", "FEDTUNE_CACHE", "HF_HOME")}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(state), "--rounds", "2", "--local-steps", "1", "--records", "16", "--waive-scrubbing"],
        capture_output=True, text=True, timeout=900, env=env, cwd=tmp_path,
    )
    output = result.stdout + result.stderr
    tail = output[-4000:]
    assert result.returncode == 0, tail
    assert "audit signed off: 2 site(s)" in output, tail

    # Every process the script started (it prints each pid) is gone, and so is anything naming its folder.
    pids = [int(p) for p in re.findall(r"\(pid (\d+)\)", output)]
    assert len(pids) == 3, tail  # the coordinator and two sites
    assert [p for p in pids if _alive(p)] == []
    assert _naming(state) == []

    # TLS and node auth were on: the SuperLink served HTTPS with --enable-supernode-auth, and the sites dialed with the CA.
    superlink_log = (state / "coordinator" / "run" / "flwr" / "superlink.log").read_text()
    assert "https://" in superlink_log
    assert "insecure = true" not in (state / "coordinator" / "run" / "flwr" / "config.toml").read_text()
    for site in ("site-a", "site-b"):
        supernode_log = (state / "sites" / site / "state" / "flwr" / "supernode.log").read_text()
        assert "app bundle" in supernode_log and "accepted" in supernode_log  # the site's own bundle check ran

    # Two rounds, both sites in each.
    history = json.loads((state / "coordinator" / "run" / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2]
    for entry in history["rounds"]:
        assert len(entry["sites"]) == 2, entry
        assert all(s["num-examples"] > 0 and s["bytes-sent"] > 0 for s in entry["sites"].values())
    assert (state / "coordinator" / "run" / "adapter" / "adapter_model.safetensors").is_file()

    # Each site's ledger verifies with the auditor's chain check, under the key the coordinator registered.
    keys = {}
    for site in ("site-a", "site-b"):
        policy = load_policy(state / "sites" / site / "site.toml")
        keys[site] = public_path(policy.identity_key_path).read_text().strip()
    for site, key in keys.items():
        policy = load_policy(state / "sites" / site / "site.toml")
        check = verify_chain(site, policy.state_dir / LEDGER_FILE, key, {f"site {o}": k for o, k in keys.items() if o != site})
        assert check.finding is None, check.finding
        trained = [e.round for e in check.releases if e.kind == "train"]
        assert trained == [1, 2], trained  # one signed training release per round, none twice
