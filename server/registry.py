"""Registered sites: the coordinator adds each site's public key to its SuperLink, which admits no other node.

Registrations live in the SuperLink's state database (``<run-dir>/flwr/state.db``), so they
survive restarts. Registering needs the SuperLink up: a running one is used, otherwise one
is started on the configured address for the call and stopped again.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
import tempfile
from contextlib import contextmanager, nullcontext
from pathlib import Path

from fedtune.common.identity import load_public

from .certs import tls_files
from .federation import FederationConfig
from .launch import flwr, superlink, write_cli_config

class RegistryError(RuntimeError):
    """Flower's CLI refused a registration or listing; the message carries its output."""


SITE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def _listening(address: str) -> bool:
    host, port = address.rsplit(":", 1)
    with socket.socket() as s:
        s.settimeout(1.0)
        return s.connect_ex((host.strip("[]"), int(port))) == 0


@contextmanager
def control(config: FederationConfig) -> Iterator[Path]:
    """FLWR_HOME of a reachable SuperLink for ``config``: the running one, or one started for this call."""
    if config.insecure:
        raise ValueError("registered sites need TLS: set 'superlink.certificates' in the federation config")
    assert config.certificates is not None
    tls = tls_files(config.certificates)
    if _listening(config.local_address):
        write_cli_config(config.home, config.local_address, tls)
        context = nullcontext()
    else:
        context = superlink(config.home, simulation=False, host=config.host, port=config.port, tls=tls)
    with context:
        yield config.home


def register_site(config: FederationConfig, public_key: Path, name: str, *, text: str | None = None) -> str:
    """Add a site's SSH public key (ECDSA P-384, from 'fedtune-site keys') under ``name``; Flower's reply.

    With ``text`` the key comes from there (``register-site -``, standard input: what
    ``kubectl exec -i`` passes) and ``public_key`` only names its source in errors.
    """
    if not SITE_NAME.match(name):
        raise ValueError(f"--name {name!r}: use 1-64 letters, digits, '.', '_' or '-'")
    if text is None:
        try:
            text = public_key.read_text(encoding="ascii")
        except FileNotFoundError:
            raise FileNotFoundError(f"{public_key}: no such public key file") from None
        except UnicodeError:
            raise ValueError(f"{public_key}: not an SSH public key") from None
    elif not text.isascii():
        raise ValueError(f"{public_key}: not an SSH public key")
    load_public(text, source=str(public_key))  # refuse a private key or another curve before Flower sees it
    with control(config) as home, tempfile.TemporaryDirectory(prefix="fedtune-key-") as folder:
        path = Path(folder) / "site_key.pub"  # Flower reads the key from a file
        path.write_text(text, encoding="ascii")
        return _flwr(home, "supernode", "register", str(path), "fedtune", "--name", name)


def list_sites(config: FederationConfig) -> str:
    """Flower's table of registered SuperNodes: node id, name, status."""
    with control(config) as home:
        return _flwr(home, "supernode", "ls", "fedtune")


def _flwr(home: Path, *args: str) -> str:
    result = flwr(home, *args, check=False, timeout=120)
    if result.returncode != 0:
        raise RegistryError(f"'flwr {' '.join(args[:2])}' failed (exit {result.returncode}): {result.stdout.strip()[-2000:]}")
    return result.stdout
