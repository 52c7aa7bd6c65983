"""The seventeenth blind scrubbing corpus (bench/blind17.py): text typed by the public and by staff in a hurry (portal messages,
complaints, forms, group chats, pager logs, voicemail transcripts, call logs, notes typed on a phone, diaries) in instruction and chat
records, labels exact at their offsets and sound, records valid in their fedtune format, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), spoken numbers that read back
to the figures the answer writes, names of its own, the hard cases, determinism (under another hash seed too), every register.
Nothing here runs the scrubber."""

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
    medicare_valid,
    nhs_valid,
    npi_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind13  # noqa: E402
import blind14  # noqa: E402
import blind15  # noqa: E402
import blind16  # noqa: E402
import blind17  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind17.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind17.text_fields(r.record))


def document_and_answer(r: blind3.Blind3Record) -> tuple[str, str]:
    if r.kind == "instruction":
        return "input", "output"
    n = len(r.record["messages"])
    return f"messages[{n - 2}].content", f"messages[{n - 1}].content"


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def ppsn_valid(n: str) -> bool:
    """Irish PPS number: seven digits weighted 8 down to 2, an optional second letter worth its place in the alphabet times 9 (W worth
    nothing), the total modulo 23 naming the check letter (0 is W, 1 is A)."""
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", n)
    if not m:
        return False
    total = sum(int(d) * w for d, w in zip(m[1], (8, 7, 6, 5, 4, 3, 2)))
    if m[3] and m[3] != "W":
        total += 9 * (ord(m[3]) - 64)
    return m[2] == "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def nhi_valid(n: str) -> bool:
    """New Zealand NHI (AAANNNC): letters numbered 1 to 24 skipping I and O, weights 7 down to 2, remainder modulo 11 never 0, the
    check 11 less the remainder, a check of 10 written 0 (never issued)."""
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", n):
        return False
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    values = [letters.index(c) + 1 for c in n[:3]] + [int(c) for c in n[3:6]]
    remainder = sum(v * w for v, w in zip(values, range(7, 1, -1))) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(n[6])


def chi_valid(n: str) -> bool:
    """Scotland's CHI number: a real date DDMMYY first, and the NHS modulus 11 check on the tenth digit."""
    if not nhs_valid(n):
        return False
    try:
        datetime.date(2000 + int(n[4:6]), int(n[2:4]), int(n[:2]))
    except ValueError:
        return False
    return True


def phn_valid(n: str) -> bool:
    """British Columbia PHN: ten digits, 9 first; digits two to nine times 2, 4, 8, 5, 10, 9, 7, 3, each product reduced modulo 11,
    their sum plus the check digit a multiple of 11."""
    if not re.fullmatch(r"9\d{9}", n):
        return False
    products = [(int(d) * w) % 11 for d, w in zip(n[1:9], (2, 4, 8, 5, 10, 9, 7, 3))]
    return (sum(products) + int(n[9])) % 11 == 0


def upn_valid(n: str) -> bool:
    """English unique pupil number: a check letter then twelve digits; the digits times their positions (2 to 13) summed modulo 23
    index ABCDEFGHJKLMNPQRTUVWXYZ."""
    if not re.fullmatch(r"[A-Z]\d{12}", n):
        return False
    total = sum(int(c) * pos for pos, c in enumerate(n[1:], start=2))
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[total % 23] == n[0]


def aba_valid(n: str) -> bool:  # US ABA routing number: 3, 7, 1 weights, the total a multiple of 10
    return bool(re.fullmatch(r"\d{9}", n)) and sum(int(c) * (3, 7, 1)[i % 3] for i, c in enumerate(n)) % 10 == 0


def vat_valid(n: str) -> bool:
    """UK VAT number: GB and nine digits; the first seven times 8 down to 2, plus the last two, a multiple of 97 (or 55 more, the 9755
    scheme)."""
    if not re.fullmatch(r"GB\d{9}", n):
        return False
    total = sum(int(c) * w for c, w in zip(n[2:9], range(8, 1, -1))) + int(n[9:])
    return total % 97 == 0 or (total + 55) % 97 == 0


