"""Fourteenth blind scrubbing corpus: twenty registers of conversations (chat records, and instruction records made from chats), from twenty new places.

    python bench/blind14.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind14.py --out blind14.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber
rule, no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only
bench/blind3.py's soundness check, through fedtune.scrubbing.evaluate). Its templates are bench/blind13.py's and bench/blind3.py's
records, labels and soundness check. Unlike every earlier corpus (a document, with an instruction and a short answer around it),
this one is the data a site would actually fine-tune on: conversations. Seven records in ten are fedtune chat records ("messages",
an optional system prompt and four to eight user and assistant turns, three to nine messages in all), three in ten instruction records made from the same
conversations (the instruction is the system prompt and the task, the input the conversation so far with its speakers, the output
the assistant's last reply). The personal data sits in what people type, and the assistant repeats it: it greets by name, reads back
a date of birth, an address, a reference or a phone number, and names the surgery, the school or the landlord again. People type
the way they type to a chatbot: lower case or capitals, typos, SMS abbreviations, emoji, names in lower case ("my son jayden"),
possessives, nicknames, phone numbers spaced every way, addresses given as directions ("the blue house behind the Caltex on
Mulgrave Rd", "flat 2 above the chippy on Lowther St"), dates in every informal form ("DOB 4/7/88", "3rd of june", "last tues"),
and numbers pasted from letters.

Ten registers are clinical: a Cumbrian GP practice's patient-portal messages, a Saskatchewan nurse triage line's chat, a Far North
Queensland pharmacy's chatbot, a Northumberland practice's online consultation form run as a chat, a Scottish Borders hospital's
complaints chat, an Alberta maternity line's chat, a Riverland (South Australia) mental health check-in chat, a Karnataka
children's hospital's WhatsApp-style helpline, a Montana clinic's refill and telehealth portal chat and a Prince Edward Island
hospital's discharge follow-up chat. Ten are legal and social: an eastern Kentucky legal-aid chatbot, a County Durham tenancy-advice
chat, a New Brunswick personal-injury firm's client-intake chat, a Lincolnshire motor insurer's claims chat, an East Riding of
Yorkshire employment-advice chat, a Gippsland (Victoria) family-law advice chat, a Fenland debt-advice chat, a Mpumalanga police
station's online report chat, a Fylde coast (Lancashire) school-admissions and exclusions advice chat and a Shropshire
welfare-rights chat about a disability benefit appeal. STRUCTURED names the six run as forms or scripted flows (the online
consultation, the pharmacy bot, the claims bot, the police report, the refill portal and the school appeal), NARRATIVE the fourteen
free conversations.

Identifiers follow the public descriptions of their formats, with the check digits computed: NHS numbers (weights 10 to 2, modulo
11, a remainder giving 10 never issued), Scotland's CHI numbers (the birth date DDMMYY, two digits, a ninth digit even for a woman,
the NHS check), Australian Medicare card numbers (first digit 2 to 6, the ninth the first eight weighted 1, 3, 7, 9 modulo 10, an
issue number), Australian Individual Healthcare Identifiers (800360, nine digits, a Luhn digit over the sixteen), Canadian social insurance numbers (Luhn), Aadhaar
numbers (Verhoeff), US National Provider Identifiers (Luhn over 80840 and the number), South African identity numbers (the birth
date YYMMDD, four digits below 5000 for a woman, a citizenship digit, 8, a Luhn digit) and UK IBANs (ISO 13616). Drawn in their
published patterns, with no public check: UK driving licence numbers (the surname's first five letters padded with 9, the decade
of birth, the month with 5 added to its tens digit for a woman, the day, the year's last digit, two initials padded with 9, a digit
and two letters), UK National Insurance numbers (the prefix letters' exclusions, six digits, A to D), UK vehicle registrations (two
letters, the age identifier, three letters), South African plates of Mpumalanga (three letters, three digits, MP), Alberta personal
health numbers (five digits, a hyphen, four), Acas early conciliation numbers (R, six digits, the year, two digits), HMCTS social
security appeal references (SC, three digits, the year, five digits), Kentucky district court case numbers (the year, C, five digits),
SAPS case numbers (CAS, a serial, the month, the year), ABHA numbers (fourteen
digits in groups of 2, 4, 4 and 4), US social security numbers and Companies House numbers (eight digits). Where the author found no
public description, numbers are drawn as stated here: Saskatchewan health services numbers (nine digits), Prince Edward Island
health numbers (eight digits), New Brunswick Medicare numbers (nine digits), Montana and Kentucky Medicaid numbers (ten digits),
Centrelink CRNs (nine digits and a letter), Family Court of Australia file numbers (MLC, four digits, the
year), UK county court claim numbers (a letter, a digit, QZ, four digits), unique pupil numbers (a letter and twelve digits),
Karnataka SATS pupil numbers (nine digits), hospital unit numbers, eScript tokens, complaint, claim, policy, tenancy, rent,
council tax, deposit, order, booking, employee and appeal references of each place as each template writes them, UK bank accounts
as a sort code and eight digits.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them or of their nicknames in the name
lists of bench/blind2.py to bench/blind13.py: checked when this module loads): Cumbrian and Geordie (with nicknames typed as given
names: Bazza, Kev, Trev, Gaz, Ged), Borders Scots, Lancashire and East Riding English, Polish, Filipino, Somali, Tamil, Punjabi,
Nigerian (Yoruba and Igbo), Vietnamese, Tongan, Māori, Cree and Saulteaux (Saskatchewan and Alberta), Ukrainian-Canadian, Montana
ranch names and Blackfeet and Crow surnames of more than one word (Old Person, Bird Rattler, Spotted Eagle, Not Afraid), Acadian,
Mi'kmaq and Wolastoqey (Sock, Metallic, Sappier, Labobe), eastern Kentucky, Greek-Australian, Torres Strait Islander, Kannada,
Swati, Zulu and Afrikaans. Hard cases: names typed in lower case by the person and repeated capitalised by the assistant (and the
reverse), names in capitals, possessives (the 's outside the span), nicknames and short forms (Krzysiek, Abdi, Jas, Saia, Thuva),
names that are common words (Sock, Metallic, Cardinal, Gallant, Heron, Storey, Hogg, Combs, Napier, Sailor, Tang, Hazel, Opal, Earle,
Jade), surnames of more than one word, Mc and Mac, accents typed and left off (Dąbrowski, Dabrowski), a name inside an e-mail
address or a profile link, and people's and places' names inside organisations (Queen Elizabeth Hospital, Dr. Everett Chalmers
Regional Hospital, Lady Goschen Hospital, Dr. TMA Pai Hospital, Borders General Hospital, Prince County Hospital); phone numbers
typed with odd spacing and country codes; addresses given as directions around a named place; dates typed every informal way.

Labelling rules are bench/blind13.py's (which extend bench/blind12.py's): the body that issues a number stays outside its span;
social-security, insurance, tax and identity numbers are NATIONAL_ID, numbers that exist for health care HEALTH_ID, professional
registrations, an individual's NPI, driving licences and vehicle plates LICENSE_NUMBER, file, claim, court, complaint, police, appeal,
order and prescription numbers CASE_NUMBER, staff numbers, insurance policies, rent and council tax accounts and bank accounts
without an IBAN ACCOUNT_NUMBER, a pupil's number STUDENT_ID, an ABN and a company's registration COMPANY_REGISTRATION; hospitals,
wards, clinics, practices, pharmacies, schools, councils, housing associations, charities, firms, insurers, garages, employers and
police stations are ORGANIZATION, whole, even when they carry a person's or a place's name, while national and state bodies
(Centrelink, the DWP, Acas, the RCMP, the family court, NHS 111) are left unlabelled; clock times, ages and years on their own are not
labelled, a date with its time is one DATE_TIME; titles (Dr, Mr, Sgt) stay outside a person's span; a street address on one line is
one LOCATION, the town with its postcode another, a suburb, village or region written out its own, while state and province codes and
countries are not labelled; money amounts, ICD-10 codes, drug regimens, clinical scales and scores, lab values with units, statutes
and case citations are protected terms. New calls for this corpus: a relative date that names a day by its weekday or its number
("last tues", "this thurs", "the 14th") is DATE_TIME, as written, while "yesterday", "tonight" and "last week" name no day and are
not labelled; a named landmark with its street in a direction (the Caltex on Mulgrave Rd, the Tesco on Boston Rd) is one LOCATION,
beside a generic one (the chippy on Lowther St) only the street; a chat's greeting by name in the assistant's turn is labelled like any other mention; a nickname given in brackets is
its own PERSON span; an emoji next to a name stays outside it; a speaker's role in an instruction record's transcript (Patient:,
Adviser:) is not labelled.

Earlier corpora, for comparison (from their docstrings): bench/blind.py to bench/blind13.py visited, among others, Australia in
general, the Northern Territory, Tasmania and the Kimberley, Ontario, Quebec, Manitoba, Nova Scotia, Newfoundland, the Yukon and
Nunavut, Scotland, Shetland, Orkney, the Western Isles, Wales, Cornwall, the Isle of Wight, the Isle of Man, the Channel Islands,
Kerala to Bihar, Tamil Nadu and Goa, South Africa (the Western Cape among it), Ghana (the Volta region among it), Alaska and Hawaiʻi.
None of them visited Cumbria, Northumberland, County Durham, the Scottish Borders, the East Riding of Yorkshire, Lincolnshire, the
Fens, the Fylde coast, Shropshire, Saskatchewan, Alberta, New Brunswick, Prince Edward Island, Far North Queensland, the Riverland,
Gippsland, Karnataka, Montana, eastern Kentucky or Mpumalanga (their towns were searched for in every earlier corpus), and none
wrote multi-turn chat records.
"""
from __future__ import annotations

