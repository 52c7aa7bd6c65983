"""Scrubbing quality on the twenty-first blind corpus (bench/blind21.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind21.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind21.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind21.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind21 labels as blind3 does
from blind21 import DOCS, DOCTYPES, FIRST_CONTACT, STANDING_PAPERS, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND21 = Corpus(
    script="bench/scrub_blind21.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, twenty-first blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, twenty-first blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind21.py: {len(DOCTYPES)} registers of housing, migration and social care and of urgent and occupational care, "
    "in places no other corpus visited: instruction records with the document as input and chat records with it pasted in, where the "
    "answer repeats the document's personal data reformatted (names surname first or in capitals, dates written out, numbers regrouped, "
    "tables, timelines, cards, checklists and letters), half housing and migration (a Prince Rupert tenancy deposit decision, a Fargo "
    "homelessness assessment, a Folkestone asylum screening interview, an Al Ain visa sponsorship letter, a Providenciales adult "
    "safeguarding referral, a Juneau foster home study, a Stanley care home admission agreement, a Southampton Traveller pitch licence, "
    "a Utica refugee resettlement case note, an Anguilla lost passport report) and half urgent and occupational care (a Saipan triage "
    "note, a Tucson poison centre call log, a Kuala Belait fitness-for-work report, a Tarawa seafarer's medical certificate, a Fairbanks "
    "aviation medical examination, an Elko mine accident report, a Mindelo travel vaccination record, a Koror dialysis transfer letter, "
    f"an Aruba blood donor deferral letter, a Nuuk TB contact-tracing sheet), {len(FIRST_CONTACT)} written at first contact and "
    f"{len(STANDING_PAPERS)} standing papers; Tsimshian, Haida, Michif, Tigrinya, Emirati (Al), Malayali, Haitian, Tlingit (X'unei), "
    "Falkland Islander, Romany and Irish Traveller, Bosnian, Congolese, Karen (single names), Anguillian, Chamorro, Carolinian, "
    "Tohono O'odham, Brunei Malay (bin, binti), I-Kiribati, Koyukon, Basque, Cape Verdean, Palauan, Aruban and Greenlandic names, "
    "names that are words or places (Moody, Starr, Been, Short, Summers, Cinderella, Goliath, Doe, Cash, Bienvenu, Safari, Palestine, "
    "Cardigan, Tuff, Bilbao, Tromp; Sabtu, Jumat, Tengah, Muda), a name in a passport's machine-readable zone, addresses with landmarks, "
    "national bodies left generic, code-switched Haitian Creole, Tigrinya, Tlingit, Romani, Chamorro, Malay, Gilbertese, Basque, "
    "Kabuverdianu, Palauan, Papiamento and Greenlandic, dates in many forms, statutes, visa and housing terms, triage levels, "
    "toxidromes, doses, vaccines, dialysis prescriptions, standards and money kept as protected terms, identifiers in their published "
    "formats with check characters where one exists (ICAO machine-readable zones, IMO, Emirates ID, IBAN, Canadian business numbers, "
    "CPR, ISBT 128) and identity numbers carrying the birth date and sex (CPR, Emirates ID, passport lines), hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND21, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
