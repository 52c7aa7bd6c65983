"""Names that a title, a role label or a credential announces, which the small NER model misses."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from fedtune.scrubbing.recognizers.base import IRISH_PARTICLE, NAME_WORD, DomainRecognizer
from fedtune.scrubbing.recognizers.register import RANK_AND_NUMBER
from fedtune.scrubbing.vouch import census_names, english_words, is_english, proper_words

# Surname particles written as a word of their own: "K Mac Giolla", "Ní Bhriain", "van der Berg".
# Dutch "ter", Welsh "ap", Arabic and Malay "bin", "binte", "bint", Tamil "d/o" and "s/o" (issue 16, blind4).
_PARTICLE = (
    rf"(?:{IRISH_PARTICLE}|Ua|Van|van|Von|von|De|de|Di|Da|Del|Della|Le|La|St\.?|ter|ten|ap|bin|binti|binte|bint|ibn"
    r"|[ds]/o|a/[lp])(?:\s(?:der|den|de|la|['’]t))?"
)
# After an Irish particle the surname may take a prefix in lower case: "Ó hAodha", "Mac an tSaoir", "Ní Bhriain".
_IRISH_SURNAME = rf"{IRISH_PARTICLE}\s(?:an\s)?(?:[hnt]|bh|mb|gc|nd|ng|bp|dt){NAME_WORD}"
_SURNAME = rf"(?:{_IRISH_SURNAME}|(?:{_PARTICLE}\s)?{NAME_WORD})"
# An initial, with or without its period: "C. Green", "J Smith".
# Words of one name share a line: "Crystal White\nPrivate Client Partner" is a name and an office.
_FULL = rf"(?:\p{{Lu}}\.?[ \t])?{_SURNAME}(?:[ \t]\p{{Lu}}\.)?(?:[ \t]{_SURNAME}){{0,2}}"
# "Walker, Timothy": registers and forms put the surname first.
_LISTED = rf"{_FULL}(?:,\s{NAME_WORD}(?:\s{NAME_WORD})?)?"
# Staff write their grade as the label: "RN: C. Green", "HCA: Bríd".
_GRADE = r"(?:RN|LPN|CNA|NP|HCA|SHO|SpR|OT|SLT|SW|RD|CNS|ANP|ACP|FY[12]|EMT)"
# Units and services a case is triaged for: "Triaged for AMU.", "seen by OOH".
_UNIT_ACRONYM = r"(?:AMU|SAU|MAU|CDU|OOH|SDEC|UTC|ED|AE|AAU|EAU|ICU|HDU|ITU|CCU|OPD|GP|MIU|UCC|PT|DN|CMHT|CAMHS|MSK|ENT|OMFS)"
# Titles of other languages too: "Herr Müller", "Pani Wiśniewska", "Fru Kjærgaard", "Smt. Lakshmi Iyer".
_TITLE = (
    r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Judge|Justice|Hon|Atty|Nurse|Sr|Fr|Rev|Herr|Frau|Fru|Frú|Hr|Herra"
    r"|Pani|Pan|Paní|pani|pan|paní|Sra|Srta|Mme|Mlle|Smt|Shri|Sri|Mevrouw|mevrouw|Signora|Signor|Dona|MUDr|Mag"
    # Advocates are addressed by the title in the Channel Islands, Scotland, South Africa and India: "Advocate de la Haye".
    r"|Advocate(?![ \t](?:General|Depute)\b)|Adv|dr"
    # Police ranks and a magistrate's form of address: "Detective Sergeant Kudzai Mhere", "Her Worship Drupatie Achong".
    r"|Sergeant|Sgt|Constable|Inspector(?![ \t]General)|Detective|Corporal|Superintendent|Magistrate(?![ \t]Court)|Ofc|WPC|PCSO|DCI|DSI"
    r"|(?:Her|His|Your)[ \t]Worship)\.?"
)
_ROLE = (
    r"(?i:patient|pt|name|client|plaintiff|defendant|petitioner|respondent|appellant|appellee"
    r"|witness|attorney|counsel|signed|signature|contact|guardian|spouse|wife|husband|mother"
    r"|father|son|daughter|sister|brother|emergency\s+contact|next\s+of\s+kin|referred\s+by"
    r"|seen\s+by|attending|pcp|physician|provider|nurse|surgeon|resident|tenant|landlord"
    r"|employee|employer|borrower|lender|buyer|seller|testator|executor|beneficiary|decedent"
    r"|member|subscriber|insured|enrollee|clinician|consultant|requested\s+by|reported\s+by"
    r"|authori[sz]ed\s+by|verified\s+by|dictated\s+by|prescriber|referrer|gp|director|new\s+director"
    r"|deponent|claimant|applicant|cc|to|from|attn|dear|regards|sincerely|representative|rep|caseworker"
    r"|case\s+worker|social\s+worker|key\s+worker|pharmacist|therapist|physiotherapist|physio|midwife|interpreter"
    r"|alleged(?:\s+(?:perpetrator|abuser|offender))?|perpetrator|abuser|bride|groom|heirs?|mandatary"
    r"|advocate|agent|adjuster|claims\s+handler|handler|author|guarantor|surety|judge|prosecutor|operator(?:\s+on\s+duty)?"
    r"|secretary|clerk|investigator|appropriate\s+authority|(?:housing|liaison|case|duty|welfare|probation|investigating|tenancy)\s+officer"
    r"|(?:reviewed|checked|witnessed|completed|prepared"
    r"|approved|reconciled|assessed|triaged|examined|handed\s+over|instructed|commissioned)\s+by)"
)
# Words that open a letter or an e-mail without naming anyone ("Dear Sir or Madam", "Hi all").
_NOT_ADDRESSEE = (
    r"(?:Sir|Sirs|Madam|All|Team|Colleague|Colleagues|Doctor|Friend|Friends|Everyone|Both|Parent|Parents"
    r"|Patient|Customer|Member|Client|Editor|Partner|Partners|Manager|Committee|Board|Panel|Reader|Hi|Hello"
    r"|Thanks|Regards|Cheers|Note|Notes|Plan|The|Doctora|Señor|Señora|Señorita|Sra|Sr|Cliente|Paciente|Familia|Whānau"
    r"|Koutou|Katoa)\b"
)
# After a name: its sex, birth or age in brackets, a bar admission, or a pleading's "an
# individual": "Rosa Garzoni (female)", "LAURA BURNS, an individual".
_DESCRIBED = (
    r",?\s\((?:(?i:male|female|m|f|born|b\.|aged?|dob)\b|(?:[A-Z]{2}\s)?(?:State\s)?Bar\b)|,\s(?:an\s)?individual\b"
    # Or a date of birth without brackets, as a referral's subject line writes it: "Re: Soo-ah Park, DOB 13.08.1981".
    r"|,?[ \t](?:DOB|D\.O\.B\.?|(?i:date\sof\sbirth|born))\b"
    # Or a grade or relation in brackets: "Witness G Turner (HCA)", "C Ramos (pharmacist)", "Yvonne Jones (sister)".
    rf"|\s\((?:{_GRADE}|(?i:pharmacist|nurse|midwife|physiotherapist"
    r"|social\sworker|interpreter|paralegal|carer|sister|brother|mother|father|wife|husband|son|daughter|partner|friend))\)"
    # Or a study's role after a comma: "by Itishree Dash, study coordinator".
    r"|,[ \t](?:the[ \t])?(?:study|trial|research|clinical[ \t]trial)[ \t](?:coordinator|co-ordinator|nurse|manager|monitor|physician|pharmacist)\b"

)
# After a forename and a surname: a job in lower case after a comma, as a signature or a note names its writer ("Marged
# Watts, debt adviser", "Caradog Penrhyn, rheolwr y practis / practice manager"), or an identifier's label, as a site's
# log keeps a name with its number ("Afreen Nigam, ABHA 91-...").
_JOB_OR_ID_AFTER = (
    r",[ \t](?:(?:[\p{Ll}'’-]+[ \t]|/[ \t]){0,5}(?:manager|adviser|advisor|officer|coordinator|co-ordinator|administrator|nurse"
    r"|counsellor|counselor|caseworker|investigator|inspector|supervisor|practitioner|assessor|trustee|surveyor|paralegal"
    r"|worker|navigator|chaplain|director|receptionist)\b"
    # Or an office, capitalised as a signature writes it: "Dineo Mmolawa, Magistrate", "Kofi Boateng, Deputy Registrar".
    r"|(?:(?:Senior|Chief|Principal|Resident|Deputy|Assistant|Acting|District|Presiding)[ \t])*(?:Magistrate|Judge|Registrar"
    r"|Commissioner|Notary|Mediator|Arbitrator|Chairperson|Chairman|Coroner|Kadhi|Clerk)\b(?=[ \t]*(?:[.,;)\n]|$))"
    r"|(?:ABHA|UHID|MRN|NHS[ \t](?:no\.?|number)|CHI|NHI|Aadhaar|PAN|NI[ \t]no\.?|IHI|PHN|SSN)\b)"
)
# A signature line sits above the signer's office: "Nilda Jordá\nUnited States District Judge".
_OFFICE = (
    r"(?:(?:United\sStates|Chief|Senior|Circuit|District|Magistrate|Bankruptcy|Associate|Deputy|Managing)\s)*"
    r"(?:Judge|Justice|Magistrate|Clerk|Registrar|Partner|Solicitor|Paralegal|Attorney|Counsel|Consultant)\b"
)
# A word of a deceased's name, in any case, stopping at "Deceased" and "Late".
_ESTATE_WORD = r"(?!(?i:deceased|late)\b)\p{Lu}[\p{L}'’-]*\p{L}"
_ACCENTED = r"(?=[\p{L}\p{M}'’-]*[^\p{ASCII}])ʻ?\p{Lu}[\p{L}\p{M}'’-]*\p{L}\p{M}*(?![\p{L}\p{M}\d'’-])"
# A credential after a name: "Roald Eidsness, M.D.", "Wanbli Two Bulls, Au.D., CCC-A" (ended by no letter, so "M.D." ends
# where a comma follows it).
_CREDENTIAL = (
    r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PhD|Ph\.D\.|DDS|DVM|MBBS|FRCS|Esq\.?|J\.D\.|JD|LCSW|PharmD|Au\.D\.|AuD|O\.D\."
    r"|DNP|DPM|RPh|PsyD|Psy\.D\.|LMFT|CCC-(?:SLP|A))(?![\p{L}\d])"
)


# A surname in capitals before the given name, as registers and forms write it: "KHUMALO Lwazi", "MAGSAYSAY Liezl".
_CAPS_SURNAME = r"\p{Lu}{2,}(?:['’-]\p{Lu}+)*[ \t]+(?=\p{Lu}\p{Ll})"
# Stop words and calendar words that a capital at a sentence start does not make a name.
_NOT_NAME = (
    r"(?:In|At|On|The|A|An|And|But|Or|If|Is|It|He|She|We|They|His|Her|Has|Had|Was|Will|Not|No|To|For|From|With|By"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Today|Tomorrow|Yesterday)\b"
)
# The last word of a body's name, which no person's surname is in a list of those present.
_INSTITUTION = r"(?:Committee|Court|Board|Council|Department|Hospital|Clinic|Service|Services|Unit|Team|Panel|Ministry|Office)"
# Relatives and carers written in running text before their name: "her daughter Hamish", "sister Nomvula Dlamini".
_KIN = (
    r"(?:daughter|son|wife|husband|partner|mother|father|mum|mom|dad|sister|brother|niece|nephew|grandson"
    r"|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|carer|caregiver|friend|neighbou?r"
    r"|fianc[ée]e?|spouse|stepson|stepdaughter|stepmother|stepfather|godmother|godfather"
    r"|grandchild|great-grandchild|great-grandson|great-granddaughter|stepchild|godson|goddaughter"
    # Staff named by their job in running text: "Triage nurse Adeyemi", "seen by physio Kowalski".
    r"|nurse|doctor|midwife|physio|physiotherapist|pharmacist|therapist|paramedic|registrar|consultant|surgeon"
    r"|porter|receptionist|secretary|paralegal|solicitor|barrister|caseworker)"
)
# English words written after "A-" that are no diminutive: "A-line", "A-fib", "A-levels", "A-wave".
_A_WORDS = (
    r"(?:lines?|levels?|fib|flutter|waves?|scans?|types?|teams?|frames?|lists?|sides?|grades?|modes?|series|class"
    r"|plus|minus|positive|negative|bomb|okay|ok|one|star|road|roads|wing|frame)"
)
# Who speaks in a chat or call transcript: "[10:02] Agent Jedda:", "Operator Smith:".
_SPEAKER = r"(?:Agent|Advisor|Adviser|Operator|Rep|Representative|Caller|Customer|Officer|Counsellor|Counselor|Interpreter|Moderator|Host)"
# How a caller or writer gives their own name: "it's Jun-jun Magsaysay", "my name is Ana".
_SELF = r"(?i:it['’]s|it\s+is|this\s+is|I['’]m|I\s+am|speaking\s+(?:to|with)|talking\s+(?:to|with))"
# A national or health identifier in brackets after a name: "Katerina Vlachos (AMKA 10543103256)".
_BRACKETED_ID = r"[ \t]\((?:[\p{L}.]+[ \t]){0,3}[#:]?[ \t]?\d[\d \t./-]{5,}\d\)"


class TitledPersonRecognizer(DomainRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        Pattern("title", rf"\b{_TITLE}\s{{1,2}}(?:{_TITLE}\s{{1,2}})?\K{_FULL}", 0.85),
        # A person by a title and an initial alone, as a summary shortens a name: "if Mr M. deteriorates", "cc: Mr C.".
        Pattern("title and initial", r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?[ \t]\K\p{Lu}\.(?![\p{L}\d])", 0.85),
        # A title after the label is not the name: the "title" pattern takes the name after it.
        Pattern("role label", rf"\b(?:{_ROLE}|{_GRADE})\s{{0,2}}[:,]\s{{0,2}}\K(?!{_TITLE}\s)(?:{_CAPS_SURNAME})?{_LISTED}", 0.6),
        # A relative named in running text: the relation in lower case, then a capitalised name.
        Pattern("relative", rf"(?<![\p{{L}}-]){_KIN}[ \t]+\K(?!{_NOT_NAME}|{_TITLE}\s){_FULL}", 0.6),
        # A speaker's label in a transcript: a role, then a name, then the colon.
        Pattern("speaker", rf"\b{_SPEAKER}[ \t]+\K(?!{_NOT_ADDRESSEE}|{_NOT_NAME}){_FULL}(?=[ \t]*:)", 0.6),
        # A caller's own name: one word after "my name is", a first name and a surname after "it's".
        Pattern("own name", rf"\b(?i:my\s+name\s+is|my\s+name['’]s|name['’]s)[ \t]+\K(?!{_NOT_NAME}){_FULL}", 0.6),
        # Whom to ask for: "ask for Hope on ext. 6011", "speak to Mark".
        Pattern("ask for", rf"\b(?i:ask\s+for|speak\s+(?:to|with)|contact)[ \t]+\K(?!{_NOT_NAME}|{_NOT_ADDRESSEE}|{_TITLE}\s){_FULL}(?=[ \t]+(?:on|at)\b|[ \t]*[.,;]|[ \t]*$)", 0.6),
        Pattern("introduced", rf"\b{_SELF}[ \t]+\K(?!{_NOT_NAME}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}(?:[ \t]{_SURNAME})?", 0.6),
        # Surname first too, as a sign-out lists patients: "2. Cline, Hobert (MRN 4471902)".
        Pattern("name before a bracketed identifier", rf"(?<![\p{{L}}'’-])(?!{_NOT_NAME}|{_NOT_ADDRESSEE}){_LISTED}(?={_BRACKETED_ID})", 0.6),
        # An officer after the rank and collar number: "DS 602 Eifion Breeze produced the audit", "PC 3054 Rhys Pugh".
        Pattern(
            "officer after the collar number",
            rf"\b{RANK_AND_NUMBER}[ \t]+\K(?!{_NOT_NAME}){NAME_WORD}(?:[ \t]{_SURNAME}){{1,2}}",
            0.85,
        ),
        # An author with an affiliation's mark, as a paper lists them: "Rune Gudmunds², Karin Öhman¹,*".
        Pattern(
            "author with an affiliation mark",
            rf"(?<![\p{{L}}'’-])(?!{_NOT_NAME}|{_TITLE}\s){NAME_WORD}(?:[ \t]\p{{Lu}}\.)?(?:[ \t]{_SURNAME}){{1,2}}(?=[¹²³⁴⁵⁶⁷⁸⁹]+[*†‡]?(?:[ \t,;(]|$))",
            0.85,
        ),
        # A handover names who takes over after "to": "Handover from M Byrne RN to Killian".
        Pattern("handover", rf"\b(?i:hand(?:ed)?\s?over|handoff)\b[^\n]{{0,60}}?\sto\s\K(?!{_TITLE}\s|{_NOT_ADDRESSEE}){_FULL}", 0.6),
        # A heading in capitals that ends with a dash and an initialled name: "CASE NOTES - M. Humphrey".
        Pattern("heading", rf"^[\p{{Lu}} \t]+[-–][ \t]\K\p{{Lu}}\.?\s{_SURNAME}(?:\s{_SURNAME})?(?=[ \t]*$)", 0.6),
        # A surname with a separate Irish particle is a name on its own: "K Mac Giolla", "Ní Bhriain".
        Pattern(
            "Irish surname",
            rf"\b(?:{NAME_WORD}\s|\p{{Lu}}\.?\s)?{IRISH_PARTICLE}\s(?!(?:Pro|Mini|Book|Air)\b){NAME_WORD}",
            0.6,
        ),
        # Who speaks in a chat export, after the bracketed time: "[9:44 PM] Maite: OK" (issue 16, blind4).
        # WhatsApp marks a number not in the contacts with "~", and a role may follow in brackets: "[10:02] ~Lamia:",
        # "[09:14] Teopista (counsellor): ..." (issue 16, blind9).
        Pattern("chat speaker", rf"^\[[^\]\n]{{1,40}}\][ \t]+~?\K(?!{_NOT_ADDRESSEE}|{_NOT_NAME}|{_SPEAKER}\b|{_TITLE}\s){_FULL}(?=[ \t]*(?:\([\p{{L}} .-]{{1,25}}\)[ \t]*)?:)", 0.6),
        # A name spelled out letter by letter after "spelled": "last name spelled B-A-K-E-R".
        Pattern("spelled out", r"\b(?i:spelled|spelt|spelling)(?:[ \t](?i:as|out))?[ \t]*:?[ \t]+\K\p{Lu}(?:-\p{Lu})*(?![\p{L}\d-])", 0.85),
        # A name spelled out with no cue, three capitals or more joined by dashes: "the name is Cheah, T-E-O-H".
        Pattern("letters joined by dashes", r"(?<![\p{L}\d-])\p{Lu}(?:-\p{Lu}){2,}(?![\p{L}\d-])", 0.6),
        # The Hokkien and Cantonese diminutive "A-" before a given name's syllable: "A-shan", "A-ming", "A-hsiung".
        Pattern("A- diminutive", rf"(?<![\p{{L}}\d'’-])A-(?!{_A_WORDS}\b)\p{{Ll}}{{2,}}(?![\p{{L}}\d-])", 0.6),
        # The deceased whose estate a probate letter is about: "ESTATE OF CAOLAIN MCGLINCHY DECEASED".
        Pattern("estate of", rf"\b(?i:estate\s+of\s+(?:the\s+late\s+)?)\K{_ESTATE_WORD}(?:\s{_ESTATE_WORD}){{0,3}}", 0.6),
        # A Gaelic patronymic, a forename and the father's after "mac" (son of), "nic" or "nighean" (daughter of), as a
        # township knew a man: "Seumas mac Choinnich", "Peigi nighean Dhòmhnaill".
        Pattern("patronymic", rf"(?<![\p{{L}}'’-]){NAME_WORD}[ \t](?:mac|nic|nighean)[ \t]\p{{Lu}}[\p{{L}}'’-]+", 0.6),
        # And in the languages written beside English: Welsh "Annwyl", Māori "Kia ora" and "Tēnā koe", Spanish "Estimada".
        Pattern("greeting", rf"^[ \t]*(?:Dear|Hi|Hello|Hey|Hiya|hiya|hi|hello|hey|dear|Annwyl|Kia[ \t]ora|Tēnā[ \t]koe"
                rf"|Estimad[oa]|Querid[oa]|Hola|Beste|Lieve|Liebe|Lieber|Kære|Kjære|Bonjour)[ \t]+\K(?!{_NOT_ADDRESSEE})(?!{_TITLE}\s){_FULL}", 0.6),
        # Who triaged or saw a case, by initials ending the sentence: "Triaged for PG.", "seen by AB" (the keep-list
        # protects "CT", "OT" and their like).
        Pattern(
            "initials of who triaged",
            r"\b(?i:triaged|seen|reviewed|assessed|checked|signed|actioned|noted)[ \t]+(?i:for|by)[ \t]+"
            rf"\K(?!{_GRADE}\b|{_UNIT_ACRONYM}\b)\p{{Lu}}{{2,3}}(?=[ \t]*(?:[.,;)]|$|(?:then|at|and)\b))",
            0.6,
        ),
        # A chat assistant thanking the user by name: "Thanks, Mandeep.", "Thank you, Lottie. Your request is ...".
        Pattern(
            "thanks",
            rf"\b(?:Thanks|Thank[ \t]you|Thank[ \t]u|Thx|Sorry)[ \t]*,[ \t]*\K(?!{_NOT_ADDRESSEE}|{_NOT_NAME}|{_TITLE}\b"
            rf"|(?:Nurse|Sister|Reception|Pharmacy|Everyone|Both|Again|Anyway|Bye)\b){NAME_WORD}(?=[ \t]*[.,!?])",
            0.6,
        ),
        # "Sean -" or "Anne," alone on the line that opens an e-mail.
        Pattern("bare greeting", rf"^(?!{_NOT_ADDRESSEE}){NAME_WORD}(?=[ \t]?[-–,][ \t]*$)", 0.5),
        Pattern(
            "sign-off",
            rf"\b(?:Best|Regards|Thanks|Cheers|Sincerely|Best\swishes|Kind\sregards|Many\sthanks|Warm\sregards|Yours\s(?:sincerely|faithfully|truly))"
            rf"[,.!]?\s{{1,4}}\K(?!{_NOT_ADDRESSEE})(?!{_TITLE}\s){_FULL}(?=[ \t]*$)",
            0.6,
        ),
        Pattern("described", rf"\b{_LISTED}(?={_DESCRIBED})", 0.6),
        # A contact's name in brackets before their relation, as clinics list next of kin: "(Berthe, daughter)",
        # "(Rosette\\, sister)" in an iCalendar description, where a comma is escaped and a line folded.
        # A forename and a surname before their role in a meeting's list of those present: "Present: Gevorg Mkrtchyan
        # (Chair), Anahit Poghosyan (independent donor advocate)"; a committee or a department is no one.
        Pattern(
            "role in brackets",
            rf"(?<![\p{{L}}'’-])(?!{_NOT_NAME}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}(?:[ \t]{_SURNAME})?(?<!{_INSTITUTION})"
            r"(?=[ \t]\((?i:(?:[\p{Ll}-]+[ \t]){0,3}(?:chair|chairperson|chairman|chairwoman|vice-chair|secretary|psychologist"
            r"|psychiatrist|surgeon|physician|advocate|coordinator|co-ordinator|observer|member|rapporteur|minute-taker"
            r"|anaesthetist|anesthetist|nephrologist|cardiologist|ethicist|lawyer|counsel|manager|officer|worker|practitioner"
            r"|investigator|supervisor|inspector))[),])",
            0.6,
        ),
        # A patient by initials, as adverse-reaction reports name them: "in patient M.L.", "pt B.K.".
        Pattern("patient initials", r"\b(?i:patient|pt|client|child|infant|baby|subject)[ \t]+\K\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?", 0.6),
        # A nickname by how it is given: "known on site as Sopo", "nicknamed Tiko", "(Vaho to the family)".
        Pattern(
            "nickname given",
            rf"\b(?i:nicknamed|also[ \t]called|also[ \t]known[ \t]as|a\.k\.a\.?|alias|goes[ \t]by|known[ \t](?:on[ \t]\p{{Ll}}+|to[ \t](?:the[ \t]|his[ \t]|her[ \t])?\p{{Ll}}+|locally|at[ \t]\p{{Ll}}+)[ \t]as)"
            rf"[ \t]+[\"“‘']?\K{NAME_WORD}",
            0.6,
        ),
        # A nickname by who calls them it: "(they call him Spud)", "says call him Kel", "everyone calls her Jackie".
        Pattern(
            "nickname called",
            r"\b(?i:call|calls|called)[ \t]+(?i:him|her|them|me)[ \t]+[\"“‘']?\K"
            rf"(?!(?:Mum|Mom|Mam|Dad|Nan|Gran|Grandma|Grandad|Sir|Madam|Doctor|Nurse|Sister|Auntie|Aunty|Uncle|Boss|Mate)\b){NAME_WORD}",
            0.6,
        ),
        # An exhibit is marked with its deponent's initials: "exhibit TB/1", "Exhibit JKM/3".
        Pattern("nickname to the family", rf"\(\K{NAME_WORD}(?=[ \t]to[ \t](?:the|his|her|their)[ \t](?:family|friends|staff|team)\))", 0.6),
        # A court's members by their office after the name: "Before Naina Razafindrakoto, President;".
        Pattern(
            "member of a court",
            rf"(?<![\p{{L}}'’-])(?!{_NOT_NAME}|(?:Before|Coram|Present)\b|{_TITLE}\s){_FULL}"
            r"(?=,[ \t](?:President|Vice-President|Presiding[ \t](?:Judge|Magistrate|Officer)|Assessor|Chairperson"
            r"|(?:Regional|Resident|Senior|Chief|Principal|Provincial)[ \t]Magistrate)(?=[ \t]*(?:[;,.)]|of\b|$)))",
            0.6,
        ),
        Pattern("bracketed relative", rf"\((?!{_NOT_NAME}|{_TITLE}\s)\K{_FULL}(?=\\?,\s{{1,3}}(?:{_KIN})\b)", 0.6),
        Pattern("testimony", rf"\b(?i:deposition|testimony|declaration|affidavit|statement|examination)\s+(?i:of)\s+\K(?!{_TITLE}\s){_FULL}", 0.6),
        Pattern("signature", rf"^[ \t]*\K{_FULL}(?=[ \t]*\n[ \t]*{_OFFICE})", 0.6),
        Pattern("credential", rf"\b{_FULL}(?=,?\s{_CREDENTIAL})", 0.85),
        # The holder's name in a travel document's machine-readable zone (ICAO 9303): "P<GBRPROCTOR<<EVALIE<<<<<".
        Pattern("machine-readable zone", r"(?<=\b[PIAC][A-Z<][A-Z]{3})[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*(?=<|$)", 0.85),
        # An identity card's third line is the name alone, filled to the end: "ERIKSSON<<ANNA<MARIA<<<<<<<<<<".
        Pattern("machine-readable zone, name line", r"^[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*(?=<{2,}[ \t]*$)", 0.85),
        # A nickname in quotes between the names: Margaret "Peggy" Olsen.
        # A patronymic joined by its word, as Malaysian, Singaporean and Indian names are: "Maniam a/l Sinnathamby",
        # "PUSHPAVALLI A/P KARUPPIAH", "Suraya binti Zakaria", "Ahmad bin Ismail", "Ravi s/o Krishnan".
        Pattern(
            "patronymic",
            r"\b\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?[ \t](?:a/l|a/p|A/L|A/P|bin|binti|BIN|BINTI|bt\.|s/o|d/o|S/O|D/O)[ \t]\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?",
            0.85,
        ),
        Pattern("nickname", rf"\b{NAME_WORD}[ \t][\"“‘']{NAME_WORD}[\"”’'][ \t]{_SURNAME}", 0.85),
        # A capitalised word with a letter English does not write (Siobhán, Þórsdóttir, Wiśniewska, Müller,
        # GUÐMUNDSSON) is a name or a place in English text; eponyms with accents are on the keep-list.
        Pattern("name with non-English letters", rf"(?<![\p{{L}}\d'’-]){_ACCENTED}(?:[ \t]{_ACCENTED})?", 0.6),
        # A register line in capitals, surname first, before a column gap or the line's end: "LYNCH, HUNTER  ...";
        # and "Lynch, Hunter:" opening a line.
        Pattern("register line", r"^[ \t]*\K\p{Lu}{2,}(?:['’-]\p{Lu}+)*,[ \t]\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?=[ \t]{2,}|\t|[ \t]*$)", 0.6),
        Pattern("surname first opening a line", rf"^[ \t]*\K{NAME_WORD},[ \t]{NAME_WORD}(?=:)", 0.6),
        # Registers write the surname in capitals first: "BAKER, Robert".
        Pattern("surname first", rf"\b\p{{Lu}}{{2,}}(?:['’-]\p{{Lu}}+)?,\s{_FULL}", 0.6),
    )
    CONTEXT = ("dr", "patient", "name", "mr", "mrs", "ms", "attorney", "counsel")


# Who did what, after the verb and "by": "checked by Rumen Gerdzhikov", "witnessed by 3/O Thura Naing". A rank,
# or a job in lower case, may come between ("by master pharmacist Ivana Petrova").
_DONE_BY = (
    r"(?i:checked|witnessed|compounded|made|signed|countersigned|prepared|reviewed|approved|dictated|interpreted"
    r"|translated|examined|transcribed|verified|issued|certified|attended|accompanied|escorted|collected|administered"
    r"|exported|compiled|submitted|entered|recorded|authored|created|completed|uploaded|scanned|logged|assessed|typed"
    r"|seen|reported|referred|interviewed|visited|treated|supervised|counsell?ed|inspected)"
    r"[ \t]+(?i:by)[ \t]+(?:\d/O[ \t]+|(?:master|senior|chief|duty|charge|staff|head)[ \t]+\p{Ll}+[ \t]+)?"
)

# A party's part in a case or a record, written before the name without a colon.
_PARTY = (
    r"(?i:accused|complainant|witness|applicant|appellant|claimant|defendant|respondent|deponent|petitioner|plaintiff"
    r"|victim|suspect|informant|tenant|patient|client|offender|detainee|prisoner|inmate|deceased|caller|village[ \t]+head"
    r"|head[ \t]+of[ \t]+household|household[ \t]+head|spouse|wife|husband)"
)

class DoneByPersonRecognizer(DomainRecognizer):
    """A forename and a surname after "checked by", "witnessed by" and their like, or after a party's part
    ("Accused", "the witness"), unless every word is English.

    "reviewed by Infection Control" names a team; "checked by Rumen Gerdzhikov" a person, though "rumen" is a word.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern("done by", rf"\b{_DONE_BY}\K(?!{_NOT_NAME}|{_NOT_ADDRESSEE}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}", 0.6),
        # A party named with no colon after the word for its part: "Accused Kagiso Molefe pleaded", "the witness Grace Mensah".
        Pattern("party", rf"\b{_PARTY}(?:[ \t]*:)?[ \t]+\K(?!{_NOT_NAME}|{_NOT_ADDRESSEE}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}", 0.6),
        # A job's label or a referee's before a colon: "Safety manager: ...", "Shift supervisor: ...", "Reference: ..." (not
        # "Shift supervisor: Night Staff", "Character reference: Church Elder": every word English).
        Pattern(
            "job's label",
            r"\b(?i:(?:[\p{L}-]+[ \t]+)?(?:manager|supervisor|foreman|forewoman|warden|superintendent)|(?:character[ \t]+|personal[ \t]+)?reference)"
            rf"[ \t]*:[ \t]*\K(?!{_NOT_NAME}|{_NOT_ADDRESSEE}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}(?:[ \t]{_SURNAME})?",
            0.6,
        ),
        # Whom a letter is for, after "attn." or "c/o": "attn. Ruthsel Pourier", "c/o Rignalda Craane".
        Pattern("for the attention of", rf"\b(?i:attn|attention|c/o|care[ \t]of)\.?:?[ \t]+\K(?!{_NOT_NAME}|{_NOT_ADDRESSEE}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}", 0.6),
        # A police officer by rank letters that mean other things too ("PC" after meals, "DS" a discharge summary): a
        # forename and a surname after them, "PC Lystra Gumbs", not "PC Evening Meal".
        Pattern("police rank", rf"\b(?:PC|DC|DS|PS)[ \t]\K(?!{_NOT_NAME}|{_NOT_ADDRESSEE}){NAME_WORD}[ \t]{_SURNAME}", 0.6),
        # A household's members by their relation in brackets, one name alone too: "Elijah (child)", "Dorelia (baby)".
        Pattern(
            "relation in brackets",
            rf"(?<![\p{{L}}'’-])(?!{_NOT_NAME}|{_TITLE}\s){NAME_WORD}(?:[ \t]{_SURNAME}){{0,2}}"
            r"(?=[ \t]\((?i:child|baby|infant|grandchild|grandson|granddaughter|niece|nephew|cousin|aunt|uncle|grandmother"
            r"|grandfather|stepson|stepdaughter|foster[ \t]child)\))",
            0.6,
        ),
        # A judge's or a magistrate's name in capitals before the office, as a judgment is signed: "NDUTA MURAGE, JUDGE".
        Pattern(
            "signed in capitals",
            r"^[ \t]*\K(?!(?:TO|OF|THE|AND|BY|FOR|COSTS|APPEAL|ORDER)\b)\p{Lu}[\p{Lu}'’-]+"
            r"(?:[ \t](?!(?:TO|OF|THE|AND|BY|FOR)\b)\p{Lu}[\p{Lu}'’-]+){1,3}(?=,[ \t](?:JUDGE|MAGISTRATE|JUSTICE|REGISTRAR|DEPUTY[ \t]REGISTRAR"
            r"|CHIEF[ \t]MAGISTRATE|SENIOR[ \t]MAGISTRATE|RESIDENT[ \t]MAGISTRATE|PRESIDING[ \t]OFFICER|KADHI)\b)",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return not all(is_english(word) for word in pattern_text.split())


# Occasions a person's name is given with: "the birthday party of Ronnel Dalisay", "Ronnel Dalisay's 18th birthday".
_OCCASION = r"(?:birthday(?:[ \t]party)?|wedding(?:[ \t]party)?|funeral|christening|baptism|debut(?:[ \t]party)?|memorial[ \t]service)"


class PartNamedPersonRecognizer(DomainRecognizer):
    """A forename and a surname by their part in a report or a form, a job or an identifier's label after them, or an
    occasion that was theirs, when every word is a census name or no English word, or the last is a census surname or
    no English word, and none is a placeholder.

    "Referee: Sanet Pietersen", "(HR: Thabiso Mamabolo)", "Investigated by Marivic Lacson", "Marged Watts, debt adviser",
    "Afreen Nigam, ABHA 91-...", "the birthday party of Ronnel Dalisay", "Ronnel Dalisay's party"; not "Coordinator:
    Finance Team", "(HR: Sinus Rhythm)", "Child Protection, social worker allocated" or "the wake of Operation Yewtree".
    """

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "part in a report",
            r"(?:\b(?i:coordinator|co-ordinator|referee|coach|umpire|broker|trustee|(?:debt|money|benefits|welfare)[ \t]+advis[eo]r"
            r"|advis[eo]r|line[ \t]+manager|(?:social[ \t]+)?worker[ \t]+on[ \t]+duty|duty[ \t]+worker|questions|enquiries|queries"
            r"|contact[ \t]+person|lives?[ \t]+with|stays?[ \t]+with)[ \t]*[:,-][ \t]*"
            r"|\b(?i:investigated|interviewed|supported|accompanied)[ \t]+by[ \t]+|\((?-i:HR)[ \t]*:[ \t]*"
            # A mediation board's or a court's officers, and a traditional leader: "Chairman: ...", "mediators ...",
            # "under Chief Lazarous Ndhlovu", "near the kgotla of headman ..." (not "Chief Executive").
            r"|\b(?i:chairman|chairperson|mediators?|arbitrators?|conciliators?)[ \t]*:?[ \t]+"
            r"|\b(?:Chief|Senior[ \t]Chief|Sub-chief|Headman|headman|Induna|Kgosi)[ \t]+(?!(?:Petty|Executive|Officer|Inspector"
            r"|Superintendent|Constable|Nurse|Medical|Financial|Operating|Justice|Magistrate|Clerk|Engineer|Steward|Complaint"
            r"|Warrant|Technical|Information|Pharmacist|Scientist|Registrar)\b))"
            rf"\K(?!{_NOT_NAME}|{_NOT_ADDRESSEE}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}(?:[ \t]{_SURNAME})?",
            0.6,
        ),
        # The second and later members a panel's or a meeting's list names: "Panel: Dr Ann Roe (chair), Omer Loutit".
        Pattern(
            "listed member",
            r"(?<=^[^\n]*?\b(?:(?i:panel|present|members|attendees|in[ \t]attendance|apologies|tribunal)[ \t]*:"
            r"|(?i:mediators|arbitrators|members)[ \t])[^\n]*?(?:,|;|\band\b)[ \t]+)"
            rf"(?!{_NOT_NAME}|{_NOT_ADDRESSEE}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}(?:[ \t]{_SURNAME})?(?=[ \t]*(?:[,;.(]|$|and\b))",
            0.6,
        ),
        Pattern(
            "job or id after",
            rf"(?<![\p{{L}}'’-])(?!{_NOT_NAME}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}(?:[ \t]{_SURNAME})?(?={_JOB_OR_ID_AFTER})",
            0.6,
        ),
        Pattern(
            "occasion of",
            rf"\b(?i:{_OCCASION})[ \t]+of[ \t]+\K(?!{_NOT_NAME}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}(?:[ \t]{_SURNAME})?",
            0.6,
        ),
        # A child or a client named only by the possessive before their plan or their people: "Hedda's individual health
        # plan", "Siri's mother" (eponyms are the keep-list's: "Parkinson's plan" stays).
        Pattern(
            "whose plan or people",
            r"(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}(?=['’]s[ \t](?:individual|health|care|support|safety|education|treatment|birth|own"
            r"|mother|father|mum|dad|parents?|grandmother|grandfather|sister|brother|teacher|class|school|key[ \t]worker"
            r"|social[ \t]worker|foster[ \t]carer|carers?)\b)",
            0.6,
        ),
        Pattern(
            "whose occasion",
            rf"(?<![\p{{L}}'’-])(?!{_NOT_NAME}|{_TITLE}\s){NAME_WORD}[ \t]{_SURNAME}"
            rf"(?=['’]s[ \t](?:\d{{1,3}}(?:st|nd|rd|th)[ \t])?(?:{_OCCASION}|party)\b)",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        # The part or the job around the words says a person is meant, so a word that is English only once inflected is
        # no objection when the last is a census surname or no English word: "Marged Watts, debt adviser" ("marged" reads
        # as a verb). A dictionary's own word still is: not "Coordinator: Finance Team", "Reference: Church Elder".
        words = _folded_words(pattern_text)
        if _census_or_unknown(words):
            return True
        dictionary = english_words()
        return (bool(words) and not any(w in _NO_NAME or w in dictionary or w in STOP_WORDS for w in words)
                and (words[-1] in census_names().last or not is_english(words[-1])))



# Words a form's name field holds when it names no one: "Name: unknown", "Surname: as above", "Name: baby boy".
_NO_NAME = frozenset(
    "unknown not known stated withheld anonymous anon tbc tba tbd see above below as same n/a na none nil baby boy girl "
    "male female unnamed the applicant patient client mum dad mother father parent parents child redacted".split()
)


def _folded_words(text: str) -> list[str]:
    """A match's words in lower case, without the apostrophes and hyphens at their ends."""
    return [w for w in (word.strip("'’-").casefold() for word in text.split()) if w]


def _census_or_unknown(words: list[str]) -> bool:
    """Whether every word is a census name or no English word, and none a placeholder ("unknown", "as above")."""
    census = census_names()
    return bool(words) and all(w not in _NO_NAME and (w in census.first or w in census.last or not is_english(w)) for w in words)


class TypedNameRecognizer(DomainRecognizer):
    """A name typed where a system puts one: a chat export's sender, and a form's name field typed in lower case.

    Every word must be a census name or no English word, and no placeholder: "09:15 - Claimant: arrived" and
    "Name: unknown" name no one; "21:14 - Gobnait Hahessy:" and "First name: bryony" do.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        # A sender in a chat export, after the message's date and time: "12/03/2024, 21:14 - Gobnait Hahessy: bed 11?",
        # "Sat 14/09 07:02 - Trofim Voykin:", "[12/03/2024, 21:14:05] Name:". A time alone opens a timeline's line.
        Pattern(
            "chat sender",
            r"^[ \t]*\[?(?:\p{L}{2,9}\.?,?[ \t]+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}"
            r"(?::\d{2})?(?:[ \t]?(?i:[ap]\.?m\.?))?\]?[ \t]*(?:[-–—][ \t]*)?\K\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*){0,3}(?=[ \t]*:[ \t])",
            0.7,
        ),
        # A bare "Name:" field typed in lower case, alone on its line: "Name: kerry ann mcgrath" (not "Name: unknown").
        Pattern(
            "name field in lower case",
            r"^[ \t]*(?:(?i:full|patient['’]?s?|client['’]?s?|your)[ \t]+)?(?i:names?)"
            r"[ \t]*:[ \t]*\K\p{Ll}[\p{Ll}'’-]+(?:[ \t]\p{Ll}[\p{Ll}'’-]+){0,3}(?=[ \t]*$)",
            0.7,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        words = _folded_words(pattern_text)
        if len(words) == 1 and words[0] not in census_names().first:
            return False  # one word alone ("Handover:", "Triage:") is a sender only if census data knows it as a forename
        return _census_or_unknown(words)


class NameFieldRecognizer(DomainRecognizer):
    """A forename or surname typed in lower case into a form's field for it, alone on its line: "First name: bryony",
    "Surname: o'toole". The field is for a person, so any word but a placeholder ("unknown", "as above") is a name."""

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "forename or surname field in lower case",
            r"^[ \t]*(?:(?i:first|given|last|family|middle)[ \t]+(?i:names?)|(?i:forenames?|surname))"
            r"[ \t]*:[ \t]*\K\p{Ll}[\p{Ll}'’-]+(?:[ \t]\p{Ll}[\p{Ll}'’-]+){0,3}(?=[ \t]*$)",
            0.7,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        words = [w.strip("'’-").casefold() for w in pattern_text.split()]
        return not any(w in _NO_NAME for w in words)

# A surname in capitals before given names, as Hong Kong, Malaysian and Singaporean registers write it:
# "CHEAH Keat Hin", "POON Pui-shan". The first given name may be no English word ("ICU Admission", "MRI Brain"),
# and the capitals must be a census name ("POON", though "poon" is a tree) or a word of four letters or more,
# with a vowel, that no list knows ("CHEAH"): an unknown three-letter word in capitals is an acronym.
class CapitalSurnameFirstRecognizer(DomainRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "surname in capitals, then given names",
            rf"(?<![\p{{L}}\d'’/-])\p{{Lu}}{{3,}}(?![\p{{L}}\d'’/-])[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?(?![\p{{L}}\d'’-])",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        surname, given = pattern_text.split()[:2]
        census = census_names()
        lower = surname.lower()
        known_surname = lower in census.last or lower in census.first
        if is_english(given.split("-")[0]) or not known_surname and (is_english(lower) or lower in proper_words()):
            return False
        # An unknown word in capitals of five letters or fewer is as likely an acronym ("NIHB Medical" aside).
        return known_surname or len(surname) >= 4 and any(c in "AEIOUY" for c in surname)


class ScannedNameRecognizer(DomainRecognizer):
    """A name in capitals that a scan misread, a zero for an O: "DONNACHA C0TTER", "Dr N0WAK".

    The word read with its zeros as O must be a census name of four letters or more, and no English word unless it
    has six ("C0TTER"), beside another word in capitals or after a title: a code in capitals with a zero ("B0AB",
    "COVID-19"), "H0ME" and "M0RTON neuroma" are not one.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        # Beside another word in capitals or after a title, as a name is written: not "H0LTER monitor".
        Pattern(
            "name with a zero for an O",
            r"(?:(?<=(?:\b\p{Lu}{2,}|\b(?:Dr|Mr|Mrs|Ms|Miss)\.?),?[ \t])|(?=[\p{Lu}0]+,?[ \t]\p{Lu}{2,}\b))"
            r"(?<![\w'’/-])(?=\p{Lu}*0)[\p{Lu}0]*\p{Lu}[\p{Lu}0]*(?![\w'’/-])",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        read = pattern_text.replace("0", "O").lower()
        if len(read) < 4 or sum(c.isalpha() for c in pattern_text) < 2:
            return False
        census = census_names()
        return (read in census.last or read in census.first) and (len(read) >= 6 or not is_english(read))


# Words after a title in lower case, or after "my son", that no name is: "speak to doctor about", "my son will".
_NOT_LOWER_NAME = frozenset(
    "said gave rang told wrote sent called ok okay work dad nan gran rota hope chance young new long little soon will may "
    "june april august march can did does has had was is are just still also then again nurse sister manager matron "
    "ward later free today tomorrow tonight team practice surgery office clinic reception receptionist doctor first back "
    "direct himself herself sunny major royal drew sang bill mark pat rose grace faith joy".split()
)


def _lower_name_word(word: str, census: frozenset[str]) -> bool:
    lower = word.strip("'’-").casefold()
    return lower in census and lower not in STOP_WORDS and lower not in _NOT_LOWER_NAME


class LowerCaseNameRecognizer(DomainRecognizer):
    """A surname in lower case after a title, as speech-to-text writes it, when the caller goes on about something:
    "speak to doctor futter about my amlodipine", "dr gotts re the letter". The word must be a census surname and no
    stop word ("doctor about", "doctor said")."""

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "title and surname in lower case",
            r"\b(?:doctor|dr|mr|mrs|ms)\.?[ \t]+\K\p{Ll}[\p{Ll}'’-]{2,}"
            r"(?=[ \t]+(?:about|re|regarding|at|on|please|from|for)\b|['’]s\b|[ \t]*[.,!?]|[ \t]*$)",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return _lower_name_word(pattern_text, census_names().last)


class LowerCaseSelfNameRecognizer(DomainRecognizer):
    """A caller's own name in lower case, said before "calling" or "that's": "hello it's beryl loades calling",
    "hiya this is alec tough that's a l e c". The first word must be a census forename ("it's just me calling" names no
    one); the second is the surname whatever it is ("tough")."""

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "own name in lower case",
            r"\b(?i:it['’]s|it[ \t]is|this[ \t]is|i['’]m|i[ \t]am|my[ \t]name['’]s|my[ \t]name[ \t]is)[ \t]+"
            r"\K\p{Ll}[\p{Ll}'’-]+(?:[ \t]\p{Ll}[\p{Ll}'’-]+)?(?=[ \t]+(?:calling|speaking|ringing|that['’]?s|from)\b|[ \t]*[.,!?]|[ \t]*$)",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        first, *rest = pattern_text.split()
        return _lower_name_word(first, census_names().first) and all(
            w.casefold() not in STOP_WORDS and w.casefold() not in _NOT_LOWER_NAME for w in rest
        )


class LowerCaseRelativeRecognizer(DomainRecognizer):
    """A relative's forename in lower case after "my son", "our daughter": "helping my son hal move house", "my little
    one joey has asthma". The word must be a census forename and no stop word or verb ("my son will", "my son has")."""

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "relative in lower case",
            r"\b(?i:my|our|her|his|their)[ \t]+(?:(?i:little|youngest|eldest|oldest|older|younger|baby|wee)[ \t]+)?"
            r"(?i:son|daughter|grandson|granddaughter|boy|girl|one|husband|wife|partner|brother|sister|niece|nephew"
            r"|moko|mokopuna|stepson|stepdaughter)[ \t]+\K\p{Ll}[\p{Ll}'’-]+(?![\p{L}\d'’-])",
            0.6,
        ),
    )

    # What follows a relative's name: a verb or the clause's end ("my son drew on the wall" is no name).
    _CLAUSE = re.compile(
        r"(?:[ \t]*[,.;:!?)]|[ \t]*$|[ \t]+(?:has|is|was|had|and|who|move[sd]?|moving|lives|lived|rang|called|said|says|came"
        r"|went|got|wants|will|did|does|can|could|would|should|['’]s|on|at|in|from|to|needs|needed|helped|helps|took|brought"
        r"|(?:\(|born|aged|age|dob)))",
        re.MULTILINE,
    )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:  # noqa: ANN001
        first = census_names().first
        return [
            r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if _lower_name_word(text[r.start : r.end], first)
            and (not is_english(text[r.start : r.end].casefold()) or self._CLAUSE.match(text, r.end))
        ]


