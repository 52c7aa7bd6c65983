"""Nineteenth blind scrubbing corpus: twenty registers of records from work, school, money and family life where health and legal matters meet ordinary life (occupational health, fit notes, plans, panels, tribunals, investigations, case notes, claims, a statement of affairs, an obituary, a family history), from twenty new places.

    python bench/blind19.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind19.py --out blind19.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber rule,
no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only bench/blind3.py's
soundness check, through fedtune.scrubbing.evaluate and its AS_WRITTEN scorer). Its templates are bench/blind18.py's records, labels,
generator and soundness check. Where bench/blind18.py wrote what professionals write once something has gone wrong, this one writes
what employers, schools, universities, insurers, advisers, tribunals, clubs, clinics, funeral homes and genealogists write about
people at work, at school, in debt, in a claim or in a family: personal data among job titles, grades and salary bands, benefit and
pension names, scores and test names, statutes and regulations, diagnoses and eponyms, money, and words of Welsh, Māori, Afrikaans,
Hiligaynon and Tagalog, Hindi, Spanish, Irish, Sepedi and Scottish Gaelic in otherwise English text. Each record sets a task on
such a document (summarise it, extract a timeline or a table, fill a form, draft the letter that follows) with an answer that
repeats its personal data reformatted: a name surname first or in capitals, a date written out, a number regrouped. Eight records in
ten are fedtune instruction records, two a chat (an optional system prompt, the user's pasted document and request, the assistant's
answer), as bench/blind18.py writes them.

Ten registers are clinical or health-adjacent: a Wiltshire manager's occupational health referral with the physician's report back,
an Ynys Môn (Anglesey) GP's bilingual Welsh and English fit note, a Wairarapa (New Zealand) ACC graduated return-to-work plan, a
Barnsley education, health and care plan's annual review, a Coventry university's fitness-to-practise decision on a student nurse, a
Stellenbosch and Helderberg rugby club's concussion incident report, a Negros Occidental (Philippines) city health office's
food-poisoning outbreak investigation, a Lucknow trial site's screening and enrolment log, a Rio Grande Valley (Texas) fertility
clinic's counselling letter and a County Armagh care home's pre-admission assessment. Ten are legal, money and family records: a
Rotherham employment tribunal judgment on disability discrimination, a Bundaberg (Queensland) sugar mill's grievance investigation
report, a Wigan primary school's safeguarding referral, a Swansea debt adviser's case note, a Gold Coast debtor's bankruptcy
statement of affairs, a Limpopo (South Africa) income-protection claim assessment, a Belfast appeal tribunal's Personal Independence
Payment decision, a Mansfield ill-health retirement decision, a Cape Breton (Nova Scotia) obituary and funeral notice and a South
Uist and Benbecula family history report. DECISIONS names the ten that decide something about a person (the OH report, the fit note,
the fitness-to-practise decision, the screening log, the admission assessment, the tribunal judgment, the grievance report, the
claim assessment, the appeal decision, the retirement decision), ACCOUNTS the ten that record or plan a life (the return-to-work
plan, the EHCP review, the concussion report, the outbreak report, the counselling letter, the safeguarding referral, the debt case
note, the statement of affairs, the obituary, the family history).

Identifiers follow the public descriptions of their formats, with the check characters computed: NHS numbers (weights 10 to 2,
modulo 11) and Northern Ireland Health and Care numbers (the same check, 320 to 399 first), New Zealand NHI numbers (the AAANNNC
form: letters without I and O valued 1 to 24, weights 7 to 2, modulo 11), New Zealand IRD numbers (the base padded to eight digits
weighted 3, 2, 7, 6, 5, 4, 3, 2, modulo 11, with the secondary weights 7, 4, 3, 2, 5, 2, 7, 6 where the first gives 10), English
unique pupil numbers (a check letter over twelve digits weighted 2 to 13, modulo 23), English Unique Learner Numbers (nine digits
weighted 10 to 2, the check 10 less the sum modulo 11, as the author understands the Learning Records Service's description), South
African identity numbers (the birth date YYMMDD, a sequence 0000-4999 for a woman and 5000-9999 for a man, 0, 8, Luhn) and income
tax reference numbers (ten digits, 0, 1, 2, 3 or 9 first, Luhn), Mexican CURPs (the name's letters, the birth date, H or M, the
state, the inner consonants, 0 for a birth in the 1900s, and the check digit: the seventeen characters valued in 0-9A-NÑO-Z,
weighted 18 to 2, ten less the sum modulo 10), US National Provider Identifiers (Luhn over 80840 and the number), Australian Company
Numbers (eight digits weighted 8 to 1, the complement modulo 10) and the Australian Business Numbers made from them (two digits in
front, the first less one, weighted 10, 1, 3, 5 ... 19, a multiple of 89) and British IBANs (ISO 13616). Drawn in their published
patterns, with no public check: UK National Insurance numbers (two prefix letters, six digits, A to D), GMC numbers (seven digits),
NMC PINs, HCPC registrations (PYL and five digits), HPCSA numbers (MP or PS and seven digits), UCAS Personal IDs (ten digits in
groups of three, three and four), ACC claim numbers (ten digits), PhilHealth numbers (two, nine and one digits), ABHA numbers (14
digits in groups of 2, 4, 4, 4), employment tribunal case numbers (18, five digits, the year) and Acas early conciliation numbers
(R, six digits, the year's two digits, two digits), UK sort codes and accounts, Australian BSBs and accounts. Where the author found
no public description, numbers are drawn as stated here: employee and payroll numbers, pension membership numbers, NISCC
registrations (seven digits), Uttar Pradesh Medical Council registrations (five digits), Texas LPC licences (five digits), registered
trustee numbers (four digits), trial screening numbers (S, the site's two digits, three digits), outbreak case numbers
(NOC-FBD-, the year, four digits), AFSA references (Q or N, five digits, the year's two digits, a digit), PIP appeal references
(BE/, four digits, the year's two digits, two digits, /P), insurance policy and claim numbers, medical record numbers, statutory
register references (the registration district, its part and an entry number), creditors' account numbers, student numbers, and
the web addresses of a funeral home's condolence page, a clinic's patient portal and a failed company's site.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them in the name lists of bench/blind2.py
to bench/blind18.py, their nicknames and misspellings included: checked when this module loads): Wiltshire, Anglesey Welsh, Māori
and Pākehā of the Wairarapa, South Yorkshire, Polish (a woman's Nowicka beside a man's Nowicki), Bangladeshi, Nigerian and Irish
Coventry, Afrikaans and Cape families of the Boland, Ilonggo, Awadhi Hindu and Shia Muslim families of Lucknow, Tejano, Armagh,
Australian South Sea Islander and German-Queensland families of Bundaberg, Wigan, Swansea, Gold Coast Maltese- and Greek-Australian,
Sepedi, Belfast, Nottinghamshire coalfield, Gaelic, Acadian and Mi'kmaq Cape Breton and Uist Gaelic. Hard cases, natural to the
theme: people named after things, months, virtues and flowers (June, May, April, Prudence, Constance, Iris, Olive, Primrose,
Melody, Princess, Charity, Justice, Lucky), surnames that are trades and common words (Fowler, Glover, Draper, Chandler, Weaver,
Butcher, Brewer, Deacon, Parsons, Church, Hall, Field, Banks, Green, Porter, Fletcher, Spinner, Plumber, Darling, Wise, Strong,
Wellbeloved, Senior, Straw, Walker, Steele), months and feasts (September, Februarie, April, Christmas), heroes (Adonis) and places
(Penrhyn, Cemlyn, Escalante, Tanna, Malayta, Kingsbury, Bedford, Hastings, Warwick, Buckingham, York, Bolton, Preston, Derby, Durham,
Halifax, Stafford, Caswell; a man called Sydney who may live near Sydney, Nova Scotia); a surname beside the eponym of the same
document (an employee called Miller with Miller Fisher syndrome, a SENCO Ms Turner beside a pupil with Turner syndrome); a hospital
named after a person whose surname a case shares (the Corazon Locsin Montelibano Memorial Regional Hospital); employers, schools,
colleges, clubs, unions, insurers, banks, funds, charities, councils and funeral homes named in full; job titles beside names; family
relations in an obituary and a genealogy (née, the late, Jr. and Sr., a nickname in quotation marks, Gaelic patronymics such as
"Raghnall mac Mhurchaidh" and by-names such as "Cairistìona Ruadh" and "Murchadh Òg"); trial participants' initials in a log beside
their names in a confidential key; dates in many forms (dates of birth, "w/c 14 Oct", "Friday 4 August 2023", "August 8", "March 15,
1946", 2023-05-16, 15/11/2022, a date with its time, ranges of days), ages at death, academic years (2023/24) and terms (Spring term
2024) left unlabelled as years are; and protected terms in the document and again in the answer: drug doses, tests, scales and
scores, grades and salary bands, benefit and pension names, statutes, regulations and sections, diagnoses and eponyms, guidance and
frameworks, money and percentages.

Labelling rules are bench/blind18.py's: the body that issues a number stays outside its span; social-security, identity, tax and
National Insurance numbers and a CURP are NATIONAL_ID, numbers that exist for health care (NHS, H&C, NHI, PhilHealth, ABHA, medical
record numbers) HEALTH_ID, professional registrations (an NPI among them) LICENSE_NUMBER, file, claim, policy, court, appeal,
screening, case, register and conciliation references CASE_NUMBER, bank, creditor and pension accounts, sort codes, BSBs and
employee and payroll numbers ACCOUNT_NUMBER, a pupil's, a learner's or a student's number (a UCAS Personal ID too) STUDENT_ID, a
company's ACN and ABN COMPANY_REGISTRATION; employers, schools, universities' unions, clubs, hospitals, practices, care homes,
councils, police forces, insurers, banks, funds, firms, charities, churches and funeral homes are ORGANIZATION, whole, even when they
carry a person's or a place's name, while national bodies (the Australian Taxation Office aside, which is a creditor here) are named
generically and left unlabelled; clock times alone, ages and years alone are not labelled, a date with its time is one DATE_TIME;
titles (Dr, Mr, Ms, Father, EJ) stay outside a person's span, "née" outside the maiden name, "the late" outside the name, "Jr." and a
nickname in quotation marks inside it; a street address on one line is one LOCATION, the town with its postcode another, a barangay,
village, township or croft its own; money amounts, drug regimens, tests and scores, grades, benefit names, statutes and sections,
named conditions and guidance are protected terms. New calls for this corpus: "w/c" stays outside the DATE_TIME of the week it
begins; an academic year (2023/24) and a term with only its year (Spring term 2024) are not labelled, like a year; a Gaelic
patronymic or by-name is a PERSON, as the register or the township writes it; a trial participant's initials in a screening log are
a PERSON, the screening number a CASE_NUMBER; the nickname an obituary ends with ("Rest easy, Cookie") is a PERSON.

Earlier corpora, for comparison (from their docstrings and place lists, searched): bench/blind.py to bench/blind18.py visited, among
others, Swindon, Gwynedd and Ceredigion, the Bay of Plenty, Taranaki and Gisborne, Hull, Galway, Paarl, Davao and Iloilo, Penang,
Sabah and Sarawak, Kerala, Pune and Goa, New Mexico, Derry, Omagh and Fermanagh, Sheffield, Lagos and Gauteng, Doncaster, Sandwell,
Powys, Nunavut, Newfoundland and the Maritimes, Stornoway, Barra and Skye. None of them visited Wiltshire (Trowbridge, Chippenham,
Melksham, Devizes, Warminster), Ynys Môn (Llangefni, Amlwch, Benllech, Beaumaris, Porthaethwy), the Wairarapa (Masterton, Carterton,
Greytown, Martinborough, Eketāhuna), Barnsley (Penistone, Wombwell, Hoyland, Cudworth), Coventry (Kenilworth, Nuneaton, Bedworth),
Stellenbosch and the Helderberg (Franschhoek, Somerset West, Kuils River), Negros Occidental (Bacolod, Silay, Talisay, Victorias,
Bago), Lucknow (Gomti Nagar, Aliganj, Hazratganj, Barabanki), the Rio Grande Valley (McAllen, Brownsville, Harlingen, Weslaco,
Pharr), County Armagh (Armagh, Portadown, Lurgan, Craigavon, Banbridge), Rotherham (Maltby, Rawmarsh, Dinnington, Swinton), Bundaberg
(Bargara, Hervey Bay), Wigan (Hindley, Standish, Golborne, Ince-in-Makerfield), Swansea (Morriston, Gorseinon, Clydach,
Pontarddulais), the Gold Coast (Southport, Robina, Nerang, Coolangatta, Burleigh Heads), Limpopo (Polokwane, Seshego, Tzaneen, Mokopane,
Thohoyandou), Belfast (Newtownabbey, Holywood), Mansfield (Sutton-in-Ashfield, Ollerton, Warsop), Cape Breton
(Glace Bay, Sydney, New Waterford, Mabou, Port Hood, Eskasoni, Chéticamp) or South Uist and Benbecula (Lochboisdale, Daliburgh,
Balivanich, Bornish, Howmore, Iochdar, Eriskay) (their towns were searched for in every earlier corpus), and none of their document
types is one of these twenty (tests/test_blind19.py checks the names).
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
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# Given names shared by the English-speaking places of Britain and Ireland (Wiltshire, Rotherham, Wigan, Mansfield, Belfast, Armagh):
# months, virtues and flowers among them (June, May, April, Prudence, Constance, Iris, Olive, Primrose).
UK_WOMEN = ("Bryher", "Kerenza", "June", "Prudence", "Iris", "Olive", "Primrose", "Constance", "Melody", "Janet", "Julie", "Diane", "Sandra",
            "Kay", "Noreen", "Sheryl", "Lynda", "Ruth", "Ashlene", "Finola", "Sheelagh", "Marian", "Carmel", "Chelsey", "Nikki", "Freya",
            "Evie", "Macie", "Kaitlyn", "May", "April")
UK_MEN = ("Norris", "Leonard", "Marcus", "Julian", "Jeremy", "Howard", "Kingsley", "Warren", "Zahid", "Ken", "Len", "Arnold", "Vic", "Deano",
          "Teddy", "Les", "Ray", "Sammy", "Wilbert", "Alastair", "Cahir", "Dessie", "Eugene", "Hugh")

# culture: (women, men, surnames). Written for this corpus; no word of them is in the lists of bench/blind2.py to bench/blind18.py.
PEOPLE = {
    # Wiltshire: trades and things (Fowler, Glover, Draper, Chandler, Weaver, Strong, Wellbeloved) and Miller beside Miller Fisher syndrome
    "wt": (UK_WOMEN, UK_MEN,
           ("Fowler", "Glover", "Draper", "Pocock", "Plowman", "Bracher", "Mattock", "Ruddle", "Stokes", "Gingell", "Mundy", "Sainsbury",
            "Hatherell", "Rumming", "Compton", "Sandell", "Longhurst", "Strong", "Wellbeloved", "Miller", "Titcombe", "Ferris", "Pullen",
            "Hiscox", "Chandler", "Weaver")),
    # Ynys Môn (Anglesey): Welsh, with surnames that are places on the island (Penrhyn, Cemlyn, Bulkeley's Beaumaris)
    "ym": (("Mabli", "Siwan", "Alaw", "Eurgain", "Efa", "Awen", "Dwynwen", "Elliw", "Nanw", "Menna", "Gwyneth", "Anwen"),
           ("Alun", "Caradog", "Goronwy", "Maldwyn", "Ifor", "Llywelyn", "Dilwyn", "Gwyndaf", "Sion", "Harri", "Guto", "Medwyn"),
           ("Bulkeley", "Meyrick", "Griffith", "Roberts", "Williams", "Thomas", "Evans", "Wyn", "Penrhyn", "Glyn", "Llwyd", "Rhydderch",
            "Trefor", "Cemlyn", "Madog", "Tegid", "Eames", "Dafis")),
    # Wairarapa (New Zealand): Māori and Pākehā
    "wr": (("Hine", "Mihiwai", "Heeni", "Waimarie", "Parekura", "Hinemihi", "Raukura", "Rongomai", "Rerenga", "Taini", "Ngāreta", "Irihāpeti",
            "Haromi"),
           ("Mikaere", "Arama", "Tīmoti", "Tāwhiao", "Pōtae", "Mātene", "Rāniera", "Apirana", "Tūmanako", "Ropata", "Hakaraia", "Honatana",
            "Wairangi", "Pene"),
           ("Te Whaiti", "Karaitiana", "Hawea", "Rimene", "Kawana", "Retimana", "Hape", "Bidwill", "Cundy", "Potangaroa", "Ngatuere",
            "Rangitakaiwaho", "Tomoana", "Mahupuku", "Wilton", "Beetham", "Manihera", "Hemara", "Kaiwai", "Matenga", "Te Maari")),
    # Barnsley: South Yorkshire, and Turner beside Turner syndrome
    "bn": (("Ashleigh", "Maddison", "Kacie", "Lexi", "Libby", "Elise", "Tori", "Cassie", "Sheena", "Elouise"),
           ("Tayler", "Ty", "Kobe", "Jace", "Reagan", "Lucan", "Keaton", "Bradlee", "Kristian"),
           ("Senior", "Littlewood", "Dyson", "Hague", "Lockwood", "Bramhall", "Goldthorpe", "Fretwell", "Ackroyd", "Cawood", "Hepplestone",
            "Sugden", "Brammer", "Bottomley", "Stenton", "Wadsworth", "Haywood", "Kilner", "Lunn", "Machin", "Ogley", "Platts", "Pashley",
            "Rhodes", "Silverwood", "Skelton", "Uttley", "Wigfield", "Turner")),
    # Coventry: Polish (a woman's -ska, -cka, -dzka), Bangladeshi, Nigerian and Irish
    "cv": (("Zofia", "Tanvi", "Weronika", "Kinga", "Jahanara", "Ifeyinwa", "Danuta", "Halszka", "Kamila", "Afsana", "Mahmuda", "Roshni", "Bridget"),
           ("Piotr", "Kacper", "Szymon", "Oluwatobi", "Rafiq", "Łukasz", "Mateusz", "Shahed", "Padraic", "Kazimierz", "Tomasz", "Maciej", "Shohel"),
           ("Nowicki", "Kaminski", "Zawadzki", "Kowalczuk", "Wróbel", "Dudek", "Baran", "Kubiak", "Michalak", "Nowak", "Talukdar", "Haque",
            "Molloy", "Culhane", "Hanlon", "Brannigan", "McGowan", "Coyle", "Keegan", "Moran", "Costello")),
    # Stellenbosch and the Helderberg: Afrikaans and Cape families named for months and heroes (September, April, Februarie, Adonis)
    "sb": (("Marlize", "Chanté", "Lientjie", "Sunelle", "Juanita", "Shireen", "Wilna", "Sanet"),
           ("Jannie", "Wian", "Dewald", "Eben", "Pietie", "Christo", "Duan", "Johan", "Faf", "Morné", "Cheslin", "Mogamat", "Edwill", "Quinton"),
           ("van Niekerk", "Olivier", "Hendricks", "Jacobs", "Adonis", "September", "April", "Februarie", "Appollis", "Kleinsmith", "Cloete",
            "Pietersen", "Jansen", "Visagie", "Basson", "Marais", "Theron", "Blaauw", "Damon", "Isaacs", "Daniels")),
    # Negros Occidental: Ilonggo (Princess, Charity, Escalante the city as a surname)
    "ng": (("Joanna", "Princess", "Charity", "Jenelyn", "Rizza", "Maricris", "Jessa", "Lalaine", "Rowelyn", "Cheska", "Nenita", "Visitacion",
            "Concepcion", "Luzviminda", "Annaliza", "Marjorie"),
           ("Jaypee", "Ronnel", "Junrey", "Dindo", "Bienvenido", "Crisanto", "Totoy", "Boyet", "Leonilo", "Virgilio", "Jonathan", "Renante",
            "Jayson", "Rico", "Pepito", "Baldomero", "Edwin", "Nilo", "Elpidio", "Anecito"),
           ("Gamboa", "Yulo", "Montelibano", "Alunan", "Jalandoni", "Tupas", "Gensoli", "Escalante", "Hofileña", "Sotto", "Bantug", "Araneta",
            "Locsin", "Gatuslao", "Benedicto", "Cuenca", "Dalisay", "Javellana", "Sumbingco", "Jison")),
    # Lucknow: Awadhi Hindu and Shia Muslim families
    "lk": (("Nazia", "Farheen", "Kavita", "Aradhana", "Shruti", "Ruchi", "Garima", "Swati", "Neha", "Tabassum", "Afreen", "Zeba", "Huma",
            "Archana", "Vandana", "Nidhi", "Richa", "Shikha", "Pragya"),
           ("Anurag", "Vivek", "Saurabh", "Arif", "Shailendra", "Devesh", "Ashutosh", "Abhishek", "Rohit", "Pankaj", "Alok", "Shashank", "Faraz",
            "Sarfaraz", "Vikas", "Pratyush", "Anupam", "Kartikeya"),
           ("Srivastava", "Tiwari", "Awasthi", "Bajpai", "Rizvi", "Naqvi", "Nigam", "Shukla", "Dwivedi", "Saxena", "Trivedi", "Pandey", "Mathur",
            "Kapoor", "Agnihotri", "Chaturvedi", "Jaiswal", "Zaidi", "Abidi", "Ansari", "Mehrotra", "Tandon", "Khanna", "Rastogi")),
    # the Rio Grande Valley: Tejano families
    "rg": (("Janie", "Perla", "Anabel", "Deyanira", "Irma", "Olga", "Aracely", "Noemí", "Paola", "Selena", "Celestina"),
           ("Homero", "Baldemar", "Eliseo", "Jaime", "Ismael", "Cornelio", "Chuy"),
           ("Treviño", "Cantú", "Villarreal", "Guajardo", "Longoria", "Benavides", "Hinojosa", "Salinas", "Cavazos", "Tijerina", "Barrera",
            "Elizondo", "Olivarez", "Chapa", "Leal", "Solís", "Montalvo")),
    # County Armagh
    "ar": (UK_WOMEN, UK_MEN,
           ("McCann", "McAlinden", "Lavery", "Haughey", "Loughran", "McConville", "McGeown", "Trainor", "Corvan", "McShane", "Mackle", "Nugent",
            "Cullen")),
    # Rotherham: surnames that are trades and common words (Sterling, Butcher, Brewer, Deacon, Parsons, Church, Hall, Field, Banks)
    "rt": (UK_WOMEN, UK_MEN,
           ("Sterling", "Butcher", "Brewer", "Deacon", "Parsons", "Church", "Hall", "Field", "Hill", "Banks", "Rivers", "Green", "Porter",
            "Fletcher", "Spinner", "Plumber", "Darling", "Wise")),
    # Bundaberg: Australian South Sea Islander (Tanna, Malayta, Fatnowna) and German-Queensland families
    "bd": (("Jemma", "Raelene", "Kerri", "Melinda", "Wendelin", "Cherie", "Shari"),
           ("Daniel", "Jarrad", "Lochie", "Kirk", "Jarryd", "Codey", "Tarquin"),
           ("Tanna", "Quinlan", "Nass", "Bobongie", "Enoch", "Gela", "Fatnowna", "Corowa", "Malayta", "Mooney", "Sorensen", "Tomasetti", "Zunker",
            "Prizeman", "Rehbein", "Ziesemer", "Pfeffer", "Kleinschmidt", "Hausler", "Schwarten")),
    # Wigan
    "wg": (UK_WOMEN, UK_MEN,
           ("Gaskell", "Heaton", "Unsworth", "Prescott", "Winstanley", "Pennington", "Baybutt", "Hesketh", "Fairhurst", "Ashurst", "Culshaw",
            "Rigby", "Seddon", "Melling", "Aspinall", "Worsley", "Makinson", "Liptrot", "Tickle", "Gregson", "Ratcliffe")),
    # Swansea: Welsh and English
    "sw": (("Ceri", "Dilys", "Lynwen", "Caryl", "Gaynor", "Beti", "Gwenda", "Marged", "Myfanwy"),
           ("Jac", "Gwynfor", "Ianto", "Berwyn", "Hefin", "Aneurin", "Gerwyn", "Elwyn", "Deiniol"),
           ("Mainwaring", "Watts", "Cadwaladr", "Phillips", "Vittle", "Richards", "Gwyther", "Gwynn", "Hopkin", "Bowden", "Pember", "Rosser",
            "Cleaver", "Vivian", "Dillwyn", "Cradock", "Caswell")),
    # the Gold Coast: with Maltese- and Greek-Australian families and surnames that are English towns (Kingsbury, Bedford, Hastings)
    "gc": (("Skye", "Matilda", "Sienna", "Ayla", "Zali", "Brooklyn", "Sunny", "Mackenzie", "Tiarne", "Lani"),
           ("Kodi", "Bodie", "Dyl", "Zac", "Ryder", "Mitch", "Benji", "Kyan", "Hudson", "Axel"),
           ("Kingsbury", "Dwyer", "Halloran", "Prentice", "Rowbotham", "Penfold", "Brockhurst", "Gilchrist", "Bransby", "Tolhurst", "Lusk",
            "Sturgess", "Gauci", "Petrakis", "Kostopoulos", "Bedford", "Hastings")),
    # Limpopo: Sepedi (Justice, Lucky, Pertunia)
    "pk": (("Mmathapelo", "Mahlogonolo", "Tshegofatso", "Dikeledi", "Mokgadi", "Raesibe", "Mamokgethi", "Kholofelo", "Morongwa", "Matshidiso",
            "Ramatsobane", "Pertunia"),
           ("Kgabo", "Lesiba", "Mahlatse", "Kamogelo", "Lehlogonolo", "Makgoka", "Thabiso", "Mmakgabo", "Phuthego", "Mosima", "Seloane",
            "Ramokone", "Maphuti", "Justice", "Lucky"),
           ("Mphahlele", "Ledwaba", "Maake", "Mamabolo", "Sekgala", "Chuene", "Makgoba", "Molepo", "Rampedi", "Matlala", "Kekana", "Mashala",
            "Mokgehle", "Lekganyane", "Seshoka", "Mabotja", "Monyela", "Phasha", "Setati", "Ramoroka", "Moloto", "Manamela", "Thobejane")),
    # Belfast: with surnames that are English towns (Warwick, Buckingham, York)
    "bl": (UK_WOMEN, UK_MEN,
           ("Magee", "McCartan", "Gilmore", "McIlroy", "McCrory", "Beattie", "Gilliland", "Agnew", "McVeigh", "Rafferty", "Heaney", "McAteer",
            "Coulter", "Lyttle", "McClelland", "McMullan", "Wylie", "Warwick", "Buckingham", "York")),
    # Mansfield: Nottinghamshire coalfield, with surnames that are towns (Bolton, Preston, Derby, Durham, Halifax, Stafford)
    "mf": (UK_WOMEN, UK_MEN,
           ("Marriott", "Hollingworth", "Revill", "Stirland", "Straw", "Bonsall", "Brailsford", "Oldknow", "Gelsthorpe", "Hopewell", "Housley",
            "Toplis", "Radford", "Sansom", "Widdowson", "Godber", "Rowbottom", "Wilkinson", "Cresswell", "Bolton", "Preston", "Derby", "Durham",
            "Halifax", "Stafford")),
    # Cape Breton: Gaelic, Acadian and Mi'kmaq families (Christmas, Francis, Bernard, Marshall); Sydney a man's name and a town
    "cb": (("Peggy", "Kaye-Lynn", "Mae", "Rosaline", "Ethelind", "Annabelle", "Philomène", "Josie", "Tillie", "Augustina", "Winnifred",
            "Evangeline", "Ceretta"),
           ("Sydney", "Alexander", "Rannie", "Lauchie", "Dannie", "Rod", "Gussie", "Allister"),
           ("Marshall", "Bernard", "Christmas", "Francis", "MacNeil", "MacDougall", "Gillis", "MacInnis", "Aucoin", "Deveau", "MacLellan", "Gould")),
    # Uist and Benbecula: Gaelic, with patronymics and by-names
    "ui": (("Dolina", "Cairistìona", "Floraidh", "Magaidh", "Ceit", "Beitidh", "Curstag", "Dòmhnallag", "Lachlanina", "Iseabail"),
           ("Aonghas", "Eachann", "Seumas", "Lachlann", "Teàrlach", "Gilleasbaig", "Murchadh", "Coinneach", "Raghnall", "Fearchar"),
           ("MacPhee", "Steele", "MacEachen", "Walker", "MacCormick", "MacLean", "MacMillan", "Johnson", "MacRury", "O'Henley", "MacKillop", "Currie",
            "MacPherson")),
}  # fmt: skip
# A Polish woman's surname takes the feminine ending.
FEMININE = {"Nowicki": "Nowicka", "Kaminski": "Kaminska", "Zawadzki": "Zawadzka"}
# The genitive a Gaelic patronymic puts a father's given name in ("Aonghas mac Eachainn"), and the by-names that tell namesakes apart.
GAELIC_GENITIVE = {"Aonghas": "Aonghais", "Eachann": "Eachainn", "Seumas": "Sheumais", "Lachlann": "Lachlainn", "Teàrlach": "Thearlaich",
                   "Murchadh": "Mhurchaidh", "Coinneach": "Choinnich", "Raghnall": "Raghnaill", "Fearchar": "Fhearchair", "Gilleasbaig": "Ghilleasbaig"}
BYNAMES = ("Bàn", "Bhàn", "Ruadh", "Mòr", "Bheag", "Dubh", "Òg")
# Nicknames an obituary puts in quotation marks.
NICKNAMES = ("Bunny", "Dodie", "Chookie", "Bluey", "Snowy", "Skip", "Nudge", "Ginger", "Cookie", "Biddy", "Boots", "Sparky", "Tiny", "Dinky")
# The generational suffixes an obituary writes inside a name.
SUFFIXES = ("Jr.", "Sr.")
# Names that are words, months, virtues, flowers or places.
COMMON_WORD_NAMES = ("June", "May", "April", "Prudence", "Constance", "Iris", "Olive", "Primrose", "Melody", "Princess", "Charity", "Justice",
                     "Lucky", "Sterling", "Butcher", "Brewer", "Deacon", "Parsons", "Church", "Hall", "Field", "Hill", "Banks", "Rivers", "Green",
                     "Porter", "Fletcher", "Spinner", "Plumber", "Darling", "Wise", "Fowler", "Glover", "Draper", "Chandler", "Weaver", "Strong",
                     "Wellbeloved", "Senior", "September", "Februarie", "Adonis", "Christmas", "Straw", "Walker", "Steele")
PLACE_NAMES = ("Penrhyn", "Cemlyn", "Escalante", "Tanna", "Malayta", "Kingsbury", "Bedford", "Hastings", "Warwick", "Buckingham", "York",
               "Bolton", "Preston", "Derby", "Durham", "Halifax", "Stafford", "Sydney", "Caswell")
EPONYM_SURNAMES = ("Miller", "Turner")
name_words = blind18.name_words
fold19 = blind18.fold18
strip_marks = blind18.strip_marks


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists of bench/blind2.py to bench/blind18.py (their nicknames and misspellings too)."""
    return blind18.earlier_names() | blind18.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [*FEMININE.values(), *GAELIC_GENITIVE.values(), *BYNAMES, *NICKNAMES, *SUFFIXES]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
