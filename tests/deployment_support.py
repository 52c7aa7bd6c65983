"""What the deployment-engine tests share: TLS certificates, registered sites, their SuperNodes, a submitted run.

Each deployment test lives in a file of its own so that the test workers (pytest-xdist,
one file per worker) run them side by side.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from fedtune.client.node import start_supernode
from fedtune.common.identity import create_identity, public_path
from fedtune.common.policy import load_policy
from fedtune.common.processes import flower_bin, flower_env
from fedtune.server.certs import TlsFiles, certificate_names, write_certificates
from fedtune.server.launch import SuperLink, flwr


def federation_certs(tmp_path: Path, name: str = "certs") -> TlsFiles:
    return write_certificates(tmp_path / name, certificate_names("127.0.0.1"))


def register(link: SuperLink, policy: Path) -> None:
    """The site's key (created on first use), admitted by the coordinator as Flower's CLI does it."""
    key = load_policy(policy).identity_key_path
    if not key.exists():
        create_identity(key)
    result = flwr(link.home, "supernode", "register", str(public_path(key)), "fedtune", "--name", policy.stem, check=False)
    assert result.returncode == 0, result.stdout


def node(address: str, tls: TlsFiles, policy: Path, *, ca: Path | None = None) -> subprocess.Popen:
    """A site's SuperNode as 'fedtune-site join' starts it: TLS, its identity key, its bundle check."""
    key = load_policy(policy).identity_key_path
    if not key.exists():
        create_identity(key)
    return start_supernode(address, policy, site_home(policy), ca=ca or tls.ca, key=key)


def site_home(policy: Path) -> Path:
    return load_policy(policy).state_dir / "flwr"


def wait_for(path: Path, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert process.poll() is None, f"the run ended before {path} appeared"
        assert time.monotonic() < deadline, f"{path} did not appear within {timeout:.0f}s"
        time.sleep(0.5)


def submit(home: Path, app: Path, log: Path) -> subprocess.Popen:
    with log.open("ab") as out:
        return subprocess.Popen(
            [flower_bin("flwr"), "run", str(app), "fedtune", "--stream"],
            env=flower_env(home), stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
