"""The audit's files: ``report.json`` (strict JSON: an infinite epsilon is null) and a self-contained ``report.html``."""

from __future__ import annotations

import base64
import math
from html import escape
from pathlib import Path

from fedtune.common.fileio import strict_json, write_atomic

from .audit import AuditReport, SiteAudit, verdict
from .empirical import NOTE, PrivacyAudit
from .empirical import rows as empirical_rows
from .findings import Finding
from .plot import epsilon_plot

_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:72em}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}
th{background:#f3f3f3}td.l,th.l{text-align:left}.ok{color:#176117;font-weight:bold}.bad{color:#a11;font-weight:bold}
.flag{color:#8a5a00}img{max-width:100%}code{background:#f6f6f6;padding:0 .2em}
"""


def write_reports(report: AuditReport, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    json_path = write_atomic(folder / "report.json", strict_json(report.to_dict()), mode=0o644)
    html_path = write_atomic(folder / "report.html", html(report), mode=0o644)
    return json_path, html_path


def fmt(value: float | None) -> str:
    if value is None:
        return "none"
    return "inf" if math.isinf(value) else f"{value:.4g}"


def html(report: AuditReport) -> str:
    png = base64.b64encode(epsilon_plot(report.sites)).decode("ascii")
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>fedtune privacy audit</title>",
        f"<style>{_CSS}</style></head><body><h1>fedtune privacy audit</h1>",
        f"<p>Verdict: {_verdict(report.signed_off)} "
        f"({escape(report.time)}; coordinator receipts: {escape(report.coordinator or 'not given')})</p>",
        _summary(report.sites),
        f"<img alt='cumulative epsilon per site' src='data:image/png;base64,{png}'>",
    ]
    if report.privacy_audits:
        parts.append(_empirical(report.privacy_audits))
    if report.findings:
        parts.append("<h2>Coordinator receipts</h2>" + _findings(report.findings))
    parts += [_site(site) for site in report.sites]
    parts.append("</body></html>")
    return "\n".join(parts)


def _row(cells: list[str], header: bool = False, left: int = 1) -> str:
    tag = "th" if header else "td"
    return "<tr>" + "".join(
        f"<{tag}{' class=l' if i < left else ''}>{c}</{tag}>" for i, c in enumerate(cells)
    ) + "</tr>"


def _summary(sites: list[SiteAudit]) -> str:
    head = ["site", "rounds trained", "metric releases", "epsilon (site)", "epsilon (PLD)", "epsilon (RDP)",
            "cap", "delta", "waivers", "non-DP rounds", "verdict"]  # fmt: skip
    rows = [_row(head, header=True)]
    for s in sites:
        rows.append(_row([
            escape(s.site), str(s.rounds), str(s.metric_releases), fmt(s.reported), fmt(s.pld), fmt(s.rdp),
            fmt(s.cap.target_epsilon), fmt(s.delta), str(s.waivers), str(s.non_dp),
            _verdict(s.signed_off),
        ]))  # fmt: skip
    return "<table class=summary>" + "".join(rows) + "</table>"


def _empirical(audits: dict[str, PrivacyAudit]) -> str:
    """The sites' empirical privacy audits: one row per site, under the note that they are evidence, not a guarantee."""
    head, body = empirical_rows(audits)
    table = _row([escape(h) for h in head], header=True) + "".join(_row([escape(c) for c in r]) for r in body)
    return (
        "<h2>Empirical privacy audit (evidence, not a guarantee)</h2>"
        f"<p class=flag>{escape(NOTE)}</p>"
        "<p>Exposure in bits of inserted random canaries, ranked among random candidates of the same format "
        "(chance: a canary the model did not learn; most: the largest the sample can show). AUC of membership "
        "inference on training against held-out records: 0.5 is chance. Non-private and DP adapters were trained "
        "on the same data with the same settings.</p>"
        f"<table class=empirical>{table}</table>"
    )


def _site(s: SiteAudit) -> str:
    facts = [
        ("ledger", escape(s.ledger or "not collected")), ("registered key", f"<code>{escape(s.key)}</code>"),
        ("runs", escape(", ".join(s.runs) or "none")), ("rounds trained", str(s.rounds)),
        ("metric releases", str(s.metric_releases)),
        ("epsilon spent (site / PLD / RDP)", f"{fmt(s.reported)} / {fmt(s.pld)} / {fmt(s.rdp)}"),
        ("cap", fmt(s.cap.target_epsilon)), ("delta", fmt(s.delta)), ("clip floor", fmt(s.cap.max_grad_norm)),
        ("waivers (scrubbed false)", str(s.waivers)), ("non-DP rounds", str(s.non_dp)),
        ("coordinator receipts checked", str(s.receipts)),
        ("verdict", _verdict(s.signed_off)),
    ]  # fmt: skip
    table = "<table class=site>" + "".join(_row([k, v]) for k, v in facts) + "</table>"
    entries = [_row(["seq", "kind", "run", "round", "noise", "sample rate", "steps", "clip / bound", "scrubbed",
                     "epsilon (site)", "epsilon (PLD)"], header=True, left=3)]  # fmt: skip
    for p in s.points:
        entries.append(_row([
            str(p.seq), p.kind, escape(p.run_id), str(p.round), f"{p.noise_multiplier:.4g}", f"{p.sample_rate:.4g}",
            str(p.steps), f"{p.max_grad_norm:g}", "yes" if p.scrubbed else "no", fmt(p.reported), fmt(p.pld),
        ], left=3))  # fmt: skip
    return (
        f"<h2>{escape(s.site)}</h2>{table}<h3>Findings</h3>{_findings(s.findings)}"
        f"<h3>Ledger entries</h3><table class=entries>{''.join(entries)}</table>"
    )


def _verdict(signed_off: bool) -> str:
    return f"<span class={'ok' if signed_off else 'bad'}>{verdict(signed_off)}</span>"


def _findings(findings: list[Finding]) -> str:
    if not findings:
        return "<p class=ok>none</p>"
    items = "".join(f"<li class={'bad' if f.fails else 'flag'}>{escape(str(f))}</li>" for f in findings)
    return f"<ul>{items}</ul>"
