"""A site's policy file is checked once, and every error names the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from fedtune.common.policy import PolicyError, load_policy


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text('site_id = "c"\ndata = "d"\nstate_dir = "s"\n' + body, encoding="utf-8")
    return path


def test_secure_mode_without_its_generator_is_an_error_naming_the_field(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"site.toml: field 'privacy.secure_mode': .*torchcsprng"):
        load_policy(_write(tmp_path, "[privacy]\nsecure_mode = true\n"))


def test_limits_are_read_and_checked(tmp_path: Path) -> None:
    policy = load_policy(_write(tmp_path, "[limits]\nmax_rounds = 5\nmax_length = 512\n"))
    assert (policy.limits.max_rounds, policy.limits.max_local_steps, policy.limits.max_length) == (5, None, 512)
    with pytest.raises(PolicyError, match=r"field 'limits.max_local_steps'"):
        load_policy(_write(tmp_path, "[limits]\nmax_local_steps = 0\n"))
    with pytest.raises(PolicyError, match=r"field 'limits.max_epochs'"):
        load_policy(_write(tmp_path, "[limits]\nmax_epochs = 3\n"))


def test_scrubbing_is_never_switched_off_silently(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"field 'scrub.enabled': .*waive_scrubbing = true"):
        load_policy(_write(tmp_path, "[scrub]\nenabled = false\n"))
    assert load_policy(_write(tmp_path, "[scrub]\nwaive_scrubbing = true\n")).scrub.waive_scrubbing
