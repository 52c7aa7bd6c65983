"""Each domain recognizer finds its format, confirms checksums, and stays quiet on near-misses."""

from __future__ import annotations

import logging

import pytest

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

from tests.scrub_support import found, no_network, scrubbed_values  # noqa: F401

UK_ADDRESS = "Studio 58b, Russell Gateway, East Nathanstad WR36 9JA"


CASES = [
    # (recognizer, text containing the value, value, near-miss text)
    (MedicalRecordNumberRecognizer, "Patient seen. MRN: 1452754177 today", "1452754177", "Dose 1452754177 units"),
    (MedicalRecordNumberRecognizer, "Hospital No: D3649569", "D3649569", "Ward D3 bed 6"),
    (MedicalRecordNumberRecognizer, "Med Rec #: 168982829", "168982829", "Recorded 168 mg"),
    (AccessionNumberRecognizer, "Specimen accession: H28.078069", "H28.078069", "Haemoglobin H28.0 g/L"),
    (AccessionNumberRecognizer, "sent as SP-2021-004567", "SP-2021-004567", "SP 2021 results"),
    (AccessionNumberRecognizer, "the specimen (H23/59855) shows", "H23/59855", "BP 123/59 today"),
    (AccessionNumberRecognizer, "Exam ID 2472679486", "2472679486", "Exam 2472679486"),
    (MedicalRecordNumberRecognizer, "Hosp. No. WTO7474888", "WTO7474888", "Hosp. ward 4"),
    (MedicalRecordNumberRecognizer, "hosp no XPZ1537021", "XPZ1537021", "dose 1537021 units"),
    (MedicalRecordNumberRecognizer, "Unit No. ZPF4916881", "ZPF4916881", "Unit 4 bed 9"),
    (MedicalRecordNumberRecognizer, "Referral - (232-11-905)", "232-11-905", "SSN 232-11-9051"),
    (InsuranceMemberIdRecognizer, "ID VG0540151-01   Group", "VG0540151-01", "id 12 of 30"),
    (InsuranceMemberIdRecognizer, "Policy/ID No. LI6138142-01", "LI6138142-01", "policy of 2019"),
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
    (MatterNumberRecognizer, "quoting M1911925.", "M1911925", "quoting Lord Denning."),
    (MatterNumberRecognizer, "Our letter YET/414539/RK", "YET/414539/RK", "and/or 414539"),
    (CaseNumberRecognizer, "Defendant.\n\n208470/2021\n", "208470/2021", "scored 47/2021x"),
    (BarNumberRecognizer, "NY Reg. No. 5650849", "5650849", "a bar of 56 members"),
    (BarNumberRecognizer, "State Bar No. 123456", "123456", "State Bar rules"),
    (CompanyRegistrationRecognizer, "(Company No. SC806952)", "SC806952", "the company SC meeting"),
    (CompanyRegistrationRecognizer, "(File No. 5161963)", "5161963", "file size 51 KB"),
    (CompanyRegistrationRecognizer, "Acme Inc. (6235837) appointed", "6235837", "Acme Inc. (2019) appointed"),
    # A failed check digit no longer drops an IBAN (test_checksums_...): the near misses are other shapes.
    (IbanCodeRecognizer, "IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 12"),
    (IbanCodeRecognizer, "to IE25BOFI98955170382800.", "IE25BOFI98955170382800", "to IE25-BOFI-9895."),
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
    (CalendarDateRecognizer, "(born 07/1998)", "07/1998", "BP 120/1998 is absurd but 13/1998 too"),
    (StreetAddressRecognizer, "at 1777 Kramer Court, Johnsonfurt", "1777 Kramer Court, Johnsonfurt", "for 12 weeks, Court"),
    (StreetAddressRecognizer, "at 48 Lakeview Way, Paisley.", "48 Lakeview Way, Paisley", "in 48 hours, Paisley"),
    (StreetAddressRecognizer, f"Lives at {UK_ADDRESS}.", UK_ADDRESS, "grade 3 of 9"),
    (StreetAddressRecognizer, "PSC 0008, Box 0636", "PSC 0008, Box 0636", "box of 36"),
    (OrganizationRecognizer, "paid by Acme Holdings LLC yesterday", "Acme Holdings LLC", "paid by cheque yesterday"),
    (OrganizationRecognizer, "Re: Carrillo, Stevens and Clark", "Carrillo, Stevens and Clark", "salt, pepper and oil"),
    (OrganizationRecognizer, "to St Hilda's Hospital, Stockport with", "St Hilda's Hospital, Stockport", "to hospital, Stockport"),
    (OrganizationRecognizer, "wrote to Wessex Building Society today", "Wessex Building Society", "a building society"),
    (OrganizationRecognizer, "Yours faithfully\n\nWard & Crawford\n", "Ward & Crawford", "salt & pepper"),
    (TitledPersonRecognizer, "Consultant: Dr Leanne Brown", "Leanne Brown", "Dr appointment"),
    (TitledPersonRecognizer, "Name: SUTTON, Gerald  NHS", "SUTTON, Gerald", "NOTE, see below"),
    (TitledPersonRecognizer, "To: Valerie Warren, Esq.", "Valerie Warren", "To: the ward"),
    (TitledPersonRecognizer, "MEMBER: Walker, Timothy   DOB", "Walker, Timothy", "MEMBER: see below"),
    (TitledPersonRecognizer, "\n\nDear Benjamin\n\nWould", "Benjamin", "\n\nDear Sir or Madam,\n"),
    (TitledPersonRecognizer, "Subject: x\n\nSean -\n\nWould", "Sean", "Subject: x\n\nPlan -\n"),
    (TitledPersonRecognizer, "with a date. Best, Vasco", "Vasco", "with a date. Best, The Team"),
    (TitledPersonRecognizer, "Margaret Payne (male) 12/03/1960", "Margaret Payne", "Crohn's disease (mild)"),
    (TitledPersonRecognizer, "Dated: today\n\nBautista Tormo Núñez\nUnited States District Judge", "Bautista Tormo Núñez", "Dated: today\n\nUnited States District Judge"),
    (TitledPersonRecognizer, "Requesting clinician: A. Soyinka\n", "A. Soyinka", "clinician: as above"),
    (TitledPersonRecognizer, "DEPOSITION OF Todd Daniels\n", "Todd Daniels", "deposition of the witness"),
    (PartyRecognizer, "Re: Jessica Glover v. Charles Ltd,", "Jessica Glover", "Re: the appeal"),
    (PartyRecognizer, "Re: Glover v Charles Ltd,", "Glover", "Under Anderson"),
    (PartyRecognizer, "and Costa-Fisher (the \"Consultant\")", "Costa-Fisher", "and costs (the fee)"),
    (StreetAddressRecognizer, "Addr: 68 Ashgrove Street, Spokane NV 73305   Tel", "68 Ashgrove Street, Spokane NV 73305", "WBC 73305 on day 3"),
    (StreetAddressRecognizer, "Home: 12 Oak Rd, North Curtisstad IA 21702\n", "12 Oak Rd, North Curtisstad IA 21702", "Dose 21702 units"),
    (StreetAddressRecognizer, "Apt 2\nAlbany ME\n05696-3946\n", "Albany ME\n05696-3946", "Hb 128 g/L, 2021-2022"),
    (StreetAddressRecognizer, "420 Butler Loaf, Ottawa X2V 7H3\nBar", "420 Butler Loaf, Ottawa X2V 7H3", "ECG V2 V3 normal"),
    (StreetAddressRecognizer, "Saskatoon SK J2S3V4   Tel", "Saskatoon SK J2S3V4", "H1N1 and J2S in 2019"),
    (StreetAddressRecognizer, "Miss Ryan\nGalway\nR13 YNCY\n", "Galway\nR13 YNCY", "ICD-10 K50.9 and E11.9"),
    (StreetAddressRecognizer, "Address: 96 McClean Street, Drogheda, D27 C4V0\n", "96 McClean Street, Drogheda, D27 C4V0", "FiO2 0.35, PEEP 8"),
    (StreetAddressRecognizer, "Mr Jones\nToowoomba ACT\n", "Toowoomba ACT", "Member ID\nABC12345"),
    (CompanyRegistrationRecognizer, "registered under no. 7537510-0;", "7537510-0", "registered under the Act"),
    (CompanyRegistrationRecognizer, "(company number 676 195 127)", "676 195 127", "company of 676 people"),
    (CaseNumberRecognizer, "receipt no. MSC9141314562.", "MSC9141314562", "receipt of MSC results"),
    (CaseNumberRecognizer, "LCIA Arbitration No. 14451/BBP", "14451", "arbitration in 2019"),
    (CalendarDateRecognizer, "Entered Feb-2020; lives", "Feb-2020", "Feb-20 dose"),
    (CalendarDateRecognizer, "in Dec '16.", "Dec '16", "in Dec."),
    (CalendarDateRecognizer, "HANDOVER - 14-DEC-22 1705H\n", "14-DEC-22 1705H", "bed 14 - DEC"),
    (TelephoneRecognizer, "Ms. Ryan (091) 942077.", "(091) 942077", "(0.91) 94"),
    (TelephoneRecognizer, "on (02) 8164 9951 at", "(02) 8164 9951", "score (2) 81"),
    (InsuranceMemberIdRecognizer, "Under policy POL/95956/11 the loss", "POL/95956/11", "policy of 2019/20"),
    (AccessionNumberRecognizer, "Accession #: H24.54460\n", "H24.54460", "Hb 24.5 g/L"),
    (OrganizationRecognizer, "solicitors, Danaher O'Hurley Lawyers, acting", "Danaher O'Hurley Lawyers", "the lawyers acting"),
    (OrganizationRecognizer, "NOTE - Saskatoon Rehab Centre\n", "Saskatoon Rehab Centre", "NOTE - rehab centre"),
    (OrganizationRecognizer, "Partner | Davies Walsh Legal\n", "Davies Walsh Legal", "Senior Legal Counsel"),
    (OrganizationRecognizer, "GP record (The Gill Surgery, Dr", "The Gill Surgery", "The General Surgery team"),
    (OrganizationRecognizer, "\nUniversity Hospital Galway\n", "University Hospital Galway", "hospital Galway"),
    (TitledPersonRecognizer, "RN: C. Green\n", "C. Green", "RN: see chart"),
    (TitledPersonRecognizer, "Client: J Smith   D.O.B.", "J Smith", "Client: as above"),
    (TitledPersonRecognizer, "Representative: Trevor Jones of", "Trevor Jones", "Representative: the union"),
    (TitledPersonRecognizer, "Handover from M Byrne RN to Killian\n", "Killian", "handover to night team"),
    (TitledPersonRecognizer, "CASE NOTES - K Mac Giolla\n", "K Mac Giolla", "Mac Pro laptop"),
    (TitledPersonRecognizer, "ESTATE OF CAOLAIN MCGLINCHY DECEASED\n", "CAOLAIN MCGLINCHY", "real estate of the company"),
    (TitledPersonRecognizer, "thud. Witness G Turner (HCA) heard", "G Turner", "Witness statement (HCA) heard"),
    (TitledPersonRecognizer, "Guarantor: Fisher, Daniel.", "Fisher, Daniel", "Guarantor: as above"),
    (TitledPersonRecognizer, "Yours sincerely\nCrystal White\nPartner", "Crystal White", "Yours sincerely\nThe Team\n"),
    (TitledPersonRecognizer, "IMMIGRATION CASE NOTES - M. Humphrey\n", "M. Humphrey", "DISCHARGE SUMMARY - Cardiology\n"),
    (StreetAddressRecognizer, "Seat: Galway. Governing law", "Galway", "Seat belt worn. Galway"),
    (StreetAddressRecognizer, "\nMade at North Amandafort on 3 May", "North Amandafort", "Made at home on 3 May"),
    (OrganizationRecognizer, "Claim: Fairhaven Health Plans W02", "Fairhaven Health Plans", "claim: health plans"),
]


