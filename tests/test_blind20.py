"""The twentieth blind scrubbing corpus (bench/blind20.py): allied health and primary care outside the hospital and criminal and
family justice, in instruction and chat records, labels exact at their offsets and sound, records valid in their fedtune format,
every identifier with a published check passing it (validators written here apart from the generator's, and the formats' published
examples), identity numbers that carry the birth date, the sex and the place the document gives, names of its own, the hard cases
(names that are words, bin and binti, a/l and a/p, surname-first Chinese names, landmarks in addresses, courts left generic,
code-switched text), determinism (under another hash seed too, marked slow), every register. Nothing here runs the scrubber."""

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
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind18  # noqa: E402
import blind19  # noqa: E402
import blind20  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind20.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind20.text_fields(r.record))


def document_and_answer(r: blind3.Blind3Record) -> tuple[str, str]:
    if r.kind == "instruction":
        return "input", "output"
    n = len(r.record["messages"])
    return f"messages[{n - 2}].content", f"messages[{n - 1}].content"


def words_of(name: str) -> frozenset[str]:
    """A person's words, a comma after a surname in capitals dropped."""
    return blind20.name_words(name.replace(",", " "))


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def real_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def nuban_valid(bank: str, account: str) -> bool:
    """NUBAN (CBN): the three-digit bank code then the ten-digit account; the first twelve digits times 3, 7, 3, 3, 7, 3, 3, 7, 3, 3,
    7, 3; the last digit is what brings the sum to a multiple of ten."""
    if not (re.fullmatch(r"\d{3}", bank) and re.fullmatch(r"\d{10}", account)):
        return False
    digits = [int(c) for c in bank + account]
    weights = [3, 7, 3] * 4
    return (sum(d * w for d, w in zip(digits[:12], weights)) + digits[12]) % 10 == 0


def aba_valid(n: str) -> bool:
    """ABA routing number: 3 x (d1 + d4 + d7) + 7 x (d2 + d5 + d8) + (d3 + d6 + d9) is a multiple of 10."""
    if not re.fullmatch(r"\d{9}", n):
        return False
    d = [int(c) for c in n]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def pk_iban_valid(n: str) -> bool:
    """A Pakistani IBAN: PK, two check digits, four letters of the bank, sixteen digits; the ISO 13616 remainder 1 modulo 97."""
    if not re.fullmatch(r"PK\d\d[A-Z]{4}\d{16}", n):
        return False
    moved = n[4:] + n[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def mbi_valid(n: str) -> bool:
    """Medicare Beneficiary Identifier (CMS): C A AN N A AN N A A N N, where A is a letter other than S, L, O, I, B, Z and C is 1-9."""
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(rf"[1-9]{a}(?:{a}|\d)\d{a}(?:{a}|\d)\d{a}{a}\d\d", n))


def mykad_parts(n: str) -> tuple[datetime.date, str, bool] | None:
    """A MyKad or MyKid number YYMMDD-PB-###G: the birth date (a two-digit year read as this century when it would otherwise lie in
    the future of 2025... read here as 19YY for YY > 25), the place-of-birth code and the sex (an even last digit a woman)."""
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-(\d\d)-\d{3}(\d)", n)
    if not m:
        return None
    year = int(m[1]) + (1900 if int(m[1]) > 25 else 2000)
    if not real_date(year, int(m[2]), int(m[3])):
        return None
    return datetime.date(year, int(m[2]), int(m[3])), m[4], int(m[5]) % 2 == 0


def lk_nic_parts(n: str) -> tuple[int, int, int, bool] | None:
    """A Sri Lankan NIC, old (YY DDD NNNN V) or new (YYYY DDD 0 NNNN): the birth year, the month and day the day number gives in a
    year of 366 days, and the sex (a day number over 500 a woman)."""
    m = re.fullmatch(r"(\d\d)(\d{3})\d{4}V", n) or re.fullmatch(r"(\d{4})(\d{3})0\d{4}", n)
    if not m:
        return None
    year = int(m[1]) + (1900 if len(m[1]) == 2 else 0)
    days, female = int(m[2]), int(m[2]) > 500
    days -= 500 if female else 0
    if not 1 <= days <= 366:
        return None
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=days - 1)  # 2000 had 366 days
    return year, day.month, day.day, female


def cnic_parts(n: str) -> tuple[str, bool] | None:
    """A Pakistani CNIC 12345-1234567-1: the first two digits (the province and the division) and the sex (even last digit a woman)."""
    m = re.fullmatch(r"(\d\d)\d{3}-\d{7}-(\d)", n)
    return (m[1], int(m[2]) % 2 == 0) if m else None