import datetime
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import blind3  # bench/, beside this script
import blind10
import blind13
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Nicknames typed as given names (Bazza, Kev) are given names here.
PEOPLE = {
    "cu": (("Kayleigh", "Courtney", "Leanne", "Carly", "Nicola", "Tracey", "Lindsay"),
           ("Bazza", "Kev", "Trev", "Gaz", "Ashley", "Darren", "Stevie", "Ged"),
           ("Tweddle", "Bramwell", "Hetherington", "Crosthwaite", "Dalzell", "Tinniswood", "Musgrave", "Relph", "Fearon", "Pattinson",
            "Thwaites", "Gaskarth", "Bewley", "Storey", "Charlton", "Milburn", "Errington", "Heron", "Dodd", "Robson")),
    "sc": (("Kirsteen", "Aileen", "Jessie", "Nettie", "Jinty"),
           ("Jock", "Wattie", "Rab", "Tam", "Eck", "Dod"),
           ("Rutherford", "Pringle", "Hogg", "Laidlaw", "Renwick", "Hume", "Aitchison", "Elliot", "Turnbull", "Brydon", "Waugh")),
    "en": (("Hayley", "Charlotte", "Lauren", "Paige", "Jade", "Kelsey", "Leah", "Rebecca", "Lottie", "Dolly", "Enid"),
           ("Liam", "Connor", "Jake", "Luke", "Dean", "Josh"),
           ("Bratley", "Cammack", "Dowse", "Leggate", "Stubbs", "Mawer", "Grundy", "Eccleston", "Pilling", "Cowburn", "Tomlinson", "Bebb",
            "Corbett", "Hotchkiss", "Sumner", "Threlfall", "Swarbrick", "Rimmer")),
    "pl": (("Dorota", "Marzena", "Wiesława", "Kasia", "Beata", "Renata", "Iwona"),
           ("Krzysztof", "Bartosz", "Dariusz", "Sławek", "Ryszard", "Zdzisław", "Artur", "Mariusz"),
           ("Jankowski", "Kaczmarek", "Zieliński", "Szymański", "Wróblewska", "Kowalewski", "Dąbrowski", "Lewandowska", "Pietrzak", "Sobczak")),
    "ph": (("Jennylyn", "Ligaya", "Honeylyn", "Mylene", "Rubylyn", "Jinky", "Loida"),
           ("Jhun", "Jericho", "Dodong", "Ronaldo", "Bayani", "Jonel", "Nonoy"),
           ("Macapagal", "Sumulong", "Dimalanta", "Salonga", "Villaruel", "Pacquing", "Catacutan", "Yabut")),
    "so": (("Ayaan", "Caaliya", "Hibaaq", "Idil", "Muno", "Nimco", "Farhiya", "Ilhan", "Hamdi"),
           ("Abdirahman", "Abdiwali", "Bashiir", "Guure", "Abdikadir", "Jibril", "Mukhtar", "Sharmarke"),
           ("Cawaale", "Egal", "Xasan", "Dirie", "Mohamud", "Nuur", "Yabarow", "Haji", "Cilmi", "Duale")),
    "ta": (("Sinthuja", "Kowsalya", "Mathura", "Vithusha", "Tharshika", "Nivetha", "Kirusha"),
           ("Kajan", "Thuvaragan", "Nirojan", "Piraveen", "Thanushan", "Mayuran", "Sutharsan"),
           ("Balachandran", "Ratnam", "Thambiah", "Selvarajah", "Paramanathan", "Kandiah")),
    "pj": (("Jaswinder", "Mandeep", "Baljit", "Navdeep", "Rajvir", "Simranjit", "Amandeep"),
           ("Kuldeep", "Jagdeep", "Sukhwinder", "Gurjit", "Ranbir", "Lakhbir"),
           ("Bains", "Sekhon", "Bhullar", "Toor", "Aulakh", "Dhaliwal", "Mangat", "Johal", "Sahota")),
    "ng": (("Folake", "Chinonso", "Bukola", "Ebele"),
           ("Tobenna", "Obafemi", "Kayode", "Ifeanyi"),
           ("Afolabi", "Onyekachi", "Ezeh", "Okoro", "Anozie", "Oyeleke")),
    "vn": (("Quynh", "Diep", "Loan", "Xuan"),
           ("Khanh", "Toan", "Cuong", "Lap", "Quan", "Dat"),
           ("Kha", "Tang", "Thach", "Lu", "Vu")),
    "to": (("Sefina", "Talia", "Pisila"),
           ("Siosaia", "Kalolo", "Feleti", "Aisea"),
           ("Mafi", "Kauhalalalo", "Vainikolo", "Fotu", "Latu", "Piutau", "Taumalolo", "Faletau", "Havea")),
    "mi": (("Atawhai", "Wikitoria", "Kiriana", "Maraea", "Tuini"),
           ("Whetu", "Hohepa", "Rongo"),
           ("Herewini", "Waititi", "Rihari", "Tuhoe", "Tamatea", "Katene", "Tukaki")),
    "fn": (("Trudy", "Brandy", "Tina", "Velma", "Rhoda", "Marcie"),
           ("Brent", "Garnet", "Kenton", "Russel", "Lyndon"),
           ("Bigeagle", "Bellegarde", "Kakakaway", "Cardinal", "Wapass", "Lavallee", "Ahenakew", "Lafond", "Starblanket", "Tootoosis",
            "Cuthand", "Kinequon")),
    "uk": (("Lesia", "Olenka", "Iryna", "Nadiya", "Zenovia", "Stefania"),
           ("Orest", "Myron", "Yaroslav", "Vasyl", "Ostap"),
           ("Hnatiuk", "Kowalchuk", "Dmytruk", "Semeniuk", "Boychuk", "Fedoruk", "Yurkiw", "Andrusiak")),
    "mt": (("Shayla", "Brandi", "Cassidy", "Kaycee", "Raelynn", "Mckenna", "Jonna"),
           ("Wyatt", "Colter", "Tanner", "Rowdy", "Tyrel", "Hoyt"),
           ("Halvorson", "Swenson", "Engebretson", "Old Person", "Bird Rattler", "Kipp", "Spotted Eagle", "Not Afraid", "Wagner")),
    "pe": (("Ethel", "Florence", "Myrtle", "Elaine", "Inez", "Verla", "Hazel"),
           ("Vernon", "Lloyd", "Earle", "Harvey", "Reginald"),
           ("Gallant", "Arsenault", "Doucette", "MacPhail", "Gaudet", "Poirier", "Buote", "Cheverie", "Sark", "Labobe", "Jadis")),
    "nb": (("Nathalie", "Lise", "Claudette", "Murielle", "Gisèle"),
           ("Rémi", "Léo", "Donat", "Euclide", "Aurèle", "Ulysse"),
           ("Thériault", "Savoie", "Paulin", "Milliea", "Sock", "Metallic", "Sappier", "Gionet", "Haché", "Chiasson", "Mallais")),
    "ky": (("Sherry", "Oleta", "Ina", "Reba", "Opal", "Pauline", "Lorene"),
           ("Ricky", "Dewey", "Delbert", "Hobart", "Jimmie", "Arlie", "Cecil", "Orville", "Estill"),
           ("Slone", "Hatfield", "McCoy", "Caudill", "Combs", "Sizemore", "Stidham", "Napier", "Bledsoe", "Gayheart", "Ritchie", "Mullins",
            "Hensley", "Adkins")),
    "au": (("Jaslyn", "Breanna", "Shae", "Kiara", "Chloe", "Shanaye", "Jorja", "Macy"),
           ("Brock", "Kody", "Bryce", "Lincoln", "Tate"),
           ("Hobbs", "McInerney", "Dunstan", "Carruthers", "Beveridge", "Trewin", "Hancock", "Pickering", "Gleeson")),
    "gr": (("Angeliki", "Sotiria", "Chrysanthi", "Stamatia", "Ourania"), ("Dimitri", "Kosta", "Spiro", "Lefteris"), ("Kouris", "Theodorakis", "Lekkas", "Mavroudis", "Tsolakis", "Gerakios", "Kyriakou")),
    "ts": (("Nancy", "Mabel", "Gina"), ("Ned", "Tommy", "Wassa", "Getano", "Ephraim"),
           ("Mosby", "Nona", "Bani", "Ahmat", "Tabo", "Waia", "Akiba", "Pearson", "Sailor", "Stephen", "Enosa")),
    "ka": (("Chaitra", "Bhavya", "Sowmya", "Pavithra", "Rashmi", "Suma", "Roopa"),
           ("Manjunath", "Shivakumar", "Basavaraj", "Nagaraj", "Girish", "Yogesh", "Mallikarjun", "Channabasappa"),
           ("Hegde", "Gowda", "Shetty", "Bhat", "Patil", "Rao", "Nayak", "Shanbhag", "Hosmani", "Kamath", "Adiga")),
    "sa": (("Nomsa", "Thandi", "Marelize", "Lerato", "Sbongile", "Ntombi", "Annelie"),
           ("Jabulani", "Riaan", "Bheki", "Mpho", "Dawie"),
           ("Shabangu", "Maseko", "Sibiya", "Mthethwa", "Ngomane", "Mashaba", "Malaza", "Oosthuizen", "Badenhorst", "Nkambule", "Mdluli")),
}  # fmt: skip
NICKNAMES = {"Krzysztof": "Krzysiek", "Abdirahman": "Abdi", "Jaswinder": "Jas", "Channabasappa": "Channa", "Siosaia": "Saia",
             "Thuvaragan": "Thuva", "Kowsalya": "Kowsi", "Manjunath": "Manju", "Sukhwinder": "Sukhi", "Lakhbir": "Lakhi",
             "Mariusz": "Mariuszek", "Delbert": "Delbie", "Orville": "Orv", "Reginald": "Reggie", "Ifeanyi": "Ify"}  # fmt: skip
PARTICLES = blind13.PARTICLES


def fold14(text: str) -> str:
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻéèêëÉ", "acelnoszzACELNOSZZeeeeE")
    return blind13.fold13(text.translate(table))


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold14(name).lower()) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind13.py."""
    return blind13.earlier_names() | blind13.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += list(NICKNAMES.values())
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

    def low(self, full: bool = False) -> str:
        """As people type a name to a chatbot: lower case."""
        return L("PERSON", (self.plain() if full else self.first).lower())

    def caps(self, full: bool = True) -> str:
        return L("PERSON", (self.plain() if full else self.first).upper())

    def poss(self, full: bool = False) -> str:
        """A possessive: the name labelled, the 's left outside."""
        return (self.full() if full else self.given()) + "'s"

    def formal(self) -> str:
        return f"{'Ms' if self.female else 'Mr'} {self.sur()}"

    def nick(self) -> str:
        return L("PERSON", NICKNAMES.get(self.first, self.first))

    def bare(self) -> str:
        """The name with its accents left off, as a phone keyboard types it."""
        return L("PERSON", fold14(self.plain()))

    def ascii(self) -> tuple[str, str]:
        return (re.sub(r"[^a-z]", "", fold14(self.first).lower()), re.sub(r"[^a-z]", "", fold14(self.last).lower()))

    def he(self) -> str:
        return "she" if self.female else "he"

    def his(self) -> str:
        return "her" if self.female else "his"

    def him(self) -> str:
        return "her" if self.female else "him"


EN_MONTHS = blind13.EN_MONTHS
ORDINAL = blind13.ORDINAL
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SHORT_DAYS = ("mon", "tues", "weds", "thurs", "fri", "sat", "sun")
US_STYLE = {"mt", "ky"}
EMOJI = ("🙏", "😩", "😢", "👍", "🙂", "😭", "🤞", "😬")

# ---------------------------------------------------------------- identifiers: check digits from the formats' public descriptions

luhn = blind13.luhn
iban = blind13.iban  # ISO 13616
npi_digit = blind13.npi_digit
nhs_digit = blind13.nhs_digit
medicare_digit = blind13.medicare_digit
verhoeff_digit = blind13.verhoeff_digit
abn_ok = blind13.abn_ok


