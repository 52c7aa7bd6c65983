"""Sites' empirical privacy audits (``fedtune-site privacy-audit --out``), read for the auditor's report.

Each file is one site's measurement of what its adapters leak: canary exposure in bits and
membership-inference AUCs, for an adapter trained without DP and one trained with DP-SGD
on the same data. The report shows them beside the ledgers' accounting as empirical
evidence: an attack that finds little is a lower bound on leakage, never a proof of
privacy, so these figures neither replace the accountant's epsilon nor change the verdict.
Nothing here imports Flower or torch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .inputs import InputError

NOTE = (
    "Empirical evidence from attacks each site ran on its own data (fedtune-site privacy-audit). "
    "An attack that finds little bounds leakage from below only: these figures do not replace the "
    "accountant's epsilon and do not change the verdict."
)


class _Read(BaseModel):
    # A site's file may carry more (per-canary figures, settings); the report reads these fields.
    model_config = ConfigDict(extra="ignore", frozen=True)


class Canaries(_Read):
    format: str = Field(min_length=1, max_length=64)
    count: int = Field(ge=1)
    repeats: int = Field(ge=1)
    candidates: int = Field(ge=1)
    space_bits: float = Field(gt=0)
    rank_max_bits: float = Field(gt=0)
    chance_bits: float = Field(ge=0)


class DPRun(_Read):
    epsilon: float = Field(gt=0)
    delta: float = Field(gt=0, lt=1)
    noise_multiplier: float = Field(ge=0)
    steps: int = Field(ge=1)


class Exposure(_Read):
    mean_bits: float = Field(ge=0)
    max_bits: float = Field(ge=0)
    extrapolated_mean_bits: float | None = Field(None, ge=0)
    extrapolated_max_bits: float | None = Field(None, ge=0)


class Membership(_Read):
    loss_auc: float = Field(ge=0, le=1)
    reference_auc: float = Field(ge=0, le=1)


class BaseRun(_Read):
    exposure: Exposure


class TrainedRun(_Read):
    exposure: Exposure
    membership: Membership


class Results(_Read):
    base: BaseRun
    non_private: TrainedRun
    dp: TrainedRun


class PrivacyAudit(_Read):
    """One site's ``privacy-audit`` JSON, as far as the report reads it."""

    kind: Literal["fedtune-privacy-audit"]
    version: Literal[1]
    site: str = Field(min_length=1, max_length=64)
    canaries: Canaries
    dp: DPRun
    results: Results

    def to_dict(self) -> dict[str, Any]:
        r = self.results
        return {
            "site": self.site,
            "dp_epsilon": self.dp.epsilon,
            "dp_delta": self.dp.delta,
            "canaries": self.canaries.model_dump(),
            "exposure_bits": {
                "base": r.base.exposure.model_dump(), "non_private": r.non_private.exposure.model_dump(),
                "dp": r.dp.exposure.model_dump(),
            },
            "membership_auc": {"non_private": r.non_private.membership.model_dump(), "dp": r.dp.membership.model_dump()},
        }  # fmt: skip


def read_privacy_audit(path: Path) -> PrivacyAudit:
    """One site's file; anything unreadable is an ``InputError`` naming the file and the field."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the privacy audit ({exc.strerror})") from None
    except (UnicodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not JSON ({exc})") from None
    try:
        return PrivacyAudit.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"field '{'.'.join(map(str, e['loc']))}': {e['msg']}" for e in exc.errors())
        raise InputError(f"{path}: not a fedtune-site privacy-audit result: {problems}") from None


def read_privacy_audits(folder: Path, sites: set[str]) -> dict[str, PrivacyAudit]:
    """``<site>.json`` in ``folder``, one per site that ran the audit; each must name a registered site, its own."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of privacy audits (--privacy-audits)")
    found: dict[str, PrivacyAudit] = {}
    for path in sorted(folder.glob("*.json")):
        audit = read_privacy_audit(path)
        if audit.site != path.stem:
            raise InputError(f"{path}: field 'site': the file is for site {audit.site!r}; name it {audit.site}.json")
        if audit.site not in sites:
            raise InputError(f"{path}: field 'site': {audit.site!r} is not a registered site (no key for it)")
        found[audit.site] = audit
    if not found:
        raise InputError(f"{folder}: no <site>.json files from fedtune-site privacy-audit")
    return found


def _bits(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def rows(audits: dict[str, PrivacyAudit]) -> tuple[list[str], list[list[str]]]:
    """The per-site table as header and cells: the terminal and the HTML show the same."""
    head = [
        "site", "DP run epsilon", "canaries (k x r, R)", "exposure non-private (mean / max)", "exposure DP (mean / max)",
        "chance / most", "loss-attack AUC (non-private / DP)", "reference AUC (non-private / DP)",
    ]  # fmt: skip
    body = []
    for site, a in sorted(audits.items()):
        c, r = a.canaries, a.results
        npv, dp = r.non_private, r.dp
        body.append([
            site, f"{a.dp.epsilon:g}", f"{c.count} x {c.repeats}, {c.candidates} ({c.format})",
            f"{_bits(npv.exposure.mean_bits)} / {_bits(npv.exposure.max_bits)}",
            f"{_bits(dp.exposure.mean_bits)} / {_bits(dp.exposure.max_bits)}",
            f"{_bits(c.chance_bits)} / {_bits(c.rank_max_bits)}",
            f"{npv.membership.loss_auc:.3f} / {dp.membership.loss_auc:.3f}",
            f"{npv.membership.reference_auc:.3f} / {dp.membership.reference_auc:.3f}",
        ])  # fmt: skip
    return head, body


def table(audits: dict[str, PrivacyAudit]) -> str:
    """A fixed-width table for the terminal, under the note that says what it is."""
    head, body = rows(audits)
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = ["empirical privacy audits (evidence, not a guarantee):"]
    lines += ["  ".join(x.ljust(w) for x, w in zip(r, widths)).rstrip() for r in [head, *body]]
    return "\n".join(lines)
