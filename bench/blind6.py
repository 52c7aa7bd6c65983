"""Sixth blind scrubbing corpus: sixteen more registers from seventeen countries, national numbers with their check characters.

    python bench/blind6.py --stats             # entity, document-type and protected-term counts of the default corpus
    python bench/blind6.py --out blind6.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned
on; its author read no scrubber rule, no scrubber test and none of its measured misses.
Registers no other corpus uses: an Indian Ayushman Bharat (PM-JAY) pre-authorisation request
from Kerala, Tamil Nadu, Punjab or Bihar, a Nigerian hospital's medico-legal report to the
police, a Kenyan TB household contact-investigation form, a South African Road Accident Fund
serious-injury assessment, a Philippine barangay blotter with its mediation record, an
Indonesian hajj pilgrim's health-eligibility (istithaah) examination, a Thai surgical
pathology report, a Dubai or Dammam labour-camp clinic's daily patient register, a
repatriation-of-remains case sheet for an Indian, Filipino or Bangladeshi worker who died in
the Emirates, an NDIS plan-reassessment report for an Aboriginal participant in the Northern
Territory, a Mexican notarial power of attorney granted by a migrant in the United States, a
Chilean GES notification form, an Argentine divorce settlement proposal (propuesta
reguladora), a Dutch Wmo social-support assessment report, a Swedish coordinated individual
plan (SIP) and a South African genetic-counselling letter with its pedigree. Identifiers follow
the public descriptions of their formats, with the check characters computed: Aadhaar
(Verhoeff), South African ID numbers (date, sex, citizenship, Luhn), Emirates ID and Saudi
Iqama numbers (Luhn), Thai national ID (mod 11), Chilean RUT (mod 11, with K), Argentine CUIL
and CUIT (mod 11, with the 23 prefix) and CBU (two weighted mod-10 digits), Mexican CURP (name
letters, birth date, sex, state, check digit) and RFC (name letters, birth date, check digit),
Indonesian NIK (region codes, birth date with 40 added for women), Dutch BSN (eleven-test),
Swedish personnummer and samordningsnummer (Luhn), Australian Medicare numbers (weighted mod
10), air waybills (mod 7), Dutch IBANs. Where no check is published they are drawn in their
patterns: ABHA numbers and addresses, PM-JAY beneficiary and hospital IDs, Nigerian NIN, Kenyan
ID, NHIF and MFL numbers, PhilSys card numbers and learner reference numbers, BPJS Kesehatan
and hajj portion numbers, NDIS numbers, SAPS CAS numbers, Indian, Indonesian, Filipino and
Bangladeshi passports, South African, Nigerian and Philippine vehicle registrations, Buddhist-era
hospital and pathology numbers, Hijri expiry dates, Argentine bar registrations and CBU aliases.

Names are the hand-written lists below (never Faker's, never the census lists the scrubber
reads, and no word of them in the name lists or nicknames of bench/blind2.py, bench/blind3.py,
bench/blind4.py or bench/blind5.py: checked when this module loads): Malayali, Tamil (the
father's initial before the given name, a wife taking her husband's), Punjabi (with Kaur and
Singh), Bihari, Yoruba, Igbo, Hausa, Kenyan, Zulu and Sotho, Afrikaans, Filipino (the mother's
maiden surname as middle name), Javanese (no family name, addressed by the first name, "binti"
and the father's name in a passport), Batak (the clan name), Thai (addressed by the given name),
Nepali, Bangladeshi, Emirati and Saudi, Egyptian and Jordanian, Aboriginal Australian (skin
names among the surnames), Mexican and Chilean (two surnames, passed on from both parents;
Mapuche among them), Argentine, Dutch and Swedish names, and English names that are also words
(Dawn, Sharp, Swift, Noble, Friend); nicknames (an alias in a blotter, an a.k.a. in a police
report), lower case in a text message, kin titles (Aunty, Aling, Mang, Ibu, Bapak, Khun),
married and birth names (née), family members sharing a name, surnames that are a protected
term's eponym (Sjögren, Waardenburg, Graves, Paget), given names inside a shop's name and
people's names inside street and hospital names (Jl. Slamet Riyadi, Solomon Mahlangu Drive,
Calle Pino Suárez, Rashid Hospital). Within one document, strangers never share a given name or
a surname.

Labelling rules (the judgement calls, applied across the whole corpus): the name of the body
that issues a number stays outside its span (TCMC, TNMC, PMC, BCMR, MDCN, NIN, NHIF, MFL, DHA,
SCFHS, RUT, BSN, CPACF), while letters that every written copy of the number carries stay
inside (the "MP " of an HPCSA registration, the "CAS " of a SAPS case number, the "HOSP" of a
PM-JAY hospital ID, the "SIP-DU" of an Indonesian licence to practise, the "T° ... F° ..." of
an Argentine bar registration). Social-security, citizen, tax and passport-like numbers are
NATIONAL_ID; numbers that exist for health care (insurer and member numbers, hospital numbers,
ABHA numbers, PM-JAY IDs, BPJS, NHIF, NDIS and Medicare numbers, TB register numbers) are
HEALTH_ID; vehicle registrations are LICENSE_NUMBER, as in bench/blind4.py, and so are
professional registrations; file, claim and payment references are CASE_NUMBER, customer
numbers, bank accounts without an IBAN and CBU aliases ACCOUNT_NUMBER. Hospitals, wards, local
courts, practices, universities, care homes and firms are ORGANIZATION, whole, even when they
carry a person's name (Rashid Hospital, Hospital Dr. Hernán Henríquez Aravena, Aling Lorna's
Sari-Sari Store); national bodies (the Road Accident Fund, BPJS Kesehatan, FONASA, OWWA,
Arbetsförmedlingen, ministries, consulates, the Aboriginal Interpreter Service, the PNP, a
public registry of property) are left unlabelled, as are health insurers (Isapres) and schemes
(Ayushman Bharat, the Universal Coverage Scheme). Clock times on their own and ages are not
labelled; a date with its time is one DATE_TIME. Dates inside a statute's name or a case
citation belong to the protected term. New calls for this corpus: police stations and
divisions, municipalities, regions, a barangay's office and a district health office are
ORGANIZATION, like a local court; the registry numbers of facilities and firms (PM-JAY hospital
IDs, Kenyan MFL codes, trade licences) are COMPANY_REGISTRATION; an ABHA address (name@abdm) is
HEALTH_ID, not an e-mail address, and so is a pathology accession number, like a hospital
number; air waybills, notarial deed numbers, property-register folios and hajj portion numbers
are CASE_NUMBER; a school admission number and a Philippine learner reference number are
STUDENT_ID; a masked Aadhaar ("XXXX XXXX 4821") is still NATIONAL_ID. Titles and kin titles (Dr,
Lic., Dra., Hon., Kagawad, Tanod, Aunty, Ibu, Bapak, Khun, Sra., mevrouw) stay outside a
person's span, while bin and binti with the father's name, a Tamil father's initial, Kaur and
Singh, a Filipino middle initial and "Md." stay inside; each party in a court caption
("GOROSITO, Florencia y ETCHEVERRY, Facundo s/ divorcio") is its own PERSON span. Buddhist-era
and Hijri dates are DATE_TIME as written, and a notarial date in words is one DATE_TIME. A
municipality's general number (14 058) is a PHONE_NUMBER. A year on its own ("died in 2017")
is not labelled, as in bench/blind5.py. Nationalities, languages, peoples, religions, pedigree
positions (II-3) and relatives named only by their relation are not labelled. Money amounts,
like clinical and legal terms, are protected. Records, labels and the soundness check are
bench/blind3.py's.
"""

from __future__ import annotations

import datetime
import functools
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

import blind3  # bench/, beside this script
from blind2 import fold, iban
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Tamil "surnames" are fathers' given names, written as an initial before
# the person's own name; Javanese have no family name ("jv" second names are in JV_SECOND); Mexicans and
# Chileans carry two surnames, the father's first.
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ml": (("Aleyamma", "Sreelekha", "Bindu", "Rajitha", "Shyamala", "Mariyamma"), ("Sreekumar", "Joby", "Unnikrishnan", "Biju", "Anilkumar", "Shaji"),
           ("Kurian", "Varghese", "Nambiar", "Panicker", "Kuruvilla", "Chacko", "Thekkedath", "Mathai")),
    "ta": (("Kalaiselvi", "Thenmozhi", "Vasuki", "Sangeetha", "Jothimani"), ("Senthilkumar", "Murugesan", "Elangovan", "Palanisamy", "Kathiravan"),
           ("Ramalingam", "Shanmugam", "Periyasamy", "Velusamy", "Annamalai", "Duraisamy")),
    "pb": (("Manpreet", "Jasleen", "Rupinder", "Kiranjeet", "Paramjit"), ("Harjit", "Kulwinder", "Balwinder", "Jaspal", "Gurnam"),
           ("Dhillon", "Brar", "Grewal", "Sidhu", "Randhawa", "Bajwa")),
    "bh": (("Sunaina", "Pushpa", "Urmila", "Rinki", "Lalita"), ("Ramashray", "Birendra", "Dharmendra", "Lalan", "Shambhu"),
           ("Yadav", "Paswan", "Mahto", "Kushwaha", "Mandal", "Manjhi")),
    "yo": (("Mojisola", "Omotayo", "Yewande", "Abimbola", "Ronke"), ("Olumide", "Segun", "Tokunbo", "Gbenga", "Dapo"),
           ("Ajayi", "Adeleke", "Ogunbiyi", "Fashola", "Oduya", "Akinola", "Bamgbose")),
    "ig": (("Nneka", "Chiamaka", "Ifeoma", "Amarachi", "Obiageli"), ("Ikenna", "Chinedu", "Nnamdi", "Kelechi", "Ebuka"),
           ("Eze", "Nwachukwu", "Okeke", "Anyanwu", "Ugwu", "Nnaji", "Obi")),
    "ha": (("Hauwa", "Halima", "Rakiya", "Bilkisu", "Hadiza"), ("Abubakar", "Sani", "Musa", "Garba", "Auwal"),
           ("Danjuma", "Bello", "Abdullahi", "Shehu", "Lawal", "Sule")),
    "ke": (("Wanjiru", "Achieng", "Nafula", "Chebet", "Nyambura", "Mercy"), ("Kiprop", "Otieno", "Wafula", "Mutua", "Collins", "Kipchumba"),
           ("Kariuki", "Ochieng", "Wekesa", "Kiplagat", "Njoroge", "Omondi", "Mwangi", "Chepkwony")),
    "zu": (("Nokuthula", "Ayanda", "Sibongile", "Nosipho", "Palesa", "Busisiwe"), ("Bongani", "Siyabonga", "Themba", "Tshepo", "Mxolisi", "Sizwe"),
           ("Zungu", "Mthembu", "Cele", "Ngcobo", "Mahlangu", "Sithole", "Mabuza", "Radebe")),
    "af": (("Marietjie", "Elmarie", "Riana", "Lizelle", "Annatjie", "Hester", "Santie", "Magda"), ("Gerrit", "Jaco", "Hennie", "Wynand", "Frikkie", "Deon", "Schalk", "Koos"),
           ("du Toit", "Pretorius", "Joubert", "Steyn", "Venter", "Coetzee", "Swanepoel", "Fourie", "Viljoen", "Bezuidenhout", "Kotzé", "Lombard", "Erasmus")),
    "ph": (("Marites", "Lorna", "Analyn", "Rosalinda", "Girlie", "Precious", "Jonalyn", "Marivic", "Lovely"),
           ("Ramil", "Efren", "Dondon", "Reynaldo", "Jomar", "Bong", "Randy", "Elmer", "Noel"),
           ("Macaraeg", "Dimaculangan", "Sumalpong", "Tolentino", "Manalo", "Dizon", "Ocampo", "Lagman", "Quiambao", "Pascual", "Bacani",
            "Dumalagan", "Sarmiento", "Cabrera", "Panganiban", "Lacson", "Buenaventura", "Magbanua", "Soriano", "Tumbaga")),
    "jv": (("Endang", "Suharti", "Wartini", "Sulastri", "Tumini"), ("Bambang", "Slamet", "Sugeng", "Heru", "Paiman"), ()),
    "bt": (("Rosmawati", "Tiurma", "Lamria", "Romauli", "Hotnida"), ("Parlindungan", "Togar", "Horas", "Binsar", "Maruli"),
           ("Siregar", "Simanjuntak", "Nasution", "Harahap", "Sitompul", "Pardede")),
    "th": (("Siriporn", "Kanokwan", "Ratchanee", "Wanida", "Pornthip", "Duangjai"), ("Somchai", "Anucha", "Wichai", "Prasert", "Thanakorn", "Kittisak"),
           ("Srisawat", "Boonmee", "Chaiyasit", "Wongsuwan", "Kittikhun", "Phromma", "Saengthong", "Intharasombat")),
    "np": (("Sabitra", "Kamala", "Sunmaya"), ("Dil Bahadur", "Padam", "Bikash", "Tek Raj", "Santosh"),
           ("Tamang", "Gurung", "Magar", "Limbu", "Thapa", "Shrestha")),
    "bd": (("Nasrin", "Rokeya", "Shirin"), ("Md. Rafiqul", "Shahidul", "Mizanur", "Anwar", "Md. Jahangir"),
           ("Hossain", "Miah", "Uddin", "Sarker", "Talukder", "Bhuiyan")),
    "gu": (("Hessa", "Alya", "Mouza", "Latifa", "Shamma"), ("Hamdan", "Rashid", "Sultan", "Majid", "Obaid", "Fahad"),
           ("Al Mazrouei", "Al Ketbi", "Al Nuaimi", "Al Falasi", "Al Suwaidi", "Al Qahtani", "Al Ghamdi", "Al Dosari")),
    "eg": (("Rasha", "Dalia", "Ghada"), ("Tamer", "Hossam", "Waleed", "Ayman"), ("Abdelaziz", "Soliman", "El-Shenawy", "Fawzy", "Haddadin")),
    "au": (("Tanika", "Shontelle", "Cheryl", "Marlene", "Rhonda", "Latisha"), ("Clinton", "Desmond", "Trent", "Jarrod", "Lionel", "Regan"),
           ("Wunungmurra", "Dhamarrandji", "Puruntatameri", "Tipiloura", "Jampijinpa", "Bropho", "Yarran", "Mundine", "Lamb", "Friend")),
    "en": (("Pearl", "Dawn", "Ruby", "Heather", "Merle"), ("Dusty", "Sonny", "Lance", "Reg", "Rowan"),
           ("Sharp", "Swift", "Crane", "Knight", "Noble", "Bliss", "Cotton", "Dove")),
    "mx": (("Araceli", "Yadira", "Socorro", "Nayeli", "Marisela", "Anahí", "Rosaura", "Leticia"), ("Eleazar", "Heriberto", "Ezequiel", "Rodolfo", "Refugio", "Efraín", "Aurelio", "Isidro"),
           ("Gallardo", "Tovar", "Cervantes", "Lozano", "Sandoval", "Camacho", "Robles", "Velázquez", "Zamora", "Salgado", "Pacheco", "Arellano",
            "Guerrero", "Montes", "Ávalos", "Cisneros", "Bañuelos", "Padilla", "Nava", "Orozco")),
    "cl": (("Javiera", "Constanza", "Catalina", "Millaray", "Daniela"), ("Benjamín", "Matías", "Cristóbal", "Vicente", "Ignacio"),
           ("Fuentealba", "Sepúlveda", "Contreras", "Araya", "Tapia", "Valdebenito", "Huenchumilla", "Catrileo", "Painemal", "Ñancupil",
            "Cárcamo", "Riquelme", "Manríquez", "Llancaleo")),
    "rp": (("Florencia", "Agustina", "Micaela", "Romina", "Luciana"), ("Facundo", "Gonzalo", "Santiago", "Maximiliano", "Nahuel"),
           ("Gorosito", "Iturralde", "Pereyra", "Acosta", "Villafañe", "Scaglione", "Etcheverry", "Zabaleta")),
    "nl": (("Gerda", "Wilma", "Ineke", "Joke", "Truus"), ("Kees", "Henk", "Wim", "Ruud", "Dirk"),
           ("Mulder", "de Vries", "van Dam", "Hoekstra", "Brouwer", "Kuipers", "Schouten", "de Graaf")),
    "se": (("Birgitta", "Margareta", "Elsa", "Astrid", "Ylva"), ("Göran", "Lennart", "Anders", "Per-Olof", "Kjell"),
           ("Lindgren", "Holmberg", "Sandberg", "Johansson", "Eklund", "Nyström", "Forsberg")),
}  # fmt: skip
JV_SECOND = {True: ("Purwanti", "Wahyuningsih", "Rahayu", "Handayani", "Lestari"),  # the second of two Javanese names, by sex
             False: ("Sutrisno", "Riyadi", "Prasetyo", "Santoso", "Wibowo")}
