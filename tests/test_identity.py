"""The site identity key: private to its owner, ECDSA P-384 in OpenSSH format, never shown."""

from __future__ import annotations

import os
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from fedtune.common.identity import (
    IdentityError,
    create_identity,
    load_identity,
    load_or_create_identity,
    load_public,
    public_path,
    verify,
)


def test_a_new_key_is_private_to_its_owner_and_its_public_line_is_p384(tmp_path) -> None:
    identity = create_identity(tmp_path / "identity" / "site_key")
    assert stat.S_IMODE(os.stat(identity.path).st_mode) == 0o600
    assert identity.public_ssh.startswith("ecdsa-sha2-nistp384 ")
    assert public_path(identity.path).read_text(encoding="ascii").strip() == identity.public_ssh
    assert load_identity(identity.path).public_ssh == identity.public_ssh
    assert load_or_create_identity(identity.path).public_ssh == identity.public_ssh


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660])
def test_a_key_others_can_read_is_refused(tmp_path, mode) -> None:
    identity = create_identity(tmp_path / "site_key")
    os.chmod(identity.path, mode)
    with pytest.raises(IdentityError, match="chmod 600"):
        load_identity(identity.path)


def test_an_existing_key_is_never_overwritten(tmp_path) -> None:
    identity = create_identity(tmp_path / "site_key")
    before = identity.path.read_bytes()
    with pytest.raises(IdentityError, match="already exists"):
        create_identity(identity.path)
    assert identity.path.read_bytes() == before


def test_signatures_verify_only_for_the_same_key_and_data(tmp_path) -> None:
    one, other = create_identity(tmp_path / "a"), create_identity(tmp_path / "b")
    signature = one.sign(b"entry bytes")
    assert verify(one.public_ssh, b"entry bytes", signature)
    assert not verify(one.public_ssh, b"entry bytez", signature)
    assert not verify(other.public_ssh, b"entry bytes", signature)
    assert not verify("not a key", b"entry bytes", signature)


def test_repr_never_shows_key_material(tmp_path) -> None:
    identity = create_identity(tmp_path / "site_key")
    shown = repr(identity) + str(identity)
    assert "BEGIN" not in shown and identity.public_ssh.split()[1][:20] not in shown
    assert str(identity.path) in shown


def test_only_p384_public_keys_are_accepted(tmp_path) -> None:
    ed = ed25519.Ed25519PrivateKey.generate().public_key()
    line = ed.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    with pytest.raises(IdentityError, match="P-384"):
        load_public(line, source="keys/site.pub")
    with pytest.raises(IdentityError, match="keys/site.pub"):
        load_public("ssh-rsa garbage", source="keys/site.pub")


def test_a_missing_key_says_how_to_create_one(tmp_path) -> None:
    with pytest.raises(IdentityError, match="no site key"):
        load_identity(tmp_path / "nope")
