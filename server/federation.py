"""The coordinator's one settings file: where the SuperLink listens, its TLS material, and the run it submits.

```toml
[superlink]
host = "127.0.0.1"          # where the SuperLink binds: loopback, so its Control API stays private
port = 9092
certificates = "certs/"     # ca.pem, server.pem, server.key from 'fedtune-coordinator certs'
names = ["fl.example.org"]  # extra names the server certificate covers (what sites dial)
# insecure = true           # no TLS: loopback hosts only, for trials and tests
# expose-control = true     # allow a non-loopback host: anyone reaching it could 'flwr run'

[proxy]                     # nginx in front: the only listener on the network, Fleet API only
listen = "0.0.0.0:9443"

[run]                       # Flower's run config, the same kebab-case keys as everywhere
num-server-rounds = 3
min-sites = 2
run-dir = "runs/federation"
```
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from fedtune.common.policy import PolicyError, read_toml
from fedtune.common.processes import is_loopback
from fedtune.common.runconfig import RunConfig

from .certs import WILDCARD_BINDS, certificate_names

SUPERLINK_KEYS = {"host", "port", "insecure", "certificates", "names", "expose-control"}
PROXY_KEYS = {"listen", "nginx"}


@dataclass(frozen=True)
class FederationConfig:
    host: str
    port: int
    insecure: bool
    certificates: Path | None  # folder with ca.pem, server.pem, server.key; None only when insecure
    names: tuple[str, ...]
    run: RunConfig
    proxy_listen: str | None = None  # HOST:PORT where nginx exposes the Fleet API; None: no proxy
    nginx: str | None = None  # the nginx command when proxy_listen is set

    @property
    def certificate_hosts(self) -> list[str]:
        """What the server certificate must name: the bind host, the proxy's listen host, the extra names."""
        proxy = [self.proxy_listen.rpartition(":")[0].strip("[]")] if self.proxy_listen else []
        return certificate_names(self.host, [*proxy, *self.names])

    @property
    def public_address(self) -> str:
        """What sites dial: the proxy when there is one, else the SuperLink itself."""
        return self.proxy_listen or self.address

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def local_address(self) -> str:
        """Where the coordinator's own tools reach the SuperLink: loopback when it binds every interface."""
        host = "127.0.0.1" if self.host in WILDCARD_BINDS else self.host
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"

    @property
    def home(self) -> Path:
        """FLWR_HOME of the SuperLink and the flwr CLI: its state.db holds runs and registered sites."""
        return Path(self.run.run_dir) / "flwr"


def load_federation(path: str | Path) -> FederationConfig:
    """Read and check a coordinator's settings file; errors name the file and the field."""
    path = Path(path)
    raw = read_toml(path, "federation config")
    unknown = sorted(set(raw) - {"superlink", "proxy", "run"})
    if unknown:
        raise PolicyError(f"{path}: unknown section [{unknown[0]}]; expected [superlink], [proxy] and [run]")
    link = raw.get("superlink", {})
    extra = sorted(set(link) - SUPERLINK_KEYS)
    if extra:
        raise PolicyError(f"{path}: field 'superlink.{extra[0]}': unknown (expected one of {sorted(SUPERLINK_KEYS)})")
    host = link.get("host", "127.0.0.1")
    if not isinstance(host, str):
        raise PolicyError(f"{path}: field 'superlink.host': must be a host name or address")
    port = link.get("port", 9092)
    if not isinstance(port, int) or not 0 < port < 65536:
        raise PolicyError(f"{path}: field 'superlink.port': must be a port number")
    names = link.get("names", [])
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        raise PolicyError(f"{path}: field 'superlink.names': must be a list of host names or addresses")
    insecure = link.get("insecure", False)
    if not isinstance(insecure, bool):
        raise PolicyError(f"{path}: field 'superlink.insecure': must be true or false")
    certificates = link.get("certificates")
    if insecure:
        if not is_loopback(host):
            raise PolicyError(
                f"{path}: field 'superlink.insecure': allowed only on a loopback host, but 'superlink.host' is "
                f"{host!r}; write certificates with 'fedtune-coordinator certs' and set 'superlink.certificates'"
            )
        if certificates is not None:
            raise PolicyError(f"{path}: field 'superlink.insecure': set together with 'superlink.certificates'; keep one")
        folder = None
    else:
        if not isinstance(certificates, str) or not certificates:
            raise PolicyError(
                f"{path}: field 'superlink.certificates': required, TLS is on by default; create the folder with "
                f"'fedtune-coordinator certs --config {path} --out certs' and name it here"
            )
        folder = Path(certificates).expanduser()
        folder = folder if folder.is_absolute() else path.resolve().parent / folder
    if not is_loopback(host) and link.get("expose-control") is not True:
        raise PolicyError(
            f"{path}: field 'superlink.host': {host!r} would expose the SuperLink's Control API (anyone reaching it "
            "can 'flwr run'); bind 127.0.0.1 and let [proxy] expose the Fleet API, or set 'superlink.expose-control = true'"
        )
    proxy = _proxy(path, raw.get("proxy"), tls=not insecure, host=host)
    try:
        run = RunConfig.from_flwr(raw.get("run", {}))
    except (ValueError, TypeError) as exc:
        raise PolicyError(f"{path}: section [run]: {exc}") from None
    run_dir = Path(run.run_dir)
    if not run_dir.is_absolute():
        run = replace(run, run_dir=str(path.resolve().parent / run_dir))
    return FederationConfig(
        host=host, port=port, insecure=insecure, certificates=folder, names=tuple(names), run=run,
        proxy_listen=None if proxy is None else proxy["listen"], nginx=None if proxy is None else proxy.get("nginx", "nginx"),
    )


def _proxy(path: Path, proxy: dict | None, *, tls: bool, host: str) -> dict | None:
    """The [proxy] section, checked: where nginx listens and which nginx to run."""
    if proxy is None:
        return None
    extra = sorted(set(proxy) - PROXY_KEYS)
    if extra:
        raise PolicyError(f"{path}: field 'proxy.{extra[0]}': unknown (expected one of {sorted(PROXY_KEYS)})")
    listen = proxy.get("listen")
    if not isinstance(listen, str) or ":" not in listen or not listen.rpartition(":")[2].isdigit():
        raise PolicyError(f"{path}: field 'proxy.listen': required, HOST:PORT where sites reach the Fleet API")
    if not isinstance(proxy.get("nginx", "nginx"), str):
        raise PolicyError(f"{path}: field 'proxy.nginx': must be the nginx command or its path")
    if not tls or not is_loopback(host):
        raise PolicyError(f"{path}: section [proxy]: needs TLS ('superlink.certificates') and a loopback 'superlink.host'")
    return proxy