# Words in capitals that open a pager line or a ward list before a name: "ADMIT HOBERT CLINE 59M", "RM 552 TOLER".
_NOT_BEFORE_AGE = (
    r"(?:ADMIT|Admit|RE|Re|Mr|Mrs|Ms|Miss|Mx|Dr|Bed|BED|RM|Rm|Room|ROOM|PT|Pt|NEW|New|FROM|From|Known|KNOWN|For|FOR"
    # Emergency department areas and specialties a board lists a patient under: "Resus 72M", "Paeds 8M".
    r"|Resus|RESUS|Majors|MAJORS|Minors|MINORS|Obs|Gynae|GYNAE|Paeds|PAEDS|Neuro|NEURO|Rehab|Resp|Cardio|Surg|Ortho|Haem"
    r"|Onc|Medical|Surgical|Triage|TRIAGE|Cubicle|Bay|BAY|Side|Amb|Ambulance)\b"
)


class AgedNameRecognizer(DomainRecognizer):
    """A name before an age and sex, as handovers and pagers write a patient: "ADMIT HOBERT CLINE 59M", "Nola Toler 71F".

    Every word must be a census name, or a capitalised word no dictionary holds (not an acronym in capitals): "known
    COPD 72M" and "Bed 7 83F" name no one."""

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern(
            "name before age and sex",
            rf"(?<![\p{{L}}\d'’-])(?!{_NOT_BEFORE_AGE})\p{{Lu}}[\p{{L}}'’-]+(?:[ \t](?!{_NOT_BEFORE_AGE})\p{{Lu}}[\p{{L}}'’-]+)?"
            r"(?=[ \t]\d{1,3}[ \t]?[MF](?![\p{L}\d]))",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return _names_only(pattern_text)


class QuotedNicknameRecognizer(DomainRecognizer):
    """A nickname in quotes and brackets after a name: "son Vasily ('Vasya')". A census name or a word no dictionary
    holds: a contract's defined term in the same shape ('the Seller ("Seller")', '("Agreement")') is English."""

    ENTITY = "PERSON"
    PATTERNS = (Pattern("nickname in quotes and brackets", rf"(?<={NAME_WORD}[ \t])\([\"“‘']\K{NAME_WORD}(?=[\"”’']\))", 0.6),)

    def validate_result(self, pattern_text: str) -> bool:
        lower = pattern_text.casefold()
        if lower in census_names().first:
            return lower not in _NOT_LOWER_NAME  # the "Will" of a probate
        return not (pattern_text.isupper() or is_english(lower) or lower in proper_words())


def _names_only(text: str) -> bool:
    """Whether every word is a census name or a capitalised word no dictionary holds (not an acronym in capitals)."""
    census = census_names()
    for word in text.split():
        lower = word.casefold()
        if lower in census.first or lower in census.last:
            continue
        if word.isupper() or is_english(lower) or lower in proper_words():
            return False
    return True


class InitialsRecognizer(DomainRecognizer):
    """Initials a label or an exhibit's mark names as a person's: "Patient initials: BP", "Initials: JRT", "exhibit TB/1".

    Their own entity, INITIALS, which the keep-list does not override: a label says they are someone's, though "BP" and
    "TB" are protected elsewhere; and unlike a name they are not looked for again across the record.
    """

    ENTITY = "INITIALS"
    PATTERNS = (
        # A trial subject's or a form's initials after their label: "Initials: JRT", "Initials: M-D".
        Pattern("initials label", r"\b(?i:initials)[ \t]*:?[ \t]*\K(?!(?:OK|NA|NK|ND|NR|NIL|TBC|UNK)\b)\p{Lu}(?:-?\p{Lu}){1,3}(?![\p{L}\d-])", 0.85),
        # Initials in a paper's statement of who did what: "Authors' contributions: KO and RG treated the patient".
        Pattern(
            "initials in an authors' contributions",
            # Each set of initials beside another's or before what its author did: not "the MRI" they reviewed.
            r"(?<=(?i:contributions?|contributorship)[ \t]*:[^\n]{0,300}?)(?<![\p{L}\d.-])\p{Lu}{2,3}(?![\p{L}\d-])"
            r"(?=[ \t]*(?:,|;|&|and\b)|[ \t]+(?:wrote|drafted|treated|reviewed|conceived|designed|performed|collected|analy[sz]ed"
            r"|edited|revised|supervised|contributed|approved|read|interpreted|managed|prepared|obtained|acquired|cared)\b)",
            0.85,
        ),
        # A trial subject's initials in brackets after their screening or subject number: "S-81-182 (PB) eligible".
        # What the log says next is the subject's outcome: not "H-23-12345 (FBC) received", "RAD-23-00123 (MRI) booked".
        Pattern(
            "initials after a subject number",
            r"(?<=\b[A-Z]{1,4}-?\d{1,4}-\d{2,5}[ \t]\()\p{Lu}{2,3}(?=\)[ \t]+(?i:eligible|ineligible|screen|screened"
            r"|randomi[sz]ed|enrolled|consented|withdrawn|excluded|not[ \t]eligible)\b)",
            0.85,
        ),
        # An exhibit is marked with its deponent's initials: "exhibit TB/1", "Exhibits JKM-3".
        Pattern(
            "exhibit initials",
            r"\b(?i:exhibits?|exhibited)[ \t]+(?:(?i:marked)[ \t]+)?\K(?!(?:DVD|CD|USB|CCTV|PDF|SMS|MMS)\b)\p{Lu}{2,3}(?=[/-]\d)",
            0.85,
        ),
    )


class BracketedInitialsRecognizer(DomainRecognizer):
    """A person's initials in brackets after their name: "Patient: Bram Pieters (BP), male". The initials must be the
    name's, and the name no dictionary's words: "Care Quality Commission (CQC)" and "Blood Pressure (BP)" define an
    acronym, not a person's initials."""

    ENTITY = "INITIALS"
    PATTERNS = (Pattern("initials after the name", r"(?<=\p{Lu}[\p{L}'’-]+[ \t]\()\p{Lu}{2,3}(?=\))", 0.85),)
    _BEFORE = re.compile(r"((?:\p{Lu}[\p{L}'’-]+[ \t]){2,3})\($")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:  # noqa: ANN001
        kept = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            before = self._BEFORE.search(text, max(0, r.start - 80), r.start)
            words = before.group(1).split() if before else []
            initials = text[r.start : r.end]
            named = words[-len(initials) :] if len(words) >= len(initials) else []
            if named and "".join(w[0] for w in named) == initials and not all(
                is_english(w.casefold()) or w.casefold() in proper_words() for w in named
            ):
                kept.append(r)
        return kept
