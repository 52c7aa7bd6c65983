"""The coordinator's closed control port: an nginx front that forwards only Flower's Fleet API to the SuperLink.

Flower 1.42 serves Fleet (``/v1/fleet/``), Control (``/v1/control/``) and Runtime
(``/v1/runtime/``) on one port, and open-source Flower has no user authentication on
Control, so whoever reaches the SuperLink's port can ``flwr run``. The SuperLink therefore
binds loopback only, and nginx, the one process listening on the network, terminates TLS
with the federation's server certificate and forwards ``/v1/fleet/`` to it over TLS
(verified against the federation's CA); every other path gets 403. Node authentication
still happens at the SuperLink: nginx passes the ``flwr-*`` signature headers untouched.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fedtune.common.fileio import write_atomic
from fedtune.common.processes import is_loopback, stop_process, wait_for_port

from .certs import WILDCARD_BINDS, TlsFiles

FLEET_PREFIX = "/v1/fleet/"


def nginx_config(listen: str, superlink: str, tls: TlsFiles, work: Path) -> str:
    """A complete nginx.conf: TLS on ``listen`` (HOST:PORT), ``/v1/fleet/`` forwarded to ``superlink`` (loopback HOST:PORT).

    ``work`` holds nginx's pid file, logs and temporary files, so it runs without root
    paths; in a container, mount the certificates and this file and run ``nginx -c``.
    """
    host, _, port = superlink.rpartition(":")
    if not is_loopback(host):
        raise ValueError(f"the SuperLink behind the proxy must bind a loopback address, not {host!r}")
    if not port.isdigit() or ":" not in listen:
        raise ValueError(f"expected HOST:PORT addresses, got listen {listen!r} and SuperLink {superlink!r}")
    return f"""# fedtune: only the Fleet API of the SuperLink at {superlink} is reachable on {listen}.
daemon off;
worker_processes 1;
pid {work / "nginx.pid"};
error_log {work / "error.log"} warn;

events {{
    worker_connections 256;
}}

http {{
    access_log {work / "access.log"};
    client_body_temp_path {work / "client_body"};
    proxy_temp_path {work / "proxy"};
    fastcgi_temp_path {work / "fastcgi"};
    uwsgi_temp_path {work / "uwsgi"};
    scgi_temp_path {work / "scgi"};

    server {{
        listen {listen} ssl;
        ssl_certificate {tls.cert};
        ssl_certificate_key {tls.key};
        ssl_protocols TLSv1.2 TLSv1.3;
        client_max_body_size 0;  # adapters are large; Flower chunks its own objects

        location {FLEET_PREFIX} {{
            proxy_pass https://{superlink};
            proxy_ssl_verify on;
            proxy_ssl_trusted_certificate {tls.ca};
            proxy_ssl_name localhost;  # a DNS name of the server certificate
            proxy_http_version 1.1;
            proxy_request_buffering off;
            proxy_buffering off;
            proxy_read_timeout 3600s;  # long polls for instructions
            proxy_set_header Host $host;
        }}

        location / {{
            return 403;  # Control (flwr run, node registration) and Runtime stay on the coordinator's loopback
        }}
    }}
}}
"""


@contextmanager
def fleet_proxy(listen: str, superlink: str, tls: TlsFiles, work: Path, nginx: str = "nginx") -> Iterator[subprocess.Popen]:
    """Run nginx with :func:`nginx_config` (written to ``work/nginx.conf``) until the block ends; stopped by its pid."""
    binary = shutil.which(nginx)
    work.mkdir(parents=True, exist_ok=True, mode=0o700)
    conf = work / "nginx.conf"
    write_atomic(conf, nginx_config(listen, superlink, tls, work), mode=0o600)
    if binary is None:
        raise FileNotFoundError(f"{nginx}: not found; install nginx, or run its container with {conf} (docs/COORDINATOR.md)")
    with (work / "nginx.out").open("ab") as out:
        process = subprocess.Popen(
            [binary, "-c", str(conf), "-p", str(work)], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    host, _, port = listen.rpartition(":")
    try:
        wait_for_port(f"{'127.0.0.1' if host in WILDCARD_BINDS else host}:{port}", process, work / "error.log", 30)
        yield process
    finally:
        stop_process(process)
