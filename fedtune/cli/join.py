"""``fedtune-site join``: check the site's policy, then run this site's Flower SuperNode."""

from __future__ import annotations

import argparse
from pathlib import Path

from fedtune.common.data import jsonl_files
from fedtune.common.policy import load_policy
from fedtune.client.node import start_supernode
from fedtune.common.processes import stop_process


def _join(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy)
    jsonl_files(policy.data)  # fails now, with the path, rather than mid-round
    policy.state_dir.mkdir(parents=True, exist_ok=True)
    if not args.insecure:
        raise ValueError("TLS set-up arrives with the security issue; pass --insecure explicitly for now")
    process = start_supernode(args.superlink, args.policy, policy.state_dir / "flwr", insecure=True)
    print(f"site {policy.site_id} joined {args.superlink} (SuperNode pid {process.pid}); logs in {policy.state_dir / 'flwr'}")
    try:
        return process.wait()
    except KeyboardInterrupt:
        stop_process(process)
        return 130


def register(subparsers: argparse._SubParsersAction) -> None:
    join = subparsers.add_parser("join", help="check the policy and connect this site to a coordinator")
    join.add_argument("--policy", type=Path, required=True)
    join.add_argument("--superlink", required=True, help="HOST:PORT of the coordinator's SuperLink")
    join.add_argument("--insecure", action="store_true", help="no TLS (loopback tests and trials only)")
    join.set_defaults(func=_join)
