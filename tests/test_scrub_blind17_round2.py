"""Issue 16's second round on the seventeenth corpus (bench/blind17.py, text typed by the public and by staff in a hurry,
a development corpus since its one blind measurement): days and months without a year after a word that dates them,
a diary's entries, lower-case streets by a landmark, towns, postcodes and practices typed into a form's fields,
lower-case surnames after a title, a caller's own name and a relative's in lower case, names before an age and sex,
nicknames by who calls them it, and numbers read out with "triple". Each rule has cases where it must find nothing.
The examples are made up in the corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.person import QuotedNicknameRecognizer
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "value"), [
    # A day and a month without a year, after a word that dates them, in either order when the day cannot be a month.
    ("next visit 19/7 - Sister Okafor", "19/7"),
    ("gave notice to quit for 12/11. her son studies", "12/11"),
    ("On 14/10 he text me from a new number", "14/10"),  # "n/10" is a score only where nothing dates it
    ("on or about 4/22 i paid him $800 cash", "4/22"),
    ("running out 28/2. also did my bloods come back", "28/2"),
    # A diary's entries opened by the date and a dash.
    ("6/8 - bass through the wall till 2am", "6/8"),
    ("the 17th - his van across the drive again", "the 17th"),
    # The day of this month after a cue, before a name, a quote or a clock time.
    ("On the 19th Marjorie said I was a liability", "19th"),
    ("the manager told him on the 22nd 'dont bother coming in'", "22nd"),
    ("home visit the 4th 10.15 - Dunne family", "4th"),
    ("running out the 11th. also need a sick note", "11th"),
    ("notice to quit for the 3rd. her daughter", "3rd"),
    # A lower-case month and day after "on" or "about", and a day before "may" after "out".
    ("On may 9 she text me saying", "may 9"),
    ("on or about june 30 i paid", "june 30"),
    ("running out 3 may. pls renew", "3 may"),
    # A date read out whose day is "twenty second": no length of time.
    ("date of birth the twenty second of march nineteen fifty my nhs number", "the twenty second of march nineteen fifty"),
    # A number read out with "triple".
    ("phone me on oh seven triple four double two oh nine one cheers", "oh seven triple four double two oh nine one"),
    # A lower-case street by a landmark, and its town.
    ("staying the house behind the dairy on tawa street, whakatane till friday", "tawa street, whakatane"),
    ("Address line 1: flat 2 above the bakery on high st", "high st"),
    # A form's town, postcode and practice typed in lower case.
    ("Town: leominster\nPostcode: hr68nb\nMobile: 07700 900456", "leominster"),
    ("Town: leominster\nPostcode: hr68nb\nMobile: 07700 900456", "hr68nb"),
    ("Email: x@y.com\nGP practice: bridge street surgery\nWhich part of your body", "bridge street surgery"),
    # Courts and medical centres in lower case.
    ("the hearing is at the stonehaven sheriff court on the ninth", "stonehaven sheriff court"),
    ("Dr Ahmed at temora medical centre - faxed", "temora medical centre"),
    # Names in lower case: a surname after a title when the caller goes on, a caller's own name, a relative's.
    ("i need to speak to doctor brundle about my tablets", "brundle"),
    ("hello it's doreen pegg calling about my husband", "doreen pegg"),
    ("hiya this is gavin rough that's g a v i n", "gavin rough"),
    ("was helping my son callum move house last week", "callum"),
    ("my little one tyler has asthma", "tyler"),
    # A name before an age and sex, and surname first before a bracketed record number.
    ("RE: ADMIT DELBERT SHRIVER 67M chest pain", "DELBERT SHRIVER"),
    ("3. Shriver, Delbert (MRN 5512093) - admitted with NSTEMI", "Shriver, Delbert"),
    # Nicknames by who calls them it, in quotes and brackets, and a role's officer.
    ("Caller: Desmond Hector (says call him Dessie), SS no", "Dessie"),
    ("his mate (they call him Tanker) parked across the bins", "Tanker"),
    ("son Grigori ('Grisha'), cell 250 555 0142", "Grisha"),
    ("Housing officer: Philippa Rowntree (Medway Homes) ref 4471", "Philippa Rowntree"),
])
def test_what_a_hurried_text_types_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    # Scores, fractions, the clinic's weeks and months, and ordinals that number something.
    ("pain 7/10 since 7/10 pain yesterday", "7/10"),
    ("GCS 14/15 on arrival", "GCS 14/15"),
    ("diclofenac for 2/7 and a sling for 3/12", "2/7"),
    ("diclofenac for 2/7 and a sling for 3/12", "3/12"),
    ("about 3/4 of the patients", "3/4"),
    ("admitted to the 8th Floor", "8th Floor"),
    ("the 3rd - 5th toes are swollen", "3rd"),
    ("for the 3rd time this week", "3rd"),
    ("wait twenty seconds then press", "twenty seconds"),
    # Words after a title or a relation that name nobody.
    ("i need to speak to doctor about my tablets", "about"),
    ("my son will ring you tomorrow", "will"),
    ("my daughter may ring later", "may"),
    ("it's just me calling again", "just"),
    ("this is the surgery calling", "surgery"),
    # Acronyms before an age and sex, and a contract's defined terms in quotes.
    ("known COPD 72M, on home oxygen", "COPD"),
    # Streets not located by a landmark, and a form's placeholder town.
    ("left it behind the car on the road", "road"),
    ("Town: n/a", "n/a"),
    ("had knee surgery last year", "knee surgery"),
])
def test_scores_durations_and_words_are_left(text: str, term: str) -> None:
    assert survives(text, term)


def test_a_defined_term_in_quotes_is_no_nickname() -> None:
    recognizer = QuotedNicknameRecognizer()
    assert found(recognizer, 'the Purchaser ("Purchaser") and the Lender ("Lender"), under the ("Will")') == set()
    assert found(recognizer, "son Grigori ('Grisha') and his wife Lyudmila (\"Lyuda\")") == {"Grisha", "Lyuda"}


@pytest.mark.parametrize(("text", "value"), [
    ("was helping my son move house to bromyard on the 3rd", "bromyard"),
    ("was helping my daughter move house to tenbury wells last week", "tenbury wells"),
    ("she lives in leominster now", "leominster"),
])
def test_a_town_in_lower_case_after_a_move_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("she moved to centre of town last year", "centre"),
    ("he lives in hope of a transplant", "hope"),
    ("moving to the house next door", "house"),
])
def test_words_after_a_move_that_are_no_town_are_left(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "value"), [
    ("she stayed on the unit from 28/1 to 2/2. She is 88", "2/2"),
    ("anyone free for bed 14 Surgical 3? mr Dunne 71M", "Surgical 3"),
    ("Patient: Mary Dunne, MRN 1234567, DOB 02/03/1951, Medical 2, St Luke's.", "Medical 2"),
    ("Messages may be left with Tom (07700 900123). Triaged for KW.", "KW"),
    ("hiya Rhiannon,\nsorry its taken me ages", "Rhiannon"),
    ("Housing officer: Jane Doe (Medway Homes) ref 1234", "Medway Homes"),
])
def test_ranges_wards_initials_greetings_and_landlords_go(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("post-op day 2, Surgical 3 weeks ago", "Surgical 3"),
    ("Triaged for CT.", "CT"),
    ("hi all, handover at 8", "all"),
    ("pain from 3/10 to 7/10 overnight", "7/10"),
])
def test_what_numbers_or_names_no_one_is_left(text: str, term: str) -> None:
    assert survives(text, term)


# An adversarial review of this round tried to make each rule over-scrub; the rules were narrowed until these held.
@pytest.mark.parametrize(("text", "term"), [
    ("Pain reduced from 8/10 to 3/10 after oramorph.", "8/10"),
    ("Pain reduced from 8/10 to 3/10 after oramorph.", "3/10"),
    ("AMTS improved from 6/10 to 9/10.", "6/10"),
    ("Pain at today's visit 4/10, improved.", "4/10"),
    ("Vision deteriorated from 6/18 to 6/36 in the left eye.", "6/18"),
    ("Visual acuity improved from 6/12 to 6/9 after cataract surgery.", "6/9"),
    ("Power in left arm about 4/5.", "4/5"),
    ("Ate about 1/2 her lunch today.", "1/2"),
    ("Positive for 2/3 sentinel lymph nodes.", "2/3"),
    ("Client is liable for 1/2 the cost of repairs.", "1/2"),
    ("3/7 - cough and fever, no SOB.", "3/7"),
    ("Served on the 2nd Defendant by first class post.", "2nd Defendant"),
    ("Rash after the 2nd Pfizer dose.", "2nd"),
    ("Relapse after the 2nd-line chemotherapy.", "2nd-line"),
    ("Knocked out the 2nd and 3rd incisors.", "2nd"),
    ("Caller: Mother", "Mother"),
    ("Triaged for AMU.", "AMU"),
    ("need to speak to the ms nurse about my injections", "nurse"),
    ("i'll ring the doctor later about the results", "later"),
    ("this is ward sister calling from the unit", "sister"),
    ("it's sunny here today", "sunny"),
    ("my daughter sang in the choir", "sang"),
    ("my son drew on the wall", "drew"),
    ("Majors 67F, chest pain", "Majors"),
    ("Hope Foundation, a registered charity (\"Charity\"). The Charity shall pay.", "Charity"),
    ("PMH: T2DM, Stroke 1 yr ago", "Stroke"),
    ("GP practice: not known", "not known"),
    ("Town: not known", "not known"),
    ("seen at the family medical centre", "family medical centre"),
    ("fell behind the car on neighbours drive", "drive"),
    ("Exhibit DVD/1 shows the incident.", "DVD"),
    ("she lives in the village with her husband", "village"),
    ("patient moved to rehab on friday", "rehab"),
    ("lives in halls during term", "halls"),
])
def test_what_the_review_tried_is_left(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "value"), [
    ("triaged for PG then sent home", "PG"),
    ("i need to see doctor futter.", "futter"),
    ("hi my name is beryl loades", "beryl loades"),
    ("behind the co-op on bridge street, ledbury", "bridge street, ledbury"),
    ("postcode: HR4 3xc", "HR4 3xc"),
    ("Town: hereford.", "hereford"),
    ("the 24th: music again till 3", "24th"),
    ("lives in ross-on-wye now", "ross-on-wye"),
    ("moved back to leominster last year", "leominster"),
    ("Exhibits JKM-2 is the letter", "JKM"),
])
def test_what_the_review_found_missed_goes(text: str, value: str) -> None:
    assert gone(text, value)
