"""The audit's one figure: every site's cumulative epsilon over its ledger entries, its cap dashed, as PNG bytes."""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")  # no display: the figure is only ever written to bytes

import matplotlib.pyplot as plt  # noqa: E402

from .audit import SiteAudit  # noqa: E402


def epsilon_plot(sites: list[SiteAudit]) -> bytes:
    """Solid: the site's own figure; dots: dp_accounting's PLD; dashed: the declared cap. Infinite values are omitted."""
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    try:
        colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        for i, site in enumerate(sites):
            color = colors[i % len(colors)]
            seqs = [p.seq for p in site.points]
            ax.plot(seqs, [_finite(p.reported) for p in site.points], color=color, label=f"{site.site} (reported)")
            ax.plot(seqs, [_finite(p.pld) for p in site.points], "o", color=color, markersize=3,
                    label=f"{site.site} (dp_accounting PLD)")  # fmt: skip
            if site.cap.target_epsilon is not None:
                ax.axhline(site.cap.target_epsilon, color=color, linestyle="--", linewidth=1,
                           label=f"{site.site} cap {site.cap.target_epsilon:g}")  # fmt: skip
        ax.set_xlabel("ledger entry (seq)")
        ax.set_ylabel("cumulative epsilon")
        ax.set_title("Privacy spent per site")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        if sites:
            ax.legend(fontsize=7, loc="upper left")
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", bbox_inches="tight")
        return buffer.getvalue()
    finally:
        plt.close(fig)


def _finite(value: float) -> float:
    return value if math.isfinite(value) else math.nan