@pytest.mark.parametrize(("recognizer", "text", "value", "near_miss"), CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_recognizer_finds_its_format_and_not_a_near_miss(recognizer, text: str, value: str, near_miss: str) -> None:
    r = recognizer()
    assert value in found(r, text)
    assert not found(r, near_miss)


def test_checksums_raise_a_score_and_never_drop_a_match() -> None:
    nhs = NhsNumberRecognizer()
    assert [r.score for r in nhs.analyze("ref 9434765919", ["UK_NHS"])] == [1.0]
    # A failed check digit is a typo or a sample number, still someone's identifier-shaped data.
    assert [r.score for r in nhs.analyze("ref 9434765918", ["UK_NHS"])] == [0.3]
    assert IbanCodeRecognizer().validate_result("DE89 3704 0044 0532 0130 00") is True
    assert IbanCodeRecognizer().validate_result("DE89 3704 0044 0532 0130 01") is None
    assert [r.score for r in IbanCodeRecognizer().analyze("DE89 3704 0044 0532 0130 01", ["IBAN_CODE"])] == [0.4]
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")


def test_bare_numbers_need_a_context_word() -> None:
    assert "7654321" in scrubbed_values("MRN 7654321 on file")
    assert "7654321" not in scrubbed_values("Lot 7654321 of saline")
    assert "9441553" in scrubbed_values("PATIENT: Ann Lee    DOB: 12/03/1960    9441553")
    assert "EJC6953534" in scrubbed_values("Subject: Referral - Ann Lee (EJC6953534)")
    assert "ABC1234567" not in scrubbed_values("Batch ABC1234567 of saline")


def test_lab_values_and_doses_are_no_identifiers() -> None:
    values = scrubbed_values("Ki-67 index 30% and PD-L1 TPS 60%; WBC 1234567 units")
    assert not values & {"30", "60", "1234567", "Ki-67", "PD-L1 TPS"}


def test_a_person_in_a_pleading_caption_after_a_cited_case_is_still_found() -> None:
    values = scrubbed_values("Under Anderson v. Liberty Lobby, Inc., the motion fails. Re: Glover v Charles Ltd")
    assert any("Glover" in v for v in values) and not any("Anderson" in v or "Under" in v for v in values)


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
