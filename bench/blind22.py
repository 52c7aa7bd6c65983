"""Twenty-second blind scrubbing corpus: twenty registers of research, public health and specialist care (a trial consent form, a serious adverse event report, a cancer registry notification, a genetic counselling letter, a vaccine injury petition, an organ donation referral, a fertility treatment summary, an inquest record, a hospice admission, a school health plan) and of money, property and family law (a judgment of possession, a protection mandate, a motor claim, a pension transfer, a land transfer, a collection letter, a payslip dispute, a small claims summons, a child support worksheet, a prenuptial schedule), from twenty new places.

    python bench/blind22.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind22.py --out blind22.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber rule,
no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only bench/blind3.py's
soundness check, through fedtune.scrubbing.evaluate and its AS_WRITTEN scorer). Its templates are bench/blind21.py's records, labels,
generator and soundness check. Each record sets a task on a document (summarise it, make a timeline, a table, a card or a checklist,
draft the letter that follows) with an answer that repeats its personal data reformatted: a name surname first or in capitals, a date
written out, a number regrouped. Eight records in ten are fedtune instruction records, two a chat (an optional system prompt, the
user's pasted document and request, the assistant's answer).

Ten registers are research, public health and specialist care: an informed consent form for a phase III trial at Mariehamn (Åland),
a serious adverse event report from a trial site at Luang Prabang (Laos), a cancer registry notification from Nouméa (New Caledonia),
a genetic counselling letter on a BRCA2 result from Willemstad (Curaçao), a petition to the US Court of Federal Claims under the
vaccine injury programme from Thibodaux (Lafourche Parish, Louisiana), an organ donation referral after brain death at Saint-Denis
(Réunion), an ICSI treatment summary from Ponta Delgada (São Miguel, Azores), an inquest record of a road death on Norfolk Island, a
hospice admission record in Philipsburg (Sint Maarten) and a school nurse's individual health plan in Longyearbyen (Svalbard). Ten are
money, property and family law: a Louisiana judgment of possession in a succession at Lake Charles (Calcasieu Parish), a mandate for
future protection before a Papeete (Tahiti) notary, a motor insurance claim in Kolonia (Pohnpei, Micronesia), an Alderney resident's
request to transfer a UK defined benefit pension, a Form A freehold transfer in Kamloops (British Columbia), a Key West (Florida)
collection agency's validation notice with the consumer's identity theft dispute, a payslip dispute in Kralendijk (Bonaire), a small
claims summons of the Magistrate's Court at Charlestown (Nevis), a child support guidelines worksheet in Galveston (Texas) and the
schedule of separate property of a prenuptial agreement in Malé (Maldives). FILED_WITH_AUTHORITY names the ten sent to, or issued by,
a court, a registry, a safety system, an insurer, a pension scheme or a land office (the SAE report, the registry notification, the
petition, the organ referral, the inquest record, the judgment of possession, the motor claim, the transfer request, the land
transfer, the summons), BETWEEN_PEOPLE the ten that pass between a person and those who care for them, employ them, owe them or marry
them (the consent form, the counselling letter, the treatment summary, the hospice admission, the school health plan, the protection
mandate, the collection letter, the payslip dispute, the support worksheet, the prenuptial schedule). Forms come as "Field: value"
lines, tick boxes ([x]), numbered paragraphs of pleadings, pipe and markdown tables, letters with address blocks, an e-mail with its
headers, and code-switched words of Lao, Drehu, Papiamentu, Réunion Creole, Portuguese, Norf'k, Norwegian, Tahitian, Pohnpeian and
Dutch.

Identifiers follow the public descriptions of their formats, with the check characters computed where one exists: Finnish personal
identity codes as Åland's register issues them (DDMMYY, the century sign, the 2023 signs Y, X, W, V, U and B to F among them, an
individual number even for a woman, the control character: the nine digits modulo 31), French NIRs (the sex, the birth year and month,
the department of birth, 974 Réunion, 987 French Polynesia, 988 New Caledonia, the commune, the order number and the key: 97 less the
number modulo 97), Portuguese NIFs (weights 9 to 2, modulus 11), Norwegian organisation numbers (weights 3, 2, 7, 6, 5, 4, 3, 2,
modulus 11) and fødselsnummer for children born from 2000 (the individual numbers 500-999, two modulus 11 check digits), French IBANs
of French Polynesia's banks (the RIB key and ISO 13616), and Florida driver's licences as the author understands them (the surname's
American Soundex code, three digits, the birth year, (month - 1) x 40 + day plus 500 for a woman, an overflow digit). Drawn in their
published patterns: US Social Security numbers (no area 000, 666 or 900-999), British National Insurance numbers, British Columbia
parcel identifiers (nine digits), Maldivian ID cards (A and six digits), Curaçao ID numbers (the birth date YYYYMMDD and two digits, as
the author understands them), EU clinical trial numbers (the year, six digits from 5, two digits, 00; a trial's, left unlabelled).
Where the author found no public description, numbers are drawn as stated in the writers: participant, hospital, CAFAT, CRISTAL, SNS,
SZV and Louisiana Medicaid numbers, Lao and Sint Maarten ID cards, CRIB and Nevis social security numbers, the Court of Federal Claims'
docket, VAERS reports, succession, suit, cause and Attorney General's case numbers, coroner's cases, land title documents, claim,
police report and policy numbers, pension member numbers, scheme tax references, QROPS references and FCA firm reference numbers,
Chamber of Commerce numbers, Florida collection agency registrations, Texas and Pohnpei driver's licences, Norfolk Island and Pohnpei
registrations, pupil numbers, bank accounts, and the web addresses of a symptom diary and a payment portal.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them in the name lists of bench/blind2.py
to bench/blind21.py, their nicknames and misspellings included: checked when this module loads): Swedish-speaking Ålanders, Lao and
Hmong (a Lao addressed by Thao or Nang and the given name, the title outside the span), Kanak and Caldoche, Sephardic Curaçaoan (de
Marchena with its particle) and Afro-Curaçaoan, Cajun and Houma, Réunionese Creole, Malbar and Chinese (Chane-Kune with its hyphen),
Azorean, Norfolk Islanders of the Pitcairn families (Christian, Quintal, Nobbs, Buffett, Adams: a surname that people share without
being family), St Martiner, Norwegian and Thai, Creole and Cajun of Calcasieu, Tahitian (Teri'itehau with its apostrophe), Pohnpeian,
Alderney islanders (Le Cocq, Le Ber), Secwépemc (Manuel, Casimir, Ignace: surnames that are given names) and Punjabi-Canadian, Conch
and Cuban-American, Bonairean, Nevisian, Galvestonian and Maldivian (a given name and a second name, Didi and Manik among the second
names). Hard cases, natural to the theme: names that are words or places (Rut, Champagne, Savoy, Rivière, Ponte, Mota, Christian,
Partridge, Flanders, Marlin, Halley, Hinano, Birch, Frans, Abraham, Brand, Manners, Naar, Sling, Celestine, Lovelace, Granger, Clem,
Sandvik, Lebon), a name in capitals surname first or whole (a pleading's caption, an inquest's title), initials with a surname, a name
inside an e-mail address, families sharing one surname (heirs, parents, a donor's family, a counsellee's relatives), a municipality
called U; addresses with landmarks ("near the Spanish Wall"), kilometre points ("PK 4,5 côté mer, Punaauia"), tribes, quartiers,
wards, house names ("H. Blue Lagoon, Majeedhee Magu"), villages (ban) and a land title's legal description; dates in many forms (a US
date, 10.3.2025, 2024-03-12, 27-10-1989, a day with its weekday, an ordinal, "the 12th day of March 2024", a month and year), a date
with its time, 24-hour times alone left unlabelled; and protected terms in the document and again in the answer: trial phases,
endpoints and doses, CTCAE grades, a G6PD variant, ICD-O-3 codes, TNM and FIGO stages and receptors, BRCA2 c.5946delT with its class,
vaccine injury terms, brain death criteria, ovarian stimulation and embryology, blood alcohol, performance scores, school health plans,
statutes and sections of new jurisdictions (the Medical Research Act (488/1999), 42 U.S.C. § 300aa-11, the Code de la santé publique,
Lei n.º 32/2006, the Coroners Act 2009 (NSW), Louisiana Civil Code article 890, article 477 of the Code civil, the Pension Schemes Act
2015, the Land Title Act, 15 U.S.C. § 1692g, Fla. Stat. § 559.72, the Wet minimumloon BES, Texas Family Code § 154.125, the Family Act
(Law No. 4/2000)), insurance, pension, succession and conveyancing terms, and money in new currencies (XPF, NAf, MVR, EC$, USD on
Bonaire).

Labelling rules are bench/blind21.py's: the body that issues a number stays outside its span; identity codes, NIRs, NIFs, fødselsnummer,
Social Security, National Insurance, CRIB and ID card numbers are NATIONAL_ID; numbers that exist for health care or research (a
participant, hospital, CAFAT, CRISTAL, SNS, SZV or Medicaid number) HEALTH_ID; driver's licences, vehicle registrations and a
collection agency's registration LICENSE_NUMBER; dockets, suit, cause, case, claim, police report, VAERS, land title document and
parcel identifier numbers and employee numbers CASE_NUMBER; organisation, Chamber of Commerce, scheme tax, QROPS and FCA firm numbers
COMPANY_REGISTRATION; bank accounts, policies, pension memberships and collection accounts ACCOUNT_NUMBER; a pupil number STUDENT_ID;
hospitals, hospices, schools, firms, insurers, banks, pharmacies, employers, pension schemes and a notary's office are ORGANIZATION,
whole, while courts and national or territorial bodies (the Court of Federal Claims, the Fourteenth Judicial District Court, the
Magistrate's Court, the cancer registry, the refusal register) are left unlabelled; titles (Dr, Maître, Sergeant, Thao, Nang, Mr, Ms)
stay outside a person's span; a street address on one line is one LOCATION, a town with its postcode another, a village, ward, tribe,
quartier or landmark its own.

Earlier corpora, for comparison (from their docstrings and place lists, searched): bench/blind.py to bench/blind21.py visited, among
others, Iceland, the Faroes, Estonia (Tallinn, Tartu, Narva), Georgia and Armenia (Kutaisi, Batumi, Gyumri, Yerevan), Mongolia, Nepal,
Bhutan, Papua New Guinea, the Solomon Islands, Vanuatu, Samoa, Tonga and Fiji, Namibia, Lesotho, Eswatini, Rwanda, Tanzania, Sierra
Leone, Liberia, the Gambia and Cameroon, Belize, Guyana, Bermuda, Montserrat and Dominica, Hawaii, Guam, the Yukon, Newfoundland,
Shetland, Orkney, Jersey, Guernsey, Sark and the Isle of Man, Chile, Argentina, Quebec (Sherbrooke), Vermont, Marquette, Pikeville,
Madeira, Paramaribo and Macau. None of them visited Mariehamn, Luang Prabang, Nouméa, Willemstad, Thibodaux, Réunion, the Azores,
Norfolk Island, Sint Maarten, Svalbard, Lake Charles, Papeete, Pohnpei, Alderney, Kamloops, Key West, Bonaire, Nevis, Galveston or
the Maldives (their names were searched for in every earlier corpus), and none of their document types is one of these twenty
(tests/test_blind22.py checks the names).
"""
from __future__ import annotations

import datetime
import random
import sys
from collections.abc import Callable
from typing import Any

