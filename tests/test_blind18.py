"""The eighteenth blind scrubbing corpus (bench/blind18.py): reports from review, regulatory, quality and inquiry processes (incident
investigations, coroners' reports, ombudsman, panel and tribunal decisions, minutes, case narratives, a will, a report on title) in
instruction and chat records, labels exact at their offsets and sound, records valid in their fedtune format, every identifier with a
published check passing it (validators written here apart from the generator's, and the formats' published examples), identity
numbers that carry the birth date and sex they claim, names of its own, the hard cases (eponyms beside people of the same name,
pseudonyms left unlabelled beside the real names, particles, dates as reports write them), determinism (under another hash seed
too, marked slow), every register. Nothing here runs the scrubber."""

from __future__ import annotations

import datetime
import io
import random
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from tests.blind_support import (
    assert_labels_at_offsets,
    assert_people_carry_own_names,
    assert_same_under_hash_seeds,
    compact,
    earlier_doctypes,
    gb_iban_valid,
    luhn_valid,
    medicare_valid,
    nhs_valid,
    sin_valid,
    verhoeff_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind13  # noqa: E402
import blind14  # noqa: E402
import blind15  # noqa: E402
import blind16  # noqa: E402
import blind17  # noqa: E402
import blind18  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind18.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind18.text_fields(r.record))


def document_and_answer(r: blind3.Blind3Record) -> tuple[str, str]:
    if r.kind == "instruction":
        return "input", "output"
    n = len(r.record["messages"])
    return f"messages[{n - 2}].content", f"messages[{n - 1}].content"


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def real_date(yy: int, mm: int, dd: int, century: int) -> bool:
    try:
        datetime.date(century + yy, mm, dd)
    except ValueError:
        return False
    return True


def bsn_valid(n: str) -> bool:
    """Dutch BSN, the "elfproef": nine digits times 9, 8, 7, 6, 5, 4, 3, 2 and -1, summed, a multiple of 11."""
    return bool(re.fullmatch(r"\d{9}", n)) and sum(int(c) * w for c, w in zip(n, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def sa_id_valid(n: str) -> bool:
    """South African identity number: a real birth date YYMMDD, four digits, 0 or 1 (citizen or resident), a digit, and the Luhn
    check over all thirteen."""
    return (bool(re.fullmatch(r"\d{6}\d{4}[01]\d\d", n)) and real_date(int(n[:2]), int(n[2:4]), int(n[4:6]), 1900) and luhn_valid(n))


def personnummer_valid(n: str) -> bool:
    """Swedish personnummer, ten digits (or twelve with the century): a real birth date and the Luhn check over the last ten."""
    if not re.fullmatch(r"(\d\d)?\d{10}", n):
        return False
    ten = n[-10:]
    return real_date(int(ten[:2]), int(ten[2:4]), int(ten[4:6]), 1900) and luhn_valid(ten)


def hetu_valid(text: str) -> bool:
    """Finnish personal identity code: DDMMYY, the century sign (- for the 1900s, A for the 2000s), three digits, and the check
    character: the nine digits modulo 31 in 0123456789ABCDEFHJKLMNPRSTUVWXY."""
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-A])(\d{3})([0-9A-Y])", text)
    if not m or not real_date(int(m[3]), int(m[2]), int(m[1]), 1900 if m[4] == "-" else 2000):
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m[1] + m[2] + m[3] + m[5]) % 31] == m[6]


def fnr_valid(n: str) -> bool:
    """Norwegian fødselsnummer: eleven digits whose weighted sums with 3 7 6 1 8 9 4 5 2 1 and 5 4 3 2 7 6 5 4 3 2 1 are both
    multiples of 11, and a real birth date (an individual number under 500 is a birth in the 1900s)."""
    if not re.fullmatch(r"\d{11}", n):
        return False
    d = [int(c) for c in n]
    ok = (sum(a * b for a, b in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2, 1))) % 11 == 0
          and sum(a * b for a, b in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0)
    return ok and real_date(int(n[4:6]), int(n[2:4]), int(n[:2]), 1900 if int(n[6:9]) < 500 else 2000)


