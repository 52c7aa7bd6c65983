"""The demo's report: which site each Flower node was, the per-round rows, the summary and ``report/index.html``.

The demo's operator holds every site's state, so it can name sites without anything new on
the wire: the coordinator's ``receipts.jsonl`` pairs each node id with the (seq, hash) of a
ledger entry, and exactly one site's signed ledger holds that entry. Everything written here
is numbers and site ids; no record text and no generated answer goes into the report.
"""

from __future__ import annotations

import base64
import html
import io
import json
import math
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from fedtune.common.fileio import strict_json, write_atomic
from fedtune.common.ledger import Ledger, LedgerError
from fedtune.common.policy import SitePolicy
from fedtune.common.protocol import EPSILON, VAL_LOSS, digest_prefix

RECEIPTS = "receipts.jsonl"
REPORT_FILES = ("index.html", "summary.json", "rounds.png", "evaluation.json")


def node_sites(run_dir: Path, policies: list[SitePolicy]) -> dict[str, str]:
    """Flower node id -> site id, matching the coordinator's receipts against each site's ledger.

    Read while the federation runs, so an unreadable ledger or a half-written last receipt is
    skipped (the next call sees it whole); a node no ledger accounts for stays unnamed.
    """
    held: dict[tuple[int, str], str] = {}
    for policy in policies:
        try:
            entries = Ledger(policy.state_dir).entries()
        except (LedgerError, OSError):
            continue
        for entry in entries:
            held[(entry.seq, digest_prefix(entry.digest))] = policy.site_id
    names: dict[str, str] = {}
    try:
        lines = (Path(run_dir) / RECEIPTS).read_text(encoding="utf-8").splitlines()
    except OSError:
        return names
    for line in lines:
        try:
            row = json.loads(line)
            site = held.get((int(row["seq"]), str(row["hash"])))
        except (ValueError, KeyError, TypeError):
            continue
        if site is not None:
            names[str(row["node"])] = site
    return names


@dataclass
class SiteRow:
    """One site's line in a round's table."""

    site: str
    val_loss: float | None  # what the site sent: noised
    epsilon: float | None
    bytes_sent: int | None
    update_norm: float | None
    dropped: str | None = None
    exact_val: float | None = None  # the same loss exact, from the site's own log: the demo holds every site


def round_rows(
    entry: dict[str, Any], names: dict[str, str], exact: dict[str, float] | None = None
) -> tuple[list[SiteRow], dict[str, Any]]:
    """A history round as rows named by site (a node no ledger names shows as ``node <id>``), and its aggregate.

    ``exact`` maps site ids to their exact validation loss of the round's global adapter
    (``site_val_losses``); the aggregate row gets their mean as ``exact-val-loss``.
    """
    exact = exact or {}
    rows = []
    for node, m in entry["sites"].items():
        site = names.get(node, f"node {node}")
        rows.append(SiteRow(site, m.get(VAL_LOSS), m.get(EPSILON), m.get("bytes-sent"), m.get("update-norm"), exact_val=exact.get(site)))
    for node, reason in entry.get("dropped", {}).items():
        rows.append(SiteRow(names.get(node, f"node {node}"), None, None, None, None, dropped=reason))
    aggregate = dict(entry.get("aggregate", {}))
    known = [r.exact_val for r in rows if r.exact_val is not None]
    aggregate["exact-val-loss"] = sum(known) / len(known) if known else None
    return sorted(rows, key=lambda r: r.site), aggregate


def site_val_losses(policies: list[SitePolicy]) -> dict[int, dict[str, float]]:
    """Round → site id → the exact validation loss each site logged for the global adapter, in its newest run.

    A site keeps these to itself (``local-metrics.jsonl`` in its state directory; only the
    noised loss leaves it). The demo's operator holds every site, so it can show both.
    """
    out: dict[int, dict[str, float]] = {}
    for policy in policies:
        path = policy.state_dir / "local-metrics.jsonl"
        if not path.is_file():
            continue
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        newest = lines[-1]["run"] if lines else None
        for line in lines:
            if line.get("run") == newest and line.get("kind") == "evaluate" and _finite(line.get("val-loss")):
                out.setdefault(int(line["round"]), {})[policy.site_id] = float(line["val-loss"])
    return out


@dataclass
class SiteSummary:
    site: str
    epsilon: float | None  # spent, from the site's signed ledger (None: DP off or nothing released)
    cap: float | None
    delta: float | None
    bytes_sent: int
    entities: dict[str, int] = field(default_factory=dict)


