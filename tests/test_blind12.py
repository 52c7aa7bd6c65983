"""The twelfth blind scrubbing corpus (bench/blind12.py): labels exact at their offsets and sound, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own, determinism,
every register, the structured half really structured (the .eml parses with the email module, the Telegram export and its unix times,
EDIFACT, SWIFT, WebVTT, GEDCOM, X12, the access log, HTML and the pdftk dump). Nothing here runs the scrubber."""

from __future__ import annotations

import datetime
import email
import email.utils
import io
import json
import random
import re
import sys
import urllib.parse
from contextlib import redirect_stdout
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from tests.blind_support import assert_labels_at_offsets, assert_people_carry_own_names, compact, earlier_doctypes, npi_valid

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind10  # noqa: E402
import blind11  # noqa: E402
import blind12  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind12.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind12.text_fields(r.record))


def document(r: blind3.Blind3Record) -> str:
    """The document itself: the field that carries it (the input, the user's message, or the text)."""
    return max(fields(r).values(), key=len)


def of(corpus: list[blind3.Blind3Record], doctype: str) -> list[blind3.Blind3Record]:
    found = [r for r in corpus if r.doctype == doctype]
    assert found, doctype
    return found


def spans(r: blind3.Blind3Record, entity: str) -> list[str]:
    return [s.text for s in r.pii if s.entity == entity]


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def iban_valid(n: str) -> bool:
    lengths = {"CY": 28, "SK": 24, "GI": 23}
    return lengths.get(n[:2]) == len(n) and int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1


def rodne_cislo_valid(n: str) -> bool:  # YYMMDD/NNNN since 1954: the ten digits divisible by 11; a woman's month has 50 added
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)/(\d{4})", n)
    if not m:
        return False
    month = int(m[2]) % 50
    return 1 <= month <= 12 and 1 <= int(m[3]) <= 31 and int(n.replace("/", "")) % 11 == 0


