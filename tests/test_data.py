"""Validation names file, line and field; real exports (gzip, metadata, prompt-completion) load; dedupe, split, mixing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from fedtune.common.data import DataError, Record, dedupe, general_count, general_records, read_records, split
from fedtune.common.tokenize import encode
from tests.conftest import write_jsonl

MEDQUAD = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "medquad"

GOOD_INSTR = {"instruction": "Summarize.", "input": "Note text.", "output": "Summary."}
GOOD_CHAT = {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}


def _error(tmp_path: Path, lines: list, *, strict: bool = False) -> DataError:
    path = write_jsonl(tmp_path / "site.jsonl", lines)
    with pytest.raises(DataError) as info:
        read_records(path, strict=strict)
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
        ([{"prompt": "x"}], 1, "completion", "missing"),
        ([{"prompt": [{"role": "user", "content": "x"}], "completion": "y"}], 1, "prompt", "write it as a chat record"),
        ([{"question": "x"}], 1, "(record)", "unknown format"),
        ([{"text": 42}], 1, "text", "must be a string"),
    ],
)
def test_validation_errors_name_file_line_and_field(tmp_path: Path, lines, line, field, words) -> None:
    err = _error(tmp_path, lines)
    message = str(err)
    assert message.startswith(f"{tmp_path / 'site.jsonl'}:{line}: field '{field}'")
    assert words in message


def test_strict_refuses_fields_a_format_does_not_define(tmp_path: Path) -> None:
    err = _error(tmp_path, [GOOD_INSTR, {"instruction": "x", "output": "y", "label": 1}], strict=True)
    assert (err.line, err.field) == (2, "label") and "not a field of the instruction format" in str(err)


def _medquad_like(path: Path, n: int) -> Path:
    """Records shaped like the MedQuAD export: instruction format plus id, source and qtype metadata."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"id": f"q{i}", "instruction": f"What causes condition {i}?", "output": f"Answer {i}.",
                    "source": "GHR", "qtype": "causes"})
        for i in range(n)
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


def test_gzip_exports_with_metadata_load_and_the_metadata_never_reaches_training(tmp_path, tiny_tokenizer) -> None:
    _medquad_like(tmp_path / "data" / "3_GHR_QA.jsonl.gz", 3)
    write_jsonl(tmp_path / "data" / "local.jsonl", [GOOD_INSTR])
    records, report = read_records(tmp_path / "data")
    assert report.files == 2 and report.read == 4
    assert report.ignored == {"id": 3, "source": 3, "qtype": 3}
    assert json.loads(json.dumps(report.as_dict()))["ignored"]["qtype"] == 3
    for record in records:
        assert set(record.data) == {"instruction", "input", "output"}
        assert [name for name, _ in record.text_fields()] == ["input", "instruction", "output"]
    example = encode(records[0], tiny_tokenizer, 256)
    rendered = tiny_tokenizer.decode(example.input_ids)
    assert "What causes condition 0?" in rendered
    assert "GHR" not in rendered and "causes" not in rendered.replace("What causes", "") and "q0" not in rendered
    with pytest.raises(DataError, match="field 'id'"):
        read_records(tmp_path / "data", strict=True)


def test_a_damaged_gzip_file_is_named(tmp_path: Path) -> None:
    path = _medquad_like(tmp_path / "a.jsonl.gz", 50)
    path.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(DataError, match=r"a\.jsonl\.gz:\d+: field '\(file\)': not a readable gzip file"):
        read_records(path)


def test_prompt_completion_trains_on_the_completion(tmp_path: Path, tiny_tokenizer) -> None:
    path = write_jsonl(tmp_path / "pc.jsonl", [{"prompt": "Define anaemia.", "completion": "Too few red cells.", "id": 7}])
    (record,), report = read_records(path)
    assert record.kind == "instruction" and report.formats == {"prompt-completion": 1} and report.ignored == {"id": 1}
    assert record.data == {"instruction": "Define anaemia.", "input": "", "output": "Too few red cells."}
    example = encode(record, tiny_tokenizer, 256)
    learnt = tiny_tokenizer.decode([t for t in example.labels if t >= 0])
    assert "Too few red cells." in learnt and "anaemia" not in learnt


@pytest.mark.skipif(not MEDQUAD.is_dir(), reason=f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
def test_the_real_medquad_export_loads() -> None:
    records, report = read_records(MEDQUAD)
    assert report.files == 9 and report.read == len(records) == 16_407
    assert report.ignored == {"source": 16_407, "qtype": 16_407} and report.formats == {"instruction": 16_407}
    assert all(set(r.data) == {"instruction", "input", "output"} for r in records)


def test_format_is_detected_per_file_and_folders_are_read(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [GOOD_INSTR])
    write_jsonl(tmp_path / "b.jsonl", [GOOD_CHAT])
    write_jsonl(tmp_path / "sub" / "c.jsonl", [{"text": "plain domain text"}])
    write_jsonl(tmp_path / "notes.txt", ["not data"])
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
