"""Fifth blind scrubbing corpus: fourteen more registers, twenty more locales, national numbers with their check characters.

    python bench/blind5.py --stats             # entity, document-type and protected-term counts of the default corpus
    python bench/blind5.py --out blind5.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned
on; its author read no scrubber rule, no scrubber test and none of its measured misses.
Registers no other corpus uses: a German or Austrian certificate of incapacity for work with
the doctor's covering note, a French operative report, an Italian workers'-compensation
injury report, a Czech, Hungarian or Polish ambulance patient-report form, a Japanese or Korean
dental chart, a WhatsApp thread between a Brazilian community health agent and a family, an
English responsible clinician's report to the mental-health tribunal, a Finnish, Norwegian or
Israeli antenatal booking note, a coroner's record of inquest, a Swiss or German
debt-collection letter, a Belgian law firm's internal matter e-mail, a Danish hospital's
reply to a complaint, a German guardianship-court decision and a certified translation of a
Chinese outpatient record. Identifiers follow the public descriptions of their formats, with
the check characters computed: NIR with its key, RPPS, codice fiscale (name letters, month
letter, cadastral code, check letter), partita IVA, Romanian CNP, PESEL, NIP, PWZ, Czech
rodné číslo, Hungarian TAJ, Ukrainian RNOKPP, My Number, Japanese insurer numbers, Korean
resident registration numbers, CPF, provisional CNS, NIS, NHS numbers, Finnish HETU and
Y-tunnus, Norwegian fødselsnummer and bank accounts, Israeli Teudat Zehut, Danish CPR, Belgian
national and enterprise numbers, Belgian, Swiss (QR-IBAN), German and Israeli IBANs, Swiss AHV,
UID and QR references, German KVNR, Steuer-ID and LANR, Austrian SVNR and UID, Turkish TC
Kimlik, Chinese resident ID.

Names are the hand-written lists below (never Faker's, never the census lists the scrubber
reads, none of them in bench/blind3.py's or bench/blind4.py's lists): German, Austrian, Swiss,
French, Italian, Romanian, Polish, Czech (with feminine surnames), Hungarian (family name
first), Finnish, Norwegian, Danish, Belgian, Turkish, Brazilian, Japanese, Korean, Chinese,
Hebrew, Ethiopian (addressed by the given name), Somali (three-part) and Ukrainian names, and
English surnames that are also words; nicknames, lower case in chat, married and birth names,
initials, family members sharing a name, surnames that are a protected term's eponym
(Hashimoto, Kawasaki, Still, Down), surnames inside practice and shop names. Within one
document, strangers never share a given name or a surname.

Labelling rules (the judgement calls, applied across the whole corpus): the name of the body
that issues a number stays outside its span (RPPS, LANR, GMC, PWZ, HPR, CPR, NIR, UID, P.IVA,
KBO, TAJ, PESEL), while letters that every written copy of the number carries stay inside (the
"CHE-" of a Swiss UID, the "ATU" of an Austrian UID, the "HRB" of a German register number,
the "XVII" of a guardianship docket, the "MP/" of a tribunal reference). Social-security,
citizen, tax and passport-like numbers are NATIONAL_ID; numbers that exist for health care
(insurer and member numbers, hospital numbers, NHS numbers, CNS, TAJ, KVNR) are HEALTH_ID;
vehicle registrations are LICENSE_NUMBER, as in bench/blind4.py, and so are professional
registrations (a translator's membership number too); file, claim and payment references are
CASE_NUMBER, customer numbers, bank accounts without an IBAN and PIX keys ACCOUNT_NUMBER.
Hospitals, wards, local courts, practices, universities, care homes and firms are
ORGANIZATION, whole, even when they carry a person's surname; national bodies (statutory
insurers such as the AOK or CSS, INAIL, Kela, the tribunal itself, ambulance services) are
left unlabelled, as are insurer codes such as "VZP (111)". Clock times on their own and ages
are not labelled; a date with its time is one DATE_TIME. Dates inside a statute's name or a
case citation belong to the protected term. Records, labels and the soundness check are
bench/blind3.py's.
"""

from __future__ import annotations

import datetime
import functools
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass

import blind3  # bench/, beside this script
from blind2 import fold, iban, luhn_digit
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Somali surnames follow the father's given name; Ethiopians
# carry the father's given name and are addressed by their own; Hungarians write the family name first.
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "de": (("Heike", "Wiebke", "Kerstin", "Frauke", "Gesine", "Anke"), ("Torsten", "Holger", "Volker", "Malte", "Kai-Uwe", "Henning"),
           ("Koch", "Sauer", "Wolf", "Fuchs", "Vogel", "Brückner", "Hoffmann-Lindemann", "Engel", "Kühn", "Winter")),
    "at": (("Waltraud", "Theresia", "Notburga", "Roswitha"), ("Alois", "Severin", "Leopold", "Engelbert"),
           ("Gruber", "Pichler", "Steinwender", "Hinterberger", "Wallner", "Moser", "Haslinger")),
    "ch": (("Regula", "Vreni", "Seraina", "Corinne"), ("Beat", "Urs", "Reto", "Gian-Andrea"),
           ("Bärtschi", "Zürcher", "Caflisch", "Rüegg", "Tschümperlin", "Gerber", "Brunner")),
    "fr": (("Nadège", "Ghislaine", "Bérénice", "Apolline", "Gwenaëlle"), ("Aurélien", "Jean-Baptiste", "Yannick", "Tanguy", "Anatole"),
           ("Le Goff", "Kerjean", "Lemaître", "Marchand", "Petit", "Blanc", "Roux")),
    "it": (("Ornella", "Loredana", "Annunziata", "Rosa", "Carmela"), ("Ciro", "Gennaro", "Pasquale", "Mirko", "Calogero"),
           ("Bianco", "Santoro", "D'Alessandro", "Caputo", "Greco", "Sorrentino")),
    "ro": (("Ionela", "Mihaela", "Florentina", "Oana"), ("Costel", "Ionuț", "Marius", "Vasile"),
           ("Munteanu", "Lupu", "Ciobanu", "Rusu", "Dumitrescu", "Păunescu")),
    "pl": (("Halina", "Urszula", "Ewelina", "Krystyna"), ("Mirosław", "Leszek", "Tadeusz", "Jarosław"),
           ("Wójcik", "Krawczyk", "Zając", "Mazur", "Pawlak", "Sikora", "Wilk")),
    "cz": (("Markéta", "Radka", "Blanka", "Ludmila"), ("Radek", "Vojtěch", "Ondřej", "Bohumil"),
           ("Horák", "Kučera", "Veselý", "Černý", "Svoboda", "Král", "Pokorný")),
    "hu": (("Erzsébet", "Ildikó", "Zsuzsanna", "Enikő"), ("Gyula", "Zoltán", "Csaba", "Levente"),
           ("Nagy", "Szűcs", "Farkas", "Lakatos", "Bíró", "Kiss")),
    "fi": (("Tuulikki", "Päivi", "Satu", "Aino"), ("Jukka", "Tapio", "Ilkka", "Eetu"),
           ("Virtanen", "Mäkelä", "Heikkinen", "Laaksonen", "Kuusisto", "Hämäläinen", "Koivu")),
    "no": (("Ingrid", "Solfrid", "Marit", "Tone"), ("Sindre", "Eivind", "Ståle", "Arild"),
           ("Haugen", "Bakke", "Fossum", "Strand", "Løvås", "Moen", "Sletten")),
    "dk": (("Mette", "Pernille", "Rikke", "Birgitte"), ("Henrik", "Kasper", "Mads", "Frederik"),
           ("Rasmussen", "Kristensen", "Jeppesen", "Thygesen", "Skovgaard", "Holm", "Bach")),
    "be": (("Griet", "Lieve", "Annelies", "Sofie", "Véronique"), ("Wouter", "Pieter-Jan", "Koen", "Geert", "Arnaud"),
           ("Vermeulen", "De Smedt", "Claes", "Goossens", "Wuyts", "Dewaele", "Delvaux", "Lejeune")),
    "tr": (("Gülşen", "Sevgi", "Hatice", "Derya"), ("Hüseyin", "Serkan", "Tuncay", "Volkan"),
           ("Aydın", "Kılıç", "Arslan", "Doğan", "Karakaya", "Güneş", "Özdemir")),
    "br": (("Francisca", "Vitória", "Maria Eduarda", "Lucimar"), ("Wellington", "Valdir", "Edivaldo", "Sebastião", "Francisco"),
           ("Nascimento", "Rocha", "Cavalcanti", "dos Santos", "Ferreira Lima", "Medeiros", "Brito")),
    "jp": (("Michiko", "Chiharu", "Emiko", "Nanami"), ("Shōhei", "Tetsuya", "Kazuki", "Ryōta"),
           ("Matsumoto", "Inoue", "Fujiwara", "Ōshima", "Hayashi", "Mori", "Ishikawa")),
    "kr": (("Hye-jin", "Da-eun", "Su-bin", "Eun-ha"), ("Sang-hoon", "Tae-yang", "Byung-chul", "Kyung-soo"),
           ("Moon", "Song", "Baek", "Hwang", "Seo", "Ahn", "Jang")),
    "cn": (("Yanling", "Ruolan", "Xiuying", "Jing"), ("Haoran", "Zhiqiang", "Jianguo", "Yifan"),
           ("Zhou", "Liu", "Xu", "Gao", "Long", "Deng", "Luo")),
    "he": (("Noa", "Tamar", "Shira", "Yael"), ("Itai", "Eyal", "Yonatan", "Amit"),
           ("Ben-David", "Mizrahi", "Peretz", "Biton", "Friedman-Katz", "Shalom", "Avraham")),
    "et": (("Tigist", "Meseret", "Hirut", "Selamawit"), ("Dawit", "Yonas", "Tesfaye", "Biniam"),
           ("Alemu", "Girma", "Tadesse", "Wolde-Giorgis", "Haile", "Mengistu")),
    "so": (("Hodan", "Faadumo", "Sahra", "Ubah"), ("Mahad", "Guled", "Liban", "Abdirizak"),
           ("Warsame", "Jama", "Hirsi", "Cabdi", "Samatar", "Ducaale")),
    "ua": (("Oksana", "Nataliia", "Yuliia", "Halyna"), ("Bohdan", "Taras", "Mykola", "Oleksandr"),
           ("Shevchuk", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Moroz", "Hrytsenko")),
    "en": (("Harriet", "Philippa", "Imogen", "Wendy"), ("Rupert", "Nigel", "Alfie", "Clifford"),
           ("Frost", "Hope", "Marsh", "Stone", "Fairbrother", "Goodchild", "Swindells", "Winterbottom")),
}  # fmt: skip
FAMILY_FIRST = {"hu"}  # in their own documents; "native()" writes Chinese, Japanese and Korean names family-first too
FEMININE = {  # Czech and Polish surnames take a feminine form
    "Horák": "Horáková", "Kučera": "Kučerová", "Veselý": "Veselá", "Černý": "Černá", "Svoboda": "Svobodová", "Král": "Králová",
    "Pokorný": "Pokorná",
}  # fmt: skip
NICKNAMES = {
    "Francisco": "Chico", "Sebastião": "Tião", "Maria Eduarda": "Duda", "Oleksandr": "Sasha", "Jarosław": "Jarek",
    "Mirosław": "Mirek", "Annunziata": "Nunzia", "Erzsébet": "Erzsi", "Zsuzsanna": "Zsuzsa", "Theresia": "Resi",
    "Leopold": "Poldi", "Yonatan": "Yoni", "Pieter-Jan": "PJ", "Gennaro": "Rino", "Faadumo": "Fadumo", "Wellington": "Wel",
}  # fmt: skip
# Surnames that are also the eponym of a protected term: the hardest namesakes.
NAMESAKES = {"jp": (("Hashimoto", "Hashimoto's thyroiditis"), ("Kawasaki", "Kawasaki disease")),
             "hu": (("Kaposi", "Kaposi sarcoma"),), "en": (("Still", "adult-onset Still's disease"), ("Down", "Down syndrome"))}


@dataclass
class Person(blind3.Person):
    culture: str = ""
    female: bool = False
    short: str = ""  # what follows a title: the surname, or the given name for Ethiopians

    def western(self) -> str:
        return f"{self.first} {self.last}"

    def plain(self) -> str:
        return f"{self.last} {self.first}" if self.culture in FAMILY_FIRST else self.western()

    def full(self) -> str:
        return L("PERSON", self.plain())

    def anglo(self) -> str:
        """Given name first whatever the culture: how an English document writes it."""
        return L("PERSON", self.western())

    def native(self) -> str:
        """Family name first, in capitals where East Asian records write it so: ZHOU Haoran, INOUE Michiko."""
        last = self.last.upper() if self.culture in ("cn", "jp", "kr") else self.last
        return L("PERSON", f"{last} {self.first}")

    def sur(self) -> str:
        return L("PERSON", self.short)

    def given(self) -> str:
        return L("PERSON", self.first)

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.sur()}"

    def comma(self) -> str:
        return L("PERSON", f"{self.last.upper()}, {self.first}")

    def lower(self) -> str:
        return L("PERSON", self.plain().lower())

    def lower_first(self) -> str:
        return L("PERSON", self.first.lower())

    def initials(self) -> str:
        return L("PERSON", "".join(w[0] for w in self.first.replace("-", " ").split()) + self.short[0])

    def initial_dot(self) -> str:
        return L("PERSON", f"{self.first[0]}. {self.short}")

    def nicknamed(self) -> str:
        nick = NICKNAMES.get(self.first)
        return L("PERSON", nick) if nick else self.given()

    def ascii(self, sep: str = ".") -> str:
        return ascii_fold(f"{self.first.split()[0]}{sep}{self.short}").lower()


def ascii_fold(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum() or c in "._-")


# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions


def nir_key(thirteen: str) -> str:
    """French NIR: the key is 97 minus the 13 digits modulo 97."""
    return f"{97 - int(thirteen) % 97:02d}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21) * 2 +
                   (2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)))


def cf_letter(fifteen: str) -> str:
    """Codice fiscale check letter: odd positions through the conversion table, even ones at face value, modulo 26."""
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(fifteen))
    return chr(65 + total % 26)


