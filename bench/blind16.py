"""Sixteenth blind scrubbing corpus: twenty registers of instruction data built from documents (summaries, extractions, tables, letters and timelines whose answers repeat the documents' personal data, reordered and reformatted), from twenty new places.

    python bench/blind16.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind16.py --out blind16.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber
rule, no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only
bench/blind3.py's soundness check, through fedtune.scrubbing.evaluate). Its templates are bench/blind15.py's, bench/blind14.py's
and bench/blind3.py's records, labels and soundness check. Where bench/blind15.py wrote the documents as systems export them, this
one writes what a consortium actually fine-tunes on: a task set on a clinical or legal document (summarise, extract, tabulate,
explain, draft a reply, rewrite for the patient or client), the document as input, and an answer that repeats its personal data
transformed: the same person written several ways (full name, surname first with a comma, "Mr B.", initials, the surname in
capitals, the given name alone), dates reformatted ("03/03/2024" in, "3 March 2024" or "2024-03-03" out), ages worked out, phone
numbers regrouped, names as keys and values of JSON-like lists, in bullet lists and in Markdown tables. Eight records in ten are
fedtune instruction records, two a chat (an optional system prompt, the user's pasted document and request, the assistant's answer).

Ten registers are clinical: a Sarawak (Malaysia) hospital's discharge summary rewritten for the patient, a Wisconsin referral letter
turned into a JSON-like extraction of key facts, a Pembrokeshire (Wales) medication list reconciled into a Markdown table, a
Monaghan (Ireland) laboratory report explained in plain language, a South Canterbury (New Zealand) mental-health assessment
summarised as a risk summary, a Gwynedd (Wales) physiotherapy note turned into an exercise letter, a Labasa (Fiji) antenatal record
turned into a birth plan, a North Dakota clinic note coded for a coder, a Goroka (Papua New Guinea) ward's nursing handover rewritten
in SBAR form, and an Omagh and Cookstown (Northern Ireland) dental record turned into a treatment-plan table. Ten are legal and
social: an
Idaho tenancy dispute turned into a letter before action, a Ceredigion (Wales) employment contract's clauses extracted, a Kansas
witness statement put in a chronology table, a Nebraska will's assets listed, an immigration case of an appellant from Ghana's Upper
East region living in Suffolk put in a timeline, an Eleuthera (Bahamas) debt file turned into a repayment plan letter, a Belize
(Corozal and Toledo districts) Family Court order explained to the applicant, and a Botswana (Francistown and the Central District)
police statement reduced to key facts, a Kāpiti Coast (New Zealand) school's safeguarding referral summarised for a multi-agency
meeting, and a County Longford (Ireland) motor insurance claim turned into a decision letter. STRUCTURED names the ten whose answers
are structured (the extraction, the table, the risk bullets, the birth plan, the coded line, the clause list, the chronology, the
asset list, the SBAR handover and the dental plan), NARRATIVE the ten letters and prose summaries (the timeline and the key facts
among them).

Identifiers follow the public descriptions of their formats, with the check characters computed: NHS numbers (weights 10 to 2,
modulo 11; NHS Wales uses them, and Northern Ireland's Health and Care numbers share the check), Irish PPS numbers (seven digits weighted 8 to 2, the new format's second letter weighted 9, modulo
23 to a letter, W for 0), New Zealand NHI numbers (letters without I and O valued 1 to 24, weights 7 to 2, modulo 11), US National
Provider Identifiers (Luhn over 80840 and the number), US DEA registrations (the odd-placed digits plus twice the even-placed), US
ABA routing numbers (weights 3, 7, 1 modulo 10), UK VAT numbers (seven digits weighted 8 to 2, two check digits to a multiple of 97)
and UK IBANs (ISO 13616). Drawn in their published patterns, with no public check: Malaysian MyKad numbers (the birth date YYMMDD,
13 for a Sarawak birth, four digits, the last odd for a man), US social security numbers, UK National Insurance numbers, Eircodes
(each town's routing key, four characters), Companies House numbers (eight digits), Ghana Card numbers (GHA, nine digits, a digit),
First-tier Tribunal appeal numbers (PA, five digits, the year), Home Office references (a letter and seven digits) and HCPC
physiotherapist registrations (PH and six digits). Where the author found no public description, numbers are drawn as stated here:
hospital, laboratory and clinic numbers of each place as each template writes them, Idaho magistrate case numbers (CV, the county's
two digits, the year's two, five digits), Kansas district court case numbers (the year, CV, six digits), Kansas driving licences (K,
eight digits), Nebraska county court probate numbers (PR, the year's two digits, four digits), Bahamas National Insurance numbers
(nine digits), Belize Social Security Board numbers (nine digits), Botswana Omang numbers (nine digits, the fifth 1 for a
man and 2 for a woman), Botswana Police CR numbers (CR, a serial, the month, the year), Belize Family Court claim numbers (FC, a
serial, of the year), Labasa Hospital numbers (LH, six digits, the year's two), North Dakota clinic MRNs (three and four digits),
Papua New Guinea hospital numbers (GGH, six digits), General Dental Council numbers (six digits), Kāpiti school student numbers
(six digits), Irish motor policy and claim numbers as the template writes them, Ghanaian passports (G and seven digits), University of Suffolk student numbers (S and seven digits), Medical Council
of New Zealand numbers (five digits), Irish Medical Council numbers (six digits), Malaysian MMC numbers (five digits), bank accounts
(ten to twelve digits in the United States and the Bahamas) and tenancy, loan and policy numbers as each template writes them.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them in the name lists of bench/blind2.py
to bench/blind15.py: checked when this module loads): Iban and other Dayak of Sarawak, Hmong and German Wisconsin, Welsh of
Pembrokeshire, Ceredigion and Gwynedd, Irish of Monaghan (fadas typed), Ngāi Tahu and Pākehā of South Canterbury, Basque Idaho, Volga
German Kansas and Czech Nebraska, Frafra and Kasem of Ghana's Upper East, Eleutheran Bahamian, iTaukei and Indo-Fijian of Vanua
Levu, Norwegian and Lakota North Dakota, Maya and Mestizo Belize, Tswana Botswana, Eastern Highlands of Papua New Guinea, Tyrone
Irish, and Samoan and Pākehā of the Kāpiti Coast. Hard cases: the same person
written several ways in the input and again in the answer; names as keys and values of JSON-like answers ({"Ayamga, Ayinpoka": ...},
"next_of_kin": "Jabu Jugah (son)"), in bullet lists and in Markdown table cells; dates reformatted between input and answer; names
that are common words (Her, Major, Azure, Curry, Kemp, Pop); people's and places' names inside organisations (Betsi Cadwaladr University
Health Board, Hywel Dda University Health Board, Withybush General Hospital, Sarawak General Hospital, Aspirus Wausau Hospital,
Monaghan Hospital, Timaru Hospital, Ysbyty Gwynedd, Labasa Hospital, Goroka General Hospital, Kāpiti College, the FAMILY COURT OF PUNTA GORDA, a town's
Police Department or Police Station), labelled whole; and protected terms in both
the input and the answer: drug doses, lab values with units, ICD-10 codes, clinical scales and scores (PHQ-9, K10, the Oxford scale,
an Oswestry index), statutes and case citations.

Labelling rules are bench/blind15.py's (which extend bench/blind14.py's and bench/blind13.py's): the body that issues a number stays
outside its span; social-security, insurance, tax and identity numbers are NATIONAL_ID, numbers that exist for health care HEALTH_ID,
professional registrations, an individual's NPI or DEA number and driving licences LICENSE_NUMBER, file, claim, court, appeal,
tenancy, loan, policy, accession and visit numbers CASE_NUMBER, staff numbers and bank accounts without an IBAN ACCOUNT_NUMBER, a VAT
number and a company's registration COMPANY_REGISTRATION; hospitals, wards, clinics, practices, pharmacies, laboratories, firms,
banks, insurers, employers, health boards and local courts sitting in a place are ORGANIZATION, whole, even when they carry a
person's or a place's name, while national and state bodies (the Home Office, the First-tier Tribunal, HMRC, the National Insurance
Board) are left unlabelled; clock times, ages and years on their own are not labelled, a date with its time is one DATE_TIME;
titles (Dr, Mr, Mrs, Ms, Judge, Magistrate, Officer, Ofc., Constable, Cst.) stay outside a person's span; a street address on one line is one LOCATION, the town with its
postcode (or an Eircode) another, a village, county, district or region written out its own, while state codes and countries are not
labelled; money amounts, ICD-10 codes, drug regimens, clinical scales and scores, lab values with units, statutes and case citations
are protected terms. An e-mail address is an EMAIL_ADDRESS whole even when it holds the name; each cell of a table is labelled on
its own; a phone number written twice in two groupings is two PHONE_NUMBER spans. New calls for this corpus: in a JSON-like answer
only the value or key that is personal data is labelled, never the quotes, the key's name ("patient") or the punctuation, and a
name that is a key ("Ayamga, Ayinpoka") is a PERSON like a value; a surname's initial after a title ("Mr B.") is a PERSON span of
the initial with its point, the title outside; a date reformatted to ISO ("2024-03-03") is a DATE_TIME like the others; a Markdown
table's pipes and the header row are never labelled; the relation written after a name ("(son)") is not labelled; a court named by its town in capitals ("FAMILY COURT OF COROZAL
TOWN") is one ORGANIZATION with the town inside; the district of a Belize or Botswana address ("Toledo District", "Central
District") is one LOCATION with its "District", while a US county keeps "County" outside ("Hall County": the LOCATION is "Hall").

Earlier corpora, for comparison (from their docstrings and name lists, searched): bench/blind.py to bench/blind15.py visited, among
others, Zambia, Malawi, Botswana, Fiji, Papua New Guinea, Belize (Belmopan and Cayo), Guyana, Sri Lanka, Bangladesh, Malaysia's Sabah, Ireland's
Cavan, Sligo, Leitrim and Tipperary, Wales's Caernarfon, Bangor and Aberystwyth, Ipswich, New Mexico's Las Cruces and Gallup, and
Australia's Gippsland and Riverland. None of them visited Sarawak (Kuching, Bintulu, Kapit, Sri Aman), Wisconsin (Eau Claire, Wausau,
La Crosse), Pembrokeshire, County Monaghan, South Canterbury (Timaru, Temuka, Waimate), Gwynedd's Llŷn and Meirionnydd (Pwllheli,
Porthmadog, Dolgellau, Tywyn), Vanua Levu (Labasa, Savusavu), North Dakota (Minot, Williston, Dickinson), Idaho, southern Ceredigion (Cardigan, Lampeter, Aberaeron, Tregaron), Kansas, Nebraska, Ghana's Upper
East (Bolgatanga, Navrongo, Bawku), Suffolk's Sudbury, Haverhill and Stowmarket, Eleuthera, Belize's Corozal and Toledo districts, Botswana's Francistown, Palapye and Selebi-Phikwe,
Goroka and Kainantu, Omagh, Cookstown and Fintona, the Kāpiti Coast (Paraparaumu, Waikanae, Ōtaki) or County Longford (Longford,
Granard, Ballymahon, Edgeworthstown) (their towns were searched for in every
earlier corpus), and none of their document types is one of these twenty (tests/test_blind16.py checks the names).
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
import blind15
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames).
PEOPLE = {
    "sw": (("Inda", "Jelia", "Mayang", "Empiang", "Sendi", "Ugak", "Lenggu"),
           ("Jabu", "Nyalau", "Rentap", "Unggang", "Sanggau", "Tawai", "Libau"),
           ("Jugah", "Linggi", "Ngelambong", "Empeni", "Tinggang", "Lupong", "Sumok", "Kedit", "Bujang", "Enchana")),
    "wi": (("Maiv", "Youa", "Kia", "Paj", "Ardella", "Yeng", "Nhia", "Dorothea", "Hildegard"),
           ("Tou", "Fue", "Chue", "Neng", "Xeng", "Eldon"),
           ("Xiong", "Lor", "Moua", "Her", "Vue", "Ziegelbauer", "Haberkorn", "Kluetzman", "Wendtland", "Prahl")),
    "cy": (("Eirlys", "Llinos", "Nia", "Eluned", "Gwawr", "Tegwen", "Glenys"),
           ("Iolo", "Emrys", "Dyfrig", "Tudur", "Ieuan", "Cadfan"),
           ("Prydderch", "Owen", "Ellis", "Humphreys", "Jenkins", "Eynon", "Harries", "Skyrme", "Rees")),
    "ie": (("Áine", "Deirbhile", "Rionach"),
           ("Enda", "Tiarnach"),
           ("Duffy", "McCaffrey", "Treanor", "McMahon", "Marron", "Carragher", "Connolly", "McEneaney", "Finnegan", "Callan", "McNally")),
    "nz": (("Tuihana", "Belinda", "Raewyn", "Tiaki", "Fiona"),
           ("Murray", "Graeme", "Bruce", "Kerehi"),
           ("Tikao", "Pohio", "Tau", "Solomon", "Te Maiharoa", "McAtamney", "Scarlett")),
    "us": (("Edurne", "Arantxa", "Elvera", "Ilene", "Norma", "Phyllis", "Luella"),
           ("Koldo", "Ander", "Delmar", "Arlo", "Gorka", "Vaclav"),
           ("Echevarria", "Arrizabalaga", "Bideganeta", "Unruh", "Schrag", "Voth", "Vavra", "Hruska", "Goicoechea")),
    "gh": (("Ayinpoka", "Atinga", "Asibi", "Awinbugri", "Akolpoka", "Abanga", "Mbabila"),
           ("Akanbong", "Atibila", "Ayuure", "Apiiga", "Akolgo", "Azongo", "Awuni"),
           ("Ayamga", "Anaba", "Aduko", "Azure", "Akurugu", "Adongo", "Abagre", "Anyorigya", "Awine")),
    "bs": (("Kendria", "Lashanda", "Cheryse", "Kenisha", "Shandia", "Vernice", "Patrina"),
           ("Ellison", "Lavardo", "Garvin", "Tarran"),
           ("Sweeting", "Major", "Culmer", "Kemp", "Gibson", "Sawyer", "Thompson", "Higgs", "Christie", "Russell", "Minnis", "Symonette", "Curry")),
    "fj": (("Asenaca", "Kalesi", "Ranjeeta"), ("Sitiveni", "Sanjeet", "Vilikesa", "Eroni"),
           ("Rokotuiwai", "Tuilevu", "Vakaloloma", "Qalo", "Bulavakarua", "Delai")),
    "nd": (("Gunhild", "Wacante", "Dagny", "Bodil"), ("Halvor", "Torvald", "Leif", "Wambli"),
           ("Lunde", "Skogen", "Ostlie", "Grinnell", "Brave Heart", "Thorstad")),
    "bz": (("Ixchel", "Zoila", "Nicte"), ("Xavier", "Florencio", "Policarpio"),
           ("Cal", "Pop", "Sho", "Castellanos", "Alamilla", "Tzib", "Ical", "Makin", "Gongora")),
    "pg": (("Nellie",), ("Kauge", "Tomo", "Ipi", "Sarufa"), ("Yogiyo", "Ninkama", "Gerega", "Moiya", "Kondo", "Hombhanje", "Bire")),
    "ul": (("Dympna", "Majella", "Oonagh"), ("Columba",), ("McAleer", "Mullan", "McCullagh", "McCusker", "Teague")),
    "kp": (("Faamalama",), ("Logan",), ("Pemberton", "Wratt")),
    "bw": (("Tshiamo", "Neo", "Gaonyadiwe", "Lesedi", "Kealeboga"), ("Onkabetse", "Gaolathe", "Otsile"),
           ("Masire", "Mogae", "Motswagole", "Kgosidintsi", "Pilane", "Khama")),
}  # fmt: skip
NICKNAMES: dict[str, str] = {}
PARTICLES = blind15.PARTICLES
COMMON_WORD_NAMES = ("Her", "Major", "Azure", "Curry", "Kemp", "Russell", "Pop")
fold16 = blind15.fold15
strip_marks = blind15.strip_marks
name_words = blind15.name_words


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind15.py."""
    return blind15.earlier_names() | blind15.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += list(NICKNAMES.values())
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"


