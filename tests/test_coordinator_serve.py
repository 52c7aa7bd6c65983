"""``fedtune-coordinator serve`` keeps the SuperLink up as a service; ``submit`` sends a run to it.

A container or a Kubernetes Deployment runs ``serve`` (it stops on SIGTERM, taking the
SuperLink with it); an operator sends the run with ``submit`` beside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fedtune.cli.coordinator import main as coordinator_main
from fedtune.common.processes import free_port, stop_process


def _federation(tmp_path: Path) -> Path:
    config = tmp_path / "federation.toml"
    config.write_text(f'[superlink]\nport = {free_port()}\ncertificates = "certs"\n[run]\nrun-dir = "run"\n')
    assert coordinator_main(["certs", "--config", str(config)]) == 0
    return config


def _flower_processes(home: Path) -> list[int]:
    needle = f"FLWR_HOME={home}\0".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if needle in (entry / "environ").read_bytes() and (entry / "stat").read_text().split(") ", 1)[1][0] != "Z":
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_submit_without_a_served_superlink_says_what_to_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert coordinator_main(["submit", "--config", str(_federation(tmp_path))]) == 2
    assert "run 'fedtune-coordinator serve' first" in capsys.readouterr().err


def test_serve_keeps_the_superlink_up_until_sigterm_and_leaves_nothing_running(tmp_path: Path) -> None:
    config = _federation(tmp_path)
    log = (tmp_path / "serve.log").open("wb")
    serve = subprocess.Popen(
        [sys.executable, "-m", "fedtune.cli.coordinator", "serve", "--config", str(config)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    home = tmp_path / "run" / "flwr"
    try:
        deadline = time.monotonic() + 120
        while "serving until stopped" not in (tmp_path / "serve.log").read_text():
            assert serve.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "serve never came up"
            time.sleep(0.5)
        time.sleep(2)
        assert serve.poll() is None  # still serving: no run was submitted, nothing ends it
        assert _flower_processes(home)  # the SuperLink runs, under the settings file's home
        assert coordinator_main(["sites", "--config", str(config)]) == 0  # and answers the CLI
        os.kill(serve.pid, signal.SIGTERM)
        assert serve.wait(60) == 143
        deadline = time.monotonic() + 30
        while _flower_processes(home):
            assert time.monotonic() < deadline, f"left running: {_flower_processes(home)}"
            time.sleep(0.5)
    finally:
        stop_process(serve)
        log.close()
