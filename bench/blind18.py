"""Eighteenth blind scrubbing corpus: twenty registers of reports from review, regulatory, quality and inquiry processes (incident investigations, coroners' reports, ombudsman, panel and tribunal decisions, minutes, case narratives, a will, a report on title), from twenty new places.

    python bench/blind18.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind18.py --out blind18.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber rule,
no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only bench/blind3.py's
soundness check, through fedtune.scrubbing.evaluate and its AS_WRITTEN scorer). Its templates are bench/blind17.py's,
bench/blind16.py's and bench/blind3.py's records, labels and soundness check. Where bench/blind17.py wrote what people type in a
hurry, this one writes what professionals write slowly about named people once something has gone wrong or must be decided: long
narrative prose in which the personal data sits among eponyms (Parkinson's disease, Battle's sign, the Bolam test, Gillick competence,
Wednesbury unreasonableness), laws named after people (Clare's Law, Sarah's Law, Megan's Law, Martyn's Law, Awaab's Law, Lex Maria,
Hy's law), case names (Devaseelan, Montgomery v Lanarkshire Health Board, SMO and KSP), statutes and their sections, scales and
scores, and terms of art. Each record sets a task on such a report (summarise it, extract a timeline or a table, fill in a form, draft
the letter that follows it) with an answer that repeats its personal data reformatted: a name surname first or in capitals, a date
written out, a number regrouped. Eight records in ten are fedtune instruction records, two a chat (an optional system prompt, the
user's pasted report and request, the assistant's answer), as bench/blind17.py writes them.

Ten registers are clinical: a Zeeland (Netherlands) adverse-reaction report's CIOMS narrative, a Northwest Territories (Canada)
hospital's morbidity and mortality rounds minutes, a Doncaster and Bassetlaw patient safety incident investigation, a Sunderland
assistant coroner's regulation 28 report to prevent future deaths, an Eastern Cape (South Africa) Health Ombud investigation report, a
Goldfields (Western Australia) performance and professional standards panel decision on a GP, an Odisha (India) trial site's serious
adverse event narrative with its compensation section, a Dalarna (Sweden) case report submitted to a journal, a Forth Valley
(Scotland) adult protection learning review and a Finnish Lapland patient insurance decision. Ten are legal and social: a Parole Board
decision on a prisoner at HMP Hewell (Worcestershire), a First-tier Tribunal immigration and asylum decision on a Kurdish appellant in
Rochdale or Oldham, an Ayrshire orthopaedic surgeon's medico-legal report for the sheriff court, a County Meath farmer's will and its
grant of probate, a Gloucestershire conveyancer's report on title, a Medway child safeguarding practice review's confidential draft, a
Dyfed-Powys Police gross misconduct hearing outcome (Powys), a Housing Ombudsman determination on a Sandwell home, a Law Society
Tribunal decision on a Northern Ontario lawyer and the Scottish Charity Regulator's inquiry report on a Fife charity. REVIEWS names
the ten written to close a review, an investigation or a complaint (the incident investigation, the coroner's report, the Health
Ombud's report, the panel decision, the learning review, the patient insurance decision, the safeguarding review, the misconduct
outcome, the housing determination, the charity inquiry), RECORDS the ten written in the ordinary course of a process (the CIOMS
narrative, the rounds minutes, the SAE narrative, the case report, the parole decision, the appeal decision, the medico-legal report,
the will and grant, the report on title, the tribunal decision).

Identifiers follow the public descriptions of their formats, with the check characters computed: Dutch burgerservicenummers (the
11-proof: eight digits weighted 9 to 2 less the ninth, a multiple of 11), South African identity numbers (the birth date YYMMDD, a
sequence 0000-4999 for a woman and 5000-9999 for a man, 0 for a citizen, 8, the Luhn check), Aadhaar numbers (twelve digits, the first
2 to 9, Verhoeff's check from the dihedral group D5), Swedish personnummer (YYMMDD, three digits the last odd for a man, the Luhn
check over the nine; with the century in front where a consent form asks for it), Finnish personal identity codes (DDMMYY, the century
sign, an individual number odd for a man, the nine digits modulo 31 indexing 0-9 and ABCDEFHJKLMNPRSTUVWXY), Norwegian fødselsnummer
(DDMMYY, an individual number 000-499 for a birth in the 1900s its third digit even for a woman, two check digits weighted 3, 7, 6, 1,
8, 9, 4, 5, 2 and 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, each 11 less the sum modulo 11, 10 never issued), Canadian Social Insurance Numbers
(nine digits, 4 or 5 first in Ontario, Luhn), ORCID iDs (sixteen digits in four groups, the last ISO 7064 MOD 11-2, X for 10; written
as their https://orcid.org/ addresses), Australian Individual Healthcare Identifiers (800360 and ten digits, Luhn) and Medicare card
numbers (the first eight digits weighted 1, 3, 7, 9 modulo 10, an issue number), NHS numbers (weights 10 to 2, modulo 11), Scotland's
CHI numbers (the birth date, two digits, a ninth digit even for a woman, the NHS check), Police National Computer IDs (the year's two
digits and a serial, read with the serial padded to seven digits as one number modulo 23, indexing ZABCDEFGHJKLMNPQRTUVWXY, as the
author understands the published descriptions), English unique pupil numbers (a check letter, the local authority's three digits and
nine more, the twelve weighted 2 to 13 modulo 23 to ABCDEFGHJKLMNPQRTUVWXYZ), Irish PPS numbers (seven digits weighted 8 to 2, the new
format's second letter weighted 9, modulo 23 to a letter, W for 0) and IBANs (ISO 13616; Irish ones with a bank's four letters, a sort
code and an account, Finnish ones with their national Luhn digit, Norwegian ones with their national modulus 11 digit). Drawn in their
published patterns, with no public check: GMC numbers (seven digits), NMC PINs (the registration year's two digits, a letter, four
digits and E, S, W, N or O for where the nurse trained), HCPC registrations (two letters and six digits: PA for a paramedic; PYL and
five digits for a practitioner psychologist), Social Work England registrations (SW and six digits), AHPRA registrations (MED and ten
digits), SRA IDs (six digits), Medical Council of Ireland numbers (six digits), HPCSA numbers (MP and seven digits), SANC numbers
(eight digits), HM Land Registry title numbers (GR and six digits for Gloucestershire), Irish Land Registry folios (MH, five digits,
F), prison numbers (a letter, four digits, two letters), First-tier Tribunal appeal numbers (PA, five digits, the year), Home Office
references (a letter and seven digits), worldwide adverse-reaction case IDs (NL-LRB- and eight digits), charity numbers (SC0 and five
digits), Companies House numbers (eight digits, or SC and six), UK bank sort codes and accounts, and collar numbers (a rank outside,
three or four digits). Where the author found no public description, numbers are drawn as stated here: Dutch BIG registrations (eleven
digits), Northwest Territories health care numbers (N or T and seven digits) and chart numbers (six digits), Eastern Cape hospital
file numbers (the hospital's letters and seven digits), Health Ombud complaint references (HO-EC- and four digits), Odisha council
registrations (five digits), trial subject numbers (the site's two digits and four), Utkal University roll numbers (ten digits),
Swedish IVO references (3.5.1-, five digits, the year), an Iraqi national ID number (twelve digits), Datix (W and six digits) and
StEIS references (the year and five digits), PFD report references (the year and four digits), a sheriff court personal injury
reference (AYR-PD, a serial, the year's two digits), Irish probate record numbers (the year, PO, six digits), IOPC references (the
year and six digits), Housing Ombudsman complaint numbers (nine digits), registered provider numbers (L and four digits), Law Society
of Ontario numbers (five digits and a letter), Law Society Tribunal file numbers, Patient Insurance Centre claim numbers, solicitors'
references, mortgage, trust and bank accounts as each template writes them, and social-media links.

Names are the hand-written lists below (never Faker's, never a census list, and no word of them in the name lists of bench/blind2.py
to bench/blind17.py, their nicknames and misspellings included: checked when this module loads): Zeeland Dutch (van der, van de, de),
Dene, Inuvialuit and Métis of the Northwest Territories, South Yorkshire, Wearside, amaXhosa of the Eastern Cape, Croatian-,
Aboriginal and Anglo-Australian of the Goldfields, Odia, Dalecarlian Swedish (Jon-Ers, Hansdotter, å, ä, ö), Forth Valley Scots (Mac,
Mc), Finnish and Sámi of Lapland and Finnmark (Näkkäläjärvi, Hætta), Worcestershire, Kurdish of Rochdale and Oldham, Ayrshire Scots,
Meath Irish (O'Growney, O'Dowd, FitzHerbert, de Búrca, and Ó Gríofa whose daughter is Ní Ghríofa), Gloucestershire (Bathurst-Ives,
Wyndham-Quin, Chamberlayne-Macdonald), Medway Kentish and Nigerian-British, Powys Welsh, Black Country, Punjabi Sikh and Jamaican of
Sandwell, Franco-Ontarian, Cree and Italian-Canadian of Northern Ontario (de la Ronde, Bélanger) and Fife. Hard cases, natural to the
theme: a surname that is also the eponym of the condition, sign, test or case the same report names (a Mr Parkinson with Parkinson's
disease, a Mrs Cushing with Cushing's syndrome and a Dr Wells who worked out a Wells score, a patient called Battle with Battle's
sign, a Mr Huntington with Huntington's disease, a Mr Hodgkin with Hodgkin lymphoma, a claimant called Colles with a Colles' fracture,
a surgeon called Montgomery beside Montgomery v Lanarkshire Health Board), every eponym kept as a protected term (so "Parkinson's"
never stands outside one); professionals with their registration numbers; names with particles, in two genders (Ó and Ní), hyphenated,
double-barrelled, with apostrophes and diacritics; names that are common words (Football, Drybones, Swallow, Scorer, Dash, Brain,
Hook, Kite, Honey, Round, Onions, Plant, Sword, Husband, Gentleman, Nest, Breeze) or places (Stirling, Brisbane, Girvan, Galloway,
Anstruther, Wemyss, Cinderford, Awre, and Hannan, as Kalgoorlie's Hannan Street is); pseudonyms left unlabelled because they already
are (Patient A, Patient B, Child Q, Ms M, Mr P, Ms A, Ms V, an appellant's anonymity letters) beside the real names a confidential
schedule or key gives them, labelled; initials made from a real name (a CIOMS form's patient initials, a trial subject's) labelled;
dates as reports write them ("on or about 3 June 2019", "between 3 and 5 June 2019", "3–5 June 2019", "in the early hours of the
14th", "this 3rd day of March 2015", "Thursday 26 January 2023", "2023-05-16", "15.11.2022", "May 11, 2022"), ages and times; a
street, a hospital and an organisation named after people (Nelson Mandela Drive, Govan Mbeki Avenue, the Nelson Mandela Academic
Hospital, Dora Nginza, Livingstone, Admiraal De Ruyter, H.H. Williams Memorial, Alexandra, Connolly, Montagu, a GP practice and a
pharmacy named after their owners, a catering company named after the trustee who paid it, approved premises named after a person), a
force by its Welsh name (Heddlu Dyfed-Powys); and protected terms in the report and again in the answer: drug doses, lab values with
units, scales and scores, eponyms, statutes and sections, case citations, named guidelines (NICE NG51, the CARE guidelines), legal
terms of art and money.

Labelling rules are bench/blind17.py's (which extend bench/blind16.py's and their predecessors'): the body that issues a number stays
outside its span; social-security, identity and tax numbers (an Iraqi national ID among them) are NATIONAL_ID, numbers that exist for
health care HEALTH_ID, professional registrations LICENSE_NUMBER, file, claim, court, complaint, appeal, inquiry and solicitors'
references CASE_NUMBER, bank, trust and mortgage accounts without an IBAN and staff and collar numbers ACCOUNT_NUMBER, a pupil's or a
student's number STUDENT_ID, a charity's or a company's registration (a registered provider's number too) COMPANY_REGISTRATION;
hospitals, wards, practices, pharmacies, councils, courts sitting in a place, police forces, chambers, firms, banks, charities,
landlords and employers are ORGANIZATION, whole, even when they carry a person's or a place's name, while national, state and
provincial bodies (the Health Ombud, the Medical Board of Australia, the Parole Board, the Home Office, the First-tier Tribunal, the
IOPC, the Housing Ombudsman, the Law Society of Ontario, the Scottish Charity Regulator, the Patient Insurance Centre, the Health and
Social Care Inspectorate) are left unlabelled; clock times, ages and years on their own are not labelled, a date with its time is one
DATE_TIME; titles and ranks (Dr, Mr, Mrs, Ms, Sister, Judge, PC, DS, PCSO, Chief Superintendent) stay outside a person's span; a
street address on one line is one LOCATION, the town with its postcode another (two where a state code stands between them), a county,
region, village, townland or community its own, an Eircode its own, while state and province codes and countries are not labelled;
money amounts, drug regimens, lab values with units, clinical scales and scores, named conditions, signs and tests, statutes, case
citations, guidelines and legal terms of art are protected terms. New calls for this corpus: a pseudonym (Patient A, Child Q, Ms V,
anonymity letters) is not personal data and is not labelled, while the real name a schedule or key gives it is; a CIOMS form's or a
trial's initials made from the real name are a PERSON; "on or about" and "between" stay outside a date, and a range of days within one
month written once ("between 3 and 5 June 2019", "8–18 July 2021") is one DATE_TIME from its first day to its year, a range across
months two; "in the early hours of the 14th" labels "14th"; a will's "this 3rd day of March 2015" labels "3rd day of March 2015"; a
licensee's surname inside a neutral citation ("Law Society of Ontario v. Wabano, 2022 ONLSTH 37") is a PERSON and the rest of the
citation is not labelled; a house's name is part of its address's LOCATION and a LOCATION alone where an answer writes it alone; a
prison number and a PNC ID, a title number and a folio are CASE_NUMBER (a record's number in a register); a trial subject's number is
CASE_NUMBER, while a trial's registration (CTRI/2021/05/062336) names a trial, not a person, and is not labelled; a day written
without its year ("in the early hours of 20 September") is a DATE_TIME like the others; an ORCID iD written as its address is a URL,
like a social-media profile's link; an e-mail address is an EMAIL_ADDRESS whole.

Earlier corpora, for comparison (from their docstrings and place lists, searched): bench/blind.py to bench/blind17.py visited, among
others, Groningen, Leeuwarden and Drenthe, Manitoba, Yukon, Nunavut and the Maritimes, Cumbria, the Isle of Wight, Tasmania,
Singapore, Kerala and Goa, Umeå, Jämtland and Norrbotten, Oulu, Northumberland, Cornwall, Dorset, Shropshire, County Kerry, the
Wirral, Teesside, Lancashire, Somerset, Hong Kong, Western Australia's Pilbara and Ontario's Thunder Bay. None of them visited Zeeland
(Middelburg, Vlissingen, Goes, Terneuzen, Zierikzee), the Northwest Territories (Yellowknife, Hay River, Inuvik, Fort Simpson,
Behchokǫ̀, Tuktoyaktuk), Doncaster and Bassetlaw (Doncaster, Mexborough, Conisbrough, Worksop, Bentley), Sunderland (Washington,
Houghton-le-Spring, Hetton-le-Hole), the Eastern Cape (Mthatha, Komani, Makhanda, Gqeberha), the Goldfields (Kalgoorlie, Boulder,
Esperance, Coolgardie, Kambalda), Odisha (Bhubaneswar, Cuttack, Berhampur, Sambalpur), Dalarna (Falun, Borlänge, Mora, Avesta), Forth
Valley (Falkirk, Stirling, Grangemouth, Alloa, Larbert), Lapland (Rovaniemi, Tornio, Sodankylä, Kittilä, Inari) and Finnmark
(Karasjok, Kautokeino, Tana), Worcestershire (Redditch, Kidderminster, Bromsgrove, Evesham, Droitwich), Rochdale and Oldham (Heywood,
Middleton), Ayrshire (Ayr, Kilmarnock, Troon, Largs, Cumnock, Girvan), County Meath (Trim, Kells, Dunboyne, Ashbourne, Athboy,
Ratoath), Gloucestershire (Tewkesbury, Cirencester, Lydney, Coleford, Cinderford, Newent), Medway (Chatham, Gillingham, Rochester,
Strood, Rainham), Powys (Brecon, Welshpool, Llandrindod Wells, Machynlleth, Montgomery, Knighton), Sandwell (West Bromwich, Oldbury,
Smethwick, Tipton, Wednesbury), Northern Ontario (Timmins, North Bay, Sault Ste. Marie, Kapuskasing, Cochrane) or Fife (Kirkcaldy,
Glenrothes, Dunfermline, Cupar, Leven) (their towns were searched for in every earlier corpus; Wednesbury was there only in
"Wednesbury unreasonableness", Montgomery only in a case name and a school), and none of their document types is one of these twenty
(tests/test_blind18.py checks the names).
"""
from __future__ import annotations

