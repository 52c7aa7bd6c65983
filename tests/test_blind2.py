"""The second blind scrubbing corpus (bench/blind2.py): formats, exact labels, valid checksums, no Faker, determinism."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from fedtune.scrubbing.evaluate import evaluate
from fedtune.scrubbing.scrub import text_fields

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind2  # noqa: E402  (bench/ is scripts, not a package)

DOCS = 48  # four of each document type: enough for every check, a fifth of the default's cost


@pytest.fixture(scope="module")
def corpus() -> list[blind2.Blind2Record]:
    return blind2.generate(DOCS)


def test_records_are_valid_in_all_three_formats_and_every_document_type(corpus: list[blind2.Blind2Record]) -> None:
    for r in corpus:
        assert detect_kind(r.record, "blind2", 0) == r.kind
        validate(r.record, "blind2", 0, r.kind)
    assert {r.kind for r in corpus} == set(blind2.FORMATS)
    assert {r.doctype for r in corpus} == set(blind2.DOCTYPES)


def test_labels_and_protected_terms_are_exact_substrings(corpus: list[blind2.Blind2Record]) -> None:
    for r in corpus:
        fields = dict(text_fields(r.record, 0))
        assert r.keep, r.doctype
        for span in r.pii:
            assert span.text and span.text in fields[span.field], span
        assert not any(c in text for text in fields.values() for c in "\x02\x03\x04\x05\x1f")


def test_leaving_everything_leaks_every_span_and_removing_the_labels_leaks_nothing(corpus: list[blind2.Blind2Record]) -> None:
    untouched = evaluate(corpus, [r.record for r in corpus])
    assert untouched.leaks == untouched.spans > 0 and untouched.kept == untouched.protected > 0
    perfect = evaluate(corpus, [blind2.perfect_scrub(r) for r in corpus])
    assert (perfect.leaks, perfect.kept) == (0, perfect.protected)


def test_checksummed_identifiers_are_valid(corpus: list[blind2.Blind2Record]) -> None:
    for s in (s for r in corpus for s in r.pii):
        if s.entity == "CREDIT_CARD":
            assert blind2.luhn_ok(s.text), s.text
        elif s.entity == "IBAN_CODE":
            assert blind2.iban_ok(s.text), s.text
    assert blind2.bsn_ok("111222333") and not blind2.bsn_ok("111222334")
    assert blind2.pesel_digit("4405140135") == "9"
    assert blind2.luhn_ok("4111 1111 1111 1111") and not blind2.luhn_ok("4111 1111 1111 1112")


def test_names_come_from_the_corpus_own_lists_not_faker() -> None:
    source = Path(blind2.__file__).read_text(encoding="utf-8")
    assert "import faker" not in source.lower() and "from faker" not in source.lower()
    names = {n for _, women, men, surnames in blind2.CULTURES.values() for n in (*women, *men, *surnames)}
    assert len(names) > 250 and any(re.search(r"[^\x00-\x7f]", n) for n in names)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind2.Blind2Record]) -> None:
    again = blind2.generate(12, seed=0)
    assert [r.record for r in again] == [r.record for r in corpus[:12]]
    assert [r.record for r in blind2.generate(12, seed=1)] != [r.record for r in again]
