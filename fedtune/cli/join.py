"""``fedtune-site keys`` and ``fedtune-site join``: the site's identity key, and its SuperNode in a federation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fedtune.client.node import start_supernode
from fedtune.common.data import read_records
from fedtune.common.fingerprint import fingerprint
from fedtune.common.identity import create_identity
from fedtune.common.model import resolve_base
from fedtune.common.policy import SitePolicy, load_policy
from fedtune.common.processes import is_loopback, stop_process


def _keys(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy)
    identity = create_identity(policy.identity_key_path)
    print(f"site key written to {identity.path} (mode 600; it never leaves this machine)")
    print(f"public key, for the coordinator's 'fedtune-coordinator register-site': {identity.path}.pub")
    print(identity.public_ssh)
    return 0


def _host(address: str) -> str:
    return address.rsplit(":", 1)[0].strip("[]")


def _check_site(policy: SitePolicy) -> None:
    """Before connecting: the data reads, and the base model is the one the policy pins, hashed in full.

    A bad file is an error here, with its path, line and field, not a refusal code mid-round.
    """
    records, report = read_records(policy.data, skip_invalid=policy.skip_invalid, strict=policy.strict)
    print(f"site {policy.site_id}: {len(records)} records read from {policy.data}" + (f" ({sum(report.skipped.values())} skipped)" if report.skipped else ""))
    actual = fingerprint(resolve_base(policy.base_model), cached=False)
    if policy.base_fingerprint is not None and actual != policy.base_fingerprint:
        raise ValueError(
            f"base_model {policy.base_model}: its fingerprint {actual[:40]}... is not the policy's base_fingerprint "
            f"{policy.base_fingerprint[:40]}...; restore the model the policy pins"
        )
    print(f"base model {policy.base_model}: fingerprint {actual}")


def _join(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy)
    _check_site(policy)
    ca = args.ca or policy.federation_ca
    if args.insecure:
        if not is_loopback(_host(args.superlink)):
            raise ValueError(f"--insecure: allowed only for a loopback SuperLink, not {args.superlink}; pass --ca CA.pem")
        print("warning: --insecure: no TLS and no site authentication; for trials on this machine only", file=sys.stderr)
    elif ca is None:
        raise ValueError("--ca: required (or federation_ca in the policy): the federation's CA certificate (ca.pem) from the coordinator")
    policy.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    home = policy.state_dir / "flwr"
    process = start_supernode(
        args.superlink, args.policy, home, ca=ca, key=policy.identity_key_path,
        insecure=args.insecure, allowed_bundles=tuple(args.allow_bundle or policy.allowed_bundles),
    )
    print(f"site {policy.site_id} joined {args.superlink} (SuperNode pid {process.pid}); logs in {home}")
    try:
        return process.wait()
    except KeyboardInterrupt:
        return 130
    finally:  # Ctrl-C, and SIGTERM (docker stop, Kubernetes), stop the SuperNode and its warm server
        stop_process(process)


def register(subparsers: argparse._SubParsersAction) -> None:
    keys = subparsers.add_parser("keys", help="create this site's identity key (node authentication, ledger signatures)")
    keys.add_argument("--policy", type=Path, required=True)
    keys.set_defaults(func=_keys)

    join = subparsers.add_parser("join", help="check the policy and connect this site to a coordinator")
    join.add_argument("--policy", type=Path, required=True)
    join.add_argument("--superlink", required=True, help="HOST:PORT of the coordinator's SuperLink")
    join.add_argument("--ca", type=Path, help="the federation's CA certificate (ca.pem from the coordinator)")
    join.add_argument(
        "--allow-bundle", action="append", default=[], metavar="SHA256",
        help="run only app bundles with this SHA-256 (repeatable; default: any bundle that passes the check)",
    )
    join.add_argument("--insecure", action="store_true", help="no TLS, no authentication (loopback SuperLink only)")
    join.set_defaults(func=_join)
