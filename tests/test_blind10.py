"""The tenth blind scrubbing corpus (bench/blind10.py): labels exact at their offsets and sound, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own, determinism,
every register, the structured half really structured (HL7 segments, JSON, CSV, DICOM, pipe, TSV and LEDES lines parse).
Nothing here runs the scrubber."""

from __future__ import annotations

import csv
import datetime
import io
import json
import random
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from tests.blind_support import earlier_doctypes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind8  # noqa: E402
import blind9  # noqa: E402
import blind10  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind10.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind10.text_fields(r.record))


def whole(r: blind3.Blind3Record) -> str:
    return "\n\n".join(fields(r).values())


def compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def text(marked: str) -> str:
    return blind3.unmark(marked, "x")[1][0].text


def of(corpus: list[blind3.Blind3Record], doctype: str) -> list[blind3.Blind3Record]:
    found = [r for r in corpus if r.doctype == doctype]
    assert found, doctype
    return found


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def luhn_valid(n: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def medicare_valid(n: str) -> bool:  # Australian Medicare card: ten digits (an eleventh, the IRN, may follow)
    d = [int(c) for c in n]
    return len(d) in (10, 11) and 2 <= d[0] <= 6 and sum(x * w for x, w in zip(d, (1, 3, 7, 9) * 2)) % 10 == d[8]


def hi_valid(n: str, kind: str) -> bool:  # IHI (0), HPI-I (1), HPI-O (2)
    return len(n) == 16 and n.startswith("80036" + kind) and luhn_valid(n)


def abn_valid(n: str) -> bool:
    d = [int(c) for c in n]
    return len(d) == 11 and (sum(x * w for x, w in zip(d, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19))) - 10) % 89 == 0


def nhs_valid(n: str) -> bool:
    r = 11 - sum(int(c) * w for c, w in zip(n[:9], range(10, 1, -1))) % 11
    return len(n) == 10 and r != 10 and r % 11 == int(n[9])


def nric_valid(n: str) -> bool:  # Singapore NRIC (S, T) and FIN (F, G)
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", n):
        return False
    total = sum(int(c) * w for c, w in zip(n[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if n[0] in "TG" else 0)
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}[n[0]]
    return table[total % 11] == n[8]


def npi_valid(n: str) -> bool:
    return len(n) == 10 and n[0] in "12" and luhn_valid("80840" + n)


def gs1_valid(n: str) -> bool:  # GTIN, GSRN: the check digit weighted 1, the digits before it 3, 1, 3, ... from the right
    return sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(reversed(n))) % 10 == 0


def mu_nid_valid(n: str) -> bool:  # Mauritian national identifier
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if not re.fullmatch(r"[A-Z]\d{12}[0-9A-Z]", n):
        return False
    total = sum(alphabet.index(c) * (14 - i) for i, c in enumerate(n[:13]))
    return (total + alphabet.index(n[13])) % 17 == 0 or alphabet[17 - total % 17] == n[13]


def zw_valid(n: str) -> bool:  # Zimbabwean national registration number, compact: office, serial, letter, district
    m = re.fullmatch(r"(\d{2})(\d{6,7})([A-Z])(\d{2})", n)
    return bool(m) and "ZABCDEFGHJKLMNPQRSTVWXY"[int(m[1] + m[2]) % 23] == m[3]