def orcid_valid(text: str) -> bool:
    """ORCID iD: four groups of four, the last character ISO 7064 MOD 11-2 of the fifteen digits before it (X is 10)."""
    m = re.fullmatch(r"(\d{4})-(\d{4})-(\d{4})-(\d{3})([\dX])", text)
    if not m:
        return False
    total = 0
    for c in "".join(m.groups()[:4]):
        total = (total + int(c)) * 2
    result = (12 - total % 11) % 11
    return m[5] == ("X" if result == 10 else str(result))


def ihi_valid(n: str) -> bool:  # Australian Individual Healthcare Identifier: 800360 first, sixteen digits, Luhn
    return bool(re.fullmatch(r"800360\d{10}", n)) and luhn_valid(n)


def chi_valid(n: str) -> bool:
    """Scotland's CHI number: a real birth date DDMMYY first and the NHS modulus 11 check on the tenth digit."""
    return nhs_valid(n) and real_date(int(n[4:6]), int(n[2:4]), int(n[:2]), 1900)


def pnc_valid(text: str) -> bool:
    """PNC ID: YY/serial and a check letter, the year and the serial padded to seven digits read as one number modulo 23, in
    ZABCDEFGHJKLMNPQRTUVWXY."""
    m = re.fullmatch(r"(\d\d)/(\d{1,7})([A-Z])", text)
    return bool(m) and "ZABCDEFGHJKLMNPQRTUVWXY"[int(m[1] + m[2].rjust(7, "0")) % 23] == m[3]


def upn_valid(n: str) -> bool:
    """English unique pupil number: a check letter then twelve digits; the digits times their positions (2 to 13) summed modulo 23
    index ABCDEFGHJKLMNPQRTUVWXYZ."""
    if not re.fullmatch(r"[A-Z]\d{12}", n):
        return False
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum(int(c) * pos for pos, c in enumerate(n[1:], start=2)) % 23] == n[0]


