"""Each domain recognizer finds its format, confirms checksums, and stays quiet on near-misses."""

from __future__ import annotations

import logging

import pytest
from presidio_analyzer import EntityRecognizer

from fedtune.scrubbing.recognizers.address import StreetAddressRecognizer
from fedtune.scrubbing.recognizers.base import luhn_valid
from fedtune.scrubbing.recognizers.date import CalendarDateRecognizer
from fedtune.scrubbing.recognizers.finance import (
    AccountNumberRecognizer,
    CardNumberRecognizer,
    IbanCodeRecognizer,
)
from fedtune.scrubbing.recognizers.legal import (
    BarNumberRecognizer,
    CaseNumberRecognizer,
    CompanyRegistrationRecognizer,
    MatterNumberRecognizer,
    PartyRecognizer,
)
from fedtune.scrubbing.recognizers.medical import (
    AccessionNumberRecognizer,
    AgeOver89Recognizer,
    InsuranceMemberIdRecognizer,
    MedicalRecordNumberRecognizer,
    NhsNumberRecognizer,
)
from fedtune.scrubbing.recognizers.organization import OrganizationRecognizer
from fedtune.scrubbing.recognizers.person import TitledPersonRecognizer
from fedtune.scrubbing.recognizers.phone import TelephoneRecognizer
from fedtune.scrubbing.recognizers.web import OfflineEmailRecognizer

from tests.scrub_support import no_network, scrubbed_values  # noqa: F401

THRESHOLD = 0.35  # ScrubSettings.score_threshold's default
UK_ADDRESS = "Studio 58b, Russell Gateway, East Nathanstad WR36 9JA"


def found(recognizer: EntityRecognizer, text: str) -> set[str]:
    """Matches that pass the default threshold without any context word."""
    results = recognizer.analyze(text, recognizer.supported_entities)
    return {text[r.start : r.end] for r in results if r.score >= THRESHOLD}