import blind3  # bench/, beside this script
import blind13
import blind18
import blind21
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Written for this corpus; no word of them is in the lists of bench/blind2.py to bench/blind21.py.
PEOPLE = {
    # Mariehamn (Åland): Swedish-speaking Ålanders; Rut a given name that is a word
    "ax": (("Sölvi", "Carita", "Annika-Lena", "Rut", "Vivan", "Mildred", "Gunnel", "Ulvhild", "Tyra", "Britt-Ingrun"),
           ("Runar", "Göte", "Folke", "Kaj", "Ragnvald", "Valdemar", "Torolf", "Algot"),
           ("Sundblom", "Husell", "Nordlund", "Söderlund", "Gottberg", "Dahlman", "Fellman", "Karlström", "Eriksson", "Jansson", "Holmström", "Sjölund")),
    # Luang Prabang (Laos): Lao families (addressed by Thao or Nang and the given name) and Hmong families
    "la": (("Bouavanh", "Manivanh", "Souksavanh", "Viengkham", "Khamphoui", "Chanthaly", "Noutsavanh", "Mouacher", "Sengdeuane"),
           ("Somphone", "Khamphanh", "Bounmy", "Sengphet", "Phonesavanh", "Thongsavath", "Vilayphone", "Khamsing", "Bounthanh"),
           ("Phommachanh", "Sisavath", "Vongsavanh", "Keomany", "Inthavong", "Souvannavong", "Chanthavong", "Phetsomphou", "Luangrath", "Xayavong", "Yangmeng", "Lyfoung")),
    # Nouméa (New Caledonia): Kanak families of the Loyalty Islands and the Grande Terre, and Caldoche families
    "nc": (("Wassissi", "Léocadie", "Ninon", "Wanessa", "Hnadrune", "Ipeze", "Hnaeja"),
           ("Wahéo", "Déwé", "Siorili", "Télesphore", "Waïnebengo", "Hnalaine", "Kiamu"),
           ("Wamytan", "Gorodey", "Naisseline", "Wéa", "Kaloi", "Tjibaou", "Frogier", "Ukeiwé", "Poigoune", "Wahuzue", "Gopoea", "Lalié")),
    # Willemstad (Curaçao): Sephardic families (de Marchena with its particle; Naar and Sling surnames that are words) and Afro-Curaçaoan
    # families
    "cw": (("Esthercita", "Sulaika", "Eudith", "Jurica", "Shurlaine", "Rachelita", "Suhaila", "Jeanira"),
           ("Jurmen", "Raymiro", "Mordechai", "Rignald", "Shurwen", "Edsel", "Chesron"),
           ("Maduro", "Capriles", "Henriquez", "de Marchena", "Jesurun", "Naar", "Girigorie", "Isenia", "Koeyers", "Pinedo", "Curiel", "Nahar", "Sling")),
    # Thibodaux (Louisiana): Cajun and Houma families; Champagne and Savoy surnames that are words and places
    "lf": (("Odile", "Ursule", "Celestine", "Edia", "Noelie", "Azalie", "Ozithe"),
           ("Clovis", "Lovelace", "Emile", "Ovide", "Dolze", "Alphe", "Nolton"),
           ("Guidry", "Champagne", "Savoy", "Toups", "Billiot", "Naquin", "Verdin", "Dardar", "Cheramie", "Pitre", "Gautreaux", "Lirette", "Callais")),
    # Saint-Denis (Réunion): Creole, Malbar (Tamil), Chinese and Zarab families; Rivière a surname that is a word, Chane-Kune hyphenated
    "re": (("Rosemay", "Priscillia", "Sylvianne", "Fabiola", "Lucianne", "Josyane"),
           ("Rodolphe", "Maximin", "Ylias", "Thierry", "Expédit", "Ylang", "Clairvil"),
           ("Hoarau", "Grondin", "Rivière", "Técher", "Virapoullé", "Lebon", "Sautron", "Ramassamy", "Dijoux", "Moutoussamy", "Boyer", "Clain", "Chane-Kune")),
    # Ponta Delgada (São Miguel, Azores): Azorean families; Ponte and Mota surnames that are words
    "az": (("Aldora", "Berta", "Ercília", "Ivone", "Natércia", "Zulmira", "Iduína"),
           ("Gualberto", "Laurénio", "Tibério", "Fernão", "Jordão", "Belarmino", "Clementino"),
           ("Melo", "Botelho", "Arruda", "Rego", "Ponte", "Moniz", "Cymbron", "Benevides", "Mota", "Cordeiro", "Resendes", "Frias")),
    # Norfolk Island: the Pitcairn descendants' families, Christian, Quintal, Nobbs, Buffett, Adams (a surname many share), and mainlanders
    "nf": (("Cherida", "Tarnya", "Lisette", "Merval", "Bubby", "Kimberlee", "Shyralee"),
           ("Ikin", "Duncan", "Gudgie", "Ric", "Kraig", "Wardie", "Hitch"),
           ("Christian", "Quintal", "Nobbs", "Buffett", "Menghetti", "Partridge", "Bataille", "Sanders", "Yager", "Adams", "Tavener", "Ryves")),
    # Philipsburg (Sint Maarten): St Martiner families; Flanders, Marlin and Halley surnames that are words or places
    "sx": (("Sheraine", "Gracita", "Loekie", "Maritza", "Shermina", "Ersilia"),
           ("Clem", "Lasana", "Wycliff", "Josiah", "Felton", "Rellis"),
           ("Richardson", "Arrindell", "Wathey", "Peterson", "Illidge", "Duzanson", "Heyliger", "Marlin", "Flanders", "Halley", "Hyman")),
    # Longyearbyen (Svalbard): Norwegian families and Thai families
    "sj": (("Siri", "Tiril", "Hedda", "Jorunn", "Nimmanat", "Ratree"),
           ("Bård", "Torgeir", "Vegard", "Amund", "Sølve", "Trygve"),
           ("Bjørnstad", "Myrvang", "Eikeland", "Sandvik", "Løvlie", "Hanssen", "Sukkasem", "Jaidee", "Brækkan", "Ravndal")),
    # Lake Charles (Louisiana): Creole and Cajun families of Calcasieu Parish
    "lc": (("Cleonide", "Orelia", "Lorita", "Deshawna", "Kimberlyn", "Ophelie"),
           ("Placide", "Dantrell", "Elphege", "Lastie", "Arcade"),
           ("Broussard", "Fontenot", "Sonnier", "Ardoin", "Chenier", "Granger", "Bellard", "Thibeaux", "Fuselier", "Istre")),
    # Papeete (Tahiti): Polynesian and demi families; Hinano a given name that is a word (and a beer)
    "pf": (("Hinano", "Vaiana", "Heiata", "Tehani", "Maeva", "Poerava", "Titaua"),
           ("Teva", "Manutea", "Tehei", "Raimana", "Hiro", "Tamatoa", "Heimanu"),
           ("Teri'itehau", "Tetuanui", "Temaru", "Flosse", "Tehaamoana", "Maiau", "Teri'ierooiterai", "Tauira", "Raapoto", "Tinorua", "Bouissou", "Vanaa")),
    # Kolonia (Pohnpei, Micronesia): Pohnpeian families
    "pn": (("Lerleen", "Kesdina", "Merleen", "Yosiko", "Pelsihna"),
           ("Ikiuo", "Kasio", "Iriarte", "Semes", "Lorens", "Kenye"),
           ("Etscheit", "Hadley", "Weilbacher", "Pelep", "Sohl", "Lippwe", "Alik", "Panuelo", "Ehsa", "Ioanis")),
    # Alderney: islanders (Le Cocq, Le Ber with their particles) and incomers; Birch a surname that is a word
    "ay": (("Ottoline", "Jessamy", "Ysolde", "Domenica", "Saffie"),
           ("Quillan", "Tancred", "Lancelyn", "Athelstan", "Wystan"),
           ("Le Cocq", "Herivel", "Simonet", "Cosheril", "Duplain", "Le Ber", "Gaudion", "Sheard", "Fautrat", "Birch")),
    # Kamloops (British Columbia): Secwépemc families (Manuel, Casimir, Ignace: surnames that are given names) and Punjabi-Canadian families
    "kp": (("Shaylene", "Harjot", "Gurleen", "Kukpi", "Tekwi"),
           ("Darrel", "Navtej", "Sukhvir", "Cleon", "Ruel"),
           ("Manuel", "Arnouse", "Ignace", "Casimir", "Gottfriedson", "Sandhar", "Pannu", "Bonneau", "Deneault")),
    # Key West (Florida): Conch families and Cuban-American families
    "kw": (("Yolexis", "Marisleysis", "Tifany", "Odalys"),
           ("Braxton", "Yoandry", "Yusniel", "Yordany", "Cayo"),
           ("Carbonell", "Valdes", "Esquinaldo", "Gabriel", "Dopp", "Demeritt", "Demeritte", "Lastres")),
    # Kralendijk (Bonaire): Bonairean families; Frans and Abraham surnames that are a word and a given name
    "bq": (("Suenia", "Ilonka", "Rignalda", "Shurmila"),
           ("Rignaldo", "Ruthmar", "Sixto", "Ruthsel"),
           ("Winklaar", "Janga", "Thode", "Frans", "Soliano", "Emerenciana", "Martis", "Craane", "Pourier", "Abraham", "Bernabela")),
    # Charlestown (Nevis): Nevisian families; Brand and Manners surnames that are words
    "nv": (("Shermel", "Lornetta", "Vernelle", "Eulene", "Idalia"),
           ("Elvin", "Ashburn", "Keithroy", "Oriel", "Lenworth"),
           ("Liburd", "Nisbett", "Parris", "Tross", "Huggins", "Claxton", "Manners", "Pinney", "Brand", "Wigley")),
    # Galveston (Texas): Texan, Black Galvestonian and Cajun-Texan families
    "gv": (("Brandie", "Kaylynn", "Latrice", "Dessa", "Jonelle"),
           ("Trey", "Jaylon", "Demetrius", "Tyus", "Lasker"),
           ("Kempner", "Sealy", "Batiste", "Harrell", "Maceo", "Cuney", "Trahan", "Menard", "Rosenberg")),
    # Malé (Maldives): Maldivian names, a given name and a second name; Didi and Manik second names that are titles
    "mv": (("Aishath", "Fathimath", "Mariyam", "Hawwa", "Aminath", "Zeenath"),
           ("Moosa", "Shiham", "Mausoom", "Shifaz", "Hassan", "Azlif"),
           ("Shifza", "Naseem", "Rasheed", "Didi", "Manik", "Waheed", "Thoriq", "Nasheed", "Shareef")),
}  # fmt: skip
# Names that are words or places.
COMMON_WORD_NAMES = ("Rut", "Champagne", "Savoy", "Rivière", "Ponte", "Mota", "Christian", "Partridge", "Flanders", "Marlin", "Halley", "Hinano",
                     "Birch", "Manuel", "Casimir", "Ignace", "Frans", "Abraham", "Brand", "Manners", "Didi", "Manik", "Naar", "Sling", "Celestine",
                     "Lovelace", "Granger", "Clem", "Sandvik", "Lebon")
# Norfolk Island's Pitcairn families: a surname that many people on the island share, unrelated.
ISLAND_SURNAMES = ("Christian", "Quintal", "Nobbs", "Buffett", "Adams")
name_words = blind18.name_words
fold22 = blind18.fold18
strip_marks = blind18.strip_marks


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists of bench/blind2.py to bench/blind21.py (their nicknames and misspellings too)."""
    return blind21.earlier_names() | blind21.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
_SURNAMES = [s for _, _, surnames in PEOPLE.values() for s in surnames]
_GIVEN = [n for women, men, _ in PEOPLE.values() for n in (*women, *men)]
assert len(_SURNAMES) == len(set(_SURNAMES)) and all(name_words(n) for n in _SURNAMES + _GIVEN), "a surname twice, or only particles"
assert all(n in _GIVEN or n in _SURNAMES for n in COMMON_WORD_NAMES) and set(ISLAND_SURNAMES) <= set(PEOPLE["nf"][2])


class Person(blind18.Person):
    """A person as the place writes the name: given name and surname; a Lao addressed by a title (Thao, Nang) and the given name."""

    def sur(self) -> str:
        return L("PERSON", self.first if self.culture == "la" else self.last)

    def title(self) -> str:
        if self.culture == "la":
            return "Nang" if self.female else "Thao"
        return super().title()


# ---------------------------------------------------------------- identifiers with a published check or structure

luhn_digit = blind18.luhn_digit
iban_check = blind18.iban_check
fnr_digits = blind18.fnr_digits
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_check(ddmmyy: str, individual: str) -> str:
    """The Finnish (and Ålandic) personal identity code's control character: the nine digits modulo 31, read in 0-9A-Y without G, I,
    O, Q and Z."""
    return HETU_CHARS[int(ddmmyy + individual) % 31]


def nir_key(thirteen: str) -> str:
    """The French NIR's key: 97 less the thirteen digits modulo 97."""
    return f"{97 - int(thirteen) % 97:02d}"


def nif_digit(eight: str) -> int:
    """A Portuguese NIF's check digit: the eight digits weighted 9 to 2, 11 less the sum modulo 11, 10 and 11 written 0."""
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(9, 1, -1))) % 11
    return 0 if r >= 10 else r


