"""The audit of a federation's ledgers: chain, receipts, independent epsilon, caps and clip floors, per site.

``run_audit`` reads everything (inputs.py), checks each site and returns an ``AuditReport``;
report.py writes it out. Nothing here imports Flower or torch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fedtune.common.ledger import LedgerEntry

from . import accountant
from .empirical import NOTE, PrivacyAudit, read_privacy_audits
from .findings import Finding
from .inputs import SiteCap, SiteInputs, collect
from .receipts import Receipt, attribute, check_receipts, read_receipts
from .verify import ChainCheck, key_fingerprint, verify_chain

FLAG_RELATIVE = 0.02  # a site's figure this far from the independent one, either way, is flagged
UNDER_RELATIVE = 0.005  # a site's figure this far below the independent PLD one fails


@dataclass(frozen=True)
class Point:
    """One release entry as the plot and the entry table show it."""

    seq: int
    kind: str
    run_id: str
    round: int
    noise_multiplier: float
    sample_rate: float
    steps: int
    max_grad_norm: float
    scrubbed: bool
    reported: float
    pld: float


@dataclass
class SiteAudit:
    site: str
    ledger: str | None
    key: str  # fingerprint of the registered key
    cap: SiteCap
    points: list[Point] = field(default_factory=list)
    rdp: float = 0.0
    delta: float = 0.0
    runs: list[str] = field(default_factory=list)
    receipts: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def signed_off(self) -> bool:
        return not any(f.fails for f in self.findings)

    @property
    def rounds(self) -> int:
        return sum(p.kind == "train" for p in self.points)

    @property
    def metric_releases(self) -> int:
        return sum(p.kind == "metric" for p in self.points)

    @property
    def waivers(self) -> int:
        return sum(p.kind == "train" and not p.scrubbed for p in self.points)

    @property
    def non_dp(self) -> int:
        return sum(p.noise_multiplier == 0 for p in self.points)

    @property
    def reported(self) -> float:
        return self.points[-1].reported if self.points else 0.0

    @property
    def pld(self) -> float:
        return self.points[-1].pld if self.points else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "site": self.site, "ledger": self.ledger, "key": self.key, "verdict": verdict(self.signed_off),
            "signed_off": self.signed_off, "rounds_trained": self.rounds, "metric_releases": self.metric_releases,
            "runs": self.runs, "epsilon_reported": self.reported, "epsilon_pld": self.pld, "epsilon_rdp": self.rdp,
            "delta": self.delta, "cap_epsilon": self.cap.target_epsilon, "clip_floor": self.cap.max_grad_norm,
            "waivers": self.waivers, "non_dp_rounds": self.non_dp, "receipts_checked": self.receipts,
            "findings": [f.to_dict() for f in self.findings], "entries": [vars(p) for p in self.points],
        }  # fmt: skip


@dataclass
class AuditReport:
    sites: list[SiteAudit]
    findings: list[Finding]  # not tied to one site (receipts of an unknown node)
    coordinator: str | None
    time: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    # Sites' empirical privacy audits, when given: shown beside the accounting, never part of the verdict.
    privacy_audits: dict[str, PrivacyAudit] = field(default_factory=dict)

    @property
    def signed_off(self) -> bool:
        return all(s.signed_off for s in self.sites) and not any(f.fails for f in self.findings)

    @property
    def all_findings(self) -> list[Finding]:
        return [f for s in self.sites for f in s.findings] + self.findings

    def to_dict(self) -> dict[str, Any]:
        out = {
            "verdict": verdict(self.signed_off), "signed_off": self.signed_off, "time": self.time,
            "accountants": {"pld": f"{accountant.VERSION} PLDAccountant", "rdp": f"{accountant.VERSION} RdpAccountant"},
            "tolerances": {"flag_relative": FLAG_RELATIVE, "fail_under_relative": UNDER_RELATIVE},
            "coordinator": self.coordinator, "sites": [s.to_dict() for s in self.sites],
            "findings": [f.to_dict() for f in self.findings],
        }  # fmt: skip
        if self.privacy_audits:
            out["empirical_privacy"] = {
                "note": NOTE, "sites": [a.to_dict() for _, a in sorted(self.privacy_audits.items())],
            }  # fmt: skip
        return out


def verdict(signed_off: bool) -> str:
    return "signed off" if signed_off else "FAILED"


def run_audit(
    ledgers: Path, keys: Path, coordinator: Path | None = None, caps: Path | None = None,
    privacy_audits: Path | None = None,
) -> AuditReport:
    """Audit every registered site; raises InputError (naming the file) when an input cannot be read.

    ``privacy_audits``: a folder of ``<site>.json`` from ``fedtune-site privacy-audit``, shown in the
    report as empirical evidence; it never changes the verdict.
    """
    inputs = collect(ledgers, keys, caps)
    empirical = read_privacy_audits(privacy_audits, {s.site for s in inputs}) if privacy_audits is not None else {}
    receipts = read_receipts(coordinator) if coordinator is not None else []
    keys_by_site = {s.site: s.public_key for s in inputs}
    checks = {
        s.site: verify_chain(
            s.site, s.ledger, s.public_key, {f"site {o}": k for o, k in keys_by_site.items() if o != s.site}
        )
        for s in inputs
        if s.ledger is not None
    }
    per_site, loose = attribute(receipts, checks)
    sites = [audit_site(s, checks.get(s.site), per_site.get(s.site, [])) for s in inputs]
    return AuditReport(sites, loose, str(coordinator) if coordinator is not None else None, privacy_audits=empirical)


def audit_site(inputs: SiteInputs, check: ChainCheck | None, receipts: list[Receipt]) -> SiteAudit:
    ledger = str(inputs.ledger) if inputs.ledger else None
    audit = SiteAudit(inputs.site, ledger, key_fingerprint(inputs.public_key), inputs.cap)
    if check is None:
        detail = "no ledger was collected for this registered site: collect its state folder's ledger.jsonl"
        audit.findings.append(Finding(inputs.site, "missing ledger", detail))
        return audit
    if check.finding is not None:
        audit.findings.append(check.finding)
    receipt_finding = check_receipts(check, receipts)
    if receipt_finding is not None:
        audit.findings.append(receipt_finding)
    audit.receipts = len(receipts)
    releases = check.releases
    recomputed = accountant.recompute(releases)
    audit.points = [_point(e, pld) for e, pld in zip(releases, recomputed.pld, strict=True)]
    audit.rdp = recomputed.rdp
    audit.delta = releases[-1].delta if releases else 0.0
    audit.runs = list(dict.fromkeys(e.run_id for e in releases))
    audit.findings += _accounting(inputs.site, releases, audit.points, inputs.cap)
    return audit


def _point(e: LedgerEntry, pld: float) -> Point:
    return Point(
        e.seq, e.kind, e.run_id, e.round, e.noise_multiplier, e.sample_rate, e.steps, e.max_grad_norm, e.scrubbed,
        e.epsilon, pld,
    )  # fmt: skip


def _accounting(site: str, releases: list[LedgerEntry], points: list[Point], cap: SiteCap) -> list[Finding]:
    """The first under-report and first >2% difference, the cap, the clip floor, waivers and non-DP rounds."""
    found: list[Finding] = []
    under = next((p for p in points if _under(p.reported, p.pld)), None)
    if under is not None:
        found.append(
            Finding(
                site, "under-reported",
                f"the site reports epsilon {under.reported:.4g} where dp_accounting's PLD gives {under.pld:.4g} "
                f"for the entries up to here (more than {UNDER_RELATIVE:.1%} below)",
                under.seq, under.seq + 1,
            )
        )  # fmt: skip
    differs = next((p for p in points if p is not under and _differs(p.reported, p.pld)), None)
    if differs is not None:
        found.append(
            Finding(
                site, "epsilon differs",
                f"the site reports epsilon {differs.reported:.4g}, dp_accounting's PLD {differs.pld:.4g} "
                f"(more than {FLAG_RELATIVE:.0%} apart)",
                differs.seq, differs.seq + 1, fails=False,
            )
        )  # fmt: skip
    if points and cap.target_epsilon is not None:
        spent = max(points[-1].reported, points[-1].pld)
        if spent > cap.target_epsilon:
            found.append(
                Finding(site, "over cap", f"epsilon {spent:.4g} is above the declared cap {cap.target_epsilon:g}",
                        points[-1].seq, points[-1].seq + 1)
            )  # fmt: skip
    if cap.max_grad_norm is not None:
        floor = cap.max_grad_norm
        low = next((e for e in releases if e.kind == "train" and e.private and e.max_grad_norm < floor), None)
        if low is not None:
            found.append(
                Finding(site, "clip below floor",
                        f"clip norm {low.max_grad_norm:g} is below the declared floor {cap.max_grad_norm:g}",
                        low.seq, low.seq + 1)
            )  # fmt: skip
    waived = [e.seq for e in releases if e.kind == "train" and not e.scrubbed]
    if waived:
        detail = f"{len(waived)} round(s) trained on unscrubbed text (seq {_seqs(waived)})"
        found.append(Finding(site, "waiver", detail, fails=False))
    open_rounds = [e.seq for e in releases if not e.private]
    if open_rounds:
        found.append(
            Finding(site, "non-DP", f"{len(open_rounds)} round(s) trained without DP (seq {_seqs(open_rounds)}): "
                    "epsilon is infinite", fails=False)
        )  # fmt: skip
    return found


def _under(reported: float, independent: float) -> bool:
    if math.isinf(independent):
        return not math.isinf(reported)
    return reported < independent * (1 - UNDER_RELATIVE)


def _differs(reported: float, independent: float) -> bool:
    if math.isinf(independent) or math.isinf(reported):
        return math.isinf(independent) != math.isinf(reported)
    return independent > 0 and abs(reported - independent) / independent > FLAG_RELATIVE


def _seqs(seqs: list[int]) -> str:
    return ", ".join(map(str, seqs[:10])) + (", ..." if len(seqs) > 10 else "")
