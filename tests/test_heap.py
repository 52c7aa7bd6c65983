"""server/heap.py: with freed memory retained, a round's adapter bytes reuse the last round's pages (no fresh page faults)."""

from __future__ import annotations

import json
import platform
import subprocess
import sys

import pytest

from fedtune.server import heap

# A child process (the settings are per process and last for its life): it builds and frees
# rounds of 240 adapter-sized bytes objects, as Flower's Arrays are, and counts the page
# faults of the last round.
ROUNDS = r"""
import json, resource, sys
from fedtune.server.heap import retain_freed_memory
retained = retain_freed_memory() if sys.argv[1] == "retain" else False
payload = bytes(3_686_400)  # the demo adapter: 921,600 float32 values
def one_round():
    return [payload[i * 15_360:(i + 1) * 15_360] + b"x" * 128 for i in range(240)]
for _ in range(3):
    arrays = one_round()
    del arrays
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
arrays = one_round()
del arrays
print(json.dumps({"retained": retained, "faults": resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before}))
"""


def _faults(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", ROUNDS, mode], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(out.stdout)


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's mallopt only")
def test_a_round_reuses_the_pages_the_last_one_freed() -> None:
    default, retained = _faults("default"), _faults("retain")
    assert retained["retained"] is True and default["retained"] is False
    # By default the freed 3.6 MB goes back to the kernel and each round faults its ~900 pages in again.
    assert default["faults"] >= 500, default
    assert retained["faults"] < 50, retained


def test_other_c_libraries_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap.platform, "libc_ver", lambda: ("", ""))
    assert heap.retain_freed_memory() is False
    monkeypatch.setattr(heap.platform, "system", lambda: "Darwin")
    assert heap.retain_freed_memory() is False
