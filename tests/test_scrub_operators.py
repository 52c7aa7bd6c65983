"""Operators replace values as the policy says; pseudonyms are keyed, consistent and never logged."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from fedtune.common.policy import ScrubSettings
from fedtune.scrubbing.operators import (
    KEY_BYTES,
    KeyFileError,
    Operators,
    load_or_create_key,
)

PSEUDONYMS = ScrubSettings(default_operator="pseudonym")


def test_placeholder_mask_and_redact() -> None:
    ops = Operators(ScrubSettings(operators={"PHONE_NUMBER": "mask", "EMAIL_ADDRESS": "redact"}), None)
    assert ops.apply("PERSON", "Robert Baker") == "<PERSON>"
    assert ops.apply("PHONE_NUMBER", "617-555-0123") == "************"
    assert ops.apply("EMAIL_ADDRESS", "rb@example.com") == ""


def test_pseudonyms_are_consistent_within_a_key_and_differ_across_keys(tmp_path: Path) -> None:
    site_a = Operators(PSEUDONYMS, load_or_create_key(tmp_path / "a" / "scrub.key"))
    site_b = Operators(PSEUDONYMS, load_or_create_key(tmp_path / "b" / "scrub.key"))
    first = site_a.apply("PERSON", "Robert Baker")
    assert first.startswith("<PERSON_") and "Baker" not in first
    assert site_a.apply("PERSON", "BAKER, Robert") == first
    assert site_a.apply("PERSON", "robert  baker") == first
    assert site_a.apply("PERSON", "Robert Bakers") != first
    assert site_b.apply("PERSON", "Robert Baker") != first
    reloaded = Operators(PSEUDONYMS, load_or_create_key(tmp_path / "a" / "scrub.key"))
    assert reloaded.apply("PERSON", "Robert Baker") == first


def test_the_key_is_created_owner_only_and_refused_when_others_can_read_it(tmp_path: Path) -> None:
    path = tmp_path / "state" / "scrub.key"
    key = load_or_create_key(path)
    assert len(key) == KEY_BYTES
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        load_or_create_key(path)
    os.chmod(path, 0o600)
    path.write_bytes(b"short")
    with pytest.raises(KeyFileError, match="must be 32 bytes"):
        load_or_create_key(path)


def test_pseudonyms_need_a_key() -> None:
    with pytest.raises(KeyFileError, match="no key path"):
        Operators(PSEUDONYMS, None)


def test_neither_key_nor_values_nor_pseudonyms_reach_the_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    from fedtune.scrubbing.scrub import Scrubber

    key_path = tmp_path / "scrub.key"
    with Scrubber(PSEUDONYMS, key_path) as scrubber:
        out = scrubber.scrub_records([{"text": "Dr. Alice Parker saw Robert Baker (MRN 1452754177)."}])
        key = key_path.read_bytes()
        text = out[0]["text"]
    pseudonyms = [part.split(">")[0] for part in text.split("<")[1:]]
    assert pseudonyms and "Parker" not in text and "1452754177" not in text
    logged = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    for secret in ["Alice Parker", "Robert Baker", "1452754177", key.hex(), *pseudonyms]:
        assert secret not in logged
    assert repr(key)[2:-1] not in logged
    assert key.hex() not in repr(scrubber.operators) and repr(key)[2:-1] not in repr(scrubber.operators)