def na_valid(n: str) -> bool:  # Namibian identity number: YYMMDD, four digits, the check; the weighted sum with the check is 0 mod 11
    try:
        datetime.date(1900 + int(n[:2]), int(n[2:4]), int(n[4:6]))
    except ValueError:
        return False
    return len(n) == 11 and sum(int(c) * w for c, w in zip(n, (11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0


def iban_valid(n: str) -> bool:
    return int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1


def lk_nic_parts(n: str) -> tuple[int, int, bool]:
    """A Sri Lankan NIC's birth year, day of the year (every year counted as a leap year) and sex (True for a woman)."""
    m = re.fullmatch(r"(\d{2})(\d{3})\d{4}[VX]", n) or re.fullmatch(r"(\d{4})(\d{3})0\d{4}", n)
    assert m, n
    year = int(m[1]) + (1900 if len(m[1]) == 2 else 0)
    day = int(m[2])
    return year, day - 500 if day > 500 else day, day > 500


def lk_nic_valid(n: str) -> bool:
    try:
        year, day, _ = lk_nic_parts(n)
    except AssertionError:
        return False
    return 1900 <= year <= 2012 and 1 <= day <= 366


def nida_valid(n: str) -> bool:  # Tanzania: the birth date, then 5, 5 and 2 digits
    try:
        return len(n) == 20 and 1900 < datetime.date(int(n[:4]), int(n[4:6]), int(n[6:8])).year < 2012
    except ValueError:
        return False


def rw_valid(n: str) -> bool:  # Rwanda: 1, the birth year, 7 or 8, seven digits, the issue, two digits
    return bool(re.fullmatch(r"1(19\d\d|20[01]\d)[78]\d{10}", n))


def nino_valid(n: str) -> bool:
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n)) and n[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def mbi_valid(n: str) -> bool:  # Medicare Beneficiary Identifier: no S, L, O, I, B or Z anywhere
    a, an = "[AC-HJKMNP-RT-Y]", "[AC-HJKMNP-RT-Y0-9]"
    return bool(re.fullmatch(f"[1-9]{a}{an}[0-9]{a}{an}[0-9]{a}{a}[0-9][0-9]", n))


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (medicare_valid, "2123456701"),  # Medicare 2123 45670 1 (NEHTA's worked example)
    (medicare_valid, "29518731251"),  # and 2951 87312 5 1 with its IRN
    (abn_valid, "51824753556"),  # ABN 51 824 753 556 (the ATO's example)
    (nhs_valid, "9434765919"),  # NHS number 943 476 5919 (python-stdnum's gb.nhs example)
    (nric_valid, "S1234567D"),  # NRIC (Algorithm::CheckDigits' nric_sg example)
    (npi_valid, "1234567893"),  # NPI (CMS's example in the NPI check-digit note)
    (gs1_valid, "4006381333931"),  # EAN-13 (the GS1 check digit's worked example)
    (mu_nid_valid, "M090497290349B"),  # Mauritian national identifiers (python-stdnum's mu.nid examples)
    (mu_nid_valid, "L2207971502833"),
    (mu_nid_valid, "J2906201304089"),  # (the dataprep documentation's example)
    (na_valid, "56102400135"),  # Namibian identity number 561024 0013 5 (the published worked example)
    (iban_valid, "MU17BOMM0101101030300200000MUR"),  # the IBAN registry's Mauritian example
    (luhn_valid, "79927398713"),  # Luhn: the algorithm's worked example
    (lk_nic_valid, "952903022V"),  # Sri Lankan NIC (nic-parser's example: 16 October 1995, a man)
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (medicare_valid, "2123456711"), (abn_valid, "51824753557"), (nhs_valid, "9434765918"), (nric_valid, "S1234567E"), (npi_valid, "1234567894"),
    (gs1_valid, "4006381333932"), (mu_nid_valid, "M090497290348B"), (na_valid, "56102400136"), (iban_valid, "MU17BOMM0101101030300200000MUS"),
    (zw_valid, "12345678A90"), (lk_nic_valid, "959903022V"), (mbi_valid, "1EG4TE5MK7S"), (nino_valid, "QQ123456C"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind10.medicare_digit("21234567") == "0" and blind10.medicare_digit("29518731") == "2" and blind10.abn_ok("51824753556")
    assert blind10.nhs_digit("943476591") == "9" and blind10.nric_letter("S", "1234567") == "D" and blind10.npi_digit("123456789") == "3"
    assert blind10.gs1_digit("400638133393") == "1" and blind10.na_digit("5610240013") == "5"
    assert blind10.mu_nid_char("M090497290349") == "B" and blind10.mu_nid_char("L220797150283") == "3" and blind10.mu_nid_char("J290620130408") == "9"
    assert blind10.iban("MU", "BOMM0101101030300200000MUR") == "MU17BOMM0101101030300200000MUR"
    assert blind10.zw_letter("12345678") == "P"  # 12345678 = 23 x 536768 + 14, and the fourteenth letter (no I or O) is P
    assert blind10.lk_day(datetime.date(1995, 10, 16)) == 290 and blind10.lk_day(datetime.date(2023, 3, 1)) == 61  # 29 February always counted


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_the_person() -> None:
    g = blind10.Gen(random.Random(3))
    for _ in range(300):
        g.used = set()
        p = g.person(g.pick(sorted(blind10.PEOPLE)))
        y, m, d = ymd = g.ymd(1930, 2010)
        medicare, irn = g.medicare()
        assert medicare_valid(medicare) and medicare_valid(medicare + irn)
        assert hi_valid(g.hi_number(0), "0") and hi_valid(g.hi_number(1), "1") and hi_valid(g.hi_number(2), "2")
        assert abn_valid(compact(g.abn())) and nhs_valid(compact(g.nhs()))
        n = g.nric(ymd)
        assert nric_valid(n) and n[0] == ("S" if y < 2000 else "T") and (y < 1968 or n[1:3] == f"{y % 100:02d}")
        assert nric_valid(g.nric(ymd, foreigner=True)) and npi_valid(g.npi()) and npi_valid(g.npi(True)) and gs1_valid(g.gsrn())
        n = g.mu_nid(p.last, ymd)
        assert mu_nid_valid(n) and n[0] == blind10.fold10(p.last).replace("de ", "")[0].upper() and n[1:7] == f"{d:02d}{m:02d}{y % 100:02d}"
        assert zw_valid(compact(g.zw_id()))
        n = g.na_id(ymd)
        assert na_valid(n) and n[:6] == f"{y % 100:02d}{m:02d}{d:02d}"
        assert iban_valid(compact(text(g.iban_of("MU", "MCBL01" + g.digits(14) + "000MUR"))))
        n = g.lk_nic(p, ymd)
        assert lk_nic_valid(n) and lk_nic_parts(n) == (y, blind10.lk_day(datetime.date(2000, m, d)), p.female)
        assert nida_valid(compact(g.nida(ymd))) and compact(g.nida(ymd))[:8] == f"{y}{m:02d}{d:02d}"
        n = compact(g.rw_nid(p, y))
        assert rw_valid(n) and n[1:5] == str(y) and n[5] == ("7" if p.female else "8")
        assert nino_valid(compact(g.nino())) and mbi_valid(compact(g.mbi()))


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind10.DOCS and len(blind10.DOCTYPES) == 20 and len(blind10.STRUCTURED) == len(blind10.NARRATIVE) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind10.DOCTYPES}
    assert min(counts.values()) >= blind10.DOCS // len(blind10.DOCTYPES)
    assert {r.kind for r in corpus} == set(blind3.FORMATS)
    for r in corpus:
        assert detect_kind(r.record, "blind10", 0) == r.kind
        validate(r.record, "blind10", 0, r.kind)
    earlier = earlier_doctypes(10)
    assert not set(blind10.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 3000 and sum(len(r.keep) for r in corpus) >= 1000
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        texts = fields(r)
        assert r.pii and r.keep, r.doctype
        offsets = blind10.span_offsets(r)
        assert len(offsets) == len(r.pii)
        ends: dict[str, int] = {}
        for (path, start, end, entity), span in zip(offsets, r.pii):
            assert texts[path][start:end] == span.text and entity == span.entity
            assert start >= ends.get(path, 0)  # in order and never overlapping
            ends[path] = end
            assert span.text == span.text.strip() and span.text[-1] not in ",;:^|" and span.entity in blind3.ENTITIES, span
        for term in r.keep:
            assert any(term in t for t in texts.values()), term
        assert not any(c in t for t in texts.values() for c in "\x02\x03\x04\x05\x1f")


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a document alone leaks every label; removing exactly its labels leaks none and keeps every protected term.

    generate() already draws every document again until it is sound; checked here once more on every register in every format
    (the first 60 documents), which keeps this file fast."""
    sample = corpus[: 3 * len(blind10.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind10.DOCTYPES for k in blind3.FORMATS}
    assert all(blind3.sound(r) for r in sample)


# ---------------------------------------------------------------- the structured half parses as what it claims to be


def block(text: str, first: str) -> list[str]:
    """The lines from the one that starts with ``first`` to the next blank line."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def test_hl7_messages_parse(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "hl7_message"):
        segments = [line.split("|") for line in whole(r).split("\n") if re.match(r"(MSH|EVN|PID|NK1|PV1|DG1|OBR|OBX|NTE)\|", line)]
        assert [s[0] for s in segments if s[0] == "MSH"] == ["MSH", "MSH"]
        for s in segments:
            if s[0] == "MSH":
                assert s[1] == "^~\\&" and s[8] in ("ADT^A01^ADT_A01", "ORU^R01^ORU_R01") and re.fullmatch(r"\d{14}", s[6])
            if s[0] == "PID":
                ids = s[3].split("~")
                assert all(len(i.split("^")) >= 5 for i in ids) and re.fullmatch(r"\d{8}", s[7])
                family, given, *_ = s[5].split("^")
                assert family.isupper() and given.isupper()
                for value, _, _, authority, kind in (i.split("^")[:5] for i in ids):
                    assert {"MC": medicare_valid, "NI": lambda n: hi_valid(n, "0"), "MR": str.isdigit}[kind](value), (authority, value)
            if s[0] == "PV1":
                assert hi_valid(s[7].split("^")[0], "1") and hi_valid(s[8].split("^")[0], "1")
            if s[0] == "OBX":
                assert s[3].endswith("^LN") and re.fullmatch(r"[\d.]+", s[5])


def test_fhir_bundles_parse_as_json(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "fhir_bundle"):
        t = whole(r)
        start = t.index("\n{\n") + 1
        bundle = json.loads(t[start:t.index("\n}", start) + 2])
        assert bundle["resourceType"] == "Bundle" and [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient", "Observation"]
        patient, observation = (e["resource"] for e in bundle["entry"])
        nhs = next(i["value"] for i in patient["identifier"] if i["system"].endswith("nhs-number"))
        assert nhs_valid(nhs) and isinstance(patient["name"][0]["given"], list) and patient["name"][0]["family"]
        assert observation["subject"]["reference"] == f"Patient/{patient['id']}" and bundle["entry"][0]["fullUrl"].endswith(patient["id"])
        datetime.date.fromisoformat(patient["birthDate"])


def test_appointment_exports_parse_as_csv(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "appointment_csv"):
        rows = list(csv.reader(block(whole(r), '"appt_date"')))
        assert rows[0][:3] == ["appt_date", "appt_time", "clinic"] and len(rows) >= 4 and {len(row) for row in rows} == {12}
        for row in rows[1:]:
            assert nric_valid(row[5]) and row[4].isupper() and row[3].startswith("Dr ")


def test_audit_logs_are_one_event_a_line(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "ehr_audit_log"):
        events = [line for line in whole(r).split("\n") if re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ", line)]
        assert len(events) >= 4
        for line in events:
            fields_ = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', line))
            assert set(fields_) >= {"user", "name", "role", "ws", "dept", "action", "mrn", "patient", "csn"}
            assert re.fullmatch(r'"[A-Z][A-Z\'ña-z-]+, [A-Z][a-z]+"', fields_["name"], re.IGNORECASE) and len(fields_["mrn"]) == 9


DICOM_LINE = re.compile(r"\(([0-9a-f]{4}),([0-9a-f]{4})\) ([A-Z]{2}) \[(.*)\] +# +(\d+), 1 (\w+)")


def test_dicom_headers_parse_and_the_nic_carries_the_birth_date_and_sex(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "dicom_header"):
        lines = [DICOM_LINE.fullmatch(line) for line in whole(r).split("\n") if line.startswith("(")]
        assert all(lines) and len(lines) >= 25
        tags = [(m[1], m[2]) for m in lines]
        assert tags == sorted(tags)  # dcmdump prints the data set in tag order
        values = {m[6]: m[4] for m in lines}
        for m in lines:
            n = len(m[4].encode("utf-8"))
            assert int(m[5]) == n + n % 2  # even length, as DICOM pads values
            if m[3] == "DA":
                datetime.datetime.strptime(m[4], "%Y%m%d")
        assert "^" in values["PatientName"] and values["PatientSex"] in "FM"
        born = datetime.datetime.strptime(values["PatientBirthDate"], "%Y%m%d").date()
        assert lk_nic_parts(values["OtherPatientIDs"]) == (born.year, blind10.lk_day(born), values["PatientSex"] == "F")


def test_claim_files_parse_and_every_npi_checks(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "claim_file"):
        records = [line.split("|") for line in whole(r).split("\n") if re.match(r"(HDR|CLM|SVC|NTE|TRL)\|", line)]
        assert records[0][0] == "HDR" and records[-1][0] == "TRL"
        claims = {c[1]: c for c in records if c[0] == "CLM"}
        assert len(claims) == int(records[-1][1]) and {len(c) for c in claims.values()} <= {23, 24}
        assert all(s[1] in claims for s in records if s[0] in ("SVC", "NTE"))
        for c in claims.values():
            assert npi_valid(c[14]) and npi_valid(c[17]) and re.fullmatch(r"\d{8}", c[7]) and re.fullmatch(r"\d{5}", c[12])
        total = sum(float(s[7]) for s in records if s[0] == "SVC")
        assert abs(total - float(records[-1][2])) < 0.01


def test_dispensing_exports_parse_as_semicolon_separated_values(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "dispensing_export"):
        t = whole(r)
        rows = list(csv.reader(block(t, "Rx No;"), delimiter=";"))
        assert {len(row) for row in rows} == {14} and len(rows) >= 4
        assert all(medicare_valid(compact(row[4])) and re.fullmatch(r"\d\d/\d\d/\d{4}", row[1]) for row in rows[1:])
        assert abn_valid(compact(re.search(r"ABN ([\d ]+) --", t)[1]))


def test_pathology_requests_carry_a_payload_and_labels_that_agree(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "lab_order_barcode"):
        t = whole(r)
        payload = re.search(r"Data Matrix payload: (.+)", t)[1].split("|")
        assert payload[0] == "ICE" and len(payload) == 7 and nhs_valid(payload[2]) and "^" in payload[3]
        assert f"*{payload[1]}*" in t and re.search(r"NHS No: (\d{3} \d{3} \d{4})", t)[1].replace(" ", "") == payload[2]
        assert gs1_valid(re.search(r"GSRN \(8018\)(\d{18})", t)[1])
        assert len(re.findall(rf"{payload[1]}-0\d", t)) == 2


def test_docket_exports_parse_as_tab_separated_values(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "efiling_docket"):
        rows = list(csv.reader(block(whole(r), "seq\tfiled"), delimiter="\t"))
        assert rows[0][0] == "seq" and {len(row) for row in rows} == {8} and [row[0] for row in rows[1:]] == [str(i) for i in range(1, 7)]
        assert all(re.fullmatch(r"24\d{6}", row[6]) for row in rows[1:] if row[6])


def test_ledes_invoices_parse(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "ledes_invoice"):
        lines = whole(r).split("\n")
        start = lines.index("LEDES1998B[]")
        rows = [line[:-2].split("|") for line in lines[start + 1:] if line.endswith("[]")]
        header, items = rows[0], rows[1:]
        assert header[:2] == ["INVOICE_DATE", "INVOICE_NUMBER"] and len(header) == 24 and {len(i) for i in items} == {24} and items
        column = dict(zip(header, zip(*items)))
        assert abs(sum(map(float, column["LINE_ITEM_TOTAL"])) - float(items[0][4])) < 0.01
        assert all(abs(float(u) * float(c) - float(t)) < 0.01
                   for u, c, t in zip(column["LINE_ITEM_NUMBER_OF_UNITS"], column["LINE_ITEM_UNIT_COST"], column["LINE_ITEM_TOTAL"]))
        assert all(items[0][5] <= d <= items[0][6] for d in column["LINE_ITEM_DATE"])
        for initials, name in zip(column["TIMEKEEPER_ID"], column["TIMEKEEPER_NAME"]):
            last, given = name.split(", ")
            assert initials[0] == given[0].upper() and initials[-1] == last[0].upper()


def test_the_mauritian_nid_starts_with_the_surname_at_birth(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "insurance_medical_exam"):
        t = whole(r)
        m = re.search(r"Proposer \(life assured\): (?:Mrs|Ms|Mr) (.+?)(?:, née (.+?))?\n", t)
        birth_surname = m[2] or m[1].split()[-1]
        nid = re.search(r"National Identity Card No\. (\S+)", t)[1]
        assert mu_nid_valid(nid) and nid[0] == blind10.fold10(birth_surname).replace("de ", "")[0].upper()


# ---------------------------------------------------------------- identifiers in the corpus


CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("hl7_message", "HEALTH_ID", r"[2-6]\d{10}"): medicare_valid,
    ("hl7_message", "HEALTH_ID", r"800360\d{10}"): luhn_valid,
    ("hl7_message", "LICENSE_NUMBER", r"800361\d{10}"): luhn_valid,
    ("hl7_message", "COMPANY_REGISTRATION", r"800362\d{10}"): luhn_valid,
    ("fhir_bundle", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("appointment_csv", "NATIONAL_ID", r"[STFG]\d{7}[A-Z]"): nric_valid,
    ("claim_file", "LICENSE_NUMBER", r"1\d{9}"): npi_valid,
    ("claim_file", "COMPANY_REGISTRATION", r"2\d{9}"): npi_valid,
    ("claim_file", "HEALTH_ID", r"[1-9][A-Z][0-9A-Z]\d[A-Z][0-9A-Z]\d[A-Z]{2}\d{2}"): mbi_valid,
    ("dispensing_export", "HEALTH_ID", r"\d{10}"): medicare_valid,
    ("dispensing_export", "COMPANY_REGISTRATION", r"\d{11}"): abn_valid,
    ("lab_order_barcode", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("lab_order_barcode", "HEALTH_ID", r"\d{18}"): gs1_valid,
    ("dicom_header", "NATIONAL_ID", r"\d{9}[VX]|\d{12}"): lk_nic_valid,
    ("dna_paternity_report", "NATIONAL_ID", r"\d{9}[VX]|\d{12}"): lk_nic_valid,
    ("insurance_medical_exam", "NATIONAL_ID", r"[A-Z]\d{12}[0-9A-Z]"): mu_nid_valid,
    ("bail_ruling", "NATIONAL_ID", r"\d{8,9}[A-Z]\d{2}"): zw_valid,
    ("maintenance_order", "NATIONAL_ID", r"\d{11}"): na_valid,
    ("preanaesthetic_assessment", "NATIONAL_ID", r"\d{20}"): nida_valid,
    ("medif_clearance", "NATIONAL_ID", r"1\d{15}"): rw_valid,
    ("deed_poll_enrolment", "NATIONAL_ID", r"[A-Z]{2}\d{6}[A-D]"): nino_valid,
    ("deed_poll_enrolment", "HEALTH_ID", r"\d{10}"): nhs_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    ibans = 0
    for r in corpus:
        for s in r.pii:
            n = compact(s.text)
            for (doctype, entity, pattern), valid in CHECKED.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, n):
                    assert valid(n), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            if s.entity == "IBAN_CODE":
                assert iban_valid(n), s
                ibans += 1
    assert all(seen.values()), [k for k, v in seen.items() if not v]
    assert ibans


# ---------------------------------------------------------------- names, determinism, the command line


INITIALS = re.compile(r"[A-Z]{2,4}|([A-Z]\.)+")


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    own, earlier = blind10.own_names(), blind10.earlier_names()
    assert not own & earlier and blind9.own_names() <= earlier and blind8.own_names() <= earlier
    for r in corpus:
        for s in r.pii:
            if s.entity == "PERSON" and not INITIALS.fullmatch(s.text):
                words = {w for w in re.split(r"[^a-z]+", blind10.fold10(s.text).lower()) if len(w) > 2 and w not in blind10.PARTICLES}
                assert words and words <= own and not words & earlier, s
    source = Path(blind10.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    assert any(re.fullmatch(r"[A-Z' -]+\^[A-Z' -]+\^[A-Z' -]+", p) for p in people)  # FAMILY^GIVEN^MIDDLE
    assert any(re.fullmatch(r"[A-Z][A-Za-z'ñ-]+, [A-Z][a-z]+", p) for p in people)  # surname first with a comma
    assert any(re.fullmatch(r"([A-Z]\.){2,} [A-Z][a-z]+", p) for p in people)  # a Sinhala legal name's initials
    assert any(" binte " in p.lower() or " d/o " in p.lower() for p in people)
    assert any(p in blind10.NICKNAMES.values() for p in people) and any(p in blind10.MATAI for p in people)
    texts = [whole(r) for r in corpus]
    assert any(re.search(r"[A-Z][a-z]+'s ", t) for t in texts) and any("née" in t for t in texts)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind10.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind10.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind10.main(["--stats", "--docs", str(len(blind10.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind10.DOCTYPES)
