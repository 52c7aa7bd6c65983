"""Second blind scrubbing corpus: hand-written registers, other countries, real-world identifier formats.

    python bench/blind2.py --stats             # entity and document-type counts of the default corpus
    python bench/blind2.py --out blind2.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 apart from every other generator in the project and without reading the
scrubber's recognizers or keep-lists: referral e-mails, Nordic and German discharge letters,
Polish intake forms, Indian outpatient slips, Canadian triage notes, a US court transcript,
insolvency e-mails, witness statements, immigration intake and pharmacy faxes. Names, streets
and towns come from the hand-written lists below (never Faker's lists, which generate the
other corpora). Every document is drawn again until removing exactly its labels would leak
nothing and keep every protected term, and removing nothing would leak every label (both
judged by fedtune.scrubbing.evaluate).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from fedtune.scrubbing.evaluate import AS_WRITTEN, evaluate  # the scorer the corpus was drawn under

DOCS = 240
FORMATS = ("instruction", "chat", "text")
ENTITIES = (
    "PERSON", "ORGANIZATION", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS",
    "NATIONAL_ID", "US_SSN", "PASSPORT", "DRIVER_LICENSE", "LICENSE_NUMBER", "MEDICAL_RECORD_NUMBER",
    "INSURANCE_ID", "ACCOUNT_NUMBER", "IBAN_CODE", "CREDIT_CARD", "CASE_NUMBER", "COMPANY_REGISTRATION",
    "VEHICLE_ID",
)  # fmt: skip
MAX_DRAWS = 200
SYSTEM_PROMPTS = ("You assist a records department.", "Be brief and precise.", "You help with paperwork.")

_LABEL = re.compile("\x02([A-Z_]+)\x1f(.*?)\x03", re.DOTALL)
_KEEP = re.compile("\x04(.*?)\x05", re.DOTALL)


def L(entity: str, text: str) -> str:  # noqa: N802  (a label inside f-strings)
    assert entity in ENTITIES, entity
    return f"\x02{entity}\x1f{text}\x03"


def K(term: str) -> str:  # noqa: N802  (a protected term inside f-strings)
    return f"\x04{term}\x05"


@dataclass(frozen=True)
class Span:
    field: str
    entity: str
    text: str


@dataclass
class Blind2Record:
    kind: str
    doctype: str
    record: dict[str, Any]
    pii: list[Span] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- people

# culture: (countries its people live in, female first names, male first names, surnames)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "irish": (("IE", "UK"),
              ("Siobhán", "Aoife", "Caoimhe", "Gráinne", "Niamh", "Róisín", "Clodagh", "Sadhbh", "Dearbhla"),
              ("Pádraig", "Oisín", "Cathal", "Eoghan", "Ciarán", "Donncha", "Tadhg", "Fiachra", "Ruairí"),
              ("Ní Mhurchú", "Ó Súilleabháin", "Mac Cárthaigh", "Breathnach", "Ó Dálaigh", "Cullinane",
               "Twomey", "Hegarty", "Geraghty", "Ó Ceallaigh", "Nic Giolla Phádraig")),
    "nordic": (("DK", "NO", "IS"),
               ("Ragnhild", "Sigrún", "Þórdís", "Åsa", "Solveig", "Kirsten", "Guðrún", "Ingibjörg", "Liv"),
               ("Bjørn", "Guðmundur", "Kristján", "Eirik", "Torbjørn", "Søren", "Halvard", "Einar", "Ólafur"),
               ("Þórsdóttir", "Guðmundsson", "Haugland", "Kjærgaard", "Østergaard", "Sæther", "Nygård",
                "Brekke", "Højgaard", "Sigurðardóttir", "Lindqvist", "Mikkelsen")),
    "slavic": (("PL", "CZ"),
               ("Bożena", "Małgorzata", "Agnieszka", "Grażyna", "Jadwiga", "Zdeňka", "Dragana", "Jitka"),
               ("Wojciech", "Grzegorz", "Przemysław", "Zbigniew", "Bartłomiej", "Jiří", "Zdeněk", "Miloš"),
               ("Wiśniewska", "Grabowski", "Szczepańska", "Łukasiewicz", "Wróblewski", "Jabłońska", "Zięba",
                "Kaczmarczyk", "Dvořák", "Novotná", "Petrović", "Kovačević", "Procházka")),
    "german": (("DE", "CH", "AT"),
               ("Hannelore", "Friederike", "Dörte", "Gudrun", "Annegret", "Mechthild", "Liselotte", "Ursula"),
               ("Jürgen", "Günther", "Wolfgang", "Uwe", "Reinhard", "Detlef", "Ekkehard", "Lukas"),
               ("Müller", "Schäfer", "Weißenborn", "Böhm", "Oberhuber", "Krüger", "Pfeiffer", "Grünwald",
                "Eichhorn", "Brandstätter", "Zimmermann", "Hofstetter")),
    "iberian": (("FR", "ES", "PT"),
                ("Conceição", "Ximena", "Maëlle", "Inês", "Begoña", "Amaia", "Solène", "Marisol"),
                ("Gonçalo", "Iñaki", "João", "Thibault", "Joaquín", "Anselme", "Rui", "Íñigo"),
                ("Gonçalves", "Azevedo", "Etxeberria", "Ibáñez", "Muñoz-Carrasco", "Lefèvre", "Rousseau-Delmas",
                 "Albuquerque", "Urquijo", "Beaulieu")),
    "indian": (("IN", "UK", "CA"),
               ("Lakshmi", "Priyanka", "Meenakshi", "Harpreet", "Sunita", "Kavya", "Anjali", "Deepika"),
               ("Venkatesh", "Arjun", "Suresh", "Gurpreet", "Rajendra", "Sanjay", "Vikram", "Aniruddh"),
               ("Raghunathan", "Chatterjee", "Iyer", "Deshpande", "Sandhu", "Kulkarni", "Bhattacharya",
                "Venkataraman", "Nair", "Gill")),
    "west_african": (("UK", "US", "CA", "IE"),
                     ("Chidinma", "Ngozi", "Abena", "Oluwaseun", "Adaeze", "Folasade", "Efua", "Yetunde"),
                     ("Kwame", "Emeka", "Yaw", "Chukwuemeka", "Babatunde", "Kofi", "Obinna", "Tunde"),
                     ("Okonkwo", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Oyelaran", "Asante", "Ogunleye", "Owusu")),
    "east_asian": (("US", "CA", "AU"),
                   ("Xiaoling", "Yuki", "Ji-woo", "Mei", "Haruka", "Seo-yeon", "Linh", "Thi Hoa"),
                   ("Wei", "Haruto", "Min-jun", "Jae-won", "Kenji", "Hao", "Duc", "Van Minh"),
                   ("Zhang", "Huang", "Park", "Choi", "Takahashi", "Watanabe", "Nguyễn", "Phạm", "Trần", "Leung")),
    "turkish_arabic": (("DE", "NL", "UK"),
                       ("Ayşe", "Fatima", "Khadija", "Elif", "Zeynep", "Rania", "Leyla", "Yasmin"),
                       ("Mehmet", "Yousef", "Emre", "Tariq", "Oğuz", "Karim", "Bilal", "Hamza"),
                       ("Yılmaz", "Öztürk", "Çelik", "Al-Khatib", "Haddad", "El Amrani", "Şahin", "Bensaïd", "Kaya")),
    # First names and surnames that are also English words: the hardest for a capitalisation or NER rule.
    "word_names": (("US", "UK", "AU", "CA"),
                   ("Hope", "Rose", "Grace", "Summer", "Ivy", "Dorothy", "Maude", "Beverley", "Joy", "Faith"),
                   ("Bill", "Mark", "Hunter", "Wade", "Clive", "Barry", "Royce", "Dale", "Rusty", "Ford"),
                   ("Baker", "Young", "Price", "Rich", "Carpenter", "Wood", "Fields", "Mills", "Bishop", "Shepherd",
                    "Moss", "Hale", "Savage")),
}  # fmt: skip
NICKNAMES = {
    "Dorothy": "Dot", "Beverley": "Bev", "Maude": "Maudie", "Barry": "Baz", "Guðmundur": "Gummi",
    "Wojciech": "Wojtek", "Małgorzata": "Gosia", "Przemysław": "Przemek", "Oluwaseun": "Seun",
    "Babatunde": "Tunde", "Venkatesh": "Venky", "Hannelore": "Hanne", "Bartłomiej": "Bartek",
    "Ingibjörg": "Inga", "Friederike": "Rike", "Chukwuemeka": "Chuks", "Ekkehard": "Ekki", "Aniruddh": "Ani",
}  # fmt: skip
TITLES = {"IE": ("Ms", "Mr", "Dr"), "UK": ("Mrs", "Mr", "Ms", "Dr"), "US": ("Ms.", "Mr.", "Dr.", "Mx."),
          "CA": ("Mme", "M.", "Dr."), "AU": ("Mrs", "Mr"), "DE": ("Frau", "Herr", "Dr. med."),
          "CH": ("Frau", "Herr"), "AT": ("Frau", "Herr", "Mag."), "DK": ("Fru", "Hr."), "NO": ("Fru", "Herr"),
          "IS": ("Frú", "Herra"), "PL": ("Pani", "Pan", "dr"), "CZ": ("paní", "pan", "MUDr."),
          "FR": ("Mme", "M."), "ES": ("Sra.", "Sr."), "PT": ("Sra.", "Sr."), "NL": ("mevrouw", "de heer"),
          "IN": ("Smt.", "Shri", "Dr.")}  # fmt: skip


@dataclass
class Person:
    first: str
    last: str
    country: str
    female: bool
    title: str

    def full(self) -> str:
        return L("PERSON", f"{self.first} {self.last}")

    def titled(self) -> str:
        return f"{self.title} {L('PERSON', self.last)}"

    def surname_first(self) -> str:
        return L("PERSON", f"{self.last.upper()}, {self.first}")

    def nick(self) -> str:
        """Margaret "Peggy" Olsen style where a nickname is known, else the full name."""
        short = NICKNAMES.get(self.first)
        return L("PERSON", f'{self.first} "{short}" {self.last}') if short else self.full()

    def first_only(self) -> str:
        return L("PERSON", self.first)

    def ascii(self) -> str:
        return fold(f"{self.first}.{self.last}").replace(" ", "")


def fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ð", "d").replace("þ", "th")
    text = text.replace("Þ", "Th").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace("'", "")


# ---------------------------------------------------------------- places

# country: (streets, towns with region, postcode pattern, house-number-first, extras such as floor or flat)
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str, bool, tuple[str, ...]]] = {
    "IE": (("Cois Abhann", "Dooradoyle Road", "Bóthar na Trá", "Church View", "Ard na Gréine"),
           ("Limerick", "Letterkenny", "Ennis", "Tralee", "Mallow"), "A99 A9A9", True, ("Apt 4", "Apartment 12")),
    "UK": (("Dumbarton Road", "Ecclesall Road", "Hessle Road", "Gloucester Place", "Cowley Road"),
           ("Glasgow", "Sheffield", "Kingston upon Hull", "Cheltenham", "Oxford"), "AA9 9AA", True,
           ("Flat 2/1", "Flat 7")),
    "US": (("Ingersoll Ave", "E Superior St", "Haywood Rd", "Pine Ridge Dr", "N Lamar Blvd"),
           ("Des Moines, IA", "Duluth, MN", "Asheville, NC", "Billings, MT", "Wichita, KS"), "99999", True,
           ("Apt. 12B", "Suite 210", "Unit 3")),
    "CA": (("Barrington St", "Portage Ave", "Jasper Ave", "Albert St", "Rue Saint-Denis"),
           ("Halifax NS", "Winnipeg MB", "Edmonton AB", "Regina SK", "Sherbrooke QC"), "A9A 9A9", True,
           ("Suite 210", "Apt 1504")),
    "AU": (("Brunswick St", "Sturt St", "Hay St", "Flinders Lane", "Beach Rd"),
           ("Fitzroy VIC", "Ballarat VIC", "Perth WA", "Glenelg SA", "Hobart TAS"), "9999", True, ("Unit 7",)),
    "DE": (("Lindenstraße", "Am Mühlbach", "Kirchgasse", "Schillerstraße", "Pappelallee", "Ahornweg"),
           ("Freiburg im Breisgau", "Göttingen", "Würzburg", "Bamberg", "Lüneburg"), "99999", False, ("2. OG",)),
    "CH": (("Seefeldstrasse", "Rämistrasse", "Spitalgasse", "Marktgasse", "Aarbergergasse"),
           ("Winterthur", "Luzern", "St. Gallen", "Thun", "Schaffhausen"), "9999", False, ()),
    "AT": (("Herrengasse", "Sporgasse", "Landstraßer Hauptstraße", "Mariahilfer Straße"),
           ("Graz", "Linz", "Innsbruck", "Klagenfurt"), "9999", False, ("Top 14", "Stiege 2")),
    "DK": (("Nørregade", "Vesterbrogade", "Jægersborg Allé", "Søndergade", "Klostergade"),
           ("Aarhus C", "Odense C", "Aalborg", "Roskilde", "Esbjerg"), "9999", False, ("2. th.", "st. tv.")),
    "NO": (("Storgata", "Kongens gate", "Møllendalsveien", "Strandkaien", "Fjellveien"),
           ("Tromsø", "Bergen", "Trondheim", "Stavanger", "Bodø"), "9999", False, ("H0301",)),
    "IS": (("Laugavegur", "Hafnarstræti", "Skólavörðustígur", "Þingholtsstræti"),
           ("Reykjavík", "Akureyri", "Hafnarfjörður", "Egilsstaðir"), "999", False, ()),
    "PL": (("ul. Długa", "ul. Piotrkowska", "al. Niepodległości", "ul. Świętojańska", "ul. Grunwaldzka"),
           ("Gdańsk", "Łódź", "Kraków", "Poznań", "Wrocław", "Białystok"), "99-999", False, ("m. 4", "lok. 12")),
    "CZ": (("Masarykova", "Údolní", "Nádražní", "Palackého", "Husova"),
           ("Brno", "Olomouc", "Plzeň", "Jihlava"), "999 99", False, ()),
    "FR": (("rue des Tanneurs", "allée des Cerisiers", "boulevard Gambetta", "impasse du Moulin"),
           ("Grenoble", "Besançon", "Rennes", "Perpignan", "Angers"), "99999", True, ("Bât. C", "Apt 31")),
    "ES": (("C/ Iturribide", "Calle de Atocha", "Avda. de la Constitución", "C/ Sant Pere Més Alt"),
           ("Bilbao", "Sevilla", "Zaragoza", "Girona", "Murcia"), "99999", False, ("4º izq.", "2º B")),
    "PT": (("Rua de Cedofeita", "Avenida da Liberdade", "Travessa do Carmo", "Rua Direita"),
           ("Porto", "Braga", "Coimbra", "Aveiro", "Setúbal"), "9999-999", False, ("3º Esq.",)),
    "NL": (("Oudegracht", "Vismarkt", "Nieuwe Binnenweg", "Kerkstraat"),
           ("Utrecht", "Groningen", "Leiden", "Haarlem", "Zwolle"), "9999 AA", False, ("bis",)),
    "IN": (("14th Cross, Jayanagar", "Anna Salai", "FC Road, Shivajinagar", "Linking Road, Bandra West"),
           ("Bengaluru", "Chennai", "Pune", "Mumbai", "Coimbatore"), "999999", True, ("Flat 302", "No. 17/4")),
}  # fmt: skip
PHONES = {
    "IE": ("+353 61 ### ###", "(061) ######", "087 ### ####"), "UK": ("0141 ### ####", "+44 7### ######"),
    "US": ("(###) ###-####", "###.###.####"), "CA": ("+1 902-###-####", "(204) ###-####"),
    "AU": ("(08) #### ####", "04## ### ###"), "DE": ("+49 761 270-####", "0551 ### ## ##"),
    "CH": ("+41 52 ### ## ##", "052 ### ## ##"), "AT": ("+43 316 385-#####", "0660 ### ####"),
    "DK": ("+45 ## ## ## ##", "## ## ## ##"), "NO": ("+47 ### ## ###", "9## ## ###"),
    "IS": ("+354 ### ####",), "PL": ("+48 58 ### ## ##", "+48 ### ### ###"), "CZ": ("+420 ### ### ###",),
    "FR": ("+33 (0)4 ## ## ## ##", "06 ## ## ## ##"), "ES": ("+34 944 ### ###", "6## ## ## ##"),
    "PT": ("+351 22 ### ####", "9## ### ###"), "NL": ("+31 (0)30 ### ####", "06-########"),
    "IN": ("+91 ##### #####", "080-#### ####"),
}  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "outlook.com", "eircom.net", "web.de", "bluewin.ch", "wp.pl", "seznam.cz",
                 "rediffmail.com", "hotmail.dk", "online.no", "orange.fr", "sapo.pt", "ziggo.nl", "yahoo.ca",
                 "bigpond.com", "proton.me")  # fmt: skip
EMPLOYERS = ("Brennan Haulage Ltd", "Kowalczyk i Synowie Sp. z o.o.", "Fjordline Sjømat AS", "Grünwald Metallbau GmbH",
             "Okonkwo & Eze Solicitors", "Lakeshore Dental Group", "Tannery Quay Bakery", "Vasquez Roofing LLC",
             "Hofstetter Treuhand AG", "Brightmoor Care Homes Ltd", "Nørrebro Cykler ApS", "Sree Lakshmi Textiles Pvt Ltd",
             "Maple Crest Auto Body Inc.", "Praia Azul Pescados Lda")  # fmt: skip
LISTED = (("HALVORSEN MARINE ASA", "OSE", "HALV"), ("DUNMORE BIOLOGICS PLC", "LSE", "DNMB"),
          ("CASCADIA FREIGHT CORP", "NYSE", "CSFT"), ("KESTREL ORE LTD", "ASX", "KOR"))


# ---------------------------------------------------------------- checksums


def luhn_digit(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str(-total % 10)


def luhn_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return luhn_digit(digits[:-1]) == digits[-1]


def iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def bsn_ok(nine: str) -> bool:
    """Dutch BSN eleven-test."""
    return sum(int(d) * w for d, w in zip(nine, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def pesel_digit(ten: str) -> str:
    return str(-sum(int(d) * w for d, w in zip(ten, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10)


def nhs_digit(nine: str) -> int | None:
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
    return {11: 0, 10: None}.get(check, check)


def dea_digit(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


# ---------------------------------------------------------------- the generator


class Gen:
    """Draws people, places, identifiers and dates; every method returns marked text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(items)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        out = "".join(self.rng.choice(string.digits) for _ in range(n))
        return (self.pick("123456789") + out[1:]) if first_nonzero and n else out

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def shape(self, pattern: str) -> str:
        """# or 9 a digit, A a letter, anything else itself."""
        return "".join(self.digits(1) if c in "#9" else self.letters(1) if c == "A" else c for c in pattern)

    def person(self, culture: str | None = None, country: str | None = None) -> Person:
        culture = culture or self.pick(list(CULTURES))
        countries, women, men, surnames = CULTURES[culture]
        female = self.rng.random() < 0.5
        country = country or self.pick(countries)
        titles = TITLES.get(country, ("Ms", "Mr"))
        title = titles[0] if female else titles[1]
        if len(titles) > 2 and self.rng.random() < 0.2:
            title = titles[2]
        return Person(self.pick(women if female else men), self.pick(surnames), country, female, title)

    def address(self, country: str, inline: bool = True) -> str:
        streets, towns, postcode, number_first, extras = PLACES[country]
        street, town, number = self.pick(streets), self.pick(towns), str(self.rng.randint(1, 240))
        if country == "CZ":
            number = f"{self.rng.randint(100, 2999)}/{self.rng.randint(1, 40)}"
        elif self.rng.random() < 0.25:
            number += self.pick("aAB")
        line = f"{number} {street}" if number_first else f"{street} {number}"
        if extras and self.rng.random() < 0.5:
            extra = self.pick(extras)
            line = f"{extra}, {line}" if country in ("IE", "UK", "AU", "IN") else f"{line}, {extra}"
        code = self.shape(postcode).replace("-000", "-100")
        # English-speaking countries and India write the town first; continental Europe the code first.
        place = f"{town} {code}" if country in ("US", "UK", "IE", "CA", "AU", "IN") else f"{code} {town}"
        if inline:
            return L("LOCATION", f"{line}, {place}")
        return f"{L('LOCATION', line)}\n{L('LOCATION', place)}"

    def town(self, country: str) -> str:
        return L("LOCATION", self.pick(PLACES[country][1]))

    def postcode(self, country: str) -> str:
        return L("LOCATION", self.shape(PLACES[country][2]))

    def phone(self, country: str, extension: bool = False) -> str:
        number = self.shape(self.pick(PHONES[country]))
        if extension:
            number += self.pick((f" x{self.digits(1)}-{self.digits(4)}", f" ext. {self.digits(4)}", f" x{self.digits(3)}"))
        return L("PHONE_NUMBER", number)

    def extension(self) -> str:
        return L("PHONE_NUMBER", self.pick((f"x{self.digits(1)}-{self.digits(4)}", f"ext. {self.digits(4)}")))

    def email(self, p: Person, domain: str | None = None) -> str:
        local = self.pick((p.ascii(), fold(p.first[0] + p.last).replace(" ", ""), fold(p.last).replace(" ", "") + self.digits(2)))
        return L("EMAIL_ADDRESS", f"{local}@{domain or self.pick(EMAIL_DOMAINS)}")

    def date(self, year: tuple[int, int] = (2024, 2025)) -> str:
        y, m, d = self.rng.randint(*year), self.rng.randint(1, 12), self.rng.randint(1, 28)
        months = ("January February March April May June July August September October November December").split()
        text = self.pick((f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1]} {y}",
                          f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1][:3]} {y}", f"{d}.{m}.{str(y)[2:]}"))
        return L("DATE_TIME", text)

    def birth_date(self) -> str:
        return self.date((1931, 2019))

    def national_id(self, country: str) -> str:
        """The country's personal number in its usual written form."""
        dd, mm, yy = f"{self.rng.randint(1, 28):02d}", f"{self.rng.randint(1, 12):02d}", self.digits(2)
        if country == "IN":
            value = self.pick((f"{self.letters(3)}P{self.letters(1)}{self.digits(4)}{self.letters(1)}",
                               f"{self.digits(4, True)} {self.digits(4)} {self.digits(4)}"))
        elif country == "CA":
            head = self.pick("1234567") + self.digits(7)
            whole = head + luhn_digit(head)
            value = f"{whole[:3]} {whole[3:6]} {whole[6:]}"
        elif country in ("DK", "IS"):
            value = f"{dd}{mm}{yy}-{self.digits(4)}"
        elif country == "NO":
            value = f"{dd}{mm}{yy} {self.digits(5)}"
        elif country == "NL":
            while not bsn_ok(value := self.digits(9, True)):
                pass
            value = self.pick((value, f"{value[:4]}.{value[4:6]}.{value[6:]}"))
        elif country == "DE":
            value = f"{self.digits(2, True)} {self.digits(3)} {self.digits(3)} {self.digits(3)}"
        elif country == "CH":
            value = f"756.{self.digits(4)}.{self.digits(4)}.{self.digits(2)}"
        elif country == "AT":
            value = f"{self.digits(4, True)} {dd}{mm}{yy}"
        elif country == "PL":
            ten = f"{yy}{mm}{dd}{self.digits(4)}"
            value = ten + pesel_digit(ten)
        elif country == "CZ":
            value = f"{yy}{mm}{dd}/{self.digits(4)}"
        elif country == "FR":
            value = f"{self.pick('12')} {yy} {mm} {self.digits(2)} {self.digits(3)} {self.digits(3)} {self.digits(2)}"
        elif country == "ES":
            value = self.pick((f"{self.digits(8)}{self.letters(1)}", f"{self.pick('XYZ')}{self.digits(7)}{self.letters(1)}"))
        elif country == "PT":
            value = f"{self.pick('123')}{self.digits(2)} {self.digits(3)} {self.digits(3)}"
        elif country == "IE":
            value = f"{self.digits(7)}{self.letters(1)}{self.pick(('A', 'W', ''))}"
        elif country == "UK":
            value = f"{self.pick(('AB', 'JT', 'NE', 'PH', 'SK', 'WL'))} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.pick('ABCD')}"
        elif country == "AU":
            value = f"{self.digits(3, True)} {self.digits(3)} {self.digits(3)}"
        else:
            return self.ssn()
        return L("NATIONAL_ID", value)

    def ssn(self) -> str:
        # Well-known sample and advertising numbers that validators reject are still someone's SSN-shaped data.
        if self.rng.random() < 0.3:
            value = self.pick(("219-09-9999", "078-05-1120", "123-45-6789", "457-55-5462"))
        else:
            value = f"{self.rng.randint(101, 665)}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}"
        return L("US_SSN", self.pick((value, value.replace("-", " "), value)))

    def passport(self, country: str) -> str:
        value = {"IN": f"{self.letters(1)}{self.digits(7)}", "UK": self.digits(9, True),
                 "US": f"{self.letters(1)}{self.digits(8)}", "DE": f"C{self.shape('AA9A99A99')[:8]}",
                 "IE": f"{self.letters(2)}{self.digits(7)}", "PL": f"{self.letters(2)} {self.digits(7)}",
                 "NL": self.shape("AA9A9A9A9"), "CA": f"{self.letters(2)}{self.digits(6)}"}.get(
            country, f"{self.letters(1)}{self.digits(4)}{self.letters(2)}")
        return L("PASSPORT", value)

    def driver_licence(self, p: Person) -> str:
        if p.country == "UK":
            surname = (fold(p.last).replace(" ", "").replace("-", "").upper() + "99999")[:5]
            value = f"{surname}{self.digits(6)}{fold(p.first)[0].upper()}{self.letters(1)}9{self.letters(2)}"
        elif p.country == "US":
            value = self.pick((f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", f"{self.letters(1)}{self.digits(7)}"))
        else:
            value = self.digits(9)
        return L("DRIVER_LICENSE", value)

    def licence(self) -> str:
        six = self.digits(6)
        value = self.pick((f"RN-{self.digits(7)}", f"GMC {self.digits(7, True)}", f"NMC {self.digits(2)}{self.letters(1)}{self.digits(4)}{self.letters(1)}",
                           f"{self.letters(2)}{six}{dea_digit(six)}", f"Lic. MD-{self.digits(6)}", f"IMC {self.digits(6)}",
                           f"KMC Reg. No. {self.digits(5)}", f"LANR {self.digits(9)}"))
        return L("LICENSE_NUMBER", value)

    def mrn(self) -> str:
        return L("MEDICAL_RECORD_NUMBER", self.pick((
            self.digits(8), f"{self.letters(1)}{self.digits(7)}", f"{self.digits(4)}-{self.digits(4)}",
            f"PT-{self.digits(5)}-{self.letters(1)}", f"BLR-{self.rng.randint(2019, 2025)}-{self.digits(7)}",
            f"{self.rng.randint(2019, 2025)}/{self.digits(6)}", f"{self.digits(3)} {self.digits(3)} {self.digits(3)}")))

    def insurance(self, country: str) -> str:
        if country == "UK":
            nine = self.digits(9, True)
            while nhs_digit(nine) is None:
                nine = self.digits(9, True)
            whole = nine + str(nhs_digit(nine))
            value = f"{whole[:3]} {whole[3:6]} {whole[6:]}"
        else:
            value = {"DE": f"{self.letters(1)}{self.digits(9)}", "AU": f"{self.digits(4, True)} {self.digits(5)} {self.digits(1)}",
                     "CA": f"{self.digits(4, True)}-{self.digits(3)}-{self.digits(3)}-{self.letters(2)}",
                     "US": f"{self.letters(3)}{self.digits(9)}", "IE": f"{self.digits(7)}{self.letters(1)}",
                     "IN": f"{self.digits(2)}-{self.digits(4)}-{self.digits(4)}-{self.digits(4)}",
                     "CH": f"807560{self.digits(14)}", "NL": f"{self.digits(9)}"}.get(
                country, f"{self.letters(2)}{self.digits(8)}")
        return L("INSURANCE_ID", value)

    def iban(self, country: str) -> str:
        bban = {"DE": self.digits(18), "PL": self.digits(24), "DK": self.digits(14), "NO": self.digits(11),
                "IE": "BOFI" + self.digits(14), "FR": self.digits(23), "ES": self.digits(20), "NL": "INGB" + self.digits(10),
                "PT": self.digits(21), "CH": self.digits(17), "AT": self.digits(16), "CZ": self.digits(20)}.get(
            country, "NWBK" + self.digits(14))
        return L("IBAN_CODE", iban(country if country in ("DE", "PL", "DK", "NO", "IE", "FR", "ES", "NL", "PT", "CH", "AT", "CZ") else "GB", bban))

    def account(self, country: str) -> str:
        if country == "UK":
            return f"sort code {L('ACCOUNT_NUMBER', f'{self.digits(2)}-{self.digits(2)}-{self.digits(2)}')}, account {L('ACCOUNT_NUMBER', self.digits(8))}"
        if country == "IN":
            return f"A/c {L('ACCOUNT_NUMBER', self.digits(14, True))}"
        return f"acct #{L('ACCOUNT_NUMBER', f'{self.digits(5)}-{self.digits(4)}')}"

    def card(self) -> str:
        head = self.pick(("4", "51", "55", "37")) + self.digits(13 if self.rng.random() < 0.8 else 12)
        head = head[:14] if head.startswith("37") else head[:15]
        whole = head + luhn_digit(head)
        if len(whole) == 15:
            return L("CREDIT_CARD", f"{whole[:4]} {whole[4:10]} {whole[10:]}")
        return L("CREDIT_CARD", " ".join(whole[i : i + 4] for i in range(0, 16, 4)))

    def case_number(self) -> str:
        y = self.rng.randint(2022, 2025)
        return L("CASE_NUMBER", self.pick((
            f"{self.rng.randint(1, 4)}:{str(y)[2:]}-cv-{self.digits(5)}-{self.letters(3)}", f"CV-{y}-{self.digits(6)}",
            f"KB-{y}-{self.digits(6)}", f"Az. {self.rng.randint(1, 9)} O {self.rng.randint(10, 499)}/{str(y)[2:]}",
            f"I C {self.rng.randint(10, 999)}/{str(y)[2:]}", f"{str(y)[2:]}-{self.digits(5)} ({self.letters(3)})",
            f"{self.digits(7)}/{y}", f"CR-{y}-{self.digits(6)}", f"{self.letters(1)}{self.digits(2)}{self.letters(2)}{self.digits(3)}")))

    def company_number(self) -> str:
        return L("COMPANY_REGISTRATION", self.pick((self.digits(8), f"SC{self.digits(6)}", f"HRB {self.digits(5)}",
                                                    f"CHE-{self.digits(3)}.{self.digits(3)}.{self.digits(3)}",
                                                    f"KRS {self.digits(10)}", f"U{self.digits(5)}KA{self.rng.randint(1995, 2020)}PTC{self.digits(6)}")))

    def vehicle(self) -> str:
        return L("VEHICLE_ID", self.pick((f"KA {self.digits(2)} {self.letters(2)} {self.digits(4)}", f"GD {self.digits(4)}{self.letters(1)}",
                                          f"B-{self.letters(2)} {self.digits(4)}", f"{self.letters(2)}{self.digits(2)} {self.letters(3)}",
                                          f"{self.digits(3)}-{self.letters(3)}")))

    def ip(self) -> str:
        return L("IP_ADDRESS", ".".join(str(self.rng.randint(11, 223)) for _ in range(4)))

    def employer(self) -> str:
        return L("ORGANIZATION", self.pick(EMPLOYERS))

    def money(self) -> str:
        return K(self.pick((f"EUR {self.rng.randint(2, 90)},{self.rng.randint(100, 999)}", f"£{self.rng.randint(1, 40)},{self.rng.randint(100, 999)}.00",
                            f"USD {self.rng.randint(2, 9)}.{self.rng.randint(1, 9)} million", f"CHF {self.rng.randint(2, 30)}'{self.rng.randint(100, 999)}",
                            f"DKK {self.rng.randint(10, 400)}.000", f"PLN {self.rng.randint(5, 90)} {self.rng.randint(100, 999)}",
                            f"INR {self.rng.randint(1, 9)},{self.rng.randint(10, 99)},000", f"NOK {self.rng.randint(10, 99)} 000")))

    def keep(self, pool: tuple[str, ...], n: int = 2) -> list[str]:
        return [K(t) for t in self.rng.sample(pool, n)]


# ---------------------------------------------------------------- protected terms

CLINICAL = (
    "SpO2 93% on 2 L/min nasal cannula", "FiO2 0.35 via Venturi mask", "NEWS2 score 5", "GCS 13/15 (E3 V4 M6)",
    "CURB-65 score 2", "Wells score 4.5", "HbA1c 61 mmol/mol", "eGFR 38 mL/min/1.73m2", "CRP 148 mg/L",
    "troponin T 87 ng/L", "NT-proBNP 2,340 pg/mL", "INR 2.8", "K+ 5.9 mmol/L", "BRCA2 germline testing",
    "HER2-positive", "EGFR exon 19 deletion", "PD-L1 TPS 60%", "KRAS G12C", "T2N1M0", "ECOG performance status 1",
    "NYHA class II", "CHA2DS2-VASc score 3", "HAS-BLED 2", "MoCA 22/30", "PHQ-9 score 17", "GAD-7 of 12",
    "EDSS 3.5", "Apgar scores 8 and 9", "ASA grade III", "Clavien-Dindo grade II", "L4/L5 disc prolapse",
    "T12 compression fracture", "CT pulmonary angiogram", "OGD", "ERCP", "PICC line", "apixaban 5 mg BD",
    "metformin 1 g twice daily", "amoxicillin 500 mg TDS", "enoxaparin 40 mg SC OD", "paracetamol 1 g QDS",
    "levothyroxine 75 micrograms", "vitamin B12 injections", "H. pylori", "E. coli", "MRSA", "C. difficile",
    "SARS-CoV-2 PCR", "type 2 diabetes", "COPD", "NSTEMI", "CKD stage 3b", "ICD-10 J18.9", "HLA-B27",
    "G6PD deficiency", "Factor V Leiden", "Glasgow-Blatchford score of 6", "Rockall score 4", "QTc 478 ms",
    "BMI 31.2", "Mallampati II", "Bristol stool type 6", "MRI C-spine", "CT KUB", "V/Q scan",
)  # fmt: skip
VACCINES = ("MMR", "DTaP/IPV/Hib/HepB", "MenB", "PCV13", "Tdap", "BCG", "HPV vaccine", "influenza vaccine",
            "COVID-19 booster", "Rotarix", "MenACWY", "Hep A")  # fmt: skip
LEGAL = (
    "unsecured creditors", "preferential creditors", "winding-up petition", "Chapter 7", "Chapter 11 plan",
    "11 U.S.C. § 362", "28 U.S.C. § 1332", "Fed. R. Civ. P. 26(b)(1)", "Rule 12(b)(6)", "CPR Part 36", "CPR 31.16",
    "Practice Direction 57AD", "section 21 notice", "Insolvency Act 1986", "Companies Act 2006, s. 172",
    "Article 8 ECHR", "Article 6(1)(f) GDPR", "Regulation (EU) 2016/679", "Directive (EU) 2019/1023", "§ 823 BGB",
    "habeas corpus", "res judicata", "without prejudice", "force majeure", "quantum meruit", "subject to contract",
    "Donoghue v Stevenson [1932] AC 562", "Hadley v Baxendale (1854) 9 Exch 341", "Miranda v. Arizona, 384 U.S. 436 (1966)",
    "Form ET1", "Form N244", "Form 10-K", "Schedule 14A", "clause 14.2", "interest at 8% per annum",
    "ISO 27001", "SOC 2 Type II", "Tier 1", "Employment Rights Act 1996, s. 98", "Equality Act 2010",
)  # fmt: skip


# ---------------------------------------------------------------- documents
# Each returns (request, document, answer) as marked strings.


def referral_email(g: Gen) -> tuple[str, str, str]:
    gp, pt = g.person("irish", "IE"), g.person(country="IE")
    consultant = g.person(g.pick(("irish", "indian", "west_african")), "IE")
    k = g.keep(CLINICAL, 3)
    body = (f"From: {gp.full()} <{g.email(gp, 'hse-gp.ie')}>\nTo: {consultant.titled()}\nSent: {g.date()}\n"
            f"Subject: Referral - {pt.surname_first()}, DOB {g.birth_date()}\n\n"
            f"Dear {consultant.titled()},\n\nI'd be grateful if you could see {pt.nick()} (PPSN {g.national_id('IE')}, "
            f"medical card {g.insurance('IE')}), of {g.address('IE')}. She/he has {k[0]} and {k[1]}; recent bloods show {k[2]}. "
            f"{pt.first_only()} works at {g.employer()} and is best reached on {g.phone('IE')}.\n\n"
            f"Kind regards,\n{gp.full()}\nMedical Council no. {g.licence()}\nPh: {g.phone('IE', extension=True)}")
    answer = f"Referral for {pt.full()} ({g.mrn()}) accepted; first appointment {g.date()}. Noted: {k[0]}."
    return "Summarise this GP referral for the clinic's booking team.", body, answer


def nordic_discharge(g: Gen) -> tuple[str, str, str]:
    country = g.pick(("DK", "NO", "IS"))
    pt, kin, doc = g.person("nordic", country), g.person("nordic", country), g.person(country=country)
    k = g.keep(CLINICAL, 3)
    body = (f"DISCHARGE SUMMARY (translated)\nPatient: {pt.surname_first()}   Personal no.: {g.national_id(country)}\n"
            f"Address: {g.address(country)}\nAdmitted {g.date()}, discharged {g.date()}.\n"
            f"Next of kin: {kin.full()} (spouse), tel. {g.phone(country)}\n\n"
            f"Course: admitted with {k[0]}. Imaging showed {k[1]}. Treated and discharged on {k[2]}.\n"
            f"Follow-up with GP {doc.titled()} at {g.town(country)} health centre.\nSigned: {doc.full()}, {g.licence()}")
    answer = f"{pt.full()} was admitted with {k[0]} and discharged on {k[2]}; GP follow-up with {doc.titled()}."
    return "Write a two-line summary of this discharge letter.", body, answer


def arztbrief(g: Gen) -> tuple[str, str, str]:
    country = g.pick(("DE", "CH", "AT"))
    pt, gp, author = g.person(g.pick(("german", "turkish_arabic")), country), g.person("german", country), g.person("german", country)
    k = g.keep(CLINICAL, 3)
    ident = g.national_id(country) if country != "DE" else g.insurance("DE")
    body = (f"Dear colleague {gp.titled()},\n\nwe report on your patient {pt.title} {pt.full()}, born {g.birth_date()}, "
            f"resident at {g.address(country, inline=False)}\n(insurance/ID no. {ident}), who was an inpatient from "
            f"{g.date()} to {g.date()}.\n\nDiagnoses: {k[0]}; {k[1]}.\nTherapy: {k[2]}.\n\n"
            f"{pt.title} {L('PERSON', pt.last)} was discharged home in good condition. For questions call {g.phone(country, extension=True)}.\n\n"
            f"With collegial regards\n{author.title} {author.full()}, senior physician")
    answer = f"Letter to {gp.titled()} about {pt.full()}: {k[0]}, treated with {k[2]}."
    return "Extract the diagnoses and the addressee.", body, answer


def intake_form(g: Gen) -> tuple[str, str, str]:
    country = g.pick(("PL", "CZ"))
    pt, contact = g.person("slavic", country), g.person("slavic", country)
    k = g.keep(CLINICAL, 2)
    body = (f"PATIENT INTAKE FORM\nSurname: {L('PERSON', pt.last)}\nFirst name(s): {L('PERSON', pt.first)}\n"
            f"Date of birth: {g.birth_date()}\nPESEL / birth no.: {g.national_id(country)}\nPassport no.: {g.passport('PL')}\n"
            f"Street: {g.address(country, inline=False)}\nMobile: {g.phone(country)}\nE-mail: {g.email(pt)}\n"
            f"Employer: {g.employer()}\nEmergency contact: {contact.full()}, {g.phone(country)}\n"
            f"Reason for visit: {k[0]}\nPast history: {k[1]}\nVehicle reg. (parking permit): {g.vehicle()}")
    answer = f"Intake for {pt.full()} recorded; reason for visit {k[0]}; emergency contact {contact.full()}."
    return "Turn this intake form into a one-line registration note.", body, answer


def opd_slip(g: Gen) -> tuple[str, str, str]:
    pt, doc = g.person("indian", "IN"), g.person("indian", "IN")
    k = g.keep(CLINICAL, 2)
    body = (f"OUTPATIENT SLIP  UHID: {g.mrn()}  Date: {g.date()}\nName: {pt.title} {pt.full()}  Mobile: {g.phone('IN')}\n"
            f"Address: {g.address('IN')}\nPAN / Aadhaar (for billing): {g.national_id('IN')}\nABHA no.: {g.insurance('IN')}\n"
            f"Consultant: Dr. {doc.full()} ({g.licence()})\nAssessment: {k[0]}. Plan: {k[1]}.\n"
            f"Payment: {g.money()} by card {g.card()}; refund to {g.account('IN')}.")
    answer = f"{pt.full()} seen by Dr. {L('PERSON', doc.last)}: {k[0]}; plan {k[1]}."
    return "Summarise the consultation for the discharge desk.", body, answer


def triage_note(g: Gen) -> tuple[str, str, str]:
    pt, nurse = g.person(country="CA"), g.person(g.pick(("east_asian", "west_african", "word_names")), "CA")
    k = g.keep(CLINICAL, 3)
    body = (f"ED TRIAGE {g.date()} - {pt.surname_first()}, health card {g.insurance('CA')}, SIN on file {g.national_id('CA')}\n"
            f"Lives at {g.address('CA')} with partner; cell {g.phone('CA')}, work {g.phone('CA', extension=True)}.\n"
            f"Arrived by ambulance, {k[0]}, {k[1]}. Hx {k[2]}. Passport {g.passport('CA')} held by security.\n"
            f"Triaged by {nurse.full()}, {g.licence()}. Call charge nurse at {g.extension()} if deteriorating.")
    answer = f"{pt.full()}: {k[0]}; {k[1]}. Triage nurse {L('PERSON', nurse.last)}."
    return "Give the triage summary for handover.", body, answer


def court_transcript(g: Gen) -> tuple[str, str, str]:
    witness, counsel, judge = g.person(country="US"), g.person("word_names", "US"), g.person(country="US")
    company, exchange, ticker = g.pick(LISTED)
    k = g.keep(LEGAL, 3)
    body = (f"UNITED STATES DISTRICT COURT\nCase No. {g.case_number()}\nBefore the Hon. {judge.full()}\n\n"
            f"THE COURT: Counsel, you may proceed.\n{counsel.title.upper()} {L('PERSON', counsel.last.upper())}: Thank you, Your Honor.\n"
            f"Q. Please state your full name for the record.\nA. {witness.nick()}.\n"
            f"Q. And your address?\nA. {g.address('US')}.\nQ. You were employed by {L('ORGANIZATION', company)} "
            f"({exchange}: {L('ORGANIZATION', ticker)}) until {g.date()}?\nA. Yes.\n"
            f"Q. Exhibit 12 lists your Social Security number as {g.ssn()} and your driver's license as {g.driver_licence(witness)}. Correct?\n"
            f"A. That's right.\n{counsel.title.upper()} {L('PERSON', counsel.last.upper())}: Your Honor, we rely on {k[0]} and {k[1]}.\n"
            f"THE COURT: Noted. The motion under {k[2]} is denied.")
    answer = f"The witness {witness.full()} confirmed employment at {L('ORGANIZATION', company)}; the court denied the motion under {k[2]}."
    return "Summarise this excerpt of the transcript.", body, answer


def insolvency_email(g: Gen) -> tuple[str, str, str]:
    country = g.pick(("UK", "IE"))
    ip, director, creditor = g.person(country=country), g.person(country=country), g.person(country=country)
    company = g.employer()
    k = g.keep(LEGAL, 2)
    body = (f"From: {ip.full()} <{g.email(ip, 'kilbrideip.co.uk')}>\nDate: {g.date()}\nLogged from IP {g.ip()}\n\n"
            f"Re: {company} (company no. {g.company_number()}) - court ref {g.case_number()}\n\n"
            f"Dear {creditor.titled()},\n\nFurther to the meeting at {g.address(country)} on {g.date()}, the director, "
            f"{director.full()}, has confirmed that {k[0]} will receive a first dividend. Your claim of {g.money()} is admitted. "
            f"Payment will go to {g.iban(country) if g.rng.random() < 0.5 else g.account(country)}.\n"
            f"We rely on {k[1]}. Questions to {g.phone(country, extension=True)}.\n\n{ip.full()}, licensed insolvency practitioner")
    answer = f"{ip.full()} tells {creditor.full()} that {k[0]} get a first dividend from {company}."
    return "What does this e-mail tell the creditor?", body, answer


def witness_statement(g: Gen) -> tuple[str, str, str]:
    country = g.pick(("UK", "IE"))
    claimant, manager, colleague = g.person(country=country), g.person(country=country), g.person("word_names", country)
    k = g.keep(LEGAL, 2)
    body = (f"IN THE EMPLOYMENT TRIBUNAL   Case No. {g.case_number()}\nBETWEEN {claimant.full()} (Claimant) and "
            f"{g.employer()} (Respondent)\n\nWITNESS STATEMENT OF {L('PERSON', f'{claimant.first} {claimant.last}'.upper())}\n\n"
            f"1. I live at {g.address(country)}. My National Insurance number is {g.national_id('UK')}.\n"
            f"2. On {g.date()} my line manager, {manager.nick()}, told me in front of {colleague.full()} that my shifts were cut. "
            f"{L('PERSON', colleague.first)} later texted me from {g.phone(country)}.\n"
            f"3. I bring this claim under {k[0]} and {k[1]}.\n\nSigned {claimant.full()}   Dated {g.date()}")
    answer = f"{claimant.full()} says {manager.full()} cut the shifts on the date given; claim under {k[0]}."
    return "Summarise the witness statement in two sentences.", body, answer


def immigration_intake(g: Gen) -> tuple[str, str, str]:
    culture = g.pick(("indian", "west_african", "turkish_arabic", "east_asian", "iberian", "slavic"))
    origin = g.pick(("IN", "PL", "FR", "ES", "PT", "DE", "NL"))
    applicant, sponsor = g.person(culture, origin), g.person(country="UK")
    k = g.keep(LEGAL, 2)
    body = (f"Client intake - immigration\nApplicant: {applicant.full()}, born {g.birth_date()}\n"
            f"Passport: {g.passport(origin)} (issued {g.date((2016, 2024))})\nNational ID: {g.national_id(origin)}\n"
            f"Home address: {g.address(origin)}\nUK address: {g.address('UK')}\nSponsor: {sponsor.full()}, {g.email(sponsor)}, {g.phone('UK')}\n"
            f"Home Office ref: {g.case_number()}\nNotes: consider {k[0]}; {k[1]} may apply.")
    answer = f"Applicant {applicant.full()}, sponsored by {sponsor.full()}; advice to consider {k[0]}."
    return "Prepare a short file note from this intake.", body, answer


def pharmacy_fax(g: Gen) -> tuple[str, str, str]:
    country = g.pick(("US", "AU"))
    pt, prescriber, pharmacist = g.person(country=country), g.person(country=country), g.person("word_names", country)
    k = g.keep(CLINICAL, 2)
    ident = g.insurance(country)
    body = (f"FAX  To: {g.pick(('Westside', 'Harbour', 'Riverbend'))} Pharmacy  Fax: {g.phone(country)}  From: {prescriber.titled()}\n"
            f"Phone: {g.phone(country, extension=True)}  Date: {g.date()}\n\nPatient: {pt.full()}   DOB: {g.birth_date()}\n"
            f"Member ID: {ident}\nAddress: {g.address(country)}\n\nRx: {k[0]}. Also {k[1]}.\nPrescriber {g.licence()}\n"
            f"Questions: ask for {pharmacist.first_only()} on {g.extension()}.")
    answer = f"Prescription for {pt.full()} from {prescriber.titled()}: {k[0]}."
    return "Read the fax and state the prescription.", body, answer


def vaccination_record(g: Gen) -> tuple[str, str, str]:
    country = g.pick(("UK", "IE", "CA", "AU", "NL", "DK"))
    child, parent, nurse = g.person(country=country), g.person(country=country), g.person(country=country)
    k = g.keep(VACCINES, 3)
    body = (f"Immunisation record for {child.full()} (DOB {g.birth_date()}), record no. {g.mrn()}\n"
            f"Parent/guardian: {parent.full()}, {g.phone(country)}, {g.email(parent)}\nAddress: {g.address(country)}\n\n"
            f"{g.date()}: {k[0]} and {k[1]} given, left thigh, by {nurse.full()}.\n{g.date()}: {k[2]} given.")
    answer = f"{child.first_only()} has had {k[0]}, {k[1]} and {k[2]}; contact {parent.full()}."
    return "List the vaccines given and who to contact.", body, answer


DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {
    "referral_email": referral_email, "nordic_discharge": nordic_discharge, "arztbrief": arztbrief,
    "intake_form": intake_form, "opd_slip": opd_slip, "triage_note": triage_note, "court_transcript": court_transcript,
    "insolvency_email": insolvency_email, "witness_statement": witness_statement,
    "immigration_intake": immigration_intake, "pharmacy_fax": pharmacy_fax, "vaccination_record": vaccination_record,
}  # fmt: skip


# ---------------------------------------------------------------- records


def unmark(marked: str, path: str) -> tuple[str, list[Span], list[str]]:
    spans = [Span(path, m.group(1), m.group(2)) for m in _LABEL.finditer(marked)]
    return _KEEP.sub(r"\1", _LABEL.sub(r"\2", marked)), spans, _KEEP.findall(marked)


def to_record(doc: tuple[str, str, str], kind: str, doctype: str, rng: random.Random) -> Blind2Record:
    task, body, answer = doc
    if kind == "text":
        fields = [("text", f"{body}\n\n{answer}")]
    elif kind == "instruction":
        fields = [("instruction", task), ("input", body), ("output", answer)]
    else:
        roles = (["system"] if rng.random() < 0.5 else []) + ["user", "assistant"]
        texts = ([rng.choice(SYSTEM_PROMPTS)] if len(roles) == 3 else []) + [f"{task}\n\n{body}", answer]
        fields = [(f"messages[{i}].content", t) for i, t in enumerate(texts)]
    pii: list[Span] = []
    keep: list[str] = []
    plain: dict[str, str] = {}
    for path, marked in fields:
        plain[path], spans, terms = unmark(marked, path)
        pii += spans
        keep += [t for t in terms if t not in keep]
    if kind == "chat":
        record: dict[str, Any] = {"messages": [{"role": r, "content": plain[f"messages[{i}].content"]} for i, r in enumerate(roles)]}
    else:
        record = dict(plain)
    return Blind2Record(kind, doctype, record, pii, keep)


def perfect_scrub(r: Blind2Record) -> dict[str, Any]:
    """What removing exactly the labelled spans, never touching a protected term, would return."""

    def scrub(path: str, text: str) -> str:
        guards = {f"\x00{i}\x00": t for i, t in enumerate(sorted(r.keep, key=len, reverse=True))}
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


def sound(r: Blind2Record) -> bool:
    untouched, perfect = evaluate([r], [r.record], scorer=AS_WRITTEN), evaluate([r], [perfect_scrub(r)], scorer=AS_WRITTEN)
    return (untouched.leaks == untouched.spans > 0 and untouched.kept == untouched.protected > 0
            and perfect.leaks == 0 and perfect.kept == perfect.protected)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind2Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
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


def entity_counts(records: list[Blind2Record]) -> Counter[str]:
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
