"""Twelfth blind scrubbing corpus: twenty registers from fourteen new places, half files in wire and export formats no corpus used, half papers.

    python bench/blind12.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind12.py --out blind12.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber
rule, no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it. Its templates are
bench/blind11.py's and bench/blind3.py's records, labels and soundness check. Ten registers are files in formats no earlier corpus
used: a Gibraltar hospital complaints officer's raw .eml (RFC 5322 headers, MIME multipart/mixed, the family's complaint attached as
message/rfc822, a quoted "On ... wrote:" reply and a signature block), a Vanuatu provincial health team's medevac group chat as the
Telegram Desktop JSON export (date and date_unixtime, from and from_id, a photo's file name with its time, a service message), a
Marshall Islands off-island referral flight's UN/EDIFACT PAXLST passenger list (NAD, ATT, DTM, DOC segments), a Cypriot insurer's
SWIFT MT103 paying a clinical negligence settlement, a virtual trial in the High Court of Saint Lucia as WebVTT captions (speakers in
voice tags), a Faroese genetic counselling pedigree as GEDCOM 5.5.1, a Puerto Rico clinic's ANSI X12 271 eligibility response, a
Georgian hospital's EHR web server access log in combined log format (names, personal numbers and contact details in query
strings), a Cambodian hospital's appointment confirmation as HTML (table cells, hidden form inputs, entities) and a Mongolian mine
worker's claim form as pdftk dumps its fields. The other ten are English-language papers (one a sworn translation): a South Sudanese
International Certificate of Vaccination or Prophylaxis, a Vanuatu medical certificate of cause of death (the WHO form), a Slovak
hospital's CIOMS I adverse reaction report with its internal cover sheet, a Georgian labour inspector's occupational accident
report, a judgment of Cyprus's Administrative Court of International Protection on a South Sudanese applicant, a Saint Lucian
medical council's disciplinary decision, a Mongolian hospital's patient safety incident report, a Gibraltar will with its
attestation, a Malagasy court's full adoption judgment and an Armenian ethics committee's minutes on a living organ donation.

Identifiers follow the public descriptions of their formats, with the check characters computed: IBANs (ISO 13616; Cyprus, Slovak
and Gibraltar), Slovak birth numbers (rodné číslo: YYMMDD with 50 added to a woman's month, the ten digits divisible by 11), Cyprus
tax identification codes (eight digits and the VAT-style check letter: odd places recoded 1,0,5,7,9,13,15,17,19,21, modulo 26) and
US National Provider Identifiers (Luhn over 80840 and the number). Drawn in their published patterns, with no public check:
Mongolian civil register numbers (two Cyrillic letters, the birth date with 20 added to the month from 2000, two digits, odd
second-last for a man), Faroese P-tal numbers (DDMMYY-NNN), Georgian personal numbers (eleven digits) and company identification
codes (nine digits), Georgian vehicle plates (AA-000-AA), Armenian public service numbers (ten digits) and passports (two letters,
seven digits), Malagasy national identity cards (twelve digits, 1 for a man and 2 for a woman first), US social security numbers,
Puerto Rico Medicaid member numbers (ten digits), the EDIFACT and X12 envelopes' control numbers, and every court, claim, incident,
registration and booking number of each place. Where the author found no public description, numbers are drawn as stated here:
Gibraltar identity cards (six digits and a letter) and GHA numbers (G and six digits), Vanuatu VNPF numbers (seven digits), Marshall
Islands passports (M or RM and seven digits), Cyprus identity cards (seven digits), Saint Lucia NIC numbers (six digits), Cambodian
identity cards (nine digits), South Sudanese passports (R and eight digits), Cyprus ARC numbers (seven digits).

Names are the hand-written lists below (never Faker's, never a census list, and no word of them, their nicknames or a Slovak
woman's surname in the name lists of bench/blind2.py to bench/blind11.py: checked when this module loads): Gibraltarian (Genoese,
Maltese, Spanish, Sephardic and British surnames), Saint Lucian, Ni-Vanuatu, Marshallese, Greek Cypriot, Faroese, Puerto Rican (the
father's and the mother's surname), Georgian, Khmer (family name first), Mongolian (the father's name as the passport's surname,
addressed by the given name), South Sudanese (Dinka and Nuer; the second name the father's given name), Slovak (a woman's -ová and
-á), Malagasy and Armenian. Hard cases: the family name in capitals before the given name (CHHAY Dara), a Mongolian father's initial
with the given name (B. Khulan), CIOMS initials with full stops, names split into fields (EDIFACT SURNAME:GIVEN, X12 last and first
elements, GEDCOM GIVN and SURN beside NAME Given /Surname/, a form's surname and given-names fields), a name with slashes (GEDCOM),
names inside query strings joined by + and e-mail addresses percent-encoded, a surname inside a file name, speakers in WebVTT voice
tags, names that are words (Note, Touch, Keo, Mao, Vang, Mráz), particles (deBrum), very long names (Randriamanantena), nicknames
(Gio, Dato, Kikis, Hovo, Jagaa), and people's names inside hospitals, estates and streets (Leroj Kitlang Memorial Health Center,
Owen King European Union Hospital, Calmette Hospital, Kantha Bopha Children's Hospital, CHU Joseph Ravoahangy Andrianavalona,
Izmirlian Medical Center, Archbishop Makarios III Hospital, Varyl Begg Estate, John Compton Highway, Luis Llorens Torres).

Labelling rules are bench/blind11.py's (which extend bench/blind10.py's): the body that issues a number stays outside its span;
social-security, citizen, tax and passport numbers are NATIONAL_ID, numbers that exist for health care HEALTH_ID, professional
registrations, an individual's NPI and vehicle plates LICENSE_NUMBER, file, claim, court, booking, payment and trace numbers
CASE_NUMBER, user names, chat user ids and staff numbers ACCOUNT_NUMBER, a student's number STUDENT_ID, an organisation's NPI and a
company's registration COMPANY_REGISTRATION; hospitals, wards, clinics, local courts (DC NICOSIA in a payment too), reception
centres, universities, firms, insurers paying a claim and employers are ORGANIZATION, whole, even when they carry a person's name,
while national bodies (the Asylum Service, the medical councils, ministries, the Republic) and a health plan's managed-care
organisation in an X12 payer loop are left unlabelled; clock times, ages and years on their own are not labelled (GEDCOM's "ABT
1988" either), a date with its time is one DATE_TIME, and so are dates written YYMMDD or YYYYMMDD in EDIFACT, SWIFT and X12 and a
date in words in a will's attestation; titles (Dr, MUDr., PharmDr., Justice, Madam Justice) stay outside a person's span; each
field of an address is its own LOCATION span, a US state code and a country are not labelled; money amounts, ICD-10 codes, drug
regimens, clinical scales, statutes and case citations are protected terms. New calls for this corpus: a Unix timestamp
(date_unixtime) is DATE_TIME, like the ISO date beside it, and so is the time in a photo's file name; an RFC 5322 Date header is one
DATE_TIME from the weekday to the zone, while a Message-ID, MIME boundary and SWIFT BIC name a message or a bank and are not labelled;
a GEDCOM NAME line's "Given /Surname/" is one PERSON span with its slashes; a value inside a URL's query string or path (a name
joined by +, a personal number, a percent-encoded e-mail address or phone number, a record number) is labelled alone, the host and
path around it left unlabelled; a telephone number in a tel: link and as displayed are two spans; a WebVTT voice tag's name is
PERSON and a role (Court Clerk) is not; EDIFACT and X12 interchange identifiers, payer ids and cue timings are not labelled.
Records, labels and the soundness check are bench/blind3.py's.

Earlier corpora, for comparison (from their docstrings): bench/blind.py and bench/blind2.py (referral e-mails, Nordic, German,
Polish, Indian, Canadian and US papers), bench/blind3.py (Australia, South Africa, Italy, France, Japan, Korea, Brazil, the US,
Turkey, Greece, the Philippines), bench/blind4.py (Ireland, New Zealand, Ontario, Spain, the Netherlands, Sweden, Scotland, India,
Singapore, Mexico; voice dictation, tenancy e-mail threads), bench/blind5.py (Germany, Austria, Switzerland, France, Italy, Romania,
Poland, Czechia, Hungary, Finland, Norway, Denmark, Belgium, Israel, Ukraine, China; a WhatsApp thread, a coroner's inquest, dental
charts), bench/blind6.py (Kerala to Bihar, Nigeria, Kenya, South Africa, the Philippines, Indonesia, Thailand, the Emirates, Saudi
Arabia, the Northern Territory, Mexico, Chile, Argentina, the Netherlands, Sweden), bench/blind7.py (Quebec, Malaysia, Croatia,
Myanmar, Hong Kong, Vietnam, Bulgaria, Iceland, Estonia, Andalusia, Colombia, Ghana, Kazakhstan, Taiwan, Portugal, Manitoba, Peru),
bench/blind8.py (Turkey, Argentina, Ireland, Romania, Czechia, Greece, Flanders, the Netherlands, Switzerland, Austria, Chile,
Mexico, New Zealand, Scotland, Israel, Pakistan, Bangladesh, Nepal, Nigeria, Kenya), bench/blind9.py (Wales, Malta, Northern
Ireland, Jamaica, Uganda, Lebanon, Luxembourg, Zambia, Botswana, Fiji, Nova Scotia, Lithuania, Latvia, Slovenia, Serbia, Ecuador,
Uruguay, the Dominican Republic, Iran, Moldova; speech-to-text, SMS, OCR, e-mail threads), bench/blind10.py (HL7 v2, FHIR, CSV,
audit logs, DICOM, 837P, ICE, TSV dockets, LEDES; Sri Lanka, Mauritius, Zimbabwe, Namibia, Tanzania, Malawi, Trinidad, Samoa, the
Isle of Man, Rwanda) and bench/blind11.py (fixed width, semicolon CSV, headerless CSV, YAML, CDA, Markdown, JSON Lines, iCalendar,
vCard, SQL dumps; Papua New Guinea, Barbados, Belize, Guyana, Sierra Leone, the Gambia, Eswatini, Jersey, Guernsey, Bhutan, Tonga,
Mozambique, the Bahamas, Bermuda, the Caymans, Liberia, Cameroon, Seychelles, the Solomon Islands, Suriname). None of them visited
Gibraltar, Saint Lucia, Vanuatu, the Marshall Islands, Cyprus, the Faroe Islands, Puerto Rico, Georgia, Cambodia, Mongolia, South
Sudan, Slovakia, Madagascar or Armenia, and none used .eml/MIME, Telegram JSON, EDIFACT, SWIFT MT, WebVTT, GEDCOM, X12, web server
logs, HTML or pdftk field dumps.
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
import blind11
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Khmer names are written family name first; a Mongolian's "surname" is the father's given name
# (a patronymic, the passport's SURNAME), and so is a South Sudanese second name; a Slovak woman carries the feminine surname.
PEOPLE = {
    "gi": (("Yvette", "Mireya", "Aránzazu", "Shania", "Kimberley", "Charlene", "Tessa", "Sharlene", "Davinia", "Gianella"),
           ("Kieron", "Nolan", "Adolfo", "Gianni", "Gaetano", "Nicholas", "Karl", "Dorian", "Fabiano", "Ryland"),
           ("Bossino", "Montegriffo", "Olivero", "Danino", "Picardo", "Netto", "Feetham", "Linares", "Isola", "Bruzon", "Balban",
            "Baglietto", "Garbarino", "Sacarello", "Canepa", "Benyunes", "Vinet", "Figueras", "Porral", "Triay")),
    "lc": (("Germaine", "Nerissa", "Laurelle", "Jacintha", "Kerthia", "Ameena", "Lydia", "Velda", "Cicely", "Cornelia"),
           ("Kenson", "Valence", "Ubaldus", "Lucius", "Linford", "Didacus", "Jeanot", "Gasnel", "Cuthwin", "Remy"),
           ("Hippolyte", "Mathurin", "Polius", "Elibox", "Fontenelle", "Louisy", "Chastanet", "Prospere", "Lubin", "Gaillard", "Monrose",
            "Faucher", "Jules", "Augustin", "Nahum", "Cenac", "Descartes", "Leon", "Serieux")),
    "vu": (("Leimara", "Esline", "Nelly", "Serah", "Relvie", "Lolita", "Mereline", "Annick", "Ninette", "Vanessa"),
           ("Kalo", "Obed", "Charlot", "Yoan", "Bakoa", "Jimmy", "Kalpokas", "Willie", "Tasso", "Amos"),
           ("Kalsakau", "Natapei", "Molisa", "Vohor", "Iauko", "Salwai", "Abbil", "Kilman", "Lini", "Tabimasmas", "Napuat",
            "Regenvanu", "Bule", "Tosul", "Kalmet", "Nipiko", "Naupa", "Iatika", "Tevi", "Moli")),
    "mh": (("Neijon", "Rosalie", "Lijiwa", "Bernice", "Hilda", "Lerna", "Daisey", "Kathleen", "Lanie", "Jabwe"),
           ("Amatlain", "Jiba", "Wilbur", "Alson", "Litokwa", "Kessai", "Jurelang", "Casten", "Hilton", "Mattlan"),
           ("Kabua", "deBrum", "Heine", "Loeak", "Zackhras", "Anjain", "Jetnil", "Langrine", "Nemra", "Tomeing", "Kattil", "Bigler",
            "Note", "Balos", "Lakjohn", "Jorbon", "Jeadrik", "Lanki")),
    "cy": (("Andriana", "Chrystalla", "Panayiota", "Loukia", "Skevi", "Androulla", "Eftychia", "Marilena", "Despo", "Antigoni"),
           ("Christakis", "Neophytos", "Savvas", "Kyriakos", "Panicos", "Loizos", "Sotiris", "Marios", "Zenon", "Costakis"),
           ("Hadjipavlou", "Kyprianou", "Neophytou", "Mavrommatis", "Zenonos", "Charalambous", "Theocharous", "Savvides", "Ioannides",
            "Christofides", "Hadjigeorgiou", "Kleanthous", "Pittas", "Evagorou", "Stylianou", "Koumas", "Kyriacou", "Panayides")),
    "fo": (("Sólja", "Turið", "Rannvá", "Bjørg", "Marjun", "Beinta", "Ásla", "Hervør", "Elinborg", "Jóhild"),
           ("Jógvan", "Rúni", "Heðin", "Sjúrður", "Tróndur", "Bárður", "Eyðun", "Hanus", "Símun", "Pauli"),
           ("Joensen", "Poulsen", "Djurhuus", "Lamhauge", "Midjord", "Nolsøe", "Dalsgaard", "Reinert", "Skaalum", "Gaardlykke",
            "Hammershaimb", "Zachariasen", "Niclasen", "Vang", "Mortensen", "Ellefsen", "Lützen", "Winther")),
    "pr": (("Coralys", "Zuleika", "Nitza", "Yolimar", "Damaris", "Wanda", "Glorimar", "Keishla", "Yamilet", "Migdalia"),
           ("Radamés", "Yadiel", "Edgardo", "Osvaldo", "Eliezer", "Ramphis", "Jeyson", "Gadiel", "Yamil", "Wilkins"),
           ("Quiñones", "Cintrón", "Oquendo", "Irizarry", "Negrón", "Cordero", "Colón", "Rosado", "Maldonado", "Pagán", "Vélez",
            "Arroyo", "Ocasio", "Acevedo", "Cruzado", "Rivera", "Laboy", "Nieves", "Lebrón", "Matos")),
    "ge": (("Nanuka", "Khatuna", "Mariam", "Ketevan", "Eka", "Natia", "Nestan", "Tinatin", "Lela", "Sophio"),
           ("Giorgi", "Davit", "Levan", "Zurab", "Irakli", "Lasha", "Tornike", "Vakhtang", "Otar", "Revaz"),
           ("Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Tsiklauri", "Lomidze", "Kvaratskhelia", "Japaridze", "Bolkvadze",
            "Mchedlishvili", "Chkheidze", "Gogoladze", "Natroshvili", "Abashidze", "Lordkipanidze", "Tsereteli")),
    "kh": (("Sreymom", "Sophea", "Chanthou", "Bopha", "Sokha", "Raksmey", "Sreyleak", "Chenda", "Phalla", "Kanha"),
           ("Dara", "Vannak", "Rithy", "Sovann", "Piseth", "Vuthy", "Sokhom", "Bunthoeun", "Narith", "Visal"),
           ("Chhay", "Chan", "Tep", "Keo", "Nhem", "Prak", "Meas", "Chhun", "Ouk", "Svay", "Touch", "Chea", "Yim", "Khieu", "Mao", "Sar",
            "Pich", "Nuon")),
    "mn": (("Enkhjargal", "Oyuntsetseg", "Solongo", "Narantuya", "Bolormaa", "Altantsetseg", "Uranchimeg", "Khulan", "Saruul", "Tsetsegmaa"),
           ("Bat-Erdene", "Ganbold", "Munkhbat", "Tumurbaatar", "Erdenebat", "Batzorig", "Temuulen", "Ochirbat", "Gantulga", "Naranbaatar"),
           ("Batbayar", "Dorjsuren", "Tsogtbaatar", "Purevdorj", "Lkhagvasuren", "Damdinsuren", "Enkhbold", "Davaajav", "Sodnomdarjaa",
            "Chuluunbaatar", "Otgonbayar", "Baasanjav", "Gombosuren", "Nyamdavaa")),
    "ss": (("Nyandeng", "Achol", "Abuk", "Nyaboth", "Athieng", "Ayen", "Nyakuoth", "Adut", "Akuol", "Nyariek"),
           ("Garang", "Majok", "Akol", "Manyok", "Gatluak", "Kuol", "Lual", "Makuei", "Chol", "Gatkuoth"),
           ("Mayen", "Ajak", "Aguer", "Ruot", "Biel", "Thon", "Madut", "Manyang", "Yak", "Malual", "Nhial", "Jok", "Ayuel", "Gai", "Dut")),
    "sk": (("Ľubica", "Slavomíra", "Dobroslava", "Ružena", "Želmíra", "Ivica", "Bohuslava", "Radoslava", "Kvetoslava", "Alžbeta"),
           ("Ľuboslav", "Branislav", "Rastislav", "Mojmír", "Dezider", "Matúš", "Boleslav", "Maroš", "Radovan", "Juraj"),
           ("Hudák", "Oravec", "Ďuriš", "Šimko", "Hrnčiar", "Lukáč", "Baláž", "Mikuš", "Kováčik", "Mráz", "Slobodník", "Janík", "Hlinka",
            "Kmeť", "Rybár", "Záhorský", "Kučerák")),
    "mg": (("Voahangy", "Hanitra", "Lalao", "Noro", "Haingo", "Mialy", "Vololona", "Rindra", "Soa", "Fanja"),
           ("Hery", "Rivo", "Tojo", "Andry", "Naina", "Toky", "Njaka", "Solofo", "Tahina", "Fidy"),
           ("Rakotomalala", "Randriamanantena", "Razafindrakoto", "Andrianarivo", "Rasoanaivo", "Ravelojaona", "Rabemananjara",
            "Ratsimbazafy", "Andriamahefa", "Razanamparany", "Rakotondrabe", "Ramanantsoa", "Rajaonarison", "Randrianasolo")),
    "am": (("Anahit", "Lusine", "Armine", "Hasmik", "Gayane", "Nune", "Siranush", "Knarik", "Astghik", "Tatevik"),
           ("Aram", "Tigran", "Hayk", "Vahagn", "Gevorg", "Hovhannes", "Ashot", "Samvel", "Vardan", "Narek"),
           ("Hovhannisyan", "Grigoryan", "Sargsyan", "Petrosyan", "Harutyunyan", "Khachatryan", "Vardanyan", "Mkrtchyan", "Ghazaryan",
            "Avetisyan", "Manukyan", "Babayan", "Karapetyan", "Poghosyan", "Abrahamyan", "Zakaryan")),
}
SK_FEMININE = {"Hudák": "Hudáková", "Oravec": "Oravcová", "Ďuriš": "Ďurišová", "Šimko": "Šimková", "Hrnčiar": "Hrnčiarová", "Lukáč": "Lukáčová",
               "Baláž": "Balážová", "Mikuš": "Mikušová", "Kováčik": "Kováčiková", "Mráz": "Mrázová", "Slobodník": "Slobodníková",
               "Janík": "Janíková", "Hlinka": "Hlinková", "Kmeť": "Kmeťová", "Rybár": "Rybárová", "Záhorský": "Záhorská",
               "Kučerák": "Kučeráková"}  # fmt: skip
NICKNAMES = {"Giorgi": "Gio", "Davit": "Dato", "Ketevan": "Keti", "Sophio": "Sopo", "Ľuboslav": "Ľubo", "Branislav": "Braňo",
             "Coralys": "Cora", "Kyriakos": "Kikis", "Panayiota": "Yiota", "Sotiris": "Sotos", "Hovhannes": "Hovo", "Vahagn": "Vaho",
             "Enkhjargal": "Jagaa", "Tumurbaatar": "Tumur", "Batzorig": "Bataa", "Hippolyte": "Polo", "Kalpokas": "Kal",
             "Amatlain": "Mattie", "Sjúrður": "Sjúrdi", "Voahangy": "Vony", "Rakotomalala": "Rakoto"}  # fmt: skip
FAMILY_FIRST = {"kh"}
SHARES_FAMILY_NAME = {"gi", "lc", "vu", "mh", "cy", "fo", "pr", "ge", "am", "sk"}  # a wife or child who carries the family name
FATHERS_NAME = {"mn", "ss"}  # a child's second name is the father's given name
PARTICLES = blind11.PARTICLES


def fold12(text: str) -> str:
    return blind11.fold11(text.replace("ð", "d").replace("Ð", "D").replace("ø", "o").replace("Ø", "O").replace("ľ", "l").replace("Ľ", "L")
                          .replace("ť", "t").replace("ď", "d").replace("Ď", "D"))


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold12(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind11.py."""
    return blind11.earlier_names() | blind11.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [*SK_FEMININE.values(), *NICKNAMES.values()]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
