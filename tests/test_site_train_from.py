"""`fedtune-site train --from`: a site fine-tunes a federation's global adapter on its own records.

The adapter really is the starting point (its validation loss is the run's "before"), its LoRA
settings carry over, and every bad folder stops the command, naming the file and field, with
nothing written.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest
import safetensors.torch
import torch

from fedtune.cli.site import main
from fedtune.demo.synthetic import generate_records
from tests.conftest import write_jsonl


@pytest.fixture(scope="module")
def policy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    data = root / "data"
    write_jsonl(data / "instruction.jsonl", [r.record for r in generate_records("clinical", 30, 3, formats=("instruction",))])
    path = root / "site.toml"
    path.write_text(f'site_id = "h1"\ndata = "{data}"\nstate_dir = "{root / "state"}"\n[scrub]\nwaive_scrubbing = true\n')
    return path


@pytest.fixture(scope="module")
def global_adapter(tiny_model: Path, policy: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """An adapter with non-default LoRA settings, standing in for a federation's global adapter, and its validation loss."""
    out = tmp_path_factory.mktemp("global") / "adapter"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["train", "--policy", str(policy), "--base", str(tiny_model), "--out", str(out), "--steps", "4",
                     "--lr", "1e-2", "--max-length", "768", "--lora-r", "4", "--lora-alpha", "8", "--target-modules", "q_proj", "v_proj"])
    assert code == 0
    return out, _losses(printed.getvalue())[1]


def _losses(printed: str) -> tuple[float, float]:
    match = re.search(r"validation loss ([0-9.]+) -> ([0-9.]+)", printed)
    assert match, printed
    return float(match.group(1)), float(match.group(2))


def _train_from(tiny_model: Path, policy: Path, start: Path, out: Path, *extra: str) -> int:
    return main(["train", "--policy", str(policy), "--base", str(tiny_model), "--out", str(out), "--steps", "3",
                 "--lr", "1e-2", "--max-length", "768", "--from", str(start), *extra])


def test_fine_tunes_from_the_global_adapter(tiny_model, policy, global_adapter, tmp_path, capsys) -> None:
    start, start_loss = global_adapter
    out = tmp_path / "ours"
    assert _train_from(tiny_model, policy, start, out) == 0
    printed = capsys.readouterr().out
    before, after = _losses(printed)
    assert before == pytest.approx(start_loss, abs=2e-4)  # the run started where the global adapter stands
    assert after < before
    assert f"started from {start}" in printed and "WITHOUT differential privacy" in printed
    config = json.loads((out / "adapter_config.json").read_text())
    assert (config["r"], config["lora_alpha"], sorted(config["target_modules"])) == (4, 8, ["q_proj", "v_proj"])
    ours, theirs = (safetensors.torch.load_file(str(p / "adapter_model.safetensors")) for p in (out, start))
    assert ours.keys() == theirs.keys()
    assert any(not torch.equal(ours[k], theirs[k]) for k in ours)  # trained on from there


def test_lora_flags_beside_from_are_refused(tiny_model, policy, global_adapter, tmp_path, capsys) -> None:
    out = tmp_path / "ours"
    assert _train_from(tiny_model, policy, global_adapter[0], out, "--lora-r", "8") == 2
    err = capsys.readouterr().err
    assert "adapter_config.json" in err and "--lora-r" in err
    assert not out.exists()


def _copy(adapter: Path, to: Path) -> Path:
    to.mkdir()
    for name in ("adapter_config.json", "adapter_model.safetensors"):
        (to / name).write_bytes((adapter / name).read_bytes())
    return to


def _edit_config(folder: Path, **changes: object) -> None:
    config = json.loads((folder / "adapter_config.json").read_text())
    (folder / "adapter_config.json").write_text(json.dumps(config | changes))


@pytest.mark.parametrize("damage, expected", [
    ("missing", "adapter_config.json: no such file"),
    ("not-json", "adapter_config.json: not a JSON file"),
    ("ia3", "field 'peft_type' is 'IA3'"),
    ("rank", "field 'r' is 0"),
    ("targets", "field 'target_modules'"),
    ("no-weights", "adapter_model.safetensors: no such file"),
    ("damaged-weights", "adapter_model.safetensors: not a readable safetensors file"),
    ("nan", "is not finite floating point"),
    ("rank-mismatch", "not rank r = 1000000"),
    ("other-shape", "does not fit the base model"),
])
def test_a_bad_adapter_folder_names_file_and_field(tiny_model, policy, global_adapter, tmp_path, capsys, damage, expected) -> None:
    folder = tmp_path / "bad"
    if damage != "missing":
        _copy(global_adapter[0], folder)
    weights = folder / "adapter_model.safetensors"
    if damage == "not-json":
        (folder / "adapter_config.json").write_text("{r: 4")
    elif damage == "ia3":
        _edit_config(folder, peft_type="IA3")
    elif damage == "rank":
        _edit_config(folder, r=0)
    elif damage == "targets":
        _edit_config(folder, target_modules=".*proj")
    elif damage == "no-weights":
        weights.unlink()
    elif damage == "damaged-weights":
        weights.write_bytes(weights.read_bytes()[:100])
    elif damage == "nan":
        state = safetensors.torch.load_file(str(weights))
        key = sorted(state)[0]
        state[key] = torch.full_like(state[key], float("nan"))
        safetensors.torch.save_file(state, str(weights))
    elif damage == "rank-mismatch":
        _edit_config(folder, r=1_000_000)  # refused from the tensors' shapes, before a model of that rank is built
    elif damage == "other-shape":  # an adapter of a wider model: every A reads one more input feature
        state = safetensors.torch.load_file(str(weights))
        state = {k: torch.cat([v, v[:, :1]], dim=1) if ".lora_A." in k else v for k, v in state.items()}
        safetensors.torch.save_file(state, str(weights))
    out = tmp_path / "ours"
    assert _train_from(tiny_model, policy, folder, out) == 2
    err = capsys.readouterr().err
    assert expected in err and str(folder) in err
    assert not out.exists()
