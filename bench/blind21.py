"""Twenty-first blind scrubbing corpus: twenty registers of housing, migration and social care (a tenancy deposit decision, a homelessness assessment, an asylum screening interview, a visa sponsorship letter, a safeguarding referral, a foster home study, a care home agreement, a Traveller pitch licence, a resettlement case note, a lost passport report) and of urgent and occupational care (triage, a poisons call, fitness for work, a seafarer's and a pilot's medical, a mine accident, travel vaccinations, a dialysis transfer, a donor deferral, TB contact tracing), from twenty new places.

    python bench/blind21.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind21.py --out blind21.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber rule,
no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only bench/blind3.py's
soundness check, through fedtune.scrubbing.evaluate and its AS_WRITTEN scorer). Its templates are bench/blind20.py's records, labels,
generator and soundness check. Each record sets a task on a document (summarise it, make a timeline, a table, a card or a checklist,
draft the letter that follows) with an answer that repeats its personal data reformatted: a name surname first or in capitals, a date
written out, a number regrouped. Eight records in ten are fedtune instruction records, two a chat (an optional system prompt, the
user's pasted document and request, the assistant's answer).

Ten registers are housing, migration and social care: a Residential Tenancy Branch decision on a security deposit at Prince Rupert
(British Columbia), a coordinated entry homelessness assessment in Fargo (North Dakota), a Home Office asylum screening interview at
Folkestone (Kent) in questions and answers, an Al Ain (Abu Dhabi) employer's visa sponsorship letter for a Malayali employee, an
adult safeguarding referral on Providenciales (Turks and Caicos Islands), a foster home study in Juneau (Alaska), a care home
admission agreement in Stanley (Falkland Islands), a Southampton (Hampshire) Gypsy and Traveller pitch licence, a Utica (New York) refugee
resettlement case note and a lost passport report to the police in Anguilla. Ten are urgent and occupational care: an emergency
department triage note on Saipan (Northern Mariana Islands), a Tucson (Arizona) poison centre call log, a Kuala Belait (Brunei)
offshore fitness-for-work report, a Tarawa (Kiribati) seafarer's medical certificate, a Fairbanks (Alaska's interior) aviation medical
examination, an Elko (Nevada) gold mine's accident report, a Mindelo (São Vicente, Cape Verde) travel vaccination record, a Koror
(Palau) dialysis unit's transfer letter, an Oranjestad (Aruba) blood donor deferral letter and a Nuuk (Greenland) tuberculosis
contact-tracing sheet. FIRST_CONTACT names the ten written at the first meeting while the matter is open (the assessment, the
screening interview, the referral, the case note, the police report, the triage, the poisons call, the accident report, the
vaccination record, the contact tracing), STANDING_PAPERS the ten that settle or certify something and stand afterwards (the
decision, the sponsorship letter, the home study, the agreement, the licence, the fitness report, the two medical certificates, the
transfer letter, the deferral letter). Forms come as "Field: value" lines, tick boxes ([x]), Q:/A: transcripts, pipe and markdown
tables, letters with address blocks, a call log with times, and code-switched words of Haitian Creole, Tigrinya, Tlingit, Romani,
Swahili, S'gaw Karen, Chamorro, Brunei Malay, Gilbertese, Basque, Kabuverdianu, Palauan, Papiamento and Greenlandic.

Identifiers follow the public descriptions of their formats, with the check characters computed where one exists: a passport's
machine-readable zone (ICAO Doc 9303, TD3: the check digits weighted 7, 3, 1 over the number, the birth date, the expiry, the
optional data and the composite; an Anguillan's British Overseas Territories passport, GBR issuing, GBD nationality), IMO ship
numbers (weights 7 to 2, the last digit; a vessel's, left unlabelled), Emirates ID numbers (784, the birth year, seven digits, Luhn),
UAE IBANs (ISO 13616), Canadian business numbers (eight digits and Luhn, with the RT0001 program account), Greenlandic CPR numbers
(DDMMYY, the century digit, the last digit odd for a man, and the modulus 11 check that numbers issued before 2007 pass), ISBT 128
donation identification numbers (the facility, the year, the sequence, the ISO/IEC 7064 MOD 37-2 check character) and British
vehicle registrations (the age identifier of the date of first registration). Drawn in their published patterns: US Social Security
numbers (no area 000, 666 or 900-999, no group 00, no serial 0000), A-numbers (A and nine digits), New York Medicaid client IDs (two
letters, five digits, a letter), Arizona AHCCCS IDs (A and eight digits), North Dakota driver's licences (three letters, six digits),
Alaska driver's licences (seven digits), MSHA mine IDs (26, Nevada, and five digits). As the author understands them: Aruban
persoonsnummers (the birth date YYYYMMDD and two digits), Cape Verdean CNI numbers (the birth date, the sex, digits and a letter),
Brunei IC numbers (two digits and six). Where the author found no public description, numbers are drawn as stated in the writers:
file, HMIS, Home Office, CID, port, police, case, OCS, pitch licence, MedXPress, poison centre, employee, discharge book, ICVP, donor
and hospital numbers, trade licences, NHIP and NIB numbers, pilot certificates and AME designations, school student numbers, and the
web addresses of a tenancy dispute, a visa application and a MedXPress application.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them in the name lists of bench/blind2.py
to bench/blind20.py, their nicknames and misspellings included: checked when this module loads): Tsimshian, Haida, Nisga'a and
Portuguese-Canadian, Turtle Mountain Chippewa and Germans from Russia, Eritrean (Tigrinya) and Sudanese, Kentish, Emirati (Al before
the family name, a person addressed by title and given name) and Malayali, Turks and Caicos Belonger and Haitian, Tlingit (X'unei,
with its apostrophe) and Filipino-Alaskan, Falkland Islander, St Helenian and Chilean, Romany Gypsy and Irish Traveller, Bosnian,
Congolese and Karen (single names with no family name), Anguillian, Chamorro and Carolinian, Tohono O'odham and Sonoran, Brunei
Malay (bin and binti with the father's name), I-Kiribati (Nei, a woman's title, outside her span), Koyukon Athabascan and Alaskan,
Basque-American and Western Shoshone, Cape Verdean, Palauan, Aruban and Greenlandic. Hard cases, natural to the theme: names that
are words or places (Skeena, Moody, Starr, Shiloh, Opp, Been, Geneva, Short, Summers, Peck, Poole, Cinderella, Britannia, Goliath,
Doe, Cash, Keet, Bienvenu, Espoir, Safari, Palestine, Cardigan, Brooks, Titus, Tuff, Bilbao, Tromp, Ras, Eman), Brunei names that
are days of the week (Sabtu, Jumat, Ahad, Kamis) and fathers' names that are words (Tengah, Besar, Muda, Tinggal), a name in
capitals surname first, initials with a surname, a name inside an e-mail address, a household sharing one surname (TB contacts, a
family in a case note), a name in a passport's machine-readable line (CARTY<<EVALIE); addresses with landmarks ("the yellow house
behind the church", "the skyway by Island Park"), hamlets, barrios, kampongs and settlements; dates in many forms (a US date, a day
with its weekday, an ordinal, 12.3.2024, 2024-03-12, MM/DD/YYYY with a four-digit time, "the 4th", a month and year), 24-hour times
alone left unlabelled; and protected terms in the document and again in the answer: drug doses, vaccine names and schedules, triage
levels, toxidromes, lab values with units, audiometry and vision standards, dialysis prescriptions, statutes and sections of new
jurisdictions (the Residential Tenancy Act, Federal Decree-Law No. 33 of 2021, the Vulnerable Persons Ordinance, 7 AAC 50, the Mobile
Homes Act 1983, 14 CFR 67.111, 30 CFR Part 50, MLC 2006, IHR 2005), visa and housing terms, money in new currencies (AED, EC$, FK£),
scales and scores (VI-SPDAT, MMSE, Barthel, Kt/V, CHA2DS2-VASc).

Labelling rules are bench/blind19.py's and bench/blind20.py's: the body that issues a number stays outside its span; identity,
passport, A-numbers, Social Security, CPR, Emirates ID, CNI, IC, NIB and discharge book numbers are NATIONAL_ID, a passport's second
machine-readable line one NATIONAL_ID and the name in its first line a PERSON; numbers that exist for health care (a hospital, patient,
MRN, Medicaid, AHCCCS, NHIP, donor or donation number) HEALTH_ID; licences, driver's licences, vehicle registrations, pilot
certificates and AME designations LICENSE_NUMBER; case, file, reference, police report, HMIS, Home Office, CID, port, employee and
certificate numbers CASE_NUMBER; business numbers, trade licences and mine IDs COMPANY_REGISTRATION; clinics, hospitals, shelters,
schools, employers, agencies, care homes, sites and police stations are ORGANIZATION, whole, while national and tribal bodies (the
Home Office, the Residential Tenancy Branch, the FAA, MSHA, the Royal Anguilla Police Force, the Central Council of the Tlingit &
Haida Indian Tribes) are left unlabelled; titles (Dr, PC, Nei, Mr, Ms) stay outside a person's span, "bin" and "binti" inside it; a
street address on one line is one LOCATION, a town with its postcode another, a hamlet, barrio, kampong or settlement its own.

Earlier corpora, for comparison (from their docstrings and place lists, searched): bench/blind.py to bench/blind20.py visited, among
others, Nunavut, Newfoundland, the Yukon and the Northwest Territories, Hawaii, Guam and the Marshall Islands, Orkney, Shetland, Jersey
and Guernsey, Gibraltar, Malta and Cyprus, Mauritius and the Seychelles, Vanuatu, the Solomon Islands and Papua New Guinea, Namibia,
Lesotho, Eswatini, Rwanda, Tanzania, Sierra Leone, Liberia, the Gambia and Cameroon, Nepal and Bhutan, Belize, Guyana, Bermuda and
the Cayman Islands, Iceland, the Faroes and Mongolia, Co. Clare, Derry, Thunder Bay, Lewiston and Boise, Rushmoor (Hampshire) and Thanet (Kent). None of them visited Prince
Rupert, Fargo, Folkestone, Al Ain, Providenciales, Juneau, the Falkland Islands, Southampton, Utica, Anguilla,
Saipan, Tucson, Kuala Belait, Kiribati, Fairbanks, Elko, Mindelo, Palau, Aruba or Greenland (their names were searched for in every
earlier corpus), and none of their document types is one of these twenty (tests/test_blind21.py checks the names).
"""
from __future__ import annotations

import datetime
import random
import re
import sys
from collections.abc import Callable
from typing import Any