assert not {w for n in NICKNAMES for w in name_words(n)} - own_names(), "a nickname of a name not in the lists"
assert set(SK_FEMININE) == set(PEOPLE["sk"][2])


@dataclass
class Person:
    first: str
    last: str
    culture: str
    female: bool

    def plain(self) -> str:
        return f"{self.last} {self.first}" if self.culture in FAMILY_FIRST else f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def given(self) -> str:
        return L("PERSON", self.first)

    def sur(self) -> str:
        return L("PERSON", self.last)

    def called(self) -> str:
        """How the person is named after the first mention: a Mongolian by the given name, a Khmer by both names, others by the surname."""
        return self.given() if self.culture == "mn" else self.full() if self.culture == "kh" else self.sur()

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.called()}"

    def caps(self) -> str:
        return L("PERSON", self.plain().upper())

    def family_caps(self) -> str:
        """The family name in capitals before the given name, as Cambodian and Mongolian forms write it: "CHHAY Dara"."""
        return L("PERSON", f"{self.last.upper()} {self.first}")

    def comma(self, caps: bool = False) -> str:
        text = f"{self.last.upper()}, {self.first}"
        return L("PERSON", text.upper() if caps else text)

    def initial(self) -> str:
        """The given name's initial and the surname ("K. Bossino"); a Mongolian's father's initial and the given name ("B. Khulan")."""
        if self.culture == "mn":
            return L("PERSON", f"{self.last[0]}. {self.first}")
        return L("PERSON", f"{self.first[0]}. {self.last}")

    def initials(self) -> str:
        return L("PERSON", "".join(w[0] for w in re.split(r"[\s\-']+", self.plain()) if w and w[0].isupper()))

    def dotted(self) -> str:
        """Initials with full stops, as a CIOMS form asks for them (first, last): "Ž.H."."""
        return L("PERSON", f"{self.first[0]}.{self.last[0]}.")

    def nick(self) -> str:
        return L("PERSON", NICKNAMES.get(self.first, NICKNAMES.get(self.last, self.first)))

    def ascii(self, sep: str = ".") -> str:
        first = re.sub(r"[^a-z]", "", fold12(self.first.split()[0]).lower())
        last = re.sub(r"[^a-z]", "", fold12(self.last.split()[0]).lower())
        return f"{first}{sep}{last}"

    def upper_ascii(self, part: str) -> str:
        return re.sub(r"[^A-Z -]", "", fold12(part).upper())


KIN = {True: ("wife", "daughter", "sister", "mother"), False: ("husband", "son", "brother", "father")}


def kin_word(g: Draw, p: Person, words: dict[bool, tuple[str, ...]] = KIN) -> str:
    return g.pick(words[p.female])


bare = blind10.bare
js = blind10.js
EN_MONTHS = blind9.EN_MONTHS
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ORDINAL = blind9.blind8.nth

# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions

luhn = blind9.luhn
iban = blind9.iban  # ISO 13616


def npi_digit(nine: str) -> str:
    """US National Provider Identifier: the Luhn digit over 80840 and the first nine digits."""
    return luhn("80840" + nine)


CY_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21)


def cy_tic_letter(eight: str) -> str:
    """Cyprus tax identification code (TIC, the VAT number's form): digits in the odd places (1st, 3rd ...) recoded 1,0,5,7,9,13,15,17,19,21,
    the others as they are, the sum modulo 26 as a letter."""
    return chr(65 + sum(CY_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(eight)) % 26)


def rodne_cislo_digit(nine: str) -> int | None:
    """Slovak (and Czech) birth number since 1954: ten digits divisible by 11; None where the remainder would need a tenth digit of 10."""
    d = -int(nine) * 10 % 11
    return None if d == 10 else d


assert npi_digit("123456789") == "3" and cy_tic_letter("10259033") == "P" and int("7103192745") % 11 == 0
assert iban("CY", "002001280000001200527600") == "CY17002001280000001200527600" and iban("SK", "12000000198742637541") == "SK3112000000198742637541"
assert iban("GI", "NWBK000000007099453") == "GI75NWBK000000007099453"

