"""Registration that checks: find the central's API, then its certificate, the proxy, the
token and the clock, before anything is stored.

Each failure is a `RegistrationProblem` with its own catalogue code saying what to do;
timeouts are short (a person is waiting), and no raw urllib3 text reaches them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests

from lapor_desk.clock import Clock, system_clock
from lapor_desk.i18n import CodedError
from lapor_desk.settings import split_userinfo
from lapor_desk.sync.transport import INSTALLATION_CONFLICT, INSTALLATION_HEADER, plain_http_refused

CONNECT_TIMEOUT_S = 3.0
READ_TIMEOUT_S = 5.0
CLOCK_LIMIT_S = 300.0  # as the sync's status bar warning
API_SUFFIX = "/api/v1"
HEALTH_KEYS = {"status", "api_version", "server_time"}


class RegistrationProblem(CodedError):
    """Why a central cannot be registered; `code` is a catalogue code (`reg_...`)."""


@dataclass(frozen=True)
class Connection:
    """How the desk reaches the central: the CA bundle to trust (empty: the system store)
    and the proxy (empty: direct)."""

    ca_bundle: str = ""
    proxy: str = ""
    allow_plain_http: bool = False  # the admin's audited override (sync.allow_plain_http)
    installation_id: str = ""  # this PC: the central binds a desk token to the first PC that uses it

    def session(self) -> requests.Session:
        """A session for these settings. Pass `verify=session.verify` on each request: requests
        lets REQUESTS_CA_BUNDLE in the environment override a session's own bundle otherwise."""
        session = requests.Session()
        session.verify = self.ca_bundle or True
        if self.proxy:
            session.proxies = {"http": self.proxy, "https": self.proxy}
        session.headers["User-Agent"] = "lapor-desk-register"
        if self.installation_id:
            session.headers[INSTALLATION_HEADER] = self.installation_id
        return session


@dataclass(frozen=True)
class CentralCheck:
    """A central that passed every check."""

    api_url: str
    version: str
    api_version: str
    clock_offset_s: float  # central minus desk
    status: str  # ok | maintenance


def candidates(url: str) -> list[str]:
    """Where the API may be: the URL itself when it ends in /api/v1, else below it, then it."""
    base = url.strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise RegistrationProblem("sync_url_format")
    if base.endswith(API_SUFFIX):
        return [base]
    return [base + API_SUFFIX, base]


def check_central(
    url: str,
    token: str,
    connection: Connection | None = None,
    *,
    clock: Clock = system_clock,
    timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
    clock_limit_s: float = CLOCK_LIMIT_S,
) -> CentralCheck:
    """Every check, in the order a person would fix them; raises RegistrationProblem."""
    connection = connection or Connection()
    if plain_http_refused(url, connection.allow_plain_http):
        raise RegistrationProblem("reg_plain_http", url=url.strip())
    if not token.strip():
        raise RegistrationProblem("reg_token_empty")
    with connection.session() as session:
        api_url, health, before, after = _find_api(session, url, connection, timeout, clock)
        try:
            resp = session.get(
                api_url + "/updates",
                params={"after": "0", "limit": "1"},
                timeout=timeout,
                verify=session.verify,
                headers={"Authorization": f"Bearer {token.strip()}", "Accept": "application/json"},
            )
        except requests.RequestException as exc:
            raise _network_problem(exc, api_url, connection) from None
        if resp.status_code == 401:
            raise RegistrationProblem("reg_token_unknown")
        if resp.status_code == 403 and _problem_type(resp).endswith(INSTALLATION_CONFLICT):
            raise RegistrationProblem("reg_desk_in_use")
        if resp.status_code == 403:
            raise RegistrationProblem("reg_token_not_desk")
        if resp.status_code >= 400:
            raise RegistrationProblem("reg_central_error", status=resp.status_code)
    server_time = _parse_time(health.get("server_time"))
    if server_time is None:
        raise RegistrationProblem("reg_not_central", url=api_url)
    desk_mid = before + (after - before) / 2
    offset = (server_time - desk_mid).total_seconds()
    if abs(offset) > clock_limit_s:
        minutes = round(abs(offset) / 60)
        raise RegistrationProblem(
            "reg_clock_behind" if offset > 0 else "reg_clock_ahead",
            minutes=minutes,
            central_time=server_time.astimezone().strftime("%d-%m-%Y %H:%M"),
        )
    return CentralCheck(
        api_url,
        str(health.get("version", "")),
        str(health.get("api_version", "")),
        offset,
        str(health.get("status", "")),
    )


def _find_api(
    session: requests.Session, url: str, connection: Connection, timeout: tuple[float, float], clock: Clock
) -> tuple[str, dict[str, Any], datetime, datetime]:
    for api_url in candidates(url):
        before = clock()
        try:
            resp = session.get(
                api_url + "/health", timeout=timeout, headers={"Accept": "application/json"}, verify=session.verify
            )
        except requests.RequestException as exc:
            raise _network_problem(exc, api_url, connection) from None
        after = clock()
        try:
            body = resp.json() if resp.status_code == 200 else None
        except ValueError:
            body = None
        if isinstance(body, dict) and set(body) >= HEALTH_KEYS:
            return api_url, body, before, after
        # Plain http:// through a proxy: the proxy's own refusal comes back as an answer.
        if connection.proxy and resp.status_code == 407:
            raise RegistrationProblem("reg_proxy_auth", proxy=_shown(connection.proxy))
        if connection.proxy and resp.status_code in (403, 502, 503, 504) and body is None:
            raise RegistrationProblem("reg_proxy_refused", proxy=_shown(connection.proxy))
    raise RegistrationProblem("reg_not_central", url=url.strip())


def _shown(proxy: str) -> str:
    """A proxy's address as a message may show it: without its user:password."""
    return split_userinfo(proxy)[0]


def _network_problem(exc: requests.RequestException, url: str, connection: Connection) -> RegistrationProblem:
    text = str(exc)
    if isinstance(exc, requests.exceptions.ProxyError):
        if "407" in text:
            return RegistrationProblem("reg_proxy_auth", proxy=_shown(connection.proxy))
        return RegistrationProblem("reg_proxy_refused", proxy=_shown(connection.proxy))
    if isinstance(exc, requests.exceptions.SSLError):
        found = re.search(r"certificate verify failed: ([^(')\]]+)", text)
        reason = found.group(1).strip() if found else "TLS"
        if connection.ca_bundle:
            return RegistrationProblem("reg_certificate_bundle", reason=reason, bundle=connection.ca_bundle)
        return RegistrationProblem("reg_certificate", reason=reason)
    if isinstance(exc, requests.exceptions.Timeout):
        return RegistrationProblem("reg_timeout", url=url)
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return RegistrationProblem("sync_url_format")
    return RegistrationProblem("reg_unreachable", url=url)


def _problem_type(resp: requests.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return ""
    return str(body.get("type", "")) if isinstance(body, dict) else ""


def _parse_time(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