WORD_DIGITS = {"oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
               "eight": "8", "nine": "9"}


def heard_digits(text: str) -> str:
    """Digits read out in words back to figures: "oh seven double four triple nine" is 0744999."""
    out, times = [], 1
    for word in text.split():
        if word in ("double", "triple"):
            times = 2 if word == "double" else 3
            continue
        out.append(WORD_DIGITS[word] * times)
        times = 1
    return "".join(out)


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (ppsn_valid, "1234567T"),  # the PPS number format's usual example (old form)
    (ppsn_valid, "1234567FA"),  # and in the new form, with the second letter A
    (nhi_valid, "ZZZ0016"),  # the Ministry of Health's test NHI numbers
    (nhi_valid, "ZZZ0024"),
    (phn_valid, "9698658215"),  # the BC PHN example of python-stdnum's documentation
    (upn_valid, "B801200005001"),  # the UPN example of python-stdnum's documentation
    (aba_valid, "021000021"),  # a published ABA routing number (JPMorgan Chase, New York)
    (vat_valid, "GB999999973"),  # HMRC's VAT number format example
    (nhs_valid, "9434765919"),  # NHS Digital's example number
    (npi_valid, "1234567893"),  # CMS's example NPI
    (medicare_valid, "2123456701"),  # a Medicare card number whose ninth digit is the weighted check
    (gb_iban_valid, "GB82WEST12345698765432"),  # the ISO 13616 example
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (ppsn_valid, "1234567U"), (ppsn_valid, "1234567FB"), (nhi_valid, "ZZZ0017"), (phn_valid, "9698648215"), (phn_valid, "5736504210"),
    (upn_valid, "A801200005001"), (aba_valid, "021000022"), (vat_valid, "GB999999974"), (nhs_valid, "9434765918"),
    (npi_valid, "1234567894"), (medicare_valid, "2123456711"), (gb_iban_valid, "GB83WEST12345698765432"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_a_chi_number_needs_a_real_birth_date_and_the_nhs_check() -> None:
    g = blind17.Gen(random.Random(2))
    chi = g.chi((1948, 7, 12), True)
    assert chi_valid(chi) and chi[:6] == "120748" and int(chi[8]) % 2 == 0
    assert not chi_valid(chi[:9] + str((int(chi[9]) + 1) % 10)) and not chi_valid("3102" + chi[4:])


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind17.phn_digit("69865821") == 5 and blind17.upn_letter("801200005001") == "B"
    assert blind17.ppsn_letter("1234567") == "T" and blind17.nhi_digit("ZZZ001") == 6 and blind17.nhs_digit("943476591") == 9
    assert blind17.aba_digit("02100002") == "1" and blind17.vat_digits("9999999") == "73"


def test_spoken_numbers_and_years_read_back() -> None:
    rng = random.Random(4)
    for _ in range(500):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 12)))
        assert heard_digits(blind17.say_digits(digits, rng, rng.choice(("oh", "zero")))) == digits
    assert blind17.say_year(1952) == "nineteen fifty two" and blind17.say_year(2003) == "two thousand and three"
    assert blind17.say_year(1907) == "nineteen oh seven" and blind17.say_year(2024) == "twenty twenty four"
    assert blind17.say_number(146) == "one hundred and forty six" and blind17.said_date((1952, 3, 3), year=True) == "third of march nineteen fifty two"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check() -> None:
    g = blind17.Gen(random.Random(3))
    for _ in range(300):
        assert phn_valid(compact(g.phn())) and nhi_valid(g.nhi()) and ppsn_valid(g.ppsn17()) and medicare_valid(compact(g.medicare()))
        assert upn_valid(g.upn("928")) and g.upn("886")[1:4] == "886" and aba_valid(g.aba("08")) and vat_valid(compact(g.vat()))
        assert nhs_valid(compact(g.nhs_number())) and npi_valid(g.npi()) and gb_iban_valid(compact(g.gb_iban()))
        y, m, d = ymd = g.ymd(1930, 1999)
        female = g.rng.random() < 0.5
        chi = g.chi(ymd, female)
        assert chi_valid(chi) and chi[:6] == f"{d:02d}{m:02d}{y % 100:02d}" and int(chi[8]) % 2 == (not female)
        spoken = g.nhs_said()
        said, figures = (blind3.unmark(x, "f")[0] for x in spoken)
        assert heard_digits(said) == compact(figures) and nhs_valid(compact(figures))
        said, figures = (blind3.unmark(x, "f")[0] for x in g.said_tel(g.pick(sorted(blind17.MOBILES))))
        assert heard_digits(said) == re.sub(r"\D", "", figures)


