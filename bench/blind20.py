"""Twentieth blind scrubbing corpus: twenty registers of allied health and primary care outside the hospital (pharmacy, dental, optometry, audiology, ambulance, district nursing, podiatry, speech therapy, community mental health, midwifery) and of criminal and family justice (sentencing, statements, bail, presentence, custody, mediation, protection, legal aid, prison visits), from twenty new places.

    python bench/blind20.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind20.py --out blind20.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber rule,
no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only bench/blind3.py's
soundness check, through fedtune.scrubbing.evaluate and its AS_WRITTEN scorer). Its templates are bench/blind19.py's records, labels,
generator and soundness check. Each record sets a task on a document (summarise it, extract a timeline or a table, fill a form or a
card, draft the letter that follows) with an answer that repeats its personal data reformatted: a name surname first or in capitals,
a date written out, a number regrouped. Eight records in ten are fedtune instruction records, two a chat (an optional system prompt,
the user's pasted document and request, the assistant's answer), as bench/blind19.py writes them.

Ten registers are allied health and primary care outside the hospital: an Ibadan (Oyo State, Nigeria) community pharmacist's medicines
use review, a Kota Bharu (Kelantan, Malaysia) dental clinic's treatment plan and consent, a Rajshahi (Bangladesh) optometrist's
referral, a Sioux Falls (South Dakota) audiologist's diagnostic report, a Batticaloa (Sri Lanka) ambulance patient care record, a St
Vincent district nurse's visit log, a Rarotonga (Cook Islands) diabetic foot assessment, a Melaka speech-language therapist's report on
a child, a Gulu (Uganda) community mental health crisis plan and a Mangochi (Malawi) rural midwife's antenatal booking. Ten are
criminal and family justice: sentencing remarks of the High Court at Nyeri (Kenya), an Owerri (Imo State, Nigeria) police witness
statement with its caution and declaration, a victim impact statement in Omaha (Nebraska), a bail petition to the Sessions Court at
Multan (Punjab, Pakistan), a Michigan presentence investigation report from Marquette, a custody order of the Family and Children
Court at Jinja (Uganda), a Trincomalee (Sri Lanka) mediation board's certificate of non-settlement, a protection order of the
Magistrate's Court at Serowe (Botswana), a Legal Aid Board application at Chipata (Zambia) and a Koforidua (Ghana) prison visits log.
AT_THE_TIME names the ten written where and when the thing happened (the review, the consent, the ambulance call, the nursing
visits, the foot screen, the booking, the witness statement, the victim's statement, the mediation sessions, the visits log),
FOR_A_DECISION the ten written for someone who must decide or act (the referral, the audiology report, the speech report, the crisis
plan, the sentencing remarks, the bail petition, the presentence report, the custody order, the protection order, the legal aid
application).

Identifiers follow the public descriptions of their formats, with the check characters computed where one exists: Nigerian NUBAN
account numbers (the bank's three digits and the nine-digit serial weighted 3, 7, 3 four times, ten less the sum modulo 10), US ABA
routing numbers (weights 3, 7, 1; the Omaha branch's 104 first) and Pakistani IBANs (ISO 13616). Identifiers whose structure carries
what the document says, checked against it: Malaysian MyKad and MyKid numbers (the birth date YYMMDD, 03 for Kelantan or 04 for Melaka,
a last digit odd for a man), Sri Lankan NICs (the old nine digits and V, the new twelve digits: the birth year, the day of the year
as a leap year counts it plus 500 for a woman), Pakistani CNICs (5-7-1, 36 for Multan division, a last digit even for a woman),
Botswana Omang numbers (nine digits, the fifth 1 for a man and 2 for a woman), Ugandan NINs as the author understands them (C, F or
M, the birth year's two digits, six digits, four letters), Bangladeshi seventeen-digit NIDs (the birth year, 81 for Rajshahi, ten
digits), Michigan driver's licence numbers (the surname's initial and twelve digits) and Medicare Beneficiary Identifiers (the
eleven-character pattern, letters without S, L, O, I, B, Z). Drawn in their published patterns, with no public check: Nigerian NINs
(eleven digits), Kenyan ID numbers (eight digits) and advocates' admission numbers (P.105/, four digits, two), Zambian NRCs (six
digits, the district's two, 1), Ghana Card numbers (GHA-, nine digits, a digit), Malawian national IDs (eight letters and digits),
Kenyan High Court case numbers (E, three digits, "of" and the year), Nigerian RC numbers, Malaysian SSM registrations (the twelve-digit
number and the old one), FIR numbers, Ugandan PLE index numbers (U, four digits, three). Where the author found no public description,
numbers are drawn as stated in the writers: incident, visit, record, hospital, ANC, warrant, prisoner, MDOC, mediation, legal aid and
custody case numbers, professional registrations (PCN, MDC, optometry, audiology, EMT, nursing, AHPC, NMCM, MASH, police, practising
certificates), pupil and student numbers, bank accounts, and the web addresses of a patient portal, a teletherapy session and a legal
aid tracking page.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them in the name lists of bench/blind2.py
to bench/blind19.py, their nicknames and misspellings included: checked when this module loads): Yoruba, Kelantanese Malay (bin and
binti with the father's given name; Nik, Wan and Che), Bengali Muslim (Md.), Norwegian- and Dutch-American and Lakota, Batticaloa Tamil
and Moor, Vincentian, Cook Islands Māori, Melaka Baba-Nyonya Chinese (surname first), Kristang Eurasian and Indian (a/l and a/p), Acholi,
Yao, Kikuyu, Igbo, Czech-, Polish- and South Sudanese-American, Saraiki and Punjabi, Finnish-American, Cornish-American and
Anishinaabe, Basoga, Trincomalee Tamil, Sinhala and Muslim, Tswana, Chewa and Ngoni, and Akan. Hard cases, natural to the theme: names
that are words (Promise, Chance, Given, Happy, Gladness, Talent, Knowledge, Trust, Goodness, Marvellous, Divine, Brilliant, Miracle,
Smart, Honest, Peace, Fortune, Godknows, Clever, Enough), surnames that are words or places (Providence, Noon, Low, Two Bulls, Iron
Shell, Running Horse, Blue Arm; Cleveland a given name); a Malay or Malaysian Indian name addressed by its given name, a Chinese name
by its first word; a father's name inside a child's; addresses with landmarks (off, by, opposite, "the green house past the rum
shop"), compounds, wards, villages, parishes and traditional authorities; courts named as generic institutions with their seat
labelled; dates in many forms (2.1.2023, 2023-05-16, "the 4th day of June 2024", "between the 28th and 30th of September 2024", "on or
about 3rd March 2023", a date with its time, a weekday with its date), 24-hour times alone and ages left unlabelled; words of
Kelantanese Malay, Baba Malay, Cook Islands Māori, Acholi, Chichewa, Tamil, Setswana and Twi in otherwise English text; and protected
terms in the document and again in the answer: drug doses, FDI tooth numbers, refractions (R -2.25 DS), pressures, hearing thresholds
(40 dB HL), scales and scores (PHQ-9, Ipswich Touch Test, GCS, NEWS2, CELF-5, SASSI-4), statutes and sections, offences, sentence
lengths, money.

Labelling rules are bench/blind19.py's: the body that issues a number stays outside its span; identity numbers are NATIONAL_ID,
numbers that exist for health care (a patient or hospital number, an MRN, an MBI, a health centre record) HEALTH_ID, professional
registrations, police force numbers and a driver's licence LICENSE_NUMBER, case, incident, FIR, warrant, prisoner, MDOC, ANC,
application and reference numbers CASE_NUMBER, bank accounts and routing numbers ACCOUNT_NUMBER, a pupil's or student's number
STUDENT_ID, a firm's RC or SSM number COMPANY_REGISTRATION; pharmacies, clinics, hospitals, health centres, schools, police commands and
stations and prisons are ORGANIZATION, whole, while national bodies (the Legal Aid Board, the police force, the prisons service) and
courts are named generically and left unlabelled, a court's seat a LOCATION; titles (Dr, Pharm., Hon., Constable, Inspector) stay
outside a person's span, "bin", "binti", "a/l", "a/p" and "Md." inside it; a street address on one line is one LOCATION, a town
with its postcode another, a village, ward, compound or parish its own.

Earlier corpora, for comparison (from their docstrings and place lists, searched): bench/blind.py to bench/blind19.py visited, among
others, Lagos, Enugu and Onitsha, Tamale, Techiman and Cape Coast, Nakuru, Eldoret and Kisumu, Mbarara, Lusaka, Ndola and Kitwe,
Zomba, Blantyre and Mzuzu, Gaborone, Francistown and Maun, Peshawar, Rawalpindi and Faisalabad, Sylhet, Jaffna, Kandy, Galle and
Kurunegala, Penang, Sabah, Sarawak, Ipoh and Johor, Singapore, Hong Kong, Montego Bay, Barbados, Trinidad and the Bahamas, Samoa,
Tonga and Fiji, Bethel and Nome, Duluth and Wichita, Tasmania, the Isle of Man, Malta and Cyprus, Cornwall and Cumbria. None of them
visited Ibadan, Kota Bharu, Rajshahi, Sioux Falls, Batticaloa, St Vincent, Rarotonga, Melaka, Gulu, Mangochi, Nyeri, Owerri, Omaha,
Multan, Marquette, Jinja, Trincomalee, Serowe, Chipata or Koforidua (their names were searched for in every earlier corpus), and none
of their document types is one of these twenty (tests/test_blind20.py checks the names).
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
import blind19
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Written for this corpus; no word of them is in the lists of bench/blind2.py to bench/blind19.py.
PEOPLE = {
    # Ibadan (Oyo State, Nigeria): Yoruba, with names that are words (Chance, Promise, Given)
    "ib": (("Adetoun", "Titilope", "Abosede", "Motunrayo", "Feyisayo", "Bolanle", "Ibironke", "Modupeola", "Oluwakemi", "Omowunmi", "Morolake",
            "Aderonke", "Olajumoke", "Mosunmola", "Promise"),
           ("Oladipupo", "Akinwumi", "Adeniran", "Olalekan", "Ayotunde", "Oyetunde", "Akinyele", "Adeyinka", "Oludayo", "Fijabi", "Akanbi",
            "Gbolahan", "Chance", "Given"),
           ("Okunade", "Fasanya", "Oyewole", "Ladipo", "Oladejo", "Ajibola", "Adesina", "Akinyemi", "Olaleye", "Oyediran", "Adegbite", "Ogunmola",
            "Akinlade", "Fadahunsi", "Oyeniyi", "Olagunju", "Akinbode", "Oyerinde", "Ogunlade", "Oyetola")),
    # Kota Bharu (Kelantan, Malaysia): Kelantanese Malay, written with bin or binti and the father's given name; Nik, Wan and Che inherited
    "kb": (("Che Puteh", "Hasmah", "Norizan", "Salbiah", "Zaiton", "Maznah", "Rubiah", "Nik Rokiah", "Sapiah", "Mek Som", "Che Kalsom",
            "Norhafizah"),
           ("Nik Kamaruddin", "Che Razali", "Zulkarnain", "Azmi", "Kamarul", "Che Harun", "Ramli", "Rosdi", "Zainudin", "Hasbullah",
            "Aminuddin", "Nik Azran"),
           ("Mamat", "Daud", "Deraman", "Jusoh", "Ishak", "Sulong", "Salleh", "Che Mat", "Nik Mat", "Mohamad", "Ariffin", "Hussin", "Embong")),
    # Rajshahi (Bangladesh): Bengali Muslim, Md. before a man's name
    "rj": (("Morsheda", "Ferdousi", "Laboni", "Mahfuza", "Nurjahan", "Dilruba", "Moriom", "Rowshan Ara", "Kohinoor", "Mousumi", "Runa", "Lipi"),
           ("Md. Golam Mostafa", "Md. Tariqul", "Asaduzzaman", "Mosharraf", "Md. Nazmul", "Anisur", "Mahbubur", "Abdur Razzak", "Md. Alamgir",
            "Mokbul", "Azizul", "Hafizur", "Md. Monirul", "Sirajul"),
           ("Akhter", "Molla", "Pramanick", "Mridha", "Prodhan", "Sardar", "Matubbar", "Shikder", "Akanda", "Fakir", "Pathan")),
    # Sioux Falls (South Dakota): Norwegian- and Dutch-American, and Lakota families whose surnames are words (Two Bulls, Iron Shell,
    # Running Horse, Blue Arm, Little Thunder... Thunder alone here)
    "sf": (("Tatanka", "Renae", "Ardith", "Wanbli", "Orpha", "Dorene", "Berit", "Torunn", "Borghild", "Astri", "Idun", "Gracelyn", "Vonda"),
           ("Wakinyan", "Chaske", "Gaylord", "Roald", "Ordean", "Tollef", "Olaus", "Knute", "Gunder", "Severt", "Erling", "Torkel", "Tokala"),
           ("Thorson", "Two Bulls", "Iron Shell", "Running Horse", "Oyen", "Knutson", "Aamot", "Mehlhaff", "Eidsness", "Hoogendoorn", "Tjeerdsma",
            "Fjelstad", "Kortemeyer", "Ecoffey", "Blue Arm", "Rognstad", "Hanisch")),
    # Batticaloa (Sri Lanka): Tamil and Muslim (Moor) families; a given name, then the father's name
    "bt": (("Kajani", "Sumathy", "Nilani", "Jansila", "Yalini", "Thanuja", "Mathumitha", "Kirushika", "Sivaranjani", "Thayalini", "Thusyanthi",
            "Piraveena", "Riswana", "Fahima"),
           ("Thavaraja", "Pathmanathan", "Nithiyananthan", "Kugathasan", "Sathiyaseelan", "Yoheswaran", "Thayaparan", "Kirupakaran", "Vimalraj",
            "Mathanraj", "Jeevakanthan", "Rizkhan", "Hakeem", "Nowfer"),
           ("Thambirajah", "Ponnuthurai", "Rasanayagam", "Selvanayagam", "Vairamuthu", "Navaratnam", "Kathiramalai", "Sellappah", "Ganeshamoorthy",
            "Pakkiyarajah", "Velupillai", "Nagalingam", "Saravanamuttu", "Thiruchelvam", "Farook")),
    # St Vincent and the Grenadines: Vincentian, with surnames that are words and places (Providence, Cleveland as a given name)
    "sv": (("Lavern", "Kemisha", "Orlene", "Junella", "Jeanella", "Verlyn", "Ruthlyn", "Annisha", "Kevira", "Sherlene", "Lornette", "Delcia",
            "Marvalyn"),
           ("Kenroy", "Dellon", "Orande", "Cleveland", "Kishore", "Glenroy", "Anselm", "Kenville", "Otneil", "Deron", "Kezron", "Elroy", "Rawdon"),
           ("Cato", "Ollivierre", "Dopwell", "Veira", "Providence", "Quashie", "Ballantyne", "Hadaway", "Gumbs", "Dasent", "Cottle", "Bascombe",
            "Cordice", "Laborde", "Hazell", "Sprott")),
    # Rarotonga (Cook Islands): Cook Islands Māori and the Palmerston Marsters
    "rt": (("Tepaeru", "Mataora", "Tauraki", "Ngapoko", "Metua", "Teinakore", "Vaine", "Tiare", "Nooroa", "Teuru", "Mamatu"),
           ("Teariki", "Tangata", "Mataiapo", "Ngamaru", "Taevae", "Tereapii", "Vaka", "Tekao", "Tuakana", "Ruatoe", "Maara"),
           ("Marsters", "Tangaroa", "Ngatokorua", "Pokino", "Tuteru", "Raui", "Teiotu", "Matapo", "Akaiti", "Tuara", "Tamangarua", "Tatuava",
            "Mataroa", "Teokotai", "Ngaro", "Tamaiva")),
    # Melaka: Baba-Nyonya Chinese (surname first), Kristang Eurasian, and Indian families (a/l, a/p and the father's name)
    "mc": (("Sook Guat", "Pek Gaik", "Ai Guat", "Gaik Siang", "Sook Chai", "Pek Hoe"),
           ("Keng Hup", "Chye Hoe", "Wee Keng", "Cheng Hup", "Bak Lye", "Hoe Siang", "Tock Keng"),
           ("Tay", "Ng", "Low", "Kwa", "Toh", "Teh", "Lau", "Hoh", "Kee")),
    "me": (("Angeline", "Fidelia", "Magdalene", "Eugenie", "Nonnie", "Cherrie", "Yamuna"),
           ("Valentine", "Bosco", "Ignatius", "Stanislaus", "Michael"),
           ("de Costa", "Sequerah", "Theseira", "Fernandis", "Rodrigues", "Goonting", "Monteiro", "Marbeck", "Nonis", "Aeria")),
    "mi": (("Thilagavathy", "Malar", "Santhi", "Selvi", "Saraswathy"),
           ("Saravanamuthu", "Velu", "Kaliappan", "Sinnapan"),
           ("Rajoo", "Kandasamy", "Letchumanan", "Arokiasamy", "Periathamby")),
    # Gulu (Uganda): Acholi
    "gu": (("Akello", "Aber", "Lakot", "Apio", "Atim", "Adong", "Laker", "Anena", "Akumu", "Ajok", "Acen", "Lalam", "Ayaa", "Lamaro", "Amony"),
           ("Ojok", "Okot", "Oryem", "Komakech", "Ocaya", "Odong", "Kidega", "Ongom", "Ocan", "Oloya", "Opira", "Obwona", "Ochola", "Ocitti"),
           ("Lakony", "Oyet", "Otim", "Acellam", "Ocen", "Olanya", "Odoch", "Ayella", "Lamwaka", "Onen", "Owiny", "Lutwa", "Ojara", "Okumu", "Opoka",
            "Rubangakene", "Olweny", "Odwar", "Langoya", "Okidi")),
    # Mangochi (Malawi): Yao, Muslim and Christian, with names that are words (Happy, Gladness, Talent, Knowledge, Trust)
    "mg": (("Eliness", "Fanny", "Edina", "Rahima", "Asiyatu", "Mwayiwawo", "Eneless", "Mirriam", "Sungeni", "Rabecca", "Gladness", "Happy",
            "Taonga", "Alinedi"),
           ("Yusufu", "Issa", "Tawonga", "Limbikani", "Saulos", "Bakili", "Talent", "Knowledge", "Trust", "Chimango", "Gomezgani", "Thandizo"),
           ("Bwanali", "Jafali", "Makawa", "Sumani", "Namata", "Mkwapatira", "Likupe", "Mataka", "Chimbalanga", "Kandulu", "Chilumpha", "Kanyenda",
            "Makuluni", "Saidi", "Kalindo", "Ntaba", "Kachale", "Jumbe", "Chinkhuntha")),
    # Nyeri (Kenya): Kikuyu
    "ny": (("Wanjiku", "Muthoni", "Waithira", "Wambui", "Gathoni", "Wanjeri", "Wamaitha", "Nyawira", "Wanjugu", "Kagure", "Wacera", "Nduta",
            "Waruguru", "Njambi", "Mumbi"),
           ("Githinji", "Muriithi", "Kimani", "Maina", "Kiama", "Gichuki", "Kinyanjui", "Ndirangu", "Wahome", "Kiarie", "Gikonyo", "Karuga",
            "Ngatia", "Muturi", "Kamunya"),
           ("Mathenge", "Kiragu", "Muchiri", "Gathogo", "Kinyua", "Nderitu", "Wanyoike", "Gachoka", "Kihara", "Kanyi", "Wamae", "Githaiga",
            "Ngunjiri", "Kahuthia", "Mwai", "Gakuru", "Muthee", "Wambugu", "Murage", "Kiriinya")),
    # Owerri (Imo State, Nigeria): Igbo, with names that are words (Goodness, Brilliant, Marvellous, Divine, Miracle)
    "ow": (("Chinenye", "Ozioma", "Nneoma", "Chiomaka", "Akunna", "Ngozika", "Urenna", "Chinwendu", "Udoka", "Nkiruka", "Goodness", "Marvellous",
            "Divine"),
           ("Chukwudi", "Ugochukwu", "Chimezie", "Kelenna", "Onyebuchi", "Ezinna", "Chigozie", "Okwudili", "Obioma", "Amaechi", "Izuchukwu",
            "Brilliant", "Miracle"),
           ("Iwuchukwu", "Ezeji", "Opara", "Onwuegbuzie", "Njoku", "Uwaezuoke", "Ihejirika", "Nwaogu", "Onyekwere", "Duru", "Ekwueme", "Amadi",
            "Ezeala", "Nwadike", "Okoroafor", "Ibeawuchi", "Ugwuoke", "Ohaeri")),
    # Omaha (Nebraska): Czech- and Polish-American, and South Sudanese (Dinka and Nuer) families
    "om": (("Dana", "Kristal", "LeAnn", "Nyabol", "Jaroslava", "Starla", "Tawny", "Jolynn", "Sharla", "Deidre", "Marcy", "Candace", "Becca",
            "Achai", "Aluel"),
           ("Garrett", "Mayom", "Akech", "Jaromir", "Jerrod", "Curt", "Darrin", "Kory", "Monte", "Cade", "Colt", "Kyler", "Atem", "Duot"),
           ("Novak", "Heldt", "Schroeder", "Sieck", "Paczosa", "Mach", "Zidek", "Vavricek", "Majak", "Wieczorek", "Brabec", "Hadrava")),
    # Multan (Punjab, Pakistan): Saraiki and Punjabi
    "mu": (("Iffat", "Kaneez", "Zubaida", "Naheed", "Parveen", "Asiya", "Sajida", "Robina", "Farhat"),
           ("Mushtaq", "Shafqat", "Imtiaz", "Waqas", "Farid", "Allah Ditta", "Ramzan", "Mehr Sajjad", "Altaf", "Sohail", "Qaiser", "Shahbaz",
            "Fayyaz", "Nazar"),
           ("Bosan", "Gardezi", "Langah", "Khakwani", "Dogar", "Sial", "Hiraj", "Kanju", "Chandio", "Noon", "Tareen", "Dahar", "Joiya", "Mahay",
            "Wattoo", "Lashari", "Hashmi", "Kharal", "Ghallu")),
    # Marquette (Michigan's Upper Peninsula): Finnish-American, Cornish-American and Anishinaabe families
    "mq": (("Kaija", "Tyyne", "Aili", "Mackenna", "Hilja", "Lempi", "Impi", "Kyllikki", "Bernita", "Annikki", "Kelsi"),
           ("Toivo", "Reino", "Wilho", "Jarrett", "Waabanong", "Arvo", "Onni", "Urho", "Aarne", "Sulho", "Jorma", "Kalle", "Weikko"),
           ("Maki", "Niemi", "Lahti", "Saari", "Koski", "Ojala", "Kivela", "Trudeau", "Sayers", "Trevarrow", "Shalifoe", "Huhta", "Aho", "Rautiola",
            "Juntunen", "Perala", "Lindquist", "Tapani", "Jacobetti", "Ruppe")),
    # Jinja (Busoga, Uganda): Basoga, with the birth-order names of twins (Waiswa's place taken by Isabirye, Nabirye)
    "jj": (("Namukose", "Nabirye", "Kagoya", "Naigaga", "Tibita", "Nangobi", "Nakaima", "Naisiko", "Kaudha", "Namwase", "Nabwire", "Mutesi",
            "Nakisuyi", "Kyakuwa"),
           ("Mukisa", "Isabirye", "Kirya", "Mugoya", "Wakabi", "Bakaki", "Muzaale", "Kasadha", "Ngobi", "Tigawalana", "Magoola", "Kaziba",
            "Balikowa", "Mpaata"),
           ("Nabongo", "Mulondo", "Gabula", "Kyemba", "Wambuzi", "Bazaale", "Nkono", "Menya", "Tenywa", "Lubogo", "Kawuma", "Isiko", "Waako",
            "Bagoole", "Kisambira", "Mutyaba", "Nabeta", "Kakaire", "Batambuze", "Wandera")),
    # Trincomalee (Sri Lanka): Tamil, Sinhala and Muslim families
    "tc": (("Kokilavani", "Malarvily", "Sakuntala", "Rohini", "Jeyanthi", "Shiroma", "Chathurika", "Tharsika", "Kanthimathy", "Vathani",
            "Kiruthiga", "Dilani", "Nishanthi", "Fazmina", "Rinosa"),
           ("Sritharan", "Kandeepan", "Lingeswaran", "Ravindran", "Jeganathan", "Irshad", "Sabry", "Thileepan", "Suthakaran", "Ketheeswaran",
            "Niroshan", "Sudath", "Nalin", "Imthiyas"),
           ("Mahalingam", "Kanthasamy", "Paramasivam", "Sellathurai", "Rathnayake", "Jayawardena", "Careem", "Sinnadurai", "Kumaraswamy",
            "Thirunavukkarasu", "Ariyaratnam", "Sivagnanam", "Manickavasagar", "Kaleel", "Thambiayah")),
    # Serowe (Central District, Botswana): Tswana (Bangwato), with names that are words in Setswana and English (Tiny, Smart, Honest)
    "sr": (("Boikanyo", "Kagisano", "Mpule", "Seipati", "Oarabile", "Kebonye", "Moipone", "Tsholofelo", "Kgalalelo", "Naledi", "Dineo", "Bontle",
            "Gorata"),
           ("Lesego", "Keabetswe", "Boipelo", "Gomolemo", "Tlotlo", "Phenyo", "Omphile", "Ofentse", "Moagi", "Tebatso", "Otlaadisa", "Thapelo",
            "Smart", "Honest"),
           ("Mogotsi", "Ramotswa", "Kgosiemang", "Moatlhodi", "Segokgo", "Tshekedi", "Ntwaagae", "Mmolawa", "Mothibi", "Keakabetse", "Sekgoma",
            "Mokgware", "Ramasedi", "Kebonang", "Mosweu", "Ditshotlo")),
    # Chipata (Eastern Province, Zambia): Chewa and Ngoni, with names that are words (Godknows, Clever, Peace, Fortune, Enough)
    "cp": (("Agness", "Mwaka", "Chabala", "Mapenzi", "Febby", "Nachilala", "Lushomo", "Temwani", "Kabaso", "Tasila", "Mwenya", "Peace",
            "Fortune", "Ketty"),
           ("Mathews", "Lazarous", "Gershom", "Steward", "Dingiswayo", "Tikhala", "Eneya", "Ackson", "Timpa", "Zindaba", "Godknows", "Clever",
            "Enough"),
           ("Daka", "Zulu", "Ngoma", "Mbozi", "Chulu", "Kalaba", "Ndhlovu", "Soko", "Njovu", "Kaluba", "Ngulube", "Mvula", "Nyangu", "Kapata",
            "Simfukwe", "Msimuko", "Sichone", "Mbulo", "Chimbala", "Chivuta")),
    # Koforidua (Eastern Region, Ghana): Akan (Akuapem and Akyem), day names among them
    "kf": (("Abenaa", "Yaa", "Afua", "Ama", "Obaapa", "Dedei", "Agyeiwaa", "Ohenewaa", "Boatemaa", "Asantewaa", "Pokuaa", "Amponsah"),
           ("Ato", "Kwakye", "Boakye", "Kwesi", "Kweku", "Nii", "Okyere", "Paapa", "Boadu", "Kwabla", "Akwasi", "Obeng"),
           ("Ansah", "Nkansah", "Asamoah", "Tetteh", "Ayim", "Adomako", "Akuffo", "Amankwah", "Ofosu", "Asiedu", "Kyei", "Bekoe", "Dankwah",
            "Aboagye", "Osafo", "Kumi", "Ntim", "Akrofi", "Addo")),
}  # fmt: skip
# How each culture writes a name: given name then surname, unless "malay" (given name, bin or binti, the father's given name), "chinese"
# (surname first), or "indian" (given name, a/l or a/p, the father's given name).
STYLES = {"kb": "malay", "mc": "chinese", "mi": "indian"}
# Names that are words, and surnames that are words or places.
COMMON_WORD_NAMES = ("Promise", "Chance", "Given", "Happy", "Gladness", "Talent", "Knowledge", "Trust", "Goodness", "Marvellous", "Divine",
                     "Brilliant", "Miracle", "Smart", "Honest", "Peace", "Fortune", "Godknows", "Clever", "Enough", "Providence", "Cleveland",
                     "Two Bulls", "Iron Shell", "Running Horse", "Blue Arm", "Noon", "Low")
name_words = blind18.name_words
fold20 = blind18.fold18
strip_marks = blind18.strip_marks


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists of bench/blind2.py to bench/blind19.py (their nicknames and misspellings too)."""
    return blind19.earlier_names() | blind19.own_names()


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
    """A person as the place writes the name: a Malay or Malaysian Indian name with bin, binti, a/l or a/p and the father's given name
    (addressed by the given name), a Chinese name surname first."""

    @property
    def style(self) -> str:
        return STYLES.get(self.culture, "")

    def link(self) -> str:
        return ("binti" if self.female else "bin") if self.style == "malay" else ("a/p" if self.female else "a/l")

    def plain(self) -> str:
        if self.style in ("malay", "indian"):
            return f"{self.first} {self.link()} {self.last}"
        if self.style == "chinese":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def sur(self) -> str:
        """How a letter addresses them after the title: the surname, or a Malay or Malaysian Indian's given name."""
        return L("PERSON", self.first if self.style in ("malay", "indian") else self.last)

    def caps(self) -> str:
        if self.style:
            return L("PERSON", self.plain().upper())
        return L("PERSON", f"{self.last.upper()}, {self.first}")

    def sur_first(self) -> str:
        return L("PERSON", self.plain()) if self.style else L("PERSON", f"{self.last}, {self.first}")


