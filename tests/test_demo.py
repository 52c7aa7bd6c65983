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
    # The documented quick run's max-length, shorter than some generated records: they are truncated, never an error.
    code = main(["--tiny", "--out", str(out), "--rounds", "2", "--local-steps", "2", "--records", "30"])
    printed = capsys.readouterr().out
    assert code == 0
    history = json.loads((out / "run" / "history.json").read_text())
    assert [len(r["sites"]) for r in history["rounds"]] == [3, 3]
    assert all(site["scrubbed"] == 1 for r in history["rounds"] for site in r["sites"].values())
    assert "base model answer:" in printed and "fine-tuned answer:" in printed and str(out) in printed
    assert "held-out clinical loss" in printed and "privacy audit: signed off" in printed
    report = json.loads((out / "audit" / "report" / "report.json").read_text())
    assert report["signed_off"] and len(report["sites"]) == 3
    assert (out / "audit" / "report" / "report.html").stat().st_size > 1000
    PeftModel.from_pretrained(load_base(out / "tiny-model"), str(out / "run" / "adapter"))
    # Flower's state stayed in the demo folder, and the SuperLink and Ray are gone.
    assert (out / "flwr" / "state.db").exists()
    leftover = subprocess.run(["pgrep", "-f", str(out)], capture_output=True, text=True).stdout.split()
    assert leftover == []
