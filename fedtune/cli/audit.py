"""``fedtune-audit``: verify every site's signed ledger, recompute its epsilon independently, write the reports.

Exit codes: 0 signed off, 1 any failure, 2 bad arguments or an input that cannot be read.
docs/AUDITOR.md explains what to collect and how to read the output.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from fedtune.audit.audit import AuditReport, run_audit, verdict
from fedtune.audit.empirical import table as empirical_table
from fedtune.audit.inputs import InputError
from fedtune.audit.report import fmt, write_reports


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="fedtune-audit",
        description="Audit a federation's privacy ledgers: signatures, chain, coordinator receipts, "
        "epsilon recomputed with dp_accounting (PLD and RDP), caps and clip floors.",
    )
    p.add_argument("--ledgers", type=Path, required=True, help="folder of <site>.jsonl or <site>/ledger.jsonl")
    p.add_argument("--keys", type=Path, required=True, help="folder of <site>.pub: the keys the coordinator registered")
    p.add_argument("--coordinator", type=Path, help="the coordinator's run folder (holds receipts.jsonl)")
    p.add_argument("--caps", type=Path, help="caps.toml: [sites.<site>] target_epsilon, max_grad_norm")
    p.add_argument("--report", type=Path, required=True, help="folder for report.json and report.html")
    p.add_argument(
        "--privacy-audits", type=Path,
        help="folder of <site>.json from fedtune-site privacy-audit: shown in the report as empirical evidence; never changes the verdict",
    )
    return p


def table(report: AuditReport) -> str:
    """A fixed-width table, one row per site, then every finding."""
    head = ("site", "rounds", "metric", "eps site", "eps PLD", "eps RDP", "cap", "delta", "waivers", "non-DP",
            "verdict")  # fmt: skip
    rows = [head] + [
        (s.site, str(s.rounds), str(s.metric_releases), fmt(s.reported), fmt(s.pld), fmt(s.rdp),
         fmt(s.cap.target_epsilon), fmt(s.delta), str(s.waivers), str(s.non_dp), verdict(s.signed_off))
        for s in report.sites
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for f in report.all_findings:
        lines.append(f"{'FAIL' if f.fails else 'flag'}  {f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    # dp_accounting's RDP logs a warning for each order it skips; the figures are unaffected.
    logging.getLogger("absl").setLevel(logging.ERROR)
    try:
        report = run_audit(args.ledgers, args.keys, args.coordinator, args.caps, args.privacy_audits)
        json_path, html_path = write_reports(report, args.report)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    print(table(report))
    if report.privacy_audits:
        print(empirical_table(report.privacy_audits))
    failures = sum(f.fails for f in report.all_findings)
    flags = len(report.all_findings) - failures
    print(
        f"audit {verdict(report.signed_off)}: {len(report.sites)} site(s), {failures} failure(s), {flags} flag(s); "
        f"report {html_path} and {json_path}"
    )
    return 0 if report.signed_off else 1


if __name__ == "__main__":
    sys.exit(main())