# ---------------------------------------------------------------- identifiers with a published check or structure

iban_check = blind18.iban_check


def nuban_digit(bank: str, serial: str) -> int:
    """Nigerian NUBAN (the Central Bank of Nigeria's standard): the bank's three-digit code and the nine-digit serial weighted
    3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3; the check ten less the sum modulo 10 (10 is 0)."""
    total = sum(int(c) * w for c, w in zip(bank + serial, (3, 7, 3) * 4))
    return (10 - total % 10) % 10


def aba_digit(eight: str) -> int:
    """US ABA routing number: the nine digits weighted 3, 7, 1 three times sum to a multiple of 10."""
    total = sum(int(c) * w for c, w in zip(eight, (3, 7, 1, 3, 7, 1, 3, 7)))
    return (10 - total % 10) % 10


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B or Z


def nic_days(born: datetime.date, female: bool) -> int:
    """Sri Lankan NIC: the day of the year as a leap year counts it (February has 29 days), plus 500 for a woman."""
    return (datetime.date(2000, born.month, born.day) - datetime.date(2000, 1, 1)).days + 1 + (500 if female else 0)


assert nuban_digit("058", "015211232") == nuban_digit("058", "015211232") and aba_digit("01100001") == 5
assert iban_check("PK", "SCBL0000001123456702") == "36"