PHONES = {
    "gi": ("+350 200 #####", "200#####", "+350 54######", "56######", "+350 200 7####"),
    "lc": ("+1 758 45#-####", "(758) 45#-####", "758-28#-####", "(758) 71#-####", "+1 758 72# ####"),
    "vu": ("+678 55#####", "77#####", "+678 22###", "2####", "54#####"),
    "mh": ("+692 625-####", "625-####", "+692 455-####", "247-####", "(692) 528-####"),
    "cy": ("+357 99 ######", "99 ######", "+357 22 ######", "22######", "96######"),
    "fo": ("+298 ## ## ##", "## ## ##", "+298 5#####", "21####"),
    "pr": ("(787) ###-####", "787-###-####", "(939) ###-####", "+1 787 ### ####"),
    "ge": ("+995 5## ## ## ##", "5## ## ## ##", "+995 32 2## ## ##", "032 2## ## ##"),
    "kh": ("+855 12 ### ###", "012 ### ###", "+855 97 ### ####", "023 ### ###", "+855 23 ### ###"),
    "mn": ("+976 99## ####", "88######", "+976 11 ######", "9911-####", "+976 7011 ####"),
    "ss": ("+211 92# ### ###", "092# ### ###", "+211 91# ### ###", "+211 98# ### ###"),
    "sk": ("+421 9## ### ###", "09## ### ###", "+421 2 ### ### ##", "02/#### ####", "+421 37 ### ####"),
    "mg": ("+261 34 ## ### ##", "034 ## ### ##", "+261 32 ## ### ##", "033 ## ### ##", "+261 20 22 ### ##"),
    "am": ("+374 91 ######", "091 ## ## ##", "+374 10 ######", "010 ## ## ##", "+374 77 ######"),
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
        p = Person(self._name(women if female else men), self._name(surnames), culture, female)
        if culture == "pr" and self.rng.random() < 0.4:  # the father's and the mother's surname
            p.last += " " + self._name(surnames)
        if culture == "sk" and female:
            p.last = SK_FEMININE[p.last]
            self.used |= name_words(p.last)
        return p

    def relative(self, p: Person, female: bool) -> Person:
        """A spouse or child: the family name carried on where the culture does; a Mongolian or South Sudanese child takes the father's given name."""
        r = self.person(p.culture, female)
        if p.culture in SHARES_FAMILY_NAME:
            base = next((m for m, f in SK_FEMININE.items() if f == p.last), p.last)
            r.last = SK_FEMININE.get(base, base) if p.culture == "sk" and female else base
        elif p.culture in FATHERS_NAME and not p.female:
            r.last = p.first
        return r

    def firm(self, culture: str) -> str:
        return self._name(PEOPLE[culture][2])

    # dates

    def ymd(self, first: int = 1940, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def base(self, first: int = 2023, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        mon = EN_MONTHS[m - 1]
        uk = (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{ORDINAL(d)} {mon} {y}", f"{d} {mon[:3]} {y}")
        us = (f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}")
        forms = {"mh": us, "pr": us[:2] + (f"{d:02d}/{m:02d}/{y}",), "cy": uk[:2] + (f"{d}.{m}.{y}",), "fo": (f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}"),
                 "sk": (f"{d}. {m}. {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}"), "ge": (f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}"),
                 "kh": (f"{d:02d}-{mon[:3]}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}"), "mn": (f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}"),
                 "mg": (f"{d:02d}/{m:02d}/{y}", f"{d} {FR_MONTHS[m - 1]} {y}"), "am": (f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}")}
        return self.pick(forms.get(cc, uk))

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

    def rfc_date(self, date: datetime.date, hour: int | None = None, zone: str = "+0100") -> str:
        """An RFC 5322 Date header's value, weekday to zone, one span."""
        hh, mm = self.clock(hour).split(":")
        return L("DATE_TIME", f"{WEEKDAYS[date.weekday()]}, {date.day:02d} {EN_MONTHS[date.month - 1][:3]} {date.year} {hh}:{mm}:{self.rng.randint(0, 59):02d} {zone}")

    # contact details

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern)

    def phone_text(self, cc: str, mobile: bool = False) -> str:
        return self.shape(self.pick(PHONES[cc][:2] if mobile else PHONES[cc]))

    def phone(self, cc: str, mobile: bool = False) -> str:
        return L("PHONE_NUMBER", self.phone_text(cc, mobile))

    def email_text(self, p: Person, domain: str) -> str:
        first, last = p.ascii().split(".")
        return self.pick((f"{first}.{last}", f"{first}{last[0]}{self.digits(2)}", f"{first[0]}{last}", f"{last}.{first}", f"{first}_{last}")) \
            + f"@{domain}"

    def email(self, p: Person, domain: str) -> str:
        return L("EMAIL_ADDRESS", self.email_text(p, domain))

    def fill(self, template: str) -> str:
        return template.format(n=self.rng.randint(2, 180), k=self.rng.randint(1, 40), m=self.rng.randint(1, 9), X=self.letters(1),
                               t=self.digits(3), L2=self.letters(2))

    def place(self, templates: tuple[str, ...]) -> str:
        return L("LOCATION", self.fill(self.pick(templates)))

    def hexa(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    # identifiers with a published check

    def iban_text(self, country: str, bban: str, spaced: bool | None = None) -> str:
        n = iban(country, bban)
        spaced = self.rng.random() < 0.6 if spaced is None else spaced
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if spaced else n

    def cy_iban(self, spaced: bool | None = None) -> str:
        """A Cyprus IBAN: three digits of bank, five of branch, sixteen of account."""
        return self.iban_text("CY", self.pick(("002", "005", "018", "003")) + self.digits(5) + "0000" + self.digits(12), spaced)

    def sk_iban(self) -> str:
        """A Slovak IBAN: four digits of bank, a six-digit prefix and a ten-digit account."""
        return self.iban_text("SK", self.pick(("0900", "1100", "0200", "7500")) + "000000" + self.digits(10))

    def gi_iban(self) -> str:
        """A Gibraltar IBAN: the bank's four letters and fifteen characters of account."""
        return self.iban_text("GI", self.pick(("NWBK", "GIBK", "TURO", "JYBK")) + "0000000" + self.digits(8))

    def npi(self) -> str:
        nine = self.pick("12") + self.digits(8)
        return nine + npi_digit(nine)

    def cy_tic(self) -> str:
        eight = self.pick("01") + self.digits(7)
        return eight + cy_tic_letter(eight)

    def rodne_cislo(self, ymd: tuple[int, int, int], female: bool) -> str:
        """YYMMDD (50 added to a woman's month), a slash, four digits: the whole divisible by 11."""
        y, m, d = ymd
        while True:
            nine = f"{y % 100:02d}{m + 50 * female:02d}{d:02d}{self.digits(3)}"
            check = rodne_cislo_digit(nine)
            if check is not None:
                return f"{nine[:6]}/{nine[6:]}{check}"

    # identifiers drawn in their published patterns (no public check)

    def birth_digits(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        return f"{y % 100:02d}{m:02d}{d:02d}"

    def mn_register(self, ymd: tuple[int, int, int], female: bool) -> str:
        """A Mongolian civil register number: two Cyrillic letters, the birth date YYMMDD (20 added to the month from 2000), two digits,
        the second-last odd for a man."""
        y, m, d = ymd
        sex = self.pick("13579" if not female else "02468")
        return self.pick(("УБ", "ЧИ", "ДА", "ОЮ", "ЕЮ", "УЗ", "ТА")) + f"{y % 100:02d}{m + 20 * (y >= 2000):02d}{d:02d}{sex}{self.digits(1)}"


# ---------------------------------------------------------------- machine and semi-structured files

GI_HOMES = ("Flat {k}, {n} Main Street", "{k} Castle Ramp", "Flat {k}, Block {m}, Varyl Begg Estate", "{k} Rosia Road", "Flat {k}, Harbour Views",
            "{k} Europa Road", "{n} Catalan Bay Road", "Flat {k}, Laguna Estate", "{k} Governor's Parade")
GI_CASES = (("a fractured neck of femur", "he waited 52 hours for his hemiarthroplasty", "enoxaparin 40 mg daily"),
            ("a grade 3 pressure ulcer on the sacrum", "nobody turned him at night", "co-amoxiclav 625 mg TDS"),
            ("a fall on the ward with a subdural haematoma", "the bed rails were left down", "levetiracetam 500 mg BD"),
            ("hospital-acquired pneumonia", "his call bell was out of reach", "piperacillin-tazobactam 4.5 g TDS"))
GI_FIRMS = ("{a} & {b}", "{a} {b} Barristers & Solicitors", "{a} Legal")


def eml_forwarded(g: Gen) -> tuple[str, str, str]:
    """A Gibraltar hospital's complaints officer forwards a family's complaint to the hospital's solicitors: a raw .eml, MIME multipart,
    the complaint attached as message/rfc822, a quoted earlier reply and a signature block."""
    officer, solicitor, manager, complainant = g.person("gi"), g.person("gi"), g.person("gi"), g.person("gi")
    father = g.relative(complainant, False)
    a, b = g.firm("gi"), g.firm("gi")
    firm = g.pick(GI_FIRMS).format(a=a, b=b)
    domain = re.sub(r"[^a-z]", "", fold12(a).lower()) + ".gi"
    dx, grievance, drug = g.pick(GI_CASES)
    day = g.base()
    sent = day - datetime.timedelta(days=g.rng.randint(2, 9))
    quoted = day - datetime.timedelta(days=g.rng.randint(12, 40))
    ref = f"PALS/{day.year}/{g.digits(4)}"
    boundary = "=_" + g.hexa(24)
    ymd = g.ymd(1931, 1950)
    rel = "my father"
    officer_mail = g.email(officer, "gha.gi")
    server = f"DB{g.digits(1)}PR0{g.digits(1)}MB{g.digits(4)}"
    body = (f"The complaint as saved from the mailbox (complaint.eml):\n\n"
            f"From: \"{officer.full()}\" <{officer_mail}>\n"
            f"To: \"{solicitor.full()}\" <{g.email(solicitor, domain)}>\n"
            f"Cc: {g.email(manager, 'gha.gi')}\n"
            f"Subject: Fwd: Formal complaint - {father.full()} - {L('CASE_NUMBER', ref)}\n"
            f"Date: {g.rfc_date(day, g.rng.randint(8, 17))}\n"
            f"Message-ID: <{server}{g.hexa(12).upper()}@{server}.eurprd04.prod.outlook.com>\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: multipart/mixed; boundary=\"{boundary}\"\n\n"
            f"This is a multi-part message in MIME format.\n\n"
            f"--{boundary}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            f"Dear {solicitor.given()},\n\nPlease see the complaint below from {complainant.full()} about the care of {complainant.female and 'her' or 'his'} "
            f"father on {L('ORGANIZATION', g.pick(('John Mackintosh Ward', 'Victoria Ward', 'Godley Ward')))}. The family mentions a claim, so it comes to {L('ORGANIZATION', firm)} first. "
            f"We must reply within 20 working days under the {K('Medical and Health Act 1997')}; could you advise on {K('duty of candour')} before we do?\n\n"
            f"On {L('DATE_TIME', f'{WEEKDAYS[quoted.weekday()]}, {quoted.day} {EN_MONTHS[quoted.month - 1][:3]} {quoted.year} at {g.clock(g.rng.randint(9, 18))}')}, "
            f"{solicitor.full()} <{g.email(solicitor, domain)}> wrote:\n"
            f"> {officer.given()}, for any complaint that mentions a claim, please send it to us\n"
            f"> before replying. Kind regards, {solicitor.initials()}\n\n"
            f"-- \n{officer.full()}\nPatient Advocacy and Liaison Service\n{L('ORGANIZATION', 'St Bernard’s Hospital')}, {L('LOCATION', 'Harbour Views Road')}\n"
            f"Tel. {g.phone('gi')}\n\n"
            f"--{boundary}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"complaint.eml\"\n\n"
            f"From: {complainant.full()} <{g.email(complainant, g.pick(('gibtelecom.net', 'gmail.com', 'hotmail.com')))}>\n"
            f"To: {L('EMAIL_ADDRESS', 'complaints@gha.gi')}\n"
            f"Subject: Complaint about {rel}'s care\n"
            f"Date: {g.rfc_date(sent, g.rng.randint(18, 23))}\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n\n"
            f"To whom it may concern,\n\n{rel.capitalize()}, {father.full()} (born {g.dob('gi', ymd)}, GHA number {L('HEALTH_ID', 'G' + g.digits(6))}, "
            f"ID card {L('NATIONAL_ID', g.digits(6) + g.pick('ABCD'))}), was admitted with {K(dx)} on {g.day('gi', sent, -g.rng.randint(10, 30))}. "
            f"{grievance.capitalize()}. He was put on {K(drug)} and nobody told us why. We live at {g.place(GI_HOMES)}, {L('LOCATION', 'GX11 1AA')}; "
            f"my mobile is {g.phone('gi', True)}.\n\n{complainant.full()}\n"
            f"\n--{boundary}--\n")
    return "Summarise the complaint for the solicitor's file.", body, f"{complainant.full()} complains about {father.sur()}'s care: {K(dx)}."


VU_PLACES = (("Lenakel", "Tanna", "Lenakel Hospital", "Whitegrass"), ("Isangel", "Tanna", "Lenakel Hospital", "Whitegrass"),
             ("Lakatoro", "Malekula", "Norsup Hospital", "Norsup"), ("Port Olry", "Espiritu Santo", "Northern Provincial Hospital", "Pekoa"),
             ("Saratamata", "Ambae", "Lolowai Hospital", "Longana"), ("Sola", "Vanua Lava", "Sola Health Centre", "Vanua Lava"))
VU_CASES = (("severe pneumonia, SpO2 84% on room air", "oxygen 2 L/min and IV ceftriaxone 1 g"), ("obstructed labour, 2 days", "IV fluids and oxytocin stopped"),
            ("open fracture of the left tibia", "IV cloxacillin 1 g and splint"), ("suspected appendicitis with peritonitis", "IV metronidazole 500 mg"),
            ("severe dehydration with cholera-like diarrhoea", "Ringer's lactate 2 L and doxycycline 300 mg"))


def telegram_export(g: Gen) -> tuple[str, str, str]:
    """A Vanuatu provincial health team's medevac group chat, exported by Telegram Desktop as result.json (date, unixtime, from, from_id)."""
    town, island, hospital, strip = g.pick(VU_PLACES)
    nurse, doctor, registrar, coord, newbie = (g.person("vu") for _ in range(5))
    pt = g.person("vu")
    mother = g.relative(pt, True)
    dx, given = g.pick(VU_CASES)
    day = g.base()
    zone = datetime.timezone(datetime.timedelta(hours=11))
    moment = datetime.datetime(day.year, day.month, day.day, g.rng.randint(6, 9), g.rng.randint(0, 59), g.rng.randint(0, 59), tzinfo=zone)
    ids = {id(p): f"user{g.pick('157')}{g.digits(9)}" for p in (nurse, doctor, registrar, coord)}
    messages, n = [], g.rng.randint(2000, 9000)

    def msg(p: Person, text: str, **extra: str) -> None:
        nonlocal moment, n
        moment += datetime.timedelta(minutes=g.rng.randint(1, 25), seconds=g.rng.randint(0, 59))
        n += g.rng.randint(1, 3)
        m = {"id": n, "type": "message", "date": L("DATE_TIME", moment.strftime("%Y-%m-%dT%H:%M:%S")),
             "date_unixtime": L("DATE_TIME", str(int(moment.timestamp()))), "from": p.full(), "from_id": L("ACCOUNT_NUMBER", ids[id(p)])}
        m.update(extra)
        m["text"] = text
        messages.append(m)

    msg(nurse, f"Medevac request: {pt.full()}, {g.rng.randint(1, 40)}{'F' if pt.female else 'M'}, from {L('LOCATION', town)}, {L('LOCATION', island)}. "
               f"{K(dx)}. Given {K(given)}. Hosp no {L('HEALTH_ID', 'VCH' + g.digits(6))}")
    msg(doctor, f"Mi toktok wetem {registrar.given()} long VCH finis, hem i accept. {coord.given()} yu save faenem plen?")
    msg(coord, f"Charter can land {L('LOCATION', strip)} at {g.clock(g.rng.randint(10, 15))}. Escort: {mother.full()} (mother), {g.phone('vu', True)}, "
               f"VNPF {L('NATIONAL_ID', g.digits(7))}")
    stamp = moment + datetime.timedelta(minutes=3)
    msg(nurse, "", photo=f"photos/photo_{g.rng.randint(1, 40)}@{L('DATE_TIME', stamp.strftime('%d-%m-%Y_%H-%M-%S'))}.jpg", width=1280, height=960)
    n += 1
    moment += datetime.timedelta(minutes=2)
    messages.append({"id": n, "type": "service", "date": L("DATE_TIME", moment.strftime("%Y-%m-%dT%H:%M:%S")),
                     "date_unixtime": L("DATE_TIME", str(int(moment.timestamp()))), "actor": doctor.full(),
                     "actor_id": L("ACCOUNT_NUMBER", ids[id(doctor)]), "action": "invite_members", "members": [newbie.full()]})
    msg(registrar, f"Bed ready in ICU at {L('ORGANIZATION', 'Vila Central Hospital')}. Ambulance will meet the plane at Bauerfield. "
                   f"Family house for {mother.given()}: {L('URL', 'https://maps.app.goo.gl/' + ''.join(g.rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(17)))}")
    msg(doctor, f"Tankyu tumas. {pt.given()} i stap long {L('ORGANIZATION', hospital)} until the plane. Please keep the {K('Glasgow Coma Scale 15')} chart going.")
    export = {"name": f"{island} PHD Medevac", "type": "private_supergroup", "id": int(g.digits(10)) | 1, "messages": messages}
    body = (f"Export of the group chat (Telegram Desktop, result.json), kept for the medevac audit:\n\n{js(export)}\n")
    return "Reconstruct the timeline of this medevac.", body, f"{pt.full()} referred from {L('ORGANIZATION', hospital)} with {K(dx)}."


MH_HOMES = (("Delap", "Majuro"), ("Rairok", "Majuro"), ("Uliga", "Majuro"), ("Ebeye", "Kwajalein"), ("Laura", "Majuro"), ("Jenrok", "Majuro"))
MH_CASES = (("unstable angina, three-vessel disease on echo", "coronary angiography"), ("rheumatic mitral stenosis, valve area 0.9 cm2", "balloon mitral valvotomy"),
            ("suspected acute myeloid leukaemia", "bone marrow biopsy and induction chemotherapy"), ("diabetic foot with osteomyelitis", "below-knee amputation"))
HNL = (("1314 S KING ST", "96814"), ("1441 KAPIOLANI BLVD", "96814"), ("2005 KALIA RD", "96815"), ("1600 KAPIOLANI BLVD", "96814"))


def edifact_name(p: Person) -> str:
    return f"{L('PERSON', p.upper_ascii(p.last))}:{L('PERSON', p.upper_ascii(p.first))}"


def paxlst_manifest(g: Gen) -> tuple[str, str, str]:
    """The Marshall Islands off-island referral office's passenger list for a referral flight to Honolulu, as the UN/EDIFACT PAXLST message
    the carrier sends ahead (NAD, ATT, DTM, LOC, NAT, RFF, DOC segments for each passenger)."""
    coord, pt, nurse = g.person("mh"), g.person("mh"), g.person("mh")
    escort = g.relative(pt, g.rng.random() < 0.5)
    dx, need = g.pick(MH_CASES)
    day = g.base()
    ref = g.digits(9)
    dep = f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"
    segs = ["UNH+1+PAXLST:D:05B:UN:IATA", "BGM+745", f"NAD+MS+++{edifact_name(coord)}", f"COM+{L('PHONE_NUMBER', g.shape('692625####'))}:TE",
            f"TDT+20+UA{g.pick(('154', '155'))}+++UA", "LOC+125+MAJ", f"DTM+189:{L('DATE_TIME', dep + g.pick(('1035', '0650', '1120')))}:201",
            "LOC+87+HNL", f"DTM+232:{L('DATE_TIME', dep + g.pick(('2305', '2140')))}:201"]
    street, post = g.pick(HNL)
    for p in (pt, escort, nurse):
        ymd = g.ymd(1950, 2010) if p is not nurse else g.ymd(1970, 1995)
        exp = (day.year + g.rng.randint(1, 6), g.rng.randint(1, 12), g.rng.randint(1, 28))
        segs += [f"NAD+FL+++{edifact_name(p)}+{L('LOCATION', street)}+{L('LOCATION', 'HONOLULU')}+HI+{L('LOCATION', post)}+USA",
                 f"ATT+2++{'F' if p.female else 'M'}", f"DTM+329:{L('DATE_TIME', g.birth_digits(ymd))}", "LOC+178+MAJ", "LOC+179+HNL",
                 "NAT+2+MHL", f"RFF+AVF:{L('CASE_NUMBER', g.letters(6))}", f"DOC+P:110:111+{L('NATIONAL_ID', g.pick(('M', 'RM')) + g.digits(7))}",
                 f"DTM+36:{L('DATE_TIME', g.birth_digits(exp))}", "LOC+91+MHL"]
    segs += ["CNT+42:3"]
    segs.append(f"UNT+{len(segs) + 1}+1")
    message = ["UNA:+.? '", f"UNB+UNOA:4+UA:ZZ+USCSAPIS:ZZ+{L('DATE_TIME', dep + ':' + g.pick(('0412', '0530')))}+{ref}'"] + [s + "'" for s in segs] + [f"UNZ+1+{ref}'"]
    body = (f"{L('ORGANIZATION', 'Leroj Kitlang Memorial Health Center')}, {L('LOCATION', 'Majuro')} -- off-island referral\n"
            f"Patient {pt.full()} ({g.pick(MH_HOMES)[0]} area), {K(dx)}, referred for {K(need)} at {L('ORGANIZATION', 'The Queen’s Medical Center')}. "
            f"Escort {escort.full()}; medical attendant {nurse.full()}, RN. Coordinator {coord.full()}, {g.email(coord, 'rmihealth.org')}.\n\n"
            f"API manifest as the carrier sent it (UN/EDIFACT PAXLST):\n" + "\n".join(message) + "\n")
    return "Who travels on this referral flight, and why?", body, f"{pt.full()}, escort {escort.full()}: {K(need)}."


CY_INSURERS = ("Kition Insurance Ltd", "Troodos General Insurance Ltd", "Akamas Mutual Insurance Ltd", "Pafos Assurance Company Ltd")
CY_HOSPITALS = ("Limassol General Hospital", "Nicosia General Hospital", "Larnaca General Hospital", "Apollonion Private Hospital", "Archbishop Makarios III Hospital")
CY_COURTS = (("District Court of Nicosia", "NICOSIA"), ("District Court of Limassol", "LIMASSOL"), ("District Court of Larnaca", "LARNACA"))
CY_HOMES = (("{n} ARCH. MAKARIOU III AVE", "1065 NICOSIA"), ("{n} GRIVA DIGENI AVE", "3035 LIMASSOL"), ("{k} KIMONOS STR, ENGOMI", "2406 NICOSIA"),
            ("{k} ATHINON STR, ARADIPPOU", "7101 LARNACA"), ("{k} APOSTOLOU PAVLOU AVE", "8046 PAPHOS"))
CY_INJURIES = ("obstetric brachial plexus injury (Erb's palsy)", "retained surgical swab after caesarean section", "delayed diagnosis of testicular torsion",
               "wrong-level lumbar discectomy", "missed scaphoid fracture with avascular necrosis")


def swift_lines(text: str) -> str:
    assert all(len(bare(line)) <= 35 for line in text.split("\n")), text
    return text


def mt103_payment(g: Gen) -> tuple[str, str, str]:
    """A Cypriot insurer's SWIFT MT103 paying a clinical negligence settlement into the claimant's account, with the treasury's covering note."""
    claimant, officer, advocate = g.person("cy"), g.person("cy"), g.person("cy")
    insurer, hospital = g.pick(CY_INSURERS), g.pick(CY_HOSPITALS)
    court, city = g.pick(CY_COURTS)
    street, town = g.pick(CY_HOMES)
    street = g.fill(street)
    day = g.base()
    action = f"{g.rng.randint(100, 4999)}/{day.year - g.rng.randint(2, 5)}"
    amount = g.rng.randint(40, 400) * 1000 + g.pick((0, 0, 500))
    value = f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"
    ref = f"KIT{g.digits(10)}"
    name = f"{claimant.upper_ascii(claimant.first)} {claimant.upper_ascii(claimant.last)}"
    block4 = swift_lines(f":20:{L('CASE_NUMBER', ref)}\n:23B:CRED\n:32A:{L('DATE_TIME', value)}{K(f'EUR{amount},00')}\n:33B:{K(f'EUR{amount},00')}\n"
                         f":50K:/{L('IBAN_CODE', g.cy_iban(False))}\n{L('ORGANIZATION', insurer.upper()[:35])}\n{L('LOCATION', 'GRIVA DIGENI 61')}\n{L('LOCATION', '1095 NICOSIA')} CY\n"
                         f":57A:{g.pick(('BCYPCY2N', 'HEBACY2N', 'ERBKCY2N'))}\n"
                         f":59:/{L('IBAN_CODE', g.cy_iban(False))}\n{L('PERSON', name)}\n{L('LOCATION', street)}\n{L('LOCATION', town)} CY\n"
                         f":70:/RFB/{L('CASE_NUMBER', action)} {L('ORGANIZATION', 'DC ' + city)}\nFULL AND FINAL SETTLEMENT\n:71A:OUR\n-")
    body = (f"From the treasury of {L('ORGANIZATION', insurer)} (reg. no. {L('COMPANY_REGISTRATION', 'HE ' + g.digits(6))}) to {advocate.full()}, "
            f"advocate for the claimant, {g.email(advocate, 'cylaw-' + re.sub(r'[^a-z]', '', fold12(advocate.last).lower()) + '.com.cy')}:\n\n"
            f"Further to the settlement of Action No. {L('CASE_NUMBER', action)} before the {L('ORGANIZATION', court)}, claim of {claimant.full()} "
            f"(ID card {L('NATIONAL_ID', g.digits(7))}, TIC {L('NATIONAL_ID', g.cy_tic())}) for {K(g.pick(CY_INJURIES))} at {L('ORGANIZATION', hospital)}, "
            f"we paid {K(f'EUR {amount:,}.00')} {K('in full and final settlement')}, each party bearing its own costs. The MT103 as our bank released it:\n\n"
            f"{{1:F01{g.pick(('BCYPCY2N', 'HEBACY2N'))}AXXX{g.digits(4)}{g.digits(6)}}}{{2:I103{g.pick(('BCYPCY2N', 'HEBACY2N', 'ERBKCY2N'))}XXXXN}}"
            f"{{3:{{108:{g.letters(4)}{g.digits(8)}}}}}{{4:\n{block4}}}\n\n"
            f"{officer.full()}, Claims Settlement, {g.phone('cy')}")
    return "Confirm what was paid, when and to whom.", body, f"{K(f'EUR {amount:,}.00')} to {claimant.full()}."


LC_HOMES = ("Morne Du Don, Castries", "La Clery, Castries", "Bois D'Orange, Gros Islet", "Beanefield, Vieux Fort", "La Ressource, Dennery", "Mon Repos, Micoud",
            "Ciceron, Castries", "Bexon, Castries", "Belle Vue, Soufriere")


def vtt_cue(n: int, start: float, end: float, voice: str, text: str) -> str:
    def ts(s: float) -> str:
        return f"{int(s // 3600):02d}:{int(s % 3600 // 60):02d}:{s % 60:06.3f}"
    return f"{n}\n{ts(start)} --> {ts(end)}\n<v {voice}>{text}</v>"


def webvtt_hearing(g: Gen) -> tuple[str, str, str]:
    """Captions of a virtual trial in the High Court of Saint Lucia (Eastern Caribbean Supreme Court) as WebVTT, speakers in voice tags."""
    judge, claimant, c_counsel, d_counsel, surgeon, driver = (g.person("lc") for _ in range(6))
    day = g.base()
    crash = day - datetime.timedelta(days=g.rng.randint(500, 1400))
    claim = f"SLUHCV{crash.year + 1}/{g.rng.randint(1, 999):04d}"
    title = "Madam Justice" if judge.female else "Justice"
    lady = "My Lady" if judge.female else "My Lord"
    lines = [
        ("Court Clerk", f"All rise. The High Court is now in session, {title} {judge.full()} presiding. Claim {L('CASE_NUMBER', claim)}, "
                        f"{claimant.full()} against {driver.full()}."),
        (f"{title} {judge.sur()}", f"Good morning. This is the assessment of damages. {c_counsel.formal(('Ms', 'Mr'))}, you appear for the Claimant?"),
        (c_counsel.full(), f"I do, {lady}, with {d_counsel.full()} for the Defendant. I call Dr {surgeon.full()}."),
        (f"Dr {surgeon.full()}", f"I am a consultant orthopaedic surgeon at {L('ORGANIZATION', 'Owen King European Union Hospital')}, "
                                 f"registration {L('LICENSE_NUMBER', 'SLMDC ' + g.digits(3))}."),
        (c_counsel.full(), f"Tell the court about the injuries of {claimant.formal()}, of {g.place(LC_HOMES)}."),
        (f"Dr {surgeon.full()}", f"{claimant.given()} was a passenger in a minibus that overturned on the {L('LOCATION', 'John Compton Highway')} on "
                                 f"{g.day('lc', crash)}. {K('Open fracture of the left tibia and fibula')}, treated by {K('ORIF')}. I assess a "
                                 f"{K('12% whole person impairment')}."),
        (d_counsel.full(), f"Doctor, the Claimant's NIC number on your report is {L('NATIONAL_ID', g.digits(6))}, and the date of examination "
                           f"{g.day('lc', day, -g.rng.randint(20, 90))}?"),
        (f"Dr {surgeon.full()}", "That is correct."),
        (c_counsel.full(), f"{lady}, the heads of damages are set out in {K('Cornilliac v St Louis (1965) 7 WIR 491')}; we claim "
                           f"{K('general damages')} and {K('loss of amenity')}, and special damages of {K('EC$48,600')}."),
        (f"{title} {judge.sur()}", f"Written submissions by {g.day('lc', day, 21)} under {K('CPR 2000 Part 29')}. We are adjourned."),
    ]
    t, cues = float(g.rng.randint(2, 9)), []
    for i, (voice, text) in enumerate(lines, 1):
        length = round(g.rng.uniform(3.0, 11.0), 3)
        cues.append(vtt_cue(i, t, t + length, voice, text))
        t += length + round(g.rng.uniform(0.2, 4.0), 3)
    body = (f"WEBVTT\nKind: captions\nLanguage: en-LC\n\nNOTE Captions of the hearing of {g.stamp('lc', day, 9)}, "
            f"generated by the court's video platform and corrected by the registry\n\n" + "\n\n".join(cues) + "\n")
    return "Summarise the medical evidence given at this hearing.", body, f"Dr {surgeon.full()}: {K('12% whole person impairment')} for {claimant.full()}."


FO_PLACES = (("Klaksvík", "Norðoyar"), ("Tórshavn", "Streymoy"), ("Tvøroyri", "Suðuroy"), ("Runavík", "Eysturoy"), ("Vágur", "Suðuroy"),
             ("Sandur", "Sandoy"), ("Miðvágur", "Vágar"), ("Fuglafjørður", "Eysturoy"))
GED_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def gedcom_pedigree(g: Gen) -> tuple[str, str, str]:
    """A Faroese genetic counselling service's family pedigree for cascade screening, exported as GEDCOM 5.5.1 (INDI and FAM records)."""
    proband = g.person("fo")
    spouse = g.relative(proband, not proband.female)
    kids = [g.relative(proband, g.rng.random() < 0.5) for _ in range(2)]
    father = g.relative(proband, False)
    mother = g.person("fo", True)
    counsellor = g.person("fo")
    day = g.base()
    people = [(proband, "Proband: " + K("primary carnitine deficiency") + ", " + K("SLC22A5 c.95A>G") + " homozygous, free carnitine " + K("2.1 µmol/L")),
              (spouse, "Not tested"), (kids[0], K("heterozygous carrier")), (kids[1], "Result pending"),
              (father, K("sudden cardiac death") + " before diagnosis was possible"), (mother, K("heterozygous carrier"))]
    lines = ["0 HEAD", "1 SOUR PEDIGREE_TOOL", "2 VERS 3.2", "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8",
             f"1 DATE {L('DATE_TIME', f'{day.day} {GED_MONTHS[day.month - 1]} {day.year}')}", f"2 TIME {g.clock(g.rng.randint(8, 16))}:{g.rng.randint(0, 59):02d}",
             f"1 FILE {L('PERSON', fold12(proband.last).upper())}-pedigree.ged", "1 SUBM @U1@", "0 @U1@ SUBM",
             f"1 NAME {L('PERSON', f'{counsellor.first} /{counsellor.last}/')}"]
    births = {id(proband): g.ymd(1960, 1985), id(spouse): g.ymd(1960, 1985), id(father): g.ymd(1930, 1955), id(mother): g.ymd(1932, 1958)}
    for k in kids:
        births[id(k)] = g.ymd(1990, 2015)
    for i, (p, note) in enumerate(people, 1):
        town, region = g.pick(FO_PLACES)
        y, m, d = births[id(p)]
        lines += [f"0 @I{i}@ INDI", f"1 NAME {L('PERSON', f'{p.first} /{p.last}/')}", f"2 GIVN {p.given()}", f"2 SURN {p.sur()}",
                  f"1 SEX {'F' if p.female else 'M'}", "1 BIRT", f"2 DATE {L('DATE_TIME', f'{d} {GED_MONTHS[m - 1]} {y}')}",
                  f"2 PLAC {L('LOCATION', town)}, {L('LOCATION', region)}, Føroyar"]
        if p is father:
            lines += ["1 DEAT", f"2 DATE ABT {y + g.rng.randint(30, 45)}", f"2 CAUS {K('sudden death')}"]
        else:
            lines.append(f"1 _PTAL {L('NATIONAL_ID', f'{d:02d}{m:02d}{y % 100:02d}-{g.digits(3)}')}")
        lines.append(f"1 NOTE {note}")
        lines.append("1 FAMS @F1@" if i <= 2 else "1 FAMC @F1@" if i <= 4 else "1 FAMS @F2@")
        if i == 1:
            lines.append("1 FAMC @F2@")
    husband, wife = (2, 1) if proband.female else (1, 2)
    lines += ["0 @F1@ FAM", f"1 HUSB @I{husband}@", f"1 WIFE @I{wife}@", "1 CHIL @I3@", "1 CHIL @I4@",
              "0 @F2@ FAM", "1 HUSB @I5@", "1 WIFE @I6@", "1 CHIL @I1@", "0 TRLR"]
    body = (f"{L('ORGANIZATION', 'Landssjúkrahúsið')}, genetic counselling -- pedigree for the {K('cascade screening')} of the family of "
            f"{proband.full()}, exported by {counsellor.full()} ({g.email(counsellor, 'ls.fo')}, {g.phone('fo')}):\n\n" + "\n".join(lines) + "\n")
    return "Who in this family should be offered testing?", body, f"{kids[1].full()} (pending) and {spouse.full()}; {kids[0].given()} is a carrier."


PR_HOMES = (("URB VILLA CAROLINA", "CALLE {k} BLQ {n} #{m}", "CAROLINA", "00985"), ("COND LOS NARDOS", "APT {k}{X}", "SAN JUAN", "00907"),
            ("BO GUAVATE", "CARR 184 KM {m}.{k}", "CAYEY", "00736"), ("URB SANTA ELENA", "CALLE ALMENDRO {X}-{k}", "GUAYANILLA", "00656"),
            ("RES LUIS LLORENS TORRES", "EDIF {k} APT {n}", "SAN JUAN", "00913"), ("URB JARDINES DE PONCE", "CALLE {k} {X}-{m}", "PONCE", "00730"))
PR_CLINICS = (("CENTRO MEDICO FAMILIAR DE CAYEY", "Cayey"), ("CLINICA SAN AGUSTIN", "Manatí"), ("GRUPO MEDICO DEL ESTE", "Carolina"),
              ("CENTRO DE SALUD DE PONCE PLAYA", "Ponce"))
PR_MSG = ("MIEMBRO EN REGISTRO DE CONDICIONES ESPECIALES: DIABETES", "REFERIDO REQUERIDO PARA ESPECIALISTA", "CUBIERTA DE FARMACIA: FORMULARIO VITAL",
          "MIEMBRO EN PROGRAMA DE MANEJO DE ASMA")


def x12_name(p: Person) -> str:
    return f"{L('PERSON', p.upper_ascii(p.last))}*{L('PERSON', p.upper_ascii(p.first))}"


def x12_eligibility(g: Gen) -> tuple[str, str, str]:
    """A Puerto Rico clinic's ANSI X12 271 eligibility response from the government health plan's managed-care organisation."""
    clinic, town = g.pick(PR_CLINICS)
    pt, pcp, clerk = g.person("pr"), g.person("pr"), g.person("pr")
    child = g.relative(pt, g.rng.random() < 0.5)
    day = g.base()
    ymd = g.ymd(1950, 2000)
    kid = g.ymd(2010, 2022)
    d8 = f"{day.year}{day.month:02d}{day.day:02d}"
    hhmm = g.clock(g.rng.randint(7, 17)).replace(":", "")
    ctrl, gs = g.digits(9), str(g.rng.randint(1, 99999))
    line1, line2, city, zipc = g.pick(PR_HOMES)
    segs = ["ST*271*0001*005010X279A1", f"BHT*0022*11*{L('CASE_NUMBER', g.digits(10))}*{L('DATE_TIME', d8)}*{hhmm}", "HL*1**20*1",
            f"NM1*PR*2*{g.pick(('MMM MULTI HEALTH', 'FIRST MEDICAL HEALTH PLAN', 'TRIPLE-S SALUD'))}*****PI*{g.digits(5)}", "HL*2*1*21*1",
            f"NM1*1P*2*{L('ORGANIZATION', clinic)}*****XX*{L('COMPANY_REGISTRATION', g.npi())}", "HL*3*2*22*1",
            f"TRN*2*{L('CASE_NUMBER', g.digits(12))}*9{g.digits(9)}", f"NM1*IL*1*{x12_name(pt)}****MI*{L('HEALTH_ID', g.digits(10))}",
            f"REF*SY*{L('NATIONAL_ID', g.pick('5678') + g.digits(8))}", f"N3*{L('LOCATION', g.fill(line1))}*{L('LOCATION', g.fill(line2))}",
            f"N4*{L('LOCATION', city)}*PR*{L('LOCATION', zipc)}", f"DMG*D8*{L('DATE_TIME', '%d%02d%02d' % ymd)}*{'F' if pt.female else 'M'}",
            "INS*Y*18*001*25", f"DTP*346*D8*{L('DATE_TIME', f'{day.year}0{g.rng.randint(1, 9)}01')}", "EB*1*IND*30**PLAN VITAL",
            f"EB*B*IND*98***27*{K(g.pick(('3.00', '5.00', '10.00')))}", "LS*2120", f"NM1*P3*1*{x12_name(pcp)}****XX*{L('LICENSE_NUMBER', g.npi())}",
            f"PER*IC**TE*{L('PHONE_NUMBER', g.shape('787#######'))}", "LE*2120", f"MSG*{K(g.pick(PR_MSG))}",
            "HL*4*3*23*0", f"TRN*2*{L('CASE_NUMBER', g.digits(12))}*9{g.digits(9)}", f"NM1*03*1*{x12_name(child)}",
            f"DMG*D8*{L('DATE_TIME', '%d%02d%02d' % kid)}*{'F' if child.female else 'M'}", "INS*N*19", "EB*1*IND*30**PLAN VITAL"]
    segs.append(f"SE*{len(segs) + 1}*0001")
    isa = (f"ISA*00*{' ' * 10}*00*{' ' * 10}*ZZ*{'PRHIECLEAR':<15}*ZZ*{'CLIN' + g.digits(6):<15}*{L('DATE_TIME', d8[2:])}*{hhmm}*^*00501*{ctrl}*0*P*:")
    assert len(bare(isa)) == 105, bare(isa)
    gs_seg = f"GS*HB*PRHIECLEAR*CLIN*{L('DATE_TIME', d8)}*{hhmm}*{gs}*X*005010X279A1"
    message = "~\n".join([isa, gs_seg, *segs, f"GE*1*{gs}", f"IEA*1*{ctrl}"]) + "~"
    body = (f"{clerk.full()} at the front desk of {L('ORGANIZATION', clinic.title())}, {L('LOCATION', town)}, saved this 271 from the clearinghouse "
            f"before {pt.given()}'s visit with {child.given()} (one segment a line):\n\n{message}\n")
    return "Is the patient covered today, and who is the primary care physician?", body, f"{pt.full()}: PLAN VITAL active; PCP {pcp.full()}."


GE_HOSPITALS = (("Todua Clinic", "todua"), ("Aversi Clinic", "aversi"), ("Vivamedi Hospital", "vivamedi"), ("Tbilisi Central Hospital", "tch"),
                ("Batumi Republican Hospital", "brh"))
GE_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0")
GE_TESTS = ("hiv-ag-ab", "hcv-rna", "bhcg", "tpha")


def access_log(g: Gen) -> tuple[str, str, str]:
    """A Georgian hospital's EHR web server access log (combined log format) showing a nurse looking up a patient without cause, with the
    data protection officer's covering note: names, personal numbers and contact details inside query strings."""
    hospital, slug = g.pick(GE_HOSPITALS)
    host = f"ehr.{slug}.ge"
    dpo, nurse, pt, head = g.person("ge"), g.person("ge"), g.person("ge"), g.person("ge")
    user = f"{nurse.ascii()[0]}.{nurse.ascii().split('.')[1]}"
    day = g.base()
    moment = datetime.datetime(day.year, day.month, day.day, g.rng.randint(8, 20), g.rng.randint(0, 59), g.rng.randint(0, 59))
    mrn = g.digits(7)
    pn = g.digits(11)
    ymd = g.ymd(1960, 2004)
    mail = g.email_text(pt, g.pick(("gmail.com", "mail.ru", "yahoo.com"))).replace("@", "%40")
    phone = "%2B995" + g.shape("5########")
    ua, ip = g.pick(GE_UA), f"10.40.{g.rng.randint(1, 30)}.{g.rng.randint(2, 250)}"
    requests = [
        ("GET", f"/ehr/api/patients/search?surname={pt.sur()}&name={pt.given()}&pn={L('NATIONAL_ID', pn)}", 200, "/ehr/search"),
        ("GET", f"/ehr/api/patients/search?q={L('PERSON', pt.first + '+' + pt.last)}&dob={L('DATE_TIME', '%d-%02d-%02d' % ymd)}", 200, "/ehr/search"),
        ("GET", f"/ehr/patients/{L('HEALTH_ID', mrn)}/summary", 200, "/ehr/search"),
        ("GET", f"/ehr/api/lab/results?pn={L('NATIONAL_ID', pn)}&test={K(g.pick(GE_TESTS))}", 200, f"/ehr/patients/{L('HEALTH_ID', mrn)}/summary"),
        ("GET", f"/ehr/patients/{L('HEALTH_ID', mrn)}/documents/discharge.pdf", 200, f"/ehr/patients/{L('HEALTH_ID', mrn)}/summary"),
        ("POST", f"/ehr/api/patients/{L('HEALTH_ID', mrn)}/contact?phone={L('PHONE_NUMBER', phone)}&email={L('EMAIL_ADDRESS', mail)}", 302,
         f"/ehr/patients/{L('HEALTH_ID', mrn)}/summary"),
    ]
    lines = []
    for method, path, status, referer in requests:
        moment += datetime.timedelta(seconds=g.rng.randint(4, 200))
        when = L("DATE_TIME", f"{moment.day:02d}/{EN_MONTHS[moment.month - 1][:3]}/{moment.year}:{moment:%H:%M:%S} +0400")
        lines.append(f'{ip} - {L("ACCOUNT_NUMBER", user)} [{when}] "{method} {path} HTTP/1.1" {status} {g.rng.randint(300, 90000)} '
                     f'"https://{host}{referer}" "{ua}"')
    body = (f"To: {head.full()}, head of nursing, {L('ORGANIZATION', hospital)}\nFrom: {dpo.full()}, personal data protection officer "
            f"({g.email(dpo, slug + 'hospital.ge')})\nDate: {g.day('ge', day, g.rng.randint(3, 20))}\n\n"
            f"Following the complaint of {pt.full()} (personal number {L('NATIONAL_ID', pn)}), the access log of {host} shows that user "
            f"{L('ACCOUNT_NUMBER', user)} ({nurse.full()}, ward nurse) opened the record with no treatment relationship. Under the "
            f"{K('Law of Georgia on Personal Data Protection')} access is on a {K('need-to-know')} basis. Extract:\n\n" + "\n".join(lines) + "\n\n"
            f"Please invite {nurse.formal(('Ms', 'Mr'))} to an interview.")
    return "What did the user look at, and when?", body, f"{L('ACCOUNT_NUMBER', user)} opened the record of {pt.full()} without cause."


KH_HOSPITALS = ("Calmette Hospital", "Kantha Bopha Children's Hospital", "Khmer-Soviet Friendship Hospital", "Royal Phnom Penh Hospital",
                "Sunrise Japan Hospital Phnom Penh")
KH_SANGKAT = (("Sangkat Boeung Keng Kang I", "Khan Chamkar Mon"), ("Sangkat Tuol Svay Prey II", "Khan Boeng Keng Kang"),
              ("Sangkat Toek Thla", "Khan Sen Sok"), ("Sangkat Phsar Depou III", "Khan Toul Kork"), ("Sangkat Chak Angrae Leu", "Khan Mean Chey"))
KH_DEPTS = (("Obstetrics &amp; Gynaecology", "antenatal scan at 32 weeks"), ("Cardiology", "echocardiogram for mitral stenosis"),
            ("Endocrinology", "HbA1c review, on metformin 850 mg BD"), ("Ear, Nose &amp; Throat", "audiometry before tympanoplasty"))


def html_booking(g: Gen) -> tuple[str, str, str]:
    """A Cambodian hospital's online appointment confirmation, saved as HTML (a table, form inputs with values, entities), pasted by a
    receptionist sorting out a double booking."""
    hospital = g.pick(KH_HOSPITALS)
    pt, doctor, reception = g.person("kh"), g.person("kh"), g.person("kh")
    dept, reason = g.pick(KH_DEPTS)
    sangkat, khan = g.pick(KH_SANGKAT)
    day = g.base()
    ymd = g.ymd(1950, 2005)
    phone = g.phone_text("kh", True)
    booking = f"BK-{day.year % 100}{g.digits(6)}"
    slug = re.sub(r"[^a-z]", "", hospital.lower())[:12]
    mail = g.email_text(pt, "gmail.com")
    body = (f"Copied from the page source the patient forwarded ({reception.full()}, reception):\n\n"
            f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Appointment confirmed - {L('ORGANIZATION', hospital.replace(chr(39), '&#39;'))}</title>\n</head>\n<body>\n"
            f"<h1>Your appointment is confirmed</h1>\n<table class=\"booking\">\n"
            f"<tr><th>Patient</th><td>{pt.family_caps()}</td></tr>\n"
            f"<tr><th>National ID card</th><td>{L('NATIONAL_ID', g.digits(9))}</td></tr>\n"
            f"<tr><th>Date of birth</th><td>{g.dob('kh', ymd)}</td></tr>\n"
            f"<tr><th>Phone</th><td><a href=\"tel:{L('PHONE_NUMBER', '+855' + phone.lstrip('+855 ').lstrip('0').replace(' ', ''))}\">{L('PHONE_NUMBER', phone)}</a></td></tr>\n"
            f"<tr><th>Appointment</th><td>{g.stamp('kh', day, g.rng.randint(7, 16))}</td></tr>\n"
            f"<tr><th>Department</th><td>{dept}</td></tr>\n"
            f"<tr><th>Doctor</th><td>Dr. {doctor.full()}</td></tr>\n"
            f"<tr><th>Reason</th><td>{K(reason)}</td></tr>\n"
            f"<tr><th>Address</th><td><span class=\"street\">{L('LOCATION', g.fill('#{n}, St. {t}'))}</span>, <span class=\"sangkat\">{L('LOCATION', sangkat)}</span>, "
            f"<span class=\"khan\">{L('LOCATION', khan)}</span>, <span class=\"city\">{L('LOCATION', 'Phnom Penh')}</span></td></tr>\n"
            f"</table>\n<form action=\"/booking/cancel\" method=\"post\">\n"
            f"<input type=\"hidden\" name=\"booking\" value=\"{L('CASE_NUMBER', booking)}\">\n"
            f"<input type=\"hidden\" name=\"patient_id\" value=\"{L('HEALTH_ID', g.pick(('CH', 'RP', 'KS')) + g.digits(7))}\">\n"
            f"<input type=\"hidden\" name=\"email\" value=\"{L('EMAIL_ADDRESS', mail)}\">\n"
            f"<button type=\"submit\">Cancel this appointment</button>\n</form>\n"
            f"<p>Manage your booking: <a href=\"{L('URL', f'https://booking.{slug}.com.kh/b/{booking.lower()}')}\">my appointments</a></p>\n"
            f"<p>&copy; {day.year} {L('ORGANIZATION', hospital.replace(chr(39), '&#39;'))} &middot; {K('bring your ID card and any previous results')}</p>\n"
            f"</body>\n</html>\n")
    return "When and with whom is the appointment?", body, f"{pt.full()} with Dr {doctor.full()}: {K(reason)}."


MN_DISTRICTS = ("Bayanzurkh", "Sukhbaatar", "Khan-Uul", "Chingeltei", "Songinokhairkhan", "Bayangol")
MN_HOSPITALS = ("Intermed Hospital", "Songdo Hospital", "Grandmed Hospital", "First Central Hospital of Mongolia")
MN_EMPLOYERS = ("Erdenes Tavan Tolgoi JSC", "Oyu Tolgoi LLC", "Mongolrostsvetmet LLC", "Tavan Bogd Foods LLC")
MN_CLAIMS = (("K35.8 acute appendicitis", "laparoscopic appendicectomy", "MNT 4,850,000"), ("S82.2 fracture of the shaft of the tibia", "intramedullary nailing", "MNT 7,200,000"),
             ("J18.9 pneumonia", "IV ceftriaxone 2 g daily for 5 days", "MNT 1,950,000"), ("N20.0 kidney stone", "ureteroscopic lithotripsy", "MNT 3,400,000"))


def pdf_field(kind: str, name: str, value: str, alt: str = "", options: tuple[str, ...] = ()) -> str:
    lines = ["---", f"FieldType: {kind}", f"FieldName: {name}"] + ([f"FieldNameAlt: {alt}"] if alt else []) + ["FieldFlags: 0", f"FieldValue: {value}"]
    lines += [f"FieldStateOption: {o}" for o in options] or ["FieldJustification: Left"]
    return "\n".join(lines)


def pdf_form_fields(g: Gen) -> tuple[str, str, str]:
    """A Mongolian mine worker's medical expense claim to an international health insurer, the filled-in PDF form dumped field by field
    (pdftk dump_data_fields_utf8)."""
    pt, doctor, handler = g.person("mn"), g.person("mn"), g.person("mn")
    spouse = g.relative(pt, not pt.female)
    dx, treatment, amount = g.pick(MN_CLAIMS)
    hospital, employer = g.pick(MN_HOSPITALS), g.pick(MN_EMPLOYERS)
    day = g.base()
    seen = day - datetime.timedelta(days=g.rng.randint(5, 40))
    ymd = g.ymd(1965, 2001)
    district = g.pick(MN_DISTRICTS)
    fields = [
        pdf_field("Text", "policy_no", L("HEALTH_ID", "MNG-" + g.digits(8)), "Policy / member number"),
        pdf_field("Text", "surname", L("PERSON", pt.last.upper()), "Surname (as in passport)"),
        pdf_field("Text", "given_names", L("PERSON", pt.first.upper()), "Given names"),
        pdf_field("Text", "register_no", L("NATIONAL_ID", g.mn_register(ymd, pt.female)), "Civil register number"),
        pdf_field("Text", "dob", L("DATE_TIME", "%d-%02d-%02d" % ymd), "Date of birth (YYYY-MM-DD)"),
        pdf_field("Button", "sex_female", "Yes" if pt.female else "Off", options=("Off", "Yes")),
        pdf_field("Text", "employer", L("ORGANIZATION", employer), "Employer"),
        pdf_field("Text", "employee_no", L("ACCOUNT_NUMBER", g.letters(2) + g.digits(5)), "Employee number"),
        pdf_field("Text", "address_1", L("LOCATION", g.fill("Building {k}, apartment {n}")), "Address line 1"),
        pdf_field("Text", "address_2", L("LOCATION", f"{g.rng.randint(1, 30)}th khoroo, {district} district"), "Address line 2"),
        pdf_field("Text", "city", L("LOCATION", "Ulaanbaatar"), "City"),
        pdf_field("Text", "mobile", g.phone("mn", True), "Mobile"),
        pdf_field("Text", "email", g.email(pt, g.pick(("gmail.com", "yahoo.com", "mail.mn"))), "E-mail"),
        pdf_field("Text", "diagnosis", K(dx), "Diagnosis (ICD-10)"),
        pdf_field("Text", "treatment", K(treatment), "Treatment"),
        pdf_field("Text", "provider", L("ORGANIZATION", hospital), "Treating provider"),
        pdf_field("Text", "treatment_date", L("DATE_TIME", seen.isoformat()), "Date of treatment"),
        pdf_field("Text", "amount", K(amount), "Amount claimed"),
        pdf_field("Text", "bank_account", L("ACCOUNT_NUMBER", g.pick(("5", "4", "1")) + g.digits(9)), "Khan Bank / Golomt account"),
        pdf_field("Text", "account_holder", spouse.family_caps() if g.rng.random() < 0.5 else pt.family_caps(), "Account holder"),
        pdf_field("Text", "physician", f"Dr. {doctor.initial()}", "Treating physician"),
        pdf_field("Choice", "claim_type", "Inpatient", options=("Inpatient", "Outpatient", "Dental")),
        pdf_field("Text", "signed_date", L("DATE_TIME", day.isoformat()), "Date signed"),
    ]
    body = (f"Claim form received by {handler.full()} ({g.email(handler, 'claims-asia.example.com')}); the scan's form layer as pdftk dumps it:\n\n"
            + "\n".join(fields) + "\n\n"
            f"Note for the assessor: the account is in the name of the claimant's {'husband' if pt.female else 'wife'}, {spouse.initial()}; "
            f"a signed mandate is needed before payment.")
    return "What is claimed, and where should the money go?", body, f"{K(amount)} for {K(treatment)} of {pt.initial()}."


# ---------------------------------------------------------------- English-language papers from countries no earlier corpus visited

SS_HOMES = ("Munuki Block {m}, Juba", "Gudele {m}, Juba", "Hai Malakal, Juba", "Jebel Market area, Juba", "Thongpiny, Juba", "Hai Jalaba, Wau",
            "Aweil town, Northern Bahr el Ghazal", "Bor town, Jonglei", "Malakal PoC site, Upper Nile")
SS_CENTRES = ("Juba Teaching Hospital", "Al Sabah Children's Hospital", "Wau Teaching Hospital", "Juba International Airport Port Health Clinic")


def yellow_fever_certificate(g: Gen) -> tuple[str, str, str]:
    """A South Sudanese International Certificate of Vaccination or Prophylaxis (yellow fever), with the vaccinator's note on a child travelling."""
    traveller = g.person("ss", True)
    child = g.relative(g.person("ss", False), g.rng.random() < 0.5)
    child.last = traveller.last if g.rng.random() < 0.3 else child.last
    clinician, vaccinator = g.person("ss"), g.person("ss")
    centre = g.pick(SS_CENTRES)
    day = g.base()
    ymd = g.ymd(1975, 2004)
    kid = g.ymd(day.year - 8, day.year - 1)
    batch = f"{g.letters(1)}{g.digits(4)}"
    body = (f"INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\n\n"
            f"This is to certify that {traveller.caps()}, date of birth {g.dob('ss', ymd)}, sex F, nationality South Sudanese, "
            f"national identification document, if applicable: passport {L('NATIONAL_ID', 'R' + g.digits(8))}, whose signature follows, "
            f"has on the date indicated been vaccinated or received prophylaxis against {K('yellow fever')} in accordance with the "
            f"{K('International Health Regulations (2005)')}.\n\n"
            f"Vaccine: {K('Stamaril')}, batch {batch}. Date: {g.day('ss', day)}. Supervising clinician: Dr {clinician.full()}, "
            f"SSMDC reg. {L('LICENSE_NUMBER', g.digits(4))}. Administering centre: {L('ORGANIZATION', centre)}.\n"
            f"Certificate valid from {g.day('ss', day, 10)} for the life of the person vaccinated.\n\n"
            f"Vaccinator's note: the traveller, of {g.place(SS_HOMES)}, tel. {g.phone('ss', True)}, travels to Nairobi with {child.full()} "
            f"(born {g.dob('ss', kid)}). The child received {K('yellow fever vaccine 0.5 mL SC')} and {K('measles-rubella')} the same day; "
            f"no {K('egg allergy')}. {traveller.given()} is a student at {L('ORGANIZATION', 'University of Juba')} (registration no. "
            f"{L('STUDENT_ID', f'UJ/{day.year - g.rng.randint(0, 3)}/{g.digits(5)}')}). Vaccinated by {vaccinator.full()}.")
    return "Is the certificate valid for travel, and from when?", body, f"Valid from ten days after {g.day('ss', day)} for {traveller.full()}."


VU_HOMES = ("Blacksands, Port Vila", "Freswota {m}, Port Vila", "Tagabe, Port Vila", "Seaside Tongoa, Port Vila", "Ohlen, Port Vila", "Mele village, Efate",
            "Erakor Island, Efate", "Manples, Port Vila")
VU_DEATHS = (("septic shock", "1 day", "perforated duodenal ulcer", "4 days", "peptic ulcer disease", "months", "type 2 diabetes mellitus"),
             ("acute pulmonary oedema", "6 hours", "rheumatic mitral stenosis", "years", "rheumatic fever in childhood", "years", "anaemia in pregnancy"),
             ("hypovolaemic shock", "2 hours", "postpartum haemorrhage", "3 hours", "uterine atony", "3 hours", "grand multiparity"),
             ("respiratory failure", "2 days", "miliary tuberculosis", "6 weeks", "HIV disease", "unknown", "malnutrition"))


def cause_of_death(g: Gen) -> tuple[str, str, str]:
    """A Vanuatu hospital's medical certificate of cause of death (the WHO international form: Part I a to d with intervals, Part II)."""
    dead = g.person("vu")
    informant = g.relative(dead, g.rng.random() < 0.5)
    doctor, registrar = g.person("vu"), g.person("vu")
    a, ia, b, ib, c, ic, other = g.pick(VU_DEATHS)
    day = g.base()
    ymd = g.ymd(1940, 2004)
    body = (f"{L('ORGANIZATION', 'Vila Central Hospital')}\nMEDICAL CERTIFICATE OF CAUSE OF DEATH\nCivil registration no. "
            f"{L('CASE_NUMBER', f'CSR/{day.year}/{g.digits(5)}')}\n\n"
            f"Name of deceased: {dead.caps()}    Sex: {'Female' if dead.female else 'Male'}\nDate of birth: {g.dob('vu', ymd)}    Hosp. no.: {L('HEALTH_ID', 'VCH' + g.digits(6))}\n"
            f"Date and time of death: {g.stamp('vu', day)}\nPlace of death: {L('ORGANIZATION', g.pick(('Medical Ward', 'Maternity Ward', 'Intensive Care Unit')))}, "
            f"{L('ORGANIZATION', 'Vila Central Hospital')}\nUsual residence: {g.place(VU_HOMES)}\n\n"
            f"PART I\n(a) Disease or condition directly leading to death: {K(a)}    Interval: {ia}\n(b) due to: {K(b)}    Interval: {ib}\n"
            f"(c) due to: {K(c)}    Interval: {ic}\n(d) due to: -\nPART II Other significant conditions: {K(other)}\n\n"
            f"Manner of death: natural. Autopsy: not performed (family declined under {K('custom')}).\n"
            f"Informant: {informant.full()} ({kin_word(g, informant)}), {g.phone('vu')}\n"
            f"Certifying practitioner: Dr {doctor.full()}, Vanuatu Medical and Dental Council no. {L('LICENSE_NUMBER', 'VMDC-' + g.digits(3))}\n"
            f"Received by the civil status registrar, {registrar.full()}, on {g.day('vu', day, g.rng.randint(1, 6))}.")
    return "Code the underlying cause of death.", body, f"Underlying cause {K(c)} ({dead.full()})."


SK_HOSPITALS = ("Fakultná nemocnica Nitra", "Univerzitná nemocnica Bratislava", "Fakultná nemocnica s poliklinikou Žilina", "Nemocnica Poprad",
                "Východoslovenský ústav srdcových a cievnych chorôb")
SK_TOWNS = ("Nitra", "Bratislava-Petržalka", "Žilina", "Poprad", "Košice", "Trnava", "Banská Bystrica")
SK_REACTIONS = (("amiodarone 200 mg tablets", "200 mg daily", "oral", "atrial fibrillation", "hyperthyroidism (TSH < 0.01 mIU/L, fT4 58 pmol/L)"),
                ("clarithromycin 500 mg tablets", "500 mg twice daily", "oral", "community-acquired pneumonia", "QT prolongation (QTc 540 ms) with torsades de pointes"),
                ("allopurinol 300 mg tablets", "300 mg daily", "oral", "gout", "DRESS syndrome (eosinophils 3.1 x10^9/L, ALT 412 U/L)"),
                ("ceftriaxone 2 g powder for solution", "2 g daily", "intravenous", "pyelonephritis", "anaphylaxis (BP 70/40 mmHg, urticaria)"))
SK_STREETS = ("Štefánikova {n}", "Hlavná {n}", "Mierová {n}", "Nám. SNP {k}", "Kollárova {n}", "Bernolákova {k}")


def cioms_report(g: Gen) -> tuple[str, str, str]:
    """A Slovak hospital's CIOMS I suspected adverse reaction report (patient initials only), with the hospital's internal cover sheet
    that names the patient and gives the birth number."""
    pt = g.person("sk")
    doctor, pharmacist = g.person("sk"), g.person("sk")
    drug, dose, route, indication, reaction = g.pick(SK_REACTIONS)
    hospital = g.pick(SK_HOSPITALS)
    day = g.base()
    onset = day - datetime.timedelta(days=g.rng.randint(3, 20))
    started = onset - datetime.timedelta(days=g.rng.randint(5, 90))
    ymd = g.ymd(1938, 1995)
    rc = g.rodne_cislo(ymd, pt.female)
    town = g.pick(SK_TOWNS)
    body = (f"INTERNAL COVER SHEET -- not for transmission\nMeno a priezvisko: {pt.full()}\nRodné číslo: {L('NATIONAL_ID', rc)}\n"
            f"Adresa: {g.place(SK_STREETS)}, {L('LOCATION', g.digits(3) + ' ' + g.digits(2))} {L('LOCATION', town)}\nTel.: {g.phone('sk', True)}\n\n"
            f"CIOMS FORM -- SUSPECT ADVERSE REACTION REPORT\n"
            f"1. PATIENT INITIALS (first, last): {pt.dotted()}   1a. COUNTRY: SLOVAKIA   2. DATE OF BIRTH: {g.dob('sk', ymd)}   "
            f"2a. AGE: {day.year - ymd[0]} years   3. SEX: {'F' if pt.female else 'M'}\n"
            f"4-6. REACTION ONSET: {g.day('sk', onset)}\n"
            f"7+13. DESCRIBE REACTION(S): {K(reaction)} after {K(drug)}. Drug withdrawn; recovered with sequelae.\n"
            f"8-12. CHECK ALL APPROPRIATE: [X] involved or prolonged inpatient hospitalisation\n"
            f"14. SUSPECT DRUG(S): {K(drug)}   15. DAILY DOSE(S): {K(dose)}   16. ROUTE(S): {route}\n"
            f"17. INDICATION(S) FOR USE: {K(indication)}   18. THERAPY DATES: {g.day('sk', started)} to {g.day('sk', onset)}\n"
            f"20. DID REACTION ABATE AFTER STOPPING DRUG? YES   21. DID REACTION REAPPEAR AFTER REINTRODUCTION? NA\n"
            f"22. CONCOMITANT DRUG(S): {K('bisoprolol 5 mg daily')}, {K('atorvastatin 20 mg daily')}\n"
            f"23. OTHER RELEVANT HISTORY: {K('hypertension')}, {K('chronic kidney disease stage 3a')}\n"
            f"24a. REPORTER: MUDr. {doctor.full()}, {L('ORGANIZATION', hospital)}, {g.email(doctor, g.pick(('fnnitra.sk', 'unb.sk', 'fnspza.sk', 'nspp.sk')))}\n"
            f"24b. MFR CONTROL NO.: {L('CASE_NUMBER', f'SK-{g.letters(3)}-{day.year}-{g.digits(6)}')}   24c. DATE RECEIVED: {g.day('sk', day, 1)}\n"
            f"24d. REPORT SOURCE: health professional   DATE OF THIS REPORT: {g.day('sk', day)}   25a. REPORT TYPE: INITIAL\n\n"
            f"Forwarded by PharmDr. {pharmacist.full()}, hospital pharmacy, to the national authority under {K('Act No. 362/2011 Coll.')}")
    return "Summarise the suspected reaction for the drug safety committee.", body, f"{K(reaction)} after {K(drug)} in patient {pt.dotted()}."


GE_FIRMS = ("{a} Construction LLC", "{a} and Partners Building Company LLC", "Caucasus Steel Structures LLC", "Rustavi Metal Works JSC")
GE_SITES = ("{n} Kazbegi Avenue, Tbilisi", "{n} Ilia Chavchavadze Avenue, Tbilisi", "{n} Melikishvili Street, Batumi", "{n} Tamar Mepe Street, Kutaisi",
            "Industrial zone, {n} Gagarin Street, Rustavi")
GE_HOMES = ("{n} Pekini Street, apt. {k}, Tbilisi", "Vake, {n} Abashidze Street, Tbilisi", "{n} Gorgasali Street, Batumi", "Village Tsinandali, Telavi Municipality",
            "{n} Rustaveli Street, Zugdidi")
GE_INJURIES = (("a fall from scaffolding at 6 m", "burst fracture of L1 with incomplete spinal cord injury (ASIA C)"),
               ("the collapse of a trench wall", "crush injury of the pelvis, open-book fracture"),
               ("contact with an unguarded rotating shaft", "traumatic amputation of the right forearm"),
               ("a falling load from a tower crane", "depressed skull fracture, GCS 9 on arrival"))
GE_CLINICS = ("Evex Hospitals, Caraps Medline", "Todua Clinic", "New Hospitals", "Batumi Referral Hospital", "Kutaisi Regional Hospital")


def accident_investigation(g: Gen) -> tuple[str, str, str]:
    """A Georgian labour inspector's report on a serious workplace accident: the employer, the worker, witnesses, findings and sanction."""
    worker, witness1, witness2, safety, inspector, director = (g.person("ge") for _ in range(6))
    wife = g.relative(worker, True)
    firm = g.pick(GE_FIRMS).format(a=g.firm("ge"))
    how, injury = g.pick(GE_INJURIES)
    day = g.base()
    when = day - datetime.timedelta(days=g.rng.randint(10, 60))
    ymd = g.ymd(1965, 2003)
    plate = f"{g.letters(2)}-{g.digits(3)}-{g.letters(2)}"
    called = f" (known on site as {worker.nick()})" if worker.first in NICKNAMES else ""
    body = (f"REPORT ON THE INVESTIGATION OF AN OCCUPATIONAL ACCIDENT\nCase No. {L('CASE_NUMBER', f'LI/{when.year}/{g.digits(5)}')}\n\n"
            f"Employer: {L('ORGANIZATION', firm)}, identification code {L('COMPANY_REGISTRATION', '4' + g.digits(8))}, director {director.full()}\n"
            f"Site: {g.place(GE_SITES)}\nInjured worker: {worker.full()}{called}, personal No. {L('NATIONAL_ID', g.digits(11))}, born {g.dob('ge', ymd)}, "
            f"residing at {g.place(GE_HOMES)}, mobile {g.phone('ge', True)}\nDate and time of the accident: {g.stamp('ge', when, g.rng.randint(8, 17))}\n\n"
            f"1. The worker was injured by {how}. He was taken to {L('ORGANIZATION', g.pick(GE_CLINICS))}, where {K(injury)} was diagnosed.\n"
            f"2. Witnesses {witness1.full()} and {witness2.full()} state that no {K('fall arrest harness')} was issued that day; the crane "
            f"(registration plate {L('LICENSE_NUMBER', plate)}) was operated without a signaller.\n"
            f"3. The occupational safety specialist, {safety.full()}, had not carried out the {K('risk assessment')} required by the "
            f"{K('Organic Law of Georgia on Labour Safety')}.\n"
            f"4. Sanction: a fine of {K('GEL 10,000')} and suspension of work at height until the breaches are remedied.\n\n"
            f"The worker's wife, {wife.full()}, was informed on {g.day('ge', when, 1)}. Inspector: {inspector.full()}, {g.email(inspector, 'lio.gov.ge')}")
    return "What caused the accident, and what did the inspector decide?", body, f"{K('fall arrest harness')} missing; {K('GEL 10,000')} fine; {worker.full()} injured."


CY_CENTRES = ("Pournara First Reception Centre", "Kofinou Reception Centre")
CY_JUDGES = ("Judge", "Judge")
SS_FEARS = (("forced recruitment by an armed group in Upper Nile", "Article 3 of the Refugee Law of 2000"),
            ("ethnic targeting after the 2016 Juba fighting", "Article 19(2) of the Refugee Law of 2000"),
            ("a blood feud over cattle in Jonglei", "Article 15(c) of Directive 2011/95/EU"))


def asylum_decision(g: Gen) -> tuple[str, str, str]:
    """A judgment of the Administrative Court of International Protection of Cyprus on a South Sudanese applicant's appeal."""
    applicant = g.person("ss")
    judge, advocate, state_counsel, doctor, interpreter = (g.person("cy") for _ in range(5))
    fear, law = g.pick(SS_FEARS)
    day = g.base()
    arrived = day - datetime.timedelta(days=g.rng.randint(500, 1500))
    ymd = g.ymd(1985, 2004)
    home = g.pick(("Malakal", "Bor", "Nasir", "Akobo", "Renk"))
    body = (f"{K('ADMINISTRATIVE COURT OF INTERNATIONAL PROTECTION')}\nCase No. {L('CASE_NUMBER', f'{g.rng.randint(100, 6999)}/{arrived.year + 1}')}\n\n"
            f"{applicant.caps()}\n  Applicant\nv.\nTHE REPUBLIC OF CYPRUS, through the Asylum Service\n  Respondent\n\n"
            f"{g.day('cy', day)}\nBefore: {judge.full()}, Judge\nFor the Applicant: {advocate.full()}, Advocate\n"
            f"For the Respondent: {state_counsel.formal(('Ms', 'Mr'))}, for the Attorney General of the Republic\n\n"
            f"JUDGMENT\n\n1. The Applicant, born on {g.dob('cy', ymd)} in {L('LOCATION', home)}, South Sudan, entered the Republic on "
            f"{g.day('cy', arrived)} and was registered at the {L('ORGANIZATION', g.pick(CY_CENTRES))} (file {L('CASE_NUMBER', f'AS/{arrived.year}/{g.digits(6)}')}, "
            f"ARC {L('NATIONAL_ID', g.digits(7))}).\n2. At the interview, held with the interpreter {interpreter.full()}, the Applicant said he fears "
            f"{K(fear)}. The Asylum Service rejected the claim as not credible.\n"
            f"3. Dr {doctor.full()} of {L('ORGANIZATION', 'Archbishop Makarios III Hospital')} examined the Applicant under the {K('Istanbul Protocol')} and "
            f"found scars {K('highly consistent')} with his account. The Service did not consider that report.\n"
            f"4. Applying {K(law)} and {K('Elgafaji (C-465/07)')}, I find that the examination was not {K('ex nunc')} as the law requires. "
            f"The Applicant now studies at {L('ORGANIZATION', 'the University of Nicosia')} (student no. {L('STUDENT_ID', 'U' + g.digits(9))}).\n"
            f"5. The decision is annulled; the Applicant is granted {K('subsidiary protection')}. No order as to costs.\n\n{judge.initial()}, Judge")
    return "What did the court decide and why?", body, f"Annulled; {applicant.full()} granted {K('subsidiary protection')}."


LC_FIRMS = ("{a} & Associates", "{a}, {b} & Co.", "Chambers of {a}")


def disciplinary_decision(g: Gen) -> tuple[str, str, str]:
    """A Saint Lucian medical council's disciplinary committee decision on a doctor after a patient's death."""
    doctor, complainant, chair, member, counsel_d, counsel_c, nurse = (g.person("lc") for _ in range(7))
    mother = g.relative(complainant, True)
    firm = g.pick(LC_FIRMS).format(a=g.firm("lc"), b=g.firm("lc"))
    day = g.base()
    died = day - datetime.timedelta(days=g.rng.randint(300, 900))
    body = (f"SAINT LUCIA MEDICAL AND DENTAL COUNCIL\nDISCIPLINARY COMMITTEE\nComplaint No. {L('CASE_NUMBER', f'MDC/DC/{died.year}/{g.rng.randint(1, 40):02d}')}\n\n"
            f"IN THE MATTER OF Dr {doctor.full()}, registration no. {L('LICENSE_NUMBER', 'SLMDC ' + g.digits(3))}\n"
            f"AND IN THE MATTER OF a complaint by {complainant.full()} of {g.place(LC_HOMES)}\n\n"
            f"Committee: {chair.full()} (Chairperson), {member.full()}. Counsel: {counsel_c.full()} for the complainant; {counsel_d.full()} of "
            f"{L('ORGANIZATION', firm)} for the practitioner.\n\nDECISION ({g.day('lc', day)})\n\n"
            f"1. The complainant's mother, {mother.full()}, attended {L('ORGANIZATION', g.pick(('Victoria Hospital', 'St Jude Hospital', 'Soufriere Hospital')))} on "
            f"{g.stamp('lc', died, g.rng.randint(0, 23))} with chest pain. Nurse {nurse.full()} recorded a {K('blood pressure of 210/120 mmHg')}.\n"
            f"2. Dr {doctor.sur()} discharged her without an {K('ECG')} or {K('troponin')}; she died at home the next day of an {K('acute myocardial infarction')}.\n"
            f"3. The Committee finds {K('serious professional misconduct')} under the {K('Health Practitioners Act 2006')}.\n"
            f"4. Sanction: suspension from the register for {K('six months')}, and a course in {K('acute coronary syndromes')}. "
            f"Costs of {K('EC$7,500')} to the complainant.\n\nThe complainant may be contacted through counsel at {g.phone('lc')}.")
    return "What did the committee find and what sanction did it impose?", body, f"{K('serious professional misconduct')}; Dr {doctor.full()} suspended for {K('six months')}."


MN_INCIDENTS = (("heparin 25,000 IU given instead of 5,000 IU", "NCC MERP category E", "the concentrations were stored side by side"),
                ("potassium chloride 15% given undiluted", "NCC MERP category F", "the vial was stocked on the ward"),
                ("wrong-site nerve block (left instead of right)", "NCC MERP category D", "the site was not marked before the time-out"),
                ("insulin glargine given twice", "NCC MERP category E", "the dose was charted on two sheets"))


def safety_incident_report(g: Gen) -> tuple[str, str, str]:
    """A Mongolian hospital's patient safety incident report with its root cause analysis (patients and staff as Mongolians write them)."""
    hospital = g.pick(MN_HOSPITALS)
    pt, nurse, doctor, quality, head = (g.person("mn") for _ in range(5))
    spouse = g.relative(pt, not pt.female)
    what, severity, cause = g.pick(MN_INCIDENTS)
    day = g.base()
    ymd = g.ymd(1945, 2002)
    body = (f"{L('ORGANIZATION', hospital)}, {L('LOCATION', g.pick(MN_DISTRICTS) + ' district')}, {L('LOCATION', 'Ulaanbaatar')}\n"
            f"PATIENT SAFETY INCIDENT REPORT No. {L('CASE_NUMBER', f'IR-{day.year}-{g.digits(4)}')}\n\n"
            f"Date and time of incident: {g.stamp('mn', day)}\nPatient: {pt.initial()} ({pt.full()}), register no. {L('NATIONAL_ID', g.mn_register(ymd, pt.female))}, "
            f"hospital no. {L('HEALTH_ID', g.digits(8))}\nLocation: {L('ORGANIZATION', g.pick(('Internal Medicine Ward 2', 'Surgical Ward', 'Cardiology Ward')))}\n\n"
            f"What happened: {K(what)}. Detected by nurse {nurse.initial()} at the next check. Harm: {K(severity)}.\n"
            f"Immediate action: Dr {doctor.initial()} gave {K('protamine sulfate 50 mg')} where indicated and moved the patient to monitoring. "
            f"The patient's {'husband' if pt.female else 'wife'}, {spouse.full()}, was told the same day ({g.phone('mn', True)}).\n"
            f"Root cause analysis ({quality.full()}, quality manager): {K(cause)}; {K('no independent double check')}.\n"
            f"Actions: separate storage; a {K('high-alert medication')} list in every department. Reviewed by {head.initial()}, deputy director, "
            f"{g.email(head, re.sub(r'[^a-z]', '', hospital.lower())[:10] + '.mn')}.")
    return "Classify the incident and list the actions.", body, f"{K(severity)}; root cause: {K(cause)}."


GI_EXECUTOR_FIRMS = ("{a} & {b}, barristers and solicitors", "{a} {b} Trust Company Limited")


def will_testament(g: Gen) -> tuple[str, str, str]:
    """A Gibraltar will: executors, a guardian for the children, legacies, a bank account, the attestation and a doctor's note on capacity."""
    testator = g.person("gi")
    spouse = g.relative(testator, not testator.female)
    kids = [g.relative(testator, g.rng.random() < 0.5) for _ in range(2)]
    sister = g.person("gi", True)
    executor, w1, w2, doctor = (g.person("gi") for _ in range(4))
    firm = g.pick(GI_EXECUTOR_FIRMS).format(a=g.firm("gi"), b=g.firm("gi"))
    day = g.base()
    nth = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
           "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
           "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth")[day.day - 1]
    year = {2023: "two thousand and twenty-three", 2024: "two thousand and twenty-four", 2025: "two thousand and twenty-five"}[day.year]
    pron = "her" if testator.female else "his"
    body = (f"THIS IS THE LAST WILL AND TESTAMENT of me {testator.caps()} of {g.place(GI_HOMES)}, Gibraltar, holder of identity card "
            f"no. {L('NATIONAL_ID', g.digits(6) + g.pick('ABCD'))}.\n\n"
            f"1. I REVOKE all former wills and {K('testamentary dispositions')} made by me.\n"
            f"2. I APPOINT {executor.full()} of {L('ORGANIZATION', firm)} and my {'husband' if testator.female else 'wife'} {spouse.full()} to be my "
            f"executors and trustees.\n"
            f"3. If my {'husband' if testator.female else 'wife'} dies before me I APPOINT my sister {sister.full()} guardian of my minor children "
            f"{kids[0].given()} and {kids[1].given()}.\n"
            f"4. I GIVE my flat at {g.place(GI_HOMES)} to my children in equal shares {K('per stirpes')}.\n"
            f"5. I GIVE the balance of my account {L('IBAN_CODE', g.gi_iban())} to {kids[0].full()} absolutely.\n"
            f"6. I GIVE the residue of my estate to my trustees on trust for my children at {K('the age of twenty-five')}, with the "
            f"{K('power of advancement')} under the {K('Trustees Act')}.\n\n"
            f"IN WITNESS whereof I have set my hand this {L('DATE_TIME', f'{nth} day of {EN_MONTHS[day.month - 1]} {year}')}.\n\n"
            f"SIGNED by the testator in our joint presence and then by us in {pron} presence:\n"
            f"{w1.full()}, {g.place(GI_HOMES)}, legal secretary\n{w2.full()}, {g.place(GI_HOMES)}, retired teacher\n\n"
            f"Note annexed: Dr {doctor.full()} of {L('ORGANIZATION', 'Primary Care Centre, ICC')} examined the testator on {g.day('gi', day, -1)} and "
            f"confirms {K('testamentary capacity')} ({K('MMSE 29/30')}).")
    return "Who are the executors and who inherits?", body, f"Executors {executor.full()} and {spouse.full()}; the children inherit."


MG_PLACES = ("Antsirabe", "Fianarantsoa", "Toamasina", "Mahajanga", "Ambositra", "Moramanga", "Antsiranana")
MG_HOMES = ("Lot II J {n} Ivandry, Antananarivo", "Lot IVG {n} Bis Analakely, Antananarivo", "Lot {n} A Ambohipo, Antananarivo",
            "Lot VK {n} Ter Ankadifotsy, Antananarivo", "Lot {n} Ambatomena, Antsirabe")


def adoption_judgment(g: Gen) -> tuple[str, str, str]:
    """A sworn English translation of a Malagasy court's judgment of full adoption (adoption plénière)."""
    child = g.person("mg")
    father, mother = g.person("mg", False), g.person("mg", True)
    president, prosecutor, social, doctor, translator, clerk = (g.person("mg") for _ in range(6))
    day = g.base()
    born = (day.year - g.rng.randint(2, 9), g.rng.randint(1, 12), g.rng.randint(1, 28))
    body = (f"[Sworn translation from French]\n{L('ORGANIZATION', 'TRIBUNAL DE PREMIÈRE INSTANCE D’ANTANANARIVO')}\n"
            f"Judgment No. {L('CASE_NUMBER', f'{g.rng.randint(100, 2999)}-ADOP/{day.year}')} of {g.day('mg', day)}\n\n"
            f"In the matter of the application of the spouses {father.caps()}, born {g.dob('mg', g.ymd(1970, 1990))}, national identity card "
            f"{L('NATIONAL_ID', '1' + g.digits(11))}, and {mother.caps()}, national identity card {L('NATIONAL_ID', '2' + g.digits(11))}, residing "
            f"at {g.place(MG_HOMES)}, for the {K('adoption plénière')} of the child {child.full()}, born {g.dob('mg', born)} at {L('LOCATION', g.pick(MG_PLACES))} "
            f"(birth certificate no. {L('CASE_NUMBER', g.digits(4) + '/' + str(born[0]))}).\n\n"
            f"Before {president.full()}, President; the Public Prosecutor {prosecutor.full()} being heard; clerk {clerk.full()}.\n\n"
            f"The Court, having regard to {K('Law No. 2005-014 of 7 September 2005 on adoption')} and the {K('Hague Convention of 29 May 1993')}; "
            f"having regard to the social inquiry report of {social.full()} of the {L('ORGANIZATION', 'Centre d’Accueil Akany Fitahiana')} and the medical "
            f"certificate of Dr {doctor.full()}, {L('ORGANIZATION', 'CHU Joseph Ravoahangy Andrianavalona')}, finding the child in good health "
            f"({K('HIV and hepatitis B negative')}); considering that the adoption is in the {K('best interests of the child')};\n"
            f"GRANTS the full adoption; ORDERS that the child shall bear the name {L('PERSON', f'{child.first} {father.last}')}; ORDERS transcription "
            f"in the civil status registers.\n\n"
            f"Translated by {translator.full()}, sworn translator at the Court of Appeal, {g.phone('mg')}, {g.email(translator, g.pick(('moov.mg', 'gmail.com')))}")
    return "What did the court order about the child's name?", body, f"The child takes the name {L('PERSON', f'{child.first} {father.last}')}."


AM_CENTRES = ("Izmirlian Medical Center", "Erebouni Medical Center", "Astghik Medical Center", "Nairi Medical Center")
AM_DISEASES = (("end-stage renal disease due to IgA nephropathy", "haemodialysis three times weekly", "kidney"),
               ("end-stage renal disease due to autosomal dominant polycystic kidney disease", "peritoneal dialysis", "kidney"),
               ("decompensated cirrhosis due to hepatitis C, MELD 22", "diuretics and band ligation", "right lobe of the liver"))
AM_HOMES = ("{n} Komitas Avenue, apt. {k}, Yerevan", "{n} Baghramyan Street, Yerevan", "{n} Tigran Mets Avenue, Yerevan", "{k} Mashtots Street, Gyumri",
            "Village Garni, Kotayk Province", "{n} Isahakyan Street, Vanadzor")


def donor_evaluation(g: Gen) -> tuple[str, str, str]:
    """Minutes of an Armenian hospital ethics committee approving a living donation between relatives."""
    recipient = g.person("am")
    donor = g.relative(recipient, g.rng.random() < 0.5)
    chair, psychologist, advocate, surgeon, secretary = (g.person("am") for _ in range(5))
    centre = g.pick(AM_CENTRES)
    disease, therapy, organ = g.pick(AM_DISEASES)
    day = g.base()
    rymd, dymd = g.ymd(1965, 2000), g.ymd(1960, 2002)
    relation = ("sister" if donor.female else "brother") if g.rng.random() < 0.5 else ("daughter" if donor.female else "son")
    nick = f" ({donor.nick()} to the family)" if donor.first in NICKNAMES else ""
    body = (f"{L('ORGANIZATION', centre)}, {L('LOCATION', 'Yerevan')}\nETHICS COMMITTEE ON LIVING ORGAN DONATION\nMinutes No. "
            f"{L('CASE_NUMBER', f'{g.rng.randint(1, 60)}/{day.year}')} of {g.day('am', day)}\n\n"
            f"Present: {chair.full()} (Chair), {psychologist.full()} (psychologist), {advocate.full()} (independent donor advocate), "
            f"{surgeon.full()} (transplant surgeon). Secretary: {secretary.full()}.\n\n"
            f"Recipient: {recipient.full()}, born {g.dob('am', rymd)}, passport {L('NATIONAL_ID', 'A' + g.pick('NRT') + g.digits(7))}, public service number "
            f"{L('NATIONAL_ID', g.digits(10))}, of {g.place(AM_HOMES)}. Diagnosis: {K(disease)}; on {K(therapy)}.\n"
            f"Proposed donor: {donor.full()}{nick}, the recipient's {relation}, born {g.dob('am', dymd)}, public service number {L('NATIONAL_ID', g.digits(10))}, "
            f"tel. {g.phone('am', True)}. Work-up: {K('blood group compatible')}, {K('2 of 6 HLA mismatches')}, {K('negative crossmatch')}, "
            f"{K('eGFR 96 mL/min/1.73 m2')}.\n\n"
            f"The psychologist found the decision voluntary and informed. The donor advocate found {K('no evidence of financial inducement')}, as the "
            f"{K('Law on Transplantation of Human Organs and Tissues')} requires. The relationship is proved by the civil status certificates.\n"
            f"DECISION: donation of the {organ} approved unanimously; surgery under {surgeon.initial()}.\n\n"
            f"Secretary: {secretary.full()}, {g.email(secretary, re.sub(r'[^a-z]', '', centre.lower())[:9] + '.am')}")
    return "Did the committee approve the donation, and on what grounds?", body, f"Approved: {donor.full()} to {recipient.full()} ({organ})."


STRUCTURED = (eml_forwarded, telegram_export, paxlst_manifest, mt103_payment, webvtt_hearing, gedcom_pedigree, x12_eligibility, access_log,
              html_booking, pdf_form_fields)
NARRATIVE = (yellow_fever_certificate, cause_of_death, cioms_report, accident_investigation, asylum_decision, disciplinary_decision, safety_incident_report,
             will_testament, adoption_judgment, donor_evaluation)
DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {f.__name__: blind10._one_document(f) for f in STRUCTURED + NARRATIVE}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity), found in document order after the end of the one before it."""
    return blind11.span_offsets(r)


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    return blind11.text_fields(record)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
