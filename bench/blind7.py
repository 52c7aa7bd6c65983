"""Seventh blind scrubbing corpus: seventeen more registers from seventeen countries and territories, national numbers with their check characters.

    python bench/blind7.py --stats             # entity, document-type and protected-term counts of the default corpus
    python bench/blind7.py --out blind7.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned
on; its author read no scrubber rule, no scrubber test and none of its measured misses, and
never ran the scrubber on it. Registers no other corpus uses: a Quebec virtual-care chat
transcript (French or English, typed in lower case with typos), a Malaysian clinic's
after-hours answering-service log in unedited speech-to-text, a merchant ship's medical log
book (Croatian officers, Myanmar or Croatian seafarers, radio medical advice), a Hong Kong
prison's medical summary on an inter-institutional transfer, a Vietnamese panel physician's
immigration medical examination for Canada or Australia, a Bulgarian pharmacy's magistral
compounding record, an Icelandic biobank broad-consent form with its genealogy, an Estonian
county court's interpreter booking e-mail with the agency's reply, an Andalusian emergency
department's injury report to the duty court (parte de lesiones), a Colombian acción de
tutela against a health insurer (EPS), a Ghanaian facility-based maternal death review
(MDSR), a Kazakh sanatorium-resort card (form 072/u), a Taiwanese advance care planning
consultation record, a Japanese long-term care need certification survey (nintei chōsa), a
Portuguese multipurpose disability certificate (atestado médico de incapacidade multiuso), a
Manitoba First Nations medical transportation request (NIHB travel warrant) and a Peruvian
community health home visit for a child's anaemia, in Spanish with Quechua. Identifiers follow
the public descriptions of their formats, with the check characters computed: Canadian social
insurance numbers (Luhn), Croatian OIB (ISO 7064 MOD 11,10), IMO ship numbers (weights 7 to 2),
Hong Kong identity cards (letters valued 10 to 35, mod 11, A for 10), Bulgarian EGN (weighted
mod 11, 40 added to the month from 2000, the ninth digit even for men) and EIK (two-pass mod
11), Icelandic kennitala (mod 11, the century digit last), Estonian isikukood (two-pass mod
11, century and sex first; registry codes carry the same check, though it is not published),
Spanish social security numbers (NUSS, mod 97), Colombian NIT (prime weights, mod 11), Kazakh
IIN and BIN (two-pass mod 11), Taiwan national IDs (the region letter's two digits, mod 10),
Portuguese NIF (mod 11), Cartão de Cidadão document numbers (the alphanumeric Luhn of the
government's description), NISS (prime weights), Portuguese IBANs with their NIB check (mod
97), Estonian IBANs and Peruvian DNI (CUI) check digits. Where no check is published they are
drawn in their patterns, built from the person where the format says so: Quebec health
insurance numbers (NAM: three letters of the surname, the given name's initial, the birth
date with 50 added to a woman's month), MyKad numbers (birth date, state of birth, odd for
men), Vietnamese citizen identity numbers (province, century and sex, year of birth), Myanmar
NRC numbers, seafarers' and seaman's books, Hong Kong hospital, prisoner and court numbers,
Canadian UCIs, IME numbers, Australian HAP IDs and TRNs, Ghana Cards and NHIS numbers,
Japanese long-term care insured numbers, Taiwan NHI card numbers, Manitoba PHINs and
registration numbers, treaty status registry numbers, Portuguese SNS numbers, Andalusian
NUHSA, MIPRES prescriptions and Colombian court filing numbers (CUP).

Names are the hand-written lists below (never Faker's, never the census lists the scrubber
reads, and no word of them, their patronymics or nicknames in the name lists or nicknames of
bench/blind2.py to bench/blind6.py: checked when this module loads): Québécois (married women
keep their names), Cree and Oji-Cree, Malay (bin or binti and the father's given name,
addressed by the given name), Malaysian Chinese (family name first), Malaysian Indian (a/l or
a/p and the father's name), Croatian, Burmese (no family name at all), Cantonese with English
names, Vietnamese (family name first, addressed by the last syllable), Bulgarian, Russian and
Kazakh (the father's name as a middle name, a woman's surname ending in -a), Icelandic
(surnames built from the father's given name, so a family shares none), Estonian, Taiwanese
(family name first, the A- diminutive), Japanese (family name first, -san), Andalusian,
Colombian and Andean Peruvian (two surnames, Quechua and Aymara among them), Ghanaian (Akan,
Ewe and northern names) and Portuguese (the father's surname last). Hard cases: names that are words
(Saw, Keeper, Crate, Little Bear, Lobo, Coelho, Pinto, Reyes, Amparo, Remedios, Kukk, Rebane),
lower case in chats and text messages, particles (D'Amours, de Grandpré, St-Pierre, bin, binti,
a/l, a/p), hyphenated given names, names inside e-mail addresses and platform usernames,
initials, nicknames (alias, a.k.a., "el Mono"), a surname spelt out letter by letter, identity
and telephone numbers read out in words, Japanese-era and ROC (Minguo) dates, surnames that are
a protected term's eponym (Gilbert, Barré, Takayasu, Hasegawa, Chagas), given names and
surnames inside pharmacy and clinic names, and people's names inside street and institution
names (Bo Aung Kyaw Street, Ulica Ivana Gorana Kovačića, Lê Văn Sỹ, Tole bi, Zhongshan Rd.,
Libertador Simón Bolívar, Princess Margaret Hospital, Hospital Universitario Reina Sofía).
Within one document, strangers never share a given name or a surname (nor a father's name).

Labelling rules (the judgement calls) are bench/blind6.py's, which extend bench/blind5.py's:
the name of the body that issues a number stays outside its span (UIN, EIK, OIB, NIF, NISS,
PHIN, MCHK, BPhU, CEP, HA, Manitoba Health) while letters that every written copy carries stay
inside (the "HN" of a Hong Kong hospital number, the "M" of an MCHK registration, the "MMR" of
a Myanmar seafarer's book, the "AN" of a NUHSA, the province before a Spanish collegiate
number, the "VSN-" of an ethics approval); social-security, citizen, tax and passport-like
numbers are NATIONAL_ID, numbers that exist for health care HEALTH_ID, professional
registrations and vehicle registrations LICENSE_NUMBER, file, claim, prescription and court
numbers CASE_NUMBER; hospitals, wards, local courts, practices, pharmacies, police stations,
municipalities and district or regional health offices are ORGANIZATION, whole, even when
they carry a person's name, while national bodies are left unlabelled; clock times on their
own, ages and years on their own are not labelled, a date with its time is one DATE_TIME, and
dates inside a statute's or judgment's name belong to the protected term; titles and kin
titles stay outside a person's span; nationalities, languages and peoples are not labelled;
money amounts, like clinical and legal terms, are protected. New calls for this corpus: a
platform username or chat handle is ACCOUNT_NUMBER, like a customer number; every e-mail
address is EMAIL_ADDRESS, a firm's or court's mailbox too, and a video-visit link is a URL; a
ship's IMO number and call sign are LICENSE_NUMBER, like a vehicle registration, while the
ship's name, its flag and its position at sea are left unlabelled, like a flight number; a
prisoner number and a Hong Kong court case number are CASE_NUMBER; a Canadian UCI and a treaty
status registry number are NATIONAL_ID, an IME number, a HAP ID and a visa TRN CASE_NUMBER; a
biobank sample number is HEALTH_ID, like a pathology accession number; a name spelt out letter
by letter and a number read out in words are labelled as written (PERSON, NATIONAL_ID,
PHONE_NUMBER); the Japanese -san and Vietnamese kin titles (chị, anh) stay outside a person's
span, while bin, binti, a/l, a/p and patronymics stay inside; the lot number and expiry date
of an ingredient belong to its protected term (they identify a product, not a person); a
Japanese city as a long-term care insurer, the Servicio Andaluz de Salud, DIRESA Puno and its
microrred, and a municipal judge addressed as "JUEZ CIVIL MUNICIPAL DE ..." are ORGANIZATION;
Japanese-era and ROC dates are DATE_TIME as written. Records, labels and the soundness check
are bench/blind3.py's.
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
import blind6
from blind2 import fold, iban
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Where a culture has no family name the third list is empty or holds fathers' names:
# Malay and Malaysian Indian "surnames" are fathers' given names (after bin/binti, a/l or a/p); Icelandic ones are built
# from the father's given name (IS_PATRONYMS), Bulgarian, Russian and Kazakh middle names likewise (PATRONYMS); Burmese
# names have no family name at all. Vietnamese, Cantonese, Taiwanese and Japanese names are written family name first.
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "qc": (("Ginette", "Francine", "Josée", "Chantale", "Johanne", "Manon", "Lucie", "Micheline", "Huguette", "Jocelyne"),
           ("Réjean", "Gaétan", "Yvon", "Normand", "Marc-André", "Ghislain", "Sylvain", "Rosaire", "Clément", "Benoît"),
           ("Pelletier", "Ouellet", "Desrosiers", "Thibodeau", "St-Pierre", "Lalonde", "Bergeron", "Gauthier", "Lapointe", "Gingras",
            "Lévesque", "Paradis", "Bilodeau", "Turcotte", "D'Amours", "de Grandpré")),
    "cr": (("Roseanne", "Delphine", "Leona", "Shawna", "Verna", "Clarissa", "Bernadette"),
           ("Lorne", "Wendell", "Marcel", "Elvis", "Stanley", "Gordie", "Ambrose", "Rodney"),
           ("Bighetty", "Beardy", "Ducharme", "Laliberte", "Kakegamic", "Okemaw", "Flett", "Monias", "Keeper", "Knott", "Crate", "Harper",
            "Little Bear", "Thunderchild", "Moar")),
    "ms": (("Norhayati", "Zuraidah", "Hasnah", "Wan Nor Azlina", "Rosnani", "Suraya"), ("Mohd Faizal", "Azman", "Shahrul Nizam", "Khairul Anuar", "Hafiz", "Ikhwan"),
           ("Othman", "Zakaria", "Sulaiman", "Kassim", "Ghazali", "Mokhtar", "Jaafar", "Awang")),
    "mc": (("Siew Lan", "Bee Choo", "Geok Mui", "Swee Ean", "Siok Hwa", "Chooi Peng"), ("Chee Keong", "Teck Seng", "Wai Kit", "Eng Soon", "Chin Hock", "Keat Hin"),
           ("Ooi", "Khoo", "Teoh", "Yeoh", "Cheah", "Loh", "Saw", "Gan")),
    "mi": (("Kalaivani", "Thilaga", "Vasantha", "Thanaletchumy", "Pushpavalli", "Letchumi"), ("Saravanan", "Muniandy", "Ganesan", "Tharmalingam", "Kumaresan", "Maniam"),
           ("Muthusamy", "Karuppiah", "Sinnathamby", "Veerappan", "Ponnusamy", "Suppiah")),
    "hr": (("Snježana", "Dubravka", "Ankica", "Mirjana", "Vesna", "Jasminka"), ("Zvonimir", "Krešimir", "Tihomir", "Dražen", "Mladen", "Vedran"),
           ("Radić", "Babić", "Jurić", "Knežević", "Grgić", "Matijević", "Bašić", "Vlašić", "Pavletić", "Šimunović", "Perković")),
    "mm": (("Thiri Hlaing", "Thazin Moe", "Nwe Nwe Oo", "Khin Myat Noe", "Hnin Wai Phyo", "Ei Phyu Sin"),
           ("Kyaw Zin Htet", "Aung Myo Thant", "Zaw Lin Tun", "Htet Paing Soe", "Thura Naing", "Wai Yan Lwin", "Pyae Sone Hein", "Nay Lin Maung"), ()),
    "hk": (("Wing-yan", "Hoi-ying", "Sze-wan", "Pui-shan", "Suk-fan", "Yuk-lin"), ("Chun-kit", "Wai-lun", "Kwok-keung", "Hon-ming", "Tsz-hin", "Pak-lam", "Yat-fai"),
           ("Cheung", "Tsang", "Yeung", "Kwok", "Poon", "Siu", "Mak", "Fung", "Yip", "Tse", "Chow", "Kwan", "Lui", "Chung")),
    "vn": (("Diệu Thúy", "Tuyết Mai", "Hạnh Dung", "Phương Thảo", "Cẩm Tú", "Yến Nhi", "Thục Uyên", "Hằng Nga"),
           ("Khải Hoàn", "Gia Huy", "Thiện Nhân", "Phúc Lộc", "Công Vinh", "Quang Hải", "Đình Trung", "Hữu Phước", "Trọng Nghĩa", "Văn Thắng"),
           ("Tạ", "Quách", "Lâm", "Khúc", "Triệu", "Mạc", "Vương", "Châu", "Đoàn", "Lại", "Trịnh", "Đặng", "Dương", "Lương", "Tôn", "Giang")),
    "bg": (("Tsvetanka", "Zornitsa", "Rumyana", "Desislava", "Vesela", "Stoyanka"), ("Stoyan", "Hristo", "Plamen", "Tsvetan", "Lyubomir", "Rumen", "Asen", "Kiril"),
           ("Zhelyazkov", "Karakachanov", "Slavchev", "Kostadinov", "Tsonev", "Pamukov", "Minchev", "Bozhilov", "Gerdzhikov", "Yordanov")),
    "is": (("Sigurlaug", "Hrafnhildur", "Ásdís", "Þórunn", "Guðbjörg", "Ragnheiður", "Bergþóra"),
           ("Hallgrímur", "Sveinbjörn", "Þorsteinn", "Gunnlaugur", "Ögmundur", "Steingrímur", "Egill", "Kári", "Bragi", "Úlfar"), ()),
    "ee": (("Tiiu", "Maarika", "Külli", "Reet", "Ülle", "Kadri"), ("Tõnu", "Jaanus", "Priit", "Urmas", "Margus", "Indrek"),
           ("Kuusk", "Pärn", "Rebane", "Ilves", "Lepik", "Kõiv", "Sepp", "Järv", "Kukk", "Tamm")),
    "ru": (("Svetlana", "Lyudmila", "Galina", "Valentina", "Tatjana", "Nadežda"), ("Gennadi", "Vitali", "Sergei", "Aleksei", "Vladislav", "Boriss", "Juri"),
           ("Kuznetsov", "Sokolov", "Morozov", "Orlov", "Belov", "Zaitsev", "Smirnov", "Kuzmenko")),
    "kz": (("Gulnara", "Saule", "Zhanar", "Dinara", "Ainur", "Botagoz"), ("Yerlan", "Bauyrzhan", "Nurlan", "Daulet", "Serik", "Askar", "Marat"),
           ("Zhaksybekov", "Seitkaliyev", "Tokhtarov", "Kenzhebayev", "Mukhametzhanov", "Baimukhanov", "Sarsenbayev")),
    "tw": (("Chiung-ju", "Li-chu", "Ching-wen", "Ya-ting", "Hsiu-ying", "Pei-shan", "Chin-lien"),
           ("Chih-ming", "Chun-hung", "Wen-hsiung", "Kuo-hua", "Chien-hung", "Jung-fa", "Tsung-yao", "Kun-lin"),
           ("Tsai", "Hsu", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai", "Chien")),
    "jp": (("Fumiko", "Kazue", "Setsuko", "Toshie", "Michiyo", "Chizuru", "Sumiko"), ("Shigeru", "Isamu", "Tadashi", "Masaharu", "Kiyoshi", "Noboru", "Osamu"),
           ("Morimoto", "Hirano", "Sugawara", "Okabe", "Takeuchi", "Hoshino", "Tsuchiya", "Nishimura", "Kubota", "Ueda")),
    "es": (("Macarena", "Inmaculada", "Encarnación", "Reyes", "Consolación", "Triana", "Amparo", "Remedios"),
           ("Emilio", "Ildefonso", "Rubén", "Custodio", "Baltasar", "Gregorio"),
           ("Navarro", "Romero", "Morales", "Márquez", "Castillo", "Serrano", "Moya", "Benítez", "Carmona", "Escobar", "Pineda", "Villalba",
            "Cabello", "Troya", "Mejías", "Alcántara")),
    "co": (("Yuliana", "Leidy Johana", "Marleny", "Luz Dary", "Yurani", "Sorany"), ("Jhon Fredy", "Wilmar", "Yeison", "Hernando", "Albeiro", "Duván"),
           ("Restrepo", "Ospina", "Arango", "Giraldo", "Cardona", "Zapata", "Betancur", "Hincapié", "Henao", "Londoño", "Agudelo", "Muñetón", "Bedoya")),
    "pe": (("Nilda", "Epifania", "Sabina", "Rufina", "Yeny", "Gumercinda"), ("Teófilo", "Eusebio", "Nicanor", "Fortunato", "Celestino", "Wilber"),
           ("Mamani", "Quispe", "Huamán", "Condori", "Ccori", "Yupanqui", "Chambi", "Apaza", "Ticona", "Huillca", "Choquehuanca", "Pari")),
    "gh": (("Akosua", "Adwoa", "Afia", "Dzifa", "Esinam", "Ekua", "Mawusi", "Fuseina"), ("Kwabena", "Kwaku", "Selorm", "Edem", "Fiifi", "Kobina", "Senyo", "Iddrisu"),
           ("Osei", "Agyeman", "Frimpong", "Amoako", "Ofori", "Gyamfi", "Agbeko", "Dzokoto", "Ahiable", "Nyarko", "Quaye", "Sakyi", "Alhassan", "Abugri")),
    "pt": (("Deolinda", "Lurdes", "Graça", "Rosário", "Filomena", "Custódia", "Emília"), ("Joaquim", "Nuno", "Duarte", "Vasco", "Amândio", "Albano", "Aníbal", "Jacinto"),
           ("Figueiredo", "Teixeira", "Pinto", "Magalhães", "Antunes", "Lopes", "Quintas", "Sousa", "Fontes", "Rebelo", "Lobo", "Coelho")),
}  # fmt: skip
# A father's given name and the patronymic it gives a son and a daughter (Icelandic surnames; Bulgarian, Russian and Kazakh middle names);
# every man's given name of these cultures is here, so that his children can be named after him, and more fathers besides.
PATRONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "is": {"Hallgrímur": ("Hallgrímsson", "Hallgrímsdóttir"), "Sveinbjörn": ("Sveinbjörnsson", "Sveinbjörnsdóttir"),
           "Þorsteinn": ("Þorsteinsson", "Þorsteinsdóttir"), "Gunnlaugur": ("Gunnlaugsson", "Gunnlaugsdóttir"),
           "Ögmundur": ("Ögmundsson", "Ögmundsdóttir"), "Steingrímur": ("Steingrímsson", "Steingrímsdóttir"), "Egill": ("Egilsson", "Egilsdóttir"),
           "Kári": ("Kárason", "Káradóttir"), "Bragi": ("Bragason", "Bragadóttir"), "Úlfar": ("Úlfarsson", "Úlfarsdóttir"),
           "Hjörleifur": ("Hjörleifsson", "Hjörleifsdóttir"), "Sæmundur": ("Sæmundsson", "Sæmundsdóttir"), "Ingólfur": ("Ingólfsson", "Ingólfsdóttir"),
           "Þórarinn": ("Þórarinsson", "Þórarinsdóttir"), "Geirmundur": ("Geirmundsson", "Geirmundsdóttir"), "Snorri": ("Snorrason", "Snorradóttir")},
    "bg": {"Stoyan": ("Stoyanov", "Stoyanova"), "Hristo": ("Hristov", "Hristova"), "Plamen": ("Plamenov", "Plamenova"),
           "Tsvetan": ("Tsvetanov", "Tsvetanova"), "Lyubomir": ("Lyubomirov", "Lyubomirova"), "Rumen": ("Rumenov", "Rumenova"),
           "Asen": ("Asenov", "Asenova"), "Kiril": ("Kirilov", "Kirilova"), "Todor": ("Todorov", "Todorova"), "Dimitar": ("Dimitrov", "Dimitrova"),
           "Petko": ("Petkov", "Petkova"), "Ivaylo": ("Ivaylov", "Ivaylova"), "Zhivko": ("Zhivkov", "Zhivkova"), "Krasimir": ("Krasimirov", "Krasimirova"),
           "Nedelcho": ("Nedelchev", "Nedelcheva")},
    "ru": {"Gennadi": ("Gennadjevitš", "Gennadjevna"), "Vitali": ("Vitaljevitš", "Vitaljevna"), "Sergei": ("Sergejevitš", "Sergejevna"),
           "Aleksei": ("Aleksejevitš", "Aleksejevna"), "Vladislav": ("Vladislavovitš", "Vladislavovna"), "Boriss": ("Borissovitš", "Borissovna"),
           "Juri": ("Jurjevitš", "Jurjevna"), "Nikolai": ("Nikolajevitš", "Nikolajevna"), "Pjotr": ("Pjotrovitš", "Pjotrovna"),
           "Anatoli": ("Anatoljevitš", "Anatoljevna"), "Mihhail": ("Mihhailovitš", "Mihhailovna"), "Arkadi": ("Arkadjevitš", "Arkadjevna")},
    "kz": {"Yerlan": ("Yerlanovich", "Yerlanovna"), "Bauyrzhan": ("Bauyrzhanovich", "Bauyrzhanovna"), "Nurlan": ("Nurlanovich", "Nurlanovna"),
           "Daulet": ("Dauletovich", "Dauletovna"), "Serik": ("Serikovich", "Serikovna"), "Askar": ("Askarovich", "Askarovna"),
           "Marat": ("Maratovich", "Maratovna"), "Kairat": ("Kairatovich", "Kairatovna"), "Timur": ("Timurovich", "Timurovna"),
           "Azamat": ("Azamatovich", "Azamatovna"), "Talgat": ("Talgatovich", "Talgatovna"), "Yerbol": ("Yerbolovich", "Yerbolovna")},
}  # fmt: skip
HK_ENGLISH = {True: ("Winnie", "Ophelia", "Cherry", "Queenie", "Yoyo"), False: ("Kelvin", "Ivan", "Dickson", "Kenneth", "Alvin")}
NICKNAMES = {
    "Marc-André": "Marco", "Francine": "Francy", "Micheline": "Mimi", "Gordie": "Gord", "Roseanne": "Rosie", "Stanley": "Stan",
    "Encarnación": "Encarni", "Inmaculada": "Inma", "Ildefonso": "Fonso", "Remedios": "Reme", "Custodio": "Custo",
    "Jhon Fredy": "el Mono", "Wilmar": "Willy", "Kwabena": "Kobby", "Selorm": "Sel", "Amândio": "Mandinho",
    "Tsvetanka": "Tsetsi", "Hristo": "Ico", "Shahrul Nizam": "Sharul", "Saravanan": "Sara", "Gunnlaugur": "Gulli",
}  # fmt: skip
# Surnames that are also the eponym of a protected term: the hardest namesakes.
NAMESAKES = {"jp": (("Takayasu", "Takayasu arteritis"), ("Hasegawa", "HDS-R (Hasegawa Dementia Scale-Revised)")),
             "pt": (("Chagas", "doença de Chagas"),), "qc": (("Barré", "Guillain-Barré syndrome"), ("Gilbert", "Gilbert's syndrome"))}
FAMILY_FIRST = {"hk", "vn", "tw", "jp", "mc"}  # the family name written first
GIVEN_ADDRESSED = {"is", "ms", "mi", "mm", "vn"}  # addressed by the given name after a title (Vietnamese by its last syllable)
TWO_SURNAMES = {"es", "co", "pe"}  # father's first surname, then the mother's
GENDERED = {"bg", "ru", "kz"}  # a woman's surname takes an -a
TAKES_SPOUSE_NAME = {"gh", "cr", "hr", "ee", "ru", "kz", "bg", "jp"}  # where a wife usually takes her husband's family name
NOT_NAMES = {"mohd", "wan"}  # carried by strangers alike: never taken for a shared name
PARTICLES = blind6.PARTICLES | {"a/l", "a/p", "st", "da", "dos", "das"}


def fold7(text: str) -> str:
    return fold(text.replace("Đ", "D").replace("đ", "d"))


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold7(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames) of bench/blind2.py to bench/blind6.py."""
    return blind6.earlier_names() | blind6.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [n for table in PATRONYMS.values() for father, forms in table.items() for n in (father, *forms)]
    names += [s + "a" for c in GENDERED for s in PEOPLE[c][2] if not s.endswith("enko")]
    names += [*HK_ENGLISH[True], *HK_ENGLISH[False], *NICKNAMES.values()]
    names += [surname for pairs in NAMESAKES.values() for surname, _ in pairs]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"


