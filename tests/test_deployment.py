"""Flower's deployment engine on loopback: a real SuperLink, real SuperNodes, a real fedtune run.

Every process is started by the test on 127.0.0.1 with free ports and stopped by its pid;
FLWR_HOME and every state folder live in the test's temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from fedtune.client.node import start_supernode
from fedtune.common.processes import stop_process
from fedtune.common.runconfig import RunConfig
from fedtune.server.launch import flwr, superlink, write_app_dir
from tests.conftest import write_site

pytestmark = pytest.mark.slow


def test_two_supernodes_two_rounds_change_the_global_adapter(tiny_model: Path, tmp_path: Path) -> None:
    policies = [write_site(tmp_path, "hospital", "clinical", 24, 1), write_site(tmp_path, "lawfirm", "legal", 24, 2)]
    run = RunConfig(
        base_model=str(tiny_model), num_server_rounds=2, local_steps=3, max_length=768,
        learning_rate=5e-3, run_dir=str(tmp_path / "run"),
    )
    app = write_app_dir(tmp_path / "app", run)
    home = tmp_path / "flwr"
    with superlink(home, simulation=False) as link:
        nodes = [start_supernode(link.address, p, tmp_path / p.stem / "flwr") for p in policies]
        try:
            result = flwr(home, "run", str(app), "fedtune", "--stream", timeout=480)
        finally:
            for node in nodes:
                stop_process(node)
        assert all(node.poll() is not None for node in nodes)
    assert link.process.poll() is not None
    assert result.returncode == 0, result.stdout[-3000:]
    history = json.loads((tmp_path / "run" / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2]
    for entry in history["rounds"]:
        assert len(entry["sites"]) == 2  # both sites took part in every round
        assert all(site["num-examples"] > 0 and site["bytes-sent"] > 0 for site in entry["sites"].values())
    final = load_file(tmp_path / "run" / "adapter" / "adapter_model.safetensors")
    first = load_file(tmp_path / "run" / "checkpoints" / "round-0001" / "adapter_model.safetensors")
    lora_b = [k for k in final if "lora_B" in k]
    assert lora_b and any(final[k].abs().sum() > 0 for k in lora_b)  # B starts at zero
    assert any(not torch.equal(final[k], first[k]) for k in lora_b)  # round 2 moved it again