def orgnr_digit(eight: str) -> int | None:
    """A Norwegian organisation number's check digit: weights 3, 2, 7, 6, 5, 4, 3, 2, 11 less the sum modulo 11 (11 is 0, 10 never
    issued)."""
    r = 11 - sum(int(c) * w for c, w in zip(eight, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return None if r == 10 else r % 11


def rib_key(bank: str, branch: str, account: str) -> str:
    """The French RIB key: 97 less (89 x bank + 15 x branch + 3 x account) modulo 97."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


SOUNDEX = {**dict.fromkeys("BFPV", "1"), **dict.fromkeys("CGJKQSXZ", "2"), **dict.fromkeys("DT", "3"), "L": "4", **dict.fromkeys("MN", "5"), "R": "6"}


def soundex(name: str) -> str:
    """American Soundex: the first letter, then the codes of the consonants, a code repeated across H or W (or beside the first) once,
    vowels separating repeats; three digits, zeros after."""
    letters = [c for c in fold22(name).upper() if c.isalpha()]
    out, last = letters[0], SOUNDEX.get(letters[0], "")
    for c in letters[1:]:
        code = SOUNDEX.get(c, "")
        if code and code != last:
            out += code
        if c not in "HW":
            last = code
    return (out + "000")[:4]


assert hetu_check("131052", "308") == "T" and nir_key("2690549588157") == "80" and nif_digit("12345678") == 9 and soundex("Tymczak") == "T522"
assert soundex("Robert") == "R163" and soundex("Ashcraft") == "A261" and orgnr_digit("92360901") == 6 and soundex("Pfister") == "P236"

# ---------------------------------------------------------------- dates, phone numbers

EN_MONTHS = blind18.EN_MONTHS
WEEKDAYS = blind18.WEEKDAYS
regroup = blind18.regroup
age_on = blind18.age_on
ordinal = blind18.ordinal

PHONES = {
    "mariehamn": ("+358 18 ## ###", "018 ## ###", "+358 457 ### ####", "040 ### ####"),
    "luangprabang": ("+856 71 ### ###", "071 ### ###", "+856 20 #### ####", "020 #### ####"),
    "noumea": ("+687 2# ## ##", "2# ## ##", "+687 7# ## ##", "7# ## ##"),
    "curacao": ("+599 9 4## ####", "9 4## ####", "+599 9 5## ####", "9 6## ####"),
    "thibodaux": ("(985) 447-####", "985-446-####", "(985) 493-####", "985-449-####"),
    "reunion": ("02 62 ## ## ##", "+262 262 ## ## ##", "06 92 ## ## ##", "+262 692 ## ## ##"),
    "azores": ("+351 296 ### ###", "296 ### ###", "+351 91# ### ###", "96# ### ###"),
    "norfolk": ("+672 3 2# ###", "2# ###", "+672 3 5# ###", "5# ###"),
    "sxm": ("+1 721 54#-####", "(721) 52#-####", "721-58#-####"),
    "svalbard": ("+47 79 02 ## ##", "79 02 ## ##", "+47 9## ## ###", "4## ## ###"),
    "lakecharles": ("(337) 436-####", "337-477-####", "(337) 491-####", "337-439-####"),
    "papeete": ("+689 40 ## ## ##", "40 ## ## ##", "+689 87 ## ## ##", "89 ## ## ##"),
    "pohnpei": ("+691 320-####", "320-####", "+691 921-####", "921-####"),
    "alderney": ("01481 82####", "+44 1481 82####", "07781 ######", "07911 ######"),
    "kamloops": ("(250) 372-####", "250-374-####", "(778) 471-####", "250-828-####"),
    "keywest": ("(305) 294-####", "305-292-####", "(305) 296-####", "305-293-####"),
    "bonaire": ("+599 717 ####", "717-####", "+599 7## ####", "78# ####"),
    "nevis": ("(869) 469-####", "869-469-####", "(869) 662-####", "869-663-####"),
    "galveston": ("(409) 763-####", "409-765-####", "(409) 744-####", "409-770-####"),
    "male": ("+960 33# ####", "33# ####", "+960 7## ####", "9## ####"),
}  # fmt: skip

Doc = tuple[str, str, str]  # (the instruction, the document, the answer)


class Gen(blind21.Gen):
    """bench/blind18.py's draws (people who do not repeat a name within a document, dates as documents write them) with this
    corpus's people, phone numbers and identifiers."""

    def person(self, culture: str, female: bool | None = None) -> Person:
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        first = self._name(women if female else men)
        return Person(first, self._name(surnames), culture, female)

    def relative(self, p: Person, female: bool) -> Person:
        """Someone of the family, with the family's surname."""
        r = self.person(p.culture, female)
        r.last = p.last
        return r

    def named(self, culture: str, surname: str, female: bool | None = None) -> Person:
        """Someone with this surname, whoever else in the document has it (an island's shared family names)."""
        p = self.person(culture, female)
        p.last = surname
        self.used |= name_words(surname)
        return p

    def surname(self, culture: str) -> str:
        return self._name(PEOPLE[culture][2])

    def tel(self, place: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[place])))

    def tel2(self, place: str) -> tuple[str, str]:
        n = self.shape(self.pick(PHONES[place]))
        return L("PHONE_NUMBER", n), L("PHONE_NUMBER", regroup(n))

    # identifiers with a published check

    def hetu(self, born: datetime.date, female: bool) -> str:
        """A Finnish personal identity code as Åland's population register issues it: DDMMYY, the century sign (-, Y, X, W, V or U for the
        1900s, A to F for the 2000s, the signs added in 2023 among them), an individual number 002-899 (even for a woman), the control
        character."""
        sign = self.pick("-YXWVU" if born.year < 2000 else "ABCDEF")
        while True:
            ind = f"{self.rng.randint(2, 899):03d}"
            if int(ind) >= 2 and int(ind[-1]) % 2 == (0 if female else 1):
                break
        ddmmyy = f"{born:%d%m%y}"
        return f"{ddmmyy}{sign}{ind}{hetu_check(ddmmyy, ind)}"

    def nir(self, born: datetime.date, female: bool, dept: str) -> str:
        """A French NIR: the sex (1 a man, 2 a woman), the birth year's two digits and the month, the department of birth (974 for
        Réunion, 988 for New Caledonia) and the commune's two digits, a three-digit order number, the key; spaced as a Carte Vitale
        prints it."""
        thirteen = f"{2 if female else 1}{born:%y%m}{dept}{self.rng.randint(1, 24):02d}{self.rng.randint(1, 999):03d}"
        n = thirteen + nir_key(thirteen)
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:8]} {n[8:10]} {n[10:13]} {n[13:]}"

    def nif(self) -> str:
        eight = self.pick("12") + self.digits(7)
        return f"{eight}{nif_digit(eight)}"

    def orgnr(self) -> str:
        while True:
            eight = self.pick("89") + self.digits(7)
            check = orgnr_digit(eight)
            if check is not None:
                n = f"{eight}{check}"
                return f"{n[:3]} {n[3:6]} {n[6:]}"

    def fnr2000(self, born: datetime.date, female: bool) -> str:
        """A Norwegian fødselsnummer for a birth from 2000 to 2039: DDMMYY, an individual number 500-999 (its third digit even for a
        woman), the two check digits."""
        while True:
            ind = f"{self.rng.randint(50, 99)}{self.pick('02468' if female else '13579')}"
            nine = f"{born:%d%m%y}{ind}"
            checks = fnr_digits(nine)
            if checks:
                return nine + checks

    def fr_iban(self, bank: str) -> str:
        """A French IBAN (as French Polynesia's banks issue them): the bank's five digits, the branch's five, an eleven-digit account,
        the RIB key and the ISO 13616 check."""
        branch, account = self.digits(5), self.digits(11)
        return self.iban_of("FR", f"{bank}{branch}{account}{rib_key(bank, branch, account)}")

    def fl_dl(self, p: Person, born: datetime.date) -> str:
        """A Florida driver's licence number as the author understands it: the surname's Soundex code, three digits for the given
        name, the birth year's two digits, (month - 1) x 40 + day (plus 500 for a woman), and an overflow digit."""
        ddd = (born.month - 1) * 40 + born.day + (500 if p.female else 0)
        return f"{soundex(p.last)}-{self.digits(3)}-{born.year % 100:02d}-{ddd:03d}-0"

    def eu_ct(self, year: int) -> str:
        """An EU clinical trial number (the Clinical Trials Information System's) as the author understands it: the year, six digits
        from 5, two digits, 00."""
        return f"{year}-5{self.digits(5)}-{self.digits(2)}-00"


def _one_document(write: Callable[[Gen], Doc]) -> Callable[[Gen], Doc]:
    """The writer, starting each document with no names given yet and counting the documents of its type (bench/blind18.py's)."""
    return blind18._one_document(write)  # type: ignore[arg-type]


# ---------------------------------------------------------------- research, public health and specialist care

AX_VILLAGES = ("Jomala", "Finström", "Saltvik", "Lemland", "Hammarland", "Eckerö", "Sund", "Vårdö", "Föglö", "Godby")
AX_STREETS = ("Storagatan {k}", "Torggatan {n}", "Norra Esplanadgatan {k}", "Ålandsvägen {n}", "Skarpansvägen {k}", "Nyfahlersvägen {m}")


def clinical_trial_consent_form(g: Gen) -> Doc:
    """A Mariehamn (Åland) informed consent form for a phase III oncology trial: the EU trial number (a trial's, left unlabelled), the
    participant and the personal identity code (the birth date and the sex in it), the participant number, the address, the tick boxes
    for the optional parts, the investigator, the study nurse and a witness from the family; the answer the consent checklist or the
    letter to the participant's doctor."""
    pt, inv, nurse, gp = g.person("ax"), g.person("ax"), g.person("ax"), g.person("ax")
    wit = g.relative(pt, g.rng.random() < 0.5)
    born, signed = g.born(1948, 1985), g.base(2023, 2025)
    start = g.later(signed, 7, 21)
    code = g.hetu(born, pt.female)
    pid = f"AX-{g.digits(2)}-{g.digits(4)}"
    tel, tel_b = g.tel2("mariehamn")
    mail = g.mail(pt, g.pick(("aland.net", "gmail.com")))
    diary = f"https://ediary.ahs.ax/p/{pid.lower()}"
    terms = [K("phase III"), K("randomised 1:1"), K("pembrolizumab 200 mg every 3 weeks"), K("progression-free survival"),
             K("Medical Research Act (488/1999)"), K("RECIST 1.1"), K("ECOG 0-1")]
    body = (f"INFORMED CONSENT FORM   EU CT {g.eu_ct(signed.year - 1)}   {terms[0]}, {terms[1]}\nSite: {g.org('Ålands centralsjukhus')}, "
            f"{g.loc('Mariehamn')}\n\nParticipant: {pt.caps()}   Born {g.date(born, 'dot')}   Personal identity code {L('NATIONAL_ID', code)}\nParticipant no. {L('HEALTH_ID', pid)}\n"
            f"Address: {g.loc(g.fill(g.pick(AX_STREETS)))}, {g.loc(g.pick(AX_VILLAGES))}   Tel. {tel}   E-mail {mail}\n\n"
            f"Treatment: {terms[2]} or the standard treatment; primary endpoint {terms[3]} by {terms[5]}. Eligibility: {terms[6]}.\n"
            f"[x] I agree to take part   [x] My doctor, {gp.full()}, may be told   [{g.pick('x ')}] Samples to the biobank\n"
            f"I have read the information under the {terms[4]}. Signed in {g.loc('Mariehamn')} {g.date(signed, 'dot')}.\n"
            f"Investigator: Dr {inv.full()}   Study nurse: {nurse.full()}   Witness: {wit.full()} (relative)\nFirst visit {g.date(start, 'wk')}. Symptom diary: {L('URL', diary)}")
    k = g.rng.randrange(2)
    task = (g.pick(("Turn this form into a consent checklist for the trial file.", "Make a checklist of what the participant agreed to.")),
            g.pick(("Write the letter informing the participant's doctor.", "Draft a letter to the GP about the trial participation.")))[k]
    if k == 0:
        answer = (f"- Participant: {pt.sur_first()} ({L('HEALTH_ID', pid)}), consented {g.long(signed)}\n- Trial: {terms[0]}, {terms[1]}, "
                  f"{terms[2]}\n- GP informed: yes ({gp.ini()})\n- Witness: {wit.full()}\n- First visit: {g.long(start)}\n- Diary: {L('URL', diary)}")
    else:
        answer = (f"Dear Dr {gp.sur()},\nYour patient {pt.full()}, born {g.long(born)}, joined a {terms[0]} trial on {g.long(signed)} and will "
                  f"receive {terms[2]} or standard care. Contact the study nurse {nurse.full()} with questions.\nDr {inv.ini()}")
    return task, body, answer


LA_VILLAGES = ("Ban Xieng Mouane", "Ban Pakham", "Ban Vat Nong", "Ban Phanom", "Ban Xang Hai", "Ban Na Luang", "Ban Chompet", "Ban Aphay")


def serious_adverse_event_report(g: Gen) -> Doc:
    """A serious adverse event report from a Luang Prabang trial site (a phase II antimalarial trial): the participant and the
    participant and hospital numbers, the ID card, the village, the event with its onset (a date with its time), the grade and the
    causality, the G6PD variant, the reporter and the principal investigator, the sponsor's safety desk; the answer the SAE narrative or
    a line listing."""
    pt, rep, pi, rel = g.person("la"), g.person("la"), g.person("la"), g.person("la")
    rel = g.relative(pt, g.rng.random() < 0.5)
    born, dosed = g.born(1970, 2004), g.base(2023, 2025)
    onset = g.later(dosed, 2, 5)
    reported = g.later(onset, 0, 1)
    pid = f"LPB-{g.digits(3)}"
    hosp = f"{g.digits(2)}/{g.digits(5)}"
    idc = g.digits(12)
    tel, tel_b = g.tel2("luangprabang")
    safety = g.mail(pi, "lao-malaria-trials.org")
    terms = [K("phase II"), K("primaquine 0.5 mg/kg daily for 7 days"), K("acute haemolysis"), K("CTCAE grade 3"), K("Hb 6.4 g/dL"),
             K("G6PD Viangchan (c.871G>A)"), K("probably related"), K("ICH E2A")]
    body = (f"SERIOUS ADVERSE EVENT REPORT (initial)   {terms[0]} trial, safety reporting per {terms[7]}\n"
            f"Site: {g.org('Luang Prabang Provincial Hospital')}   Reporter: Dr {rep.full()}   Tel. {tel}\n"
            f"Participant no. {L('HEALTH_ID', pid)}   Hosp. no. {L('HEALTH_ID', hosp)}   Name: {pt.caps()}   ID card {L('NATIONAL_ID', idc)}\n"
            f"Village: {g.loc(g.pick(LA_VILLAGES))}, {g.loc(g.pick(('Chomphet district', 'Xieng Ngeun district', 'Pak Ou district')))}   "
            f"Born {g.date(born, 'num')}   Next of kin {rel.full()}\n"
            f"Study drug: {terms[1]}, first dose {g.date(dosed, 'num')}.\nEvent: {terms[2]}, onset {g.at(onset, None, 'num')}; {terms[3]}; {terms[4]}. "
            f"Genotype later showed {terms[5]}.\nCausality: {terms[6]}. Study drug stopped; transfused 1 unit.\n"
            f"Reported {g.date(reported, 'num')} to {safety}. PI: Dr {pi.full()}. \"Khop chai\" - the family thanked the ward.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the SAE narrative for the sponsor.", "Draft the case narrative for the safety database.")),
            g.pick(("Put this into a one-line SAE listing.", "Make the line listing entry for this event.")))[k]
    if k == 0:
        answer = (f"{pt.title()} {pt.sur()} ({L('HEALTH_ID', pid)}), born {g.long(born)}, started {terms[1]} on {g.long(dosed)} and developed "
                  f"{terms[2]} ({terms[3]}, {terms[4]}) on {g.long(onset)}; {terms[5]}. Causality {terms[6]}. Reporter Dr {rep.ini()}.")
    else:
        answer = (f"| Participant | Event | Onset | Grade | Causality |\n|---|---|---|---|---|\n| {L('HEALTH_ID', pid)} {pt.upper()} | {terms[2]} | "
                  f"{g.date(onset, 'iso')} | {terms[3]} | {terms[6]} |\nSite phone {tel_b}")
    return task, body, answer