def gendered(stem: str, female: bool) -> str:
    return stem + "a" if female and not stem.endswith("enko") else stem


@dataclass
class Person(blind3.Person):
    culture: str = ""
    female: bool = False
    short: str = ""  # what follows a title: the surname, or the given name where that is how one is addressed
    middle: str = ""  # a patronymic (Bulgarian, Russian, Kazakh)
    father: str = ""  # the father's given name, where the name is built on it
    english: str = ""  # a Hong Kong English name

    def plain(self) -> str:
        c = self.culture
        if c == "mm":
            return self.first
        if c == "ms":
            return f"{self.first} {'binti' if self.female else 'bin'} {self.last}"
        if c == "mi":
            return f"{self.first} {'a/p' if self.female else 'a/l'} {self.last}"
        if c in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def whole(self) -> str:
        """Every part written out: a patronymic between the given name and the surname, a Hong Kong English name first."""
        if self.middle:
            return L("PERSON", f"{self.first} {self.middle} {self.last}")
        if self.english:
            return L("PERSON", f"{self.english} {self.last} {self.first}")
        return self.full()

    def official(self) -> str:
        """How a register writes it: the surname first and in capitals (and a patronymic after the given name)."""
        c = self.culture
        if c in ("mm", "ms", "mi"):
            return L("PERSON", self.plain().upper())
        if c == "vn":
            return L("PERSON", self.plain().upper())
        rest = f"{self.first} {self.middle}".strip()
        return L("PERSON", f"{self.last.upper()} {rest}" if c in FAMILY_FIRST or self.middle else f"{self.last.upper()}, {rest}")

    def sur(self) -> str:
        return L("PERSON", self.short)

    def given(self) -> str:
        return L("PERSON", self.first)

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.sur()}"

    def lower_first(self) -> str:
        return L("PERSON", (self.short if self.culture in GIVEN_ADDRESSED else self.first).lower())

    def lower_full(self) -> str:
        return L("PERSON", self.plain().lower())

    def initial_dot(self) -> str:
        if self.culture in GIVEN_ADDRESSED or self.culture in FAMILY_FIRST:
            return self.full()
        initials = "".join(f"{w[0]}." for w in re.split(r"[\s-]+", self.first))
        return L("PERSON", f"{initials} {self.last}")

    def nicknamed(self) -> str:
        nick = NICKNAMES.get(self.first)
        return L("PERSON", nick) if nick else self.given()

    def ascii(self, sep: str = ".") -> str:
        first = fold7(self.first.replace("Mohd ", "")).replace(" ", "").replace("-", "")
        last = fold7(self.last.split()[0] if self.culture in TWO_SURNAMES else self.last).replace(" ", "").replace("-", "")
        if self.culture == "mm":
            return fold7(self.first).replace(" ", "")
        return f"{first}{sep}{last}".lower()


def ascii_fold(text: str) -> str:
    return "".join(c for c in fold7(text) if c.isalnum() or c in "._-")


# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions


def luhn(digits: str) -> str:
    """The Luhn check digit (Canadian SIN)."""
    return blind6.luhn(digits)


def oib_digit(ten: str) -> str:
    """Croatian OIB: ISO 7064 MOD 11,10 over the first ten digits."""
    r = 10
    for c in ten:
        r = (r + int(c)) % 10 or 10
        r = 2 * r % 11
    return str((11 - r) % 10)


def imo_digit(six: str) -> str:
    """IMO ship number: the first six digits weighted 7 down to 2, the last digit of the sum."""
    return str(sum(int(c) * w for c, w in zip(six, (7, 6, 5, 4, 3, 2))) % 10)


_HK_VALUES = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10)}


def hkid_char(prefix: str, six: str) -> str:
    """Hong Kong identity card: letters valued A=10 to Z=35 (a space, 36, before a single letter), weighted 9 down to 2 with the
    digits; 11 minus the sum modulo 11, 10 written A and 11 written 0."""
    values = ([36] if len(prefix) == 1 else []) + [_HK_VALUES[c] for c in prefix] + [int(c) for c in six]
    r = 11 - sum(v * w for v, w in zip(values, range(9, 1, -1))) % 11
    return {10: "A", 11: "0"}.get(r, str(r))


