"""The coordinator's settings file and the site's join command check their input before starting anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from fedtune.cli.site import main as site_main
from fedtune.common.policy import PolicyError
from fedtune.server.federation import load_federation


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "federation.toml"
    path.write_text(text)
    return path


def test_a_good_file_gives_the_run_config_with_an_anchored_run_dir(tmp_path) -> None:
    config = load_federation(_write(tmp_path, '[superlink]\nport = 9500\ninsecure = true\n[run]\nnum-server-rounds = 5\nrun-dir = "runs/x"\nstrategy = "fedprox"\n'))
    assert config.address == "127.0.0.1:9500"
    assert config.run.num_server_rounds == 5 and config.run.strategy == "fedprox"
    assert Path(config.run.run_dir) == tmp_path / "runs" / "x"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[superlink]\nport = 9500\n", "superlink.insecure"),
        ("[superlink]\ninsecure = true\nport = 70000\n", "superlink.port"),
        ("[superlink]\ninsecure = true\n[run]\nnum-rounds = 3\n", "unknown run-config keys ['num-rounds']"),
        ("[superlink]\ninsecure = true\n[run]\nstrategy = \"krum\"\n", "strategy must be one of"),
        ("[superlink]\ninsecure = true\n[sites]\n", "unknown section [sites]"),
        ("[superlink\n", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_file_and_the_field(tmp_path, text, words) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_federation(path)
    assert str(info.value).startswith(str(path)) and words in str(info.value)


def test_join_refuses_a_policy_whose_data_is_missing_before_starting_a_node(tmp_path, capsys) -> None:
    policy = tmp_path / "site.toml"
    policy.write_text('site_id = "h1"\ndata = "nowhere/"\nstate_dir = "state"\n')
    assert site_main(["join", "--policy", str(policy), "--superlink", "127.0.0.1:1", "--insecure"]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "nowhere") in err and "no such file or folder" in err
    assert not (tmp_path / "state" / "flwr").exists()
