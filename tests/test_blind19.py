"""The nineteenth blind scrubbing corpus (bench/blind19.py): records from work, school, money and family life where health and legal
matters meet ordinary life (occupational health, fit notes, plans, panels, tribunals, investigations, case notes, claims, a statement
of affairs, an obituary, a family history) in instruction and chat records, labels exact at their offsets and sound, records valid
in their fedtune format, every identifier with a published check passing it (validators written here apart from the generator's,
and the formats' published examples), identity numbers that carry the birth date and sex they claim, names of its own, the hard
cases (people named after things, months and places, eponyms beside people of the same name, née, the late, Jr., nicknames,
patronymics, initials in a log, code-switched text), determinism (under another hash seed too, marked slow), every register.
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
    abn_valid,
    assert_labels_at_offsets,
    assert_people_carry_own_names,
    assert_same_under_hash_seeds,
    compact,
    earlier_doctypes,
    gb_iban_valid,
    luhn_valid,
    nhs_valid,
    npi_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind16  # noqa: E402
import blind17  # noqa: E402
import blind18  # noqa: E402
import blind19  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind19.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind19.text_fields(r.record))


def document_and_answer(r: blind3.Blind3Record) -> tuple[str, str]:
    if r.kind == "instruction":
        return "input", "output"
    n = len(r.record["messages"])
    return f"messages[{n - 2}].content", f"messages[{n - 1}].content"


def words_of(name: str) -> frozenset[str]:
    """A person's words, the quotation marks around an obituary's nickname dropped."""
    return blind19.name_words(name.replace('"', " "))


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def real_date(yy: int, mm: int, dd: int, century: int) -> bool:
    try:
        datetime.date(century + yy, mm, dd)
    except ValueError:
        return False
    return True


def nhi_valid(n: str) -> bool:
    """New Zealand NHI number, AAANNNC: letters A-Z without I and O numbered 1 to 24, the six characters times 7, 6, 5, 4, 3, 2,
    the check 11 less the sum modulo 11 (10 is written 0), and no check where the sum is a multiple of 11."""
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", n):
        return False
    values = [ord(c) - 64 - (c > "I") - (c > "O") for c in n[:3]] + [int(c) for c in n[3:6]]
    total = sum(v * w for v, w in zip(values, range(7, 1, -1)))
    return total % 11 != 0 and (11 - total % 11) % 10 == int(n[6])


def ird_valid(n: str) -> bool:
    """New Zealand IRD number: 10,000,000 to 150,000,000; the digits before the check, eight with leading zeros, times 3 2 7 6 5 4 3
    2; remainder 0 is check 0, otherwise 11 less it; a 10 recomputes with 7 4 3 2 5 2 7 6, and a second 10 is invalid."""
    if not re.fullmatch(r"\d{8,9}", n) or not 10_000_000 <= int(n) <= 150_000_000:
        return False
    base = n[:-1].rjust(8, "0")
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        rem = sum(int(c) * w for c, w in zip(base, weights)) % 11
        check = 11 - rem if rem else 0
        if check < 10:
            return check == int(n[-1])
    return False


def curp_valid(c: str) -> bool:
    """Mexican CURP: four letters, a real birth date YYMMDD, H or M, two letters of the state, three consonants, a digit (1900s)
    or letter (2000s), and a check digit: each character's value in 0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ times 18, 17, ... 2,
    the check ten less the sum modulo 10, 10 written 0."""
    m = re.fullmatch(r"[A-Z]{4}(\d\d)(\d\d)(\d\d)[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}([0-9A-Z])(\d)", c)
    if not m or not real_date(int(m[1]), int(m[2]), int(m[3]), 1900 if m[4].isdigit() else 2000):
        return False
    table = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(table.index(ch) * weight for ch, weight in zip(c[:17], range(18, 1, -1)))
    return str(-total % 10) == m[5]


def acn_valid(n: str) -> bool:
    """Australian Company Number: nine digits, the first eight times 8 down to 1, the check the sum's complement to a multiple of 10."""
    return bool(re.fullmatch(r"\d{9}", n)) and (sum(int(c) * w for c, w in zip(n, range(8, 0, -1))) + int(n[8])) % 10 == 0


