"""Seventeenth blind scrubbing corpus: twenty registers of text typed by the public and by staff in a hurry (portal messages, complaints, forms, group chats, pager logs, voicemail transcripts, diaries), from twenty new places.

    python bench/blind17.py --stats              # entity, document-type and protected-term counts of the default corpus
    python bench/blind17.py --out blind17.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned on; its author read no scrubber rule,
no scrubber test, no scrubbing document and none of the measured misses, and never ran the scrubber on it (only bench/blind3.py's
soundness check, through fedtune.scrubbing.evaluate). Its templates are bench/blind16.py's, bench/blind15.py's and bench/blind3.py's
records, labels and soundness check. Where bench/blind16.py wrote tidy documents and answers that reformat them, this one writes what
people type themselves, informally, and what staff type between two other jobs: patient-portal messages with the practice's replies,
a relative's complaint, an online self-referral form filled by a member of the public, a ward team's WhatsApp group, a night's pager
log, speech-to-text voicemail, an out-of-hours call handler's log, notes typed on a phone at a kitchen table, a midwife's text
thread, a home-support app's log, a tenant's e-mail to a solicitor, a litigant in person's own statement, text messages exhibited in
a case, a small-claims form, an employment tribunal claimant's own account, an interpreter's note, an advice line's call log, a
neighbour-nuisance diary. Each record sets a task on such a text (write it up, summarise it, draft the reply, turn it into a table or
a formal statement) with an answer that repeats its personal data tidied: the lower-case or capitalised name written properly, a
spoken or typed date written out, a spoken number in figures, a phone number regrouped. Eight records in ten are fedtune instruction
records, two a chat (an optional system prompt, the user's paste and request, the assistant's answer), as bench/blind16.py writes
them.

Ten registers are clinical: an eastern Bay of Plenty (New Zealand) practice's patient-portal thread, a Teesside relative's complaint
to the hospital trust, a Herefordshire MSK physiotherapy self-referral form, a Waterford (Ireland) surgical team's WhatsApp group
export, a West Virginia hospitalist's overnight pager log, a Norfolk surgery's voicemail run through speech recognition, a Moray
out-of-hours call handler's log, a Riverina (New South Wales) district nurse's note typed on a phone, a Lesotho community midwife's
WhatsApp thread with a client, and a Kootenays (British Columbia) home-support worker's app log. Ten are legal and social: a
Merseyside tenant's e-mail to a solicitor, a Corby (Northamptonshire) litigant in person's statement in a children case, text
messages exhibited in a Caerphilly county borough non-molestation application, an Arkansas small-claims complaint typed by the
plaintiff, a Derbyshire employment tribunal claimant's own account of the claim, a Nepali interpreter's note of a Rushmoor
(Hampshire) housing appointment, an Antigua and Barbuda legal advice line's call log, a County Carlow (Ireland) social worker's home
visit note typed on a phone, an Aberdeenshire solicitor's voicemail through speech recognition, and a Thanet (Kent) tenant's
neighbour-nuisance diary. PUBLIC names the eleven written (or spoken) by members of the public (the portal thread, the complaint, the
self-referral, the surgery voicemail, the tenant's e-mail, the litigant's statement, the exhibited texts, the small claim, the
claimant's account, the firm's voicemail, the diary), STAFF the nine typed by staff in a hurry (the group chat, the pager log, the
call log, the district nurse's note, the midwife's thread, the home-support log, the interpreter's note, the advice line log, the
social worker's note).

Identifiers follow the public descriptions of their formats, with the check characters computed: NHS numbers (weights 10 to 2, modulo
11), Scotland's CHI numbers (the birth date DDMMYY, two digits, a ninth digit even for a woman, the NHS check), New Zealand NHI
numbers (the AAANNNC form: letters without I and O valued 1 to 24, weights 7 to 2, modulo 11), Australian Medicare card numbers (the
first eight digits weighted 1, 3, 7, 9 modulo 10, an issue number), British Columbia Personal Health Numbers (9 and eight digits
weighted 2, 4, 8, 5, 10, 9, 7, 3, each product modulo 11, the check 11 less the sum modulo 11, a check of 10 never issued), Irish PPS
numbers (seven digits weighted 8 to 2, the new format's second letter weighted 9, modulo 23 to a letter, W for 0), English unique
pupil numbers (a check letter, the local authority's three digits, the school's four, the year's two and a serial of three, the
twelve weighted by their positions 2 to 13 modulo 23 to ABCDEFGHJKLMNPQRTUVWXYZ), US National Provider Identifiers (Luhn over 80840
and the number), US ABA routing numbers (weights 3, 7, 1 modulo 10), UK VAT numbers (seven digits weighted 8 to 2, two check digits
to a multiple of 97) and UK IBANs (ISO 13616). A spoken NHS number is spoken digit by digit ("four eight five double seven") and
keeps its check. Drawn in their published patterns, with no public check: UK National Insurance numbers, US social security numbers,
Eircodes (each town's routing key, four characters), Companies House numbers (eight digits), Acas early conciliation numbers (R, six
digits, the year's two digits, two digits), UK vehicle registrations (two letters, the age identifier, three letters), biometric
residence permits (two letters and seven digits) and AHPRA registrations (NMW and ten digits). Where the author found no public
description, numbers are drawn as stated here: hospital numbers of each place as each template writes them (seven digits at
University Hospital Waterford, eight at the West Virginia hospitals), Lesotho bukana (health booklet) numbers (the district's two
letters, six digits), Lesotho national identity numbers (twelve digits), Antigua and Barbuda social security numbers (six digits),
Arkansas driving licences (nine digits), Arkansas district court small-claims numbers (the county's letters, SC, the year's two
digits, four digits), Family Court case numbers (NN, the year's two digits, P, five digits), Scottish simple procedure references
(SP, a serial, the year's two digits), NRPSI interpreter registrations (five digits), Gurkha service numbers (eight digits, 21
first), Nepali citizenship certificates (four groups of two, two, two and five digits), complaint, police, housing, solicitors',
advice line, interpreting and staff references of each place as each template writes them, a social-media handle (@name) and US bank
accounts (ten to twelve digits).

Names are the hand-written lists below (never Faker's, never a census list, and no word of them, of their nicknames or of their
misspellings in the name lists of bench/blind2.py to bench/blind16.py: checked when this module loads): Ngāti Awa, Tūhoe and Pākehā
of the eastern Bay of Plenty, Teesside English, Herefordshire county English, Déise Irish of Waterford (fadas typed), Appalachian
West Virginia, Norfolk English, Doric north-east Scots, Riverina Wiradjuri, Anglo- and Italian-Australian, Basotho (the married
women's names with the apostrophe, 'Mamello), Doukhobor Russian of the Kootenays, Scouse, Corby Scots, Caerphilly valleys Welsh,
Arkansas, Derbyshire, Nepali (Gurung, Limbu, Rai and Magar families of Rushmoor, given names of two words), Antiguan, Carlow Irish
and Thanet Kentish. Hard cases, natural to the theme: names typed in lower case or in capitals by the person and written properly in
the answer, nicknames (Misha for Mikhail, Jackie for Jacqueline), a street's name for a man (Smudge) and first names alone, a name
spelled letter by letter ("that's c o w i e"), a name misspelled once (Reedman) and spelled right elsewhere in the same text
(Readman), names that are common words (Ale, Lake, Castle, Slack, Meek, Tough, Cramp, Homer), a man's name that is also a town of
another register (Keith), numbers spelled out in words ("oh seven seven double four"), dates spoken ("the third of march nineteen
fifty two") and typed every informal way ("sat 2nd march", "4/3", "last tues"), phone numbers spaced every way, with +44 and (0), as
a WhatsApp sender who is not in the contacts, e-mail addresses spoken ("marion dot leiper at hotmail dot co dot uk") and typed,
social-media handles, partial addresses ("flat 3 above the chemist on high st", "the house behind the dairy on Goulstone Road"), ages
and relationships beside names, people's and places' names inside organisations (James Paget University Hospital, Dr Gray's Hospital
with its title inside, Keith Health Centre, J.W. Ruby Memorial Hospital, Queen 'Mamohato Memorial Hospital, Scott Hospital, Wagga
Wagga Base Hospital, a repair shop and a firm named for their owners); and protected terms in the typed text and again in the answer:
drug doses, lab values with units, named scales and scores (NEWS2, Braden, PHQ-9, the Clinical Frailty Scale), conditions, statutes,
legal terms of art and money amounts.

Labelling rules are bench/blind16.py's (which extend bench/blind15.py's and bench/blind14.py's): the body that issues a number stays
outside its span; social-security, insurance, tax and identity numbers (a residence permit and a citizenship certificate among them)
are NATIONAL_ID, numbers that exist for health care HEALTH_ID, professional registrations, an individual's NPI, driving licences and
vehicle plates LICENSE_NUMBER, file, claim, court, complaint, police, housing, advice line and interpreting job numbers and a
solicitor's reference CASE_NUMBER, staff and service numbers, bank accounts without an IBAN and a social-media handle ACCOUNT_NUMBER
(as bench/blind9.py labelled a chat handle, the @ inside the span), a pupil's number STUDENT_ID, a VAT number and a company's
registration COMPANY_REGISTRATION; hospitals, wards, practices, health boards and trusts, schools, councils, housing associations,
charities, firms, employers, banks and local courts sitting in a place are ORGANIZATION, whole, even when they carry a person's or a
place's name or a title (Dr Gray's Hospital), while national bodies (NHS 24, Tusla, Acas, the Home Office, the Scottish Ambulance
Service, the Labour Department) are left unlabelled; clock times, ages and years on their own are not labelled, a date with its time
is one DATE_TIME; titles (Dr, Mr, Mrs, Ms, Sister, Nurse) stay outside a person's span; a street address on one line is one LOCATION,
the town with its postcode (or an Eircode) another, a village, county, district or region written out its own, while state codes and
countries are not labelled; money amounts, drug regimens, lab values with units, clinical scales and scores, named conditions,
statutes and legal terms of art are protected terms. An e-mail address is an EMAIL_ADDRESS whole even when it holds the name, a phone
number written twice in two groupings is two PHONE_NUMBER spans, a relation written beside a name is not labelled. Calls of
bench/blind14.py and bench/blind9.py that this corpus leans on: a relative date that names a day ("last tues", "sat 2nd march") is
DATE_TIME as typed, "yesterday" and "tonight" are not labelled, the "the" of "the 14th" stays outside; in a direction only the street
is labelled beside a generic landmark (flat 3 above the chemist on high st), a named landmark with its street (the Four Square on
Bridge Street, its "the" outside) is one LOCATION; a number read out in words, a date said aloud, a name spelled letter by letter and
an e-mail address spoken ("... at hotmail dot co dot uk") are each one span of their entity, labelled as spoken; a name, an
organisation or a place in lower case is labelled as typed or spoken. New calls for this corpus: in a WhatsApp export each line's
date with its time ("12/03/2024, 21:04") is one DATE_TIME and the sender a PERSON, or a PHONE_NUMBER when the sender is not in the
contacts, the square brackets of the iOS form outside the span; a pager log's time stamp is a DATE_TIME on every line; an app log's
author is a PERSON on every entry; a form's field names are never labelled, a field's typed value is; a nickname given in quotes or
brackets beside the full name is its own PERSON span; the honorific 'Me (mother) before a Basotho name stays outside it; a month with
its year (September 2019) is a DATE_TIME; a hospital's initials (UHW, a WhatsApp group's name) are an ORGANIZATION like its name.

Earlier corpora, for comparison (from their docstrings and place lists, searched): bench/blind.py to bench/blind16.py visited, among
others, Gisborne and Ōpōtiki, Wairoa, Drogheda and Dundalk, Dumfries, Broken Hill, Toowoomba, Sierra Leone (Freetown, Kenema,
Makeni), the Gambia, Pontypridd, Aberdare and Merthyr Tydfil, Cork, Clonakilty, Bantry and Mallow, Limerick, Offaly and Laois
(Tullamore, Tullow), Dundee, Swindon, Chesterfield, Stoke-on-Trent and Luton (as postcodes), Rotorua and the Fens. None of them
visited the eastern Bay of Plenty (Whakatāne, Kawerau, Edgecumbe, Tāneatua), Teesside (Middlesbrough, Hartlepool, Redcar,
Stockton-on-Tees, Guisborough), Herefordshire (Hereford, Leominster, Ross-on-Wye, Ledbury, Kington), County Waterford (Waterford,
Dungarvan, Tramore), West Virginia (Morgantown, Beckley, Elkins, Fairmont, Clarksburg), Norfolk (Great Yarmouth, Gorleston, Cromer,
North Walsham, Dereham), Moray (Elgin, Forres, Buckie, Lossiemouth, Keith), the Riverina (Wagga Wagga, Leeton, Narrandera, Temora,
Junee), Lesotho (Maseru, Leribe, Mafeteng, Roma), the Kootenays (Castlegar, Grand Forks, Rossland, Creston), Merseyside (Birkenhead,
Bootle, Wallasey, Kirkby, Huyton), Corby and Wellingborough, Caerphilly county borough (Caerphilly, Bargoed, Ystrad Mynach, Risca,
Rhymney), Arkansas (Fort Smith, Jonesboro, Texarkana, Hot Springs, Russellville), Derbyshire (Ilkeston, Buxton, Matlock, Glossop,
Swadlincote), Rushmoor (Aldershot, Farnborough), Antigua and Barbuda (All Saints, Bolans, Parham, Piggotts, Codrington), County
Carlow (Carlow, Bagenalstown, Leighlinbridge), Aberdeenshire (Peterhead, Fraserburgh, Inverurie, Stonehaven, Banchory) or Thanet
(Margate, Ramsgate, Broadstairs, Birchington) (their towns were searched for in every earlier corpus), and none of their document
types is one of these twenty (tests/test_blind17.py checks the names).
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
import blind16
from blind3 import Blind3Record, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames).
PEOPLE = {
    "bp": (("Tangiwai", "Pareake", "Marewa", "Ngaroma", "Kararaina", "Moerangi", "Hineawe", "Raiha", "Ripeka", "Tiria"),
           ("Hoani", "Manu", "Tame", "Tuhi", "Pouroto", "Haami", "Rangitihi", "Hemana", "Eruera"),
           ("Rewharewha", "Kohunui", "Ranapia", "Pouwhare", "Hona", "Brokenshire", "Marchant", "Tuhoro", "Tapsell", "Rangiaho", "Awatere",
            "Hunia", "Merito", "Heremaia", "Ngaropo", "Onekawa", "Rurehe", "Lysaght")),
    "ts": (("Janine", "Shelley", "Paula", "Kerrie", "Tasha", "Shirelle", "Lyndsey", "Carla", "Abbie", "Jodi"),
           ("Lee", "Jamie", "Nathan", "Jason", "Scott", "Mikey", "Aaron", "Keiron", "Jonjo"),
           ("Garbutt", "Readman", "Agar", "Lumsden", "Tindale", "Pounder", "Trenholm", "Thubron", "Dobing", "Mattison", "Hinchcliffe", "Hebbron",
            "Weatherill", "Dowson", "Cheesebrough", "Nattrass", "Wanless")),
    "hf": (("Gwen", "Felicity", "Octavia", "Bryony", "Ginevra", "Theodora", "Persephone", "Arabella", "Pandora"),
           ("Hal", "Ferdie", "Benedick", "Algernon", "Gawain"),
           ("Powle", "Bufton", "Gwatkin", "Preece", "Bithell", "Godsall", "Lewsley", "Apperley", "Vobe", "Gittins", "Pantall", "Wargent", "Hancorn",
            "Jancey", "Baskerville", "Wigmore")),
    "wd": (("Siobhra", "Mairéad", "Nóirín", "Brídín", "Caitríona", "Líadan", "Ailís", "Bébhinn", "Éadaoin", "Gobnait"),
           ("Criostóir", "Ruadhán", "Piaras", "Colum", "Risteárd", "Garret", "Ultan", "Déaglán"),
           ("Phelan", "Kiely", "Dunphy", "Flavin", "Hearne", "Queally", "Crotty", "Veale", "Morrissey", "Gough", "Rockett", "Hennebry", "Kervick",
            "Tynan", "Dower", "Hahessy")),
    "wv": (("Kristi", "Oma", "Glenna", "Nola", "Iva", "Reva", "Alta", "Luvenia", "Birdie"),
           ("Okey", "Homer", "Jody", "Denver", "Boyd", "Ransel", "Buford", "Hobert", "Roscoe", "Orval", "Bige"),
           ("Workman", "Cline", "Blankenship", "Toler", "Shrewsbury", "Bolen", "Cantley", "Pauley", "Ferrell", "Lilly", "Wriston", "Meadows",
            "Stollings", "Hanshaw", "Shamblin", "Keener", "Ruble", "Hambrick")),
    "nf": (("Sheila", "Maureen", "Joan", "Gillian", "Beryl", "Daphne", "Rita", "Violet", "Sylvia"),
           ("Royston", "Mervyn", "Derek", "Roland", "Neil", "Horace", "Basil"),
           ("Gotts", "Loades", "Thrower", "Pegg", "Bullimore", "Spurgeon", "Brundle", "Dack", "Lubbock", "Eastick", "Futter", "Youngs", "Howes",
            "Cubitt", "Gedge", "Tungate", "Kerrison", "Nudd")),
    "my": (("Elspet", "Euphemia", "Bella", "Grizel", "Annag", "Marion", "Beathag"),
           ("Alistair", "Doddie", "Jocky", "Sandie", "Geordie", "Bert", "Erchie", "Alec"),
           ("Duthie", "Cowie", "Findlater", "Mair", "Gauld", "Slater", "Geddes", "Milne", "Tough", "Bremner", "Thain", "Buchan", "Mackie", "Masson",
            "Esson", "Wiseman", "Shand", "Grassie", "Leiper", "Gove", "Smith")),
    "rv": (("Bec", "Kristy", "Cheree", "Maddie", "Sharni", "Leesa", "Kellie", "Renee", "Shanae", "Taylah"),
           ("Brett", "Damo", "Jayden", "Hamo", "Jacko", "Fletch", "Harley"),
           ("Bamblett", "Whyman", "McGuinness", "Trimboli", "Catanzariti", "Zappia", "Sergi", "Grosvenor", "Tyack", "Hamblin", "Bartolo", "Rigoni",
            "Sultana")),
    "ls": (("Lineo", "'Mamello", "Nthabiseng", "Limpho", "Masechaba", "Puleng", "'Mathabo", "Motselisi", "Refiloe", "Relebohile", "Nyakallo",
            "Keneuoe", "'Malineo", "Ntsoaki"),
           ("Teboho", "Thabang", "Lehlohonolo", "Moeketsi", "Tšepo", "Motlatsi", "Sello", "Lebohang", "Katleho", "Hlompho", "Tlali", "Rethabile"),
           ("Mokhethi", "Ntšekhe", "Lerotholi", "Mohapi", "Letsoela", "Sekhesa", "Makara", "Matela", "Rantšo", "Phafoli", "Nkuebe", "Molapo",
            "Ramakoae", "Leuta", "Mokoma", "Thamae", "Sehloho", "Mofolo")),
    "kt": (("Polly", "Nastia", "Fenya", "Mavra", "Lusha", "Anyuta", "Dunya", "Malasha", "Lukeria", "Nadya", "Marfa"),
           ("Vasily", "Mikhail", "Fedya", "Alyosha", "Grisha", "Petro", "Vanya", "Semyon", "Larion", "Savely", "Trofim"),
           ("Verigin", "Chernoff", "Kanigan", "Makortoff", "Strelaeff", "Konkin", "Podovinikoff", "Kalmakoff", "Popoff", "Zeberoff", "Stushnoff",
            "Osachoff", "Sherstobitoff", "Kazakoff", "Perepolkin", "Horkoff", "Voykin")),
    "ms": (("Toni", "Terri", "Jeanette", "Bernie", "Natalie", "Paris", "Tamzin", "Jolie", "Kenzie", "Shannen"),
           ("Jordan", "Anthony", "Joey", "Jonno", "Franny", "Ste", "Carra"),
           ("Fazakerley", "Scully", "Shacklady", "Dunleavy", "Molyneux", "Billington", "Tarleton", "Cheetham", "Gorst", "Houghton", "Birchall",
            "Woosey", "Ditchfield")),
    "nh": (("Jacqueline", "Lynsey", "Sadie", "Rena", "Alison"),
           ("Stuart", "Boab", "Shug", "Davie", "Wullie", "Malky", "Archie"),
           ("McLuckie", "McGarvey", "Haggerty", "Imrie", "Kinnear", "Lochrie", "Kilpatrick", "McGeachie", "Donachie", "Hendry", "Gilmour",
            "McCrindle", "Templeton", "McKinstry")),
    "cp": (("Rhian", "Sian", "Kayley", "Seren", "Meinir", "Tirion", "Hafwen"),
           ("Huw", "Dai", "Carwyn", "Bleddyn", "Cai", "Iestyn", "Osian", "Trystan", "Ifan"),
           ("Jeremiah", "Meek", "Treharne", "Protheroe", "Gronow", "Coslett", "Pask", "Hybart", "Bassett", "Leyshon")),
    "ar": (("LaDonna", "Sheree", "Mozelle", "Imogene", "Ouida", "Rhetta", "Zelda"),
           ("Dewayne", "Dub", "Lonzo", "Harlon", "Bufe", "Junior"),
           ("Huckaby", "Dugger", "Benefield", "Eudy", "Pettit", "Gammill", "Cagle", "Stroud", "Faubus", "Wineland", "Rakes", "Blevins", "Yarbrough",
            "Dillahunty", "Bettis", "Gatlin")),
    "db": (("Lindsey", "Jayne", "Carol", "Sharon", "Lesley", "Mandy"),
           ("Gary", "Carl", "Malcolm", "Kevin", "Graham", "Keith", "Pete"),
           ("Bagshaw", "Marsden", "Brocklehurst", "Wragg", "Slack", "Bunting", "Goodall", "Eyre", "Froggatt", "Hadfield", "Mellor", "Twigg", "Fearn",
            "Wildgoose")),
    "np": (("Sushila", "Laxmi", "Menuka", "Pabitra", "Chandrakala", "Jamuna", "Man Maya", "Durga Maya"),
           ("Yam", "Chandra", "Bhim", "Gyan", "Ganesh", "Bhakta", "Purna", "Dambar", "Hom", "Netra", "Indra", "Bhupendra"),
           ("Rai", "Pun", "Ghale", "Sunuwar", "Rana", "Ale", "Gurau", "Tumbahang", "Subba", "Angbuhang", "Sherchan", "Kandangwa")),
    "ag": (("Kisha", "Cleopatra", "Avril", "Mercedes", "Hyacinth", "Icilda", "Shermica", "Kimone", "Ethelyn"),
           ("Vere", "Lester", "Asot", "Rawlston", "Molwyn", "Eustace", "Kelroy", "Colvin"),
           ("Spencer", "Samuel", "Simon", "Jarvis", "Gore", "Hurst", "Lovell", "Tonge", "Weston", "Jeffers", "Athill", "Nanton", "Lake", "Henry")),
    "cw": (("Ailish", "Nora", "Teresa", "Attracta", "Josephine", "Assumpta", "Concepta"),
           ("Fintan", "Pat", "Conor", "Dermot", "Ger", "Mossie", "Dinny", "Packie", "Thady", "Eamonn"),
           ("Bolger", "Deering", "Nevin", "Keogh", "Kehoe", "Lawler", "Coady", "Murnane", "Haughney", "Doyle", "Byrne", "Lennon", "Corcoran",
            "Shortall", "Hosey")),
    "th": (("Shirley", "Donna", "Tia", "Tracy", "Jess", "Sharron", "Lisa"),
           ("Terry", "Gavin", "Danny", "Frankie", "Lennie", "Bradley", "Mason"),
           ("Sackett", "Pettman", "Solley", "Fagg", "Foat", "Gammon", "Wratten", "Castle", "Goldfinch", "Packman", "Wanstall", "Philpott", "Cramp",
            "Epps", "Tapp", "Kingsmill", "Tritton")),
}  # fmt: skip
NICKNAMES = {"Mikhail": "Misha", "Vasily": "Vasya", "Algernon": "Algy", "Theodora": "Teddie", "Lehlohonolo": "Lehlo", "Anthony": "Ant",
             "Jacqueline": "Jackie", "Hobert": "Hobie", "Bhupendra": "Bhupi", "Kelroy": "Kel", "Caitríona": "Caitie", "Kararaina": "Raina",
             "Brídín": "Bridie", "Cleopatra": "Cleo", "Persephone": "Seph", "Alyosha": "Lyosha", "Hyacinth": "Cinty"}  # fmt: skip
# A surname as someone typing in a hurry misspells it; the same text spells it right elsewhere.
TYPOS = {"Readman": "Reedman", "Hinchcliffe": "Hinchliffe", "Cheesebrough": "Cheeseborough", "Catanzariti": "Catanzaritti",
         "Podovinikoff": "Podovinikov", "Makortoff": "Makortof", "Lerotholi": "Lerotholli", "Shacklady": "Shackleady", "Froggatt": "Froggat",
         "Bullimore": "Bulimore", "Findlater": "Finlater", "Blankenship": "Blankinship", "Queally": "Quealy", "Wanstall": "Wanstal",
         "Kanigan": "Kannigan", "Huckaby": "Huckabee", "Kilpatrick": "Killpatrick", "Treharne": "Treharn", "Gwatkin": "Gwatkins",
         "Rewharewha": "Rewarewa", "Sunuwar": "Sunwar", "Tyack": "Tyak", "Weatherill": "Wetherill", "Dunleavy": "Dunlevy", "Strelaeff": "Strelaef",
         "Baskerville": "Baskervile", "Tumbahang": "Tumbahan", "Pettman": "Petman", "Mokhethi": "Mokheti", "Hennebry": "Hennebery",
         "Lubbock": "Lubock", "Trimboli": "Trimbolli", "Benefield": "Bennefield", "McGarvey": "McGarvie", "Athill": "Athil",
         "Protheroe": "Prothero", "Bremner": "Bremmer", "Marsden": "Marsdon", "Stollings": "Stollins"}  # fmt: skip
# What a street calls a man instead of his name (his mates' word, not a short form of it).
MONIKERS = ("Smudge", "Chopper", "Nobby", "Spud", "Gizmo")
PARTICLES = blind16.PARTICLES
COMMON_WORD_NAMES = ("Pun", "Ale", "Lake", "Gore", "Castle", "Gammon", "Slack", "Meek", "Tough", "Workman", "Meadows", "Lilly", "Homer", "Cramp")
fold17 = blind15.fold15
strip_marks = blind15.strip_marks
name_words = blind15.name_words


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames and feminine forms) of bench/blind2.py to bench/blind16.py."""
    return blind16.earlier_names() | blind16.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += list(NICKNAMES.values()) + list(TYPOS.values()) + list(MONIKERS)
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
_ALL_NAMES = {n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)}
assert set(NICKNAMES) <= _ALL_NAMES and set(TYPOS) <= _ALL_NAMES, "a nickname or misspelling of a name not in the lists"
assert all(name_words(n) for n in _ALL_NAMES | set(NICKNAMES.values()) | set(TYPOS.values()) | set(MONIKERS)), "a name made only of particles"


