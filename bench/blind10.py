"""Tenth blind scrubbing corpus: twenty registers, half machine and semi-structured exports, half English-language papers from ten more countries.

    python bench/blind10.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind10.py --out blind10.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned
on; its author read no scrubber rule, no scrubber test, no scrubbing document and none of the
measured misses, and never ran the scrubber on it. The nine earlier corpora are prose, speech
and chat; sites also hold their data as machine exports, with free text inside structure, so
ten registers here are exports as a site really holds them: an Australian hospital's HL7 v2.4
ADT^A01 and its pathology service's ORU^R01 (MSH, EVN, PID with ~ repeats, NK1, PV1, DG1, OBR,
OBX, NTE), an English GP record's FHIR R4 Bundle (a Patient and an Observation) pasted as JSON,
a Singapore clinic's appointment list as CSV with a header row and every field quoted, a US
hospital's EHR access-audit log, a Sri Lankan imaging centre's DICOM header as dcmdump prints it,
a Texas clinic's pipe-delimited 837P claim extract, an Australian pharmacy's semicolon-separated
dispensing history with its Schedule 8 note, an English GP's ICE pathology request with its
barcode, Data Matrix payload and tube labels, a Texas district clerk's tab-separated e-filing
docket export, and a law firm's LEDES 1998B invoice (narratives naming the claimant, the insured
and opposing counsel). The other ten are English-language papers from countries no earlier
corpus visited: a Sri Lankan laboratory's court-ordered DNA paternity report, a Mauritian
life-insurance medical examiner's report, a Zimbabwean magistrate's bail ruling, a Namibian
maintenance order, a Tanzanian pre-anaesthetic assessment, a Malawian labour-ward delivery
summary, a Trinidadian application for a protection order under the Domestic Violence Act, a
Samoan Land and Titles Court decision on a matai title, a Manx deed poll of change of name with
the advocates' covering letter, and a RwandAir medical information form (MEDIF).

Identifiers follow the public descriptions of their formats, with the check characters
computed: Australian Medicare numbers (weights 1,3,7,9,1,3,7,9, modulo 10), IHI, HPI-I and HPI-O
numbers (80036, the kind, nine digits, Luhn), ABNs (one off the first digit, weights 10,1,3,...,19,
modulo 89), NHS numbers (England and the Isle of Man; weights 10 to 2, modulo 11), Singapore NRIC
and FIN numbers (weights 2,7,6,5,4,3,2, four more for T and G, the letter tables), US NPIs (Luhn
over 80840 and the number), GS1 GSRNs on patient wristbands (weights 3 and 1, modulo 10),
Mauritian national identifiers (the first letter of the surname at birth, the birth date, six
digits, a check character: weights 14 to 2 over a 36-character alphabet, modulo 17), Mauritian
IBANs, Zimbabwean national registration numbers (the office and serial modulo 23 pick the letter;
no I, O or U) and Namibian identity numbers (the birth date, weights 11 to 2, modulo 11). Drawn in
their published patterns, with no public check: Sri Lankan NICs (the birth year and the day of
the year, 500 added for a woman, in the old form ending in V and the new twelve-digit form),
Tanzanian NIDA numbers (the birth date first), Rwandan national IDs (the birth year, 7 for a
woman and 8 for a man), Malawian national IDs (eight letters and digits), National Insurance
numbers (the prefix rules), Medicare Beneficiary Identifiers (the character class of each
position), Centrelink reference numbers, DVA file numbers, Texas bar numbers, EINs, Singapore UENs,
Mauritian business registration numbers, ODS codes, and every court, claim, order, accession,
envelope, booking and ticket number of each place. Trinidad and Tobago's national ID numbers
have no public description that the author found: they are drawn as eleven digits, the
holder's birth date first.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them
or of their nicknames in the name lists of bench/blind2.py to bench/blind9.py: checked when this
module loads): Aboriginal, Anglo-Celtic, Greek and Italian, Maori and Vietnamese Australians;
Yoruba, Igbo and Hausa, Bengali, Tamil and English Britons; Chinese (family name first), Malay
(bin, binte and the father's name) and Tamil (s/o, d/o) Singaporeans; Anglo, African American,
Hispanic, Dine and Filipino Americans; Sinhala (a house name before the given name on legal
papers), Sri Lankan Tamil (the father's name, as an initial) and Moor; Indo-, Franco- and
Sino-Mauritian and Creole; Shona and Ndebele; Oshiwambo, Otjiherero, Nama and Damara, Afrikaans
and German Namibians; Chagga, Maasai, Nyakyusa and coastal Swahili; Chewa, Tumbuka and Yao;
Indo-, Afro-, Chinese- and Syrian-Trinidadian; Samoan, with matai titles; Manx; Kinyarwanda (no
family name shared in a family). Hard cases: FAMILY^GIVEN^MIDDLE in capitals, the surname first
with a comma (inside a quoted CSV field too), the family name first, initials in one field and
the full name in another (DICOM's OtherPatientNames, a LEDES timekeeper ID, a pharmacist's
initials), a Sinhala legal name beside its initials (W.A.N. Bandara), a Tamil father's initial,
a maiden name after née, a former and a new name, nicknames (also called "Boysie"), a Samoan
title, a single name in a passport, names that are words (Memory, Loveness, Lovemore, Bright,
Happiness, Crystal, Amber, Misty, Buck, Brooke, Quirk, Ransom, Georgia), names in possessives,
names inside e-mail addresses and user ids, and an accession number inside a file path.

Labelling rules are bench/blind8.py's: the body that issues a number stays outside its span;
social-security, citizen, tax and passport numbers are NATIONAL_ID, numbers that exist for
health care HEALTH_ID, professional registrations, driving licences and vehicle plates
LICENSE_NUMBER, file, claim, court and police numbers CASE_NUMBER; hospitals, clinics,
pharmacies, local courts, police stations and firms are ORGANIZATION, national bodies are left
unlabelled; clock times, ages and years on their own are not labelled, a date with its time is
one DATE_TIME; titles stay outside a person's span; money amounts, clinical and legal terms are
protected. bench/blind9.py's new calls hold too (a mobile-money number is ACCOUNT_NUMBER, a
pupil's or student's number STUDENT_ID, a firm's client-portal link URL). New calls for this
corpus: a name written FAMILY^GIVEN^MIDDLE in an HL7 or DICOM field is one PERSON span with its
carets, and a title or degree component after it (^^MR, ^^^Dr, ^^DR) stays outside; a name the
format splits into fields (a claim's last and first name, FHIR's family and given) is one span a
field; an address in one HL7 field is one LOCATION span from the street to the postcode, carets
inside, while the country and address-type components stay outside; elsewhere each address field
is its own span, and a US state code in a field of its own is not labelled, like a country. An
identifier's value is the span and its assigning authority and type code (^^^AUSHIC^MC, a FHIR
identifier system) stay outside; a patient's FHIR logical id is HEALTH_ID wherever it appears (in
a reference, in a fullUrl, whose server address stays unlabelled), while other resources' ids,
HL7 message control ids and DICOM UIDs are not labelled (they name a message or an image, not a
person). A facility code that names a hospital or laboratory (RDH, PATHWEST) is ORGANIZATION, like
the name, and so is a hospital department in an audit log, like a ward; HPI-O numbers, ODS codes,
an organisation's NPI, EINs, ABNs, UENs and business registration numbers are
COMPANY_REGISTRATION, an HPI-I and an individual's NPI LICENSE_NUMBER. Visit, encounter, order,
accession, study and specimen numbers (an order number with its tube suffix, a wristband GSRN)
are HEALTH_ID; a patient account number, a provider's patient control number, a law firm's
client ID and an EHR user id are ACCOUNT_NUMBER; invoice, matter, envelope, prescription (Rx)
numbers, booking references and ticket numbers are CASE_NUMBER. A timekeeper's initials and a
name written as initials are PERSON. Dates written YYYYMMDD and moments written YYYYMMDDHHMMSS or
in ISO 8601 are DATE_TIME; a clock time in a column of its own is not labelled. Workstation and
station names, modality codes, flight numbers and US state codes are not labelled. LOINC, ICD-10,
CPT, provider taxonomy, PBS item and UTBMS codes, STR loci, study descriptions and the amounts
of a claim or an invoice are protected terms. A Samoan matai title named as the title in dispute
is PERSON, like the name it is part of; a village is LOCATION. Records, labels and the soundness
check are bench/blind3.py's.
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
import blind9
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Australia, England and the United States are several communities each (GROUPS below); Singapore
# has three: Chinese (family name first), Malay and Indian (the last two have no surnames: bin/binte or s/o, d/o and the father's
# given name, drawn from the men's names); Sri Lanka three: Sinhala, Tamil (the father's name) and Moor.
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # Australia: Aboriginal, Anglo-Celtic, Greek and Italian, Maori and Vietnamese Australians
    "aua": (("Merindah", "Alinta", "Yindi", "Lowanna", "Kalinda", "Mirri", "Allira", "Iluka", "Nioka", "Koorine"),
            ("Tjandamurra", "Djalu", "Bunji", "Mirrin", "Djarru", "Wandjuk"),
            ("Kickett", "Gaykamangu", "Wanganeen", "Roughsey", "Marika", "Djerrkura", "Pitjara", "Ugle", "Narkle", "Walley", "Yarrie")),
    "aue": (("Kirrily", "Narelle", "Tahlia", "Brooke", "Marnie", "Tamsin", "Noeline", "Tarryn", "Bronte"),
            ("Brendan", "Wayne", "Bayley", "Warrick", "Corey", "Kurtis", "Jett", "Koby", "Lockie", "Tyson"),
            ("Bourke", "Hodgson", "Fitzgibbon", "Ingram", "Lockyer", "Baxendale", "Hurley", "Tranter", "Quinlivan", "Garnsey", "Treloar",
             "Polkinghorne", "Trewartha")),
    "aug": (("Effie", "Concetta", "Pina", "Assunta", "Georgia"),
            ("Spiros", "Rocco", "Nino"),
            ("Papazoglou", "Kalogeropoulos", "Tsirigotis", "Vlahos", "Castellano", "Ferrante", "Spagnolo")),
    "aum": (("Kowhai", "Rawinia", "Kuini", "Makere"),
            ("Hemiona", "Kahu", "Ariki", "Paora"),
            ("Huata", "Rapana", "Tamihana", "Taiaroa")),
    "auv": (("Nhung", "Oanh"),
            ("Hieu",),
            ("Phan", "Luu")),
    # England: Yoruba, Igbo and Hausa, Bengali, Tamil and English Britons
    "uky": (("Funmilayo", "Bisola", "Ebunoluwa", "Uchechi", "Adaora", "Chinwe", "Temitope", "Morenike", "Tolulope", "Asabe", "Talatu", "Amina"),
            ("Aminu", "Uchenna", "Olawale", "Ayomide", "Ifeanyichukwu", "Tijjani", "Usman", "Bukar"),
            ("Oyinlola", "Onwuachi", "Yusuf", "Igwe", "Umeh", "Chukwu", "Nwafor")),
    "ukb": (("Rumana", "Tahmina", "Shamima", "Nusrat", "Fahmida"),
            ("Moyeen", "Tanvir", "Rezaul", "Azizur"),
            ("Hoque", "Kabir", "Momtaz")),
    "ukt": (("Abirami", "Janani", "Tharani", "Thulasi", "Sundari", "Sharmila"),
            ("Senthil", "Ilango", "Karthikeyan", "Murugan", "Dhanush", "Kannan", "Pandian"),
            ("Thevarajah", "Sivakumar", "Balasubramaniam", "Kanagaratnam", "Ratnasingam", "Murugesu", "Selvakumar")),
    "uke": (("Gemma", "Tilly", "Poppy", "Stacey", "Bethany", "Jodie", "Chelsea", "Keeley", "Demi"),
            ("Dominic", "Toby", "Kieran", "Reece", "Lewis", "Craig"),
            ("Higginbottom", "Ashworth", "Greenhalgh", "Pilkington", "Whitworth", "Ormerod", "Sutcliffe", "Hargreaves", "Butterworth", "Clegg",
             "Entwistle", "Ramsbottom", "Holroyd")),
    "sgc": (("Kah Hwee", "Poh Lian", "Huay Leng", "Shuen Khim", "Gek Suan", "Yoke Lay", "Xiu Qian", "Hiang Yin", "Sok Yee"),
            ("Choon Beng", "Kian Meng", "Yong Sheng", "Kwang Tiong", "Liang Kiat", "Whye Loong", "Kheng Wah", "Zhen Yew", "Chuan Thye", "Joo Heok"),
            ("Phua", "Sng", "Pang", "Loke", "Kwek", "Yap", "Chia", "Quek", "Seah", "Heng", "Chua", "Boey", "Yeap", "Koay", "Tng", "Leow", "Phang",
             "Seet", "Kuah", "Tham", "Thng", "Chew")),
    "sgm": (("Nurfarhana", "Zubaidah", "Syafiqah", "Noraini", "Haslinda", "Kamariah", "Rahimah", "Salmah", "Maimunah", "Hamidah", "Rosnah", "Fauziah",
             "Nurhidayah", "Norliza", "Zaleha", "Hazirah"),
            ("Zulkifli", "Azhar", "Iskandar", "Hairul", "Rizal", "Fadhil", "Khairuddin", "Shamsul", "Jamaludin", "Ridhwan", "Aidil", "Suhaimi",
             "Ramlan", "Yaakob", "Jumaat", "Sazali", "Mazlan", "Kamal", "Sufian", "Syazwan", "Irwan"),
            ()),
    "sgi": (("Mageswari", "Thamarai", "Vasanthi", "Aditi", "Kavi", "Shanthi", "Jothi", "Indrani", "Vijaya", "Kannagi", "Meenatchi", "Devaki"),
            ("Ravichandran", "Selvaraj", "Balakrishnan", "Thiruselvam", "Gopinath", "Chandran", "Jeyaraj", "Murali", "Rajendran", "Anbalagan", "Muthu",
             "Sivaraman", "Mariappan", "Periasamy", "Velayutham", "Subbiah"),
            ()),
    # the United States: Anglo, African American, Hispanic, Dine (Navajo) and Filipino Americans
    "use": (("Brittany", "Tiffany", "Darlene", "Crystal", "Haley", "Kristine", "Amber", "Misty", "Tonya", "Bobbie", "Cheyenne"),
            ("Brandon", "Marvin", "Jerrold", "Raymond", "Chester", "Dustin", "Colby", "Buck", "Clint", "Cletus", "Duane"),
            ("Hollister", "Whitfield", "Bradshaw", "McNulty", "Fitzpatrick", "Pruitt", "Hargrove", "Thibodeaux", "Landry", "Arceneaux", "Schwartz",
             "Wisniewski", "Abernathy", "Pettigrew", "Spradlin", "Tackett", "Kilgore", "Haskins", "McCready", "Honeycutt", "Tubbs")),
    "usb": (("Shaniqua", "Imani", "Shonda", "Keshia", "Deja", "Ebony", "Tawana", "Jasmine"),
            ("Tremaine", "Kendrick", "Jamal", "Terrell", "Darnell", "Rashad", "Tyrell", "Marlon", "Dante"),
            ("Robinson", "Coleman", "Stallworth", "Gaskins", "Dorsey", "Brunson", "Gaines", "Ransom", "Pickens", "Toomer")),
    "ush": (("Yolanda", "Xiomara", "Esmeralda", "Lourdes", "Yazmin"),
            ("Arturo", "Ernesto", "Teodoro", "Fidencio", "Romeo"),
            ("Alvarado", "Esquivel", "Quintanilla", "Cardenas", "Villareal", "Arriaga", "Montoya", "Saldaña", "Trujillo", "Ybarra", "Garza", "Zepeda")),
    "usn": (("Winona", "Nezbah", "Shandiin"),
            ("Hosteen", "Atsidi"),
            ("Tsosie", "Benally", "Etsitty", "Nakai", "Yellowhorse", "Begaye")),
    "usf": (("Maricar", "Analiza", "Jhoanna", "Rhodora"),
            ("Rommel", "Danilo", "Rolando", "Arnulfo"),
            ("Sison", "Mangubat", "Dumlao", "Agbayani", "Tiongson")),
    "lk": (("Dilrukshi", "Nadeesha", "Chamari", "Sanduni", "Thilini", "Kumudini", "Ishara", "Nilmini", "Sewwandi", "Hiruni", "Dulani", "Anoma",
             "Sumudu", "Kalani"),
           ("Chaminda", "Kasun", "Nuwan", "Dinesh", "Lasantha", "Tharindu", "Upul", "Ruwan", "Prasanna", "Aruna", "Buddhika", "Sampath", "Janaka"),
           ("Wickramasinghe", "Jayasuriya", "Gunawardena", "Perera", "Fernando", "Dissanayake", "Bandara", "Herath", "Ratnayake", "Samarasinghe",
            "Kulatunga", "Ekanayake", "Weerasekara", "Kodithuwakku")),
    "lkt": (("Tharshini", "Vithiya", "Kajaluxmi", "Niroshini", "Sathiya", "Piratheepa"),
            ("Sivanesan", "Kajendran", "Thuvarakan", "Mayooran", "Kirushanth", "Uthayakumar"),
            ("Sivapalan", "Nadarajah", "Kanagasabai", "Thillainathan", "Yogarajah", "Jeyakumar")),
    "lkm": (("Fathima Rizna", "Sithy Rifka", "Aysha Farhana"),
            ("Rizwan", "Rishad", "Fazil", "Ashraff"),
            ("Marikar", "Cassim", "Lebbe", "Jiffry", "Hameed", "Mohideen")),
    "mu": (("Devika", "Sooraya", "Nandini", "Shabnam", "Bhavna", "Kheshnee", "Reshma", "Vidya", "Poonam", "Hemlata", "Rookmeenee", "Prishnee",
             "Nazira", "Natacha", "Mélanie", "Gaëlle", "Christelle", "Laetitia", "Meiling"),
           ("Vikash", "Yousouf", "Shameer", "Kritesh", "Ludovic", "Ashvin", "Navin", "Sanjeev", "Rishi", "Deepak", "Kailash", "Vishal", "Irfaan",
            "Nazeer", "Imraan", "Christophe", "Fabrice", "Dany", "Fong"),
           ("Ramdin", "Seegoolam", "Boodhoo", "Mungur", "Ramsurrun", "Peerbux", "Auckbaraullee", "Leclézio", "de Chazal", "Mootoosamy", "Ramasawmy",
            "Sookun", "Bhugun", "Appadoo", "Gopaul", "Lallmahomed", "Dowlut", "Jeetah", "Ramphul", "Gunputh", "Hurrynag", "Beeharry", "Jhugroo",
            "Curpen", "Veerasamy", "Moorghen", "Emamdee", "Hossenbux", "Toorabally", "Bundhun", "Rivalland", "Maurel", "Koenig", "Kwong")),
    "zw": (("Tendai", "Rutendo", "Chiedza", "Nyasha", "Tsitsi", "Rumbidzai", "Thandiwe", "Sibusisiwe", "Nomathemba", "Fadzai", "Tariro", "Vimbai",
             "Ruvimbo", "Shamiso", "Kudzai", "Sithembile", "Memory", "Loveness", "Tinotenda"),
           ("Tinashe", "Farai", "Tafadzwa", "Kudakwashe", "Tawanda", "Simbarashe", "Bhekimpilo", "Mthokozisi", "Takudzwa", "Munyaradzi", "Tatenda",
            "Tonderai", "Ngonidzashe", "Tapiwa", "Nkosinathi", "Mandlenkosi", "Obert", "Lovemore", "Trymore", "Learnmore"),
           ("Moyo", "Ncube", "Sibanda", "Chikwanha", "Mudzingwa", "Nyathi", "Dube", "Gumbo", "Mupfumira", "Mhlanga", "Chigumba", "Marufu", "Chimedza",
            "Zvavamwe", "Mukanya", "Tshuma", "Mpofu", "Masuku", "Mhere", "Nyamayaro")),
    "na": (("Ndapewa", "Nangula", "Selma", "Hilma", "Kauna", "Uerikua", "Vezeko", "Gretchen", "Elke", "Magano", "Anneri", "Ndinelago", "Penoshinge",
             "Ndahambelela", "Kaunapaua", "Saara", "Aina", "Loide", "Frieda", "Brunhilde", "Karin", "Mariska", "Ndeshipanda"),
           ("Tangeni", "Kaupiti", "Uazuva", "Festus", "Johannes", "Petrus", "Kaarlo", "Dawid", "Tuhafeni", "Ndjoze", "Kaembo", "Vekuii", "Eino",
            "Sakaria", "Nicodemus", "Tjekero", "Dieter", "Heinrich", "Stefanus", "Gideon", "Wikus", "Dirkie"),
           ("Shikongo", "Nghipondoka", "Amutenya", "Haufiku", "Kavari", "Tjiriange", "Katjivena", "Gowaseb", "Garoeb", "Swartbooi", "Beukes",
            "van Wyk", "Steenkamp", "Schwarz", "Brinkmann", "Iipumbu", "Nakale", "Shilongo", "Nghidinwa", "Kapofi", "Tjituka", "Kandjii", "Hengari",
            "Kazapua", "Hoebeb", "Khoeseb", "Gariseb", "Isaacks", "Louw", "Shipena")),
    "tz": (("Rehema", "Upendo", "Mwanaisha", "Subira", "Pendo", "Tumaini", "Anyesi", "Mwajuma", "Mwanahawa", "Zuhura", "Salma", "Mariamu",
             "Esuvat", "Naishiye", "Anande", "Happiness", "Faraja", "Agape", "Sikitu"),
           ("Shabani", "Elia", "Mussa", "Salim", "Frederick", "Gaudence", "Godlisten", "Rashidi", "Ally", "Athumani", "Ramadhani", "Lemburis",
            "Loishiye", "Naftali", "Wilbroad", "Deogratias", "Bakari", "Mrisho", "Kheri", "Abdallah", "Fadhili"),
           ("Massawe", "Mushi", "Lyimo", "Temu", "Kimaro", "Swai", "Mrema", "Mollel", "Laizer", "Mwakyusa", "Mwakalinga", "Kapinga", "Magesa",
            "Mapunda", "Shirima", "Mfinanga", "Urassa", "Minja", "Kombe", "Makame", "Mbwambo", "Ngowi", "Msuya", "Lukumay", "Kitomari")),
    "mw": (("Chimwemwe", "Tiyamike", "Chikondi", "Thokozani", "Mphatso", "Tadala", "Alinafe", "Chifundo", "Madalitso", "Takondwa", "Esnart",
             "Lusungu", "Towera", "Zione", "Pemphero", "Ulemu", "Yankho", "Atupele", "Fatsani", "Twambilile"),
           ("Kondwani", "Tamanda", "Yamikani", "Mavuto", "Limbani", "Dalitso", "Khumbo", "Mwayi", "Steven", "Wezzie", "Chikumbutso", "Kumbukani",
            "Lonjezo", "Mayamiko", "Tiwonge", "Wongani", "Zondiwe", "Mtisunge", "Jameson", "Bright", "Harold", "Chisomo"),
           ("Banda", "Mbewe", "Chirwa", "Nyirenda", "Msiska", "Gondwe", "Mhango", "Chisale", "Kachingwe", "Mkandawire", "Chimombo", "Likongwe",
            "Makwinja", "Salanje", "Kalua", "Chiumia", "Kumwenda", "Ngwira", "Chavula", "Kalinde", "Mponda", "Chaponda", "Msowoya", "Jere", "Nkhoma",
            "Kamanga")),
    "tt": (("Sharda", "Indira", "Nalini", "Shenelle", "Asha", "Rhea", "Giselle", "Savitri", "Leela", "Drupatie", "Rookmin", "Parbatie",
             "Chandrawatee", "Rochelle", "Nicolette", "Akeela", "Nafeesa", "Jamila", "Marcelle"),
           ("Deoraj", "Krishna", "Anil", "Keston", "Kerwin", "Dexter", "Ryan", "Shiva", "Ainsley", "Roger", "Ramesh", "Harrinarine", "Dhanraj",
            "Vishnu", "Kendell", "Akeem", "Kevon", "Rondell", "Ishmael", "Hafeez", "Keron"),
           ("Maharaj", "Ramdass", "Ragoonanan", "Boodram", "Seepersad", "Mohammed", "Sylvester", "Achong", "Sabga", "Aboud", "Lutchman", "Bissoon",
            "Ramkissoon", "Dookeran", "Ramlal", "Jagessar", "Sookdeo", "Rampersad", "Gopeesingh", "Mahabir", "Ramoutar", "Ramnath", "Hosein",
            "Alleyne", "Hadeed")),
    "ws": (("Losa", "Fetu", "Silia", "Lagi", "Malia", "Luisa", "Seini", "Lupe", "Selesitina", "Sieni", "Lusia", "Faamoe"),
           ("Tavita", "Ioane", "Falaniko", "Aukusitino", "Tupe", "Sefo", "Loto", "Penitoa", "Uelese", "Mikaele", "Paulo", "Ropati", "Alapati",
            "Faafetai"),
           ("Sapolu", "Faasavalu", "Tuimavave", "Fonoti", "Leavasa", "Soliai", "Tanielu", "Afamasaga", "Lemalu", "Toala", "Masoe", "Pouono",
            "Faalogo", "Schwenke", "Aiono", "Tuiasosopo", "Enari", "Lauina", "Sopoaga", "Tuala")),
    "im": (("Breesha", "Aalin", "Moirrey", "Ealish", "Kirree", "Voirrey", "Margery", "Cristeen", "Joney", "Catreeney", "Paaie", "Brede", "Ellan",
             "Essie", "Jessamine", "Ysabel"),
           ("Illiam", "Orry", "Freddie", "Ewan", "Dollin", "Harry", "Colin", "Hughie", "Kenny", "Ramsey", "Evan", "Finlo", "Dhone", "Phillip"),
           ("Quayle", "Kermode", "Corlett", "Cregeen", "Kinrade", "Callister", "Quilliam", "Kewley", "Clucas", "Faragher", "Crellin", "Skillicorn",
            "Teare", "Quirk", "Cannell", "Costain", "Kinvig", "Killey", "Cowin", "Kneale", "Kaighin", "Moughtin", "Qualtrough", "Gelling", "Kennaugh",
            "Looney", "Mylchreest", "Shimmin", "Watterson")),
    "rw": (("Uwase", "Mukamana", "Uwimana", "Ishimwe", "Iradukunda", "Umutoni", "Mukeshimana", "Uwamahoro", "Nyiramana", "Keza", "Ineza",
             "Kayitesi", "Murekatete"),
           ("Habimana", "Niyonsenga", "Nshimiyimana", "Tuyishime", "Ndayisaba", "Mugabo", "Hakizimana", "Munyaneza", "Bizimana", "Gakwaya",
            "Rukundo", "Kalisa"),
           ("Nsengiyumva", "Uwitonze", "Karangwa", "Gasana", "Mutabazi", "Rugamba", "Sebukwe", "Kabera", "Byiringiro", "Niyomugabo", "Twizeyimana",
            "Manzi", "Gatete", "Ruzindana", "Sezibera", "Kamanzi", "Ndahiro")),
}  # fmt: skip
GROUPS = {"au": ("aue", "aue", "aua", "aua", "aug", "aum", "auv"), "uk": ("uke", "uke", "uky", "uky", "ukb", "ukt"),
          "us": ("use", "use", "usb", "usb", "ush", "ush", "usn", "usf")}  # a country's people: one of its communities, drawn by these weights
SINHALA_HOUSES = ("Mudiyanselage", "Arachchige", "Pathiranage", "Hewage", "Liyanage", "Kankanamge", "Appuhamilage", "Vidanelage")
SINHALA_FAMILIES = ("Wijesinghe", "Rathnayaka", "Liyana", "Hewa", "Gamage")  # the family name before a ge-name: "Wijesinghe Arachchige"
MATAI = ("Leiataua", "Leota", "Seumalo", "Vaai", "Tuaopepe", "Lemauga", "Fepuleai", "Tauiliili", "Aumua", "Fuimaono", "Toleafoa", "Lefau")
NICKNAMES = {"Funmilayo": "Funmi", "Tjandamurra": "Tjandy", "Kudakwashe": "Kuda", "Simbarashe": "Simba", "Kirrily": "Kiz", "Chimwemwe": "Chimwe",
             "Chamari": "Chami", "Ravichandran": "Ravi", "Shiva": "Boysie", "Kerwin": "Tallboy", "Sharmila": "Shaz", "Nangula": "Nadi",
             "Breesha": "Breesh", "Tinotenda": "Tino", "Tarryn": "Tash", "Kendrick": "Bubba", "Wezzie": "Wezi"}  # fmt: skip
FAMILY_FIRST = {"sgc"}  # the family name written first
# A wife or child who carries the family name: not in Rwanda (every child has a name of its own), Tanzania, Malawi or Tamil Sri Lanka
# (the father's given name, drawn here as a name of its own), nor among Singapore's Malays and Indians (bin, binte, s/o, d/o and the father).
SHARES_FAMILY_NAME = {"aua", "aue", "aug", "aum", "auv", "uky", "ukb", "ukt", "uke", "use", "usb", "ush", "usn", "usf", "mu", "zw", "na", "tt", "ws", "im",
                      "lk", "lkm", "sgc"}
PARTICLES = blind9.PARTICLES | {"binte", "van"}


def fold10(text: str) -> str:
    return blind9.fold9(text)


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold10(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind9.py."""
    return blind9.earlier_names() | blind9.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [*SINHALA_HOUSES, *SINHALA_FAMILIES, *MATAI, *NICKNAMES.values()]
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
    house: str = ""  # Sinhala: the family and ge-name written before the given name on legal papers ("Wijesinghe Arachchige")
    matai: str = ""  # Samoan: a chief's title, written before the given name

    def plain(self) -> str:
        return f"{self.last} {self.first}" if self.culture in FAMILY_FIRST else f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def given(self) -> str:
        return L("PERSON", self.first)

    def sur(self) -> str:
        return L("PERSON", self.last)

    def called(self) -> str:
        """How the person is addressed after the first mention: the given name where there is no family name to use."""
        return self.given() if self.culture in ("sgm", "sgi", "lkt") else self.sur()

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

    def comma(self, caps: bool = False, middle: bool = False) -> str:
        """Surname first with a comma, as exports and registers write it: "KERMODE, Illiam" or "KERMODE, ILLIAM JOHN"."""
        given = f"{self.first} {self.middle}" if middle and self.middle else self.first
        text = f"{self.last}, {given}"
        return L("PERSON", text.upper() if caps else f"{self.last.upper()}, {given}")

    def hl7(self, middle: bool = True) -> str:
        """FAMILY^GIVEN^MIDDLE in capitals, one span with its carets (a title or degree after it stays outside)."""
        parts = [self.last, self.first] + ([self.middle] if middle and self.middle else [])
        return L("PERSON", "^".join(parts).upper())

    def legal(self) -> str:
        """The full name on legal papers: a Sinhala house name first, a Samoan title first, a Tamil father's name first."""
        if self.culture == "lkt":
            return L("PERSON", f"{self.last} {self.first}")
        lead = self.house or self.matai
        return L("PERSON", " ".join(p for p in (lead, self.first, self.middle, self.last) if p))

    def initialled(self) -> str:
        """Initials for every name but the last: "W.A.N. Bandara", "S. Tharshini" (a Tamil's father's initial)."""
        if self.culture == "lkt":
            return L("PERSON", f"{self.last[0]}. {self.first}")
        words = " ".join(p for p in (self.house, self.first, self.middle) if p).split()
        return L("PERSON", "".join(f"{w[0]}." for w in words) + f" {self.last}")

    def titled(self) -> str:
        """A Samoan chief with the title before the name: "Leiataua Tavita Sapolu"."""
        return L("PERSON", f"{self.matai} {self.plain()}" if self.matai else self.plain())

    def nick(self) -> str:
        return L("PERSON", NICKNAMES.get(self.first, self.first))

    def ascii(self, sep: str = ".") -> str:
        first = re.sub(r"[^a-z]", "", fold10(self.first.split()[0]).lower())
        last = re.sub(r"[^a-z]", "", fold10(self.last.split()[-1]).lower())
        return f"{first}{sep}{last}"


