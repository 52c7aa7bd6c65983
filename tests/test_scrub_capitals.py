"""Issue 16: organisations written in capitals are found by the same institutional and legal-form words as in title
case ("MBEYA ZONAL REFERRAL HOSPITAL", "KORU HOLDINGS PTY LTD"), on the title-cased copy of the line that the second
NER pass reads. Instruments and plans in capitals are not organisations. Made-up examples in the shapes seen."""

from __future__ import annotations

import pytest

from tests.scrub_support import gone, kept, scrubbed_values


@pytest.mark.parametrize(("text", "organisation"), [
    ("Referred from MBEYA ZONAL REFERRAL HOSPITAL on Monday.", "MBEYA ZONAL REFERRAL HOSPITAL"),
    ("Transferred to KILIMANJARO CHRISTIAN MEDICAL CENTRE for surgery.", "KILIMANJARO CHRISTIAN MEDICAL CENTRE"),
    ("Invoice to KORU HOLDINGS PTY LTD, attention accounts.", "KORU HOLDINGS PTY LTD"),
    ("Seen at ST BRIGID'S HOSPITAL, emergency department.", "ST BRIGID'S HOSPITAL"),
])
def test_an_organisation_in_capitals_goes_by_its_head_word(text: str, organisation: str) -> None:
    assert gone(text, organisation)


@pytest.mark.parametrize("term", ["HOSPITAL ANXIETY AND DEPRESSION SCALE", "GLASGOW COMA SCALE"])
def test_an_instrument_in_capitals_is_no_organisation(term: str) -> None:
    assert kept(term)


def test_a_plan_in_capitals_is_not_taken_for_a_clinic_by_this_rule() -> None:
    values = scrubbed_values("PLAN: PLEASE ATTEND FRACTURE CLINIC IN 2 WEEKS WITH X-RAY.")
    assert not any("ATTEND" in v for v in values)


def test_a_field_of_care_in_capitals_is_a_heading_not_an_organisation() -> None:
    values = scrubbed_values("MENTAL HEALTH\nMood low, sleep poor. PUBLIC HEALTH notified.")
    assert not any("HEALTH" in v for v in values)
