"""The synthetic demo data is deterministic, well-formed, and its ground-truth spans are exact."""

import json
import re
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

import fedtune.common
from fedtune.demo.synthetic import DEMO_SITES, SyntheticRecord, generate_records, write_demo_sites

MEDICAL = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER",
           "ACCESSION_NUMBER", "INSURANCE_ID", "UK_NHS", "AGE_OVER_89"}
LEGAL = {"PERSON", "ORGANIZATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_TIME", "LOCATION", "CASE_NUMBER",
         "MATTER_NUMBER", "BAR_NUMBER", "COMPANY_REGISTRATION", "IBAN_CODE", "CREDIT_CARD", "ACCOUNT_NUMBER", "US_SSN"}
GENERAL = Path(fedtune.common.__file__).parent / "assets" / "general.jsonl"


@pytest.fixture(scope="module")
def clinical() -> list[SyntheticRecord]:
    return generate_records("clinical", 300, seed=1, formats=("instruction", "chat", "text"))


@pytest.fixture(scope="module")
def legal() -> list[SyntheticRecord]:
    return generate_records("legal", 300, seed=1, formats=("instruction", "chat", "text"))


def fields(record: dict) -> dict[str, str]:
    """Every string field of a record, keyed by the JSON path PiiSpan.field uses."""
    if "messages" in record:
        return {f"messages[{i}].content": m["content"] for i, m in enumerate(record["messages"])}
    return dict(record)


def all_text(record: dict) -> str:
    return "".join(fields(record).values())


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_same_seed_gives_identical_records_and_other_seed_differs():
    first = generate_records("legal", 40, seed=3)
    assert first == generate_records("legal", 40, seed=3)
    assert [r.record for r in first] != [r.record for r in generate_records("legal", 40, seed=4)]


def test_write_demo_sites_is_byte_identical_for_a_seed(tmp_path):
    one = write_demo_sites(tmp_path / "one", n_per_site=30, seed=5)
    two = write_demo_sites(tmp_path / "two", n_per_site=30, seed=5)
    for site in DEMO_SITES:
        for name in ("instruction.jsonl", "chat.jsonl"):
            assert (one[site] / name).read_bytes() == (two[site] / name).read_bytes()


def test_span_offsets_are_exact_and_disjoint(clinical, legal):
    for rec in clinical + legal:
        by_field: dict[str, list] = {}
        for span in rec.pii:
            assert fields(rec.record)[span.field][span.start : span.end] == span.text
            by_field.setdefault(span.field, []).append(span)
        for spans in by_field.values():
            spans.sort(key=lambda s: s.start)
            assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_every_entity_type_appears_in_its_domain(clinical, legal):
    assert MEDICAL <= {s.entity for r in clinical for s in r.pii}
    assert LEGAL <= {s.entity for r in legal for s in r.pii}


def test_keep_terms_appear_outside_personal_data(clinical, legal):
    for rec in clinical + legal:
        assert rec.keep
        masked = fields(rec.record)
        for span in rec.pii:
            text = masked[span.field]
            masked[span.field] = text[: span.start] + "\0" * (span.end - span.start) + text[span.end :]
        assert all(any(term in text for text in masked.values()) for term in rec.keep)


def test_checksummed_identifiers_are_valid(clinical, legal):
    spans = [s for r in clinical + legal for s in r.pii]
    for span in spans:
        if span.entity == "UK_NHS":
            d = [int(c) for c in digits(span.text)]
            assert len(d) == 10 and (11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11) % 11 == d[9]
        elif span.entity == "IBAN_CODE":
            compact = span.text.replace(" ", "")
            assert int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1
        elif span.entity == "CREDIT_CARD":
            d = [int(c) for c in reversed(digits(span.text))]
            assert sum(x if i % 2 == 0 else (2 * x) // 10 + (2 * x) % 10 for i, x in enumerate(d)) % 10 == 0
        elif span.entity == "AGE_OVER_89":
            assert int(span.text) > 89


def test_phone_numbers_are_valid_for_phonenumbers(clinical, legal):
    # Presidio's phone recognizer only reports numbers libphonenumber accepts as valid.
    def valid(text: str) -> bool:
        return any(phonenumbers.is_valid_number(phonenumbers.parse(text, region)) for region in ("US", "GB"))

    phones = [s.text for r in clinical + legal for s in r.pii if s.entity == "PHONE_NUMBER"]
    assert phones and all(valid(p) for p in phones)


def test_records_have_accepted_shapes(clinical, legal):
    formats = Counter()
    for rec in clinical + legal:
        record = rec.record
        if "messages" in record:
            formats["chat"] += 1
            assert {m["role"] for m in record["messages"]} <= {"system", "user", "assistant"}
            assert record["messages"][-1]["role"] == "assistant"
        elif "text" in record:
            formats["text"] += 1
            assert set(record) == {"text"}
        else:
            formats["instruction"] += 1
            assert {"instruction", "output"} <= set(record) <= {"instruction", "input", "output"}
    assert formats == {"chat": 200, "text": 200, "instruction": 200}


def test_records_are_distinct_and_short(clinical, legal):
    for records in (clinical, legal):
        assert len({json.dumps(r.record, sort_keys=True) for r in records}) == len(records)
        lengths = [len(all_text(r.record)) for r in records]
        assert sum(n <= 900 for n in lengths) >= 0.9 * len(lengths) and max(lengths) < 1200


def test_outputs_follow_fixed_templates(clinical):
    outputs = [r.record.get("output") for r in clinical if "output" in r.record]
    assert outputs and all(o.split(":")[0] in {"Summary", "Medications", "Follow-up", "Diagnosis", "Key result"}
                           for o in outputs)
    summary = re.compile(r"Summary: \d+-year-old with .+; treated with .+; follow-up in \d+ (weeks|months)\.")
    assert all(summary.fullmatch(o) for o in outputs if o.startswith("Summary"))


def test_bad_arguments_are_rejected():
    with pytest.raises(ValueError, match="unknown domain"):
        generate_records("finance", 3, seed=0)
    with pytest.raises(ValueError, match="formats"):
        generate_records("legal", 3, seed=0, formats=("markdown",))
    with pytest.raises(ValueError, match="n must be"):
        generate_records("legal", -1, seed=0)


def test_write_demo_sites_writes_one_file_per_format(tmp_path):
    folders = write_demo_sites(tmp_path, n_per_site=25, seed=0)
    assert set(folders) == set(DEMO_SITES)
    for site, folder in folders.items():
        assert folder == tmp_path / site
        assert sorted(p.name for p in folder.iterdir()) == ["chat.jsonl", "instruction.jsonl"]
        chats = [json.loads(line) for line in (folder / "chat.jsonl").read_text(encoding="utf-8").splitlines()]
        instructions = [json.loads(line) for line in (folder / "instruction.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(chats) + len(instructions) == 25
        assert all("messages" in r for r in chats) and all("instruction" in r for r in instructions)

    def text(site: str) -> str:
        return "".join(p.read_text(encoding="utf-8") for p in folders[site].iterdir())

    assert "NHS No" in text("hospital-b") and "NHS No" not in text("hospital-a")
    assert "MEMORANDUM" in text("lawfirm-c")


def test_general_sample_is_plain_distinct_text():
    assert GENERAL.stat().st_size < 150_000
    records = [json.loads(line) for line in GENERAL.read_text(encoding="utf-8").splitlines()]
    assert 120 <= len(records) <= 200
    assert all(set(r) == {"text"} and isinstance(r["text"], str) and r["text"].strip() for r in records)
    assert len({r["text"] for r in records}) == len(records)