@dataclass
class Summary:
    rounds: int
    sites: list[SiteSummary]
    heldout_loss: tuple[float, float]  # base, fine-tuned
    global_val: tuple[float | None, float | None]  # the aggregate's noised validation loss: first round, last round
    site_val: tuple[float | None, float | None]  # the sites' exact validation loss, mean over sites: first round, last
    forgetting: dict[str, Any] | None
    audit_signed_off: bool
    audit_report: str
    report: str
    logs: str
    adapter: str
    seconds: dict[str, float]

    def entities(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for site in self.sites:
            total.update(site.entities)
        return total


def site_summaries(
    policies: list[SitePolicy], history: list[dict[str, Any]], names: dict[str, str], entities: dict[str, dict[str, int]],
    run_target_epsilon: float = 0.0,
) -> list[SiteSummary]:
    """ε spent (the ledger's newest release) against the cap that applied, and bytes sent summed over rounds."""
    sent: Counter[str] = Counter()
    for entry in history:
        for node, metrics in entry["sites"].items():
            if node in names and isinstance(metrics.get("bytes-sent"), int):
                sent[names[node]] += metrics["bytes-sent"]
    out = []
    for policy in policies:
        releases = Ledger(policy.state_dir).releases()
        spent = releases[-1].epsilon if releases else None
        cap = None
        if policy.privacy.enabled:
            cap = policy.privacy.target_epsilon
            if run_target_epsilon > 0:
                cap = min(cap, run_target_epsilon)
        out.append(
            SiteSummary(
                site=policy.site_id,
                epsilon=None if spent is None or math.isinf(spent) else spent,
                cap=cap,
                delta=releases[-1].delta if releases else None,
                bytes_sent=sent[policy.site_id],
                entities=dict(sorted(entities.get(policy.site_id, {}).items())),
            )
        )
    return out


def plot_rounds(history: list[dict[str, Any]], names: dict[str, str], path: Path) -> bytes:
    """Global validation loss (noised) and ε spent per round, one line per site and the aggregate; the PNG's bytes."""
    figure = Figure(figsize=(10, 4), layout="constrained")
    FigureCanvasAgg(figure)
    nodes = sorted({node for entry in history for node in entry["sites"]}, key=lambda n: names.get(n, n))
    panels = ((VAL_LOSS, "global validation loss (noised)", "loss"), (EPSILON, "ε spent", "ε"))
    for axes, (key, title, unit) in zip(figure.subplots(1, 2), panels):
        for node in nodes:
            points = [(e["round"], e["sites"][node][key]) for e in history if _finite(e["sites"].get(node, {}).get(key))]
            if points:
                axes.plot(*zip(*points), marker="o", linewidth=1, alpha=0.8, label=names.get(node, f"node {node}"))
        points = [(e["round"], e["aggregate"][key]) for e in history if _finite(e["aggregate"].get(key))]
        if points:
            axes.plot(*zip(*points), marker="s", linewidth=2.5, color="black", label="aggregate")
        axes.set(title=title, xlabel="round", ylabel=unit)
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.grid(alpha=0.3)
        axes.legend(fontsize="small")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    write_atomic(path, buffer.getvalue(), mode=0o644)
    return buffer.getvalue()


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _fmt(value: Any, spec: str = ".4f") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return format(value, spec) if math.isfinite(value) else "∞"
    return str(value)


def write_report(
    folder: Path, summary: Summary, history: list[dict[str, Any]], names: dict[str, str], evaluation: dict[str, Any],
    exact: dict[int, dict[str, float]] | None = None,
) -> Path:
    """``index.html`` (self-contained: the plot is inlined), ``summary.json``, ``rounds.png`` and ``evaluation.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    png = plot_rounds(history, names, folder / "rounds.png")
    write_atomic(folder / "evaluation.json", strict_json(evaluation), mode=0o644)
    write_atomic(folder / "summary.json", strict_json(asdict(summary)), mode=0o644)
    e = html.escape
    site_rows = "".join(
        f"<tr><td>{e(s.site)}</td><td>{_fmt(s.epsilon, '.3f')}</td><td>{_fmt(s.cap, 'g')}</td><td>{_fmt(s.delta, 'g')}</td>"
        f"<td>{s.bytes_sent:,}</td><td>{sum(s.entities.values()):,}</td></tr>"
        for s in summary.sites
    )
    types = sorted(summary.entities())
    entity_rows = "".join(
        f"<tr><td>{e(t)}</td>" + "".join(f"<td>{s.entities.get(t, 0)}</td>" for s in summary.sites) + "</tr>" for t in types
    )
    round_tables = []
    for entry in history:
        rows, aggregate = round_rows(entry, names, (exact or {}).get(entry["round"]))
        body = "".join(
            f"<tr><td>{e(r.site)}</td>"
            + (f"<td colspan=5>dropped: {e(r.dropped)}</td>" if r.dropped else
               f"<td>{_fmt(r.exact_val)}</td><td>{_fmt(r.val_loss)}</td><td>{_fmt(r.epsilon, '.3f')}</td>"
               f"<td>{_fmt(r.bytes_sent)}</td><td>{_fmt(r.update_norm)}</td>")
            + "</tr>"
            for r in rows
        )
        body += (
            f"<tr class=agg><td>aggregate</td><td>{_fmt(aggregate.get('exact-val-loss'))}</td><td>{_fmt(aggregate.get(VAL_LOSS))}</td>"
            f"<td>{_fmt(aggregate.get(EPSILON), '.3f')}</td><td>{_fmt(aggregate.get('bytes-sent'))}</td><td>–</td></tr>"
        )
        round_tables.append(
            f"<h3>Round {entry['round']}</h3><table><tr><th>site</th><th>val loss at the site (exact)</th>"
            f"<th>val loss sent (noised)</th><th>ε spent</th><th>bytes sent</th><th>update norm</th></tr>{body}</table>"
        )
    forgetting = summary.forgetting or {}
    general = forgetting.get("general_perplexity", {})
    verdict = "signed off" if summary.audit_signed_off else "FAILED"
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fedtune demo report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1.5rem; }}
td, th {{ border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: right; }}
td:first-child, th:first-child {{ text-align: left; }}
tr.agg td {{ font-weight: bold; }}
.ok {{ color: #1a7f37; }} .bad {{ color: #cf222e; }}
img {{ max-width: 100%; }}
</style></head><body>
<h1>fedtune demo report</h1>
<p>{summary.rounds} federated rounds over {len(summary.sites)} sites. Privacy audit:
<strong class="{'ok' if summary.audit_signed_off else 'bad'}">{verdict}</strong>
(<a href="{e(os.path.relpath(summary.audit_report, folder))}">{e(summary.audit_report)}</a>).</p>
<h2>Privacy per site</h2>
<table><tr><th>site</th><th>ε spent</th><th>ε cap</th><th>δ</th><th>bytes sent</th><th>entities scrubbed</th></tr>{site_rows}</table>
<h2>What fine-tuning changed</h2>
<table><tr><th>measure</th><th>base</th><th>fine-tuned</th></tr>
<tr><td>held-out clinical loss</td><td>{summary.heldout_loss[0]:.4f}</td><td>{summary.heldout_loss[1]:.4f}</td></tr>
<tr><td>general-text perplexity (forgetting)</td><td>{_fmt(general.get('base'))}</td><td>{_fmt(general.get('adapter'))}</td></tr>
<tr><td>validation loss at the sites, round 1 → {summary.rounds} (exact, mean over sites)</td><td>{_fmt(summary.site_val[0])}</td><td>{_fmt(summary.site_val[1])}</td></tr>
<tr><td>validation loss the coordinator saw, round 1 → {summary.rounds} (noised aggregate)</td><td>{_fmt(summary.global_val[0])}</td><td>{_fmt(summary.global_val[1])}</td></tr>
</table>
<p>Each site sends its validation loss only with Gaussian noise, accounted in its ε; with the
demo's few validation records per site that noise is larger than the loss itself. The exact
figures come from each site's own log, which never leaves it: the demo can read them because
it plays every site.</p>
<p>Forgetting: general-text perplexity changed by {_fmt(forgetting.get('change_percent'), '+.1f')}%
({'flagged' if forgetting.get('flagged') else 'within'} the {_fmt(forgetting.get('threshold_percent'), 'g')}% threshold).</p>
<h2>Loss and ε per round</h2>
<img alt="global validation loss and epsilon per round" src="data:image/png;base64,{base64.b64encode(png).decode('ascii')}">
{''.join(round_tables)}
<h2>Entities scrubbed, by type</h2>
<table><tr><th>entity type</th>{''.join(f'<th>{e(s.site)}</th>' for s in summary.sites)}</tr>{entity_rows}</table>
<p>Counts only: no detected value and no record text is in this report.</p>
</body></html>
"""
    return write_atomic(folder / "index.html", page, mode=0o644)