import blind3  # bench/, beside this script
import blind13
import blind18
import blind20
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Written for this corpus; no word of them is in the lists of bench/blind2.py to bench/blind20.py.
PEOPLE = {
    # Prince Rupert (British Columbia): Tsimshian, Haida and Nisga'a families and Portuguese-Canadian fishing families; Skeena (a river)
    # a given name, Moody a surname that is a word
    "pr": (("Tanis", "Jodine", "Sheldeen", "Merilee", "Vonnie", "Ilidia", "Jaylynn", "Skeena", "Shanley", "Tawnee", "Cherisse"),
           ("Ervin", "Rodell", "Abilio", "Gaudencio", "Mervin", "Lanny", "Delvin", "Torrance", "Lyall", "Dorrance"),
           ("Dudoward", "Helin", "Sampare", "Yeltatzie", "Edenshaw", "Nyce", "Azak", "Gosnell", "Moody", "Bellis", "Amaral", "Raposo", "Cabral",
            "Sterritt", "Mowatt", "Spalding", "Wampler", "Wolkosky")),
    # Fargo (North Dakota): Turtle Mountain Chippewa and Michif families and Germans from Russia; Starr, Shiloh and Opp among them
    "fg": (("Tiffani", "Jaycee", "Starr", "Destini", "Marvella", "Charlayne", "Destany", "Brandee", "Kassidy", "Tennille", "Shiloh"),
           ("Shad", "Elden", "Kaden", "Thad", "Rance", "Kyson", "Korbin", "Rolf"),
           ("Laducer", "Poitra", "Belgarde", "Decoteau", "Jeanotte", "Gourneau", "Schmaltz", "Gefroh", "Hochhalter", "Opp", "Bachmeier", "Kuntz",
            "Wanner", "Fettig", "Eberle", "Morsette", "Allery", "Lafountain", "Malaterre", "Peltier", "Boushie")),
    # Folkestone (Kent): Eritrean (Tigrinya, a given name then the father's) and Sudanese people claiming asylum
    "fs": (("Semhar", "Mebrat", "Luwam", "Winta", "Freweyni", "Senait", "Yordanos", "Selam", "Tsega", "Sawsan", "Ikhlas"),
           ("Tesfay", "Filmon", "Habtom", "Mehari", "Kibrom", "Amanuel", "Merhawi", "Elsadig", "Mudathir", "Yohannes", "Robel", "Henok", "Natnael",
            "Okbay", "Eyob", "Samson"),
           ("Gebremedhin", "Tesfamariam", "Woldemichael", "Berhane", "Ghebreyesus", "Kidane", "Asmerom", "Tekle", "Zerai", "Habte", "Ghirmay",
            "Weldeab", "Elnour", "Babiker", "Elamin")),
    # Kent: the Home Office's officers and the interpreters' agency
    "kt": (("Suki", "Glennis", "Avis", "Kimber"), ("Ivor", "Hew", "Vinnie", "Bartley", "Rex"),
           ("Hougham", "Quested", "Boorman", "Sladden", "Gambrill", "Wraight", "Finn")),
    # Al Ain (Abu Dhabi, UAE): Emirati families (Al before the family name), addressed by a title and the given name
    "ae": (("Mahra", "Meera", "Moza", "Alyazia", "Maitha", "Shaikha", "Afra", "Reem", "Noura"),
           ("Khalifa", "Rashed", "Suhail", "Humaid", "Hamad", "Theyab", "Mubarak", "Zayed"),
           ("Al Dhaheri", "Al Mansoori", "Al Ameri", "Al Kaabi", "Al Neyadi", "Al Darmaki", "Al Mehairi", "Al Hosani", "Al Qubaisi", "Al Hameli",
            "Al Romaithi", "Al Shehhi", "Al Zaabi", "Al Kindi")),
    # Kerala (India): Malayali nurses and technicians sponsored to work in Al Ain, with their house names as surnames
    "kl": (("Bincy", "Jincy", "Anju", "Sreeja", "Deepthi", "Shilpa", "Smitha", "Jisha", "Tintu", "Sheeba"),
           ("Sreejith", "Binu", "Jijo", "Shibu", "Renjith", "Vipin", "Sajan", "Lijo", "Tijo", "Shaju", "Ebin", "Jibin"),
           ("Puthenpurayil", "Kalathil", "Vadakkedath", "Chirayil", "Mannarath", "Thekkekara", "Olickal", "Nellikunnel")),
    # Providenciales (Turks and Caicos Islands): Belonger families (Been a surname that is a word) and Haitian families
    "tc": (("Delthia", "Lovern", "Orlinda", "Verdell", "Franchesca", "Rosalee", "Medita", "Guerline", "Rosemène", "Mirlande", "Kettly", "Jacquelin"),
           ("Wendal", "Arlington", "Cadman", "Goldray", "Philmore", "Calvert", "Wilner", "Fritzner", "Wesner", "Rony", "Luckner", "Dieuseul"),
           ("Missick", "Handfield", "Lightbourne", "Basden", "Been", "Gardiner", "Capron", "Delancy", "Swann", "Dorvil", "Sainvil", "Exantus",
            "Dorcely", "Estimé", "Belizaire", "Saintil", "Fleurimond", "Bazile", "Telfort", "Alcindor", "Cherenfant")),
    # Juneau (Alaska): Tlingit families (a Tlingit name with its apostrophe, X'unei) and Filipino-Alaskan families; Geneva a given name
    "jn": (("Kaasei", "Sherrilyn", "Geneva", "Sheyenne", "Keixwnei", "Daanawaak", "Shaakoon"),
           ("X'unei", "Ozzie", "Kaalkaawu", "Yeidikook", "Candido", "Dionisio", "Herminio"),
           ("Kookesh", "Worl", "Kasko", "Zuboff", "Katzeek", "Kadashan", "Wanamaker", "Soboleff", "Peratrovich", "Sumaoang", "Tabafunda", "Mabansag")),
    # Stanley (Falkland Islands): Islander, St Helenian and Chilean families; Short, Summers, Peck and Poole surnames that are words
    "fk": (("Sukey", "Teena", "Romayne", "Nidia", "Lenita", "Tansy"),
           ("Osmond", "Austin", "Calvin", "Dalbert", "Otto", "Rudolph", "Egbert"),
           ("Berntsen", "Biggs", "Goss", "Betts", "Short", "Summers", "Jaffray", "Pitaluga", "Alazia", "Luxton", "Clausen", "Minto", "Halliday", "Yon",
            "Crowie", "Thorsen", "Ormond", "Peck", "Poole")),
    # Hampshire: Romany Gypsy and Irish Traveller families (Cinderella, Britannia, Goliath; Doe, Cash and Keet surnames that are words)
    "tv": (("Britannia", "Mizelli", "Vashti", "Athaliah", "Cinderella", "Sinaminta", "Kizzy"),
           ("Gilderoy", "Goliath", "Absalom", "Hezekiah", "Uriah", "Sampson", "Noah"),
           ("Loveridge", "Boswell", "Ayres", "Doe", "Buckland", "Eastwood", "Ripley", "Hearn", "Sines", "Keet", "Maughan", "McDonagh", "Mongan",
            "Cash", "Sherlock")),
    # Utica (New York): Bosnian families resettled in the 1990s, Congolese families (Bienvenu, Espoir, Safari: names that are words)
    "ut": (("Emina", "Mirsada", "Azra", "Alma", "Jasmina", "Senada", "Elma", "Lejla", "Aida", "Amela", "Dženana", "Šejla"),
           ("Edin", "Mirsad", "Jasmin", "Senad", "Emir", "Almir", "Suad", "Amer", "Zlatan", "Haris", "Sulejman"),
           ("Hodžić", "Mehmedović", "Softić", "Begić", "Ćatić", "Halilović", "Omerović", "Salihović", "Karahasan", "Delić")),
    "cg": (("Furaha", "Aimerance", "Bahati", "Mapendo", "Riziki", "Amani"),
           ("Bienvenu", "Dieudonné", "Espoir", "Shukuru", "Byamungu", "Safari", "Matabaro"),
           ("Nzabonimpa", "Bisimwa", "Mirindi", "Cirhuza", "Mulumeoderhwa", "Balume", "Bahizire", "Mushagalusa", "Zihindula", "Murhula", "Bashige",
            "Rugenge")),
    # Karen refugees from Burma: single names without a family name (Naw before a woman's), so a mother and her children share none
    "kn": (("Naw Paw Htoo", "Naw Ler Moo", "Naw Eh Kaw", "Naw Blu Paw", "Naw Hser Paw"),
           ("Eh Doh Say", "Pah Poe Thaw", "Thaw Htoo Lah", "Kaw Doh Ku", "Ler Gay Dah"), ()),
    # The Valley (Anguilla): Anguillian families; Palestine a given name that is a place, Cardigan one that is a word and a town
    "an": (("Evalie", "Shellya", "Kathleena", "Palestine", "Ulrica", "Zenobia"),
           ("Alkins", "Cardigan", "Haydn", "Othniel", "Palgrave", "Kennedy", "Stedroy", "Mitchum"),
           ("Carty", "Harrigan", "Hodge", "Mussington", "Romney", "Brooks", "Fleming", "Niles", "Webster", "Proctor")),
    # Saipan (Northern Mariana Islands): Chamorro and Refaluwasch (Carolinian) families
    "sp": (("Asuncion", "Ignacia", "Bernadita", "Maralina", "Anunciacion", "Tomasa", "Benita", "Jesusa", "Macaria", "Teresita"),
           ("Benigno", "Lino", "Froilan", "Pedro", "Crisostomo", "Pancracio", "Tirso", "Alfonso"),
           ("Sablan", "Manibusan", "Quitugua", "Taimanglo", "Tudela", "Muña", "Olopai", "Rabauliman", "Tagabuel", "Igitol", "Borja", "Tenorio",
            "Babauta", "Pangelinan", "Teregeyo", "Taitano", "Aldan")),
    # Tucson (Arizona): Tohono O'odham and Sonoran Mexican-American families
    "tu": (("Ofelia", "Verlene", "Delphina", "Lorenza", "Cleofas", "Evangelina", "Josefina", "Yolotzin"),
           ("Verlon", "Ysidro", "Elmo", "Virgel", "Sherman", "Delwin", "Lavon"),
           ("Enos", "Antone", "Narcho", "Saraficio", "Quiroz", "Moraga", "Leyva", "Encinas", "Urquidez", "Bojórquez", "Acuña", "Durazo", "Noriega",
            "Munguia", "Gastelum", "Vavages")),
    # Kuala Belait (Brunei): Brunei Malay, written with bin or binti and the father's given name; days of the week as names (Sabtu, Jumat,
    # Ahad, Kamis) and fathers called Tengah, Besar, Muda and Tinggal (middle, big, young, stay)
    "br": (("Suriani", "Nooraini", "Zaitun", "Normah", "Rohani", "Aminah", "Fatimah"),
           ("Jefri", "Sahari", "Hamid", "Sabtu", "Jumat", "Ahad"),
           ("Tengah", "Matusin", "Bakar", "Damit", "Kamis", "Tuah", "Metussin", "Besar", "Tinggal", "Muda", "Bungsu")),
    # Tarawa (Kiribati): I-Kiribati seafarers and their families (Nei before a woman's name, a title outside her span)
    "ki": (("Tiroia", "Teiti", "Rereao", "Kaiea", "Tabera", "Bwenawa", "Nanise", "Toaea", "Erenei", "Rutiana"),
           ("Teburoro", "Taneti", "Tebao", "Rimon", "Tekautu", "Kaboua", "Tarakabu", "Biribo", "Tetabo", "Tekena", "Tiarite", "Teabo"),
           ("Tito", "Maamau", "Kourabi", "Tabuaka", "Teinamati", "Kaiteie", "Tokoa", "Bureimoa", "Iererua", "Tiaontin", "Kaiuea", "Ientaake",
            "Tokintekai", "Mwea", "Kaure")),
    # Fairbanks (Alaska's interior): Koyukon and Tanana Athabascan families and homesteaders' families; Titus a surname
    "fb": (("Shyanne", "Poldine", "Kathaleen", "Marvena", "Evelynne"),
           ("Rayburn", "Lyman", "Emmitt", "Travers", "Delwyn"),
           ("Yaska", "Nollner", "Esmailka", "Kriska", "Attla", "Madros", "Notti", "Titus", "Stumpf", "Brodersen", "Heflinger", "Kirkvold", "Wien")),
    # Elko (Nevada): Basque-American and Western Shoshone families, and a cowboy called Tuff; Bilbao a surname that is a city
    "ek": (("Maitane", "Nekane", "Garazi", "Ainhoa", "Miren"),
           ("Joxe", "Unai", "Aitor", "Tuff", "Corbin", "Mikel", "Josu", "Eneko", "Peio", "Txomin", "Patxi"),
           ("Uriarte", "Ytcaina", "Laucirica", "Zabala", "Inchauspe", "Bobb", "Sope", "Premo", "Etchart", "Iriondo", "Bilbao", "Echeverria", "Saval",
            "Altube", "Ugalde", "Arrieta", "Mendive", "Yrigoyen", "Gastanaga", "Urrutia")),
    # Mindelo (São Vicente, Cape Verde): Cape Verdean families
    "cv": (("Edmira", "Jandira", "Elisângela", "Neusa", "Dulcelina", "Iolanda", "Zenaida", "Adilsa", "Adalgisa", "Vanuza", "Nilza", "Cesaltina"),
           ("Adilson", "Edmilson", "Jailson", "Elton", "Djalma", "Arlindo", "Amílcar", "Domingos", "Ludgero", "Onésimo"),
           ("Fortes", "Évora", "Silves", "Soares", "Semedo", "Leite", "Gomes", "Barros", "Sança", "Vieira", "Morais", "Fonseca")),
    # Koror (Palau): Palauan families
    "pw": (("Ulai", "Merii", "Ebil", "Sherilynn", "Dirkiss"),
           ("Olkeriil", "Kempis", "Baules", "Rengulbai", "Ucheliou"),
           ("Ngiraked", "Remengesau", "Ngirmang", "Tellei", "Rechebei", "Oiterong", "Toribiong", "Ngiraingas", "Sadang", "Etpison", "Skebong",
            "Kesolei", "Rengiil", "Besebes", "Tmetuchl")),
    # Oranjestad (Aruba): Aruban families (Tromp, Ras and Eman surnames that are words)
    "ar": (("Ruthmila", "Nayra", "Shurenska", "Gilmara", "Ethline", "Xiomy", "Jeomara", "Nurka"),
           ("Evelino", "Glenbert", "Juancho", "Giomar", "Ryangel", "Sherwin", "Rudsel", "Wilfrido"),
           ("Croes", "Wever", "Kock", "Tromp", "Arends", "Geerman", "Oduber", "Werleman", "Ras", "Lacle", "Dirksz", "Eman", "Boekhoudt", "Thijsen",
            "Figaroa", "Tchong")),
    # Nuuk (Greenland): Greenlandic families, a household's surname shared by everyone in it
    "gl": (("Aviaja", "Nivi", "Paninnguaq", "Ivalu", "Pipaluk", "Arnaq", "Tukummeq", "Najaaraq", "Bolethe", "Nukaaka", "Niviaq", "Malu",
            "Kaaleeraq", "Tittaaq", "Amaaliaq"),
           ("Aqqaluk", "Inunnguaq", "Kuupik", "Aputsiaq", "Salik", "Ujarneq", "Kuluk", "Kalistat", "Qaavigaq", "Naasu", "Inuk", "Kaali", "Pavia"),
           ("Kleist", "Lynge", "Motzfeldt", "Berthelsen", "Enoksen", "Heilmann", "Rosing", "Egede", "Fleischer", "Chemnitz", "Brønlund", "Kreutzmann",
            "Isaksen", "Nathanielsen", "Olsvig", "Kielsen", "Lyberth", "Høegh")),
}  # fmt: skip
# How each culture writes a name: given name then surname, unless "malay" (given name, bin or binti, the father's given name) or
# "single" (one name, no family name).
STYLES = {"br": "malay", "kn": "single"}
# Names that are words or places.
COMMON_WORD_NAMES = ("Skeena", "Moody", "Starr", "Shiloh", "Opp", "Been", "Geneva", "Short", "Summers", "Peck", "Poole", "Cinderella", "Britannia",
                     "Goliath", "Doe", "Cash", "Keet", "Bienvenu", "Espoir", "Safari", "Palestine", "Cardigan", "Brooks", "Sabtu", "Jumat", "Ahad",
                     "Kamis", "Tengah", "Besar", "Muda", "Tinggal", "Titus", "Tuff", "Bilbao", "Tromp", "Ras", "Eman")
name_words = blind18.name_words
fold21 = blind18.fold18
strip_marks = blind18.strip_marks


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists of bench/blind2.py to bench/blind20.py (their nicknames and misspellings too)."""
    return blind20.earlier_names() | blind20.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
_SURNAMES = [s for _, _, surnames in PEOPLE.values() for s in surnames]
_GIVEN = [n for women, men, _ in PEOPLE.values() for n in (*women, *men)]
assert len(_SURNAMES) == len(set(_SURNAMES)) and all(name_words(n) for n in _SURNAMES + _GIVEN), "a surname twice, or only particles"
assert all(n in _GIVEN or n in _SURNAMES for n in COMMON_WORD_NAMES)


class Person(blind18.Person):
    """A person as the place writes the name: a Brunei Malay name with bin or binti and the father's given name (addressed by the
    given name), a Karen name alone."""

    @property
    def style(self) -> str:
        return STYLES.get(self.culture, "")

    def plain(self) -> str:
        if self.style == "malay":
            return f"{self.first} {'binti' if self.female else 'bin'} {self.last}"
        if self.style == "single":
            return self.first
        return f"{self.first} {self.last}"

    def sur(self) -> str:
        """How a letter addresses them after the title: the surname, or a Malay's or a Karen's given name."""
        return L("PERSON", self.first if self.style else self.last)

    def caps(self) -> str:
        if self.style:
            return L("PERSON", self.plain().upper())
        return L("PERSON", f"{self.last.upper()}, {self.first}")

    def sur_first(self) -> str:
        return L("PERSON", self.plain()) if self.style else L("PERSON", f"{self.last}, {self.first}")

    def mrz_name(self) -> str:
        """The name as a passport's machine-readable zone writes it: SURNAME<<GIVEN<NAMES, folded to A-Z."""
        def fold(s: str) -> str:
            return re.sub(r"[^A-Z]+", "<", fold21(s).upper().replace("'", "")).strip("<")
        return f"{fold(self.last)}<<{fold(self.first)}"