_SURNAMES = [s for _, _, surnames in PEOPLE.values() for s in surnames]
_GIVEN = {n for women, men, _ in PEOPLE.values() for n in (*women, *men)}
assert len(_SURNAMES) == len(set(_SURNAMES)) and all(name_words(n) for n in _SURNAMES + sorted(_GIVEN)), "a surname twice, or only particles"
assert all(n in _GIVEN or n in _SURNAMES for n in COMMON_WORD_NAMES + PLACE_NAMES) and all(s in _SURNAMES for s in EPONYM_SURNAMES)
assert set(GAELIC_GENITIVE) <= set(PEOPLE["ui"][1]) and set(FEMININE) <= set(PEOPLE["cv"][2])


class Person(blind18.Person):
    pass


# ---------------------------------------------------------------- identifiers with a published check

luhn_digit = blind18.luhn_digit
nhs_digit = blind18.nhs_digit
NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used; A is 1 ... Z is 24


def nhi_digit(six: str) -> int | None:
    """New Zealand NHI number, the AAANNNC form: the letters valued 1 to 24, the six characters weighted 7 to 2, 11 less the sum
    modulo 11 (10 written 0; a sum that is a multiple of 11 is never issued)."""
    values = [NHI_LETTERS.index(c) + 1 for c in six[:3]] + [int(c) for c in six[3:]]
    r = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2))) % 11
    return None if r == 0 else (11 - r) % 10


def ird_digit(base: str) -> int | None:
    """New Zealand IRD number: the base padded to eight digits, weighted 3, 2, 7, 6, 5, 4, 3, 2; 11 less the sum modulo 11 (a
    remainder of 0 is 0); a check of 10 tries the weights 7, 4, 3, 2, 5, 2, 7, 6, and a second 10 is never issued."""
    padded = base.zfill(8)
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(c) * w for c, w in zip(padded, weights)) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return check
    return None


CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_digit(seventeen: str) -> str:
    """Mexican CURP: the seventeen characters valued by their place in 0-9A-NÑO-Z, weighted 18 down to 2, ten less the sum modulo
    10 (0 for 10)."""
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(seventeen))
    return str((10 - total % 10) % 10)


def acn_digit(eight: str) -> int:
    """Australian Company Number: the eight digits weighted 8 down to 1, the complement of the sum modulo 10."""
    return (10 - sum(int(c) * w for c, w in zip(eight, range(8, 0, -1))) % 10) % 10


def abn_prefix(acn: str) -> str:
    """A company's ABN is two check digits and its ACN: the first digit less one, the eleven weighted 10, 1, 3, 5 ... 19, a multiple of 89."""
    for prefix in range(10, 100):
        digits = [int(c) for c in f"{prefix}{acn}"]
        digits[0] -= 1
        if sum(d * w for d, w in zip(digits, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19))) % 89 == 0:
            return str(prefix)
    raise ValueError(acn)


def uln_digit(nine: str) -> int | None:
    """English Unique Learner Number, as the author understands the Learning Records Service's description: nine digits weighted
    10 down to 2, the check 10 less the sum modulo 11 (a remainder of 0 is never issued)."""
    r = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) % 11
    return None if r == 0 else 10 - r


assert nhi_digit("ZAC536") == 1 and nhi_digit("ZZZ001") == 6 and ird_digit("4909185") == 0 and ird_digit("13641013") == 2
assert curp_digit("BOXW310820HNERXN0") == "9" and acn_digit("00408561") == 6 and abn_prefix("004085616") == "53"