def ihi_ok(n: str) -> bool:
    """Australian Individual Healthcare Identifier: sixteen digits, 800360 first, the last a Luhn digit over the other fifteen."""
    return len(n) == 16 and n.startswith("800360") and luhn(n[:15]) == n[15]


def sa_id_ok(n: str) -> bool:
    """South African identity number: thirteen digits, a valid YYMMDD first, the last a Luhn digit over the other twelve."""
    return len(n) == 13 and n.isdigit() and luhn(n[:12]) == n[12]


assert nhs_digit("943476591") == 9 and medicare_digit("21234567") == 0 and abn_ok("51824753556") and verhoeff_digit("236") == "3"
assert luhn("04645428") == "6" and npi_digit("123456789") == "3" and iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"

PHONES = {
    "cumbria": ("01946 6#####", "01900 8#####", "07### ######", "07### ### ###", "+44 7### ######", "017687 7####"),
    "sask": ("(306) 7##-####", "306-###-####", "306 ### ####", "3069######"),
    "fnq": ("04## ### ###", "(07) 40## ####", "0407 ### ###", "+61 4## ### ###", "04########"),
    "northumberland": ("01434 6#####", "01665 5#####", "07### ######", "07#########", "+44 7### ### ###"),
    "borders": ("01896 7#####", "01450 3#####", "07### ######", "07### ### ###"),
    "alberta": ("(403) 3##-####", "780-###-####", "403 ### ####", "(780) 5##-####"),
    "riverland": ("(08) 858# ####", "04## ### ###", "0428 ### ###", "08 858# ####"),
    "karnataka": ("+91 98### #####", "94### #####", "0821 2######", "+91 9#########"),
    "montana": ("(406) 265-####", "406-###-####", "406.###.####", "(406) 7##-####"),
    "pei": ("(902) 566-####", "902-###-####", "902 436 ####", "(902) 8##-####"),
    "kentucky": ("(606) 4##-####", "606-###-####", "606 ### ####", "(606) 8##-####"),
    "durham": ("01388 6#####", "07### ######", "07#########", "0191 5## ####"),
    "nb": ("(506) 4##-####", "506-###-####", "506 ### ####", "(506) 7##-####"),
    "lincs": ("01754 7#####", "01775 7#####", "07### ######", "+44 7### ######"),
    "eastriding": ("01262 6#####", "01405 7#####", "07### ######", "07### ### ###"),
    "gippsland": ("(03) 51## ####", "04## ### ###", "0438 ### ###", "03 56## ####"),
    "fens": ("01945 5#####", "01354 6#####", "07### ######", "07#########"),
    "mpumalanga": ("+27 13 7## ####", "07# ### ####", "08# ### ####", "013 75# ####", "+27 8# ### ####"),
    "fylde": ("01253 8#####", "01253 7#####", "07### ######", "07### ### ###"),
    "shropshire": ("01584 8#####", "01952 2#####", "07### ######", "+44 7### ######"),
}  # fmt: skip


# ---------------------------------------------------------------- the generator


class Gen(blind13.Gen):
    """bench/blind13.py's draws (its identifiers with a check among them), with this corpus's people, dates and identifiers."""

    def person(self, culture: str, female: bool | None = None) -> Person:  # type: ignore[override]
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        return Person(self._name(women if female else men), self._name(surnames), culture, female)

    def relative(self, p: Person, female: bool) -> Person:  # type: ignore[override]
        r = self.person(p.culture, female)
        r.last = p.last
        return r

    def firm(self, culture: str) -> str:
        return self._name(PEOPLE[culture][2])

    def of(self, *cultures: str, female: bool | None = None) -> Person:
        return self.person(self.pick(cultures), female)

    # dates, typed

    def typed_dob(self, ymd: tuple[int, int, int], us: bool = False) -> str:
        """A date of birth as people type it: 4/7/88, 04/07/1988, 4.7.88, 4th july 88, 4 Jul 1988."""
        y, m, d = ymd
        if us:
            d, m = m, d
        mon = EN_MONTHS[(d if us else m) - 1]
        day = m if us else d
        forms = (f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y % 100:02d}", f"{d}-{m}-{y}")
        if not us:
            forms += (f"{day}{ORDINAL(day)} {mon.lower()} {y % 100:02d}", f"{day} {mon[:3]} {y}", f"{day}{ORDINAL(day)} of {mon.lower()} {y}")
        else:
            forms += (f"{mon.lower()} {day} {y}", f"{mon[:3]} {day} {y}")
        return L("DATE_TIME", self.pick(forms))

    def read_back(self, ymd: tuple[int, int, int], us: bool = False) -> str:
        """The assistant's tidy reading of a date."""
        y, m, d = ymd
        mon = EN_MONTHS[m - 1]
        return L("DATE_TIME", f"{mon} {d}, {y}" if us else f"{d} {mon} {y}")

    def typed_day(self, date: datetime.date, us: bool = False) -> str:
        """A recent day as people type it: 3rd of june, june 3, the 3rd, 3/6, tues 3rd, last tues."""
        d, m = date.day, date.month
        mon = EN_MONTHS[m - 1]
        forms = [f"{d}{ORDINAL(d)} of {mon.lower()}", f"{mon.lower()} {d}", f"the {d}{ORDINAL(d)}", f"{SHORT_DAYS[date.weekday()]} {d}{ORDINAL(d)}",
                 f"{d} {mon[:3].lower()}", f"{m}/{d}" if us else f"{d}/{m}", f"last {self.pick((SHORT_DAYS, WEEKDAYS))[date.weekday()]}",
                 f"{WEEKDAYS[date.weekday()]} {d}{ORDINAL(d)} {mon}"]
        text = self.pick(forms)
        if text.startswith("the "):  # "the" stays outside the span
            return "the " + L("DATE_TIME", text[4:])
        return L("DATE_TIME", text)

    def tidy_day(self, date: datetime.date, us: bool = False) -> str:
        mon = EN_MONTHS[date.month - 1]
        return L("DATE_TIME", self.pick((f"{WEEKDAYS[date.weekday()].capitalize()} {date.day} {mon}", f"{date.day} {mon} {date.year}"))
                 if not us else self.pick((f"{mon} {date.day}", f"{mon} {date.day}, {date.year}", f"{date.month:02d}/{date.day:02d}/{date.year}")))

    def slot(self, date: datetime.date, us: bool = False) -> str:
        """An appointment: a date with its time, one span."""
        hour = self.rng.randint(8, 16)
        mins = self.pick(("00", "15", "30", "45", "10", "40"))
        mon = EN_MONTHS[date.month - 1]
        if us:
            return L("DATE_TIME", f"{WEEKDAYS[date.weekday()].capitalize()}, {mon} {date.day} at {hour if hour <= 12 else hour - 12}:{mins} {'am' if hour < 12 else 'pm'}")
        return L("DATE_TIME", self.pick((f"{WEEKDAYS[date.weekday()].capitalize()} {date.day} {mon} at {hour:02d}:{mins}",
                                         f"{date.day}/{date.month:02d}/{date.year} {hour:02d}:{mins}")))

    def phone_of(self, place: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[place])))

    def mail(self, p: Person, domain: str) -> str:
        first, last = p.ascii()
        local = self.pick((f"{first}.{last}", f"{first}{last}{self.digits(2)}", f"{first[0]}{last}", f"{first}_{last}{self.digits(4)}", f"{last}{first[0]}"))
        return L("EMAIL_ADDRESS", f"{local}@{domain}")

    def emoji(self) -> str:
        return self.pick(EMOJI) if self.rng.random() < 0.5 else ""

    def pc(self, area: str) -> str:
        return self.uk_postcode(area)

    # identifiers with a published check

    def ihi(self) -> str:
        fifteen = "800360" + self.digits(9)
        n = fifteen + luhn(fifteen)
        return self.pick((f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", n))

    def sa_id(self, ymd: tuple[int, int, int], female: bool) -> str:
        y, m, d = ymd
        gender = f"{self.rng.randint(0, 4999) if female else self.rng.randint(5000, 9999):04d}"
        twelve = f"{y % 100:02d}{m:02d}{d:02d}{gender}08"
        return twelve + luhn(twelve)

    # identifiers drawn in their published patterns (no public check)

    def uk_licence(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """A UK (DVLA) driving licence number built from the holder's surname, birth date and initials."""
        y, m, d = ymd
        sur = re.sub(r"[^A-Z]", "", fold14(p.last).upper())[:5].ljust(5, "9")
        month = m + 50 if p.female else m
        initials = (re.sub(r"[^A-Z]", "", fold14(p.first).upper())[:1] + "9")[:2]
        n = f"{sur}{(y // 10) % 10}{month:02d}{d:02d}{y % 10}{initials}9{self.letters(2)}"
        return self.pick((n, f"{n[:5]} {n[5:11]} {n[11:]}"))

    def uk_plate(self) -> str:
        return f"{self.letters(2)}{self.pick(('19', '69', '20', '70', '21', '71', '22', '72', '23', '73'))} {self.letters(3)}"

    def acas(self, year: int) -> str:
        return f"R{self.digits(6)}/{year % 100:02d}/{self.digits(2)}"

    def sscs(self, year: int) -> str:
        return f"SC{self.digits(3)}/{year % 100:02d}/{self.digits(5)}"

    def abha(self) -> str:
        n = self.pick("3456789") + self.digits(13)
        return f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:]}"

    def ahpra(self, prefix: str) -> str:
        return prefix + self.digits(10)

    def sort_account(self) -> str:
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)} {self.digits(8)}"


Turns = list[tuple[str, str]]
Chat = tuple[str, Turns, str]  # (system prompt, turns, the task an instruction record states)

# ---------------------------------------------------------------- clinical registers

CUMBRIA = (("Whitehaven", "CA28"), ("Workington", "CA14"), ("Cockermouth", "CA13"), ("Keswick", "CA12"), ("Maryport", "CA15"), ("Egremont", "CA22"),
           ("Penrith", "CA11"), ("Wigton", "CA7"), ("Millom", "LA18"))
CU_PRACTICES = ("Castlegate and Derwent Surgery", "Solway Health Services", "Lowther Medical Practice", "Seascale Health Centre", "Helvellyn View Surgery")
CU_PROBLEMS = (("my inhaler", "salbutamol 100 micrograms 2 puffs as needed", "clenil modulite 100 micrograms 2 puffs twice daily"),
               ("my blood pressure tablets", "amlodipine 5 mg once daily", "ramipril 2.5 mg once daily"),
               ("the mirtazapine", "mirtazapine 15 mg at night", "sertraline 50 mg once daily"))