# ---------------------------------------------------------------- identifiers with a published check or structure

luhn_digit = blind18.luhn_digit
iban_check = blind18.iban_check


def mrz_digit(text: str) -> int:
    """ICAO Doc 9303: digits at their value, A-Z 10 to 35, < 0, weighted 7, 3, 1 in turn, the sum modulo 10."""
    value = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
    return sum(value[c] * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10


def imo_digit(six: str) -> int:
    """An IMO ship identification number: the six digits weighted 7, 6, 5, 4, 3, 2, the sum's last digit."""
    return sum(int(c) * w for c, w in zip(six, (7, 6, 5, 4, 3, 2))) % 10


def cpr_ok(ten: str) -> bool:
    """The Danish (and Greenlandic) CPR number's modulus 11 check, as numbers issued before 2007 all pass it: weights 4, 3, 2, 7, 6, 5,
    4, 3, 2, 1."""
    return sum(int(c) * w for c, w in zip(ten, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0


ISO7064_37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def din_char(thirteen: str) -> str:
    """The ISBT 128 donation identification number's check character: ISO/IEC 7064 MOD 37-2 over the thirteen characters."""
    p = 0
    for c in thirteen:
        p = ((p + ISO7064_37.index(c)) * 2) % 37
    return ISO7064_37[(38 - p) % 37]


def uk_age_id(d: datetime.date) -> str:
    """A British registration's age identifier: the year's two digits from March, the year's plus 50 from September (a car first
    registered in January or February carries the previous September's)."""
    if d.month >= 9:
        return f"{d.year % 100 + 50:02d}"
    if d.month >= 3:
        return f"{d.year % 100:02d}"
    return f"{(d.year - 1) % 100 + 50:02d}"


assert mrz_digit("L898902C3") == 6 and mrz_digit("740812") == 2 and mrz_digit("120415") == 9 and imo_digit("907472") == 9
assert luhn_digit("78419686570305") == luhn_digit("78419686570305") and iban_check("AE", "0331234567890123456") == "07"

# ---------------------------------------------------------------- dates, phone numbers

EN_MONTHS = blind18.EN_MONTHS
WEEKDAYS = blind18.WEEKDAYS
regroup = blind18.regroup
age_on = blind18.age_on
ordinal = blind18.ordinal

PHONES = {
    "prupert": ("(250) 624-####", "250-627-####", "(778) 884-####", "250-622-####"),
    "fargo": ("(701) 235-####", "701-293-####", "(701) 478-####", "701-232-####"),
    "kent": ("01303 ######", "07### ######", "01304 ######", "01843 ######"),
    "alain": ("+971 3 7## ####", "050 ### ####", "+971 50 ### ####", "03 76# ####"),
    "kerala": ("+91 94### #####", "+91 98470 #####", "+91 8### ### ###"),
    "tci": ("(649) 941-####", "649-946-####", "(649) 231-####", "649-332-####"),
    "juneau": ("(907) 586-####", "907-789-####", "(907) 463-####", "907-780-####"),
    "falklands": ("+500 2####", "+500 5####", "(+500) 2####"),
    "hants": ("023 80## ####", "07### ######", "01425 ######", "01794 ######"),
    "utica": ("(315) 797-####", "315-735-####", "(315) 266-####", "315-724-####"),
    "anguilla": ("(264) 497-####", "264-476-####", "(264) 235-####", "264-584-####"),
    "saipan": ("(670) 234-####", "670-235-####", "(670) 287-####", "670-322-####"),
    "tucson": ("(520) 626-####", "520-383-####", "(520) 295-####", "520-361-####"),
    "brunei": ("+673 334 ####", "+673 8## ####", "334 ####", "+673 7## ####"),
    "kiribati": ("+686 7### ####", "7### ####", "+686 7### ####"),
    "fairbanks": ("(907) 452-####", "907-455-####", "(907) 474-####", "907-479-####"),
    "elko": ("(775) 738-####", "775-753-####", "(775) 777-####", "775-289-####"),
    "mindelo": ("+238 231 ## ##", "231 ## ##", "+238 99# ## ##", "9## ## ##"),
    "palau": ("+680 488-####", "488-####", "+680 775-####", "775-####"),
    "aruba": ("+297 582 ####", "583-####", "+297 56# ####", "73# ####"),
    "nuuk": ("+299 32 ## ##", "34 ## ##", "+299 55 ## ##", "58 ## ##"),
}  # fmt: skip

Doc = tuple[str, str, str]  # (the instruction, the document, the answer)


class Gen(blind20.Gen):
    """bench/blind18.py's draws (people who do not repeat a name within a document, dates as documents write them) with this
    corpus's people, phone numbers and identifiers."""

    def person(self, culture: str, female: bool | None = None) -> Person:
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        first = self._name(women if female else men)
        return Person(first, self._name(surnames) if surnames else "", culture, female)

    def relative(self, p: Person, female: bool) -> Person:
        """Someone of the family: the family's surname; a Brunei Malay child of a father carries his given name; a Karen has none."""
        r = self.person(p.culture, female)
        if p.style == "malay":
            r.last = p.first if not p.female else p.last
        elif not p.style:
            r.last = p.last
        return r

    def named(self, culture: str, surname: str, female: bool | None = None) -> Person:
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

    def mrz(self, p: Person, number: str, state: str, nationality: str, born: datetime.date, expiry: datetime.date) -> tuple[str, str]:
        """A passport's two machine-readable lines (ICAO Doc 9303, TD3): P, <, the issuing state, the name, filled to 44; the number
        and its check, the nationality, the birth date and its check, the sex, the expiry and its check, the optional data and its
        check, and the composite check."""
        line1 = f"P<{state}{p.mrz_name()}".ljust(44, "<")[:44]
        num = number.ljust(9, "<")
        dob, exp = f"{born:%y%m%d}", f"{expiry:%y%m%d}"
        optional = "<" * 14
        parts = f"{num}{mrz_digit(num)}", f"{dob}{mrz_digit(dob)}", f"{exp}{mrz_digit(exp)}", f"{optional}<"
        composite = mrz_digit(parts[0] + parts[1] + parts[2] + parts[3])
        line2 = f"{parts[0]}{nationality}{parts[1]}{'F' if p.female else 'M'}{parts[2]}{parts[3]}{composite}"
        return line1, line2

    def imo(self) -> str:
        six = str(self.rng.randint(1, 9)) + self.digits(5)
        return six + str(imo_digit(six))

    def emirates_id(self, born: datetime.date) -> str:
        """An Emirates ID number: 784 (the UAE's ISO 3166 code), the birth year, seven digits and the Luhn check, as 784-YYYY-NNNNNNN-C."""
        fourteen = f"784{born.year}{self.digits(7)}"
        return f"{fourteen[:3]}-{fourteen[3:7]}-{fourteen[7:]}-{luhn_digit(fourteen)}"

    def ae_iban(self) -> str:
        return self.iban_of("AE", self.pick(("033", "035", "030", "026", "044")) + self.digits(16))

    def ca_bn(self) -> str:
        """A Canadian business number: eight digits and the Luhn check, with the GST/HST program account RT0001."""
        eight = str(self.rng.randint(1, 8)) + self.digits(7)
        return f"{eight}{luhn_digit(eight)} RT0001"

    def cpr(self, born: datetime.date, female: bool) -> str:
        """A CPR number, DDMMYY-SSSS: the seventh digit 0 to 3 for a birth in the 1900s and 4 for one in 2000 to 2036, the last digit odd
        for a man, and the modulus 11 check that numbers issued before 2007 all pass."""
        while True:
            seventh = self.pick("0123") if born.year < 2000 else "4"
            ten = f"{born:%d%m%y}{seventh}{self.digits(2)}{self.pick('02468' if female else '13579')}"
            if cpr_ok(ten):
                return f"{ten[:6]}-{ten[6:]}"

    def din(self, year: int) -> str:
        """An ISBT 128 donation identification number: the facility's letter and four digits, the year's two digits, a six-digit
        sequence, and the MOD 37-2 check character printed apart."""
        thirteen = f"{self.letters(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.digits(4)}{year % 100:02d}{self.digits(6)}"
        return f"{thirteen[:5]} {thirteen[5:7]} {thirteen[7:]} {din_char(thirteen)}"

    def uk_reg(self, first: datetime.date) -> str:
        """A British registration: the area's two letters, the age identifier of the date of first registration, three letters."""
        return f"{self.letters(2, 'ABCDEFGHKLMNOPRSVWY')}{uk_age_id(first)} {self.letters(3, 'ABCDEFGHJKLMNOPRSTUVWXY')}"

    def ssn(self) -> str:
        """A US Social Security number: an area 001-665 or 667-899, a group 01-99, a serial 0001-9999."""
        area = self.pick([a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def a_number(self) -> str:
        d = self.digits(9)
        return self.pick((f"A{d}", f"A {d[:3]} {d[3:6]} {d[6:]}", f"A{d[:3]}-{d[3:6]}-{d[6:]}"))

    def aruba_id(self, born: datetime.date) -> str:
        """An Aruban persoonsnummer as the author understands it: the birth date YYYYMMDD and two digits."""
        return f"{born:%Y%m%d}{self.digits(2)}"

    def brunei_ic(self) -> str:
        return f"{self.pick(('00', '01'))}-{self.digits(6)}"


def _one_document(write: Callable[[Gen], Doc]) -> Callable[[Gen], Doc]:
    """The writer, starting each document with no names given yet and counting the documents of its type (bench/blind18.py's)."""
    return blind18._one_document(write)  # type: ignore[arg-type]


# ---------------------------------------------------------------- housing, migration and social care

PR_STREETS = ("{n}{k} Conrad Street", "{k}0{m} Overlook Street", "{n} Fraser Street", "Unit {m}, {k}{n} 2nd Avenue West", "{k}1{m} Sloan Avenue",
              "{n} Hays Cove Circle")
PR_LANDLORDS = ("Skeena Harbour Rentals Ltd.", "Kaien Island Properties Inc.", "Cow Bay Suites Ltd.", "North Coast Housing Co. Ltd.")


def tenancy_deposit_decision(g: Gen) -> Doc:
    """A Prince Rupert dispute resolution decision under British Columbia's Residential Tenancy Act on a security deposit: the file
    number, the landlord (a company with its business number) and its agent, the tenants, the rental unit and the forwarding address,
    the move-in and move-out dates, the condition inspection, the deposit and the pet damage deposit, the e-transfer, the arbitrator's
    order; the answer the order in plain words or the monetary order's particulars."""
    t1, t2, agent, arb = g.person("pr"), g.person("pr"), g.person("pr"), g.person("pr")
    t2 = g.relative(t1, not t1.female) if g.rng.random() < 0.5 else t2
    landlord = g.pick(PR_LANDLORDS)
    bn = g.ca_bn()
    file_no = f"9{g.digits(8)}"
    moved_in = g.base(2019, 2023)
    moved_out = g.later(moved_in, 300, 900)
    hearing = g.later(moved_out, 40, 120)
    deposit = g.rng.randint(6, 12) * 100
    unit = g.fill(g.pick(PR_STREETS))
    fwd = g.fill(g.pick(("{n} Tatlow Road", "{k} Ceder Crescent", "{n} Lakelse Avenue")))
    town = g.pick((("Terrace", "V8G"), ("Port Edward", "V0V"), ("Smithers", "V0J")))
    tel, tel_b = g.tel2("prupert")
    mail = g.mail(t1, g.pick(("gmail.com", "citytel.net")))
    terms = [K("Residential Tenancy Act"), K("section 38"), K("double the security deposit"), K(f"${deposit:,}.00"), K(f"${deposit // 2:,}.00"),
             K("condition inspection report"), K("section 38(6)(b)")]
    body = (f"DECISION\nDispute Codes: MNDCT, FFT   File No. {L('CASE_NUMBER', file_no)}\n"
            f"Landlord: {g.org(landlord)} (business number {L('COMPANY_REGISTRATION', bn)}), represented by its property manager {agent.full()}\n"
            f"Tenants: {t1.full()} and {t2.full()}\nRental unit: {g.loc(unit)}, {g.loc('Prince Rupert, BC V8J ' + g.digits(1) + g.letters(1) + g.digits(1))}\n"
            f"Hearing: by conference call on {g.date(hearing, 'us')}; the tenant {t1.given()} attended from {tel}.\n\n"
            f"The tenancy began on {g.date(moved_in, 'us')} and ended on {g.date(moved_out, 'us')}. A security deposit of {terms[3]} and a pet damage "
            f"deposit of {terms[4]} were paid. No {terms[5]} was completed at move-in. The tenants gave their forwarding address, {g.loc(fwd)}, "
            f"{g.loc(f'{town[0]}, BC {town[1]} {g.digits(1)}{g.letters(1)}{g.digits(1)}')}, in writing and by e-mail from {mail}, with their account for the refund, {L('ACCOUNT_NUMBER', f'{g.digits(5)}-{g.digits(3)}-{g.digits(7)}')}.\n"
            f"The landlord neither returned the deposits nor applied to keep them within 15 days, so under {terms[1]} of the {terms[0]} the "
            f"tenants are entitled to {terms[2]} ({terms[6]} extinguishes the landlord's claim).\nApplication filed online: {L('URL', f'https://disputes.rtb.gov.bc.ca/file/{file_no}')}\nArbitrator {arb.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Explain the decision to the tenants in plain words.", "Write a short plain-language summary for the tenants.")),
            g.pick(("Set out the monetary order's particulars.", "List the particulars of the monetary order as a table.")))[k]
    if k == 0:
        answer = (f"{t1.full()} and {t2.full()}: you win. Because {landlord} kept your deposits past the deadline, the arbitrator ordered "
                  f"{terms[2]} under {terms[1]} (file {L('CASE_NUMBER', file_no)}). Your tenancy at {g.loc(unit)} ended {g.long(moved_out)}.")
    else:
        answer = (f"| Item | Detail |\n|---|---|\n| File | {L('CASE_NUMBER', file_no)} |\n| Tenants | {t1.caps()}; {t2.caps()} |\n"
                  f"| Landlord | {g.org(landlord)} ({L('COMPANY_REGISTRATION', bn.split()[0])}) |\n| Deposits | {terms[3]} + {terms[4]}, {terms[2]} |\n"
                  f"| Contact | {tel_b} |")
    return task, body, answer


FG_SHELTERS = ("Gladys Ray Shelter", "New Life Center", "YWCA Cass Clay", "Churches United for the Homeless")


def homelessness_assessment(g: Gen) -> Doc:
    """A Fargo coordinated entry assessment: the client, the HMIS client ID, the date of birth and the SSN, the North Dakota driver's
    licence or tribal ID, where they slept last night, the household, the VI-SPDAT score, the income, the caseworker, the referral to a
    housing programme; the answer the prioritisation summary or the referral note."""
    cl, kid, cw, ex = g.person("fg"), g.person("fg"), g.person("fg"), g.person("fg", False)
    kid = g.relative(cl, g.rng.random() < 0.5)
    born, seen = g.born(1970, 2002), g.base(2022, 2025)
    kid_born = g.born(max(born.year + 17, 2008), 2021)
    hmis = g.digits(6)
    ssn = g.ssn()
    dl = f"{g.letters(3)}{g.digits(6)}"
    tel, tel_b = g.tel2("fargo")
    shelter = g.pick(FG_SHELTERS)
    score = g.rng.randint(8, 14)
    terms = [K(f"VI-SPDAT score {score}"), K("chronically homeless"), K("Rapid Re-Housing"), K("Permanent Supportive Housing"), K("SSI $943 a month"),
             K("Housing First")]
    mail = g.mail(cl, "yahoo.com")
    body = (f"COORDINATED ENTRY ASSESSMENT - Continuum of Care ND-500\nAssessor: {cw.full()}, {g.org(shelter)}   Date: {g.date(seen, 'us')}\n"
            f"Client: {cl.caps()}   HMIS ID {L('CASE_NUMBER', hmis)}   DOB {g.date(born, 'num').replace('/', '-')}\nSSN {L('NATIONAL_ID', ssn)}   "
            f"ND DL {L('LICENSE_NUMBER', dl)}\nPhone: {tel}   E-mail: {mail}\n"
            f"[x] Unsheltered last night: {g.loc(g.pick(('the skyway by Island Park', 'a car behind the Red River Market', 'the bus depot on NP Avenue')))}\n"
            f"[x] Household with a child: {kid.full()}, born {g.date(kid_born, 'us')}\n[ ] Fleeing domestic violence   [x] Disability: COPD\n"
            f"Last stable address: {g.loc(g.fill('{n}{k} 1st Avenue North'))}, {g.loc(g.pick(('Fargo, ND 58102', 'West Fargo, ND 58078', 'Moorhead, MN 56560')))} "
            f"(evicted by {ex.full()}, landlord).\nIncome: {terms[4]}. Score: {terms[0]}; {terms[1]} (3 episodes, 14 months).\n"
            f"Recommendation: {terms[3]} on a {terms[5]} model; {terms[2]} as a bridge.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the prioritisation summary for the case conferencing list.", "Summarise this assessment for case conferencing.")),
            g.pick(("Draft the referral note to the housing programme.", "Write the referral to the supportive housing provider.")))[k]
    if k == 0:
        answer = (f"{cl.sur_first()} (HMIS {L('CASE_NUMBER', hmis)}), with child {kid.given()}: {terms[0]}, {terms[1]}. Assessed {g.long(seen)} "
                  f"by {cw.full()}. Priority for {terms[3]}.")
    else:
        answer = (f"Referral: {cl.full()}, born {g.long(born)}, SSN {L('NATIONAL_ID', ssn.replace('-', ''))}. {terms[0]}; {terms[4]}. "
                  f"Please contact {cl.given()} on {tel_b}.\n{cw.full()}")
    return task, body, answer


KT_PLACES = ("Manston", "the Kent Intake Unit", "Western Jet Foil, Dover")


def asylum_screening_interview(g: Gen) -> Doc:
    """A Home Office asylum screening interview record from Folkestone: the claimant (a Tigrinya name, the father's name second) and
    the Home Office reference, the port reference and the person ID, the date and place of arrival, the questions and answers
    (Q:/A:) on identity, journey, family in the UK and health, the interpreter, the interviewing officer; the answer the screening
    summary or the letter confirming the claim."""
    cl, off, interp, rel = g.person("fs"), g.person("kt"), g.person("fs"), g.person("fs")
    rel = g.relative(cl, g.rng.random() < 0.5) if g.rng.random() < 0.5 else rel
    born, arrived = g.born(1980, 2006), g.base(2022, 2025)
    seen = g.later(arrived, 1, 6)
    ho_ref = f"{g.letters(1)}{g.digits(7)}"
    cid = g.digits(8)
    port = f"KIU/{g.digits(5)}/{arrived.year % 100}"
    tel, tel_b = g.tel2("kent")
    rel_tel = g.tel("kent")
    terms = [K("Immigration Rules paragraph 327"), K("Section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004"), K("ASF1"),
             K("Dublin III"), K("Refugee Convention 1951"), K("scabies")]
    body = (f"ASYLUM SCREENING INTERVIEW   Home Office ref. {L('CASE_NUMBER', ho_ref)}   CID {L('CASE_NUMBER', cid)}   Port ref. {L('CASE_NUMBER', port)}\n"
            f"Place: {g.pick(KT_PLACES)}; interview held at {g.loc(g.fill('{n} Bouverie Road West'))}, {g.loc('Folkestone CT20 ' + g.digits(1) + g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ'))}\n"
            f"Date: {g.date(seen, 'num')}   Interviewing officer: {off.full()}   Interpreter (Tigrinya): {interp.full()}\n"
            f"1.1 Q: What is your full name? A: {cl.full()}.\n1.2 Q: Date of birth? A: {g.date(born, 'num')}. I have no passport.\n"
            f"2.1 Q: When did you arrive in the UK? A: {g.date(arrived, 'wk')}, by small boat, landed near {g.loc('Dungeness')}.\n"
            f"3.1 Q: Do you have family in the UK? A: Yes, {rel.full()}, in {g.loc(g.pick(('Croydon', 'Leicester', 'Coventry')))}, phone {rel_tel}.\n"
            f"4.1 Q: Any medical conditions? A: Itching ({terms[5]} suspected). Q: Mobile? A: {tel}.\n"
            f"Claim recorded under {terms[0]}; {terms[2]} issued; warned about {terms[1]}. Fingerprints checked against Eurodac ({terms[3]}).\n"
            f"\"Yekenyeley\" - the claimant thanked the officer.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the screening summary for the asylum casework team.", "Summarise the screening interview in six lines.")),
            g.pick(("Draft the letter confirming that the claim has been registered.", "Write the acknowledgement letter to the claimant.")))[k]
    if k == 0:
        answer = (f"Claimant: {cl.caps()} (ref. {L('CASE_NUMBER', ho_ref)}, CID {L('CASE_NUMBER', cid)})\nArrived {g.long(arrived)} by small boat. "
                  f"Relative: {rel.full()}. Health: {terms[5]} suspected. Claim under {terms[4]}.\nOfficer {off.ini()}.")
    else:
        answer = (f"Dear {cl.full()},\nYour asylum claim ({L('CASE_NUMBER', ho_ref)}) was registered on {g.long(seen)}. Keep your {terms[2]}. "
                  f"We will contact you on {tel_b}.\nAsylum Intake Unit")
    return task, body, answer