def bare(marked: str) -> str:
    """Marked text as it will read: labels and protected-term marks taken out."""
    return re.sub("[\x02\x03\x04\x05]|[A-Z_]+\x1f", "", marked) if "\x02" in marked or "\x04" in marked else marked


# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions

luhn = blind9.luhn  # the Luhn check digit over the digits given
nhs_digit = blind9.nhs_digit  # NHS numbers (England, the Isle of Man): weights 10 to 2, 11 less the sum modulo 11
iban = blind9.iban


def medicare_digit(eight: str) -> str:
    """Australian Medicare card: the first eight digits weighted 1,3,7,9,1,3,7,9; the sum modulo 10 is the ninth."""
    return str(sum(int(c) * w for c, w in zip(eight, (1, 3, 7, 9, 1, 3, 7, 9))) % 10)


def abn_ok(eleven: str) -> bool:
    """Australian Business Number: one off the first digit, weights 10,1,3,5,...,19, divisible by 89."""
    d = [int(c) for c in eleven]
    d[0] -= 1
    return sum(x * w for x, w in zip(d, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19))) % 89 == 0


def nric_letter(prefix: str, seven: str) -> str:
    """Singapore NRIC (S, T) and FIN (F, G): weights 2,7,6,5,4,3,2, four more for T and G; the remainder modulo 11 picks the letter."""
    total = sum(int(c) * w for c, w in zip(seven, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


def npi_digit(nine: str) -> str:
    """US National Provider Identifier: the Luhn digit over 80840 and the nine digits."""
    return luhn("80840" + nine)


def gs1_digit(body: str) -> str:
    """GS1 (GTIN, GSRN): weights 3 and 1 from the right; ten less the sum modulo 10."""
    return str(-sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body))) % 10)


_MU_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mu_nid_char(thirteen: str) -> str:
    """Mauritian national identifier: the thirteen characters valued 0-35 and weighted 14 to 2; 17 less the sum modulo 17 picks the check."""
    return _MU_ALPHABET[17 - sum(_MU_ALPHABET.index(c) * w for c, w in zip(thirteen, range(14, 1, -1))) % 17]


def zw_letter(digits: str) -> str:
    """Zimbabwean national ID: the registration office's code and the serial read as one number, modulo 23, pick the letter (no I, O, U)."""
    return "ZABCDEFGHJKLMNPQRSTVWXY"[int(digits) % 23]


def na_digit(ten: str) -> str | None:
    """Namibian identity number: weights 11 to 2; 11 less the sum modulo 11, 11 written 0 (None where it is 10: the serial moves on)."""
    r = (11 - sum(int(c) * w for c, w in zip(ten, range(11, 1, -1))) % 11) % 11
    return None if r == 10 else str(r)


assert medicare_digit("21234567") == "0" and medicare_digit("29518731") == "2" and abn_ok("51824753556")
assert nric_letter("S", "1234567") == "D" and nric_letter("G", "1234567") == "X" and npi_digit("123456789") == "3"
assert gs1_digit("400638133393") == "1" and mu_nid_char("M090497290349") == "B" and mu_nid_char("L220797150283") == "3"
assert na_digit("5610240013") == "5" and nhs_digit("943476591") == "9"
assert iban("MU", "BOMM0101101030300200000MUR") == "MU17BOMM0101101030300200000MUR"


def lk_day(date: datetime.date) -> int:
    """The day of the year as a Sri Lankan NIC writes it: every year counted as a leap year (29 February always has its number)."""
    return (datetime.date(2000, date.month, date.day) - datetime.date(2000, 1, 1)).days + 1


# ---------------------------------------------------------------- structured text: JSON, CSV, DICOM, written with their labels inside


def js(value: object, indent: int = 0) -> str:
    """JSON text with labels inside its strings (json.dumps would escape the marks); every string is checked to need no escape."""
    pad = "  " * indent
    if isinstance(value, dict):
        return "{\n" + ",\n".join(f'{pad}  "{k}": {js(v, indent + 1)}' for k, v in value.items()) + f"\n{pad}}}"
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return "[" + ", ".join(js(v) for v in value) + "]"
        return "[\n" + ",\n".join(f"{pad}  {js(v, indent + 1)}" for v in value) + f"\n{pad}]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    assert isinstance(value, str) and not re.search(r'["\\\n\t]', bare(value)), value
    return f'"{value}"'


def csv_line(cells: list[str], sep: str = ",", quote: bool = True) -> str:
    """One CSV (or TSV, or semicolon) line; with ``quote`` every cell in double quotes, as the exporting system writes them."""
    for c in cells:
        assert '"' not in bare(c) and "\n" not in bare(c) and (quote or sep not in bare(c)), c
    return sep.join(f'"{c}"' if quote else c for c in cells)


