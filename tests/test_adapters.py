"""Adapters round-trip through PEFT's own loader and through Flower's ArrayRecord."""

from __future__ import annotations

import pytest
import torch
from peft import PeftModel

from fedtune.common.adapters import adapter_state, from_arrays, load_adapter_state, save_adapter, to_arrays
from fedtune.common.model import LoraSettings, load_base, load_for_training


def _trained(tiny_model):  # noqa: ANN001, ANN202
    model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"), seed=1)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.5)  # B starts at zero; make the adapter change outputs
    return model


def test_saved_adapter_loads_with_peft_and_gives_identical_outputs(tiny_model, tmp_path) -> None:
    model = _trained(tiny_model).eval()
    out = save_adapter(model, tmp_path / "adapter")
    assert (out / "adapter_config.json").is_file() and (out / "adapter_model.safetensors").is_file()
    reloaded = PeftModel.from_pretrained(load_base(tiny_model), str(out)).eval()
    ids = torch.tensor([[1, 5, 9, 12, 40, 3]])
    with torch.no_grad():
        expected, got = model(input_ids=ids).logits, reloaded(input_ids=ids).logits
        plain = load_base(tiny_model)(input_ids=ids).logits
    assert torch.equal(expected, got)
    assert not torch.allclose(plain, got)  # the adapter does something


def test_saving_replaces_an_existing_adapter_whole(tiny_model, tmp_path) -> None:
    model = _trained(tiny_model)
    save_adapter(model, tmp_path / "a")
    (tmp_path / "a" / "stale.txt").write_text("old")
    save_adapter(model, tmp_path / "a")
    assert not (tmp_path / "a" / "stale.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]  # no temp folders left


@pytest.mark.parametrize(("dtype", "tol"), [("float32", 0.0), ("float16", 1e-3), ("bfloat16", 1e-2)])
def test_payload_dtypes_round_trip_and_shrink(tiny_model, dtype, tol) -> None:
    state = adapter_state(_trained(tiny_model))
    record = to_arrays(state, dtype)
    back = from_arrays(record)
    assert set(back) == set(state)
    for key in state:
        assert back[key].dtype == torch.float32
        assert torch.allclose(back[key], state[key], atol=tol * state[key].abs().max().item() + tol)
    if dtype != "float32":
        assert record.count_bytes() < to_arrays(state, "float32").count_bytes() * 0.75


def test_loading_a_state_with_wrong_keys_or_shapes_fails(tiny_model) -> None:
    model = _trained(tiny_model)
    state = adapter_state(model)
    key = next(iter(state))
    with pytest.raises(ValueError, match="missing"):
        load_adapter_state(model, {k: v for k, v in state.items() if k != key})
    with pytest.raises(ValueError, match="shape"):
        load_adapter_state(model, {**state, key: torch.zeros(3, 3)})