@dataclass
class Person(blind15.Person):
    def title(self) -> str:
        return "Mrs" if self.female else "Mr"

    def mr_initial(self) -> str:
        """Mr B.: the title outside, the surname's initial with its point one PERSON span."""
        return f"{self.title()} {L('PERSON', strip_marks(self.last)[0] + '.')}"

    def sur_first(self) -> str:
        """Surname first with a comma, as a list or a JSON key writes it."""
        return L("PERSON", f"{self.last}, {self.first}")


EN_MONTHS = blind13.EN_MONTHS
luhn = blind13.luhn
ppsn_letter, nhi_digit, dea_digit, aba_digit, vat_digits = (blind15.ppsn_letter, blind15.nhi_digit, blind15.dea_digit, blind15.aba_digit,
                                                            blind15.vat_digits)
nhs_digit = blind13.nhs_digit

PHONES = {
    "sarawak": ("+60 82-4## ###", "082-4## ###", "011-#### ####", "019-### ####", "086-3## ###"),
    "wisconsin": ("(715) 8##-####", "715-###-####", "(608) 78#-####"),
    "pembs": ("01437 7#####", "01834 8#####", "07### ######", "01348 8#####"),
    "monaghan": ("(047) 8# ###", "042 966 ####", "087 ### ####", "+353 86 ### ####"),
    "scant": ("(03) 687 ####", "03 615 ####", "021 ### ####", "027 ### ####"),
    "gwynedd": ("01758 7#####", "01766 5#####", "01341 4#####", "07### ######"),
    "idaho": ("(208) 2##-####", "208-###-####", "(208) 52#-####"),
    "ceredigion": ("01239 6#####", "01570 4#####", "01545 5#####", "07### ######"),
    "kansas": ("(785) 8##-####", "620-###-####", "(620) 2##-####"),
    "nebraska": ("(308) 2##-####", "308-###-####", "(308) 38#-####"),
    "suffolk": ("01787 3#####", "01440 7#####", "01449 6#####", "07### ######"),
    "fiji": ("881 ####", "+679 881 ####", "92# ####", "70# ####", "+679 97# ####"),
    "ndakota": ("(701) 85#-####", "701-###-####", "(701) 57#-####"),
    "belize": ("(501) 422-####", "501-722-####", "+501 6## ####", "62#-####"),
    "botswana": ("241 ####", "+267 241 ####", "71 ### ###", "+267 72 ### ###"),
    "goroka": ("532 ####", "+675 532 ####", "7### ####", "+675 7### ####"),
    "omagh": ("028 8224 ####", "028 8676 ####", "07### ######", "+44 28 8224 ####"),
    "kapiti": ("(04) 298 ####", "04 364 ####", "06 364 ####", "021 ### ####", "027 ### ####"),
    "longford": ("(043) 33 #####", "043 667 ####", "085 ### ####", "+353 87 ### ####"),
    "eleuthera": ("(242) 332-####", "242-334-####", "(242) 55#-####", "+1 242 333 ####"),
}  # fmt: skip


def regroup(phone: str) -> str:
    """The same number as an answer rewrites it: the digits run together, or grouped afresh."""
    digits = re.sub(r"[^\d+]", "", phone)
    forms = [digits]
    if len(digits) >= 10 and not digits.startswith("+"):
        forms = [f"{digits[:-7]} {digits[-7:-4]} {digits[-4:]}", f"{digits[:-7]}-{digits[-7:-4]}-{digits[-4:]}", digits]
    return next(f for f in forms if f != phone)


