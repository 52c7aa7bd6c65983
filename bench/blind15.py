"""Fifteenth blind scrubbing corpus: twenty registers of documents as systems export them (e-mail threads, OCR'd scans, transcripts, HL7 v2, CSV and fixed-width files), from twenty new places.

    python bench/blind15.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind15.py --out blind15.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber
rule, no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only
bench/blind3.py's soundness check, through fedtune.scrubbing.evaluate). Its templates are bench/blind14.py's, bench/blind13.py's
and bench/blind3.py's records, labels and soundness check. Where bench/blind10.py to bench/blind12.py wrote machine and wire formats
one at a time and bench/blind13.py and bench/blind14.py clean prose and chats, this one is text the way it reaches a site's training
export, mixed: an instruction around a document (eight records in ten, fedtune instruction records)
or the document pasted into a chat (two in ten, an optional system prompt, the user's paste and request, the assistant's answer),
where the document is what a system wrote: e-mail threads with headers, display names, quoted replies, signatures and
confidentiality footers; scanned letters and grants run through OCR (0 for O, 1 for l, rn for m, a broken ligature, words
hyphenated across line ends, the patient's name and number repeated in every page header); transcripts with speaker labels and
timestamps; HL7 v2 messages (MSH, PID, PV1, NK1, ORC, OBR, OBX segments, FAMILY^GIVEN names, addresses split by ^, YYYYMMDD dates);
CSV and fixed-width exports with a header row; a fax cover sheet, an invoice with time entries and a land title extract.

Ten registers are clinical: a Taranaki (New Zealand) hospital's HL7 ADT^A01 admission message, a Hawke's Bay laboratory's HL7
ORU^R01 result message, a Vermont hospital's dictated radiology report with the dictation system's header, a Westmeath (Ireland)
hospital's histopathology report with page headers, a Skye ambulance patient report form, a Pilbara (Western Australia) mine site's
occupational-health fitness report, an Iowa pharmacy's dispensing log as CSV, a Donegal primary care centre's clinic list as a
fixed-width export, an Anambra (Nigeria) teaching hospital's discharge letter as scanned and OCR'd, and a Somerset GP's referral as
an e-mail thread with a consultant's reply. Ten are legal and social: a Grenada High Court hearing transcript, an Oregon deposition
in question-and-answer form, a Roscommon (Ireland) Garda recorded interview with timestamps, a Cheshire solicitors' invoice with time
entries, a Marlborough (New Zealand) record of title extract, a Wexford (Ireland) grant of probate as scanned and OCR'd, a Dorset
coroner's record of inquest, a First-tier Tribunal (Immigration and Asylum Chamber) decision on a West Yorkshire appellant from
Ghana's Bono region, a western North Carolina workers' compensation lawyer's fax cover sheet, and a Maine real-estate closing as an
e-mail thread with wire instructions. STRUCTURED names the ten machine exports and forms (the HL7 messages, the CSV and fixed-width
lists, the ambulance form, the invoice, the title extract, the fax sheet, the pathology report and the dispensing log), NARRATIVE
the ten letters, threads, transcripts and decisions.

Identifiers follow the public descriptions of their formats, with the check characters computed: Irish PPS numbers (seven digits
weighted 8 to 2, the second letter of the new format weighted 9, modulo 23 to a letter, W for 0), New Zealand NHI numbers (three
letters without I and O valued 1 to 24, three digits, weights 7 to 2, modulo 11, the check 11 less the remainder, a remainder of 0
and a check of 10 never issued), New Zealand IRD numbers (eight digits weighted 3, 2, 7, 6, 5, 4, 3, 2 modulo 11, the second
weights 7, 4, 3, 2, 5, 2, 7, 6 when the first give 10, within 10,000,000 to 150,000,000), US DEA registrations (a registrant
letter, the surname's initial, six digits, the last digit of the odd-placed digits plus twice the even-placed), US ABA routing
numbers (weights 3, 7, 1 modulo 10), UK VAT numbers (seven digits weighted 8 to 2, two check digits bringing the sum to a multiple
of 97), NHS numbers (weights 10 to 2, modulo 11), Scotland's CHI numbers (the birth date DDMMYY, two digits, a ninth digit even for
a woman, the NHS check), Australian Medicare card numbers (weights 1, 3, 7, 9, an issue number), Australian Business Numbers
(modulo 89), US National Provider Identifiers (Luhn over 80840 and the number) and UK IBANs (ISO 13616). Drawn in their published
patterns, with no public check: Eircodes (the routing key of each town, four characters), Irish vehicle registrations (the year,
the county's letters, a serial), US social security numbers, Nigerian NINs (eleven digits), Ghana Card numbers (GHA, nine digits,
a digit), Eastern Caribbean Supreme Court claim numbers (GDAHCV, the year, a serial), Oregon circuit court case numbers (the year,
CV, five digits), First-tier Tribunal appeal numbers (PA, five digits, the year), Home Office references (a letter and seven
digits), Companies House numbers (eight digits), SRA numbers (six digits), New Zealand land transfer instrument numbers (eight
digits, a point, a digit) and computer registers (six digits) and NDC product codes (a protected term). Where the author found no
public description, numbers are drawn as stated here: hospital, laboratory and pharmacy numbers, accession, visit, incident,
prescription, claim, matter, invoice and file numbers of each place as each template writes them, Garda PULSE incident numbers
(eight digits), Grenada National Insurance numbers (six digits), Medical Council of New Zealand numbers (five digits), Irish Medical
Council numbers (six digits), HCPC paramedic registrations (PA and five digits), AHPRA registrations (MED and ten digits), MDCN
registrations (MDCN/R/ and five digits), Oregon court reporters' CSR numbers (five digits), Maine and Oregon driving licences (seven digits), Ghanaian passports (G and seven digits), North
Carolina Industrial Commission file numbers (the year's two digits and six digits), UK bank accounts as a sort code and eight
digits and US bank accounts as ten to twelve digits.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them or of their nicknames in the name
lists of bench/blind2.py to bench/blind14.py: checked when this module loads): Irish of Donegal, Westmeath, Roscommon and Wexford
(with O' and Mc, fadas typed and left off), Skye Gaelic (Mac surnames, the grave accent), Māori and Pākehā of Taranaki and Hawke's
Bay, Vermont and Maine, Iowa Dutch (Vander Wal, of more than one word), eastern Cherokee of western North Carolina (Owle, Saunooke,
Wachacha, Climbingbear), Pilbara, Igbo of Anambra, Akan of the Bono region, Grenadian, Somerset and Dorset English, and
British Pakistani of West Yorkshire. Hard cases: names as HL7 writes them (FAMILY^GIVEN, capitals, a middle name as a third
component), surname first with a comma ("KILBANE, Aoibheann" in a clinic list, "Macphie, Peigi" as an e-mail display name),
names inside e-mail addresses, names in page headers repeated on every page, a name hyphenated across a line break in an OCR'd
scan (the span holds it as it appears, the hyphen and the newline included), OCR-damaged names and identifiers (labelled as they
appear: 0DO for ODO, 8ROSNAN for BROSNAN, UGWUANY1, a date 22/l2/2O24, a hospital number NAUTH/Ob7/24), speaker labels in capitals
(MS. HOSTEN:, GDA COTTER:), fee earners' initials, people's and places' names
inside organisations (Dr MacKinnon Memorial Hospital, Nnamdi Azikiwe University Teaching Hospital, Musgrove Park Hospital, Rutland
Regional Medical Center, Dorset County Hospital, Taranaki Base Hospital), dates as YYYYMMDD and with times (YYYYMMDDHHMM), addresses
split over fields, and protected terms that look like identifiers: HL7 segment names, LOINC and ICD-10 codes, NDC codes, statute
sections, lab values with units, drug doses and case citations.

Labelling rules are bench/blind14.py's (which extend bench/blind13.py's): the body that issues a number stays outside its span;
social-security, insurance, tax and identity numbers are NATIONAL_ID, numbers that exist for health care HEALTH_ID, professional
registrations, an individual's NPI or DEA number, driving licences and vehicle plates LICENSE_NUMBER, file, claim, court,
complaint, police, appeal, order, accession, visit and prescription numbers CASE_NUMBER, staff numbers, insurance policies and bank
accounts without an IBAN ACCOUNT_NUMBER, an ABN, a VAT number and a company's registration COMPANY_REGISTRATION; hospitals, wards,
clinics, practices, pharmacies, laboratories, firms, insurers, employers, local courts sitting in a place and coroners' courts are
ORGANIZATION, whole, even when they carry a person's or a place's name, while national and state bodies (the Probate Office, the
Home Office, the First-tier Tribunal, An Garda Síochána, the Scottish Ambulance Service, Te Whatu Ora) are left unlabelled; clock times,
ages and years on their own are not labelled, a date with its time is one DATE_TIME; titles (Dr, Mr, Gda, Judge, MS., MR.) stay outside a
person's span; a street address on one line is one LOCATION, the town with its postcode another, a townland, suburb, village,
county or region written out its own, while state and province codes and countries are not labelled; money amounts, ICD-10 codes,
drug regimens, clinical scales and scores, lab values with units, statutes and case citations are protected terms. New calls for
this corpus: in HL7 a name is one PERSON span with its carets (NGATAI^BRODY^RHETT), the empty components and a title or
degree component (^^^^DR) outside it, a doctor's number before the name its own span; an HL7 address is labelled by field
(the street, the town and the postcode each a LOCATION, the country code unlabelled); YYYYMMDD is a DATE_TIME and YYYYMMDDHHMM(SS)
one DATE_TIME; segment names, field numbers, LOINC codes, units, reference ranges and flags are protected terms or left unlabelled,
and a message control ID is not labelled; an e-mail display name is a PERSON, surname first with its comma when written so, the
address an EMAIL_ADDRESS whole even when it holds the name, the "> " of a quoted line outside every span, a header's or a quoted
reply's date with its time one DATE_TIME; OCR'd text is labelled as it appears, damaged characters included, and a name hyphenated
across a line end is one span holding the hyphen and the newline; a page header's or footer's name and number are labelled on every
page, "Page 2 of 3" not; in a transcript a speaker label's name is a PERSON (MS. SAUNOOKE: the surname only), THE COURT:, Q. and A.
are not labelled, elapsed timestamps ([00:04:12]) are not labelled while the interview's start with its date is a DATE_TIME; each
cell of a CSV or fixed-width export is labelled on its own, the header row and the padding never; fee earners' initials in an
invoice are PERSON; a land parcel's legal description (Lot 2 DP 412345) is a LOCATION, a record of title and an instrument number
CASE_NUMBER; an ABA routing number written with the account it pays is an ACCOUNT_NUMBER span of its own, like a sort code; a
fax number is a PHONE_NUMBER; an Irish county written out ("Co. Wexford") is one LOCATION with its "Co.", a Nigerian state
written out ("Anambra State") one LOCATION with its "State".

Earlier corpora, for comparison (from their docstrings): bench/blind.py to bench/blind14.py visited, among others, Ireland (Galway,
Kilkenny, Tralee, Athlone, Mayo, Clare, Letterkenny and Kerry among it), New Zealand (Northland, Dunedin, Gore), Singapore, Hong
Kong, Malta, Jamaica, Uganda, Nigeria (Enugu and Onitsha among it), Kenya, Ghana (the Volta and Ashanti regions among it),
Barbados, Trinidad, the Bahamas, Cumbria, Northumberland, Cornwall, Shetland, Orkney, the Western Isles, Alaska, Hawaiʻi, Montana and
Kentucky. None of them visited Taranaki, Hawke's Bay, Marlborough, Vermont, Maine, Iowa, Oregon, western North Carolina, Westmeath,
Donegal's Inishowen and west coast, Roscommon, Wexford, Skye, the Pilbara, Anambra, Grenada, Somerset, Dorset, West Yorkshire's
Kirklees and Wakefield, or Ghana's Bono region (their towns were searched for in every earlier corpus), and none of their document
types is one of these twenty (tests/test_blind15.py checks the names).
"""
from __future__ import annotations

