"""The coordinator's settings file and the site's join command check their input before starting anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from fedtune.cli.site import main as site_main
from fedtune.common.policy import PolicyError
from fedtune.server.federation import load_federation
from fedtune.server.launch import start_superlink


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "federation.toml"
    path.write_text(text)
    return path


def test_a_good_file_gives_the_run_config_with_an_anchored_run_dir(tmp_path) -> None:
    config = load_federation(_write(tmp_path, '[superlink]\nport = 9500\ninsecure = true\n[run]\nnum-server-rounds = 5\nrun-dir = "runs/x"\nstrategy = "fedprox"\n'))
    assert config.address == "127.0.0.1:9500" and config.insecure and config.certificates is None
    assert config.run.num_server_rounds == 5 and config.run.strategy == "fedprox"
    assert Path(config.run.run_dir) == tmp_path / "runs" / "x"
    assert config.home == tmp_path / "runs" / "x" / "flwr"


def test_tls_is_the_default_and_the_certificates_folder_is_anchored(tmp_path) -> None:
    config = load_federation(_write(tmp_path, '[superlink]\ncertificates = "certs"\nnames = ["fl.example.org"]\n'))
    assert not config.insecure and config.certificates == tmp_path / "certs"
    assert config.names == ("fl.example.org",) and config.public_address == "127.0.0.1:9092"
    assert config.certificate_hosts == ["127.0.0.1", "fl.example.org", "::1", "localhost"]


def test_the_proxy_is_what_sites_dial_and_what_the_certificate_names(tmp_path) -> None:
    config = load_federation(_write(tmp_path, '[superlink]\ncertificates = "c"\n[proxy]\nlisten = "10.0.0.5:9443"\n'))
    assert config.proxy_listen == "10.0.0.5:9443" == config.public_address and config.nginx == "nginx"
    assert "10.0.0.5" in config.certificate_hosts


def test_exposing_the_control_api_must_be_said(tmp_path) -> None:
    config = load_federation(_write(tmp_path, '[superlink]\nhost = "0.0.0.0"\nexpose-control = true\ncertificates = "c"\n'))
    assert config.local_address == "127.0.0.1:9092" and "0.0.0.0" not in config.certificate_hosts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[superlink]\nport = 9500\n", "superlink.certificates': required, TLS is on by default"),
        ('[superlink]\nhost = "10.0.0.5"\ninsecure = true\n', "superlink.insecure': allowed only on a loopback host"),
        ('[superlink]\nhost = "0.0.0.0"\ninsecure = true\n', "superlink.insecure': allowed only on a loopback host"),
        ('[superlink]\nhost = "fl.example.org"\ninsecure = true\n', "superlink.insecure': allowed only on a loopback host"),
        ('[superlink]\ninsecure = true\ncertificates = "c"\n', "keep one"),
        ('[superlink]\nhost = "0.0.0.0"\ncertificates = "c"\n', "superlink.host': '0.0.0.0' would expose the SuperLink's Control API"),
        ('[superlink]\ncertificates = "c"\n[proxy]\n', "proxy.listen': required"),
        ('[superlink]\ncertificates = "c"\n[proxy]\nlisten = "9443"\n', "proxy.listen': required"),
        ('[superlink]\ninsecure = true\n[proxy]\nlisten = "0.0.0.0:9443"\n', "section [proxy]: needs TLS"),
        ('[superlink]\ncertificates = "c"\n[proxy]\nlisten = "0.0.0.0:1"\nport = 2\n', "proxy.port': unknown"),
        ("[superlink]\ninsecure = true\nport = 70000\n", "superlink.port"),
        ("[superlink]\ninsecure = true\ntls = false\n", "superlink.tls': unknown"),
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


def test_a_superlink_without_tls_refuses_a_non_loopback_bind_before_starting(tmp_path) -> None:
    with pytest.raises(ValueError, match="only a loopback address"):
        start_superlink(tmp_path / "flwr", simulation=False, host="0.0.0.0", tls=None)
    assert not (tmp_path / "flwr").exists()


def _policy(tmp_path: Path, base: Path, extra: str = "") -> Path:
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "a.jsonl").write_text('{"text": "x"}\n')
    policy = tmp_path / "site.toml"
    policy.write_text(f'site_id = "h1"\ndata = "data/"\nstate_dir = "state"\nbase_model = "{base}"\n{extra}')
    return policy


def test_join_refuses_a_policy_whose_data_is_missing_before_starting_a_node(tmp_path, capsys) -> None:
    policy = tmp_path / "site.toml"
    policy.write_text('site_id = "h1"\ndata = "nowhere/"\nstate_dir = "state"\n')
    assert site_main(["join", "--policy", str(policy), "--superlink", "127.0.0.1:1", "--insecure"]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "nowhere") in err and "no such file or folder" in err
    assert not (tmp_path / "state" / "flwr").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--superlink", "10.0.0.5:9092", "--insecure"], "--insecure: allowed only for a loopback SuperLink"),
        (["--superlink", "fl.example.org:9092"], "--ca: required"),
        (["--superlink", "fl.example.org:9092", "--ca", "missing.pem"], "no such CA certificate"),
    ],
)
def test_join_refuses_insecure_off_loopback_and_tls_without_a_ca(tmp_path, tiny_model, capsys, args, words) -> None:
    policy = _policy(tmp_path, tiny_model)
    assert site_main(["join", "--policy", str(policy), *args]) == 2
    assert words in capsys.readouterr().err
    assert not (tmp_path / "state" / "flwr").exists()


def test_join_refuses_a_site_key_that_others_can_read(tmp_path, tiny_model, capsys) -> None:
    policy = _policy(tmp_path, tiny_model)
    assert site_main(["keys", "--policy", str(policy)]) == 0
    (tmp_path / "state" / "identity" / "site_key").chmod(0o644)
    (tmp_path / "ca.pem").write_text("not checked before the key")
    args = ["join", "--policy", str(policy), "--superlink", "fl.example.org:9092", "--ca", str(tmp_path / "ca.pem")]
    assert site_main(args) == 2
    assert "readable by others" in capsys.readouterr().err
    assert not (tmp_path / "state" / "flwr").exists()


def test_join_checks_every_record_and_the_pinned_base_before_starting_a_node(tmp_path, tiny_model, capsys) -> None:
    policy = _policy(tmp_path, tiny_model, 'base_fingerprint = "v1:0000000000000000:' + "0" * 64 + '"\n')
    args = ["join", "--policy", str(policy), "--superlink", "127.0.0.1:1", "--insecure"]
    assert site_main(args) == 2
    assert "is not the policy's base_fingerprint" in capsys.readouterr().err
    (tmp_path / "data" / "a.jsonl").write_text('{"text": "x"}\n{"text": 5}\n')
    assert site_main(args) == 2
    assert "a.jsonl:2: field 'text'" in capsys.readouterr().err  # a bad record is an error here, not a code mid-round
    assert not (tmp_path / "state" / "flwr").exists()