# ---------------------------------------------------------------- dates, phone numbers

EN_MONTHS = blind18.EN_MONTHS
regroup = blind18.regroup
age_on = blind18.age_on
ordinal = blind18.ordinal

PHONES = {
    "wilts": ("01225 ######", "01249 ######", "01380 ######", "01985 ######", "07### ######"),
    "mon": ("01248 ######", "01407 ######", "07### ######", "+44 7### ######"),
    "wairarapa": ("06 377 ####", "06 379 ####", "06 306 ####", "021 ### ####", "027 ### ####", "+64 27 ### ####"),
    "barnsley": ("01226 ######", "07### ######", "01226 7#####"),
    "coventry": ("024 76## ####", "024 7## ####", "07### ######"),
    "boland": ("021 8## ####", "021 88# ####", "+27 82 ### ####", "072 ### ####", "083 ### ####"),
    "negros": ("+63 917 ### ####", "0918 ### ####", "(034) 43#-####", "0927-###-####", "(034) 7##-####"),
    "lucknow": ("+91 94150 #####", "0522 23#####", "0522-40#####", "98390 #####", "+91 63### #####"),
    "rgv": ("(956) 6##-####", "956-4##-####", "(956) 3##-####", "956-5##-####"),
    "armagh": ("028 375# ####", "028 383# ####", "028 406# ####", "07### ######"),
    "rotherham": ("01709 ######", "07### ######", "01909 ######"),
    "bundaberg": ("(07) 415# ####", "07 415# ####", "04## ### ###", "+61 4## ### ###"),
    "wigan": ("01942 ######", "07### ######", "01942 2#####"),
    "swansea": ("01792 ######", "07### ######", "01792 7#####"),
    "goldcoast": ("(07) 55## ####", "07 56## ####", "04## ### ###", "+61 4## ### ###"),
    "limpopo": ("015 29# ####", "015 307 ####", "+27 7# ### ####", "082 ### ####", "076 ### ####"),
    "belfast": ("028 90## ####", "028 95## ####", "07### ######", "+44 7### ######"),
    "mansfield": ("01623 ######", "07### ######", "01623 4#####"),
    "capebreton": ("(902) 539-####", "902-562-####", "(902) 849-####", "902-862-####"),
    "uist": ("01870 ######", "01876 ######", "01878 ######", "07### ######"),
}  # fmt: skip

Doc = tuple[str, str, str]  # (the instruction, the document, the answer)


class Gen(blind18.Gen):
    """bench/blind18.py's draws (people who do not repeat a name within a document, dates as documents write them) with this
    corpus's people, phone numbers and identifiers."""

    def person(self, culture: str, female: bool | None = None) -> Person:
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        last = self._name(surnames)
        return Person(self._name(women if female else men), FEMININE.get(last, last) if female else last, culture, female)

    def relative(self, p: Person, female: bool) -> Person:
        r = self.person(p.culture, female)
        stem = next((m for m, f in FEMININE.items() if f == p.last), p.last)
        r.last = FEMININE.get(stem, stem) if female else stem
        return r

    def named(self, culture: str, surname: str, female: bool | None = None) -> Person:
        p = self.person(culture, female)
        if not name_words(surname) & self.used:
            self.used -= name_words(p.last)
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

    def nhi(self) -> str:
        while True:
            six = "".join(self.rng.choice(NHI_LETTERS) for _ in range(3)) + self.digits(3)
            check = nhi_digit(six)
            if check is not None:
                return six + str(check)

    def ird(self) -> str:
        """An IRD number, eight or nine digits between 10,000,000 and 150,000,000, written NNN-NNN-NNN or NN-NNN-NNN."""
        while True:
            base = str(self.rng.randint(1_000_000, 14_999_999))
            check = ird_digit(base)
            if check is not None:
                n = base + str(check)
                return f"{n[:-6]}-{n[-6:-3]}-{n[-3:]}"

    def curp(self, p: Person, born: datetime.date, state: str) -> str:
        """A CURP: the first surname's initial and first inner vowel, the second surname's initial (X where none), the given name's
        initial, the birth date YYMMDD, H or M, the state's two letters, the inner consonants of the surnames and given name, 0 for a
        birth in the 1900s, the check digit."""
        first, given = fold19(p.last).upper(), fold19(p.first).upper()
        second = fold19(self.surname("rg")).upper()
        vowel = next((c for c in first[1:] if c in "AEIOU"), "X")
        inner = [next((c for c in w[1:] if c not in "AEIOU"), "X") for w in (first, second, given)]
        seventeen = f"{first[0]}{vowel}{second[0]}{given[0]}{born:%y%m%d}{'M' if p.female else 'H'}{state}{''.join(inner)}0"
        return seventeen + curp_digit(seventeen)

    def npi(self) -> str:
        nine = self.pick("12") + self.digits(8)
        return nine + str(luhn_digit("80840" + nine))

    def acn(self) -> str:
        eight = self.digits(8)
        return eight + str(acn_digit(eight))

    def abn(self, acn: str) -> str:
        n = abn_prefix(acn) + acn
        return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"

    def hc_number(self) -> str:
        """A Northern Ireland Health and Care number: ten digits, 320 to 399 first, with the NHS number's check."""
        while True:
            nine = str(self.rng.randint(320, 399)) + self.digits(6)
            check = nhs_digit(nine)
            if check is not None:
                return f"{nine[:3]} {nine[3:6]} {nine[6:]}{check}"

    def uln(self) -> str:
        while True:
            nine = str(self.rng.randint(1, 9)) + self.digits(8)
            check = uln_digit(nine)
            if check is not None:
                return nine + str(check)

    def sa_tax(self) -> str:
        """A South African income tax reference number: ten digits, 0, 1, 2, 3 or 9 first, the Luhn check last."""
        nine = self.pick("01239") + self.digits(8)
        return nine + str(luhn_digit(nine))

    # identifiers drawn in their published patterns, no public check

    def nino(self) -> str:
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
            second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        d = self.digits(6)
        return self.pick((f"{first}{second}{d}{self.pick('ABCD')}", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}"))

    def uk_pc(self, area: str) -> str:
        return f"{area} {self.digits(1)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


# ---------------------------------------------------------------- the documents

def _one_document(write: Callable[[Gen], Doc]) -> Callable[[Gen], Doc]:
    """The writer, starting each document with no names given yet and counting the documents of its type (bench/blind18.py's)."""
    return blind18._one_document(write)  # type: ignore[arg-type]



def wc(g: Gen, d: datetime.date) -> str:
    """A week as a plan writes it: "w/c 14 Oct", the "w/c" outside the DATE_TIME."""
    return f"w/c {L('DATE_TIME', f'{d.day} {EN_MONTHS[d.month - 1][:3]}')}"


def monday(d: datetime.date) -> datetime.date:
    return d - datetime.timedelta(days=d.weekday())


# ---------------------------------------------------------------- clinical and health-adjacent registers

WILTS = (("Trowbridge", "BA14"), ("Chippenham", "SN15"), ("Melksham", "SN12"), ("Devizes", "SN10"), ("Warminster", "BA12"))
WT_STREETS = ("{n} Hilperton Road", "{k} Spa Road", "{n} Semington Road", "{k} Boreham Road", "{n} Long Street", "{k} Sandridge Road",
              "{n} Rowden Hill Gardens", "{k} Lancaster Mews")
WT_EMPLOYERS = ("Avonside Bearings Ltd", "Kennet Valley Foods Ltd", "Semington Cheese Company", "Westbury Float Glass Ltd", "Wiltshire Council",
                "Sarsen Logistics Ltd")
# (condition, treatment, a test or score, the job the employee does)
OH_CASES = (("Ménière's disease", "betahistine 16 mg TDS", "Dix-Hallpike test negative", "forklift driver"),
            ("Crohn's disease", "adalimumab 40 mg fortnightly", "faecal calprotectin 310 µg/g", "production line operative"),
            ("obstructive sleep apnoea", "CPAP at night", "Epworth Sleepiness Scale 16", "HGV driver"),
            ("carpal tunnel syndrome", "wrist splints at night", "Phalen's test positive", "packing team leader"),
            ("generalised anxiety disorder", "sertraline 50 mg OD", "GAD-7 score 15", "customer service adviser"),
            ("Miller Fisher syndrome", "IVIG 2 g/kg over five days", "MRC grade 4/5 in both legs", "quality inspector"))  # fmt: skip


def occupational_health_report(g: Gen) -> Doc:
    """A Wiltshire manager's referral to occupational health and the adviser's report back: the employee with the employee number
    and National Insurance number, the manager by job title and e-mail, the OH physician (GMC) and nurse (NMC), the employer and the
    OH provider, a week written "w/c 14 Oct"; the answer the letter to the manager or a table of adjustments."""
    emp = g.named("wt", "Miller") if g.every(4) else g.of("wt")
    mgr, doc, nurse, hr = (g.of("wt") for _ in range(4))
    cond, treat, test, job = OH_CASES[-1] if emp.last == "Miller" else g.pick(OH_CASES[:-1])
    town, area = g.pick(WILTS)
    employer = g.pick(WT_EMPLOYERS)
    provider = g.pick(("Sarum Occupational Health LLP", "Vale of Pewsey Workplace Health Ltd", "Avon Vale OH Services"))
    born = g.born(1962, 1998)
    off = g.base(2022, 2024)
    ref = g.later(off, 14, 40)
    seen = g.later(ref, 7, 21)
    start = monday(g.later(seen, 7, 21))
    review = g.later(start, 28, 56)
    eno = f"{g.pick('EPW')}{g.digits(6)}"
    nino = g.nino()
    gmc, pin = g.gmc(), g.nmc_pin(g.rng.randint(2002, 2019))
    t_in, t_out = g.tel2("wilts")
    grade = g.pick(("Grade 4", "Grade 5", "Band C", "Band D"))
    salary = f"£{g.rng.randint(22, 34)},{g.digits(3)} a year"
    terms = [K(cond), K(treat), K(test), K("Equality Act 2010"), K("reasonable adjustments"), K("Access to Work"), K(grade), K(salary),
             K("Statutory Sick Pay")]
    mail = g.mail(mgr, f"{g.domain(employer.split()[0])}.co.uk")
    body = (f"MANAGEMENT REFERRAL AND OCCUPATIONAL HEALTH REPORT\nPart A - referral (completed by the line manager)\n"
            f"Employee: {emp.full()}   Date of birth: {g.date(born, 'num')}   Employee no.: {L('ACCOUNT_NUMBER', eno)}   NI no.: {L('NATIONAL_ID', nino)}\n"
            f"Job: {job}, {terms[6]} ({terms[7]})   Home: {g.loc(g.fill(g.pick(WT_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}   Mobile: {t_in}\n"
            f"Employer: {g.org(employer)}\nReferred by: {mgr.full()}, shift manager ({mail}), on {g.long(ref)}\n"
            f"Reason: {emp.given()} has been off sick since {g.long(off)} and is now on {terms[8]}. Please advise whether {emp.he()} is fit "
            f"to return, what {terms[4]} we should consider and whether the {terms[3]} is likely to apply.\n\n"
            f"Part B - report ({g.org(provider)})\nSeen by {doc.full()}, consultant occupational physician (GMC {L('LICENSE_NUMBER', gmc)}), "
            f"{g.at(seen, g.rng.randint(9, 16))}, with {nurse.full()}, OH nurse adviser (NMC PIN {L('LICENSE_NUMBER', pin)}).\n"
            f"{emp.title()} {emp.sur()} has {terms[0]}, treated with {terms[1]}; on examination {terms[2]}. "
            f"{emp.he().capitalize()} wants to come back and I consider {emp.him()} fit for modified duties from {wc(g, start)}.\n"
            f"In my opinion the {terms[3]} is likely to apply. I recommend {terms[4]}: a phased return over four weeks, no nights, and a "
            f"referral to {terms[5]}. Review on {g.long(review)}.\ncc {hr.full()}, HR business partner")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the HR letter to the line manager summarising the occupational health advice.",
                    "Draft the manager's summary of this OH report for the employee's file.")),
            g.pick(("Turn the recommendations into a table of adjustments with dates and owners.",
                    "Make a return-to-work adjustments table from this report.")))[k]
    if k == 0:
        answer = (f"Dear {mgr.given()},\nRe: {emp.caps()} (employee {L('ACCOUNT_NUMBER', eno)})\n{doc.ini()} saw {emp.given()} on {g.long(seen)}. "
                  f"{emp.he().capitalize()} has {terms[0]} and is fit for modified duties from {g.long(start)}. The {terms[3]} is likely to apply, "
                  f"so please put the {terms[4]} in place (phased return, no nights, {terms[5]}). Review {g.date(review, 'num')}.\n{hr.full()}")
    else:
        answer = (f"Adjustments - {emp.sur_first()} ({L('NATIONAL_ID', nino)})\n| Adjustment | From | Owner |\n|---|---|---|\n"
                  f"| Phased return over four weeks | {g.long(start)} | {mgr.full()} |\n| No night shifts | {g.long(start)} | {mgr.full()} |\n"
                  f"| Referral to {terms[5]} | {g.long(seen)} | {hr.full()} |\n| OH review | {g.long(review)} | {doc.full()} |\nCondition: {terms[0]}.")
    return task, body, answer


MON = (("Llangefni", "LL77"), ("Amlwch", "LL68"), ("Benllech", "LL74"), ("Beaumaris", "LL58"), ("Porthaethwy", "LL59"))
YM_STREETS = ("{n} Ffordd Glanhwfa", "{k} Stryd y Bont", "{n} Lôn Goch", "{k} Ffordd Cybi", "{n} Stryd Fawr", "{k} Maes Hyfryd")
YM_PRACTICES = ("Meddygfa Cefni", "Canolfan Iechyd Amlwch", "Meddygfa Bro Seiriol", "Meddygfa'r Bont")
YM_EMPLOYERS = ("Cyngor Sir Ynys Môn", "Halen Môn Cyf", "Mona Dairies Ltd", "Menai Boatbuilders Cyf", "Ysbyty Gwynedd")
YM_CASES = (("Crohn's disease", "mesalazine 2.4 g OD"), ("lumbar radiculopathy", "naproxen 500 mg BD"), ("post-viral fatigue", "graded activity"),
            ("depression", "sertraline 100 mg OD"), ("De Quervain's tenosynovitis", "a thumb spica splint"), ("Bell's palsy", "prednisolone 60 mg OD"))  # fmt: skip


def statement_of_fitness_for_work(g: Gen) -> Doc:
    """An Ynys Môn (Anglesey) GP's bilingual Welsh and English fit note ("Datganiad Ffitrwydd i Weithio") with the practice's
    covering note to the employer: the patient's NHS number, the GP's GMC number, the practice and the employer, a period of days,
    Welsh phrases; the answer the HR absence record or a plain English summary for the employer."""
    pt, gp, mgr, admin = (g.of("ym") for _ in range(4))
    town, area = g.pick(MON)
    practice, employer = g.pick(YM_PRACTICES), g.pick(YM_EMPLOYERS)
    cond, treat = g.pick(YM_CASES)
    born = g.born(1958, 2000)
    seen = g.base(2022, 2025)
    start = seen
    end = g.later(start, 13, 41)
    t_in, t_out = g.tel2("mon")
    terms = [K(cond), K(treat), K("may be fit for work"), K("a phased return to work"), K("amended duties"), K("Statutory Sick Pay"),
             K("Statement of Fitness for Work")]
    nhs = g.nhs()
    mail = g.mail(pt, g.pick(("btinternet.com", "yahoo.co.uk", "hotmail.co.uk")))
    body = (f"Datganiad Ffitrwydd i Weithio / {terms[6]}\nEnw'r claf / Patient's name: {pt.full()}   Dyddiad geni / Date of birth: {g.date(born, 'num')}\n"
            f"Rhif GIG / NHS number: {L('HEALTH_ID', nhs)}\nCyfeiriad / Address: {g.loc(g.fill(g.pick(YM_STREETS)))}, {g.loc(town)}, {g.loc(g.uk_pc(area))}\n"
            f"Fe wnes i eich asesu ar / I assessed your case on: {g.long(seen)}\nCyflwr / Condition: {terms[0]}, on {terms[1]}\n"
            f"Rydych chi / You {terms[2]} taking account of the following advice: {terms[3]} and {terms[4]}.\n"
            f"Am y cyfnod / For the period: {g.days(start, end)}\nMeddyg / Doctor: {gp.full()} (GMC {L('LICENSE_NUMBER', g.gmc())}), {g.org(practice)}\n\n"
            f"Covering note from the practice to {g.org(employer)}:\nAnnwyl {mgr.full()},\n{pt.given()} asked us to send the note. {pt.he().capitalize()} can be "
            f"reached on {t_in} or {mail}. {pt.his().capitalize()} {terms[5]} runs from {g.long(start)}.\nDiolch yn fawr,\n{admin.full()}, rheolwr y practis / practice manager")
    k = g.rng.randrange(2)
    task = (g.pick(("Record this fit note in the HR absence system: employee, dates, advice, doctor.", "Fill in the absence record from this fit note.")),
            g.pick(("Write a short English summary of this bilingual fit note for the employee's manager.", "Summarise the fit note in English for the line manager.")))[k]
    if k == 0:
        answer = (f"Absence record\nEmployee: {pt.caps()}\nEmployer: {g.org(employer)}\nFit note from: {g.date(start, 'num')} to: {g.date(end, 'num')}\n"
                  f"Advice: {terms[2]} - {terms[3]}, {terms[4]}\nCondition: {terms[0]}\nIssued by: Dr {gp.ini()}, {g.org(practice)}\nContact: {t_out}")
    else:
        answer = (f"{mgr.given()}, Dr {gp.sur()} has issued {pt.full()} a {terms[6]} saying {pt.he()} {terms[2]} from {g.long(start)} to {g.long(end)} "
                  f"with {terms[3]} and {terms[4]}, because of {terms[0]}. {pt.his().capitalize()} NHS number is {L('HEALTH_ID', nhs.replace(' ', ''))}.")
    return task, body, answer


