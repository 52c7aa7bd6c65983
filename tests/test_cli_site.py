"""`fedtune-site train` and `generate`: a local adapter that PEFT loads, and clear errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from peft import PeftModel

from fedtune.cli.site import main
from fedtune.common.model import load_base
from fedtune.demo.synthetic import generate_records
from tests.conftest import write_jsonl


def _data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    write_jsonl(folder / "instruction.jsonl", [r.record for r in generate_records("clinical", 30, 3, formats=("instruction",))])
    return folder


def test_train_writes_an_adapter_that_peft_loads(tiny_model, tmp_path, capsys) -> None:
    policy = tmp_path / "site.toml"
    policy.write_text(f'site_id = "h1"\ndata = "{_data(tmp_path)}"\nstate_dir = "state"\n[scrub]\nwaive_scrubbing = true\n')
    out = tmp_path / "adapter"
    code = main(["train", "--policy", str(policy), "--base", str(tiny_model), "--out", str(out),
                 "--steps", "6", "--lr", "1e-2", "--max-length", "768"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "trainable params:" in printed and "validation loss" in printed and "WITHOUT differential privacy" in printed
    model = PeftModel.from_pretrained(load_base(tiny_model), str(out))
    lora_b = [p for n, p in model.named_parameters() if "lora_B" in n]
    assert lora_b and any(p.abs().sum() > 0 for p in lora_b)  # trained: B left zero


def test_train_without_a_policy_scrubs_before_training(tiny_model, tmp_path) -> None:
    state = tmp_path / "state"
    code = main(["train", "--data", str(_data(tmp_path)), "--state-dir", str(state), "--base", str(tiny_model),
                 "--out", str(tmp_path / "adapter"), "--steps", "1", "--max-length", "768"])
    assert code == 0
    cached = list((state / "scrub-cache").glob("*.jsonl"))
    assert len(cached) == 1
    text = cached[0].read_text()
    assert "<PERSON>" in text and "MRN" in text


def test_bad_record_stops_with_file_line_and_field(tiny_model, tmp_path, capsys) -> None:
    data = write_jsonl(tmp_path / "d" / "x.jsonl", [{"instruction": "a", "output": "b"}, {"instruction": "a"}])
    policy = tmp_path / "site.toml"
    policy.write_text(f'site_id = "h1"\ndata = "{data}"\nstate_dir = "state"\n[scrub]\nwaive_scrubbing = true\n')
    out = tmp_path / "adapter"
    code = main(["train", "--policy", str(policy), "--base", str(tiny_model), "--out", str(out), "--steps", "1"])
    assert code == 2
    assert f"{data}:2: field 'output': missing" in capsys.readouterr().err
    assert not out.exists()


def test_bad_policy_names_file_and_field(tmp_path, capsys) -> None:
    policy = tmp_path / "site.toml"
    policy.write_text('site_id = "h 1"\ndata = "d"\nstate_dir = "s"\n[privacy]\ntarget_epsilon = -1\n')
    assert main(["train", "--policy", str(policy), "--out", str(tmp_path / "a")]) == 2
    err = capsys.readouterr().err
    assert str(policy) in err and "site_id" in err and "privacy.target_epsilon" in err


def test_generate_answers_with_and_without_adapter(tiny_model, tmp_path, capsys) -> None:
    from fedtune.common.adapters import save_adapter
    from fedtune.common.model import LoraSettings, load_for_training

    model = load_for_training(tiny_model, LoraSettings(r=2), torch.device("cpu"))
    with torch.no_grad():
        for n, p in model.named_parameters():
            if "lora_B" in n:
                p.normal_(0, 1.0)
    save_adapter(model, tmp_path / "adapter")
    assert main(["generate", "Hello?", "--base", str(tiny_model), "--max-new-tokens", "5"]) == 0
    assert main(["generate", "Hello?", "--base", str(tiny_model), "--adapter", str(tmp_path / "adapter"), "--max-new-tokens", "5"]) == 0
    base_answer, tuned_answer = capsys.readouterr().out.splitlines()[-2:]
    assert base_answer != tuned_answer
