"""What ``coding-assistants report`` asks the system tables, and the rows it gets back.

Three statements, each filtered by named parameters (the workshop, the endpoint, the window):

- ``billing``: DBUs per attendee and hour, ``system.billing.usage`` rows whose custom tags carry
  the workshop (the ``Workshop`` and ``Attendee`` tags every attendee cluster has), priced at
  their list price (``system.billing.list_prices``) where one is known;
- ``clusters``: minutes each attendee cluster's driver ran per hour, ``system.compute.
  node_timeline`` (one row per node and minute) joined to the clusters' latest tags;
- ``tokens``: requests, input and output tokens and 429s per requester and hour of the model's
  endpoint, ``system.serving.endpoint_usage`` (AI Gateway usage tracking) by served entity.

The warehouse answers every value as a string (or null); ``parse`` types them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from coding_assistants import facts
from coding_assistants.cli.services.statements import Param

T = TypeVar("T")

BILLING = f"""-- coding-assistants report: billing
SELECT u.custom_tags['{facts.TAG_ATTENDEE}'] AS attendee,
       date_trunc('HOUR', u.usage_start_time) AS hour,
       SUM(u.usage_quantity) AS dbus,
       SUM(u.usage_quantity * CAST(p.pricing.default AS DECIMAL(38, 10))) AS list_usd
FROM system.billing.usage AS u
LEFT JOIN system.billing.list_prices AS p
  ON u.sku_name = p.sku_name AND u.cloud = p.cloud AND u.usage_unit = p.usage_unit
 AND u.usage_start_time >= p.price_start_time
 AND (p.price_end_time IS NULL OR u.usage_start_time < p.price_end_time)
WHERE u.custom_tags['{facts.TAG_WORKSHOP}'] = :workshop
  AND u.usage_unit = 'DBU'
  AND u.usage_date BETWEEN :first_day AND :last_day
  AND u.usage_start_time >= :start AND u.usage_start_time < :end
GROUP BY 1, 2"""

CLUSTERS = f"""-- coding-assistants report: clusters
SELECT c.tags['{facts.TAG_ATTENDEE}'] AS attendee,
       t.cluster_id AS cluster_id,
       t.node_type AS node_type,
       date_trunc('HOUR', t.start_time) AS hour,
       COUNT(*) AS minutes
FROM system.compute.node_timeline AS t
JOIN (SELECT cluster_id, tags FROM system.compute.clusters
      QUALIFY ROW_NUMBER() OVER (PARTITION BY cluster_id ORDER BY change_time DESC) = 1) AS c
  ON t.cluster_id = c.cluster_id
WHERE c.tags['{facts.TAG_WORKSHOP}'] = :workshop
  AND t.driver
  AND t.start_time >= :start AND t.start_time < :end
GROUP BY 1, 2, 3, 4"""

TOKENS = """-- coding-assistants report: tokens
SELECT u.requester AS requester,
       date_trunc('HOUR', u.request_time) AS hour,
       COUNT(*) AS requests,
       SUM(u.input_token_count) AS input_tokens,
       SUM(u.output_token_count) AS output_tokens,
       COUNT_IF(u.status_code = 429) AS throttled
FROM system.serving.endpoint_usage AS u
JOIN system.serving.served_entities AS e ON u.served_entity_id = e.served_entity_id
WHERE e.endpoint_name = :endpoint
  AND u.request_time >= :start AND u.request_time < :end
GROUP BY 1, 2"""


@dataclass(frozen=True)
class Window:
    """The UTC days a report covers: ``days`` days from ``first``."""

    first: date
    days: int = 1

    @property
    def start(self) -> datetime:
        return datetime(self.first.year, self.first.month, self.first.day, tzinfo=UTC)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(days=self.days)

    @property
    def hours(self) -> list[datetime]:
        return [self.start + timedelta(hours=h) for h in range(24 * self.days)]

    def params(self) -> list[Param]:
        last = self.first + timedelta(days=self.days - 1)
        return [
            Param("start", self.start.strftime("%Y-%m-%d %H:%M:%S"), "TIMESTAMP"),
            Param("end", self.end.strftime("%Y-%m-%d %H:%M:%S"), "TIMESTAMP"),
            Param("first_day", self.first.isoformat(), "DATE"),
            Param("last_day", last.isoformat(), "DATE"),
        ]


@dataclass(frozen=True)
class Billed:
    attendee: str
    hour: datetime
    dbus: Decimal
    list_usd: Decimal | None


@dataclass(frozen=True)
class Running:
    attendee: str
    cluster_id: str
    node_type: str
    hour: datetime
    minutes: Decimal


@dataclass(frozen=True)
class Used:
    requester: str
    hour: datetime
    requests: Decimal
    input_tokens: Decimal
    output_tokens: Decimal
    throttled: Decimal


class RowError(ValueError):
    """A row the warehouse sent that does not read as its column says."""


def _hour(value: Any) -> datetime:
    try:
        when = datetime.fromisoformat(str(value).replace(" ", "T"))
    except ValueError:
        raise RowError(f"not a time: {str(value)[:40]!r}") from None
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.replace(minute=0, second=0, microsecond=0)


def _number(value: Any, nullable: bool = False) -> Decimal | None:
    if value is None:
        return None if nullable else Decimal(0)
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise RowError(f"not a number: {str(value)[:40]!r}") from None
    if not number.is_finite() or number < 0:
        raise RowError(f"not a count: {str(value)[:40]!r}")
    return number


def _n(value: Any) -> Decimal:
    number = _number(value)
    assert number is not None
    return number


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip().lower()


def each_row(
    rows: Iterable[Any], read: Callable[[dict[str, Any]], T], what: str, bad: list[str]
) -> list[T]:
    """Every row that reads; each other one named in ``bad`` (``billing row 3: not a time``)
    and left out, so one bad row never costs the report."""
    good = []
    for index, row in enumerate(rows):
        try:
            if not isinstance(row, dict):
                raise RowError(f"not a row: {str(row)[:40]!r}")
            good.append(read(row))
        except RowError as error:
            bad.append(f"{what} row {index}: {error}")
    return good


def billed(rows: Iterable[dict[str, Any]], bad: list[str] | None = None) -> list[Billed]:
    def read(r: dict[str, Any]) -> Billed:
        return Billed(
            _text(r.get("attendee")),
            _hour(r.get("hour")),
            _n(r.get("dbus")),
            _number(r.get("list_usd"), nullable=True),
        )

    return each_row(rows, read, "billing", [] if bad is None else bad)


def running(rows: Iterable[dict[str, Any]], bad: list[str] | None = None) -> list[Running]:
    def read(r: dict[str, Any]) -> Running:
        return Running(
            _text(r.get("attendee")),
            str(r.get("cluster_id") or ""),
            str(r.get("node_type") or ""),
            _hour(r.get("hour")),
            _n(r.get("minutes")),
        )

    return each_row(rows, read, "clusters", [] if bad is None else bad)


def used(rows: Iterable[dict[str, Any]], bad: list[str] | None = None) -> list[Used]:
    def read(r: dict[str, Any]) -> Used:
        return Used(
            _text(r.get("requester")),
            _hour(r.get("hour")),
            _n(r.get("requests")),
            _n(r.get("input_tokens")),
            _n(r.get("output_tokens")),
            _n(r.get("throttled")),
        )

    return each_row(rows, read, "tokens", [] if bad is None else bad)