FIRST_NAME_ONLY = {"ta", "jv", "th"}  # addressed by the given name after a title
TWO_SURNAMES = {"mx", "cl"}
TAKES_HUSBANDS_NAME = {"af", "en", "au", "ke", "yo", "ig", "ha", "th", "zu", "pb", "bh", "ph", "bt"}  # where a wife usually writes her husband's surname
NICKNAMES = {
    "Maximiliano": "Maxi", "Florencia": "Flor", "Reynaldo": "Rey", "Rosalinda": "Linda", "Per-Olof": "P-O", "Sreekumar": "Sree",
    "Unnikrishnan": "Unni", "Nokuthula": "Thuli", "Siyabonga": "Siya", "Sibongile": "Bongi", "Tokunbo": "Toks",
    "Chiamaka": "Amaka", "Benjamín": "Benja", "Constanza": "Coni", "Ignacio": "Nacho", "Heriberto": "Beto", "Refugio": "Cuco",
    "Socorro": "Coco", "Abubakar": "Abba", "Olumide": "Mide", "Frikkie": "Frik", "Kathiravan": "Kathir", "Sulastri": "Las",
}  # fmt: skip
# Surnames that are also the eponym of a protected term: the hardest namesakes.
NAMESAKES = {"se": (("Sjögren", "Sjögren's syndrome"),), "nl": (("Waardenburg", "Waardenburg syndrome"),),
             "en": (("Graves", "Graves' disease"), ("Paget", "Paget's disease of bone"))}
NOT_NAMES = {"kaur", "singh", "md"}  # carried by strangers alike: never taken for a shared name
PARTICLES = {"van", "de", "der", "den", "ter", "te", "du", "le", "la", "del", "dos", "da", "di", "al", "el", "bin", "binti", "bint",
             "md", "ap", "mac", "mc", "o", "t", "s", "d", "y"}


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’.]+", fold(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames) of bench/blind2.py to bench/blind5.py."""
    import blind2
    import blind4
    import blind5

    names: list[str] = []
    for table in (blind3.PEOPLE, blind4.PEOPLE, blind5.PEOPLE):
        for women, men, surnames in table.values():
            names += [*women, *men, *surnames]
    for _, women, men, surnames in blind2.CULTURES.values():
        names += [*women, *men, *surnames]
    for nicks in (blind2.NICKNAMES, blind4.NICKNAMES, blind5.NICKNAMES):
        names += [*nicks, *nicks.values()]
    names += [surname for pairs in blind5.NAMESAKES.values() for surname, _ in pairs]
    return set().union(*(name_words(n) for n in names))


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [*JV_SECOND[True], *JV_SECOND[False], *NICKNAMES.values(), "Kaur", "Singh"]
    names += [surname for pairs in NAMESAKES.values() for surname, _ in pairs]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"


@dataclass
class Person(blind3.Person):
    culture: str = ""
    female: bool = False
    short: str = ""  # what follows a title: the surname, the father's surname of two, or the given name where that is how one is addressed
    middle: str = ""  # a Filipino's mother's surname, a Sikh's Kaur or Singh

    def plain(self) -> str:
        if self.culture == "ta":
            return f"{self.last[0]}. {self.first}"
        if self.culture == "pb":
            return f"{self.first} {self.middle} {self.last}"
        if self.culture == "ph" and self.middle:
            return f"{self.first} {self.middle[0]}. {self.last}"
        return f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def whole(self) -> str:
        """Every part written out: a Tamil's father's name after the given name, a Filipino's middle name."""
        if self.culture in ("ph", "pb"):
            return L("PERSON", f"{self.first} {self.middle} {self.last}")
        return L("PERSON", f"{self.first} {self.last}")

    def caps(self) -> str:
        if self.culture == "ta":
            return L("PERSON", f"{self.first.upper()} {self.last[0]}")
        return L("PERSON", self.plain().upper())

    def comma(self) -> str:
        """SURNAME, Given (Middle): how registers and captions write a name."""
        middle = f" {self.middle}" if self.culture == "ph" and self.middle else ""
        return L("PERSON", f"{self.last.upper()}, {self.first}{middle}")

    def sur(self) -> str:
        return L("PERSON", self.short)

    def given(self) -> str:
        return L("PERSON", self.first)

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.sur()}"

    def lower_first(self) -> str:
        return L("PERSON", self.first.lower())

    def initial_dot(self) -> str:
        return L("PERSON", f"{self.first[0]}. {self.short}") if self.culture not in FIRST_NAME_ONLY else self.full()

    def nicknamed(self) -> str:
        nick = NICKNAMES.get(self.first)
        return L("PERSON", nick) if nick else self.given()

    def ascii(self, sep: str = ".") -> str:
        first = self.first.replace("Md. ", "").split()[0]
        last = self.last.split()[0] if self.culture in TWO_SURNAMES else self.last
        return ascii_fold(f"{first}{sep}{last}").lower()


def ascii_fold(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum() or c in "._-")


# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions

_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1), (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P1 = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)  # the permutation applied to a digit in the second place; the k-th place takes its k-th power
_VERHOEFF_P: list[tuple[int, ...]] = [tuple(range(10))]
for _ in range(7):
    _VERHOEFF_P.append(tuple(_VERHOEFF_P1[j] for j in _VERHOEFF_P[-1]))
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(digits: str) -> str:
    """Aadhaar: the Verhoeff check digit (dihedral group D5, its permutation and inverse tables)."""
    c = 0
    for i, d in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(d)]]
    return str(_VERHOEFF_INV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, d in enumerate(reversed(number)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(d)]]
    return c == 0


def luhn(digits: str) -> str:
    """The Luhn check digit: every second digit from the right doubled (digit sum), the total made a multiple of ten."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str(-total % 10)


def thai_id_digit(twelve: str) -> str:
    """Thai national ID: 11 minus the sum of the digits weighted 13 down to 2, modulo 11, last digit of that."""
    return str((11 - sum(int(c) * w for c, w in zip(twelve, range(13, 1, -1))) % 11) % 10)


def rut_dv(body: str) -> str:
    """Chilean RUT: digits from the right weighted 2 to 7 in turn; 11 minus the sum modulo 11, 11 -> 0, 10 -> K."""
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    return {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))


def cuil_dv(prefix: str, dni: str) -> str | None:
    """Argentine CUIL/CUIT: prefix and DNI weighted 5,4,3,2,7,6,5,4,3,2; 11 minus the sum modulo 11, 11 -> 0, None where 10."""
    rest = 11 - sum(int(c) * w for c, w in zip(prefix + dni, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return None if rest == 10 else str(rest % 11)


def cbu_digit(digits: str, weights: tuple[int, ...]) -> str:
    """Argentine CBU: each of its two blocks ends in 10 minus its weighted sum modulo 10 (weights 7,1,3,9 repeating from the right end)."""
    return str((10 - sum(int(c) * w for c, w in zip(digits, weights)) % 10) % 10)


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
# Four-letter starts the CURP and RFC rules replace by an X in second place (part of the published list).
_INCONVENIENT = set("BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA GUEI GUEY "
                    "JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO "
                    "MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE "
                    "ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY".split())


def curp_digit(seventeen: str) -> str:
    """CURP: characters valued by their place in 0-9, A-N, Ñ, O-Z, weighted 18 down to 2; 10 minus the sum modulo 10."""
    return str((10 - sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(seventeen)) % 10) % 10)


def rfc_digit(twelve: str) -> str:
    """RFC of a person: characters valued by their place in 0-9, A-N, &, O-Z, space, Ñ, weighted 13 down to 2; 11 minus the sum modulo 11
    (0 where the remainder is 0, A where it leaves 10)."""
    rest = sum(_RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(twelve)) % 11
    return "0" if rest == 0 else "A" if rest == 1 else str(11 - rest)


def mx_name_letters(paternal: str, maternal: str, given: str) -> tuple[str, str]:
    """The CURP's and RFC's four name letters and the CURP's three inner consonants, from the Mexican rules."""
    def clean(s: str) -> str:
        return "".join(c for c in fold(s.replace("ñ", "x").replace("Ñ", "X")).upper() if c.isalpha())

    pat, mat, giv = clean(paternal), clean(maternal), clean(given)
    vowel = next((c for c in pat[1:] if c in "AEIOU"), "X")
    four = pat[0] + vowel + mat[0] + giv[0]
    if four in _INCONVENIENT:
        four = four[0] + "X" + four[2:]

    def inner(s: str) -> str:
        return next((c for c in s[1:] if c not in "AEIOU"), "X")

    return four, inner(pat) + inner(mat) + inner(giv)


def bsn_digit(eight: str) -> str | None:
    """Dutch BSN eleven-test: 9,8,...,2 times the first eight digits minus the ninth is a multiple of 11 (None where it would be 10)."""
    rest = sum(int(c) * w for c, w in zip(eight, range(9, 1, -1))) % 11
    return None if rest == 10 else str(rest)


def medicare_digit(eight: str) -> str:
    """Australian Medicare: the first eight digits weighted 1,3,7,9,1,3,7,9, modulo 10."""
    return str(sum(int(c) * w for c, w in zip(eight, (1, 3, 7, 9) * 2)) % 10)


def awb_digit(seven: str) -> str:
    """Air waybill: the serial's eighth digit is its first seven modulo 7."""
    return str(int(seven) % 7)


assert verhoeff_digit("236") == "3" and verhoeff_ok("2363") and luhn("7992739871") == "3"
assert rut_dv("12345678") == "5"


# ---------------------------------------------------------------- places, by hand ({n} a house number, {k} a small number, {h} a Kerala house name)

ADDRESSES = {
    "ml": ("{h} House, Thevalakkara P.O., Kollam 690524", "{h} House, Kottiyam P.O., Kollam 691571", "{h}, Pala P.O., Kottayam 686575",
           "TC {k}/{n}, Vanchiyoor, Thiruvananthapuram 695035", "{h} House, Ward {k}, Mavelikkara, Alappuzha 690101"),
    "ta": ("No. {n}, 3rd Cross Street, Anna Nagar, Madurai 625020", "Old No. {k}, New No. {n}, Kamarajar Salai, Tiruchirappalli 620001",
           "{n}/{k}, Periyar Nagar Main Road, Vellore 632009", "No. {k}, Pillaiyar Koil Street, Thillai Nagar, Tiruchirappalli 620018"),
    "pb": ("H. No. {n}, Street No. {k}, Guru Nanak Nagar, Patiala 147003", "Village Ghudda, Tehsil and District Bathinda 151401",
           "#{n}, Phase {k}, Model Town, Ludhiana 141002", "Village Bhadaur, Tehsil Tapa, District Barnala 148102"),
    "bh": ("Village Chak Sikandar, Post Mahua, District Vaishali, Bihar 844122", "Mohalla Kankarbagh, Road No. {k}, Patna 800020",
           "Ward No. {k}, Sikandarpur, Muzaffarpur 842001", "Village Bhagwanpur, P.S. Bhagwanpur, District Vaishali 844114"),
    "ng_lagos": ("No. {k} Adeniran Ogunsanya Street, Surulere, Lagos", "{k}, Olorunsogo Close, off Ikotun-Idimu Road, Ikotun, Lagos",
                 "Block {k}, Flat {n}, Abesan Estate, Ipaja, Lagos", "{k} Balogun Street, Mushin, Lagos"),
    "ng_enugu": ("No. {k} Obiagu Road, Ogui, Enugu", "Plot {n}, Independence Layout, Enugu", "{k} Agbani Road, Uwani, Enugu"),
    "ng_kano": ("No. {k} Zoo Road, Gyadi-Gyadi, Kano", "{n} Sharada Quarters, Kano Municipal, Kano", "House {k}, Hotoro GRA, Nassarawa LGA, Kano"),
    "za_kzn": ("House {n}, Section K, Umlazi, 4031", "{n} Mdlalose Street, KwaMashu, 4360", "{k} Inanda Newtown B, Inanda, 4310"),
    "za_gp": ("{n} Block L, Soshanguve, 0152", "Stand {n}, Extension {k}, Ivory Park, Midrand, 1693", "{k} Mahlangu Street, Mamelodi West, 0122"),
    "za_wc": ("{n} Lwandle Crescent, Site C, Khayelitsha, 7784", "{k} Voortrekker Road, Parow, 7500", "{k} Kerk Street, Worcester, 6850"),
    "af": ("{k} Kerkstraat, Worcester, 6850", "{n} Voortrekkerweg, Bellville, 7530", "{k} Jan van Riebeeck Street, Paarl, 7646",
           "Plot {k}, Schoemanshoek, Oudtshoorn, 6625", "{k} Church Street, Bethlehem, 9701"),
    "ph": ("Blk {k} Lot {n}, Phase 2, Brgy. Bagong Silang, Caloocan City", "Purok {k}, Brgy. Tagapo, Santa Rosa, Laguna",
           "{n} Rizal St., Brgy. Sasa, Davao City", "Sitio Maligaya, Purok {k}, Brgy. Lahug, Cebu City"),
    "th": ("{n}/{k} Moo {m}, Tambon Ban Pet, Amphoe Mueang Khon Kaen, Khon Kaen 40000", "{n} Soi Sukhumvit {k}, Khlong Toei, Bangkok 10110",
           "{n} Moo {m}, Tambon Nong Phai, Amphoe Mueang Udon Thani, Udon Thani 41000", "{n}/{k} Nimmanhaemin Road, Suthep, Chiang Mai 50200"),
    "mx": ("Calle Pino Suárez {n}, col. Centro, C.P. 44100, Guadalajara, Jal.", "Av. López Mateos Sur {n}, col. Chapalita, C.P. 45040, Zapopan, Jal.",
           "Privada de los Fresnos {k}, col. Santa Tere, C.P. 44600, Guadalajara, Jal.", "Calle Morelos {n}, San Pedro Tlaquepaque, Jal., C.P. 45500"),
    "mx_us": ("{n} E Belmont Ave, Fresno, CA 93701", "{n} W Cermak Rd, Apt {k}, Chicago, IL 60608", "{n} Harry Hines Blvd, Dallas, TX 75235"),
    "cl": ("Pasaje Los Notros 0{n}, Villa Los Ríos, Temuco", "Calle Lautaro {n}, Padre Las Casas", "Pasaje Quetrahue {n}, población Pedro de Valdivia, Temuco",
           "Av. Alemania {n}, depto. {k}0{m}, Temuco", "Calle Janequeo {n}, Valdivia"),
    "rp": ("Av. Corrientes {n}, {k}° B, C1195 CABA", "Calle 47 N° {n}, La Plata", "José Bonifacio {n}, PB {m}, Caballito, CABA",
           "Pasaje Giribone {n}, Villa Crespo, CABA", "Av. San Martín {n}, Ramos Mejía, Prov. de Buenos Aires"),
}  # fmt: skip
KERALA_HOUSES = ("Puthenveettil", "Kizhakkethil", "Valiyaparambil", "Thekkumkattil", "Mannamkulathil", "Kochuparambil")
PHONES = {
    "in": ("+91 94470 #####", "98460 #####", "+91 98140 #####", "0474 27#####", "+91 99345 #####"),
    "ng": ("+234 803 ### ####", "0806 ### ####", "0813-###-####", "+234 (0) 70# ### ####"),
    "ke": ("+254 722 ### ###", "0712 ### ###", "0733-######", "+254 (0)7## ######"),
    "za": ("+27 82 ### ####", "031 907 ####", "072 ### ####", "021 938 ####", "+27 (0)83 ### ####"),
    "ph": ("+63 917 ### ####", "0918-###-####", "(049) 5##-####", "0927 ### ####"),
    "id": ("+62 812-####-####", "0813 #### ####", "(0271) ######", "0857-####-####"),
    "th": ("+66 81 ### ####", "08 #### ####", "043 ### ###", "09-####-####"),
    "ae": ("+971 50 ### ####", "055 ### ####", "04 ### ####", "+971 (0)56 ### ####"),
    "sa": ("+966 5# ### ####", "013 8## ####", "05# ### ####"),
    "bd": ("+880 17##-######", "01###-######"),
    "au": ("(08) 89## ####", "04## ### ###", "+61 4## ### ###", "(08) 8952 ####"),
    "cl": ("+56 9 #### ####", "9 #### ####", "+56 45 2## ####"),
    "rp": ("+54 9 11 ####-####", "11 15-####-####", "(0221) 4##-####", "011 4###-####"),
    "nl": ("0570 ## ## ##", "06-########", "+31 6 #### ####", "045 ### ####"),
}  # fmt: skip
MONTHS = "January February March April May June July August September October November December".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ID_MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
SE_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
ES_DAYS = ("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve "
           "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho").split()


# ---------------------------------------------------------------- the generator


