"""Detection: Presidio over a batch of records, then keep-list protection, name propagation and span merging."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex as re
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from fedtune.common.policy import ScrubSettings
from fedtune.scrubbing.blas import one_blas_thread
from fedtune.scrubbing.engine import LANGUAGE, MODEL_NAME, NerOnlySpacyEngine, build_analyzer
from fedtune.scrubbing.keep import KeepList
from fedtune.scrubbing.places import ENTITY as PLACE
from fedtune.scrubbing.places import RECOGNIZER as GEONAMES
from fedtune.scrubbing.places import court_seats, fold, place_spans, stop_words, town_word
from fedtune.scrubbing.recognizers.address import CA_POSTCODE, PUBLIC_LAND, AddressFieldRecognizer
from fedtune.scrubbing.recognizers.base import IRISH_PARTICLE, NAME_WORD
from fedtune.scrubbing.recognizers.date import weekday_of_a_date
from fedtune.scrubbing.recognizers.organization import OrganizationRecognizer, court_by_its_seat, named_by_head
from fedtune.scrubbing.recognizers.structured import DelimitedColumnRecognizer, code_cells
from fedtune.scrubbing.vouch import ENTITY as UNVOUCHED
from fedtune.scrubbing.vouch import census_name_spans, census_names, covered, defined_acronym_spans, drug_names, english_words, instrument_spans, is_english, keep_vocabulary, unvouched_spans

# spaCy batches: large enough to amortise its per-batch cost, small enough for memory.
NLP_BATCH_SIZE = 128
PROPAGATED = "NamePropagation"
CENSUS, SAFE_LIST = "CensusNames", "SafeList"
LOWER_CASE, MAILBOX = "LowerCaseName", "MailboxName"
# Below every recognizer's confirmed score: where a span overlaps one, the recognizer's type wins the merge.
CENSUS_SCORE, UNVOUCHED_SCORE = 0.5, 0.4
# A name found once is scrubbed wherever it recurs in the same record ("Mr. Baker" after
# "BAKER, Robert"); these entity types carry the names whose tokens are propagated.
NAME_ENTITIES = frozenset({"PERSON", "ORGANIZATION"})
# The keep-list protects words; it never unprotects an identifier whose format a
# recognizer knows (a lab pattern must not swallow "GCS527372695", a member ID). A token
# found only by its shape (ID) is what the keep-list exists to explain ("HbA1c", "ISO 27001").
KEEP_APPLIES_TO = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "ADDRESS", "DATE_TIME", "NRP", "URL", "ID"})
# An identifier found once is scrubbed wherever it recurs in the record (a specimen number
# in the header and again under its barcode); only values long enough to be unique, with a digit.
_RECURRING_ID = re.compile(r"(?=.*\d)[\w./-]{6,}")
# What the small NER model calls a date or an organisation and nobody would: a bare number below
# 90 ("tooth 46", "an impacted 38"; an age of 90 or more identifies, and a year has four digits),
# a day counted from an event ("day 2", "post-op day 3", "cycle 4") and a name with no capital ("dia").
_BARE_NUMBER = re.compile(
    r"[0-8]?\d|(?i:(?:post-?op(?:erative)?\s)?(?:day|week|cycle)\s\d{1,2})"
    # A frequency ("weekly", "twice daily"), an age below 90 ("the age of 5"), a rib or a level counted from a side
    # ("the left 7th") and a score's parts ("3+2+2") are no dates either.
    r"|(?i:(?:once\s|twice\s|three\stimes\s)?(?:daily|weekly|monthly|nightly|hourly|fortnightly))"
    r"|(?i:(?:from\s)?the\sage\sof\s[0-8]?\d)|(?i:(?:the\s)?(?:left|right)\s\d{1,2}(?:st|nd|rd|th))|\d(?:\+\d){2,}"
)
_NO_CAPITAL = re.compile(r"[^\p{Lu}]+")
# What the small NER model calls a date in a result or a plan: a dipstick's grade ("2+", "3++") and a span of
# time with no date in it ("a week", "two days").
_GRADE_OR_SPAN = re.compile(
    r"[1-4]\+{1,3}|(?i:(?:for\s)?(?:a|an|one|two|three|four|five|six|seven)\s(?:days?|weeks?|months?))"
    # A rate, not a date: "50 per week", "46 weekly", "3 times a day", "twice monthly".
    r"|(?i:(?:\d{1,4}|once|twice)(?:\s(?:times?|x))?\s(?:per|a|an|each|every)\s(?:hour|day|week|fortnight|month|quarter|year)"
    r"|(?:\d{1,4}|once|twice)\s(?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually))"
    # An age below 90 said as an age: "the age of twenty-five", "over the age of 18" (ninety and over identifies).
    r"|(?i:(?:(?:over|under|above|below|at)\s)?(?:the\s)?age\sof\s(?!ninety|one\shundred|a\shundred)(?:[1-8]?\d|[a-z]+(?:-[a-z]+)?))"
    # A unit of time alone ("days away from work") and days counted in a schedule ("day 0 and day 7", "day 3 to day 28").
    r"|(?i:(?:the\s)?(?:days?|weeks?|months?|years?|hours?|minutes?))"
    # Hours worked ("10 overtime hours"), an age said without "of" ("age 65", "from age 30"), a
    # yearly frequency ("annual"), a rate with thousands ("1,250 per month").
    r"|(?i:\d{1,4}(?:\.\d)?\s(?:(?:overtime|working|contracted|paid|unpaid|extra|additional)\s)?(?:hours?|hrs?))"
    r"|(?i:(?:(?:from|at|after|before|until)\s)?age\s[1-8]?\d)"
    r"|(?i:annual|annually|yearly|biannual|biennial)"
    r"|(?i:\d{1,3}(?:,\d{3})+(?:\.\d\d)?\s(?:per|a|an|each|every)\s(?:week|fortnight|month|quarter|year))"
    r"|(?i:(?:day|week)\s\d{1,3}(?:,?\s(?:and|to|&|-)\s(?:day|week)\s\d{1,3})+)"
)
# A code the model calls an organisation or a place: one or two capitals and a digit or two, three characters at
# most ("A2", "T12", "L1"). Capitals alone may be initials, a judge's or a driver's ("HW (driver)", "(KMY)"), or a
# ticker ("ASX: KOR"): those stay detections, and the keep-list names the clinical ones ("TB", "QID", "MCA").
_SHORT_CODE = re.compile(r"(?=[\p{Lu}\d]{2,3}$)\p{Lu}{1,2}\d{1,2}")
# Tokens of organisation names too generic to hunt for on their own.
GENERIC_NAME_TOKENS = frozenset(
    "inc llc llp ltd plc corp co company group holdings partners associates sons "
    "hospital clinic health medical center centre university trust bank dr mr mrs ms miss prof "
    "practice surgery hub mine quarry nhs hmp".split()
)
_NAME_TOKEN = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[\s,]*")
# A surname with its particle joined in lower case counts too: "Jabwe deBrum", "Anna vanDyke".
_NEXT_NAME_WORD = re.compile(rf" (?:(?:de|da|di|du|la|le|van|von|mac|mc)(?=\p{{Lu}}))?{NAME_WORD}(?![\w'’-])")
# A second person joined to a found one by "and" or "&": "Witnesses <PERSON> and Eka Natroshvili", "Ana Vaz & <PERSON>".
_AND_NEXT = re.compile(rf"[ \t]+(?:and|&)[ \t]+({NAME_WORD}[ \t]{NAME_WORD})(?![\w'’-])")
_AND_BEFORE = re.compile(rf"(?<![\w'’-])({NAME_WORD}[ \t]{NAME_WORD})[ \t]+(?:and|&)[ \t]+$")
# The word before a name NER found without its forename: "Katerina" before "Karagiannis".
_PREVIOUS_NAME_WORD = re.compile(rf"(?<![\w'’.-]){NAME_WORD} $")
# What a protected term may take of a name's span at its start: a unit's last letter that NER read as an
# initial ("5.4 mmol/L. Anna" gives "L. Anna"), with its period and the space after it.
_INITIAL_TAKEN = re.compile(r"\p{L}{1,2}\.?\s*")
# What NER leaves before a surname it found without its prefix ("Lorcan O'" before "Mahony"):
# the prefix, and the capitalised word before it, the forename.
# Particles of Dutch, Welsh, Arabic, Malay and Tamil names, in lower case between a forename and a surname:
# "Sanne van den Heuvel", "Gareth ap Rhys", "Lujain bint Faisal", "Kavitha d/o Subramaniam" (issue 16, blind4).
_LOWER_PARTICLE = r"(?:van(?:[ ](?:der|den|de|['’]t))?|von(?:[ ]der)?|ter|ten|ap|bin|binti|binte|bint|ibn|[ds]/o|a/[lp])"
_SURNAME_PREFIX = re.compile(
    rf"(?:(?<![\w'’-])(?P<first>{NAME_WORD}) )?(?P<prefix>[OD]['’]|{IRISH_PARTICLE} |(?<![\w/]){_LOWER_PARTICLE} )$"
)
# What may separate two parts of one person's name that were found apart: a particle ("Lujain" and "Faisal
# Al-Zahrani" around "bint").
_PARTICLE_GAP = re.compile(rf"[ ]{_LOWER_PARTICLE}[ ]")
# A column gap or a line break: the fields of a list ("Bùi Thị Thu Trang  Case Management Conference") are no one name.
_COLUMN_GAP = re.compile(r"[ \t]*\n\s*|[ \t]{2,}|\t")
# Lower-case names after a word that announces a person: "doctor bethan urquhart dictating", "hi cerys",
# "my cousin juan pablo ramírez olvera gave", "with my sister xóchitl". Only words no English dictionary knows.
_LOWER_CUE = re.compile(
    r"(?<![\w'’-])(?:doctor|dr\.?|nurse|hi|hello|hey|dear|soy|me\s+llamo|this\s+is|it['’]s|(?<=(?:^|\n)[ \t]*)(?-i:its)|contacto"
    # Honorifics of Portuguese, Spanish, Italian, French and German chat: "seu tião", "dona francisca", "herr müller".
    r"|seu|dona|senhor|senhora|sr\.?|sra\.?|don|doña|signor|signora|monsieur|madame|mme\.?|herr|frau"
    r"|(?:my|his|her|our|their)\s+(?:cousin|sister|brother|son|daughter|wife|husband|partner|mother|father|mum|mom"
    r"|dad|aunt|uncle|niece|nephew|friend|neighbou?r|grandson|granddaughter|grandmother|grandfather)"
    # Whom a message is for: "tell delphine to bring her card"; French and Spanish chat: "c'est jocelyne", "cest
    # jocelyne", "mon fils benoît", "mi hija xiomara".
    r"|tell|remind|c['’]?est|je\s+suis|(?:mon|ma|notre)\s+(?:fils|fille|mari|femme|conjointe?|m[èe]re|p[èe]re|fr[èe]re"
    r"|s[œo]e?ur|ami|amie|voisine?|cousine?|oncle|tante|neveu|ni[èe]ce|petit-fils|petite-fille|chum|blonde)"
    r"|(?:mi|su|nuestra?)\s+(?:hij[oa]|espos[oa]|marido|mujer|madre|padre|herman[oa]|prim[oa]|ti[oa]|sobrin[oa]|niet[oa]"
    r"|abuel[oa]|vecin[oa]|amig[oa]|compañer[oa])"
    r"|(?:my|his|her|our|their)\s+(?:mam|nan|gran|nana|granny)"
    # Chat's own cues: a role before the name ("teacher shivakumar hegde", "senco dolly tomlinson", "other driver rémi
    # haché"); an English word after any of them still ends the name, so "the agent said" finds nobody. "I'm" and "im"
    # are sure cues (below).
    r"|teacher|senco|midwife|health\s+visitor|(?:social|case|key)\s+worker|caseworker|landlord|landlady|agent|bailiff"
    r"|boss|supervisor|other\s+driver)"
    r"(?=[ \t]+\p{Ll})",
    re.IGNORECASE,
)
# Words that announce a person so surely that the name's first word may be an English word too, if census data
# knows it as a first name or the dictionary only by an inflection ("patrice", "sioned"): speech-to-text of calls,
# hearings and dictations. "you're speaking to sioned", "your honour oneil brissett for the defendant", "constable
# keisha samuels stopped", "r versus patrice gayle", "re colon bronagh mcstravick", and the answer to a question for
# a name on the next speaker's line: "your name and number\nCALLER: ċensu, 2156...".
_SURE_CUE = re.compile(
    r"(?<![\w'’-])(?:speaking\s+(?:to|with)|(?:your|her|his)\s+honou?r|constable|sergeant|inspector|detective|mister|missus"
    r"|versus|re\s+colon|(?:my|your|his|her)\s+name\s+is"
    # A role said to be someone, and an ex, in chat: "my midwife is brandy wapass", "agent is ged dalzell", "my ex tate
    # trewin", "i'm josh bebb"; a census first name that is also a word passes there, "the head is clear" does not.
    r"|(?:midwife|gp|doctor|nurse|teacher|senco|head|headteacher|agent|landlord|landlady|bailiff|manager|boss|supervisor"
    r"|(?:social|case|key)\s+worker|caseworker|solicitor|lawyer|ex|partner|driver|neighbou?r)\s+is"
    r"|my\s+ex(?:-?(?:husband|wife|partner))?|i['’]m|im|i\s+am"
    r"|name(?:[ \t]+(?:and|&)[ \t]+[\w ]{1,20})?(?:[ \t]+please)?"
    r"[ \t]*\??[ \t]*\n[ \t]*[\w \[\]:.-]{1,30}:)"
    r"(?=[ \t]+\p{Ll})",
    re.IGNORECASE,
)
# A relative given as the one to ring, named in lower case with the number after the name: "or my daughter rita on
# 07700 900456", "my wife pandora on oh seven ...", "my daughter rita's number is 07700 ...", "my daughter, rita, 07700". The word must be a census first name: "my wife started on 10 mg"
# and "her son attended on 12/03" name no one.
_RING_CUE = re.compile(
    r"(?<![\w'’-])(?:my|his|her|our|their)\s+(?:daughter|son|wife|husband|partner|mum|mam|mother|dad|father|sister|brother"
    r"|niece|nephew|granddaughter|grandson|neighbou?r|friend|carer|aunt|uncle|nan|gran)[ \t]*,?[ \t]+\K(\p{Ll}+)(?=(?:['’]s)?,?"
    r"(?:[ \t]+(?:(?:mobile|number|phone|cell)(?:[ \t]+(?:is|number))?|on[ \t]+(?:her|his|their)[ \t]+(?:mobile|number|phone|cell)"
    r"(?:[ \t]+(?:is|number))?))?[ \t]+(?:on[ \t]+)?(?:\+|\d|\(|(?:oh|o|zero|nought|double)\b))",
    re.IGNORECASE,
)
# Chat's own words, in no dictionary, that may end a sentence after a name: "chat w nurse amy meds."
_CHAT_WORDS = frozenset("meds pls plz thx thanx tmrw tmr asap appt appts bday pic pics docs labs obs vitals lol omg idk "
                        "btw ty tysm xx xxx".split())
# Words of dictation and speech that end a name however census data knows them: "turlough toner comma date of birth".
_SPOKEN = frozenset("comma colon new line paragraph full stop period um uh er erm yeah yes okay ok please sorry thanks".split())
_LOWER_WORD = re.compile(r"[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]*\p{Ll}\p{M}*|\p{Ll}\p{M}*)")
# The words of an e-mail address's local part, which name its owner: "morag.llewellyn", "mohit_agarwal87".
_LOCAL_PART = re.compile(r"[\w.+-]+(?=@)")
_LOCAL_WORD = re.compile(r"[^\W\d_]{3,}")
_TITLES = frozenset("mr mrs ms mx miss dr prof sir dame lord lady judge justice".split())
# Words of a found name that its initials leave out: titles, a nurse's and a cleric's among them ("Sr Sibona Heni": SH).
_INITIALS_SKIP = _TITLES | frozenset("sr sister fr rev hon cllr capt col maj nurse".split())
# Roles that come before a name, as titles do ("constable", "midwife"): never a forename of their own.
_ROLES = frozenset("constable sergeant inspector detective mister missus midwife gp agent landlord landlady bailiff manager "
                   "boss supervisor solicitor lawyer senco head headteacher teacher auntie grandad grandma grandpa".split())
# Clinical shorthand that opens a note's clause before a protected term: "Hx H. pylori", "Dx Crohn's disease".
_SHORTHAND = frozenset("hx dx rx tx sx fx px bx cx pmhx fhx shx".split())
_RESIDUE = re.compile(r"\w(?:.*\w)?", re.DOTALL)
_RESIDUE_WORTH = re.compile(r"[\d[:upper:]]")
# A word before a colon or a spaced dash heads a field ("Meds - Coumadin 5 mg", "Bloods: ..."), names nobody.
_LABEL_AFTER = re.compile(r"[ \t]*(?::|[-–][ \t])")
# A URL with a scheme or "www." is an address whatever words its path holds ("https://review.firm.gg/ggt-2022-4711/...":
# "GGT" is a lab test): it goes whole. Keep terms still trim other dotted tokens the URL pattern takes ("Tab.Paracetamol").
_WEB_ADDRESS = re.compile(r"(?i)[a-z][a-z0-9+.-]*://|\bwww\.")
# Names in capitals ("LAURA BURNS, an individual", "EXAMINATION BY MR. MCMAHON:") that the
# small model misses: a run of two or more all-capital words, or one after a title.
_CAPS_WORD = r"(?<![\p{L}\d'’-])\p{Lu}+(?:['’-]\p{Lu}+)*(?![\p{L}\d'’-])"
_CAPS_RUN = re.compile(
    rf"{_CAPS_WORD}(?:[.,]?[ \t](?:\p{{Lu}}\.[ \t])?{_CAPS_WORD})+"
    rf"|\b(?i:mr|mrs|ms|mx|dr|miss|prof)\.?[ \t]+{_CAPS_WORD}"
)
_CAPS_WORD_RE = re.compile(_CAPS_WORD)
_FIELD = re.compile(r"\S+(?:\s\S+)*")
# A bar or a tab separates a table's cells, and no name holds one: the NER model's "MAE|E11.65|99214|Dr Begay" is a name
# and three codes of a claim line, each its own cell (issue 16).
_CELL_BREAK = re.compile(r"[|\t]")
# A word a title-cased line capitalised that no organisation's name has inside it: "REVIEW IN CLINIC" is a plan.
# A field of care in capitals is a heading ("MENTAL HEALTH"), not an organisation.
_FUNCTION_WORD = re.compile(
    r"\b(?:In|On|At|To|By|With|From|Into|Is|Was|Are|Were|Be|Will|Please|See|Review|Refer|Attend)\b"
    r"|^(?:Mental|Public|Occupational|Sexual|Reproductive|Community|Child|Maternal|Oral|Dental|Population|Global"
    r"|Environmental|Allied|Home|Primary|Behavioral|Behavioural)\sHealth$"
)
_CELL = re.compile(r"[^|\t]*[^|\t\s]")
_ALNUM = re.compile(r"[\p{L}\d]")
_LETTER = re.compile(r"\p{L}")
# A cell of digits alone (an amount, a count) between commas: a named entity running over it runs over a CSV row.
_CSV_NUMBER_CELL = re.compile(r",[ ]?[-+]?\d[\d.]*(?=,)")
_CSV_CELL = re.compile(r"[^,]*[^,\s]")
_NAMED = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})


@dataclass(frozen=True)
class Detection:
    """One span to replace; carries no text, only where it is and what found it."""

    start: int
    end: int
    entity: str
    score: float
    recognizer: str


class Detector:
    """Finds the spans to scrub in groups of texts; a group is one record's string fields."""

    def __init__(self, settings: ScrubSettings, model_name: str = MODEL_NAME) -> None:
        self.analyzer: AnalyzerEngine = build_analyzer(settings, model_name)
        self.nlp_engine: NerOnlySpacyEngine = self.analyzer.nlp_engine
        self.keep = KeepList.load(settings.domains, settings.keep_files)
        self.recall_mode = settings.mode == "recall"
        self._organizations = next(r for r in self.analyzer.registry.recognizers if isinstance(r, OrganizationRecognizer))
        self.vocabulary = keep_vocabulary(self.keep.terms) if self.recall_mode else frozenset()

    def _vouching(self, text: str, keep: list[tuple[int, int]], seats: list[tuple[int, int]]) -> list[Detection]:
        """Persons by census names, towns by GeoNames and courts' seats (every mode); in recall mode, every word nothing
        vouches for."""
        found = [Detection(s, e, "PERSON", CENSUS_SCORE, CENSUS) for s, e in census_name_spans(text, keep)]
        found += [Detection(s, e, PLACE, CENSUS_SCORE, GEONAMES) for s, e in place_spans(text, keep) + seats]
        if self.recall_mode:
            found += [Detection(s, e, UNVOUCHED, UNVOUCHED_SCORE, SAFE_LIST) for s, e in unvouched_spans(text, keep, self.vocabulary)]
        return found

    def detect(self, groups: Sequence[Sequence[str]]) -> list[list[list[Detection]]]:
        """Detections per text, per group, in the order given."""
        # Each distinct text once: system prompts and instructions repeat across records.
        unique = list(dict.fromkeys(text for group in groups for text in group))
        caps = [(text, line) for text in unique for line in _title_cased_lines(text)]
        found = {}
        with one_blas_thread(self.nlp_engine.openblas):
            artifacts = list(self.nlp_engine.process_batch(
                unique + [line.text for _, line in caps], LANGUAGE, batch_size=NLP_BATCH_SIZE
            ))
            extra: dict[str, list[Detection]] = {}
            for (text, line), (_, nlp_artifacts) in zip(caps, artifacts[len(unique):], strict=True):
                results = self.analyzer.analyze(line.text, LANGUAGE, entities=["PERSON"], nlp_artifacts=nlp_artifacts)
                # Organisations there only by their institutional or legal-form words ("MBEYA ZONAL REFERRAL HOSPITAL",
                # "KORU HOLDINGS PTY LTD"): the NER model calls too many title-cased headings organisations.
                results += [r for r in self._organizations.analyze(line.text, ["ORGANIZATION"])
                            if r.score >= self.analyzer.default_score_threshold and not _FUNCTION_WORD.search(line.text[r.start : r.end])]
                extra.setdefault(text, []).extend(line.detections(results))
            for text, (_, nlp_artifacts) in zip(unique, artifacts[: len(unique)], strict=True):
                results = self.analyzer.analyze(text, LANGUAGE, nlp_artifacts=nlp_artifacts)
                # The keep-list's terms, and the codes in a table's code columns ("PBS Item", "CPT").
                # A court's name is protected, the town it sits in is not ("District Court of <LOCATION>").
                seats = court_seats(text)
                protected = code_cells(text) + instrument_spans(text, town_word) + defined_acronym_spans(text)
                keep = _uncover(self.keep.spans(text, protected), seats)
                detections = (_from_results(results, text) + extra.get(text, []) + self._vouching(text, keep, seats)
                              + _lower_case_names(text, keep))
                found[text] = (keep, _coordinated_names(text, _extend_names(text, _protect(text, detections, keep), keep), keep))
        return [_propagate_names(group, [found[text] for text in group]) for group in groups]


