"""Atomic writes leave either the old file or the new one; JSON written for auditors is strict."""

from __future__ import annotations

import json
import os

import pytest

from fedtune.common.fileio import strict_json, write_atomic


def test_write_atomic_replaces_whole_and_sets_mode(tmp_path) -> None:
    path = write_atomic(tmp_path / "sub" / "f.txt", "new")
    assert path.read_text() == "new" and oct(os.stat(path).st_mode & 0o777) == "0o600"
    write_atomic(path, b"bytes", mode=0o644)
    assert path.read_bytes() == b"bytes" and oct(os.stat(path).st_mode & 0o777) == "0o644"
    assert sorted(p.name for p in path.parent.iterdir()) == ["f.txt"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path) -> None:
    path = write_atomic(tmp_path / "f.txt", "old")
    with pytest.raises(TypeError):
        write_atomic(path, 42)  # type: ignore[arg-type]
    assert path.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["f.txt"]


def test_strict_json_turns_non_finite_numbers_into_null() -> None:
    text = strict_json({"epsilon": float("inf"), "losses": [float("nan"), 0.5], "nested": {"x": -float("inf")}})
    assert json.loads(text) == {"epsilon": None, "losses": [None, 0.5], "nested": {"x": None}}
    assert "Infinity" not in text and "NaN" not in text