def gp_portal_thread(g: Gen) -> Chat:
    """A Cumbrian GP practice's patient-portal messages: a patient, the practice's assistant, a son and a carer."""
    pt = g.of("cu", "pl", "ph")
    son = g.relative(pt, False)
    carer, gp = g.of("cu", "ph"), g.of("cu", "en")
    town, area = g.pick(CUMBRIA)
    practice = g.pick(CU_PRACTICES)
    what, drug, other = g.pick(CU_PROBLEMS)
    dob = g.ymd(1938, 1990)
    day = g.base()
    street = g.pick(("Lowther St", "Tangier St", "Main St", "Station Rd", "Market Pl"))
    system = f"You are the online assistant of {g.org(practice)} in {g.loc(town)}. Be brief and kind; never diagnose."
    turns = [("user", f"hiya its {pt.low(True)} dob {g.typed_dob(dob)} {g.emoji()} need a repeat of {what} ({K(drug)}) plz, "
                      f"ran out {g.typed_day(day)}. can my son {son.low()} pick it up from {g.org(g.pick(('Harbourside Pharmacy', 'Boots on King St', 'Fell View Pharmacy')))}"),
             ("assistant", f"Thanks {pt.given()}. I have {pt.full()}, born {g.read_back(dob)}. Could you confirm your NHS number or the first line of your address?"),
             ("user", f"nhs no is {L('HEALTH_ID', g.nhs_number(spaced=g.rng.random() < 0.5))} address flat {g.rng.randint(1, 6)} above the chippy on {g.loc(street)}, "
                      f"{g.loc(town)} {g.loc(g.pc(area))}. mobile {g.phone_of('cumbria')}"),
             ("assistant", f"Thank you. I've sent the request for {K(drug)} to Dr {gp.sur()}. {son.given()} can collect it with ID; please allow two working days.")]
    if g.rng.random() < 0.6:
        turns += [("user", f"also my carer {carer.full()} from {g.org(g.pick(('Copeland Care at Home Ltd', 'Allerdale Homecare', 'Eden Valley Carers CIC')))} says the "
                           f"{K(other)} makes me dizzy?? shes on {g.phone_of('cumbria')} if u need her"),
                  ("assistant", f"I've added that to the note for Dr {gp.full()}, who may ring {carer.given()} or you about the {K(other)}. "
                                f"If you feel faint or fall, call {K('NHS 111')} or 999.")]
    return system, turns, "Reply to the patient's last message as the practice's assistant."


SASK = (("Prince Albert", "S6V"), ("Moose Jaw", "S6H"), ("Yorkton", "S3N"), ("Swift Current", "S9H"), ("North Battleford", "S9A"), ("Estevan", "S4A"),
        ("Melfort", "S0E"), ("La Ronge", "S0J"))
SK_RESERVES = ("Ahtahkakoop Cree Nation", "Sturgeon Lake First Nation", "Muskoday First Nation", "Cote First Nation", "Red Earth Cree Nation")


def nurse_triage_chat(g: Gen) -> Chat:
    """A Saskatchewan nurse triage line's chat about a child with a fever: the parent, the nurse, the clinic, the reserve."""
    parent = g.of("fn", "uk", "ph", female=True)
    child = g.relative(parent, g.rng.random() < 0.5)
    nurse, doctor = g.of("uk", "fn", female=True), g.of("fn", "uk")
    town, fsa = g.pick(SASK)
    reserve = g.pick(SK_RESERVES)
    born = g.ymd(2017, 2023)
    day = g.base()
    temp = g.pick(("39.4", "39.8", "40.1", "38.9"))
    system = f"You are {nurse.given()}, a registered nurse answering the province's triage line chat. Ask before advising."
    turns = [("user", f"HI MY {'DAUGHTER' if child.female else 'SON'} {child.caps(False)} HAS A FEVER {K(temp + ' C')} SINCE {g.typed_day(day).upper()} AND WONT DRINK. "
                      f"WE ARE OUT ON {g.loc(reserve.upper())} ABOUT 40 MIN FROM {g.loc(town.upper())}"),
             ("assistant", f"Hi, I'm {nurse.given()}. I'm sorry {child.given()} is unwell. Can I have {child.poss()} full name, date of birth and health services number?"),
             ("user", f"{child.low(True)} born {g.typed_dob(born)} hsn {L('HEALTH_ID', g.digits(9))}. im {parent.poss(False)} mom {parent.low(True)} cell {g.phone_of('sask')}"),
             ("assistant", f"Thank you. {child.full()}, born {g.read_back(born)}. Has {child.he()} had {K('acetaminophen 15 mg/kg')} in the last four hours, and is "
                           f"{child.he()} peeing?"),
             ("user", f"gave tylenol at 6. only 1 wet diaper today. dr {L('PERSON', doctor.last.lower())} at {g.org(g.pick(('Victoria Hospital', 'Yorkton Regional Health Centre', 'Cypress Regional Hospital', 'La Ronge Health Centre')))} saw {child.him()} before"),
             ("assistant", f"One wet diaper in a day is a concern. Please take {child.given()} to the emergency department at the {g.org(g.pick(('Victoria Hospital', 'Battlefords Union Hospital', 'Moose Jaw Union Hospital')))} "
                           f"now; I'll leave a note under {child.poss()} health services number. If {child.he()} is hard to wake, call 911.")]
    if g.rng.random() < 0.5:
        turns.insert(4, ("assistant", f"And your address in case we need to send help? You said near {g.loc(town)}."))
        turns.insert(5, ("user", f"box {g.rng.randint(10, 400)}, {g.loc(reserve)}, SK {g.loc(fsa + ' ' + g.digits(1) + g.letters(1) + g.digits(1))}"))
    return system, turns, "Continue the triage chat as the nurse."


FNQ = (("Cairns", "4870"), ("Atherton", "4883"), ("Mareeba", "4880"), ("Innisfail", "4860"), ("Port Douglas", "4877"), ("Cooktown", "4895"), ("Gordonvale", "4865"),
       ("Malanda", "4885"))
FNQ_SCRIPTS = (("metformin XR 1000 mg once daily", "sitagliptin 100 mg once daily"), ("rosuvastatin 20 mg at night", "ezetimibe 10 mg once daily"),
               ("levothyroxine 100 micrograms once daily", "calcium carbonate 600 mg once daily"), ("apixaban 5 mg twice daily", "metoprolol 47.5 mg once daily"))


def pharmacy_chatbot(g: Gen) -> Chat:
    """A Far North Queensland pharmacy's order bot: an eScript, Medicare and IHI, delivery directions, a carer."""
    pt = g.of("ts", "au", "to")
    carer = g.of("ts", "au", "to")
    pharmacist = g.of("au", "gr")
    town, pc = g.pick(FNQ)
    drug, other = g.pick(FNQ_SCRIPTS)
    shop = g.pick(("Mulgrave Road Amcal", "Tablelands Family Pharmacy", "Cassowary Coast Chemist", "Reef Pharmacy Port Douglas"))
    dob = g.ymd(1945, 1995)
    day = g.base()
    system = f"This is the order assistant of {g.org(shop)}. Confirm identity before dispensing; the pharmacist checks every order."
    turns = [("assistant", "G'day! Paste your eScript token or type your name and date of birth to start 🙂"),
             ("user", f"{pt.low(True)} {g.typed_dob(dob)} token {L('CASE_NUMBER', g.digits(1) + g.letters(1) + g.hexa(16).upper())} its for my {K(drug)}"),
             ("assistant", f"Thanks {pt.given()}. {pt.full()}, born {g.read_back(dob)}: {K(drug)}, 90 tablets. Medicare card number please?"),
             ("user", f"medicare {L('HEALTH_ID', g.medicare())} ihi if u need it {L('HEALTH_ID', g.ihi())}"),
             ("assistant", f"Got it. It's {K('$7.70')} on your concession card. Pick up or delivery?"),
             ("user", f"delivery pls to {g.place(('{k} Mulgrave Rd', '{n} Byrnes St', '{k} Rankin St', '{n} Mill St', '{k} Kennedy Hwy'))}, {g.loc(town)} {g.loc(pc)}. "
                      f"its the blue house behind the {g.loc('Caltex on ' + g.pick(('Mulgrave Rd', 'Byrnes St', 'Bruce Hwy')))}, dogs friendly lol. if im not home give it to {carer.low()} next door {g.phone_of('fnq')}"),
             ("assistant", f"Order {L('CASE_NUMBER', 'RX' + g.digits(6))} is booked for delivery {g.slot(day)}. {pharmacist.full()} will check it first; "
                           f"{carer.given()} can sign for it. Keep taking your {K(other)} as before.")]
    return system, turns, "Write the order bot's next reply."


NORTHUMBERLAND = (("Hexham", "NE46"), ("Alnwick", "NE66"), ("Morpeth", "NE61"), ("Berwick-upon-Tweed", "TD15"), ("Amble", "NE65"), ("Haltwhistle", "NE49"),
                  ("Rothbury", "NE65"), ("Bellingham", "NE48"))
NU_SYMPTOMS = (("a rash on my leg thats spreading", "cellulitis", "flucloxacillin 500 mg four times daily"),
               ("burning when i wee and back pain", "a urinary tract infection", "nitrofurantoin 100 mg modified release twice daily"),
               ("chest feels tight when i walk up the bank", "angina", "glyceryl trinitrate spray 400 micrograms as needed"))


def econsult_form(g: Gen) -> Chat:
    """A Northumberland practice's online consultation form, asked one question at a time by the form's assistant."""
    pt = g.of("cu", "ng", "so")
    gp, partner = g.of("cu", "en"), g.of("cu", "ng", "so")
    town, area = g.pick(NORTHUMBERLAND)
    farm = g.pick(("Low Shield Farm", "Greenhaugh", "Ridsdale", "West Woodburn", "Harbottle", "Wark"))
    symptom, condition, drug = g.pick(NU_SYMPTOMS)
    dob = g.ymd(1950, 2004)
    day = g.base()
    practice = g.pick(("Tynedale Valley Medical Group", "Coquet Medical Group", "Aln Medical Practice", "Haltwhistle and Bellingham Practice"))
    system = f"Online consultation for {g.org(practice)}. Ask the questions in order; give no diagnosis."
    turns = [("assistant", "Who is this consultation for? Please give the full name and date of birth."),
             ("user", f"me, {pt.full()} {g.typed_dob(dob)}"),
             ("assistant", f"Thanks, {pt.given()}. What is the problem, and since when?"),
             ("user", f"{symptom} since {g.typed_day(day)}. tried paracetamol. ive had {K(condition)} before and dr {gp.sur()} gave me {K(drug)}"),
             ("assistant", "Where do you live, and what number can the practice call?"),
             ("user", f"{g.loc(farm)} out past {g.loc(g.pick(('Kielder', 'Elsdon', 'Otterburn', 'Wooler')))}, {g.loc(town)} {g.loc(g.pc(area))} "
                      f"nhs {L('HEALTH_ID', g.nhs_number())} best on {g.phone_of('northumberland')} or my partner {partner.low(True)} {g.phone_of('northumberland')}"),
             ("assistant", f"Thank you. Your form (reference {L('CASE_NUMBER', 'EC-' + g.digits(8))}) goes to Dr {gp.full()} today. If the "
                           f"symptoms worsen before {partner.given()} or you hear from us, call {K('NHS 111')}.")]
    return system, turns, "Finish the online consultation as the form's assistant."