def dicom_line(tag: str, vr: str, value: str, keyword: str) -> str:
    """A line of dcmdump's output: tag, VR, the value in brackets, its (even) length and the attribute's keyword."""
    n = len(bare(value).encode("utf-8"))
    head = f"({tag}) {vr} [{value}]"
    return f"{head}{' ' * max(1, 52 - len(bare(head)))}# {n + n % 2:3d}, 1 {keyword}"


PHONES = {
    "au": ("04## ### ###", "+61 4## ### ###", "(08) 89## ####", "(07) 47## ####", "(03) 62## ####"),
    "uk": ("07### ######", "+44 7### ######", "01204 ######", "020 7### ####", "0116 ### ####"),
    "sg": ("9### ####", "8### ####", "+65 9### ####", "6### ####"),
    "us": ("(214) ###-####", "(713) ###-####", "512-###-####", "+1 210 ### ####", "(806) ###-####"),
    "lk": ("077 ### ####", "+94 71 ### ####", "011 2 ######", "081 2 ######", "071-#######"),
    "mu": ("5### ####", "+230 5### ####", "4## ####", "6## ####"),
    "zw": ("077# ### ###", "+263 71 ### ####", "0242 ######", "078# ######"),
    "na": ("081 ### ####", "+264 85 ### ####", "061 ### ###", "065 ### ###"),
    "tz": ("07## ### ###", "+255 7## ### ###", "027 27# ####", "0754 ######"),
    "mw": ("099# ## ## ##", "+265 88# ### ###", "01 ### ###", "0888 ### ###"),
    "tt": ("(868) ###-####", "868-###-####", "1 868 ### ####", "868 6##-####"),
    "ws": ("+685 7######", "7######", "2####", "+685 72 #####"),
    "im": ("07624 ######", "01624 ######", "+44 1624 ######", "07624 ### ###"),
    "rw": ("078# ### ###", "+250 72# ### ###", "+250 788 ### ###", "073# ######"),
}  # fmt: skip
EN_MONTHS = blind9.EN_MONTHS
ORDINAL = blind9.blind8.nth


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

    def _community(self, group: str, female: bool) -> str:
        """One of a country's communities with a given name and a surname still free in this document."""
        first = self.pick(GROUPS[group])
        # sorted before shuffling: a set's order, and so which culture drew which key, changed with PYTHONHASHSEED
        for culture in [first, *sorted(sorted(set(GROUPS[group]) - {first}), key=lambda _: self.rng.random())]:
            women, men, surnames = PEOPLE[culture]
            if any(not name_words(n) & self.used for n in (women if female else men)) and any(not name_words(n) & self.used for n in surnames):
                return culture
        raise RuntimeError("no free name left in this document")

    def person(self, culture: str, female: bool | None = None, middle: bool = False, house: bool = False) -> Person:  # type: ignore[override]
        female = self.rng.random() < 0.5 if female is None else female
        if culture in GROUPS:
            culture = self._community(culture, female)
        women, men, surnames = PEOPLE[culture]
        first = self._name(women if female else men)
        if culture in ("sgm", "sgi"):
            link = {"sgm": ("binte", "bin"), "sgi": ("d/o", "s/o")}[culture][0 if female else 1]
            last = f"{link} {self._name(men)}"
        else:
            last = self._name(surnames)
        p = Person(first, last, culture, female)
        if middle and culture not in ("sgc", "sgm", "sgi", "lkt", "lkm") and any(not name_words(n) & self.used for n in (women if female else men)):
            p.middle = self._name(women if female else men)
        if house and culture == "lk":
            p.house = f"{self._name(SINHALA_FAMILIES)} {self._name(SINHALA_HOUSES)}"
        if culture == "ws" and self.rng.random() < 0.6:
            p.matai = self._name(MATAI)
        return p

    def relative(self, p: Person, female: bool, middle: bool = False) -> Person:
        """A spouse or child: the family name carried on where the culture does; a Malay or Indian child takes the father's name."""
        try:
            r = self.person(p.culture, female, middle)
        except RuntimeError:  # a small community's names all given: a relative by marriage from the country's others
            r = self.person(next(g for g, cs in GROUPS.items() if p.culture in cs), female, middle)
        if p.culture in SHARES_FAMILY_NAME:
            r.last, r.house = p.last, p.house
        elif p.culture in ("sgm", "sgi") and not p.female:
            r.last = f"{({'sgm': ('binte', 'bin'), 'sgi': ('d/o', 's/o')}[p.culture])[0 if female else 1]} {p.first}"
        return r

    def firm(self, culture: str) -> str:
        """A surname for a firm's or practice's name, kept from every person in the document."""
        return self._name(tuple(s for c in GROUPS.get(culture, (culture,)) for s in PEOPLE[c][2]))

    # dates

    def ymd(self, first: int = 1940, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def base(self, first: int = 2023, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        mon = EN_MONTHS[m - 1]
        forms = {
            "au": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}/{m}/{y % 100:02d}"),
            "uk": (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{mon[:3]}-{y}", f"{d} {mon} {y}"),
            "sg": (f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon[:3]} {y}"),
            "us": (f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}"),
            "lk": (f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d}{ORDINAL(d)} {mon} {y}"),
            "mu": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"),
            "zw": (f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}{ORDINAL(d)} day of {mon} {y}"),
            "na": (f"{y}/{m:02d}/{d:02d}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"),
            "tz": (f"{d:02d}/{m:02d}/{y}", f"{d}-{mon[:3]}-{y}", f"{d:02d}.{m:02d}.{y}"),
            "mw": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y % 100:02d}"),
            "tt": (f"{d:02d}/{m:02d}/{y}", f"{mon} {d}, {y}", f"{d}{ORDINAL(d)} {mon}, {y}"),
            "ws": (f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"),
            "im": (f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}{ORDINAL(d)} day of {mon} {y}"),
            "rw": (f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}"),
        }
        return self.pick(forms[cc])

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

    def compact_date(self, date: datetime.date | tuple[int, int, int]) -> str:
        """YYYYMMDD, as HL7, DICOM and LEDES write a date."""
        y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
        return L("DATE_TIME", f"{y}{m:02d}{d:02d}")

    def compact_stamp(self, date: datetime.date, hour: int | None = None, seconds: bool = True) -> str:
        """YYYYMMDDHHMM[SS], as HL7 writes a moment."""
        hh, mm = self.clock(hour).split(":")
        return L("DATE_TIME", f"{date.year}{date.month:02d}{date.day:02d}{hh}{mm}" + (f"{self.rng.randint(0, 59):02d}" if seconds else ""))

    def iso_stamp(self, date: datetime.date, hour: int | None = None, zone: str = "Z", millis: bool = False) -> str:
        hh, mm = self.clock(hour).split(":")
        frac = f".{self.digits(3)}" if millis else ""
        return L("DATE_TIME", f"{date.isoformat()}T{hh}:{mm}:{self.rng.randint(0, 59):02d}{frac}{zone}")

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

    def medicare(self) -> tuple[str, str]:
        """An Australian Medicare card number (the state digit 2-6, seven more, the check, the issue number) and an IRN."""
        eight = self.pick("23456") + self.digits(7)
        return eight + medicare_digit(eight) + str(self.rng.randint(1, 9)), str(self.rng.randint(1, 5))

    def hi_number(self, kind: int) -> str:
        """An Australian healthcare identifier: 80036, 0 for an IHI, 1 for an HPI-I, 2 for an HPI-O, nine digits, the Luhn digit."""
        fifteen = f"80036{kind}" + self.digits(9)
        return fifteen + luhn(fifteen)

    def abn(self) -> str:
        while not abn_ok(n := self.pick("123456789") + self.digits(10)):
            pass
        return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"

    def nhs(self, spaced: bool = True) -> str:
        while (check := nhs_digit(nine := self.pick("4679") + self.digits(8))) is None:
            pass
        t = nine + check
        return f"{t[:3]} {t[3:6]} {t[6:]}" if spaced else t

    def nric(self, ymd: tuple[int, int, int], foreigner: bool = False) -> str:
        """Singapore: S or T (born before or from 2000) and, from 1968, the birth year's last two digits; F or G for a foreigner."""
        y = ymd[0]
        prefix = ("F" if y < 2000 else "G") if foreigner else ("S" if y < 2000 else "T")
        seven = (f"{y % 100:02d}" + self.digits(5)) if not foreigner and y >= 1968 else self.digits(7)
        return prefix + seven + nric_letter(prefix, seven)

    def npi(self, organisation: bool = False) -> str:
        nine = ("2" if organisation else "1") + self.digits(8)
        return nine + npi_digit(nine)

    def gsrn(self) -> str:
        seventeen = "50" + self.digits(15)
        return seventeen + gs1_digit(seventeen)

    def mu_nid(self, birth_surname: str, ymd: tuple[int, int, int]) -> str:
        """Mauritius: the first letter of the surname at birth, DDMMYY, six digits, the check character."""
        y, m, d = ymd
        thirteen = fold10(birth_surname).replace("de ", "").upper()[0] + f"{d:02d}{m:02d}{y % 100:02d}" + self.digits(6)
        return thirteen + mu_nid_char(thirteen)

    def zw_id(self) -> str:
        """Zimbabwe: the registration office (two digits), a six- or seven-digit serial, the check letter, the district of origin."""
        office, serial = self.pick(("63", "08", "29", "58", "42", "13", "75", "22")), self.digits(self.pick((6, 7)))
        letter, origin = zw_letter(office + serial), self.pick(("63", "08", "29", "58", "42", "13", "75", "22", "04", "18"))
        return self.pick((f"{office}-{serial} {letter} {origin}", f"{office}-{serial}{letter}{origin}", f"{office}{serial}{letter}{origin}",
                          f"{office}-{serial}-{letter}-{origin}"))

    def na_id(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        while (check := na_digit(ten := f"{y % 100:02d}{m:02d}{d:02d}{self.digits(4)}")) is None:
            pass
        return ten + check

    def iban_of(self, country: str, bban: str) -> str:
        n = iban(country, bban)
        return L("IBAN_CODE", " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if self.rng.random() < 0.6 else n)

    # identifiers drawn in their published patterns (no public check)

    def lk_nic(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Sri Lanka: the birth year, the day of the year (500 added for a woman), a serial and a final digit; the old form ends in V."""
        y, m, d = ymd
        day = lk_day(datetime.date(2000, m, d)) + (500 if p.female else 0)
        if y >= 1990 and self.rng.random() < 0.5 or y >= 2000:
            return f"{y}{day:03d}0{self.digits(4)}"
        return f"{y % 100:02d}{day:03d}{self.digits(4)}" + self.pick("VVVX")  # X (not a voter) is the rarer

    def nida(self, ymd: tuple[int, int, int]) -> str:
        """Tanzania's NIDA number: the birth date, then groups of five, five and two digits."""
        y, m, d = ymd
        return f"{y}{m:02d}{d:02d}-{self.digits(5)}-{self.digits(5)}-{self.digits(2)}"

    def rw_nid(self, p: Person, year: int) -> str:
        """Rwanda: 1 for a citizen, the birth year, 7 for a woman and 8 for a man, a serial, the issue, two final digits."""
        return f"1 {year} {7 if p.female else 8} {self.digits(7)} {self.rng.randint(0, 2)} {self.digits(2)}"

    def mw_id(self) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))

    def nino(self) -> str:
        """A National Insurance number: two letters (never D, F, I, Q, U or V; no O second; not BG, GB, KN, NK, NT, TN, ZZ), six digits, A-D."""
        while (pre := self.rng.choice("ABCEGHJKLMNOPRSTWXYZ") + self.rng.choice("ABCEGHJKLMNPRSTWXYZ")) in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            pass
        d = self.digits(6)
        return self.pick((f"{pre} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}", f"{pre}{d}{self.pick('ABCD')}"))

    def mbi(self) -> str:
        """A Medicare Beneficiary Identifier: eleven characters by position (no S, L, O, I, B or Z), printed in groups of four, three, four."""
        alpha, alnum = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"
        c = [self.pick("123456789"), self.pick(alpha), self.pick(alnum), self.digits(1), self.pick(alpha), self.pick(alnum), self.digits(1),
             self.pick(alpha), self.pick(alpha), self.digits(1), self.digits(1)]
        n = "".join(c)
        return self.pick((n, f"{n[:4]}-{n[4:7]}-{n[7:]}"))

    def uuid(self) -> str:
        h = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------- machine and semi-structured exports

AU_HOSPITALS = (("Royal Darwin Hospital", "RDH", "NT", ("{n} Trower Road^^Casuarina^NT^0810", "Unit {k}/{n} Progress Drive^^Nightcliff^NT^0810",
                                                        "Lot {p} Stuart Highway^^Katherine^NT^0850", "{n} Bagot Road^^Ludmilla^NT^0820")),
                ("Alice Springs Hospital", "ASPH", "NT", ("{n} Larapinta Drive^^Araluen^NT^0870", "House {k} Amoonguna Community^^Alice Springs^NT^0873",
                                                          "{n} Gap Road^^The Gap^NT^0870")),
                ("Townsville University Hospital", "TUH", "QLD", ("{n} Charters Towers Road^^Hermit Park^QLD^4812",
                                                                  "{n} Flinders Street^^Townsville City^QLD^4810", "{k} Marian Street^^Mount Isa^QLD^4825",
                                                                  "{n} Bayswater Road^^Currajong^QLD^4812")),
                ("Royal Hobart Hospital", "RHH", "TAS", ("{n} Main Road^^Moonah^TAS^7009", "{n} Sandy Bay Road^^Sandy Bay^TAS^7005",
                                                         "{k} Risdon Road^^New Town^TAS^7008")),
                ("Fiona Stanley Hospital", "FSFHG", "WA", ("{n} Rockingham Road^^Hamilton Hill^WA^6163", "Unit {k}/{n} Marmion Street^^Fremantle^WA^6160",
                                                          "{n} Murdoch Drive^^Murdoch^WA^6150")))  # fmt: skip
AU_LABS = {"NT": ("Territory Pathology", "TPATH"), "QLD": ("Pathology Queensland", "PATHQLD"), "TAS": ("Tasmanian Health Service Pathology", "THSPATH"),
           "WA": ("PathWest Laboratory Medicine", "PATHWEST")}
AU_ADMISSIONS = (("N17.9^Acute kidney failure, unspecified^I10", (("2160-0^Creatinine^LN", "412", "umol/L", "45-90", "H"),
                                                                   ("6298-4^Potassium^LN", "6.1", "mmol/L", "3.5-5.2", "H"),
                                                                   ("3094-0^Urea nitrogen^LN", "24.8", "mmol/L", "3.0-8.0", "H"))),
                 ("E87.1^Hypo-osmolality and hyponatraemia^I10", (("2951-2^Sodium^LN", "118", "mmol/L", "135-145", "LL"),
                                                                  ("2947-0^Sodium [Moles/volume] in Blood^LN", "119", "mmol/L", "135-145", "LL"))),
                 ("A41.9^Sepsis, unspecified organism^I10", (("2524-7^Lactate^LN", "4.6", "mmol/L", "0.5-2.2", "H"),
                                                             ("6690-2^Leukocytes^LN", "21.4", "x10*9/L", "4.0-11.0", "H"),
                                                             ("1988-5^C reactive protein^LN", "286", "mg/L", "<5", "H"))),
                 ("E10.11^Type 1 diabetes mellitus with ketoacidosis, with coma^I10", (("2345-7^Glucose^LN", "31.2", "mmol/L", "3.0-7.7", "HH"),
                                                                                      ("2744-1^pH of Arterial blood^LN", "7.08", "", "7.35-7.45", "LL"))))
AU_RELATIONS = (("SPO^Spouse", True), ("DAU^Daughter", True), ("SON^Son", False), ("MTH^Mother", True), ("SIS^Sister", True), ("BRO^Brother", False))
INDIGENOUS = ("1^Aboriginal but not Torres Strait Islander origin^AUSHICPR", "4^Neither Aboriginal nor Torres Strait Islander origin^AUSHICPR",
              "3^Both Aboriginal and Torres Strait Islander origin^AUSHICPR")


def hl7_message(g: Gen) -> tuple[str, str, str]:
    hospital, code, state, homes = g.pick(AU_HOSPITALS)
    lab, lab_code = AU_LABS[state]
    dx, results = g.pick(AU_ADMISSIONS)
    pt = g.person("au", middle=True)
    kin_rel, kin_female = g.pick(AU_RELATIONS)
    kin = g.relative(pt, kin_female) if kin_rel[:3] in ("DAU", "SON", "SIS", "BRO") or g.rng.random() < 0.6 else g.person("au", kin_female)
    doctor, gp, clerk, scientist = g.person("au"), g.person("au"), g.person("au"), g.person("au")
    ymd = g.ymd(1938, 2004)
    day = g.base()
    medicare, irn = g.medicare()
    fac = L("ORGANIZATION", code)
    labf = L("ORGANIZATION", lab_code)
    hpio, lab_hpio = L("COMPANY_REGISTRATION", g.hi_number(2)), L("COMPANY_REGISTRATION", g.hi_number(2))
    mrn, ihi = L("HEALTH_ID", g.digits(7)), L("HEALTH_ID", g.hi_number(0))
    hpii = L("LICENSE_NUMBER", g.hi_number(1))
    sex = "F" if pt.female else "M"
    title = ("MS", "MRS", "MISS")[g.rng.randrange(3)] if pt.female else "MR"
    user = L("ACCOUNT_NUMBER", f"{clerk.ascii('')[:7]}{g.digits(2)}")
    ward = g.pick(("4W", "5B", "ICU", "MAPU", "3A"))
    collected = g.compact_stamp(day, g.rng.randint(0, 23))
    obx = []
    for i, (test, value, unit, ref, flag) in enumerate(results, 1):
        obx.append(f"OBX|{i}|NM|{K(test)}||{value}|{unit}^^UCUM|{ref}|{flag}|||F|||{collected}")
    lines = [
        f"Rhapsody interface engine -- inbound message log, channels PAS_ADT_IN and LAB_ORU_IN, {g.day('au', day)}",
        "--- message 1 of 2 ---",
        f"MSH|^~\\&|PAS|{fac}^{hpio}^AUSHIC|CLINICALPORTAL|{fac}|{g.compact_stamp(day)}||ADT^A01^ADT_A01|{g.digits(10)}|P|2.4^AUS|||AL|NE|AUS",
        f"EVN|A01|{g.compact_stamp(day)}|||{user}^{clerk.hl7(False)}",
        f"PID|1||{mrn}^^^{fac}^MR~{L('HEALTH_ID', medicare + irn)}^^^AUSHIC^MC~{ihi}^^^AUSHIC^NI||{pt.hl7()}^^{title}||{g.compact_date(ymd)}|{sex}|||"
        f"{g.place(homes)}^AUS^H||{g.phone('au')}^PRN^PH~{g.phone('au', True)}^PRN^CP~^NET^Internet^{g.email(pt, g.pick(('bigpond.com', 'gmail.com', 'outlook.com.au')))}"
        f"||{g.pick(('1201^English^AUSHICPR', '8102^Kriol^AUSHICPR', '2303^Greek^AUSHICPR', '6302^Vietnamese^AUSHICPR'))}||||"
        f"{L('ACCOUNT_NUMBER', g.digits(9))}|||{g.pick(INDIGENOUS)}",
        f"NK1|1|{kin.hl7(False)}|{kin_rel}^HL70063||{g.phone('au', True)}^PRN^CP",
        f"PV1|1|I|{ward}^{g.rng.randint(1, 30)}^{g.pick('ABCD')}^{fac}||||{hpii}^{doctor.hl7(False)}^^^Dr^^^AUSHICPR|"
        f"{L('LICENSE_NUMBER', g.hi_number(1))}^{gp.hl7(False)}^^^Dr^^^AUSHICPR|||||||||||{L('HEALTH_ID', 'V' + g.digits(8))}",
        f"DG1|1||{K(dx)}||{g.compact_stamp(day)}|A",
        "--- message 2 of 2 ---",
        f"MSH|^~\\&|LIS|{labf}^{lab_hpio}^AUSHIC|PAS|{fac}|{g.compact_stamp(day)}||ORU^R01^ORU_R01|{g.digits(10)}|P|2.4^AUS",
        f"PID|1||{mrn}^^^{fac}^MR~{ihi}^^^AUSHIC^NI||{pt.hl7()}||{g.compact_date(ymd)}|{sex}",
        f"OBR|1|{L('HEALTH_ID', code + g.digits(8))}^{fac}|{L('HEALTH_ID', g.digits(2) + '-' + g.digits(7))}^{labf}|"
        f"{K('24323-8^Comprehensive metabolic 2000 panel^LN')}|||{collected}|||||||{collected}||{hpii}^{doctor.hl7(False)}^^^Dr|||||||||F",
        *obx,
        f"NTE|1||Critical result phoned to Dr {doctor.sur()} ({ward}) by {scientist.full()} at {g.clock()}; the patient's "
        f"{kin_rel.split('^')[1].lower()} {kin.given()} asked for a copy to go to {gp.formal(('Dr', 'Dr'))} at "
        f"{L('ORGANIZATION', g.pick(('Danila Dilba Health Service', 'Congress Alukura', 'Mount Isa Family Practice', 'Hobart City Doctors', 'Fremantle Family Practice')))}.",
    ]
    return ("Parse the HL7 messages: who was admitted, where, why, and which results came back abnormal?", "\n".join(lines),
            f"{pt.full()} admitted to {L('ORGANIZATION', hospital)} with {K(dx.split('^')[1])}; {len(results)} abnormal results from {L('ORGANIZATION', lab)}.")


UK_TRUSTS = (("Bolton NHS Foundation Trust", "boltonft", "Bolton", ("{n} Moss Lane", "{n} Halliwell Road", "Flat {k}, {n} Chorley New Road"), "BL1",
              ("Halliwell Health Centre", "Deane Road Surgery")),
             ("Bradford Teaching Hospitals NHS Foundation Trust", "bthft", "Bradford", ("{n} Thornbury Road", "{n} Oak Lane", "Flat {k}, {n} Lumb Lane"), "BD3",
              ("Manningham Medical Practice", "Bevan Healthcare")),
             ("University Hospitals of Leicester NHS Trust", "uhl", "Leicester", ("{n} Green Lane Road", "{n} Melton Road", "{n} St Saviours Road"), "LE5",
              ("Spinney Hill Medical Centre", "Asquith Surgery")),
             ("Barts Health NHS Trust", "bartshealth", "London", ("Flat {k}, Brabazon House, Chrisp Street", "{n} Commercial Road", "{n} Burdett Road"), "E14",
              ("Chrisp Street Health Centre", "Jubilee Street Practice")),
             ("Manchester University NHS Foundation Trust", "mft", "Manchester", ("{n} Claremont Road", "{n} Great Western Street", "{n} Platt Lane"), "M14",
              ("Moss Side Health Centre", "Alexandra Practice")))  # fmt: skip
UK_LABS = {"boltonft": "Royal Bolton Hospital Pathology", "bthft": "Bradford Royal Infirmary Laboratories", "uhl": "Leicester Royal Infirmary Pathology",
           "bartshealth": "Royal London Hospital Blood Sciences", "mft": "Manchester Royal Infirmary Laboratory Medicine"}
UK_READINGS = ((("85354-9", "Blood pressure panel with all children optional"), (("8480-6", "Systolic blood pressure", "mmHg"), ("8462-4", "Diastolic blood pressure", "mmHg")),
                "amlodipine 5 mg once daily"),
               (("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol"), (("59261-8", "HbA1c (IFCC)", "mmol/mol"),),
                "metformin 500 mg twice daily"),
               (("33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (MDRD)"),
                (("33914-3", "eGFR", "mL/min/1.73m2"),), "ramipril 2.5 mg once daily"))  # fmt: skip
UK_VALUES = {"Systolic blood pressure": (150, 182), "Diastolic blood pressure": (90, 108), "HbA1c (IFCC)": (53, 96), "eGFR": (28, 58)}


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rng.randint(1, 9)}{g.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def fhir_bundle(g: Gen) -> tuple[str, str, str]:
    trust, host, city, streets, district, practices = g.pick(UK_TRUSTS)
    (panel_code, panel_name), readings, drug = g.pick(UK_READINGS)
    pt = g.person("uk", middle=True)
    kin = g.relative(pt, g.rng.random() < 0.5)
    nurse, gp = g.person("uk"), g.person("uk")
    ymd = g.ymd(1940, 2002)
    day = g.base()
    pid = g.uuid()
    practice = g.pick(practices)
    nick = NICKNAMES.get(pt.first)
    names: list[object] = [{"use": "official", "family": pt.sur(), "given": [pt.given(), L("PERSON", pt.middle)],
                            "prefix": ["Mrs" if pt.female and kin.last == pt.last else "Ms" if pt.female else "Mr"]}]
    if nick:
        names.append({"use": "nickname", "given": [pt.nick()]})
    patient = {
        "fullUrl": f"https://fhir.{host}.nhs.uk/R4/Patient/{L('HEALTH_ID', pid)}",
        "resource": {
            "resourceType": "Patient",
            "id": L("HEALTH_ID", pid),
            "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("HEALTH_ID", g.nhs(False))},
                           {"system": f"https://fhir.{host}.nhs.uk/Id/local-patient-identifier", "value": L("HEALTH_ID", g.letters(3) + g.digits(7))}],
            "name": names,
            "telecom": [{"system": "phone", "value": g.phone("uk", True), "use": "mobile"},
                        {"system": "email", "value": g.email(pt, g.pick(("gmail.com", "hotmail.co.uk", "yahoo.co.uk"))), "use": "home"}],
            "gender": "female" if pt.female else "male",
            "birthDate": L("DATE_TIME", f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}"),
            "address": [{"use": "home", "line": [g.place(streets)], "city": L("LOCATION", city), "postalCode": L("LOCATION", uk_postcode(g, district))}],
            "generalPractitioner": [{"identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code",
                                                    "value": L("COMPANY_REGISTRATION", g.pick("PYMCB") + g.digits(5))},
                                     "display": L("ORGANIZATION", practice)}],
            "contact": [{"relationship": [{"text": g.pick(("Next of kin", "Emergency contact"))}],
                         "name": {"family": kin.sur(), "given": [kin.given()]}, "telecom": [{"system": "phone", "value": g.phone("uk")}]}],
        },
    }
    components = []
    for code, name, unit in readings:
        lo, hi = UK_VALUES[name]
        components.append({"code": {"coding": [{"system": "http://loinc.org", "code": K(code), "display": K(name)}]},
                           "valueQuantity": {"value": g.rng.randint(lo, hi), "unit": unit, "system": "http://unitsofmeasure.org"}})
    observation = {
        "fullUrl": f"urn:uuid:{g.uuid()}",
        "resource": {
            "resourceType": "Observation",
            "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": K(panel_code),
                                 "display": K(panel_name)}]},
            "subject": {"reference": f"Patient/{L('HEALTH_ID', pid)}", "display": pt.full()},
            "effectiveDateTime": g.iso_stamp(day, g.rng.randint(8, 17), "+00:00"),
            "performer": [{"display": nurse.full()}],
            "component": components,
            "note": [{"text": f"Reviewed by Dr {gp.sur()}: start {K(drug)}; {kin.given()} (next of kin) to book the repeat reading."}],
        },
    }
    bundle = {"resourceType": "Bundle", "id": g.uuid(), "type": "collection", "timestamp": g.iso_stamp(day, g.rng.randint(17, 23), "+00:00"),
              "entry": [patient, observation]}
    body = f"GP Connect export pasted from the practice system ({L('ORGANIZATION', practice)}, {L('ORGANIZATION', trust)} shared record):\n{js(bundle)}"
    return "Read this FHIR bundle: who is the patient, what was measured and what was decided?", body, \
        f"{pt.full()}: {K(panel_name)} recorded; {K(drug)} started."