WAIRARAPA = (("Masterton", "5810"), ("Carterton", "5713"), ("Greytown", "5712"), ("Martinborough", "5711"), ("Eketāhuna", "4900"))
WR_STREETS = ("{n} Queen Street", "{k} Chapel Street", "{n} High Street North", "{k} Kuratawhiti Street", "{n} Jellicoe Street", "{k} Renall Street")
WR_EMPLOYERS = ("Ruamāhanga Shearing Ltd", "Tararua Timber Processors Ltd", "Kahutara Vineyards Ltd", "Wairarapa Meat Company Ltd",
                "Masterton District Council")
WR_INJURIES = (("lumbar disc prolapse", "ibuprofen 400 mg TDS"), ("rotator cuff tear", "paracetamol 1 g QID"),
               ("fractured left wrist", "a below-elbow cast"), ("ankle ligament sprain", "a moon boot"), ("knee meniscal tear", "a hinged knee brace"))  # fmt: skip


def return_to_work_plan(g: Gen) -> Doc:
    """A Wairarapa (New Zealand) ACC graduated return-to-work plan: the worker's NHI and IRD numbers, the ACC claim number, the
    employer, the case owner, the physiotherapist and GP, whānau support, a week by week plan, Māori words; the answer a table of
    weeks or the case owner's summary."""
    w, case, physio, gp, sup, whanau = (g.of("wr") for _ in range(6))
    town, pc = g.pick(WAIRARAPA)
    employer = g.pick(WR_EMPLOYERS)
    injury, treat = g.pick(WR_INJURIES)
    hurt = g.base(2021, 2024)
    plan = monday(g.later(hurt, 21, 60))
    weeks = [plan + datetime.timedelta(days=7 * i) for i in range(4)]
    claim = f"{g.rng.randint(10, 99)}{g.digits(3)}{g.digits(5)}"
    nhi, ird = g.nhi(), g.ird()
    t_in, t_out = g.tel2("wairarapa")
    hours = sorted(g.rng.sample(range(8, 38, 4), 3))
    terms = [K(injury), K(treat), K("weekly compensation at 80%"), K("graduated return to work"), K("Te Whare Tapa Whā"),
             K(f"{hours[0]} hours a week"), K("Accident Compensation Act 2001")]
    mail = g.mail(case, "acc.co.nz", 0)
    body = (f"Kia ora koutou,\nGRADUATED RETURN TO WORK PLAN under the {terms[6]}\nKaimahi / worker: {w.full()}   NHI {L('HEALTH_ID', nhi)}   IRD {L('NATIONAL_ID', ird)}\n"
            f"ACC claim number: {L('CASE_NUMBER', claim)}   Date of injury: {g.long(hurt)}\nAddress: {g.loc(g.fill(g.pick(WR_STREETS)))}, {g.loc(f'{town} {pc}')}   Phone: {t_in}\n"
            f"Employer: {g.org(employer)}; supervisor {sup.full()}\nInjury: {terms[0]}, managed with {terms[1]}. {w.given()} receives {terms[2]}.\n"
            f"Treating team: {physio.full()} (physiotherapist), Dr {gp.full()} (GP)\nSupport person: {whanau.full()} ({'whaea' if whanau.female else 'matua'}, whānau)\n\n"
            f"Plan ({terms[3]}), agreed at a hui on {g.long(g.later(plan, -6, -2))}:\n"
            f"- {wc(g, weeks[0])}: {terms[5]}, light mahi only\n- {wc(g, weeks[1])}: {hours[1]} hours\n- {wc(g, weeks[2])}: {hours[2]} hours\n"
            f"- {wc(g, weeks[3])}: review with {physio.given()}\nWe used {terms[4]} to talk about taha tinana and taha whānau.\n"
            f"Ngā mihi,\n{case.full()}, recovery partner ({mail})")
    k = g.rng.randrange(2)
    task = (g.pick(("Set the plan out as a table, one row per week, with the people responsible.", "Make a week-by-week table of this return-to-work plan.")),
            g.pick(("Write the case owner's short summary of this plan for the claim file.", "Summarise this ACC plan in a few sentences for the file.")))[k]
    if k == 0:
        answer = (f"{w.caps()} - claim {L('CASE_NUMBER', claim)}\n| Week | Hours | Who |\n|---|---|---|\n| {g.long(weeks[0])} | {terms[5]} | {sup.full()} |\n"
                  f"| {g.long(weeks[1])} | {hours[1]} | {sup.full()} |\n| {g.long(weeks[2])} | {hours[2]} | {sup.full()} |\n| {g.long(weeks[3])} | review | {physio.full()} |")
    else:
        answer = (f"{w.sur_first()} (NHI {L('HEALTH_ID', nhi)}) injured on {g.long(hurt)} ({terms[0]}) is on a {terms[3]} at {g.org(employer)} from "
                  f"{g.long(weeks[0])}, starting at {terms[5]}. {terms[2]} continues. Supervisor {sup.full()}; physio {physio.full()}; contact {t_out}.")
    return task, body, answer


BARNSLEY = (("Barnsley", "S70"), ("Barnsley", "S71"), ("Penistone", "S36"), ("Wombwell", "S73"), ("Hoyland", "S74"), ("Cudworth", "S72"))
BN_STREETS = ("{n} Dodworth Road", "{k} Park Road", "{n} Sheffield Road", "{k} Wakefield Road", "{n} Summer Lane", "{k} Huddersfield Road")
BN_SCHOOLS = ("Dearne Valley Academy", "Penistone Hills Academy", "Wombwell Park Academy", "Kirk Balk Community School", "Barnsley College")
BN_NEEDS = (("Turner syndrome", "specific learning difficulty in mathematics"), ("autism spectrum condition", "sensory processing difficulties"),
            ("Down syndrome", "moderate learning difficulty"), ("developmental language disorder", "word-finding difficulty"),
            ("Duchenne muscular dystrophy", "fatigue and reduced mobility"))  # fmt: skip


def education_health_care_plan(g: Gen) -> Doc:
    """A Barnsley education, health and care plan's annual review: the young person's ULN and NHS number, the parents, the school
    or college, the SENCO (Ms Turner beside Turner syndrome now and then), the educational psychologist (HCPC), the speech and
    language therapist, test scores, an academic year and a term with only its year (not labelled); the answer section F as a table
    or the review's summary."""
    female = g.rng.random() < 0.5
    yp = g.of("bn", female=female)
    mum, dad = g.relative(yp, True), g.relative(yp, False)
    need, second = g.pick(BN_NEEDS[1:] if not female else BN_NEEDS[:1] + BN_NEEDS[1:4])
    if need == "Duchenne muscular dystrophy" and female:
        need, second = BN_NEEDS[1]
    senco = g.named("bn", "Turner", True) if need == "Turner syndrome" else g.of("bn")
    ep, salt, case = g.of("bn"), g.of("bn"), g.of("bn")
    town, area = g.pick(BARNSLEY)
    school = g.pick(BN_SCHOOLS)
    born = g.born(2007, 2012)
    review = g.base(2023, 2025)
    nxt = g.later(review, 330, 370)
    uln, nhs = g.uln(), g.nhs()
    t_in, t_out = g.tel2("barnsley")
    year = review.year if review.month >= 9 else review.year - 1
    terms = [K(need), K(second), K("Children and Families Act 2014"), K("section 44"), K(f"WISC-V full scale IQ {g.rng.randint(62, 92)}"),
             K(f"GCSE English Language grade {g.rng.randint(2, 5)}"), K("30 minutes of speech and language therapy a week"), K("Disability Living Allowance")]
    mail = g.mail(case, "barnsley.gov.uk", 0)
    body = (f"EDUCATION, HEALTH AND CARE PLAN - ANNUAL REVIEW ({terms[3]} of the {terms[2]})\nAcademic year {year}/{(year + 1) % 100:02d}, Spring term {year + 1}\n"
            f"Section A - about me\nName: {yp.full()}   Date of birth: {g.date(born, 'num')}   ULN: {L('STUDENT_ID', uln)}   NHS no.: {L('HEALTH_ID', nhs)}\n"
            f"Home: {g.loc(g.fill(g.pick(BN_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}\nParents: {mum.full()} and {dad.full()} ({t_in})\n"
            f"Setting: {g.org(school)}   SENCO: {senco.full()}\n\nSection B - needs: {terms[0]} with {terms[1]}. Cognitive assessment by {ep.full()}, "
            f"educational psychologist (HCPC {L('LICENSE_NUMBER', g.hcpc('PYL'))}): {terms[4]}. Predicted {terms[5]}.\n"
            f"Section F - provision: {terms[6]} from {salt.full()}; a key adult each morning; exam access arrangements. The family receives {terms[7]}.\n"
            f"Review meeting held on {g.long(review)} with {yp.given()}, {mum.given()}, {senco.title()} {senco.sur()} and {case.full()}, SEN case officer ({mail}).\n"
            f"Next review by {g.long(nxt)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Set out section F as a table: provision, who provides it, how often.", "Make a provision table from this EHCP review.")),
            g.pick(("Write the case officer's summary of this annual review for the parents.", "Summarise the annual review for the family in plain English.")))[k]
    if k == 0:
        answer = (f"{yp.caps()} (ULN {L('STUDENT_ID', uln)})\n| Provision | Provider | Frequency |\n|---|---|---|\n| {terms[6]} | {salt.full()} | weekly |\n"
                  f"| Key adult | {g.org(school)} | daily |\n| Exam access arrangements | {senco.full()} | each exam |\nNeed: {terms[0]}. Next review {g.date(nxt, 'num')}.")
    else:
        answer = (f"Dear {mum.full()} and {dad.full()},\nAt {yp.given()}'s review on {g.long(review)} we agreed the plan still meets {yp.his()} needs ({terms[0]}). "
                  f"{terms[6]} continues with {salt.full()}. The next review is due by {g.long(nxt)}.\n{case.full()}, SEN case officer")
    return task, body, answer

COVENTRY = (("Coventry", "CV1"), ("Coventry", "CV2"), ("Coventry", "CV6"), ("Kenilworth", "CV8"), ("Nuneaton", "CV11"), ("Bedworth", "CV12"))
CV_STREETS = ("{n} Foleshill Road", "{k} Stoney Stanton Road", "{n} Binley Road", "{k} Earlsdon Avenue North", "{n} Far Gosford Street",
              "{k} Priory Street")
CV_PLACEMENTS = ("University Hospital Coventry", "George Eliot Hospital", "Hospital of St Cross, Rugby", "Caludon Centre")
CV_ALLEGATIONS = (("signed a drug chart for a controlled drug she had not witnessed", "the Misuse of Drugs Regulations 2001"),
                  ("posted a photograph taken on the ward on social media", "the NMC Code, paragraph 20.10"),
                  ("did not disclose a police caution on enrolment", "the Rehabilitation of Offenders Act 1974"),
                  ("submitted a reflective essay that was largely copied", "the Academic Integrity Regulations"))  # fmt: skip


def fitness_to_practise_decision(g: Gen) -> Doc:
    """A Coventry university's fitness-to-practise panel decision on a student nurse: the student number and UCAS Personal ID,
    the placement hospital, the practice assessor and the academic assessor, the panel, the students' union adviser, the student's
    extenuating circumstances, a Polish woman's -ska surname; the answer the outcome letter or a summary for the register of
    decisions."""
    st = g.of("cv")
    chair, m1, m2, assessor, academic, adviser, witness = (g.of("cv") for _ in range(7))
    town, area = g.pick(COVENTRY)
    placement = g.pick(CV_PLACEMENTS)
    allegation, rule = g.pick(CV_ALLEGATIONS)
    allegation = allegation.replace(" she ", f" {st.he()} ")
    incident = g.base(2022, 2024)
    hearing = g.later(incident, 40, 120)
    letter = g.later(hearing, 2, 10)
    sid = f"{g.rng.randint(5, 15):02d}{g.digits(5)}" if g.rng.random() < 0.5 else f"{g.digits(7)}"
    ucas = g.digits(10)
    t_in, t_out = g.tel2("coventry")
    terms = [K(rule), K("fitness to practise"), K("extenuating circumstances"), K("a formal warning for 12 months"), K("Year 2"),
             K("BSc (Hons) Adult Nursing"), K("Standards for student supervision and assessment"), K(g.pick(("a 2:1 average", "a 58% module mark", "a PASS in practice")))]
    mail = g.mail(st, "uni.coventry.ac.uk", 1)
    union = "Coventry Students' Union"
    body = (f"FACULTY OF HEALTH AND LIFE SCIENCES - FITNESS TO PRACTISE PANEL: DECISION\nStudent: {st.full()}   Student number: "
            f"{L('STUDENT_ID', sid)}   UCAS Personal ID: {L('STUDENT_ID', f'{ucas[:3]}-{ucas[3:6]}-{ucas[6:]}')}\nProgramme: {terms[5]}, {terms[4]}\n"
            f"Address: {g.loc(g.fill(g.pick(CV_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}   Tel: {t_in}   E-mail: {mail}\n"
            f"Panel: {chair.full()} (chair), {m1.full()} (registered nurse), {m2.full()} (service user representative)\nHeard: {g.long(hearing)}\n\n"
            f"1. On {g.long(incident)}, on placement at {g.org(placement)}, the student {allegation}, contrary to {terms[0]}. The practice assessor, "
            f"{assessor.full()}, raised it with the academic assessor, {academic.full()}, the next day.\n2. {st.title()} {st.sur()} accepted the facts. "
            f"{witness.full()}, a staff nurse, gave evidence. {st.he().capitalize()} was supported by {adviser.full()} of the {g.org(union)}.\n"
            f"3. The panel accepted {st.his()} {terms[2]} (a bereavement in the family) and noted {terms[7]} so far and good reports under the {terms[6]}.\n"
            f"4. Outcome: {terms[1]} impaired but remediable; {terms[3]}; a supported return to placement.")
    k = g.rng.randrange(2)
    task = (g.pick(("Draft the outcome letter to the student.", "Write the letter telling the student the panel's decision.")),
            g.pick(("Summarise the decision for the faculty's register of fitness to practise outcomes.", "Write a register entry for this decision.")))[k]
    if k == 0:
        answer = (f"Dear {st.full()},\n{L('DATE_TIME', f'{letter.day} {EN_MONTHS[letter.month - 1]} {letter.year}')}\nStudent number {L('STUDENT_ID', sid)}\n"
                  f"The panel chaired by {chair.full()} met on {g.long(hearing)}. It found your {terms[1]} impaired but remediable and gave {terms[3]}. "
                  f"It took your {terms[2]} into account. {assessor.full()} will arrange your return to placement.\nYours sincerely,\n{chair.full()}")
    else:
        answer = (f"{st.caps()} ({L('STUDENT_ID', sid)}), {terms[5]}: incident {g.date(incident, 'num')} at {g.org(placement)}; breach of {terms[0]}; "
                  f"heard {g.date(hearing, 'num')}; outcome {terms[3]}. Panel: {chair.full()}, {m1.full()}, {m2.full()}.")
    return task, body, answer


BOLAND = (("Stellenbosch", "7600"), ("Franschhoek", "7690"), ("Somerset West", "7130"), ("Kuils River", "7580"), ("Strand", "7140"))
SB_STREETS = ("{n} Dorpstraat", "{k} Merriman Avenue", "{n} Bird Street", "{k} Andringa Street", "{n} Huguenot Road", "{k} Van Riebeeck Street")
SB_CLUBS = ("Helderberg Hawks RFC", "Kuils River Pirates RFC", "Franschhoek Valley Rugby Club", "Idas Valley United RFC", "Stellenbosch Tygers RFC")


