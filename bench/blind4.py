"""Fourth blind scrubbing corpus: thirteen new registers, ten more locales, identifier formats with their check characters.

    python bench/blind4.py --stats             # entity, document-type and protected-term counts of the default corpus
    python bench/blind4.py --out blind4.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned
on; its author read no scrubber rule. Registers no other corpus uses: a radiologist's voice
dictation, a pharmacy's controlled-drug dispensing log, a health-insurance denial letter (US
and Indian), an Ontario examination for discovery with speaker turns, employment judgments
(NZ Authority, Irish WRC, UK tribunal, Australian FWC), an SBAR nursing handover, a GP
e-referral from Ireland or New Zealand, an immigration intake over a messaging app (US or
Spain), a trial's serious-adverse-event form, a tenancy-bond e-mail thread with quoted
replies, a court's daily list (Irish, Singaporean, Indian, Floridian), a vet's letter to a
named owner and a hospital chaplaincy note. Identifiers follow public descriptions of their
formats, check characters computed where one exists: PPSN, NHI, Ontario health card, DNI and
NIE, BSN, personnummer, Scottish CHI, Aadhaar (Verhoeff) and PAN, NRIC, CURP, Medicare MBI,
DEA and NPI, National Insurance, TFN and ABN, VIN, IBAN, NZ bank accounts, site-prefixed MRNs,
claim and docket numbers in each court's style, phone numbers with extensions. Vehicle VINs
and plates are labelled LICENSE_NUMBER (bench/blind3.py's labels have no vehicle entity).
Names are the hand-written lists below (never Faker's, never the census lists the scrubber
reads): Irish, Māori and Pasifika, Spanish and Mexican double surnames, Vietnamese and
Singaporean family-first names, Yoruba with tone marks, Arabic and Malay patronymics, Dutch
particles, apostrophes, hyphens, quoted nicknames, initials, speaker labels, lower case in
chat. Records, labels and the soundness check are bench/blind3.py's.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

import blind3  # bench/, beside this script
from blind2 import bsn_ok, dea_digit, fold, iban, luhn_digit
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). "sg_ms" and "sg_ta" surnames are fathers' names (bin/binte, s/o, d/o).
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ie": (("Aisling", "Eimear", "Orlaith", "Bláthnaid", "Muireann", "Síle", "Treasa"),
           ("Colm", "Darragh", "Seosamh", "Cillian", "Diarmuid", "Fergal", "Tomás"),
           ("O'Driscoll", "Mac Giolla Bhríde", "Ó Briain", "Fitzgerald-Hayes", "D'Arcy", "Ó hAodha", "Mac an tSaoir",
            "Cunnane", "Prendergast", "Ó Floinn")),
    "mi": (("Aroha", "Moana", "Mereana", "Hinemoa", "Ngaire", "Kahurangi", "Te Aomihia"),
           ("Tāne", "Wiremu", "Rāwiri", "Hēmi", "Tamati", "Nikau", "Te Rangi"),
           ("Ngata", "Te Whata", "Pōmare", "Parata", "Horomona", "Tawhiri-Kingi", "Te Huia", "Rangihuna", "Waaka")),
    "pi": (("Losaline", "Mele", "Sina", "Litia"), ("Sione", "Tevita", "Viliami", "Iosefa"),
           ("Tupou", "Fifita", "Leaupepe", "Taufa", "Faleolo", "Vaifale")),
    "es": (("María José", "Itziar", "Nerea", "Almudena", "Rocío", "Maite"),
           ("José Luis", "Álvaro", "Xabier", "Fermín", "Iker", "Juan Carlos"),
           ("García-Rubio", "Fernández de Córdoba", "Sánchez Ortega", "López de la Torre", "Domínguez Pardo",
            "Belmonte Ibarra", "Ruiz-Tagle", "Ochoa Arregui")),
    "mx": (("Guadalupe", "Xóchitl", "Citlali", "Yesenia", "Maricruz"), ("Jesús", "Uriel", "Cuauhtémoc", "Rigoberto", "Juan Pablo"),
           ("Hernández Cruz", "Ramírez Olvera", "Zúñiga Tlapanco", "Méndez Barragán", "Quintero de la Rosa", "Villaseñor Ayala")),
    "vn": (("Thị Thu Trang", "Ngọc Ánh", "Thanh Hương", "Bảo Ngọc"), ("Văn Khoa", "Quốc Bảo", "Minh Tuấn", "Đức Anh"),
           ("Huỳnh", "Đặng", "Võ", "Lê", "Trương", "Bùi", "Đỗ")),
    "yo": (("Morenikeji", "Adébùkólá", "Ifeoluwa", "Titilayo", "Oyindamola"),
           ("Olúwadámiláre", "Ayọ̀dèjì", "Kolawole", "Babajide", "Oluwafemi"),
           ("Adébáyọ̀", "Ogundipe", "Akinwande", "Oyebanji", "Olátúnjí", "Adéwálé-Cole", "Ọláòṣebìkan")),
    "ar": (("Nour", "Huda", "Maryam", "Rim", "Shaima", "Lujain"), ("Abdulrahman", "Faisal", "Omar", "Khalid", "Saif", "Abdullah"),
           ("Al-Otaibi", "Al-Zahrani", "El-Sayed", "Abu Ghazaleh", "Al Shamsi", "Al-Hashimi", "Qaddoura")),
    "nl": (("Femke", "Sanne", "Marieke", "Lotte", "Anouk"), ("Joost", "Bram", "Sjoerd", "Maarten", "Thijs"),
           ("van der Veen", "de Boer", "van den Heuvel", "Bakker-Visser", "ter Horst", "van 't Hof", "Dijkstra")),
    "se": (("Ebba", "Linnéa", "Agnes", "Signe", "Maja"), ("Olle", "Gustav", "Linus", "Måns", "Viggo"),
           ("Bergström", "Åkesson", "Sjöberg", "Hedlund", "Wallin", "Ekström", "Nordqvist")),
    "in": (("Ananya", "Ishita", "Pooja", "Revathi", "Shreya"), ("Rohan", "Karthik", "Aditya", "Siddharth", "Mohit"),
           ("Reddy", "Menon", "Chaudhary", "Banerjee", "Pillai", "Agarwal", "Naidu")),
    "sg_cn": (("Wei Ling", "Hui Min", "Xin Yi", "Shu Fen"), ("Boon Huat", "Jun Jie", "Kok Leong", "Wei Jie"),
              ("Tan", "Goh", "Lim", "Ong", "Teo", "Koh")),
    "sg_ms": (("Nurul Aisyah", "Siti Hajar", "Farah Nadia"), ("Muhammad Firdaus", "Ahmad Zaki", "Mohamed Irfan"),
              ("Ismail", "Rahman", "Osman", "Yusof", "Hamzah")),
    "sg_ta": (("Kavitha", "Malathi", "Priyadarshini"), ("Rajesh", "Selvam", "Muthukumar"),
              ("Ramasamy", "Subramaniam", "Krishnan", "Arumugam")),
    "ca": (("Jo-Anne", "Geneviève", "Kateri", "Marie-Ève", "Shelby"), ("Beau", "Jean-Philippe", "Tyler", "Dwayne", "Mathieu"),
           ("Tremblay", "O'Shaughnessy", "St. Clair", "LaFleur", "McNamara-Reid", "Bouchard", "Whiteduck", "Gagnon-Roy")),
    "us": (("Mary-Kate", "Lorraine", "LaToya", "Kimberly", "Dolores"), ("DeAndre", "Robert", "Earl", "Cody", "Luis"),
           ("D'Angelo", "Hollingsworth", "Begay", "Villanueva", "Ruckelshaus", "Fairweather", "Nakamura-Price", "MacIntyre")),
    "uk": (("Bethan", "Rhiannon", "Cerys", "Morag", "Kirsty"), ("Gareth", "Iwan", "Dafydd", "Callum", "Fraser"),
           ("ap Rhys", "Pryce-Jones", "Llewellyn", "MacLeod", "Urquhart", "Featherstonehaugh", "Cruickshank")),
    "au": (("Jacinta", "Kirra", "Tahnee"), ("Brodie", "Kane", "Rhys"),
           ("Fitzsimons", "Van Der Linden", "Mavromatis", "Ngo", "Cavanagh")),
}  # fmt: skip
FAMILY_FIRST = {"vn", "sg_cn"}
PATRONYMIC = {"sg_ms": ("binte", "bin"), "sg_ta": ("d/o", "s/o"), "ar": ("bint", "bin")}
NICKNAMES = {
    "Robert": "Bobby", "Olúwadámiláre": "Dami", "Morenikeji": "Keji", "Abdulrahman": "Abdul", "Cuauhtémoc": "Temo",
    "Guadalupe": "Lupita", "Wiremu": "Wi", "Ifeoluwa": "Ife", "Jo-Anne": "Jojo", "Seosamh": "Joe", "Kolawole": "Kola",
    "Jean-Philippe": "JP", "Dolores": "Lola", "Siddharth": "Sid", "Xabier": "Xabi", "Babajide": "Jide", "Tevita": "Vita",
}  # fmt: skip


@dataclass
class Person(blind3.Person):
    culture: str = ""
    female: bool = False
    short: str = ""  # what follows a title: the surname, or the given name where there is none
    middle: str = ""  # a middle initial for "J. R." forms

    def plain(self) -> str:
        return f"{self.last} {self.first}" if self.culture in FAMILY_FIRST else f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def sur(self) -> str:
        return L("PERSON", self.short)

    def given(self) -> str:
        return L("PERSON", self.first.split()[-1] if self.culture == "vn" else self.first)

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.sur()}"

    def caps(self) -> str:
        return L("PERSON", self.plain().upper())

    def lower(self) -> str:
        return L("PERSON", self.plain().lower())

    def lower_first(self) -> str:
        return L("PERSON", (self.first.split()[-1] if self.culture == "vn" else self.first).lower())

    def comma(self) -> str:
        return L("PERSON", f"{self.short.upper()}, {self.first}")

    def initials(self) -> str:
        letters = [w[0] for w in self.first.replace("-", " ").split()] + ([self.middle] if self.middle else [])
        return L("PERSON", " ".join(f"{c}." for c in letters[:2]) + f" {self.short}")

    def letters_only(self) -> str:
        """Trial-form initials: JRT, or J-T without a middle name."""
        return L("PERSON", f"{self.first[0]}{self.middle or '-'}{self.short[0]}".upper())

    def nicknamed(self) -> str:
        nick = NICKNAMES.get(self.first)
        return L("PERSON", f'{self.first} "{nick}" {self.last}') if nick else self.full()

    def speaker(self) -> str:
        return f"{'MS.' if self.female else 'MR.'} {L('PERSON', self.short.upper())}"

    def spelled(self) -> str:
        return L("PERSON", "-".join(c for c in fold(self.short).upper() if c.isalpha()))

    def ascii(self, sep: str = ".") -> str:
        return ascii_fold(f"{self.first.split()[0]}{sep}{self.short}")


def ascii_fold(text: str) -> str:
    return "".join(c for c in fold(text.replace("đ", "d").replace("Đ", "D")) if c.isalnum() or c in "._-")


# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions

_VERHOEFF_P = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _VERHOEFF_P.append([_VERHOEFF_P[1][j] for j in _VERHOEFF_P[-1]])


def _d5(j: int, k: int) -> int:
    """The dihedral group D5's product, Verhoeff's table."""
    if j < 5:
        return (j + k) % 5 + (5 if k >= 5 else 0)
    return (j - k) % 5 + (0 if k >= 5 else 5)


def verhoeff_digit(digits: str) -> str:
    c = 0
    for i, d in enumerate(reversed(digits)):
        c = _d5(c, _VERHOEFF_P[(i + 1) % 8][int(d)])
    return str((0, 4, 3, 2, 1, 5, 6, 7, 8, 9)[c])


def ppsn_letter(seven: str, suffix: str = "") -> str:
    total = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1))) + (9 * (ord(suffix) - 64) if suffix and suffix != "W" else 0)
    return "W" if total % 23 == 0 else chr(64 + total % 23)


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used


def nhi_check(six: str) -> str | None:
    """Old-format NHI (AAANNNC): letters A=1..Z=24, weights 7..2, mod 11; None where no check digit exists."""
    values = [NHI_LETTERS.index(c) + 1 if c.isalpha() else int(c) for c in six]
    rest = sum(v * w for v, w in zip(values, range(7, 1, -1))) % 11
    return None if rest == 0 else str((11 - rest) % 10)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nric_letter(prefix: str, seven: str) -> str:
    total = sum(int(d) * w for d, w in zip(seven, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


_CURP_VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_digit(seventeen: str) -> str:
    return str((10 - sum(_CURP_VALUES.index(c) * (18 - i) for i, c in enumerate(seventeen)) % 10) % 10)


_VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9)))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_digit(vin: str) -> str:
    total = sum((int(c) if c.isdigit() else _VIN_VALUES[c]) * w for c, w in zip(vin, _VIN_WEIGHTS)) % 11
    return "X" if total == 10 else str(total)


def tfn_ok(nine: str) -> bool:
    return sum(int(d) * w for d, w in zip(nine, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0


def abn_ok(eleven: str) -> bool:
    digits = [int(eleven[0]) - 1] + [int(d) for d in eleven[1:]]
    return sum(d * w for d, w in zip(digits, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19))) % 89 == 0


# ---------------------------------------------------------------- places, by hand

PLACES = {
    "ie": (("Ennistymon, Co. Clare", "V95"), ("Castlebar, Co. Mayo", "F23"), ("Clonakilty, Co. Cork", "P85"),
           ("Dundalk, Co. Louth", "A91"), ("Terenure, Dublin 6W", "D6W"), ("Tullamore, Co. Offaly", "R35")),
    "nz": (("Ōpōtiki", "3122"), ("Gisborne", "4010"), ("Dunedin", "9016"), ("Whanganui", "4500"), ("Kaitaia", "0410"),
           ("Hokitika", "7810")),
    "ca": (("Perth, ON", "K7H"), ("Thunder Bay, ON", "P7B"), ("Rimouski, QC", "G5L"), ("Truro, NS", "B2N"),
           ("Brandon, MB", "R7A"), ("Iqaluit, NU", "X0A")),
    "es": (("Madrid", "28005"), ("Pamplona", "31008"), ("Sevilla", "41003"), ("Santiago de Compostela", "15703"),
           ("València", "46001")),
    "nl": (("Amsterdam", "1016"), ("Utrecht", "3511"), ("Groningen", "9711"), ("Leiden", "2311")),
    "se": (("Stockholm", "113"), ("Göteborg", "411"), ("Uppsala", "753"), ("Umeå", "903"), ("Malmö", "211")),
    "in": (("Indiranagar, Bengaluru", "5600"), ("Kothrud, Pune", "4110"), ("Salt Lake, Kolkata", "7000"),
           ("Banjara Hills, Hyderabad", "5000")),
    "mx": (("Col. Americana, Guadalajara, Jal.", "44160"), ("Barrio de Jalatlaco, Oaxaca de Juárez, Oax.", "68080"),
           ("Col. Mitras Centro, Monterrey, N.L.", "64460"), ("Col. El Carmen, Puebla, Pue.", "72530")),
    "us": (("Bismarck, ND", "585"), ("Hays, KS", "676"), ("Moab, UT", "845"), ("Presque Isle, ME", "047"),
           ("Las Cruces, NM", "880"), ("Bowling Green, KY", "421")),
    "uk": (("Caernarfon", "LL55"), ("Inverness", "IV2"), ("Truro", "TR1"), ("Carlisle", "CA1"), ("Dumfries", "DG1")),
    "sg": (("Kent Ridge", "119"), ("Novena", "308"), ("Tampines", "529")),
    "au": (("Alice Springs NT", "0870"), ("Gin Gin QLD", "4671"), ("Broken Hill NSW", "2880"), ("Mount Gambier SA", "5290")),
}  # fmt: skip
STREETS = {
    "ie": ("Bóthar an Chláir", "Lower Main Street", "Ashgrove Park", "Sráid na Siopaí", "The Maltings"),
    "nz": ("Te Awe Awe Street", "Awatea Road", "Kahikatea Drive", "Tōtara Crescent", "Rimu Lane"),
    "ca": ("Gore St E", "Algoma St N", "Rue Saint-Germain O", "Prince St", "Rosser Ave"),
    "es": ("C/ de la Cava Baja", "Avda. Pío XII", "Rúa do Vilar", "Calle Feria", "Carrer de Cavallers"),
    "nl": ("Prinsengracht", "Lange Nieuwstraat", "Oude Ebbingestraat", "Breestraat"),
    "se": ("Sveavägen", "Kungsgatan", "Drottninggatan", "Östra Hamngatan", "Storgatan"),
    "mx": ("Calle Morelos", "Av. de la Paz", "Calle Macedonio Alcalá", "Privada Juárez"),
    "us": ("W Rosser Ave", "E 13th St", "Mill Creek Rd", "N Main St", "Lovers Ln"),
    "uk": ("Heol y Dŵr", "Culduthel Road", "Lemon Street", "Warwick Road", "Irish Street"),
    "au": ("Gap Rd", "Bruce Hwy", "Argent St", "Commercial St W"),
}  # fmt: skip
TOWNLANDS = ("Carrowmore", "Knockanore", "Ballinacurra", "Gortnahoe", "Derrylahan")
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
EMAIL_DOMAINS = {
    "ie": ("eircom.net", "gmail.com"), "nz": ("xtra.co.nz", "gmail.com"), "ca": ("sympatico.ca", "videotron.ca"),
    "es": ("telefonica.net", "gmail.com"), "nl": ("ziggo.nl", "kpnmail.nl"), "se": ("telia.com", "bredband.net"),
    "in": ("rediffmail.com", "yahoo.co.in"), "sg": ("singnet.com.sg", "gmail.com"), "mx": ("prodigy.net.mx", "hotmail.com"),
    "us": ("aol.com", "att.net"), "uk": ("btinternet.com", "tiscali.co.uk"), "au": ("bigpond.net.au", "iinet.net.au"),
}  # fmt: skip


# ---------------------------------------------------------------- the generator


class Gen(Draw):
    """bench/blind3.py's draws, with this corpus's people, places and identifiers; every method returns marked text."""

    def person(self, culture: str) -> Person:
        women, men, surnames = PEOPLE[culture]
        female = self.rng.random() < 0.5
        first, last = self.pick(women if female else men), self.pick(surnames)
        short = last
        if culture in PATRONYMIC and (culture != "ar" or self.rng.random() < 0.5):
            father = last if culture != "ar" else self.pick(men)
            last = f"{PATRONYMIC[culture][0 if female else 1]} {father}" + (f" {short}" if culture == "ar" else "")
            short = short if culture == "ar" else first.split()[-1]
        middle = self.letters(1) if self.rng.random() < 0.4 else ""
        return Person(first, last, culture, female, short, middle)

    def namesake(self, culture: str, surname: str) -> Person:
        p = self.person(culture if culture not in FAMILY_FIRST | set(PATRONYMIC) else self.pick(("ca", "us", "uk", "ie")))
        p.last = p.short = surname
        return p

    def when(self, first: int = 2021, last: int = 2025) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(first, last)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        nth = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return L("DATE_TIME", self.pick((f"{d}{nth} of {month_name(m)} {y}", f"{mon}{'.' * (m != 5)} {d}, {y}", f"{d:02d}-{mon.upper()}-{y}",
                                         f"{d}/{m}/{str(y)[2:]}", f"{month_name(m)} {d}, {y}", f"{d}.{m}.{y}")))

    def dob(self) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1938, 2006)
        return L("DATE_TIME", self.pick((f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {month_name(m)[:3]} {y}")))

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern)

    def phone(self, cc: str, ext: bool = False) -> str:
        number = self.shape(self.pick({
            "ie": ("+353 (0)65 70#####", "087 ### ####", "(094) 90 ## ###"), "nz": ("+64 9 ### ####", "021 ### ####", "(03) ### ####"),
            "ca": ("+1 (807) ###-####", "613.###.####", "1 (902) ###-####"), "es": ("+34 91 ### ## ##", "6## ### ###"),
            "nl": ("+31 (0)20 ### ####", "06 ## ## ## ##"), "se": ("+46 (0)8-### ### ##", "070-### ## ##"),
            "in": ("+91 98### #####", "020 2### ####"), "sg": ("+65 6### ####", "9### ####"),
            "mx": ("+52 33 #### ####", "(951) ### ####"), "us": ("(701) ###-####", "1-785-###-####"),
            "uk": ("+44 (0)1286 ######", "07### ######", "01463 ######"), "au": ("+61 (0)8 8### ####", "04## ### ###"),
        }[cc]))
        if ext:
            number += self.pick((f" ext. {self.digits(4)}", f" x{self.digits(3)}", f", extension {self.digits(4)}", f" (ext {self.digits(2)})"))
        return L("PHONE_NUMBER", number)

    def email(self, p: Person, cc: str, domain: str | None = None) -> str:
        local = self.pick((p.ascii(), p.ascii("_") + self.digits(2), ascii_fold(p.first[0] + p.short), ascii_fold(p.short) + self.digits(4)))
        return L("EMAIL_ADDRESS", f"{local}@{domain or self.pick(EMAIL_DOMAINS[cc])}")

    def address(self, cc: str) -> str:
        n, k = self.rng.randint(1, 240), self.rng.randint(1, 30)
        town, code = self.pick(PLACES[cc])
        street = self.pick(STREETS.get(cc, ("",)))  # Singapore and India build their own
        if cc == "ie":
            eircode = f"{code} {''.join(self.pick(EIRCODE_CHARS) for _ in range(4))}"
            text = self.pick((f"Apt {k}, {n} {street}, {town}, {eircode}", f"{self.pick(TOWNLANDS)}, {town}, {eircode}",
                              f"No. {n} {street}, {town} {eircode}"))
        elif cc == "nz":
            text = self.pick((f"Flat {k}, {n} {street}, {town} {code}", f"{k}/{n} {street}, {town} {code}",
                              f"{n * 7} {self.pick(('State Highway 35', 'Waiotahe Valley Road', 'Back Ormond Road'))}, RD {k % 6 + 1}, {town} {code}",
                              f"PO Box {n * 13}, {town} {code}"))
        elif cc == "ca":
            post = f"{code} {self.digits(1)}{self.letters(1)}{self.digits(1)}"
            text = self.pick((f"RR {k % 5 + 1}, {town} {post}", f"PO Box {n * 3}, Stn Main, {town} {post}",
                              f"{n} {street}, Apt {k}, {town} {post}", f"Unit {k} - {n} {street}, {town}  {post}"))
        elif cc == "es":
            text = f"{street}, {n}, {self.pick(('3º izda.', 'bajo B', '1º 2ª', 'ático'))}, {code[:3]}{self.digits(2)} {town}"
        elif cc == "nl":
            text = self.pick((f"{street} {n}{self.pick(('-III', ' bis', 'A', '-2'))}, {code} {self.pick(('JK', 'GV', 'BT', 'HR'))} {town}",
                              f"Postbus {n * 9}, {code} {self.pick(('GA', 'AP'))} {town}"))
        elif cc == "se":
            post = f"{code} {self.digits(2)}"
            text = self.pick((f"{street} {n}, lgh {self.rng.randint(11, 15)}0{self.rng.randint(1, 9)}, {post} {town}", f"Box {n * 5}, {post} {town}"))
        elif cc == "in":
            text = f"Flat {k}{self.pick('ABCD')}, {self.pick(('Sai Krupa Apartments', 'Shanti Niwas', 'Green Glen Residency'))}, {town} {code}{self.digits(2)}"
        elif cc == "sg":
            text = self.pick((f"Blk {n + 100} {self.pick(('Bedok North Ave 2', 'Ang Mo Kio Ave 3', 'Jurong West St 91', 'Tampines St 21'))}, "
                              f"#{k:02d}-{self.digits(3)}, Singapore {code}{self.digits(3)}",
                              f"{n} Upper Bukit Timah Road, #{k:02d}-0{self.digits(1)}, Singapore 58{self.digits(4)}"))
        elif cc == "mx":
            text = f"{street} {n} Int. {k}, {town.replace(', ', f', C.P. {code}, ', 1)}"
        elif cc == "us":
            text = self.pick((f"{n * 11} {street} Apt {k}, {town} {code}{self.digits(2)}", f"PO Box {n * 17}, {town} {code}{self.digits(2)}",
                              f"RR 1 Box {n}, {town} {code}{self.digits(2)}", f"HC 64 Box {n}, {town} {code}{self.digits(2)}"))
        elif cc == "uk":
            post = f"{code} {self.digits(1)}{self.letters(2)}"
            text = self.pick((f"Flat {k}, {n} {street}, {town} {post}", f"Tŷ Gwyn, {street}, {town} {post}", f"{n} {street}, {town}, {post}"))
        else:
            text = self.pick((f"Unit {k}/{n} {street}, {town} {code}", f"PO Box {n * 4}, {town} {code}", f"Lot {n} {street}, {town} {code}"))
        return L("LOCATION", text)

    def postcode(self, cc: str) -> str:
        code = self.pick(PLACES[cc])[1]
        return L("LOCATION", {"ie": f"{code} {''.join(self.pick(EIRCODE_CHARS) for _ in range(4))}",
                              "uk": f"{code} {self.digits(1)}{self.letters(2)}"}.get(cc, code))

    def town(self, cc: str) -> str:
        return L("LOCATION", self.pick(PLACES[cc])[0])

    # identifiers

    def ppsn(self) -> str:
        seven, suffix = self.digits(7), self.pick(("", "", "A", "W"))
        return L("NATIONAL_ID", f"{seven}{ppsn_letter(seven, suffix)}{suffix}")

    def nhi(self) -> str:
        while True:
            six = "".join(self.pick(NHI_LETTERS) for _ in range(3)) + self.digits(3)
            if (check := nhi_check(six)) is not None:
                return L("HEALTH_ID", self.pick((six + check, f"{six[:3]} {six[3:]}{check}")))

    def ohip(self) -> str:
        nine = self.pick("123456789") + self.digits(8)
        ten, version = nine + luhn_digit(nine), self.letters(2)
        return L("HEALTH_ID", self.pick((f"{ten[:4]}-{ten[4:7]}-{ten[7:]}-{version}", f"{ten[:4]} {ten[4:7]} {ten[7:]} {version}", ten + version)))

    def dni(self) -> str:
        eight = self.digits(8)
        return L("NATIONAL_ID", self.pick((f"{eight}{DNI_LETTERS[int(eight) % 23]}", f"{eight}-{DNI_LETTERS[int(eight) % 23]}")))

    def nie(self) -> str:
        head, seven = self.pick("XYZ"), self.digits(7)
        return L("NATIONAL_ID", f"{head}-{seven}-{DNI_LETTERS[int(str('XYZ'.index(head)) + seven) % 23]}")

    def bsn(self) -> str:
        while not bsn_ok(nine := self.pick("123456789") + self.digits(8)):
            pass
        return L("NATIONAL_ID", self.pick((nine, f"{nine[:4]}.{nine[4:6]}.{nine[6:]}")))

    def personnummer(self) -> str:
        y, m, d = self.rng.randint(1940, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)
        nine = f"{y % 100:02d}{m:02d}{d:02d}{self.digits(3)}"
        return L("NATIONAL_ID", self.pick((f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}", f"{y // 100}{nine[:6]}-{nine[6:]}{luhn_digit(nine)}")))

    def chi(self) -> str:
        """Scottish CHI: DDMMYY, three digits, a mod-11 check digit."""
        while True:
            nine = f"{self.rng.randint(1, 28):02d}{self.rng.randint(1, 12):02d}{self.digits(2)}{self.digits(3)}"
            check = 11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) % 11
            if check != 10:
                return L("HEALTH_ID", f"{nine}{check % 11}" if self.rng.random() < 0.5 else f"{nine[:6]} {nine[6:]}{check % 11}")

    def aadhaar(self) -> str:
        eleven = self.pick("23456789") + self.digits(10)
        twelve = eleven + verhoeff_digit(eleven)
        return L("NATIONAL_ID", f"{twelve[:4]} {twelve[4:8]} {twelve[8:]}")

    def pan(self, p: Person) -> str:
        initial = ascii_fold(p.short)[:1].upper() or "K"
        return L("NATIONAL_ID", f"{self.letters(3)}P{initial}{self.digits(4)}{self.letters(1)}")

    def nric(self) -> str:
        prefix, seven = self.pick("STST" + "FG"), self.digits(7)
        return L("NATIONAL_ID", f"{prefix}{seven}{nric_letter(prefix, seven)}")

    def curp(self, p: Person) -> str:
        surnames = [w for w in (ascii_fold(w).upper() for w in p.last.split()) if w not in ("DE", "LA", "DEL", "LOS", "Y")]
        first, second = surnames[0], surnames[1] if len(surnames) > 1 else "X"
        vowel = next((c for c in first[1:] if c in "AEIOU"), "X")
        given = [ascii_fold(w).upper() for w in p.first.split()]
        name = given[1] if given[0] in ("JOSE", "MARIA", "MA", "J") and len(given) > 1 else given[0]
        consonant = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
        head = (f"{first[0]}{vowel}{second[0]}{name[0]}{self.rng.randint(60, 99):02d}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}"
                f"{'M' if p.female else 'H'}{self.pick(('JC', 'OC', 'NL', 'PL', 'DF', 'MC'))}{consonant(first)}{consonant(second)}{consonant(name)}0")
        return L("NATIONAL_ID", head + curp_digit(head))

    def a_number(self) -> str:
        nine = self.pick("12") + self.digits(8)
        return L("NATIONAL_ID", self.pick((f"A{nine[:3]}-{nine[3:6]}-{nine[6:]}", f"A-{nine}", f"A{nine}")))

    def mbi(self) -> str:
        alpha = "ACDEFGHJKMNPQRTUVWXY"
        an = alpha + "0123456789"
        c = [self.pick("123456789"), self.pick(alpha), self.pick(an), self.digits(1), self.pick(alpha), self.pick(an),
             self.digits(1), self.pick(alpha), self.pick(alpha), self.digits(1), self.digits(1)]
        s = "".join(c)
        return L("HEALTH_ID", self.pick((s, f"{s[:4]}-{s[4:7]}-{s[7:]}")))

    def dea(self, p: Person) -> str:
        six = self.digits(6)
        return L("LICENSE_NUMBER", f"{self.pick('ABFGM')}{(ascii_fold(p.short)[:1] or 'X').upper()}{six}{dea_digit(six)}")

    def npi(self) -> str:
        nine = self.pick("12") + self.digits(8)
        return L("LICENSE_NUMBER", nine + luhn_digit("80840" + nine))

    def nino(self) -> str:
        while (pre := self.pick("ABCEGHJKLMNOPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")) in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            pass
        d = self.digits(6)
        return L("NATIONAL_ID", self.pick((f"{pre} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}", f"{pre}{d}{self.pick('ABCD')}")))

    def tfn(self) -> str:
        while not tfn_ok(nine := self.pick("123456789") + self.digits(8)):
            pass
        return L("NATIONAL_ID", f"{nine[:3]} {nine[3:6]} {nine[6:]}")

    def abn(self) -> str:
        while not abn_ok(eleven := self.pick("123456789") + self.digits(10)):
            pass
        return L("COMPANY_REGISTRATION", f"{eleven[:2]} {eleven[2:5]} {eleven[5:8]} {eleven[8:]}")

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = self.pick(("2T1", "1FM", "5YJ", "JTD", "3VW", "2HG")) + "".join(self.pick(chars) for _ in range(5))
        tail = self.pick("KLMNPR") + self.pick("ABCDEHK") + self.digits(6)
        return L("LICENSE_NUMBER", body + vin_digit(body + "0" + tail) + tail)

    def mrn(self, site: str) -> str:
        y = self.rng.randint(2019, 2025)
        return L("HEALTH_ID", self.pick((f"{site}-{self.digits(7)}", f"{site} {self.digits(3)} {self.digits(4)}", f"{site}/{str(y)[2:]}/{self.digits(6)}")))

    def money(self, symbol: str, low: int, high: int) -> str:
        amount = self.rng.randint(low, high)
        return K(f"{symbol}{amount:,}" + self.pick((".00", "", f".{self.digits(2)}")))


def month_name(m: int) -> str:
    return ("January February March April May June July August September October November December").split()[m - 1]


# ---------------------------------------------------------------- protected terms, by hand

RADIOLOGY = (
    "a Schmorl's node at L2", "a Bosniak IIF cyst", "a BI-RADS 3 mass", "a PI-RADS 4 lesion", "a TI-RADS 3 nodule", "a LI-RADS 3 observation",
    "Kerley B lines", "a Hill-Sachs lesion", "Chiari I malformation", "fluid in Morison's pouch",
    "Modic type 1 endplate change", "a Spigelian hernia", "a Salter-Harris II fracture", "Fazekas grade 2", "Agatston score 412",
    "Hounsfield units of 12", "T2 hyperintensity", "a Segond fracture", "a Lisfranc injury", "Baastrup's disease",
)  # fmt: skip
EXAMS = ("MRI lumbar spine without contrast", "CT abdomen and pelvis with IV contrast", "MRI right knee", "HRCT chest",
         "ultrasound thyroid", "CT brain non-contrast", "multiparametric MRI prostate", "bilateral diagnostic mammogram")
WARD_DX = (
    "Parkinson's disease", "Alzheimer's disease", "Guillain-Barré syndrome", "non-Hodgkin lymphoma", "Ménière's disease",
    "Barrett's oesophagus", "Wernicke's encephalopathy", "Takotsubo cardiomyopathy", "Clostridioides difficile colitis",
    "Addisonian crisis", "Mallory-Weiss tear", "Ludwig's angina",
)  # fmt: skip
WARD_OBS = (
    "NEWS2 of 6", "Glasgow Coma Scale 13", "Babinski sign present", "Braden score 13", "Waterlow score 18", "Abbey Pain Scale 9",
    "Rockwood Clinical Frailty Scale 6", "CIWA-Ar 14", "4AT score 5", "Hb 84 g/L", "Na+ 128 mmol/L", "lactate 4.1 mmol/L",
    "troponin I 312 ng/L", "D-dimer 1.8 mg/L FEU", "WCC 18.2 x10^9/L", "furosemide 40 mg IV BD", "ceftriaxone 2 g IV OD",
    "oxycodone 5 mg PO q4h PRN", "insulin glargine 18 units nocte", "levetiracetam 500 mg BD", "morphine 2.5 mg SC PRN",
    "DNACPR", "NBM from midnight", "IDC in situ", "NIV overnight", "MET call at 0300",
)  # fmt: skip
PRIMARY_DX = (
    "Graves' disease", "Dupuytren's contracture", "Osgood-Schlatter disease", "Perthes disease", "Sjögren's syndrome",
    "Raynaud's phenomenon", "carpal tunnel syndrome", "a suspected meniscal tear", "iron-deficiency anaemia", "a raised PSA",
    "poorly controlled type 2 diabetes", "postnatal depression", "hypermobility spectrum disorder", "early memory loss",
)  # fmt: skip
PRIMARY_EXAM = (
    "positive Tinel's sign", "positive Phalen's test", "positive McMurray test", "positive Lachman test", "positive Romberg test",
    "Trendelenburg gait", "TSH 0.02 mU/L", "ferritin 9 ug/L", "PSA 11.4 ng/mL", "ALT 212 U/L", "HbA1c 71 mmol/mol", "eGFR 52",
    "uACR 38 mg/mmol", "PHQ-9 of 16", "AUDIT-C 9", "Edinburgh Postnatal Depression Scale 14", "Beighton score 7/9", "Mini-Cog 2/5",
)  # fmt: skip
PRIMARY_MEDS = ("methotrexate 15 mg weekly", "warfarin 3 mg nocte", "sertraline 100 mg mane", "carbimazole 20 mg OD",
                "colecalciferol 20,000 IU weekly", "empagliflozin 10 mg OD", "ferrous fumarate 210 mg BD", "naproxen 500 mg BD PRN")
DISPENSED = ("oxycodone/APAP 5/325 mg tab #40", "buprenorphine/naloxone 8/2 mg film #14", "methylphenidate ER 36 mg #30",
             "alprazolam 0.5 mg #60", "tramadol 50 mg #20", "lisdexamfetamine 30 mg #30", "pregabalin 75 mg #60",
             "hydromorphone 2 mg #24", "zolpidem 5 mg #15", "testosterone cypionate 200 mg/mL 10 mL")
TRIAL = ("Stevens-Johnson syndrome", "febrile neutropenia", "immune-mediated hepatitis", "QTc prolongation to 512 ms", "anaphylaxis",
         "tumour lysis syndrome", "posterior reversible encephalopathy syndrome", "Guillain-Barré syndrome", "Bell's palsy")
TRIAL_DRUGS = ("pembrolizumab 200 mg IV Q3W", "nivolumab 240 mg IV Q2W", "carboplatin AUC 5", "investigational product 40 mg PO OD",
               "semaglutide 2.4 mg SC weekly", "tirzepatide 10 mg SC weekly")
VET = {  # species: (conditions, findings, treatments)
    "dog": (("Cushing's disease", "Addison's disease", "Horner's syndrome", "cranial cruciate ligament rupture", "Lyme disease"),
            ("a positive ACTH stimulation test", "body condition score 7/9", "a positive drawer sign", "ALKP 1,240 U/L"),
            ("trilostane 30 mg SID", "carprofen 50 mg BID", "Apoquel 16 mg", "fludrocortisone 0.1 mg", "a TPLO")),
    "cat": (("hyperthyroidism", "FIV", "IRIS stage 2 CKD", "Horner's syndrome"),
            ("T4 68 nmol/L", "SDMA 19 ug/dL", "body condition score 4/9", "FeLV negative"),
            ("methimazole 2.5 mg BID", "buprenorphine 0.02 mg/kg", "a renal diet", "radioiodine therapy")),
}  # fmt: skip
NAMESAKES = {"Cushing's disease": "Cushing", "Addison's disease": "Addison", "Horner's syndrome": "Horner"}
PETS = ("Biscuit", "Miso", "Bramble", "Pip", "Tūī", "Nala", "Boots", "Kūmara", "Pickle", "Chorizo")


# ---------------------------------------------------------------- documents: (request, document, answer)


def radiology_dictation(g: Gen) -> tuple[str, str, str]:
    cc = g.pick(("ca", "us", "nz"))
    culture = g.pick({"ca": ("ca", "ca", "vn", "ar"), "us": ("us", "mx", "yo"), "nz": ("mi", "pi", "sg_cn", "uk")}[cc])
    k = g.keep(RADIOLOGY, 2)
    if g.rng.random() < 0.25:  # the patient shares the eponym's name
        pt, k[0], exam = g.namesake(culture, "Baker"), K("a Baker's cyst"), "MRI right knee"
    else:
        pt, exam = g.person(culture), g.pick(EXAMS)
    rad, ref = g.person(g.pick(("ca", "us", "uk", "in"))), g.person(g.pick(("ca", "us", "ie", "se")))
    ident = {"ca": f"health card {g.ohip()}", "us": f"Medicare {g.mbi()}", "nz": f"N H I {g.nhi()}"}[cc]
    site = {"ca": "TBRHSC", "us": "SMMC", "nz": "TAI"}[cc]
    org = {"ca": "Thunder Bay Regional Health Sciences Centre", "us": "Sakakawea Medical Center", "nz": "Tairāwhiti Hospital"}[cc]
    body = (f"[voice file transcribed {g.when()} -- {L('ORGANIZATION', org)} medical imaging]\n"
            f"this is doctor {rad.lower()} dictating on {pt.full()}, last name spelled {pt.spelled()}, MRN {g.mrn(site)}, {ident}, "
            f"date of birth {g.dob()}. referring doctor {ref.initials()}, fax {g.phone(cc)}.\n"
            f"exam {K(exam)} comma performed {g.when()} period new paragraph\n"
            f"findings colon there is {k[0]} period also {k[1]} period no other abnormality period new paragraph\n"
            f"impression colon number one {k[0]} period number two as above period\n"
            f"please copy to {ref.formal(('Dr.', 'Dr.'))} and call the patient's daughter {g.person(culture).given()} "
            f"on {g.phone(cc, ext=g.rng.random() < 0.4)} with the follow-up date. end of dictation")
    return "Turn this dictation into a clean radiology report.", body, f"IMPRESSION ({pt.sur()}): 1. {k[0]}."


def dispensing_log(g: Gen) -> tuple[str, str, str]:
    pts = [g.person(g.pick(("us", "mx", "vn", "yo", "ar"))) for _ in range(g.rng.randint(2, 3))]
    drugs = g.keep(DISPENSED, len(pts))
    rows = []
    for pt, drug in zip(pts, drugs):
        doc = g.person(g.pick(("us", "in", "us")))
        pick_up = g.pick(("self", f"spouse {g.person(pt.culture).full()}", f"{g.person(pt.culture).given()} (caregiver)"))
        rows.append(f"Rx {L('HEALTH_ID', g.digits(7))} | {pt.comma()} | DOB {g.dob()} | {drug} | {doc.initials()} DEA {g.dea(doc)} "
                    f"NPI {g.npi()} | {pick_up} | ID: NM DL {L('LICENSE_NUMBER', g.digits(9))}")
    rph, flagged = g.person("us"), pts[-1]
    body = (f"{L('ORGANIZATION', g.pick(('Mesilla Valley Family Pharmacy', 'Rio Grande Apothecary #4', 'Organ Mountain Drug')))} -- "
            f"CONTROLLED SUBSTANCE DISPENSING LOG -- {g.when()}\nRx # | patient | DOB | drug / qty | prescriber | picked up by | ID\n"
            + "\n".join(rows)
            + f"\nNotes: PDMP checked for {flagged.given()} -- early refill of {K('Schedule II')} flagged; spoke to "
            f"{g.person('us').given()} at the prescriber's office, {g.phone('us', ext=True)}. Medicare {g.mbi()} billed, copay "
            f"{g.money('$', 1, 40)}.\nRPh: {rph.initials()}")
    return "Which entries in this log need a pharmacist's follow-up?", body, f"Follow up the early refill for {flagged.comma()} ({drugs[-1]})."


def claim_denial(g: Gen) -> tuple[str, str, str]:
    if g.rng.random() < 0.5:
        member, dep, reviewer = g.person("us"), g.person("us"), g.person(g.pick(("us", "in")))
        k = g.keep(("CPT 72148 (MRI lumbar spine without contrast)", "CPT 97110 (therapeutic exercise)", "HCPCS J0885",
                    "CPT 95810 (polysomnography)", "ICD-10-CM M54.16", "ICD-10-CM G47.33"), 2)
        body = (f"{L('ORGANIZATION', g.pick(('Prairie Mutual Health Plan', 'Great Plains BenefitCo')))}\n{g.when()}\n\n"
                f"{member.full()}\n{g.address('us')}\n\nMember ID: {L('HEALTH_ID', 'W' + g.digits(9))}    Claim number: "
                f"{L('CASE_NUMBER', g.pick((f'{g.digits(2)}-{g.digits(3)}-{g.digits(5)}-0{g.digits(1)}', f'CLM{g.digits(11)}')))}\n"
                f"Patient: {dep.full()}    Medicare MBI: {g.mbi()}\n\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
                f"Dear {member.formal()},\nWe reviewed the claim for {k[0]} and {k[1]} on {g.when()}, billed at {g.money('$', 380, 4200)}. "
                f"It is denied: the records from {L('ORGANIZATION', 'High Plains Spine & Rehab')} do not establish {K('medical necessity')}. "
                f"You may appeal within {K('180 days')}; after the appeal you may bring a civil action under {K('ERISA § 502(a)(1)(B)')}. "
                f"Call {g.phone('us', ext=True)} (TTY 711).\n\nSincerely,\n{reviewer.full()}, MD, Medical Director")
        return "Explain this letter to the member in two sentences.", body, f"The claim for {dep.given()} was denied for lack of {K('medical necessity')}."
    insured, patient, doc = g.person("in"), g.person("in"), g.person("in")
    k = g.keep(("laparoscopic cholecystectomy", "PTCA with one drug-eluting stent", "cataract surgery (phaco with IOL)",
                "total knee replacement", "septoplasty"), 1)
    body = (f"{L('ORGANIZATION', g.pick(('Sahyadri Health TPA Pvt. Ltd.', 'Vidarbha Medi Assist TPA Ltd.')))} -- CASHLESS AUTHORISATION: DENIED\n"
            f"Policy no.: {L('ACCOUNT_NUMBER', f'{g.digits(4)}/{g.digits(8)}/00/000')}   Claim ref: "
            f"{L('CASE_NUMBER', f'CLI/{g.rng.randint(2022, 2025)}/{g.digits(3)}/{g.digits(7)}')}\n"
            f"Proposer: {insured.full()}, PAN {g.pan(insured)}, Aadhaar {g.aadhaar()}\nPatient: {patient.full()}, DOB {g.dob()}\n"
            f"Admitted at: {L('ORGANIZATION', g.pick(('Deenanath Mangeshkar Hospital', 'Ruby Hall Clinic')))}, treating doctor Dr. {doc.full()}\n"
            f"Request for {k[0]}, estimate {g.money('₹', 40000, 350000)}, is declined: the {K('24-month waiting period')} for "
            f"named ailments applies under the {K('IRDAI (Health Insurance) Regulations, 2016')}. The proposer may reimburse later.\n"
            f"Grievance: {g.email(insured, 'in')} / {g.phone('in')}; address on file {g.address('in')}.")
    return "Why was the cashless request refused?", body, f"{insured.sur()}'s policy is in the {K('24-month waiting period')}."


def discovery_examination(g: Gen) -> tuple[str, str, str]:
    pl, df, c1, c2, doc = (g.person(g.pick(("ca", "ca", "ie", "nl", "pi"))) for _ in range(5))
    k = g.keep(("Rule 31.06(1)", "Rule 30.02", "the Insurance Act, R.S.O. 1990, c. I.8", "the threshold under s. 267.5",
                "the deductible of $46,053.50", "statutory accident benefits"), 2)
    y = g.rng.randint(2021, 2025)
    body = (f"Court File No. {L('CASE_NUMBER', f'CV-{str(y)[2:]}-00{g.digits(6)}-0000')}\nONTARIO SUPERIOR COURT OF JUSTICE\n"
            f"BETWEEN:\n{pl.caps()}\n    Plaintiff\n- and -\n{df.caps()} and {L('ORGANIZATION', g.pick(('Algoma Mutual Insurance Co.', 'Lakehead Auto Leasing Inc.')))}\n"
            f"    Defendants\n\nEXAMINATION FOR DISCOVERY of {pl.full()}, taken at the offices of "
            f"{L('ORGANIZATION', g.pick(('Neeson Court Reporting', 'Superior Reporting Services')))}, {g.address('ca')}, on {g.when()}.\n\n"
            f"{c2.speaker()}: Q. Please state your full name for the record.\nA. {pl.nicknamed()}.\n"
            f"Q. Where were you living at the time of the collision?\nA. {g.address('ca')}.\n"
            f"Q. You were driving a 2019 Ford Escape, VIN {g.vin()}, Ontario plate {L('LICENSE_NUMBER', g.letters(4) + ' ' + g.digits(3))}?\nA. Yes.\n"
            f"Q. And your health card number is {g.ohip()}?\n{c1.speaker()}: Don't answer that. {K('Refusal')}.\n"
            f"{c2.speaker()}: Q. Who is your family doctor?\nA. Dr. {doc.sur()}, at the clinic on {g.address('ca')}.\n"
            f"{c2.speaker()}: Then I ask for an {K('undertaking')} to produce the clinical notes, under {k[0]}.\n"
            f"{c1.speaker()}: {K('Under advisement')}. We also rely on {k[1]}.")
    return "List the undertakings, refusals and advisements.", body, f"{K('Refusal')}: health card; {K('Under advisement')}: notes of Dr. {doc.sur()}."


def employment_judgment(g: Gen) -> tuple[str, str, str]:
    kind = g.pick(("nz", "ie", "uk", "au"))
    culture = {"nz": ("mi", "pi", "nl"), "ie": ("ie", "yo", "es"), "uk": ("uk", "in", "ar"), "au": ("au", "vn", "ar")}[kind]
    app, member, rep = g.person(g.pick(culture)), g.person(g.pick(culture)), g.person(g.pick(culture))
    employer = L("ORGANIZATION", g.pick({"nz": ("Tairāwhiti Kiwifruit Packers Limited", "Kaitaia Freight Services Limited"),
                                         "ie": ("Ennis Precision Tooling DAC", "Clew Bay Hospitality Limited"),
                                         "uk": ("Highland Salmon Smokehouse Ltd", "Cornish Clay Works Ltd"),
                                         "au": ("Red Centre Earthmoving Pty Ltd", "Limestone Coast Vineyards Pty Ltd")}[kind]))
    start, end = g.when(2012, 2020), g.when(2022, 2025)
    if kind == "nz":
        head = (f"IN THE EMPLOYMENT RELATIONS AUTHORITY\n{L('CASE_NUMBER', f'[{g.rng.randint(2022, 2025)}] NZERA {g.rng.randint(10, 799)}')}\n"
                f"{L('CASE_NUMBER', 'ERA ' + g.digits(7))}\nBETWEEN {app.caps()} Applicant\nAND {employer} Respondent\n"
                f"Member of Authority: {member.full()}\nRepresentatives: {rep.full()}, advocate for the Applicant\n")
        law = (K("s 103A of the Employment Relations Act 2000"), K("a personal grievance for unjustified dismissal"),
               f"{g.money('NZ$', 6000, 25000)} under {K('s 123(1)(c)(i)')}")
    elif kind == "ie":
        head = (f"ADJUDICATION OFFICER DECISION\nAdjudication Reference: {L('CASE_NUMBER', 'ADJ-000' + g.digits(5))}\n"
                f"Complaint: {L('CASE_NUMBER', f'CA-000{g.digits(5)}-00{g.rng.randint(1, 3)}')}\nComplainant: {app.full()} "
                f"(PPS no. {g.ppsn()})\nRespondent: {employer}\nAdjudication Officer: {member.full()}\n")
        law = (K("section 6(1) of the Unfair Dismissals Act 1977"), K("an unfair dismissal"), f"{g.money('€', 4000, 30000)} under {K('section 7(1)(a)')}")
    elif kind == "uk":
        head = (f"EMPLOYMENT TRIBUNALS\nCase Number: {L('CASE_NUMBER', g.pick(('41', '60', '13')) + g.digits(5) + '/' + str(g.rng.randint(2022, 2025)))}\n"
                f"Claimant: {app.full()} (NI number {g.nino()})\nRespondent: {employer}\nBefore: Employment Judge {member.sur()}\n")
        law = (K("section 98(4) of the Employment Rights Act 1996"), K("a Polkey reduction of 25%"), f"{g.money('£', 3000, 20000)} with an {K('ACAS uplift')}")
    else:
        head = (f"FAIR WORK COMMISSION\n{L('CASE_NUMBER', f'[{g.rng.randint(2022, 2025)}] FWC {g.digits(4)}')}\n"
                f"{L('CASE_NUMBER', f'U{g.rng.randint(2022, 2025)}/{g.digits(4)}')}\nApplicant: {app.full()} (TFN {g.tfn()} on payslips)\n"
                f"Respondent: {employer} (ABN {g.abn()})\nDeputy President {member.sur()}\n")
        law = (K("s 394 of the Fair Work Act 2009 (Cth)"), K("the s 387 criteria"), f"{g.money('$', 5000, 30000)} {K('gross, less tax')}")
    body = (f"{head}\n[14] {app.formal()} worked at the respondent's {g.town(kind)} site from {start} until dismissed on {end}. "
            f"The manager, {g.person(g.pick(culture)).full()}, gave no warning.\n[15] The test is in {law[0]}.\n"
            f"[16] I find {app.sur()} has established {law[1]}. Remedy: {law[2]}.")
    return "Summarise the decision in one sentence.", body, f"{app.formal()} succeeded; remedy {law[2]}."


def sbar_handover(g: Gen) -> tuple[str, str, str]:
    kind = g.pick(("sg", "uk", "au", "nz"))
    culture = {"sg": ("sg_cn", "sg_ms", "sg_ta"), "uk": ("uk", "ar", "in"), "au": ("au", "vn", "yo"), "nz": ("mi", "pi", "sg_cn")}[kind]
    k = g.keep(WARD_DX, 2) + g.keep(WARD_OBS, 2)
    if g.rng.random() < 0.2:  # the patient shares the eponym's name
        pt, k[0] = g.namesake(g.pick(culture), "Parkinson"), K("Parkinson's disease")
    else:
        pt = g.person(g.pick(culture))
    nok, reg, n1, n2 = g.person(pt.culture), *(g.person(g.pick(culture)) for _ in range(3))
    cc = kind
    ident = {"sg": f"NRIC {g.nric()}", "uk": f"CHI {g.chi()}", "au": f"DVA file {L('HEALTH_ID', g.pick('NQVTSW') + 'X' + g.digits(6))}",
             "nz": f"NHI {g.nhi()}"}[kind]
    org = {"sg": "Changi General Hospital", "uk": "Raigmore Hospital", "au": "Alice Springs Hospital", "nz": "Dunedin Public Hospital"}[kind]
    body = (f"SBAR handover -- Ward {g.rng.randint(2, 9)}{g.pick('ABC')}, {L('ORGANIZATION', org)} -- {g.when()} 0700\n"
            f"S: Bed {g.rng.randint(1, 28)}. {pt.formal(('Mrs', 'Mr'))} ({pt.nicknamed()}, postcode {g.postcode(cc)}), {g.rng.randint(48, 88)}y, "
            f"MRN {g.mrn(g.pick({'sg': ('CGH', 'SKH'), 'uk': ('RAI', 'NHSH'), 'au': ('ASH', 'NTH'), 'nz': ('SDHB', 'DPH')}[kind]))}, {ident}.\n"
            f"B: Admitted {g.when()} with {k[0]}. PMHx {k[1]}. Lives with {nok.given()} at {g.address(cc)}; NOK {nok.full()} {g.phone(cc)}.\n"
            f"A: {k[2]}; {k[3]}. Settled overnight.\n"
            f"R: Dr {reg.sur()} (reg) to review this morning; family meeting with {nok.given()} {g.when()}.\n"
            f"Handed over by {n1.given()} RN to {n2.lower_first()} EN.")
    return "Write the three things the day nurse must do first.", body, f"1. Review by Dr {reg.sur()}.\n2. Watch {k[2]}.\n3. Call {nok.given()}."


def gp_referral(g: Gen) -> tuple[str, str, str]:
    k = g.keep(PRIMARY_DX, 1) + g.keep(PRIMARY_EXAM, 1) + g.keep(PRIMARY_MEDS, 1)
    if g.rng.random() < 0.5:
        pt, gp, kin = g.person(g.pick(("ie", "ie", "yo", "se"))), g.person("ie"), g.person("ie")
        if g.rng.random() < 0.2:
            gp, k[0] = g.namesake("ie", "Graves"), K("Graves' disease")
        head = (f"HEALTHLINK e-REFERRAL -- Outpatients, {L('ORGANIZATION', g.pick(('University Hospital Limerick', 'Mayo University Hospital', 'Cork University Hospital')))}\n"
                f"Patient: {pt.full()}   DOB {g.dob()}   PPSN {g.ppsn()}   GMS no. {L('HEALTH_ID', g.digits(7) + g.letters(1))}\n"
                f"Address: {g.address('ie')}   Eircode on file: {g.postcode('ie')}\nTel: {g.phone('ie')}   Next of kin: {kin.full()}\n")
        sign = f"Dr {gp.full()} MICGP, IMC no. {L('LICENSE_NUMBER', g.digits(6))}, {L('ORGANIZATION', 'Sráid an Droichid Medical Centre')}"
    else:
        pt, gp, kin = g.person(g.pick(("mi", "mi", "pi", "vn"))), g.person(g.pick(("mi", "uk"))), g.person("mi")
        head = (f"eREFERRAL -- {L('ORGANIZATION', g.pick(('Gisborne Hospital', 'Whanganui Hospital', 'Te Whatu Ora Te Tai Tokerau')))} General Medicine\n"
                f"NHI: {g.nhi()}   Name: {pt.comma()}   DOB {g.dob()}\nAddress: {g.address('nz')}\n"
                f"Contact: {g.phone('nz')}; whānau contact {kin.full()} ({kin.lower_first()} prefers texts) {g.phone('nz')}\n")
        sign = f"{gp.full()}, GP, NZMC {L('LICENSE_NUMBER', g.digits(5))}, {L('ORGANIZATION', 'Ngāti Porou Hauora')}"
    body = (f"{head}\nDear colleague,\nI would be grateful if you would see {pt.formal()} with {k[0]}. Examination: {k[1]}. "
            f"Current medication: {k[2]}. Seen with {kin.given()} on {g.when()}.\n\n{sign}")
    return "What is the question the GP is asking?", body, f"Assess {pt.sur()} for {k[0]}."


def immigration_chat(g: Gen) -> tuple[str, str, str]:
    t = f"{g.rng.randint(7, 11)}:{g.rng.randint(10, 59)} PM"
    if g.rng.random() < 0.5:
        client, kin, para, atty, sib = g.person("mx"), g.person("mx"), g.person("us"), g.person(g.pick(("us", "mx"))), g.person("mx")
        law = [K(t) for t in g.pick((("Form I-589", "INA § 208(a)(2)(B)"), ("Form I-485", "INA § 245(a)"), ("Form I-765", "8 C.F.R. § 274a.12")))]
        number = g.phone("mx")
        lines = [f"[{g.when()}, {t}] {number}: hola buenas, my cousin {kin.lower()} gave me this number",
                 f"[{t}] {para.given()}: Hi! This is {para.given()} from {L('ORGANIZATION', 'Las Cruces Immigrant Legal Aid')}. Can you send your full name as on your passport?",
                 f"[{t}] {number}: {client.caps()}", f"[{t}] {number}: curp {g.curp(client)} and the {K(g.pick(('Notice to Appear', 'Form I-94', 'credible fear interview')))} paper says {g.a_number()}",
                 f"[{t}] {para.given()}: Thanks. Where are you living now?", f"[{t}] {number}: {g.address('us')} with my {'sister' if sib.female else 'brother'} {sib.lower_first()}",
                 f"[{t}] {number}: my partner stays in {g.town('mx')} cel {g.phone('mx')}",
                 f"[{t}] {para.given()}: Because you entered on {g.when()}, {law[0]} is the next filing ({law[1]}).",
                 f"[{t}] {para.given()}: Attorney {atty.full()} can see you {g.when()}. Consult fee {g.money('$', 75, 200)}."]
    else:
        client, kin, para, atty = g.person(g.pick(("ar", "mx", "yo"))), g.person("es"), g.person("es"), g.person("es")
        law = [K(g.pick(("arraigo social", "arraigo para la formación", "a TIE renewal"))), K(g.pick(("Ley Orgánica 4/2000", "Real Decreto 1155/2024")))]
        number = g.phone("es")
        lines = [f"[{g.when()}, {t}] {number}: buenas, soy {client.lower()}, me pasó el contacto {kin.lower_first()}",
                 f"[{t}] {para.given()}: Hola {client.given()}! I'm {para.given()} at {L('ORGANIZATION', 'Despacho Belmonte y Ochoa Abogados')}. Your NIE?",
                 f"[{t}] {number}: {g.nie()} and my partner's DNI is {g.dni()}", f"[{t}] {para.given()}: And your empadronamiento address?",
                 f"[{t}] {number}: {g.address('es')}", f"[{t}] {para.given()}: OK. For {law[0]} under {law[1]} we need 2 years' padrón and {K('modelo 790 código 052')}.",
                 f"[{t}] {number}: my email {g.email(client, 'es')}",
                 f"[{t}] {para.given()}: {'Letrada' if atty.female else 'Letrado'} {atty.full()} will call you on {g.when()}. The fee is {g.money('€', 150, 600)}."]
    body = "Messaging export -- intake line\n" + "\n".join(lines)
    return "Make an intake record from this chat: name, status, next step.", body, f"Client {client.full()}; next step {law[0]}; meeting with {atty.sur()}."


def adverse_event(g: Gen) -> tuple[str, str, str]:
    cc = g.pick(("sg", "se", "nl", "es"))
    culture = {"sg": ("sg_cn", "sg_ms", "sg_ta"), "se": ("se", "ar"), "nl": ("nl", "yo"), "es": ("es", "mx")}[cc]
    subj, inv, treat = (g.person(g.pick(culture)) for _ in range(3))
    event, drug = K(g.pick(TRIAL)), K(g.pick(TRIAL_DRUGS))
    org, city = {"sg": ("National University Hospital", "Kent Ridge"), "se": ("Akademiska sjukhuset", "Uppsala"),
                 "nl": ("UMC Utrecht", "Utrecht"), "es": ("Hospital Universitario La Paz", "Madrid")}[cc]
    local = {"sg": g.nric(), "se": g.personnummer(), "nl": g.bsn(), "es": g.dni()}[cc]
    body = (f"SERIOUS ADVERSE EVENT REPORT -- initial\nProtocol {K(g.pick(('ORX-4417-203', 'KAL-118-301', 'VT-2209-02')))}   "
            f"Site {g.digits(3)}: {L('ORGANIZATION', org)}, {L('LOCATION', city)}\n"
            f"Subject no.: {L('HEALTH_ID', f'{g.digits(3)}-{g.digits(4)}')}   Initials: {subj.letters_only()}   "
            f"Year of birth: {L('DATE_TIME', str(g.rng.randint(1945, 1990)))}\n"
            f"Event: {event}, onset {g.when()}; {K(g.pick(('CTCAE v5.0 grade 3', 'CTCAE v5.0 grade 4')))}; hospitalisation.\n"
            f"Suspect product: {drug}, last dose {g.when()}. Causality: {K(g.pick(('Naranjo score 6', 'probably related', 'possibly related')))}.\n"
            f"Narrative: the subject presented to the emergency department on {g.when()} and was treated by Dr {treat.sur()}. "
            f"NOTE: the discharge letter attached carries the hospital number {g.mrn({'sg': 'NUH', 'se': 'AS', 'nl': 'UMCU', 'es': 'HULP'}[cc])} and national ID "
            f"{local} -- redact before sending to the sponsor.\n"
            f"Investigator: {inv.full()}, {g.email(inv, 'sg' if cc == 'sg' else cc)}, {g.phone(cc)}")
    return "Code this SAE: event, grade, suspect product.", body, f"{event}; suspect {drug}; reported by {inv.initials()}."


def tenancy_thread(g: Gen) -> tuple[str, str, str]:
    if g.rng.random() < 0.5:
        cc, tenant, mate, pm = "nz", g.person(g.pick(("mi", "pi", "vn", "nl"))), g.person(g.pick(("mi", "in"))), g.person(g.pick(("uk", "mi")))
        bond, deposit, law = L("CASE_NUMBER", g.digits(7)), g.money("NZ$", 1400, 3200), K("Residential Tenancies Act 1986, s 40(1)(a)")
        forum, refund = K("the Tenancy Tribunal"), L("ACCOUNT_NUMBER", f"{g.pick(('06', '12', '38'))}-{g.digits(4)}-0{g.digits(6)}-00")
        extra = f"(my student ID is {L('STUDENT_ID', g.digits(7))} if the uni accommodation office asks)"
        firm = L("ORGANIZATION", g.pick(("Octagon Rentals Ltd", "Southern Lettings Limited"))) + f" (NZBN {L('COMPANY_REGISTRATION', '94290' + g.digits(8))})"
    else:
        cc, tenant, mate, pm = "ie", g.person(g.pick(("ie", "in", "ar", "se"))), g.person("ie"), g.person("ie")
        bond, deposit, law = L("CASE_NUMBER", f"TR{g.digits(4)}-{g.digits(6)}"), g.money("€", 900, 2600), K("Residential Tenancies Act 2004, s. 12(1)(d)")
        forum, refund = K("the RTB"), L("IBAN_CODE", iban("IE", g.pick(("AIBK", "BOFI")) + g.digits(14)))
        extra = f"(photos: {L('URL', f'https://www.dropbox.com/sh/{g.letters(6).lower()}/{ascii_fold(tenant.short)}_move_out')})"
        firm = L("ORGANIZATION", g.pick(("Clanwilliam Lettings Ltd", "Ashgrove Residential Ltd"))) + f" (CRO {L('COMPANY_REGISTRATION', g.digits(6))})"
    home, tmail, pmail = g.address(cc), g.email(tenant, cc), g.email(pm, cc, "lettings-mail.com")
    body = (f"From: {tmail}\nTo: {pmail}\nDate: {g.when()}\nSubject: Re: bond / deposit -- {home}\n\n"
            f"hi {pm.lower_first()},\nwe ({tenant.lower_first()}, {mate.lower()}) moved out on {g.when()}. the reference is {bond}. "
            f"we paid {deposit} and don't think the {K('fair wear and tear')} deduction is right. please refund to {refund} "
            f"or we'll go to {forum}. {extra}\n{tenant.lower_first()}\n\n"
            f"> On {g.when()}, {pm.full()} <{pmail}> wrote:\n> Hi {tenant.given()},\n"
            f"> Following the final inspection we will deduct {g.money('$' if cc == 'nz' else '€', 120, 600)} for carpet cleaning, as {law} allows.\n"
            f"> {pm.full()} | Property Manager | {firm} | {g.phone(cc, ext=True)}")
    return "Summarise the dispute and what each side wants.", body, f"{tenant.given()} wants the full {deposit} back; {pm.given()} claims cleaning under {law}."


def court_list(g: Gen) -> tuple[str, str, str]:
    kind = g.pick(("ie", "sg", "in", "fl"))
    culture = {"ie": ("ie", "pi", "ar"), "sg": ("sg_cn", "sg_ms", "sg_ta"), "in": ("in",), "fl": ("us", "mx", "vn")}[kind]
    judge = g.person(g.pick(culture))
    ps = [g.person(g.pick(culture)) for _ in range(4)]
    y = g.rng.randint(2022, 2025)
    n = lambda a, b: g.rng.randint(a, b)  # noqa: E731
    if kind == "ie":
        head = f"THE HIGH COURT -- LEGAL DIARY -- {g.when()}\nBefore {'Ms' if judge.female else 'Mr'} Justice {judge.sur()}, Court {n(1, 30)}, at 11 o'clock"
        rows = [f"1  {L('CASE_NUMBER', f'{y} No. {n(100, 9999)} P')}  {ps[0].full()} -v- {L('ORGANIZATION', 'Clew Bay Hospitality Limited')}  {K('For Mention')}",
                f"2  {L('CASE_NUMBER', f'{y} No. {n(10, 999)} JR')}  {ps[1].full()} -v- the Minister for Justice  {K('ex parte')}, {K('Order 84 RSC')}",
                f"3  {L('CASE_NUMBER', f'{y} No. {n(10, 999)} SP')}  In the matter of {ps[2].full()}, deceased; {ps[3].full()} -v- {ps[2].sur()}  {K('Motion for directions')}"]
    elif kind == "sg":
        head = f"STATE COURTS OF SINGAPORE -- HEARING LIST -- {g.when()}\nCourt {n(1, 26)}{g.pick('ABCD')}, District Judge {judge.full()}"
        rows = [f"{L('CASE_NUMBER', f'DC/OC {n(100, 2999)}/{y}')}  {ps[0].caps()} v {L('ORGANIZATION', g.pick(('Jurong Marine Engineering Pte. Ltd.', 'Tampines Renovation Works Pte Ltd')))} (UEN {L('COMPANY_REGISTRATION', f'{y - n(3, 20)}{g.digits(5)}{g.letters(1)}')})  {K('Case Conference')}",
                f"{L('CASE_NUMBER', f'MSS {n(100, 4999)}/{y}')}  {ps[1].caps()} v {ps[2].caps()}  {K('Women’s Charter 1961, s 69')}",
                f"{L('CASE_NUMBER', f'HC/OC {n(10, 999)}/{y}')}  {ps[3].full()} (NRIC {g.nric()}) v {ps[0].full()}  {K('summary judgment')}"]
    elif kind == "in":
        head = f"HIGH COURT OF DELHI -- CAUSE LIST -- {g.when()}\nCOURT NO. {n(1, 45)}  HON'BLE {'MS.' if judge.female else 'MR.'} JUSTICE {judge.caps()}"
        rows = [f"1. {L('CASE_NUMBER', f'W.P.(C) {n(1000, 16999)}/{y}')}  {ps[0].caps()} Vs. UNION OF INDIA & ORS.  Adv. {ps[1].full()}  {K('for admission')}",
                f"2. {L('CASE_NUMBER', f'CS(COMM) {n(10, 999)}/{y}')}  {L('ORGANIZATION', 'Naidu Agro Exports Pvt. Ltd.')} Vs. {ps[2].caps()}  {K('Order XXXIX Rules 1 and 2 CPC')}",
                f"3. {L('CASE_NUMBER', f'CRL.M.C. {n(100, 4999)}/{y}')}  {ps[3].caps()} Vs. STATE (NCT OF DELHI)  {K('Section 482 Cr.P.C.')}"]
    else:
        head = f"NINTH JUDICIAL CIRCUIT -- DAILY DOCKET -- {g.when()}\nJudge {judge.full()}, Courtroom {n(10, 23)}-{g.pick('ABCD')}"
        rows = [f"{L('CASE_NUMBER', f'{y}-CA-{n(1000, 19999):06d}-O')}  {ps[0].full()} v. {L('ORGANIZATION', 'Kissimmee Pool & Spa, LLC')}  {K('Motion to Dismiss')}",
                f"{L('CASE_NUMBER', f'{y}-DR-{n(1000, 19999):06d}-O')}  In re the Marriage of {ps[1].full()} and {ps[2].full()}  {K('Case Management Conference')}",
                f"{L('CASE_NUMBER', f'{y}-CC-{n(1000, 99999):06d}-O')}  {ps[3].full()} v. {ps[0].full()}  {K('small claims pretrial')}"]
    body = head + "\n" + "\n".join(rows)
    return "Which matters are listed, and for what?", body, f"Three matters before {judge.sur()}; the first is {ps[0].full()}'s."


def vet_letter(g: Gen) -> tuple[str, str, str]:
    cc = g.pick(("nz", "ca", "ie", "uk"))
    species = g.pick(("dog", "cat"))
    conditions, findings, treatments = VET[species]
    condition = g.pick(conditions)
    k = [K(condition), K(g.pick(findings)), K(g.pick(treatments))]
    culture = g.pick({"nz": ("mi", "pi", "nl"), "ca": ("ca", "vn"), "ie": ("ie", "yo"), "uk": ("uk", "in", "ar")}[cc])
    owner = g.namesake(culture, NAMESAKES[condition]) if condition in NAMESAKES and g.rng.random() < 0.5 else g.person(culture)
    vet, pet = g.person(g.pick(("uk", "ie", "mi", "ca"))), g.pick(PETS)
    clinic = g.pick({"nz": ("Hokitika Vets", "East Cape Veterinary Services"), "ca": ("Rosser Avenue Animal Hospital", "Lakehead Vet Clinic"),
                     "ie": ("Clare Equine & Small Animal Clinic", "Mayo Vets"), "uk": ("Caernarfon Vet Practice", "Solway Vets")}[cc])
    # The regulator's acronym names nobody: only the number is labelled, as for doctors (IMC no., NZMC).
    register, number = {"nz": ("VCNZ", g.digits(4)), "ca": ("CVO lic.", g.digits(4)), "ie": ("VCI", g.digits(4)),
                        "uk": ("RCVS", g.digits(7))}[cc]
    body = (f"{L('ORGANIZATION', clinic)}\n{g.when()}\n\n{'Mrs' if owner.female else 'Mr'} {owner.full()}\n{g.address(cc)}\n\n"
            f"Dear {owner.formal(('Mrs', 'Mr'))},\nRe: {pet} ({species}), client no. {L('ACCOUNT_NUMBER', g.digits(5))}\n\n"
            f"Thank you for bringing {pet} in on {g.when()}. The results are consistent with {k[0]}; we found {k[1]}. "
            f"We recommend {k[2]} and a recheck in four weeks. If {pet} is off food, ring {g.phone(cc, ext=True)} or e-mail me at "
            f"{g.email(vet, cc, 'vetmail.net')}. Your account and results are at "
            f"{L('URL', f'https://portal.petrecords.net/{ascii_fold(owner.short).lower()}-{g.digits(5)}')}.\n\n"
            f"Kind regards,\n{vet.full()} BVSc, {register} {L('LICENSE_NUMBER', number)}")
    return "Draft a two-line text message to the owner from this letter.", body, f"Hi {owner.given()}, {pet}'s results show {k[0]}; please book a recheck."


def chaplaincy_note(g: Gen) -> tuple[str, str, str]:
    faith = g.pick(("muslim", "catholic", "maori", "lutheran", "buddhist", "pentecostal"))
    culture, cc = {"muslim": (g.pick(("ar", "sg_ms")), "uk"), "catholic": (g.pick(("ie", "es", "mx")), "ie"), "maori": ("mi", "nz"),
                   "lutheran": ("se", "se"), "buddhist": ("vn", "au"), "pentecostal": ("yo", "uk")}[faith]
    pt, rel, leader, chaplain, nurse = g.person(culture), g.person(culture), g.person(culture), g.person(g.pick(("uk", "ie", "mi"))), g.person("uk")
    rite = {"muslim": f"{K('Surah Yasin')} recited; imam {leader.full()} of {L('ORGANIZATION', 'Masjid an-Nur')} will visit, mobile {g.phone('uk')}",
            "catholic": f"{K('Sacrament of the Sick')} given by Fr {leader.full()} of {L('ORGANIZATION', 'St Flannan’s Parish')}",
            "maori": f"{K('karakia')} led by kaumātua {leader.full()}; whānau asked about {K('tangihanga')} arrangements",
            "lutheran": f"{K('Psalm 23')} read and {K('Holy Communion')} shared; pastor {leader.full()} informed ({g.phone('se')})",
            "buddhist": f"{K('the Heart Sutra')} chanted with the family; Venerable {leader.given()} to attend",
            "pentecostal": f"prayed with the family; Pastor {leader.full()} of {L('ORGANIZATION', 'Redeemed Glory Assembly')} phoned in"}[faith]
    clinical = g.keep(("DNACPR", "end-of-life care plan", "syringe driver", "Parkinson's disease", "motor neurone disease",
                       "metastatic pancreatic cancer", "Korsakoff syndrome", "Alzheimer's disease"), 2)
    mrn_site = {"uk": "QEUH", "ie": "UHL", "nz": "WBH", "se": "KS", "au": "RBWH"}[cc]
    body = (f"SPIRITUAL CARE -- CONTACT NOTE\nPatient: {pt.full()}   MRN {g.mrn(mrn_site)}   DOB {g.dob()}\n"
            f"Referred by {nurse.given()} (CNM) on {g.when()}: patient distressed; family gathering.\n"
            f"Visit: sat with {pt.formal()} and {'her' if pt.female else 'his'} {g.pick(('daughter', 'sister') if rel.female else ('son', 'brother'))} {rel.full()} "
            f"({rel.lower_first()} on the ward's visitor list). {rite}.\nContext from notes: {clinical[0]}; {clinical[1]}.\n"
            f"Follow-up: {g.when()}. Family contact {g.phone(cc)}, {g.email(rel, cc)}.\n{chaplain.full()}, Chaplain")
    return "What does the ward team need to know from this note?", body, f"{pt.sur()}'s family asked for {rite.split(';')[0]}."


DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {
    f.__name__: f for f in (radiology_dictation, dispensing_log, claim_denial, discovery_examination, employment_judgment,
                            sbar_handover, gp_referral, immigration_chat, adverse_event, tenancy_thread, court_list, vet_letter,
                            chaplaincy_note)
}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])

if __name__ == "__main__":
    sys.exit(main())