SG_CLINICS = ("Bukit Batok Family Clinic", "Tampines Central Medical Centre", "Toa Payoh Family Physicians", "Jurong East Clinic & Surgery",
              "Sengkang Riverside Medical", "Ang Mo Kio Grace Clinic")
SG_VISITS = ("Chronic disease review: HbA1c 8.1%", "Influenza vaccination (Vaxigrip Tetra 0.5 mL IM)", "Hypertension review: BP 152/96 mmHg",
             "Pre-employment medical: chest X-ray", "URTI follow-up, amoxicillin 500 mg TDS", "Diabetic foot screening",
             "Hyperlipidaemia review: LDL-C 4.2 mmol/L", "Asthma review: salbutamol 100 mcg MDI", "Pap smear (cervical screening)")  # the last for women
SG_EMPLOYERS = ("Kim Seng Logistics Pte Ltd", "Harbourfront Facilities Services Pte Ltd", "Tuas Marine Engineering Pte Ltd", "Orchid Cleaning Services Pte Ltd")


def sg_person(g: Gen) -> Person:
    return g.person(g.pick(("sgc", "sgc", "sgm", "sgi")))


def accompanied(g: Gen, pt: Person) -> str:
    kin = g.relative(pt, g.rng.random() < 0.5)
    return f"Accompanied by {'daughter' if kin.female else 'son'} {kin.full()}, {g.phone('sg', True)}"


def appointment_csv(g: Gen) -> tuple[str, str, str]:
    clinic = g.pick(SG_CLINICS)
    doctors = [g.person("sgc"), g.person(g.pick(("sgm", "sgi")))]
    day = g.base()
    exporter = g.person("sgc", True)
    date_form = g.pick(("{y}-{m:02d}-{dd:02d}", "{dd:02d}/{m:02d}/{y}"))
    rows = [csv_line(["appt_date", "appt_time", "clinic", "doctor", "patient_name", "nric_fin", "dob", "sex", "mobile", "email", "visit_type", "remarks"])]
    names = []
    for i in range(g.rng.randint(3, 4)):
        pt = sg_person(g)
        ymd = g.ymd(1950, 2012)
        foreigner = pt.culture == "sgi" and g.rng.random() < 0.4
        doctor = g.pick(doctors)
        appt = day + datetime.timedelta(days=g.rng.randint(0, 3))
        remark = g.pick((
            "", "CHAS Blue card sighted",
            accompanied(g, pt),
            f"Employer {L('ORGANIZATION', g.pick(SG_EMPLOYERS))} (UEN {L('COMPANY_REGISTRATION', str(g.rng.randint(2005, 2022)) + g.digits(5) + g.letters(1))}) to be billed",
            f"Reschedule requested via WhatsApp {g.phone('sg', True)}",
            f"Prefers Dr {g.pick(doctors).full()}, interpreter needed",
        ))
        names.append(pt)
        rows.append(csv_line([
            L("DATE_TIME", date_form.format(d=appt, y=appt.year, m=appt.month, dd=appt.day)),
            f"{g.rng.randint(8, 17):02d}:{g.pick(('00', '15', '30', '45'))}", L("ORGANIZATION", clinic), f"Dr {doctor.full()}", pt.caps(),
            L("NATIONAL_ID", g.nric(ymd, foreigner)), L("DATE_TIME", f"{ymd[2]:02d}/{ymd[1]:02d}/{ymd[0]}"), "F" if pt.female else "M",
            g.phone("sg", True), g.email(pt, g.pick(("gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"))),
            K(g.pick(SG_VISITS[:-1] if not pt.female else SG_VISITS)), remark,
        ]))
    body = (f"Export: appointments {L('DATE_TIME', day.isoformat())}.csv -- ClinicAssist, {L('ORGANIZATION', clinic)}, {len(rows) - 1} rows\n" + "\n".join(rows)
            + f"\n\nExported by {exporter.full()} ({L('ACCOUNT_NUMBER', 'clinicadmin' + g.digits(2))}) on {g.stamp('sg', day, g.rng.randint(7, 9))}")
    first = names[0]
    return "Load this appointment export: how many patients, and which visits need a doctor's review first?", body, \
        f"{len(rows) - 1} appointments; the first is {first.full()}."


US_HOSPITALS = (("St. Brigid Regional Medical Center", "Toledo"), ("Pecan Valley Health", "Waco"), ("Lakeshore General Hospital", "Erie"),
                ("Mesa Verde Community Hospital", "Farmington"), ("Bayou Teche Medical Center", "New Iberia"))
US_DEPTS = ("4 North Med-Surg", "Labor & Delivery", "Cardiology Clinic", "Patient Access", "Health Information Management", "Emergency Department")
US_ROLES = ("RN", "Registration Clerk", "Unit Secretary", "Physician", "Coder", "Pharmacist")
US_ACTIONS = ("CHART_OPEN", "VIEW_NOTES", "VIEW_RESULTS", "PRINT_FACESHEET", "VIEW_DEMOGRAPHICS", "BTG_OVERRIDE", "CHART_CLOSE")
US_PROBLEMS = ("F33.1 Major depressive disorder, recurrent, moderate", "O09.523 Supervision of elderly multigravida, third trimester",
               "B20 Human immunodeficiency virus [HIV] disease", "F10.20 Alcohol dependence, uncomplicated", "Z32.01 Encounter for pregnancy test, result positive")


def ehr_audit_log(g: Gen) -> tuple[str, str, str]:
    hospital, city = g.pick(US_HOSPITALS)
    pt = g.person("us", middle=True)
    snooper, others, analyst = g.person("us"), [g.person("us") for _ in range(2)], g.person("us")
    sister = g.relative(pt, True)
    day = g.base()
    mrn = g.digits(9)
    csn = g.digits(10)
    pt_dept = g.pick(US_DEPTS)
    problem = g.pick(US_PROBLEMS)
    staff = [(snooper, f"{snooper.ascii('')[:8]}{g.digits(1)}", g.pick(US_ROLES), g.pick(US_DEPTS))] + \
            [(o, f"{o.ascii('')[:8]}", g.pick(US_ROLES), g.pick(US_DEPTS)) for o in others]
    lines = []
    for i in range(g.rng.randint(4, 5)):
        who, uid, role, dept = staff[0] if i % 2 == 0 else g.pick(staff[1:])
        action = g.pick(US_ACTIONS)
        extra = f' reason="{g.pick(("Break the glass: emergency access", "Break the glass: continuing care"))}"' if action == "BTG_OVERRIDE" else ""
        extra += f' viewed="Problem List ({K(problem)})"' if action == "VIEW_NOTES" else ""
        lines.append(f"{g.iso_stamp(day, 7 + i * 2, 'Z', True)}  user={L('ACCOUNT_NUMBER', uid)} name=\"{who.comma()}\" role={role} "
                     f"ws=WS-{g.pick(('4N', 'LD', 'CARD', 'ADM', 'HIM'))}-{g.digits(2)} dept=\"{L('ORGANIZATION', dept)}\" action={action} "
                     f"mrn={L('HEALTH_ID', mrn)} patient=\"{pt.comma(caps=True, middle=True)}\" csn={L('HEALTH_ID', csn)}{extra}")
    body = (f"{L('ORGANIZATION', hospital)}, {L('LOCATION', city)} -- Privacy Office access audit, record of {pt.comma(caps=True)} "
            f"(MRN {L('HEALTH_ID', mrn)}), run {g.iso_stamp(day + datetime.timedelta(days=2), g.rng.randint(8, 16))} by {analyst.full()} "
            f"under {K('45 CFR 164.312(b)')} audit controls\n"
            + "\n".join(lines)
            + f"\n\nFinding: {snooper.full()}'s accesses had no treatment relationship; the patient works in {L('ORGANIZATION', pt_dept)} "
            f"and is a co-worker. Complaint received from the patient's sister, {sister.full()}, by phone ({g.phone('us')}) and e-mail "
            f"({g.email(sister, g.pick(('gmail.com', 'yahoo.com', 'att.net')))}). Referred to HR under the {K('HIPAA Privacy Rule')} "
            f"and the {K('minimum necessary standard')}.")
    return "Summarise this access audit: who looked at the record, and was it appropriate?", body, \
        f"{snooper.full()} opened {pt.full()}'s chart without a treatment relationship."


LK_IMAGING = (("Western Imaging Centre", "WIC", "No. 212, Havelock Road, Colombo 05"), ("Lakeside Medical Centre", "LMC", "No. 40, Sangaraja Mawatha, Kandy"),
              ("Ruhunu Scan Centre", "RSC", "No. 5, Wakwella Road, Galle"), ("Wayamba Diagnostic Hospital", "WDH", "No. 118, Puttalam Road, Kurunegala"))
LK_HOMES = ("No. {n}/{m}, Temple Road, Nugegoda", "No. {n}, Station Road, Jaffna", "No. {n}, Kandy Road, Kadawatha", "No. {k}/{m}A, Galle Road, Wellawatte, Colombo 06",
            "No. {n}, Main Street, Kattankudy", "{k}/{m}, Peradeniya Road, Kandy", "No. {n}, Negombo Road, Wattala")
LK_STUDIES = (("CT", "CT BRAIN WITHOUT CONTRAST", "AXIAL 5mm", "Fall from ladder at home, GCS 14/15, vomiting x2"),
              ("MR", "MRI LUMBAR SPINE", "SAG T2 TSE", "Low back pain with left L5 radiculopathy, 3 months"),
              ("CR", "CHEST PA", "PA", "Fever and cough 2 weeks, night sweats, ? pulmonary TB"),
              ("US", "US ABDOMEN AND PELVIS", "ABDO", "Right upper quadrant pain, ? gallstones, Murphy sign positive"),
              ("CT", "CT KUB", "AXIAL 3mm", "Left renal colic, haematuria 2+"))