AE_EMPLOYERS = (("Tawam Oasis Specialist Hospital LLC", "hospital"), ("Zakher Diagnostic Laboratories LLC", "laboratory"),
                ("Al Foah Dates and Packing LLC", "packing house"), ("Al Jahili Home Nursing Services LLC", "home nursing agency"))
AE_JOBS = (("Registered Nurse", "AED 9,500"), ("Medical Laboratory Technologist", "AED 8,200"), ("Physiotherapist", "AED 11,000"),
           ("Quality Control Supervisor", "AED 7,400"))


def visa_sponsorship_letter(g: Gen) -> Doc:
    """An Al Ain employer's letter sponsoring a Malayali employee's employment visa and Emirates ID: the HR manager (Al before the
    family name, addressed by title and given name), the employee's passport number and Emirates ID (the birth year in it), the
    job, the salary and the IBAN it is paid to, the licence numbers, the family to follow; the answer the visa checklist or the
    employee's welcome e-mail."""
    hr, emp, spouse, pro = g.person("ae"), g.person("kl"), g.person("kl"), g.person("ae", False)
    spouse = g.relative(emp, not emp.female)
    employer, kind = g.pick(AE_EMPLOYERS)
    job, pay = g.pick(AE_JOBS)
    born, dated = g.born(1980, 2000), g.base(2022, 2025)
    start = g.later(dated, 20, 60)
    eid = g.emirates_id(born)
    passport = f"{g.letters(1, 'JKLMNPRSTUVWZ')}{g.digits(7)}"
    iban = g.ae_iban()
    licence = f"CN-{g.digits(7)}"
    tel, tel_b = g.tel2("alain")
    home = g.tel("kerala")
    mail = g.mail(hr, g.domain(employer.split(" LLC")[0]) + ".ae")
    terms = [K(pay), K("Federal Decree-Law No. 33 of 2021"), K("employment visa"), K("two-year contract"), K("DOH licence"), K("Thiqa")]
    body = (f"{g.org(employer)}   Trade licence {L('COMPANY_REGISTRATION', licence)}\n{g.loc(g.fill('Building {n}, Khalifa Bin Zayed Street'))}, "
            f"{g.loc(g.pick(('Al Mutawaa', 'Al Towayya', 'Al Khabisi', 'Al Markhaniya')))}, {g.loc('Al Ain')}\nDate: {g.date(dated, 'dash')}\n\n"
            f"To: Federal Authority for Identity, Citizenship, Customs and Port Security\nSubject: Sponsorship of {emp.upper()}\n\n"
            f"We confirm that our {kind} will employ {emp.full()}, Indian national, passport no. {L('NATIONAL_ID', passport)}, born "
            f"{g.date(born, 'num')}, as {job} on a {terms[3]} from {g.date(start, 'long')}, under {terms[1]}. Basic salary {terms[0]} a month, "
            f"paid by WPS to {L('IBAN_CODE', iban)}. We ask for an {terms[2]} and Emirates ID; the applicant's earlier Emirates ID was "
            f"{L('NATIONAL_ID', eid)}. The {terms[4]} is in process (track: {L('URL', f'https://smartservices.icp.gov.ae/track/{licence[3:]}{g.digits(4)}')}). Spouse {spouse.full()} will follow under family sponsorship.\n"
            f"Applicant's phone in Kerala: {home}\n\nYours faithfully,\n{hr.full()}, HR Manager, {tel}, {mail}\nPRO: {pro.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Make the visa checklist from this letter.", "List what the PRO must file, with the details from the letter.")),
            g.pick(("Write the welcome e-mail from HR to the new employee.", "Draft HR's welcome message to the employee.")))[k]
    if k == 0:
        answer = (f"- Applicant: {emp.caps()}, passport {L('NATIONAL_ID', passport)}\n- Emirates ID on file: {L('NATIONAL_ID', compact_eid(eid))}\n"
                  f"- {terms[2]}: {job}, {terms[0]}, from {g.long(start)}\n- Salary IBAN {L('IBAN_CODE', iban.replace(' ', ''))}\n- Filed by {pro.full()}")
    else:
        answer = (f"Dear {emp.given()},\nWelcome to {g.org(employer)}. Your {terms[2]} is being processed; your start date is {g.long(start)}. "
                  f"Medical cover is {terms[5]}-equivalent. Call me on {tel_b} with questions.\nRegards, {hr.title()} {hr.given()}")
    return task, body, answer


def compact_eid(eid: str) -> str:
    return eid.replace("-", "")


TC_SETTLEMENTS = ("Five Cays", "Blue Hills", "The Bight", "Kew Town", "Cheshire Hall", "Long Bay", "Wheeland", "Downtown")


def adult_safeguarding_referral(g: Gen) -> Doc:
    """A Providenciales adult safeguarding referral to the Department of Social Development: the adult at risk (a Belonger or a
    Haitian elder), the NHIP number and the NIB number, the settlement and the landmark, the concern (money taken, neglect), the
    alleged person, the referrer, consent, capacity, the police report; the answer the strategy summary or the letter to the family."""
    adult, ref, alleged, dr = g.person("tc"), g.person("tc"), g.person("tc"), g.person("tc")
    alleged = g.relative(adult, g.rng.random() < 0.5)
    born, day = g.born(1932, 1958), g.base(2022, 2025)
    nhip = f"{g.digits(6)}"
    nib = f"{g.digits(7)}"
    police = f"RTCIPF/{g.digits(4)}/{day.year % 100}"
    tel, tel_b = g.tel2("tci")
    place = g.pick(TC_SETTLEMENTS)
    amount = g.rng.randint(8, 40) * 100
    terms = [K("Vulnerable Persons Ordinance"), K(f"${amount:,}"), K("MMSE 19/30"), K("financial abuse"), K("Stage 2 pressure ulcer"), K("old age pension")]
    when = g.at(day, g.rng.randint(8, 17), "long")
    body = (f"ADULT SAFEGUARDING REFERRAL - Department of Social Development, Providenciales\nReferred {when} by {ref.full()}, community nurse, "
            f"{g.org(g.pick(('Cheshire Hall Medical Centre', 'Five Cays Community Clinic', 'Blue Hills Community Clinic')))}\n"
            f"Adult at risk: {adult.full()}, born {g.date(born, 'num')}, NHIP no. {L('HEALTH_ID', nhip)}, NIB no. {L('NATIONAL_ID', nib)}\n"
            f"Address: {g.loc(g.fill('House {n}, ' + place))}, the yellow house behind the church, {g.loc('Providenciales')}   Phone: {tel}\n"
            f"Concern: {terms[3]} - {alleged.full()} collects the {terms[5]} and {terms[1]} is missing; also a {terms[4]} untreated.\n"
            f"Capacity: {terms[2]} per Dr {dr.full()}; consent given. \"Mèsi anpil\" she said when told.\nPolice report {L('CASE_NUMBER', police)}. "
            f"Under the {terms[0]}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the strategy meeting summary.", "Summarise the referral for the strategy discussion.")),
            g.pick(("Draft the letter to the family about the next steps.", "Write to the family explaining the safeguarding process.")))[k]
    if k == 0:
        answer = (f"Adult: {adult.caps()} (NHIP {L('HEALTH_ID', nhip)}), {g.loc(place)}. {terms[3]}: {terms[1]}. Alleged: {alleged.sur_first()}. "
                  f"Capacity {terms[2]}. Police {L('CASE_NUMBER', police)}.")
    else:
        answer = (f"Dear family of {adult.full()},\nA referral was made on {g.long(day)} by {ref.full()} under the {terms[0]}. A social worker "
                  f"will visit. Please call {tel_b}.")
    return task, body, answer


