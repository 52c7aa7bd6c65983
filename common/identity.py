"""A site's identity key: one ECDSA P-384 key that signs its privacy ledger and authenticates its SuperNode.

Flower 1.42's node authentication takes an SSH-format NIST EC key, and the auditor checks
the ledger's signatures against the same public key the coordinator registered, so one key
is both: a coordinator that accepts a site's updates and an auditor that accepts its ledger
name the same identity. The private key is written with mode 0600 and refused when anyone
but its owner can read it; it is never printed or logged.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

KEY_DIR = "identity"
KEY_FILE = "site_key"  # OpenSSH private key; ``site_key.pub`` beside it
CURVE = ec.SECP384R1()
_SIGNATURE = ec.ECDSA(hashes.SHA384())


class IdentityError(ValueError):
    """A key file that cannot be used; the message names the file and what to do."""


def default_key_path(state_dir: Path) -> Path:
    return Path(state_dir) / KEY_DIR / KEY_FILE


def public_path(key_path: Path) -> Path:
    return key_path.with_name(key_path.name + ".pub")


@dataclass(frozen=True)
class SiteIdentity:
    """A loaded private key; ``public_ssh`` is the line a coordinator registers and an auditor trusts."""

    path: Path
    _key: ec.EllipticCurvePrivateKey

    def __repr__(self) -> str:  # never show the key
        return f"SiteIdentity({self.path})"

    @property
    def public_ssh(self) -> str:
        return public_ssh(self._key.public_key())

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data, _SIGNATURE)


def public_ssh(key: ec.EllipticCurvePublicKey) -> str:
    return key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode("ascii")


def load_public(line: str, *, source: str = "public key") -> ec.EllipticCurvePublicKey:
    """An ``ecdsa-sha2-nistp384 ...`` line as a key; anything else is an IdentityError naming ``source``."""
    try:
        key = serialization.load_ssh_public_key(line.strip().encode("ascii"))
    except (ValueError, UnicodeError, UnsupportedAlgorithm) as exc:
        raise IdentityError(f"{source}: not an SSH public key ({exc})") from None
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != CURVE.name:
        raise IdentityError(f"{source}: not an ECDSA P-384 key (ecdsa-sha2-nistp384)")
    return key


def verify(public_line: str, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is the holder of ``public_line``'s signature over ``data``."""
    try:
        load_public(public_line).verify(signature, data, _SIGNATURE)
    except (InvalidSignature, IdentityError):
        return False
    return True


def create_identity(path: Path) -> SiteIdentity:
    """Write a new key (0600) and its public line (0644); an existing key is never overwritten."""
    path = Path(path)
    if path.exists():
        raise IdentityError(f"{path}: a key already exists; a site keeps one identity (delete it by hand to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = ec.generate_private_key(CURVE)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    public_path(path).write_text(public_ssh(key.public_key()) + "\n", encoding="ascii")
    return SiteIdentity(path, key)


def load_identity(path: Path) -> SiteIdentity:
    """Read a private key, refusing one that its group or others can read."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise IdentityError(f"{path}: no site key; create one with 'fedtune-site keys'") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise IdentityError(f"{path}: the private key is readable by others (mode {stat.S_IMODE(mode):o}); chmod 600 it")
    try:
        key = serialization.load_ssh_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise IdentityError(f"{path}: not an unencrypted OpenSSH private key ({type(exc).__name__})") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != CURVE.name:
        raise IdentityError(f"{path}: not an ECDSA P-384 key")
    return SiteIdentity(path, key)


def load_or_create_identity(path: Path) -> SiteIdentity:
    return load_identity(path) if Path(path).exists() else create_identity(path)
