"""Shared fixtures: a tiny model folder, and an environment that writes nothing to the user's home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports transformers: never reach a model hub from tests.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Files holding a slow test run first: each runs a federation for minutes, and one started
    last would leave the other worker idle at the end. ``make test`` passes
    ``--no-loadscope-reorder`` so that xdist hands files out in this order."""
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)  # stable: collection order within each group


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Caches and Flower state go to a temporary folder; the embedded model cache may be shared via FEDTUNE_TEST_CACHE."""
    tmp = tmp_path_factory.mktemp("home")
    os.environ["FEDTUNE_CACHE"] = os.environ.get("FEDTUNE_TEST_CACHE") or str(tmp / "fedtune-cache")
    os.environ["FLWR_HOME"] = str(tmp / "flwr")
    os.environ["HF_HOME"] = str(tmp / "hf")


@pytest.fixture(autouse=True)
def _restore_logging():  # noqa: ANN202
    """Commands under test configure logging onto pytest's captured stream; undo it after each test."""
    import logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session", autouse=True)
def _one_thread() -> None:
    """Tiny models run several times faster on one thread than fighting over two cores."""
    import torch

    torch.set_num_threads(1)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fedtune.demo.tiny import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="session")
def tiny_gpt2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fedtune.demo.tiny import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-gpt2") / "model", arch="gpt2", chat_template=False)


@pytest.fixture(scope="session")
def tiny_tokenizer(tiny_model: Path):  # noqa: ANN201
    from fedtune.common.model import load_tokenizer

    return load_tokenizer(tiny_model)


def write_jsonl(path: Path, lines: list[str | dict | bytes]) -> Path:
    """Write raw lines (str/bytes as given, dicts as JSON) for validation tests."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        for line in lines:
            if isinstance(line, dict):
                line = json.dumps(line)
            handle.write(line if isinstance(line, bytes) else line.encode("utf-8"))
            handle.write(b"\n")
    return path


def write_site(
    root: Path, name: str, domain: str, n: int, seed: int, *, base: Path | str, waive_scrubbing: bool = True, extra: str = ""
) -> Path:
    """A site folder with synthetic data (one file per format) and its policy pinning ``base``; returns the policy path.

    Tests about the federation waive scrubbing (it has its own tests) to stay fast.
    ``extra`` is appended to the policy (e.g. a [limits] table).
    """
    import json

    from fedtune.demo.synthetic import generate_records

    data = root / name / "data"
    data.mkdir(parents=True)
    for fmt in ("instruction", "chat"):
        records = generate_records(domain, n, seed, formats=(fmt,))
        (data / f"{fmt}.jsonl").write_text("".join(json.dumps(r.record) + "\n" for r in records))
    policy = root / "policies" / f"{name}.toml"
    policy.parent.mkdir(exist_ok=True)
    waiver = "[scrub]\nwaive_scrubbing = true\n" if waive_scrubbing else ""
    policy.write_text(
        f'site_id = "{name}"\ndata = "{data}"\nstate_dir = "{root / name / "state"}"\nbase_model = "{base}"\n{waiver}{extra}'
    )
    return policy