@dataclass
class Person(blind16.Person):
    def low(self, full: bool = False) -> str:
        """As people type a name in a hurry, or speech-to-text writes it: lower case."""
        return L("PERSON", (self.plain() if full else self.first).lower())

    def upper(self, full: bool = True) -> str:
        return L("PERSON", (self.plain() if full else self.first).upper())

    def nick(self) -> str:
        return L("PERSON", NICKNAMES.get(self.first, self.first))

    def has_nick(self) -> bool:
        return self.first in NICKNAMES

    def typo(self, full: bool = False) -> str:
        """The surname misspelled (as typed once in a hurry), or as written when there is no misspelling of it."""
        last = TYPOS.get(self.last, self.last)
        return L("PERSON", f"{self.first} {last}" if full else last)

    def spelled(self) -> str:
        """The surname spelled letter by letter, as speech-to-text writes it: "c o w i e"."""
        return L("PERSON", " ".join(c for c in fold17(self.last).lower() if c.isalpha()))

    def initials(self) -> str:  # type: ignore[override]
        """Initials, the apostrophe of 'Mamello left off."""
        words = [w.lstrip("'’") for w in re.split(r"[\s\-]+", strip_marks(self.plain()))]
        return L("PERSON", "".join(w[0] for w in words if w and w[0].isupper()))

    def handle(self, digits: str) -> str:
        first, last = self.ascii()
        return L("ACCOUNT_NUMBER", f"@{first[:4]}_{last}{digits}")

    def him(self) -> str:
        return "her" if self.female else "him"


EN_MONTHS = blind13.EN_MONTHS
ORDINAL = blind13.ORDINAL
SPOKEN_DAYS = blind13.SPOKEN_DAYS
SHORT_DAYS = ("mon", "tues", "weds", "thurs", "fri", "sat", "sun")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
luhn = blind13.luhn
nhs_digit = blind13.nhs_digit
medicare_digit = blind13.medicare_digit
ppsn_letter, nhi_digit, aba_digit, vat_digits = blind15.ppsn_letter, blind15.nhi_digit, blind15.aba_digit, blind15.vat_digits
regroup = blind16.regroup
age_on = blind16.age_on

# ---------------------------------------------------------------- identifiers with a published check, not in earlier corpora

PHN_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3)


def phn_digit(eight: str) -> int | None:
    """British Columbia Personal Health Number: the eight digits after the leading 9 weighted 2, 4, 8, 5, 10, 9, 7, 3, each
    product taken modulo 11, the check 11 less the sum modulo 11 (0 for 11); None where that is 10, never issued."""
    check = (11 - sum(int(c) * w % 11 for c, w in zip(eight, PHN_WEIGHTS)) % 11) % 11
    return None if check == 10 else check


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # the remainder modulo 23: 0 is A ... 22 is Z (no I, O or S)


def upn_letter(twelve: str) -> str:
    """English unique pupil number: the twelve digits after the check letter weighted by their positions 2 to 13, modulo 23."""
    return UPN_LETTERS[sum(int(c) * (i + 2) for i, c in enumerate(twelve)) % 23]


assert phn_digit("69865821") == 5 and upn_letter("801200005001") == "B" and nhs_digit("943476591") == 9

# ---------------------------------------------------------------- numbers, dates and addresses as people say them

SAID = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def say_number(n: int) -> str:
    """0 to 999 in words, British style ("a hundred and four" as "one hundred and four")."""
    if n < 10:
        return "zero" if n == 0 else SAID[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + SAID[n % 10])
    rest = n % 100
    return f"{SAID[n // 100]} hundred" + ("" if rest == 0 else f" and {say_number(rest)}")


def say_year(y: int) -> str:
    """A year as people say it: nineteen fifty two, two thousand and three, twenty twenty four."""
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else f" and {SAID[y - 2000]}")
    hi, lo = divmod(y, 100)
    return f"{say_number(hi)} " + ("hundred" if lo == 0 else f"oh {SAID[lo]}" if lo < 10 else say_number(lo))


def say_digits(digits: str, rng: random.Random, zero: str = "oh") -> str:
    """Digits read out: one word each, a pair as "double", a run of three sometimes "triple"."""
    words, i = [], 0
    while i < len(digits):
        d = digits[i]
        word = zero if d == "0" else SAID[int(d)]
        if digits[i:i + 3] == d * 3 and rng.random() < 0.5:
            words.append(f"triple {word}")
            i += 3
        elif digits[i:i + 2] == d * 2 and rng.random() < 0.8:
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)


