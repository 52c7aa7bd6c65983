"""Scrubbing quality on the twenty-second blind corpus (bench/blind22.py, issue 16): both fedtune modes vs stock Presidio.

    python bench/scrub_blind22.py --blind --write bench/RESULTS.md  # the one blind measurement, before any tuning
    python bench/scrub_blind22.py --write bench/RESULTS.md          # later runs: a development figure
    python bench/scrub_blind22.py --show 20                         # example misses, printed only

The corpus stays blind only while nobody has seen its misses: --show ends that, and so does
tuning any rule after the --blind run.
"""

from __future__ import annotations

import sys

from blind3 import entity_counts  # bench/, beside this script; blind22 labels as blind3 does
from blind22 import BETWEEN_PEOPLE, DOCS, DOCTYPES, FILED_WITH_AUTHORITY, generate
from scrub_blind3 import Corpus, measure_corpus

BLIND22 = Corpus(
    script="bench/scrub_blind22.py",
    docs=DOCS,
    generate=generate,
    entity_counts=entity_counts,
    headings=(
        "## Scrubbing, twenty-second blind corpus: the blind measurement (issue 16)",
        "## Scrubbing, twenty-second blind corpus: development figure (issue 16)",
    ),
    described=f"bench/blind22.py: {len(DOCTYPES)} registers of research, public health and specialist care and of money, property "
    "and family law, in places no other corpus visited: instruction records with the document as input and chat records with it "
    "pasted in, where the answer repeats the document's personal data reformatted (names surname first or in capitals, dates written "
    "out, numbers regrouped, tables, timelines, cards, checklists and letters), half research and care (a Mariehamn trial consent "
    "form, a Luang Prabang serious adverse event report, a Nouméa cancer registry notification, a Willemstad genetic counselling "
    "letter, a Thibodaux vaccine injury petition, a Réunion organ donation referral, a Ponta Delgada fertility treatment summary, a "
    "Norfolk Island inquest record, a Sint Maarten hospice admission, a Longyearbyen school health plan) and half money, property and "
    "family law (a Lake Charles judgment of possession, a Papeete mandate for future protection, a Pohnpei motor insurance claim, an "
    "Alderney pension transfer request, a Kamloops land title transfer, a Key West debt collection letter and dispute, a Bonaire "
    "payslip dispute, a Nevis small claims summons, a Galveston child support worksheet, a Malé prenuptial schedule), "
    f"{len(FILED_WITH_AUTHORITY)} filed with an authority and {len(BETWEEN_PEOPLE)} passing between people; Ålandic, Lao and Hmong "
    "(Thao, Nang), Kanak, Sephardic and Afro-Curaçaoan (de Marchena), Cajun and Houma, Réunionese (Chane-Kune), Azorean, Norfolk "
    "Island Pitcairn families sharing surnames (Christian, Quintal), St Martiner, Norwegian and Thai, Tahitian (Teri'itehau), "
    "Pohnpeian, Alderney (Le Cocq), Secwépemc and Punjabi-Canadian, Conch and Cuban-American, Bonairean, Nevisian, Galvestonian and "
    "Maldivian (Didi, Manik) names, names that are words or places (Rut, Champagne, Savoy, Rivière, Christian, Partridge, Flanders, "
    "Marlin, Halley, Birch, Brand, Manners, Sling), a municipality called U, addresses with landmarks, kilometre points and house "
    "names, courts and national bodies left generic, code-switched Lao, Drehu, Papiamentu, Réunion Creole, Norf'k, Tahitian and "
    "Pohnpeian, dates in many forms, trial phases, endpoints, doses, gene variants, ICD-O-3 codes and stages, vaccine injury, brain "
    "death and embryology terms, statutes, insurance, pension, succession and conveyancing terms and money kept as protected terms, "
    "identifiers in their published formats with check characters where one exists (Finnish identity codes with the 2023 century "
    "signs, French NIRs of Réunion, French Polynesia and New Caledonia, Portuguese NIFs, Norwegian organisation numbers and "
    "fødselsnummer, French IBANs with the RIB key, Soundex-coded Florida driver's licences) and identity numbers carrying the birth "
    "date and sex, hand-written names",
    blind_status="**Blind**: measured once, before anyone saw a miss of this corpus or tuned anything on it. Blind to "
    "its misses and to its author too: the corpus was written by someone who had not read the scrubber's rules, tests or "
    "documentation, and who never ran the scrubber on it.",
)


def main(argv: list[str] | None = None) -> int:
    return measure_corpus(BLIND22, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
