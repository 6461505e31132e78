"""Which cloud the workshop runs on, for ``cost`` and ``preflight``: the command line's
``--cloud``, else the workshop file's ``cloud``, else the cloud the workspace URL names
(``DATABRICKS_HOST``: ``*.azuredatabricks.net``, ``*.cloud.databricks.com``,
``*.gcp.databricks.com``), else Azure, the workshop's default."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from coding_assistants import facts


@dataclass(frozen=True)
class CloudChoice:
    """A cloud and what chose it, for the output."""

    cloud: str
    source: str

    @property
    def label(self) -> str:
        return facts.CLOUD_LABELS[self.cloud]


def cloud_of_host(host: str | None) -> str | None:
    """The cloud of a workspace URL or host name, or None when it names none of them."""
    if not host or not host.strip():
        return None
    text = host.strip()
    try:
        name = urlsplit(text if "://" in text else f"https://{text}").hostname or ""
    except ValueError:
        return None
    name = name.rstrip(".").lower()
    for cloud, endings in facts.CLOUD_HOSTS.items():
        if any(name == end or name.endswith(f".{end}") for end in endings):
            return cloud
    return None


def choose_cloud(option: str | None, workshop_cloud: str | None, host: str | None) -> CloudChoice:
    """The cloud by precedence: the option, the workshop file's, the workspace URL's, Azure."""
    if option:
        return CloudChoice(option, "--cloud")
    if workshop_cloud:
        return CloudChoice(workshop_cloud, "the workshop file's cloud")
    from_host = cloud_of_host(host)
    if from_host:
        return CloudChoice(from_host, "the workspace URL, DATABRICKS_HOST")
    return CloudChoice(facts.DEFAULT_CLOUD, "the default")
