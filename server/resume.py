"""Resuming a coordinator's run from its last complete checkpoint, and refusing to mix two different runs.

Flower's ``Strategy.start`` always numbers rounds from 1; the strategy adds the number
of completed rounds (server/strategy.py), so sites see the run's true round and the
learning-rate schedule continues where it stopped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from peft import PeftModel, get_peft_model_state_dict

from fedtune.common.adapters import adapter_state
from fedtune.common.runconfig import RunConfig

from .checkpoint import last_complete, read_checkpoint

log = logging.getLogger(__name__)

# Run-config keys that say how the coordinator runs, not what it trains: a restart may
# change them (e.g. lower min-sites after a site left for good, tighten the norm bound).
OPERATIONAL_KEYS = frozenset(
    {"run-dir", "device", "sim-policies", "round-timeout", "min-sites", "fraction-train", "max-update-norm"}
)


class ResumeError(RuntimeError):
    """The run folder holds a run that this config cannot continue."""


@dataclass(frozen=True)
class ResumePoint:
    """Where a restarted coordinator continues: after ``round``, from ``state``."""

    round: int
    checkpoint: Path
    state: dict[str, torch.Tensor]  # the exchanged tensors of the global adapter
    server_state: dict[str, np.ndarray]  # the aggregator's own state (FedAdam's moments), or {}
    # The user-level DP accountant as the checkpoint saw it; server/user_dp.py takes the run
    # dir's own accountant file instead when it counts more releases (sent, not yet checkpointed).
    user_dp: dict[str, Any] | None = None


def _differences(saved: dict[str, Any], current: dict[str, Any]) -> list[str]:
    keys = sorted((set(saved) | set(current)) - OPERATIONAL_KEYS)
    return [f"{k}: {saved.get(k, '(absent)')!r} -> {current.get(k, '(absent)')!r}" for k in keys if saved.get(k) != current.get(k)]


def find_resume_point(run: RunConfig, template: PeftModel, fingerprint: str) -> ResumePoint | None:
    """The last complete round in ``run.run_dir``, or None for a new run; ``ResumeError`` if it is another run's."""
    folder = last_complete(Path(run.run_dir))
    if folder is None:
        return None
    metadata, tensors, server_state = read_checkpoint(folder)
    done = int(metadata["round"])
    differences = _differences(metadata.get("run_config", {}), run.to_flwr())
    if metadata.get("base_fingerprint") != fingerprint:
        differences.insert(0, "base model fingerprint differs")
    if differences:
        raise ResumeError(
            f"{run.run_dir} holds rounds 1..{done} of a different run ({'; '.join(differences)}). "
            "Restart with that run's settings and base model to resume it, or set another run-dir to start anew"
        )
    exchanged = adapter_state(template)
    missing = [k for k in exchanged if k not in tensors]
    if missing:
        raise ResumeError(f"{folder}: the adapter lacks {len(missing)} tensors (e.g. {missing[0]}); delete this folder to resume from the round before")
    # Tensors that do not travel (FFA-LoRA's A) come from the seed at every site; a checkpoint
    # drawn differently (another torch version, say) would not match what the sites use.
    for key, value in get_peft_model_state_dict(template).items():
        if key not in exchanged and not torch.equal(tensors[key], value.cpu()):
            raise ResumeError(f"{folder}: frozen tensor {key} differs from the one the seed draws here; resume with the torch version that started the run")
    log.info("resuming %s after round %d of %d (checkpoint %s)", run.run_dir, done, run.num_server_rounds, folder)
    user_dp = metadata["user_dp"]["accountant"] if "user_dp" in metadata else None
    return ResumePoint(done, folder, {k: tensors[k].float() for k in exchanged}, server_state, user_dp)
