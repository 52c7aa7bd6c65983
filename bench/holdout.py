"""A held-out labelled corpus for the scrubbing benchmark, written apart from fedtune/demo/synthetic.py.

Its document types (radiology, pathology, GP letters, prior authorisations, referral e-mails,
court orders, engagement letters, depositions, settlement letters, company filings, bank
disputes), phrasings and identifier formats were written without the synthetic generator's
templates or the recognizers' patterns at hand, so a figure measured on it says how a
scrubber does on text it was not tuned on.

    python bench/holdout.py --docs 5 --seed 1    # print a few records with their labels
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

DOCS = 300
KEEP = "KEEP"
# Every entity type the scrubber claims to remove; each appears in a corpus of DOCS records.
ENTITIES = (
    "PERSON", "ORGANIZATION", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "ACCESSION_NUMBER", "INSURANCE_ID", "UK_NHS", "AGE", "US_SSN",
    "CASE_NUMBER", "MATTER_NUMBER", "BAR_NUMBER", "COMPANY_REGISTRATION",
    "IBAN_CODE", "CREDIT_CARD", "ACCOUNT_NUMBER",
)
NAME_ENTITIES = ("PERSON", "ORGANIZATION")
# Names drawn per region: (Faker locale, weight). ja_JP and zh_CN give romanised names.
NAME_LOCALES = {
    "uk": (("en_GB", 50), ("en_IN", 10), ("en_IE", 8), ("pl_PL", 5), ("yo_NG", 5), ("tr_TR", 3),
           ("fr_FR", 3), ("it_IT", 3), ("de_DE", 3), ("zh_CN", 4), ("pt_BR", 2), ("nl_NL", 2), ("sw", 2)),
    "us": (("en_US", 55), ("es_ES", 12), ("en_IN", 6), ("it_IT", 4), ("de_DE", 3), ("pl_PL", 3),
           ("ja_JP", 3), ("zh_CN", 5), ("yo_NG", 3), ("pt_BR", 3), ("nl_NL", 1), ("sw", 2)),
}
_SLOT = re.compile(r"\{(\w+)\}")
_CAPITAL_WORD = re.compile(r"[A-Z][\w'-]{2,}")

Slot = tuple[str, str | None]  # (value, entity, KEEP or None for plain text)


@dataclass(frozen=True)
class Span:
    field: str
    entity: str
    text: str


@dataclass(frozen=True)
class HoldoutRecord:
    """A record, its personal data and its protected terms (fedtune.scrubbing.evaluate's LabelledRecord)."""

    record: dict
    pii: tuple[Span, ...]
    keep: tuple[str, ...]
    kind: str  # the document type, e.g. "radiology"


@dataclass
class Doc:
    """One document before it is cast into a record format; templates refer to ``slots`` as {name}."""

    kind: str
    slots: dict[str, Slot]
    body: str
    task: str  # what a user asks of the document
    answer: str  # what the assistant replies
    system: str


# ---------------------------------------------------------------- values


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def _iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def _group(text: str, size: int = 4) -> str:
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
UK_CITIES = ("Harrogate", "Leeds", "Swindon", "Croydon", "Norwich", "Exeter", "Bolton", "Stockport", "Luton",
             "Derby", "Wrexham", "Carlisle", "Ipswich", "Guildford", "Bangor", "Dundee", "Paisley", "Chelmsford",
             "Wakefield", "Cheltenham", "Truro", "Lincoln", "Basingstoke", "Rotherham", "Kendal")
US_CITIES = (("Columbus", "OH"), ("Tacoma", "WA"), ("Dayton", "OH"), ("Fresno", "CA"), ("Tulsa", "OK"),
             ("Boise", "ID"), ("Albany", "NY"), ("Scranton", "PA"), ("Macon", "GA"), ("Eugene", "OR"),
             ("Provo", "UT"), ("Lubbock", "TX"), ("Duluth", "MN"), ("Oakland", "CA"), ("Worcester", "MA"),
             ("Durham", "NC"), ("Chattanooga", "TN"), ("Sarasota", "FL"), ("Rochester", "NY"), ("Tempe", "AZ"))
STREET_WORDS = ("Larkspur", "Oakfield", "Maple Ridge", "Holloway", "Cedar", "Kingfisher", "Station", "Mill Lane",
                "Beaumont", "Willowbrook", "Ashgrove", "Sycamore", "Hawthorn", "Lakeview", "Pinecrest", "Orchard",
                "Quarry", "Foxglove", "Belmont", "Chestnut", "Riverside", "Granby", "Alder", "Whitmore")
UK_STREET = ("Close", "Road", "Avenue", "Crescent", "Gardens", "Way", "Lane", "Drive", "Terrace", "Street")
US_STREET = ("Dr.", "Street", "Ave", "Blvd", "Court", "Road", "Lane", "Pkwy", "Way", "St.")
UK_AREA_CODES = ("020 7", "020 8", "0113", "0161", "0121", "0117", "0131", "01423", "01392", "01603", "0114")
US_AREA_CODES = ("415", "212", "312", "617", "713", "206", "305", "404", "614", "503", "602", "919", "718")


class Values:
    """Personal data in the formats real documents use, drawn from one seeded stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}
        for region in NAME_LOCALES.values():
            for locale, _ in region:
                if locale not in self.fakers:
                    fake = Faker(locale)
                    fake.seed_instance(rng.getrandbits(32))
                    self.fakers[locale] = fake

    def pick(self, *options):  # noqa: ANN201
        return self.rng.choice(options)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))

    # people and organisations

    def name(self, region: str) -> tuple[str, str]:
        """(first, last)."""
        locales = NAME_LOCALES[region]
        locale = self.rng.choices([loc for loc, _ in locales], [w for _, w in locales])[0]
        fake = self.fakers[locale]
        if locale in ("ja_JP", "zh_CN"):
            return fake.first_romanized_name(), fake.last_romanized_name()
        last = fake.last_name()
        if locale == "es_ES" and self.rng.random() < 0.4:
            last = f"{last} {fake.last_name()}"
        if self.rng.random() < 0.07:
            last = f"{last}-{self.fakers['en_GB' if region == 'uk' else 'en_US'].last_name()}"
        return fake.first_name(), last

    def styled(self, first: str, last: str, style: str | None = None) -> str:
        style = style or self.pick("full", "full", "full", "middle", "initial")
        if style == "middle":
            return f"{first} {self.letters(1)}. {last}"
        if style == "initial":
            return f"{first[0]}. {last}"
        if style == "caps":
            return f"{last.upper()}, {first.upper()}"
        if style == "comma":
            return f"{last}, {first}"
        return f"{first} {last}"

    def company(self, region: str) -> str:
        fake = self.fakers["en_GB" if region == "uk" else "en_US"]
        base = fake.last_name()
        return self.pick(
            f"{base} {self.pick('Logistics', 'Fabrication', 'Interiors', 'Analytics', 'Foods', 'Engineering')} "
            + ("Ltd" if region == "uk" else self.pick("Inc.", "LLC", "Corp.")),
            f"{base} & {fake.last_name()} " + ("Limited" if region == "uk" else "LLC"),
            f"{self.pick('Northgate', 'Bluewater', 'Kestrel', 'Ironbridge', 'Summit', 'Halcyon', 'Marlow')} "
            f"{self.pick('Holdings', 'Developments', 'Software', 'Retail', 'Capital', 'Homes')} "
            + ("plc" if region == "uk" and self.rng.random() < 0.3 else "Ltd" if region == "uk" else "Inc."),
        )

    def law_firm(self, region: str) -> str:
        fake = self.fakers["en_GB" if region == "uk" else "en_US"]
        a, b = fake.last_name(), fake.last_name()
        return self.pick(f"{a} {b} LLP", f"{a} & {b}", f"{a}, {b} & {fake.last_name()} LLP", f"{a} Law Group")

    def hospital(self, region: str, city: str) -> str:
        if region == "uk":
            return self.pick(f"{city} General Hospital", f"{city} Royal Infirmary",
                             f"St {self.pick('Luke', 'Aidan', 'Bede', 'Hilda', 'Oswald')}'s Hospital, {city}")
        return self.pick(f"{city} Memorial Medical Center", f"{self.pick('Mercy', 'Good Shepherd', 'Sacred Heart')} "
                         f"Regional Hospital", f"{self.pick('Pinecrest', 'Lakeview', 'Summit')} Health")

    def insurer(self) -> str:
        return self.pick("Keystone Mutual Health", "BrightPath Health Plan", "Coastal Shield Insurance",
                         "Meridian CareChoice", "Prairie Benefit Administrators", "Harborview Health Partners")

    def bank(self, region: str) -> str:
        if region == "uk":
            return self.pick("Wessex Building Society", "Pennine Savings Bank", "Thistle Bank plc", "Castlegate Bank")
        return self.pick("First Prairie Bank", "Cascade Federal Credit Union", "Liberty Harbor Bank, N.A.",
                         "Redwood Savings Bank")

    # places

    def street(self, region: str) -> str:
        number = self.rng.randint(1, 240) if region == "uk" else self.rng.randint(100, 9899)
        word = self.pick(*STREET_WORDS)
        if region == "uk":
            road = f"{number} {word} {self.pick(*UK_STREET)}"
            return self.pick(road, road, f"Flat {self.rng.randint(1, 24)}, {road}")
        road = f"{number} {word} {self.pick(*US_STREET)}"
        return self.pick(road, road, f"{road}, Apt {self.rng.randint(1, 30)}{self.pick('', 'B', 'C')}",
                         f"{road}, Suite {self.rng.randint(1, 19) * 100}")

    def uk_city(self) -> str:
        return self.pick(*UK_CITIES)

    def us_city(self) -> tuple[str, str]:
        return self.pick(*US_CITIES)

    def postcode(self) -> str:
        area = self.pick("LS", "HG", "SN", "CR", "NR", "EX", "BL", "SK", "LU", "DE", "LL", "CA", "IP", "GU")
        return f"{area}{self.rng.randint(1, 29)} {self.rng.randint(1, 9)}{self.letters(2)}"

    def zip(self) -> str:
        code = f"{self.rng.randint(10, 99)}{self.digits(3)}"
        return code if self.rng.random() < 0.8 else f"{code}-{self.digits(4)}"

    # dates

    def day(self, start: int = 2016, end: int = 2025) -> date:
        return date(start, 1, 1) + timedelta(days=self.rng.randrange((date(end, 12, 31) - date(start, 1, 1)).days))

    def date(self, d: date, region: str) -> str:
        month = MONTHS[d.month - 1]
        nth = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        common = (f"{d:%Y-%m-%d}", f"{d.day} {month[:3]} {d.year}", f"{d.day:02d}-{month[:3].upper()}-{d.year}")
        if region == "uk":
            return self.pick(f"{d:%d/%m/%Y}", f"{d.day} {month} {d.year}", f"{d.day}{nth} {month} {d.year}",
                             f"{d:%d.%m.%Y}", f"{d:%d/%m/%y}", f"{d:%A} {d.day} {month} {d.year}", *common)
        return self.pick(f"{d:%m/%d/%Y}", f"{month} {d.day}, {d.year}", f"{month[:3]}. {d.day}, {d.year}",
                         f"{d.month}/{d.day}/{d:%y}", f"{d:%A}, {month} {d.day}, {d.year}", *common)

    def formal_date(self, d: date) -> str:
        nth = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{nth} day of {MONTHS[d.month - 1]}, {d.year}"

    # contact details

    def phone(self, region: str) -> str:
        if region == "uk":
            area = self.pick(*UK_AREA_CODES)
            rest = 10 - len(area.replace(" ", "")) + 1
            local = self.digits(rest)
            number = f"{area}{local[:3]} {local[3:]}" if area.endswith(" 7") or area.endswith(" 8") else \
                f"{area} {local[:3]} {local[3:]}"
            mobile = f"07{self.rng.randint(400, 999)} {self.digits(6)}"
            return self.pick(number, number, mobile, f"+44 (0){number[1:]}", f"+44 {mobile[1:]}",
                             f"{number} ext. {self.digits(4)}")
        area, exchange, line = self.pick(*US_AREA_CODES), f"{self.rng.randint(201, 989)}", self.digits(4)
        return self.pick(f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"{area}.{exchange}.{line}",
                         f"+1 {area} {exchange} {line}", f"({area}) {exchange}-{line} x{self.digits(3)}",
                         f"{area}-{exchange}-{line}, ext. {self.digits(4)}")

    def foreign_phone(self) -> str:
        return self.pick(f"+49 30 {self.digits(4)} {self.digits(4)}", f"+33 1 {self.digits(2)} {self.digits(2)} "
                         f"{self.digits(2)} {self.digits(2)}", f"+353 1 {self.digits(3)} {self.digits(4)}",
                         f"+91 9{self.digits(4)} {self.digits(5)}", f"+61 2 {self.digits(4)} {self.digits(4)}",
                         f"+31 20 {self.digits(3)} {self.digits(4)}", f"+34 91 {self.digits(3)} {self.digits(2)} "
                         f"{self.digits(2)}")

    def email(self, first: str, last: str, domain: str) -> str:
        f, la = re.sub("[^a-z]", "", _ascii(first).lower()), re.sub("[^a-z]", "", _ascii(last).lower())
        return self.pick(f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}{la[:1]}{self.digits(2)}") + "@" + domain

    def domain(self, org: str, tld: str) -> str:
        words = re.findall(r"[A-Za-z]+", _ascii(org))
        return ("".join(w[0] for w in words[:3]) if len(words) > 2 else words[0]).lower() + tld

    # identifiers

    def mrn(self) -> str:
        return self.pick(self.digits(8), self.digits(7), f"{self.letters(1)}{self.digits(6)}",
                         f"{self.letters(3)}{self.digits(7)}", f"{self.digits(3)}-{self.digits(2)}-{self.digits(3)}")

    def accession(self, year: int) -> str:
        yy = year % 100
        return self.pick(f"{self.pick('CT', 'MR', 'US', 'XR')}{yy}-{self.digits(6)}", f"{yy}-{self.letters(2)}-"
                         f"{self.digits(5)}", f"RAD{self.digits(9)}", f"{self.digits(10)}")

    def specimen(self, year: int) -> str:
        yy = year % 100
        return self.pick(f"{self.pick('S', 'H', 'C')}{yy}-{self.digits(5)}", f"SP-{yy}-{self.digits(6)}",
                         f"H{yy}/{self.digits(5)}", f"{yy}{self.letters(1)}{self.digits(6)}")

    def member_id(self) -> str:
        return self.pick(f"{self.letters(3)}{self.digits(9)}", f"W{self.digits(9)}", f"{self.digits(3)}-"
                         f"{self.digits(3)}-{self.digits(3)}-{self.digits(2)}", f"{self.letters(2)}{self.digits(7)}-01",
                         f"{self.digits(11)}")

    def nhs(self) -> str:
        while True:
            body = [self.rng.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
            if check == 10:
                continue
            digits = "".join(map(str, body)) + str(0 if check == 11 else check)
            return self.pick(f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits,
                             f"{digits[:3]}-{digits[3:6]}-{digits[6:]}")

    def ssn(self) -> str:
        area = self.pick(*[a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def federal_case(self, year: int) -> str:
        yy = year % 100
        return self.pick(f"{self.rng.randint(1, 5)}:{yy}-cv-{self.digits(5)}-{self.letters(3)}",
                         f"{self.rng.randint(1, 3)}:{yy}-cv-{self.digits(5)}", f"{self.rng.randint(1, 2)}:{yy}-cr-"
                         f"{self.digits(5)}-{self.letters(2)}", f"{yy}-{self.rng.randint(1000, 56999)}")

    def state_case(self, year: int) -> str:
        yy = year % 100
        return self.pick(f"{self.rng.randint(100000, 659999)}/{year}", f"CGC-{yy}-{self.digits(6)}",
                         f"DC-{yy}-{self.digits(5)}", f"MID-L-{self.digits(6)}-{yy}", f"{year}-CA-{self.digits(6)}",
                         f"{year}-{self.digits(4)}-{self.letters(3)}", f"{yy}CV{self.digits(5)}")

    def uk_claim(self, year: int) -> str:
        return self.pick(f"KB-{year}-{self.digits(6)}", f"HQ{year % 100}{self.letters(1)}{self.digits(5)}",
                         f"{self.letters(1)}{self.digits(2)}{self.letters(2)}{self.digits(3)}",
                         f"BL-{year}-{self.digits(6)}")

    def matter(self) -> str:
        return self.pick(f"{self.digits(6)}.{self.digits(5)}", f"{self.digits(5)}-{self.digits(4)}",
                         f"{self.letters(3)}/{self.digits(6)}/{self.letters(2)}",
                         f"{self.rng.randint(2019, 2025)}-{self.digits(4)}-{self.pick('LIT', 'EMP', 'CORP', 'PI')}",
                         f"M{self.digits(7)}")

    def bar_number(self, state: str) -> tuple[str, str]:
        """(label as written before it, number)."""
        return self.pick(("SBN", self.digits(6)), ("State Bar No.", self.digits(6)),
                         ("Texas Bar No.", f"24{self.digits(6)}"), ("Bar No.", self.digits(7)),
                         ("ARDC No.", f"6{self.digits(6)}"), ("Fla. Bar No.", f"0{self.digits(6)}"),
                         ("Attorney Reg. No.", self.digits(7)), (f"{state} Bar #", self.digits(6)))

    def company_number(self, region: str) -> str:
        if region == "uk":
            return self.pick(f"0{self.digits(7)}", f"{self.rng.randint(10, 15)}{self.digits(6)}",
                             f"SC{self.digits(6)}", f"OC{self.digits(6)}", f"NI{self.digits(6)}")
        return self.pick(self.digits(7), f"{self.rng.randint(1, 9)}{self.digits(6)}")

    def iban(self) -> str:
        country = self.pick("GB", "GB", "DE", "NL", "IE", "FR", "ES")
        bban = {
            "GB": lambda: self.pick("NWBK", "BARC", "HBUK", "LOYD", "MIDL", "CPBK") + self.digits(14),
            "DE": lambda: self.digits(18),
            "NL": lambda: self.pick("ABNA", "INGB", "RABO", "TRIO") + self.digits(10),
            "IE": lambda: self.pick("AIBK", "BOFI") + self.digits(14),
            "FR": lambda: self.digits(23),
            "ES": lambda: self.digits(20),
        }[country]()
        code = country + _iban_check(country, bban) + bban
        return self.pick(code, _group(code), _group(code))

    def card(self) -> str:
        kind = self.pick("visa", "mc", "amex", "discover")
        prefix, length = {"visa": ("4", 16), "mc": (self.pick("51", "53", "55", "2221"), 16),
                          "amex": (self.pick("34", "37"), 15), "discover": ("6011", 16)}[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + _luhn_digit(body)
        if kind == "amex":
            return self.pick(f"{number[:4]} {number[4:10]} {number[10:]}", number)
        return self.pick(_group(number), number, "-".join(_group(number).split()))

    def account(self) -> str:
        return self.pick(self.digits(8), self.digits(8), f"00{self.digits(10)}", self.digits(12),
                         f"{self.digits(4)}-{self.digits(6)}")

    def old_age(self) -> int:
        return self.rng.randint(90, 104)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- protected terms

EPONYM_CONDITIONS = (
    "Parkinson's disease", "Hodgkin lymphoma", "Hashimoto's thyroiditis", "Crohn's disease", "Alzheimer's disease",
    "Graves' disease", "Addison's disease", "Cushing's syndrome", "Bell's palsy", "Guillain-Barré syndrome",
    "Sjögren's syndrome", "Raynaud's phenomenon", "Barrett's oesophagus", "Paget's disease of bone",
    "Huntington's disease", "Meniere's disease", "Lewy body dementia", "Marfan syndrome", "Kawasaki disease",
    "Wilson's disease", "Dupuytren's contracture", "Tourette syndrome", "Still's disease", "Behçet's disease",
)
SCORES = ("Rockwood Clinical Frailty Scale", "Barthel Index", "Mini-Mental State Examination", "Glasgow Coma Scale",
          "Wells score")
SIGNS = ("Babinski sign", "Murphy's sign", "Trendelenburg gait", "Kernig's sign", "Tinel's sign",
         "Romberg test", "Virchow's node", "Homan's sign")
DRUGS = (
    "metformin 500 mg twice daily", "atorvastatin 40 mg at night", "apixaban 5 mg twice daily",
    "levothyroxine 75 micrograms once daily", "adalimumab (Humira) 40 mg every 2 weeks",
    "pembrolizumab (Keytruda) 200 mg every 3 weeks", "semaglutide (Ozempic) 1 mg weekly",
    "co-careldopa 25/100 three times daily", "rivaroxaban (Xarelto) 20 mg daily", "ramipril 5 mg daily",
    "bisoprolol 2.5 mg daily", "prednisolone 40 mg reducing by 5 mg weekly", "ustekinumab (Stelara) 90 mg",
    "donepezil 10 mg at night", "furosemide 40 mg each morning", "warfarin (target INR 2.5)",
    "alendronic acid 70 mg weekly", "sertraline 50 mg daily", "dupilumab (Dupixent) 300 mg every 2 weeks",
)
LABS = ("HbA1c 58 mmol/mol", "eGFR 48 mL/min/1.73m2", "creatinine 112 µmol/L", "INR 2.4", "CRP 34 mg/L",
        "PSA 6.2 ng/mL", "TSH 8.4 mU/L", "haemoglobin 94 g/L", "ferritin 11 µg/L", "Ki-67 index 30%",
        "troponin T 42 ng/L", "sodium 129 mmol/L", "faecal calprotectin 640 µg/g", "anti-TPO antibodies 412 IU/mL")
DURATIONS = ("2 weeks", "6 weeks", "12 months", "3 months", "48 hours", "10 days", "6 months", "28 days")
US_CASES = (
    "Palsgraf v. Long Island Railroad Co.", "Marbury v. Madison", "Miranda v. Arizona",
    "Brown v. Board of Education", "Erie Railroad Co. v. Tompkins", "Celotex Corp. v. Catrett",
    "Bell Atlantic Corp. v. Twombly", "Ashcroft v. Iqbal", "Daubert v. Merrell Dow Pharmaceuticals, Inc.",
    "International Shoe Co. v. Washington", "Williams v. Walker-Thomas Furniture Co.", "Anderson v. Liberty Lobby, Inc.",
    "Strickland v. Washington", "Hadley v. Baxendale", "Matsushita Elec. Industrial Co. v. Zenith Radio Corp.",
)
UK_CASES = (
    "Donoghue v Stevenson", "Caparo Industries plc v Dickman", "Hadley v Baxendale", "Rylands v Fletcher",
    "Carlill v Carbolic Smoke Ball Co", "Salomon v A Salomon & Co Ltd", "Bolam v Friern Hospital Management Committee",
    "Montgomery v Lanarkshire Health Board", "Calderbank v Calderbank", "Halsey v Milton Keynes General NHS Trust",
    "Chester v Afshar", "Hedley Byrne & Co Ltd v Heller & Partners Ltd",
)
US_DOCTRINES = ("res ipsa loquitur", "promissory estoppel", "the business judgment rule", "forum non conveniens",
                "attorney-client privilege", "Rule 12(b)(6)", "Federal Rule of Civil Procedure 56",
                "42 U.S.C. § 1983", "the Sherman Act", "the Fair Credit Reporting Act", "collateral estoppel",
                "respondeat superior", "the work-product doctrine")
UK_DOCTRINES = ("the Bolam test", "Part 36 offer", "CPR 31.16", "the Limitation Act 1980", "the Companies Act 2006",
                "qualified one-way costs shifting", "the Equality Act 2010", "contributory negligence",
                "the Occupiers' Liability Act 1957", "estoppel by convention", "the Consumer Rights Act 2015")


# ---------------------------------------------------------------- documents


def radiology(v: Values) -> Doc:
    region = v.pick("us", "us", "uk")
    first, last = v.name(region)
    ref_first, ref_last = v.name(region)
    rad_first, rad_last = v.name(region)
    exam = v.day(2019, 2025)
    dob = v.day(1921, 1934) if v.rng.random() < 0.35 else v.day(1940, 2004)
    years = exam.year - dob.year - ((exam.month, exam.day) < (dob.month, dob.day))
    if region == "us":
        city, state = v.us_city()
        place = f"{{fac_city}}, {state} {{fac_zip}}"
    else:
        city, place = v.uk_city(), "{fac_city} {fac_zip}"
    facility = v.hospital(region, city)
    drug = v.pick(*DRUGS)
    condition, exam_name, findings, impression, extra = v.pick(
        (v.pick("Parkinson's disease", "Alzheimer's disease", "Lewy body dementia"), "CT HEAD WITHOUT CONTRAST", "No acute intracranial haemorrhage. Generalised volume loss. Periventricular "
         "white matter low attenuation in keeping with small vessel disease.",
         "No acute intracranial abnormality.", "{score} 14 on arrival after an unwitnessed fall"),
        ("Hodgkin lymphoma", "CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST", "Interval reduction of the mediastinal nodal mass, now "
         "3.1 x 2.2 cm (previously 5.4 x 4.0 cm). No new lesions. Spleen normal in size.",
         "Partial response.", "restaging after 4 cycles of ABVD"),
        ("Crohn's disease", "MRI SMALL BOWEL (ENTEROGRAPHY)", "18 cm segment of terminal ileal wall thickening with mural "
         "hyperenhancement and a short stricture; no fistula or collection.",
         "Active terminal ileal disease with stricture.", "raised calprotectin ({lab}) and weight loss over "
         "{duration}"),
        (v.pick("Hashimoto's thyroiditis", "Graves' disease"), "ULTRASOUND THYROID", "Diffusely enlarged heterogeneous gland with increased vascularity. No discrete "
         "nodule.", "Appearances consistent with the known diagnosis.", "goitre; {lab}"),
        ("Paget's disease of bone", "XR LEFT HIP, 2 VIEWS", "Cortical thickening and coarsened trabeculae of the proximal femur. No fracture.",
         "No acute fracture.", "pain for {duration}"),
        ("Marfan syndrome", "BILATERAL DIAGNOSTIC MAMMOGRAM", "A 9 mm irregular spiculated mass at 10 o'clock, 4 cm from the nipple. "
         "BI-RADS 4C.", "Suspicious mass; ultrasound-guided core biopsy recommended.", "palpable lump for {duration}"),
    )
    old = years >= 90
    age_text = v.pick(f"{years}-year-old", f"{years} y/o", f"{years} yo") if old else f"{years}-year-old"
    slots: dict[str, Slot] = {
        "facility": (facility, "ORGANIZATION"),
        "fac_street": (v.street(region), "LOCATION"),
        "fac_city": (city, "LOCATION"),
        "fac_zip": (v.zip() if region == "us" else v.postcode(), "LOCATION"),
        "fac_phone": (v.phone(region), "PHONE_NUMBER"),
        "patient": (v.styled(first, last, v.pick("caps", "comma", "full")), "PERSON"),
        "patient_last": (last, "PERSON"),
        "dob": (v.date(dob, region), "DATE_TIME"),
        "mrn": (v.mrn(), "MEDICAL_RECORD_NUMBER"),
        "acc": (v.accession(exam.year), "ACCESSION_NUMBER"),
        "exam_date": (v.date(exam, region), "DATE_TIME"),
        "prior_date": (v.date(exam - timedelta(days=v.rng.randint(60, 400)), region), "DATE_TIME"),
        "referrer": (v.styled(ref_first, ref_last), "PERSON"),
        "radiologist": (v.styled(rad_first, rad_last, "full"), "PERSON"),
        "age": (age_text, "AGE" if old else None),
        "sex": (v.pick("male", "female"), None),
        "condition": (condition, KEEP),
        "drug": (drug, KEEP),
        "score": ("Glasgow Coma Scale", KEEP),
        "lab": ({"Crohn's disease": "faecal calprotectin 640 µg/g", "Hashimoto's thyroiditis": "anti-TPO antibodies "
                 "412 IU/mL", "Graves' disease": "TSH <0.01 mU/L"}.get(condition, v.pick(*LABS)), KEEP),
        "duration": (v.pick(*DURATIONS), KEEP),
        "exam": (exam_name, None),
        "findings": (findings, None),
        "impression": (impression, None),
    }
    slots["extra"] = (extra, None)
    mrn_line = v.pick("MRN: {mrn}", "Med Rec #: {mrn}", "Hosp. No. {mrn}", "{mrn}")
    acc_line = v.pick("ACCESSION: {acc}", "Acc#: {acc}", "Exam ID {acc}")
    header = v.pick(
        f"PATIENT: {{patient}}    DOB: {{dob}}    {mrn_line}\n{acc_line}    EXAM DATE: {{exam_date}}",
        f"{{patient}} ({{sex}}) {{dob}} {mrn_line}\n{acc_line} | Performed {{exam_date}}",
    )
    body = (
        "{facility}\nDepartment of Diagnostic Imaging\n{fac_street}, " + place + " | Tel {fac_phone}\n\n"
        + header + "\nREFERRING: Dr. {referrer}\nEXAMINATION: {exam}\n\n"
        "CLINICAL HISTORY: {age} {sex} with {condition} on {drug}; {extra}.\n"
        + v.pick("COMPARISON: Prior study dated {prior_date}.\n", "COMPARISON: None available.\n")
        + "FINDINGS: {findings}\n\nIMPRESSION: {impression}\n\n"
        + v.pick("Dictated by {radiologist}, MD on {exam_date}.", "Reported by Dr {radiologist}, Consultant "
                 "Radiologist.", "Electronically signed: {radiologist} {exam_date}")
    )
    return Doc("radiology", slots, body,
               v.pick("Summarise this imaging report in two sentences for the referring clinician.",
                      "Write a plain-language explanation of this report for the patient.",
                      "What is the main finding, and what follow-up does the report imply?"),
               v.pick("{patient_last} ({age}, {condition}): {impression} Study {acc} of {exam_date}; "
                      "Dr. {referrer} to review.",
                      "The scan on {exam_date} shows: {impression} This fits with the known {condition}. Your "
                      "doctor, Dr. {referrer}, will discuss next steps."),
               "You are an assistant that helps clinicians read radiology reports.")


def pathology(v: Values) -> Doc:
    region = v.pick("uk", "uk", "us")
    first, last = v.name(region)
    path_first, path_last = v.name(region)
    surg_first, surg_last = v.name(region)
    received = v.day(2018, 2025)
    reported = received + timedelta(days=v.rng.randint(2, 12))
    city = v.uk_city() if region == "uk" else v.us_city()[0]
    lab = v.pick(f"{city} Cellular Pathology Laboratory", f"{city} Regional Histopathology Service",
                 f"{v.fakers['en_GB'].last_name()} Diagnostics Ltd")
    specimen, micro, conclusion, keep_term = v.pick(
        ("Left cervical lymph node, excision", "Effaced architecture with scattered large binucleate "
         "Reed-Sternberg cells, CD30 and CD15 positive, CD20 negative, in a mixed inflammatory background.",
         "Classical Hodgkin lymphoma, nodular sclerosis subtype.", "Hodgkin lymphoma"),
        ("Prostate, 12 systematic cores", "Acinar adenocarcinoma in 5 of 12 cores, maximum core length 7 mm.",
         "Adenocarcinoma, Gleason score 3+4=7 (Grade Group 2).", "Gleason score"),
        ("Terminal ileum, resection", "Transmural lymphoid aggregates, fissuring ulceration and non-caseating "
         "granulomas.", "Features in keeping with Crohn's disease; margins uninvolved.", "Crohn's disease"),
        ("Thyroid, total thyroidectomy", "Dense lymphoplasmacytic infiltrate with germinal centres and Hurthle "
         "cell change.", "Hashimoto's thyroiditis. No malignancy.", "Hashimoto's thyroiditis"),
        ("Skin, right calf, wide local excision", "Superficial spreading melanoma, Breslow thickness 1.4 mm, "
         "no ulceration, mitoses 2/mm2.", "Malignant melanoma, pT2a.", "Breslow thickness"),
        ("Placenta, singleton, 34 weeks", "Acute chorioamnionitis with maternal inflammatory response, stage 2; "
         "umbilical cord with three vessels.", "Acute chorioamnionitis. Clinical details: Apgar score 3 at 1 "
         "minute, 8 at 5 minutes.", "Apgar score"),
        ("Oesophagus, biopsies at 34 cm", "Columnar mucosa with goblet cells; no dysplasia.",
         "Barrett's oesophagus without dysplasia.", "Barrett's oesophagus"),
    )
    micro, conclusion = (text.replace(keep_term, "{keep_term}") for text in (micro, conclusion))
    slots: dict[str, Slot] = {
        "lab": (lab, "ORGANIZATION"),
        "patient": (v.styled(first, last, v.pick("caps", "full", "comma")), "PERSON"),
        "patient_last": (last, "PERSON"),
        "nhs": (v.nhs(), "UK_NHS"),
        "mrn": (v.mrn(), "MEDICAL_RECORD_NUMBER"),
        "dob": (v.date(v.day(1935, 2003), region), "DATE_TIME"),
        "specimen_no": (v.specimen(received.year), "ACCESSION_NUMBER"),
        "received": (v.date(received, region), "DATE_TIME"),
        "reported": (v.date(reported, region), "DATE_TIME"),
        "surgeon": (v.styled(surg_first, surg_last, v.pick("full", "initial")), "PERSON"),
        "pathologist": (v.styled(path_first, path_last, "full"), "PERSON"),
        "lab_phone": (v.phone(region), "PHONE_NUMBER"),
        "lab_email": (v.email(path_first, path_last, v.pick("nhs.net", "pathlab.org.uk", "labmed.org")),
                      "EMAIL_ADDRESS"),
        "specimen": (specimen, None),
        "micro": (micro, None),
        "conclusion": (conclusion, None),
        "keep_term": (keep_term, KEEP),
        "ihc": (v.pick("Ki-67 index 30%", "Ki-67 index 5%", "HER2 score 1+", "PD-L1 TPS 60%"), KEEP),
        "duration": (v.pick(*DURATIONS), KEEP),
    }
    ids = (v.pick("NHS No: {nhs}   Hosp No: {mrn}", "NHS {nhs} / MRN {mrn}", "{nhs}   Unit No. {mrn}")
           if region == "uk" else v.pick("MRN: {mrn}", "Patient ID {mrn}"))
    body = (
        "{lab}\nSURGICAL PATHOLOGY REPORT\n\n"
        "Patient: {patient}    " + ids + "\nDOB: {dob}    Specimen No.: {specimen_no}\n"
        "Received: {received}    Authorised: {reported}\nRequesting clinician: {surgeon}\n\n"
        "SPECIMEN: {specimen}\nMICROSCOPY: {micro} {ihc}.\n\nCONCLUSION: {conclusion}\n\n"
        "Discussed at the MDT; repeat review in {duration} if clinically indicated.\n"
        + v.pick("Reported by Dr {pathologist}, Consultant Histopathologist. Enquiries: {lab_phone}, {lab_email}",
                 "{pathologist}, MD, FCAP | {lab_phone} | {lab_email}")
    )
    return Doc("pathology", slots, body,
               v.pick("Extract the final diagnosis and specimen details as a bullet list.",
                      "Draft a short note to the requesting surgeon summarising this result.",
                      "Code the diagnosis in this pathology report."),
               v.pick("- Specimen {specimen_no}: {specimen}\n- Diagnosis: {conclusion}\n- Patient {patient_last}, "
                      "received {received}",
                      "Dear {surgeon}, the specimen from {patient} ({specimen_no}) shows: {conclusion} "
                      "Kind regards, {pathologist}"),
               "You help pathology departments turn reports into structured summaries.")


def discharge_letter(v: Values) -> Doc:
    region = "uk"
    first, last = v.name(region)
    gp_first, gp_last = v.name(region)
    con_first, con_last = v.name(region)
    nok_first, nok_last = v.name(region) if v.rng.random() < 0.5 else (v.name(region)[0], last)
    city, home_city = v.uk_city(), v.uk_city()
    admitted = v.day(2018, 2025)
    discharged = admitted + timedelta(days=v.rng.randint(1, 30))
    age = v.old_age() if v.rng.random() < 0.4 else v.rng.randint(24, 88)
    # "The" is no part of a practice's name a scrubber must remove, so it stays outside the label.
    practice = v.pick(f"{v.pick(*STREET_WORDS)} Medical Practice", f"{v.pick('Willows', 'Elms', 'Limes')} Surgery",
                      f"{home_city} Health Centre")
    slots: dict[str, Slot] = {
        "hospital": (v.hospital(region, city), "ORGANIZATION"),
        "ward_phone": (v.phone(region), "PHONE_NUMBER"),
        "letter_date": (v.date(discharged + timedelta(days=v.rng.randint(0, 5)), region), "DATE_TIME"),
        "gp": (v.styled(gp_first, gp_last, "full"), "PERSON"),
        "gp_last": (gp_last, "PERSON"),
        "practice": (practice, "ORGANIZATION"),
        "practice_street": (v.street(region), "LOCATION"),
        "home_city": (home_city, "LOCATION"),
        "practice_postcode": (v.postcode(), "LOCATION"),
        "patient": (v.styled(first, last, v.pick("full", "full", "middle")), "PERSON"),
        "patient_first": (first, "PERSON"),
        "dob": (v.date(admitted - timedelta(days=int(age * 365.25) + v.rng.randint(1, 300)), region), "DATE_TIME"),
        "nhs": (v.nhs(), "UK_NHS"),
        "patient_street": (v.street(region), "LOCATION"),
        "patient_postcode": (v.postcode(), "LOCATION"),
        "admitted": (v.date(admitted, region), "DATE_TIME"),
        "discharged": (v.date(discharged, region), "DATE_TIME"),
        "age": (v.pick(f"aged {age}", f"{age}-year-old", f"{age} years old"), "AGE" if age >= 90 else None),
        "nok": (v.styled(nok_first, nok_last, "full"), "PERSON"),
        "nok_phone": (v.phone(region), "PHONE_NUMBER"),
        "consultant": (v.styled(con_first, con_last, "full"), "PERSON"),
        "sec_email": (v.email(con_first, con_last, "nhs.net"), "EMAIL_ADDRESS"),
        "condition": (v.pick(*EPONYM_CONDITIONS), KEEP),
        "score": (v.pick(*SCORES), KEEP),
        "drug1": (v.pick(*DRUGS[:10]), KEEP),
        "drug2": (v.pick(*DRUGS[10:]), KEEP),
        "lab": (v.pick(*LABS), KEEP),
        "followup": (v.pick(*DURATIONS), KEEP),
        "bloods": (v.pick("2 weeks", "10 days", "48 hours"), KEEP),
        "nok_role": (v.pick("daughter", "son", "husband", "wife", "neighbour", "niece"), None),
        "problem": (v.pick("community-acquired pneumonia", "a fall with a fractured neck of femur",
                           "an infective exacerbation of COPD", "acute kidney injury", "delirium with a UTI"), None),
    }
    body = (
        "{hospital}\nWard 23 | Direct line {ward_phone}\n\n{letter_date}\n\n"
        "Dr {gp}\n" + ("The {practice}" if practice.endswith("Surgery") else "{practice}") + "\n{practice_street}\n{home_city} {practice_postcode}\n\n"
        "Dear Dr {gp_last},\n\n"
        + v.pick("Re: {patient}, DOB {dob}, NHS number {nhs}\n{patient_street}, {home_city} {patient_postcode}",
                 "RE: {patient} ({dob})  NHS No. {nhs}\nAddress: {patient_street}, {home_city}, {patient_postcode}")
        + "\n\nThank you for continuing the care of {patient_first}, {age}, who was admitted on {admitted} with "
        "{problem} and discharged home on {discharged}. Background: {condition}. On admission the {score} was "
        "recorded and {lab} was noted.\n\nMedication changes: started {drug1}; continue {drug2}.\n\n"
        "Actions for GP: please repeat bloods in {bloods}. We will review in clinic in {followup}. The patient's "
        "{nok_role}, {nok}, is the main carer and can be reached on {nok_phone}.\n\n"
        "Yours sincerely,\n\n{consultant}\nConsultant Physician, Care of the Elderly\n"
        "Secretary: {sec_email}\n\ncc: {patient}, {patient_street}, {home_city}"
    )
    return Doc("discharge_letter", slots, body,
               v.pick("List the actions this letter asks of the GP.", "Summarise this discharge letter for the "
                      "practice's records.", "Which medicines were changed and what monitoring is needed?"),
               v.pick("Actions for Dr {gp_last}: repeat bloods in {bloods}; note {drug1} started. {patient} "
                      "({nhs}) is to be seen in clinic in {followup}.",
                      "{patient}, {age}, admitted {admitted} to {hospital} with {problem}; discharged {discharged}. "
                      "Started {drug1}, continue {drug2}. Carer: {nok}."),
               "You are a clinical administration assistant for a GP practice.")


def prior_authorisation(v: Values) -> Doc:
    region = "us"
    first, last = v.name(region)
    doc_first, doc_last = v.name(region)
    city, state = v.us_city()
    insurer = v.insurer()
    clinic = v.pick(f"{city} Gastroenterology Associates", f"{v.fakers['en_US'].last_name()} Family Medicine",
                    f"{city} Rheumatology & Arthritis Center", "Pinecrest Dermatology Associates")
    condition, drug, prior, lab = v.pick(
        ("Crohn's disease", "adalimumab (Humira) 40 mg every 2 weeks", "mesalamine and budesonide",
         "faecal calprotectin 640 µg/g"),
        ("Crohn's disease", "ustekinumab (Stelara) 90 mg", "adalimumab, with loss of response", "CRP 34 mg/L"),
        ("Still's disease", "anakinra 100 mg daily", "prednisolone 40 mg reducing by 5 mg weekly", "ferritin 8400 µg/L"),
        ("Behçet's disease", "apremilast 30 mg twice daily", "colchicine for 6 months", "CRP 34 mg/L"),
        ("atopic dermatitis", "dupilumab (Dupixent) 300 mg every 2 weeks", "topical tacrolimus for 12 months",
         "EASI score 31"),
        ("type 2 diabetes", "semaglutide (Ozempic) 1 mg weekly", "metformin 500 mg twice daily", "HbA1c 58 mmol/mol"),
    )
    submitted = v.day(2020, 2025)
    slots: dict[str, Slot] = {
        "insurer": (insurer, "ORGANIZATION"),
        "fax": (v.phone(region), "PHONE_NUMBER"),
        "clinic": (clinic, "ORGANIZATION"),
        "clinic_street": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "zip": (v.zip(), "LOCATION"),
        "prescriber": (v.styled(doc_first, doc_last, v.pick("full", "middle")), "PERSON"),
        "prescriber_last": (doc_last, "PERSON"),
        "clinic_phone": (v.phone(region), "PHONE_NUMBER"),
        "patient": (v.styled(first, last, v.pick("full", "comma", "middle")), "PERSON"),
        "member_id": (v.member_id(), "INSURANCE_ID"),
        "group": (f"{v.digits(6)}", None),
        "dob": (v.date(v.day(1945, 2006), region), "DATE_TIME"),
        "patient_phone": (v.phone(region), "PHONE_NUMBER"),
        "submitted": (v.date(submitted, region), "DATE_TIME"),
        "condition": (condition, KEEP),
        "drug": (drug, KEEP),
        "prior": (prior, KEEP),
        "lab": (lab, KEEP),
        "duration": (v.pick(*DURATIONS), KEEP),
        "ssn": (v.ssn(), "US_SSN"),
    }
    member = v.pick("Member ID: {member_id}", "Subscriber #: {member_id}", "Policy/ID No. {member_id}",
                    "ID {member_id}")
    body = (
        "PRIOR AUTHORIZATION REQUEST\nTo: {insurer}, Pharmacy Prior Authorization Unit | Fax {fax}\n"
        "Date submitted: {submitted}\n\nPRESCRIBER: {prescriber}, MD\n{clinic}, {clinic_street}, {city}, "
        + state + " {zip}\nPhone {clinic_phone}\n\nMEMBER: {patient}   DOB {dob}\n" + member
        + "   Group {group}\n" + v.pick("", "SSN: {ssn}\n", "Member SSN (required for secondary coverage): {ssn}\n")
        + "Member phone: {patient_phone}\n\n"
        "DIAGNOSIS: {condition}\nREQUESTED: {drug}\nPREVIOUS THERAPY: {prior}, stopped after {duration} because "
        "of inadequate response.\nSUPPORTING DATA: {lab}.\n\nI attest that the information above is accurate. "
        "-- {prescriber_last}"
    )
    return Doc("prior_authorisation", slots, body,
               v.pick("Check this prior authorization request for missing information.",
                      "Write the medical-necessity paragraph for this request.",
                      "Summarise the request in one line for the insurer's queue."),
               v.pick("Request from {prescriber} ({clinic}) for {drug} for member {member_id}, {condition}, "
                      "submitted {submitted}. Prior therapy: {prior}.",
                      "Medical necessity: {patient} has {condition} with {lab} despite {prior}. {drug} is "
                      "requested. Contact {clinic_phone}."),
               "You assist a specialty pharmacy with insurance paperwork.")


def referral_email(v: Values) -> Doc:
    region = v.pick("uk", "us")
    first, last = v.name(region)
    s_first, s_last = v.name(region)
    r_first, r_last = v.name(region)
    city = v.uk_city() if region == "uk" else v.us_city()[0]
    org = v.hospital(region, city)
    sent = v.day(2020, 2025)
    age = v.old_age() if v.rng.random() < 0.3 else v.rng.randint(19, 85)
    domain = v.domain(org, ".nhs.uk" if region == "uk" else ".org")
    slots: dict[str, Slot] = {
        "sender": (f"{s_first} {s_last}", "PERSON"),
        "sender_first": (s_first, "PERSON"),
        "sender_email": (v.email(s_first, s_last, domain), "EMAIL_ADDRESS"),
        "recipient_email": (v.email(r_first, r_last, domain), "EMAIL_ADDRESS"),
        "recipient_first": (r_first, "PERSON"),
        "sent": (v.date(sent, region), "DATE_TIME"),
        "patient": (v.styled(first, last, "full"), "PERSON"),
        "patient_last": (last, "PERSON"),
        "age": (v.pick(f"{age}", f"aged {age}"), "AGE" if age >= 90 else None),
        "street": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "mobile": (v.phone(region), "PHONE_NUMBER"),
        "direct": (v.phone(region), "PHONE_NUMBER"),
        "abroad": (v.foreign_phone(), "PHONE_NUMBER"),
        "url": (v.pick(f"https://portal.{domain}/records/{v.digits(7)}",
                       f"https://{domain}/referrals?ref={v.letters(2)}{v.digits(6)}",
                       f"www.{domain}/clinicians/{_ascii(s_first).lower()}-{_ascii(s_last).lower()}"), "URL"),
        "org": (org, "ORGANIZATION"),
        "mrn": (v.mrn(), "MEDICAL_RECORD_NUMBER"),
        "condition": (v.pick(*EPONYM_CONDITIONS), KEEP),
        "sign": (v.pick(*SIGNS), KEEP),
        "drug": (v.pick(*DRUGS), KEEP),
        "duration": (v.pick(*DURATIONS), KEEP),
        "seen": (v.date(sent - timedelta(days=v.rng.randint(1, 20)), region), "DATE_TIME"),
    }
    body = (
        "From: {sender} <{sender_email}>\nTo: {recipient_email}\nSent: {sent}\n"
        "Subject: Referral - {patient_last} (" + v.pick("MRN {mrn}", "{mrn}", "hosp no {mrn}") + ")\n\n"
        + v.pick("Hi {recipient_first},", "Dear {recipient_first}", "{recipient_first} -") + "\n\n"
        "Would you be able to see {patient}, {age}, in your clinic? I saw them on {seen}: suspected "
        "{condition}; on examination, {sign}. Currently on {drug}; symptoms for {duration}. "
        "They live at {street}, {city} and prefer to be called on {mobile}"
        + v.pick(".", "; while travelling, on {abroad}.") + " Earlier letters are on the portal: {url}\n\n"
        "Thanks,\n{sender_first}\n\n{sender} | {org}\nDirect: {direct}"
    )
    return Doc("referral_email", slots, body,
               v.pick("Draft a reply accepting this referral and proposing an appointment.",
                      "Extract the referral reason and contact details.", "Triage this referral: urgent or routine?"),
               v.pick("Hi {sender_first}, happy to see {patient} about the suspected {condition}. We will call "
                      "{mobile} with a date. Best, {recipient_first}",
                      "Routine. Reason: suspected {condition} ({sign}), symptoms {duration}. Contact: {mobile}."),
               "You help a hospital outpatient team handle referral e-mails.")


def court_order(v: Values) -> Doc:
    region = "us"
    p_first, p_last = v.name(region)
    j_first, j_last = v.name(region)
    a_first, a_last = v.name(region)
    defendant = v.company(region)
    city, state = v.us_city()
    firm = v.law_firm(region)
    filed = v.day(2019, 2025)
    federal = v.rng.random() < 0.6
    ordered = filed + timedelta(days=v.rng.randint(201, 400))
    bar_label, bar = v.bar_number(state)
    court = v.pick("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA",
                   "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK",
                   "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS") if federal else v.pick(
        "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nIN AND FOR THE COUNTY OF SAN FRANCISCO",
        "SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS",
        "IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT\nIN AND FOR ORANGE COUNTY, FLORIDA")
    slots: dict[str, Slot] = {
        "attorney": (v.styled(a_first, a_last, v.pick("full", "middle")), "PERSON"),
        "bar": (bar, "BAR_NUMBER"),
        "firm": (firm, "ORGANIZATION"),
        "firm_street": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "zip": (v.zip(), "LOCATION"),
        "firm_phone": (v.phone(region), "PHONE_NUMBER"),
        "firm_email": (v.email(a_first, a_last, v.domain(firm, ".com")), "EMAIL_ADDRESS"),
        "plaintiff": (v.styled(p_first, p_last, "full").upper() if v.rng.random() < 0.5 else
                      v.styled(p_first, p_last, "full"), "PERSON"),
        "plaintiff_last": (p_last, "PERSON"),
        "defendant": (defendant, "ORGANIZATION"),
        "case": (v.federal_case(filed.year) if federal else v.state_case(filed.year), "CASE_NUMBER"),
        "incident": (v.date(filed - timedelta(days=v.rng.randint(90, 700)), region), "DATE_TIME"),
        "incident_street": (v.street(region), "LOCATION"),
        "hearing": (v.date(filed + timedelta(days=v.rng.randint(30, 200)), region), "DATE_TIME"),
        "order_date": (v.date(ordered, region), "DATE_TIME"),
        "order_formal": (v.formal_date(ordered), "DATE_TIME"),
        "judge": (v.styled(j_first, j_last, v.pick("full", "middle")), "PERSON"),
        "judge_last": (j_last, "PERSON"),
        "case1": (v.pick(*US_CASES), KEEP),
        "case2": (v.pick(*US_CASES), KEEP),
        "doctrine": (v.pick(*US_DOCTRINES), KEEP),
        "duration": (v.pick("14 days", "21 days", "30 days", "60 days"), KEEP),
    }
    body = (
        "{attorney} (" + bar_label + " {bar})\n{firm}\n{firm_street}\n{city}, " + state + " {zip}\n"
        "Telephone: {firm_phone}\nEmail: {firm_email}\nAttorneys for Plaintiff\n\n" + court + "\n\n"
        "{plaintiff}, an individual,\n        Plaintiff,\n    v.\n{defendant},\n        Defendant.\n\n"
        + v.pick("Case No. {case}", "Civil Action No. {case}", "Index No. {case}", "No. {case}", "{case}")
        + "\n\nORDER GRANTING IN PART AND DENYING IN PART DEFENDANT'S MOTION TO DISMISS\n\n"
        "Plaintiff {plaintiff_last} alleges that on {incident} she was injured at the defendant's store at "
        "{incident_street}, {city}. The motion came on for hearing on {hearing}. Under {case1} and {case2}, "
        "the complaint must state a plausible claim. Defendant's reliance on {doctrine} fails as to the "
        "negligence count but succeeds as to the warranty count.\n\nPlaintiff may file an amended complaint within {duration}.\n\n"
        + v.pick("IT IS SO ORDERED.\n\nDated: {order_date}\n\n", "SO ORDERED this {order_formal}.\n\n")
        + (v.pick("{judge}\nUnited States District Judge", "Hon. {judge}\nU.S. District Judge") if federal
           else v.pick("Hon. {judge}\nJudge of the Superior Court", "JUDGE {judge_last}", "{judge}, J.S.C."))
    )
    return Doc("court_order", slots, body,
               v.pick("Summarise the court's ruling and any deadlines.", "What must counsel do next, and by when?",
                      "Write a two-line docket entry for this order."),
               v.pick("In {case}, Judge {judge_last} granted in part the motion of {defendant}; {plaintiff_last} "
                      "may amend within {duration}. Authorities: {case1}; {doctrine}.",
                      "Calendar: amended complaint due {duration} after {order_date} ({case}). Notify {attorney}."),
               "You are a docketing assistant at a litigation firm.")


def engagement_letter(v: Values) -> Doc:
    region = v.pick("uk", "uk", "us")
    c_first, c_last = v.name(region)
    pt_first, pt_last = v.name(region)
    firm = v.law_firm(region)
    client_co = v.company(region)
    if region == "uk":
        city, place = v.uk_city(), "{city} {postcode}"
        postcode = v.postcode()
    else:
        city, state = v.us_city()
        place, postcode = f"{{city}}, {state} {{postcode}}", v.zip()
    sent = v.day(2019, 2025)
    firm_domain = v.domain(firm, ".co.uk" if region == "uk" else ".com")
    payment = v.pick(
        "Our client account: {bank}, sort code {sort}, account number {account}, IBAN {iban}.",
        "Please pay to {bank}, IBAN {iban}, quoting our reference.",
        "Payments may be made by card ({card}) or transfer to account {account} at {bank}.",
    ) if region == "uk" else v.pick(
        "Retainer by wire to {bank}, ABA 0{routing}, account {account}.",
        "The retainer will be charged to the card you gave us, {card}.",
        "International clients: IBAN {iban} at our correspondent bank.",
    )
    slots: dict[str, Slot] = {
        "firm": (firm, "ORGANIZATION"),
        "firm_street": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "postcode": (postcode, "LOCATION"),
        "firm_url": (v.pick(f"www.{firm_domain}", f"https://{firm_domain}/contact"), "URL"),
        "client": (v.styled(c_first, c_last, "full"), "PERSON"),
        "client_first": (c_first, "PERSON"),
        "client_co": (client_co, "ORGANIZATION"),
        "co_number": (v.company_number(region), "COMPANY_REGISTRATION"),
        "client_street": (v.street(region), "LOCATION"),
        "sent": (v.date(sent, region), "DATE_TIME"),
        "matter": (v.matter(), "MATTER_NUMBER"),
        "partner": (v.styled(pt_first, pt_last, "full"), "PERSON"),
        "partner_email": (v.email(pt_first, pt_last, firm_domain), "EMAIL_ADDRESS"),
        "partner_phone": (v.phone(region), "PHONE_NUMBER"),
        "sra": (v.digits(6), "BAR_NUMBER"),
        "bank": (v.bank(region), "ORGANIZATION"),
        "sort": (f"{v.digits(2)}-{v.digits(2)}-{v.digits(2)}", None),
        "routing": (v.digits(8), None),
        "account": (v.account(), "ACCOUNT_NUMBER"),
        "iban": (v.iban(), "IBAN_CODE"),
        "card": (v.card(), "CREDIT_CARD"),
        "doctrine": (v.pick(*(UK_DOCTRINES if region == "uk" else US_DOCTRINES)), KEEP),
        "duration": (v.pick("12 months", "6 months", "3 months", "28 days"), KEEP),
        "rate": (v.pick("£395", "£450") if region == "uk" else v.pick("$650", "$525"), None),
    }
    co_ref = v.pick("(company number {co_number})", "(registered in England and Wales, no. {co_number})",
                    "(Companies House {co_number})", "({co_number})") if region == "uk" else v.pick(
        "(Delaware file number {co_number})", "(SOS entity no. {co_number})")
    body = (
        "{firm}\n{firm_street}, " + place + " | {firm_url}\n\nPRIVATE AND CONFIDENTIAL\n\n"
        "{client}\n{client_co}\n{client_street}\n\n{sent}\n\n"
        + v.pick("Our ref: {matter}", "Matter No. {matter}", "Client/Matter: {matter}", "Ref {matter}")
        + "\n\nDear {client_first},\n\nTerms of engagement\n\nThank you for instructing us on behalf of {client_co} "
        + co_ref + " in relation to the dispute with its former distributor, including advice on {doctrine}. "
        "{partner} will be the partner responsible (" + ("SRA ID {sra}" if region == "uk" else "Bar No. {sra}")
        + "); you can reach them on {partner_phone} or at {partner_email}. Our hourly rate is {rate} and we will "
        "review our estimate every {duration}.\n\n" + payment + "\n\nYours sincerely,\n\n{partner}\nfor {firm}"
    )
    return Doc("engagement_letter", slots, body,
               v.pick("Summarise the key terms of this engagement letter.", "Draft the client's acknowledgement "
                      "of these terms.", "List the fee and payment arrangements."),
               v.pick("Client {client_co}; matter {matter}; responsible partner {partner}; rate {rate}; review "
                      "every {duration}.",
                      "Dear {partner}, on behalf of {client_co} I accept the terms of your letter of {sent} "
                      "(ref {matter}). Regards, {client}"),
               "You are a legal operations assistant.")


def deposition(v: Values) -> Doc:
    region = "us"
    w_first, w_last = v.name(region)
    o_first, o_last = v.name(region)
    q_first, q_last = v.name(region)
    d_first, d_last = v.name(region)
    city, state = v.us_city()
    taken = v.day(2018, 2025)
    employer = v.company(region)
    slots: dict[str, Slot] = {
        "witness": (v.styled(w_first, w_last, v.pick("full", "middle")), "PERSON"),
        "witness_caps": (f"{w_first} {w_last}".upper(), "PERSON"),
        "witness_last": (w_last, "PERSON"),
        "case": (v.pick(v.federal_case(taken.year), v.state_case(taken.year)), "CASE_NUMBER"),
        "taken": (v.date(taken, region), "DATE_TIME"),
        "street": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "zip": (v.zip(), "LOCATION"),
        "dob": (v.date(v.day(1950, 2000), region), "DATE_TIME"),
        "ssn": (v.ssn(), "US_SSN"),
        "employer": (employer, "ORGANIZATION"),
        "other": (v.styled(o_first, o_last, "full"), "PERSON"),
        "other_first": (o_first, "PERSON"),
        "phone": (v.phone(region), "PHONE_NUMBER"),
        "incident": (v.date(taken - timedelta(days=v.rng.randint(100, 900)), region), "DATE_TIME"),
        "q_last": (q_last.upper(), "PERSON"),
        "d_last": (d_last.upper(), "PERSON"),
        "email": (v.email(w_first, w_last, v.pick("gmail.com", "yahoo.com", "outlook.com", "icloud.com")),
                  "EMAIL_ADDRESS"),
        "duration": (v.pick("12 months", "6 months", "2 weeks", "3 months"), KEEP),
        "doctrine": (v.pick("attorney-client privilege", "the work-product doctrine"), KEEP),
        "drug": (v.pick(*DRUGS), KEEP),
        "condition": (v.pick(*EPONYM_CONDITIONS), KEEP),
    }
    body = (
        "Case No. {case}\nVIDEOTAPED DEPOSITION OF {witness_caps}\nTaken on {taken}\n\n"
        "EXAMINATION BY MR. {q_last}:\n"
        "Q. Would you state your full name for the record.\nA. {witness}.\n"
        "Q. What is your home address?\nA. {street}, {city}, " + state + " {zip}.\n"
        "Q. And your date of birth?\nA. {dob}.\n"
        + v.pick("", "Q. For the record, your Social Security number is {ssn}?\nA. Yes.\n")
        + "Q. Where were you working on {incident}?\nA. At {employer}. I had been there about {duration}.\n"
        "Q. Did you talk to anyone about the accident that day?\nA. I called {other_first} from my cell, "
        "{phone}, and I e-mailed {other} later from {email}.\n"
        "Q. Were you taking any medication then?\nA. Just {drug}, for my {condition}.\n"
        "MS. {d_last}: Objection. I'll instruct the witness not to answer anything about conversations with "
        "counsel; that is covered by {doctrine}.\nQ. Understood. "
        + v.pick("Mr.", "Ms.") + " {witness_last}, let's go off the record."
    )
    return Doc("deposition", slots, body,
               v.pick("Digest this deposition excerpt: key facts and objections.",
                      "Prepare a page-line summary of this testimony.", "What admissions did the witness make?"),
               v.pick("{witness} (employer: {employer}) called {other} from {phone} on {incident}; was taking "
                      "{drug}. Objection by Ms. {d_last} on {doctrine}.",
                      "The witness, {witness_last}, testified that on {incident} they worked at {employer} and "
                      "contacted {other_first}."),
               "You assist litigators in summarising transcripts.")


def settlement_letter(v: Values) -> Doc:
    region = "uk"
    c_first, c_last = v.name(region)
    e_first, e_last = v.name(region)
    s_first, s_last = v.name(region)
    firm = v.law_firm(region)
    defendant = v.company(region)
    sent = v.day(2019, 2025)
    injury = sent - timedelta(days=v.rng.randint(200, 1000))
    city = v.uk_city()
    firm_domain = v.domain(firm, ".co.uk")
    slots: dict[str, Slot] = {
        "firm": (firm, "ORGANIZATION"),
        "matter": (v.matter(), "MATTER_NUMBER"),
        "their_ref": (v.matter(), "MATTER_NUMBER"),
        "sent": (v.date(sent, region), "DATE_TIME"),
        "claimant": (v.styled(c_first, c_last, "full"), "PERSON"),
        "defendant": (defendant, "ORGANIZATION"),
        "claim": (v.uk_claim(sent.year), "CASE_NUMBER"),
        "injury": (v.date(injury, region), "DATE_TIME"),
        "premises": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "expert": (v.styled(e_first, e_last, "full"), "PERSON"),
        "solicitor": (v.styled(s_first, s_last, "full"), "PERSON"),
        "sol_email": (v.email(s_first, s_last, firm_domain), "EMAIL_ADDRESS"),
        "sol_phone": (v.phone(region), "PHONE_NUMBER"),
        "iban": (v.iban(), "IBAN_CODE"),
        "dob": (v.date(v.day(1955, 2000), region), "DATE_TIME"),
        "nhs": (v.nhs(), "UK_NHS"),
        "case1": (v.pick(*UK_CASES), KEEP),
        "doctrine": (v.pick(*UK_DOCTRINES), KEEP),
        "relevant": (v.pick("21 days", "28 days"), KEEP),
        "condition": (v.pick("a Colles fracture", "whiplash-associated disorder", "Dupuytren's contracture",
                             "complex regional pain syndrome", "Bell's palsy"), None),
        "sum": (v.pick("£18,500", "£42,750", "£7,200", "£126,000"), None),
    }
    body = (
        "WITHOUT PREJUDICE SAVE AS TO COSTS\n\nOur ref: {matter}\nYour ref: {their_ref}\n{sent}\n\n"
        "Dear Sirs\n\n{claimant} v {defendant}\nClaim No. {claim}\n\n"
        "We act for {claimant} (date of birth {dob}) in respect of injuries sustained on {injury} at your "
        "client's premises at {premises}, {city}. " + v.pick("Her NHS number, {nhs}, is given so that records "
                                                              "may be requested. ", "")
        + "Our client's expert, Dr {expert}, diagnoses {condition}. In light of {case1} and {doctrine}, our client "
        "offers to accept {sum} in full and final settlement. The relevant period is {relevant}.\n\n"
        "Any payment should be made to our client account, IBAN {iban}, quoting {matter}.\n\n"
        "Yours faithfully\n\n{firm}\nContact: {solicitor} | {sol_email} | {sol_phone}"
    )
    return Doc("settlement_letter", slots, body,
               v.pick("Summarise this offer and the deadline for acceptance.", "Draft a holding reply to this "
                      "letter.", "Is this a valid Part 36 offer? Explain briefly."),
               v.pick("{claimant} offers {sum} in claim {claim} against {defendant}; open for {relevant} from "
                      "{sent}. Contact {solicitor}.",
                      "Dear {firm}, we acknowledge your letter of {sent} (your ref {matter}) and will take "
                      "instructions from {defendant}."),
               "You help a defendant insurer's claims team with correspondence.")


def company_filing(v: Values) -> Doc:
    region = v.pick("uk", "us")
    d_first, d_last = v.name(region)
    s_first, s_last = v.name(region)
    company = v.company(region)
    appointed = v.day(2017, 2025)
    born = v.day(1950, 1998)
    if region == "uk":
        city, place, code = v.uk_city(), "{city} {postcode}", v.postcode()
    else:
        city, state = v.us_city()
        place, code = f"{{city}}, {state} {{postcode}}", v.zip()
    slots: dict[str, Slot] = {
        "company": (company, "ORGANIZATION"),
        "co_number": (v.company_number(region), "COMPANY_REGISTRATION"),
        "street": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "postcode": (code, "LOCATION"),
        "director": (v.styled(d_first, d_last, v.pick("full", "middle", "caps")), "PERSON"),
        "born": (v.pick(f"{MONTHS[born.month - 1]} {born.year}", f"{born:%m/%Y}"), "DATE_TIME"),
        "home": (v.street(region), "LOCATION"),
        "appointed": (v.date(appointed, region), "DATE_TIME"),
        "signatory": (v.styled(s_first, s_last, "full"), "PERSON"),
        "phone": (v.phone(region), "PHONE_NUMBER"),
        "email": (v.email(s_first, s_last, v.domain(company, ".co.uk" if region == "uk" else ".com")),
                  "EMAIL_ADDRESS"),
        "statute": (v.pick("the Companies Act 2006", "section 167 of the Companies Act 2006") if region == "uk"
                    else v.pick("Section 141 of the Delaware General Corporation Law", "Item 5.02 of Form 8-K"),
                    KEEP),
        "doctrine": (v.pick("the business judgment rule", "the Salomon principle", "Foss v Harbottle"), KEEP),
    }
    if region == "uk":
        body = (
            "AP01 - Appointment of director\n\nCompany name: {company}\nCompany number: {co_number}\n"
            "Registered office: {street}, " + place + "\n\nNew appointment\nName: {director}\nDate of birth: {born}\n"
            "Nationality: " + v.pick("British", "Irish", "Polish", "Indian") + "\nService address: {home}, {city}\n"
            "Date of appointment: {appointed}\n\nThis notice is given under {statute}. Authenticated by "
            "{signatory}, company secretary. Enquiries: {phone}, {email}. Board minutes record that the appointment "
            "was considered under {doctrine}."
        )
    else:
        body = (
            "CURRENT REPORT - Item 5.02\n\n{company} (Delaware file no. {co_number})\nPrincipal executive offices: "
            "{street}, " + place + "\n\nOn {appointed}, the Board of Directors appointed {director} (born {born}) as "
            "a director, effective immediately, pursuant to {statute}. The Board determined, applying "
            "{doctrine}, that no related-party transaction requires disclosure.\n\nSigned: {signatory}, Corporate "
            "Secretary | {phone} | {email}"
        )
    return Doc("company_filing", slots, body,
               v.pick("Extract the filing's key facts as JSON-like lines.", "Summarise this filing for a "
                      "compliance log.", "What changed in the company's board, and when?"),
               v.pick("company: {company}\nnumber: {co_number}\nnew director: {director}\ndate: {appointed}",
                      "{company} ({co_number}) appointed {director} on {appointed}; filed by {signatory}."),
               "You keep a corporate secretarial register up to date.")


def bank_dispute(v: Values) -> Doc:
    region = v.pick("uk", "us")
    first, last = v.name(region)
    bank = v.bank(region)
    merchant = v.company(region)
    written = v.day(2019, 2025)
    txn = written - timedelta(days=v.rng.randint(3, 50))
    if region == "uk":
        city, place, code = v.uk_city(), "{city}\n{postcode}", v.postcode()
        law = v.pick("section 75 of the Consumer Credit Act 1974", "the Payment Services Regulations 2017")
        amount = v.pick("£1,249.00", "£86.40", "£3,780.00", "£412.99")
    else:
        city, state = v.us_city()
        place, code = f"{{city}}, {state} {{postcode}}", v.zip()
        law = v.pick("Regulation E", "the Fair Credit Billing Act", "Regulation Z")
        amount = v.pick("$1,249.00", "$86.40", "$3,780.00", "$412.99")
    slots: dict[str, Slot] = {
        "customer": (v.styled(first, last, v.pick("full", "full", "middle")), "PERSON"),
        "street": (v.street(region), "LOCATION"),
        "city": (city, "LOCATION"),
        "postcode": (code, "LOCATION"),
        "written": (v.date(written, region), "DATE_TIME"),
        "bank": (bank, "ORGANIZATION"),
        "account": (v.account(), "ACCOUNT_NUMBER"),
        "card": (v.card(), "CREDIT_CARD"),
        "txn": (v.date(txn, region), "DATE_TIME"),
        "merchant": (merchant, "ORGANIZATION"),
        "iban": (v.iban(), "IBAN_CODE"),
        "phone": (v.phone(region), "PHONE_NUMBER"),
        "email": (v.email(first, last, v.pick("gmail.com", "btinternet.com", "hotmail.co.uk", "aol.com")),
                  "EMAIL_ADDRESS"),
        "law": (law, KEEP),
        "deadline": (v.pick("60 days", "8 weeks", "10 days", "14 days"), KEEP),
        "amount": (amount, None),
    }
    account_ref = v.pick("Account number: {account}", "Re: account {account}", "A/C {account}", "{account}")
    card_ref = v.pick("my card number {card}", "the card {card}", "card no. {card}", "{card}")
    body = (
        "{customer}\n{street}\n" + place + "\n\n{written}\n\nDisputes Team\n{bank}\n\n" + account_ref + "\n\n"
        "Dear Sir or Madam,\n\nI dispute a payment of {amount} taken on " + card_ref + " on {txn} by {merchant}. "
        "I did not authorise it and the goods never arrived. I ask for a refund under {law}. I understand you "
        "should respond within {deadline}."
        + v.pick("", " If easier, refund to my other account, IBAN {iban}.")
        + "\n\nYou can reach me on {phone} or {email}.\n\nYours faithfully,\n{customer}"
    )
    return Doc("bank_dispute", slots, body,
               v.pick("Classify this complaint and draft an acknowledgement.", "Extract the disputed transaction.",
                      "Which regulation applies and what is the response deadline?"),
               v.pick("Dear {customer}, we have received your dispute about the {amount} payment to {merchant} on "
                      "{txn}. We will reply within {deadline}.",
                      "Disputed: {amount}, {merchant}, {txn}, card {card}; customer relies on {law}."),
               "You work in a bank's complaints team.")


DOCUMENTS: tuple[Callable[[Values], Doc], ...] = (
    radiology, pathology, discharge_letter, prior_authorisation, referral_email,
    court_order, engagement_letter, deposition, settlement_letter, company_filing, bank_dispute,
)


# ---------------------------------------------------------------- records


def _render(template: str, slots: dict[str, Slot]) -> tuple[str, set[tuple[str, str]], set[str]]:
    """Text, its (entity, value) labels and its protected terms; slot values may hold slots of their own."""
    labels: set[tuple[str, str]] = set()
    keep: set[str] = set()

    def fill(match: re.Match[str]) -> str:
        value, tag = slots[match.group(1)]
        if tag == KEEP:
            keep.add(value)
        elif tag is not None:
            labels.add((tag, value))
        return _SLOT.sub(fill, value) if tag is None else value

    return _SLOT.sub(fill, template), labels, keep


def _cast(doc: Doc, fmt: str, rng: random.Random) -> dict[str, str]:
    """Field path → template for one record format."""
    if fmt == "instruction":
        return {"instruction": doc.task, "input": doc.body, "output": doc.answer}
    if fmt == "text":
        return {"text": doc.body}
    user = rng.choice((f"{doc.task}\n\n{doc.body}", f"{doc.body}\n\n{doc.task}"))
    messages = [("system", doc.system)] if rng.random() < 0.5 else []
    messages += [("user", user), ("assistant", doc.answer)]
    return {f"messages[{i}].content": text for i, (_, text) in enumerate(messages)} | {
        f"messages[{i}].role": role for i, (role, _) in enumerate(messages)}


def _ambiguous(text: str, spans: list[Span], keep: set[str]) -> bool:
    """Whether a capitalised word of a labelled name also stands unlabelled in the field.

    Then a scrubber that removes every name would still seem to leak it ("Bank" of an
    organisation beside an unlabelled "Bank"); such a document is drawn again.
    """
    rest = text
    for value in sorted({s.text for s in spans} | keep, key=len, reverse=True):
        rest = rest.replace(value, " ")
    words = set(re.findall(r"(?<!\w)[A-Z][\w'-]*", rest))
    return any(w in words for s in spans if s.entity in NAME_ENTITIES for w in _CAPITAL_WORD.findall(s.text))


def _record(doc: Doc, fmt: str, rng: random.Random) -> HoldoutRecord | None:
    fields = _cast(doc, fmt, rng)
    texts: dict[str, str] = {}
    pii: list[Span] = []
    keep: set[str] = set()
    for path, template in fields.items():
        if path.endswith(".role"):
            continue
        text, labels, kept = _render(template, doc.slots)
        spans = [Span(path, entity, value) for entity, value in sorted(labels)]
        if _ambiguous(text, spans, kept):
            return None
        for span in spans:
            assert span.text in text, f"{doc.kind}: label {span.text!r} is not in {path}"
        texts[path] = text
        pii += spans
        keep |= kept
    if fmt == "chat":
        record = {"messages": [{"role": fields[f"messages[{i}].role"], "content": texts[f"messages[{i}].content"]}
                               for i in range(len(texts))]}
    else:
        record = dict(texts)
    for term in keep:
        assert any(term in t for t in texts.values()), f"{doc.kind}: protected term {term!r} in no field"
    return HoldoutRecord(record, tuple(pii), tuple(sorted(keep)), doc.kind)


def generate(docs: int = DOCS, seed: int = 0) -> list[HoldoutRecord]:
    """``docs`` labelled records, the document types in turn, formats at random; the same for a seed."""
    rng = random.Random(seed)
    values = Values(random.Random(rng.getrandbits(64)))
    formats = ("instruction", "chat", "text")
    records: list[HoldoutRecord] = []
    while len(records) < docs:
        make = DOCUMENTS[len(records) % len(DOCUMENTS)]
        record = _record(make(values), rng.choice(formats), rng)
        if record is not None:
            records.append(record)
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for r in generate(args.docs, args.seed):
        print(json.dumps({"kind": r.kind, "record": r.record, "pii": [vars(s) for s in r.pii], "keep": r.keep},
                         ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
