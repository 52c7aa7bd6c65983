"""The twenty-second blind scrubbing corpus (bench/blind22.py): research, public health and specialist care and money, property and
family law, in instruction and chat records, labels exact at their offsets and sound, records valid in their fedtune format, every
identifier with a published check passing it (validators written here apart from the generator's, and the formats' published
examples), identity numbers that carry the birth date, the sex and the place the document gives, names of its own, the hard cases
(names that are words, Lao titles, particles, apostrophes and hyphens, island surnames shared without kinship, landmarks, kilometre
points and house names in addresses, courts and national bodies left generic, code-switched text), determinism (under another hash
seed too, marked slow), every register. Nothing here runs the scrubber."""

from __future__ import annotations

import datetime
import io
import random
import re
import sys
import unicodedata
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
import blind21  # noqa: E402
import blind22  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind22.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind22.text_fields(r.record))


def document_and_answer(r: blind3.Blind3Record) -> tuple[str, str]:
    if r.kind == "instruction":
        return "input", "output"
    n = len(r.record["messages"])
    return f"messages[{n - 2}].content", f"messages[{n - 1}].content"


def documents(corpus: list[blind3.Blind3Record], doctype: str) -> list[str]:
    return [fields(r)[document_and_answer(r)[0]] for r in corpus if r.doctype == doctype]


def words_of(name: str) -> frozenset[str]:
    """A person's words, a comma after a surname in capitals dropped."""
    return blind22.name_words(name.replace(",", " "))


def is_woman(culture: str, given: str) -> bool:
    women, men, _ = blind22.PEOPLE[culture]
    assert (given in women) != (given in men), given
    return given in women


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def real_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


FI_CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY"  # 31 characters: no G, I, O, Q, Z
FI_CENTURY = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def fi_id_parts(code: str) -> tuple[datetime.date, bool] | None:
    """A Finnish personal identity code DDMMYYCNNNQ (the Digital and Population Data Services Agency's description, with the century
    signs added in 2023): the birth date and whether the holder is a woman (an even individual number), if the control character holds."""
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])", code)
    if not m or FI_CONTROL[int(m[1] + m[2] + m[3] + m[5]) % 31] != m[6] or not 2 <= int(m[5]) <= 899:
        return None
    year = FI_CENTURY[m[4]] + int(m[3])
    if not real_date(year, int(m[2]), int(m[1])):
        return None
    return datetime.date(year, int(m[2]), int(m[1])), int(m[5]) % 2 == 0


def nir_parts(n: str) -> tuple[bool, int, int, str] | None:
    """A French NIR (15 digits, spaced or not): whether a woman, the birth year's two digits, the month, the department (three digits
    for the overseas ones), if the key is 97 less the first thirteen digits modulo 97."""
    d = n.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", d) or 97 - int(d[:13]) % 97 != int(d[13:]):
        return None
    return d[0] == "2", int(d[1:3]), int(d[3:5]), d[5:8]


def nif_valid(n: str) -> bool:
    """Portugal's NIF: nine digits; 11 less the first eight weighted 9 to 2 modulo 11 (10 or 11 meaning 0) is the ninth."""
    if not re.fullmatch(r"[1-9]\d{8}", n):
        return False
    r = 11 - sum(int(n[i]) * (9 - i) for i in range(8)) % 11
    return (0 if r > 9 else r) == int(n[8])