JN_STREETS = ("{n}{k} Glacier Highway", "{k}{m} Mendenhall Loop Road", "{n} Gastineau Avenue", "{k}{n} Egan Drive", "{n} Channel Drive, Douglas")


def foster_home_study(g: Gen) -> Doc:
    """A Juneau foster home study (Alaska Office of Children's Services): the applicants (a Tlingit name with its apostrophe among
    them), their clan and tribe for the Indian Child Welfare Act placement preferences, the home, the household, the background
    checks, the references, the licence to be issued, the licensing worker; the answer the recommendation or the licence summary."""
    a1, a2, worker, ref, kid = g.person("jn"), g.person("jn"), g.person("jn"), g.person("jn"), g.person("jn")
    a2 = g.relative(a1, not a1.female)
    kid = g.relative(a1, g.rng.random() < 0.5)
    born1, day = g.born(1965, 1992), g.base(2022, 2025)
    lic = f"{g.digits(6)}"
    case = f"OCS-{g.digits(7)}"
    dl = g.digits(7)
    tel, tel_b = g.tel2("juneau")
    mail = g.mail(a1, g.pick(("gci.net", "alaska.net", "gmail.com")))
    terms = [K("Indian Child Welfare Act"), K("7 AAC 50"), K("placement preferences"), K("Eagle moiety"), K("Raven moiety"), K("two children aged 0-5")]
    body = (f"FOSTER HOME STUDY - Office of Children's Services, Southeast Region\nApplicants: {a1.full()} and {a2.full()}   Case {L('CASE_NUMBER', case)}\n"
            f"Home: {g.loc(g.fill(g.pick(JN_STREETS)))}, {g.loc('Juneau, AK 99801')}   Phone {tel}   {mail}\n"
            f"{a1.given()} was born {g.date(born1, 'us')}; Alaska DL {L('LICENSE_NUMBER', dl)}. Tlingit, {terms[3]}; tribal member of "
            f"the Central Council of the Tlingit & Haida Indian Tribes of Alaska.\nHousehold: their child {kid.full()}, {g.org(g.pick(('Harborview Elementary', 'Riverbend Elementary', 'Floyd Dryden Middle School')))}, student no. {L('STUDENT_ID', g.digits(8))}.\n"
            f"Background checks: clear. Reference: {ref.full()}, elder, \"Gunalchéesh for caring for our children.\"\n"
            f"Meets {terms[1]} licensing standards; supports {terms[2]} under the {terms[0]}. Recommended for {terms[5]}.\n"
            f"Licence no. {L('LICENSE_NUMBER', lic)} to issue {g.date(g.later(day, 7, 30), 'long')}. Licensing worker: {worker.full()}, {g.date(day, 'num')}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the recommendation for the licensing supervisor.", "Summarise the home study's recommendation.")),
            g.pick(("Make the licence summary card.", "Fill a licence summary card from this study.")))[k]
    if k == 0:
        answer = (f"Recommend licensing {a1.caps()} and {a2.caps()} ({L('CASE_NUMBER', case)}) for {terms[5]}. Tlingit home; "
                  f"{terms[2]} under the {terms[0]} apply. Worker {worker.sur_first()}.")
    else:
        answer = (f"LICENCE {L('LICENSE_NUMBER', lic)}\nCarers: {a1.full()}, {a2.full()}\nAddress: Juneau; phone {tel_b}\nCapacity: {terms[5]}\n"
                  f"Standards: {terms[1]}")
    return task, body, answer


def care_home_admission_agreement(g: Gen) -> Doc:
    """A Stanley (Falkland Islands) care home's admission agreement: the resident and the next of kin (a surname that is a word
    among them), the camp settlement they come from, the room, the fees in Falkland pounds, the power of attorney, the GP at the
    hospital, the medicines, the date; the answer the key terms or the letter to the family."""
    res, nok, mgr, gp = g.person("fk"), g.person("fk"), g.person("fk"), g.person("fk")
    nok = g.relative(res, g.rng.random() < 0.5)
    born, day = g.born(1930, 1950), g.base(2022, 2025)
    fee = g.rng.randint(9, 16) * 100
    kemh = f"{g.digits(5)}"
    acct = g.digits(8)
    tel, tel_b = g.tel2("falklands")
    mail = g.mail(nok, "horizon.co.fk")
    camp = g.pick(("Fox Bay", "Port Howard", "Goose Green", "Hill Cove", "North Arm", "Pebble Island", "Port Stephens"))
    terms = [K(f"£{fee:,} a month"), K("lasting power of attorney"), K("Barthel Index 45/100"), K("donepezil 5 mg nocte"), K("28 days' notice"),
             K("respite care")]
    body = (f"{g.org('Sulivan House')}, {g.org('King Edward VII Memorial Hospital')}\nADMISSION AGREEMENT\nResident: {res.full()}   Born {g.date(born, 'ord')}   "
            f"KEMH no. {L('HEALTH_ID', kemh)}\nPrevious home: {g.loc(camp)}, West Falkland; latterly {g.loc(g.fill('{n} Ross Road'))}, "
            f"{g.loc('Stanley FIQQ 1ZZ')}\nNext of kin: {nok.full()} (holds a {terms[1]}), phone {tel}, {mail}\n"
            f"Room 4. Fees {terms[0]}, by standing order from account {L('ACCOUNT_NUMBER', acct)}, reviewed yearly; {terms[4]} either side. Assessment: {terms[2]}. Medicines: {terms[3]}, prescribed by "
            f"Dr {gp.full()}.\nAdmitted {g.date(day, 'wk')}, first as {terms[5]}.\nSigned: {res.ini()} and {mgr.full()}, Manager")
    k = g.rng.randrange(2)
    task = (g.pick(("List the key terms of the agreement.", "Pull out the agreement's key terms as bullet points.")),
            g.pick(("Write the letter to the next of kin confirming the admission.", "Draft a letter to the family confirming the terms.")))[k]
    if k == 0:
        answer = (f"- Resident: {res.caps()} ({L('HEALTH_ID', kemh)})\n- Fees: {terms[0]} (account {L('ACCOUNT_NUMBER', acct)})\n- Notice: {terms[4]}\n- Attorney: {nok.full()}, {tel_b}\n"
                  f"- Admitted {g.long(day)}")
    else:
        answer = (f"Dear {nok.title()} {nok.sur()},\n{res.full()} was admitted on {g.long(day)}. The fees are {terms[0]} and {terms[3]} continues. "
                  f"Yours sincerely, {mgr.full()}")
    return task, body, answer


HA_SITES = ("Kanes Hill Caravan Site", "Botley Road Traveller Site", "Shepherds Lane Traveller Site", "Forest Road Gypsy Site")


def traveller_site_licence(g: Gen) -> Doc:
    """A Hampshire county council's Gypsy and Traveller site pitch licence: the licensee and the household (Romany and Irish
    Traveller names, names that are words), the pitch, the caravans and the vehicle's registration (the age identifier of its date of
    first registration), the pitch fee and the deposit, the warden, the rules; the answer the licence's key terms or a reminder letter."""
    lic, spouse, kid, warden = g.person("tv"), g.person("tv"), g.person("tv"), g.person("tv")
    spouse = g.relative(lic, not lic.female)
    kid = g.relative(lic, g.rng.random() < 0.5)
    start = g.base(2022, 2025)
    lic_born = g.born(1950, 2000)
    first_reg = g.base(2008, 2021)
    reg = g.uk_reg(first_reg)
    site = g.pick(HA_SITES)
    pitch = g.rng.randint(1, 24)
    ref = f"GTS/{g.digits(4)}/{start.year % 100}"
    tel, tel_b = g.tel2("hants")
    fee = g.rng.randint(70, 120)
    terms = [K("Mobile Homes Act 1983"), K(f"£{fee}.00 a week"), K("Caravan Sites and Control of Development Act 1960"), K("four weeks' notice"),
             K("Housing Benefit"), K("touring caravan")]
    body = (f"HAMPSHIRE COUNTY COUNCIL - GYPSY AND TRAVELLER SITES\nPITCH LICENCE AGREEMENT   Ref. {L('CASE_NUMBER', ref)}\nPitch at: {g.org(site)}, "
            f"pitch {pitch}, {g.loc(g.pick(('Kanes Hill, Southampton SO19', 'Botley Road, Southampton SO30', 'Shepherds Lane, Romsey SO51')) + ' ' + g.digits(1) + g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ'))}\n"
            f"Licensee: {lic.full()}, born {g.date(lic_born, 'num')}   Household: {spouse.full()}, {kid.given()} (child)\nStart: {g.date(start, 'ord')}   Phone: {tel}\n"
            f"Homes: one static and one {terms[5]}; towing vehicle registration {L('LICENSE_NUMBER', reg)}, first registered {g.date(first_reg, 'mon')}.\n"
            f"Pitch fee {terms[1]}, payable with {terms[4]}; {terms[3]} to end. Protected under the {terms[0]}; licensed under the {terms[2]}.\n"
            f"Warden: {warden.full()}. \"Kushti bok\" - good luck with the new pitch.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the licence's key terms.", "List the key terms for the licensee.")),
            g.pick(("Write a reminder letter about the pitch fee.", "Draft a pitch fee reminder to the licensee.")))[k]
    if k == 0:
        answer = (f"Licensee {lic.caps()}, pitch {pitch} at {g.org(site)} ({L('CASE_NUMBER', ref)}), from {g.long(start)}. Fee {terms[1]}; "
                  f"{terms[3]}. Vehicle {L('LICENSE_NUMBER', reg.replace(' ', ''))}.")
    else:
        answer = (f"Dear {lic.full()},\nYour pitch fee of {terms[1]} for pitch {pitch} is two weeks behind. Please call the warden, "
                  f"{warden.full()}, on {tel_b}.")
    return task, body, answer


UT_STREETS = ("{n}{k} Bleecker Street", "{k}{m} Elm Street", "{n} Mohawk Street", "{n}{m} Genesee Street", "{k} Lansing Street")


def refugee_resettlement_case_note(g: Gen) -> Doc:
    """A Utica resettlement agency's case note on a newly arrived family (Congolese, or Karen with single names and no shared
    surname): the principal applicant and the A-numbers, the SSN, the arrival date, the apartment, the Medicaid client IDs, the
    services (health screening, school enrolment, employment), the case manager; the answer the task list or the note to the
    school."""
    if g.rng.random() < 0.5:
        pa, sp, kid = g.person("cg", g.rng.random() < 0.5), None, None
        sp = g.relative(pa, not pa.female)
        kid = g.relative(pa, g.rng.random() < 0.5)
        lang = "Swahili"
        hello = "Asante sana"
    else:
        pa, sp, kid = g.person("kn", True), g.person("kn", False), g.person("kn", g.rng.random() < 0.5)
        lang = "S'gaw Karen"
        hello = "Ta blu"
    cm, nurse = g.person("ut"), g.person("ut")
    arrived = g.base(2022, 2025)
    seen = g.later(arrived, 10, 40)
    kid_born = g.born(2011, 2019)
    anums = [g.a_number() for _ in range(3)]
    ssn = g.ssn()
    cin = f"{g.letters(2)}{g.digits(5)}{g.letters(1)}"
    nyssis = g.digits(10)
    case = f"{g.pick(('CD', 'TH', 'MY'))}-{g.digits(6)}"
    tel, tel_b = g.tel2("utica")
    terms = [K("Reception and Placement"), K("TB screening: IGRA negative"), K("Refugee Medical Assistance"), K("R&P 90-day period"), K("MMR dose 2"),
             K("ESL level 1")]
    body = (f"CASE NOTE - {g.org('Mohawk Valley Resource Center for Refugees')}\nCase {L('CASE_NUMBER', case)}   Date {g.date(seen, 'us')}   "
            f"Case manager {cm.full()}\nPA: {pa.full()} ({L('NATIONAL_ID', anums[0])}), spouse {sp.full()} ({L('NATIONAL_ID', anums[1])}), "
            f"child {kid.full()} ({L('NATIONAL_ID', anums[2])}), born {g.date(kid_born, 'us')}.\nArrived {g.date(arrived, 'us')} at Syracuse; "
            f"language {lang}.\nApartment: {g.loc(g.fill(g.pick(UT_STREETS)))}, {g.loc('Utica, NY 13501')}. Phone {tel}.\n"
            f"PA's SSN {L('NATIONAL_ID', ssn)} received. Medicaid CIN {L('HEALTH_ID', cin)} ({terms[2]}).\n"
            f"Health: {terms[1]}; {kid.given()} needs {terms[4]} before school. Nurse {nurse.full()} at the clinic.\n"
            f"Within the {terms[3]} of the {terms[0]} programme. PA placed in {terms[5]}. {kid.given()} enrolled at {g.org(g.pick(('Kernan Elementary School', 'Donovan Middle School', 'Hughes Elementary School')))}, NYSSIS ID {L('STUDENT_ID', nyssis)}. \"{hello}.\"")
    k = g.rng.randrange(2)
    task = (g.pick(("List the open tasks with who owns them.", "Turn this note into a task list.")),
            g.pick(("Write the note to the school about enrolling the child.", "Draft a school enrolment note for the child.")))[k]
    if k == 0:
        answer = (f"- {kid.full()}: {terms[4]} (nurse {nurse.full()})\n- {pa.caps()}: {terms[5]}, job search\n- Medicaid {L('HEALTH_ID', cin)} cards\n"
                  f"- Case {L('CASE_NUMBER', case)}, arrived {g.long(arrived)}; call {tel_b}")
    else:
        answer = (f"To the enrolment office: please enrol {kid.full()}, born {g.long(kid_born)} (NYSSIS {L('STUDENT_ID', nyssis)}), child of {pa.full()} ({L('NATIONAL_ID', anums[0])}). "
                  f"Vaccines: {terms[4]} pending. Contact {cm.full()}, {tel_b}.")
    return task, body, answer


