"""Issue 16's first round on the sixteenth corpus (bench/blind16.py, instruction data built from documents, a development
corpus since its one blind measurement): a claim by its number and year, laws cited by chapter in brackets and US state
codes without a section sign kept, and two clinical scores kept. Each rule has a case where it must find nothing. The
examples are made up in the corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from tests.scrub_support import found, gone, kept


@pytest.mark.parametrize(("text", "number"), [
    ("IN THE FAMILY COURT OF ORANGE WALK    Claim No. FC 212 of 2024", "FC 212 of 2024"),
    ("the court (FC 087 of 2025) decided that the child lives with her mother", "FC 087 of 2025"),
    ("Suit No. 45 of 2023 was listed for mention", "Suit No. 45 of 2023"),
])
def test_a_claim_by_its_number_and_year_goes(text: str, number: str) -> None:
    assert number in found(CaseNumberRecognizer(), text)
    assert gone(text, number)


@pytest.mark.parametrize("text", ["Take 2 of 2023's tablets", "Part 3 of 2020 applies", "Act 4 of 2019 repealed it"])
def test_counts_and_acts_of_a_year_are_no_claim(text: str) -> None:
    assert found(CaseNumberRecognizer(), text) == set()


@pytest.mark.parametrize("term", [
    "Penal Code (Cap. 08:01) s. 291",
    "K.S.A. 8-1567",
    "O.R.S. 163.160",
    "Oxford scale 3/5",
    "SDQ total difficulties score 19",
])
def test_laws_by_chapter_state_codes_and_scores_are_kept(term: str) -> None:
    assert kept(term)


@pytest.mark.parametrize(("text", "name"), [
    ("Signed J.R. Smith 8-1567", "Smith"),  # initials and a number are no state code
    ("Oxford resident Anna Kemp, scale 2/5 pain", "Anna Kemp"),
])
def test_the_kept_citations_and_scores_shield_no_name(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(("text", "number"), [
    ("Call M.C.L. 555-0192 after six.", "555-0192"),  # a code's initials before a phone number keep nothing
    ("Or M.C.A. 071-555-0192 for the office.", "071-555-0192"),
    ("Idaho claimant I.C. 18-907-2231 rang", "18-907-2231"),
])
def test_a_phone_number_after_initials_that_read_as_a_state_code_goes(text: str, number: str) -> None:
    assert gone(text, number)