NC_PLACES = ("tribu de Saint-Louis, Le Mont-Dore", "Wé, Lifou", "Tadine, Maré", "Fayaoué, Ouvéa", "Magenta", "Rivière-Salée", "Vallée-du-Tir",
             "Koutio, Dumbéa", "Païta")


def cancer_registry_notification(g: Gen) -> Doc:
    """A New Caledonia cancer registry notification from Nouméa: the patient and the NIR (the sex, the birth year and month and 988,
    New Caledonia, in it), the CAFAT number, the tribe or the district, the tumour's ICD-O-3 codes, the TNM stage and the receptors
    (the protected terms), the pathologist and the oncologist, the multidisciplinary meeting; the answer the registry abstract or the
    letter to the GP."""
    pt, path, onc, gp = g.person("nc"), g.person("nc"), g.person("nc"), g.person("nc")
    born, biopsy = g.born(1950, 1985), g.base(2022, 2025)
    rcp = g.later(biopsy, 7, 20)
    nir = g.nir(born, pt.female, "988")
    cafat = g.digits(7)
    tel, tel_b = g.tel2("noumea")
    site = g.pick((("C50.4", "8500/3", "pT2 N1a M0, stage IIB", "ER 90%, PR 40%, HER2 negative, Ki-67 25%"),
                   ("C53.9", "8070/3", "FIGO stage IB2", "HPV 16 positive, p16 positive"),
                   ("C61.9", "8140/3", "cT2b N0 M0, ISUP grade group 3", "PSA 14.2 ng/mL")))
    terms = [K(f"ICD-O-3 {site[0]}"), K(f"morphology {site[1]}"), K(site[2]), K(site[3]), K("tumour board (RCP)")]
    body = (f"NOTIFICATION DE CANCER - registre du cancer\nDéclarant: {g.org('Centre Hospitalier Territorial Gaston-Bourret')}, service d'oncologie\n"
            f"Patient(e): {pt.caps()}   NIR {L('NATIONAL_ID', nir)}   CAFAT no. {L('HEALTH_ID', cafat)}\n"
            f"Né(e) le {g.date(born, 'num')}   Domicile: {g.loc(g.pick(NC_PLACES))}   Tél. {tel}\n"
            f"Topography {terms[0]}, {terms[1]}; {terms[2]}; {terms[3]}.\nBiopsy {g.date(biopsy, 'num')}, pathologist Dr {path.full()}. "
            f"Presented at the {terms[4]} {g.date(rcp, 'num')}.\nOncologist: Dr {onc.full()}. GP: Dr {gp.full()}. \"Olé\" - the patient "
            f"thanked the team in Drehu.")
    k = g.rng.randrange(2)
    task = (g.pick(("Fill in the registry abstract.", "Make the registry abstract as a table.")),
            g.pick(("Write the letter to the GP after the tumour board.", "Draft the oncologist's letter to the family doctor.")))[k]
    if k == 0:
        answer = (f"| Field | Value |\n|---|---|\n| Patient | {pt.caps()} |\n| NIR | {L('NATIONAL_ID', nir.replace(' ', ''))} |\n| Site | {terms[0]} |\n"
                  f"| Stage | {terms[2]} |\n| Diagnosis | {g.long(biopsy)} |")
    else:
        answer = (f"Dear Dr {gp.sur()},\nYour patient {pt.full()} (born {g.long(born)}) was discussed at the {terms[4]} on {g.long(rcp)}: "
                  f"{terms[0]}, {terms[2]}. We will call {tel_b}.\nDr {onc.full()}")
    return task, body, answer


CW_AREAS = ("Pietermaai", "Otrobanda", "Scharloo", "Julianadorp", "Brievengat", "Seru Fortuna", "Sint Michiel", "Mahaai", "Salinja")
CW_STREETS = ("Kaya Dokter Maal {k}", "Kaya Gobernador Debrot {n}", "Kaya Wilhelminaplein {k}", "Landhuis Bloemhof weg {m}", "Kaya Frater Radulphus {n}")


def genetic_counselling_letter(g: Gen) -> Doc:
    """A Willemstad (Curaçao) genetic counselling letter after a BRCA2 result: the counsellee and the ID number (the birth date in it),
    the address, the variant and its class, the risks and the surveillance (the protected terms), the relatives who can be tested (the
    family's surname shared), the laboratory, the clinical geneticist and the counsellor; the answer the family letter or a table of
    who should be offered testing."""
    pt, gen, coun = g.person("cw", True), g.person("cw"), g.person("cw")
    sister, mother = g.relative(pt, True), g.relative(pt, True)
    born, day = g.born(1965, 1995), g.base(2022, 2025)
    tested = g.later(day, -60, -20)
    idn = f"{born:%Y%m%d}{g.digits(2)}"
    tel, tel_b = g.tel2("curacao")
    mail = g.mail(coun, "cmc.cw")
    terms = [K("BRCA2 c.5946delT (p.Ser1982Argfs*22)"), K("ACMG class 5 (pathogenic)"), K("autosomal dominant"), K("50% chance"),
             K("annual breast MRI from age 30"), K("risk-reducing salpingo-oophorectomy at 40-45")]
    body = (f"{g.org('Curaçao Medical Center')} - Clinical Genetics\n{g.loc('J.H.J. Hamelbergweg')}, {g.loc('Willemstad')}\n{g.date(day, 'long')}\n\n"
            f"{pt.full()}\n{g.loc(g.fill(g.pick(CW_STREETS)))}, {g.loc(g.pick(CW_AREAS))}\nID-nummer {L('NATIONAL_ID', idn)} (born {g.date(born, 'dash')})\n\n"
            f"Dear {pt.given()},\nThe test done on {g.date(tested, 'long')} at {g.org(g.pick(('Erasmus MC', 'Amsterdam UMC', 'Radboudumc')))} found {terms[0]}, "
            f"{terms[1]}. It is {terms[2]}: your sister {sister.full()} and your mother {mother.full()} each have a {terms[3]} of carrying it.\n"
            f"We advise {terms[4]} and discussing {terms[5]}.\nCall us on {tel} or write to {mail}. Danki.\n"
            f"Dr {gen.full()}, clinical geneticist; {coun.full()}, genetic counsellor")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the family letter the counsellee can give her relatives.", "Draft a letter for the relatives explaining the result.")),
            g.pick(("Make a table of the relatives who should be offered testing.", "List who should be offered a test, as a table.")))[k]
    if k == 0:
        answer = (f"To the relatives of {pt.full()}:\nA {terms[1]} variant, {terms[0]}, was found in your family on {g.long(tested)}. "
                  f"It is {terms[2]}. Please ask your doctor to refer you to Dr {gen.sur()} ({tel_b}).")
    else:
        answer = (f"| Relative | Relation | Offer |\n|---|---|---|\n| {sister.caps()} | sister | predictive test for {terms[0]} |\n"
                  f"| {mother.caps()} | mother | predictive test |\nIndex: {pt.sur_first()}, result {g.long(tested)}")
    return task, body, answer


LF_STREETS = ("{n}{k} Bayou Lafourche Lane", "{k}0{m} Canal Boulevard", "{n} St. Mary Street", "{k}{n} Highway 1", "{n}{m} Tiger Drive")
LF_TOWNS = (("Thibodaux", "70301"), ("Raceland", "70394"), ("Lockport", "70374"), ("Galliano", "70354"), ("Cut Off", "70345"), ("Golden Meadow", "70357"))


def vaccine_injury_petition(g: Gen) -> Doc:
    """A petition to the US Court of Federal Claims under the National Vaccine Injury Compensation Program from Thibodaux (Lafourche
    Parish, Louisiana): the docket number, the petitioner, the vaccine, where and when it was given, the injury and its treatment, the
    VAERS report, the Medicaid ID, the physicians, the attorney and the law firm; the answer a chronology or the letter to the
    client."""
    pet, ortho, pt_, att = g.person("lf"), g.person("lf"), g.person("lf"), g.person("lf")
    born, shot = g.born(1955, 1995), g.base(2021, 2024)
    pain = g.later(shot, 0, 2)
    mri = g.later(shot, 30, 90)
    filed = g.later(shot, 300, 700)
    docket = f"{filed.year % 100}-{g.rng.randint(100, 1999):04d}V"
    vaers = g.digits(7)
    medicaid = g.digits(13)
    town = g.pick(LF_TOWNS)
    tel, tel_b = g.tel2("thibodaux")
    mail = g.mail(att, "bayoulaw.com")
    firm = g.pick(("Bayou Teche Injury Law, LLC", "Lafourche Vaccine Law Group, APLC", "Acadiana Petitioners' Counsel, LLC"))
    terms = [K("Tdap (Boostrix) 0.5 mL IM, left deltoid"), K("shoulder injury related to vaccine administration (SIRVA)"), K("Vaccine Injury Table"),
             K("42 U.S.C. § 300aa-11(c)(1)"), K("subacromial bursitis"), K("$250,000 cap on pain and suffering")]
    body = (f"IN THE UNITED STATES COURT OF FEDERAL CLAIMS - OFFICE OF SPECIAL MASTERS\nNo. {L('CASE_NUMBER', docket)}\n"
            f"{pet.upper()}, Petitioner, v. SECRETARY OF HEALTH AND HUMAN SERVICES, Respondent.\n\nPETITION\n"
            f"1. Petitioner resides at {g.loc(g.fill(g.pick(LF_STREETS)))}, {g.loc(f'{town[0]}, LA {town[1]}')} and was born {g.date(born, 'us')}.\n"
            f"2. On {g.date(shot, 'us')} petitioner received {terms[0]}, at {g.org(g.pick(('Bayou Family Pharmacy', 'Canal Boulevard Drugs', 'Raceland Rx Corner')))}.\n"
            f"3. Pain began {g.date(pain, 'us')}; MRI on {g.date(mri, 'us')} showed {terms[4]}. Treated by Dr {ortho.full()} and physical therapist {pt_.full()}.\n"
            f"4. The injury is a {terms[1]}, listed on the {terms[2]}; the petition meets {terms[3]}.\n5. VAERS report {L('CASE_NUMBER', vaers)}; "
            f"Louisiana Medicaid ID {L('HEALTH_ID', medicaid)}.\nRespectfully submitted, {att.full()}, {g.org(firm)}, {tel}, {mail}")
    k = g.rng.randrange(2)
    task = (g.pick(("Make a dated chronology from the petition.", "Build a timeline of the injury and treatment.")),
            g.pick(("Write a plain-English letter to the client about what happens next.", "Draft an update letter to the petitioner.")))[k]
    if k == 0:
        answer = (f"Chronology - {pet.sur_first()} ({L('CASE_NUMBER', docket)})\n- {g.date(shot, 'iso')}: {terms[0]}\n- {g.date(pain, 'iso')}: "
                  f"shoulder pain\n- {g.date(mri, 'iso')}: MRI, {terms[4]}\n- {g.date(filed, 'iso')}: petition filed, {terms[1]}")
    else:
        answer = (f"Dear {pet.title()} {pet.sur()},\nYour petition ({L('CASE_NUMBER', docket)}) says your {terms[1]} followed the vaccine of "
                  f"{g.long(shot)}. Awards for pain are subject to the {terms[5]}. Call me at {tel_b}.\n{att.full()}")
    return task, body, answer


RE_QUARTERS = ("Le Chaudron", "Sainte-Clotilde", "La Bretagne", "Bois-de-Nèfles", "Le Moufia", "La Montagne", "Bellepierre", "Saint-François")
RE_STREETS = ("{n} rue de Paris", "{k} rue Jean Chatel", "{n} chemin des Lataniers", "{k} allée des Flamboyants", "{n} ruelle Edouard")


