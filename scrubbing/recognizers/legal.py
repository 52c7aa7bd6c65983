"""Legal identifiers: federal and state case and docket numbers, client matter numbers, bar numbers, company registrations."""

from __future__ import annotations

from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import NAME_WORD, DomainRecognizer, labelled

# A reference with at least one digit and one separator or four digits: "2021-CV-004512", "21-1456".
_REF = r"[A-Z0-9]{0,6}(?=[A-Z0-9./:-]*\d)(?:[A-Z0-9]+[./:-])*[A-Z0-9]*\d[A-Z0-9]*\b"


class CaseNumberRecognizer(DomainRecognizer):
    ENTITY = "CASE_NUMBER"
    PATTERNS = (
        # Federal district courts: 1:21-cv-01234, 2:19-cr-00456-JAM-2.
        Pattern("federal case", r"\b\d:\d{2}-(?i:cv|cr|mc|mj|md|bk|ap|po|sw)-\d{3,6}(?:-[A-Z]{1,4}){0,3}(?:-\d{1,2})?\b", 0.95),
        # State trial courts: 2021-CV-004512, CV-2021-004512, 21-CA-012345, 2019CF001234, 2023 L 339805.
        # Not a clinical trial's protocol number: "Protocol KAL-118-301" names a study (issue 16, blind4).
        # Nor a title of the US Code of Federal Regulations or the US Code: "45 CFR 164", "42 USC 1320".
        Pattern("state case", r"\b(?<!(?i:protocol|study|trial)(?:\s(?:no\.?|number))?:?\s)(?!\d{1,2}[ ](?:CFR|USC)\b)(?:\d{2,4}[- ]?[A-Z]{1,4}[- ]?\d{3,8}|[A-Z]{1,4}-\d{2,4}-\d{3,8})\b", 0.6),
        # An ambulance service's or a police force's incident number: "Incident 25-54238", "Occurrence # 2024-118830".
        Pattern(
            "incident number",
            r"\b(?i:incident|occurrence|call|job|dispatch|event)(?:[ \t](?i:no\.?|number|ref\.?))?[ \t]*[:#]?[ \t]*\K(?!(?:0?[1-9]|1[0-2])-(?:19|20)\d\d\b)\d{2,4}-\d{4,8}\b",
            0.85,
        ),
        # Irish superior-court record numbers: year, "No.", number and the list's letters: "2022 No. 6305 P", "2024 No. 111 JR".
        Pattern("record number", r"\b(?:19|20)\d\d[ \t]No\.[ \t]?\d{1,6}[ \t](?:[A-Z]{1,4})\b", 0.85),
        # Indian case types before number/year: "CS(COMM) 684/2024", "CRL.M.C. 1450/2024", "W.P.(C) 1234/2024".
        # Italian statutes have the shape too, and are no case: "D.P.R. 1124/1965", "D.Lgs. 38/2000", "D.L. 18/2020".
        Pattern("case type and number", r"(?<![\w.])(?!(?:D\.P\.R|D\.P\.C\.M|D\.Lgs|D\.L|D\.M|L|R\.D)\.[ \t])(?=[A-Z.()]*[.(])(?=[A-Z.()]*[A-Z][A-Z.()]*[A-Z])[A-Z][A-Z.]*(?:\([A-Z.]{1,6}\))?\.?[ \t]\d{1,6}/(?:19|20)\d\d\b", 0.85),
        # A case number of a court's own letters and number/year, or a US county court's type, year and number:
        # "DVA 81/2024", "HCCR 12/2023", "CR 24-5267", "CI 23-118".
        Pattern("letters and number/year", r"\b(?!(?:LMP|EDD|ISO|GCS|BP|EN|BS|IEC)\b)[A-Z]{2,5}[ \t]\d{1,5}/(?:19|20)\d\d\b", 0.6),
        # Not a pulse rate's or an interval's range: "PR 60-100", "95% CI 12-150", "TR 12-104".
        Pattern("county court case", r"\b(?:CR|CV|JV|JU|DR|FA|CF)[ \t]?\d{2}-\d{3,6}\b(?![ \t]*(?i:mg|mcg|bpm|mmhg|%|beats))", 0.6),
        # A civil register's entry by district, year and entry, as a family history cites a birth: "(register 118/1 6)",
        # "register no. 685/1 1234"; in brackets or after "no.", and ending there: not "Co-codamol reg. 30/500 2 tabs",
        # "MAR entry 500/125 1 tab" or "Register 24/7 365 access".
        Pattern(
            "register entry",
            r"(?:\((?i:register|registration)[ \t]|\b(?i:register|registration)[ \t](?i:no\.?|number)[ \t])"
            r"\K\d{2,4}/\d{1,2}[ \t]\d{1,4}(?=[ \t]*[),;.]|[ \t]*$)",
            0.85,
        ),
        # A decision's own neutral citation heading its text, on a line of its own: "[2023] NZERA 371", "[2022] FWC 3208".
        Pattern("neutral citation heading", r"^[ \t]*\[(?:19|20)\d\d\][ \t][A-Z]{2,8}[ \t]\d{1,5}(?=[ \t]*$)", 0.85),
        Pattern(
            "case (labelled)",
            # Two characters at least, and no percentage: "index 5%" is a lab value, not an index number.
            # A clinical index is a score: "Barthel index 35", "body mass index 31", "apnoea-hypopnoea index 42".
            labelled(r"case|docket|dkt\.?|(?<!(?:barthel|mass|comorbidity|brachial|hypopnoea|hypopnea|ki-?67|glyc(?:a)?emic|pulsatility|resistive|fluid|shock|bispectral|disability|severity|plaque|gingival|katz|karnofsky|oxygenation|perfusion|tei|cardiac)[ \t-])index|cause|civil\s+action|criminal\s+action|appeal|claim|file|arbitration|receipt", rf"(?=[A-Z0-9./:-]{{2}}){_REF}(?!\s?%)"),
            0.85,
        ),
        # Appellate "No. 19-1234" in a caption.
        Pattern("appellate number", r"\bNos?\.\s?\K\d{2}-\d{2,6}\b", 0.7),
        # USCIS receipt numbers: a service-centre code and ten digits, "EAC2190012345".
        Pattern("USCIS receipt", r"\b(?:EAC|WAC|LIN|SRC|MSC|NBC|IOE|YSC|TSC|VSC|NSC|CSC)\d{10}\b", 0.85),
        # A registered dealing on a title, by its instrument number before its kind, opening its line: "45235326.7
        # Mortgage to ...", "12965458.5 Caveat by ..."; not an amount ("$450000.00 Mortgage").
        Pattern(
            "instrument number",
            r"(?m:^)[ \t]*\K\d{6,10}\.\d(?=[ \t]+(?:Mortgage|Caveat|Transfer|Discharge|Easement|Lease|Notice|Transmission"
            r"|Variation|Encumbrance|Covenant|Land[ \t]Covenant|Compensation|Certificate|Caveat|Charge|Lien)\b)",
            0.85,
        ),
        # A claim or suit by its number and year, as Commonwealth courts write it: "FC 373 of 2024", "Claim No. 112 of 2023".
        Pattern(
            "number of the year",
            r"\b(?:[A-Z]{1,4}[ \t]?\d{1,6}|(?i:claim|suit|case|cause|petition|appeal|application|action)[ \t]+No\.?[ \t]?\d{1,6}"
            # A suit's number without "No." ("suit 86 of 2022"); a case or an action so written is a study's or a plan's.
            r"|(?-i:suit)[ \t]+\d{1,6})"
            r"[ \t]+of[ \t]+(?:19|20)\d\d\b",
            0.85,
        ),
        # A police or incident report by its number and year: "Police report 896/22", "incident 4471/2024"; the year
        # after the slash is four digits or 35 at most, which no blood pressure's diastolic is ("report 150/90").
        Pattern(
            "report number and year",
            r"\b(?i:police(?:[ \t]+report)?|incident(?:[ \t]+report)?|crime(?:[ \t]+report)?|occurrence)"
            r"(?:[ \t]+(?i:no\.?|number|#))?[ \t]*:?[ \t]*\K\d{3,6}/(?:[0-2]\d|3[0-5]|(?:19|20)\d\d)\b(?![/.\d])",
            0.85,
        ),
        # New York index numbers: 208470/2021.
        # Not legislation by number and year: "Real Decreto 1155/2024", "Ley Orgánica 4/2000" (issue 16).
        Pattern("index number", r"\b(?<!(?i:decreto|ley|orgánica|directive|regulation|decision)\s)(?<!\b(?:D\.P\.R|D\.P\.C\.M|D\.Lgs|D\.L|D\.M|L|R\.D)\.\s(?:n\.\s)?)\d{4,6}/(?:19|20)\d\d\b", 0.4),
    )
    CONTEXT = ("case", "docket", "court", "action", "index", "cause")