def age_on(ymd: tuple[int, int, int], day: datetime.date) -> int:
    y, m, d = ymd
    return day.year - y - ((day.month, day.day) < (m, d))


# ---------------------------------------------------------------- the generator


class Gen(blind15.Gen):
    """bench/blind15.py's draws (its identifiers with a check among them), with this corpus's people, dates and phone numbers."""

    def person(self, culture: str, female: bool | None = None) -> Person:  # type: ignore[override]
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        return Person(self._name(women if female else men), self._name(surnames), culture, female)

    def relative(self, p: Person, female: bool) -> Person:  # type: ignore[override]
        r = self.person(p.culture, female)
        r.last = p.last
        return r

    def of(self, *cultures: str, female: bool | None = None) -> Person:  # type: ignore[override]
        return self.person(self.pick(cultures), female)

    # dates: the document's form and the answer's

    def num(self, date: datetime.date | tuple[int, int, int], us: bool = False) -> str:
        y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
        return L("DATE_TIME", f"{m:02d}/{d:02d}/{y}" if us else self.pick((f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}")))

    def long(self, date: datetime.date | tuple[int, int, int], us: bool = False) -> str:
        y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
        mon = EN_MONTHS[m - 1]
        return L("DATE_TIME", f"{mon} {d}, {y}" if us else self.pick((f"{d} {mon} {y}", f"{d} {mon[:3]} {y}")))

    def iso(self, date: datetime.date | tuple[int, int, int]) -> str:
        y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
        return L("DATE_TIME", f"{y}-{m:02d}-{d:02d}")

    def tel2(self, place: str) -> tuple[str, str]:
        """A phone number as the document writes it and as the answer regroups it, two spans."""
        n = self.shape(self.pick(PHONES[place]))
        return L("PHONE_NUMBER", n), L("PHONE_NUMBER", regroup(n))

    def nhs_pair(self) -> tuple[str, str]:
        n = self.nhs_number(spaced=True)
        return L("HEALTH_ID", n), L("HEALTH_ID", n.replace(" ", "") if self.rng.random() < 0.5 else n)

    def nhi(self) -> str:  # type: ignore[override]
        return super().nhi()

    def mykad(self, ymd: tuple[int, int, int], female: bool) -> str:  # type: ignore[override]
        y, m, d = ymd
        return f"{y % 100:02d}{m:02d}{d:02d}-13-{self.digits(3)}{self.pick('02468' if female else '13579')}"

    def eircode16(self, key: str) -> str:
        return f"{key} {self.pick('ACDEFHKNPRTVWXY')}{self.digits(1)}{self.pick('ACDEFHKNPRTVWXY')}{self.pick('0123456789ACDEFHKNPRTVWXY')}"


Doc = tuple[str, str, str]  # (the instruction, the document, the answer)

# ---------------------------------------------------------------- protected terms

ICD10 = ("ICD-10 J18.9", "ICD-10 I50.9", "ICD-10 E11.9", "ICD-10 N39.0", "ICD-10 A90", "ICD-10 B54", "ICD-10 K85.9", "ICD-10 I63.9")
DRUGS = ("amoxicillin 500 mg TDS", "furosemide 40 mg OD", "metformin 500 mg BD", "bisoprolol 2.5 mg OD", "ramipril 5 mg OD",
         "paracetamol 1 g QDS", "gliclazide 80 mg BD", "apixaban 5 mg BD", "atorvastatin 40 mg ON", "levothyroxine 100 micrograms OD")
LABS = ("HbA1c 68 mmol/mol", "eGFR 41 mL/min/1.73m2", "CRP 96 mg/L", "Hb 92 g/L", "K+ 5.9 mmol/L", "Na 129 mmol/L", "ferritin 8 ug/L",
        "TSH 11.2 mU/L", "platelets 38 x10^9/L", "ALT 212 U/L")


# ---------------------------------------------------------------- clinical registers

SARAWAK = (("Kuching", "93586"), ("Bintulu", "97000"), ("Kapit", "96800"), ("Sri Aman", "95000"))
SW_STREETS = ("Lot {t}, Jalan Tun Jugah", "No. {k}, Lorong Batu Lintang {m}", "Lot {t}, Jalan Tanjung Batu", "Rumah Panjai Nanga {X}ebau, Bilik {m}")
SW_HOSPITALS = ("Sarawak General Hospital", "Bintulu Hospital", "Kapit Hospital", "Sri Aman Hospital")


def discharge_for_patient(g: Gen) -> Doc:
    """A Sarawak hospital's discharge summary, rewritten for the patient: MyKad, registration number, next of kin, dates and an age."""
    pt = g.of("sw")
    kin = g.relative(pt, g.rng.random() < 0.5)
    doc = g.of("sw", "cy", "nz")
    town, pc = g.pick(SARAWAK)
    hosp = g.pick(SW_HOSPITALS)
    dob = g.ymd(1940, 2000)
    adm = g.base()
    dis = g.later(adm, 3, 12)
    fu = g.later(dis, 7, 21)
    mykad = g.mykad(dob, pt.female)
    rn = f"RN{g.digits(7)}"
    t_in, t_out = g.tel2("sarawak")
    k_in, k_out = g.tel2("sarawak")
    icd, drug, lab = K(g.pick(ICD10[4:6] + ICD10[:1])), K(g.pick(DRUGS)), K(g.pick(LABS))
    street = g.fill(g.pick(SW_STREETS))
    rel = "daughter" if kin.female else "son"
    body = (f"{g.org(hosp)} - DISCHARGE SUMMARY\nName: {pt.caps()}    MyKad: {L('NATIONAL_ID', mykad)}    R/N: {L('HEALTH_ID', rn)}\n"
            f"DOB: {g.num(dob)}    Address: {g.loc(street)}, {g.loc(f'{pc} {town}')}, {g.loc('Sarawak')}    Tel: {t_in}\n"
            f"Admitted: {g.num(adm)}    Discharged: {g.num(dis)}    Ward: {g.org(g.pick(('Wad 4B Medical', 'Ward 7 Surgical', 'Ward 3 Medical')))}\n"
            f"Diagnosis: {icd}. {lab} on admission.\nDischarge medication: {drug}.\n"
            f"Next of kin: {kin.full()} ({rel}), tel {k_in}\nFollow-up: medical clinic {g.num(fu)}.\nDischarging doctor: Dr {doc.full()} (MMC {L('LICENSE_NUMBER', g.digits(5))})")
    task = g.pick(("Rewrite this discharge summary for the patient in plain, friendly English.", "Summarise this discharge for the patient and family."))
    answer = (f"Summary: {pt.title()} {pt.full()}, {age_on(dob, adm)}, was admitted to {g.org(hosp)} on {g.long(adm)} and went home on {g.long(dis)}.\n"
              f"- What happened: {icd}; your blood test showed {lab}.\n- Your medicine: {drug}.\n"
              f"- Your next appointment: {g.long(fu)} at the medical clinic.\n- Family contact: {kin.given()} ({rel}), {k_out}.\n"
              f"Questions? Call the ward on {t_out} and quote R/N {L('HEALTH_ID', rn)}. {pt.mr_initial()}, we wish you well. - Dr {doc.sur()}")
    return task, body, answer


WISCONSIN = (("Eau Claire", "54701"), ("Wausau", "54401"), ("La Crosse", "54601"), ("Chippewa Falls", "54729"))
WI_STREETS = ("{n} Grand Avenue", "{k} Stewart Avenue", "{n} Losey Boulevard", "{t} Birch Street", "{k} Hmong Court")
WI_ORGS = ("Aspirus Wausau Hospital", "Chippewa Valley Family Medicine", "La Crosse Riverside Clinic", "Eau Claire Lakes Cardiology")


def referral_extraction(g: Gen) -> Doc:
    """A Wisconsin GP's referral letter, its key facts extracted as a JSON-like object: names as values, the date of birth in ISO form."""
    pt = g.of("wi")
    ref, cons = g.of("wi", "us"), g.of("wi", "us")
    carer = g.relative(pt, g.rng.random() < 0.5)
    town, zip_ = g.pick(WISCONSIN)
    frm, to = g.rng.sample(WI_ORGS, 2)
    dob = g.ymd(1938, 2004)
    day = g.base()
    npi = g.npi()
    mrn = g.digits(8)
    t_in, t_out = g.tel2("wisconsin")
    drug, lab, icd = K(g.pick(DRUGS)), K(g.pick(LABS)), K(g.pick(ICD10))
    mail = g.mail(ref, g.pick(("cvfm.org", "lacrosseriverside.com", "ecl-cardio.org")))
    body = (f"{g.org(frm)}\n{g.place(WI_STREETS)}, {g.loc(town)}, WI {g.loc(zip_)}\n{g.num(day, us=True)}\n\nTo: Dr {cons.full()}, {g.org(to)}\n"
            f"Re: {pt.full()}   DOB {g.num(dob, us=True)}   MRN {L('HEALTH_ID', mrn)}   SSN {L('NATIONAL_ID', g.ssn())}\n\n"
            f"Dear Dr {cons.sur()},\nI would be grateful if you would see {pt.title()} {pt.sur()}, who lives at {g.place(WI_STREETS)}, {g.loc(town)} "
            f"with {pt.his()} {'daughter' if carer.female else 'son'} {carer.given()} (phone {t_in}). Problem: {icd}, {lab}. Current: {drug}.\n\n"
            f"Sincerely,\n{ref.full()}, MD   NPI {L('LICENSE_NUMBER', npi)}   DEA {L('LICENSE_NUMBER', g.dea(ref))}\n{mail}")
    task = "Extract the key facts of this referral as a JSON object with the keys patient, dob, mrn, referrer, referrer_npi, contact, problem, medication."
    answer = (f'{{"patient": "{pt.sur_first()}", "dob": "{g.iso(dob)}", "mrn": "{L("HEALTH_ID", mrn)}", "referrer": "Dr {ref.initial()}", '
              f'"referrer_npi": "{L("LICENSE_NUMBER", npi)}", "referred_to": "{g.org(to)}", "contact": {{"{carer.full()}": "{t_out}"}}, '
              f'"problem": "{icd}; {lab}", "medication": ["{drug}"]}}')
    return task, body, answer


PEMBS = (("Haverfordwest", "SA61"), ("Tenby", "SA70"), ("Fishguard", "SA65"), ("Milford Haven", "SA73"), ("Narberth", "SA67"))
PB_STREETS = ("{n} Dew Street", "{k} Quay Street", "{n} Upper Frog Street", "{k} Charles Street", "{n} West Street", "{m} Hamilton Terrace")


def medicines_reconciliation_table(g: Gen) -> Doc:
    """A Pembrokeshire admission medication list and GP record, reconciled in a Markdown table: the NHS number, pharmacists, the GP."""
    pt = g.of("cy")
    pharm, gp = g.of("cy", "ie"), g.of("cy", "nz")
    town, area = g.pick(PEMBS)
    dob = g.ymd(1930, 1990)
    day = g.base()
    nhs_in, nhs_out = g.nhs_pair()
    hosp = g.pick(("Withybush General Hospital", "South Pembrokeshire Hospital"))
    surgery = g.pick(("Winch Lane Surgery", "Tenby Surgery", "Fishguard Health Centre", "Robeston Wathen Surgery"))
    drugs = [K(d) for d in g.rng.sample(DRUGS, 3)]
    t_in, t_out = g.tel2("pembs")
    body = (f"{g.org('Hywel Dda University Health Board')} - {g.org(hosp)}\nMEDICINES RECONCILIATION\nPatient: {pt.comma()}   NHS No: {nhs_in}   "
            f"DOB: {g.num(dob)}\nAddress: {g.place(PB_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}\nGP: Dr {gp.full()}, {g.org(surgery)} ({t_in})\n"
            f"Admitted {g.num(day)}. Pharmacist: {pharm.full()}\nOn admission (patient's own): {drugs[0]}; {drugs[1]}.\nGP record: {drugs[0]}; {drugs[2]}.")
    task = "Reconcile the two lists in a Markdown table with columns Patient, Medicine, Source, Action."
    answer = (f"| Patient | Medicine | Source | Action |\n|---|---|---|---|\n| {pt.sur_caps()} ({nhs_out}) | {drugs[0]} | both | continue |\n"
              f"| {pt.initial()} | {drugs[1]} | patient only | check with Dr {gp.sur()} |\n| {pt.initial()} | {drugs[2]} | GP only | query with {g.org(surgery)} |\n\n"
              f"Reconciled {g.long(day)} by {pharm.initials()} for {pt.given()}; GP surgery {t_out}.")
    return task, body, answer


MONAGHAN = (("Monaghan", "H18"), ("Carrickmacross", "A81"), ("Clones", "H23"), ("Castleblayney", "A75"))
MN_STREETS = ("{n} Dublin Street", "{k} Main Street", "{m} Glaslough Street", "{n} Mullaghmatt", "{k} Fermanagh Street")


def lab_plain_language(g: Gen) -> Doc:
    """A Monaghan laboratory report with PPS number, Eircode and result-portal link, explained in plain language."""
    pt = g.of("ie")
    gp = g.of("cy", "nz", "wi")
    town, key = g.pick(MONAGHAN)
    dob = g.ymd(1945, 2005)
    day = g.base()
    seven = g.digits(7)
    second = g.pick(("", "A", "W"))
    ppsn = f"{seven}{ppsn_letter(seven, second)}{second}"
    labs = [K(x) for x in g.rng.sample(LABS, 2)]
    icd = K(g.pick(ICD10))
    acc = f"MN{day.year % 100:02d}-{g.digits(6)}"
    t_in, t_out = g.tel2("monaghan")
    url = L("URL", f"https://results.monaghanlab.ie/r/{g.hexa(12)}?pps={ppsn}")
    body = (f"{g.org('Monaghan Hospital')} Laboratory - {g.org('Cavan and Monaghan Pathology Service')}\nSpecimen {L('CASE_NUMBER', acc)}   Collected {g.num(day)}\n"
            f"Patient: {pt.caps()}   PPSN: {L('NATIONAL_ID', ppsn)}   DOB: {g.num(dob)}\nAddress: {g.place(MN_STREETS)}, {g.loc(town)}, {g.loc('Co. Monaghan')} "
            f"{g.loc(g.eircode16(key))}\nRequesting GP: Dr {gp.full()}, IMC {L('LICENSE_NUMBER', g.digits(6))}, {g.org(g.pick(('Carrickmacross Primary Care Centre', 'Clones Medical Centre', 'Castleblayney Family Practice')))}\n"
            f"Clinical details: {icd}.\nResults: {labs[0]} (H); {labs[1]} (abnormal).\nView online: {url}   Queries: {t_in}")
    task = g.pick(("Explain these results to the patient in plain language, addressing them by first name.", "Write a plain-language note of these results for the patient."))
    answer = (f"Dear {pt.given()},\nYour blood test of {g.long(day)} (specimen {L('CASE_NUMBER', acc)}) showed {labs[0]}, which is higher than usual, and {labs[1]}, in keeping with {icd}. "
              f"Dr {gp.sur()} will go through this with you. {'Ms' if pt.female else 'Mr'} {pt.sur()}, if you have questions ring {t_out}.\n(Ref: {pt.initials()}, born {g.long(dob)}.)")
    return task, body, answer


SCANT = (("Timaru", "7910"), ("Temuka", "7920"), ("Waimate", "7924"), ("Pleasant Point", "7903"), ("Geraldine", "7930"))
SC_STREETS = ("{n} Stafford Street", "{k} Wai-iti Road", "{n} King Street", "{k} Otipua Road", "{n} Queen Street")


def mh_risk_summary(g: Gen) -> Doc:
    """A South Canterbury mental-health assessment: NHI, the PHQ-9 and K10, a support person; the answer a risk summary in bullets."""
    pt = g.of("nz")
    sup = g.of("nz", "cy", "ie")
    clin = g.of("nz", "wi")
    town, pc = g.pick(SCANT)
    dob = g.ymd(1960, 2006)
    day = g.base()
    nhi = g.nhi()
    phq, k10 = K(f"PHQ-9 score {g.rng.randint(15, 25)}"), K(f"K10 score {g.rng.randint(28, 45)}")
    drug = K(g.pick(("sertraline 100 mg OD", "quetiapine 25 mg nocte", "mirtazapine 30 mg ON", "fluoxetine 20 mg OD")))
    t_in, t_out = g.tel2("scant")
    body = (f"{g.org('Timaru Hospital')} - {g.org('South Canterbury Community Mental Health Team')}\nASSESSMENT {g.num(day)}\nClient: {pt.full()}  NHI: {L('HEALTH_ID', nhi)}  "
            f"DOB: {g.num(dob)}\nAddress: {g.place(SC_STREETS)}, {g.loc(town)} {g.loc(pc)}\nSupport person: {sup.full()} ({t_in})\n"
            f"{pt.given()} reports low mood; {phq}, {k10}. Taking {drug}. Diagnosis {K('ICD-10 F32.2')}.\nAssessor: {clin.full()}, MCNZ {L('LICENSE_NUMBER', g.digits(5))}")
    task = "Write a risk summary as bullet points: who, when, scores, protective factors, plan."
    answer = (f"- Who: {pt.sur_caps()}, {pt.given()} (NHI {L('HEALTH_ID', nhi)}), {age_on(dob, day)}, of {g.loc(town)}\n- When: assessed {g.long(day)} by {clin.initial()}\n"
              f"- Scores: {phq}; {k10}; {K('ICD-10 F32.2')}\n- Protective: support from {sup.given()} ({t_out}); adherent to {drug}\n"
              f"- Plan: review in 7 days at {g.org('Timaru Hospital')}; crisis line if {pt.mr_initial()} deteriorates.")
    return task, body, answer


GWYNEDD = (("Pwllheli", "LL53"), ("Porthmadog", "LL49"), ("Dolgellau", "LL40"), ("Tywyn", "LL36"), ("Criccieth", "LL52"))
GW_STREETS = ("{n} Stryd Fawr", "{k} Lôn Dywyll", "{m} Penlan Street", "{n} Snowdon Street", "{k} Heol y Bont")


def physio_exercise_letter(g: Gen) -> Doc:
    """A Gwynedd physiotherapy note (NHS number, HCPC registration, Oxford scale, Oswestry index) turned into an exercise letter."""
    pt = g.of("cy")
    physio = g.of("cy", "nz", "ie")
    town, area = g.pick(GWYNEDD)
    dob = g.ymd(1945, 2000)
    day = g.base()
    nxt = g.later(day, 10, 28)
    nhs_in, nhs_out = g.nhs_pair()
    oxford, odi = K(f"Oxford scale {g.rng.randint(2, 4)}/5"), K(f"Oswestry Disability Index {g.rng.randint(22, 58)}%")
    site = g.pick(("Ysbyty Alltwen", "Ysbyty Gwynedd", "Ysbyty Dolgellau"))
    t_in, t_out = g.tel2("gwynedd")
    body = (f"{g.org('Betsi Cadwaladr University Health Board')} - Physiotherapy, {g.org(site)}\nPatient: {pt.full()}  NHS {nhs_in}  DOB {g.num(dob)}\n"
            f"Address: {g.place(GW_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}  Tel {t_in}\nSeen {g.num(day)}: low back pain {K('ICD-10 M54.5')}; hip abductors {oxford}; {odi}.\n"
            f"Analgesia: {K('naproxen 500 mg BD')}. Next appointment {g.num(nxt)}.\nPhysiotherapist: {physio.full()} (HCPC {L('LICENSE_NUMBER', 'PH' + g.digits(6))})")
    task = "Write a short exercise letter to the patient from the physiotherapist, repeating the findings and the next appointment."
    answer = (f"Dear {pt.title()} {pt.sur()},\nThank you for coming to {g.org(site)} on {g.long(day)}. Your hip strength was {oxford} and your {odi}.\n"
              f"1. Clam shells, 10 a side, twice daily.\n2. Bridging, 3 sets of 8.\nKeep taking {K('naproxen 500 mg BD')} as your GP advised.\n"
              f"See you on {g.long(nxt)}. To change it call {t_out} quoting NHS number {nhs_out}.\nYours, {physio.full()}, Physiotherapist\ncc: {pt.initial()}'s GP file")
    return task, body, answer


# ---------------------------------------------------------------- legal and social registers

IDAHO = (("Pocatello", "83201", "03"), ("Idaho Falls", "83402", "07"), ("Twin Falls", "83301", "42"), ("Burley", "83318", "04"))
ID_STREETS = ("{n} N Arthur Avenue", "{k} Yellowstone Avenue", "{t} Blue Lakes Boulevard N", "{n} Overland Avenue", "Apt {m}, {t} S 5th Avenue")


def letter_before_action(g: Gen) -> Doc:
    """An Idaho tenancy dispute file turned into a letter before action: tenant, landlord, the unit, the deposit, a case number."""
    tenant, landlord = g.of("us", "wi"), g.of("us")
    lawyer = g.of("us", "wi")
    town, zip_, county = g.pick(IDAHO)
    day = g.base()
    moved = g.later(day, -90, -30)
    unit = g.place(ID_STREETS)
    t_in, t_out = g.tel2("idaho")
    dep = K(f"${g.rng.randint(8, 24)}50.00")
    case = f"CV{county}-{day.year % 100:02d}-{g.digits(5)}"
    firm = g.pick(("Portneuf Tenant Law PLLC", "Snake River Legal Aid", "Magic Valley Housing Advocates"))
    mail = g.mail(tenant, g.pick(("gmail.com", "cableone.net", "yahoo.com")))
    body = (f"CLIENT FILE - {g.org(firm)}\nTenant: {tenant.full()}   SSN {L('NATIONAL_ID', g.ssn())}   {mail}   {t_in}\nLandlord: {landlord.caps()}, "
            f"{g.org(g.pick(('Gate City Rentals LLC', 'Bannock Property Management', 'Falls Avenue Apartments')))}\nPremises: {unit}, {g.loc(town)}, ID {g.loc(zip_)}\n"
            f"Moved out {g.num(moved, us=True)}; deposit {dep} not returned within 21 days ({K('Idaho Code § 6-321')}).\n"
            f"Deposit paid from account {L('ACCOUNT_NUMBER', g.us_account())}, routing {L('ACCOUNT_NUMBER', g.aba(g.pick(('12', '32', '10'))))}.\n"
            f"Photos: {L('URL', f'https://photos.app.goo.gl/{g.hexa(14)}')}\nPrior small-claims filing: {L('CASE_NUMBER', case)}")
    task = "Draft a letter before action from the tenant's lawyer to the landlord."
    answer = (f"{g.org(firm)}\n{g.long(day, us=True)}\n\nDear {landlord.title()} {landlord.sur()},\nRe: {tenant.sur_caps()} v. {landlord.sur_caps()}, "
              f"{unit}, {g.loc(town)}\nOur client, {tenant.full()}, vacated on {g.long(moved, us=True)}. Under {K('Idaho Code § 6-321')} the deposit of {dep} "
              f"was due within 21 days. Unless it is paid in 14 days we will proceed (see {L('CASE_NUMBER', case)}).\n"
              f"Yours truly,\n{lawyer.full()}, for {tenant.initials()} - reply to {t_out}")
    return task, body, answer


CEREDIGION = (("Cardigan", "SA43"), ("Lampeter", "SA48"), ("Aberaeron", "SA46"), ("Tregaron", "SY25"), ("New Quay", "SA45"))
CE_STREETS = ("{n} Pendre", "{k} Bridge Street", "{m} Alban Square", "{n} Harford Square", "{k} Heol y Dŵr")
CE_EMPLOYERS = ("Teifi Valley Creamery Ltd", "Cardigan Bay Boatyard Ltd", "Aeron Coast Care Homes Ltd", "Lampeter Woollen Mills Ltd")


def clause_extraction(g: Gen) -> Doc:
    """A Ceredigion employment contract (employer's Companies House and VAT numbers, the employee's NI number and IBAN), its clauses
    extracted as a JSON-like list."""
    emp = g.of("cy")
    mgr = g.of("cy", "ie", "nz")
    town, area = g.pick(CEREDIGION)
    employer = g.pick(CE_EMPLOYERS)
    start = g.base()
    ch = g.digits(8)
    iban = g.gb_iban()
    t_in, t_out = g.tel2("ceredigion")
    salary = K(f"£{g.rng.randint(21, 39)},{g.pick(('000', '500', '250'))} per annum")
    mail = g.mail(emp, g.pick(("btinternet.com", "hotmail.co.uk", "gmail.com")))
    body = (f"CONTRACT OF EMPLOYMENT\nBetween {g.org(employer)} (Company No. {L('COMPANY_REGISTRATION', ch)}, VAT {L('COMPANY_REGISTRATION', g.vat())}), "
            f"{g.place(CE_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}\nand {emp.full()}, NI number {L('NATIONAL_ID', g.nino())}, of {g.place(CE_STREETS)}, "
            f"{g.loc(town)}; {mail}; {t_in}.\n1. Start date: {g.num(start)}.\n2. Salary: {salary}, paid monthly to IBAN {L('IBAN_CODE', iban)}.\n"
            f"3. Notice: as {K('Employment Rights Act 1996 s. 86')}.\n4. Line manager: {mgr.full()}.\nSigned {emp.initials()} / {mgr.initials()}")
    task = "Extract the clauses into a JSON-like list: employer, employee, start, salary, notice, manager, bank."
    answer = (f'[{{"employer": "{g.org(employer)}", "company_no": "{L("COMPANY_REGISTRATION", ch)}"}}, {{"employee": "{emp.sur_first()}", "phone": "{t_out}"}}, '
              f'{{"start": "{g.iso(start)}"}}, {{"salary": "{salary}"}}, {{"notice": "{K("Employment Rights Act 1996 s. 86")}"}}, '
              f'{{"manager": "{mgr.initial()}"}}, {{"bank": "{L("IBAN_CODE", iban.replace(" ", ""))}"}}]')
    return task, body, answer


KANSAS = (("Salina", "67401", "Saline"), ("Dodge City", "67801", "Ford"), ("Garden City", "67846", "Finney"), ("Hutchinson", "67501", "Reno"),
          ("Emporia", "66801", "Lyon"))
KS_STREETS = ("{n} N Santa Fe Avenue", "{k} Wyatt Earp Boulevard", "{t} E Kansas Avenue", "{n} Commercial Street", "{k} W 6th Avenue")


def witness_chronology(g: Gen) -> Doc:
    """A Kansas witness statement about a collision, put in a chronology table with the dates reformatted: witness, drivers, officer."""
    wit, d1, d2 = g.of("us"), g.of("us", "wi"), g.of("us", "gh")
    officer = g.of("us", "wi")
    town, zip_, county = g.pick(KANSAS)
    day = g.base()
    later = g.later(day, 2, 20)
    dl = f"K{g.digits(8)}"
    case = f"{day.year}-CV-{g.digits(6)}"
    t_in, t_out = g.tel2("kansas")
    body = (f"IN THE DISTRICT COURT OF {g.loc(county.upper())} COUNTY, KANSAS   Case No. {L('CASE_NUMBER', case)}\nWITNESS STATEMENT OF {wit.caps()}\n"
            f"I, {wit.full()}, of {g.place(KS_STREETS)}, {g.loc(town)}, KS {g.loc(zip_)}, phone {t_in}, state:\n"
            f"1. On {g.num(day, us=True)} at about 5:40 pm I saw a pickup driven by {d1.full()} run the light at {g.loc(g.pick(('9th and Crawford', 'Wyatt Earp and 2nd', 'Main and Kansas')))}.\n"
            f"2. It hit the car of {d2.full()}, whose license I later saw was {L('LICENSE_NUMBER', dl)}.\n"
            f"3. Officer {officer.full()} of the {g.org(f'{town} Police Department')} arrived; {d1.given()} refused a breath test ({K('K.S.A. 8-1567')}).\n"
            f"4. On {g.num(later, us=True)} {d2.given()} was treated at {g.org(g.pick(('Salina Regional Health Center', 'Western Plains Medical Complex', 'Newman Regional Health')))} "
            f"for {K('ICD-10 S22.4')}.\nSigned: {wit.full()}  Date: {g.num(later, us=True)}")
    task = "Turn this statement into a chronology table (Date | Event | People)."
    answer = (f"| Date | Event | People |\n|---|---|---|\n| {g.long(day, us=True)} | collision; refusal under {K('K.S.A. 8-1567')} | {d1.sur_first()}; {d2.sur_first()}; "
              f"Ofc. {officer.sur()} |\n| {g.iso(later)} | treated for {K('ICD-10 S22.4')} | {d2.initial()} |\n\nWitness: {wit.sur_caps()} ({t_out}); case {L('CASE_NUMBER', case)}.")
    return task, body, answer


NEBRASKA = (("Kearney", "68847", "Buffalo"), ("Grand Island", "68801", "Hall"), ("Scottsbluff", "69361", "Scotts Bluff"), ("North Platte", "69101", "Lincoln"))
NE_STREETS = ("{n} W 24th Street", "{k} Central Avenue", "{t} Broadway", "{n} E 4th Street", "{t} Avenue B")


def will_asset_list(g: Gen) -> Doc:
    """A Nebraska will with its inventory, the assets and beneficiaries listed: names as JSON-like keys, the account and routing number."""
    testator = g.of("us")
    b1 = g.relative(testator, True)
    b2 = g.relative(testator, False)
    exe = g.of("us", "wi")
    town, zip_, county = g.pick(NEBRASKA)
    signed = g.base(2015, 2022)
    died = g.base(2023, 2025)
    bank = g.pick(("Kearney Regional Credit Union", "Platte Valley State Bank", "Scottsbluff Farmers National Bank"))
    acct, aba = g.us_account(), g.aba(g.pick(("10", "30")))
    probate = f"PR {died.year % 100:02d}-{g.digits(4)}"
    land = L("LOCATION", f"the SW 1/4 of Section {g.rng.randint(1, 36)}, Township {g.rng.randint(5, 20)} North, Range {g.rng.randint(10, 40)} West")
    body = (f"LAST WILL AND TESTAMENT OF {testator.caps()}\nI, {testator.full()}, of {g.place(NE_STREETS)}, {g.loc(town)}, {g.loc(county)} County, Nebraska, "
            f"born {g.num(g.ymd(1930, 1960), us=True)}, declare this my will.\nI give my farmland, {land}, to my daughter {b1.full()}.\n"
            f"I give my account at {g.org(bank)} (no. {L('ACCOUNT_NUMBER', acct)}, routing {L('ACCOUNT_NUMBER', aba)}) to my son {b2.full()}.\n"
            f"I appoint {exe.full()} personal representative under {K('Neb. Rev. Stat. § 30-2457')}.\nSigned {g.num(signed, us=True)}.\n"
            f"[County Court of {g.loc(county)} County, Probate No. {L('CASE_NUMBER', probate)}; decedent died {g.num(died, us=True)}; residue valued at {K('$412,300.00')}]")
    task = "List the assets and who receives each as a JSON-like object keyed by beneficiary."
    answer = (f'{{"estate_of": "{testator.sur_first()}", "probate": "{L("CASE_NUMBER", probate)}", "date_of_death": "{g.iso(died)}",\n'
              f' "{b1.full()}": ["farmland: {land}"],\n "{b2.full()}": ["{g.org(bank)} account {L("ACCOUNT_NUMBER", acct)}"],\n'
              f' "personal_representative": "{exe.initial()}", "authority": "{K("Neb. Rev. Stat. § 30-2457")}", "residue": "{K("$412,300.00")}"}}')
    return task, body, answer


SUFFOLK = (("Sudbury", "CO10"), ("Haverhill", "CB9"), ("Stowmarket", "IP14"), ("Hadleigh", "IP7"))
SU_STREETS = ("{n} Gainsborough Street", "{k} Queen Street", "{n} Bury Road", "Flat {m}, {k} Ipswich Street", "{n} Withersfield Road")
UPPER_EAST = ("Bolgatanga", "Navrongo", "Bawku", "Zebilla", "Sandema")


def immigration_timeline(g: Gen) -> Doc:
    """An immigration case of an appellant from Ghana's Upper East region living in Suffolk, as a dated timeline: Ghana Card, passport,
    Home Office reference, appeal number, a student number, case citations."""
    app = g.of("gh")
    spouse = g.relative(app, not app.female)
    rep = g.of("cy", "ie", "gh")
    town, area = g.pick(SUFFOLK)
    born = g.ymd(1975, 2002)
    arrived = g.base(2016, 2019)
    refused = g.base(2022, 2023)
    hearing = g.later(refused, 120, 300)
    ho = f"{g.letters(1)}{g.digits(7)}"
    appeal = f"PA/{g.digits(5)}/{refused.year}"
    cites = [K(c) for c in g.rng.sample(("[2019] UKSC 24", "[2022] UKUT 123 (IAC)", "Article 8 ECHR", "Nationality, Immigration and Asylum Act 2002 s. 117B"), 2)]
    home = g.pick(UPPER_EAST)
    t_in, t_out = g.tel2("suffolk")
    body = (f"CASE NOTES - {g.org(g.pick(('Suffolk Refugee Support', 'Sudbury Immigration Advice Centre', 'West Suffolk Law Centre')))}\nClient: {app.sur_caps()}, {app.given()}   "
            f"born {g.num(born)} in {g.loc(home)}, {g.loc('Upper East Region')}\nGhana Card {L('NATIONAL_ID', f'GHA-{g.digits(9)}-{g.digits(1)}')}   "
            f"passport {L('NATIONAL_ID', 'G' + g.digits(7))}   HO ref {L('CASE_NUMBER', ho)}\nAddress: {g.place(SU_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}   tel {t_in}\n"
            f"Arrived {g.num(arrived)} as a student at the {g.org('University of Suffolk')} (student no. {L('STUDENT_ID', 'S' + g.digits(7))}).\n"
            f"Married {spouse.full()}. Refusal {g.num(refused)}. Appeal {L('CASE_NUMBER', appeal)} listed {g.num(hearing)}. Relies on {cites[0]} and {cites[1]}.\n"
            f"Caseworker: {rep.full()}")
    task = "Write a timeline of the case, one dated line per event, for the appeal bundle."
    answer = (f"Timeline - {app.full()} ({L('CASE_NUMBER', appeal)})\n{g.long(born)}: born in {g.loc(home)}, Ghana.\n{g.long(arrived)}: arrived in the UK "
              f"to study at the {g.org('University of Suffolk')}.\n{g.long(refused)}: Home Office refusal (ref {L('CASE_NUMBER', ho)}).\n"
              f"{g.long(hearing)}: hearing; {app.mr_initial()} and {spouse.given()} rely on {cites[0]} and {cites[1]}.\nContact: {rep.initial()}, {t_out}.")
    return task, body, answer


ELEUTHERA = ("Governor's Harbour", "Rock Sound", "Harbour Island", "Gregory Town", "Tarpum Bay", "Hatchet Bay")


def repayment_plan_letter(g: Gen) -> Doc:
    """An Eleuthera (Bahamas) debt file turned into a repayment plan letter: the debtor, the NIB number, loan and account numbers."""
    debtor = g.of("bs")
    officer = g.of("bs")
    guarantor = g.of("bs", "gh")
    town = g.pick(ELEUTHERA)
    day = g.base()
    first_pay = g.later(day, 14, 40)
    lender = g.pick(("Eleuthera Island Credit Union", "Governor's Harbour Savings & Loan", "Rock Sound Finance Ltd."))
    loan = f"LN-{g.digits(6)}"
    acct = g.digits(g.rng.randint(10, 12))
    t_in, t_out = g.tel2("eleuthera")
    arrears, monthly = K(f"B${g.rng.randint(2, 9)},{g.digits(3)}.00"), K(f"B${g.rng.randint(150, 400)}.00 per month")
    mail = g.mail(debtor, g.pick(("gmail.com", "batelnet.bs", "yahoo.com")))
    body = (f"{g.org(lender)} - COLLECTIONS FILE\nDebtor: {debtor.comma()}   NIB No. {L('NATIONAL_ID', g.digits(9))}   {mail}\n"
            f"Address: {g.loc(g.fill(g.pick(('Queen’s Highway, Lot {k}', '{k} Haynes Avenue', 'Cupid’s Cay, House {m}', 'Bay Street, Lot {t}'))))}, {g.loc(town)}, "
            f"{g.loc('Eleuthera')}   Tel {t_in}\nLoan {L('CASE_NUMBER', loan)}, repayments from account {L('ACCOUNT_NUMBER', acct)}. Arrears {arrears} at {g.num(day)}.\n"
            f"Guarantor: {guarantor.full()}. Offer agreed by phone with {debtor.given()}: {monthly} from {g.num(first_pay)}.\nOfficer: {officer.full()}")
    task = "Write the letter to the debtor confirming the repayment plan."
    answer = (f"{g.org(lender)}\n{g.long(day)}\n\nDear {debtor.title()} {debtor.sur()},\nLoan {L('CASE_NUMBER', loan)}: arrears of {arrears}.\n"
              f"As agreed, you will pay {monthly} from {g.long(first_pay)} from account {L('ACCOUNT_NUMBER', acct)}. Your guarantor, {guarantor.initial()}, "
              f"has been told. Questions: {t_out} or {mail}.\nYours sincerely,\n{officer.full()}\ncc: {debtor.mr_initial()}, {g.loc(town)}")
    return task, body, answer


FIJI = ("Labasa", "Savusavu", "Seaqaqa", "Nabouwalu")
FJ_STREETS = ("Lot {k}, Nasekula Road", "{n} Jaduram Street", "Lot {k}, Vunimoli Road", "{k} Naodamu Road", "Nasavusavu Village")


def birth_plan(g: Gen) -> Doc:
    """A Labasa (Fiji) antenatal record turned into a birth plan in bullets: the mother, her partner, the midwife, the hospital number,
    gravida and parity, a Bishop score, a haemoglobin."""
    mum = g.of("fj", female=True)
    partner = g.relative(mum, False)
    mw, obs = g.of("fj", "nz", "cy", female=True), g.of("fj", "nz", "cy")
    town = g.pick(FIJI)
    dob = g.ymd(1985, 2005)
    day = g.base()
    edd = g.later(day, 30, 90)
    hosp_no = f"LH{g.digits(6)}/{day.year % 100:02d}"
    t_in, t_out = g.tel2("fiji")
    terms = [K(g.pick(("G2P1", "G3P2", "G1P0"))), K(f"Bishop score {g.rng.randint(3, 8)}"), K(g.pick(("Hb 98 g/L", "Hb 104 g/L", "Hb 87 g/L"))),
             K(g.pick(("ICD-10 O24.4", "ICD-10 O13", "ICD-10 O99.0")))]
    body = (f"{g.org('Labasa Hospital')} - Maternity Unit, {g.org('Northern Division Antenatal Clinic')}\nName: {mum.full()}   Hosp. No. {L('HEALTH_ID', hosp_no)}   "
            f"DOB {g.num(dob)}\nAddress: {g.place(FJ_STREETS)}, {g.loc(town)}, {g.loc('Vanua Levu')}   Ph {t_in}\nPartner: {partner.full()}\n"
            f"Booked {g.num(day)}: {terms[0]}, {terms[2]}, {terms[3]}. EDD {g.num(edd)}. {terms[1]} at review.\n"
            f"Midwife: {mw.full()}   Obstetrician: Dr {obs.full()}")
    task = "Write a birth plan as bullet points for the mother, using her first name."
    answer = (f"Birth plan for {mum.given()} ({mum.sur_caps()}, {L('HEALTH_ID', hosp_no)})\n- Due date: {g.long(edd)}; {age_on(dob, edd)} years old at delivery\n"
              f"- History: {terms[0]}; {terms[3]}; {terms[2]}\n- Birth partner: {partner.given()} ({t_out})\n- Induction discussed if {terms[1]} stays low\n"
              f"- Team: midwife {mw.initial()}, Dr {obs.sur()} at {g.org('Labasa Hospital')}")
    return task, body, answer


NDAKOTA = (("Minot", "58701"), ("Williston", "58801"), ("Dickinson", "58601"), ("Devils Lake", "58301"))
ND_STREETS = ("{n} Burdick Expressway E", "{k} 4th Avenue NW", "{t} 2nd Street W", "{n} Villard Street", "{k} Main Street S")


def coding_task(g: Gen) -> Doc:
    """A North Dakota clinic note given to a coder: the note's patient and provider, the answer a coded line with ISO dates."""
    pt = g.of("nd")
    prov = g.of("nd", "us", "wi")
    town, zip_ = g.pick(NDAKOTA)
    dob = g.ymd(1940, 2004)
    day = g.base()
    icd = [K(c) for c in g.rng.sample(("ICD-10 E11.65", "ICD-10 I10", "ICD-10 J44.1", "ICD-10 M17.11", "ICD-10 E78.5"), 2)]
    drug, lab = K(g.pick(DRUGS)), K(g.pick(LABS))
    mrn = f"{g.digits(3)}-{g.digits(4)}"
    t_in, t_out = g.tel2("ndakota")
    clinic = g.pick(("Trinity Health Minot Clinic", "Williston Basin Family Medicine", "Dickinson Badlands Clinic"))
    body = (f"{g.org(clinic)}   PROGRESS NOTE   {g.num(day, us=True)}\nPatient: {pt.comma(caps=False)}   MRN {L('HEALTH_ID', mrn)}   DOB {g.num(dob, us=True)}   "
            f"SSN {L('NATIONAL_ID', g.ssn())}\n{g.place(ND_STREETS)}, {g.loc(town)}, ND {g.loc(zip_)}   {t_in}\n"
            f"A: {icd[0]} with {lab}; also {icd[1]}. P: continue {drug}.\nProvider: {prov.full()}, MD (NPI {L('LICENSE_NUMBER', g.npi())})")
    task = "Code this encounter: one line with patient, date of birth, encounter date and the ICD-10 codes, then the provider."
    answer = (f"{pt.sur_caps()}, {pt.given()} | DOB {g.iso(dob)} | DOS {g.iso(day)} | {icd[0]}; {icd[1]} | {drug}\n"
              f"Provider: {prov.initial()} | callback {t_out} | MRN {L('HEALTH_ID', mrn)}")
    return task, body, answer


BELIZE = (("Corozal Town", "Corozal District"), ("Punta Gorda", "Toledo District"), ("San Antonio", "Toledo District"), ("Sarteneja", "Corozal District"))


def court_order_summary(g: Gen) -> Doc:
    """A Belize Family Court order (custody and maintenance) summarised in plain words for the applicant: parties, the child, the
    Social Security numbers, the claim number, the statute."""
    app = g.of("bz", female=True)
    resp = g.of("bz", female=False)
    child = g.person("bz", g.rng.random() < 0.5)
    child.last = resp.last
    mag = g.of("bz", "bs")
    town, district = g.pick(BELIZE)
    day = g.base()
    cdob = g.ymd(2012, 2021)
    claim = f"FC {g.digits(3)} of {day.year}"
    amount = K(f"BZ${g.rng.randint(15, 45)}0.00 per month")
    t_in, t_out = g.tel2("belize")
    body = (f"IN THE {g.org(f'FAMILY COURT OF {town.upper()}')}    Claim No. {L('CASE_NUMBER', claim)}\nBETWEEN {app.caps()} (SSB No. {L('NATIONAL_ID', g.digits(9))}) Applicant\n"
            f"AND {resp.caps()} (SSB No. {L('NATIONAL_ID', g.digits(9))}) Respondent\nORDER made {g.num(day)} by Magistrate {mag.full()}\n"
            f"1. Custody of {child.full()}, born {g.num(cdob)}, to the Applicant, who lives at {g.place(('{n} 4th Avenue', '{k} Front Street', '{n} Main Middle Street'))}, "
            f"{g.loc(town)}, {g.loc(district)}.\n2. The Respondent pays {amount} under {K('Families and Children Act, Cap. 173, s. 64')}.\n"
            f"3. Access to {resp.sur()} on alternate weekends. Applicant's phone {t_in}.")
    task = "Explain this order to the applicant in plain words, in the second person."
    answer = (f"{app.given()}, the court ({L('CASE_NUMBER', claim)}) decided on {g.long(day)} that {child.given()} ({g.long(cdob)}) lives with you. "
              f"{resp.mr_initial()} ({resp.full()}) must pay you {amount}, as {K('Families and Children Act, Cap. 173, s. 64')} allows, and sees "
              f"{child.given()} every other weekend. If payments stop, call the court office and give your number, {t_out}.")
    return task, body, answer


BOTSWANA = (("Francistown", "North-East District"), ("Palapye", "Central District"), ("Selebi-Phikwe", "Central District"), ("Tonota", "Central District"))


def police_key_facts(g: Gen) -> Doc:
    """A Botswana Police statement turned into key facts: complainant, suspect, witness, Omang numbers (the fifth digit 1 for a man,
    2 for a woman), the CR number, the Penal Code section."""
    comp, susp = g.of("bw"), g.of("bw", "bz", "fj")
    wit = g.of("nd", "fj")
    off = g.of("bz", "nd")
    town, district = g.pick(BOTSWANA)
    day = g.base()
    cr = f"CR {g.rng.randint(10, 999)}/{g.pick(('01', '02', '03', '04'))}/{day.year}"
    t_in, t_out = g.tel2("botswana")

    def omang(p: Person) -> str:
        return f"{g.digits(4)}{'2' if p.female else '1'}{g.digits(4)}"

    value = K(f"P{g.rng.randint(2, 18)},{g.digits(3)}.00")
    body = (f"BOTSWANA POLICE SERVICE - {g.org(f'{town} Police Station')}\nVOLUNTARY STATEMENT   {L('CASE_NUMBER', cr)}\n"
            f"Name: {comp.caps()}   Omang: {L('NATIONAL_ID', omang(comp))}   Cell: {t_in}\nResidence: Plot {g.digits(4)}, {g.loc(g.pick(('Block 1', 'Monarch', 'Area W', 'Somerset East')))}, "
            f"{g.loc(town)}, {g.loc(district)}\nOn {g.num(day)} at about 21:30 {susp.full()} (Omang {L('NATIONAL_ID', omang(susp))}) took my phone and {value} "
            f"at {g.org(g.pick(('Choppies Supermarket', 'Blue Jacket Street Spar', 'Galo Shopping Centre')))}. {wit.full()} saw it.\n"
            f"Offence: {K('Penal Code (Cap. 08:01) s. 291')}.\nRecorded by: Constable {off.full()}")
    task = "List the key facts of this statement as short bullets."
    answer = (f"- Reference: {L('CASE_NUMBER', cr)}, {g.long(day)}, {g.loc(town)}\n- Complainant: {comp.sur_first()} ({t_out})\n- Suspect: {susp.sur_caps()}\n"
              f"- Witness: {wit.initial()}\n- Loss: phone and {value}; {K('Penal Code (Cap. 08:01) s. 291')}\n- Officer: Cst. {off.sur()}")
    return task, body, answer


GOROKA = (("Goroka", "Eastern Highlands Province"), ("Kainantu", "Eastern Highlands Province"), ("Henganofi", "Eastern Highlands Province"))


def handover_to_sbar(g: Gen) -> Doc:
    """A Goroka (Papua New Guinea) ward's nursing handover rewritten in SBAR form: the patient, the nurses, the hospital number,
    observations, a drug chart and a GCS."""
    pt = g.of("pg")
    out_n, in_n = g.of("fj", "nz"), g.of("fj", "nz", "cy")
    doc = g.of("nd")
    town, prov = g.pick(GOROKA)
    dob = g.ymd(1950, 2006)
    day = g.base()
    hosp = f"GGH-{g.digits(6)}"
    t_in, t_out = g.tel2("goroka")
    terms = [K(g.pick(("GCS 13/15", "GCS 14/15", "GCS 11/15"))), K(g.pick(("ICD-10 B50.9", "ICD-10 A01.0", "ICD-10 J18.9"))),
             K(g.pick(("artemether-lumefantrine 80/480 mg BD", "ceftriaxone 2 g IV daily", "IV normal saline 1 L 8-hourly"))), K(g.pick(("SpO2 91%", "SpO2 94%", "temp 39.2 C")))]
    body = (f"{g.org('Goroka General Hospital')} - {g.org(g.pick(('Medical Ward 2', 'Male Medical Ward', 'Female Medical Ward')))}\nHANDOVER {g.num(day)} night shift\n"
            f"Bed 6: {pt.caps()}, Hosp. No. {L('HEALTH_ID', hosp)}, DOB {g.num(dob)}, from {g.loc(g.pick(('Asaro', 'Lufa', 'Okapa', 'Bena')))}, {g.loc(town)}, {g.loc(prov)}.\n"
            f"Dx {terms[1]}. {terms[3]}, {terms[0]}. On {terms[2]}. Wantok (relative) {g.relative(pt, not pt.female).full()} on {t_in}.\n"
            f"Reviewed by Dr {doc.full()}. Handed over by {out_n.full()} to {in_n.full()}.")
    task = "Rewrite this handover in SBAR form (Situation, Background, Assessment, Recommendation)."
    answer = (f"S: {pt.full()} (Hosp. No. {L('HEALTH_ID', hosp)}), {age_on(dob, day)}, bed 6, {g.long(day)}.\nB: {terms[1]}; on {terms[2]}.\n"
              f"A: {terms[3]}; {terms[0]}.\nR: repeat obs 2-hourly; call Dr {doc.sur()} if worse; family on {t_out}.\nHandover {out_n.initials()} to {in_n.initials()}.")
    return task, body, answer


OMAGH = (("Omagh", "BT78"), ("Omagh", "BT79"), ("Cookstown", "BT80"), ("Fintona", "BT78"))


def dental_treatment_plan(g: Gen) -> Doc:
    """An Omagh (Northern Ireland) dental record, its treatment plan as a Markdown table: the Health and Care number (the NHS modulus
    11 check), the dentist's GDC number, teeth, a BPE score and an anaesthetic dose."""
    pt = g.of("ul", "cy")
    dentist = g.of("nz", "cy")
    town, area = g.pick(OMAGH)
    dob = g.ymd(1945, 2008)
    day = g.base()
    nxt = g.later(day, 7, 28)
    hc_in, hc_out = g.nhs_pair()
    t_in, t_out = g.tel2("omagh")
    practice = g.pick(("Omagh High Street Dental Practice", "Cookstown Dental Care", "Strule Dental Surgery"))
    terms = [K(g.pick(("BPE 3/2/3", "BPE 4/3/2", "BPE 2/2/2"))), K("articaine 4% 1:100,000 2.2 mL"), K(g.pick(("ICD-10 K02.1", "ICD-10 K04.0", "ICD-10 K05.3")))]
    body = (f"{g.org(practice)}\nPatient: {pt.full()}   H&C No. {hc_in}   DOB {g.num(dob)}\n{g.place(('{n} High Street', '{k} Dublin Road', '{n} Market Street', '{k} Killyclogher Road'))}, "
            f"{g.loc(town)} {g.loc(g.pc(area))}   {t_in}\nExam {g.num(day)}: {terms[0]}; {terms[2]} on UL6; UR7 fractured.\n"
            f"Plan: UL6 root canal under {terms[1]}; UR7 extraction; scale and polish.\nDentist: {dentist.full()} (GDC {L('LICENSE_NUMBER', g.digits(6))})")
    task = "Turn this record into a treatment plan table (Visit | Date | Treatment) for the patient."
    answer = (f"Treatment plan for {pt.sur_first()} (H&C {hc_out})\n| Visit | Date | Treatment |\n|---|---|---|\n| 1 | {g.long(nxt)} | UL6 root canal, {terms[1]} |\n"
              f"| 2 | to book | UR7 extraction |\nFindings: {terms[0]}; {terms[2]}. Dentist: {dentist.initial()}. Reminders by text to {t_out}.")
    return task, body, answer


KAPITI = (("Paraparaumu", "5032"), ("Waikanae", "5036"), ("Ōtaki", "5512"), ("Raumati Beach", "5032"))


def safeguarding_risk_summary(g: Gen) -> Doc:
    """A Kāpiti Coast (New Zealand) school's safeguarding referral, summarised as a risk summary: the child (NHI, the school's student
    number), the parent, the teacher, the social worker."""
    culture = g.pick(("nz", "kp"))
    child = g.person(culture, False if culture == "kp" else None)
    parent = g.relative(child, True)
    teacher, sw = g.of("cy", "ul"), g.of("nz", "fj")
    town, pc = g.pick(KAPITI)
    day = g.base()
    cdob = g.ymd(2010, 2018)
    school = g.pick(("Kāpiti College", "Paraparaumu School", "Waikanae Primary School", "Ōtaki College"))
    t_in, t_out = g.tel2("kapiti")
    terms = [K(g.pick(("SDQ total difficulties score 24", "SDQ total difficulties score 19"))), K("Oranga Tamariki Act 1989 s. 15")]
    body = (f"SAFEGUARDING REFERRAL - {g.org(school)}\nChild: {child.full()}  DOB {g.num(cdob)}  NHI {L('HEALTH_ID', g.nhi())}  Student no. {L('STUDENT_ID', g.digits(6))}\n"
            f"Address: {g.place(('{n} Rimu Road', '{k} Kāpiti Road', '{n} Te Moana Road', '{k} Mill Road'))}, {g.loc(town)} {g.loc(pc)}\nParent: {parent.full()} ({t_in})\n"
            f"On {g.num(day)} {child.given()} arrived with bruising and said {child.he()} was afraid to go home. {terms[0]}.\n"
            f"Referred under {terms[1]} by {teacher.full()}, teacher; allocated to {sw.full()}, social worker.")
    task = "Write a short risk summary for the multi-agency meeting."
    answer = (f"Risk summary: {child.full()} ({child.initials()}), aged {age_on(cdob, day)}, of {g.loc(town)}, disclosed fear of going home on {g.long(day)}; {terms[0]}. "
              f"Concern reported under {terms[1]} by {teacher.initial()} of {g.org(school)}. {sw.given()} {sw.sur()} to visit Ms {parent.sur()} "
              f"({t_out}) within 24 hours.")
    return task, body, answer


LONGFORD = (("Longford", "N39"), ("Granard", "N39"), ("Ballymahon", "N39"), ("Edgeworthstown", "N39"))


def insurance_decision_letter(g: Gen) -> Doc:
    """A Longford (Ireland) motor insurance claim file turned into a decision letter: the policyholder's PPS number and Eircode, the
    policy and claim numbers, the other driver, the assessor."""
    holder = g.of("ie", "ul")
    other = g.of("cy", "nz")
    assessor = g.of("ie", "nz", "cy")
    town, key = g.pick(LONGFORD)
    day = g.base()
    loss = g.later(day, -60, -10)
    seven = g.digits(7)
    second = g.pick(("", "A", "W"))
    ppsn = f"{seven}{ppsn_letter(seven, second)}{second}"
    insurer = g.pick(("Midlands Motor Insurance DAC", "Shannonside Mutual Insurance", "Lough Ree Assurance Ltd"))
    policy, claim = f"MMI/{g.digits(7)}", f"CLM-{day.year}-{g.digits(5)}"
    t_in, t_out = g.tel2("longford")
    amount = K(f"€{g.rng.randint(2, 14)},{g.digits(3)}.{g.digits(2)}")
    body = (f"{g.org(insurer)} - CLAIM FILE {L('CASE_NUMBER', claim)}\nPolicyholder: {holder.caps()}   PPSN {L('NATIONAL_ID', ppsn)}   Policy {L('CASE_NUMBER', policy)}\n"
            f"Address: {g.place(('{n} Main Street', '{k} Dublin Road', '{n} Ballymahon Street', '{k} Battery Road'))}, {g.loc(town)}, {g.loc('Co. Longford')} {g.loc(g.eircode16(key))}\n"
            f"Loss: {g.num(loss)}, collision with {other.full()} at {g.loc(g.pick(('the N4 at Newtownforbes', 'the N55 at Granard', 'Market Square')))}. Estimate {amount}.\n"
            f"Assessor {assessor.full()}: liability accepted; {K('Road Traffic Act 1961 s. 56')} cover confirmed. Tel {t_in}.")
    task = "Draft the decision letter to the policyholder."
    answer = (f"{g.org(insurer)}\n{g.long(day)}\n\nDear {holder.title()} {holder.sur()},\nClaim {L('CASE_NUMBER', claim)} (policy {L('CASE_NUMBER', policy)}): "
              f"your claim for the collision of {g.long(loss)} with {other.initial()} is accepted and we will pay {amount} under {K('Road Traffic Act 1961 s. 56')}.\n"
              f"Your assessor, {assessor.full()}, can be reached on {t_out}.\nYours sincerely,\nClaims Team\ncc: {holder.initials()}")
    return task, body, answer


STRUCTURED = (referral_extraction, medicines_reconciliation_table, mh_risk_summary, birth_plan, coding_task, clause_extraction, witness_chronology,
              will_asset_list, handover_to_sbar, dental_treatment_plan)
NARRATIVE = (discharge_for_patient, lab_plain_language, physio_exercise_letter, letter_before_action, immigration_timeline, repayment_plan_letter,
             court_order_summary, police_key_facts, safeguarding_risk_summary, insurance_decision_letter)
CLINICAL = (discharge_for_patient, referral_extraction, medicines_reconciliation_table, lab_plain_language, mh_risk_summary, physio_exercise_letter,
            birth_plan, coding_task, handover_to_sbar, dental_treatment_plan)
LEGAL = (letter_before_action, clause_extraction, witness_chronology, will_asset_list, immigration_timeline, repayment_plan_letter, court_order_summary,
         police_key_facts, safeguarding_risk_summary, insurance_decision_letter)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: blind10._one_document(f) for f in CLINICAL + LEGAL}  # type: ignore[arg-type]
assert set(CLINICAL + LEGAL) == set(STRUCTURED + NARRATIVE) and len(DOCTYPES) == 20

# ---------------------------------------------------------------- records: instruction records around a document, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful clinical and legal writing assistant.", "You turn documents into clear summaries.", "Answer accurately and keep the format asked for.")


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