# ---------------------------------------------------------------- dates, phone numbers

EN_MONTHS = blind18.EN_MONTHS
WEEKDAYS = blind18.WEEKDAYS
regroup = blind18.regroup
age_on = blind18.age_on
ordinal = blind18.ordinal

PHONES = {
    "ibadan": ("0803 ### ####", "0805 ### ####", "+234 806 ### ####", "0706 ### ####", "0813-###-####"),
    "kelantan": ("09-74# ####", "09-76# ####", "013-9## ####", "019-9## ####", "+60 11-1### ####"),
    "rajshahi": ("01711-######", "01819-######", "+880 1712-######", "0721-77####", "01911 ######"),
    "siouxfalls": ("(605) 33#-####", "605-36#-####", "(605) 2##-####", "605-9##-####"),
    "batticaloa": ("065 222 ####", "065 224 ####", "077 ### ####", "+94 77 ### ####", "075-#######"),
    "svg": ("(784) 45#-####", "784-49#-####", "(784) 53#-####", "784-45#-####"),
    "rarotonga": ("+682 2# ###", "+682 5# ###", "+682 7# ###"),
    "melaka": ("06-28# ####", "06-23# ####", "012-6## ####", "016-7## ####", "+60 17-6## ####"),
    "gulu": ("+256 772 ######", "0782 ######", "0471 43####", "0704 ######", "+256 392 ######"),
    "mangochi": ("+265 99# ### ###", "0888 ### ###", "01 594 ###", "0991 ### ###"),
    "nyeri": ("+254 722 ######", "0733 ######", "061 20#####", "0712 ######", "+254 110 ######"),
    "owerri": ("0803 ### ####", "+234 813 ### ####", "0909 ### ####", "0807-###-####"),
    "omaha": ("(402) 5##-####", "402-3##-####", "(531) 2##-####", "402-7##-####"),
    "multan": ("061-45#####", "0300-#######", "+92 301 #######", "061-65#####", "0333 #######"),
    "marquette": ("(906) 22#-####", "906-4##-####", "(906) 3##-####"),
    "jinja": ("+256 434 ######", "0772 ######", "0752 ######", "+256 701 ######"),
    "trinco": ("026 222 ####", "026 223 ####", "077 ### ####", "+94 71 ### ####"),
    "serowe": ("463 ####", "+267 71 ### ###", "72 ### ###", "+267 463 ####"),
    "chipata": ("+260 97# ######", "0216 22####", "0977 ######", "0966 ######"),
    "koforidua": ("+233 24 ### ####", "020 ### ####", "034 202 ####", "054 ### ####"),
}  # fmt: skip

Doc = tuple[str, str, str]  # (the instruction, the document, the answer)


class Gen(blind19.Gen):
    """bench/blind18.py's draws (people who do not repeat a name within a document, dates as documents write them) with this
    corpus's people, phone numbers and identifiers."""

    def person(self, culture: str, female: bool | None = None) -> Person:
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        last = self._name(surnames)
        return Person(self._name(women if female else men), last, culture, female)

    def relative(self, p: Person, female: bool) -> Person:
        """Someone of the family: the family's surname, or, where a name carries the father's given name, a child of a father
        carries his given name."""
        r = self.person(p.culture, female)
        if p.style in ("malay", "indian"):
            r.last = p.first if not p.female else p.last
        else:
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

    def nuban(self, bank: str) -> str:
        serial = self.digits(9)
        return serial + str(nuban_digit(bank, serial))

    def aba(self) -> str:
        """A routing number of the Federal Reserve's Omaha branch (104...), with its check digit."""
        eight = "1040" + self.digits(4)
        return eight + str(aba_digit(eight))

    def pk_iban(self) -> str:
        return self.iban_of("PK", self.pick(("HABB", "MUCB", "UNIL", "ALFH", "MEZN", "BAHL")) + self.digits(16))

    def mbi(self) -> str:
        """A Medicare Beneficiary Identifier: eleven characters, digit 1-9, letter, letter or digit, digit, letter, letter or digit,
        digit, letter, letter, digit, digit (letters without S, L, O, I, B, Z), written in groups of four, three and four."""
        a = self.pick("123456789") + self.pick(MBI_LETTERS) + self.pick(MBI_LETTERS + "0123456789") + self.digits(1)
        b = self.pick(MBI_LETTERS) + self.pick(MBI_LETTERS + "0123456789") + self.digits(1)
        c = self.pick(MBI_LETTERS) + self.pick(MBI_LETTERS) + self.digits(2)
        return f"{a}-{b}-{c}"

    # identifiers whose structure carries the birth date, the sex or the place

    def mykad(self, born: datetime.date, state: str, female: bool) -> str:
        """Malaysian MyKad: YYMMDD, the state of birth's code (03 Kelantan, 04 Melaka), three digits and a last digit odd for a man."""
        return f"{born:%y%m%d}-{state}-{self.digits(3)}{self.pick('02468' if female else '13579')}"

    def lk_nic(self, born: datetime.date, female: bool, new: bool) -> str:
        """Sri Lankan NIC: the old form YY, the day of the year (plus 500 for a woman), three digits, a digit and V; the new form the
        four-digit year, the same day number, 0, and the old form's last four digits."""
        tail = self.digits(4)
        new = new or born.year >= 2000  # the old form was never issued to anyone born after 1999
        days = f"{nic_days(born, female):03d}"
        return f"{born.year}{days}0{tail}" if new else f"{born.year % 100:02d}{days}{tail}V"

    def cnic(self, female: bool) -> str:
        """Pakistani CNIC, 5-7-1: 3 for Punjab, 6 for Multan division, ... and a last digit even for a woman, odd for a man."""
        return f"36{self.pick('123')}0{self.digits(1)}-{self.digits(7)}-{self.pick('2468' if female else '13579')}"

    def omang(self, female: bool) -> str:
        """Botswana Omang: nine digits, the fifth 2 for a woman and 1 for a man."""
        return f"{self.digits(4)}{'2' if female else '1'}{self.digits(4)}"

    def ug_nin(self, born: datetime.date, female: bool) -> str:
        """Ugandan NIN as the author understands it: C (a citizen), F or M, the birth year's last two digits, six digits, four letters."""
        return f"C{'F' if female else 'M'}{born.year % 100:02d}{self.digits(6)}{self.letters(4)}"

    def bd_nid(self, born: datetime.date) -> str:
        """Bangladeshi seventeen-digit NID: the birth year, 81 for Rajshahi district, a rural-or-urban digit, the upazila, the union and
        a serial."""
        return f"{born.year}81{self.pick('129')}{self.digits(10)}"

    def mi_dl(self, p: Person) -> str:
        """A Michigan driver's licence number: the surname's initial and twelve digits, written in groups of three."""
        d = self.digits(12)
        return f"{fold20(p.last)[0].upper()} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"


def _one_document(write: Callable[[Gen], Doc]) -> Callable[[Gen], Doc]:
    """The writer, starting each document with no names given yet and counting the documents of its type (bench/blind18.py's)."""
    return blind18._one_document(write)  # type: ignore[arg-type]


# ---------------------------------------------------------------- allied health and primary care outside the hospital

IB_AREAS = ("Bodija", "Mokola", "Ring Road", "Challenge", "Agodi", "Oluyole Estate", "Sango", "Iwo Road", "Apata", "Akobo")
IB_STREETS = ("{n} Awolowo Avenue, off Bodija Market Road", "{n} Lagelu Close, by Agodi Gardens", "{k} Osuntokun Avenue, Old Bodija",
              "{n} Oba Adebimpe Road, opposite Mapo Hall", "{k} Alafia Street, off Ring Road", "{n} Akala Expressway, by Oluyole Estate gate")
IB_PHARMACIES = ("Bodija Medicine Store Ltd", "Oke-Ado Health Pharmacy Ltd", "Mokola Community Pharmacy Ltd", "Agodi Wellcare Pharmacy Ltd")
IB_DRUGS = (("amlodipine 10 mg once daily", "lisinopril 20 mg once daily", "hypertension"),
            ("metformin 1 g twice daily", "glibenclamide 5 mg mane", "type 2 diabetes"),
            ("salbutamol 100 mcg inhaler PRN", "beclometasone 200 mcg twice daily", "asthma"),
            ("artemether-lumefantrine 80/480 mg", "paracetamol 1 g QDS PRN", "uncomplicated malaria"),
            ("hydroxyurea 500 mg daily", "folic acid 5 mg daily", "sickle cell disease"))


def community_pharmacy_medicines_review(g: Gen) -> Doc:
    """An Ibadan community pharmacist's medicines use review: the patient and the NIN, the address given with its landmark (off, by,
    opposite), the prescriber, the regimen and adherence, the pharmacist's PCN registration and the premises, the follow-up; the answer
    the action list or the letter to the prescriber."""
    pt, ph, dr, kin = g.person("ib"), g.person("ib"), g.person("ib"), g.person("ib")
    a, b, cond = g.pick(IB_DRUGS)
    born, seen = g.born(1948, 1990), g.base(2022, 2025)
    review = g.later(seen, 21, 42)
    pharmacy = g.pick(IB_PHARMACIES)
    t1, t1b = g.tel2("ibadan")
    t2, _ = g.tel2("ibadan")
    nin = g.digits(11)
    pcn = f"PCN/{g.digits(5)}"
    rc = f"RC {g.rng.randint(100000, 1999999)}"
    terms = [K(a), K(b), K(cond), K("Morisky score 5"), K("BP 152/94 mmHg"), K("Pharmacists Council of Nigeria")]
    mail = g.mail(pt, g.pick(("gmail.com", "yahoo.com")))
    body = (f"MEDICINES USE REVIEW - {g.org(pharmacy)} ({L('COMPANY_REGISTRATION', rc)})\nPremises: {g.loc(g.fill(g.pick(IB_STREETS)))}, "
            f"{g.loc(g.pick(IB_AREAS))}, Ibadan\nDate: {g.date(seen, g.pick(('long', 'num', 'ord')))}\n"
            f"Patient: {pt.full()}   DOB: {g.date(born, 'num')}   NIN: {L('NATIONAL_ID', nin)}\nPhone: {t1}   E-mail: {mail}\n"
            f"Lives at {g.loc(g.fill(g.pick(IB_STREETS)))}; next of kin {kin.full()} ({t2}).\n"
            f"Prescriber: Dr {dr.full()}, {g.org(g.pick(('Adeoyo Maternity Teaching Hospital', 'Jericho Specialist Hospital', 'Oluyoro Catholic Hospital')))}\n"
            f"Condition: {terms[2]}. Current medicines: {terms[0]}; {terms[1]}.\n"
            f"Adherence: {terms[3]}; {pt.given()} says {pt.he()} skips the evening dose on market days. Reading today {terms[4]}.\n"
            f"Agreed: pill organiser, reminder on the phone, review on {g.date(review, 'wk')}.\n"
            f"Pharmacist: Pharm. {ph.full()}, registered with the {terms[5]}, {L('LICENSE_NUMBER', pcn)}")
    k = g.rng.randrange(2)
    task = (g.pick(("List the agreed actions with the patient's details as a table.", "Make an action table from this review.")),
            g.pick(("Draft the pharmacist's letter to the prescriber.", "Write the note to the prescribing doctor about this review.")))[k]
    if k == 0:
        answer = (f"| Field | Detail |\n|---|---|\n| Patient | {pt.caps()} |\n| NIN | {L('NATIONAL_ID', nin[:4] + ' ' + nin[4:8] + ' ' + nin[8:])} |\n"
                  f"| Phone | {t1b} |\n| Medicines | {terms[0]}; {terms[1]} |\n| Review | {g.long(review)} |\n| Pharmacist | {ph.sur_first()} ({L('LICENSE_NUMBER', pcn)}) |")
    else:
        answer = (f"Dear Dr {dr.sur()},\nRe: {pt.caps()}, born {g.long(born)}.\nAt review on {g.long(seen)} adherence was poor ({terms[3]}) and "
                  f"{terms[4]}. Please consider once-daily dosing of {terms[1]}. We review again on {g.long(review)}.\nPharm. {ph.full()}, {g.org(pharmacy)} ({L('COMPANY_REGISTRATION', rc.replace(' ', ''))})")
    return task, body, answer


KB_AREAS = (("Kota Bharu", "15"), ("Pasir Mas", "17"), ("Tumpat", "16"), ("Bachok", "16"), ("Pengkalan Chepa", "16"), ("Ketereh", "16"))
KB_STREETS = ("Lot {n}, Jalan Sultan Yahya Petra", "No. {n}, Jalan Kuala Krai", "Lot {k}, Kampung Sireh", "{n}, Jalan Hospital",
              "Lot {n}, Kampung Kubang Kerian", "PT {n}, Jalan Pengkalan Chepa")
KB_CLINICS = ("Klinik Pergigian Senyum Kota Bharu", "Klinik Gigi Nik Zainab", "Klinik Pergigian Wakaf Che Yeh", "Pusat Pergigian Tunjong")
TEETH = (("36", "MOD composite restoration"), ("46", "root canal treatment and crown"), ("11", "porcelain veneer"), ("26", "extraction"),
         ("38", "surgical removal of impacted tooth"), ("47", "fissure sealant"), ("21", "composite build-up"), ("45", "amalgam replacement"))


