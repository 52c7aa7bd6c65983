"""Issue 16's second round on the fourteenth corpus (bench/blind14.py, conversations, a development corpus): a forename
and surname typed in lower case after a cue even when the forename is also a word, a lower-case surname after a found
forename, "its" as chat types "it's", British driving licences as a card prints them with spaces, numbered streets and
rural routes, and a day of the month after a verb of an event. Each rule has a case where it must find nothing. The
examples are made up in the corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.address import StreetAddressRecognizer
from fedtune.scrubbing.recognizers.date import CalendarDateRecognizer
from fedtune.scrubbing.recognizers.identity import DriverLicenseRecognizer
from tests.scrub_support import found, gone, shared_detector, survives


@pytest.mark.parametrize(("text", "name"), [
    ("complaint: my dad mick bradwell was sent home in a taxi", "mick bradwell"),  # "mick" is a word, Bradwell a surname
    ("head is mrs oakes, senco holly bramley", "holly bramley"),  # a census forename that is also a word
    ("hi my ex reg dawson took the car", "reg dawson"),
    ("its brandon hirst, policy attached", "brandon hirst"),  # "its" typed for "it's"
])
def test_a_forename_that_is_a_word_goes_with_the_surname_after_it(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(("text", "term"), [
    ("my son will pick it up from the chemist", "pick"),
    ("my dad went home and took his tablets", "went home"),
    ("the head is clear, no bleeding", "clear"),
    ("its dated last month and its cold in the flat", "cold"),
])
def test_a_cue_before_ordinary_words_finds_nobody(text: str, term: str) -> None:
    assert survives(text, term)


def test_a_surname_typed_in_lower_case_joins_the_forename_found_elsewhere() -> None:
    # A record's fields are one group: the forename the assistant capitalises is hunted for in the user's turn.
    fields = ["got a claim form from the council", "What's your name?", "shannon fairclough. came monday",
              "Thanks, Shannon. Can I take your address?"]
    found_spans = shared_detector().detect([fields])[0]
    answer = fields[2]
    taken = {answer[d.start : d.end] for d in found_spans[2]}
    assert "shannon fairclough" in taken


@pytest.mark.parametrize("text", [
    "Thanks, Shannon. shannon said she would ring",  # a stop word after the forename
    "Thanks, Shannon. shannon pls ring back",  # chat shorthand in no dictionary, not ending the clause
])
def test_no_word_after_a_lower_case_forename_is_taken_for_a_surname(text: str) -> None:
    assert survives(text, "said" if "said" in text else "ring back")


@pytest.mark.parametrize(("text", "licence"), [
    ("licence BRAMW 704201 P99XZ, no points", "BRAMW 704201 P99XZ"),
    ("DL: OAKES 861154 HJ9LK", "OAKES 861154 HJ9LK"),
    ("licence MORGA753116SM9IJ", "MORGA753116SM9IJ"),
])
def test_a_british_driving_licence_goes_with_or_without_its_spaces(text: str, licence: str) -> None:
    assert licence in found(DriverLicenseRecognizer(), text)
    assert gone(text, licence)


def test_a_gene_panel_code_of_the_same_length_is_no_licence() -> None:
    assert found(DriverLicenseRecognizer(), "Panel BRCA1 ABCDE 123456 XY9ZZ negative") == set()


@pytest.mark.parametrize(("text", "address"), [
    ("we're at 13 4th Ave, Drumheller, ring when close", "13 4th Ave, Drumheller"),
    ("we are in 60 4th Main, Kuvempunagar", "60 4th Main, Kuvempunagar"),
    ("we're at 154 Rte 10 past the church", "154 Rte 10"),
    ("were at Mile 28 Hwy 2 W when the road opens", "Mile 28 Hwy 2 W"),
    ("ring the shed at the block, Lot 13 Sturt Hwy", "Lot 13 Sturt Hwy"),
    ("or Block 612 Ral Ral Ave after 5", "Block 612 Ral Ral Ave"),
])
def test_numbered_streets_and_rural_routes_go(text: str, address: str) -> None:
    assert address in found(StreetAddressRecognizer(), text)
    assert gone(text, address)


@pytest.mark.parametrize("text", [
    "Seen on the 4th floor. Route 2 of 5 in the protocol.",
    "Take 2 tablets on the 4th day; 20 1st class stamps.",
])
def test_ordinals_and_routes_are_no_street(text: str) -> None:
    assert found(StreetAddressRecognizer(), text) == set()


@pytest.mark.parametrize(("text", "date"), [
    ("court date the 8th 9am at the county court", "8th"),
    ("reported it the 11th, photos attached", "11th"),
    ("rent was paid the 3rd.", "3rd"),
])
def test_a_day_of_the_month_after_an_event_goes(text: str, date: str) -> None:
    assert date in found(CalendarDateRecognizer(), text)


@pytest.mark.parametrize("text", ["we moved the 5th floor desks", "paid the 3rd invoice late", "came the 2nd time"])
def test_an_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert found(CalendarDateRecognizer(), text) == set()


@pytest.mark.parametrize(("text", "place"), [
    ("its the blue house behind the Caltex on Mulgrave Rd, dogs friendly", "Caltex on Mulgrave Rd"),
    ("the trailer past the old Hardee’s on Main. ring first", "Hardee’s on Main"),
    ("a van hit me by the Tesco on Boston Rd in Spalding", "Tesco on Boston Rd"),
])
def test_directions_by_a_landmark_on_a_street_go(text: str, place: str) -> None:
    assert gone(text, place)


@pytest.mark.parametrize("text", [
    "Press Next on the screen; go past Results on Main Menu",
    "Seen by the Registrar on Monday.",
])
def test_a_capitalised_word_on_a_word_is_no_landmark(text: str) -> None:
    assert found(StreetAddressRecognizer(), text) == set()


@pytest.mark.parametrize(("text", "term"), [
    ("The drug and its metabolites are renally cleared; its hepatotoxicity is dose related.", "hepatotoxicity"),
    ("Its bioavailability is about 50%.", "bioavailability"),  # "its" is a cue only opening a chat line
    ("Started by Oncology on PD-1 therapy last week.", "Oncology"),  # a landmark needs "the" before it
    ("Income as reported by Plaintiff on W-2 for the year.", "Plaintiff on W-2"),
])
def test_a_possessive_its_and_a_drug_or_form_on_a_department_find_nobody(text: str, term: str) -> None:
    assert survives(text, term)