class MatterNumberRecognizer(DomainRecognizer):
    ENTITY = "MATTER_NUMBER"
    PATTERNS = (
        Pattern(
            "matter (labelled)",
            # A letter asks the payer to quote the firm's reference: "quoting M1911925".
            labelled(r"(?:client[-/ ])?matter|client|our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?|engagement|billing|quoting|please\s+quote", _REF),
            0.85,
        ),
        # Client-matter pairs: 12345.0012, 04521-0003, A1234/0007, 474161.63444.
        Pattern("client-matter pair", r"\b[A-Z]?\d{4,6}[./-]\d{3,5}\b", 0.3),
        # UK references with the fee earner's initials: YET/414539/RK.
        Pattern("reference with initials", r"\b[A-Z]{2,4}/\d{3,8}/[A-Z]{1,4}\b", 0.5),
    )
    CONTEXT = ("matter", "client", "ref", "reference", "engagement", "file")


class BarNumberRecognizer(DomainRecognizer):
    ENTITY = "BAR_NUMBER"
    PATTERNS = (
        Pattern(
            "bar (labelled)",
            labelled(r"(?:state\s+)?bar(?:\s+(?:id|roll|reg(?:istration)?))?|SBN|ARDC|attorney\s+(?:reg(?:istration)?|id|code)|BBO|reg(?:istration)?\.?", r"[A-Z]{0,3}\d{4,9}\b"),
            0.9,
        ),
    )
    CONTEXT = ("bar", "attorney", "counsel", "esq", "admitted")