import datetime
import functools
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import blind3  # bench/, beside this script
import blind13
import blind17
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Written for this corpus; no word of them is in the lists of bench/blind2.py to bench/blind17.py.
PEOPLE = {
    "zl": (("Janneke", "Lieneke", "Pietje", "Geertruida", "Klazina", "Maatje", "Tannetje", "Jacomina", "Leuntje", "Neeltje", "Pieternella",
            "Willemina", "Maaike", "Sijtje", "Jozina"),
           ("Jacobus", "Adriaan", "Marinus", "Krijn", "Leendert", "Huibert", "Izaak", "Kornelis", "Dingeman", "Jannis", "Bastiaan", "Joos"),
           ("van der Hooft", "de Kam", "van Dixhoorn", "Joosse", "Minderhoud", "Verburg", "Dieleman", "Wisse", "Schroevers", "van Belzen",
            "Koppejan", "Sinke", "Poppe", "Meulmeester", "Goedegebure", "Huijsman", "Lievense", "Provoost", "Geuze", "van de Ketterij", "Kodde",
            "Flipse", "Verhage", "Hoogesteger", "Kousemaker", "Louwerse", "Moens", "van der Weele", "van der Slikke")),
    "nt": (("Bertha", "Lucy", "Sabet", "Margaret", "Gilda", "Adeline", "Irene", "Madeline", "Celine", "Vicki"),
           ("Alphonse", "Gabe", "Ernest", "Elizeh", "Eddie", "Boniface", "Francois", "Herb", "Pierrot", "Jonas", "Isidore"),
           ("Mantla", "Rabesca", "Wetrade", "Drybones", "Football", "Catholique", "Sangris", "Betsina", "Lafferty", "Kochon", "Gruben", "Pokiak",
            "Kuptana", "Kikoak", "Raddi", "Cockney", "Tutcho", "Blondin", "Taneton", "Kakfwi", "Nitsiza", "Lockhart", "Ipana", "Kodzin", "Nadli",
            "Bonnetrouge", "Sabourin", "Menicoche", "Norwegian", "Zoe", "Battle")),
    "dn": (("Debbie", "Kelly", "Joanne", "Michelle", "Shelly", "Janice", "Jill", "Rachael", "Claire", "Denise", "Tanya", "Karen", "Jenny"),
           ("Glen", "Shaun", "Paul", "Phil", "Tony", "Rob", "Dom", "Stu", "Leighton"),
           ("Allott", "Gledhill", "Hirst", "Beevers", "Haigh", "Ibbotson", "Staniforth", "Outram", "Cawthorne", "Whiteley", "Crossland", "Bramall",
            "Illingworth", "Hepworth", "Swallow", "Oxley", "Sykes", "Frudd", "Rawlins", "Birkinshaw", "Hobson", "Greaves", "Quarmby", "Cushing",
            "Wells")),
    "sd": (("Lynne", "Samantha", "Stacie", "Amy", "Gail", "Joyce", "Audrey", "Valerie", "Trina", "Kym"),
           ("Ian", "Kevan", "Ronnie", "Billy", "Geoff", "Mal", "Jonty", "Keiran", "Gordy", "Fred", "Norman"),
           ("Scurr", "Heslop", "Elstob", "Lowes", "Bainbridge", "Hedley", "Dinsdale", "Forster", "Coxon", "Dodds", "Blenkinsop", "Gowland",
            "Hindmarch", "Rutter", "Lumley", "Scorer", "Clasper", "Thirlwell", "Surtees", "Teasdale", "Hunnam", "Nattress", "Parkinson")),
    "ec": (("Akhona", "Siphokazi", "Noluthando", "Nomonde", "Zintle", "Asanda", "Babalwa", "Nobuhle", "Nokuzola", "Nontsikelelo", "Ziyanda",
            "Unathi", "Lulama", "Vuyiswa", "Nwabisa", "Olwethu", "Yonela"),
           ("Lwando", "Luvuyo", "Mzwandile", "Xolani", "Thembinkosi", "Mawethu", "Anele", "Loyiso", "Siphiwo", "Mncedisi", "Zukisa", "Lubabalo",
            "Khanyiso", "Sakhumzi", "Monwabisi", "Vuyani"),
           ("Mqhayi", "Ntsebeza", "Mdledle", "Sityana", "Ngcukana", "Gqirana", "Mgijima", "Matshikiza", "Qunta", "Mtirara", "Dyantyi", "Nqweniso",
            "Gcilitshana", "Jali", "Sigcau", "Tshangana", "Ngxola", "Mpendu", "Gxowa", "Tyhali", "Makhaphela", "Nkwinti", "Hlakula", "Bikitsha",
            "Soga")),
    "wa": (("Kerryn", "Bindi", "Danika", "Nada", "Desma", "Lorelle", "Dallas", "Jodee", "Marisa", "Katica", "Milka"),
           ("Ante", "Zvonko", "Tomislav", "Rowley", "Željko", "Ivo", "Shayne", "Merv", "Nev", "Duško", "Wes"),
           ("Vranjican", "Zadro", "Wonyabong", "Dimer", "Brownley", "Hayward", "Hannan", "Quartermaine", "Bott", "Strelein", "Tonkin", "Sambo",
            "Grosser", "Jurković", "Radalj", "Miocevich", "Tomasich", "Bilić", "Vojaković", "Hoult", "Meaney", "Finlayson")),
    "od": (("Subhashree", "Sasmita", "Itishree", "Lopamudra", "Sanghamitra", "Jyotirmayee", "Rashmita", "Sumitra", "Bijayalaxmi", "Swagatika",
            "Sabita", "Puspanjali", "Mamata", "Snigdha", "Tapaswini"),
           ("Debashis", "Prasanta", "Bibhuti", "Jagannath", "Soumya Ranjan", "Nrusingha", "Pradipta", "Sarat", "Akshaya", "Bhabani", "Sudhansu",
            "Manas", "Biswajit", "Chittaranjan", "Gobinda", "Trilochan", "Himanshu"),
           ("Mohapatra", "Satpathy", "Tripathy", "Senapati", "Samantaray", "Pattnaik", "Behera", "Sahoo", "Swain", "Jena", "Rout", "Samal",
            "Mahanty", "Parida", "Baral", "Panigrahi", "Nanda", "Dash", "Pradhan", "Mishra", "Mallick", "Biswal", "Harichandan", "Kanungo",
            "Routray")),
    "dl": (("Märta", "Ingegerd", "Elvira", "Brita", "Margit", "Anna-Stina", "Gunvor", "Kajsa", "Majken", "Ulla", "Viveka", "Hedvig"),
           ("Ingvar", "Sune", "Erik", "Mats", "Bengt", "Håkan", "Rune", "Ulf", "Nils", "Arvid", "Sixten"),
           ("Ersson", "Mattsson", "Björklund", "Ollas", "Kers", "Fröjd", "Gudmunds", "Mases", "Skoglund", "Sjöström", "Backlund", "Ljungberg",
            "Öhman", "Jon-Ers", "Hansdotter", "Knuts", "Holmgren", "Lindvall", "Sahlin", "Styf", "Berglöf", "Wikmark", "Dahlqvist")),
    "fv": (("Kirstine", "Marsali", "Christeen", "Chrissie", "Mairi", "Ealasaid", "Flora"),
           ("Ranald", "Fingal", "Somerled", "Crawford", "Blair", "Ewen", "Roddy", "Fearghas"),
           ("McLachlan", "Forsyth", "MacFarlane", "Haldane", "Paterson", "Stirrat", "Stirling", "Bellingham", "Gow", "Roxburgh", "Brisbane",
            "Harvie", "Learmonth", "Ure", "Salmond", "Paton", "Drysdale", "Eadie", "Rintoul", "Tennant", "Nimmo", "Gentleman", "Cullens",
            "Huntington")),
    "lp": (("Marjatta", "Sirkka", "Hilkka", "Eeva-Liisa", "Elle", "Kirsti", "Ristenrauna", "Máret", "Anni", "Raili", "Helmi", "Elina", "Outi",
            "Kaisu", "Inkeri"),
           ("Jouni", "Heikki", "Veikko", "Aslak", "Niila", "Juhani", "Pekka", "Oula", "Tuomas", "Jussa", "Erkki", "Risto", "Petteri", "Uula", "Ánte"),
           ("Näkkäläjärvi", "Magga", "Aikio", "Valkeapää", "Guttorm", "Länsman", "Lukkari", "Kyllönen", "Heikkilä", "Alatalo", "Keskitalo",
            "Ylitalo", "Rautio", "Kangas", "Kitti", "Kumpula", "Hietala", "Eira", "Hætta", "Somby", "Juuso", "Paltto", "Ruotsala", "Porsanger",
            "Mäkitalo", "Kuusela", "Vuolab")),
    "wo": (("Sophie", "Katie", "Ellie", "Kerys", "Hollie", "Megan", "Abigail", "Kirstie", "Millie", "Caitlin"),
           ("Adam", "Dylan", "Joel", "Ethan", "Tyrese", "Brad", "Morgan", "Aidan", "Curtis"),
           ("Grainger", "Tolley", "Hemming", "Perks", "Roper", "Bayliss", "Gabb", "Ganderton", "Hodgetts", "Pinfold", "Dipple", "Amphlett",
            "Brettell", "Tandy", "Beddoes", "Lowbridge", "Nock", "Bradnock", "Cotterill", "Tustin", "Guise", "Spittle", "Hodgkin")),
    "rk": (("Nazdar", "Shilan", "Chnar", "Tavga", "Dilan", "Avin", "Kazhal", "Sozan", "Evin", "Trifa", "Rezan"),
           ("Shwan", "Rebin", "Karwan", "Hevar", "Soran", "Dler", "Zana", "Hiwa", "Sirwan", "Hemin", "Rawand", "Kosrat", "Bakhtiyar", "Hardi",
            "Sherwan"),
           ("Rasul", "Barzinji", "Jaff", "Hawrami", "Sharazuri", "Pishdari", "Dizayee", "Raparini", "Baban", "Hamawandi", "Mukriyani", "Mahmud",
            "Qadir", "Shwani", "Garmiani", "Balisani", "Kakayi", "Mirza")),
    "ay": (("Jeanie", "Greta", "Nan", "Lilias", "Ella", "Maisie", "Bessie", "Lizzie"),
           ("Wull", "Rabbie", "Jim", "Robbie", "Davy"),
           ("McWhirter", "Dunlop", "Montgomerie", "Fullarton", "McIlwraith", "Aird", "McKissock", "Loudon", "Galloway", "Hannah", "Kerrigan",
            "McCreath", "Girvan", "Sloan", "Shaw", "McClymont", "Wyllie", "McCulloch", "Barr", "Pollock", "Gemmell", "Brackenridge", "Colles",
            "Montgomery")),
    "mh": (("Eimhear", "Eibhlín", "Brónach", "Mella", "Ethna", "Ita", "Bernadine", "Grania", "Damhnait", "Caitlín", "Deirbhle"),
           ("Donnchadh", "Aodh", "Fionn", "Malachi", "Fiachna", "Flann", "Lughaidh", "Mochta", "Eunan", "Feidhlim", "Vincent", "Finbarr",
            "Jarlath", "Kilian", "Canice", "Fachtna", "Ferdia"),
           ("O'Growney", "Ó Braonáin", "Ó Cearbhaill", "de Búrca", "Plunkett", "Gargan", "Smyth", "Farrelly", "Rooney", "Daly", "Caffrey", "Lynch",
            "FitzHerbert", "Ó Gríofa", "O'Dowd", "Tiernan", "Gaughran")),
    "gl": (("Lavinia", "Allegra", "Camilla", "Phoebe", "Imelda", "Tabitha", "Flavia", "Romilly", "Petronella", "Sophia", "Verena", "Eleanora"),
           ("Jasper", "Lucian", "Barnabas", "Caspar", "Horatio", "Rufus", "Aubrey", "Montague", "Bartholomew", "Fabian", "Gervase", "Alaric"),
           ("Bathurst-Ives", "Dowdeswell", "Jelf", "Kear", "Brain", "Hoskins", "Baldwin", "Morse", "Beddis", "Wintle", "Hatton", "Wyndham-Quin",
            "Chamberlayne-Macdonald", "Tandey", "Hook", "Cinderford", "Drinkwater", "Brookes", "Awre", "Yemm", "Voyce", "Bennion")),
    "md": (("Stacy", "Jordana", "Leigh", "Simran", "Toyin", "Chenelle", "Kiera", "Tallulah", "Kacey", "Aaliyah"),
           ("Ollie", "Dev", "Riley", "Kayden", "Ade", "Deji", "Bayo", "Jayce", "Kenzo", "Taiwo", "Jenson"),
           ("Gosbee", "Waghorn", "Hogben", "Kemsley", "Wickens", "Dadson", "Pilcher", "Elvy", "Olanrewaju", "Bransgrove", "Chittenden", "Ruck",
            "Austen", "Kite", "Honey", "Kingsnorth")),
    "pw": (("Glesni", "Olwen", "Gwenno", "Nest", "Delyth", "Buddug", "Cerian", "Gwerful", "Luned", "Mali"),
           ("Emlyn", "Peredur", "Islwyn", "Meurig", "Eifion", "Rhydian", "Elgan", "Garmon", "Cynan", "Einion", "Brychan"),
           ("Breeze", "Gittoes", "Jarman", "Havard", "Gwalchmai", "Ffoulkes", "Mostyn", "Bumford", "Gwillim", "Watkins", "Whittal", "Corfield",
            "Jervis", "Pennant", "Beavan", "Mytton")),
    "sw": (("Harjinder", "Kulvinder", "Satvinder", "Rajwinder", "Jaspreet", "Surinder", "Daljit", "Jasbir", "Merlene", "Sonia"),
           ("Kulwant", "Wesley", "Jagdev", "Sukhdev", "Parminder", "Tarsem", "Gurdev", "Carlton", "Baldev", "Gurmail", "Mohinder", "Ravinder",
            "Trevor"),
           ("Virdee", "Bassi", "Hingley", "Bache", "Round", "Pardoe", "Bissell", "Worton", "Caddick", "Onions", "Blakeway", "Plant", "Cashmore",
            "Heer", "Basra", "Chahal", "Dhesi", "Kalsi", "Rudge", "Hipkiss", "Tromans", "Whitehouse", "Walters", "Foster")),
    "no": (("Lucienne", "Chantal", "Nicole", "Pierrette", "Rolande", "Thérèse", "Raymonde", "Gaëtane", "Georgette", "Cécile"),
           ("Rhéal", "Armand", "Lucien", "Roch", "Omer", "Hervé", "Conrad", "Jacques"),
           ("Bélanger", "Séguin", "Charbonneau", "Lachapelle", "de la Ronde", "Desjardins", "Cheechoo", "Kapashesit", "Nakogee", "Koostachin",
            "Tridico", "Provenzano", "Bumbacco", "Lacroix", "Bisaillon", "Dénommé", "Chartrand", "Loutit", "Wabano", "Paquette", "Boileau",
            "de la Durantaye")),
    "ff": (("Margo", "Isa", "Phemie", "Rona", "Moyra", "Bunty"),
           ("Tosh", "Shuggie", "Johnnie", "Alan", "Drew", "Ross", "Brian", "Eric"),
           ("Anstruther", "Methven", "Balfour", "Bonthrone", "Clunie", "Fyall", "Honeyman", "Peattie", "Dewar", "Laing", "Sword", "Moultrie",
            "Lindores", "Pittendreigh", "Husband", "Carstairs", "Kinninmonth", "Ballingall", "Wemyss", "Lumsdaine", "Birrell", "Adamson")),
}  # fmt: skip
# Irish surnames change with the bearer: a woman's Ó is Ní and lenites the name (Ó Gríofa, Ní Ghríofa).
FEMININE = {"Ó Braonáin": "Ní Bhraonáin", "Ó Cearbhaill": "Ní Chearbhaill", "Ó Gríofa": "Ní Ghríofa"}
# Surnames that are also the eponym of a condition, sign or law the same document names (a Mr Parkinson with Parkinson's disease).
EPONYM_SURNAMES = ("Parkinson", "Cushing", "Wells", "Battle", "Huntington", "Hodgkin", "Colles", "Montgomery")
# Surnames and given names that are common words or places.
COMMON_WORD_NAMES = ("Football", "Drybones", "Norwegian", "Swallow", "Scorer", "Dash", "Brain", "Hook", "Kite", "Honey", "Round", "Onions",
                     "Plant", "Sword", "Husband", "Gentleman", "Nest", "Breeze", "Flora", "Blair")
PLACE_NAMES = ("Stirling", "Brisbane", "Girvan", "Galloway", "Anstruther", "Lindores", "Wemyss", "Cinderford", "Awre", "Hannan", "Mostyn")
PARTICLES = blind17.PARTICLES
fold18 = blind17.fold17
strip_marks = blind17.strip_marks


@functools.lru_cache(maxsize=None)
def name_words(text: str) -> frozenset[str]:
    """The words of a name, folded to ASCII and lower case, without particles or initials: bench/blind15.py's words (O'Dowd is
    "odowd") and the words split at every other character besides (O'Dowd is also "dowd"), so that a check of either kind finds a
    repeat."""
    text = text.lower()  # "HÆTTA" folds as "hætta" does
    split = {w for w in re.split(r"[^a-z]+", fold18(text)) if len(w) > 2 and w not in PARTICLES}
    return frozenset({w for w in blind17.name_words(text) if len(w) > 1} | split)


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists of bench/blind2.py to bench/blind17.py (their nicknames and misspellings too)."""
    return blind17.earlier_names() | blind17.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)] + list(FEMININE.values())
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
_ALL = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
assert len(_ALL) == len(set(_ALL)) and all(name_words(n) for n in _ALL), "a name twice, or a name made only of particles"
assert all(any(s in surnames for _, _, surnames in PEOPLE.values()) for s in EPONYM_SURNAMES + PLACE_NAMES)
assert all(any(n in (*w, *m, *s) for w, m, s in PEOPLE.values()) for n in COMMON_WORD_NAMES)


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

    def ini(self) -> str:
        """The initial and the surname: "J. Minderhoud"."""
        return L("PERSON", f"{strip_marks(self.first)[0]}. {self.last}")

    def initials(self) -> str:
        """The capitals of the name's words: "JvdH" is written "JH"; an apostrophe or a hyphen's second half counts as a word."""
        words = [w.lstrip("'") for w in re.split(r"[\s\-]+", strip_marks(self.plain()))]
        return L("PERSON", "".join(w[0] for w in words if w and w[0].isupper()))

    def caps(self) -> str:
        """Surname in capitals first, as a court or a register lists a party: "MINDERHOUD, Janneke"."""
        return L("PERSON", f"{self.last.upper()}, {self.first}")

    def upper(self) -> str:
        return L("PERSON", self.plain().upper())

    def sur_first(self) -> str:
        return L("PERSON", f"{self.last}, {self.first}")

    def title(self) -> str:
        return "Ms" if self.female else "Mr"

    def he(self) -> str:
        return "she" if self.female else "he"

    def his(self) -> str:
        return "her" if self.female else "his"

    def him(self) -> str:
        return "her" if self.female else "him"

    def ascii(self) -> tuple[str, str]:
        """The name as an e-mail address writes it: folded to ASCII, lower case, spaces and apostrophes dropped."""
        return tuple(re.sub(r"[^a-z\-]", "", fold18(x).lower()) for x in (self.first, self.last))  # type: ignore[return-value]


# ---------------------------------------------------------------- identifiers with a published check


def luhn_digit(payload: str) -> int:
    """The Luhn check digit of the digits before it: from the right, every other digit doubled (the one next to the check first)."""
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def nhs_digit(nine: str) -> int | None:
    """NHS (and CHI) number: the nine digits weighted 10 down to 2, 11 less the sum modulo 11, 11 written 0, 10 never issued."""
    check = 11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) % 11
    return None if check == 10 else check % 11


def bsn_digit(eight: str) -> int | None:
    """Dutch burgerservicenummer, the 11-proof: the eight digits weighted 9 down to 2, less the ninth, a multiple of 11 (None: no
    ninth digit makes one)."""
    r = sum(int(c) * w for c, w in zip(eight, range(9, 1, -1))) % 11
    return None if r == 10 else r


_VD = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
       (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1), (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
       (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))  # fmt: skip
_VP = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
       (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1), (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))  # fmt: skip
_VINV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(payload: str) -> int:
    """Verhoeff's check digit (Aadhaar's twelfth), from the tables of the dihedral group D5."""
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return _VINV[c]


HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_char(ddmmyy: str, serial: str) -> str:
    """Finnish personal identity code: the nine digits of the birth date and the individual number, modulo 31, index this alphabet."""
    return HETU_CHECK[int(ddmmyy + serial) % 31]


FNR_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
FNR_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def fnr_digits(nine: str) -> str | None:
    """Norwegian fødselsnummer: two check digits, each 11 less a weighted sum modulo 11 (11 is 0, 10 is never issued)."""
    k1 = 11 - sum(int(c) * w for c, w in zip(nine, FNR_K1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(int(c) * w for c, w in zip(nine + str(k1), FNR_K2)) % 11
    k2 = 0 if k2 == 11 else k2
    return None if k2 == 10 else f"{k1}{k2}"


def orcid_char(fifteen: str) -> str:
    """ORCID iD: ISO 7064 MOD 11-2 over the first fifteen digits (X for 10)."""
    total = 0
    for c in fifteen:
        total = (total + int(c)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"


def pnc_letter(yy: str, serial: str) -> str:
    """Police National Computer ID: the year's two digits and the serial padded to seven digits, as one number modulo 23, index
    ZABCDEFGHJKLMNPQRTUVWXY."""
    return PNC_LETTERS[int(yy + serial.zfill(7)) % 23]


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_letter(twelve: str) -> str:
    """English unique pupil number: the twelve digits after the check letter weighted 2 to 13 by position, modulo 23."""
    return UPN_LETTERS[sum(int(c) * (i + 2) for i, c in enumerate(twelve)) % 23]


def iban_check(country: str, bban: str) -> str:
    """ISO 13616: 98 less the BBAN, the country and 00 read as a number (letters as 10 to 35) modulo 97."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def medicare_digit(eight: str) -> int:
    """Australian Medicare card: the first eight digits weighted 1, 3, 7, 9, 1, 3, 7, 9, modulo 10."""
    return sum(int(c) * w for c, w in zip(eight, (1, 3, 7, 9, 1, 3, 7, 9))) % 10


assert bsn_digit("11122233") == 3 and luhn_digit("800101500908") == 7 and verhoeff_digit("236") == 3 and hetu_char("131052", "308") == "T"
assert orcid_char("000000021825009") == "7" and luhn_digit("04645428") == 6 and nhs_digit("943476591") == 9 and luhn_digit("811218987") == 6
assert iban_check("GB", "WEST12345698765432") == "82" and medicare_digit("21234567") == 0

