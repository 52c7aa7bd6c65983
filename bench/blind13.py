"""Thirteenth blind scrubbing corpus: twenty English-language registers, mostly narrative, dense in organisations and places, from fourteen new places.

    python bench/blind13.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind13.py --out blind13.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber
rule, no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only
bench/blind3.py's soundness check, through fedtune.scrubbing.evaluate). Its templates are bench/blind12.py's and bench/blind3.py's
records, labels and soundness check. Unlike bench/blind12.py (half wire formats), every register here is prose or a semi-structured
English document, because organisations and places are the entity kinds that leak most: ten clinical (a Cornish GP's referral to
the Royal Cornwall Hospital with a farm address and a direction to find it; a Hawaiʻi Island nurse's handover through
speech-to-text, lower case and unpunctuated; a Tasmanian hospice social worker's case note; an Isle of Wight physiotherapist's SOAP
note; an Alaskan village-to-hub patient care report; minutes of a Shetland multi-agency child protection case conference, with the
council, the health board, schools, a housing association, charities and a police unit; a Nunavut community health nurse's
referral of a pupil; a Newfoundland pharmacist's interventions log; a Goan hospital's discharge letter to a care home; a site
monitoring visit report from a Sabah hospital in a vaccine trial) and ten legal and social (a First-tier Tribunal (Mental Health)
decision on an Isle of Wight patient; an Employment Tribunals (Scotland) judgment from Orkney; a Tasmania Police witness statement;
a Penzance solicitor's attendance note of a call with a client on the Isles of Scilly; a deposition transcript in a Hawaiʻi
negligence suit; a children's guardian's final analysis to the Family Court at Truro; a St. John's tenant's letter about mould and
a deposit; a Shetland executor's inventory of an estate; a loss adjuster's report on cyclone damage in the Kimberley; an
independent medical assessment for the Yukon's workers' compensation board). STRUCTURED names the eight semi-structured ones
(forms, logs, minutes, inventories, transcripts), NARRATIVE the twelve in prose.

Identifiers follow the public descriptions of their formats, with the check digits computed: NHS numbers (weights 10 to 2, modulo
11, a remainder giving 10 never issued), Scotland's CHI numbers (the birth date DDMMYY, two digits, a ninth digit even for a woman,
the NHS check), Australian Medicare card numbers (first digit 2 to 6, the ninth digit the first eight weighted 1, 3, 7, 9 modulo 10,
an issue number), Australian tax file numbers (weights 1, 4, 3, 7, 5, 8, 6, 9, 10, modulo 11), Australian Business Numbers (one
taken from the first digit, weights 10, 1, 3 ... 19, modulo 89), Canadian social insurance numbers (Luhn), Aadhaar numbers
(Verhoeff), US National Provider Identifiers (Luhn over 80840 and the number) and UK IBANs (ISO 13616). Drawn in their published
patterns, with no public check: Malaysian MyKad numbers (YYMMDD, a Sabah place-of-birth code 12 or 47 to 49, four digits, the last
odd for a man), UK National Insurance numbers (the prefix letters' exclusions, six digits, A to D), HCPC registrations (PH and six
digits), Companies House numbers for Scottish companies (SC and six digits), Employment Tribunal (Scotland) case numbers (41, five
digits, the year), Hawaiʻi circuit court civil numbers (3CCV, the year, seven digits), care proceedings numbers (the court's two
letters, the year, C, five digits), First-tier Tribunal mental health references (MP/year/five digits), US social security numbers,
Alaska Medicaid numbers (ten digits) and Newfoundland MCP numbers (twelve digits). Where the author found no public description,
numbers are drawn as stated here: GMC numbers (seven digits), Nunavut health cards (1 and eight digits), Yukon health care numbers
(nine digits), Centrelink CRNs (nine digits and a letter), ABHA numbers (91 and twelve digits in groups), Goa Medical Council
registrations (GMC- and four digits), Sabah trial subjects (four digits) and sites (three digits), Malaysian company numbers (the year,
01, six digits), Tasmanian driving licences (a letter and five digits) and plates (a letter, two digits, two letters), Alaska
paramedic certificates (P and five digits), police, incident, claim, policy, title, croft, prescription, matter and employee
numbers of each place as each template writes them, Australian bank accounts as a BSB and eight digits.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them or of their nicknames in the name
lists of bench/blind2.py to bench/blind12.py: checked when this module loads): Cornish, Isle of Wight and southern English (with
hyphenated surnames), Shetland and Orkney (Norse given names, Mc and Mac surnames), Yup'ik Alaskan (English and Russian Orthodox
given names), Hawaiian (with the ʻokina and kahakō) and Okinawan-Hawaiian surnames, Yukon (First Nations surnames that are given
names: Charlie, Jack, Sam, Johnny), Inuit (Nunavut), Newfoundland (Irish surnames with O'), Tasmanian (and Palawa surnames),
Kimberley Aboriginal (Bin Sali with its particle), Kadazan-Dusun (Sabah) and Goan (Portuguese Catholic and Konkani Hindu surnames).
Hard cases: names in lower case in the speech-to-text handover (and a spoken date, "march third"), possessives (Kainoa's, the 's
outside the span), names that are common words (Brook, Rush, Bell, Fox, Wren, Heath, Snow, Finch, Drake, Pike, Flint, Power,
Squires, Groom, Couch, Active, Jack), surnames that are place names in the same islands (Firth, Rendall), hyphenated surnames,
O', Mc and Mac surnames, the ʻokina, surnames in capitals (captions, inventories) and surname first with a comma (logs), initials,
nicknames (Mansie for Magnus, Wishie for Aloysius), and people's names inside organisations (Dr. Charles S. Curtis Memorial Hospital,
Peter Pitseolak School, Humphry Davy School, St Piran's Primary School, Leo Ussak Elementary School, Hospital Duchess of Kent);
organisations named after places (Royal Cornwall Hospital, Shetland Islands Council, Hilo Benioff Medical Center, Huon Valley Medical
Centre), places inside organisation names beside the same place alone, organisations in capitals (a caption) and spoken in lower
case, hamlets, crofts and farms (Nether Bigging, Quoyness, Trewince Farm), rural route and box addresses (Site 4 Comp 12, RR 1; PO
Box 231; RSD 40 Lilydale Road; Lot 12 Coolibah Drive), and directions (the farm past the Crowan turnoff, the shed at Twelve Mile).

Labelling rules are bench/blind12.py's (which extend bench/blind11.py's): the body that issues a number stays outside its span;
social-security, tax, insurance, citizen and identity-card numbers are NATIONAL_ID, numbers that exist for health care HEALTH_ID,
professional registrations, an individual's NPI, driving licences and vehicle plates LICENSE_NUMBER, file, claim, court, incident,
prescription and matter numbers CASE_NUMBER, staff numbers, insurance policies and bank accounts without an IBAN ACCOUNT_NUMBER, a
pupil's number STUDENT_ID, an ABN and a company's registration COMPANY_REGISTRATION; hospitals, wards, clinics, practices, local
courts and tribunals sitting in a place, prisons, schools, councils, housing associations, charities, firms, insurers paying a claim
and employers are ORGANIZATION, whole, even when they carry a person's or a place's name, while national and territorial bodies (Cafcass,
the Crofting Commission, Centrelink, Tasmania Police, the First-tier Tribunal, the Employment Tribunals, the Yukon
Workers' Safety and Compensation Board) are left unlabelled; clock times, ages and years on their own are
not labelled, a date with its time is one DATE_TIME; titles (Dr, Judge, Constable) stay outside a person's span; a street address
on one line is one LOCATION, the town with its postcode another, a hamlet, island, county, state or region written out its own,
while US state, Canadian province and Australian state codes and countries are not labelled; money amounts, ICD-10 codes, drug
regimens, clinical scales and scores, lab values with units, statutes and case citations are protected terms. New calls for this
corpus: a name, an organisation, a place or a date spoken in lower case by speech-to-text is labelled as spoken; a possessive's 's
stays outside the span; in a direction (the farm past the Crowan turnoff) only the named place is LOCATION; a farm's, croft's or
field's name is LOCATION; a trial's site number is ORGANIZATION (like a facility code) and a subject's number HEALTH_ID, while the
protocol number and a kit number are not labelled; a land register title number and a registered croft's number are CASE_NUMBER; a
ward with its number is ORGANIZATION, a bed number is not labelled; a hospital's department line (Department of Medicine, Unit 3) is
not labelled; the Family Court sitting at a town and a circuit court are ORGANIZATION in a caption; a legal register named in
running text (the Books of Council and Session) is a protected term. Records, labels and the soundness check are bench/blind3.py's.

Earlier corpora, for comparison (from their docstrings): bench/blind.py and bench/blind2.py (referral e-mails, Nordic, German,
Polish, Indian, Canadian and US papers), bench/blind3.py (Australia, South Africa, Italy, France, Japan, Korea, Brazil, the US,
Turkey, Greece, the Philippines), bench/blind4.py (Ireland, New Zealand, Ontario, Spain, the Netherlands, Sweden, Scotland, India,
Singapore, Mexico), bench/blind5.py (central and northern Europe, Israel, Ukraine, China), bench/blind6.py (India, Nigeria, Kenya,
South Africa, south-east Asia, the Gulf, the Northern Territory, Latin America), bench/blind7.py (Quebec, Malaysia, the Balkans,
Myanmar, Hong Kong, Vietnam, Iceland, Estonia, Andalusia, Colombia, Ghana, Kazakhstan, Taiwan, Portugal, Manitoba, Peru),
bench/blind8.py (twenty more, among them Northland New Zealand and the Western Isles), bench/blind9.py (Wales, Malta, Northern
Ireland, Jamaica, Uganda, Lebanon and fourteen more; speech-to-text, SMS, OCR), bench/blind10.py (machine formats; Sri Lanka to the
Isle of Man), bench/blind11.py (semi-structured files; Papua New Guinea to Suriname, Jersey and Guernsey) and bench/blind12.py (wire
formats; Gibraltar, Saint Lucia, Vanuatu, the Marshall Islands, Cyprus, the Faroes, Puerto Rico, Georgia, Cambodia, Mongolia, South
Sudan, Slovakia, Madagascar, Armenia). None of them visited Cornwall and the Isles of Scilly, the Isle of Wight, Shetland, Orkney,
Alaska, Hawaiʻi, the Yukon, Nunavut (bench/blind4.py wrote an Iqaluit postcode), Newfoundland, Tasmania, the Kimberley, Sabah or Goa;
none wrote a multi-agency case conference, a deposition, an estate inventory, a loss adjuster's report or a trial monitoring report.
"""
from __future__ import annotations

import datetime
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