def dental_treatment_plan_and_consent(g: Gen) -> Doc:
    """A Kota Bharu dental clinic's treatment plan and consent: the patient (bin or binti) and the MyKad that carries the birth date,
    Kelantan's code and the sex, the guardian where a minor, the teeth in FDI notation with the procedures and fees, the dentist's
    Malaysian Dental Council number, the clinic's SSM registration; the answer the plan as a table or the consent summary."""
    pt, dds, parent, dsa = g.person("kb"), g.person("kb"), g.person("kb"), g.person("kb", True)
    parent = g.relative(pt, False) if g.rng.random() < 0.5 else parent
    born, seen = g.born(1960, 2005), g.base(2022, 2025)
    (t1, p1), (t2, p2) = g.rng.sample(TEETH, 2)
    town, pc = g.pick(KB_AREAS)
    clinic = g.pick(KB_CLINICS)
    ic = g.mykad(born, "03", pt.female)
    ssm = f"{g.rng.randint(2015, 2023)}03{g.digits(6)} ({g.digits(7)}-{g.letters(1)})"
    mdc = f"{g.digits(5)}"
    tel, tel_b = g.tel2("kelantan")
    fees = [g.rng.randint(8, 40) * 10, g.rng.randint(8, 90) * 10]
    terms = [K(f"tooth {t1}"), K(f"tooth {t2}"), K(p1), K(p2), K(f"RM{fees[0]}"), K(f"RM{fees[1]}"), K("lignocaine 2% with adrenaline 1:80,000"), K("BPE 2")]
    stamp = g.at(seen, g.rng.randint(9, 17))
    body = (f"{g.org(clinic)} (SSM {L('COMPANY_REGISTRATION', ssm)})\nPELAN RAWATAN / TREATMENT PLAN AND CONSENT\n"
            f"Nama / Name: {pt.upper()}\nNo. K/P (MyKad): {L('NATIONAL_ID', ic)}\nAlamat: {g.loc(g.fill(g.pick(KB_STREETS)))}, {g.loc(f'{pc}{g.digits(3)} {town}')}, Kelantan\n"
            f"Tel: {tel}\nFindings: {terms[7]}; caries {terms[0]}; {terms[1]} symptomatic.\n"
            f"Plan: 1) {terms[0]} - {terms[2]}, {terms[4]}. 2) {terms[1]} - {terms[3]}, {terms[5]}. Local anaesthetic {terms[6]}.\n"
            f"Risks explained in Kelantanese Malay: \"Sakit sikit jah, tak lamo.\" Patient agreed, signed {stamp}.\n"
            f"Witness / next of kin: {parent.full()}\nDental surgery assistant: {dsa.full()}. Next visit {g.date(g.later(seen, 7, 21), 'wk')}.\n"
            f"Dentist: Dr {dds.full()}, MDC reg. {L('LICENSE_NUMBER', mdc)}")
    k = g.rng.randrange(2)
    task = (g.pick(("Turn the plan into a table with the patient's details.", "Tabulate this treatment plan.")),
            g.pick(("Write a short consent summary for the patient's file.", "Summarise the consent given, for the file.")))[k]
    if k == 0:
        answer = (f"Patient: {pt.caps()} (IC {L('NATIONAL_ID', ic.replace('-', ''))}), tel. {tel_b}\n| Tooth | Procedure | Fee |\n|---|---|---|\n"
                  f"| {terms[0]} | {terms[2]} | {terms[4]} |\n| {terms[1]} | {terms[3]} | {terms[5]} |\nDentist: Dr {dds.sur()}")
    else:
        answer = (f"{pt.full()} consented on {g.long(seen)} to {terms[2]} ({terms[0]}) and {terms[3]} ({terms[1]}) under {terms[6]}, "
                  f"witnessed by {parent.caps()}. Dentist Dr {dds.full()} (MDC {L('LICENSE_NUMBER', mdc)}).")
    return task, body, answer


RJ_AREAS = ("Shaheb Bazar", "Upashahar", "Kazla", "Talaimari", "Laxmipur", "Sapura", "Boalia", "Paba", "Godagari", "Puthia")
RJ_STREETS = ("House {n}, Road {k}, Sector {m}, Upashahar", "Holding {n}, Kazla Gate", "{n}/{k} Shaheb Bazar Zero Point",
              "Village Baroipara, P.O. Nowhata, Paba", "House {n}, Talaimari Mor", "Holding {k}, Laxmipur Jhautala")
REFRACTIONS = ("R -2.25 DS / L -2.75 DS", "R +1.50/-0.75 x 90 / L +1.25 DS", "R -4.00/-1.25 x 180 / L -3.50/-1.00 x 170",
               "R +2.00 DS add +2.25 / L +2.25 DS add +2.25", "R -0.50/-2.00 x 10 / L -0.75/-1.75 x 165")


def optometry_referral(g: Gen) -> Doc:
    """A Rajshahi optometrist's referral to the eye hospital: the patient, the seventeen-digit NID that begins with the birth year
    and Rajshahi's code, the guardian, the refraction, the pressures and the findings, the optometrist's registration; the answer
    the referral summary or the appointment letter."""
    pt, opt, guard, oph = g.person("rj"), g.person("rj"), g.person("rj", False), g.person("rj")
    born, seen = g.born(1950, 2000), g.base(2022, 2025)
    nid = g.bd_nid(born)
    tel, tel_b = g.tel2("rajshahi")
    ref = g.pick(REFRACTIONS)
    iop = (g.rng.randint(22, 34), g.rng.randint(14, 30))
    cdr = g.pick(("0.7", "0.8", "0.6"))
    terms = [K(ref), K(f"IOP {iop[0]}/{iop[1]} mmHg"), K(f"cup-to-disc ratio {cdr}"), K("6/18"), K("Amsler grid"), K("glaucoma suspect"), K("timolol 0.5%")]
    mail = g.mail(opt, "rajshahieyecare.com.bd")
    body = (f"REFERRAL - {g.org(g.pick(('Nowhata Eye Care Centre', 'Shaheb Bazar Vision Centre', 'Boalia Optical and Eye Clinic')))}\n"
            f"To: {g.org(g.pick(('Islami Bank Hospital Rajshahi', 'Rajshahi Medical College Hospital', 'Chapai Eye Hospital')))}, Dr {oph.full()}\n"
            f"Patient: {pt.full()}, {age_on(born, seen)} years; NID {L('NATIONAL_ID', nid)}\nGuardian: {guard.full()} (husband/father), "
            f"mobile {tel}\nAddress: {g.loc(g.fill(g.pick(RJ_STREETS)))}, {g.loc(g.pick(RJ_AREAS))}, {g.loc('Rajshahi')}\n"
            f"Seen {g.date(seen, g.pick(('long', 'dash', 'num')))}. VA {terms[3]} right. Refraction {terms[0]}.\n"
            f"{terms[1]}; {terms[2]} right; {terms[4]} normal. Impression: {terms[5]}. Not started {terms[6]} - for your decision.\n"
            f"{opt.full()}, B.Optom, reg. no. {L('LICENSE_NUMBER', f'BOS-{g.digits(4)}')}, {mail}")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the referral in four lines.", "Write the referral summary for the hospital's intake list.")),
            g.pick(("Draft the hospital's appointment letter to the patient.", "Write the appointment letter the eye hospital sends.")))[k]
    appt = g.later(seen, 5, 30)
    if k == 0:
        answer = (f"{pt.caps()} (NID {L('NATIONAL_ID', nid)})\n{terms[5]}: {terms[1]}, {terms[2]}.\nRefraction {terms[0]}.\n"
                  f"Contact {guard.full()}, {tel_b}.")
    else:
        answer = (f"Dear {pt.full()},\nYou are booked to see Dr {oph.sur()} on {g.date(appt, 'wk')} about {terms[5]}. Bring your glasses ({terms[0]}) "
                  f"and your NID {L('NATIONAL_ID', nid)}. Referred by {opt.full()} on {g.long(seen)}.")
    return task, body, answer


SF_STREETS = ("{n}{k} S Minnesota Ave", "{n}0{k} W 41st St", "{n}{m} E Arrowhead Pkwy", "{k}1{n} S Cliff Ave", "{n}{k} N Kiwanis Ave")
SF_TOWNS = (("Sioux Falls", "571"), ("Brandon", "57005"), ("Harrisburg", "57032"), ("Tea", "57064"), ("Hartford", "57033"), ("Canton", "57013"))


def audiology_report(g: Gen) -> Doc:
    """A Sioux Falls audiologist's diagnostic report: the patient (a Lakota surname that is words among them), the Medicare
    Beneficiary Identifier, the referring physician, the thresholds in dB HL, tympanometry and speech scores, the hearing aids
    recommended, the audiologist's state licence, the patient portal; the answer the results table or the letter to the GP."""
    pt, aud, pcp, fam = g.person("sf"), g.person("sf"), g.person("sf"), g.person("sf")
    born, seen = g.born(1938, 1960), g.base(2022, 2025)
    town, z = g.pick(SF_TOWNS)
    z = z + g.digits(2) if len(z) == 3 else z
    mbi = g.mbi()
    tel, tel_b = g.tel2("siouxfalls")
    r, l = g.rng.randint(35, 60), g.rng.randint(40, 70)
    terms = [K(f"{r} dB HL"), K(f"{l} dB HL"), K("Type A tympanogram"), K(f"WRS {g.rng.randint(60, 92)}%"), K("sensorineural hearing loss"),
             K("HHIE-S score 18"), K("QuickSIN")]
    mrn = g.digits(8)
    portal = L("URL", f"https://mychart.{g.pick(('prairieears', 'dakotahearing', 'siouxvalleyaudiology'))}.com/visit/{g.digits(7)}")
    body = (f"{g.org(g.pick(('Prairie Ears Audiology', 'Big Sioux Hearing Center', 'Sioux Valley Audiology Clinic')))} - DIAGNOSTIC AUDIOLOGIC EVALUATION\n"
            f"Patient: {pt.sur_first()}   DOB: {g.date(born, 'num').replace('/', '-')}   MRN {L('HEALTH_ID', mrn)}   Medicare (MBI) {L('HEALTH_ID', mbi)}\n"
            f"Address: {g.loc(g.fill(g.pick(SF_STREETS)))}, {g.loc(f'{town}, SD {z}')}   Phone: {tel}\n"
            f"Referred by: {pcp.full()}, MD. Date of test: {g.date(seen, 'us')}. Accompanied by {fam.full()}.\n"
            f"Results: pure-tone average {terms[0]} right, {terms[1]} left; {terms[2]} both ears; {terms[3]} in quiet; {terms[6]} SNR loss 9 dB.\n"
            f"Impression: bilateral {terms[4]}; {terms[5]}.\nPlan: bilateral receiver-in-canal hearing aids; results on {portal}.\n"
            f"{aud.full()}, Au.D., CCC-A, South Dakota license {L('LICENSE_NUMBER', f'AU-{g.digits(4)}')}")
    k = g.rng.randrange(2)
    task = (g.pick(("Put the results into a table with the patient header.", "Tabulate the audiogram results.")),
            g.pick(("Write the letter to the referring physician.", "Draft the results letter to the primary care doctor.")))[k]
    if k == 0:
        answer = (f"{pt.caps()} | MBI {L('HEALTH_ID', mbi.replace('-', ''))} | tested {g.long(seen)}\n| Ear | PTA |\n|---|---|\n| Right | {terms[0]} |\n"
                  f"| Left | {terms[1]} |\nDiagnosis: {terms[4]}. Phone {tel_b}.")
    else:
        answer = (f"Dear Dr. {pcp.sur()},\nI saw {pt.full()} (born {g.date(born, 'us')}) on {g.long(seen)}. Findings: {terms[4]}, {terms[0]} right and "
                  f"{terms[1]} left. Hearing aids recommended.\nSincerely, {aud.full()}, Au.D.")
    return task, body, answer

BT_PLACES = ("Kattankudy", "Eravur", "Kaluwanchikudy", "Valaichenai", "Chenkalady", "Arayampathy", "Kallady", "Oddamavadi")
BT_STREETS = ("No. {n}, Bar Road", "{n}/{k}, Lady Manning Drive", "No. {k}, Main Street, Kattankudy-{m}", "{n}, Trinco Road",
              "No. {n}, Central Road, Eravur", "{k}/2, Kalmunai Road")
BT_CASES = (("chest pain", "aspirin 300 mg chewed", "GCS 15/15", "STEMI on 12-lead ECG"),
            ("road traffic collision, motorcycle", "tramadol 50 mg IV", "GCS 14/15", "suspected fractured left femur"),
            ("snakebite, right foot", "hydrocortisone 100 mg IV", "GCS 15/15", "Russell's viper envenoming"),
            ("fall from a coconut tree", "paracetamol 1 g IV", "GCS 13/15", "suspected spinal injury"))


def ambulance_patient_care_record(g: Gen) -> Doc:
    """A Batticaloa "1990 Suwa Seriya" ambulance's patient care record: the incident number, the times (24-hour clock), the scene
    address, the patient and the NIC (old or new, the day number carrying the birth date and the sex), the caller, the vital signs,
    the drugs given, the handover at the hospital and the crew's registrations; the answer the timeline or the handover summary."""
    pt, caller, emt, emt2, doc = g.person("bt"), g.person("bt"), g.person("bt"), g.person("bt"), g.person("bt")
    born, day = g.born(1945, 2003), g.base(2022, 2025)
    new = g.rng.random() < 0.5
    nic = g.lk_nic(born, pt.female, new)
    what, drug, gcs, impression = g.pick(BT_CASES)
    call = datetime.datetime(day.year, day.month, day.day, g.rng.randint(0, 21), g.rng.randint(0, 59))
    scene, leave, arrive = (call + datetime.timedelta(minutes=m) for m in (g.rng.randint(8, 19), g.rng.randint(25, 40), g.rng.randint(45, 70)))
    tel, tel_b = g.tel2("batticaloa")
    terms = [K(drug), K(gcs), K(impression), K("SpO2 94%"), K(f"BP {g.rng.randint(90, 170)}/{g.rng.randint(55, 100)}"), K("NEWS2 6")]
    incident = f"{day:%y%m%d}-{g.digits(4)}"
    body = (f"1990 SUWA SERIYA - PATIENT CARE RECORD   Incident {L('CASE_NUMBER', incident)}\nDate: {g.date(day, 'iso')}\n"
            f"Call {call:%H:%M}, at scene {scene:%H:%M}, left scene {leave:%H:%M}, at hospital {arrive:%H:%M}\n"
            f"Scene: {g.loc(g.fill(g.pick(BT_STREETS)))}, {g.loc(g.pick(BT_PLACES))}\nCaller: {caller.full()}, {tel}\n"
            f"Patient: {pt.full()}, {age_on(born, day)} y, {'F' if pt.female else 'M'}; NIC {L('NATIONAL_ID', nic)}\n"
            f"Complaint: {what}. Obs: {terms[4]}, {terms[3]}, {terms[1]}, {terms[5]}.\nTreatment: {terms[0]}, oxygen.\n"
            f"Impression: {terms[2]}.\nHanded over to Dr {doc.full()}, {g.org(g.pick(('Teaching Hospital Batticaloa', 'Base Hospital Kaluwanchikudy', 'Divisional Hospital Eravur')))}.\n"
            f"Crew: EMT {emt.full()} (reg. {L('LICENSE_NUMBER', 'EMT' + g.digits(5))}) and EMT {emt2.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Lay out the timeline of the call with the patient's details.", "Make a timeline of this ambulance call.")),
            g.pick(("Write the handover summary in SBAR form.", "Give the SBAR handover for the emergency doctor.")))[k]
    stamp = f"{g.long(day)}"
    if k == 0:
        answer = (f"Patient {pt.caps()}, NIC {L('NATIONAL_ID', nic)}, incident {L('CASE_NUMBER', incident.replace('-', ''))}\n"
                  f"- {L('DATE_TIME', f'{call:%H:%M} on {day.day} {EN_MONTHS[day.month - 1]} {day.year}')}: call from {caller.full()} ({tel_b})\n"
                  f"- {scene:%H:%M}: at scene; {terms[0]} given\n- {arrive:%H:%M}: handed over to Dr {doc.sur()}\n({stamp})")
    else:
        answer = (f"S: {pt.full()}, {what}, {stamp}.\nB: NIC {L('NATIONAL_ID', nic)}.\nA: {terms[4]}, {terms[3]}, {terms[1]}; {terms[2]}.\n"
                  f"R: {terms[0]} given; for Dr {doc.sur()}. Crew lead {emt.caps()}.")
    return task, body, answer


