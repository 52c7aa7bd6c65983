"""The demo end to end in Flower's simulation engine, on the tiny model: three sites, real scrubbing.

One reduced run (it is the suite's most expensive test) checks both what it computes and
what a person sees: the terminal output, taken as a user's terminal gets it (the command in
its own process, with Flower's processes under it), names sites by id, prints no line twice
and no Python warning, and the report folder holds its files.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from peft import PeftModel

from fedtune.common.model import load_base
from fedtune.demo.report import REPORT_FILES
from fedtune.demo.synthetic import DEMO_SITES

pytestmark = pytest.mark.slow

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
WARNING = re.compile(r"\b[A-Z]\w*Warning\b|warnings\.warn|^\s*warn\(", re.MULTILINE)


def duplicated_lines(output: str) -> list[str]:
    """Lines with text printed more than once; table borders and headers (the same for every round) aside."""
    lines = [ANSI.sub("", line).rstrip() for line in output.splitlines()]
    content = [line for line in lines if re.search(r"[A-Za-z0-9]", line) and not line.lstrip().startswith(("┃", "┏", "┡", "└", "━"))]
    return sorted(line for line, n in Counter(content).items() if n > 1)


def test_duplicated_lines_sees_flowers_double_print() -> None:
    twice = "\x1b[92mINFO \x1b[0m:      [ROUND 1/2]\nINFO :      [ROUND 1/2]\n┃ site ┃\n┃ site ┃\n"
    assert duplicated_lines(twice) == ["INFO :      [ROUND 1/2]"]


def test_demo_runs_three_sites_and_leaves_nothing_running(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    # The documented quick run's max-length, shorter than some generated records: they are truncated, never an error.
    command = [sys.executable, "-m", "fedtune.cli.demo", "--tiny", "--out", str(out), "--rounds", "2", "--local-steps", "2", "--records", "30"]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONWARNINGS", "COLUMNS")} | {"COLUMNS": "120"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1200)
    printed = done.stdout + done.stderr
    assert done.returncode == 0, printed[-3000:]
    history = json.loads((out / "run" / "history.json").read_text())
    assert [len(r["sites"]) for r in history["rounds"]] == [3, 3]
    assert all(site["scrubbed"] == 1 for r in history["rounds"] for site in r["sites"].values())
    # The sites' ClientApps found the scrub the demo made before Flower started: one cache file per site.
    assert [len(list((out / "sites" / s / "scrub-cache").glob("*.jsonl"))) for s in DEMO_SITES] == [1, 1, 1]

    # What a person sees: rounds named by site id, never by Flower's node ids; the summary; no noise.
    assert "round 1" in printed and "round 2" in printed
    for site in DEMO_SITES:
        assert printed.count(site) >= 3, site  # both round tables and the summary
    for node in history["rounds"][0]["sites"]:
        assert node not in printed
    assert "base model answer:" in printed and "fine-tuned answer:" in printed and str(out) in printed
    assert "held-out clinical loss" in printed and "privacy audit: signed off" in printed
    assert "forgetting: general-text perplexity" in printed and "entities scrubbed by type: " in printed
    assert "PERSON" in printed and "bytes sent by all sites" in printed
    assert str(out / "logs") in printed and str(out / "report" / "index.html") in printed
    assert duplicated_lines(printed) == []
    assert WARNING.findall(printed) == [], printed
    for noise in ("Loading weights", "RayBackend", "INFO", "ClientAppActor", "Writing model shards", "[ROUND"):
        assert noise not in printed, noise

    # Flower's and the libraries' output went to the log files instead.
    flower_log = (out / "logs" / "flower.log").read_text()
    assert "[ROUND 2/2]" in flower_log
    assert flower_log.count("Starting FedTuneAvg strategy") == 1  # no second root handler (Opacus's) in Flower's processes
    assert "validation loss at the sites (exact, never sent)" in printed
    assert (out / "logs" / "demo.log").stat().st_size > 0
    for name in REPORT_FILES:
        assert (out / "report" / name).stat().st_size > 0, name
    page = (out / "report" / "index.html").read_text()
    assert "data:image/png;base64," in page and "signed off" in page and all(s in page for s in DEMO_SITES)
    assert not re.search(r"<(img|script|link)[^>]+(src|href)=\"https?:", page)  # self-contained
    summary = json.loads((out / "report" / "summary.json").read_text())
    assert [s["site"] for s in summary["sites"]] == list(DEMO_SITES)
    assert all(0 < s["epsilon"] <= s["cap"] for s in summary["sites"]) and all(s["bytes_sent"] > 0 for s in summary["sites"])
    assert summary["audit_signed_off"] and sum(summary["sites"][0]["entities"].values()) > 0
    assert all(isinstance(v, float) and 0 < v < 20 for v in summary["site_val"])  # each site's own log, read by the demo

    report = json.loads((out / "audit" / "report" / "report.json").read_text())
    assert report["signed_off"] and len(report["sites"]) == 3
    assert (out / "audit" / "report" / "report.html").stat().st_size > 1000
    PeftModel.from_pretrained(load_base(out / "tiny-model"), str(out / "run" / "adapter"))
    # Flower's state stayed in the demo folder, and the SuperLink and Ray are gone.
    assert (out / "flwr" / "state.db").exists()
    leftover = subprocess.run(["pgrep", "-f", str(out)], capture_output=True, text=True).stdout.split()
    assert leftover == []
