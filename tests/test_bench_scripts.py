"""The benchmark scripts of issue 15 run at tiny sizes: bench/gpu.py --dry-run, bench/train.py --tiny, bench/aggregate.py at 3 sites
and bench/scrub.py on a few records, with its NER-only ceiling row.

Subprocesses, as an operator runs them; the checks read their JSON and their printed table.
No timing is asserted beyond "positive": these are benchmarks, not timed tests.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow  # two subprocesses that import torch, transformers, peft and opacus: 40-90 s on 2 cores


def _run(script: str, *args: str, tmp_path: Path) -> tuple[dict, str]:
    out = tmp_path / f"{Path(script).stem}.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args, "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=400,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(out.read_text()), proc.stdout


def test_gpu_dry_run(tmp_path: Path) -> None:
    result, stdout = _run("gpu.py", "--dry-run", "--batch-sizes", "2", "3", tmp_path=tmp_path)
    assert result["dry_run"] is True
    rows = {(r["batch"], r["mode"]): r for r in result["rows"]}
    assert set(rows) == {(b, m) for b in (2, 3) for m in ("none", "hooks", "ghost")}
    for (batch, mode), row in rows.items():
        assert row["tokens_per_s"] > 0 and row["s_per_step"] > 0
        assert row["examples"] == batch * row["steps"]  # sample rate 1: every draw is the whole batch
        assert row["tokens"] == row["examples"] * result["seq"]
        assert row["time_ratio"] > 0
        assert row["loss"] == row["loss"] and row["loss"] > 0  # finite, not NaN
    assert all(rows[(b, "none")]["time_ratio"] == 1.0 for b in (2, 3))
    assert 0 < result["trainable"] < result["parameters"]
    # The table comes last and holds one line per (batch, mode).
    table = stdout.strip().splitlines()
    assert table[-8].startswith("| batch | mode | tokens/s")
    assert [line.split("|")[2].strip() for line in table[-6:]] == ["non-private", "DP hooks", "DP ghost"] * 2


def test_gpu_without_gpu_says_so() -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present: the script would measure, not decline")
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "gpu.py")], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0
    assert "no GPU available" in proc.stdout


def test_train_tiny(tmp_path: Path) -> None:
    result, stdout = _run("train.py", "--tiny", "--records", "12", "--steps", "2", tmp_path=tmp_path)
    engines = result["engines"]
    has_trl = importlib.util.find_spec("trl") is not None
    expected = {"fedtune", "fedtune-dp"} | ({"trl"} if has_trl else set())
    assert set(engines) == expected
    if not has_trl:
        assert "not installed" in result["skipped"]["trl"]
        assert "skipped: trl is not installed" in stdout
    assert result["gemm_flops"] > 0 and result["limit_tokens_per_s"] > 0
    assert result["limit_tokens_per_s"] == pytest.approx(result["gemm_flops"] / (4 * result["parameters"]))
    for name, row in engines.items():
        assert row["tokens_per_s"] > 0 and row["seconds"] > 0, name
        assert 0 < row["tokens"] <= row["slots"], name
        assert 0.0 <= row["padding"] < 1.0, name
        assert row["padding"] == pytest.approx(1 - row["tokens"] / row["slots"])
        assert row["share_of_limit"] == pytest.approx(row["tokens_per_s"] / result["limit_tokens_per_s"])
        assert row["physical_batches"] >= 1, name
    assert engines["fedtune"]["vs_fedtune"] == 1.0
    # fedtune gives the model no mask for a right-padded batch; its padding is still counted, from the batch's mask.
    assert result["length_min"] < result["length_max"] and engines["fedtune"]["padding"] > 0.05
    # Non-private: 2 steps of full batches of 4, each padded only to its own longest example.
    assert engines["fedtune"]["rows"] == 2 * result["batch"]
    assert engines["fedtune"]["mean_width"] <= result["length_max"]
    if has_trl:
        assert engines["trl"]["rows"] == 2 * result["batch"]
        assert engines["trl"]["vs_trl"] == 1.0
    lines = stdout.strip().splitlines()
    assert any(line.startswith("| fedtune, non-private |") for line in lines)
    assert any(line.startswith("| fedtune, DP (hooks) |") for line in lines)
    assert "matmul-bound limit" in stdout


def test_aggregate_bench_checks_every_method_against_numpy(tmp_path: Path) -> None:
    # The script itself fails when any method's mean differs from NumPy's; here it must finish and print its row.
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "aggregate.py"), "--sites", "3", "--repeats", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=400,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| 3 |")]
    assert len(rows) == 1
    cells = [c.strip() for c in rows[0].strip("|").split("|")]
    assert len(cells) == 12  # sites, six timings (plain and packed replies), five ratios
    seconds = [float(c.removesuffix(" s")) for c in cells[1:7]]
    ratios = [float(c.removesuffix("x")) for c in cells[7:]]
    assert all(s > 0 for s in seconds) and all(r > 0 for r in ratios)


def test_scrub_benchmark_prints_the_ner_ceiling() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scrub.py"), "--docs", "6", "--mb", "0.01", "--rounds", "1", "--processes", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=400,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ") and "," in line.split("|")[2]]
    assert [line.split("|")[1].strip() for line in rows] == [
        "fedtune, 1 processes", "fedtune, 1 process", "stock Presidio, analyze loop",
        "stock Presidio, BatchAnalyzerEngine", "fedtune's NER pass alone (the ceiling)",
    ]
    assert all(int(line.split("|")[3].strip().replace(",", "")) > 0 for line in rows)  # chars per CPU-second
    assert "The NER pass alone runs at" in proc.stdout