AN_VILLAGES = ("The Valley", "North Hill", "Stoney Ground", "Blowing Point", "Island Harbour", "West End", "Sandy Ground", "East End", "George Hill")


def lost_passport_police_report(g: Gen) -> Doc:
    """A lost passport report at an Anguilla police station: the reporter (a British Overseas Territories citizen, Anguilla issuing),
    the passport's two machine-readable lines as the reporter's photocopy shows them (ICAO 9303 check digits), the social security
    number, where and when it was lost, the officer and the station, the report number; the answer the report's particulars or the
    letter for the passport office."""
    rep, off, witness = g.person("an"), g.person("an"), g.person("an")
    born, day = g.born(1955, 2004), g.base(2022, 2025)
    issued = datetime.date(day.year - g.rng.randint(1, 8), g.rng.randint(1, 12), g.rng.randint(1, 28))
    expiry = datetime.date(issued.year + 10, issued.month, issued.day)
    number = f"{g.digits(9)}"
    line1, line2 = g.mrz(rep, number, "GBR", "GBD", born, expiry)
    ss = f"{g.digits(6)}"
    report = f"RAPF/{g.pick(('TV', 'SG', 'WE'))}/{g.digits(4)}/{day.year % 100}"
    tel, tel_b = g.tel2("anguilla")
    village = g.pick(AN_VILLAGES)
    terms = [K("British Overseas Territories Citizen"), K("Form LS01"), K("EC$50"), K("Emergency Travel Document"), K("Section 10 of the Police Act")]
    body = (f"ROYAL ANGUILLA POLICE FORCE - {g.org(g.pick(('The Valley Police Station', 'Sandy Ground Police Station', 'West End Police Station')))}\n"
            f"REPORT OF LOST PASSPORT   No. {L('CASE_NUMBER', report)}\nReported {g.at(day, g.rng.randint(8, 20), 'long')} by {rep.full()}, "
            f"{terms[0]}, born {g.date(born, 'num')}\nAddress: {g.loc(g.fill('Lot ' + '{n}'))}, {g.loc(village)}   Phone: {tel}   Social security no. {L('NATIONAL_ID', ss)}\n"
            f"Passport no. {L('NATIONAL_ID', number)}, issued {g.date(issued, 'num')}. Machine-readable lines from the reporter's photocopy:\n"
            f"P<GBR{L('PERSON', line1[5:].rstrip('<'))}{'<' * (44 - len(line1.rstrip('<')))}\n{L('NATIONAL_ID', line2)}\n"
            f"Lost on the ferry from {g.loc('Blowing Point')} to {g.loc('Marigot')}; witness {witness.full()}.\n"
            f"Fee {terms[2]}. Advised to apply for an {terms[3]} on {terms[1]}. Officer: PC {off.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write out the report's particulars.", "List the particulars of the lost passport report.")),
            g.pick(("Draft the covering letter to the passport office.", "Write the letter the reporter takes to the passport office.")))[k]
    if k == 0:
        answer = (f"Report {L('CASE_NUMBER', report)}: {rep.caps()}, born {g.long(born)}. Passport {L('NATIONAL_ID', number)} (expires "
                  f"{g.long(expiry)}), lost near {g.loc('Blowing Point')}. Phone {tel_b}. Officer {off.ini()}. {terms[2]} paid.")
    else:
        answer = (f"To the Passport Office, The Valley:\n{rep.full()} reported passport {L('NATIONAL_ID', number)} lost on {g.long(day)} "
                  f"(report {L('CASE_NUMBER', report)}). Please issue an {terms[3]}.\nPC {off.sur()}")
    return task, body, answer


# ---------------------------------------------------------------- urgent and occupational care

SP_VILLAGES = ("Garapan", "San Antonio", "Chalan Kanoa", "Koblerville", "Susupe", "Tanapag", "Kagman", "San Vicente", "Dandan", "As Lito")
SP_CASES = (("chest pain radiating to the left arm", "ESI 2", "aspirin 324 mg PO", "troponin I 0.9 ng/mL"),
            ("fever and bleeding gums", "ESI 2", "normal saline 20 mL/kg", "platelets 42 x10^9/L"),
            ("laceration to the right hand from a machete", "ESI 4", "lidocaine 1% local", "Tdap given"),
            ("wheeze, unable to finish sentences", "ESI 2", "albuterol 5 mg nebulized", "peak flow 180 L/min"),
            ("fall from a scooter, head strike", "ESI 3", "ondansetron 4 mg IV", "GCS 14"))


def emergency_triage_note(g: Gen) -> Doc:
    """A Saipan emergency department's triage note: the arrival time (24-hour clock), the patient (Chamorro or Carolinian), the
    MRN and the Medicaid number, the village, who brought them, the complaint, the Emergency Severity Index level, the vital
    signs, the first drug given, the triage nurse; the answer the handover or the triage summary line."""
    pt, rn, doc, esc = g.person("sp"), g.person("sp"), g.person("sp"), g.person("sp")
    esc = g.relative(pt, g.rng.random() < 0.5)
    born, day = g.born(1945, 2010), g.base(2022, 2025)
    what, esi, drug, result = g.pick(SP_CASES)
    mrn = g.digits(7)
    medicaid = f"{g.digits(10)}"
    tel, tel_b = g.tel2("saipan")
    hh, mm = g.rng.randint(0, 23), g.rng.randint(0, 59)
    terms = [K(esi), K(drug), K(result), K(f"HR {g.rng.randint(88, 130)}"), K(f"BP {g.rng.randint(90, 170)}/{g.rng.randint(50, 100)}"),
             K(f"SpO2 {g.rng.randint(90, 99)}%"), K("pain 7/10")]
    body = (f"{g.org('Commonwealth Health Center')} - EMERGENCY DEPARTMENT TRIAGE\nArrival: {L('DATE_TIME', f'{day.month:02d}/{day.day:02d}/{day.year} {hh:02d}{mm:02d}')} "
            f"by private vehicle from {g.org(g.pick(('Kagman Community Health Center', 'Tinian Health Center', 'Rota Health Center')))}   MRN {L('HEALTH_ID', mrn)}   Medicaid {L('HEALTH_ID', medicaid)}\nPatient: {pt.caps()}   DOB {g.date(born, 'us')}   "
            f"Village: {g.loc(g.pick(SP_VILLAGES))}\nBrought by {esc.full()} (family), phone {tel}\nCC: {what}.\n"
            f"Vitals: {terms[3]}, {terms[4]}, {terms[5]}, {terms[6]}.\nTriage: {terms[0]}. Given {terms[1]} per protocol; {terms[2]}.\n"
            f"\"Håfa adai\" - patient alert, answers in Chamorro.\nRN {rn.full()}; seen by Dr. {doc.full()} at {hh:02d}{(mm + 9) % 60:02d}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the SBAR handover for the ED physician.", "Give an SBAR handover from this triage note.")),
            g.pick(("Write the one-line triage summary for the tracking board.", "Summarise the triage for the board in one line.")))[k]
    if k == 0:
        answer = (f"S: {pt.full()}, {what}.\nB: MRN {L('HEALTH_ID', mrn)}, born {g.long(born)}.\nA: {terms[0]}; {terms[3]}, {terms[5]}.\n"
                  f"R: {terms[1]} given; family {esc.given()} at {tel_b}.")
    else:
        answer = f"{pt.sur_first()} | {L('HEALTH_ID', mrn)} | {terms[0]} | {terms[1]} | RN {rn.ini()} | Dr. {doc.sur()}"
    return task, body, answer


TU_EXPOSURES = (("bark scorpion sting to the left foot", "Anascorp 3 vials", "neuromuscular excitation, roving eyes", "grade III envenomation"),
                ("ate an unknown number of grandmother's amlodipine 10 mg tablets", "calcium gluconate 10% IV", "bradycardia, hypotension",
                 "calcium channel blocker toxicity"),
                ("Mojave rattlesnake bite to the right hand", "CroFab 6 vials", "swelling past the wrist", "crotaline envenomation"),
                ("drank from a soda bottle of bleach", "nothing by mouth", "drooling, stridor absent", "caustic ingestion"),
                ("ate jimsonweed (Datura) seeds", "physostigmine 0.5 mg IV", "dry skin, mydriasis, agitation", "anticholinergic toxidrome"))


def poison_centre_call_log(g: Gen) -> Doc:
    """The Arizona Poison and Drug Information Center's call log from Tucson: the case number, the call times (24-hour clock), the
    caller and the patient (Tohono O'odham or Sonoran families), the AHCCCS number, where they call from, the exposure, the
    toxidrome and the advice, the follow-up calls, the specialist in poison information; the answer the case timeline or the fax to
    the receiving hospital."""
    caller, pt, spi, er = g.person("tu"), g.person("tu"), g.person("tu"), g.person("tu")
    pt = g.relative(caller, g.rng.random() < 0.5)
    born, day = g.born(1950, 2022), g.base(2022, 2025)
    exposure, treatment, signs, dx = g.pick(TU_EXPOSURES)
    case = f"{day.year}-{g.digits(6)}"
    ahcccs = f"A{g.digits(8)}"
    tel, tel_b = g.tel2("tucson")
    h1 = g.rng.randint(0, 20)
    t1, t2, t3 = (f"{(h1 + d) % 24:02d}:{g.rng.randint(0, 59):02d}" for d in (0, 1, 3))
    place = g.pick(("Sells", "San Xavier", "South Tucson", "Marana", "Ajo", "Three Points"))
    terms = [K(treatment), K(dx), K(signs), K("refer to the emergency department"), K("Poisoning Severity Score 2")]
    body = (f"POISON CENTER CALL LOG   Case {L('CASE_NUMBER', case)}   {g.date(day, 'us')}\n{t1} Caller {caller.full()} ({tel}) from {g.loc(place)}: "
            f"{pt.full()}, born {g.date(born, 'us')}, {exposure}. AHCCCS {L('HEALTH_ID', ahcccs)}.\nAssessment: {terms[2]}; {terms[1]}. "
            f"Advice: {terms[3]}.\n{t2} Follow-up with Dr. {er.full()}, {g.org(g.pick(('Banner - University Medical Center Tucson', 'Sells Indian Hospital', 'Northwest Medical Center')))}: "
            f"recommend {terms[0]}.\n{t3} Second follow-up: improving; {terms[4]}.\nSPI: {spi.full()}, CSPI; supervised by {g.person('tu').full()}, PharmD")
    k = g.rng.randrange(2)
    task = (g.pick(("Make a timeline of this case.", "Lay out the case as a timeline.")),
            g.pick(("Write the fax to the receiving hospital.", "Draft the poison center's fax to the hospital.")))[k]
    if k == 0:
        answer = (f"Case {L('CASE_NUMBER', case)}, {pt.caps()}\n- {t1}: call from {caller.full()}, {tel_b}\n- {t2}: Dr. {er.sur()} advised {terms[0]}\n"
                  f"- {t3}: {terms[4]}\n({g.long(day)})")
    else:
        answer = (f"To Dr. {er.full()}: re {pt.full()} (AHCCCS {L('HEALTH_ID', ahcccs)}), {terms[1]}. We recommend {terms[0]}. "
                  f"Call us about case {L('CASE_NUMBER', case)}. SPI {spi.sur_first()}")
    return task, body, answer


BR_KAMPONGS = ("Kampung Pandan", "Kampung Sungai Duhon", "Lumut", "Sungai Liang", "Kuala Balai", "Seria", "Panaga", "Mumong")
BR_JOBS = (("offshore crane operator", "audiometry 30 dB HL at 4 kHz", "Snellen 6/6 both eyes"),
           ("scaffolder", "FEV1/FVC 0.78", "Ishihara 17/17"), ("process technician", "BMI 31", "Snellen 6/9 right, 6/6 left"),
           ("helicopter landing officer", "audiometry 20 dB HL", "Ishihara 15/17"))


def fitness_for_work_report(g: Gen) -> Doc:
    """A Kuala Belait (Brunei) occupational health fitness-for-work report on an offshore worker: the worker (bin or binti and the
    father's name, fathers called Tengah, Besar or Muda), the IC number, the employer and the contractor, the job, the
    audiometry, vision and spirometry, the medical standard, the restriction, the review date, the examining doctor; the answer the
    fitness certificate or the letter to the employer."""
    w, doc, sup, nok = g.person("br"), g.person("br"), g.person("br"), g.person("br")
    nok = g.relative(w, True) if not w.female else nok
    born, seen = g.born(1968, 2000), g.base(2022, 2025)
    review = datetime.date(seen.year + 1, seen.month, seen.day)
    job, hearing, vision = g.pick(BR_JOBS)
    ic = g.brunei_ic()
    emp_no = f"SPM-{g.digits(5)}"
    tel, tel_b = g.tel2("brunei")
    terms = [K(hearing), K(vision), K("OEUK Medical Aptitude"), K("fit with restrictions"), K("no work at height above 2 m"), K("BP 148/92 mmHg"),
             K("HUET")]
    body = (f"{g.org(g.pick(('Panaga Health Centre', 'Seria Occupational Health Clinic', 'Kuala Belait Medical Centre')))} - FITNESS FOR WORK REPORT\n"
            f"Worker: {w.upper()}   IC No. {L('NATIONAL_ID', ic)}   Born {g.date(born, 'num')}   Employee no. {L('CASE_NUMBER', emp_no)}\nEmployer: "
            f"{g.org(g.pick(('Belait Offshore Services Sdn Bhd', 'Seria Crane and Rigging Sdn Bhd', 'Liang Marine Contractors Sdn Bhd')))}; job: {job}\n"
            f"Address: {g.loc(g.fill('No. {n}, Simpang {k}'))}, {g.loc(g.pick(BR_KAMPONGS))}, {g.loc('Kuala Belait KA' + g.digits(4))}   Tel. {tel}\n"
            f"Examined {g.date(seen, 'long')}. Results: {terms[0]}; {terms[1]}; {terms[5]}. Standard: {terms[2]}; {terms[6]} valid.\n"
            f"Outcome: {terms[3]} - {terms[4]} until {g.date(review, 'long')}. Supervisor informed: {sup.full()}.\n"
            f"Next of kin {nok.full()}. \"Terima kasih, doktor.\"\nDr {doc.full()}, occupational physician")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the fitness certificate.", "Fill the fitness-for-work certificate.")),
            g.pick(("Draft the letter to the employer about the restriction.", "Write to the employer about this worker's restriction.")))[k]
    if k == 0:
        answer = (f"CERTIFICATE\nName: {w.caps()}\nIC: {L('NATIONAL_ID', ic.replace('-', ''))}\nResult: {terms[3]} ({terms[4]})\n"
                  f"Valid to {g.long(review)}\nDr {doc.sur()}")
    else:
        answer = (f"Dear {sup.full()},\n{w.full()} ({L('CASE_NUMBER', emp_no)}) was examined on {g.long(seen)}: {terms[3]}, {terms[4]}. "
                  f"Please call {w.sur()} on {tel_b} about the roster.\nDr {doc.full()}")
    return task, body, answer


