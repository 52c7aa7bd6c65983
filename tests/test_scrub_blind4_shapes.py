"""Shapes of issue 16's fourth corpus (bench/blind4.py), written as formats: each keep rule with a test that it
shields no person, each recognizer with a positive and a negative case."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from fedtune.scrubbing.keep import KeepList
from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from fedtune.scrubbing.recognizers.medical import MedicalRecordNumberRecognizer
from fedtune.scrubbing.recognizers.person import InitialsRecognizer, TitledPersonRecognizer
from fedtune.scrubbing.recognizers.register import VehiclePlateRecognizer

from tests.scrub_support import detected, found, kept, scrubbed_values


# ---------------------------------------------------------------- keep rules: the shape survives


@pytest.mark.parametrize(
    "term",
    [
        "Agatston score 412", "Fazekas grade 2", "Naranjo score 6", "IRIS stage 2", "CTCAE v5.0 grade 3",
        "Modic type 1", "PI-RADS 4", "BI-RADS 3", "Kerley B lines", "Salter-Harris II fracture", "Chiari I malformation",
        "a Segond fracture", "a Hill-Sachs lesion", "T4 68 nmol/L", "SDMA 19 ug/dL", "FeLV negative", "CPT 72148",
        "HCPCS J0885", "Protocol KAL-118-301", "NZ$1,885.00", "S$2,400", "30 mg SID", "240 mg IV Q2W", "Schedule II",
        "Residential Tenancies Act 1986, s 40(1)(a)", "section 6(1)", "s. 267.5", "the Tenancy Tribunal",
        "IRDAI (Health Insurance) Regulations, 2016", "Women’s Charter 1961", "Ley Orgánica 4/2000",
        "Real Decreto 1155/2024", "modelo 790 código 052", "Section 482 Cr.P.C.", "Order XXXIX Rules 1 and 2 CPC",
        "Case Management Conference", "Motion for directions", "call at 0300", "NIV overnight", "Surah Yasin",
        "Psalm 23", "the Heart Sutra", "Sacrament of the Sick",
    ],
)  # fmt: skip
def test_blind4_shapes_survive(term: str) -> None:
    assert kept(term)


# ---------------------------------------------------------------- keep rules: no shape shields a person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Braden grade 3 was reviewed.", "Braden"),
        ("Reviewed Emily Fazekas score 4 today.", "Emily Fazekas"),
        ("Seen with Mr Kerley B lines were clear.", "Kerley"),
        ("Emily's fracture was reduced by Dr Segond.", "Segond"),
        ("Mr LEE 68 nmol/L was the level.", "LEE"),
        ("Jane McDonald positive for flu was isolated.", "Jane McDonald"),
        ("Patient Sione Tupou, seen at 0300 by the team.", "Sione Tupou"),
        ("Priya Banerjee appealed under section 6(1) of the Act.", "Priya Banerjee"),
        ("Aroha Ngata wrote to the Tenancy Tribunal.", "Aroha Ngata"),
        ("Siobhán Ní Bhriain filed a Motion to Dismiss.", "Siobhán Ní Bhriain"),
        ("Maryam Qaddoura asked for Surah Yasin.", "Maryam Qaddoura"),
    ],
)
def test_blind4_shapes_never_shield_a_person(text: str, name: str) -> None:
    assert any(name in v for v in scrubbed_values(text))


def test_a_house_number_after_at_is_no_time_of_day() -> None:
    spans = KeepList.load(["medical", "legal"]).spans("They live at 1411 Belmont Way.")
    assert spans == []


def test_a_standard_is_no_case_type() -> None:
    assert "ISO 27001/2022" not in found(CaseNumberRecognizer(), "certified to ISO 27001/2022 last year")


def test_legislation_by_number_and_year_is_no_index_number() -> None:
    assert not found(CaseNumberRecognizer(), "under Real Decreto 1155/2024 we need")


def test_a_year_after_at_is_no_time_of_day() -> None:
    assert KeepList.load(["medical"]).spans("priced at 2019 rates") == []


# ---------------------------------------------------------------- recognizers: found, and near misses not


@pytest.mark.parametrize(
    ("recognizer", "text", "value"),
    [
        (CaseNumberRecognizer, "1  2022 No. 6305 P  Maryam Al-Otaibi -v- X Ltd", "2022 No. 6305 P"),
        (CaseNumberRecognizer, "2. CS(COMM) 684/2024  Naidu Agro Exports", "CS(COMM) 684/2024"),
        (CaseNumberRecognizer, "3. CRL.M.C. 1450/2024  STATE", "CRL.M.C. 1450/2024"),
        (CaseNumberRecognizer, "IN THE AUTHORITY\n[2023] NZERA 371\nBETWEEN", "[2023] NZERA 371"),
        (MedicalRecordNumberRecognizer, "Subject no.: 982-1532   Initials: IWO", "982-1532"),
        (VehiclePlateRecognizer, "a 2019 Ford Escape, Ontario plate EXRM 868?", "EXRM 868"),
        (TitledPersonRecognizer, "[9:44 PM] Maite: OK. For a renewal", "Maite"),
        (TitledPersonRecognizer, "last name spelled M-E-N-D-E-Z, MRN", "M-E-N-D-E-Z"),
        (InitialsRecognizer, "Initials: M-D   Year of birth", "M-D"),
        (TitledPersonRecognizer, "A. Dr. Ó hAodha, at the clinic", "Ó hAodha"),
        (TitledPersonRecognizer, "[14] Ms ter Horst worked there", "ter Horst"),
    ],
)
def test_blind4_formats_are_found(recognizer: type[EntityRecognizer], text: str, value: str) -> None:
    assert value in found(recognizer(), text)


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (CaseNumberRecognizer, "Protocol KAL-118-301   Site 082"),
        (CaseNumberRecognizer, "as held in [2019] EWHC 123 (Ch), the duty"),
        (MedicalRecordNumberRecognizer, "the subject of the letter is the plan"),
        (VehiclePlateRecognizer, "fixed with a plate and 4 screws"),
        (TitledPersonRecognizer, "[10:04] Customer: I moved house"),
        (TitledPersonRecognizer, "the word was spelled correctly"),
        (InitialsRecognizer, "Initials: none recorded"),
    ],
)
def test_blind4_near_misses_are_not_found(recognizer: type[EntityRecognizer], text: str) -> None:
    assert not found(recognizer(), text)


# ---------------------------------------------------------------- names: the whole name goes, ordinary words stay


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("this is doctor bethan urquhart dictating on the scan.", {"bethan urquhart"}),
        ("my cousin juan pablo ramírez olvera gave me this number", {"juan pablo ramírez olvera"}),
        ("From: morag.llewellyn@lettings-mail.com\n\nhi morag,\nthe bond is due.", {"morag"}),
        ("Sat with her brother Ayọ̀dèjì Akinwande (ayọ̀dèjì on the visitor list).", {"Ayọ̀dèjì Akinwande", "ayọ̀dèjì"}),
        ("The manager, Lujain bint Faisal Al-Zahrani, gave no warning.", {"Lujain bint Faisal Al-Zahrani"}),
        ("Dr Gareth ap Rhys reviewed the file.", {"Gareth ap Rhys"}),
    ],
)
def test_blind4_names_are_scrubbed_whole(text: str, names: set[str]) -> None:
    values = scrubbed_values(text)
    assert all(any(name in v for v in values) for name in names), values


def test_lower_case_cues_before_english_words_find_no_one() -> None:
    text = "hi all, my sister said the doctor on call would ring. Hope is fine and hope remains."
    assert not [v for e, v in detected(text) if e == "PERSON"]


def test_a_name_found_in_title_case_is_not_hunted_in_lower_case_when_it_is_an_english_word() -> None:
    values = scrubbed_values("Patient: Hope Tupou. We hope to discharge her.")
    assert "Hope Tupou" in values and "hope" not in values


def test_an_email_address_of_english_words_names_no_one() -> None:
    values = scrubbed_values("Write to records.office@clinic.example.org; the records office replies.")
    assert not {"records", "office"} & values


def test_a_court_list_hearing_is_not_swallowed_by_the_name_before_it() -> None:
    text = "2024-DR-001234-O  In re the Marriage of Bùi Thị Thu Trang and Earl D'Angelo  Case Management Conference"
    values = scrubbed_values(text)
    assert not any("Conference" in v for v in values)
    assert any("Bùi Thị Thu Trang" in v for v in values) and any("D'Angelo" in v for v in values)


def test_an_address_prefix_inside_a_word_is_no_street() -> None:
    text = "I find he has established an unfair dismissal. Remedy: reinstatement."
    assert not [v for e, v in detected(text) if e == "ADDRESS"]