CASES = [
    # (recognizer, text containing the value, value, near-miss text)
    (MedicalRecordNumberRecognizer, "Patient seen. MRN: 1452754177 today", "1452754177", "Dose 1452754177 units"),
    (MedicalRecordNumberRecognizer, "Hospital No: D3649569", "D3649569", "Ward D3 bed 6"),
    (MedicalRecordNumberRecognizer, "Med Rec #: 168982829", "168982829", "Recorded 168 mg"),
    (AccessionNumberRecognizer, "Specimen accession: H28.078069", "H28.078069", "Haemoglobin H28.0 g/L"),
    (AccessionNumberRecognizer, "sent as SP-2021-004567", "SP-2021-004567", "SP 2021 results"),
    (InsuranceMemberIdRecognizer, "Bupa membership no: W745219816", "W745219816", "W74 bus route"),
    (InsuranceMemberIdRecognizer, "Member ID: 1234567-01", "1234567-01", "member of staff 12"),
    (NhsNumberRecognizer, "NHS No: 943 476 5919", "943 476 5919", "NHS No: 943 476 5918"),
    (AgeOver89Recognizer, "a 92-year-old man", "92", "a 72-year-old man"),
    (AgeOver89Recognizer, "aged 101, lives alone", "101", "aged 81, lives alone"),
    (CaseNumberRecognizer, "Case No. 2:22-cr-03618", "2:22-cr-03618", "at 2:22 pm"),
    (CaseNumberRecognizer, "Index No. 654321/2020", "654321/2020", "scored 6/20"),
    (CaseNumberRecognizer, "No. 2023 L 339805", "2023 L 339805", "in 2023 we filed"),
    (CaseNumberRecognizer, "Docket No. A-1234-21", "A-1234-21", "Docket entries"),
    (MatterNumberRecognizer, "Client-Matter No. 24325-8691", "24325-8691", "Matter of 24 pages"),
    (MatterNumberRecognizer, "Matter No. CM-005999", "CM-005999", "no matter what"),
    (BarNumberRecognizer, "NY Reg. No. 5650849", "5650849", "a bar of 56 members"),
    (BarNumberRecognizer, "State Bar No. 123456", "123456", "State Bar rules"),
    (CompanyRegistrationRecognizer, "(Company No. SC806952)", "SC806952", "the company SC meeting"),
    (CompanyRegistrationRecognizer, "(File No. 5161963)", "5161963", "file size 51 KB"),
    (IbanCodeRecognizer, "IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 33"),
    (IbanCodeRecognizer, "to IE25BOFI98955170382800.", "IE25BOFI98955170382800", "to IE25BOFI98955170382801."),
    (CardNumberRecognizer, "card 4111 1111 1111 1111", "4111 1111 1111 1111", "card 4111 1111 1111 1112"),
    (CardNumberRecognizer, "amex 3782 822463 10005", "3782 822463 10005", "ref 3782 822463 10006"),
    (AccountNumberRecognizer, "from account no. 12345678901 by", "12345678901", "from 12345678901 by"),
    (TelephoneRecognizer, "call (212) 913-3513 ext. 260", "(212) 913-3513 ext. 260", "BP 212/91 and 35"),
    (TelephoneRecognizer, "Phone: +44 20 7946 0037", "+44 20 7946 0037", "dated 2021-03-14"),
    (TelephoneRecognizer, "reach 0113 496 0415 today", "0113 496 0415", "SSN 123-45-6789"),
    (CalendarDateRecognizer, "DOB: 29-Aug-1991", "29-Aug-1991", "take 29 tablets"),
    (CalendarDateRecognizer, "admitted 4/2/28", "4/2/28", "BP 120/80"),
    (CalendarDateRecognizer, "on March 3, 2021 at 3:30 pm", "March 3, 2021 at 3:30 pm", "March forward"),
    (CalendarDateRecognizer, "seen 17.03.1962", "17.03.1962", "pH 17.03"),
    (StreetAddressRecognizer, "at 1777 Kramer Court, Johnsonfurt", "1777 Kramer Court", "for 12 weeks, Court"),
    (StreetAddressRecognizer, f"Lives at {UK_ADDRESS}.", UK_ADDRESS, "grade 3 of 9"),
    (StreetAddressRecognizer, "PSC 0008, Box 0636", "PSC 0008, Box 0636", "box of 36"),
    (OrganizationRecognizer, "paid by Acme Holdings LLC yesterday", "Acme Holdings LLC", "paid by cheque yesterday"),
    (OrganizationRecognizer, "Re: Carrillo, Stevens and Clark", "Carrillo, Stevens and Clark", "salt, pepper and oil"),
    (TitledPersonRecognizer, "Consultant: Dr Leanne Brown", "Leanne Brown", "Dr appointment"),
    (TitledPersonRecognizer, "Name: SUTTON, Gerald  NHS", "SUTTON, Gerald", "NOTE, see below"),
    (TitledPersonRecognizer, "To: Valerie Warren, Esq.", "Valerie Warren", "To: the ward"),
    (PartyRecognizer, "Re: Jessica Glover v. Charles Ltd,", "Jessica Glover", "Re: the appeal"),
    (PartyRecognizer, "and Costa-Fisher (the \"Consultant\")", "Costa-Fisher", "and costs (the fee)"),
]


@pytest.mark.parametrize(("recognizer", "text", "value", "near_miss"), CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_recognizer_finds_its_format_and_not_a_near_miss(recognizer, text: str, value: str, near_miss: str) -> None:
    r = recognizer()
    assert value in found(r, text)
    assert not found(r, near_miss)


def test_checksums_turn_a_weak_match_into_a_confirmed_one() -> None:
    nhs = NhsNumberRecognizer()
    assert [r.score for r in nhs.analyze("ref 9434765919", ["UK_NHS"])] == [1.0]
    assert nhs.analyze("ref 9434765918", ["UK_NHS"]) == []
    assert IbanCodeRecognizer().validate_result("DE89 3704 0044 0532 0130 00")
    assert not IbanCodeRecognizer().validate_result("DE89 3704 0044 0532 0130 01")
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")


def test_bare_numbers_need_a_context_word() -> None:
    assert "7654321" in scrubbed_values("MRN 7654321 on file")
    assert "7654321" not in scrubbed_values("Lot 7654321 of saline")


def test_class_constants_can_be_overridden() -> None:
    class InternalId(MedicalRecordNumberRecognizer):
        CONTEXT = ("unit",)

    assert InternalId().context == ["unit"]
    assert MedicalRecordNumberRecognizer().context != ["unit"]


@pytest.mark.usefixtures("no_network")
def test_email_validation_uses_the_bundled_suffix_list(caplog: pytest.LogCaptureFixture) -> None:
    email = OfflineEmailRecognizer()
    assert found(email, "write to lori_craig66@hotmail.com today") == {"lori_craig66@hotmail.com"}
    assert found(email, "write to j.doe@ward7.local") == {"j.doe@ward7.local"}
    assert not found(email, "the ratio a@b was")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