def _uncover(keep: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The protected spans with the holes cut out of them."""
    for hs, he in holes:
        keep = [piece for s, e in keep for piece in ((s, min(e, hs)), (max(s, he), e)) if piece[1] > piece[0]]
    return keep


@dataclass(frozen=True)
class _TitleCasedLine:
    """A line of a text with its names in capitals title-cased ("BURNS" -> "Burns"), same length: a second pass finds
    persons there, and organisations by their institutional words ("MBEYA ZONAL REFERRAL HOSPITAL")."""

    offset: int
    text: str
    changed: tuple[tuple[int, int], ...]

    def detections(self, results: list[RecognizerResult]) -> list[Detection]:
        """Persons found in the copy that cover a title-cased word, at their offsets in the original."""
        out = []
        for d in _from_results(results, self.text):
            # A wide gap is a column of a header ("OSBORNE, RAYMOND    NHS No"): one field each.
            for piece in _FIELD.finditer(self.text, d.start, d.end):
                if covered(piece.start(), piece.end(), self.changed):
                    out.append(Detection(piece.start() + self.offset, piece.end() + self.offset, d.entity, d.score, d.recognizer))
        return out


def _title_cased_lines(text: str) -> list[_TitleCasedLine]:
    """Lines holding names in capitals, title-cased there only, for a second NER pass.

    Only words in a run of capitals or after a title change, and only where title case
    keeps the length, so every offset maps back 1:1.
    """
    if _CAPS_RUN.search(text) is None:
        return []
    lines, start = [], 0
    for line in text.split("\n"):
        chars, changed = list(line), []
        for run in _CAPS_RUN.finditer(line):
            for word in _CAPS_WORD_RE.finditer(line, run.start(), run.end()):
                titled = word.group().title()
                if len(titled) == len(word.group()) and word.end() - word.start() >= 2:
                    chars[word.start() : word.end()] = titled
                    changed.append(word.span())
        if changed:
            lines.append(_TitleCasedLine(start, "".join(chars), tuple(changed)))
        start += len(line) + 1
    return lines


def _from_results(results: list[RecognizerResult], text: str | None = None) -> list[Detection]:
    """Detections of analyzer results; given ``text``, less the ones nobody would call that (``_implausible``), and
    names, places and organisations cut at a bar or a tab (``_CELL_BREAK``)."""
    name = RecognizerResult.RECOGNIZER_NAME_KEY
    found = []
    for r in results:
        if text is not None and _implausible(r.entity_type, text[r.start : r.end]):
            continue
        detection = Detection(r.start, r.end, r.entity_type, r.score, r.recognition_metadata.get(name, "?"))
        found += _cells_of(detection, text) if text is not None and r.entity_type in _NAMED else [detection]
    return found


def _cells_of(d: Detection, text: str) -> list[Detection]:
    """A name's detection cut at the bars and tabs inside it, into the pieces that hold a letter or digit; and one run
    over a CSV row's number cells ("KENDAL\",120.00,120.00,15.00,105.00,PR-1"), cut at its commas into the pieces that
    hold a letter: an amount is nobody's name."""
    if _CSV_NUMBER_CELL.search(text, d.start, d.end) and text.count(",", d.start, d.end) >= 2:
        return [Detection(m.start(), m.end(), d.entity, d.score, d.recognizer)
                for m in _CSV_CELL.finditer(text, d.start, d.end) if _LETTER.search(m.group())]
    if _CELL_BREAK.search(text, d.start, d.end) is None:
        return [d]
    return [Detection(m.start(), m.end(), d.entity, d.score, d.recognizer)
            for m in _CELL.finditer(text, d.start, d.end) if _ALNUM.search(m.group())]


def _implausible(entity: str, value: str) -> bool:
    """A bare number below 90, a counted day or a dipstick grade as a date, an organisation written without a
    capital, or an organisation or a place of one or two capitals and a digit or two ("A2", "T12")."""
    if entity == "DATE_TIME":
        return _BARE_NUMBER.fullmatch(value) is not None or _GRADE_OR_SPAN.fullmatch(value) is not None
    if entity in ("ORGANIZATION", "LOCATION") and _SHORT_CODE.fullmatch(value):
        return True
    if entity in NAME_ENTITIES and _drug_named(value):
        return True
    return entity == "ORGANIZATION" and _NO_CAPITAL.fullmatch(value) is not None


def _drug_named(value: str) -> bool:
    """A drug's name that the small NER model read as a person's or a firm's: "epoetin alfa", "insulin glargine".

    The whole value is a name of the drug-name dictionary (which leaves out names with a census name in them), of two
    words or in lower case: a single capitalised word may be someone's name whatever a brand is called.
    """
    words = _NAME_TOKEN.findall(value)
    if not words or (len(words) < 2 and not value.islower()):
        return False
    return " ".join(words).casefold() in drug_names()


def _protect(text: str, detections: list[Detection], keep: list[tuple[int, int]]) -> list[Detection]:
    """Drop or trim detections over protected terms.

    What remains of a detection outside protected terms counts only if it has a capital
    or a digit: "Parkinson" in "Parkinson's disease" goes, and so does "for" left of "for
    2 weeks". Other types lose just the protected part; a person keeps the whole span, so
    a surname that a protected term happens to contain ("Angela Wells" before a "Wells
    score") does not survive, unless all that remains is a stop word or a letter ("Under"
    before "Anderson v. Liberty Lobby", "I" after "Regulation E."), or a field's label ("Meds"
    in "Meds - Coumadin 5 mg").
    """
    if not keep:
        return detections
    starts = [s for s, _ in keep]
    out = []
    for d in (piece for d in detections for piece in _split_at_columns(text, d, keep)):
        first = max(bisect.bisect_right(starts, d.start) - 1, 0)
        last = bisect.bisect_left(starts, d.end)
        overlapping = [(s, e) for s, e in keep[first:last] if e > d.start]
        if overlapping and d.entity == "PERSON":
            d, overlapping = _trim_taken_initial(text, d, overlapping)
        if overlapping and d.entity == "ADDRESS":
            overlapping = [(s, e) for s, e in overlapping
                           if not _inside_street(text, d, s, e) and not _inside_postcode(text, d, s, e) and not _inside_land(text, d, s, e)]
        if overlapping and d.entity == "DATE_TIME":
            overlapping = [(s, e) for s, e in overlapping if not weekday_of_a_date(text[d.start : d.end], text[s:e])]
        if overlapping and d.entity == "ORGANIZATION" and named_by_head(text[d.start : d.end]):
            overlapping = [(s, e) for s, e in overlapping if not _inside_name(text, d, s, e)]
        if (not overlapping or d.entity not in KEEP_APPLIES_TO or (d.entity == "URL" and _WEB_ADDRESS.search(text, d.start, d.end))
                or _named_field_part(d, overlapping)):
            out.append(d)
        else:
            pieces, cursor = [], d.start
            for s, e in overlapping + [(d.end, d.end)]:
                piece = _RESIDUE.search(text, cursor, s) if s > cursor else None
                if piece and _RESIDUE_WORTH.search(piece.group()):
                    pieces.append(Detection(piece.start(), piece.end(), d.entity, d.score, d.recognizer))
                cursor = max(cursor, e)
            if d.entity != "PERSON":
                out.extend(pieces)
            elif any(_names_someone(text[p.start : p.end]) and not _LABEL_AFTER.match(text, p.end) for p in pieces):
                out.append(d)
    return out


def _named_field_part(d: Detection, overlapping: list[tuple[int, int]]) -> bool:
    """A person's or an address's field, named by its format (a column, a vCard property, a SWIFT party line), holds a
    protected term only in part ("14 RUE DE LA LOI": "LOI" is a letter of intent elsewhere): it is the field's value.
    A form's address field, validated as an address by its recognizer, is an address whole ("Home: Section 91, Muri")."""
    if d.recognizer == AddressFieldRecognizer.__name__:
        return True
    return (d.recognizer == DelimitedColumnRecognizer.__name__ and d.entity in ("PERSON", "ADDRESS")
            and not any(s <= d.start and d.end <= e for s, e in overlapping))


def _split_at_columns(text: str, d: Detection, keep: list[tuple[int, int]]) -> list[Detection]:
    """A name's span that runs over a column gap or a line break into a protected term, cut into its fields.

    A court list puts the parties and the hearing on one line: NER reads "Bùi Thị Thu Trang  Case Management
    Conference" as one person, and the protected hearing would go with the name. Each field is judged alone.
    """
    if d.entity not in NAME_ENTITIES or not covered(d.start, d.end, keep):
        return [d]
    pieces, cursor = [], d.start
    for gap in _COLUMN_GAP.finditer(text, d.start, d.end):
        if gap.start() > cursor:
            pieces.append(Detection(cursor, gap.start(), d.entity, d.score, d.recognizer))
        cursor = gap.end()
    if cursor == d.start:
        return [d]
    if d.end > cursor:
        pieces.append(Detection(cursor, d.end, d.entity, d.score, d.recognizer))
    return pieces


def _english_name_word(word: str, *, first: bool, sure: bool) -> bool:
    """Whether an English word may still be a word of a lower-case name.

    After a name word, when census data knows it as a name: "juan pablo ramírez" goes on past "pablo", "delroy chambers"
    past "chambers". As the first word, only after a sure cue and when census data knows it as a first name or the
    dictionary only by an inflection ("patrice", "sioned"). Never a stop word: "my sister hope said" finds no one.
    """
    if word in STOP_WORDS:
        return False
    names = census_names()
    if not first:
        return word in names.first or word in names.last
    return sure and (word in names.first or word not in english_words())


def _opens_a_full_name(text: str, folded: str, start: int, at: int, keep: list[tuple[int, int]]) -> bool:
    """Whether an English word after a cue is a forename because a surname follows it.

    The next word must be a census surname and either in no English dictionary ("tate trewin", "jock brydon", "ged
    dalzell") or after a census first name ("carly bramwell", "john brown"): "my son gaz pick it up", "my dad went
    home" and "the head is clear" find nobody.
    """
    if folded in STOP_WORDS or folded in _TITLES or folded in _ROLES or _LOWER_CUE.match(text, start) or _SURE_CUE.match(text, start):
        return False  # "dear doctor mcaleese": a title, a role or another cue before a surname is no forename
    word = _LOWER_WORD.match(text, at)
    if not word or covered(word.start(1), word.end(1), keep):
        return False
    after = word.group(1).casefold()
    names = census_names()
    if after in STOP_WORDS or after in _SPOKEN or after not in names.last:
        return False
    return not is_english(after) or folded in names.first


def _lower_case_names(text: str, keep: list[tuple[int, int]]) -> list[Detection]:
    """Names written in lower case after a word that announces a person, as chat and dictation write them.

    "this is doctor bethan urquhart dictating", "hi cerys,", "my cousin juan pablo ramírez olvera gave": up to four
    words after the cue, each one that no English dictionary knows; an English word ("doctor on call", "hi all",
    "my sister said"), a stop word of another language ("mon fils benoît va", "mon fils va bien") or a protected
    term ends the name, so a cue before ordinary words finds nothing.
    """
    out = []
    cues = [(cue, False) for cue in _LOWER_CUE.finditer(text)] + [(cue, True) for cue in _SURE_CUE.finditer(text)]
    for cue, sure in cues:
        start = end = None
        at = cue.end()
        for _ in range(4):
            word = _LOWER_WORD.match(text, at)
            if not word or covered(word.start(1), word.end(1), keep):
                break
            # A word of dictation ends the name, and so does an English word that census data does not vouch for,
            # unless it opens a forename and surname pair ("senco carly bramwell", "my ex tate trewin").
            folded = word.group(1).casefold()
            if folded in _SPOKEN or (
                is_english(folded) and not _english_name_word(folded, first=start is None, sure=sure)
                and not (start is None and _opens_a_full_name(text, folded, word.start(1), word.end(1), keep))
            ):
                break
            # So does a stop word of another language: "mon fils benoît va aller", "mi hija xiomara está".
            if fold(folded) in stop_words():
                break
            start = word.start(1) if start is None else start
            at = end = word.end(1)
        if start is not None and end is not None:
            out.append(Detection(start, end, "PERSON", CENSUS_SCORE, LOWER_CASE))
    names = census_names()
    for m in _RING_CUE.finditer(text):
        word = m.group(1).casefold()
        if word in names.first and word not in STOP_WORDS and not covered(m.start(1), m.end(1), keep):
            out.append(Detection(m.start(1), m.end(1), "PERSON", CENSUS_SCORE, LOWER_CASE))
    return out


def _trim_taken_initial(
    text: str, d: Detection, overlapping: list[tuple[int, int]]
) -> tuple[Detection, list[tuple[int, int]]]:
    """A person's span whose first token, one or two letters, ends a protected term starts after that term.

    "Potassium 5.4 mmol/L. Anna" gives NER the person "L. Anna": the unit stays and so does the
    name's span; only the letter the unit owns leaves it, and an initial alone names nobody.
    """
    s, e = overlapping[0]
    if not s <= d.start < e < d.end or not _INITIAL_TAKEN.fullmatch(text, d.start, e):
        return d, overlapping
    start = _INITIAL_TAKEN.match(text, d.start).end()
    if start >= d.end or not text[start].isupper():
        return d, overlapping
    return Detection(start, d.end, d.entity, d.score, d.recognizer), [(a, b) for a, b in overlapping[1:] if b > start]


# A protected word inside a street line is the street's name: "52 Florida Road", "8 Victoria Street".
_STREET_NAME_PART = re.compile(r"\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)*")


def _inside_street(text: str, d: Detection, start: int, end: int) -> bool:
    """Whether a protected term is a capitalised place word strictly inside an address that starts with its number."""
    return (
        d.start < start and end < d.end and text[d.start].isdigit()
        and _STREET_NAME_PART.fullmatch(text, start, end) is not None
    )


# Capitalised words of a name: a protected term made of them, inside an organisation's name that ends with its head
# noun ("Medical Center", "Practice", "Family Court") or opens as a health board does, is the name's ("Alaska Native
# Medical Center", "NHS Shetland").
_NAME_PART = re.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ \t](?:of|and|the|\p{Lu}[\p{L}'’.-]*))*")


def _inside_name(text: str, d: Detection, start: int, end: int) -> bool:
    """Whether a protected term is capitalised words inside an organisation's name that does not end with them, or the
    kind of a local court named by its seat ("District Court" in "Pike District Court")."""
    ends_it = end == d.end and d.start < start and court_by_its_seat(text[d.start : d.end])
    return d.start <= start and (end < d.end or ends_it) and _NAME_PART.fullmatch(text, start, end) is not None


# A postal code that opens with a protected term's letters: "A1C 8B2" (St. John's), where "A1C" is also a lab test.
# Written with its space, as an address writes it: "E3V5M6" in "GCS 14 (E3V5M6)" is a Glasgow Coma Scale's parts.
# So is a British postcode with a two-letter area whose inward code reads as a measurement: "IV55 6CM" is no 6 cm. A
# one-letter area is left out, as a spine's or a node's level is written the same way ("L4 3CM", "T12 2CM").
_POSTCODE = re.compile(rf"(?=\w{{3}}[ \t]){CA_POSTCODE}|\b[A-Z]{{2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}\b")


def _inside_postcode(text: str, d: Detection, start: int, end: int) -> bool:
    """Whether a protected term lies inside a Canadian postal code within an address."""
    return any(m.start() <= start and end <= m.end() for m in _POSTCODE.finditer(text, d.start, d.end))



# A US public-land description: its "Section 25" is the land's, not a statute's.
_LAND = re.compile(PUBLIC_LAND)


def _inside_land(text: str, d: Detection, start: int, end: int) -> bool:
    """Whether a protected term lies inside a public-land description within an address."""
    return any(m.start() <= start and end <= m.end() for m in _LAND.finditer(text, d.start, d.end))

def _names_someone(piece: str) -> bool:
    """Whether what a protected term leaves of a person's span holds a name word, not just "I" or "Under".

    An English word that census data knows as no name ("Known" before "Bell's palsy") names nobody
    either, nor does clinical shorthand ("Hx"); a word that is also a census name ("Hope", "Wells",
    "Angela") still does.
    """
    census = census_names()
    return any(
        len(token) >= 2 and token[0].isupper() and (folded := token.casefold()) not in STOP_WORDS
        and folded not in _SHORTHAND and (folded in census.first or folded in census.last or not is_english(token))
        for token in _NAME_TOKEN.findall(piece)
    )


def _extend_names(text: str, detections: list[Detection], keep: list[tuple[int, int]]) -> list[Detection]:
    """Grow a person's span over up to two capitalised words after it: NER often stops at a first name.

    A stop word ("The" opening the next sentence) or a protected term ends the name. A
    surname prefix NER left out ("O'", "Mac ") joins the span, with the forename before it.
    """
    out = []
    for d in detections:
        start, end = d.start, d.end
        if d.entity == "PERSON":
            prefix = _SURNAME_PREFIX.search(text, max(0, start - 40), start)
            if prefix:
                first = (prefix.group("first") or "").casefold()
                named = first and first not in STOP_WORDS and first not in _TITLES
                start = prefix.start() if named else prefix.start("prefix")
                if covered(start, d.start, keep):
                    start = d.start
            else:
                start = _forename_start(text, start, keep)
            for _ in range(2):
                m = _NEXT_NAME_WORD.match(text, end)
                if not m or m.group().strip().lower() in STOP_WORDS:
                    break
                if covered(m.start(), m.end(), keep):
                    break
                end = m.end()
            end = _lower_case_surname(text, start, end, keep)
            start, end = _capital_name_words(text, start, end, keep)
        if d.entity in ("PERSON", "ORGANIZATION"):
            end = _over_a_line_end_hyphen(text, end, keep, organization=d.entity == "ORGANIZATION")
        out.append(d if (start, end) == (d.start, d.end) else Detection(start, end, d.entity, d.score, d.recognizer))
    return out


# Where a clause ends: what may follow a surname that is also a word ("SMITH\n", "connor pilling,", "rebecca leggate.").
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|\n|$)")
_CAPS_NEXT = re.compile(r"[ \t](\p{Lu}\p{M}*(?:[\p{Lu}\p{M}'’-]*\p{Lu}\p{M}*)?)(?![\w'’-])")
_CAPS_BEFORE = re.compile(r"(?<![\w'’-])(\p{Lu}\p{M}*(?:[\p{Lu}\p{M}'’-]*\p{Lu}\p{M}*)?)[ \t]$")


def _capital_name_word(text: str, word: re.Match) -> bool:
    """A word in capitals next to a name in capitals is a name word: a census first name, a census surname (one that is
    also a word, "SMITH" or "PATIENT", only where the name ends its line or clause), or a word in no dictionary of five
    letters or more with a vowel ("OKWUOSA"; not "TTO" or "NKDA")."""
    folded = word.group(1).casefold()
    if len(folded) < 2 or folded in STOP_WORDS or folded in _TITLES or folded in _ROLES:
        return False
    census = census_names()
    if folded in census.first:
        return True
    if not is_english(folded) and folded not in census.last:  # an acronym as likely as a name: "TTO", "NKDA", "MDT"
        return len(folded) >= 5 and any(c in "aeiouy" for c in folded)
    return folded in census.last and (not is_english(folded) or _CLAUSE_END.match(text, word.end(1)) is not None)


def _capital_name_words(text: str, start: int, end: int, keep: list[tuple[int, int]]) -> tuple[int, int]:
    """A name written in capitals, grown over the capitals words next to it that census data or no dictionary vouches
    for: "Dr ADAOBI OKWUOSA" where NER found the forename, "DONNACHA C0TTER" where a rule found the surname.

    Only a span in capitals grows, so "PLAN", "REVIEW" or "HbA1c" after a name in title case stay; an English word in
    capitals that census data does not know as a name ("CONSULTANT", "DECEASED") ends it.
    """
    if not text[start:end].isupper():
        return start, end
    for _ in range(2):
        m = _CAPS_NEXT.match(text, end)
        if not m or not _capital_name_word(text, m) or covered(m.start(), m.end(), keep):
            break
        end = m.end()
    for _ in range(2):
        m = _CAPS_BEFORE.search(text, max(0, start - 40), start)
        if not m or not _capital_name_word(text, m) or covered(m.start(1), m.end(1), keep):
            break
        start = m.start(1)
    return start, end


# A name word broken by a line-end hyphen, as a justified or scanned page breaks it: "ORAN BROSN-\nAN", "Dr Ezinne Ugw-\nuanyi".
_BROKEN_NAME_WORD = re.compile(r"(?:[ \t]+(?P<head>\p{Lu}[\p{L}'’]*))?-[ \t]*\r?\n[ \t]*(?P<tail>\p{L}+)(?![\w'’-])")


def _over_a_line_end_hyphen(text: str, end: int, keep: list[tuple[int, int]], *, organization: bool = False) -> int:
    """Where a person's span ends when its last word, or the word after it, is broken by a line-end hyphen.

    The joined word must be six letters or more and no English word ("self-\nemployed", "Pre-\nop"): "ORAN BROSN-\nAN"
    goes whole. An organisation's span grows so only in capitals (a name NER took for one), not over "Haem-\natology".
    """
    m = _BROKEN_NAME_WORD.match(text, end)
    if not m or covered(m.start(), m.end(), keep):
        return end
    if m.group("head"):
        head = m.group("head")
    else:  # the span's own last word is the broken one
        words = _NAME_TOKEN.findall(text[max(0, end - 40) : end])
        head = words[-1] if words else ""
    joined = head + m.group("tail")
    if not head or len(joined) < 6 or is_english(joined) or (organization and not joined.isupper()):
        return end
    return m.end()


def _lower_case_surname(text: str, start: int, end: int, keep: list[tuple[int, int]]) -> int:
    """Where a name typed in lower case ends: one more lower-case word when it is a surname.

    Chat types whole names in lower case and census data often vouches for the forename only: "rebecca leggate.",
    "its connor pilling,", "rajvir johal came". The word joins when census data knows it as a surname and no English
    dictionary does; a census surname that is also a word ("pilling", "said") and a word no dictionary knows
    ("leggate") join only when they end the clause. A stop word, a word of dictation or a protected term never does.
    """
    if not text[start:end].islower():
        return end
    word = _LOWER_WORD.match(text, end)
    if not word or "\n" in text[end : word.start(1)] or covered(word.start(1), word.end(1), keep):
        return end
    folded = word.group(1).casefold()
    if folded in STOP_WORDS or folded in _SPOKEN or folded in _CHAT_WORDS or fold(folded) in stop_words() or len(folded) < 3:
        return end
    english, surname = is_english(folded), folded in census_names().last
    if (surname and not english) or ((surname or not english) and _CLAUSE_END.match(text, word.end(1))):
        return word.end(1)
    return end


def _coordinated_names(text: str, detections: list[Detection], keep: list[tuple[int, int]]) -> list[Detection]:
    """A forename and a surname joined by "and" or "&" to a person already found: two witnesses, two parents, two partners.

    Both words must be capitalised, neither a stop word or a title, and one of them no English word, so that "Smith and
    Social Services" or "Ana Vaz and Family Court" add nobody. A protected term is never taken.
    """
    out = []
    for d in detections:
        if d.entity != "PERSON":
            continue
        for m in (_AND_NEXT.match(text, d.end), _AND_BEFORE.search(text, max(0, d.start - 80), d.start)):
            if not m:
                continue
            words = m.group(1).split()
            if any(w.casefold() in STOP_WORDS or w.casefold() in _TITLES for w in words) or all(is_english(w) for w in words):
                continue
            if covered(m.start(1), m.end(1), keep):
                continue
            out.append(Detection(m.start(1), m.end(1), "PERSON", d.score, d.recognizer))
    return detections + out


def _forename_start(text: str, start: int, keep: list[tuple[int, int]]) -> int:
    """Where a name begins when the word before NER's span is a forename: capitalised, in no dictionary.

    "Katerina Karagiannis" where census data found only the surname. A stop word, a title, an
    English word ("Known Bell's palsy", "Lives", "Dear") or a protected term stays outside the name;
    a census first name joins even when it is also a word ("Hope").
    """
    m = _PREVIOUS_NAME_WORD.search(text, max(0, start - 40), start)
    if not m:
        return start
    word = m.group().strip()
    folded = word.casefold()
    if folded in STOP_WORDS or folded in _TITLES or covered(m.start(), m.end(), keep):
        return start
    if is_english(word) and folded not in census_names().first:
        return start
    return m.start()


def _propagate_names(
    texts: Sequence[str], found: list[tuple[list[tuple[int, int]], list[Detection]]]
) -> list[list[Detection]]:
    """Add every further occurrence, in the record, of a name token already detected."""
    tokens: dict[str, tuple[str, float]] = {}
    # A person's initials stand for them in minutes and logs ("Action: SH to arrange a home visit" after "Sr Sibona
    # Heni" in the attendance): the capitals of a found name of two or three words, in capitals alone elsewhere.
    initials: dict[str, tuple[str, float]] = {}
    for text, (_, detections) in zip(texts, found):
        for d in detections:
            if d.entity in NAME_ENTITIES:
                words = _NAME_TOKEN.findall(text[d.start : d.end])
                for token in words:
                    if _is_name_token(token):
                        tokens.setdefault(token, (d.entity, d.score))
                if d.entity == "PERSON":
                    words = [w for w in words if w.casefold() not in _INITIALS_SKIP]
                    if 2 <= len(words) <= 3 and all(w[0].isupper() and len(w) >= 2 for w in words):
                        initials.setdefault("".join(w[0] for w in words), (d.entity, d.score))
            elif d.entity == "EMAIL_ADDRESS":
                # "morag.llewellyn@..." names Morag Llewellyn, who may be greeted as "hi morag" further on.
                for local in _LOCAL_PART.findall(text[d.start : d.end]):
                    for word in _LOCAL_WORD.findall(local):
                        if not is_english(word) and _is_name_token(word.title()):
                            tokens.setdefault(word.title(), ("PERSON", CENSUS_SCORE))
    # Lower case too ("Ayọ̀dèjì Akinwande (ayọ̀dèjì on the visitor list)"), unless the token is an English word:
    # "Hope" found as a name leaves "hope" alone.
    forms = {
        form: token
        for token in tokens
        for form in (token, token.title(), token.upper(), *(() if is_english(token) else (token.lower(),)))
    }
    for letters, value in initials.items():
        if letters not in forms:
            forms[letters] = letters
            tokens.setdefault(letters, value)
    ids = _identifiers(texts, found)
    results = []
    for text, (keep, detections) in zip(texts, found):
        extra = []
        if forms:
            for m in _NAME_TOKEN.finditer(text):
                token = forms.get(m.group())
                if token and not any(s <= m.start() < e for s, e in keep):
                    entity, score = tokens[token]
                    extra.append(Detection(m.start(), m.end(), entity, score, PROPAGATED))
        for value, (entity, score) in ids.items():
            for at in _occurrences(text, value):
                extra.append(Detection(at, at + len(value), entity, score, PROPAGATED))
        # A recurring first name may bring the surname the first mention lacked.
        results.append(_merge(text, detections + _extend_names(text, extra, keep)))
    return results


def _identifiers(
    texts: Sequence[str], found: list[tuple[list[tuple[int, int]], list[Detection]]]
) -> dict[str, tuple[str, float]]:
    """Values of detected identifiers (not names, places or dates) worth hunting for elsewhere in the record."""
    ids: dict[str, tuple[str, float]] = {}
    for text, (_, detections) in zip(texts, found):
        for d in detections:
            value = text[d.start : d.end]
            # A value a header or a field name calls an identifier is one, whatever the keep-list would say of its shape.
            named = d.entity == "ID" and d.recognizer == DelimitedColumnRecognizer.__name__
            if (named or d.entity not in KEEP_APPLIES_TO) and d.entity not in NAME_ENTITIES and _RECURRING_ID.fullmatch(value):
                ids.setdefault(value, (d.entity, d.score))
    return ids


def _occurrences(text: str, value: str) -> list[int]:
    """Starts of ``value`` in ``text`` as a whole token, not inside a longer number or word."""
    out, at = [], text.find(value)
    while at >= 0:
        end = at + len(value)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(at)
        at = text.find(value, at + 1)
    return out


def _is_name_token(token: str) -> bool:
    """A token worth hunting for elsewhere: capitalised, three letters or more, no stop word, not generic."""
    folded = token.casefold()
    return len(token) >= 3 and token[0].isupper() and folded not in STOP_WORDS and folded not in GENERIC_NAME_TOKENS


def _merge(text: str, detections: list[Detection]) -> list[Detection]:
    """Union overlapping spans, and same-type spans separated only by spaces or commas.

    The merged span takes the type of its highest-scoring part, so an address split into
    a street line and a city line becomes one <ADDRESS>, and no fragment of it survives.
    """
    merged: list[Detection] = []
    for d in sorted(detections, key=lambda d: (d.start, -d.end)):
        if merged:
            last = merged[-1]
            touching = d.start <= last.end
            adjacent = d.entity == last.entity and (
                _GAP.fullmatch(text, last.end, d.start) is not None
                or (d.entity == "PERSON" and _PARTICLE_GAP.fullmatch(text, last.end, d.start) is not None)
            )
            if touching or adjacent:
                best = last if (last.score, last.end - last.start) >= (d.score, d.end - d.start) else d
                merged[-1] = Detection(last.start, max(last.end, d.end), best.entity, best.score, best.recognizer)
                continue
        merged.append(d)
    return merged