KI_VILLAGES = ("Bikenibeu", "Betio", "Bairiki", "Teaoraereke", "Eita", "Tabiteuea", "Bonriki", "Nanikai", "Bangantebure", "Ambo")
SHIPS = ("MV Hamburg Trader", "MV Bremen Express", "MV Aurora Reefer", "MV Nordic Star", "MV Elbe Bridge")


def seafarer_medical_certificate(g: Gen) -> Doc:
    """A Tarawa approved doctor's seafarer medical certificate under the Maritime Labour Convention and STCW: the seafarer (Nei
    before a woman's name) and the discharge book number, the ship and its IMO number (a vessel's, left unlabelled), the manning
    agent, the eyesight, colour vision and hearing standards, the vaccinations, fit or not, the expiry; the answer the certificate's
    lines or the letter to the manning agent."""
    s, doc, agent, wife = g.person("ki", g.rng.random() < 0.25), g.person("ki"), g.person("ki"), g.person("ki", True)
    wife = g.relative(s, not s.female)
    born, seen = g.born(1972, 2003), g.base(2022, 2025)
    expiry = datetime.date(seen.year + 2, seen.month, seen.day)
    book = f"KIR{g.digits(6)}"
    imo = g.imo()
    ship = g.pick(SHIPS)
    tel, tel_b = g.tel2("kiribati")
    terms = [K("MLC 2006 Regulation 1.2"), K("STCW Regulation I/9"), K("unaided 6/9 each eye"), K("Ishihara normal"), K("hearing 30 dB at 500-2000 Hz"),
             K("yellow fever 2019"), K("fit for look-out duties")]
    title = "Nei " if s.female else ""
    body = (f"MEDICAL CERTIFICATE FOR SERVICE AT SEA - {g.org('Marine Training Centre Clinic')}, {g.loc('Betio')}\nSeafarer: {title}{s.full()}   "
            f"Born {g.date(born, 'dot')}   Discharge book {L('NATIONAL_ID', book)}\nHome: {g.loc(g.pick(KI_VILLAGES))}, South Tarawa   Tel. {tel}\n"
            f"Manning agent: {g.org('Kiribati Overseas Crewing Agency')}, {agent.full()}\nVessel: {ship}, IMO {imo}\n"
            f"Examined {g.date(seen, 'dot')} under {terms[0]} and {terms[1]}.\nEyesight {terms[2]}; colour vision {terms[3]}; {terms[4]}. Vaccinations: {terms[5]}.\n"
            f"Result: FIT, {terms[6]}. Expires {g.date(expiry, 'dot')}.\nNext of kin: {wife.full()}. \"Ko rab'a\".\nApproved doctor: Dr {doc.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write out the certificate's lines for the ship's file.", "List the certificate's lines.")),
            g.pick(("Draft the note to the manning agent.", "Write to the manning agent about this seafarer.")))[k]
    if k == 0:
        answer = (f"Name: {s.caps()}\nBook: {L('NATIONAL_ID', book)}\nFit: {terms[6]}; {terms[2]}\nValid: {g.long(seen)} to {g.long(expiry)}\n"
                  f"Signed Dr {doc.sur()}")
    else:
        answer = (f"Mauri {agent.given()},\n{title}{s.full()} ({L('NATIONAL_ID', book)}) is fit to join {ship} (IMO {imo}) under {terms[0]}. "
                  f"Certificate to {g.long(expiry)}. Contact {tel_b}.\nDr {doc.full()}")
    return task, body, answer


FB_STREETS = ("{n}{k} Chena Pump Road", "{k}{m} Farmers Loop Road", "{n} Gaffney Road", "{k}{n} Badger Road, North Pole", "{n} Airport Way")


def aviation_medical_examination(g: Gen) -> Doc:
    """A Fairbanks aviation medical examiner's report on a bush pilot (FAA Form 8500-8): the applicant, the MedXPress confirmation
    number, the pilot certificate number, the class, the vision, hearing and blood pressure, the conditions (a special issuance),
    the deferral or the issue, the AME's designation; the answer the examination summary or the letter asking for records."""
    pilot, ame, cardio, emp = g.person("fb"), g.person("fb"), g.person("fb"), g.person("fb")
    born, seen = g.born(1958, 1996), g.base(2022, 2025)
    conf = g.hexa(8).upper()
    cert = f"{g.digits(7)}"
    ame_no = f"{g.digits(5)}"
    dl = g.digits(7)
    tel, tel_b = g.tel2("fairbanks")
    mail = g.mail(pilot, g.pick(("acsalaska.net", "gci.net", "alaska.edu")))
    terms = [K("second-class medical certificate"), K("20/20 distant with correction"), K("conversational voice test 6 ft"), K("BP 138/86"),
             K("Special Issuance"), K("14 CFR 67.111"), K("CHA2DS2-VASc score 1"), K("apixaban 5 mg BID")]
    body = (f"AVIATION MEDICAL EXAMINATION (FAA Form 8500-8) - {g.org(g.pick(('Chena Aviation Medicine', 'Golden Heart Aerospace Clinic', 'Tanana Valley Flight Medicine')))}\n"
            f"Applicant: {pilot.caps()}   DOB {g.date(born, 'num').replace('/', '-')}   MedXPress confirmation {L('CASE_NUMBER', conf)}\n"
            f"Pilot certificate {L('LICENSE_NUMBER', cert)}   Alaska DL {L('LICENSE_NUMBER', dl)}\nAddress: {g.loc(g.fill(g.pick(FB_STREETS)))}, "
            f"{g.loc(g.pick(('Fairbanks, AK 99709', 'North Pole, AK 99705', 'Fairbanks, AK 99712')))}   Phone {tel}   {mail}\n"
            f"Employer: {g.org(g.pick(('Wright Air Service', 'Everts Air Cargo', 'Warbelow’s Air Ventures')))}, chief pilot {emp.full()}\n"
            f"Class applied for: {terms[0]}. Vision {terms[1]}; hearing {terms[2]}; {terms[3]}.\nHistory: paroxysmal atrial fibrillation, {terms[6]}, on "
            f"{terms[7]}; cardiologist Dr. {cardio.full()}.\nDeferred to Oklahoma City for {terms[4]} under {terms[5]}. Examined {g.date(seen, 'us')}.\n"
            f"Application: {L('URL', f'https://medxpress.faa.gov/MedXPress/app/{conf}')}\nAME {ame.full()}, MD, designation {L('LICENSE_NUMBER', ame_no)}")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the examination for the pilot's file.", "Write a short summary of the exam outcome.")),
            g.pick(("Draft the letter asking the cardiologist for records.", "Write to the cardiologist for the records the FAA needs.")))[k]
    if k == 0:
        answer = (f"{pilot.full()} (certificate {L('LICENSE_NUMBER', cert)}): {terms[0]} deferred for {terms[4]}; {terms[7]}. Examined "
                  f"{g.long(seen)} by Dr. {ame.sur()}. Contact {tel_b}.")
    else:
        answer = (f"Dear Dr. {cardio.sur()},\nYour patient {pilot.full()}, born {g.long(born)}, needs a current cardiology report and Holter for a "
                  f"{terms[4]} under {terms[5]}.\n{ame.full()}, MD (AME {L('LICENSE_NUMBER', ame_no)})")
    return task, body, answer


EK_MINES = (("Bootstrap Gold Mine", "Carlin"), ("Long Canyon Mine", "Wells"), ("Jerritt Canyon Mill", "Elko"), ("Ruby Hill Mine", "Eureka"))
EK_INJURIES = (("crushed left hand between a haul truck's tailgate and a berm", "degloving injury of the left hand"),
               ("fell 3 m from a ladder on the crusher", "fractured right calcaneus"),
               ("struck by a rock from the highwall", "scalp laceration and concussion"),
               ("caught an arm in a conveyor tail pulley", "open fracture of the right forearm"))


def mine_accident_report(g: Gen) -> Doc:
    """An Elko (Nevada) gold mine's accident report for MSHA (Form 7000-1): the mine and its MSHA mine ID (the operator's, labelled as a
    registration), the injured miner (Basque-American or Western Shoshone) and the SSN, the date and time (24-hour clock), the injury
    and the body part, the witnesses, the days away, the safety manager; the answer the timeline or the notice to the family."""
    miner, wit, mgr, emt = g.person("ek"), g.person("ek"), g.person("ek"), g.person("ek")
    born, day = g.born(1965, 2002), g.base(2022, 2025)
    mine, town = g.pick(EK_MINES)
    mine_id = f"26-{g.digits(5)}"
    ssn = g.ssn()
    tel, tel_b = g.tel2("elko")
    what, injury = g.pick(EK_INJURIES)
    hh = g.rng.randint(0, 23)
    t0 = f"{hh:02d}:{g.rng.randint(10, 49):02d}"
    terms = [K("30 CFR Part 50"), K("MSHA Form 7000-1"), K(injury), K("days away from work"), K("Part 46 new miner training"), K("reportable within 10 days")]
    body = (f"{g.org(mine)} - ACCIDENT/INJURY REPORT ({terms[1]}, {terms[0]})\nMSHA mine ID {L('COMPANY_REGISTRATION', mine_id)}   Near {g.loc(town)}, "
            f"{g.loc('Elko County')}\nAccident: {L('DATE_TIME', f'{day.day} {EN_MONTHS[day.month - 1]} {day.year} at {t0}')}\n"
            f"Injured: {miner.full()}, born {g.date(born, 'us')}, SSN {L('NATIONAL_ID', ssn)}, haul truck driver; {terms[4]} complete.\n"
            f"Home: {g.loc(g.fill('{n}{k} Idaho Street'))}, {g.loc('Elko, NV 89801')}   Phone {tel}\nWhat happened: {what}.\nInjury: {terms[2]}. "
            f"First aid by EMT {emt.full()}; flown to {g.org('Northeastern Nevada Regional Hospital')}.\nWitness: {wit.full()}. Outcome: {terms[3]}; "
            f"{terms[5]}.\nSafety manager: {mgr.full()} \"Eskerrik asko\" to the crew.")
    k = g.rng.randrange(2)
    task = (g.pick(("Lay out the accident as a timeline.", "Write a timeline of the accident and response.")),
            g.pick(("Write the notice to the miner's family.", "Draft a short notice to the injured miner's family.")))[k]
    if k == 0:
        answer = (f"{miner.caps()} (SSN {L('NATIONAL_ID', ssn.replace('-', ' '))}), MSHA ID {L('COMPANY_REGISTRATION', mine_id)}\n- {t0}: {what}\n"
                  f"- first aid by {emt.full()}\n- {terms[2]}; {terms[3]}\n({g.long(day)})")
    else:
        answer = (f"To the family of {miner.full()}: on {g.long(day)} {miner.given()} was hurt at the {g.org(mine)} ({terms[2]}). "
                  f"Call {mgr.full()} on {tel_b}.")
    return task, body, answer


CV_ZONES = ("Monte Sossego", "Ribeira Bote", "Chã de Alecrim", "Fonte Filipe", "Laginha", "Bela Vista", "Alto São Nicolau", "Cruz João Évora")
CV_TRIPS = (("Brazil (Fortaleza), to study", "yellow fever 0.5 mL SC", "hepatitis A (Havrix 1440) dose 1"),
            ("Angola (Luanda), for work", "yellow fever 0.5 mL SC", "typhoid Vi polysaccharide 25 mcg"),
            ("Senegal (Dakar), a family visit", "meningococcal ACWY conjugate", "rabies PrEP day 0 and day 7"),
            ("Guinea-Bissau, a family visit", "yellow fever 0.5 mL SC", "oral cholera vaccine dose 1"))


def travel_vaccination_record(g: Gen) -> Doc:
    """A Mindelo (São Vicente, Cape Verde) travel clinic's vaccination record: the traveller and the CNI number, the destination, the
    vaccines with the schedule (batch numbers left out), the International Certificate of Vaccination's number, the malaria advice,
    the guardian for a minor, the nurse; the answer the certificate entry or the reminder message."""
    tr, nurse, doc, guard = g.person("cv"), g.person("cv"), g.person("cv"), g.person("cv")
    guard = g.relative(tr, g.rng.random() < 0.5)
    born, day = g.born(1975, 2008), g.base(2022, 2025)
    dose2 = g.later(day, 180, 360)
    trip, v1, v2 = g.pick(CV_TRIPS)
    cni = f"{born:%Y%m%d}{'F' if tr.female else 'M'}{g.digits(3)}{g.letters(1)}"
    icvp = f"CV-{g.digits(6)}"
    tel, tel_b = g.tel2("mindelo")
    terms = [K(v1), K(v2), K("ICVP"), K("atovaquone-proguanil 250/100 mg daily"), K("IHR 2005 Annex 7"), K("valid for life")]
    body = (f"{g.org(g.pick(('Centro de Saúde de Monte Sossego', 'Delegacia de Saúde de São Vicente', 'Clínica do Viajante Mindelo')))} - TRAVEL VACCINATION RECORD\n"
            f"Name: {tr.full()}   DOB {g.date(born, 'dash')}   CNI {L('NATIONAL_ID', cni)}\nAddress: {g.loc(g.fill('Rua {k}, ' + g.pick(CV_ZONES)))}, "
            f"{g.loc('Mindelo')}   Tel. {tel}\nTrip: {trip}. Guardian/contact: {guard.full()}\nDate: {g.date(day, 'num')}\n"
            f"Given: {terms[0]} ({terms[2]} no. {L('CASE_NUMBER', icvp)}, {terms[5]} under {terms[4]}); {terms[1]}.\n"
            f"Advice: mosquito nets; {terms[3]} where needed. Next dose {g.date(dose2, 'num')}.\n\"Nu ta odja dia {dose2.day}.\" Nurse {nurse.full()}; "
            f"doctor {doc.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the certificate entry.", "Fill in the vaccination certificate entry.")),
            g.pick(("Write the reminder SMS for the next dose.", "Draft the text message reminding the traveller of the next dose.")))[k]
    if k == 0:
        answer = (f"{tr.caps()} | CNI {L('NATIONAL_ID', cni)} | {terms[0]} | {g.long(day)} | {terms[2]} {L('CASE_NUMBER', icvp)} | "
                  f"signed {nurse.sur_first()}")
    else:
        answer = (f"{tr.given()}, your next dose ({terms[1]}) is due on {g.long(dose2)} at the clinic. Questions: {tel_b}. - {nurse.full()}")
    return task, body, answer