def omang_female(n: str) -> bool | None:
    return {"1": False, "2": True}.get(n[4]) if re.fullmatch(r"\d{9}", n) else None


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (aba_valid, "011000015"),  # the Federal Reserve Bank of Boston's routing number
    (pk_iban_valid, "PK36SCBL0000001123456702"),  # the SWIFT IBAN registry's Pakistani example
    (mbi_valid, "1EG4TE5MK73"),  # CMS's example MBI
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (aba_valid, "011000016"), (pk_iban_valid, "PK37SCBL0000001123456702"), (mbi_valid, "1SG4TE5MK73"), (mbi_valid, "0EG4TE5MK73"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_nuban_validator_and_the_generator_agree_and_reject_a_changed_digit() -> None:
    g = blind20.Gen(random.Random(4))
    for _ in range(200):
        bank = g.pick(("011", "033", "057", "058"))
        n = g.nuban(bank)
        assert nuban_valid(bank, n)
        wrong = n[:-1] + str((int(n[-1]) + 1) % 10)
        assert not nuban_valid(bank, wrong)
    assert blind20.aba_digit("01100001") == 5 and blind20.iban_check("PK", "SCBL0000001123456702") == "36"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_its_birth_date_sex_and_place() -> None:
    g = blind20.Gen(random.Random(3))
    for _ in range(300):
        born, female = g.born(1935, 2019), g.rng.random() < 0.5
        assert aba_valid(g.aba()) and pk_iban_valid(compact(g.pk_iban())) and mbi_valid(compact(g.mbi()))
        assert mykad_parts(g.mykad(born, "04", female)) == (born, "04", female) or born.year <= 1925
        for new in (True, False) if born.year < 2000 else (True,):
            assert lk_nic_parts(g.lk_nic(born, female, new)) == (born.year, born.month, born.day, female)
        assert cnic_parts(g.cnic(female)) == ("36", female) and omang_female(g.omang(female)) == female
        nin = g.ug_nin(born, female)
        assert re.fullmatch(r"C[FM]\d{8}[A-Z]{4}", nin) and (nin[1] == "F") == female and nin[2:4] == f"{born.year % 100:02d}"
        assert g.bd_nid(born)[:6] == f"{born.year}81" and len(g.bd_nid(born)) == 17


def test_a_regrouped_phone_number_keeps_its_digits() -> None:
    g = blind20.Gen(random.Random(5))
    for place in blind20.PHONES:
        for _ in range(40):
            shown, again = (blind3.unmark(x, "f")[0] for x in g.tel2(place))
            assert re.sub(r"\D", "", shown) == re.sub(r"\D", "", again) and shown != again, (place, shown, again)


def test_names_are_written_as_their_places_write_them() -> None:
    malay = blind20.Person("Azmi", "Daud", "kb", False)
    assert blind3.unmark(malay.full(), "f")[0] == "Azmi bin Daud" and blind3.unmark(malay.sur(), "f")[0] == "Azmi"
    nyonya = blind20.Person("Sook Guat", "Tay", "mc", True)
    assert blind3.unmark(nyonya.full(), "f")[0] == "Tay Sook Guat" and blind3.unmark(nyonya.caps(), "f")[0] == "TAY SOOK GUAT"
    assert blind3.unmark(blind20.Person("Malar", "Rajoo", "mi", True).full(), "f")[0] == "Malar a/p Rajoo"
    assert blind3.unmark(blind20.Person("Toivo", "Maki", "mq", False).caps(), "f")[0] == "MAKI, Toivo"


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind20.DOCS >= 150 and len(blind20.DOCTYPES) == 20
    assert len(blind20.CLINICAL) == len(blind20.LEGAL) == 10 and len(blind20.AT_THE_TIME) == len(blind20.FOR_A_DECISION) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind20.DOCTYPES}
    assert min(counts.values()) >= blind20.DOCS // len(blind20.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind20", 0) == r.kind
        validate(r.record, "blind20", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    assert not set(blind20.DOCTYPES) & earlier_doctypes(20)


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 4000 and sum(len(r.keep) for r in corpus) >= 1100
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 1300 and counts["DATE_TIME"] >= 600 and counts["LOCATION"] >= 500 and counts["ORGANIZATION"] >= 150
    assert counts["LICENSE_NUMBER"] >= 100 and counts["CASE_NUMBER"] >= 200 and counts["NATIONAL_ID"] >= 250 and min(counts.values()) >= 20


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind20, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind20.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind20.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


def test_personal_data_and_protected_terms_are_in_both_the_document_and_the_answer(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        doc, answer = document_and_answer(r)
        assert sum(s.field == doc for s in r.pii) >= 12 and sum(s.field == answer for s in r.pii) >= 4, r.doctype
        texts = fields(r)
        assert any(t in texts[doc] and t in texts[answer] for t in r.keep), r.doctype
        system = r.kind == "chat" and r.record["messages"][0]["role"] == "system"
        assert not any(s.field == "instruction" or (system and s.field == "messages[0].content") for s in r.pii)


# ---------------------------------------------------------------- identifiers in the corpus

BANK_CODES = {"Guaranty Trust Bank": "058", "United Bank for Africa": "033", "First Bank of Nigeria": "011", "Zenith Bank": "057"}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = {"nuban": 0, "aba": 0, "iban": 0, "mbi": 0}
    for r in corpus:
        text = fields(r)[document_and_answer(r)[0]]
        if r.doctype == "police_statement_of_witness":
            m = re.search(r"my (.+?) account (\d{10}) was blocked", text)
            n = re.search(r"to account (\d{10}) \((.+?)\)", text)
            assert m and n and nuban_valid(BANK_CODES[m[1]], m[2]) and nuban_valid(BANK_CODES[n[2]], n[1])
            seen["nuban"] += 2
        if r.doctype == "victim_impact_statement":
            m = re.search(r"routing (\d{9})", text)
            assert m and aba_valid(m[1]) and m[1].startswith("104")
            seen["aba"] += 1
        if r.doctype == "audiology_report":
            m = re.search(r"Medicare \(MBI\) (\S+)", text)
            assert m and mbi_valid(compact(m[1]))
            seen["mbi"] += 1
        for s in r.pii:
            if s.entity == "IBAN_CODE":
                assert pk_iban_valid(compact(s.text)), s
                seen["iban"] += 1
    assert all(v >= 10 for v in seen.values()), seen


def test_identity_numbers_carry_the_birth_date_sex_and_place_the_document_gives(corpus: list[blind3.Blind3Record]) -> None:
    """A child's MyKid has the date of birth beside it and Melaka's code; a patient's MyKad Kelantan's; an ambulance patient's NIC
    the sex the crew records; a petitioner's CNIC a man's, from Multan division; the parties to a protection order an applicant
    woman's Omang and a respondent man's; the parents in a custody order F and M in their NINs; a crisis plan's NIN the birth year;
    an optometry patient's NID the birth year and Rajshahi's code; a defendant's Michigan licence the surname's initial."""
    seen: dict[str, int] = {}
    for r in corpus:
        text = fields(r)[document_and_answer(r)[0]]
        d = r.doctype
        if d == "speech_therapy_report":
            m = re.search(r"MyKid (\S+)   DOB (\d\d)/(\d\d)/(\d{4})", text)
            parts = m and mykad_parts(m[1])
            assert parts and parts[0] == datetime.date(int(m[4]), int(m[3]), int(m[2])) and parts[1] == "04"
        elif d == "dental_treatment_plan_and_consent":
            m = re.search(r"\(MyKad\): (\S+)", text)
            assert m and mykad_parts(m[1]) and mykad_parts(m[1])[1] == "03"
        elif d == "ambulance_patient_care_record":
            m = re.search(r", \d+ y, ([FM]); NIC (\w+)", text)
            parts = m and lk_nic_parts(m[2])
            assert parts and parts[3] == (m[1] == "F")
        elif d == "mediation_board_certificate":
            assert all(lk_nic_parts(n) for n in re.findall(r"NIC (\w+),", text)) and len(re.findall(r"NIC (\w+),", text)) == 2
        elif d == "bail_application":
            m = re.search(r"son of .+?, CNIC (\S+),", text)
            assert m and cnic_parts(m[1]) == ("36", False)
        elif d == "protection_order":
            omangs = re.findall(r"\(Omang (\d{9})\)", text)
            assert [omang_female(o) for o in omangs] == [True, False]
        elif d == "custody_order":
            assert [n[1] for n in re.findall(r"\(NIN (C[FM]\w+)\)", text)] == ["F", "M"]
        elif d == "mental_health_crisis_plan":
            m = re.search(r"NIN (C[FM](\d\d)\w+)   Date of birth \d\d/\d\d/\d\d(\d\d)", text)
            assert m and m[2] == m[3]
        elif d == "optometry_referral":
            m = re.search(r"NID (\d{17})", text)
            assert m and m[1][4:6] == "81" and 1940 <= int(m[1][:4]) <= 2010
        elif d == "presentence_investigation_report":
            m = re.search(r"Defendant: ([^,]+), .*?Driver's license: ([A-Z]) ", text, re.DOTALL)
            assert m and blind18.fold18(m[1])[0].upper() == m[2]
        else:
            continue
        seen[d] = seen.get(d, 0) + 1
    assert len(seen) == 10 and min(seen.values()) >= 8, seen


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind20, words_of, (blind19, blind18))
    assert not blind20.own_names() & blind20.earlier_names()
    assert blind19.own_names() | blind19.earlier_names() <= blind20.earlier_names()


CODE_SWITCHED = {"dental_treatment_plan_and_consent": "Sakit sikit jah", "speech_therapy_report": "Dia cakap sikit-sikit saja",
                 "diabetic_foot_assessment": "Kia orana", "mental_health_crisis_plan": "Cwinya lit", "antenatal_booking_record": "Tiwonane ku chipatala",
                 "mediation_board_certificate": "Ungal iruvarum", "protection_order": "Re a go sireletsa", "prison_visits_log": "Yɛda wo ase"}


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    spans = [s for r in corpus for s in r.pii]
    people = [s.text for s in spans if s.entity == "PERSON"]
    keep = {t for r in corpus for t in r.keep}
    texts = [t for r in corpus for t in fields(r).values()]
    # names that are words, surnames that are words; the forms of Malay, Malaysian Indian, Bengali and Chinese names
    joined = "\n".join(people)
    assert sum(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", joined, re.IGNORECASE) is not None for n in blind20.COMMON_WORD_NAMES) >= 20
    assert sum(" bin " in p or " BIN " in p for p in people) >= 5 and sum(" binti " in p or " BINTI " in p for p in people) >= 5
    assert any(re.search(r" a/[lp] | A/[LP] ", p) for p in people) and sum(p.startswith("Md. ") for p in people) >= 5
    chinese = {s for _, _, s in [blind20.PEOPLE["mc"]] for s in s}
    assert sum(p.split()[0].rstrip(",").title() in chinese for p in people) >= 5
    # addresses with landmarks; courts named generically with their seat labelled
    places = [s.text for s in spans if s.entity == "LOCATION"]
    assert sum(re.search(r", (off|by|opposite) ", p) is not None for p in places) >= 10
    assert {"NYERI", "JINJA", "SEROWE", "MULTAN"} <= set(places)
    assert not any(re.search(r"Court|Legal Aid Board|Police Force|Prisons Service", s.text) for s in spans if s.entity == "ORGANIZATION")
    # dates as these documents write them
    dates = [s.text for s in spans if s.entity == "DATE_TIME"]
    assert sum(re.fullmatch(r"\d{1,2}(st|nd|rd|th) day of [A-Z][a-z]+ \d{4}", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"\d{1,2}(st|nd|rd|th) and \d{1,2}(st|nd|rd|th) of [A-Z][a-z]+ \d{4}", d) is not None for d in dates) >= 5
    assert sum(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", d) is not None for d in dates) >= 20 and sum(re.fullmatch(r"\d{4}-\d\d-\d\d", d) is not None for d in dates) >= 5
    assert sum(re.search(r"\d\d:\d\d", d) is not None for d in dates) >= 20 and any("on or about the " in t or "on or about " in t for t in texts)
    assert not any(re.fullmatch(r"\d\d:\d\d", d) for d in dates)
    # code-switched text in every register that has it
    for doctype, phrase in CODE_SWITCHED.items():
        assert any(phrase in t for r in corpus if r.doctype == doctype for t in fields(r).values()), doctype
    # protected terms: teeth, refractions, thresholds, scales, statutes, sentences, doses, money
    assert {"Ipswich Touch Test 4/6", "Type A tympanogram", "Domestic Violence Act (Cap. 28:05)", "section 497 Cr.P.C.", "Children Act Cap 59",
            "Mediation Boards Act No. 72 of 1988", "Holmes Youthful Trainee Act", "Legal Aid Act No. 1 of 2021", "G3 P2"} <= keep
    assert any(re.fullmatch(r"tooth \d\d", t) for t in keep) and any(re.search(r"-?\d\.\d\d DS", t) for t in keep) and any(t.endswith("dB HL") for t in keep)
    assert any(re.search(r"\d+ years' imprisonment", t) for t in keep) and any(re.search(r"\d mg", t) for t in keep)
    assert any(re.match(r"(RM|Rs\. |\$|N|K|UGX )\d", t) for t in keep)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind20.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind20.generate(10, seed=1)] != [r.record for r in corpus[:10]]


@pytest.mark.slow
def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind20)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind20.main(["--stats", "--docs", str(len(blind20.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind20.DOCTYPES)
