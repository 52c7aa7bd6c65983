"""Blind scrubbing corpus: labelled records of document types the scrubber was never tuned on.

    python bench/blind.py --stats              # entity and document-type counts of the default corpus
    python bench/blind.py --out blind.jsonl    # the records with their labels, one JSON object a line

Every document is drawn again until a scrubber that removes exactly the labelled spans would
leak nothing and keep every protected term, and one that removes nothing would leak every span
(both judged by fedtune.scrubbing.evaluate): no name token stands unlabelled beside its label.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from faker import Faker

from fedtune.scrubbing.evaluate import AS_WRITTEN, evaluate  # the scorer the corpus was drawn under

DOCS = 300
FORMATS = ("instruction", "chat", "text")
LOCALES = ("en_US", "en_GB", "en_IE", "en_AU", "en_CA", "es_ES")
ENTITIES = (
    "PERSON", "ORGANIZATION", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS",
    "MEDICAL_RECORD_NUMBER", "ACCESSION_NUMBER", "INSURANCE_ID", "UK_NHS", "CASE_NUMBER",
    "MATTER_NUMBER", "BAR_NUMBER", "COMPANY_REGISTRATION", "IBAN_CODE", "CREDIT_CARD",
    "ACCOUNT_NUMBER", "US_SSN",
)  # fmt: skip
MAX_DRAWS = 200

# Labels travel inside the text as control-character markers until a field is finished.
_LABEL = re.compile("\x02([A-Z_]+)\x1f(.*?)\x03", re.DOTALL)
_KEEP = re.compile("\x04(.*?)\x05", re.DOTALL)


def L(entity: str, text: str) -> str:  # noqa: N802  (reads as a label inside f-strings)
    assert entity in ENTITIES, entity
    return f"\x02{entity}\x1f{text}\x03"


def K(term: str) -> str:  # noqa: N802
    return f"\x04{term}\x05"


@dataclass(frozen=True)
class Span:
    field: str
    entity: str
    text: str


@dataclass
class BlindRecord:
    """One record in a fedtune format, its personal data and the terms a scrubber must leave."""

    kind: str
    doctype: str
    record: dict[str, Any]
    pii: list[Span] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


@dataclass
class Doc:
    """A document as marked strings: the request, the document itself, the answer, an optional second turn."""

    task: str
    body: str
    answer: str
    follow_up: tuple[str, str] | None = None


# ---------------------------------------------------------------- checksums


def nhs_check_digit(nine: str) -> int | None:
    """Modulus-11 check digit of an NHS number's first nine digits; None where no valid number exists."""
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
    return {11: 0, 10: None}.get(check, check)


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def acn_ok(acn: str) -> bool:
    d = [int(c) for c in acn.replace(" ", "")]
    return len(d) == 9 and (10 - sum(w * x for w, x in zip(range(8, 0, -1), d[:8])) % 10) % 10 == d[8]


# ---------------------------------------------------------------- people and places

NICKNAMES = {
    "Robert": "Bobby", "William": "Billy", "Elizabeth": "Lizzie", "Margaret": "Peggy", "James": "Jimmy",
    "Catherine": "Kate", "Katherine": "Katie", "Michael": "Mick", "Patrick": "Paddy", "Richard": "Dick",
    "Christopher": "Chris", "Joseph": "Joe", "Thomas": "Tommy", "Daniel": "Danny", "Anthony": "Tony",
    "Jennifer": "Jenny", "Deborah": "Debbie", "Francisco": "Paco", "José": "Pepe", "Edward": "Ted",
    "Alexander": "Sandy", "Rebecca": "Becky", "Susan": "Sue", "Victoria": "Tori", "Charles": "Chuck",
}  # fmt: skip
APOSTROPHE_SURNAMES = (
    "O'Neill", "O'Sullivan", "O'Brien", "O'Connor", "O'Hare", "O'Driscoll", "D'Souza", "O'Rourke",
    "D'Arcy", "O'Keeffe", "McAllister", "MacLeod", "Ní Bhriain", "Mac Giolla", "O'Mahony", "D'Costa",
)  # fmt: skip
CITIES = {
    "en_GB": ("Stockport", "Harrogate", "Swindon", "Lancaster", "Norwich", "Peterborough", "Carlisle",
              "Wrexham", "Dundee", "Ipswich", "Truro", "Chesterfield", "Salford", "Gateshead"),
    "en_IE": ("Galway", "Kilkenny", "Drogheda", "Tralee", "Sligo", "Athlone", "Navan", "Clonmel", "Bray"),
    "en_US": ("Tacoma", "Dayton", "Boise", "Scranton", "Fresno", "Tulsa", "Albany", "Chattanooga", "Reno",
              "Evanston", "Lubbock", "Savannah", "Spokane"),
    "en_AU": ("Parramatta", "Geelong", "Ballarat", "Toowoomba", "Wollongong", "Bendigo", "Launceston"),
    "en_CA": ("Kelowna", "Moncton", "Saskatoon", "Kingston", "Thunder Bay", "Lethbridge", "Guelph"),
    "es_ES": ("Valladolid", "Salamanca", "Cáceres", "Logroño", "Alicante", "Zaragoza", "Santander"),
}  # fmt: skip
REGIONS = {"en_US": "state_abbr", "en_AU": "state_abbr", "en_CA": "province_abbr"}
STREET_WORDS = ("Willow", "Kestrel", "Harbour", "Chapel", "Beechwood", "Orchard", "Meadow", "Foundry",
                "Larkspur", "Quarry", "Mill", "Juniper", "Ashgrove", "Marlborough", "Sycamore", "Tannery")
STREET_KINDS = ("Road", "Street", "Avenue", "Close", "Drive", "Lane", "Crescent", "Way", "Terrace", "Gardens")
BRAND_WORDS = ("Northgate", "Bluewater", "Kestrel", "Harbourside", "Meridian", "Greystone", "Amberley",
               "Copperleaf", "Silverline", "Tidewater", "Ironbridge", "Redfern", "Larchfield", "Oakmont",
               "Brightwater", "Fairhaven", "Stonebridge", "Westmoor", "Highcliff", "Calderwood")  # fmt: skip
BUSINESS = ("Logistics", "Software", "Property Holdings", "Engineering", "Foods", "Capital Partners",
            "Construction", "Analytics", "Freight", "Retail", "Biosciences", "Hospitality", "Energy")  # fmt: skip
LEGAL_FORMS = {"en_GB": ("Ltd", "Limited", "PLC", "LLP"), "en_IE": ("Ltd", "DAC", "Limited"),
               "en_US": ("Inc.", "LLC", "Corp.", "Inc"), "en_AU": ("Pty Ltd",), "en_CA": ("Inc.", "Ltd."),
               "es_ES": ("S.L.", "S.A.")}  # fmt: skip
SAINTS = ("Brigid", "Columba", "Luke", "Margaret", "Cuthbert", "Anne", "Vincent", "Aidan", "Helier", "Jude")
WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
            "nine": "ninth", "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth"}


def words(n: int) -> str:
    if n < 20:
        return WORDS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens - 2] + (f"-{WORDS[unit]}" if unit else "")


def ordinal_words(n: int) -> str:
    head, _, last = words(n).rpartition("-")
    last = ORDINALS.get(last, last + "th")
    return f"{head}-{last}" if head else last


def year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand" + (f" and {words(y - 2000)}" if y > 2000 else "")
    return f"nineteen {words(y - 1900)}" if y % 100 > 9 else f"nineteen hundred and {words(y % 100)}"


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@dataclass
class Person:
    first: str
    last: str
    female: bool
    rng: random.Random
    honorific: str = ""

    def __post_init__(self) -> None:
        self.honorific = self.rng.choice(("Mrs", "Ms", "Miss", "Ms.") if self.female else ("Mr", "Mr."))

    def full(self) -> str:
        return L("PERSON", f"{self.first} {self.last}")

    def formal(self) -> str:
        return L("PERSON", f"{self.last}, {self.first}")

    def caps(self) -> str:
        text = f"{self.last.upper()}, {self.first.upper() if self.rng.random() < 0.6 else self.first}"
        return L("PERSON", text)

    def caps_full(self) -> str:
        return L("PERSON", f"{self.first} {self.last}".upper())

    def initial(self) -> str:
        return L("PERSON", f"{self.first[0]}. {self.last}" if self.rng.random() < 0.7 else f"{self.first[0]} {self.last}")

    def title(self, doctor: bool = False) -> str:
        t = self.rng.choice(("Dr", "Dr.", "Prof.")) if doctor else self.honorific
        return f"{t} " + L("PERSON", self.last)

    def title_full(self, doctor: bool = False) -> str:
        t = self.rng.choice(("Dr", "Dr.", "Prof")) if doctor else self.honorific
        return f"{t} " + self.full()

    def given(self) -> str:
        return L("PERSON", self.first)

    def nick(self) -> str:
        name = self.first.split()[0]
        if name in NICKNAMES:
            return L("PERSON", f'{self.first} "{NICKNAMES[name]}" {self.last}')
        return self.full()

    def any(self) -> str:
        return self.rng.choice((self.full, self.full, self.formal, self.caps, self.initial, self.nick))()