def cf_name_part(name: str, given: bool) -> str:
    letters = [c for c in ascii_fold(name).upper() if c.isalpha()]
    consonants = [c for c in letters if c not in "AEIOU"]
    if given and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return ("".join(consonants + [c for c in letters if c in "AEIOU"]) + "XXX")[:3]


def cnp_digit(twelve: str) -> str:
    total = sum(int(c) * w for c, w in zip(twelve, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9))) % 11
    return "1" if total == 10 else str(total)


def pesel_digit(ten: str) -> str:
    return str(-sum(int(d) * w for d, w in zip(ten, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10)


def nip_digit(nine: str) -> str | None:
    total = sum(int(d) * w for d, w in zip(nine, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
    return None if total == 10 else str(total)


def pwz_digit(six: str) -> str | None:
    """Polish doctor's licence (PWZ): the first digit checks the other six, sum of i * d_i modulo 11, never 0."""
    total = sum(int(d) * i for i, d in enumerate(six, 1)) % 11
    return None if total in (0, 10) else str(total)


def taj_digit(eight: str) -> str:
    return str(sum(int(d) * w for d, w in zip(eight, (3, 7) * 4)) % 10)


def rnokpp_digit(nine: str) -> str:
    return str(sum(int(d) * w for d, w in zip(nine, (-1, 5, 7, 9, 4, 6, 10, 5, 7))) % 11 % 10)


def my_number_digit(eleven: str) -> str:
    rest = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(eleven), 1)) % 11
    return "0" if rest <= 1 else str(11 - rest)


def rrn_digit(twelve: str) -> str:
    return str((11 - sum(int(c) * w for c, w in zip(twelve, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10)


def cpf_digits(nine: str) -> str:
    d = [int(c) for c in nine]
    for n in (10, 11):
        d.append(sum(x * w for x, w in zip(d, range(n, 1, -1))) * 10 % 11 % 10)
    return f"{d[9]}{d[10]}"


def nis_digit(ten: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(ten, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2))) % 11
    return "0" if rest >= 10 else str(rest)


def nhs_digit(nine: str) -> str | None:
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
    return None if check == 10 else str(check % 11)


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def ytunnus_digit(seven: str) -> str | None:
    rest = sum(int(c) * w for c, w in zip(seven, (7, 9, 10, 5, 8, 4, 2))) % 11
    return None if rest == 1 else str((11 - rest) % 11)


def mod11_pair(nine: str) -> str | None:
    """Norwegian fødselsnummer: two mod-11 check digits."""
    d = [int(c) for c in nine]
    k1 = (11 - sum(x * w for x, w in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11) % 11
    k2 = (11 - sum(x * w for x, w in zip(d + [k1], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 11
    return None if 10 in (k1, k2) else f"{k1}{k2}"


def weighted_mod11(digits: str, weights: tuple[int, ...]) -> str | None:
    """11 minus the weighted sum modulo 11 (11 -> 0; None where the remainder leaves 10): Norwegian org and account numbers, Swiss UID."""
    check = (11 - sum(int(c) * w for c, w in zip(digits, weights)) % 11) % 11
    return None if check == 10 else str(check)


def cpr_ok(ten: str) -> bool:
    return sum(int(c) * w for c, w in zip(ten, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0


def ean13_digit(twelve: str) -> str:
    return str(-sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve)) % 10)


def qr_reference_digit(digits: str) -> str:
    """Swiss QR reference: the recursive modulo-10 check digit."""
    carry = 0
    for c in digits:
        carry = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)[(carry + int(c)) % 10]
    return str((10 - carry) % 10)


def mod11_10_digit(digits: str) -> str:
    """ISO 7064 MOD 11,10 (the German Steuer-ID)."""
    product = 10
    for c in digits:
        product = 2 * ((int(c) + product) % 10 or 10) % 11
    return str((11 - product) % 10)


def kvnr_digit(letter: str, eight: str) -> str:
    total = 0
    for i, c in enumerate(f"{ord(letter) - 64:02d}{eight}"):
        p = int(c) * (2 if i % 2 else 1)
        total += p // 10 + p % 10
    return str(total % 10)


def lanr_digit(six: str) -> str:
    return str(-sum(int(c) * w for c, w in zip(six, (4, 9) * 3)) % 10)


def svnr_digit(serial: str, ddmmyy: str) -> str | None:
    rest = sum(int(c) * w for c, w in zip(serial + ddmmyy, (3, 7, 9, 5, 8, 4, 2, 1, 6))) % 11
    return None if rest == 10 else str(rest)


def atu_digit(seven: str) -> str:
    d = [int(c) for c in seven]
    f = lambda x: x // 5 + 2 * x % 10  # noqa: E731
    return str((10 - (d[0] + f(d[1]) + d[2] + f(d[3]) + d[4] + f(d[5]) + d[6] + 4) % 10) % 10)


def tc_digits(nine: str) -> str:
    d = [int(c) for c in nine]
    d10 = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    return f"{d10}{(sum(d) + d10) % 10}"


def cn_id_char(seventeen: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(seventeen, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) % 11]


def steuer_id_ok(ten: str) -> bool:
    """The first ten digits of a Steuer-ID: no leading zero, exactly one digit twice (or thrice, not three in a row)."""
    counts = sorted((ten.count(c) for c in set(ten)), reverse=True)
    return ten[0] != "0" and counts[0] in (2, 3) and counts[1:].count(1) == len(counts) - 1 and \
        not any(ten[i] == ten[i + 1] == ten[i + 2] for i in range(8))


# ---------------------------------------------------------------- places, by hand

TOWNS = {  # country: ((postcode, town), ...)
    "de": (("45879", "Gelsenkirchen"), ("44137", "Dortmund"), ("49074", "Osnabrück"), ("26122", "Oldenburg"), ("99084", "Erfurt"),
           ("18055", "Rostock"), ("83646", "Bad Tölz")),
    "at": (("6867", "Schwarzenberg"), ("5600", "St. Johann im Pongau"), ("2371", "Hinterbrühl"), ("4230", "Pregarten"),
           ("9400", "Wolfsberg")),
    "ch": (("7000", "Chur"), ("6300", "Zug"), ("1700", "Fribourg"), ("9050", "Appenzell"), ("3920", "Zermatt"), ("4500", "Solothurn")),
    "fr": (("29200", "Brest"), ("69004", "Lyon"), ("59800", "Lille"), ("31400", "Toulouse"), ("13002", "Marseille"), ("22300", "Lannion")),
    "it": (("80026", "Casoria (NA)"), ("80133", "Napoli"), ("95124", "Catania"), ("25121", "Brescia"), ("37121", "Verona"),
           ("93012", "Gela (CL)")),
    "pl": (("35-064", "Rzeszów"), ("20-400", "Lublin"), ("10-516", "Olsztyn"), ("45-010", "Opole"), ("87-100", "Toruń")),
    "cz": (("370 01", "České Budějovice"), ("500 02", "Hradec Králové"), ("276 01", "Mělník"), ("460 01", "Liberec"), ("767 01", "Kroměříž")),
    "hu": (("2100", "Gödöllő"), ("6720", "Szeged"), ("4025", "Debrecen"), ("7621", "Pécs"), ("9021", "Győr"), ("1082", "Budapest")),
    "fi": (("04200", "Kerava"), ("33100", "Tampere"), ("40100", "Jyväskylä"), ("90100", "Oulu"), ("33470", "Ylöjärvi"), ("00530", "Helsinki")),
    "no": (("3717", "Skien"), ("4608", "Kristiansand"), ("2317", "Hamar"), ("6002", "Ålesund"), ("9600", "Hammerfest")),
    "dk": (("5700", "Svendborg"), ("8800", "Viborg"), ("3400", "Hillerød"), ("6400", "Sønderborg"), ("7100", "Vejle")),
    "be": (("4000", "Liège"), ("9000", "Gent"), ("2018", "Antwerpen"), ("1050", "Ixelles"), ("8000", "Brugge"), ("3000", "Leuven")),
    "uk": (("LE2", "Leicester"), ("WV1", "Wolverhampton"), ("LU1", "Luton"), ("ST4", "Stoke-on-Trent"), ("BS5", "Bristol"), ("CF24", "Cardiff")),
    "il": (("58", "Holon"), ("33", "Haifa"), ("84", "Be'er Sheva"), ("75", "Rishon LeZion"), ("42", "Netanya")),
}  # fmt: skip
STREETS = {
    "de": ("Grüner Weg", "Am Kuhlenkamp", "Im Winkel", "Bergstr.", "Lindenhof", "Zechenweg", "Hauptstraße"),
    "at": ("Oberdorf", "Mühlgasse", "Am Anger", "Kirchenplatz", "Sonnleiten"),
    "ch": ("Obere Gasse", "Sonnenbergweg", "Im Brächli", "Quaderstrasse", "Bahnhofstrasse"),
    "fr": ("rue de Siam", "chemin des Vignes", "allée Jean Moulin", "place du Marché", "rue Paul Bert"),
    "it": ("via dell'Industria", "corso Umberto I", "vico Lungo Pontecorvo", "piazza Dante", "via Etnea"),
    "pl": ("ul. Lwowska", "ul. Kwiatowa", "os. Słoneczne", "al. Jana Pawła II", "ul. Podwale"),
    "cz": ("Lidická", "Na Výsluní", "U Potoka", "nám. Míru", "Komenského"),
    "hu": ("Petőfi Sándor utca", "Kossuth Lajos u.", "Rákóczi út", "Szabadság tér", "Dózsa György út"),
    "fi": ("Koivukuja", "Hämeenkatu", "Rinnetie", "Mäkipellontie", "Kauppakatu"),
    "no": ("Kirkegata", "Løkkeveien", "Fjordgata", "Sjøgata", "Bakkelia"),
    "dk": ("Algade", "Skolevej", "Fælledvej", "Toften", "Møllebakken"),
    "be": ("Rue Saint-Gilles", "Kouter", "Mechelsesteenweg", "Chaussée de Louvain", "Veldstraat", "Rue Hors-Château"),
    "uk": ("Narborough Road", "Dudley Road", "Bury Park Road", "Stafford Street", "Stapleton Road", "Clifton Street"),
    "il": ("Sokolov", "HaPalmach", "Herzl", "Ben Yehuda", "Sderot Ha'atzmaut"),
}  # fmt: skip
BR_PLACES = (("Recife", "PE", "50", ("Alto da Sereia", "Boa Vista", "Bom Jardim")), ("Salvador", "BA", "40", ("Liberdade", "Pernambués")),
             ("Belém", "PA", "66", ("Jurunas", "Guamá", "Terra Firme")), ("São Luís", "MA", "65", ("Coroadinho", "Anjo da Guarda")))
BR_STREETS = ("Rua da Aurora", "Travessa Dom Romualdo", "Beco do Sossego", "Rua Sete", "Passagem Santa Luzia", "Rua Nova")
JP_PLACES = (("Fukuoka", "Chūō-ku", "810", ("Tenjin", "Ōhori", "Yakuin")), ("Sendai", "Aoba-ku", "980", ("Kōtōdai", "Kakyōin")),
             ("Sapporo", "Kita-ku", "001", ("Kita 24-jō Nishi", "Shinkotoni")), ("Kōbe", "Nada-ku", "657", ("Rokkōdai-chō", "Mikage")))
KR_PLACES = (("Daegu", "Jung-gu", "419", "Dongseong-ro"), ("Gwangju", "Dong-gu", "614", "Geumnam-ro"),
             ("Incheon", "Yeonsu-gu", "219", "Songdo-daero"), ("Daejeon", "Yuseong-gu", "341", "Daehak-ro"))
CN_PLACES = (("Chengdu", "Wuhou District", "Kehua North Road", "510107"), ("Wuhan", "Wuchang District", "Zhongnan Road", "420106"),
             ("Xi'an", "Yanta District", "Xiaozhai East Road", "610113"), ("Hangzhou", "Xihu District", "Wensan Road", "330106"))
CN_ESTATES = ("Jinxiu Garden", "Lanting Residence", "Hexie Jiayuan", "Binjiang Mingyuan")
PHONES = {
    "de": ("+49 209 ######", "0209 / ## ## ##", "0171 #######", "0231 #######"), "at": ("+43 664 #######", "05512 ####", "0676 ### ## ##"),
    "ch": ("+41 81 ### ## ##", "079 ### ## ##", "041 ### ## ##"), "fr": ("+33 2 98 ## ## ##", "06 ## ## ## ##", "04.78.##.##.##"),
    "it": ("+39 081 ### ####", "333 ### ####", "095 ######"), "ro": ("+40 7## ### ###",), "pl": ("+48 17 ### ## ##", "6## ### ###"),
    "cz": ("+420 6## ### ###", "315 ### ###"), "hu": ("+36 1 ### ####", "06 30 ### ####", "+36 (20) ###-####"),
    "fi": ("+358 40 ### ####", "050 ### ####", "(09) ### ####"), "no": ("+47 35 ## ## ##", "9## ## ###", "4## ## ###"),
    "dk": ("+45 62 ## ## ##", "2# ## ## ##"), "be": ("+32 4 ### ## ##", "04## ## ## ##", "09 ### ## ##"),
    "br": ("+55 (81) 9####-####", "(71) 3###-####", "(91) 9 ####-####"), "jp": ("092-###-####", "080-####-####", "+81 22-###-####"),
    "kr": ("053-###-####", "010-####-####", "+82 10-####-####"), "cn": ("+86 13# #### ####", "028-8### ####", "15#########"),
    "uk": ("0116 ### ####", "07### ######", "+44 7### ######", "01902 ######"), "il": ("+972 5#-###-####", "03-###-####", "052-#######"),
    "ua": ("+380 6# ### ## ##", "+380 9# ### ####"),
}  # fmt: skip
EMAIL_DOMAINS = {
    "de": ("t-online.de", "gmx.de"), "at": ("aon.at", "gmx.at"), "ch": ("sunrise.ch", "hispeed.ch"), "fr": ("laposte.net", "free.fr", "wanadoo.fr"),
    "it": ("libero.it", "alice.it"), "pl": ("o2.pl", "interia.pl"), "cz": ("centrum.cz", "email.cz"), "hu": ("freemail.hu", "citromail.hu"),
    "fi": ("luukku.com", "elisanet.fi"), "no": ("hotmail.no", "broadpark.no"), "dk": ("mail.dk", "jubii.dk"), "be": ("skynet.be", "telenet.be"),
    "br": ("uol.com.br", "bol.com.br"), "jp": ("docomo.ne.jp", "ezweb.ne.jp"), "kr": ("naver.com", "daum.net"), "cn": ("163.com", "126.com"),
    "uk": ("sky.com", "hotmail.co.uk"), "il": ("walla.co.il", "012.net.il"), "ua": ("ukr.net", "i.ua"),
}  # fmt: skip
MONTHS = "January February March April May June July August September October November December".split()
HU_MONTHS = "január február március április május június július augusztus szeptember október november december".split()


# ---------------------------------------------------------------- the generator


class Gen(Draw):
    """bench/blind3.py's draws, with this corpus's people, places and identifiers; every method returns marked text."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.used: set[str] = set()  # names already given in this document: strangers never share one

    def person(self, culture: str, female: bool | None = None) -> Person:
        women, men, surnames = PEOPLE[culture]
        female = self.rng.random() < 0.5 if female is None else female
        for _ in range(40):
            first, last = self.pick(women if female else men), self.pick(surnames)
            if first not in self.used and last not in self.used:
                break
        if female:
            last = FEMININE.get(last, last)
        if culture == "so":
            last = f"{self.pick(men)} {last}"
        self.used |= {first, *last.split()}
        return Person(first, last, culture, female, first if culture == "et" else last.split()[-1] if culture == "so" else last)

    def namesake(self, culture: str) -> tuple[Person, str]:
        """A person whose surname is the eponym of the protected term returned with them."""
        surname, term = self.pick(NAMESAKES[culture])
        p = self.person(culture)
        p.last = p.short = surname
        self.used.add(surname)
        return p, K(term)

    def relative(self, p: Person, female: bool) -> Person:
        """Someone of p's family, sharing the family name in the form their sex takes. Somali and Ethiopian names are not
        shared, and Chinese and Korean women keep their own family name."""
        r = self.person(p.culture, female)
        if p.culture not in ("so", "et") and not (female and p.culture in ("cn", "kr")):
            base = next((m for m, f in FEMININE.items() if f == p.last), p.last)
            r.last = r.short = FEMININE.get(base, base) if female else base
        return r

    # dates

    def base(self, first: int = 2022, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def day(self, cc: str, date: datetime.date, offset: int = 0) -> str:
        d = date + datetime.timedelta(days=offset)
        return L("DATE_TIME", self.fmt(cc, d.year, d.month, d.day))

    def ymd(self, first: int = 1938, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        nth = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        forms = {
            "dot": (f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS[m - 1]} {y}"),
            "slash": (f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d}/{m}/{str(y)[2:]}"),
            "hu": (f"{y}.{m:02d}.{d:02d}.", f"{y}. {HU_MONTHS[m - 1]} {d}.", f"{y}-{m:02d}-{d:02d}"),
            "kr": (f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}"),
            "cn": (f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{y}年{m}月{d}日"),
            "jp": (f"{y}/{m:02d}/{d:02d}", self.era(y, m, d), f"{d} {MONTHS[m - 1][:3]} {y}"),
            "uk": (f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d}{nth} {MONTHS[m - 1]} {y}"),
        }
        style = {"de": "dot", "at": "dot", "ch": "dot", "pl": "dot", "cz": "dot", "fi": "dot", "no": "dot", "dk": "dot", "ua": "dot",
                 "hu": "hu", "kr": "kr", "cn": "cn", "jp": "jp", "uk": "uk", "en": "uk"}.get(cc, "slash")
        return self.pick(forms[style])

    def era(self, y: int, m: int, d: int) -> str:
        if y >= 2019 and (y, m) >= (2019, 5):
            return f"Reiwa {y - 2018 if y > 2019 else '1'} ({y}) {m}.{d}"
        if y >= 1989:
            return f"Heisei {y - 1988} ({y}) {m}.{d}"
        return f"Shōwa {y - 1925} ({y}) {m}.{d}"

    def when(self, cc: str, first: int = 2022, last: int = 2025) -> str:
        return L("DATE_TIME", self.fmt(cc, *self.ymd(first, last)))

    def dob(self, cc: str, ymd: tuple[int, int, int] | None = None) -> str:
        return L("DATE_TIME", self.fmt(cc, *(ymd or self.ymd())))

    def stamp(self, cc: str, date: datetime.date | None = None, hour: int | None = None) -> str:
        """A date with its clock time, one span."""
        y, m, d = (date.year, date.month, date.day) if date else self.ymd(2022, 2025)
        sep = {"hu": " ", "kr": " ", "cn": " "}.get(cc, ", " if self.rng.random() < 0.3 else " ")
        hour = self.rng.randint(0, 23) if hour is None else hour
        return L("DATE_TIME", f"{self.fmt(cc, y, m, d)}{sep}{hour:02d}:{self.rng.randint(0, 59):02d}")

    # contact details

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern)

    def phone(self, cc: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[cc])))

    def email(self, p: Person, cc: str, domain: str | None = None) -> str:
        local = self.pick((p.ascii(), p.ascii("_") + self.digits(2), ascii_fold(p.first[0] + p.short).lower(),
                           ascii_fold(p.short).lower() + self.digits(3)))
        return L("EMAIL_ADDRESS", f"{local}@{domain or self.pick(EMAIL_DOMAINS[cc])}")

    def cn_address(self, place: tuple[str, str, str, str]) -> str:
        city, district, road, _ = place
        flat = f"Room {self.rng.randint(2, 28)}0{self.rng.randint(1, 6)}, Unit {self.rng.randint(1, 4)}, Building {self.rng.randint(1, 24)}"
        return L("LOCATION", f"{flat}, {self.pick(CN_ESTATES)}, {self.rng.randint(1, 300)} {road}, {district}, {city}")

    def town(self, cc: str) -> str:
        return L("LOCATION", self.pick(TOWNS[cc])[1])

    def address(self, cc: str) -> str:
        n, k = self.rng.randint(1, 180), self.rng.randint(1, 24)
        if cc == "br":
            city, uf, cep, hoods = self.pick(BR_PLACES)
            text = f"{self.pick(BR_STREETS)}, {n}, {self.pick(hoods)}, {city} - {uf}, {cep}{self.digits(3)}-{self.digits(3)}"
        elif cc == "jp":
            city, ward, post, districts = self.pick(JP_PLACES)
            code = f"{post}-{self.digits(4)}"
            block = f"{self.rng.randint(1, 5)}-{k}-{n % 30 + 1}"
            text = self.pick((f"{block} {self.pick(districts)}, {ward}, {city} {code}",
                              f"〒{code} {city}-shi {ward} {self.pick(districts)} {block}, Room {self.rng.randint(2, 9)}0{self.rng.randint(1, 9)}"))
        elif cc == "kr":
            city, gu, post, road = self.pick(KR_PLACES)
            text = self.pick((f"{n} {road}, {gu}, {city} {post}{self.digits(2)}",
                              f"Apt {self.rng.randint(101, 112)}-{self.rng.randint(2, 25)}0{self.rng.randint(1, 6)}, {n} {road}, {gu}, {city}"))
        elif cc == "cn":
            return self.cn_address(self.pick(CN_PLACES))
        else:
            code, town = self.pick(TOWNS[cc])
            street = self.pick(STREETS[cc])
            text = {
                "de": f"{street} {n}, {code} {town}",
                "at": f"{street} {n}, {code} {town}" if street in ("Oberdorf", "Sonnleiten") else f"{street} {n}/{self.rng.randint(1, 4)}/{k}, {code} {town}",
                "ch": f"{street} {n}, {code} {town}",
                "fr": f"{street}, {code} {town}" if street.startswith("lieu-dit") else f"{n} {street}, {code} {town}",
                "it": f"{street} {n}, {code} {town}",
                "pl": f"{street} {n}{self.pick(('', f' m. {k}', f'/{k}'))}, {code} {town}",
                "cz": f"{street} {n}/{self.rng.randint(1, 40)}, {code} {town}",
                "hu": f"{code} {town}, {street} {n}.{self.pick(('', f' {k % 4 + 1}. em. {k}.', ' fszt. 2.'))}",
                "fi": f"{street} {n}{self.pick(('', f' B {k}', f' A {k}'))}, {code} {town}",
                "no": f"{street} {n}{self.pick(('', 'B', ', H0201'))}, {code} {town}",
                "dk": f"{street} {n}{self.pick(('', f', {k % 4 + 1}. tv.', ', st. th.'))}, {code} {town}",
                "be": f"{street} {n}{self.pick(('', f' bus {k}', f'/{k}'))}, {code} {town}",
                "uk": f"{self.pick(('', f'Flat {k}, '))}{n} {street}, {town} {code} {self.digits(1)}{self.letters(2)}",
                "il": f"{street} {n}, apt. {k}, {town} {code}{self.digits(5)}",
            }[cc]
        return L("LOCATION", text)

    # identifiers

    def nir(self, p: Person, ymd: tuple[int, int, int]) -> str:
        dept = self.pick(("29", "69", "59", "31", "13", "22", "75", "93"))
        thirteen = f"{'2' if p.female else '1'}{ymd[0] % 100:02d}{ymd[1]:02d}{dept}{self.digits(3)}{self.digits(3)}"
        key = nir_key(thirteen)
        t = thirteen
        return L("NATIONAL_ID", self.pick((f"{t[0]} {t[1:3]} {t[3:5]} {t[5:7]} {t[7:10]} {t[10:]} {key}", f"{t}{key}", f"{t} {key}")))

    def rpps(self) -> str:
        ten = "10" + self.digits(8)
        return L("LICENSE_NUMBER", ten + luhn_digit(ten))

    def codice_fiscale(self, p: Person, ymd: tuple[int, int, int], place: str) -> str:
        y, m, d = ymd
        head = (cf_name_part(p.last, False) + cf_name_part(p.first, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
                + f"{d + 40 if p.female else d:02d}" + place)
        return L("NATIONAL_ID", head + cf_letter(head))

    def partita_iva(self) -> str:
        ten = "0" + self.digits(9)
        return L("COMPANY_REGISTRATION", ten + luhn_digit(ten))

    def cnp(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        twelve = f"{(2 if p.female else 1) + (4 if y >= 2000 else 0)}{y % 100:02d}{m:02d}{d:02d}{self.rng.randint(1, 46):02d}{self.digits(3)}"
        return L("NATIONAL_ID", twelve + cnp_digit(twelve))

    def pesel(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        serial = self.digits(3) + self.pick("02468" if p.female else "13579")
        ten = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{serial}"
        return L("NATIONAL_ID", ten + pesel_digit(ten))

    def nip(self) -> str:
        while (check := nip_digit(nine := self.pick("123456789") + self.digits(8))) is None:
            pass
        t = nine + check
        return L("COMPANY_REGISTRATION", self.pick((f"{t[:3]}-{t[3:6]}-{t[6:8]}-{t[8:]}", f"{t[:3]}-{t[3:5]}-{t[5:7]}-{t[7:]}", t)))

    def pwz(self) -> str:
        while (check := pwz_digit(six := self.digits(6))) is None:
            pass
        return L("LICENSE_NUMBER", check + six)

    def rodne_cislo(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        while True:
            nine = f"{y % 100:02d}{m + (50 if p.female else 0):02d}{d:02d}{self.digits(3)}"
            if int(nine) % 11 != 10:
                return L("NATIONAL_ID", f"{nine[:6]}/{nine[6:]}{int(nine) % 11}")

    def taj(self) -> str:
        eight = self.pick("123456789") + self.digits(7)
        t = eight + taj_digit(eight)
        return L("HEALTH_ID", self.pick((f"{t[:3]} {t[3:6]} {t[6:]}", f"{t[:3]}-{t[3:6]}-{t[6:]}", t)))

    def rnokpp(self, p: Person, ymd: tuple[int, int, int]) -> str:
        days = (datetime.date(*ymd) - datetime.date(1899, 12, 31)).days  # the first five digits count days from 31 December 1899
        nine = f"{days:05d}{self.digits(3)}{self.pick('02468' if p.female else '13579')}"
        return L("NATIONAL_ID", nine + rnokpp_digit(nine))

    def my_number(self) -> str:
        eleven = self.pick("123456789") + self.digits(10)
        t = eleven + my_number_digit(eleven)
        return L("NATIONAL_ID", self.pick((f"{t[:4]} {t[4:8]} {t[8:]}", t, f"{t[:4]}-{t[4:8]}-{t[8:]}")))

    def jp_insurer(self) -> str:
        seven = self.pick(("01", "06", "31", "32", "34")) + f"{self.rng.randint(1, 47):02d}" + self.digits(3)
        return L("HEALTH_ID", seven + luhn_digit(seven))

    def rrn(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        sex = (3 if y >= 2000 else 1) + (1 if p.female else 0)
        twelve = f"{y % 100:02d}{m:02d}{d:02d}{sex}{self.rng.randint(0, 96):02d}{self.digits(3)}"
        return L("NATIONAL_ID", f"{twelve[:6]}-{twelve[6:]}{rrn_digit(twelve)}")

    def cpf(self) -> str:
        nine = self.digits(9)
        return L("NATIONAL_ID", self.pick((f"{nine[:3]}.{nine[3:6]}.{nine[6:]}-{cpf_digits(nine)}", nine + cpf_digits(nine))))

    def cns(self) -> str:
        """Provisional Cartão Nacional de Saúde (7, 8 or 9 first): the weighted sum, 15 down to 1, is a multiple of 11."""
        while True:
            fourteen = self.pick("789") + self.digits(13)
            last = -sum(int(c) * w for c, w in zip(fourteen, range(15, 1, -1))) % 11
            if last < 10:
                t = fourteen + str(last)
                return L("HEALTH_ID", self.pick((f"{t[:3]} {t[3:7]} {t[7:11]} {t[11:]}", t)))

    def nis(self) -> str:
        ten = self.pick("12") + self.digits(9)
        return L("NATIONAL_ID", self.pick((f"{ten[:3]}.{ten[3:8]}.{ten[8:]}-{nis_digit(ten)}", ten + nis_digit(ten))))

    def nhs(self) -> str:
        while (check := nhs_digit(nine := self.pick("3456789") + self.digits(8))) is None:
            pass
        t = nine + check
        return L("HEALTH_ID", self.pick((f"{t[:3]} {t[3:6]} {t[6:]}", t)))

    def hetu(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        individual = self.rng.randint(2, 898)
        individual += (individual % 2 == 1) == p.female  # odd for men, even for women
        nine = f"{d:02d}{m:02d}{y % 100:02d}{individual:03d}"
        sign = self.pick(("-", "-", "Y")) if y < 2000 else self.pick(("A", "A", "B"))
        return L("NATIONAL_ID", f"{nine[:6]}{sign}{nine[6:]}{HETU_CHARS[int(nine) % 31]}")

    def ytunnus(self) -> str:
        while (check := ytunnus_digit(seven := self.digits(7))) is None:
            pass
        return L("COMPANY_REGISTRATION", f"{seven}-{check}")

    def fodselsnummer(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        while True:
            individual = self.rng.randint(0, 498) if y < 2000 else self.rng.randint(500, 998)
            individual += (individual % 2 == 1) == p.female
            nine = f"{d:02d}{m:02d}{y % 100:02d}{individual % 1000:03d}"
            if (pair := mod11_pair(nine)) is not None:
                return L("NATIONAL_ID", self.pick((nine + pair, f"{nine[:6]} {nine[6:]}{pair}")))

    def no_account(self) -> str:
        while (check := weighted_mod11(ten := self.digits(10), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) is None:
            pass
        t = ten + check
        return L("ACCOUNT_NUMBER", f"{t[:4]}.{t[4:6]}.{t[6:]}")

    def teudat_zehut(self) -> str:
        eight = self.pick("0123") + self.digits(7)
        return L("NATIONAL_ID", eight + luhn_digit(eight))

    def cpr(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        while True:
            four = self.digits(3) + self.pick("02468" if p.female else "13579")
            ten = f"{d:02d}{m:02d}{y % 100:02d}{four}"
            if cpr_ok(ten):
                return L("NATIONAL_ID", f"{ten[:6]}-{ten[6:]}")

    def belgian_nn(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        serial = self.rng.randint(1, 997)
        serial += (serial % 2 == 1) == p.female
        nine = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
        key = 97 - int(("2" if y >= 2000 else "") + nine) % 97
        return L("NATIONAL_ID", self.pick((f"{nine[:2]}.{nine[2:4]}.{nine[4:6]}-{nine[6:]}.{key:02d}", f"{nine}{key:02d}")))

    def kbo(self) -> str:
        eight = self.pick("01") + self.pick("456789") + self.digits(6)
        t = f"{eight}{97 - int(eight) % 97:02d}"
        return L("COMPANY_REGISTRATION", self.pick((f"{t[:4]}.{t[4:7]}.{t[7:]}", t)))

    def be_iban(self) -> str:
        ten = self.pick(("001", "063", "068", "310", "737", "979")) + self.digits(7)
        return L("IBAN_CODE", iban("BE", f"{ten}{int(ten) % 97 or 97:02d}"))

    def ahv(self) -> str:
        twelve = "756" + self.digits(9)
        t = twelve + ean13_digit(twelve)
        return L("NATIONAL_ID", f"{t[:3]}.{t[3:7]}.{t[7:11]}.{t[11:]}")

    def che(self) -> str:
        while (check := weighted_mod11(eight := self.pick("123456789") + self.digits(7), (5, 4, 3, 2, 7, 6, 5, 4))) is None:
            pass
        return L("COMPANY_REGISTRATION", f"CHE-{eight[:3]}.{eight[3:6]}.{eight[6:]}{check}")

    def qr_reference(self) -> str:
        twenty_six = "00" + self.digits(24)
        t = twenty_six + qr_reference_digit(twenty_six)
        return L("CASE_NUMBER", f"{t[:2]} " + " ".join(t[i : i + 5] for i in range(2, 27, 5)))

    def ch_qr_iban(self) -> str:
        return L("IBAN_CODE", iban("CH", f"3{self.rng.randint(0, 1)}{self.digits(3)}" + self.digits(12)))

    def de_iban(self) -> str:
        return L("IBAN_CODE", iban("DE", self.pick(("42050001", "44050199", "26550105", "82051000", "70054306")) + self.digits(10)))

    def il_iban(self) -> str:
        return L("IBAN_CODE", iban("IL", f"0{self.pick(('10', '12', '20', '31'))}{self.digits(3)}" + "0000000" + self.digits(6)))

    def kvnr(self) -> str:
        letter, eight = self.letters(1), self.pick("123456789") + self.digits(7)
        return L("HEALTH_ID", f"{letter}{eight}{kvnr_digit(letter, eight)}")

    def steuer_id(self) -> str:
        while not steuer_id_ok(ten := self.digits(10)):
            pass
        t = ten + mod11_10_digit(ten)
        return L("NATIONAL_ID", self.pick((f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}", t)))

    def lanr(self) -> str:
        six = self.digits(6)
        return L("LICENSE_NUMBER", six + lanr_digit(six) + self.pick(("01", "03", "58", "79")))

    def svnr(self, ymd: tuple[int, int, int]) -> str:
        ddmmyy = f"{ymd[2]:02d}{ymd[1]:02d}{ymd[0] % 100:02d}"
        while (check := svnr_digit(serial := self.pick("123456789") + self.digits(2), ddmmyy)) is None:
            pass
        return L("NATIONAL_ID", self.pick((f"{serial}{check} {ddmmyy}", f"{serial}{check}{ddmmyy}")))

    def atu(self) -> str:
        seven = self.digits(7)
        return L("COMPANY_REGISTRATION", f"ATU{seven}{atu_digit(seven)}")

    def hrb(self) -> str:
        return L("COMPANY_REGISTRATION", f"HRB {self.rng.randint(1000, 29999)}" + self.pick(("", " B", "")))

    def tc_kimlik(self) -> str:
        nine = self.pick("123456789") + self.digits(8)
        return L("NATIONAL_ID", nine + tc_digits(nine))

    def cn_id(self, p: Person, ymd: tuple[int, int, int], region: str) -> str:
        y, m, d = ymd
        seventeen = f"{region}{y}{m:02d}{d:02d}{self.digits(2)}{self.pick('02468' if p.female else '13579')}"
        return L("NATIONAL_ID", seventeen + cn_id_char(seventeen))

    def gmc(self) -> str:
        return L("LICENSE_NUMBER", self.pick("34567") + self.digits(6))

    def money(self, symbol: str, low: int, high: int, style: str = "en") -> str:
        """An amount as the country writes it: CHF 1'284.50, 1.284,50 EUR, R$ 1.284,50, € 1,284.50, 1 284,50 zł."""
        whole, cents = f"{self.rng.randint(low, high):,}", self.digits(2)
        text = {"en": f"{symbol}{whole}.{cents}", "ch": f"{symbol} {whole.replace(',', chr(39))}.{cents}",
                "de": f"{whole.replace(',', '.')},{cents} {symbol}", "br": f"{symbol} {whole.replace(',', '.')},{cents}",
                "pl": f"{whole.replace(',', ' ')},{cents} {symbol}"}[style]
        return K(text)

    def uk_plate(self) -> str:
        return L("LICENSE_NUMBER", f"{self.letters(2)}{self.pick(('19', '68', '21', '71', '15', '65'))} {self.letters(3)}")


# ---------------------------------------------------------------- protected terms, by hand

DE_CASES = (  # (ICD-10-GM code, diagnosis, findings, treatments)
    ("M54.16", "lumbar radiculopathy", ("Lasègue sign positive at 40°", "Schober index 10/13 cm"), ("ibuprofen 600 mg TID", "six sessions of physiotherapy")),
    ("F43.2", "adjustment disorder", ("PHQ-9 of 14", "GAD-7 of 12"), ("sertraline 50 mg OD", "weekly counselling")),
    ("J06.9", "acute upper respiratory infection", ("temperature 38.9 °C", "CRP 38 mg/L"), ("paracetamol 1 g QID (ATC N02BE01)", "rest and fluids")),
    ("S93.40", "sprain of the ankle", ("anterior drawer test negative", "Ottawa ankle rules negative"), ("an ankle brace", "diclofenac 75 mg BD")),
    ("M75.1", "rotator cuff syndrome", ("Jobe test positive", "Hawkins-Kennedy test positive"), ("metamizole 500 mg up to QID", "six sessions of physiotherapy")),
    ("U07.1", "COVID-19", ("SpO2 95% on room air", "temperature 38.4 °C"), ("paracetamol 1 g QID (ATC N02BE01)", "nirmatrelvir/ritonavir for 5 days")),
    ("G43.0", "migraine without aura", ("Romberg test normal", "MIDAS score 24"), ("sumatriptan 50 mg PRN", "metoprolol 47.5 mg OD")),
    ("M77.1", "lateral epicondylitis", ("Mill's test positive", "Cozen's test positive"), ("an epicondylitis clasp", "diclofenac gel QID")),
)  # fmt: skip
DE_EMPLOYERS = ("Dachdeckerei Fuchs & Söhne", "Bäckerei Sauer", "Elektro Kühn", "Spedition Vogel GmbH & Co. KG", "Ruhrblick Pflege",
                "Kiosk am Markt", "Brückner Feinmechanik")
DE_PRACTICES = ("Gemeinschaftspraxis am Zechenweg", "MVZ Buer-Mitte", "Hausärzte im Lindenhof")
AT_EMPLOYERS = ("Hinterberger Holzbau GmbH", "Gasthof Pichler", "Sennerei Schwarzenberg", "Wallner Transporte", "Haslinger Elektrotechnik e.U.")
AT_PRACTICES = ("Gruppenpraxis Bregenzerwald", "Primärversorgungszentrum Wolfsberg", "Hausarztpraxis Am Anger")

FR_OPS = (  # (indication, procedure, finding)
    ("acute appendicitis", "laparoscopic appendicectomy", "a gangrenous appendix at McBurney's point, without perforation"),
    ("symptomatic cholelithiasis", "laparoscopic cholecystectomy", "Calot's triangle dissected to the critical view of safety"),
    ("right inguinal hernia", "Lichtenstein hernia repair", "an indirect sac, Nyhus type II"),
    ("sigmoid diverticulitis, Hinchey III", "Hartmann's procedure", "purulent peritonitis in the left iliac fossa"),
    ("displaced femoral neck fracture, Garden IV", "cemented hemiarthroplasty", "a comminuted femoral neck"),
    ("small-bowel obstruction", "laparoscopic adhesiolysis", "a single band adhesion, bowel viable"),
)  # fmt: skip
FR_PROPHYLAXIS = ("cefazolin 2 g IV", "cefuroxime 1.5 g IV", "amoxicillin-clavulanate 2 g IV", "clindamycin 900 mg IV (penicillin allergy)")
FR_POSTOP = ("enoxaparin 4000 IU SC daily", "paracetamol 1 g IV QID", "ketoprofen 100 mg IV BD", "nefopam 20 mg IV", "tranexamic acid 1 g IV",
             "removal of the Redon drain on day 2")
FR_SERVICES = ("Service de chirurgie viscérale et digestive", "Service d'orthopédie-traumatologie", "Bloc opératoire central")
FR_HOSPITALS = ("CHU de Brest", "Hôpital de la Croix-Rousse", "Clinique du Parc", "Hôpital privé Jean Mermoz", "Centre hospitalier de Lannion-Trestel")

IT_INJURIES = (("S62.61", "fracture of the proximal phalanx of the left index finger"), ("S61.0", "open wound of the right thumb"),
               ("S82.6", "fracture of the lateral malleolus"), ("T23.2", "second-degree burn of the hand"),
               ("S13.4", "whiplash injury of the cervical spine"), ("S43.0", "dislocation of the shoulder"))
IT_PROGNOSIS = ("a prognosis of 30 days", "a prognosis of 40 days", "a prognosis of 21 days", "temporary total disability")
IT_LAW = ("D.Lgs. 81/2008", "art. 2087 c.c.", "art. 13 D.Lgs. 38/2000")
IT_EMPLOYERS = ("Carpenteria Metallica Santoro S.r.l.", "Caseificio Bianco", "Greco Costruzioni S.p.A.", "Serre Sorrentino", "Officina Caputo",
                "Villa Serena")
IT_JOBS = {"Villa Serena": "a care assistant", "Caseificio Bianco": "a cheesemaker", "Serre Sorrentino": "a greenhouse worker"}
IT_SITES = ("contrada Piano Lupo, Gela (CL)", "Ponticelli", "the ASI industrial area at Pascarola", "Corte Franca", "Misterbianco")
BELFIORE = (("Napoli", "F839"), ("Catania", "C351"), ("Brescia", "B157"), ("Verona", "L781"), ("Salerno", "H703"), ("Palermo", "G273"))
RO_TOWNS = ("Suceava", "Bacău", "Botoșani", "Iași", "Craiova")
IT_FIRST_AID = ("Ospedale del Mare", "Ospedale Garibaldi-Nesima", "Spedali Civili", "Ospedale Vittorio Emanuele di Gela")

AMB_CASES = (  # (working diagnosis, observations, treatments)
    ("inferior STEMI", ("ST elevation in II, III and aVF", "BP 96/60 mmHg", "HR 48/min"), ("aspirin 500 mg IV", "heparin 5000 IU IV", "fentanyl 50 µg IV")),
    ("hypoglycaemia", ("glucose 2.1 mmol/L", "GCS 9 (E2V2M5)", "sweating"), ("glucose 40% 40 mL IV", "glucagon 1 mg IM")),
    ("suspected stroke, FAST positive", ("GCS 14 (E3V5M6)", "BP 210/120 mmHg", "right-sided weakness"), ("oxygen 2 L/min", "glucose check 6.8 mmol/L")),
    ("febrile seizure", ("temperature 39.4 °C", "GCS 15 after the seizure", "capillary refill 2 s"), ("midazolam 5 mg buccal", "paracetamol 250 mg PR")),
    ("fractured neck of femur", ("shortened, externally rotated left leg", "NRS pain 8/10"), ("fentanyl 100 µg IV", "ketamine 20 mg IV")),
    ("acute exacerbation of COPD", ("SpO2 84% on air", "RR 28/min"), ("salbutamol 5 mg nebulised", "ipratropium 0.5 mg nebulised", "methylprednisolone 40 mg IV")),
    ("anaphylaxis", ("BP 70/40 mmHg", "urticaria and stridor"), ("adrenaline 0.5 mg IM", "Ringer's lactate 500 mL", "clemastine 2 mg IV")),
    ("urosepsis", ("qSOFA 2", "temperature 39.1 °C", "BP 86/50 mmHg"), ("Ringer's lactate 1000 mL", "oxygen 15 L/min via non-rebreather mask")),
)  # fmt: skip
AMB = {  # country: (service, hospitals, villages, insurers)
    "cz": ("ZZS Středočeského kraje", ("Nemocnice Mělník", "Krajská nemocnice Liberec", "Kroměřížská nemocnice"),
           ("Kokořín", "Liběchov", "Nelahozeves", "Hořín"), ("VZP (111)", "ZPMV (211)", "OZP (207)")),
    "hu": ("Országos Mentőszolgálat", ("Szent Pantaleon Kórház", "Petz Aladár Egyetemi Oktató Kórház", "Gödöllői Szent Lukács Kórház"),
           ("Szada", "Veresegyház", "Mogyoród", "Ásotthalom"), ()),
    "pl": ("Wojewódzka Stacja Pogotowia Ratunkowego", ("Szpital Wojewódzki nr 2 w Rzeszowie", "Szpital Miejski w Toruniu", "Szpital Powiatowy w Łańcucie"),
           ("Tyczyn", "Głogów Małopolski", "Boguchwała", "Trzebownisko"), ()),
}  # fmt: skip

DENTAL_CASES = (  # (finding, treatments)
    ("caries C2 on tooth 46 (FDI)", ("articaine 4% with epinephrine 1:100,000 1.7 mL", "a resin composite (CR) filling")),
    ("caries C3 on tooth 36 (FDI)", ("lidocaine 2% with epinephrine 1:80,000 1.8 mL", "pulpectomy with 2.5% NaOCl irrigation")),
    ("a 6 mm periodontal pocket with bleeding on probing at 17", ("scaling and root planing", "chlorhexidine 0.12% rinse")),
    ("a fractured MOD composite on 25", ("a resin composite (CR) filling", "a bite-wing radiograph")),
    ("apical periodontitis on 21", ("pulpectomy with 2.5% NaOCl irrigation", "amoxicillin 250 mg TID for 3 days")),
    ("an impacted 38, Pell and Gregory class II B", ("a panoramic radiograph", "loxoprofen 60 mg PRN")),
    ("early enamel caries in a child at high caries risk", ("fluoride varnish 22,600 ppm", "fissure sealants on 36 and 46")),
)  # fmt: skip
DENTAL_HX = ("type 2 diabetes, HbA1c 7.8%", "warfarin, PT-INR 2.4", "alendronate 35 mg weekly", "penicillin allergy", "amlodipine 5 mg for hypertension",
             "pregnancy at 24 weeks")
JP_CLINICS = ("Ōhori Park Dental Clinic", "Fujiwara Shika Iin", "Tenjin Ekimae Dental", "Kōtōdai Kodomo Shika")
KR_CLINICS = ("Balgeun Miso Chigwa", "Seoul Yonsei Dental Clinic Daegu", "Haneul Chigwa Uiwon", "Songdo Central Dental")

BR_BP = ("PA 180/110", "PA 170/100", "pressão 19 por 11")
BR_MEDS = ("losartana 50 mg 2x ao dia", "hidroclorotiazida 25 mg", "anlodipino 5 mg", "metformina 850 mg 2x ao dia", "insulina NPH 20 UI")
BR_VACCINES = ("tríplice viral (MMR)", "pentavalente", "DTP booster", "vacina da febre amarela", "VIP (polio)")
BR_LABS = ("HbA1c 9,4%", "glicemia de jejum 212 mg/dL", "creatinina 1,6 mg/dL", "colesterol LDL 178 mg/dL")
BR_UBS = ("UBS Alto da Sereia", "USF Jurunas II", "UBS Bom Jardim", "Unidade de Saúde da Família Coroadinho")

MH_DX = ("paranoid schizophrenia (ICD-10 F20.0)", "schizoaffective disorder, manic type (F25.0)",
         "bipolar affective disorder, current episode manic with psychotic symptoms (F31.2)", "emotionally unstable personality disorder (F60.3)", "persistent delusional disorder (F22.0)")
MH_TX = ("paliperidone palmitate 150 mg IM monthly", "clozapine 350 mg nocte (ATC N05AH02)", "olanzapine 20 mg nocte",
         "lithium carbonate 800 mg nocte (level 0.7 mmol/L)", "aripiprazole long-acting injection 400 mg monthly", "sodium valproate 1 g BD", "zuclopenthixol decanoate 300 mg IM fortnightly")
MH_SCORES = ("PANSS total 84", "HCR-20 V3 rated moderate", "BPRS 52", "Young Mania Rating Scale 31", "HoNOS 22")
MH_PLAN = ("a Community Treatment Order under section 17A", "section 17 leave", "section 117 aftercare", "a conditional discharge under section 73")
MH_LAW = ("AM v SLAM NHS Foundation Trust [2013] UKUT 365 (AAC)", "the Mental Capacity Act 2005", "the section 72(1)(b) criteria",
          "the Code of Practice, chapter 27")
MH_UNITS = ("Bramble Ward", "Willowbrook", "Larch House", "Oakview", "Aspen Ward")
MH_HOSPITALS = ("Bradgate Mental Health Unit", "Penn Hospital", "Calnwood Court", "Harplands Hospital", "Callington Road Hospital")
BIRTHPLACES = {"so": ("Hargeisa", "Burao", "Mogadishu", "Kismayo"), "et": ("Dire Dawa", "Bahir Dar", "Mekelle", "Gondar"),
               "ua": ("Kharkiv", "Mariupol", "Chernihiv", "Zaporizhzhia"), "hu": ("Miskolc", "Nyíregyháza", "Kecskemét"),
               "ro": ("Suceava", "Bacău", "Craiova"), "pl": ("Rzeszów", "Przemyśl", "Tarnów"), "en": ("Stoke-on-Trent", "Walsall", "Dudley"),
               "tr": ("Yozgat, Turkey", "Kayseri, Turkey", "Rize, Turkey", "Aksaray, Turkey"), "de": ("Gelsenkirchen", "Herne", "Bottrop")}
LANGUAGES = {"so": "Somali", "et": "Amharic", "ua": "Ukrainian", "hu": "Hungarian", "ro": "Romanian", "pl": "Polish", "tr": "Turkish"}

AN_HISTORY = ("a previous caesarean section", "gestational diabetes in the last pregnancy", "a miscarriage at 9 weeks", "pre-eclampsia in 2021",
              "no previous complications")
AN_FINDINGS = ("BMI 31.2", "BMI 24.8", "Rh(D) negative", "Hb 112 g/L", "ferritin 11 µg/L", "TSH 3.1 mU/L", "rubella immune", "HBsAg negative",
               "blood group O Rh(D) positive")
AN_PLAN = ("an OGTT at 24-28 weeks", "combined first-trimester screening", "NIPT", "folic acid 400 µg daily", "anti-D 1500 IU at 28 weeks",
           "Tdap at 16-32 weeks", "aspirin 150 mg nocte from 12 weeks")
AN_CARRIER = ("BRCA2 c.5946delT carrier", "CFTR F508del carrier", "Factor V Leiden heterozygous", "MTHFR C677T homozygous", "HbS trait (sickle cell carrier)")
AN = {  # country: (clinics, cultures, professional)
    "fi": (("Keravan neuvola", "Hervannan neuvola", "Kontulan neuvola", "Ylöjärven äitiysneuvola"), ("fi", "fi", "so", "et"), "public health nurse"),
    "no": (("Skien helsestasjon", "Lund helsestasjon", "Hamar jordmortjeneste", "Hammerfest helsestasjon"), ("no", "no", "so", "ua"), "midwife"),
    "il": (("Tipat Halav Neve Amal", "Tipat Halav Kiryat Sharett", "Tipat Halav Ramot Remez"), ("he", "he", "et", "ua"), "nurse"),
}  # fmt: skip

INQ_CAUSES = (("multiple injuries", "pedestrian struck by a motor vehicle"), ("hypoxic brain injury", "mixed drug toxicity"),
              ("bronchopneumonia", "frailty of old age"), ("haemorrhage", "ruptured abdominal aortic aneurysm"),
              ("sepsis", "perforated sigmoid diverticulum"), ("pulmonary thromboembolism", "deep vein thrombosis of the left leg"))
INQ_PART2 = ("Parkinson's disease", "chronic obstructive pulmonary disease", "type 2 diabetes mellitus", "ischaemic heart disease",
             "alcohol-related liver disease")
INQ_CONCLUSIONS = {"pedestrian struck by a motor vehicle": ("road traffic collision", "a narrative conclusion"),
                   "mixed drug toxicity": ("drug-related death", "misadventure"), "frailty of old age": ("natural causes",), "ruptured abdominal aortic aneurysm": ("natural causes", "a narrative conclusion"),
                   "perforated sigmoid diverticulum": ("natural causes", "misadventure"), "deep vein thrombosis of the left leg": ("natural causes", "accident")}
INQ_LAW = ("section 10 of the Coroners and Justice Act 2009", "Regulation 28 of the Coroners (Investigations) Regulations 2013", "Article 2 ECHR",
           "R (Maughan) v HM Senior Coroner for Oxfordshire [2020] UKSC 46", "the Jamieson inquiry")
INQ_AREAS = ("Leicester City and South Leicestershire", "Black Country", "Bedfordshire and Luton", "Stoke-on-Trent and North Staffordshire", "Avon")
UK_HOSPITALS = ("Leicester Royal Infirmary", "New Cross Hospital", "Luton and Dunstable University Hospital", "Royal Stoke University Hospital",
                "Southmead Hospital")

CH_KEEP = ("Art. 82 SchKG", "Art. 88 SchKG", "a loss certificate (Art. 149 SchKG)", "Art. 7 KVG")
DE_DEBT_KEEP = ("§ 288 Abs. 1 BGB", "§ 309 Nr. 9 BGB", "§ 13 RDG")
CH_AGENCIES = (("Inkasso Rüegg & Partner GmbH", "inkasso-rueegg.ch"), ("Forderungsmanagement Zürcher AG", "fm-zuercher.ch"),
               ("Brunner Treuhand & Inkasso", "brunner-inkasso.ch"))
DE_CREDITORS = ("Fitnessclub Vogel GmbH", "Tanzschule Engel", "Autohaus Kühn GmbH", "Zahnarztpraxis Dr. Winter")
DE_AGENCIES = (("Inkasso Brückner GmbH", "brueckner-inkasso.de"), ("Ruhr Forderungsservice GmbH", "ruhr-forderung.de"))

BE_STATUTES = ("Article 37/2 of the Law of 3 July 1978 on employment contracts", "Article 39 of the Law of 3 July 1978", "Article 1382 of the old Civil Code",
               "the Law of 26 December 2013 on the single status", "Cass. 12 October 2020, S.19.0017.N")
BE_DOCTRINE = ("the Claeys formula", "compensation in lieu of notice", "protection against dismissal for a protected employee", "an outplacement offer",
               "the manifestly unreasonable dismissal test")
BE_FIRMS = (("Goossens Dewaele Advocaten", "gd-advocaten.be"), ("Cabinet Delvaux & Lejeune", "delvaux-lejeune.be"),
            ("Wuyts Vermeulen Advocatenkantoor", "wvlaw.be"))
BE_EMPLOYERS = ("Brouwerij De Smedt NV", "Transports Lejeune SRL", "Kouter Logistics", "Claes Bouw BV", "Maison Delvaux")

DK_ADMISSIONS = ("a fracture of the femoral neck (S72.0)", "a pertrochanteric fracture (S72.1)", "a periprosthetic fracture of the hip")
DK_NIGHT = ("CAM positive", "NEWS2 score 7", "haloperidol 0.5 mg", "oxycodone 5 mg x 2", "restlessness and pulling at the IV line")
DK_AFTER = ("a hemiarthroplasty", "a pressure ulcer, category 2", "hospital-acquired pneumonia", "a urinary tract infection treated with pivmecillinam 400 mg x 3")
DK_DEPTS = ("Department of Orthopaedic Surgery", "Patient Safety Unit", "Department of Geriatric Medicine")
DK_HOSPITALS = (("Regionshospitalet Viborg", "rm.dk"), ("Sygehus Sønderjylland", "rsyd.dk"), ("Nordsjællands Hospital, Hillerød", "regionh.dk"),
                ("OUH Svendborg Sygehus", "rsyd.dk"))

GUARD_DX = ("Alzheimer's dementia with late onset (F00.1)", "vascular dementia (F01.3)", "Korsakoff syndrome (F10.6)", "mixed dementia (F00.2)",
            "paranoid schizophrenia (F20.0)")
GUARD_SCORES = ("MMSE 12/30", "MMSE 17/30", "MoCA 11/30", "CDR 2", "GDS stage 5", "Barthel index 35")
GUARD_DUTIES = ("health care", "determination of residence", "asset management", "dealings with authorities", "housing matters")
GUARD_COURTS = ("Amtsgericht Gelsenkirchen-Buer", "Amtsgericht Dortmund", "Amtsgericht Osnabrück", "Amtsgericht Oldenburg (Oldb)")
CARE_HOMES = ("Haus Abendrot", "Sonnenhof", "Haus am Stadtpark", "Seniorenzentrum Lindenhof", "Altenheim St. Barbara")

CN_DEPTS = ("Department of Gastroenterology", "Department of Endocrinology", "Department of Respiratory Medicine", "Department of Infectious Diseases")
CN_CASES = (("HBsAg positive", "HBV DNA 2.1 × 10^4 IU/mL", "chronic hepatitis B (B18.1)", "entecavir 0.5 mg qd (ATC J05AF10)"),
            ("fasting glucose 11.2 mmol/L", "HbA1c 8.9%", "type 2 diabetes mellitus (E11.9)", "metformin 0.5 g tid (ATC A10BA02)"),
            ("CRP 46 mg/L", "chest CT: ground-glass opacity in the right lower lobe", "community-acquired pneumonia (J18.9)", "moxifloxacin 0.4 g qd"),
            ("13C urea breath test positive", "Hb 118 g/L", "Helicobacter pylori gastritis (K29.7)", "esomeprazole 20 mg bid"))
CN_HOSPITALS = {"Chengdu": "West China Hospital of Sichuan University", "Wuhan": "Zhongnan Hospital of Wuhan University",
                "Xi'an": "Xi'an No. 3 Hospital", "Hangzhou": "Zhejiang Provincial People's Hospital"}
UK_UNIVERSITIES = ("University of Leicester", "Keele University", "University of Wolverhampton", "University of Bedfordshire")


# ---------------------------------------------------------------- documents: (request, document, answer)


def incapacity_certificate(g: Gen) -> tuple[str, str, str]:
    code, dx, findings, treatments = g.pick(DE_CASES)
    k = [K(code), K(dx), K(g.pick(findings)), K(g.pick(treatments))]
    start, days = g.base(), g.rng.randint(3, 21)
    if g.rng.random() < 0.6:
        pt, gp, hr = g.person(g.pick(("de", "de", "tr", "pl"))), g.person("de"), g.person(g.pick(("de", "tr")))
        ymd, until = g.ymd(1960, 2004), g.day("de", start, days)
        practice = L("ORGANIZATION", g.pick((f"Hausarztpraxis Dr. {gp.last} & Kollegen",) + DE_PRACTICES))
        body = (f"CERTIFICATE OF INCAPACITY FOR WORK (Arbeitsunfähigkeitsbescheinigung) -- patient's copy, translated for the occupational physician\n"
                f"Health insurer: {g.pick(('AOK Nordwest', 'Techniker Krankenkasse', 'BARMER', 'IKK classic'))}   Insured no. {g.kvnr()}\n"
                f"Insured person: {pt.comma()}, born {g.dob('de', ymd)}\n{g.address('de')}\n"
                f"Doctor no. (LANR) {g.lanr()}   {practice}\n"
                f"{g.pick(('[x] initial certificate', '[x] follow-up certificate'))}   unfit for work since {g.day('de', start)}, "
                f"probably until and including {until}.\n"
                f"Diagnosis (ICD-10-GM): {k[0]} G ({k[1]}). Accident at work: no.\n\n"
                f"Dear {hr.formal(('Frau', 'Herr'))},\n"
                f"as requested by {g.pick((pt.given(), pt.formal(('Frau', 'Herr'))))}, who works for {L('ORGANIZATION', g.pick(DE_EMPLOYERS))}, "
                f"I confirm the findings: {k[2]}. Treatment: {k[3]}. Continued pay runs under {K('§ 3 EFZG')}. "
                f"For questions please call the practice on {g.phone('de')}.\n"
                f"Dr. med. {gp.full()}, specialist in general medicine")
    else:
        pt, gp, hr = g.person(g.pick(("at", "at", "hu", "tr"))), g.person("at"), g.person("at")
        ymd, until = g.ymd(1960, 2004), g.day("at", start, days)
        practice = L("ORGANIZATION", g.pick((f"Ordination Dr. {gp.last}",) + AT_PRACTICES))
        body = (f"SICK NOTE (Arbeitsunfähigkeitsmeldung) -- Österreichische Gesundheitskasse -- translated\n"
                f"Insured: {pt.anglo()}   social insurance no. {g.svnr(ymd)}   born {g.dob('at', ymd)}\n"
                f"Address: {g.address('at')}\n"
                f"Employer: {L('ORGANIZATION', g.pick(AT_EMPLOYERS))}, VAT {g.atu()}\n"
                f"Unfit for work from {g.day('at', start)}; expected end {until}. Permitted outing times 10:00-12:00 and 16:00-18:00.\n\n"
                f"Note to the occupational physician, {hr.formal(('Dr.in', 'Dr.'))}: diagnosis {k[0]} ({k[1]}); {k[2]}; treatment {k[3]}.\n"
                f"{'Dr.in' if gp.female else 'Dr.'} {gp.full()}, general practitioner, {practice}, {g.email(gp, 'at')}")
    return "Translate the key facts for the employer: who, how long, what to do.", body, \
        f"{pt.formal(('Frau', 'Herr'))} is unfit for work until {until}; the diagnosis stays with the occupational physician."


def operative_report(g: Gen) -> tuple[str, str, str]:
    pt = g.person(g.pick(("fr", "fr", "fr", "it", "be")))
    surgeon, intern, anaes, nurse, gp = (g.person("fr") for _ in range(5))
    partner = g.person(pt.culture, not pt.female)
    ind, proc, finding = (K(t) for t in g.pick(FR_OPS))
    post = g.keep(FR_POSTOP, 2)
    ymd = g.ymd(1940, 2005)
    name = L("PERSON", f"{pt.last.upper()} {pt.first}")
    nee = f", née {L('PERSON', g.person('fr').last.upper())}" if pt.female and g.rng.random() < 0.6 else ""
    service = f" -- {K(g.pick(FR_SERVICES))}" if g.rng.random() < 0.5 else ""
    body = (f"{L('ORGANIZATION', g.pick(FR_HOSPITALS))}{service}\nOPERATIVE REPORT (compte rendu opératoire, translated)\n"
            f"Patient: {'Mme' if pt.female else 'M.'} {name}{nee} -- born {g.dob('fr', ymd)} -- NIR {g.nir(pt, ymd)} -- IPP {L('HEALTH_ID', g.digits(10))}\n"
            f"Date of operation: {g.when('fr')}   Theatre {g.rng.randint(1, 12)}\n"
            f"Surgeon: Dr {surgeon.full()} (RPPS {g.rpps()})   Assistant: {intern.full()}, interne   Anaesthetist: Dr {anaes.sur()}   "
            f"Scrub nurse: {nurse.given()}\n"
            f"Indication: {ind}. Procedure: {proc} under general anaesthesia{'; ' + K(g.pick(FR_PROPHYLAXIS)) + ' at induction' if g.rng.random() < 0.6 else ''}.\n"
            f"Findings: {finding}. Haemostasis checked; closure in layers.\n"
            f"Post-operative orders: {post[0]}{'; ' + post[1] if g.rng.random() < 0.5 else ''}.\n"
            f"Copy to: Dr {gp.full()}, general practitioner, {g.address('fr')}. "
            f"The patient's {'husband' if pt.female else 'wife'}, {partner.given()}, was informed by telephone.")
    return "Summarise the operation for the discharge letter.", body, f"{proc}, uneventful; surgeon Dr {surgeon.sur()}."


def injury_claim(g: Gen) -> tuple[str, str, str]:
    code, desc = g.pick(IT_INJURIES)
    prognosis = K(g.pick(IT_PROGNOSIS))
    ymd, event = g.ymd(1965, 2004), g.base()
    if g.rng.random() < 0.5:
        worker = g.person("it")
        town, belfiore = g.pick(BELFIORE)
        born, ids, mobile = L("LOCATION", town), f"codice fiscale {g.codice_fiscale(worker, ymd, belfiore)}", g.phone("it")
    else:
        worker = g.person("ro")
        born = L("LOCATION", f"{g.pick(RO_TOWNS)} (Romania)")
        ids, mobile = f"codice fiscale {g.codice_fiscale(worker, ymd, 'Z129')}, Romanian CNP {g.cnp(worker, ymd)}", g.phone("ro")
    witness, foreman = g.person("it"), g.person(g.pick(("it", "ro")))
    employer = g.pick(IT_EMPLOYERS)
    pec = ascii_fold("".join(employer.split()[:2])).lower()
    body = (f"EMPLOYER'S REPORT OF A WORKPLACE INJURY (INAIL) -- English summary for the insurer's medical consultant\n"
            f"Employer: {L('ORGANIZATION', employer)} -- P.IVA {g.partita_iva()} -- insurance position (PAT) "
            f"{L('ACCOUNT_NUMBER', g.digits(8) + '/' + g.digits(2))}\n"
            f"Worker: {worker.full()}, born {g.dob('it', ymd)} in {born}, {ids}\nResident at {g.address('it')}; mobile {mobile}\n"
            f"Job: {IT_JOBS.get(employer, g.pick(('a welder', 'a warehouse operative', 'a bricklayer')))}.\n"
            f"Event: on {g.stamp('it', event)}, at the site in {L('LOCATION', g.pick(IT_SITES))}, the worker was injured while unloading material.\n"
            f"First aid: {L('ORGANIZATION', g.pick(IT_FIRST_AID))}, diagnosis {K(code)} {K(desc)}, {prognosis}.\n"
            f"Witnesses: {witness.full()}; the foreman, {foreman.given()}.\n"
            f"Reported on {g.day('it', event, 1)} under {K('art. 53 D.P.R. 1124/1965')}"
            + (f"; risk assessment under {K(g.pick(IT_LAW))} attached" if g.rng.random() < 0.5 else "")
            + f". INAIL case no. {L('CASE_NUMBER', g.digits(9) + '/' + str(event.year))}; contact {L('EMAIL_ADDRESS', pec + '@pec.it')}")
    return "What happened and how long will the worker be off?", body, f"{worker.sur()}: {K(desc)}, {prognosis}."


def ambulance_report(g: Gen) -> tuple[str, str, str]:
    cc = g.pick(("cz", "hu", "pl"))
    service, hospitals, villages, insurers = AMB[cc]
    dx, observations, treatments = g.pick(AMB_CASES)
    obs, tx = [K(t) for t in observations[:2]], [K(t) for t in treatments[:2]]
    pt = g.person(g.pick({"cz": ("cz", "cz", "ua"), "hu": ("hu",), "pl": ("pl", "pl", "ua")}[cc]))
    relation = g.pick(("spouse", "child", "neighbour"))
    caller_female = g.rng.random() < 0.5
    caller = g.relative(pt, caller_female) if relation != "neighbour" else g.person(cc, caller_female)
    relation = {"spouse": ("husband", "wife"), "child": ("son", "daughter"), "neighbour": ("neighbour", "neighbour")}[relation][caller_female]
    doc, medic, driver = (g.person(cc) for _ in range(3))
    ymd = g.ymd(1935, 2015)
    if cc == "cz":
        ident = f"birth no. {g.rodne_cislo(pt, ymd)}, insurer {g.pick(insurers)}" if pt.culture == "cz" else \
            f"passport only; Ukrainian tax no. {g.rnokpp(pt, ymd)}, insurer {g.pick(insurers)}"
    elif cc == "hu":
        ident = f"TAJ {g.taj()}"
    else:
        ident = f"PESEL {g.pesel(pt, ymd)}" + (f" (UKR status), Ukrainian tax no. {g.rnokpp(pt, ymd)}" if pt.culture == "ua" else "")
    scene = g.pick((g.address(cc), L("LOCATION", g.pick(villages)), f"the field path behind the railway station, {L('LOCATION', g.pick(villages))}"))
    if cc == "pl" and g.rng.random() < 0.4:
        scene = (f"warehouse of {L('ORGANIZATION', g.pick(('Krawczyk Logistyka sp. z o.o.', 'Piekarnia Zając', 'Sikora i Syn')))} "
                 f"(NIP {g.nip()}), {g.address(cc)}")
    receiver = f"Dr {doc.sur()}" + (f" (PWZ {g.pwz()})" if cc == "pl" else "")
    case_no = {"cz": f"{g.digits(2)}-{g.digits(6)}", "hu": f"{g.digits(4)}/{g.digits(6)}", "pl": f"ZRM/{g.digits(4)}/{g.digits(5)}"}[cc]
    body = (f"{service} -- PATIENT REPORT FORM (translated)\nCase no. {L('CASE_NUMBER', case_no)}   Call received {g.stamp(cc)}\n"
            f"Scene: {scene}\nPatient: {pt.full()}, born {g.dob(cc, ymd)}, {ident}\n"
            f"Caller: {relation} {caller.full()}, {g.phone('ua' if caller.culture == 'ua' else cc)}\n"
            f"History (from {caller.given()}): found on the floor, last seen well at 06:30.\n"
            f"Observations: {obs[0]}; {obs[1]}.\nTreatment: {tx[0]}; {tx[1]}.\nWorking diagnosis: {K(dx)}.\n"
            f"Handed over at {g.rng.randint(7, 9)}:{g.rng.randint(10, 59)} to {L('ORGANIZATION', g.pick(hospitals))}, emergency department, "
            f"{receiver}.\nCrew: {medic.full()} (paramedic), {driver.initials()} (driver)")
    return "Write the handover line for the emergency department's board.", body, f"{pt.sur()}, {K(dx)}."


def dental_chart(g: Gen) -> tuple[str, str, str]:
    finding, treatments = g.pick(DENTAL_CASES)
    finding, tx, hx = K(finding), [K(t) for t in treatments], K(g.pick(DENTAL_HX))
    ymd, visit = g.ymd(1945, 2016), g.base()
    if g.rng.random() < 0.55:
        if g.rng.random() < 0.3:
            pt, hx = g.namesake("jp")
        else:
            pt = g.person("jp")
        dentist, hygienist = g.person("jp"), g.person("jp")
        body = (f"{L('ORGANIZATION', g.pick(JP_CLINICS))} -- dental record (karute), English working copy\n"
                f"Patient: {pt.native()}   Sex: {'F' if pt.female else 'M'}   Born: {g.dob('jp', ymd)}\n"
                f"Insurer no. {g.jp_insurer()}   Card symbol {L('HEALTH_ID', g.digits(4) + '-' + g.digits(3))}, number {L('HEALTH_ID', g.digits(2))}\n"
                f"My Number (written on the intake form by the patient; to be blacked out): {g.my_number()}\n"
                f"Address: {g.address('jp')}   Tel. {g.phone('jp')}\n"
                f"Medical history: {hx}.\nVisit {g.day('jp', visit)}: pain on biting. Findings: {finding}.\n"
                f"Treatment: {tx[0]}; {tx[1]}.\nNext visit: {g.day('jp', visit, 14)}.\n"
                f"Dentist: {dentist.anglo()}, registration no. {L('LICENSE_NUMBER', g.digits(6))}   Hygienist: {hygienist.given()}")
    else:
        pt, dentist, hygienist = g.person("kr"), g.person("kr"), g.person("kr")
        guardian = g.relative(pt, g.rng.random() < 0.5)
        body = (f"{L('ORGANIZATION', g.pick(KR_CLINICS))} -- dental chart (translated)\n"
                f"Patient: {pt.native()}   RRN {g.rrn(pt, ymd)}   Born {g.dob('kr', ymd)}\n"
                f"Address: {g.address('kr')}   Mobile {g.phone('kr')}"
                + (f"   Guardian: {guardian.anglo()}, {g.phone('kr')}" if ymd[0] > 2005 else "") + "\n"
                f"Medical history: {hx}.\nVisit {g.day('kr', visit)}: {finding}.\nTreatment: {tx[0]}; {tx[1]}.\n"
                f"Next visit {g.day('kr', visit, 7)}; KakaoTalk reminder to the mobile above.\n"
                f"Dentist: Dr {dentist.anglo()} (licence no. {L('LICENSE_NUMBER', g.digits(5))}); hygienist {hygienist.given()}")
    return "List today's findings and treatment.", body, f"{pt.sur()}: {finding}; {tx[0]}."


def acs_whatsapp(g: Gen) -> tuple[str, str, str]:
    agent, mom, doc, neighbour = g.person("br"), g.person("br", True), g.person("br"), g.person("br")
    dad, kid = g.relative(mom, False), g.relative(mom, g.rng.random() < 0.5)
    bp, med, vaccine, lab = K(g.pick(BR_BP)), K(g.pick(BR_MEDS)), K(g.pick(BR_VACCINES)), K(g.pick(BR_LABS))
    ubs = L("ORGANIZATION", g.pick(BR_UBS))
    num = g.phone("br")
    clock = iter(sorted((g.rng.randint(8, 19), g.rng.randint(0, 59)) for _ in range(8)))
    t = lambda: "[{:02d}:{:02d}]".format(*next(clock))  # noqa: E731  (the messages' times, in order)
    dad_name = L("PERSON", NICKNAMES.get(dad.first, dad.first).lower())
    visit = g.base()
    lines = [f"[{g.stamp('br', visit, 7)}] ACS: bom dia dona {mom.lower_first()}! it's {agent.lower_first()} from the {ubs}. how is seu {dad_name}?",
             f"{t()} {num}: oi!! he is bad, the pressure was {bp} this morning at the pharmacy. the {med} ran out and the "
             f"{g.pick((K('Farmácia Popular'), 'pharmacy'))} asked for his cpf {g.cpf()} and the cartão do sus {g.cns()}",
             f"{t()} ACS: ok I'll ask dra {doc.sur()} to renew it. I pass by {g.address('br')} after lunch"]
    if g.rng.random() < 0.5:
        lines.append(f"{t()} {num}: the NIS for the {K('Bolsa Família')} is {g.nis()} if the cadastro asks")
    lines += [f"{t()} {num}: and {kid.lower_first()} still needs the {vaccine}",
              f"{t()} ACS: bring the caderneta on {g.day('br', visit, 7)}. dr {doc.sur()} also wants to see seu {dad_name} about the {lab}"]
    if g.rng.random() < 0.4:
        hexes = lambda n: "".join(g.pick("0123456789abcdef") for _ in range(n))  # noqa: E731
        pix = f"{hexes(8)}-{hexes(4)}-4{hexes(3)}-{g.pick('89ab')}{hexes(3)}-{hexes(12)}"  # a random key is a version-4 UUID
        lines.append(f"{t()} {num}: the church is doing a vaquinha for his glasses, pix {L('ACCOUNT_NUMBER', pix)}")
    else:
        lines.append(f"{t()} {num}: {neighbour.lower()} from the bar can bring him, the number is {g.phone('br')}")
    body = f"WhatsApp chat export -- community health agent (ACS) {agent.full()}\n" + "\n".join(lines)
    return "Write the ACS visit note for the e-SUS record.", body, f"Home visit to {mom.given()}'s family: {med} ran out; follow-up with Dr {doc.sur()}."


def tribunal_report(g: Gen) -> tuple[str, str, str]:
    culture = g.pick(("so", "et", "ua", "hu", "ro", "en", "en", "pl"))
    if culture == "en" and g.rng.random() < 0.6:
        pt, also = g.namesake("en")
    else:
        pt, also = g.person(culture), K(g.pick(("type 2 diabetes", "hepatitis C", "asthma", "epilepsy")))
    nr_female = g.rng.random() < 0.5
    nr = g.relative(pt, nr_female)
    relation = g.pick(("mother", "sister") if nr_female else ("father", "brother"))
    cc_, rc, other = g.person("en"), g.person(g.pick(("en", "hu", "et"))), g.person(g.pick(("en", "so", "pl")))
    dx, tx, score, plan, law = K(g.pick(MH_DX)), K(g.pick(MH_TX)), K(g.pick(MH_SCORES)), K(g.pick(MH_PLAN)), K(g.pick(MH_LAW))
    y = g.rng.randint(2022, 2025)
    also_shown = also.startswith(chr(4)) and (culture == "en" and pt.last in ("Still", "Down") or g.rng.random() < 0.4)
    he, his = ("she", "her") if pt.female else ("he", "his")
    came = "" if culture == "en" else f", who came to the United Kingdom in {g.rng.randint(2005, 2021)}"
    lang = f" A {LANGUAGES[culture]} interpreter, {g.person(culture).anglo()}, attended the review." if culture in LANGUAGES and g.rng.random() < 0.5 else ""
    body = (f"FIRST-TIER TRIBUNAL (MENTAL HEALTH)\nRESPONSIBLE CLINICIAN'S STATUTORY REPORT\n"
            f"Tribunal reference: {L('CASE_NUMBER', f'MP/{y}/{g.digits(5)}')}\n"
            f"Patient: {pt.anglo()}   Date of birth: {g.dob('uk')}   NHS number: {g.nhs()}\n"
            f"Detained under {K('section 3 of the Mental Health Act 1983')} on {L('ORGANIZATION', g.pick(MH_UNITS))}, "
            f"{L('ORGANIZATION', g.pick(MH_HOSPITALS))}.\n\n"
            f"1. {pt.formal()} is a {g.rng.randint(19, 64)}-year-old {'woman' if pt.female else 'man'} born in "
            f"{L('LOCATION', g.pick(BIRTHPLACES[culture]))}{came}. When well {he} lives with {his} {relation} at {g.address('uk')}.{lang}\n"
            f"2. Diagnosis: {dx}{'; also ' + also if also_shown else ''}. Treatment: {tx}{'; most recent ' + score if g.rng.random() < 0.6 else ''}.\n"
            f"3. On {g.when('uk')} {pt.given()} struck another patient, {other.given()}, and was secluded for four hours.\n"
            f"4. The nearest relative is {relation} {nr.anglo()}, {g.phone('uk')}.\n"
            f"5. The care coordinator, {cc_.full()}, has offered {L('ORGANIZATION', g.pick(('Larch House', 'Cedar Lodge', 'Ashfield Court')))} "
            f"supported housing on discharge, with {plan}{'; see also ' + law if g.rng.random() < 0.4 else ''}.\n\n"
            f"Dr {rc.anglo()}, Consultant Psychiatrist, GMC {g.gmc()}" + (f", {g.when('uk')}" if g.rng.random() < 0.5 else ""))
    return "Summarise the responsible clinician's recommendation for the tribunal panel.", body, \
        f"Dr {rc.sur()} recommends continued detention of {pt.formal()}, then {plan}."


def antenatal_booking(g: Gen) -> tuple[str, str, str]:
    cc = g.pick(("fi", "no", "il"))
    clinics, cultures, role = AN[cc]
    culture = g.pick(cultures)
    mother, staff = g.person(culture, True), g.person(cc if cc != "il" else "he")
    partner = g.relative(mother, False) if g.rng.random() < 0.5 else g.person(culture, False)
    history, finding, plan = K(g.pick(AN_HISTORY)), K(g.pick(AN_FINDINGS)), K(g.pick(AN_PLAN))
    para = K(g.pick(("G1P0", "G2P1", "G3P2", "G4P3"))) if "previous" in str(history) or "last" in str(history) or "miscarriage" in str(history) \
        else K(g.pick(("G2P1", "G3P2")))
    mymd, pymd = g.ymd(1984, 2004), g.ymd(1978, 2002)
    lmp = g.base(2023, 2025)
    ident = {"fi": lambda p, ymd: f"HETU {g.hetu(p, ymd)}", "no": lambda p, ymd: f"fødselsnummer {g.fodselsnummer(p, ymd)}",
             "il": lambda p, ymd: f"ID no. {g.teudat_zehut()}"}[cc]
    interp = f"Interpreter ({LANGUAGES.get(culture, 'Amharic')}): {g.person(culture).full()}\n" if culture in ("so", "et", "ua") and g.rng.random() < 0.6 else ""
    grant = {"fi": f"the partner works at {L('ORGANIZATION', g.pick(('Kerava Energia', 'Tampereen Kuljetus Oy', 'Koivu & Laaksonen Oy')))} "
                   f"(Y-tunnus {g.ytunnus()})",
             "no": f"lump-sum grant (engangsstønad) to account {g.no_account()}",
             "il": f"birth grant to {g.il_iban()}"}[cc]
    carrier = f" Genetics: {K(g.pick(AN_CARRIER))}." if g.rng.random() < 0.4 else ""
    body = (f"{L('ORGANIZATION', g.pick(clinics))} -- antenatal booking visit (translated summary)\n"
            f"Mother: {mother.full()}, born {g.dob(cc, mymd)}, {ident(mother, mymd)}\n"
            f"Partner: {partner.full()}, {ident(partner, pymd)}\n"
            f"Address: {g.address(cc)}   Mobile: {g.phone(cc)}\n{interp}"
            f"Obstetric history: {para}; {history}. LMP {g.day(cc, lmp)}, EDD {g.day(cc, lmp, 280)}{' by ' + K('CRL ' + str(g.rng.randint(45, 80)) + ' mm') if g.rng.random() < 0.5 else ''}.\n"
            f"Findings: {finding}.{carrier}\nPlan: {plan}; next visit {g.day(cc, lmp, g.rng.randint(90, 120))}; {grant}.\n"
            f"{role.capitalize()}: {staff.full()}" + (f", HPR no. {L('LICENSE_NUMBER', g.digits(7))}" if cc == "no" else "")
            + f", {g.email(staff, cc)}")
    return "Write the booking summary for the hospital's maternity unit.", body, f"{mother.formal(('Ms', 'Ms'))}, {para}: {finding}; {plan}."


def inquest_summary(g: Gen) -> tuple[str, str, str]:
    culture = g.pick(("et", "so", "ua", "pl", "en", "hu", "ro"))
    if culture in ("hu", "en") and g.rng.random() < 0.5:
        dec, part2 = g.namesake(culture)
    else:
        dec, part2 = g.person(culture), K(g.pick(INQ_PART2))
    spouse = g.relative(dec, not dec.female)
    pathologist, officer, driver, coroner = (g.person(c) for c in ("en", "en", g.pick(("en", "pl")), "en"))
    cause1, cause2 = g.pick(INQ_CAUSES)
    conclusion = K(g.pick(INQ_CONCLUSIONS[cause2]))
    law = g.keep(INQ_LAW, 1)[0]
    road = cause2.startswith("pedestrian")
    death = g.base(2021, 2024)
    lang = f" through a {LANGUAGES[culture]} interpreter" if culture in LANGUAGES and g.rng.random() < 0.6 else ""
    where = (f"on {L('LOCATION', g.pick(STREETS['uk']))} near its junction with {L('LOCATION', g.pick(('Braunstone Lane', 'Bilston Road', 'Dunstable Road', 'Fenton Road')))}"
             if road else f"at {L('ORGANIZATION', g.pick(UK_HOSPITALS))}")
    evidence = (f"PC {officer.sur()}, collision investigator, said the {g.pick(('van', 'car', 'lorry'))} {g.uk_plate()}, driven by "
                f"{driver.anglo()}, was travelling at about 38 mph. " if road else f"Dr {pathologist.sur()} found no third-party involvement. ")
    body = (f"HM CORONER FOR THE AREA OF {L('LOCATION', g.pick(INQ_AREAS).upper())}\nRECORD OF AN INQUEST -- summary for the family's solicitors\n"
            f"Inquest no. {L('CASE_NUMBER', f'{g.digits(5)}/{death.year}')}; hearing concluded {g.day('uk', death, g.rng.randint(120, 400))}\n"
            f"Deceased: {dec.anglo()}, born {g.dob('uk')} in {L('LOCATION', g.pick(BIRTHPLACES[culture]))}, of {g.address('uk')}\n"
            f"Died: {g.day('uk', death)} {where}\n"
            f"Medical cause of death: 1a {K(cause1)}; 1b {K(cause2)}; II {part2}\n"
            f"Conclusion: {conclusion}.\n\n"
            f"Evidence: the post-mortem examination was carried out by Dr {pathologist.full()}. {evidence}"
            f"{'Her' if dec.female else 'His'} {'husband' if dec.female else 'wife'}, {spouse.given()}, gave evidence{lang}. "
            f"The coroner{', ' + coroner.full() + ',' if g.rng.random() < 0.6 else ''} considered {law}.")
    return "Explain the outcome of the inquest to the family in plain words.", body, f"The inquest into {dec.formal()}'s death found {conclusion}."


def debt_collection(g: Gen) -> tuple[str, str, str]:
    sent = g.base()
    if g.rng.random() < 0.55:
        debtor, agent = g.person(g.pick(("ch", "ch", "it", "tr"))), g.person("ch")
        child = g.relative(debtor, g.rng.random() < 0.5)
        agency, domain = g.pick(CH_AGENCIES)
        insured = g.pick((f"you (AHV no. {g.ahv()})", f"your {'daughter' if child.female else 'son'} {child.given()} (AHV no. {g.ahv()})"))
        body = (f"{L('ORGANIZATION', agency)}" + (f" | UID {g.che()}" if g.rng.random() < 0.6 else "")
                + f"\n\n{'Frau' if debtor.female else 'Herr'} {debtor.full()}\n{g.address('ch')}\n\n"
                f"{g.town('ch')}, {g.day('ch', sent)}\nOur reference: {L('CASE_NUMBER', f'{g.digits(3)}.{g.digits(4)}.{g.digits(2)}')}"
                + (f"   Customer no.: {L('ACCOUNT_NUMBER', g.digits(8))}" if g.rng.random() < 0.5 else "")
                + f"\n\nFINAL REMINDER BEFORE DEBT ENFORCEMENT\n\n"
                f"Dear {debtor.formal(('Frau', 'Herr'))},\non behalf of {g.pick(('Helsana', 'CSS', 'Sanitas', 'ÖKK'))} we claim the unpaid premiums for the "
                f"basic health insurance of {insured}: {g.money('CHF', 900, 4800, 'ch')} plus reminder fees. Premium arrears are governed by {K('Art. 64a KVG')}.\n"
                f"If we have not received payment by {g.day('ch', sent, 20)}, we will request debt enforcement under {K('Art. 67 SchKG')}; "
                f"you may then lodge an objection ({K('Rechtsvorschlag')}) within ten days of service of the payment order; we may then proceed under "
                f"{K(g.pick(CH_KEEP))}.\nPayment: QR-IBAN {g.ch_qr_iban()}, reference {g.qr_reference()}.\n"
                f"Questions: {agent.full()}, {g.phone('ch')}; instalment requests at {L('URL', f'https://portal.{domain}/plan/{g.digits(6)}')}")
    else:
        debtor, agent = g.person(g.pick(("de", "tr", "pl", "ua"))), g.person("de")
        agency, domain = g.pick(DE_AGENCIES)
        body = (f"{L('ORGANIZATION', agency)}, {g.address('de')}\n\n{debtor.full()}\n{g.address('de')}\n\n{g.day('de', sent)}\n"
                f"File no.: {L('CASE_NUMBER', f'{g.digits(6)}/{sent.year % 100}')}   Your customer no. with the creditor: "
                f"{L('ACCOUNT_NUMBER', g.digits(7))}\n\nPAYMENT DEMAND\n\n"
                f"Dear {debtor.formal(('Frau', 'Herr'))},\nour client {L('ORGANIZATION', g.pick(DE_CREDITORS))} ({g.hrb()}, "
                f"{L('ORGANIZATION', 'Amtsgericht ' + g.pick(TOWNS['de'])[1])}) has instructed us to collect {g.money('EUR', 120, 2400, 'de')} "
                f"for the period from {g.when('de')}. You have been in default since the first reminder ({K('§ 286 BGB')}); we add interest "
                f"under {K(g.pick(DE_DEBT_KEEP))}. If you do not pay by {g.day('de', sent, 14)}, our client will apply for a {K('Mahnbescheid')}.\n"
                f"Please transfer the total to {g.de_iban()}, quoting the file number.\n"
                f"Your contact: {agent.full()}, {g.phone('de')}, {g.email(agent, 'de', domain)}")
    return "Draft a short reply asking for an instalment plan.", body, \
        f"Dear {agent.formal(('Ms', 'Mr'))}, I, {debtor.full()}, ask to pay this claim in instalments."


def matter_email(g: Gen) -> tuple[str, str, str]:
    partner, assoc, hr = (g.person(g.pick(("be", "be", "fr", "tr"))) for _ in range(3))
    client = g.person(g.pick(("be", "be", "fr", "tr")), True)
    husband = g.relative(client, False)
    firm, domain = g.pick(BE_FIRMS)
    ymd, sent = g.ymd(1960, 2000), g.base()
    statute, doctrine = K(g.pick(BE_STATUTES)), K(g.pick(BE_DOCTRINE))
    matter = L("CASE_NUMBER", f"{sent.year}/{g.digits(4)}")
    employer = L("ORGANIZATION", g.pick(BE_EMPLOYERS))
    body = (f"From: {g.email(partner, 'be', domain)}\nTo: {g.email(assoc, 'be', domain)}\n"
            f"Date: {g.stamp('be', sent, g.rng.randint(7, 22))}\nSubject: {matter} {client.sur()} / {employer} -- dismissal, urgent\n\n"
            f"{assoc.given()},\n\nNew matter, conflict check cleared against {employer} (KBO {g.kbo()}). "
            f"Client: {client.full()} (national number {g.belgian_nn(client, ymd)}), {g.address('be')}. "
            f"She was dismissed on {g.day('be', sent, -g.rng.randint(3, 40))} after {g.rng.randint(4, 25)} years; no reasons were given, "
            f"so {g.pick((K('CAO no. 109'), 'the collective agreement'))} applies. I read {statute} as giving her more than they paid; check {doctrine} as well.\n"
            + (f"Her husband {husband.given()} works at {L('ORGANIZATION', g.pick(('Gent Port Services', 'Liège Airport Handling', 'Brugse Zeevaart')))} "
               f"-- he is not our client.\n" if g.rng.random() < 0.5 else "\n")
            + f"Please draft the {K('mise en demeure')} to their HR director, {hr.formal(('Mrs', 'Mr'))}, by {g.day('be', sent, 7)}. "
            f"Provision of {g.money('€', 1500, 6000)} to our client account {g.be_iban()}.\n\n"
            f"{partner.given()}\n--\n{partner.full()} | Partner | {L('ORGANIZATION', firm)} | {g.phone('be')}")
    return "List the associate's tasks from this e-mail.", body, f"Draft the {K('mise en demeure')} for {client.formal()}; check {doctrine}."


def complaint_response(g: Gen) -> tuple[str, str, str]:
    pt = g.person(g.pick(("dk", "dk", "dk", "de", "pl")))
    complainant = g.relative(pt, g.rng.random() < 0.5)
    nurse, surgeon, chief, secretary = g.person("dk"), g.person("dk"), g.person("dk"), g.person("dk")
    hospital, domain = g.pick(DK_HOSPITALS)
    admission, night, after = K(g.pick(DK_ADMISSIONS)), g.keep(DK_NIGHT, 2), K(g.pick(DK_AFTER))
    relation = "mother" if pt.female else "father"
    ymd, admitted = g.ymd(1928, 1950), g.base(2022, 2024)
    dept = f"\n{K(g.pick(DK_DEPTS))}" if g.rng.random() < 0.5 else ""
    body = (f"{L('ORGANIZATION', hospital)}{dept}\n\n"
            f"{complainant.full()}\n{g.address('dk')}\n\n{g.day('dk', admitted, g.rng.randint(60, 120))}\n"
            f"Our ref.: {L('CASE_NUMBER', f'{admitted.year % 100}/{g.digits(5)}')}\n\n"
            f"Reply to your complaint about the treatment of your {relation}, {pt.full()} (CPR {g.cpr(pt, ymd)})\n\n"
            f"Dear {complainant.full()},\n"
            f"Thank you for your letter of {g.day('dk', admitted, g.rng.randint(20, 50))}. Your {relation} was admitted on {g.stamp('dk', admitted)} "
            f"with {admission}. You write that the night nurse, {nurse.given()}, did not call a doctor when {pt.given()} became confused. "
            f"We have reviewed the record: {night[0]} and {night[1]} were documented, but the doctor on call was not contacted until the morning. "
            f"We apologise for this.\nThe operation was performed on {g.day('dk', admitted, 1)} by {surgeon.formal(('Dr', 'Dr'))}; afterwards {after}.\n"
            f"If you are not satisfied with this reply, you can complain to the Danish Patient Complaints Agency.\n\n"
            f"Yours sincerely\n{chief.full()}\nChief Physician\nContact: {'medical secretary ' + secretary.full() + ', ' if g.rng.random() < 0.5 else ''}"
            f"{L('EMAIL_ADDRESS', ascii_fold(secretary.first[:2] + secretary.short[:2]).lower() + '@' + domain)}")
    return "Which failings does the hospital admit?", body, f"The doctor was not called for {pt.formal()} although {night[0]} was documented."


def guardianship_order(g: Gen) -> tuple[str, str, str]:
    turkish = g.rng.random() < 0.7
    ward = g.person("tr" if turkish else "de")
    child = g.relative(ward, g.rng.random() < 0.5)
    lawyer, expert, judge = g.person("de"), g.person(g.pick(("de", "tr", "pl"))), g.person("de")
    ymd, decided = g.ymd(1934, 1956), g.base()
    dx, score = K(g.pick(GUARD_DX)), K(g.pick(GUARD_SCORES))
    duties = g.keep(GUARD_DUTIES, 2)
    ids = f"TC Kimlik no. {g.tc_kimlik()}, tax ID {g.steuer_id()}" if turkish else f"tax ID {g.steuer_id()}"
    he, his = ("she", "her") if ward.female else ("he", "his")
    hearing_lang = f", with the interpreter {g.person('tr').full()}" if turkish and g.rng.random() < 0.5 else ""
    body = (f"{L('ORGANIZATION', g.pick(GUARD_COURTS))} -- guardianship court\n"
            f"Case no.: {L('CASE_NUMBER', f'{g.rng.randint(10, 99)} XVII {g.rng.randint(10, 999)}/{decided.year % 100}')}   Date: {g.day('de', decided)}\n\n"
            f"DECISION (certified translation)\n\nIn the guardianship matter concerning {ward.full()}, born {g.dob('de', ymd)} in "
            f"{L('LOCATION', g.pick(BIRTHPLACES['tr' if turkish else 'de']))}, {ids}, currently living at "
            f"{L('ORGANIZATION', g.pick(CARE_HOMES))}, {g.address('de')}" + (f"; procedural guardian: {lawyer.formal(('Ms', 'Mr'))}, lawyer" if g.rng.random() < 0.5 else "") + "\n\n"
            f"1. {child.full()}{', telephone ' + g.phone('de') if g.rng.random() < 0.5 else ''}, is appointed guardian for {duties[0]} and {duties[1]}.\n"
            f"2. The court will decide on an extension by {g.day('de', decided, 365 * g.rng.randint(2, 7))} at the latest.\n\n"
            f"Reasons: according to the expert opinion of Dr {expert.full()}, specialist in psychiatry, "
            f"{ward.formal(('Frau', 'Herr'))} has {dx} ({score}) and can no longer manage {his} affairs. The requirements of "
            f"{K('§ 1814 BGB')} are met. {ward.given()} was heard in person on {g.day('de', decided, -g.rng.randint(3, 15))} at the care home{hearing_lang}; "
            f"{he} did not object." + (f" A complaint lies within one month ({K('§ 63 FamFG')})." if g.rng.random() < 0.5 else "") + f"\n\n{judge.full()}, Judge at the Local Court")
    return "Who was appointed, for what, and until when?", body, f"{child.full()} is guardian of {ward.formal(('Frau', 'Herr'))} for {duties[0]}."


def certified_translation(g: Gen) -> tuple[str, str, str]:
    pt, doc = g.person("cn"), g.person("cn")
    rel = g.relative(pt, g.rng.random() < 0.5)
    translator = g.person(g.pick(("en", "cn")))
    place = g.pick(CN_PLACES)
    city, region = place[0], place[3]
    ymd, visit = g.ymd(1995, 2005), g.base()
    exam1, exam2, dx, rx = (K(t) for t in g.pick(CN_CASES))
    relation = ("mother" if rel.female else "father")
    body = (f"CERTIFIED TRANSLATION FROM SIMPLIFIED CHINESE\n\n[Translation] {L('ORGANIZATION', CN_HOSPITALS[city])} -- outpatient medical record\n"
            f"Name: {pt.native()}   Sex: {'F' if pt.female else 'M'}   Age: {visit.year - ymd[0]}   ID card no.: {g.cn_id(pt, ymd, region)}\n"
            + g.pick((f"Outpatient no.: {L('HEALTH_ID', g.digits(10))}\n", f"Medical insurance card no.: {L('HEALTH_ID', region[:4] + g.digits(8))}\n"))
            + f"Address: {g.cn_address(place)}   "
            f"Telephone: {g.phone('cn')}\n"
            f"Visit: {g.stamp('cn', visit)}   Department: {K(g.pick(CN_DEPTS))}\n"
            f"Examination: {exam1}; {exam2}.\nDiagnosis: {dx}.\nTreatment: {rx}; review in four weeks."
            + (f" Accompanied by {relation} {rel.native()}." if g.rng.random() < 0.5 else "") + "\n"
            f"Physician: {doc.native()} [hospital seal]\n\nTRANSLATOR'S CERTIFICATE\n"
            f"I, {translator.anglo()}, member of the Chartered Institute of Linguists (membership no. {L('LICENSE_NUMBER', g.digits(5))}), certify that "
            f"the above is a true and accurate translation of the original, for submission to {L('ORGANIZATION', g.pick(('Campus Travel Cover Ltd', 'StudyCare Insurance Ltd')))} "
            f"with claim {L('CASE_NUMBER', 'CTC-' + g.digits(7))} of {pt.anglo()}, student no. {L('STUDENT_ID', g.digits(9))} at "
            f"{L('ORGANIZATION', g.pick(UK_UNIVERSITIES))}.\nSigned {g.day('uk', visit, g.rng.randint(20, 90))}; "
            + g.pick((g.email(translator, "uk"), L("URL", f"https://www.{ascii_fold(translator.short).lower()}-translations.co.uk"))))
    return "What was the diagnosis, and who certified the translation?", body, f"{dx}; translated by {translator.anglo()}."


def _one_document(write: Callable[[Gen], tuple[str, str, str]]) -> Callable[[Gen], tuple[str, str, str]]:
    """The writer, starting each document with no names given yet."""

    @functools.wraps(write)
    def fresh(g: Gen) -> tuple[str, str, str]:
        g.used = set()
        return write(g)

    return fresh


DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {
    f.__name__: _one_document(f) for f in (incapacity_certificate, operative_report, injury_claim, ambulance_report, dental_chart, acs_whatsapp,
                            tribunal_report, antenatal_booking, inquest_summary, debt_collection, matter_email, complaint_response,
                            guardianship_order, certified_translation)
}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