def said_date(date: datetime.date | tuple[int, int, int], year: bool = False) -> str:
    """A date said aloud, without its "the": third of march (nineteen fifty two)."""
    y, m, d = (date.year, date.month, date.day) if isinstance(date, datetime.date) else date
    return f"{SPOKEN_DAYS[d - 1]} of {EN_MONTHS[m - 1].lower()}" + (f" {say_year(y)}" if year else "")


def ymd_of(date: datetime.date | tuple[int, int, int]) -> tuple[int, int, int]:
    return (date.year, date.month, date.day) if isinstance(date, datetime.date) else date


PHONES = {
    "bop": ("(07) 307 ####", "07 308 ####", "021 ### ####", "027 ### ####", "+64 21 ### ####", "022 ### ####"),
    "tees": ("01642 ######", "01429 ######", "07### ######", "+44 1642 ######", "07### ### ###", "+44 7### ######"),
    "hereford": ("01432 ######", "01568 ######", "01989 ######", "01531 ######", "07### ######", "+44 7### ######"),
    "waterford": ("051 ### ###", "058 #####", "087 ### ####", "+353 85 ### ####", "086-#######"),
    "wv": ("(304) 598-####", "(304) 25#-####", "304-636-####", "304.###.####", "(304) 36#-####"),
    "norfolk": ("01493 ######", "01263 ######", "01692 ######", "01362 ######", "07### ######"),
    "moray": ("01343 ######", "01309 ######", "01542 ######", "07### ######", "07### ### ###"),
    "riverina": ("(02) 69## ####", "04## ### ###", "+61 4## ### ###", "0428 ### ###", "04########"),
    "lesotho": ("+266 22 ### ###", "+266 58## ####", "5### ####", "6### ####", "+266 6### ####"),
    "kootenay": ("(250) 365-####", "250-442-####", "(250) 362-####", "250.428.####", "250 365 ####"),
    "mersey": ("0151 ### ####", "07### ######", "+44 151 ### ####", "07#########", "+44 7### ######"),
    "corby": ("01536 ######", "01933 ######", "07### ######", "07### ### ###"),
    "caerphilly": ("01443 8#####", "029 208# ####", "07### ######", "+44 7### ######"),
    "arkansas": ("(479) 7##-####", "(870) 93#-####", "870-77#-####", "(501) 62#-####", "479-968-####"),
    "derbys": ("0115 93# ####", "01298 ######", "01629 ######", "01457 ######", "07### ######"),
    "rushmoor": ("01252 ######", "07### ######", "+44 7### ######", "07#########"),
    "antigua": ("(268) 46#-####", "268-72#-####", "+1 268 77#-####", "(268) 460-####", "268 78# ####"),
    "carlow": ("(059) 91 #####", "059 972 ####", "087 ### ####", "+353 83 ### ####"),
    "aberdeen": ("01779 ######", "01346 ######", "01467 ######", "01569 ######", "07### ######"),
    "thanet": ("01843 ######", "07### ######", "+44 7### ######", "07#########"),
}  # fmt: skip
MOBILES = {"tees": "07### ######", "hereford": "07### ######", "norfolk": "07### ######", "moray": "07### ######", "mersey": "07### ######",
           "corby": "07### ######", "caerphilly": "07### ######", "derbys": "07### ######", "rushmoor": "07### ######",
           "aberdeen": "07### ######", "thanet": "07### ######", "waterford": "08# ### ####", "carlow": "08# ### ####"}  # fmt: skip


# ---------------------------------------------------------------- the generator


class Gen(blind16.Gen):
    """bench/blind16.py's draws (its identifiers with a check among them), with this corpus's people, its informal and spoken
    dates and numbers, and its identifiers."""

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

    def nicked(self, culture: str) -> Person:
        """Someone of the culture with a nickname, where the culture has one."""
        women, men, _ = PEOPLE[culture]
        options = [(n, n in women) for n in women + men if n in NICKNAMES and not name_words(n) & self.used]
        if not options:
            return self.person(culture)
        first, female = self.pick(options)
        self.used |= name_words(first)
        return Person(first, self._name(PEOPLE[culture][2]), culture, female)

    def typoed(self, culture: str, female: bool | None = None) -> Person:
        """Someone of the culture whose surname has a misspelling in the list, where the culture has one."""
        surnames = [s for s in PEOPLE[culture][2] if s in TYPOS and not name_words(s) & self.used]
        p = self.person(culture, female)
        if surnames:
            self.used -= name_words(p.last)
            p.last = self.pick(surnames)
            self.used |= name_words(p.last)
        return p

    # phone numbers

    def tel2(self, place: str) -> tuple[str, str]:  # type: ignore[override]
        n = self.shape(self.pick(PHONES[place]))
        return L("PHONE_NUMBER", n), L("PHONE_NUMBER", regroup(n))

    def typed_tel2(self, place: str) -> tuple[str, str]:
        """A phone number as someone types it in a hurry (run together, grouped their own way, a UK mobile with +44 and its (0)),
        and the same number tidied."""
        n = self.shape(self.pick(PHONES[place]))
        plus = "+" if n.startswith("+") else ""
        digits = re.sub(r"\D", "", n)
        forms = [plus + digits, n.replace(" ", "-") if plus else n]
        if not plus and len(digits) == 11:
            forms.append(f"{digits[:5]} {digits[5:8]} {digits[8:]}")
        if place in MOBILES and digits.startswith("07"):
            forms += [f"+44 (0){digits[1:5]} {digits[5:]}", f"+447{digits[2:]}", f"{digits[:5]}-{digits[5:8]}-{digits[8:]}"]
        if place in MOBILES and digits.startswith("08"):
            forms += [f"+353 {digits[1:3]} {digits[3:]}", f"{digits[:3]}-{digits[3:]}"]
        typed = self.pick(forms)
        tidy = n if n != typed else regroup(n)
        return L("PHONE_NUMBER", typed), L("PHONE_NUMBER", tidy)

    def said_tel(self, place: str) -> tuple[str, str]:
        """A mobile number read out (oh seven seven double four ...) and written in figures."""
        n = self.shape(MOBILES.get(place, self.pick(PHONES[place])))
        digits = re.sub(r"\D", "", n)
        return L("PHONE_NUMBER", say_digits(digits, self.rng, self.pick(("oh", "oh", "zero")))), L("PHONE_NUMBER", n)

    # dates, typed, spoken and stamped

    def next_day(self, date: datetime.date, us: bool = False) -> str:
        """A day as people type it (bench/blind14.py's forms), never "last tues": for a day ahead, or a diary's own day."""
        while True:
            text = self.typed_day(date, us)
            if "last " not in text:
                return text

    def said(self, date: datetime.date | tuple[int, int, int], year: bool = False) -> str:
        """A date said aloud: "the" outside the span."""
        return "the " + L("DATE_TIME", said_date(date, year))

    def wa(self, moment: datetime.datetime, ios: bool = False) -> str:
        """A WhatsApp export's stamp, one DATE_TIME: 12/03/2024, 21:04 (Android) or [12/03/2024, 21:04:17] (iOS, brackets outside)."""
        day = f"{moment.day:02d}/{moment.month:02d}/{moment.year}"
        if ios:
            return f"[{L('DATE_TIME', f'{day}, {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}')}]"
        return L("DATE_TIME", f"{day}, {moment.hour:02d}:{moment.minute:02d}")

    def long_at(self, moment: datetime.datetime) -> str:
        """A message's date with its time, written out in an answer: one DATE_TIME."""
        return L("DATE_TIME", f"{moment.day} {EN_MONTHS[moment.month - 1]} {moment.year} at {moment.hour:02d}:{moment.minute:02d}")

    def moments(self, start: datetime.date, n: int, lo: int = 1, hi: int = 40, hour: int | None = None) -> list[datetime.datetime]:
        t = datetime.datetime(start.year, start.month, start.day, self.rng.randint(7, 22) if hour is None else hour, self.rng.randint(0, 59),
                              self.rng.randint(0, 59))
        out = []
        for _ in range(n):
            out.append(t)
            t += datetime.timedelta(minutes=self.rng.randint(lo, hi), seconds=self.rng.randint(0, 59))
        return out

    # identifiers with a published check

    def phn(self) -> str:
        while True:
            eight = self.digits(8)
            check = phn_digit(eight)
            if check is not None:
                n = f"9{eight}{check}"
                return self.pick((f"{n[:4]} {n[4:7]} {n[7:]}", n))

    def upn(self, la: str) -> str:
        twelve = f"{la}{self.pick(('2', '3', '5'))}{self.digits(3)}{self.pick(('14', '15', '16', '17', '18'))}{self.digits(3)}"
        return upn_letter(twelve) + twelve

    def ppsn17(self) -> str:
        seven = self.digits(7)
        second = self.pick(("", "A", "W"))
        return f"{seven}{ppsn_letter(seven, second)}{second}"

    def nhs_said(self) -> tuple[str, str]:
        """An NHS number read out digit by digit in its three groups, and written in figures."""
        n = self.nhs_number(spaced=True)
        zero = self.pick(("oh", "zero"))
        return L("HEALTH_ID", " ".join(say_digits(part, self.rng, zero) for part in n.split())), L("HEALTH_ID", n)

    def typed_nhs(self) -> tuple[str, str]:
        n = self.nhs_number(spaced=False)
        typed = self.pick((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:4]} {n[4:7]} {n[7:]}"))
        return L("HEALTH_ID", typed), L("HEALTH_ID", f"{n[:3]} {n[3:6]} {n[6:]}")

    def chi(self, ymd: tuple[int, int, int], female: bool) -> str:
        return self.chi_number(ymd, female)

    def plate(self) -> str:
        return self.uk_plate()

    def eircode17(self, key: str) -> str:
        return self.eircode16(key)


Doc = tuple[str, str, str]  # (the instruction, the typed text, the answer)


def cap_words(text: str) -> str:
    """A lower-case street or town written properly in an answer."""
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in text.split(" "))


# ---------------------------------------------------------------- clinical registers

BOP = (("Whakatāne", "3120"), ("Kawerau", "3127"), ("Edgecumbe", "3120"), ("Tāneatua", "3191"), ("Ōhope", "3121"))
BOP_STREETS = ("{n} Goulstone Road", "{k} King Street", "{n} Landing Road", "{k} Beech Street", "{n} Hydrabad Drive", "{k} College Road")
BOP_PRACTICES = ("Mataatua Whānau Health", "Kawerau Medical Centre", "Edgecumbe Family Doctors", "Whakatāne Bridge Surgery")
# (landmark, street, named): beside a named landmark both are one LOCATION, beside a generic one only the street is labelled
BOP_LANDMARKS = (("Four Square", "Bridge Street", True), ("Caltex", "Landing Road", True), ("marae", "Tāneatua Road", False),
                 ("pools", "Short Street", False))


def landmark(name: str, street: str, named: bool) -> str:
    return f"the blue house near the {L('LOCATION', f'{name} on {street}')}" if named else f"the blue house near the {name} on {L('LOCATION', street)}"


def portal_message_replies(g: Gen) -> Doc:
    """An eastern Bay of Plenty practice's patient-portal thread: the patient typing in lower case, a repeat script, results,
    a grandchild's immunisations, the practice nurse's replies; the answer a summary for the GP's inbox."""
    pt = g.of("bp", female=True)
    aunty = g.person("bp", True)
    moko = g.relative(pt, g.rng.random() < 0.5)
    nurse, gp = g.of("bp"), g.of("bp", female=True)
    town, pc = g.pick(BOP)
    practice = g.pick(BOP_PRACTICES)
    day = g.base()
    until = g.later(day, 5, 20)
    mdob = g.ymd(2022, 2024)
    nhi, nhi2 = g.nhi(), g.nhi()
    t_in, t_out = g.typed_tel2("bop")
    a_in, a_out = g.tel2("bop")
    drug = K(g.pick(("metformin 1 g BD", "cilazapril 5 mg OD", "felodipine 5 mg OD", "allopurinol 300 mg OD", "empagliflozin 10 mg OD")))
    lab = K(g.pick(("HbA1c 74 mmol/mol", "HbA1c 81 mmol/mol", "eGFR 52 mL/min/1.73m2", "urate 0.58 mmol/L")))
    cond = K(g.pick(("type 2 diabetes", "gout", "hypertension")))
    street = g.fill(g.pick(BOP_STREETS))
    where = g.pick((f"the house behind the dairy on {g.loc(street.split(' ', 1)[1].lower())}", f"{g.loc(street.lower())}",
                    landmark(*g.pick(BOP_LANDMARKS))))
    mail = g.mail(pt, g.pick(("gmail.com", "xtra.co.nz", "hotmail.com")))
    body = (f"{g.org(practice)} - patient portal\nThread: repeat prescription and results   Patient NHI {L('HEALTH_ID', nhi)}\n---\n"
            f"From: {pt.low(True)} ({mail})   {g.num(day)}\nkia ora its {pt.low()} here, can i pls get my {drug} renewed, running out {g.next_day(g.later(day, 2, 4))}. "
            f"also did my bloods come back?? dr {gp.low()} said she'd ring me about my {cond} but nothing yet. new number is {t_in}. "
            f"im staying at my aunty {aunty.low()}'s place {where}, {g.loc(town.lower())} till {g.next_day(until)}\n---\n"
            f"From: {nurse.full()}, practice nurse   {g.num(day)}\nKia ora {pt.given()}, your script is ready. Your {lab} is higher than last time, "
            f"so Dr {gp.sur()} would like to see you. Please ring us.\n---\n"
            f"From: {pt.low(True)}   {g.num(g.later(day, 1, 2))}\nok cool ta. can my moko {moko.low()} (born {g.typed_dob(mdob)}) get {moko.his()} jabs same day? "
            f"{moko.his()} nhi is {L('HEALTH_ID', nhi2.lower() if g.rng.random() < 0.5 else nhi2)}. aunty's landline is {a_in} if my phone dies")
    task = g.pick(("Summarise this portal thread for the GP's inbox, with the patient's details written out properly.",
                   "Write a short inbox summary of this thread for the doctor: who, what is asked, contact details."))
    answer = (f"Patient: {pt.full()} (NHI {L('HEALTH_ID', nhi)}), {g.org(practice)}.\n- Asks for {drug} to be renewed; known {cond}.\n"
              f"- Results: {lab}; Dr {gp.full()} wants to see her.\n- Staying with her aunt {aunty.full()} in {g.loc(town)} until {g.long(until)}; "
              f"mobile {t_out}, or the aunt's landline {a_out}.\n- Also asks for immunisations for her grandchild {moko.full()}, born {g.long(mdob)} "
              f"(NHI {L('HEALTH_ID', nhi2)}).\nReplied to by {nurse.initial()}.")
    return task, body, answer


TEES = (("Middlesbrough", "TS1"), ("Middlesbrough", "TS5"), ("Hartlepool", "TS24"), ("Redcar", "TS10"), ("Stockton-on-Tees", "TS18"),
        ("Guisborough", "TS14"))
TS_STREETS = ("{n} Linthorpe Road", "{k} Acklam Road", "{n} Coatham Road", "{k} York Road", "{n} Yarm Lane", "{k} Westgate", "{n} Marton Road")
TS_HOSPITALS = ("James Cook University Hospital", "University Hospital of North Tees", "University Hospital of Hartlepool", "Redcar Primary Care Hospital")


