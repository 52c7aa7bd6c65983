"""Adapter tensors: between a PEFT model, Flower's ArrayRecord and a PEFT folder on disk.

Only the trainable LoRA tensors ever leave a site, in a configurable payload dtype.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import torch
from flwr.app import Array, ArrayRecord
from peft import PeftModel, get_peft_model_state_dict, set_peft_model_state_dict

PAYLOAD_DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}
# NumPy has no bfloat16, so Flower cannot serialise it; it travels as its raw 16-bit words.
_BF16_STYPE = "fedtune.bfloat16-raw"


def is_ffa(model: torch.nn.Module) -> bool:
    """FFA-LoRA mode: every LoRA A is frozen while B trains (see ``LoraSettings.ffa``)."""
    a = [p.requires_grad for n, p in model.named_parameters() if ".lora_A." in n]
    b = [p.requires_grad for n, p in model.named_parameters() if ".lora_B." in n]
    return bool(a) and not any(a) and any(b)


def _exchanged(model: PeftModel) -> dict[str, torch.Tensor]:
    """The LoRA tensors that travel: all of them, or B alone in FFA-LoRA mode (A comes from the seed)."""
    state = get_peft_model_state_dict(model)
    if is_ffa(model):
        return {k: v for k, v in state.items() if ".lora_A." not in k}
    return state


def adapter_state(model: PeftModel) -> dict[str, torch.Tensor]:
    """The exchanged LoRA tensors by PEFT's saved names (adapter name stripped), detached on CPU."""
    return {k: v.detach().to("cpu", copy=True) for k, v in _exchanged(model).items()}


def load_adapter_state(model: PeftModel, state: dict[str, torch.Tensor]) -> None:
    """Set the model's exchanged LoRA tensors; every expected key must be present and match in shape.

    In FFA-LoRA mode that is B alone: the frozen A stays as the shared seed drew it.
    """
    expected = _exchanged(model)
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    if missing or unexpected:
        raise ValueError(f"adapter keys differ: missing {missing[:3]}, unexpected {unexpected[:3]}")
    for key, tensor in expected.items():
        if tuple(state[key].shape) != tuple(tensor.shape):
            raise ValueError(f"adapter tensor {key}: shape {tuple(state[key].shape)}, expected {tuple(tensor.shape)}")
    cast = {k: v.to(dtype=expected[k].dtype) for k, v in state.items()}
    result = set_peft_model_state_dict(model, cast)
    if result.unexpected_keys:
        raise ValueError(f"PEFT rejected adapter keys {result.unexpected_keys[:3]}")


def _to_array(tensor: torch.Tensor, dtype: str) -> Array:
    if dtype == "bfloat16":
        words = tensor.to(torch.bfloat16).contiguous().view(torch.int16).numpy()
        return Array(dtype="bfloat16", shape=tuple(tensor.shape), stype=_BF16_STYPE, data=words.tobytes())
    return Array(tensor.to(PAYLOAD_DTYPES[dtype]).contiguous())


def _from_array(array: Array) -> torch.Tensor:
    if array.stype == _BF16_STYPE:
        words = torch.frombuffer(bytearray(array.data), dtype=torch.int16)
        return words.view(torch.bfloat16).reshape(array.shape).float()
    return torch.from_numpy(array.numpy().copy()).float()


def to_arrays(state: dict[str, torch.Tensor], dtype: str = "float32") -> ArrayRecord:
    """An ArrayRecord of the adapter in the payload dtype."""
    if dtype not in PAYLOAD_DTYPES:
        raise ValueError(f"payload dtype must be one of {sorted(PAYLOAD_DTYPES)}, got {dtype!r}")
    return ArrayRecord({k: _to_array(v.detach().cpu(), dtype) for k, v in state.items()})


def from_arrays(arrays: ArrayRecord) -> dict[str, torch.Tensor]:
    """Adapter tensors from an ArrayRecord, in float32 for training and aggregation."""
    return {k: _from_array(v) for k, v in arrays.items()}


def save_adapter(model: PeftModel, out_dir: str | Path) -> Path:
    """Save in PEFT format so ``PeftModel.from_pretrained(base, out_dir)`` loads it.

    Written to a temporary folder beside the target and renamed, so a crash never
    leaves a half-written adapter; an existing adapter at ``out_dir`` is replaced.
    """
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        model.save_pretrained(tmp)
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.rename(out, old)
            os.rename(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
