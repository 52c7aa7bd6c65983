"""Ninth blind scrubbing corpus: twenty registers, half of them informal or machine-transcribed text, half formal papers from nine more countries.

    python bench/blind9.py --stats             # entity, document-type and protected-term counts of the default corpus
    python bench/blind9.py --out blind9.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned
on; its author read no scrubber rule, no scrubber test, no scrubbing document and none of the
measured misses, and never ran the scrubber on it. The eight earlier corpora are mostly formal
papers with well-formed capitals; much real site data is not, so eleven of these registers are
informal or machine-made text: an NHS 111 Wales nurse triage call and a Maltese 112 ambulance
call in raw speech-to-text (lower-case names, "um", false starts, numbers read out digit by
digit, a surname spelt out letter by letter), a Northern Irish GP's dictated referral letter as
the dictation software wrote it (spoken punctuation, "new paragraph"), the automatic transcript
of a Jamaican parish court hearing with diarised speakers, SMS reminders between a Ugandan HIV
clinic and its patients, a WhatsApp chat between a Beirut law office and a client (English,
French and Arabizi), a Luxembourg patient portal's secure messages (French, German,
Luxembourgish and English), a Zambian law firm's e-mail thread with quoted replies, signatures
and a disclaimer, an OCR'd referral fax from Botswana (l and 1, O and 0 swapped, words broken
across lines: labelled as the noisy text writes them), a Fijian legal-aid chatbot's hand-off
transcript and a Nova Scotia walk-in clinic's intake form as patients type it (capitals, typos,
no punctuation). The other nine are formal registers from countries no earlier corpus visited: a
Lithuanian district court's ruling on involuntary psychiatric admission, a Latvian e-referral
with its sick-leave certificate, a Slovenian invalidity commission's opinion, a Serbian
misdemeanour court's traffic judgment, an Ecuadorian traffic police accident report, a
Uruguayan mobile-emergency visit record, a Dominican controlled-drug prescription with the
pharmacy's dispensing note, an Iranian forensic medicine (Legal Medicine Organization) injury
examination for diyeh, with Solar Hijri dates, and a Moldovan tuberculosis treatment card.

Identifiers follow the public descriptions of their formats, with the check characters
computed: Lithuanian asmens kodas (weights 1-9,1, then 3-9,1,2,3; mod 11), Latvian personas kods
(weights 10,5,8,4,2,1,6,3,7,9; one more than the sum, mod 11) and company registration numbers
(the VAT weights, remainder 3), Slovenian EMŠO and Serbian JMBG (weights 7 to 2 twice, mod 11),
Slovenian tax numbers (weights 8 to 2, mod 11), Serbian PIB (ISO 7064 MOD 11,10), Ecuadorian
cédulas (the province, coefficients 2,1, mod 10) and RUC, Uruguayan cédulas (weights 2987634),
Dominican cédulas (Luhn) and RNC (weights 7,9,8,6,5,4,3,2), Iranian national codes (code-e melli,
weights 10 to 2, mod 11), Moldovan IDNP (weights 7,3,1, mod 10), NHS numbers in Wales and
Northern Ireland's Health and Care numbers (mod 11), Luxembourg national identification numbers
(the birth date, a Luhn digit and a Verhoeff digit), and Latvian and Luxembourg IBANs. Drawn in their published patterns,
with no public check: Serbian, Ecuadorian and Jamaican plates and driving licences, Iranian shenasnameh
numbers, Maltese identity cards, Jamaican TRNs, Ugandan NINs and ART numbers, Zambian
NRCs and TPINs, Botswana Omang numbers (the fifth digit the sex), Fijian FNPF numbers and TINs,
Nova Scotia health card numbers, Lebanese car plates, and every court, police, clinic and claim
number of each place.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them
or of their feminine forms in the name lists of bench/blind2.py to bench/blind8.py: checked when
this module loads): Lithuanian (a married woman's -ienė), Latvian (a woman's -a and -e),
Slovenian, Serbian, Ecuadorian (two surnames, Kichwa among them), Uruguayan, Dominican,
Iranian, Moldovan, Welsh, Northern Irish, Jamaican, Maltese, Ugandan, Lebanese, Luxembourgish,
Zambian, Tswana, iTaukei and Indo-Fijian, Acadian and Mi'kmaq. Hard cases: names in lower case
in transcripts, texts and typed forms, names in capitals, a surname spelt out letter by letter,
names broken by OCR noise or split across a line, names inside e-mail addresses and handles,
chat display names, names that are words (Kos, Turk, Golob, Vilks, Grant, Spence, Pit, Mett, Lal).

Labelling rules are bench/blind8.py's: the body that issues a number stays outside its span;
social-security, citizen, tax and passport numbers are NATIONAL_ID, numbers that exist for
health care HEALTH_ID, professional registrations, driving licences and vehicle plates
LICENSE_NUMBER, file, claim, court and police numbers CASE_NUMBER; hospitals, clinics,
pharmacies, local courts, police stations and firms are ORGANIZATION, national bodies are left
unlabelled; clock times, ages and years on their own are not labelled, a date with its time is
one DATE_TIME; titles stay outside a person's span; money amounts, clinical and legal terms are
protected. New calls for this corpus: everything is labelled exactly as the text writes it, so a
number read out in words ("oh seven nine one one"), a date said aloud ("the fourth of march
nineteen fifty two"), a name spelt out ("P-U-G-H"), a name in lower case and an identifier
garbled by OCR ("4O3l27216") are each one span of their entity; a name broken across a line by a
hyphen is one span, hyphen and line break inside; a Solar Hijri date is DATE_TIME as written; a
chat handle and a mobile-money number are ACCOUNT_NUMBER, a chat display name PERSON, a shared map
link and a firm's client-portal link URL; a school pupil's number is STUDENT_ID. Records, labels and the
soundness check are bench/blind3.py's.
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
import blind8
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames); Lithuanian and Latvian surnames are the men's forms (FEMININE gives a woman's).
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "lt": (("Rūta", "Giedrė", "Aistė", "Jurgita", "Vaida", "Ingrida", "Eglė", "Skaistė", "Austėja", "Gabija", "Ugnė", "Danutė", "Birutė",
             "Jolanta", "Laimutė", "Dovilė"),
           ("Mindaugas", "Gintaras", "Vytautas", "Arūnas", "Rimantas", "Saulius", "Žydrūnas", "Kęstutis", "Algirdas", "Nerijus", "Povilas",
            "Mantas", "Gediminas", "Tadas", "Arvydas", "Šarūnas"),
           ("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas",
            "Kavaliauskas", "Navickas", "Rimkus", "Šimkus", "Sakalauskas", "Baranauskas", "Mockus", "Dambrauskas", "Grigonis", "Valančius",
            "Žemaitis")),
    "lv": (("Ilze", "Inese", "Dace", "Līga", "Zane", "Sarmīte", "Baiba", "Agnese", "Laima", "Vija", "Evija", "Ieva", "Gunta", "Dzintra", "Solvita"),
           ("Māris", "Aivars", "Valdis", "Gunārs", "Edgars", "Kaspars", "Raimonds", "Uldis", "Ainārs", "Ivars", "Juris", "Agris", "Normunds",
            "Arvīds", "Gatis", "Krišjānis"),
           ("Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Zariņš", "Pētersons", "Kļaviņš", "Vītols", "Jansons", "Balodis", "Ziemelis",
            "Eglītis", "Lācis", "Celmiņš", "Priedītis", "Gailis", "Vilks")),
    "si": (("Mojca", "Špela", "Urška", "Tjaša", "Nataša", "Metka", "Alenka", "Polona", "Tanja", "Darja", "Nuša", "Katja", "Mateja"),
           ("Matjaž", "Primož", "Aljaž", "Rok", "Jure", "Blaž", "Miha", "Bojan", "Tadej", "Uroš", "Žiga", "Boštjan", "Gašper", "Anže", "Jernej",
            "Andraž"),
           ("Krajnc", "Zupančič", "Potočnik", "Mlakar", "Vidmar", "Golob", "Turk", "Kos", "Žagar", "Hribar", "Kastelic", "Oblak", "Rozman",
            "Jereb", "Kolar", "Pirc", "Zupan", "Hočevar", "Petek", "Bizjak")),
    "rs": (("Jelena", "Milica", "Snežana", "Bojana", "Jovana", "Gordana", "Zorica", "Ljiljana", "Tijana", "Slađana", "Biljana", "Danijela",
             "Radmila", "Sanja", "Ksenija", "Vladanka"),
           ("Nemanja", "Dragan", "Dušan", "Nebojša", "Zoran", "Slobodan", "Predrag", "Đorđe", "Vukašin", "Dejan", "Srđan", "Bratislav", "Živorad",
            "Srećko", "Momčilo"),
           ("Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Todorović", "Savić", "Ristić",
            "Kostić", "Radovanović", "Obradović", "Vukadinović", "Lazić", "Mitrović", "Živković", "Milenković", "Tasić", "Cvetković")),
    "ec": (("Mishel", "Sisa", "Killa", "Dayana", "Maricela", "Jessenia", "Tamia", "Rosalía", "Lisbeth", "Mayra", "Gissela"),
           ("Wilmer", "Darwin", "Byron", "Edison", "Klever", "Inti", "Fausto", "Jefferson", "Galo", "Wladimir", "Ángel"),
           ("Guamán", "Chimbo", "Quishpe", "Tituaña", "Cachimuel", "Yépez", "Andrade", "Zambrano", "Cevallos", "Villacís", "Chiriboga", "Pazmiño",
            "Moncayo", "Loor", "Intriago", "Cedeño", "Lema", "Farinango", "Paucar", "Tipán", "Caiza", "Sarango")),
    "uy": (("Lucía", "Mariana", "Natalia", "Virginia", "Victoria", "Cecilia", "Magdalena", "Yamila", "Fiorella", "Betiana", "Adriana"),
           ("Martín", "Germán", "Mathías", "Federico", "Obdulio", "Heber", "Wilson", "Diego", "Leonardo", "Artigas", "Sergio"),
           ("Techera", "Machado", "Silveira", "Píriz", "Larrosa", "Viera", "Núñez", "Borges", "Cardozo", "Bentancor", "Fagúndez", "Rodales",
            "Sena", "Curbelo", "Nogueira", "Dutra")),
    "do": (("Yokasta", "Yaritza", "Yuderka", "Altagracia", "Ramona", "Dilenia", "Anyelina", "Francheska", "Yanelis", "Maribel", "Scarlet",
             "Rosanna", "Juana"),
           ("Yunior", "Wander", "Ramón", "Starling", "Radhamés", "Anyelo", "Euclides", "Nelson", "Wilkin", "Robelin", "Anderson", "Manolo",
            "Fausto"),
           ("Féliz", "Almonte", "Peña", "Batista", "Tejada", "Guzmán", "Santana", "Polanco", "Espaillat", "Mejía", "Abreu", "Ventura", "Paulino",
            "Ureña", "Valdez", "Marte", "Ozuna", "Lantigua")),
    "ir": (("Zahra", "Fatemeh", "Parisa", "Mahsa", "Niloufar", "Roya", "Golnaz", "Sepideh", "Azadeh", "Elham", "Forough"),
           ("Mohammad Reza", "Hossein", "Mehdi", "Kourosh", "Dariush", "Babak", "Saeed", "Farhad", "Behrouz", "Siavash", "Mojtaba", "Arash",
            "Kamran", "Pejman"),
           ("Hosseini", "Mohammadi", "Rezaei", "Karimi", "Moradi", "Jafari", "Tehrani", "Ahmadi", "Ghorbani", "Sadeghi", "Rahimi", "Mousavi",
            "Kazemi", "Ebrahimi", "Nouri", "Shirazi", "Tabrizi", "Bagheri", "Hashemi", "Zand")),
    "md": (("Doina", "Lilia", "Angela", "Eugenia", "Aliona", "Tatiana", "Mariana", "Zinaida", "Corina", "Stela", "Nadejda", "Olesea"),
           ("Igor", "Serghei", "Veaceslav", "Dumitru", "Nicolae", "Sergiu", "Vitalie", "Iurie", "Ghenadie", "Eugen", "Anatol", "Valeriu", "Oleg",
            "Mihail"),
           ("Ceban", "Cojocari", "Țurcan", "Botnari", "Rotari", "Caraman", "Bivol", "Guțu", "Plămădeală", "Roșca", "Moraru", "Grosu", "Cebotari",
            "Lupașcu", "Chirtoacă", "Brînză", "Ursachi", "Gheorghiță", "Sandu", "Popa")),
    "wa": (("Angharad", "Ffion", "Carys", "Eleri", "Gwenllian", "Sioned", "Lowri", "Heledd", "Nerys", "Elin", "Mererid", "Catrin", "Non",
             "Morfudd"),
           ("Gethin", "Rhodri", "Emyr", "Aled", "Owain", "Geraint", "Llŷr", "Tomos", "Gwilym", "Meirion", "Dewi", "Elfed", "Hywel", "Cledwyn",
            "Bedwyr"),
           ("Pritchard", "Bowen", "Parry", "Prosser", "Vaughan", "Gruffydd", "Powell", "Maddox", "Griffiths", "Bevan", "Meredith", "Howells",
            "Pugh", "Rowlands", "Tudor", "Beynon", "Probert", "Gwynne")),
    "ni": (("Shauna", "Bronagh", "Emer", "Tierna", "Cliodhna"),
           ("Niall", "Eoin", "Seamus", "Fearghal", "Declan", "Turlough", "Odhran", "Gerard", "Malachy", "Tiarnan"),
           ("McCloskey", "Quinn", "Devlin", "McGuigan", "Hamill", "Magennis", "Mulholland", "McKeown", "McAleese", "Donnelly", "Hagan", "Toner",
            "McStravick", "Crossan", "McGlinchey", "Doran", "Mallon", "Hughes")),
    "jm": (("Shanique", "Tanisha", "Kerry-Ann", "Marcia", "Althea", "Sherika", "Tamara", "Keisha", "Nordia", "Patrice"),
           ("Kemar", "Oneil", "Romaine", "Delroy", "Fitzroy", "Leroy", "Jermaine", "Shamar", "Ricardo", "Damion", "Garfield"),
           ("McKenzie", "Grant", "Gayle", "Lawrence", "Spence", "Dacosta", "Clarke", "Ricketts", "Forbes", "Samuels", "Brissett", "Blackwood",
            "Chambers", "Whyte", "Facey", "Gordon")),
    "mt": (("Marija", "Doreen", "Josette", "Mariella", "Roberta", "Graziella", "Antoinette", "Moira", "Rosaria", "Tania", "Rebekka"),
           ("Ġorġ", "Ġużeppi", "Salvu", "Pawlu", "Karmenu", "Twanny", "Ċensu", "Reuben", "Clayton", "Nazzareno", "Ninu"),
           ("Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri", "Azzopardi", "Mifsud", "Cassar",
            "Agius", "Debono", "Xuereb", "Buttigieg", "Schembri")),
    "ug": (("Prossy", "Juliet", "Scovia", "Annet", "Teopista", "Nakato", "Babirye", "Kisakye", "Immaculate", "Resty", "Oliver"),
           ("Ronald", "Godfrey", "Denis", "Isaac", "Emmanuel", "Waiswa", "Kato", "Lubega", "Mugisha", "Tumusiime", "Charles", "Ssentamu"),
           ("Ssempijja", "Kiggundu", "Nsubuga", "Mugerwa", "Tumwine", "Byamukama", "Atwine", "Opio", "Odongo", "Musoke", "Kasirye", "Lwanga",
            "Kabuye", "Nalwoga", "Namuli", "Okwir", "Akena", "Ssebunya")),
    "lb": (("Layal", "Rima", "Hiba", "Joelle", "Zeina", "Nayla", "Ghina", "Myriam", "Dalal", "Lamia", "Hala", "Nisrine"),
           ("Rami", "Elie", "Wassim", "Ziad", "Fadi", "Charbel", "Tarek", "Nabil", "Walid", "Joseph", "Antoine", "Samir"),
           ("Khoury", "Nassar", "Saade", "Frangieh", "Aoun", "Karam", "Sfeir", "Chidiac", "Abi Nader", "Bou Saab", "Fakhoury", "Salameh",
            "Tannous", "Maalouf", "Rizk", "Moukarzel", "Geagea", "Azar")),
    "lu": (("Tessy", "Josiane", "Liliane", "Monique", "Nadine", "Carole", "Michèle", "Sandy", "Mireille", "Danielle", "Joëlle", "Yvonne"),
           ("Jemp", "Pit", "Mett", "Gusty", "Romain", "Claude", "Fernand", "Raoul", "Jeff", "Gilles"),
           ("Majerus", "Thill", "Goergen", "Feltgen", "Differding", "Bintner", "Kieffer", "Reding", "Wiltzius", "Hengen", "Scheuer", "Pletschette",
            "Sinner", "Biver", "Weydert", "Hilbert", "Zenner", "Welter")),
    "zm": (("Mwila", "Chanda", "Bwalya", "Mutinta", "Chileshe", "Mulenga", "Luyando", "Chipo", "Natasha", "Inonge", "Namakau", "Towela"),
           ("Mwansa", "Chola", "Kabwe", "Mubanga", "Musonda", "Lubinda", "Mutale", "Kapembwa", "Chisanga", "Mwamba", "Hachilala"),
           ("Phiri", "Tembo", "Mwale", "Sakala", "Chilufya", "Kasonde", "Nkandu", "Mumba", "Siame", "Hamoonga", "Haangala", "Simwanza", "Chisenga",
            "Mweemba", "Kaunda", "Lungu", "Hichilema", "Mwanza")),
    "bw": (("Boitumelo", "Kelebogile", "Onalenna", "Masego", "Gaone", "Tshepiso", "Keitumetse", "Lorato", "Kgomotso", "Oratile", "Bonolo",
             "Goitseone"),
           ("Tebogo", "Thato", "Kabelo", "Mothusi", "Kgosi", "Gofaone", "Olebile", "Kagelelo", "Onkemetse", "Tumelo", "Galefele"),
           ("Kgosietsile", "Seretse", "Motsumi", "Molefhe", "Gabaake", "Sebina", "Mmusi", "Kenosi", "Baitlotli", "Mosimanegape", "Setlhare",
            "Ramaphane", "Modise", "Masilo", "Tshukudu", "Ntshole")),
    "fj": (("Salote", "Vani", "Losana", "Unaisi", "Akanisi", "Sereima", "Ateca", "Shalini", "Reshmi", "Pritika", "Mereoni"),
           ("Sakiusa", "Semisi", "Waisake", "Inoke", "Apenisa", "Ravinesh", "Shiveel", "Pravin", "Ashneel", "Jone", "Meli", "Isikeli", "Rupeni"),
           ("Naivalu", "Tuilagi", "Ratuvou", "Vakacegu", "Qarase", "Waqairatu", "Nailatikau", "Koroivueta", "Delana", "Tabua", "Prasad", "Chand",
            "Lal", "Ravuvu", "Tikoduadua")),
    "ns": (("Colette", "Janelle", "Paulette", "Rachelle", "Danica", "Kaylee", "Mallory", "Jolene", "Noëlla", "Tammy", "Mariette", "Emerance"),
           ("Germain", "Alcide", "Brayden", "Colton", "Dwight", "Cyrille", "Darrell", "Ambroise", "Ovila", "Hector"),
           ("Boudreau", "LeBlanc", "Comeau", "d'Entremont", "Doucet", "Robichaud", "Saulnier", "Surette", "Pothier", "Amirault", "Googoo",
            "Sylliboy", "Knockwood", "Denny", "Prosper", "MacIsaac", "Cormier", "Muise", "Babin")),
}  # fmt: skip
FEMININE: dict[str, str] = {
    "Kazlauskas": "Kazlauskienė", "Jankauskas": "Jankauskienė", "Petrauskas": "Petrauskienė", "Stankevičius": "Stankevičienė",
    "Vasiliauskas": "Vasiliauskienė", "Žukauskas": "Žukauskienė", "Butkus": "Butkuvienė", "Paulauskas": "Paulauskienė", "Urbonas": "Urbonienė",
    "Kavaliauskas": "Kavaliauskienė", "Navickas": "Navickienė", "Rimkus": "Rimkuvienė", "Šimkus": "Šimkuvienė", "Sakalauskas": "Sakalauskienė",
    "Baranauskas": "Baranauskienė", "Mockus": "Mockuvienė", "Dambrauskas": "Dambrauskienė", "Grigonis": "Grigonienė", "Valančius": "Valančienė",
    "Žemaitis": "Žemaitienė",
    "Bērziņš": "Bērziņa", "Kalniņš": "Kalniņa", "Ozoliņš": "Ozoliņa", "Liepiņš": "Liepiņa", "Krūmiņš": "Krūmiņa", "Zariņš": "Zariņa",
    "Pētersons": "Pētersone", "Kļaviņš": "Kļaviņa", "Vītols": "Vītola", "Jansons": "Jansone", "Balodis": "Balode", "Ziemelis": "Ziemele",
    "Eglītis": "Eglīte", "Lācis": "Lāce", "Celmiņš": "Celmiņa", "Priedītis": "Priedīte", "Gailis": "Gaile", "Vilks": "Vilka",
}  # fmt: skip
NICKNAMES = {"Ġużeppi": "Żeppi", "Mohammad Reza": "Reza", "Vytautas": "Vytas", "Sakiusa": "Saki", "Kelebogile": "Kele",
             "Boitumelo": "Tumi", "Francheska": "Franchy", "Kerry-Ann": "Kerry", "Mishel": "Mishu"}  # fmt: skip
TWO_SURNAMES = {"ec", "uy", "do"}  # the father's surname, then the mother's
PARTICLES = blind8.PARTICLES | {"ap", "los", "bou", "abi"}


def fold9(text: str) -> str:
    return blind8.fold8(text.replace("ħ", "h").replace("Ħ", "H"))


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold9(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind8.py."""
    return blind8.earlier_names() | blind8.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [*FEMININE.values(), *NICKNAMES.values()]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