def relative_complaint_letter(g: Gen) -> Doc:
    """A Teesside daughter's or son's complaint about a parent's care, typed in one go: the NHS number, the ward, a nurse known by
    her first name, a doctor misspelled and then spelled right, a photo link; the answer the complaints team's acknowledgement."""
    pt = g.of("ts", female=True)
    rel = g.relative(pt, g.rng.random() < 0.6)
    bro = g.relative(pt, False)
    nurse = g.person("ts", True)
    doc = g.typoed("ts")
    town, area = g.pick(TEES)
    hosp = g.pick(TS_HOSPITALS)
    ward = f"Ward {g.rng.randint(1, 36)}"
    dob = g.ymd(1930, 1950)
    adm = g.base()
    dis = g.later(adm, 6, 20)
    sent = g.later(dis, 3, 30)
    nhs_in, nhs_out = g.typed_nhs()
    t_in, t_out = g.typed_tel2("tees")
    b_in, b_out = g.tel2("tees")
    ref = f"COMP-{sent.year}-{g.digits(5)}"
    mail = g.mail(rel, g.pick(("hotmail.co.uk", "gmail.com", "yahoo.co.uk", "outlook.com")))
    news, ulcer, drug = K(f"NEWS2 score {g.rng.randint(5, 9)}"), K(g.pick(("grade 3 pressure ulcer", "grade 2 pressure ulcer"))), K(
        g.pick(("IV co-amoxiclav 1.2 g TDS", "IV piperacillin-tazobactam 4.5 g TDS", "oral morphine 5 mg PRN")))
    cond = K(g.pick(("vascular dementia", "Alzheimer's disease", "Parkinson's disease")))
    url = L("URL", f"https://photos.app.goo.gl/{g.hexa(6).upper()}{g.digits(4)}")
    rel_word = "daughter" if rel.female else "son"
    body = (f"From: {mail}\nTo: complaints team, {g.org(hosp)}\nSubject: complaint about my mams care!!!\n\n"
            f"Dear Sir/Madam\nI am writing to complain about the care my mam {pt.full()} (DOB {g.num(dob)}, NHS no {nhs_in}) recieved on "
            f"{g.org(ward)} at {g.org(hosp)} from {g.next_day(adm)} to {g.next_day(dis)}. She is {age_on(dob, adm)} and has {cond}. "
            f"On the first night a nurse called {nurse.given()} told me mam was fine but her notes say {news} and nobody rang me. "
            f"The doctor (Dr {doc.typo()}) started {drug} but nobody explained it. When she came home she had a {ulcer} on her heel "
            f"which the district nurses found. I have asked Dr {doc.sur()} twice for a meeting.\n"
            f"My brother {bro.given()} ({b_in}) says the same. Photos of her heel are here {url}\n\n"
            f"I want answers.\n{rel.full()} ({rel_word})\n{g.place(TS_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}\n{t_in}")
    task = g.pick(("Draft the complaints team's acknowledgement letter, restating the concerns and the patient's details.",
                   "Write the acknowledgement of this complaint from the hospital, listing the concerns raised."))
    answer = (f"{g.org(hosp)} - complaints\n{g.long(sent)}\nOur ref: {L('CASE_NUMBER', ref)}\n\nDear {rel.title() if not rel.female else 'Ms'} {rel.sur()},\n"
              f"Thank you for your e-mail about the care of your mother, {pt.title()} {pt.full()} (NHS number {nhs_out}), on {g.org(ward)} at {g.org(hosp)} "
              f"from {g.long(adm)} to {g.long(dis)}. You raise: 1. that you were not told when her {news} was recorded, though nurse {nurse.given()} said she was "
              f"fine; 2. that {drug} was not explained by Dr {doc.full()}; 3. the {ulcer} found after discharge. We will reply within 25 working days; "
              f"we may ring you on {t_out} or your brother {bro.full()} on {b_out}.\nYours faithfully,\nComplaints Team\ncc: {pt.initials()} file")
    return task, body, answer


HEREFORD = (("Hereford", "HR1"), ("Hereford", "HR4"), ("Leominster", "HR6"), ("Ross-on-Wye", "HR9"), ("Ledbury", "HR8"), ("Kington", "HR5"))
HF_STREETS = ("{n} whitecross road", "{k} bath street", "{n} etnam street", "{k} homend", "{n} brookend street", "{k} duke street", "{n} Aylestone Hill")
HF_SURGERIES = ("Kington Court Surgery", "Ledbury Market Surgery", "Westfaling Street Surgery", "Ross Alton Street Surgery", "Leominster Pinsley Surgery")


def physio_self_referral_form(g: Gen) -> Doc:
    """A Herefordshire MSK physiotherapy self-referral form as the member of the public filled it (names in capitals or lower
    case, a date of birth typed any way, the NHS number spaced oddly, +44 (0)); the answer the clinician's triage summary."""
    pt = g.of("hf")
    spouse = g.person("hf", not pt.female)
    spouse.last = pt.last
    kid = g.relative(pt, g.rng.random() < 0.5)
    town, area = g.pick(HEREFORD)
    dob = g.ymd(1945, 2000)
    sent = g.base()
    onset = g.later(sent, -40, -5)
    nhs_in, nhs_out = g.typed_nhs()
    t_in, t_out = g.typed_tel2("hereford")
    s_in, s_out = g.tel2("hereford")
    surgery = g.pick(HF_SURGERIES)
    street = g.fill(g.pick(HF_STREETS))
    pc = g.pc(area)
    if g.rng.random() < 0.35:  # a partial address: only the street is labelled beside a generic landmark
        flat, road = g.rng.randint(1, 6), g.pick(("high st", "broad st", "the homend", "eign gate"))
        line_in, line_out = f"flat {flat} above the chemist on {g.loc(road)}", f"Flat {flat}, over the pharmacy, {g.loc(cap_words(road))}"
    else:
        line_in, line_out = g.loc(street), g.loc(cap_words(street))
    part = g.pick(("left knee", "right shoulder", "lower back", "right ankle"))
    pain = K(f"pain score {g.rng.randint(5, 9)}/10")
    drug = K(g.pick(("naproxen 250 mg BD", "co-codamol 30/500 two tablets QDS", "ibuprofen 400 mg TDS", "amitriptyline 10 mg ON")))
    cond = K(g.pick(("osteoarthritis", "rheumatoid arthritis", "osteoporosis", "type 2 diabetes")))
    first = L("PERSON", g.pick((pt.first.lower(), pt.first.upper(), pt.first)))
    last = L("PERSON", g.pick((pt.last.lower(), pt.last.upper())))
    mail = g.mail(pt, g.pick(("btinternet.com", "gmail.com", "hotmail.co.uk", "icloud.com")))
    stamp = L("DATE_TIME", f"{sent.day:02d}/{sent.month:02d}/{sent.year} {g.rng.randint(7, 23):02d}:{g.rng.randint(0, 59):02d}")
    body = (f"{g.org(g.pick(('Hereford County Hospital', 'Leominster Community Hospital', 'Ross Community Hospital')))} - MSK physiotherapy self-referral (online form)\nSubmitted: {stamp}\n"
            f"First name: {first}\nSurname: {last}\nDate of birth: {g.typed_dob(dob)}\nNHS number (if known): {nhs_in}\n"
            f"Address line 1: {line_in}\nTown: {g.loc(town.lower() if g.rng.random() < 0.5 else town.upper())}\nPostcode: {g.loc(pc.lower().replace(' ', '') if g.rng.random() < 0.5 else pc)}\n"
            f"Mobile: {t_in}\nEmail: {mail}\nGP practice: {g.org(surgery.lower() if g.rng.random() < 0.5 else surgery)}\n"
            f"Which part of your body is affected?: {part}\nTell us what happened: was helping my {'son' if not kid.female else 'daughter'} {kid.low()} move house "
            f"to {g.loc(g.pick(('ledbury', 'bromyard', 'tenbury wells', 'leominster')))} on {g.next_day(onset)} and its been bad since. i have {cond} too\n"
            f"How bad is the pain? (0-10): {pain}\nMedicines you take: {drug}\n"
            f"Can we leave a message? If so with whom: yes my {'husband' if not spouse.female else 'wife'} {spouse.low(True) if g.rng.random() < 0.5 else spouse.low()} on {s_in}")
    task = g.pick(("Triage this self-referral: write the clinician's summary with the patient's details in standard form.",
                   "Turn this self-referral into a triage note for the MSK team, tidying the details the patient typed."))
    answer = (f"Self-referral, {g.long(sent)}: {pt.comma()} | DOB {g.num(dob)} | NHS {nhs_out}\n{line_out}, {g.loc(town)} {g.loc(pc)} | "
              f"mobile {t_out} | {mail}\nGP: {g.org(surgery)}\nProblem: {part} since {g.long(onset)}; {pain}; background {cond}; takes {drug}.\n"
              f"Triage: routine. Messages may be left with {spouse.full()} ({s_out}). Triaged for {pt.initials()}.")
    return task, body, answer


WATERFORD = (("Waterford", "X91"), ("Dungarvan", "X35"), ("Tramore", "X91"), ("Lismore", "P51"))
WD_WARDS = ("Surgical 5", "Surgical 3", "St Otteran's Ward", "Ward 6 South")


def ward_whatsapp_group(g: Gen) -> Doc:
    """A Waterford surgical team's WhatsApp group exported (Android form): each line's stamp, senders by full name, first name or
    an unsaved phone number, a patient's MRN and date of birth, labs; the answer a handover note for the consultant."""
    pt = g.of("wd", female=g.rng.random() < 0.5)
    dau = g.relative(pt, True)
    reg, sho, intern = g.of("wd"), g.of("wd", "cw"), g.of("cw", "wd")
    cons = g.of("wd", "cw")
    town, key = g.pick(WATERFORD)
    ward = g.pick(WD_WARDS)
    day = g.base()
    dob = g.ymd(1935, 1990)
    mrn = g.digits(7)
    ts = g.moments(day, 9, 1, 25, hour=g.rng.randint(19, 22))
    new_phone = g.shape(g.pick(("+353 87 ### ####", "+353 86 ### ####", "087 ### ####")))
    d_in, d_out = g.tel2("waterford")
    labs = [K(x) for x in g.rng.sample(("lactate 4.1 mmol/L", "CRP 287 mg/L", "WCC 21.4 x10^9/L", "Hb 74 g/L", "K+ 3.1 mmol/L", "amylase 1,840 U/L"), 2)]
    news = K(f"NEWS2 score {g.rng.randint(5, 8)}")
    drug = K(g.pick(("IV piperacillin-tazobactam 4.5 g TDS", "IV meropenem 1 g TDS", "IV paracetamol 1 g QDS")))
    cond = K(g.pick(("acute cholangitis", "perforated diverticulitis", "acute pancreatitis", "small bowel obstruction")))
    who = pt.title() if g.rng.random() < 0.5 else ("mrs" if pt.female else "mr")
    ppsn = g.ppsn17()
    lines = [
        f"{g.wa(ts[0])} - {reg.full()}: anyone free for bed {g.rng.randint(1, 30)} {g.org(ward)}? {who} {pt.sur()} {age_on(dob, day)}{'F' if pt.female else 'M'}, ?{cond}",
        f"{g.wa(ts[1])} - {sho.given()}: on it. mrn?",
        f"{g.wa(ts[2])} - {reg.full()}: {L('HEALTH_ID', mrn)} dob {g.typed_dob(dob)}. {labs[0]}, {news}",
        f"{g.wa(ts[3])} - {L('PHONE_NUMBER', new_phone)}: this is {intern.given()} the intern, new phone 🙈 bloods sent, {labs[1]}",
        f"{g.wa(ts[4])} - {sho.given()}: started {drug}, sepsis six done. {pt.low()} is a bit confused",
        f"{g.wa(ts[5])} - {reg.given()}: thanks {sho.given()} 👍 ill ring {cons.sur()}",
        f"{g.wa(ts[6])} - {sho.given()}: daughter {dau.low()} on her way from {g.loc(town)}, her no {d_in}. GMS card, PPS {L('NATIONAL_ID', ppsn)}",
        f"{g.wa(ts[7])} - {L('PHONE_NUMBER', new_phone)}: pls save my number lads",
        f"{g.wa(ts[8])} - {reg.full()}: CT booked. {intern.given()} can you chase the {K('CT abdomen and pelvis')} report",
    ]
    body = f"WhatsApp Chat with {g.org('UHW')} Surg team 🩺\n" + "\n".join(lines)
    task = g.pick(("Write a clinical handover note from this group chat for the on-call consultant.",
                   "Summarise this team chat as a handover note: patient, findings, treatment, who did what."))
    answer = (f"Handover for {'Ms' if cons.female else 'Mr'} {cons.full()}, {g.long(day)}\nPatient: {pt.title()} {pt.full()}, MRN {L('HEALTH_ID', mrn)}, DOB {g.long(dob)}, {g.org(ward)}, "
              f"{g.org('University Hospital Waterford')}.\nWorking diagnosis: {cond}. {news}; {labs[0]}; {labs[1]}.\nTreatment: {drug}; {K('CT abdomen and pelvis')} booked.\n"
              f"Team: {reg.full()} (registrar), {sho.full()} (SHO), {intern.full()} (intern, new number {L('PHONE_NUMBER', regroup(new_phone))}).\n"
              f"Family: daughter {dau.full()}, {d_out}.")
    return task, body, answer


WV = (("Morgantown", "26505", "J.W. Ruby Memorial Hospital"), ("Beckley", "25801", "Raleigh General Hospital"),
      ("Elkins", "26241", "Davis Medical Center"), ("Fairmont", "26554", "Fairmont Medical Center"), ("Clarksburg", "26301", "United Hospital Center"))
WV_UNITS = ("5 North", "6 East", "MICU", "4 Northeast", "Step-Down Unit")


def overnight_pager_log(g: Gen) -> Doc:
    """A West Virginia hospitalist's overnight pager log: a stamp on every page, units, nurses by first name, patients in
    capitals surname first, MRNs, callbacks, labs; the answer a sign-out list for the day team."""
    doc = g.of("wv")
    town, zip_, hosp = g.pick(WV)
    day = g.base()
    pts = [g.of("wv", "ar"), g.of("wv", "ar", female=False), g.of("wv", "ar", female=False)]
    nurses = [g.person("wv", True), g.of("wv", "ar", female=True)]
    wife = g.relative(pts[2], True)
    mrns = [g.digits(8) for _ in range(3)]
    units = g.rng.sample(WV_UNITS, 3)
    times = sorted(g.rng.sample(range(0, 9 * 60), 6))
    stamp = []
    for mins in times:
        t = datetime.datetime(day.year, day.month, day.day, 22) + datetime.timedelta(minutes=mins)
        stamp.append(L("DATE_TIME", f"{t.month:02d}/{t.day:02d}/{t.year} {t.hour:02d}:{t.minute:02d}"))
    cb = [g.tel2("wv") for _ in range(3)]
    terms = [K(g.pick(("K+ 6.1 mmol/L", "K+ 6.4 mmol/L", "glucose 48 mg/dL", "troponin I 0.42 ng/mL"))), K(g.pick(("COPD exacerbation", "diabetic ketoacidosis", "GI bleed"))),
             K(g.pick(("insulin glargine 20 units", "heparin 5,000 units SC q8h", "metoprolol tartrate 25 mg PO BID"))), K(g.pick(("BP 84/50", "HR 138", "SpO2 86%")))]
    body = (f"{g.org(hosp)} - PAGING LOG - HOSPITALIST NOCTURNIST: DR {doc.upper()} (NPI {L('LICENSE_NUMBER', g.npi())})\n"
            f"{stamp[0]} | FROM: {g.org(units[0])} RN {nurses[0].upper(False)} | CB {cb[0][0]} | RE: RM {g.rng.randint(401, 560)} "
            f"{L('PERSON', pts[0].last.upper() + ', ' + pts[0].first.upper())} MRN {L('HEALTH_ID', mrns[0])} {terms[0]} PLS CALL\n"
            f"{stamp[1]} | FROM: ED DR {L('PERSON', g.of('wv', 'ar').last.upper())} | CB {cb[1][0]} | RE: ADMIT {L('PERSON', pts[1].plain().upper())} "
            f"{g.rng.randint(45, 90)}{'F' if pts[1].female else 'M'} {terms[1]}\n"
            f"{stamp[2]} | FROM: {g.org(units[1])} RN {nurses[1].upper(False)} | RE: {L('PERSON', pts[2].last.upper())} MRN {L('HEALTH_ID', mrns[2])} {terms[3]}, "
            f"WIFE {wife.upper(False)} WANTS UPDATE CELL {cb[2][0]}\n"
            f"{stamp[3]} | FROM: PHARMACY | RE: {L('PERSON', pts[0].last.upper())} {terms[2]} HOLD?\n"
            f"{stamp[4]} | FROM: {g.org(units[0])} RN {nurses[0].upper(False)} | RE: {L('PERSON', pts[0].last.upper())} REPEAT LAB SENT THX\n"
            f"{stamp[5]} | FROM: {g.org(units[2])} | RE: {L('PERSON', pts[1].last.upper())} {L('HEALTH_ID', mrns[1])} ARRIVED ON UNIT")
    task = g.pick(("Summarise the night's pages as a sign-out list for the day team, one line per patient.",
                   "Turn this pager log into the morning sign-out: each patient, the problem and what is pending."))
    answer = (f"Sign-out from Dr {doc.full()}, night of {g.long(day, us=True)}, {g.org(hosp)}, {g.loc(town)}, WV {g.loc(zip_)}\n"
              f"1. {pts[0].sur_first()} (MRN {L('HEALTH_ID', mrns[0])}) - {terms[0]}; {terms[2]} held; repeat lab pending. Nurse {nurses[0].given()}.\n"
              f"2. {pts[1].sur_first()} (MRN {L('HEALTH_ID', mrns[1])}) - admitted with {terms[1]}.\n"
              f"3. {pts[2].sur_first()} (MRN {L('HEALTH_ID', mrns[2])}) - {terms[3]}; wife {wife.full()} to be called at {cb[2][1]}.")
    return task, body, answer