import datetime
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import blind3  # bench/, beside this script
import blind10
import blind13
import blind14
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames).
PEOPLE = {
    "ie": (("Aoibheann", "Aoibhinn", "Doireann", "Íde", "Fiadh", "Éabha", "Nollaig", "Siún", "Nessa", "Blánaid", "Cadhla", "Aoileann"),
           ("Donnacha", "Fionnán", "Daithí", "Colmán", "Feargal", "Lochlann", "Oran", "Cathaoir", "Éanna", "Cian", "Aonghus", "Mannix"),
           ("Kissane", "Brosnan", "Fitzmaurice", "Sheehy", "Kerins", "Durkan", "Heneghan", "Gaughan", "Loftus", "Padden", "McGinley", "Bonner",
            "Gallagher", "Scanlan", "Coffey", "Horgan", "Kearns", "Cotter", "McHale", "Kilbane", "Munnelly", "Gildea", "Breslin", "Doherty",
            "Sweeney", "O'Rahilly", "Brady", "Brogan", "McSharry", "Gormley", "Kilroy", "Mulrine", "Harkin", "Gillen", "Naughton", "Feeney",
            "Hanley", "Beirne", "Dockery", "Tighe", "Keaveney", "Connellan", "Timlin")),
    "sk": (("Seonag", "Ciorstaidh", "Peigi", "Oighrig", "Raonaid", "Murdina"),
           ("Dòmhnall", "Tormod", "Uilleam", "Ruairidh"),
           ("MacAskill", "Beaton", "MacInnes", "MacSween", "Stoddart", "Macphie")),
    "nz": (("Mihiata", "Ngawai", "Hinerangi", "Ngahuia", "Brynn", "Kinsley", "Dayna"),
           ("Keepa", "Ruakere", "Rhett", "Brody", "Garrick", "Ellery"),
           ("Ngatai", "Tuuta", "Pōtaka", "Hēnare", "Tipoki", "Rozendaal", "Lindahl", "Voss", "Wrangel", "Pineo")),
    "us": (("Brantley", "Hattie", "Braelyn", "Everly", "Tatum", "Rosemarie", "Addison", "Jaylee", "Marlys", "Arlene", "Delores"),
           ("Dakota", "Hollis", "Harlan", "Lonnie", "Orrin", "Clyde", "Dane", "Merritt", "Lowell", "Emmett", "Galen", "Burl"),
           ("Vander Wal", "Hoogeveen", "Bouma", "Kuiper", "Vermeer", "Dykstra", "Vande Kamp", "Hulstein", "Schuiteman", "Mouw", "Kooiker",
            "Ouellette", "Hartwell", "Ladd", "Greenleaf", "Haskell", "Soucy", "Bragdon")),
    "ch": (("Awee", "Tsali", "Braelyn", "Rosemarie", "Jaylee"), ("Seneca", "Lonnie", "Orrin", "Dakota", "Clyde"), ("Owle", "Crowe", "Sequoyah", "Saunooke", "Wachacha", "Climbingbear", "Arneach", "Tooni")),
    "ng": (("Adaobi", "Ezinne", "Kosisochukwu", "Ogechi"),
           ("Kenechukwu", "Chidiebere", "Nnabuike", "Chibuzo", "Afam"),
           ("Onyeama", "Ogbonna", "Agu", "Odo", "Ugwuanyi", "Eneh", "Onah", "Aneke", "Ezeugwu", "Okwuosa")),
    "gh": (("Serwaa", "Adjoa", "Akua", "Oforiwaa", "Araba", "Esi"),
           ("Kwadwo", "Kwasi", "Kojo", "Ekow"),
           ("Appiah", "Darko", "Opoku", "Yeboah", "Bonsu", "Kyeremeh", "Antwi", "Sarpong", "Oppong")),
    "gd": (("Shermaine", "Jhanelle", "Kiesha", "Nekeisha", "Anisha"),
           ("Kervin", "Shem", "Kemron", "Dexroy", "Jomo", "Fabien", "Jevon", "Kimron", "Tevin"),
           ("Modeste", "Alexis", "Lendore", "Cadore", "Redhead", "Hosten", "Ventour", "Nedd")),
    "en": (("Hattie", "Tatum", "Rosemarie", "Everly"),
           ("Hollis", "Harlan", "Ellery", "Dane"),
           ("Coombes", "Venn", "Chidgey", "Bagg", "Hooper", "Pennell", "Hembrow", "Dibble", "Rossiter", "Thorne")),
    "pk": (("Sumaira", "Rukhsana", "Kausar", "Mehwish", "Humaira", "Nighat", "Ambreen"), ("Mudassar", "Adeel", "Zeeshan", "Haroon", "Shakeel", "Javaid"),
           ("Hussain", "Akhtar", "Iqbal", "Mahmood", "Rehman")),
    "au": (("Shenae", "Jaylee", "Dayna"), ("Rhett", "Brody", "Taj", "Garrick"), ("Coppin", "Hubert", "Cheedy", "Smirke", "Tuffin", "Snell")),
}  # fmt: skip
NICKNAMES = {"Kenechukwu": "Kene", "Kosisochukwu": "Kosi", "Chidiebere": "Chidiebs", "Ruairidh": "Ruaraidh"}
PARTICLES = blind14.PARTICLES


def strip_marks(text: str) -> str:
    """Accents, fadas, the grave and the macron left off; the case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold15(text: str) -> str:
    """A name folded to ASCII letters in lower case."""
    return blind14.fold14(strip_marks(text))


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./^,]+", fold15(name).lower()) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind14.py."""
    return blind14.earlier_names() | blind14.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += list(NICKNAMES.values())
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
assert not {w for n in NICKNAMES for w in name_words(n)} - own_names(), "a nickname of a name not in the lists"

# OCR's confusions, applied to a scanned page's text (names and numbers among it) and undone by nobody: labels hold the damage.
OCR_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b"}
OCR_LETTERS = (("m", "rn"), ("O", "0"), ("l", "1"), ("d", "cl"), ("I", "1"), ("S", "5"), ("B", "8"))


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

    def caps(self) -> str:
        return L("PERSON", self.plain().upper())

    def sur_caps(self) -> str:
        return L("PERSON", self.last.upper())

    def comma(self, caps: bool = True) -> str:
        """Surname first with a comma: KISSANE, Aoibheann (a list) or Kissane, Aoibheann (a display name)."""
        return L("PERSON", f"{self.last.upper() if caps else self.last}, {self.first}")

    def hl7(self) -> str:
        """As HL7 v2 writes a name: FAMILY^GIVEN^MIDDLE in capitals, accents left off."""
        parts = [strip_marks(self.last).upper(), strip_marks(self.first).upper()] + ([strip_marks(self.middle).upper()] if self.middle else [])
        return L("PERSON", "^".join(parts))

    def initial(self) -> str:
        return L("PERSON", f"{self.first[0]}. {self.last}")

    def initials(self) -> str:
        return L("PERSON", "".join(w[0] for w in re.split(r"[\s\-']+", strip_marks(self.plain())) if w and w[0].isupper()))

    def poss(self, full: bool = False) -> str:
        return (self.full() if full else self.given()) + "'s"

    def formal(self) -> str:
        return f"{'Ms' if self.female else 'Mr'} {self.sur()}"

    def bare(self) -> str:
        return L("PERSON", strip_marks(self.plain()))

    def nick(self) -> str:
        return L("PERSON", NICKNAMES.get(self.first, self.first))

    def ascii(self) -> tuple[str, str]:
        return (re.sub(r"[^a-z]", "", fold15(self.first).lower()), re.sub(r"[^a-z]", "", fold15(self.last).lower()))

    def he(self) -> str:
        return "she" if self.female else "he"

    def his(self) -> str:
        return "her" if self.female else "his"


EN_MONTHS = blind13.EN_MONTHS
ORDINAL = blind13.ORDINAL
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions

luhn = blind13.luhn
iban = blind13.iban  # ISO 13616
npi_digit = blind13.npi_digit
nhs_digit = blind13.nhs_digit
medicare_digit = blind13.medicare_digit
abn_ok = blind13.abn_ok
PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # the remainder modulo 23: 0 is W, 1 is A ... 22 is V
NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O left out, valued 1 to 24


def ppsn_letter(seven: str, second: str = "") -> str:
    """Irish PPS number: digits weighted 8 to 2, the new format's second letter (A = 1 ... , W = 0) weighted 9, modulo 23."""
    total = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    if second and second != "W":
        total += 9 * PPSN_LETTERS.index(second)
    return PPSN_LETTERS[total % 23]


def nhi_digit(six: str) -> int | None:
    """New Zealand NHI (the AAANNNC form): letters valued 1 to 24, weights 7 to 2, 11 less the remainder modulo 11; None where
    the remainder is 0 or the check would be 10 (never issued)."""
    values = [NHI_LETTERS.index(c) + 1 for c in six[:3]] + [int(c) for c in six[3:]]
    r = sum(v * w for v, w in zip(values, range(7, 1, -1))) % 11
    return None if r in (0, 1) else 11 - r


IRD_W1 = (3, 2, 7, 6, 5, 4, 3, 2)
IRD_W2 = (7, 4, 3, 2, 5, 2, 7, 6)


def ird_digit(eight: str) -> int | None:
    """New Zealand IRD number: the eight base digits (padded to eight) weighted 3, 2, 7, 6, 5, 4, 3, 2 modulo 11, 11 less the
    remainder (0 for 0); where that is 10, the second weights 7, 4, 3, 2, 5, 2, 7, 6; None where that is 10 again."""
    for weights in (IRD_W1, IRD_W2):
        r = sum(int(c) * w for c, w in zip(eight, weights)) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return check
    return None


def dea_digit(six: str) -> str:
    """US DEA registration: the odd-placed digits plus twice the even-placed, the last digit of the sum."""
    return str((int(six[0]) + int(six[2]) + int(six[4]) + 2 * (int(six[1]) + int(six[3]) + int(six[5]))) % 10)


def aba_digit(eight: str) -> str:
    """US ABA routing number: weights 3, 7, 1 over nine digits, the sum a multiple of 10."""
    total = sum(int(c) * w for c, w in zip(eight, (3, 7, 1) * 3))
    return str((10 - total % 10) % 10)


def vat_digits(seven: str) -> str:
    """UK VAT number (the original scheme): seven digits weighted 8 to 2, two check digits bringing the sum to a multiple of 97."""
    return f"{-sum(int(c) * w for c, w in zip(seven, range(8, 1, -1))) % 97:02d}"


assert ppsn_letter("1234567") == "T" and ppsn_letter("1234567", "A") == "F" and nhi_digit("ZZZ001") == 6 and nhi_digit("ZZZ002") == 4
assert ird_digit("04909185") == 0 and ird_digit("13641013") == 2 and dea_digit("123456") == "3" and aba_digit("02100002") == "1"
assert vat_digits("9999999") == "73" and nhs_digit("943476591") == 9 and medicare_digit("21234567") == 0

PHONES = {
    "taranaki": ("(06) 75# ####", "06 278 ####", "021 ### ####", "027 ### ####", "+64 21 ### ####"),
    "hawkesbay": ("(06) 87# ####", "06 835 ####", "022 ### ####", "027 ### ####", "+64 27 ### ####"),
    "vermont": ("(802) 775-####", "802-###-####", "(802) 44#-####", "802.###.####"),
    "westmeath": ("(044) 93 #####", "044 934 ####", "087 ### ####", "+353 86 ### ####"),
    "skye": ("01478 6#####", "01471 8#####", "07### ######", "+44 7### ######", "07#########"),
    "pilbara": ("(08) 91## ####", "08 9185 ####", "04## ### ###", "+61 4## ### ###"),
    "iowa": ("(712) 722-####", "712-###-####", "(641) 628-####", "712.###.####"),
    "donegal": ("(074) 93 #####", "074 936 ####", "086 ### ####", "087-#######", "+353 83 ### ####"),
    "anambra": ("0803 ### ####", "+234 806 ### ####", "0813#######", "+234 (0) 703 ### ####"),
    "somerset": ("01823 3#####", "01935 4#####", "07### ######", "01278 4#####"),
    "grenada": ("(473) 44#-####", "473-4##-####", "+1 473 53#-####", "(473) 415-####"),
    "oregon": ("(541) 7##-####", "541-###-####", "(458) 2##-####", "541.###.####"),
    "roscommon": ("(090) 66 #####", "090 662 ####", "085 ### ####", "+353 87 ### ####"),
    "cheshire": ("01270 6#####", "01625 5#####", "01606 4#####", "07### ######"),
    "marlborough": ("(03) 578 ####", "03 579 ####", "021 ### ###", "027 ### ####"),
    "wexford": ("(053) 91 #####", "053 923 ####", "087 ### ####", "+353 86 ### ####"),
    "dorset": ("01305 2#####", "01308 4#####", "07### ######", "01202 ######"),
    "wyorks": ("01484 5#####", "01924 4#####", "07### ######", "01535 6#####"),
    "ghana": ("+233 24 ### ####", "024 ### ####", "+233 (0)20 ### ####"),
    "nc": ("(828) 497-####", "828-###-####", "(828) 488-####"),
    "maine": ("(207) 7##-####", "207-###-####", "(207) 49#-####"),
}  # fmt: skip