def concussion_incident_report(g: Gen) -> Doc:
    """A Stellenbosch and Helderberg rugby club's concussion incident report: the player's South African ID number (his birth date,
    a man's sequence, Luhn), the opposing club, the referee and the team doctor (HPCSA), the parent's message in Afrikaans, the
    hospital, the kick-off time, the graduated return to play stages; the answer a timeline or the school and club notification."""
    pl = g.of("sb", female=False)
    parent = g.relative(pl, g.rng.random() < 0.6)
    doc, ref, coach, physio = (g.of("sb") for _ in range(4))
    club, opp = g.rng.sample(SB_CLUBS, 2)
    town, pc = g.pick(BOLAND)
    born = g.born(2005, 2008)
    match = g.base(2022, 2025)
    stages = [g.later(match, 1, 3)]
    for _ in range(4):
        stages.append(g.later(stages[-1], 2, 4))
    said = g.sa_id(born, False)
    t_in, t_out = g.tel2("boland")
    gcs = g.pick(("14/15", "15/15"))
    terms = [K("HIA1"), K("SCAT6"), K("Maddocks questions"), K(f"Glasgow Coma Scale {gcs}"), K("Graduated Return to Play"), K("BokSmart"),
             K("World Rugby Regulation 10"), K("paracetamol 500 mg")]
    mail = g.mail(doc, "mediclinic.co.za", 0)
    ma = "Ma" if parent.female else "Pa"
    body = (f"{g.org(club)} - CONCUSSION INCIDENT REPORT ({terms[5]} protocol)\nPlayer: {pl.full()}   ID no.: {L('NATIONAL_ID', said)}   "
            f"Date of birth: {g.date(born, 'iso')}\nHome: {g.loc(g.fill(g.pick(SB_STREETS)))}, {g.loc(f'{town} {pc}')}\nMatch: u19A vs {g.org(opp)}, kick-off {g.at(match, 15)}\n"
            f"Referee: {ref.full()}   Coach: {coach.full()}\nIn the 34th minute {pl.given()} was hit in a tackle and lay still. {terms[0]} by the team doctor, "
            f"Dr {doc.full()} (HPCSA {L('LICENSE_NUMBER', 'MP ' + g.digits(7))}): failed {terms[2]}, {terms[3]}. Removed from play under {terms[6]}.\n"
            f"Taken to {g.org('Mediclinic Stellenbosch')} by {ma.lower()}, {parent.full()} ({t_in}). CT normal; {terms[7]} for headache.\n"
            f"Message from {parent.given()} that evening: \"Hy het hoofpyn en slaap nou. Baie dankie vir julle hulp, Dokter.\"\n"
            f"{terms[1]} on {g.long(stages[0])} with {physio.full()}, physiotherapist. {terms[4]} from {g.long(stages[1])}; cleared by {g.long(stages[4])} if symptom free.\n"
            f"Report: Dr {doc.sur()} ({mail})")
    k = g.rng.randrange(2)
    task = (g.pick(("Extract a dated timeline of the incident and the return to play.", "Write a timeline from injury to clearance.")),
            g.pick(("Draft the club's notification to the parent, in English.", "Write the club's letter to the player's parent.")))[k]
    if k == 0:
        answer = (f"{pl.caps()}\n- {g.long(match)}: injured against {g.org(opp)}; {terms[0]} failed ({terms[3]})\n- {g.long(stages[0])}: {terms[1]} with {physio.full()}\n"
                  f"- {g.long(stages[1])}: {terms[4]} begins\n- {g.long(stages[4])}: earliest clearance by Dr {doc.full()}")
    else:
        answer = (f"Beste {parent.full()},\nThank you for your message about {pl.given()} after the match on {g.long(match)}. Dr {doc.full()} will see {pl.him()} for "
                  f"the {terms[1]} on {g.long(stages[0])}. The {terms[4]} starts on {g.long(stages[1])}. Please call {coach.full()} on {t_out} with any worries.\nGroete,\n{g.org(club)}")
    return task, body, answer


NEGROS = (("Bacolod City", "6100"), ("Silay City", "6116"), ("Talisay City", "6115"), ("Victorias City", "6119"), ("Bago City", "6101"))
NG_BARANGAYS = ("Brgy. Mandalagan", "Brgy. Taculing", "Brgy. Villamonte", "Brgy. Estefania", "Brgy. Alijis", "Brgy. Rizal", "Brgy. Balaring")
NG_CATERERS = ("Tita Nening's Catering", "Manokan sa Plaza", "Kusina ni Inday", "Piaya House Catering", "Sugarland Events and Catering")


def outbreak_investigation_report(g: Gen) -> Doc:
    """A Negros Occidental city health office's food-poisoning outbreak investigation after a birthday party: the cases with their
    case numbers, ages, barangays and PhilHealth numbers, the caterer, the food handler, the disease surveillance officer, the
    sanitary inspector, Hiligaynon and Tagalog words; the answer a line list or the report's summary."""
    host, handler, dso, insp, md = (g.of("ng") for _ in range(5))
    cases = [g.of("ng") for _ in range(3)]
    town, pc = g.pick(NEGROS)
    caterer = g.pick(NG_CATERERS)
    party = g.base(2022, 2025)
    onset = [datetime.datetime.combine(party, datetime.time(13)) + datetime.timedelta(hours=g.rng.randint(2, 14)) for _ in cases]
    rep = g.later(party, 1, 3)
    fin = g.later(rep, 10, 30)
    year = party.year
    nums = [f"NOC-FBD-{year}-{g.digits(4)}" for _ in cases]
    ph = [f"{g.digits(2)}-{g.digits(9)}-{g.digits(1)}" for _ in cases]
    t_in, t_out = g.tel2("negros")
    guests, ill = g.rng.randint(40, 90), g.rng.randint(12, 35)
    terms = [K("Staphylococcus aureus"), K(f"attack rate {round(100 * ill / guests)}%"), K("oral rehydration salts"), K("RA 10611"),
             K("PIDSR"), K("pancit"), K("leche flan"), K("sanitary permit")]
    rows = "\n".join(f"{n_} | {c.full()} | {g.rng.randint(4, 78)} | {g.loc(g.pick(NG_BARANGAYS))} | {L('HEALTH_ID', p_)} | onset {L('DATE_TIME', f'{o.day} {EN_MONTHS[o.month - 1][:3]} {o.year} {o.hour:02d}:{g.rng.randint(0, 59):02d}')}"
                     for n_, c, p_, o in zip((L("CASE_NUMBER", x) for x in nums), cases, ph, onset))
    body = (f"{g.org(town.upper() + ' HEALTH OFFICE')} - OUTBREAK INVESTIGATION REPORT ({terms[4]} event)\nEvent: birthday party of {host.full()} at "
            f"{g.loc(g.pick(NG_BARANGAYS) + ', ' + town)} on {g.long(party)}; {guests} guests, {ill} ill ({terms[1]}).\nCaterer: {g.org(caterer)}; food handler {handler.full()}\n\n"
            f"Line list (case no. | name | age | barangay | PhilHealth | onset):\n{rows}\n\n"
            f"Most cases ate the {terms[5]} and the {terms[6]}. One told us, \"Nagsakit gid ang tiyan ko, nagsuka ko tatlo ka beses,\" and another said "
            f"\"Salamat po\" after {terms[2]}. {cases[0].given()} was admitted to {g.org('Corazon Locsin Montelibano Memorial Regional Hospital')} under Dr {md.full()}.\n"
            f"Swabs grew {terms[0]}. The caterer had no {terms[7]}, contrary to {terms[3]}.\nInvestigated by {dso.full()} (disease surveillance officer, {t_in}) "
            f"and {insp.full()} (sanitary inspector). Final report {g.long(fin)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Rewrite the line list as a table sorted by onset, names surname first.", "Produce a cleaned line list of the cases.")),
            g.pick(("Summarise the outbreak for the provincial health office.", "Write a short summary of this investigation for the PHO.")))[k]
    order = sorted(range(len(cases)), key=lambda i: onset[i])
    if k == 0:
        answer = "| Case | Name | Onset |\n|---|---|---|\n" + "\n".join(
            f"| {L('CASE_NUMBER', nums[i])} | {cases[i].caps()} | {L('DATE_TIME', f'{onset[i].day} {EN_MONTHS[onset[i].month - 1]} {onset[i].year}')} |" for i in order) + \
            f"\nOrganism: {terms[0]}; {terms[1]}."
    else:
        answer = (f"Outbreak after {host.full()}'s party on {g.long(party)} in {g.loc(town)}: {ill} of {guests} ill ({terms[1]}), {terms[0]} from food by "
                  f"{g.org(caterer)}. Admitted: {cases[0].full()} ({L('CASE_NUMBER', nums[0])}). Contact {dso.full()} on {t_out}.")
    return task, body, answer

LUCKNOW = (("Gomti Nagar", "226010"), ("Aliganj", "226024"), ("Indira Nagar", "226016"), ("Hazratganj", "226001"),
           ("Barabanki", "225001"))
LK_STREETS = ("{n}/{k} Vikas Khand", "House no. {n}, Sector {m}", "{k} Kapoorthala Complex", "B-{n} Nirala Nagar", "{n}/{k} Vivek Khand")


def trial_screening_log(g: Gen) -> Doc:
    """A Lucknow trial site's screening and enrolment log for a diabetes trial: screening numbers, the participants' initials in the
    log and their names, ABHA numbers and phones in the confidential key, the principal investigator (state council registration),
    the study coordinator, Hindi in a participant's words; the answer the sponsor's de-identified count or the coordinator's list of
    follow-up calls."""
    pi, coord = g.of("lk"), g.of("lk")
    pts = [g.of("lk") for _ in range(3)]
    lar = g.relative(pts[2], False)
    site_no = g.digits(2)
    first = g.base(2022, 2025)
    days = [first, g.later(first, 1, 6), g.later(first, 7, 14)]
    visit = g.later(days[2], 7, 14)
    scr = [f"S-{site_no}-{g.rng.randint(1, 199):03d}" for _ in pts]
    abha = [f"{g.digits(2)}-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}" for _ in pts]
    tels = [g.tel2("lucknow") for _ in pts]
    hba = [round(g.rng.uniform(7.0, 10.5), 1) for _ in pts]
    egfr = g.rng.randint(25, 44)
    terms = [K(f"HbA1c {hba[0]}%"), K(f"HbA1c {hba[1]}%"), K(f"HbA1c {hba[2]}%"), K(f"eGFR {egfr} mL/min/1.73m²"), K("inclusion criterion 3"),
             K("exclusion criterion 5"), K("ICH-GCP E6(R2)"), K("New Drugs and Clinical Trials Rules, 2019"), K("metformin 1 g BD"), K("screen failure")]
    town, pin = g.pick(LUCKNOW)
    site = "King George's Medical University"
    body = (f"SCREENING AND ENROLMENT LOG - site {site_no}, {g.org(site)}, {g.loc('Lucknow')}\nProtocol conducted under "
            f"{terms[6]} and the {terms[7]}.\nPI: Dr {pi.full()} (UPMC reg. {L('LICENSE_NUMBER', g.digits(5))})   Coordinator: {coord.full()}\n\n"
            f"| Screening no. | Initials | Date | Result |\n|---|---|---|---|\n"
            f"| {L('CASE_NUMBER', scr[0])} | {pts[0].initials()} | {g.date(days[0], 'dash')} | eligible, {terms[0]} on {terms[8]} |\n"
            f"| {L('CASE_NUMBER', scr[1])} | {pts[1].initials()} | {g.date(days[1], 'dash')} | {terms[9]}: {terms[3]} ({terms[5]}) |\n"
            f"| {L('CASE_NUMBER', scr[2])} | {pts[2].initials()} | {g.date(days[2], 'dash')} | eligible, {terms[2]}; {terms[4]} met |\n\n"
            f"CONFIDENTIAL KEY (kept at site)\n" + "\n".join(
                f"{L('CASE_NUMBER', s_)}: {p.full()}, ABHA {L('HEALTH_ID', a_)}, {t_[0]}" for s_, p, a_, t_ in zip(scr, pts, abha, tels)) +
            f"\n{pts[2].given()} lives at {g.loc(g.fill(g.pick(LK_STREETS)))}, {g.loc(f'{town}, Lucknow {pin}')}; consent witnessed by {pts[2].his()} son, {lar.full()}.\n"
            f"Note: {pts[0].given()} ji asked, \"Dawai ghar pe le ja sakte hain? Theek hai, main {'aaungi' if pts[0].female else 'aaunga'}.\" Baseline visit {g.long(visit)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("List the participants the coordinator must call before the baseline visit, with their numbers.",
                    "Make the coordinator's call list from the confidential key for eligible participants.")),
            g.pick(("Write the site's screening update for the sponsor with screening numbers and initials only.",
                    "Summarise the screening results for the sponsor without full names.")))[k]
    if k == 0:
        answer = (f"Call before {g.long(visit)}:\n1. {pts[0].caps()} ({L('CASE_NUMBER', scr[0])}) - {tels[0][1]} - {terms[0]}\n"
                  f"2. {pts[2].caps()} ({L('CASE_NUMBER', scr[2])}) - {tels[2][1]} - {terms[2]}; son {lar.full()}\nNot eligible: {L('CASE_NUMBER', scr[1])} ({terms[9]}).")
    else:
        answer = (f"Site {site_no} screening update: {L('CASE_NUMBER', scr[0])} ({pts[0].initials()}) eligible, {terms[0]}; {L('CASE_NUMBER', scr[1])} "
                  f"({pts[1].initials()}) {terms[9]}, {terms[3]}; {L('CASE_NUMBER', scr[2])} ({pts[2].initials()}) eligible, {terms[2]}. PI Dr {pi.full()}.")
    return task, body, answer


RGV = (("McAllen", "78501"), ("McAllen", "78504"), ("Brownsville", "78520"), ("Harlingen", "78550"), ("Weslaco", "78596"), ("Pharr", "78577"))
RG_STREETS = ("{n}{k} N 10th St", "{n}0 W Nolana Ave", "{k}{n} E Tyler Ave", "{n}{m} Boca Chica Blvd", "{k}0 S Cage Blvd", "{n}{k} W Expressway 83")
RG_STATES = ("TS", "NL", "CH", "DF", "SP")


def fertility_counselling_letter(g: Gen) -> Doc:
    """A Rio Grande Valley fertility clinic's counselling letter after an implications counselling session, in English with Spanish:
    the patient and her partner (his CURP, the check digit computed), the medical record number, the physician (NPI, Luhn over 80840),
    the counsellor (LPC licence), the interpreter, money; the answer the letter's summary for the chart or the consent checklist."""
    pt = g.of("rg", female=True)
    partner = g.of("rg", female=False)
    md, couns, interp, nurse = (g.of("rg") for _ in range(4))
    town, zipc = g.pick(RGV)
    p_born, q_born = g.born(1984, 1997), g.born(1978, 1995)
    session = g.base(2022, 2025)
    retrieval = g.later(session, 30, 75)
    mrn = f"{g.digits(3)}-{g.digits(4)}"
    curp = g.curp(partner, q_born, g.pick(RG_STATES))
    npi = g.npi()
    t_in, t_out = g.tel2("rgv")
    terms = [K("IVF with ICSI"), K(f"AMH {round(g.rng.uniform(0.4, 2.2), 1)} ng/mL"), K("letrozole 2.5 mg"), K("ASRM"), K(f"${g.rng.randint(11, 19)},{g.digits(3)}"),
             K("embryo disposition"), K("PGT-A")]
    clinic = g.pick(("Valle Fertility Center", "Rio Grande Reproductive Medicine", "Sabal Palm Fertility Institute"))
    portal = L("URL", f"https://portal.{g.domain(clinic)}.com/patients/{mrn.replace('-', '')}")
    body = (f"{g.org(clinic)}\n{g.loc(g.fill(g.pick(RG_STREETS)))}, {g.loc(f'{town}, TX {zipc}')}\n\n{L('DATE_TIME', f'{EN_MONTHS[session.month - 1]} {session.day}, {session.year}')}\n\n"
            f"Dear {pt.full()} and {partner.full()},\nThank you for meeting me for implications counseling before {terms[0]} (MRN {L('HEALTH_ID', mrn)}). "
            f"{interp.full()}, our certified Spanish interpreter, joined us; {pt.given()} preferred to talk in Spanish and {partner.given()} in English.\n"
            f"We talked about your results ({terms[1]}), the stimulation plan with {terms[2]}, {terms[6]} and {terms[5]}, following {terms[3]} guidance. "
            f"You told me \"queremos intentarlo, aunque sea una vez\" and that your mamá in {g.loc('Reynosa')} knows.\n"
            f"For the consent forms we need {partner.given()}'s CURP ({L('NATIONAL_ID', curp)}) and dates of birth ({g.date(p_born, 'us')}; {g.date(q_born, 'us')}). "
            f"The self-pay package is {terms[4]}. Egg retrieval is planned for the week of {g.date(retrieval, 'us')} with Dr {md.full()} (NPI {L('LICENSE_NUMBER', npi)}).\n"
            f"Questions: {nurse.full()}, nurse coordinator, {t_in}, or through the portal at {portal}.\nCon cariño,\n{couns.full()}, LPC (Texas license {L('LICENSE_NUMBER', g.digits(5))})")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the counselor's note for the chart from this letter.", "Summarise this counseling letter as a chart note.")),
            g.pick(("Make the checklist of what is still needed for the consent forms.", "List what the couple must bring for the consents.")))[k]
    if k == 0:
        answer = (f"Counseling note - {pt.caps()} (MRN {L('HEALTH_ID', mrn)}), partner {partner.caps()}\nSeen {g.date(session, 'num')} with interpreter {interp.full()}. "
                  f"Discussed {terms[0]}, {terms[1]}, {terms[5]}. Retrieval with Dr {md.sur()} week of {g.long(retrieval)}.")
    else:
        answer = (f"Consent checklist for {pt.full()} and {partner.full()}:\n- Partner's CURP: {L('NATIONAL_ID', curp)}\n- Dates of birth: {g.date(p_born, 'num')}, "
                  f"{g.date(q_born, 'num')}\n- {terms[5]} form\n- Payment of {terms[4]}\nContact: {nurse.full()} {t_out}")
    return task, body, answer