import blind3  # bench/, beside this script
import blind9
import blind10
import blind12
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Kadazan-Dusun surnames are often the father's given name; a Kimberley family may carry "Bin Sali".
PEOPLE = {
    "kw": (("Morwenna", "Demelza", "Loveday", "Jenna", "Kerensa", "Wenna", "Elowen", "Senara", "Lowenna", "Ysella"),
           ("Jago", "Piran", "Cador", "Kitto", "Treve", "Denzil", "Perran", "Ruan", "Jowan", "Petroc"),
           ("Trelawny", "Penhaligon", "Chenoweth", "Pascoe", "Rowse", "Hocking", "Trevorrow", "Nankervis", "Polglase", "Trebilcock",
            "Bolitho", "Angove", "Jory", "Couch", "Opie", "Hosking", "Rosewarne", "Pengelly", "Curnow", "Vosper")),
    "iw": (("Beatrix", "Clemency", "Eglantine", "Cressida", "Lavender", "Posy", "Perdita", "Thirza", "Keziah", "Annabel"),
           ("Crispian", "Tobias", "Lysander", "Hereward", "Cosmo", "Fenwick", "Edmund", "Tristan", "Mick", "Rory"),
           ("Brook", "Rush", "Bell", "Fox", "Wren", "Heath", "Snow", "Finch", "Drake", "Pike", "Flint", "Blake-Holloway",
            "Whitcombe-Lacey", "Mew", "Jolliffe", "Urry", "Dyer", "Buckett", "Attrill", "Cheverton")),
    "sz": (("Thora", "Ragna", "Osla", "Williamina", "Jemima", "Maree", "Lowra", "Merran", "Oddny", "Mimie"),
           ("Magnus", "Ertie", "Lowrie", "Tammie", "Arne", "Thorvald", "Hakki", "Tammas", "Gibbie", "Jeemie"),
           ("Tulloch", "Laurenson", "Halcrow", "Jamieson", "Isbister", "Manson", "Irvine", "Goudie", "Polson", "Ratter", "Williamson",
            "Georgeson", "Mouat", "Inkster", "Nicolson", "Hughson", "Tait", "Leask", "Abernethy", "McNeish")),
    "ok": (("Sigrid", "Ingirid", "Sheona", "Edda", "Thorhild", "Signy", "Birgit", "Teenie", "Bawbie", "Maggie"),
           ("Sigurd", "Erlend", "Thorfinn", "Rognvald", "Hakon", "Ketil", "Ottar", "Svein", "Ljot", "Harald"),
           ("Rendall", "Linklater", "Heddle", "Drever", "Harcus", "Firth", "Bews", "Clouston", "Muir", "Sclater", "Scarth", "Rorie",
            "Kirkness", "Baikie", "Omand", "Corrigall", "Eunson", "Hourston", "MacLennan", "McTavish")),
    "ak": (("Paniguaq", "Cingarkaq", "Nuniq", "Agafia", "Olinka", "Nastasia", "Ulrika", "Cecelia", "Evelina", "Martina"),
           ("Evon", "Alexie", "Wassily", "Moses", "Sinka", "Nicolai", "Keeluk", "Yako", "Nick", "Nuka"),
           ("Active", "Kawagley", "Wassillie", "Angaiak", "Nicori", "Kanuk", "Kasayulie", "Chikigak", "Tikiun", "Paukan", "Nanalook",
            "Kameroff", "Kashatok")),
    "hi": (("Leilani", "Noelani", "Maile", "Kalena", "Pualani", "ʻIolana", "Mahina", "Haunani", "Kēhau", "Kapua"),
           ("Kainoa", "Keoni", "Kekoa", "Makoa", "Ikaika", "Kaleo", "Keahi", "Kamaka", "Nalu", "Kawika"),
           ("Kealoha", "Kahananui", "Akana", "Kaʻupu", "Nāone", "Kahale", "Kamakau", "Kekumu", "Keliʻihoʻomalu", "Aiona", "Kanahele",
            "Mahoe", "Kapule", "Kahoʻohanohano", "Higa", "Arakaki", "Miyashiro", "Oshiro", "Tamashiro")),
    "yt": (("Shirleen", "Ardelle", "Coralee", "Lavonne", "Darla", "Maxine", "Tracie", "Bonnie"),
           ("Elwood", "Norval", "Vern", "Dougie", "Rudy", "Gus", "Lyle", "Percy"),
           ("Charlie", "Jack", "Sam", "Smarch", "Tizya", "Njootli", "Netro", "Kassi", "Johnny", "Fortin", "Dolan", "McGrath")),
    "nu": (("Ooleepeeka", "Leesee", "Elisapee", "Qapik", "Oopah", "Meeka", "Pitsiula", "Aaluk", "Malaya", "Annie"),
           ("Jaypeetee", "Pauloosie", "Iqaqsaq", "Simeonie", "Jamesie", "Solomonie", "Joanasie", "Pitseolak", "Lootie"),
           ("Akpaliapik", "Kilabuk", "Ishulutak", "Nuqingaq", "Qaunaq", "Arnaquq", "Pudlat", "Akeeagok", "Kunuk", "Peterloosie",
            "Ootoova", "Kootoo", "Ipeelee", "Alookee", "Angnakak", "Qumuatuq", "Kublu")),
    "nl": (("Bride", "Geraldine", "Gertie", "Loretta", "Colleen", "Theresa", "Mona", "Vina", "Lavina"),
           ("Cyril", "Lar", "Pius", "Ches", "Gerald", "Aloysius", "Wince", "Alphonsus", "Loyola"),
           ("O'Keefe", "O'Rielly", "O'Quinn", "Hynes", "Keough", "Power", "Furey", "Foley", "Tobin", "Noseworthy", "Pittman", "Snook",
            "Crocker", "Hiscock", "Squires", "Penney", "Mercer", "Rideout", "Stoodley", "Kearley", "Marche", "O'Dea")),
    "ts": (("Amity", "Georgie", "Indi", "Kasey", "Shaylee", "Tayla", "Darcie", "Raylene", "Nerida", "Kylee"),
           ("Jed", "Flynn", "Kade", "Tully", "Bailey", "Clancy", "Jaxon", "Hayden", "Cooper", "Mitchell"),
           ("Bisdee", "Hortle", "Direen", "Cuthbertson", "Lonergan", "Huxtable", "Rockliff", "Groom", "Triffitt", "Brumby", "Pybus",
            "Weeding", "Mansell", "Everett")),
    "kb": (("Cherelle", "Shantelle", "Delvene", "Tarni", "Shakira", "Nakita", "Jacqui", "Marlee", "Tenille", "Krystal"),
           ("Jarred", "Troy", "Gerrard", "Nathaniel", "Lenny", "Shane", "Darryl", "Kirby", "Ashton", "Jaydon"),
           ("Nargoodah", "Djiagween", "Shadforth", "Sampi", "Puertollano", "Kogolo", "Chulung", "Ningamara", "Jadai", "Bin Sali", "Roe",
            "Cox", "Dann")),
    "sb": (("Jovilyn", "Juliana", "Marylin", "Jenifah", "Felicia", "Lynette", "Beverly", "Juvita", "Elvina"),
           ("Ewon", "Rayner", "Jaujan", "Joannes", "Clarence", "Jeffrey", "Maximus", "Bonaventure", "Wilfred", "Masidi"),
           ("Kitingan", "Majimbun", "Sipaun", "Ongkili", "Tangau", "Lojuki", "Ginsos", "Guntabid", "Sumbing", "Madius", "Gontusan",
            "Jomitin")),
    "ga": (("Marietta", "Ludovina", "Benedita", "Piedade", "Esperança", "Querubina", "Sunanda", "Vaishali", "Shubhada", "Prajakta"),
           ("Agnelo", "Caetano", "Anacleto", "Olavo", "Felix", "Ubaldo", "Lucio", "Menino", "Sagun", "Dattaprasad"),
           ("Gracias", "Mascarenhas", "Braganza", "Faleiro", "Furtado", "Sequeira", "Vaz", "Noronha", "Azavedo", "Colaço", "Menezes",
            "Naik", "Kamat", "Prabhu", "Sawant", "Shirodkar", "Dessai", "Kenkre", "Gaonkar", "Velingkar", "Barreto", "Coutinho")),
}
NICKNAMES = {"Magnus": "Mansie", "Williamina": "Minnie", "Aloysius": "Wishie", "Kawika": "Kawi", "Bonaventure": "Bona", "Theresa": "Tessie",
             "Gerald": "Gerry", "Lysander": "Zan", "Caetano": "Tano", "Cecelia": "Celie", "Jaypeetee": "JP"}  # fmt: skip
HAWAIIAN = {"hi"}
PARTICLES = blind12.PARTICLES | {"bin"}


def fold13(text: str) -> str:
    return blind12.fold12(text.replace("ʻ", "").replace("ç", "c").replace("ā", "a").replace("ē", "e"))


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold13(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind12.py."""
    return blind12.earlier_names() | blind12.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [n for n in NICKNAMES.values() if not re.fullmatch(r"[A-Z]{2}", n)]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
assert not {w for n in NICKNAMES for w in name_words(n)} - own_names(), "a nickname of a name not in the lists"


@dataclass
class Person:
    first: str
    last: str
    culture: str
    female: bool

    def plain(self) -> str:
        return f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def given(self) -> str:
        return L("PERSON", self.first)

    def sur(self) -> str:
        return L("PERSON", self.last)

    def poss(self, full: bool = False) -> str:
        """A possessive: the name labelled, the 's left outside ("Kainoa's")."""
        return (self.full() if full else self.given()) + "'s"

    def formal(self) -> str:
        return f"{'Ms' if self.female else 'Mr'} {self.sur()}"

    def caps(self) -> str:
        return L("PERSON", self.plain().upper())

    def comma(self) -> str:
        return L("PERSON", f"{self.last.upper()}, {self.first}")

    def initial(self) -> str:
        return L("PERSON", f"{self.first[0]}. {self.last}")

    def initials(self) -> str:
        return L("PERSON", "".join(w[0] for w in re.split(r"[\s\-'ʻ]+", self.plain()) if w and w[0].isupper()))

    def spoken(self, surname: bool = True) -> str:
        """As speech-to-text writes a name: lower case, no ʻokina or apostrophe kept apart."""
        return L("PERSON", (self.plain() if surname else self.first).lower())

    def nick(self) -> str:
        return L("PERSON", NICKNAMES.get(self.first, self.first))

    def ascii(self) -> tuple[str, str]:
        return (re.sub(r"[^a-z]", "", fold13(self.first).lower()), re.sub(r"[^a-z]", "", fold13(self.last).lower()))


EN_MONTHS = blind9.EN_MONTHS
ORDINAL = blind9.blind8.nth
SPOKEN_DAYS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
               "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
               "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth",
               "twenty ninth", "thirtieth", "thirty first")
UK_STYLE = {"kw", "iw", "sz", "ok", "ts", "kb", "ga", "sb"}
US_STYLE = {"ak", "hi"}

# ---------------------------------------------------------------- identifiers: check digits from the formats' public descriptions

luhn = blind9.luhn
iban = blind9.iban  # ISO 13616
npi_digit = blind12.npi_digit


def nhs_digit(nine: str) -> int | None:
    """NHS number (England, Wales, Isle of Man) and CHI number (Scotland): weights 10 down to 2, 11 minus the remainder modulo 11
    (11 becomes 0); None where it would be 10, a number never issued."""
    d = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
    return None if d == 10 else d % 11


def medicare_digit(eight: str) -> int:
    """Australian Medicare card: the ninth digit is the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9, modulo 10."""
    return sum(int(c) * w for c, w in zip(eight, (1, 3, 7, 9, 1, 3, 7, 9))) % 10


TFN_WEIGHTS = (1, 4, 3, 7, 5, 8, 6, 9, 10)
ABN_WEIGHTS = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)


def tfn_ok(n: str) -> bool:
    """Australian tax file number: nine digits weighted 1, 4, 3, 7, 5, 8, 6, 9, 10, the sum divisible by 11."""
    return len(n) == 9 and sum(int(c) * w for c, w in zip(n, TFN_WEIGHTS)) % 11 == 0


def abn_ok(n: str) -> bool:
    """Australian Business Number: one taken from the first digit, weights 10, 1, 3 ... 19, the sum divisible by 89."""
    digits = [int(c) for c in n]
    digits[0] -= 1
    return len(n) == 11 and sum(d * w for d, w in zip(digits, ABN_WEIGHTS)) % 89 == 0


VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1), (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))  # fmt: skip
VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1), (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))  # fmt: skip
VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(digits: str) -> str:
    """The Verhoeff check digit (Aadhaar's twelfth digit): the dihedral group D5's table, the permutation applied by position."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


assert nhs_digit("943476591") == 9 and medicare_digit("21234567") == 0 and tfn_ok("123456782") and abn_ok("51824753556")
assert verhoeff_digit("236") == "3" and luhn("04645428") == "6" and npi_digit("123456789") == "3"
assert iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"

PHONES = {
    "kw": ("01872 2#####", "01736 7#####", "07### ######", "+44 7### ######", "01209 ######"),
    "iw": ("01983 5#####", "07### ######", "+44 1983 8#####", "01983 29####"),
    "sz": ("01595 69####", "01806 5#####", "07### ######", "+44 1595 7#####"),
    "ok": ("01856 87####", "01857 6#####", "07### ######", "+44 1856 8#####"),
    "ak": ("(907) 543-####", "907-###-####", "(907) 5##-####"),
    "hi": ("(808) 9##-####", "808-###-####", "(808) 3##-####"),
    "yt": ("(867) 667-####", "867-###-####", "(867) 39#-####"),
    "nu": ("(867) 979-####", "867-###-####", "(867) 473-####"),
    "nl": ("(709) ###-####", "709-###-####", "(709) 6##-####"),
    "ts": ("(03) 62## ####", "04## ### ###", "+61 3 64## ####", "0417 ### ###"),
    "kb": ("(08) 919# ####", "04## ### ###", "(08) 916# ####", "+61 8 9168 ####"),
    "sb": ("+60 88-### ###", "088-### ###", "01#-### ####", "+60 1#-### ####"),
    "ga": ("+91 98### #####", "0832 2######", "98### #####", "+91 832 27#####"),
}  # fmt: skip


# ---------------------------------------------------------------- the generator


class Gen(Draw):
    """bench/blind3.py's draws, with this corpus's people, dates and identifiers; every method returns marked text."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.used: set[str] = set()

    # people

    def _name(self, pool: tuple[str, ...]) -> str:
        free = [n for n in pool if not name_words(n) & self.used]
        if not free:
            raise RuntimeError("no free name left in this document")
        name = self.pick(free)
        self.used |= name_words(name)
        return name

    def person(self, culture: str, female: bool | None = None) -> Person:  # type: ignore[override]
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        return Person(self._name(women if female else men), self._name(surnames), culture, female)

    def relative(self, p: Person, female: bool) -> Person:
        """A spouse or child who carries the family name."""
        r = self.person(p.culture, female)
        r.last = p.last
        return r

    def firm(self, culture: str) -> str:
        return self._name(PEOPLE[culture][2])

    # dates

    def ymd(self, first: int = 1935, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def base(self, first: int = 2023, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        mon = EN_MONTHS[m - 1]
        if cc in US_STYLE:
            return self.pick((f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}"))
        if cc in UK_STYLE:
            extra = (f"{d:02d}-{m:02d}-{y}",) if cc in ("ga", "sb") else ()
            return self.pick((f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{ORDINAL(d)} {mon} {y}", f"{d} {mon[:3]} {y}") + extra)
        return self.pick((f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d} {mon} {y}"))

    def day(self, cc: str, date: datetime.date, offset: int = 0) -> str:
        d = date + datetime.timedelta(days=offset)
        return L("DATE_TIME", self.fmt(cc, d.year, d.month, d.day))

    def dob(self, cc: str, ymd: tuple[int, int, int]) -> str:
        return L("DATE_TIME", self.fmt(cc, *ymd))

    def clock(self, hour: int | None = None) -> str:
        hour = self.rng.randint(0, 23) if hour is None else hour
        return f"{hour:02d}:{self.rng.randint(0, 59):02d}"

    def stamp(self, cc: str, date: datetime.date, hour: int | None = None) -> str:
        return L("DATE_TIME", f"{self.fmt(cc, date.year, date.month, date.day)} {self.clock(hour)}")

    def spoken_day(self, date: datetime.date) -> str:
        return L("DATE_TIME", f"{EN_MONTHS[date.month - 1].lower()} {SPOKEN_DAYS[date.day - 1]}")

    # contact details and places

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern)

    def phone(self, cc: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[cc])))

    def email(self, p: Person, domain: str) -> str:
        first, last = p.ascii()
        local = self.pick((f"{first}.{last}", f"{first}{last[0]}{self.digits(2)}", f"{first[0]}{last}", f"{last}.{first}", f"{first}_{last}"))
        return L("EMAIL_ADDRESS", f"{local}@{domain}")

    def fill(self, template: str) -> str:
        return template.format(n=self.rng.randint(2, 180), k=self.rng.randint(1, 40), m=self.rng.randint(1, 9), X=self.letters(1),
                               t=self.digits(3), d=self.digits(1), L2=self.letters(2), a=self.pick("ABCDEFGHJKLMNPRSTUWXY"))

    def place(self, templates: tuple[str, ...]) -> str:
        return L("LOCATION", self.fill(self.pick(templates)))

    def loc(self, text: str) -> str:
        return L("LOCATION", text)

    def org(self, text: str) -> str:
        return L("ORGANIZATION", text)

    def uk_postcode(self, area: str) -> str:
        return f"{area} {self.digits(1)}{self.letters(2).replace('I', 'A')}"

    def url_for(self, p: Person) -> str:
        first, last = p.ascii()
        return L("URL", self.pick((f"https://www.dropbox.com/sh/{self.hexa(15)}/{last}-boundary-photos?dl=0",
                                   f"https://photos.app.goo.gl/{self.hexa(6).upper()}{self.digits(3)}{first}",
                                   f"https://www.facebook.com/{first}.{last}.{self.digits(3)}")))

    def hexa(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    # identifiers with a published check

    def nhs_number(self, spaced: bool = True) -> str:
        while True:
            nine = self.pick("4679") + self.digits(8)
            check = nhs_digit(nine)
            if check is not None:
                n = f"{nine}{check}"
                return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n

    def chi_number(self, ymd: tuple[int, int, int], female: bool) -> str:
        """Scotland's CHI number: the birth date DDMMYY, two digits, a ninth digit even for a woman and odd for a man, the NHS check."""
        y, m, d = ymd
        while True:
            nine = f"{d:02d}{m:02d}{y % 100:02d}{self.digits(2)}{self.pick('02468' if female else '13579')}"
            check = nhs_digit(nine)
            if check is not None:
                return f"{nine}{check}"

    def medicare(self) -> str:
        """An Australian Medicare card number: first digit 2 to 6, seven more, the check digit and the issue number."""
        eight = self.pick("23456") + self.digits(7)
        return f"{eight[:4]} {eight[4:]}{medicare_digit(eight)} {self.pick('123')}"

    def tfn(self) -> str:
        while True:
            eight = self.digits(8)
            last = sum(int(c) * w for c, w in zip(eight, TFN_WEIGHTS)) % 11  # 10 * d = -d modulo 11
            if last < 10 and eight[0] != "0":
                n = eight + str(last)
                assert tfn_ok(n)
                return f"{n[:3]} {n[3:6]} {n[6:]}"

    def abn(self) -> str:
        rest = self.digits(9)
        for first in self.rng.sample(range(10, 100), 90):
            n = f"{first}{rest}"
            if abn_ok(n):
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"
        return self.abn()

    def sin(self) -> str:
        eight = self.pick("1234567") + self.digits(7)
        n = eight + luhn(eight)
        return self.pick((f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n))

    def aadhaar(self) -> str:
        eleven = self.pick("23456789") + self.digits(10)
        n = eleven + verhoeff_digit(eleven)
        return f"{n[:4]} {n[4:8]} {n[8:]}"

    def npi(self) -> str:
        nine = "1" + self.digits(8)
        return nine + npi_digit(nine)

    def gb_iban(self) -> str:
        n = iban("GB", self.pick(("BOFS", "RBOS", "CLYD", "NWBK", "LOYD", "BARC")) + self.digits(6) + self.digits(8))
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if self.rng.random() < 0.6 else n

    # identifiers drawn in their published patterns (no public check)

    def mykad(self, ymd: tuple[int, int, int], female: bool) -> str:
        """A Malaysian MyKad number: the birth date YYMMDD, a place-of-birth code (12 and 47 to 49 for Sabah), three digits and a last
        digit odd for a man and even for a woman."""
        y, m, d = ymd
        return f"{y % 100:02d}{m:02d}{d:02d}-{self.pick(('12', '47', '48', '49'))}-{self.digits(3)}{self.pick('02468' if female else '13579')}"

    def nino(self) -> str:
        """A UK National Insurance number: two prefix letters (never D, F, I, Q, U or V, no O second, none of BG, GB, KN, NK, NT, TN, ZZ),
        six digits, a suffix A to D."""
        while True:
            a, b = self.rng.choice("ABCEGHJKLMNOPRSTWXYZ"), self.rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                return f"{a}{b} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.pick('ABCD')}"

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def nmc_pin(self) -> str:
        return f"{self.digits(2)}{self.letters(1)}{self.digits(4)}{self.pick('EOSWNI')}"


# ---------------------------------------------------------------- clinical registers

KW_HAMLETS = ("Nancledra", "Trewoon", "Zennor", "Crowan", "Gweek", "Mithian", "Tregony", "Ruan Minor", "St Buryan", "Porthallow", "Lanner",
              "Four Lanes", "Praze-an-Beeble", "Goldsithney", "Perranarworthal")
KW_TOWNS = (("Truro", "TR1"), ("Penzance", "TR18"), ("Camborne", "TR14"), ("Redruth", "TR15"), ("Helston", "TR13"), ("Bodmin", "PL31"),
            ("Liskeard", "PL14"), ("St Austell", "PL25"), ("Falmouth", "TR11"), ("Launceston", "PL15"))
KW_HOMES = ("{n} Chapel Terrace", "{k} Fore Street", "Trewince Farm", "Higher Bosvargus", "{k} Wesley Row", "Chy-an-Mor, {k} Cliff Road",
            "Carn View, Trevarrack", "{k} Tregenna Close", "Lower Polmorla Barn")
KW_SURGERIES = ("Carnmarth Medical Practice", "Penwith Valley Surgery", "Trengweath Surgery", "Mount's Bay Group Practice",
                "Bodriggy Health Centre", "Lizard and Meneage Surgery")
KW_REFERRALS = (("suspected giant cell arteritis", "ESR 88 mm/hr", "prednisolone 60 mg once daily", "Rheumatology"),
                ("a new murmur and breathlessness", "NT-proBNP 2,140 ng/L", "furosemide 40 mg once daily", "Cardiology"),
                ("iron deficiency anaemia with weight loss", "haemoglobin 92 g/L", "ferrous fumarate 210 mg twice daily", "Gastroenterology"),
                ("rapidly worsening memory", "MoCA 17/30", "donepezil 5 mg at night", "the Memory Assessment Service"))


def rural_gp_referral(g: Gen) -> tuple[str, str, str]:
    """A Cornish GP's referral letter to the Royal Cornwall Hospital, with a farm address and a direction to find it."""
    gp, pt, consultant, carer, nurse = g.person("kw"), g.person("kw"), g.person("kw"), g.person("kw"), g.person("kw")
    son = g.relative(pt, False)
    town, area = g.pick(KW_TOWNS)
    hamlet, turn = g.rng.sample(KW_HAMLETS, 2)
    surgery = g.pick(KW_SURGERIES)
    problem, result, drug, clinic = g.pick(KW_REFERRALS)
    day = g.base()
    dob = g.ymd(1932, 1960)
    body = (f"{g.org(surgery)}\n{g.loc(g.fill('{k} Trevithick Road'))}\n{g.loc(f'{town} {g.uk_postcode(area)}')}\nTel {g.phone('kw')}\n\n"
            f"{g.day('kw', day)}\n\nDr {consultant.full()}\n{g.org(clinic if clinic.startswith('the') else clinic + ' Department')}, "
            f"{g.org('Royal Cornwall Hospital')}, {g.loc('Treliske')}\n\nDear Dr {consultant.sur()},\n\n"
            f"Re: {pt.full()}, born {g.dob('kw', dob)}, NHS number {L('HEALTH_ID', g.nhs_number())}\n"
            f"{g.place(KW_HOMES)}, {g.loc(hamlet)}, {g.loc(f'{town} {g.uk_postcode(area)}')}\n\n"
            f"I would be grateful if you could see {pt.formal()}, who presents with {K(problem)}. Bloods last week showed {K(result)} and I have "
            f"started {K(drug)} pending your review. {'She' if pt.female else 'He'} also has {K('type 2 diabetes')} on {K('metformin 500 mg twice daily')}.\n\n"
            f"{'She' if pt.female else 'He'} lives alone on the farm past the {g.loc(turn)} turnoff; the lane is not signed and the satnav sends people "
            f"to {g.loc(g.pick(('Nancekuke', 'Carnhell Green', 'Bolenowe')))} instead. {pt.poss()} son {son.full()} "
            f"({g.phone('kw')}) drives {'her' if pt.female else 'him'} to appointments, or the community nurse {nurse.full()} from "
            f"{g.org(g.pick(('Cornwall Partnership', 'Kernow Health CIC')))} visits on Thursdays. A carer, {carer.full()} of "
            f"{g.org(g.pick(('Penwith Homecare Ltd', 'Helford Care Services', 'Carn Brea Carers Ltd')))}, comes in mornings.\n\n"
            f"{'Her' if pt.female else 'His'} {K('Clinical Frailty Scale')} score is {K('CFS 5')}. Please copy replies to {g.org('Cornwall Council')} adult social care "
            f"(case {L('CASE_NUMBER', 'ASC-' + g.digits(7))}).\n\nYours sincerely,\n\nDr {gp.full()}\nGMC {L('LICENSE_NUMBER', g.digits(7))}\n{g.email(gp, 'nhs.net')}")
    return "Summarise the referral for the triage list.", body, f"{pt.full()}: {K(problem)}; {K(result)}; started {K(drug)}."


HI_UNITS = ("3 West", "ICU", "Progressive Care", "4 East")
HI_PLACES = (("hilo", "keaau", "pahoa", "honokaa", "volcano", "papaikou"), ("leilani estates", "hawaiian paradise park", "orchidland", "fern forest"))


def handover_dictation(g: Gen) -> tuple[str, str, str]:
    """A Hawaiʻi Island nurse's end-of-shift handover through speech-to-text: lower case, no punctuation, names and places spoken."""
    off, on, pt1, pt2, charge, doc = (g.person("hi") for _ in range(6))
    wife = g.relative(pt1, True)
    day = g.base()
    unit = g.pick(HI_UNITS)
    town = g.pick(HI_PLACES[0])
    subdivision = g.pick(HI_PLACES[1])
    hospital = g.pick(("hilo medical center", "kona community hospital", "north hawaii community hospital"))
    body = (f"[Dictation, {unit}, transcribed automatically, unedited]\n\n"
            f"ok this is {off.spoken()} giving report to {on.spoken(False)} it is {g.spoken_day(day)} about seven p m "
            f"bed twelve is {pt1.spoken()} mrn {L('HEALTH_ID', g.digits(8))} sixty eight year old came up from the e d at {L('ORGANIZATION', hospital)} "
            f"last night with {K('community acquired pneumonia')} he is on {K('ceftriaxone 1 g iv daily')} and {K('azithromycin 500 mg iv daily')} "
            f"sats {K('92 percent on 2 liters')} his wife {wife.spoken(False)} is staying at their place in {L('LOCATION', subdivision)} "
            f"off {L('LOCATION', g.fill('road {n}'))} and she wants a call before the doctor rounds her number is {L('PHONE_NUMBER', g.shape('808 9## ####'))} "
            f"{pt1.spoken(False)} is a fall risk {K('morse fall scale 55')} so bed alarm on\n"
            f"bed fourteen {pt2.spoken()} from {L('LOCATION', town)} admitted {g.spoken_day(day - datetime.timedelta(days=2))} for "
            f"{K('diabetic ketoacidosis')} off the drip now on {K('insulin glargine 20 units at night')} {K('potassium 3.4')} this morning "
            f"dr {L('PERSON', doc.last.lower())} wants a repeat at midnight "
            f"{pt2.spoken(False)}'s auntie works at {L('ORGANIZATION', g.pick(('puna community medical center', 'bay clinic', 'kipuka o ke ola')))} "
            f"and keeps calling the desk please refer her to the family\n"
            f"charge nurse tonight is {charge.spoken()} extension {g.digits(4)} ok that is it {on.spoken(False)} mahalo")
    return "Turn this dictated handover into a tidy SBAR note.", body, (f"Bed 12 {pt1.full()}: {K('community acquired pneumonia')}. Bed 14 {pt2.full()}: "
                                                                       f"{K('diabetic ketoacidosis')}.")


TS_TOWNS = (("Hobart", "7000"), ("Launceston", "7250"), ("Devonport", "7310"), ("Burnie", "7320"), ("Huonville", "7109"), ("Scottsdale", "7260"),
            ("Queenstown", "7467"), ("St Helens", "7216"), ("Sorell", "7172"), ("New Norfolk", "7140"))
TS_HOMES = ("{n} Main Road", "{k} Esplanade", "{k}/{n} Bathurst Street", "{n} Huon Highway", "{k} Golconda Road", "\"Glen Dhu\", {n} Tasman Highway",
            "{k} Cygnet Coast Road", "RSD {n} Lilydale Road")


def hospice_casenote(g: Gen) -> tuple[str, str, str]:
    """A Tasmanian hospice social worker's case note: family, money, the super fund and the funeral, in prose."""
    pt, sw, daughter_in_law, gp, nurse, officer = (g.person("ts") for _ in range(6))
    partner = g.relative(pt, not pt.female)
    daughter = g.relative(pt, True)
    town, postcode = g.pick(TS_TOWNS)
    other, other_pc = g.pick([t for t in TS_TOWNS if t[0] != town])
    day = g.base()
    hospice = g.pick(("Clarence House Hospice", "Derwent Valley Palliative Care Unit", "Tamar Hospice", "Whittle Ward, Repatriation Centre"))
    body = (f"{g.org(hospice)} - Social Work Case Note\nPatient: {pt.full()}    DOB {g.dob('ts', g.ymd(1940, 1975))}    Medicare {L('HEALTH_ID', g.medicare())}\n"
            f"URN {L('HEALTH_ID', g.digits(6))}    Date: {g.day('ts', day)}    Author: {sw.full()}, social worker\n\n"
            f"Met {pt.given()} and {'her' if pt.female else 'his'} partner {partner.given()} in the family room. Diagnosis {K('metastatic pancreatic cancer')}; "
            f"{K('AKPS 40')}, on a {K('syringe driver with morphine 30 mg and midazolam 10 mg over 24 hours')}. {pt.given()} wants to die at home at "
            f"{g.place(TS_HOMES)}, {g.loc(f'{town} {postcode}')}, and asked me to ring {'her' if pt.female else 'his'} daughter {daughter.full()} in "
            f"{g.loc(other)} ({g.phone('ts')}), who has not spoken to {partner.given()} since the funeral of {daughter_in_law.full()} last year.\n\n"
            f"Money: {'she' if pt.female else 'he'} receives the {K('Age Pension')} (CRN {L('NATIONAL_ID', g.digits(9) + g.pick('ABCHJKLST'))}). "
            f"The super fund needs a {K('terminal illness')} certificate from Dr {gp.full()} ({g.org(g.pick(('Huon Valley Medical Centre', 'Esk Medical Centre', 'Sorell Family Practice')))}) "
            f"and the member's TFN {L('NATIONAL_ID', g.tfn())} before releasing about {K('A$86,400')}. Rent of {K('$310 a week')} to "
            f"{g.org(g.pick(('Housing Tasmania', 'Centacare Evolve Housing', 'Community Housing Limited')))} is two weeks behind.\n\n"
            f"Plan: home visit with the palliative care nurse {nurse.full()} from {g.org('Tasmanian Health Service South')}; "
            f"referral to {g.org(g.pick(('Anglicare Tasmania', 'Cancer Council Tasmania', 'Palliative Care Tasmania')))} for respite; "
            f"funeral pre-payment with {g.org(g.pick(('Millingtons Funeral Services', 'Clark Bros Funerals', 'Pennicott Family Funerals')))} "
            f"(quote {K('$6,950')}). {partner.given()} holds the {K('enduring power of attorney')} under the {K('Powers of Attorney Act 2000 (Tas)')}. "
            f"Centrelink contact: {officer.full()}, {g.phone('ts')}.")
    return "What are the social work actions?", body, f"Home visit with {nurse.full()}; respite referral; contact {daughter.full()}."


IW_TOWNS = (("Newport", "PO30"), ("Ryde", "PO33"), ("Cowes", "PO31"), ("Sandown", "PO36"), ("Shanklin", "PO37"), ("Ventnor", "PO38"),
            ("Freshwater", "PO40"), ("Yarmouth", "PO41"), ("Brading", "PO36"), ("Godshill", "PO38"))
IW_HOMES = ("{n} Carisbrooke Road", "{k} Pyle Street", "{k} Military Road", "Flat {k}, {n} Esplanade", "{k} Whitepit Lane", "Little Duxmore Farm",
            "{n} Node Hill", "Appuldurcombe Cottage, {k} Shorwell Shute")


def physio_soap_note(g: Gen) -> tuple[str, str, str]:
    """An Isle of Wight community physiotherapist's progress note in SOAP form after a hip replacement."""
    pt, physio, surgeon, gp, neighbour = (g.person("iw") for _ in range(5))
    town, area = g.pick(IW_TOWNS)
    day = g.base()
    op = day - datetime.timedelta(days=g.rng.randint(20, 60))
    tug = g.rng.randint(14, 28)
    body = (f"{g.org(g.pick(('Isle of Wight Community Physiotherapy', 'Physiotherapy Outpatients, St Mary’s Hospital', 'Ryde Health and Wellbeing Centre')))}\n"
            f"PROGRESS NOTE    {g.stamp('iw', day, g.rng.randint(8, 16))}\n"
            f"Patient: {pt.comma()}    NHS no. {L('HEALTH_ID', g.nhs_number())}    Hosp no. {L('HEALTH_ID', 'J' + g.digits(6))}\n"
            f"Address: {g.place(IW_HOMES)}, {g.loc(f'{town} {g.uk_postcode(area)}')}    Tel: {g.phone('iw')}\n\n"
            f"S: Day {(day - op).days} after a {K('right total hip replacement')} by {surgeon.initial()} at {g.org('St Mary’s Hospital')} on {g.day('iw', op)}. "
            f"Pain {K('NRS 3/10')} on walking. Manages stairs with one rail. {pt.given()} wants to get back to the allotment behind "
            f"{g.loc(g.pick(('Binstead Road', 'Pan Meadows', 'Wroxall Cross')))} and to drive; the neighbour, {neighbour.full()}, does the shopping meanwhile.\n"
            f"O: {K(f'Timed Up and Go {tug} seconds')}; {K('hip flexion 85 degrees')}; {K('Oxford Hip Score 29/48')}. Wound healed. Still on "
            f"{K('apixaban 2.5 mg twice daily')} until day 35.\n"
            f"A: progressing; {K('posterior hip precautions')} understood.\n"
            f"P: progress to one stick; hydrotherapy at {g.org(g.pick(('The Heights Leisure Centre', 'Medina Leisure Centre')))}, {g.loc('Sandown' if town != 'Sandown' else 'Newport')}; "
            f"review in two weeks; letter to Dr {gp.full()}, {g.org(g.pick(('East Cowes Medical Centre', 'Tower House Surgery', 'Argyll House Surgery', 'Brading and Sandown Group Practice')))}.\n\n"
            f"{physio.full()}, Specialist Physiotherapist, HCPC {L('LICENSE_NUMBER', 'PH' + g.digits(6))}")
    return "What is the plan after this physiotherapy session?", body, f"One stick, hydrotherapy, review in two weeks ({pt.full()})."


AK_VILLAGES = (("Kwethluk", "99621"), ("Akiachak", "99551"), ("Tuntutuliak", "99680"), ("Napaskiak", "99559"), ("Quinhagak", "99655"),
               ("Toksook Bay", "99637"), ("Kasigluk", "99609"), ("Nunapitchuk", "99641"))


def ambulance_pcr(g: Gen) -> tuple[str, str, str]:
    """An Alaskan village-to-hub patient care report narrative: snowmachine rescue, the clinic, the medevac flight."""
    pt, medic, partner, aide, doc, wife = g.person("ak"), g.person("ak"), g.person("ak"), g.person("ak"), g.person("ak"), g.person("ak", True)
    village, zip_code = g.pick(AK_VILLAGES)
    day = g.base()
    hr = g.rng.randint(108, 132)
    body = (f"PATIENT CARE REPORT - Incident {L('CASE_NUMBER', f'{day.year % 100}-{g.digits(5)}')}\n"
            f"Agency: {g.org(g.pick(('LifeMed Alaska', 'Guardian Flight Alaska', 'Bethel Search and Rescue')))}    Unit: Medic {g.rng.randint(1, 9)}\n"
            f"Date: {g.day('ak', day)}    Dispatch {g.clock(14)}, at patient {g.clock(15)}\n"
            f"Patient: {pt.full()}    DOB {g.dob('ak', g.ymd(1960, 2004))}    Medicaid ID {L('HEALTH_ID', g.digits(10))}\n"
            f"Home: {g.loc('PO Box ' + str(g.rng.randint(2, 400)))}, {g.loc(village)}, AK {g.loc(zip_code)}    Contact: wife {wife.given()}, {g.phone('ak')}\n\n"
            f"NARRATIVE: Called by the community health aide {aide.full()} at the {g.org(f'{village} Clinic')} for a {K('snowmachine rollover')} on the river trail "
            f"about six miles below {g.loc(village)}, past the fish camp at {g.loc(g.pick(('Three Step Mountain', 'the old Kwik cabin', 'Nelson Slough')))}. "
            f"Patient brought to the clinic by his cousin on a sled. On arrival {K('GCS 14')}, {K(f'HR {hr}')}, {K('BP 98/60')}, {K('SpO2 91% on room air')}, "
            f"tenderness left upper quadrant. {K('Ringer’s lactate 500 mL IV')}, {K('fentanyl 50 mcg IV')}. Online medical control with Dr {doc.full()} at "
            f"{g.org('Yukon-Kuskokwim Delta Regional Hospital')}, who requested transfer direct to {g.org('Alaska Native Medical Center')} in "
            f"{g.loc('Anchorage')} for a {K('suspected splenic injury')}. Fixed-wing departed {g.loc('Bethel')} {g.clock(18)}.\n\n"
            f"Crew: {medic.full()}, Paramedic, AK cert {L('LICENSE_NUMBER', 'P' + g.digits(5))}; {partner.full()}, EMT-II. medical director NPI "
            f"{L('LICENSE_NUMBER', g.npi())}.")
    return "Give the clinical handover in three lines.", body, f"{pt.full()}: {K('snowmachine rollover')}, {K('suspected splenic injury')}, to ANMC."


SZ_PLACES = (("Lerwick", "ZE1"), ("Scalloway", "ZE1"), ("Brae", "ZE2"), ("Sandwick", "ZE2"), ("Walls", "ZE2"), ("Mid Yell", "ZE2"),
             ("Baltasound", "ZE2"), ("Symbister", "ZE2"), ("Hillswick", "ZE2"), ("Bixter", "ZE2"))
SZ_HOMES = ("{k} Sandveien", "{k} Nederdale", "{n} King Harald Street", "{k} Burgh Road", "{k} Hoofields", "{k} Lochside", "Nort Hoose, Skeld",
            "{k} Staneyhill", "{k} Vaila Court", "Upper Quoy, Aith")
SZ_SCHOOLS = ("Anderson High School", "Bells Brae Primary School", "Sound Primary School", "Brae High School", "Mid Yell Junior High School",
              "Sandwick Junior High School", "Scalloway Primary School")


def safeguarding_minutes(g: Gen) -> tuple[str, str, str]:
    """Minutes of a Shetland multi-agency child protection case conference: councils, the health board, schools, housing, charities and the police."""
    child, sibling = g.person("sz"), g.person("sz")
    mother, partner = g.person("sz", True), g.person("sz", False)
    sibling.last = child.last
    chair, sw, hv, teacher, officer, housing, charity, gp, minute, nurse = (g.person(g.pick(("sz", "sz", "ok"))) for _ in range(10))
    town, area = g.pick(SZ_PLACES)
    other = g.pick([p for p, _ in SZ_PLACES if p != town])
    school = g.pick(SZ_SCHOOLS)
    day = g.base()
    dob = g.ymd(2012, 2020)
    ymd_s = g.ymd(2019, 2022)
    body = (f"{g.org('Shetland Islands Council')}\nINITIAL CHILD PROTECTION CASE CONFERENCE - MINUTE\n"
            f"Held at {g.org('Montfield Offices')}, {g.loc('Burgh Road')}, {g.loc('Lerwick')}, on {g.day('sz', day)}\n\n"
            f"Child: {child.full()}, born {g.dob('sz', dob)}, CHI {L('HEALTH_ID', g.chi_number(dob, child.female))}, pupil at {g.org(school)}\n"
            f"Sibling: {sibling.full()}, born {g.dob('sz', ymd_s)}, CHI {L('HEALTH_ID', g.chi_number(ymd_s, sibling.female))}\n"
            f"Address: {g.place(SZ_HOMES)}, {g.loc(town)}, {g.loc(g.uk_postcode(area))}\n\n"
            f"Present: {chair.full()} (Independent Chair); {sw.full()} (social worker, {g.org('Children and Families Social Work')}); {hv.full()} (health visitor, "
            f"{g.org('NHS Shetland')}); {teacher.full()} (head teacher, {g.org(school)}); {officer.full()} (detective constable, "
            f"{g.org('Lerwick Public Protection Unit')}); {housing.full()} ({g.org('Hjaltland Housing Association')}); {charity.full()} "
            f"({g.org(g.pick(('Shetland Women’s Aid', 'Barnardo’s Shetland', 'Compass Centre Shetland')))}); {mother.full()} (mother), "
            f"with her advocate from {g.org('Advocacy Shetland')}.\nApologies: Dr {gp.full()}, {g.org(g.pick(('Lerwick Health Centre', 'Brae Health Centre', 'Scalloway Health Centre')))}; "
            f"{nurse.full()}, school nurse. Minute: {minute.full()}.\n\n"
            f"1. Reason for conference. On {g.day('sz', day, -g.rng.randint(8, 20))} the police attended a domestic incident at the family home "
            f"(incident {L('CASE_NUMBER', 'PS-' + str(day.year) + g.digits(4) + '-' + g.digits(4))}). {mother.given()} disclosed that her partner {partner.full()} had assaulted her "
            f"in front of the children. {partner.given()} is on bail with a condition not to enter {g.loc(town)}.\n"
            f"2. Education. {child.poss()} attendance is {K('78%')} this term; {teacher.given()} reported {child.given()}{f' ({child.nick()} at home)' if child.first in NICKNAMES else ''} arriving hungry and asleep in class.\n"
            f"3. Development. {K('Growth below the 2nd centile')}; {sibling.given()} missed the {K('27-30 month review')}. Registration with "
            f"{g.org('Gilbertson Park Dental Practice')} has lapsed.\n"
            f"4. Accommodation. {housing.given()} confirmed a transfer to a two-bedroom flat in {g.loc(other)} is possible; rent arrears of {K('£1,240')}.\n"
            f"5. Decision. Both children's names placed on the child protection register under the categories of {K('neglect')} and {K('domestic abuse')}. "
            f"Lead professional: {sw.full()} ({g.phone('sz')}, {g.email(sw, 'shetland.gov.uk')}). Core group to meet at "
            f"{g.org('The Bruce Family Centre')} within 15 days; review conference in three months under the {K('National Guidance for Child Protection in Scotland 2021')}.\n"
            f"6. {mother.given()} said she would work with the plan and asked for help from {g.org('Shetland Citizens Advice Bureau')} with {K('Universal Credit')}.")
    return "List the decisions and who leads the plan.", body, f"Both children registered ({K('neglect')}, {K('domestic abuse')}); lead {sw.full()}."


NU_COMMUNITIES = (("Pangnirtung", "X0A 0R0"), ("Pond Inlet", "X0A 0S0"), ("Igloolik", "X0A 0L0"), ("Clyde River", "X0A 0E0"), ("Arviat", "X0C 0E0"),
                  ("Rankin Inlet", "X0C 0G0"), ("Cambridge Bay", "X0B 0C0"), ("Kinngait", "X0A 0C0"))
NU_SCHOOLS = {"Pangnirtung": "Attagoyuk Ilisavik", "Pond Inlet": "Nasivvik High School", "Igloolik": "Ataguttaaluk Elementary School",
              "Clyde River": "Quluaq School", "Arviat": "Qitiqliq Middle School", "Rankin Inlet": "Leo Ussak Elementary School",
              "Cambridge Bay": "Kiilinik High School", "Kinngait": "Peter Pitseolak School"}


def school_nurse_referral(g: Gen) -> tuple[str, str, str]:
    """A Nunavut community health nurse's referral of a pupil, from the health centre to paediatrics in Iqaluit, with the family's words."""
    kid, nurse, teacher, paed, elder = (g.person("nu") for _ in range(5))
    mother = g.relative(kid, True)
    grandmother = g.relative(kid, True)
    community, postcode = g.pick(NU_COMMUNITIES)
    school = NU_SCHOOLS[community]
    day = g.base()
    dob = g.ymd(2011, 2018)
    body = (f"{g.org(f'{community} Health Centre')}\n{g.loc(f'PO Box {g.rng.randint(10, 400)}')}, {g.loc(community)}, NU {g.loc(postcode)}\n\n"
            f"REFERRAL - {g.org('Qikiqtani General Hospital')} Paediatric Clinic, {g.loc('Iqaluit')}\nDate: {g.day('nu', day)}\n\n"
            f"Child: {kid.full()}    DOB: {g.dob('nu', dob)}    Nunavut health card {L('HEALTH_ID', '1' + g.digits(8))}\n"
            f"Attends: {g.org(school)}, grade {g.rng.randint(1, 8)}, student no. {L('STUDENT_ID', g.digits(9))}\n"
            f"Lives with: mother {mother.full()} and grandmother {grandmother.given()} ({g.phone('nu')}), house {g.rng.randint(100, 999)} near the Co-op.\n\n"
            f"Dear Dr {paed.sur()},\n\nI saw {kid.given()} after the teacher, {teacher.full()}, sent {'her' if kid.female else 'him'} over with a "
            f"{K('chronic wet cough for 10 weeks')}. {K('Weight on the 3rd centile')}, {K('clubbing')}, {K('crackles at the right base')}. Sputum sent "
            f"for {K('AFB smear and culture')}; {K('TST 14 mm')}. {'Her' if kid.female else 'His'} uncle was treated for {K('active pulmonary TB')} "
            f"last spring. Started on nothing yet. Please see on the next paediatric trip or bring down on the medevac schedule.\n\n"
            f"The family asked that elder {elder.full()} interpret in Inuktitut. {grandmother.poss()} concern is that {kid.given()} would be sent "
            f"south to {g.org(g.pick(('the Children’s Hospital of Eastern Ontario', 'Stanton Territorial Hospital', 'Winnipeg Children’s Hospital')))} alone.\n\n"
            f"{nurse.full()}, RN, community health nurse, RNANT/NU {L('LICENSE_NUMBER', g.digits(5))}")
    return "What is requested for this child?", body, f"Paediatric review for {K('chronic wet cough for 10 weeks')}, TB contact ({kid.full()})."


NL_TOWNS = (("Corner Brook", "A2H"), ("Gander", "A1V"), ("Bonavista", "A0C"), ("Trout River", "A0K"), ("Carbonear", "A1Y"), ("Twillingate", "A0G"),
            ("Placentia", "A0B"), ("Kilbride", "A1G"), ("Harbour Breton", "A0H"), ("St. Anthony", "A0K"))
NL_PHARMACIES = ("{a}'s Pharmacy", "{a} Drug Mart", "Bay Pharmacy", "Harbourside Pharmacy")
NL_INTERVENTIONS = (("warfarin 5 mg daily with a new clarithromycin 500 mg BID", "INR 4.8", "held warfarin one day; doxycycline suggested instead"),
                    ("methotrexate 10 mg daily (should be weekly)", "CBC normal", "prescriber confirmed 10 mg once weekly"),
                    ("gabapentin 600 mg TID with eGFR 24 mL/min", "eGFR 24 mL/min", "reduced to 300 mg once daily"),
                    ("amoxicillin 500 mg TID for a penicillin-allergic patient", "anaphylaxis 2019", "changed to azithromycin 500 mg day 1 then 250 mg"))


def pharmacist_log(g: Gen) -> tuple[str, str, str]:
    """A Newfoundland community pharmacist's interventions log: entries by time, prescribers, patients and outports."""
    pharm = g.person("nl")
    pts = [g.person("nl") for _ in range(3)]
    docs = [g.person("nl") for _ in range(3)]
    owner = g.firm("nl")
    shop = g.fill(g.pick(NL_PHARMACIES).format(a=owner))
    town, fsa = g.pick(NL_TOWNS)
    day = g.base()
    picks = g.rng.sample(NL_INTERVENTIONS, 3)
    lines = []
    for i, (pt, doc, (what, lab, done)) in enumerate(zip(pts, docs, picks)):
        outport, _ = g.pick([t for t in NL_TOWNS if t[0] != town])
        lines.append(f"{g.stamp('nl', day, 9 + 3 * i)} | {pt.comma()} | MCP {L('HEALTH_ID', g.digits(12))} | Rx {L('CASE_NUMBER', g.digits(7))} | "
                     f"Issue: {K(what)} ({K(lab)}). Called Dr {doc.full()}, {g.org(g.pick(('Western Memorial Regional Hospital', 'James Paton Memorial Regional Health Centre', 'Dr. Charles S. Curtis Memorial Hospital', 'Carbonear General Hospital')))}. "
                     f"Outcome: {K(done)}. Patient lives in {g.loc(outport)}; delivered by the {g.loc(g.pick(('Route 430', 'Route 450', 'Route 330', 'Route 90')))} driver.")
    body = (f"{g.org(shop)}, {g.loc(g.fill('{n} Water Street'))}, {g.loc(town)}, NL {g.loc(fsa + ' ' + g.digits(1) + g.letters(1) + g.digits(1))}\n"
            f"Pharmacist interventions log - {g.day('nl', day)}\nPharmacist: {pharm.full()}, NLPB licence {L('LICENSE_NUMBER', g.digits(4))}\n\n"
            + "\n".join(lines)
            + f"\n\nReported to the {K('Newfoundland and Labrador Prescription Monitoring Program')}: none. Fax on file {g.phone('nl')}.")
    return "Summarise the day's interventions.", body, "; ".join(f"{p.full()}: {K(d)}" for p, (_, _, d) in zip(pts, picks))


GA_PLACES = (("Margao", "403601"), ("Mapusa", "403507"), ("Ponda", "403401"), ("Vasco da Gama", "403802"), ("Chandor", "403714"),
             ("Aldona", "403508"), ("Benaulim", "403716"), ("Siolim", "403517"), ("Curchorem", "403706"), ("Bicholim", "403504"))
GA_HOMES = ("H. No. {n}/{X}, Vaddo {m}", "House No. {n}, Igreja Vaddo", "{n}, Near Holy Cross Chapel, Dongrim", "H. No. {n}, Bhatwadi",
            "Casa {a}, {n} Ward No. {m}", "{n} Gaunsawaddo, Near the Tinto")


def discharge_to_care_home(g: Gen) -> tuple[str, str, str]:
    """A Goan hospital's discharge letter to the care home where the patient will live, with the family, the drugs and the follow-up."""
    pt, doc, resident, matron, physio, son = (g.person("ga") for _ in range(6))
    son.last = pt.last
    town, pin = g.pick(GA_PLACES)
    home_town, home_pin = g.pick([p for p in GA_PLACES if p[0] != town])
    day = g.base()
    adm = day - datetime.timedelta(days=g.rng.randint(6, 20))
    hospital = g.pick(("Goa Medical College and Hospital", "Hospicio Hospital", "Manipal Hospital Goa", "Healthway Hospital", "Victor Hospital"))
    home = g.pick(("Casa de Repouso {a}", "{a} Home for the Aged", "St. Anthony's Home for the Elderly", "Asilo de Nossa Senhora de Piedade"))
    home = home.format(a=g.firm("ga"))
    body = (f"{g.org(hospital)}\nDepartment of Medicine, Unit {g.rng.randint(1, 5)}, {g.org(f'Ward {g.rng.randint(101, 140)}')}\n\n"
            f"DISCHARGE LETTER\nTo: The Matron, {g.org(home)}, {g.loc(home_town)}, {g.loc('Goa')} {g.loc(home_pin)}\n\n"
            f"Patient: {pt.full()}    Age/Sex: {g.rng.randint(72, 94)}/{'F' if pt.female else 'M'}    MRD No. {L('HEALTH_ID', f'{day.year}/{g.digits(6)}')}\n"
            f"Aadhaar: {L('NATIONAL_ID', g.aadhaar())}    ABHA: {L('HEALTH_ID', '91-' + g.digits(4) + '-' + g.digits(4) + '-' + g.digits(4))}\n"
            f"Address: {g.place(GA_HOMES)}, {g.loc(town)}, {g.loc('Goa')} {g.loc(pin)}\n"
            f"Admitted {g.day('ga', adm)}; discharged {g.day('ga', day)}.\n\n"
            f"Diagnosis: {K('left middle cerebral artery infarct')} with {K('right hemiparesis')}; {K('hypertension')}; {K('type 2 diabetes mellitus')}.\n"
            f"Course: thrombolysis not given (outside the window). {K('NIHSS 9')} on admission, {K('NIHSS 5')} at discharge. {K('Modified Rankin Scale 4')}. "
            f"Swallow assessed by {physio.full()}: soft diet.\n"
            f"Medicines: {K('aspirin 75 mg once daily')}, {K('atorvastatin 40 mg at night')}, {K('amlodipine 5 mg once daily')}, {K('metformin 500 mg twice daily')}.\n"
            f"Follow-up: neurology OPD on {g.day('ga', day, 28)}; {K('HbA1c 8.1%')} to be repeated.\n\n"
            f"{pt.poss()} son {son.full()} ({g.phone('ga')}) works in {g.loc(g.pick(('Dubai', 'Kuwait', 'Muscat')))} and has paid the first month of "
            f"{K('₹38,500')}; the family's local contact is {resident.full()} of {g.loc(town)}. Please send the monthly report to "
            f"{g.email(son, g.pick(('gmail.com', 'yahoo.co.in')))}. The home's matron, {matron.full()}, confirmed a bed on the ground floor.\n\n"
            f"Dr {doc.full()}, MD (Medicine), Reg. No. {L('LICENSE_NUMBER', 'GMC-' + g.digits(4))}")
    return "Write the care home's admission summary.", body, f"{pt.full()}: {K('left middle cerebral artery infarct')}, {K('Modified Rankin Scale 4')}."


SB_SITES = (("Queen Elizabeth Hospital", "Kota Kinabalu", "88200"), ("Hospital Duchess of Kent", "Sandakan", "90000"),
            ("Hospital Tawau", "Tawau", "91000"), ("Hospital Keningau", "Keningau", "89007"))
SB_VILLAGES = ("Kampung Tambunan Baru", "Kampung Kiau Nuluh", "Kampung Sinsuron", "Kampung Bundu Tuhan", "Kampung Penampang Proper", "Kampung Inobong")


def trial_monitoring(g: Gen) -> tuple[str, str, str]:
    """A clinical research associate's site monitoring visit report from a Sabah hospital in a malaria vaccine trial."""
    pi, coord, cra, subject, pharmacist, manager = (g.person("sb") for _ in range(6))
    hospital, city, pc = g.pick(SB_SITES)
    site = g.digits(3)
    day = g.base()
    ymd = g.ymd(1975, 2005)
    village = g.pick(SB_VILLAGES)
    subj = f"{g.digits(4)}"
    body = (f"SITE MONITORING VISIT REPORT\nProtocol PKV-302 ({K('Plasmodium knowlesi vaccine')}, phase II)\nSponsor: {g.org(g.pick(('Borneo Biologics Sdn. Bhd.', 'Kinabalu Vaccine Research Sdn. Bhd.')))} "
            f"(company no. {L('COMPANY_REGISTRATION', str(g.rng.randint(2015, 2023)) + '01' + g.digits(6))})    CRO: {g.org(g.pick(('Crinabar Clinical Pte. Ltd.', 'Tanjung Aru Research Services')))}\n"
            f"Site {g.org(site)}: {g.org(hospital)}, {g.loc(city)}, {g.loc('Sabah')} {g.loc(pc)}\nVisit date: {g.day('sb', day)}    Monitor: {cra.full()}\n\n"
            f"Attendees: Dr {pi.full()} (principal investigator), {coord.full()} (study coordinator), {pharmacist.full()} (trial pharmacist).\n\n"
            f"1. Consent. 24 subjects consented; all forms at version 3.0. For subject {L('HEALTH_ID', subj)} the witness line was signed by the "
            f"subject's brother-in-law, who lives with the family in {g.loc(village)}; noted as a deviation.\n"
            f"2. Source verification. Subject {L('HEALTH_ID', subj)} ({subject.initials()}), MyKad {L('NATIONAL_ID', g.mykad(ymd, subject.female))}, had "
            f"{K('parasitaemia 1,240/µL')} on day 28 by {K('thick blood film')}, recorded in the ward notes but not in the eCRF. "
            f"{K('Haemoglobin 10.2 g/dL')}; {K('ALT 2.1 × ULN')} (grade 1). {K('artesunate 2.4 mg/kg IV')} given per protocol.\n"
            f"3. Investigational product. Fridge log shows {K('2-8 °C')} throughout except one excursion to {K('9.4 °C')} for 40 minutes; "
            f"the pharmacist quarantined kit {g.digits(5)} and informed {manager.full()} at the sponsor.\n"
            f"4. Payments. Travel reimbursement of {K('RM 80 per visit')} paid to subjects from {g.loc('Ranau')} and {g.loc('Tambunan')}.\n"
            f"Action items: correct the eCRF by {g.day('sb', day, 14)}; retrain on the deviation log. Next visit in six weeks.\n\n"
            f"{cra.full()}, {g.email(cra, 'crinabar.com.my')}, {g.phone('sb')}")
    return "List the monitoring findings and actions.", body, f"Deviation for subject {L('HEALTH_ID', subj)}; eCRF to be corrected by Dr {pi.full()}'s team."


# ---------------------------------------------------------------- legal and social registers


def mental_health_tribunal(g: Gen) -> tuple[str, str, str]:
    """A decision of the First-tier Tribunal (Mental Health) on an Isle of Wight patient detained under section 3."""
    pt, judge, medical, specialist, rc, amhp, rep, nurse = (g.person("iw") for _ in range(8))
    nr = g.relative(pt, not pt.female)
    town, area = g.pick(IW_TOWNS)
    day = g.base()
    firm = g.pick(("{a} & {b} LLP", "{a} {b} Solicitors", "{a} Mental Health Law")).format(a=g.firm("iw"), b=g.firm("iw"))
    body = (f"FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER) MENTAL HEALTH\nTribunal ref: {L('CASE_NUMBER', f'MP/{day.year}/{g.digits(5)}')}\n"
            f"Patient: {pt.full()}    NHS no. {L('HEALTH_ID', g.nhs_number())}\nDetained at: {g.org(g.pick(('Sevenacres', 'Osborne Ward, Sevenacres', 'Woodlands Unit')))}, "
            f"{g.org('St Mary’s Hospital')}, {g.loc('Newport')}\nHearing: {g.day('iw', day)}, by video\n\n"
            f"Panel: Tribunal Judge {judge.full()}; medical member Dr {medical.full()}; specialist lay member {specialist.full()}.\n"
            f"Appearances: {rep.full()} of {g.org(firm)} for the patient; Dr {rc.full()}, responsible clinician; {amhp.full()}, AMHP, "
            f"{g.org('Isle of Wight Council')}; {nurse.full()}, named nurse. The nearest relative, {'her' if pt.female else 'his'} "
            f"{'husband' if pt.female else 'wife'} {nr.full()} of {g.place(IW_HOMES)}, {g.loc(f'{town} {g.uk_postcode(area)}')}, attended.\n\n"
            f"DECISION: the patient is not discharged.\n\nREASONS\n1. {pt.given()} is detained under {K('section 3 of the Mental Health Act 1983')} and has "
            f"{K('schizoaffective disorder')} ({K('ICD-10 F25.0')}). {'She' if pt.female else 'He'} stopped {K('aripiprazole 15 mg daily')} in the summer and was "
            f"found by the coastguard at {g.loc(g.pick(('Compton Bay', 'St Catherine’s Point', 'the Needles Battery', 'Culver Down')))} saying {'she' if pt.female else 'he'} "
            f"had been sent to guard the island.\n2. Now on {K('paliperidone palmitate 100 mg monthly')} with {K('HoNOS 18')}. The {K('statutory criteria')} "
            f"are met: the nature and degree of the disorder make treatment in hospital appropriate, and {K('appropriate medical treatment')} is available.\n"
            f"3. {rep.sur()} argued for a {K('community treatment order')}; the Tribunal recommends the team consider {K('section 17 leave')} to "
            f"{nr.poss(True)} home in {g.loc(town)} before the next hearing.\n\nJudge {judge.full()}    {g.day('iw', day, 1)}")
    return "What did the tribunal decide and recommend?", body, f"Not discharged; consider {K('section 17 leave')} for {pt.full()}."


OK_PLACES = (("Kirkwall", "KW15"), ("Stromness", "KW16"), ("St Margaret's Hope", "KW17"), ("Dounby", "KW17"), ("Finstown", "KW17"),
             ("Pierowall, Westray", "KW17"), ("Whitehall, Stronsay", "KW17"), ("Balfour, Shapinsay", "KW17"))
OK_HOMES = ("Nether Bigging, Stenness", "Quoyness, Sanday", "{k} Victoria Street", "Upper Breckan, Birsay", "{k} Garden Street", "Netherhouse, Rendall",
            "{k} Hatston Park", "Midhouse, Firth", "{k} Alfred Street", "Cott of Skaill, Deerness")


def employment_tribunal(g: Gen) -> tuple[str, str, str]:
    """A judgment of the Employment Tribunals (Scotland) on an Orkney salmon farm worker's unfair dismissal and disability discrimination claim."""
    claimant, judge, rep_c, rep_r, manager, hr, doc, witness = (g.person("ok") for _ in range(8))
    place, area = g.pick(OK_PLACES)
    day = g.base()
    dismissed = day - datetime.timedelta(days=g.rng.randint(200, 400))
    employer = g.pick(("Scapa Flow Salmon Ltd", "{a} Seafoods Ltd", "Hoy Sound Aquaculture Ltd", "North Isles Marine Harvest Ltd")).format(a=g.firm("ok"))
    firm = g.pick(("{a} {b} LLP", "{a} & Co, Solicitors", "{a} Macrae WS")).format(a=g.firm("ok"), b=g.firm("ok"))
    basic = g.rng.randint(4, 16) * 571
    body = (f"EMPLOYMENT TRIBUNALS (SCOTLAND)\nCase No: {L('CASE_NUMBER', f'41{g.digits(5)}/{day.year}')}\nHeld at {g.loc('Kirkwall')} on "
            f"{g.day('ok', day, -30)}\n\nEmployment Judge {judge.full()}\n\nClaimant: {claimant.full()}, represented by {rep_c.full()} of "
            f"{g.org(g.pick(('Orkney Citizens Advice Bureau', 'Voluntary Action Orkney')))}\nRespondent: {g.org(employer)} (registered no. "
            f"{L('COMPANY_REGISTRATION', 'SC' + g.digits(6))}), represented by {rep_r.full()}, solicitor, {g.org(firm)}, {g.loc('Aberdeen')}\n\n"
            f"JUDGMENT\nThe claim of {K('unfair dismissal')} succeeds. The claim of {K('discrimination arising from disability')} under "
            f"{K('section 15 of the Equality Act 2010')} succeeds. The respondent shall pay a basic award of {K(f'£{basic:,}')} and compensation of "
            f"{K(f'£{g.rng.randint(9, 40) * 1000 + 350:,}')}.\n\nREASONS\n1. The claimant, who lives at {g.place(OK_HOMES)}, {g.loc(f'{place} {g.uk_postcode(area)}')}, "
            f"worked on the site at {g.loc(g.pick(('Bay of Ham', 'Lyrawa Bay', 'Chalmers Hope', 'Toyness')))} from {g.day('ok', dismissed, -2400)} (employee no. "
            f"{L('ACCOUNT_NUMBER', 'E' + g.digits(5))}).\n2. After a {K('lumbar discectomy')} {'she' if claimant.female else 'he'} was signed off by Dr {doc.full()} "
            f"of {g.org(g.pick(('Skerryvore Practice', 'Heilendi Medical Practice', 'Daisy Villa Medical Practice')))} with a {K('fit note')} advising "
            f"{K('no lifting over 10 kg')}. The site manager, {manager.full()}, told {'her' if claimant.female else 'him'} to \"come back when you can do the job\".\n"
            f"3. {hr.full()} (HR adviser) dismissed the claimant on {g.day('ok', dismissed)} without a meeting. No {K('reasonable adjustments')} were considered, "
            f"contrary to the {K('ACAS Code of Practice on Disciplinary and Grievance Procedures')}; the Tribunal applied {K('Polkey v A E Dayton Services Ltd [1988] ICR 142')}.\n"
            f"4. The Tribunal preferred the evidence of {witness.full()}, a fellow worker from {g.loc(g.pick(('Flotta', 'Burray', 'Eday', 'Graemsay')))}, to that of "
            f"{manager.sur()}.\n\nEmployment Judge {judge.sur()}\nDate sent to parties: {g.day('ok', day)}")
    return "Summarise the outcome and the award.", body, f"{claimant.full()} won; basic award {K(f'£{basic:,}')}."


TS_POLICE = ("Hobart", "Glenorchy", "Bellerive", "Launceston", "Devonport", "Burnie", "Huonville")


def police_witness_statement(g: Gen) -> tuple[str, str, str]:
    """A Tasmania Police witness statement about a collision on a country road, in the witness's words."""
    witness, driver, officer, passenger, ambo = (g.person("ts") for _ in range(5))
    town, pc = g.pick(TS_TOWNS)
    station = g.pick(TS_POLICE)
    day = g.base()
    plate = f"{g.letters(1)}{g.digits(2)}{g.letters(2)}"
    body = (f"TASMANIA POLICE - WITNESS STATEMENT\nOffence report {L('CASE_NUMBER', f'OR{day.year % 100}{g.digits(7)}')}\n"
            f"Name: {witness.full()}    Date of birth: {g.dob('ts', g.ymd(1955, 2003))}\nAddress: {g.place(TS_HOMES)}, {g.loc(town)} TAS {g.loc(pc)}\n"
            f"Occupation: {g.pick(('orchardist', 'school bus driver', 'nurse', 'shearer'))}    Phone: {g.phone('ts')}    Driver licence: {L('LICENSE_NUMBER', g.letters(1) + g.digits(5))}\n\n"
            f"1. On {g.day('ts', day)} at about 5.40 pm I was driving north on the {g.loc(g.pick(('Channel Highway', 'Lyell Highway', 'Bass Highway', 'Arthur Highway')))} "
            f"near the turn-off to {g.loc(g.pick(('Snug', 'Kettering', 'Ouse', 'Hamilton', 'Nubeena')))}, just past the apple shed at {g.loc(g.pick(('Grove', 'Cradoc', 'Lucaston')))}.\n"
            f"2. A white Hilux, registration {L('LICENSE_NUMBER', plate)}, came round the bend on my side of the road. I know the driver; it is {driver.full()}, "
            f"who works at {g.org(g.pick(('Huon Aquaculture', 'Norske Skog Boyer', 'Cadbury Claremont', 'Bell Bay Aluminium')))}.\n"
            f"3. The Hilux hit the Corolla in front of me. The passenger, {passenger.full()}, was trapped. I rang triple zero from {g.phone('ts')}.\n"
            f"4. {driver.given()} got out and said \"I only had a couple at the {g.org(g.pick(('Grand Hotel', 'Longley Hotel', 'Kermandie Hotel')))}\". "
            f"Paramedic {ambo.full()} told me later the passenger was taken to the {g.org('Royal Hobart Hospital')} with a {K('GCS 11')} and a "
            f"{K('fractured femur')}.\n5. I make this statement believing it to be true, knowing that if it is tested in court I may be liable to prosecution for any "
            f"false statement, under the {K('Evidence Act 2001 (Tas)')}.\n\nTaken by Constable {officer.full()}, {g.org(f'{station} Police Station')}, "
            f"{g.stamp('ts', day, 21)}")
    return "What did the witness see?", body, f"{driver.full()}'s Hilux crossed the centre line and hit a Corolla."


SC_HOMES = ("{k} Garrison Lane, Hugh Town, St Mary's", "Higher Town Farm, St Martin's", "Lower Town, St Agnes", "{k} Porthcressa Road, Hugh Town",
            "Bryher Campsite Cottage, Bryher", "Old Grimsby, Tresco")


def attendance_note(g: Gen) -> tuple[str, str, str]:
    """A Penzance solicitor's attendance note of a call with a client on the Isles of Scilly about a boundary dispute and a will."""
    client, solicitor, neighbour, surveyor, trainee = (g.person("kw") for _ in range(5))
    wife = g.relative(client, True) if not client.female else g.relative(client, False)
    firm = g.pick(("{a} & {b} LLP", "{a} {b} Solicitors", "{a} Law LLP")).format(a=g.firm("kw"), b=g.firm("kw"))
    day = g.base()
    body = (f"{g.org(firm)}\nATTENDANCE NOTE\n\nClient: {client.full()}    Matter: {L('CASE_NUMBER', f'{client.last[:3].upper()}{g.digits(3)}-{g.digits(4)}')}\n"
            f"Fee earner: {solicitor.full()}    Date: {g.day('kw', day)}    Time: 24 minutes (4 units)    Attendance: telephone\n\n"
            f"Client rang from home at {g.place(SC_HOMES)}, {g.loc('TR2' + g.pick('1245') + ' 0' + g.digits(1) + g.letters(2))}. Line poor; the ferry was cancelled so "
            f"{'she' if client.female else 'he'} could not come over to our {g.loc('Penzance')} office.\n\n"
            f"1. Boundary. The neighbour, {neighbour.full()}, has put up a fence two metres into the field the client calls {g.loc(g.pick(('Gweal Meadow', 'Carn Morval Close', 'Pelistry Field')))}. Client has the "
            f"{K('title plan')} (title no. {L('CASE_NUMBER', 'CL' + g.digits(6))}) and photographs on {g.url_for(client)}. Advised that the "
            f"{K('general boundaries rule')} applies and that we instruct {surveyor.full()} of {g.org(g.pick(('Lanyon Surveyors Ltd', 'Penwith Land Surveys', 'Scillonian Property Consultants')))} "
            f"to measure against the {K('Land Registration Act 2002')} filed plan; estimate {K('£1,450 plus VAT')}.\n"
            f"2. Will. Client wishes to leave the cottage to {'her' if client.female else 'his'} {'husband' if client.female else 'wife'} {wife.full()} for life and then "
            f"to {g.org(g.pick(('the Isles of Scilly Wildlife Trust', 'Cornwall Air Ambulance Trust', 'the RNLI St Mary’s Lifeboat')))}. Advised on a "
            f"{K('life interest trust')} and the {K('residence nil rate band')}.\n"
            f"3. Identity. Client's NI number {L('NATIONAL_ID', g.nino())}; passport to be certified by {g.org('Hugh Town Surgery')} or the "
            f"{g.org(g.pick(('Council of the Isles of Scilly', 'Isles of Scilly Steamship Company')))} office.\n\n"
            f"Action: {trainee.full()} to draft the letter before claim and the will; diary {g.day('kw', day, 14)}. Client's mobile {g.phone('kw')}, "
            f"e-mail {g.email(client, g.pick(('btinternet.com', 'scilly.net', 'outlook.com')))}.")
    return "Turn the attendance note into the follow-up list.", body, f"Instruct {surveyor.full()}; draft will for {client.full()}; diary 14 days."


def deposition(g: Gen) -> tuple[str, str, str]:
    """Part of a deposition transcript in a Hawaiʻi medical negligence suit: counsel's questions and a nurse's answers."""
    deponent, counsel_p, counsel_d, plaintiff, reporter, doc, charge = (g.person("hi") for _ in range(7))
    child = g.relative(plaintiff, g.rng.random() < 0.5)
    day = g.base()
    event = day - datetime.timedelta(days=g.rng.randint(400, 900))
    firm_p = g.pick(("{a} {b} LLLC", "Law Offices of {a} & {b}", "{a} & {b}, Attorneys at Law")).format(a=g.firm("hi"), b=g.firm("hi"))
    hospital = g.pick(("Hilo Benioff Medical Center", "Kona Community Hospital", "Kapiʻolani Medical Center", "Wilcox Medical Center"))
    body = (f"{g.org('CIRCUIT COURT OF THE THIRD CIRCUIT')}\nSTATE OF {g.loc('HAWAIʻI')}\n\n{plaintiff.caps()}, individually and as next friend of {child.caps()}, a minor, Plaintiff,\n"
            f"vs.\n{L('ORGANIZATION', hospital.upper())}, et al., Defendants.\nCivil No. {L('CASE_NUMBER', f'3CCV-{event.year % 100 + 1:02d}-{g.digits(7)}')}\n\n"
            f"DEPOSITION OF {deponent.caps()}, RN\nTaken at the offices of {g.org(firm_p)}, {g.loc(g.fill('{n} Kamehameha Avenue, Suite 2{k}'))}, "
            f"{g.loc('Hilo')}, {g.loc('Hawaiʻi')} {g.loc('96720')}, on {g.day('hi', day)}\nReported by {reporter.full()}, CSR No. {L('LICENSE_NUMBER', g.digits(3))}\n\n"
            f"EXAMINATION BY {L('PERSON', counsel_p.last.upper())}:\n"
            f"Q. Please state your name for the record.\nA. {deponent.full()}.\n"
            f"Q. And you were the nurse caring for {plaintiff.formal()} on {g.day('hi', event)}?\n"
            f"A. Yes. I was on nights on the labor unit at {g.org(hospital)}.\n"
            f"Q. What was the fetal heart tracing at 02:10?\nA. It was {K('Category II')} with {K('recurrent late decelerations')}.\n"
            f"Q. Did you call Dr {doc.sur()}?\nA. I called Dr {doc.full()} at home in {g.loc(g.pick(('Waimea', 'Honokaʻa', 'Volcano', 'Keaʻau')))} twice. "
            f"The second time I told the charge nurse, {charge.given()}, too.\n"
            f"Q. Was {K('oxytocin')} running?\nA. At {K('12 milliunits per minute')}. I turned it off.\n"
            f"Q. I'm showing you Exhibit 14, the MAR. Is that your signature?\nA. Yes.\n\n"
            f"EXAMINATION BY {L('PERSON', counsel_d.last.upper())}:\n"
            f"Q. {deponent.formal()}, you had two other patients that night?\nA. Yes.\n"
            f"Q. Nothing further.\n\n(The child was delivered at 03:02 with {K('Apgar scores of 2 and 6')} and a {K('cord pH of 6.98')}; "
            f"damages claimed include {K('$4.2 million')} for {K('hypoxic-ischemic encephalopathy')}.)\n\n"
            f"Counsel: {counsel_p.full()}, {g.email(counsel_p, 'hilawyers.com')}, for Plaintiff; {counsel_d.full()}, for Defendants. "
            f"Dr {doc.sur()}'s NPI: {L('LICENSE_NUMBER', g.npi())}.")
    return "What did the nurse say about the fetal heart tracing?", body, f"{deponent.full()}: {K('Category II')} with {K('recurrent late decelerations')}."


KW_SCHOOLS = ("St Piran's Primary School", "Trythall Community Primary School", "Humphry Davy School", "Mounts Bay Academy", "Penryn Primary Academy",
              "Callington Community College", "Camborne Science and International Academy")


def guardian_report(g: Gen) -> tuple[str, str, str]:
    """A children's guardian's final analysis to the Family Court at Truro in care proceedings."""
    child1, guardian, sw, mother, father, gran, teacher, hv, solicitor = (g.person("kw") for _ in range(9))
    child2 = g.person("kw")
    child1.last = child2.last = father.last
    day = g.base()
    d1, d2 = g.ymd(2013, 2017), g.ymd(2018, 2022)
    town, area = g.pick(KW_TOWNS)
    school = g.pick(KW_SCHOOLS)
    body = (f"IN THE {L('ORGANIZATION', 'FAMILY COURT SITTING AT TRURO')}\nCase No: {L('CASE_NUMBER', f'TR{day.year % 100}C{g.digits(5)}')}\n"
            f"Applicant: {g.org('Cornwall Council')}\nRespondents: {mother.full()} (1), {father.full()} (2), the children through their guardian (3, 4)\n\n"
            f"FINAL ANALYSIS AND RECOMMENDATIONS OF THE CHILDREN'S GUARDIAN\nGuardian: {guardian.full()}, Cafcass    Date: {g.day('kw', day)}\n"
            f"Children: {child1.full()} (born {g.dob('kw', d1)}) and {child2.full()} (born {g.dob('kw', d2)})\n\n"
            f"1. I have read the bundle, met the children at {g.org(school)} and at their foster home near {g.loc(g.pick(KW_HAMLETS))}, and spoken to the "
            f"allocated social worker {sw.full()}, the class teacher {teacher.full()}, the health visitor {hv.full()} and the maternal grandmother "
            f"{gran.full()} of {g.place(KW_HOMES)}, {g.loc(f'{town} {g.uk_postcode(area)}')}.\n"
            f"2. The {K('threshold criteria under section 31 of the Children Act 1989')} are conceded on the basis of {K('neglect')} and exposure to "
            f"{K('domestic abuse')}. {child1.poss()} {K('SDQ total difficulties score 24')} is in the high range; {child2.given()} has "
            f"{K('global developmental delay')} and attends {g.org(g.pick(('Truro Early Years Centre', 'Pool Nursery', 'Little Acorns Pre-School, Hayle')))}.\n"
            f"3. The grandmother's {K('special guardianship assessment')} by {g.org(g.pick(('Kernow Kinship Care', 'Family Rights Group South West')))} is positive. "
            f"She lives a mile from the school on the bus route from {g.loc(g.pick(('Gwinear', 'Connor Downs', 'Leedstown')))}.\n"
            f"4. I support a {K('special guardianship order')} to {gran.given()} with a {K('supervision order')} for 12 months, and contact with "
            f"{mother.given()} at {g.org(g.pick(('the Bodmin Family Hub', 'Chy Kernow Contact Centre', 'Redruth Family Hub')))} fortnightly. "
            f"{father.given()} is in {g.org('HMP Exeter')} and should have letterbox contact only, consistent with {K('Re B-S (Children) [2013] EWCA Civ 1146')}.\n\n"
            f"{guardian.full()}, Children's Guardian\nSolicitor for the children: {solicitor.full()}, {g.org(g.pick(('Nalders LLP', 'Stephens Scown LLP', 'Coodes Solicitors')))}, "
            f"{g.phone('kw')}")
    return "What does the guardian recommend?", body, f"{K('special guardianship order')} to {gran.full()} with a {K('supervision order')}."


def tenancy_letter(g: Gen) -> tuple[str, str, str]:
    """A Newfoundland tenant's letter to the landlord's property manager about mould, a withheld deposit and an application to the Residential Tenancies Section."""
    tenant, manager, landlord, inspector, doctor, flatmate = (g.person("nl") for _ in range(6))
    child = g.relative(tenant, g.rng.random() < 0.5)
    day = g.base()
    company = g.pick(("{a} Property Management Ltd.", "Harbourview Rentals Inc.", "{a} & {b} Holdings Ltd.")).format(a=g.firm("nl"), b=g.firm("nl"))
    street = g.pick(("{n} Gower Street", "{n} Pennywell Road", "{k} Hamilton Avenue", "{k} Cabot Street", "{n} Topsail Road", "Apt. {k}, {n} Freshwater Road"))
    body = (f"{tenant.full()}\n{g.place((street,))}\n{g.loc('St. John’s')}, NL {g.loc('A1C ' + g.digits(1) + g.letters(1) + g.digits(1))}\n{g.phone('nl')}\n\n"
            f"{g.day('nl', day)}\n\n{manager.full()}\n{g.org(company)}\n{g.loc(g.fill('{n} Kenmount Road'))}, {g.loc('St. John’s')}, NL\n\n"
            f"Dear {manager.formal()},\n\nRe: rental premises above; landlord {landlord.full()}\n\n"
            f"I have written three times since {g.day('nl', day, -70)} about the black mould in the back bedroom where my {'daughter' if child.female else 'son'} "
            f"{child.given()} sleeps. Dr {doctor.full()} at the {g.org(g.pick(('Health Sciences Centre', 'Janeway Children’s Health and Rehabilitation Centre', 'Shea Heights Community Health Centre')))} "
            f"has diagnosed {K('asthma exacerbation')} and prescribed {K('fluticasone 125 mcg two puffs twice daily')}. The city's inspector, {inspector.full()}, "
            f"found {K('relative humidity of 78%')} and a {K('leaking roof flashing')} on {g.day('nl', day, -21)}.\n\n"
            f"Under {K('section 10 of the Residential Tenancies Act, 2018')} you must keep the premises in a good state of repair. Unless the repair is done by "
            f"{g.day('nl', day, 14)} I will apply to the {K('Residential Tenancies Section')} for an order abating the rent of {K('$1,150 a month')} and "
            f"returning the {K('security deposit of $575')}. My former roommate {flatmate.full()}{f' ({flatmate.nick()})' if flatmate.first in NICKNAMES else ''}, who has moved to {g.loc(g.pick(('Paradise', 'Conception Bay South', 'Torbay', 'Portugal Cove')))}, "
            f"will confirm what they saw.\n\nYou can reach me at {g.email(tenant, g.pick(('nl.rogers.com', 'gmail.com', 'hotmail.ca')))}.\n\nYours truly,\n{tenant.full()}")
    return "What does the tenant demand and by when?", body, f"Repair the mould and roof by the deadline, or {tenant.full()} applies for an abatement."


SZ_PROPERTIES = ("Upper Quoy, Aith", "Nort Hoose, Skeld", "Setter, Fetlar", "Gardie House, Bressay", "Vatster, Girlsta",
                 "Houbie, Fetlar", "Uyeasound, Unst")


def estate_inventory(g: Gen) -> tuple[str, str, str]:
    """A Shetland executor's inventory of a deceased's estate (form C1 in Scotland): heritable property, crofts, bank accounts, the executors."""
    deceased = g.person("sz")
    executor1 = g.relative(deceased, g.rng.random() < 0.5)
    executor2, solicitor, valuer, tenant_ = (g.person("sz") for _ in range(4))
    day = g.base()
    died = day - datetime.timedelta(days=g.rng.randint(60, 200))
    town, area = g.pick(SZ_PLACES)
    props = g.rng.sample(SZ_PROPERTIES, 2)
    firm = g.pick(("{a} & {b}", "{a} {b} LLP", "{a} Solicitors")).format(a=g.firm("sz"), b=g.firm("sz"))
    house, croft = g.rng.randint(120, 290) * 1000, g.rng.randint(15, 60) * 1000
    body = (f"INVENTORY OF THE ESTATE OF THE LATE {deceased.caps()}\nwho died on {g.day('sz', died)} at {g.org(g.pick(('Gilbert Bain Hospital', 'Wastview Care Centre', 'Isleshavn Care Centre')))}, "
            f"domiciled in Scotland, last residing at {g.place(SZ_HOMES)}, {g.loc(town)}, {g.loc(g.uk_postcode(area))}\n"
            f"Date of birth {g.dob('sz', g.ymd(1930, 1955))}    National Insurance {L('NATIONAL_ID', g.nino())}\n\n"
            f"Executors nominate: {executor1.full()} and {executor2.full()}, by will dated {g.day('sz', died, -2000)}, registered in the {K('Books of Council and Session')}.\n"
            f"Agents: {solicitor.full()}, {g.org(firm)}, {g.loc(g.fill('{k} Commercial Street'))}, {g.loc('Lerwick')} {g.loc('ZE1 0' + g.digits(1) + g.letters(2))}\n\n"
            f"ESTATE IN SCOTLAND\n1. Dwellinghouse at {g.loc(props[0])}, title {L('CASE_NUMBER', 'ZET' + g.digits(4))}, valued by {valuer.full()} of "
            f"{g.org(g.pick(('Shetland Property Centre', 'Harper & Co Chartered Surveyors')))} at {K(f'£{house:,}')}.\n"
            f"2. Tenancy of the croft at {g.loc(props[1])} (registered croft {L('CASE_NUMBER', 'C' + g.digits(5))}), sublet to {tenant_.full()}: {K(f'£{croft:,}')}; "
            f"transfer subject to the {K('Crofters (Scotland) Act 1993')} and the consent of the Crofting Commission.\n"
            f"3. Current account {L('IBAN_CODE', g.gb_iban())}: {K(f'£{g.rng.randint(2000, 30000):,}.{g.digits(2)}')}.\n"
            f"4. Shares in {g.org(g.pick(('Shetland Islands Salmon Ltd', 'Yell Sound Fishing Co Ltd', 'Unst Boating Club Ltd')))}: {K(f'£{g.rng.randint(1, 9) * 1000:,}')}.\n"
            f"5. Refund from {g.org('Shetland Islands Council')} of council tax: {K('£212.40')}.\n"
            f"Debts: funeral account of {g.org(g.pick(('J & M Shearer Funeral Directors', 'Hay & Co Undertakers')))}, {K('£4,860.00')}.\n\n"
            f"I, {executor1.full()}, declare that to the best of my knowledge and belief this inventory is a full and true one. Signed at {g.loc('Lerwick')} on {g.day('sz', day)}.")
    return "Total the estate's main assets and say who the executors are.", body, f"Executors {executor1.full()} and {executor2.full()}; house {K(f'£{house:,}')}."


KB_TOWNS = (("Derby", "6728"), ("Kununurra", "6743"), ("Fitzroy Crossing", "6765"), ("Halls Creek", "6770"), ("Wyndham", "6740"), ("Broome", "6725"))
KB_COMMUNITIES = ("Bidyadanga", "Beagle Bay", "Looma", "Djarindjin", "Warmun", "Mowanjum", "Yungngora")


def loss_adjuster_report(g: Gen) -> tuple[str, str, str]:
    """A loss adjuster's report to an insurer on cyclone damage to a Kimberley home and a station's sheds."""
    insured, adjuster, builder, electrician, neighbour, claims = (g.person("kb") for _ in range(6))
    partner = g.relative(insured, not insured.female)
    town, pc = g.pick(KB_TOWNS)
    community = g.pick(KB_COMMUNITIES)
    day = g.base()
    loss = day - datetime.timedelta(days=g.rng.randint(10, 40))
    insurer = g.pick(("Tropical North Insurance Ltd", "Pindan Mutual Insurance", "Kimberley Rural Underwriters Pty Ltd"))
    firm = g.pick(("{a} Loss Adjusting Pty Ltd", "Northwest Assessing Services", "{a} & {b} Adjusters")).format(a=g.firm("kb"), b=g.firm("kb"))
    builder_co = g.pick(("{a} Building & Construction", "East Kimberley Builders Pty Ltd", "Pindan Constructions")).format(a=g.firm("kb"))
    repair = g.rng.randint(40, 180) * 1000 + g.rng.randint(0, 9) * 100
    body = (f"{g.org(firm)}\nABN {L('COMPANY_REGISTRATION', g.abn())}\n\nPRELIMINARY REPORT\nTo: {claims.full()}, Claims Manager, {g.org(insurer)}\n"
            f"Claim {L('CASE_NUMBER', 'TNI-' + g.digits(6))}    Policy {L('ACCOUNT_NUMBER', 'HPC' + g.digits(8))}    Our ref {L('CASE_NUMBER', g.letters(2) + g.digits(5))}\n"
            f"Insured: {insured.full()} and {partner.full()}\nRisk address: {g.place(('Lot {n} Coolibah Drive', '{k} Clarendon Street', 'Lot {t} Great Northern Highway', '{k} Konkerberry Drive', '{k} Loch Street'))}, "
            f"{g.loc(town)} WA {g.loc(pc)}\nDate of loss: {g.day('kb', loss)}    Inspected: {g.day('kb', day)}\n\n"
            f"1. Circumstances. {K('Severe Tropical Cyclone')} crossed the coast near {g.loc(community)} as a {K('Category 3')} system. {insured.given()} and the "
            f"children sheltered with {insured.poss()} aunt at {g.loc(g.pick(('Mowanjum', 'Pandanus Park', 'Kalumburu')))}; the house was empty.\n"
            f"2. Damage. Roof sheeting lost over the back verandah; water through the ceilings of three bedrooms; the shed on the block at "
            f"{g.loc(g.pick(('Twelve Mile', 'Nine Mile', 'Willare Bridge')))} flattened. {electrician.full()} ({g.org(g.pick(('Kimberley Sparkies', 'Fitzroy Valley Electrical')))}, "
            f"licence {L('LICENSE_NUMBER', 'EC' + g.digits(5))}) made the switchboard safe.\n"
            f"3. Cover. The policy is a {K('home and contents')} policy with a {K('cyclone excess of $5,000')}; {K('flood')} is excluded but this is "
            f"{K('storm water ingress')}, which is covered under the {K('General Insurance Code of Practice')}.\n"
            f"4. Quantum. Builder {builder.full()} of {g.org(builder_co)} (ABN {L('COMPANY_REGISTRATION', g.abn())}) quoted {K(f'${repair:,} including GST')}. "
            f"I recommend temporary accommodation of {K('$650 per week')} for eight weeks.\n"
            f"5. The neighbour, {neighbour.full()}, says the roof was re-screwed in 2021; receipts requested. Payment to the insured's account BSB "
            f"{L('ACCOUNT_NUMBER', g.pick(('066', '086', '036', '016')) + '-' + g.digits(3) + ' ' + g.digits(8))}.\n\n"
            f"{adjuster.full()}, loss adjuster, {g.phone('kb')}, {g.email(adjuster, 'nwassessing.com.au')}")
    return "What is covered and what is recommended?", body, f"Covered as {K('storm water ingress')}; {K(f'${repair:,} including GST')} for {insured.full()}."


YT_PLACES = (("Whitehorse", "Y1A"), ("Dawson City", "Y0B"), ("Haines Junction", "Y0B"), ("Carmacks", "Y0B"), ("Mayo", "Y0B"), ("Watson Lake", "Y0A"),
             ("Teslin", "Y0A"), ("Old Crow", "Y0B"), ("Pelly Crossing", "Y0B"), ("Carcross", "Y0B"))


def workers_comp_assessment(g: Gen) -> tuple[str, str, str]:
    """An independent medical assessment for the Yukon's workers' compensation board after a mine worker's injury."""
    worker, assessor, gp, physio, supervisor, adjudicator = (g.person("yt") for _ in range(6))
    town, fsa = g.pick(YT_PLACES)
    day = g.base()
    injury = day - datetime.timedelta(days=g.rng.randint(90, 300))
    mine = g.pick(("Eagle Gold Mine", "Minto Mine", "Keno Hill Silver District", "Coffee Gold Project"))
    employer = g.pick(("Klondike Contract Drilling Ltd.", "{a} Mining Services Inc.", "Tintina Northern Haulage Ltd.")).format(a=g.firm("yt"))
    body = (f"INDEPENDENT MEDICAL ASSESSMENT\nPrepared for: {adjudicator.full()}, adjudicator, Yukon Workers' Safety and Compensation Board\n"
            f"Claim no. {L('CASE_NUMBER', g.digits(7))}    Date of assessment: {g.day('yt', day)}\n\n"
            f"Worker: {worker.full()}    DOB {g.dob('yt', g.ymd(1965, 2000))}    SIN {L('NATIONAL_ID', g.sin())}    Yukon health care no. {L('HEALTH_ID', g.digits(9))}\n"
            f"Address: {g.place(('Box {n}', 'Site {k} Comp {n}, RR 1', '{k} Tlingit Street', '{n} Range Road', 'Lot {k}, Takhini River Road'))}, {g.loc(town)}, YT "
            f"{g.loc(fsa + ' ' + g.digits(1) + g.letters(1) + g.digits(1))}\nEmployer: {g.org(employer)} at {g.org(mine)}; supervisor {supervisor.full()}\n\n"
            f"History. On {g.day('yt', injury)} the worker slipped on the steps of a haul truck at the mine, about two hours up the "
            f"{g.loc(g.pick(('Silver Trail', 'North Klondike Highway', 'Robert Campbell Highway')))} from {g.loc(town)}. Seen the same day at the "
            f"{g.org(g.pick(('Mayo Health Centre', 'Dawson City Community Hospital', 'Watson Lake Community Hospital')))} and flown to "
            f"{g.org('Whitehorse General Hospital')}: {K('L4-L5 disc herniation')} on MRI. Treated by Dr {gp.full()} of "
            f"{g.org(g.pick(('Klondyke Medical Clinic', 'Pine Medical Centre', 'Riverstone Medical Clinic')))} and physiotherapist {physio.full()}.\n"
            f"Examination. {K('Straight leg raise positive at 40 degrees on the left')}; {K('Oswestry Disability Index 46%')}; {K('PHQ-9 of 12')}. "
            f"On {K('pregabalin 75 mg twice daily')} and {K('hydromorphone 2 mg up to four times daily')}.\n"
            f"Opinion. The injury arose out of and in the course of employment under the {K('Workers’ Safety and Compensation Act, SY 2021, c 8')}. "
            f"Not at {K('maximum medical improvement')}; fit for modified duties, no lifting over 10 kg, no heavy equipment, from {g.day('yt', day, 30)}. "
            f"A {K('permanent impairment rating')} is premature.\n\n{assessor.full()}, MD, CCFP, Yukon physician licence {L('LICENSE_NUMBER', g.digits(4))}\n"
            f"{g.phone('yt')} | {g.email(assessor, 'northernime.ca')}")
    return "Is the worker fit to return, and on what terms?", body, f"{worker.full()}: modified duties from the given date; not at {K('maximum medical improvement')}."


STRUCTURED = (physio_soap_note, ambulance_pcr, safeguarding_minutes, pharmacist_log, trial_monitoring, estate_inventory, deposition,
              loss_adjuster_report)
NARRATIVE = (rural_gp_referral, handover_dictation, hospice_casenote, school_nurse_referral, discharge_to_care_home, mental_health_tribunal,
             employment_tribunal, police_witness_statement, attendance_note, guardian_report, tenancy_letter, workers_comp_assessment)
CLINICAL = (rural_gp_referral, handover_dictation, hospice_casenote, physio_soap_note, ambulance_pcr, safeguarding_minutes, school_nurse_referral,
            pharmacist_log, trial_monitoring, discharge_to_care_home)
LEGAL = (mental_health_tribunal, employment_tribunal, police_witness_statement, attendance_note, deposition, guardian_report, tenancy_letter,
         estate_inventory, loss_adjuster_report, workers_comp_assessment)
DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {f.__name__: blind10._one_document(f) for f in CLINICAL + LEGAL}
assert set(CLINICAL + LEGAL) == set(STRUCTURED + NARRATIVE) and len(DOCTYPES) == 20


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity), found in document order after the end of the one before it."""
    return blind12.span_offsets(r)


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    return blind12.text_fields(record)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
