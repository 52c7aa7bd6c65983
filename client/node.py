"""A site's Flower SuperNode: started with the site's policy named in its node config."""

from __future__ import annotations

import subprocess
from pathlib import Path

from fedtune.common.processes import flower_bin, flower_env, free_port, toml_value


def start_supernode(
    superlink_address: str, policy: Path, home: Path, *, insecure: bool = True, extra: list[str] | None = None
) -> subprocess.Popen:
    """Start ``flower-supernode`` for one site: it names its policy file in its node config."""
    home.mkdir(parents=True, exist_ok=True)
    args = [
        flower_bin("flower-supernode"),
        *(["--insecure"] if insecure else []),
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
        *(extra or []),
    ]
    with (home / "supernode.log").open("ab") as out:
        return subprocess.Popen(args, env=flower_env(home), stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
