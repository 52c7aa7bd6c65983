"""The eleventh blind scrubbing corpus (bench/blind11.py): labels exact at their offsets and sound, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own, determinism,
every register, the structured half really structured (fixed-width columns line up; the CSV, remittance, YAML, CDA XML, Markdown table,
JSON Lines, iCalendar, vCard and SQL dump parse). Nothing here runs the scrubber."""

from __future__ import annotations

import csv
import datetime
import io
import json
import random
import re
import sqlite3
import sys
import xml.etree.ElementTree as ET
from contextlib import redirect_stdout
from pathlib import Path

import pytest
import yaml

from fedtune.common.data import detect_kind, validate
from tests.blind_support import assert_labels_at_offsets, assert_people_carry_own_names, earlier_doctypes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind9  # noqa: E402
import blind10  # noqa: E402
import blind11  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind11.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind11.text_fields(r.record))


def whole(r: blind3.Blind3Record) -> str:
    return "\n\n".join(fields(r).values())


def document(r: blind3.Blind3Record) -> str:
    """The document itself: the field that carries it (the input, the user's message, or the text)."""
    return max(fields(r).values(), key=len)


def compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def text(marked: str) -> str:
    return blind3.unmark(marked, "x")[1][0].text


def of(corpus: list[blind3.Blind3Record], doctype: str) -> list[blind3.Blind3Record]:
    found = [r for r in corpus if r.doctype == doctype]
    assert found, doctype
    return found


