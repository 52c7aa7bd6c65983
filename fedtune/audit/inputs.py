"""What an auditor collects: one ledger and one registered public key per site, and optional caps.

Any input that cannot be read is an ``InputError`` naming the file (the command exits 2);
the verdict is only ever given on inputs that were all read.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from fedtune.common.identity import IdentityError, load_public
from fedtune.common.ledger import LEDGER_FILE


class InputError(ValueError):
    """An audit input that is missing or unreadable; the message names the file and what to do."""


class SiteCap(BaseModel):
    """A site's declared limits, as its policy states them."""

    model_config = ConfigDict(extra="forbid")
    target_epsilon: float | None = Field(None, gt=0)
    max_grad_norm: float | None = Field(None, gt=0)  # the clip-norm floor


class Caps(BaseModel):
    """``caps.toml``: ``[sites.<site>] target_epsilon = .., max_grad_norm = ..``."""

    model_config = ConfigDict(extra="forbid")
    sites: dict[str, SiteCap] = {}


@dataclass(frozen=True)
class SiteInputs:
    site: str
    ledger: Path | None  # None: no ledger was collected for this registered site
    public_key: str  # the OpenSSH line the coordinator registered
    cap: SiteCap


def find_ledgers(folder: Path) -> dict[str, Path]:
    """``<site>.jsonl`` or ``<site>/ledger.jsonl`` in ``folder``."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of ledgers (--ledgers)")
    found: dict[str, Path] = {}
    candidates = [(p.stem, p) for p in folder.glob("*.jsonl")]
    candidates += [(p.parent.name, p) for p in folder.glob(f"*/{LEDGER_FILE}")]
    for site, path in sorted(candidates):
        if site in found:
            raise InputError(f"{path}: a second ledger for site {site!r} (also {found[site]}); keep one")
        found[site] = path
    return found


def read_keys(folder: Path) -> dict[str, str]:
    """``<site>.pub`` in ``folder``: the public key the coordinator registered for each site."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of public keys (--keys)")
    keys = {}
    for path in sorted(folder.glob("*.pub")):
        try:
            line = path.read_text(encoding="ascii").strip()
            load_public(line, source=str(path))
        except (OSError, UnicodeError) as exc:
            raise InputError(f"{path}: cannot read the key ({exc})") from None
        except IdentityError as exc:
            raise InputError(str(exc)) from None
        keys[path.stem] = line
    return keys


def read_caps(path: Path | None) -> Caps:
    if path is None:
        return Caps()
    try:
        return Caps.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the caps ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not TOML ({exc})") from None
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise InputError(f"{path}: {problems}") from None


def collect(ledgers: Path, keys: Path, caps: Path | None) -> list[SiteInputs]:
    """One SiteInputs per registered site; a ledger without a registered key, or a cap for no site, is an error."""
    found, registered, declared = find_ledgers(ledgers), read_keys(keys), read_caps(caps)
    for site, path in found.items():
        if site not in registered:
            raise InputError(f"{path}: no registered key for site {site!r}: put the coordinator's {site}.pub in {keys}")
    for site in declared.sites:
        if site not in registered:
            raise InputError(f"{caps}: [sites.{site}] names no site with a key in {keys}")
    if not registered:
        raise InputError(f"{keys}: no <site>.pub files")
    return [SiteInputs(s, found.get(s), k, declared.sites.get(s, SiteCap())) for s, k in sorted(registered.items())]