def lk_person(g: Gen, female: bool | None = None, house: bool = False) -> Person:
    culture = g.pick(("lk", "lk", "lk", "lkt", "lkm"))
    return g.person(culture, female, house=house)


def dicom_header(g: Gen) -> tuple[str, str, str]:
    centre, prefix, centre_address = g.pick(LK_IMAGING)
    modality, study, series, history = g.pick(LK_STUDIES)
    pt = lk_person(g, house=True)
    referrer, reader, operator, requester = g.person("lk"), lk_person(g), g.person("lk"), g.person("lk")
    ymd = g.ymd(1945, 2008)
    day = g.base()
    accession = L("HEALTH_ID", f"{prefix}{day.year % 100}{g.digits(6)}")
    patient_id = L("HEALTH_ID", f"{prefix}{g.digits(7)}")
    uid = f"1.2.826.0.1.3680043.8.498.{g.digits(8)}.{g.digits(6)}"
    pn = L("PERSON", f"{pt.last}^{pt.first}".upper())
    initialled = pt.initialled()
    lines = [
        f"# dcmdump /pacs_export/{accession}/IM-0001-0001.dcm",
        "# Dicom-File-Format",
        "# Dicom-Data-Set",
        "# Used TransferSyntax: Little Endian Explicit",
        dicom_line("0008,0020", "DA", g.compact_date(day), "StudyDate"),
        dicom_line("0008,0030", "TM", f"{g.rng.randint(7, 21):02d}{g.rng.randint(0, 59):02d}{g.rng.randint(0, 59):02d}", "StudyTime"),
        dicom_line("0008,0050", "SH", accession, "AccessionNumber"),
        dicom_line("0008,0060", "CS", modality, "Modality"),
        dicom_line("0008,0080", "LO", L("ORGANIZATION", centre), "InstitutionName"),
        dicom_line("0008,0081", "ST", L("LOCATION", centre_address), "InstitutionAddress"),
        dicom_line("0008,0090", "PN", f"{L('PERSON', f'{referrer.last}^{referrer.first}'.upper())}^^DR", "ReferringPhysicianName"),
        dicom_line("0008,1010", "SH", f"{modality}01_{g.pick(('SOMATOM', 'OPTIMA', 'AQUILION', 'INGENIA'))}", "StationName"),
        dicom_line("0008,1030", "LO", K(study), "StudyDescription"),
        dicom_line("0008,103e", "LO", series, "SeriesDescription"),
        dicom_line("0008,1060", "PN", L("PERSON", f"{reader.last}^{reader.first[0]}".upper()), "NameOfPhysiciansReadingStudy"),
        dicom_line("0008,1070", "PN", L("PERSON", operator.last.upper()), "OperatorsName"),
        dicom_line("0010,0010", "PN", pn, "PatientName"),
        dicom_line("0010,0020", "LO", patient_id, "PatientID"),
        dicom_line("0010,0030", "DA", g.compact_date(ymd), "PatientBirthDate"),
        dicom_line("0010,0040", "CS", "F" if pt.female else "M", "PatientSex"),
        dicom_line("0010,1000", "LO", L("NATIONAL_ID", g.lk_nic(pt, ymd)), "OtherPatientIDs"),
        dicom_line("0010,1001", "PN", L("PERSON", bare(initialled).upper()), "OtherPatientNames"),
        dicom_line("0010,1010", "AS", f"{day.year - ymd[0]:03d}Y", "PatientAge"),
        dicom_line("0010,1040", "LO", g.place(LK_HOMES), "PatientAddress"),
        dicom_line("0010,2154", "SH", L("PHONE_NUMBER", g.phone_text("lk", True).replace(" ", "")), "PatientTelephoneNumbers"),
        dicom_line("0010,21b0", "LT", K(history), "AdditionalPatientHistory"),
        dicom_line("0020,000d", "UI", uid, "StudyInstanceUID"),
        dicom_line("0020,0010", "SH", L("HEALTH_ID", g.digits(6)), "StudyID"),
        dicom_line("0032,1032", "PN", L("PERSON", f"{requester.last}^{requester.first}".upper()), "RequestingPhysician"),
        dicom_line("0032,1033", "LO", L("ORGANIZATION", g.pick(("Emergency Treatment Unit", "OPD", "Medical Ward 3", "Surgical Clinic"))), "RequestingService"),
        dicom_line("0040,0254", "LO", K(study), "PerformedProcedureStepDescription"),
    ]
    note = (f"\nPACS admin note ({g.stamp('lk', day, g.rng.randint(8, 20))}): PatientName corrected after the front desk typed the "
            f"initials ({initialled}) in the name field; full name per NIC is {pt.legal()}. Report to Dr {referrer.full()}, "
            f"{g.email(referrer, g.pick(('gmail.com', 'sltnet.lk', 'yahoo.com')))}.")
    return "Check this DICOM header for the fields a de-identification profile must change.", "\n".join(lines) + note, \
        f"{K(study)} for {pt.full()}, accession {accession}."


US_PAYERS = ("MEDICARE PART B", "BCBS OF TEXAS", "AETNA BETTER HEALTH", "UNITED HEALTHCARE COMMUNITY PLAN", "HUMANA GOLD PLUS")
US_CLINICS = (("Prairie Family Medicine PA", ("{n} N Central Expy", "Dallas", "TX", "75204")), ("Gulf Coast Orthopedic Associates", ("{p} Fannin St Ste {n}", "Houston", "TX", "77030")),
              ("Hill Country Internal Medicine", ("{p} W 38th St", "Austin", "TX", "78705")), ("Alamo Heights Pediatrics PLLC", ("{n} Austin Hwy", "San Antonio", "TX", "78209")))
US_HOMES = (("{p} Pecan Hollow Dr", "Garland", "TX", "75040"), ("{n} Navigation Blvd Apt {k}", "Houston", "TX", "77011"), ("{p} Ranch Road 620 N", "Austin", "TX", "78734"),
            ("{n} Zarzamora St", "San Antonio", "TX", "78207"), ("{p} Old Denton Rd Apt {k}", "Carrollton", "TX", "75006"))
US_SERVICES = (("99214", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "185.00"), ("99213", "I10", "Essential (primary) hypertension", "125.00"),
               ("83036", "E11.9", "Type 2 diabetes mellitus without complications", "42.00"), ("20610", "M17.11", "Unilateral primary osteoarthritis, right knee", "210.00"),
               ("73562", "S83.241A", "Other tear of medial meniscus, current injury, right knee", "96.00"), ("90471", "Z23", "Encounter for immunization", "28.00"),
               ("99392", "Z00.129", "Encounter for routine child health examination without abnormal findings", "160.00"))
US_TAXONOMY = ("207Q00000X", "207X00000X", "207R00000X", "208000000X")


def claim_file(g: Gen) -> tuple[str, str, str]:
    clinic, (street, city, state, zipc) = g.pick(US_CLINICS)
    day = g.base()
    billing_npi = L("COMPANY_REGISTRATION", g.npi(True))
    ein = L("COMPANY_REGISTRATION", f"{g.pick(('75', '74', '76', '27', '46'))}-{g.digits(7)}")
    org = L("ORGANIZATION", clinic.upper())
    lines = [f"HDR|837P-FLAT|{org}|{billing_npi}|{g.compact_date(day)}|{g.digits(9)}|PROD"]
    total, n_claims, first = 0.0, 2, None
    for c in range(n_claims):
        pt = g.person("us", middle=g.rng.random() < 0.5)
        provider = g.person("us")
        subscriber = g.relative(pt, not pt.female) if g.rng.random() < 0.4 else None
        first = first or pt
        ymd = g.ymd(1940, 2020)
        home_street, home_city, home_state, home_zip = g.pick(US_HOMES)
        payer = g.pick(US_PAYERS)
        member = L("HEALTH_ID", g.mbi()) if payer.startswith("MEDICARE") else L("HEALTH_ID", g.pick(("XGP", "ZCH", "U")) + g.digits(9))
        claim_no = L("CASE_NUMBER", f"{day.year % 100}{g.digits(3)}-{g.letters(2)}-{g.digits(5)}")
        services = g.rng.sample(US_SERVICES, g.rng.randint(1, 3))
        charge = sum(float(s[3]) for s in services)
        total += charge
        lines.append("|".join([
            "CLM", claim_no, L("ACCOUNT_NUMBER", f"PCN{g.digits(7)}"), payer, member, L("PERSON", pt.last.upper()),
            L("PERSON", f"{pt.first} {pt.middle}".upper() if pt.middle else pt.first.upper()), g.compact_date(ymd), "F" if pt.female else "M",
            L("LOCATION", g.fill(home_street).upper()), L("LOCATION", home_city.upper()), home_state, L("LOCATION", home_zip),
            L("PHONE_NUMBER", g.digits(3) + g.digits(7)), billing_npi, org, ein, L("LICENSE_NUMBER", g.npi()), L("PERSON", provider.last.upper()),
            L("PERSON", provider.first.upper()), K(g.pick(US_TAXONOMY)), *(K(s[1]) for s in services[:2]), K(f"{charge:.2f}"),
        ]))
        for i, (cpt, dx, _, fee) in enumerate(services, 1):
            lines.append(f"SVC|{claim_no}|{i}|{g.compact_date(day - datetime.timedelta(days=g.rng.randint(1, 20)))}|{K(cpt)}||1|{K(fee)}|{i if i < 3 else 1}")
        if subscriber:
            lines.append(f"NTE|{claim_no}|ADD|Subscriber is {'parent' if ymd[0] > 2005 else 'spouse'} {subscriber.comma(caps=True)}, "
                         f"DOB {g.compact_date(g.ymd(1950, 1990) if ymd[0] > 2005 else g.ymd(ymd[0] - 6, min(ymd[0] + 6, 2004)))}; "
                         f"COB with {g.pick(US_PAYERS)} per call w/ {L('PERSON', g.person('us').first.upper())} {g.compact_date(day)}")
    lines.append(f"TRL|{n_claims}|{K(f'{total:.2f}')}")
    body = (f"Clearinghouse flat file (pipe-delimited 837P extract) from {L('ORGANIZATION', clinic)}, "
            f"{L('LOCATION', g.fill(street) + ', ' + city + ', ' + state + ' ' + zipc)}\n" + "\n".join(lines))
    return "Validate the claim file: list each claim, its patient and its diagnoses.", body, \
        f"{n_claims} claims; the first for {first.full()}." if first else ""


AU_PHARMACIES = (("Casuarina Square Pharmacy", "Shop {k}, Casuarina Square, Casuarina NT 0810"), ("Parap Village Chemist", "{n} Parap Road, Parap NT 0820"),
                 ("Moonah Amcal Pharmacy", "{n} Main Road, Moonah TAS 7009"), ("Hermit Park Discount Chemist", "{n} Charters Towers Road, Hermit Park QLD 4812"),
                 ("Fremantle Terry White Chemmart", "{n} Market Street, Fremantle WA 6160"))
AU_HOMES = ("{n} Trower Rd, Casuarina NT 0810", "Unit {k}/{n} Progress Dr, Nightcliff NT 0810", "{n} Main Rd, Moonah TAS 7009", "{k} Marian St, Mount Isa QLD 4825",
            "{n} Bayswater Rd, Currajong QLD 4812", "{n} Marmion St, Fremantle WA 6160")
AU_DRUGS = (("oxycodone 5 mg tablets", "20", "0", "02622B", True), ("pregabalin 75 mg capsules", "56", "5", "10026Y", False),
            ("atorvastatin 40 mg tablets", "30", "5", "08215Q", False), ("buprenorphine 10 microgram/hour patches", "4", "0", "11655J", True),
            ("metformin 1 g modified-release tablets", "90", "5", "09435D", False), ("alprazolam 1 mg tablets", "50", "0", "02091C", True),
            ("salbutamol 100 microgram/dose inhaler", "1", "5", "08354B", False), ("amoxicillin 500 mg capsules", "20", "0", "01884Y", False))


def dispensing_export(g: Gen) -> tuple[str, str, str]:
    pharmacy, address = g.pick(AU_PHARMACIES)
    pharmacist, carer = g.person("au"), g.person("au")
    day = g.base()
    patients = []
    for _ in range(2):
        p = g.person("au")
        medicare, irn = g.medicare()
        ent = g.pick((f"CN {L('NATIONAL_ID', g.digits(3) + ' ' + g.digits(3) + ' ' + g.digits(3) + g.pick('ABCDEFGHJK'))}",
                      f"DVA {L('HEALTH_ID', g.pick('NVQWST') + g.pick(('X', 'SM', 'SR', 'CN')) + g.digits(6))}", "General"))
        patients.append((p, f"{medicare[:4]} {medicare[4:9]} {medicare[9]}", irn, ent, g.place(AU_HOMES)))
    prescribers = [(g.person("au"), L("LICENSE_NUMBER", g.digits(7))) for _ in range(2)]
    header = ["Rx No", "Date Disp", "Patient", "Address", "Medicare No", "IRN", "Entitlement", "Drug", "Qty", "Rpts", "PBS Item", "Prescriber", "Prescriber No",
              "Pharmacist"]
    rows = [csv_line(header, ";", False)]
    s8 = None
    for i in range(g.rng.randint(3, 4)):
        p, medicare, irn, ent, home = patients[i % 2]
        drug, qty, rpts, item, is_s8 = g.pick(AU_DRUGS)
        doctor, prescriber_no = g.pick(prescribers)
        s8 = s8 or (drug if is_s8 else None)
        dispensed = day - datetime.timedelta(days=g.rng.randint(0, 40))
        rows.append(csv_line([L("CASE_NUMBER", g.digits(7)), L("DATE_TIME", dispensed.strftime("%d/%m/%Y")), p.comma(), home, L("HEALTH_ID", medicare), irn, ent,
                              K(drug), qty, rpts, K(item), f"Dr {doctor.comma()}", prescriber_no, L("PERSON", "".join(f"{w[0]}." for w in pharmacist.plain().split()))],
                             ";", False))
    plate = f"{g.pick(('CA', 'CB', 'CD'))} {g.digits(2)} {g.letters(2)}"
    body = (f"{L('ORGANIZATION', pharmacy)} -- ABN {L('COMPANY_REGISTRATION', g.abn())} -- {g.place((address,))}\n"
            f"Dispense history export (semicolon-separated), printed {g.stamp('au', day, g.rng.randint(8, 18))} by {pharmacist.full()} "
            f"(AHPRA {L('LICENSE_NUMBER', 'PHA000' + g.digits(7))})\n" + "\n".join(rows)
            + f"\n\nS8 register note: {K(s8 or 'oxycodone 5 mg tablets')} collected by {carer.full()} (carer of {patients[0][0].given()}), "
            f"driver licence {L('LICENSE_NUMBER', g.digits(9))} sighted, vehicle {L('LICENSE_NUMBER', plate)}; {K('Poisons and Therapeutic Goods Regulation')} "
            f"record kept; carer's mobile {g.phone('au', True)}.")
    return "Reconcile this dispensing export: which Schedule 8 items went to whom?", body, \
        f"{patients[0][0].full()} and {patients[1][0].full()}; S8 collected by {carer.full()}."


UK_TESTS = ("U&E", "LFT", "HbA1c", "FBC", "TFT", "Lipid profile", "CRP", "Ferritin", "Vitamin D", "PSA")
UK_DETAILS = ("Type 2 diabetes annual review, on metformin 1 g BD", "Tired all the time, ? hypothyroidism", "Lower urinary tract symptoms, IPSS 18",
              "On amiodarone 200 mg OD: monitoring", "Raised ALT 88 U/L on last bloods, repeat", "CKD stage 3a, eGFR 52")


def lab_order_barcode(g: Gen) -> tuple[str, str, str]:
    trust, host, city, streets, district, practices = g.pick(UK_TRUSTS)
    practice = g.pick(practices)
    pt = g.person("uk")
    gp, copy_to, hca = g.person("uk"), g.person("uk"), g.person("uk")
    ymd = g.ymd(1935, 2005)
    day = g.base()
    order = f"{g.pick('PQ')}{day.year % 100}{g.letters(1)}{g.digits(6)}"
    nhs = g.nhs(False)
    ods = g.pick("PYMCB") + g.digits(5)
    tests = g.rng.sample(UK_TESTS, g.rng.randint(2, 4))
    title = ("Mrs" if g.rng.random() < 0.5 else "Ms") if pt.female else "Mr"
    mrn = g.letters(3) + g.digits(7)
    dob = g.dob("uk", ymd)
    payload = (f"ICE|{L('HEALTH_ID', order)}|{L('HEALTH_ID', nhs)}|{pt.hl7(False)}|{g.compact_date(ymd)}|{'F' if pt.female else 'M'}|"
               f"{L('COMPANY_REGISTRATION', ods)}")
    labels = "\n".join(f"  [{tube}] {L('HEALTH_ID', f'{order}-{i:02d}')}  {pt.comma(caps=True)}  {g.compact_date(ymd)}  {L('HEALTH_ID', nhs)}"
                       for i, tube in enumerate(g.rng.sample(("SST gold", "EDTA purple", "Fluoride grey", "Citrate blue"), 2), 1))
    body = (f"ICE OrderComms -- pathology request (print copy) -- {L('ORGANIZATION', UK_LABS[host])}\n"
            f"Order No: {L('HEALTH_ID', order)}      Printed: {g.stamp('uk', day, g.rng.randint(8, 12))}\n"
            f"Code 128: *{L('HEALTH_ID', order)}*\nData Matrix payload: {payload}\n"
            f"Patient:   {pt.comma(caps=False)} ({title})     NHS No: {L('HEALTH_ID', f'{nhs[:3]} {nhs[3:6]} {nhs[6:]}')}     Hosp No: {L('HEALTH_ID', mrn)}\n"
            f"DOB:       {dob}     Sex: {'F' if pt.female else 'M'}\n"
            f"Address:   {g.place(streets)}, {L('LOCATION', city)} {L('LOCATION', uk_postcode(g, district))}\n"
            f"Tel:       {g.phone('uk', True)}\n"
            f"Requester: Dr {gp.full()} (GMC {L('LICENSE_NUMBER', g.digits(7))}) -- {L('ORGANIZATION', practice)} ({L('COMPANY_REGISTRATION', ods)})\n"
            f"Copy to:   {copy_to.full()}, practice pharmacist, {g.email(copy_to, 'nhs.net')}\n"
            f"Tests:     {', '.join(K(t) for t in tests)}\n"
            f"Clinical details: {K(g.pick(UK_DETAILS))}\n"
            f"Collected: {g.stamp('uk', day, g.rng.randint(8, 12))} by {hca.full()} (HCA), patient identity checked against wristband "
            f"GSRN (8018){L('HEALTH_ID', g.gsrn())}\nTube labels:\n{labels}")
    return "Check the request and tube labels match before the sample is booked in.", body, \
        f"{pt.full()}: {', '.join(K(t) for t in tests)}; labels match order {L('HEALTH_ID', order)}."


