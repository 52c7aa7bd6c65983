"""The coordinator's Flower ServerApp: the run config's strategy over LoRA adapters, checkpointed every round, resumable.

It never sees text: it builds the initial adapter from the base model (or the last
checkpoint of an interrupted run), sends it with the base model's fingerprint, and
aggregates the tensors the sites return.
"""

from __future__ import annotations

import logging
from pathlib import Path

import torch
from flwr.app import ConfigRecord, Context
from flwr.serverapp import Grid, ServerApp
from flwr.serverapp.exception import PrivacyBudgetExhausted

from fedtune.common.adapters import adapter_state, to_arrays
from fedtune.common.fingerprint import fingerprint
from fedtune.common.model import describe_trainable, load_for_training, resolve_base
from fedtune.common.protocol import BASE_FINGERPRINT
from fedtune.common.runconfig import RunConfig

from .checkpoint import save_global
from .heap import retain_freed_memory
from .resume import find_resume_point
from .strategy import build_strategy

log = logging.getLogger(__name__)
app = ServerApp()


def _log_through_flower() -> None:
    """fedtune's log lines (the round tables) reach the same stream as Flower's, e.g. `flwr run --stream`."""
    ours = logging.getLogger("fedtune")
    if not ours.handlers:
        for handler in logging.getLogger("flwr").handlers:
            ours.addHandler(handler)
        ours.setLevel(logging.INFO)
        ours.propagate = False


def run_federation(grid: Grid, run: RunConfig) -> Path:
    """Run the rounds that ``run.run_dir`` has not completed yet and save the final adapter there."""
    retain_freed_memory()  # each round's adapter bytes reuse the last round's pages (server/heap.py)
    base = resolve_base(run.base_model)
    base_fingerprint = fingerprint(base)
    # The server keeps a CPU copy of base + LoRA to create the shared initial adapter
    # (same A at every site), to hold the current global one and to write checkpoints.
    template = load_for_training(base, run.lora, torch.device("cpu"), seed=run.seed)
    log.info("global adapter: %s; base model %s", describe_trainable(template), base_fingerprint)
    resume = find_resume_point(run, template, base_fingerprint)
    strategy = build_strategy(run, template, base_fingerprint, resume)
    remaining = run.num_server_rounds - strategy.round_offset
    if remaining > 0:
        try:
            strategy.start(
                grid=grid,
                initial_arrays=to_arrays(adapter_state(template)),
                num_rounds=remaining,
                timeout=run.round_timeout,
                train_config=ConfigRecord({BASE_FINGERPRINT: base_fingerprint}),
                evaluate_config=ConfigRecord({BASE_FINGERPRINT: base_fingerprint}),
            )
        except PrivacyBudgetExhausted as exc:  # user-level DP: the next release would pass user-dp-target-epsilon
            log.warning("stopping before round %d: %s", len(strategy.history.rounds) + 1, exc)
    else:
        log.info("all %d rounds of %s are complete; nothing to train", run.num_server_rounds, run.run_dir)
    if not any(entry.get("aggregated") for entry in strategy.history.rounds):
        raise RuntimeError("no round produced an aggregate: too few sites sent a valid update; see the log above and the sites' logs")
    final = save_global(
        template,
        adapter_state(template),
        Path(run.run_dir) / "adapter",
        {
            "round": run.num_server_rounds,
            "base_model": run.base_model,
            "base_fingerprint": base_fingerprint,
            "run_config": run.to_flwr(),
        },
    )
    log.info("global adapter saved to %s; loss curves in %s", final, Path(run.run_dir) / "loss.png")
    return final


@app.main()
def main(grid: Grid, context: Context) -> None:
    _log_through_flower()
    run_federation(grid, RunConfig.from_flwr(dict(context.run_config)))