BORDERS = (("Galashiels", "TD1"), ("Hawick", "TD9"), ("Kelso", "TD5"), ("Peebles", "EH45"), ("Jedburgh", "TD8"), ("Melrose", "TD6"), ("Selkirk", "TD7"), ("Duns", "TD11"),
           ("Eyemouth", "TD14"))


def complaints_chat(g: Gen) -> Chat:
    """A Scottish Borders hospital's complaints chat: a daughter complains about her father's discharge."""
    daughter = g.of("sc", "pl", female=True)
    dad = g.relative(daughter, False)
    officer, consultant, nurse = g.of("sc", "en"), g.of("sc", "pl"), g.of("sc", "ph", female=True)
    town, area = g.pick(BORDERS)
    born = g.ymd(1932, 1955)
    day = g.base()
    ward = g.pick(("Ward 5", "Ward 7", "Ward 9", "the Medical Assessment Unit"))
    system = f"You are the feedback and complaints assistant of {g.org('Borders General Hospital')}, {g.loc('Melrose')}."
    turns = [("user", f"i want to make a complaint. my dad {dad.low(True)} was sent home from {g.org(ward)} on {g.typed_day(day)} at 11 at night in a taxi "
                      f"to {g.loc(g.pick(('Denholm', 'Yetholm', 'Ancrum', 'Newcastleton', 'Earlston')))} with nobody told {g.emoji()}"),
             ("assistant", f"I'm very sorry. So I can find {dad.poss()} records, could you give his date of birth and CHI number, and your own name and relationship?"),
             ("user", f"dob {g.typed_dob(born)} chi {L('HEALTH_ID', g.chi_number(born, False))}. im his daughter {daughter.full()}, {g.phone_of('borders')}, "
                      f"{g.mail(daughter, g.pick(('btinternet.com', 'gmail.com', 'outlook.com')))}"),
             ("assistant", f"Thank you, {daughter.formal()}. I have {dad.full()}, born {g.read_back(born)}. What happened after he got home?"),
             ("user", f"he fell in the kitchen at {g.place(('{k} Bourtree Pl', '{n} High St', '{k} Wilton Hill', '{k} Abbotsford Rd'))}, {g.loc(town)}, and lay there till the carer "
                      f"{nurse.given()} came at 8. he is on {K('warfarin')} with an {K('INR of 3.4')}. staff nurse {nurse.sur()} said dr {consultant.sur()} knew he lived alone"),
             ("assistant", f"Your complaint is logged as {L('CASE_NUMBER', 'COMP/' + str(day.year) + '/' + g.digits(4))}. {officer.full()}, complaints officer, will call you on "
                           f"the number you gave within three working days; the {K('Patient Rights (Scotland) Act 2011')} gives you twenty working days for a full reply.")]
    return system, turns, "Reply to the complainant as the complaints assistant."


ALBERTA = (("Red Deer", "T4N"), ("Medicine Hat", "T1A"), ("Grande Prairie", "T8V"), ("Lloydminster", "T9V"), ("Drumheller", "T0J"), ("Camrose", "T4V"),
           ("Wetaskiwin", "T9A"), ("Brooks", "T1R"))


def maternity_chat(g: Gen) -> Chat:
    """An Alberta maternity line's chat: a pregnant woman, her partner, her midwife, the hospital."""
    mum = g.of("uk", "pj", "fn", female=True)
    partner, midwife = g.of("uk", "pj", "fn", female=False), g.of("uk", "fn", female=True)
    town, fsa = g.pick(ALBERTA)
    dob = g.ymd(1985, 2004)
    due = g.base(2024, 2025)
    hospital = g.pick(("Red Deer Regional Hospital Centre", "Medicine Hat Regional Hospital", "Queen Elizabeth II Hospital", "Camrose St. Mary's Hospital"))
    system = "You are the maternity line's chat nurse. Send anyone bleeding or in strong labour to hospital."
    turns = [("user", f"hi im 36 weeks, due {g.typed_day(due)}, and ive had bad headaches n swollen hands since yesterday 😬 this is {mum.low(True)}"),
             ("assistant", f"Hi {mum.given()}, thanks for reaching out. Headache and swelling at 36 weeks need checking today. Can I have your PHN and date of birth?"),
             ("user", f"phn {L('HEALTH_ID', g.digits(5) + '-' + g.digits(4))}, dob {g.typed_dob(dob)}. my midwife is {midwife.low(True)} but she's not picking up"),
             ("assistant", f"Thanks. {mum.full()}, born {g.read_back(dob)}. Your blood pressure at the last visit was {K('148/96 mmHg')}, and with your symptoms I'd like you seen at "
                           f"{g.org(hospital)} labour and delivery within the hour. Can someone drive you?"),
             ("user", f"my husband {partner.full()}{' (' + partner.nick() + ')' if partner.first in NICKNAMES else ''} can, we're at {g.place(('{n} Range Road {k}', '{k} {m}th Ave', '{n} Gaetz Ave', 'Box {n}, RR {m}'))}, {g.loc(town)}, "
                      f"{g.loc(fsa + ' ' + g.digits(1) + g.letters(1) + g.digits(1))}. his cell {g.phone_of('alberta')}"),
             ("assistant", f"Good. I'll call ahead to {g.org(hospital)} and leave a message for {midwife.given()}. If you get vision changes or pain under your ribs on the "
                           f"way, call 911. Take your {K('labetalol 100 mg twice daily')} with you.")]
    return system, turns, "Reply as the maternity line's chat nurse."


RIVERLAND = (("Berri", "5343"), ("Renmark", "5341"), ("Loxton", "5333"), ("Waikerie", "5330"), ("Barmera", "5345"), ("Monash", "5342"), ("Paringa", "5340"))


def mental_health_checkin(g: Gen) -> Chat:
    """A Riverland mental health service's check-in chat: a fruit grower, his worker, his GP, the block."""
    client = g.of("gr", "au", "pj")
    partner = g.relative(client, not client.female)
    worker, gp = g.of("au", "gr"), g.of("au", "pj")
    town, pc = g.pick(RIVERLAND)
    day = g.base()
    employer = g.pick(("{a} Citrus Pty Ltd", "Riverland Wine Growers Co-op", "{a} Almonds")).format(a=g.firm(client.culture))
    system = f"You are the check-in assistant of {g.org('Riverland Mental Health Service')}. Escalate any risk to the on-call clinician."
    turns = [("user", f"hey its {client.low()} again. {worker.low()} said to message u if things got bad. havent slept since {g.typed_day(day)}, crop got hailed out"),
             ("assistant", f"Thanks for messaging, {client.given()}. I'm glad you did. On a scale of 0 to 10, how are you feeling right now, and are you safe?"),
             ("user", f"like a 2. not going to do anything stupid, {partner.given()} is here. my {K('PHQ-9')} was {K('PHQ-9 score of 19')} last time with dr {gp.sur()}"),
             ("assistant", f"Thank you for telling me. I'll ask {worker.full()} to call you today. Is {g.phone_of('riverland')} still your number?"),
             ("user", f"nah new one {g.phone_of('riverland')}. or ring the shed at the block, {g.place(('Section {t} Hundred of Cobdogla', 'Lot {k} Sturt Hwy', '{k} Old Sturt Hwy', 'Block {t} Ral Ral Ave'))}, "
                      f"{g.loc(town)} {g.loc(pc)}. work ({g.org(employer)}) doesnt know"),
             ("assistant", f"Understood, I won't contact {g.org(employer)}. {worker.given()} will ring by 3 pm. Keep taking the {K('sertraline 100 mg once daily')}. "
                           f"If things get worse, call {K('13 14 65')} (Lifeline) or 000.")]
    if g.rng.random() < 0.5:
        turns.insert(2, ("assistant", f"Is your Medicare number still {L('HEALTH_ID', g.medicare())}? I want to make sure we have the right file."))
        turns.insert(3, ("user", "ye thats it"))
    return system, turns, "Reply to the client as the check-in assistant."


KARNATAKA = (("Mysuru", "570"), ("Mangaluru", "575"), ("Hubballi", "580"), ("Udupi", "576"), ("Davanagere", "577"), ("Belagavi", "590"), ("Shivamogga", "577"),
             ("Hassan", "573"))


def child_health_helpline(g: Gen) -> Chat:
    """A Karnataka children's hospital's WhatsApp-style helpline: a mother, her child's UHID, Aadhaar, ABHA and school."""
    mum = g.person("ka", True)
    child = g.relative(mum, g.rng.random() < 0.5)
    child.last = mum.last
    doctor, teacher = g.person("ka"), g.person("ka")
    town, pin = g.pick(KARNATAKA)
    born = g.ymd(2012, 2021)
    day = g.base()
    hospital = g.pick(("Cheluvamba Hospital", "Lady Goschen Hospital", "KIMS Hubballi", "Dr. TMA Pai Hospital", "Mahaveer Jain Children's Hospital"))
    system = f"You are the helpline assistant of {g.org(hospital)}, {g.loc(town)}. Book reviews; never change a dose."
    turns = [("user", f"Good morning mam. My {'daughter' if child.female else 'son'} {child.low()} UHID {L('HEALTH_ID', g.letters(2) + g.digits(8))} was discharged on "
                      f"{g.typed_day(day)} after {K('dengue fever')}. Today again fever 🙏"),
             ("assistant", f"Good morning. I'm sorry {child.given()} has fever again. Please share {child.poss()} full name, date of birth and the parent's Aadhaar or ABHA number."),
             ("user", f"{child.full()}, DOB {g.typed_dob(born)}, my Aadhaar {L('NATIONAL_ID', g.aadhaar())}, ABHA {L('HEALTH_ID', g.abha())}. I am {mum.full()}"),
             ("assistant", f"Thank you, {mum.given()} madam. {child.full()}, born {g.read_back(born)}. Platelets at discharge were {K('platelet count 92,000/µL')}. "
                           f"Is {child.he()} drinking and passing urine?"),
             ("user", f"yes drinking. school {g.org(g.pick(('Marimallappa High School', 'St. Aloysius School', 'Vidyavardhaka School', 'Kendriya Vidyalaya')))} teacher {teacher.low(True)} "
                      f"sent home, SATS no {L('STUDENT_ID', g.digits(9))}. we are in {g.place(('{k} Cross, Vijayanagar', '{n} 4th Main, Kuvempunagar', 'near Ganesha temple, {k} Cross', 'door no {t}, Car Street'))}, "
                      f"{g.loc(town + ' ' + pin + g.digits(3))}, ph {g.phone_of('karnataka')}"),
             ("assistant", f"Please bring {child.given()} to the paediatric OPD tomorrow, review with Dr {doctor.full()} at {g.slot(day + datetime.timedelta(days=g.rng.randint(5, 20)))}. "
                           f"Give {K('paracetamol 15 mg/kg every 6 hours')} only; no ibuprofen.")]
    return system, turns, "Reply as the hospital's helpline assistant."


