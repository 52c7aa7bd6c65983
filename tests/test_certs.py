"""Certificates and keys: the federation CA, the SuperLink certificate, the site key; private keys stay private."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import stat
import threading
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from fedtune.cli.coordinator import main as coordinator_main
from fedtune.cli.site import main as site_main
from fedtune.common.identity import load_identity, verify
from fedtune.server.certs import CertificateError, certificate_names, tls_files, write_certificates


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _sans(cert_path: Path) -> set[str]:
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return {str(n) for n in names.get_values_for_type(x509.IPAddress)} | set(names.get_values_for_type(x509.DNSName))


def test_the_server_certificate_is_signed_by_the_ca_for_the_configured_and_loopback_names(tmp_path: Path) -> None:
    files = write_certificates(tmp_path / "certs", certificate_names("10.1.2.3", ["fl.example.org"]))
    ca = x509.load_pem_x509_certificate(files.ca.read_bytes())
    server = x509.load_pem_x509_certificate(files.cert.read_bytes())
    server.verify_directly_issued_by(ca)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert not server.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert ExtendedKeyUsageOID.SERVER_AUTH in server.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert _sans(files.cert) == {"10.1.2.3", "fl.example.org", "127.0.0.1", "::1", "localhost"}
    assert _mode(files.key) == 0o600 and _mode(tmp_path / "certs" / "ca.key") == 0o600


def test_a_wildcard_bind_is_not_a_certificate_name(tmp_path: Path) -> None:
    assert certificate_names("0.0.0.0", ["fl.example.org"]) == ["fl.example.org", "127.0.0.1", "::1", "localhost"]
    for name in certificate_names("0.0.0.0"):
        if name != "localhost":
            assert not ipaddress.ip_address(name).is_unspecified


def test_certificates_are_never_overwritten(tmp_path: Path) -> None:
    write_certificates(tmp_path, ["127.0.0.1"])
    before = (tmp_path / "ca.key").read_bytes()
    with pytest.raises(CertificateError, match="already exists"):
        write_certificates(tmp_path, ["127.0.0.1"])
    assert (tmp_path / "ca.key").read_bytes() == before


def test_a_server_key_that_others_can_read_is_refused(tmp_path: Path) -> None:
    files = write_certificates(tmp_path, ["127.0.0.1"])
    assert tls_files(tmp_path) == files
    files.key.chmod(0o640)
    with pytest.raises(CertificateError, match="readable by others"):
        tls_files(tmp_path)
    files.key.unlink()
    with pytest.raises(CertificateError, match="fedtune-coordinator certs"):
        tls_files(tmp_path)


def _handshake(files_dir: Path, trust: Path, server_name: str) -> None:
    """One TLS handshake on loopback: a server with the SuperLink's files, a client trusting ``trust``."""
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(files_dir / "server.pem", files_dir / "server.key")
    client_ctx = ssl.create_default_context(cafile=str(trust))
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]

        def serve() -> None:
            conn, _ = listener.accept()
            try:
                with server_ctx.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                pass

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        try:
            with socket.create_connection(("127.0.0.1", port)) as raw, client_ctx.wrap_socket(raw, server_hostname=server_name):
                pass
        finally:
            thread.join(5)


def test_a_client_trusting_the_ca_connects_and_one_trusting_another_ca_does_not(tmp_path: Path) -> None:
    write_certificates(tmp_path / "fed", certificate_names("127.0.0.1"))
    write_certificates(tmp_path / "other", certificate_names("127.0.0.1"))
    _handshake(tmp_path / "fed", tmp_path / "fed" / "ca.pem", "127.0.0.1")
    _handshake(tmp_path / "fed", tmp_path / "fed" / "ca.pem", "localhost")
    with pytest.raises(ssl.SSLCertVerificationError):
        _handshake(tmp_path / "fed", tmp_path / "other" / "ca.pem", "127.0.0.1")
    with pytest.raises(ssl.SSLCertVerificationError):  # a name the certificate does not cover
        _handshake(tmp_path / "fed", tmp_path / "fed" / "ca.pem", "fl.example.org")


def test_coordinator_certs_writes_from_the_config_and_prints_no_key(tmp_path: Path, capsys) -> None:
    config = tmp_path / "federation.toml"
    config.write_text('[superlink]\nnames = ["fl.example.org"]\ncertificates = "certs"\n[proxy]\nlisten = "10.0.0.5:9443"\n')
    assert coordinator_main(["certs", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "PRIVATE KEY" not in out and "BEGIN" not in out
    assert _sans(tmp_path / "certs" / "server.pem") == {"10.0.0.5", "fl.example.org", "127.0.0.1", "::1", "localhost"}
    assert coordinator_main(["certs", "--config", str(config)]) == 2  # never overwritten
    assert "already exists" in capsys.readouterr().err


def test_site_keys_writes_a_private_key_once_and_prints_only_the_public_line(tmp_path: Path, capsys) -> None:
    policy = tmp_path / "site.toml"
    policy.write_text('site_id = "h1"\ndata = "data/"\nstate_dir = "state"\n')
    assert site_main(["keys", "--policy", str(policy)]) == 0
    out = capsys.readouterr().out
    key_path = tmp_path / "state" / "identity" / "site_key"
    assert _mode(key_path) == 0o600
    identity = load_identity(key_path)
    assert identity.public_ssh in out and identity.public_ssh.startswith("ecdsa-sha2-nistp384 ")
    assert "PRIVATE" not in out and key_path.read_text().splitlines()[1] not in out
    assert verify((tmp_path / "state" / "identity" / "site_key.pub").read_text(), b"x", identity.sign(b"x"))
    assert site_main(["keys", "--policy", str(policy)]) == 2  # one identity per site, never replaced
    assert "already exists" in capsys.readouterr().err
