"""The demo end to end in Flower's simulation engine, on the tiny model: three sites, real scrubbing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from peft import PeftModel

from fedtune.cli.demo import main
from fedtune.common.model import load_base

pytestmark = pytest.mark.slow


def test_demo_runs_three_sites_and_leaves_nothing_running(tmp_path: Path, capsys) -> None:
    out = tmp_path / "demo"
    code = main(["--tiny", "--out", str(out), "--rounds", "2", "--local-steps", "2", "--records", "30", "--max-length", "768"])
    printed = capsys.readouterr().out
    assert code == 0
    history = json.loads((out / "run" / "history.json").read_text())
    assert [len(r["sites"]) for r in history["rounds"]] == [3, 3]
    assert all(site["scrubbed"] == 1 for r in history["rounds"] for site in r["sites"].values())
    assert "base model answer:" in printed and "fine-tuned answer:" in printed and str(out) in printed
    PeftModel.from_pretrained(load_base(out / "tiny-model"), str(out / "run" / "adapter"))
    # Flower's state stayed in the demo folder, and the SuperLink and Ray are gone.
    assert (out / "flwr" / "state.db").exists()
    leftover = subprocess.run(["pgrep", "-f", str(out)], capture_output=True, text=True).stdout.split()
    assert leftover == []