MONTANA = (("Havre", "59501"), ("Missoula", "59801"), ("Great Falls", "59401"), ("Kalispell", "59901"), ("Lewistown", "59457"), ("Miles City", "59301"), ("Browning", "59417"),
           ("Hardin", "59034"))


def refill_portal(g: Gen) -> Chat:
    """A Montana clinic's refill and telehealth portal: a rancher, his wife, the NPI of the prescriber, Medicaid."""
    pt = g.person("mt")
    wife = g.relative(pt, not pt.female)
    prescriber = g.person("mt")
    town, zipc = g.pick(MONTANA)
    dob = g.ymd(1948, 1998)
    day = g.base()
    clinic = g.pick(("Northern Montana Health Care", "Blackfeet Community Hospital", "Big Horn Valley Health Center", "Central Montana Medical Center", "Holy Rosary Healthcare"))
    system = f"Patient portal assistant for {g.org(clinic)}. Refill requests go to the prescriber's queue."
    turns = [("assistant", "Welcome. What can I help with today? For refills, please give your name and date of birth."),
             ("user", f"{pt.caps()} DOB {g.typed_dob(dob, us=True)}. NEED MY {K('LISINOPRIL 20 MG DAILY')} AND {K('METFORMIN 500 MG TWICE DAILY')}. RANCH IS SNOWED IN"),
             ("assistant", f"Thanks, {pt.given()}. I have {pt.full()}, born {g.read_back(dob, us=True)}. Which pharmacy, and is Medicaid ID {L('HEALTH_ID', g.digits(10))} still current?"),
             ("user", f"yes same medicaid. send to {g.org(g.pick(('Glacier Drug', 'Havre Pharmacy', 'Lewistown Drug Co', 'Hi-Line Pharmacy')))}. my {'wife' if not wife.female else 'husband'} {wife.low()} "
                      f"can get it when the road opens, were at {g.place(('{t} Old Agency Rd', '{n} Beaver Creek Rd', 'Mile {k} Hwy 2 W', '{t} Cut Bank Creek Rd'))}, "
                      f"{g.loc(town)}, MT {g.loc(zipc)} {g.phone_of('montana')}"),
             ("assistant", f"Sent to {prescriber.full()}, PA-C (NPI {L('LICENSE_NUMBER', g.npi())}). Your telehealth visit is {g.slot(day, us=True)}; "
                           f"{wife.given()} can join from the same phone.")]
    return system, turns, "Answer as the portal assistant."


PEI = (("Charlottetown", "C1A"), ("Summerside", "C1N"), ("Montague", "C0A"), ("Souris", "C0A"), ("Alberton", "C0B"), ("Tignish", "C0B"), ("O'Leary", "C0B"))


def discharge_followup(g: Gen) -> Chat:
    """A Prince Edward Island hospital's discharge follow-up chat: a patient after hip surgery, her son, home care, the pharmacy."""
    pt = g.person("pe")
    son = g.relative(pt, False)
    surgeon, home_care = g.person("pe"), g.of("pe", "nb")
    town, fsa = g.pick(PEI)
    dob = g.ymd(1935, 1960)
    day = g.base()
    system = f"You are the follow-up assistant of {g.org(g.pick(('Queen Elizabeth Hospital', 'Prince County Hospital', 'Western Hospital')))}'s orthopaedic unit."
    turns = [("assistant", "Hello, this is your check-in two days after your operation. Who am I speaking with?"),
             ("user", f"its {son.low()} typing for mom, {pt.full()}, dob {g.typed_dob(dob)}, health no {L('HEALTH_ID', g.digits(8))}"),
             ("assistant", f"Thank you, {son.given()}. How is {pt.given()} managing with pain and the walker since {g.tidy_day(day)}?"),
             ("user", f"pain ok on the {K('hydromorphone 1 mg every 4 hours as needed')}, but home care never came. {home_care.given()} from home care was supposed to "
                      f"come {g.typed_day(day + datetime.timedelta(days=2))}. we're at {g.place(('{n} Rte {k}', '{k} Water St', '{n} Granville St', '{t} Church Rd'))}, {g.loc(town)}, "
                      f"{g.loc(fsa + ' ' + g.digits(1) + g.letters(1) + g.digits(1))}"),
             ("assistant", f"I'm sorry. I'll message {home_care.full()} now and ask Dr {surgeon.sur()}'s office to call you at {g.phone_of('pei')}. Please keep "
                           f"{pt.given()} on {K('enoxaparin 40 mg once daily')} for 28 days.")]
    return system, turns, "Continue the follow-up chat."


# ---------------------------------------------------------------- legal and social registers

KENTUCKY = (("Hazard", "41701", "Perry"), ("Pikeville", "41501", "Pike"), ("Harlan", "40831", "Harlan"), ("Prestonsburg", "41653", "Floyd"),
            ("Whitesburg", "41858", "Letcher"), ("Hindman", "41822", "Knott"), ("Paintsville", "41240", "Johnson"))


def legal_aid_intake_chat(g: Gen) -> Chat:
    """An eastern Kentucky legal-aid chatbot: an eviction notice, the landlord, the court case number, a child's school."""
    client = g.person("ky")
    landlord, kid, neighbour = g.person("ky"), g.person("ky"), g.person("ky")
    kid.last = client.last
    town, zipc, county = g.pick(KENTUCKY)
    day = g.base()
    year = day.year
    system = f"You are the intake assistant of {g.org('Appalachian Research and Defense Fund')}. Collect facts; a lawyer gives the advice."
    turns = [("user", f"got papers on my door sayin i have to be out in 7 days. landlord is {landlord.low(True)} he says i owe {K('$1,450')} but i paid cash"),
             ("assistant", "I'm sorry you're dealing with this. What is your name, and does the paper show a case number and a court date?"),
             ("user", f"{client.full()}. it says {g.org(county.upper() + ' DISTRICT COURT')} case {L('CASE_NUMBER', str(year % 100) + '-C-' + g.digits(5))} court date {g.typed_day(day, us=True)} 9am"),
             ("assistant", f"Thanks, {client.given()}. An eviction case in {g.org(county + ' District Court')} lets you answer at the hearing. What's the rental address, and your phone?"),
             ("user", f"{g.place(('{t} Big Branch Rd', '{n} Main St Apt {m}', '{t} Caney Fork Rd', '{t} Rockhouse Creek Rd'))}, {g.loc(town)} KY {g.loc(zipc)}, the trailer past the "
                      f"{g.loc(g.pick(('Dollar General on KY-15', 'Food City on Rt 23', 'old Hardee’s on Main')))}. {g.phone_of('kentucky')}. my neighbor {neighbour.full()} seen me pay"),
             ("assistant", f"That helps. Please keep any receipts or texts, and ask {neighbour.given()} to come on {g.tidy_day(day, us=True)}. A lawyer will call you at the "
                           f"number you gave. Under {K('KRS 383.660')} the landlord must give written notice before filing.")]
    if g.rng.random() < 0.6:
        turns += [("user", f"also my {'girl' if kid.female else 'boy'} {kid.low()} goes to {g.org(g.pick(('Hazard Middle School', 'Letcher County Central High School', 'Pikeville Elementary', 'Knott County Central')))}, "
                           f"can they make us move in the school year. ssn if u need it {L('NATIONAL_ID', g.ssn())}"),
                  ("assistant", f"I've added that {kid.given()} is in school; the lawyer can explain your options. Please don't share your Social Security number here again.")]
    return system, turns, "Reply as the legal-aid intake assistant."


DURHAM = (("Bishop Auckland", "DL14"), ("Consett", "DH8"), ("Seaham", "SR7"), ("Peterlee", "SR8"), ("Spennymoor", "DL16"), ("Chester-le-Street", "DH3"),
          ("Barnard Castle", "DL12"), ("Crook", "DL15"))


def tenancy_advice_chat(g: Gen) -> Chat:
    """A County Durham tenancy-advice chat: damp, a section 21 notice, a letting agent and its landlord company."""
    tenant = g.of("cu", "so", "ng")
    agent, partner = g.of("cu", "en"), g.of("cu", "so", "ng")
    town, area = g.pick(DURHAM)
    day = g.base()
    landlord = g.pick(("{a} Lettings Ltd", "Wearside Homes Ltd", "{a} Property Management")).format(a=g.firm("cu"))
    system = f"You are the tenancy advice assistant of {g.org('Durham Tenant Advice Partnership')}. Explain options; do not promise outcomes."
    turns = [("user", f"hi ive got a section 21 from {g.org(landlord)} after i complained about the damp. agent is {agent.low(True)}. its dated {g.typed_day(day)}"),
             ("assistant", f"Thanks for getting in touch. A {K('section 21 notice')} served after a complaint about disrepair may be invalid under the {K('Deregulation Act 2015')}. "
                           "Can I take your name, the property address and when you reported the damp?"),
             ("user", f"{tenant.full()}, {g.place(('{n} Front St', '{k} Durham Rd', '{k} Station Rd', '{n} Newgate St'))}, {g.loc(town)} {g.loc(g.pc(area))}. reported it "
                      f"{g.typed_day(day - datetime.timedelta(days=g.rng.randint(20, 60)))}, photos here {L('URL', 'https://photos.app.goo.gl/' + g.hexa(8).upper() + g.digits(4))}"),
             ("assistant", f"Thank you, {tenant.given()}. Was your deposit protected? The certificate usually shows a number like {K('DPS')} followed by digits."),
             ("user", f"deposit cert {L('CASE_NUMBER', g.digits(9))}. company no on the letter is {L('COMPANY_REGISTRATION', '0' + g.digits(7))}. me and {partner.given()} pay {K('£595 a month')}"),
             ("assistant", f"An adviser will ring you. Meanwhile, ask {g.org('Durham County Council')} environmental health to inspect; {agent.full()} should not "
                           f"enter without 24 hours' notice. What's the best number?"),
             ("user", f"{g.phone_of('durham')} after 4, or email {g.mail(tenant, g.pick(('hotmail.co.uk', 'gmail.com', 'yahoo.co.uk')))}")]
    turns.append(("assistant", f"Thanks {tenant.given()}, noted. Keep paying the rent and keep every letter from {g.org(landlord)}."))
    return system, turns, "Reply as the tenancy adviser."


NEW_BRUNSWICK = (("Fredericton", "E3B"), ("Miramichi", "E1N"), ("Edmundston", "E3V"), ("Shediac", "E4P"), ("Sackville", "E4L"), ("Sussex", "E4E"), ("Campbellton", "E3N"))