ARMAGH = (("Armagh", "BT60"), ("Armagh", "BT61"), ("Portadown", "BT62"), ("Lurgan", "BT66"), ("Craigavon", "BT65"), ("Banbridge", "BT32"))
AR_STREETS = ("{n} Scotch Street", "{k} Killylea Road", "{n} Loughgall Road", "{k} Bridge Street", "{n} William Street", "{k} Newry Road")
AR_HOMES = ("Callan Lodge Nursing Home", "Drumarg Care Home", "Orchard County Residential Home", "Bannside Manor Care Centre")


def care_home_admission_assessment(g: Gen) -> Doc:
    """A County Armagh care home's pre-admission assessment: the resident's Health and Care number (ten digits, 320-399 first, the
    NHS check), the GP practice, the next of kin, the social worker (NISCC registration), the home's manager, scores, Irish words
    the resident uses; the answer an admission summary or the handover for the night staff."""
    res = g.of("ar")
    nok = g.relative(res, g.rng.random() < 0.6)
    sw, mgr, gp, pharm = (g.of("ar") for _ in range(4))
    town, area = g.pick(ARMAGH)
    home = g.pick(AR_HOMES)
    practice = f"{g.surname('ar')} Medical Practice"
    born = g.born(1928, 1948)
    assess = g.base(2022, 2025)
    admit = g.later(assess, 3, 14)
    hc = g.hc_number()
    niscc = g.digits(7)
    t_in, t_out = g.tel2("armagh")
    terms = [K(f"Barthel Index {g.rng.randint(20, 60)}/100"), K(f"Waterlow score {g.rng.randint(10, 20)}"), K(f"MUST score {g.rng.randint(0, 2)}"),
             K(f"Clinical Frailty Scale {g.rng.randint(5, 7)}"), K("donepezil 10 mg ON"), K("Alzheimer's disease"), K("Mental Capacity Act (Northern Ireland) 2016"),
             K("Deprivation of Liberty Safeguards")]
    rel = "daughter" if nok.female else "son"
    body = (f"{g.org(home)} - PRE-ADMISSION ASSESSMENT\nName: {res.full()}   Date of birth: {g.date(born, 'num')}   H&C number: {L('HEALTH_ID', hc)}\n"
            f"Usual address: {g.loc(g.fill(g.pick(AR_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}\nGP: Dr {gp.full()}, {g.org(practice)}\n"
            f"Next of kin: {nok.full()} ({rel}), {t_in}\nReferred by: {sw.full()}, social worker, {g.org('Southern Health and Social Care Trust')} (NISCC {L('LICENSE_NUMBER', niscc)})\n"
            f"Assessed on {g.long(assess)} by {mgr.full()}, home manager.\n\nDiagnosis: {terms[5]}, on {terms[4]}. Scores: {terms[0]}, {terms[1]}, {terms[2]}, {terms[3]}.\n"
            f"{res.given()} grew up speaking Irish and still says \"Dia dhuit\" to everyone; {nok.given()} says {res.he()} settles when called \"a stór\".\n"
            f"Capacity: lacks capacity to decide on residence; {terms[7]} authorisation requested under the {terms[6]}.\n"
            f"Medicines reconciled with {pharm.full()}, community pharmacist. Planned admission {g.long(admit)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the admission summary for the care record.", "Summarise this pre-admission assessment for the resident's file.")),
            g.pick(("Write the handover note for the night staff on the day of admission.", "Draft a short handover for the first night.")))[k]
    if k == 0:
        answer = (f"Admission summary - {res.caps()} (H&C {L('HEALTH_ID', hc.replace(' ', ''))})\nAdmitted {g.date(admit, 'num')} to {g.org(home)}. {terms[5]}; "
                  f"{terms[0]}; {terms[1]}. NOK {nok.full()} ({t_out}). Social worker {sw.full()}. GP Dr {gp.sur()}.")
    else:
        answer = (f"Night handover {g.long(admit)}, {g.org(home)}: {res.full()} admitted today. {terms[5]}, {terms[4]} at night. High pressure risk ({terms[1]}). "
                  f"Settles when called \"a stór\". Call {nok.full()} on {t_out} if unsettled.")
    return task, body, answer


# ---------------------------------------------------------------- legal, money and family registers

ROTHERHAM = (("Rotherham", "S60"), ("Rotherham", "S65"), ("Maltby", "S66"), ("Rawmarsh", "S62"), ("Dinnington", "S25"), ("Swinton", "S64"))
RT_STREETS = ("{n} Moorgate Road", "{k} Wellgate", "{n} Doncaster Road", "{k} Kimberworth Road", "{n} Psalters Lane", "{k} Herringthorpe Valley Road")
RT_RESPONDENTS = ("Don Valley Castings Ltd", "Magna Fulfilment Ltd", "Rother Valley Care Services Ltd", "Templeborough Steel Fabrications Ltd")
RT_FIRMS = ("Wragby & Co Solicitors", "Kimberworth Law LLP", "Steel City Solicitors Ltd")
RT_CONDITIONS = (("type 1 diabetes", "hypoglycaemic episodes"), ("epilepsy", "nocturnal seizures"), ("multiple sclerosis", "fatigue"),
                 ("dyslexia", "slow reading"), ("Crohn's disease", "urgent need for a toilet"))


def employment_tribunal_judgment(g: Gen) -> Doc:
    """An employment tribunal's reserved judgment on a Rotherham disability discrimination claim: the claimant and the respondent,
    the case number and the Acas early conciliation number, the employment judge and the members, counsel and the solicitors'
    firm, the witnesses by job title, surnames that are trades and common words; the answer a digest or a table of awards."""
    cl = g.of("rt")
    ej, m1, m2, c_cl, c_r, hrm, sup = (g.of("rt") for _ in range(7))
    resp, firm = g.pick(RT_RESPONDENTS), g.pick(RT_FIRMS)
    town, area = g.pick(ROTHERHAM)
    cond, effect = g.pick(RT_CONDITIONS)
    start = g.base(2012, 2019)
    dismissed = g.base(2021, 2023)
    acas1 = g.later(dismissed, 20, 60)
    acas2 = g.later(acas1, 14, 42)
    h1 = g.later(acas2, 200, 400)
    h2 = h1 + datetime.timedelta(days=g.rng.randint(1, 3))
    sent = g.later(h2, 30, 90)
    case = f"18{g.digits(5)}/{acas2.year}"
    acas = f"R{g.digits(6)}/{acas1.year % 100:02d}/{g.digits(2)}"
    award, injury = f"£{g.rng.randint(8, 45)},{g.digits(3)}", f"£{g.rng.randint(6, 19)},{g.digits(3)}"
    terms = [K("section 15 of the Equality Act 2010"), K("section 20 of the Equality Act 2010"), K("discrimination arising from disability"),
             K("reasonable adjustments"), K(award), K(injury), K("injury to feelings"), K(cond), K("Vento bands")]
    body = (f"EMPLOYMENT TRIBUNALS\nClaimant: {cl.full()}\nRespondent: {g.org(resp)}\nCase no.: {L('CASE_NUMBER', case)}\nHearing (by CVP): {g.days(h1, h2)}\n"
            f"Before: Employment Judge {ej.sur()}, {m1.full()}, {m2.full()}\nRepresentation: claimant - {c_cl.full()} (counsel); respondent - {c_r.full()}, solicitor, {g.org(firm)}\n\n"
            f"RESERVED JUDGMENT\n1. The claim of {terms[2]} under {terms[0]} succeeds. 2. The claim of failure to make {terms[3]} under {terms[1]} succeeds.\n"
            f"REASONS\n3. The claimant, of {g.loc(g.fill(g.pick(RT_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}, worked for the respondent from {g.long(start)} until "
            f"{g.long(dismissed)}. {cl.he().capitalize()} has {terms[7]}, which causes {effect}.\n4. Early conciliation ran from {g.long(acas1)} to {g.long(acas2)} "
            f"(certificate {L('CASE_NUMBER', acas)}).\n5. We heard from {hrm.full()}, HR manager, and {sup.full()}, shift supervisor. {sup.title()} {sup.sur()} accepted that "
            f"the absences counted against {cl.title()} {cl.sur()} were caused by the {terms[7]}.\n6. Remedy: compensation of {terms[4]} including {terms[5]} for "
            f"{terms[6]}, in the middle of the {terms[8]}.\nEmployment Judge {ej.full()}\nSent to the parties on {g.long(sent)}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write a digest of this judgment for an employment law bulletin.", "Summarise this judgment in a short digest paragraph.")),
            g.pick(("Tabulate the claims, the outcomes and the awards.", "Make a table of the claims and remedy.")))[k]
    if k == 0:
        answer = (f"{cl.caps()} v {g.org(resp)} ({L('CASE_NUMBER', case)}): {terms[2]} and {terms[3]} claims upheld for a {terms[7]} claimant dismissed on "
                  f"{g.date(dismissed, 'num')}. Award {terms[4]}, with {terms[5]} for {terms[6]}. EJ {ej.sur()}, judgment sent {g.long(sent)}.")
    else:
        answer = (f"{cl.sur_first()} - {L('CASE_NUMBER', case)}\n| Claim | Section | Outcome |\n|---|---|---|\n| {terms[2]} | {terms[0]} | upheld |\n"
                  f"| {terms[3]} | {terms[1]} | upheld |\n| Remedy | - | {terms[4]} (incl. {terms[5]}) |\nRespondent: {g.org(resp)}; witnesses {hrm.full()}, {sup.full()}.")
    return task, body, answer


BUNDY = (("Bundaberg", "4670"), ("Bargara", "4670"), ("Hervey Bay", "4655"), ("Maryborough", "4650"), ("Burnett Heads", "4670"))
BD_STREETS = ("{n} Bourbong Street", "{k} Takalvan Street", "{n} Quay Street", "{k} Woongarra Scenic Drive", "{n} Boston Street", "{k} Walla Street")


def grievance_investigation_report(g: Gen) -> Doc:
    """A Bundaberg sugar mill's external grievance investigation report: the complainant and the respondent supervisor with their
    employee numbers, the mill's ACN and ABN (check digits computed), the investigator, witnesses, the union organiser, statutes and
    findings; the answer a findings table or the letter of outcome to the complainant."""
    comp, resp, inv, org_, w1, w2, gm = (g.of("bd") for _ in range(7))
    town, pc = g.pick(BUNDY)
    mill = g.pick(("Burnett River Sugar Co Pty Ltd", "Kolan Cane Milling Pty Ltd", "Elliott Heads Refinery Pty Ltd"))
    acn = g.acn()
    lodged = g.base(2022, 2025)
    interviews = [g.later(lodged, 5, 15), g.later(lodged, 16, 25)]
    report = g.later(interviews[1], 7, 21)
    eno = [f"{g.digits(5)}" for _ in range(2)]
    t_in, t_out = g.tel2("bundaberg")
    terms = [K("Fair Work Act 2009"), K("Work Health and Safety Act 2011 (Qld)"), K("psychosocial hazard"), K("substantiated"), K("not substantiated"),
             K("crushing season"), K("Sugar Industry Award 2020"), K("Employee Assistance Program")]
    mail = g.mail(inv, "workplaceinvestigations.com.au", 1)
    union = "Australian Workers' Union"
    body = (f"CONFIDENTIAL - GRIEVANCE INVESTIGATION REPORT\nEmployer: {g.org(mill)} (ACN {L('COMPANY_REGISTRATION', f'{acn[:3]} {acn[3:6]} {acn[6:]}')}, "
            f"ABN {L('COMPANY_REGISTRATION', g.abn(acn))})\nComplainant: {comp.full()}, fitter (employee no. {L('ACCOUNT_NUMBER', eno[0])}), of "
            f"{g.loc(g.fill(g.pick(BD_STREETS)))}, {g.loc(f'{town} QLD {pc}')}\nRespondent: {resp.full()}, shift supervisor (employee no. {L('ACCOUNT_NUMBER', eno[1])})\n"
            f"Investigator: {inv.full()} ({mail})\n\n1. On {g.long(lodged)}, during the {terms[5]}, {comp.given()} lodged a grievance alleging that {resp.sur()} called "
            f"{comp.him()} names about {comp.his()} South Sea Islander family and rostered {comp.him()} onto extra nights.\n2. I interviewed {comp.sur()} on "
            f"{g.long(interviews[0])} with {org_.full()}, organiser of the {g.org(union)}, and {resp.sur()} on {g.long(interviews[1])}.\n"
            f"3. Witnesses {w1.full()} (boiler operator) and {w2.full()} (cane inspector) heard the remarks.\n4. Findings: allegation 1 (remarks) {terms[3]}; "
            f"allegation 2 (rostering) {terms[4]}: the roster followed the {terms[6]}.\n5. The remarks are a {terms[2]} under the {terms[1]} and may breach the {terms[0]}.\n"
            f"6. Recommended: a final warning for {resp.given()}; the {terms[7]} offered to {comp.given()}. Report to {gm.full()}, general manager, on {g.long(report)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Set out the allegations, the evidence and the findings as a table.", "Tabulate the allegations and findings.")),
            g.pick(("Draft the outcome letter from the general manager to the complainant.", "Write the letter telling the complainant the outcome.")))[k]
    if k == 0:
        answer = (f"{comp.caps()} v {resp.caps()}\n| Allegation | Witnesses | Finding |\n|---|---|---|\n| Remarks about family | {w1.full()}, {w2.full()} | {terms[3]} |\n"
                  f"| Extra nights | roster | {terms[4]} |\nInvestigator: {inv.full()}, report {g.date(report, 'num')}.")
    else:
        answer = (f"Dear {comp.full()},\nYour grievance of {g.long(lodged)} was investigated by {inv.full()}. The allegation about remarks was {terms[3]}; the rostering "
                  f"allegation was {terms[4]}. Action is being taken. The {terms[7]} is available to you; call {t_out}.\n{gm.full()}, General Manager, {g.org(mill)}")
    return task, body, answer


WIGAN = (("Wigan", "WN1"), ("Wigan", "WN5"), ("Hindley", "WN2"), ("Standish", "WN6"), ("Golborne", "WA3"), ("Ince-in-Makerfield", "WN2"))
WG_STREETS = ("{n} Ormskirk Road", "{k} Wallgate", "{n} Scholes", "{k} Atherton Road", "{n} Preston Road", "{k} Warrington Road")
WG_SCHOOLS = ("Scholes Community Primary School", "Golborne St Thomas' CE Primary", "Hindley Green Primary Academy", "Standish Lower Ground Primary")


def school_safeguarding_referral(g: Gen) -> Doc:
    """A Wigan primary school's safeguarding referral to children's social care: the child's UPN (check letter) and NHS number, the
    parents and the mother's partner, the designated safeguarding lead, the class teacher, the time of the disclosure, the police and
    the council; the answer the referral form's fields or the DSL's chronology."""
    child = g.of("wg")
    mum = g.relative(child, True)
    partner, dsl, teacher, sw, gp = (g.of("wg") for _ in range(5))
    town, area = g.pick(WIGAN)
    school = g.pick(WG_SCHOOLS)
    born = g.born(2013, 2018)
    disclosure = g.base(2023, 2025)
    referral = g.later(disclosure, 0, 1)
    upn = g.upn(g.pick(("359", "355", "352")))
    nhs = g.nhs()
    t_in, t_out = g.tel2("wigan")
    terms = [K("Working Together to Safeguard Children 2023"), K("Keeping Children Safe in Education"), K("section 47 of the Children Act 1989"),
             K("Early Help"), K("Signs of Safety"), K("CPOMS"), K("body map")]
    mail = g.mail(dsl, "wigan.sch.uk", 0)
    body = (f"REQUEST FOR SERVICES - {g.org('Wigan Council')} Children's Social Care (via the front door)\nReferrer: {dsl.full()}, designated safeguarding lead, "
            f"{g.org(school)} ({mail}, {t_in})\nChild: {child.full()}   DOB {g.date(born, 'num')}   UPN {L('STUDENT_ID', upn)}   NHS no. {L('HEALTH_ID', nhs)}\n"
            f"Address: {g.loc(g.fill(g.pick(WG_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}\nMother: {mum.full()}   Mother's partner: {partner.full()}   GP: Dr {gp.full()}\n\n"
            f"What happened: {g.at(disclosure, g.rng.randint(9, 14), 'wk')} {child.given()} told {child.his()} class teacher, {teacher.full()}, that {partner.given()} "
            f"had hit {child.him()} with a belt. Marks were seen on {child.his()} arm and recorded on a {terms[6]}. {teacher.title()} {teacher.sur()} logged it on {terms[5]}.\n"
            f"History: the family had {terms[3]} support last year.\nWe are referring under {terms[1]} and {terms[0]} and think the threshold for {terms[2]} may be met. "
            f"{g.org('Greater Manchester Police')} informed by the DSL. Social worker on duty: {sw.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Fill in the referral form's fields (child, family, referrer, concern, action) from this text.", "Complete the MASH referral fields from this request.")),
            g.pick(("Write the DSL's chronology entry for the child's safeguarding file.", "Draft the chronology entry for this disclosure.")))[k]
    if k == 0:
        answer = (f"Child: {child.caps()} ({L('STUDENT_ID', upn)})\nDOB: {g.long(born)}\nHousehold: {mum.full()} (mother), {partner.full()} (partner)\n"
                  f"Referrer: {dsl.full()}, {g.org(school)}, {t_out}\nConcern: physical injury, disclosed to {teacher.full()}\nFramework: {terms[2]}")
    else:
        answer = (f"{g.date(disclosure, 'num')} - {child.sur_first()}: disclosure to {teacher.full()} about {partner.full()}; {terms[6]} completed; referral to "
                  f"{g.org('Wigan Council')} on {g.long(referral)}; police informed. DSL {dsl.full()}.")
    return task, body, answer


