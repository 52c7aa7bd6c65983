"""The third and fourth blind scrubbing corpora (bench/blind3.py, bench/blind4.py): formats, exact labels, no Faker or census names, determinism."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from fedtune.scrubbing.evaluate import evaluate
from fedtune.scrubbing.scrub import text_fields
from fedtune.scrubbing.vouch import census_names

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind4  # noqa: E402


@pytest.fixture(scope="module", params=[blind3, blind4], ids=["blind3", "blind4"])
def module(request: pytest.FixtureRequest):  # noqa: ANN201
    return request.param


@pytest.fixture(scope="module")
def corpus(module) -> list[blind3.Blind3Record]:  # noqa: ANN001
    return module.generate(2 * len(module.DOCTYPES))  # two of each document type


def test_records_are_valid_and_cover_every_document_type(module, corpus: list[blind3.Blind3Record]) -> None:  # noqa: ANN001
    for r in corpus:
        assert detect_kind(r.record, "blind", 0) == r.kind
        validate(r.record, "blind", 0, r.kind)
    assert {r.doctype for r in corpus} == set(module.DOCTYPES)
    assert {r.kind for r in corpus} >= {"text", "chat"}


def test_labels_and_protected_terms_are_exact_substrings(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        fields = dict(text_fields(r.record, 0))
        assert r.keep, r.doctype
        for span in r.pii:
            assert span.text and span.text in fields[span.field], span
        assert not any(c in text for text in fields.values() for c in "\x02\x03\x04\x05\x1f")


def test_leaving_everything_leaks_every_span_and_removing_the_labels_leaks_nothing(corpus: list[blind3.Blind3Record]) -> None:
    untouched = evaluate(corpus, [r.record for r in corpus])
    assert untouched.leaks == untouched.spans > 0 and untouched.kept == untouched.protected > 0
    perfect = evaluate(corpus, [blind3.perfect_scrub(r) for r in corpus])  # blind4 uses blind3's records
    assert (perfect.leaks, perfect.kept) == (0, perfect.protected)


def test_names_are_hand_written_and_many_unknown_to_the_census_lists_the_scrubber_reads() -> None:
    source = Path(blind3.__file__).read_text(encoding="utf-8").lower()
    assert "faker" not in source.replace("never faker's", "")
    names = {n for women, men, surnames in blind3.PEOPLE.values() for n in (*women, *men, *surnames)}
    census = census_names()
    known = {n for n in names if n.lower() in census.first or n.lower() in census.last}
    # Half of them (91 of 177) are census names too ("Kim", "Mia", "Russo"): the corpus tests the rest.
    assert len(names) > 150 and len(known) < 0.6 * len(names)


def test_same_seed_same_corpus_other_seed_other_corpus(module, corpus: list[blind3.Blind3Record]) -> None:  # noqa: ANN001
    assert [r.record for r in module.generate(10, seed=0)] == [r.record for r in corpus[:10]]
    assert [r.record for r in module.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_the_fourth_corpus_takes_no_names_from_faker() -> None:
    source = Path(blind4.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source
