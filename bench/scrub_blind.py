"""Scrubbing quality on the blind corpus (bench/blind.py), fedtune vs stock Presidio.

    python bench/scrub_blind.py                          # quality table and recall by entity
    python bench/scrub_blind.py --write bench/RESULTS.md # publish the counts
    python bench/scrub_blind.py --show 20                # example leaks and lost terms, printed only

Run once, after tuning: the corpus stays blind only while nobody tunes against its misses.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from fedtune.scrubbing.engine import model_version
from fedtune.scrubbing.evaluate import Quality

from blind import ENTITIES, entity_counts, generate  # bench/blind.py, beside this script
from results import publish
from scrub import compare

SECTION = "## Scrubbing, blind corpus (issue 3)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="labelled documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="fedtune worker processes")
    parser.add_argument("--show", type=int, default=0, help="print up to N leaks and N lost terms per scrubber "
                        "(synthetic data; never written to RESULTS.md)")
    parser.add_argument("--write", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    labelled = generate(args.docs, args.seed)
    # Enough examples to hold N of each kind; the two kinds are split apart below.
    rows = dict(compare(labelled, args.processes, len(labelled) * 50 if args.show else 0))
    if args.show:
        for name, q in rows.items():
            leaks = [e for e in q.examples if e.startswith("leak ")][: args.show]
            lost = [e for e in q.examples if e.startswith("lost ")][: args.show]
            print(f"--- {name}: {len(leaks)} leaks, {len(lost)} lost terms (examples)")
            for line in leaks + lost:
                print(" ", line)
            print()

    spans = entity_counts(labelled)
    first = next(iter(rows.values()))
    lines = [
        f"Model `{model_version()}`; {len(labelled)} labelled documents of types never used for tuning "
        f"(bench/blind.py, clinical and legal, instruction/chat/text), {first.spans} PII spans, "
        f"{first.protected} protected terms; seed {args.seed}. Evaluated once, after tuning.",
        "",
        "| scrubber | recall | keep-rate | leaks by type |",
        "|---|---|---|---|",
    ]
    for name, q in rows.items():
        leaks = ", ".join(f"{k} {v}" for k, v in sorted(q.leaked_types.items())) or "none"
        lines.append(f"| {name} | {q.recall:.4f} | {q.keep_rate:.4f} | {leaks} |")
    lines += ["", "Recall by entity (spans caught / spans):", "",
              "| entity | spans | " + " | ".join(rows) + " |", "|---|---|" + "---|" * len(rows)]
    for entity in ENTITIES:
        if spans[entity]:
            cells = [_recall(q, entity, spans[entity]) for q in rows.values()]
            lines.append(f"| {entity} | {spans[entity]} | " + " | ".join(cells) + " |")
    return publish("bench/scrub_blind.py", argv, SECTION, lines, args.write)


def _recall(q: Quality, entity: str, total: int) -> str:
    caught = total - q.leaked_types.get(entity, 0)
    return f"{caught / total:.3f} ({caught})"


if __name__ == "__main__":
    sys.exit(main())