# ---------------------------------------------------------------- dates, phone numbers, places

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def age_on(born: datetime.date, day: datetime.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def regroup(phone: str) -> str:
    """The same number as an answer rewrites it: spaced or punctuated numbers run together, a run of digits grouped, a North
    American number in the other usual form."""
    digits = re.sub(r"[^\d+]", "", phone)
    nanp = re.fullmatch(r"\(?([2-9]\d{2})\)?[ .-](\d{3})[ .-](\d{4})", phone)
    if nanp:
        a, b, c = nanp.groups()
        return f"{a}-{b}-{c}" if phone.startswith("(") else f"({a}) {b}-{c}"
    if phone != digits:
        return digits
    if digits.startswith("07") and len(digits) == 11:
        return f"{digits[:5]} {digits[5:]}"
    return f"{digits[:-7]} {digits[-7:-4]} {digits[-4:]}"


PHONES = {
    "zeeland": ("0118 ######", "0113-######", "0115 ######", "0111 ######", "06-########", "+31 6 #### ####"),
    "nwt": ("(867) 873-####", "867-874-####", "(867) 777-####", "867-695-####", "(867) 766-####"),
    "doncaster": ("01302 ######", "01709 ######", "07### ######", "01302 3#####"),
    "sunderland": ("0191 5## ####", "0191 41# ####", "07### ######", "0191 52# ####"),
    "ecape": ("047 532 ####", "045 838 ####", "046 622 ####", "041 ### ####", "+27 8# ### ####", "07# ### ####"),
    "goldfields": ("(08) 9021 ####", "08 9071 ####", "04## ### ###", "+61 4## ### ###", "(08) 9091 ####"),
    "odisha": ("+91 94370 #####", "0674 25#####", "0671-23#####", "98610 #####", "+91 7008# #####"),
    "dalarna": ("023-######", "0243-######", "0250-#####", "070-### ## ##", "+46 70 ### ## ##"),
    "forth": ("01324 ######", "01786 ######", "01259 ######", "07### ######"),
    "lapland": ("040 ### ####", "+358 40 ### ####", "016 328 ####", "050 ### ####", "+358 50 ### ####"),
    "finnmark": ("+47 9## ## ###", "+47 4## ## ###", "+47 78 ## ## ##"),
    "worcs": ("01527 ######", "01562 ######", "01386 ######", "07### ######"),
    "rochdale": ("01706 ######", "0161 6## ####", "07### ######", "07#########"),
    "ayrshire": ("01292 ######", "01563 ######", "01475 ######", "01290 ######", "07### ######"),
    "meath": ("(046) 94 #####", "046 924 ####", "01 825 ####", "087 ### ####", "+353 86 ### ####"),
    "glos": ("01684 ######", "01285 ######", "01594 ######", "07### ######"),
    "medway": ("01634 ######", "07### ######", "01634 8#####"),
    "powys": ("01874 ######", "01938 ######", "01597 ######", "01654 ######", "07### ######"),
    "sandwell": ("0121 5## ####", "0121 55# ####", "07### ######", "07#########"),
    "nontario": ("(705) 267-####", "705-474-####", "(705) 759-####", "(705) 335-####"),
    "fife": ("01592 ######", "01383 ######", "01334 ######", "01333 ######", "07### ######"),
}  # fmt: skip


def _one_document(write: Callable[[Gen], tuple[str, str, str]]) -> Callable[[Gen], tuple[str, str, str]]:
    """The writer, starting each document with no names given yet and counting the documents of its type (Gen.every)."""

    @functools.wraps(write)
    def fresh(g: Gen) -> tuple[str, str, str]:
        g.used = set()
        g.index = g.calls[write.__name__] = g.calls.get(write.__name__, 0) + 1
        return write(g)

    return fresh


# ---------------------------------------------------------------- the generator


class Gen:
    """This corpus's draws: people who do not repeat a name within a document, dates in the forms reports write them, phone
    numbers, and identifiers with their check characters computed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.calls: dict[str, int] = {}
        self.index = 0

    def every(self, n: int, offset: int = 0) -> bool:
        """True for every n-th document of a type (a hard case a register always has, in a share of its documents)."""
        return (self.index + offset) % n == 0

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(tuple(seq))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hexa(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def shape(self, pattern: str) -> str:
        return "".join(self.rng.choice("0123456789") if c == "#" else c for c in pattern)

    # people

    def _name(self, pool: tuple[str, ...]) -> str:
        options = [n for n in pool if not name_words(n) & self.used]
        name = self.pick(options or pool)
        self.used |= name_words(name)
        return name

    def person(self, culture: str, female: bool | None = None) -> Person:
        female = self.rng.random() < 0.5 if female is None else female
        women, men, surnames = PEOPLE[culture]
        last = self._name(surnames)
        return Person(self._name(women if female else men), FEMININE.get(last, last) if female else last, culture, female)

    def of(self, *cultures: str, female: bool | None = None) -> Person:
        return self.person(self.pick(cultures), female)

    def relative(self, p: Person, female: bool) -> Person:
        """Someone of the family, with the family's surname in the form their sex takes."""
        r = self.person(p.culture, female)
        stem = next((m for m, f in FEMININE.items() if f == p.last), p.last)
        r.last = FEMININE.get(stem, stem) if female else stem
        return r

    def named(self, culture: str, surname: str, female: bool | None = None) -> Person:
        """Someone of the culture with this surname (an eponym's, say), unless the document has used it already."""
        p = self.person(culture, female)
        if not name_words(surname) & self.used:
            self.used -= name_words(p.last)
            p.last = surname
            self.used |= name_words(surname)
        return p

    def surname(self, culture: str) -> str:
        """A surname for a firm or a house named after someone, kept from the document's people."""
        return self._name(PEOPLE[culture][2])

    def org(self, name: str) -> str:
        return L("ORGANIZATION", name)

    def loc(self, name: str) -> str:
        return L("LOCATION", name)

    def fill(self, pattern: str) -> str:
        return pattern.format(n=self.rng.randint(1, 180), k=self.rng.randint(2, 60), m=self.rng.randint(1, 12))

    def domain(self, word: str) -> str:
        """A firm's name as its web domain writes it: ASCII letters only."""
        return re.sub(r"[^a-z]", "", fold18(word).lower())

    def mail(self, p: Person, domain: str, style: int | None = None) -> str:
        first, last = p.ascii()
        style = self.rng.randrange(3) if style is None else style
        local = (f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}")[style]
        return L("EMAIL_ADDRESS", f"{local.replace(' ', '')}@{domain}")

    # dates

    def base(self, lo: int = 2019, hi: int = 2024) -> datetime.date:
        return datetime.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def later(self, day: datetime.date, lo: int, hi: int) -> datetime.date:
        return day + datetime.timedelta(days=self.rng.randint(lo, hi))

    def born(self, lo: int, hi: int) -> datetime.date:
        return datetime.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def date(self, d: datetime.date, style: str = "long") -> str:
        """A date, one DATE_TIME, as a report writes it; "the 3rd of March 2024" keeps its "the" outside."""
        mon = EN_MONTHS[d.month - 1]
        text = {"long": f"{d.day} {mon} {d.year}", "ord": f"{ordinal(d.day)} {mon} {d.year}", "of": f"{ordinal(d.day)} of {mon} {d.year}",
                "us": f"{mon} {d.day}, {d.year}", "num": f"{d.day:02d}/{d.month:02d}/{d.year}", "dot": f"{d.day}.{d.month}.{d.year}",
                "iso": d.isoformat(), "dash": f"{d.day:02d}-{d.month:02d}-{d.year}", "short": f"{d.day} {mon[:3]} {d.year}",
                "day": f"{ordinal(d.day)} day of {mon} {d.year}", "wk": f"{WEEKDAYS[d.weekday()]} {d.day} {mon} {d.year}",
                "nodate": f"{d.day} {mon}", "mon": f"{mon} {d.year}"}[style]
        return ("the " if style == "of" else "") + L("DATE_TIME", text)

    def long(self, d: datetime.date) -> str:
        return self.date(d, "long")

    def when(self, d: datetime.date, styles: tuple[str, ...] = ("long", "ord", "of")) -> str:
        return self.date(d, self.pick(styles))

    def at(self, d: datetime.date, hour: int | None = None, style: str = "long") -> str:
        """A date with its time, one DATE_TIME, with the preposition before it outside: "on 14 March 2024 at 02:40" or "at 02:40 on
        14 March 2024"."""
        h = self.rng.randint(0, 23) if hour is None else hour
        t = f"{h:02d}:{self.rng.randint(0, 59):02d}"
        day = blind3.unmark(self.date(d, style), "x")[0]
        return self.pick((f"on {L('DATE_TIME', f'{day} at {t}')}", f"at {L('DATE_TIME', f'{t} on {day}')}"))

    def days(self, a: datetime.date, b: datetime.date) -> str:
        """Two days as a report writes a range: one DATE_TIME within a month ("between 3 and 5 June 2019", "3 to 5 June 2019",
        the "between" outside), two across months."""
        if (a.year, a.month) == (b.year, b.month) and a.day < b.day:
            word = self.pick(("and", "to", "–"))
            sep = "–" if word == "–" else f" {word} "
            return ("between " if word == "and" else "") + L("DATE_TIME", f"{a.day}{sep}{b.day} {EN_MONTHS[a.month - 1]} {a.year}")
        return f"between {self.long(a)} and {self.long(b)}"

    # phone numbers

    def tel(self, place: str) -> str:
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[place])))

    def tel2(self, place: str) -> tuple[str, str]:
        """A phone number as the report writes it and as the answer regroups it: two spans."""
        n = self.shape(self.pick(PHONES[place]))
        return L("PHONE_NUMBER", n), L("PHONE_NUMBER", regroup(n))

    # identifiers with a published check

    def nhs(self, spaced: bool = True) -> str:
        while True:
            nine = str(self.rng.randint(4, 6)) + self.digits(8)
            check = nhs_digit(nine)
            if check is not None:
                n = nine + str(check)
                return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n

    def chi(self, born: datetime.date, female: bool) -> str:
        while True:
            nine = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{self.digits(2)}{self.pick('02468' if female else '13579')}"
            check = nhs_digit(nine)
            if check is not None:
                return nine + str(check)

    def bsn(self) -> str:
        while True:
            eight = str(self.rng.randint(1, 6)) + self.digits(7)
            check = bsn_digit(eight)
            if check is not None:
                return eight + str(check)

    def sa_id(self, born: datetime.date, female: bool) -> str:
        """South African identity number: YYMMDD, a sequence 0000-4999 for a woman and 5000-9999 for a man, 0 for a citizen, 8,
        and the Luhn check."""
        seq = self.rng.randint(0, 4999) + (0 if female else 5000)
        twelve = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return twelve + str(luhn_digit(twelve))

    def aadhaar(self) -> str:
        eleven = str(self.rng.randint(2, 9)) + self.digits(10)
        n = eleven + str(verhoeff_digit(eleven))
        return f"{n[:4]} {n[4:8]} {n[8:]}"

    def personnummer(self, born: datetime.date, female: bool, long: bool = False) -> str:
        """Swedish personnummer: YYMMDD, three digits (the third odd for a man), the Luhn check over the nine; written with its
        century (YYYYMMDD-NNNC) in a form that asks for it."""
        nine = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{self.digits(2)}{self.pick('02468' if female else '13579')}"
        n = nine + str(luhn_digit(nine))
        return (str(born.year // 100) if long else "") + f"{n[:6]}-{n[6:]}"

    def hetu(self, born: datetime.date, female: bool) -> str:
        ddmmyy = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        serial = f"{self.rng.randint(1, 44) * 2 + (0 if female else 1):03d}" if self.rng.random() < 0.5 else \
            f"{self.rng.randint(100, 449) * 2 + (0 if female else 1):03d}"
        sign = "-" if born.year < 2000 else "A"
        return f"{ddmmyy}{sign}{serial}{hetu_char(ddmmyy, serial)}"

    def fnr(self, born: datetime.date, female: bool) -> str:
        """Norwegian fødselsnummer: DDMMYY, an individual number 000-499 for a birth in the 1900s (its third digit even for a
        woman), two check digits."""
        while True:
            ind = f"{self.rng.randint(0, 49):02d}{self.pick('02468' if female else '13579')}"
            nine = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{ind}"
            checks = fnr_digits(nine)
            if checks:
                return nine + checks

    def sin(self, first: str = "4") -> str:
        eight = first + self.digits(7)
        n = eight + str(luhn_digit(eight))
        return f"{n[:3]} {n[3:6]} {n[6:]}"

    def ppsn(self) -> str:
        seven = self.digits(7)
        second = self.pick(("", "A", "W"))
        total = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1))) + (9 * (ord(second) - 64) if second == "A" else 0)
        return f"{seven}{'WABCDEFGHIJKLMNOPQRSTUV'[total % 23]}{second}"

    def orcid(self) -> str:
        fifteen = f"0000000{self.rng.randint(1, 3)}" + self.digits(7)
        n = fifteen + orcid_char(fifteen)
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))

    def ihi(self) -> str:
        fifteen = "800360" + self.digits(9)
        n = fifteen + str(luhn_digit(fifteen))
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    def medicare(self) -> str:
        eight = str(self.rng.randint(2, 6)) + self.digits(7)
        return f"{eight[:4]} {eight[4:]}{medicare_digit(eight)} {self.rng.randint(1, 9)}"

    def pnc(self, year: int) -> str:
        yy, serial = f"{year % 100:02d}", str(self.rng.randint(1000, 999999))
        return f"{yy}/{serial}{pnc_letter(yy, serial)}"

    def upn(self, la: str) -> str:
        twelve = f"{la}{self.pick('235')}{self.digits(3)}{self.pick(('15', '16', '17', '18', '19'))}{self.digits(3)}"
        return upn_letter(twelve) + twelve

    def iban(self, country: str, bank: str, digits: int) -> str:
        return self.iban_of(country, bank + self.digits(digits))

    def iban_fi(self) -> str:
        """A Finnish IBAN: the bank's digits, the account, the national Luhn digit, and the ISO 13616 check."""
        thirteen = self.pick(("1", "2", "5", "8")) + self.digits(12)
        return self.iban_of("FI", thirteen + str(luhn_digit(thirteen)))

    def iban_no(self) -> str:
        """A Norwegian IBAN: eleven digits whose last is the modulus 11 check (weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), and ISO 13616's."""
        while True:
            ten = self.digits(10)
            check = 11 - sum(int(c) * w for c, w in zip(ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
            if check != 10:
                return self.iban_of("NO", ten + str(check % 11))

    def iban_of(self, country: str, bban: str) -> str:
        n = f"{country}{iban_check(country, bban)}{bban}"
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))

    # identifiers drawn in their published patterns, no public check

    def gmc(self) -> str:
        return f"{self.pick('234567')}{self.digits(6)}"

    def nmc_pin(self, year: int) -> str:
        """NMC PIN: the registration year's two digits, a letter, four digits, and E, S, W, N or O (where the nurse trained)."""
        return f"{year % 100:02d}{self.letters(1, 'ABCDEFGHIJKL')}{self.digits(4)}{self.pick('EEEESWNO')}"

    def hcpc(self, prefix: str) -> str:
        return f"{prefix}{self.digits(6 if len(prefix) == 2 else 5)}"

    def ahpra(self, prefix: str = "MED") -> str:
        return f"{prefix}000{self.digits(7)}"

    def prison_number(self) -> str:
        return f"{self.letters(1, 'AG')}{self.digits(4)}{self.letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"

    def uk_pc(self, area: str) -> str:
        return f"{area} {self.digits(1)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"

    def eircode(self, key: str) -> str:
        return f"{key} {self.pick('ACDEFHKNPRTVWXY')}{self.digits(1)}{self.pick('ACDEFHKNPRTVWXY')}{self.pick('0123456789ACDEFHKNPRTVWXY')}"


Doc = tuple[str, str, str]  # (the instruction, the report, the answer)


def cap_words(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


# ---------------------------------------------------------------- clinical registers

ZEELAND = (("Middelburg", "4331", "0118"), ("Vlissingen", "4381", "0118"), ("Goes", "4461", "0113"), ("Terneuzen", "4531", "0115"),
           ("Zierikzee", "4301", "0111"))
ZL_STREETS = ("Lange Noordstraat {n}", "Walstraat {n}", "Nieuwstraat {k}", "Oostsingel {n}", "Havenpark {k}", "Noordweg {n}", "Zusterstraat {k}")
# (suspect drug, reaction, indication, a finding, the symptom at onset)
ZL_CASES = (("carbamazepine 200 mg BID", "Stevens-Johnson syndrome", "trigeminal neuralgia", "SCORTEN 2", "a blistering rash and sore mouth"),
            ("lamotrigine 50 mg OD", "Stevens-Johnson syndrome", "bipolar disorder", "SCORTEN 1", "fever and a target-like rash"),
            ("influenza vaccine 0.5 mL IM", "Guillain-Barré syndrome", "seasonal vaccination", "CSF protein 1.8 g/L", "tingling and weakness of both legs"),
            ("ciprofloxacin 500 mg BID", "Achilles tendinopathy", "urinary tract infection", "CRP 14 mg/L", "pain in both heels"),
            ("atorvastatin 80 mg OD", "rhabdomyolysis", "hypercholesterolaemia", "CK 18,400 U/L", "muscle pain and dark urine"))  # fmt: skip


def dutch_pc(g: Gen, four: str) -> str:
    return f"{four[:3]}{g.rng.randint(0, 9)} {g.letters(2, 'ABCEGHJKLMNPRTVWXZ')}"


def pharmacovigilance_case_narrative(g: Gen) -> Doc:
    """A Zeeland (Netherlands) spontaneous adverse-reaction report's CIOMS narrative, in English: the worldwide case ID, the
    reporting GP (BIG number) and the practice named after him or her, the patient's BSN and initials, a range of admission dates,
    "on or about", the pharmacist who reported too; the answer the CIOMS I fields or a dated timeline."""
    pt = g.of("zl")
    rel = g.relative(pt, g.rng.random() < 0.6)
    gp, derm, pharm = g.of("zl"), g.of("zl"), g.of("zl")
    town, four, _ = g.pick(ZEELAND)
    hosp = "ZorgSaam Ziekenhuis" if town == "Terneuzen" else "Admiraal De Ruyter Ziekenhuis"
    practice = f"Huisartsenpraktijk {gp.last[:1].upper()}{gp.last[1:]}"
    pharmacy = f"Apotheek {g.surname('zl')}"
    drug, event, indication, finding, symptom = g.pick(ZL_CASES)
    born = g.born(1940, 1995)
    start = g.base(2020, 2024)
    onset = g.later(start, 5, 30)
    adm = g.later(onset, 1, 4)
    dis = g.later(adm, 3, 12)
    received = g.later(dis, 2, 20)
    case = f"NL-LRB-00{g.digits(6)}"
    big = f"{g.rng.randint(1, 9)}{g.digits(10)}"
    bsn = g.bsn()
    r_in, r_out = g.tel2("zeeland")
    g_tel = g.tel("zeeland")
    age = age_on(born, start)
    terms = [K(drug), K(event), K(indication), K(finding), K(f"Naranjo score {g.rng.randint(5, 8)}")]
    sex = "female" if pt.female else "male"
    who = "woman" if pt.female else "man"
    rel_word = "daughter" if rel.female else "son"
    mail = g.mail(gp, "zeelandnet.nl")
    body = (f"CIOMS narrative - spontaneous report\nWorldwide case ID: {L('CASE_NUMBER', case)}    Date received: {g.date(received, 'dash')}\n"
            f"Reporter: {gp.full()}, general practitioner (BIG {L('LICENSE_NUMBER', big)}), {g.org(practice)}, {g.loc(g.fill(g.pick(ZL_STREETS)))}, "
            f"{g.loc(f'{dutch_pc(g, four)} {town}')}, tel {g_tel}, {mail}\n"
            f"Patient: {pt.full()} ({pt.initials()}), {sex}, born {g.date(born, 'dash')}, BSN {L('NATIONAL_ID', bsn)}, "
            f"{g.loc(g.fill(g.pick(ZL_STREETS)))}, {g.loc(f'{dutch_pc(g, four)} {town}')}\n\n"
            f"Narrative: This {age}-year-old {who} started {terms[0]} on {g.long(start)} for {terms[2]}, prescribed by Dr {gp.sur()}. "
            f"On or about {g.long(onset)} {pt.he()} developed {symptom}. {pt.he().capitalize()} was admitted to the {g.org(hosp)} in {g.loc(town)} "
            f"{g.days(adm, dis) if g.rng.random() < 0.7 else 'from ' + g.long(adm) + ' to ' + g.long(dis)}, where Dr {derm.full()} diagnosed {terms[1]} ({terms[3]}). "
            f"The suspect drug was withdrawn on {g.long(adm)}. {pt.his().capitalize()} {rel_word}, {rel.full()} ({r_in}), also told the pharmacist, "
            f"{pharm.full()} of {g.org(pharmacy)}, who reported separately. Outcome at discharge on {g.date(dis, 'ord')}: recovering. "
            f"Reporter's causality assessment: {terms[4]} (probable).")
    k = g.rng.randrange(2)
    task = (g.pick(("Fill in the CIOMS I form's fields from this narrative (patient, reaction, suspect drug, dates, outcome, reporter).",
                    "Extract the CIOMS I fields from this case narrative, keeping every date and name.")),
            g.pick(("Write a dated timeline of this case for the assessor, with the people involved.",
                    "Turn this narrative into a chronological timeline and list of contacts.")))[k]
    if k == 0:
        answer = (f"CIOMS I - {L('CASE_NUMBER', case)}\n1. Patient initials: {pt.initials()}  1a. Country: the Netherlands  2. Date of birth: {g.date(born, 'num')}  "
                  f"2a. Age: {age}  3. Sex: {sex[0].upper()}\n4-6. Reaction onset: {g.long(onset)}\n7+13. Describe reaction(s): {terms[1]} ({terms[3]}) "
                  f"after {terms[0]}; in hospital at the {g.org(hosp)} from {g.long(adm)} to {g.long(dis)}.\n14. Suspect drug: {terms[0]}  17. Indication: {terms[2]}  "
                  f"18. Therapy dates: {g.long(start)} to {g.long(adm)}\n22. Outcome: recovering\n24b. Source: health professional - {gp.ini()} "
                  f"(BIG {L('LICENSE_NUMBER', big)}), {g.org(practice)}; and {pharm.full()}, {g.org(pharmacy)}.\nContact for follow-up: {rel.full()} ({rel_word}), {r_out}.")
    else:
        answer = (f"Timeline - {L('CASE_NUMBER', case)} ({pt.sur_first()}, born {g.long(born)})\n- {g.long(start)}: {terms[0]} started for {terms[2]} "
                  f"by Dr {gp.full()}.\n- On or about {g.long(onset)}: {symptom}.\n- {g.long(adm)}: admitted to the {g.org(hosp)}; drug withdrawn.\n"
                  f"- {g.long(dis)}: discharged recovering; {terms[1]} diagnosed by Dr {derm.ini()} ({terms[3]}).\n- {g.long(received)}: report received.\n"
                  f"Contacts: {gp.full()} ({g_tel}); {pharm.full()} ({g.org(pharmacy)}); {rel_word} {rel.full()} ({r_out}).")
    return task, body, answer


NWT = (("Yellowknife", "X1A", "Stanton Territorial Hospital"), ("Hay River", "X0E", "H.H. Williams Memorial Hospital"),
       ("Inuvik", "X0E", "Inuvik Regional Hospital"), ("Fort Simpson", "X0E", "Fort Simpson Health Centre"))
NT_COMMUNITIES = ("Behchokǫ̀", "Fort Providence", "Fort Good Hope", "Tuktoyaktuk", "Aklavik", "Łutselk'e", "Délı̨nę", "Fort McPherson")
NT_STREETS = ("{n} Franklin Avenue", "{k} Woodland Drive", "{n} Gitzel Street", "{k} Distributor Street", "{n} Mackenzie Road", "{k} Capital Drive")


def morbidity_mortality_minutes(g: Gen) -> Doc:
    """A Northwest Territories hospital's surgery and emergency morbidity and mortality rounds minutes: the people present, a
    patient from a Dene or Inuvialuit community named with health card and chart numbers (sometimes a Battle with Battle's sign),
    a second case anonymised as Patient B, eponymous signs and scales, times, the action log."""
    town, fsa, hosp = g.pick(NWT)
    if g.every(2):
        pt = g.named("nt", "Battle", female=g.rng.random() < 0.3)
    else:
        pt = g.of("nt", female=g.rng.random() < 0.3)
    chair, surg, ed, res, rn, flight, apol = (g.of("nt") for _ in range(7))
    kin = g.relative(pt, g.rng.random() < 0.5)
    comm = g.pick(NT_COMMUNITIES)
    day = g.base()
    hurt = g.later(day, -40, -10)
    due1, due2 = g.later(day, 14, 45), g.later(day, 30, 90)
    hcn = f"{g.pick('NT')}{g.digits(7)}"
    chart = g.digits(6)
    age = g.rng.randint(19, 64)
    pager = g.tel("nwt")
    k_in, k_out = g.tel2("nwt")
    terms = [K(f"Glasgow Coma Scale {g.rng.randint(8, 10)}"), K("Cushing's triad"), K("Battle's sign"), K("Canadian CT Head Rule"),
             K("tranexamic acid 1 g IV"), K("Virchow's triad"), K(f"Wells score {g.rng.randint(6, 8)}"), K("apixaban 5 mg BID")]
    body = (f"{g.org(hosp)} - Surgery and Emergency Medicine\nMorbidity and Mortality Rounds - minutes\n"
            f"Date: {g.date(day, 'wk')}, 07:30   Chair: Dr {chair.full()}   Minutes: {rn.full()}, RN\n"
            f"Present: Dr {surg.full()} (general surgery), Dr {ed.full()} (emergency), Dr {res.full()} (resident), {flight.full()} (medevac flight nurse)\n"
            f"Regrets: Dr {apol.full()}\n\n"
            f"Case 1 (presented by Dr {res.sur()}): {pt.full()}, {age}{'F' if pt.female else 'M'}, health care number {L('HEALTH_ID', hcn)}, "
            f"chart {L('HEALTH_ID', chart)}, of {g.loc(comm)}. Thrown from a quad bike near {g.loc(comm)} in the early hours of the "
            f"{L('DATE_TIME', ordinal(hurt.day))}; flown in by {flight.given()}'s crew, arriving {g.at(hurt, g.rng.randint(4, 9))}. "
            f"{terms[0]} on arrival, falling to 6; {terms[1]}; {terms[2]} behind the left ear. CT: extradural haematoma. "
            f"Dr {surg.sur()} did a burr hole before transfer to the {g.org('University of Alberta Hospital')} in {g.loc('Edmonton')}. "
            f"{terms[4]} given. Delay: the first page to the surgeon on call was missed because the list still gave {pager}. "
            f"{pt.his().capitalize()} {'sister' if kin.female else 'brother'} {kin.full()} ({k_in}) has asked for a meeting.\n"
            f"Discussion: Dr {ed.sur()} reminded the group of the {terms[3]}; the scan itself was not delayed.\n\n"
            f"Case 2 (Patient B, anonymised at the family's request): 67F, {terms[5]} after a long drive from {g.loc(g.pick(NT_COMMUNITIES))}, "
            f"{terms[6]}; started on {terms[7]}.\n\n"
            f"Actions: 1. Update the on-call list and pager numbers - {rn.full()} - by {g.long(due1)}. "
            f"2. Audit of medevac head injuries - Dr {res.full()} - by {g.long(due2)}. 3. Meet {pt.given()}'s family - Dr {chair.sur()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Turn these minutes into an action log (action, owner, due date) with a two-line summary of Case 1.",
                    "Make an action table from these M&M minutes and summarise the first case.")),
            g.pick(("Draft the letter from the chair to the patient's family offering the meeting, summarising the case.",
                    "Write the chair's letter to the family of the patient in Case 1.")))[k]
    if k == 0:
        answer = (f"Case 1: {pt.sur_first()} (HCN {L('HEALTH_ID', hcn)}, chart {L('HEALTH_ID', chart)}), injured near {g.loc(comm)}, "
                  f"{terms[0]} with {terms[1]} and {terms[2]}; transferred to the {g.org('University of Alberta Hospital')}.\n"
                  f"| Action | Owner | Due |\n|---|---|---|\n| Update on-call list and pager numbers | {rn.full()} | {g.long(due1)} |\n"
                  f"| Audit of medevac head injuries | Dr {res.full()} | {g.long(due2)} |\n| Meet the family ({kin.full()}, {k_out}) | Dr {chair.full()} | - |")
    else:
        answer = (f"{g.org(hosp)}\n{g.long(day)}\n\nDear {kin.full()},\nI am writing about your {'sister' if pt.female else 'brother'}, {pt.full()}, "
                  f"who was flown to us after being injured near {g.loc(comm)} on {g.long(hurt)}. Our team reviewed {pt.his()} care at our rounds on "
                  f"{g.long(day)}. {pt.he().capitalize()} had a serious head injury ({terms[0]}, {terms[2]}) and Dr {surg.full()} operated before "
                  f"transfer to {g.loc('Edmonton')}. We found that a page to the surgeon was delayed, and we are fixing our on-call list.\n"
                  f"I would like to meet you; please call me on {k_out}.\nYours sincerely,\nDr {chair.full()}, Chair")
    return task, body, answer


