"""``fedtune-coordinator``: start the SuperLink and submit the fedtune run, from one settings file."""

from __future__ import annotations

import argparse
from pathlib import Path

from fedtune.server.federation import load_federation
from fedtune.server.launch import flwr, superlink, write_app_dir

from .common import run_command, setup_logging


def _start(args: argparse.Namespace) -> int:
    config = load_federation(args.config)
    run_dir = Path(config.run.run_dir)
    home = run_dir / "flwr"
    app = write_app_dir(run_dir / "app", config.run)
    with superlink(home, simulation=False, host=config.host, port=config.port) as link:
        print(f"SuperLink listening on {link.address}; sites join with:")
        print(f"  fedtune-site join --policy site.toml --superlink {link.address} --insecure")
        print(f"waiting for {config.run.min_sites} sites; logs in {link.log}")
        result = flwr(home, "run", str(app), "fedtune", "--stream", stream=True, check=False)
    adapter = run_dir / "adapter"
    if result.returncode != 0 or not (adapter / "adapter_config.json").is_file():
        print(f"error: the run did not finish; see {home / 'superlink.log'}")
        return 1
    print(f"global adapter: {adapter}; history: {run_dir / 'history.json'}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedtune-coordinator", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start", help="start the SuperLink and run the federation in the settings file")
    start.add_argument("--config", type=Path, required=True, help="federation.toml")
    start.set_defaults(func=_start)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    return run_command(lambda: args.func(args))
