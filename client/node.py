"""A site's Flower SuperNode: TLS to the coordinator, the site's identity key, and its own ClientApp launcher.

The SuperNode names the site's policy in its node config. Flower's SuperExec starts each
ClientApp process by the name ``flwr-clientapp``; the SuperNode's PATH begins with a folder
holding the site's launcher of that name (``client/bundle.py``), which checks the app
bundle before anything from it is loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fedtune.common.identity import load_identity
from fedtune.common.processes import flower_bin, flower_env, free_port, toml_value

from .bundle import write_launcher
from .prefork import socket_path


def supernode_args(
    superlink_address: str, policy: Path, *, ca: Path | None, key: Path | None, insecure: bool = False
) -> list[str]:
    """``flower-supernode``'s arguments: TLS with the federation's CA and node auth, or insecure (loopback tests)."""
    if insecure:
        security = ["--insecure"]
    else:
        if ca is None or key is None:
            raise ValueError("a SuperNode with TLS needs the federation's CA certificate (--ca) and the site's identity key")
        if not ca.is_file():
            raise FileNotFoundError(f"{ca}: no such CA certificate; the coordinator hands out its ca.pem")
        load_identity(key)  # refuses a missing key or one that others can read, before Flower reads it
        security = ["--root-certificates", str(ca.resolve()), "--auth-supernode-private-key", str(key.resolve())]
    return [
        flower_bin("flower-supernode"),
        *security,
        "--superlink",
        superlink_address,
        "--isolation",
        "subprocess",
        "--host",
        "127.0.0.1",
        "--port",
        str(free_port()),
        "--node-config",
        f"policy={toml_value(str(policy.resolve()))}",
    ]


def start_supernode(
    superlink_address: str,
    policy: Path,
    home: Path,
    *,
    ca: Path | None = None,
    key: Path | None = None,
    insecure: bool = False,
    allowed_bundles: tuple[str, ...] = (),
    extra: list[str] | None = None,
    warm: bool = True,
) -> subprocess.Popen:
    """Start ``flower-supernode`` for one site, its ClientApps behind the site's bundle check.

    With ``warm`` (the default) a warm server (client/prefork.py) starts beside it, so each
    ClientApp task starts without re-importing the stack; it exits when the SuperNode does.
    It is a companion of the returned process: ``stop_process`` stops both.
    """
    args = [*supernode_args(superlink_address, policy, ca=ca, key=key, insecure=insecure), *(extra or [])]
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    launcher = write_launcher(home / "bin", allowed_bundles, warm_socket=socket_path(home) if warm else None)
    env = flower_env(home)
    env["PATH"] = os.pathsep.join([str(launcher.parent), env["PATH"]])
    with (home / "supernode.log").open("ab") as out:
        node = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        node.companions = []  # type: ignore[attr-defined]
        if warm:
            server = [sys.executable, "-I", "-m", "fedtune.client.prefork", str(home), str(policy.resolve()), str(node.pid), *allowed_bundles]
            node.companions.append(  # type: ignore[attr-defined]
                subprocess.Popen(server, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
            )
    return node
