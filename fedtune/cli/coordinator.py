"""``fedtune-coordinator``: the federation's certificates, its registered sites, and the SuperLink with the run."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from fedtune.server.certs import tls_files, write_certificates
from fedtune.server.federation import FederationConfig, load_federation
from fedtune.server.launch import SuperLink, flwr, superlink, write_app_dir
from fedtune.server.proxy import fleet_proxy
from fedtune.server.registry import list_sites, register_site

from .common import run_command, setup_logging


def _certs(args: argparse.Namespace) -> int:
    config = load_federation(args.config)
    out = args.out or config.certificates
    if out is None:
        raise ValueError(f"--out: required, {args.config} names no 'superlink.certificates' folder")
    names = config.certificate_hosts
    files = write_certificates(out, names)
    print(f"federation CA: {files.ca} (give this file to every site; its key, ca.key, stays here)")
    print(f"SuperLink certificate: {files.cert} for {', '.join(names)}; key {files.key} (mode 600)")
    if config.certificates is None or out.resolve() != config.certificates.resolve():
        print(f"set 'certificates = \"{out}\"' under [superlink] in {args.config}")
    return 0


@contextmanager
def _serving(config_path: Path) -> Iterator[tuple[FederationConfig, SuperLink]]:
    """The SuperLink (and nginx when configured) for the settings file, stopped by pid on leaving."""
    config = load_federation(config_path)
    if config.insecure:
        tls = None
        print(f"warning: {config_path}: 'superlink.insecure': no TLS and no site registration; loopback trials only", file=sys.stderr)
    else:
        assert config.certificates is not None
        tls = tls_files(config.certificates)
    run_dir = Path(config.run.run_dir)
    with superlink(config.home, simulation=False, host=config.host, port=config.port, tls=tls) as link:
        proxy = (
            nullcontext()
            if config.proxy_listen is None or tls is None
            else fleet_proxy(config.proxy_listen, config.local_address, tls, run_dir / "proxy", config.nginx or "nginx")
        )
        with proxy:
            trust = "--insecure" if tls is None else "--ca ca.pem"
            exposed = f"; nginx exposes only its Fleet API on {config.proxy_listen}" if config.proxy_listen else ""
            print(f"SuperLink listening on {link.address}{exposed}; registered sites join with:")
            print(f"  fedtune-site join --policy site.toml --superlink {config.public_address} {trust}")
            print(f"logs in {link.log}", flush=True)
            yield config, link


def _run(config: FederationConfig) -> int:
    """Submit the settings file's run to its SuperLink and stream it; resumes after the last complete round."""
    run_dir = Path(config.run.run_dir)
    app = write_app_dir(run_dir / "app", config.run)
    if not (config.home / "config.toml").is_file():
        raise ValueError(f"no SuperLink was started for this settings file ({config.home}); run 'fedtune-coordinator serve' first")
    print(f"waiting for {config.run.min_sites} sites", flush=True)
    result = flwr(config.home, "run", str(app), "fedtune", "--stream", stream=True, check=False)
    adapter = run_dir / "adapter"
    if result.returncode != 0 or not (adapter / "adapter_config.json").is_file():
        print(f"error: the run did not finish; see {config.home / 'superlink.log'}")
        return 1
    print(f"global adapter: {adapter}; history: {run_dir / 'history.json'}")
    return 0


def _start(args: argparse.Namespace) -> int:
    with _serving(args.config) as (config, _):
        return _run(config)


def _serve(args: argparse.Namespace) -> int:
    """The SuperLink (and proxy) until stopped: for a long-running service; runs are sent with 'submit'."""
    with _serving(args.config) as (_, link):
        print("serving until stopped (Ctrl-C or SIGTERM); send a run with 'fedtune-coordinator submit'", flush=True)
        try:
            return link.process.wait()
        except KeyboardInterrupt:
            return 130


def _submit(args: argparse.Namespace) -> int:
    return _run(load_federation(args.config))


def _register(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if str(args.public_key) == "-" else None
    source = Path("<stdin>") if text is not None else args.public_key
    print(register_site(load_federation(args.config), source, args.name, text=text), end="")
    return 0


def _sites(args: argparse.Namespace) -> int:
    print(list_sites(load_federation(args.config)), end="")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedtune-coordinator", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    certs = sub.add_parser("certs", help="write the federation CA and the SuperLink's TLS certificate")
    certs.add_argument("--config", type=Path, required=True, help="federation.toml (its host and names go in the certificate)")
    certs.add_argument("--out", type=Path, help="folder to write (default: the config's superlink.certificates)")
    certs.set_defaults(func=_certs)
    start = sub.add_parser("start", help="start the SuperLink and run the federation in the settings file")
    start.add_argument("--config", type=Path, required=True, help="federation.toml")
    start.set_defaults(func=_start)
    serve = sub.add_parser("serve", help="start the SuperLink (and nginx) and keep it up until stopped; send runs with 'submit'")
    serve.add_argument("--config", type=Path, required=True, help="federation.toml")
    serve.set_defaults(func=_serve)
    submit = sub.add_parser("submit", help="send the settings file's run to the SuperLink 'serve' started, and follow it")
    submit.add_argument("--config", type=Path, required=True, help="federation.toml")
    submit.set_defaults(func=_submit)
    reg = sub.add_parser("register-site", help="admit a site's public key (from 'fedtune-site keys') to the SuperLink")
    reg.add_argument("public_key", type=Path, help="the site's site_key.pub, or - to read it from standard input")
    reg.add_argument("--name", required=True, help="a name for the site")
    reg.add_argument("--config", type=Path, required=True, help="federation.toml")
    reg.set_defaults(func=_register)
    sites = sub.add_parser("sites", help="list the registered sites and whether they are online")
    sites.add_argument("--config", type=Path, required=True, help="federation.toml")
    sites.set_defaults(func=_sites)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    return run_command(lambda: args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