def organ_donation_referral(g: Gen) -> Doc:
    """A Saint-Denis (Réunion) hospital coordination's organ donation referral after brain death: the donor and the NIR (the sex, the
    birth year and month and 974, Réunion, in it), the CRISTAL number, the address, the family met (their surname shared), the
    national refusal register consulted, the clinical data (the protected terms), the times, the coordinator and the intensivist; the
    answer the referral summary or the coordinator's note."""
    donor, coord, icu = g.person("re"), g.person("re"), g.person("re")
    spouse, child = g.relative(donor, not donor.female), g.relative(donor, g.rng.random() < 0.5)
    born, day = g.born(1955, 2000), g.base(2022, 2025)
    nir = g.nir(born, donor.female, "974")
    cristal = f"{g.digits(2)}{g.letters(1)}{g.digits(5)}"
    tel, tel_b = g.tel2("reunion")
    terms = [K("GCS 3"), K("two EEGs isoelectric"), K("article R. 1232-1 of the Code de la santé publique"), K("Registre national des refus"),
             K("blood group O Rh+"), K("creatinine 78 µmol/L"), K("noradrenaline 0.3 µg/kg/min")]
    body = (f"{g.org('CHU Félix-Guyon')} - hospital organ and tissue coordination\nREFERRAL   CRISTAL no. {L('HEALTH_ID', cristal)}\n"
            f"Donor: {donor.caps()}   NIR {L('NATIONAL_ID', nir)}   born {g.date(born, 'num')}\nAddress: {g.loc(g.fill(g.pick(RE_STREETS)))}, "
            f"{g.loc(g.pick(RE_QUARTERS))}, {g.loc('97400 Saint-Denis')}\n"
            f"Clinical: {terms[0]}, {terms[1]}; death recorded {g.at(day, None, 'num')} under {terms[2]}. {terms[4]}, {terms[5]}, on {terms[6]}.\n"
            f"{terms[3]} consulted: not registered.\nFamily met: {spouse.full()} (spouse) and {child.full()}; they said \"li té i vé donn\" "
            f"and did not object.\nCoordinator: {coord.full()}, {tel}   Intensivist: Dr {icu.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the referral for the regional organ procurement service.", "Write the referral summary as a table.")),
            g.pick(("Write the coordinator's note for the donor file.", "Draft the coordinator's file note of the family meeting.")))[k]
    if k == 0:
        answer = (f"| Item | Detail |\n|---|---|\n| Donor | {donor.sur_first()} ({L('HEALTH_ID', cristal)}) |\n| Born | {g.long(born)} |\n"
                  f"| Death | {g.long(day)}, {terms[2]} |\n| Blood | {terms[4]} |\n| Coordinator | {coord.full()}, {tel_b} |")
    else:
        answer = (f"Met {spouse.full()} and {child.given()} on {g.long(day)}. {terms[3]}: not registered. No objection to donation by "
                  f"{donor.full()}. {terms[0]}, {terms[1]}.\n{coord.ini()}")
    return task, body, answer


AZ_PARISHES = ("Fajã de Baixo", "Livramento", "São Roque", "Rabo de Peixe", "Ribeira Grande", "Lagoa", "Capelas", "Arrifes", "Fenais da Luz")
AZ_STREETS = ("Rua do Melo, {n}", "Rua de Lisboa, {k}", "Canada do Pilar, {n}", "Rua Direita, {k}", "Travessa da Arquinha, {m}")


def fertility_treatment_summary(g: Gen) -> Doc:
    """A Ponta Delgada (São Miguel, Azores) fertility unit's treatment summary of an ICSI cycle: the couple, their NIFs and SNS
    numbers, the parish, the ovarian reserve, the stimulation, the retrieval, the embryology and the transfer (the protected terms),
    the pregnancy test, the embryologist and the doctor; the answer a cycle timeline or the letter to the GP."""
    she, he, emb, doc, gp = g.person("az", True), g.person("az", False), g.person("az"), g.person("az"), g.person("az")
    born = g.born(1984, 1995)
    start = g.base(2022, 2025)
    opu = g.later(start, 10, 13)
    et = g.later(opu, 5, 5)
    hcg = g.later(et, 11, 11)
    nifs = g.nif(), g.nif()
    sns = g.digits(9), g.digits(9)
    tel, tel_b = g.tel2("azores")
    mail = g.mail(she, g.pick(("sapo.pt", "gmail.com")))
    terms = [K("AMH 1.8 ng/mL"), K("antagonist protocol"), K("follitropin alfa 225 IU daily"), K("ICSI"), K("7 oocytes, 5 MII"),
             K("single blastocyst transfer (4AA)"), K("beta-hCG 312 IU/L"), K("Lei n.º 32/2006")]
    body = (f"{g.org('Hospital do Divino Espírito Santo')} - Unidade de Medicina da Reprodução\nTREATMENT SUMMARY ({terms[7]})\n"
            f"Woman: {she.full()}, born {g.date(born, 'dash')}, NIF {L('NATIONAL_ID', nifs[0])}, SNS {L('HEALTH_ID', sns[0])}\n"
            f"Partner: {he.full()}, NIF {L('NATIONAL_ID', nifs[1])}, SNS {L('HEALTH_ID', sns[1])}\nAddress: {g.loc(g.fill(g.pick(AZ_STREETS)))}, "
            f"{g.loc(g.pick(AZ_PARISHES))}   Tel. {tel}   {mail}\n"
            f"{terms[0]}. {terms[1]}, {terms[2]} from {g.date(start, 'dash')}. Retrieval {g.date(opu, 'dash')}: {terms[4]}; {terms[3]}. "
            f"{terms[5]} {g.date(et, 'dash')}.\nPregnancy test {g.date(hcg, 'dash')}: {terms[6]}. \"Parabéns!\"\nEmbryologist {emb.full()}; "
            f"Dr {doc.full()}; GP Dr {gp.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Make a timeline of the cycle.", "Lay out the cycle as a dated timeline.")),
            g.pick(("Write the letter to the couple's GP.", "Draft the discharge letter to the family doctor.")))[k]
    if k == 0:
        answer = (f"{she.caps()} / {he.caps()}\n- {g.long(start)}: {terms[1]}\n- {g.long(opu)}: {terms[4]}\n- {g.long(et)}: {terms[5]}\n"
                  f"- {g.long(hcg)}: {terms[6]}")
    else:
        answer = (f"Dear Dr {gp.sur()},\n{she.full()} (SNS {L('HEALTH_ID', sns[0])}) had {terms[3]} with {terms[5]} on {g.long(et)}; {terms[6]} "
                  f"on {g.long(hcg)}. Early scan to follow.\nDr {doc.ini()}")
    return task, body, answer


NF_PLACES = ("Burnt Pine", "Cascade", "Anson Bay", "Steels Point", "Headstone", "Ball Bay", "Middlegate", "Rocky Point", "Mission Road")


def coroners_inquest_record(g: Gen) -> Doc:
    """A record of an inquest into a road death on Norfolk Island: the deceased and witnesses who share the island's Pitcairn
    surnames without being family, the case number, the vehicle's registration, the places, the times, the findings (cause of death,
    blood alcohol, the statute: the protected terms), the police officer, the pathologist and the coroner; the answer the findings in
    plain words or a timeline."""
    sur = g.pick(ISLAND_SURNAMES)
    dec = g.named("nf", sur)
    wit = g.named("nf", sur)
    wit2, cor, path, pol = g.person("nf"), g.person("nf"), g.person("nf"), g.person("nf")
    died, inquest = g.base(2021, 2024), None
    inquest = g.later(died, 150, 400)
    born = g.born(1955, 2003)
    case = f"{died.year}/{g.digits(8)}"
    reg = f"NI {g.rng.randint(100, 9999)}"
    tel = g.tel("norfolk")
    place = g.pick(NF_PLACES)
    terms = [K("Coroners Act 2009 (NSW) s 81"), K("multiple blunt force injuries"), K("blood alcohol 0.12 g/100 mL"), K("cause of death 1(a)"),
             K("no suspicious circumstances")]
    body = (f"INQUEST INTO THE DEATH OF {dec.upper()}\nCase {L('CASE_NUMBER', case)}   Held at the Court House, {g.loc('Kingston')}, "
            f"{g.date(inquest, 'long')}\nCoroner: {cor.full()}\n\nThe deceased, born {g.date(born, 'long')}, of {g.loc(place)}, died "
            f"{g.at(died, g.rng.randint(19, 23), 'long')} when the car {dec.he()} drove ({L('LICENSE_NUMBER', reg)}) left the road near "
            f"{g.loc(g.pick(('the Queen Elizabeth Lookout', 'Emily Bay', 'the Hundred Acres Reserve')))}.\n"
            f"Witnesses: {wit.full()} (no relation, despite the name), who rang from {tel}; {wit2.full()}; Sergeant {pol.full()}.\n"
            f"Post-mortem by Dr {path.full()}: {terms[3]} {terms[1]}; {terms[2]}.\nFindings under {terms[0]}: {terms[4]}. "
            f"\"Watawieh yu\" - the family thanked the court in Norf'k.")
    k = g.rng.randrange(2)
    task = (g.pick(("Explain the findings to the family in plain words.", "Summarise the coroner's findings for the family.")),
            g.pick(("Make a timeline from the inquest record.", "Set out a dated timeline of the death and the inquest.")))[k]
    if k == 0:
        answer = (f"The coroner, {cor.full()}, found that {dec.full()} died on {g.long(died)} of {terms[1]}, with {terms[2]}. "
                  f"There were {terms[4]} (case {L('CASE_NUMBER', case)}).")
    else:
        answer = (f"- {g.date(died, 'iso')}: {dec.sur_first()} dies near {g.loc(place)}; {terms[2]}\n- {g.date(inquest, 'iso')}: inquest, "
                  f"{terms[0]}\n- Witness: {wit.ini()}")
    return task, body, answer


SX_DISTRICTS = ("Cole Bay", "Dutch Quarter", "Middle Region", "St. Peters", "Cul de Sac", "South Reward", "Sucker Garden", "Cay Hill", "Belvedere")


def hospice_admission_record(g: Gen) -> Doc:
    """A Philipsburg (Sint Maarten) hospice admission record: the patient, the ID card and the SZV number, the district, the
    diagnosis, the performance scores, the medicines and the resuscitation decision (the protected terms), the family (the children
    sharing the surname), the referring hospital and doctor, the nurse; the answer the care plan summary or the family letter."""
    pt, nurse, doc = g.person("sx"), g.person("sx"), g.person("sx")
    dau, son = g.relative(pt, True), g.relative(pt, False)
    born, adm = g.born(1935, 1965), g.base(2022, 2025)
    szv = g.digits(8)
    idc = f"SXM{g.digits(7)}"
    tel, tel_b = g.tel2("sxm")
    tel2 = g.tel("sxm")
    terms = [K("PPS 40%"), K("ECOG 3"), K("morphine sulfate 5 mg every 4 hours as needed"), K("do-not-resuscitate order"),
             K("metastatic pancreatic cancer"), K("NAf 1,250 per month")]
    body = (f"{g.org('Cole Bay Palliative Home')} - ADMISSION RECORD\nAdmitted: {g.date(adm, 'us')}   From: {g.org('Sint Maarten Medical Center')}, "
            f"Dr {doc.full()}\nPatient: {pt.caps()}   Born {g.date(born, 'us')}   ID {L('NATIONAL_ID', idc)}   SZV {L('HEALTH_ID', szv)}\n"
            f"Address: {g.loc(g.fill('{n} Backstreet'))}, {g.loc(g.pick(SX_DISTRICTS))}\nDiagnosis: {terms[4]}; {terms[0]}, {terms[1]}.\n"
            f"Medicines: {terms[2]}; lactulose. Status: {terms[3]} signed.\nFamily: daughter {dau.full()} ({tel}), son {son.full()} ({tel2}).\n"
            f"Fee after SZV: {terms[5]}.\nAdmitting nurse: {nurse.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the care plan summary for the night staff.", "Summarise the admission for the care team.")),
            g.pick(("Write a short letter to the family welcoming the patient.", "Draft the welcome letter to the patient's children.")))[k]
    if k == 0:
        answer = (f"{pt.sur_first()} (SZV {L('HEALTH_ID', szv)}), admitted {g.long(adm)}: {terms[4]}, {terms[0]}. {terms[3]}. PRN {terms[2]}. "
                  f"Call {dau.given()} first: {tel_b}.")
    else:
        answer = (f"Dear {dau.full()} and {son.full()},\nYour parent {pt.full()} joined us on {g.long(adm)}. We will keep {pt.him()} comfortable; "
                  f"the {terms[3]} is in the file.\n{nurse.full()}")
    return task, body, answer


SJ_HOMES = ("Vei 228-{m}", "Vei 230-{k}", "Vei 222-{m}", "Vei 600-{k}", "Vei 502-{m}")
SJ_AREAS = ("Nybyen", "Lia", "Haugen", "Sverdrupbyen", "Gruvedalen", "Skjæringa")


def school_health_plan(g: Gen) -> Doc:
    """A Longyearbyen (Svalbard) school nurse's individual health plan for a pupil with type 1 diabetes or a nut allergy: the pupil
    and the fødselsnummer (the birth date and the sex in it), the school and its organisation number, the parents (sharing a surname),
    the home, the plan (the protected terms), the field trip rule, the nurse and the doctor; the answer the card for teachers or the
    text to the parents."""
    kid, nurse, doc = g.person("sj"), g.person("sj"), g.person("sj")
    mum, dad = g.relative(kid, True), g.relative(kid, False)
    born, day = g.born(2011, 2017), g.base(2023, 2025)
    review = g.later(day, 150, 200)
    fnr = g.fnr2000(born, kid.female)
    pupil = f"{g.digits(2)}{g.letters(1)}{g.digits(5)}"
    org = g.orgnr()
    tel, tel_b = g.tel2("svalbard")
    cond = g.pick((("type 1 diabetes", "insulin aspart by pump", "glucose below 4 mmol/L: 15 g glucose"),
                   ("peanut and tree nut allergy", "adrenaline auto-injector 0.3 mg", "cetirizine 10 mg for mild reactions")))
    terms = [K(cond[0]), K(cond[1]), K(cond[2]), K("individual health plan"), K("polar bear protection")]
    body = (f"INDIVIDUAL HEALTH PLAN - {g.org('Longyearbyen skole')} (org.nr. {L('COMPANY_REGISTRATION', org)})\n"
            f"Pupil: {kid.full()}   Born {g.date(born, 'dot')}   Fødselsnummer {L('NATIONAL_ID', fnr)}   Pupil no. {L('STUDENT_ID', pupil)}   Class {g.rng.randint(2, 9)}\nHome: {g.loc(g.fill(g.pick(SJ_HOMES)))}, "
            f"{g.loc(g.pick(SJ_AREAS))}, {g.loc('9170 Longyearbyen')}\nParents: {mum.full()} and {dad.full()}, tel. {tel}\n"
            f"Condition: {terms[0]}. Treatment: {terms[1]}; {terms[2]}.\nField trips: an adult with {terms[4]} carries the kit outside the settlement. This {terms[3]} goes to the class teacher.\n"
            f"Agreed {g.date(day, 'dot')}; review {g.date(review, 'dot')}. School nurse {nurse.full()}; Dr {doc.full()}, {g.org('Longyearbyen sykehus')}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Make the emergency card for the pupil's teachers.", "Write a short card for the classroom wall.")),
            g.pick(("Write an SMS to the parents confirming the plan.", "Draft a text message to the parents about the agreed plan.")))[k]
    if k == 0:
        answer = (f"{kid.upper()} (pupil {L('STUDENT_ID', pupil)}) - {terms[0]}\n{terms[1]}; {terms[2]}.\nCall parents {tel_b}; nurse {nurse.ini()}.")
    else:
        answer = (f"Hei {mum.given()} and {dad.given()}: {kid.given()}'s {terms[3]} (pupil no. {L('STUDENT_ID', pupil)}) was agreed on {g.long(day)}; review {g.long(review)}. "
                  f"- {nurse.full()}")
    return task, body, answer


