"""The coordinator's copy of the global adapter, saved in PEFT format after every round."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from peft import PeftModel

from fedtune.common.adapters import load_adapter_state, save_adapter
from fedtune.common.fileio import write_atomic


def save_global(
    template: PeftModel, state: dict[str, torch.Tensor], out_dir: Path, metadata: dict[str, Any]
) -> Path:
    """Write the adapter (loadable by ``PeftModel.from_pretrained``) and its metadata file."""
    load_adapter_state(template, state)
    save_adapter(template, out_dir)
    write_atomic(out_dir / "fedtune.json", json.dumps(metadata, indent=2, sort_keys=True) + "\n", mode=0o644)
    return out_dir