DONCASTER = (("Doncaster", "DN1"), ("Doncaster", "DN4"), ("Mexborough", "S64"), ("Conisbrough", "DN12"), ("Worksop", "S80"), ("Bentley", "DN5"))
DN_STREETS = ("{n} Balby Road", "{k} Bawtry Road", "{n} Adwick Road", "{k} Church Street", "{n} Cusworth Lane", "{k} Carlton Road")
DN_HOSPITALS = ("Doncaster Royal Infirmary", "Montagu Hospital", "Bassetlaw Hospital")


def serious_incident_investigation(g: Gen) -> Doc:
    """A South Yorkshire patient safety incident investigation (PSII): the NHS number, the ward, staff with their GMC numbers and
    NMC PINs, a Datix and a StEIS number, the early hours of a day, the family's involvement, sometimes a Mrs Cushing with Cushing's
    syndrome or a Dr Wells who worked out a Wells score; the answer the duty of candour letter or a chronology."""
    cushing = g.every(2)
    pt = g.named("dn", "Cushing", female=g.rng.random() < 0.6) if cushing else g.of("dn")
    rel = g.relative(pt, g.rng.random() < 0.5)
    fy = g.named("dn", "Wells") if g.every(2, 1) else g.of("dn", "sd")
    sn, inv, cons, mat = g.of("dn"), g.of("dn", "sd"), g.of("dn", "sd"), g.of("dn")
    town, area = g.pick(DONCASTER)
    hosp = g.pick(DN_HOSPITALS)
    ward = f"Ward {g.rng.randint(10, 32)}"
    born = g.born(1945, 1985)
    adm = g.base()
    night = g.later(adm, 1, 3)
    found = g.later(night, 0, 1)
    met = g.later(found, 20, 60)
    datix, steis = f"W{g.digits(6)}", f"{adm.year}/{g.digits(5)}"
    nhs = g.nhs()
    r_in, r_out = g.tel2("doncaster")
    pin = g.nmc_pin(g.rng.randint(2004, 2020))
    gmc1, gmc2 = g.gmc(), g.gmc()
    history = K("Cushing's syndrome") if cushing and pt.last == "Cushing" else K(g.pick(("alcohol dependence", "type 2 diabetes", "COPD")))
    terms = [K(f"NEWS2 score {g.rng.randint(6, 9)}"), K("Pabrinex two pairs IV TDS"), K("Wernicke's encephalopathy"), K(f"CIWA-Ar score {g.rng.randint(16, 24)}"),
             K("chlordiazepoxide 20 mg QDS"), K("Duty of Candour"), K("Patient Safety Incident Response Framework"), K(f"Wells score {g.rng.randint(0, 2)}")]
    mail = g.mail(inv, "nhs.net")
    who = "woman" if pt.female else "man"
    body = (f"{g.org('Doncaster and Bassetlaw Teaching Hospitals')} - patient safety incident investigation (PSII) under the {terms[6]}\n"
            f"Datix ID: {L('CASE_NUMBER', datix)}   StEIS: {L('CASE_NUMBER', steis)}   Location: {g.org(ward)}, {g.org(hosp)}\n"
            f"Patient: {pt.title()} {pt.full()}, NHS number {L('HEALTH_ID', nhs)}, born {g.date(born, 'num')}, of {g.loc(g.fill(g.pick(DN_STREETS)))}, "
            f"{g.loc(f'{town} {g.uk_pc(area)}')}\nInvestigator: {inv.full()}, patient safety specialist ({mail})   Executive lead: Dr {cons.full()} (GMC {L('LICENSE_NUMBER', gmc2)})\n\n"
            f"1. {pt.title()} {pt.sur()}, a {age_on(born, adm)}-year-old {who} with {history}, was admitted on {g.long(adm)} with confusion and vomiting. "
            f"The admitting doctor, Dr {fy.full()} (GMC {L('LICENSE_NUMBER', gmc1)}), recorded a {terms[3]}, prescribed {terms[4]} and {terms[1]}, and "
            f"documented a {terms[7]} for a swollen calf.\n2. In the early hours of {g.date(night, 'nodate')}, staff nurse {sn.full()} (NMC PIN {L('LICENSE_NUMBER', pin)}) "
            f"recorded a {terms[0]} at 03:10 but did not escalate it; the first dose of {terms[1]} was given 19 hours late.\n"
            f"3. Dr {cons.sur()} diagnosed {terms[2]} {g.at(found, g.rng.randint(7, 11))}.\n"
            f"4. The family: {pt.his()} {'daughter' if rel.female else 'son'}, {rel.full()} ({r_in}), met the investigator and the ward manager, "
            f"{mat.full()}, on {g.date(met, 'ord')}, and asked why nobody rang {rel.him()} that night.\n"
            f"Findings: the escalation policy was not followed, contrary to {K('NICE NG51')}; the thiamine was prescribed but not given.")
    k = g.rng.randrange(2)
    task = (g.pick(("Draft the Duty of Candour letter to the patient's relative summarising what the investigation found.",
                    "Write the letter to the family under the Duty of Candour, setting out the findings and the people they can contact.")),
            g.pick(("Tabulate the chronology of this incident (date/time, event, staff involved with registration numbers).",
                    "Make a chronology table of this incident with the staff and their registration numbers.")))[k]
    if k == 0:
        answer = (f"{g.org('Doncaster and Bassetlaw Teaching Hospitals')}\nRef: {L('CASE_NUMBER', datix)}\n\nDear {rel.title()} {rel.sur()},\n"
                  f"Further to our meeting on {g.long(met)}, I am writing under our {terms[5]} about the care of your {'mother' if pt.female else 'father'}, "
                  f"{pt.full()}, who has {history}, on {g.org(ward)} at {g.org(hosp)}. We found that a {terms[0]} recorded in the early hours of {g.long(night)} was not "
                  f"escalated, and that {terms[1]} was given 19 hours late; {terms[2]} was diagnosed on {g.long(found)}. We are sorry.\n"
                  f"If you have questions please contact {inv.full()} ({mail}).\nYours sincerely,\nDr {cons.full()}, Executive lead")
    else:
        answer = (f"Chronology - {L('CASE_NUMBER', steis)}, {pt.caps()} (NHS {L('HEALTH_ID', nhs)})\n| When | Event | Staff |\n|---|---|---|\n"
                  f"| {g.long(adm)} | Admitted; {terms[3]}; {terms[1]} prescribed | Dr {fy.full()} (GMC {L('LICENSE_NUMBER', gmc1)}) |\n"
                  f"| {g.long(night)}, 03:10 | {terms[0]} not escalated | {sn.full()} (NMC {L('LICENSE_NUMBER', pin)}) |\n"
                  f"| {g.long(found)} | {terms[2]} diagnosed | Dr {cons.full()} (GMC {L('LICENSE_NUMBER', gmc2)}) |\n"
                  f"| {g.long(met)} | Family meeting | {inv.full()}, {mat.full()} |")
    return task, body, answer


SUNDERLAND = (("Sunderland", "SR1"), ("Sunderland", "SR4"), ("Washington", "NE37"), ("Houghton-le-Spring", "DH4"), ("Hetton-le-Hole", "DH5"))
SD_STREETS = ("{n} Chester Road", "{k} Hylton Road", "{n} Durham Road", "{k} Newcastle Road", "{n} Sea Road", "{k} Ryhope Road")
SD_SURGERIES = ("Deerness Park Medical Group", "Hylton Medical Group", "Concord Medical Practice", "Hetton Group Practice")


def prevention_of_future_deaths_report(g: Gen) -> Doc:
    """A Sunderland assistant coroner's report under regulation 28 to prevent future deaths: the addressees by name, the deceased
    (sometimes a Mr Parkinson with Parkinson's disease), the inquest's days as a range, a paramedic's HCPC number, time-critical
    medication, the 56-day deadline, the interested persons; the answer a table of addressees and concerns or the trust's reply."""
    dec = g.named("sd", "Parkinson") if g.every(2) else g.of("sd")
    dau = g.relative(dec, True)
    cor, ceo1, ceo2, para, gp = (g.of("sd") for _ in range(5))
    town, area = g.pick(SUNDERLAND)
    surgery = g.pick(SD_SURGERIES)
    born = g.born(1930, 1955)
    fell = g.base()
    died = g.later(fell, 4, 12)
    opened = g.later(died, 3, 10)
    inq = g.later(opened, 90, 200)
    inq2 = inq + datetime.timedelta(days=g.rng.randint(1, 2))
    report = g.later(inq2, 3, 20)
    due = report + datetime.timedelta(days=56)
    ref = f"{report.year}-0{g.digits(3)}"
    hcpc = g.hcpc("PA")
    hours = g.rng.randint(6, 14)
    terms = [K("Parkinson's disease"), K("co-careldopa 25/100 mg five times a day"), K("time-critical Parkinson's medication"), K("Category 2"),
             K(f"Clinical Frailty Scale {g.rng.randint(5, 7)}"), K("aspiration pneumonia"), K("paragraph 7, Schedule 5 of the Coroners and Justice Act 2009"),
             K("regulations 28 and 29 of the Coroners (Investigations) Regulations 2013")]
    trust1, trust2 = "South Tyneside and Sunderland NHS Foundation Trust", "North East Ambulance Service NHS Foundation Trust"
    body = (f"REGULATION 28: REPORT TO PREVENT FUTURE DEATHS (ref {L('CASE_NUMBER', ref)})\nTHIS REPORT IS BEING SENT TO:\n"
            f"1. {ceo1.full()}, Chief Executive, {g.org(trust1)}\n2. {ceo2.full()}, Chief Executive, {g.org(trust2)}\n"
            f"1 CORONER\nI am {cor.full()}, Assistant Coroner for the coroner area of {g.loc('Sunderland')}.\n"
            f"2 CORONER'S LEGAL POWERS\nI make this report under {terms[6]} and {terms[7]}.\n"
            f"3 INVESTIGATION and INQUEST\nOn {g.long(opened)} I commenced an investigation into the death of {dec.full()}, aged {age_on(born, died)}. "
            f"The investigation concluded at the end of the inquest {g.days(inq, inq2)}. The conclusion was a narrative conclusion.\n"
            f"4 CIRCUMSTANCES OF THE DEATH\n{dec.title()} {dec.sur()} lived at {g.loc(g.fill(g.pick(SD_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}, and had "
            f"{terms[0]}, treated with {terms[1]}. On or about {g.long(fell)} {dec.he()} fell at home. {dec.his().capitalize()} daughter, {dau.full()}, "
            f"called 999; the call was triaged as {terms[3]} and an ambulance arrived {hours} hours later. Paramedic {para.full()} (HCPC {L('LICENSE_NUMBER', hcpc)}) "
            f"found {dec.him()} on the floor ({terms[4]}). At {g.org('Sunderland Royal Hospital')} {dec.his()} {terms[2]} was not given for 14 hours. "
            f"{dec.he().capitalize()} developed {terms[5]} and died on {g.long(died)}.\n"
            f"5 CORONER'S CONCERNS\n(1) Long waits for {terms[3]} calls to frail patients who have fallen. (2) No system to give {terms[2]} on time.\n"
            f"7 YOUR RESPONSE\nYou are under a duty to respond to this report within 56 days of the date of this report, namely by {g.long(due)}.\n"
            f"8 COPIES and PUBLICATION\nI have sent a copy to the following Interested Persons: {dau.full()} (daughter); Dr {gp.full()}, {g.org(surgery)}.\n"
            f"9 {g.long(report)}   {cor.full()}, Assistant Coroner")
    k = g.rng.randrange(2)
    task = (g.pick(("Extract a table of the addressees, the coroner's concerns and the response deadline from this report.",
                    "Tabulate who must respond to this prevention of future deaths report, about what and by when.")),
            g.pick(("Draft the acknowledgement from the hospital trust's chief executive to the coroner.",
                    "Write the hospital trust's holding reply to the coroner, restating the concerns.")))[k]
    if k == 0:
        answer = (f"PFD report {L('CASE_NUMBER', ref)} - death of {dec.caps()} on {g.long(died)}; coroner {cor.full()}.\n| Addressee | Organisation | Concern | Respond by |\n"
                  f"|---|---|---|---|\n| {ceo1.full()} | {g.org(trust1)} | {terms[2]} not given on time | {g.long(due)} |\n"
                  f"| {ceo2.full()} | {g.org(trust2)} | {terms[3]} response times for falls | {g.long(due)} |\n\nCopies: {dau.full()}; Dr {gp.full()}.")
    else:
        answer = (f"{g.org(trust1)}\n{g.long(report)}\n\nDear {cor.full()},\nThank you for your report of {g.long(report)} following the inquest into the death of "
                  f"{dec.title()} {dec.full()}. We note your concern that {dec.his()} {terms[2]} ({terms[1]}) was not given for 14 hours at "
                  f"{g.org('Sunderland Royal Hospital')}. We will send our full response by {g.long(due)}.\nYours sincerely,\n{ceo1.full()}, Chief Executive\n"
                  f"cc: {dau.full()}")
    return task, body, answer


ECAPE = (("Mthatha", "5099", "Nelson Mandela Academic Hospital"), ("Komani", "5320", "Frontier Hospital"), ("Makhanda", "6139", "Settlers Hospital"),
         ("Gqeberha", "6001", "Dora Nginza Hospital"), ("Gqeberha", "6020", "Livingstone Hospital"))
EC_STREETS = ("{n} Sutherland Street", "{k} Madeira Street", "{n} Cathcart Road", "Stand {n}, Ngangelizwe", "House {k}, Mlungisi", "{n} Govan Mbeki Avenue",
              "{k} Nelson Mandela Drive", "{n} Beaufort Street")


def health_ombud_report(g: Gen) -> Doc:
    """An Eastern Cape (South Africa) Health Ombud investigation report into a baby's death: the parents' identity numbers (the
    birth date, the sequence by sex, the Luhn check), hospitals and streets named after people (Nelson Mandela, Dora Nginza, Govan
    Mbeki), staff with HPCSA and SANC numbers, an admission with its time, Apgar scores, a Caesarean section through a Pfannenstiel
    incision; the answer the letter to the complainant or a table of events."""
    mum = g.of("ec", female=True)
    dad = g.of("ec", female=False)
    baby = g.relative(dad, g.rng.random() < 0.5)
    dr, mw, inv, ceo = g.of("ec"), g.of("ec", female=True), g.of("ec"), g.of("ec")
    town, code, hosp = g.pick(ECAPE)
    mb, db = g.born(1985, 2003), g.born(1980, 2000)
    adm = g.base(2020, 2024)
    born = g.later(adm, 0, 1)
    died = g.later(born, 2, 9)
    complained = g.later(died, 20, 90)
    report = g.later(complained, 120, 300)
    ref = f"HO-EC-{g.digits(4)}"
    file_no = "".join(w[0] for w in hosp.split()[:-1] if w[0].isupper()) + "H" + g.digits(7)
    tel_in, tel_out = g.tel2("ecape")
    hpcsa, sanc = f"MP {g.digits(7)}", g.digits(8)
    apgar = g.rng.randint(2, 4)
    terms = [K(f"Apgar score of {apgar} at one minute"), K("Caesarean section"), K("Pfannenstiel incision"), K("hypoxic ischaemic encephalopathy"),
             K("oxytocin 10 IU IM"), K("National Health Act 61 of 2003"), K("Guidelines for Maternity Care in South Africa"), K("cardiotocograph")]
    street = g.fill(g.pick(EC_STREETS))
    body = (f"OFFICE OF THE HEALTH OMBUD\nReport on the investigation of a complaint against {g.org(hosp)}, {g.loc(town)}\n"
            f"Complaint reference: {L('CASE_NUMBER', ref)}   Date of report: {g.long(report)}\n"
            f"Complainant: {dad.full()} (ID {L('NATIONAL_ID', g.sa_id(db, False))}), {g.loc(street)}, {g.loc(f'{town} {code}')}, cell {tel_in}\n"
            f"Patient: {mum.full()} (ID {L('NATIONAL_ID', g.sa_id(mb, True))}), aged {age_on(mb, adm)}, hospital file no. {L('HEALTH_ID', file_no)}\n"
            f"Investigator: {inv.full()}\n\n"
            f"1. {mum.title()} {mum.sur()}, in labour with her first child, was admitted to the maternity unit {g.at(adm, g.rng.randint(18, 23))}. "
            f"The {terms[7]} showed late decelerations from about 02:00 but the doctor on call, Dr {dr.full()} (HPCSA {L('LICENSE_NUMBER', hpcsa)}), was not "
            f"called until 04:40.\n2. Dr {dr.sur()} performed an emergency {terms[1]} through a {terms[2]} on {g.long(born)}. The baby, {baby.full()}, "
            f"had an {terms[0]} and was diagnosed with {terms[3]}. {baby.he().capitalize()} died on {g.long(died)}.\n"
            f"3. The midwife on duty, Sister {mw.full()} (SANC {L('LICENSE_NUMBER', sanc)}), said the ward had two midwives for 31 women; {terms[4]} was given "
            f"after delivery.\n4. {dad.title()} {dad.sur()} lodged the complaint on {g.date(complained, 'ord')}.\n"
            f"Findings: the care fell below the {terms[6]}; the complaint is substantiated under the {terms[5]}.\n"
            f"Recommendations: the chief executive officer, {ceo.full()}, must report on midwife staffing within 60 days.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the letter to the complainant summarising the findings and recommendations of this report.",
                    "Draft the Health Ombud's letter to the complainant explaining what was found.")),
            g.pick(("Make a table of the events in this report (date, event, staff), then list the recommendations.",
                    "Tabulate the sequence of events with dates and the staff involved.")))[k]
    if k == 0:
        answer = (f"Our ref: {L('CASE_NUMBER', ref)}\n{g.long(report)}\n\n{dad.title()} {dad.full()}\n{g.loc(street)}\n{g.loc(f'{town} {code}')}\n\n"
                  f"Dear {dad.title()} {dad.sur()},\nWe have finished our investigation of your complaint of {g.long(complained)} about the care of "
                  f"{mum.full()} and your baby {baby.given()} at {g.org(hosp)}. We found that the {terms[7]} warnings were not acted on for more than two hours, "
                  f"that the {terms[1]} was done late, and that the care fell below the {terms[6]}. Your complaint is substantiated. We are very sorry for the "
                  f"death of {baby.full()} on {g.long(died)}.\nIf you wish to discuss this, please call the investigator, {inv.full()}.\nYours faithfully,\nHealth Ombud")
    else:
        answer = (f"Complaint {L('CASE_NUMBER', ref)} - {mum.caps()}, file {L('HEALTH_ID', file_no)}\n| Date | Event | Staff |\n|---|---|---|\n"
                  f"| {g.long(adm)} | Admitted in labour; {terms[7]} abnormal from 02:00 | Sister {mw.full()} |\n"
                  f"| {g.long(born)} | {terms[1]}; {terms[0]} | Dr {dr.full()} (HPCSA {L('LICENSE_NUMBER', hpcsa)}) |\n"
                  f"| {g.long(died)} | Baby {baby.full()} died | - |\n| {g.long(complained)} | Complaint by {dad.full()} ({tel_out}) | - |\n\n"
                  f"Recommendation: staffing report by {ceo.full()} within 60 days.")
    return task, body, answer


GOLDFIELDS = (("Kalgoorlie", "6430"), ("Boulder", "6432"), ("Esperance", "6450"), ("Coolgardie", "6429"), ("Kambalda", "6442"))
WA_STREETS = ("{n} Hannan Street", "{k} Egan Street", "{n} Dempster Street", "{k} Boulder Road", "{n} Forrest Street", "{k} Burt Street")
WA_PRACTICES = ("Goldfields Family Practice", "Hannan Street Surgery", "Esperance Bay Clinic", "Boulder Road Surgery")


