"""The workshop stacks' outputs and their descriptions: published by the stacks, rendered into
docs/workshop.md. Plain data, so the docs load no framework."""

from __future__ import annotations

SHARED_OUTPUTS: dict[str, str] = {
    "policy_id": "ID of the workshop cluster policy.",
    "policy_name": "Name of the workshop cluster policy (the fleet looks it up by this name).",
    "volume_path": "Path of the volume that holds the workshop init script (/Volumes/...).",
    "init_script_path": "Path of the uploaded init script every workshop cluster runs.",
}
"""Outputs of ``workshop-shared``."""
FLEET_OUTPUTS: dict[str, str] = {
    "instance_pool_id": "ID of the workshop instance pool.",
    "attendee_clusters": "Per attendee email: cluster_name, cluster_id and cluster_url.",
    "ssh_setup_commands": "Per attendee email: the databricks ssh setup line they run once.",
    "login_command": "The quick start's databricks auth login line, with the same --profile.",
}
"""Outputs of ``workshop-fleet``; split, it publishes ``instance_pool_id`` and
``login_command``, and each ``workshop-fleet-NN`` the others (``login_command`` too) for its
attendees."""
