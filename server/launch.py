"""Starting Flower's own processes for a fedtune run, and stopping them by pid.

Everything Flower writes goes under the run's folder (``FLWR_HOME``, its database,
Ray's temp files); nothing lands in the user's home. Runtime dependency installation
is off: the app runs in the environment fedtune is installed in, so Flower never
pulls a second copy of torch.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from fedtune.common.fileio import write_atomic
from fedtune.common.runconfig import RunConfig


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_app_dir(app_dir: Path, run: RunConfig) -> Path:
    """A Flower app folder holding only its pyproject: the code is the installed fedtune package."""
    config = "\n".join(f"{key} = {_toml_value(value)}" for key, value in run.to_flwr().items())
    text = f"""[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "fedtune-run"
version = "0.1.0"
dependencies = []

[tool.flwr.app]
publisher = "fedtune"

[tool.flwr.app.components]
serverapp = "fedtune.server.app:app"
clientapp = "fedtune.client.app:app"

[tool.flwr.app.config]
{config}
"""
    write_atomic(app_dir / "pyproject.toml", text, mode=0o644)
    return app_dir


def flower_env(flwr_home: Path) -> dict[str, str]:
    """The environment for Flower's processes: state under ``flwr_home``, no runtime installs."""
    env = dict(os.environ)
    env.update(
        {
            "FLWR_HOME": str(flwr_home),
            "FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION": "1",
            "RAY_TMPDIR": str(flwr_home / "ray"),
            "RAY_USAGE_STATS_ENABLED": "0",
            "PYTHONUNBUFFERED": "1",
            # Flower starts its helpers (flower-superexec, flwr-serverapp) by name.
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        }
    )
    return env


def _bin(name: str) -> str:
    """A Flower command from the same environment as this interpreter."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


@dataclass
class SuperLink:
    process: subprocess.Popen
    address: str  # host:port of its one HTTP API: control (flwr run), fleet (SuperNodes), runtime
    home: Path
    log: Path

    def stop(self, timeout: float = 15.0) -> None:
        stop_process(self.process, timeout)


def stop_process(process: subprocess.Popen, timeout: float = 15.0) -> None:
    """Stop a process we started, by its pid: SIGTERM to its group, then SIGKILL."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


def _wait_for_port(address: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    host, port = address.rsplit(":", 1)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"flower-superlink exited with {process.returncode}; see {log}")
        with socket.socket() as s:
            if s.connect_ex((host, int(port))) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"flower-superlink did not listen on {address} within {timeout:.0f}s; see {log}")


def start_superlink(home: Path, *, simulation: bool, extra: list[str] | None = None, timeout: float = 60.0) -> SuperLink:
    """Start ``flower-superlink`` on free loopback ports, with its state under ``home``."""
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    address = f"127.0.0.1:{port}"
    log = home / "superlink.log"
    args = [
        _bin("flower-superlink"),
        "--insecure",
        "--isolation",
        "subprocess",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--database",
        str(home / "state.db"),
        "--disable-runtime-dependency-installation",
        *(["--simulation"] if simulation else []),
        *(extra or []),
    ]
    with log.open("ab") as out:
        process = subprocess.Popen(
            args, env=flower_env(home), stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        _wait_for_port(address, process, log, timeout)
    except BaseException:
        stop_process(process)
        raise
    write_atomic(
        home / "config.toml",
        f'[superlink]\ndefault = "fedtune"\n\n[superlink.fedtune]\naddress = "{address}"\ninsecure = true\n',
        mode=0o644,
    )
    return SuperLink(process, address, home, log)


@contextmanager
def superlink(home: Path, *, simulation: bool, extra: list[str] | None = None) -> Iterator[SuperLink]:
    link = start_superlink(home, simulation=simulation, extra=extra)
    try:
        yield link
    finally:
        link.stop()


def flwr(home: Path, *args: str, check: bool = True, stream: bool = False, timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run the ``flwr`` CLI against the run's own FLWR_HOME."""
    return subprocess.run(
        [_bin("flwr"), *args],
        env=flower_env(home),
        check=check,
        text=True,
        stdout=None if stream else subprocess.PIPE,
        stderr=None if stream else subprocess.STDOUT,
        timeout=timeout,
    )


def configure_simulation(home: Path, num_sites: int, cpus_per_site: int = 1) -> None:
    flwr(
        home,
        "federation",
        "simulation-config",
        "@none/default",
        "fedtune",
        "--num-supernodes",
        str(num_sites),
        "--client-resources-num-cpus",
        str(cpus_per_site),
    )