def practitioner_panel_decision(g: Gen) -> Doc:
    """A Goldfields (Western Australia) performance and professional standards panel decision on a GP's opioid prescribing: the
    practitioner's AHPRA registration, the notifier named, the patient as Patient A in the reasons and by name in the confidential
    schedule (Medicare and IHI numbers), the supervisor's registration, conditions with dates; the answer a table of conditions or a
    letter to the notifier."""
    doc, chair, member, lay, sup, ed = (g.of("wa") for _ in range(6))
    pt = g.of("wa")
    notifier = g.relative(pt, True)
    town, pc = g.pick(GOLDFIELDS)
    practice = g.pick(WA_PRACTICES)
    born = g.born(1950, 1990)
    first = g.base(2019, 2022)
    last = g.later(first, 90, 400)
    adm = g.later(last, 1, 5)
    notified = g.later(adm, 5, 40)
    heard = g.later(notified, 90, 200)
    due = g.later(heard, 60, 180)
    med, med_sup = g.ahpra("MED"), g.ahpra("MED")
    n_in, n_out = g.tel2("goldfields")
    terms = [K("oxycodone 20 mg BD"), K("section 191(1)(b) of the Health Practitioner Regulation National Law (WA)"), K("unsatisfactory professional performance"),
             K("ScriptCheckWA"), K("Good medical practice: a code of conduct for doctors in Australia"), K("opioid use disorder"), K("buprenorphine 16 mg SL")]
    street = g.fill(g.pick(WA_STREETS))
    body = (f"Medical Board of Australia - Performance and Professional Standards Panel\nDecision and reasons for decision\n"
            f"Practitioner: Dr {doc.full()}   Registration number: {L('LICENSE_NUMBER', med)}\n"
            f"Principal place of practice: {g.org(practice)}, {g.loc(g.fill(g.pick(WA_STREETS)))}, {g.loc(town)} WA {g.loc(pc)}\n"
            f"Notifier: {notifier.full()} (daughter of Patient A), tel {n_in}   Notification received: {g.long(notified)}\n"
            f"Hearing: {g.long(heard)}, by video link. Panel: Dr {chair.full()} (chair), Dr {member.full()}, {lay.full()} (community member)\n"
            f"Confidential schedule (not for publication): Patient A is {pt.full()}, born {g.date(born, 'num')}, Medicare {L('HEALTH_ID', g.medicare())}, "
            f"IHI {L('HEALTH_ID', g.ihi())}, of {g.loc(street)}, {g.loc(town)} WA {g.loc(pc)}.\n\n"
            f"1. Between {g.long(first)} and {g.long(last)} the practitioner prescribed {terms[0]} to Patient A, increasing the dose four times, without "
            f"checking {terms[3]} and without a treatment agreement.\n"
            f"2. On {g.long(adm)} Patient A was taken to the {g.org('Kalgoorlie Health Campus')} after an overdose; Dr {ed.full()} diagnosed {terms[5]} and "
            f"started {terms[6]}.\n3. The panel finds that the practitioner's professional performance was unsatisfactory in that it fell below "
            f"{terms[4]}, and that this is {terms[2]} under {terms[1]}.\n"
            f"4. Conditions: the practitioner must practise under the supervision of Dr {sup.full()} ({L('LICENSE_NUMBER', med_sup)}) and complete education "
            f"in opioid prescribing by {g.long(due)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Tabulate the conditions imposed on the practitioner, with who supervises and the due dates.",
                    "Make a table of this decision's findings and conditions with the people and dates.")),
            g.pick(("Write the letter informing the notifier of the outcome, without naming Patient A beyond the schedule's details she knows.",
                    "Draft the outcome letter to the notifier.")))[k]
    if k == 0:
        answer = (f"Dr {doc.sur_first()} ({L('LICENSE_NUMBER', med)}), {g.org(practice)}, {g.loc(town)}\n| Finding or condition | Detail | Date |\n|---|---|---|\n"
                  f"| Finding | {terms[2]} ({terms[0]} to {pt.full()}) | {g.long(heard)} |\n"
                  f"| Supervision | Dr {sup.full()}, {L('LICENSE_NUMBER', med_sup)} | from {g.long(heard)} |\n| Education in opioid prescribing | - | by {g.long(due)} |")
    else:
        answer = (f"{g.long(heard)}\n\nDear {notifier.title()} {notifier.sur()},\nThank you for your notification of {g.long(notified)} about Dr {doc.full()} and the "
                  f"care of your {'mother' if pt.female else 'father'}, {pt.full()}. A panel heard the matter on {g.long(heard)} and found {terms[2]} in the "
                  f"prescribing of {terms[0]}. Conditions now apply to Dr {doc.sur()}'s registration, including supervision by Dr {sup.full()}. "
                  f"We will not contact you on {n_out} again unless you ask us to.\nYours sincerely,\nDr {chair.full()}, Panel chair")
    return task, body, answer


ODISHA = (("Bhubaneswar", "7510", "Capital Hospital"), ("Cuttack", "7530", "SCB Medical College and Hospital"),
          ("Berhampur", "7600", "MKCG Medical College and Hospital"), ("Sambalpur", "7680", "VIMSAR Burla"))
OD_STREETS = ("Plot No. {n}, Saheed Nagar", "Plot No. {k}, Nayapalli", "House No. {n}, Buxi Bazar", "Qr. No. {k}, Unit {m}", "{n}, Gandhi Nagar",
              "At/Po {k}, Gopalpur")
OD_DRUGS = ("ABX-301 400 mg OD", "ZN-17 200 mg BD", "OT-5 tablets 50 mg OD")


def serious_adverse_event_narrative(g: Gen) -> Doc:
    """An Odisha (India) clinical trial site's serious adverse event narrative, with the compensation section for the ethics
    committee: the subject's number and initials, the site investigator's council registration, a Hy's law case, the subject's
    Aadhaar (Verhoeff's check), bank account, address and nominee (a university roll number); the answer the committee's summary."""
    pt = g.of("od", female=g.rng.random() < 0.6)
    kid = g.relative(pt, g.rng.random() < 0.5)
    pi, hep, coord = g.of("od"), g.of("od"), g.of("od", female=True)
    town, pin4, hosp = g.pick(ODISHA)
    site = g.rng.randint(3, 19)
    subject = f"{site:02d}-{g.digits(4)}"
    drug = g.pick(OD_DRUGS)
    rand = g.base(2021, 2024)
    day_n = g.rng.randint(28, 70)
    onset = rand + datetime.timedelta(days=day_n)
    adm = g.later(onset, 0, 2)
    dis = g.later(adm, 4, 12)
    rec = g.later(dis, 10, 40)
    reported = g.later(onset, 0, 1)
    ocmr = g.digits(5)
    aadhaar = g.aadhaar()
    account = g.digits(11)
    roll = f"{g.rng.randint(19, 23)}{g.digits(8)}"
    t_in, t_out = g.tel2("odisha")
    ctri = f"CTRI/{rand.year - 1}/0{g.rng.randint(1, 9)}/0{g.digits(5)}"
    alt, bili = g.rng.randint(380, 910), round(g.rng.uniform(2.6, 6.4), 1)
    money = g.pick(("Rs 4,50,000", "Rs 3,75,000", "Rs 6,20,000"))
    terms = [K("Hy's law"), K(f"ALT {alt} U/L"), K(f"total bilirubin {bili} mg/dL"), K("CTCAE grade 4"), K("drug-induced liver injury"),
             K("Rule 42 of the New Drugs and Clinical Trials Rules, 2019"), K(money), K(drug)]
    street = g.fill(g.pick(OD_STREETS))
    mail = g.mail(coord, g.pick(("gmail.com", "rediffmail.com", "yahoo.co.in")))
    body = (f"SERIOUS ADVERSE EVENT - NARRATIVE\nProtocol: {drug.split()[0]} phase III ({ctri})   Site {site:02d}: {g.org(hosp)}, {g.loc(town)}\n"
            f"Principal investigator: Dr {pi.full()} (OCMR Regd. No. {L('LICENSE_NUMBER', ocmr)})\n"
            f"Subject number: {L('CASE_NUMBER', subject)}   Initials: {pt.initials()}   Age/sex: {g.rng.randint(28, 66)}/{'F' if pt.female else 'M'}\n"
            f"Event: {terms[4]} meeting {terms[0]}; onset {g.long(onset)} (Day {day_n}); serious (hospitalisation); {terms[3]}\n\n"
            f"Narrative: The subject was randomised on {g.long(rand)} and received {terms[7]}. On Day {day_n} ({g.date(onset, 'num')}) routine tests showed "
            f"{terms[1]} and {terms[2]}. Study drug was stopped the same day and the subject was admitted to {g.org(hosp)} from {g.long(adm)} to {g.long(dis)} "
            f"under Dr {hep.full()}. Outcome: recovered on {g.long(rec)}. Investigator's causality: probably related.\n\n"
            f"Compensation under {terms[5]} (confidential):\nName: {pt.full()}   Aadhaar: {L('NATIONAL_ID', aadhaar)}\n"
            f"Address: {g.loc(street)}, {g.loc(f'{town} {pin4}{g.digits(2)}')}, {g.loc('Odisha')}   Mobile: {t_in}\n"
            f"Payee account: {g.org('State Bank of India')}, {g.loc(town)} branch, account no. {L('ACCOUNT_NUMBER', account)}\n"
            f"Nominee: {kid.full()} ({'daughter' if kid.female else 'son'}; student, {g.org('Utkal University')}, roll no. {L('STUDENT_ID', roll)})\n"
            f"Amount proposed by the ethics committee: {terms[6]}\nReported to the sponsor on {g.long(reported)} by {coord.full()}, study coordinator ({mail}).")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the SAE summary for the ethics committee meeting: event, dates, causality and compensation details.",
                    "Summarise this SAE for the ethics committee, including who is to be paid and how.")),
            g.pick(("Extract a timeline of this event from randomisation to recovery, then the payment details.",
                    "Make a dated timeline of the event and list the payment details.")))[k]
    if k == 0:
        answer = (f"SAE summary - subject {L('CASE_NUMBER', subject)} ({pt.initials()}), site {site:02d}, PI Dr {pi.ini()}\n"
                  f"Event: {terms[4]} ({terms[0]}: {terms[1]}, {terms[2]}), {terms[3]}, onset {g.long(onset)}; in hospital {g.long(adm)} to {g.long(dis)}; "
                  f"recovered {g.long(rec)}. Related to {terms[7]}.\nCompensation ({terms[5]}): {terms[6]} to {pt.full()} (Aadhaar {L('NATIONAL_ID', aadhaar)}), "
                  f"{g.org('State Bank of India')} account {L('ACCOUNT_NUMBER', account)}; nominee {kid.full()}. Contact {t_out}.")
    else:
        answer = (f"- {g.long(rand)}: randomised ({L('CASE_NUMBER', subject)})\n- {g.long(onset)}: {terms[1]}, {terms[2]} - {terms[0]}; drug stopped\n"
                  f"- {g.long(adm)} to {g.long(dis)}: admitted to {g.org(hosp)} under Dr {hep.full()}\n- {g.long(rec)}: recovered\n"
                  f"Payment: {terms[6]} to {pt.sur_first()}, account {L('ACCOUNT_NUMBER', account)}; nominee {kid.full()} (roll no. {L('STUDENT_ID', roll)}).")
    return task, body, answer


DALARNA = (("Falun", "791", "Falu lasarett"), ("Borlänge", "784", "Borlänge sjukhus"), ("Mora", "792", "Mora lasarett"), ("Avesta", "774", "Avesta lasarett"))
DL_STREETS = ("Slaggatan {k}", "Trotzgatan {n}", "Vasagatan {k}", "Kyrkogatan {n}", "Åsgatan {k}", "Stationsgatan {n}")
DL_CASES = (("Wernicke's encephalopathy after sleeve gastrectomy", "Wernicke's encephalopathy", "thiamine 500 mg IV TDS", "sleeve gastrectomy",
             "confusion, ataxia and double vision"),
            ("Addisonian crisis unmasked by levothyroxine", "Addisonian crisis", "hydrocortisone 100 mg IV", "Hashimoto's thyroiditis",
             "vomiting, low blood pressure and a sodium of 121 mmol/L"),
            ("Guillain-Barré syndrome after Campylobacter enteritis", "Guillain-Barré syndrome", "intravenous immunoglobulin 0.4 g/kg/day",
             "Campylobacter enteritis", "ascending weakness and lost reflexes"),
            ("Takotsubo cardiomyopathy after a Roux-en-Y gastric bypass", "Takotsubo cardiomyopathy", "bisoprolol 2.5 mg OD", "Roux-en-Y gastric bypass",
             "chest pain and ST elevation"))
DL_TESTS = {"Wernicke's encephalopathy": "MRI FLAIR", "Addisonian crisis": "a short Synacthen test", "Guillain-Barré syndrome": "nerve conduction studies",
            "Takotsubo cardiomyopathy": "coronary angiography"}


def journal_case_report(g: Gen) -> Doc:
    """A Dalarna (Sweden) case report submitted to a journal: authors with their ORCID iDs (ISO 7064 MOD 11-2), affiliations,
    the corresponding author's address, e-mail and phone, a consent paragraph naming the patient with her personnummer (Luhn),
    the husband present, a Lex Maria report; the answer the journal's consent and authorship checklist or the cover letter."""
    a1, a2, a3 = g.of("dl"), g.of("dl"), g.of("dl")
    pt = g.of("dl", female=g.rng.random() < 0.7)
    spouse = g.person("dl", not pt.female)
    spouse.last = pt.last
    town, pc3, hosp = g.pick(DALARNA)
    town2, _, hosp2 = g.pick([d for d in DALARNA if d[0] != town])
    title, cond, drug, hist, signs = g.pick(DL_CASES)
    born = g.born(1950, 1995)
    consent = g.base(2021, 2024)
    submitted = g.later(consent, 20, 120)
    lexmaria = g.later(consent, -60, -10)
    ivo = f"3.5.1-{g.digits(5)}/{lexmaria.year}"
    orcids = [g.orcid() for _ in range(3)]
    tel = g.tel("dalarna")
    mail = g.mail(a1, "regiondalarna.se", 0)
    terms = [K(cond), K(drug), K(hist), K("Lex Maria"), K("CARE guidelines"), K(DL_TESTS[cond])]
    street = g.fill(g.pick(DL_STREETS))

    def url(o: str) -> str:
        return L("URL", f"https://orcid.org/{o}")

    body = (f"Manuscript for submission - case report\nTitle: {title}\n"
            f"Authors: {a1.full()}¹ ({url(orcids[0])}), {a2.full()}² ({url(orcids[1])}), {a3.full()}¹ ({url(orcids[2])})\n"
            f"¹ Department of Internal Medicine, {g.org(hosp)}, {g.loc(town)}, Sweden; ² {g.org(hosp2)}, {g.loc(town2)}, Sweden\n"
            f"Corresponding author: {a1.full()}, {g.org(hosp)}, {g.loc(street)}, {g.loc(f'{pc3} {g.rng.randint(30, 89)} {town}')}; {mail}; tel {tel}\n\n"
            f"Case presentation: A {age_on(born, consent)}-year-old {'woman' if pt.female else 'man'} with a history of {terms[2]} presented with {signs}. "
            f"The diagnosis of {terms[0]} was supported by {terms[5]}; {terms[1]} was started after a delay of two days.\n"
            f"Patient safety: the delay was reported under {terms[3]} to the Health and Social Care Inspectorate (IVO ref. {L('CASE_NUMBER', ivo)}) on {g.date(lexmaria, 'iso')}.\n"
            f"Consent for publication: Written informed consent was obtained from the patient, {pt.full()} (personnummer "
            f"{L('NATIONAL_ID', g.personnummer(born, pt.female, long=g.rng.random() < 0.5))}), on {g.date(consent, 'iso')}, in the presence of "
            f"{pt.his()} {'husband' if pt.female else 'wife'}, {spouse.full()}. The report follows the {terms[4]}.\n"
            f"Authors' contributions: {a1.initials()} and {a3.initials()} treated the patient; {a2.initials()} reviewed the imaging.")
    k = g.rng.randrange(2)
    task = (g.pick(("Prepare the journal's consent and authorship checklist from this manuscript (authors with ORCID iDs, consent, reporting).",
                    "Fill in the editorial office's checklist: authors and their ORCID iDs, who consented and when, ethics and reporting.")),
            g.pick(("Write the cover letter to the editor submitting this case report.", "Draft a short cover letter to the journal's editor for this manuscript.")))[k]
    if k == 0:
        answer = (f"Checklist - {title}\n- Authors: {a1.sur_first()} ({url(orcids[0])}); {a2.sur_first()} ({url(orcids[1])}); {a3.sur_first()} ({url(orcids[2])})\n"
                  f"- Corresponding: {a1.full()}, {mail}, {tel}\n- Consent: signed by {pt.full()} on {g.long(consent)}; witness {spouse.full()}\n"
                  f"- Safety report: {terms[3]}, IVO ref. {L('CASE_NUMBER', ivo)}\n- Reporting guideline: {terms[4]}")
    else:
        answer = (f"{g.long(submitted)}\n\nDear Editor,\nPlease consider our case report \"{title}\" for publication. It describes a patient with {terms[0]} "
                  f"treated at {g.org(hosp)}; {terms[1]} was delayed and the event was reported under {terms[3]}. The patient, {pt.full()}, gave written consent "
                  f"on {g.long(consent)}. All authors ({a1.full()}, {a2.full()}, {a3.full()}) approved the manuscript.\n"
                  f"Yours sincerely,\n{a1.full()} ({url(orcids[0])})\n{mail}")
    return task, body, answer


FORTH = (("Falkirk", "FK1", "Falkirk Council"), ("Falkirk", "FK2", "Falkirk Council"), ("Stirling", "FK8", "Stirling Council"),
         ("Grangemouth", "FK3", "Falkirk Council"), ("Alloa", "FK10", "Clackmannanshire Council"), ("Larbert", "FK5", "Falkirk Council"))
FV_STREETS = ("{n} Grahams Road", "{k} Callendar Road", "{n} Bo'ness Road", "{k} Wallace Street", "{n} Mar Street", "Flat {m}, {k} Drip Road")
FV_PRACTICES = ("Bank Street Surgery", "Meadowbank Health Centre", "Orchard House Health Centre", "Clackmannan and Kincardine Medical Practice")


def adult_protection_learning_review(g: Gen) -> Doc:
    """A Forth Valley (Scotland) adult protection learning review: the adult named at the family's request (sometimes a Mr
    Huntington with Huntington's disease), the CHI number, the review team with SSSC and NMC numbers, a neighbour, the council and
    a GP practice, a day of admission with its time; the answer a chronology or the learning points with agencies."""
    hunt = g.every(2)
    pt = g.named("fv", "Huntington", female=g.rng.random() < 0.3) if hunt else g.of("fv", female=g.rng.random() < 0.4)
    sis = g.relative(pt, True)
    rev, sw, nurse, gp, nb, psy = (g.of("fv") for _ in range(6))
    town, area, council = g.pick(FORTH)
    practice = g.pick(FV_PRACTICES)
    born = g.born(1955, 1985)
    ref1 = g.base(2019, 2023)
    visit = g.later(ref1, 3, 20)
    capacity = g.later(visit, 5, 30)
    adm = g.later(capacity, 20, 120)
    died = g.later(adm, 2, 30)
    pub = g.later(died, 150, 300)
    chi = g.chi(born, pt.female)
    sssc = g.digits(7)
    pin = g.nmc_pin(g.rng.randint(2002, 2018))
    s_in, s_out = g.tel2("forth")
    cond = K("Huntington's disease") if hunt and pt.last == "Huntington" else K(g.pick(("Wernicke-Korsakoff syndrome", "alcohol-related brain damage")))
    terms = [cond, K("Adult Support and Protection (Scotland) Act 2007"), K("section 7 visit"), K("Adults with Incapacity (Scotland) Act 2000"),
             K("section 47 certificate"), K(f"MUST score {g.rng.randint(2, 4)}"), K("self-neglect")]
    body = (f"{g.org('Forth Valley Adult Protection Committees')} - learning review\nAt the request of {pt.his()} family this review uses {pt.his()} name, {pt.full()}.\n"
            f"Subject: {pt.full()}, born {g.date(born, 'num')}, CHI {L('HEALTH_ID', chi)}; lived alone at {g.loc(g.fill(g.pick(FV_STREETS)))}, "
            f"{g.loc(f'{town} {g.uk_pc(area)}')}.\nReview team: {rev.full()} (independent reviewer); {sw.full()} (social worker, SSSC {L('LICENSE_NUMBER', sssc)}); "
            f"{nurse.full()} (community nurse, NMC {L('LICENSE_NUMBER', pin)}).\n\n"
            f"1. {pt.title()} {pt.sur()} had {terms[0]} and had stopped seeing {pt.his()} GP, Dr {gp.full()} of {g.org(practice)}. On {g.long(ref1)} a neighbour, "
            f"{nb.full()}, told {g.org(council)} that {pt.he()} had not been seen for a week.\n2. An inquiry under the {terms[1]} followed, with a {terms[2]} on "
            f"{g.long(visit)}; {pt.he()} refused entry. {sw.full()} recorded concerns about {terms[6]}.\n"
            f"3. On {g.long(capacity)} Dr {psy.full()} assessed capacity under the {terms[3]} and issued a {terms[4]}.\n"
            f"4. {pt.title()} {pt.sur()} was admitted to {g.org('Forth Valley Royal Hospital')} {g.at(adm, g.rng.randint(9, 22), 'ord')} with a {terms[5]} and "
            f"died on {g.long(died)}. {pt.his().capitalize()} sister, {sis.full()} ({s_in}), said the family had asked for help many times.")
    k = g.rng.randrange(2)
    task = (g.pick(("Produce a chronology of key events from this review (date, event, agency, person).",
                    "Turn this learning review into a dated chronology table.")),
            g.pick(("Summarise the learning points for each agency, naming the people involved.",
                    "List the learning for each agency with the staff involved and the family's view.")))[k]
    if k == 0:
        answer = (f"Chronology - {pt.caps()} (CHI {L('HEALTH_ID', chi)})\n| Date | Event | Agency | Person |\n|---|---|---|---|\n"
                  f"| {g.long(ref1)} | Concern raised by neighbour | {g.org(council)} | {nb.full()} |\n"
                  f"| {g.long(visit)} | {terms[2]}; entry refused | {g.org(council)} | {sw.full()} |\n"
                  f"| {g.long(capacity)} | Capacity assessment; {terms[4]} | health | Dr {psy.full()} |\n"
                  f"| {g.long(adm)} | Admitted to {g.org('Forth Valley Royal Hospital')} | health | - |\n| {g.long(died)} | Died | - | - |\n"
                  f"Review published {g.long(pub)} by {rev.full()}.")
    else:
        answer = (f"Learning points - review of the death of {pt.full()}\n- {g.org(council)}: the {terms[2]} by {sw.full()} was not followed up after the refusal; "
                  f"{terms[6]} needs its own pathway.\n- GP ({g.org(practice)}, Dr {gp.full()}): missed appointments with {terms[0]} should prompt an outreach call.\n"
                  f"- Family: {sis.full()} ({s_out}) should have been asked for her view before {g.long(capacity)}.\nReviewer: {rev.full()}.")
    return task, body, answer