# ---------------------------------------------------------------- money, property and family law

LC_STREETS = ("{n}{k} Sallier Street", "{k}0{m} Prien Lake Road", "{n} Shell Beach Drive", "{k}{n} Country Club Road", "{n}{m} Gauthier Road")
LC_TOWNS = (("Lake Charles", "70605"), ("Sulphur", "70663"), ("Westlake", "70669"), ("Moss Bluff", "70611"), ("Iowa", "70647"), ("DeQuincy", "70633"))


def succession_judgment_of_possession(g: Gen) -> Doc:
    """A Lake Charles (Calcasieu Parish, Louisiana) judgment of possession in a succession: the docket number, the decedent and the
    Social Security number, the surviving spouse's usufruct and the children's naked ownership (the family's surname shared), the
    immovable property and the bank account, the attorney and the firm, the judge; the answer who receives what in plain words or a
    table of the heirs."""
    dec, att, judge = g.person("lc"), g.person("lc"), g.person("lc")
    spouse = g.relative(dec, not dec.female)
    kids = [g.relative(dec, g.rng.random() < 0.5) for _ in range(2)]
    died = g.base(2021, 2024)
    signed = g.later(died, 90, 300)
    docket = f"{signed.year}-{g.rng.randint(100, 6999)}"
    ssn = g.ssn()
    acct = g.digits(10)
    home = g.fill(g.pick(LC_STREETS))
    town = g.pick(LC_TOWNS)
    lot = f"Lot {g.rng.randint(1, 40)}, Block {g.rng.randint(1, 12)}, {g.pick(('Sallier Oaks', 'Graywood', 'Country Club Estates'))} Subdivision"
    terms = [K("Louisiana Civil Code article 890"), K("usufruct"), K("naked ownership"), K("community property"), K("Code of Civil Procedure article 3061"),
             K(f"${g.rng.randint(120, 390)},000.00")]
    body = (f"SUCCESSION OF {dec.upper()}   NO. {L('CASE_NUMBER', docket)}\nFOURTEENTH JUDICIAL DISTRICT COURT, PARISH OF {g.loc('CALCASIEU')}, STATE OF LOUISIANA\n\n"
            f"JUDGMENT OF POSSESSION\nConsidering the petition and the law ({terms[4]}): the decedent, {dec.full()} (SSN {L('NATIONAL_ID', ssn)}), died intestate "
            f"on {g.date(died, 'us')}, domiciled at {g.loc(home)}, {g.loc(f'{town[0]}, Louisiana {town[1]}')}.\n"
            f"IT IS ORDERED that {spouse.full()}, surviving spouse, be recognised as owner of an undivided one-half of the {terms[3]} and "
            f"as usufructuary of the other half under {terms[0]}, and that {kids[0].full()} and {kids[1].full()}, the children, be sent into "
            f"possession of the {terms[2]} of that half, namely {g.loc(lot)}, valued at {terms[5]}, and account no. {L('ACCOUNT_NUMBER', acct)}.\n"
            f"JUDGMENT signed in {g.loc('Lake Charles')} on the {g.date(signed, 'day')}. Judge {judge.full()}\nPrepared by {att.full()}, "
            f"{g.org(g.pick(('Calcasieu Successions, LLC', 'Prien Lake Estate Law, APLC', 'Bayou Title & Probate, LLC')))}")
    k = g.rng.randrange(2)
    task = (g.pick(("Explain to the family, in plain words, who receives what.", "Write a plain-language explanation of the judgment for the heirs.")),
            g.pick(("Make a table of the heirs and what each receives.", "Tabulate the heirs and their shares.")))[k]
    if k == 0:
        answer = (f"{spouse.full()} keeps half of the {terms[3]} and has the {terms[1]} of the other half for life; {kids[0].given()} and "
                  f"{kids[1].given()} own that half ({terms[2]}). Signed {g.long(signed)}, docket {L('CASE_NUMBER', docket)}.")
    else:
        answer = (f"| Heir | Receives |\n|---|---|\n| {spouse.caps()} | one-half in ownership; {terms[1]} of the other half |\n"
                  f"| {kids[0].caps()} | {terms[2]}, one-quarter |\n| {kids[1].caps()} | {terms[2]}, one-quarter |\nDecedent: {dec.sur_first()}")
    return task, body, answer


PF_PLACES = ("PK 4,5 côté mer, Punaauia", "PK 11 côté montagne, Paea", "Quartier Mission, Papeete", "Fare Ute, Papeete", "Pirae", "Arue", "Mahina",
             "Faa'a")


def future_protection_mandate(g: Gen) -> Doc:
    """A Papeete (Tahiti) mandate for future protection signed before a notary: the principal and the NIR (987, French Polynesia, in
    it), the address (a kilometre point, côté mer or côté montagne), the agent and the substitute (a daughter sharing the surname), the
    powers, the bank and the IBAN (the RIB key and the ISO 13616 check), the notary's office and the notary; the answer a summary of the
    powers or the letter to the bank."""
    pr, notary = g.person("pf"), g.person("pf")
    agent = g.relative(pr, True)
    sub = g.person("pf")
    born, signed = g.born(1940, 1965), g.base(2022, 2025)
    nir = g.nir(born, pr.female, "987")
    bank = g.pick((("Banque de Tahiti", "12239"), ("Banque Socredo", "17469"), ("Banque de Polynésie", "12149")))
    iban = g.fr_iban(bank[1])
    tel, tel_b = g.tel2("papeete")
    mail = g.mail(agent, g.pick(("mail.pf", "gmail.com")))
    terms = [K("article 477 of the Code civil"), K("mandat de protection future"), K("XPF 12 000 000"), K("medical certificate of incapacity"),
             K("inventory within three months")]
    body = (f"MANDAT DE PROTECTION FUTURE (deed signed before a notary, {terms[0]})\nBefore Maître {notary.full()}, "
            f"{g.org('Office notarial de Fare Ute')}, {g.loc('Papeete')}, on {g.date(signed, 'long')}\n\n"
            f"Principal: {pr.caps()}, born {g.date(born, 'num')}, NIR {L('NATIONAL_ID', nir)}, of {g.loc(g.pick(PF_PLACES))}\n"
            f"Agent: {agent.full()} (daughter), tel. {tel}, {mail}; substitute agent {sub.full()}\nThe {terms[1]} takes effect on a {terms[3]}. "
            f"The agent may manage the account at {g.org(bank[0])}, IBAN {L('IBAN_CODE', iban)}, and sell no land worth over {terms[2]} without the judge.\n"
            f"The agent owes an {terms[4]}. \"Māuruuru\" - the principal signed in Tahitian.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the agent's powers in a short list.", "List what the agent may and may not do.")),
            g.pick(("Write the agent's letter to the bank when the mandate takes effect.", "Draft the letter to the bank announcing the mandate.")))[k]
    if k == 0:
        answer = (f"{terms[1]} of {pr.sur_first()} ({g.long(signed)}):\n- Agent: {agent.full()}; substitute {sub.ini()}\n- Bank account "
                  f"{L('IBAN_CODE', iban.replace(' ', ''))}: may manage\n- Land over {terms[2]}: only with the judge")
    else:
        answer = (f"To {g.org(bank[0])}:\nThe {terms[1]} signed by {pr.full()} before Maître {notary.sur()} on {g.long(signed)} now applies. "
                  f"Please register me as agent on IBAN {L('IBAN_CODE', iban)}.\n{agent.full()}, {tel_b}")
    return task, body, answer


PN_PLACES = ("Kolonia", "Nett", "Sokehs", "Madolenihmw", "Kitti", "U", "Palikir")
PN_LANDMARKS = ("the Spanish Wall", "the Kaselehlie Street store", "the Sokehs causeway", "the Nett Point turn-off", "the Ace Commercial corner")


def motor_insurance_claim(g: Gen) -> Doc:
    """A Kolonia (Pohnpei) motor insurance claim: the policyholder, the policy and claim numbers, the driver's licence, the two vehicles'
    registrations, the place by a landmark, the date and time, the other driver, the witness, the police report, the cover and the
    estimate (the protected terms), the adjuster; the answer the claim summary or the letter to the other driver's insurer."""
    ph, other, wit, adj = g.person("pn"), g.person("pn"), g.person("pn"), g.person("pn")
    day = g.base(2022, 2025)
    filed = g.later(day, 1, 6)
    policy = f"PMI-{g.digits(6)}"
    claim = f"CL{day.year % 100}-{g.digits(5)}"
    dl = f"P{g.digits(6)}"
    plates = f"P-{g.digits(4)}", f"P-{g.digits(4)}"
    police = f"{g.digits(3)}/{day.year % 100}"
    tel, tel_b = g.tel2("pohnpei")
    insurer = g.pick(("Pohnpei Island Insurance Co.", "Caroline Islands Mutual Ltd", "Sokehs Ridge Assurance Inc."))
    terms = [K("comprehensive cover"), K("third-party liability"), K("collision deductible $500"), K(f"${g.rng.randint(18, 65) * 100:,}.00 repair estimate")]
    body = (f"MOTOR CLAIM FORM - {g.org(insurer)}\nPolicy: {L('ACCOUNT_NUMBER', policy)} ({terms[0]})   Claim: {L('CASE_NUMBER', claim)}\n"
            f"Policyholder/driver: {ph.full()}   Licence {L('LICENSE_NUMBER', dl)}   Tel. {tel}\nVehicle: Toyota Hilux, plate {L('LICENSE_NUMBER', plates[0])}\n"
            f"When: {g.at(day, g.rng.randint(6, 21), 'us')}   Where: near {g.loc(g.pick(PN_LANDMARKS))}, {g.loc(g.pick(PN_PLACES))}\n"
            f"Other vehicle: plate {L('LICENSE_NUMBER', plates[1])}, driver {other.full()}\nWitness: {wit.full()}\nPolice report {L('CASE_NUMBER', police)}\n"
            f"Damage: rear bumper and tailgate; {terms[3]}. Claim under {terms[1]} against the other driver; {terms[2]} if not.\n"
            f"Filed {g.date(filed, 'us')}. Adjuster: {adj.full()}. \"Kalahngan\" - thank you.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the claim for the adjuster's file.", "Write a five-line claim summary.")),
            g.pick(("Write the letter to the other driver's insurer.", "Draft the subrogation letter to the other party.")))[k]
    if k == 0:
        answer = (f"Claim {L('CASE_NUMBER', claim)} - {ph.caps()}, policy {L('ACCOUNT_NUMBER', policy)}\nCollision {g.long(day)}; other driver "
                  f"{other.full()} ({L('LICENSE_NUMBER', plates[1])}). {terms[3]}. Police {L('CASE_NUMBER', police)}.")
    else:
        answer = (f"Re: collision of {g.long(day)}, our claim {L('CASE_NUMBER', claim)}\nYour insured {other.full()} struck our client {ph.full()}. "
                  f"We claim {terms[3]} under {terms[1]}.\n{adj.full()}, {tel_b}")
    return task, body, answer


AY_STREETS = ("{n} Victoria Street", "Les Mouriaux, {n} Braye Road", "{k} Longis Road", "{m} Le Val", "{n} Connaught Square", "{k} Newtown Road")