PW_HAMLETS = ("Ngerkebesang", "Meketii", "Ngermid", "Idid", "Ikelau", "Iyebukel", "Ngerbeched", "Dngeronger", "Medalaii")


def dialysis_transfer_letter(g: Gen) -> Doc:
    """A Koror (Palau) dialysis unit's transfer letter for a patient going to dialyse elsewhere (holiday or relocation): the patient
    and the hospital number, the hamlet, the dialysis prescription (the protected terms), the access, the hepatitis B and HIV
    serology with dates, the medicines, the nephrologist and the unit manager, the receiving unit; the answer the prescription table
    or the acceptance request."""
    pt, neph, mgr, fam = g.person("pw"), g.person("pw"), g.person("pw"), g.person("pw")
    fam = g.relative(pt, g.rng.random() < 0.5)
    born, day = g.born(1950, 1990), g.base(2022, 2025)
    travel = g.later(day, 10, 30)
    sero = g.later(day, -30, -5)
    hosp = f"BNH-{g.digits(6)}"
    tel, tel_b = g.tel2("palau")
    mail = g.mail(mgr, "palauhealth.org")
    dest = g.pick((("Saipan", "Commonwealth Health Center Renal Unit"), ("Guam", "Guam Renal Care, Tamuning"), ("Honolulu", "Liliha Kidney Center")))
    terms = [K("4 hours three times a week"), K("dry weight 68.5 kg"), K("Kt/V 1.3"), K("HBsAg negative"), K("anti-HBs 45 mIU/mL"), K("epoetin alfa 4,000 units"),
             K("left radiocephalic AV fistula"), K("blood flow 300 mL/min")]
    body = (f"{g.org('Belau National Hospital')} - DIALYSIS UNIT\nTRANSFER LETTER   {g.date(day, 'us')}\nTo: {g.org(dest[1])}, {g.loc(dest[0])}\n"
            f"Patient: {pt.full()}   DOB {g.date(born, 'us')}   Patient no. {L('HEALTH_ID', hosp)}\nHome: {g.loc(g.pick(PW_HAMLETS))} hamlet, "
            f"{g.loc('Koror')}   Phone {tel}; family {fam.full()}\nPrescription: {terms[0]}, {terms[1]}, {terms[7]}, {terms[2]}. Access: {terms[6]}.\n"
            f"Serology {g.date(sero, 'us')}: {terms[3]}, {terms[4]}, HIV and HCV negative.\nMedicines: {terms[5]} weekly, sevelamer 800 mg TDS.\n"
            f"Travelling {g.date(travel, 'wk')} for three weeks. \"Sulang\" for accepting {pt.given()}.\nDr {neph.full()}, nephrologist; {mgr.full()}, "
            f"unit manager, {mail}")
    k = g.rng.randrange(2)
    task = (g.pick(("Put the dialysis prescription into a table.", "Tabulate the prescription with the patient header.")),
            g.pick(("Write the request for acceptance to the receiving unit.", "Draft the e-mail asking the receiving unit to accept the patient.")))[k]
    if k == 0:
        answer = (f"{pt.caps()} ({L('HEALTH_ID', hosp)})\n| Item | Value |\n|---|---|\n| Schedule | {terms[0]} |\n| Weight | {terms[1]} |\n"
                  f"| Access | {terms[6]} |\n| Hep B | {terms[3]} |\nFrom {g.long(travel)}; call {tel_b}.")
    else:
        answer = (f"Dear colleagues,\nPlease accept {pt.full()}, born {g.long(born)}, from {g.long(travel)}: {terms[0]}, {terms[3]}. "
                  f"Nephrologist Dr {neph.sur()}.\n{mgr.full()}")
    return task, body, answer


AR_BARRIOS = ("Noord", "Paradera", "Santa Cruz", "Savaneta", "San Nicolas", "Tanki Leendert", "Pos Chiquito", "Madiki", "Sabana Basora")
AR_DEFERRALS = (("haemoglobin 11.9 g/dL", "6 months", "iron deficiency"), ("travel to a malaria area (Venezuela)", "3 years", "malaria risk"),
                ("a new tattoo", "4 months", "tattoo within 4 months"), ("BP 182/104 mmHg", "until treated", "hypertension"))


def blood_donor_deferral_letter(g: Gen) -> Doc:
    """An Oranjestad (Aruba) blood bank's donor deferral letter: the donor and the persoonsnummer (the birth date in it), the donor
    number, the barrio, the ISBT 128 donation identification number with its check character, the reason, the deferral period,
    the doctor and the recall date; the answer the donor card's note or a reply to the donor's message."""
    donor, doc, rec = g.person("ar"), g.person("ar"), g.person("ar")
    born, day = g.born(1960, 2005), g.base(2022, 2025)
    reason, period, code = g.pick(AR_DEFERRALS)
    recall = g.later(day, 120, 200)
    pn = g.aruba_id(born)
    donor_no = f"D{g.digits(6)}"
    din = g.din(day.year)
    tel, tel_b = g.tel2("aruba")
    mail = g.mail(donor, g.pick(("setarnet.aw", "gmail.com")))
    terms = [K(reason), K(f"deferred for {period}"), K(code), K("Hb cut-off 12.5 g/dL"), K("ferrous sulfate 200 mg daily"), K("AABB Standards")]
    body = (f"{g.org('Fundacion Banco di Sangre Aruba')}\n{g.loc(g.fill('Bernhardstraat {n}'))}, {g.loc('Oranjestad')}\n{g.date(day, 'long')}\n\n"
            f"{donor.full()}\n{g.loc(g.fill('Seroe Blanco {k}'))}, {g.loc(g.pick(AR_BARRIOS))}\nPersoonsnummer {L('NATIONAL_ID', pn)}   Donor no. {L('HEALTH_ID', donor_no)}\n\n"
            f"Bon dia {donor.given()},\nThank you for coming to donate (donation {L('HEALTH_ID', din)}). Our screening found {terms[0]}, so you are "
            f"{terms[1]} under the {terms[5]} we follow ({terms[3]}). Please see your GP; {terms[4]} may help.\nWe will call you on {tel} or write to "
            f"{mail} from {g.date(recall, 'long')}.\nMasha danki,\nDr {doc.full()}, medical officer; seen by {rec.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the note for the donor's record card.", "Fill the donor record card note.")),
            g.pick(("Reply to the donor, who asks by e-mail when they can give again.", "Answer the donor's e-mail asking when to come back.")))[k]
    if k == 0:
        answer = (f"{donor.caps()} | {L('HEALTH_ID', donor_no)} | {terms[2]}: {terms[1]} | recall {g.long(recall)} | DIN {L('HEALTH_ID', din.replace(' ', ''))}")
    else:
        answer = (f"Dear {donor.full()},\nYou were {terms[1]} because of {terms[0]}. You can come back from {g.long(recall)}; we will ring {tel_b}.\n"
                  f"Dr {doc.sur()}")
    return task, body, answer


GL_DISTRICTS = ("Nuussuaq", "Qinngorput", "Quassussuup Tungaa", "Kolonihavnen", "Radiofjeldet", "Myggedalen", "Nuuk centrum")
GL_STREETS = ("Aqqusinersuaq {n}", "Issortarfimmut {k}", "Qinngorpimmut {n}", "Jaaku Kleistip Aqq. {k}", "Hans Egedesvej {n}")


def tb_contact_tracing_sheet(g: Gen) -> Doc:
    """A Nuuk (Greenland) tuberculosis contact-tracing sheet: the index case and the CPR numbers (the birth date, the century digit,
    the sex and the modulus 11 check), the household sharing one surname, the contacts' tests (Quantiferon, chest X-ray) and the
    preventive treatment, the dates, the nurse; the answer the contact table or the letter to a contact."""
    idx, nurse, doc = g.person("gl"), g.person("gl"), g.person("gl")
    hh = [g.relative(idx, g.rng.random() < 0.5) for _ in range(2)]
    work = g.person("gl")
    born = g.born(1960, 2000)
    kids_born = [g.born(1955, 2015) for _ in hh]
    work_born = g.born(1965, 2003)
    dx = g.base(2022, 2025)
    screen = g.later(dx, 5, 20)
    cprs = [g.cpr(born, idx.female)] + [g.cpr(b, p.female) for b, p in zip(kids_born, hh)] + [g.cpr(work_born, work.female)]
    tel, tel_b = g.tel2("nuuk")
    terms = [K("smear-positive pulmonary TB"), K("QuantiFERON-TB Gold Plus"), K("rifampicin 10 mg/kg daily for 4 months"), K("chest X-ray normal"),
             K("close contact, > 8 hours"), K("Xpert MTB/RIF positive, rifampicin resistance not detected")]
    people = [idx, *hh, work]
    rows = "\n".join(f"{p.full()} | {L('NATIONAL_ID', c)} | {rel} | {res}" for p, c, rel, res in zip(people, cprs, ("index", "household", "household", "workplace"),
                     ("-", f"{terms[1]} positive; {terms[3]}", f"{terms[1]} negative", f"{terms[1]} negative")))
    body = (f"{g.org('Dronning Ingrids Hospital')} - TUBERCULOSIS CONTACT TRACING\nIndex case: {idx.caps()}, {terms[0]}; {terms[5]}. Diagnosed {g.date(dx, 'dot')}.\n"
            f"Address: {g.loc(g.fill(g.pick(GL_STREETS)))}, {g.loc(g.pick(GL_DISTRICTS))}, {g.loc('3900 Nuuk')}   Tel. {tel}\n"
            f"Name | CPR | Contact | Result\n{rows}\nScreening done {g.date(screen, 'dot')}. Household contact with a positive test offered {terms[2]}.\n"
            f"Workplace contact ({terms[4]}): {g.org(g.pick(('Royal Greenland A/S', 'Nuuk Havn A/S', 'Pisiffik A/S')))}.\n\"Qujanaq\" - the family was "
            f"told in Greenlandic.\nNurse {nurse.full()}; Dr {doc.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Make the contact table with the follow-up each contact needs.", "Tabulate the contacts and their follow-up.")),
            g.pick(("Write the letter to the household contact who tested positive.", "Draft a letter to the contact who needs preventive treatment.")))[k]
    if k == 0:
        answer = ("| Contact | CPR | Next |\n|---|---|---|\n" + "\n".join(
            f"| {p.sur_first()} | {L('NATIONAL_ID', c.replace('-', ''))} | {nxt} |" for p, c, nxt in zip(people[1:], cprs[1:], (terms[2], "repeat test in 8 weeks", "none")))
            + f"\nIndex {idx.full()}, {g.long(dx)}.")
    else:
        answer = (f"Dear {hh[0].full()},\nYour {terms[1]} on {g.long(screen)} was positive with a {terms[3]}. We offer {terms[2]}. Please call "
                  f"{tel_b}.\nNurse {nurse.sur()}")
    return task, body, answer

HOUSING = (tenancy_deposit_decision, homelessness_assessment, asylum_screening_interview, visa_sponsorship_letter, adult_safeguarding_referral,
           foster_home_study, care_home_admission_agreement, traveller_site_licence, refugee_resettlement_case_note, lost_passport_police_report)
URGENT = (emergency_triage_note, poison_centre_call_log, fitness_for_work_report, seafarer_medical_certificate, aviation_medical_examination,
          mine_accident_report, travel_vaccination_record, dialysis_transfer_letter, blood_donor_deferral_letter, tb_contact_tracing_sheet)
# FIRST_CONTACT: the ten written at the first meeting with the person, while the matter is open (an assessment, a screening interview,
# a referral, a case note, a police report, a triage, a poisons call, an accident report, a vaccination record, contact tracing);
# STANDING_PAPERS: the ten that settle or certify something and stand afterwards (a decision, a sponsorship letter, a home study, an
# agreement, a licence, a fitness report, a medical certificate, an aviation medical, a transfer letter, a deferral letter).
FIRST_CONTACT = (homelessness_assessment, asylum_screening_interview, adult_safeguarding_referral, refugee_resettlement_case_note,
                 lost_passport_police_report, emergency_triage_note, poison_centre_call_log, mine_accident_report, travel_vaccination_record,
                 tb_contact_tracing_sheet)
STANDING_PAPERS = (tenancy_deposit_decision, visa_sponsorship_letter, foster_home_study, care_home_admission_agreement, traveller_site_licence,
                   fitness_for_work_report, seafarer_medical_certificate, aviation_medical_examination, dialysis_transfer_letter,
                   blood_donor_deferral_letter)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: _one_document(f) for f in HOUSING + URGENT}
assert set(HOUSING + URGENT) == set(FIRST_CONTACT + STANDING_PAPERS) and len(DOCTYPES) == 20 and not set(FIRST_CONTACT) & set(STANDING_PAPERS)

# ---------------------------------------------------------------- records: instruction records around a document, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful assistant for housing, immigration, social care and clinic staff.",
                  "Reformat documents accurately; change no name, number or date.", "Write in plain English and keep every fact.")


def to_record(doc: Doc, kind: str, doctype: str, rng: random.Random) -> Blind3Record:
    """An instruction record (the task, the document as input, the answer) or a chat record (an optional system prompt, the user's
    pasted document with the task, the assistant's answer)."""
    return blind20.to_record(doc, kind, doctype, rng) if kind == "instruction" else _chat(doc, doctype, rng)


def _chat(doc: Doc, doctype: str, rng: random.Random) -> Blind3Record:
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