assert all(s in FEMININE for c in ("lt", "lv") for s in PEOPLE[c][2])


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
        return L("PERSON", self.last.split()[0] if self.culture in TWO_SURNAMES else self.last)

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.sur()}"

    def official(self) -> str:
        return L("PERSON", f"{self.last.upper()} {self.first}")

    def caps(self) -> str:
        return L("PERSON", self.plain().upper())

    def lower(self) -> str:
        return L("PERSON", self.plain().lower())

    def lower_first(self) -> str:
        return L("PERSON", self.first.split()[0].lower())

    def lower_last(self) -> str:
        return L("PERSON", self.last.split()[0].lower() if self.culture in TWO_SURNAMES else self.last.lower())

    def spelled(self) -> str:
        """The surname spelt out letter by letter, as a caller does and speech-to-text writes it."""
        return L("PERSON", "-".join(c for c in fold9(self.last.split()[0]).upper() if c.isalpha()))

    def ascii(self, sep: str = ".") -> str:
        first = re.sub(r"[^a-z]", "", fold9(self.first.split()[0]).lower())
        last = re.sub(r"[^a-z]", "", fold9(self.last.split()[0] if self.culture in TWO_SURNAMES else self.last).lower())
        return f"{first}{sep}{last}"


# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions


def lt_ak_digit(ten: str) -> str:
    """Lithuanian asmens kodas: weights 1-9,1; where the remainder modulo 11 is 10, weights 3-9,1,2,3; 10 again written 0."""
    r = sum(int(c) * w for c, w in zip(ten, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(ten, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))) % 11 % 10
    return str(r)


def lv_pk_digit(ten: str) -> str:
    """Latvian personas kods (DDMMYY-CNNNN): weights 10,5,8,4,2,1,6,3,7,9; one more than the sum, modulo 11, modulo 10."""
    return str((1 + sum(int(c) * w for c, w in zip(ten, (10, 5, 8, 4, 2, 1, 6, 3, 7, 9)))) % 11 % 10)


def lv_company_ok(eleven: str) -> bool:
    """A Latvian company registration (VAT) number: weights 9,1,4,8,3,10,2,5,7,6,1 leave 3 modulo 11."""
    return sum(int(c) * w for c, w in zip(eleven, (9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1))) % 11 == 3


