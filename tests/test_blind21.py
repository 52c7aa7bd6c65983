"""The twenty-first blind scrubbing corpus (bench/blind21.py): housing, migration and social care and urgent and occupational care,
in instruction and chat records, labels exact at their offsets and sound, records valid in their fedtune format, every identifier
with a published check passing it (validators written here apart from the generator's, and the formats' published examples),
identity numbers that carry the birth date, the sex and the place the document gives, names of its own, the hard cases (names that
are words, bin and binti, single Karen names, Al before Emirati family names, a name in a machine-readable zone, landmarks in
addresses, national bodies left generic, code-switched text), determinism (under another hash seed too, marked slow), every
register. Nothing here runs the scrubber."""

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
    luhn_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind20  # noqa: E402
import blind21  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind21.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind21.text_fields(r.record))


def document_and_answer(r: blind3.Blind3Record) -> tuple[str, str]:
    if r.kind == "instruction":
        return "input", "output"
    n = len(r.record["messages"])
    return f"messages[{n - 2}].content", f"messages[{n - 1}].content"


def words_of(name: str) -> frozenset[str]:
    """A person's words, a comma after a surname in capitals and a machine-readable zone's fillers dropped."""
    return blind21.name_words(name.replace(",", " ").replace("<", " "))


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def real_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


MRZ_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def mrz_check(field: str) -> str:
    """ICAO Doc 9303 part 3: each character's value (0-9, A=10 ... Z=35, the filler 0) times 7, 3, 1 repeating, summed, modulo 10."""
    weights = [7, 3, 1]
    return str(sum(MRZ_VALUES[c] * weights[i % 3] for i, c in enumerate(field)) % 10)


def td3_line2_parts(line: str) -> tuple[str, str, str, str] | None:
    """A passport's second line (TD3, 44 characters) if its five check digits hold: the number, the birth date, the sex, the expiry."""
    if len(line) != 44 or not re.fullmatch(r"[0-9A-Z<]{44}", line):
        return None
    number, dob, sex, exp, opt = line[0:9], line[13:19], line[20], line[21:27], line[28:42]
    checks = [(number, line[9]), (dob, line[19]), (exp, line[27])]
    if not all(mrz_check(f) == c for f, c in checks):
        return None
    if line[42] != "<" and mrz_check(opt) != line[42]:
        return None
    if mrz_check(line[0:10] + line[13:20] + line[21:43]) != line[43]:
        return None
    return number.rstrip("<"), dob, sex, exp


def imo_valid(n: str) -> bool:
    """IMO ship identification number: seven digits; the first six times 7, 6, 5, 4, 3, 2, summed, end in the seventh."""
    return bool(re.fullmatch(r"\d{7}", n)) and sum(int(n[i]) * (7 - i) for i in range(6)) % 10 == int(n[6])


def emirates_id_parts(n: str) -> int | None:
    """An Emirates ID number 784-YYYY-NNNNNNN-C: the birth year, if the fifteen digits pass Luhn."""
    m = re.fullmatch(r"784-(\d{4})-\d{7}-\d", n)
    return int(m[1]) if m and luhn_valid(n.replace("-", "")) else None


def iban_valid(n: str, country: str, length: int) -> bool:
    n = n.replace(" ", "")
    return n[:2] == country and len(n) == length and int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1


def bn_valid(n: str) -> bool:
    """A Canadian business number's nine digits pass Luhn; the program account is two letters and four digits."""
    m = re.fullmatch(r"(\d{9}) ([A-Z]{2}\d{4})", n)
    return bool(m) and luhn_valid(m[1])