SVG_PLACES = ("Georgetown", "Barrouallie", "Layou", "Calliaqua", "Mesopotamia", "Chateaubelair", "Sandy Bay", "Biabou", "Stubbs", "Port Elizabeth, Bequia")
SVG_STREETS = ("Lot {n}, Belair", "{k} Murray Road", "Upper Questelles", "Lot {n}, Choppins", "Fountain, off the Vigie Highway", "{n} Redemption Sharpes")
SVG_CLINICS = ("Georgetown Smart Health Centre", "Buccament Health Centre", "Calliaqua Health Centre", "Chateaubelair Health Centre")
WOUNDS = (("venous leg ulcer, left gaiter", "compression bandage four-layer"), ("sacral pressure ulcer grade 3", "hydrocolloid dressing"),
          ("post-amputation stump, right below-knee", "silver alginate dressing"), ("diabetic ulcer, right hallux", "iodine dressing"))


def district_nurse_visit_log(g: Gen) -> Doc:
    """A St Vincent district nurse's visit log for a housebound patient: the patient, the NIS number, the health centre and its
    record number, the address up a hill road, the carer, visits with dates and 24-hour times, the wound and the dressings, the
    insulin, the nurse's registration; the answer the visits as a table or the referral to the doctor."""
    pt, nurse, carer, dr = g.person("sv"), g.person("sv"), g.person("sv"), g.person("sv")
    born = g.born(1930, 1960)
    d1 = g.base(2022, 2025)
    visits = [d1, g.later(d1, 2, 4)]
    visits.append(g.later(visits[1], 2, 5))
    wound, dressing = g.pick(WOUNDS)
    tel, tel_b = g.tel2("svg")
    nis = g.digits(6)
    rec = f"{g.letters(2)}/{g.digits(5)}"
    terms = [K(wound), K(dressing), K("insulin glargine 18 units nocte"), K("CBG 14.2 mmol/L"), K("Waterlow score 16"), K("Braden scale 13")]
    place = g.pick(SVG_PLACES)
    times = [f"{g.rng.randint(8, 15):02d}:{g.rng.randint(0, 59):02d}" for _ in visits]
    lines = "\n".join(f"{L('DATE_TIME', f'{v.day:02d}/{v.month:02d}/{v.year} {t}')} - {s}" for v, t, s in zip(visits, times, (
        f"wound cleaned, {terms[1]}; {terms[3]}", f"{terms[4]}; {terms[2]} given by {carer.given()}", f"{terms[5]}; slough reduced")))
    body = (f"DISTRICT NURSING - VISIT LOG   {g.org(g.pick(SVG_CLINICS))}   Record {L('HEALTH_ID', rec)}\n"
            f"Patient: {pt.caps()}   DOB {g.date(born, 'num')}   NIS No. {L('NATIONAL_ID', nis)}\n"
            f"Address: {g.loc(g.fill(g.pick(SVG_STREETS)))}, {g.loc(place)} (the green house past the rum shop)\nTel: {tel}\n"
            f"Carer: {carer.full()} (daughter-in-law)\nProblem: {terms[0]}.\n{lines}\n"
            f"Nurse {nurse.full()}, RN/RM, Nursing Council reg. {L('LICENSE_NUMBER', f'SVG-RN-{g.digits(4)}')}")
    k = g.rng.randrange(2)
    task = (g.pick(("Put the visits in a table: date, time, what was done.", "Tabulate the nursing visits.")),
            g.pick(("Write the nurse's referral to the district medical officer.", "Draft a referral to the doctor about this patient.")))[k]
    if k == 0:
        answer = (f"{pt.sur_first()} (NIS {L('NATIONAL_ID', nis)})\n| Date | Time | Care |\n|---|---|---|\n"
                  + "\n".join(f"| {g.long(v)} | {t} | {s} |" for v, t, s in zip(visits, times, (terms[1], terms[2], terms[5]))))
    else:
        answer = (f"Dr {dr.full()},\nPlease review {pt.full()} (record {L('HEALTH_ID', rec)}) at {g.loc(place)}: {terms[0]}, {terms[3]} on "
                  f"{g.long(visits[0])}. Carer {carer.caps()}, tel. {tel_b}.\nNurse {nurse.sur_first()}")
    return task, body, answer


RT_VILLAGES = ("Avarua", "Arorangi", "Titikaveka", "Ngatangiia", "Matavera", "Nikao", "Muri", "Tupapa", "Avatiu")


def diabetic_foot_assessment(g: Gen) -> Doc:
    """A Rarotonga diabetes nurse's and podiatrist's foot assessment: the patient, the hospital number, the village and the tapere,
    the Ipswich Touch Test, monofilament and pulses, the risk grade, the footwear, the next review; the answer the screening summary
    or the letter to the patient, partly in Cook Islands Māori."""
    pt, pod, gp, son = g.person("rt"), g.person("rt"), g.person("rt"), g.person("rt")
    born, seen = g.born(1945, 1975), g.base(2022, 2025)
    nxt = g.later(seen, 80, 100)
    hosp = f"RH{g.digits(6)}"
    tel, tel_b = g.tel2("rarotonga")
    village = g.pick(RT_VILLAGES)
    terms = [K("Ipswich Touch Test 4/6"), K("10 g monofilament"), K("HbA1c 9.1%"), K("SINBAD score 2"), K("high risk"), K("metformin 1 g BD"),
             K("dorsalis pedis")]
    mail = g.mail(pt, "oyster.net.ck")
    body = (f"{g.org('Te Marae Ora')} - {g.org(g.pick(('Rarotonga Hospital Diabetes Clinic', 'Tupapa Community Health Centre')))}\n"
            f"DIABETIC FOOT ASSESSMENT   Patient no. {L('HEALTH_ID', hosp)}\nName: {pt.full()}   Born {g.date(born, 'long')}\n"
            f"Home: {g.loc(g.fill('Section {n}, ' + village))}, {g.loc('Rarotonga')}   Ph {tel}   {mail}\n"
            f"Date: {g.date(seen, 'num')}. {terms[0]}; {terms[1]} absent at 3 sites on the left. {terms[6]} pulse weak, left.\n"
            f"{terms[2]} on {terms[5]}. Callus right 1st MTPJ; ulcer {terms[3]}.\nRisk: {terms[4]}. Son {son.full()} to buy wider shoes.\n"
            f"Kia orana e kia manuia. Review {g.date(nxt, 'ord')}.\nPodiatrist {pod.full()}; copy to Dr {gp.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the screening summary for the diabetes register.", "Summarise this foot screen for the register.")),
            g.pick(("Draft a short letter to the patient about the result and the next visit.", "Write the patient's reminder letter.")))[k]
    if k == 0:
        answer = (f"{pt.caps()} ({L('HEALTH_ID', hosp)}), {g.loc(village)}: {terms[4]}; {terms[0]}; {terms[3]}. Next review {g.long(nxt)}. "
                  f"Phone {tel_b}.")
    else:
        answer = (f"Kia orana {pt.given()},\nYour feet were checked on {g.long(seen)}. The result is {terms[4]}: please wear the wider shoes "
                  f"{son.given()} is buying and come back on {g.long(nxt)}.\n{pod.full()}, podiatrist")
    return task, body, answer


MK_STREETS = ("No. {n}, Jalan Hang Jebat", "{n}, Jalan Tun Tan Cheng Lock", "No. {k}, Jalan Ujong Pasir", "{n}, Lorong Bukit Baru {m}",
              "No. {n}, Jalan Parameswara", "{k}, Taman Kota Laksamana")
MK_TOWNS = (("Melaka", "75"), ("Ayer Keroh", "75450"), ("Alor Gajah", "78000"), ("Jasin", "77000"), ("Bukit Baru", "75150"), ("Ujong Pasir", "75050"))


def speech_therapy_report(g: Gen) -> Doc:
    """A Melaka speech-language therapist's report on a child: the child and the parent (a Chinese name surname first, a Eurasian
    name, or a/l and a/p), the MyKid number (Melaka's code, the birth date, the sex), the school and pupil number, the assessments
    (CELF-5, GFTA-3), goals, the therapist's registration; the answer the goals table or the letter to the school."""
    culture = g.pick(("mc", "me", "mi"))
    child, parent = g.person(culture), g.person(culture)
    if culture == "mi":
        parent = g.person("mi", False)
        child.last = parent.first
    elif culture != "me" or g.rng.random() < 0.7:
        parent.last = child.last
    slt, teacher = g.person(g.pick(("mc", "me"))), g.person(g.pick(("mc", "me", "mi")))
    born, seen = g.born(2014, 2019), g.base(2023, 2025)
    ic = g.mykad(born, "04", child.female)
    town, pc = g.pick(MK_TOWNS)
    pc = pc + g.digits(3) if len(pc) == 2 else pc
    school = g.pick(("SJK(C) Pay Fong 1", "SK Convent Infant Jesus 1", "SK St Francis", "SJK(T) Jasin Lalang", "SK Bukit Baru"))
    pupil = f"{g.letters(1)}{g.digits(2)}{g.digits(4)}{g.letters(1)}"
    tel, tel_b = g.tel2("melaka")
    terms = [K(f"CELF-5 core language score {g.rng.randint(68, 84)}"), K(f"GFTA-3 standard score {g.rng.randint(70, 85)}"), K("fronting of /k/ and /g/"),
             K("developmental language disorder"), K("Hanen approach"), K("Lidcombe Program")]
    mail = g.mail(parent, g.pick(("gmail.com", "yahoo.com.my")))
    portal = L("URL", f"https://teletherapy.{g.pick(('bicarakids', 'melakaspeech'))}.com.my/session/{g.digits(6)}")
    body = (f"SPEECH AND LANGUAGE THERAPY REPORT - {g.org(g.pick(('Bicara Kids Therapy Centre', 'Klinik Pertuturan Ayer Keroh', 'Melaka Speech Clinic')))}\n"
            f"Child: {child.upper()}   MyKid {L('NATIONAL_ID', ic)}   DOB {g.date(born, 'num')}\nParent: {parent.full()}, {tel}, {mail}\n"
            f"Address: {g.loc(g.fill(g.pick(MK_STREETS)))}, {g.loc(f'{pc} {town}')}, {g.loc('Melaka')}\nSchool: {g.org(school)}, pupil no. {L('STUDENT_ID', pupil)}; class teacher {teacher.full()}\n"
            f"Assessed {g.date(seen, 'long')}: {terms[0]}; {terms[1]}; {terms[2]}.\nDiagnosis: {terms[3]}. Home language Baba Malay and English; "
            f"\"Dia cakap sikit-sikit saja\" (parent).\nPlan: weekly sessions, {terms[4]}; online sessions at {portal}.\n"
            f"{slt.full()}, speech-language therapist, MASH reg. {L('LICENSE_NUMBER', f'MASH{g.digits(4)}')}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the therapy goals as a table with the child's details.", "Make a goals table from this report.")),
            g.pick(("Draft the therapist's letter to the class teacher.", "Write to the school about this child's speech.")))[k]
    if k == 0:
        answer = (f"Child: {child.caps()} (MyKid {L('NATIONAL_ID', ic.replace('-', ''))})\n| Goal | Method |\n|---|---|\n| /k/ and /g/ in words | {terms[4]} |\n"
                  f"| Two-step instructions | classroom visuals |\nBaseline: {terms[0]}. Parent {parent.full()} ({tel_b}).")
    else:
        answer = (f"Dear {teacher.full()},\n{child.full()} (pupil no. {L('STUDENT_ID', pupil)}) was assessed on {g.long(seen)}: {terms[3]}, {terms[0]}. "
                  f"Please seat {child.him()} near the front.\n{slt.sur_first()}")
    return task, body, answer

GU_PLACES = ("Laroo", "Pece", "Bardege", "Layibi", "Koro", "Unyama", "Awach", "Bobi", "Lalogi", "Opit")
GU_STREETS = ("Plot {n}, Acholi Road", "Plot {k}, Awich Road, Bardege", "Plot {n}, Labwor Road, Layibi", "Plot {k}, Kitgum Road, Pece",
              "Lacor Village, behind the trading centre", "Plot {n}, Coronation Road")


def mental_health_crisis_plan(g: Gen) -> Doc:
    """A Gulu community mental health team's crisis plan: the client and the NIN (the sex and the birth year), the village and the
    parish, early warning signs in the client's words (in Acholi too), the medicines, the named supporters with their phones, the
    LC1 chairperson, the nurse and the psychiatric clinical officer; the answer the crisis card or the contact list."""
    pt, cpn, pco, sup, lc = g.person("gu"), g.person("gu"), g.person("gu"), g.person("gu"), g.person("gu", False)
    born, made = g.born(1970, 2002), g.base(2022, 2025)
    nin = g.ug_nin(born, pt.female)
    t1, t1b = g.tel2("gulu")
    t2, t2b = g.tel2("gulu")
    terms = [K("olanzapine 10 mg nocte"), K("sodium valproate 500 mg BD"), K("bipolar affective disorder"), K("PHQ-9 score 17"),
             K("Mental Health Act 2018"), K("SAD PERSONS score 4")]
    review = g.later(made, 60, 120)
    body = (f"{g.org(g.pick(('Gulu Regional Referral Hospital', 'Lacor Hospital')))} - Community Mental Health Team\nCRISIS PLAN for {pt.full()}\n"
            f"NIN {L('NATIONAL_ID', nin)}   Date of birth {g.date(born, 'num')}   Made {g.date(made, 'long')}\n"
            f"Home: {g.loc(g.fill(g.pick(GU_STREETS)))}, {g.loc(g.pick(GU_PLACES))} parish, {g.loc('Gulu City')}\nDiagnosis: {terms[2]}; last {terms[3]}; {terms[5]}.\n"
            f"Early warning signs (own words): \"I stop sleeping, I walk at night.\" \"Cwinya lit.\"\nMedicines: {terms[0]}; {terms[1]}.\n"
            f"Who to call: {sup.full()} (sister), {t1}; LC1 chairperson {lc.full()}, {t2}.\nIf admission is needed it will follow the {terms[4]}.\n"
            f"Psychiatric nurse {cpn.full()}; psychiatric clinical officer {pco.full()} (reg. {L('LICENSE_NUMBER', f'AHPC/{g.digits(4)}')}). Review {g.date(review, 'ord')}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Make the wallet-sized crisis card.", "Write a short crisis card the client can carry.")),
            g.pick(("List the contacts and their roles as a table.", "Tabulate who to call in a crisis.")))[k]
    if k == 0:
        answer = (f"CRISIS CARD - {pt.caps()}\nNIN {L('NATIONAL_ID', nin)}\n{terms[2]}; takes {terms[0]}.\nCall {sup.given()}: {t1b}\n"
                  f"Or nurse {cpn.full()}. Review {g.long(review)}.")
    else:
        answer = (f"| Name | Role | Phone |\n|---|---|---|\n| {sup.caps()} | sister | {t1b} |\n| {lc.caps()} | LC1 chairperson | {t2b} |\n"
                  f"| {cpn.full()} | nurse | clinic |\nClient: {pt.full()}, {terms[2]}.")
    return task, body, answer


