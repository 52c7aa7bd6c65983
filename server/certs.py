"""The federation's TLS material: a CA and the SuperLink's server certificate, made with ``cryptography``.

Private keys are written with mode 0600 (never over an existing file), refused when anyone
but their owner can read them, and never printed or logged.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_CERT = "ca.pem"
CA_KEY = "ca.key"
SERVER_CERT = "server.pem"
SERVER_KEY = "server.key"
LOOPBACK_NAMES = ("127.0.0.1", "::1", "localhost")
WILDCARD_BINDS = ("0.0.0.0", "::", "")
CURVE = ec.SECP384R1()


class CertificateError(ValueError):
    """TLS material that cannot be used; the message names the file and what to do."""


@dataclass(frozen=True)
class TlsFiles:
    """What the SuperLink serves with (server cert and key) and what clients trust (the CA)."""

    ca: Path
    cert: Path
    key: Path


def check_private_key(path: Path) -> None:
    """Refuse a missing private key or one its group or others may read."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise CertificateError(f"{path}: no such key; create it with 'fedtune-coordinator certs'") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CertificateError(f"{path}: the private key is readable by others (mode {stat.S_IMODE(mode):o}); chmod 600 it")


def tls_files(folder: Path) -> TlsFiles:
    """The SuperLink's TLS files in ``folder``, checked: all present, the server key private to its owner."""
    files = TlsFiles(folder / CA_CERT, folder / SERVER_CERT, folder / SERVER_KEY)
    for cert in (files.ca, files.cert):
        if not cert.is_file():
            raise CertificateError(f"{cert}: missing; create the federation's certificates with 'fedtune-coordinator certs'")
    check_private_key(files.key)
    return files


def certificate_names(host: str, names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The names a server certificate covers: the bind host (unless a wildcard), extra names, and loopback."""
    out: list[str] = []
    for name in (host, *names, *LOOPBACK_NAMES):
        if name not in WILDCARD_BINDS and name not in out:
            out.append(name)
    return out


def _san(name: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # O_EXCL: never replace a key
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)


def _write_cert(path: Path, cert: x509.Certificate) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(cert.public_bytes(serialization.Encoding.PEM))


def _builder(subject: str, issuer: x509.Name, public: ec.EllipticCurvePublicKey, days: int) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))  # tolerate clocks a little behind
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )


def write_certificates(folder: Path, names: list[str], *, federation: str = "fedtune", days: int = 825) -> TlsFiles:
    """Write a new CA (ca.pem, ca.key) and a SuperLink certificate it signs (server.pem, server.key) for ``names``.

    Refuses to touch a folder that already holds any of the four files: replacing a CA
    would lock out every site that trusts the old one.
    """
    if not names:
        raise CertificateError("a server certificate needs at least one host name or address")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    existing = [folder / n for n in (CA_CERT, CA_KEY, SERVER_CERT, SERVER_KEY) if (folder / n).exists()]
    if existing:
        raise CertificateError(f"{existing[0]}: already exists; certificates are never overwritten (use another --out)")
    ca_key = ec.generate_private_key(CURVE)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{federation} federation CA")])
    ca = (
        _builder(f"{federation} federation CA", ca_name, ca_key.public_key(), days)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA384())
    )
    server_key = ec.generate_private_key(CURVE)
    server = (
        _builder(names[0], ca_name, server_key.public_key(), days)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName([_san(n) for n in names]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA384())
    )
    _write_key(folder / CA_KEY, ca_key)
    _write_cert(folder / CA_CERT, ca)
    _write_key(folder / SERVER_KEY, server_key)
    _write_cert(folder / SERVER_CERT, server)
    return TlsFiles(folder / CA_CERT, folder / SERVER_CERT, folder / SERVER_KEY)
