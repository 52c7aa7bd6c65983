"""What the demo shows in the terminal: a progress line per phase and per round, a table per round, the summary.

Flower's, Ray's and the libraries' own output goes to log files under the run folder
(``logs/``); ``--verbose`` echoes them here too. The federated run is watched from outside:
Flower's log (written by ``flwr run --stream``) marks where a round is, and the
coordinator's ``history.json``, written once a round is complete, gives its table.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from fedtune.common.processes import flower_bin, flower_env, stop_process
from fedtune.common.protocol import EPSILON, VAL_LOSS

from .report import Summary, round_rows

# Markers in Flower's server log (flwr/serverapp/strategy): where a round stands.
_ROUND = "[ROUND "
_EVALUATE = "configure_evaluate: Sampled"


class DemoConsole:
    """One rich console and progress display for the whole demo."""

    def __init__(self, verbose: bool = False, file: Any = None) -> None:
        self.console = Console(file=file or sys.stdout, highlight=False)
        self.verbose = verbose
        self.progress = Progress(
            SpinnerColumn(finished_text="[green]✓[/]"),
            TextColumn("{task.description}"),
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
        )

    def __enter__(self) -> DemoConsole:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.progress.stop()

    def print(self, *objects: Any, **kwargs: Any) -> None:
        self.progress.console.print(*objects, **kwargs)

    @contextmanager
    def phase(self, description: str, total: int = 1) -> Iterator[Callable[..., None]]:
        """A progress line for one phase; yields ``advance(description=None)``; complete when the block ends."""
        task = self.progress.add_task(description, total=total)

        def advance(text: str | None = None, steps: int = 1) -> None:
            self.progress.update(task, advance=steps, **({"description": text} if text else {}))

        yield advance
        self.progress.update(task, completed=total)

    def round_table(self, entry: dict[str, Any], names: dict[str, str], exact: dict[str, float] | None = None) -> Table:
        rows, aggregate = round_rows(entry, names, exact)
        table = Table(title=f"round {entry['round']}", title_justify="left")
        table.add_column("site")
        for header in ("val loss at site (exact)", "val loss sent (noised)", "ε spent", "bytes sent", "update norm"):
            table.add_column(header, justify="right")
        for r in rows:
            if r.dropped:
                table.add_row(r.site, f"dropped: {r.dropped}", "", "", "", "")
            else:
                table.add_row(r.site, _num(r.exact_val), _num(r.val_loss), _num(r.epsilon, ".3f"), _num(r.bytes_sent, ","),
                              _num(r.update_norm))
        table.add_row(
            "[bold]aggregate[/]", _num(aggregate.get("exact-val-loss")), _num(aggregate.get(VAL_LOSS)),
            _num(aggregate.get(EPSILON), ".3f"), _num(aggregate.get("bytes-sent"), ","), "", end_section=True,
        )
        return table

    def summary(self, s: Summary) -> None:
        """The closing summary: ε against cap, loss before and after, bytes, entities, audit verdict, report."""
        sites = Table(title="privacy per site", title_justify="left")
        sites.add_column("site")
        for header in ("ε spent", "ε cap", "bytes sent", "entities scrubbed"):
            sites.add_column(header, justify="right")
        for site in s.sites:
            sites.add_row(site.site, _num(site.epsilon, ".3f"), _num(site.cap, "g"), _num(site.bytes_sent, ","), _num(sum(site.entities.values()), ","))
        self.print(sites)
        entities = s.entities()
        if entities:
            self.print("entities scrubbed by type: " + ", ".join(f"{t} {n}" for t, n in entities.most_common()))
        before, after = s.heldout_loss
        self.print(f"held-out clinical loss (records no site saw): base {before:.3f} -> fine-tuned {after:.3f}")
        if s.site_val[0] is not None and s.site_val[1] is not None:
            self.print(f"validation loss at the sites (exact, never sent): round 1 {s.site_val[0]:.3f} -> round {s.rounds} {s.site_val[1]:.3f}")
        if s.global_val[0] is not None and s.global_val[1] is not None:
            self.print(
                f"validation loss the coordinator saw (noised, aggregate): round 1 {s.global_val[0]:.3f} -> "
                f"round {s.rounds} {s.global_val[1]:.3f}; each site adds accounted noise, large beside a few records"
            )
        forgetting = s.forgetting or {}
        general = forgetting.get("general_perplexity", {})
        if "adapter" in general:
            flag = "[red]flagged[/]" if forgetting["flagged"] else "within threshold"
            self.print(
                f"forgetting: general-text perplexity {general['base']:.2f} -> {general['adapter']:.2f} "
                f"({forgetting['change_percent']:+.1f}%, {flag})"
            )
        total = sum(site.bytes_sent for site in s.sites)
        self.print(f"bytes sent by all sites: {total:,} (adapter tensors only)")
        verdict = "[green]signed off[/]" if s.audit_signed_off else "[red]FAILED[/]"
        self.print(f"privacy audit: {verdict}; {s.audit_report}")
        self.print(f"report: {s.report}")


def _num(value: Any, spec: str = ".4f") -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value != value:
        return "nan"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "∞"
    return format(value, spec)


def run_federation(
    home: Path,
    app: Path,
    log: Path,
    history: Path,
    rounds: int,
    ui: DemoConsole,
    names: Callable[[], dict[str, str]],
    poll: float = 0.5,
    exact: Callable[[], dict[int, dict[str, float]]] | None = None,
) -> int:
    """``flwr run --stream`` with its output in ``log``; a progress line per round and a table as each completes.

    Returns flwr's exit code. On an interruption the ``flwr`` process is stopped here and the
    SuperLink by its caller's context manager.
    """
    from fedtune.server.history import History

    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        process = subprocess.Popen(
            [flower_bin("flwr"), "run", str(app), "fedtune", "--stream"],
            env=flower_env(home), stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    shown = 0
    tasks: dict[int, TaskID] = {}
    offset = 0
    pending = ""

    def task(number: int) -> TaskID:
        if number not in tasks:
            tasks[number] = ui.progress.add_task(f"round {number}/{rounds}: sites training", total=2)
        return tasks[number]

    try:
        while True:
            done = process.poll() is not None
            with log.open("rb") as reader:
                reader.seek(offset)
                chunk = reader.read()
            offset += len(chunk)
            pending += chunk.decode("utf-8", errors="replace")
            *lines, pending = pending.split("\n")
            for line in lines:
                if ui.verbose:
                    ui.print(line, markup=False, highlight=False)
                if _ROUND in line:
                    number = _round_number(line)
                    if number:
                        task(number)
                elif _EVALUATE in line and tasks:
                    latest = max(tasks)
                    ui.progress.update(tasks[latest], completed=1, description=f"round {latest}/{rounds}: sites evaluating")
            if history.is_file():
                entries = History.load(history).rounds
                if len(entries) > shown:
                    mapping = names()
                    values = exact() if exact else {}
                    for entry in entries[shown:]:
                        ui.progress.update(task(entry["round"]), completed=2, description=f"round {entry['round']}/{rounds}: done")
                        ui.print(ui.round_table(entry, mapping, values.get(entry["round"])))
                    shown = len(entries)
            if done:
                return process.returncode
            time.sleep(poll)
    finally:
        if process.poll() is None:
            stop_process(process)
        logging.getLogger(__name__).info("flwr run exited with %s", process.returncode)


def _round_number(line: str) -> int | None:
    """``[ROUND 2/3]`` -> 2."""
    try:
        return int(line.split(_ROUND, 1)[1].split("/", 1)[0])
    except (IndexError, ValueError):
        return None
