"""The user's "now" and time zone, fixed once per command or turn.

Every date resolution takes a :class:`Clock` so results are reproducible:
``--now``/``ASSISTANT_NOW`` pin the instant and ``--tz``/``ASSISTANT_TZ`` the zone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from assistant.errors import InvalidInput

ENV_NOW = "ASSISTANT_NOW"
ENV_TZ = "ASSISTANT_TZ"
ENV_LANG = "ASSISTANT_LANG"


@dataclass(frozen=True)
class Clock:
    """An aware ``now`` (already in ``tz``), the user's IANA zone and language.

    ``lang`` ("pt", "de", ...; "" when unknown) only breaks ties when date
    words could be read in more than one language ("31/3", "domingo").
    """

    now: datetime
    tz: ZoneInfo
    lang: str = ""

    @classmethod
    def system(cls) -> Clock:
        tz = system_zone()
        return cls(datetime.now(tz), tz, system_language())

    @classmethod
    def from_options(cls, now: str | None = None, tz: str | None = None) -> Clock:
        """Build from CLI options, falling back to the environment, then the system."""
        tz_name = tz or os.environ.get(ENV_TZ)
        zone = load_zone(tz_name) if tz_name else system_zone()
        now_text = now or os.environ.get(ENV_NOW)
        if not now_text:
            return cls(datetime.now(zone), zone, system_language())
        try:
            instant = datetime.fromisoformat(now_text)
        except ValueError:
            raise InvalidInput(
                f"--now must be an ISO 8601 date-time such as 2026-11-29T09:00, not {now_text!r}."
            ) from None
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=zone)
        return cls(instant.astimezone(zone), zone, system_language())

    @property
    def zone_name(self) -> str:
        return self.tz.key

    def utcnow(self) -> datetime:
        return self.now.astimezone(UTC)


def system_language() -> str:
    """The user's language from ASSISTANT_LANG or the locale ("pt_BR.UTF-8" -> "pt")."""
    for name in (ENV_LANG, "LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return language_code(value)
    return ""


def language_code(setting: str | None) -> str:
    """The two-letter language of a setting or locale ("de-AT", "pt_BR.UTF-8"), else ""."""
    code = (setting or "").split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code.isalpha() and len(code) == 2 else ""


def load_zone(name: str) -> ZoneInfo:
    """An IANA zone by name, with a clear error for unknown names."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"Unknown time zone {name!r}; use an IANA name such as Europe/Berlin."
        ) from None


def system_zone() -> ZoneInfo:
    """The operating system's zone as an IANA zone (UTC when it cannot be told)."""
    try:
        import tzlocal

        zone = tzlocal.get_localzone()
        if isinstance(zone, ZoneInfo):
            return zone
        return ZoneInfo(str(zone))
    except Exception:
        return ZoneInfo("UTC")


@cache
def zone_names() -> list[str]:
    """IANA zone names for a picker, read once (it scans the tz database)."""
    return sorted(z for z in available_timezones() if "/" in z or z == "UTC")
