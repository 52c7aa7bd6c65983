"""The held-out scrubbing corpus (bench/holdout.py): size, coverage, exact labels, determinism."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import holdout  # noqa: E402  (bench/ is scripts, not a package)


@pytest.fixture(scope="module")
def corpus() -> list[holdout.HoldoutRecord]:
    return holdout.generate()


def _fields(record: dict) -> dict[str, str]:
    if "messages" in record:
        return {f"messages[{i}].content": m["content"] for i, m in enumerate(record["messages"])}
    return dict(record)


def test_default_corpus_has_300_valid_records_of_every_document_type(corpus: list[holdout.HoldoutRecord]) -> None:
    assert len(corpus) == holdout.DOCS == 300
    for number, r in enumerate(corpus, 1):
        assert validate(r.record, "holdout", number, detect_kind(r.record, "holdout", number)) == r.record
    assert {r.kind for r in corpus} == {make.__name__ for make in holdout.DOCUMENTS}
    assert {detect_kind(r.record, "holdout", 0) for r in corpus} == {"instruction", "chat", "text"}


def test_every_claimed_entity_type_is_labelled(corpus: list[holdout.HoldoutRecord]) -> None:
    counts = {e: sum(s.entity == e for r in corpus for s in r.pii) for e in holdout.ENTITIES}
    assert min(counts.values()) >= 10, counts
    assert {s.entity for r in corpus for s in r.pii} == set(holdout.ENTITIES)


def test_every_label_is_a_substring_of_its_field(corpus: list[holdout.HoldoutRecord]) -> None:
    for r in corpus:
        fields = _fields(r.record)
        for span in r.pii:
            assert span.text and span.text in fields[span.field], (r.kind, span)


def test_protected_terms_are_present_and_cover_the_traps(corpus: list[holdout.HoldoutRecord]) -> None:
    for r in corpus:
        assert r.keep, r.kind
        for term in r.keep:
            assert any(term in text for text in _fields(r.record).values()), (r.kind, term)
    kept = {term for r in corpus for term in r.keep}
    for trap in ("Parkinson's disease", "Hodgkin lymphoma", "Hashimoto's thyroiditis", "Crohn's disease",
                 "Apgar score", "Glasgow Coma Scale", "2 weeks", "12 months", "Marbury v. Madison",
                 "Donoghue v Stevenson", "Palsgraf v. Long Island Railroad Co."):
        assert trap in kept, trap


def test_checksummed_identifiers_are_valid(corpus: list[holdout.HoldoutRecord]) -> None:
    for span in (s for r in corpus for s in r.pii):
        digits = "".join(c for c in span.text if c.isalnum())
        if span.entity == "UK_NHS":
            total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
            assert (11 - total % 11) % 11 == int(digits[9]), span.text
        elif span.entity == "IBAN_CODE":
            moved = digits[4:] + digits[:4]
            assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, span.text
        elif span.entity == "CREDIT_CARD":
            assert holdout._luhn_digit(digits[:-1]) == digits[-1], span.text


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    assert holdout.generate(40, seed=7) == holdout.generate(40, seed=7)
    assert holdout.generate(40, seed=7) != holdout.generate(40, seed=8)