NORFOLK = (("Great Yarmouth", "NR30"), ("Gorleston", "NR31"), ("Cromer", "NR27"), ("North Walsham", "NR28"), ("Dereham", "NR19"))
NF_STREETS = ("{w} beach road", "{w} church lane", "{w} yarmouth road", "{w} norwich road", "{w} high street", "{w} mill lane")
NF_SURGERIES = ("Gorleston Beacon Surgery", "Cromer Group Practice", "North Walsham Paston Surgery", "Dereham Market Surgery", "Yarmouth Priory Medical Centre")


def surgery_voicemail_transcript(g: Gen) -> Doc:
    """A Norfolk surgery's voicemail through speech recognition: lower case, no punctuation, the surname spelled letter by letter,
    the date of birth and the NHS number said aloud, a spoken address and phone numbers; the answer a task for the duty doctor."""
    pt = g.of("nf")
    dau = g.relative(pt, True)
    gp = g.of("nf")
    town, area = g.pick(NORFOLK)
    surgery = g.pick(NF_SURGERIES)
    dob = g.ymd(1930, 1960)
    day = g.base()
    appt = g.later(day, 3, 30)
    nhs_said, nhs_fig = g.nhs_said()
    p_said, p_fig = g.said_tel("norfolk")
    d_said, d_fig = g.said_tel("norfolk")
    caller = L("PHONE_NUMBER", re.sub(r"\D", "", p_fig))
    house = g.rng.randint(2, 99)
    street = g.pick(NF_STREETS).format(w=say_number(house))
    street_fig = cap_words(street.replace(say_number(house), str(house), 1))
    dose = g.pick((5, 10))
    drug_said, drug = K(f"amlodipine {say_number(dose)} milligrams"), K(f"amlodipine {dose} mg OD")
    cond = K(g.pick(("heart failure", "atrial fibrillation", "COPD")))
    received = L("DATE_TIME", f"{WEEKDAYS[day.weekday()][:3]} {day.day} {EN_MONTHS[day.month - 1][:3]} {day.year} {g.rng.randint(17, 21)}:{g.rng.randint(10, 59)}")
    hosp = g.pick(("james paget", "the norfolk and norwich", "cromer hospital"))
    hosp_name = {"james paget": "James Paget University Hospital", "the norfolk and norwich": "Norfolk and Norwich University Hospital",
                 "cromer hospital": "Cromer Hospital"}[hosp]
    hosp_said = ("the " + g.org("norfolk and norwich")) if hosp.startswith("the ") else g.org(hosp)
    body = (f"{g.org(surgery)} - voicemail transcription (automated) - received {received}\nCaller number: {caller}\nTranscript (confidence 0.{g.rng.randint(58, 84)}):\n"
            f"hello yes it's {pt.low(True)} calling that's {pt.spelled()} date of birth {g.said(dob, year=True)} my nhs number is {nhs_said} "
            f"i need to speak to doctor {L('PERSON', gp.last.lower())} about my {drug_said} my ankles are ever so swollen and they said at my last check up it might be my {cond} "
            f"i live at {g.loc(street)} {g.loc(town.lower())} you can ring me back on {p_said} or my daughter {dau.low()} on {d_said} "
            f"i've got an appointment at {hosp_said} on {g.said(appt)} but i can't wait that long thank you bye")
    task = g.pick(("Turn this voicemail into a task for the duty doctor, writing names, numbers and dates properly.",
                   "Write up this voicemail as a callback task: patient, identifiers in figures, the problem, who to ring."))
    answer = (f"Callback task for Dr {gp.sur()} ({g.org(surgery)}), {g.long(day)}\nPatient: {pt.title()} {pt.full()} ({pt.sur_caps()}), DOB {g.num(dob)}, "
              f"NHS {nhs_fig}\nAddress: {g.loc(street_fig)}, {g.loc(town)}\nProblem: swollen ankles on {drug}; possible {cond}.\n"
              f"Ring {p_fig} or {pt.his()} daughter {dau.full()} on {d_fig}. Outpatient slot at the {g.org(hosp_name)} on {g.long(appt)}.")
    return task, body, answer


MORAY = (("Elgin", "IV30"), ("Forres", "IV36"), ("Buckie", "AB56"), ("Lossiemouth", "IV31"), ("Keith", "AB55"))
MY_STREETS = ("{n} High Street", "{k} Moss Street", "{n} Land Street", "{k} West Church Street", "{n} Mid Street", "{k} Tytler Street", "{n} Victoria Road")
GRAYS = "Dr Gray's Hospital"  # Elgin: the title inside the organisation's name
MY_CENTRES = {"Elgin": "Elgin Health Centre", "Forres": "Forres Health and Care Centre", "Buckie": "Buckie Health Centre",
              "Lossiemouth": "Moray Coast Medical Practice", "Keith": "Keith Health Centre"}


def out_of_hours_call_log(g: Gen) -> Doc:
    """A Moray out-of-hours call handler's log, typed fast: the CHI number, the caller (a daughter or son), abbreviations, the
    patient's sats from a home probe, the decision; the answer the summary sent to the patient's practice in the morning."""
    pt = g.of("my", female=g.rng.random() < 0.6)
    caller = g.relative(pt, g.rng.random() < 0.5)
    clin = g.of("my")
    town, area = g.pick(MORAY)
    centre = MY_CENTRES[town]
    dob = g.ymd(1932, 1960)
    day = g.base()
    at = L("DATE_TIME", f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d} {g.rng.randint(0, 5):02d}:{g.rng.randint(0, 59):02d}")
    chi = g.chi(dob, pt.female)
    t_in, t_out = g.typed_tel2("moray")
    terms = [K(g.pick(("COPD", "heart failure", "pneumonia"))), K(f"SpO2 {g.rng.randint(83, 89)}% on room air"), K(f"resp rate {g.rng.randint(26, 34)}"),
             K(g.pick(("salbutamol 100 micrograms 4 puffs PRN", "furosemide 40 mg OD", "prednisolone 30 mg OD"))), K(f"Clinical Frailty Scale {g.rng.randint(5, 7)}")]
    rel = "dtr" if caller.female else "son"
    body = (f"{g.org('GMED')} out of hours ({g.loc('Grampian')}) - call log\nCall rec'd {at} via NHS 24. Caller: {caller.low(True) if g.rng.random() < 0.5 else caller.full()} ({rel}) tel {t_in}\n"
            f"Pt: {pt.upper()}  CHI {L('HEALTH_ID', chi)}  DOB {g.num(dob)}\nAddr: {g.place(MY_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}  GP: {g.org(centre)}\n"
            f"HPC: c/o SOB ++ since ~2200, hx {terms[0]}, {terms[4]}. home probe {terms[1]}, {terms[2]}, speaking in short sentences. "
            f"took {terms[3]} x2 no help. {caller.low()} v worried.\nPlan: SAS called cat 2, adv {g.org(GRAYS)} ED. "
            f"{rel} to follow in car.\nClinician: {clin.full()} (ANP)")
    task = g.pick(("Write the out-of-hours summary that goes to the patient's practice in the morning.",
                   "Write the morning summary of this call for the GP practice, with the details written out in full."))
    answer = (f"To: {g.org(centre)}\nOut-of-hours contact, {g.long(day)}: {pt.title()} {pt.full()}, CHI {L('HEALTH_ID', chi)}, DOB {g.long(dob)}.\n"
              f"Called by {pt.his()} {'daughter' if caller.female else 'son'} {caller.full()} ({t_out}) with breathlessness; known {terms[0]}; {terms[1]}; {terms[2]}. "
              f"Ambulance called; sent to {g.org(GRAYS)}. {terms[4]}: please review anticipatory care plan.\n{clin.initial()}, ANP")
    return task, body, answer


RIVERINA = (("Wagga Wagga", "2650"), ("Leeton", "2705"), ("Narrandera", "2700"), ("Temora", "2666"), ("Junee", "2663"))
RV_HOMES = ("{n} Fitzmaurice St", "{k} Pine Ave", "{n} Bolton St", "lot {k} Old Narrandera Rd", "{n} Lorne St", "the farm 5km past the silos on {road}")
RV_ROADS = ("Burley Griffin Way", "Sturt Hwy", "Irrigation Way", "Olympic Hwy")


def district_nurse_phone_note(g: Gen) -> Doc:
    """A Riverina district nurse's note typed on a phone in the car: the Medicare number, a farm address given as a direction, a
    wound, a blood glucose, the son's mobile; the answer a formal progress note."""
    pt = g.of("rv")
    son = g.relative(pt, False)
    nurse = g.of("rv", female=True)
    gp = g.of("rv")
    town, pc = g.pick(RIVERINA)
    day = g.base()
    nxt = g.later(day, 2, 7)
    dob = g.ymd(1930, 1960)
    medi = g.medicare()
    s_in, s_out = g.typed_tel2("riverina")
    home = g.pick(RV_HOMES)
    if "{road}" in home:
        road = g.pick(RV_ROADS)
        where, where_out = f"the farm 5km past the silos on {g.loc(road)}", f"farm on {g.loc(road)}"
    else:
        street = g.fill(home)
        where, where_out = g.loc(street.lower()), g.loc(cap_words(street))
    hosp = g.pick(("Wagga Wagga Base Hospital", "Narrandera District Hospital", "Leeton District Hospital", "Temora Hospital"))
    practice = g.pick(("Leeton Medical Centre", "Junee Medical Centre", "Bolton Street Medical Practice", "Temora Family Practice"))
    terms = [K(g.pick(("venous leg ulcer", "diabetic foot ulcer", "skin tear"))), K(f"Braden score {g.rng.randint(12, 16)}"), K(f"BGL {g.rng.randint(12, 19)}.{g.rng.randint(0, 9)} mmol/L"),
             K(g.pick(("metformin 1 g BD", "gliclazide 60 mg OD", "insulin glargine 14 units nocte"))), K(g.pick(("cadexomer iodine dressing", "silver alginate dressing")))]
    body = (f"DN visit {g.next_day(day)} - {pt.low(True)} dob {g.typed_dob(dob)}\nmedicare {L('HEALTH_ID', medi)}\naddr {where}, {g.loc(town.lower())}\n"
            f"L) lower leg {terms[0]} 6x4cm, slough ++, {terms[1]}. redressed w {terms[4]}. bgl {terms[2]} - on {terms[3]} but says forgets arvo dose.\n"
            f"son {son.low()} ({s_in}) brings shopping tues, worried re falls. gp dr {L('PERSON', gp.last.lower())} at {g.org(practice.lower())} - faxed.\n"
            f"if worse -> {g.org(hosp)} ED. next visit {g.next_day(nxt)}\n- {nurse.low()} RN {L('LICENSE_NUMBER', g.ahpra('NMW'))}")
    task = g.pick(("Write this visit up as a formal progress note for the client record.", "Rewrite this phone note as a tidy district nursing progress note."))
    answer = (f"Progress note, {g.long(day)} - {pt.full()} (Medicare {L('HEALTH_ID', medi)}), DOB {g.long(dob)}, {where_out}, {g.loc(town)} NSW {g.loc(pc)}.\n"
              f"Wound: {terms[0]}, left lower leg, 6 x 4 cm; {terms[1]}; dressed with {terms[4]}.\nGlycaemia: {terms[2]} on {terms[3]}; missed doses.\n"
              f"Next of kin: son {son.full()}, {s_out}. GP Dr {gp.full()}, {g.org(practice)}, informed.\nNext visit {g.long(nxt)}. {nurse.full()}, RN")
    return task, body, answer


LESOTHO = (("Maseru", "Maseru District", "Queen 'Mamohato Memorial Hospital", "MS"), ("Roma", "Maseru District", "St Joseph's Hospital Roma", "MS"),
           ("Hlotse", "Leribe District", "Motebang Hospital", "LR"), ("Mafeteng", "Mafeteng District", "Mafeteng Government Hospital", "MF"),
           ("Morija", "Maseru District", "Scott Hospital", "MS"))
LS_VILLAGES = ("Ha Abia", "Ha Mabote", "Ha Thetsane", "Ha Ratjomose", "Ha Matala", "Khubetsoana", "Ha Tsolo")


def midwife_sms_thread(g: Gen) -> Doc:
    """A Lesotho community midwife's WhatsApp thread with a pregnant client (iOS form): the client's name with the married women's
    apostrophe, the honorific 'Me outside it, the bukana number, a village, the husband away in the mines, the hospital; the answer
    the midwife's referral note."""
    pt = g.person("ls", True)
    husband = g.relative(pt, False)
    mw = g.person("ls", True)
    sister = g.person("ls", True)
    town, district, hosp, code = g.pick(LESOTHO)
    village = g.pick(LS_VILLAGES)
    day = g.base()
    ts = g.moments(day, 8, 1, 15, hour=g.rng.randint(5, 8))
    bukana = f"{code}{g.digits(6)}"
    omang = g.digits(12)
    p_in, p_out = g.tel2("lesotho")
    h_in, h_out = g.tel2("lesotho")
    weeks = g.rng.randint(30, 38)
    terms = [K(g.pick(("BP 160/110", "BP 150/100", "BP 158/104"))), K(g.pick(("pre-eclampsia", "severe pre-eclampsia", "HELLP syndrome"))), K(g.pick(("Hb 8.9 g/dL", "Hb 9.6 g/dL"))),
             K("magnesium sulfate 4 g IV loading dose"), K(g.pick(("M250", "M300", "M180")))]
    lines = [
        f"{g.wa(ts[0], ios=True)} {pt.given()}: Dumela 'Me {mw.given()}, ke {pt.given()} from {g.loc(village)}. i have headache since last night and my eyes see stars. bukana no {L('HEALTH_ID', bukana)}",
        f"{g.wa(ts[1], ios=True)} {mw.full()}: Dumela {pt.given()}. How many weeks now? Do you have swelling?",
        f"{g.wa(ts[2], ios=True)} {pt.given()}: {weeks} weeks. yes feet and face. at clinic last week they said {terms[0]} and {terms[2]}",
        f"{g.wa(ts[3], ios=True)} {mw.full()}: This can be {terms[1]}. Go to {g.org(hosp)} now, do not wait. Take the taxi from {g.loc(town)}, I will pay the {terms[4]}.",
        f"{g.wa(ts[4], ios=True)} {pt.given()}: my husband {husband.given()} is at the mines in {g.loc('Gauteng')}, his no {h_in}. who must i ask for?",
        f"{g.wa(ts[5], ios=True)} {mw.full()}: Ask for Sister {sister.full()} at maternity. Bring your ID {L('NATIONAL_ID', omang)} and the bukana.",
        f"{g.wa(ts[6], ios=True)} {mw.full()}: I have told Sister {sister.sur()}. They may give {terms[3]}.",
        f"{g.wa(ts[7], ios=True)} {pt.given()}: ke a leboha 'Me 🙏 i am in the taxi",
    ]
    body = f"Chat with {pt.full()} ({p_in})\n" + "\n".join(lines)
    task = g.pick(("Write the midwife's referral note to the hospital from this thread.", "From this thread, write the community midwife's referral for the maternity ward."))
    answer = (f"Referral to {g.org(hosp)}, maternity - {g.long(day)}\nClient: {pt.full()} ({pt.sur_caps()}), bukana {L('HEALTH_ID', bukana)}, ID {L('NATIONAL_ID', omang)}, "
              f"of {g.loc(village)}, {g.loc(district)}; phone {p_out}.\n{weeks} weeks pregnant with headache, visual disturbance and oedema; last {terms[0]}, {terms[2]}. "
              f"Suspected {terms[1]}; {terms[3]} may be needed.\nReceiving: Sister {sister.full()}. Husband {husband.full()} ({h_out}) is away.\n{mw.full()}, community midwife")
    return task, body, answer


