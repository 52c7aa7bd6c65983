"""Flower's own processes: their environment, free loopback ports, waiting for and stopping them by pid.

Everything Flower writes goes under the given home (``FLWR_HOME``, Ray's temp files);
nothing lands in the user's home. Runtime dependency installation is off: apps run in
the environment fedtune is installed in, so Flower never pulls a second copy of torch.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (127.0.0.0/8, ::1, localhost): where plain HTTP is allowed."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def ray_tmpdir(flwr_home: Path) -> Path:
    """Ray's temp folder for a Flower home: short, because Ray's UNIX socket paths must fit 107 bytes."""
    digest = hashlib.sha256(str(flwr_home.resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"fedtune-ray-{digest}"


SUPEREXEC_POLL_ENV, SUPEREXEC_POLL_SECONDS = "FLWR_SUPEREXEC_TASK_POLL_INTERVAL", "0.1"


def flower_env(flwr_home: Path) -> dict[str, str]:
    """The environment for Flower's processes: state under ``flwr_home``, no runtime installs."""
    env = dict(os.environ)
    env.update(
        {
            "FLWR_HOME": str(flwr_home),
            "FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION": "1",
            "RAY_TMPDIR": str(ray_tmpdir(flwr_home)),
            "RAY_USAGE_STATS_ENABLED": "0",
            "PYTHONUNBUFFERED": "1",
            # Flower starts its helpers (flower-superexec, flwr-serverapp) by name.
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        }
    )
    # The SuperExec asks its SuperNode or SuperLink for a new task every second by default, so each message waited
    # half a second on average before its ClientApp started. A tenth of a second costs a few local calls a second.
    # An operator's own setting wins.
    env.setdefault(SUPEREXEC_POLL_ENV, SUPEREXEC_POLL_SECONDS)
    return env


def flower_bin(name: str) -> str:
    """A Flower command from the same environment as this interpreter."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def stop_process(process: subprocess.Popen, timeout: float = 15.0) -> None:
    """Stop a process we started, by its pid: SIGTERM to its group, then SIGKILL; then its ``companions``.

    A companion is a process started to serve this one (a site's warm ClientApp server,
    client/prefork.py); it is stopped the same way, after it.
    """
    try:
        _stop_one(process, timeout)
    finally:
        for companion in getattr(process, "companions", ()):
            _stop_one(companion, timeout)


def _stop_one(process: subprocess.Popen, timeout: float) -> None:
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


def wait_for_port(address: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    host, port = address.rsplit(":", 1)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{Path(str(process.args[0])).name} exited with {process.returncode}; see {log}")
        with socket.socket() as s:
            if s.connect_ex((host, int(port))) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"{Path(str(process.args[0])).name} did not listen on {address} within {timeout:.0f}s; see {log}")


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").is_file() and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def stop_flower_processes(flwr_home: Path, timeout: float = 10.0) -> int:
    """Stop what Flower detached for this home (SuperExec, simulation, Ray's workers); returns how many.

    They run in sessions of their own, so stopping the SuperLink's process group misses
    them. Each carries the home in its environment: Flower's as FLWR_HOME, Ray's workers
    in PYTHONPATH (the installed app's folder lies under it). Linux only, like Flower's
    deployment tooling here.
    """
    home = str(flwr_home).encode()
    ours = {os.getpid(), os.getppid()}
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) in ours:
            continue
        try:
            env = (entry / "environ").read_bytes()
        except OSError:
            continue
        if b"FLWR_HOME=" + home + b"\0" in env or home + b"/" in env:
            found.append(int(entry.name))
    for pid in found:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while any(_pid_alive(pid) for pid in found) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in found:
        if _pid_alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    return len(found)