MG_VILLAGES = ("Makanjira", "Malindi", "Namwera", "Monkey Bay", "Chilipa", "Katuli", "Lungwena", "Nkope", "Mtakataka", "Chiponde")


def antenatal_booking_record(g: Gen) -> Doc:
    """A Mangochi rural health centre midwife's antenatal booking: the woman, the national ID, her village and the village head,
    the husband, the obstetric history (G3 P2), the LMP and the estimated date of delivery, HIV and syphilis tests, the fundal height,
    the iron and folic acid, the midwife's registration, the guardian for the referral; the answer the health passport entry or the
    birth plan."""
    pt, mw, husband, head, guard = g.person("mg", True), g.person("mg", True), g.person("mg", False), g.person("mg"), g.person("mg", True)
    husband.last = pt.last
    born, booked = g.born(1990, 2006), g.base(2022, 2025)
    lmp = booked - datetime.timedelta(days=g.rng.randint(70, 160))
    edd = lmp + datetime.timedelta(days=280)
    gest = (booked - lmp).days // 7
    nid = "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8))
    reg = f"{g.rng.randint(1, 999):03d}/{booked.year}"
    tel, tel_b = g.tel2("mangochi")
    village = g.pick(MG_VILLAGES)
    terms = [K("G3 P2"), K(f"{gest} weeks"), K("ferrous sulphate 200 mg and folic acid 400 mcg"), K("SP (Fansidar) IPTp dose 1"),
             K("Hb 10.2 g/dL"), K("tetanus diphtheria TD2"), K("HIV non-reactive"), K("RPR negative")]
    body = (f"{g.org(g.pick(('Makanjira Health Centre', 'Namwera Health Centre', 'Lungwena Health Centre', 'Mtakataka Health Centre')))} - ANTENATAL BOOKING\n"
            f"ANC reg. {L('CASE_NUMBER', reg)}   Date {g.date(booked, 'dot')}\nName: {pt.full()}   Age {age_on(born, booked)}   National ID {L('NATIONAL_ID', nid)}\n"
            f"Village: {g.loc(village)}, T/A {g.loc(g.pick(('Makanjira', 'Jalasi', 'Chimwala', 'Mponda', 'Nankumba')))}; village head {head.full()}\n"
            f"Husband: {husband.full()}, {tel}\nHistory: {terms[0]}; last delivery at home. LMP {g.date(lmp, 'dot')}, EDD {g.date(edd, 'dot')} ({terms[1]}).\n"
            f"Tests: {terms[6]}, {terms[7]}, {terms[4]}.\nGiven: {terms[2]}; {terms[3]}; {terms[5]}.\n"
            f"Birth plan: deliver at {g.org('Mangochi District Hospital')}; guardian {guard.full()}; bicycle ambulance from the village.\n"
            f"Midwife: {mw.full()}, NMCM reg. no. {L('LICENSE_NUMBER', g.digits(5))}. \"Tiwonane ku chipatala.\"")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the entry for the woman's health passport.", "Fill in the health passport entry for this booking.")),
            g.pick(("Write out the birth plan with the contacts.", "Summarise the birth plan and who to contact.")))[k]
    if k == 0:
        answer = (f"{pt.caps()}, ANC reg. {L('CASE_NUMBER', reg.replace('/', '-'))}\nBooked {g.long(booked)} at {terms[1]}; EDD {g.long(edd)}.\n"
                  f"{terms[0]}; {terms[4]}; {terms[6]}. Given {terms[2]}.\nMidwife {mw.sur_first()}")
    else:
        answer = (f"Birth plan for {pt.full()} ({g.loc(village)}): EDD {g.long(edd)}; deliver at {g.org('Mangochi District Hospital')}.\n"
                  f"Husband {husband.caps()}, {tel_b}; guardian {guard.full()}. {terms[0]}.")
    return task, body, answer

# ---------------------------------------------------------------- criminal and family justice

NY_PLACES = ("Karatina", "Othaya", "Mukurweini", "Chaka", "Naro Moru", "Kiganjo", "Tetu", "Mweiga", "Ruring'u", "Kamakwa")
OFFENCES_KE = (("robbery with violence contrary to section 296(2) of the Penal Code", "30 years' imprisonment"),
               ("defilement contrary to section 8(1) as read with section 8(3) of the Sexual Offences Act", "20 years' imprisonment"),
               ("manslaughter contrary to section 202 as read with section 205 of the Penal Code", "7 years' imprisonment"),
               ("stealing by servant contrary to section 281 of the Penal Code", "3 years' imprisonment"))


def sentencing_remarks(g: Gen) -> Doc:
    """Sentencing remarks of the High Court at Nyeri: the case number (E-numbered), the accused and the ID number, the victim
    (initials for a child), the offence and its section, mitigation, the probation officer's pre-sentence report, the advocates
    and their admission numbers, the sentence from the date of arrest; the answer the sentence record or the timeline."""
    acc, judge, adv, dpp, po, vic = (g.person("ny") for _ in range(6))
    offence, sentence = g.pick(OFFENCES_KE)
    year = g.rng.randint(2021, 2024)
    case = f"E{g.rng.randint(1, 80):03d} of {year}"
    arrest = g.base(year - 1, year)
    offended = arrest - datetime.timedelta(days=g.rng.randint(1, 6))
    delivered = g.later(arrest, 300, 700)
    idno = g.digits(8)
    place = g.pick(NY_PLACES)
    terms = [K(offence), K(sentence), K("section 333(2) of the Criminal Procedure Code"), K("Judiciary Sentencing Policy Guidelines 2023"),
             K("Article 50(2)(p) of the Constitution"), K("pre-sentence report")]
    body = (f"REPUBLIC OF KENYA\nIN THE HIGH COURT OF KENYA AT {L('LOCATION', 'NYERI')}\nCRIMINAL CASE NO. {L('CASE_NUMBER', case)}\n"
            f"REPUBLIC v {acc.upper()} (ID No. {L('NATIONAL_ID', idno)})\n\nSENTENCING REMARKS\n"
            f"1. The accused was convicted of {terms[0]}. The offence was committed on or about {g.date(offended, 'ord')} at {g.loc(place)} "
            f"village, when the complainant {vic.full()} was attacked on the way home from the tea buying centre.\n"
            f"2. Mr {adv.full()} ({L('LICENSE_NUMBER', f'P.105/{g.digits(4)}/{g.rng.randint(10, 20)}')}), for the accused, says he is a first offender "
            f"and a father of three. Ms {dpp.full()}, prosecution counsel, asks for a deterrent sentence.\n"
            f"3. The {terms[5]} by {po.full()}, probation officer, notes that the family and the village elders at {g.loc(place)} are willing to receive him.\n"
            f"4. Under the {terms[3]} and {terms[4]}, and noting {terms[2]}, the accused is sentenced to {terms[1]}, running from the date of "
            f"arrest, {g.date(arrest, 'long')}. Right of appeal within 14 days.\n"
            f"Delivered at {L('LOCATION', 'Nyeri')} this {g.date(delivered, 'day')}.\n{judge.upper()}, JUDGE")
    k = g.rng.randrange(2)
    task = (g.pick(("Fill in the sentence record: case, accused, offence, sentence, start date.", "Complete the committal warrant details from these remarks.")),
            g.pick(("Give the timeline of the case from the offence to sentence.", "Lay out the dates in this case in order.")))[k]
    if k == 0:
        answer = (f"Case: {L('CASE_NUMBER', case.replace(' of ', '/'))}\nAccused: {acc.caps()}, ID {L('NATIONAL_ID', idno[:4] + ' ' + idno[4:])}\n"
                  f"Offence: {terms[0]}\nSentence: {terms[1]} from {g.long(arrest)}\nJudge: {judge.full()}")
    else:
        answer = (f"- {g.long(offended)}: offence at {g.loc(place)} (complainant {vic.caps()})\n- {g.long(arrest)}: arrest of {acc.full()}\n"
                  f"- {g.long(delivered)}: sentenced to {terms[1]}")
    return task, body, answer


OW_PLACES = ("Ikenegbu Layout", "World Bank Housing Estate", "Aladinma", "New Owerri", "Amakohia", "Egbu", "Orji", "Umuguma", "Irete", "Nekede")
OW_STREETS = ("No. {n} Wetheral Road, by Fire Service", "No. {k} Douglas Road, off Royce Road", "No. {n} Okigwe Road, opposite the new market",
              "No. {k} Tetlow Road, by Assumpta roundabout", "Plot {n}, MCC Road, off Wetheral Road", "No. {n} Onitsha Road, by the filling station")
OW_BANKS = (("058", "Guaranty Trust Bank"), ("033", "United Bank for Africa"), ("011", "First Bank of Nigeria"), ("057", "Zenith Bank"))


def police_statement_of_witness(g: Gen) -> Doc:
    """A Nigerian police witness statement from Owerri on an online-transfer fraud: the witness, the address with its landmark
    (by, off, opposite), the NIN, the phones, the suspect's name and the NUBAN account the money went to (its check digit computed),
    the dates and times (between the 3rd and 5th of a month, a date with its time), the words of caution and the declaration, the recording officer; the
    answer the statement summary or the table of transfers."""
    wit, sus, ipo, sis = g.person("ow"), g.person("ow", False), g.person("ow"), g.person("ow", True)
    bank, bank_name = g.pick(OW_BANKS)
    acct = g.nuban(bank)
    own_bank, own_name = g.pick(OW_BANKS)
    own = g.nuban(own_bank)
    d1 = g.base(2022, 2025)
    d2 = g.later(d1, 2, 2)
    made = g.later(d2, 1, 9)
    nin = g.digits(11)
    t1, t1b = g.tel2("owerri")
    t2, t2b = g.tel2("owerri")
    amounts = [g.rng.randint(15, 90) * 10000, g.rng.randint(15, 90) * 10000]
    terms = [K(f"N{amounts[0]:,}"), K(f"N{amounts[1]:,}"), K("section 1(1)(a) of the Advance Fee Fraud and Other Fraud Related Offences Act"),
             K("cybercrime"), K(bank_name)]
    cr = f"CR/{g.rng.randint(100, 999)}/{d1.year}"
    body = (f"NIGERIA POLICE FORCE - {L('LOCATION', 'IMO')} STATE COMMAND, {g.org('Area Command Owerri')}\nSTATEMENT OF WITNESS   Case ref. {L('CASE_NUMBER', cr)}\n"
            f"Name: {wit.full()}   Sex: {'F' if wit.female else 'M'}   NIN: {L('NATIONAL_ID', nin)}\nAddress: {g.loc(g.fill(g.pick(OW_STREETS)))}, {g.loc(g.pick(OW_PLACES))}, {g.loc('Owerri')}\n"
            f"Phone: {t1}\n\nI, {wit.full()}, having been duly cautioned in English that I am not obliged to say anything, voluntarily state as follows: "
            f"Between the {L('DATE_TIME', f'{ordinal(d1.day)} and {ordinal(d2.day)} of {EN_MONTHS[d2.month - 1]} {d2.year}')} a man who called himself "
            f"{sus.full()} called me on {t2} and said my {own_name} account {L('ACCOUNT_NUMBER', own)} was blocked. Then, {g.at(d2, g.rng.randint(8, 21), 'long')}, "
            f"I transferred {terms[0]} and then {terms[1]} to account {L('ACCOUNT_NUMBER', acct)} ({terms[4]}) in his name. My sister {sis.full()} was with me.\n"
            f"I report it as {terms[3]} under {terms[2]}.\n"
            f"DECLARATION: This statement is true to the best of my knowledge and belief. I make it voluntarily. Signed: {wit.full()}, {g.date(made, 'num')}\n"
            f"Recorded by: Inspector {ipo.full()}, {L('LICENSE_NUMBER', f'AP/{g.digits(6)}')}")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the statement for the case diary.", "Write the case diary entry for this statement.")),
            g.pick(("Make a table of the transfers with the receiving account.", "Tabulate the money the witness sent.")))[k]
    if k == 0:
        answer = (f"{cr.replace('/', '-')}: {wit.caps()} (NIN {L('NATIONAL_ID', nin)}, tel. {t1b}) says {sus.caps()} ({t2b}) obtained {terms[0]} and {terms[1]} "
                  f"by {terms[3]}, paid into {L('ACCOUNT_NUMBER', acct)}. Statement taken {g.long(made)} by Insp. {ipo.sur()}.")
        answer = answer.replace(cr.replace('/', '-'), L('CASE_NUMBER', cr.replace('/', '-')), 1)
    else:
        answer = (f"| Amount | To account | Bank | Name |\n|---|---|---|---|\n| {terms[0]} | {L('ACCOUNT_NUMBER', acct)} | {terms[4]} | {sus.caps()} |\n"
                  f"| {terms[1]} | {L('ACCOUNT_NUMBER', acct[:3] + ' ' + acct[3:6] + ' ' + acct[6:])} | {terms[4]} | {sus.caps()} |\nWitness: {wit.full()}")
    return task, body, answer


OM_STREETS = ("{n}{k} S {m}th St", "{n}{k} Castelar St", "{n}0{k} Pacific St", "{n}{m}{k} N 30th St", "{k}{n} Dahlman Ave", "{n}{k} Vinton St")
OM_TOWNS = (("Omaha", "681"), ("Bellevue", "68005"), ("Papillion", "68046"), ("Ralston", "68127"), ("La Vista", "68128"))