KOOTENAYS = (("Castlegar", "V1N"), ("Grand Forks", "V0H"), ("Rossland", "V0G"), ("Creston", "V0B"))
KT_STREETS = ("{n} Columbia Avenue", "{k} 7th Avenue", "{n} Market Avenue", "{k} Columbia Avenue", "{n} Canyon Street", "{k} Central Avenue")


def home_support_visit_log(g: Gen) -> Doc:
    """A Kootenays home-support agency's app log for a client: the BC Personal Health Number, the author of every entry, a
    nickname in brackets, the family's numbers, vitals; the answer a weekly summary for the case manager."""
    pt = g.of("kt", female=g.rng.random() < 0.6)
    kid = g.nicked("kt")
    kid.last = pt.last
    w1, w2 = g.of("kt", "rv"), g.of("kt", "nh")
    coord, cm = g.of("kt", "my"), g.of("kt", "cw")
    town, fsa = g.pick(KOOTENAYS)
    day = g.base()
    days = [day + datetime.timedelta(days=i) for i in (0, 1, 3, 4)]
    dob = g.ymd(1928, 1950)
    phn = g.phn()
    k_in, k_out = g.tel2("kootenay")
    agency = g.pick(("Selkirk Home Support Services Ltd", "Boundary Home Care Co-op", "Kootenay Lake Community Care Ltd"))
    hosp = g.pick(("Kootenay Boundary Regional Hospital", "Boundary District Hospital", "Creston Valley Hospital"))

    def entry(d: datetime.date, who: Person) -> str:
        minute = g.pick(('00', str(g.rng.randint(10, 59))))
        return f"{L('DATE_TIME', f'{WEEKDAYS[d.weekday()][:3]} {EN_MONTHS[d.month - 1][:3]} {d.day} {d.year} {g.rng.randint(7, 19):02d}:{minute}')} - {who.full()}:"

    terms = [K(f"BP {g.rng.randint(150, 178)}/{g.rng.randint(88, 102)}"), K(g.pick(("acetaminophen 500 mg", "hydromorphone 1 mg PRN"))), K(g.pick(("hip pain 6/10", "back pain 7/10"))),
             K(g.pick(("mild cognitive impairment", "Lewy body dementia", "Parkinson's disease")))]
    body = (f"{g.org(agency)} - client visit log\nClient: {pt.full()}  PHN {L('HEALTH_ID', phn)}  DOB {g.num(dob)}\n{g.place(KT_STREETS)}, {g.loc(town)}, BC {g.loc(f'{fsa} {g.digits(1)}{g.letters(1)}{g.digits(1)}')}\n"
            f"{entry(days[0], w1)} am care done. client says {terms[2]}, took {terms[1]} at 0600 {'herself' if pt.female else 'himself'}. {terms[0]} sitting.\n"
            f"{entry(days[1], w2)} client confused, kept calling me {L('PERSON', kid.first)}. fridge nearly empty. son {kid.full()} ({kid.nick()}) says he'll shop, cell {k_in}\n"
            f"{entry(days[2], w1)} {kid.nick()} did shop 👍. client fell in bathroom last night per neighbour, no injury seen. dx {terms[3]}\n"
            f"{entry(days[3], coord)} spoke w/ {g.org('Interior Health')} case mgr {cm.full()} re falls; OT referral. if injury -> {g.org(hosp)}")
    task = g.pick(("Summarise this week's visit log for the case manager as bullet points.", "Write the weekly home-support summary for the case manager from this log."))
    answer = (f"Week of {g.long(day)} - {pt.sur_first()}, PHN {L('HEALTH_ID', phn)} ({g.loc(town)})\n- Pain: {terms[2]}; self-administering {terms[1]}; {terms[0]}.\n"
              f"- Cognition: confused on {g.long(days[1])} ({terms[3]}); called the worker by {pt.his()} son's name.\n- Fall in the bathroom reported {g.long(days[2])}, no injury seen.\n"
              f"- Family: son {kid.full()} ('{kid.nick()}'), {k_out}, doing the shopping.\n- Plan: OT referral via {cm.full()}; workers {w1.initials()} and {w2.initials()}; coordinator {coord.initial()}.")
    return task, body, answer


# ---------------------------------------------------------------- legal and social registers

MERSEY = (("Birkenhead", "CH41"), ("Wallasey", "CH44"), ("Bootle", "L20"), ("Kirkby", "L32"), ("Huyton", "L36"))
MS_STREETS = ("flat {m}, {k} Borough Road", "flat {m}, {n} Park Road East", "{k} Poulton Road", "{n} Stanley Road", "{k} Cherryfield Drive", "{n} Derby Road")


def tenant_email_to_solicitor(g: Gen) -> Doc:
    """A Merseyside tenant's e-mail to her solicitor, typed informally: the landlord and the letting agent (its Companies House and
    VAT numbers from an invoice), the flat, the deposit, the mould, a child's asthma, the IBAN for a refund, her mum's number;
    the answer the solicitor's file note."""
    tenant = g.of("ms", female=True)
    sol = g.of("ms", "cp")
    ll = g.of("ms", "nh")
    agent = g.person("ms", False)
    kid = g.relative(tenant, g.rng.random() < 0.5)
    mum = g.person("ms", True)
    gp = g.of("ms", "wd")
    town, area = g.pick(MERSEY)
    moved = g.base(2021, 2023)
    notice = g.base(2024, 2025)
    agency = g.pick(("Wirral Coast Lettings Ltd", "Mersey Homes Lettings Ltd", "Stanley Park Property Management Ltd"))
    firm = g.pick(("Dunleavy & Co Solicitors", "Birkenhead Housing Law LLP", "Sefton Renters Law"))
    ref = f"HL/{g.digits(4)}/{tenant.last[:3].upper()}"
    ch, iban = g.digits(8), g.gb_iban()
    m_in, m_out = g.typed_tel2("mersey")
    t_in, t_out = g.tel2("mersey")
    dep = K(f"£{g.rng.randint(6, 12)}{g.pick(('00', '50', '25'))}")
    flat = g.fill(g.pick(MS_STREETS))
    mail, smail = g.mail(tenant, g.pick(("hotmail.co.uk", "gmail.com", "icloud.com"))), g.mail(sol, "dunleavylaw.co.uk")
    body = (f"From: {mail}\nTo: {smail}\nSubject: RE: my deposit + the mould (ur ref {L('CASE_NUMBER', ref)})\n\n"
            f"hiya {sol.given()},\nsorry its taken me ages. so the landlord is {ll.full()} but everything goes thru {g.org(agency)} "
            f"(company no {L('COMPANY_REGISTRATION', ch)} on the invoice, VAT {L('COMPANY_REGISTRATION', g.vat())}). i moved into {g.loc(flat)}, {g.loc(town)} "
            f"{g.loc(g.pc(area))} on {g.typed_dob((moved.year, moved.month, moved.day))} and paid {dep} deposit and they never protected it, i checked. "
            f"now theyve sent a {K('section 21 notice')} dated {g.next_day(notice)} the day after i complained about the {K('black mould')} in the back bedroom. "
            f"{agent.given()} from the agents (the lad with the beard) said its condensation 🙄 my little one {kid.low()} has {K('asthma')} and dr {gp.sur()} wrote a letter.\n"
            f"my bank for when we win lol: {L('IBAN_CODE', iban)}\nmy mums number incase u cant get me: {t_in} ({mum.given()})\nthanks\n{tenant.given()} x\n{m_in}")
    task = g.pick(("Write the solicitor's file note summarising the client's instructions.", "Summarise this client e-mail as a file note with the facts and the issues."))
    answer = (f"{g.org(firm)} - file note, ref {L('CASE_NUMBER', ref)}\nClient: {tenant.full()} ({m_out}; alternative: her mother {mum.full()}, {t_out}).\n"
              f"Tenancy of {g.loc(cap_words(flat))}, {g.loc(town)}, from {g.long(moved)}; landlord {ll.full()}, agent {g.org(agency)} (Co. No. {L('COMPANY_REGISTRATION', ch)}).\n"
              f"1. Deposit of {dep} unprotected: claim under {K('Housing Act 2004 s. 214')}; the {K('section 21 notice')} of {g.long(notice)} is invalid while it is unprotected.\n"
              f"2. Disrepair: {K('black mould')}; child {kid.full()} has {K('asthma')}; {K('Landlord and Tenant Act 1985 s. 11')}. GP letter from Dr {gp.full()}.\n"
              f"Refund account: {L('IBAN_CODE', iban.replace(' ', ''))}.")
    return task, body, answer


CORBY = (("Corby", "NN17"), ("Corby", "NN18"), ("Wellingborough", "NN8"), ("Rushden", "NN10"))
NH_STREETS = ("{n} Studfall Avenue", "{k} Occupation Road", "{n} Rockingham Road", "{k} Beanfield Avenue", "{n} Gainsborough Road", "{k} Elizabeth Street")
NH_SCHOOLS = ("Beanfield Primary School", "Danesholme Junior Academy", "Hazel Leys Academy", "Exeter Primary Academy")


def litigant_in_person_statement(g: Gen) -> Doc:
    """A Corby litigant in person's statement in a children case, typed by the father or mother: the child, the school and its
    unique pupil number, the other parent, her new partner known by a nickname and a Facebook handle, texts, the order sought; the
    answer the statement in the court's formal style."""
    app = g.of("nh")
    resp = g.person("nh", not app.female)
    child = g.person("nh", g.rng.random() < 0.5)
    child.last = app.last
    partner = g.nicked("nh") if g.rng.random() < 0.5 else g.of("nh", "ms")
    city, area = g.pick(CORBY)
    split = g.base(2021, 2023)
    stopped = g.base(2024, 2024)
    text_day = g.later(stopped, 3, 40)
    signed = g.later(text_day, 10, 60)
    cdob = g.ymd(2014, 2019)
    case = f"NN{signed.year % 100:02d}P{g.digits(5)}"
    upn = g.upn("928")
    r_in, r_out = g.typed_tel2("corby")
    school = g.pick(NH_SCHOOLS)
    handle = partner.handle(g.digits(2))
    body = (f"IN THE {g.org('FAMILY COURT AT NORTHAMPTON')}   Case no: {L('CASE_NUMBER', case)}\nSTATEMENT OF {app.upper()}\n\n"
            f"i {app.low(True) if g.rng.random() < 0.4 else app.full()} of {g.place(NH_STREETS)}, {g.loc(city)} {g.loc(g.pc(area))} say:\n"
            f"1. I am the {'mum' if app.female else 'dad'} of {child.full()} who was born on {g.typed_dob(cdob)}. {child.given()} goes to {g.org(school)} and "
            f"{child.his()} UPN on {child.his()} report is {L('STUDENT_ID', upn)}.\n"
            f"2. Me and {resp.given()} split up on {g.next_day(split)}. since {g.next_day(stopped)} {resp.he()} has stopped me seeing {child.given()}.\n"
            f"3. On {g.next_day(text_day)} {resp.he()} text me from {r_in} saying i will never see {child.him()} again (screenshot exhibit {app.initials()}/1).\n"
            f"4. {resp.his().capitalize()} new partner is a {'man' if not partner.female else 'woman'} called {partner.nick()} ({handle} on facebook), full name "
            f"{partner.typo(True) if partner.last in TYPOS else partner.full()} i think. {child.given()} says {partner.nick()} shouts.\n"
            f"5. I want a {K('child arrangements order')} under {K('Children Act 1989 s. 8')} so {child.given()} lives with me alternate weekends.\n"
            f"I believe the facts in this statement are true.\nSigned {app.full()}   {g.num(signed)}")
    task = g.pick(("Rewrite this litigant in person's statement in the court's formal style, with numbered paragraphs and correct spelling.",
                   "Put this statement into formal witness-statement English without changing the facts."))
    answer = (f"{g.org('Family Court at Northampton')}, case {L('CASE_NUMBER', case)}\nWitness statement of {app.full()}\n"
              f"1. I am the {'mother' if app.female else 'father'} of {child.full()}, born {g.long(cdob)}, a pupil at {g.org(school)} (UPN {L('STUDENT_ID', upn)}).\n"
              f"2. The Respondent, {resp.full()}, and I separated on {g.long(split)}. Since {g.long(stopped)} the Respondent has prevented contact.\n"
              f"3. On {g.long(text_day)} the Respondent sent me a text message from {r_out} saying I would never see {child.given()} again.\n"
              f"4. The Respondent's partner is {partner.full()}, known as {partner.nick()}.\n5. I apply for a {K('child arrangements order')} under {K('Children Act 1989 s. 8')}.\n"
              f"Statement of truth signed by {app.initial()}, {g.long(signed)}.")
    return task, body, answer


CAERPHILLY = (("Caerphilly", "CF83"), ("Bargoed", "CF81"), ("Ystrad Mynach", "CF82"), ("Risca", "NP11"), ("Rhymney", "NP22"))
CP_STREETS = ("Heol {w}", "{k} Heol y Felin", "{n} Commercial Street", "{k} Tredomen Terrace", "{n} Pengam Road", "{k} Cardiff Road")