def orgnr_valid(n: str) -> bool:
    """A Norwegian organisation number (Brønnøysund): nine digits, the last 11 less the first eight weighted 3, 2, 7, 6, 5, 4, 3, 2
    modulo 11 (11 is 0; 10 is never issued)."""
    n = n.replace(" ", "")
    if not re.fullmatch(r"[89]\d{8}", n):
        return False
    r = 11 - sum(int(c) * w for c, w in zip(n, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return r != 10 and r % 11 == int(n[8])


def fnr_parts(n: str) -> tuple[datetime.date, bool] | None:
    """A Norwegian fødselsnummer: DDMMYY, three individual digits (500-999 for a birth from 2000 to 2039, 000-499 for the 1900s), the
    third of them even for a woman, and two check digits, each 11 less a weighted sum modulo 11."""
    if not re.fullmatch(r"\d{11}", n):
        return None
    d = [int(c) for c in n]
    k1 = 11 - sum(a * b for a, b in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11
    k2 = 11 - sum(a * b for a, b in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    if (k1 % 11, k2 % 11) != (d[9], d[10]) or 10 in (k1, k2):
        return None
    individual, yy = int(n[6:9]), int(n[4:6])
    year = 2000 + yy if individual >= 500 and yy <= 39 else 1900 + yy
    if not real_date(year, int(n[2:4]), int(n[0:2])):
        return None
    return datetime.date(year, int(n[2:4]), int(n[0:2])), d[8] % 2 == 0


RIB_LETTERS = {c: str(v) for v, group in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"), 1) for c in group}


def fr_iban_valid(n: str) -> bool:
    """A French IBAN: FR, two check digits (ISO 13616, the rearranged number modulo 97 is 1), the bank's five digits, the branch's five,
    eleven account characters and the RIB key (97 less 89 x bank + 15 x branch + 3 x account modulo 97, letters read as digits)."""
    n = n.replace(" ", "")
    if not re.fullmatch(r"FR\d{12}[0-9A-Z]{11}\d\d", n) or int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 != 1:
        return False
    bank, branch, account, key = n[4:9], n[9:14], "".join(RIB_LETTERS.get(c, c) for c in n[14:25]), int(n[25:])
    return (89 * int(bank) + 15 * int(branch) + 3 * int(account) + key) % 97 == 0


def american_soundex(surname: str) -> str:
    """The US National Archives' Soundex: keep the first letter; code b f p v 1, c g j k q s x z 2, d t 3, l 4, m n 5, r 6; drop
    vowels, y, h and w, but letters with one code on either side of h or w count once, and beside the first letter too; pad to four."""
    codes = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), "d": "3", "t": "3", "l": "4", "m": "5", "n": "5", "r": "6"}
    letters = [c for c in unicodedata.normalize("NFKD", surname.lower()) if "a" <= c <= "z"]
    result, prev = [], codes.get(letters[0])
    for c in letters[1:]:
        code = codes.get(c)
        if code is not None and code != prev:
            result.append(code)
        if c not in "hw":
            prev = code
    return (letters[0].upper() + "".join(result) + "000")[:4]


def fl_dl_parts(n: str) -> tuple[str, int, int, int, bool] | None:
    """A Florida driver's licence number SSSS-FFF-YY-DDD-N: the Soundex code, the birth year's two digits, the month and day read
    back from (month - 1) x 40 + day (plus 500 for a woman), and whether a woman."""
    m = re.fullmatch(r"([A-Z]\d{3})-\d{3}-(\d\d)-(\d{3})-\d", n)
    if not m:
        return None
    ddd = int(m[3])
    female = ddd > 500
    ddd -= 500 if female else 0
    month, day = (ddd - 1) // 40 + 1, (ddd - 1) % 40 + 1
    return m[1], int(m[2]), month, day, female


def ssn_valid(n: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d\d)-?(\d{4})", n)
    return bool(m) and m[1] not in ("000", "666") and m[1][0] != "9" and m[2] != "00" and m[3] != "0000"


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (lambda n: fi_id_parts(n) is not None, "131052-308T"),  # the Finnish agency's example
    (lambda n: nir_parts(n) is not None, "2 69 05 49 588 157 80"),  # INSEE's widely reproduced example
    (nif_valid, "123456789"),  # the Portuguese tax authority's test number
    (orgnr_valid, "923609016"),  # Equinor ASA's organisation number
    (fr_iban_valid, "FR14 2004 1010 0505 0001 3M02 606"),  # the SWIFT IBAN registry's French example, a letter in its account
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (lambda n: fi_id_parts(n) is not None, "131052-308U"), (lambda n: nir_parts(n) is not None, "2 69 05 49 588 157 81"),
    (nif_valid, "123456788"), (orgnr_valid, "923609017"), (fr_iban_valid, "FR14 2004 1010 0505 0001 3M02 607"),
    (fr_iban_valid, "FR15 2004 1010 0505 0001 3M02 606"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


@pytest.mark.parametrize(("name", "code"), [("Robert", "R163"), ("Rupert", "R163"), ("Ashcraft", "A261"), ("Tymczak", "T522"),
                                            ("Pfister", "P236"), ("Honeyman", "H555")])  # the National Archives' examples
def test_soundex_as_the_national_archives_shows_it(name: str, code: str) -> None:
    assert american_soundex(name) == code == blind22.soundex(name)


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_its_birth_date_and_sex() -> None:
    g = blind22.Gen(random.Random(3))
    for _ in range(300):
        born, female = g.born(1930, 2019), g.rng.random() < 0.5
        assert fi_id_parts(g.hetu(born, female)) == (born, female)
        for dept in ("974", "987", "988"):
            assert nir_parts(g.nir(born, female, dept)) == (female, born.year % 100, born.month, dept)
        assert nif_valid(g.nif()) and orgnr_valid(g.orgnr()) and ssn_valid(g.ssn())
        kid = g.born(2000, 2020)
        assert fnr_parts(g.fnr2000(kid, female)) == (kid, female)
        assert fr_iban_valid(g.fr_iban(g.pick(("12239", "17469", "12149"))))
        p = g.person("kw", female)
        assert fl_dl_parts(g.fl_dl(p, born)) == (american_soundex(p.last), born.year % 100, born.month, born.day, female)
        assert re.fullmatch(rf"{born.year - 1}-5\d{{5}}-\d\d-00", g.eu_ct(born.year - 1))


def test_a_regrouped_phone_number_keeps_its_digits() -> None:
    g = blind22.Gen(random.Random(5))
    for place in blind22.PHONES:
        for _ in range(40):
            shown, again = (blind3.unmark(x, "f")[0] for x in g.tel2(place))
            assert re.sub(r"\D", "", shown) == re.sub(r"\D", "", again) and shown != again and again == again.strip(), (place, shown, again)


def test_names_are_written_as_their_places_write_them() -> None:
    lao = blind22.Person("Bouavanh", "Sisavath", "la", True)
    assert lao.title() == "Nang" and blind3.unmark(lao.sur(), "f")[0] == "Bouavanh"
    assert blind22.Person("Khamsing", "Keomany", "la", False).title() == "Thao"
    assert blind3.unmark(blind22.Person("Sulaika", "de Marchena", "cw", True).caps(), "f")[0] == "DE MARCHENA, Sulaika"
    assert blind3.unmark(blind22.Person("Hinano", "Teri'itehau", "pf", True).ini(), "f")[0] == "H. Teri'itehau"


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind22.DOCS >= 150 and len(blind22.DOCTYPES) == 20
    assert len(blind22.CARE) == len(blind22.MONEY) == 10 and len(blind22.FILED_WITH_AUTHORITY) == len(blind22.BETWEEN_PEOPLE) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind22.DOCTYPES}
    assert min(counts.values()) >= blind22.DOCS // len(blind22.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind22", 0) == r.kind
        validate(r.record, "blind22", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    assert not set(blind22.DOCTYPES) & earlier_doctypes(22)


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 4000 and sum(len(r.keep) for r in corpus) >= 1050
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 1300 and counts["DATE_TIME"] >= 700 and counts["LOCATION"] >= 500 and counts["ORGANIZATION"] >= 200
    assert counts["LICENSE_NUMBER"] >= 60 and counts["CASE_NUMBER"] >= 150 and counts["NATIONAL_ID"] >= 180 and min(counts.values()) >= 12


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind22, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind22.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind22.DOCTYPES for k in ("chat", "instruction")}
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
    seen = {"fi": 0, "nir": 0, "nif": 0, "orgnr": 0, "fnr": 0, "iban": 0, "ssn": 0, "fl": 0}
    for r in corpus:
        text = fields(r)[document_and_answer(r)[0]]
        for n in re.findall(r"NIF (\d{9})", text):
            assert nif_valid(n), n
            seen["nif"] += 1
        for n in re.findall(r"org\.nr\. (\d{3} \d{3} \d{3})", text):
            assert orgnr_valid(n), n
            seen["orgnr"] += 1
        for s in r.pii:
            if s.entity == "IBAN_CODE":
                assert fr_iban_valid(s.text), s
                seen["iban"] += 1
            if s.entity != "NATIONAL_ID":
                continue
            if re.fullmatch(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", s.text):
                assert fi_id_parts(s.text), s
                seen["fi"] += 1
            elif re.fullmatch(r"[12]( \d\d){2} \d{3} \d\d \d{3} \d\d|[12]\d{14}", s.text):
                assert nir_parts(s.text), s
                seen["nir"] += 1
            elif re.fullmatch(r"\d{11}", s.text) and r.doctype == "school_health_plan":
                assert fnr_parts(s.text), s
                seen["fnr"] += 1
            elif re.fullmatch(r"\d{3}-\d\d-\d{4}", s.text):
                assert ssn_valid(s.text), s
                seen["ssn"] += 1
        if r.doctype == "debt_collection_letter":
            m = re.search(r"FL driver license: ([A-Z]\d{3}-\d{3}-\d\d-\d{3}-\d)", text)
            assert m and fl_dl_parts(m[1])
            seen["fl"] += 1
    assert all(v >= 10 for v in seen.values()), seen


def test_identity_numbers_carry_the_birth_date_sex_and_place_the_document_gives(corpus: list[blind3.Blind3Record]) -> None:
    """An Ålandic identity code the birth date the form gives and the participant's sex (by the given name's list); a NIR the sex, the
    birth year and month and the department of Réunion (974), French Polynesia (987) or New Caledonia (988); a fødselsnummer the
    pupil's birth date and sex; a Florida driver's licence the consumer's surname (Soundex), birth date and sex; a Curaçao ID number
    the birth date."""
    seen: dict[str, int] = {}
    for r in corpus:
        d = r.doctype
        for text in documents([r], d):
            if d == "clinical_trial_consent_form":
                m = re.search(r"Participant: [^,\n]+, (\S+)   Born (\d{1,2})\.(\d{1,2})\.(\d{4})   Personal identity code (\S+)\n", text)
                assert m and fi_id_parts(m[5]) == (datetime.date(int(m[4]), int(m[3]), int(m[2])), is_woman("ax", m[1]))
            elif d in ("organ_donation_referral", "cancer_registry_notification", "future_protection_mandate"):
                m = {"organ_donation_referral": re.search(r"Donor: [^,\n]+, (\S+)   NIR ([\d ]+?)   born (\d\d)/(\d\d)/(\d{4})", text),
                     "cancer_registry_notification": re.search(r"Patient\(e\): [^,\n]+, (\S+)   NIR ([\d ]+?)   CAFAT.*\nNé\(e\) le (\d\d)/(\d\d)/(\d{4})", text),
                     "future_protection_mandate": re.search(r"Principal: [^,\n]+, (\S+), born (\d\d)/(\d\d)/(\d{4}), NIR ([\d ]+), of", text)}[d]
                assert m
                given, nir, dd, mm, yyyy = (m[1], m[5], m[2], m[3], m[4]) if d == "future_protection_mandate" else (m[1], m[2], m[3], m[4], m[5])
                culture, dept = {"organ_donation_referral": ("re", "974"), "cancer_registry_notification": ("nc", "988"),
                                 "future_protection_mandate": ("pf", "987")}[d]
                assert real_date(int(yyyy), int(mm), int(dd))
                assert nir_parts(nir) == (is_woman(culture, given), int(yyyy) % 100, int(mm), dept), (nir, m[0])
            elif d == "school_health_plan":
                m = re.search(r"Pupil: (\S+) [^\n]*?   Born (\d{1,2})\.(\d{1,2})\.(\d{4})   Fødselsnummer (\d{11})", text)
                assert m and fnr_parts(m[5]) == (datetime.date(int(m[4]), int(m[3]), int(m[2])), is_woman("sj", m[1]))
            elif d == "debt_collection_letter":
                m = re.search(r"Name: ([^,\n]+), (\S+)   DOB: (\d\d)/(\d\d)/(\d{4})   SSN: \S+\nFL driver license: (\S+)", text)
                assert m and fl_dl_parts(m[6]) == (american_soundex(m[1]), int(m[5]) % 100, int(m[4]), int(m[3]), is_woman("kw", m[2]))
            elif d == "genetic_counselling_letter":
                m = re.search(r"ID-nummer (\d{8})\d\d \(born (\d\d)-(\d\d)-(\d{4})\)", text)
                assert m and m[1] == f"{m[4]}{m[3]}{m[2]}"
            else:
                continue
            seen[d] = seen.get(d, 0) + 1
    assert len(seen) == 7 and min(seen.values()) >= 8, seen


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind22, words_of, (blind21,), initials=re.compile(r"[A-Z]\. .+"))
    assert not blind22.own_names() & blind22.earlier_names()
    assert blind21.own_names() | blind21.earlier_names() <= blind22.earlier_names()


CODE_SWITCHED = {"serious_adverse_event_report": "Khop chai", "cancer_registry_notification": "Olé", "genetic_counselling_letter": "Danki",
                 "organ_donation_referral": "li té i vé donn", "fertility_treatment_summary": "Parabéns", "coroners_inquest_record": "Watawieh yu",
                 "school_health_plan": "Hei ", "future_protection_mandate": "Māuruuru", "motor_insurance_claim": "Kalahngan",
                 "payslip_dispute": "Masha danki"}


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    spans = [s for r in corpus for s in r.pii]
    people = [s.text for s in spans if s.entity == "PERSON"]
    places = [s.text for s in spans if s.entity == "LOCATION"]
    keep = {t for r in corpus for t in r.keep}
    texts = [t for r in corpus for t in fields(r).values()]
    joined = "\n".join(people)
    # names that are words or places; particles, apostrophes and hyphens; capitals; initials
    assert sum(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", joined, re.IGNORECASE) is not None for n in blind22.COMMON_WORD_NAMES) >= 20
    assert any("de Marchena" in p or "DE MARCHENA" in p for p in people) and any(re.search(r"\bL[Ee] (COCQ|Cocq|BER|Ber)\b", p) for p in people)
    assert any("'" in p for p in people) and sum("-" in p for p in people) >= 5
    assert sum(re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ' -]+, \S+", p) is not None for p in people) >= 50
    assert sum(re.fullmatch(r"[A-ZÀ-Þ' -]+ [A-ZÀ-Þ' -]+", p) is not None for p in people) >= 20
    assert sum(re.fullmatch(r"[A-Z]\. \S.*", p) is not None for p in people) >= 10
    # a Lao addressed by title and given name, the title outside the span
    assert sum(re.search(r"\b(Thao|Nang) [A-Z][a-z]+ \(", t) is not None for t in texts) >= 3
    # Norfolk Island: the deceased and a witness share a surname and no kinship
    for text in documents(corpus, "coroners_inquest_record"):
        m = re.search(r"INQUEST INTO THE DEATH OF \S+ (\S+)\n", text)
        w = re.search(r"Witnesses: \S+ (\S+) \(no relation, despite the name\)", text)
        assert m and w and m[1] == w[1].upper() and w[1] in blind22.ISLAND_SURNAMES
    # a name in an e-mail address
    mails = [s.text for s in spans if s.entity == "EMAIL_ADDRESS"]
    assert sum(any(w in compact(m).lower() for w in blind22.own_names() if len(w) > 3) for m in mails) >= 60
    # courts and national bodies left unlabelled; landmarks, kilometre points, house names and villages in addresses
    assert not any(re.search(r"Court|COURT|registre|Registre|Agence|SECRETARY|Attorney General", s.text) for s in spans if s.entity == "ORGANIZATION")
    assert any(p.startswith("the Spanish Wall") or p.startswith("the Sokehs causeway") for p in places)
    assert any(p.startswith("PK ") for p in places) and sum(" Magu" in p for p in places) >= 10 and sum(p.startswith("Ban ") for p in places) >= 5
    assert any(p.startswith("Lot ") and "Plan KAP" in p for p in places)
    # dates as these documents write them; times alone unlabelled
    dates = [s.text for s in spans if s.entity == "DATE_TIME"]
    assert sum(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", d) is not None for d in dates) >= 50
    assert sum(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"\d{4}-\d\d-\d\d", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) .+", d) is not None for d in dates) >= 20
    assert sum(re.fullmatch(r"\d{1,2}(st|nd|rd|th) day of [A-Z][a-z]+ \d{4}", d) is not None for d in dates) >= 5
    assert sum(" at " in d and re.search(r"\d\d:\d\d", d) is not None for d in dates) >= 10
    assert not any(re.fullmatch(r"\d{1,2}:\d\d", d) for d in dates)
    # code-switched text in every register that has it
    for doctype, phrase in CODE_SWITCHED.items():
        assert any(phrase in t for r in corpus if r.doctype == doctype for t in fields(r).values()), doctype
    # protected terms: trial terms, variants, stages, statutes of new jurisdictions, insurance and pension terms, money
    assert {"phase III", "progression-free survival", "BRCA2 c.5946delT (p.Ser1982Argfs*22)", "G6PD Viangchan (c.871G>A)", "CTCAE grade 3",
            "Medical Research Act (488/1999)", "42 U.S.C. § 300aa-11(c)(1)", "Coroners Act 2009 (NSW) s 81", "Louisiana Civil Code article 890",
            "article 477 of the Code civil", "Pension Schemes Act 2015, section 48", "Land Title Act", "15 U.S.C. § 1692g",
            "Wet minimumloon BES", "Texas Family Code § 154.125", "Family Act (Law No. 4/2000)", "third-party liability",
            "cash equivalent transfer value", "usufruct", "Registre national des refus"} <= keep
    assert any(t.startswith("ICD-O-3 C") for t in keep) and any(re.search(r"\d mg", t) for t in keep)
    assert any(t.startswith("XPF ") for t in keep) and any(t.startswith("EC$") for t in keep) and any("MVR " in t for t in keep)
    assert any(t.startswith("NAf ") for t in keep) and any(t.startswith("USD ") for t in keep) and any(t.startswith("£") for t in keep)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind22.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind22.generate(10, seed=1)] != [r.record for r in corpus[:10]]


@pytest.mark.slow
def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind22)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind22.main(["--stats", "--docs", str(len(blind22.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind22.DOCTYPES)
