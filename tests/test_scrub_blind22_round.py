"""Issue 16's round on the twenty-second corpus (bench/blind22.py, research, public health and specialist care and money,
property and family law, a development corpus since its one blind measurement): a police report's number and year, a
suit's number "of" its year, a trial participant's short number, Nordic schools and central hospitals, a French notary's
office, Dutch university medical centres, "attn." and "c/o", a bride and a groom, a Malé house and its street; and the
cancer registry's codes and staging, HGVS protein changes, named G6PD variants, blood groups, embryo grades, vaccine
brands, pension and social-premium terms, codes' articles, and the counts, ages and numbers the NER model calls dates.
The examples are made up in the corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "value"), [
    ("Other driver: plate P 1234\nPolice report 417/23\nDamage: door", "417/23"),
    ("Police 562/24 attended the scene.", "562/24"),
    ("Appear on 4 June (suit 214 of 2023) or a default judgment may follow.", "214 of 2023"),
    ("Participant no. VTE-318   Hosp. no. 55120", "VTE-318"),
    ("Kirkenes skole - helseplan for elev", "Kirkenes skole"),
    ("Site: Gotlands centralsjukhus, Visby", "Gotlands"),
    ("Before Maître Tehei, Office notarial de Punaauia, on 3 May", "Punaauia"),
    ("Sequenced at Erasmusumc and confirmed at Leiden UMC.", "Erasmusumc"),
    ("Sequenced at Erasmusumc and confirmed at Leiden UMC.", "Leiden"),
    ("Aan: Aqualectra N.V., attn. Giselle Martis-Sulvaran\nVan:", "Martis-Sulvaran"),
    ("Groom: Hassan Zuhair, of H. Blue Haven, Sosun Goalhi, tel. 7771234", "Zuhair"),
    ("Groom: Hassan Zuhair, of H. Blue Haven, Sosun Goalhi, tel. 7771234", "Blue Haven"),
    ("Hei Ola: Ingrid's individual health plan was agreed with Torvald's teacher.", "Ingrid"),
    ("Hei Ola: Ingrid's individual health plan was agreed with Torvald's teacher.", "Torvald"),
])
def test_what_research_money_and_family_records_name_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Topography ICD-O-3 C34.1, morphology 8140/3.", "ICD-O-3 C34.1"),
    ("Topography ICD-O-3 C34.1, morphology 8140/3.", "morphology 8140/3"),
    ("Staged pT3 N2a M0, stage IIIB; ISUP grade group 4.", "pT3 N2a M0"),
    ("Staged pT3 N2a M0, stage IIIB; ISUP grade group 4.", "stage IIIB"),
    ("Response assessed by RECIST 1.1; PPS 30% on admission.", "RECIST 1.1"),
    ("Response assessed by RECIST 1.1; PPS 30% on admission.", "PPS 30%"),
    ("BRCA1 c.68_69delAG (p.Glu23Valfs*17) was found.", "p.Glu23Valfs*17"),
    ("Hemizygous for G6PD Mahidol (c.487G>A).", "G6PD Mahidol"),
    ("Blood group A Rh- and antibody screen negative.", "A Rh-"),
    ("Single blastocyst transfer (5AB) on day 5.", "5AB"),
    ("Tdap (Adacel) 0.5 mL IM was given.", "Adacel"),
    ("He worked 14 overtime hours; the AOV/AWW premium was withheld.", "14 overtime hours"),
    ("He worked 14 overtime hours; the AOV/AWW premium was withheld.", "AOV/AWW"),
    ("Her normal pension age 67 and the cash equivalent transfer value follow.", "normal pension age 67"),
    ("under article L. 1111-4 of the Code de la santé publique", "article L. 1111-4"),
    ("under Code of Civil Procedure article 3031", "3031"),
    ("annual breast MRI from age 30 is advised", "from age 30"),
    ("Rent is XPF 95,000 per month, reviewed annual.", "95,000 per month"),
])
def test_the_terms_such_records_keep_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "value"), [
    # A brand kept is never a surname after a title, and a staging pattern shields no one.
    ("Letter to Mr Adacel about the claim.", "Adacel"),
    ("Born 12 March 1948 in Mahidol", "12 March 1948"),
    # A real year after "article" or "report" stays a date where a date is meant.
    ("Reported on 4 April 2024 to the police.", "4 April 2024"),
])
def test_a_kept_term_shields_no_one(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize("text", [
    "The report 3/12 weeks ago was normal.",  # a short number and a fraction of a year are no report number
    "Police attended at 10/12 on the ward.",
    "suit of clothes size 12 of 2",
])
def test_a_report_or_suit_number_needs_its_shape(text: str) -> None:
    assert found(CaseNumberRecognizer(), text) == set()


# An adversarial review of the round tried to make each new rule shield someone or take ordinary text; each case was
# mended and stays here.
@pytest.mark.parametrize(("text", "value"), [
    ("Born in 11-52, he emigrated.", "11-52"),  # two numbers and a dash are a date when the model says so
    ("Reviewed in clinic on 14-11 by the registrar.", "14-11"),
    ("Staff number 4417", "4417"),  # a four-digit number the model calls a date may be an identifier
    ("Badge 3391 was returned.", "3391"),
    ("Patient: Adacel", "Adacel"),  # a brand is kept only in brackets or before a dose, never after a label
    ("Consultant: Comirnaty", "Comirnaty"),
    ("Patient: Havrix", "Havrix"),
])
def test_what_the_review_tried_to_shield_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Patients report 150/90 on home monitoring.", "150/90"),
    ("Randomisation: ABT-199 or placebo", "ABT-199"),
    ("Seen in the Physiotherapy gymnasium.", "gymnasium"),
    ("Action 3 of 2024: reduce waiting times.", "Action 3"),
    ("Parkinson's care plan reviewed; the patient's mother and Down's syndrome clinic.", "Parkinson's care plan"),
])
def test_what_the_review_tried_to_over_scrub_is_left(text: str, term: str) -> None:
    assert survives(text, term)


def test_an_incident_report_s_blood_pressure_is_no_case_number() -> None:
    assert found(CaseNumberRecognizer(), "Incident report 120/80 noted by HCA") == set()
