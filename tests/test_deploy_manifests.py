"""The Kubernetes manifests in deploy/k8s keep what docs/scaling.md promises (parsed, not applied)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
K8S = ROOT / "deploy" / "k8s"
SECRET_VARIABLES = {"HARBOUR_STORE_SECRET", "REDIS_URL", "REDIS_PASSWORD", "STATS_DB_URL",
                    "TELEGRAM_BOT_TOKEN", "TELEGRAM_SECRET_TOKEN"}


def documents() -> List[Dict[str, Any]]:
    found = []
    for path in sorted(K8S.glob("*.yaml")):
        if path.name != "kustomization.yaml":
            found.extend(doc for doc in yaml.safe_load_all(path.read_text()) if doc)
    return found


def named(kind: str, name: str) -> Dict[str, Any]:
    matches = [d for d in documents() if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(matches) == 1, (kind, name)
    return matches[0]


def containers() -> Iterator[Dict[str, Any]]:
    for doc in documents():
        if doc["kind"] == "Deployment":
            yield from doc["spec"]["template"]["spec"]["containers"]


def test_kustomization_lists_every_manifest():
    listed = yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"]
    assert sorted(listed) == sorted(p.name for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")


def test_redis_never_persists_anything():
    redis = named("Deployment", "harbour-redis")["spec"]["template"]["spec"]
    args = redis["containers"][0]["args"]
    assert args[args.index("--save") + 1] == "" and args[args.index("--appendonly") + 1] == "no"
    assert "volumes" not in redis and "volumeMounts" not in redis["containers"][0]
    assert not [d for d in documents() if d["kind"] in ("PersistentVolumeClaim", "StatefulSet")]


def test_secrets_come_only_from_the_secret():
    for container in containers():
        for variable in container.get("env", []):
            if variable["name"] in SECRET_VARIABLES:
                assert "value" not in variable, variable["name"]
                assert variable["valueFrom"]["secretKeyRef"]["name"] == "harbour"


def test_every_container_has_memory_requests_and_limits_and_probes_on_health_routes():
    for container in containers():
        assert container["resources"]["requests"]["memory"] and container["resources"]["limits"]["memory"]
        assert "readinessProbe" in container, container["name"]
    rasa = named("Deployment", "harbour-rasa")["spec"]["template"]["spec"]["containers"][0]
    assert rasa["readinessProbe"]["httpGet"]["path"] == "/webhooks/rest/"
    assert "deploy/endpoints.scaled.yml" in " ".join(rasa["command"])
    actions = named("Deployment", "harbour-actions")["spec"]["template"]["spec"]["containers"][0]
    assert actions["readinessProbe"]["httpGet"]["path"] == "/health"


def test_the_replicas_share_redis_for_conversations_and_locks():
    endpoints = yaml.safe_load((ROOT / "deploy" / "endpoints.scaled.yml").read_text())
    assert endpoints["tracker_store"]["backend"] == "redis"
    assert endpoints["lock_store"]["type"] == "harbour.privacy.PrivacyLockStore"
    assert endpoints["tracker_store"]["url"] == endpoints["lock_store"]["url"] == "${REDIS_URL}"
    assert endpoints["event_broker"]["url"] == "${STATS_DB_URL}"
    assert named("Deployment", "harbour-rasa")["spec"]["replicas"] >= 2


@pytest.mark.parametrize("name", ["harbour-rest", "harbour-telegram", "harbour-socketio"])
def test_ingress_serves_only_the_channels_without_access_logs(name):
    ingress = named("Ingress", name)
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/enable-access-log"] == "false"
    assert annotations["nginx.ingress.kubernetes.io/proxy-body-size"] == "1m"
    paths = {p["path"] for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]}
    assert paths <= {"/webhooks/rest/webhook", "/webhooks/rest/", "/webhooks/telegram/webhook", "/socket.io/"}
    retry = annotations.get("nginx.ingress.kubernetes.io/proxy-next-upstream", "")
    if name == "harbour-rest":
        assert "non_idempotent" in retry
    else:
        assert "non_idempotent" not in retry
    if name == "harbour-socketio":
        assert annotations["nginx.ingress.kubernetes.io/upstream-hash-by"] == "$remote_addr"