LAPLAND = (("Rovaniemi", "96100"), ("Rovaniemi", "96200"), ("Tornio", "95400"), ("Sodankylä", "99600"), ("Kittilä", "99100"), ("Inari", "99870"))
LP_STREETS = ("Koskikatu {n} A {m}", "Valtakatu {k}", "Rovakatu {n} B {m}", "Lapinrinne {k}", "Pohjoisranta {n}", "Jaakonkatu {k} C {m}")
NORWAY = (("Karasjok", "9730"), ("Kautokeino", "9520"), ("Tana", "9845"))


def patient_injury_decision(g: Gen) -> Doc:
    """A Finnish Lapland patient insurance decision on a missed Achilles tendon rupture: the claimant's personal identity code (the
    check character modulo 31) or, for a Norwegian Sámi claimant, the fødselsnummer (two check digits), the treating doctors and
    the centre's expert physician, the lawyer, the compensation paid to an IBAN; the answer the letter to the claimant or the
    compensation table."""
    norwegian = g.every(3)
    pt = g.of("lp")
    rep, dr, surg, exp, dm = (g.of("lp") for _ in range(5))
    born = g.born(1950, 1999)
    if norwegian:
        town, pc = g.pick(NORWAY)
        ident, ident_word, country = g.fnr(born, pt.female), "Norwegian national identity number", ", Norway"
        iban = g.iban_no()
    else:
        town, pc = g.pick(LAPLAND)
        ident, ident_word, country = g.hetu(born, pt.female), "personal identity code", ""
        iban = g.iban_fi()
    hurt = g.base(2020, 2023)
    us = g.later(hurt, 10, 40)
    op = g.later(us, 2, 9)
    claim = g.later(op, 60, 300)
    decided = g.later(claim, 60, 200)
    claim_no = f"{claim.year}/{g.digits(6)}"
    pain, income = g.rng.randint(18, 60) * 100, g.rng.randint(400, 3200) + g.rng.randint(0, 99) / 100
    t_in, t_out = g.tel2("finnmark" if norwegian else "lapland")
    terms = [K("Achilles tendon rupture"), K("Thompson test"), K("section 23 of the Patient Injuries Act (948/2019)"), K(f"EUR {pain:,}"),
             K(f"EUR {income:,.2f}"), K("low-molecular-weight heparin")]
    where = f"{g.loc(g.fill(g.pick(LP_STREETS)))}, {g.loc(f'{pc} {town}')}{country}" if not norwegian else f"{g.loc(f'{pc} {town}')}{country}"
    mail = g.mail(rep, "lakiasema.fi")
    firm = f"Asianajotoimisto {g.surname('lp')} Oy"
    body = (f"Patient Insurance Centre - DECISION\nClaim no. {L('CASE_NUMBER', claim_no)}   Date of decision: {g.date(decided, 'dot')}\n"
            f"Claimant: {pt.full()}, {ident_word} {L('NATIONAL_ID', ident)}, {where}, tel {t_in}\n"
            f"Representative: {rep.full()}, lawyer, {g.org(firm)}, {mail}\n"
            f"Treatment provider: {g.org('Lapland Central Hospital')}, {g.loc('Rovaniemi')}\n\n"
            f"Facts: On {g.date(hurt, 'dot')} the claimant injured {pt.his()} right heel while skiing near {g.loc(g.pick(('Levi', 'Saariselkä', 'Pyhä', 'Ylläs')))} "
            f"and attended the emergency department, where Dr {dr.full()} diagnosed an ankle sprain. No {terms[1]} was recorded. An ultrasound on "
            f"{g.date(us, 'dot')} showed a complete {terms[0]}, which orthopaedic surgeon {surg.full()} repaired on {g.date(op, 'dot')}; {terms[5]} was given.\n"
            f"Expert opinion: {exp.full()}, specialist in orthopaedics and traumatology, the Centre's expert physician, considers that an experienced "
            f"specialist would have performed the {terms[1]} and made the diagnosis at the first visit.\n"
            f"Decision: the injury is compensable under {terms[2]}. Compensation: pain and suffering {terms[3]}; loss of income {terms[4]}. "
            f"Payment to {L('IBAN_CODE', iban)}.\nDecision-maker: {dm.full()}, claims specialist.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write a plain-language letter to the claimant explaining this decision and the payment.",
                    "Explain this decision to the claimant in a short letter.")),
            g.pick(("Make a table of the compensation awarded and the key dates.", "Tabulate the heads of compensation, amounts and dates.")))[k]
    if k == 0:
        answer = (f"{g.long(decided)}\n\nDear {pt.full()},\nYour claim {L('CASE_NUMBER', claim_no)} has been accepted. When you were seen on {g.long(hurt)}, "
                  f"Dr {dr.sur()} did not examine for an {terms[0]}; it was found on {g.long(us)} and operated on by {surg.full()} on {g.long(op)}. "
                  f"Under {terms[2]} you receive {terms[3]} for pain and suffering and {terms[4]} for lost income, paid to {L('IBAN_CODE', iban)}. "
                  f"Questions: {dm.full()}, or your lawyer {rep.full()} ({mail}).")
    else:
        answer = (f"Claim {L('CASE_NUMBER', claim_no)} - {pt.caps()} ({L('NATIONAL_ID', ident)})\n| Item | Amount | Date |\n|---|---|---|\n"
                  f"| Pain and suffering | {terms[3]} | {g.long(decided)} |\n| Loss of income | {terms[4]} | {g.long(decided)} |\n"
                  f"Injury {g.long(hurt)}; diagnosis {g.long(us)}; operation {g.long(op)} ({surg.full()}). Account {L('IBAN_CODE', iban)}; claimant's phone {t_out}.")
    return task, body, answer


# ---------------------------------------------------------------- legal and social registers

WORCS = (("Redditch", "B97"), ("Redditch", "B98"), ("Kidderminster", "DY10"), ("Bromsgrove", "B60"), ("Evesham", "WR11"), ("Droitwich", "WR9"))
WO_OFFENCES = ("wounding with intent", "robbery", "arson being reckless as to whether life was endangered", "attempted robbery")


def parole_board_decision(g: Gen) -> Doc:
    """A Parole Board decision summary for a prisoner at HMP Hewell (Worcestershire): his prison number and PNC ID (its check letter
    modulo 23), the panel, the offender managers and a psychologist with an HCPC number, the victim as Ms V, a partner given a
    disclosure under Clare's Law, approved premises named after a person, sometimes a Mr Hodgkin with Hodgkin lymphoma; the
    answer a table of the licence conditions or the letter to the prisoner."""
    hodgkin = g.every(2)
    pr = g.named("wo", "Hodgkin", female=False) if hodgkin else g.of("wo", female=False)
    partner = g.of("wo", female=True)
    chair, member, pom, com, psy, sol = (g.of("wo") for _ in range(6))
    town, area = g.pick(WORCS)
    ap = f"{g.surname('wo')} House"
    firm = f"{g.surname('wo')} & {g.surname('dn')} Solicitors"
    sentenced = g.base(2006, 2012)
    disclosed = g.base(2022, 2023)
    heard = g.later(disclosed, 30, 200)
    decided = g.later(heard, 3, 14)
    prison_no, pnc = g.prison_number(), g.pnc(sentenced.year - g.rng.randint(1, 8))
    pyl = g.hcpc("PYL")
    minimum = g.rng.randint(3, 6)
    offence = g.pick(WO_OFFENCES)
    terms = [K("imprisonment for public protection"), K("section 28(6)(b) of the Crime (Sentences) Act 1997"), K("OASys"), K(f"RSR score {g.rng.randint(15, 49) / 10}%"),
             K("MAPPA level 2"), K("Clare's Law"), K("Hodgkin lymphoma") if hodgkin and pr.last == "Hodgkin" else K("type 1 diabetes"), K("Thinking Skills Programme")]
    mail = g.mail(sol, f"{g.domain(firm.split()[0])}law.co.uk", 1)
    body = (f"Parole Board for England and Wales - decision summary\nName: {pr.full()}   Prison number: {L('CASE_NUMBER', prison_no)}   PNC ID: {L('CASE_NUMBER', pnc)}\n"
            f"Prison: {g.org('HMP Hewell')}   Hearing: {g.long(heard)} (video link)   Decision: {g.long(decided)}\n"
            f"Panel: {chair.full()} (chair), Dr {member.full()} (psychologist member)\n\n"
            f"1. {pr.title()} {pr.sur()} received a sentence of {terms[0]} on {g.long(sentenced)} for {offence}, with a minimum term of {minimum} years. "
            f"The test for release is in {terms[1]}.\n2. The panel heard from {pom.full()} (prison offender manager), {com.full()} (community offender manager, "
            f"{g.loc(town)}) and {psy.full()}, a forensic psychologist (HCPC {L('LICENSE_NUMBER', pyl)}). {pr.title()} {pr.sur()} was represented by "
            f"{sol.full()} of {g.org(firm)} ({mail}). A victim personal statement from Ms V was read.\n"
            f"3. Risk: the {terms[2]} assessment gives an {terms[3]}; he is managed at {terms[4]}. He completed the {terms[7]}. His partner, {partner.full()}, "
            f"received a disclosure under {terms[5]} on {g.long(disclosed)} and still supports him.\n"
            f"4. Health: he has {terms[6]}, treated at the {g.org('Alexandra Hospital')} in {g.loc('Redditch')}.\n"
            f"5. Decision: release on licence to {g.org(ap)} approved premises, {g.loc(f'{town} {g.uk_pc(area)}')}. He must not enter an exclusion zone around "
            f"{g.loc(g.pick(('Kidderminster', 'Stourport-on-Severn', 'Bewdley')))} nor contact Ms V, and must disclose any relationship to {com.full()}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Tabulate the licence conditions and the key dates of this decision.", "Make a table of the decision's key facts and licence conditions.")),
            g.pick(("Write a plain-English letter to the prisoner explaining the decision.", "Draft the letter telling the prisoner the outcome and what happens next.")))[k]
    if k == 0:
        answer = (f"{pr.caps()} ({L('CASE_NUMBER', prison_no)}, PNC {L('CASE_NUMBER', pnc)})\n| Item | Detail |\n|---|---|\n| Decision | release, {g.long(decided)} |\n"
                  f"| Residence | {g.org(ap)}, {g.loc(town)} |\n| Supervision | {com.full()} |\n| Risk | {terms[3]}; {terms[4]} |\n"
                  f"| Disclosure | {terms[5]}, to {partner.full()}, {g.long(disclosed)} |\n| Health | {terms[6]} |")
    else:
        answer = (f"Dear {pr.title()} {pr.sur()},\nThe panel chaired by {chair.full()} met on {g.long(heard)} and has directed your release on licence. You will live at "
                  f"{g.org(ap)} in {g.loc(town)} and report to {com.full()}. You must not contact Ms V. Your solicitor, {sol.full()}, has a copy.\n"
                  f"Sentence: {terms[0]}, imposed {g.long(sentenced)}.\nParole Board")
    return task, body, answer


ROCHDALE = (("Rochdale", "OL11"), ("Rochdale", "OL16"), ("Oldham", "OL1"), ("Oldham", "OL8"), ("Heywood", "OL10"), ("Middleton", "M24"))
RD_STREETS = ("{n} Milkstone Road", "{k} Oldham Road", "{n} Yorkshire Street", "{k} Featherstall Road North", "{n} Werneth Hall Road", "{k} Drake Street")
IRAQ = ("Sulaymaniyah", "Halabja", "Ranya", "Kalar", "Chamchamal", "Penjwen")


def immigration_appeal_determination(g: Gen) -> Doc:
    """A First-tier Tribunal (Immigration and Asylum Chamber) decision on a Kurdish appellant living in Rochdale or Oldham: the
    appeal number and Home Office references, the judge, representatives, a cousin with refugee status, an uncle in Iraq, an
    Iraqi national ID number, a psychiatrist's GMC number, case law whose names are pseudonymous initials (SMO and KSP) or a
    surname (Devaseelan), the anonymity letters; the answer a summary of the determination or the key facts."""
    app = g.of("rk", female=g.rng.random() < 0.3)
    cousin, uncle = g.relative(app, False), g.relative(app, False)
    judge, prev, psy, hopo = g.of("dn", "sd", "wo"), g.of("dn", "sd"), g.of("rk", "dn"), g.of("sd", "dn")
    rep = g.of("rk", "dn")
    firm = f"{g.surname('dn')} {g.surname('wo')} Solicitors"
    town, area = g.pick(ROCHDALE)
    home = g.pick(IRAQ)
    born = g.born(1985, 2003)
    claimed = g.base(2019, 2022)
    prev_d = g.later(claimed, 200, 400)
    heard = g.later(prev_d, 300, 600)
    prom = g.later(heard, 10, 40)
    pa, ho, ho2 = f"PA/{g.digits(5)}/{claimed.year + 1}", f"{g.pick('SHKM')}{g.digits(7)}", f"{g.pick('SHKM')}{g.digits(7)}"
    inid = g.digits(12)
    gmc = g.gmc()
    anon = g.letters(2, "ABCDEFGHJKLMNPRSTW")
    terms = [K("Devaseelan [2002] UKIAT 00702"), K("SMO and KSP (Civil status documentation; article 15) Iraq CG [2022] UKUT 00110 (IAC)"),
             K("Article 3 ECHR"), K("paragraph 339K of the Immigration Rules"), K("PTSD"), K(f"PHQ-9 score {g.rng.randint(18, 25)}"), K("CSID"),
             K("the Refugee Convention")]
    mail = g.mail(rep, f"{g.domain(firm.split()[0])}sols.co.uk", 0)
    body = (f"IN THE FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)\nAppeal number: {L('CASE_NUMBER', pa)}   Home Office ref: {L('CASE_NUMBER', ho)}\n"
            f"Heard at {g.loc('Manchester')} on {g.long(heard)}   Decision and reasons promulgated on {g.long(prom)}\n"
            f"Before Judge of the First-tier Tribunal {judge.full()}\nBetween {app.upper()} (anonymity direction made: '{anon}'), appellant, and the Secretary "
            f"of State for the Home Department, respondent.\nFor the appellant: {rep.full()}, {g.org(firm)} ({mail}). For the respondent: {hopo.full()}, presenting officer.\n\n"
            f"1. The appellant is a citizen of Iraq of Kurdish ethnicity from {g.loc(home)}, born {g.long(born)}. {app.he().capitalize()} lives at "
            f"{g.loc(g.fill(g.pick(RD_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}, and claimed asylum on {g.long(claimed)}.\n"
            f"2. {app.his().capitalize()} earlier appeal was dismissed by Judge {prev.full()} on {g.long(prev_d)}; I take that decision as my starting point "
            f"following {terms[0]}.\n3. The appellant says {app.his()} {terms[6]} was left with {app.his()} uncle {uncle.full()} in {g.loc(home)}; {app.his()} "
            f"national ID number was {L('NATIONAL_ID', inid)}. Applying {terms[1]}, without a {terms[6]} or its replacement {app.he()} cannot travel safely "
            f"within Iraq.\n4. I heard from {app.his()} cousin, {cousin.full()}, who has refugee status (Home Office ref {L('CASE_NUMBER', ho2)}), and I accept "
            f"the report of Dr {psy.full()} (GMC {L('LICENSE_NUMBER', gmc)}), who diagnosed {terms[4]} with a {terms[5]}.\n"
            f"5. Return would breach {terms[2]}; I give the benefit of the doubt under {terms[3]}.\nNotice of decision: the appeal is allowed on "
            f"protection grounds under {terms[7]}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise this determination: the appellant, the evidence, the law applied and the outcome.",
                    "Write a one-paragraph summary of this decision for the client file.")),
            g.pick(("Extract the key facts as a list: people, references, dates and case law.", "List the key people, references and dates in this decision.")))[k]
    if k == 0:
        answer = (f"{app.full()} ({L('CASE_NUMBER', pa)}) - appeal allowed by Judge {judge.full()}, promulgated {g.long(prom)}. The appellant, from {g.loc(home)} and "
                  f"living in {g.loc(town)}, has no {terms[6]}; under {terms[1]} return would breach {terms[2]}. The judge started from Judge {prev.sur()}'s "
                  f"earlier decision ({terms[0]}), accepted the evidence of the cousin {cousin.full()} and Dr {psy.full()} ({terms[4]}).")
    else:
        answer = (f"- Appellant: {app.sur_first()}, born {g.long(born)}; anonymised as {anon}\n- References: {L('CASE_NUMBER', pa)}; Home Office {L('CASE_NUMBER', ho)}\n"
                  f"- Hearing {g.long(heard)}; promulgated {g.long(prom)}\n- Judge {judge.full()}; previous judge {prev.full()} ({g.long(prev_d)})\n"
                  f"- Witness: {cousin.full()} (Home Office {L('CASE_NUMBER', ho2)}); expert Dr {psy.full()}\n- Case law: {terms[0]}; {terms[1]}")
    return task, body, answer


AYRSHIRE = (("Ayr", "KA7"), ("Ayr", "KA8"), ("Kilmarnock", "KA1"), ("Troon", "KA10"), ("Largs", "KA30"), ("Cumnock", "KA18"), ("Girvan", "KA26"))
AY_STREETS = ("{n} Sandgate", "{k} Holmston Road", "{n} Portland Street", "{k} Titchfield Street", "{n} Main Street", "{k} Dalblair Road")
AY_PRACTICES = ("Station Road Medical Practice", "Portland Medical Practice", "Tams Brig Surgery", "Girvan Medical Practice")


def medico_legal_expert_report(g: Gen) -> Doc:
    """An Ayrshire orthopaedic surgeon's medico-legal report for a personal injury action in the sheriff court: the claimant's CHI,
    the instructing solicitor's firm and reference, the expert's GMC number, a slip on ice "on or about" a date, a Colles' fracture
    (sometimes of a Mr or Ms Colles), Montgomery consent (sometimes taken by a Mr Montgomery); the answer the summary letter to
    the solicitor or the injury and prognosis table."""
    colles = g.every(2)
    cl = g.named("ay", "Colles") if colles else g.of("ay")
    surg = g.named("ay", "Montgomery") if g.every(2, 1) else g.of("ay")
    exp, sol, gp = g.of("ay"), g.of("ay"), g.of("ay")
    town, area = g.pick(AYRSHIRE)
    firm = f"{g.surname('ay')} {g.surname('ay')} & Co"
    defender = f"{g.surname('ay')} Haulage Ltd"
    practice = g.pick(AY_PRACTICES)
    born = g.born(1950, 2000)
    fell = g.base(2020, 2023)
    mua = g.later(fell, 0, 3)
    exam = g.later(fell, 200, 500)
    signed = g.later(exam, 5, 30)
    chi = g.chi(born, cl.female)
    court_ref = f"AYR-PD{g.rng.randint(10, 999)}-{exam.year % 100:02d}"
    your_ref = f"{g.letters(3)}/{g.digits(4)}"
    gmc = g.gmc()
    terms = [K("Colles' fracture"), K("Quebec Task Force grade II"), K("Montgomery v Lanarkshire Health Board [2015] UKSC 11"), K("Glasgow Coma Scale 15"),
             K(f"Hospital Anxiety and Depression Scale anxiety score {g.rng.randint(9, 15)}"), K("co-codamol 30/500"), K("complex regional pain syndrome"),
             K("Bolam test")]
    mail = g.mail(sol, f"{g.domain(firm.split()[0])}law.co.uk")
    body = (f"MEDICO-LEGAL REPORT\nAction: {cl.full()} v {g.org(defender)}, {g.org('Ayr Sheriff Court')}, ref {L('CASE_NUMBER', court_ref)}\n"
            f"Instructed by: {sol.full()}, {g.org(firm)}, {g.loc(g.fill(g.pick(AY_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')} "
            f"(your ref {L('CASE_NUMBER', your_ref)}; {mail})\n"
            f"Claimant: {cl.full()}, born {g.date(born, 'num')}, CHI {L('HEALTH_ID', chi)}, of {g.loc(g.fill(g.pick(AY_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}\n"
            f"Expert: {exp.title()} {exp.full()} FRCS (Tr & Orth), consultant orthopaedic surgeon, GMC {L('LICENSE_NUMBER', gmc)}\n"
            f"Examination: {g.long(exam)} at {g.org('Carrick Glen Hospital')}, {g.loc('Ayr')}\n\n"
            f"1. Accident: on or about {g.long(fell)}, at about 07:40, the claimant slipped on ice in the yard of {g.org(defender)} and fell on the "
            f"outstretched left hand, striking the head; {terms[3]} at {g.org('University Hospital Crosshouse')}.\n"
            f"2. Injuries: a displaced {terms[0]} of the left wrist and a whiplash injury ({terms[1]}).\n"
            f"3. Treatment: manipulation under anaesthetic by {surg.title()} {surg.full()} on {g.long(mua)}; consent was taken in line with {terms[2]}, and the treatment itself passes the {terms[7]}. "
            f"The GP, Dr {gp.full()} of {g.org(practice)}, prescribed {terms[5]}.\n"
            f"4. Psychological: {terms[4]}.\n5. Prognosis: full recovery of the neck within 12 months; a 10% risk of {terms[6]} in the wrist.\n"
            f"Statement of truth: I understand my duty to the court and have complied with it.\n{exp.full()}, {g.long(signed)}")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the covering letter to the instructing solicitor summarising the report's opinion.",
                    "Draft a short letter from the expert to the solicitor enclosing and summarising the report.")),
            g.pick(("Make a table of the injuries, treatment and prognosis, with the claimant's details above it.",
                    "Tabulate the injuries, who treated them and the prognosis.")))[k]
    if k == 0:
        answer = (f"{g.long(signed)}\n\n{sol.full()}\n{g.org(firm)}\nYour ref: {L('CASE_NUMBER', your_ref)}\n\nDear {sol.title()} {sol.sur()},\n"
                  f"Re: {cl.full()} v {g.org(defender)} ({L('CASE_NUMBER', court_ref)})\nI examined your client on {g.long(exam)}. The accident on or about "
                  f"{g.long(fell)} caused a {terms[0]} and a whiplash injury ({terms[1]}). Treatment by {surg.title()} {surg.sur()} was appropriate and consent met "
                  f"{terms[2]}. I expect recovery within 12 months, with a small risk of {terms[6]}.\nYours sincerely,\n{exp.full()} (GMC {L('LICENSE_NUMBER', gmc)})")
    else:
        answer = (f"Claimant: {cl.caps()}, CHI {L('HEALTH_ID', chi)}; accident {g.long(fell)}\n| Injury | Treatment | Prognosis |\n|---|---|---|\n"
                  f"| {terms[0]}, left wrist | manipulation by {surg.title()} {surg.full()}, {g.long(mua)} | 10% risk of {terms[6]} |\n"
                  f"| Whiplash, {terms[1]} | {terms[5]} from Dr {gp.full()} | recovery within 12 months |\n| Anxiety | - | {terms[4]} |")
    return task, body, answer