def jmbg_digit(twelve: str) -> str | None:
    """Slovenian EMŠO and Serbian JMBG: weights 7 to 2, twice; 11 less the sum modulo 11, 11 written 0 (None where it is 10)."""
    r = 11 - sum(int(c) * w for c, w in zip(twelve, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return None if r == 10 else str(r % 11)


def si_tax_digit(seven: str) -> str | None:
    """Slovenian tax number (davčna številka): weights 8 to 2; 11 less the sum modulo 11 (None where that is 10 or 11)."""
    r = 11 - sum(int(c) * w for c, w in zip(seven, range(8, 1, -1))) % 11
    return None if r >= 10 else str(r)


def pib_digit(eight: str) -> str:
    """Serbian PIB: ISO 7064 MOD 11,10."""
    r = 10
    for c in eight:
        r = (r + int(c)) % 10 or 10
        r = 2 * r % 11
    return str((11 - r) % 10)


def ec_ci_digit(nine: str) -> str:
    """Ecuadorian cédula: coefficients 2,1,2,...; a product over 9 less 9; 10 less the sum modulo 10, modulo 10."""
    total = 0
    for i, c in enumerate(nine):
        p = int(c) * (2 if i % 2 == 0 else 1)
        total += p - 9 if p > 9 else p
    return str(-total % 10)


def uy_ci_digit(seven: str) -> str:
    """Uruguayan cédula: the seven digits (zero-padded) weighted 2,9,8,7,6,3,4; 10 less the sum modulo 10, modulo 10."""
    return str(-sum(int(c) * w for c, w in zip(seven.zfill(7), (2, 9, 8, 7, 6, 3, 4))) % 10)


def luhn(digits: str) -> str:
    """The Luhn check digit (Dominican cédulas; Luxembourg's twelfth digit)."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def rnc_digit(eight: str) -> str:
    """Dominican RNC: weights 7,9,8,6,5,4,3,2; (10 less the sum modulo 11) modulo 9, plus 1."""
    return str((10 - sum(int(c) * w for c, w in zip(eight, (7, 9, 8, 6, 5, 4, 3, 2))) % 11) % 9 + 1)


def melli_digit(nine: str) -> str:
    """Iranian national code (code-e melli): weights 10 to 2; the remainder modulo 11 where it is under 2, else 11 less it."""
    r = sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
    return str(r if r < 2 else 11 - r)


def idnp_digit(twelve: str) -> str:
    """Moldovan IDNP (and IDNO): weights 7,3,1 repeated; the sum modulo 10."""
    return str(sum(int(c) * w for c, w in zip(twelve, (7, 3, 1) * 4)) % 10)


def nhs_digit(nine: str) -> str | None:
    """NHS numbers (Wales) and Health and Care numbers (Northern Ireland): weights 10 to 2; 11 less the sum modulo 11, 11 written 0
    (None where it is 10)."""
    r = 11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) % 11
    return None if r == 10 else str(r % 11)


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
               [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
               [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _VERHOEFF_P.append([_VERHOEFF_P[1][x] for x in _VERHOEFF_P[-1]])
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(digits: str) -> str:
    """The Verhoeff check digit (Luxembourg's thirteenth digit)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def iban(country: str, bban: str) -> str:
    """An IBAN: the two check digits make the number, moved and read in base 36, leave 1 modulo 97."""
    moved = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


assert lt_ak_digit("3330924006") == "4" and lv_pk_digit("1611751999") == "7" and lv_company_ok("40003521600")
assert jmbg_digit("010100650000") == "6" and si_tax_digit("5022305") == "4" and pib_digit("10113470") == "2"
assert ec_ci_digit("171430710") == "3" and uy_ci_digit("1234567") == "2" and luhn("0011391820") == "5" and rnc_digit("10185004") == "3"
assert melli_digit("007622964") == "5" and idnp_digit("100860003841") == "3" and nhs_digit("943476587") == "0" and verhoeff("236") == "3"
assert iban("LT", "1000011101001000") == "LT121000011101001000"


# ---------------------------------------------------------------- words, dates, calendars

DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
        "nineteen").split()
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
            "sixteenth seventeenth eighteenth nineteenth twentieth").split()
EN_MONTHS = blind8.EN_MONTHS
ES_MONTHS = blind8.ES_MONTHS
LT_MONTHS = "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split()
LV_MONTHS = "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split()
SI_MONTHS = "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split()
RS_MONTHS = "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra".split()
RO_MONTHS = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FA_MONTHS = "Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand".split()


def en_number(n: int) -> str:
    """0 to 99 in English words."""
    return ONES[n] if n < 20 else TENS[n // 10] + (f" {ONES[n % 10]}" if n % 10 else "")


def en_year(y: int) -> str:
    """A year as it is said: nineteen fifty two, nineteen oh seven, two thousand and three, twenty twenty four."""
    if 2000 <= y < 2010:
        return "two thousand" + (f" and {ONES[y % 10]}" if y % 10 else "")
    hi, lo = divmod(y, 100)
    return f"{en_number(hi)} {'oh ' + ONES[lo] if 0 < lo < 10 else 'hundred' if lo == 0 else en_number(lo)}"


def en_ordinal(n: int) -> str:
    if n <= 20:
        return ORDINALS[n - 1]
    tens, one = divmod(n, 10)
    return TENS[tens][:-1] + "ieth" if not one else f"{TENS[tens]} {ORDINALS[one - 1]}"


def spoken(number: str, oh: bool = True) -> str:
    """A number read out digit by digit, the written groups kept as pauses: "oh seven nine one one, four five six"."""
    groups = [g for g in re.split(r"[-\s/()+]+", number) if g]

    def word(c: str) -> str:
        return "oh" if oh and c == "0" else DIGIT_WORDS[int(c)] if c.isdigit() else c.upper()

    return ", ".join(" ".join(word(c) for c in g) for g in groups)


def jalali(date: datetime.date) -> tuple[int, int, int]:
    """A Solar Hijri date, near enough for a form: the year begins on 21 March; six months of 31 days, then 30."""
    start = datetime.date(date.year if date >= datetime.date(date.year, 3, 21) else date.year - 1, 3, 21)
    days, month = (date - start).days, 0
    for month, length in enumerate((31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30)):
        if days < length:
            break
        days -= length
    return start.year - 621, month + 1, days + 1


OCR_SWAPS = {"l": "1", "1": "l", "O": "0", "0": "O", "m": "rn", "S": "5", "I": "l", "B": "8", "i": "í"}


def ocr(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """What a fax's OCR makes of text: l and 1, O and 0, rn for m, 5 for S, 8 for B, here and there."""
    return "".join(OCR_SWAPS[c] if c in OCR_SWAPS and rng.random() < rate else c for c in text)


PHONES = {
    "lt": ("+370 6## #####", "8 6## #####", "8 5 ### ####", "+370 37 ######"),
    "lv": ("+371 2# ### ###", "2#######", "67######", "+371 63 ### ###"),
    "si": ("041 ### ###", "+386 31 ### ###", "01 ### ## ##", "040 ### ###", "02 ### ## ##"),
    "rs": ("064 ### ####", "+381 63 ######", "011 ### ####", "065/###-####", "021 ### ###"),
    "ec": ("09# ### ####", "+593 9# ### ####", "(02) 2## ####", "(04) 2## ####", "099#######"),
    "uy": ("09# ### ###", "+598 9# ### ###", "2### ####", "4### ####"),
    "do": ("(809) ###-####", "829-###-####", "+1 849 ### ####", "809.###.####"),
    "ir": ("0912 ### ####", "+98 935 ### ####", "021-########", "021 #### ####", "0919#######"),
    "md": ("+373 6## ## ###", "069 ### ###", "022 ## ## ##", "079######", "+373 248 #####"),
    "wa": ("07### ######", "01### ######", "029 #### ####"),
    "ni": ("028 90## ####", "07### ######", "028 37## ####"),
    "jm": ("(876) ###-####", "876-###-####", "876 ### ####"),
    "mt": ("79## ####", "+356 99## ####", "21## ####", "77######"),
    "ug": ("07## ######", "+256 7## ######", "07########", "0414 ######"),
    "lb": ("03 ### ###", "+961 3 ### ###", "71 ### ###", "+961 1 ### ###", "76-######"),
    "lu": ("621 ### ###", "+352 691 ### ###", "26 ## ## ##", "+352 661 ######"),
    "zm": ("097# ######", "+260 97# ######", "0211 ######", "+260 96# ### ###", "095#######"),
    "bw": ("7# ### ###", "+267 7# ### ###", "39# ####"),
    "fj": ("9## ####", "+679 7## ####", "33# ####", "+679 9######"),
    "ns": ("(902) ###-####", "902-###-####", "902 ### ####", "782-###-####"),
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

    def person(self, culture: str, female: bool | None = None) -> Person:  # type: ignore[override]
        women, men, surnames = PEOPLE[culture]
        female = self.rng.random() < 0.5 if female is None else female
        first = self._name(women if female else men)
        if culture in TWO_SURNAMES:
            last = f"{self._name(surnames)} {self._name(surnames)}"
        else:
            stem = self._name(surnames)
            last = FEMININE.get(stem, stem) if female else stem
            self.used |= name_words(last)
        return Person(first, last, culture, female)

    def relative(self, p: Person, female: bool) -> Person:
        """Someone of p's family who carries p's surname (the father's first, for two surnames)."""
        r = self.person(p.culture, female)
        if p.culture in TWO_SURNAMES:
            r.last = f"{p.last.split()[0]} {r.last.split()[1]}"
        else:
            stem = next((s for s, f in FEMININE.items() if f == p.last), p.last)
            r.last = FEMININE.get(stem, stem) if female else stem
        self.used |= name_words(r.last)
        return r

    def firm(self, culture: str) -> str:
        """A surname for a firm's or pharmacy's name, kept from every person in the document."""
        return self._name(PEOPLE[culture][2])

    # dates

    def ymd(self, first: int = 1940, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def base(self, first: int = 2022, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        mon, es = EN_MONTHS[m - 1], ES_MONTHS[m - 1]
        forms = {
            "lt": (f"{y}-{m:02d}-{d:02d}", f"{y} m. {LT_MONTHS[m - 1]} {d} d.", f"{y}.{m:02d}.{d:02d}"),
            "lv": (f"{d:02d}.{m:02d}.{y}.", f"{y}. gada {d}. {LV_MONTHS[m - 1]}", f"{d:02d}.{m:02d}.{y}"),
            "si": (f"{d}. {m}. {y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {SI_MONTHS[m - 1]} {y}"),
            "rs": (f"{d:02d}.{m:02d}.{y}.", f"{d}. {RS_MONTHS[m - 1]} {y}. godine", f"{d}.{m}.{y}."),
            "ec": (f"{d:02d}/{m:02d}/{y}", f"{d} de {es} de {y}", f"{y}-{m:02d}-{d:02d}"),
            "uy": (f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d} de {es} de {y}"),
            "do": (f"{d:02d}/{m:02d}/{y}", f"{d} de {es} del {y}", f"{d:02d}-{m:02d}-{y}"),
            "md": (f"{d:02d}.{m:02d}.{y}", f"{d} {RO_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"),
            "uk": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d} {mon[:3]} {y}"),
            "jm": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{mon} {d}, {y}"),
            "mt": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"),
            "ug": (f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {mon[:3]} {y}"),
            "lb": (f"{d:02d}/{m:02d}/{y}", f"{d} {FR_MONTHS[m - 1]} {y}", f"{d}/{m}/{y}"),
            "lu": (f"{d:02d}.{m:02d}.{y}", f"{d} {FR_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"),
            "zm": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{blind8.nth(d)} {mon}, {y}"),
            "bw": (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{mon[:3]}-{y}", f"{d:02d}.{m:02d}.{y % 100:02d}"),
            "fj": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}/{m}/{y}"),
            "ns": (f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}"),
        }
        return self.pick(forms[cc])

    def day(self, cc: str, date: datetime.date, offset: int = 0) -> str:
        d = date + datetime.timedelta(days=offset)
        return L("DATE_TIME", self.fmt(cc, d.year, d.month, d.day))

    def dob(self, cc: str, ymd: tuple[int, int, int]) -> str:
        return L("DATE_TIME", self.fmt(cc, *ymd))

    def stamp(self, cc: str, date: datetime.date, hour: int | None = None) -> str:
        """A date with its clock time, one span."""
        hour = self.rng.randint(0, 23) if hour is None else hour
        return L("DATE_TIME", f"{self.fmt(cc, date.year, date.month, date.day)} {hour:02d}:{self.rng.randint(0, 59):02d}")

    def said_date(self, ymd: tuple[int, int, int]) -> str:
        """A date as a caller says it: "the fourth of march nineteen fifty two"."""
        y, m, d = ymd
        return L("DATE_TIME", self.pick((f"the {en_ordinal(d)} of {EN_MONTHS[m - 1].lower()} {en_year(y)}",
                                         f"{EN_MONTHS[m - 1].lower()} the {en_ordinal(d)} {en_year(y)}")))

    def hijri(self, date: datetime.date) -> str:
        y, m, d = jalali(date)
        return L("DATE_TIME", self.pick((f"{y}/{m:02d}/{d:02d}", f"{d} {FA_MONTHS[m - 1]} {y}")))

    # contact details

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern)

    def phone_text(self, cc: str, mobile: bool = False) -> str:
        return self.shape(self.pick(PHONES[cc][:2] if mobile else PHONES[cc]))

    def phone(self, cc: str, mobile: bool = False) -> str:
        return L("PHONE_NUMBER", self.phone_text(cc, mobile))

    def email(self, p: Person, domain: str) -> str:
        first, last = p.ascii().split(".")
        local = self.pick((f"{first}.{last}", f"{first}_{last}{self.digits(2)}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}{self.digits(3)}"))
        return L("EMAIL_ADDRESS", f"{local}@{domain}")

    def fill(self, template: str) -> str:
        return template.format(n=self.rng.randint(2, 180), k=self.rng.randint(1, 40), m=self.rng.randint(1, 9), X=self.letters(1),
                               p=self.digits(4), z=self.digits(5), t=self.digits(3))

    def place(self, templates: tuple[str, ...]) -> str:
        return L("LOCATION", self.fill(self.pick(templates)))

    # identifiers with a published check

    def asmens_kodas(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Lithuanian: sex and century (3 or 4 for the 1900s, 5 or 6 from 2000), YYMMDD, a serial, the check."""
        y, m, d = ymd
        ten = f"{(3 if y < 2000 else 5) + p.female}{y % 100:02d}{m:02d}{d:02d}{self.digits(3)}"
        return L("NATIONAL_ID", ten + lt_ak_digit(ten))

    def personas_kods(self, ymd: tuple[int, int, int]) -> str:
        """Latvian (the old form): DDMMYY, a dash, the century (1 for the 1900s, 2 from 2000), a serial, the check."""
        y, m, d = ymd
        ten = f"{d:02d}{m:02d}{y % 100:02d}{1 if y < 2000 else 2}{self.digits(3)}"
        t = ten + lv_pk_digit(ten)
        return L("NATIONAL_ID", f"{t[:6]}-{t[6:]}")

    def lv_company(self) -> str:
        while True:
            ten = "4000" + self.digits(6)
            ok = [c for c in "0123456789" if lv_company_ok(ten + c)]
            if ok:
                return L("COMPANY_REGISTRATION", ten + ok[0])

    def jmbg(self, p: Person, ymd: tuple[int, int, int], regions: tuple[str, ...]) -> str:
        """EMŠO or JMBG: DDMM, the year's last three digits, the region, a serial (500 and up for a woman), the check."""
        y, m, d = ymd
        while (check := jmbg_digit(twelve := f"{d:02d}{m:02d}{y % 1000:03d}{self.pick(regions)}"
                                   f"{self.rng.randint(500, 999) if p.female else self.rng.randint(0, 499):03d}")) is None:
            pass
        return L("NATIONAL_ID", twelve + check)

    def si_tax(self) -> str:
        while (check := si_tax_digit(seven := self.pick("123456789") + self.digits(6))) is None:
            pass
        return L("NATIONAL_ID", seven + check)

    def pib(self) -> str:
        eight = "1" + self.digits(7)
        return L("COMPANY_REGISTRATION", eight + pib_digit(eight))

    def ec_cedula(self) -> str:
        """Ecuadorian: the province (01-24), a third digit under 6, six digits, the check."""
        nine = f"{self.rng.randint(1, 24):02d}{self.pick('012345')}{self.digits(6)}"
        t = nine + ec_ci_digit(nine)
        return L("NATIONAL_ID", self.pick((t, f"{t[:9]}-{t[9]}")))

    def uy_cedula(self) -> str:
        seven = str(self.rng.randint(1_000_000, 6_999_999))
        c = uy_ci_digit(seven)
        return L("NATIONAL_ID", self.pick((f"{seven[0]}.{seven[1:4]}.{seven[4:]}-{c}", f"{seven}{c}", f"{seven}-{c}")))

    def do_cedula(self) -> str:
        ten = self.pick(("001", "402", "031", "223", "047", "056")) + self.digits(7)
        t = ten + luhn(ten)
        return L("NATIONAL_ID", self.pick((f"{t[:3]}-{t[3:10]}-{t[10]}", t)))

    def rnc(self) -> str:
        eight = "1" + self.pick("0123") + self.digits(6)
        t = eight + rnc_digit(eight)
        return L("COMPANY_REGISTRATION", self.pick((f"{t[0]}-{t[1:3]}-{t[3:8]}-{t[8]}", t)))

    def melli(self) -> str:
        nine = self.pick(("001", "002", "004", "007", "128", "136", "159", "227", "228", "293", "062")) + self.digits(6)
        t = nine + melli_digit(nine)
        return L("NATIONAL_ID", self.pick((t, f"{t[:3]}-{t[3:9]}-{t[9]}")))

    def idnp(self) -> str:
        twelve = "2" + self.pick(("002", "004", "005", "008", "010", "013", "017")) + self.digits(8)
        return L("NATIONAL_ID", twelve + idnp_digit(twelve))

    def nhs_text(self, first: str = "4") -> str:
        while (check := nhs_digit(nine := first + self.digits(8))) is None:
            pass
        t = nine + check
        return f"{t[:3]} {t[3:6]} {t[6:]}"

    def lu_matricule(self, ymd: tuple[int, int, int]) -> str:
        """Luxembourg: YYYYMMDD, a serial, a Luhn digit and a Verhoeff digit over the first eleven."""
        y, m, d = ymd
        eleven = f"{y}{m:02d}{d:02d}{self.digits(3)}"
        t = eleven + luhn(eleven) + verhoeff(eleven)
        return L("NATIONAL_ID", self.pick((t, f"{t[:4]} {t[4:8]} {t[8:11]} {t[11:]}")))

    def iban_of(self, country: str, bban: str) -> str:
        n = iban(country, bban)
        return L("IBAN_CODE", " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if self.rng.random() < 0.6 else n)


# ---------------------------------------------------------------- formal registers from nine more countries

LT_COURTS = (("Vilniaus miesto apylinkės teismas", "Vilnius", "Respublikinė Vilniaus psichiatrijos ligoninė"),
             ("Kauno apylinkės teismas", "Kaunas", "VšĮ Kauno klinikų Psichiatrijos klinika"),
             ("Klaipėdos apylinkės teismas", "Klaipėda", "VšĮ Klaipėdos psichikos sveikatos centras"),
             ("Šiaulių apylinkės teismas", "Šiauliai", "VšĮ Šiaulių psichiatrijos ligoninė"))
LT_HOMES = {"Vilnius": ("Žirmūnų g. {n}-{k}, LT-09{t} Vilnius", "Antakalnio g. {n}, LT-10{t} Vilnius", "Gedimino pr. {n}-{m}, Vilnius"),
            "Kaunas": ("Savanorių pr. {n}-{k}, LT-44{t} Kaunas", "Laisvės al. {n}, Kaunas", "Kovo 11-osios g. {n}-{k}, Kaunas"),
            "Klaipėda": ("Taikos pr. {n}-{k}, LT-91{t} Klaipėda", "Herkaus Manto g. {n}, Klaipėda"),
            "Šiauliai": ("Tilžės g. {n}-{k}, LT-76{t} Šiauliai", "Vilniaus g. {n}, Šiauliai")}
LT_DX = (("paranoidinė šizofrenija (F20.0)", "haloperidolis 5 mg į raumenis"), ("ūmus polimorfinis psichozinis sutrikimas (F23.0)", "olanzapinas 10 mg per os"),
         ("bipolinis afektinis sutrikimas, manijos epizodas su psichozės simptomais (F31.2)", "kvetiapinas 300 mg per parą"),
         ("organinis kliedesinis sutrikimas (F06.2)", "risperidonas 2 mg per parą"))


def involuntary_admission(g: Gen) -> tuple[str, str, str]:
    court, city, hospital = g.pick(LT_COURTS)
    dx, drug = g.pick(LT_DX)
    judge, pt, lawyer, psych = g.person("lt"), g.person("lt"), g.person("lt"), g.person("lt")
    mother = g.relative(pt, True)
    ymd = g.ymd(1950, 2003)
    day = g.base(2022, 2025)
    case = f"eI2-{g.rng.randint(1000, 9999)}-{g.rng.randint(100, 999)}/{day.year}"
    k_law = K("Lietuvos Respublikos psichikos sveikatos priežiūros įstatymo 28 straipsnio 1 dalis")
    body = (f"{L('ORGANIZATION', court)}\nN U T A R T I S\n{g.day('lt', day, 2)}, {L('LOCATION', city)}\n"
            f"Civilinė byla Nr. {L('CASE_NUMBER', case)}\n\n"
            f"Teisėja {judge.full()}, rašytinio proceso tvarka išnagrinėjusi pareiškėjos {L('ORGANIZATION', hospital)} prašymą dėl "
            f"asmens, {pt.full()} (a. k. {g.asmens_kodas(pt, ymd)}, gim. {g.dob('lt', ymd)}, gyv. {g.place(LT_HOMES[city])}), "
            f"priverstinio hospitalizavimo,\n\nn u s t a t ė:\n"
            f"Pacientas(-ė) hospitalizuotas(-a) {g.stamp('lt', day, g.rng.randint(0, 23))} be sutikimo. Gydytojas psichiatras "
            f"{psych.full()} nustatė {K(dx)}; taikytas gydymas {K(drug)}. Pacientas atsisako gydymo, "
            f"kelia realų pavojų savo ir kitų sveikatai. Suinteresuotam asmeniui atstovauja advokatas {lawyer.full()} "
            f"(tel. {g.phone('lt')}, {g.email(lawyer, g.pick(('advokatai.lt', 'gmail.com')))}). Motina {mother.full()} "
            f"apie posėdį informuota telefonu {g.phone('lt', True)}.\n\n"
            f"Teismas, vadovaudamasis {k_law} ir {K('CPK 491 straipsniu')}, n u t a r i a: prašymą tenkinti; leisti "
            f"{K('priverstinai hospitalizuoti ne ilgiau kaip 1 mėnesį')}. Nutartis gali būti skundžiama per 7 dienas.")
    return "Summarise the court's decision in English for the patient's file.", body, \
        f"{pt.full()} may be kept in {L('ORGANIZATION', hospital)} involuntarily ({K(dx)}); case {L('CASE_NUMBER', case)}."


LV_CLINICS = (("Paula Stradiņa Klīniskā universitātes slimnīca", "Rīga"), ("Daugavpils reģionālā slimnīca", "Daugavpils"),
              ("Liepājas reģionālā slimnīca", "Liepāja"), ("Vidzemes slimnīca", "Valmiera"))
LV_HOMES = ("Brīvības iela {n}-{k}, Rīga, LV-10{m}1", "Ģertrūdes iela {n}, Rīga, LV-1011", "Rīgas iela {n}-{k}, Daugavpils, LV-54{m}1",
            "Graudu iela {n}, Liepāja, LV-34{m}1", "Rīgas iela {n}, Valmiera, LV-42{m}1", "\"{X}ievziedi\", Mārupes pagasts, Mārupes novads")
LV_REASONS = (("M51.1 Jostas skriemeļu diska bojājums ar radikulopātiju", "MRI: L4-L5 diska protrūzija", "neirologa konsultācija"),
              ("I48.0 Paroksismāla priekškambaru fibrilācija", "EKG: priekškambaru fibrilācija, 132 x/min", "kardiologa konsultācija"),
              ("E11.9 2. tipa cukura diabēts bez komplikācijām", "HbA1c 8,4 %", "endokrinologa konsultācija"),
              ("K80.2 Žultspūšļa akmeņi bez holecistīta", "USG: konkrementi līdz 14 mm", "ķirurga konsultācija"))


def e_referral(g: Gen) -> tuple[str, str, str]:
    clinic, city = g.pick(LV_CLINICS)
    dx, finding, service = g.pick(LV_REASONS)
    gp, pt, boss = g.person("lv"), g.person("lv"), g.person("lv")
    ymd = g.ymd(1950, 2004)
    day = g.base(2022, 2025)
    firm = f"SIA \"{g.pick(('Baltijas Koks', 'Rīgas Piens', 'Kurzemes Ceļi', 'Vidzemes Maiznīca'))}\""
    body = (f"E-VESELĪBA -- NOSŪTĪJUMS Nr. {L('CASE_NUMBER', 'NOS-' + g.digits(9))}\n"
            f"Pacients: {pt.official()}   Personas kods: {g.personas_kods(ymd)}   Dzimšanas datums: {g.dob('lv', ymd)}\n"
            f"Adrese: {g.place(LV_HOMES)}   Tālr.: {g.phone('lv', True)}\n"
            f"Nosūta: ģimenes ārsts {gp.full()}, ārstniecības personas kods {L('LICENSE_NUMBER', g.digits(5) + '-' + g.digits(1) + g.digits(4))}, "
            f"{L('ORGANIZATION', 'Ģimenes ārsta prakse ' + gp.last)}\nUz: {L('ORGANIZATION', clinic)} -- {K(service)}\n"
            f"Diagnoze: {K(dx)}. Izmeklējumi: {K(finding)}.\nDatums: {g.day('lv', day)}\n\n"
            f"DARBNESPĒJAS LAPA A Nr. {L('CASE_NUMBER', 'A' + g.digits(7))}, atvērta {g.day('lv', day)}; darba devējs {L('ORGANIZATION', firm)} "
            f"(reģ. Nr. {g.lv_company()}), kontaktpersona {boss.full()}, {g.email(boss, g.pick(('inbox.lv', 'gmail.com', 'tvnet.lv')))}.\n"
            f"Slimības pabalsts uz kontu {g.iban_of('LV', g.pick(('HABA', 'UNLA', 'PARX', 'RIKO')) + g.digits(13))}.")
    return "List what the specialist is asked to do and which papers were issued.", body, \
        f"{K(service)} for {pt.full()} ({K(dx)}); sick-leave sheet A opened."


SI_UNITS = ("Območna enota Ljubljana", "Območna enota Maribor", "Območna enota Celje", "Območna enota Koper", "Območna enota Nova Gorica")
SI_HOMES = ("Celovška cesta {n}, 1000 Ljubljana", "Ulica heroja Staneta {n}, 2000 Maribor", "Mariborska cesta {n}, 3000 Celje",
            "Šmarska cesta {n}, 6000 Koper", "Erjavčeva ulica {n}, 5000 Nova Gorica", "Zgornje Gorje {n}, 4247 Zgornje Gorje")
SI_CASES = (("lumbalna diskus hernija L5-S1 z radikulopatijo (M51.1)", "III. kategorija invalidnosti", "delo s polnim delovnim časom brez dvigovanja bremen nad 10 kg"),
            ("koksartroza desno po endoprotezi kolka (M16.1)", "II. kategorija invalidnosti", "delo s krajšim delovnim časom 4 ure dnevno"),
            ("ponavljajoča se depresivna motnja, sedanja epizoda huda (F33.2)", "I. kategorija invalidnosti", "nezmožnost za delo"),
            ("stanje po miokardnem infarktu, EF 35 % (I25.2)", "II. kategorija invalidnosti", "delo na drugem delovnem mestu"))


def invalidity_opinion(g: Gen) -> tuple[str, str, str]:
    dx, category, right = g.pick(SI_CASES)
    pt, chair, member, gp, boss = (g.person("si") for _ in range(5))
    ymd = g.ymd(1958, 1998)
    day = g.base(2022, 2025)
    employer = f"{g.pick(('Gorenje Orodjarna d.o.o.', 'Lesnina Logistika d.o.o.', 'Kovinoplastika Ložar d.d.', 'Mercator Center d.o.o.'))}"
    body = (f"ZAVOD ZA POKOJNINSKO IN INVALIDSKO ZAVAROVANJE SLOVENIJE, {L('ORGANIZATION', g.pick(SI_UNITS))}\n"
            f"Invalidska komisija I. stopnje -- IZVEDENSKO MNENJE št. {L('CASE_NUMBER', f'{g.digits(4)}-{g.digits(6)}/{day.year}')}\n\n"
            f"Zavarovanec: {pt.full()}   EMŠO: {g.jmbg(pt, ymd, ('50',))}   Davčna številka: {g.si_tax()}\n"
            f"Številka zavarovane osebe (ZZZS): {L('HEALTH_ID', g.digits(9))}   Naslov: {g.place(SI_HOMES)}   Tel.: {g.phone('si')}\n"
            f"Delodajalec: {L('ORGANIZATION', employer)}, kontakt {boss.full()}\n"
            f"Predlog osebnega zdravnika {gp.full()} ({L('ORGANIZATION', g.pick(('ZD Ljubljana Šiška', 'ZD dr. Adolfa Drolca Maribor', 'ZD Celje', 'ZD Koper')))}) "
            f"z dne {g.day('si', day, -g.rng.randint(20, 90))}.\n\n"
            f"Diagnoza: {K(dx)}.\nMnenje: pri zavarovancu je podana {K(category)}; pravica do {K(right)} "
            f"(na podlagi {K('ZPIZ-2, 63. člen')}). Ponovna ocena čez 2 leti.\n"
            f"Predsednik komisije: {chair.full()}, dr. med., spec. medicine dela   Član: {member.full()}, dr. med.\n"
            f"Datum: {g.day('si', day)}")
    return "Explain the commission's opinion to the insured person in plain English.", body, \
        f"{pt.full()}: {K(category)}, {K(right)}."


RS_COURTS = (("Prekršajni sud u Beogradu", "Beograd", ("71", "70"), "BG"), ("Prekršajni sud u Novom Sadu", "Novi Sad", ("80",), "NS"),
             ("Prekršajni sud u Nišu", "Niš", ("73",), "NI"), ("Prekršajni sud u Kragujevcu", "Kragujevac", ("72",), "KG"))
RS_HOMES = {"Beograd": ("Bulevar kralja Aleksandra {n}, 11000 Beograd", "Ustanička {n}/{k}, Voždovac", "Jurija Gagarina {n}, Novi Beograd"),
            "Novi Sad": ("Bulevar oslobođenja {n}, 21000 Novi Sad", "Futoška {n}, Novi Sad"),
            "Niš": ("Vizantijski bulevar {n}, 18000 Niš", "Obrenovićeva {n}, Niš"),
            "Kragujevac": ("Kralja Petra I {n}, 34000 Kragujevac", "Lepenički bulevar {n}, Kragujevac")}
RS_OFFENCES = (("upravljao vozilom pod dejstvom alkohola", "0,82 promila alkohola u krvi", "član 187 stav 1 Zakona o bezbednosti saobraćaja na putevima",
                "novčana kazna od 60.000,00 dinara"),
               ("prekoračio dozvoljenu brzinu u naselju", "brzina 87 km/h na deonici ograničenoj na 50 km/h", "član 43 stav 1 Zakona o bezbednosti saobraćaja na putevima",
                "novčana kazna od 20.000,00 dinara"),
               ("upravljao vozilom bez položenog vozačkog ispita", "bez vozačke dozvole", "član 179 Zakona o bezbednosti saobraćaja na putevima",
                "novčana kazna od 100.000,00 dinara"))


def traffic_judgment(g: Gen) -> tuple[str, str, str]:
    court, city, regions, plate = g.pick(RS_COURTS)
    act, fact, law, fine = g.pick(RS_OFFENCES)
    judge, driver, officer, recorder = g.person("rs"), g.person("rs", False), g.person("rs"), g.person("rs")
    ymd = g.ymd(1960, 2004)
    day = g.base(2022, 2025)
    firm = g.pick(("Trans-Kop d.o.o.", "Mlekara Šabac a.d.", "Agrovoj Kovin d.o.o."))
    body = (f"REPUBLIKA SRBIJA\n{L('ORGANIZATION', court)}\nBroj: {L('CASE_NUMBER', f'{g.rng.randint(1, 40)} Pr-{g.digits(5)}/{day.year % 100}')}\n"
            f"Dana {g.day('rs', day, g.rng.randint(20, 60))}\n\nU IME NARODA\n\n"
            f"Sudija {judge.full()}, uz učešće zapisničara {recorder.full()}, rešavajući po zahtevu za pokretanje prekršajnog postupka "
            f"{L('ORGANIZATION', g.pick(('PU za grad Beograd, Uprava saobraćajne policije', 'PU Novi Sad, Odeljenje saobraćajne policije', 'PU Niš, Odsek saobraćajne policije')))} "
            f"broj {L('CASE_NUMBER', g.digits(3) + '-' + g.digits(5) + '/' + str(day.year % 100))}, protiv okrivljenog "
            f"{driver.caps()}, JMBG {g.jmbg(driver, ymd, regions)}, iz {g.place(RS_HOMES[city])}, zaposlen u {L('ORGANIZATION', firm)} "
            f"(PIB {g.pib()}), vozačka dozvola br. {L('LICENSE_NUMBER', g.digits(9))}, tel. {g.phone('rs')},\n\n"
            f"OKRIVLJENI JE KRIV\n\n što je dana {g.stamp('rs', day, g.rng.randint(0, 23))} u {L('LOCATION', city)} {K(act)}, "
            f"putničkim vozilom reg. oznake {L('LICENSE_NUMBER', f'{plate} {g.digits(3)}-{g.letters(2)}')} ({K(fact)}), "
            f"čime je učinio prekršaj iz {K(law)}, pa mu se izriče {K(fine)} i {K('zaštitna mera zabrane upravljanja motornim vozilom u trajanju od 6 meseci')}.\n"
            f"Zapisnik o kontroli sačinio policijski službenik {officer.full()}, značka {L('LICENSE_NUMBER', g.digits(6))}.")
    return "What was the driver convicted of and what is the penalty?", body, f"{driver.full()}: {K(act)}; {K(fine)}."


EC_CITIES = (("Quito", ("Av. 10 de Agosto N{k}-{n} y Av. Colón", "Calle Cuenca Oe{m}-{n} y Chile", "Conjunto Los Álamos, casa {k}, Conocoto"), "P"),
             ("Guayaquil", ("Cdla. Alborada 5ta etapa, Mz. {t}, villa {k}", "Av. 9 de Octubre {n} y Boyacá", "Urdesa Central, calle Las Monjas {n}"), "G"),
             ("Cuenca", ("Av. Solano {n} y Remigio Crespo", "Calle Larga {n} y Borrero"), "A"),
             ("Otavalo", ("Comunidad Peguche, sector {k}", "Calle Bolívar {n} y Morales"), "I"))
EC_HOSPITALS = ("Hospital de Especialidades Carlos Andrade Marín", "Hospital Luis Vernaza", "Hospital Vicente Corral Moscoso", "Hospital San Luis de Otavalo")
EC_INJURIES = (("fractura de tibia y peroné derecho", "Glasgow 15/15"), ("traumatismo craneoencefálico leve", "Glasgow 13/15"),
               ("contusión torácica, fractura de 3 arcos costales", "SpO2 91 %"), ("politraumatismo", "Glasgow 10/15"))


def accident_report(g: Gen) -> tuple[str, str, str]:
    city, streets, prov = g.pick(EC_CITIES)
    injury, sign = g.pick(EC_INJURIES)
    a, b, hurt, agent, witness = g.person("ec"), g.person("ec"), g.person("ec"), g.person("ec"), g.person("ec")
    day = g.base(2022, 2025)
    body = (f"POLICÍA NACIONAL DEL ECUADOR -- PARTE POLICIAL DE TRÁNSITO\nParte N.° {L('CASE_NUMBER', f'{g.digits(4)}-{day.year}-{g.digits(6)}')}   "
            f"Alerta {L('CASE_NUMBER', 'ECU911-' + g.digits(8))}\n"
            f"Fecha y hora: {g.stamp('ec', day, g.rng.randint(0, 23))}   Lugar: {g.place(streets)}, {L('LOCATION', city)}\n\n"
            f"VEHÍCULO 1: placa {L('LICENSE_NUMBER', f'{prov}{g.letters(2)}-{g.digits(4)}')}, conductor {a.official()}, C.I. {g.ec_cedula()}, "
            f"licencia tipo B N.° {L('LICENSE_NUMBER', g.digits(10))}, celular {g.phone('ec', True)}\n"
            f"VEHÍCULO 2: motocicleta placa {L('LICENSE_NUMBER', f'{g.letters(2)}{g.digits(3)}{g.letters(1)}')}, conductor {b.official()}, C.I. {g.ec_cedula()}\n"
            f"LESIONADO: {hurt.full()} (acompañante del vehículo 2), trasladado por ambulancia al {L('ORGANIZATION', g.pick(EC_HOSPITALS))}: "
            f"{K(injury)}, {K(sign)}.\n"
            f"Testigo: {witness.full()}, domiciliado en {g.place(streets)}, tel. {g.phone('ec')}.\n"
            f"Prueba de alcohol al conductor 1: {K(g.pick(('0,0 g/l', '0,9 g/l', '1,4 g/l')))}. Se remite a la Fiscalía por presunta infracción del "
            f"{K(g.pick(('COIP art. 379', 'COIP art. 377', 'COIP art. 385')))}; cobertura {K('SPPAT')}.\n"
            f"Agente: {agent.full()}, {L('ORGANIZATION', 'UVC ' + city)}")
    return "Summarise the accident for the insurer.", body, f"Collision in {L('LOCATION', city)}; {hurt.full()}: {K(injury)}."


UY_SERVICES = ("SEMM", "UCM", "Emergencia Uno", "SUAT")
UY_MUTUALISTAS = ("CASMU", "Médica Uruguaya", "Hospital Evangélico", "COSEM", "Círculo Católico")
UY_HOMES = ("Bvar. Artigas {n}, apto. {t}, Montevideo", "Av. 18 de Julio {p}, apto. {k}0{m}, Montevideo", "Rambla República de México {p}, Montevideo",
            "Calle Uruguay {n}, Salto", "Av. Italia {p}, esq. Comercio, Montevideo", "Ruta 8 km {n}, Pando, Canelones")
UY_CASES = (("síndrome coronario agudo con supradesnivel del ST", ("ECG: supradesnivel ST en DII, DIII y aVF", "AAS 300 mg VO"), "código rojo"),
            ("crisis asmática severa", ("SpO2 88 %", "salbutamol 5 mg nebulizado"), "código amarillo"),
            ("ACV isquémico en evolución", ("NIHSS 9", "hemoglucotest 112 mg/dL"), "código rojo"),
            ("hipoglucemia en diabético insulinodependiente", ("hemoglucotest 38 mg/dL", "suero glucosado 30 % i/v"), "código amarillo"))


def mobile_emergency(g: Gen) -> tuple[str, str, str]:
    dx, findings, code = g.pick(UY_CASES)
    pt, doctor, nurse = g.person("uy"), g.person("uy"), g.person("uy")
    caller = g.relative(pt, g.rng.random() < 0.5)
    ymd = g.ymd(1935, 2010)
    day = g.base(2022, 2025)
    f = [K(x) for x in findings]
    service = g.pick(UY_SERVICES)
    body = (f"{L('ORGANIZATION', service)} -- REGISTRO DE ATENCIÓN DOMICILIARIA\nLlamado N.° {L('CASE_NUMBER', g.digits(7))}   "
            f"Ingreso: {g.stamp('uy', day, g.rng.randint(0, 23))}   Clasificación: {K(code)}\n"
            f"Paciente: {pt.full()}   C.I. {g.uy_cedula()}   F. nac.: {g.dob('uy', ymd)}   Socio N.° {L('HEALTH_ID', g.digits(6))}\n"
            f"Prestador: {L('ORGANIZATION', g.pick(UY_MUTUALISTAS))}   Domicilio: {g.place(UY_HOMES)}\n"
            f"Llama: {caller.full()}, tel. {g.phone('uy')}\n\n"
            f"Examen: {f[0]}. Tratamiento en domicilio: {f[1]}.\nImpresión diagnóstica: {K(dx)}.\n"
            f"Traslado en unidad {L('LICENSE_NUMBER', 'S' + g.letters(2) + ' ' + g.digits(4))} a la puerta de emergencia; "
            f"recibe Dr. {g.person('uy').full()}.\n"
            f"Médico: Dr. {doctor.full()} (CJPPU {L('LICENSE_NUMBER', g.digits(5))})   Enfermería: Lic. {nurse.full()}")
    return "Write the hand-over line for the emergency department.", body, f"{pt.full()}, {K(dx)}, {K(code)}."


DO_PHARMACIES = ("Farmacia {s}", "Farmacia {s} & Asociados", "Farmacia Los Prados {s}")
DO_HOMES = ("C/ {n}, Ens. Ozama, Santo Domingo Este", "Av. Independencia #{n}, Gazcue, Santo Domingo", "C/ Duarte #{n}, Santiago de los Caballeros",
            "Res. Las Palmas, Edif. {k}, Apto. {t}, San Isidro", "C/ Sánchez #{n}, La Romana", "Callejón {k} #{n}, Villa Mella")
DO_DRUGS = (("clonazepam 2 mg", "trastorno de pánico (F41.0)", "1 tableta c/12 h por 30 días"),
            ("alprazolam 0.5 mg", "trastorno de ansiedad generalizada (F41.1)", "1 tableta en la noche por 30 días"),
            ("metilfenidato 10 mg", "TDAH (F90.0)", "1 tableta en la mañana por 30 días"),
            ("tramadol 50 mg", "dolor lumbar crónico (M54.5)", "1 cápsula c/8 h por 10 días"))


def controlled_prescription(g: Gen) -> tuple[str, str, str]:
    drug, dx, sig = g.pick(DO_DRUGS)
    doc, pt, chemist = g.person("do"), g.person("do"), g.person("do")
    pharmacy = g.pick(DO_PHARMACIES).format(s=g.firm("do"))
    ymd = g.ymd(1950, 2008)
    day = g.base(2022, 2025)
    body = (f"RECETA DE MEDICAMENTOS CONTROLADOS -- Serie {L('CASE_NUMBER', g.letters(1) + '-' + g.digits(7))}\n"
            f"Médico: Dr(a). {doc.full()}   Exequátur {L('LICENSE_NUMBER', g.digits(3) + '-' + g.digits(2))}   "
            f"Registro DNCD {L('LICENSE_NUMBER', 'C-' + g.digits(5))}   Tel. {g.phone('do')}\n"
            f"Lugar de consulta: {L('ORGANIZATION', g.pick(('Centro Médico Cibao', 'Clínica Corazones Unidos', 'Hospital Metropolitano de Santiago', 'Centro de Salud Mental Padre Billini')))}\n"
            f"Paciente: {pt.full()}   Cédula {g.do_cedula()}   Nac.: {g.dob('do', ymd)}   NSS/ARS {L('HEALTH_ID', g.digits(9))}\n"
            f"Dirección: {g.place(DO_HOMES)}\n"
            f"Rp/ {K(drug)} -- {K(sig)}.   Dx: {K(dx)}.\nFecha: {g.day('do', day)}\n\n"
            f"DESPACHO: {L('ORGANIZATION', pharmacy)}, RNC {g.rnc()}; despachado por Lic. {chemist.full()} el {g.day('do', day, g.rng.randint(0, 3))}; "
            f"anotado en el libro de control conforme a la {K('Ley 50-88 sobre Drogas y Sustancias Controladas')}.")
    return "Check the prescription and summarise what was dispensed.", body, f"{K(drug)} dispensed to {pt.full()}."


IR_CITIES = (("Tehran", ("Khiaban-e Shariati, Kuche-ye {k}, Pelak {n}, Tehran", "Sa'adat Abad, Khiaban-e Sarv, Pelak {n}, Tehran"), "Tehran"),
             ("Esfahan", ("Khiaban-e Chaharbagh, Kuche-ye {k}, Pelak {n}, Esfahan",), "Esfahan"),
             ("Shiraz", ("Bolvar-e Zand, Kuche-ye {k}, Pelak {n}, Shiraz",), "Shiraz"),
             ("Mashhad", ("Bolvar-e Vakilabad, Vakilabad {k}, Pelak {n}, Mashhad",), "Khorasan-e Razavi"))
IR_INJURIES = (("fracture of the nasal bone without displacement", "arsh of one tenth of the full diyeh"),
               ("laceration of the scalp, 4 cm (harese)", "arsh according to the Islamic Penal Code tables"),
               ("fracture of the left radius, closed", "diyeh for a healed fracture of the forearm"),
               ("bruising of the left eye (kabudi)", "arsh of a bruise of the face"))


def forensic_exam(g: Gen) -> tuple[str, str, str]:
    city, streets, province = g.pick(IR_CITIES)
    injury, tariff = g.pick(IR_INJURIES)
    victim, accused, examiner, officer = g.person("ir"), g.person("ir"), g.person("ir"), g.person("ir")
    day = g.base(2022, 2025)
    ymd = g.ymd(1960, 2005)
    body = (f"LEGAL MEDICINE ORGANIZATION OF IRAN -- {L('ORGANIZATION', f'Markaz-e Pezeshki-ye Qanuni-ye {city}')}\n"
            f"Clinical examination report (certificate of injury), file no. {L('CASE_NUMBER', f'{jalali(day)[0]}/{g.digits(5)}')}\n"
            f"Referral: {L('ORGANIZATION', g.pick(('Police Station 12', 'Police Station 137', 'Kalantari 24', 'Police Station 5')) + ', ' + city)}, letter no. "
            f"{L('CASE_NUMBER', g.digits(4) + '/' + g.digits(2) + '/' + g.digits(3))} dated {g.hijri(day)} "
            f"(on order of {L('ORGANIZATION', f'Branch {g.rng.randint(101, 140)} of the Criminal Court Two of {city}')})\n\n"
            f"Examinee: {victim.full()}, father's name {L('PERSON', g.person('ir', False).first)}, national code {g.melli()}, "
            f"shenasnameh no. {L('NATIONAL_ID', g.digits(g.rng.randint(3, 6)))}, born {g.hijri(datetime.date(*ymd))}\n"
            f"Address: {g.place(streets)}   Mobile: {g.phone('ir', True)}\n"
            f"History: states that on {g.hijri(day - datetime.timedelta(days=g.rng.randint(1, 4)))} he/she was assaulted by "
            f"{accused.full()} in front of the house.\nFindings: {K(injury)}.\nOpinion: {K(tariff)}; "
            f"{K('Islamic Penal Code (1392), Article 714')}; re-examination after 3 months is not required.\n"
            f"Forensic physician: Dr {examiner.full()}, medical council no. {L('LICENSE_NUMBER', g.digits(5))}\n"
            f"Received by: {officer.full()}, investigating officer")
    return "State the injury found and the forensic opinion.", body, f"{victim.full()}: {K(injury)}; {K(tariff)}."


MD_CENTRES = ("IMSP Institutul de Ftiziopneumologie „Chiril Draganiuc”", "IMSP Centrul de Sănătate Criuleni", "IMSP Centrul de Sănătate Bălți",
              "IMSP Spitalul Clinic Municipal de Ftiziopneumologie", "IMSP Centrul de Sănătate Ungheni")
MD_HOMES = ("s. Cruzești, mun. Chișinău", "str. Ștefan cel Mare {n}, ap. {k}, Bălți", "bd. Dacia {n}, ap. {t}, Chișinău",
            "s. Măgdăcești, r-nul Criuleni", "str. Națională {n}, Ungheni", "s. Sculeni, r-nul Ungheni")
MD_REGIMENS = (("2HRZE/4HR", "Xpert MTB/RIF: MTB detectat, rezistență la RIF nedetectată", ("izoniazidă 300 mg", "rifampicină 600 mg", "pirazinamidă 1600 mg",
                                                                                         "etambutol 1100 mg")),
               ("BPaLM 6 luni", "Xpert MTB/RIF: MTB detectat, rezistență la RIF detectată", ("bedaquilină 200 mg", "pretomanid 200 mg", "linezolid 600 mg",
                                                                                          "moxifloxacină 400 mg")))


def tb_treatment_card(g: Gen) -> tuple[str, str, str]:
    regimen, xpert, drugs = g.pick(MD_REGIMENS)
    pt, doctor, nurse = g.person("md"), g.person("md"), g.person("md", True)
    wife = g.relative(pt, not pt.female)
    start = g.base(2022, 2025)
    ymd = g.ymd(1955, 2004)
    visits = "\n".join(f"  {g.day('md', start, 7 * i + 1)} -- DOT observat de {nurse.given()}; {K(g.pick(('fără reacții adverse', 'greață ușoară', 'artralgii', 'urina colorată portocaliu')))}"
                       for i in range(g.rng.randint(2, 4)))
    body = (f"FIȘA DE TRATAMENT TB 01 -- {L('ORGANIZATION', g.pick(MD_CENTRES))}\nNr. în registrul TB: {L('CASE_NUMBER', f'{g.digits(4)}/{start.year}')}\n"
            f"Pacient: {pt.official()}   IDNP: {g.idnp()}   Data nașterii: {g.dob('md', ymd)}\n"
            f"Poliță CNAM: {L('HEALTH_ID', 'A' + g.digits(8))}   Adresa: {g.place(MD_HOMES)}   Tel.: {g.phone('md')}\n"
            f"Persoană de contact: {wife.full()} ({'soția' if wife.female else 'soțul'}), {g.phone('md', True)}\n\n"
            f"Diagnostic: {K('tuberculoză pulmonară infiltrativă, caz nou, BK+')}; {K(xpert)}.\nRegim: {K(regimen)} -- "
            f"{', '.join(K(d) for d in drugs)}.\nÎnceputul tratamentului: {g.day('md', start)}\n"
            f"Administrare sub observare directă (DOT) la {L('ORGANIZATION', g.pick(('CS Criuleni', 'OMF Cruzești', 'CMF nr. 3 Botanica', 'CS Sculeni')))}:\n{visits}\n"
            f"Medic ftiziopneumolog: {doctor.full()}   Asistentă: {nurse.full()}")
    return "Tabulate the regimen and the observed doses.", body, f"{pt.full()}: {K(regimen)}; DOT under way."


# ---------------------------------------------------------------- informal and machine-made text

WA_TOWNS = ("Aberdare", "Merthyr Tydfil", "Llanelli", "Caernarfon", "Aberystwyth", "Pontypridd", "Bangor", "Carmarthen")
WA_STREETS = ("{n} Heol y Bryn, {town}", "{n} Commercial Street, {town}", "{n} Maes y Deri, {town}", "flat {m}, {n} Stryd Fawr, {town}")
WA_CASES = (("chest pain going down the left arm", ("aspirin 300 mg chewed", "category 2 ambulance")),
            ("temperature of 39.4 and a rash that doesn't fade under a glass", ("suspected meningococcal sepsis", "category 1 ambulance")),
            ("she's fallen and can't get up, hip is really sore", ("query fractured neck of femur", "category 3 ambulance")),
            ("he's wheezy and the blue inhaler isn't working", ("salbutamol 10 puffs via spacer", "out-of-hours GP within 1 hour")))


def triage_call(g: Gen) -> tuple[str, str, str]:
    town = g.pick(WA_TOWNS)
    complaint, plan = g.pick(WA_CASES)
    caller, nurse = g.person("wa"), g.person("wa", True)
    pt = g.relative(caller, g.rng.random() < 0.5)
    ymd = g.ymd(1932, 1965)
    nhs = g.nhs_text(g.pick("4567"))
    phone = g.phone_text("wa", True)
    kin = "mam" if pt.female else "dad"
    addr = g.fill(g.pick(WA_STREETS).replace("{town}", town))
    line = g.pick((f"um it's my {kin} um {pt.lower()}", f"it's for my {kin}, {pt.lower()}, sorry {pt.lower_first()}"))
    body = (f"[NHS 111 Wales -- call recording, automatic transcript, not checked]\n"
            f"AGENT: NHS 111 Wales you're speaking to {nurse.lower_first()} I'm a nurse adviser can I take your name please\n"
            f"CALLER: yeah {caller.lower()} I'm calling for- {line}\n"
            f"AGENT: and how do you spell the surname\nCALLER: {pt.spelled()}\n"
            f"AGENT: lovely and her- sorry their date of birth\nCALLER: {g.said_date(ymd)}\n"
            f"AGENT: do you have the NHS number there at all\nCALLER: hang on it's on the letter um {L('HEALTH_ID', spoken(nhs, oh=False))}\n"
            f"AGENT: and the address\nCALLER: {L('LOCATION', addr.lower())}\n"
            f"AGENT: best number to call you back on\nCALLER: {L('PHONE_NUMBER', spoken(phone))}\n"
            f"AGENT: okay what's happened today\nCALLER: {complaint} um since about tea time\n"
            f"AGENT: okay I'm going to arrange {K(plan[1])} in the meantime {K(plan[0])} if they're able, stay on the line\n"
            f"[end of call {g.stamp('uk', g.base(), g.rng.randint(0, 23))}]")
    return "Turn the transcript into a triage record: who, what, disposition.", body, \
        f"Caller {caller.full()} for {pt.full()}: {complaint}; disposition {K(plan[1])}."


NI_PRACTICES = ("Antrim Road Surgery", "Ormeau Health Centre", "Dungannon Medical Practice", "Strabane Health Centre", "Newry Family Practice")
NI_HOMES = ("{n} antrim road belfast b t fifteen", "{n} lisburn road belfast", "{n} church street dungannon", "{n} main street strabane",
            "{n} hill street newry")
NI_CASES = (("altered bowel habit and iron deficiency anaemia", ("haemoglobin 94 grams per litre", "ferritin 8"), "red flag lower GI referral"),
            ("a breast lump in the upper outer quadrant", ("3 centimetre mobile lump",), "breast cancer urgent referral"),
            ("worsening shortness of breath", ("BNP 820", "bilateral ankle oedema"), "heart failure clinic referral"))


def gp_dictation(g: Gen) -> tuple[str, str, str]:
    issue, findings, route = g.pick(NI_CASES)
    gp, pt, consultant = g.person("ni"), g.person("ni"), g.person("ni")
    ymd = g.ymd(1940, 1990)
    hc = g.nhs_text(g.pick("3"))
    f = [K(x) for x in findings]
    body = (f"[dictation -- speech recognition draft -- {L('ORGANIZATION', g.pick(NI_PRACTICES).lower())}]\n"
            f"letter to doctor {consultant.lower()} comma consultant at the {L('ORGANIZATION', g.pick(('royal victoria hospital', 'south west acute hospital', 'daisy hill hospital', 'altnagelvin hospital')))} "
            f"new paragraph dear doctor {consultant.lower_last()} new line re colon {pt.lower()} comma date of birth {g.said_date(ymd)} comma "
            f"H and C number {L('HEALTH_ID', spoken(hc, oh=False))} comma of {g.place(NI_HOMES)} full stop new paragraph "
            f"thank you for seeing this patient with {K(issue)} full stop bloods show {' and '.join(f)} full stop "
            f"this is a {K(route)} full stop {'she' if pt.female else 'he'} can be contacted on {L('PHONE_NUMBER', spoken(g.phone_text('ni', True)))} "
            f"and {'her' if pt.female else 'his'} daughter {g.person('ni', True).lower()} comes with {'her' if pt.female else 'him'} full stop "
            f"scratch that last sentence scratch that new paragraph yours sincerely new line doctor {gp.lower()} "
            f"new line GMC {L('LICENSE_NUMBER', spoken(g.digits(7), oh=False))} end of dictation\n"
            f"[typed by {L('PERSON', g.person('ni', True).first)} {g.day('uk', g.base())}]")
    return "Clean up the dictated referral into a letter.", body, f"Referral of {pt.full()}: {K(issue)}."


JM_COURTS = ("Kingston and St Andrew Parish Court", "St Catherine Parish Court", "St James Parish Court", "Manchester Parish Court")
JM_HOMES = ("{n} Red Hills Road, Kingston 19", "Lot {n}, Old Harbour Glades, St Catherine", "{n} Barnett Street, Montego Bay",
            "{n} Ward Avenue, Mandeville", "Spanish Town Road, Kingston 11")
JM_CHARGES = (("possession of ganja above the permitted quantity", "Dangerous Drugs Act, section 7C"),
              ("dangerous driving", "Road Traffic Act 2018, section 95"),
              ("assault occasioning actual bodily harm", "Offences Against the Person Act, section 43"),
              ("unlawful wounding", "Offences Against the Person Act, section 22"))


def court_asr(g: Gen) -> tuple[str, str, str]:
    court = g.pick(JM_COURTS)
    charge, law = g.pick(JM_CHARGES)
    judge, accused, attorney, prosecutor, cop = g.person("jm"), g.person("jm"), g.person("jm"), g.person("jm"), g.person("jm")
    day = g.base(2022, 2025)
    t = g.rng.randint(9, 11)
    body = (f"{L('ORGANIZATION', court)} -- automatic transcript (unreviewed), information {L('CASE_NUMBER', f'{day.year}CR{g.digits(5)}')}\n"
            f"[{t:02d}:03:12] SPEAKER_1: call the matter of r versus {accused.lower()}\n"
            f"[{t:02d}:03:20] SPEAKER_2: may it please you your honour {attorney.lower()} for the defendant who is present\n"
            f"[{t:02d}:03:31] SPEAKER_3: {prosecutor.lower()} for the crown\n"
            f"[{t:02d}:03:40] SPEAKER_1: mister {accused.lower_last()} stand up your T R N is {L('NATIONAL_ID', spoken(g.shape('1##-###-###')))}\n"
            f"[{t:02d}:03:58] SPEAKER_4: yes ma'am I live at {L('LOCATION', g.fill(g.pick(JM_HOMES)).lower())}\n"
            f"[{t:02d}:04:15] SPEAKER_3: the charge is {K(charge)} contrary to the {K(law)} the arresting officer constable {cop.lower()} "
            f"stopped a motor car registered {L('LICENSE_NUMBER', g.pick(('P', 'C', 'H')) + g.letters(1) + ' ' + g.digits(4))} on {g.day('jm', day, -g.rng.randint(20, 90))}\n"
            f"[{t:02d}:04:44] SPEAKER_2: {K('plea of not guilty')} your honour we ask for {K('bail')} to continue his mother um his mother "
            f"{g.relative(accused, True).lower()} is here she can be reached at {g.phone('jm')}\n"
            f"[{t:02d}:05:02] SPEAKER_1: {K('bail extended')} next date {g.day('jm', day, g.rng.randint(30, 80))} -- her honour {judge.lower()}")
    return "Write the clerk's minute of this mention.", body, f"{accused.full()} pleaded not guilty to {K(charge)}; bail extended."


MT_PLACES = ("Triq il-Kbira, Ħaż-Żebbuġ", "Triq San Ġorġ, San Ġiljan", "Triq il-Knisja, Birkirkara", "Triq ir-Repubblika, Rabat Għawdex",
             "Triq Manwel Dimech, Tas-Sliema", "Triq il-Wied, Żejtun")
MT_CASES = (("mhux qed jieħu nifs sew, he's not breathing properly", ("CPR", "AED")), ("waqgħet fuq it-taraġ, she fell down the stairs, there's blood", ("direct pressure on the wound",)),
            ("għandu uġigħ f'sidru, chest pain and sweating", ("aspirin 300 mg", "ECG on arrival")), ("qed jaqbad, he's fitting for five minutes", ("recovery position",)))


def emergency_call(g: Gen) -> tuple[str, str, str]:
    what, advice = g.pick(MT_CASES)
    caller = g.person("mt")
    pt = g.relative(caller, g.rng.random() < 0.5)
    idn = g.digits(g.rng.randint(5, 7)) + g.pick("MGAPL")
    house = g.pick(("il-Warda", "Santa Marija", "Dar il-Paċi", "Ave Maria"))
    body = (f"[112 Malta -- ambulance line, speech-to-text, {g.stamp('mt', g.base(), g.rng.randint(0, 23))}]\n"
            f"OPERATOR: one one two what's the address of the emergency\n"
            f"CALLER: ejja malajr please, it's {L('LOCATION', house.lower() + ' ' + g.pick(MT_PLACES).lower())} number {L('LOCATION', str(g.rng.randint(2, 140)))} near the church\n"
            f"OPERATOR: okay and what's happened\nCALLER: my {'mother' if pt.female else 'father'} {what}\n"
            f"OPERATOR: what's the patient's name\nCALLER: {pt.lower()} um {pt.given()} {pt.spelled()}\n"
            f"OPERATOR: and his or her ID card number if you have it\nCALLER: {L('NATIONAL_ID', spoken(idn[:-1]) + ' ' + idn[-1].lower())}\n"
            f"OPERATOR: and your name and number\nCALLER: {caller.lower_first()}, {L('PHONE_NUMBER', spoken(g.phone_text('mt')))}\n"
            f"OPERATOR: the ambulance from {L('ORGANIZATION', g.pick(('mater dei', 'gozo general hospital')))} is on the way, {', '.join(K(a) for a in advice)} "
            f"-- I'll talk you through it, {caller.lower_first()}, stay with me")
    return "Write the dispatch card.", body, f"{pt.full()}: {what.split(', ')[-1]}."


UG_CLINICS = ("Kisenyi HC IV ART Clinic", "Mildmay Uganda", "Kitebi HC III", "Nsambya Home Care", "Mbarara RRH ART Clinic")
UG_CASES = (("TLD (tenofovir/lamivudine/dolutegravir)", "viral load <50 copies/mL"), ("TLD (tenofovir/lamivudine/dolutegravir)", "viral load 1,240 copies/mL"),
            ("ABC/3TC + DTG (paediatric)", "viral load <50 copies/mL"), ("AZT/3TC/ATV/r", "viral load 3,800 copies/mL"))


def clinic_sms(g: Gen) -> tuple[str, str, str]:
    clinic = g.pick(UG_CLINICS)
    regimen, vl = g.pick(UG_CASES)
    pt, peer, counsellor = g.person("ug"), g.person("ug"), g.person("ug")
    art = f"{g.digits(3)}/{g.digits(4)}/{g.digits(2)}" if g.rng.random() < 0.5 else f"ART-{g.digits(5)}"
    day = g.base(2023, 2025)
    momo = g.phone_text("ug", True)
    lines = [
        f"[{g.stamp('ug', day, 8)}] {clinic}: Dear {pt.given()}, u have an appointment on {g.day('ug', day, 3)} for refill of {K(regimen)} and {K('viral load test')}. Reply 1 to confirm.",
        f"[{g.stamp('ug', day, 9)}] {L('PHONE_NUMBER', g.phone_text('ug', True))}: 1. but am in masaka for burial cn my sister {g.person('ug', True).lower_first()} pick for me",
        f"[{g.stamp('ug', day, 9)}] {clinic}: Yes, she brings ur card no. {L('HEALTH_ID', art)} n a note. Dont stop ur pills",
        f"[{g.stamp('ug', day, 10)}] {pt.lower_first()}: ok thank u. pliz tell {peer.lower()} the peer i send the 5,000 for transport on mobile money {L('ACCOUNT_NUMBER', momo)}",
        f"[{g.stamp('ug', day, 14)}] {counsellor.given()} (counsellor): Webale. Result from last visit: {K(vl)}. See you. Call {g.phone('ug')} if any problem.",
    ]
    body = f"SMS log -- {L('ORGANIZATION', clinic)} appointment line\n" + "\n".join(lines)
    body += f"\nNIN on file: {L('NATIONAL_ID', 'C' + ('F' if pt.female else 'M') + g.digits(2) + g.digits(3) + g.letters(1) + g.digits(2) + g.letters(4))}"
    return "Summarise the thread for the adherence counsellor.", body, f"{pt.full()}: refill of {K(regimen)} by treatment supporter; {K(vl)}."


LB_HOMES = ("Achrafieh, rue Sursock, imm. {X}, {m}e étage", "Hamra, rue Makdessi, bldg {n}", "Jounieh, Haret Sakhr, imm. {X}{m}", "Zahle, Hoch el-Omara, {n}",
            "Badaro, rue {n}", "Jdeideh, imm. Nassif, {m}th floor")
LB_MATTERS = (("eviction under the old-rent law", "Law No. 160/92 (old rents)"), ("unpaid end-of-service indemnity", "Article 54 of the Labour Code"),
              ("inheritance (hasr irth) of the apartment", "inheritance certificate (hasr irth)"), ("car accident claim against the insurer", "compulsory insurance (bodily injury)"))


def lawyer_whatsapp(g: Gen) -> tuple[str, str, str]:
    matter, law = g.pick(LB_MATTERS)
    client, lawyer, clerk, other = g.person("lb"), g.person("lb"), g.person("lb", True), g.person("lb")
    day = g.base(2023, 2025)
    firm = f"Cabinet {g.firm('lb')} & Associés"
    handle = f"@{client.ascii('_')}{g.digits(2)}"
    body = (f"WhatsApp -- {L('ORGANIZATION', firm)} (office phone {g.phone('lb')})\n"
            f"[{g.stamp('lb', day, 9)}] ~{client.given()}: bonjour ostez, ana {client.lower()}, I got your number from {other.lower_first()}. "
            f"it's about the {K(matter)}\n"
            f"[{g.stamp('lb', day, 9)}] {clerk.given()} (office): Bonjour. Maître {lawyer.sur()} will call you. Pls send a photo of your ID + the contract\n"
            f"[{g.stamp('lb', day, 10)}] ~{client.given()}: 📷 IMG-{g.digits(8)}.jpg -- ID no {L('NATIONAL_ID', g.digits(12))}, sejjel {L('NATIONAL_ID', g.digits(3))} "
            f"{L('LOCATION', g.pick(('Achrafieh', 'Mazraa', 'Jounieh', 'Zahle')))}\n"
            f"[{g.stamp('lb', day, 10)}] ~{client.given()}: el beit b {g.place(LB_HOMES)}, w el maalik ya3ne {other.full()} 3am yhadedna "
            f"{L('URL', 'https://maps.app.goo.gl/' + ''.join(g.rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(17)))}\n"
            f"[{g.stamp('lb', day, 11)}] {lawyer.given()} (Maître): ahla {client.lower_first()}. Under {K(law)} he cannot do that without a judgment. "
            f"I need the {K('power of attorney (wakaleh)')} signed at the notary. My mail: {g.email(lawyer, 'avocats.com.lb')}\n"
            f"[{g.stamp('lb', day, 11)}] ~{client.given()}: ok. his car is always in front, plate {L('LICENSE_NUMBER', g.pick('BGMNOT') + ' ' + g.digits(6))}, "
            f"I'm on insta {L('ACCOUNT_NUMBER', handle)} if easier\n"
            f"[{g.stamp('lb', day, 12)}] {lawyer.given()} (Maître): 👍 appointment {g.day('lb', day, g.rng.randint(2, 9))} at 5pm. Fees {K('USD 300 retainer')}.")
    return "Open a matter note from the chat: client, issue, next step.", body, f"{client.full()} -- {K(matter)}; appointment set."


LU_PRACTICES = ("Cabinet médical Belair", "Gemeinschaftspraxis Ettelbréck", "Cabinet médical Esch-sur-Alzette", "Maison Médicale Kirchberg")
LU_HOMES = ("{n}, rue de Hollerich, L-1741 Luxembourg", "{n}, Grand-Rue, L-9050 Ettelbruck", "{n}, rue de l'Alzette, L-4011 Esch-sur-Alzette",
            "{n}, Haaptstrooss, L-9806 Hosingen", "{n}, rue de la Gare, L-6440 Echternach")
LU_TOPICS = (("résultats prise de sang", ("TSH 7,8 mUI/L", "T4 libre 9 pmol/L"), "L-Thyroxine 50 µg"),
             ("Rezept Verlängerung", ("Blutdruck 152/94 mmHg",), "Amlodipin 5 mg"),
             ("arrêt de travail", ("lombalgie aiguë",), "Ibuprofène 400 mg"),
             ("Impfung", ("Tetanus-Auffrischung fällig",), "Boostrix 0,5 mL"))


def portal_messages(g: Gen) -> tuple[str, str, str]:
    practice = g.pick(LU_PRACTICES)
    topic, findings, drug = g.pick(LU_TOPICS)
    pt, doc, assistant = g.person("lu"), g.person("lu"), g.person("lu", True)
    ymd = g.ymd(1950, 2004)
    day = g.base(2023, 2025)
    body = (f"eSanté -- Dossier de soins partagé, messagerie sécurisée\nPatient: {pt.full()}   Matricule: {g.lu_matricule(ymd)}   "
            f"Né(e) le {g.dob('lu', ymd)}\n\n"
            f"--- {g.stamp('lu', day, g.rng.randint(7, 22))} | {pt.plain()} -> {L('ORGANIZATION', practice)}\n"
            f"Objet: {topic}\nMoien Dr {doc.sur()}, ech hunn d'Resultater gesinn, {', '.join(K(x) for x in findings)}. Wat mussen ech maachen? "
            f"Ech sinn den {g.day('lu', day, 2)} net do. Mäin Handy: {g.phone('lu', True)}. Merci, {pt.given()}\n\n"
            f"--- {g.stamp('lu', day + datetime.timedelta(days=1), g.rng.randint(7, 19))} | {L('ORGANIZATION', practice)} -> {pt.plain()}\n"
            f"Bonjour {pt.formal(('Madame', 'Monsieur'))}, le Dr {doc.full()} vous propose {K(drug)}. L'ordonnance est dans votre DSP. "
            f"Pour la CNS, votre remboursement sera versé sur {g.iban_of('LU', g.digits(3) + g.digits(13))}. "
            f"Adresse de facturation: {g.place(LU_HOMES)}. Cordialement, {assistant.full()}, assistante\n\n"
            f"--- note: patient's son {g.person('lu', False).full()} is a student at the Lycée, matricule scolaire "
            f"{L('STUDENT_ID', g.digits(4) + '-' + g.digits(5))}, asks for the school certificate.")
    return "Summarise the messages and what the practice did.", body, f"{pt.full()}: {K(drug)} prescribed via the portal."


ZM_FIRMS = ("Mwansa Phiri & Associates", "Lusaka Chambers", "Ndola Legal Practitioners", "Copperbelt Advocates")
ZM_HOMES = ("Plot {p}, Kabulonga Road, Lusaka", "House No. {n}, Chelston, Lusaka", "Plot {n}, Nkana East, Kitwe", "Farm No. {p}, Chisamba",
            "Stand {p}, Kansenshi, Ndola")
ZM_MATTERS = (("caveat over the property", "Lands and Deeds Registry Act, Cap. 185"), ("statutory declaration for a lost title deed", "Statutory Declarations Act"),
              ("claim for wrongful dismissal", "Employment Code Act No. 3 of 2019"))


def law_email_thread(g: Gen) -> tuple[str, str, str]:
    firm = g.pick(ZM_FIRMS)
    matter, law = g.pick(ZM_MATTERS)
    client, advocate, secretary, seller = g.person("zm"), g.person("zm"), g.person("zm", True), g.person("zm")
    day = g.base(2023, 2025)
    domain = re.sub(r"[^a-z]", "", firm.lower())[:12] + ".co.zm"
    body = (f"From: {advocate.full()} <{g.email(advocate, domain)}>\nTo: {client.full()} <{g.email(client, g.pick(('gmail.com', 'yahoo.com', 'zamtel.zm')))}>\n"
            f"Date: {g.stamp('zm', day, g.rng.randint(8, 17))}\nSubject: RE: RE: {matter} -- our ref {L('CASE_NUMBER', f'MPA/{g.letters(3)}/{g.digits(3)}/{day.year % 100}')}\n\n"
            f"Dear {client.given()},\n\nWe have lodged the {K(matter)} under the {K(law)}. The cause number is {L('CASE_NUMBER', f'{day.year}/HP/{g.digits(4)}')}. "
            f"Kindly bring your NRC and TPIN certificate to the office.\n\nKind regards,\n{advocate.full()}\nAdvocate, {L('ORGANIZATION', firm)}\n"
            f"{g.place(ZM_HOMES)} | Tel {g.phone('zm')} | {L('URL', f'https://www.{domain}/clients/{g.digits(5)}')}\n\n"
            f"> On {g.day('zm', day, -2)}, {client.plain()} wrote:\n> Good morning sir, my NRC is {L('NATIONAL_ID', f'{g.digits(6)}/{g.digits(2)}/1')} and TPIN "
            f"{L('NATIONAL_ID', g.digits(10))}. The seller {seller.full()} says he will sell to another person. He lives at {g.place(ZM_HOMES)}.\n"
            f"> Sent from my Huawei\n>\n>> On {g.day('zm', day, -5)}, {secretary.plain()} <{g.email(secretary, domain)}> wrote:\n"
            f">> Please send the consent to assign and the deposit of {K('K 45,000')} to account {L('ACCOUNT_NUMBER', g.digits(13))}.\n\n"
            f"CONFIDENTIALITY NOTICE: This e-mail is privileged and confidential and intended only for the addressee. If you are not the "
            f"intended recipient, please notify {L('ORGANIZATION', firm)} immediately and delete it.")
    return "Pull out the matter, the references and the next step.", body, f"{client.full()}: {K(matter)} lodged."


BW_CLINICS = ("Old Naledi Clinic", "Bontleng Clinic", "Mochudi Clinic", "Ramotswa Clinic", "Tlokweng Main Clinic")
BW_HOMES = ("Plot {p}, Block {m}, Gaborone", "Ward {k}, Mochudi", "Plot {t}, Tlokweng", "Extension {k}, Plot {p}, Gaborone")
BW_CASES = (("Hb 7.2 g/dL", "severe anaemia in pregnancy, 32 weeks"), ("BP 168/112 mmHg", "pre-eclampsia, proteinuria 3+"),
            ("CD4 180 cells/uL", "cryptococcal antigen positive"), ("RBS 24.6 mmol/L", "suspected diabetic ketoacidosis"))


def ocr_fax(g: Gen) -> tuple[str, str, str]:
    clinic = g.pick(BW_CLINICS)
    value, dx = g.pick(BW_CASES)
    pt, nurse, doctor = g.person("bw"), g.person("bw", True), g.person("bw")
    day = g.base(2022, 2025)
    omang = f"{g.digits(4)}{2 if pt.female else 1}{g.digits(4)}"
    rng = g.rng
    noisy = lambda s: ocr(s, rng)  # noqa: E731
    last = pt.last.upper()
    cut = rng.randint(2, len(last) - 2)
    broken = f"{noisy(last[:cut])}-\n{noisy(last[cut:])}"
    addr = g.fill(g.pick(BW_HOMES))
    body = (f"FAX {noisy(g.phone_text('bw'))} -> PMH REFERRALS   {g.stamp('bw', day, rng.randint(7, 18))}   P.1/2\n"
            f"REPUBLlC OF BOTSWANA -- MlNlSTRY OF HEALTH\nPAT1ENT REFERRAL FORM\n"
            f"Frorn: {L('ORGANIZATION', noisy(clinic))}   To: Princess Marina Hospital, Gaborone\n"
            f"Patient narne: {L('PERSON', broken)}, {L('PERSON', noisy(pt.first.upper()))}\n"
            f"Omang: {L('NATIONAL_ID', noisy(omang))}   DOB: {L('DATE_TIME', noisy(g.fmt('bw', *g.ymd(1960, 2005))))}\n"
            f"Address: {L('LOCATION', noisy(addr))}   Cell: {L('PHONE_NUMBER', noisy(g.phone_text('bw', True)))}\n"
            f"Reason for re-\nferral: {K(dx)}; {K(value)}.\n"
            f"Next of kin: {L('PERSON', noisy(g.relative(pt, rng.random() < 0.5).plain()))}\n"
            f"Referring nurse: {L('PERSON', noisy(nurse.plain()))}   Seen by Dr {doctor.sur()} on {g.day('bw', day)}")
    return "Read the fax and list what the receiving ward needs to know.", body, f"{pt.full()}: {K(dx)}."


FJ_TOPICS = (("domestic violence restraining order", "Domestic Violence Act 2009", "DVRO"), ("child maintenance", "Family Law Act 2003", "maintenance order"),
             ("unlawful termination at work", "Employment Relations Act 2007", "employment grievance"))
FJ_HOMES = ("Lot {n}, Nadera, Nasinu", "{n} Ratu Mara Road, Samabula, Suva", "Namaka, Nadi, Lot {k}", "Vatuwaqa, {n} Fletcher Road, Suva",
            "Lautoka, Drasa Avenue {n}")


def legal_aid_chatbot(g: Gen) -> tuple[str, str, str]:
    topic, law, remedy = g.pick(FJ_TOPICS)
    user, officer, other = g.person("fj", True), g.person("fj"), g.person("fj", False)
    child = g.relative(user, g.rng.random() < 0.5)
    day = g.base(2023, 2025)
    body = (f"Legal Aid Commission Fiji -- web chat (LAC Bot) hand-off transcript, session {L('CASE_NUMBER', 'WC' + g.digits(7))}\n"
            f"LAC Bot: Bula! What is your name?\nuser: {user.lower()}\n"
            f"LAC Bot: Thank you. What do you need help with?\nuser: i need help with {K(topic)} my husband {other.lower()} keep coming to the house\n"
            f"LAC Bot: I can connect you to a legal officer. Please give a phone number.\nuser: {L('PHONE_NUMBER', g.phone_text('fj', True).replace(' ', ''))} "
            f"or my mum {g.phone('fj')}\nLAC Bot: And your address?\nuser: {L('LOCATION', g.fill(g.pick(FJ_HOMES)).lower())}\n"
            f"user: also my son {child.lower_first()} school id is {L('STUDENT_ID', g.digits(4) + '-' + g.digits(4))} they need letter from court\n"
            f"LAC Bot: Transferring you to a legal officer now.\n--- {g.stamp('fj', day, g.rng.randint(8, 16))} agent {officer.full()} joined ---\n"
            f"{officer.given()}: Bula vinaka {user.given()}. Under the {K(law)} you can apply for a {K(remedy)}. Your FNPF no "
            f"or TIN please for the means test?\nuser: fnpf {L('NATIONAL_ID', g.digits(6))} tin {L('NATIONAL_ID', g.digits(9))}\n"
            f"{officer.given()}: Vinaka. Come to the {L('ORGANIZATION', g.pick(('Suva branch', 'Nasinu branch', 'Lautoka branch', 'Nadi branch')))} "
            f"on {g.day('fj', day, g.rng.randint(1, 6))}.")
    return "Write the intake note for the legal officer.", body, f"{user.full()} needs a {K(remedy)}."


NS_HOMES = ("{n} PORTLAND ST DARTMOUTH", "{n} hwy 1 church point", "{n} main st yarmouth", "{n} REEVES ST PORT HAWKESBURY", "{n} we'koqma'q rd")
NS_COMPLAINTS = (("PINK EYE BOTH EYES CRUSTY", "POLYSPORIN EYE DROPS"), ("uti again burns to pee", "macrobid 100mg"), ("SORE THROAT 4 DAYS FEVER 39", "ADVIL 400MG"),
                 ("rash on arms after hiking maybe poison ivy", "benadryl 25mg"))


def intake_freetext(g: Gen) -> tuple[str, str, str]:
    complaint, took = g.pick(NS_COMPLAINTS)
    pt = g.person("ns")
    friend = g.person("ns")
    ymd = g.ymd(1950, 2006)
    day = g.base(2023, 2025)
    caps = complaint.isupper()
    name = pt.caps() if caps else pt.lower()
    card = f"{g.digits(4)} {g.digits(3)} {g.digits(3)}"
    y, m, d = ymd
    bdate = f"{EN_MONTHS[m - 1].upper()} {d} {y % 100:02d}" if caps else f"{d}/{m}/{y}"
    body = (f"Walk-in clinic online check-in, {g.stamp('ns', day, g.rng.randint(7, 19))} -- free-text fields as typed\n"
            f"Reason for visit: {K(complaint)} {'TOOK' if caps else 'took'} {K(took)} {'NOT HELPING' if caps else 'not helpin'}\n"
            f"Tell us about you: {'MY NAME IS' if caps else 'my name is'} {name} {'BORN' if caps else 'born'} {L('DATE_TIME', bdate)} "
            f"{'HEALTH CARD' if caps else 'health card'} {L('HEALTH_ID', card.replace(' ', '') if g.rng.random() < 0.5 else card)} "
            f"{'I LIVE AT' if caps else 'i live at'} {L('LOCATION', g.fill(g.pick(NS_HOMES)).upper() if caps else g.fill(g.pick(NS_HOMES)).lower())}\n"
            f"Anything else: {'CALL ME' if caps else 'call me'} {g.phone('ns')} {'OR TEXT' if caps else 'or txt'} "
            f"{'MY FRIEND' if caps else 'my freind'} {friend.caps() if caps else friend.lower_first()} {g.phone('ns', True)} "
            f"{'EMAIL' if caps else 'email'} {L('EMAIL_ADDRESS', pt.ascii('') + g.digits(2) + '@' + g.pick(('hotmail.com', 'eastlink.ca', 'gmail.com')))}")
    return "Write the triage nurse's one-line summary.", body, f"{pt.full()}: {K(complaint)}."


def _one_document(write: Callable[[Gen], tuple[str, str, str]]) -> Callable[[Gen], tuple[str, str, str]]:
    """The writer, starting each document with no names given yet."""

    @functools.wraps(write)
    def fresh(g: Gen) -> tuple[str, str, str]:
        g.used = set()
        return write(g)

    return fresh


FORMAL = (involuntary_admission, e_referral, invalidity_opinion, traffic_judgment, accident_report, mobile_emergency, controlled_prescription,
          forensic_exam, tb_treatment_card)
INFORMAL = (triage_call, gp_dictation, court_asr, emergency_call, clinic_sms, lawyer_whatsapp, portal_messages, law_email_thread, ocr_fax,
            legal_aid_chatbot, intake_freetext)
DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {f.__name__: _one_document(f) for f in FORMAL + INFORMAL}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity), found in document order after the end of the one before it."""
    return blind8.span_offsets(r)


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    return blind8.text_fields(record)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
