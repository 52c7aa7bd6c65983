"""The coordinator's Flower ServerApp: FedAvg over LoRA adapters, checkpointed every round.

It never sees text: it builds the initial adapter from the base model, sends it to the
sites, aggregates the tensors they return and saves the result in PEFT format.
"""

from __future__ import annotations

import logging
from pathlib import Path

import torch
from flwr.app import ConfigRecord, Context
from flwr.serverapp import Grid, ServerApp

from fedtune.common.adapters import adapter_state, from_arrays, to_arrays
from fedtune.common.model import describe_trainable, load_for_training
from fedtune.common.runconfig import RunConfig

from .checkpoint import save_global
from .strategy import FedTuneAvg

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


@app.main()
def main(grid: Grid, context: Context) -> None:
    _log_through_flower()
    run = RunConfig.from_flwr(dict(context.run_config))
    run_dir = Path(run.run_dir)
    # The server keeps a CPU copy of base + LoRA only to create the shared initial
    # adapter (same A at every site) and to write checkpoints in PEFT format.
    template = load_for_training(run.base_model, run.lora, torch.device("cpu"), seed=run.seed)
    log.info("global adapter: %s", describe_trainable(template))
    strategy = FedTuneAvg(
        run_dir=run_dir,
        template=template,
        base_model=run.base_model,
        fraction_train=run.fraction_train,
        fraction_evaluate=1.0,
        min_train_nodes=run.min_sites,
        min_evaluate_nodes=run.min_sites,
        min_available_nodes=run.min_sites,
    )
    result = strategy.start(
        grid=grid,
        initial_arrays=to_arrays(adapter_state(template)),
        num_rounds=run.num_server_rounds,
        train_config=ConfigRecord({}),
        evaluate_config=ConfigRecord({}),
    )
    if not result.arrays:
        raise RuntimeError("no round produced an aggregate: every site failed; see the sites' logs")
    final = save_global(
        template,
        from_arrays(result.arrays),
        run_dir / "adapter",
        {"round": run.num_server_rounds, "base_model": run.base_model, "run_config": run.to_flwr()},
    )
    log.info("global adapter saved to %s", final)
