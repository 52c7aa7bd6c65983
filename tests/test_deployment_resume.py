"""Flower's deployment engine on loopback: a restarted coordinator resumes after the last complete round, spending nothing twice.

Shared set-up: tests/deployment_support.py (TLS, registered sites, free loopback ports).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fedtune.common.ledger import Ledger
from fedtune.common.policy import load_policy
from fedtune.common.processes import stop_process
from fedtune.common.runconfig import RunConfig
from fedtune.server.launch import start_superlink, write_app_dir
from tests.conftest import write_site
from tests.deployment_support import submit, wait_for, federation_certs, node, register, site_home

pytestmark = pytest.mark.slow


def test_a_restarted_coordinator_resumes_after_the_last_complete_round(tiny_model: Path, tmp_path: Path) -> None:
    policies = [
        write_site(tmp_path, "hospital", "clinical", 20, 1, base=tiny_model),
        write_site(tmp_path, "lawfirm", "legal", 20, 2, base=tiny_model),
    ]
    run = RunConfig(
        base_model=str(tiny_model), num_server_rounds=3, local_steps=2, max_length=768,
        round_timeout=120.0, run_dir=str(tmp_path / "run"),
    )
    app = write_app_dir(tmp_path / "app", run)
    home = tmp_path / "flwr"
    tls = federation_certs(tmp_path)
    link = start_superlink(home, simulation=False, tls=tls)
    for policy in policies:
        register(link, policy)
    nodes = [node(link.address, tls, p) for p in policies]
    port = int(link.address.rsplit(":", 1)[1])
    try:
        first = submit(home, app, tmp_path / "first.log")
        wait_for(tmp_path / "run" / "checkpoints" / "round-0001" / "fedtune.json", first, 400)
        # The coordinator dies: its SuperLink (with the ServerApp it started) and the submitting CLI.
        link.stop()
        stop_process(first)
        round1 = (tmp_path / "run" / "checkpoints" / "round-0001" / "adapter_model.safetensors").read_bytes()
        # Restarted with the same config, state database (registrations included) and port; the SuperNodes reconnect.
        link = start_superlink(home, simulation=False, port=port, tls=tls)
        second = submit(home, app, tmp_path / "second.log")
        assert second.wait(timeout=480) == 0
    finally:
        link.stop()
        for process in nodes:
            stop_process(process)
    log = (tmp_path / "second.log").read_text()
    assert "after round 1 of 3" in log
    history = json.loads((tmp_path / "run" / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2, 3]  # none repeated, none lost
    assert all(len(r["sites"]) == 2 for r in history["rounds"])
    # The restart read the round-1 checkpoint (the log above) and did not rewrite it.
    assert (tmp_path / "run" / "checkpoints" / "round-0001" / "adapter_model.safetensors").read_bytes() == round1
    # No double spending: a round interrupted by the kill and sent again is answered from the
    # site's reply cache, so each site's ledger holds rounds 1..3 exactly once.
    for policy in policies:
        trained = [e.round for e in Ledger(load_policy(policy).state_dir).releases() if e.kind == "train"]
        log_tail = "\n".join((site_home(policy) / "supernode.log").read_text().splitlines()[-60:])
        assert trained == [1, 2, 3], (policy.stem, trained, log_tail)
    assert (tmp_path / "run" / "checkpoints" / "round-0003" / "fedtune.json").is_file()
