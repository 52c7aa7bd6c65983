"""Organisations by their legal-form or institutional words; Presidio drops spaCy's ORG, law firms need it."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from fedtune.scrubbing.recognizers.base import NAME_WORD, DomainRecognizer
from fedtune.scrubbing.vouch import is_english

_NAME = r"[A-Z][\w'’.-]*"
_LEGAL_FORM = (
    # Southern Africa's private companies: "Ngwenya Quarry (Pty) Ltd", "(Proprietary) Limited".
    r"(?:\((?:Pty|Proprietary)\)\s(?:Ltd|Limited)|Inc|Incorporated|LLC|L\.L\.C|LLP|L\.L\.P|LP|L\.P|Ltd|Limited|Corp|Corporation|Co|Company"
    r"|PLC|plc|PLLC|P\.C|PC|P\.A|GmbH|AG|S\.A|SA|N\.V|NV|B\.V|BV|Pty|SE|Group|Holdings|Partners"
    r"|Associates|Trust|Bank|Foundation|Capital|Ventures|Industries|Enterprises|Solutions"
    # Legal forms of other countries: Poland, Italy, France, Brazil, Japan, Turkey, the Nordics, Central Europe.
    r"|Sp\.\sz\so\.o|S\.r\.l|Srl|S\.p\.A|SpA|SARL|S\.A\.S|Ltda|K\.K|A\.Ş|ApS|A/S|I/S|K/S|P/S|Oyj|Oy|KG|OHG|Kft|Zrt|d\.o\.o|s\.r\.o|a\.s|BVBA"
    # Malaysia and Singapore, Estonia, Bulgaria, Iceland, Peru.
    r"|Sdn\.?\sBhd|Bhd|Berhad|Pte\.?\sLtd|OÜ|EOOD|OOD|ehf|S\.A\.C|SAC)\b\.?"
)
# A hospital's or a health board's service named by whom it serves: "Paediatric Audiology", "Community Physiotherapy".
_SERVICE = (
    r"(?:Paediatric|Pediatric|Adult|Adults['’]|Children['’]s|Community|Diabetic|Diabetes|Specialist|Complex|NHS|Hospital|Outpatient"
    r"|Inpatient|Clinical|Diagnostic|Domiciliary|Vestibular|Educational|Neurological|Respiratory|Cardiac|Musculoskeletal|MSK"
    r"|Orthopaedic|Orthopedic|Women['’]s|Pelvic\sHealth|Neonatal|Stroke|Falls|Local|Hospital\sEye|Emergency|Urgent|Low\sVision"
    r"|Primary\sCare|Secondary\sCare|Tertiary|Regional|Private|Mobile|Routine|General)"
)
_INSTITUTION = (
    r"(?:Hospital|Medical\sCenter|Medical\sCentre|Health\sSystem|Health\sPlans?|Health\sCentre|Health\sCenter"
    # A centre or hub by what it is for: "The Bruce Family Centre", "Medina Leisure Centre", "Ryde Health and Wellbeing
    # Centre", "the Bodmin Family Hub".
    r"|(?:Family|Leisure|Care|Community|Day|Resource|Children['’]s|Wellbeing|Sports?|Youth|Advice|Support|Rehabilitation"
    r"|Repatriation|Assessment|Treatment|Crisis|Recovery|Respite|Contact|Property|Health\sand\sWellbeing)\s(?:Centre|Center|Hub)"
    r"|Health|Healthcare|Clinic|Infirmary"
    r"|Hospice|Medical\sGroup|Physicians|Pharmacy|Laboratories|Labs|University|College|School"
    # Schools named by their level alone: "Riverside Elementary", "Hillcrest Primary", "Northside Academy".
    r"|Elementary|Primary|Junior\sHigh|Academy|Kindergarten|Preschool|Pre-School|Montessori|Polytechnic"
    r"|Insurance|Assurance|Family\sMedicine|Family\sPractice|Medical\sPractice|Group\sPractice|Health\sCentre"
    r"|Health\sCenter|Building\sSociety|Credit\sUnion|Rehab(?:ilitation)?\s(?:Centre|Center|Clinic|Unit)"
    # Allied health practices by their trade: "Prairie Ears Audiology", "Bluebird Optometry", "Kaimai Podiatry"; not a
    # hospital's service ("Paediatric Audiology", "Community Physiotherapy", "NHS Podiatry").
    rf"|(?<!\b{_SERVICE}\s)(?:Physiotherapy|Physical\sTherapy|Audiology|Optometry|Optometrists|Opticians|Eyecare|Podiatry"
    r"|Hearing\s(?:Care|Centre|Center|Clinic))"
    r"|Chiropractic|Nursing\sHome|Care\sHome"
    # Providers and associations by their head noun: "Bush Mob Disability Services", "Sylhet Probashi Forum UAE".
    r"|(?:Disability|Therapy|Support|Care|Community|Home\sCare|Nursing|Allied\sHealth|Counselling|Counseling)\sServices"
    r"|Forum|Association|Cooperative|Co-operative|Traders|Welfare\sSociety|Dispensary|Health\sPost"
    # A law firm's head noun; "Legal" only at the end of the name ("Davies Walsh Legal", not "Legal Counsel").
    r"|Lawyers|Solicitors|Attorneys|Barristers|Advocates|Notaries|Law\sFirm|Legal\sPractitioners|Legal\sServices|Legal(?![ \t]\p{Lu})"
    # An English NHS trust by its name: "Somerset NHS Foundation Trust", "Mid Cheshire Hospitals NHS Foundation Trust".
    r"|NHS\s(?:Foundation\s)?Trust"
    # Remote and community care, public health offices, prisons: "Garden Hill Nursing Station", "Tolon CHPS Compound",
    # "Northern Lights Boarding Home", "Regional Health Directorate", "Tai Lam Centre for Women".
    r"|Nursing\sStation|Health\sStation|Boarding\s(?:Home|Residence)|CHPS\sCompound|Polyclinic|Health\sDirectorate"
    r"|Correctional\s(?:Centre|Center|Institution|Facility)|Detention\s(?:Centre|Center)|Prison|Centre\sfor\sWomen"
    # Funds, chapels and rugby clubs a person's records name: "Nottinghamshire Pension Fund", "Celtic Shores Memorial
    # Chapel", "Kuils River Pirates RFC".
    r"|Pension\sFund|Superannuation\sFund|Memorial\sChapel|Funeral\s(?:Home|Chapel|Parlou?r|Directors)|RFC|RUFC|RLFC)\b"
)
# Clinical departments are called surgeries too: "General Surgery" names no practice.
_SPECIALTY = (
    r"(?:General|Cardiac|Plastic|Orthopaedic|Orthopedic|Vascular|Thoracic|Day|Minor|Emergency|Bariatric"
    r"|Colorectal|Dental|Eye|Oral|Breast|Spinal|Paediatric|Pediatric|Hand|Robotic|Laparoscopic|Elective)\b"
)
# Words that end a sentence after a hospital's name without being its town: "admitted to St Mary's Hospital Today.".
_NOT_A_TOWN = (
    r"(?:Today|Tonight|Yesterday|Tomorrow|Overnight|Again|Too|Also|Now|Then|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|Morning|Afternoon|Evening|Night|Weekly|Daily|Instead|Urgently|Routinely)\b"
)
# The town a hospital is named with: "St Hilda's Hospital, Stockport".
# Or without the comma at the end of a line or a sentence: "University Hospital Galway", "Base Hospital Kaluwanchikudy.".
_TOWN = (
    rf"(?:,\s(?!(?:The|He|She|They|It|We|His|Her|Their|Dr|Mr|Mrs|Ms)\b){NAME_WORD}(?![\w'’])"
    rf"|[ \t](?!{_NOT_A_TOWN}){NAME_WORD}(?=[ \t]*$|[.;,)](?:[ \t]|$)))?"
)


# Institutions named head first, as Romance languages, German courts and health units write them:
# "Ospedale del Mare", "Hôpital privé Jean Mermoz", "Amtsgericht Dortmund", "UBS Bom Jardim", "MVZ Buer-Mitte".
# English "Hospital" is not among them: "Hospital Anxiety and Depression Scale" is an instrument.
_HEAD_FIRST = (
    # A French notary's office: "Office notarial de Fare Ute", "Étude de Maître Teriierooiterai".
    r"(?:Office\snotarial|Étude\snotariale|Étude\sde\sMa[iî]tre|Ospedale|Ospedali|Policlinico|Presidio\sOspedaliero|Azienda\sOspedaliera|Casa\sdi\sCura|Clinica|Clinique"
    r"|Hôpital|Hôpitaux|Centre\sHospitalier|Centre\shospitalier|Hospital\sde|Hospital\sdo|Hospital\sda|Hospital\sdas|Hospital\sdos"
    r"|Hospital\sUniversitario|Hospital\sGeneral|Sanatorio|Santa\sCasa|Policlínica|Klinikum|Klinik|Krankenhaus|Universitätsklinikum"
    r"|Universitätsspital|Kantonsspital|Spital|Amtsgericht|Landgericht|Oberlandesgericht|Sozialgericht|Arbeitsgericht"
    r"|Bezirksgericht|Betreibungsamt|Tribunale|Tribunal\sde|Tribunal\sdo|Tribunal\sjudiciaire|Cour\sd['’]appel|Regionshospitalet"
    r"|Szpital|Nemocnice|Fakultní\snemocnice|Kórház|MVZ|UBS|USF|UPA|CAPS|ESF|CHU|CHR|AP-HP"
    # Municipalities, regions, notaries and courts of other countries: "Gemeente Emmen", "Region Jämtland Härjedalen",
    # "Notaría Pública número 91 de Zapopan", "Juzgado de Familia".
    r"|Puskesmas|Rumah\sSakit|RSUD|Klinik\sPratama|Gemeente|Region|Notaría\sPública|Notaria\sPública|Notaría|Juzgado|Fiscalía|Registro\sCivil|Psykiatriska\skliniken"
    # Health centres, police posts and health networks of Spain, Portugal and Peru; Bulgarian centres by their initials:
    # "Centro de Salud Chucuito", "Unidade Local de Saúde de Matosinhos", "Puesto de la Guardia Civil de Dos Hermanas",
    # "Microrred Chucuito", "DKTs 4 Sofia"; and "Hospital" before a name with a connector ("Hospital Punta de Europa").
    r"|Centro\sde\sSalud|Centro\sde\sSaúde|Centro\sMédico|Unidade\sLocal\sde\sSaúde|Unidade\sde\sSaúde|Puesto\sde\sla\sGuardia\sCivil"
    r"|Puesto\sde\sSalud|Comisaría|Microrred|Red\sde\sSalud|DIRESA|GERESA|Hospital\sRegional|Hospital\sProvincial|Hospital\sMunicipal"
    r"|Hospital\sComarcal|Hospital\sClínico|Hospital\sNacional|Junta\sde\sFreguesia|Câmara\sMunicipal|Ayuntamiento|Prefeitura"
    r"|MBAL|UMBAL|SBAL|DKTs|MTsDT|Hospital(?=[ \t]\p{Lu}\p{Ll}+[ \t](?:de|del|do|da|las|los)[ \t])"
    # Luxembourg and French practices, Romanian and Moldovan hospitals and centres, Slovenian regional offices, Iranian
    # centres, Latvian family practices: "Cabinet médical Belair", "IMSP Spitalul Clinic Municipal", "CMF nr. 3 Botanica",
    # "Območna enota Celje", "Markaz-e Pezeshki-ye Qanuni-ye Shiraz", "Ģimenes ārsta prakse Balode".
    r"|Cabinet\smédical|Cabinet\sdentaire|Spitalul|IMSP|CMF|Centrul\sde\sSănătate|Centrul\sMedicilor\sde\sFamilie"
    r"|Območna\senota|Upravna\senota|Zdravstveni\sdom|Dom\szdravlja|Markaz-e|Ģimenes\sārsta\sprakse|Ārsta\sprakse"
    # Welsh surgeries, health centres and hospitals: "Meddygfa'r Bont", "Canolfan Iechyd Llangefni", "Ysbyty Gwynedd".
    r"|Meddygfa['’]r|Meddygfa|Canolfan\sIechyd|Ysbyty"
    # Malaysian schools by their kind's initials: "SK Bukit Baru", "SJK(C) Pay Fong 1", "SMK Tunku Abdul Rahman".
    # "SK" before two capitalised words at least: "SK Left temple" is a seborrhoeic keratosis.
    r"|SK(?=[ \t]\p{Lu}\p{Ll}+[ \t]\p{Lu})|SJK\([CT]\)|SMK|SMJK|SRK|SMKA)"
)
# Its name after the head: capitalised words, with the connectors and adjectives between them ("del", "privé").
_AFTER_HEAD = (
    rf"(?:[ \t](?:(?:de|del|della|dello|dei|degli|delle|di|du|des|de\sla|d['’]|do|da|dos|das|am|an\sder|im|privé|privée|privato|sobre\sla"
    rf"|pubblico|universitaire|régional|général|für|en\slo|en)[ \t]?)*(?:{NAME_WORD}|\p{{Lu}}{{2,5}}\b|[IVX]{{1,4}}\b|St\.|Dr\.|(?:número|No\.|N°|Nº|nº|n\.º|Nr\.)[ \t]?\d{{1,4}}\b|\d{{1,3}}(?=[ \t]\p{{Lu}}))){{1,6}}"
)
# Nordic and Finnish ones take the head last, often in lower case: "Svendborg Sygehus", "Kontulan neuvola".
_HEAD_LAST = (
    r"(?:Sygehus|sygehus|Sjukhus|sjukhus|sjukhuset|Sykehus|sykehus|sykehuset|Hospital|hospital|neuvola|helsestasjon|terveyskeskus"
    # Swedish county hospitals and Finnish ones: "Falu lasarett", "Mora lasarett", "Lapin keskussairaala".
    r"|lasarett|lasarettet|Lasarett|sairaala|keskussairaala|legesenter"
    r"|vårdcentral|vårdcentralen|legekontor|lægehus|Lægehus|Klinik|Klinikum|Kliniken|Krankenhaus|Spital|szpital|öppenvård"
    # Courts and clinics of Estonia, the Nordics and Iceland: "Narva kohtumaja", "Lífsýnasafn Heilsugæslunnar".
    r"|kohtumaja|maakohus|ringkonnakohus|tingsrätt|tingrett|käräjäoikeus|byret|hovrätt|polikliinik|haigla|Haigla"
    r"|sjúkrahús|Sjúkrahús|heilsugæsla|Heilsugæslan|Heilsugæslunnar|Heilsugæslustöð"
    # Schools and central hospitals of the Nordics: "Longyearbyen skole", "Ålands centralsjukhus", "Tromsø barnehage".
    r"|skole|skule|skola|skolan|koulu|grunnskole|barnehage|förskola|centralsjukhus|centralsjukhuset|universitetssjukhus"
    r"|universitetssykehus)"
)


# Baltic and South Slavic institutions, head last after a name and lower-case words: "Šiaulių apylinkės teismas",
# "Respublikinė Vilniaus psichiatrijos ligoninė", "Paula Stradiņa Klīniskā universitātes slimnīca", with a legal form
# before them ("VšĮ", "SIA"); South Slavic courts by their seat: "Prekršajni sud u Novom Sadu", "Osnovni sud u Nišu".
_BALTIC_HEAD = r"(?:ligoninė|teismas|slimnīca|tiesa|centras|poliklinika|bolnišnica|bolnica|sodišče|klinika|ambulatorija)"
_BALTIC = (
    rf"\b(?:(?:VšĮ|UAB|AB|SIA|AS|IMSP)[ \t])?(?:{NAME_WORD}[ \t]){{1,3}}(?:\p{{Ll}}[\p{{L}}-]*[ \t]){{0,3}}{_BALTIC_HEAD}(?![\w-])"
    rf"|\b{NAME_WORD}[ \t](?:sud|sodišče)[ \t](?:u|v)[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?"
)
# A company by its legal form before its quoted name, as the Baltics and Central Asia write it: 'SIA "Baltijas Koks"'.
_FORM_FIRST = r"\b(?:SIA|UAB|AB|AS|VšĮ|OÜ|TOO|SRL|S\.R\.L\.|d\.o\.o\.)[ \t][\"„“«]\p{Lu}[^\"”»\n]{1,40}[\"”»]"
# A hospital or practice named in lower case, as speech-to-text writes it: "royal victoria hospital", "strabane health
# centre", "dungannon medical practice"; not a kind of hospital ("the local hospital", "a teaching hospital").
_KIND_OF = (
    r"(?:local|nearest|same|other|general|district|regional|referral|teaching|private|public|psychiatric|mental|field"
    r"|children['’]?s|maternity|community|cottage|day|university|county|state|military|veterans|rural|main|big|small"
    r"|new|old|another|nearby|home|city|acute|specialist|sick|animal|veterinary|bush|mission|base|tertiary|major"
    r"|family|village|army|student|youth|walk-in|campus|prison|town)\b"
)
_FUNCTION_WORD = r"(?:the|a|an|to|at|in|into|on|from|of|for|and|or|by|with|my|his|her|our|their|your|its|this|that|is|was)\b"
_LOWER_INSTITUTION = (
    rf"(?<![\w'’-])(?!{_KIND_OF})(?!{_FUNCTION_WORD})"
    rf"\p{{Ll}}[\p{{Ll}}'’-]+(?:[ \t](?!{_FUNCTION_WORD})\p{{Ll}}[\p{{Ll}}'’-]+){{0,2}}"
    rf"[ \t](?:hospital|health[ \t]centre|health[ \t]center|medical[ \t]practice|family[ \t]practice|infirmary"
    # And a court by its seat, as a caller names it: "at the aberdeen sheriff court", "peterhead sheriff court".
    rf"|medical[ \t]centre|medical[ \t]center|sheriff[ \t]court|magistrates['’]?[ \t]court)(?![\w-])"
)
# A form's field for the practice, whatever its case: "GP practice: kington court surgery" (not "GP practice: n/a").
_PRACTICE_FIELD = (
    r"^[ \t]*(?i:(?:registered[ \t])?gp[ \t](?:practice|surgery)|(?:your[ \t])?(?:gp['’]?s?|doctor['’]?s?)[ \t]surgery)[ \t]*:[ \t]*"
    r"\K(?!(?i:n/?a|none|unknown|not[ \t](?:known|stated|registered|given)|tbc|same[ \t]as|as[ \t]above|see[ \t]|temporary[ \t]resident"
    r"|walk-in|unregistered|no[ \t]gp)\b)\p{L}[^\n:]{2,60}?(?=[ \t]*$)"
)


# A local court by its seat before its kind ("Port of Spain Family Court", "Manchester Parish Court", "Brikama Magistrates
# Court", "Harris County District Court"), not a nation's or a state's ("the Supreme Court", "United States District Court").
# Words that open a noun phrase without naming anything.
_DETERMINER = r"(?:The|A|An|This|That|Our|Their|His|Her|Its)\b"
_NOT_A_SEAT = (
    rf"(?:{_DETERMINER}|Federal|Supreme|High|National|State|States|United|U\.S\.|US|Superior|Northern"
    r"|Southern|Eastern|Western|Central|Local|Same|Appropriate|Relevant|Competent)\b"
)
_LOCAL_COURT = (
    r"(?:Family|Parish|Magistrates['’]?|Magistrate['’]s|Municipal|Juvenile|Youth|Crown|County|Sheriff|Coroner['’]s"
    r"|Small[ \t]Claims|Probate|Housing|Circuit|District)[ \t]Court\b"
)
_BY_ITS_SEAT = rf"(?!{_NOT_A_SEAT}){_NAME}(?:[ \t](?:of[ \t]|and[ \t])?{_NAME}){{0,3}}[ \t]{_LOCAL_COURT}"
# NHS bodies of a nation, and NHS words that name no body: "NHS England", "NHS Digital", "NHS Number".
_NATIONAL_NHS = (
    r"(?:England|Scotland|Wales|Digital|Direct|Number|No|Nos|Num|ID|Id|Ref|Reference|Reg|Registration|Choices|App|Login|Trust|Foundation|Blood|Pensions|Resolution"
    r"|Improvement|Supply|Education|Employers|Providers|Confederation|Property|Business|Counter|Inform|Research|Health"
    r"|Professionals|Jobs|Scotland['’]s|Wales['’]s|Pay|Constitution|Long|Five|Standard|Contract|Act|Bill|Spine|Connecting)\b"
)
# A firm by its partners and its trade, in lower case after them: "Canepa & Montegriffo, barristers and solicitors".
_TRADE = r"(?:barristers|solicitors|attorneys|advocates|lawyers|notaries|legal[ \t]practitioners|chartered[ \t]accountants)\b(?!['’])"


class WardRecognizer(DomainRecognizer):
    """A ward by its number in lower case, after a word that puts someone there: "she is on ward 9", "moved to ward 12b".

    A place, not an organisation: an organisation in lower case is dropped as implausible. Not a time after the ward:
    "back on the ward 24 hours post-op" counts hours.
    """

    ENTITY = "LOCATION"
    PATTERNS = (
        Pattern(
            "ward in lower case",
            r"\b(?i:on|to|from|in|at|onto|off)[ \t]+\K(?:ward|wd\.?)[ \t]\d{1,3}[a-z]?\b"
            r"(?![ \t]*(?i:hours?|hrs?|h\b|days?|mins?|minutes?|weeks?|wks?|am\b|pm\b|%|times?\b|x\b))",
            0.7,
        ),
        # A ward by its specialty and number, after a bed or in a list of where someone is: "bed 14 Surgical 3?",
        # "DOB 02/03/1951, Surgical 5, UHW" (not "Surgical 3 weeks ago").
        Pattern(
            "ward by its specialty and number",
            r"(?:(?<=\b(?i:bed)[ \t]\d{1,3}[A-Za-z]?,?[ \t])|(?<=,[ \t]))"
            r"(?:Surgical|Medical|Orthopaedic|Ortho|Cardiac|Renal|Maternity|Paediatric|Stroke|Respiratory|Gastro|Oncology"
            r"|Haematology|Rehab|Elderly[ \t]Care)[ \t]\d{1,2}[A-Za-z]?\b"
            r"(?![ \t]*(?i:hours?|hrs?|days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?|yr|ago|x\b))",
            0.7,
        ),
    )


class OrganizationRecognizer(DomainRecognizer):
    ENTITY = "ORGANIZATION"
    PATTERNS = (
        # Acme Holdings LLC, Walker, Kim and Simpson LLP, Salinas and Sons, Townsend PLC.
        Pattern("legal form", rf"\b{_NAME}(?:,?\s(?:&\s|and\s)?{_NAME}){{0,4}},?\s{_LEGAL_FORM}", 0.7),
        # A firm signing a letter: "Ward & Crawford" alone on its line.
        Pattern("firm signature", rf"^[ \t]*{NAME_WORD}(?:,\s{NAME_WORD})*\s&\s{NAME_WORD}(?=[ \t]*$)", 0.6),
        Pattern("and sons", rf"\b{_NAME}\s(?:&|and)\s(?:Sons|Daughters|Partners|Associates|Co\.?)\b", 0.7),
        # Walker, Kim and Simpson: three surnames in a firm name.
        Pattern("firm of surnames", rf"\b{NAME_WORD},\s{NAME_WORD},?\s(?:and|&)\s{NAME_WORD}", 0.6),
        # St. Mary's Hospital, Mercy Medical Center, University of Michigan Health.
        Pattern(
            "institution",
            rf"\b(?:St\.?\s|Saint\s)?{_NAME}(?:\s(?:of\s|the\s|and\s|&\s)?{_NAME}){{0,3}}\s{_INSTITUTION}(?:\sof\s{_NAME}(?:\s{_NAME}){{0,2}})?{_TOWN}",
            0.6,
        ),
        Pattern("institution, head first", rf"\b{_HEAD_FIRST}{_AFTER_HEAD}", 0.6),
        Pattern("institution, head last", rf"\b(?:\p{{Lu}}{{2,5}}[ \t])?{NAME_WORD}(?:[ \t]{NAME_WORD})?[ \t]{_HEAD_LAST}\b", 0.6),
        # A German practice by its compound: "Hausarztpraxis Am Anger", "Zahnarztpraxis Dr. Winter", "Praxis Dr. Koch & Kollegen".
        Pattern(
            "practice (German)",
            rf"\b(?:\p{{Lu}}\p{{Ll}}+)?(?:praxis|Praxis|zentrum)(?:[ \t](?:Dr\.|Am|An\sder|Im|{NAME_WORD})){{1,3}}(?:[ \t]&[ \t](?:Kollegen|Partner))?",
            0.6,
        ),
        # A numbered hospital, as China and Russia name theirs: "Xi'an No. 3 Hospital", "City Hospital No. 5".
        Pattern("numbered hospital", rf"\b{_NAME}(?:[ \t]{_NAME}){{0,2}}[ \t]No\.[ \t]?\d{{1,3}}[ \t](?:People['’]s[ \t])?Hospital\b", 0.6),
        # Numbered the other way round, with its town: "City Polyclinic No. 7, Karaganda", "Maternity Hospital No. 2".
        Pattern(
            "numbered institution",
            rf"\b(?:{_NAME}[ \t]){{0,2}}(?:Polyclinic|Hospital|Clinic|Dispensary|Health[ \t]Centre|Maternity[ \t]Home)[ \t]No\.[ \t]?\d{{1,3}}(?:,[ \t]{NAME_WORD})?",
            0.6,
        ),
        # A police station or a court's branch by its number, and its town: "Police Station 12, Tehran", "Kalantari 24",
        # "Branch 140 of the Criminal Court Two of Tehran".
        Pattern(
            "numbered station or branch",
            rf"\b(?:(?:Police[ \t]Station|Kalantari|Precinct)[ \t]\d{{1,4}}(?:,[ \t]{NAME_WORD})?"
            rf"|Branch[ \t]\d{{1,4}}[ \t]of[ \t](?:the[ \t])?(?:{NAME_WORD}[ \t]){{1,5}}of[ \t]{NAME_WORD})",
            0.6,
        ),
        # A hospital ward by its number, which with a date places a patient: "Ward 6 South", "on Ward 32", "Wd 12"
        # (in lower case: WardRecognizer).
        Pattern("numbered ward", r"\b(?:Ward|WARD|Wd\.?)[ \t]\d{1,3}[A-Za-z]?(?:[ \t](?:North|South|East|West|Medical|Surgical))?\b", 0.7),
        # An Irish-language school by its name: "Scoil Mhuire gan Smál", "Gaelscoil Uí Riada", "Coláiste Bríde".
        Pattern(
            "Irish school",
            r"\b(?:Scoil|Gaelscoil|Coláiste|Colaiste|Meánscoil|Gaelcholáiste|Naíscoil)[ \t]\p{Lu}[\p{L}'’]*"
            r"(?:[ \t](?:na|an|gan|de|Uí|Ní|\p{Lu}[\p{L}'’]*)){0,3}",
            0.7,
        ),
        # A police station by its town: "Francistown Police Station", "Selebi-Phikwe Police Station"; the town is a place.
        Pattern(
            "police station by its town",
            rf"\b(?!(?:The|A|Central|Main|Local|Nearest|Nearby|County|City|Town|Village|District|Railway|Transport)[ \t])"
            rf"{NAME_WORD}(?:[ \t-]{NAME_WORD})?[ \t]Police[ \t]Station\b",
            0.7,
        ),
        # A branch or campus named after its institution: "Taipei City Hospital, Zhongxing Branch".
        Pattern("branch", rf"(?<=(?:Hospital|Clinic|University|Centre|Center|Bank),[ \t]){NAME_WORD}(?:[ \t]{NAME_WORD})?[ \t](?:Branch|Campus)\b", 0.6),
        # A listed company in capitals, and its ticker: "HALVORSEN MARINE ASA (OSE: HALV)".
        Pattern("company in capitals", r"\b(?:\p{Lu}[\p{Lu}&'’-]+[ \t]){1,4}(?:ASA|PLC|CORP|CORPORATION|INC|LTD|LLC|LLP|AG|GMBH|AB|AS|SA|NV|BV|SPA|SE|OYJ|HOLDINGS|GROUP)\b\.?", 0.7),
        Pattern("ticker", r"\((?:NYSE|NASDAQ|Nasdaq|LSE|OSE|ASX|TSX|TSXV|AIM|Euronext|XETRA|SIX|NSE|BSE|HKEX|SGX|JSE)(?::[ \t]?|[ \t])\K[A-Z][A-Z.]{0,5}(?=\))", 0.85),
        Pattern("institution (Baltic, South Slavic)", _BALTIC, 0.6),
        Pattern("legal form first", _FORM_FIRST, 0.7),
        Pattern("court by its seat", rf"\b{_BY_ITS_SEAT}", 0.6),
        # A Texas-style district court by its number: "the 215th District Court".
        Pattern("numbered court", r"\b\d{1,3}(?:st|nd|rd|th)[ \t](?:Judicial[ \t])?District[ \t]Court\b", 0.6),
        Pattern("firm by its trade", rf"\b{NAME_WORD}(?:,[ \t]{NAME_WORD})*[ \t](?:&|and)[ \t]{NAME_WORD}(?=,?[ \t]{_TRADE})", 0.6),
        # A barristers' chambers or a law office by its head's name: "Chambers of Faucher", "Law Office of Thibodeaux".
        Pattern("chambers", rf"\b(?:Chambers|Law[ \t]Offices?)[ \t]of[ \t](?:the[ \t]late[ \t])?(?!(?:Commerce|Trade|Industry|Deputies|Parliament)\b){NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}", 0.6),
        # A Scottish health board, and a prison: "NHS Shetland", "NHS Greater Glasgow and Clyde", "HMP Exeter", "HMYOI Polmont".
        Pattern("health board", rf"\bNHS[ \t](?!{_NATIONAL_NHS}){NAME_WORD}(?:[ \t](?:and[ \t])?{NAME_WORD}){{0,3}}", 0.6),
        # A charity or a company by its own name, before its number in brackets: "West Fife Befrienders (charity number
        # SC0...)", "Links Community Larder (SC012345)".
        Pattern(
            "before its registered number",
            r"(?<![\p{L}'’&-])(?:\p{Lu}[\p{L}'’-]*[ \t](?:(?:of|and|&|the|for|in)[ \t])?){1,5}\p{Lu}[\p{L}'’-]*"
            r"(?=[ \t]\((?i:charity|registered[ \t]charity|scottish[ \t]charity|company|reg(?:istered)?\.?[ \t]no)\b|[ \t]\((?:SC0\d{5}|NIC\d{6}|\d{6,7})[);])",
            0.6,
        ),
        # A Welsh council by its style: "City and County of Swansea", "County Borough of Wrexham".
        Pattern("council by its style", rf"\b(?:City[ \t]and[ \t]County|County[ \t]Borough|Royal[ \t]Borough)[ \t]of[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?", 0.6),
        Pattern("prison", rf"\b(?:HMP|HMYOI|HMPYOI|HMP/YOI)[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?", 0.7),
        # A Dutch university medical centre: "Amsterdam UMC", "Radboudumc", "Maastricht UMC+".
        Pattern("university medical centre", rf"\b(?:{NAME_WORD}[ \t]UMC\+?|\p{{Lu}}\p{{Ll}}{{3,}}umc)\b", 0.7),
        # A YWCA or a YMCA by its town: "YWCA Cass Clay", "YMCA Greater Toronto".
        Pattern("YWCA by its town", rf"\b(?:YWCA|YMCA)[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}", 0.7),
        # A Quebec or Ontario credit union by its town: "Caisse populaire de Timmins", "Caisse Desjardins du Centre".
        Pattern("caisse populaire", r"\bCaisse[ \t](?:populaire[ \t])?(?:Desjardins[ \t])?(?:de[ \t]|du[ \t]|des[ \t]|d['’])\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?", 0.7),
        # A practice named for the street it stands on: "Pear Tree Lane Surgery", "Tams Brig Surgery".
        Pattern(
            "practice by its street",
            r"\b(?:\p{Lu}\p{Ll}+[ \t]){1,3}(?:Lane|Road|Street|Avenue|Brig|Bridge|Green|Square|Hill|Park|Row|Terrace|Place|Crescent|Drive|Way)"
            r"[ \t](?:Surgery|Practice|Medical[ \t]Centre|Medical[ \t]Center|Health[ \t]Centre|Clinic)\b",
            0.6,
        ),
        # A GP practice by its name: "The Gill Surgery".
        Pattern("practice", rf"\bThe\s(?!{_SPECIALTY}){NAME_WORD}(?:\s{NAME_WORD})?\sSurgery\b", 0.6),
    )
    CONTEXT = ("company", "firm", "employer", "client", "hospital", "corporation", "insurer", "vendor")


class LowerCaseInstitutionRecognizer(DomainRecognizer):
    """A hospital or practice named in lower case, as speech-to-text writes it, reported as the place it is.

    An organisation without a capital is one nobody would call that (NER's "the ward" or "bloods"), so this one names
    a LOCATION: "the ambulance from gozo general hospital", "consultant at the royal victoria hospital".
    """

    ENTITY = "LOCATION"
    PATTERNS = (
        Pattern("institution in lower case", _LOWER_INSTITUTION, 0.6),
        Pattern("practice field", _PRACTICE_FIELD, 0.7),
    )


# A practice, a mine, a centre or a hub by a proper name: "Skerryvore Practice", "Minto Mine", "Isleshavn Care Centre".
# Residential homes and caterers too, whose heads ordinary phrases share: "Larchfield Residential Home", "Piaya House
# Catering"; not "a Local Authority Residential Home" or "Hospital Catering".
_PROPER_HEAD = r"(?:Practice|Surgery|Mine|Quarry|Centre|Center|Hub|Homes|Housing|Campus|Chambers|Partnership|Residential\sHome|Catering)"


class ProperNamedPlaceOfWorkRecognizer(DomainRecognizer):
    """A practice, a mine, a centre or a hub named by a word no dictionary holds.

    "Skerryvore Practice" and "Minto Mine" are somewhere; "Good Clinical Practice", "General Practice", "Compass Centre"
    and "Gold Mine" are words: at least one word of the name must be no English word.
    """

    ENTITY = "ORGANIZATION"
    PATTERNS = (
        Pattern(
            "proper name and head",
            rf"(?<![\p{{L}}'’-])(?!{_DETERMINER}){NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}[ \t]{_PROPER_HEAD}\b",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        words = pattern_text.split()[:-1]
        return any(not is_english(w) and w.casefold() not in STOP_WORDS for w in words)


# An organisation's name that ends with its head noun, or opens with NHS or a prison's letters: the capitalised words
# before the head are the name's, even those the keep-list protects elsewhere ("Alaska" in "Alaska Native Medical Center").
_NAMED_BY_HEAD = re.compile(
    rf"(?:^(?:NHS|HMP|HMYOI|HMPYOI)[ \t](?!{_NATIONAL_NHS})|(?:{_INSTITUTION}|{_PROPER_HEAD}|{_LOCAL_COURT})$)", re.MULTILINE
)


_WHOLE_BY_ITS_SEAT = re.compile(rf"{_BY_ITS_SEAT}$")


def _as_titled(name: str) -> str:
    """A name in capitals as the patterns' title case reads it: "KNOTT DISTRICT COURT" -> "Knott District Court"."""
    return name.title() if name.isupper() else name


def court_by_its_seat(name: str) -> bool:
    """Whether an organisation's name is a local court's, its seat before its kind: "Pike District Court"."""
    return _WHOLE_BY_ITS_SEAT.match(_as_titled(name)) is not None


def named_by_head(name: str) -> bool:
    """Whether an organisation's name ends with an institutional head noun or opens as a health board or a prison does."""
    return _NAMED_BY_HEAD.search(_as_titled(name)) is not None
