"""Validation names file, line and field; dedupe, split and mixing behave as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fedtune.common.data import DataError, Record, dedupe, general_count, general_records, read_records, split
from tests.conftest import write_jsonl

GOOD_INSTR = {"instruction": "Summarize.", "input": "Note text.", "output": "Summary."}
GOOD_CHAT = {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}


def _error(tmp_path: Path, lines: list) -> DataError:
    path = write_jsonl(tmp_path / "site.jsonl", lines)
    with pytest.raises(DataError) as info:
        read_records(path)
    return info.value


@pytest.mark.parametrize(
    ("lines", "line", "field", "words"),
    [
        ([GOOD_INSTR, "{not json"], 2, "(line)", "bad JSON"),
        ([GOOD_INSTR, {"instruction": "Do it", "input": ""}], 2, "output", "missing"),
        ([GOOD_INSTR, {"instruction": "  ", "output": "x"}], 2, "instruction", "empty"),
        ([GOOD_CHAT, {"messages": [{"role": "doctor", "content": "x"}, {"role": "assistant", "content": "y"}]}], 2, "messages[0].role", "unknown role"),
        ([GOOD_CHAT, {"messages": [{"role": "user", "content": "x"}]}], 2, "messages[0].role", "end with an assistant"),
        ([GOOD_CHAT, {"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": ""}]}], 2, "messages[1].content", "empty"),
        ([GOOD_INSTR, b'{"instruction": "caf\xe9", "output": "x"}'], 2, "(line)", "not UTF-8"),
        ([GOOD_INSTR, {"instruction": "x", "output": "y", "label": 1}], 2, "label", "unexpected"),
        ([{"prompt": "x"}], 1, "(record)", "unknown format"),
        ([{"text": 42}], 1, "text", "must be a string"),
    ],
)
def test_validation_errors_name_file_line_and_field(tmp_path: Path, lines, line, field, words) -> None:
    err = _error(tmp_path, lines)
    message = str(err)
    assert message.startswith(f"{tmp_path / 'site.jsonl'}:{line}: field '{field}'")
    assert words in message


def test_format_is_detected_per_file_and_folders_are_read(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [GOOD_INSTR])
    write_jsonl(tmp_path / "b.jsonl", [GOOD_CHAT])
    write_jsonl(tmp_path / "sub" / "c.jsonl", [{"text": "plain domain text"}])
    records, report = read_records(tmp_path)
    assert [r.kind for r in records] == ["instruction", "chat", "text"]
    assert report.files == 3 and report.read == 3


def test_a_file_mixing_formats_is_rejected_at_the_odd_line(tmp_path: Path) -> None:
    err = _error(tmp_path, [GOOD_INSTR, GOOD_CHAT])
    assert err.line == 2 and err.field == "messages"


def test_skip_invalid_counts_reasons_without_content(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "s.jsonl", [GOOD_INSTR, "{bad", {"instruction": "secret-name", "output": ""}, GOOD_INSTR])
    records, report = read_records(path, skip_invalid=True)
    assert len(records) == 2
    assert sum(report.skipped.values()) == 2
    assert "secret-name" not in json.dumps(report.as_dict())


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        read_records(tmp_path / "nope.jsonl")


def test_exact_duplicates_are_removed(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "s.jsonl", [GOOD_INSTR, GOOD_INSTR, {**GOOD_INSTR, "output": "Other."}])
    records, report = read_records(path)
    kept = dedupe(records, report)
    assert len(kept) == 2 and report.duplicates == 1
    # A missing optional input equals an empty one: both normalise to the same record.
    same = Record("instruction", {"instruction": "a", "input": "", "output": "b"}, "x", 1)
    path2 = write_jsonl(tmp_path / "t.jsonl", [{"instruction": "a", "output": "b"}])
    assert read_records(path2)[0][0].key == same.key


def _records(n: int, offset: int = 0) -> list[Record]:
    return [Record("text", {"text": f"record number {i}"}, "x", i) for i in range(offset, offset + n)]


def test_split_is_stable_when_records_are_added() -> None:
    first = _records(400)
    train1, val1 = split(first, 0.2)
    train2, val2 = split(first + _records(400, offset=400), 0.2)
    assert {r.key for r in val1} <= {r.key for r in val2}
    assert {r.key for r in train1} <= {r.key for r in train2}
    assert 40 <= len(val1) <= 120  # hashing gives roughly the fraction


def test_general_share_makes_up_the_requested_fraction() -> None:
    assert general_count(90, 0.25) == 30  # 30 of 120 training records
    assert general_count(90, 0.0) == 0
    with pytest.raises(ValueError):
        general_count(90, 1.0)
    drawn = general_records(30, seed=1)
    assert len(drawn) == 30 and all(r.kind == "text" for r in drawn)
    assert general_records(30, seed=1) == drawn and general_records(30, seed=2) != drawn
    assert len(general_records(500, seed=1)) == 500  # cycles through the shipped sample