def sa_id_valid(n: str) -> bool:
    """South African identity number: a real birth date YYMMDD, four digits, 0 or 1, a digit, and the Luhn check."""
    return bool(re.fullmatch(r"\d{10}[01]\d\d", n)) and real_date(int(n[:2]), int(n[2:4]), int(n[4:6]), 1900) and luhn_valid(n)


def sa_tax_valid(n: str) -> bool:
    """South African income tax reference number: ten digits, 0, 1, 2, 3 or 9 first, and the Luhn check."""
    return bool(re.fullmatch(r"[01239]\d{9}", n)) and luhn_valid(n)


def upn_valid(n: str) -> bool:
    """English unique pupil number: a check letter, then twelve digits times their positions 2 to 13, summed modulo 23, index
    ABCDEFGHJKLMNPQRTUVWXYZ."""
    return bool(re.fullmatch(r"[A-Z]\d{12}", n)) and "ABCDEFGHJKLMNPQRTUVWXYZ"[sum(int(c) * p for p, c in enumerate(n[1:], 2)) % 23] == n[0]


def uln_valid(n: str) -> bool:
    """Unique Learner Number, as the author reads the Learning Records Service's description: ten digits, the first nine times 10
    down to 2, the sum modulo 11 not 0, and the tenth digit 10 less it."""
    if not re.fullmatch(r"[1-9]\d{9}", n):
        return False
    rem = sum(int(c) * w for c, w in zip(n[:9], range(10, 1, -1))) % 11
    return rem != 0 and 10 - rem == int(n[9])


def hc_valid(n: str) -> bool:
    """Northern Ireland Health and Care number: ten digits from 320 to 399, with the NHS number's modulus 11 check."""
    return bool(re.fullmatch(r"3[2-9]\d{8}", n)) and nhs_valid(n)


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (nhi_valid, "ZAC5361"), (nhi_valid, "ZZZ0016"),  # the Ministry of Health's documented test NHI numbers
    (ird_valid, "49091850"), (ird_valid, "136410132"),  # Inland Revenue's check-digit examples
    (curp_valid, "BOXW310820HNERXN09"),  # the CURP example of python-stdnum's documentation
    (npi_valid, "1234567893"),  # CMS's example NPI
    (acn_valid, "004085616"), (abn_valid, "51824753556"),  # ASIC's example ACN and the ATO's example ABN
    (sa_id_valid, "8001015009087"),  # the South African identity number format's usual example
    (sa_tax_valid, "0001339050"),  # the income tax reference example of python-stdnum's documentation
    (upn_valid, "B801200005001"),  # the UPN example of python-stdnum's documentation
    (nhs_valid, "9434765919"),  # NHS Digital's example number
    (gb_iban_valid, "GB82WEST12345698765432"),  # the ISO 13616 British example
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (nhi_valid, "ZAC5362"), (nhi_valid, "ZZZ0015"), (ird_valid, "136410133"), (ird_valid, "49091851"), (curp_valid, "BOXW310820HNERXN08"),
    (npi_valid, "1234567894"), (acn_valid, "004085617"), (sa_id_valid, "8001015009088"), (sa_tax_valid, "0001339051"), (upn_valid, "A801200005001"),
    (hc_valid, "9434765919"), (gb_iban_valid, "GB83WEST12345698765432"), (uln_valid, "1000000001"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind19.nhi_digit("ZAC536") == 1 and blind19.nhi_digit("ZZZ001") == 6 and blind19.ird_digit("4909185") == 0
    assert blind19.ird_digit("13641013") == 2 and blind19.curp_digit("BOXW310820HNERXN0") == "9" and blind19.acn_digit("00408561") == 6
    assert blind19.luhn_digit("000133905") == 0 and blind19.luhn_digit("80840123456789") == 3
    assert abn_valid(blind19.abn_prefix("004085616") + "004085616")


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_its_birth_date_and_sex() -> None:
    g = blind19.Gen(random.Random(3))
    for _ in range(300):
        born, female = g.born(1935, 1999), g.rng.random() < 0.5
        assert nhi_valid(g.nhi()) and ird_valid(compact(g.ird())) and npi_valid(g.npi()) and sa_tax_valid(g.sa_tax()) and uln_valid(g.uln())
        acn = g.acn()
        assert acn_valid(acn) and abn_valid(compact(g.abn(acn))) and compact(g.abn(acn))[2:] == acn
        assert hc_valid(compact(g.hc_number())) and upn_valid(g.upn("359")) and gb_iban_valid(compact(g.iban_of("GB", "NAIA07" + g.digits(12))))
        sa = g.sa_id(born, female)
        assert sa_id_valid(sa) and sa[:6] == born.strftime("%y%m%d") and (int(sa[6:10]) < 5000) == female
        p = g.person("rg", female)
        curp = g.curp(p, born, "TS")
        assert curp_valid(curp) and curp[4:10] == born.strftime("%y%m%d") and curp[10] == "MH"[not female] and curp[0] == blind19.fold19(p.last)[0].upper()
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}( ?\d\d){3} ?[A-D]", g.nino())