def pension_transfer_request(g: Gen) -> Doc:
    """An Alderney resident's request to transfer a UK defined benefit pension to a Guernsey scheme: the member, the National Insurance
    number, the scheme member number and the scheme's tax reference, the receiving scheme's QROPS reference, the transfer value, the
    advice and the charges (the protected terms), the adviser and the firm's reference number, the spouse's consent; the answer the
    checklist of the transfer or the letter to the scheme."""
    mem, adv, admin = g.person("ay"), g.person("ay"), g.person("ay")
    spouse = g.relative(mem, not mem.female)
    born, day = g.born(1960, 1972), g.base(2023, 2025)
    nino = g.nino()
    member_no = f"{g.letters(2)}{g.digits(6)}"
    pstr = f"{g.digits(8)}R{g.letters(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
    qrops = g.digits(6)
    frn = g.digits(6)
    tel, tel_b = g.tel2("alderney")
    mail = g.mail(mem, g.pick(("cwgsy.net", "suremail.gg")))
    cetv = g.rng.randint(180, 720) * 1000
    terms = [K("cash equivalent transfer value"), K(f"£{cetv:,}"), K("Pension Schemes Act 2015, section 48"), K("overseas transfer charge"),
             K("normal pension age 65"), K("safeguarded benefits")]
    body = (f"Subject: Transfer request - member {L('ACCOUNT_NUMBER', member_no)}\nFrom: {mail}\nTo: {g.org('Furness Engineering Pension Scheme')} administrators\n"
            f"Date: {g.date(day, 'wk')}\n\nDear {admin.full()},\nI, {mem.full()}, NI number {L('NATIONAL_ID', nino)}, member no. "
            f"{L('ACCOUNT_NUMBER', member_no)} (scheme PSTR {L('COMPANY_REGISTRATION', pstr)}), born {g.date(born, 'long')}, ask to transfer my "
            f"{terms[0]} of {terms[1]} to the {g.org('Sarnia Retirement Trust')} (QROPS reference {L('COMPANY_REGISTRATION', qrops)}).\n"
            f"As these are {terms[5]}, I took advice under {terms[2]} from {adv.full()} of {g.org('Braye Harbour Wealth Ltd')} (FRN "
            f"{L('COMPANY_REGISTRATION', frn)}). I understand the {terms[3]} and give up my {terms[4]}.\nMy spouse, {spouse.full()}, consents.\n"
            f"Address: {g.loc(g.fill(g.pick(AY_STREETS)))}, {g.loc('St Anne, Alderney GY9 3' + g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ'))}   Tel. {tel}")
    k = g.rng.randrange(2)
    task = (g.pick(("Make the transfer checklist for the administrator.", "List what the administrator must check before paying the transfer.")),
            g.pick(("Write the administrator's acknowledgement to the member.", "Draft the scheme's reply acknowledging the request.")))[k]
    if k == 0:
        answer = (f"- Member {mem.caps()}, {L('NATIONAL_ID', nino.replace(' ', ''))}\n- {terms[0]}: {terms[1]}\n- Advice ({terms[2]}): "
                  f"{adv.ini()}, FRN {L('COMPANY_REGISTRATION', frn)}\n- Receiving QROPS {L('COMPANY_REGISTRATION', qrops)}\n- Spouse consent: {spouse.full()}")
    else:
        answer = (f"Dear {mem.title()} {mem.sur()},\nWe received on {g.long(day)} your request to transfer your {terms[0]} ({terms[1]}). "
                  f"We will check the {terms[3]} and call you on {tel_b}.\n{admin.full()}")
    return task, body, answer


KP_AREAS = (("Sahali", "V2C"), ("Aberdeen", "V1S"), ("Brocklehurst", "V2B"), ("Westsyde", "V2B"), ("Valleyview", "V2C"), ("Juniper Ridge", "V2E"),
            ("Batchelor Heights", "V2B"))
KP_STREETS = ("{n}{k} Summit Drive", "{k}0 Hugh Allan Drive", "{n} Tranquille Road", "{k}{m} Qu'Appelle Boulevard", "{n}{k} Dallas Drive")


def land_title_transfer(g: Gen) -> Doc:
    """A Kamloops (British Columbia) Form A freehold transfer under the Land Title Act: the parcel identifier and the legal
    description, the transferors and the transferees (a couple sharing a surname), the consideration, the property transfer tax
    exemption (the protected terms), the notary and the firm, the document number; the answer a summary for the buyers or the
    notary's checklist."""
    seller, buy1, notary = g.person("kp"), g.person("kp"), g.person("kp")
    buy2 = g.relative(buy1, not buy1.female)
    day = g.base(2022, 2025)
    reg = g.later(day, 0, 3)
    pid = f"0{g.digits(2)}-{g.digits(3)}-{g.digits(3)}"
    doc_no = f"CB{g.digits(7)}"
    plan = f"KAP{g.digits(5)}"
    area = g.pick(KP_AREAS)
    street = g.fill(g.pick(KP_STREETS))
    tel, tel_b = g.tel2("kamloops")
    price = g.rng.randint(48, 89) * 10000
    terms = [K("Land Title Act"), K("Form A"), K("Property Transfer Tax Act"), K("first time home buyers' exemption"), K(f"${price:,}"), K("fee simple")]
    body = (f"LAND TITLE ACT - FORM A (s. 185) - FREEHOLD TRANSFER\nProvince of British Columbia   Document {L('CASE_NUMBER', doc_no)}\n"
            f"1. Application: {notary.full()}, notary public, {g.org(g.pick(('Sahali Notaries Public', 'Thompson Rivers Conveyancing Corp.', 'Riverside Notary Group')))}, "
            f"tel. {tel}\n2. Parcel identifier and legal description: PID {L('CASE_NUMBER', pid)}, {g.loc(f'Lot {g.rng.randint(1, 60)} Section {g.rng.randint(1, 36)} Township 20 Range 17 W6M Kamloops Division Yale District Plan {plan}')}\n"
            f"   Civic address: {g.loc(street)}, {g.loc(f'Kamloops, BC {area[1]} {g.digits(1)}{g.letters(1)}{g.digits(1)}')} ({g.loc(area[0])})\n"
            f"3. Market value and consideration: {terms[4]}\n4. Transferor: {seller.caps()}\n5. Transferees: {buy1.caps()} and {buy2.caps()}, as joint tenants, "
            f"of the estate in {terms[5]}\n6. Execution: {g.date(day, 'iso')}. Registered {g.date(reg, 'iso')} under the {terms[0]}.\n"
            f"Property transfer tax return filed under the {terms[2]}, claiming the {terms[3]}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the transfer for the buyers.", "Write the buyers a short summary of what was registered.")),
            g.pick(("Make the notary's post-registration checklist.", "List the steps the notary must confirm after registration.")))[k]
    if k == 0:
        answer = (f"{buy1.full()} and {buy2.full()}: the title to {g.loc(street)} (PID {L('CASE_NUMBER', pid.replace('-', ''))}) was registered to you "
                  f"on {g.long(reg)} for {terms[4]}, with the {terms[3]} claimed.")
    else:
        answer = (f"- Document {L('CASE_NUMBER', doc_no)} registered {g.long(reg)}\n- Transferees {buy1.sur_first()} and {buy2.given()}\n- {terms[2]} "
                  f"return: {terms[3]}\n- Notary {notary.ini()}")
    return task, body, answer


KW_STREETS = ("{n}{k} Truman Avenue", "{k}0{m} Duval Street", "{n} Petronia Street", "{k}{m} Flagler Avenue", "{n} Emma Street, Bahama Village")
KW_TOWNS = (("Key West", "33040"), ("Stock Island", "33040"), ("Big Pine Key", "33043"), ("Summerland Key", "33042"), ("Marathon", "33050"))


def debt_collection_letter(g: Gen) -> Doc:
    """A Key West (Florida) collection agency's validation notice under the Fair Debt Collection Practices Act, with the consumer's
    reply disputing it as identity theft: the agency and its Florida registration, the creditor, the account, the amount and the
    deadlines (the protected terms), the consumer's address, date of birth, Social Security number and Florida driver's licence (its
    Soundex code, birth date and sex as the author understands them); the answer the dispute's summary or the agency's reply."""
    con, col, clerk = g.person("kw"), g.person("kw"), g.person("kw")
    born, sent = g.born(1960, 2000), g.base(2022, 2025)
    deadline = g.later(sent, 35, 35)
    reply = g.later(sent, 8, 20)
    acct = g.digits(10)
    cca = f"CCA{g.digits(7)}"
    ssn = g.ssn()
    dl = g.fl_dl(con, born)
    town = g.pick(KW_TOWNS)
    tel, tel_b = g.tel2("keywest")
    mail = g.mail(con, g.pick(("gmail.com", "bellsouth.net")))
    amount = f"${g.rng.randint(400, 4800):,}.{g.digits(2)}"
    portal = f"https://pay.{g.pick(('keysrecovery', 'conchcollect', 'overseasrcv'))}.com/a/{acct}"
    terms = [K("15 U.S.C. § 1692g"), K("Fla. Stat. § 559.72"), K("Regulation F"), K(amount), K("identity theft report"), K("validation period")]
    agency = g.pick(("Southernmost Recovery Services, LLC", "Conch Republic Collections, Inc.", "Overseas Highway Receivables, LLC"))
    body = (f"{g.org(agency)} - Florida registration {L('LICENSE_NUMBER', cca)}\n{g.date(sent, 'us')}\n\n{con.full()}\n{g.loc(g.fill(g.pick(KW_STREETS)))}\n"
            f"{g.loc(f'{town[0]}, FL {town[1]}')}\n\nWe are a debt collector. Creditor: {g.org(g.pick(('Lower Keys Medical Center', 'Mariners Urgent Care', 'Keys Dental Studio')))}. "
            f"Account {L('ACCOUNT_NUMBER', acct)}. You owe {terms[3]}.\nYour {terms[5]} ends {g.date(deadline, 'us')} ({terms[0]}; {terms[2]}). Call {col.full()} at {tel} or pay at {L('URL', portal)}.\n\n"
            f"--- Consumer's dispute form, returned {g.date(reply, 'num')} ---\n[x] This is not my debt   [x] I enclose an {terms[4]}\n"
            f"Name: {con.caps()}   DOB: {g.date(born, 'num')}   SSN: {L('NATIONAL_ID', ssn)}\nFL driver license: {L('LICENSE_NUMBER', dl)}   "
            f"E-mail: {mail}\nI ask you to stop collection under {terms[1]}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the dispute and its deadlines.", "Write a short summary of the dispute for the compliance team.")),
            g.pick(("Write the agency's reply confirming that collection has stopped.", "Draft the reply to the consumer pausing collection.")))[k]
    if k == 0:
        answer = (f"Consumer {con.sur_first()} disputed account {L('ACCOUNT_NUMBER', acct)} ({terms[3]}) on {g.long(reply)} with an {terms[4]}; "
                  f"the {terms[5]} ran to {g.long(deadline)}. Collection must stop under {terms[0]}. Handler: {clerk.full()}.")
    else:
        answer = (f"Dear {con.title()} {con.sur()},\nWe received your dispute of {g.long(reply)}. Collection of account {L('ACCOUNT_NUMBER', acct)} has "
                  f"stopped while we review your {terms[4]}; {L('URL', portal)} is closed to payments.\n{clerk.full()}, {tel_b}")
    return task, body, answer


BQ_AREAS = ("Antriol", "Nikiboko", "Tera Kora", "Playa", "Rincon", "Hato", "Noord Salinja", "Amboina", "Lagoen")


def payslip_dispute(g: Gen) -> Doc:
    """A Kralendijk (Bonaire) worker's dispute of a payslip: the employer and its Chamber of Commerce number, the worker, the CRIB
    number and the employee number, the bank account, the neighbourhood, the payslip as a table with the hours, the overtime rate and
    the premiums (the protected terms), the supervisor; the answer a table of the discrepancies or the letter to the employer."""
    wk, sup, hr = g.person("bq"), g.person("bq"), g.person("bq")
    day = g.base(2022, 2025)
    month = g.later(day, -40, -20)
    crib = g.digits(9)
    emp = f"E-{g.digits(4)}"
    kvk = g.digits(5)
    acct = f"{g.digits(2)}.{g.digits(3)}.{g.digits(3)}"
    tel, tel_b = g.tel2("bonaire")
    mail = g.mail(wk, "gmail.com")
    employer = g.pick(("Salinja Salt Works B.V.", "Lac Bay Resort Services B.V.", "Kralendijk Harbour Stevedoring B.V."))
    ot = g.rng.randint(8, 30)
    terms = [K("Wet minimumloon BES"), K("150% overtime rate"), K("AOV/AWW premium"), K("ZV/OV premium"), K(f"{ot} overtime hours"),
             K(f"USD {ot * 9:,}.00")]
    body = (f"Aan: {g.org(employer)} (KvK {L('COMPANY_REGISTRATION', kvk)}), attn. {hr.full()}\nVan: {wk.full()}, personeelsnr. {L('CASE_NUMBER', emp)}, "
            f"CRIB {L('NATIONAL_ID', crib)}\nAdres: {g.loc(g.fill('Kaya {k}'))} {g.loc(g.pick(BQ_AREAS))}, tel. {tel}, {mail}\nDatum: {g.date(day, 'dash')}\n\n"
            f"My payslip for {g.date(month, 'mon')} shows:\n| Item | Payslip | Should be |\n|---|---|---|\n| Overtime | 0.00 | {terms[5]} ({terms[4]} at the {terms[1]}) |\n"
            f"| {terms[2]} | deducted twice | once |\n| {terms[3]} | correct | correct |\n"
            f"The base pay is below the {terms[0]}. My supervisor {sup.full()} signed my time sheets. Pay into account {L('ACCOUNT_NUMBER', acct)}.\nMasha danki.")
    k = g.rng.randrange(2)
    task = (g.pick(("Make a table of what is wrong on the payslip.", "List the discrepancies as a table.")),
            g.pick(("Write the employer's reply to the worker.", "Draft HR's answer to the worker's dispute.")))[k]
    if k == 0:
        answer = (f"Worker {wk.caps()} ({L('CASE_NUMBER', emp)})\n| Issue | Amount |\n|---|---|\n| Unpaid overtime | {terms[5]} |\n| {terms[2]} | "
                  f"refund one deduction |\nRaised {g.long(day)}.")
    else:
        answer = (f"Dear {wk.full()},\nWe checked your {g.date(month, 'mon')} payslip: the {terms[4]} will be paid ({terms[5]}) to account "
                  f"{L('ACCOUNT_NUMBER', acct.replace('.', ''))}. Call {tel_b} with questions.\n{hr.full()}")
    return task, body, answer