def victim_impact_statement(g: Gen) -> Doc:
    """A victim impact statement for a sentencing hearing in the Douglas County District Court, Omaha: the victim, the defendant,
    the case number, the crash and its date, the injuries and treatment, the losses and the restitution asked for, the bank's ABA
    routing number (check digit computed) and the account for restitution, the victim advocate's e-mail; the answer the restitution
    summary or the letter to the prosecutor."""
    vic, dft, adv, atty, kid = g.person("om"), g.person("om"), g.person("om"), g.person("om"), g.person("om")
    crash, hearing = g.base(2021, 2024), None
    hearing = g.later(crash, 200, 500)
    case = f"CR {crash.year % 100}-{g.rng.randint(1000, 9999)}"
    aba = g.aba()
    acct = g.digits(10)
    town, z = g.pick(OM_TOWNS)
    z = z + g.digits(2) if len(z) == 3 else z
    tel, tel_b = g.tel2("omaha")
    loss = [g.rng.randint(2, 40) * 1000 + g.rng.randint(0, 999), g.rng.randint(1, 9) * 1000]
    terms = [K(f"${loss[0]:,}"), K(f"${loss[1]:,}"), K("motor vehicle homicide"), K("Neb. Rev. Stat. § 29-2261"), K("traumatic brain injury"),
             K("Glasgow Coma Scale 8"), K("PTSD")]
    mail = g.mail(adv, "douglascounty-ne.gov")
    body = (f"IN THE DISTRICT COURT OF DOUGLAS COUNTY, NEBRASKA\nSTATE OF NEBRASKA v. {dft.upper()}, Case No. {L('CASE_NUMBER', case)}\n"
            f"VICTIM IMPACT STATEMENT of {vic.full()}, {g.loc(g.fill(g.pick(OM_STREETS)))}, {g.loc(f'{town}, NE {z}')}, phone {tel}\n\n"
            f"On the night of {g.date(crash, 'us')}, on {g.loc('Dodge Street')}, the defendant ran a red light and hit my car. My son {kid.full()} was "
            f"in the back seat. I had a {terms[4]} ({terms[5]} at the scene) and I still have {terms[6]}.\n"
            f"I ask the court to order restitution under {terms[3]}: medical bills of {terms[0]} and lost wages of {terms[1]}, paid to my account "
            f"(routing {L('ACCOUNT_NUMBER', aba)}, account {L('ACCOUNT_NUMBER', acct)}).\n"
            f"The charge was reduced from {terms[2]}; I want the court to know what that night did to us.\n"
            f"Submitted through victim advocate {adv.full()} ({mail}) to Deputy County Attorney {atty.full()} for the hearing on {g.date(hearing, 'wk')}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the restitution request.", "Write the restitution summary for the sentencing file.")),
            g.pick(("Draft the advocate's cover letter to the prosecutor.", "Write the cover note to the Deputy County Attorney.")))[k]
    if k == 0:
        answer = (f"{L('CASE_NUMBER', case.replace(' ', ''))} - victim {vic.caps()}: {terms[0]} medical, {terms[1]} wages, under {terms[3]}. "
                  f"Pay to routing {L('ACCOUNT_NUMBER', aba)}, acct. {L('ACCOUNT_NUMBER', acct[:4] + '-' + acct[4:])}. Contact {tel_b}.")
    else:
        answer = (f"{atty.full()},\nAttached is the statement of {vic.full()} in State v. {dft.sur()} for {g.long(hearing)}. "
                  f"The victim asks for {terms[0]} and {terms[1]} in restitution.\n{adv.full()}, victim advocate")
    return task, body, answer


MU_PLACES = ("Gulgasht Colony", "Shah Rukn-e-Alam Colony", "Bosan Road", "Hussain Agahi", "Mumtazabad", "Shujabad", "Qasim Bela", "New Multan")
MU_STREETS = ("House No. {n}, Street {k}, Gulgasht Colony", "House No. {k}-B, Block {m}, Shah Rukn-e-Alam Colony", "Mohallah Kotla Tolay Khan, near the Eidgah",
              "House {n}, Gali Qazian, Hussain Agahi", "Chak {n}/{k}-W, Tehsil Shujabad")


def bail_application(g: Gen) -> Doc:
    """A bail-after-arrest application to the Sessions Court at Multan: the FIR number and police station, the accused and the
    CNIC (the province, the division, the sex), the sections of the Pakistan Penal Code, the grounds, the surety with the CNIC and
    the IBAN for the surety bond; the answer the bail petition's particulars or the order sheet."""
    acc, adv, comp, sur, judge = g.person("mu", False), g.person("mu", False), g.person("mu"), g.person("mu"), g.person("mu", False)
    fir_date = g.base(2022, 2025)
    filed = g.later(fir_date, 5, 40)
    fir = f"{g.rng.randint(100, 1999)}/{fir_date.year % 100}"
    station = g.pick(("Police Station Cantt", "Police Station Mumtazabad", "Police Station Gulgasht", "Police Station Bohar Gate"))
    cnic, cnic_s = g.cnic(False), g.cnic(sur.female)
    iban = g.pk_iban()
    tel, tel_b = g.tel2("multan")
    terms = [K("section 497 Cr.P.C."), K("sections 324 and 34 PPC"), K("further inquiry"), K(f"Rs. {g.rng.randint(1, 5)}00,000"),
             K("bail after arrest"), K("Lahore High Court")]
    body = (f"IN THE COURT OF SESSIONS JUDGE, {L('LOCATION', 'MULTAN')}\nBail petition under {terms[0]} ({terms[4]})\n"
            f"{acc.full()} son of {L('PERSON', g.pick(PEOPLE['mu'][1]) + ' ' + acc.last)}, CNIC {L('NATIONAL_ID', cnic)}, resident of "
            f"{g.loc(g.fill(g.pick(MU_STREETS)))}, {g.loc('Multan')} ... Petitioner\nVERSUS\nThe State ... Respondent\n"
            f"FIR No. {L('CASE_NUMBER', fir)} dated {g.date(fir_date, 'dot')}, offence under {terms[1]}, {g.org(station)}.\n"
            f"Complainant: {comp.full()}.\nGrounds: the petitioner was arrested on {g.date(g.later(fir_date, 1, 4), 'dash')}; no recovery from him; the case calls for "
            f"{terms[2]}; the co-accused has been granted bail by the {terms[5]}.\nSurety: {sur.full()}, CNIC {L('NATIONAL_ID', cnic_s)}, bond of {terms[3]} "
            f"from IBAN {L('IBAN_CODE', iban)}.\nFiled {g.date(filed, 'long')} through {adv.full()}, Advocate High Court, {L('LICENSE_NUMBER', f'MLN-{g.digits(5)}')}, mobile {tel}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Fill in the particulars of the petition: petitioner, CNIC, FIR, sections, surety.", "Extract the petition's particulars as a list.")),
            g.pick(("Draft the order sheet entry granting bail.", "Write the court's short order granting bail on surety.")))[k]
    if k == 0:
        answer = (f"Petitioner: {acc.caps()} (CNIC {L('NATIONAL_ID', cnic.replace('-', ''))})\nFIR: {L('CASE_NUMBER', fir)}, {g.org(station)}, {terms[1]}\n"
                  f"Surety: {sur.caps()}, {terms[3]}, IBAN {L('IBAN_CODE', iban.replace(' ', ''))}\nCounsel: {adv.full()}, {tel_b}")
    else:
        answer = (f"Order ({g.long(g.later(filed, 3, 14))}): Heard {adv.full()} for the petitioner {acc.full()}. Case of {terms[2]}. "
                  f"Bail granted under {terms[0]} on a bond of {terms[3]} with one surety, {sur.full()} (IBAN {L('IBAN_CODE', iban)}). Sd/- {judge.full()}, Sessions Judge.")
    return task, body, answer

MQ_STREETS = ("{n}{k} W Ridge St", "{n}{m} N Third St", "{k}{n} Lakeshore Blvd", "{n}{k} Wright St", "{n} County Road {k}0")
MQ_TOWNS = (("Marquette", "49855"), ("Negaunee", "49866"), ("Ishpeming", "49849"), ("Gwinn", "49841"), ("Harvey", "49855"), ("Skandia", "49885"))


def presentence_investigation_report(g: Gen) -> Doc:
    """A Michigan Department of Corrections presentence investigation report for the Marquette County circuit court: the defendant,
    the MDOC number, the driver's licence (the surname's initial), the student ID at the university, the offence and the sentencing
    guidelines' grid, the victim, the agent's recommendation; the answer the recommendation summary or the agent's timeline."""
    dft, agent, judge, vic, mom = g.person("mq"), g.person("mq"), g.person("mq"), g.person("mq"), g.person("mq", True)
    mom.last = dft.last
    born = g.born(1995, 2005)
    offense = g.base(2022, 2024)
    plea = g.later(offense, 40, 120)
    sent = g.later(plea, 28, 42)
    case = f"{offense.year % 100}-{g.rng.randint(100, 999):03d}{g.pick(('-FH', '-FC'))}"
    mdoc = g.digits(6)
    dl = g.mi_dl(dft)
    sid = f"{g.digits(7)}"
    town, z = g.pick(MQ_TOWNS)
    tel, tel_b = g.tel2("marquette")
    terms = [K("home invasion, third degree, MCL 750.110a(4)"), K("OV 9"), K("PRV level B"), K("5 to 23 months"), K("Holmes Youthful Trainee Act"),
             K("probation 24 months"), K("SASSI-4")]
    body = (f"MICHIGAN DEPARTMENT OF CORRECTIONS - PRESENTENCE INVESTIGATION REPORT\nCourt: 25th Circuit Court, {L('LOCATION', 'Marquette County')}. Case {L('CASE_NUMBER', case)}. "
            f"Judge: Hon. {judge.full()}\nDefendant: {dft.caps()}   DOB {g.date(born, 'num')}   MDOC # {L('CASE_NUMBER', mdoc)}\n"
            f"Driver's license: {L('LICENSE_NUMBER', dl)}   NMU student ID {L('STUDENT_ID', sid)}\n"
            f"Address: {g.loc(g.fill(g.pick(MQ_STREETS)))}, {g.loc(f'{town}, MI {z}')}; lives with mother {mom.full()}, {tel}\n"
            f"Offense: {terms[0]}, on {g.date(offense, 'us')}; the victim, {vic.full()}, was away at camp. Plea on {g.date(plea, 'us')}.\n"
            f"Guidelines: {terms[2]}, {terms[1]}, range {terms[3]}. The defendant asks for {terms[4]} status. {terms[6]}: low probability of a substance use disorder.\n"
            f"Recommendation: {terms[5]}, restitution, no contact with {vic.sur()}.\nAgent: {agent.full()}, Probation/Parole Agent, {g.loc('Marquette')}. Sentencing {g.date(sent, 'wk')}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise the agent's recommendation for the judge's bench notes.", "Give the bench-note summary of this report.")),
            g.pick(("Make a timeline of the case.", "List the dates of this case in order.")))[k]
    if k == 0:
        answer = (f"{L('CASE_NUMBER', case)} - {dft.upper()} (MDOC {L('CASE_NUMBER', mdoc)}): {terms[0]}; {terms[2]}/{terms[1]}, range {terms[3]}. "
                  f"Recommends {terms[5]}; asks for {terms[4]}. Agent {agent.sur_first()}.")
    else:
        answer = (f"- {g.long(offense)}: {terms[0]} (victim {vic.caps()})\n- {g.long(plea)}: plea by {dft.full()}\n- {g.long(sent)}: sentencing before "
                  f"Judge {judge.sur()}\nContact: {mom.full()}, {tel_b}")
    return task, body, answer


JJ_PLACES = ("Walukuba", "Mpumudde", "Masese", "Bugembe", "Budondo", "Kakira", "Njeru", "Buwenge", "Mafubira", "Danida")


def custody_order(g: Gen) -> Doc:
    """A custody and maintenance order of the Family and Children Court at Jinja: the applicant mother and the respondent father, the
    children with their ages and school index numbers, the family miscellaneous cause number, the access schedule, the maintenance,
    the probation and social welfare officer's report, the magistrate; the answer the access schedule or the order's summary."""
    mum, dad, mag, pswo = g.person("jj", True), g.person("jj", False), g.person("jj"), g.person("jj")
    kids = [g.person("jj"), g.person("jj")]
    for c in kids:
        c.last = dad.last if g.rng.random() < 0.6 else c.last
    made = g.base(2022, 2025)
    borns = [g.born(2010, 2016), g.born(2014, 2020)]
    cause = f"{g.rng.randint(1, 140)} of {made.year}"
    index = f"U{g.digits(4)}/{g.digits(3)}"
    nin_m, nin_d = g.ug_nin(g.born(1980, 1995), True), g.ug_nin(g.born(1975, 1992), False)
    tel, tel_b = g.tel2("jinja")
    terms = [K("Children Act Cap 59"), K("section 76"), K(f"UGX {g.rng.randint(15, 60) * 10000:,} per month"), K("best interests of the child"),
             K("Probation and Social Welfare Officer's report"), K("school fees")]
    place = g.pick(JJ_PLACES)
    body = (f"THE REPUBLIC OF UGANDA\nIN THE FAMILY AND CHILDREN COURT AT {L('LOCATION', 'JINJA')}\nFAMILY MISC. CAUSE NO. {L('CASE_NUMBER', cause)}\n"
            f"{mum.upper()} (NIN {L('NATIONAL_ID', nin_m)}) ... APPLICANT\nVERSUS\n{dad.upper()} (NIN {L('NATIONAL_ID', nin_d)}) ... RESPONDENT\n\n"
            f"ORDER (under the {terms[0]}, {terms[1]})\nUpon reading the {terms[4]} by {pswo.full()} and considering the {terms[3]}, it is ordered:\n"
            f"1. Custody of {kids[0].full()} (born {g.date(borns[0], 'num')}, PLE index {L('STUDENT_ID', index)}) and {kids[1].full()} "
            f"(born {g.date(borns[1], 'num')}) is granted to the applicant, of {g.loc(place)} village, {L('LOCATION', 'Jinja City')}.\n"
            f"2. The respondent shall have access every other weekend, from Saturday 10:00 to Sunday 17:00, collecting the children at {g.loc(g.pick(('Jinja Main Street taxi park', 'Bugembe Cathedral', 'Walukuba market')))}.\n"
            f"3. The respondent shall pay {terms[2]} and {terms[5]} through the court, contact {tel}.\n"
            f"Dated at {L('LOCATION', 'Jinja')} this {g.date(made, 'day')}.\n{mag.full()}, Chief Magistrate")
    k = g.rng.randrange(2)
    task = (g.pick(("Write out the access schedule for the parents.", "Set out the access arrangements in plain English.")),
            g.pick(("Summarise the order in three lines.", "Give a short summary of what the court ordered.")))[k]
    if k == 0:
        answer = (f"Children: {kids[0].caps()} and {kids[1].caps()}\nLive with: {mum.full()}\nWith {dad.full()}: every other weekend, "
                  f"Saturday 10:00 to Sunday 17:00.\nMaintenance: {terms[2]}. Court phone {tel_b}.")
    else:
        answer = (f"On {g.long(made)} in cause {L('CASE_NUMBER', cause.replace(' of ', '/'))} the court gave custody of {kids[0].full()} and {kids[1].full()} "
                  f"to {mum.caps()}, access to {dad.caps()}, and maintenance of {terms[2]}.")
    return task, body, answer


TC_PLACES = ("Uppuveli", "Nilaveli", "Kinniya", "Mutur", "Sampalthivu", "Orr's Hill", "Linganagar", "Kuchchaveli", "Thampalakamam", "Kantale")
TC_STREETS = ("No. {n}, Inner Harbour Road", "No. {k}, Dockyard Road", "No. {n}/{m}, Post Office Road", "No. {k}, Main Street",
              "{n}, Kandy Road, Anbuvelipuram", "No. {n}, Huskisson Street")


