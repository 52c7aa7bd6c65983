"""Issue 16's first round on the sixteenth corpus (bench/blind16.py, instruction data built from documents, a development
corpus since its one blind measurement): a claim by its number and year, laws cited by chapter in brackets and US state
codes without a section sign kept, and two clinical scores kept. Each rule has a case where it must find nothing. The
examples are made up in the corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from tests.scrub_support import found, gone, kept, scrubbed_values, survives


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


# An adversarial review of this round's keep rules found each case below leaking; the rules were narrowed. Made up in
# the shapes the review tried, not copied from any corpus.
@pytest.mark.parametrize(("text", "value"), [
    # A dotted date or phone number after initials that read as a state code is no section.
    ("Patient M.C.A. 04.11.1962 seen today", "04.11.1962"),
    ("Reviewed and signed C.R.S. 14.02.2025", "14.02.2025"),
    ("Nurse O.R.S. 12.03.24 review", "12.03.24"),
    ("Ward round, R.S.Mo. 03.05.2024", "03.05.2024"),
    ("Call M.C.L. 555.0192 after six.", "555.0192"),
    ("Pt N.R.S. 12-34567 attended", "12-34567"),
    # A law by its chapter claims no name before it across a line end, after "and the", or in capitals.
    ("Accused Ngozi Okafor\nCriminal Law (Cap. 77) s. 319", "Ngozi Okafor"),
    ("Accused Ngozi Okafor and the Criminal Law (Cap. 77) s. 319", "Ngozi Okafor"),
    ("Complainant Sipho Dlamini of Manzini\nCustomary Law (Cap. 4) s. 3", "Sipho Dlamini"),
    ("Tumelo Banda and the Penal Code (Cap. 08:01) s. 291", "Tumelo Banda"),
    ("TUMELO BANDA Penal Code (Cap. 08:01) s. 291", "TUMELO BANDA"),
    ("The complainant, Mpho Kgosi\nPenal Code (Cap. 08:01) s. 291", "Mpho Kgosi"),
    ("Applicant Grace Mensah and the Marriage Ordinance (Cap. 127) s. 41", "Grace Mensah"),
    # The Oxford scale after a title is a surname.
    ("Dr Oxford scale 2/5 assessment", "Oxford"),
    ("Sister Oxford grade 5 reviewed", "Oxford"),
    # A party named after its part, with no colon.
    ("Accused Kagiso Molefe pleaded not guilty.", "Kagiso Molefe"),
    ("Witness Kagiso Molefe\nChildren's Ordinance (Cap. 28) s. 12", "Kagiso Molefe"),
    ("the witness Grace Mensah said she saw him", "Grace Mensah"),
])
def test_the_narrowed_keep_rules_shield_nothing_personal(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize("term", [
    "K.S.A. 8-1567", "O.R.S. 163.160(1)(a)", "RCW 9A.36.031", "RCW 46.61.502", "A.R.S. 13-1203", "Minn. Stat. 609.2231",
    "Wis. Stat. 940.19", "Criminal Procedure and Evidence Act (Cap. 08:02) s. 5", "Children's Ordinance (Cap. 28) s. 12",
    "Police and Criminal Evidence Act 1984", "Oxford grade 4",
])
def test_the_narrowed_keep_rules_still_keep_their_laws_and_scales(term: str) -> None:
    assert kept(term)


@pytest.mark.parametrize("text", ["Witness Statement Form", "Patient Education Leaflet", "Client Care Letter"])
def test_a_party_word_before_english_words_names_no_one(text: str) -> None:
    assert scrubbed_values(text) == set()


# A second round on this corpus's remaining misses, in shapes made up here.
@pytest.mark.parametrize(("text", "value"), [
    ("I give my farmland, the SW 1/4 of Section 25, Township 16 North, Range 29 West, to my son.",
     "the SW 1/4 of Section 25, Township 16 North, Range 29 West"),
    ("the NE 1/4 of the NW 1/4 of Sec. 3, T. 12 N., R. 7 E. passes to her", "Sec. 3, T. 12 N., R. 7 E"),
    ("I saw the truck run the light at 9th and Crawford.", "9th and Crawford"),
    ("It happened near Main & 3rd Street at dusk.", "Main & 3rd Street"),
    ("BOTSWANA POLICE SERVICE - Francistown Police Station", "Francistown"),
    ("Reported at Selebi-Phikwe Police Station on Monday.", "Selebi-Phikwe"),
    ("Plan: review in 7 days; crisis line if Mr M. deteriorates.", "M."),
    ("Yours sincerely,\nT. Ramokgadi\ncc: Mr C., Ms D.", "C."),
    ("| 2024-03-01 | stopped by Ofc. Her and Ofc. Vang |", "Her"),
])
def test_the_second_round_finds_land_crossings_stations_and_initials(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Fractures of the 5th and 6th ribs on the left.", "5th and 6th ribs"),  # ordinals without a street's name
    ("Section 25 of the Act, read with Section 26.", "Section 25"),
    ("Mr. and Mrs. Patel attended with the Marriage Ordinance (Cap. 127) in hand.", "Marriage Ordinance (Cap. 127)"),
])
def test_the_second_round_leaves_counts_sections_and_stations_without_a_town(text: str, term: str) -> None:
    assert survives(text, term)