class Gen(Draw):
    """bench/blind3.py's draws, with this corpus's people, places and identifiers; every method returns marked text."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.used: set[str] = set()  # words of the names already given in this document: strangers never share one

    # people

    def _free(self, *names: str) -> bool:
        return not set().union(*(name_words(n) for n in names)) & self.used

    def _take(self, *names: str) -> None:
        self.used |= set().union(*(name_words(n) for n in names)) - NOT_NAMES

    def person(self, culture: str, female: bool | None = None) -> Person:
        women, men, surnames = PEOPLE[culture]
        female = self.rng.random() < 0.5 if female is None else female
        for _ in range(200):
            first = self.pick(women if female else men)
            last = self.pick(JV_SECOND[female]) if culture == "jv" else self.pick(surnames)
            if culture in TWO_SURNAMES:
                last = f"{last} {self.pick(s for s in surnames if s != last)}"
            if self._free(first, last):
                break
        else:
            raise RuntimeError(f"no free {culture} name left in this document")  # the lists are too short for the writer
        middle = ("Kaur" if female else "Singh") if culture == "pb" else ""
        if culture == "ph":
            middle = next((s for s in self.rng.sample(surnames, len(surnames)) if s != last and self._free(s)), "")
        self._take(first, last, middle)
        short = first if culture in FIRST_NAME_ONLY else last.split()[0] if culture in TWO_SURNAMES else last
        return Person(first, last, culture, female, short, middle)

    def _given(self, culture: str, female: bool) -> str:
        women, men, _ = PEOPLE[culture]
        free = [n for n in (women if female else men) if self._free(n)]
        if not free:
            raise RuntimeError(f"no free {culture} given name left in this document")
        return self.pick(free)

    def _surname(self, culture: str) -> str:
        free = [n for n in PEOPLE[culture][2] if self._free(n)]
        if not free:
            raise RuntimeError(f"no free {culture} surname left in this document")
        return self.pick(free)

    def relative(self, p: Person, female: bool, kin: str) -> Person:
        """Someone of p's family ("spouse", "child", "sibling" or "parent") carrying the family name the way p's culture passes it on:
        Javanese share none; Mexicans and Chileans pass on the father's first surname and the mother's; a Tamil's initial is the
        father's given name (a wife takes her husband's); a Filipino's middle name is the mother's maiden surname."""
        if kin == "spouse":
            female = not p.female
        c, paternal = p.culture, p.last.split()[0]
        own = (c == "jv" or kin == "spouse" and c not in TAKES_HUSBANDS_NAME and not (c == "ta" and female)
               or c == "ta" and (kin == "child" and p.female or kin == "parent" and female))
        if own or c in TWO_SURNAMES and kin != "sibling":
            r = self.person(c, female)
        elif c == "ta" and kin == "parent":
            r = Person(p.last, self._surname(c), c, False)  # the father, whose given name is p's initial
        else:
            r = Person(self._given(c, female), p.last, c, female)
        if c in TWO_SURNAMES and kin in ("child", "parent"):
            mine = r.last.split()
            if kin == "child":
                r.last = f"{paternal} {mine[1]}" if not p.female else f"{mine[0]} {paternal}"
            else:
                r.last = f"{paternal} {mine[1]}" if not female else f"{p.last.split()[1]} {mine[1]}"
        elif c == "ta" and not own and kin in ("child", "spouse"):
            r.last = p.first
        if c == "pb":
            r.middle = "Kaur" if female else "Singh"
        elif c == "ph" and not own:
            r.middle = p.middle if kin == "sibling" or kin == "child" and p.female else self._surname(c)
        r.short = r.first if c in FIRST_NAME_ONLY else r.last.split()[0] if c in TWO_SURNAMES else r.last
        self._take(r.first, r.last, r.middle)
        return r

    def namesake(self, culture: str) -> tuple[Person, str]:
        """A person whose surname is the eponym of the protected term returned with them."""
        surname, term = self.pick(NAMESAKES[culture])
        p = self.person(culture)
        p.last = p.short = surname
        self._take(surname)
        return p, K(term)

    def shop_name(self, culture: str) -> str:
        """A first name for a shop's or firm's name, kept from every person in the document."""
        women, men, _ = PEOPLE[culture]
        name = next((n for n in self.rng.sample(women + men, len(women + men)) if self._free(n)), women[0])
        self._take(name)
        return name

    # dates

    def ymd(self, first: int = 1940, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def base(self, first: int = 2022, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        nth = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        mon = MONTHS[m - 1][:3]
        forms = {
            "in": (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}-{mon}-{y}"),
            "ng": (f"{d:02d}/{m:02d}/{y}", f"{d}{nth} {MONTHS[m - 1]}, {y}", f"{d}/{m}/{y}"),
            "ke": (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{mon}-{y}", f"{d} {MONTHS[m - 1]} {y}"),
            "za": (f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{y}/{m:02d}/{d:02d}"),
            "ph": (f"{MONTHS[m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{d} {mon}. {y}"),
            "id": (f"{d:02d}-{m:02d}-{y}", f"{d} {ID_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"),
            "th": (f"{d:02d}/{m:02d}/{y + 543}", f"{d} {mon} {y}", f"{d} {MONTHS[m - 1]} {y + 543}"),
            "gulf": (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{mon}-{y}", f"{d:02d}.{m:02d}.{y}"),
            "au": (f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d}/{m}/{str(y)[2:]}"),
            "es": (f"{d} de {ES_MONTHS[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"),
            "nl": (f"{d:02d}-{m:02d}-{y}", f"{d} {NL_MONTHS[m - 1]} {y}", f"{d}-{m}-{y}"),
            "se": (f"{y}-{m:02d}-{d:02d}", f"{d} {SE_MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"),
        }
        return self.pick(forms[cc])

    def day(self, cc: str, date: datetime.date, offset: int = 0) -> str:
        d = date + datetime.timedelta(days=offset)
        return L("DATE_TIME", self.fmt(cc, d.year, d.month, d.day))

    def when(self, cc: str, first: int = 2022, last: int = 2025) -> str:
        return L("DATE_TIME", self.fmt(cc, *self.ymd(first, last)))

    def dob(self, cc: str, ymd: tuple[int, int, int] | None = None) -> str:
        return L("DATE_TIME", self.fmt(cc, *(ymd or self.ymd())))

    def clock(self, cc: str, hour: int | None = None) -> str:
        hour, minute = self.rng.randint(0, 23) if hour is None else hour, self.rng.randint(0, 59)
        if cc == "ph" or cc == "us":
            return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
        if cc in ("ng", "ke"):
            return self.pick((f"{hour:02d}{minute:02d}hrs", f"{hour:02d}:{minute:02d} hrs"))
        if cc == "id":
            return f"{hour:02d}.{minute:02d} WIB"
        return f"{hour:02d}:{minute:02d}"

    def stamp(self, cc: str, date: datetime.date | None = None, hour: int | None = None) -> str:
        """A date with its clock time, one span."""
        y, m, d = (date.year, date.month, date.day) if date else self.ymd(2022, 2025)
        sep = self.pick((" ", ", ", " at ")) if cc in ("ng", "ke", "za", "ph", "au") else " "
        return L("DATE_TIME", f"{self.fmt(cc, y, m, d)}{sep}{self.clock(cc, hour)}")

    def words_date(self, date: datetime.date) -> str:
        """A notarial date in Spanish words: a los doce días del mes de marzo de dos mil veinticuatro."""
        year = f"dos mil {ES_DAYS[date.year - 2001]}"
        day = "al primer día" if date.day == 1 else f"a los {ES_DAYS[date.day - 1]} días"
        return L("DATE_TIME", f"{day} del mes de {ES_MONTHS[date.month - 1]} de {year}")

    def hijri(self) -> str:
        return L("DATE_TIME", f"{self.rng.randint(1446, 1450)}/{self.rng.randint(1, 12):02d}/{self.rng.randint(1, 29):02d}")

    # contact details

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern).strip()

    def phone(self, cc: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[cc])))

    def email(self, p: Person, domain: str) -> str:
        local = self.pick((p.ascii(), p.ascii("_") + self.digits(2), ascii_fold(p.first[0] + p.short.replace(" ", "")).lower(),
                           ascii_fold(p.short.replace(" ", "")).lower() + self.digits(3)))
        return L("EMAIL_ADDRESS", f"{local}@{domain}")

    def address(self, key: str) -> str:
        text = self.pick(ADDRESSES[key]).format(n=self.rng.randint(2, 480), k=self.rng.randint(1, 24), m=self.rng.randint(1, 9),
                                                h=self.pick(KERALA_HOUSES), X=self.letters(2))
        return L("LOCATION", text)

    def money(self, text: str) -> str:
        return K(text)

    # identifiers

    def aadhaar(self, masked: bool = False) -> str:
        eleven = self.pick("23456789") + self.digits(10)
        t = eleven + verhoeff_digit(eleven)
        return L("NATIONAL_ID", f"XXXX XXXX {t[8:]}" if masked else self.pick((f"{t[:4]} {t[4:8]} {t[8:]}", t, f"{t[:4]}-{t[4:8]}-{t[8:]}")))

    def abha_number(self) -> str:
        return L("HEALTH_ID", f"91-{self.digits(4)}-{self.digits(4)}-{self.digits(4)}")

    def abha_address(self, p: Person) -> str:
        return L("HEALTH_ID", f"{ascii_fold(p.first).lower()}{self.pick(('', '.', '_'))}{self.digits(self.pick((2, 4)))}@abdm")

    def pmjay_id(self) -> str:
        return L("HEALTH_ID", self.pick("PDKMRT") + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)))

    def nin(self) -> str:
        return L("NATIONAL_ID", self.pick("123456789") + self.digits(10))

    def sa_id(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """YYMMDD, four digits below 5000 for women, a citizenship digit, the old race digit now 8, and the Luhn digit."""
        y, m, d = ymd
        gender = self.rng.randint(0, 4999) + (0 if p.female else 5000)
        twelve = f"{y % 100:02d}{m:02d}{d:02d}{gender:04d}{self.pick('0001')}8"
        return L("NATIONAL_ID", twelve + luhn(twelve))

    def pcn(self) -> str:
        return L("NATIONAL_ID", "-".join(self.digits(4) for _ in range(4)))

    def nik(self, p: Person, ymd: tuple[int, int, int], region: str) -> str:
        """Indonesian NIK: province, regency and district codes, the birth date (day plus 40 for women), a four-digit serial."""
        y, m, d = ymd
        return L("NATIONAL_ID", f"{region}{self.rng.randint(1, 20):02d}{d + (40 if p.female else 0):02d}{m:02d}{y % 100:02d}{self.rng.randint(1, 2999):04d}")

    def thai_id(self) -> str:
        twelve = self.pick("12345678") + self.digits(11)
        t = twelve + thai_id_digit(twelve)
        return L("NATIONAL_ID", self.pick((f"{t[0]} {t[1:5]} {t[5:10]} {t[10:12]} {t[12]}", f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12]}", t)))

    def emirates_id(self, birth_year: int) -> str:
        fourteen = f"784{birth_year}{self.digits(7)}"
        t = fourteen + luhn(fourteen)
        return L("NATIONAL_ID", self.pick((f"{t[:3]}-{t[3:7]}-{t[7:14]}-{t[14]}", t)))

    def iqama(self) -> str:
        nine = "2" + self.digits(8)
        return L("NATIONAL_ID", nine + luhn(nine))

    def medicare(self) -> str:
        eight = self.pick("23456") + self.digits(7)
        t = eight + medicare_digit(eight) + self.pick("1123")
        return L("HEALTH_ID", self.pick((f"{t[:4]} {t[4:9]} {t[9]}", t)))

    def awb(self, prefix: str) -> str:
        seven = self.digits(7)
        return L("CASE_NUMBER", f"{prefix}-{seven}{awb_digit(seven)}")

    def curp_rfc(self, p: Person, ymd: tuple[int, int, int], state: str) -> tuple[str, str]:
        paternal, maternal = p.last.split()
        four, inner = mx_name_letters(paternal, maternal, p.first)
        y, m, d = ymd
        born = f"{y % 100:02d}{m:02d}{d:02d}"
        seventeen = f"{four}{born}{'M' if p.female else 'H'}{state}{inner}{self.digits(1) if y < 2000 else self.letters(1)}"
        twelve = four + born + "".join(self.pick("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(2))
        return L("NATIONAL_ID", seventeen + curp_digit(seventeen)), L("NATIONAL_ID", twelve + rfc_digit(twelve))

    def rut(self, low: int = 5_000_000, high: int = 26_000_000) -> str:
        body = str(self.rng.randint(low, high))
        return L("NATIONAL_ID", self.pick((f"{int(body):,}".replace(",", ".") + f"-{rut_dv(body)}", f"{body}-{rut_dv(body)}")))

    def dni_cuil(self, p: Person, low: int = 20_000_000, high: int = 36_000_000) -> tuple[str, str]:
        """An Argentine DNI and the CUIL built on it (20 for men, 27 for women, 23 where the check would be 10: then 9 for men, 4 for women)."""
        dni = str(self.rng.randint(low, high))
        prefix = "27" if p.female else "20"
        dv = cuil_dv(prefix, dni)
        if dv is None:
            prefix, dv = "23", "4" if p.female else "9"
        dotted = f"{int(dni):,}".replace(",", ".")
        return L("NATIONAL_ID", self.pick((dotted, dni))), L("NATIONAL_ID", f"{prefix}-{dni}-{dv}")

    def cbu(self) -> str:
        seven = self.pick(("011", "007", "017", "072", "285", "191")) + self.digits(4)
        thirteen = "0" + self.digits(12)
        return L("ACCOUNT_NUMBER", f"{seven}{cbu_digit(seven, (7, 1, 3, 9, 7, 1, 3))}{thirteen}{cbu_digit(thirteen, (3, 9, 7, 1) * 3 + (3,))}")

    def bsn(self) -> str:
        while (check := bsn_digit(eight := self.pick("123456789") + self.digits(7))) is None:
            pass
        t = eight + check
        return L("NATIONAL_ID", self.pick((t, f"{t[:4]}.{t[4:6]}.{t[6:]}", f"{t[:3]} {t[3:6]} {t[6:]}")))

    def personnummer(self, p: Person, ymd: tuple[int, int, int], coordination: bool = False) -> str:
        """YYMMDD-NNNC (day plus 60 for a samordningsnummer), the third N odd for men, C the Luhn digit of the nine before it."""
        y, m, d = ymd
        serial = f"{self.digits(2)}{self.pick('02468' if p.female else '13579')}"
        nine = f"{y % 100:02d}{m:02d}{d + (60 if coordination else 0):02d}{serial}"
        century = str(y)[:2]
        return L("NATIONAL_ID", self.pick((f"{nine[:6]}-{nine[6:]}{luhn(nine)}", f"{century}{nine[:6]}-{nine[6:]}{luhn(nine)}")))

    def nl_iban(self) -> str:
        return L("IBAN_CODE", iban("NL", self.pick(("RABO", "INGB", "ABNA", "SNSB", "TRIO")) + "0" + self.digits(9)))


# ---------------------------------------------------------------- protected terms and institutions, by hand

IN_STATES = {  # culture: (state, PM-JAY state code, medical council, hospitals as (name, G for government or P for private))
    "ml": ("Kerala", "32", "TCMC", (("Sree Narayana Medical Mission Hospital, Kollam", "P"), ("Government Medical College Hospital, Thiruvananthapuram", "G"),
                                    ("Holy Cross Hospital, Kottiyam", "P"), ("Mar Sleeva Medicity, Pala", "P"))),
    "ta": ("Tamil Nadu", "33", "TNMC", (("Government Rajaji Hospital, Madurai", "G"), ("Sri Ranga Multispeciality Hospital, Tiruchirappalli", "P"),
                                        ("Government Vellore Medical College Hospital", "G"))),
    "pb": ("Punjab", "03", "PMC", (("Government Rajindra Hospital, Patiala", "G"), ("Guru Nanak Mission Hospital, Bathinda", "P"), ("Civil Hospital, Barnala", "G"))),
    "bh": ("Bihar", "10", "BCMR", (("Nalanda Medical College and Hospital, Patna", "G"), ("Sadar Hospital, Hajipur", "G"),
                                   ("Sri Krishna Medical College and Hospital, Muzaffarpur", "G"), ("Lifeline Nursing Home, Patna", "P"))),
}  # fmt: skip
PMJAY_CASES = (  # (specialty, procedure, diagnosis, findings, drugs)
    ("Cardiology", "PTCA with one drug-eluting stent", "acute anterior wall STEMI", ("troponin I 12.4 ng/mL", "ECG: ST elevation in V1-V4", "2D echo: LVEF 38%"),
     ("aspirin 325 mg", "ticagrelor 180 mg loading dose", "atorvastatin 80 mg")),
    ("General Surgery", "laparoscopic cholecystectomy", "symptomatic cholelithiasis", ("USG abdomen: multiple calculi, CBD 5 mm", "Murphy's sign positive", "LFT within normal limits"),
     ("ceftriaxone 1 g IV", "pantoprazole 40 mg IV")),
    ("Orthopaedics", "total knee replacement, right", "primary osteoarthritis of the right knee", ("X-ray: Kellgren-Lawrence grade 4", "WOMAC score 68", "varus deformity of 15°"),
     ("cefuroxime 1.5 g IV", "tranexamic acid 1 g IV")),
    ("Nephrology", "maintenance haemodialysis, 12 sessions", "chronic kidney disease stage 5", ("serum creatinine 7.8 mg/dL", "potassium 6.1 mmol/L", "Hb 7.9 g/dL"),
     ("erythropoietin 4000 IU SC", "sevelamer 800 mg TDS")),
    ("Oncology", "chemotherapy, cycle 3 of 6 (AC regimen)", "carcinoma of the left breast, ER/PR positive, HER2 negative", ("ECOG 1", "2D echo: LVEF 62%", "CA 15-3 48 U/mL"),
     ("doxorubicin 60 mg/m2", "cyclophosphamide 600 mg/m2", "ondansetron 8 mg IV")),
    ("Obstetrics", "lower segment caesarean section", "previous LSCS with cephalopelvic disproportion", ("G2P1L1 at 38 weeks", "NST reactive", "Hb 10.4 g/dL"),
     ("cefazolin 2 g IV", "oxytocin 10 IU")),
    ("Paediatrics", "management of severe pneumonia", "severe pneumonia with hypoxia", ("SpO2 86% on room air", "chest X-ray: right lower lobe consolidation", "CRP 64 mg/L"),
     ("ampicillin 50 mg/kg IV", "gentamicin 7.5 mg/kg IV")),
)  # fmt: skip
IN_LANGUAGES = {"ml": "Malayalam", "ta": "Tamil", "pb": "Punjabi", "bh": "Bhojpuri"}

NG_CITIES = {  # city: (culture, address key, hospitals, police divisions, plate prefixes)
    "Lagos": ("yo", "ng_lagos", ("Lagos State University Teaching Hospital, Ikeja", "General Hospital, Isolo", "Gbagada General Hospital"),
              ("Isolo Division", "Area F Command, Ikeja", "Ipaja Division"), ("KJA", "LSR", "EKY")),
    "Enugu": ("ig", "ng_enugu", ("Enugu State University Teaching Hospital, Parklane", "Mother of Christ Specialist Hospital", "Poly General Hospital, Asata"),
              ("Abakpa Nike Division", "Uwani Division"), ("ENU", "AGU", "NKW")),
    "Kano": ("ha", "ng_kano", ("Murtala Muhammad Specialist Hospital", "Aminu Kano Teaching Hospital", "Abdullahi Wase Teaching Hospital"),
             ("Nassarawa Division", "Gwale Division"), ("KMC", "DAL", "NSR")),
}  # fmt: skip
NG_SCENES = {"Lagos": ("Ikotun Road", "Akowonjo junction", "Ojuelegba bus stop"), "Enugu": ("Ogbete Main Market", "Abakpa Road"),
             "Kano": ("Kantin Kwari Market", "Hotoro Road")}
ML_FINDINGS = ("a 6 cm laceration over the left parietal scalp", "periorbital haematoma of the right eye", "tenderness over the left 7th to 9th ribs",
               "a human bite wound on the left forearm", "bruises on both upper arms in a grip pattern", "subconjunctival haemorrhage of the left eye",
               "a swollen, deformed right forearm", "a scald of 4% TBSA on the back")
ML_TESTS = ("skull X-ray: no fracture", "chest X-ray: undisplaced fractures of the left 8th and 9th ribs", "X-ray: fracture of the right ulnar shaft (nightstick fracture)",
            "CT brain: no intracranial haemorrhage", "PCV 28%", "Glasgow Coma Scale 15/15")
ML_TREATMENT = ("tetanus toxoid 0.5 mL IM", "ceftriaxone 1 g IV daily", "wound debridement and suturing under lidocaine 1%", "an above-elbow POP cast",
                "diclofenac 75 mg IM", "silver sulfadiazine 1% dressings", "metronidazole 500 mg IV TDS")

KE_PLACES = (  # (county, sub-county, villages, facilities)
    ("Kisumu", "Kisumu East", ("Nyalenda B", "Manyatta Arab", "Obunga"), ("Nyalenda Health Centre", "Lumumba Sub-County Hospital", "Jaramogi Oginga Odinga Teaching and Referral Hospital")),
    ("Nairobi", "Kibra", ("Laini Saba", "Silanga", "Gatwekera"), ("Kibera South Health Centre", "Silanga Dispensary", "Mbagathi Hospital")),
    ("Uasin Gishu", "Kapseret", ("Langas", "Kipkenyo", "Simat"), ("Langas Dispensary", "Huruma Sub-County Hospital", "Moi Teaching and Referral Hospital")),
    ("Bungoma", "Kanduyi", ("Musikoma", "Khalaba", "Sang'alo"), ("Bungoma Referral Hospital", "Khalaba Health Centre", "Kanduyi Dispensary")),
)  # fmt: skip
KE_SCHOOLS = {"Kisumu": ("Nyalenda Primary School", "Kudho Primary School"), "Nairobi": ("Olympic Primary School", "Ayany Primary School"),
              "Uasin Gishu": ("Langas Primary School", "Kipkenyo Secondary School"), "Bungoma": ("Khalaba Primary School", "Musikoma Mixed Day School")}
KE_WORK = ("a boda boda rider at the {} stage", "a casual at {}", "a cook at {}", "a guard at {}")
KE_EMPLOYERS = ("Kondele Jua Kali Welders", "Lake Basin Fish Traders", "Mama Pendo Hotel", "Highway Mattresses Ltd", "Rift Valley Hardware")
TB_INDEX = ("GeneXpert MTB/RIF Ultra: MTB detected, rifampicin resistance not detected", "sputum smear AFB 2+", "chest X-ray: right upper lobe cavitation",
            "HIV positive, on TLD (tenofovir/lamivudine/dolutegravir)")
TB_REGIMENS = ("2RHZE/4RH", "2RHZE/10RH (TB meningitis)")
TB_PREVENTION = ("3HP (weekly rifapentine and isoniazid for 12 weeks)", "isoniazid preventive therapy (6H) with pyridoxine", "HIV testing services (HTS)",
                 "TST (Mantoux) first")
TB_WORKUP = ("sputum for GeneXpert", "chest X-ray", "GeneXpert on induced sputum", "refer for a paediatric TB assessment")

ZA_REGIONS = {  # province: (culture, address key, hospitals, SAPS stations, roads, plate style)
    "KwaZulu-Natal": ("zu", "za_kzn", ("Prince Mshiyeni Memorial Hospital", "Addington Hospital", "Inkosi Albert Luthuli Central Hospital"),
                      ("Umlazi SAPS", "KwaMashu SAPS", "Inanda SAPS"), ("the N2 near Mariannhill", "Mangosuthu Highway, Umlazi", "Malandela Road, KwaMashu"), "kzn"),
    "Gauteng": ("zu", "za_gp", ("Dr George Mukhari Academic Hospital", "Steve Biko Academic Hospital", "Tembisa Provincial Tertiary Hospital"),
                ("Soshanguve SAPS", "Mamelodi East SAPS", "Ivory Park SAPS"), ("Solomon Mahlangu Drive, Mamelodi", "the R80 Mabopane Highway", "Olifantsfontein Road, Tembisa"), "gp"),
    "Western Cape": ("af", "za_wc", ("Khayelitsha District Hospital", "Worcester Provincial Hospital", "Karl Bremer Hospital"),
                     ("Khayelitsha SAPS", "Worcester SAPS", "Parow SAPS"), ("Lansdowne Road, Philippi", "the N1 near Worcester", "Voortrekker Road, Parow"), "wc"),
}  # fmt: skip
RAF_FIRMS = (("Mkhize & Ndaba Attorneys", "mkhizendaba.co.za"), ("Gumede Attorneys Inc.", "gumedeattorneys.co.za"),
             ("De Klerk & Vermaak Prokureurs", "dkv.law.za"), ("Mosia Nxumalo Inc.", "mosianx.co.za"))
RAF_INJURIES = ("a comminuted fracture of the right tibial plateau (Schatzker V)", "a left acetabular fracture", "a Weber B fracture of the left ankle",
                "a mild traumatic brain injury (GCS 13/15 on arrival)", "a degloving injury of the left forearm", "fractures of the left 4th to 7th ribs with a haemothorax")
RAF_TREATMENT = ("open reduction and internal fixation", "an intercostal drain", "a split-skin graft", "an external fixator", "tramadol 50 mg QID")
RAF_ASSESSMENT = ("whole person impairment (WPI) of 34% under the AMA Guides, 6th edition", "a WPI of 18%, below the 30% threshold",
                  "narrative test item 5.1 (serious long-term impairment or loss of a body function)", "narrative test item 5.2 (permanent serious disfigurement)")


# ---------------------------------------------------------------- documents: (request, document, answer)


def pmjay_preauth(g: Gen) -> tuple[str, str, str]:
    culture = g.pick(IN_STATES)
    state, code, council, hospitals = IN_STATES[culture]
    hospital, kind = g.pick(hospitals)
    specialty, procedure, dx, findings, drugs = g.pick(PMJAY_CASES)
    female = True if specialty == "Obstetrics" else None
    pt = g.person(culture, female)
    ymd = g.ymd(1950, 1998) if specialty != "Paediatrics" else g.ymd(2020, 2023)
    kin = g.pick(("spouse", "child")) if specialty != "Paediatrics" else "parent"
    attendant = g.relative(pt, g.rng.random() < 0.5, kin)
    relation = {"spouse": ("husband", "wife"), "child": ("son", "daughter"), "parent": ("father", "mother")}[kin][attendant.female]
    doc = g.person(culture)
    admitted = g.base(2023, 2025)
    age = admitted.year - ymd[0] - ((admitted.month, admitted.day) < ymd[1:])
    hour = g.rng.randint(6, 14)
    fx, rx = [K(t) for t in g.rng.sample(findings, 2)], K(g.pick(drugs))
    ident = g.pick((f"Aadhaar: {g.aadhaar()} (verified by biometric e-KYC)", f"Aadhaar (masked on the TMS print): {g.aadhaar(masked=True)}",
                    f"Aadhaar: {g.aadhaar()} (OTP e-KYC)"))
    abha = f"ABHA no. {g.abha_number()}" + (f"   ABHA address {g.abha_address(pt)}" if g.rng.random() < 0.6 else "")
    lang = f" History taken in {IN_LANGUAGES[culture]} from the {relation}." if g.rng.random() < 0.4 else ""
    body = (f"AYUSHMAN BHARAT PM-JAY -- PRE-AUTHORISATION REQUEST (TMS print, with the treating doctor's note)\n"
            f"Empanelled hospital: {L('ORGANIZATION', hospital)}   hospital ID {L('COMPANY_REGISTRATION', 'HOSP' + code + kind + g.digits(5))}\n"
            f"Beneficiary: {pt.caps()}   PM-JAY ID: {g.pmjay_id()}   {abha}\n"
            f"Age/sex: {age}/{'F' if pt.female else 'M'}   Date of birth: {g.dob('in', ymd)}   {ident}\n"
            f"Address: {g.address(culture)}\nMobile: {g.phone('in')}   Attendant: {relation} {attendant.full()}\n"
            f"Admitted: {g.stamp('in', admitted, hour)}   Specialty: {specialty}   Procedure requested: {K(procedure)}\n"
            f"Clinical notes: {pt.given() if culture in FIRST_NAME_ONLY or g.rng.random() < 0.5 else pt.full()}, {age}, presented with "
            f"{g.pick(('breathlessness', 'pain', 'fever and cough', 'swelling'))} for {g.rng.randint(2, 20)} days.{lang} Findings: {fx[0]}; {fx[1]}. "
            f"Provisional diagnosis: {K(dx)}. Plan: {rx}.\n"
            f"Treating doctor: Dr. {doc.initial_dot() if g.rng.random() < 0.4 else doc.full()}, {g.pick(('MD', 'MS', 'DNB', 'DM'))}, "
            f"{council} reg. no. {L('LICENSE_NUMBER', g.digits(g.pick((5, 6))))}\n"
            f"Submitted by the Ayushman Mitra desk the same evening.   "
            f"Pre-auth no.: {L('CASE_NUMBER', f'PA{admitted.year % 100}{code}{g.digits(8)}')}")
    return "Check the pre-authorisation request: is anything missing before it goes to the insurer?", body, \
        f"Complete for {pt.full()}: {K(procedure)} for {K(dx)}, signed by the treating doctor."


def medicolegal_report(g: Gen) -> tuple[str, str, str]:
    city = g.pick(NG_CITIES)
    culture, key, hospitals, police, plates = NG_CITIES[city]
    pt = g.person(culture if g.rng.random() < 0.7 else g.pick(("yo", "ig", "ha")))
    domestic = pt.female and g.rng.random() < 0.4
    kin = g.pick(("sibling", "child") if domestic else ("spouse", "sibling", "child"))
    rel = g.relative(pt, g.rng.random() < 0.5, kin)
    relation = {"spouse": ("husband", "wife"), "sibling": ("brother", "sister"), "child": ("son", "daughter")}[kin][rel.female]
    suspect = g.relative(pt, False, "spouse") if domestic else g.person(culture)
    ipo, doc = g.person(g.pick(("yo", "ig", "ha"))), g.person(g.pick(("yo", "ig", "ha")))
    seen = g.base()
    he, his = ("she", "her") if pt.female else ("he", "his")
    f1, f2 = (K(t) for t in g.rng.sample(ML_FINDINGS, 2))
    test, tx = K(g.pick(ML_TESTS)), [K(t) for t in g.rng.sample(ML_TREATMENT, 2)]
    rank = g.pick(("Sgt.", "Cpl.", "Insp.", "ASP"))
    law = f" {pt.formal(('Mrs', 'Mr'))} was referred to the hospital's gender-based violence desk under {K('the Violence Against Persons (Prohibition) Act 2015')}." \
        if domestic else ""
    scene = f"{L('LOCATION', g.pick(NG_SCENES[city]))}, {L('LOCATION', city)}"
    aka = f" (a.k.a. \"{suspect.nicknamed()}\")" if suspect.first in NICKNAMES else ""
    plate = L("LICENSE_NUMBER", f"{g.pick(plates)} {g.digits(3)} {g.letters(2)}")
    vehicle = f" The suspect fled in a {g.pick(('Toyota Corolla', 'Honda Accord', 'Toyota Sienna'))} with registration {plate}." \
        if g.rng.random() < 0.4 else ""
    body = (f"{L('ORGANIZATION', g.pick(hospitals))}\nDepartment of {g.pick(('Accident and Emergency', 'Surgery', 'Family Medicine'))}\n{g.day('ng', seen, g.rng.randint(3, 30))}\n\n"
            f"The Divisional Police Officer,\n{L('ORGANIZATION', g.pick(police))},\n{L('LOCATION', city)}.\n\n"
            f"Your ref.: {L('CASE_NUMBER', f'CR/{g.digits(4)}/{seen.year}')}\n\nMEDICAL REPORT ON {pt.caps()} (NIN {g.nin()})\n\n"
            f"I examined the above-named, a {g.rng.randint(19, 64)}-year-old {'woman' if pt.female else 'man'} of {g.address(key)}, hospital no. "
            f"{L('HEALTH_ID', g.digits(6) if g.rng.random() < 0.5 else f'{g.letters(2)}/{seen.year % 100}/{g.digits(5)}')}, who was brought to the emergency unit on "
            f"{g.stamp('ng', seen)} by {rank} {ipo.full()} of your station and {his} {relation}, {rel.given()}. "
            f"{he.capitalize()} alleged that {he} had been assaulted by {'her husband, ' + suspect.full() + ',' if domestic else 'one ' + suspect.full() + aka} at {scene} on the evening of "
            f"{g.day('ng', seen, -g.rng.randint(0, 2))}.{vehicle}\n"
            f"On examination: {f1}; {f2}.\nInvestigations: {test}.\nTreatment: {tx[0]}; {tx[1]}; "
            f"{g.pick(('admitted for observation', 'treated as an outpatient', 'reviewed in the clinic after a week'))}.\n"
            f"Opinion: the injuries are consistent with the history given{g.pick(('', ' and amount to grievous harm'))}.{law}\n\n"
            f"Dr {doc.full()}, MBBS, {g.pick(('FWACS', 'FMCS', 'FWACP', 'FMCFM'))}\nMDCN reg. no. {L('LICENSE_NUMBER', g.digits(5))}   Tel. {g.phone('ng')}")
    return "Summarise the injuries for the police file in two lines.", body, f"{pt.full()}: {f1}, {f2}; consistent with the history."


def tb_contact_tracing(g: Gen) -> tuple[str, str, str]:
    county, sub_county, villages, facilities = g.pick(KE_PLACES)
    index = g.person("ke")
    started = g.base()
    contacts: list[tuple[Person, str]] = []
    spouse = g.relative(index, not index.female, "spouse")
    contacts.append((spouse, "wife" if spouse.female else "husband"))
    for _ in range(g.rng.randint(1, 2)):
        kid = g.relative(index, g.rng.random() < 0.5, "child")
        contacts.append((kid, "daughter" if kid.female else "son"))
    if g.rng.random() < 0.5:
        contacts.append((g.person("ke"), "lodger" if g.rng.random() < 0.5 else "neighbour sharing the plot"))
    symptoms = [g.pick(("no symptoms", "no symptoms", "cough for 3 weeks", "night sweats", "fever, weight loss")) for _ in contacts]
    actions = [K(g.pick(TB_PREVENTION if symptom == "no symptoms" else TB_WORKUP)) for symptom in symptoms]
    rows = "\n".join(f"  {i}. {c.full() if i == 1 or g.rng.random() < 0.5 else c.given()} | {rel} | {g.rng.randint(1, 17) if rel in ('son', 'daughter') else g.rng.randint(19, 60)} | "
                     f"{symptom} | {a}" for i, ((c, rel), symptom, a) in enumerate(zip(contacts, symptoms, actions), 1))
    kid, _ = contacts[1]
    school = (f"Contact at school: {kid.given()} attends {L('ORGANIZATION', g.pick(KE_SCHOOLS[county]))}, admission no. {L('STUDENT_ID', g.digits(g.pick((4, 5))))}; "
              f"the head teacher was asked to send the class for screening.\n") if g.rng.random() < 0.5 else ""
    first = next((i for i, symptom in enumerate(symptoms) if symptom != "no symptoms"), 0)
    facility = g.pick(facilities)
    supporter = contacts[0][0]
    nurse = g.person("ke")
    work = g.pick(KE_WORK).format(L("ORGANIZATION", g.pick(KE_EMPLOYERS)) if g.rng.random() < 0.7 else L("LOCATION", g.pick(villages)))
    body = (f"MINISTRY OF HEALTH -- NATIONAL TUBERCULOSIS, LEPROSY AND LUNG DISEASE PROGRAM\nTB CONTACT INVESTIGATION FORM (household)\n"
            f"Facility: {L('ORGANIZATION', facility)}   MFL code: {L('COMPANY_REGISTRATION', g.pick('1234') + g.digits(4))}   "
            f"Sub-county: {L('LOCATION', sub_county)}   County: {L('LOCATION', county)}\n"
            f"Index case: {index.full()}   ID no. {L('NATIONAL_ID', str(g.rng.randint(10_000_000, 39_999_999)))}   NHIF no. {L('HEALTH_ID', g.digits(8))}\n"
            f"TB reg. no.: {L('HEALTH_ID', f'{g.digits(3)}/{started.year}')}   Diagnosed {g.day('ke', started)}: {K(g.pick(TB_INDEX))}; started on {K(g.pick(TB_REGIMENS))}\n"
            f"Occupation: {work}\nResidence: {L('LOCATION', g.pick(villages))} village, {g.pick(('behind the Catholic church', 'near the water point', 'plot next to the posho mill'))}; "
            f"phone {g.phone('ke')}\nTreatment supporter: {supporter.given()} ({contacts[0][1]})\n"
            f"Household contacts (name | relation | age | symptom screen | action):\n{rows}\n{school}"
            f"Home visit: {g.stamp('ke', started + datetime.timedelta(days=g.rng.randint(2, 6)), g.rng.randint(9, 16))} with the community health promoter.\n"
            f"Screened by: {nurse.full()}, TB nurse")
    return "Which household contacts still need an action?", body, \
        f"{contacts[first][0].given()} ({symptoms[first]}) first: {actions[first]}; then the rest of {index.sur()}'s household."


def raf_claim(g: Gen) -> tuple[str, str, str]:
    province = g.pick(ZA_REGIONS)
    culture, key, hospitals, stations, roads, plates = ZA_REGIONS[province]
    pt = g.person(culture if g.rng.random() < 0.8 else g.pick(("zu", "af")))
    driver = g.person(g.pick(("zu", "af")))
    if g.rng.random() < 0.3:  # the surgeon's surname is the eponym of the claimant's background condition
        doc, background = g.namesake("en")
        background = f" Background: {background}."
    else:
        doc, background = g.person(g.pick(("af", "zu", "en"))), ""
    kin = g.pick(("sibling", "spouse", "parent"))
    rel = g.relative(pt, g.rng.random() < 0.5, kin)
    relation = {"spouse": ("husband", "wife"), "sibling": ("brother", "sister"), "parent": ("father", "mother")}[kin][rel.female]
    firm, domain = g.pick(RAF_FIRMS)
    ymd, accident = g.ymd(1965, 2003), g.base(2021, 2024)
    inj, tx, assess = g.rng.sample(RAF_INJURIES, 2), K(g.pick(RAF_TREATMENT)), K(g.pick(RAF_ASSESSMENT))
    plate = {"kzn": lambda: f"ND {g.digits(3)}-{g.digits(3)}", "wc": lambda: f"{g.pick(('CA', 'CY', 'CF', 'CW'))} {g.digits(3)}-{g.digits(3)}",
             "gp": lambda: f"{g.letters(2)} {g.digits(2)} {g.letters(2)} GP"}[plates]()
    role = g.pick(("a pedestrian", "a passenger in a minibus taxi", "the driver of a bakkie", "a pillion passenger on a scooter"))
    station = g.pick(stations)
    cas = f"CAS {g.rng.randint(10, 999)}/{accident.month:02d}/{accident.year}"
    web = f" | {L('URL', 'https://www.' + domain)}" if g.rng.random() < 0.5 else ""
    body = (f"{L('ORGANIZATION', firm)}{web}\nRAF claim no.: {L('CASE_NUMBER', g.digits(7) + '/' + g.digits(2))}\n\n"
            f"RAF 4 SERIOUS INJURY ASSESSMENT REPORT -- summary for the claim file\n"
            f"Claimant: {pt.full()}   ID no. {g.sa_id(pt, ymd)}   Date of birth: {g.dob('za', ymd)}\n"
            f"Address: {g.address(key)}   Cell: {g.phone('za')}\n"
            f"Accident: {g.stamp('za', accident)} on {L('LOCATION', g.pick(roads))}; the claimant was {role}. Insured vehicle {L('LICENSE_NUMBER', plate)}, "
            f"driven by {driver.full()}. Reported at {L('ORGANIZATION', station)}, {L('CASE_NUMBER', cas)}.\n"
            f"Admitted to {L('ORGANIZATION', g.pick(hospitals))} (folder no. {L('HEALTH_ID', g.pick(('', 'A', 'K')) + g.digits(7))}) for {g.rng.randint(4, 40)} days.\n"
            f"Injuries: {K(inj[0])}; {K(inj[1])}. Treatment: {tx}.{background}\n"
            f"At assessment, more than a year later: {assess}.\n"
            f"Conclusion: the injury {'is' if '18%' not in str(assess) else 'is not'} serious in terms of "
            f"{K('regulation 3 of the Road Accident Fund Regulations, 2008')}; general damages are claimed under "
            f"{K('section 17(1) of the Road Accident Fund Act 56 of 1996')}.\n"
            f"Collateral history from the claimant's {relation}, {rel.full()}.\n\n"
            f"Dr {doc.full()}, orthopaedic surgeon, HPCSA {L('LICENSE_NUMBER', 'MP 0' + g.digits(6))}, {g.email(doc, g.pick(('mweb.co.za', 'telkomsa.net', 'iafrica.com')))}")
    return "Does the report support a claim for general damages? Answer in one sentence.", body, \
        f"For {pt.formal()}: {assess}."


PH_BARANGAYS = (  # (barangay, city, streets, health centre)
    ("Bagong Silang", "Caloocan City", ("Phase 9", "Phase 2"), "Bagong Silang Super Health Center"),
    ("Tagapo", "Santa Rosa, Laguna", ("Purok 3", "Purok 5"), "Tagapo Health Station"),
    ("Sasa", "Davao City", ("Purok Mahayag", "Purok Malinawon"), "Sasa Health Center"),
    ("Lahug", "Cebu City", ("Sitio Kalubihan", "Sitio Maligaya"), "Lahug Health Center"),
)  # fmt: skip
PH_COMPLAINTS = (  # (nature of the complaint, medico-legal finding or None, what happened)
    ("slight physical injuries (Art. 266, Revised Penal Code)", "contusion, left arm, healing period 1-9 days", "slapped her and pushed her against the gate"),
    ("unjust vexation (Art. 287, Revised Penal Code)", None, "shouted insults at her in front of the neighbours and threw garbage at her door"),
    ("malicious mischief (Art. 327, Revised Penal Code)", None, "broke the side mirror of her tricycle"),
    ("collection of a sum of money (unpaid debt)", None, "refused to pay back a loan despite repeated demands"),
    ("slight physical injuries (Art. 266, Revised Penal Code)", "abrasion, right knee, healing period 3-5 days", "punched her son during a basketball game"),
)  # fmt: skip
PH_LAW = ("Section 410 of the Local Government Code of 1991 (RA 7160)", "Section 416 of the Local Government Code of 1991 (RA 7160)")

ID_REGIONS = (  # (regency or city, NIK region code, birthplaces, addresses, puskesmas, culture, dinas)
    ("Sukoharjo", "3311", ("Klaten", "Wonogiri", "Boyolali"),
     ("Dukuh Ngabeyan RT 0{k}/RW 0{m}, Desa Ngabeyan, Kecamatan Kartasura, Kabupaten Sukoharjo", "Jl. Slamet Riyadi No. {n}, Kartasura, Sukoharjo"),
     ("Puskesmas Kartasura", "Puskesmas Grogol"), "jv", "Dinas Kesehatan Kabupaten Sukoharjo"),
    ("Malang", "3507", ("Blitar", "Tulungagung", "Kepanjen"),
     ("Dusun Krajan RT 0{k}/RW 0{m}, Desa Sumberejo, Kecamatan Pakis, Kabupaten Malang", "Perum Pakis Asri Blok B{k} No. {m}, Pakis, Kabupaten Malang"),
     ("Puskesmas Pakis", "Puskesmas Tumpang"), "jv", "Dinas Kesehatan Kabupaten Malang"),
    ("Bogor", "3201", ("Purworejo", "Kebumen", "Cilacap"), ("Perum Griya Asri Blok C{k} No. {m}, Cibinong, Kabupaten Bogor", "Kampung Sukamaju RT 0{m}/RW 0{k}, Desa Cilebut, Kabupaten Bogor"),
     ("Puskesmas Cibinong", "Puskesmas Bojonggede"), "jv", "Dinas Kesehatan Kabupaten Bogor"),
    ("Medan", "1271", ("Pematangsiantar", "Tarutung", "Balige"), ("Jl. Sisingamangaraja Gg. Mawar No. {k}, Medan Amplas, Medan", "Jl. Pelita IV No. {n}, Sidorame Barat, Medan Perjuangan, Medan"),
     ("Puskesmas Amplas", "Puskesmas Sentosa Baru"), "bt", "Dinas Kesehatan Kota Medan"),
)  # fmt: skip
HAJJ_HISTORY = ("type 2 diabetes on metformin 500 mg BD", "hypertension on amlodipine 10 mg", "stable angina on isosorbide dinitrate 5 mg PRN",
                "COPD on tiotropium 18 µg", "knee osteoarthritis, walks with a stick", "no chronic illness")
HAJJ_FINDINGS = ("BP 152/94 mmHg", "BMI 29.4", "HbA1c 8.2%", "6-minute walk test 310 m", "Barthel index 95", "AMT score 9/10", "eGFR 52 mL/min/1.73 m²",
                 "ECG: left ventricular hypertrophy", "SpO2 95% on room air")
HAJJ_VACCINES = ("meningococcal ACWY vaccine", "influenza vaccine", "PCV13 pneumococcal vaccine")
HAJJ_RESULTS = ("meets the istithaah health requirements", "meets the istithaah health requirements with assistance",
                "temporarily does not meet the istithaah health requirements")

TH_HOSPITALS = (("Srinagarind Hospital", "Khon Kaen"), ("Maharaj Nakorn Chiang Mai Hospital", "Chiang Mai"), ("Udon Thani Hospital", "Udon Thani"),
                ("Rajavithi Hospital", "Bangkok"))
TH_REFERRERS = ("Ban Phai Hospital", "Chum Phae Hospital", "Sanpatong Hospital", "Kumphawapi Hospital", "Nong Han Hospital", "Phon Hospital")
TH_CASES = (  # (sex or None, history, specimen, diagnosis lines)
    (None, "right upper quadrant pain and jaundice; eats raw fish (koi pla)", "liver, segment 4, resection",
     ("intrahepatic cholangiocarcinoma, mass-forming type", "moderately differentiated", "Opisthorchis viverrini ova in the bile ducts", "CK7 positive, CK20 negative",
      "pT2 pN0 (AJCC 8th edition)")),
    ("F", "left breast mass, 3 cm", "left breast, modified radical mastectomy",
     ("invasive carcinoma of no special type", "Nottingham grade 2 (3+2+2)", "ER positive (Allred 8/8)", "HER2 IHC 2+, SISH not amplified", "Ki-67 25%",
      "pT2 pN1a (AJCC 8th edition)")),
    (None, "thyroid nodule, Bethesda V on FNA", "thyroid, total thyroidectomy",
     ("papillary thyroid carcinoma, classic subtype", "background Hashimoto's thyroiditis", "BRAF V600E positive", "pT1b pN0 (AJCC 8th edition)")),
    ("F", "postmenopausal bleeding", "uterus, total abdominal hysterectomy with bilateral salpingo-oophorectomy",
     ("endometrioid adenocarcinoma, FIGO grade 1", "MMR proficient (MLH1, PMS2, MSH2, MSH6 retained)", "myometrial invasion less than 50%", "FIGO 2023 stage IA")),
    ("F", "abnormal Pap smear, HSIL", "cervix, loop electrosurgical excision (LEEP)",
     ("high-grade squamous intraepithelial lesion (CIN 3)", "p16 block-positive", "margins free of dysplasia")),
    (None, "change in bowel habit, CEA 12 ng/mL", "sigmoid colon, anterior resection",
     ("adenocarcinoma, low grade", "tumour budding Bd1", "KRAS G12D mutated", "pT3 pN1b (AJCC 8th edition)")),
)  # fmt: skip
TH_RIGHTS = ("Universal Coverage Scheme (gold card)", "Social Security Scheme", "Civil Servant Medical Benefit Scheme", "self-pay")

GULF = {  # country: (cultures of staff, clinics, camps, companies, hospitals, licence body, id kind, date style)
    "ae": (("eg", "ml", "gu"), ("Sonapur Workers' Medical Centre", "Jebel Ali Camp Clinic", "Al Quoz Labour Health Point"),
           ("Al Muhaisnah 2 (Sonapur), Camp 14, Block C", "Jebel Ali Industrial Area 1, Labour Camp 7", "Al Quoz Industrial Area 4, Street 12, Camp B"),
           ("Gulf Horizon Contracting LLC", "Desert Falcon Facilities Management LLC", "Al Bayraq Scaffolding LLC", "Creek Line Marine Works LLC",
            "Palm Crest Landscaping LLC"), ("Rashid Hospital", "Dubai Hospital", "Al Kuwait Hospital Dubai"), "DHA licence no.", "eid"),
    "sa": (("eg", "ml", "gu"), ("Second Industrial City Workers' Clinic", "Thuqbah Polyclinic"),
           ("Second Industrial City, Dammam, Camp 3", "Thuqbah, Al Khobar, Labour Accommodation 5"),
           ("Eastern Bay Contracting Co.", "Khobar Pipe Services Co. Ltd", "Dhahran Coast Catering Co.", "Gulf Dunes Cleaning Co."),
           ("King Fahd Hospital of the University", "Dammam Medical Complex", "Almana General Hospital"), "SCFHS reg. no.", "iqama"),
}  # fmt: skip
WORKERS = (("np", "Nepali"), ("bd", "Bangladeshi"), ("ml", "Indian"), ("ta", "Indian"), ("pb", "Indian"), ("ph", "Filipino"))
CAMP_CASES = (  # (complaint, finding, treatment, outcome); "{h}" is the referral hospital
    ("dizziness and cramps after the noon shift", "heat exhaustion, temperature 38.1 °C", "oral rehydration salts 1 L", "rested in the cooled room; fit for work tomorrow"),
    ("itching at night, whole room affected", "scabies", "permethrin 5% cream", "room mates treated; fit for work"),
    ("cut on the left palm from a steel sheet", "a 3 cm clean laceration", "tetanus toxoid 0.5 mL IM", "sutured; light duty 3 days"),
    ("red, sticky eyes", "bacterial conjunctivitis", "chloramphenicol 0.5% eye drops", "off work 2 days"),
    ("burning urination", "urinary tract infection, dipstick nitrite positive", "nitrofurantoin 100 mg BD", "fit for work"),
    ("headache; BP high at the site check", "BP 168/102 mmHg", "amlodipine 5 mg OD", "referred to the OPD at {h}"),
    ("back pain after lifting", "mechanical low back pain, straight leg raise negative", "diclofenac 75 mg IM", "light duty 2 days"),
    ("chest pain and sweating", "ECG: ST elevation in II, III and aVF", "aspirin 300 mg chewed", "sent by ambulance to {h}"),
    ("thirst, passing urine often", "random blood sugar 16.8 mmol/L", "metformin 500 mg BD", "referred to the OPD at {h}"),
)  # fmt: skip


def barangay_blotter(g: Gen) -> tuple[str, str, str]:
    brgy, city, streets, health = g.pick(PH_BARANGAYS)
    comp = g.person("ph", True)
    vawc = g.rng.random() < 0.25
    if vawc:
        resp = g.relative(comp, False, "spouse")
        nature, medico, act = "violence against women (RA 9262)", "multiple contusions, both arms, healing period 7-9 days", "hit her with a belt while drunk"
    else:
        resp = g.person("ph", False)
        nature, medico, act = g.pick(PH_COMPLAINTS)
    son = g.relative(comp, False, "child") if "her son" in act else None
    tanod, witness = g.person("ph"), g.person("ph")
    reported = g.base(2023, 2025)
    alias = f" alias \"{resp.nicknamed()}\"" if resp.first in NICKNAMES and g.rng.random() < 0.7 else ""

    def home() -> str:
        return L("LOCATION", g.pick((f"{g.pick(streets)}, Brgy. {brgy}, {city}", f"Blk {g.rng.randint(1, 40)} Lot {g.rng.randint(1, 60)}, {g.pick(streets)}, Brgy. {brgy}, {city}",
                                     f"{g.rng.randint(2, 300)} {g.pick(('Mabini', 'Rizal', 'Bonifacio', 'Sampaguita'))} St., {g.pick(streets)}, Brgy. {brgy}, {city}")))

    store = f"{g.pick(('Aling', 'Mang'))} {g.shop_name('ph')}'s Sari-Sari Store"
    where = "inside their house" if vawc else g.pick((f"in front of {L('ORGANIZATION', store)}", f"at the basketball court of {L('LOCATION', g.pick(streets))}"))
    plate = f" The tricycle has plate no. {L('LICENSE_NUMBER', g.letters(3) + ' ' + g.digits(4))}." if "tricycle" in act else ""
    hit_son = son is not None
    if son:
        act = act.replace("her son", f"her son {son.given()}")
    medico_line = f"Medico-legal certificate from {L('ORGANIZATION', health)} attached: {K(medico)}.\n" if medico else ""
    if vawc:
        action = (f"ACTION: Not subject to mediation under {K('Section 408 of the Local Government Code of 1991 (RA 7160)')} and {K('RA 9262')}; "
                  f"a {K('Barangay Protection Order (BPO)')} was issued on {g.day('ph', reported)} and the complainant was referred to the VAW desk officer, "
                  f"Kagawad {g.person('ph', True).full()}, and to the PNP Women and Children Protection Desk.")
        answer = f"Referred to the VAW desk; BPO issued for {comp.full()}."
    else:
        amount = g.money(f"₱{g.rng.randint(5, 90) * 100:,}.00")
        action = (f"ACTION: Summons issued for a {K('Katarungang Pambarangay')} mediation on {g.day('ph', reported, g.rng.randint(3, 10))} before the Punong "
                  f"Barangay, Hon. {g.person('ph').full()}.\nMEDIATION ({g.day('ph', reported, g.rng.randint(11, 20))}): both parties appeared. AMICABLE SETTLEMENT: the "
                  f"respondent will pay {amount} to the complainant within thirty days and will not repeat the act. "
                  f"The settlement takes effect under {K(g.pick(PH_LAW))}; if it is not honoured, a {K('Certificate to File Action')} will issue.")
        answer = f"Settled: {resp.full()} pays {amount}."
    body = (f"Republic of the Philippines\n{L('LOCATION', city)}\n{L('ORGANIZATION', 'BARANGAY ' + brgy.upper())} -- OFFICE OF THE LUPONG TAGAPAMAYAPA\n\n"
            f"BLOTTER ENTRY No. {L('CASE_NUMBER', f'{reported.year}-{g.digits(4)}')}   Barangay Case No. {L('CASE_NUMBER', f'KP-{g.digits(3)}-{reported.year}')}\n"
            f"Date and time reported: {g.stamp('ph', reported)}\n"
            f"Complainant: {comp.comma()}, {g.rng.randint(24, 66)}, {'married' if vawc else g.pick(('married', 'single', 'widow'))}, of {home()}; PhilSys card no. {g.pcn()}; "
            f"contact no. {g.phone('ph')}\nRespondent: {resp.comma()}{alias}, {g.rng.randint(22, 60)}, {g.pick(('tricycle driver', 'construction worker', 'vendor', 'jobless'))}, "
            f"of {home() if not vawc else 'the same address'}\nNature of complaint: {K(nature)}\n"
            f"Narrative: The complainant states that on {g.day('ph', reported, -g.rng.randint(0, 3))} at around {g.clock('ph', g.rng.randint(17, 22))}, the respondent "
            f"{act} {where}.{plate} Witness: {witness.full()}, {g.pick(('neighbour', 'kagawad on duty', 'passer-by'))}"
            f"{', who brought ' + son.given() + ' (Grade ' + str(g.rng.randint(4, 10)) + ', LRN ' + L('STUDENT_ID', g.digits(12)) + ') to the health center' if hit_son else ''}.\n"
            f"{medico_line}{action}\n\n"
            f"Recorded by: Tanod {tanod.full()}")
    return "What did the barangay do about this complaint?", body, answer


def hajj_screening(g: Gen) -> tuple[str, str, str]:
    regency, code, birthplaces, addresses, puskesmas, culture, dinas = g.pick(ID_REGIONS)
    pilgrim = g.person(culture)
    kin = g.pick(("spouse", "child", "sibling"))
    companion = g.relative(pilgrim, not pilgrim.female if kin == "spouse" else g.rng.random() < 0.5, kin)
    relation = {"spouse": ("husband", "wife"), "child": ("son", "daughter"), "sibling": ("brother", "sister")}[kin][companion.female]
    father = g.person(culture, False) if culture == "jv" else None
    doc = g.person(g.pick(("jv", "bt")), g.rng.random() < 0.5)
    ymd, cymd, seen = g.ymd(1945, 1975), g.ymd(1950, 1998), g.base(2023, 2025)
    history = K(g.pick(HAJJ_HISTORY))
    findings = [K(t) for t in g.rng.sample(HAJJ_FINDINGS, 3)]
    vaccine, result = K(g.pick(HAJJ_VACCINES)), K(g.pick(HAJJ_RESULTS))
    bin_ = "binti" if pilgrim.female else "bin"
    passport_name = L("PERSON", f"{pilgrim.first} {pilgrim.last} {bin_} {father.first}" if culture == "jv" else f"{pilgrim.first} {pilgrim.last}")
    title = "Ibu" if pilgrim.female else "Bapak"
    addr = L("LOCATION", g.pick(addresses).format(n=g.rng.randint(2, 240), k=g.rng.randint(1, 9), m=g.rng.randint(1, 9)))
    body = (f"{L('ORGANIZATION', dinas.upper())}\nHAJJ PILGRIM HEALTH EXAMINATION, STAGE 2 -- istithaah assessment (translated)\n"
            f"Examination site: {L('ORGANIZATION', g.pick(puskesmas))}   Date: {g.day('id', seen)}\n"
            f"Pilgrim (as in the passport): {passport_name}\nBorn: {L('LOCATION', g.pick(birthplaces))}, "
            f"{g.dob('id', ymd)}   NIK: {g.nik(pilgrim, ymd, code)}\nPassport no.: {L('NATIONAL_ID', g.pick('ABCEX') + g.digits(7))}   "
            f"Portion no. (nomor porsi): {L('CASE_NUMBER', g.pick(('11', '12', '13', '02')) + g.digits(8))}   BPJS Kesehatan: {L('HEALTH_ID', '000' + g.digits(10))}\n"
            f"Address: {addr}   Mobile: {g.phone('id')}\n"
            f"Companion: {relation} {companion.full()}, NIK {g.nik(companion, cymd, code)}\n"
            f"History: {history}.\nFindings: {findings[0]}; {findings[1]}; {findings[2]}.\n"
            f"Immunisation: {vaccine} given at the same visit.\n"
            f"Conclusion: {title} {pilgrim.sur()} {result}, under {K('Permenkes No. 15 Tahun 2016')}"
            f"{'; the ' + relation + ' will accompany ' + pilgrim.sur() + ' throughout' if 'assistance' in str(result) else ''}.\n"
            f"Examining doctor: dr. {doc.full()}, licence to practise {L('LICENSE_NUMBER', f'503/{g.digits(4)}/SIP-DU/{seen.year}')}")
    return "Is the pilgrim fit to travel, and with what conditions?", body, f"{title} {pilgrim.sur()}: {result}."


def pathology_report(g: Gen) -> tuple[str, str, str]:
    hospital, city = g.pick(TH_HOSPITALS)
    sex, history, specimen, lines = g.pick(TH_CASES)
    pt = g.person("th", True if sex == "F" else None)
    surgeon, path, resident = g.person("th"), g.person("th"), g.person("th")
    received = g.base(2023, 2025)
    dx = [K(t) for t in lines]
    title = g.pick(("Mrs.", "Ms.")) if pt.female else "Mr."
    referrer = L("ORGANIZATION", g.pick(TH_REFERRERS)) if g.rng.random() < 0.5 else "Department of Surgery"
    body = (f"{L('ORGANIZATION', hospital)} -- Department of Pathology\nSURGICAL PATHOLOGY REPORT\n"
            f"Patient: {title} {pt.full()}   Age: {g.rng.randint(32, 78)} years   Sex: {'F' if pt.female else 'M'}\n"
            f"HN: {L('HEALTH_ID', f'{(received.year + 543) % 100}-{g.digits(6)}')}   Thai ID: {g.thai_id()}   Right: {g.pick(TH_RIGHTS)}\n"
            f"Surgical no.: {L('HEALTH_ID', f'S{(received.year + 543) % 100}-{g.digits(5)}')}   Received: {g.stamp('th', received, g.rng.randint(8, 16))}   "
            f"Reported: {g.day('th', received, g.rng.randint(4, 12))}\n"
            f"Requesting physician: Dr. {surgeon.full()}, {referrer}\n"
            f"Address on the request form: {g.address('th')}; telephone {g.phone('th')}\n"
            f"Clinical history: {history}.\nSpecimen: {specimen}.\n"
            f"DIAGNOSIS:\n" + "\n".join(f"  - {d}" for d in dx) + "\n"
            f"Comment: findings discussed with Dr. {surgeon.given()} by telephone on {g.stamp('th', received, g.rng.randint(8, 17))}"
            + ("; for the next tumour board" if g.rng.random() < 0.5 else "") + ".\n"
            f"Pathologist: {g.pick(('Assoc. Prof. Dr.', 'Asst. Prof. Dr.', 'Dr.'))} {path.full()}, MD, medical licence no. {L('LICENSE_NUMBER', g.digits(5))}"
            + (f"   Resident: Dr. {resident.given()}" if g.rng.random() < 0.5 else ""))
    return "Explain the diagnosis to the patient in plain words.", body, f"Khun {pt.given()}, the report shows {dx[0]}."


def camp_clinic_register(g: Gen) -> tuple[str, str, str]:
    country = g.pick(GULF)
    staff, clinics, camps, companies, hospitals, licence, id_kind = GULF[country]
    doc = g.person(g.pick(staff))
    supervisor = g.person(g.pick(("ml", "eg", "pb")), False)
    seen = g.base(2023, 2025)
    hospital = g.pick(hospitals)
    cases = g.rng.sample(CAMP_CASES, g.rng.randint(3, 4))
    site = g.rng.randrange(len(clinics))  # each clinic serves its own camp
    rows, referred = [], []
    clock = iter(sorted((g.rng.randint(6, 20), g.rng.randint(0, 59)) for _ in cases))
    for i, (complaint, finding, tx, outcome) in enumerate(cases, 1):
        culture, nationality = g.pick(WORKERS)
        w = g.person(culture, False)
        ident = g.emirates_id(g.rng.randint(1970, 2003)) if id_kind == "eid" else g.iqama()
        out = outcome.format(h=L("ORGANIZATION", hospital))
        if "{h}" in outcome:
            referred.append((i, w))
        rows.append(f"{i} | {'{:02d}:{:02d}'.format(*next(clock))} | {w.comma() if g.rng.random() < 0.5 else w.caps()} | {nationality} | {ident} | "
                    f"{L('ORGANIZATION', g.pick(companies))} | {complaint}; {K(finding)} | {K(tx)} | {out}")
    licensed = L("LICENSE_NUMBER", g.digits(8))
    remark = (f"Patient {referred[0][0]} ({referred[0][1].given()}) referred; site supervisor {supervisor.full()} ({g.phone(country)}) informed."
              if referred else f"Site supervisor {supervisor.full()} ({g.phone(country)}) collected the sick-leave slips.")
    body = (f"{L('ORGANIZATION', clinics[site])} -- {L('LOCATION', camps[site])}\n"
            f"DAILY PATIENT REGISTER -- {g.day('gulf', seen)}   Doctor on duty: Dr {doc.full()} ({licence} {licensed})\n"
            f"No. | Time | Name | Nationality | {'Emirates ID' if id_kind == 'eid' else 'Iqama'} | Company | Complaint; findings | Treatment | Outcome\n"
            + "\n".join(rows) + "\n"
            f"Remarks: {remark} Heat-stress reading at 12:30: {K('WBGT ' + str(g.rng.randint(30, 35)) + '.' + g.digits(1) + ' °C')}"
            + (f"; Iqama of patient 2 expires {g.hijri()} H." if id_kind == "iqama" and g.rng.random() < 0.5 else "."))
    return "Which patients were referred or put off work today?", body, \
        "Referred: " + " and ".join(f"patient {i} ({w.full()})" for i, w in referred) + "; the rest treated on site." if referred \
        else "No one was referred; the off-work slips went to the supervisor."


REPATRIATION = {  # culture: (nationality, consulate (unlabelled), fund, airline prefixes, airports' cities, passport pattern, home address key, phone key)
    "ml": ("Indian", "the Consulate General of India", "the Indian Community Welfare Fund (ICWF)", ("176", "098"), ("Thiruvananthapuram", "Kochi"), "in", "ml", "in"),
    "ph": ("Filipino", "the Philippine Consulate General", "OWWA", ("176", "079"), ("Manila",), "ph", "ph", "ph"),
    "bd": ("Bangladeshi", "the Consulate General of Bangladesh", "the Wage Earners' Welfare Board", ("997", "176"), ("Dhaka", "Sylhet"), "bd", "bd", "bd"),
}  # fmt: skip
ADDRESSES["bd"] = ("Village Baraigram, Upazila Beanibazar, Sylhet 3170", "House {n}, Road {k}, Block C, Mirpur 10, Dhaka 1216",
                   "Village Char Alexander, Upazila Ramgati, Lakshmipur 3730", "Village Kanaighat, Upazila Kanaighat, Sylhet 3180")
REPAT_AGENTS = {"ml": (("Kollam Pravasi Association", "kollampravasi.org", "ml"), ("Al Qusais Funeral and Cargo Services LLC", "aqfcs.ae", "eg")),
                "ph": (("Bayanihan Volunteers Dubai", "bayanihanvolunteers.ae", "ph"), ("Al Qusais Funeral and Cargo Services LLC", "aqfcs.ae", "eg")),
                "bd": (("Sylhet Probashi Forum UAE", "sylhetprobashi.org", "bd"), ("Al Qusais Funeral and Cargo Services LLC", "aqfcs.ae", "gu"))}
AIRLINES = {"176": "EK", "098": "AI", "079": "PR", "997": "BG"}  # air waybill prefix: the airline's flight code
DEATH_CAUSES = (("acute myocardial infarction", "I21.9"), ("heat stroke", "T67.0"), ("fall from height, multiple injuries", "T07"),
                ("road traffic collision, head injury", "S06.9"), ("pulmonary thromboembolism", "I26.9"))
POLICE_STATIONS = ("Al Qusais Police Station", "Al Muraqqabat Police Station", "Jebel Ali Police Station", "Al Barsha Police Station")

NT_COMMUNITIES = (("Wadeye", "NT 0822", "Murrinh-Patha", "Palumpa"), ("Maningrida", "NT 0822", "Burarra", "Gochan Jiny-jirra"),
                  ("Galiwin'ku", "NT 0822", "Yolŋu Matha", "Gawa"), ("Angurugu", "NT 0822", "Anindilyakwa", "Umbakumba"),
                  ("Yuendumu", "NT 0872", "Warlpiri", "Nyirripi"), ("Ngukurr", "NT 0852", "Kriol", "Urapunga"))
NDIS_ORGS = (("Arnhem Coast Aboriginal Health Corporation", "acahc.org.au"), ("Top End Support Coordination Pty Ltd", "topendsc.com.au"),
             ("Red Dust Therapy Services", "reddusttherapy.com.au"), ("Saltwater Allied Health", "saltwaterah.com.au"), ("Bush Mob Disability Services", "bushmob.org.au"))
NT_HOSPITALS = ("Royal Darwin Hospital", "Alice Springs Hospital", "Gove District Hospital", "Katherine Hospital")
NDIS_CONDITIONS = (("Machado-Joseph disease", ("SARA score 18", "falls twice a week", "dysarthria")),
                   ("acquired brain injury after a fall", ("ACE-III 71/100", "left hemiparesis")),
                   ("rheumatic heart disease with a mitral valve replacement", ("benzathine benzylpenicillin 1.2 million units every 28 days", "warfarin, INR target 2.5-3.5")),
                   ("foetal alcohol spectrum disorder", ("Vineland-3 adaptive behaviour composite 62", "WHODAS 2.0 score 38")),
                   ("end-stage kidney disease on haemodialysis", ("haemodialysis three times a week", "WHODAS 2.0 score 41")),
                   ("T6 paraplegia after a car rollover", ("ASIA Impairment Scale A", "a grade 2 pressure injury")))
NDIS_SUPPORTS = ("Core Supports: assistance with daily life", "Capacity Building: improved daily living", "Specialist Disability Accommodation (SDA)",
                 "assistive technology: a power wheelchair", "a ceiling hoist", "Supported Independent Living (SIL)", "home modifications: a ramp and a wet-area bathroom")

MX_BIRTHPLACES = (("Guadalajara, Jalisco", "JC"), ("Tepatitlán de Morelos, Jalisco", "JC"), ("Sahuayo, Michoacán", "MN"), ("Jerez, Zacatecas", "ZS"),
                  ("León, Guanajuato", "GT"))
MX_NOTARIES = ("Zapopan", "Guadalajara", "San Pedro Tlaquepaque")
MX_POWERS = ("general power of attorney for lawsuits and collections (pleitos y cobranzas)", "acts of administration (actos de administración)",
             "acts of ownership (actos de dominio)")

CL_PROVIDERS = (("Hospital Dr. Hernán Henríquez Aravena", "Temuco"), ("CESFAM Pueblo Nuevo", "Temuco"), ("CESFAM Padre Las Casas", "Padre Las Casas"),
                ("Hospital Base Valdivia", "Valdivia"), ("CESFAM Las Ánimas", "Valdivia"))
GES_PROBLEMS = (("diabetes mellitus tipo 2", ("HbA1c 9.1%", "fasting glucose 186 mg/dL")),
                ("depresión en personas de 15 años y más", ("PHQ-9 score 19", "no psychotic features")),
                ("colecistectomía preventiva del cáncer de vesícula en personas de 35 a 49 años", ("abdominal ultrasound: cholelithiasis", "gallbladder wall 3 mm")),
                ("cáncer de mama en personas de 15 años y más", ("mammography BI-RADS 5", "core biopsy: invasive ductal carcinoma")),
                ("hipertensión arterial primaria o esencial en personas de 15 años y más", ("BP 162/98 mmHg on three occasions", "creatinine 0.9 mg/dL")),
                ("artrosis de cadera y/o rodilla, leve o moderada, en personas de 55 años y más", ("X-ray: Kellgren-Lawrence grade 2", "WOMAC score 41")))
CL_INSURERS = ("FONASA tramo A", "FONASA tramo B", "FONASA tramo C", "Isapre Colmena", "Isapre Banmédica", "Isapre Consalud")


def repatriation_file(g: Gen) -> tuple[str, str, str]:
    culture = g.pick(REPATRIATION)
    nationality, consulate, fund, airlines, cities, passport_kind, home_key, phone_key = REPATRIATION[culture]
    dec = g.person(culture, False)
    kin = g.pick(("spouse", "sibling", "parent"))
    receiver = g.relative(dec, g.rng.random() < 0.5 if kin != "spouse" else True, kin)
    relation = {"spouse": ("husband", "wife"), "sibling": ("brother", "sister"), "parent": ("father", "mother")}[kin][receiver.female]
    agent, domain, officer_culture = g.pick(REPAT_AGENTS[culture])
    officer, pro = g.person(officer_culture), g.person(g.pick(("ml", "eg", "gu")), False)
    prefix = g.pick(airlines)
    company = g.pick(GULF["ae"][3])
    cause, icd = g.pick(DEATH_CAUSES)
    died, ymd = g.base(2022, 2025), g.ymd(1965, 2000)
    passport = {"in": g.pick("JKLMNPRSTUVZ") + g.digits(7), "ph": "P" + g.digits(7) + g.pick("ABC"), "bd": g.pick(("A", "B", "E")) + g.letters(1) + g.digits(7)}[passport_kind]
    place = L("LOCATION", g.pick(GULF["ae"][2])) if "heat" in cause or "fall" in cause else L("ORGANIZATION", g.pick(GULF["ae"][4]))
    flight = f"{AIRLINES[prefix]} {g.rng.randint(300, 999)}"
    cost = g.money(f"AED {g.rng.randint(6, 14)},{g.digits(3)}")
    body = (f"{L('ORGANIZATION', agent)} -- REPATRIATION OF MORTAL REMAINS: CASE SHEET\n"
            f"File: {L('CASE_NUMBER', f'RPT-{died.year}-{g.digits(4)}')}   Case officer: {officer.full()}, {g.email(officer, domain)}\n\n"
            f"Deceased: {dec.whole() if culture == 'ph' else dec.caps()}, {nationality}, born {g.dob('gulf', ymd)}, passport {L('NATIONAL_ID', passport)}, Emirates ID {g.emirates_id(ymd[0])}\n"
            f"Employer / sponsor: {L('ORGANIZATION', company)}, trade licence no. {L('COMPANY_REGISTRATION', g.digits(6))}; PRO {pro.full()}\n"
            f"Death: {g.stamp('gulf', died)} at {place}. Cause on the death notification: {K(cause)} ({K(icd)}).\n"
            f"Documents: police report from {L('ORGANIZATION', g.pick(POLICE_STATIONS))}; "
            f"death certificate no. {L('CASE_NUMBER', g.digits(9))}; {K('embalming certificate')} and "
            f"{K('non-infectious disease certificate')} from the {L('ORGANIZATION', 'Muhaisnah Embalming Centre')}; no-objection certificate from {consulate}.\n"
            f"Flight: {flight}, air waybill {g.awb(prefix)}; to be received at "
            f"{L('LOCATION', g.pick(cities))} by the {relation}, {receiver.full()}, {g.phone(phone_key)}, of {g.address(home_key)}.\n"
            f"Costs: {cost}, borne by {'the employer' if g.rng.random() < 0.6 else fund}; the end-of-service gratuity under "
            f"{K('Federal Decree-Law No. 33 of 2021')} goes to the legal heirs.")
    return "What is still outstanding before the body can fly?", body, f"Nothing outstanding for {dec.full()}; AWB issued, NOC from {consulate}."


def ndis_plan_review(g: Gen) -> tuple[str, str, str]:
    community, postcode, language, outstation = g.pick(NT_COMMUNITIES)
    condition, notes = g.pick(NDIS_CONDITIONS)
    pt = g.person("au")
    nominee = g.relative(pt, True, g.pick(("parent", "sibling")))
    uncle = g.relative(pt, False, "parent")
    sc, ot = g.person(g.pick(("en", "au"))), g.person("en")
    ymd, report = g.ymd(1970, 2002), g.base(2023, 2025)
    he, his = ("she", "her") if pt.female else ("he", "his")
    supports = [K(t) for t in g.rng.sample(NDIS_SUPPORTS, 2)]
    org, domain = g.pick(NDIS_ORGS)
    note = [K(t) for t in g.rng.sample(notes, len(notes))]
    addr = L("LOCATION", f"{g.pick(('Lot', 'House'))} {g.rng.randint(2, 480)}, {community} {postcode}")
    kin_title = "Aunty" if g.rng.random() < 0.5 else "Mum's sister,"
    body = (f"NDIS PLAN REASSESSMENT -- SUPPORT COORDINATOR'S REPORT\n"
            f"Participant: {pt.full()}   NDIS no. {L('HEALTH_ID', '43' + g.digits(7))}   DOB {g.dob('au', ymd)}   Medicare {g.medicare()}\n"
            f"Home: {addr}   Languages: {language}, Kriol, English; interpreter booked through the AIS\n"
            f"Nominee: {kin_title} {nominee.full()}, {g.phone('au')}\n"
            f"Coordinator: {sc.full()}, {L('ORGANIZATION', org)}, {g.email(sc, domain)}\n"
            f"Current plan ends: {g.day('au', report, 30)}\n\n"
            f"1. About {pt.given()}: {he} is a {report.year - ymd[0]}-year-old {'woman' if pt.female else 'man'} from {L('LOCATION', community)}. "
            f"{he.capitalize()} lives with {his} aunty and {g.rng.randint(2, 7)} kids in a three-bedroom house.\n"
            f"2. Diagnosis: {K(condition)}, diagnosed at {L('ORGANIZATION', g.pick(NT_HOSPITALS))} in {g.rng.randint(2008, 2022)}; {note[0]}; {note[-1]}.\n"
            f"3. Goals, in {his} words: \"go out bush to {L('LOCATION', outstation)} with family\" and \"go fishing with my uncle {uncle.given()}\".\n"
            f"4. What worked: OT {ot.full()} ({L('ORGANIZATION', g.pick([o for o, _ in NDIS_ORGS[2:] if o != org]))}) came out {g.rng.randint(2, 6)} times on the mail plane; "
            f"text from {kin_title.replace(',', '').lower()} {nominee.given()} last month: "
            f"\"{pt.lower_first()} been crook again can u ring the clinic. thx {sc.lower_first()}\"\n"
            f"5. Requested for the next plan: {supports[0]}; {supports[1]}, as reasonable and necessary under {K('section 34 of the NDIS Act 2013')}.\n\n"
            f"{sc.given()}, {g.day('au', report)}")
    return "List the supports asked for and why.", body, f"For {pt.full()}: {supports[0]} and {supports[1]}."


def power_of_attorney(g: Gen) -> tuple[str, str, str]:
    grantor = g.person("mx")
    kin = g.pick(("sibling", "child", "parent"))
    gymd = g.ymd(1950, 1972) if kin == "child" else g.ymd(1965, 1995)
    attorney = g.relative(grantor, g.rng.random() < 0.5, kin)
    relation = {"sibling": ("brother", "sister"), "child": ("son", "daughter"), "parent": ("father", "mother")}[kin][attorney.female]
    notary, translator = g.person("mx"), g.person("mx")
    witnesses = (g.person("mx"), g.person("mx"))
    town = g.pick(MX_NOTARIES)
    number = g.rng.randint(3, 140)
    signed = g.base(2022, 2025)
    aymd = (gymd[0] + g.rng.randint(-6, 6), *g.ymd()[1:]) if kin == "sibling" else (gymd[0] + 24, *g.ymd()[1:]) if kin == "child" else (gymd[0] - 26, *g.ymd()[1:])
    born, state = g.pick(MX_BIRTHPLACES)
    curp, rfc = g.curp_rfc(grantor, gymd, state)
    acurp, _ = g.curp_rfc(attorney, aymd, g.pick(("JC", "JC", state)))
    powers = MX_POWERS[: g.rng.randint(2, 3)]
    paragraphs = "first and second" if len(powers) == 2 else "first, second and third"
    granted = ", ".join(K(p) for p in powers[:-1]) + f" and {K(powers[-1])}"
    body = (f"{L('ORGANIZATION', f'Notaría Pública número {number} de {town}, Jalisco')}\nLic. {notary.full()}, notary public\n"
            f"PUBLIC DEED No. {L('CASE_NUMBER', f'{g.rng.randint(3, 60)},{g.digits(3)}')} -- volume {g.rng.randint(20, 180)}, book {g.rng.randint(1, 9)}\n"
            f"GENERAL POWER OF ATTORNEY -- certified English translation for the grantor's file\n\n"
            f"In {L('LOCATION', town + ', Jalisco')}, {g.words_date(signed)}, before me, Lic. {notary.sur()}, notary public number {number} of this municipality, appeared "
            f"{grantor.caps()}, Mexican, born in {L('LOCATION', born)} on {g.dob('es', gymd)}, {g.pick(('married', 'single', 'divorced'))}, "
            f"{g.pick(('a farm worker', 'a cook', 'a truck driver', 'a housekeeper'))}, residing at {g.address('mx_us')}, who identified "
            f"{'herself' if grantor.female else 'himself'} with a voting card and a passport and stated CURP {curp} and RFC {rfc};\n"
            f"and GRANTED to {'her' if grantor.female else 'his'} {relation} {attorney.caps()} (CURP {acurp}), a {granted}, in the terms of the "
            f"{paragraphs} paragraphs of {K('artículo 2554 del Código Civil Federal')} and the "
            f"corresponding article of the {K('Código Civil del Estado de Jalisco')}, in particular to lease and administer the house at {g.address('mx')}, "
            f"registered under folio real {L('CASE_NUMBER', g.digits(7))} of the Public Registry of Property.\n"
            f"Witnesses: {witnesses[0].full()} and {witnesses[1].full()}.\n"
            "\n"
            f"Translated by {translator.full()}, sworn translator")
    return "What can the attorney-in-fact do with this power, and for whom?", body, \
        f"{attorney.full()} may act for {grantor.full()}: {K(powers[0])}."


def ges_notification(g: Gen) -> tuple[str, str, str]:
    provider, city = g.pick(CL_PROVIDERS)
    problem, findings = g.pick(GES_PROBLEMS)
    female = True if "mama" in problem or "vesícula" in problem else None
    pt, prof = g.person("cl", female), g.person("cl")
    rep_kin = g.pick(("child", "sibling", "spouse")) if g.rng.random() < 0.4 else None
    rep = g.relative(pt, g.rng.random() < 0.5, rep_kin) if rep_kin else None
    notified = g.base(2023, 2025)
    interp = f" An intercultural facilitator, {g.person('cl', True).full()}, explained the form in Mapudungun." if "Huenchumilla" in pt.last or "Catrileo" in pt.last \
        or "Painemal" in pt.last or "Ñancupil" in pt.last else ""
    rep_line = ""
    if rep:
        relation = {"child": ("son", "daughter"), "sibling": ("brother", "sister"), "spouse": ("husband", "wife")}[rep_kin][rep.female]
        rep_line = f"REPRESENTATIVE: {rep.full()}, RUT {g.rut()}, {relation} of the patient, telephone {g.phone('cl')}\n"
    body = (f"FORMULARIO DE CONSTANCIA DE INFORMACIÓN AL PACIENTE GES (Artículo 24°, {K('Ley 19.966')}) -- patient's copy, translated\n"
            f"PROVIDER: {L('ORGANIZATION', provider)}   CITY: {L('LOCATION', city)}\n"
            f"NOTIFYING PROFESSIONAL: {prof.full()}, RUT {g.rut(8_000_000, 19_000_000)}\n"
            f"PATIENT: {pt.full()}, RUT {g.rut()}, {g.pick(CL_INSURERS)}\n"
            f"Address: {g.address('cl')}   Telephone: {g.phone('cl')}   E-mail: {g.email(pt, g.pick(('gmail.com', 'hotmail.com', 'yahoo.es')))}\n"
            f"{rep_line}"
            f"INFORMATION TO THE PATIENT: I declare that on {g.stamp('es', notified)} I was told that the GES health problem {K(problem)} has been confirmed "
            f"({K(findings[0])}; {K(findings[1])}), and that I am entitled to the explicit guarantees of access, opportunity, financial protection and quality, "
            f"provided I am treated in the network of providers that my insurer assigns.{interp} My rights to information under {K('Ley 20.584')} were explained.\n\n"
            f"Signature of the patient or representative ______   Signature of the professional ______\n"
            f"Follow-up appointment: {g.day('es', notified, g.rng.randint(7, 30))}")
    return "What has the patient been told, and what must the provider do next?", body, \
        f"{pt.full()} was notified of {K(problem)}; the guarantees now run."


AR_COURTS = (("Juzgado Nacional de Primera Instancia en lo Civil N° {n}", "CABA"), ("Juzgado de Familia N° {k} de La Plata", "La Plata"),
             ("Juzgado de Familia N° {k} de La Matanza", "San Justo"))
ALIAS_WORDS = ("sol", "mate", "rio", "campo", "luna", "pampa", "tango", "nube", "casa", "ceibo", "hornero", "parra")

NL_TOWNS = {"Deventer": ("7412", ("Boxbergerweg", "Rielerweg", "Brinkgreverweg"), "0570", ("Huisartsenpraktijk De Worp", "Gezondheidscentrum Colmschate")),
            "Emmen": ("7811", ("Hoofdstraat", "Noorderstraat", "Boslaan"), "0591", ("Gezondheidscentrum Emmerhout", "Huisartsenpraktijk Angelslo")),
            "Heerlen": ("6411", ("Akerstraat", "Willemstraat", "Geleenstraat"), "045", ("Huisartsenpraktijk Heerlerheide", "Gezondheidscentrum Hoensbroek")),
            "Dordrecht": ("3311", ("Voorstraat", "Vrieseweg", "Krommedijk"), "078", ("Huisartsen Sterrenburg", "Gezondheidscentrum Crabbehof")),
            "Leeuwarden": ("8911", ("Oosterkade", "Tuinen", "Schrans"), "058", ("Gezondheidscentrum Camminghaburen", "Huisartsenpraktijk Bilgaard"))}
NL_PROVIDERS = ("Thuiszorg IJsselland", "Zorggroep Oost-Drenthe", "Meander Thuiszorg", "Huishoudelijke Hulp De Schakel", "Buurtteam Zorg Noord")
WMO_HEALTH = (("COPD GOLD 3", "tiotropium 18 µg"), ("COPD GOLD 3", "oxygen 2 L/min at night"), ("Parkinson's disease, Hoehn and Yahr stage 3", "levodopa/carbidopa 100/25 mg"),
              ("heart failure, NYHA class III", "furosemide 40 mg"), ("age-related macular degeneration", "ranibizumab injections"),
              ("early Alzheimer's disease, MMSE 22/30", "rivastigmine patch 9.5 mg/24 h"), ("a total hip replacement in 2022", "paracetamol 1 g TID"))
WMO_OUTCOMES = ("household help, category HH2, 3 hours a week", "a mobility scooter on loan", "a stairlift", "a shower chair and grab rails",
                "day care twice a week", "a wheelchair taxi pass (Wmo-vervoer)")

SE_TOWNS = {  # town: (postcode, streets, area code, region, psychiatric clinic, municipality, its domain)
    "Umeå": ("907 36", ("Ålidhemsvägen", "Mariehemsvägen", "Kungsgatan"), "090", "Region Västerbotten", "Psykiatriska kliniken, Norrlands universitetssjukhus",
             "Umeå kommun", "umea.se"),
    "Luleå": ("972 31", ("Storgatan", "Skomakargatan", "Hertsövägen"), "0920", "Region Norrbotten", "Psykiatriska kliniken, Sunderby sjukhus", "Luleå kommun",
              "lulea.se"),
    "Östersund": ("831 31", ("Prästgatan", "Rådhusgatan", "Odensalavägen"), "063", "Region Jämtland Härjedalen", "Psykiatrisk öppenvård Östersund",
                  "Östersunds kommun", "ostersund.se"),
    "Karlstad": ("652 25", ("Drottninggatan", "Herrhagsgatan", "Rudsvägen"), "054", "Region Värmland", "Psykiatriska kliniken, Centralsjukhuset Karlstad",
                 "Karlstads kommun", "karlstad.se"),
    "Växjö": ("352 30", ("Storgatan", "Norra Esplanaden", "Teleborgsvägen"), "0470", "Region Kronoberg", "Vuxenpsykiatrin, Centrallasarettet Växjö",
              "Växjö kommun", "vaxjo.se"),
}  # fmt: skip
SIP_DX = ("ADHD, combined presentation", "autism spectrum disorder", "recurrent depressive disorder", "cannabis use disorder, moderate",
          "generalised anxiety disorder", "emotionally unstable personality disorder")
SIP_MEDS = ("lisdexamfetamine 50 mg", "sertraline 100 mg", "melatonin 3 mg", "quetiapine 25 mg at night", "methylphenidate 54 mg")
SIP_SCALES = ("AUDIT 19", "DUDIT 14", "MADRS-S 28", "ASRS 52")
SIP_LAW = ("9 § 4 LSS (a contact person)", "4 kap. 1 § socialtjänstlagen (income support)", "boendestöd (housing support) under 4 kap. 1 § socialtjänstlagen")

ZA_GENETICS = (("Division of Human Genetics, Steve Biko Academic Hospital", "up.ac.za"), ("Division of Human Genetics, Universitas Academic Hospital", "ufs.ac.za"),
               ("Lipid Clinic, Charlotte Maxeke Johannesburg Academic Hospital", "wits.ac.za"))
GENETIC = (  # (condition, gene, variants, proband findings, advice, father's history)
    ("familial hypercholesterolaemia", "LDLR", ("c.681C>G p.(Asp227Glu), the FH Afrikaner-1 variant", "c.1285G>A p.(Val429Met), the FH Afrikaner-2 variant"),
     ("LDL-C 7.8 mmol/L", "tendon xanthomata", "Dutch Lipid Clinic Network score 11 (definite FH)", "corneal arcus"),
     ("rosuvastatin 40 mg", "ezetimibe 10 mg", "a lipogram for children from the age of 5"), "a myocardial infarction"),
    ("variegate porphyria", "PPOX", ("c.175C>T p.(Arg59Trp), the South African founder variant",),
     ("blistering on the backs of the hands", "plasma fluorescence emission peak at 626 nm", "raised faecal protoporphyrin"),
     ("avoiding porphyrinogenic drugs such as barbiturates and sulfonamides", "a MedicAlert bracelet", "sun protection"), "an acute attack brought on by an anaesthetic"),
)  # fmt: skip


def divorce_agreement(g: Gen) -> tuple[str, str, str]:
    wife, husband = g.person("rp", True), g.person("rp", False)
    kids = [g.relative(husband, g.rng.random() < 0.5, "child") for _ in range(g.rng.randint(1, 2))]
    lawyer = g.person("rp", True)
    court, city = g.pick(AR_COURTS)
    court = court.format(n=g.rng.randint(1, 110), k=g.rng.randint(1, 9))
    filed, married = g.base(2023, 2025), g.base(2005, 2016)
    wdni, wcuil = g.dni_cuil(wife)
    hdni, _ = g.dni_cuil(husband)
    carer = g.pick((wife, husband))
    payer = husband if carer is wife else wife
    alias = ".".join(g.rng.sample(ALIAS_WORDS, 3))
    pct = g.rng.choice((15, 18, 20, 25))
    kid_lines = "; ".join(
        (f"{k.full()}, born {g.when('es', married.year + 1, filed.year - 1)}" if i == 0
         else f"{k.given()}, born {g.when('es', married.year + 1, filed.year - 1)}") for i, k in enumerate(kids))
    compensation = (f"6. ECONOMIC COMPENSATION ({K('art. 441 CCyCN')}): {g.money('$ ' + str(g.rng.randint(2, 30)) + '.' + g.digits(3) + '.000')} in "
                    f"{g.rng.randint(6, 24)} monthly instalments.\n") if g.rng.random() < 0.6 else ""
    body = (f"PROPUESTA REGULADORA ({K('arts. 438 and 439 of the Código Civil y Comercial de la Nación')}) -- filed with the joint divorce petition\n"
            f"\"{wife.comma()} y {husband.comma()} s/ divorcio\"   {L('ORGANIZATION', court)}   Expte. N° {L('CASE_NUMBER', f'{g.rng.randint(1, 99)}.{g.digits(3)}/{filed.year}')}\n\n"
            f"1. PARTIES. {wife.full()}, DNI {wdni}, CUIL {wcuil}; and {husband.full()}, DNI {hdni}, domiciled at {g.address('rp')}.\n"
            f"2. CHILDREN. {kid_lines}.\n"
            f"3. FAMILY HOME. Under {K('art. 443 CCyCN')}, the home at {g.address('rp')} is attributed to {carer.formal(('Sra.', 'Sr.'))} and the "
            f"{'children until the youngest turns' if len(kids) > 1 else 'child until the child turns'} eighteen.\n"
            f"4. CARE. {K('Shared care in the indistinct modality (art. 650 CCyCN)')}; the {'children live' if len(kids) > 1 else 'child lives'} mainly with "
            f"{'the mother' if carer is wife else 'the father'} and spends alternate weekends and Wednesday nights with {payer.given()}.\n"
            f"5. CHILD SUPPORT. {K(f'{pct}% of the net salary')} of {payer.formal(('Sra.', 'Sr.'))}, withheld by the employer and paid into CBU {g.cbu()} "
            f"(alias {L('ACCOUNT_NUMBER', alias)}), under {K('art. 658 CCyCN')}.\n{compensation}"
            f"\nDra. {lawyer.full()}, {L('LICENSE_NUMBER', f'T° {g.rng.randint(60, 140)} F° {g.rng.randint(1, 999)}')} CPACF, "
            f"{g.email(lawyer, 'estudio' + ascii_fold(lawyer.short).lower() + '.com.ar')}, {g.phone('rp')}")
    return "Summarise the care and support arrangements in two lines.", body, \
        f"The {'children live' if len(kids) > 1 else 'child lives'} with {carer.full()}; {payer.full()} pays {pct}% of the net salary."


def wmo_assessment(g: Gen) -> tuple[str, str, str]:
    town = g.pick(NL_TOWNS)
    postcode, streets, area, practices = NL_TOWNS[town]
    if g.rng.random() < 0.2:
        client, extra = g.namesake("nl")
    else:
        client, extra = g.person("nl"), None
    carer = g.relative(client, g.rng.random() < 0.7, "child")
    late = g.relative(client, not client.female, "spouse")
    consultant = g.person("nl")
    ymd, visit = g.ymd(1932, 1955), g.base(2023, 2025)
    condition, medicine = (K(t) for t in g.pick(WMO_HEALTH))
    outcomes = [K(t) for t in g.rng.sample(WMO_OUTCOMES, 2)]
    title = "mevrouw" if client.female else "de heer"
    address = L("LOCATION", f"{g.pick(streets)} {g.rng.randint(1, 220)}{g.pick(('', 'a', '-II'))}, {postcode} {g.letters(2)} {town}")
    phone = L("PHONE_NUMBER", g.pick((f"{area} {g.digits(2)} {g.digits(2)} {g.digits(2)}" if len(area) == 4 else f"{area} {g.digits(3)} {g.digits(4)}",
                                      f"06-{g.digits(8)}")))
    other_town = g.pick([t for t in NL_TOWNS if t != town] + ["Zwolle", "Apeldoorn", "Assen"])
    body = (f"{L('ORGANIZATION', 'Gemeente ' + town)} -- Wmo team\nREPORT OF THE ASSESSMENT INTERVIEW (gespreksverslag), translated\n\n"
            f"Client: {title} {client.full()}, born {g.dob('nl', ymd)}, BSN {g.bsn()}\nAddress: {address}   Telephone: {phone}\n"
            f"Interview: {g.day('nl', visit)}, at the client's home\n"
            f"Present: the client; {'daughter' if carer.female else 'son'} {carer.full()} (informal carer, {g.phone('nl')}); {consultant.full()}, Wmo consultant\n\n"
            f"1. Health. {condition}; uses {medicine}" + (f"; also {extra}" if extra else "") + f". General practitioner: {L('ORGANIZATION', g.pick(practices))}.\n"
            f"2. Home and household. {title.capitalize()} {client.sur()} has lived alone since {'her husband' if client.female else 'his wife'} "
            f"{late.given()} died in {g.rng.randint(2012, 2022)}. The bedroom is upstairs; {'she' if client.female else 'he'} can no longer change the beds or clean.\n"
            f"3. Informal care. {carer.given()} comes from {L('LOCATION', other_town)} twice a week and is tired.\n"
            f"4. Conclusion of the investigation ({K('artikel 2.3.2 Wmo 2015')}): {outcomes[0]} and {outcomes[1]}; no indication for the "
            f"{K('Wet langdurige zorg (Wlz)')} yet.\n"
            f"5. As a personal budget (pgb) to {g.nl_iban()}, or as care in kind from {L('ORGANIZATION', g.pick(NL_PROVIDERS))}. "
            f"A decision follows within two weeks ({K('artikel 2.3.5 Wmo 2015')}).\n\n"
            f"{consultant.full()}, {g.email(consultant, town.lower() + '.nl')}, {L('PHONE_NUMBER', '14 ' + area)}")
    return "What was agreed at the kitchen-table interview?", body, f"For {title} {client.sur()}: {outcomes[0]} and {outcomes[1]}."


def care_plan_sip(g: Gen) -> tuple[str, str, str]:
    town = g.pick(SE_TOWNS)
    postcode, streets, area, region, clinic, kommun, domain = SE_TOWNS[town]
    if g.rng.random() < 0.2:
        pt, extra = g.namesake("se")
    else:
        pt, extra = g.person("se"), None
    mother = g.relative(pt, True, "parent")
    cm, psy = g.person("se"), g.person("se")
    ymd, met = g.ymd(1994, 2006), g.base(2023, 2025)
    dx = [K(t) for t in g.rng.sample(SIP_DX, 2)]
    med, scale = K(g.pick(SIP_MEDS)), K(g.pick(SIP_SCALES))
    law = K(g.pick(SIP_LAW))
    coordination = g.rng.random() < 0.15
    pnr = g.personnummer(pt, ymd, coordination)
    address = L("LOCATION", f"{g.pick(streets)} {g.rng.randint(1, 90)}{g.pick(('', ' B', ', lgh 1102'))}, {postcode} {town}")
    phone = L("PHONE_NUMBER", g.pick((f"{area}-{g.digits(2)} {g.digits(2)} {g.digits(2)}", f"070-{g.digits(3)} {g.digits(2)} {g.digits(2)}")))
    mum = f" {mother.given()} has {extra} and cannot drive in winter." if extra else ""
    body = (f"SAMORDNAD INDIVIDUELL PLAN (SIP) -- coordinated individual plan, translated\n"
            f"Under {K('2 kap. 7 § socialtjänstlagen')} and {K('16 kap. 4 § hälso- och sjukvårdslagen')}\n\n"
            f"Person: {pt.full()}{' (prefers ' + pt.nicknamed() + ')' if pt.first in NICKNAMES else ''}, "
            f"{'samordningsnummer' if coordination else 'personnummer'} {pnr}\nAddress: {address}   Mobile: {phone}\n"
            f"Meeting: {g.stamp('se', met, g.rng.randint(8, 15))} at {L('ORGANIZATION', clinic)}; {pt.given()} consented orally to information being shared.\n"
            f"Present: {pt.given()}; {mother.full()} (mother); {cm.full()}, case manager, {L('ORGANIZATION', 'socialtjänsten, ' + kommun)}; "
            f"Dr {psy.full()}, {L('ORGANIZATION', region)}; a case officer from Arbetsförmedlingen by telephone.\n\n"
            f"Background: {dx[0]}; {dx[1]}. Treatment: {med}; latest {scale}."
            + (f" Cared for under {K('lag (1991:1128) om psykiatrisk tvångsvård (LPT)')} from {g.day('se', met, -g.rng.randint(120, 400))}." if g.rng.random() < 0.5 else "")
            + f"{mum}\n"
            f"Goals, in {'her' if pt.female else 'his'} own words: \"a flat of my own\" and \"finish upper secondary school at Komvux\".\n"
            f"Actions:\n  - {cm.given()} applies for {law} within three weeks.\n"
            f"  - The psychiatrist reviews {med} at the next appointment.\n"
            f"  - {mother.given()} comes along to the first Komvux meeting.\n"
            f"Lead responsibility: {cm.full()}, {g.email(cm, domain)}. "
            f"Follow-up meeting: {g.day('se', met, g.rng.randint(42, 90))}.")
    return "Who does what before the follow-up meeting?", body, f"The case manager leads; {pt.given()}'s next step: {law}."


def genetic_counselling(g: Gen) -> tuple[str, str, str]:
    condition, gene, variants, findings, advice, event = g.pick(GENETIC)
    pt = g.person("af")
    birth = pt.last
    father = g.relative(pt, False, "parent")
    mother = g.relative(pt, True, "parent")
    maiden = g._surname("af")
    g._take(maiden)
    brother = g.relative(pt, False, "sibling")
    sister = g.relative(pt, True, "sibling")
    sister.last = sister.short = g._surname("af")
    g._take(sister.last)
    if pt.female:  # a married proband carries her husband's surname, and so do her children
        pt.last = pt.short = g._surname("af")
        g._take(pt.last)
    son, daughter = g.relative(pt, False, "child"), g.relative(pt, True, "child")
    counsellor, geneticist, gp = g.person(g.pick(("af", "en", "zu")), True), g.person(g.pick(("af", "zu", "en"))), g.person("af")
    seen = g.base(2023, 2025)
    ymd = g.ymd(1965, 1990)
    variant = K(g.pick(variants))
    fx = [K(t) for t in g.rng.sample(findings, 2)]
    adv = [K(t) for t in g.rng.sample(advice, 2)]
    kids_year = min(ymd[0] + 30, 2018)
    title = ("Mrs" if pt.female else "Mr")
    town = g.pick(("Paarl", "Worcester", "Upington", "Bethlehem", "Oudtshoorn", "Potchefstroom", "Riversdale", "Vryburg"))
    clinic, domain = g.pick(ZA_GENETICS)
    body = (f"{L('ORGANIZATION', clinic)}\n\nPRIVATE AND CONFIDENTIAL\n{title} {pt.full()}\n{g.address('af')}\n\n"
            f"Dear {title} {pt.sur()},\n\nRe: your genetic test result -- {K(condition)}\n"
            f"Folder no. {L('HEALTH_ID', g.digits(8))}   Date of birth: {g.dob('za', ymd)}\n\n"
            f"Thank you for coming to the genetics clinic on {g.day('za', seen)} with your sister. Your blood test found {variant} in the "
            f"{K(gene)} gene, classified as {K('ACMG/AMP class 5 (pathogenic)')}. Together with {fx[0]} and {fx[1]}, this confirms {K(condition)}. "
            f"It is inherited in an {K('autosomal dominant')} way: each child of a person with the variant has a one-in-two chance of having it.\n\n"
            f"Your family tree, as we drew it together:\n"
            f"  I-1   your father, {father.full()}, died aged {g.rng.randint(41, 58)} after {event}\n"
            f"  I-2   your mother, {mother.full()} (née {L('PERSON', maiden)})\n"
            f"  II-1  your brother {brother.full()}\n"
            f"  II-2  you\n"
            f"  II-3  your sister {sister.full()} (née {L('PERSON', birth)}), {L('LOCATION', town)}\n"
            f"  III-1 your son {son.given()}, aged {seen.year - kids_year + g.rng.randint(-3, 3)}\n"
            f"  III-2 your daughter {daughter.given()}, aged {seen.year - kids_year + g.rng.randint(-4, 2)}\n\n"
            f"We recommend {K('cascade testing')} for {brother.given()}, {sister.given()} and your children, and {adv[0]} and {adv[1]}. Please share the enclosed "
            f"family letter. Your GP, Dr {gp.sur()}, receives a copy.\n\n"
            f"Kind regards\n{counsellor.full()}, genetic counsellor\nDr {geneticist.full()}, medical geneticist, HPCSA {L('LICENSE_NUMBER', 'MP 0' + g.digits(6))}\n"
            f"Tel. {g.phone('za')} | {g.email(counsellor, domain)}"
            + (f"\nYour results and the family letter online: {L('URL', f'https://portal.{domain}/genetics/r/{g.digits(6)}')}" if g.rng.random() < 0.4 else ""))
    return "Which relatives should be offered testing?", body, f"{brother.full()}, the sister and both children."


def _one_document(write: Callable[[Gen], tuple[str, str, str]]) -> Callable[[Gen], tuple[str, str, str]]:
    """The writer, starting each document with no names given yet."""

    @functools.wraps(write)
    def fresh(g: Gen) -> tuple[str, str, str]:
        g.used = set()
        return write(g)

    return fresh


DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {
    f.__name__: _one_document(f) for f in (pmjay_preauth, medicolegal_report, tb_contact_tracing, raf_claim, barangay_blotter, hajj_screening,
                                           pathology_report, camp_clinic_register, repatriation_file, ndis_plan_review, power_of_attorney,
                                           ges_notification, divorce_agreement, wmo_assessment, care_plan_sip, genetic_counselling)
}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