SWANSEA = (("Swansea", "SA1"), ("Morriston", "SA6"), ("Gorseinon", "SA4"), ("Clydach", "SA6"), ("Pontarddulais", "SA4"), ("Townhill", "SA1"))
SW_STREETS = ("{n} Woodfield Street", "{k} Cwmrhydyceirw Road", "{n} Alexandra Road", "{k} Heol Pentre Bach", "{n} Llangyfelach Road", "{k} Mayhill Road")


def debt_advice_case_note(g: Gen) -> Doc:
    """A Swansea debt adviser's case note: the client and the partner, the National Insurance number, the creditors with their
    account numbers, the bank's sort code and account, the council, the adviser, benefits and the debt solution; the answer a table
    of debts or the action letter to the client."""
    cl = g.of("sw")
    partner = g.relative(cl, not cl.female)
    adv, sup = g.of("sw"), g.of("sw")
    town, area = g.pick(SWANSEA)
    seen = g.base(2023, 2025)
    nxt = g.later(seen, 7, 21)
    nino = g.nino()
    t_in, t_out = g.tel2("swansea")
    ct, en, cc = f"£{g.rng.randint(6, 19)}{g.digits(2)}.{g.digits(2)}", f"£{g.rng.randint(3, 14)}{g.digits(2)}.{g.digits(2)}", f"£{g.rng.randint(2, 9)},{g.digits(3)}.{g.digits(2)}"
    accts = [g.digits(8), f"{g.digits(4)} {g.digits(4)} {g.digits(4)}", g.digits(10)]
    terms = [K("Debt Relief Order"), K("Standard Financial Statement"), K("Breathing Space"), K("Universal Credit"), K("PIP daily living component"),
             K(ct), K(en), K(cc), K("priority debt"), K("£90 fee")]
    creditor = g.pick(("Tawe Credit Union", "Loughor Loans Ltd", "QuickCash Direct Ltd"))
    sort, acct = f"07{g.digits(4)}", g.digits(8)
    iban = g.iban_of("GB", "NAIA" + sort + acct)
    body = (f"CASE NOTE - {g.org('Swansea Money Advice Centre')}\nClient: {cl.full()}   NI no. {L('NATIONAL_ID', nino)}   Tel {t_in}\n"
            f"Address: {g.loc(g.fill(g.pick(SW_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}\nHousehold: client and partner {partner.full()}, two children\n"
            f"Seen {g.at(seen, g.rng.randint(9, 16))} by {adv.full()}, debt adviser. \"Bore da\" - {cl.given()} was anxious but calm by the end.\n\n"
            f"Income: {terms[3]} and {terms[4]}. {terms[1]} completed; surplus nil.\nDebts:\n- Council tax arrears {terms[5]} to {g.org('City and County of Swansea')} "
            f"(account {L('ACCOUNT_NUMBER', accts[0])}) - {terms[8]}\n- Electricity {terms[6]} to {g.org('Gower Energy Ltd')} (account {L('ACCOUNT_NUMBER', accts[1])}) - {terms[8]}\n"
            f"- Loan {terms[7]} to {g.org(creditor)} (account {L('ACCOUNT_NUMBER', accts[2])})\nBank: {g.org('Nationwide Building Society')}, sort code "
            f"{L('ACCOUNT_NUMBER', f'{sort[:2]}-{sort[2:4]}-{sort[4:]}')}, account {L('ACCOUNT_NUMBER', acct)} (IBAN {L('IBAN_CODE', iban)})\n"
            f"Action: applied for {terms[2]}; {terms[0]} likely (the {terms[9]} can be paid in instalments). Next appointment {g.long(nxt)}. Checked by {sup.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Make a table of the client's debts with creditor, account, amount and priority.", "List the debts as a table.")),
            g.pick(("Write the adviser's letter to the client confirming the next steps.", "Draft the action letter to the client.")))[k]
    if k == 0:
        answer = (f"{cl.caps()} ({L('NATIONAL_ID', nino)})\n| Creditor | Account | Amount | Priority |\n|---|---|---|---|\n"
                  f"| {g.org('City and County of Swansea')} | {L('ACCOUNT_NUMBER', accts[0])} | {terms[5]} | yes |\n| {g.org('Gower Energy Ltd')} | "
                  f"{L('ACCOUNT_NUMBER', accts[1].replace(' ', ''))} | {terms[6]} | yes |\n| {g.org(creditor)} | {L('ACCOUNT_NUMBER', accts[2])} | {terms[7]} | no |")
    else:
        answer = (f"Dear {cl.full()},\nThank you for coming in on {g.long(seen)}. We have applied for {terms[2]}, and a {terms[0]} looks right for you. "
                  f"Please bring {partner.given()}'s payslips to your next appointment on {g.long(nxt)}.\nDiolch,\n{adv.full()}")
    return task, body, answer


GOLD = (("Southport", "4215"), ("Robina", "4226"), ("Nerang", "4211"), ("Coolangatta", "4225"), ("Burleigh Heads", "4220"))
GC_STREETS = ("{n} Scarborough Street", "{k} Ferny Avenue", "{n} Griffith Street", "{k} Christine Avenue", "{n} Goodwin Terrace", "Unit {k}/{n} Marine Parade")


def bankruptcy_statement_of_affairs(g: Gen) -> Doc:
    """A Gold Coast debtor's bankruptcy statement of affairs and the trustee's file note: the debtor and spouse, dates of birth, the
    failed company's ACN, the AFSA reference, the BSB and account, creditors and their amounts, the registered trustee; the answer
    a table of creditors or the trustee's summary."""
    debtor = g.of("gc")
    spouse = g.relative(debtor, not debtor.female)
    trustee, clerk = g.of("gc"), g.of("gc")
    town, pc = g.pick(GOLD)
    co = f"{debtor.last} Tiling Pty Ltd" if g.rng.random() < 0.5 else f"{g.pick(('Surfers', 'Hinterland', 'Broadwater'))} Pool Builders Pty Ltd"
    acn = g.acn()
    born, s_born = g.born(1965, 1992), g.born(1965, 1992)
    filed = g.base(2022, 2025)
    accepted = g.later(filed, 1, 10)
    ceased = g.later(filed, -300, -60)
    afsa = f"{g.pick('QN')}{g.rng.randint(1, 9)}{g.digits(4)}/{filed.year % 100:02d}/{g.digits(1)}"
    bsb = f"{g.pick(('064', '084', '124', '484'))}-{g.digits(3)}"
    t_in, t_out = g.tel2("goldcoast")
    debts = [f"${g.rng.randint(20, 140)},{g.digits(3)}.{g.digits(2)}" for _ in range(3)]
    terms = [K("Bankruptcy Act 1966"), K("section 55"), K(debts[0]), K(debts[1]), K(debts[2]), K("Part IX debt agreement"), K("actual income threshold amount"),
             K("superannuation")]
    banks = ("Coral Coast Bank", "Tweed Heads Credit Union", "Pindara Finance Pty Ltd")
    body = (f"DEBTOR'S PETITION AND STATEMENT OF AFFAIRS under the {terms[0]} ({terms[1]})\nAFSA reference: {L('CASE_NUMBER', afsa)}\n"
            f"Debtor: {debtor.full()}   Date of birth: {g.date(born, 'num')}   Phone: {t_in}\nAddress: {g.loc(g.fill(g.pick(GC_STREETS)))}, {g.loc(f'{town} QLD {pc}')}\n"
            f"Spouse: {spouse.full()}, born {g.date(s_born, 'num')}\nBusiness: director of {g.org(co)} (ACN {L('COMPANY_REGISTRATION', f'{acn[:3]} {acn[3:6]} {acn[6:]}')}), "
            f"which stopped trading on {g.long(ceased)} (website {L('URL', 'https://www.' + g.domain(co.replace(' Pty Ltd', '')) + '.com.au')} now offline)\nAccount: BSB {L('ACCOUNT_NUMBER', bsb)} account {L('ACCOUNT_NUMBER', g.digits(9))} at {g.org(banks[0])}\n\n"
            f"Creditors:\n1. {g.org('Australian Taxation Office')} - {terms[2]} (running balance account)\n2. {g.org(banks[1])} - {terms[3]} (personal guarantee)\n"
            f"3. {g.org(banks[2])} - {terms[4]} (car loan)\nThe debtor considered a {terms[5]} but the debts are too large. Income is below the {terms[6]}; "
            f"{terms[7]} is protected.\nSigned {g.long(filed)}. Accepted {g.long(accepted)}; trustee {trustee.full()}, registered trustee no. "
            f"{L('LICENSE_NUMBER', g.digits(4))}; file note by {clerk.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("List the creditors as a table with the amounts, and give the total.", "Tabulate the creditors from this statement of affairs.")),
            g.pick(("Write the trustee's first-meeting summary of the debtor's position.", "Summarise the statement of affairs for the trustee's file.")))[k]
    if k == 0:
        answer = (f"{debtor.caps()} - {L('CASE_NUMBER', afsa)}\n| Creditor | Amount |\n|---|---|\n| {g.org('Australian Taxation Office')} | {terms[2]} |\n"
                  f"| {g.org(banks[1])} | {terms[3]} |\n| {g.org(banks[2])} | {terms[4]} |\nCompany: {g.org(co)}.")
    else:
        answer = (f"{debtor.sur_first()} (born {g.long(born)}) became bankrupt on {g.long(accepted)} under the {terms[0]}. Former director of {g.org(co)}. Three "
                  f"creditors, the largest the {g.org('Australian Taxation Office')} ({terms[2]}). Trustee {trustee.full()}; debtor on {t_out}.")
    return task, body, answer


LIMPOPO = (("Polokwane", "0699"), ("Polokwane", "0700"), ("Tzaneen", "0850"), ("Mokopane", "0600"), ("Thohoyandou", "0950"), ("Seshego", "0742"))
PK_STREETS = ("{n} Thabo Mbeki Street", "{k} Grobler Street", "{n} Hans van Rensburg Street", "{k} Biccard Street", "{n} Marshall Street", "Stand {n}{k}, Zone {m}")


def income_protection_claim_assessment(g: Gen) -> Doc:
    """A Limpopo income-protection claim assessor's report: the claimant's South African ID number (birth date, sex, Luhn) and income
    tax reference number (Luhn), the policy and claim numbers, the insurer and the employer, the treating psychiatrist and
    psychologist (HPCSA), money, Sepedi greetings; the answer the decision summary or a letter to the broker."""
    cl = g.of("pk")
    psy, psych, broker, assessor, hrp = (g.of("pk") for _ in range(5))
    town, pc = g.pick(LIMPOPO)
    insurer = g.pick(("Mopani Mutual Life", "Bokone Assurance Ltd", "Marula Life Insurance Ltd"))
    employer = g.pick(("Capricorn District Municipality", "Letaba Citrus Estates (Pty) Ltd", "Polokwane Provincial Hospital"))
    born = g.born(1968, 1994)
    off = g.base(2022, 2025)
    claimed = g.later(off, 60, 120)
    decided = g.later(claimed, 20, 60)
    said, tax = g.sa_id(born, cl.female), g.sa_tax()
    policy, claim = f"IP{g.digits(8)}", f"CLM-{g.digits(6)}"
    t_in, t_out = g.tel2("limpopo")
    benefit = f"R{g.rng.randint(9, 38)} {g.digits(3)} per month"
    terms = [K("major depressive disorder"), K(f"PHQ-9 score {g.rng.randint(16, 24)}"), K("sertraline 100 mg"), K("own occupation"), K("90-day waiting period"),
             K("75% of salary"), K(benefit), K("DSM-5")]
    body = (f"{g.org(insurer)} - INCOME PROTECTION CLAIM ASSESSMENT\nPolicy: {L('CASE_NUMBER', policy)}   Claim: {L('CASE_NUMBER', claim)}\n"
            f"Claimant: {cl.full()}   ID no. {L('NATIONAL_ID', said)}   Income tax ref. {L('NATIONAL_ID', tax)}\nAddress: {g.loc(g.fill(g.pick(PK_STREETS)))}, {g.loc(f'{town}, {pc}')}\n"
            f"Employer: {g.org(employer)} (HR: {hrp.full()})   Broker: {broker.full()}   Cell: {t_in}\n\n"
            f"1. The claimant has been off work since {g.long(off)}. The claim was lodged on {g.long(claimed)}, after the {terms[4]}.\n"
            f"2. Treating psychiatrist Dr {psy.full()} (HPCSA {L('LICENSE_NUMBER', 'MP ' + g.digits(7))}) diagnoses {terms[0]} ({terms[7]}) with {terms[1]}, on {terms[2]}. "
            f"Psychologist {psych.full()} (HPCSA {L('LICENSE_NUMBER', 'PS ' + g.digits(7))}) confirms.\n3. At the telephone interview (\"Dumela, mma/rra\" - "
            f"\"Ke a leboga\") {cl.given()} described poor sleep and concentration.\n4. Decision: the claimant is unable to perform {cl.his()} {terms[3]}; benefit of "
            f"{terms[5]}, {terms[6]}, from {g.long(decided)}, reviewed in six months.\nAssessor: {assessor.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the decision summary for the claims system.", "Summarise the assessor's decision in the claim record.")),
            g.pick(("Draft the letter to the broker confirming the decision.", "Write the insurer's letter to the broker about this claim.")))[k]
    if k == 0:
        answer = (f"{cl.caps()} - {L('CASE_NUMBER', claim)}: admitted. {terms[0]}, {terms[1]}. Unable to do {terms[3]}. Benefit {terms[6]} from "
                  f"{g.date(decided, 'num')}. Treating doctor {psy.ini()}. Assessor {assessor.full()}.")
    else:
        answer = (f"Dear {broker.full()},\nPolicy {L('CASE_NUMBER', policy)} - {cl.full()}\nWe have accepted the claim: {terms[6]} ({terms[5]}) from {g.long(decided)}. "
                  f"The claimant can be reached on {t_out}.\n{assessor.full()}, {g.org(insurer)}")
    return task, body, answer


BELFAST = (("Belfast", "BT5"), ("Belfast", "BT6"), ("Belfast", "BT12"), ("Belfast", "BT14"), ("Newtownabbey", "BT36"), ("Holywood", "BT18"))
BL_STREETS = ("{n} Ormeau Road", "{k} Cregagh Road", "{n} Falls Road", "{k} Crumlin Road", "{n} Castlereagh Street", "{k} Antrim Road")


def disability_benefit_appeal_decision(g: Gen) -> Doc:
    """A Belfast appeal tribunal's statement of reasons on a Personal Independence Payment appeal: the appellant, the National
    Insurance number, the appeal reference, the legally qualified, medical and disability members, the presenting officer, the
    representative and the advice centre, descriptors and points; the answer the decision notice or a summary for the appellant."""
    ap, lqm, mm, dm, po, rep, gp = (g.of("bl") for _ in range(7))
    town, area = g.pick(BELFAST)
    centre = g.pick(("Ballynafeigh Advice Centre", "Shankill Welfare Rights Hub", "Lagan Village Advice Service"))
    claimed = g.base(2021, 2023)
    decision = g.later(claimed, 60, 120)
    hearing = g.later(decision, 180, 400)
    nino = g.nino()
    ref = f"BE/{g.digits(4)}/{hearing.year % 100:02d}/{g.digits(2)}/P"
    t_in, t_out = g.tel2("belfast")
    terms = [K("Personal Independence Payment"), K("Personal Independence Payment Regulations (Northern Ireland) 2016"), K("daily living activity 4"),
             K("descriptor 4e"), K("mobility activity 1"), K("descriptor 1d"), K("enhanced rate"), K("fibromyalgia"), K("pregabalin 150 mg BD"), K("10 points")]
    body = (f"APPEAL TRIBUNAL - STATEMENT OF REASONS\nAppeal reference: {L('CASE_NUMBER', ref)}\nAppellant: {ap.full()}   NINO {L('NATIONAL_ID', nino)}\n"
            f"Address: {g.loc(g.fill(g.pick(BL_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}\nHeard at {g.loc('Belfast')} on {g.long(hearing)}\n"
            f"Tribunal: {lqm.full()} (legally qualified member), Dr {mm.full()} (medical member), {dm.full()} (disability qualified member)\n"
            f"Presenting officer: {po.full()}; representative: {rep.full()}, {g.org(centre)} ({t_in})\n\n"
            f"1. This is an appeal against the decision of {g.long(decision)} that the appellant was not entitled to {terms[0]} from {g.long(claimed)}.\n"
            f"2. The appellant has {terms[7]} and takes {terms[8]}. Her GP, Dr {gp.sur()}, writes that she cannot stand to wash.\n"
            f"3. We award {terms[3]} for {terms[2]} and the other descriptors in the schedule ({terms[9]} for daily living) and {terms[5]} for {terms[4]}.\n"
            f"4. Under the {terms[1]} the appellant is entitled to the daily living component at the {terms[6]} from {g.long(claimed)}.\n{lqm.full()}, {g.long(g.later(hearing, 7, 30))}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the decision notice: appellant, reference, outcome, awards.", "Turn the reasons into a short decision notice.")),
            g.pick(("Explain the decision in plain English in a letter from the representative to the appellant.", "Write the adviser's letter to the appellant.")))[k]
    if k == 0:
        answer = (f"DECISION NOTICE - {L('CASE_NUMBER', ref)}\n{ap.caps()} ({L('NATIONAL_ID', nino)})\nAppeal allowed. {terms[0]} daily living component, {terms[6]}, "
                  f"from {g.date(claimed, 'num')}: {terms[3]} ({terms[2]}). Mobility: {terms[5]}.\n{lqm.full()}")
    else:
        answer = (f"Dear {ap.full()},\nGood news: the tribunal on {g.long(hearing)} allowed your appeal. You get the daily living part of {terms[0]} at the {terms[6]}, "
                  f"backdated to {g.long(claimed)}. Call me on {t_out} with any questions.\n{rep.full()}, {g.org(centre)}")
    return task, body, answer


