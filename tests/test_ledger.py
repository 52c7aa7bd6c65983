"""The privacy ledger keeps its documented format, appends whole entries and refuses damaged ones."""

from __future__ import annotations

import dataclasses
import json

import pytest

from fedtune.common.ledger import LEDGER_FILE, Ledger, LedgerEntry, LedgerError

KEYS = [
    "site", "round", "records", "scrubbed", "sample_rate", "noise_multiplier", "max_grad_norm",
    "steps", "delta", "epsilon", "accountant", "accountant_version",
]  # fmt: skip


def _entry(round_: int = 1, epsilon: float = 1.25) -> LedgerEntry:
    return LedgerEntry(
        site="hospital-a",
        round=round_,
        records=300,
        scrubbed=True,
        sample_rate=1 / 75,
        noise_multiplier=0.8123456789,
        max_grad_norm=1.0,
        steps=8,
        delta=1e-5,
        epsilon=epsilon,
        accountant="prv",
        accountant_version="opacus 1.6.0",
    )


def test_entries_are_one_json_line_each_with_exactly_the_documented_keys(tmp_path) -> None:
    ledger = Ledger(tmp_path)
    ledger.append(_entry(1, 1.25))
    ledger.append(_entry(2, 1.9))
    lines = (tmp_path / LEDGER_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert [list(json.loads(line)) for line in lines] == [KEYS, KEYS]
    assert ledger.entries() == [_entry(1, 1.25), _entry(2, 1.9)]  # floats round-trip exactly


def test_append_keeps_earlier_entries_byte_for_byte_and_leaves_no_temporary_file(tmp_path) -> None:
    ledger = Ledger(tmp_path)
    ledger.append(_entry(1))
    first = ledger.path.read_bytes()
    ledger.append(_entry(2))
    assert ledger.path.read_bytes().startswith(first)
    assert [p.name for p in tmp_path.iterdir()] == [LEDGER_FILE]


def test_a_missing_ledger_is_empty(tmp_path) -> None:
    assert Ledger(tmp_path / "new").entries() == []


@pytest.mark.parametrize(
    "change",
    [
        {"prev_hash": "00"},  # a key the format does not have (yet)
        {"epsilon": "1.0"},
        {"round": True},
        {"scrubbed": 1},
        {"steps": 1.5},
        {"sample_rate": 0.0},
        {"epsilon": -1},
    ],
)
def test_a_damaged_line_is_an_error_naming_the_file_and_line(tmp_path, change) -> None:
    ledger = Ledger(tmp_path)
    ledger.append(_entry(1))
    raw = json.loads(_entry(2).to_json()) | change
    with ledger.path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(raw) + "\n")
    with pytest.raises(LedgerError, match=rf"{LEDGER_FILE}, line 2"):
        ledger.entries()


def test_a_missing_key_is_an_error(tmp_path) -> None:
    raw = dataclasses.asdict(_entry())
    del raw["delta"]
    (tmp_path / LEDGER_FILE).write_text(json.dumps(raw) + "\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="missing \\['delta'\\]"):
        Ledger(tmp_path).entries()


def test_appending_after_a_torn_last_line_is_refused(tmp_path) -> None:
    (tmp_path / LEDGER_FILE).write_text(_entry(1).to_json()[:40], encoding="utf-8")
    with pytest.raises(LedgerError, match="incomplete"):
        Ledger(tmp_path).append(_entry(2))


def test_an_entry_out_of_range_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="delta"):
        dataclasses.replace(_entry(), delta=1.0)
    with pytest.raises(ValueError, match="epsilon"):
        dataclasses.replace(_entry(), epsilon=float("inf"))