def ppsn_valid(n: str) -> bool:
    """Irish PPS number: seven digits weighted 8 down to 2, an optional second letter (A worth 9, W nothing), modulo 23 naming the
    check letter (0 is W, 1 is A)."""
    m = re.fullmatch(r"(\d{7})([A-W])([AW]?)", n)
    if not m:
        return False
    total = sum(int(d) * w for d, w in zip(m[1], (8, 7, 6, 5, 4, 3, 2))) + (9 if m[3] == "A" else 0)
    return m[2] == "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def iban_valid(n: str) -> bool:
    """ISO 13616 (the country and check digits moved to the end, letters as 10 to 35, modulo 97 is 1), and the national check
    inside a Finnish (Luhn) or Norwegian (modulus 11) account number; Irish and British accounts carry none."""
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{11,30}", n) or int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 != 1:
        return False
    if n.startswith("FI"):
        return len(n) == 18 and luhn_valid(n[4:])
    if n.startswith("NO"):
        bban = [int(c) for c in n[4:]]
        return len(n) == 15 and sum(a * b for a, b in zip(bban, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0
    return n.startswith("IE") and len(n) == 22 or gb_iban_valid(n)


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (bsn_valid, "111222333"),  # the BSN test number the Dutch government's own examples use
    (sa_id_valid, "8001015009087"),  # the South African identity number format's usual example
    (verhoeff_valid, "2363"),  # the Verhoeff check's textbook example (236 takes 3)
    (personnummer_valid, "8112189876"),  # Skatteverket's example personnummer, 811218-9876
    (hetu_valid, "131052-308T"),  # the Finnish Digital and Population Data Services Agency's example
    (sin_valid, "046454286"),  # Service Canada's example SIN
    (orcid_valid, "0000-0002-1825-0097"),  # ORCID's documented example iD
    (iban_valid, "GB82WEST12345698765432"),  # the ISO 13616 examples: British, Irish, Finnish and Norwegian
    (iban_valid, "IE29AIBK93115212345678"),
    (iban_valid, "FI2112345600000785"),
    (iban_valid, "NO9386011117947"),
    (nhs_valid, "9434765919"),  # NHS Digital's example number
    (medicare_valid, "2123456701"),  # a Medicare card number whose ninth digit is the weighted check
    (upn_valid, "B801200005001"),  # the UPN example of python-stdnum's documentation
    (ppsn_valid, "1234567T"),  # the PPS number format's usual example
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (bsn_valid, "111222334"), (sa_id_valid, "8001015009088"), (verhoeff_valid, "2364"), (personnummer_valid, "8112189877"),
    (hetu_valid, "131052-308U"), (sin_valid, "046454287"), (orcid_valid, "0000-0002-1825-0098"), (iban_valid, "GB83WEST12345698765432"),
    (iban_valid, "IE30AIBK93115212345678"), (iban_valid, "FI2112345600000786"), (iban_valid, "NO9386011117948"), (nhs_valid, "9434765918"),
    (medicare_valid, "2123456711"), (upn_valid, "A801200005001"), (ppsn_valid, "1234567U"), (pnc_valid, "98/12A"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind18.bsn_digit("11122233") == 3 and blind18.luhn_digit("800101500908") == 7 and blind18.verhoeff_digit("236") == 3
    assert blind18.hetu_char("131052", "308") == "T" and blind18.orcid_char("000000021825009") == "7" and blind18.luhn_digit("04645428") == 6
    assert blind18.luhn_digit("811218987") == 6 and blind18.nhs_digit("943476591") == 9 and blind18.upn_letter("801200005001") == "B"
    assert blind18.iban_check("GB", "WEST12345698765432") == "82" and blind18.iban_check("FI", "12345600000785") == "21"
    assert blind18.iban_check("NO", "86011117947") == "93" and blind18.medicare_digit("21234567") == 0


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_its_birth_date_and_sex() -> None:
    g = blind18.Gen(random.Random(3))
    for _ in range(300):
        born, female = g.born(1935, 2003), g.rng.random() < 0.5
        yymmdd, ddmmyy = born.strftime("%y%m%d"), born.strftime("%d%m%y")
        assert bsn_valid(g.bsn()) and verhoeff_valid(compact(g.aadhaar())) and sin_valid(compact(g.sin())) and ppsn_valid(g.ppsn())
        assert orcid_valid(g.orcid()) and ihi_valid(compact(g.ihi())) and medicare_valid(compact(g.medicare())) and nhs_valid(compact(g.nhs()))
        assert upn_valid(g.upn("887")) and all(iban_valid(compact(i)) for i in (g.iban_fi(), g.iban_no(), g.iban("IE", "AIBK123456", 8)))
        pnc = g.pnc(born.year)
        assert pnc_valid(pnc) and pnc[:2] == f"{born.year % 100:02d}"
        sa = g.sa_id(born, female)
        assert sa_id_valid(sa) and sa[:6] == yymmdd and (int(sa[6:10]) < 5000) == female
        pnr = g.personnummer(born, female, long=g.rng.random() < 0.5)
        assert personnummer_valid(compact(pnr)) and compact(pnr)[-10:-4] == yymmdd and int(compact(pnr)[-2]) % 2 == (not female)
        hetu = g.hetu(born, female)
        assert hetu_valid(hetu) and hetu[:6] == ddmmyy and int(hetu[7:10]) % 2 == (not female)
        fnr = g.fnr(born, female) if born.year < 2000 else None
        assert fnr is None or (fnr_valid(fnr) and fnr[:6] == ddmmyy and int(fnr[8]) % 2 == (not female))
        chi = g.chi(born, female)
        assert chi_valid(chi) and chi[:6] == ddmmyy and int(chi[8]) % 2 == (not female)


def test_a_regrouped_phone_number_keeps_its_digits() -> None:
    g = blind18.Gen(random.Random(5))
    for place in blind18.PHONES:
        for _ in range(40):
            shown, again = (blind3.unmark(x, "f")[0] for x in g.tel2(place))
            assert re.sub(r"\D", "", shown) == re.sub(r"\D", "", again) and shown != again, (place, shown, again)


def test_a_woman_of_an_irish_family_takes_the_feminine_form_of_its_surname() -> None:
    g = blind18.Gen(random.Random(6))
    father = blind18.Person("Aodh", "Ó Gríofa", "mh", False)
    assert g.relative(father, True).last == "Ní Ghríofa" and g.relative(father, False).last == "Ó Gríofa"
    daughter = blind18.Person("Ita", "Ní Bhraonáin", "mh", True)
    assert g.relative(daughter, False).last == "Ó Braonáin"


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind18.DOCS >= 150 and len(blind18.DOCTYPES) == 20 and len(blind18.REVIEWS) + len(blind18.RECORDS) == 20
    assert len(blind18.CLINICAL) == len(blind18.LEGAL) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind18.DOCTYPES}
    assert min(counts.values()) >= blind18.DOCS // len(blind18.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind18", 0) == r.kind
        validate(r.record, "blind18", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    assert not set(blind18.DOCTYPES) & earlier_doctypes(18)


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 6000 and sum(len(r.keep) for r in corpus) >= 1000
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 2000 and counts["DATE_TIME"] >= 1200 and counts["LOCATION"] >= 600 and counts["ORGANIZATION"] >= 600
    assert counts["LICENSE_NUMBER"] >= 150 and counts["CASE_NUMBER"] >= 250 and min(counts.values()) >= 20


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind18, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind18.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind18.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


def test_personal_data_and_protected_terms_are_in_both_the_report_and_the_answer(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        doc, answer = document_and_answer(r)
        assert sum(s.field == doc for s in r.pii) >= 15 and sum(s.field == answer for s in r.pii) >= 5, r.doctype
        texts = fields(r)
        assert any(t in texts[doc] and t in texts[answer] for t in r.keep), r.doctype
        system = r.kind == "chat" and r.record["messages"][0]["role"] == "system"
        assert not any(s.field == "instruction" or (system and s.field == "messages[0].content") for s in r.pii)


# ---------------------------------------------------------------- identifiers in the corpus

PPSN = r"\d{7}[A-W][AW]?"
HETU = r"\d{6}[-A]\d{3}[0-9A-Y]"
CHECKED = {  # (document type, entity, pattern of the span as written) -> its validator, given the compact number
    ("pharmacovigilance_case_narrative", "NATIONAL_ID", r"\d{9}"): bsn_valid,
    ("health_ombud_report", "NATIONAL_ID", r"\d{13}"): sa_id_valid,
    ("serious_adverse_event_narrative", "NATIONAL_ID", r"[2-9]\d{3} \d{4} \d{4}"): verhoeff_valid,
    ("journal_case_report", "NATIONAL_ID", r"(\d\d)?\d{6}-\d{4}"): personnummer_valid,
    ("journal_case_report", "URL", r"https://orcid\.org/\d{4}-\d{4}-\d{4}-\d{3}[\dX]"): lambda n: orcid_valid(
        "-".join(n[-16:][i:i + 4] for i in range(0, 16, 4))),
    ("patient_injury_decision", "NATIONAL_ID", r"\d{11}"): fnr_valid,
    ("law_society_tribunal_decision", "NATIONAL_ID", r"\d{3} \d{3} \d{3}"): sin_valid,
    ("practitioner_panel_decision", "HEALTH_ID", r"8003 \d{4} \d{4} \d{4}"): ihi_valid,
    ("practitioner_panel_decision", "HEALTH_ID", r"[2-6]\d{3} \d{5} \d"): medicare_valid,
    ("serious_incident_investigation", "HEALTH_ID", r"\d{3} \d{3} \d{4}"): nhs_valid,
    ("child_safeguarding_practice_review", "HEALTH_ID", r"\d{3} \d{3} \d{4}"): nhs_valid,
    ("adult_protection_learning_review", "HEALTH_ID", r"\d{10}"): chi_valid,
    ("medico_legal_expert_report", "HEALTH_ID", r"\d{10}"): chi_valid,
    ("child_safeguarding_practice_review", "STUDENT_ID", r"[A-Z]\d{12}"): upn_valid,
    ("will_and_probate_grant", "NATIONAL_ID", PPSN): ppsn_valid,
    ("will_and_probate_grant", "IBAN_CODE", r"IE\d\d( [A-Z0-9]{4}){4} \d\d"): iban_valid,
    ("patient_injury_decision", "IBAN_CODE", r"(FI|NO)[\d ]+"): iban_valid,
}
AS_WRITTEN = {  # validators that need the span as written (a century sign, a slash)
    ("patient_injury_decision", "NATIONAL_ID", HETU): hetu_valid,
    ("parole_board_decision", "CASE_NUMBER", r"\d\d/\d{4,7}[A-Z]"): pnc_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys([*CHECKED, *AS_WRITTEN], 0)
    for r in corpus:
        for s in r.pii:
            for (doctype, entity, pattern), valid in CHECKED.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, s.text):
                    assert valid(compact(s.text)), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            for (doctype, entity, pattern), valid in AS_WRITTEN.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, s.text):
                    assert valid(s.text), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            if s.entity == "IBAN_CODE":
                assert iban_valid(compact(s.text)), s
    assert all(v >= 3 for v in seen.values()), [k for k, v in seen.items() if v < 3]
    assert sum(seen.values()) >= 250


def test_identity_numbers_carry_the_birth_date_and_sex_the_report_gives(corpus: list[blind3.Blind3Record]) -> None:
    """A South African complainant (the father) has a man's sequence and the patient (the mother) a woman's; a Swedish patient's
    personnummer is odd in its ninth digit for a man; a CHI number starts with the date of birth beside it."""
    seen = 0
    for r in corpus:
        doc, _ = document_and_answer(r)
        text = fields(r)[doc]
        if r.doctype == "health_ombud_report":
            dad, mum = re.search(r"Complainant: .*?\(ID (\d{13})\)", text)[1], re.search(r"Patient: .*?\(ID (\d{13})\)", text)[1]
            assert int(dad[6:10]) >= 5000 > int(mum[6:10])
            seen += 1
        elif r.doctype == "journal_case_report":
            m = re.search(r"personnummer (\d{6,8})-(\d{4})\), on .* of (her|his) (husband|wife)", text)
            assert m and int(m[2][2]) % 2 == (m[3] == "his")
            seen += 1
        elif r.doctype == "adult_protection_learning_review":
            m = re.search(r"born (\d\d)/(\d\d)/\d\d(\d\d), CHI (\d{10})", text)
            assert m and m[4][:6] == m[1] + m[2] + m[3]
            seen += 1
    assert seen >= 30


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind18, blind18.name_words, (blind17, blind16, blind15, blind14, blind13),
                                  initials=re.compile(r"[A-Z]{2,4}"))
    # the earlier lists reach back to bench/blind2.py: bench/blind17.py's own and every list it checked its names against
    assert not blind18.own_names() & blind18.earlier_names()
    assert blind17.own_names() | blind17.earlier_names() <= blind18.earlier_names()


PSEUDONYMS = ("Patient A", "Patient B", "Child Q", "Ms M", "Mr P", "Ms A", "Ms V")
LAWS_NAMED_FOR_PEOPLE = ("Clare's Law", "Sarah's Law", "Megan's Law", "Martyn's Law", "Awaab's Law", "Lex Maria", "Hy's law")
EPONYM_TERMS = {"Parkinson": "Parkinson's disease", "Cushing": "Cushing's syndrome", "Wells": "Wells score", "Battle": "Battle's sign",
                "Huntington": "Huntington's disease", "Hodgkin": "Hodgkin lymphoma", "Colles": "Colles' fracture",
                "Montgomery": "Montgomery v Lanarkshire Health Board"}


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    spans = [s for r in corpus for s in r.pii]
    people = [s.text for s in spans if s.entity == "PERSON"]
    orgs = {s.text for s in spans if s.entity == "ORGANIZATION"}
    keep = {t for r in corpus for t in r.keep}
    texts = [t for r in corpus for t in fields(r).values()]
    # a person whose surname is the eponym of a condition, sign or case the same text keeps
    for surname, eponym in EPONYM_TERMS.items():
        both = sum(any(s.field == f and s.entity == "PERSON" and surname in s.text.split() for s in r.pii)
                   and any(t.startswith(eponym) and t in text for t in r.keep) for r in corpus for f, text in fields(r).items())
        assert both >= 2, surname
    assert not any(re.search(r"(Parkinson|Cushing|Huntington|Battle)'s", s.text) for s in spans)
    # pseudonyms are never labelled, but appear beside the labelled real names
    assert all(any(p in t for t in texts) for p in PSEUDONYMS)
    assert not any(p in s.text or s.text == p.split()[-1] for p in PSEUDONYMS for s in spans)
    assert sum("Patient A is " in t for t in texts) >= 10 and sum("Child Q: " in t for t in texts) >= 10
    # names with particles, in two genders, hyphenated, with apostrophes and diacritics; names that are common words or places
    for mark in ("van der ", "van de ", "de la ", "de Búrca", "Ní ", "Ó ", "O'", "Fitz", "Mc", "Mac", "-", "ä", "é", "å", "æ"):
        assert any(mark in p for p in people), mark
    words = {w for p in people for w in p.split()}
    assert len(words & set(blind18.COMMON_WORD_NAMES)) >= 10 and len(words & set(blind18.PLACE_NAMES)) >= 5
    # initials made from a real name are labelled; a town that is also a surname is both
    assert sum(re.fullmatch(r"[A-Z]{2,4}", p) is not None for p in people) >= 40
    assert any(set(s.text.split()) & set(blind18.PLACE_NAMES) for s in spans if s.entity in ("LOCATION", "ORGANIZATION"))
    # dates as reports write them
    dates = [s.text for s in spans if s.entity == "DATE_TIME"]
    assert sum(re.fullmatch(r"\d{1,2}( and | to |–)\d{1,2} [A-Z][a-z]+ \d{4}", d) is not None for d in dates) >= 30
    about = [m[1] for t in texts for m in re.finditer(r"[Oo]n or about (\d{1,2} [A-Z][a-z]+ \d{4})", t)]
    assert len(about) >= 20 and set(about) <= set(dates)
    assert sum(re.fullmatch(r"\d{1,2}(st|nd|rd|th)", d) is not None for d in dates) >= 8 and any("early hours of the " in t for t in texts)
    assert sum(re.fullmatch(r"\d{1,2}(st|nd|rd|th) day of [A-Z][a-z]+ \d{4}", d) is not None for d in dates) >= 8
    assert sum(re.fullmatch(r"\d{4}-\d\d-\d\d", d) is not None for d in dates) >= 10 and sum(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", d) is not None for d in dates) >= 40
    assert sum(re.search(r"\d\d:\d\d", d) is not None for d in dates) >= 30
    # registration numbers in their published formats
    licences = [s.text for s in spans if s.entity == "LICENSE_NUMBER"]
    for pattern in (r"[2-7]\d{6}", r"\d\d[A-L]\d{4}[ESWNO]", r"PA\d{6}", r"PYL\d{5}", r"SW\d{6}", r"MED\d{10}", r"MP \d{7}", r"\d{5}[A-Z]"):
        assert any(re.fullmatch(pattern, x) for x in licences), pattern
    cases = [s.text for s in spans if s.entity == "CASE_NUMBER"]
    for pattern in (r"[AG]\d{4}[A-Z]{2}", r"GR\d{6}", r"MH\d{5}F", r"PA/\d{5}/\d{4}", r"[SHKM]\d{7}", r"NL-LRB-\d{8}", r"\d{4} PO \d{6}"):
        assert any(re.fullmatch(pattern, x) for x in cases), pattern
    assert sum(s.entity == "ACCOUNT_NUMBER" and re.fullmatch(r"\d{3,4}", s.text) is not None for s in spans) >= 30  # collar numbers
    # organisations named after people or places, in Welsh, and Wednesbury the town beside Wednesbury unreasonableness
    assert {"Nelson Mandela Academic Hospital", "Admiraal De Ruyter Ziekenhuis", "Connolly Hospital Blanchardstown", "Heddlu Dyfed-Powys",
            "Alexandra Hospital", "Sunderland Royal Hospital"} <= orgs
    assert any(o.startswith("Huisartsenpraktijk ") for o in orgs) and any(o.endswith(" Catering Ltd") for o in orgs)
    assert sum(any(s.entity == "LOCATION" and s.text == "Wednesbury" and s.field == f for s in r.pii) and "Wednesbury unreasonableness" in t
               for r in corpus for f, t in fields(r).items()) >= 10
    # protected terms: laws named for people, legal eponyms, case citations, guidelines, doses, lab values, scores, money
    assert set(LAWS_NAMED_FOR_PEOPLE) <= keep
    assert {"Bolam test", "Gillick competence", "Fraser guidelines", "Wednesbury unreasonableness", "Devaseelan [2002] UKIAT 00702",
            "NICE NG51", "Down syndrome", "Guillain-Barré syndrome", "Stevens-Johnson syndrome"} <= keep
    assert any(t.startswith("Glasgow Coma Scale") for t in keep) and any(t.startswith("Apgar score") for t in keep)
    assert any(re.search(r"\d mg ", t) for t in keep) and any(re.search(r"U/L|mg/dL|mmol/L|g/L", t) for t in keep)
    assert any(re.match(r"(£|€|\$|EUR |Rs )\d", t) for t in keep) and any(" Act " in t for t in keep)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind18.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind18.generate(10, seed=1)] != [r.record for r in corpus[:10]]


@pytest.mark.slow
def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind18)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind18.main(["--stats", "--docs", str(len(blind18.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind18.DOCTYPES)