# ---------------------------------------------------------------- the generator


class Gen(blind14.Gen):
    """bench/blind14.py's draws, with this corpus's people, dates, OCR damage and identifiers."""

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

    def relative(self, p: Person, female: bool) -> Person:  # type: ignore[override]
        r = self.person(p.culture, female)
        r.last = p.last
        return r

    def of(self, *cultures: str, female: bool | None = None) -> Person:
        return self.person(self.pick(cultures), female)

    def with_middle(self, p: Person) -> Person:
        women, men, _ = PEOPLE[p.culture]
        p.middle = self._name(women if p.female else men)
        return p

    # dates

    def ymd8(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        return L("DATE_TIME", f"{y}{m:02d}{d:02d}")

    def hl7_ts(self, date: datetime.date, seconds: bool = False) -> str:
        stamp = f"{date.year}{date.month:02d}{date.day:02d}{self.rng.randint(0, 23):02d}{self.rng.randint(0, 59):02d}"
        return L("DATE_TIME", stamp + (f"{self.rng.randint(0, 59):02d}" if seconds else ""))

    def uk(self, date: datetime.date | tuple[int, int, int]) -> str:
        y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
        mon = EN_MONTHS[m - 1]
        return L("DATE_TIME", self.pick((f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{ORDINAL(d)} {mon} {y}", f"{d} {mon[:3]} {y}")))

    def us(self, date: datetime.date | tuple[int, int, int]) -> str:
        y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
        mon = EN_MONTHS[m - 1]
        return L("DATE_TIME", self.pick((f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}")))

    def sent(self, date: datetime.date, us: bool = False) -> str:
        """An e-mail header's date with its time, one span."""
        h, mi = self.rng.randint(7, 18), self.rng.randint(0, 59)
        mon = EN_MONTHS[date.month - 1]
        if us:
            return L("DATE_TIME", f"{WEEKDAYS[date.weekday()]}, {mon} {date.day}, {date.year} {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}")
        return L("DATE_TIME", self.pick((f"{WEEKDAYS[date.weekday()]}, {date.day} {mon} {date.year} {h:02d}:{mi:02d}",
                                         f"{WEEKDAYS[date.weekday()][:3]} {date.day} {mon[:3]} {date.year} at {h:02d}:{mi:02d}")))

    def later(self, date: datetime.date, lo: int = 1, hi: int = 30) -> datetime.date:
        return date + datetime.timedelta(days=self.rng.randint(lo, hi))

    # contact details

    def tel(self, place: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[place])))

    def mail(self, p: Person, domain: str) -> str:
        first, last = p.ascii()
        local = self.pick((f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}", f"{last}.{first}", f"{first}.{last}{self.digits(2)}"))
        return L("EMAIL_ADDRESS", f"{local}@{domain}")

    def eircode(self, key: str) -> str:
        return L("LOCATION", f"{key} {self.pick('ACDEFHKNPRTVWXY')}{self.digits(1)}{self.pick('ACDEFHKNPRTVWXY')}{self.pick('0123456789ACDEFHKNPRTVWXY')}")

    # OCR damage

    def ocr_number(self, text: str) -> str:
        """One or two digits read as letters (0 as O, 1 as l, 5 as S, 8 as B)."""
        spots = [i for i, c in enumerate(text) if c in OCR_DIGITS]
        for i in self.rng.sample(spots, min(len(spots), self.rng.randint(1, 2))):
            text = text[:i] + OCR_DIGITS[text[i]] + text[i + 1:]
        return text

    def ocr_name(self, text: str) -> str:
        """One of OCR's confusions in a name (rn for m, 0 for O, 1 for l, cl for d, c for e), where the name has the letter."""
        options = [(a, b) for a, b in OCR_LETTERS if a in text]
        if not options:
            return text
        a, b = self.pick(options)
        i = self.pick([m.start() for m in re.finditer(re.escape(a), text)])
        return text[:i] + b + text[i + len(a):]

    def ocr_prose(self, text: str) -> str:
        """A broken ligature and a stray character in unlabelled prose (labels and protected terms left as they are)."""
        parts = re.split("([\x02\x04][^\x03\x05]*[\x03\x05])", text)
        out = []
        for part in parts:
            if part[:1] not in ("\x02", "\x04"):
                part = part.replace("fi", self.pick(("ﬁ", "fi", "f i"))).replace(" the ", self.pick((" the ", " tbe ", " the ")))
                part = part.replace("ll", self.pick(("ll", "11", "ll")))
            out.append(part)
        return "".join(out)

    # identifiers with a published check

    def ppsn(self) -> str:
        seven = self.digits(7)
        second = self.pick(("", "", "A", "A", "W", "B"))
        return f"{seven}{ppsn_letter(seven, second)}{second}"

    def nhi(self) -> str:
        while True:
            six = "".join(self.pick(NHI_LETTERS) for _ in range(3)) + self.digits(3)
            check = nhi_digit(six)
            if check is not None:
                return f"{six}{check}"

    def ird(self) -> str:
        while True:
            eight = f"{self.rng.randint(1_000_000, 14_999_999):08d}"
            check = ird_digit(eight)
            if check is not None:
                n = str(int(eight + str(check)))
                return f"{n[:-6]}-{n[-6:-3]}-{n[-3:]}"

    def dea(self, p: Person) -> str:
        six = self.digits(6)
        return f"{self.pick('ABFG')}{fold15(p.last)[0].upper()}{six}{dea_digit(six)}"

    def aba(self, district: str) -> str:
        eight = district + self.digits(6)
        return eight + aba_digit(eight)

    def vat(self) -> str:
        seven = self.pick("123456789") + self.digits(6)
        n = seven + vat_digits(seven)
        return self.pick((f"GB {n[:3]} {n[3:7]} {n[7:]}", f"GB{n}"))

    def us_account(self) -> str:
        return self.digits(self.rng.randint(10, 12))


Doc = tuple[str, str, str]  # (the instruction, the document, the answer)

# ---------------------------------------------------------------- protected terms

ICD10 = ("ICD-10 I21.4", "ICD-10 J18.9", "ICD-10 N17.9", "ICD-10 E11.65", "ICD-10 S72.00", "ICD-10 I48.0", "ICD-10 J44.1", "ICD-10 K35.80")
DRUGS = ("amoxicillin 1 g TDS", "enoxaparin 40 mg SC daily", "furosemide 40 mg IV BD", "metformin 1 g BD", "ceftriaxone 2 g IV daily",
         "atorvastatin 80 mg nocte", "apixaban 5 mg BD", "prednisolone 40 mg OD")
LABS = ("HbA1c 61 mmol/mol", "eGFR 38 mL/min/1.73m2", "CRP 148 mg/L", "troponin I 2,340 ng/L", "Hb 84 g/L", "K+ 6.1 mmol/L", "Na 128 mmol/L", "INR 3.9",
        "lactate 4.2 mmol/L")


# ---------------------------------------------------------------- clinical registers

TARANAKI = (("New Plymouth", "4310"), ("Hāwera", "4610"), ("Stratford", "4332"), ("Inglewood", "4330"), ("Waitara", "4320"), ("Ōpunake", "4616"))
TK_STREETS = ("{n} Devon Street West", "{n} Rata Street", "{k} Tukapa Street", "{n} Carrington Street", "{k} Princes Street", "{n} Broadway")


def hl7_adt(g: Gen) -> Doc:
    """A Taranaki hospital's HL7 v2.4 ADT^A01: the patient (NHI, FAMILY^GIVEN^MIDDLE, the address by component), next of kin, doctors."""
    pt = g.with_middle(g.of("nz", "nz", "en"))
    kin = g.relative(pt, not pt.female)
    att, gp = g.of("nz", "en", "sk"), g.of("nz", "en")
    town, pc = g.pick(TARANAKI)
    dob = g.ymd(1938, 2004)
    day = g.base()
    street = g.fill(g.pick(TK_STREETS))
    nhi = g.nhi()
    ward = g.pick(("Ward 2A", "Ward 3B", "ICU", "Ward 4 Medical"))
    k = g.keep(ICD10, 1)
    seg = "\r\n" if g.rng.random() < 0.3 else "\n"
    body = seg.join((
        f"{K('MSH')}|^~\\&|WEBPAS|{g.org('TARANAKI BASE HOSPITAL')}|HIE|TEWHATUORA|{g.hl7_ts(day, True)}||ADT^A01|MSG{g.digits(8)}|P|2.4",
        f"EVN|A01|{g.hl7_ts(day)}",
        f"{K('PID')}|1||{L('HEALTH_ID', nhi)}^^^NHI^NI~{L('HEALTH_ID', 'TBH' + g.digits(6))}^^^TBH^MR||{pt.hl7()}||{g.ymd8(dob)}|{'F' if pt.female else 'M'}|||"
        f"{g.loc(street.upper())}^^{g.loc(strip_marks(town).upper())}^^{g.loc(pc)}^NZL||^PRN^PH^^^^{L('PHONE_NUMBER', g.shape(g.pick(('06 75# ####', '027 ### ####', '021 ### ####'))))}",
        f"{K('NK1')}|1|{kin.hl7()}|{'SPO' if g.rng.random() < 0.6 else 'CHD'}|{g.loc(street.upper())}^^{g.loc(strip_marks(town).upper())}^^{g.loc(pc)}^NZL|"
        f"{L('PHONE_NUMBER', g.shape('02# ### ####'))}",
        f"{K('PV1')}|1|I|{g.org(ward)}^{g.digits(2)}^A|||||{L('LICENSE_NUMBER', g.digits(5))}^{att.hl7()}^^^^DR|{L('LICENSE_NUMBER', g.digits(5))}^{gp.hl7()}^^^^DR|"
        f"|MED||||||||{L('CASE_NUMBER', 'V' + g.digits(8))}|||||||||||||||||||||||||{g.hl7_ts(day)}",
        f"{K('DG1')}|1||{k[0]}||{g.hl7_ts(day)}|A",
    ))
    task = g.pick(("Translate this HL7 admission message into a plain-English admission note.", "Which fields of this message name the patient? Answer briefly."))
    answer = (f"{pt.full()} (NHI {L('HEALTH_ID', nhi)}), born {g.uk(dob)}, was admitted to {g.org(ward)} at {g.org('Taranaki Base Hospital')} "
              f"under Dr {att.sur()}; next of kin {kin.full()}; problem {k[0]}.")
    return task, body, answer


HAWKES_BAY = (("Hastings", "4122"), ("Havelock North", "4130"), ("Wairoa", "4108"), ("Waipukurau", "4200"), ("Flaxmere", "4120"), ("Clive", "4102"))
ORU_PANELS = (("Renal function", (("2160-0", "Creatinine", "188", "umol/L", "45-90", "H"), ("33914-3", "eGFR", "27", "mL/min/1.73m2", ">90", "L"),
                                  ("2823-3", "Potassium", "5.8", "mmol/L", "3.5-5.2", "H"))),
              ("Full blood count", (("718-7", "Haemoglobin", "96", "g/L", "115-155", "L"), ("6690-2", "WBC", "14.2", "x10*9/L", "4.0-11.0", "H"),
                                    ("777-3", "Platelets", "412", "x10*9/L", "150-400", "H"))),
              ("Diabetes review", (("4548-4", "HbA1c", "74", "mmol/mol", "<41", "H"), ("2345-7", "Glucose", "13.9", "mmol/L", "3.5-7.7", "H"),
                                   ("14959-1", "Urine ACR", "31.4", "mg/mmol", "<2.5", "H"))))


def hl7_oru(g: Gen) -> Doc:
    """A Hawke's Bay community laboratory's HL7 ORU^R01: the patient, the requesting GP and practice, OBX results with LOINC codes."""
    pt = g.of("nz", "nz", "en")
    gp, path = g.of("nz", "en"), g.of("nz", "sk", "en")
    town, pc = g.pick(HAWKES_BAY)
    practice = g.pick(("Te Mata Peak Medical Centre", "Hastings Health Centre", "Wairoa Medical Centre", "Tukituki Family Doctors"))
    dob = g.ymd(1940, 2000)
    day = g.base()
    panel, rows = g.pick(ORU_PANELS)
    acc = f"{g.letters(2)}{g.digits(7)}"
    obx = "\n".join(f"{K('OBX')}|{i + 1}|NM|{K(code)}^{name}^LN||{value}|{unit}|{rng}|{flag}|||F|||{g.hl7_ts(day)}" for i, (code, name, value, unit, rng, flag) in enumerate(rows))
    body = "\n".join((
        f"{K('MSH')}|^~\\&|LABSYS|{g.org('PATHLAB HAWKES BAY')}|PMS|{g.org(practice.upper())}|{g.hl7_ts(day, True)}||ORU^R01|{g.digits(10)}|P|2.3.1",
        f"{K('PID')}|1||{L('HEALTH_ID', g.nhi())}^^^NHI||{pt.hl7()}||{g.ymd8(dob)}|{'F' if pt.female else 'M'}|||"
        f"{g.place(('{n} Karamu Road', '{k} Te Aute Road', '{n} Heretaunga Street East', '{k} Marine Parade'))}^^{g.loc(town)}^^{g.loc(pc)}",
        f"{K('ORC')}|RE|{L('CASE_NUMBER', acc)}||||||||||{L('LICENSE_NUMBER', g.digits(5))}^{gp.hl7()}",
        f"{K('OBR')}|1|{L('CASE_NUMBER', acc)}||{panel}|||{g.hl7_ts(day)}|||||||{g.hl7_ts(day)}||{L('LICENSE_NUMBER', g.digits(5))}^{gp.hl7()}",
        obx,
        f"NTE|1||Reported by Dr {path.full()}, chemical pathologist. Phoned to {gp.initial()} at {g.tel('hawkesbay')}.",
    ))
    code, name, value, unit, _, flag = rows[0]
    task = "Summarise the abnormal results of this lab message for the GP's inbox."
    answer = f"{pt.full()} ({g.ymd8(dob)}): {K(name + ' ' + value + ' ' + unit)} ({flag}), LOINC {K(code)}; for Dr {gp.sur()}."
    return task, body, answer


VERMONT = (("Rutland", "05701"), ("Bennington", "05201"), ("St. Johnsbury", "05819"), ("Brattleboro", "05301"), ("Middlebury", "05753"), ("Springfield", "05156"))
VT_HOSPITALS = ("Rutland Regional Medical Center", "Southwestern Vermont Medical Center", "Northeastern Vermont Regional Hospital",
                "Brattleboro Memorial Hospital", "Porter Medical Center")
RAD_STUDIES = (("CT CHEST WITH CONTRAST", "71260", "a 9 mm spiculated nodule in the right upper lobe", "Lung-RADS 4B"),
               ("MRI LUMBAR SPINE WITHOUT CONTRAST", "72148", "an L4-L5 disc extrusion compressing the left L5 nerve root", "ICD-10 M51.16"),
               ("CT HEAD WITHOUT CONTRAST", "70450", "a 6 mm left subdural hematoma without midline shift", "ICD-10 S06.5X0A"))


def dictated_radiology(g: Gen) -> Doc:
    """A Vermont hospital's dictated radiology report with the speech-recognition system's header: patient, MRN, accession, radiologist's NPI."""
    pt, rad, ref = g.of("us", "us", "ch"), g.of("us", "en"), g.of("us", "ch")
    town, zip_ = g.pick(VERMONT)
    hosp = g.pick(VT_HOSPITALS)
    dob = g.ymd(1935, 2005)
    day = g.base()
    study, cpt, finding, code = g.pick(RAD_STUDIES)
    body = (f"*** POWERSCRIBE DICTATION - PRELIMINARY UNTIL SIGNED ***\nSite: {g.org(hosp)}   Dictated: {L('DATE_TIME', blind3.unmark(g.us(day), 'x')[0] + ' ' + g.clock())}   Transcribed: {g.us(day)}\n"
            f"Patient: {pt.comma()}   MRN: {L('HEALTH_ID', g.digits(8))}   DOB: {g.us(dob)}   Acct: {L('ACCOUNT_NUMBER', g.digits(9))}\n"
            f"Accession: {L('CASE_NUMBER', 'RR' + g.digits(8))}   Exam: {study} (CPT {K(cpt)})\nReferring: {ref.full()}, MD, {g.org(g.pick(('Rutland Community Health', 'Bennington Family Practice', 'Kingdom Internal Medicine')))}, "
            f"fax {g.tel('vermont')}\n\nCLINICAL HISTORY: {day.year - dob[0] - 1} year old, resides {g.place(('{n} Main Street', '{k} Elm Street', '{n} Pleasant Street', 'RR {m} Box {k}'))}, "
            f"{g.loc(town)}, VT {g.loc(zip_)}; comparison with outside study from {g.org('Dartmouth Hitchcock Medical Center')} dated {g.us(g.later(day, -200, -30))}.\n\n"
            f"FINDINGS: There is {finding}. period. new paragraph.\n\nIMPRESSION: {finding[0].upper() + finding[1:]} ({K(code)}). Findings discussed with Dr. {ref.sur()} by phone "
            f"on {L('DATE_TIME', f'{day.month}/{day.day}/{day.year} at {g.rng.randint(1, 11)}:{g.rng.randint(10, 59)} PM')}.\n\n"
            f"Electronically signed: {rad.full()}, MD (NPI {L('LICENSE_NUMBER', g.npi())})")
    task = "Clean up this dictated report (remove dictation artefacts) and give the impression in one line."
    answer = f"Impression for {pt.full()}: {finding} ({K(code)}); discussed with Dr. {ref.sur()}."
    return task, body, answer


WESTMEATH = (("Mullingar", "N91"), ("Moate", "N37"), ("Kinnegad", "N91"), ("Castlepollard", "N91"), ("Kilbeggan", "N91"), ("Delvin", "N91"))
HISTO = (("Right breast core biopsy", "invasive ductal carcinoma, grade 2", "ER 8/8, PR 6/8, HER2 1+", "ICD-10 C50.411"),
         ("Sigmoid colon polyp", "tubulovillous adenoma with high-grade dysplasia", "margins clear by 2 mm", "ICD-10 D12.5"),
         ("Skin, left cheek, excision", "basal cell carcinoma, nodular type", "peripheral margin 1.5 mm", "ICD-10 C44.319"))


def histopathology_pages(g: Gen) -> Doc:
    """A Westmeath hospital's histopathology report over two pages, the patient's name and numbers in every page header."""
    pt = g.of("ie", "ie", "pk")
    surgeon, path, gp = g.of("ie", "pk"), g.of("ie", "sk"), g.of("ie")
    town, key = g.pick(WESTMEATH)
    dob = g.ymd(1940, 1995)
    day = g.base()
    spec, diag, extra, code = g.pick(HISTO)
    mrn, lab = g.digits(7), f"H{day.year % 100:02d}/{g.digits(5)}"

    def header(page: int) -> str:
        return (f"{g.org('MIDLAND REGIONAL HOSPITAL MULLINGAR')} - Histopathology    {pt.comma()}    MRN {L('HEALTH_ID', mrn)}    "
                f"Lab No {L('CASE_NUMBER', lab)}    Page {page} of 2")

    body = (f"{header(1)}\n\nPatient: {pt.full()}   DOB: {g.uk(dob)}   PPSN: {L('NATIONAL_ID', g.ppsn())}\n"
            f"Address: {g.place(('{n} Dominick Street', '{k} Ashe Road', '{k} Lakepoint Park', 'Clonmore, Ballinea'))}, {g.loc(town)}, {g.loc('Co. Westmeath')}, {g.eircode(key)}\n"
            f"Requested by: {'Ms' if surgeon.female else 'Mr'} {surgeon.full()}, Consultant Surgeon   Copy to: Dr {gp.full()}, {g.org(g.pick(('Mullingar Primary Care Centre', 'Moate Family Practice', 'Lough Ennell Medical')))}\n"
            f"Received: {g.stamp('iw', day)}\n\nSPECIMEN: {spec}\nMACROSCOPY: Received in formalin, three cores up to 14 mm.\n\n"
            f"{header(2)}\n\nMICROSCOPY AND CONCLUSION: {diag}; {K(extra)}. {K(code)}.\n"
            f"Reported by: Dr {path.full()}, Consultant Histopathologist, IMC {L('LICENSE_NUMBER', g.digits(6))}, on {g.uk(g.later(day, 2, 9))}")
    task = "Extract the diagnosis and who must be told, as two bullet points."
    answer = f"- {diag} ({K(code)})\n- Tell {surgeon.formal()} and Dr {gp.sur()}; patient {pt.full()}, MRN {L('HEALTH_ID', mrn)}."
    return task, body, answer


SKYE = (("Portree", "IV51"), ("Broadford", "IV49"), ("Dunvegan", "IV55"), ("Uig", "IV51"), ("Kyleakin", "IV41"), ("Staffin", "IV51"))
SK_HOMES = ("{k} Bosville Terrace", "{n} Home Farm Road", "Croft {k}, Glendale", "{k} Kilmuir Road", "Tigh na Mara, Elgol", "{k} Sluggans")
PRF_CASES = (("fall from ladder, #NOF suspected", "GCS 15", "morphine 5 mg IV", "ICD-10 S72.00"), ("chest pain, STEMI on 12-lead", "NEWS2 5", "aspirin 300 mg PO", "ICD-10 I21.0"),
             ("hypoglycaemia, found by neighbour", "BM 1.9 mmol/L", "glucagon 1 mg IM", "ICD-10 E16.2"))


def ambulance_prf(g: Gen) -> Doc:
    """A Skye ambulance patient report form: the patient (CHI), the croft address, the caller, crew, times and the receiving hospital."""
    pt, caller = g.of("sk", "sk", "en"), g.of("sk", "en")
    crew1, crew2 = g.of("sk", "en"), g.of("sk", "ie")
    town, area = g.pick(SKYE)
    dob = g.ymd(1930, 1990)
    day = g.base()
    what, score, drug, code = g.pick(PRF_CASES)
    chi = g.chi_number(dob, pt.female)
    hosp = g.pick(("Dr MacKinnon Memorial Hospital", "Broadford Hospital", "Raigmore Hospital", "Portree Hospital"))
    t, m0 = g.rng.randint(6, 20), g.rng.randint(0, 50)
    body = (f"PATIENT REPORT FORM    Incident: {L('CASE_NUMBER', 'SK' + g.digits(7))}    Date: {g.uk(day)}\n"
            f"Surname: {pt.sur_caps()}    Forename(s): {pt.given()}    DOB: {g.uk(dob)}    CHI: {L('HEALTH_ID', chi)}\n"
            f"Address: {g.place(SK_HOMES)}\nTown: {g.loc(town)}    Postcode: {g.loc(g.pc(area))}\n"
            f"Caller: {caller.full()} ({g.pick(('neighbour', 'daughter' if caller.female else 'son', 'wife' if caller.female else 'husband'))})    Tel: {g.tel('skye')}\n"
            f"Times: call {t:02d}:{m0:02d}  mobile {t:02d}:{m0 + 2:02d}  on scene {t + 1:02d}:{m0 + 5:02d}\n"
            f"Presenting: {what}.  Obs: {K(score)}.  Drugs: {K(drug)}.\nWorking impression: {K(code)}\n"
            f"Conveyed to: {g.org(hosp)}    Handover to: Staff Nurse {crew2.full()}\n"
            f"Crew: {crew1.initial()} (paramedic, HCPC {L('LICENSE_NUMBER', 'PA' + g.digits(5))})")
    task = "Write the handover line the crew would read out at the hospital."
    answer = f"This is {pt.full()}, CHI {L('HEALTH_ID', chi)}, from {g.loc(town)}: {what}, {K(score)}, given {K(drug)}."
    return task, body, answer


PILBARA = (("Karratha", "6714"), ("South Hedland", "6722"), ("Newman", "6753"), ("Tom Price", "6751"), ("Roebourne", "6718"), ("Paraburdoo", "6754"))
PB_EMPLOYERS = ("Yarrie Iron Ore Pty Ltd", "Chichester Haul Contracting Pty Ltd", "Hamersley Rail Services Pty Ltd", "Burrup Fertiliser Services Pty Ltd")


def occ_health_report(g: Gen) -> Doc:
    """A Pilbara mine site's occupational-health fitness report: the worker (Medicare), the employer (ABN), the examining doctor."""
    w, doc, sup = g.of("au", "au", "nz", "ie"), g.of("au", "sk"), g.of("au", "nz")
    town, pc = g.pick(PILBARA)
    employer = g.pick(PB_EMPLOYERS)
    dob = g.ymd(1962, 2003)
    day = g.base()
    review = g.later(day, 60, 120)
    k = g.keep(("audiometry 35 dB HL at 4 kHz", "FEV1/FVC 0.68", "BMI 34", "BP 162/98 mmHg", "Epworth Sleepiness Scale 14", "ICD-10 H83.3", "ICD-10 G47.33"), 2)
    body = (f"PRE-PLACEMENT / PERIODIC HEALTH ASSESSMENT - CONFIDENTIAL\nEmployer: {g.org(employer)}  ABN {L('COMPANY_REGISTRATION', g.abn())}\n"
            f"Worker: {w.comma()}  Employee No: {L('ACCOUNT_NUMBER', 'E' + g.digits(6))}  DOB: {g.uk(dob)}\n"
            f"Medicare: {L('HEALTH_ID', g.medicare())}  Mobile: {g.tel('pilbara')}\nResidential: {g.place(('{n} Balmoral Road', '{k} Sharpe Avenue', 'Unit {m}/{k} Welcome Road', '{n} Hamersley Avenue'))}, "
            f"{g.loc(town)} WA {g.loc(pc)}\nRole: haul truck operator, {g.pick(('12-hour', 'fly-in fly-out 8/6', '2 weeks on 1 off'))} roster, supervisor {sup.full()}\n\n"
            f"Findings: {k[0]}; {k[1]}.\nOutcome: FIT WITH RESTRICTIONS - review {g.uk(review)}\n"
            f"Examining doctor: Dr {doc.full()}, {g.org(g.pick(('Pilbara Occupational Health', 'Hedland Medical Centre', 'Karratha Health Campus')))}, AHPRA {L('LICENSE_NUMBER', g.ahpra('MED'))}, seen {g.uk(day)}")
    task = "State the outcome and the restrictions for the supervisor, without clinical detail."
    answer = f"{w.full()} is fit with restrictions; {sup.given()} should not roster night shifts until {g.uk(review)}."
    return task, body, answer


IOWA = (("Sioux Center", "51250"), ("Orange City", "51041"), ("Pella", "50219"), ("Le Mars", "51031"), ("Sheldon", "51201"), ("Rock Valley", "51247"))
RX = (("lisinopril 20 mg tab", "68180-0517-01", "1 tab PO daily"), ("oxycodone 5 mg tab", "0406-0552-01", "1 tab PO q6h prn pain"),
      ("amoxicillin 500 mg cap", "65862-0015-01", "1 cap PO TID x10d"), ("sertraline 50 mg tab", "16729-0213-01", "1 tab PO daily"),
      ("insulin glargine 100 units/mL", "0088-2220-33", "22 units SC at bedtime"), ("hydrocodone-APAP 5-325 mg tab", "0591-0349-01", "1 tab PO q4-6h prn"))


def pharmacy_csv_export(g: Gen) -> Doc:
    """An Iowa pharmacy's dispensing log exported as CSV with a header row: patients, prescribers' NPI and DEA numbers, NDC codes."""
    pharm = g.pick(("Dordt Drug", "Tulip Town Pharmacy", "Plymouth County Pharmacy", "Siouxland Family Pharmacy"))
    town, zip_ = g.pick(IOWA)
    day = g.base()
    rows = ["rx_no,fill_date,patient,dob,address,city,zip,phone,drug,ndc,sig,prescriber,npi,dea"]
    first = None
    for _ in range(g.rng.randint(3, 4)):
        pt, dr = g.of("us", "us", "ch"), g.of("us", "en")
        drug, ndc, sig = g.pick(RX)
        dob = g.ymd(1940, 2015)
        cell = f'"{pt.comma(caps=False)}"' if g.rng.random() < 0.5 else pt.caps()
        rows.append(f"{L('CASE_NUMBER', g.digits(7))},{L('DATE_TIME', f'{day.month}/{day.day}/{day.year}')},{cell},{L('DATE_TIME', f'{dob[1]:02d}/{dob[2]:02d}/{dob[0]}')},"
                    f"{g.place(('{n} Main St', '{k} 4th Ave NE', '{n} Franklin St', '{k} Albany Ave SE', '{n} Broadway St'))},{g.loc(town)},{g.loc(zip_)},{g.tel('iowa')},"
                    f"{drug},{K(ndc)},{sig},\"{dr.comma(caps=False)}\",{L('LICENSE_NUMBER', g.npi())},{L('LICENSE_NUMBER', g.dea(dr))}")
        first = first or (pt, drug)
    body = f"# {g.org(pharm)} - dispensing export {L('DATE_TIME', f'{day.year}-{day.month:02d}-{day.day:02d}')}, store {g.digits(4)}\n" + "\n".join(rows)
    task = "Count the controlled-substance fills (oxycodone, hydrocodone) in this log and list their patients."
    assert first is not None
    answer = f"First row: {first[0].full()}, {first[1]}. Check the rest against the PMP before the {g.org(pharm)} audit."
    return task, body, answer


DONEGAL = (("Buncrana", "F93"), ("Carndonagh", "F93"), ("Moville", "F93"), ("Bundoran", "F94"), ("Dungloe", "F94"), ("Glenties", "F94"), ("Ballyshannon", "F94"))
CLINIC_REASONS = ("INR 2.6 warfarin review", "HbA1c 52 mmol/mol", "B12 1 mg IM", "BP 148/92 mmHg", "ICD-10 J44.1 review", "QIV 0.5 mL IM",
                  "ICD-10 L03.115 dressing")
DL_TOWNLANDS = ("Ballymagan", "Cockhill", "Magheramore", "Meenacross", "Carrowkeel", "Drumfries", "Crolly", "Tullyarvan")


def clinic_list(g: Gen) -> Doc:
    """A Donegal primary care centre's clinic list as a fixed-width export: SURNAME, Given; the PPSN; townland, town and Eircode by column."""
    clinic = g.pick(("Inishowen Primary Care Centre", "Dungloe Primary Care Centre", "Bundoran Health Centre"))
    clin = g.of("ie", "pk")
    day = g.base()
    head = f"{'TIME':<6}{'NAME':<28}{'DOB':<12}{'PPSN':<11}{'TOWNLAND':<14}{'TOWN':<13}{'EIRCODE':<9}{'PHONE':<16}REASON"
    lines = [f"{g.org(clinic.upper())}   CLINIC LIST   {g.uk(day)}   CLINICIAN: {clin.caps()}", head]
    people = []
    for _ in range(g.rng.randint(4, 5)):
        pt = g.of("ie", "ie", "pk")
        town, key = g.pick(DONEGAL)
        dob = g.ymd(1935, 2020)
        name = f"{pt.last.upper()}, {pt.first}"
        dob_s = f"{dob[2]:02d}/{dob[1]:02d}/{dob[0]}"
        ppsn = g.ppsn()
        townland = g.pick(DL_TOWNLANDS)
        eir = g.eircode(key)
        eir_plain = blind3.unmark(eir, "x")[0]
        lines.append(f"{g.clock(g.rng.randint(9, 16)):<6}{L('PERSON', name)}{' ' * max(1, 28 - len(name))}{L('DATE_TIME', dob_s)}  {L('NATIONAL_ID', ppsn)}{' ' * max(1, 11 - len(ppsn))}"
                     f"{g.loc(townland)}{' ' * (14 - len(townland))}{g.loc(town)}{' ' * (13 - len(town))}{eir}{' ' * (9 - len(eir_plain))}{g.tel('donegal')}  "
                     f"{K(g.pick(CLINIC_REASONS))}")
        people.append(pt)
    body = "\n".join(lines) + f"\n-- end of list ({len(people)} patients) --"
    task = g.pick(("Who is first on this clinic list, and at what time?", "Turn this list into a sentence for the receptionist."))
    answer = f"{people[0].full()} is first on {clin.full()}'s list at {g.org(clinic)}."
    return task, body, answer


ANAMBRA = (("Nnewi", "435101"), ("Awka", "420102"), ("Ekwulobia", "434101"), ("Ihiala", "434102"), ("Oko", "434104"), ("Umunze", "433101"))


def ocr_discharge_letter(g: Gen) -> Doc:
    """An Anambra teaching hospital's discharge letter, scanned and OCR'd: damaged names and numbers, a page header on both pages,
    the referring doctor's surname hyphenated across a line end."""
    pt, cons, gp = g.of("ng"), g.of("ng"), g.of("ng")
    kin = g.relative(pt, not pt.female)
    town, _ = g.pick(ANAMBRA)
    dob = g.ymd(1950, 2000)
    day = g.base()
    hosp = "NNAMDI AZIKIWE UNIVERSITY TEACHING HOSPITAL"
    hosp_no = f"NAUTH/{g.digits(3)}/{day.year % 100:02d}"
    hosp_no_ocr = g.ocr_number(hosp_no)
    nin = g.digits(11)
    name_ocr = g.ocr_name(pt.last.upper())
    k = g.pick(((K("ICD-10 B50.9"), K("artemether-lumefantrine 80/480 mg BD x3d"), K("PCV 21%")), (K("ICD-10 A01.0"), K("ceftriaxone 2 g IV daily"), K("Widal 1:320")),
                (K("ICD-10 O14.1"), K("magnesium sulphate 4 g IV"), K("BP 168/112 mmHg"))))
    cut = g.rng.randint(2, len(gp.last) - 2) if len(gp.last) >= 4 else 0
    hyph = L("PERSON", f"{gp.first} {gp.last[:cut]}-\n{gp.last[cut:]}" if cut else gp.plain())

    def header(page: int) -> str:
        return f"{g.org(hosp)}, NNEWI    Pt: {L('PERSON', name_ocr + ', ' + pt.first.upper())}    Hosp. No. {L('HEALTH_ID', hosp_no_ocr)}    pg {page}/2"

    body = g.ocr_prose(
        f"{header(1)}\n\nDEPARTMENT OF INTERNAL MEDlCINE\nDISCHARGE SUMMARY\n\nDear Dr {hyph}, of {g.org(g.pick(('Holy Rosary Hospital, Emekuku', 'Ekwulobia General Hospital', 'Our Lady of Lourdes Hospital, Ihiala')))},\n"
        f"Re: {L('PERSON', pt.first + ' ' + name_ocr.capitalize())} (DOB {g.uk(dob)}), NIN {L('NATIONAL_ID', nin if g.rng.random() < 0.6 else g.ocr_number(nin))}, "
        f"of {g.place(('No. {k} Old Onitsha Road', '{k} Nnobi Road', 'Umuezeora Village, Uruagu', '{k} Ziks Avenue'))}, {g.loc(town)}, {g.loc('Anambra State')}\n\n"
        f"The above named was admitted on {g.uk(day)} with {k[2]} and the final diagnosis was {k[0]}. Treated with {k[1]}. "
        f"Discharged on {L('DATE_TIME', g.ocr_number(f'{g.later(day, 3, 12).day:02d}/{day.month:02d}/{day.year}'))} to the care of "
        f"{'his wife' if kin.female else 'her husband'} {kin.full()} ({g.tel('anambra')}).\n\n{header(2)}\n\nKindly review in two weeks.\n\n"
        f"Yours faithfully,\nDr {cons.caps()}\nConsultant Physician, Reg. No. {L('LICENSE_NUMBER', 'MDCN/R/' + g.digits(5))}")
    task = "This letter was scanned and OCR'd. Correct the obvious OCR errors in the diagnosis line only, and return that line."
    answer = f"{L('PERSON', pt.plain())} was treated for {k[0]}; follow-up with Dr {gp.sur()} in two weeks."
    return task, body, answer


SOMERSET = (("Taunton", "TA1"), ("Yeovil", "BA20"), ("Bridgwater", "TA6"), ("Minehead", "TA24"), ("Frome", "BA11"), ("Chard", "TA20"), ("Wiveliscombe", "TA4"))


def gp_referral_thread(g: Gen) -> Doc:
    """A Somerset GP's referral as an e-mail thread: headers with display names, the consultant's reply above the quoted referral,
    signatures with direct lines, the NHS number, the practice's confidentiality footer."""
    pt = g.of("en", "en", "pk", "ie")
    gp, cons, sec = g.of("en", "ie"), g.of("en", "pk", "sk"), g.of("en", "ie", female=True)
    town, area = g.pick(SOMERSET)
    practice = g.pick(("Quantock Vale Surgery", "Blackdown Medical Practice", "Levels Health Partnership", "Exmoor Coast Surgery"))
    dob = g.ymd(1940, 2005)
    day = g.base()
    reply = g.later(day, 1, 6)
    k = g.keep(LABS, 1) + g.keep(DRUGS, 1)
    nhs = g.nhs_number(spaced=g.rng.random() < 0.6)
    gp_mail, cons_mail = g.mail(gp, "nhs.net"), g.mail(cons, "somersetft.nhs.uk")
    body = (f"From: {cons.comma(caps=False)} <{cons_mail}>\nSent: {g.sent(reply)}\nTo: {gp.full()} <{gp_mail}>\n"
            f"Cc: {sec.comma(caps=False)} <{g.mail(sec, 'somersetft.nhs.uk')}>\nSubject: RE: Advice and guidance - {pt.full()} ({L('HEALTH_ID', nhs)})\n\n"
            f"Dear {gp.given()},\n\nThank you. I would see {pt.given()} in the rapid-access clinic at {g.org('Musgrove Park Hospital')}; {sec.given()} will book. "
            f"Please start {k[1]} meanwhile.\n\nBest wishes\n{cons.full()}\nConsultant Physician | {g.org('Somerset NHS Foundation Trust')}\nDirect line: {g.tel('somerset')}\n\n"
            f"-----Original Message-----\n> On {g.sent(day)}, {gp.full()} <{gp_mail}> wrote:\n> Dear Dr {cons.sur()},\n"
            f"> Re: {pt.full()}, DOB {g.uk(dob)}, of {g.place(('{n} Staplegrove Road', '{k} Hendford Hill', '{n} Durleigh Road', 'Flat {m}, {k} The Avenue'))}, {g.loc(town)} {g.loc(g.pc(area))}\n"
            f"> I'd value advice: {k[0]} on bloods {g.uk(g.later(day, -10, -1))}. Mobile {g.tel('somerset')}.\n"
            f"> {gp.given()}\n> Dr {gp.full()} | GP Partner | {g.org(practice)}\n\n"
            f"This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, "
            f"please notify {g.org(practice)} and delete it.")
    task = "What does the consultant advise, and who books the appointment? Two lines."
    answer = f"Dr {cons.sur()} advises {k[1]} and a rapid-access clinic for {pt.full()}.\n{sec.full()} will book it."
    return task, body, answer


# ---------------------------------------------------------------- legal and social registers

GRENADA = ("Grenville", "Gouyave", "Sauteurs", "Victoria", "Hillsborough, Carriacou", "Grand Anse", "Morne Jaloux", "Woburn")


def high_court_hearing(g: Gen) -> Doc:
    """A Grenada High Court hearing transcript: speaker labels in capitals, the claim number, the claimant's NIS number and address."""
    judge, claimant, defendant = g.of("gd"), g.of("gd"), g.of("gd")
    c_counsel, d_counsel = g.of("gd", female=True), g.of("gd", female=False)
    day = g.base()
    company = g.pick(("Spice Isle Hauliers Ltd", "Grand Etang Construction Ltd", "Carriacou Marine Services Ltd"))
    claim = f"GDAHCV{day.year - g.rng.randint(1, 3)}/{g.digits(4)}"
    k = g.keep(("CPR 26.3", "CPR 13.3", "CPR 26.1(2)(k)", "Part 26 of the Eastern Caribbean Supreme Court Civil Procedure Rules 2000"), 1)
    cc_t, dc_t = ("MS." if c_counsel.female else "MR."), ("MS." if d_counsel.female else "MR.")
    body = (f"IN THE EASTERN CARIBBEAN SUPREME COURT\nIN THE HIGH COURT OF JUSTICE\nGRENADA\nCLAIM NO. {L('CASE_NUMBER', claim)}\n"
            f"BETWEEN: {claimant.caps()} (Claimant) and {defendant.caps()} and {g.org(company.upper())} (Defendants)\n"
            f"Before: The Hon. Justice {judge.full()}    Date: {g.uk(day)}\nAppearances: {c_counsel.full()} for the Claimant; {d_counsel.full()} for the Defendants\n\n"
            f"THE COURT: Yes, {cc_t.title()} {c_counsel.sur()}.\n{cc_t} {c_counsel.sur_caps()}: My Lady, the claimant, {claimant.full()}, NIS number {L('NATIONAL_ID', g.digits(6))}, "
            f"of {g.place(('Lot {k} Belmont', '{k} Lucas Street', 'Upper Depradine Street', 'La Poterie Road'))}, {g.loc(g.pick(GRENADA))}, was injured on {g.uk(g.later(day, -900, -400))} "
            f"when the truck driven by {defendant.full()} left the road.\n"
            f"THE COURT: And the application is under {k[0]}?\n{cc_t} {c_counsel.sur_caps()}: Yes, My Lady.\n"
            f"{dc_t} {d_counsel.sur_caps()}: My Lady, {g.org(company)} was not served until {g.uk(g.later(day, -300, -100))}; {defendant.formal()} lives at "
            f"{g.loc(g.pick(GRENADA))} and is reachable at {g.tel('grenada')}.\nTHE COURT: Adjourned to {L('DATE_TIME', g.pick(('10:00 a.m. on ', '9:30 a.m. on ')) + blind3.unmark(g.uk(g.later(day, 14, 60)), 'x')[0])}.")
    task = "Summarise what happened at this hearing in two sentences."
    answer = f"{c_counsel.formal()} applied under {k[0]} for {claimant.full()} in {L('CASE_NUMBER', claim)}. The hearing was adjourned."
    return task, body, answer


OREGON = (("Medford", "97501"), ("Klamath Falls", "97601"), ("Roseburg", "97470"), ("Pendleton", "97801"), ("Hood River", "97031"), ("Grants Pass", "97526"))


def deposition_qa(g: Gen) -> Doc:
    """An Oregon deposition in question-and-answer form: the deponent's identity, address, SSN, licence, employer and the case number."""
    dep, atty, opp, boss = g.of("us", "ch", "en"), g.of("us", "en"), g.of("us", "ch"), g.of("us", "ch", "en")
    rep = g.of("us", "en", female=True)
    town, zip_ = g.pick(OREGON)
    day = g.base()
    employer = g.pick(("Rogue Valley Orchards LLC", "Klamath Basin Feed & Seed", "Umpqua Timber Products LLC", "Columbia Gorge Fruit Packers"))
    case = f"{day.year % 100:02d}CV{g.digits(5)}"
    atty_t = "MS." if atty.female else "MR."
    opp_t = "MS." if opp.female else "MR."
    body = (f"IN THE CIRCUIT COURT OF THE STATE OF OREGON FOR THE COUNTY OF {g.pick(('JACKSON', 'KLAMATH', 'DOUGLAS', 'UMATILLA'))}\nCase No. {L('CASE_NUMBER', case)}\n"
            f"DEPOSITION OF {dep.caps()}, taken {g.us(day)}, at the offices of {g.org(g.pick(('Siskiyou Law Group LLP', 'Crater Lake Legal PC', 'Bear Creek Injury Attorneys')))}, {g.loc(town)}, Oregon\n\n"
            f"EXAMINATION BY {atty_t} {atty.sur_caps()}:\nQ. State your full name for the record.\nA. {dep.full()}.\nQ. And your address?\n"
            f"A. {g.place(('{n} Siskiyou Blvd', '{k} Riverside Ave', '{n} NW Garden Valley Blvd', '{k} SE Court Ave'))}, {g.loc(town)}, Oregon {g.loc(zip_)}.\n"
            f"Q. The last four of your Social Security number, and your driver's license?\nA. My whole social is {L('NATIONAL_ID', g.ssn())}. License is {L('LICENSE_NUMBER', g.digits(7))}.\n"
            f"Q. Who was your employer on {g.us(g.later(day, -500, -200))}?\nA. {g.org(employer)}. My foreman was {boss.given() if g.rng.random() < 0.5 else boss.full()}.\n"
            f"{opp_t} {opp.sur_caps()}: Objection, form.\nQ. You may answer. Did you report the injury under {K('ORS 656.262')}?\n"
            f"A. I told {boss.given()} that night and called my wife on {g.tel('oregon')}.\n\n"
            f"(Reported by {rep.full()}, CSR No. {L('LICENSE_NUMBER', g.digits(5))})")
    task = "List the facts the deponent admitted, as short bullet points."
    answer = f"- {dep.full()} lives in {g.loc(town)}.\n- Worked for {g.org(employer)}.\n- Reported the injury under {K('ORS 656.262')}."
    return task, body, answer


ROSCOMMON = (("Roscommon", "F42"), ("Boyle", "F52"), ("Castlerea", "F45"), ("Strokestown", "F42"), ("Ballaghaderreen", "F45"), ("Elphin", "F42"))


def garda_interview(g: Gen) -> Doc:
    """A Roscommon Garda station's recorded interview memo: timestamps, the suspect's PPSN, a vehicle registration, the PULSE number."""
    sus, garda1, garda2, sol = g.of("ie", "pk"), g.of("ie"), g.of("ie"), g.of("ie", "en")
    victim = g.of("ie")
    town, key = g.pick(ROSCOMMON)
    day = g.base()
    station = g.pick(("Roscommon Garda Station", "Boyle Garda Station", "Castlerea Garda Station"))
    reg = f"{g.pick(('191', '192', '201', '211', '221', '231', '241', '242'))}-RN-{g.rng.randint(1, 9999)}"
    body = (f"MEMO OF INTERVIEW (video recorded)  PULSE incident {L('CASE_NUMBER', g.digits(8))}\nPlace: {g.org(station)}   Commenced: {L('DATE_TIME', f'{day.day:02d}/{day.month:02d}/{day.year} at {g.clock(g.rng.randint(9, 20))}')}\n"
            f"Interviewee: {sus.full()}, DOB {g.uk(g.ymd(1970, 2004))}, PPSN {L('NATIONAL_ID', g.ppsn())}, of {g.loc(g.pick(('Cloonfad', 'Knockcroghery', 'Lisacul', 'Ballinameen')))}, "
            f"{g.loc(town)}, {g.eircode(key)}\nPresent: Gda {garda1.full()}, Gda {garda2.full()}, solicitor {sol.full()} of {g.org(g.pick(('Kearns & Co. Solicitors', 'Shannon Solicitors LLP', 'Breslin Law')))}\n"
            f"Caution given under {K('section 19 of the Criminal Justice Act 1984')}.\n\n"
            f"[00:00:41] GDA {garda1.sur_caps()}: You own the silver Corolla, {L('LICENSE_NUMBER', reg)}?\n[00:00:47] {L('PERSON', sus.last.upper())}: I do, yeah.\n"
            f"[00:01:30] GDA {garda1.sur_caps()}: Where were you on the night of {g.uk(g.later(day, -20, -2))}?\n"
            f"[00:01:52] {L('PERSON', sus.last.upper())}: At home. Ring my mother, {g.tel('roscommon')}.\n"
            f"[00:03:05] GDA {garda2.sur_caps()}: {victim.full()} says you were outside {g.org(g.pick(('Dowds Bar', 'the Royal Hotel, Boyle', 'Gleesons Townhouse')))}.\n"
            f"[00:03:20] SOLICITOR: My client has answered that.\n[00:04:12] Interview concluded.")
    task = "Summarise the interview for the investigation file in three lines."
    answer = f"{sus.full()} admitted owning {L('LICENSE_NUMBER', reg)}.\nDenied being at the scene named by {victim.full()}.\nAlibi: the mother, by phone."
    return task, body, answer


CHESHIRE = (("Crewe", "CW1"), ("Nantwich", "CW5"), ("Macclesfield", "SK10"), ("Knutsford", "WA16"), ("Northwich", "CW9"), ("Congleton", "CW12"))


def law_invoice(g: Gen) -> Doc:
    """A Cheshire solicitors' invoice with time entries by fee earners' initials, the client's address, VAT number, IBAN and account."""
    client, partner, assoc, trainee = g.of("en", "pk", "ie"), g.of("en", "pk"), g.of("en", "ie"), g.of("en", "sk")
    firm = g.pick(("Dane Valley Solicitors LLP", "Weaver & Bollin LLP", "Gawsworth Law Ltd"))
    town, area = g.pick(CHESHIRE)
    day = g.base()
    other = g.pick(("Cheshire East Council", "Mid Cheshire Hospitals NHS Foundation Trust", "Bentley Motors Ltd"))
    entries = []
    for who, rate in ((partner, "£295.00"), (assoc, "£220.00"), (trainee, "£140.00")):
        d = g.later(day, -40, -1)
        entries.append(f"{L('DATE_TIME', f'{d.day:02d}/{d.month:02d}/{d.year}')}  {who.initials()}  {g.pick(('Attendance on client', 'Letter to', 'Call with', 'Drafting witness statement of'))} "
                       f"{g.pick((client.full(), client.formal(), g.org(other)))}  {g.pick(('0.6', '1.2', '0.3', '2.0'))} h  {K(rate)}")
    body = (f"{g.org(firm.upper())}\n{g.place(('{k} Hospital Street', '{n} Chestergate', '{k} Welsh Row', '{n} King Street'))}, {g.loc(town)} {g.loc(g.pc(area))}  "
            f"T {g.tel('cheshire')}  VAT No. {L('COMPANY_REGISTRATION', g.vat())}  Registered in England no. {L('COMPANY_REGISTRATION', g.digits(8))}  SRA {L('LICENSE_NUMBER', g.digits(6))}\n\n"
            f"INVOICE {L('CASE_NUMBER', 'INV-' + g.digits(6))}   Date: {g.uk(day)}   Matter: {L('CASE_NUMBER', g.letters(3) + '/' + g.digits(5) + '/' + g.digits(3))}\n"
            f"To: {client.full()}, {g.place(('{n} Middlewich Road', '{k} London Road', 'Flat {m}, {k} Park Lane', '{n} Mill Lane'))}, {g.loc(g.pick((town, 'Holmes Chapel', 'Sandbach', 'Wilmslow')))} "
            f"{g.loc(g.pc(area))}\nRe: your claim against {g.org(other)}\n\nDATE        FE   NARRATIVE  TIME  RATE\n" + "\n".join(entries) +
            f"\n\nProfit costs {K('£1,842.50')}  VAT at 20% {K('£368.50')}  TOTAL {K('£2,211.00')}\n"
            f"Pay to client account {L('ACCOUNT_NUMBER', g.sort_account())} / IBAN {L('IBAN_CODE', g.gb_iban())}, quoting the invoice number. "
            f"Your rights to challenge this bill are set out in {K('Solicitors Act 1974 s. 70')}.")
    task = "Total the hours by fee earner and say who the client is."
    answer = f"Client: {client.full()}. Fee earners {partner.initials()}, {assoc.initials()} and {trainee.initials()}; total {K('£2,211.00')}."
    return task, body, answer


MARLBOROUGH = (("Blenheim", "7201"), ("Seddon", "7210"), ("Spring Creek", "7202"), ("Rārangi", "7273"), ("Tuamarina", "7273"), ("Grovetown", "7202"))


def title_extract(g: Gen) -> Doc:
    """A Marlborough record of title extract: the owners, the legal description, mortgage and caveat instruments, the IRD numbers
    on the transfer's tax statement."""
    o1 = g.of("nz", "en", "sk")
    o2 = g.relative(o1, not o1.female)
    caveator = g.of("nz", "en")
    town, pc = g.pick(MARLBOROUGH)
    day = g.base()
    title = g.pick((f"MB{g.rng.randint(1, 9)}{g.letters(1)}/{g.digits(3)}", g.digits(6)))
    bank = g.pick(("Marlborough Building Society", "Nelson Rural Bank Limited", "Wairau Valley Credit Union"))
    body = (f"RECORD OF TITLE UNDER THE LAND TRANSFER ACT 2017 - FREEHOLD - Search Copy\nIdentifier {L('CASE_NUMBER', title)}\nLand Registration District {g.loc('Marlborough')}\n"
            f"Date Issued {g.uk(g.later(day, -6000, -400))}\n\nEstate Fee Simple  Area 1,012 square metres more or less\n"
            f"Legal Description {L('LOCATION', f'Lot {g.rng.randint(1, 40)} Deposited Plan {g.digits(6)}')}\nPhysical address {g.place(('{n} Maxwell Road', '{k} Redwood Street', '{n} Middle Renwick Road', '{k} State Highway 1'))}, "
            f"{g.loc(town)} {g.loc(pc)}\n\nRegistered Owners\n{o1.full()} and {o2.full()}\n\nInterests\n"
            f"{L('CASE_NUMBER', g.digits(8) + '.' + g.digits(1))} Mortgage to {g.org(bank)} - {L('DATE_TIME', f'{day.day}.{day.month}.{day.year} at {g.clock(g.rng.randint(9, 16))}')}\n"
            f"{L('CASE_NUMBER', g.digits(8) + '.' + g.digits(1))} Caveat by {caveator.full()} under {K('Land Transfer Act 2017 s. 138')}\n\n"
            f"Tax statement (transfer): {o1.given()} IRD {L('NATIONAL_ID', g.ird())}; {o2.given()} IRD {L('NATIONAL_ID', g.ird())}\n"
            f"Solicitor: {g.org(g.pick(('Wairau Law', 'Sounds Conveyancing Ltd', 'Blenheim Conveyancing Partners')))}, {g.tel('marlborough')}")
    task = "Who owns this land and what encumbers it? Answer in two lines."
    answer = f"{o1.full()} and {o2.full()} own {L('CASE_NUMBER', title)}.\nA mortgage to {g.org(bank)} and {caveator.poss(True)} caveat."
    return task, body, answer


WEXFORD = (("Enniscorthy", "Y21"), ("Gorey", "Y25"), ("New Ross", "Y34"), ("Bunclody", "Y21"), ("Rosslare", "Y35"), ("Ferns", "Y21"), ("Kilmore Quay", "Y35"))


def probate_grant(g: Gen) -> Doc:
    """A Wexford grant of probate, scanned and OCR'd: the deceased, the executors, the PPSN, a surname hyphenated across a line end."""
    dec = g.of("ie")
    ex1 = g.relative(dec, not dec.female)
    ex2 = g.of("ie")
    sol = g.of("ie", "en")
    town, key = g.pick(WEXFORD)
    day = g.base()
    died = g.later(day, -500, -90)
    cut = g.rng.randint(2, len(ex2.last) - 2) if len(ex2.last) >= 4 else 0
    ocr_dec = g.ocr_name(dec.last.upper())
    body = g.ocr_prose(
        f"THE HIGH COURT\nPROBATE\n\nGRANT OF PROBATE    Record No. {L('CASE_NUMBER', g.ocr_number(f'{died.year}/PO/{g.digits(6)}'))}\n\n"
        f"BE IT KNOWN that on the {L('DATE_TIME', f'{day.day}{ORDINAL(day.day)} day of {EN_MONTHS[day.month - 1]} {day.year}')} the last will and testament of\n"
        f"{L('PERSON', dec.first.upper() + ' ' + ocr_dec)}, late of {g.loc(g.pick(('Ballygarrett', 'Camolin', 'Tagoat', 'Clonroche', 'Kiltealy')))}, {g.loc(town)}, {g.loc('Co. Wexford')}, "
        f"{g.eircode(key)}, {g.pick(('retired farmer', 'publican', 'retired teacher', 'fisherman'))}, PPSN {L('NATIONAL_ID', g.ppsn())},\n"
        f"deceased, who died on the {L('DATE_TIME', f'{died.day}{ORDINAL(died.day)} day of {EN_MONTHS[died.month - 1]} {died.year}')}, was proved and registered and administration\n"
        f"of the estate was granted to {ex1.caps()} and {L('PERSON', ex2.first.upper() + ' ' + ex2.last.upper()[:cut] + '-' + chr(10) + ex2.last.upper()[cut:] if cut else ex2.plain().upper())} the executors named therein.\n"
        f"Gross value of the estate {K('€412,650.00')}; net {K('€398,120.45')}. Saving the rights of any spouse under {K('s. 117 of the Succession Act 1965')}.\n\n"
        f"Extracted by {g.org(g.pick(('Furlong Sheehy Solicitors', 'Slaney Law LLP', 'Hook Head Solicitors')))}, {g.place(('{k} Main Street', '{n} Court Street', '{k} The Quay'))}, "
        f"{g.loc(town)}. Ref {L('CASE_NUMBER', sol.ascii()[1][:3].upper() + '/' + g.digits(4))} ({sol.full()}, {g.tel('wexford')})\n\n- Page 1 of 1 -")
    task = "This grant was scanned with OCR. Who are the executors and when did the deceased die?"
    answer = f"Executors: {ex1.full()} and {ex2.full()}. The deceased, {dec.full()}, died on {g.uk(died)}."
    return task, body, answer


DORSET = (("Dorchester", "DT1"), ("Weymouth", "DT4"), ("Bridport", "DT6"), ("Blandford Forum", "DT11"), ("Sherborne", "DT9"), ("Swanage", "BH19"), ("Lyme Regis", "DT7"))


def inquest_record(g: Gen) -> Doc:
    """A Dorset coroner's record of inquest over two pages, the deceased's name in the footer of each: medical cause, findings."""
    dec, coroner, witness, path = g.of("en"), g.of("en", "ie"), g.of("en", "pk"), g.of("sk", "ie", "en")
    town, area = g.pick(DORSET)
    day = g.base()
    died = g.later(day, -300, -60)
    dob = g.ymd(1935, 2002)
    k = g.pick(((K("1a pulmonary thromboembolism"), K("ICD-10 I26.9")), (K("1a head injury"), K("ICD-10 W19")), (K("1a mixed drug toxicity"), K("diazepam 0.4 mg/L")),
                (K("1a drowning"), K("blood alcohol 212 mg/100 mL"))))
    nhs = g.nhs_number(spaced=True)

    def footer(page: int) -> str:
        return f"Inquest touching the death of {dec.caps()} - NHS No. {L('HEALTH_ID', nhs)} - page {page}"

    body = (f"RECORD OF AN INQUEST\nHeld at {g.org('Bournemouth Town Hall')} on {g.uk(day)}\nBefore: {coroner.full()}, Senior Coroner for {g.loc('Dorset')}\n\n"
            f"1. Name of the deceased: {dec.full()}\n   Date of birth: {g.uk(dob)}   Last address: {g.place(('{n} Icen Way', '{k} Abbotsbury Road', '{n} West Bay Road', '{k} Cheap Street'))}, {g.loc(town)} {g.loc(g.pc(area))}\n"
            f"2. Medical cause of death: {k[0]}; {k[1]} (post-mortem by Dr {path.full()}, {g.org('Dorset County Hospital')})\n\n{footer(1)}\n\n"
            f"3. How, when and where: On {g.uk(died)} the deceased was found by {witness.full()} at {g.loc(g.pick(('Chesil Beach', 'Golden Cap', 'Durdle Door car park', 'the Cobb')))}; "
            f"{witness.given()} called 999 from {g.tel('dorset')}.\n4. Conclusion: misadventure. Under {K('Coroners and Justice Act 2009 s. 5')}.\n\n{footer(2)}")
    task = "State the conclusion and the medical cause in one sentence."
    answer = f"The inquest into {dec.full()} concluded misadventure; cause {k[0]}."
    return task, body, answer


WYORKS = (("Huddersfield", "HD1"), ("Dewsbury", "WF13"), ("Batley", "WF17"), ("Wakefield", "WF1"), ("Pontefract", "WF8"), ("Keighley", "BD21"))
BONO = ("Sunyani", "Berekum", "Dormaa Ahenkro", "Wenchi", "Odumase", "Drobo")


def immigration_decision(g: Gen) -> Doc:
    """A First-tier Tribunal (Immigration and Asylum Chamber) decision: the appellant from Ghana's Bono region living in West Yorkshire,
    the Home Office reference, Ghana Card and passport numbers, a sponsor, case citations."""
    app = g.of("gh")
    sponsor = g.of("pk", "en", "gh")
    judge, pres, rep = g.of("en", "ie"), g.of("en", "pk"), g.of("pk", "ie", "en")
    town, area = g.pick(WYORKS)
    day = g.base()
    k = g.keep(("[2022] UKUT 123 (IAC)", "[2019] UKSC 24", "Article 8 ECHR", "paragraph 276ADE(1)(vi)", "Nationality, Immigration and Asylum Act 2002 s. 117B"), 2)
    appeal = f"PA/{g.digits(5)}/{day.year}"
    body = (f"IN THE FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)    Appeal Number: {L('CASE_NUMBER', appeal)}\nHeard at {g.org('Phoenix House, Bradford')} "
            f"on {g.uk(day)}\n\nBetween\n{app.caps()}\n(ANONYMITY ORDER NOT MADE)    Appellant\nand\nTHE SECRETARY OF STATE FOR THE HOME DEPARTMENT    Respondent\n\n"
            f"Representation: {rep.full()} of {g.org(g.pick(('Kirklees Law Centre', 'Calder Valley Immigration Advice', 'Pennine Legal Services')))} for the Appellant; "
            f"{pres.full()}, Home Office Presenting Officer.\n\nDECISION AND REASONS\n1. The appellant, a citizen of Ghana born {g.uk(g.ymd(1970, 2000))} in {g.loc(g.pick(BONO))}, "
            f"Home Office ref. {L('CASE_NUMBER', g.letters(1) + g.digits(7))}, Ghana Card {L('NATIONAL_ID', f'GHA-{g.digits(9)}-{g.digits(1)}')}, passport {L('NATIONAL_ID', 'G' + g.digits(7))}, "
            f"appeals the refusal of {g.uk(g.later(day, -400, -100))}. {app.he().capitalize()} studied at {g.org(g.pick(('the University of Huddersfield', 'Kirklees College', 'Wakefield College')))} "
            f"(student number {L('STUDENT_ID', g.pick(('U', 'K', 'W')) + g.digits(7))}) until the sponsor licence was revoked.\n2. {app.given()} lives with {sponsor.full()} at {g.place(('{n} Trinity Street', '{k} Bradford Road', '{n} Leeds Road', 'Flat {m}, {k} Westgate'))}, "
            f"{g.loc(town)} {g.loc(g.pc(area))}. I apply {k[0]} and {k[1]}.\n3. {'Ms' if sponsor.female else 'Mr'} {sponsor.sur()} gave evidence; I found {sponsor.given()} credible.\n\n"
            f"Signed: Judge {judge.full()}    Date: {g.uk(g.later(day, 5, 30))}")
    task = "What did the judge decide about the sponsor's evidence, and under which authorities?"
    answer = f"Judge {judge.sur()} found {sponsor.full()} credible, applying {k[0]} and {k[1]}, in {L('CASE_NUMBER', appeal)}."
    return task, body, answer


NC = (("Bryson City", "28713"), ("Cherokee", "28719"), ("Franklin", "28734"), ("Robbinsville", "28771"), ("Waynesville", "28786"), ("Hayesville", "28904"))


def fax_cover(g: Gen) -> Doc:
    """A western North Carolina workers' compensation lawyer's fax cover sheet: sender, recipient, fax numbers, the claimant, the IC file."""
    sender, recip, claimant = g.of("us", "ch"), g.of("us", "en"), g.of("ch", "us")
    town, zip_ = g.pick(NC)
    day = g.base()
    firm = g.pick(("Oconaluftee Law PLLC", "Nantahala Injury Lawyers", "Smoky Mountain Workers' Comp Group"))
    carrier = g.pick(("Blue Ridge Mutual Insurance Co.", "Piedmont Casualty Company", "Tuckasegee Risk Services"))
    body = (f"F A X   C O V E R   S H E E T\n{g.org(firm)}\n{g.place(('{n} Main Street', '{k} Tsali Blvd', '{n} Acquoni Road', 'PO Box {t}'))}, {g.loc(town)}, NC {g.loc(zip_)}\n"
            f"Phone {g.tel('nc')}   Fax {g.tel('nc')}\n\nDATE: {g.us(day)}\nTO: {recip.full()}, Claims Adjuster    COMPANY: {g.org(carrier)}\n"
            f"FAX: {L('PHONE_NUMBER', g.shape('(919) 8##-####'))}    PHONE: {L('PHONE_NUMBER', g.shape('(919) 8##-####'))}\nFROM: {sender.full()}, Paralegal\n"
            f"RE: {claimant.caps()} v. {g.org(g.pick(('Harrah’s Cherokee Casino Resort', 'Jackson Paper Manufacturing', 'Swain County Schools')))}\n"
            f"I.C. File No. {L('CASE_NUMBER', f'{day.year % 100:02d}-{g.digits(6)}')}   Claim No. {L('CASE_NUMBER', 'WC' + g.digits(9))}   SSN {L('NATIONAL_ID', g.ssn())}\n"
            f"PAGES (incl. cover): {g.rng.randint(3, 14)}\n\nCOMMENTS: Enclosed Form 18 and the medical records from {g.org(g.pick(('Cherokee Indian Hospital', 'Swain Community Hospital', 'Harris Regional Hospital')))}. "
            f"Please pay TTD under {K('N.C. Gen. Stat. § 97-18')} from {g.us(g.later(day, -60, -10))}.\n\n"
            f"CONFIDENTIALITY NOTICE: This facsimile may contain privileged information. If received in error, call {g.tel('nc')} and destroy it.")
    task = "Who is the fax for, and what is requested? One sentence."
    answer = f"For {recip.full()} at {g.org(carrier)}: TTD for {claimant.full()} under {K('N.C. Gen. Stat. § 97-18')}."
    return task, body, answer


MAINE = (("Lewiston", "04240"), ("Caribou", "04736"), ("Houlton", "04730"), ("Skowhegan", "04976"), ("Waterville", "04901"), ("Rumford", "04276"))


def closing_email(g: Gen) -> Doc:
    """A Maine real-estate closing as an e-mail thread: the buyer, the title company's closer, wire instructions (ABA routing, account),
    quoted replies, signatures and a wire-fraud warning."""
    buyer, closer, agent = g.of("us", "en", "ie"), g.of("us", "en"), g.of("us", "en")
    seller = g.of("us", "ie")
    town, zip_ = g.pick(MAINE)
    day = g.base()
    title_co = g.pick(("Androscoggin Title Company", "Aroostook Abstract & Title", "Kennebec Settlement Services LLC"))
    domain = g.pick(("androscoggintitle.com", "aroostooktitle.com", "kennebecclosing.com"))
    c_mail, b_mail = g.mail(closer, domain), g.mail(buyer, g.pick(("gmail.com", "myfairpoint.net", "outlook.com")))
    closing = g.later(day, 3, 14)
    body = (f"From: {closer.full()} <{c_mail}>\nSent: {g.sent(g.later(day, 1, 2), us=True)}\nTo: {buyer.full()} <{b_mail}>\nCc: {agent.comma(caps=False)} <{g.mail(agent, 'mainehomes.com')}>\n"
            f"Subject: RE: Closing - {g.place(('{n} Lisbon Street', '{k} Sweden Street', '{n} Military Street', '{k} Water Street'))}, {g.loc(town)}\n\n"
            f"Hi {buyer.given()},\n\nConfirmed for {L('DATE_TIME', f'{EN_MONTHS[closing.month - 1]} {closing.day} at {g.rng.randint(9, 11)}:00 AM')} at our office. "
            f"Please wire the cash to close ({K('$48,316.22')}) to: {g.org(title_co)} escrow, ABA {L('ACCOUNT_NUMBER', g.aba(g.pick(('01', '21', '11'))))}, "
            f"account {L('ACCOUNT_NUMBER', g.us_account())}. ALWAYS call me at {g.tel('maine')} to verify before wiring. Upload your ID at {L('URL', f'https://secure.{domain}/upload/{g.hexa(10)}?file={buyer.ascii()[1]}')}.\n"
            f"The sellers, {seller.full()} and spouse, sign the deed under {K('33 M.R.S. § 651')}.\n\n{closer.full()}\nSenior Closer | {g.org(title_co)}\nDirect {g.tel('maine')} | Mobile {g.tel('maine')}\n\n"
            f"> On {g.sent(day, us=True)}, {buyer.full()} <{b_mail}> wrote:\n> Hi {closer.given()}, my lender needs my license ({L('LICENSE_NUMBER', g.digits(7))}) and SSN {L('NATIONAL_ID', g.ssn())} again?\n"
            f"> Thanks, {buyer.given()}\n\nWIRE FRAUD ALERT: {g.org(title_co)} will never change wiring instructions by e-mail.")
    task = "Write a two-line reminder to the buyer about the closing, without repeating the bank details."
    answer = f"Hi {buyer.given()}, closing is confirmed at {g.org(title_co)}.\nCall {closer.given()} to verify before wiring {K('$48,316.22')}."
    return task, body, answer


STRUCTURED = (hl7_adt, hl7_oru, histopathology_pages, ambulance_prf, occ_health_report, pharmacy_csv_export, clinic_list, law_invoice, title_extract, fax_cover)
NARRATIVE = (dictated_radiology, ocr_discharge_letter, gp_referral_thread, high_court_hearing, deposition_qa, garda_interview, probate_grant, inquest_record,
             immigration_decision, closing_email)
CLINICAL = (hl7_adt, hl7_oru, dictated_radiology, histopathology_pages, ambulance_prf, occ_health_report, pharmacy_csv_export, clinic_list, ocr_discharge_letter,
            gp_referral_thread)
LEGAL = (high_court_hearing, deposition_qa, garda_interview, law_invoice, title_extract, probate_grant, inquest_record, immigration_decision, fax_cover,
         closing_email)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: blind10._one_document(f) for f in CLINICAL + LEGAL}  # type: ignore[arg-type]
assert set(CLINICAL + LEGAL) == set(STRUCTURED + NARRATIVE) and len(DOCTYPES) == 20

# ---------------------------------------------------------------- records: instruction records around a document, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful clerical assistant.", "You help staff read exported records.", "Answer briefly and accurately.")


def to_record(doc: Doc, kind: str, doctype: str, rng: random.Random) -> Blind3Record:
    """An instruction record (the task, the document as input, the answer) or a chat record (an optional system prompt, the user's
    pasted document with the task, the assistant's answer)."""
    task, body, answer = doc
    if kind == "instruction":
        fields = [("instruction", task), ("input", body), ("output", answer)]
    else:
        roles = (["system"] if rng.random() < 0.5 else []) + ["user", "assistant"]
        texts = ([rng.choice(SYSTEM_PROMPTS)] if roles[0] == "system" else []) + [f"{body}\n\n{task}", answer]
        fields = [(f"messages[{i}].content", t) for i, t in enumerate(texts)]
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
    """``docs`` labelled records, document types in turn, eight instruction records in ten, all drawn from ``seed``."""
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
            raise RuntimeError(f"{doctype}: no sound document in {blind3.MAX_DRAWS} draws")
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