MEATH = (("Trim", "C15"), ("Kells", "A82"), ("Dunboyne", "A86"), ("Ashbourne", "A84"), ("Athboy", "C15"), ("Ratoath", "A85"))
MH_TOWNLANDS = ("Rathnally", "Boycetown", "Kilcarn", "Newtownmoynagh", "Dangan", "Rathmolyon", "Donaghmore", "Moyagher")


def will_and_probate_grant(g: Gen) -> Doc:
    """A County Meath farmer's will and the grant of probate that followed: the testator, executors, beneficiaries (Irish surnames
    in their men's and women's forms, O', Fitz, de), witnesses, townlands with Eircodes, a Land Registry folio, the will dated
    "this 3rd day of March", the deceased's PPSN on the tax return, the estate account's IBAN, the GP's Medical Council number; the
    answer a table of the gifts or the executors' letter to the beneficiaries."""
    t = g.of("mh", female=g.rng.random() < 0.3)
    son, dau, son2 = g.relative(t, False), g.relative(t, True), g.relative(t, False)
    niece = g.of("mh", female=True)
    sol, w1, w2, gp = g.of("mh"), g.of("mh"), g.of("mh"), g.of("mh")
    firm = f"{sol.last} & Co. Solicitors"
    town, key = g.pick(MEATH)
    town2, key2 = g.pick(MEATH)
    land = g.pick(MH_TOWNLANDS)
    made = g.base(2010, 2018)
    died = g.later(made, 600, 3000)
    granted = g.later(died, 150, 400)
    folio = f"MH{g.digits(5)}F"
    record = f"{granted.year} PO {g.digits(6)}"
    mcr = g.digits(6)
    gift, gross = g.pick(("€10,000", "€15,000", "€5,000")), g.rng.randint(380, 1400) * 1000
    net = gross - g.rng.randint(4, 40) * 1000
    terms = [K(gift), K("per stirpes"), K("section 117 of the Succession Act 1965"), K("legal right share"), K(f"€{gross:,}"), K(f"€{net:,}"),
             K("Capital Acquisitions Tax"), K("Alzheimer's disease")]
    iban = g.iban("IE", g.pick(("AIBK", "BOFI", "IPBS")) + g.digits(6), 8)
    where = f"{g.loc(land)}, {g.loc(town)}, {g.loc('Co. Meath')} {g.loc(g.eircode(key))}"
    mail = g.mail(sol, f"{g.domain(sol.last)}solicitors.ie")
    role = "farmer" if not t.female else "retired farmer"
    body = (f"THIS IS THE LAST WILL AND TESTAMENT of me {t.full()} of {where}, {role}, made this {g.date(made, 'day')}.\n"
            f"1. I revoke all former wills.\n2. I appoint my son {son.full()} and my solicitor {sol.full()} of {g.org(firm)}, {g.loc(town2)}, to be the "
            f"executors of this my will.\n3. I leave my lands at {g.loc(land)} comprised in Folio {L('CASE_NUMBER', folio)} of the register of {g.loc('County Meath')} to my "
            f"son {son.given()}.\n4. I leave {terms[0]} to my niece {niece.full()} of {g.loc(g.pick(MH_TOWNLANDS))}, {g.loc(town2)}.\n"
            f"5. I leave the residue of my estate to my children {son.given()}, {dau.given()} and {son2.given()} in equal shares {terms[1]}.\n"
            f"Signed by the testator in our presence: {w1.full()}, {g.loc(g.pick(MH_TOWNLANDS))}, {g.loc(town)}; {w2.full()}, {g.loc(town2)}.\n"
            f"Note on capacity: Dr {gp.full()} (Medical Council registration number {L('LICENSE_NUMBER', mcr)}) saw the testator that day and found no "
            f"sign of {terms[7]}.\n\n"
            f"GRANT OF PROBATE - The High Court, Probate Office   Record No. {L('CASE_NUMBER', record)}\n"
            f"{t.upper()}, late of {where}, deceased, died on {g.long(died)} at {g.org('Connolly Hospital Blanchardstown')}. Probate of the will was granted on "
            f"{g.long(granted)} to {son.full()} and {sol.full()}, the executors. Gross estate {terms[4]}; net estate {terms[5]}.\n"
            f"Form CA24: PPSN of the deceased {L('NATIONAL_ID', g.ppsn())}. Estate account: {L('IBAN_CODE', iban)}. Contact: {mail}.")
    k = g.rng.randrange(2)
    task = (g.pick(("List the executors, beneficiaries and gifts of this will in a table, with the grant's details.",
                    "Tabulate who gets what under this will, and who the executors are.")),
            g.pick(("Write the executors' letter to the beneficiaries telling them that probate has been granted.",
                    "Draft the solicitor's letter to the niece about her legacy now that probate has issued.")))[k]
    if k == 0:
        answer = (f"Estate of {t.caps()} (died {g.long(died)}; probate {L('CASE_NUMBER', record)}, {g.long(granted)})\n| Person | Role | Gift |\n|---|---|---|\n"
                  f"| {son.full()} | executor, son | lands in Folio {L('CASE_NUMBER', folio)}; share of residue |\n| {sol.full()} | executor | - |\n"
                  f"| {niece.full()} | niece | {terms[0]} |\n| {dau.full()} | daughter | share of residue {terms[1]} |\n| {son2.full()} | son | share of residue |\n"
                  f"Net estate {terms[5]}. Will dated {g.long(made)}.")
    else:
        answer = (f"{g.org(firm)}\n{g.long(granted)}\n\nDear {niece.full()},\nRe: estate of {t.full()}, deceased\nProbate of the will dated {g.long(made)} was granted "
                  f"to {son.full()} and me on {g.long(granted)} (record no. {L('CASE_NUMBER', record)}). Under clause 4 you receive {terms[0]}, which we will pay "
                  f"from the estate account once {terms[6]} questions are settled. Your cousins {dau.full()} and {son2.full()} share the residue with {son.given()}.\n"
                  f"Yours sincerely,\n{sol.full()}, Solicitor ({mail})")
    return task, body, answer


GLOS = (("Tewkesbury", "GL20", "Tewkesbury Borough Council"), ("Cirencester", "GL7", "Cotswold District Council"),
        ("Lydney", "GL15", "Forest of Dean District Council"), ("Coleford", "GL16", "Forest of Dean District Council"),
        ("Cinderford", "GL14", "Forest of Dean District Council"), ("Newent", "GL18", "Forest of Dean District Council"))
GL_HOUSES = ("Rose Cottage", "The Old Forge", "Orchard House", "Church View", "Severn Bank", "Lime Tree Cottage", "The Old Bakehouse")
GL_STREETS = ("{n} Church Street", "{k} High Street", "{n} Barton Street", "{k} Dollar Street", "{n} Newerne Street", "{k} Market Place", "{n} Gloucester Street")
LENDERS = ("Ecclesiastical Building Society", "Stroud & Swindon Mortgages", "Cotswold Mutual Building Society")


def report_on_title(g: Gen) -> Doc:
    """A Gloucestershire conveyancer's report on title to buyers: the HM Land Registry title number, the sellers and their
    solicitors' SRA numbers, the lender and mortgage account, parties to a 1950s conveyance named in the register, the local
    search from the council, a management company's registration; the answer a plain-English summary or a table of the
    register's entries."""
    b1 = g.of("gl")
    b2 = g.of("gl", female=not b1.female)
    seller = g.of("gl")
    ssol, osol = g.of("gl"), g.of("gl")
    h1, h2 = g.of("gl", female=False), g.of("gl", female=False)
    firm = f"{g.surname('gl')} {g.surname('gl')} LLP"
    sfirm = f"{g.surname('gl')} & Co"
    town, area, council = g.pick(GLOS)
    house = g.pick(GL_HOUSES)
    lender = g.pick(LENDERS)
    old_lender = g.pick([x for x in LENDERS if x != lender])
    mgmt = f"{house.replace('The ', '')} Management Company Limited"
    bought = g.base(2003, 2016)
    covenant_d = datetime.date(g.rng.randint(1948, 1962), g.rng.randint(1, 12), g.rng.randint(1, 28))
    offer = g.base(2023, 2024)
    search = g.later(offer, -20, 10)
    completion = g.later(offer, 20, 60)
    title = f"GR{g.digits(6)}"
    sra1, sra2 = g.digits(6), g.digits(6)
    price, paid = g.rng.randint(24, 69) * 10000, g.rng.randint(12, 40) * 10000
    sdlt = max(0, (price - 250000) * 5 // 100)
    terms = [K("Land Registration Act 2002"), K("Form A restriction"), K("restrictive covenants"), K("chancel repair liability"), K("Flood Zone 3"),
             K("Standard Conditions of Sale (Fifth Edition)"), K(f"£{price:,}"), K(f"£{paid:,}"), K(f"SDLT of £{sdlt:,}")]
    mail = g.mail(osol, f"{g.domain(firm.split()[0])}law.co.uk")
    addr = f"{g.loc(house + ', ' + g.fill(g.pick(GL_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}"
    body = (f"{g.org(firm)} - REPORT ON TITLE\nTo: {b1.full()} and {b2.full()}   Our ref: {L('CASE_NUMBER', f'{g.letters(2)}/{g.digits(5)}')}   Dated {g.long(offer)}\n"
            f"Property: {addr}   Title number: {L('CASE_NUMBER', title)} (freehold)   Price: {terms[6]}\n"
            f"Seller: {seller.full()}   Seller's solicitors: {g.org(sfirm)} (SRA ID {L('LICENSE_NUMBER', sra2)}), acting: {ssol.full()}\n"
            f"Your lender: {g.org(lender)}, mortgage offer of {g.long(offer)}, account no. {L('ACCOUNT_NUMBER', g.digits(8))}\n\n"
            f"1. Proprietorship register: {seller.full()} has been the registered proprietor since {g.long(bought)}; the price paid was {terms[7]}.\n"
            f"2. Property register: the land has the benefit of a right of way over the track coloured brown, granted by a conveyance dated {g.long(covenant_d)} "
            f"between {h1.full()} (1) and {h2.full()} (2).\n3. Charges register: entry 1 refers to {terms[2]} in the same conveyance (no building within ten "
            f"feet of the boundary); entry 2 is a charge to {g.org(old_lender)}, to be redeemed on completion. There is a {terms[1]} "
            f"under the {terms[0]}.\n4. Searches: the local search from {g.org(council)} dated {g.long(search)} shows the garden in {terms[4]}; we recommend "
            f"insurance against {terms[3]}.\n5. The shared drive is managed by {g.org(mgmt)} (company number {L('COMPANY_REGISTRATION', g.digits(8))}).\n"
            f"6. Completion is proposed for {g.long(completion)} under the {terms[5]}; {terms[8]} will be due.\n{osol.full()}, solicitor (SRA ID "
            f"{L('LICENSE_NUMBER', sra1)}), {mail}")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise this report on title for the buyers in plain English, keeping the names, numbers and dates.",
                    "Rewrite this report on title as a short plain-English letter to the buyers.")),
            g.pick(("Make a table of the register's entries and the searches (entry, detail, people, date).", "Tabulate the title's entries and what each means.")))[k]
    if k == 0:
        answer = (f"Dear {b1.given()} and {b2.given()},\n{g.loc(house)} (title {L('CASE_NUMBER', title)}) is owned by {seller.full()}, who bought it on {g.long(bought)}. "
                  f"You may use the track under a {g.long(covenant_d)} conveyance between {h1.full()} and {h2.full()}; the same deed has {terms[2]}. "
                  f"The {g.org(old_lender)} charge will be paid off. Part of the garden is in {terms[4]}. "
                  f"We aim to complete on {g.long(completion)}; {terms[8]} is payable.\n{osol.full()}, {g.org(firm)}")
    else:
        answer = (f"Title {L('CASE_NUMBER', title)} - {g.loc(house)}, {g.loc(town)}\n| Entry | Detail | People | Date |\n|---|---|---|---|\n"
                  f"| Proprietor | freehold, {terms[7]} | {seller.full()} | {g.long(bought)} |\n| Right of way | track coloured brown | {h1.full()}, {h2.full()} | {g.long(covenant_d)} |\n"
                  f"| Charges 1 | {terms[2]} | - | {g.long(covenant_d)} |\n| Restriction | {terms[1]} | - | - |\n| Local search | {terms[4]} | {g.org(council)} | {g.long(search)} |")
    return task, body, answer


MEDWAY = (("Chatham", "ME4"), ("Chatham", "ME5"), ("Gillingham", "ME7"), ("Rochester", "ME1"), ("Strood", "ME2"), ("Rainham", "ME8"))
MD_STREETS = ("{n} Luton Road", "{k} Canterbury Street", "{n} Maidstone Road", "{k} Frindsbury Road", "Flat {m}, {k} Wayfield Road", "{n} Watling Street")
MD_SCHOOLS = ("Greenacre Academy", "Strood Academy", "Rainham Mark Grammar School", "Brompton Academy", "Hundred of Hoo Academy", "Fort Pitt Grammar School")
MD_SURGERIES = ("Sunlight Centre Surgery", "Balmoral Gardens Surgery", "Pear Tree Lane Surgery", "Lordswood Health Centre")


def child_safeguarding_practice_review(g: Gen) -> Doc:
    """A Medway child safeguarding practice review's confidential draft: the key to its pseudonyms (Child Q, Ms M, Mr P) naming the
    real people with an NHS number and a unique pupil number (check letter modulo 23), the reviewer and panel chair, a school's
    safeguarding lead, a GP who assessed Gillick competence by the Fraser guidelines, a social worker's registration, a Sarah's Law
    request, dates as a range; the answer the confidential key table or the chronology."""
    child = g.of("md", female=g.rng.random() < 0.6)
    mum = g.relative(child, True)
    partner = g.of("md", female=False)
    rev, chair, dsl, sw, gp, hv = (g.of("md") for _ in range(6))
    town, area = g.pick(MEDWAY)
    school = g.pick(MD_SCHOOLS)
    surgery = g.pick(MD_SURGERIES)
    start = g.base(2021, 2023)
    cb = g.born(start.year - 15, start.year - 14)
    mb = g.born(1978, 1990)
    miss_a = g.later(start, 0, 10)
    miss_b = miss_a + datetime.timedelta(days=g.rng.randint(3, 12))
    sarah = g.later(miss_b, 5, 30)
    s47 = g.later(sarah, 2, 20)
    seen = g.later(s47, 5, 30)
    plan = g.later(seen, 10, 40)
    nhs = g.nhs()
    upn = g.upn("887")
    swe = g.hcpc("SW")
    terms = [K("Sarah's Law"), K("section 47 enquiry"), K("Gillick competence"), K("Fraser guidelines"), K("Working Together to Safeguard Children 2023"),
             K("child protection plan"), K("Graded Care Profile 2"), K("Clare's Law"), K("Megan's Law")]
    mail = g.mail(rev, "medwayscp.org.uk")
    body = (f"{g.org('Medway Safeguarding Children Partnership')} - child safeguarding practice review: Child Q\n"
            f"CONFIDENTIAL DRAFT - key to pseudonyms, to be removed before publication\n"
            f"Child Q: {child.full()}, born {g.date(cb, 'num')}, NHS number {L('HEALTH_ID', nhs)}, UPN {L('STUDENT_ID', upn)}\n"
            f"Ms M (mother): {mum.full()}, born {g.date(mb, 'num')}   Mr P (mother's partner): {partner.full()}\n"
            f"Address: {g.loc(g.fill(g.pick(MD_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}\n"
            f"Lead reviewer: {rev.full()} ({mail})   Panel chair: {chair.full()}\n\n"
            f"1. This review was commissioned under {terms[4]}. Child Q, then {age_on(cb, start)}, lived with Ms M and Mr P.\n"
            f"2. Child Q did not attend {g.org(school)} {g.days(miss_a, miss_b)}. The designated safeguarding lead, {dsl.full()}, made a home visit; "
            f"Ms M said Child Q was unwell.\n3. On {g.long(sarah)} Ms M asked {g.org('Kent Police')} whether Mr P had convictions for offences against children "
            f"(a request under {terms[0]}, the scheme modelled on {terms[8]}); she had made a request under {terms[7]} about a former partner.\n"
            f"4. A {terms[1]} led by {sw.full()} (Social Work England {L('LICENSE_NUMBER', swe)}) began on {g.long(s47)}.\n"
            f"5. On {g.long(seen)} Dr {gp.full()} of {g.org(surgery)} saw Child Q alone, assessed {terms[2]} and applied the {terms[3]} before prescribing "
            f"contraception. The health visitor, {hv.full()}, completed a {terms[6]}.\n6. A {terms[5]} under the category of neglect began on {g.long(plan)}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Make the confidential annex for the panel: a table of pseudonym, real name, role and identifiers.",
                    "Tabulate the key to pseudonyms for the panel's confidential annex.")),
            g.pick(("Write the chronology of agency contacts in this review, using real names for the confidential version.",
                    "Produce the confidential chronology of this review with dates, agencies and people.")))[k]
    if k == 0:
        answer = (f"Confidential annex - Child Q review (lead reviewer {rev.full()})\n| Pseudonym | Real name | Role | Identifiers |\n|---|---|---|---|\n"
                  f"| Child Q | {child.full()} | child, born {g.long(cb)} | NHS {L('HEALTH_ID', nhs)}; UPN {L('STUDENT_ID', upn)} |\n"
                  f"| Ms M | {mum.full()} | mother | - |\n| Mr P | {partner.full()} | mother's partner | - |\n"
                  f"| DSL | {dsl.full()} | {g.org(school)} | - |\n| Social worker | {sw.full()} | {terms[1]} | {L('LICENSE_NUMBER', swe)} |")
    else:
        answer = (f"Confidential chronology - {child.full()} (Child Q)\n- {g.long(miss_a)} to {g.long(miss_b)}: absent from {g.org(school)}; home visit by {dsl.full()}\n"
                  f"- {g.long(sarah)}: {mum.full()} makes a {terms[0]} request to {g.org('Kent Police')} about {partner.full()}\n"
                  f"- {g.long(s47)}: {terms[1]} ({sw.full()})\n- {g.long(seen)}: seen by Dr {gp.full()}; {terms[2]}, {terms[3]}\n- {g.long(plan)}: {terms[5]}")
    return task, body, answer


POWYS = (("Brecon", "LD3"), ("Welshpool", "SY21"), ("Llandrindod Wells", "LD1"), ("Machynlleth", "SY20"), ("Montgomery", "SY15"), ("Knighton", "LD7"))
CHAMBERS = ("Iscoed Chambers", "Pendragon Chambers", "Llys Caerwys Chambers")