def spans(r: blind3.Blind3Record, entity: str) -> list[str]:
    return [s.text for s in r.pii if s.entity == entity]


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def luhn_valid(n: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return n.isdigit() and total % 10 == 0


def iban_valid(n: str) -> bool:
    lengths = {"GB": 22, "SC": 31}
    return lengths.get(n[:2]) == len(n) and int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1


def lei_valid(n: str) -> bool:  # ISO 17442: twenty characters, the whole read in base 36 is 1 modulo 97
    return bool(re.fullmatch(r"[0-9A-Z]{18}\d{2}", n)) and int("".join(str(int(c, 36)) for c in n)) % 97 == 1


def mrz_check(field: str) -> int:  # ICAO Doc 9303 part 3: weights 7, 3, 1; A=10 ... Z=35; the filler < counts 0
    values = [0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55 for c in field]
    return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10


def mrz_line2_valid(line: str) -> bool:
    """The second line of a passport's (TD3) machine-readable zone: every check digit and the composite one."""
    if len(line) != 44:
        return False
    checks = ((line[0:9], line[9]), (line[13:19], line[19]), (line[21:27], line[27]), (line[28:42], line[42]))
    composite = line[0:10] + line[13:20] + line[21:43]
    return all(str(mrz_check(f)) == c or (c == "<" and set(f) == {"<"}) for f, c in checks) and str(mrz_check(composite)) == line[43]


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (luhn_valid, "490154203237518"),  # IMEI 49-015420-323751-8 (the IMEI check digit's worked example)
    (luhn_valid, "79927398713"),  # Luhn: the algorithm's worked example
    (iban_valid, "GB82WEST12345698765432"),  # the IBAN registry's United Kingdom example
    (iban_valid, "SC18SSCB11010000000000001497USD"),  # the IBAN registry's Seychelles example
    (lei_valid, "5493001KJTIIGC8Y1R12"),  # an LEI from the GLEIF's documentation
    (mrz_line2_valid, "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),  # ICAO Doc 9303's specimen passport
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (luhn_valid, "490154203237519"), (iban_valid, "GB83WEST12345698765432"), (iban_valid, "SC18SSCB11010000000000001497USE"),
    (lei_valid, "5493001KJTIIGC8Y1R13"), (mrz_line2_valid, "L898902C37UTO7408122F1204159ZE184226B<<<<<10"),
    (mrz_line2_valid, "L898902C36UTO7408122F1204159ZE184226B<<<<<11"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind11.lei_digits("5493001KJTIIGC8Y1R") == "12" and blind11.luhn("49015420323751") == "8"
    assert blind11.mrz_digit("L898902C3") == "6" and blind11.mrz_digit("740812") == "2" and blind11.mrz_digit("120415") == "9"
    assert blind11.mrz_digit("ZE184226B<<<<<") == "1" and blind11.mrz_digit("L898902C3674081221204159ZE184226B<<<<<1") == "0"
    assert blind11.iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert blind11.iban("SC", "SSCB11010000000000001497USD") == "SC18SSCB11010000000000001497USD"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check() -> None:
    g = blind11.Gen(random.Random(3))
    for _ in range(300):
        assert lei_valid(g.lei()) and luhn_valid(g.imei()) and len(g.imei()) == 15
        assert iban_valid(compact(text(g.gb_iban()))) and iban_valid(compact(text(g.sc_iban())))
        y, m, d = ymd = g.ymd(1930, 2010)
        assert g.birth_digits(ymd) == f"{y % 100:02d}{m:02d}{d:02d}"


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind11.DOCS and len(blind11.DOCTYPES) == 20 and len(blind11.STRUCTURED) == len(blind11.NARRATIVE) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind11.DOCTYPES}
    assert min(counts.values()) >= blind11.DOCS // len(blind11.DOCTYPES)
    assert {r.kind for r in corpus} == set(blind3.FORMATS)
    for r in corpus:
        assert detect_kind(r.record, "blind11", 0) == r.kind
        validate(r.record, "blind11", 0, r.kind)
    earlier = earlier_doctypes(11)
    assert not set(blind11.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 5000 and sum(len(r.keep) for r in corpus) >= 1200
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind11, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a document alone leaks every label; removing exactly its labels leaks none and keeps every protected term.

    generate() already draws every document again until it is sound; checked here once more on every register in every format
    (the first 60 documents), which keeps this file fast."""
    sample = corpus[: 3 * len(blind11.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind11.DOCTYPES for k in blind3.FORMATS}
    assert all(blind3.sound(r) for r in sample)


# ---------------------------------------------------------------- the structured half parses as what it claims to be


def block(text: str, first: str) -> list[str]:
    """The lines from the one that starts with ``first`` to the next blank line."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def test_fixed_width_records_line_up_with_the_layout(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "fixed_width_export"):
        t = document(r)
        layout = [(name, int(a), int(b)) for name, a, b in re.findall(r"(\w+) (\d+)-(\d+)", t.split("Record layout for type 01: ")[1].split(". Type 02")[0])]
        width = int(re.search(r"fixed width, (\d+) bytes a record", t)[1])
        assert layout[-1][2] == width and all(b2 - a2 >= 0 and a2 == b1 + 2 for (_, _, b1), (_, a2, b2) in zip(layout, layout[1:]))
        records = [line for line in t.split("\n") if re.match(r"(01|02|99) ", line)]
        assert {len(line) for line in records} == {width}
        patients = [line for line in records if line.startswith("01")]
        cols = {name: (a - 1, b) for name, a, b in layout}
        for line in patients:
            cut = {name: line[a:b].rstrip() for name, (a, b) in cols.items()}
            assert all(line[b] == " " for _, (_, b) in list(cols.items())[:-1])  # the FILLER byte between columns
            datetime.datetime.strptime(cut["DOB"], "%Y%m%d")
            datetime.datetime.strptime(cut["ADMITTED"], "%Y%m%d%H%M")
            assert cut["MRN"].isdigit() and cut["SURNAME"].isupper() and cut["SEX"] in "FM" and re.fullmatch(r"441-\d{3}-\d{4}", cut["PHONE"])
            assert cut["SURNAME"] in spans(r, "PERSON") and cut["MRN"] in spans(r, "HEALTH_ID") and cut["DX"] in r.keep
        mrns = {line[3:11] for line in patients}
        assert all(line[3:11] in mrns for line in records if line.startswith("02"))
        trailer = records[-1]
        assert trailer.startswith("99 ") and int(trailer[3:9]) == len(patients)


def test_portuguese_spreadsheets_parse_as_semicolon_separated_values(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "csv_portuguese"):
        rows = list(csv.reader(block(document(r), "NID;"), delimiter=";"))
        assert rows[0][:5] == ["NID", "Apelido", "Nome", "Sexo", "Data de nascimento"] and {len(row) for row in rows} == {13} and len(rows) >= 5
        for row in rows[1:]:
            datetime.datetime.strptime(row[4], "%d/%m/%Y")
            assert re.fullmatch(r"\d{12}[A-Z]", row[5]) and re.fullmatch(r"\d{8}/\d{4}/\d{5}", row[0]) and row[1] in spans(r, "PERSON")


def test_remittances_have_no_header_and_their_sums_agree(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "remittance_no_header"):
        rows = [row for row in csv.reader(document(r).split("\n")) if re.fullmatch(r"\d{8}", row[0] if row else "")]
        assert len(rows) >= 4 and {len(row) for row in rows} == {17}
        total = 0.0
        for row in rows:
            assert re.fullmatch(r"\d{8}", row[0]) and re.fullmatch(r"[A-Z' -]+, [A-Z' -]+", row[5]) and row[5] in spans(r, "PERSON")
            datetime.datetime.strptime(row[6], "%Y%m%d")
            assert abs(float(row[12]) - float(row[13]) - float(row[14])) < 0.005 and float(row[12]) <= float(row[11])
            total += float(row[14])
        assert f"{total:.2f}" in r.keep


def test_yaml_exports_load(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "yaml_record"):
        t = document(r)
        data = yaml.safe_load(t[t.index("# export"):t.index("\nfollow_up:") + 200].split("\n\n")[0])
        ref = data["referral"]
        assert ref["patient"]["name"] in spans(r, "PERSON") and ", " in ref["patient"]["name"]
        assert isinstance(ref["patient"]["date_of_birth"], datetime.date) and isinstance(ref["assessment"]["danger_signs"], list)
        assert luhn_valid(ref["cha"]["device_imei"]) and ref["cha"]["username"] in spans(r, "ACCOUNT_NUMBER")
        assert data["follow_up"][0]["by"] == ref["cha"]["username"]


def test_cda_documents_parse_as_xml(corpus: list[blind3.Blind3Record]) -> None:
    ns = {"h": "urn:hl7-org:v3"}
    for r in of(corpus, "cda_document"):
        t = document(r)
        root = ET.fromstring(t[t.index("<?xml"):t.index("</ClinicalDocument>") + len("</ClinicalDocument>")].encode("utf-8"))
        assert root.tag == "{urn:hl7-org:v3}ClinicalDocument"
        patient = root.find("h:recordTarget/h:patientRole/h:patient", ns)
        family = patient.find("h:name/h:family", ns).text
        assert family in spans(r, "PERSON") and all(gv.text in spans(r, "PERSON") for gv in patient.findall("h:name/h:given", ns))
        datetime.datetime.strptime(patient.find("h:birthTime", ns).get("value"), "%Y%m%d")
        code = root.find(".//h:observation/h:value", ns)
        assert code.get("codeSystem") == "2.16.840.1.113883.6.90" and code.get("code") in r.keep
        loinc = [c.get("code") for c in root.iter("{urn:hl7-org:v3}code") if c.get("codeSystem") == "2.16.840.1.113883.6.1"]
        loinc += re.findall(r"\((\d{3,5}-\d)\)", t)
        assert len(loinc) >= 3 and all(luhn_valid(c.replace("-", "")) for c in loinc)  # LOINC's check digit is the Luhn digit


def test_markdown_tables_are_well_formed(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "markdown_table"):
        table = block(document(r), "| # |")
        assert re.fullmatch(r"\|(-+\|)+", table[1]) and len(table) >= 6
        width = table[0].count("|")
        assert all(line.count("|") == width and line.startswith("| ") and line.endswith(" |") for line in table[2:])
        assert [line.split("|")[1].strip() for line in table[2:]] == [str(i) for i in range(1, len(table) - 1)]


def test_json_lines_parse_one_document_a_line(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "ndjson_ediscovery"):
        docs = [json.loads(line) for line in document(r).split("\n") if line.startswith("{")]
        assert len(docs) >= 4
        for d in docs:
            assert d["custodian"] in spans(r, "PERSON") and d["custodian"].split(", ")[0].isupper()
            assert "@" in d["from"] and d["from"] in spans(r, "EMAIL_ADDRESS") and all(x in spans(r, "EMAIL_ADDRESS") for x in d["to"])
            datetime.datetime.strptime(d["date_sent"], "%Y-%m-%dT%H:%M:%SZ")
            assert d["native"].startswith("https://") and d["native"] in spans(r, "URL")


def test_icalendar_exports_unfold_and_parse(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "icalendar_export"):
        lines = block(document(r), "BEGIN:VCALENDAR")
        assert all(len(line.encode("utf-8")) <= 75 for line in lines) and lines[-1] == "END:VCALENDAR"
        unfolded = "\n".join(lines).replace("\n ", "").split("\n")
        events, current = [], None
        for line in unfolded:
            if line == "BEGIN:VEVENT":
                current = {}
            elif line == "END:VEVENT":
                events.append(current)
                current = None
            elif current is not None:
                name, value = line.split(":", 1)
                current[name.split(";")[0]] = value
        assert len(events) >= 3
        for e in events:
            start = datetime.datetime.strptime(e["DTSTART"], "%Y%m%dT%H%M%S")
            assert start < datetime.datetime.strptime(e["DTEND"], "%Y%m%dT%H%M%S") and e["SUMMARY"] and e["UID"]
            assert e["ORGANIZER"].startswith("mailto:") and "Hosp. no." in e["DESCRIPTION"]


def test_vcards_parse(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "vcard_contacts"):
        lines = [line for line in document(r).split("\n") if re.match(r"[A-Z]+[;:]", line)]
        assert lines.count("BEGIN:VCARD") == lines.count("END:VCARD") >= 3
        cards = "\n".join(lines).split("BEGIN:VCARD")[1:]
        for c in cards:
            props = dict(line.split(":", 1) for line in c.strip().split("\n") if ":" in line)
            family, given, *rest = props["N"].split(";")
            assert len(rest) == 3 and props["FN"] == f"{given} {family}" and props["VERSION"] == "3.0"
            assert family in spans(r, "PERSON") and given in spans(r, "PERSON")


def test_sql_dumps_load_into_a_database(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "sql_dump"):
        t = document(r)
        sql = t[t.index("DROP TABLE"):t.index("-- Dump completed")]
        sql = re.sub(r"AUTO_INCREMENT|\) ENGINE=[^;]*;", lambda m: "" if m[0] == "AUTO_INCREMENT" else ");", sql)
        sql = re.sub(r"^(UN)?LOCK TABLES.*$", "", sql, flags=re.MULTILINE)
        db = sqlite3.connect(":memory:")
        db.executescript(sql)
        people = db.execute("SELECT achternaam, voornamen, geboortedatum, id_nummer FROM patienten").fetchall()
        visits = db.execute("SELECT patient_id, datum, arts FROM afspraken").fetchall()
        assert len(people) >= 4 and len(visits) == len(people)
        for last, given, born, ident in people:
            datetime.date.fromisoformat(born)
            assert last in spans(r, "PERSON") and given in spans(r, "PERSON") and re.fullmatch(r"[A-Z]{2}\d{6}", ident)


def test_the_passport_zone_carries_its_check_digits_and_the_person(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "overseas_treatment"):
        t = document(r)
        line1, line2 = re.search(r"\(machine-readable zone\):\n(.+)\n(.+)\n", t).groups()
        assert len(line1) == 44 and line1.startswith("P<TON") and mrz_line2_valid(line2) and line2 in spans(r, "NATIONAL_ID")
        family, given = line1[5:].rstrip("<").split("<<")
        assert re.search(r"Passport No\.: (\S+)", t)[1] == line2[:9].rstrip("<")
        name = re.search(r"Patient: (.+?)    Sex: ([FM])", t)
        assert name[1].upper() == f"{given.replace('<', ' ')} {family}" and line2[20] == name[2]
        written = re.sub(r"(\d)(st|nd|rd|th) ", r"\1 ", re.search(r"Date of birth: (.+)\n", t)[1])
        born = next(d for f in ("%d/%m/%Y", "%d %B %Y", "%d %b %Y") if (d := parse(written, f)))
        assert line2[13:19] == born.strftime("%y%m%d")


def parse(written: str, form: str) -> datetime.date | None:
    try:
        return datetime.datetime.strptime(written, form).date()
    except ValueError:
        return None


# ---------------------------------------------------------------- identifiers in the corpus


CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("ndjson_ediscovery", "COMPANY_REGISTRATION", r"[0-9A-Z]{18}\d{2}"): lei_valid,
    ("yaml_record", "LICENSE_NUMBER", r"\d{15}"): luhn_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    ibans = set()
    for r in corpus:
        for s in r.pii:
            n = compact(s.text)
            for (doctype, entity, pattern), valid in CHECKED.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, n):
                    assert valid(n), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            if s.entity == "IBAN_CODE":
                assert iban_valid(n), s
                ibans.add(n[:2])
    assert all(seen.values()), [k for k, v in seen.items() if not v]
    assert ibans == {"GB", "SC"}


def test_identifiers_built_from_the_person_carry_the_birth_date(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "tribunal_transcript"):
        assert all(re.fullmatch(r"\d{6}-\d{4}", n) for n in spans(r, "NATIONAL_ID"))  # Barbados: the birth date, then four digits
        datetime.datetime.strptime(spans(r, "NATIONAL_ID")[0][:6], "%y%m%d")
    for r in of(corpus, "compensation_assessment"):
        pin = next(n for n in spans(r, "NATIONAL_ID") if len(n) == 13)  # Eswatini: the birth date, then seven digits
        datetime.datetime.strptime(pin[:6], "%y%m%d")
    for r in of(corpus, "referral_board_minutes"):
        assert all(re.fullmatch(r"1\d{10}", n) for n in spans(r, "NATIONAL_ID"))  # Bhutan: eleven-digit citizenship ID
    for r in of(corpus, "capacity_judgment"):
        assert all(re.fullmatch(r"JY\d{6}[A-D]", n) for n in spans(r, "NATIONAL_ID"))  # Jersey social security numbers


# ---------------------------------------------------------------- names, determinism, the command line


INITIALS = re.compile(r"[A-Z]{2,4}|([A-Z]\.)+")


def name_words(text: str) -> set[str]:
    """A name's words as the module's lists split them (at apostrophes too: Tu'ipulotu is tu and ipulotu), short ones and particles left out."""
    return {w for w in re.split(r"[^a-z]+", blind11.fold11(text).lower()) if len(w) > 2 and w not in blind11.PARTICLES}


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind11, name_words, (blind10, blind9), INITIALS)


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    assert any(re.fullmatch(r"[A-Z][A-Z' -]+, [A-Z][a-z]+", p) for p in people)  # surname first with a comma
    assert any(re.fullmatch(r"[A-Z]\. [A-Z][a-z]+", p) for p in people) and any(INITIALS.fullmatch(p) for p in people)  # initials
    assert any(re.fullmatch(r"[A-Z' -]+ [A-Z' -]+", p) and " " in p for p in people)  # all capitals
    assert any(p.startswith(("Le ", "de ")) or " Le " in p or " de " in p for p in people)  # particles
    assert any("'" in p for p in people) and any("-" in p for p in people)  # apostrophes, hyphens
    assert any(p in blind11.NICKNAMES.values() for p in people)
    assert any("<<" in p for p in people)  # a name in a passport's machine-readable zone
    words = {"Holder", "Springer", "Babb", "Gentle", "Flowers", "Usher", "Moustache", "Bristol", "Linger", "Swan", "Karma", "Dill", "Sands", "Bain"}
    assert any(p.split()[-1] in words or p.split()[0] in words for p in people)  # names that are words
    emails = [s.text for r in corpus for s in r.pii if s.entity == "EMAIL_ADDRESS"]
    assert any(any(w in e for w in name_words(p)) for e in emails[:50] for p in people[:400])
    assert any("facebook.com/" in s.text for r in corpus for s in r.pii if s.entity == "URL")


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind11.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind11.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind11.main(["--stats", "--docs", str(len(blind11.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind11.DOCTYPES)
