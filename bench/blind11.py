"""Eleventh blind scrubbing corpus: twenty registers, half machine exports and semi-structured files, half English-language papers from ten more countries.

    python bench/blind11.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind11.py --out blind11.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber
rule, no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (nor on anything
else). Its templates are bench/blind10.py's and bench/blind3.py's records, labels and soundness check. Ten registers are files as
sites hold them, in formats no earlier corpus used: a Bermuda hospital's fixed-width mainframe extract (patient, next-of-kin and
trailer records, columns by position with a FILLER byte between them and the copybook's layout quoted in the covering e-mail), a
Mozambican ART clinic's list of patients who missed their pick-up, pasted from a spreadsheet as semicolon-separated values with a
Portuguese header (Apelido;Nome;Data de nascimento;BI;Telemóvel...), a Bahamian health insurer's remittance advice with no header
row (the patient "SURNAME, GIVEN" in quotes), a Liberian community health assistant's referral exported from the app as YAML, a
Cayman Islands discharge summary as an HL7 CDA R2 XML document, a Cameroonian legal-aid clinic's caseload as a Markdown table, a
Guernsey trust dispute's e-discovery review set as JSON Lines, a Seychelles clinic's appointment calendar as iCalendar (folded
lines, escaped commas, names in CN parameters), a Solomon Islands caseworker's phone contacts as vCard 3.0 and a Surinamese
polyclinic's MySQL dump with Dutch column names. The other ten are English-language papers from countries no earlier corpus
visited: minutes of a Papua New Guinea hospital's drug-resistant TB review committee, the transcript of a Barbados Employment
Rights Tribunal hearing with speaker labels, a judgment of the High Court of Belize in a clinical negligence claim, a Guyanese
public hospital's surgical discharge summary, a Sierra Leonean mental health nurse's referral letter, a Gambian district tribunal's
judgment sharing out a deceased man's land among his heirs, an Eswatini doctor's final report on a worker's permanent incapacity
under the Workmen's Compensation Act, a Royal Court of Jersey judgment appointing a delegate under the Capacity and
Self-Determination (Jersey) Law 2016, minutes of the Medical Referral Board of Bhutan's national referral hospital and a Tongan
hospital's application for medical treatment overseas with the passport's machine-readable zone.

Identifiers follow the public descriptions of their formats, with the check characters computed: IBANs (ISO 13616; Channel
Islands accounts as GB IBANs with the bank's letters and sort code, Seychelles IBANs with the currency at the end), Legal Entity
Identifiers (ISO 17442: two check digits, ISO 7064 MOD 97-10), IMEI numbers (Luhn) and the TD3 passport machine-readable zone
(ICAO Doc 9303: check digits over the document number, birth date and expiry, weights 7, 3, 1, and the composite check). Drawn in
their published patterns, with no public check: Barbados national registration numbers (the birth date, a hyphen, four digits),
Eswatini personal identification numbers (the birth date, seven digits), Jersey social security numbers (JY, six digits, a
letter), Bhutanese citizenship ID numbers (eleven digits), Mozambican identity cards (BI: twelve digits and a letter)
and ART numbers (the facility code, the year, a serial), and the hospital, register, claim, member, suit, tribunal and referral
numbers of each place. Where the author found no public description, numbers are drawn as stated here: Belize social security
numbers as six digits, Guyanese ID cards as nine digits and NIS numbers as seven, Sierra Leonean NINs as eight letters and digits,
Bermuda social insurance numbers as six digits, Surinamese ID numbers as two letters and six digits, Bahamas NIB numbers as
eight digits.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them or of their nicknames in the name
lists of bench/blind2.py to bench/blind10.py: checked when this module loads): Papua New Guinean, Bajan, Belizean (Creole,
Garifuna, Mestizo, Maya and Mennonite), Guyanese (Indo-, Afro-, Portuguese- and Amerindian), Sierra Leonean (Temne, Mende, Limba
and Krio), Gambian (Mandinka, Wolof, Fula, Jola), Swazi, Jersey and Guernsey (Norman surnames with Le, de and de la), Bhutanese
(two given names and no family name), Tongan (apostrophes; a child's surname the father's given name), Mozambican, Bahamian,
Bermudian, Caymanian, Liberian, anglophone Cameroonian, Seychellois, Solomon Islander and Surinamese (Hindustani names in Dutch
spelling, Javanese, Creole and Maroon). Hard cases: the surname first with a comma (in a quoted CSV field, a YAML value, a JSON
custodian), surnames in capitals in fixed-width columns, in a caption and in speaker labels, the surname first without a comma
(Cameroon), a name split into fields (fixed-width SURNAME and GIVEN, CDA given and family, vCard N, SQL achternaam and voornamen),
a name inside a passport's machine-readable zone (FAMILY<<GIVEN), initials alone in minutes and sign-offs, a given name's initial
with the surname, nicknames (called Tulsi at home, everybody at work calls me Tre), names that are words (Holder, Springer, Babb,
Gentle, Flowers, Usher, Moustache, Bristol, Linger, Swan, Karma, Sands, Bain, Dill), hyphenated names, names with apostrophes
(Tu'ipulotu, Ma'asi, Manka'a), names inside e-mail addresses, user names and a Facebook link, and people's names inside the
names of hospitals (Karl Heusner Memorial Hospital, Edward Francis Small Teaching Hospital, Jackson F. Doe Memorial Hospital) and
streets (Indira Gandhiweg, Hk. Dr. Sophie Redmondstraat).

Labelling rules are bench/blind10.py's (which extend bench/blind8.py's and bench/blind9.py's): the body that issues a number stays
outside its span; social-security, citizen, tax and passport numbers are NATIONAL_ID, numbers that exist for health care
HEALTH_ID, professional registrations, driving licences, vehicle plates and a phone's IMEI LICENSE_NUMBER, file, claim, suit,
payment and referral numbers CASE_NUMBER, a user name, a reviewer id and a bank account without an IBAN ACCOUNT_NUMBER, a
student's or pupil's number STUDENT_ID, a provider's number at an insurer and an LEI COMPANY_REGISTRATION; hospitals, clinics,
local courts and tribunals, prisons, schools, firms and trusts are ORGANIZATION, whole, even when they carry a person's name, and
so is a facility code (KEMH, MWI); national bodies (the Royal Court of Jersey, ministries, the police, the Labour Commissioner, the
Public Solicitor's Office) and insurers' plans are left unlabelled; clock times, ages and years on their own are not labelled, a
date with its time is one DATE_TIME, and dates written YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDTHHMMSS are DATE_TIME; titles (Dr,
Barr., Seyfo, Jurat, Make, Mnumzane, Sr) stay outside a person's span; each column or field of an address is its own LOCATION
span, an island, district, county or province in a field of its own too, while a country is not labelled; GPS coordinates of a home are LOCATION;
money amounts, ICD-10, CPT and LOINC codes, drug regimens, adjustment codes, statutes and case citations are protected terms.
New calls for this corpus: a value padded in a fixed-width column is labelled without its padding; the second line of a
passport's machine-readable zone, one run of characters, is one NATIONAL_ID span (the document number, birth date and expiry run
together with their check digits), while the name in the first line (FAMILY<<GIVEN) is PERSON; a name in an iCalendar CN
parameter or a vCard N field is PERSON, the address after mailto: EMAIL_ADDRESS; an e-discovery document's control number names
a document, not a person, and is not labelled, while its native-file link is a URL. Records, labels and the soundness check are
bench/blind3.py's.
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
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Bhutan has no family names: two given names, the second one often telling a woman's from a man's;
# the "surnames" of "bt" are the first names anyone carries. Tongan children usually take the father's given name as their surname.
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "pg": (("Maino", "Hitolo", "Dorcas", "Lahui", "Geua", "Boio", "Kaia", "Hane", "Dairi", "Dulcie", "Kessy", "Igua", "Lohia", "Sibona"),
           ("Kila", "Wani", "Kepas", "Bomai", "Pokia", "Yambai", "Koiri", "Iamo", "Gure", "Dogodo", "Tauna", "Sinai"),
           ("Tamarua", "Kaupa", "Wapi", "Pokana", "Kuman", "Yalo", "Morea", "Oala", "Gairo", "Heni", "Kambu", "Mondo", "Kerenga", "Pundari",
            "Aisi", "Kumbu", "Yakam", "Sapak", "Tokam", "Pelgen", "Vagi", "Raka", "Dikana", "Kaluwin")),
    "bb": (("Shakera", "Tenielle", "Shanika", "Dionne", "Onika", "Tricia", "Shamika", "Alisha", "Nikita", "Simone", "Charmaine", "Ianthe"),
           ("Tremayne", "Jabarry", "Shaquille", "Romario", "Akeel", "Omari", "Jamar", "Rawle", "Winston", "Carlisle", "Damian", "Kyle", "Everton"),
           ("Holder", "Greenidge", "Worrell", "Springer", "Blackman", "Bynoe", "Gittens", "Broomes", "Lashley", "Maynard", "Hinds", "Babb",
            "Grazette", "Belgrave", "Skeete", "Ifill", "Cumberbatch", "Brathwaite", "Harewood", "Inniss", "Headley", "Straker", "Yearwood")),
    "bz": (("Leonie", "Dalmira", "Dalila", "Floridalma", "Elvia", "Carlita", "Agatha", "Feliciana", "Desiree", "Aganetha", "Susanna", "Marleni"),
           ("Hilberto", "Eligio", "Kendis", "Wilfredo", "Cornelius", "Abram", "Jakob", "Isidoro", "Bernardino", "Sylvestre", "Isaak", "Gilroy"),
           ("Usher", "Flowers", "Tillett", "Gillett", "Staine", "Gentle", "Lightburn", "Sambula", "Arzu", "Palacio", "Cayetano", "Lambey", "Friesen",
            "Penner", "Klassen", "Dueck", "Wiebe", "Thiessen", "Reimer", "Neufeld", "Loewen", "Chi", "Pech", "Canul", "Coc", "Bol", "Choc",
            "Teul", "Cucul")),
    "gy": (("Savitree", "Omattie", "Deowattie", "Nandranie", "Ganga", "Leonora", "Shondell", "Bibi", "Rajwantie", "Marissa", "Coretta"),
           ("Khemraj", "Mahendra", "Clairmont", "Ovid", "Eon", "Dhanpaul", "Tulsiram", "Quacy", "Seepaul", "Rabindranauth", "Colwyn", "Orin"),
           ("Persaud", "Ramnauth", "Sukhdeo", "Baksh", "DeFreitas", "Gonsalves", "Bovell", "Agard", "Allicock", "Ninvalle", "Hinckson",
            "Kissoon", "Narine", "Bacchus", "Rambarran", "Fiedtkou", "Jagnarine", "Harripaul")),
    "sl": (("Fatmata", "Isatu", "Kadiatu", "Mariatu", "Jeneba", "Yeabu", "Memunatu", "Kumba", "Finda", "Haja", "Aminata"),
           ("Alimamy", "Sorie", "Foday", "Sahr", "Tamba", "Momoh", "Lansana", "Brima", "Santigie", "Alusine", "Unisa"),
           ("Kamara", "Sesay", "Conteh", "Bangura", "Koroma", "Turay", "Mansaray", "Kargbo", "Fofanah", "Tarawally", "Gbla", "Lahai", "Vandi",
            "Kallon", "Macauley", "Nicol", "Spaine", "Decker")),
    "gm": (("Fatou", "Awa", "Ndey", "Isatou", "Binta", "Haddy", "Kaddy", "Oumie", "Sainabou", "Jainaba", "Neneh"),
           ("Lamin", "Ebrima", "Modou", "Ousman", "Alieu", "Momodou", "Bakary", "Sulayman", "Malick", "Saikou", "Dawda", "Kebba"),
           ("Jallow", "Ceesay", "Touray", "Sowe", "Njie", "Jobe", "Darboe", "Bojang", "Sanneh", "Manneh", "Badjie", "Faal", "Secka", "Mbye",
            "Drammeh", "Sonko", "Colley", "Jatta")),
    "sz": (("Nontobeko", "Phindile", "Zodwa", "Siphesihle", "Lomakhosi", "Setsabile", "Tenele", "Khanyisile", "Lindelwa", "Makhosazana",
            "Gcebile", "Nomcebo"),
           ("Mbongeni", "Sibusiso", "Mduduzi", "Mcebisi", "Sandile", "Vusi", "Sifiso", "Thulani", "Mfanasibili", "Ndumiso", "Siphamandla"),
           ("Simelane", "Mamba", "Hlophe", "Magagula", "Nxumalo", "Shongwe", "Vilakati", "Masilela", "Matsebula", "Fakudze", "Ginindza",
            "Tsabedze", "Ndzimandze", "Kunene", "Motsa", "Zwane", "Maziya", "Mkhonta")),
    "je": (("Sorrel", "Honor", "Marigold", "Henrietta", "Lettice", "Rosalind", "Verity", "Clementine", "Araminta", "Ottilie"),
           ("Jolyon", "Tristram", "Piers", "Aubyn", "Giles", "Crispin", "Barnaby", "Quentin", "Rollo"),
           ("Le Maistre", "Le Sueur", "de Gruchy", "Renouf", "Le Brocq", "Falle", "Vibert", "Le Cornu", "Pallot", "Bisson", "Le Quesne",
            "Journeaux", "de la Haye", "Le Feuvre", "Romeril", "Querée", "Hamon", "Gallichan", "Le Marquand")),
    "gg": (("Heloise", "Marguerite", "Tamsyn", "Perpetua", "Winifred", "Cordelia", "Hermione", "Wilhelmina", "Philomena", "Rosamund"),
           ("Percival", "Peregrine", "Septimus", "Lancelot", "Cuthbert", "Benedict", "Evelyn", "Ptolemy", "Digby", "Aldous"),
           ("Le Page", "Ozanne", "Brehaut", "Le Tissier", "Mahy", "Robilliard", "Torode", "Le Prevost", "Dorey", "Tostevin", "Le Poidevin",
            "Guille", "Bichard", "De Garis", "Le Cheminant", "Priaulx", "Dobrée")),
    "bt": (("Dechen", "Choden", "Wangmo", "Lhamo", "Yangzom", "Zangmo", "Dema", "Deki", "Pelden", "Chimi", "Kezang"),
           ("Dorji", "Wangchuk", "Gyeltshen", "Namgay", "Phuntsho", "Rinchen", "Norbu", "Thinley", "Tandin", "Ugyen", "Jigme"),
           ("Tshering", "Pema", "Karma", "Sonam", "Kinley", "Tashi", "Sangay", "Yeshey", "Nidup", "Kuenga", "Lhendup", "Tobgay")),
    "to": (("Paea", "Sela", "Melenaite", "Kalolaine", "Vika", "Leotisia", "Heilala", "Salome", "'Ofa", "Sisilia", "Lesieli"),
           ("Sioeli", "Siaosi", "Vaea", "Ofisi", "Lopeti", "Sitani", "Sateki", "Mosese", "Taniela", "Tomasi", "Pauliasi"),
           ("Kupu", "Afeaki", "Vaipulu", "Havili", "Kioa", "Moala", "Fonua", "Lolohea", "Tu'ipulotu", "Fakatava", "Mahe", "Pulu",
            "Tukuafu", "Hufanga", "Veikune", "Ma'asi", "Funaki", "Kauvaka")),
    "mz": (("Ermelinda", "Albertina", "Felizarda", "Olinda", "Graciete", "Argentina", "Judite", "Delfina", "Benvinda", "Anastácia", "Hortência", "Perpétua", "Clementina", "Rosalina"),
           ("Armando", "Severino", "Anselmo", "Albino", "Felisberto", "Inácio", "Baltazar", "Zacarias", "Gervásio", "Florindo", "Adelino", "Cipriano", "Salomão", "Zeferino"),
           ("Macuácua", "Cossa", "Tembe", "Nhantumbo", "Sitoe", "Bila", "Muianga", "Manhiça", "Mabunda", "Chivambo", "Langa", "Massingue",
            "Zandamela", "Mucavele", "Cumbe", "Nhaca", "Uamusse", "Matsinhe", "Chilaule")),
    "bs": (("Shavonne", "Ednamae", "Rochanda", "Dellarese", "Kendra", "Sharelle", "Tamika", "Vernita", "Cleora", "Shenique", "Lakeisha", "Deandra"),
           ("Shavargo", "Kermit", "Deangelo", "Tavares", "Lynden", "Kirkland", "Sidney", "Livingston", "Wendall", "Kendal", "Ulric"),
           ("Rolle", "Knowles", "Cartwright", "Pinder", "Sands", "Bethel", "Bain", "Moxey", "Saunders", "Albury", "McKinney", "Munnings",
            "Darville", "Newbold", "Deveaux", "Rahming", "Woodside")),
    "bm": (("Deshay", "Kaydene", "Tenisha", "Marcelina", "Twyla", "Makeda", "Roxanne", "Chantelle", "Jahnae", "Keturah", "Lashay", "Ondine", "Zakiya"),
           ("Neville", "Kenrick", "Dalton", "Cordell", "Jahmiko", "Alton", "Vance", "Kivon", "Dejon", "Mischa", "Ottiwell", "Rahsaan", "Tyrique"),
           ("Outerbridge", "Trimingham", "Tucker", "Mello", "Burrows", "Furbert", "DeSilva", "Talbot", "Pearman", "Cann", "Minors", "Trott",
            "Swan", "Raynor", "Dill", "Astwood", "Zuill", "Tatem", "Fubler")),
    "ky": (("Verlie", "Annalee", "Vernicia", "Lucinda", "Glenda", "Marva", "Clarabel", "Ilean", "Merna", "Ritabelle"),
           ("Alden", "Truman", "Dalmain", "Osbourne", "Ezzard", "Burns", "Thaddeus", "Whitley", "Marlowe", "Berkley"),
           ("Ebanks", "Bodden", "Watler", "McLaughlin", "Rankin", "Powery", "Tibbetts", "Hurlston", "Whittaker", "Seymour", "Kirkconnell",
            "Merren", "Conolly", "Ritch")),
    "lr": (("Korto", "Musu", "Yatta", "Garmai", "Kebeh", "Wokie", "Satta", "Massa", "Decontee", "Lorpu"),
           ("Saye", "Tarnue", "Sekou", "Varney", "Akoi", "Zubah", "Gbessay", "Mulbah", "Kpadeh", "Jallah"),
           ("Kollie", "Flomo", "Kerkula", "Kpoto", "Nyumah", "Tarr", "Gbollie", "Sumo", "Dolo", "Zayzay", "Sackor", "Brownell",
            "Yarkpawolo", "Gonkarnue", "Wleh", "Saah")),
    "cm": (("Ngum", "Bih", "Lum", "Enanga", "Nchang", "Sirri", "Azah", "Mbeng", "Manka'a", "Ebude", "Mankah", "Nyanga", "Ewule", "Ashu"),
           ("Fru", "Tabe", "Achu", "Ayuk", "Enow", "Tanyi", "Ebai", "Nkwain", "Forbi", "Neba", "Awah", "Njodzeka", "Taku", "Mbinglo", "Oben"),
           ("Ndifor", "Tambe", "Mbuh", "Fonjong", "Nji", "Atanga", "Fomunyoh", "Tabi", "Ndzi", "Asongwe", "Nkemngu", "Tangwa", "Egbe", "Besong",
            "Arrey", "Agbor", "Tataw", "Nkwenti", "Ebot", "Fokum")),
    "sc": (("Daniella", "Berthe", "Nella", "Rosette", "Lyndy", "Mirella", "Priscille", "Jeannette", "Clorinde", "Dorianne", "Solange", "Vivianne", "Sabrina"),
           ("Régis", "Wavel", "Didier", "Gervais", "Terence", "Wiley", "Ralph", "Sylvio", "Jovanni", "Maxime", "Rolly"),
           ("Hoareau", "Payet", "Labiche", "Esparon", "Morel", "Barbé", "Dogley", "Confait", "Lesperance", "Bristol", "Ernesta", "Larue",
            "Volcère", "Gappy", "Moustache", "Loizeau", "Accouche", "Mancienne", "Savy")),
    "sb": (("Junilyn", "Relmah", "Joycelyn", "Mavis", "Ruthie", "Eileen", "Lyn", "Florette", "Georgina", "Nester", "Alvina"),
           ("Selwyn", "Alick", "Primo", "Manasseh", "Jonah", "Hilary", "Moffat", "Wilfrid", "Collin", "Dudley", "Fredson"),
           ("Maelanga", "Tozaka", "Ramofafia", "Kolosori", "Pitakaka", "Teha", "Wate", "Oge", "Suri", "Kaitu", "Maeniu", "Gogo", "Kiko",
            "Rausi", "Haomae", "Kiriau")),
    "sr": (("Bhagwantie", "Shantie", "Djoeminah", "Wilgia", "Lucretia", "Radha", "Wilhelmientje", "Gwendolyn", "Jennifer", "Soenita", "Djoelaiha", "Ivette", "Shewanie"),
           ("Radjinder", "Soeresh", "Ashwin", "Orlando", "Errol", "Dennis", "Rinaldo", "Glenn", "Harish", "Soekarno", "Dilip", "Clifton"),
           ("Sewnath", "Jagesar", "Ramsaran", "Kartosen", "Soekhai", "Pinas", "Kanhai", "Doelwijt", "Nijbroek", "Refos", "Linger",
            "Wijngaarde", "Breeveld", "Sabajo", "Tjin-A-Tsoi", "Aboikoni", "Amafo", "Sanches")),
}  # fmt: skip
NICKNAMES = {"Makhosazana": "Khosi", "Siphamandla": "Spha", "Mfanasibili": "Mfana", "Rabindranauth": "Rabi", "Tulsiram": "Tulsi",
             "Shavargo": "Vargo", "Kirkland": "Kirky", "Ednamae": "Edna", "Tremayne": "Tre", "Jabarry": "Jabs", "Santigie": "Santo",
             "Memunatu": "Memu", "Alimamy": "Mamy", "Decontee": "Decon", "Gbessay": "Gbess", "Wilhelmientje": "Mientje",
             "Radjinder": "Radj", "Bhagwantie": "Bhagi", "Floridalma": "Flory", "Bernardino": "Dino", "Peregrine": "Perry",
             "Araminta": "Minty", "Tristram": "Tris", "Henrietta": "Hetty", "Kalolaine": "Laine", "Pauliasi": "Pau",
             "Shanika": "Nika", "Charmaine": "Charm", "Everton": "Evvy", "Romario": "Rio", "Khemraj": "Khem", "Mahendra": "Mahen",
             "Dhanpaul": "Dhan", "Savitree": "Savi", "Cuthbert": "Bertie", "Septimus": "Sep", "Marguerite": "Daisy", "Wilhelmina": "Mina",
             "Philomena": "Mena", "Winifred": "Win", "Lancelot": "Lancey", "Benedict": "Benny", "Rosamund": "Ros"}  # fmt: skip
SHARES_FAMILY_NAME = set(PEOPLE) - {"bt", "to"}  # a wife or child who carries the family name: not in Bhutan, nor (here) in Tonga
PARTICLES = blind10.PARTICLES | {"a", "la", "le", "de"}


def fold11(text: str) -> str:
    return blind10.fold10(text)


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold11(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind10.py."""
    return blind10.earlier_names() | blind10.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [*NICKNAMES.values()]
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
    middle: str = ""

    def plain(self) -> str:
        return f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def given(self) -> str:
        return L("PERSON", self.first)

    def sur(self) -> str:
        return L("PERSON", self.last)

    def called(self) -> str:
        """How the person is named after the first mention: a Bhutanese by both names (there is no family name), others by the surname."""
        return self.full() if self.culture == "bt" else self.sur()

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.called()}"

    def caps(self) -> str:
        return L("PERSON", self.plain().upper())

    def lower(self) -> str:
        return L("PERSON", self.plain().lower())

    def middle_plain(self) -> str:
        return f"{self.first} {self.middle} {self.last}" if self.middle else self.plain()

    def with_middle(self) -> str:
        return L("PERSON", self.middle_plain())

    def comma(self, caps: bool = False) -> str:
        """Surname first with a comma: "FALLE, Honor" or "FALLE, HONOR"."""
        text = f"{self.last.upper()}, {self.first}"
        return L("PERSON", text.upper() if caps else text)

    def initial(self) -> str:
        """The given name's initial and the surname: "K. Flomo"."""
        return L("PERSON", f"{self.first[0]}. {self.last}")

    def initials(self) -> str:
        """Initials alone, as minutes and tracked changes write people: "KF"."""
        return L("PERSON", "".join(w[0] for w in re.split(r"[\s\-']+", self.plain()) if w and w[0].isupper()))

    def nick(self) -> str:
        return L("PERSON", NICKNAMES.get(self.first, self.first))

    def ascii(self, sep: str = ".") -> str:
        first = re.sub(r"[^a-z]", "", fold11(self.first.split()[0]).lower())
        last = re.sub(r"[^a-z]", "", fold11(self.last).lower())
        return f"{first}{sep}{last}"