def egn_digit(nine: str) -> str:
    """Bulgarian EGN: weights 2,4,8,5,10,9,7,3,6; the sum modulo 11, 10 written 0."""
    return str(sum(int(c) * w for c, w in zip(nine, (2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11 % 10)


def eik_digit(eight: str) -> str:
    """Bulgarian EIK (BULSTAT), nine digits: weights 1 to 8 modulo 11; where that leaves 10, weights 3 to 10 (10 again written 0)."""
    r = sum(int(c) * w for c, w in zip(eight, range(1, 9))) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(eight, range(3, 11))) % 11 % 10
    return str(r)


def kennitala_digit(eight: str) -> str | None:
    """Icelandic kennitala: weights 3,2,7,6,5,4,3,2; 11 minus the sum modulo 11, 11 written 0 (None where it would be 10)."""
    r = 11 - sum(int(c) * w for c, w in zip(eight, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return None if r == 10 else str(r % 11)


def ik_digit(digits: str) -> str:
    """Estonian isikukood (and registry codes): weights 1-9,1 modulo 11; where that leaves 10, weights 3-9,1,2,3 (10 again written 0)."""
    r = sum(int(c) * w for c, w in zip(digits, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))) % 11 % 10
    return str(r)


def iin_digit(eleven: str) -> str | None:
    """Kazakh IIN and BIN: weights 1 to 11 modulo 11; where that leaves 10, weights 3-11,1,2 (None where it leaves 10 again)."""
    r = sum(int(c) * w for c, w in zip(eleven, range(1, 12))) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(eleven, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
    return None if r == 10 else str(r)


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))  # the region letter's two-digit value


def tw_id_digit(letter: str, eight: str) -> str:
    """Taiwan national ID: the letter's two digits weighted 1 and 9, the next eight digits 8 down to 1; the check makes it a multiple of 10."""
    code = _TW_LETTERS[letter]
    return str(-(code // 10 + code % 10 * 9 + sum(int(c) * w for c, w in zip(eight, range(8, 0, -1)))) % 10)


def nif_pt_digit(eight: str) -> str:
    """Portuguese NIF: weights 9 down to 2 modulo 11; 11 minus that, 0 where the remainder is 0 or 1."""
    r = sum(int(c) * w for c, w in zip(eight, range(9, 1, -1))) % 11
    return "0" if r < 2 else str(11 - r)


def cc_pt_digit(eleven: str) -> str:
    """Portuguese Cartão de Cidadão document number: characters valued 0-9, A=10 to Z=35; from the right every second value doubled
    (less 9 above 9) and the total made a multiple of 10 by the last digit."""
    total = 0
    for i, c in enumerate(reversed(eleven)):
        v = int(c, 36)
        if i % 2 == 0:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        total += v
    return str(-total % 10)


def niss_digit(ten: str) -> str:
    """Portuguese NISS: weights 29,23,19,17,13,11,7,5,3,2; 9 minus the sum modulo 10."""
    return str(9 - sum(int(c) * w for c, w in zip(ten, (29, 23, 19, 17, 13, 11, 7, 5, 3, 2))) % 10)


def nib_digits(nineteen: str) -> str:
    """Portuguese NIB (the IBAN's national part): 98 minus the bank, branch and account number times 100, modulo 97."""
    return f"{98 - int(nineteen) * 100 % 97:02d}"


def nuss_digits(ten: str) -> str:
    """Spanish social security number (NUSS): the province and the number, as one, modulo 97."""
    return f"{int(ten) % 97:02d}"


def nit_digit(body: str) -> str:
    """Colombian NIT: digits from the right weighted 3,7,13,17,19,23,29,37,41,...; the sum modulo 11, 11 minus it above 1."""
    r = sum(int(c) * w for c, w in zip(reversed(body), (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71))) % 11
    return str(r if r < 2 else 11 - r)


def cui_digit(eight: str) -> str:
    """Peruvian DNI (CUI) check digit: weights 3,2,7,6,5,4,3,2; the sum modulo 11 indexes 6543211098 7."""
    return "65432110987"[sum(int(c) * w for c, w in zip(eight, (3, 2, 7, 6, 5, 4, 3, 2))) % 11]


assert oib_digit("3339200596") == "1" and imo_digit("907472") == "9" and hkid_char("A", "123456") == "3"
assert egn_digit("752316926") == "3" and kennitala_digit("12017433") == "9" and ik_digit("3760503029") == "9"
assert iin_digit("79102830272") == "8" and tw_id_digit("A", "12345678") == "9" and nif_pt_digit("12345678") == "9"
assert nit_digit("800197268") == "4" and cui_digit("10117410") == "2" and luhn("04645428") == "6" and cc_pt_digit("000000000ZZ") == "4"


# ---------------------------------------------------------------- dates and telephone numbers

EN_MONTHS = "January February March April May June July August September October November December".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
MS_MONTHS = "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
BG_MONTHS = "yanuari fevruari mart april may yuni yuli avgust septemvri oktomvri noemvri dekemvri".split()
IS_MONTHS = "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split()
EE_MONTHS = "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split()
RU_MONTHS = "yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya".split()
JP_ERAS = (((2019, 5, 1), "Reiwa", "R", 2018), ((1989, 1, 8), "Heisei", "H", 1988), ((1926, 12, 25), "Shōwa", "S", 1925), ((1912, 7, 30), "Taishō", "T", 1911))
PHONES = {
    "qc": ("418-###-####", "(514) ###-####", "819 ###-####", "+1 450 ###-####", "581-###-####"),
    "mb": ("(204) ###-####", "204-###-####", "1-204-###-####"),
    "my": ("012-### ####", "+60 17-### ####", "04-### ####", "019 ### ####", "+60 5-### ####", "07-### ####"),
    "hr": ("+385 91 ### ####", "+385 98 ### ###", "051 ### ###", "+385 21 ### ###"),
    "hk": ("9### ####", "+852 6### ####", "2### ####", "5### ####"),
    "vn": ("09## ### ###", "+84 9# ### ####", "028 3### ####", "024 3### ####", "03## ### ###"),
    "bg": ("+359 88# ### ###", "0878 ### ###", "02 ### ####", "032 ### ###", "052 ### ###"),
    "is": ("+354 8## ####", "6## ####", "5## ####", "+354 77# ####", "46# ####"),
    "ee": ("+372 5### ####", "5### ####", "+372 6## ####", "7## ####"),
    "es": ("6## ## ## ##", "+34 6## ### ###", "95# ## ## ##", "954 ## ## ##", "7## ### ###"),
    "co": ("+57 3## ### ####", "3## ### ####", "(604) ### ####", "604 ### ## ##"),
    "pe": ("9## ### ###", "+51 9## ### ###", "(051) ## ####"),
    "gh": ("+233 24 ### ####", "024 ### ####", "020-###-####", "+233 (0)55 ### ####", "037 202 ####"),
    "kz": ("+7 701 ### ## ##", "8 (7212) ##-##-##", "+7 (727) ###-##-##", "8 705 ### ####"),
    "tw": ("09##-###-###", "(02) 2###-####", "+886 9## ### ###", "(04) 2###-####"),
    "jp": ("093-###-####", "090-####-####", "080-####-####", "092-###-####"),
    "pt": ("9## ### ###", "+351 9## ### ###", "22# ### ###", "21# ### ###"),
}  # fmt: skip


def jp_era(y: int, m: int, d: int) -> tuple[str, str, int]:
    """The Japanese era of a date: its name, its letter and the year within it."""
    return next((name, letter, y - offset) for start, name, letter, offset in JP_ERAS if (y, m, d) >= start)


# ---------------------------------------------------------------- the generator


class Gen(Draw):
    """bench/blind3.py's draws, with this corpus's people, dates and identifiers; every method returns marked text."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.used: set[str] = set()  # words of the names already given in this document: strangers never share one

    # people

    def _free(self, *names: str) -> bool:
        return not set().union(*(name_words(n) for n in names if n)) & self.used

    def _take(self, *names: str) -> None:
        self.used |= set().union(*(name_words(n) for n in names if n)) - NOT_NAMES

    def _father(self, culture: str, female: bool) -> tuple[str, str]:
        """A father's given name free in this document and the patronymic it gives (an Icelandic surname, a middle name)."""
        table = PATRONYMS[culture]
        free = [f for f in table if self._free(f, table[f][female])]
        if not free:
            raise RuntimeError(f"no free {culture} father's name left in this document")
        father = self.pick(free)
        return father, table[father][female]

    def person(self, culture: str, female: bool | None = None) -> Person:
        women, men, surnames = PEOPLE[culture]
        female = self.rng.random() < 0.5 if female is None else female
        for _ in range(300):
            first, last, middle, father = self.pick(women if female else men), "", "", ""
            if culture == "is":
                father, last = self._father(culture, female)
            elif culture in ("ms", "mi"):
                last = father = self.pick(surnames)
            elif culture in GENDERED:
                last = gendered(self.pick(surnames), female)
                father, middle = self._father(culture, female)
            elif culture in TWO_SURNAMES or culture == "pt":
                last = " ".join(self.rng.sample(surnames, 2))
            elif surnames:
                last = self.pick(surnames)
            if self._free(first, last, middle, father) and first != father:
                break
        else:
            raise RuntimeError(f"no free {culture} name left in this document")  # the lists are too short for the writer
        self._take(first, last, middle, father)  # a father's given name is his: no stranger in the document gets it
        english = ""
        if culture == "hk" and self.rng.random() < 0.5:
            english = next((e for e in self.rng.sample(HK_ENGLISH[female], len(HK_ENGLISH[female])) if self._free(e)), "")
            self._take(english)
        p = Person(first, last, culture, female, "", middle, father, english)
        p.short = self._short(p)
        return p

    @staticmethod
    def _short(p: Person) -> str:
        c = p.culture
        if c == "vn":
            return p.first.split()[-1]
        if c in GIVEN_ADDRESSED:
            return p.first
        if c in TWO_SURNAMES:
            return p.last.split()[0]
        if c == "pt":
            return p.last.split()[-1]
        return p.last

    def relative(self, p: Person, female: bool, kin: str) -> Person:
        """Someone of p's family ("spouse", "child", "sibling" or "parent") carrying the family name the way p's culture passes it on:
        a Burmese name passes nothing on; Spanish, Colombian and Peruvian children take the father's first surname and the mother's,
        Portuguese ones the mother's surname and then the father's last; Icelandic, Malay and Malaysian Indian children are named after
        the father's given name, Bulgarian, Russian and Kazakh ones take it as a middle name; a wife takes her husband's family name
        where the culture has her do so (TAKES_SPOUSE_NAME) and keeps her own elsewhere."""
        c = p.culture
        if kin == "spouse":
            female = not p.female
        r = self.person(c, female)
        if c == "mm":
            return r
        stem = p.last[:-1] if c in GENDERED and p.female and not p.last.endswith("enko") else p.last
        fathers_child = kin == "child" and not p.female or kin == "sibling"  # r shares p's father, or p is r's father
        if kin == "spouse":
            if c in TAKES_SPOUSE_NAME:
                r.last = gendered(stem, female) if c in GENDERED else stem
        elif c == "is":
            if kin == "child" and not p.female:
                r.father, r.last = p.first, PATRONYMS[c][p.first][female]
            elif kin == "sibling":
                r.father, r.last = p.father, PATRONYMS[c][p.father][female]
            elif kin == "parent" and not female:
                r.first = p.father
        elif c in ("ms", "mi"):
            if kin == "child" and not p.female:
                r.last = r.father = p.first
            elif kin == "sibling":
                r.last = r.father = p.last
            elif kin == "parent" and not female:
                r.first = p.last
        elif c in GENDERED:
            r.last = gendered(stem, female)
            if fathers_child:
                r.father = p.first if kin == "child" else p.father
                r.middle = PATRONYMS[c][r.father][female]
            elif kin == "parent" and not female:
                r.first = p.father
        elif c in TWO_SURNAMES:
            mine, theirs = r.last.split(), p.last.split()
            if kin == "sibling":
                r.last = p.last
            elif kin == "child":
                r.last = f"{theirs[0]} {mine[1]}" if not p.female else f"{mine[0]} {theirs[0]}"
            else:
                r.last = f"{theirs[0]} {mine[1]}" if not female else f"{theirs[1]} {mine[1]}"
        elif c == "pt":
            mine, theirs = r.last.split(), p.last.split()
            if kin == "sibling":
                r.last = p.last
            elif kin == "child":
                r.last = f"{mine[0]} {theirs[-1]}" if not p.female else f"{theirs[-1]} {mine[1]}"
            else:
                r.last = f"{mine[0]} {theirs[-1]}" if not female else f"{mine[0]} {theirs[0]}"
        elif fathers_child or c in TAKES_SPOUSE_NAME or kin == "parent" and not female:
            r.last = p.last
        r.short = self._short(r)
        self._take(r.first, r.last, r.middle, r.father)
        return r

    def namesake(self, culture: str) -> tuple[Person, str]:
        """A person whose surname is the eponym of the protected term returned with them."""
        surname, term = self.pick(NAMESAKES[culture])
        p = self.person(culture)
        p.last = f"{p.last.split()[0]} {surname}" if culture == "pt" else surname
        p.short = self._short(p)
        self._take(p.last)
        return p, K(term)

    def firm_name(self, culture: str, surname: bool = True) -> str:
        """A surname (or given name) for a firm's or clinic's name, kept from every person in the document."""
        women, men, surnames = PEOPLE[culture]
        pool = list(surnames if surname and surnames else women + men)
        name = next((n for n in self.rng.sample(pool, len(pool)) if self._free(n)), pool[0])
        self._take(name)
        return name

    # dates

    def ymd(self, first: int = 1940, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def base(self, first: int = 2022, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        nth = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        mon = EN_MONTHS[m - 1]
        if cc == "jp":
            name, letter, n = jp_era(y, m, d)
            return self.pick((f"{name} {n}-nen {m}-gatsu {d}-nichi", f"{letter}{n}.{m}.{d}", f"{y}/{m:02d}/{d:02d}"))
        forms = {
            "qc": (f"{y}-{m:02d}-{d:02d}", f"{d} {FR_MONTHS[m - 1]} {y}", f"{mon} {d}, {y}"),
            "mb": (f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{mon[:3].upper()}/{y}"),
            "my": (f"{d:02d}/{m:02d}/{y}", f"{d} {MS_MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}"),
            "sea": (f"{y}-{m:02d}-{d:02d}", f"{d:02d} {mon[:3].upper()} {y}", f"{d:02d}.{m:02d}.{y}"),
            "hr": (f"{d}. {m}. {y}.", f"{d:02d}.{m:02d}.{y}.", f"{d:02d}.{m:02d}.{y}"),
            "hk": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon[:3]} {y}", f"{d:02d}-{m:02d}-{y}"),
            "vn": (f"{d:02d}/{m:02d}/{y}", f"ngày {d} tháng {m} năm {y}", f"{d:02d}-{mon[:3]}-{y}"),
            "bg": (f"{d:02d}.{m:02d}.{y} g.", f"{d:02d}.{m:02d}.{y}", f"{d} {BG_MONTHS[m - 1]} {y} g."),
            "is": (f"{d}. {IS_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}"),
            "ee": (f"{d:02d}.{m:02d}.{y}", f"{d}. {EE_MONTHS[m - 1]} {y}", f"{d} {mon} {y}"),
            "es": (f"{d:02d}/{m:02d}/{y}", f"{d} de {ES_MONTHS[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}"),
            "co": (f"{d:02d}/{m:02d}/{y}", f"{d} de {ES_MONTHS[m - 1]} de {y}", f"{y}-{m:02d}-{d:02d}"),
            "pe": (f"{d:02d}/{m:02d}/{y}", f"{d} de {ES_MONTHS[m - 1]} del {y}", f"{d:02d}-{m:02d}-{y}"),
            "gh": (f"{d:02d}/{m:02d}/{y}", f"{d}{nth} {mon}, {y}", f"{d:02d}-{mon[:3]}-{y}"),
            "kz": (f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y} g.", f"{d} {RU_MONTHS[m - 1]} {y} g."),
            "tw": (f"{y}/{m:02d}/{d:02d}", f"{y - 1911}/{m:02d}/{d:02d}", f"ROC {y - 1911}.{m:02d}.{d:02d}"),
            "pt": (f"{d:02d}/{m:02d}/{y}", f"{d} de {PT_MONTHS[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}"),
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
        if cc in ("my", "gh", "mb", "hk"):
            return self.pick((f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}", f"{hour:02d}:{minute:02d}",
                              f"{(hour - 1) % 12 + 1}.{minute:02d}{'am' if hour < 12 else 'pm'}"))
        if cc == "sea":
            return self.pick((f"{hour:02d}{minute:02d} UTC", f"{hour:02d}:{minute:02d} LT", f"{hour:02d}{minute:02d} hrs"))
        if cc in ("qc", "pt", "es", "co", "pe") and self.rng.random() < 0.3:
            return f"{hour} h {minute:02d}" if cc == "qc" else f"{hour:02d}:{minute:02d} h"
        return f"{hour:02d}:{minute:02d}"

    def stamp(self, cc: str, date: datetime.date | None = None, hour: int | None = None) -> str:
        """A date with its clock time, one span."""
        y, m, d = (date.year, date.month, date.day) if date else self.ymd(2022, 2025)
        sep = self.pick((" ", ", ", " at ")) if cc in ("gh", "mb", "my", "hk", "sea") else " "
        return L("DATE_TIME", f"{self.fmt(cc, y, m, d)}{sep}{self.clock(cc, hour)}")

    # contact details

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern).strip()

    def phone(self, cc: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[cc])))

    def email(self, p: Person, domain: str) -> str:
        base = ascii_fold(p.short.replace(" ", "")).lower()
        local = self.pick((p.ascii(), p.ascii("_") + self.digits(2), ascii_fold(p.first[0] + p.short.replace(" ", "")).lower(), base + self.digits(3)))
        return L("EMAIL_ADDRESS", f"{local}@{domain}")

    def fill(self, template: str) -> str:
        return template.format(n=self.rng.randint(2, 480), k=self.rng.randint(1, 24), m=self.rng.randint(1, 9), d=self.digits(1), X=self.letters(1))

    def place(self, templates: tuple[str, ...]) -> str:
        return L("LOCATION", self.fill(self.pick(templates)))

    # identifiers

    def sin(self) -> str:
        """Canadian social insurance number: nine digits, the Luhn check last (first digit by province, 2 or 3 in Quebec)."""
        eight = self.pick("2345") + self.digits(7)
        t = eight + luhn(eight)
        return L("NATIONAL_ID", self.pick((f"{t[:3]} {t[3:6]} {t[6:]}", f"{t[:3]}-{t[3:6]}-{t[6:]}", t)))

    def ramq(self, p: Person, ymd: tuple[int, int, int], spaced: bool = True) -> str:
        """Quebec health insurance number (NAM): three letters of the surname, the given name's initial, YYMMDD (50 added to a woman's
        month) and two administrative digits."""
        letters = (re.sub("[^A-Z]", "", fold7(p.last).upper()) + "XXX")[:3] + fold7(p.first)[0].upper()
        y, m, d = ymd
        t = f"{letters}{y % 100:02d}{m + (50 if p.female else 0):02d}{d:02d}{self.digits(2)}"
        return L("HEALTH_ID", f"{t[:4]} {t[4:8]} {t[8:]}" if spaced else t)

    def mykad(self, p: Person, ymd: tuple[int, int, int], state: str) -> tuple[str, str]:
        """A MyKad number, YYMMDD-PB-###G (PB the state of birth, G odd for men), and the same read out in words."""
        y, m, d = ymd
        last = self.pick("13579" if not p.female else "02468")
        t = f"{y % 100:02d}{m:02d}{d:02d}-{state}-{self.digits(3)}{last}"
        return L("NATIONAL_ID", self.pick((t, t.replace("-", "")))), L("NATIONAL_ID", spoken(t))

    def oib(self) -> str:
        ten = self.pick("123456789") + self.digits(9)
        return L("NATIONAL_ID", ten + oib_digit(ten))

    def imo(self) -> str:
        six = self.pick("9") + self.digits(5)
        return L("LICENSE_NUMBER", six + imo_digit(six))

    def nrc(self) -> str:
        """A Myanmar national registration card number: state or region, township code, (N) for a citizen, six digits."""
        state, township = self.pick(MM_TOWNSHIPS)
        return L("NATIONAL_ID", f"{state}/{township}(N){self.digits(6)}")

    def hkid(self) -> str:
        prefix = self.pick(("A", "C", "D", "E", "G", "H", "K", "M", "P", "R", "V", "Y", "Z", "XA", "WX"))
        six = self.digits(6)
        c = hkid_char(prefix, six)
        return L("NATIONAL_ID", self.pick((f"{prefix}{six}({c})", f"{prefix}{six}({c})", f"{prefix}{six}{c}")))

    def cccd(self, p: Person, ymd: tuple[int, int, int], province: str) -> str:
        """A Vietnamese citizen identity card (CCCD) number: province of birth, century and sex (0 or 1, 2 or 3 from 2000), the year
        of birth and six digits."""
        y = ymd[0]
        t = f"{province}{(0 if y < 2000 else 2) + (1 if p.female else 0)}{y % 100:02d}{self.digits(6)}"
        return L("NATIONAL_ID", t)

    def egn(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Bulgarian EGN: YYMMDD (40 added to the month from 2000), a region and serial whose last digit is even for men, the check."""
        y, m, d = ymd
        serial = self.digits(2) + self.pick("13579" if p.female else "02468")
        nine = f"{y % 100:02d}{m + (40 if y >= 2000 else 0):02d}{d:02d}{serial}"
        return L("NATIONAL_ID", nine + egn_digit(nine))

    def eik(self) -> str:
        eight = self.pick("12") + self.digits(7)
        return L("COMPANY_REGISTRATION", eight + eik_digit(eight))

    def kennitala(self, ymd: tuple[int, int, int]) -> str:
        """Icelandic kennitala: DDMMYY, two digits, the check digit and the century (9 for the 1900s, 0 for the 2000s)."""
        y, m, d = ymd
        while (check := kennitala_digit(eight := f"{d:02d}{m:02d}{y % 100:02d}{self.rng.randint(20, 99)}")) is None:
            pass
        t = f"{eight}{check}{'9' if y < 2000 else '0'}"
        return L("NATIONAL_ID", self.pick((f"{t[:6]}-{t[6:]}", t)))

    def isikukood(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Estonian personal code: century and sex (3 or 4 for the 1900s, 5 or 6 for the 2000s), YYMMDD, a serial, the check."""
        y, m, d = ymd
        ten = f"{(3 if y < 2000 else 5) + (1 if p.female else 0)}{y % 100:02d}{m:02d}{d:02d}{self.digits(3)}"
        return L("NATIONAL_ID", ten + ik_digit(ten))

    def registrikood(self) -> str:
        seven = "1" + self.digits(6)
        return L("COMPANY_REGISTRATION", seven + ik_digit(seven))

    def nuss(self, province: str) -> str:
        ten = province + str(self.rng.randint(10_000_000, 99_999_999))
        t = ten + nuss_digits(ten)
        return L("NATIONAL_ID", self.pick((f"{t[:2]}/{t[2:10]}/{t[10:]}", f"{t[:2]} {t[2:10]} {t[10:]}", t)))

    def nit(self) -> str:
        body = self.pick(("800", "805", "830", "900", "901")) + self.digits(6)
        return L("COMPANY_REGISTRATION", f"{body[:3]}.{body[3:6]}.{body[6:]}-{nit_digit(body)}")

    def cedula_co(self, female: bool) -> str:
        n = self.rng.randint(21_000_000, 44_999_999) if female else self.rng.randint(70_000_000, 98_999_999)
        if self.rng.random() < 0.3:
            n = self.rng.randint(1_000_000_000, 1_152_999_999)  # issued from 2004, ten digits
        return L("NATIONAL_ID", self.pick((f"{n:,}".replace(",", "."), str(n))))

    def iin(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Kazakh IIN: YYMMDD, century and sex (3 or 4 for the 1900s, 5 or 6 for the 2000s), four serial digits, the check digit."""
        y, m, d = ymd
        while (check := iin_digit(eleven := f"{y % 100:02d}{m:02d}{d:02d}{(3 if y < 2000 else 5) + (1 if p.female else 0)}{self.digits(4)}")) is None:
            pass
        return L("NATIONAL_ID", eleven + check)

    def bin_kz(self, year: int) -> str:
        """Kazakh BIN: the year and month of registration, 4 (a resident legal entity), 0 (its head office), five digits, the check."""
        while (check := iin_digit(eleven := f"{year % 100:02d}{self.rng.randint(1, 12):02d}40{self.digits(5)}")) is None:
            pass
        return L("COMPANY_REGISTRATION", eleven + check)

    def tw_id(self, p: Person) -> str:
        letter = self.pick("ABDEFHKMNPQRSTUV")
        eight = ("2" if p.female else "1") + self.digits(7)
        return L("NATIONAL_ID", f"{letter}{eight}{tw_id_digit(letter, eight)}")

    def nif_pt(self) -> str:
        eight = self.pick("12") + self.digits(7)
        t = eight + nif_pt_digit(eight)
        return L("NATIONAL_ID", self.pick((t, f"{t[:3]} {t[3:6]} {t[6:]}")))

    def cc_pt(self) -> str:
        """A Cartão de Cidadão document number: the civil identification number and its digit, the card's version letters, the check."""
        civil = self.digits(1) + self.digits(7)
        version = self.pick(("ZZ", "ZY", "ZX", "ZW"))
        eleven = civil + nif_pt_digit(civil) + version
        t = eleven + cc_pt_digit(eleven)
        return L("NATIONAL_ID", self.pick((f"{t[:8]} {t[8]} {t[9:]}", f"{t[:8]}-{t[8]}-{t[9:]}", t)))

    def niss(self) -> str:
        ten = "1" + self.digits(9)
        return L("NATIONAL_ID", ten + niss_digit(ten))

    def pt_iban(self) -> str:
        nineteen = self.pick(("0035", "0033", "0018", "0036", "0045")) + self.digits(4) + self.digits(11)
        return L("IBAN_CODE", iban("PT", nineteen + nib_digits(nineteen)))

    def cui(self, check: bool | None = None) -> str:
        eight = self.pick("4567") + self.digits(7)
        check = self.rng.random() < 0.5 if check is None else check
        return L("NATIONAL_ID", f"{eight}-{cui_digit(eight)}" if check else eight)


MM_TOWNSHIPS = (("12", "MaYaKa"), ("12", "ThaKaTa"), ("12", "LaMaNa"), ("12", "DaGaMa"), ("9", "MaHaMa"), ("9", "AhMaYa"), ("14", "PaThaNa"),
                ("5", "MaYaNa"), ("7", "PaKhaNa"), ("13", "TaKaNa"))
DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def spoken(number: str) -> str:
    """A number as a caller reads it out and speech-to-text writes it down: digits as words, the groups kept."""
    groups = [g for g in re.split(r"[-\s]+", number) if g]
    return ", ".join(" ".join(DIGIT_WORDS[int(c)] for c in g) for g in groups)


# ---------------------------------------------------------------- protected terms, places and institutions, by hand; and the documents

QC_TOWNS = (("Saguenay", "G7H", ("rue Racine Est", "boulevard du Royaume", "rue des Érables")), ("Trois-Rivières", "G9A", ("rue des Forges", "boulevard des Récollets")),
            ("Rimouski", "G5L", ("rue Saint-Germain Est", "avenue de la Cathédrale")), ("Sherbrooke", "J1H", ("rue King Ouest", "rue Galt Est")),
            ("Gatineau", "J8Y", ("boulevard Saint-Joseph", "rue Laurier")), ("Laval", "H7N", ("boulevard des Laurentides", "rue Principale")))
QC_PLATFORMS = (("SantéConnexion", "santeconnexion.ca"), ("Clinique Virtuelle Boréale", "cvboreale.ca"), ("MédiChat Québec", "medichat.qc.ca"))
QC_CASES = (  # (complaint in French, complaint in English, findings, plan, eponym or None)
    ("une toux depuis deux semaines pis de la fièvre", "a cough for two weeks and a fever", ("CRB-65 score 0", "SpO2 95%"),
     ("amoxicillin 1 g PO TID for 5 days",), None),
    ("ça brûle quand je fais pipi depuis hier", "it burns when I pee since yesterday", ("urine dipstick: leukocytes 2+, nitrite positive",),
     ("nitrofurantoin 100 mg BID for 5 days",), None),
    ("ma pression était à 168/97 à la machine de la pharmacie", "my pressure was 168/97 on the pharmacy machine", ("BP 168/97 mmHg",),
     ("amlodipine 5 mg daily", "home BP log for 7 days"), None),
    ("j'ai plus de pompes pis je siffle la nuit", "I'm out of puffers and I wheeze at night", ("peak flow 310 L/min",),
     ("salbutamol 100 mcg, 2 puffs QID PRN", "fluticasone 125 mcg, 2 puffs BID"), None),
    ("j'ai le blanc de mes yeux un peu jaune depuis que je jeûne", "the whites of my eyes are a bit yellow since I started fasting",
     ("total bilirubin 41 µmol/L, ALT 22 U/L",), ("no treatment; repeat bilirubin in 3 months",), "Gilbert's syndrome"),
    ("ça picote dans les jambes pis ça monte depuis ma gastro", "tingling going up my legs since my stomach bug", ("ascending weakness, reflexes reduced",),
     ("go to the emergency department now for a nerve conduction study",), "Guillain-Barré syndrome"),
)  # fmt: skip


def telehealth_chat(g: Gen) -> tuple[str, str, str]:
    if g.rng.random() < 0.3:
        doc, eponym = g.namesake("qc")
        case = next(c for c in QC_CASES if c[4] and c[4] in eponym)
    else:
        doc, case = g.person("qc"), g.pick([c for c in QC_CASES if not c[4]])
    fr_complaint, en_complaint, findings, plan, eponym_term = case
    pt = g.person("qc")
    nurse = g.person("qc", True)
    kid = g.relative(pt, g.rng.random() < 0.5, "child")
    platform, domain = g.pick(QC_PLATFORMS)
    town, fsa, streets = g.pick(QC_TOWNS)
    ymd, seen = g.ymd(1944, 1990), g.base(2023, 2025)
    french = g.rng.random() < 0.6
    handle = L("ACCOUNT_NUMBER", g.pick((f"{ascii_fold(pt.first).lower()}.{ascii_fold(pt.last)[0].lower()}{ymd[0] % 100}",
                                         f"{ascii_fold(pt.first)[0].lower()}{ascii_fold(pt.last).lower().replace('-', '')}_{ymd[0]}",
                                         f"{ascii_fold(pt.last).lower().replace('-', '')}{g.digits(3)}")))
    address = L("LOCATION", f"{g.rng.randint(12, 2400)} {g.pick(streets)}{g.pick(('', f', app. {g.rng.randint(1, 12)}'))}, {town} (Québec) "
                            f"{fsa} {g.digits(1)}{g.pick('ABCEGHJKLMNPRSTVXY')}{g.digits(1)}")
    pharmacy = L("ORGANIZATION", f"Pharmacie {g.firm_name('qc')} et {g.firm_name('qc')}")
    t = [g.rng.randint(7, 20), g.rng.randint(0, 45)]

    def at() -> str:
        t[1] += g.rng.randint(0, 3)
        return f"[{t[0]:02d}:{min(t[1], 59):02d}]"

    nam = g.ramq(pt, ymd, spaced=g.rng.random() < 0.5)
    born = g.dob("qc", ymd)
    sin = g.rng.random() < 0.35
    title = "Mme" if pt.female else "M."
    fx = [K(f) for f in findings]
    rx = [K(p) for p in plan]

    def say(fr: str, en: str) -> str:
        return fr if french else en

    lines = [
        f"{L('ORGANIZATION', platform)} -- {say('clavardage', 'chat')} {L('CASE_NUMBER', f'VC-{seen.year}-{g.digits(6)}')} -- {g.day('qc', seen)}",
        f"{at()} Système: {say('Patient(e) vérifié(e)', 'Patient verified')}: {handle}. {K('Law 25 (Act respecting the protection of personal information in the private sector)')} "
        f"notice accepted.",
        f"{at()} {handle}: {say('bonjour', 'hi')} {say('cest', 'its')} {pt.lower_full()}{g.pick(('', ' ', '!!'))} {say(fr_complaint, en_complaint)}",
        f"{at()} {say('Infirmière', 'Nurse')} {nurse.given()}: {say('Bonjour', 'Hello')} {title} {pt.sur()}, "
        f"{say('pouvez-vous me confirmer votre numéro d’assurance maladie et votre date de naissance?', 'can you confirm your health card number and date of birth?')}",
        f"{at()} {handle}: {nam} {say('née le' if pt.female else 'né le', 'born')} {born}",
    ]
    if sin:
        lines.append(f"{at()} {handle}: {say('oups jai mis mon nas aussi', 'oops i put my sin too')} {g.sin()} {say('dsl', 'sorry')}")
        lines.append(f"{at()} {say('Infirmière', 'Nurse')} {nurse.given()}: {say('Pas de problème, je l’ai retiré du dossier. Ne l’envoyez pas ici svp.', 'No problem, I removed it from your file. Please never send it here.')}")
    lines += [
        f"{at()} {say('Infirmière', 'Nurse')} {nurse.given()}: {say('Merci. Le Dr', 'Thanks. Dr')} {doc.sur()} {say('va vous voir en vidéo dans quelques minutes.', 'will see you on video in a few minutes.')}",
        f"{at()} Système: {say('lien vidéo', 'video link')} {L('URL', f'https://visio.{domain}/s/' + ''.join(g.pick('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(10)))}",
        f"{at()} Dr {doc.full()}: {say('Résumé de la consultation', 'Visit summary')}: {'; '.join(fx)}"
        + (f"; {say('probable', 'likely')} {K(eponym_term)}" if eponym_term and 'Gilbert' in eponym_term else
           f"; {say('à éliminer', 'rule out')} {K(eponym_term)}" if eponym_term else "") + f". Plan: {'; '.join(rx)}.",
        f"{at()} {handle}: {say('ok merci bcp. ma fille', 'ok thanks. my daughter') if kid.female else say('ok merci bcp. mon gars', 'ok thanks. my son')} "
        f"{kid.lower_first()} {say('va aller le chercher, je suis au', 'will pick it up, i live at')} {address}, tel {g.phone('qc')}",
        f"{at()} Système: {say('Ordonnance transmise à', 'Prescription faxed to')} {pharmacy}, {g.phone('qc')}. "
        f"{say('Questions', 'Questions')}: {L('EMAIL_ADDRESS', 'soins@' + domain)}",
    ]
    return say("Résume cette consultation pour le dossier.", "Summarise this virtual visit for the chart."), "\n".join(lines), \
        f"{pt.full()}: {rx[0]}."



MY_CLINICS = (("Klinik Keluarga Bukit Mertajam", "07", "04"), ("Poliklinik Seri Manjung", "08", "05"), ("Klinik Pakar Kanak-Kanak Taman Molek", "01", "07"),
              ("Klinik Mediviron Taman Tun Dr Ismail", "14", "03"), ("Klinik Dr. Gan & Rakan-Rakan, Ipoh", "08", "05"))
MY_SERVICES = ("CallCare Answering Sdn Bhd", "NightDesk Malaysia Sdn Bhd", "TeleJawab Sdn Bhd")
MY_LABS = ("Lablink Ipoh", "Pathlab Penang", "BP Diagnostic Centre Johor Bahru")
MY_ADDRESSES = ("No. {k}, Jalan Kenari {m}, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang", "{n}, Lorong Seri Manjung {m}, 32040 Seri Manjung, Perak",
                "No. {n}, Jalan Molek 2/{k}, Taman Molek, 81100 Johor Bahru, Johor", "Blok B-{k}-{m}, Pangsapuri Seri Teratai, 47100 Puchong, Selangor")
MY_CALLS = ("child_fever", "refill", "lab", "spelled", "insurer")


def answering_service(g: Gen) -> tuple[str, str, str]:
    clinic, state, area = g.pick(MY_CLINICS)
    service = g.pick(MY_SERVICES)
    night = g.base(2023, 2025)
    operator = g.person(g.pick(("ms", "mc", "mi")), True)
    doctor = g.person(g.pick(("mc", "mi", "ms")))
    kinds = g.rng.sample(MY_CALLS, g.rng.randint(3, 4))
    hours = sorted(g.rng.sample(range(18, 30), len(kinds)))
    messages, urgent = [], []
    for i, (kind, hour) in enumerate(zip(kinds, hours), 1):
        c = g.pick(("ms", "mc", "mi"))
        head = f"MSG {i} | {g.clock('my', hour % 24)} | "
        if kind == "child_fever":
            parent = g.person(c)
            kid = g.relative(parent, g.rng.random() < 0.5, "child")
            platelets = g.rng.randint(62, 140)
            text = (f"\"hello doctor this is {parent.given() if c == 'ms' else parent.full()}, my {'daughter' if kid.female else 'son'} {kid.given()} "
                    f"fever since {g.pick(('Sunday', 'Saturday', 'Monday'))} already, the lab say {K('dengue NS1 antigen positive')} and "
                    f"{K(f'platelet count {platelets} x 10^9/L')}, {g.pick(('can or not', 'boleh tak', 'is it ok'))} wait until morning? [inaudible] "
                    f"please call back at {L('PHONE_NUMBER', spoken(g.shape(g.pick(('012-### ####', '019 ### ####')))))}\"")
            messages.append(f"{head}caller: {parent.full()} (parent) | callback: see transcript\n  Transcript (auto): {text}")
            if platelets < 100:
                urgent.append((i, kid, hour))
        elif kind == "refill":
            pt = g.person(c, g.rng.random() < 0.5)
            ymd = g.ymd(1942, 1970)
            written, said = g.mykad(pt, ymd, state)
            drug = K(g.pick(("metformin 850 mg BD", "gliclazide 80 mg OD", "amlodipine 10 mg OD", "atorvastatin 20 mg ON", "insulin glargine 100 units/ml")))
            text = (f"\"{g.pick(('assalamualaikum', 'hello', 'hello hello'))}, my name is {pt.full()}, {g.pick(('i', 'I'))} finish my {drug} already, "
                    f"my IC number is {said}. tomorrow morning {g.pick(('my son', 'my daughter', 'the neighbour'))} will come collect, thank you ya\"")
            messages.append(f"{head}caller: {pt.official()} | IC on file: {written} | callback: {g.phone('my')}\n  Transcript (auto): {text}")
        elif kind == "lab":
            pt, staff, lab = g.person(c), g.person(g.pick(("ms", "mc", "mi"))), L("ORGANIZATION", g.pick(MY_LABS))
            written, _ = g.mykad(pt, g.ymd(1950, 1995), state)
            result = K(g.pick(("potassium 6.4 mmol/L", "sodium 118 mmol/L", "haemoglobin 6.1 g/dL", "INR 5.8", "troponin I 2.4 ng/mL")))
            text = (f"\"good evening, {staff.full()} calling from {lab}, critical result for your patient {pt.official()}, IC "
                    f"{written}, {result}, sample taken {g.stamp('my', night, g.rng.randint(9, 16))}. please acknowledge, reference "
                    f"{L('CASE_NUMBER', g.letters(2) + g.digits(7))}\"")
            messages.append(f"{head}caller: {staff.full()} ({lab}) | callback: {g.phone('my')}\n  Transcript (auto): {text}")
            urgent.append((i, pt, hour))
        elif kind == "spelled":
            pt = g.person("mc")
            spelled = "-".join(pt.last.upper())
            he = "she" if pt.female else "he"
            text = (f"\"yes hello, appointment tomorrow for my {'mother' if pt.female else 'father'}, the name is {L('PERSON', pt.last)}, "
                    f"{L('PERSON', spelled)}, {L('PERSON', pt.first)}, {he} is -- sorry, {he} was diabetic last time, the {K('HbA1c')} test, must fast or not? "
                    f"we stay at {L('LOCATION', g.fill(g.pick(MY_ADDRESSES)))}. call me {g.phone('my')}\"")
            messages.append(f"{head}caller: unknown (family of a patient) | callback: see transcript\n  Transcript (auto): {text}")
        else:
            pt, agent = g.person(c), g.person(g.pick(("ms", "mc", "mi")))
            text = (f"\"hi, this is {agent.given()} from the panel TPA, about the guarantee letter for {pt.full()}, member ID "
                    f"{L('HEALTH_ID', 'PMC-' + g.digits(7))}, admission for {K(g.pick(('laparoscopic appendicectomy', 'dengue fever with warning signs', 'acute gastroenteritis with dehydration')))}"
                    f", limit {K('RM 8,000')}, please fax the {K('GL form')} to {g.phone('my')}\"")
            messages.append(f"{head}caller: {agent.full()} (insurer) | callback: {g.phone('my')}\n  Transcript (auto): {text}")
    action = ("\n".join(f"Escalated to Dr {doctor.sur()} at {g.clock('my', (hour + 1) % 24)}: message {i} ({p.given()})."
                        for i, p, hour in urgent) or "No message needed the on-call doctor.")
    body = (f"{L('ORGANIZATION', service)} -- after-hours message log for {L('ORGANIZATION', clinic)}\n"
            f"Night of {g.day('my', night)}; operator on duty: {operator.given()}; on-call doctor: Dr {doctor.full()} ({g.phone('my')})\n"
            f"Speech-to-text transcripts are unedited; operator notes in brackets.\n\n" + "\n\n".join(messages) + f"\n\n{action}")
    return "Which messages need a call back first thing, and why?", body, \
        ("Call back first: " + ", ".join(f"message {i}" for i, _, _ in urgent) + ".") if urgent else "Nothing urgent; routine call-backs in the morning."


SHIP_MANAGERS = ("Kvarner Ship Management d.o.o.", "Adria Bulk Shipping d.o.o.", "Lošinj Maritime Services d.o.o.", "Dalmacija Tankers d.o.o.")
SHIP_NAMES = ("Velebit Star", "Učka Trader", "Adriatic Lark", "Mosor", "Biokovo Spirit", "Sveti Vid")
SHIP_PORTS = (("Algeciras", "Hospital Punta de Europa", "Bahía Consignatarios S.L."), ("Piraeus", "Tzaneio General Hospital", "Aegean Maritime Agency S.A."),
              ("Port Said", "Port Said General Hospital", "Suez Canal Marine Agency"), ("Valletta", "Mater Dei Hospital", "Grand Harbour Agencies Ltd"),
              ("Singapore", "Ng Teng Fong General Hospital", "Straits Port Agency Pte Ltd"))
SHIP_CASES = (  # (complaint, observations, treatment, working diagnosis)
    ("fever, rigors and left flank pain since the morning watch", ("temperature 39.2 °C", "urine dipstick: blood 2+, nitrite positive"),
     ("ciprofloxacin 500 mg BD", "paracetamol 1 g QDS"), "pyelonephritis"),
    ("crush injury of the right hand between a hatch cover and the coaming", ("capillary refill under 2 s", "deformity over the 4th metacarpal"),
     ("tramadol 50 mg PO", "a volar slab from the medicine chest"), "closed fracture of the 4th metacarpal"),
    ("central chest pain and sweating while on watch", ("pulse 104, irregular", "BP 150/95 mmHg"),
     ("aspirin 300 mg chewed", "glyceryl trinitrate 400 µg SL"), "suspected acute coronary syndrome"),
    ("right lower abdominal pain and vomiting", ("tenderness at McBurney's point", "temperature 38.4 °C"),
     ("ceftriaxone 1 g IM", "metronidazole 500 mg PO TDS"), "suspected acute appendicitis"),
    ("burn to the left forearm from a steam line in the engine room", ("partial-thickness burn of 3% TBSA",),
     ("silver sulfadiazine 1% cream", "ibuprofen 400 mg TDS"), "partial-thickness burn"),
)  # fmt: skip
MM_HOMES = ("No. {n}, Bo Aung Kyaw Street, Botahtaung Township, Yangon", "No. {k}, {m}th Street, Aye Mya Thida Ward, Thingangyun Township, Yangon",
            "Kyauk Myaung Ward, Tamwe Township, Yangon", "No. {n}, Zeyar Street, Ward {k}, Pathein, Ayeyarwady Region")
HR_HOMES = ("Ulica Ivana Gorana Kovačića {k}, 51000 Rijeka", "Put Supavla {n}, 21000 Split", "Zagrebačka ulica {k}, 51557 Cres", "Obala kralja Tomislava {k}, 23000 Zadar")
RANKS = {"mm": ("AB", "OS", "Oiler", "Fitter", "Cook", "Wiper"), "hr": ("3/E", "Bosun", "2/E", "Electrician")}


def ship_medical_log(g: Gen) -> tuple[str, str, str]:
    culture = "mm" if g.rng.random() < 0.6 else "hr"
    pt = g.person(culture, False)
    master, officer = g.person("hr", False), g.person("hr")
    witness = g.person("mm" if culture == "hr" else "hr", False)
    kin = g.relative(pt, True, "spouse")
    complaint, obs, tx, dx = g.pick(SHIP_CASES)
    port, hospital, agent = g.pick(SHIP_PORTS)
    start = g.base(2023, 2025)
    rank = g.pick(RANKS[culture])
    lat, lon = f"{g.rng.randint(30, 40)}°{g.rng.randint(0, 59):02d}'N", f"{g.rng.randint(5, 32):03d}°{g.rng.randint(0, 59):02d}'E"
    ids = (f"CDC {L('NATIONAL_ID', 'MMR' + g.digits(6))}, NRC {g.nrc()}" if culture == "mm"
           else f"seaman's book {L('NATIONAL_ID', g.pick(('RI', 'ST', 'ZD')) + '-' + g.digits(5))}, OIB {g.oib()}, HZZO insured no. {L('HEALTH_ID', g.digits(9))}")
    o, t = [K(x) for x in obs], [K(x) for x in tx]
    kin_line = (f"Next of kin (crew list): wife {kin.full()}, {L('PHONE_NUMBER', '+95 9 ' + g.digits(3) + ' ' + g.digits(3) + ' ' + g.digits(3))}, "
                f"{g.place(MM_HOMES)}" if culture == "mm" else
                f"Next of kin (crew list): wife {kin.full()}, {g.phone('hr')}, {g.place(HR_HOMES)}")
    entries = [
        f"{g.stamp('sea', start, g.rng.randint(0, 11))}  Pos. {lat} {lon}. {rank} {pt.full()} reported to the bridge with {complaint}. "
        f"Seen by the medical officer, 2/O {officer.full()}. Observations: {'; '.join(o)}.",
        f"{g.stamp('sea', start, g.rng.randint(12, 15))}  Radio medical advice requested through TMAS (Inmarsat C and e-mail), "
        f"the {K('International Medical Guide for Ships, 3rd edition')} followed meanwhile. Advice: {dx}; give {t[0]}"
        + (f" and {t[1]}" if len(t) > 1 else "") + "; observations every 4 hours; divert if worse.",
        f"{g.stamp('sea', start, g.rng.randint(16, 23))}  Master informed; {rank} {pt.sur() if culture == 'hr' else pt.given()} relieved of duties. "
        f"Owners and the agent at {L('LOCATION', port)}, {L('ORGANIZATION', agent)}, asked to arrange a shore doctor on arrival.",
        f"{g.day('sea', start, g.rng.randint(1, 3))}  Arrived {L('LOCATION', port)}; the patient disembarked and was admitted to "
        f"{L('ORGANIZATION', hospital)}. Personal effects and {K(f'USD {g.rng.randint(400, 2900):,}.00')} wages in cash handed to the agent against receipt, witnessed by "
        f"{g.pick(('AB', 'Oiler', 'Cook', '3/O'))} {witness.full()}.",
    ]
    if g.rng.random() < 0.5:
        entries.insert(2, f"{g.stamp('sea', start, g.rng.randint(12, 15))}  Medicine issued from the {K('Medical Chest Category A')}: {t[0]}, "
                          f"{K('batch ' + g.letters(2) + g.digits(5) + ', exp. ' + str(g.rng.randint(1, 12)).zfill(2) + '/' + str(start.year + 2))}.")
    body = (f"MEDICAL LOG BOOK -- extract for the P&I correspondent\nM/V {g.pick(SHIP_NAMES)}   IMO {g.imo()}   Call sign "
            f"{L('LICENSE_NUMBER', '9H' + g.letters(2) + g.digits(1) + g.pick(('', '0', '1')))}   Flag: Malta\n"
            f"Managers: {L('ORGANIZATION', g.pick(SHIP_MANAGERS))}, {L('LOCATION', g.pick(('Rijeka', 'Split', 'Mali Lošinj', 'Zadar')))}\n"
            f"Patient: {pt.official()}, {rank}, {'Myanmar' if culture == 'mm' else 'Croatian'}; born {g.dob('sea', g.ymd(1968, 2001))}; {ids}\n"
            f"{kin_line}\n\n" + "\n".join(entries) + "\n\n"
            f"Signed: {master.official()}, Master        {officer.official()}, 2/O (medical officer)\n"
            f"Under {K('MLC, 2006, Regulation 4.1')}, the seafarer's wages continue until repatriation.")
    return "Write the two-line summary the owners' P&I club asked for.", body, \
        f"{pt.full()} ({rank}): {dx}; treated with {t[0]} and landed at {L('LOCATION', port)}."


HK_INSTITUTIONS = {False: ("Lai Chi Kok Reception Centre", "Stanley Prison", "Pik Uk Correctional Institution", "Shek Pik Prison", "Siu Lam Psychiatric Centre"),
                   True: ("Lo Wu Correctional Institution", "Tai Lam Centre for Women", "Siu Lam Psychiatric Centre")}
HK_HOSPITALS = ("Princess Margaret Hospital", "Queen Elizabeth Hospital", "Prince of Wales Hospital", "Tuen Mun Hospital", "Kwai Chung Hospital")
HK_HOMES = ("Flat {k}, {m}/F, Block C, Sau Mau Ping Estate, Kwun Tong, Kowloon", "Room {n}, {k}/F, Fu Shin House, Tai Po, New Territories",
            "Flat {X}, {k}/F, {n} Fuk Wa Street, Sham Shui Po, Kowloon", "Flat {k}{X}, Block {m}, Tung Chung Crescent, Lantau Island",
            "{k}/F, {n} Chun Yeung Street, North Point, Hong Kong")
HK_CASES = (  # (history, medication, plan) -- every item a protected term
    (("opioid dependence on the Methadone Treatment Programme", "hepatitis C antibody positive, HCV RNA 2.1 x 10^6 IU/mL"),
     ("methadone 55 mg daily, last dose given at 08:10", "sofosbuvir/velpatasvir 400/100 mg daily (week 4 of 12)"),
     ("continue methadone without a break", "complete the HCV course; SVR12 check")),
    (("schizophrenia, two psychiatric admissions", "metabolic syndrome, BMI 31"),
     ("paliperidone palmitate 150 mg IM monthly, next due in 9 days", "metformin 500 mg BD"),
     ("mental state review within 7 days", "suicide risk: low (SAD PERSONS 2)")),
    (("type 2 diabetes with peripheral neuropathy", "HbA1c 9.4%"),
     ("insulin isophane 24 units at night", "gliclazide 80 mg BD"),
     ("capillary glucose QID for a week", "podiatry review")),
    (("alcohol dependence, last drink 3 days before admission", "CIWA-Ar 14 on reception"),
     ("chlordiazepoxide 20 mg QID, reducing", "thiamine 100 mg TDS"),
     ("withdrawal monitoring with CIWA-Ar every 4 hours",)),
    (("latent tuberculosis, IGRA positive, chest X-ray clear", "asthma, GINA step 2"),
     ("isoniazid 300 mg daily with pyridoxine 10 mg (month 3 of 6)", "budesonide/formoterol 160/4.5 µg as needed"),
     ("directly observed isoniazid therapy", "liver function tests monthly")),
)  # fmt: skip
HK_OFFENCES = ("trafficking in a dangerous drug, contrary to section 4 of the Dangerous Drugs Ordinance (Cap. 134)",
               "possession of a dangerous drug, contrary to section 8 of the Dangerous Drugs Ordinance (Cap. 134)",
               "theft, contrary to section 9 of the Theft Ordinance (Cap. 210)", "wounding, contrary to section 19 of the Offences against the Person Ordinance (Cap. 212)")


def prison_transfer(g: Gen) -> tuple[str, str, str]:
    female = g.rng.random() < 0.3
    pi = g.person("hk", female)
    mother = g.relative(pi, True, "parent")
    doc, nurse, officer = g.person("hk"), g.person("hk"), g.person("hk")
    origin, dest = g.rng.sample(HK_INSTITUTIONS[female], 2)
    moved = g.base(2023, 2025)
    history, meds, plan = g.pick(HK_CASES)
    h, m, p = [K(x) for x in history], [K(x) for x in meds], [K(x) for x in plan]
    court = f"{g.pick(('DCCC', 'KTCC', 'WKCC', 'FLCC', 'HCCC', 'ESCC'))} {g.rng.randint(12, 2999)}/{moved.year - g.rng.randint(0, 1)}"
    aka = f" (a.k.a. {L('PERSON', pi.english)})" if pi.english else ""
    hn = f"HN{g.digits(8)}({g.pick('0123456789')})"
    mental = (f"Under {K('section 45 of the Mental Health Ordinance (Cap. 136)')} the transfer was approved by the Superintendent. "
              if dest == "Siu Lam Psychiatric Centre" else "")
    calls = g.pick((f"The PI asked that {'her' if female else 'his'} mother, {mother.full()}, be told of the move; she was called on {g.phone('hk')}.",
                    f"Next of kin on the warrant: mother {mother.whole()}, {g.place(HK_HOMES)}, tel. {g.phone('hk')}.",
                    f"Visits: {'her' if female else 'his'} mother ({mother.full()}) visits monthly; address on file {g.place(HK_HOMES)}."))
    body = (f"CORRECTIONAL SERVICES DEPARTMENT -- {L('ORGANIZATION', origin)}, medical unit\nMEDICAL SUMMARY ON INTER-INSTITUTIONAL TRANSFER (restricted)\n\n"
            f"PI: {pi.official()}{aka}   PI no. {L('CASE_NUMBER', g.digits(6))}   HKID {g.hkid()}\n"
            f"Sentence: {g.rng.randint(4, 60)} months; {K(g.pick(HK_OFFENCES))} ({L('CASE_NUMBER', court)})\n"
            f"Transfer: to {L('ORGANIZATION', dest)} on {g.stamp('hk', moved, g.rng.randint(7, 11))}, escorted.\n"
            f"History: {h[0]}; {h[1]}. HA patient no. {L('HEALTH_ID', hn)}; last seen at the "
            f"{L('ORGANIZATION', g.pick(HK_HOSPITALS))} specialist out-patient clinic on {g.day('hk', moved, -g.rng.randint(10, 90))}.\n"
            f"Current medication: {m[0]}; {m[1]}.\nPlan at the receiving institution: " + "; ".join(p) + ".\n"
            f"{mental}{calls}\n\n"
            f"Medical Officer: Dr {doc.full()} (MCHK reg. no. {L('LICENSE_NUMBER', 'M' + g.digits(5))})   "
            f"Nurse: {g.pick(('Officer', 'Senior Officer'))} {nurse.official()}\nHanded over to {g.pick(('Principal Officer', 'Officer'))} {officer.full()} "
            f"of the escort team.")
    return "What must the receiving institution's hospital do in the first week?", body, f"{pi.official()}: " + "; ".join(p) + "."


VN_CLINICS = (("Saigon International Medical Centre", "079", ("Số {n} đường Nguyễn Trãi, phường {k}, quận 5, TP. Hồ Chí Minh", "{n}/{k} Lê Văn Sỹ, phường 14, quận 3, TP. Hồ Chí Minh",
                                                             "Số {k} đường số {m}, khu phố {m}, phường Linh Trung, TP. Thủ Đức")),
              ("Hanoi Family Medical Practice", "001", ("Số {k} ngõ {n} phố Chùa Láng, phường Láng Thượng, quận Đống Đa, Hà Nội",
                                                                   "Số {n} phố Kim Mã, phường Ngọc Khánh, quận Ba Đình, Hà Nội")),
              ("Đà Nẵng Gia Đình Clinic", "048", ("Tổ {k}, phường Hòa Khánh Bắc, quận Liên Chiểu, Đà Nẵng", "Số {n} đường Ông Ích Khiêm, quận Hải Châu, Đà Nẵng")))
VN_DESTINATIONS = {
    "Canada": (("{n} Eglinton Avenue West, Unit {k}, Mississauga, ON L5R 3E7", "{n} Kingsway, Vancouver, BC V5V 3C9", "{n} rue Jean-Talon Est, Montréal, QC H2E 1T9"),
               "spouse sponsorship (family class)"),
    "Australia": (("{k}/{n} Hopkins Street, Footscray VIC 3011", "{n} John Street, Cabramatta NSW 2166", "{k} Inala Avenue, Inala QLD 4077"),
                  "partner visa (subclass 820/801)"),
}  # fmt: skip
VN_FINDINGS = ("BMI 22.6", "BP 124/78 mmHg", "visual acuity 6/6 both eyes", "urinalysis: protein negative, glucose negative", "creatinine 71 µmol/L",
               "HbA1c 6.0%", "hepatitis B surface antigen negative", "syphilis: RPR non-reactive", "HIV-1/2 antigen/antibody non-reactive")
VN_CHEST = (("chest X-ray: no abnormality", "IGRA (QuantiFERON-TB Gold Plus) negative", None),
            ("chest X-ray: fibrotic scarring of the right upper lobe", "IGRA (QuantiFERON-TB Gold Plus) positive",
             "treated pulmonary TB in 2015 (2RHZE/4RH); three sputum smears and cultures required before clearance"),
            ("chest X-ray: calcified granuloma, left lower zone", "IGRA (QuantiFERON-TB Gold Plus) negative", None))


def immigration_medical(g: Gen) -> tuple[str, str, str]:
    clinic, province, homes = g.pick(VN_CLINICS)
    country = g.pick(VN_DESTINATIONS)
    abroad, purpose = VN_DESTINATIONS[country]
    app = g.person("vn")
    sponsor = g.relative(app, not app.female, "spouse")
    doc, radiographer = g.person("vn"), g.person("vn")
    interpreter = g.person("vn") if g.rng.random() < 0.4 else None
    ymd, seen = g.ymd(1960, 2003), g.base(2023, 2025)
    cxr, igra, tb = g.pick(VN_CHEST)
    fx = [K(x) for x in g.rng.sample(VN_FINDINGS, 4)]
    refs = (f"UCI {L('NATIONAL_ID', f'{g.digits(2)}-{g.digits(4)}-{g.digits(4)}' if g.rng.random() < 0.5 else f'{g.digits(4)}-{g.digits(4)}')}   "
            f"IME no. {L('CASE_NUMBER', g.pick('12') + g.digits(7))}" if country == "Canada" else
            f"HAP ID {L('CASE_NUMBER', '8' + g.digits(10))}   TRN {L('CASE_NUMBER', 'EGO' + g.digits(7))}")
    title = "chị" if app.female else "anh"
    result = (f"Result: incomplete -- {K(tb)}; the case is referred to the {K('TB treatment programme')}." if tb else
              f"Result: no condition of public-health concern found; {K('grade A (no significant findings)')}.")
    body = (f"{L('ORGANIZATION', clinic)} -- IMMIGRATION MEDICAL EXAMINATION for {country} (eMedical record, English)\n"
            f"{refs}\nApplicant: {app.official()}   Sex: {'F' if app.female else 'M'}   Date of birth: {g.dob('vn', ymd)}\n"
            f"Passport: {L('NATIONAL_ID', g.pick('CP') + g.digits(7))}   Citizen ID (CCCD): {g.cccd(app, ymd, province)}\n"
            f"Address in Viet Nam: {g.place(homes)}   Mobile: {g.phone('vn')}   E-mail: {g.email(app, g.pick(('gmail.com', 'yahoo.com.vn')))}\n"
            f"Purpose: {purpose}; sponsor {sponsor.full()}, of {g.place(abroad)}\n"
            f"Identity checked against the passport photograph by the radiographer, {radiographer.full()}, on {g.stamp('vn', seen, g.rng.randint(7, 10))}"
            + (f"; interpreter {interpreter.full()} present at the applicant's request" if interpreter else "") + ".\n\n"
            f"History: {g.pick(('no serious illness', 'appendicectomy at age 19', 'hypertension, on amlodipine 5 mg', 'two caesarean sections'))}. "
            f"The applicant, called {title} {app.sur()} by the staff, answered every question herself." .replace("herself", "herself" if app.female else "himself")
            + f"\nExamination: {fx[0]}; {fx[1]}.\nTests: {K(cxr)}; {K(igra)}; {fx[2]}; {fx[3]}.\n{result}\n\n"
            f"Examining physician: Dr {doc.full()}, practising certificate {L('LICENSE_NUMBER', g.digits(6) + '/' + g.pick(('HCM', 'HNO', 'DNA')) + '-CCHN')}")
    return "Is the medical examination complete, and what is outstanding?", body, \
        (f"Incomplete for {app.full()}: {K(tb)}." if tb else f"Complete for {app.full()}; nothing outstanding.")


BG_TOWNS = (("Plovdiv", ("ul. Tsar Simeon {k}, et. {m}, ap. {n}, Plovdiv 4000", "zh.k. Trakia, bl. {n}, vh. {X}, ap. {k}, Plovdiv 4023")),
            ("Varna", ("zh.k. Mladost, bl. {n}, vh. {X}, ap. {k}, Varna 9000", "ul. Dragoman {k}, Varna 9002")),
            ("Veliko Tarnovo", ("ul. Vasil Levski {k}, Veliko Tarnovo 5000", "bul. Bulgaria {n}, ap. {k}, Veliko Tarnovo 5000")),
            ("Sofia", ("zh.k. Lyulin {m}, bl. {n}, ap. {k}, Sofia 1324", "ul. Pirotska {k}, et. {m}, Sofia 1303")))
BG_FORMULAS = (  # (preparation, ingredients, checks, use)
    ("salicylic acid ointment 5%", ("Acidum salicylicum 5.0 g", "Vaselinum album ad 100.0 g"), ("appearance: homogeneous, white", "final mass 100.3 g"),
     "apply twice daily to the plaques on the elbows"),
    ("zinc oxide paste", ("Zinci oxidum 25.0 g", "Amylum tritici 25.0 g", "Vaselinum album ad 100.0 g"), ("appearance: homogeneous", "final mass 99.8 g"),
     "apply at every nappy change"),
    ("hydrocortisone cream 1%", ("Hydrocortisoni acetas 1.0 g", "Unguentum emulsificans aquosum ad 100.0 g"), ("pH 5.6", "final mass 100.1 g"),
     "apply thinly once daily for up to 7 days"),
    ("minoxidil solution 5%", ("Minoxidilum 5.0 g", "Propylenglycolum 20.0 ml", "Ethanolum 96% 50.0 ml", "Aqua purificata ad 100.0 ml"),
     ("clear, colourless solution", "volume 100 ml"), "1 ml to the scalp twice daily"),
    ("captopril oral suspension 1 mg/ml", ("Captoprilum 100 mg", "Acidum ascorbicum 50 mg", "Aqua purificata ad 100.0 ml"), ("pH 3.4", "volume 100 ml"),
     "0.5 ml (0.5 mg) three times daily; keep in the fridge, 14 days"),
    ("metronidazole 2% in cold cream", ("Metronidazolum 2.0 g", "Unguentum leniens ad 100.0 g"), ("appearance: homogeneous", "final mass 100.0 g"),
     "apply to the face at night"),
)  # fmt: skip
BG_BALANCES = ("Sartorius Entris II BCE224I-1S", "Kern ABJ 220-4NM", "Radwag AS 220.R2 PLUS")
BG_CLINICS = ("DKTs {k} {town}", "MTsDT {town}", "Meditsinski tsentar Sv. Panteleimon, {town}", "UMBAL Sv. Georgi, {town}")


def compounding_record(g: Gen) -> tuple[str, str, str]:
    town, homes = g.pick(BG_TOWNS)
    prep, ingredients, checks, use = g.pick(BG_FORMULAS)
    child = prep.startswith("captopril") or prep == "zinc oxide paste"
    parent = g.person("bg")
    pt = g.relative(parent, g.rng.random() < 0.5, "child") if child else parent
    doc, pharmacist, checker = g.person("bg"), g.person("bg"), g.person("bg")
    made = g.base(2023, 2025)
    pharmacy = L("ORGANIZATION", f"Apteka {g.firm_name('bg', surname=False)}" if g.rng.random() < 0.5 else f"Apteka {g.pick(('Zdrave', 'Lipa', 'Edelvais', 'Sv. Nikola'))} {town}")
    born = g.ymd(2021, 2024) if child else g.ymd(1940, 2000)
    rows = []
    for ing in ingredients:
        lot = f"lot {g.pick(('', 'L', 'CH'))}{g.digits(6)}"
        exp = f"exp. {g.rng.randint(1, 12):02d}/{made.year + g.rng.randint(1, 3)}"
        rows.append(f"  {K(ing)} -- {K(lot + ', ' + exp)} -- weighed {g.rng.randint(1, 2)}x, initialled {pharmacist.initial_dot()}")
    ck = [K(c) for c in checks]
    clinic = L("ORGANIZATION", g.pick(BG_CLINICS).format(k=g.rng.randint(1, 14), town=town))
    who = (f"Patient: {pt.whole()}, EGN {g.egn(pt, born)}; parent {parent.whole()}, tel. {g.phone('bg')}" if child else
           f"Patient: {pt.whole()}, EGN {g.egn(pt, born)}, tel. {g.phone('bg')}")
    body = (f"{pharmacy}, {g.place(homes)}   EIK {g.eik()}\n"
            f"MAGISTRAL PREPARATION RECORD (compounding log, translated) -- entry no. {g.rng.randint(40, 900)}/{made.year}\n"
            f"Prescription no. {L('CASE_NUMBER', g.digits(10))} of {g.day('bg', made, -g.rng.randint(0, 2))}, "
            f"Dr {doc.full()} (UIN {L('LICENSE_NUMBER', g.digits(10))}), {clinic}\n{who}\n"
            f"Preparation: {K(prep)}, quantity as prescribed\nIngredients (substance -- batch -- weighing):\n" + "\n".join(rows) + "\n"
            f"Balance: {K(g.pick(BG_BALANCES))}, checked against the 100 g reference weight at {g.clock('bg', g.rng.randint(8, 10))}\n"
            f"Method: per {K('Ph. Eur. 11th edition')}, general monographs; in-process checks {ck[0]}; {ck[1]}\n"
            f"Label: \"{use}\"; shelf life {g.pick(('14 days', '1 month', '3 months'))} from {g.day('bg', made)}\n"
            f"Compounded by: master pharmacist {pharmacist.full()}, BPhU reg. no. {L('LICENSE_NUMBER', g.digits(5))}; checked by {checker.full()}\n"
            f"Price: {K(f'BGN {g.rng.randint(6, 38)}.{g.digits(2)}')}; kept with the prescription under {K('Ordinance No. 28 of 2008 on pharmacies')}.")
    return "Was the preparation made and checked correctly? Answer for the pharmacy inspector.", body, \
        f"Yes: {K(prep)} for {pt.full()}, made by {pharmacist.full()} and checked by {checker.full()}."


IS_HOMES = ("Hraunbæ {n}, 110 Reykjavík", "Skarðshlíð {k}, 603 Akureyri", "Suðurgötu {k}, 220 Hafnarfirði", "Heiðarvegi {k}, 900 Vestmannaeyjum",
            "Tjarnargötu {n}, 230 Reykjanesbæ", "Austurvegi {k}, 800 Selfossi", "Hlíðarvegi {k}, 400 Ísafirði")
IS_BIOBANKS = (("Lífsýnasafn Landspítala (Landspítali Biobank)", "lsh.is"), ("Lífsýnasafn Sjúkrahússins á Akureyri (Akureyri Hospital Biobank)", "sak.is"),
               ("Lífsýnasafn Heilsugæslunnar (Primary Care Biobank)", "heilsugaeslan.is"))
IS_STUDIES = (("Heart and Kidney Genetics", ("eGFR 58 mL/min/1.73 m²", "LDL cholesterol 4.1 mmol/L", "whole-genome sequencing")),
              ("Hereditary Breast Cancer in Families", ("BRCA2 999del5", "mammography every two years", "whole-genome sequencing")),
              ("Glaucoma in Older Icelanders", ("intraocular pressure 24 mmHg", "LOXL1 genotyping", "optical coherence tomography")),
              ("Sleep Apnoea and Blood Pressure", ("apnoea-hypopnoea index 32/h", "24-hour ambulatory BP", "genotyping on a SNP array")))


def biobank_consent(g: Gen) -> tuple[str, str, str]:
    pt = g.person("is")
    father = g.relative(pt, False, "parent")
    mother = g.relative(pt, True, "parent")
    child = g.relative(pt, g.rng.random() < 0.5, "child") if g.rng.random() < 0.6 else None
    nurse, researcher = g.person("is", True), g.person("is")
    biobank, domain = g.pick(IS_BIOBANKS)
    study, terms = g.pick(IS_STUDIES)
    ymd, signed = g.ymd(1945, 1990), g.base(2023, 2025)
    t = [K(x) for x in terms]
    opts = [f"[{g.pick('xX')}] samples and data may be used in future studies approved by the National Bioethics Committee",
            f"[{g.pick(('x', ' '))}] I may be contacted again about new studies",
            f"[{g.pick(('x', ' '))}] findings of {K('actionable genetic variants')} may be returned to me by a genetic counsellor"]
    g.rng.shuffle(opts)
    family = [f"  Father: {father.full()}, born {g.rng.randint(ymd[0] - 40, ymd[0] - 20)}",
              f"  Mother: {mother.full()}, born {g.rng.randint(ymd[0] - 38, ymd[0] - 18)}"]
    if child:
        family.append(f"  {'Daughter' if child.female else 'Son'}: {child.full()}, kennitala {g.kennitala(g.ymd(max(ymd[0] + 20, 1975), 2010))}")
    body = (f"{L('ORGANIZATION', biobank)}\nSAMÞYKKI FYRIR ÞÁTTTÖKU Í LÍFSÝNASAFNI / BROAD CONSENT TO A BIOBANK (Icelandic and English)\n"
            f"Study: {study}, approved by the National Bioethics Committee, ref. {L('CASE_NUMBER', f'VSN-{signed.year % 100}-{g.digits(3)}')}\n\n"
            f"Participant (þátttakandi): {pt.full()}   Kennitala: {g.kennitala(ymd)}\n"
            f"Heimili / address: {g.place(IS_HOMES)}   Sími / phone: {g.phone('is')}   Netfang / e-mail: {g.email(pt, g.pick(('simnet.is', 'gmail.com', 'internet.is')))}\n"
            f"Sample no.: {L('HEALTH_ID', 'LS-' + g.digits(2) + '-' + g.digits(6))}; {K('2 x 10 ml EDTA blood')}; measurements for the study: {t[0]}; {t[1]}\n\n"
            f"Genealogy (for linking to the encrypted genealogy database; fill in as far as you know):\n" + "\n".join(family) + "\n\n"
            f"I consent to the storage of my samples in the biobank under the {K('Act on Biobanks and Health Databanks No. 110/2000')} and to their use, with "
            f"{t[2]}, under the {K('Act on Scientific Research in the Health Sector No. 44/2014')}; processing rests on {K('GDPR Article 9(2)(j)')}.\n"
            + "\n".join(opts) + "\n"
            f"I may withdraw at any time by calling {g.phone('is')} or writing to {L('EMAIL_ADDRESS', 'lifsyni@' + domain)}; my samples will then be destroyed.\n\n"
            f"Signed in {L('LOCATION', g.pick(('Reykjavík', 'Akureyri', 'Selfoss', 'Ísafjörður')))}, {g.day('is', signed)}: {pt.full()}\n"
            f"Witness: {nurse.full()}, hjúkrunarfræðingur (nurse)\n"
            f"Investigator: {researcher.full()}, {g.email(researcher, domain)}")
    return "What did the participant agree to, and how can they withdraw?", body, \
        f"{pt.given()} agreed to broad use of samples; withdrawal by phone or e-mail at any time."


EE_COURTS = (("Harju Maakohus", "Tallinna kohtumaja", "Lubja 4, 19081 Tallinn"), ("Viru Maakohus", "Narva kohtumaja", "Kerese 18, 20309 Narva"),
             ("Viru Maakohus", "Jõhvi kohtumaja", "Kooli 2, 41595 Jõhvi"), ("Tartu Maakohus", "Tartu kohtumaja", "Kalevi 1, 51010 Tartu"))
EE_HOMES = ("Sõpruse pst {n}-{k}, 13424 Tallinn", "Kalda tn {k}-{m}, 20308 Narva", "Rahu tn {n}-{k}, 30321 Kohtla-Järve", "Kesk tn {k}, 40231 Sillamäe",
            "Lasnamäe tn {n}-{k}, 11413 Tallinn", "Annelinna pst {k}-{n}, 50105 Tartu")
EE_AGENCIES = (("Baltic Sworn Translations OÜ", "bst.ee"), ("Tõlkebüroo Sõnasild OÜ", "sonasild.ee"), ("Narva Tõlkekeskus OÜ", "ntk.ee"))
EE_CHARGES = ("§ 121 of the Penal Code (physical abuse)", "§ 424 of the Penal Code (driving in a state of intoxication)", "§ 199 of the Penal Code (theft)",
              "§ 263 of the Penal Code (disorderly conduct)", "§ 120 of the Penal Code (threat)")
EE_BANKS = ("22", "10", "77", "33")


def interpreter_booking(g: Gen) -> tuple[str, str, str]:
    court, house, court_address = g.pick(EE_COURTS)
    agency, domain = g.pick(EE_AGENCIES)
    accused = g.person("ru")
    victim = g.person(g.pick(("ee", "ru")))
    counsel, prosecutor, secretary, judge = g.person("ee"), g.person("ee"), g.person("ee", True), g.person("ee")
    interp = g.person("ru")
    coordinator = g.person(g.pick(("ee", "ru")), True)
    hearing = g.base(2024, 2026)
    sent = hearing - datetime.timedelta(days=g.rng.randint(5, 20))
    ymd = g.ymd(1958, 2004)
    charge = K(g.pick(EE_CHARGES))
    kind = g.pick(("1", "1", "4"))
    case = f"{kind}-{hearing.year % 100}-{g.digits(4)}"
    hours = g.rng.randint(2, 5)
    witness_line = (f"The victim, {victim.full()}, will also testify and needs interpretation."
                    if victim.culture == "ru" else f"The victim, {victim.full()}, testifies in Estonian.")
    reply_time = g.stamp("ee", sent + datetime.timedelta(days=1), g.rng.randint(8, 17))
    body = (f"From: {g.email(secretary, 'kohus.ee')}\nTo: {L('EMAIL_ADDRESS', 'info@' + domain)}\nDate: {g.stamp('ee', sent, g.rng.randint(8, 16))}\n"
            f"Subject: Tõlgi tellimus / interpreter booking -- {'kriminaalasi' if kind == '1' else 'väärteoasi'} nr {L('CASE_NUMBER', case)}\n\n"
            f"Tere!\n\n{L('ORGANIZATION', court)} ({L('ORGANIZATION', house)}) books a sworn Russian interpreter for the hearing on "
            f"{g.stamp('ee', hearing, g.rng.randint(9, 14))}, courtroom {g.rng.randint(101, 420)}, {L('LOCATION', court_address)}, "
            f"about {hours} hours. Presiding judge: {judge.full()}.\n\n"
            f"Accused: {accused.whole()} (isikukood {g.isikukood(accused, ymd)}), {g.place(EE_HOMES)}, charged under {charge}. "
            f"{'He' if not accused.female else 'She'} does not speak Estonian; interpretation is required under {K('§ 10 of the Code of Criminal Procedure')}.\n"
            f"{witness_line}\nDefence counsel: attorney {counsel.full()}; prosecutor: {prosecutor.full()}.\n\n"
            f"Please confirm the interpreter's name and certificate number by {g.day('ee', sent, 3)}.\n\n"
            f"Lugupidamisega\n{secretary.full()}, kohtusekretär (court secretary), tel. {g.phone('ee')}\n\n"
            f"--- reply, {reply_time} ---\n"
            f"Confirmed: {interp.full()}, vandetõlk (sworn translator) under the {K('Sworn Translators Act')}, certificate no. "
            f"{L('LICENSE_NUMBER', str(g.rng.randint(12, 240)))}, mobile {g.phone('ee')}. Fee {K(f'EUR {g.rng.randint(38, 55)}.00 per hour, minimum 2 hours')}; "
            f"invoice from {L('ORGANIZATION', agency)} (registrikood {g.registrikood()}), to be paid to "
            f"{L('IBAN_CODE', iban('EE', g.pick(EE_BANKS) + g.digits(14)))}.\n{coordinator.given()}, {L('ORGANIZATION', agency)}")
    return "Who is interpreting, when and where?", body, \
        f"{interp.full()} interprets for {accused.full()} on {L('DATE_TIME', g.fmt('ee', hearing.year, hearing.month, hearing.day))} at {L('ORGANIZATION', house)}."


ES_HOSPITALS = (("Hospital Universitario Virgen del Rocío", "Sevilla", "41", ("C/ Feria {n}, {m}º {X}, 41003 Sevilla", "Avda. de la Paz {n}, bloque {k}, 41019 Sevilla",
                                                                             "C/ Pureza {n}, Triana, 41010 Sevilla")),
                ("Hospital Universitario Virgen Macarena", "Sevilla", "41", ("C/ Parras {n}, bajo {X}, 41002 Sevilla", "Barriada Pino Montano, C/ Agricultores {k}, 41008 Sevilla")),
                ("Hospital Regional Universitario de Málaga", "Málaga", "29", ("C/ Mármoles {n}, {m}º {X}, 29007 Málaga", "Avda. Carlos Haya {n}, 29010 Málaga")),
                ("Hospital Universitario Puerta del Mar", "Cádiz", "11", ("C/ Sagasta {n}, 11004 Cádiz", "Avda. de la Bahía {k}, 11012 Cádiz")),
                ("Hospital Universitario Reina Sofía", "Córdoba", "14", ("C/ Cruz Conde {k}, 14001 Córdoba", "Barrio de Fátima, C/ Libertador Simón Bolívar {n}, 14011 Córdoba")))
ES_EVENTS = (  # (kind, narrative, findings, tests, diagnosis with CIE-10, treatment, prognosis)
    ("agresión", "refiere haber sido agredido/a a puñetazos por un varón desconocido a la salida de un bar",
     ("herida inciso-contusa de 3 cm en región superciliar izquierda", "hematoma periorbitario izquierdo"), ("TC craneal sin hallazgos agudos",),
     "contusión facial con herida superciliar (CIE-10 S01.11)", ("sutura con 4 puntos de seda 4/0", "paracetamol 1 g/8 h"), "leve, salvo complicaciones"),
    ("violencia de género", "refiere agresión por parte de su pareja, {aggressor}, en el domicilio común",
     ("equimosis en ambos antebrazos en patrón de sujeción", "erosión cervical lineal de 5 cm"), ("radiografía de antebrazo derecho sin fractura",),
     "contusiones múltiples (CIE-10 T14.8)", ("cura local", "ibuprofeno 600 mg/8 h"), "leve"),
    ("tráfico", "refiere accidente de tráfico como ocupante de turismo, colisión por alcance",
     ("dolor a la palpación de musculatura paravertebral cervical", "movilidad cervical limitada"), ("radiografía de columna cervical sin lesiones óseas",),
     "esguince cervical grado I (CIE-10 S13.4)", ("collarín blando 5 días", "diazepam 5 mg/noche"), "leve"),
    ("laboral", "refiere caída desde andamio de 2 metros en obra",
     ("deformidad y dolor en muñeca derecha", "Escala de Glasgow 15"), ("radiografía: fractura distal de radio derecho",),
     "fractura de Colles derecha (CIE-10 S52.5)", ("reducción cerrada y férula antebraquial",), "menos grave"),
)  # fmt: skip
ES_POLICE = {"Sevilla": ("Comisaría de Distrito Triana", "Comisaría de Distrito Macarena", "Puesto de la Guardia Civil de Dos Hermanas"),
             "Málaga": ("Comisaría Provincial de Málaga", "Puesto de la Guardia Civil de Alhaurín de la Torre"),
             "Cádiz": ("Comisaría de Distrito Centro (Cádiz)", "Puesto de la Guardia Civil de Puerto Real"),
             "Córdoba": ("Comisaría de Distrito Córdoba Sur", "Puesto de la Guardia Civil de Palma del Río")}


def injury_report_es(g: Gen) -> tuple[str, str, str]:
    hospital, city, province, homes = g.pick(ES_HOSPITALS)
    kind, narrative, findings, tests, dx, tx, prognosis = g.pick(ES_EVENTS)
    female = True if kind == "violencia de género" else None
    pt = g.person("es", female)
    doc = g.person("es")
    kin = g.pick(("sibling", "parent"))
    companion = g.relative(pt, g.rng.random() < 0.5, kin)
    relation = {"sibling": ("hermano", "hermana"), "parent": ("padre", "madre")}[kin][companion.female]
    aggressor = g.person("es", False) if kind == "violencia de género" else None
    seen = g.base(2023, 2025)
    ymd = g.ymd(1950, 2004)
    f, t, rx = [K(x) for x in findings], [K(x) for x in tests], [K(x) for x in tx]
    nick = f" (alias \"{aggressor.nicknamed()}\")" if aggressor and aggressor.first in NICKNAMES else ""
    story = narrative.replace("agredido/a", "agredida" if pt.female else "agredido")
    if aggressor:
        story = story.replace("{aggressor}", f"{aggressor.full()}{nick}, DNI no aportado")
    law = (f"Se activa el {K('Protocolo común para la actuación sanitaria ante la violencia de género')} y se informa a la paciente de los recursos de la "
           f"{K('Ley Orgánica 1/2004, de 28 de diciembre')}. " if aggressor else "")
    judge = L("ORGANIZATION", f"Juzgado de {'Violencia sobre la Mujer' if aggressor else 'Instrucción'} nº {g.rng.randint(1, 20)} de {city}")
    police = (f"Atestado nº {L('CASE_NUMBER', f'{g.digits(5)}/{seen.year % 100}')} de la {L('ORGANIZATION', g.pick(ES_POLICE[city]))}. "
              if kind != "laboral" else f"Empresa: {L('ORGANIZATION', g.pick(('Construcciones Guadalquivir S.L.', 'Reformas Axarquía S.L.', 'Obras Bahía Sur S.A.')))}; "
              f"se comunica como accidente de trabajo a la mutua. ")
    body = (f"{L('ORGANIZATION', 'SERVICIO ANDALUZ DE SALUD')} -- {L('ORGANIZATION', hospital)}\nPARTE AL JUZGADO DE GUARDIA POR LESIONES / INFORME DE ASISTENCIA\n\n"
            f"Paciente: {pt.full()}   Sexo: {'mujer' if pt.female else 'varón'}   Fecha de nacimiento: {g.dob('es', ymd)}\n"
            f"NUSS: {g.nuss(province)}   NUHSA: {L('HEALTH_ID', 'AN' + g.digits(10))}   NHC: {L('HEALTH_ID', g.digits(7))}\n"
            f"Domicilio: {g.place(homes)}   Teléfono: {g.phone('es')}\n"
            f"Fecha y hora de la asistencia: {g.stamp('es', seen, g.rng.randint(0, 23))}   Acompañante: {companion.full()} "
            f"({relation})\n\n"
            f"Motivo ({kind}): {story}, {g.pick(('hacia las', 'a las'))} {g.clock('es', g.rng.randint(0, 23))} de ese mismo día.\n"
            f"Exploración: {f[0]}; {f[1]}.\nPruebas: {t[0]}.\nJuicio clínico: {K(dx)}.\nTratamiento: {'; '.join(rx)}.\nPronóstico: {prognosis}.\n{law}{police}\n"
            f"Se remite el presente parte al {judge} conforme al {K('artículo 262 de la Ley de Enjuiciamiento Criminal')}.\n\n"
            f"{'Dra.' if doc.female else 'Dr.'} {doc.full()}, médico/a de Urgencias, nº de colegiado {L('LICENSE_NUMBER', f'{province}/{g.digits(5)}')}")
    return "Resume el parte en dos líneas para el juzgado.", body, f"{pt.full()}: {K(dx)}; pronóstico {prognosis}."


CO_CITIES = (("Medellín", ("Calle {n} # {k}-{m}{m}, barrio Robledo, Medellín", "Carrera {k} # {n}-{m}{d}, apto {n}, barrio Manrique, Medellín")),
             ("Bello", ("Carrera {k} # {n}-{m}{d}, barrio Niquía, Bello", "Calle {n} # {k}-{m}{d}, barrio París, Bello")),
             ("Manizales", ("Calle {n} # {k}-{m}{d}, barrio La Enea, Manizales", "Carrera {k} # {n}-{d}{m}, barrio Chipre, Manizales")),
             ("Pereira", ("Manzana {k} casa {m}, barrio Cuba, Pereira", "Carrera {k} # {n}-{m}{d}, barrio Boston, Pereira")))
CO_EPS = (("Salud Andina EPS S.A.S.", "saludandina.com.co"), ("Vida Plena EPS-S", "vidaplenaeps.co"), ("Nueva Esperanza EPS S.A.", "nuevaesperanzaeps.com.co"))
CO_IPS = ("Hospital Pablo Tobón Uribe", "Clínica Las Américas", "Hospital Universitario San Vicente Fundación", "Hospital Santa Sofía de Caldas", "Clínica Comfamiliar Risaralda")
CO_CASES = (  # (diagnosis, what was prescribed, a clinical marker, the specialty)
    ("artritis reumatoide seropositiva (CIE-10 M05.8)", "tocilizumab 162 mg subcutáneo semanal", "DAS28-PCR 5,4", "reumatología"),
    ("esclerosis múltiple remitente-recurrente (CIE-10 G35)", "ocrelizumab 600 mg intravenoso cada 6 meses", "EDSS 3,5", "neurología"),
    ("enfermedad renal crónica estadio 5 (CIE-10 N18.5)", "hemodiálisis tres sesiones por semana con transporte ida y regreso", "TFG 9 mL/min", "nefrología"),
    ("parálisis cerebral (CIE-10 G80.0)", "pañales desechables talla XL, 4 al día, y 20 sesiones de terapia física", "GMFCS nivel V", "fisiatría"),
    ("diabetes mellitus tipo 1 (CIE-10 E10.9)", "insulina glargina 100 UI/mL y 150 tirillas de glucometría al mes", "HbA1c 10,2 %", "endocrinología"),
)  # fmt: skip


def tutela(g: Gen) -> tuple[str, str, str]:
    city, homes = g.pick(CO_CITIES)
    eps, domain = g.pick(CO_EPS)
    dx, rx, marker, specialty = g.pick(CO_CASES)
    child = specialty == "fisiatría"
    filer = g.person("co", True if child else None)
    kin = "child" if child else g.pick(("parent", "parent", "sibling"))
    pt = g.relative(filer, g.rng.random() < 0.5 if child else True, kin)
    doc = g.person("co")
    home = g.place(homes)
    o = "a" if filer.female else "o"
    filed = g.base(2023, 2025)
    denied = filed - datetime.timedelta(days=g.rng.randint(15, 90))
    age = g.rng.randint(3, 14) if child else g.rng.randint(52, 84) if kin == "parent" else g.rng.randint(30, 60)
    radicado = f"{g.pick(('05001', '05088', '17001', '66001'))}-40-03-{g.digits(3)}-{filed.year}-{g.digits(5)}-00"
    relation = {"child": ("mi hijo", "mi hija"), "parent": ("mi padre", "mi madre"), "sibling": ("mi hermano", "mi hermana")}[kin][pt.female]
    pt_id = (f"tarjeta de identidad {L('NATIONAL_ID', g.digits(10))}" if child and age >= 7 else
             f"registro civil {L('NATIONAL_ID', g.digits(10))}" if child else f"C.C. {g.cedula_co(pt.female)}")
    nick = f", a quien todos llaman \"{pt.nicknamed()}\"," if pt.first in NICKNAMES and g.rng.random() < 0.5 else ""
    facts = [
        f"{relation.capitalize()}{nick} tiene {age} años y padece {K(dx)}, diagnosticada en el {L('ORGANIZATION', g.pick(CO_IPS))}.",
        f"El {g.day('co', denied, -g.rng.randint(5, 30))} el médico tratante de {specialty}, {'la Dra.' if doc.female else 'el Dr.'} {doc.full()} "
        f"(registro médico {L('LICENSE_NUMBER', g.digits(2) + '-' + g.digits(4) + '-' + g.digits(2))}), le ordenó {K(rx)} ({K(marker)}), mediante "
        f"prescripción MIPRES n.º {L('CASE_NUMBER', g.digits(20))}.",
        f"El {g.day('co', denied)} la {L('ORGANIZATION', eps)} {g.pick(('negó la autorización', 'no respondió la solicitud', 'autorizó pero no ha entregado'))}, "
        f"con radicado interno {L('CASE_NUMBER', g.digits(12))}, aduciendo que {g.pick(('no está en el PBS', 'debe pasar por junta médica', 'no hay contrato con el proveedor'))}.",
        f"Somos una familia de escasos recursos; vivimos en {home} y no podemos pagar el tratamiento.",
    ]
    if g.rng.random() < 0.4:
        facts.pop()
    body = (f"Señor(a)\n{L('ORGANIZATION', 'JUEZ CIVIL MUNICIPAL DE ' + city.upper())} (REPARTO)\nE. S. D.\n\n"
            f"REFERENCIA: ACCIÓN DE TUTELA\nACCIONANTE: {filer.full().upper() if g.rng.random() < 0.3 else filer.full()}, como agente oficios{o} de {relation} "
            f"{pt.full()}\nACCIONADA: {L('ORGANIZATION', eps)}, NIT {g.nit()}\n\n"
            f"{filer.full()}, mayor de edad, identificad{o} con la cédula de ciudadanía n.º {g.cedula_co(filer.female)} expedida en "
            f"{L('LOCATION', g.pick((city, 'Rionegro', 'Itagüí', 'Dosquebradas')))}, actuando como agente oficios{o} de {relation} {pt.full()}, {pt_id}, "
            f"interpongo ACCIÓN DE TUTELA con fundamento en el {K('artículo 86 de la Constitución Política')} y el {K('Decreto 2591 de 1991')}, "
            f"por la vulneración de los derechos fundamentales a la salud y a la vida en condiciones dignas.\n\nHECHOS\n"
            + "\n".join(f"{i}. {f}" for i, f in enumerate(facts, 1)) + "\n\n"
            f"FUNDAMENTOS: la salud es un derecho fundamental autónomo ({K('Ley Estatutaria 1751 de 2015')}); véase la {K('Sentencia T-760 de 2008')}.\n"
            f"PRETENSIONES: ordenar a la accionada autorizar y entregar {K(rx)} dentro de las 48 horas siguientes al fallo, y el tratamiento integral.\n"
            f"JURAMENTO: no he presentado otra acción de tutela por los mismos hechos.\n"
            f"NOTIFICACIONES: accionante en {home}, celular {g.phone('co')}, correo {g.email(filer, g.pick(('gmail.com', 'hotmail.com')))}; "
            f"accionada en {L('EMAIL_ADDRESS', 'notificacionesjudiciales@' + domain)}.\n\n"
            f"{filer.full()}\nC.C. (como arriba)\n{L('LOCATION', city)}, {g.day('co', filed)}"
            + (f"\n\nRadicado: {L('CASE_NUMBER', radicado)} -- reparto {g.stamp('co', filed, g.rng.randint(8, 16))}" if g.rng.random() < 0.5 else ""))
    return "Resume los hechos y lo que se pide en la tutela.", body, f"{pt.full()} necesita {K(rx)}; se pide ordenar a {L('ORGANIZATION', eps)} entregarlo en 48 horas."


GH_FACILITIES = (("Agogo Presbyterian Hospital", "Asante Akim North", "Ashanti"), ("Holy Family Hospital, Techiman", "Techiman Municipal", "Bono East"),
                 ("St. Theresa's Hospital, Nandom", "Nandom", "Upper West"), ("Tamale West Hospital", "Tamale Metropolitan", "Northern"),
                 ("Ho Teaching Hospital", "Ho Municipal", "Volta"), ("Cape Coast Teaching Hospital", "Cape Coast Metropolitan", "Central"))
GH_VILLAGES = ("Hwidiem", "Kokofu", "Amanfrom", "Nkwanta", "Kpandai", "Tolon", "Tsito", "Abura Dunkwa", "Kaleo", "Gbedema")
GH_CAUSES = (  # (cause with ICD-10, timeline events, what was missing)
    ("postpartum haemorrhage (O72.1)", ("estimated blood loss 1,800 ml", "oxytocin 10 IU IM", "misoprostol 800 µg sublingual", "Hb 5.8 g/dl"),
     "no group O blood at the blood bank; the first unit arrived after 3 hours"),
    ("eclampsia (O15.0)", ("BP 180/120 mmHg", "magnesium sulphate 4 g IV loading dose (Pritchard regimen)", "hydralazine 5 mg IV", "urine protein 3+"),
     "the referring facility had no magnesium sulphate in stock"),
    ("puerperal sepsis (O85)", ("temperature 39.6 °C", "pulse 132", "ceftriaxone 2 g IV", "metronidazole 500 mg IV TDS"),
     "the woman delivered at home with an untrained attendant and came on day 6"),
    ("ruptured ectopic pregnancy (O00.1)", ("haemoperitoneum on FAST scan", "BP 70/40 mmHg", "Hb 4.9 g/dl"),
     "the theatre team was called from home and arrived after 90 minutes"),
)  # fmt: skip


def maternal_death_review(g: Gen) -> tuple[str, str, str]:
    facility, district, region = g.pick(GH_FACILITIES)
    cause, events, gap = g.pick(GH_CAUSES)
    woman = g.person("gh", True)
    husband = g.relative(woman, False, "spouse")
    midwife, referrer, superintendent, dpho = g.person("gh", True), g.person("gh", True), g.person("gh"), g.person("gh")
    died = g.base(2023, 2025)
    arrived = died - datetime.timedelta(days=g.rng.randint(0, 2))
    village = g.pick(GH_VILLAGES)
    chps = f"{g.pick(GH_VILLAGES[:5] if village not in GH_VILLAGES[:5] else GH_VILLAGES[5:])} CHPS Compound"
    ev = [K(e) for e in events]
    age, gravida = g.rng.randint(17, 42), g.rng.randint(1, 7)
    delays = [f"first delay (deciding to seek care): {g.pick(('the family waited for the husband to return from the farm', 'none identified', 'the woman feared the cost'))}",
              f"second delay (reaching care): {g.pick(('no ambulance; a taxi was hired after 2 hours', 'the road was flooded', 'the National Ambulance Service came within 40 minutes'))}",
              f"third delay (receiving care): {gap}"]
    actions = [(f"stock of {K('magnesium sulphate 50% injection')} and {K('oxytocin 10 IU')} at every outreach point", referrer),
               ("a blood donation drive with the municipal assembly", superintendent),
               ("re-train midwives on the active management of the third stage of labour (AMTSL)", midwife)]
    g.rng.shuffle(actions)
    body = (f"GHANA HEALTH SERVICE -- MATERNAL DEATH SURVEILLANCE AND RESPONSE\nFacility-based maternal death review (CONFIDENTIAL: for learning, not blame)\n"
            f"Facility: {L('ORGANIZATION', facility)}   District: {L('ORGANIZATION', district + ' Health Directorate')}   Region: {L('LOCATION', region)}\n\n"
            f"Deceased: {woman.full()}, {age} years, G{gravida}P{gravida - 1}   Folder no. {L('HEALTH_ID', g.letters(2) + '/' + str(arrived.year % 100) + '/' + g.digits(5))}\n"
            f"Ghana Card: {L('NATIONAL_ID', 'GHA-' + g.digits(9) + '-' + g.digits(1))}   NHIS no.: {L('HEALTH_ID', g.digits(8))}\n"
            f"Home: {L('LOCATION', village)}{g.pick(('', ', near the chief palace', ', house no. ' + g.letters(2) + ' ' + str(g.rng.randint(1, 240))))}   "
            f"Husband: {husband.full()}, {g.phone('gh')}\n"
            f"Referred from: {L('ORGANIZATION', chps)} by midwife {referrer.full()}\n"
            f"Arrived: {g.stamp('gh', arrived, g.rng.randint(0, 23))}   Died: {g.stamp('gh', died, g.rng.randint(0, 23))}\n"
            f"Cause of death: {K(cause)}\nKey events: " + "; ".join(ev) + ".\n"
            f"Analysis ({K('three delays model')}):\n" + "\n".join(f"  - {d}" for d in delays) + "\n"
            "Actions agreed:\n" + "\n".join(f"  {i}. {a} -- {p.full()}, by {g.day('gh', died, g.rng.randint(14, 60))}" for i, (a, p) in enumerate(actions, 1)) + "\n\n"
            f"Review chaired by the Medical Superintendent, Dr {superintendent.full()}; present: {midwife.full()} (midwife in charge), "
            f"{dpho.full()} (district public health nurse). Reported to the {L('ORGANIZATION', 'Regional Health Directorate, ' + region)} on "
            f"{g.day('gh', died, g.rng.randint(1, 7))}.")
    return "Summarise the avoidable factors in this maternal death.", body, f"{K(cause)}; the main gap: {gap}."


KZ_POLYCLINICS = (("City Polyclinic No. {k}, Karaganda", ("ul. Ermekova {k}, kv. {n}, Karaganda", "mkr. Vostok-{m}, d. {k}, kv. {n}, Karaganda")),
                  ("City Polyclinic No. {k}, Almaty", ("mkr. Aksai-{m}, d. {k}, kv. {n}, Almaty", "ul. Tole bi {n}, kv. {k}, Almaty")),
                  ("Temirtau City Hospital Polyclinic", ("{m} mkr., d. {k}, kv. {n}, Temirtau", "pr. Respubliki {k}, kv. {n}, Temirtau")),
                  ("Multidisciplinary Polyclinic No. {k}, Astana", ("pr. Respubliki {k}, kv. {n}, Astana", "ul. Kenesary {n}, kv. {k}, Astana")))
KZ_SANATORIA = ("Sanatorium Okzhetpes, Burabay", "Sanatorium Saryagash", "Sanatorium Moyildy, Pavlodar", "Sanatorium Zhanakorgan", "Sanatorium Almaly, Almaty")
KZ_EMPLOYERS = ("TOO Karaganda Rail Service", "AO Temirtau Metallurgical Works", "TOO Balkhash Copper Logistics", "KGP Almaty Water Utility",
                "TOO Astana Heat Networks")
KZ_JOBS = ("crane operator", "electrician", "accountant", "schoolteacher", "driver", "laboratory assistant", "welder")
KZ_CASES = (  # (main diagnosis, ICD-10, concomitant, findings, procedures)
    ("osteochondrosis of the lumbar spine with radiculopathy, remission", "M42.1", "arterial hypertension, stage II, risk 2",
     ("ESR 12 mm/h", "blood glucose 5.2 mmol/L", "ECG: sinus rhythm, 74 bpm"), ("mud applications (pelotherapy), No. 10", "therapeutic massage, No. 8")),
    ("chronic obstructive bronchitis, remission", "J44.8", "chronic gastritis", ("FEV1 71% predicted", "ESR 9 mm/h", "chest fluorography: no focal changes"),
     ("halotherapy (salt cave), No. 10", "inhalations, No. 8")),
    ("gonarthrosis, bilateral, stage II", "M17.0", "obesity, class I (BMI 32)", ("ESR 15 mm/h", "X-ray: joint space narrowing", "uric acid 310 µmol/L"),
     ("radon baths, No. 8", "exercise therapy, No. 10")),
    ("chronic cholecystitis, remission", "K81.1", "type 2 diabetes, compensated", ("HbA1c 6.6%", "abdominal ultrasound: thickened gallbladder wall", "ALT 28 U/L"),
     ("mineral water intake (bicarbonate-sodium type)", "mud applications, No. 8")),
)  # fmt: skip


def sanatorium_card(g: Gen) -> tuple[str, str, str]:
    clinic, homes = g.pick(KZ_POLYCLINICS)
    dx, icd, other, findings, procedures = g.pick(KZ_CASES)
    culture = g.pick(("kz", "kz", "ru"))
    pt = g.person(culture)
    doc, head = g.person(g.pick(("kz", "ru"))), g.person(g.pick(("kz", "ru")))
    sanatorium = g.pick(KZ_SANATORIA)
    issued = g.base(2023, 2025)
    start = issued + datetime.timedelta(days=g.rng.randint(10, 50))
    ymd = g.ymd(1958, 1995)
    fx, pr = [K(f) for f in findings], [K(p) for p in procedures]
    employer = g.pick(KZ_EMPLOYERS)
    disability = f"   Disability: {K('group III (general illness)')}" if g.rng.random() < 0.3 else ""
    back = (f"\n\nRETURN COUPON (from {L('ORGANIZATION', sanatorium)}): treated {g.day('kz', start)} to {g.day('kz', start, 20)}; received {pr[0]}; {pr[1]}; "
            f"condition on discharge: improved. Resort doctor: {g.person(g.pick(('kz', 'ru'))).initial_dot()}" if g.rng.random() < 0.5 else "")
    body = (f"{L('ORGANIZATION', clinic.format(k=g.rng.randint(1, 12)))}\nForm No. 072/u -- SANATORIUM-RESORT CARD No. {L('CASE_NUMBER', g.digits(6))} "
            f"(approved by {K('order of the Minister of Health of the Republic of Kazakhstan No. KR DSM-175/2020')}), translated\n\n"
            f"1. Full name: {pt.official()}\n2. Sex: {'female' if pt.female else 'male'}   3. Date of birth: {g.dob('kz', ymd)}   4. IIN: {g.iin(pt, ymd)}\n"
            f"5. Home address: {g.place(homes)}   Tel.: {g.phone('kz')}\n"
            f"6. Place of work and position: {L('ORGANIZATION', employer)} (BIN {g.bin_kz(g.rng.randint(2001, 2015))}), {g.pick(KZ_JOBS)}{disability}\n"
            f"7. Voucher No. {L('CASE_NUMBER', g.digits(5))} to {L('ORGANIZATION', sanatorium)}, from {g.day('kz', start)}, 21 days\n"
            f"8. Diagnosis: main -- {K(dx)} ({K('ICD-10 ' + icd)}); concomitant -- {K(other)}\n"
            f"9. Examinations: {fx[0]}; {fx[1]}; {fx[2]} (all within the last month, dated {g.day('kz', issued, -g.rng.randint(3, 25))})\n"
            f"10. Resort treatment in previous years: {g.pick(('none', 'none', str(issued.year - 2) + ', a resort in the south'))}\n"
            f"11. Recommended: {pr[0]}; {pr[1]}\n\n"
            f"Attending physician: {doc.initial_dot() if g.rng.random() < 0.5 else doc.whole()}   Head of department: {head.whole()}   Date issued: {g.day('kz', issued)}"
            f"{back}")
    return "What treatment is the patient going to the sanatorium for?", body, f"{pt.official()}: {K(dx)}; {pr[0]} and {pr[1]}."


TW_HOSPITALS = (("National Cheng Kung University Hospital", ("{k}F., No. {n}, Minzu Rd., West Central Dist., Tainan City 700", "No. {n}, Ln. {k}, Dongning Rd., East Dist., Tainan City 701")),
                ("Kaohsiung Veterans General Hospital", ("No. {n}, Ziqiang 3rd Rd., Lingya Dist., Kaohsiung City 802", "{k}F.-{m}, No. {n}, Bo'ai 2nd Rd., Zuoying Dist., Kaohsiung City 813")),
                ("Changhua Christian Hospital", ("No. {n}, Zhongzheng Rd., Changhua City, Changhua County 500", "No. {k}, Ln. {n}, Sec. {m}, Zhangnan Rd., Changhua City 500")),
                ("Taipei City Hospital, Zhongxing Branch", ("No. {k}, Ln. {n}, Sec. {m}, Zhongshan Rd., Banqiao Dist., New Taipei City 220", "{k}F., No. {n}, Sec. {m}, Minsheng E. Rd., Taipei City 104")),
                ("Hualien Tzu Chi Hospital", ("No. {n}, Zhongshan Rd., Hualien City, Hualien County 970", "No. {k}, Guolian 1st Rd., Hualien City 970")))
TW_CONDITIONS = ("terminal illness", "irreversible coma", "a permanent vegetative state", "severe dementia",
                 "an incurable disease announced by the central competent authority with unbearable suffering")
TW_CHOICES = ("refuse life-sustaining treatment", "refuse artificial nutrition and hydration", "accept a time-limited trial of life-sustaining treatment",
              "let the health care agent decide")
TW_BACKGROUND = ("metastatic pancreatic cancer, ECOG 2", "end-stage renal disease on haemodialysis for 6 years", "COPD, GOLD 4, home oxygen 2 L/min",
                 "early Alzheimer's disease, MMSE 23/30", "amyotrophic lateral sclerosis, ALSFRS-R 31", "no serious illness; came after a friend's long ICU stay")


def advance_decision(g: Gen) -> tuple[str, str, str]:
    hospital, homes = g.pick(TW_HOSPITALS)
    pt = g.person("tw")
    agent = g.relative(pt, g.rng.random() < 0.5, "child")
    second = g.relative(pt, not pt.female, "spouse") if g.rng.random() < 0.5 else None
    doc, nurse, sw = g.person("tw"), g.person("tw", True), g.person("tw")
    seen = g.base(2023, 2025)
    ymd = g.ymd(1938, 1975)
    background = K(g.pick(TW_BACKGROUND))
    choices = [f"  - {K(c)}: {K(g.pick(TW_CHOICES))}" for c in TW_CONDITIONS]
    pet = L("PERSON", "A-" + agent.first.split("-")[-1])  # a family diminutive: A- and the last syllable of the given name
    relation = "daughter" if agent.female else "son"
    agents = f"  1. {agent.full()} ({relation}), ID {g.tw_id(agent)}, tel. {g.phone('tw')}"
    if second:
        agents += f"\n  2. {second.full()} ({'wife' if second.female else 'husband'}), ID {g.tw_id(second)}, tel. {g.phone('tw')}"
    body = (f"{L('ORGANIZATION', hospital)} -- Department of Family Medicine\nADVANCE CARE PLANNING CONSULTATION RECORD (translated)\n"
            f"Under {K('Article 9 of the Patient Right to Autonomy Act')}\n\n"
            f"Intending signatory: {pt.official()}   ID card no.: {g.tw_id(pt)}   Date of birth: {g.dob('tw', ymd)}\n"
            f"NHI card no.: {L('HEALTH_ID', '0000 ' + g.digits(4) + ' ' + g.digits(4))}   Chart no.: {L('HEALTH_ID', g.digits(8))}\n"
            f"Address: {g.place(homes)}   Tel.: {g.phone('tw')}\n"
            f"Health care agents:\n{agents}\n"
            f"Consultation: {g.stamp('tw', seen, g.rng.randint(9, 16))}, {g.rng.randint(45, 90)} minutes; fee {K('NT$3,500')} (self-paid)\n"
            f"Team: Dr {doc.full()} (attending physician), nurse {nurse.full()}, social worker {sw.full()}\n\n"
            f"Background: {background}.\n"
            f"In {'her' if pt.female else 'his'} own words: \"I don't want {pet} to have to choose for me in the ICU. "
            f"{g.pick(('My mother was on a ventilator for two years.', 'I have seen enough tubes.', 'I want to go home at the end.'))}\"\n"
            f"Wishes discussed for each clinical condition:\n" + "\n".join(choices) + "\n"
            f"Next step: sign the advance decision before a notary or two witnesses; the hospital then uploads it for annotation on the "
            f"{K('NHI IC card')}. Review in {g.pick(('one year', 'six months'))}, or sooner if {pt.full()}'s condition changes.")
    return "What has the signatory decided, and who speaks for them?", body, \
        f"{pt.full()} chose, among others, {choices[0].split(': ', 1)[1]}; agent: {agent.full()}."


JP_CITIES = (("Kitakyushu City", "Yahatanishi Ward Office", ("〒807-08{k:02d} Kitakyushu-shi Yahatanishi-ku Orio {m}-chōme {k}-{n}", "〒806-00{k:02d} Kitakyushu-shi Yahatanishi-ku Kurosaki {m}-chōme {k}-{n}")),
             ("Fukuoka City", "Higashi Ward Office", ("〒812-00{k:02d} Fukuoka-shi Higashi-ku Hakozaki {m}-chōme {k}-{n}", "〒813-00{k:02d} Fukuoka-shi Higashi-ku Kashii {m}-chōme {n}")),
             ("Kumamoto City", "Chūō Ward Office", ("〒862-09{k:02d} Kumamoto-shi Chūō-ku Suizenji {m}-chōme {k}-{n}", "〒860-08{k:02d} Kumamoto-shi Chūō-ku Kamitōri-machi {k}-{n}")),
             ("Ōita City", "Ōita City Hall", ("〒870-09{k:02d} Ōita-shi Kasugaura {n}-{k}", "〒870-00{k:02d} Ōita-shi Funai-machi {m}-chōme {k}-{n}")))
JP_OFFICES = ("Home Care Support Office", "Kyotaku Kaigo Shien Jigyōsho", "Care Plan Centre")
JP_ITEMS = (  # (item, finding) -- survey items as the basic survey numbers them
    ("1-1 paralysis", "left lower limb"), ("1-7 walking", "holds on to furniture"), ("2-1 transfer", "watching over"), ("2-4 eating", "independent"),
    ("2-5 toileting", "partial assistance at night"), ("3-4 short-term memory", "cannot"), ("4-3 wandering", "sometimes"), ("5-1 medication management", "full assistance"),
    ("5-3 daily decisions", "only in special situations"), ("6 special medical care", "none"))
JP_BACKGROUND = ("Alzheimer's disease", "vascular dementia after a left MCA infarct", "Parkinson's disease, Hoehn and Yahr stage 3", "osteoporotic vertebral fractures (T12, L1)",
                 "heart failure, NYHA class III")
JP_LEVELS = ("support level 2 (yōshien 2)", "care level 1 (yōkaigo 1)", "care level 2 (yōkaigo 2)", "care level 3 (yōkaigo 3)")


def ltc_certification(g: Gen) -> tuple[str, str, str]:
    city, office, homes = g.pick(JP_CITIES)
    pt = g.person("jp", g.rng.random() < 0.7)
    son = g.relative(pt, False, "child")
    carer = g.relative(son, True, "spouse")  # the daughter-in-law (yome), who gives most of the care
    surveyor = g.person("jp")
    eponym = None
    if g.rng.random() < 0.35:
        doc, eponym = g.namesake("jp")
    else:
        doc = g.person("jp")
    manager = g.person("jp")
    visited = g.base(2023, 2025)
    ymd = g.ymd(1925, 1950)
    items = g.rng.sample(JP_ITEMS, 5)
    dx = K(g.pick(JP_BACKGROUND))
    if eponym and "Takayasu" in eponym:
        dx = f"{dx}; {eponym} since her forties" if pt.female else f"{dx}; {eponym}"
    scale = eponym if eponym and "Hasegawa" in eponym else K("HDS-R (Hasegawa Dementia Scale-Revised)")
    level = K(g.pick(JP_LEVELS))
    clinic = L("ORGANIZATION", f"{g.firm_name('jp')} Naika Clinic")
    body = (f"NINTEI CHŌSA-HYŌ -- LONG-TERM CARE NEED CERTIFICATION SURVEY (basic items; summary in English for the family's care manager)\n"
            f"Insurer: {L('ORGANIZATION', city)}   Insured person no.: {L('HEALTH_ID', g.digits(10))}   Application: renewal; current certification {level}\n"
            f"Name: {pt.official()}   Date of birth: {g.dob('jp', ymd)}   Sex: {'F' if pt.female else 'M'}\n"
            f"Address: {g.place(homes)}   Tel.: {g.phone('jp')}\n"
            f"Survey: {g.stamp('jp', visited, g.rng.randint(9, 16))}, at home, by {surveyor.full()} ({L('ORGANIZATION', office)}, long-term care insurance section)\n"
            f"Present: the applicant; daughter-in-law {carer.full()}, who gives most of the care; care manager {manager.full()} "
            f"({L('ORGANIZATION', g.firm_name('jp') + ' ' + g.pick(JP_OFFICES))})\n"
            f"Attending physician (opinion form requested): Dr {doc.full()}, {clinic}\n\n"
            f"Diagnoses on the physician's last letter: {dx}; {scale} {g.rng.randint(11, 24)}/30 on {g.day('jp', visited, -g.rng.randint(20, 120))}.\n"
            f"Basic survey items:\n" + "\n".join(f"  {i}: {K(f)}" for i, f in items) + "\n"
            f"Independence levels: {K('disabled elderly ' + g.pick(('J2', 'A1', 'A2', 'B1')))}; {K('elderly with dementia ' + g.pick(('IIa', 'IIb', 'IIIa')))}\n\n"
            f"Special notes: {pt.sur()}-san wants to stay at home{g.pick((' and keep tending the vegetable plot', '', ' until the grandchildren finish school'))}. "
            f"{carer.given()}-san works part-time and says the nights are hardest; her husband {son.given()} is away on weekdays. "
            f"Currently uses day service twice a week and takes {K(g.pick(('donepezil 5 mg', 'memantine 20 mg', 'levodopa/carbidopa 100/10 mg TDS', 'alendronate 35 mg weekly')))}.\n"
            f"For the certification committee under {K('Article 27 of the Long-Term Care Insurance Act')}.")
    return "Summarise the survey for the certification committee.", body, \
        f"{pt.official()}: currently {level}; {items[0][0]}: {K(items[0][1])}; main carer {carer.full()}."


PT_ULS = (("Unidade Local de Saúde de Matosinhos", "Matosinhos", ("Avenida Dr. Afonso Costa, n.º {n}, {m}.º Dto., 4450-001 Matosinhos", "Rua Brito Capelo, {k}, 4450-068 Matosinhos")),
          ("Unidade Local de Saúde de Santo António", "Porto", ("Rua da Boavista, n.º {n}, {m}.º Esq., 4050-107 Porto", "Travessa do Carregal, {k}, 4050-161 Porto")),
          ("Unidade Local de Saúde Almada-Seixal", "Almada", ("Rua Capitão Leitão, {k}, 2800-133 Almada", "Praceta Bento de Jesus Caraça, {k}, {m}.º B, 2845-355 Amora")),
          ("Unidade Local de Saúde do Alentejo Central", "Évora", ("Largo do Rossio, {k}, 7000-590 Évora", "Rua de Machede, {n}, 7000-864 Évora")))
PT_CASES = (  # (diagnoses, degree, revaluation)
    (("sequelas de acidente vascular cerebral isquémico com hemiparesia esquerda", "afasia de expressão"), "71%", "definitiva"),
    (("diabetes mellitus tipo 2 com retinopatia diabética proliferativa", "acuidade visual corrigida de 1/10 no olho direito", "HbA1c 8,9%"), "64%", "reavaliação em 5 anos"),
    (("doença de Parkinson, estádio 3 de Hoehn e Yahr", "levodopa/carbidopa 250/25 mg 3 id"), "60%", "reavaliação em 3 anos"),
    (("carcinoma da mama esquerda pT2 N1 M0, em hormonoterapia com letrozol 2,5 mg",), "60%", "reavaliação em 5 anos"),
    (("cardiomiopatia da doença de Chagas", "fração de ejeção do ventrículo esquerdo de 30%", "cardiodesfibrilhador implantado"), "75%", "definitiva"),
)  # fmt: skip


def disability_certificate(g: Gen) -> tuple[str, str, str]:
    uls, town, homes = g.pick(PT_ULS)
    diagnoses, degree, review = g.pick(PT_CASES)
    chagas = any("Chagas" in d for d in diagnoses)
    pt = g.person("pt")
    if chagas and g.rng.random() < 0.6:
        president, _ = g.namesake("pt")  # the board's president shares the eponym of the applicant's disease
    else:
        president = g.person("pt")
    members = (g.person("pt"), g.person("pt"))
    met = g.base(2023, 2025)
    ymd = g.ymd(1940, 1985)
    dx = [K(d) for d in diagnoses]
    o = "a" if pt.female else "o"
    purposes = g.rng.sample(("benefícios fiscais em sede de IRS", "acesso à Prestação Social para a Inclusão", "dístico de estacionamento para pessoas com deficiência",
                             "isenção de taxas moderadoras"), 2)
    since = f"desde {g.day('pt', datetime.date(g.rng.randint(2012, met.year - 1), g.rng.randint(1, 12), g.rng.randint(1, 28)))}"
    body = (f"REPÚBLICA PORTUGUESA -- SAÚDE\n{L('ORGANIZATION', uls)} -- Junta Médica de Avaliação de Incapacidade\n"
            f"ATESTADO MÉDICO DE INCAPACIDADE MULTIUSO\n(emitido nos termos do {K('Decreto-Lei n.º 202/96, de 23 de outubro')}, na redação do "
            f"{K('Decreto-Lei n.º 291/2009, de 12 de outubro')})\n\n"
            f"A Junta Médica, reunida em {g.day('pt', met)} em {L('LOCATION', town)}, atesta que {pt.full()}, portador{'a' if pt.female else ''} do Cartão de Cidadão "
            f"n.º {g.cc_pt()}, NIF {g.nif_pt()}, NISS {g.niss()}, utente do SNS n.º {L('HEALTH_ID', g.digits(9))}, nascid{o} em {g.dob('pt', ymd)}, "
            f"residente em {g.place(homes)}, é portador{'a' if pt.female else ''} de deficiência que, de acordo com a "
            f"{K('Tabela Nacional de Incapacidades (Decreto-Lei n.º 352/2007, de 23 de outubro)')}, lhe confere uma incapacidade permanente global de "
            f"{K(degree)}, {since}.\n\nDiagnósticos: " + "; ".join(dx) + ".\n"
            f"Natureza: {review}.\nO presente atestado destina-se a: {purposes[0]}; {purposes[1]}.\n"
            f"Contacto indicado pel{o} requerente: {g.phone('pt')}, {g.email(pt, g.pick(('sapo.pt', 'gmail.com', 'hotmail.com')))}\n\n"
            f"O Presidente da Junta: {'Dra.' if president.female else 'Dr.'} {president.full()} (cédula profissional n.º {L('LICENSE_NUMBER', g.digits(5))})\n"
            f"Vogais: {'Dra.' if members[0].female else 'Dr.'} {members[0].full()}; {'Dra.' if members[1].female else 'Dr.'} {members[1].full()}")
    return "Resuma o atestado numa frase.", body, f"{pt.full()}: incapacidade de {K(degree)} ({review})."


MB_COMMUNITIES = (("Garden Hill First Nation", "Oji-Cree", "Garden Hill Nursing Station"), ("St. Theresa Point First Nation", "Oji-Cree", "St. Theresa Point Nursing Station"),
                  ("Bunibonibee Cree Nation (Oxford House)", "Cree", "Oxford House Nursing Station"), ("God's Lake First Nation", "Cree", "God's Lake Narrows Nursing Station"),
                  ("Pimicikamak (Cross Lake)", "Cree", "Cross Lake Nursing Station"), ("Norway House Cree Nation", "Cree", "Norway House Hospital"))
MB_HOSPITALS = ("St. Boniface Hospital", "Thompson General Hospital", "Grace Hospital", "Seven Oaks General Hospital", "Victoria General Hospital")
MB_BOARDING = ("Northern Lights Boarding Home, Winnipeg", "Kinosao Sipi Medical Boarding Residence", "Wiyasiwewin Mikiwahp Boarding Home")
MB_REASONS = (  # (clinic, reason, findings)
    ("vascular surgery", "diabetic foot ulcer, Wagner grade 2", ("HbA1c 10.4%", "absent dorsalis pedis pulse")),
    ("nephrology", "chronic kidney disease stage 4", ("eGFR 19 mL/min/1.73 m²", "fistula assessment")),
    ("cardiology", "suspected rheumatic heart disease", ("echocardiogram", "ASO titre 640 IU/mL")),
    ("obstetrics", "pregnancy at 36 weeks: birth evacuation", ("G3P2", "group B strep swab pending")),
    ("ophthalmology", "proliferative diabetic retinopathy", ("panretinal photocoagulation, session 2",)),
    ("paediatrics", "failure to thrive", ("weight below the 3rd centile", "sweat chloride test")),
)  # fmt: skip
MB_ESCORT = {"interpretation": "interpretation ({lang})", "minor": "client under 18", "care": "client cannot travel alone after sedation"}


def medical_travel_request(g: Gen) -> tuple[str, str, str]:
    community, language, station = g.pick(MB_COMMUNITIES)
    clinic, reason, findings = g.pick(MB_REASONS)
    child = clinic == "paediatrics"
    female = True if clinic == "obstetrics" else None
    if child:
        escort = g.person("cr", True)
        pt = g.relative(escort, g.rng.random() < 0.5, "child")
        why, relation = "minor", "mother"
    else:
        pt = g.person("cr", female)
        kin = g.pick(("child", "sibling", "spouse"))
        escort = g.relative(pt, g.rng.random() < 0.5, kin)
        why = g.pick(("interpretation", "care"))
        relation = {"child": ("son", "daughter"), "sibling": ("brother", "sister"), "spouse": ("husband", "wife")}[kin][escort.female]
    nurse, chr_ = g.person("cr"), g.person("cr")
    specialist = g.person(g.pick(("qc", "cr")))
    appt = g.base(2023, 2025)
    ymd = g.ymd(2012, 2022) if child else g.ymd(1950, 2003)
    fx = [K(f) for f in findings]
    called = pt.nicknamed() if pt.first in NICKNAMES else pt.given()
    note = (f"Note from {escort.given()} (text to the station): \"{g.pick(('tell', 'pls tell'))} {pt.lower_first()} to bring {'her' if pt.female else 'his'} "
            f"status card this time, last time they wouldnt let {'her' if pt.female else 'him'} board. thx\"" if g.rng.random() < 0.5 else
            f"Client prefers to be called {called}.")
    policy = K("Jordan's Principle") if child else K("NIHB Medical Transportation Policy Framework")
    body = (f"{L('ORGANIZATION', station)} -- {L('LOCATION', community)}\nNON-INSURED HEALTH BENEFITS: MEDICAL TRANSPORTATION REQUEST / TRAVEL WARRANT\n\n"
            f"Client: {pt.full()}   DOB: {g.dob('mb', ymd)}   Registry (status) no.: {L('NATIONAL_ID', g.digits(10))}\n"
            f"Manitoba Health reg. no.: {L('HEALTH_ID', g.digits(6))}   PHIN: {L('HEALTH_ID', g.digits(9))}   Phone: {g.phone('mb')}\n"
            f"Appointment: {clinic}, Dr {specialist.full()}, {L('ORGANIZATION', g.pick(MB_HOSPITALS))}, {g.stamp('mb', appt, g.rng.randint(8, 15))}\n"
            f"Reason: {K(reason)}; {'; '.join(fx)}\n"
            f"Escort: {escort.full()} ({relation}), approved -- {K(MB_ESCORT[why].format(lang=language))}\n"
            f"Travel: scheduled flight to {L('LOCATION', 'Winnipeg')} on {g.day('mb', appt, -1)}, medical van to the appointment; accommodation at "
            f"{L('ORGANIZATION', g.pick(MB_BOARDING))}; return open.\n"
            f"Approved under the {policy}. Authorization no. {L('CASE_NUMBER', 'MT' + g.digits(8))}.\n{note}\n\n"
            f"Nurse in charge: {nurse.full()}, RN   Community health representative: {chr_.full()}   Tel.: {g.phone('mb')}")
    return "Who is travelling, for what, and with whom?", body, \
        f"{pt.full()} to {clinic} for {K(reason)}, escorted by {escort.full()}."


PE_FACILITIES = (("Puesto de Salud Chillihuani", "Microrred Ayaviri", 3950, ("Comunidad Campesina de Chillihuani, sector {X}{m}", "Jr. Lima {n}, barrio Santa Bárbara, Ayaviri")),
                 ("Centro de Salud Santa Adriana", "Microrred Santa Adriana", 3825, ("Av. Circunvalación Norte {n}, urb. Santa Adriana, Juliaca", "Jr. Los Incas {n}, barrio Las Mercedes, Juliaca")),
                 ("Puesto de Salud Yanaque", "Microrred Acora", 3870, ("Comunidad Campesina de Yanaque, parcialidad {X}{m}", "Jr. Túpac Amaru {n}, Acora, Puno")),
                 ("Centro de Salud Chucuito", "Microrred Chucuito", 3880, ("Jr. Inca Garcilaso {n}, Chucuito, Puno", "Comunidad de Ccota, sector {X}{m}, Platería")))
PE_ADHERENCE = ("toma las gotas todos los días según la madre; frasco con 60% consumido", "la madre dejó de darle las gotas porque le causaban estreñimiento",
                "consume los micronutrientes 4 de 7 días; se mezclan con la sopa caliente (se explica que deben ir con comida tibia)")
PE_DRUGS = ("sulfato ferroso en gotas, 3 mg/kg/día", "complejo polimaltosado férrico en gotas, 3 mg/kg/día", "micronutrientes en polvo, 1 sobre diario")


def home_visit_pe(g: Gen) -> tuple[str, str, str]:
    facility, network, altitude, homes = g.pick(PE_FACILITIES)
    mother = g.person("pe", True)
    kid = g.relative(mother, g.rng.random() < 0.5, "child")
    acs, nurse = g.person("pe"), g.person("pe", True)
    visit = g.base(2023, 2025)
    months = g.rng.randint(6, 35)
    born = visit - datetime.timedelta(days=months * 30 + g.rng.randint(0, 25))
    hb = round(g.rng.uniform(7.8, 10.4), 1)
    adjusted = round(hb - 2.0 - (0.5 if altitude >= 3900 else 0), 1)
    weight, height = round(g.rng.uniform(6.8, 13.2), 1), round(g.rng.uniform(63, 92), 1)
    drug = K(g.pick(PE_DRUGS))
    quechua = g.pick(("La madre habla quechua; la visita se hizo en quechua con apoyo del ACS.", "Se saludó en quechua (\"Allillanchu, mamay\").", ""))
    father_line = ""
    if g.rng.random() < 0.5:
        father = g.relative(kid, False, "parent")
        father_line = f"Padre: {father.full()}, trabaja en {g.pick(('la mina', 'la ciudad', 'la chacra', 'el transporte'))}; celular {g.phone('pe')}.\n"
    body = (f"{L('ORGANIZATION', 'DIRESA Puno')} -- {L('ORGANIZATION', network)} -- {L('ORGANIZATION', facility)}\n"
            f"FICHA DE VISITA DOMICILIARIA: SEGUIMIENTO DE ANEMIA EN MENORES DE 36 MESES\n\n"
            f"Niñ{'a' if kid.female else 'o'}: {kid.full()}   DNI: {g.cui()}   HC n.º {L('HEALTH_ID', g.digits(5))}   "
            f"Fecha de nacimiento: {g.day('pe', born)} ({months} meses)\n"
            f"Seguro: SIS gratuito, afiliación {L('HEALTH_ID', g.digits(3) + '-' + g.digits(8))}\n"
            f"Madre: {mother.full()}, DNI {g.cui()}, {g.rng.randint(17, 42)} años   Celular: {g.phone('pe')}\n{father_line}"
            f"Dirección: {g.place(homes)}\n"
            f"Visita n.º {g.rng.randint(1, 4)}: {g.stamp('pe', visit, g.rng.randint(8, 16))}\n\n"
            f"Hallazgos: {K(f'hemoglobina {hb} g/dL')} ({K(f'{adjusted} g/dL ajustada por altitud')}, {altitude} m s. n. m.); {K(f'peso {weight} kg')}, "
            f"{K(f'talla {height} cm')}.\nTratamiento: {drug}; {g.pick(PE_ADHERENCE)}. {quechua}\n"
            f"Acuerdos: dar el hierro con jugo de naranja o de cocona, no con leche ni mate; control de hemoglobina el {g.day('pe', visit, 30)}; "
            f"consejería según la {K('Norma Técnica de Salud para el manejo terapéutico y preventivo de la anemia')}.\n\n"
            f"Responsables: {acs.full()}, agente comunitario de salud; Lic. {nurse.full()}, enfermera, CEP {L('LICENSE_NUMBER', g.digits(5))}")
    return "¿Qué se acordó con la familia y cuándo es el próximo control?", body, \
        f"Control de hemoglobina de {kid.full()} en 30 días; seguir con {drug}."


def _one_document(write: Callable[[Gen], tuple[str, str, str]]) -> Callable[[Gen], tuple[str, str, str]]:
    """The writer, starting each document with no names given yet."""

    @functools.wraps(write)
    def fresh(g: Gen) -> tuple[str, str, str]:
        g.used = set()
        return write(g)

    return fresh


DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {
    f.__name__: _one_document(f) for f in (telehealth_chat, answering_service, ship_medical_log, prison_transfer, immigration_medical, compounding_record,
                                           biobank_consent, interpreter_booking, injury_report_es, tutela, maternal_death_review, sanatorium_card,
                                           advance_decision, ltc_certification, disability_certificate, medical_travel_request, home_visit_pe)
}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity): the spans come in document order within a field and never overlap, so each is
    found after the end of the one before it."""
    fields = dict(text_fields(r.record))
    at: dict[str, int] = {}
    out = []
    for s in r.pii:
        start = fields[s.field].find(s.text, at.get(s.field, 0))
        if start < 0:
            raise ValueError(f"{s} not found in order in {s.field}")
        at[s.field] = start + len(s.text)
        out.append((s.field, start, start + len(s.text), s.entity))
    return out


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    if "messages" in record:
        return [(f"messages[{i}].content", m["content"]) for i, m in enumerate(record["messages"])]
    return list(record.items())


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