def cy_tic_valid(n: str) -> bool:  # eight digits; the odd places recoded, the even ones as they are, the sum modulo 26 as a letter
    recode = {0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21}
    if not re.fullmatch(r"\d{8}[A-Z]", n):
        return False
    total = sum(recode[int(c)] if i in (0, 2, 4, 6) else int(c) for i, c in enumerate(n[:8]))
    return n[8] == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[total % 26]


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (iban_valid, "CY17002001280000001200527600"),  # the IBAN registry's Cyprus example
    (iban_valid, "SK3112000000198742637541"),  # the IBAN registry's Slovakia example
    (iban_valid, "GI75NWBK000000007099453"),  # the IBAN registry's Gibraltar example
    (npi_valid, "1234567893"),  # the NPI check digit's worked example (CMS)
    (cy_tic_valid, "10259033P"),  # the Cyprus VAT/TIC example in the format's descriptions
    (rodne_cislo_valid, "710319/2745"),  # a birth number of the divisible-by-11 form
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (iban_valid, "CY18002001280000001200527600"), (iban_valid, "SK3112000000198742637542"), (iban_valid, "GI75NWBK000000007099454"),
    (npi_valid, "1234567894"), (cy_tic_valid, "10259033Q"), (rodne_cislo_valid, "710319/2746"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind12.npi_digit("123456789") == "3" and blind12.cy_tic_letter("10259033") == "P"
    assert blind12.rodne_cislo_digit("710319274") == 5
    assert blind12.iban("CY", "002001280000001200527600") == "CY17002001280000001200527600"
    assert blind12.iban("GI", "NWBK000000007099453") == "GI75NWBK000000007099453"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check() -> None:
    g = blind12.Gen(random.Random(3))
    for _ in range(300):
        assert npi_valid(g.npi()) and cy_tic_valid(g.cy_tic())
        assert iban_valid(compact(g.cy_iban())) and iban_valid(compact(g.sk_iban())) and iban_valid(compact(g.gi_iban()))
        y, m, d = ymd = g.ymd(1940, 1999)
        female = g.rng.random() < 0.5
        rc = g.rodne_cislo(ymd, female)
        assert rodne_cislo_valid(rc) and rc[:6] == f"{y % 100:02d}{m + 50 * female:02d}{d:02d}"
        reg = g.mn_register(ymd, female)
        assert re.fullmatch(r"[А-Я]{2}\d{8}", reg) and reg[2:8] == f"{y % 100:02d}{m:02d}{d:02d}" and int(reg[8]) % 2 == (not female)


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind12.DOCS and len(blind12.DOCTYPES) == 20 and len(blind12.STRUCTURED) == len(blind12.NARRATIVE) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind12.DOCTYPES}
    assert min(counts.values()) >= blind12.DOCS // len(blind12.DOCTYPES)
    assert {r.kind for r in corpus} == set(blind3.FORMATS)
    for r in corpus:
        assert detect_kind(r.record, "blind12", 0) == r.kind
        validate(r.record, "blind12", 0, r.kind)
    earlier = earlier_doctypes(12)
    assert not set(blind12.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 5000 and sum(len(r.keep) for r in corpus) >= 1100
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind12, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a document alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    documents: every register in every format)."""
    sample = corpus[: 3 * len(blind12.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind12.DOCTYPES for k in blind3.FORMATS}
    assert all(blind3.sound(r) for r in sample)


# ---------------------------------------------------------------- the structured half parses as what it claims to be


def test_eml_files_parse_with_the_email_module(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "eml_forwarded"):
        t = document(r)
        boundary = re.search(r'boundary="([^"]+)"', t)[1]
        raw = t[t.index("From: "):t.index(f"--{boundary}--") + len(boundary) + 5]
        msg = email.message_from_string(raw)
        assert msg.is_multipart() and msg.get_content_type() == "multipart/mixed"
        text, attached = msg.get_payload()
        assert text.get_content_type() == "text/plain" and attached.get_content_type() == "message/rfc822"
        inner = attached.get_payload()[0]
        for m in (msg, inner):
            name, addr = email.utils.parseaddr(m["From"])
            assert name in spans(r, "PERSON") and addr in spans(r, "EMAIL_ADDRESS")
            assert m["Date"] in spans(r, "DATE_TIME") and email.utils.parsedate_to_datetime(m["Date"]).tzinfo is not None
            assert email.utils.parsedate_to_datetime(m["Date"]).strftime("%a") == m["Date"][:3]
        assert "wrote:\n> " in text.get_payload() and "\n-- \n" in text.get_payload()
        assert inner["To"] in spans(r, "EMAIL_ADDRESS") and "GX11 1AA" in spans(r, "LOCATION")


def test_telegram_exports_load_and_their_unix_times_agree(corpus: list[blind3.Blind3Record]) -> None:
    zone = datetime.timezone(datetime.timedelta(hours=11))
    for r in of(corpus, "telegram_export"):
        t = document(r)
        data = json.loads(t[t.index("{"):t.rindex("}") + 1])
        assert data["type"] == "private_supergroup" and len(data["messages"]) >= 6
        ids = [m["id"] for m in data["messages"]]
        assert ids == sorted(set(ids))
        for m in data["messages"]:
            moment = datetime.datetime.fromisoformat(m["date"]).replace(tzinfo=zone)
            assert int(m["date_unixtime"]) == int(moment.timestamp()) and m["date_unixtime"] in spans(r, "DATE_TIME")
            who, uid = (m["from"], m["from_id"]) if m["type"] == "message" else (m["actor"], m["actor_id"])
            assert who in spans(r, "PERSON") and re.fullmatch(r"user\d{10}", uid) and uid in spans(r, "ACCOUNT_NUMBER")
        assert any("photo" in m for m in data["messages"]) and any(m["type"] == "service" for m in data["messages"])


def test_paxlst_messages_have_their_segments_and_counts(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "paxlst_manifest"):
        t = document(r)
        message = t[t.index("UNA:+.? '") + 9:t.rindex("'") + 1]
        segments = [s.strip() for s in message.split("'") if s.strip()]
        assert segments[0].startswith("UNB+UNOA:4") and segments[-1].startswith("UNZ+1+")
        assert segments[0].split("+")[-1] == segments[-1].split("+")[-1]  # the interchange reference
        body = segments[1:-1]
        assert body[0].startswith("UNH+1+PAXLST") and body[-1] == f"UNT+{len(body)}+1"
        travellers = [s for s in body if s.startswith("NAD+FL+++")]
        assert f"CNT+42:{len(travellers)}" in body and len(travellers) == 3
        for s in travellers:
            last, first = s.split("+")[4].split(":")
            assert last in spans(r, "PERSON") and first in spans(r, "PERSON") and last.isupper()
        for s in body:
            if s.startswith("DTM+329:") or s.startswith("DTM+36:"):
                datetime.datetime.strptime(s.split(":")[1], "%y%m%d")
            if s.startswith("DOC+P:110:111+"):
                assert s.split("+")[2] in spans(r, "NATIONAL_ID")


def test_mt103_messages_are_well_formed(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "mt103_payment"):
        t = document(r)
        m = re.search(r"\{1:F01([A-Z0-9]{12})(\d{10})\}\{2:I103([A-Z0-9]{12})N\}\{3:\{108:[A-Z0-9]{12}\}\}\{4:\n(.*?)\n-\}", t, re.DOTALL)
        assert m, t
        tags = re.findall(r"^:(\d\d[A-Z]?):", m[4], re.MULTILINE)
        assert tags == ["20", "23B", "32A", "33B", "50K", "57A", "59", "70", "71A"]
        assert all(len(line) <= 35 for line in m[4].split("\n"))
        value = re.search(r"^:32A:(\d{6})EUR(\d+),(\d\d)$", m[4], re.MULTILINE)
        datetime.datetime.strptime(value[1], "%y%m%d")
        assert value[1] in spans(r, "DATE_TIME") and f"EUR {int(value[2]):,}.{value[3]}" in r.keep
        accounts = re.findall(r"^:(?:50K|59):/(\S+)$", m[4], re.MULTILINE)
        assert len(accounts) == 2 and all(iban_valid(a) and a in spans(r, "IBAN_CODE") for a in accounts)


def test_webvtt_captions_parse(corpus: list[blind3.Blind3Record]) -> None:
    timing = re.compile(r"(\d\d):(\d\d):(\d\d\.\d{3}) --> (\d\d):(\d\d):(\d\d\.\d{3})")
    for r in of(corpus, "webvtt_hearing"):
        t = document(r)
        vtt = t[t.index("WEBVTT"):t.rindex("</v>") + 4]
        blocks = vtt.strip().split("\n\n")
        assert blocks[0].startswith("WEBVTT\n") and blocks[1].startswith("NOTE ")
        last = 0.0
        for i, cue in enumerate(blocks[2:], 1):
            number, times, text = cue.split("\n", 2)
            h1, m1, s1, h2, m2, s2 = timing.fullmatch(times).groups()
            start, end = int(h1) * 3600 + int(m1) * 60 + float(s1), int(h2) * 3600 + int(m2) * 60 + float(s2)
            assert int(number) == i and last <= start < end
            last = end
            voice = re.fullmatch(r"<v ([^>]+)>(.+)</v>", text, re.DOTALL)
            assert voice and "\n" not in voice[2]
            name = re.sub(r"^(Madam Justice|Justice|Dr) ", "", voice[1])
            assert name == "Court Clerk" or name in spans(r, "PERSON")


def test_gedcom_files_are_well_formed(corpus: list[blind3.Blind3Record]) -> None:
    line = re.compile(r"(\d+) (@[A-Z]\d+@ )?([A-Z_]+)(?: (.*))?")
    for r in of(corpus, "gedcom_pedigree"):
        t = document(r)
        ged = t[t.index("0 HEAD"):t.index("0 TRLR") + 6].split("\n")
        level, xrefs, pointers, people = 0, set(), set(), {}
        current = None
        for row in ged:
            m = line.fullmatch(row)
            assert m, row
            assert int(m[1]) <= level + 1
            level = int(m[1])
            if m[2]:
                xrefs.add(m[2].strip())
                current = m[2].strip() if m[3] == "INDI" else None
            if m[4] and re.fullmatch(r"@[A-Z]\d+@", m[4]):
                pointers.add(m[4])
            if current and m[3] in ("NAME", "GIVN", "SURN"):
                people.setdefault(current, {})[m[3]] = m[4]
            if m[3] == "DATE" and level == 2 and not m[4].startswith("ABT"):
                datetime.datetime.strptime(m[4].title(), "%d %b %Y")
                assert m[4] in spans(r, "DATE_TIME")
        assert pointers <= xrefs and len(people) == 6
        for p in people.values():
            assert p["NAME"] == f"{p['GIVN']} /{p['SURN']}/" and all(v in spans(r, "PERSON") for v in p.values())


def test_x12_responses_are_well_formed(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "x12_eligibility"):
        t = document(r)
        raw = t[t.index("ISA*"):t.rindex("~") + 1]
        segments = [s.strip() for s in raw.split("~") if s.strip()]
        assert len(segments[0]) + 1 == 106 and segments[0][3] == "*"  # ISA is fixed width: 106 characters with its terminator
        isa = segments[0].split("*")
        assert segments[-1] == f"IEA*1*{isa[13]}" and segments[1].startswith("GS*HB*")
        st = next(i for i, s in enumerate(segments) if s.startswith("ST*271*"))
        se = next(i for i, s in enumerate(segments) if s.startswith("SE*"))
        assert int(segments[se].split("*")[1]) == se - st + 1
        npis = [s.split("*")[-1] for s in segments if s.startswith("NM1*") and "*XX*" in s]
        assert len(npis) == 2 and all(npi_valid(n) for n in npis)
        for s in segments:
            e = s.split("*")
            if e[0] == "DMG":
                datetime.datetime.strptime(e[2], "%Y%m%d")
                assert e[2] in spans(r, "DATE_TIME")
            if e[0] == "NM1" and e[1] in ("IL", "03", "P3"):
                assert e[3] in spans(r, "PERSON") and e[4] in spans(r, "PERSON")
            if e[0] == "N4":
                assert e[2] == "PR" and re.fullmatch(r"00\d{3}", e[3]) and e[3] in spans(r, "LOCATION")


def test_access_logs_parse_as_combined_log_format(corpus: list[blind3.Blind3Record]) -> None:
    combined = re.compile(r'(\S+) - (\S+) \[([^\]]+)\] "(GET|POST) (\S+) HTTP/1\.1" (\d{3}) (\d+) "([^"]*)" "([^"]*)"')
    for r in of(corpus, "access_log"):
        lines = [combined.fullmatch(line) for line in document(r).split("\n") if line.startswith("10.")]
        assert len(lines) == 6 and all(lines)
        stamps = [datetime.datetime.strptime(m[3], "%d/%b/%Y:%H:%M:%S %z") for m in lines]
        assert stamps == sorted(stamps) and all(m[3] in spans(r, "DATE_TIME") for m in lines)
        assert {m[2] for m in lines} <= set(spans(r, "ACCOUNT_NUMBER"))
        queries = {}
        for m in lines:
            queries.update({k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlsplit(m[5]).query).items()})
        assert queries["surname"] in spans(r, "PERSON") and re.fullmatch(r"\d{11}", queries["pn"]) and queries["pn"] in spans(r, "NATIONAL_ID")
        assert queries["email"].count("@") == 1 and urllib.parse.quote(queries["email"], safe=".") in spans(r, "EMAIL_ADDRESS")
        assert queries["phone"].startswith("+995") and urllib.parse.quote(queries["phone"]) in spans(r, "PHONE_NUMBER")
        datetime.date.fromisoformat(queries["dob"])


class Cells(HTMLParser):
    VOID = {"meta", "input", "br", "img", "link", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.cells: dict[str, str] = {}
        self.inputs: dict[str, str] = {}
        self.header = ""
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ANN401
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "input":
            a = dict(attrs)
            self.inputs[a["name"]] = a["value"]
        if tag in ("th", "td"):
            self.text = []

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag, tag
        if tag == "th":
            self.header = "".join(self.text)
        if tag == "td":
            self.cells[self.header] = "".join(self.text)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_pages_parse(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "html_booking"):
        t = document(r)
        page = Cells()
        page.feed(t[t.index("<!DOCTYPE html>"):t.index("</html>") + 7])
        page.close()
        assert not page.stack and {"Patient", "Date of birth", "Phone", "Appointment", "Doctor", "Address"} <= set(page.cells)
        family, given = page.cells["Patient"].split(" ", 1)
        assert family.isupper() and page.cells["Patient"] in spans(r, "PERSON")
        assert page.inputs["email"] in spans(r, "EMAIL_ADDRESS") and page.inputs["booking"] in spans(r, "CASE_NUMBER")
        assert page.cells["Address"] == ", ".join(spans(r, "LOCATION"))  # street, sangkat, khan and city: a span each


def test_pdftk_dumps_parse_field_by_field(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "pdf_form_fields"):
        t = document(r)
        dump = t[t.index("---\n"):t.index("\n\nNote for the assessor")]
        form = {}
        for block in dump.split("---\n")[1:]:
            rows = [row.split(": ", 1) for row in block.strip().split("\n")]
            assert all(len(row) == 2 for row in rows), block
            keys = [k for k, _ in rows]
            assert keys[:2] == ["FieldType", "FieldName"] and "FieldValue" in keys
            values = dict(rows)
            options = [v for k, v in rows if k == "FieldStateOption"]
            assert values["FieldType"] in ("Text", "Button", "Choice") and (not options or values["FieldValue"] in options)
            form[values["FieldName"]] = values["FieldValue"]
        assert form["surname"] in spans(r, "PERSON") and form["given_names"] in spans(r, "PERSON") and form["surname"].isupper()
        assert re.fullmatch(r"[А-Я]{2}\d{8}", form["register_no"]) and form["register_no"] in spans(r, "NATIONAL_ID")
        born = datetime.date.fromisoformat(form["dob"])
        assert form["register_no"][2:4] == f"{born.year % 100:02d}" and (form["sex_female"] == "Yes") == (int(form["register_no"][8]) % 2 == 0)


# ---------------------------------------------------------------- identifiers in the corpus


CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("x12_eligibility", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("x12_eligibility", "COMPANY_REGISTRATION", r"\d{10}"): npi_valid,
    ("mt103_payment", "NATIONAL_ID", r"\d{8}[A-Z]"): cy_tic_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    ibans, births = set(), 0
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
            if r.doctype == "cioms_report" and s.entity == "NATIONAL_ID":
                assert rodne_cislo_valid(s.text), s
                births += 1
    assert all(seen.values()), [k for k, v in seen.items() if not v]
    assert ibans == {"CY", "GI"} and births == len(of(corpus, "cioms_report"))


def test_identifiers_built_from_the_person_carry_the_birth_date(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "cioms_report"):
        rc = spans(r, "NATIONAL_ID")[0]
        female = "(first, last)" in document(r) and re.search(r"3\. SEX: ([FM])", document(r))[1] == "F"
        assert (int(rc[2:4]) > 50) == female
    for r in of(corpus, "gedcom_pedigree"):
        for p in (n for n in spans(r, "NATIONAL_ID")):
            datetime.datetime.strptime(p[:6], "%d%m%y")


# ---------------------------------------------------------------- names, determinism, the command line


INITIALS = re.compile(r"[A-Z]{2,4}|([A-Z]\.)+|(\w\.)+")


def name_words(text: str) -> set[str]:
    """A name's words as the module's lists split them, short ones and particles left out."""
    return {w for w in re.split(r"[^a-z]+", blind12.fold12(text).lower()) if len(w) > 2 and w not in blind12.PARTICLES}


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind12, name_words, (blind11, blind10), INITIALS)


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    assert any(re.fullmatch(r"[A-Z]+ [A-Z][a-z]+", p) for p in people)  # the family name in capitals first (CHHAY Dara)
    assert any(re.fullmatch(r"[A-Z]\. [A-Z][a-z]+", p) for p in people) and any(re.fullmatch(r"(\w\.){2}", p) for p in people)  # initials
    assert any(re.fullmatch(r"\S+ /\S+/", p) for p in people)  # GEDCOM's Given /Surname/
    assert any("+" in p for p in people)  # a name inside a query string
    assert any(p in blind12.NICKNAMES.values() for p in people)
    assert any("-" in p for p in people) and any(len(p) >= 16 and " " not in p for p in people)  # hyphens, very long names
    assert any(p.endswith(("ová", "á")) for p in people)  # Slovak feminine surnames
    words = {"Note", "Touch", "Keo", "Mao", "Vang", "Mráz", "Mrázová"}
    assert any(set(p.split()) & words or p.upper() in {w.upper() for w in words} for p in people)  # names that are words
    emails = [s.text for r in corpus for s in r.pii if s.entity == "EMAIL_ADDRESS"]
    assert any("%40" in e for e in emails)  # a percent-encoded address
    assert any(any(w in blind12.fold12(e).lower() for w in name_words(p)) for e in emails[:50] for p in people[:400])


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind12.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind12.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind12.main(["--stats", "--docs", str(len(blind12.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind12.DOCTYPES)