class ArgentineBarRecognizer(DomainRecognizer):
    """An Argentine lawyer's registration by volume and page of the bar's roll: "T° 111 F° 616", "Tomo 73 Folio 368"."""

    ENTITY = "BAR_NUMBER"
    PATTERNS = (Pattern("tomo and folio", r"\b(?:T°|Tº|T\.|Tomo)[ \t]?\d{1,4},?[ \t](?:F°|Fº|F\.|Folio)[ \t]?\d{1,4}\b", 0.85),)


class CompanyRegistrationRecognizer(DomainRecognizer):
    ENTITY = "COMPANY_REGISTRATION"
    PATTERNS = (
        Pattern(
            "registration (labelled)",
            labelled(r"company|companies\s+house|registered(?:\s+(?:under|with|as))?|registration|reg\.?|CRN|entity|file|charter|EIN|FEIN|tax\s+id|TIN|employer\s+identification|corporate", r"[A-Z]{0,2}\d[\d-]{5,11}\b|\d{3}\s\d{3}\s\d{3}\b"),
            0.85,
        ),
        # US employer identification numbers: 12-3456789.
        Pattern("EIN", r"\b\d{2}-\d{7}\b", 0.4),
        # UK company numbers: 01234567, SC123456, NI012345, OC301234.
        Pattern("UK company number", r"\b(?:SC|NI|OC|SO|NC|R0|FC|GE|LP|SL)\d{6}\b", 0.4),
        # A filing puts the registration number in brackets after the name: "Acme Inc. (6235837)".
        Pattern(
            "number after a company",
            r"\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|PLC|plc|LLP|LP|Company|Co)\.?,?\s\(\K\d{6,8}(?=\))",
            0.6,
        ),
    )
    CONTEXT = ("company", "registered", "registration", "incorporated", "ein", "tax", "employer")


# A sentence opener before a cited case is no party: "Under Anderson v. Liberty Lobby".
_OPENER = r"(?:Under|In|See|Cf|Applying|Following|Per|As|At|By|From|With|And|The|Citing|Compare|Unlike|Like|After|Since|Accord|Contra|Also|But|Then|Both)\s"
_PARTY = rf"{NAME_WORD}(?:,?\s(?:(?:and|&)\s)?(?:{NAME_WORD}|Inc\.|Co\.|Ltd|LLC|LLP|PLC|Corp\.)){{0,5}}"


class PartyRecognizer(DomainRecognizer):
    """Parties where drafting puts them: a caption "X v. Y", "between X", "X (the "Buyer")".

    Public case names in the keep-list survive; any other caption is a client's matter.
    """

    ENTITY = "PERSON"
    PATTERNS = (
        Pattern("caption plaintiff", rf"\b(?!{_OPENER}){_PARTY}(?=\sv\.?\s)", 0.5),
        Pattern("caption defendant", rf"\sv\.?\s\K{_PARTY}", 0.5),
        Pattern("between", rf"\b(?i:between)\s\K{_PARTY}", 0.5),
        Pattern("defined party", rf"\b{_PARTY}(?=,?\s\((?:the\s)?[\"“]\p{{Lu}})", 0.5),
    )
