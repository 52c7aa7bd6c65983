"""The environment fedtune gives Flower's processes: state under the given home, no runtime installs, and the SuperExec's
task poll shortened so that a message's ClientApp starts within a tenth of a second (issue 15), unless the operator
chose otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from flwr.supercore.superexec import run_superexec

from fedtune.common.processes import SUPEREXEC_POLL_ENV, flower_env


def test_flower_s_processes_keep_their_state_under_the_home_and_install_nothing(tmp_path: Path) -> None:
    env = flower_env(tmp_path)
    assert env["FLWR_HOME"] == str(tmp_path)
    assert env["FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION"] == "1"


def test_the_superexec_polls_for_tasks_ten_times_a_second_and_flower_reads_that_setting(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(SUPEREXEC_POLL_ENV, raising=False)
    env = flower_env(tmp_path)
    assert env[SUPEREXEC_POLL_ENV] == "0.1"
    # The name is Flower's own, and Flower's SuperExec reads the value as the interval it sleeps between polls.
    assert run_superexec._TASK_POLL_INTERVAL_ENV == SUPEREXEC_POLL_ENV
    monkeypatch.setenv(SUPEREXEC_POLL_ENV, env[SUPEREXEC_POLL_ENV])
    assert run_superexec._get_task_poll_interval() == pytest.approx(0.1)


def test_an_operator_s_own_poll_interval_wins(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(SUPEREXEC_POLL_ENV, "2.5")
    assert flower_env(tmp_path)[SUPEREXEC_POLL_ENV] == "2.5"
