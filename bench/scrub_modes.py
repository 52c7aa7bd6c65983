"""Every scrubbing corpus, both scrub modes and stock Presidio in one run: recall, keep-rate, text retention.

    python bench/scrub_modes.py                            # all corpora at their default sizes
    python bench/scrub_modes.py --corpora blind2 --show 20 # example misses (development corpora only)
    python bench/scrub_modes.py --write bench/RESULTS.md

"precision" is the default mode; "recall" adds the Philter-style rule (scrubbing/vouch.py):
every word that the English safe-list, the keep-list and the safe patterns do not vouch
for is removed. Text retention is the share of words outside PII spans that survive
(fedtune.scrubbing.evaluate). bench/blind3.py is left out unless named: its one blind
measurement is bench/scrub_blind3.py --blind.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from fedtune.common.policy import ScrubSettings
from fedtune.scrubbing.engine import model_version
from fedtune.scrubbing.evaluate import Quality, evaluate
from fedtune.scrubbing.scrub import Scrubber, text_fields

import blind  # bench/, beside this script
import blind2
import holdout
from results import publish
from scrub import corpus, stock_presidio

SECTION = "## Scrubbing, both modes on every corpus (issue 16)"
CORPORA: dict[str, tuple[str, Callable[[int, int], list], int, str]] = {
    # name: (description, generator(docs, seed), default docs, status of its figure)
    "own": ("`fedtune/demo/synthetic.py`", corpus, 400, "development"),
    "held-out": ("`bench/holdout.py`", holdout.generate, 300, "development (blind at its first run, issue 3)"),
    "blind": ("`bench/blind.py`", blind.generate, 300, "development (blind at its first run, issue 3)"),
    "blind2": ("`bench/blind2.py`", blind2.generate, 240, "development (blind at its first run, issue 16)"),
}


def _blind3() -> tuple[str, Callable[[int, int], list], int, str]:
    import blind3

    return ("`bench/blind3.py`", blind3.generate, blind3.DOCS, "development after its blind run (bench/scrub_blind3.py)")


def measure(labelled: list, show: int, stock: Callable | None) -> list[tuple[str, Quality, float]]:
    """(scrubber, quality, CPU seconds) for both fedtune modes and, if given, stock Presidio."""
    records = [r.record for r in labelled]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("precision", "recall"):
            with Scrubber(ScrubSettings(mode=mode), Path(tmp) / "key", n_process=1) as scrubber:
                scrubber.scrub_records(records[:1])  # model and resources loaded outside the timing
                cpu = time.process_time()
                out = scrubber.scrub_records(records)
                rows.append((f"fedtune {mode}", evaluate(labelled, out, show), time.process_time() - cpu))
    if stock is not None:
        cpu = time.process_time()
        out = stock(records)
        rows.append(("stock Presidio", evaluate(labelled, out, show), time.process_time() - cpu))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), help=f"of {', '.join(CORPORA)}, blind3")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of each corpus's default size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print up to N leaks and lost terms per scrubber")
    parser.add_argument("--stock", action=argparse.BooleanOptionalAction, default=True, help="also run stock Presidio")
    parser.add_argument("--write", type=Path, help="write the figures into this RESULTS.md")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    stock = stock_presidio() if args.stock else None
    load = os.getloadavg()[0]
    lines = [
        f"Model `{model_version()}`; partial leaks count; text retention = words outside PII spans that survive. "
        f"Seed {args.seed}; one process each; CPU seconds of scrubbing only (models loaded before). "
        f"Load average {load:.1f} at the start (2 cores shared with other engineers).",
        "",
        "| corpus | status | spans / protected | scrubber | recall | keep-rate | retention | CPU s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    per_entity: list[str] = []
    for name in args.corpora:
        description, generate, docs, status = CORPORA[name] if name in CORPORA else _blind3()
        labelled = generate(max(1, round(docs * args.scale)), args.seed)
        rows = measure(labelled, args.show, stock)
        spans = Counter(s.entity for r in labelled for s in r.pii)
        chars = sum(len(t) for r in labelled for _, t in text_fields(r.record, 0))
        for scrubber, q, cpu in rows:
            lines.append(f"| {name} ({description}, {len(labelled)} docs) | {status} | {q.spans} / {q.protected} | "
                         f"{scrubber} | {q.recall:.4f} | {q.keep_rate:.4f} | {q.retention:.4f} | {cpu:.1f} |")
            if args.show:
                print(f"--- {name}, {scrubber}")
                for line in q.examples:
                    print(" ", line)
        per_entity += ["", f"{name}: recall by entity ({chars / 1e6:.2f} M characters)", "",
                       "| entity | spans | " + " | ".join(s for s, _, _ in rows) + " |", "|---|---|" + "---|" * len(rows)]
        for entity, n in sorted(spans.items()):
            per_entity.append(f"| {entity} | {n} | " + " | ".join(f"{1 - q.leaked_types[entity] / n:.3f}" for _, q, _ in rows) + " |")
        print("\n".join(lines[-len(rows):]), flush=True)
    lines += per_entity
    lines += ["", f"Load average {os.getloadavg()[0]:.1f} at the end."]
    return publish("bench/scrub_modes.py", argv, SECTION, lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