MANSFIELD = (("Mansfield", "NG18"), ("Mansfield", "NG19"), ("Sutton-in-Ashfield", "NG17"), ("Ollerton", "NG22"),
             ("Warsop", "NG20"))
MF_STREETS = ("{n} Chesterfield Road South", "{k} Sutton Road", "{n} Forest Road", "{k} Nottingham Road", "{n} Clipstone Road West", "{k} Outram Street")


def ill_health_retirement_decision(g: Gen) -> Doc:
    """A Mansfield employer's ill-health retirement decision under the Local Government Pension Scheme: the member, the National
    Insurance number, the pension membership and payroll numbers, the independent registered medical practitioner (GMC), the pension
    fund, the tiers, money; the answer the letter to the member or the pensions payroll instruction."""
    mem, irmp, mgr, pen, gp = (g.of("mf") for _ in range(5))
    town, area = g.pick(MANSFIELD)
    employer = g.pick(("Mansfield District Council", "Ashfield District Council", "Sherwood Academy Trust", "Vision West Nottinghamshire College"))
    born = g.born(1962, 1980)
    started = g.base(1996, 2012)
    exam = g.base(2023, 2025)
    decided = g.later(exam, 14, 40)
    leave = g.later(decided, 28, 60)
    nino = g.nino()
    memno, payno = g.digits(8), f"P{g.digits(6)}"
    pension, lump = f"£{g.rng.randint(6, 18)},{g.digits(3)}.{g.digits(2)} a year", f"£{g.rng.randint(18, 45)},{g.digits(3)}"
    t_in, t_out = g.tel2("mansfield")
    tier = g.pick(("Tier 1", "Tier 2"))
    iban = g.iban_of("GB", g.pick(("NAIA07", "NWBK60", "BARC20", "LOYD30")) + g.digits(12))
    terms = [K("Local Government Pension Scheme Regulations 2013"), K("regulation 35"), K(tier), K("permanently incapable"), K("COPD"),
             K(f"FEV1 {g.rng.randint(32, 55)}% predicted"), K(pension), K(lump), K("gainful employment")]
    body = (f"{g.org(employer)} - ILL-HEALTH RETIREMENT DECISION under {terms[1]} of the {terms[0]}\nMember: {mem.full()}   DOB {g.date(born, 'num')}   NI no. {L('NATIONAL_ID', nino)}\n"
            f"Membership no. {L('ACCOUNT_NUMBER', memno)}   Payroll no. {L('ACCOUNT_NUMBER', payno)}   Administering authority: {g.org('Nottinghamshire Pension Fund')}\n"
            f"Address: {g.loc(g.fill(g.pick(MF_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}   Tel: {t_in}\nIn employment since {g.long(started)}\n\n"
            f"The independent registered medical practitioner, Dr {irmp.full()} (GMC {L('LICENSE_NUMBER', g.gmc())}), examined {mem.title()} {mem.sur()} on {g.long(exam)} "
            f"and read the reports of Dr {gp.full()}, GP. Diagnosis: {terms[4]} with {terms[5]}. The member is {terms[3]} of doing the job and has no reasonable "
            f"prospect of {terms[8]} before normal pension age.\nDecision ({mgr.full()}, head of service, {g.long(decided)}): {terms[2]} ill-health retirement. "
            f"Estimated pension {terms[6]} and lump sum {terms[7]}. Last day of service {g.long(leave)}.\nPayments to IBAN {L('IBAN_CODE', iban)}. Pensions officer: {pen.full()}")
    k = g.rng.randrange(2)
    task = (g.pick(("Draft the letter to the member explaining the decision.", "Write the employer's decision letter to the member.")),
            g.pick(("Write the instruction to pensions payroll with the member's details.", "Draft the payroll instruction to the pension fund.")))[k]
    if k == 0:
        answer = (f"Dear {mem.full()},\nFollowing your examination by Dr {irmp.sur()} on {g.long(exam)}, we have awarded {terms[2]} ill-health retirement under "
                  f"{terms[1]}. Your estimated pension is {terms[6]}. Your last day will be {g.long(leave)}.\nYours sincerely,\n{mgr.full()}")
    else:
        answer = (f"To: {g.org('Nottinghamshire Pension Fund')}\nMember: {mem.caps()}, membership {L('ACCOUNT_NUMBER', memno)}, NI {L('NATIONAL_ID', nino)}\n"
                  f"Leaving date: {g.date(leave, 'num')}; {terms[2]}; pension {terms[6]}; lump sum {terms[7]}; pay to {L('IBAN_CODE', iban.replace(' ', ''))}.\nFrom {pen.full()}")
    return task, body, answer


CAPE_BRETON = (("Glace Bay", "B1A"), ("Sydney", "B1P"), ("New Waterford", "B1H"), ("Mabou", "B0E"), ("Port Hood", "B0E"), ("Dominion", "B1G"),
               ("Eskasoni", "B1W"), ("Chéticamp", "B0E"))
CB_HOMES = ("Pier Funeral Chapel", "Chestnut Hill Funeral Home", "Celtic Shores Memorial Chapel", "Margaree Valley Funeral Home")
CB_CHURCHES = ("St. Anne's Parish", "Holy Family Church", "St. Agnes Church", "Immaculate Conception Church")
CB_CHARITIES = ("Cape Breton Regional Hospital Foundation", "Glace Bay Food Bank Society", "Ceilidh Trail Hospice Society")
CB_CAUSES = ("Alzheimer's disease", "Parkinson's disease", "COPD", "pancreatic cancer", "a stroke")


def obituary_and_funeral_notice(g: Gen) -> Doc:
    """A Cape Breton (Nova Scotia) obituary and funeral notice: the deceased with a nickname in quotation marks, her maiden name (née)
    or his Jr., the towns, the date of birth and death, the survivors and those who predeceased ("the late"), the funeral home and
    the parish, visitation times, the charity for donations, the online condolences page, Gaelic; the answer the short death notice
    or the family list as a table."""
    female = g.rng.random() < 0.5
    d = g.of("cb", female=female)
    nick = g.pick(NICKNAMES)
    maiden = g.surname("cb")
    spouse = g.relative(d, not female)
    kids = [g.relative(d, g.rng.random() < 0.5) for _ in range(2)]
    in_law = g.of("cb")
    sib, priest, grand = g.of("cb"), g.of("cb", female=False), g.relative(d, g.rng.random() < 0.5)
    (town, pc), (born_in, _) = g.pick(CAPE_BRETON), g.pick(CAPE_BRETON)
    home, church, charity = g.pick(CB_HOMES), g.pick(CB_CHURCHES), g.pick(CB_CHARITIES)
    cause = g.pick(CB_CAUSES)
    born = g.born(1931, 1955)
    died = g.base(2022, 2025)
    wake = g.later(died, 2, 4)
    mass = wake + datetime.timedelta(days=1)
    jr = "" if female else (" " + g.pick(SUFFIXES) if g.rng.random() < 0.4 else "")
    name = L("PERSON", f'{d.first} "{nick}" {d.last}{jr}')
    née = f" (née {L('PERSON', maiden)})" if female else ""
    first, last = d.ascii()
    url = L("URL", f"https://www.{g.domain(home)}.ca/obituary/{first}-{last}-{g.digits(5)}")
    terms = [K(cause), K("Mass of Christian Burial"), K("Celebration of Life"), K("Legion Branch 12"), K("Order of Canada")]
    t_in, _ = g.tel2("capebreton")
    body = (f"{d.upper()}\n{name}{née}, {age_on(born, died)}, of {g.loc(town)}, passed away peacefully on {g.date(died, 'wk')} at the "
            f"{g.org('Cape Breton Regional Hospital')} after a long illness with {terms[0]}. Born {g.date(born, 'us')} in {g.loc(born_in)}, {d.he()} was a "
            f"{'nurse for forty years' if female else 'coal miner and later a steelworker'}, and loved a ceilidh and a game of cards.\n"
            f"{d.he().capitalize()} is survived by {d.his()} {'husband' if female else 'wife'} of 52 years, {spouse.full()}{'' if female else ' (née ' + L('PERSON', maiden) + ')'}; {'daughter' if kids[0].female else 'son'} "
            f"{kids[0].full()} ({in_law.full()}); {'daughter' if kids[1].female else 'son'} {kids[1].full()}; grandchild {grand.given()}. "
            f"{d.he().capitalize()} was predeceased by {d.his()} parents and by {d.his()} {'brother' if not sib.female else 'sister'}, the late {sib.full()}.\n"
            f"Visitation at {g.org(home)}, {g.loc(g.fill('{n} Main Street'))}, {g.loc(f'{town}, NS {pc} {g.digits(1)}{g.letters(1)}{g.digits(1)}')}, "
            f"on {L('DATE_TIME', f'{EN_MONTHS[wake.month - 1]} {wake.day}')}, from 2 to 4 and 7 to 9 p.m. {terms[1]} at {g.org(church)} on "
            f"{L('DATE_TIME', f'{blind18.WEEKDAYS[mass.weekday()]}, {EN_MONTHS[mass.month - 1]} {mass.day}, {mass.year} at 10 a.m.')}, Father {priest.full()} presiding, "
            f"followed by a {terms[2]} at the {terms[3]} hall.\nDonations to the {g.org(charity)}. Online condolences: {url} or {t_in}.\n"
            f"Gus am bris an latha. Rest easy, {L('PERSON', nick)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the short paid death notice for the newspaper, with the funeral details.", "Shorten this obituary to a death notice.")),
            g.pick(("List the family members named, with their relationship to the deceased, as a table.", "Make a table of the family in this obituary.")))[k]
    if k == 0:
        answer = (f"{d.caps()}{' (' + L('PERSON', maiden) + ')' if female else ''} - of {g.loc(town)}, died {g.long(died)}, aged {age_on(born, died)}. "
                  f"{terms[1]} {g.long(mass)}, {g.org(church)}. Visitation {g.org(home)}. Donations: {g.org(charity)}.")
    else:
        answer = (f"| Name | Relationship |\n|---|---|\n| {spouse.caps()} | {'husband' if female else 'wife'} |\n| {kids[0].caps()} | child |\n"
                  f"| {in_law.full()} | child's spouse |\n| {kids[1].caps()} | child |\n| {sib.caps()} (the late) | sibling |\nDeceased: {d.full()}, {terms[0]}.")
    return task, body, answer


UIST = ("Bornish", "Howmore", "Iochdar", "Daliburgh", "Balivanich", "Lochboisdale", "Eriskay", "Grogarry", "Kilphedar", "Lochmaddy")


def family_history_report(g: Gen) -> Doc:
    """A genealogist's family history report on a South Uist and Benbecula family, with the tree written out in text: four
    generations with Gaelic patronymics ("Aonghas mac Eachainn") and by-names ("Dolina Bheag"), maiden names, births, marriages and
    deaths from the statutory registers (their register references), crofts, the living client and a DNA match; the answer the tree
    as an indented list or a dated table of events."""
    ggf = g.person("ui", False)
    gf = g.relative(ggf, False)
    ggm = g.person("ui", True)
    gm = g.person("ui", True)
    f_ = g.relative(gf, False)
    client = g.relative(f_, g.rng.random() < 0.5)
    dna = g.of("ui")
    by, man_by = g.pick(("Bheag", "Bhàn", "Ruadh")), g.pick(("Mòr", "Dubh", "Òg", "Bàn"))
    croft, croft2 = g.rng.sample(UIST, 2)
    b1, b2, b3 = g.born(1838, 1855), g.born(1868, 1885), g.born(1905, 1925)
    m1 = datetime.date(b2.year - g.rng.randint(1, 3), g.rng.randint(1, 12), g.rng.randint(1, 28))
    d1, d2 = g.born(1905, 1925), g.born(1955, 1975)
    refs = [f"{g.pick(('118', '119', '120'))}/{g.rng.randint(1, 3)} {g.rng.randint(1, 60)}" for _ in range(3)]
    patronymic = L("PERSON", f"{gf.first} mac {GAELIC_GENITIVE[ggf.first]}")
    terms = [K("Statutory Registers"), K("Old Parish Registers"), K("the 1891 census"), K("Crofters Holdings (Scotland) Act 1886"), K("Y-DNA haplogroup R-M222"),
             K(f"{g.rng.randint(90, 420)} cM"), K("Iolaire disaster")]
    mail = g.mail(client, g.pick(("gmail.com", "outlook.com")))
    body = (f"FAMILY HISTORY REPORT for {client.full()} ({mail})\nPrepared from the {terms[0]}, the {terms[1]} and {terms[2]}.\n\n"
            f"Generation 1. {ggf.full()} ({L('PERSON', ggf.first + ' ' + man_by)}), crofter at {g.loc(f'Croft {g.rng.randint(1, 40)}, {croft}')}, born {g.date(b1, 'ord')} (register {L('CASE_NUMBER', refs[0])}). "
            f"He married {L('PERSON', ggm.first + ' ' + by)}, whose maiden name was {L('PERSON', ggm.last)}, "
            f"on {g.long(m1)}. Gained security of tenure under the {terms[3]}.\n"
            f"Generation 2. Their son {gf.full()}, known in the township as {patronymic}, born {g.long(b2)} at {g.loc(croft)} (register {L('CASE_NUMBER', refs[1])}), "
            f"married {gm.full()} of {g.loc(croft2)}. He died on {g.long(d1)}; the family remembered a cousin lost in the {terms[6]}.\n"
            f"Generation 3. {f_.full()}, born {g.long(b3)} (register {L('CASE_NUMBER', refs[2])}), died {g.long(d2)}, the client's father.\n\n"
            f"DNA: the client shares {terms[5]} with {dna.full()}, and carries {terms[4]}, like the {ggf.sur()} line.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the family tree as an indented list, one person a line, with dates.", "Lay out the tree from this report as an indented list.")),
            g.pick(("Make a table of the events (birth, marriage, death) in date order.", "Tabulate the vital events from this report by date.")))[k]
    if k == 0:
        answer = (f"- {ggf.caps()} (b. {g.date(b1, 'num')}) m. {L('PERSON', ggm.first + ' ' + ggm.last)} ({g.date(m1, 'num')})\n  - {gf.caps()} "
                  f"({patronymic}), b. {g.date(b2, 'num')}, d. {g.date(d1, 'num')}, m. {gm.full()}\n    - {f_.caps()}, b. {g.date(b3, 'num')}\n      - {client.full()}\nSources: {terms[0]}, {terms[1]}.")
    else:
        answer = (f"| Date | Event | Who |\n|---|---|---|\n| {g.long(b1)} | birth | {ggf.full()} |\n| {g.long(m1)} | marriage | {ggf.sur()} and {L('PERSON', ggm.first + ' ' + ggm.last)} |\n"
                  f"| {g.long(b2)} | birth | {gf.full()} |\n| {g.long(b3)} | birth | {f_.full()} |\n| {g.long(d1)} | death | {gf.full()} |\nSources: {terms[0]}.")
    return task, body, answer

CLINICAL = (occupational_health_report, statement_of_fitness_for_work, return_to_work_plan, education_health_care_plan, fitness_to_practise_decision,
            concussion_incident_report, outbreak_investigation_report, trial_screening_log, fertility_counselling_letter, care_home_admission_assessment)
LEGAL = (employment_tribunal_judgment, grievance_investigation_report, school_safeguarding_referral, debt_advice_case_note, bankruptcy_statement_of_affairs,
         income_protection_claim_assessment, disability_benefit_appeal_decision, ill_health_retirement_decision, obituary_and_funeral_notice,
         family_history_report)
# DECISIONS: the ten that decide something about a person (fitness for work or study, eligibility, entitlement, a finding);
# ACCOUNTS: the ten that record or plan a life (a plan, an incident, an outbreak, a letter, a referral, a case note, a statement, a notice, a tree).
DECISIONS = (occupational_health_report, statement_of_fitness_for_work, fitness_to_practise_decision, trial_screening_log, care_home_admission_assessment,
             employment_tribunal_judgment, grievance_investigation_report, income_protection_claim_assessment, disability_benefit_appeal_decision,
             ill_health_retirement_decision)
ACCOUNTS = (return_to_work_plan, education_health_care_plan, concussion_incident_report, outbreak_investigation_report, fertility_counselling_letter,
            school_safeguarding_referral, debt_advice_case_note, bankruptcy_statement_of_affairs, obituary_and_funeral_notice, family_history_report)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: _one_document(f) for f in CLINICAL + LEGAL}
assert set(CLINICAL + LEGAL) == set(DECISIONS + ACCOUNTS) and len(DOCTYPES) == 20 and not set(DECISIONS) & set(ACCOUNTS)

# ---------------------------------------------------------------- records: instruction records around a document, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful assistant for HR, welfare, school and legal staff.", "Reformat documents accurately; change no name, number or date.",
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