class Gen:
    """Seeded makers of realistic personal data; every value comes back labelled."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fake: dict[str, Faker] = {}
        for loc in LOCALES:
            self.fake[loc] = Faker(loc)
            self.fake[loc].seed_instance(rng.getrandbits(32))

    def pick(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    # people and organisations
    def person(self, loc: str, last: str | None = None, female: bool | None = None) -> Person:
        f = self.fake[loc]
        female = self.rng.random() < 0.5 if female is None else female
        first = f.first_name_female() if female else f.first_name_male()
        if last is None:
            roll = self.rng.random()
            if loc == "es_ES":
                last = f"{f.last_name()} {f.last_name()}" if roll < 0.5 else f.last_name()
            elif roll < 0.15:
                last = self.rng.choice(APOSTROPHE_SURNAMES)
            elif roll < 0.27:
                last = f"{f.last_name()}-{self.fake[self.pick('en_GB', 'en_US', 'en_IE')].last_name()}"
            else:
                last = f.last_name()
        return Person(first, last, female, self.rng)

    def company(self, loc: str) -> str:
        form = self.rng.choice(LEGAL_FORMS[loc])
        roll = self.rng.random()
        if roll < 0.35:
            name = self.fake[loc].company()
        elif roll < 0.7:
            name = f"{self.rng.choice(BRAND_WORDS)} {self.rng.choice(BUSINESS)} {form}"
        else:
            name = f"{self.fake[loc].last_name()} {self.rng.choice(BUSINESS)} {form}"
        return L("ORGANIZATION", name)

    def law_firm(self, loc: str) -> str:
        a, b, c = (self.fake[loc].last_name() for _ in range(3))
        name = self.pick(f"{a} {b} LLP", f"{a} & {b} Solicitors", f"{a}, {b} & {c} LLP", f"{a} {b} Legal",
                         f"{a} & {b}, P.C.", f"{a} {b} Lawyers", f"{a} & Co. Solicitors")
        return L("ORGANIZATION", name)

    def hospital(self, loc: str) -> str:
        city = self.rng.choice(CITIES[loc])
        options = {
            "en_GB": (f"{city} Royal Infirmary", f"{city} and District General Hospital",
                      f"{city} University Hospitals NHS Foundation Trust", f"St {self.rng.choice(SAINTS)}'s Hospital"),
            "en_IE": (f"St {self.rng.choice(SAINTS)}'s University Hospital", f"{city} Regional Hospital",
                      f"University Hospital {city}"),
            "en_US": (f"{self.fake[loc].last_name()} Memorial Medical Center", f"{city} Regional Health",
                      f"Mercy {city} Hospital", f"St. {self.rng.choice(SAINTS)} Health System"),
            "en_AU": (f"{city} Base Hospital", f"{city} Health Service", f"St {self.rng.choice(SAINTS)}'s Private Hospital"),
            "en_CA": (f"{city} General Hospital", f"{city} Health Sciences Centre"),
            "es_ES": (f"Hospital Universitario de {city}", f"Clínica {self.fake[loc].last_name()}"),
        }[loc]
        return L("ORGANIZATION", self.rng.choice(options))

    def insurer(self) -> str:
        w = self.rng.choice(BRAND_WORDS)
        return L("ORGANIZATION", self.pick(f"{w} Mutual Insurance Company", f"{w} Assurance plc",
                                           f"{w} Health Plans", f"{w} General Insurance Ltd", f"{w} Casualty Co."))

    # places
    def street(self, loc: str) -> str:
        if self.rng.random() < 0.4 and loc != "en_AU":
            text = self.fake[loc].street_address()
        else:
            text = f"{self.rng.randint(1, 240)} {self.rng.choice(STREET_WORDS)} {self.rng.choice(STREET_KINDS)}"
            if self.rng.random() < 0.25:
                text = self.pick(f"Flat {self.rng.randint(1, 40)}, ", f"Apt {self.rng.randint(1, 20)}{self.pick('A', 'B', 'C')}, ",
                                 f"Unit {self.rng.randint(1, 12)}/") + text
        return L("LOCATION", text)

    def city(self, loc: str) -> str:
        text = self.fake[loc].city() if self.rng.random() < 0.25 else self.rng.choice(CITIES[loc])
        return L("LOCATION", text)

    def postcode(self, loc: str) -> str:
        f = self.fake[loc]
        if loc == "en_US":
            return L("LOCATION", f.zipcode_plus4() if self.rng.random() < 0.3 else f.zipcode())
        return L("LOCATION", f.postcode())

    def address(self, loc: str, lines: bool = False) -> str:
        region = f" {getattr(self.fake[loc], REGIONS[loc])()}" if loc in REGIONS else ""
        parts = [self.street(loc), f"{self.city(loc)}{region}", self.postcode(loc)]
        if lines:
            return "\n".join(parts)
        return f"{parts[0]}, {parts[1]} {parts[2]}" if loc in REGIONS else ", ".join(parts)

    # dates
    def day(self, start: int, end: int) -> dt.date:
        return dt.date(start, 1, 1) + dt.timedelta(days=self.rng.randrange((dt.date(end, 12, 31) - dt.date(start, 1, 1)).days))

    def date(self, d: dt.date, loc: str = "en_GB", style: str | None = None) -> str:
        us = loc == "en_US"
        styles = {
            "num": d.strftime("%m/%d/%Y" if us else "%d/%m/%Y"),
            "short": d.strftime("%m/%d/%y" if us else "%d/%m/%y"),
            "iso": d.isoformat(),
            "long": f"{d:%B} {d.day}, {d.year}" if us else f"{d.day} {d:%B} {d.year}",
            "abbr": f"{d:%b} {d.day}, {d.year}" if us else f"{d.day} {d:%b} {d.year}",
            "caps": d.strftime("%d-%b-%Y").upper(),
            "dots": d.strftime("%d.%m.%Y"),
            "ordinal": f"{d.day}{suffix(d.day)} {d:%B} {d.year}",
            "weekday": f"{d:%A} {d.day} {d:%B} {d.year}" if not us else f"{d:%A}, {d:%B} {d.day}, {d.year}",
            "month": self.pick(f"{d:%B} {d.year}", f"{d:%b}-{d.year}", f"{d:%b} '{d:%y}"),
        }
        if style == "written":
            return L("DATE_TIME", f"the {ordinal_words(d.day)} day of {d:%B} {year_words(d.year)}")
        if style == "legal":
            return L("DATE_TIME", f"the {d.day}{suffix(d.day)} day of {d:%B}, {d.year}")
        key = style or self.rng.choice(list(styles)[:-1])
        return L("DATE_TIME", styles[key])

    def when(self, d: dt.date, loc: str = "en_GB") -> str:
        hh, mm = self.rng.randint(0, 23), self.rng.choice((0, 5, 12, 20, 30, 41, 47, 55))
        text = self.pick(f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}", f"{d.isoformat()}T{hh:02d}:{mm:02d}",
                         f"{d:%d-%b-%y} {hh:02d}{mm:02d}h".upper(), f"{hh:02d}:{mm:02d} on {d.day} {d:%b} {d.year}")
        if loc == "en_US":
            text = f"{d:%m/%d/%Y} {hh % 12 or 12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"
        return L("DATE_TIME", text)

    # contact
    def phone(self, loc: str) -> str:
        d = self.digits
        styles = {
            "en_US": (f"({d(3)}) 555-{d(4)}", f"{self.rng.randint(201, 989)}-{d(3)}-{d(4)}", f"+1 {self.rng.randint(201, 989)} {d(3)} {d(4)}",
                      f"{self.rng.randint(201, 989)}.{d(3)}.{d(4)}", f"1-800-{d(3)}-{d(4)}"),
            "en_GB": (f"020 7{d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}", f"07{d(3)} {d(6)}", f"0113 {d(3)} {d(4)}",
                      f"+44 7{d(3)} {d(6)}", f"01{d(3)} {d(6)}"),
            "en_IE": (f"+353 1 {d(3)} {d(4)}", f"08{self.rng.choice('3579')} {d(3)} {d(4)}", f"(091) {d(6)}", f"+353 87 {d(7)}"),
            "en_AU": (f"(02) {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}"),
            "en_CA": (f"({self.rng.choice(('416', '604', '613', '902'))}) {d(3)}-{d(4)}", f"+1 587 {d(3)} {d(4)}"),
            "es_ES": (f"+34 9{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"),
        }
        return L("PHONE_NUMBER", self.rng.choice(styles[loc]))

    def ext(self) -> str:
        return self.pick(f" ext. {self.digits(4)}", f" x{self.digits(3)}", f" (ext {self.digits(4)})", "", "")

    def email(self, p: Person, org: str | None = None) -> str:
        first, last = ascii_fold(p.first.split()[0]), re.sub(r"[^a-z]", "", ascii_fold(p.last))
        domain = self.pick("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "eircom.net")
        if org is not None:
            stem = re.sub(r"[^a-z]+", "", ascii_fold(_LABEL.sub(r"\2", org).split()[0]))
            domain = f"{stem}{self.pick('.co.uk', '.com', '.ie', '.com.au', '.org', '-group.com')}"
        user = self.pick(f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}{self.digits(2)}", f"{first[0]}.{last}")
        return L("EMAIL_ADDRESS", f"{user}@{domain}")

    # clinical identifiers
    def mrn(self) -> str:
        return L("MEDICAL_RECORD_NUMBER", self.pick(self.digits(8), f"{self.letters(1)}{self.digits(6)}", f"MR-{self.digits(7)}",
                                                    f"{self.letters(3)}{self.digits(7)}", f"00{self.digits(6)}", f"{self.digits(3)}-{self.digits(3)}-{self.digits(2)}"))

    def accession(self) -> str:
        yy = self.rng.randint(19, 25)
        return L("ACCESSION_NUMBER", self.pick(f"{self.letters(1)}{yy}-{self.digits(6)}", f"{self.letters(2)}{yy}{self.digits(6)}",
                                               f"ACC-20{yy}-{self.digits(7)}", f"{yy}{self.letters(2)}-{self.digits(5)}", f"H{yy}.{self.digits(5)}"))

    def insurance(self) -> str:
        l, d = self.letters, self.digits
        mbi = f"{self.rng.randint(1, 9)}{l(1)}{l(1)}{d(1)}-{l(1)}{l(1)}{d(1)}-{l(2)}{d(2)}"
        return L("INSURANCE_ID", self.pick(f"{l(3)}{d(9)}", f"W{d(9)}", mbi, f"POL/{d(5)}/{d(2)}", f"HH-{d(4)}-{d(4)}-{d(2)}",
                                           f"{d(4)} {d(5)} {d(1)}", f"WC-20{self.rng.randint(19, 25)}-{d(6)}", f"{l(2)}{d(8)}"))

    def nhs(self) -> str:
        while (check := nhs_check_digit(nine := str(self.rng.randint(4, 9)) + self.digits(8))) is None:
            pass
        n = nine + str(check)
        return L("UK_NHS", self.pick(f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"))

    # legal identifiers
    def case_no(self, court: str) -> str:
        y = self.rng.randint(2018, 2025)
        d, l = self.digits, self.letters
        styles = {
            "us_civil": (f"{self.rng.randint(1, 4)}:{y % 100}-cv-{d(5)}-{l(3)}", f"{self.rng.randint(1, 3)}:{y % 100}-cv-{d(5)}",
                         f"{y}-CA-{d(6)}", f"CV-{y % 100}-{d(6)}", f"A-{d(4)}-{y % 100}", f"{y}L{d(6)}", f"{d(2)}-{d(4)}-{l(2)}"),
            "uk_civil": (f"KB-{y}-{d(6)}", f"HC-{y}-{d(6)}", f"{self.rng.randint(1, 9)}{l(2)}{d(5)}", f"BL-{y}-{d(6)}",
                         f"CL-{y}-{d(6)}", f"CA-{y}-{d(6)}"),
            "uk_employment": (f"{self.rng.choice(('22', '32', '41', '60'))}{d(5)}/{y}",),
            "uk_immigration": (f"UI-{y}-{d(6)}", f"HU/{d(5)}/{y}", f"PA/{d(5)}/{y}"),
            "us_immigration": (f"IOE{d(10)}", f"MSC{d(10)}", f"EAC{d(10)}", f"WAC-{y % 100}-{d(3)}-{d(5)}"),
            "arbitration": (f"{d(5)}/{l(3)}", d(6), f"01-{y % 100}-{d(4)}-{d(4)}", f"{y}-{d(4)}"),
        }
        return L("CASE_NUMBER", self.rng.choice(styles[court]))

    def matter(self) -> str:
        d = self.digits
        return L("MATTER_NUMBER", self.pick(f"{d(5)}-{d(4)}", f"{d(5)}.{d(4)}", f"M-20{self.rng.randint(19, 25)}-{d(5)}",
                                            f"{self.letters(2)}/{self.letters(2)}/{d(6)}.{d(4)}", f"{d(6)}/{d(3)}", f"C{d(4)}-M{d(3)}"))

    def bar(self, loc: str) -> str:
        d = self.digits
        if loc in ("en_GB", "en_IE"):
            return L("BAR_NUMBER", d(6))
        return L("BAR_NUMBER", self.pick(d(6), f"0{d(6)}", d(7), f"{self.rng.randint(1, 9)}{d(6)}"))

    def company_reg(self, loc: str) -> str:
        if loc == "en_AU":
            while not acn_ok(acn := self.digits(9)):
                pass
            return L("COMPANY_REGISTRATION", f"{acn[:3]} {acn[3:6]} {acn[6:]}")
        styles = {
            "en_GB": (f"0{self.digits(7)}", f"SC{self.digits(6)}", f"OC{self.digits(6)}", f"NI{self.digits(6)}"),
            "en_IE": (self.digits(6),),
            "en_US": (self.digits(7), f"{self.digits(2)}-{self.digits(7)}"),
            "en_CA": (f"{self.digits(7)}-{self.digits(1)}", f"BC{self.digits(7)}"),
            "es_ES": (f"B{self.digits(8)}", f"A{self.digits(8)}"),
        }
        return L("COMPANY_REGISTRATION", self.rng.choice(styles[loc]))

    def iban(self, country: str | None = None) -> str:
        country = country or self.pick("GB", "IE", "NL", "DE", "ES", "FR")
        bban = {"GB": lambda: self.letters(4) + self.digits(14), "IE": lambda: self.letters(4) + self.digits(14),
                "NL": lambda: self.letters(4) + self.digits(10), "DE": lambda: self.digits(18),
                "ES": lambda: self.digits(20), "FR": lambda: self.digits(23)}[country]()
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        assert iban_ok(compact)
        grouped = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return L("IBAN_CODE", grouped if self.rng.random() < 0.7 else compact)

    def card(self) -> str:
        prefix, length = self.pick(("4", 16), ("5" + str(self.rng.randint(1, 5)), 16), ("37", 15), ("6011", 16), ("2221", 16))
        body = prefix + self.digits(length - len(prefix) - 1)
        number = next(body + c for c in "0123456789" if luhn_ok(body + c))
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        return L("CREDIT_CARD", self.pick(" ".join(groups), "-".join(groups), number))

    def account(self, loc: str) -> str:
        if loc in ("en_GB", "en_IE"):
            return L("ACCOUNT_NUMBER", self.digits(8))
        return L("ACCOUNT_NUMBER", self.pick(self.digits(10), f"000{self.digits(9)}", f"{self.digits(4)}-{self.digits(6)}", self.digits(12)))

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        n = f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
        return L("US_SSN", self.pick(f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}", n))

    def sort_code(self) -> str:
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}"


# ---------------------------------------------------------------- protected terms

EPONYMS = ("Glasgow Coma Scale", "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis", "Cushing's syndrome",
           "Guillain-Barré syndrome", "Bell's palsy", "Addison's disease", "Raynaud's phenomenon", "Alzheimer's disease",
           "Sjögren's syndrome", "Wolff-Parkinson-White syndrome", "Barrett's oesophagus", "Paget's disease of bone",
           "Graves' disease", "Dupuytren's contracture", "Ménière's disease", "Huntington's disease")  # fmt: skip
SIGNS = ("Babinski sign", "Murphy's sign", "Kernig's sign", "Trousseau's sign", "Homans' sign", "Battle's sign",
         "Cullen's sign", "Romberg's test", "Tinel's sign", "Phalen's test", "Lachman test", "McMurray test")
SCALES = ("Richmond Agitation-Sedation Scale", "Braden score", "Waterlow score", "Morse Fall Scale", "Wells score",
          "Barthel Index", "Berg Balance Scale", "Oswestry Disability Index", "Beck Depression Inventory",
          "Hamilton Anxiety Rating Scale", "Mini-Mental State Examination", "Child-Pugh class B", "Apgar score",
          "Manchester Triage System", "Canadian Triage and Acuity Scale", "Ottawa ankle rules", "Rockall score")  # fmt: skip
DRUGS = ("metoprolol 25 mg", "Lipitor 40 mg", "apixaban 5 mg BD", "Eliquis 2.5 mg", "sertraline 50 mg", "Zoloft 100 mg",
         "enoxaparin 40 mg SC", "paracetamol 1 g QDS", "Tylenol 650 mg", "furosemide 40 mg IV", "Lasix 20 mg",
         "levothyroxine 75 micrograms", "Lantus 18 units", "amoxicillin 500 mg TDS", "Augmentin 625 mg",
         "morphine sulfate 2.5 mg", "quetiapine 25 mg nocte", "Seroquel 50 mg", "omeprazole 20 mg OD", "Nexium 40 mg",
         "warfarin 3 mg", "Coumadin 5 mg", "Keppra 500 mg BD", "levetiracetam 750 mg", "Ozempic 0.5 mg weekly",
         "methotrexate 15 mg weekly", "ramipril 5 mg", "Ventolin 100 micrograms", "co-codamol 30/500", "Xarelto 20 mg")  # fmt: skip
LABS = ("Hb 92 g/L", "potassium 5.8 mmol/L", "creatinine 142 µmol/L", "eGFR 48 mL/min/1.73m²", "INR 2.6", "CRP 87 mg/L",
        "troponin I 0.04 ng/mL", "lactate 3.1 mmol/L", "HbA1c 58 mmol/mol", "WBC 14.2 x10^9/L", "sodium 128 mmol/L",
        "glucose 11.4 mmol/L", "TSH 6.2 mU/L", "platelets 88 x10^9/L", "ALT 214 U/L", "BNP 1,240 pg/mL", "Mg 0.61 mmol/L")
DURATIONS = ("for 3 days", "for 6 weeks", "for the past 18 months", "over 48 hours", "for 10 days",
             "for two weeks", "over the last 4 months", "for 72 hours")
UK_STATUTES = ("Equality Act 2010", "Employment Rights Act 1996", "Mental Health Act 1983", "Mental Capacity Act 2005",
               "Wills Act 1837", "Inheritance (Provision for Family and Dependants) Act 1975", "Landlord and Tenant Act 1954",
               "Housing Act 1988", "Arbitration Act 1996", "Immigration Act 1971", "Human Rights Act 1998",
               "Data Protection Act 2018", "Companies Act 2006", "Insurance Act 2015", "Law of Property Act 1925",
               "Land Registration Act 2002", "Nationality, Immigration and Asylum Act 2002", "Succession Act 1965",
               "Residential Tenancies Act 2004", "Fair Work Act 2009", "Consumer Rights Act 2015")  # fmt: skip
US_STATUTES = ("Americans with Disabilities Act of 1990", "Family and Medical Leave Act of 1993", "Civil Rights Act of 1964",
               "Health Insurance Portability and Accountability Act of 1996", "Immigration and Nationality Act of 1952",
               "Defend Trade Secrets Act of 2016", "Fair Housing Act of 1968", "Employee Retirement Income Security Act of 1974",
               "Securities Exchange Act of 1934", "Foreign Corrupt Practices Act of 1977")  # fmt: skip
UK_CASES = ("Donoghue v Stevenson", "Hadley v Baxendale", "Street v Mountford", "Banks v Goodfellow", "Ilott v Mitson",
            "Polkey v A E Dayton Services Ltd", "British Home Stores v Burchell", "Autoclenz Ltd v Belcher", "Uber BV v Aslam",
            "Montgomery v Lanarkshire Health Board", "Bolam v Friern Hospital Management Committee", "Arnold v Britton",
            "Wood v Capita Insurance Services Ltd", "Walford v Miles", "Carlill v Carbolic Smoke Ball Co",
            "Chahal v United Kingdom", "Soering v United Kingdom", "Williams v Compair Maxam Ltd")  # fmt: skip
US_CASES = ("Marbury v. Madison", "Miranda v. Arizona", "Brown v. Board of Education", "Tarasoff v. Regents of the University of California",
            "Hall Street Associates v. Mattel", "Celotex Corp. v. Catrett", "Erie Railroad Co. v. Tompkins",
            "McDonnell Douglas Corp. v. Green", "Smith v. Van Gorkom", "Hadley v. Baxendale")  # fmt: skip
DOCTRINES = ("promissory estoppel", "res judicata", "force majeure", "quantum meruit", "the business judgment rule",
             "forum non conveniens", "the parol evidence rule", "uberrimae fidei", "contra proferentem", "proprietary estoppel",
             "the rule against perpetuities", "Wednesbury unreasonableness", "the Bolam test", "Gillick competence",
             "the doctrine of frustration", "constructive dismissal", "quiet enjoyment", "caveat emptor", "laches")  # fmt: skip


def keep_from(g: Gen, pool: tuple[str, ...], n: int = 1) -> list[str]:
    return [K(t) for t in g.rng.sample(pool, n)]


# ---------------------------------------------------------------- document types


def icu_handover(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_IE", "en_AU")
    pt, rn1, rn2, reg = (g.person(loc) for _ in range(4))
    nok = g.person(loc, last=pt.last if g.rng.random() < 0.6 else None, female=not pt.female)
    admit = g.day(2022, 2025)
    nhs = f"   NHS No: {g.nhs()}" if loc == "en_GB" else ""
    eponym, rass, drug, lab1, lab2 = K(g.rng.choice(EPONYMS)), K("Richmond Agitation-Sedation Scale"), *keep_from(g, DRUGS), *keep_from(g, LABS, 2)
    unit = g.pick("ICU", "GICU", "CICU", "ITU")
    body = (
        f"{unit} NURSING HANDOVER - Bed {g.rng.randint(1, 16)} - {g.when(admit + dt.timedelta(days=2), loc)}\n"
        f"PT: {pt.caps()}   MRN {g.mrn()}{nhs}   DOB {g.date(g.day(1935, 1990), loc, g.pick('num', 'caps', 'iso'))}\n"
        f"Adm {g.date(admit, loc, g.pick('num', 'short', 'abbr'))} via ED at {g.hospital(loc)} - urosepsis, now day 3.\n"
        f"S: Haemodynamically improving. B: PMH {eponym}, T2DM, lives with {nok.given()} in {g.city(loc)}.\n"
        f"A: Neuro - {rass} -2, GCS E3VTM6. CVS - MAP 68 on noradrenaline 0.08. Resp - FiO2 0.35, PEEP 8.\n"
        f"   Renal - UO 25-30 ml/h, {lab1}. Bloods: {lab2}. BCx sent {g.accession()}. Meds - {drug} given 08:00.\n"
        f"R: Wean sedation; family meeting w/ {reg.title(doctor=True)} tmrw. NOK {nok.title_full()} - {g.phone(loc)}.\n"
        f"Handover from {rn1.initial()} RN to {rn2.given()}"
    )
    answer = (f"- {pt.title()}: urosepsis, day 3, {eponym} in background.\n- Sedation {rass} -2, {lab1}.\n"
              f"- Ring {nok.given()} on {g.phone(loc)} after the meeting with {reg.title(doctor=True)}.")
    return Doc(g.pick("Summarise this ICU handover in three bullet points.", "What are the priorities for the next shift?"), body, answer)


def ed_triage(g: Gen) -> Doc:
    loc = g.pick("en_US", "en_GB", "en_CA", "en_IE")
    pt, nurse = g.person(loc), g.person(loc)
    employer = g.company(loc)
    arrive = g.day(2023, 2025)
    scale = {"en_GB": "Manchester Triage System", "en_IE": "Manchester Triage System", "en_CA": "Canadian Triage and Acuity Scale"}.get(loc)
    ins = f"Ins: {g.insurer()} ID {g.insurance()}\n" if loc in ("en_US", "en_CA") else f"NHS# {g.nhs()}\n" if loc == "en_GB" else ""
    rule, dur, drug = K("Ottawa ankle rules"), K(g.rng.choice(DURATIONS)), K(g.rng.choice(DRUGS))
    acuity = f"{K(scale)} cat {g.rng.randint(2, 4)}" if scale else f"ESI {g.rng.randint(2, 4)}"
    body = (
        f"ED TRIAGE  Arrival {g.when(arrive, loc)}  Acuity: {acuity}\n"
        f"Name: {g.pick(pt.caps, pt.formal)()}  DOB: {g.date(g.day(1940, 2005), loc, g.pick('num', 'iso', 'caps'))}  MRN: {g.mrn()}\n"
        f"Addr: {g.address(loc)}   Tel {g.phone(loc)}\n{ins}"
        f"CC: inversion injury L ankle after fall at work ({employer}), pain {dur}. Unable to weight bear x4 steps.\n"
        f"Hx: on {drug}. NKDA. Obs: HR 96, BP 142/88, RR 18, SpO2 98% RA, T 36.9.\n"
        f"Ax: tender posterior edge lat malleolus - {rule} positive, for XR.\n"
        f"Triage RN: {nurse.initial()}"
    )
    answer = f"{pt.given()} needs an ankle X-ray: {rule} positive, injured at {employer}."
    return Doc("Extract the disposition from this triage note.", body, answer)


def clinic_letter(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_GB", "en_IE", "en_AU")
    pt, cons, sec = g.person(loc), g.person(loc), g.person(loc, female=True)
    trust = g.hospital(loc)
    appt = g.day(2024, 2026)
    drug, lab, eponym = K(g.rng.choice(DRUGS)), K(g.rng.choice(LABS)), K(g.rng.choice(EPONYMS))
    ident = f"NHS Number: {g.nhs()}" if loc == "en_GB" else f"Hosp No: {g.mrn()}"
    body = (
        f"{trust}\nOutpatients Department\n\nPRIVATE AND CONFIDENTIAL\n{pt.title_full()}\n{g.address(loc, lines=True)}\n\n"
        f"Date: {g.date(appt - dt.timedelta(days=g.rng.randint(10, 40)), loc, 'long')}\n{ident}   Unit No. {g.mrn()}\n\n"
        f"Dear {pt.title()},\n\nYou have been booked to see {cons.title(doctor=True)}, Consultant Gastroenterologist, "
        f"on {g.date(appt, loc, 'weekday')} at 10:40 in Clinic 4 regarding your {eponym}.\n"
        f"Please stop taking {drug} 5 days before the appointment; your last {lab} will be reviewed.\n"
        f"If you cannot attend, call {g.phone(loc)}{g.ext()} or e-mail {g.email(sec, trust)}.\n\n"
        f"Yours sincerely,\n\n{sec.full()}\nMedical Secretary to {cons.title_full(doctor=True)}"
    )
    answer = f"Appointment for {pt.full()} with {cons.title(doctor=True)} on {g.date(appt, loc, 'num')}; hold {drug}."
    return Doc("Turn this appointment letter into a one-line diary entry.", body, answer)


def med_rec(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_US", "en_AU", "en_CA")
    pt, pharm, gp = g.person(loc), g.person(loc), g.person(loc)
    drugs = keep_from(g, DRUGS, 4)
    practice = L("ORGANIZATION", g.pick(f"The {g.fake[loc].last_name()} Surgery", f"{g.rng.choice(STREET_WORDS)} Medical Practice",
                                        f"{g.rng.choice(CITIES[loc])} Family Health Centre"))
    rows = "\n".join(f"{i + 1}. {d:<28}| {g.pick('continue', 'withheld - AKI', 'dose changed', 'new on admission')}" for i, d in enumerate(drugs))
    body = (
        f"MEDICINES RECONCILIATION\n{pt.caps()}  {g.nhs() if loc == 'en_GB' else g.mrn()}  {g.date(g.day(1930, 1985), loc, g.pick('num', 'dots', 'caps'))}\n"
        f"Sources: pt, GP record ({practice}, {gp.title(doctor=True)}), community pharmacy\n"
        f"Allergies: penicillin (rash)\n\nDRUG                         | ACTION\n{rows}\n\n"
        f"Recent {K(g.rng.choice(LABS))}. Reconciled by {pharm.initial()} (pharmacist) {g.when(g.day(2024, 2025), loc)} bleep 4471"
    )
    answer = f"{pt.formal()}: {len(drugs)} medicines reconciled; {drugs[1]} status as listed. Confirm with {practice}."
    return Doc("List which medicines changed and who confirmed the list.", body, answer)


def physio_note(g: Gen) -> Doc:
    loc = g.pick("en_AU", "en_GB", "en_CA", "en_IE")
    pt, phys = g.person(loc), g.person(loc)
    clinic = L("ORGANIZATION", f"{g.rng.choice(CITIES[loc])} {g.pick('Sports & Spinal Physiotherapy', 'Physio Clinic', 'Rehab Centre')}")
    s1, s2, dur = K(g.pick("Berg Balance Scale", "Oswestry Disability Index", "Barthel Index")), K("Timed Up and Go"), K(g.rng.choice(DURATIONS))
    insurer = f"Claim: {g.insurer()} {g.insurance()}\n" if g.rng.random() < 0.7 else ""
    body = (
        f"PHYSIOTHERAPY PROGRESS NOTE - {clinic}\nClient: {pt.any()}   D.O.B. {g.date(g.day(1950, 2000), loc)}\n{insurer}"
        f"Session 6, {g.date(g.day(2024, 2025), loc, g.pick('ordinal', 'abbr', 'num'))}\n"
        f"S: LBP improved, walking 2 km. Worse with prolonged sitting {dur}.\n"
        f"O: {s1} 41/56 (prev 36). {s2} 11.2 s. SLR 70 deg bilat. {K(g.rng.choice(SIGNS))} neg.\n"
        f"A: Progressing; {K(g.rng.choice(DRUGS))} PRN only.\nP: Continue HEP, review 2/52. Phone review on {g.phone(loc)}.\n"
        f"{phys.full()}, APAM"
    )
    answer = f"{pt.given()} is improving ({s1} up to 41); next review in two weeks at {clinic}."
    return Doc("Write a progress summary for the referring GP.", body, answer)


def mh_intake(g: Gen) -> Doc:
    loc = g.pick("en_US", "en_US", "en_IE", "en_CA")
    pt, clin, contact = g.person(loc), g.person(loc), g.person(loc, female=True)
    employer = g.company(loc)
    us = loc == "en_US"
    ids = f"SSN: {g.ssn()}   Member ID: {g.insurance()}" if us else f"Chart #: {g.mrn()}"
    phq, gad = K("PHQ-9"), K("GAD-7")
    law = K(g.rng.choice(US_STATUTES[:2]) if us else "Mental Health Act 2001" if loc == "en_IE" else "Mental Health Act, R.S.O. 1990")
    history = K(g.pick("Hashimoto's thyroiditis", "Crohn's disease", "Bell's palsy"))
    body = (
        f"MENTAL HEALTH INTAKE ASSESSMENT\nClient: {pt.nick()}   DOB: {g.date(g.day(1960, 2004), loc, g.pick('num', 'long'))}\n{ids}\n"
        f"Address: {g.address(loc)}\nEmergency contact: {contact.full()} (sister) {g.phone(loc)}\n\n"
        f"Presenting problem: low mood and poor sleep {K(g.rng.choice(DURATIONS))} after redundancy from {employer} "
        f"in {g.date(g.day(2023, 2025), loc, 'month')}.\n{phq} 19, {gad} 14. Denies active SI; passive thoughts, no plan.\n"
        f"Meds: {K(g.rng.choice(DRUGS))}. Hx: {history}.\n"
        f"Discussed rights under the {law}.\nClinician: {clin.full()}, LCSW - {g.email(clin)}"
    )
    answer = f"{pt.formal()}: moderately severe depression ({phq} 19). Safety plan agreed; contact {contact.given()} if needed."
    return Doc("Give the risk formulation in two sentences.", body, answer, ("Who is the emergency contact?", f"{contact.full()}, on {g.phone(loc)}."))


def incident_report(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_AU", "en_IE", "en_US")
    pt, staff, witness, mgr = (g.person(loc) for _ in range(4))
    when = g.day(2023, 2025)
    ref = f"{g.pick('DATIX', 'IR', 'RL')}-{g.digits(6)}"
    body = (
        f"INCIDENT REPORT {ref}\nDate/time of incident: {g.when(when, loc)}\nLocation: Ward 7B, bay 2\n"
        f"Person affected: {pt.caps()} ({g.nhs() if loc == 'en_GB' else g.mrn()})\nReported by: {staff.full()}, Staff Nurse\n\n"
        f"Description: Patient found on floor beside bed at approx 03:15. {K('Morse Fall Scale')} on admission 55 (high). "
        f"Bed rails down, call bell out of reach. On {K(g.rng.choice(DRUGS))}. Witness {witness.initial()} (HCA) heard a thud.\n"
        f"Injury: 3 cm laceration R forehead, {K(g.rng.choice(SIGNS[:6]))} absent. Neuro obs 1/24 for 24h, {K('Glasgow Coma Scale')} 15.\n"
        f"Family ({pt.title()}'s son) informed by phone {g.phone(loc)} at 07:40 - duty of candour met.\n"
        f"Manager review: {mgr.title_full()}, {g.date(when + dt.timedelta(days=2), loc, 'long')}"
    )
    answer = f"Unwitnessed fall of {pt.title()} on Ward 7B; escalate to {mgr.full()} and complete falls bundle."
    return Doc("Classify the harm level and state the follow-up owner.", body, answer)


def lab_requisition(g: Gen) -> Doc:
    loc = g.pick("en_US", "en_GB", "en_CA", "en_AU")
    pt, doc = g.person(loc), g.person(loc)
    lab = L("ORGANIZATION", f"{g.rng.choice(BRAND_WORDS)} {g.pick('Pathology', 'Diagnostic Laboratories', 'Clinical Labs')}")
    billing = f"SSN {g.ssn()}\nInsurance ID {g.insurance()}" if loc == "en_US" else f"NHS {g.nhs()}" if loc == "en_GB" else f"Medicare {g.insurance()}"
    accession = g.accession()
    bare = _LABEL.sub(r"\2", accession)  # the barcode repeats the label's text; one span covers both
    tests = g.rng.sample(["HbA1c", "TSH", "FBC", "U&E", "LFT", "lipid profile", "INR", "ferritin", "PSA"], 3)
    body = (
        f"LABORATORY REQUISITION - {lab}\nAccession #: {accession}\n"
        f"Patient: {pt.formal()}\nDOB: {g.date(g.day(1940, 2010), loc, g.pick('num', 'iso'))}   Sex: {'F' if pt.female else 'M'}\n"
        f"MRN: {g.mrn()}\n{billing}\nHome: {g.address(loc)}\nPhone: {g.phone(loc)}\n"
        f"Ordering clinician: {doc.title(doctor=True)}  Fax results to {g.phone(loc)}\n"
        f"Tests: {', '.join(tests)}\nClin. details: {K(g.rng.choice(EPONYMS))}, on {K(g.rng.choice(DRUGS))}\n"
        f"Collected: {g.when(g.day(2024, 2025), loc)}  Fasting: {g.pick('Y', 'N')}\n||| {bare} |||"
    )
    answer = f"Specimen for {pt.full()} ({', '.join(tests)}) - results to {doc.title(doctor=True)}."
    return Doc("Check this requisition for missing fields.", body, answer)


def will_probate(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_IE", "en_US")
    dec, ex1, ex2, sol, ben = (g.person(loc) for _ in range(5))
    firm = g.law_firm(loc)
    death = g.day(2022, 2025)
    law = K(g.pick("Inheritance (Provision for Family and Dependants) Act 1975", "Wills Act 1837") if loc == "en_GB"
            else "Succession Act 1965" if loc == "en_IE" else "Employee Retirement Income Security Act of 1974")
    case = K("Banks v Goodfellow")
    money = (f"IBAN {g.iban('IE' if loc == 'en_IE' else 'GB')}" if loc != "en_US"
             else f"account {g.account(loc)} (decedent's SSN {g.ssn()})")
    body = (
        f"{firm}\nOur ref: {g.matter()}\n\n{g.date(death + dt.timedelta(days=60), loc, 'long')}\n\n"
        f"{ex1.title_full()}\n{g.address(loc, lines=True)}\n\n"
        f"Dear {ex1.title()},\n\nESTATE OF {dec.caps_full()} DECEASED\n\n"
        f"We write further to the death of your late {'mother' if dec.female else 'father'} on {g.date(death, loc, 'ordinal')}. "
        f"The will dated {g.date(g.day(2005, 2020), loc, 'legal')} appoints you and {ex2.full()} as executors. "
        f"We have no concerns as to testamentary capacity applying {case}.\n"
        f"A claim under the {law} has been intimated by {ben.full()}; the limitation period is six months from the grant.\n"
        f"Funds held at the bank ({money}) will be released on production of the grant.\n\n"
        f"Yours sincerely\n{sol.full()}\nPrivate Client Partner | {g.phone(loc)} | {g.email(sol, firm)}"
    )
    answer = f"Executors {ex1.full()} and {ex2.initial()}: await the grant; respond to {ben.title()}'s claim under the {law}."
    return Doc("Summarise the next steps for the executors.", body, answer)


def tribunal_claim(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_GB", "en_IE")
    cl, rep, mgr = g.person(loc), g.person(loc), g.person(loc)
    resp = g.company(loc)
    start, end = g.day(2012, 2019), g.day(2022, 2024)
    acts = keep_from(g, ("Employment Rights Act 1996", "Equality Act 2010"), 2)
    case = K(g.pick("British Home Stores v Burchell", "Polkey v A E Dayton Services Ltd", "Autoclenz Ltd v Belcher", "Williams v Compair Maxam Ltd"))
    body = (
        f"EMPLOYMENT TRIBUNAL - CLAIM FORM ET1 (particulars)\nCase No: {g.case_no('uk_employment')}\n\n"
        f"Claimant: {cl.full()}, {g.address(loc)}\nRespondent: {resp} (company no. {g.company_reg(loc)})\n"
        f"Representative: {rep.full()} of {g.law_firm(loc)}, SRA ID {g.bar(loc)}, {g.email(rep)}\n\n"
        f"1. The Claimant was employed from {g.date(start, loc, 'long')} until {g.date(end, loc, 'long')} as a warehouse supervisor.\n"
        f"2. On {g.date(end - dt.timedelta(days=30), loc, 'ordinal')} her line manager, {mgr.full()}, told her to resign or be dismissed. "
        f"The Claimant resigned and claims {K('constructive dismissal')} under the {acts[0]}.\n"
        f"3. The Claimant also relies on the {acts[1]} (disability: {K(g.rng.choice(EPONYMS))}).\n"
        f"4. No fair procedure was followed: {case}."
    )
    answer = f"{cl.formal()} v {resp}: unfair dismissal and discrimination; key witness {mgr.title()}."
    return Doc("Identify the causes of action and the key witness.", body, answer)


def immigration_notes(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_US")
    cl, case_worker, spouse = g.person(g.pick("es_ES", "en_IE", "en_AU", "en_CA")), g.person(loc), g.person(g.pick("en_GB", "en_US"))
    us = loc == "en_US"
    law = K(g.pick("Immigration and Nationality Act of 1952") if us else g.pick("Immigration Act 1971", "Nationality, Immigration and Asylum Act 2002"))
    auth = K(g.pick("Miranda v. Arizona") if us else g.pick("Chahal v United Kingdom", "Soering v United Kingdom"))
    extra = f"SSN {g.ssn()}; receipt no. {g.case_no('us_immigration')}" if us else f"Appeal ref {g.case_no('uk_immigration')}"
    body = (
        f"IMMIGRATION CASE NOTES - {case_worker.initial()}\n{g.date(g.day(2024, 2025), loc, g.pick('num', 'caps'))}: "
        f"call with client {cl.caps()} (DOB {g.date(g.day(1970, 2000), loc, 'num')}), {extra}.\n"
        f"- Entered {g.date(g.day(2015, 2020), loc, 'month')}; lives at {g.address(loc)} with spouse {spouse.full()}.\n"
        f"- Application fee paid by card {g.card()} - check receipt.\n"
        f"- Grounds: s.3 {law}; Article 8; cite {auth}. Medical evidence re {K(g.rng.choice(EPONYMS))} outstanding.\n"
        f"- Client mobile {g.phone(loc)}; prefers e-mail {g.email(cl)}.\n"
        f"TODO: witness statement from {spouse.title()} {K('within 14 days')}."
    )
    answer = f"Chase the medical report and {spouse.title()}'s statement; client {cl.given()} to be told of the hearing."
    return Doc("Draft the action list from these notes.", body, answer)


def lease(g: Gen) -> Doc:
    loc = g.pick("en_US", "en_GB", "en_IE", "en_AU")
    ll_co, tenant, agent, guar = g.company(loc), g.person(loc), g.person(loc), g.person(loc)
    start = g.day(2024, 2025)
    law = K({"en_GB": "Housing Act 1988", "en_IE": "Residential Tenancies Act 2004", "en_US": "Fair Housing Act of 1968"}.get(loc, "Consumer Rights Act 2015"))
    pay = (f"by transfer to account {g.account(loc)}, sort code {g.sort_code()}" if loc == "en_GB"
           else f"to IBAN {g.iban('IE')}" if loc == "en_IE" else f"to account no. {g.account(loc)}")
    body = (
        f"RESIDENTIAL LEASE AGREEMENT\n\nTHIS LEASE is made on {g.date(start - dt.timedelta(days=14), loc, 'legal')} BETWEEN "
        f"{ll_co} (company number {g.company_reg(loc)}) (\"Landlord\") AND {tenant.caps_full()} (\"Tenant\").\n\n"
        f"1. PREMISES: {g.address(loc)}.\n2. TERM: {K('a term of 12 months')} commencing {g.date(start, loc, 'long')}.\n"
        f"3. RENT: payable monthly in advance {pay}. Holding deposit taken on card {g.card()}.\n"
        f"4. The Tenant shall have {K('quiet enjoyment')} of the Premises. This is a tenancy, not a licence ({K('Street v Mountford')}).\n"
        f"5. Governed by the {law}. Guarantor: {guar.formal()}.\n\nSigned on behalf of the Landlord by {agent.full()}, Property Manager, {g.phone(loc)}"
    )
    answer = f"Tenant {tenant.full()}; guarantor {guar.initial()}; term starts {g.date(start, loc, 'num')}."
    return Doc("Extract the parties and key dates from this lease.", body, answer)


def conveyancing(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_IE")
    buyer, buyer2, sol, seller = g.person(loc), g.person(loc), g.person(loc), g.person(loc)
    firm, other = g.law_firm(loc), g.law_firm(loc)
    comp = g.day(2024, 2026)
    body = (
        f"{firm}\nRef: {g.matter()}\n\n{buyer.title_full()} and {buyer2.title_full()}\nBy e-mail: {g.email(buyer)}\n\n"
        f"Dear {buyer.given()} and {buyer2.given()}\n\nPURCHASE OF {g.street(loc).upper()}, {g.city(loc)} {g.postcode(loc)}\n\n"
        f"Contracts were exchanged today with the seller's solicitors, {other}, acting for {seller.title_full()}. "
        f"Completion is fixed for {g.date(comp, loc, 'weekday')}. {K('caveat emptor')} applies to the physical condition.\n"
        f"Please send the balance of {'£' if loc == 'en_GB' else '€'}{g.rng.randint(20, 180)},{g.digits(3)} to our client account {g.account(loc)}, "
        f"sort code {g.sort_code()} (IBAN {g.iban('GB' if loc == 'en_GB' else 'IE')}). We will never change these details by e-mail.\n"
        f"Registration will follow under the {K(g.pick('Land Registration Act 2002', 'Law of Property Act 1925'))}.\n\n"
        f"Kind regards\n{sol.full()}\nSenior Conveyancer  T: {g.phone(loc)}"
    )
    answer = f"Completion {g.date(comp, loc, 'num')}; funds to {firm}; confirm bank details by phone before paying."
    return Doc("Explain to the buyers what happens next, briefly.", body, answer)


def dd_memo(g: Gen) -> Doc:
    loc = g.pick("en_US", "en_GB", "en_AU", "en_CA")
    target, buyer_co = g.company(loc), g.company(loc)
    assoc, partner, ceo, cfo = (g.person(loc) for _ in range(4))
    firm = g.law_firm(loc)
    law = K(g.pick(*US_STATUTES[8:]) if loc == "en_US" else "Companies Act 2006")
    body = (
        f"MEMORANDUM - PRIVILEGED & CONFIDENTIAL\nTO: {partner.caps_full()}\nFROM: {assoc.initial()}\n"
        f"DATE: {g.date(g.day(2024, 2025), loc, g.pick('long', 'num'))}\nCLIENT-MATTER: {g.matter()}\n"
        f"RE: Due diligence - proposed acquisition of {target} by {buyer_co}\n\n"
        f"1. Corporate. Target registered under no. {g.company_reg(loc)}; directors {ceo.full()} (CEO) and {cfo.formal()} (CFO). "
        f"Board minutes of {g.date(g.day(2021, 2023), loc, 'month')} approve the option pool; compliant with the {law}.\n"
        f"2. Litigation. One pending suit, case no. {g.case_no('us_civil' if loc == 'en_US' else 'uk_civil')}, former employee alleging "
        f"{K('promissory estoppel')} over a bonus; exposure low. Board protected by {K('the business judgment rule')} ({K('Smith v. Van Gorkom')} distinguished).\n"
        f"3. Finance. Operating account {g.account(loc)}; corporate card {g.card()} held by {cfo.title()}.\n"
        f"Counsel of record: {g.person(loc).full()} (Bar No. {g.bar(loc)}), {firm}."
    )
    answer = f"No red flags in {target}; watch the suit against {ceo.title()}'s company and the card held by {cfo.title()}."
    return Doc("Give the partner a three-line executive summary.", body, answer)


def insurance_claim(g: Gen) -> Doc:
    loc = g.pick("en_US", "en_GB", "en_AU", "en_CA")
    ins, ph, adj = g.insurer(), g.person(loc), g.person(loc)
    loss = g.day(2023, 2025)
    law = K("Insurance Act 2015" if loc != "en_US" else "McCarran-Ferguson Act of 1945")
    extra = f"\nSSN (for 1099 purposes): {g.ssn()}" if loc == "en_US" else ""
    body = (
        f"From: {adj.full()} <{g.email(adj, ins)}>\nTo: {g.email(ph)}\nSubject: Claim {g.insurance()} - escape of water\n\n"
        f"Dear {ph.title()},\n\nThank you for your call on {g.date(loss + dt.timedelta(days=3), loc, 'long')}. Under policy {g.insurance()} "
        f"the loss at {g.address(loc)} on {g.date(loss, loc)} is covered subject to the excess.\n"
        f"The policy is a contract {K('uberrimae fidei')}; the {law} governs disclosure, and any ambiguity is read {K('contra proferentem')}.\n"
        f"We will settle {K('within 30 days')} of receiving the contractor's report. The excess was charged to card {g.card()}.{extra}\n\n"
        f"Regards,\n{adj.initial()}\nClaims Handler, {ins}\n{g.phone(loc)}{g.ext()}"
    )
    answer = f"{ins} accepts the claim of {ph.full()}; settlement due {K('within 30 days')} of the report."
    return Doc("Is the claim accepted, and on what condition?", body, answer)


def arbitration_award(g: Gen) -> Doc:
    loc = g.pick("en_GB", "en_US", "en_IE")
    claimant, respondent = g.company(loc), g.company(g.pick("en_US", "es_ES", "en_CA", "en_AU"))
    arb, c1, c2 = g.person(loc), g.person(loc), g.person(loc)
    seat = g.city(loc)
    law = K("Arbitration Act 1996" if loc != "en_US" else "Federal Arbitration Act of 1925")
    case = K("Hall Street Associates v. Mattel" if loc == "en_US" else g.pick("Hadley v Baxendale", "Walford v Miles", "Arnold v Britton"))
    body = (
        f"FINAL AWARD\n{g.pick('ICC Case No.', 'LCIA Arbitration No.', 'AAA-ICDR Case')} {g.case_no('arbitration')}\n\n"
        f"BETWEEN {claimant} (Claimant) and {respondent} (Respondent)\nTribunal: {arb.title_full(doctor=True)} (sole arbitrator)\n"
        f"Seat: {seat}. Governing law of the arbitration: {law}.\n\n"
        f"Counsel for Claimant: {c1.full()}, Bar No. {g.bar(loc)}; Counsel for Respondent: {c2.formal()}, Bar No. {g.bar(loc)}.\n\n"
        f"1. The Respondent relies on {K('force majeure')}; the clause does not extend to price rises ({case}).\n"
        f"2. The Claimant's alternative claim in {K('quantum meruit')} falls away.\n"
        f"3. The Respondent shall pay USD {g.rng.randint(1, 9)},{g.digits(3)},{g.digits(3)} to IBAN {g.iban()} within 28 days.\n\n"
        f"Made at {seat} on {g.date(g.day(2024, 2025), loc, g.pick('written', 'legal', 'long'))}.\n{arb.caps_full()}"
    )
    answer = f"Award for {claimant} against {respondent}; {K('force majeure')} rejected by {arb.title(doctor=True)}."
    return Doc("State who won and why in one sentence.", body, answer)


def nda_email(g: Gen) -> Doc:
    loc = g.pick("en_US", "en_US", "en_GB", "en_CA")
    atty, recip, para = g.person(loc), g.person(loc), g.person(loc)
    firm, client, counter = g.law_firm(loc), g.company(loc), g.company(loc)
    law = K("Defend Trade Secrets Act of 2016" if loc == "en_US" else "Data Protection Act 2018")
    body = (
        f"Subject: NDA - {client} / {counter} [Matter {g.matter()}]\n\n{recip.given()},\n\n"
        f"Attached is our client's mutual NDA for the discussions starting {g.date(g.day(2024, 2025), loc, g.pick('abbr', 'long'))}. "
        f"Key points: confidentiality survives {K('for two years')} after termination; the notice required by the {law} is in clause 9; "
        f"no exclusivity. Please have it countersigned by an officer of {counter}.\n\n"
        f"Happy to walk through it - my direct line is {g.phone(loc)}{g.ext()}, or contact my paralegal {para.full()} ({g.email(para, firm)}).\n\n"
        f"Best,\n{atty.full()}\nPartner | {firm}\n{g.address(loc)}\nBar No. {g.bar(loc)} | {g.email(atty, firm)}"
    )
    answer = f"Hi {atty.given()}, thanks - {counter} will countersign; we note the {law} clause."
    return Doc("Write a short acknowledgement on behalf of the recipient.", body, answer)


DOCTYPES: dict[str, Callable[[Gen], Doc]] = {
    "icu_handover": icu_handover, "ed_triage": ed_triage, "clinic_letter": clinic_letter, "med_reconciliation": med_rec,
    "physio_progress": physio_note, "mental_health_intake": mh_intake, "incident_report": incident_report,
    "lab_requisition": lab_requisition, "will_probate_letter": will_probate, "employment_tribunal_claim": tribunal_claim,
    "immigration_case_notes": immigration_notes, "lease_agreement": lease, "conveyancing_letter": conveyancing,
    "due_diligence_memo": dd_memo, "insurance_claim_email": insurance_claim, "arbitration_award": arbitration_award,
    "nda_cover_email": nda_email,
}  # fmt: skip
SYSTEM_PROMPTS = ("You are a careful assistant for a hospital records team.", "You help solicitors with document review.",
                  "Answer concisely and accurately.")


# ---------------------------------------------------------------- records


def unmark(marked: str, path: str) -> tuple[str, list[Span], list[str]]:
    """Plain text of a marked field, its labelled spans and its protected terms."""
    spans = [Span(path, m.group(1), m.group(2)) for m in _LABEL.finditer(marked)]
    keep = _KEEP.findall(marked)
    text = _KEEP.sub(r"\1", _LABEL.sub(r"\2", marked))
    for s in spans:
        assert s.text in text, s
    for k in keep:
        assert k in text, k
    return text, spans, keep


def to_record(doc: Doc, kind: str, doctype: str, rng: random.Random) -> BlindRecord:
    if kind == "text":
        fields = [("text", doc.body)]
    elif kind == "instruction":
        fields = [("instruction", doc.task), ("input", doc.body), ("output", doc.answer)]
    else:
        turns = ([("system", rng.choice(SYSTEM_PROMPTS))] if rng.random() < 0.5 else []) + [
            ("user", f"{doc.task}\n\n{doc.body}"), ("assistant", doc.answer)]
        if doc.follow_up:
            turns += [("user", doc.follow_up[0]), ("assistant", doc.follow_up[1])]
        fields = [(f"messages[{i}].content", text) for i, (_, text) in enumerate(turns)]
    pii: list[Span] = []
    keep: list[str] = []
    plain: dict[str, str] = {}
    for path, marked in fields:
        plain[path], spans, terms = unmark(marked, path)
        pii += spans
        keep += [t for t in terms if t not in keep]
    if kind == "chat":
        record: dict[str, Any] = {"messages": [{"role": role, "content": plain[f"messages[{i}].content"]} for i, (role, _) in enumerate(turns)]}
    else:
        record = dict(plain)
    return BlindRecord(kind, doctype, record, pii, keep)


def perfect_scrub(r: BlindRecord) -> dict[str, Any]:
    """What a scrubber that removes exactly the labelled spans, and never touches a protected term, would return."""
    def scrub(path: str, text: str) -> str:
        guards = {f"\x00{i}\x00": term for i, term in enumerate(sorted(r.keep, key=len, reverse=True))}
        for guard, term in guards.items():
            text = text.replace(term, guard)
        for span in sorted((s for s in r.pii if s.field == path), key=lambda s: len(s.text), reverse=True):
            text = text.replace(span.text, f"<{span.entity}>")
        for guard, term in guards.items():
            text = text.replace(guard, term)
        return text

    if "messages" in r.record:
        return {"messages": [{**m, "content": scrub(f"messages[{i}].content", m["content"])} for i, m in enumerate(r.record["messages"])]}
    return {k: scrub(k, v) for k, v in r.record.items()}


def sound(r: BlindRecord) -> bool:
    """Every label would leak if left alone, and nothing would leak or be lost if exactly the labels went."""
    untouched = evaluate([r], [r.record], scorer=AS_WRITTEN)
    perfect = evaluate([r], [perfect_scrub(r)], scorer=AS_WRITTEN)
    return (untouched.leaks == untouched.spans and untouched.kept == untouched.protected > 0
            and perfect.leaks == 0 and perfect.kept == perfect.protected)


def generate(docs: int = DOCS, seed: int = 0) -> list[BlindRecord]:
    """``docs`` labelled records, document types in turn and formats in turn, all drawn from ``seed``."""
    rng = random.Random(seed)
    gen = Gen(rng)
    names = list(DOCTYPES)
    rng.shuffle(names)
    out = []
    for i in range(docs):
        doctype, kind = names[i % len(names)], FORMATS[i % len(FORMATS)]
        for _ in range(MAX_DRAWS):
            record = to_record(DOCTYPES[doctype](gen), kind, doctype, rng)
            if sound(record):
                break
        else:
            raise RuntimeError(f"{doctype}: no sound document in {MAX_DRAWS} draws; a template collides with its own labels")
        out.append(record)
    return out


def entity_counts(records: list[BlindRecord]) -> Counter[str]:
    return Counter(s.entity for r in records for s in r.pii)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=DOCS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stats", action="store_true", help="print entity and document-type counts")
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"), help="write the labelled records as JSONL")
    args = parser.parse_args(argv)
    records = generate(args.docs, args.seed)
    if args.out:
        for r in records:
            args.out.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    if args.stats or not args.out:
        print(f"{len(records)} records, {sum(len(r.pii) for r in records)} spans, {sum(len(r.keep) for r in records)} protected terms")
        for name, n in sorted(entity_counts(records).items()):
            print(f"  {name:<24}{n}")
        for name, n in sorted(Counter(r.doctype for r in records).items()):
            print(f"  {name:<28}{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