def law_firm_intake(g: Gen) -> Chat:
    """A New Brunswick personal-injury firm's client-intake chat after a highway collision."""
    client = g.of("nb", "vn")
    driver, witness, lawyer = g.of("nb", "vn"), g.of("nb", "vn"), g.person("nb")
    town, fsa = g.pick(NEW_BRUNSWICK)
    day = g.base()
    dob = g.ymd(1960, 2002)
    firm = g.pick(("{a} {b} Lawyers", "{a} & Associates", "Atlantic Injury Law")).format(a=g.firm("nb"), b=g.firm("nb"))
    system = f"You are the intake assistant of {g.org(firm)}. Gather facts for a lawyer; give no legal advice."
    turns = [("user", f"Bonjour/hi. i was rear ended on route 2 near {g.loc(g.pick(('Oromocto', 'Jemseg', 'Grand Falls', 'Salisbury')))} {g.typed_day(day)}. neck and back hurt"),
             ("assistant", "I'm sorry to hear that. May I have your full name, date of birth and a phone number?"),
             ("user", f"{client.bare()} ({client.full()} with the accents), {g.typed_dob(dob)}, {g.phone_of('nb')}"),
             ("assistant", f"Thank you, {client.given()}. Did police attend, and do you have the other driver's details?"),
             ("user", f"rcmp came, file {L('CASE_NUMBER', str(day.year) + '-' + g.digits(6))}. other driver {driver.low(True)}, plate {L('LICENSE_NUMBER', g.letters(3) + ' ' + g.digits(3))}. "
                      f"a lady {witness.full()} stopped and gave her number {g.phone_of('nb')}"),
             ("assistant", f"Noted. {lawyer.full()} will review the file. Please send your Medicare number and SIN so we can request your records from "
                           f"{g.org(g.pick(('Dr. Everett Chalmers Regional Hospital', 'Miramichi Regional Hospital', 'Edmundston Regional Hospital')))}."),
             ("user", f"medicare {L('HEALTH_ID', g.digits(9))} sin {L('NATIONAL_ID', g.sin())}, i live at {g.place(('{n} Main St', '{k} rue Principale', '{n} Rte 11', '{k} Church St'))}, "
                      f"{g.loc(town)} {g.loc(fsa + ' ' + g.digits(1) + g.letters(1) + g.digits(1))}"),
             ("assistant", f"Thank you, {client.given()}. {lawyer.given()} will call you; claims under the {K('Insurance Act, RSNB 1973, c I-12')} have {K('$7,500')} in no-fault benefits.")]
    return system, turns, "Reply as the firm's intake assistant."


LINCS = (("Skegness", "PE25"), ("Spalding", "PE11"), ("Grantham", "NG31"), ("Sleaford", "NG34"), ("Gainsborough", "DN21"), ("Mablethorpe", "LN12"), ("Horncastle", "LN9"),
         ("Stamford", "PE9"))


def motor_claims_chat(g: Gen) -> Chat:
    """A Lincolnshire motor insurer's claims bot: the policyholder's licence, plate, the garage, the third party, payment."""
    holder = g.of("en", "pl", "ta")
    third = g.of("en", "pl", "ta")
    town, area = g.pick(LINCS)
    day = g.base()
    dob = g.ymd(1960, 2003)
    system = f"You are the claims assistant of {g.org(g.pick(('Fenland Mutual Insurance', 'Wolds Motor Insurance Ltd', 'Lindsey & Kesteven Insurance')))}."
    turns = [("user", f"need to claim, had a crash 😩 policy {L('ACCOUNT_NUMBER', 'WMI' + g.digits(7))} its {holder.low(True)}"),
             ("assistant", f"Thanks {holder.given()}. Please confirm your date of birth and driving licence number."),
             ("user", f"{g.typed_dob(dob)} licence {L('LICENSE_NUMBER', g.uk_licence(holder, dob))}"),
             ("assistant", f"Thank you, {holder.full()}. What happened, and where?"),
             ("user", f"{g.typed_day(day)} at the roundabout by the {g.loc(g.pick(('Tesco on Boston Rd', 'Co-op on Roman Bank', 'Morrisons on Winsover Rd')))} in {g.loc(town)}, "
                      f"a van went into my side. my car {L('LICENSE_NUMBER', g.uk_plate())}, his {L('LICENSE_NUMBER', g.uk_plate())}, driver {third.full()} {g.phone_of('lincs')}"),
             ("assistant", f"Your claim number is {L('CASE_NUMBER', 'CLM-' + g.digits(7))}. Your car can go to {g.org(g.pick(('Marsh Lane Motors', 'Fen Bodyworks Ltd', 'Witham Accident Repair Centre')))}. "
                           f"Your excess is {K('£250')}. Where should we pay any settlement?"),
             ("user", f"{L('IBAN_CODE', g.gb_iban())} pls, address {g.place(('{n} Roman Bank', '{k} Winthorpe Ave', '{n} Pinchbeck Rd', '{k} Watergate'))} {g.loc(g.pc(area))}")]
    turns.append(("assistant", f"Thanks {holder.given()}, that's all noted against {third.poss(True)} details."))
    return system, turns, "Reply as the claims assistant."


EAST_RIDING = (("Bridlington", "YO15"), ("Goole", "DN14"), ("Driffield", "YO25"), ("Hornsea", "HU18"), ("Withernsea", "HU19"), ("Pocklington", "YO42"), ("Howden", "DN14"))


def employment_advice_chat(g: Gen) -> Chat:
    """An East Riding employment-advice chat: a worker dismissed from a food factory, the supervisor, the early conciliation number."""
    worker = g.of("pl", "vn", "en")
    supervisor, rep = g.of("en", "pl"), g.of("en", "vn")
    town, area = g.pick(EAST_RIDING)
    day = g.base()
    employer = g.pick(("{a} Foods Ltd", "Holderness Poultry Ltd", "Wolds Packing Co")).format(a=g.firm("en"))
    system = "You are an employment rights adviser's chat assistant. Explain options; time limits matter."
    turns = [("user", f"hello, i am {worker.low(True)} from {g.loc(town)}, sacked from {g.org(employer)} on {g.typed_day(day)} with no meeting. supervisor {supervisor.full()} said i am lazy"),
             ("assistant", f"I'm sorry, {worker.given()}. How long did you work there, and have you contacted Acas for early conciliation?"),
             ("user", f"3 years. acas gave number {L('CASE_NUMBER', g.acas(day.year))}. my employee no {L('ACCOUNT_NUMBER', g.digits(6))} ni {L('NATIONAL_ID', g.nino())}"),
             ("assistant", f"With over two years' service you can claim unfair dismissal under the {K('Employment Rights Act 1996')}. The claim is usually due "
                           f"within {K('three months less one day')} of {g.tidy_day(day)}, plus the conciliation time. Was a union rep involved?"),
             ("user", f"yes {rep.full()} from the union, {g.phone_of('eastriding')}. i owe also holiday pay {K('£612.40')}"),
             ("assistant", f"Thank you. Ask {rep.given()} for notes of any meeting, and write to {g.org(employer)} for your holiday pay. An adviser will call you.")]
    return system, turns, "Reply as the employment adviser's assistant."


GIPPSLAND = (("Traralgon", "3844"), ("Sale", "3850"), ("Bairnsdale", "3875"), ("Leongatha", "3953"), ("Warragul", "3820"), ("Wonthaggi", "3995"), ("Lakes Entrance", "3909"),
             ("Morwell", "3840"))


def family_law_chat(g: Gen) -> Chat:
    """A Gippsland family-law advice chat: a mother, the children's father, the children, the school, the court file."""
    mum = g.of("au", "mi", "to", female=True)
    ex = g.of("au", "mi", "to", female=False)
    kid1, kid2 = g.relative(ex, True), g.relative(ex, False)
    town, pc = g.pick(GIPPSLAND)
    day = g.base()
    system = f"You are the online assistant of {g.org('Gippsland Community Legal Service')}. You give information, not advice."
    turns = [("user", f"hi my ex {ex.low(True)} didnt bring the kids back on sunday, {kid1.low()} (8) and {kid2.low()} (5). we have orders from {g.typed_day(day)}"),
             ("assistant", "That sounds very stressful. Were the orders made by the court, and do you have the file number?"),
             ("user", f"yeah family court file {L('CASE_NUMBER', 'MLC' + g.digits(4) + '/' + str(day.year))}. hes at his mums in {g.loc(g.pick(('Yallourn North', 'Churchill', 'Boolarra', 'Heyfield')))}"),
             ("assistant", f"If {ex.given()} is not following the orders, you can apply for a {K('contravention application')} under {K('Family Law Act 1975 (Cth) s 70NAE')}. "
                           f"Are {kid1.given()} and {kid2.given()} safe right now?"),
             ("user", f"i think so. {kid1.poss()} school {g.org(g.pick(('Traralgon South Primary School', 'Sale College', 'Lavalla Catholic College', 'Bairnsdale West Primary')))} rang. "
                      f"i get FTB, crn {L('NATIONAL_ID', g.digits(9) + g.pick('ABCHJKLST'))}, im at {g.place(('{k} Princes Hwy', '{n} Grey St', '{k} Hotham St', 'Unit {m}/{n} Kay St'))}, {g.loc(town)} {g.loc(pc)}"),
             ("assistant", f"Thanks, {mum.given()}. A lawyer can call you at {g.phone_of('gippsland')} — is that right? If you fear for {kid1.poss()} or {kid2.poss()} safety, call 000.")]
    return system, turns, "Reply as the legal service's assistant."


FENS = (("Wisbech", "PE13"), ("Chatteris", "PE16"), ("Whittlesey", "PE7"), ("Ely", "CB7"), ("Huntingdon", "PE29"), ("Ramsey", "PE26"))


def debt_advice_chat(g: Gen) -> Chat:
    """A Fenland debt-advice chat: council tax arrears, a county court claim, a bank account, the landlord."""
    client = g.of("pj", "ta", "en")
    partner = g.relative(client, not client.female)
    town, area = g.pick(FENS)
    day = g.base()
    system = f"You are the debt advice assistant of {g.org('Fenland Citizens Advice')}. Be calm; never judge."
    turns = [("user", f"HELP i got a county court claim {L('CASE_NUMBER', g.letters(1) + g.digits(1) + 'QZ' + g.digits(4))} for {K('£2,318.55')} and bailiffs for council tax {g.emoji()}"),
             ("assistant", "You've done the right thing getting in touch. What's your name, and when did the claim form arrive?"),
             ("user", f"{client.low(True)}. came {g.typed_day(day)}. council tax acc {L('ACCOUNT_NUMBER', g.digits(8))} with {g.org(g.pick(('Fenland District Council', 'Huntingdonshire District Council', 'East Cambridgeshire District Council')))}"),
             ("assistant", f"Thanks, {client.given()}. You have {K('14 days')} to respond to the claim. Can I take your address and household income?"),
             ("user", f"{g.place(('{n} Norfolk St', '{k} Lynn Rd', '{k} Station Rd', '{n} High Causeway'))}, {g.loc(town)} {g.loc(g.pc(area))}. me and {partner.given()} get {K('£1,640 a month')} "
                      f"paid into {L('ACCOUNT_NUMBER', g.sort_account())}"),
             ("assistant", f"Thank you. An adviser will draw up a budget with you and {partner.given()}; don't pay the bailiffs by card over the phone yet. "
                           f"Is {g.phone_of('fens')} the best number?")]
    return system, turns, "Reply as the debt adviser's assistant."