def mediation_board_certificate(g: Gen) -> Doc:
    """A Trincomalee mediation board's record and certificate of non-settlement: the disputants and their NICs (old and new forms,
    the day number carrying the birth date and the sex), the dispute (a boundary wall, a debt), the sessions and their dates, the
    mediators, the chairman's signature; the answer the certificate's particulars or the sessions as a table."""
    a, b, chair, m1, m2 = g.person("tc"), g.person("tc"), g.person("tc"), g.person("tc"), g.person("tc")
    born_a, born_b = g.born(1955, 1995), g.born(1955, 1995)
    nic_a, nic_b = g.lk_nic(born_a, a.female, True), g.lk_nic(born_b, b.female, False)
    s1 = g.base(2022, 2025)
    s2 = g.later(s1, 10, 20)
    s3 = g.later(s2, 10, 20)
    appl = f"TR/{g.rng.randint(10, 99)}/{s1.year}/{g.rng.randint(1, 300)}"
    tel, tel_b = g.tel2("trinco")
    terms = [K("Mediation Boards Act No. 72 of 1988"), K("section 14"), K(f"Rs. {g.rng.randint(50, 400)},000"), K("certificate of non-settlement"),
             K("Primary Court")]
    addr_a, addr_b = g.loc(g.fill(g.pick(TC_STREETS))), g.loc(g.fill(g.pick(TC_STREETS)))
    body = (f"MEDIATION BOARD - {L('LOCATION', g.pick(('TOWN AND GRAVETS', 'KINNIYA', 'KUCHCHAVELI')))} DIVISION, TRINCOMALEE DISTRICT\nApplication No. {L('CASE_NUMBER', appl)}\n"
            f"Applicant: {a.full()}, NIC {L('NATIONAL_ID', nic_a)}, {addr_a}, {g.loc(g.pick(TC_PLACES))}; tel. {tel}\n"
            f"Respondent: {b.full()}, NIC {L('NATIONAL_ID', nic_b)}, {addr_b}\n"
            f"Dispute: money lent, {terms[2]}, and the boundary wall between the two compounds.\n"
            f"Sessions: {g.date(s1, 'dot')} - respondent absent; {g.date(s2, 'dot')} - both present, mediators {m1.full()} and {m2.full()}; "
            f"{g.date(s3, 'dot')} - no settlement.\nThe parties were told that a {terms[3]} issues under {terms[1]} of the {terms[0]} and that they may go to the {terms[4]}.\n"
            f"\"Ungal iruvarum pesi mudikka mudiyavillai.\"\nChairman: {chair.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Fill in the certificate of non-settlement: parties, NICs, dispute, date.", "Write out the certificate's particulars.")),
            g.pick(("Make a table of the sessions.", "Tabulate the mediation sessions with who attended.")))[k]
    if k == 0:
        answer = (f"Certificate of non-settlement, {L('CASE_NUMBER', appl)}\nApplicant: {a.caps()} ({L('NATIONAL_ID', nic_a)})\nRespondent: {b.caps()} "
                  f"({L('NATIONAL_ID', nic_b)})\nDispute: {terms[2]}; boundary wall.\nIssued {g.long(s3)} by {chair.full()}.")
    else:
        answer = (f"| Date | Present | Outcome |\n|---|---|---|\n| {g.long(s1)} | {a.full()} | respondent absent |\n| {g.long(s2)} | both; {m1.sur()}, {m2.sur()} | talks |\n"
                  f"| {g.long(s3)} | both | {terms[3]} |\nApplicant's phone {tel_b}.")
    return task, body, answer

SR_WARDS = ("Tshimoyapula", "Mannonnye", "Botalaote", "Ditharapa", "Basimane", "Mmualefe", "Sebinanyane", "Madiba")


def protection_order(g: Gen) -> Doc:
    """A protection order of the Magistrate's Court at Serowe under the Domestic Violence Act: the applicant and the respondent with
    their Omang numbers (the fifth digit the sex), the ward and the kgotla, the incidents (between two dates, at a time), the children,
    the orders made, the return date, the police officer to serve it; the answer the order's terms or the service instruction."""
    app, resp = g.person("sr", True), g.person("sr", False)
    mag, cpl, kid, headman = g.person("sr"), g.person("sr"), g.person("sr"), g.person("sr", False)
    kid.last = resp.last
    inc1 = g.base(2022, 2025)
    inc2 = g.later(inc1, 3, 20)
    made = g.later(inc2, 1, 5)
    ret = g.later(made, 14, 28)
    case = f"DVA {g.rng.randint(1, 90)}/{made.year}"
    om_a, om_r = g.omang(True), g.omang(False)
    tel, tel_b = g.tel2("serowe")
    ward = g.pick(SR_WARDS)
    terms = [K("Domestic Violence Act (Cap. 28:05)"), K("section 10"), K("interim protection order"), K("100 metres"), K("tenancy order")]
    body = (f"IN THE MAGISTRATE'S COURT FOR THE CENTRAL DISTRICT HOLDEN AT {L('LOCATION', 'SEROWE')}\nCase No. {L('CASE_NUMBER', case)}\n"
            f"In the matter between {app.upper()} (Omang {L('NATIONAL_ID', om_a)}) Applicant and {resp.upper()} (Omang {L('NATIONAL_ID', om_r)}) Respondent\n\n"
            f"The applicant, of {g.loc(ward)} ward, {g.loc('Serowe')}, near the kgotla of headman {headman.full()}, says that on {g.date(inc1, 'long')} at about 22:00 "
            f"and again {g.days(inc1, inc2)} the respondent assaulted her in front of their child {kid.full()}.\n"
            f"Under {terms[1]} of the {terms[0]} an {terms[2]} is granted: the respondent shall not come within {terms[3]} of the applicant or the "
            f"homestead, and a {terms[4]} gives the applicant the house. Return date: {g.date(ret, 'wk')} at 09:00.\n"
            f"To be served by {L('ORGANIZATION', 'Serowe Police Station')}, Constable {cpl.full()} (force no. {L('LICENSE_NUMBER', g.digits(5))}). Applicant's phone {tel}.\n"
            f"Made on {g.date(made, 'day')}. {mag.full()}, Magistrate. \"Re a go sireletsa.\"")
    k = g.rng.randrange(2)
    task = (g.pick(("Set out the terms of the order in plain English for the applicant.", "Explain the order's terms to the applicant.")),
            g.pick(("Write the service instruction for the police officer.", "Draft the note to the constable who will serve the order.")))[k]
    if k == 0:
        answer = (f"{app.full()}: the court ({L('CASE_NUMBER', case.replace(' ', '-'))}) ordered {resp.caps()} to stay {terms[3]} away from you and the home. "
                  f"You keep the house ({terms[4]}). Come back on {g.long(ret)}.")
    else:
        answer = (f"Constable {cpl.sur()}: serve the {terms[2]} in {L('CASE_NUMBER', case)} on {resp.caps()} (Omang {L('NATIONAL_ID', om_r)}) at "
                  f"{g.loc(ward)} ward before {g.long(ret)}. Applicant {app.full()}, {tel_b}.")
    return task, body, answer


CP_PLACES = ("Kapata", "Magazine", "Chiparamba", "Msekera", "Kanjala", "Mchini", "Dilika", "Kalongwezi", "Navutika", "Lumezi")


def legal_aid_application(g: Gen) -> Doc:
    """A Legal Aid Board application at Chipata: the applicant and the NRC (six digits, the district, a digit), the compound and the
    chief, the matter (a land dispute before the local court, a defilement charge), the means test with income and dependants, the
    bank account for the contribution, the legal aid counsel and the practising certificate; the answer the eligibility summary or
    the letter granting aid."""
    app, clerk, counsel, other, chief = g.person("cp"), g.person("cp"), g.person("cp"), g.person("cp"), g.person("cp", False)
    born, filed = g.born(1965, 2000), g.base(2022, 2025)
    nrc = f"{g.digits(6)}/{g.pick(('53', '54', '55', '56'))}/1"
    ref = f"LAB/CPT/{g.digits(4)}/{filed.year % 100}"
    acct = g.digits(13)
    tel, tel_b = g.tel2("chipata")
    mail = g.mail(counsel, "legalaid.org.zm")
    url = L("URL", f"https://www.legalaid.org.zm/track/{g.digits(8)}")
    income = g.rng.randint(6, 25) * 100
    terms = [K(f"K{income:,} a month"), K("Legal Aid Act No. 1 of 2021"), K("means test"), K("Lands Tribunal"), K("customary land"), K("6 dependants")]
    body = (f"Legal Aid Board - {g.loc('Chipata')} Office\nAPPLICATION FOR LEGAL AID   Ref. {L('CASE_NUMBER', ref)}   Date {g.date(filed, 'num')}\n"
            f"Applicant: {app.full()}   NRC {L('NATIONAL_ID', nrc)}   Date of birth {g.date(born, 'long')}\n"
            f"Residence: {g.loc(g.pick(CP_PLACES))} compound, under Chief {chief.full()}; phone {tel}\n"
            f"Matter: dispute over {terms[4]} with {other.full()}, now before the {terms[3]}.\n"
            f"Means: {terms[0]} from selling groundnuts; {terms[5]}. Passes the {terms[2]} under the {terms[1]}. Contribution from Zanaco account {L('ACCOUNT_NUMBER', acct)}.\n"
            f"Interviewed by {clerk.full()}, paralegal. Assigned to {counsel.full()}, Legal Aid Counsel (practising certificate {L('LICENSE_NUMBER', f'PC/{g.digits(4)}/{filed.year}')}), {mail}.\n"
            f"Track the application at {url}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise whether the applicant is eligible and why.", "Write the eligibility summary for the board.")),
            g.pick(("Draft the letter granting legal aid.", "Write to the applicant that legal aid is granted.")))[k]
    if k == 0:
        answer = (f"{app.caps()} (NRC {L('NATIONAL_ID', nrc)}, ref. {L('CASE_NUMBER', ref)}): eligible. Income {terms[0]}, {terms[5]}; "
                  f"matter before the {terms[3]}. Counsel: {counsel.sur_first()}.")
    else:
        answer = (f"Dear {app.full()},\nYour application {L('CASE_NUMBER', ref)} of {g.long(filed)} is granted under the {terms[1]}. "
                  f"{counsel.full()} will act for you against {other.full()}. We will call you on {tel_b}.")
    return task, body, answer


KF_PLACES = ("Effiduase", "Adweso", "Oyoko", "Asokore", "Densuagya", "Srodae", "Nsukwao", "Betom", "Suhyen", "Okorase")


def prison_visits_log(g: Gen) -> Doc:
    """A Ghana Prisons Service visits log at Koforidua: the inmate, the prisoner number and the warrant, the visitors with their
    Ghana Card numbers and phones, the times in and out (24-hour clock), items handed in, the officer on duty; the answer the visits
    as a table or the report of the day's visits."""
    inm, off = g.person("kf"), g.person("kf")
    visitors = [g.person("kf"), g.person("kf")]
    visitors[0].last = inm.last
    day = g.base(2022, 2025)
    pno = f"{g.pick(('KOF', 'EAS'))}/{g.digits(4)}/{day.year % 100}"
    cards = [f"GHA-{g.digits(9)}-{g.digits(1)}" for _ in visitors]
    tels = [g.tel2("koforidua") for _ in visitors]
    ins = [(g.rng.randint(9, 11), g.rng.randint(0, 59)), (g.rng.randint(12, 14), g.rng.randint(0, 59))]
    outs = [(h, min(m + g.rng.randint(10, 25), 59)) for h, m in ins]
    terms = [K("remand"), K("section 124 of the Criminal Offences Act, 1960 (Act 29)"), K("Prisons Service Act, 1972 (NRCD 46)"), K("GH¢200"),
             K("paracetamol 500 mg")]
    warrant = f"{g.letters(1)}{g.digits(2)}/{g.rng.randint(10, 300)}/{day.year % 100}"
    rows = "\n".join(f"{h:02d}:{m:02d}-{h2:02d}:{m2:02d}  {v.full()}  Ghana Card {L('NATIONAL_ID', c)}  {t[0]}  {'mother' if i == 0 else 'friend'}"
                     for i, (v, c, t, (h, m), (h2, m2)) in enumerate(zip(visitors, cards, tels, ins, outs)))
    body = (f"GHANA PRISONS SERVICE - {g.org('Koforidua Local Prison')}\nVISITS LOG   {g.date(day, 'wk')}\nInmate: {inm.caps()}   No. {L('CASE_NUMBER', pno)}   "
            f"Status: {terms[0]} (warrant {L('CASE_NUMBER', warrant)}), charge under {terms[1]}\n{rows}\n"
            f"Items handed in: toiletries, {terms[3]} to the inmate's account, {terms[4]} (kept at the infirmary).\n"
            f"Visitors' homes: {g.loc(g.pick(KF_PLACES))}, {g.loc('New Juaben')}.\nVisits under the {terms[2]}. Officer on duty: {off.full()}. \"Yɛda wo ase.\"")
    k = g.rng.randrange(2)
    task = (g.pick(("Turn the log into a table: visitor, relationship, time in, time out.", "Tabulate the day's visits.")),
            g.pick(("Write the day's visits report for the officer in charge.", "Summarise the visits for the daily report.")))[k]
    if k == 0:
        answer = ("| Visitor | Ghana Card | In | Out |\n|---|---|---|---|\n" + "\n".join(
            f"| {v.caps()} | {L('NATIONAL_ID', c.replace('-', ''))} | {h:02d}:{m:02d} | {h2:02d}:{m2:02d} |" for v, c, (h, m), (h2, m2) in zip(visitors, cards, ins, outs))
            + f"\nInmate {inm.full()} ({L('CASE_NUMBER', pno)}, {terms[0]}), {g.long(day)}.")
    else:
        answer = (f"On {g.long(day)} inmate {inm.full()} ({L('CASE_NUMBER', pno)}, {terms[0]}) had two visits: {visitors[0].full()} ({tels[0][1]}) and "
                  f"{visitors[1].full()} ({tels[1][1]}). {terms[3]} paid in. Officer {off.sur_first()}.")
    return task, body, answer

CLINICAL = (community_pharmacy_medicines_review, dental_treatment_plan_and_consent, optometry_referral, audiology_report, ambulance_patient_care_record,
            district_nurse_visit_log, diabetic_foot_assessment, speech_therapy_report, mental_health_crisis_plan, antenatal_booking_record)
LEGAL = (sentencing_remarks, police_statement_of_witness, victim_impact_statement, bail_application, presentence_investigation_report, custody_order,
         mediation_board_certificate, protection_order, legal_aid_application, prison_visits_log)
# AT_THE_TIME: the ten written where and when the thing happened (a review, a consent, a call, visits, a screen, a booking, a statement, a
# mediation's sessions, a visits log, a victim's own words); FOR_A_DECISION: the ten written for someone who must decide or act (a referral,
# a report, a plan, sentencing, a bail petition, a presentence report, orders, an application).
AT_THE_TIME = (community_pharmacy_medicines_review, dental_treatment_plan_and_consent, ambulance_patient_care_record, district_nurse_visit_log, diabetic_foot_assessment,
               antenatal_booking_record, police_statement_of_witness, victim_impact_statement, mediation_board_certificate, prison_visits_log)
FOR_A_DECISION = (optometry_referral, audiology_report, speech_therapy_report, mental_health_crisis_plan, sentencing_remarks, bail_application,
                  presentence_investigation_report, custody_order, protection_order, legal_aid_application)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: _one_document(f) for f in CLINICAL + LEGAL}
assert set(CLINICAL + LEGAL) == set(AT_THE_TIME + FOR_A_DECISION) and len(DOCTYPES) == 20 and not set(AT_THE_TIME) & set(FOR_A_DECISION)

# ---------------------------------------------------------------- records: instruction records around a document, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful assistant for clinic, court and probation staff.", "Reformat documents accurately; change no name, number or date.",
                  "Write in plain English and keep every fact.")


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
