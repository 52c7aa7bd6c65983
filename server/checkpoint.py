"""The coordinator's copy of the global adapter, saved in PEFT format after every round, and read back to resume.

A checkpoint folder holds the adapter (``PeftModel.from_pretrained`` loads it), the
aggregator's own state where it has one (FedAdam's moments) and ``fedtune.json``. The
metadata file is written last and atomically: a folder without it is an unfinished
round, which a restarted coordinator runs again. Everything the coordinator keeps is
private to its user: folders 0700, files 0600 (``private_dir``, ``make_private``).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import numpy as np
import torch
from peft import PeftModel
from safetensors.numpy import load as load_numpy
from safetensors.numpy import save as save_numpy
from safetensors.torch import load_file

from fedtune.common.adapters import load_adapter_state, save_adapter
from fedtune.common.fileio import strict_json, write_atomic

METADATA = "fedtune.json"
SERVER_STATE = "server-state.safetensors"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_ROUND_DIR = re.compile(r"round-(\d{4,})")


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) as 0700, and tighten it if it already exists."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(folder, PRIVATE_DIR)
    return folder


def make_private(folder: Path) -> Path:
    """Tighten a folder written by another library (PEFT's save_pretrained honours the umask) to 0700/0600."""
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), PRIVATE_DIR)
        for name in files:
            os.chmod(os.path.join(root, name), PRIVATE_FILE)
    os.chmod(folder, PRIVATE_DIR)
    return folder


def round_dir(run_dir: Path, server_round: int) -> Path:
    return run_dir / "checkpoints" / f"round-{server_round:04d}"


def save_global(
    template: PeftModel,
    state: dict[str, torch.Tensor],
    out_dir: Path,
    metadata: dict[str, Any],
    server_state: dict[str, np.ndarray] | None = None,
) -> Path:
    """Write the adapter, the aggregator's state if any, and last the metadata file that marks it complete."""
    load_adapter_state(template, state)
    private_dir(out_dir.parent)
    # save_adapter builds the folder under mkdtemp (0700) and renames it into place, so its
    # files are never readable by others before they are tightened here.
    make_private(save_adapter(template, out_dir))
    if server_state:
        write_atomic(out_dir / SERVER_STATE, save_numpy(server_state), mode=PRIVATE_FILE)
    write_atomic(out_dir / METADATA, strict_json(metadata), mode=PRIVATE_FILE)
    return out_dir


def last_complete(run_dir: Path) -> Path | None:
    """The checkpoint of the latest round whose metadata file was written, if any."""
    rounds = []
    for folder in (run_dir / "checkpoints").glob("round-*"):
        match = _ROUND_DIR.fullmatch(folder.name)
        if match and (folder / METADATA).is_file():
            rounds.append((int(match.group(1)), folder))
    return max(rounds)[1] if rounds else None


def read_checkpoint(folder: Path) -> tuple[dict[str, Any], dict[str, torch.Tensor], dict[str, np.ndarray]]:
    """(metadata, every adapter tensor by PEFT's saved name, the aggregator's state or {})."""
    metadata = json.loads((folder / METADATA).read_text(encoding="utf-8"))
    tensors = load_file(folder / "adapter_model.safetensors")
    server_file = folder / SERVER_STATE
    server_state = load_numpy(server_file.read_bytes()) if server_file.is_file() else {}
    return metadata, tensors, server_state