TX_COURTS = (("Dallas", "162nd District Court", "DC-{yy}-{z}"), ("Harris", "215th District Court", "20{yy}-{z}"), ("Travis", "353rd District Court", "D-1-GN-{yy}-00{p}"),
             ("Bexar", "73rd District Court", "20{yy}CI{z}"), ("Lubbock", "99th District Court", "DC-20{yy}-CV-{p}"))
TX_FIRMS = (("{a} & {b}, P.C.", "{a}law.com"), ("{a} {b} LLP", "{a}{b}.com"), ("Law Office of {a}", "{a}law.com"), ("{a}, {b} & Associates", "{a}firm.com"))
TX_DEFENDANTS = ("Lone Prairie Freight LLC", "Brazos Valley Apartments LP", "Red Mesa Roofing Inc.", "Caddo Lake Marina LLC", "Gulfway Home Health Services LLC")
TX_CLAIMS = (("negligence and gross negligence", "a collision on I-35E", "$250,000"), ("premises liability", "a fall on an unlit stairway", "$1,000,000"),
             ("negligence per se", "a rear-end collision with a tractor-trailer", "$250,000"), ("breach of contract", "a roof replacement", "$74,000"))


def efiling_docket(g: Gen) -> tuple[str, str, str]:
    county, court, pattern = g.pick(TX_COURTS)
    claim, facts, amount = g.pick(TX_CLAIMS)
    defendant = g.pick(TX_DEFENDANTS)
    plaintiff, driver, judge, agent, expert, clerk = (g.person("us") for _ in range(6))
    day = g.base()
    case = L("CASE_NUMBER", pattern.format(yy=day.year % 100, z=g.digits(5), p=g.digits(4)))
    firms = []
    for _ in range(2):
        a, b = g.firm("us"), g.firm("us")
        name, domain = g.pick(TX_FIRMS)
        firms.append((L("ORGANIZATION", name.format(a=a, b=b)), re.sub(r"[^a-z]", "", fold10(domain.format(a=a, b=b).split(".")[0]).lower()) + ".com"))
    lawyers = [g.person("us") for _ in range(2)]
    bars = [L("LICENSE_NUMBER", "24" + g.digits(6)) for _ in range(2)]
    emails = [g.email(lawyer, domain) for lawyer, (_, domain) in zip(lawyers, firms)]
    dates = sorted(g.rng.sample(range(0, 120), 6))
    entries = [
        ("Plaintiff's Original Petition and Requests for Disclosure", plaintiff.full(), 0),
        (f"Citation issued to {L('ORGANIZATION', defendant)}, by serving its registered agent {agent.full()}, "
         f"{g.place(('{p} Elm St Ste {n}, Dallas, TX 75201', '{p} Louisiana St, Houston, TX 77002', '{n} Congress Ave, Austin, TX 78701'))}", "", 0),
        (f"Return of Service: {agent.full()} served {g.day('us', day, dates[1] + 1)}", plaintiff.full(), 0),
        (f"Defendants' Original Answer ({K('general denial')}; {K('Tex. R. Civ. P. 93')} verified denial)", L("ORGANIZATION", defendant), 1),
        (f"Plaintiff's Designation of Expert Witnesses (Dr {expert.full()}, {L('ORGANIZATION', g.pick(('Baylor Scott & White Medical Center', 'Memorial Hermann Hospital', 'University Medical Center')))})",
         plaintiff.full(), 0),
        (f"{K('Rule 11 Agreement')} extending mediation deadline; mediator {g.person('us').full()}", driver.full(), 1),
    ]
    def filed(date: datetime.date, offset: int) -> str:
        at = date + datetime.timedelta(days=offset)
        return L("DATE_TIME", f"{at.month:02d}/{at.day:02d}/{at.year} {g.rng.randint(1, 12)}:{g.rng.randint(0, 59):02d} {g.pick(('AM', 'PM'))}")

    rows = [csv_line(["seq", "filed", "envelope", "document", "filer", "attorney", "bar_no", "service_to"], "\t", False)]
    for i, ((doc, filer, side), offset) in enumerate(zip(entries, dates), 1):
        if not filer:  # the clerk's own entry
            rows.append(csv_line([str(i), filed(day, offset), L("CASE_NUMBER", g.digits(8)),
                                  doc, "eFile system", "", "", ""], "\t", False))
            continue
        rows.append(csv_line([str(i), filed(day, offset), L("CASE_NUMBER", g.digits(8)), doc, filer, lawyers[side].full(), bars[side],
                              emails[1 - side]], "\t", False))
    body = (f"{L('ORGANIZATION', county + ' County District Clerk')} -- eFile docket export (tab-separated), case {case}, exported "
            f"{g.stamp('us', day + datetime.timedelta(days=dates[-1] + 1), g.rng.randint(8, 17))} by {clerk.full()}\n"
            f"Presiding: Hon. {judge.full()}, {L('ORGANIZATION', court)}, {L('LOCATION', county + ' County')}, Texas\n"
            f"Style: {plaintiff.caps()} v. {L('ORGANIZATION', defendant.upper())} and {driver.caps()}    Cause: {K(claim)} arising from {facts}; "
            f"damages pleaded under {K('Tex. R. Civ. P. 47(c)')}: {K('monetary relief of ' + amount + ' or less')}\n"
            f"Counsel: {firms[0][0]} for Plaintiff; {firms[1][0]} for Defendants\n"
            f"Case record: {L('URL', f'https://{county.lower()}countyclerk.org/odyssey/CaseDetail.aspx?CaseID={g.digits(7)}')}\n" + "\n".join(rows))
    return "Summarise the docket: parties, counsel, and where the case stands.", body, \
        f"{plaintiff.full()} v. {L('ORGANIZATION', defendant)} ({case}): answered; experts designated."


LEDES_FIELDS = ("INVOICE_DATE", "INVOICE_NUMBER", "CLIENT_ID", "LAW_FIRM_MATTER_ID", "INVOICE_TOTAL", "BILLING_START_DATE", "BILLING_END_DATE",
                "INVOICE_DESCRIPTION", "LINE_ITEM_NUMBER", "EXP/FEE/INV_ADJ_TYPE", "LINE_ITEM_NUMBER_OF_UNITS", "LINE_ITEM_ADJUSTMENT_AMOUNT",
                "LINE_ITEM_TOTAL", "LINE_ITEM_DATE", "LINE_ITEM_TASK_CODE", "LINE_ITEM_EXPENSE_CODE", "LINE_ITEM_ACTIVITY_CODE", "TIMEKEEPER_ID",
                "LINE_ITEM_DESCRIPTION", "LAW_FIRM_ID", "LINE_ITEM_UNIT_COST", "TIMEKEEPER_NAME", "TIMEKEEPER_CLASSIFICATION", "CLIENT_MATTER_ID")
US_INSURERS = (("Bluebonnet Mutual Insurance Company", "bluebonnetmutual.com"), ("Trinity Casualty Group", "trinitycasualty.com"),
               ("Sabine Fire & Casualty Co.", "sabinefc.com"))
LEDES_TASKS = (("L110", "A104", "Review and analyze {claimant}'s medical records from {hospital}"),
               ("L120", "A106", "Telephone conference with {adjuster} (adjuster) re settlement authority and {claimant}'s demand"),
               ("L210", "A103", "Draft answer and affirmative defenses; revise per comments from insured {insured}"),
               ("L320", "A108", "Correspondence to opposing counsel {opposing} re deposition of {claimant}"),
               ("L330", "A101", "Prepare for deposition of {witness}, eyewitness; outline questions on lighting and the stairway"),
               ("L160", "A105", "Conference with {partner} re mediation strategy and {claimant}'s lien from {hospital}"))


