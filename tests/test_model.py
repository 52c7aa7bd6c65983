"""Base models load from local files only; LoRA targets fit each architecture; the embedded model is real."""

from __future__ import annotations

import math
import socket

import pytest
import torch

from fedtune.common.data import Record
from fedtune.client.generate import generate
from fedtune.common.model import (
    EMBEDDED_MODEL,
    LoraSettings,
    ModelError,
    describe_trainable,
    load_base,
    load_for_training,
    load_tokenizer,
    parameter_counts,
    resolve_base,
)
from fedtune.common.tokenize import IGNORE, encode


@pytest.mark.parametrize(("fixture", "expected"), [("tiny_model", "q_proj"), ("tiny_gpt2", "c_attn")])
def test_default_targets_per_architecture(request, fixture, expected) -> None:
    model = load_for_training(request.getfixturevalue(fixture), LoraSettings(r=2), torch.device("cpu"))
    names = [n for n, p in model.named_parameters() if p.requires_grad]
    assert names and all("lora_" in n for n in names)
    assert any(expected in n for n in names)
    trainable, total = parameter_counts(model)
    assert f"trainable params: {trainable:,}" in describe_trainable(model) and 0 < trainable < total


def test_explicit_target_modules_and_unknown_architecture(tiny_model) -> None:
    model = load_for_training(tiny_model, LoraSettings(r=2, target_modules=["v_proj"]), torch.device("cpu"))
    assert all("v_proj" in n for n, p in model.named_parameters() if p.requires_grad)
    base = load_base(tiny_model)
    base.config.model_type = "mamba"
    from fedtune.common.model import add_lora

    with pytest.raises(ModelError, match="set lora target_modules"):
        add_lora(base, LoraSettings())


def test_the_same_seed_gives_every_site_the_same_lora_a(tiny_model) -> None:
    a = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"), seed=5)
    b = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"), seed=5)
    c = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"), seed=6)
    pa, pb, pc = (dict(m.named_parameters()) for m in (a, b, c))
    key = next(k for k in pa if "lora_A" in k)
    assert torch.equal(pa[key], pb[key]) and not torch.equal(pa[key], pc[key])


def test_a_missing_model_folder_says_nothing_is_downloaded(tmp_path) -> None:
    with pytest.raises(ModelError, match="nothing is downloaded"):
        resolve_base(tmp_path / "no-model")
    with pytest.raises(ModelError):
        resolve_base("HuggingFaceTB/SmolLM2-135M")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.slow