def test_a_typed_or_regrouped_phone_number_keeps_its_digits() -> None:
    g = blind17.Gen(random.Random(5))
    for place in blind17.PHONES:
        for _ in range(40):
            typed, tidy = (blind3.unmark(x, "f")[0] for x in g.typed_tel2(place))
            digits, tidy_digits = re.sub(r"\D", "", typed.replace("(0)", "")), re.sub(r"\D", "", tidy)
            assert digits[-9:] == tidy_digits[-9:] and ("+" in typed + tidy or digits == tidy_digits), (place, typed, tidy)
            shown, again = (blind3.unmark(x, "f")[0] for x in g.tel2(place))
            assert re.sub(r"\D", "", shown) == re.sub(r"\D", "", again) and shown != again


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind17.DOCS >= 150 and len(blind17.DOCTYPES) == 20 and len(blind17.PUBLIC) + len(blind17.STAFF) == 20
    assert len(blind17.CLINICAL) == len(blind17.LEGAL) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind17.DOCTYPES}
    assert min(counts.values()) >= blind17.DOCS // len(blind17.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind17", 0) == r.kind
        validate(r.record, "blind17", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    assert not set(blind17.DOCTYPES) & earlier_doctypes(17)


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 4000 and sum(len(r.keep) for r in corpus) >= 500
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 1500 and counts["PHONE_NUMBER"] >= 400 and counts["DATE_TIME"] >= 1000 and counts["LOCATION"] >= 500
    assert min(counts.values()) >= 20


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind17, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind17.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind17.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


def test_personal_data_and_protected_terms_are_in_both_the_typed_text_and_the_answer(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        doc, answer = document_and_answer(r)
        assert sum(s.field == doc for s in r.pii) >= 8 and sum(s.field == answer for s in r.pii) >= 5, r.doctype
        texts = fields(r)
        assert any(t in texts[doc] and t in texts[answer] for t in r.keep), r.doctype


# ---------------------------------------------------------------- identifiers in the corpus


PPSN = r"\d{7}[A-W][A-IW]?"
CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("portal_message_replies", "HEALTH_ID", r"[A-HJ-NP-Z]{3}\d{4}"): nhi_valid,
    ("relative_complaint_letter", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("physio_self_referral_form", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("surgery_voicemail_transcript", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("out_of_hours_call_log", "HEALTH_ID", r"\d{10}"): chi_valid,
    ("district_nurse_phone_note", "HEALTH_ID", r"[2-6]\d{9}"): medicare_valid,
    ("home_support_visit_log", "HEALTH_ID", r"9\d{9}"): phn_valid,
    ("overnight_pager_log", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("ward_whatsapp_group", "NATIONAL_ID", PPSN): ppsn_valid,
    ("social_work_visit_note", "NATIONAL_ID", PPSN): ppsn_valid,
    ("litigant_in_person_statement", "STUDENT_ID", r"[A-Z]\d{12}"): upn_valid,
    ("small_claims_complaint", "ACCOUNT_NUMBER", r"\d{9}"): aba_valid,
    ("tenant_email_to_solicitor", "COMPANY_REGISTRATION", r"GB\d{9}"): vat_valid,
    ("tenant_email_to_solicitor", "IBAN_CODE", r"GB\d\d[A-Z]{4}\d{14}"): gb_iban_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    for r in corpus:
        for s in r.pii:
            n = compact(s.text)
            for (doctype, entity, pattern), valid in CHECKED.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, n):
                    assert valid(n), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            if s.entity == "IBAN_CODE":
                assert gb_iban_valid(n), s
    assert all(v >= 10 for v in seen.values()), [k for k, v in seen.items() if v < 10]


def test_spoken_identifiers_read_back_to_the_figures_of_the_answer(corpus: list[blind3.Blind3Record]) -> None:
    """A spoken NHS number passes the NHS check once heard; every phone number read out comes back in the answer in figures."""
    heard = 0
    for r in corpus:
        doc, answer = document_and_answer(r)
        figures = {re.sub(r"\D", "", s.text) for s in r.pii if s.field == answer}
        for s in r.pii:
            if s.field == doc and s.entity in ("HEALTH_ID", "PHONE_NUMBER") and re.fullmatch(r"[a-z ]+", s.text):
                digits = heard_digits(s.text)
                assert digits in figures, (r.doctype, s.text)
                assert s.entity != "HEALTH_ID" or nhs_valid(digits)
                heard += 1
    assert heard >= 40


def test_chi_numbers_carry_the_birth_date_and_the_sex(corpus: list[blind3.Blind3Record]) -> None:
    seen = 0
    for r in corpus:
        if r.doctype == "out_of_hours_call_log":
            doc, answer = document_and_answer(r)
            m = re.search(r"CHI (\d{10})  DOB (\d\d)[/.-](\d\d)[/.-]\d\d(\d\d)", fields(r)[doc])
            assert m and m[1][:6] == m[2] + m[3] + m[4], m
            assert int(m[1][8]) % 2 == (0 if re.search(r"contact, .*: Mrs ", fields(r)[answer]) else 1)
            seen += 1
    assert seen >= 10


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def name_words(text: str) -> set[str]:
    """A name's words as the module's lists split them, short ones and particles left out."""
    return {w for w in re.split(r"[^a-z]+", blind17.fold17(text).lower()) if len(w) > 2 and w not in blind17.PARTICLES}


SPELLED = re.compile(r"(?:[a-z] )+[a-z]")


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind17, name_words, (blind16, blind15, blind14, blind13),
                                  initials=re.compile(rf"[A-Z]{{2,4}}|[A-Z]\.|{SPELLED.pattern}"))
    spelled = [s.text for r in corpus for s in r.pii if s.entity == "PERSON" and SPELLED.fullmatch(s.text)]
    assert len(spelled) >= 20 and all(s.replace(" ", "") in blind17.own_names() for s in spelled)


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    orgs = {s.text for r in corpus for s in r.pii if s.entity == "ORGANIZATION"}
    keep = {t for r in corpus for t in r.keep}
    spans = [s for r in corpus for s in r.pii]
    # names typed in lower case and in capitals, and written properly in the answer of the same record
    lower = [p for p in people if p.islower() and len(p) > 3 and not SPELLED.fullmatch(p)]
    assert len(lower) >= 200 and sum(p.isupper() and len(p) > 3 for p in people) >= 100
    proper = 0
    for r in corpus:
        doc, answer = document_and_answer(r)
        typed = {s.text for s in r.pii if s.entity == "PERSON" and s.field == doc and s.text.islower()}
        written = {s.text for s in r.pii if s.entity == "PERSON" and s.field == answer}
        proper += any(t == w.lower() or t in w.lower().split() for t in typed for w in written)
    assert proper >= 100
    # a name misspelled once and spelled right in the same text; a nickname beside the full name; a street's name for a man
    typos = set(blind17.TYPOS.values())
    both = sum(any(w in typos for p in (s.text for s in r.pii if s.entity == "PERSON" and s.field == f) for w in p.split())
               and any(blind17.TYPOS.get(w) for p in (s.text for s in r.pii if s.entity == "PERSON" and s.field == f) for w in p.split())
               for r in corpus for f in fields(r))
    assert both >= 15
    assert sum(p in blind17.NICKNAMES.values() for p in people) >= 30 and sum(p in blind17.MONIKERS for p in people) >= 10
    assert any(p.startswith("'M") for p in people)  # the Basotho married women's names with the apostrophe
    assert len({w for p in people for w in p.split()} & set(blind17.COMMON_WORD_NAMES)) >= 5  # names that are common words
    # numbers, dates and an e-mail address said aloud; dates typed informally; WhatsApp stamps and a sender not in the contacts
    assert sum(s.entity == "PHONE_NUMBER" and re.fullmatch(r"[a-z ]+", s.text) is not None for s in spans) >= 30
    assert sum(s.entity == "DATE_TIME" and re.fullmatch(r"[a-z ]+ of [a-z]+( [a-z ]+)?", s.text) is not None for s in spans) >= 30
    assert sum(s.entity == "EMAIL_ADDRESS" and " dot " in s.text for s in spans) >= 10
    assert sum(s.entity == "CASE_NUMBER" and " stroke " in s.text for s in spans) >= 10
    assert any(s.entity == "DATE_TIME" and re.fullmatch(r"(mon|tues|weds|thurs|fri|sat|sun) \d+(st|nd|rd|th)", s.text) for s in spans)
    assert sum(s.entity == "DATE_TIME" and re.fullmatch(r"\d\d/\d\d/\d{4}, \d\d:\d\d(:\d\d)?", s.text) is not None for s in spans) >= 200
    senders = sum(len(re.findall(r"(?m)^(?:\[\d\d/\d\d/\d{4}, [\d:]+\]|\d\d/\d\d/\d{4}, \d\d:\d\d -) \+[\d ]+:", t))
                  for r in corpus for t in fields(r).values())
    assert senders >= 20
    # phone numbers typed with +44 and (0); handles; partial addresses; directions
    assert any(s.entity == "PHONE_NUMBER" and "(0)" in s.text for s in spans)
    assert sum(s.entity == "ACCOUNT_NUMBER" and s.text.startswith("@") for s in spans) >= 20
    assert any("above the chemist on " in t for r in corpus for t in fields(r).values())
    assert any(re.search(r"the (house behind the dairy|blue house near) ", t) for r in corpus for t in fields(r).values())
    # organisations carrying a person's name, a title or a place
    assert {"Dr Gray's Hospital", "Wadadli Law Clinic", "Blackwater Language Services Ltd", "UHW"} <= orgs
    assert any(o.startswith("James ") for o in orgs) and any("'Mamohato" in o or o.startswith("Scott ") or o.startswith("Motebang") for o in orgs)
    assert any(re.fullmatch(r"[A-Z][a-z]+('s Auto Repair| Transmission & Muffler)", o) for o in orgs)
    assert any(o.islower() for o in orgs)  # an organisation typed or spoken in lower case
    # protected terms: doses, lab values, scales, conditions, statutes, legal terms of art, money
    assert any(re.search(r"\d mg ", t) for t in keep) and any(re.search(r"mmol/L|g/L|mg/L|g/dL", t) for t in keep)
    assert any(re.match(r"(NEWS2|Braden|PHQ-9|Clinical Frailty Scale)", t) for t in keep) and "section 21 notice" in keep
    assert any(" Act " in t for t in keep) and any(re.match(r"(£|\$|EC\$|M)\d", t) for t in keep) and "pre-eclampsia" in keep


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind17.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind17.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind17)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind17.main(["--stats", "--docs", str(len(blind17.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind17.DOCTYPES)