def ledes_invoice(g: Gen) -> tuple[str, str, str]:
    insurer, insurer_domain = g.pick(US_INSURERS)
    a, b = g.firm("us"), g.firm("us")
    firm = L("ORGANIZATION", f"{a} {b} LLP")
    claimant, insured, adjuster, opposing, witness = (g.person("us") for _ in range(5))
    keepers = [(g.person("us", middle=True), "PT", "450.00"), (g.person("us", middle=True), "AS", "285.00"), (g.person("us", middle=True), "PL", "145.00")]
    hospital = L("ORGANIZATION", g.pick(("Parkland Memorial Hospital", "Ben Taub Hospital", "Brackenridge Hospital", "Methodist Hospital Stone Oak")))
    day = g.base()
    start = day.replace(day=1)
    end = (start + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    invoice = L("CASE_NUMBER", f"{day.year}-{g.digits(5)}")
    client_id = L("ACCOUNT_NUMBER", f"{g.letters(3)}-{g.digits(5)}")
    matter = L("CASE_NUMBER", f"{g.digits(5)}-{g.digits(4)}")
    claim = L("CASE_NUMBER", f"CLM-{day.year}-{g.digits(6)}")
    ein = L("COMPANY_REGISTRATION", f"{g.pick(('75', '74', '76', '20', '45'))}-{g.digits(7)}")
    tasks = g.rng.sample(LEDES_TASKS, g.rng.randint(2, 3))
    items, total = [], 0.0
    for i, (task, activity, text) in enumerate(tasks, 1):
        keeper, level, rate = keepers[0] if task in ("L160", "L120") else g.pick(keepers)
        units = g.rng.choice((0.3, 0.5, 0.8, 1.2, 1.5, 2.1, 3.4))
        amount = units * float(rate)
        total += amount
        partner = keepers[0][0] if keeper is not keepers[0][0] else keepers[1][0]
        narrative = text.format(claimant=claimant.full(), hospital=hospital, adjuster=adjuster.full(), insured=insured.full(),
                                opposing=opposing.full(), witness=witness.full(), partner=partner.full())
        initials = L("PERSON", "".join(w[0] for w in keeper.middle_plain().split()).upper())
        items.append([None, None, None, None, None, None, None, None, str(i), "F", f"{units:.1f}", "0.00", K(f"{amount:.2f}"),
                      g.compact_date(start + datetime.timedelta(days=g.rng.randint(0, (end - start).days))), K(task), "", K(activity), initials, narrative, ein, K(rate),
                      keeper.comma(), level, claim])
    head = [g.compact_date(end), invoice, client_id, matter, K(f"{total:.2f}"), g.compact_date(start), g.compact_date(end),
            f"{claimant.caps()} v. {insured.caps()} -- professional services"]
    lines = ["LEDES1998B[]", "|".join(LEDES_FIELDS) + "[]"]
    lines += ["|".join(head + item[8:]) + "[]" for item in items]
    body = (f"E-billing upload for {L('ORGANIZATION', insurer)} (portal {L('URL', f'https://ebill.{insurer_domain}/invoices/{bare(invoice)}')}), "
            f"from {firm}; matter: {claimant.full()} v. {insured.full()}, insured's claim {claim}\n" + "\n".join(lines))
    return "Audit this LEDES invoice against the billing guidelines: who billed what, and is any narrative block-billed?", body, \
        f"{len(items)} entries by {keepers[0][0].full()} and colleagues, {K(f'{total:.2f}')} in all."


# ---------------------------------------------------------------- English-language papers from ten more countries

LK_LABS = (("Serendib Molecular Diagnostics (Pvt) Ltd", "No. {n}, Kynsey Road, Colombo 08"), ("Lanka Genome Laboratories (Pvt) Ltd", "No. {n}, Nawala Road, Rajagiriya"),
           ("Kandy Genetic Centre (Pvt) Ltd", "No. {n}, Dalada Veediya, Kandy"))
LK_COURTS = ("Magistrate's Court of Gampaha", "Magistrate's Court of Kandy", "Magistrate's Court of Colombo", "District Court of Kurunegala",
             "Magistrate's Court of Jaffna")
LK_REGISTRARS = ("Divisional Secretariat, Maharagama", "Divisional Secretariat, Kandy Four Gravets", "Divisional Secretariat, Jaffna",
                 "Divisional Secretariat, Kurunegala")
STR_LOCI = ("D8S1179", "D21S11", "D7S820", "CSF1PO", "D3S1358", "TH01", "D13S317", "D16S539", "D2S1338", "D19S433", "vWA", "TPOX", "D18S51", "D5S818", "FGA")


def dna_paternity_report(g: Gen) -> tuple[str, str, str]:
    lab, lab_address = g.pick(LK_LABS)
    mother, father = lk_person(g, True, house=True), lk_person(g, False, house=True)
    child = g.relative(mother, g.rng.random() < 0.5)
    collector, attorney, consultant, attorney2 = g.person("lk"), lk_person(g), g.person("lk"), lk_person(g)
    day = g.base()
    child_ymd = g.ymd(2012, 2022)
    excluded = g.rng.random() < 0.3
    rows = []
    for locus in g.rng.sample(STR_LOCI, 5):
        a, b, c = sorted(g.rng.sample(range(8, 24), 3))
        rows.append(f"  {K(locus)}{' ' * (11 - len(locus))}{a},{b:<8} {a},{c:<8} {c},{c + 1 if not excluded else b + 1}")
    conclusion = (f"The alleged father, {father.initialled()}, is excluded as the biological father of the child {child.given()} "
                  f"({K('exclusion at 6 of 15 STR loci')})." if excluded else
                  f"The alleged father, {father.initialled()}, cannot be excluded as the biological father of the child {child.given()}: "
                  f"{K('Combined Paternity Index 2.4 x 10^7')}, {K('probability of paternity 99.99999%')} (prior probability 0.5).")
    body = (f"{L('ORGANIZATION', lab.upper())}\n{g.place((lab_address,))} -- Tel {g.phone('lk')} -- Company Reg. No. {L('COMPANY_REGISTRATION', 'PV ' + g.digits(5))}\n"
            f"DNA PATERNITY TEST REPORT (legal chain of custody)\nReport No. {L('CASE_NUMBER', ''.join(w[0] for w in lab.split()[:3]) + '/PAT/' + str(day.year) + '/' + g.digits(4))}    "
            f"Date of report: {g.day('lk', day, 14)}\n"
            f"Ordered by the {L('ORGANIZATION', g.pick(LK_COURTS))}, case No. {L('CASE_NUMBER', g.pick(('M', 'DMA', 'MR')) + '/' + g.digits(4) + '/' + str(day.year - 1))} "
            f"under the {K('Maintenance Act, No. 37 of 1999')}, on the application of {mother.formal(('Mrs', 'Mr'))}.\n\n"
            f"Tested parties:\n  Mother: {mother.legal()} (NIC {L('NATIONAL_ID', g.lk_nic(mother, g.ymd(1980, 2002)))}), {g.place(LK_HOMES)}, "
            f"tel {g.phone('lk', True)}\n"
            f"  Child: {child.legal()}, born {g.dob('lk', child_ymd)}, birth certificate No. {L('CASE_NUMBER', g.digits(4))} "
            f"({L('ORGANIZATION', g.pick(LK_REGISTRARS))})\n"
            f"  Alleged father: {father.legal()} (NIC {L('NATIONAL_ID', g.lk_nic(father, g.ymd(1975, 2000)))}), {g.place(LK_HOMES)}, "
            f"{g.email(father, g.pick(('gmail.com', 'yahoo.com', 'sltnet.lk')))}\n\n"
            f"Buccal swabs were collected on {g.stamp('lk', day, g.rng.randint(8, 15))} by {collector.full()} (Medical Laboratory Technologist) "
            f"in the presence of {attorney.full()}, Attorney-at-Law for the applicant, and {attorney2.full()}, Attorney-at-Law for the respondent; "
            f"identities were checked against the NIC and photographed. {mother.given()}'s child was identified by the mother.\n"
            f"Method: {K('AmpFLSTR Identifiler Plus')} ({K('15 autosomal STR loci and Amelogenin')}), {K('capillary electrophoresis')}.\n\n"
            f"  Locus      Mother     Child      Alleged father\n" + "\n".join(rows) + "\n\n"
            f"Conclusion: {conclusion}\n\nDr {consultant.full()}, Consultant Geneticist, SLMC Reg. No. {L('LICENSE_NUMBER', g.digits(5))}")
    return "Summarise the DNA report for the court file in two sentences.", body, \
        f"{father.full()} {'excluded' if excluded else 'not excluded'} as father of {child.full()}."


MU_INSURERS = ("Indian Ocean Life Assurance Ltd", "Port Louis Mutual Life Co. Ltd", "Île Maurice Assurances Vie Ltée")
MU_CLINICS = ("Clinique des Flamboyants, Quatre Bornes", "Medisanté Clinic, Rose-Hill", "Clinique du Port, Port Louis", "Centre Médical de Mahébourg")
MU_HOMES = ("Royal Road, Curepipe", "{n}, Avenue des Flamboyants, Quatre Bornes", "Morcellement Saint-André, Plaine des Papayes", "{n}, Rue Desforges, Port Louis",
            "Cité La Cure, Port Louis", "{n}, Sir Seewoosagur Ramgoolam Street, Plaine Magnien", "Camp Fouquereaux, Phoenix", "{n}, Avenue Bois de Natte, Grand Baie")
MU_EMPLOYERS = ("Sugar Coast Textiles Ltd", "Flacq Logistics Co. Ltd", "Lagon Bleu Hotels Ltd", "Rivière Noire Fishing Co. Ltd")
MU_JOBS = ("accounts clerk", "machine operator", "hotel receptionist", "fisherman", "bus driver", "primary school educator")
MU_FINDINGS = (("BMI 29.8 kg/m2", "BP 148/92 mmHg", "urinalysis: glucose 2+", "HbA1c 7.4%", "type 2 diabetes"),
               ("BMI 24.1 kg/m2", "BP 122/78 mmHg", "urinalysis: nil", "HbA1c 5.3%", "no significant history"),
               ("BMI 33.5 kg/m2", "BP 162/98 mmHg", "urinalysis: protein 1+", "HbA1c 6.1%", "hypertension on amlodipine 10 mg"),
               ("BMI 27.2 kg/m2", "BP 134/86 mmHg", "urinalysis: blood trace", "HbA1c 5.9%", "asthma on budesonide 200 mcg BD"))


def insurance_medical_exam(g: Gen) -> tuple[str, str, str]:
    insurer = g.pick(MU_INSURERS)
    bmi, bp, urine, hba1c, history = g.pick(MU_FINDINGS)
    pt = g.person("mu")
    married = pt.female and g.rng.random() < 0.6
    maiden = g.firm("mu") if married else pt.last
    doctor, gp, agent = g.person("mu"), g.person("mu"), g.person("mu")
    parent = g.relative(pt, True) if not married else g.person("mu", True)
    if married:
        parent.last = maiden
    ymd = g.ymd(1965, 2000)
    day = g.base()
    née = f", née {L('PERSON', maiden)}" if married else ""
    body = (f"{L('ORGANIZATION', insurer)} -- MEDICAL EXAMINER'S REPORT (life proposal)\n"
            f"Proposal No. {L('CASE_NUMBER', 'LP' + g.digits(7))}    Plan: {K('Whole life with critical illness rider')}    Sum assured: {K('Rs 3,500,000')}\n\n"
            f"Proposer (life assured): {'Mrs' if married else 'Ms' if pt.female else 'Mr'} {pt.full()}{née}\n"
            f"National Identity Card No. {L('NATIONAL_ID', g.mu_nid(maiden, ymd))}    Date of birth: {g.dob('mu', ymd)}\n"
            f"Occupation: {g.pick(MU_JOBS)} at {L('ORGANIZATION', g.pick(MU_EMPLOYERS))} (BRN {L('COMPANY_REGISTRATION', 'C' + g.digits(8))})\n"
            f"Address: {g.place(MU_HOMES)}    Mobile: {g.phone('mu', True)}    E-mail: {g.email(pt, g.pick(('intnet.mu', 'gmail.com', 'yahoo.fr')))}\n"
            f"Premiums by direct debit from {g.iban_of('MU', g.pick(('BOMM', 'MCBL', 'SBMM')) + '01' + g.digits(2) + g.digits(12) + '000MUR')}\n"
            f"Usual medical attendant: Dr {gp.full()}, {L('ORGANIZATION', g.pick(MU_CLINICS))}\n\n"
            f"Examined on {g.stamp('mu', day, g.rng.randint(8, 16))} by Dr {doctor.full()} (Medical Council of Mauritius reg. No. "
            f"{L('LICENSE_NUMBER', g.digits(4))}); identity checked against the NIC.\n"
            f"Findings: {K(bmi)}, {K(bp)}, {K('pulse 78/min regular')}, {K(urine)}, {K(hba1c)} (point of care).\n"
            f"Personal history: {K(history)}. Family history: {'mother' if parent.female else 'father'} {parent.full()}, "
            f"{K('myocardial infarction at 58')}.\n"
            f"Declarations read over to the proposer in Kreol and signed; witnessed by {agent.full()}, agent (FSC licence {L('LICENSE_NUMBER', 'IA' + g.digits(5))}).\n"
            f"Opinion: {K(g.pick(('standard rates', 'rated +50% for blood pressure', 'postpone 6 months pending ECG and lipid profile', 'rated +75% for diabetes')))}. "
            f"{pt.given()}'s file to the Chief Medical Officer.")
    return "Extract the underwriting facts from the examiner's report.", body, f"{pt.full()}: {K(bmi)}, {K(bp)}, {K(hba1c)}."


ZW_COURTS = (("Harare", ("House No. {p}, Kuwadzana {m}, Harare", "{n} Josiah Tongogara Avenue, Harare", "Stand {t}, Glen View {m}, Harare"), "ZRP Harare Central"),
             ("Bulawayo", ("Stand {p}, Cowdray Park, Bulawayo", "{n} Fife Street, Bulawayo", "House No. {t}, Nkulumane {m}, Bulawayo"), "ZRP Bulawayo Central"),
             ("Mutare", ("Flat {k}, {n} Herbert Chitepo Street, Mutare", "Stand {t}, Sakubva, Mutare", "House No. {p}, Dangamvura, Mutare"), "ZRP Sakubva"),
             ("Gweru", ("Stand {t}, Mkoba {m}, Gweru", "{n} Robert Mugabe Way, Gweru", "House No. {p}, Mambo, Gweru"), "ZRP Gweru Central"),
             ("Masvingo", ("Stand {t}, Rujeko, Masvingo", "Plot {k}, Chikwaka Village, Goromonzi", "{n} Hughes Street, Masvingo"), "ZRP Masvingo Central"))
ZW_CHARGES = (("fraud", "section 136"), ("stock theft", "section 114"), ("theft of trust property", "section 113(2)(d)"), ("robbery", "section 126"),
              ("assault", "section 89(1)(a)"))
ZW_FIRMS = ("{a} & Partners", "{a}, {b} Legal Practitioners", "{a} Law Chambers", "{a} and Associates")


def bail_ruling(g: Gen) -> tuple[str, str, str]:
    city, homes, station = g.pick(ZW_COURTS)
    charge, section = g.pick(ZW_CHARGES)
    accused, magistrate, prosecutor, lawyer, complainant, io, surety, witness = (g.person("zw") for _ in range(8))
    brother = g.relative(accused, False)
    firm = g.pick(ZW_FIRMS).format(a=g.firm("zw"), b=g.firm("zw"))
    domain = re.sub(r"[^a-z]", "", firm.split()[0].lower()) + "law.co.zw"
    day = g.base()
    he, his = ("she", "her") if accused.female else ("he", "his")
    body = (f"IN THE MAGISTRATES COURT OF ZIMBABWE\nHELD AT {L('LOCATION', city.upper())}            CRB No. "
            f"{L('CASE_NUMBER', f'{city[:3].upper()} R {g.digits(4)}/{day.year % 100}')}\n"
            f"In the matter between THE STATE and {accused.caps()}\n\nBAIL RULING\n\n"
            f"Before {magistrate.full()}, Regional Magistrate, on {g.day('zw', day)}.\n"
            f"For the State: {prosecutor.full()}. For the accused: {lawyer.full()} of {L('ORGANIZATION', firm)} ({g.email(lawyer, domain)}).\n\n"
            f"[1] The accused, {accused.full()}{f' (also known as {accused.nick()})' if accused.first in NICKNAMES else ''} (national registration "
            f"number {L('NATIONAL_ID', g.zw_id())}), of {g.place(homes)}, is charged with "
            f"{K(charge)} as defined in {K(section + ' of the Criminal Law (Codification and Reform) Act [Chapter 9:23]')}. It is alleged that on "
            f"{g.day('zw', day, -g.rng.randint(10, 60))} {he} took from the complainant, {complainant.full()}, property and money sent by "
            f"EcoCash to {L('ACCOUNT_NUMBER', g.phone_text('zw', True).replace(' ', ''))}.\n"
            f"[2] The investigating officer, Detective Sergeant {io.full()} of {L('ORGANIZATION', station)}, opposed bail: the accused holds passport "
            f"{L('NATIONAL_ID', g.pick(('FN', 'EN', 'DN')) + g.digits(6))} and {his} brother {brother.given()} lives in Johannesburg; "
            f"{accused.given()}'s phone {g.phone('zw')} was switched off for a week after the report.\n"
            f"[3] The court applies {K('section 117 of the Criminal Procedure and Evidence Act [Chapter 9:07]')}: bail is a right unless there are "
            f"{K('compelling reasons')} to refuse it. The accused has a fixed abode and a surety, {surety.full()} "
            f"(ID {L('NATIONAL_ID', g.zw_id())}), who is present in court.\n"
            f"[4] Bail is granted on these conditions: {K('US$200 deposited with the Clerk of Court')}; the accused to reside at the given address "
            f"until the matter is finalised; to report at {L('ORGANIZATION', station)} every Friday between 6 a.m. and 6 p.m.; to surrender the "
            f"passport; not to interfere with State witnesses, in particular {witness.full()}.\n\n{magistrate.full()}\nREGIONAL MAGISTRATE")
    return "State the outcome of the bail application and the conditions imposed.", body, \
        f"Bail granted to {accused.full()} ({K(charge)}); reports to {L('ORGANIZATION', station)}."


NA_COURTS = (("Windhoek", "WHK", ("Erf {p}, Katutura, Windhoek", "House No. {n}, Okuryangava, Windhoek", "{n} Sam Nujoma Drive, Klein Windhoek")),
             ("Oshakati", "OSH", ("House No. {n}, Oshakati East", "Erf {t}, Ongwediva", "Onamunama village, Ohangwena Region")),
             ("Keetmanshoop", "KTM", ("Erf {t}, Tseiblaagte, Keetmanshoop", "PO Box {p}, Keetmanshoop", "{n} Fenchel Street, Keetmanshoop")),
             ("Swakopmund", "SWK", ("Erf {p}, Mondesa, Swakopmund", "{n} Moltke Street, Swakopmund", "DRC informal settlement, block {k}, Swakopmund")))
NA_EMPLOYERS = ("Oshana Fresh Produce (Pty) Ltd", "Erongo Marine Logistics (Pty) Ltd", "Namib Desert Lodges (Pty) Ltd", "Kalahari Mining Services CC")
NA_BANKS = ("Bank Windhoek", "FNB Namibia", "Nedbank Namibia", "Standard Bank Namibia")
NA_JOBS = ("truck driver", "security officer", "mine artisan", "shift supervisor", "chef")


def maintenance_order(g: Gen) -> tuple[str, str, str]:
    court, code, homes = g.pick(NA_COURTS)
    mother, father = g.person("na", True), g.person("na", False)
    children = [g.relative(father, g.rng.random() < 0.5) for _ in range(g.rng.randint(1, 2))]
    officer, investigator, magistrate, hr = (g.person("na") for _ in range(4))
    employer = g.pick(NA_EMPLOYERS)
    day = g.base()
    kids = "; ".join(f"{c.full()}, born {g.dob('na', g.ymd(2010, 2022))}" for c in children)
    body = (f"REPUBLIC OF NAMIBIA\nIN THE MAINTENANCE COURT FOR THE DISTRICT OF {L('LOCATION', court.upper())}, HELD AT {L('LOCATION', court.upper())}\n"
            f"Case No. {L('CASE_NUMBER', f'MAINT/{code}/{g.digits(3)}/{day.year}')}\n\n"
            f"MAINTENANCE ORDER ({K('section 17 of the Maintenance Act 9 of 2003')})\n\n"
            f"Complainant: {mother.full()}, ID No. {L('NATIONAL_ID', g.na_id(g.ymd(1978, 2002)))}, of {g.place(homes)}, cell {g.phone('na', True)}\n"
            f"Respondent: {father.full()}, ID No. {L('NATIONAL_ID', g.na_id(g.ymd(1970, 2000)))}, {g.pick(NA_JOBS)} at {L('ORGANIZATION', employer)}, "
            f"of {g.place(homes)}\nChild{'ren' if len(children) > 1 else ''}: {kids}\n\n"
            f"Having heard the complainant, the respondent, the maintenance officer {officer.full()} and the maintenance investigator "
            f"{investigator.full()}, who traced the respondent's salary slips, it is ordered that:\n"
            f"1. The respondent pays {K('N$1,200 per month per child')} from {g.day('na', day, 30)}, on or before the 7th of each month, into the "
            f"complainant's account No. {L('ACCOUNT_NUMBER', g.digits(11))} at {L('ORGANIZATION', g.pick(NA_BANKS))}.\n"
            f"2. An {K('emoluments attachment order under section 28')} is directed to the employer, {L('ORGANIZATION', employer)} "
            f"(attention: {hr.full()}, Human Resources, {g.email(hr, re.sub(r'[^a-z]', '', employer.lower())[:12] + '.com.na')}).\n"
            f"3. The respondent keeps {children[0].given()} on his medical aid and pays half of the school fees, {K('N$3,400 a term')}.\n"
            f"4. {K('Arrears of N$7,200')} are payable at {K('N$600 a month')}. {father.given()}'s objection to paying for the "
            f"{'children' if len(children) > 1 else 'child'}'s transport is noted.\n\nMAGISTRATE: {magistrate.full()}    Date: {g.day('na', day)}")
    return "Explain the order to the respondent's employer in plain English.", body, \
        f"{father.full()} pays {K('N$1,200 per month per child')}; deduction from salary ordered."


TZ_HOSPITALS = ("Kilimanjaro Christian Medical Centre", "Bugando Medical Centre", "Mount Meru Regional Referral Hospital", "Mbeya Zonal Referral Hospital",
                "Muhimbili National Hospital")
TZ_HOMES = ("Kijenge, Arusha", "Mtaa wa Uhuru, Moshi Mjini", "P.O. Box {p}, Moshi", "Kijiji cha Kimashuku, Hai", "Mtaa wa Kariakoo, Dar es Salaam",
            "Nyamagana, Mwanza, Mtaa wa Mirongo", "Sinza Mori, Ubungo, Dar es Salaam", "Isanga, Mbeya")
TZ_CASES = (("elective caesarean section (previous two scars)", "spinal anaesthesia with bupivacaine 0.5% heavy 2.2 mL", "ASA II", "Mallampati class II",
             "Hb 10.8 g/dL"),
            ("open reduction and internal fixation, left femur", "general anaesthesia with ETT, ketamine 2 mg/kg induction", "ASA I", "Mallampati class I",
             "Hb 13.2 g/dL"),
            ("thyroidectomy for multinodular goitre", "general anaesthesia, awake fibreoptic intubation available", "ASA II", "Mallampati class III",
             "TSH 0.9 mIU/L"),
            ("transurethral resection of the prostate", "spinal anaesthesia with bupivacaine 0.5% heavy 2.5 mL", "ASA III", "Mallampati class II",
             "creatinine 148 umol/L"))


def preanaesthetic_assessment(g: Gen) -> tuple[str, str, str]:
    hospital = g.pick(TZ_HOSPITALS)
    procedure, plan, asa, airway, lab = g.pick(TZ_CASES)
    female = "caesarean" in procedure or ("prostate" not in procedure and g.rng.random() < 0.5)
    pt = g.person("tz", female)
    kin = g.relative(pt, g.rng.random() < 0.5)
    anaesthetist, surgeon, nurse, consultant = (g.person("tz") for _ in range(4))
    ymd = g.ymd(1950, 2003)
    day = g.base()
    body = (f"{L('ORGANIZATION', hospital.upper())} -- DEPARTMENT OF ANAESTHESIA\nPRE-ANAESTHETIC ASSESSMENT\n"
            f"Reg. No. {L('HEALTH_ID', g.digits(2) + '-' + g.digits(6))}    NHIF card No. {L('HEALTH_ID', g.digits(12))}    NIDA {L('NATIONAL_ID', g.nida(ymd))}\n"
            f"Name: {pt.caps()}    DOB: {g.dob('tz', ymd)}    Sex: {'F' if pt.female else 'M'}    Ward: "
            f"{'Maternity' if 'caesarean' in procedure else g.pick(('Surgical 1', 'Orthopaedic', 'Private Wing'))}\n"
            f"Residence: {g.place(TZ_HOMES)}    Next of kin: {kin.full()}, tel {g.phone('tz', True)}\n\n"
            f"Proposed operation: {K(procedure)} by Dr {surgeon.full()} on {g.day('tz', day, 1)}.\n"
            f"History: {K('no known drug allergies')}; previous anaesthesia uneventful; fasting confirmed.\n"
            f"Examination: {K('BP 128/82 mmHg')}, {K('pulse 84/min')}, airway {K(airway)}, {K('mouth opening 3 fingers')}. Investigations: {K(lab)}.\n"
            f"Classification: {K(asa)}.\nPlan: {K(plan)}; {K('nil by mouth from midnight')}; two units cross-matched.\n"
            f"Consent explained in Kiswahili and signed by {pt.given()}; witnessed by nurse {nurse.full()}. {kin.given()}'s phone is the contact "
            f"for the theatre list.\n\nAssessed by Dr {anaesthetist.full()} (MCT reg. No. {L('LICENSE_NUMBER', g.digits(4))}), {g.stamp('tz', day, g.rng.randint(14, 20))}\n"
            f"Reviewed by the consultant anaesthesiologist, Dr {consultant.full()}, {g.email(consultant, g.pick(('kcmc.ac.tz', 'bugando.ac.tz', 'gmail.com')))}")
    return "Write the one-line summary for the theatre list.", body, f"{pt.full()}: {K(procedure)}, {K(asa)}, {K(plan)}."


MW_HOSPITALS = ("Bwaila Hospital, Lilongwe", "Zomba Central Hospital", "Mzuzu Central Hospital", "Queen Elizabeth Central Hospital, Blantyre",
                "Ekwendeni Mission Hospital")
MW_CENTRES = ("Area 25 Health Centre", "Mitundu Community Hospital", "Chileka Health Centre", "Lumbadzi Health Centre", "Embangweni Mission Hospital")
MW_VILLAGES = (("Chimutu", "Chadza", "Lilongwe"), ("Mponda", "Mlumbe", "Zomba"), ("Kabwabwa", "Kyungu", "Karonga"), ("Chinyama", "Kapeni", "Blantyre"),
               ("Mkwinda", "Kalumbu", "Lilongwe"), ("Zolozolo", "Mtwalo", "Mzimba"))
MW_LABOURS = (("G3P2", "39 weeks", "active labour, 5 cm", "spontaneous vertex delivery", "estimated blood loss 350 mL"),
              ("G1P0", "40 weeks", "latent phase, 3 cm", "vacuum extraction for prolonged second stage", "estimated blood loss 450 mL"),
              ("G5P4", "38 weeks", "active labour, 7 cm", "spontaneous vertex delivery", "postpartum haemorrhage 800 mL, misoprostol 800 mcg SL"),
              ("G2P1", "41 weeks", "induction with misoprostol 25 mcg", "spontaneous vertex delivery", "estimated blood loss 300 mL"))


def delivery_summary(g: Gen) -> tuple[str, str, str]:
    hospital = g.pick(MW_HOSPITALS)
    gp, gestation, admission, mode, loss = g.pick(MW_LABOURS)
    mother = g.person("mw", True)
    guardian = g.person("mw", g.rng.random() < 0.5)
    baby = g.relative(mother, g.rng.random() < 0.5)
    baby.last = mother.last
    midwife, student, clinician = g.person("mw", True), g.person("mw"), g.person("mw")
    village, ta, district = g.pick(MW_VILLAGES)
    day = g.base()
    body = (f"{L('ORGANIZATION', hospital)} -- LABOUR WARD -- DELIVERY SUMMARY (copy for the health passport)\n"
            f"Mother: {mother.full()}    Age: {g.rng.randint(17, 41)}    National ID: {L('NATIONAL_ID', g.mw_id())}    ANC No. "
            f"{L('HEALTH_ID', g.digits(4) + '/' + str(day.year % 100))}    IP No. {L('HEALTH_ID', g.digits(6))}\n"
            f"Home: {L('LOCATION', f'{village} village, T/A {ta}, {district} District')}    Guardian: {guardian.full()}, {g.phone('mw', True)}\n\n"
            f"{K(gp)} at {K(gestation)}, admitted {g.stamp('mw', day, g.rng.randint(0, 23))} in {K(admission)}. {K('HIV negative (tested at ANC)')}.\n"
            f"Partograph: {K('alert line crossed at 6 cm')}; reviewed by clinical officer {clinician.full()}; {K('augmented with oxytocin')}.\n"
            f"Delivery: {g.stamp('mw', day + datetime.timedelta(days=g.rng.randint(0, 1)), g.rng.randint(0, 23))}, {K(mode)}, live "
            f"{'girl' if baby.female else 'boy'}, {K(f'{g.rng.randint(24, 38) / 10:.1f} kg')}, {K('Apgar 7 and 9')}. "
            f"Baby named {baby.full()} by {mother.given()}'s mother.\n"
            f"Third stage: {K('oxytocin 10 IU IM')}, placenta complete; {K(loss)}.\n"
            f"Conducted by {midwife.full()} (NMCM reg. {L('LICENSE_NUMBER', 'NM/' + g.digits(5))}), assisted by student midwife {student.full()} "
            f"(student No. {L('STUDENT_ID', 'KCN/' + str(day.year - 2) + '/' + g.digits(4))}, {L('ORGANIZATION', 'Kamuzu University of Health Sciences')}).\n"
            f"Baby: {K('BCG and OPV0 given')}. Discharged {g.day('mw', day, 2)}; postnatal check at {L('ORGANIZATION', g.pick(MW_CENTRES))} in 6 days.")
    return "Write the postnatal handover for the health centre.", body, f"{mother.full()}: {K(mode)}; baby {baby.full()}."


TT_COURTS = (("Chaguanas", "CHA", ("LP {n} Caroni Savannah Road, Charlieville, Chaguanas", "#{n} Longdenville Old Road, Chaguanas"), "Chaguanas Police Station"),
             ("Arima", "ARI", ("#{n} Eastern Main Road, Arima", "{n} Tumpuna Road, Arima"), "Arima Police Station"),
             ("San Fernando", "SFO", ("{n} Tarouba Road, San Fernando", "Lot {k}, Siparia Erin Road, Penal"), "San Fernando Police Station"),
             ("Port of Spain", "POS", ("{n} Ariapita Avenue, Woodbrook, Port of Spain", "{n} Picton Street, Laventille"), "Belmont Police Station"),
             ("Scarborough", "SCA", ("{n} Milford Road, Scarborough, Tobago", "Lot {k}, Plymouth Road, Black Rock, Tobago"), "Scarborough Police Station"))
TT_SCHOOLS = ("Chaguanas Government Primary School", "Arima Boys' R.C. School", "St. Joseph Presbyterian Primary School", "Bon Accord Government Primary School")
TT_EMPLOYERS = ("Point Lisas Steel Fabricators Ltd", "Caroni Green Grocers Ltd", "Southern Marine Services Ltd", "Tobago Bay Resort Ltd")


def protection_order_application(g: Gen) -> tuple[str, str, str]:
    court, code, homes, station = g.pick(TT_COURTS)
    applicant = g.person("tt", True)
    respondent = g.person("tt", False)
    nickname = NICKNAMES.get(respondent.first) or g.pick(("Boysie", "Tallboy"))  # a street name of his own, where his name has none
    child = g.relative(respondent, g.rng.random() < 0.5)
    officer, jp, magistrate, clerk = g.person("tt"), g.person("tt"), g.person("tt", True), g.person("tt")
    day = g.base()
    y, m, d = g.ymd(1975, 2002)
    aka = f" also called \"{L('PERSON', nickname)}\""
    body = (f"THE REPUBLIC OF TRINIDAD AND TOBAGO\nIN THE MAGISTRATES' COURT -- {L('ORGANIZATION', court + ' Family Court')}\n"
            f"Application No. {L('CASE_NUMBER', f'FC/{code}/DV/{g.digits(4)}/{day.year}')}\n"
            f"{K('DOMESTIC VIOLENCE ACT, CHAP. 45:56')} -- APPLICATION FOR A PROTECTION ORDER\n\n"
            f"Applicant: {applicant.full()}, National ID No. {L('NATIONAL_ID', f'{y}{m:02d}{d:02d}{g.digits(3)}')}, of {g.place(homes)}, "
            f"tel {g.phone('tt', True)}, {g.email(applicant, g.pick(('gmail.com', 'hotmail.com', 'tstt.net.tt')))}\n"
            f"Respondent: {respondent.full()}{aka}, of {g.place(homes)}, employed at {L('ORGANIZATION', g.pick(TT_EMPLOYERS))}\n"
            f"Relationship: {K('cohabitant (common-law spouse)')}, 9 years. Child of the relationship: {child.full()}, pupil at "
            f"{L('ORGANIZATION', g.pick(TT_SCHOOLS))}.\n\n"
            f"Grounds: On {g.day('tt', day, -g.rng.randint(2, 14))} at about 10.30 p.m. at the applicant's home the respondent, "
            f"who had been drinking, {K('threatened to kill')} the applicant and broke the front door. {child.given()} hid at the neighbour's, "
            f"{g.person('tt', True).full()}'s, house. The applicant reported the matter at {L('ORGANIZATION', station)} (report No. "
            f"{L('CASE_NUMBER', f'{g.digits(4)}/{day.year % 100}')}) to PC {officer.full()}, Reg. No. {L('LICENSE_NUMBER', g.digits(5))}.\n"
            f"Orders sought: {K('interim protection order')} under {K('section 6')}; {K('occupation order')}; {K('tenancy order')}.\n"
            f"Sworn before me, {jp.full()}, Justice of the Peace, {g.day('tt', day)}.\n\n"
            f"Clerk's note ({clerk.full()}): interim order granted ex parte by Her Worship {magistrate.full()}; return date {g.day('tt', day, 14)}; "
            f"{respondent.given()}'s copy to be served by WPC at his workplace.")
    return "Summarise the application and what the court did.", body, f"Interim protection order for {applicant.full()} against {respondent.full()}."


WS_VILLAGES = ("Lotofaga", "Falealupo", "Satapuala", "Leulumoega", "Vailele", "Saleaula", "Poutasi", "Safotu", "Fasitoouta", "Siumu")
WS_GROUNDS = ("agreed by consensus (soalaupule)", "tautua (service to the family)", "pule over the family lands", "the heirs of the title (suli)")


def matai_title_decision(g: Gen) -> tuple[str, str, str]:
    title = g._name(MATAI)
    village, other = g.rng.sample(WS_VILLAGES, 2)
    petitioner, respondent, deceased = (g.person("ws") for _ in range(3))
    president, assessor, counsel, registrar = (g.person("ws") for _ in range(4))
    deceased.matai = title
    brother = g.relative(respondent, False)
    day = g.base()
    t = L("PERSON", title)
    they = "she" if respondent.female else "he"
    body = (f"IN THE LAND AND TITLES COURT OF SAMOA\nHELD AT {L('LOCATION', 'MULINUU')}, APIA        "
            f"{L('CASE_NUMBER', f'LC {g.digits(4)} P{g.rng.randint(1, 3)}-P{g.rng.randint(4, 9)}')}\n\n"
            f"IN THE MATTER of the {t} title of the village of {L('LOCATION', village)}\n"
            f"BETWEEN {petitioner.titled()} of {L('LOCATION', village)}, Petitioner\nAND {respondent.titled()} of {L('LOCATION', other)}, Respondent\n\n"
            f"Hearing: {g.day('ws', day, -30)}    Decision: {g.day('ws', day)}\nCourt: {president.titled()} (President), {assessor.titled()} (Assessor)\n"
            f"Counsel: {counsel.full()} for the petitioner ({g.email(counsel, g.pick(('gmail.com', 'lawyers.ws', 'samoa.ws')))})\n\n"
            f"DECISION\n1. This petition concerns the appointment of a holder of the {t} title, vacant since the death of {deceased.titled()} "
            f"on {g.day('ws', day, -g.rng.randint(400, 900))}.\n"
            f"2. The petitioner says the family met at the maota of the title in {L('LOCATION', village)} and {K(WS_GROUNDS[0])} on the appointment.\n"
            f"3. The respondent says {they} was not told of the meeting; {they} has lived in {L('LOCATION', other)} and served the family, and "
            f"{respondent.given()}'s brother {brother.given()} gave evidence of that {K(WS_GROUNDS[1])}.\n"
            f"4. The Court applies {K('section 34 of the Land and Titles Act 2020')} and the customs and usages of Samoa on {K(WS_GROUNDS[2])} "
            f"and {K(WS_GROUNDS[3])}.\n5. The petition is allowed. The {t} title is to be bestowed ({K('saofai')}) on the petitioner and entered in "
            f"the Register of Matai under No. {L('CASE_NUMBER', g.digits(5))}. Any enquiry: the Registrar, {registrar.full()}, tel {g.phone('ws')}.")
    return "Summarise the court's decision on the title.", body, f"The {t} title goes to {petitioner.full()}."


IM_HOMES = ("{n} Bucks Road, Douglas IM1 3{L2}", "{n} Athol Street, Peel IM5 1{L2}", "Ballakillowey, Colby IM9 4{L2}", "{n} Parliament Street, Ramsey IM8 1{L2}",
            "{n} Arbory Road, Castletown IM9 1{L2}", "Thie Veg, Ballaugh IM7 5{L2}", "{n} Tromode Road, Onchan IM3 2{L2}")
IM_PRACTICES = ("Kensington Group Practice", "Laxey Medical Centre", "Peel Group Practice", "Ramsey Group Practice", "Castletown Medical Centre")
IM_REASONS = ("the dissolution of my marriage", "my wish to take my stepfather's surname", "my wish to use my mother's surname", "my gender transition")


def deed_poll_enrolment(g: Gen) -> tuple[str, str, str]:
    new = g.person("im", g.rng.random() < 0.5, middle=True)
    old = Person(g._name(PEOPLE["im"][0] if new.female else PEOPLE["im"][1]) if g.rng.random() < 0.3 else new.first, g.firm("im"), "im", new.female)
    witness, advocate, partner = g.person("im"), g.person("im"), g.person("im")
    firm = f"{g.firm('im')} {g.firm('im')} Advocates"
    day = g.base()
    reason = g.pick(IM_REASONS)
    made = L("DATE_TIME", f"{day.day}{ORDINAL(day.day)} day of {EN_MONTHS[day.month - 1]} {day.year}")
    body = (f"DEED POLL\n\nBY THIS DEED OF CHANGE OF NAME made this {made} by me the undersigned {new.with_middle()} of "
            f"{g.place(IM_HOMES)}, Isle of Man, a British citizen, formerly known as {L('PERSON', old.plain().upper())}:\n\n"
            f"1. I ABSOLUTELY and entirely renounce, relinquish and abandon the use of my said former name of {old.full()} and assume, adopt and "
            f"determine to take and use from the date hereof the name of {new.with_middle()} in substitution for my former name, following {reason}.\n"
            f"2. I SHALL AT ALL TIMES hereafter in all records, deeds, documents and other writings describe myself as {new.full()}.\n"
            f"3. I AUTHORISE and require all persons at all times to designate, describe and address me by the adopted name.\n\n"
            f"SIGNED AS A DEED by the above-named {new.full()} (formerly {old.full()}) in the presence of {witness.full()}, "
            f"{g.pick(('retired teacher', 'bank officer', 'farmer', 'nurse'))}, of {g.place(IM_HOMES)}.\n\n"
            f"Covering letter, {L('ORGANIZATION', firm)}, {g.place(IM_HOMES)} -- our ref "
            f"{L('CASE_NUMBER', f'{advocate.last[:3].upper()}/{g.digits(5)}')}:\n"
            f"Please enrol the enclosed {K('deed poll')} with the {K('statutory declaration')} and {K('decree absolute')}; "
            f"{K('enrolment fee £35.00')} enclosed. Our client's National Insurance number is {L('NATIONAL_ID', g.nino())}, passport "
            f"{L('NATIONAL_ID', g.digits(9))}, NHS number {L('HEALTH_ID', g.nhs())}; {new.given()}'s GP is {L('ORGANIZATION', g.pick(IM_PRACTICES))}. "
            f"Enrolment number allocated: {L('CASE_NUMBER', f'DP {day.year}/{g.digits(4)}')}. Any query to {advocate.full()} "
            f"({g.email(advocate, re.sub(r'[^a-z]', '', firm.split()[0].lower()) + 'advocates.im')}, {g.phone('im')}) or {partner.full()}.")
    return "Which name does the person now use, which did they give up, and what was sent with the deed?", body, \
        f"{old.full()} is now {new.full()}."


RW_HOSPITALS = ("King Faisal Hospital, Kigali", "University Teaching Hospital of Kigali (CHUK)", "Rwanda Military Hospital, Kanombe",
                "University Teaching Hospital of Butare (CHUB)")
RW_RECEIVING = ("Aga Khan University Hospital, Nairobi", "Nairobi West Hospital", "Apollo Hospitals, Chennai", "Case Hospital, Kampala")
RW_DESKS = {"Aga Khan University Hospital, Nairobi": "international.patients@aku.edu", "Nairobi West Hospital": "referrals@nairobiwesthospital.co.ke",
            "Apollo Hospitals, Chennai": "intl.desk@apollohospitals.com", "Case Hospital, Kampala": "admissions@casehospital.co.ug"}
RW_HOMES = ("KG {k} Ave, house {n}, Kacyiru, Gasabo, Kigali", "KN {k} St, house {n}, Nyamirambo, Nyarugenge, Kigali", "Muhoza Sector, Musanze District",
            "Ngoma Sector, Huye District", "KK {k} Rd, house {n}, Kicukiro, Kigali")
RW_CASES = (("post-operative day 6 after laparotomy for perforated appendix", "SpO2 96% on room air", "WCHS (wheelchair to seat)", "Hb 10.2 g/dL"),
            ("acute lymphoblastic leukaemia for induction chemotherapy", "SpO2 94% on room air", "supplemental oxygen 2 L/min", "platelets 45 x10^9/L"),
            ("closed fracture of the right femur in a cast", "SpO2 98% on room air", "stretcher (STCR)", "Hb 11.6 g/dL"),
            ("rheumatic mitral stenosis for valve surgery", "SpO2 93% on room air", "supplemental oxygen 2 L/min", "NYHA class III"))


def medif_clearance(g: Gen) -> tuple[str, str, str]:
    hospital, receiving = g.pick(RW_HOSPITALS), g.pick(RW_RECEIVING)
    dx, spo2, need, lab = g.pick(RW_CASES)
    pt, doctor, meda = (g.person("rw") for _ in range(3))
    escort = g.person("rw", g.rng.random() < 0.5)
    ymd = g.ymd(1960, 2006)
    day = g.base()
    single = escort.first
    body = (f"RWANDAIR -- MEDIF Part 2 (to be completed by the attending physician)\n"
            f"Passenger: {L('PERSON', f'{pt.last.upper()} {pt.first}')} (as in passport)    Sex: {'F' if pt.female else 'M'}    DOB: {g.dob('rw', ymd)}\n"
            f"Passport No. {L('NATIONAL_ID', 'PC' + g.digits(6))}    National ID {L('NATIONAL_ID', g.rw_nid(pt, ymd[0]))}\n"
            f"Booking reference {L('CASE_NUMBER', ''.join(g.rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6)))}    Ticket "
            f"{L('CASE_NUMBER', '459-' + g.digits(10))}    Flight WB {g.rng.randint(100, 470)} KGL-{g.pick(('NBO', 'EBB', 'BOM', 'DXB'))} on {g.day('rw', day, 3)}\n"
            f"Home address: {g.place(RW_HOMES)}    Tel {g.phone('rw', True)}\n"
            f"Escort: {L('PERSON', single)} ({g.pick(('brother', 'sister', 'cousin', 'uncle'))}; one name only in the passport), tel {g.phone('rw', True)}\n\n"
            f"Attending physician: Dr {doctor.full()}, {L('ORGANIZATION', hospital)}, RMDC reg. No. {L('LICENSE_NUMBER', 'A' + g.digits(4))}, "
            f"{g.email(doctor, g.pick(('kfh.rw', 'chuk.rw', 'gmail.com')))}\n"
            f"Diagnosis: {K(dx)}. Date of onset: {g.day('rw', day, -g.rng.randint(5, 40))}.\n"
            f"Current condition: {K(spo2)}, {K(lab)}. Prognosis for the trip: good.\n"
            f"Special requirements: {K(need)}; escort sits beside the passenger.\n"
            f"Receiving: {L('ORGANIZATION', receiving)}; bed confirmed {g.day('rw', day, 1)} by e-mail from {L('EMAIL_ADDRESS', RW_DESKS[receiving])}.\n"
            f"The passenger is a student at the {L('ORGANIZATION', 'University of Rwanda')}, registration No. {L('STUDENT_ID', str(day.year - 3) + g.digits(5))}; "
            f"{pt.given()}'s sponsor has paid the escort's ticket.\n\n"
            f"Airline medical officer's decision: {K('fit to fly with conditions')}, ref. {L('CASE_NUMBER', 'MEDA/' + g.digits(5))}, {g.stamp('rw', day, g.rng.randint(8, 17))}, "
            f"signed {meda.full()}, medical officer.")
    return "Can the passenger fly, and what must the airline provide?", body, f"{pt.full()}: {K('fit to fly with conditions')}, {K(need)}."


def _one_document(write: Callable[[Gen], tuple[str, str, str]]) -> Callable[[Gen], tuple[str, str, str]]:
    """The writer, starting each document with no names given yet."""

    @functools.wraps(write)
    def fresh(g: Gen) -> tuple[str, str, str]:
        g.used = set()
        return write(g)

    return fresh


STRUCTURED = (hl7_message, fhir_bundle, appointment_csv, ehr_audit_log, dicom_header, claim_file, dispensing_export, lab_order_barcode,
              efiling_docket, ledes_invoice)
NARRATIVE = (dna_paternity_report, insurance_medical_exam, bail_ruling, maintenance_order, preanaesthetic_assessment, delivery_summary,
             protection_order_application, matai_title_decision, deed_poll_enrolment, medif_clearance)
DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {f.__name__: _one_document(f) for f in STRUCTURED + NARRATIVE}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity), found in document order after the end of the one before it."""
    return blind9.span_offsets(r)


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    return blind9.text_fields(record)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
