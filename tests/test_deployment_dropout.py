"""Flower's deployment engine on loopback: a site that dies mid-run is dropped and the run goes on.

Shared set-up: tests/deployment_support.py (TLS, registered sites, free loopback ports).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fedtune.common.processes import stop_process
from fedtune.common.runconfig import RunConfig
from fedtune.server.launch import superlink, write_app_dir
from tests.conftest import write_site
from tests.deployment_support import submit, wait_for, federation_certs, node, register

pytestmark = pytest.mark.slow


def test_a_site_that_dies_in_round_two_does_not_stop_the_run(tiny_model: Path, tmp_path: Path) -> None:
    policies = [write_site(tmp_path, f"site{i}", ("clinical", "legal")[i % 2], 20, i, base=tiny_model) for i in range(3)]
    run = RunConfig(
        base_model=str(tiny_model), num_server_rounds=2, local_steps=2, max_length=768, min_sites=2,
        round_timeout=90.0, run_dir=str(tmp_path / "run"),
    )
    app = write_app_dir(tmp_path / "app", run)
    home = tmp_path / "flwr"
    tls = federation_certs(tmp_path)
    with superlink(home, simulation=False, tls=tls) as link:
        for policy in policies:
            register(link, policy)
        nodes = [node(link.address, tls, p) for p in policies]
        submitted = submit(home, app, tmp_path / "run.log")
        try:
            # Round 1 is complete once its checkpoint metadata exists; kill a site as round 2 starts.
            wait_for(tmp_path / "run" / "checkpoints" / "round-0001" / "fedtune.json", submitted, 300)
            stop_process(nodes[0])
            submitted.wait(timeout=480)
        finally:
            stop_process(submitted)
            for process in nodes:
                stop_process(process)
    history = json.loads((tmp_path / "run" / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2]
    assert len(history["rounds"][0]["sites"]) == 3
    assert len(history["rounds"][1]["dropped"]) == 1  # the dead site, once, under its own node id
    for entry in history["rounds"][1:]:
        trained = [s for s in entry["sites"].values() if s.get("num-examples", 0) > 0]
        assert len(trained) == 2, entry
        assert entry["aggregated"]
    assert (tmp_path / "run" / "adapter" / "adapter_model.safetensors").is_file()
