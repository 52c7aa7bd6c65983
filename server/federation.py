"""The coordinator's one settings file: where the SuperLink listens and the run it submits.

```toml
[superlink]
host = "127.0.0.1"   # address sites connect to
port = 9092
insecure = true      # TLS arrives with the security issue; insecure must be said explicitly

[run]                # Flower's run config, the same kebab-case keys as everywhere
num-server-rounds = 3
min-sites = 2
run-dir = "runs/federation"
```
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from fedtune.common.policy import PolicyError, read_toml
from fedtune.common.runconfig import RunConfig


@dataclass(frozen=True)
class FederationConfig:
    host: str
    port: int
    insecure: bool
    run: RunConfig

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def load_federation(path: str | Path) -> FederationConfig:
    """Read and check a coordinator's settings file; errors name the file and the field."""
    path = Path(path)
    raw = read_toml(path, "federation config")
    unknown = sorted(set(raw) - {"superlink", "run"})
    if unknown:
        raise PolicyError(f"{path}: unknown section [{unknown[0]}]; expected [superlink] and [run]")
    link = raw.get("superlink", {})
    extra = sorted(set(link) - {"host", "port", "insecure"})
    if extra:
        raise PolicyError(f"{path}: field 'superlink.{extra[0]}': unknown")
    if link.get("insecure") is not True:
        raise PolicyError(f"{path}: field 'superlink.insecure': must be true until TLS is configured")
    port = link.get("port", 9092)
    if not isinstance(port, int) or not 0 < port < 65536:
        raise PolicyError(f"{path}: field 'superlink.port': must be a port number")
    try:
        run = RunConfig.from_flwr(raw.get("run", {}))
    except (ValueError, TypeError) as exc:
        raise PolicyError(f"{path}: section [run]: {exc}") from None
    run_dir = Path(run.run_dir)
    if not run_dir.is_absolute():
        run = replace(run, run_dir=str(path.resolve().parent / run_dir))
    return FederationConfig(host=str(link.get("host", "127.0.0.1")), port=port, insecure=True, run=run)