def test_a_regrouped_phone_number_keeps_its_digits() -> None:
    g = blind19.Gen(random.Random(5))
    for place in blind19.PHONES:
        for _ in range(40):
            shown, again = (blind3.unmark(x, "f")[0] for x in g.tel2(place))
            assert re.sub(r"\D", "", shown) == re.sub(r"\D", "", again) and shown != again, (place, shown, again)


def test_a_polish_woman_takes_the_feminine_form_of_the_family_surname() -> None:
    g = blind19.Gen(random.Random(6))
    father = blind19.Person("Piotr", "Nowicki", "cv", False)
    assert g.relative(father, True).last == "Nowicka" and g.relative(father, False).last == "Nowicki"
    assert g.relative(blind19.Person("Zofia", "Zawadzka", "cv", True), False).last == "Zawadzki"


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind19.DOCS >= 150 and len(blind19.DOCTYPES) == 20 and len(blind19.DECISIONS) + len(blind19.ACCOUNTS) == 20
    assert len(blind19.CLINICAL) == len(blind19.LEGAL) == 10 and len(blind19.DECISIONS) == len(blind19.ACCOUNTS) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind19.DOCTYPES}
    assert min(counts.values()) >= blind19.DOCS // len(blind19.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind19", 0) == r.kind
        validate(r.record, "blind19", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    assert not set(blind19.DOCTYPES) & earlier_doctypes(19)


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 5500 and sum(len(r.keep) for r in corpus) >= 1200
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 2000 and counts["DATE_TIME"] >= 1000 and counts["LOCATION"] >= 400 and counts["ORGANIZATION"] >= 500
    assert counts["LICENSE_NUMBER"] >= 100 and counts["CASE_NUMBER"] >= 200 and min(counts.values()) >= 20


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind19, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind19.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind19.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


def test_personal_data_and_protected_terms_are_in_both_the_document_and_the_answer(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        doc, answer = document_and_answer(r)
        assert sum(s.field == doc for s in r.pii) >= 15 and sum(s.field == answer for s in r.pii) >= 5, r.doctype
        texts = fields(r)
        assert any(t in texts[doc] and t in texts[answer] for t in r.keep), r.doctype
        system = r.kind == "chat" and r.record["messages"][0]["role"] == "system"
        assert not any(s.field == "instruction" or (system and s.field == "messages[0].content") for s in r.pii)


# ---------------------------------------------------------------- identifiers in the corpus

CHECKED = {  # (document type, entity, pattern of the span as written) -> its validator, given the compact number
    ("return_to_work_plan", "HEALTH_ID", r"[A-HJ-NP-Z]{3}\d{4}"): nhi_valid,
    ("return_to_work_plan", "NATIONAL_ID", r"\d{2,3}-\d{3}-\d{3}"): ird_valid,
    ("statement_of_fitness_for_work", "HEALTH_ID", r"\d{3} \d{3} \d{4}|\d{10}"): nhs_valid,
    ("education_health_care_plan", "HEALTH_ID", r"\d{3} \d{3} \d{4}"): nhs_valid,
    ("school_safeguarding_referral", "HEALTH_ID", r"\d{3} \d{3} \d{4}"): nhs_valid,
    ("care_home_admission_assessment", "HEALTH_ID", r"\d{3} \d{3} \d{4}|\d{10}"): hc_valid,
    ("education_health_care_plan", "STUDENT_ID", r"\d{10}"): uln_valid,
    ("school_safeguarding_referral", "STUDENT_ID", r"[A-Z]\d{12}"): upn_valid,
    ("concussion_incident_report", "NATIONAL_ID", r"\d{13}"): sa_id_valid,
    ("income_protection_claim_assessment", "NATIONAL_ID", r"\d{13}"): sa_id_valid,
    ("income_protection_claim_assessment", "NATIONAL_ID", r"\d{10}"): sa_tax_valid,
    ("fertility_counselling_letter", "NATIONAL_ID", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d"): curp_valid,
    ("fertility_counselling_letter", "LICENSE_NUMBER", r"[12]\d{9}"): npi_valid,
    ("grievance_investigation_report", "COMPANY_REGISTRATION", r"\d{3} \d{3} \d{3}"): acn_valid,
    ("grievance_investigation_report", "COMPANY_REGISTRATION", r"\d\d \d{3} \d{3} \d{3}"): abn_valid,
    ("bankruptcy_statement_of_affairs", "COMPANY_REGISTRATION", r"\d{3} \d{3} \d{3}"): acn_valid,
    ("debt_advice_case_note", "IBAN_CODE", r"GB[\d ]{2,3}NAIA[\d ]+"): gb_iban_valid,
    ("ill_health_retirement_decision", "IBAN_CODE", r"GB\d\d ?[A-Z]{4}[\d ]+"): gb_iban_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    for r in corpus:
        for s in r.pii:
            for (doctype, entity, pattern), valid in CHECKED.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, s.text):
                    assert valid(compact(s.text)), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            if s.entity == "IBAN_CODE":
                assert gb_iban_valid(compact(s.text)), s
    assert all(v >= 3 for v in seen.values()), [k for k, v in seen.items() if v < 3]
    assert sum(seen.values()) >= 200


def test_identity_numbers_carry_the_birth_date_and_sex_the_document_gives(corpus: list[blind3.Blind3Record]) -> None:
    """A rugby player's ID number starts with the date of birth beside it and has a man's sequence; a claimant's has the sequence of
    the sex the assessor writes; a partner's CURP carries the date of birth the letter gives him, and a man's H."""
    seen = 0
    for r in corpus:
        text = fields(r)[document_and_answer(r)[0]]
        if r.doctype == "concussion_incident_report":
            m = re.search(r"ID no\.: (\d{13})   Date of birth: (\d{4})-(\d\d)-(\d\d)", text)
            assert m and m[1][:6] == m[2][2:] + m[3] + m[4] and int(m[1][6:10]) >= 5000
            seen += 1
        elif r.doctype == "income_protection_claim_assessment":
            m, sex = re.search(r"ID no\. (\d{13})", text), re.search(r"unable to perform (his|her) own occupation", text)
            assert m and sex and (int(m[1][6:10]) < 5000) == (sex[1] == "her")
            seen += 1
        elif r.doctype == "fertility_counselling_letter":
            m = re.search(r"CURP \(([A-Z0-9]{18})\) and dates of birth \(([A-Z][a-z]+ \d+, \d{4}); ([A-Z][a-z]+ \d+, \d{4})\)", text)
            assert m and m[1][4:10] == datetime.datetime.strptime(m[3], "%B %d, %Y").strftime("%y%m%d") and m[1][10] == "H"
            seen += 1
    assert seen >= 25


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind19, words_of, (blind18, blind17, blind16), initials=re.compile(r"[A-Z]{2,4}"))
    assert not blind19.own_names() & blind19.earlier_names()
    assert blind18.own_names() | blind18.earlier_names() <= blind19.earlier_names()


CODE_SWITCHED = {"statement_of_fitness_for_work": "Datganiad Ffitrwydd i Weithio", "return_to_work_plan": "whānau",
                 "concussion_incident_report": "Baie dankie", "outbreak_investigation_report": "Nagsakit gid ang tiyan ko",
                 "trial_screening_log": "Theek hai", "fertility_counselling_letter": "queremos intentarlo", "care_home_admission_assessment": "a stór",
                 "income_protection_claim_assessment": "Ke a leboga", "obituary_and_funeral_notice": "Gus am bris an latha",
                 "debt_advice_case_note": "Bore da"}


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    spans = [s for r in corpus for s in r.pii]
    people = [s.text for s in spans if s.entity == "PERSON"]
    orgs = {s.text for s in spans if s.entity == "ORGANIZATION"}
    keep = {t for r in corpus for t in r.keep}
    texts = [t for r in corpus for t in fields(r).values()]
    # people named after things, months, virtues, trades and places; a surname beside the eponym the same text keeps
    words = {w for p in people for w in p.replace('"', " ").split()}
    assert len(words & set(blind19.COMMON_WORD_NAMES)) >= 25 and len(words & set(blind19.PLACE_NAMES)) >= 10
    for surname, eponym in (("Miller", "Miller Fisher syndrome"), ("Turner", "Turner syndrome")):
        both = sum(any(s.field == f and s.entity == "PERSON" and surname in s.text.split() for s in r.pii) and eponym in r.keep and eponym in text
                   for r in corpus for f, text in fields(r).items())
        assert both >= 2, surname
    assert not any(re.search(r"(Miller Fisher|Turner syndrome|Crohn|Ménière)", s.text) for s in spans)
    # family names: née, the late, Jr./Sr., nicknames in quotation marks, patronymics and by-names, a Polish woman's form
    assert sum(" (née " in t for t in texts) >= 5 and sum("the late " in t for t in texts) >= 10
    assert any(p.endswith((" Jr.", " Sr.")) for p in people) and sum(re.search(r'" [A-Z]', p) is not None for p in people) >= 10
    assert sum(" mac " in p for p in people) >= 10 and any(set(p.split()) & set(blind19.BYNAMES) for p in people)
    assert any(p.endswith(("Nowicka", "Kaminska", "Zawadzka")) for p in people)
    assert any(p in blind19.NICKNAMES for p in people)  # "Rest easy, Cookie."
    # initials in a trial log, labelled; the names they stand for in the key
    assert sum(re.fullmatch(r"[A-Z]{2,4}", p) is not None for p in people) >= 30
    # dates as these documents write them; academic years and terms with only a year are left alone
    dates = [s.text for s in spans if s.entity == "DATE_TIME"]
    assert sum(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}", d) is not None for d in dates) >= 30 and any("w/c " in t for t in texts)
    assert sum(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"\d{4}-\d\d-\d\d", d) is not None for d in dates) >= 5 and sum(re.search(r"\d\d:\d\d", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}", d) is not None for d in dates) >= 5
    assert any(re.search(r"Academic year \d{4}/\d\d, Spring term \d{4}", t) for t in texts)
    assert not any(re.search(r"\d{4}/\d\d$|term", d) for d in dates)
    # organisations named after people or places, in Welsh; code-switched text in every register that has it
    assert {"Corazon Locsin Montelibano Memorial Regional Hospital", "Mediclinic Stellenbosch", "Nottinghamshire Pension Fund",
            "Australian Workers' Union", "Coventry Students' Union"} <= orgs
    assert sum(o.startswith(("Meddygfa", "Canolfan", "Cyngor")) for o in orgs) >= 3  # named in Welsh
    for doctype, phrase in CODE_SWITCHED.items():
        assert any(phrase in t for r in corpus if r.doctype == doctype for t in fields(r).values()), doctype
    # protected terms: statutes, benefits, scores, grades, doses, money
    assert {"Equality Act 2010", "Personal Independence Payment", "Debt Relief Order", "Bankruptcy Act 1966", "Statutory Sick Pay", "Te Whare Tapa Whā",
            "Children and Families Act 2014", "Universal Credit", "SCAT6", "Mass of Christian Burial"} <= keep
    assert any(re.search(r"\d mg", t) for t in keep) and any(re.match(r"(£|\$|R)\d", t) for t in keep) and any(t.startswith(("Grade", "Band")) for t in keep)
    assert any(re.search(r"score \d+", t) for t in keep) and any(re.search(r"\d+%", t) for t in keep)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind19.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind19.generate(10, seed=1)] != [r.record for r in corpus[:10]]


@pytest.mark.slow
def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind19)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind19.main(["--stats", "--docs", str(len(blind19.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind19.DOCTYPES)
