"""The coordinator's side of Flower: the app folder, the SuperLink, and the ``flwr`` CLI.

With TLS files the SuperLink serves HTTPS and admits registered sites only
(``--enable-supernode-auth``); without them it must bind a loopback address.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fedtune.common.fileio import write_atomic
from fedtune.common.processes import (
    flower_bin,
    flower_env,
    free_port,
    is_loopback,
    ray_tmpdir,
    stop_flower_processes,
    stop_process,
    toml_value,
    wait_for_port,
)
from fedtune.common.runconfig import RunConfig

from .certs import WILDCARD_BINDS, TlsFiles


def write_app_dir(app_dir: Path, run: RunConfig) -> Path:
    """A Flower app folder holding only its pyproject: the code is the installed fedtune package."""
    config = "\n".join(f"{key} = {toml_value(value)}" for key, value in run.to_flwr().items())
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


@dataclass
class SuperLink:
    process: subprocess.Popen
    address: str  # host:port of its one HTTP API: control (flwr run), fleet (SuperNodes), runtime
    home: Path
    log: Path

    def stop(self, timeout: float = 15.0) -> None:
        stop_process(self.process, timeout)
        stop_flower_processes(self.home)
        shutil.rmtree(ray_tmpdir(self.home), ignore_errors=True)


def start_superlink(
    home: Path,
    *,
    simulation: bool,
    host: str = "127.0.0.1",
    port: int | None = None,
    tls: TlsFiles | None = None,
    extra: list[str] | None = None,
    timeout: float = 60.0,
) -> SuperLink:
    """Start ``flower-superlink`` (a free loopback port unless given), with its state under ``home``.

    ``tls`` None means plain HTTP and no node authentication, which is refused unless
    ``host`` is a loopback address.
    """
    if tls is None and not is_loopback(host):
        raise ValueError(f"a SuperLink without TLS may bind only a loopback address, not {host!r}")
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    port = port or free_port()
    address = f"{host}:{port}"
    local = f"127.0.0.1:{port}" if host in WILDCARD_BINDS else address  # where this machine's flwr CLI dials
    log = home / "superlink.log"
    security = (
        ["--insecure"]
        if tls is None
        else ["--ssl-ca-certfile", str(tls.ca), "--ssl-certfile", str(tls.cert), "--ssl-keyfile", str(tls.key), "--enable-supernode-auth"]
    )
    args = [
        flower_bin("flower-superlink"),
        *security,
        "--isolation",
        "subprocess",
        "--host",
        host,
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
        wait_for_port(local, process, log, timeout)
    except BaseException:
        stop_process(process)
        raise
    write_cli_config(home, local, tls)
    return SuperLink(process, address, home, log)


def write_cli_config(home: Path, address: str, tls: TlsFiles | None) -> None:
    """The ``flwr`` CLI's connection ``fedtune`` in FLWR_HOME: the CA it trusts, or insecure on loopback."""
    trust = "insecure = true" if tls is None else f"root-certificates = {toml_value(str(tls.ca.resolve()))}"
    write_atomic(
        home / "config.toml",
        f'[superlink]\ndefault = "fedtune"\n\n[superlink.fedtune]\naddress = "{address}"\n{trust}\n',
        mode=0o644,
    )


@contextmanager
def superlink(home: Path, *, simulation: bool, **kwargs: Any) -> Iterator[SuperLink]:
    link = start_superlink(home, simulation=simulation, **kwargs)
    try:
        yield link
    finally:
        link.stop()


def flwr(home: Path, *args: str, check: bool = True, stream: bool = False, timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run the ``flwr`` CLI against the run's own FLWR_HOME."""
    return subprocess.run(
        [flower_bin("flwr"), *args],
        env=flower_env(home),
        check=check,
        text=True,
        stdout=None if stream else subprocess.PIPE,
        stderr=None if stream else subprocess.STDOUT,
        timeout=timeout,
    )


def configure_simulation(home: Path, num_sites: int, cpus_per_site: int = 1, cpus: int | None = None) -> None:
    """The simulation's sites and resources: Ray runs as many sites at once as ``cpus // cpus_per_site``.

    ``cpus`` (default: Ray's count of this machine's cores) may exceed the cores, so that
    every site trains at once, as in a real federation: three single-threaded sites on two
    cores keep both busy, where two at a time leave one core idle while the third runs.
    """
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
        *(["--init-args-num-cpus", str(cpus)] if cpus else []),
    )