MPUMALANGA = (("Mbombela", "1200"), ("Hazyview", "1242"), ("Barberton", "1300"), ("Sabie", "1260"), ("Graskop", "1270"), ("Malelane", "1320"), ("Komatipoort", "1340"),
              ("Emalahleni", "1035"))


def police_report_chat(g: Gen) -> Chat:
    """A Mpumalanga police station's online report chat: harassment by a neighbour, a Facebook link, a plate, the case number."""
    victim = g.person("sa")
    suspect, witness, constable = g.person("sa"), g.person("sa"), g.person("sa")
    town, code = g.pick(MPUMALANGA)
    born = g.ymd(1965, 2003)
    day = g.base()
    first, last = suspect.ascii()
    station = g.pick(("Nelspruit SAPS", "Hazyview SAPS", "Barberton SAPS", "Sabie SAPS", "Kabokweni SAPS"))
    system = f"You are the online reporting assistant of {g.org(station)}. In an emergency the caller must phone 10111."
    turns = [("user", f"Sawubona. My neighbour {suspect.low(True)} is threatening me again, he posted my photo on facebook {L('URL', 'https://www.facebook.com/' + first + '.' + last + '.' + g.digits(3))}"),
             ("assistant", "I'm sorry. To open a report I need your full name, ID number and address."),
             ("user", f"{victim.full()} ID {L('NATIONAL_ID', g.sa_id(born, victim.female))}, {g.place(('{n} Ferreira St', 'Stand {t}, Kabokweni', '{k} Jacaranda St', 'Plot {k}, Numbi Rd'))}, "
                      f"{g.loc(town)} {g.loc(code)}, cell {g.phone_of('mpumalanga')}"),
             ("assistant", f"Thank you, {victim.given()}. When did this start, and did anyone see it?"),
             ("user", f"since {g.typed_day(day)}. he drives a white bakkie {L('LICENSE_NUMBER', g.letters(3) + ' ' + g.digits(3) + ' MP')}. my sister {witness.full()} saw him at the gate"),
             ("assistant", f"Your report is {L('CASE_NUMBER', 'CAS ' + str(g.rng.randint(1, 400)) + '/' + f'{day.month:02d}' + '/' + str(day.year))}. Constable {constable.sur()} will contact you "
                           f"about a {K('protection order under the Protection from Harassment Act 17 of 2011')}; bring {witness.given()} with you.")]
    return system, turns, "Reply as the police station's reporting assistant."


FYLDE = (("Blackpool", "FY1"), ("Fleetwood", "FY7"), ("Thornton-Cleveleys", "FY5"), ("Lytham St Annes", "FY8"), ("Poulton-le-Fylde", "FY6"), ("Kirkham", "PR4"))


def school_appeal_chat(g: Gen) -> Chat:
    """A Fylde coast school-admissions and exclusions advice chat: a parent, the pupil, the head, the UPN."""
    parent = g.of("en", "ph", "so")
    pupil = g.relative(parent, g.rng.random() < 0.5)
    head, senco = g.of("en", "cu"), g.of("en", "cu", female=True)
    town, area = g.pick(FYLDE)
    day = g.base()
    school = g.pick(("Montgomery Academy", "Fleetwood High School", "Carr Hill High School", "Hodgson Academy", "St Bede's Catholic High School"))
    system = "You are the school appeals information line's chat assistant."
    turns = [("user", f"my {'daughter' if pupil.female else 'son'} {pupil.low()} got permanently excluded from {g.org(school)} {g.typed_day(day)}. hes got adhd and no ehcp yet"),
             ("assistant", f"I'm sorry. A permanent exclusion can be reviewed by the governors. What's {pupil.poss()} full name and year group?"),
             ("user", f"{pupil.full()}, year 9, UPN {L('STUDENT_ID', g.letters(1) + g.digits(12))}. head is {head.full()}, senco {senco.low(True)}"),
             ("assistant", f"Thank you. The governors must meet within {K('15 school days')}. You can ask them to consider {pupil.poss()} "
                           f"{K('attention deficit hyperactivity disorder')} under the {K('Equality Act 2010')}. What's your name and address?"),
             ("user", f"{parent.full()}, {g.place(('{n} Lord St', '{k} Poulton Rd', '{n} Waterloo Rd', '{k} Dock St'))}, {g.loc(town)} {g.loc(g.pc(area))}, {g.phone_of('fylde')}"),
             ("assistant", f"Thank you, {parent.given()}. Your request is {L('CASE_NUMBER', 'EXC/' + str(day.year) + '/' + g.digits(3))}. Ask {senco.given()} for {pupil.poss()} support plan.")]
    return system, turns, "Reply as the appeals line's assistant."


SHROPSHIRE = (("Ludlow", "SY8"), ("Bridgnorth", "WV16"), ("Church Stretton", "SY6"), ("Market Drayton", "TF9"), ("Whitchurch", "SY13"), ("Bishop's Castle", "SY9"))


def benefits_appeal_chat(g: Gen) -> Chat:
    """A Shropshire welfare-rights chat about a Personal Independence Payment appeal."""
    client = g.of("en", "ng", "pj")
    carer = g.relative(client, not client.female)
    gp = g.of("en", "ng")
    town, area = g.pick(SHROPSHIRE)
    day = g.base()
    system = f"You are the welfare rights assistant of {g.org('Shropshire Disability Network')}."
    turns = [("user", f"they stopped my pip after the assessment on {g.typed_day(day)}, mandatory reconsideration said no. im {client.low(True)}"),
             ("assistant", f"I'm sorry, {client.given()}. You can appeal to the tribunal within {K('one month')} of the reconsideration notice. Do you have your National Insurance number?"),
             ("user", f"{L('NATIONAL_ID', g.nino())}. my {'husband' if not carer.female else 'wife'} {carer.low()} is my carer. i have {K('fibromyalgia')} and {K('COPD')}"),
             ("assistant", f"Thanks. Evidence from Dr {gp.full()} of {g.org(g.pick(('Portcullis Surgery', 'Bridgnorth Medical Practice', 'Church Stretton Medical Practice', 'Market Drayton Medical Practice')))} would help. "
                           "Has the tribunal sent you an appeal reference?"),
             ("user", f"yes {L('CASE_NUMBER', g.sscs(day.year))}. address {g.place(('{n} Corve St', '{k} Mill St', '{k} Sandford Ave', '{n} Cheshire St'))}, {g.loc(town)} {g.loc(g.pc(area))}"),
             ("assistant", f"Thank you, {client.given()}. An adviser will call you at {g.phone_of('shropshire')} to help with the {K('PIP2 form')} and your statement; {carer.given()} can join.")]
    return system, turns, "Reply as the welfare rights assistant."


STRUCTURED = (econsult_form, pharmacy_chatbot, motor_claims_chat, police_report_chat, refill_portal, school_appeal_chat)
NARRATIVE = (gp_portal_thread, nurse_triage_chat, complaints_chat, maternity_chat, mental_health_checkin, child_health_helpline, discharge_followup,
             legal_aid_intake_chat, tenancy_advice_chat, law_firm_intake, employment_advice_chat, family_law_chat, debt_advice_chat, benefits_appeal_chat)
CLINICAL = (gp_portal_thread, nurse_triage_chat, pharmacy_chatbot, econsult_form, complaints_chat, maternity_chat, mental_health_checkin, child_health_helpline,
            refill_portal, discharge_followup)
LEGAL = (legal_aid_intake_chat, tenancy_advice_chat, law_firm_intake, motor_claims_chat, employment_advice_chat, family_law_chat, debt_advice_chat, police_report_chat,
         school_appeal_chat, benefits_appeal_chat)
DOCTYPES: dict[str, Callable[[Gen], Chat]] = {f.__name__: blind10._one_document(f) for f in CLINICAL + LEGAL}  # type: ignore[arg-type]
assert set(CLINICAL + LEGAL) == set(STRUCTURED + NARRATIVE) and len(DOCTYPES) == 20

# ---------------------------------------------------------------- records: conversations, in bench/blind3.py's records

KINDS = ("chat", "chat", "instruction", "chat", "chat", "instruction", "chat", "chat", "instruction", "chat")  # seven chats in ten
SPEAKERS = {"user": "User", "assistant": "Assistant"}


def to_record(chat: Chat, kind: str, doctype: str, rng: random.Random) -> Blind3Record:
    """A chat record (an optional system prompt, then the turns) or an instruction record (the system prompt and the task, the
    conversation so far with its speakers, the assistant's last reply)."""
    system, turns, task = chat
    assert turns[-1][0] == "assistant" and any(role == "user" for role, _ in turns)
    if kind == "chat":
        roles = (["system"] if rng.random() < 0.7 else []) + [role for role, _ in turns]
        texts = ([system] if roles[0] == "system" else []) + [text for _, text in turns]
        fields = [(f"messages[{i}].content", t) for i, t in enumerate(texts)]
    else:
        transcript = "\n".join(f"{SPEAKERS[role]}: {text}" for role, text in turns[:-1])
        fields = [("instruction", f"{system}\n{task}"), ("input", transcript), ("output", turns[-1][1])]
    pii: list[blind3.Span] = []
    keep: list[str] = []
    plain: dict[str, str] = {}
    for path, marked in fields:
        plain[path], spans, terms = blind3.unmark(marked, path)
        pii += spans
        keep += [t for t in terms if t not in keep]
    record: dict[str, Any]
    if kind == "chat":
        record = {"messages": [{"role": r, "content": plain[f"messages[{i}].content"]} for i, r in enumerate(roles)]}
    else:
        record = dict(plain)
    return Blind3Record(kind, doctype, record, pii, keep)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types in turn, seven chats in ten, all drawn from ``seed``."""
    rng = random.Random(seed)
    g = Gen(rng)
    names = list(DOCTYPES)
    out = []
    for i in range(docs):
        doctype, kind = names[i % len(names)], KINDS[(i // len(names)) % len(KINDS)]
        for _ in range(blind3.MAX_DRAWS):
            record = to_record(DOCTYPES[doctype](g), kind, doctype, rng)
            if blind3.sound(record):
                break
        else:
            raise RuntimeError(f"{doctype}: no sound conversation in {blind3.MAX_DRAWS} draws")
        out.append(record)
    return out


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity), found in document order after the end of the one before it."""
    return blind13.span_offsets(r)


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    return blind13.text_fields(record)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