def exhibited_text_messages(g: Gen) -> Doc:
    """WhatsApp messages exhibited in a Caerphilly county borough non-molestation application (iOS form): the respondent shown
    by name or, once blocked and unblocked, by his number, a handle, a Facebook link, places he names; the answer a schedule of the
    messages relied on."""
    app = g.of("cp", female=True)
    resp = g.person("cp", False)
    child = g.person("cp", g.rng.random() < 0.5)
    child.last = resp.last
    mam = g.relative(app, True)
    town, area = g.pick(CAERPHILLY)
    day = g.base()
    ts = g.moments(day, 7, 1, 90, hour=g.rng.randint(21, 23))
    r_num = g.shape(g.pick(("+44 7### ######", "+44 7### ### ###")))
    exported = g.later(day, 5, 30)
    work = g.pick(("Tesco Extra Ystrad Mynach", "Ty Du Surgery", "Caerphilly Leisure Centre", "Bargoed Library"))
    handle = app.handle(g.digits(2))
    fb = L("URL", f"https://www.facebook.com/{resp.ascii()[0]}.{resp.ascii()[1]}.{g.digits(3)}")
    street = g.fill(g.pick(CP_STREETS).replace("{w}", g.pick(("Las", "Fawr", "Isaf", "Uchaf"))))
    crime = f"{g.digits(4)}{day.year % 100:02d}{g.digits(4)}"
    lines = [
        f"{g.wa(ts[0], ios=True)} {resp.given()}: u think u can just leave {app.low()}",
        f"{g.wa(ts[1], ios=True)} {app.given()}: leave me alone {resp.given()} i mean it. {child.given()} is asleep",
        f"{g.wa(ts[2], ios=True)} {resp.given()}: im outside ur mams on {g.loc(street)} 😡 tell {mam.given()} to open the door",
        f"{g.wa(ts[3], ios=True)} {resp.given()}: i know ur on {handle} with some lad. ill find him",
        f"{g.wa(ts[4], ios=True)} {L('PHONE_NUMBER', r_num)}: blocked me have u. i know u work at {g.org(work)}. ill be there tmrw",
        f"{g.wa(ts[5], ios=True)} {app.given()}: im calling the police",
        f"{g.wa(ts[6], ios=True)} {L('PHONE_NUMBER', r_num)}: go on then. see what happens to u",
    ]
    body = (f"Exhibit {app.initials()}/1 to the application for a {K('non-molestation order')} - WhatsApp messages between {app.full()} (Applicant) "
            f"and {resp.full()} (Respondent), exported {g.num(exported)}\n"
            f"Respondent's Facebook: {fb}\nPolice reference: {L('CASE_NUMBER', crime)}\n" + "\n".join(lines))
    task = g.pick(("Make a schedule of the messages in this exhibit that threaten or harass the applicant, with the date and time of each.",
                   "List the threatening messages in this exhibit for the applicant's statement, each with its date and time."))
    stamp = [g.long_at(t) for t in ts]
    answer = (f"Schedule to the statement of {app.full()} (exhibit {app.initials()}/1), {K('non-molestation order')} application under {K('Family Law Act 1996 s. 42')}:\n"
              f"1. {stamp[0]}: {resp.full()} to the Applicant, on her leaving him.\n2. {stamp[2]}: he was outside her mother's house on {g.loc(street)}, {g.loc(town)}, "
              f"and demanded that {mam.full()} open the door.\n3. {stamp[3]}: threat to find a man he believed she knew.\n"
              f"4. {stamp[4]}: from {L('PHONE_NUMBER', r_num.replace('+44 ', '0').replace(' ', ''))}, after being blocked, he named her workplace, {g.org(work)}.\n"
              f"5. {stamp[6]}: a further threat. Reported to the police, reference {L('CASE_NUMBER', crime)}.")
    return task, body, answer


ARKANSAS = (("Fort Smith", "72901", "SEBASTIAN", "SB"), ("Jonesboro", "72401", "CRAIGHEAD", "CR"), ("Texarkana", "71854", "MILLER", "MI"),
            ("Hot Springs", "71901", "GARLAND", "GA"), ("Russellville", "72801", "POPE", "PO"))
AR_STREETS = ("{n} Rogers Ave", "{k} N 16th St", "{n}0 Highland Dr", "{n} Central Ave", "{k} E Main St", "{n}1 Country Club Rd")
AR_BANKS = ("River Valley Federal Credit Union", "Ozark Hills Bank", "Delta Farmers State Bank", "Ouachita Savings Bank")


def small_claims_complaint(g: Gen) -> Doc:
    """An Arkansas small-claims complaint typed by the plaintiff: her driving licence, the defendant doing business under his own
    name, a bounced check's bank, account and routing numbers, a witness; the answer the clerk's docket summary."""
    pl = g.of("ar")
    dfd = g.typoed("ar", female=False)
    wit = g.of("ar")
    town, zip_, county, code = g.pick(ARKANSAS)
    day = g.base()
    paid = g.later(day, -120, -60)
    bounced = g.later(paid, 10, 30)
    case = f"{code}SC-{day.year % 100:02d}-{g.digits(4)}"
    p_in, p_out = g.tel2("arkansas")
    w_in, w_out = g.tel2("arkansas")
    shop_org = g.org(dfd.last + g.pick(("'s Auto Repair", " Transmission & Muffler")))
    bank = g.pick(AR_BANKS)
    amount, check = K(f"${g.rng.randint(1, 2)},{g.rng.randint(1, 9)}{g.pick(('00', '50'))}.00"), K(f"${g.rng.randint(4, 9)}00.00")
    mail = g.mail(pl, g.pick(("yahoo.com", "gmail.com", "suddenlink.net")))
    body = (f"IN THE DISTRICT COURT OF {g.loc(county)} COUNTY, ARKANSAS - SMALL CLAIMS DIVISION ({K('Ark. Code Ann. § 16-17-704')})\nCase No. {L('CASE_NUMBER', case)}\n"
            f"PLAINTIFF: {pl.upper()}  address {g.place(AR_STREETS)}, {g.loc(town)}, AR {g.loc(zip_)}  phone {p_in}  email {mail}  Drivers Lic # {L('LICENSE_NUMBER', g.digits(9))}\n"
            f"DEFENDANT: {dfd.full()} d/b/a {shop_org}, {g.place(AR_STREETS)}, {g.loc(town)}\nAMOUNT CLAIMED: {amount} plus costs\n"
            f"STATEMENT OF CLAIM (in your own words): on or about {g.next_day(paid, us=True)} i paid {dfd.given()} {amount} cash to fix the transmission on my truck. "
            f"it broke again in a week. mr {dfd.typo()} gave me a check for {check} when i complained, drawn on {g.org(bank)} acct {L('ACCOUNT_NUMBER', g.us_account())} "
            f"routing {L('ACCOUNT_NUMBER', g.aba(g.pick(('08', '28'))))} and it bounced on {g.next_day(bounced, us=True)}. my neighbor {wit.full()} ({w_in}) was there when he promised to pay it all back.\n"
            f"I swear the above is true.  {pl.full()}  {g.num(day, us=True)}")
    task = g.pick(("Write the clerk's docket summary of this small-claims complaint.", "Summarise this complaint for the small-claims docket: parties, amount, facts, witness."))
    answer = (f"{L('CASE_NUMBER', case)} - {pl.sur_first()} v. {dfd.sur_first()} d/b/a {shop_org}\nFiled {g.long(day, us=True)} in {g.loc(county.capitalize())} County. "
              f"Claim: {amount} paid {g.long(paid, us=True)} for a transmission repair; a check of {check} on {g.org(bank)} returned {g.long(bounced, us=True)}.\n"
              f"Witness: {wit.initial()} ({w_out}). Plaintiff's phone {p_out}. Jurisdiction: {K('Ark. Code Ann. § 16-17-704')}.")
    return task, body, answer


DERBYS = (("Ilkeston", "DE7"), ("Buxton", "SK17"), ("Matlock", "DE4"), ("Glossop", "SK13"), ("Swadlincote", "DE11"))
DB_STREETS = ("{n} Bath Street", "{k} Station Road", "{n} Spring Gardens", "{k} Dale Road", "{n} High Street West", "{k} Church Street")
DB_EMPLOYERS = ("Peak Quarry Products Ltd", "Erewash Distribution Ltd", "Derwent Valley Logistics Ltd", "High Peak Foods Ltd")


def claimant_own_account(g: Gen) -> Doc:
    """A Derbyshire employment tribunal claimant's own account (the ET1's details of claim), typed by the claimant: the NI number,
    the Acas certificate, the employer's Companies House number, a manager known by a nickname, a witness, the HR e-mail, the union
    rep; the answer a summary for the preliminary hearing."""
    cl = g.of("db")
    mgr = g.nicked("nh") if g.rng.random() < 0.4 else g.of("db")
    wit, rep = g.of("db"), g.of("db", "nh")
    hr = g.of("db")
    town, area = g.pick(DERBYS)
    employer = g.pick(DB_EMPLOYERS)
    start = g.base(2018, 2021)
    remark = g.base(2024, 2024)
    sacked = g.later(remark, 7, 40)
    acas_day = g.later(sacked, 20, 60)
    ch = g.digits(8)
    r_in, r_out = g.typed_tel2("derbys")
    staff = g.digits(g.rng.randint(5, 6))
    nick = f" (everyone calls {mgr.him()} {mgr.nick()})" if mgr.has_nick() else ""
    hmail = g.mail(hr, f"{employer.split()[0].lower()}{employer.split()[1].lower()}.co.uk")
    terms = [K(g.pick(("type 1 diabetes", "epilepsy", "Crohn's disease"))), K(f"£{g.rng.randint(11, 13)}.{g.digits(2)} an hour"), K("unfair dismissal"),
             K("disability discrimination"), K(g.pick(("Equality Act 2010 s. 15", "Equality Act 2010 s. 20")))]
    body = (f"Employment Tribunal claim form - 8.2 details of claim (typed by the claimant)\nClaimant: {cl.full()}  NI no {L('NATIONAL_ID', g.nino())}  "
            f"Acas certificate no {L('CASE_NUMBER', g.acas(acas_day.year))}\nRespondent: {g.org(employer)} (company no {L('COMPANY_REGISTRATION', ch)}), "
            f"{g.place(DB_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}\n\n"
            f"I started at {g.org(employer)} in {L('DATE_TIME', EN_MONTHS[start.month - 1] + ' ' + str(start.year))} as a forklift driver, staff no {L('ACCOUNT_NUMBER', staff)}, on {terms[1]}. "
            f"I have {terms[0]} and told them at interview. My line manager was {mgr.full()}{nick}. "
            f"On {g.next_day(remark)} {mgr.nick() if mgr.has_nick() else mgr.given()} said in front of {wit.full()} that I was 'a liability with your condition' and put me on nights. "
            f"I was sacked by email from {hmail} on {g.typed_dob((sacked.year, sacked.month, sacked.day))} for 'performance'. "
            f"My union rep {rep.full()} ({r_in}) came to the appeal. I think this is {terms[2]} and {terms[3]} ({terms[4]}).")
    task = g.pick(("Summarise this claim for the tribunal's preliminary hearing: parties, dates and the complaints made.",
                   "Write a neutral summary of this claim for the case management hearing."))
    answer = (f"Claimant: {cl.full()} ({cl.sur_caps()}). Respondent: {g.org(employer)} (Co. No. {L('COMPANY_REGISTRATION', ch)}).\n"
              f"Employment from {L('DATE_TIME', EN_MONTHS[start.month - 1] + ' ' + str(start.year))} to {g.long(sacked)}, forklift driver on {terms[1]}; the claimant has {terms[0]}.\n"
              f"Alleged remark by {mgr.full()} on {g.long(remark)}, witnessed by {wit.initial()}; dismissal by {hr.full()} on {g.long(sacked)}.\n"
              f"Complaints: {terms[2]}; {terms[3]} under {terms[4]}. Representative at the appeal: {rep.full()}, {r_out}.")
    return task, body, answer


RUSHMOOR = (("Aldershot", "GU11"), ("Aldershot", "GU12"), ("Farnborough", "GU14"), ("North Camp, Farnborough", "GU14"))
RM_STREETS = ("{n} Ash Road", "{k} Victoria Road", "flat {m}, {n} Grosvenor Road", "{k} Lynchford Road", "{n} Cargate Avenue", "{k} Fernhill Road")


def interpreter_session_note(g: Gen) -> Doc:
    """A Nepali interpreter's note of a Rushmoor housing appointment: the interpreter's NRPSI number, the client (a former Gurkha
    and his service number), his name as his residence permit writes it, the citizenship certificate, the landlord, the notice, the
    son's phone; the answer the housing officer's case note."""
    cl = g.person("np", False)
    wife = g.relative(cl, True)
    son = g.relative(cl, False)
    intp = g.person("np", True)
    off = g.of("hf", "th")
    ll = g.of("th", "hf")
    town, area = g.pick(RUSHMOOR)
    day = g.base()
    served = g.later(day, -50, -10)
    nxt = g.later(day, 5, 20)
    dob = g.ymd(1950, 1975)
    job = f"BLS-{g.digits(6)}"
    s_in, s_out = g.typed_tel2("rushmoor")
    brp = f"{g.pick(('ZU', 'ZR', 'RA', 'ZX'))}{g.digits(7)}"
    cit = f"{g.digits(2)}-{g.digits(2)}-{g.digits(2)}-{g.digits(5)}"
    arrears = K(f"£{g.rng.randint(1, 3)},{g.digits(3)}")
    body = (f"INTERPRETER'S NOTE - {g.org('Blackwater Language Services Ltd')}\nJob ref {L('CASE_NUMBER', job)}   Date {g.num(day)}   Venue {g.org('Rushmoor Borough Council')}, "
            f"{g.loc('Farnborough Road')}, {g.loc('Farnborough')}\nInterpreter: {intp.full()} (NRPSI {L('LICENSE_NUMBER', g.digits(5))})  Nepali <> English\n"
            f"Client: {cl.full()} (DOB {g.num(dob)}), ex-Gurkha, service no {L('ACCOUNT_NUMBER', '21' + g.digits(6))}. Wife {wife.given()} also attended.\n"
            f"Housing officer: {off.full()}\nNotes: client gave his name as {cl.full()} but his BRP reads {cl.comma()} ({L('NATIONAL_ID', brp)}); clarified with the officer. "
            f"Nepali citizenship certificate {L('NATIONAL_ID', cit)} shown. Client lives at {g.place(RM_STREETS)}, {g.loc(town)} {g.loc(g.pc(area))}; "
            f"landlord {ll.full()} served a {K('section 21 notice')} on {g.num(served)}; rent arrears {arrears}. Terms interpreted: {K('homelessness relief duty')}, "
            f"{K('Housing Act 1996 s. 189B')}, {K('personal housing plan')}. Son {son.given()} ({s_in}) will bring bank statements.\nNext appointment {g.slot(nxt)}")
    task = g.pick(("Write the housing officer's case note of this appointment from the interpreter's note.",
                   "From this interpreter's note, write the council's case note: client, situation, duties, next steps."))
    answer = (f"Case note - {g.long(day)} - {cl.full()} ({cl.sur_caps()}), DOB {g.long(dob)}, BRP {L('NATIONAL_ID', brp)}\nSeen by {off.full()} with Nepali interpreter "
              f"{intp.full()}; wife {wife.full()} present.\nThreatened with homelessness: {K('section 21 notice')} from {ll.initial()} served {g.long(served)}; arrears {arrears}.\n"
              f"{K('Housing Act 1996 s. 189B')}: {K('homelessness relief duty')} explained; {K('personal housing plan')} to follow. Son {son.full()} ({s_out}) to provide documents.")
    return task, body, answer


ANTIGUA = (("All Saints", "Antigua"), ("Bolans", "Antigua"), ("Parham", "Antigua"), ("Piggotts", "Antigua"), ("Codrington", "Barbuda"))
AG_EMPLOYERS = ("Jolly Harbour Marina Ltd", "Sandy Point Resort Ltd", "Wadadli Ferries Ltd", "Codrington Lagoon Tours Ltd", "Nelson's Dockyard Restaurant Ltd")