def cpr_parts(n: str) -> tuple[datetime.date, bool] | None:
    """A CPR number DDMMYY-SSSS passing the modulus 11 check: the birth date (the seventh digit 0-3 the 1900s, 4 to 36 the 2000s,
    37 on the 1900s) and the sex (an even last digit a woman)."""
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-(\d)(\d\d)(\d)", n)
    if not m:
        return None
    digits = n.replace("-", "")
    if sum(int(c) * w for c, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11:
        return None
    yy, seventh = int(m[3]), int(m[4])
    year = 1900 + yy if seventh <= 3 or (seventh in (4, 9) and yy >= 37) else 2000 + yy
    if not real_date(year, int(m[2]), int(m[1])):
        return None
    return datetime.date(year, int(m[2]), int(m[1])), int(m[6]) % 2 == 0


MOD37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def din_valid(n: str) -> bool:
    """ISBT 128 donation identification number: thirteen characters and a check character by ISO/IEC 7064 MOD 37-2 (the check
    character's value makes the recursive sum 1 modulo 37)."""
    m = re.fullmatch(r"([A-Z]\d{4}) (\d\d) (\d{6}) ([0-9A-Z*])", n)
    if not m:
        return False
    p = 0
    for c in m[1] + m[2] + m[3]:
        p = (p + MOD37.index(c)) * 2 % 37
    return (p + MOD37.index(m[4])) % 37 == 1


def age_identifier(first: datetime.date) -> str:
    year = first.year if first.month >= 3 else first.year - 1
    return f"{year % 100 + (50 if first.month >= 9 or first.month < 3 else 0):02d}"


def ssn_valid(n: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d\d)-?(\d{4})", n.replace(" ", "-"))
    return bool(m) and m[1] not in ("000", "666") and m[1][0] != "9" and m[2] != "00" and m[3] != "0000"


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (imo_valid, "9074729"),  # the IMO's worked example
    (lambda n: iban_valid(n, "AE", 23), "AE070331234567890123456"),  # the SWIFT IBAN registry's UAE example
    (lambda n: td3_line2_parts(n) is not None, "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),  # ICAO Doc 9303's specimen
    (lambda n: cpr_parts(n) is not None, "070761-4285"),  # an example CPR number widely used to show the modulus 11 check
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (imo_valid, "9074728"), (lambda n: iban_valid(n, "AE", 23), "AE080331234567890123456"),
    (lambda n: td3_line2_parts(n) is not None, "L898902C37UTO7408122F1204159ZE184226B<<<<<10"),
    (lambda n: td3_line2_parts(n) is not None, "L898902C36UTO7408122F1204159ZE184226B<<<<<11"),
    (lambda n: cpr_parts(n) is not None, "070761-4286"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_mrz_specimen_and_the_generator_agree() -> None:
    assert td3_line2_parts("L898902C36UTO7408122F1204159ZE184226B<<<<<10") == ("L898902C3", "740812", "F", "120415")
    assert blind21.mrz_digit("L898902C3") == 6 and blind21.imo_digit("907472") == 9 and blind21.iban_check("AE", "0331234567890123456") == "07"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_its_birth_date_and_sex() -> None:
    g = blind21.Gen(random.Random(3))
    for _ in range(300):
        born, female = g.born(1940, 2020), g.rng.random() < 0.5
        p = g.person("an", female)
        expiry = g.base(2026, 2034)
        line1, line2 = g.mrz(p, g.digits(9), "GBR", "GBD", born, expiry)
        assert len(line1) == 44 and line1.startswith("P<GBR") and td3_line2_parts(line2)[1:] == (f"{born:%y%m%d}", "F" if female else "M", f"{expiry:%y%m%d}")
        assert imo_valid(g.imo()) and emirates_id_parts(g.emirates_id(born)) == born.year and iban_valid(g.ae_iban(), "AE", 23)
        assert bn_valid(g.ca_bn()) and cpr_parts(g.cpr(born, female)) == (born, female) and ssn_valid(g.ssn())
        day = g.base(2019, 2025)
        din = g.din(day.year)
        assert din_valid(din) and din.split()[1] == f"{day.year % 100:02d}"
        wrong = din[:-1] + ("0" if din[-1] != "0" else "1")
        assert not din_valid(wrong)
        first = g.base(2005, 2024)
        assert re.fullmatch(r"[A-Z]{2}(\d\d) [A-Z]{3}", g.uk_reg(first))[1] == age_identifier(first)
        assert g.aruba_id(born)[:8] == f"{born:%Y%m%d}"


def test_a_regrouped_phone_number_keeps_its_digits() -> None:
    g = blind21.Gen(random.Random(5))
    for place in blind21.PHONES:
        for _ in range(40):
            shown, again = (blind3.unmark(x, "f")[0] for x in g.tel2(place))
            assert re.sub(r"\D", "", shown) == re.sub(r"\D", "", again) and shown != again and again == again.strip(), (place, shown, again)


def test_names_are_written_as_their_places_write_them() -> None:
    brunei = blind21.Person("Sabtu", "Tengah", "br", False)
    assert blind3.unmark(brunei.full(), "f")[0] == "Sabtu bin Tengah" and blind3.unmark(brunei.sur(), "f")[0] == "Sabtu"
    karen = blind21.Person("Naw Paw Htoo", "", "kn", True)
    assert blind3.unmark(karen.full(), "f")[0] == "Naw Paw Htoo" and blind3.unmark(karen.caps(), "f")[0] == "NAW PAW HTOO"
    assert blind3.unmark(blind21.Person("Evalie", "Carty", "an", True).caps(), "f")[0] == "CARTY, Evalie"
    assert blind21.Person("Evalie", "Carty", "an", True).mrz_name() == "CARTY<<EVALIE"
    assert blind21.Person("X'unei", "Kookesh", "jn", False).mrz_name() == "KOOKESH<<XUNEI"


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind21.DOCS >= 150 and len(blind21.DOCTYPES) == 20
    assert len(blind21.HOUSING) == len(blind21.URGENT) == 10 and len(blind21.FIRST_CONTACT) == len(blind21.STANDING_PAPERS) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind21.DOCTYPES}
    assert min(counts.values()) >= blind21.DOCS // len(blind21.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind21", 0) == r.kind
        validate(r.record, "blind21", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    assert not set(blind21.DOCTYPES) & earlier_doctypes(21)


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 4000 and sum(len(r.keep) for r in corpus) >= 1100
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 1300 and counts["DATE_TIME"] >= 600 and counts["LOCATION"] >= 500 and counts["ORGANIZATION"] >= 200
    assert counts["LICENSE_NUMBER"] >= 80 and counts["CASE_NUMBER"] >= 200 and counts["NATIONAL_ID"] >= 250 and min(counts.values()) >= 12


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind21, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind21.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind21.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


def test_personal_data_and_protected_terms_are_in_both_the_document_and_the_answer(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        doc, answer = document_and_answer(r)
        assert sum(s.field == doc for s in r.pii) >= 12 and sum(s.field == answer for s in r.pii) >= 3, r.doctype
        texts = fields(r)
        assert any(t in texts[doc] and t in texts[answer] for t in r.keep), r.doctype
        system = r.kind == "chat" and r.record["messages"][0]["role"] == "system"
        assert not any(s.field == "instruction" or (system and s.field == "messages[0].content") for s in r.pii)


# ---------------------------------------------------------------- identifiers in the corpus


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = {"mrz": 0, "imo": 0, "eid": 0, "iban": 0, "bn": 0, "cpr": 0, "din": 0, "reg": 0, "ssn": 0}
    for r in corpus:
        text = fields(r)[document_and_answer(r)[0]]
        d = r.doctype
        if d == "lost_passport_police_report":
            m = re.search(r"\n(P<GBR[A-Z<]+)\n([0-9A-Z<]{44})\n", text)
            n = re.search(r"Passport no\. (\d{9}), issued", text)
            assert m and n and len(m[1]) == 44 and td3_line2_parts(m[2]) and td3_line2_parts(m[2])[0] == n[1]
            seen["mrz"] += 1
        if d == "seafarer_medical_certificate":
            m = re.search(r", IMO (\d{7})", text)
            assert m and imo_valid(m[1])
            seen["imo"] += 1
        if d == "visa_sponsorship_letter":
            m = re.search(r"Emirates ID was (784-\d{4}-\d{7}-\d)", text)
            b = re.search(r"born (\d\d)/(\d\d)/(\d{4})", text)
            assert m and b and emirates_id_parts(m[1]) == int(b[3])
            seen["eid"] += 1
        if d == "tenancy_deposit_decision":
            m = re.search(r"business number (\d{9} [A-Z]{2}\d{4})", text)
            assert m and bn_valid(m[1])
            seen["bn"] += 1
        if d == "blood_donor_deferral_letter":
            m = re.search(r"donation ([A-Z]\d{4} \d\d \d{6} [0-9A-Z*])\)", text)
            assert m and din_valid(m[1])
            seen["din"] += 1
        if d == "traveller_site_licence":
            m = re.search(r"registration ([A-Z]{2}(\d\d) [A-Z]{3}), first registered ([A-Z][a-z]+) (\d{4})", text)
            assert m
            month = blind21.EN_MONTHS.index(m[3]) + 1
            assert m[2] == age_identifier(datetime.date(int(m[4]), month, 1))
            seen["reg"] += 1
        for s in r.pii:
            if s.entity == "IBAN_CODE":
                assert iban_valid(s.text, "AE", 23), s
                seen["iban"] += 1
            if s.entity == "NATIONAL_ID" and re.fullmatch(r"\d{6}-\d{4}", s.text):
                assert cpr_parts(s.text), s
                seen["cpr"] += 1
            if s.entity == "NATIONAL_ID" and re.fullmatch(r"\d{3}-\d\d-\d{4}", s.text):
                assert ssn_valid(s.text), s
                seen["ssn"] += 1
    assert all(v >= 10 for v in seen.values()), seen


def test_identity_numbers_carry_the_birth_date_sex_and_place_the_document_gives(corpus: list[blind3.Blind3Record]) -> None:
    """A TB contact's CPR number the birth date and the sex the sheet's household gives (checked against the generator's people by
    the date the index case's line reads); a passport's machine-readable line the birth date and the sex of the report; an Aruban
    persoonsnummer the donor's birth date in YYYYMMDD; a Cape Verdean CNI the traveller's date of birth; a Brunei IC the two-digit
    prefix and six digits."""
    seen: dict[str, int] = {}
    for r in corpus:
        text = fields(r)[document_and_answer(r)[0]]
        d = r.doctype
        if d == "lost_passport_police_report":
            born = re.search(r"born (\d\d)/(\d\d)/(\d{4})", text)
            line2 = re.search(r"\nP<GBR[A-Z<]+\n([0-9A-Z<]{44})\n", text)[1]
            assert born and td3_line2_parts(line2)[1] == f"{born[3][2:]}{born[2]}{born[1]}"
        elif d == "tb_contact_tracing_sheet":
            cprs = re.findall(r" \| (\d{6}-\d{4}) \| ", text)
            assert len(cprs) == 4 and all(cpr_parts(c) for c in cprs)
        elif d == "blood_donor_deferral_letter":
            assert re.search(r"Persoonsnummer (19|20)\d{6}\d\d", text)
            pn = re.search(r"Persoonsnummer (\d{8})", text)[1]
            assert real_date(int(pn[:4]), int(pn[4:6]), int(pn[6:]))
        elif d == "travel_vaccination_record":
            m = re.search(r"DOB (\d\d)-(\d\d)-(\d{4})   CNI (\d{8})", text)
            assert m and m[4] == f"{m[3]}{m[2]}{m[1]}"
        elif d == "fitness_for_work_report":
            assert re.search(r"IC No\. 0[01]-\d{6}", text)
        else:
            continue
        seen[d] = seen.get(d, 0) + 1
    assert len(seen) == 5 and min(seen.values()) >= 8, seen


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind21, words_of, (blind20,), initials=re.compile(r"[A-Z]\. .+"))
    assert not blind21.own_names() & blind21.earlier_names()
    assert blind20.own_names() | blind20.earlier_names() <= blind21.earlier_names()


CODE_SWITCHED = {"adult_safeguarding_referral": "Mèsi anpil", "asylum_screening_interview": "Yekenyeley", "foster_home_study": "Gunalchéesh",
                 "traveller_site_licence": "Kushti bok", "emergency_triage_note": "Håfa adai", "fitness_for_work_report": "Terima kasih",
                 "seafarer_medical_certificate": "Ko rab'a", "mine_accident_report": "Eskerrik asko", "travel_vaccination_record": "Nu ta odja",
                 "dialysis_transfer_letter": "Sulang", "blood_donor_deferral_letter": "Masha danki", "tb_contact_tracing_sheet": "Qujanaq"}


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    spans = [s for r in corpus for s in r.pii]
    people = [s.text for s in spans if s.entity == "PERSON"]
    keep = {t for r in corpus for t in r.keep}
    texts = [t for r in corpus for t in fields(r).values()]
    # names that are words or places; bin and binti; Al; single Karen names; an apostrophe; a name in a machine-readable line
    joined = "\n".join(people)
    assert sum(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", joined, re.IGNORECASE) is not None for n in blind21.COMMON_WORD_NAMES) >= 25
    assert sum(" bin " in p or " BIN " in p for p in people) >= 5 and sum(" binti " in p or " BINTI " in p for p in people) >= 5
    assert sum(" Al " in p or p.startswith("AL ") for p in people) >= 10 and sum(p.upper().startswith("NAW ") for p in people) >= 2
    assert any("X'unei" in p for p in people) and sum("<<" in p for p in people) >= 10
    assert sum(re.fullmatch(r"[A-Z][A-Z' -]+, [A-Z][a-z]+.*", p) is not None for p in people) >= 50
    assert any(re.search(r"\bNei <?", t) for t in texts) and sum(re.fullmatch(r"[A-Z]\. \S+", p) is not None for p in people) >= 10
    # a household sharing a surname on one TB sheet
    for r in corpus:
        if r.doctype == "tb_contact_tracing_sheet":
            rows = re.findall(r"\n(\S+ (\S+)) \| \d{6}-\d{4} \| (index|household)", fields(r)[document_and_answer(r)[0]])
            assert len(rows) == 3 and len({sur for _, sur, _ in rows}) == 1
    # national bodies left unlabelled; landmarks in addresses; postcodes
    assert not any(re.search(r"Home Office|Residential Tenancy Branch|Royal Anguilla Police Force|Central Council|FAA|MSHA", s.text)
                   for s in spans if s.entity == "ORGANIZATION")
    assert any("the yellow house behind the church" in t for t in texts) and any("Stanley FIQQ 1ZZ" == s.text for s in spans)
    # dates as these documents write them; times alone unlabelled
    dates = [s.text for s in spans if s.entity == "DATE_TIME"]
    assert sum(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", d) is not None for d in dates) >= 50
    assert sum(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"\d\d/\d\d/\d{4} \d{4}", d) is not None for d in dates) >= 8
    assert sum(re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) .+", d) is not None for d in dates) >= 20
    assert not any(re.fullmatch(r"\d\d:\d\d", d) for d in dates)
    # code-switched text in every register that has it
    for doctype, phrase in CODE_SWITCHED.items():
        assert any(phrase in t for r in corpus if r.doctype == doctype for t in fields(r).values()), doctype
    # protected terms: statutes, visa and housing terms, triage levels, toxidromes, doses, standards, money
    assert {"Residential Tenancy Act", "Federal Decree-Law No. 33 of 2021", "Vulnerable Persons Ordinance", "Mobile Homes Act 1983", "14 CFR 67.111",
            "30 CFR Part 50", "MLC 2006 Regulation 1.2", "IHR 2005 Annex 7", "Indian Child Welfare Act", "employment visa", "Rapid Re-Housing",
            "anticholinergic toxidrome", "Kt/V 1.3", "QuantiFERON-TB Gold Plus"} <= keep
    assert any(re.fullmatch(r"ESI \d", t) for t in keep) and any(re.search(r"\d mg", t) for t in keep) and any("dB HL" in t for t in keep)
    assert any(t.startswith("AED ") for t in keep) and any(t.startswith("£") for t in keep) and any(t.startswith("EC$") for t in keep)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind21.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind21.generate(10, seed=1)] != [r.record for r in corpus[:10]]


@pytest.mark.slow
def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind21)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind21.main(["--stats", "--docs", str(len(blind21.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind21.DOCTYPES)


def test_compact_is_the_shared_helper() -> None:
    assert compact("AE07 0331 2345") == "AE0703312345"