KIN = {True: ("wife", "daughter", "sister", "mother"), False: ("husband", "son", "brother", "father")}


def kin_word(g: Draw, p: Person, words: dict[bool, tuple[str, ...]] = KIN) -> str:
    """A relation that fits the relative's sex."""
    return g.pick(words[p.female])


bare = blind10.bare
js = blind10.js
csv_line = blind10.csv_line
EN_MONTHS = blind9.EN_MONTHS
ORDINAL = blind9.blind8.nth

# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions

luhn = blind9.luhn  # the Luhn check digit over the digits given (IMEI numbers)
iban = blind9.iban  # ISO 13616: the check digits leave the moved number 1 modulo 97


def lei_digits(eighteen: str) -> str:
    """ISO 17442 Legal Entity Identifier: letters valued 10-35, the two check digits 98 less the number with 00 appended, modulo 97."""
    return f"{98 - int(''.join(str(int(c, 36)) for c in eighteen + '00')) % 97:02d}"


MRZ_VALUES = {**{str(i): i for i in range(10)}, **{c: 10 + i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}, "<": 0}


def mrz_digit(field: str) -> str:
    """ICAO Doc 9303: the characters valued (digits as themselves, A-Z 10-35, < 0), weighted 7, 3, 1 in turn, modulo 10."""
    return str(sum(MRZ_VALUES[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


assert lei_digits("5493001KJTIIGC8Y1R") == "12" and mrz_digit("L898902C3") == "6" and mrz_digit("740812") == "2" and mrz_digit("120415") == "9"
assert luhn("49015420323751") == "8" and iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
assert iban("SC", "SSCB11010000000000001497USD") == "SC18SSCB11010000000000001497USD"

PHONES = {
    "pg": ("+675 7### ####", "7### ####", "+675 32# ####", "325 ####", "+675 542 ####"),
    "bb": ("(246) 2##-####", "(246) 4##-####", "246-8##-####", "+1 246 2## ####"),
    "bz": ("+501 6##-####", "6##-####", "+501 222-####", "822-####", "+501 523-####"),
    "gy": ("+592 6## ####", "6######", "+592 22# ####", "225-####", "+592 333 ####"),
    "sl": ("+232 76 ######", "076 ### ###", "+232 78 ### ###", "030 ######", "088 ### ###"),
    "gm": ("+220 7## ####", "7######", "+220 3## ####", "4## ####", "99# ####"),
    "sz": ("+268 76## ####", "76## ####", "+268 2404 ####", "2505 ####", "+268 78## ####"),
    "je": ("07797 ######", "01534 ######", "+44 1534 ######", "07700 ######", "01534 ### ###"),
    "gg": ("07781 ######", "01481 ######", "+44 1481 ######", "07911 ######"),
    "bt": ("+975 17## ####", "17######", "77######", "+975 2 32####", "02-33####"),
    "to": ("+676 7## ####", "77#####", "+676 87#####", "2# ###", "+676 23###"),
    "mz": ("84 ### ####", "+258 82 ### ####", "86 ### ####", "+258 21 ### ###", "87#######"),
    "bs": ("(242) 3##-####", "(242) 5##-####", "242-4##-####", "+1 242 8## ####"),
    "bm": ("(441) 2##-####", "441-5##-####", "(441) 7##-####", "+1 441 2## ####"),
    "ky": ("(345) 9##-####", "345-3##-####", "(345) 5##-####", "+1 345 9## ####"),
    "lr": ("+231 77 ### ####", "077 ### ####", "+231 88 ### ####", "0886 ######"),
    "cm": ("+237 6## ## ## ##", "6## ### ###", "+237 233 ## ## ##", "67# ## ## ##"),
    "sc": ("+248 2 5## ###", "2 7## ###", "+248 4 3## ###", "2 8######"),
    "sb": ("+677 7######", "7######", "+677 2####", "74#####", "+677 8#####"),
    "sr": ("+597 8##-####", "8######", "+597 4##-###", "49#-###", "+597 7######"),
}  # fmt: skip


# ---------------------------------------------------------------- the generator


class Gen(Draw):
    """bench/blind3.py's draws, with this corpus's people, dates and identifiers; every method returns marked text."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.used: set[str] = set()  # words of the names already given in this document: strangers never share one

    # people

    def _name(self, pool: tuple[str, ...]) -> str:
        free = [n for n in pool if not name_words(n) & self.used]
        if not free:
            raise RuntimeError("no free name left in this document")
        name = self.pick(free)
        self.used |= name_words(name)
        return name

    def person(self, culture: str, female: bool | None = None, middle: bool = False) -> Person:  # type: ignore[override]
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        if culture == "bt":  # two given names, the second one a woman's or a man's
            return Person(self._name(surnames), self._name(women if female else men), culture, female)
        p = Person(self._name(women if female else men), self._name(surnames), culture, female)
        if middle:
            p.middle = self._name(women if female else men)
        return p

    def relative(self, p: Person, female: bool) -> Person:
        """A spouse or child: the family name carried on where the culture does; a Tongan child takes the father's given name."""
        r = self.person(p.culture, female)
        if p.culture in SHARES_FAMILY_NAME:
            r.last = p.last
        elif p.culture == "to" and not p.female:
            r.last = p.first
        return r

    def firm(self, culture: str) -> str:
        """A surname for a firm's or practice's name, kept from every person in the document."""
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
        forms = {"bs": us, "bm": uk, "ky": us[:2] + uk[:1], "lr": us + (f"{d} {mon} {y}",), "bz": uk[:2] + (f"{d}-{mon[:3]}-{y}",),
                 "bt": uk[:2] + (f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"), "sr": (f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}"),
                 "mz": (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"), "sc": uk[:2] + (f"{d:02d}.{m:02d}.{y}",)}
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
        """A date with its clock time, one span."""
        return L("DATE_TIME", f"{self.fmt(cc, date.year, date.month, date.day)} {self.clock(hour)}")

    def iso(self, date: datetime.date, hour: int | None = None, zone: str = "Z") -> str:
        hh, mm = self.clock(hour).split(":")
        return L("DATE_TIME", f"{date.isoformat()}T{hh}:{mm}:{self.rng.randint(0, 59):02d}{zone}")

    def compact(self, date: datetime.date | tuple[int, int, int], time: bool = False, hour: int | None = None) -> str:
        """YYYYMMDD, or YYYYMMDDHHMMSS with ``time``, as CDA, iCalendar and remittance files write them."""
        y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
        hh, mm = self.clock(hour).split(":")
        return L("DATE_TIME", f"{y}{m:02d}{d:02d}" + (f"{hh}{mm}{self.rng.choice(('00', '00', '30', '15'))}" if time else ""))

    # contact details

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern)

    def phone_text(self, cc: str, mobile: bool = False) -> str:
        return self.shape(self.pick(PHONES[cc][:2] if mobile else PHONES[cc]))

    def phone(self, cc: str, mobile: bool = False) -> str:
        return L("PHONE_NUMBER", self.phone_text(cc, mobile))

    def email_text(self, p: Person, domain: str) -> str:
        first, last = p.ascii().split(".")
        return self.pick((f"{first}.{last}", f"{first}{last[0]}{self.digits(2)}", f"{first[0]}{last}", f"{last}.{first}", f"{first}_{last}"))  \
            + f"@{domain}"

    def email(self, p: Person, domain: str) -> str:
        return L("EMAIL_ADDRESS", self.email_text(p, domain))

    def fill(self, template: str) -> str:
        return template.format(n=self.rng.randint(2, 180), k=self.rng.randint(1, 40), m=self.rng.randint(1, 9), X=self.letters(1),
                               p=self.rng.randint(1000, 9999), z=self.digits(5), t=self.digits(3), L2=self.letters(2))

    def place(self, templates: tuple[str, ...]) -> str:
        return L("LOCATION", self.fill(self.pick(templates)))

    # identifiers with a published check

    def iban_of(self, country: str, bban: str, spaced: bool | None = None) -> str:
        n = iban(country, bban)
        spaced = self.rng.random() < 0.6 if spaced is None else spaced
        return L("IBAN_CODE", " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if spaced else n)

    def gb_iban(self) -> str:
        """A Channel Islands account: a GB IBAN, the bank's four letters, the sort code, eight digits."""
        bank, sort = self.pick((("BARC", "20"), ("HBUK", "40"), ("NWBK", "60"), ("RBOS", "16"), ("LOYD", "30")))
        return self.iban_of("GB", bank + sort + self.digits(4) + self.digits(8))

    def sc_iban(self) -> str:
        """A Seychelles IBAN: the bank's four letters, the branch, sixteen digits of account, the currency."""
        return self.iban_of("SC", self.pick(("SSCB", "BAHL", "MCBL", "NOVH")) + self.pick(("1101", "1102", "2401")) + self.digits(16)
                            + self.pick(("SCR", "SCR", "USD", "EUR")))

    def lei(self) -> str:
        """A Legal Entity Identifier: the issuing unit's four characters, 00, twelve characters of the entity, the two check digits."""
        eighteen = self.pick(("2138", "5493", "9845", "2549")) + "00" + "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))
        return eighteen + lei_digits(eighteen)

    def imei(self) -> str:
        fourteen = self.pick(("35", "86", "01", "35")) + self.digits(12)
        return fourteen + luhn(fourteen)

    # identifiers drawn in their published patterns (no public check)

    def birth_digits(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        return f"{y % 100:02d}{m:02d}{d:02d}"

    def uuid(self) -> str:
        h = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------- machine and semi-structured exports


def fixed(value: str, width: int, entity: str | None = None, keep: bool = False) -> str:
    """A fixed-width column: the value (labelled, or a protected term) padded with spaces to its width."""
    assert len(value) <= width, (value, width)
    pad = " " * (width - len(value))
    return (L(entity, value) if entity else K(value) if keep else value) + pad


BM_LAYOUT = (("REC", 2), ("MRN", 8), ("SURNAME", 20), ("GIVEN", 16), ("DOB", 8), ("SEX", 1), ("SIN", 6), ("STREET", 26), ("PARISH", 14),
             ("POSTCODE", 5), ("PHONE", 12), ("ADMITTED", 12), ("FAC", 4), ("DX", 7), ("PLAN", 10), ("POLICY", 12))  # fmt: skip
BM_WIDTH = sum(w for _, w in BM_LAYOUT) + len(BM_LAYOUT) - 1  # a one-byte FILLER between columns, as the COBOL copybook has it
BM_KIN = (("REC", 2), ("MRN", 8), ("SURNAME", 20), ("GIVEN", 16), ("RELATION", 10), ("PHONE", 12))


def columns(layout: tuple[tuple[str, int], ...]) -> str:
    """The copybook's columns as an analyst writes them down: name and 1-based positions, a FILLER byte between each."""
    out, start = [], 1
    for name, width in layout:
        out.append(f"{name} {start}-{start + width - 1}")
        start += width + 1
    return ", ".join(out)
BM_PARISHES = (("WARWICK", "WK"), ("PAGET", "PG"), ("DEVONSHIRE", "DV"), ("PEMBROKE", "HM"), ("SANDYS", "MA"), ("SOUTHAMPTON", "SN"),
               ("SMITH'S", "FL"), ("ST. GEORGE'S", "GE"), ("HAMILTON", "CR"))
BM_STREETS = ("{k} MIDDLE RD", "{k} SOUTH RD", "{k} HARBOUR RD", "{k} NORTH SHORE RD", "{k} COBBS HILL RD", "{k} BERRY HILL RD", "{k} VERDMONT LN",
              "{k} SPURLING HILL", "{k} CROW LN", "{k} PARSONS RD")
BM_DX = (("I10", "essential hypertension"), ("E1165", "type 2 diabetes with hyperglycaemia"), ("J441", "COPD with acute exacerbation"),
         ("N179", "acute kidney failure"), ("F200", "paranoid schizophrenia"), ("I214", "NSTEMI"), ("L03115", "cellulitis of the right lower limb"))
BM_PLANS = ("HIP", "FUTURECARE", "BF&M", "ARGUS", "COLONIAL", "GEHI")


def fixed_width_export(g: Gen) -> tuple[str, str, str]:
    """A Bermuda hospital's legacy patient administration system extract: 01 patient, 02 next of kin, 99 trailer; columns by position."""
    day = g.base()
    analyst, requester = g.person("bm"), g.person("bm")
    lines, patients, kin_names = [], [], []
    for _ in range(g.rng.randint(3, 4)):
        pt = g.person("bm")
        ymd = g.ymd(1936, 2004)
        parish, code = g.pick(BM_PARISHES)
        when = day - datetime.timedelta(days=g.rng.randint(0, 30))
        hh, mm = g.clock(g.rng.randint(0, 23)).split(":")
        dx, dx_name = g.pick(BM_DX)
        fac = "MWI" if dx.startswith("F") else "KEMH"
        cells = [("01", 2, None, False), (g.digits(8), 8, "HEALTH_ID", False), (pt.last.upper(), 20, "PERSON", False),
                 (pt.first.upper(), 16, "PERSON", False), (f"{ymd[0]}{ymd[1]:02d}{ymd[2]:02d}", 8, "DATE_TIME", False),
                 ("F" if pt.female else "M", 1, None, False), (g.digits(6), 6, "NATIONAL_ID", False), (g.fill(g.pick(BM_STREETS)), 26, "LOCATION", False),
                 (parish, 14, "LOCATION", False), (f"{code} {g.digits(2)}", 5, "LOCATION", False), (g.shape("441-###-####"), 12, "PHONE_NUMBER", False),
                 (f"{when.year}{when.month:02d}{when.day:02d}{hh}{mm}", 12, "DATE_TIME", False), (fac, 4, "ORGANIZATION", False), (dx, 7, None, True),
                 (g.pick(BM_PLANS), 10, None, False), (g.letters(2) + g.digits(8), 12, "HEALTH_ID", False)]
        lines.append(" ".join(fixed(v, w, e, k) for v, w, e, k in cells))
        patients.append((pt, dx_name))
        if g.rng.random() < 0.8:
            kin = g.relative(pt, g.rng.random() < 0.5) if g.rng.random() < 0.6 else g.person("bm")
            kin_names.append(kin)
            rel = kin_word(g, kin).upper()
            row = [fixed("02", 2), fixed(bare(cells[1][0]), 8, "HEALTH_ID"), fixed(kin.last.upper(), 20, "PERSON"), fixed(kin.first.upper(), 16, "PERSON"),
                   fixed(rel, 10), fixed(g.shape("441-###-####"), 12, "PHONE_NUMBER")]
            lines.append(" ".join(row) + " " * (BM_WIDTH - 73))
    count = sum(1 for x in lines if bare(x).startswith("01"))
    lines.append(f"99 {count:06d} " + L("DATE_TIME", f"{day.year}{day.month:02d}{day.day:02d}") + " " * (BM_WIDTH - 18))
    layout = columns(BM_LAYOUT)
    extract = f"PASX.ADT.D{day.year % 100:02d}{day.month:02d}{day.day:02d}"
    body = (f"From: {analyst.full()} <{g.email(analyst, 'bhb.bm')}>\nTo: {requester.full()}\nSubject: readmissions extract {extract}\n\n"
            f"{requester.given()}, the extract you asked for is below, straight off the mainframe (fixed width, {BM_WIDTH} bytes a record, "
            f"one FILLER byte between fields). Record layout for type 01: {layout}. Type 02 is next of kin: {columns(BM_KIN)}; "
            f"99 is the trailer: REC 1-2, COUNT 4-9, EXTRACT-DATE 11-18.\n\n" + "\n".join(lines) + "\n\n"
            f"{analyst.initials()}\nHealth Information Systems, {L('ORGANIZATION', 'King Edward VII Memorial Hospital')}, ext. {g.digits(4)}")
    pt, dx_name = patients[0]
    return "Which patients in this extract were admitted, and with what?", body, \
        f"{len(patients)} patients; the first, {L('PERSON', pt.plain().upper())}, with {K(dx_name)}."


MZ_CLINICS = ("Centro de Saúde de Chamanculo", "Centro de Saúde do Alto-Maé", "Centro de Saúde 1° de Maio", "Hospital Geral de Mavalane",
              "Centro de Saúde da Machava II", "Hospital Rural de Chókwè")
MZ_BAIRROS = ("Chamanculo C, Q. {k}, casa {n}", "Bairro Maxaquene A, Q. {k}, casa {n}", "Bairro da Malhangalene, Rua {n}", "Bairro T3, Matola, Q. {k}",
              "Bairro Ferroviário, Q. {k}, casa {n}", "Bairro Polana Caniço B, Q. {k}", "Bairro 25 de Junho, Q. {k}, casa {n}")
MZ_REGIMES = ("TDF+3TC+DTG", "TDF+3TC+DTG", "AZT+3TC+NVP", "ABC+3TC+DTG", "TDF+3TC+EFV", "AZT+3TC+LPV/r")
MZ_LOADS = ("<50 cópias/mL", "indetectável", "1 250 cópias/mL", "12 400 cópias/mL", "86 000 cópias/mL", "sem resultado")
MZ_NOTES = ("faltou 2 consultas, diz que mudou de residência", "abandono há 3 meses", "gestante, APSS feita", "recusou visita domiciliária",
            "em tratamento para TB (2HRZE/4HR)", "pediu transferência", "busca consentida")
MZ_RELS = {True: ("mãe", "irmã", "esposa", "tia", "filha", "vizinha"), False: ("pai", "irmão", "esposo", "tio", "filho", "vizinho")}
MZ_KIN = {sex: tuple(w for w in words if not w.startswith("espos")) for sex, words in MZ_RELS.items()}  # a confidant of the same sex: no spouse


def csv_portuguese(g: Gen) -> tuple[str, str, str]:
    """A Mozambican ART clinic's list of patients who missed their pick-up, pasted from a spreadsheet: semicolons, a Portuguese header."""
    clinic = g.pick(MZ_CLINICS)
    day = g.base()
    focal, ngo = g.person("mz"), g.person("mz")
    header = ["NID", "Apelido", "Nome", "Sexo", "Data de nascimento", "BI", "Telemóvel", "Endereço", "Confidente", "Último levantamento",
              "Regime", "Carga viral", "Observações"]
    rows = [csv_line(header, ";", quote=False)]
    first = None
    for _ in range(g.rng.randint(4, 5)):
        pt = g.person("mz")
        first = first or pt
        conf = g.relative(pt, g.rng.random() < 0.6) if g.rng.random() < 0.5 else g.person("mz")
        ymd = g.ymd(1962, 2008)
        last_pick = day - datetime.timedelta(days=g.rng.randint(35, 120))
        rows.append(csv_line([
            L("HEALTH_ID", f"{g.pick(('1101', '1103', '1004', '0907'))}{g.digits(4)}/{g.rng.randint(2012, 2023)}/{g.digits(5)}"),
            L("PERSON", pt.last.upper() if g.rng.random() < 0.5 else pt.last), pt.given(), "F" if pt.female else "M",
            L("DATE_TIME", f"{ymd[2]:02d}/{ymd[1]:02d}/{ymd[0]}"), L("NATIONAL_ID", g.pick(("11", "10", "09", "04")) + "0" + g.digits(9) + g.letters(1)),
            g.phone("mz"), g.place(MZ_BAIRROS), f"{conf.full()} ({kin_word(g, conf, MZ_RELS if conf.female != pt.female else MZ_KIN)}) {g.phone('mz', True)}",
            L("DATE_TIME", f"{last_pick.day:02d}/{last_pick.month:02d}/{last_pick.year}"), K(g.pick(MZ_REGIMES)), K(g.pick(MZ_LOADS)), g.pick(MZ_NOTES),
        ], ";", quote=False))
    body = (f"Olá {ngo.given()},\n\nAs promised, the faltosos list from the SESP export at {L('ORGANIZATION', clinic)} "
            f"(pasted from Excel, semicolons because of the Portuguese locale). Please share only with the activistas doing the "
            f"{K('busca activa')}.\n\n" + "\n".join(rows) + "\n\n"
            f"{'Obrigada' if focal.female else 'Obrigado'},\n{focal.full()}\nPonto focal TARV, {g.phone('mz', True)}, {g.email(focal, g.pick(('gmail.com', 'misau.gov.mz')))}")
    return "How many patients need a home visit, and who is first?", body, f"{len(rows) - 1} patients; first {first.full()}."


BS_CLINICS = (("Lyford Cay Family Practice", "Nassau"), ("Eastern Road Medical Centre", "Nassau"), ("Grand Bahama Urgent Care", "Freeport"),
              ("Abaco Family Medicine", "Marsh Harbour"), ("Exuma Medical Associates", "George Town"))
BS_SERVICES = (("99213", "I10", 95.00), ("99214", "E11.9", 140.00), ("85025", "D64.9", 28.00), ("93000", "R00.2", 60.00),
               ("99203", "J06.9", 120.00), ("83036", "E11.65", 35.00), ("71046", "J18.9", 85.00))
BS_ADJUST = ("CO-45", "CO-45", "PR-3", "CO-97", "PR-1", "OA-23")


def remittance_no_header(g: Gen) -> tuple[str, str, str]:
    """A Bahamian health insurer's remittance advice as the clinic downloads it: comma-separated, no header row, the name in quotes."""
    clinic, town = g.pick(BS_CLINICS)
    manager, doctor = g.person("bs"), g.person("bs")
    day = g.base()
    paid_on = f"{day.year}{day.month:02d}{day.day:02d}"
    trace, provider = "EFT" + g.digits(9), "P" + g.digits(6)
    rows, total = [], 0.0
    for _ in range(g.rng.randint(4, 6)):
        pt = g.person("bs")
        ymd = g.ymd(1940, 2015)
        seen = day - datetime.timedelta(days=g.rng.randint(10, 60))
        cpt, icd, fee = g.pick(BS_SERVICES)
        allowed = round(fee * g.pick((1.0, 0.9, 0.85, 0.8)), 2)
        copay = g.pick((0.0, 10.0, 15.0, 25.0))
        paid = round(allowed - copay, 2)
        total += paid
        name = f"{pt.last.upper()}, {pt.first.upper()}"
        remark = g.pick(("", "", "PA on file", "COB: primary NIB", "resubmitted"))
        if remark == "PA on file":
            remark = f"PA {L('CASE_NUMBER', 'PA' + g.digits(7))} on file"
        rows.append(",".join([L("DATE_TIME", paid_on), L("CASE_NUMBER", trace), L("COMPANY_REGISTRATION", provider),
                              L("CASE_NUMBER", f"{day.year % 100}{g.digits(8)}"), L("HEALTH_ID", "LMH" + g.digits(8) + "-0" + str(g.rng.randint(0, 3))),
                              '"' + L("PERSON", name) + '"', L("DATE_TIME", f"{ymd[0]}{ymd[1]:02d}{ymd[2]:02d}"), L("NATIONAL_ID", g.digits(8)),
                              L("DATE_TIME", f"{seen.year}{seen.month:02d}{seen.day:02d}"), K(cpt), K(icd), K(f"{fee:.2f}"), K(f"{allowed:.2f}"),
                              K(f"{copay:.2f}"), K(f"{paid:.2f}"), K(g.pick(BS_ADJUST)), remark]))
    body = (f"{L('ORGANIZATION', clinic)}, {L('LOCATION', town)} -- remittance RA_{paid_on[:8]}.csv from Lucayan Mutual Health, as downloaded from the "
            f"provider portal (the insurer sends no header row: paid date, EFT trace, provider no., claim no., member ID, patient, DOB, NIB no., "
            f"service date, CPT, ICD-10, billed, allowed, copay, paid, adjustment, remark).\n\n" + "\n".join(rows) + "\n\n"
            f"Posted by {manager.full()} ({g.email(manager, 'lyfordfp.bs' if 'Lyford' in clinic else 'clinic.bs')}); payee {doctor.full()}, "
            f"deposit to account {L('ACCOUNT_NUMBER', g.digits(3) + '-' + g.digits(6) + '-' + g.digits(1))}. Query line {g.phone('bs')}.")
    return "Reconcile the remittance: what was paid in total?", body, f"{K(f'{total:.2f}')} paid on EFT {L('CASE_NUMBER', trace)}."


LR_PLACES = (("Bong", ("Gbarnga", "Jorquelleh District", "Phebe Hospital"), ("Sanoyea", "Sanoyea District", "C.B. Dunbar Hospital")),
             ("Grand Gedeh", ("Zwedru", "Tchien District", "Martha Tubman Memorial Hospital"), ("Konobo", "Konobo District", "Martha Tubman Memorial Hospital")),
             ("Nimba", ("Ganta", "Saclepea-Mah District", "Ganta United Methodist Hospital"), ("Tappita", "Tappita District", "Jackson F. Doe Memorial Hospital")),
             ("Rivercess", ("Cestos City", "Morweh District", "St. Francis Hospital")))  # fmt: skip
LR_SIGNS = ("convulsions", "unable to drink or breastfeed", "vomits everything", "lethargic or unconscious", "chest indrawing", "fast breathing")
LR_TREAT = ("rectal artesunate 100 mg", "first dose amoxicillin dispersible 250 mg", "ORS and zinc 20 mg", "artemether-lumefantrine 20/120 mg")


def yaml_record(g: Gen) -> tuple[str, str, str]:
    """A Liberian community health assistant's referral, synced from the app and exported as YAML."""
    county, *sites = g.pick(LR_PLACES)
    town, district, hospital = g.pick(sites)
    cha, supervisor, child = g.person("lr"), g.person("lr"), g.person("lr")
    carer = g.relative(child, True)
    day = g.base()
    hh = g.rng.randint(6, 16)
    ymd = (day.year - g.rng.randint(1, 4), g.rng.randint(1, 12), g.rng.randint(1, 28))
    signs, treat = g.rng.sample(LR_SIGNS, 2), g.rng.sample(LR_TREAT, 2)
    lat, lon = f"{g.rng.uniform(5.9, 7.4):.5f}", f"-{g.rng.uniform(8.2, 9.9):.5f}"
    username = cha.ascii("")[:9] + g.digits(2)
    body = (f"# export from the CHA app, synced {g.iso(day, hh + 1)}\n"
            f"referral:\n"
            f"  id: {L('CASE_NUMBER', 'REF-' + county[:2].upper() + '-' + str(day.year) + '-' + g.digits(5))}\n"
            f"  created_at: {g.iso(day, hh)}\n"
            f"  status: pending\n"
            f"  cha:\n"
            f"    name: {cha.full()}\n"
            f"    username: {L('ACCOUNT_NUMBER', username)}\n"
            f"    phone: \"{g.phone('lr', True)}\"\n"
            f"    device_imei: \"{L('LICENSE_NUMBER', g.imei())}\"\n"
            f"  supervisor: {supervisor.full()}\n"
            f"  patient:\n"
            f"    name: \"{child.comma()}\"\n"
            f"    sex: {'F' if child.female else 'M'}\n"
            f"    date_of_birth: {L('DATE_TIME', f'{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}')}\n"
            f"    caregiver: \"{carer.full()} (mother)\"\n"
            f"    caregiver_phone: \"{g.phone('lr', True)}\"\n"
            f"    community: \"{L('LOCATION', g.pick(('Zone ' + str(g.rng.randint(1, 9)) + ', ', 'Block ' + g.letters(1) + ', ', '')) + town)}\"\n"
            f"    district: {L('LOCATION', district)}\n"
            f"    county: {L('LOCATION', county)}\n"
            f"    household_gps: \"{L('LOCATION', lat + ', ' + lon)}\"\n"
            f"  assessment:\n"
            f"    danger_signs: [{', '.join(K(s) for s in signs)}]\n"
            f"    rdt_result: \"{K('P. falciparum positive')}\"\n"
            f"    muac: \"{K('MUAC ' + str(g.rng.randint(105, 124)) + ' mm')}\"\n"
            f"    treatment_given:\n" + "".join(f"      - {K(t)}\n" for t in treat) +
            f"  referred_to: {L('ORGANIZATION', hospital)}\n"
            f"  transport: motorbike ambulance\n"
            f"  notes: |\n"
            f"    {carer.given()} says {child.given()} had fever for 3 days and was seen at the clinic on {L('DATE_TIME', EN_MONTHS[(day - datetime.timedelta(days=2)).month - 1] + ' ' + str((day - datetime.timedelta(days=2)).day))}.\n"
            f"    Father {g.relative(child, False).full()} is in {L('LOCATION', g.pick(('Monrovia', 'Buchanan', 'Harper', 'Voinjama')))}, call before discharge.\n"
            f"follow_up:\n"
            f"  - due: {L('DATE_TIME', (day + datetime.timedelta(days=3)).isoformat())}\n"
            f"    by: {L('ACCOUNT_NUMBER', username)}\n")
    return "What danger signs did the CHA find and where was the child sent?", body, \
        f"{', '.join(K(s) for s in signs)}; sent to {L('ORGANIZATION', hospital)} ({child.given()})."


KY_HOSPITALS = (("Cayman Islands Hospital", "George Town"), ("Faith Hospital", "Cayman Brac"), ("Health City Cayman Islands", "East End"))
KY_HOMES = (("{n} Shamrock Road", "Bodden Town", "KY1-1101"), ("{k} Walkers Road", "George Town", "KY1-1104"), ("{n} North Sound Way", "George Town", "KY1-1208"),
            ("{k} Frank Sound Road", "North Side", "KY1-1701"), ("{n} West Bay Road", "West Bay", "KY1-1401"), ("{k} Songbird Drive", "Cayman Brac", "KY2-2101"),
            ("{n} Pedro Castle Road", "Savannah", "KY1-1501"))  # fmt: skip
KY_CASES = (("E11.65", "Type 2 diabetes mellitus with hyperglycemia", "4548-4", "Hemoglobin A1c", "10.4 %", "insulin glargine 20 units at night"),
            ("J18.9", "Pneumonia, unspecified organism", "1988-5", "C reactive protein", "184 mg/L", "amoxicillin-clavulanate 875/125 mg BID"),
            ("I50.9", "Heart failure, unspecified", "33762-6", "NT-proBNP", "4120 pg/mL", "furosemide 40 mg daily"),
            ("N39.0", "Urinary tract infection, site not specified", "5799-2", "Leukocyte esterase", "3+", "nitrofurantoin 100 mg BID"),
            ("A90", "Dengue fever", "777-3", "Platelets", "62 x10^3/uL", "paracetamol 1 g QID"))  # fmt: skip


def cda_document(g: Gen) -> tuple[str, str, str]:
    """A Cayman Islands discharge summary as an HL7 CDA R2 document: the header's patient, author and custodian, a coded diagnosis."""
    hospital, town = g.pick(KY_HOSPITALS)
    pt = g.person("ky", middle=g.rng.random() < 0.5)
    kin = g.relative(pt, not pt.female)
    doctor, gp = g.person("ky"), g.person("ky")
    icd, dx, loinc, test, value, drug = g.pick(KY_CASES)
    street, district, post = g.pick(KY_HOMES)
    ymd = g.ymd(1940, 2004)
    day = g.base()
    admitted = day - datetime.timedelta(days=g.rng.randint(2, 9))
    given = "".join(f"<given>{L('PERSON', n)}</given>" for n in (pt.first, pt.middle) if n)
    body = (f"Outbound CDA from the EHR interface queue (document 1 of 1):\n\n"
            f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            f'  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>\n'
            f'  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>\n'
            f'  <id root="2.16.840.1.113883.19.5" extension="{g.uuid()}"/>\n'
            f'  <code code="{K("18842-5")}" codeSystem="2.16.840.1.113883.6.1" displayName="{K("Discharge summary")}"/>\n'
            f'  <title>Discharge Summary</title>\n'
            f'  <effectiveTime value="{g.compact(day, True, g.rng.randint(8, 18))}"/>\n'
            f'  <recordTarget>\n    <patientRole>\n'
            f'      <id root="2.16.840.1.113883.19.5.99999.2" extension="{L("HEALTH_ID", "HSA" + g.digits(7))}"/>\n'
            f'      <addr use="HP"><streetAddressLine>{L("LOCATION", g.fill(street))}</streetAddressLine><city>{L("LOCATION", district)}</city>'
            f'<state>{L("LOCATION", "Cayman Brac" if post.startswith("KY2") else "Grand Cayman")}</state><postalCode>{L("LOCATION", post)}</postalCode><country>KY</country></addr>\n'
            f'      <telecom value="tel:{L("PHONE_NUMBER", g.shape("+1-345-9##-####"))}" use="MC"/>\n'
            f'      <telecom value="mailto:{g.email(pt, g.pick(("gmail.com", "candw.ky", "yahoo.com")))}"/>\n'
            f'      <patient>\n        <name use="L">{given}<family>{pt.sur()}</family></name>\n'
            f'        <administrativeGenderCode code="{"F" if pt.female else "M"}" codeSystem="2.16.840.1.113883.5.1"/>\n'
            f'        <birthTime value="{g.compact(ymd)}"/>\n      </patient>\n'
            f'    </patientRole>\n  </recordTarget>\n'
            f'  <author>\n    <time value="{g.compact(day, True, g.rng.randint(8, 18))}"/>\n    <assignedAuthor>\n'
            f'      <id root="2.16.840.1.113883.19.5.77" extension="{L("LICENSE_NUMBER", "MC" + g.digits(4))}"/>\n'
            f'      <assignedPerson><name><prefix>Dr</prefix><given>{doctor.given()}</given><family>{doctor.sur()}</family></name></assignedPerson>\n'
            f'    </assignedAuthor>\n  </author>\n'
            f'  <custodian><assignedCustodian><representedCustodianOrganization><name>{L("ORGANIZATION", hospital)}</name>'
            f'</representedCustodianOrganization></assignedCustodian></custodian>\n'
            f'  <component><structuredBody>\n'
            f'    <component><section>\n      <code code="{K("11535-2")}" codeSystem="2.16.840.1.113883.6.1"/>\n'
            f'      <title>Discharge diagnosis</title>\n      <text><paragraph>{K(dx)} ({K(icd)})</paragraph></text>\n'
            f'      <entry><observation classCode="OBS" moodCode="EVN"><value xsi:type="CD" code="{K(icd)}" codeSystem="2.16.840.1.113883.6.90" '
            f'displayName="{K(dx)}"/></observation></entry>\n    </section></component>\n'
            f'    <component><section>\n      <title>Clinical course</title>\n      <text><paragraph>Admitted {g.day("ky", admitted)} via the emergency department. '
            f'{K(test)} ({K(loinc)}) {K(value)} on admission. Discharged on {K(drug)}. {pt.given()} lives with {"her husband" if pt.female else "his wife"} '
            f'{kin.full()}, who can be reached on {g.phone("ky")}. Follow-up with {gp.full()} at {L("ORGANIZATION", g.pick(("Bodden Town Health Centre", "West Bay Health Centre", "East End Health Centre", "North Side Health Centre")))} '
            f'on {g.day("ky", day, g.rng.randint(5, 14))}.</paragraph></text>\n    </section></component>\n'
            f'  </structuredBody></component>\n</ClinicalDocument>')
    return "What is the discharge diagnosis and who follows the patient up?", body, f"{K(dx)}; follow-up with {gp.full()}."


CM_COURTS = (("High Court of Fako Division", "HCF/{t}/{y}"), ("Court of First Instance Buea", "CFIB/{t}c/{y}"), ("High Court of Mezam Division", "HCMB/{t}/{y}"),
             ("Court of First Instance Bamenda", "CFIBA/{t}/{y}"), ("High Court of Meme Division", "HCK/{t}/{y}"), ("Court of First Instance Limbe", "CFIL/{t}/{y}"))
CM_MATTERS = ("unlawful detention (Section 236 Criminal Procedure Code)", "letters of administration (succession)", "land dispute (Ordinance No. 74-1 of 6 July 1974)",
              "custody and maintenance (Matrimonial Causes Act 1973)", "wrongful dismissal (Labour Code, Section 39)", "habeas corpus",
              "bail application (Section 224 Criminal Procedure Code)", "declaration of birth out of time (Ordinance No. 81-02)")
CM_PLACES = ("Molyko, Buea", "Great Soppo, Buea", "Mile 4, Limbe", "Nkwen, Bamenda", "Mankon, Bamenda", "Fiango, Kumba", "Bokwango, Buea", "Up Station, Bamenda")
CM_NOTES = ("client in custody at {prison}", "mother {kin} attends", "adjourned for the prosecution", "file at the registry since {date}",
            "client relocated to {place}", "awaiting medical report", "witness {kin} to be served")


def markdown_table(g: Gen) -> tuple[str, str, str]:
    """A Cameroonian legal-aid clinic's caseload, kept in a notes app and pasted as a Markdown table."""
    day = g.base()
    editor, coordinator = g.person("cm"), g.person("cm")
    head = "| # | Client | Phone | Matter | Court | Suit no. | Next hearing | Counsel | Notes |"
    rows = [head, "|---|--------|-------|--------|-------|----------|--------------|---------|-------|"]
    clients, lawyers = [], [g.person("cm"), g.person("cm"), g.person("cm")]
    for i in range(1, 5):
        client, counsel = g.person("cm"), g.pick(lawyers)
        court, pattern = g.pick(CM_COURTS)
        suit = pattern.format(t=g.rng.randint(12, 480), y=g.rng.randint(2021, day.year))
        note = g.pick(CM_NOTES)
        if "{kin}" in note:
            note = note.format(kin=g.relative(client, True).full())
        elif "{prison}" in note:
            note = note.format(prison=L("ORGANIZATION", g.pick(("Buea Central Prison", "Bamenda Central Prison", "Kumba Principal Prison"))))
        elif "{date}" in note:
            note = note.format(date=g.day("cm", day, -g.rng.randint(30, 200)))
        elif "{place}" in note:
            note = note.format(place=g.place(CM_PLACES))
        name = L("PERSON", f"{client.last.upper()} {client.first}")
        clients.append(name)
        rows.append(f"| {i} | {name} | {g.phone('cm', True)} | {K(g.pick(CM_MATTERS))} | {L('ORGANIZATION', court)} | {L('CASE_NUMBER', suit)} | "
                    f"{g.day('cm', day, g.rng.randint(3, 60))} | Barr. {counsel.full()} | {note} |")
    body = (f"## Caseload (updated {g.day('cm', day)} by {editor.initial()})\n\n" + "\n".join(rows) + "\n\n"
            f"Detention visits this month: {coordinator.full()} ({g.phone('cm', True)}). Fees waived under the {K('legal aid scheme')}; "
            f"do not share this table outside {L('ORGANIZATION', g.pick(('Fako Legal Aid Clinic', 'Mezam Human Rights Desk', 'Buea Justice Centre')))}.")
    return "Which matters come up next, and before which courts?", body, f"{len(clients)} matters; the first is {clients[0]}'s."


GG_FIRMS = ("{a} & {b} Advocates", "{a} {b} LLP", "{a} Trust Company Limited", "{a} Fiduciary Services Limited")
GG_TRUSTS = ("Sarnia Heritage Trust", "Bailiwick Family Settlement", "Havelet Discretionary Trust", "Icart Point Trust", "Les Vardes Settlement")
GG_TOPICS = ("distribution to the beneficiaries", "removal of the protector", "the trustee's accounts for the year", "the sale of the Fermain property",
             "the letter of wishes", "the loan to the underlying company")


def ndjson_line(fields: dict[str, object]) -> str:
    """One JSON object on one line, labels inside its strings (every string checked to need no escape)."""
    def value(v: object) -> str:
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        assert isinstance(v, str) and not re.search(r'["\\\n\t]', bare(v)), v
        return f'"{v}"'
    return "{" + ", ".join(f'"{k}": {value(v)}' for k, v in fields.items()) + "}"


def ndjson_ediscovery(g: Gen) -> tuple[str, str, str]:
    """A Guernsey trust dispute's review set, exported from the e-discovery platform as JSON Lines, one document a line."""
    trust = g.pick(GG_TRUSTS)
    settlor, trustee_officer, beneficiary, protector, reviewer = (g.person("gg") for _ in range(5))
    child = g.relative(beneficiary, g.rng.random() < 0.5)
    a, b = g.firm("gg"), g.firm("gg")
    firm = g.pick(GG_FIRMS).format(a=a, b=b)
    domain = re.sub(r"[^a-z]", "", fold11(a).lower()) + ".gg"
    trustco = f"{g.firm('gg')} Trustees Limited"
    matter = f"GGT-{g.rng.randint(2021, 2024)}-{g.digits(4)}"
    day = g.base(2019, 2022)
    rev = f"rev_{reviewer.ascii('')[:2]}{g.digits(2)}"
    prefix = "".join(w[0] for w in trust.split()[:2]).upper()
    lines = []
    people = [(settlor, "gmail.com"), (trustee_officer, re.sub(r"[^a-z]", "", trustco.split()[0].lower()) + "trustees.gg"), (beneficiary, "icloud.com"),
              (protector, domain)]
    emails = {id(p): g.email_text(p, d) for p, d in people}
    for i in range(g.rng.randint(4, 5)):
        sender, to = g.rng.sample(people, 2)
        topic = g.pick(GG_TOPICS)
        when = day + datetime.timedelta(days=17 * i + g.rng.randint(0, 9))
        text = g.pick((
            f"Dear {to[0].given()}, further to our call about {topic}, please see the attached. Regards, {sender[0].nick()}",
            f"{to[0].given()} - {K('legal professional privilege')} - my note on {topic} under the {K('Trusts (Guernsey) Law, 2007')}. {sender[0].initials()}",
            f"Please transfer GBP {g.rng.randint(10, 400)},000 to {beneficiary.full()} at {g.gb_iban()} for {topic}.",
            f"Board minute: {L('ORGANIZATION', trustco)} as trustee of the {L('ORGANIZATION', trust)} resolved on {topic}; {child.full()} to be added as a beneficiary.",
            f"Funds received from the Seychelles account {g.sc_iban()} of {L('ORGANIZATION', trust)}; {topic} can proceed.",
            f"{to[0].given()}, the company's LEI is {L('COMPANY_REGISTRATION', g.lei())}; {topic} is on the agenda for {g.day('gg', when, 7)}."))
        lines.append(ndjson_line({
            "control_no": f"{prefix}{g.digits(7)}",
            "custodian": L("PERSON", f"{sender[0].last.upper()}, {sender[0].first}"),
            "doc_type": "Email",
            "date_sent": g.iso(when, g.rng.randint(7, 19)),
            "from": L("EMAIL_ADDRESS", emails[id(sender[0])]),
            "to": [L("EMAIL_ADDRESS", emails[id(to[0])])],
            "subject": f"RE: {L('ORGANIZATION', trust)} - {topic}" if i else f"{L('ORGANIZATION', trust)} - {topic}",
            "privilege": g.pick(("Privileged - withhold", "Not privileged", "Partially privileged - redact")),
            "tags": g.rng.sample(["Hot", "Trustee", "Protector", "Distribution", "Needs second review"], 2),
            "reviewer": L("ACCOUNT_NUMBER", rev),
            "native": L("URL", f"https://review.{domain}/{matter.lower()}/native/{prefix}{g.digits(7)}.msg"),
            "extracted_text": text,
        }))
    body = (f"Matter {L('CASE_NUMBER', matter)} ({L('ORGANIZATION', firm)} for the trustee, a claim under the {K('Trusts (Guernsey) Law, 2007')}) -- "
            f"review set exported as JSON Lines, one document a line:\n\n" + "\n".join(lines) + f"\n\nExported by {reviewer.full()} on {g.day('gg', day, 900)}.")
    return "Which documents are privileged, and who are the custodians?", body, f"Custodians include {settlor.full()} and {protector.full()}."


SC_SITES = ("Anse Royale Hospital", "Seychelles Hospital", "Baie Lazare Health Centre", "Praslin Hospital", "English River Health Centre")
SC_VISITS = (("Physio review", "post ORIF right ankle - weight bearing as tolerated"), ("Diabetic foot review", "HbA1c 9.2% on metformin 1 g BD"),
             ("Wound dressing", "venous leg ulcer - compression bandaging"), ("Antenatal visit", "G2P1 at 28 weeks - OGTT normal"),
             ("INR check", "warfarin for atrial fibrillation - target INR 2-3"), ("Physio review", "frozen shoulder - home exercise programme"))
SC_HOMES = ("Anse Royale", "Au Cap", "Takamaka", "Baie Lazare", "Pointe Larue", "Grand Anse Praslin", "Mont Fleuri", "Bel Ombre", "Beau Vallon", "La Digue")


def fold_ical(name: str, parts: list[str]) -> list[str]:
    """A content line folded as RFC 5545 folds it: the parts after the first on continuation lines that start with one space."""
    lines = [f"{name}:{parts[0]}"] + [f" {p}" for p in parts[1:]]
    assert all(len(bare(line).encode("utf-8")) <= 75 for line in lines), lines
    return lines


def icalendar_export(g: Gen) -> tuple[str, str, str]:
    """A Seychelles clinic's appointment calendar exported as iCalendar: folded lines, escaped commas, names in CN parameters."""
    site, unit = g.pick(SC_SITES), "Outpatient Clinic"
    therapist, admin = g.person("sc"), g.person("sc")
    day = g.base()
    ther_mail = g.email_text(therapist, "health.gov.sc")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MOH SC//Clinic Scheduler 2.3//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{unit} - {L('ORGANIZATION', site)}", "X-WR-TIMEZONE:Indian/Mahe"]
    patients = []
    for i in range(g.rng.randint(3, 4)):
        pt = g.person("sc")
        kin = g.relative(pt, True)
        patients.append(pt)
        start = datetime.datetime(day.year, day.month, day.day, 8 + i, g.pick((0, 30)))
        end = start + datetime.timedelta(minutes=30)
        reason, note = g.pick(SC_VISITS)
        hosp = "SH" + g.digits(6)
        lines += ["BEGIN:VEVENT", f"UID:{g.uuid()}", f"DTSTAMP:{L('DATE_TIME', f'{day.year}{day.month:02d}{day.day:02d}T0{g.rng.randint(6, 7)}{g.rng.randint(0, 5)}{g.digits(1)}00Z')}",
                  f"DTSTART;TZID=Indian/Mahe:{L('DATE_TIME', start.strftime('%Y%m%dT%H%M%S'))}",
                  f"DTEND;TZID=Indian/Mahe:{L('DATE_TIME', end.strftime('%Y%m%dT%H%M%S'))}",
                  f"SUMMARY:{reason} - {pt.full()}",
                  f"LOCATION:{L('ORGANIZATION', site)}\\, {unit}",
                  f"ORGANIZER;CN={therapist.full()}:", f" mailto:{L('EMAIL_ADDRESS', ther_mail)}"]
        if g.rng.random() < 0.6:
            lines += [f"ATTENDEE;CN={pt.full()};ROLE=REQ-PARTICIPANT;", f" PARTSTAT=ACCEPTED:mailto:{g.email(pt, g.pick(('gmail.com', 'intelvision.sc', 'yahoo.com')))}"]
        lines += fold_ical("DESCRIPTION", [f"Hosp. no. {L('HEALTH_ID', hosp)}. ", f"{K(note)}. ", f"Lives at {L('LOCATION', g.pick(SC_HOMES))}\\, ",
                                           f"contact {g.phone('sc')} ({kin.given()}\\, ", f"{kin_word(g, kin, {True: ('daughter', 'sister', 'mother'), False: ('son', 'brother', 'father')})})."])
        lines += ["STATUS:CONFIRMED", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    body = (f"Calendar export from {admin.full()} ({g.email(admin, 'health.gov.sc')}), for the clinic list of {g.day('sc', day)}:\n\n"
            + "\n".join(lines))
    return "List the day's appointments in time order.", body, f"{len(patients)} appointments from 08:00; first {patients[0].full()}."


SB_HOMES = (("Lot {n} Kukum Highway", "Honiara"), ("Burns Creek", "Honiara"), ("Fishing Village, Lord Howe Settlement", "Honiara"), ("White River", "Honiara"),
            ("Section {k}, Auki Market area", "Auki"), ("Gizo Town, Lot {n}", "Gizo"), ("Henderson, Zone {m}", "Honiara"), ("Kilu'ufi area", "Auki"))
SB_PROVINCES = {"Honiara": "Guadalcanal", "Auki": "Malaita", "Gizo": "Western"}


def vcard_contacts(g: Gen) -> tuple[str, str, str]:
    """A Solomon Islands caseworker's phone contacts, exported as vCard 3.0 at handover: N and FN, TEL, ADR and a NOTE with the case."""
    worker, successor = g.person("sb"), g.person("sb")
    client = g.person("sb", True)
    partner = g.person("sb", False)
    child = g.relative(client, g.rng.random() < 0.5)
    officer, lawyer = g.person("sb"), g.person("sb")
    day = g.base()
    street, town = g.pick(SB_HOMES)
    ymd = g.ymd(1975, 2004)
    ref = f"{g.rng.randint(10, 999)}/{day.year}"

    def card(p: Person, extra: list[str]) -> list[str]:
        return ["BEGIN:VCARD", "VERSION:3.0", f"N:{p.sur()};{p.given()};;;", f"FN:{p.full()}", *extra, "END:VCARD"]

    cards = card(client, [f"TEL;TYPE=CELL:{g.phone('sb', True)}", f"URL:{L('URL', 'https://www.facebook.com/' + client.ascii(g.pick(('.', ''))) + g.pick(('', '.' + g.digits(2))))}", f"ADR;TYPE=HOME:;;{g.place((street,))};{L('LOCATION', town)};{L('LOCATION', SB_PROVINCES[town])};;Solomon Islands",
                          f"BDAY:{L('DATE_TIME', f'{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}')}",
                          f"NOTE:DV client. RSIPF ref {L('CASE_NUMBER', ref)}. {K('Family Protection Act 2014')} {K('protection order')} "
                          f"granted {g.day('sb', day, -g.rng.randint(10, 90))}. Child {child.given()} ({g.rng.randint(6, 12)}) at "
                          f"{L('ORGANIZATION', g.pick(('Kukum Primary School', 'St Nicholas School', 'Vura Community High School')))}, student no. "
                          f"{L('STUDENT_ID', str(day.year - g.rng.randint(1, 5)) + g.digits(4))}. "
                          f"Do not give address to {partner.full()}."])
    cards += card(officer, ["ORG:Royal Solomon Islands Police Force", "TITLE:Sergeant", f"TEL;TYPE=WORK:{g.phone('sb')}",
                            f"EMAIL;TYPE=INTERNET:{g.email(officer, 'rsipf.gov.sb')}"])
    cards += card(lawyer, ["ORG:Public Solicitor's Office", f"TEL;TYPE=WORK:{g.phone('sb')}", f"EMAIL;TYPE=INTERNET:{g.email(lawyer, 'pso.gov.sb')}"])
    if g.rng.random() < 0.6:
        cards += card(partner, [f"TEL;TYPE=CELL:{g.phone('sb', True)}", "NOTE:respondent - do not call from the office phone"])
    body = (f"contacts.vcf, exported from {worker.full()}'s work phone before handover to {successor.full()} "
            f"({L('ORGANIZATION', 'Honiara Family Support Centre')}, {g.day('sb', day)}):\n\n" + "\n".join(cards))
    return "Which contacts belong to the open case, and what must not be disclosed?", body, \
        f"{client.full()}'s address must not be given to {partner.full()}."


SR_HOMES = (("Indira Gandhiweg {n}", "Wanica"), ("Kwattaweg {n}", "Paramaribo"), ("Hk. Dr. Sophie Redmondstraat / Zwartenhovenbrugstraat", "Paramaribo"),
            ("Commewijnestraat {k}", "Paramaribo"), ("Pad van Wanica {n}", "Wanica"), ("Oost-Westverbinding km {k}", "Commewijne"),
            ("Gouverneur van Idsingastraat {n}", "Nickerie"), ("Welgedacht A weg {n}", "Wanica"), ("Tout Lui Faut Kanaalweg {n}", "Wanica"))
SR_DIAGNOSES = ("E11.9 diabetes mellitus type 2", "I10 essentiële hypertensie", "J45.9 astma", "B50.9 malaria tropica", "A90 dengue",
                "N18.3 chronische nierziekte stadium 3", "O24.4 zwangerschapsdiabetes")
SR_NOTES = ("controle over 3 maanden", "verwezen naar AZP interne", "HbA1c 8.4%", "metformine 500 mg 2dd", "lab: Hb 10.1 g/dL", "bloeddruk 162/98")


def sql_dump(g: Gen) -> tuple[str, str, str]:
    """A Surinamese polyclinic's MySQL dump with Dutch column names: CREATE TABLE and extended INSERTs."""
    day = g.base()
    dba = g.person("sr")
    doctors = [g.person("sr"), g.person("sr")]
    rows, visits, first = [], [], None
    for i in range(1, g.rng.randint(4, 5) + 1):
        pt = g.person("sr", middle=g.rng.random() < 0.4)
        first = first or pt
        ymd = g.ymd(1945, 2010)
        street, district = g.pick(SR_HOMES)
        made = day - datetime.timedelta(days=g.rng.randint(0, 400))
        given = f"{pt.first} {pt.middle}" if pt.middle else pt.first
        rows.append(f"({i},'{pt.sur()}','{L('PERSON', given)}','{L('DATE_TIME', f'{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}')}','{'V' if pt.female else 'M'}',"
                    f"'{L('NATIONAL_ID', g.letters(2) + g.digits(6))}','{L('HEALTH_ID', 'SZF' + g.digits(7))}','{L('LOCATION', g.fill(street))}',"
                    f"'{L('LOCATION', district)}','{g.phone('sr')}','{K(g.pick(SR_DIAGNOSES))}',"
                    f"'{L('DATE_TIME', made.isoformat() + ' ' + g.clock(g.rng.randint(7, 15)) + f':{g.rng.randint(0, 59):02d}')}')")
        doctor = g.pick(doctors)
        when = day + datetime.timedelta(days=g.rng.randint(1, 30))
        visits.append(f"({i},{i},'{L('DATE_TIME', when.isoformat() + ' ' + g.pick(('08:00', '09:30', '10:15', '11:00')) + ':00')}',"
                      f"'dr. {L('PERSON', doctor.first[0] + '. ' + doctor.last)}','{K(g.pick(SR_NOTES))}')")
    body = (f"-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: 10.0.4.12    Database: poli_wanica\n"
            f"-- ------------------------------------------------------\n-- Server version\t8.0.36\n"
            f"-- export voor de audit, {dba.full()}, {g.day('sr', day)}\n\n"
            "DROP TABLE IF EXISTS `patienten`;\nCREATE TABLE `patienten` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `achternaam` varchar(64) NOT NULL,\n"
            "  `voornamen` varchar(64) NOT NULL,\n  `geboortedatum` date DEFAULT NULL,\n  `geslacht` char(1) DEFAULT NULL,\n  `id_nummer` varchar(12) DEFAULT NULL,\n"
            "  `szf_nummer` varchar(12) DEFAULT NULL,\n  `adres` varchar(128) DEFAULT NULL,\n  `district` varchar(32) DEFAULT NULL,\n"
            "  `telefoon` varchar(20) DEFAULT NULL,\n  `diagnose` varchar(255) DEFAULT NULL,\n  `aangemaakt` datetime DEFAULT NULL,\n"
            "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n"
            "LOCK TABLES `patienten` WRITE;\nINSERT INTO `patienten` VALUES " + ",".join(rows) + ";\nUNLOCK TABLES;\n\n"
            "DROP TABLE IF EXISTS `afspraken`;\nCREATE TABLE `afspraken` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `patient_id` int NOT NULL,\n"
            "  `datum` datetime NOT NULL,\n  `arts` varchar(64) DEFAULT NULL,\n  `notitie` varchar(255) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n"
            ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n"
            "LOCK TABLES `afspraken` WRITE;\nINSERT INTO `afspraken` VALUES " + ",".join(visits) + ";\nUNLOCK TABLES;\n\n-- Dump completed")
    return "How many patients are in the dump and when is each one's next appointment?", body, \
        f"{len(rows)} patients; the first is {first.full()}."


# ---------------------------------------------------------------- English-language papers from ten more countries

PG_HOSPITALS = (("Port Moresby General Hospital", "NCD"), ("Daru General Hospital", "WP"), ("Kerema General Hospital", "GP"), ("Alotau Provincial Hospital", "MBP"))
PG_HOMES = ("Section {k}, Allotment {m}, Gerehu Stage 2, NCD", "Morata 1, Lot {n}, NCD", "Tureture village, South Fly District, Western Province",
            "Hohola, Lot {n}, Section {k}, NCD", "Kikori Station, Gulf Province", "Daru Town, Section {k}, Western Province", "Hanuabada village, NCD")
PG_CASES = (("rifampicin-resistant TB confirmed on Xpert MTB/RIF Ultra", "BPaLM (bedaquiline, pretomanid, linezolid, moxifloxacin)", "QTcF 462 ms"),
            ("pre-XDR TB (fluoroquinolone resistance on line probe assay)", "longer individualised regimen with bedaquiline and linezolid",
             "peripheral neuropathy grade 2 on linezolid"),
            ("MDR-TB with HIV co-infection, CD4 180 cells/uL", "BPaLM and dolutegravir-based ART", "haemoglobin 8.9 g/dL"),
            ("MDR-TB relapse after treatment in 2019", "9-month all-oral regimen", "culture conversion at month 2"))  # fmt: skip


def mdr_tb_consilium(g: Gen) -> tuple[str, str, str]:
    """Minutes of a Papua New Guinea hospital's drug-resistant TB clinical review committee: attendees, cases, actions by initials."""
    hospital, prov = g.pick(PG_HOSPITALS)
    chair, pharm, nurse, coord = g.person("pg"), g.person("pg"), g.person("pg", True), g.person("pg")
    day = g.base()
    cases, names = [], []
    for i, (dx, regimen, issue) in enumerate(g.rng.sample(PG_CASES, 2)):
        pt = g.person("pg")
        kin = g.relative(pt, g.rng.random() < 0.5)
        names.append(pt)
        cases.append(f"{i + 1}. {pt.full()}, {g.rng.randint(16, 68)}{'F' if pt.female else 'M'}, DR-TB register {L('HEALTH_ID', f'DRTB/{prov}/{day.year - g.rng.randint(0, 1)}/{g.digits(3)}')}, "
                     f"of {g.place(PG_HOMES)}. {K(dx)}. Plan: {K(regimen)}. Issue: {K(issue)}. Treatment supporter {kin.full()} ({g.phone('pg', True)}).\n"
                     f"   Action: {nurse.initials()} to arrange home visit; {pharm.initials()} to confirm stock before {g.day('pg', day, 7)}.")
    body = (f"{L('ORGANIZATION', hospital)} -- DR-TB Clinical Review Committee\nMinutes of the meeting held {g.day('pg', day)}\n\n"
            f"Present: Dr {chair.full()} (Chair, TB physician), {pharm.full()} (pharmacist), Sr {nurse.full()} (DOTS nurse), "
            f"{coord.full()} (TB Coordinator for the province, {g.email(coord, 'health.gov.pg')}).\nApologies: none.\n\n"
            f"Cases discussed:\n" + "\n".join(cases) + "\n\n"
            f"Next meeting {g.day('pg', day, 28)}. Minutes taken by {nurse.initial()}; confirmed by {chair.initials()}. "
            f"Medical Board registration of the chair: {L('LICENSE_NUMBER', 'PNGMB ' + g.digits(4))}.")
    return "List each case discussed with its plan.", body, f"{names[0].full()}: see plan; {names[1].full()}: see plan."


BB_EMPLOYERS = ("Bathsheba Bay Resort Inc.", "Speightstown Supermarkets Ltd", "Coral Sands Laundry Ltd", "Holetown Marine Services Ltd", "Oistins Fish Traders Ltd")
BB_HOMES = ("#{k} Lodge Road, Christ Church", "Chapel Gap, St. Philip", "{k} Welches Terrace, St. Michael", "Rock Dundo, St. James",
            "{k} Sunset Crest, St. James", "Pine Gardens, St. Michael", "Boscobelle, St. Peter")
BB_JOBS = ("housekeeping supervisor", "cashier", "pool attendant", "line cook", "delivery driver")


def tribunal_transcript(g: Gen) -> tuple[str, str, str]:
    """A Barbados Employment Rights Tribunal hearing, as the court reporter typed it: speaker labels in capitals, a witness's evidence."""
    claimant = g.person("bb")
    chair, for_c, for_r, manager = g.person("bb"), g.person("bb"), g.person("bb"), g.person("bb")
    employer = g.pick(BB_EMPLOYERS)
    day = g.base()
    ymd = g.ymd(1970, 2000)
    start = day - datetime.timedelta(days=g.rng.randint(400, 3000))
    ms = "Ms." if claimant.female else "Mr."
    cc, cr = "MS." if for_c.female else "MR.", "MS." if for_r.female else "MR."
    sir, chair_label = ("Madam Chair", "CHAIRPERSON") if chair.female else ("Mr. Chairman", "CHAIRMAN")
    nick = f" Everybody at work calls me {claimant.nick()}." if claimant.first in NICKNAMES else ""
    body = (f"{K('EMPLOYMENT RIGHTS TRIBUNAL')}\nClaim No. {L('CASE_NUMBER', f'ERT/{day.year - 1}/{g.rng.randint(10, 240):03d}')}\n"
            f"BETWEEN {claimant.caps()} (Claimant) AND {L('ORGANIZATION', employer.upper())} (Respondent)\n"
            f"Transcript of proceedings, {g.day('bb', day)}\n\n"
            f"{chair_label} ({chair.full()}): Good morning. This is a claim for {K('unfair dismissal')} under {K('section 27 of the Employment Rights Act, 2012-9')}. "
            f"{cc} {L('PERSON', for_c.last.upper())}, you appear for the Claimant?\n"
            f"{cc} {L('PERSON', for_c.last.upper())}: Yes, {sir}. And {cr} {L('PERSON', for_r.last.upper())} for the Respondent.\n"
            f"{chair_label}: Witness, please state your full name and address for the record.\n"
            f"WITNESS: {claimant.full()}, of {g.place(BB_HOMES)}.{nick}\n"
            f"{chair_label}: And your national registration number?\n"
            f"WITNESS: {L('NATIONAL_ID', g.birth_digits(ymd) + '-' + g.digits(4))}.\n"
            f"{cc} {L('PERSON', for_c.last.upper())}: When did you start with the Respondent?\n"
            f"WITNESS: On {g.day('bb', start)}, as a {g.pick(BB_JOBS)}. {manager.full()} was my manager.\n"
            f"{cc} {L('PERSON', for_c.last.upper())}: And on {g.day('bb', day, -g.rng.randint(90, 300))}?\n"
            f"WITNESS: {manager.sur()} called me in and said I was finished. No hearing, nothing in writing. I had a sick note for {K('lumbar disc prolapse')}.\n"
            f"{cr} {L('PERSON', for_r.last.upper())}: Objection, the medical certificate was never produced.\n"
            f"{chair_label}: Noted. {ms} {claimant.sur()}, you may answer.\n"
            f"WITNESS: I sent it by WhatsApp from {g.phone('bb', True)} the same day.\n"
            f"{chair_label}: We will take the question of {K('severance under the Severance Payments Act, Cap. 355A')} after the break. Adjourned to "
            f"{g.stamp('bb', day, 14)}.")
    return "Summarise the claimant's evidence.", body, f"{claimant.full()} says {manager.sur()} dismissed her without a hearing." if claimant.female else \
        f"{claimant.full()} says {manager.sur()} dismissed him without a hearing."


BZ_HOMES = ("Spanish Lookout, Cayo District", "#{k} Mapp Street, Belize City", "{k} St. Vincent Street, Belize City", "Blue Creek, Orange Walk District",
            "Dangriga Town, Stann Creek District", "San Antonio Village, Toledo District", "#{n} George Price Highway, Belmopan", "Hopkins Village, Stann Creek")
BZ_HOSPITALS = ("Karl Heusner Memorial Hospital", "Western Regional Hospital", "Southern Regional Hospital", "Northern Regional Hospital")


def negligence_judgment(g: Gen) -> tuple[str, str, str]:
    """A judgment of the High Court of Belize in a claim for clinical negligence after a cholecystectomy."""
    claimant, surgeon, c_counsel, d_counsel, expert = (g.person("bz") for _ in range(5))
    judge = g.person("bz", True)
    spouse = g.relative(claimant, not claimant.female)
    hospital = g.pick(BZ_HOSPITALS)
    day = g.base()
    op = day - datetime.timedelta(days=g.rng.randint(700, 1400))
    no = f"{g.rng.randint(40, 720)} of {op.year + 1}"
    pron = "she" if claimant.female else "he"
    body = (f"IN THE {K('SENIOR COURTS OF BELIZE')}\n{K('HIGH COURT OF JUSTICE')}\nCLAIM No. {L('CASE_NUMBER', no)}\n\nBETWEEN\n{claimant.caps()}   Claimant\nAND\n"
            f"{L('ORGANIZATION', hospital.upper())}   First Defendant\n{surgeon.caps()}   Second Defendant\n\n"
            f"Before: Madam Justice {judge.full()}\nAppearances: {c_counsel.full()} for the Claimant; {d_counsel.full()} for the Defendants.\n\n"
            f"JUDGMENT delivered {g.day('bz', day)}\n\n"
            f"1. The Claimant, of {g.place(BZ_HOMES)} (Social Security No. {L('NATIONAL_ID', g.digits(6))}), underwent a {K('laparoscopic cholecystectomy')} "
            f"at the First Defendant on {g.day('bz', op)}. The Second Defendant, registered with the Medical Board under No. {L('LICENSE_NUMBER', 'MB-' + g.digits(4))}, "
            f"operated.\n2. Three days later {pron} was readmitted with jaundice; an {K('ERCP')} showed a {K('common bile duct injury (Strasberg E2)')}, "
            f"repaired by {K('Roux-en-Y hepaticojejunostomy')} in {L('LOCATION', 'Mérida')}.\n"
            f"3. {claimant.formal()}'s spouse, {spouse.full()}, gave evidence of the family's expenses, which I accept.\n"
            f"4. Dr {expert.full()}, the Claimant's expert, said the {K('critical view of safety')} was not documented. Following "
            f"{K('Montgomery v Lanarkshire Health Board [2015] UKSC 11')}, the risk of bile duct injury should also have been disclosed.\n"
            f"5. The claim is not barred by the {K('Limitation Act, Cap. 170')}. Judgment for the Claimant; damages to be assessed. "
            f"Costs to the Claimant under {K('CPR Part 64')}.\n\n{judge.initial()}\nJustice of the High Court")
    return "Who won, and on what ground?", body, f"{claimant.full()} won: {K('critical view of safety')} not documented."


GY_HOMES = ("Lot {n} Charlotte Street, Lacytown, Georgetown", "Lot {k} Section B, Enterprise, East Coast Demerara", "{n} Sheriff Street, Campbellville, Georgetown",
            "Lot {k} Public Road, Parika, East Bank Essequibo", "{n} Republic Road, New Amsterdam, Berbice", "Lot {k} Annai Village, Region 9",
            "{n} Mandela Avenue, Georgetown")
GY_HOSPITALS = ("Suddie Public Hospital", "West Demerara Regional Hospital", "New Amsterdam Hospital", "Linden Hospital Complex", "Diamond Diagnostic Centre")
GY_OPS = (("acute appendicitis", "laparoscopic appendicectomy", "co-amoxiclav 1.2 g IV TDS, then oral for 5 days"),
          ("perforated duodenal ulcer", "laparotomy and Graham patch repair", "omeprazole 40 mg BD and H. pylori eradication"),
          ("incarcerated inguinal hernia", "open mesh repair (Lichtenstein)", "paracetamol 1 g QDS and ibuprofen 400 mg TDS"),
          ("diabetic foot sepsis", "below-knee amputation", "insulin glargine 18 units and metformin 1 g BD"))


def surgical_discharge(g: Gen) -> tuple[str, str, str]:
    """A Guyanese public hospital's surgical discharge summary: NIS and ID card numbers, Lot addresses, follow-up at a regional hospital."""
    pt = g.person("gy", middle=g.rng.random() < 0.4)
    kin = g.relative(pt, not pt.female)
    surgeon, houseo = g.person("gy"), g.person("gy")
    dx, op, meds = g.pick(GY_OPS)
    surgeon_title = "Ms." if surgeon.female else "Mr."
    called = f" (called {pt.nick()} at home)" if pt.first in NICKNAMES else ""
    day = g.base()
    ymd = g.ymd(1945, 2005)
    body = (f"{L('ORGANIZATION', 'Georgetown Public Hospital Corporation')} -- Department of Surgery\nDISCHARGE SUMMARY\n\n"
            f"Name: {pt.comma()}    Reg. No.: {L('HEALTH_ID', 'GPHC-' + g.digits(6))}\nDOB: {g.dob('gy', ymd)}    ID card: {L('NATIONAL_ID', g.digits(9))}    "
            f"NIS No.: {L('NATIONAL_ID', g.digits(7))}\nAddress: {g.place(GY_HOMES)}\nTel: {g.phone('gy', True)}\n"
            f"Admitted: {g.day('gy', day, -g.rng.randint(3, 9))}    Discharged: {g.day('gy', day)}\nConsultant: {surgeon_title} {surgeon.full()} "
            f"(GMC Reg. {L('LICENSE_NUMBER', g.digits(4))})\n\n"
            f"Diagnosis: {K(dx)}.\nProcedure: {K(op)}.\nDischarge medication: {K(meds)}.\n\n"
            f"{pt.with_middle()}{called} made an uneventful recovery. Wound review at {L('ORGANIZATION', g.pick(GY_HOSPITALS))} "
            f"in ten days; stitches out there. Next of kin: {kin.full()} ({kin_word(g, kin)}), {g.phone('gy')}.\n\n"
            f"Dr {houseo.full()}, house officer, for {surgeon_title} {surgeon.sur()}")
    return "Write the follow-up instructions for the patient.", body, f"{pt.given()}: wound review in ten days; {K(meds)}."


SL_HOSPITALS = ("Kenema Government Hospital", "Bo Government Hospital", "Makeni Regional Hospital", "Connaught Hospital", "Kambia Government Hospital")
SL_HOMES = ("{k} Kroo Town Road, Freetown", "Off Wilkinson Road, Congo Cross, Freetown", "{k} Hangha Road, Kenema", "{n} Bo-Kenema Highway, Bo",
            "Mabanta Road, Makeni", "{k} Pademba Road, Freetown", "Kissy Mess Mess, Freetown")
SL_CASES = (("acute psychosis, probably substance-induced (kush)", "haloperidol 5 mg IM stat, then olanzapine 10 mg nocte"),
            ("postpartum psychosis", "olanzapine 5 mg nocte and lorazepam 1 mg PRN"),
            ("severe depressive episode with suicidal ideation, PHQ-9 score 22", "fluoxetine 20 mg mane"),
            ("bipolar affective disorder, current episode manic", "sodium valproate 500 mg BD"))


def psychiatric_referral(g: Gen) -> tuple[str, str, str]:
    """A Sierra Leonean mental health nurse's referral letter to the psychiatric teaching hospital at Kissy."""
    hospital = g.pick(SL_HOSPITALS)
    nurse, pt, doctor = g.person("sl"), g.person("sl"), g.person("sl")
    mother = g.relative(pt, True)
    brother = g.relative(pt, False)
    dx, meds = g.pick(SL_CASES)
    day = g.base()
    body = (f"{L('ORGANIZATION', hospital)}\nMental Health Unit\n{g.day('sl', day)}\n\n"
            f"The Medical Superintendent\n{L('ORGANIZATION', 'Sierra Leone Psychiatric Teaching Hospital')}, {L('LOCATION', 'Kissy, Freetown')}\n\n"
            f"Dear Doctor,\n\nRE: {pt.caps()}, {g.rng.randint(17, 55)} years, NIN {L('NATIONAL_ID', ''.join(g.rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8)))}\n"
            f"Address: {g.place(SL_HOMES)}\n\n"
            f"I am referring the above, brought by the mother {mother.full()} and brother {brother.given()} on {g.day('sl', day, -g.rng.randint(1, 6))}. "
            f"{pt.given()} is a student at {L('ORGANIZATION', g.pick(('Njala University', 'Fourah Bay College', 'Eastern Technical University')))} "
            f"(matriculation no. {L('STUDENT_ID', str(day.year - g.rng.randint(1, 4))[2:] + '/' + g.digits(5))}). Working impression: {K(dx)}. Given {K(meds)}. The family had first taken {pt.given()} to a traditional healer in "
            f"{L('LOCATION', g.pick(('Kailahun', 'Pujehun', 'Magburaka', 'Port Loko')))}, where {'she' if pt.female else 'he'} was chained for a week.\n\n"
            f"We ask for admission and review. Please note the {K('Lunacy Act 1902')} still governs involuntary admission. "
            f"Dr {doctor.full()} ({L('LICENSE_NUMBER', 'SLMDC ' + g.digits(4))}) has seen the patient.\n\n"
            f"Family contact: {g.phone('sl', True)} (mother), {g.phone('sl', True)} ({brother.given()}).\n\nYours faithfully,\n{nurse.full()}, SRN, MHN\n"
            f"{g.email(nurse, g.pick(('gmail.com', 'yahoo.co.uk')))}")
    return "Why is the patient referred, and what was given?", body, f"{pt.full()}: {K(dx)}; given {K(meds)}."


GM_TRIBUNALS = ("Kombo North District Tribunal, Brikama", "Kombo Central District Tribunal, Sukuta", "Kiang West District Tribunal, Kwinella",
                "Niamina East District Tribunal, Kudang")
GM_LAND = ("a compound at {place}", "a rice field at {place}", "a residential plot at {place}", "a shop on the highway at {place}")
GM_PLACES = ("Sukuta Salagi", "Brikama Nyambai", "Lamin village", "Tanji", "Gunjur", "Kerr Serign", "Talinding Kunjang", "Sanyang")
GM_CAUSES = ("hypertensive heart disease", "haemorrhagic stroke", "decompensated liver cirrhosis", "diabetic ketoacidosis", "pulmonary tuberculosis")


def land_tribunal_judgment(g: Gen) -> tuple[str, str, str]:
    """A Gambian district tribunal's judgment sharing out a deceased man's land among his heirs, the hospital's death certificate in evidence."""
    deceased = g.person("gm", False)
    widow = g.relative(deceased, True)
    son, daughter = g.relative(deceased, False), g.relative(deceased, True)
    claimant = g.pick((son, daughter))
    member, clerk, doctor, witness = (g.person("gm") for _ in range(4))
    chief, alkalo = g.person("gm", False), g.person("gm", False)
    day = g.base()
    died = day - datetime.timedelta(days=g.rng.randint(200, 900))
    land = g.pick(GM_LAND).format(place=g.place(GM_PLACES))
    body = (f"IN THE {L('ORGANIZATION', g.pick(GM_TRIBUNALS).upper())}\nCivil Suit No. {L('CASE_NUMBER', f'KNDT/{g.rng.randint(10, 199)}/{died.year + 1}')}\n\n"
            f"{claimant.caps()} (Plaintiff) v. {widow.caps()} (Defendant)\n\nBefore: Seyfo {chief.full()} (President) and {member.full()} (Member)\n"
            f"Clerk: {clerk.full()}\n\nJUDGMENT ({g.day('gm', day)})\n\n"
            f"The Plaintiff claims a share of {land}, property of the late {deceased.full()}, who died at the "
            f"{L('ORGANIZATION', 'Edward Francis Small Teaching Hospital')} on {g.day('gm', died)}. The medical certificate of cause of death signed by "
            f"Dr {doctor.full()} gives {K(g.pick(GM_CAUSES))}. The Alkalo, {alkalo.full()}, confirmed that the deceased left a widow and two children, "
            f"{son.given()} and {daughter.given()}; PW2, {witness.full()}, of {L('LOCATION', g.pick(GM_PLACES))}, reached on {g.phone('gm')}, "
            f"said the Defendant had fenced the land.\n\n"
            f"The Tribunal applies {K('customary law and the Sharia law of inheritance')} under the {K('District Tribunals Act, Cap. 6:03')}: the widow "
            f"takes {K('one eighth')}, the residue to the children, a son taking {K('twice the share of a daughter')}. The Defendant's plea of "
            f"{K('estoppel')} fails. {widow.formal(('Mrs', 'Mr'))} shall remove the fence within 30 days. Either party may appeal to the "
            f"{L('ORGANIZATION', 'Brikama Magistrates Court')}. Costs of {K('D5,000')} to the Plaintiff.\n\nSeyfo {chief.initial()}, President")
    return "How did the tribunal share the estate?", body, f"Widow {K('one eighth')}; residue to {son.given()} and {daughter.given()}."


SZ_EMPLOYERS = ("Mhlume Cane Growers (Pty) Ltd", "Usutu Timber Processors (Pty) Ltd", "Ngwenya Quarry (Pty) Ltd", "Matsapha Textiles (Pty) Ltd",
                "Big Bend Citrus Packers (Pty) Ltd")
SZ_HOSPITALS = ("Good Shepherd Hospital, Siteki", "Mbabane Government Hospital", "Raleigh Fitkin Memorial Hospital, Manzini", "Hlatikulu Government Hospital")
SZ_HOMES = ("Mhlume, Lubombo Region", "Plot {n}, Sidvwashini, Mbabane", "Ka-Khoza, Manzini", "Lavumisa, Shiselweni Region", "Mangcongco, Shiselweni Region",
            "Ezulwini Valley, Hhohho Region", "Big Bend, Lubombo Region")
SZ_INJURIES = (("traumatic amputation of the right index finger at the PIP joint", "14%"), ("crush injury of the left hand with ankylosis of the wrist", "30%"),
               ("fracture of the right calcaneus with post-traumatic arthritis", "20%"), ("loss of vision in the right eye", "30%"))


def compensation_assessment(g: Gen) -> tuple[str, str, str]:
    """An Eswatini doctor's final medical report on a worker's permanent incapacity, for the Labour Commissioner."""
    worker, doctor, officer = g.person("sz", False), g.person("sz"), g.person("sz")
    wife = g.relative(worker, True)
    injury, percent = g.pick(SZ_INJURIES)
    employer, hospital = g.pick(SZ_EMPLOYERS), g.pick(SZ_HOSPITALS)
    day = g.base()
    hurt = day - datetime.timedelta(days=g.rng.randint(120, 400))
    ymd = g.ymd(1965, 2000)
    body = (f"WORKMEN'S COMPENSATION -- FINAL MEDICAL REPORT\nTo: The {K('Labour Commissioner')}\nYour ref: {L('CASE_NUMBER', f'WC/{hurt.year}/{g.digits(4)}')}\n\n"
            f"Workman: {worker.caps()} (PIN {L('NATIONAL_ID', g.birth_digits(ymd) + g.digits(7))}), of {g.place(SZ_HOMES)}, tel. {g.phone('sz', True)}\n"
            f"Employer: {L('ORGANIZATION', employer)}, contact person {officer.full()}\n"
            f"Date of accident: {g.day('sz', hurt)}\n\n"
            f"I first saw {worker.formal(('Make', 'Mnumzane'))} at {L('ORGANIZATION', hospital)} on the day of the accident. Diagnosis: {K(injury)}. "
            f"He has reached maximum medical improvement. In terms of the {K('First Schedule to the Workmen’s Compensation Act, 1983')}, I assess "
            f"{K(percent + ' permanent incapacity')}. He is right-handed. His wife, {wife.full()}, reports he can no longer work in the cane fields.\n\n"
            f"Dr {doctor.full()}\nEswatini Medical and Dental Council reg. no. {L('LICENSE_NUMBER', g.digits(4))}\n{g.email(doctor, g.pick(('gmail.com', 'realnet.co.sz')))}")
    return "What degree of permanent incapacity is assessed?", body, f"{K(percent + ' permanent incapacity')} for {worker.full()}."


JE_HOMES = ("Les Ruettes, La Rue de la Falaise, St Ouen, JE3 {m}{L2}", "{k} Clos de l'Ecole, St Brelade, JE3 {m}{L2}", "Flat {k}, {n} Colomberie, St Helier, JE2 {m}{L2}",
            "La Maison Blanche, La Grande Route de St Martin, St Martin, JE3 {m}{L2}", "{k} Le Clos des Pres, Grouville, JE3 {m}{L2}",
            "Le Vieux Menage, La Rue du Moulin, Trinity, JE3 {m}{L2}")
JE_HOMES_CARE = ("Les Fontaines Care Home", "Maison Saint Brelade Nursing Home", "Clos de Mare Residential Home", "Lakeside Manor Care Home")
JE_FIRMS = ("{a} & {b} Advocates", "{a} {b} Solicitors", "{a} Law")


def capacity_judgment(g: Gen) -> tuple[str, str, str]:
    """A judgment of the Royal Court of Jersey appointing a delegate under the Capacity and Self-Determination (Jersey) Law 2016."""
    p, applicant, commissioner, j1, j2, adv_a, adv_b, doctor = (g.person("je") for _ in range(8))
    applicant = g.relative(p, g.rng.random() < 0.5)
    a, b = g.firm("je"), g.firm("je")
    firm = g.pick(JE_FIRMS).format(a=a, b=b)
    day = g.base()
    ymd = g.ymd(1932, 1955)
    home = g.pick(JE_HOMES_CARE)
    body = (f"{K('ROYAL COURT')}\n({K('Samedi Division')})\n{K(f'[{day.year}] JRC {g.rng.randint(40, 260)}')}\n{g.day('je', day)}\n\n"
            f"Before: {commissioner.full()}, Esq., Commissioner, and Jurats {j1.sur()} and {j2.sur()}.\n\n"
            f"IN THE MATTER OF {p.caps()} (born {g.dob('je', ymd)}; social security no. {L('NATIONAL_ID', 'JY' + g.digits(6) + g.pick('ABCD'))})\n"
            f"AND IN THE MATTER OF THE {K('Capacity and Self-Determination (Jersey) Law 2016')}\n\n"
            f"Advocate {adv_a.full()} of {L('ORGANIZATION', firm)} for the Representor, {applicant.full()}; Advocate {adv_b.initial()} as amicus.\n\n"
            f"JUDGMENT\n\nTHE COMMISSIONER:\n1. The Representor applies under {K('Article 24')} to be appointed delegate for the property and affairs of "
            f"{p.given()} {p.sur()}, {'her' if applicant.female else 'his'} {'mother' if p.female else 'father'}, formerly of {g.place(JE_HOMES)}, now resident at "
            f"{L('ORGANIZATION', home)}.\n2. Dr {doctor.full()} reports {K('vascular dementia')} with an {K('MMSE of 14/30')}; {p.sur()} lacks capacity to "
            f"manage {'her' if p.female else 'his'} property. There is no {K('lasting power of attorney')}.\n"
            f"3. The Court is satisfied that the appointment is in {p.sur()}'s {K('best interests')}. The delegate may sell the family home, shall hold "
            f"the proceeds in the account {g.gb_iban()} and shall file accounts annually with the {K('Judicial Greffe')}.\n\nAuthorities: {K('Re B (Delegate) [2019] JRC 112')}.")
    return "Whom did the court appoint and with what powers?", body, f"{applicant.full()} appointed delegate for {p.full()}."


BT_HOMES = ("Changzamtog, Thimphu", "Chhoekhor Gewog, Bumthang Dzongkhag", "Tsirang Toed, Tsirang Dzongkhag", "Wangdue Phodrang town", "Kanglung, Trashigang Dzongkhag",
            "Phuentsholing, Chukha Dzongkhag", "Gelephu, Sarpang Dzongkhag", "Samtse town", "Motithang, Thimphu")
BT_CASES = (("tetralogy of Fallot", "total surgical correction", "Sri Sathya Sai Sanjeevani Hospital, Raipur"),
            ("acute lymphoblastic leukaemia (B-cell)", "induction chemotherapy", "Christian Medical College, Vellore"),
            ("chronic kidney disease stage 5", "renal transplant work-up and HLA typing", "Christian Medical College, Vellore"),
            ("carcinoma cervix stage IIB", "concurrent chemoradiation", "Tata Memorial Hospital, Mumbai"),
            ("retinoblastoma of the left eye", "enucleation and chemotherapy", "All India Institute of Medical Sciences, New Delhi"))


def referral_board_minutes(g: Gen) -> tuple[str, str, str]:
    """Minutes of the Medical Referral Board at Bhutan's national referral hospital: cases sent to hospitals in India, with attendants."""
    day = g.base()
    chair, member, secretary = g.person("bt"), g.person("bt"), g.person("bt")
    cases, first = [], None
    for i, (dx, plan, where) in enumerate(g.rng.sample(BT_CASES, 2)):
        pt = g.person("bt")
        attendant = g.person("bt")
        first = first or pt
        ymd = g.ymd(1950, 2020)
        cases.append(f"Case {i + 1}: {pt.full()} (CID {L('NATIONAL_ID', '1' + g.digits(10))}), born {g.dob('bt', ymd)}, of {g.place(BT_HOMES)}, "
                     f"registration no. {L('HEALTH_ID', 'JDW' + g.digits(7))}. Diagnosis: {K(dx)}. The Board approved referral for {K(plan)} to "
                     f"{L('ORGANIZATION', where)}. Attendant: {attendant.full()} ({kin_word(g, attendant)}), "
                     f"{g.phone('bt', True)}. {pt.called()} to report to the liaison office in {L('LOCATION', g.pick(('Siliguri', 'Kolkata', 'Delhi')))} on "
                     f"{g.day('bt', day, g.rng.randint(5, 20))}.")
    body = (f"{L('ORGANIZATION', 'Jigme Dorji Wangchuck National Referral Hospital')}\nMINUTES OF THE MEDICAL REFERRAL BOARD\nHeld on {g.day('bt', day)}\n\n"
            f"Members present: Dr. {chair.full()} (Chairperson), Dr. {member.full()}, {secretary.full()} (Member Secretary).\n\n" + "\n\n".join(cases) + "\n\n"
            f"The Board reminded attendants that only one attendant is supported under the {K('ex-country referral guideline')}. "
            f"Minutes recorded by {secretary.full()}, {g.email(secretary, 'jdwnrh.gov.bt')}, BMHC registration {L('LICENSE_NUMBER', g.digits(4))}.")
    return "Which patients were referred, and where?", body, f"{first.full()} and one other referred."


TO_HOMES = ("Kolofo'ou, Nuku'alofa", "Ma'ufanga, Nuku'alofa", "Fasi-moe-afi, Nuku'alofa", "Neiafu, Vava'u", "Pangai, Ha'apai", "Houma, Tongatapu",
            "Hihifo, Tongatapu", "Ohonua, 'Eua")
TO_CASES = (("rheumatic heart disease with severe mitral regurgitation", "echocardiogram: LVEF 45%, severe MR", "benzathine penicillin G 1.2 MU monthly",
             "mitral valve repair"),
            ("end-stage renal disease secondary to diabetic nephropathy", "creatinine 880 umol/L", "haemodialysis twice weekly", "assessment for dialysis"),
            ("suspected osteosarcoma of the left distal femur", "MRI: aggressive lesion with soft-tissue mass", "paracetamol and tramadol 50 mg",
             "biopsy and oncology review"))


def mrz_name(p: Person) -> str:
    return f"{p.last.upper()}<<{p.first.upper()}".replace(" ", "<").replace("-", "<")


def overseas_treatment(g: Gen) -> tuple[str, str, str]:
    """A Tongan hospital's application for medical treatment overseas, with the passport's machine-readable zone copied in."""
    pt = g.person("to")
    while "'" in pt.plain():
        pt = g.person("to")
    escort = g.relative(pt, g.rng.random() < 0.5)
    doctor, committee = g.person("to"), g.person("to")
    dx, finding, meds, need = g.pick(TO_CASES)
    day = g.base()
    ymd = g.ymd(1960, 2010)
    exp = (day.year + g.rng.randint(1, 4), g.rng.randint(1, 12), g.rng.randint(1, 28))
    doc = g.pick("TPN") + g.digits(6)
    doc9 = doc.ljust(9, "<")
    dob6, exp6 = g.birth_digits(ymd), g.birth_digits(exp)
    c1, c2, c3 = mrz_digit(doc9), mrz_digit(dob6), mrz_digit(exp6)
    optional = "<" * 14
    c4 = mrz_digit(optional)
    composite = mrz_digit(doc9 + c1 + dob6 + c2 + exp6 + c3 + optional + c4)
    sex = "F" if pt.female else "M"
    town = "Nuku'alofa"
    line1 = f"P<TON{mrz_name(pt)}"
    line1 = "P<TON" + L("PERSON", mrz_name(pt)) + "<" * (44 - len(line1))
    line2 = L("NATIONAL_ID", f"{doc9}{c1}TON{dob6}{c2}{sex}{exp6}{c3}{optional}{c4}{composite}")  # one run of characters: one span
    body = (f"{L('ORGANIZATION', 'Vaiola Hospital')}, {L('LOCATION', town)}\nAPPLICATION FOR MEDICAL TREATMENT OVERSEAS\n{g.day('to', day)}\n\n"
            f"Patient: {pt.full()}    Sex: {sex}    Date of birth: {g.dob('to', ymd)}\nAddress: {g.place(TO_HOMES)}    Phone: {g.phone('to', True)}\n"
            f"Passport No.: {L('NATIONAL_ID', doc)}    Hosp. No.: {L('HEALTH_ID', 'VH' + g.digits(6))}\n"
            f"Passport data page (machine-readable zone):\n{line1}\n{line2}\n\n"
            f"Diagnosis: {K(dx)}. Investigations: {K(finding)}. Current treatment: {K(meds)}.\nTreatment requested: {K(need)} in New Zealand under the "
            f"{K('Medical Treatment Overseas Programme')}.\nEscort: {escort.full()} ({'daughter' if escort.female else 'son'}), {g.phone('to', True)}.\n\n"
            f"Referring doctor: Dr {doctor.full()}, {g.email(doctor, 'health.gov.to')}\nCommittee secretary: {committee.full()}")
    return "What treatment is requested overseas, and who escorts the patient?", body, f"{K(need)}; escort {escort.full()}."


STRUCTURED = (fixed_width_export, csv_portuguese, remittance_no_header, yaml_record, cda_document, markdown_table, ndjson_ediscovery,
              icalendar_export, vcard_contacts, sql_dump)
NARRATIVE = (mdr_tb_consilium, tribunal_transcript, negligence_judgment, surgical_discharge, psychiatric_referral, land_tribunal_judgment,
             compensation_assessment, capacity_judgment, referral_board_minutes, overseas_treatment)
DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {f.__name__: blind10._one_document(f) for f in STRUCTURED + NARRATIVE}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity), found in document order after the end of the one before it."""
    return blind10.span_offsets(r)


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    return blind10.text_fields(record)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
