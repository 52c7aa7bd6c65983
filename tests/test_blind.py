"""The blind scrubbing corpus (bench/blind.py): size, coverage, exact labels, valid checksums, determinism."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from fedtune.scrubbing.evaluate import evaluate
from fedtune.scrubbing.scrub import text_fields

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind  # noqa: E402  (bench/ is scripts, not a package)


@pytest.fixture(scope="module")
def corpus() -> list[blind.BlindRecord]:
    return blind.generate()


def _fields(record: dict) -> dict[str, str]:
    return dict(text_fields(record, 0))


def test_default_corpus_has_300_records_in_all_three_formats(corpus: list[blind.BlindRecord]) -> None:
    assert len(corpus) == blind.DOCS == 300
    for r in corpus:
        assert detect_kind(r.record, "blind", 0) == r.kind
        validate(r.record, "blind", 0, r.kind)
    assert {r.kind for r in corpus} == set(blind.FORMATS)
    assert len({r.doctype for r in corpus}) == len(blind.DOCTYPES)


def test_every_entity_type_appears_at_least_ten_times(corpus: list[blind.BlindRecord]) -> None:
    counts = blind.entity_counts(corpus)
    assert {e: counts[e] for e in blind.ENTITIES if counts[e] < 10} == {}


def test_labels_and_protected_terms_are_exact_substrings(corpus: list[blind.BlindRecord]) -> None:
    for r in corpus:
        fields = _fields(r.record)
        assert r.keep, r.doctype
        for span in r.pii:
            assert span.text and span.text in fields[span.field], span
        for term in r.keep:
            assert any(term in text for text in fields.values()), term
        assert not any(c in text for text in fields.values() for c in "\x02\x03\x04\x05\x1f")


def test_leaving_everything_leaks_every_span_and_keeps_every_term(corpus: list[blind.BlindRecord]) -> None:
    q = evaluate(corpus, [r.record for r in corpus])
    assert q.leaks == q.spans > 0
    assert q.kept == q.protected > 0


def test_removing_exactly_the_labels_leaks_nothing(corpus: list[blind.BlindRecord]) -> None:
    q = evaluate(corpus, [blind.perfect_scrub(r) for r in corpus])
    assert (q.leaks, q.kept) == (0, q.protected)


def test_checksums_are_valid(corpus: list[blind.BlindRecord]) -> None:
    spans = [s for r in corpus for s in r.pii]
    for s in spans:
        digits = re.sub(r"\D", "", s.text)
        if s.entity == "UK_NHS":
            assert len(digits) == 10 and blind.nhs_check_digit(digits[:9]) == int(digits[9]), s.text
        elif s.entity == "CREDIT_CARD":
            assert len(digits) in (15, 16) and blind.luhn_ok(digits), s.text
        elif s.entity == "IBAN_CODE":
            assert blind.iban_ok(s.text), s.text
        elif s.entity == "US_SSN":
            assert len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9", s.text
            assert digits[3:5] != "00" and digits[5:] != "0000", s.text


def test_checksum_helpers_reject_a_changed_digit() -> None:
    assert blind.nhs_check_digit("943476591") == 9
    assert blind.luhn_ok("4111111111111111") and not blind.luhn_ok("4111111111111112")
    assert blind.iban_ok("GB82 WEST 1234 5698 7654 32") and not blind.iban_ok("GB82 WEST 1234 5698 7654 33")
    assert blind.acn_ok("004 085 616") and not blind.acn_ok("004 085 617")


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind.BlindRecord]) -> None:
    again = blind.generate(30, seed=0)
    assert [r.record for r in again] == [r.record for r in corpus[:30]]
    assert [r.pii for r in again] == [r.pii for r in corpus[:30]]
    assert [r.record for r in blind.generate(30, seed=1)] != [r.record for r in again]