NV_VILLAGES = ("Gingerland", "Cotton Ground", "Brown Hill", "Newcastle", "Fig Tree", "Butlers", "Rawlins Village", "Jessups", "Combermere")


def small_claims_summons(g: Gen) -> Doc:
    """A Charlestown (Nevis) Magistrate's Court civil summons on a small claim: the suit number, the claimant and the defendant with
    their villages and Social Security numbers, the claim in EC dollars (the protected terms), the hearing, the clerk and the magistrate;
    the answer the summons in plain words or a timeline."""
    cl, de, clerk, mag = g.person("nv"), g.person("nv"), g.person("nv"), g.person("nv")
    issued = g.base(2022, 2025)
    hearing = g.later(issued, 21, 45)
    owed = g.later(issued, -300, -60)
    suit = f"{g.rng.randint(1, 240)} of {issued.year}"
    ssns = g.digits(6), g.digits(6)
    tel, tel_b = g.tel2("nevis")
    amount = g.rng.randint(800, 9800)
    terms = [K(f"EC${amount:,}.00"), K("Magistrate's Code of Procedure Act"), K("costs of EC$150.00"), K("default judgment")]
    body = (f"IN THE MAGISTRATE'S COURT, DISTRICT \"D\", {g.loc('CHARLESTOWN')}, NEVIS\nCivil Suit No. {L('CASE_NUMBER', suit)}\n"
            f"Between {cl.caps()}, of {g.loc(g.pick(NV_VILLAGES))} (SSN {L('NATIONAL_ID', ssns[0])}), Claimant\nand {de.caps()}, of "
            f"{g.loc(g.pick(NV_VILLAGES))} (SSN {L('NATIONAL_ID', ssns[1])}), Defendant\n\nSUMMONS: You are summoned to appear on "
            f"{g.date(hearing, 'wk')} at 9:30 to answer a claim for {terms[0]}, the balance for a used pickup sold to you on {g.date(owed, 'ord')}, "
            f"with {terms[2]}, under the {terms[1]}. If you do not appear, a {terms[3]} may be given.\nIssued {g.date(issued, 'long')}. "
            f"Clerk: {clerk.full()}, tel. {tel}. Magistrate: {mag.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Explain the summons to the defendant in plain words.", "Rewrite the summons in plain English for the defendant.")),
            g.pick(("Make a timeline of the claim.", "Set out the dates of the claim as a timeline.")))[k]
    if k == 0:
        answer = (f"{de.full()}: {cl.full()} says you owe {terms[0]} for a pickup sold on {g.long(owed)}. Go to court on {g.long(hearing)} "
                  f"(suit {L('CASE_NUMBER', suit)}) or risk a {terms[3]}. The clerk's number is {tel_b}.")
    else:
        answer = (f"- {g.long(owed)}: pickup sold by {cl.sur_first()}\n- {g.long(issued)}: summons issued, {terms[0]}\n- {g.long(hearing)}: "
                  f"hearing; defendant {de.ini()}")
    return task, body, answer


GV_STREETS = ("{n}{k} Broadway Avenue J", "{k}0{m} Seawall Boulevard", "{n}{m} Avenue O 1/2", "{k}{n} Postoffice Street", "{n} 61st Street")
GV_TOWNS = (("Galveston", "77550"), ("Galveston", "77551"), ("Texas City", "77590"), ("La Marque", "77568"), ("League City", "77573"), ("Jamaica Beach", "77554"))


def child_support_calculation(g: Gen) -> Doc:
    """A Galveston County (Texas) child support worksheet: the cause number and the Attorney General's case number, the parents (the
    children sharing a surname), the obligor's Social Security number, Texas driver's licence and employer, the net resources, the
    guideline percentage and the medical support (the protected terms), the children's birth dates, the attorney; the answer the
    calculation table or the letter to the obligor."""
    ob, ee, att = g.person("gv"), g.person("gv"), g.person("gv")
    kids = [g.relative(ob, g.rng.random() < 0.5) for _ in range(2)]
    kid_born = [g.born(2010, 2021) for _ in kids]
    day = g.base(2023, 2025)
    cause = f"{day.year % 100}-FD-{g.digits(4)}"
    oag = g.digits(10)
    ssn = g.ssn()
    dl = g.digits(8)
    net = g.rng.randint(30, 85) * 100
    support = net // 4
    town = g.pick(GV_TOWNS)
    tel, tel_b = g.tel2("galveston")
    employer = g.pick(("Pelican Island Marine Services, LLC", "Seawall Hospitality Group, Inc.", "Bolivar Roads Towing Co."))
    terms = [K("Texas Family Code § 154.125"), K("25% of net resources"), K("§ 154.182 cash medical support"), K(f"${net:,} monthly net resources"),
             K(f"${support:,} per month")]
    body = (f"CHILD SUPPORT GUIDELINES WORKSHEET   Cause No. {L('CASE_NUMBER', cause)}   OAG No. {L('CASE_NUMBER', oag)}\n"
            f"In the interest of {kids[0].full()} (born {g.date(kid_born[0], 'num')}) and {kids[1].full()} (born {g.date(kid_born[1], 'num')}), children\n"
            f"Obligor: {ob.caps()}   SSN {L('NATIONAL_ID', ssn)}   TX DL {L('LICENSE_NUMBER', dl)}\nEmployer: {g.org(employer)}\n"
            f"Address: {g.loc(g.fill(g.pick(GV_STREETS)))}, {g.loc(f'{town[0]}, TX {town[1]}')}\nObligee: {ee.full()}, tel. {tel}\n\n"
            f"| Line | Amount |\n|---|---|\n| Net resources | {terms[3]} |\n| Guideline ({terms[0]}, two children) | {terms[1]} |\n"
            f"| Current support | {terms[4]} |\n| Medical | {terms[2]} |\nPrepared {g.date(day, 'us')} by {att.full()}, attorney for the obligee.")
    k = g.rng.randrange(2)
    task = (g.pick(("Show the calculation as a short table with the parties.", "Make a table of the support calculation.")),
            g.pick(("Write a letter to the obligor explaining the amount.", "Draft a plain letter to the paying parent.")))[k]
    if k == 0:
        answer = (f"Cause {L('CASE_NUMBER', cause)} - obligor {ob.sur_first()}\n| Step | Result |\n|---|---|\n| Net | {terms[3]} |\n| Rate | {terms[1]} |\n"
                  f"| Support | {terms[4]} |\nChildren: {kids[0].given()}, {kids[1].given()}")
    else:
        answer = (f"Dear {ob.title()} {ob.sur()},\nUnder {terms[0]} your support for {kids[0].given()} and {kids[1].given()} is {terms[4]} "
                  f"({terms[1]}), from {g.long(day)}. Questions: {tel_b}.\n{att.full()}")
    return task, body, answer


MV_WARDS = ("Henveiru", "Maafannu", "Galolhu", "Machchangolhi", "Hulhumalé", "Villimalé")
MV_HOUSES = ("Blue Lagoon", "Sunny Side", "Fehi Vilaa", "Rose Villa", "Kinbigasdhoshuge", "Dhilbahaaru")
MV_STREETS = ("Majeedhee Magu", "Sosun Magu", "Chandhanee Magu", "Ameenee Magu", "Orchid Magu")


def prenuptial_agreement_schedule(g: Gen) -> Doc:
    """A Malé (Maldives) prenuptial agreement's schedule of separate property: the bride and the groom with their ID card numbers
    (A and six digits) and their addresses (a house name, a street, a ward), the mahr, the property and the bank accounts, the Family
    Act (the protected terms), the witnesses and the date; the answer the schedule as a table or a plain summary."""
    bride, groom, w1, w2 = g.person("mv", True), g.person("mv", False), g.person("mv", False), g.person("mv", False)
    day = g.base(2022, 2025)
    wed = g.later(day, 7, 30)
    ids = [f"A{g.rng.randint(0, 399999):06d}" for _ in range(2)]
    accts = [f"77{g.digits(11)}" for _ in range(2)]
    tel, tel_b = g.tel2("male")
    homes = [f"{g.pick(('H.', 'M.', 'G.'))} {g.pick(MV_HOUSES)}, {g.pick(MV_STREETS)}" for _ in range(2)]
    terms = [K("Family Act (Law No. 4/2000)"), K(f"mahr MVR {g.rng.randint(10, 90) * 1000:,}"), K("separate property"),
             K(f"MVR {g.rng.randint(4, 40) * 100000:,}"), K("guesthouse share of 30%")]
    body = (f"SCHEDULE A - SEPARATE PROPERTY (prenuptial agreement under the {terms[0]})\nDate: {g.date(day, 'long')}\n"
            f"Bride: {bride.full()}, ID card {L('NATIONAL_ID', ids[0])}, of {g.loc(homes[0])}, {g.loc(g.pick(MV_WARDS))}\n"
            f"Groom: {groom.full()}, ID card {L('NATIONAL_ID', ids[1])}, of {g.loc(homes[1])}, {g.loc(g.pick(MV_WARDS))}, tel. {tel}\n\n"
            f"1. The bride's {terms[2]}: account {L('ACCOUNT_NUMBER', accts[0])} at {g.org('Bank of Maldives')}, holding {terms[3]}; a {terms[4]} in "
            f"{g.loc(g.pick(('Maafushi', 'Thulusdhoo', 'Dhiffushi')))}.\n2. The groom's: account {L('ACCOUNT_NUMBER', accts[1])}.\n3. The {terms[1]} is paid "
            f"before the nikah on {g.date(wed, 'long')}.\nWitnesses: {w1.full()} and {w2.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Put the schedule into a table.", "Make the schedule a table of who keeps what.")),
            g.pick(("Summarise the schedule in plain words for the couple.", "Write a short plain summary of the schedule.")))[k]
    if k == 0:
        answer = (f"| Party | ID | Keeps |\n|---|---|---|\n| {bride.caps()} | {L('NATIONAL_ID', ids[0])} | {terms[3]}; {terms[4]} |\n"
                  f"| {groom.caps()} | {L('NATIONAL_ID', ids[1])} | account {L('ACCOUNT_NUMBER', accts[1])} |")
    else:
        answer = (f"{bride.full()} keeps her {terms[2]} ({terms[3]} and a {terms[4]}); {groom.full()} pays the {terms[1]} before "
                  f"{g.long(wed)}. Call {tel_b}.")
    return task, body, answer


CARE = (clinical_trial_consent_form, serious_adverse_event_report, cancer_registry_notification, genetic_counselling_letter, vaccine_injury_petition,
        organ_donation_referral, fertility_treatment_summary, coroners_inquest_record, hospice_admission_record, school_health_plan)
MONEY = (succession_judgment_of_possession, future_protection_mandate, motor_insurance_claim, pension_transfer_request, land_title_transfer,
         debt_collection_letter, payslip_dispute, small_claims_summons, child_support_calculation, prenuptial_agreement_schedule)
# FILED_WITH_AUTHORITY: the ten sent to, or issued by, a court, a registry, a regulator's safety system, an insurer, a pension scheme or a
# land office (an SAE report, a registry notification, a compensation petition, an organ referral, an inquest record, a judgment of
# possession, a motor claim, a transfer request, a land transfer, a summons); BETWEEN_PEOPLE: the ten that pass between a person and
# those who care for them, employ them, owe them or marry them (a consent form, a counselling letter, a treatment summary, a hospice
# admission, a school health plan, a protection mandate, a collection letter, a payslip dispute, a support worksheet, a prenuptial
# schedule).
FILED_WITH_AUTHORITY = (serious_adverse_event_report, cancer_registry_notification, vaccine_injury_petition, organ_donation_referral,
                        coroners_inquest_record, succession_judgment_of_possession, motor_insurance_claim, pension_transfer_request,
                        land_title_transfer, small_claims_summons)
BETWEEN_PEOPLE = (clinical_trial_consent_form, genetic_counselling_letter, fertility_treatment_summary, hospice_admission_record, school_health_plan,
                  future_protection_mandate, debt_collection_letter, payslip_dispute, child_support_calculation, prenuptial_agreement_schedule)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: _one_document(f) for f in CARE + MONEY}
assert set(CARE + MONEY) == set(FILED_WITH_AUTHORITY + BETWEEN_PEOPLE) and len(DOCTYPES) == 20 and not set(FILED_WITH_AUTHORITY) & set(BETWEEN_PEOPLE)

# ---------------------------------------------------------------- records: instruction records around a document, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful assistant for research, clinical and legal staff.", "Reformat documents accurately; change no name, number or date.",
                  "Answer in plain English and keep every figure.")


def to_record(doc: Doc, kind: str, doctype: str, rng: random.Random) -> Blind3Record:
    """An instruction record (the task, the document as input, the answer) or a chat record (an optional system prompt, the user's
    pasted document with the task, the assistant's answer)."""
    if kind == "instruction":
        return blind21.to_record(doc, kind, doctype, rng)
    task, body, answer = doc
    roles = (["system"] if rng.random() < 0.5 else []) + ["user", "assistant"]
    texts = ([rng.choice(SYSTEM_PROMPTS)] if roles[0] == "system" else []) + [f"{body}\n\n{task}", answer]
    pii: list[blind3.Span] = []
    keep: list[str] = []
    plain: dict[str, str] = {}
    for i, marked in enumerate(texts):
        path = f"messages[{i}].content"
        plain[path], spans, terms = blind3.unmark(marked, path)
        pii += spans
        keep += [t for t in terms if t not in keep]
    record: dict[str, Any] = {"messages": [{"role": r, "content": plain[f"messages[{i}].content"]} for i, r in enumerate(roles)]}
    return Blind3Record("chat", doctype, record, pii, keep)


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