def police_misconduct_outcome(g: Gen) -> Doc:
    """A Dyfed-Powys Police gross misconduct hearing outcome: the officer with his collar number, the legally qualified chair and
    panel, counsel and their chambers, the IOPC reference, the complainant as Ms A and a friend named, a Clare's Law application,
    a link to a social-media profile, witnesses with their numbers; the answer the published outcome or a table of allegations."""
    off = g.of("pw", female=g.rng.random() < 0.2)
    lqc, cs, ipm, c1, c2, friend, ds, pcso = (g.of("pw") for _ in range(8))
    town, area = g.pick(POWYS)
    town2, _ = g.pick(POWYS)
    chambers = g.pick(CHAMBERS)
    met = g.base(2021, 2023)
    last = g.later(met, 30, 150)
    h1 = g.later(last, 300, 500)
    h2 = h1 + datetime.timedelta(days=g.rng.randint(1, 3))
    out = g.later(h2, 0, 14)
    collar, ds_no, pcso_no = str(g.rng.randint(1000, 9999)), str(g.rng.randint(100, 999)), str(g.rng.randint(8000, 8999))
    iopc = f"{met.year}/{g.digits(6)}"
    first, last_ = off.ascii()
    url = L("URL", f"https://www.facebook.com/{first}.{last_}.{g.digits(3)}")
    terms = [K("Police (Conduct) Regulations 2020"), K("Standards of Professional Behaviour"), K("gross misconduct"), K("dismissal without notice"),
             K("Barred List"), K("abuse of position for a sexual purpose"), K("Clare's Law"), K("Domestic Violence Disclosure Scheme")]
    rank = "PC"
    body = (f"{g.org('Dyfed-Powys Police')} / {g.org('Heddlu Dyfed-Powys')} - outcome of a gross misconduct hearing under the {terms[0]}\n"
            f"Officer: {rank} {L('ACCOUNT_NUMBER', collar)} {off.full()}, stationed at {g.loc(town)}\nHearing: {g.days(h1, h2)}; outcome given {g.long(out)}\n"
            f"Panel: {lqc.full()} (legally qualified chair), Chief Superintendent {cs.full()}, {ipm.full()} (independent panel member)\n"
            f"Appropriate authority: {c1.full()} of {g.org(chambers)}; officer: {c2.full()}   IOPC reference: {L('CASE_NUMBER', iopc)}\n\n"
            f"Allegation: between {g.long(met)} and {g.long(last)} {rank} {off.sur()} used {off.his()} position to pursue a sexual relationship with Ms A, a victim of "
            f"domestic abuse whom {off.he()} met on {g.long(met)} while attending her home in {g.loc(town2)}. {off.he().capitalize()} searched police systems for "
            f"Ms A's former partner without a policing purpose, and told her the outcome of her application under {terms[6]} (the {terms[7]}) before it was "
            f"decided. Messages were sent from {off.his()} personal profile ({url}).\nEvidence: Ms A's friend {friend.full()} gave evidence; DS "
            f"{L('ACCOUNT_NUMBER', ds_no)} {ds.full()} produced the audit of searches; PCSO {L('ACCOUNT_NUMBER', pcso_no)} {pcso.full()} was at the first visit.\n"
            f"Findings: proven; an {terms[5]}, in breach of the {terms[1]} (honesty and integrity; confidentiality; discreditable conduct), amounting to {terms[2]}.\n"
            f"Outcome: {terms[3]}. {off.his().capitalize()} name will be added to the {terms[4]}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the short outcome notice for the force's website, keeping the officer's details and the dates.",
                    "Draft the published outcome notice for this hearing.")),
            g.pick(("Tabulate the allegation, the findings and the sanction with the people involved.", "Make a table of allegations, evidence, findings and outcome.")))[k]
    if k == 0:
        answer = (f"Outcome of gross misconduct hearing - {rank} {L('ACCOUNT_NUMBER', collar)} {off.full()}\nA hearing chaired by {lqc.full()} sat {g.days(h1, h2)}. It found that "
                  f"{rank} {off.sur()}, stationed at {g.loc(town)}, committed an {terms[5]} and disclosed information about a {terms[6]} application, which was "
                  f"{terms[2]}. Outcome ({g.long(out)}): {terms[3]}; entry on the {terms[4]}. IOPC ref {L('CASE_NUMBER', iopc)}.")
    else:
        answer = (f"{off.caps()} ({rank} {L('ACCOUNT_NUMBER', collar)})\n| Allegation | Evidence | Finding | Outcome |\n|---|---|---|---|\n"
                  f"| {terms[5]} ({g.long(met)} to {g.long(last)}) | {friend.full()}; messages at {url} | proven | {terms[3]} |\n"
                  f"| Unauthorised searches; {terms[6]} disclosure | audit by DS {ds.full()} | proven, {terms[2]} | {terms[4]} |\nPanel: {lqc.full()}, {cs.full()}, {ipm.full()}.")
    return task, body, answer


SANDWELL = (("West Bromwich", "B70"), ("West Bromwich", "B71"), ("Oldbury", "B69"), ("Smethwick", "B66"), ("Tipton", "DY4"), ("Wednesbury", "WS10"))
SW_STREETS = ("{n} Hall Green Road", "{k} Dudley Port", "{n} Soho Street", "{k} Lodge Road", "{n} Vicarage Road", "{k} Holyhead Road", "Flat {m}, {k} Beeches Road")
LANDLORDS = ("Sandwell Metropolitan Borough Council", "Tame Valley Homes", "Black Country Living Homes")


def housing_ombudsman_determination(g: Gen) -> Doc:
    """A Housing Ombudsman determination on damp and mould in a Sandwell home: the complaint number, the landlord (a registered
    provider's number), the resident and household, the surveyor and the officers who answered at each stage, the landlord's office
    in Wednesbury beside Wednesbury unreasonableness, Awaab's Law, orders with a sum and a deadline; the answer the letter to the
    resident or a table of the orders."""
    res = g.of("sw", female=True)
    partner = g.relative(res, False)
    kid1, kid2 = g.relative(res, g.rng.random() < 0.5), g.relative(res, g.rng.random() < 0.5)
    rep, surv, off1, off2, officer = (g.of("sw") for _ in range(5))
    town, area = g.pick(SANDWELL)
    landlord = g.pick(LANDLORDS)
    since = g.base(2008, 2016)
    reported = g.base(2021, 2022)
    inspected = g.later(reported, 30, 120)
    s1 = g.later(inspected, 10, 40)
    s2 = g.later(s1, 20, 60)
    report = g.later(s2, 120, 300)
    due = report + datetime.timedelta(days=28)
    ref = f"{reported.year + 1}{g.digits(5)}"
    amount = g.pick(("£1,450", "£1,200", "£2,100", "£975"))
    terms = [K("Awaab's Law"), K("Housing Health and Safety Rating System"), K("category 1 hazard"), K("section 11 of the Landlord and Tenant Act 1985"),
             K("Wednesbury unreasonableness"), K("severe maladministration"), K("paragraph 52 of the Housing Ombudsman Scheme"), K(amount), K("asthma")]
    down = f" (who has {K('Down syndrome')})" if g.every(2) else ""
    reg = "" if "Council" in landlord else f" (registered provider {L('COMPANY_REGISTRATION', f'L{g.digits(4)}')})"
    t_in, t_out = g.tel2("sandwell")
    mail = g.mail(officer, "housingombudsman.org.uk", 0)
    addr = f"{g.loc(g.fill(g.pick(SW_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}"
    body = (f"Housing Ombudsman Service - REPORT\nCOMPLAINT {L('CASE_NUMBER', ref)}\nLandlord: {g.org(landlord)}{reg}\n"
            f"Resident: {res.full()}, tenant of {addr} since {g.date(since, 'mon')}; tel {t_in}\nHousehold: {partner.full()}; their children {kid1.given()} "
            f"(aged {g.rng.randint(4, 9)}, who has {terms[8]}) and {kid2.given()}{down}.\nRepresentative: {rep.full()}, {g.org('Citizens Advice Sandwell')}\n\n"
            f"1. The complaint is about the landlord's handling of reports of damp and mould. On {g.long(reported)} the resident reported black mould in the "
            f"children's bedroom. The landlord's surveyor, {surv.full()}, inspected on {g.long(inspected)} and found a {terms[2]} under the {terms[1]}.\n"
            f"2. The stage 1 response was sent by {off1.full()}, repairs manager, on {g.long(s1)}; the stage 2 response by {off2.full()}, head of housing, "
            f"from the landlord's office in {g.loc('Wednesbury')} on {g.long(s2)}. It said a dehumidifier was enough.\n"
            f"3. {res.title()} {res.sur()}'s representative argued that this was so unreasonable that no landlord could have reached it "
            f"({terms[4]}); the Ombudsman does not apply that test but asks what is fair in all the circumstances, with the landlord's duty under {terms[3]}. "
            f"The timescales now set by {terms[0]} were not met in spirit.\n"
            f"Determination: {terms[5]} under {terms[6]}.\nOrders: within four weeks, by {g.long(due)}, the landlord must apologise in writing, pay the "
            f"resident {terms[7]} and complete the works. Case officer: {officer.full()} ({mail}).")
    k = g.rng.randrange(2)
    task = (g.pick(("Write the letter to the resident explaining the determination and the orders.", "Draft a plain-English letter to the resident about this decision.")),
            g.pick(("List the orders made, with who must act and by when, and the key dates of the complaint.", "Tabulate the complaint's key dates and the orders.")))[k]
    if k == 0:
        answer = (f"Dear {res.title()} {res.sur()},\nComplaint {L('CASE_NUMBER', ref)} about {addr}\nWe have found {terms[5]} by {g.org(landlord)}. Mould was reported "
                  f"on {g.long(reported)} and {surv.full()} found a {terms[2]} on {g.long(inspected)}, yet the stage 2 reply of {g.long(s2)} offered only a "
                  f"dehumidifier. By {g.long(due)} the landlord must apologise, pay you {terms[7]} and finish the works. We know {kid1.given()}'s {terms[8]} "
                  f"made this harder.\n{officer.full()}, case officer ({mail})")
    else:
        answer = (f"Complaint {L('CASE_NUMBER', ref)} - {res.sur_first()} v {g.org(landlord)}\n| Date | Event or order | Who |\n|---|---|---|\n"
                  f"| {g.long(reported)} | mould reported | {res.full()} |\n| {g.long(inspected)} | {terms[2]} found | {surv.full()} |\n"
                  f"| {g.long(s2)} | stage 2 response | {off2.full()} |\n| {g.long(due)} | apologise, pay {terms[7]}, complete works | {g.org(landlord)} |")
    return task, body, answer


NONTARIO = (("Timmins", "P4N"), ("North Bay", "P1B"), ("Sault Ste. Marie", "P6A"), ("Kapuskasing", "P5N"), ("Cochrane", "P0L"))
NO_STREETS = ("{n} Third Avenue", "{k} Algonquin Avenue", "{n} Queen Street East", "{k} Main Street", "{n} Riverside Drive", "{k} Pine Street South")


def law_society_tribunal_decision(g: Gen) -> Doc:
    """A Law Society Tribunal decision on a Northern Ontario lawyer: the licensee named in the neutral citation and with the LSO
    number, the panel, counsel, a deceased client's estate, another client's Social Insurance Number (Luhn) misused, the trust
    account, the investigator, money, dates in the North American form; the answer a digest or a table of the particulars."""
    lic = g.of("no", female=g.rng.random() < 0.3)
    chair, m1, m2, c1, c2, dec, cl, inv = (g.of("no") for _ in range(8))
    town, fsa = g.pick(NONTARIO)
    town2, _ = g.pick(NONTARIO)
    firm = f"{lic.last} Barristers & Solicitors"
    c_name = g.surname("no")
    cfirm = f"{c_name} {g.surname('no')} LLP"
    d_from = g.base(2019, 2021)
    d_to = g.later(d_from, 120, 500)
    inv1 = g.later(d_to, 30, 120)
    inv2 = g.later(inv1, 14, 40)
    h1 = g.later(inv2, 200, 400)
    h2 = h1 + datetime.timedelta(days=1)
    decided = g.later(h2, 30, 90)
    costs_due = g.later(decided, 60, 180)
    year = decided.year
    lso = f"{g.digits(5)}{g.letters(1, 'ABCDEFGHJKLMNPRSTUVW')}"
    file_no = f"{year % 100 - 1}H-{g.digits(3)}"
    amount = f"${g.rng.randint(21, 98)},{g.digits(3)}.{g.digits(2)}"
    trust = g.digits(7)
    terms = [K(amount), K("rule 3.7-1 of the Rules of Professional Conduct"), K("By-Law 9"), K("section 49.3 of the Law Society Act"), K("professional misconduct"),
             K("revocation"), K("$15,000"), K("misappropriation")]
    mail = g.mail(c2, f"{g.domain(c_name)}llp.ca", 0)
    body = (f"LAW SOCIETY TRIBUNAL - HEARING DIVISION\nCitation: Law Society of Ontario v. {lic.sur()}, {year} ONLSTH {g.rng.randint(10, 190)}\n"
            f"Date: {g.date(decided, 'us')}   Tribunal file no.: {L('CASE_NUMBER', file_no)}\nPanel: {chair.full()} (chair), {m1.full()}, {m2.full()}\n"
            f"Between the Law Society of Ontario and {lic.full()}, of the City of {g.loc(town)}, a licensee (LSO #{L('LICENSE_NUMBER', lso)})\n"
            f"Counsel: {c1.full()}, for the Law Society; {c2.full()} of {g.org(cfirm)} ({mail}), for the licensee\nHeard: {g.date(h1, 'us')} and "
            f"{g.date(h2, 'us')}, by videoconference\n\nREASONS FOR DECISION\n"
            f"[1] The licensee practised alone as {g.org(firm)}, {g.loc(g.fill(g.pick(NO_STREETS)))}, {g.loc(town)}, Ontario {g.loc(f'{fsa} {g.digits(1)}{g.letters(1)}{g.digits(1)}')}.\n"
            f"[2] Particular 1: between {g.date(d_from, 'us')} and {g.date(d_to, 'us')} the licensee took {terms[0]} from the estate of {dec.full()}, late of "
            f"{g.loc(town2)}, of which {lic.he()} was estate trustee, through {lic.his()} trust account no. {L('ACCOUNT_NUMBER', trust)} at the "
            f"{g.org(f'Caisse populaire de {town}' if g.rng.random() < 0.5 else 'Northern Credit Union')}. This is {terms[7]}.\n"
            f"[3] Particular 2: {lic.he()} used the Social Insurance Number of {lic.his()} client {cl.full()} ({L('NATIONAL_ID', g.sin(g.pick('45')))}) to claim a refund.\n"
            f"[4] Particular 3: {lic.he()} did not answer the Law Society's investigator, {inv.full()}, on {g.date(inv1, 'us')} or {g.date(inv2, 'us')}, contrary to {terms[2]}.\n"
            f"[5] The conduct breaches {terms[1]} and is {terms[4]}.\nORDER: the licensee's licence is subject to {terms[5]} under {terms[3]}; costs of "
            f"{terms[6]} are payable by {g.date(costs_due, 'us')}.")
    k = g.rng.randrange(2)
    task = (g.pick(("Write a digest of this decision for a law reports summary service.", "Summarise this tribunal decision in a short digest paragraph.")),
            g.pick(("Tabulate the particulars, the findings and the order.", "Make a table of each particular with the people and dates involved.")))[k]
    if k == 0:
        answer = (f"Law Society of Ontario v. {lic.sur()} ({L('CASE_NUMBER', file_no)}, {g.date(decided, 'us')}): {lic.full()} (LSO #{L('LICENSE_NUMBER', lso)}), a sole "
                  f"practitioner in {g.loc(town)}, took {terms[0]} from the estate of {dec.full()} and misused a client's Social Insurance Number. "
                  f"{terms[4]} found; {terms[5]}; costs {terms[6]}. Panel: {chair.full()}, {m1.full()}, {m2.full()}.")
    else:
        answer = (f"{lic.caps()} - {L('CASE_NUMBER', file_no)}\n| Particular | Who | When | Finding |\n|---|---|---|---|\n"
                  f"| {terms[7]} of {terms[0]} | estate of {dec.full()} | {g.date(d_from, 'us')} to {g.date(d_to, 'us')} | proven |\n"
                  f"| Misuse of SIN | {cl.full()} | - | proven |\n| Failure to cooperate | investigator {inv.full()} | {g.date(inv1, 'us')}, {g.date(inv2, 'us')} | proven |\n"
                  f"Order: {terms[5]}; costs {terms[6]} by {g.date(costs_due, 'us')}.")
    return task, body, answer


FIFE = (("Kirkcaldy", "KY1"), ("Kirkcaldy", "KY2"), ("Glenrothes", "KY7"), ("Dunfermline", "KY11"), ("Cupar", "KY15"), ("Leven", "KY8"))
FF_STREETS = ("{n} High Street", "{k} Links Street", "{n} Bridge Street", "{k} Pittencrieff Street", "{n} Crossgate", "{k} Durie Street")
CHARITIES = ("Links Community Larder", "West Fife Befrienders", "Cupar Men's Shed", "Leven Riverside Youth Project", "Glenrothes Carers Centre")


def charity_inquiry_report(g: Gen) -> Doc:
    """The Scottish Charity Regulator's inquiry report on a Fife charity: the charity's and company's registrations, the trustees,
    the volunteer who raised the concern, payments to a trustee's company, the bank's sort code and account, a post online, the
    inquiry officer's e-mail; the answer a summary for the register or the letter to the new trustees."""
    t1, t2, t3, t4, whistle, officer = (g.of("ff") for _ in range(6))
    charity = g.pick(CHARITIES)
    town, area = g.pick(FIFE)
    company = f"{t2.last} Catering Ltd"
    concern = g.base(2020, 2023)
    opened = g.later(concern, 20, 90)
    p_from = g.later(concern, -500, -200)
    p_to = g.later(concern, -60, -5)
    suspended = g.later(opened, 30, 120)
    appointed = g.later(suspended, 20, 90)
    report = g.later(appointed, 30, 120)
    sc, comp = f"SC0{g.digits(5)}", f"SC{g.rng.randint(300000, 799999)}"
    amount = f"£{g.rng.randint(8, 48)},{g.digits(3)}"
    sort = f"8{g.rng.randint(2, 3)}-{g.digits(2)}-{g.digits(2)}"
    acct = g.digits(8)
    first, last = t2.ascii()
    url = L("URL", f"https://www.facebook.com/{first}{last}{g.digits(2)}/posts/{g.digits(15)}")
    terms = [K("section 28 of the Charities and Trustee Investment (Scotland) Act 2005"), K("section 31"), K("misconduct in the administration of the charity"),
             K("conflict of interest"), K(amount), K("Scottish Charitable Incorporated Organisation")]
    mail = g.mail(officer, "oscr.org.uk", 0)
    martyn = K("Martyn's Law")
    w_in, w_out = g.tel2("fife")
    body = (f"Scottish Charity Regulator - inquiry report\n{g.org(charity)} (charity number {L('COMPANY_REGISTRATION', sc)}; company number "
            f"{L('COMPANY_REGISTRATION', comp)})\nPrincipal office: {g.loc(g.fill(g.pick(FF_STREETS)))}, {g.loc(f'{town} {g.uk_pc(area)}')}   Report date: {g.long(report)}\n\n"
            f"1. We opened an inquiry under {terms[0]} on {g.long(opened)} after a volunteer, {whistle.full()} ({w_in}), raised concerns on {g.long(concern)}.\n"
            f"2. The trustees at the time were {t1.full()} (chair), {t2.full()} (treasurer) and {t3.full()} (secretary).\n"
            f"3. Between {g.long(p_from)} and {g.long(p_to)} the treasurer made payments totalling {terms[4]} from the charity's account with the "
            f"{g.org('Clydesdale Bank')} (sort code {L('ACCOUNT_NUMBER', sort)}, account {L('ACCOUNT_NUMBER', acct)}) to {g.org(company)}, a company of which "
            f"{t2.full()} is sole director. No {terms[3]} was declared, and the payments were described in a public post ({url}) as donations of food.\n"
            f"4. We found {terms[2]} by {t2.full()}, and that {t1.sur()} and {t3.sur()} did not act with reasonable care.\n"
            f"5. We used our powers under {terms[1]} to suspend {t2.full()} on {g.long(suspended)}. New trustees, including {t4.full()}, were appointed on "
            f"{g.long(appointed)}; the charity will convert to a {terms[5]}, and its hall, which holds more than 200 people, will need a plan under {martyn}.\nInquiry officer: {officer.full()} ({mail}).")
    k = g.rng.randrange(2)
    task = (g.pick(("Summarise this inquiry report for the public register: charity, concern, findings, action, people.",
                    "Write the register summary of this inquiry, with the charity's numbers and the trustees involved.")),
            g.pick(("Draft the regulator's letter to the new trustees setting out the findings and what they must do.",
                    "Write a letter from the inquiry officer to the charity's new trustees.")))[k]
    if k == 0:
        answer = (f"{g.org(charity)} ({L('COMPANY_REGISTRATION', sc)}), {g.loc(town)}: inquiry opened {g.long(opened)} after concerns from {whistle.full()}. "
                  f"Treasurer {t2.full()} paid {terms[4]} to {g.org(company)} without declaring a {terms[3]}: {terms[2]}. Suspended under {terms[1]} on "
                  f"{g.long(suspended)}. Trustees {t1.full()} and {t3.full()} did not act with reasonable care. New trustees appointed {g.long(appointed)}.")
    else:
        answer = (f"Dear {t4.full()},\n{g.org(charity)} ({L('COMPANY_REGISTRATION', sc)}; {L('COMPANY_REGISTRATION', comp)})\nOur inquiry found {terms[2]} by "
                  f"{t2.full()}, who paid {terms[4]} to {g.org(company)} between {g.long(p_from)} and {g.long(p_to)}. Please confirm by return that the "
                  f"account {L('ACCOUNT_NUMBER', acct)} now needs two signatures and that {whistle.full()} ({w_out}) has been thanked.\n{officer.full()}, inquiry officer")
    return task, body, answer


CLINICAL = (pharmacovigilance_case_narrative, morbidity_mortality_minutes, serious_incident_investigation, prevention_of_future_deaths_report,
            health_ombud_report, practitioner_panel_decision, serious_adverse_event_narrative, journal_case_report, adult_protection_learning_review,
            patient_injury_decision)
LEGAL = (parole_board_decision, immigration_appeal_determination, medico_legal_expert_report, will_and_probate_grant, report_on_title,
         child_safeguarding_practice_review, police_misconduct_outcome, housing_ombudsman_determination, law_society_tribunal_decision,
         charity_inquiry_report)
# REVIEWS: the ten reports written to close a review, an investigation or a complaint (their subject is what went wrong);
# RECORDS: the ten written in the ordinary course of a process (minutes, narratives, reports for a court, a will, a title report).
REVIEWS = (serious_incident_investigation, prevention_of_future_deaths_report, health_ombud_report, practitioner_panel_decision,
           adult_protection_learning_review, patient_injury_decision, child_safeguarding_practice_review, police_misconduct_outcome,
           housing_ombudsman_determination, charity_inquiry_report)
RECORDS = (pharmacovigilance_case_narrative, morbidity_mortality_minutes, serious_adverse_event_narrative, journal_case_report, parole_board_decision,
           immigration_appeal_determination, medico_legal_expert_report, will_and_probate_grant, report_on_title, law_society_tribunal_decision)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: _one_document(f) for f in CLINICAL + LEGAL}
assert set(CLINICAL + LEGAL) == set(REVIEWS + RECORDS) and len(DOCTYPES) == 20 and not set(REVIEWS) & set(RECORDS)

# ---------------------------------------------------------------- records: instruction records around a report, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful assistant for clinical governance and legal staff.", "You summarise reports accurately and keep every fact.",
                  "Write in plain English; change no name, number or date.")


def to_record(doc: Doc, kind: str, doctype: str, rng: random.Random) -> Blind3Record:
    """An instruction record (the task, the report as input, the answer) or a chat record (an optional system prompt, the user's
    pasted report with the task, the assistant's answer)."""
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