def legal_advice_line_log(g: Gen) -> Doc:
    """An Antigua and Barbuda legal advice line's call log, typed by the adviser: the caller by full name and the name she asks to be
    called, her social security number, her village, the employer and the boss, a landlord, the Labour Code; the answer the follow-up
    letter to the caller."""
    cl = g.nicked("ag") if g.rng.random() < 0.6 else g.of("ag")
    adv = g.of("ag")
    boss, ll = g.of("ag"), g.of("ag")
    town, island = g.pick(ANTIGUA)
    employer = g.pick(AG_EMPLOYERS)
    day = g.base()
    dismissed = g.later(day, -40, -5)
    must_leave = g.later(day, 10, 40)
    cb = g.later(day, 2, 6)
    case = f"LAL-{day.year}-{g.digits(4)}"
    p_in, p_out = g.typed_tel2("antigua")
    years = g.rng.randint(3, 14)
    ssn = g.digits(6)
    student = f"ASC{g.digits(6)}"
    terms = [K("Antigua and Barbuda Labour Code (Cap. 27)"), K(f"EC${g.rng.randint(2, 9)},{g.digits(3)}"), K("severance pay"), K("unfair dismissal"),
             K("notice to quit")]
    call = L("DATE_TIME", f"{day.day:02d}/{day.month:02d}/{day.year} {g.rng.randint(9, 16)}:{g.rng.randint(10, 59)}")
    body = (f"{g.org('Wadadli Law Clinic')} - ADVICE LINE CALL LOG\nCase {L('CASE_NUMBER', case)}   Call {call}   Adviser: {adv.given()}\n"
            f"Caller: {cl.full()} (says call {cl.him()} {cl.nick()}), SS no {L('NATIONAL_ID', ssn)}, tel {p_in}, from {g.loc(town)}, {g.loc(island)}\n"
            f"Issue 1: dismissed by {g.org(employer)} after {years} yrs, no {terms[2]}. boss {boss.full()} told {cl.him()} on {g.next_day(dismissed)} 'dont come back monday'. "
            f"owed approx {terms[1]}.\nIssue 2: landlord {ll.sur()} (first name {ll.given()}?) gave {terms[4]} for {g.next_day(must_leave)}. "
            f"{cl.his()} daughter studies at the state college (student no {L('STUDENT_ID', student)}) and needs the address.\n"
            f"Advice: {terms[0]} - {terms[3]}, {terms[2]}; complaint to the Labour Department. callback {g.slot(cb)} - {adv.given()}")
    task = g.pick(("Write the follow-up letter from the advice centre to the caller, setting out the advice.",
                   "Draft the advice letter to this caller confirming what was discussed and the next steps."))
    answer = (f"{g.org('Wadadli Law Clinic')}\n{g.long(day)}\nOur ref: {L('CASE_NUMBER', case)}\n\nDear {'Ms' if cl.female else 'Mr'} {cl.sur()},\n"
              f"Thank you for calling on {g.long(day)}. 1. Your dismissal by {g.org(employer)} on {g.long(dismissed)}, after {years} years, may be {terms[3]} under the "
              f"{terms[0]}; you may be owed {terms[2]} of about {terms[1]}. 2. The {terms[4]} from {ll.full()} for {g.long(must_leave)} needs a proper period of notice.\n"
              f"We will call you on {p_out} on {g.long(cb)}.\nYours sincerely,\n{adv.full()}, Adviser")
    return task, body, answer


CARLOW = (("Carlow", "R93"), ("Bagenalstown", "R21"), ("Leighlinbridge", "R93"))
CW_STREETS = ("{n} Tullow Street", "{k} Pollerton Road", "{n} Regent Street", "{k} Barrack Street", "{n} Kilree Street", "{k} Station Road")
WOMENS_AID = "Carlow Women's Aid"
CW_SCHOOLS = ("Scoil Mhuire gan Smál", "Bagenalstown Community School", "Leighlinbridge National School", "Carlow Educate Together")


def social_work_visit_note(g: Gen) -> Doc:
    """A County Carlow social worker's home visit note typed on a phone: the mother's PPS number, the children by first name and
    age, the partner known by a nickname, the Eircode, the school's principal, the GP, a scale; the answer the formal case note."""
    mum = g.of("cw", female=True)
    kids = [g.relative(mum, g.rng.random() < 0.5), g.relative(mum, g.rng.random() < 0.5)]
    partner = g.nicked("cw") if g.rng.random() < 0.3 else g.of("cw", "wd", female=False)
    principal, gp, sw = g.of("cw"), g.of("cw", "wd"), g.of("cw", "wd")
    town, key = g.pick(CARLOW)
    school = g.pick(CW_SCHOOLS)
    day = g.base()
    no_oil = g.later(day, -20, -3)
    rang = g.later(day, -14, -2)
    nxt = g.later(day, 5, 14)
    ages = (g.rng.randint(7, 12), g.rng.randint(2, 5))
    m_in, m_out = g.typed_tel2("carlow")
    ppsn = g.ppsn17()
    terms = [K(f"PHQ-9 score {g.rng.randint(15, 22)}"), K("Children First Act 2015"), K("safety plan"), K(g.pick(("sertraline 50 mg OD", "mirtazapine 15 mg ON")))]
    nick = f' "{partner.nick()}"' if partner.has_nick() else ""
    body = (f"home visit {g.next_day(day)} 11.30 - {L('PERSON', mum.last.lower())} family\npresent: mum {mum.low()} ({mum.full()}, pps {L('NATIONAL_ID', ppsn)}, mob {m_in}), "
            f"{kids[0].low()} ({ages[0]}), {kids[1].low()} ({ages[1]}), mums partner{nick} - full name {partner.full()} per mum\n"
            f"addr {g.place(CW_STREETS)}, {g.loc(town)}, {g.loc('Co. Carlow')} {g.loc(g.eircode17(key))}\n"
            f"house cold, no oil since {g.next_day(no_oil)}. {kids[0].low()} missed 11 days at {g.org(school)}, principal {principal.full()} rang tusla {g.typed_day(rang)}. "
            f"mum low, {terms[0]} per gp dr {gp.sur()}, on {terms[3]}. says partner drinks weekends, denies violence.\n"
            f"{terms[2]} agreed under {terms[1]}. next visit {g.next_day(nxt)} w/ {g.org(WOMENS_AID)}\n- {sw.given()} SW")
    task = g.pick(("Write up this home visit as a formal case note.", "Rewrite this phone note as the social worker's formal record of the visit."))
    answer = (f"Home visit, {g.long(day)}: {mum.full()} (PPSN {L('NATIONAL_ID', ppsn)}, {m_out}), {g.loc(town)}, {g.loc('Co. Carlow')}.\n"
              f"Children: {kids[0].full()} ({ages[0]}), attendance concern raised by {principal.full()} of {g.org(school)}; {kids[1].full()} ({ages[1]}).\n"
              f"Partner: {partner.full()}. The home had no heating oil from {g.long(no_oil)}.\nMother's mood: {terms[0]}, on {terms[3]} (GP Dr {gp.full()}).\n"
              f"A {terms[2]} was agreed under {terms[1]}. Next visit {g.long(nxt)}. {sw.full()}, Social Worker")
    return task, body, answer


ABERDEEN = (("Peterhead", "AB42"), ("Fraserburgh", "AB43"), ("Inverurie", "AB51"), ("Stonehaven", "AB39"), ("Banchory", "AB31"))
AB_STREETS = ("{w} queen street", "{w} broad street", "{w} market street", "{w} allardice street", "{w} high street", "{w} st peter street")


def law_firm_voicemail_transcript(g: Gen) -> Doc:
    """An Aberdeenshire solicitor's voicemail through speech recognition: the caller's name spelled letter by letter, a case
    reference, an e-mail address and phone numbers said aloud, the sheriff court and a hearing date spoken, the other party; the
    answer the file note with figures."""
    cl = g.of("my")
    other = g.of("my")
    sol = g.of("my")
    town, area = g.pick(ABERDEEN)
    firm_names = g.rng.sample([s for s in PEOPLE["my"][2] if not name_words(s) & g.used], 2)
    g.used |= name_words(firm_names[0]) | name_words(firm_names[1])
    firm = f"{firm_names[0]} & {firm_names[1]} Solicitors"
    day = g.base()
    hearing = g.later(day, 7, 40)
    serial = g.rng.randint(10, 999)
    ref_fig = f"SP{serial}/{hearing.year % 100:02d}"
    ref_said = f"s p {say_number(serial)} stroke {say_number(hearing.year % 100)}"
    p_said, p_fig = g.said_tel("aberdeen")
    first, last = cl.ascii()
    dom, dom_said = g.pick((("hotmail.co.uk", "hotmail dot co dot uk"), ("gmail.com", "gmail dot com"), ("btinternet.com", "b t internet dot com")))
    mail_said, mail_fig = L("EMAIL_ADDRESS", f"{first} dot {last} at {dom_said}"), L("EMAIL_ADDRESS", f"{first}.{last}@{dom}")
    house = g.rng.randint(2, 80)
    street = g.pick(AB_STREETS).format(w=say_number(house))
    money = g.rng.randint(2, 9)
    amount_said, amount = K(f"{SAID[money]} thousand pounds"), K(f"£{money},000")
    received = L("DATE_TIME", f"{day.day:02d}/{day.month:02d}/{day.year} {g.rng.randint(8, 18):02d}:{g.rng.randint(0, 59):02d}")
    court = "Peterhead Sheriff Court" if town in ("Peterhead", "Fraserburgh") else "Aberdeen Sheriff Court"
    caller = L("PHONE_NUMBER", re.sub(r"\D", "", p_fig))
    body = (f"{g.org(firm)} - voicemail to text - {received} - from {caller}\n"
            f"hiya this is {cl.low(True)} that's {cl.spelled()} for {L('PERSON', sol.first.lower())} it's about my {K('simple procedure')} claim against {other.low(True)} "
            f"the reference is {L('CASE_NUMBER', ref_said)} the hearing is at the {g.org(court.lower())} on {g.said(hearing)} and {other.he()} still owes me {amount_said} "
            f"for the work on the roof at {g.loc(street)} {g.loc(town.lower())} can you email me at {mail_said} or phone me on {p_said} cheers bye")
    task = g.pick(("Write a file note of this voicemail for the solicitor, with numbers, dates and the e-mail address in their usual written form.",
                   "Turn this voicemail into a file note: who called, about what, the references and how to reply, all written out properly."))
    answer = (f"File note for {sol.full()}, {g.long(day)}\nVoicemail from {cl.full()} ({cl.sur_caps()}) about the {K('simple procedure')} claim {L('CASE_NUMBER', ref_fig)} "
              f"against {other.full()} for {amount} (roof repairs at {g.loc(cap_words(street.replace(say_number(house), str(house), 1)))}, {g.loc(town)}).\n"
              f"Hearing: {g.org(court)}, {g.long(hearing)}.\nReply by e-mail to {mail_fig} or by phone on {p_fig}.")
    return task, body, answer


THANET = (("Margate", "CT9"), ("Ramsgate", "CT11"), ("Broadstairs", "CT10"), ("Birchington", "CT7"), ("Cliftonville, Margate", "CT9"))
TH_STREETS = ("flat {m}, {k} Northdown Road", "flat {m}, {n} Hawley Street", "{k} King Street", "flat {m}, {k} Grange Road", "{n} Westcliff Road")


def neighbour_nuisance_diary(g: Gen) -> Doc:
    """A Thanet tenant's neighbour-nuisance diary for the housing association: dates typed every way, the neighbour and his mate
    known by a nickname, a car's registration, a doorbell video link, police and case references; the answer a chronology table."""
    tenant = g.of("th")
    nb = g.person("th", False)
    mate = g.person("th", False)
    ho = g.of("th", "hf")
    town, area = g.pick(THANET)
    assoc = g.pick(("East Kent Coastal Homes", "Thanet Community Homes", "Isle of Thanet Homes"))
    start = g.base()
    days = [start + datetime.timedelta(days=d) for d in sorted(g.rng.sample(range(0, 21), 4))]
    flat = g.fill(g.pick(TH_STREETS))
    nb_flat = g.rng.randint(1, 8)
    ref = f"ASB{start.year % 100:02d}{g.digits(5)}"
    police = f"{g.digits(2)}/{g.digits(6)}/{start.year % 100:02d}"
    plate = g.plate()
    t_in, t_out = g.typed_tel2("thanet")
    mate_nick = g.pick(MONIKERS)
    url = L("URL", f"https://ring.com/share/{g.hexa(8)}-{g.hexa(4)}-{g.hexa(4)}")
    terms = [K("Anti-social Behaviour, Crime and Policing Act 2014"), K("community protection warning"), K(g.pick(("anxiety", "PTSD", "COPD"))),
             K(g.pick(("propranolol 40 mg", "sertraline 100 mg")))]
    days_typed = [g.next_day(d) for d in days]
    body = (f"Noise/ASB diary - {tenant.full()}, {g.loc(flat)}, {g.loc(town)} {g.loc(g.pc(area))}\nHousing officer: {ho.full()} ({g.org(assoc)}) ref {L('CASE_NUMBER', ref)}  my no: {t_in}\n\n"
            f"{days_typed[0]} - 1am till 4am music from no. {nb_flat} ({nb.full()}'s). banged on wall, he swore. couldnt sleep, my {terms[2]} is bad again.\n"
            f"{days_typed[1]} - his mate {mate.given()} (they call him {L('PERSON', mate_nick)}) parked across the bins again, silver corsa {L('LICENSE_NUMBER', plate)}.\n"
            f"{days_typed[2]} - {nb.given()} threatened me on the stairs 'ill do you'. rang 101, police ref {L('CASE_NUMBER', police)}. video on my doorbell {url}\n"
            f"{days_typed[3]} - music again till 3. doctor upped my {terms[3]}.\nwhat i want: a {terms[1]} like {ho.given()} said under the {terms[0]}")
    task = g.pick(("Turn this diary into a chronology table (Date | Incident | Who) for the housing officer.",
                   "Make a Markdown chronology of this diary with the columns Date, Incident and Who."))
    answer = (f"Chronology for {ho.full()}, case {L('CASE_NUMBER', ref)} - complainant {tenant.sur_first()} ({t_out})\n| Date | Incident | Who |\n|---|---|---|\n"
              f"| {g.long(days[0])} | loud music 1am to 4am; {terms[2]} affected | {nb.full()} (no. {nb_flat}) |\n"
              f"| {g.long(days[1])} | car parked across the bins, {L('LICENSE_NUMBER', plate)} | {mate.full()} |\n"
              f"| {g.long(days[2])} | threat on the stairs; police ref {L('CASE_NUMBER', police)} | {nb.sur()} |\n"
              f"| {g.long(days[3])} | loud music until 3am | {nb.initial()} |\n\nRequested: {terms[1]} ({terms[0]}).")
    return task, body, answer


PUBLIC = (portal_message_replies, relative_complaint_letter, physio_self_referral_form, surgery_voicemail_transcript, tenant_email_to_solicitor,
          litigant_in_person_statement, exhibited_text_messages, small_claims_complaint, claimant_own_account, law_firm_voicemail_transcript,
          neighbour_nuisance_diary)
STAFF = (ward_whatsapp_group, overnight_pager_log, out_of_hours_call_log, district_nurse_phone_note, midwife_sms_thread, home_support_visit_log,
         interpreter_session_note, legal_advice_line_log, social_work_visit_note)
CLINICAL = (portal_message_replies, relative_complaint_letter, physio_self_referral_form, ward_whatsapp_group, overnight_pager_log,
            surgery_voicemail_transcript, out_of_hours_call_log, district_nurse_phone_note, midwife_sms_thread, home_support_visit_log)
LEGAL = (tenant_email_to_solicitor, litigant_in_person_statement, exhibited_text_messages, small_claims_complaint, claimant_own_account,
         interpreter_session_note, legal_advice_line_log, social_work_visit_note, law_firm_voicemail_transcript, neighbour_nuisance_diary)
DOCTYPES: dict[str, Callable[[Gen], Doc]] = {f.__name__: blind10._one_document(f) for f in CLINICAL + LEGAL}  # type: ignore[arg-type]
assert set(CLINICAL + LEGAL) == set(PUBLIC + STAFF) and len(DOCTYPES) == 20 and not set(PUBLIC) & set(STAFF)

# ---------------------------------------------------------------- records: instruction records around a typed text, a few chats

KINDS = ("instruction", "instruction", "chat", "instruction", "instruction", "instruction", "instruction", "chat", "instruction", "instruction")
SYSTEM_PROMPTS = ("You are a careful assistant for clinical and legal staff.", "You tidy informal messages into clear records.",
                  "Write accurately; keep every fact and change nothing.")


def to_record(doc: Doc, kind: str, doctype: str, rng: random.Random) -> Blind3Record:
    """An instruction record (the task, the typed text as input, the answer) or a chat record (an optional system prompt, the
    user's paste with the task, the assistant's answer)."""
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