def test_embedded_model_loads_offline_and_speaks_english(no_network) -> None:
    path = resolve_base(EMBEDDED_MODEL)  # converts the shipped GGUF once into FEDTUNE_CACHE
    tokenizer = load_tokenizer(path)
    model = load_base(path).eval()
    assert model.config.model_type == "llama" and model.config.num_hidden_layers == 30
    sentence = "The capital of France is Paris, and the capital of Germany is Berlin."
    ids = tokenizer(sentence, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        ppl = math.exp(model(input_ids=ids, labels=ids).loss.item())
        noise = torch.randint(0, len(tokenizer), ids.shape, generator=torch.Generator().manual_seed(0))
        noise_ppl = math.exp(model(input_ids=noise, labels=noise).loss.item())
    # Measured 5.6 (random tokens: over a million); a broken conversion lands far above 20.
    assert ppl < 20 < noise_ppl
    assert "Paris" in generate(model, tokenizer, "What is the capital of France?", 16)
    # Prompt masking with the real chat template: the labels are exactly the answer turn.
    record = Record("instruction", {"instruction": "Summarize the note.", "input": "Pt stable.", "output": "Stable patient."}, "f", 1)
    ex = encode(record, tokenizer, 256)
    assert tokenizer.decode([t for t, l in zip(ex.input_ids, ex.labels) if l != IGNORE]) == "Stable patient.<|im_end|>\n"


def _lora_inputs(model: torch.nn.Module) -> tuple[dict[str, torch.Tensor], list]:
    """What each adapted module's lora_A receives, by module name, recorded by forward hooks."""
    seen: dict[str, torch.Tensor] = {}
    handles = [
        module.lora_A["default"].register_forward_hook(lambda _m, args, _out, name=name: seen.__setitem__(name, args[0]))
        for name, module in model.named_modules() if hasattr(module, "lora_A") and "default" in getattr(module, "lora_A", {})
    ]
    return seen, handles


def test_modules_reading_one_tensor_share_its_dropout_mask_and_others_draw_their_own(tiny_model) -> None:
    from fedtune.common.model import SharedDropout

    model = load_for_training(tiny_model, LoraSettings(r=2, dropout=0.5), torch.device("cpu"))
    dropouts = {id(m.lora_dropout["default"]) for m in model.modules() if hasattr(m, "lora_dropout") and "default" in m.lora_dropout}
    assert len(dropouts) == 1 and isinstance(next(m for m in model.modules() if isinstance(m, SharedDropout)), SharedDropout)
    seen, handles = _lora_inputs(model)
    ids = torch.tensor([[5, 9, 3, 7, 2, 8, 4, 6]])
    model.train()
    model(input_ids=ids).logits.sum().backward()
    layers = sorted({n.rsplit(".self_attn.", 1)[0] for n in seen})
    assert len(layers) >= 2
    for layer in layers:
        q, k, v, o = (seen[f"{layer}.self_attn.{p}_proj"] for p in "qkvo")
        assert q is k is v  # one mask over the hidden states the three projections read
        assert o is not q
        dropped = (q == 0).float().mean().item()
        assert 0.3 < dropped < 0.7  # rate 0.5 applied, not skipped
    first, second = (seen[f"{layer}.self_attn.q_proj"] for layer in layers[:2])
    assert not torch.equal(first == 0, second == 0)  # each layer draws its own mask
    model.eval()
    with torch.no_grad():
        model(input_ids=ids)
    assert all((seen[f"{layer}.self_attn.q_proj"] != 0).all() for layer in layers)  # no dropout outside training
    for handle in handles:
        handle.remove()


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("p", [0.05, 0.3])
def test_inverted_dropout_keeps_each_element_at_one_minus_p_and_scales_it_back(dtype, p) -> None:
    from fedtune.common.model import inverted_dropout

    torch.manual_seed(0)
    x = (torch.rand(400, 1000) + 0.5).to(dtype).requires_grad_(True)
    y = inverted_dropout(x, p)
    assert y.dtype == dtype and y.shape == x.shape
    dropped = (y == 0)
    rate = dropped.float().mean().item()
    assert abs(rate - p) < 4 * math.sqrt(p * (1 - p) / x.numel())  # four standard errors; bf16 draws would drift
    scale = torch.tensor(1 / (1 - p), dtype=dtype)
    assert torch.equal(y[~dropped], x.detach()[~dropped] * scale)
    y.sum().backward()
    assert torch.equal(x.grad, (~dropped).to(dtype) * scale)  # the gradient flows through the kept elements only
    assert abs(y.float().mean().item() - x.float().mean().item()) < 0.01  # expectation preserved
    assert torch.equal(inverted_dropout(x.detach(), 1.0), torch.zeros_like(x))


def test_the_shared_dropout_lets_go_of_its_tensors_and_survives_a_deep_copy(tiny_model) -> None:
    import copy
    import gc

    from fedtune.common.model import SharedDropout

    model = load_for_training(tiny_model, LoraSettings(r=2, dropout=0.2), torch.device("cpu"))
    shared = next(m for m in model.modules() if isinstance(m, SharedDropout))
    model.train()
    loss = model(input_ids=torch.tensor([[5, 9, 3, 7]])).logits.sum()
    loss.backward()
    del loss
    gc.collect()
    assert shared._last[0] is None and shared._last[3] is None  # nothing held once the step's tensors are freed
    twin = copy.deepcopy(model)
    twins = {id(m) for m in twin.modules() if isinstance(m, SharedDropout)}
    assert len(twins) == 1 and id(shared) not in twins


def test_gradient_checkpointing_recomputes_the_same_shared_masks(tiny_model) -> None:
    grads = []
    for checkpointing in (False, True):
        model = load_for_training(tiny_model, LoraSettings(r=2, dropout=0.3), torch.device("cpu"), seed=1,
                                  gradient_checkpointing=checkpointing)
        model.train()
        torch.manual_seed(7)
        model(input_ids=torch.tensor([[5, 9, 3, 7, 2, 8]])).logits.pow(2).mean().backward()
        grads.append({n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad})
    assert grads[0].keys() == grads[1].keys()
    for name in grads[0]:
        torch.testing.assert_close(grads[0][name], grads[1][name], rtol=1e-5, atol=1e-6)
