"""Issue 16, second round on the seventh corpus's misses (a development corpus): names spelled out or written
surname first in capitals, the "A-" diminutive, names after a role or after "checked by", certificate numbers and
call signs; and the clinical words that look like them, which these rules must leave alone."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.person import CapitalSurnameFirstRecognizer, DoneByPersonRecognizer, TitledPersonRecognizer
from fedtune.scrubbing.recognizers.register import ProfessionalRegisterRecognizer, VehiclePlateRecognizer
from tests.scrub_support import found, gone



@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("for my mother, the name is Cheah, T-E-O-H, she is diabetic", "T-E-O-H"),
        ('In her own words: "I don\'t want A-shan to have to choose for me in the ICU."', "A-shan"),
        ("In his own words: I don't want A-hsiung to decide.", "A-hsiung"),
        ("Presiding judge: Tiiu Kukk.", "Tiiu Kukk"),
        ("Defence counsel: attorney Peeter Saar; prosecutor: Margus Rebane.", "Margus Rebane"),
        ("operator on duty: Zuraidah; on-call doctor: Dr Lim", "Zuraidah"),
        ("Compounded by the master pharmacist; checked by Rumen Gerdzhikov", "Rumen Gerdzhikov"),
        ("cash handed to the agent against receipt, witnessed by 3/O Thura Naing.", "Thura Naing"),
        ("critical result for your patient CHEAH Keat Hin, potassium 6.4 mmol/L", "CHEAH Keat Hin"),
        ("PI: POON Pui-shan   Sentence: 4 years", "POON Pui-shan"),
        ("under the Sworn Translators Act, certificate no. 187, mobile", "187"),
        ("IMO 9074729   Call sign 9HGN90   Flag: Malta", "9HGN90"),
    ],
)
def test_the_name_or_number_is_scrubbed(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "A-line inserted in the left radial artery.",
        "A-fib with rapid ventricular response.",
        "She sat her A-levels last year.",
        "E-waves and A-waves on the mitral inflow.",
    ],
)
def test_english_words_after_a_dash_are_no_diminutive(text: str) -> None:
    assert found(TitledPersonRecognizer(), text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "ICU Admission at 02:00.",
        "MRI Brain: no acute infarct.",
        "CT Head normal.",
        "HIV Negative, HCV Negative.",
        "ECOG Performance status 2.",
        "NYHA Class III symptoms.",
        "WHO Grade II astrocytoma.",
        "GCS Eyes 4, Verbal 5.",
    ],
)
def test_an_acronym_before_a_capitalised_word_is_no_surname(text: str) -> None:
    assert found(CapitalSurnameFirstRecognizer(), text) == set()


@pytest.mark.parametrize(
    "text",
    ["reviewed by Infection Control on Monday", "checked by Pharmacy Stores", "seen by Physiotherapy Outpatients", "made by Hand"],
)
def test_a_team_after_by_is_no_person(text: str) -> None:
    assert found(DoneByPersonRecognizer(), text) == set()


@pytest.mark.parametrize("text", ["certificate of analysis attached", "licence renewed in 2024", "permit holders park on level 2"])
def test_a_certificate_without_its_number_is_kept(text: str) -> None:
    assert found(ProfessionalRegisterRecognizer(), text) == set()


def test_a_call_sign_needs_its_label() -> None:
    assert found(VehiclePlateRecognizer(), "sign 9HGN90 in the log") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("oui cest jocelyne d'amours, elle a de la fièvre", "jocelyne"),
        ("ok merci. mon fils benoît va aller le chercher", "benoît"),
        ("mi hija xiomara tiene fiebre desde ayer", "xiomara"),
        ('note to the station: "tell kwabena to bring her status card"', "kwabena"),
    ],
)
def test_a_lower_case_name_after_a_french_or_spanish_cue_is_scrubbed(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(
    "text",
    ["mon fils va bien depuis hier", "mi hija está mejor hoy", "tell them to call back", "c'est normal pour son âge"],
)
def test_a_cue_before_ordinary_words_finds_no_one(text: str) -> None:
    from fedtune.scrubbing.detect import _lower_case_names

    assert _lower_case_names(text, []) == []


@pytest.mark.parametrize(
    ("entity", "value", "implausible"),
    [
        ("ORGANIZATION", "HW", False),  # a driver's initials
        ("ORGANIZATION", "KMY", False),  # a judge's initials after a case number
        ("ORGANIZATION", "KOR", False),  # a ticker
        ("ORGANIZATION", "A2", True),
        ("LOCATION", "T12", True),
        ("DATE_TIME", "2+", True),
        ("DATE_TIME", "a week", True),
        ("DATE_TIME", "for two days", True),
        # Longer names, dates with a day and a month, and a word with a small letter stay detections.
        ("ORGANIZATION", "NIHB", False),
        ("ORGANIZATION", "Lablink", False),
        ("ORGANIZATION", "BP Healthcare", False),
        ("LOCATION", "Ipoh", False),
        ("DATE_TIME", "9 March", False),
        ("DATE_TIME", "2 weeks before 3 May", False),
        ("PERSON", "TB", False),
    ],
)
def test_what_ner_calls_an_organisation_or_a_date_and_nobody_would(entity: str, value: str, implausible: bool) -> None:
    from fedtune.scrubbing.detect import _implausible

    assert _implausible(entity, value) is implausible
