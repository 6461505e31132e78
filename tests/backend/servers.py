"""Real state servers on loopback for the backend tests: moto's S3 (and DynamoDB) server mode
(PyPI ``moto[server]``, a dev dependency) and PostgreSQL (Debian). Each server is started by
the tests in a temporary directory, on a free port, and stopped at the end of the session.

PostgreSQL is installed with apt-get when it is missing (``tests.debian``: as root, once,
under the tests' apt lock); ``initdb`` and ``pg_ctl`` refuse to run as root, so as root the
server runs as the ``postgres`` user (or ``nobody``). Every wait has a deadline.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests import debian

START_SECONDS = 60.0
"""How long a server may take to accept connections."""
AWS_TEST_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "backend-test", "AWS_SECRET_ACCESS_KEY": "not-a-key"}
"""Any credentials do for moto; Terraform takes them from the environment, never the JSON."""
REGION = "us-east-1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    end = time.monotonic() + START_SECONDS
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(f"server exited {process.returncode}:\n{log.read_text()[-2000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {START_SECONDS} s")


@dataclass
class MotoServer:
    """moto in server mode: S3 and DynamoDB at ``url``; ``log`` holds one line per request."""

    url: str
    log: Path
    process: subprocess.Popen[bytes]

    def client(self, service: str) -> Any:
        import boto3  # moto's own dependency

        return boto3.client(service, endpoint_url=self.url, region_name=REGION,
                            aws_access_key_id="x", aws_secret_access_key="x")  # fmt: skip

    def create_bucket(self, name: str) -> str:
        self.client("s3").create_bucket(Bucket=name)
        return name

    def create_lock_table(self, name: str) -> str:
        """A DynamoDB table as Terraform's s3 backend locks with (hash key LockID)."""
        self.client("dynamodb").create_table(
            TableName=name, BillingMode="PAY_PER_REQUEST",
            KeySchema=[{"AttributeName": "LockID", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "LockID", "AttributeType": "S"}],
        )  # fmt: skip
        return name

    def objects(self, bucket: str) -> dict[str, bytes]:
        s3 = self.client("s3")
        listed = s3.list_objects_v2(Bucket=bucket).get("Contents", [])
        return {o["Key"]: s3.get_object(Bucket=bucket, Key=o["Key"])["Body"].read() for o in listed}

    def lock_items(self, table: str) -> list[dict]:
        return self.client("dynamodb").scan(TableName=table)["Items"]

    def refused_lock_puts(self, key: str) -> int:
        """How many times the server refused to create ``key``'s lock object (HTTP 412)."""
        pattern = re.compile(rf'"PUT /[^/ ]+/{re.escape(key)}\.tflock[^"]*" 412 ')
        text = re.sub(r"\x1b\[[0-9;]*m", "", self.log.read_text(errors="replace"))
        return len(pattern.findall(text))

    def backend(self, bucket: str, **options: Any) -> dict[str, Any]:
        """Backend settings for this server: Terraform's s3 backend against a local endpoint."""
        return {
            "type": "s3", "bucket": bucket, "region": REGION,
            "endpoints": {"s3": self.url, "dynamodb": self.url}, "use_path_style": True,
            "skip_credentials_validation": True, "skip_requesting_account_id": True,
            "skip_metadata_api_check": True, "skip_region_validation": True, **options,
        }  # fmt: skip


def start_moto(directory: Path) -> MotoServer:
    log = directory / "moto.log"
    for _ in range(3):  # a port taken between the probe and the bind: try another
        port = free_port()
        with open(log, "ab") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        try:
            wait_for_port(port, process, log)
            return MotoServer(f"http://127.0.0.1:{port}", log, process)
        except RuntimeError:
            process.kill()
            process.wait()
    raise RuntimeError(f"moto_server did not start:\n{log.read_text()[-2000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- PostgreSQL ---------------------------------------------------------------------------------


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin directory (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).resolve().parent if on_path else None


def ensure_postgres() -> Path:
    """PostgreSQL's bin directory; installs the Debian package first when it is missing."""
    found = postgres_bin()
    if found:
        return found
    try:  # the server package, with postgresql-common's cluster tools
        debian.ensure(["postgresql"], [Path("/usr/bin/pg_ctlcluster")])
    except RuntimeError as error:
        pytest.fail(str(error))
    return postgres_bin() or pytest.fail("apt-get installed postgresql but no initdb is there")


@dataclass
class PostgresServer:
    """A PostgreSQL server on 127.0.0.1:``port``; ``user`` logs in with ``password``."""

    bin: Path
    port: int
    root: Path
    owner: str | None
    user: str = "tfstate"
    password: str = "pg-backend-test-password"

    def conn_str(self, database: str) -> str:
        """A URL without the password (Terraform reads it from PGPASSWORD)."""
        return f"postgres://{self.user}@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": os.environ["PATH"], "PGPASSWORD": self.password, "LC_ALL": "C"}
        return subprocess.run(
            [str(self.bin / tool), *args], user=self.owner, env=env, cwd=self.root,
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip

    def create_database(self, name: str) -> str:
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, name)
        return name

    def query(self, database: str, sql: str) -> str:
        where = ["-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", database]
        return self.run("psql", *where, "-At", "-c", sql).stdout.strip()

    def stop(self) -> None:
        stop = [str(self.bin / "pg_ctl"), "-D", "data", "-m", "fast", "-w", "stop"]
        subprocess.run(stop, user=self.owner, cwd=self.root, capture_output=True, timeout=120)
        shutil.rmtree(self.root, ignore_errors=True)


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    pytest.fail("running as root with neither a postgres nor a nobody user to run PostgreSQL")


def start_postgres() -> PostgresServer:
    """A fresh cluster in its own temporary directory (outside root-only pytest folders)."""
    bin_dir, owner = ensure_postgres(), _server_user()
    root = Path(tempfile.mkdtemp(prefix="pg-backend-"))
    if owner:
        shutil.chown(root, owner)
    server = PostgresServer(bin_dir, free_port(), root, owner)
    (root / "pw").write_text(server.password)
    if owner:
        shutil.chown(root / "pw", owner)
    server.run("initdb", "-D", "data", "-U", server.user, "--pwfile=pw", "-E", "UTF8",
               "--auth-host=scram-sha-256", "--auth-local=trust", "--no-locale")  # fmt: skip
    options = f"-h 127.0.0.1 -p {server.port} -k {root} -c fsync=off"
    server.run("pg_ctl", "-D", "data", "-o", options, "-l", "log", "-w", "-t", "60", "start")
    return server
