"""Fetching a web address with httpx, keeping what the server said as custody needs it.

Only http and https are fetched (a ``file://`` address, or a redirect to one, would read the
machine's own files). Redirects are followed and both ends are kept: the address asked for and
the address answered. ``Date``, ``Last-Modified`` and ``Content-Type`` are kept verbatim. The
body is read as it streams in and refused past the limit, so a huge or endless answer never
fills memory; it is the body as the server sent it with its transfer compression
(``Content-Encoding``) undone, which is what a browser saves and ``curl --compressed`` writes,
so anyone can check its hash. Every failure is a CaptureError of one line.
"""

from __future__ import annotations

import datetime as dt
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from timeline_app import __version__
from timeline_app.core.article_files import MAX_ARTICLE_BYTES
from timeline_app.core.capture_error import CaptureError

# Seconds: to connect, and between two pieces of the answer (not for the whole of it).
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
MAX_REDIRECTS = 10
USER_AGENT = f"crisis-timeline/{__version__} (news capture; +https://crisistimeline.github.io)"


@dataclass(frozen=True)
class Fetched:
    """An answer as received."""

    requested_url: str  # the address asked for
    url: str  # the address that answered, after redirects
    raw: bytes
    captured_at: str  # UTC, 2024-11-14T09:30:00Z, when the answer began
    server_date: str = ""  # the headers, verbatim
    last_modified: str = ""
    content_type: str = ""

    @property
    def media_type(self) -> str:
        """``text/html`` of ``text/html; charset=utf-8``."""
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str:
        """The charset the Content-Type names, or ""."""
        for parameter in self.content_type.split(";")[1:]:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip("\"'")
        return ""


def utc_now() -> str:
    """The moment as custody records write it: 2024-11-14T09:30:00Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_web_address(url: str) -> str:
    """``url`` stripped, or CaptureError when it is not an http or https address."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise CaptureError(f"{url}: this is not a valid web address") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        what = f"a {scheme}: address" if scheme else "no web address"
        raise CaptureError(f"{url}: only http and https addresses are fetched, and this is {what}")
    if not parts.hostname:
        raise CaptureError(f"{url}: the web address names no server")
    return url


def new_client() -> httpx.Client:
    """A client as captures use it: redirects followed, timeouts, the app's name."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
        headers={"User-Agent": USER_AGENT},
    )


def fetch(url: str, client: httpx.Client | None = None, limit: int = MAX_ARTICLE_BYTES) -> Fetched:
    """The answer to a GET of ``url``; CaptureError for an address that is not http(s), an
    error status, a body over ``limit`` bytes, a timeout or a network failure."""
    url = check_web_address(url)
    if client is None:
        with new_client() as own:
            return fetch(url, own, limit)
    try:
        with client.stream("GET", url) as response:
            captured_at = utc_now()
            final = str(response.url)
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise CaptureError(f"{url}: the server answered {response.status_code} {reason}")
            if response.status_code >= 300:  # a redirect without a Location, or too many
                raise CaptureError(
                    f"{url}: the server answered {response.status_code} with no page"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise CaptureError(f"{url}: {_too_large(limit)} (it says {int(declared):,} bytes)")
            pieces: list[bytes] = []
            size = 0
            for piece in response.iter_bytes():
                size += len(piece)
                if size > limit:
                    raise CaptureError(f"{url}: {_too_large(limit)}")
                pieces.append(piece)
            headers = response.headers
            return Fetched(
                requested_url=url,
                url=final,
                raw=b"".join(pieces),
                captured_at=captured_at,
                server_date=headers.get("date", ""),
                last_modified=headers.get("last-modified", ""),
                content_type=headers.get("content-type", ""),
            )
    except httpx.TooManyRedirects:
        raise CaptureError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.UnsupportedProtocol:
        raise CaptureError(f"{url}: redirected to an address that is not http or https") from None
    except httpx.TimeoutException as error:
        raise CaptureError(f"{url}: {_timeout(error)}") from None
    except httpx.InvalidURL as error:
        raise CaptureError(f"{url}: this is not a valid web address ({error})") from None
    except httpx.DecodingError:
        raise CaptureError(f"{url}: the server's compressed answer cannot be decoded") from None
    except (httpx.TransportError, ssl.SSLError, OSError) as error:
        raise CaptureError(f"{url}: {_network_failure(error, url)}") from None


def _too_large(limit: int) -> str:
    return f"the answer is larger than the {limit >> 20} MiB limit for an article"


def _timeout(error: httpx.TimeoutException) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return f"the server did not answer within {CONNECT_TIMEOUT:.0f} s"
    if isinstance(error, httpx.PoolTimeout):
        return "timed out waiting for a connection"
    return f"the server stopped sending for {READ_TIMEOUT:.0f} s"


def _network_failure(error: Exception, url: str) -> str:
    """One line on why the connection failed: TLS, a name that does not resolve, a refusal."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    text = " ".join(str(e) for e in chain)
    lowered = text.lower()
    if (
        any(isinstance(e, ssl.SSLError) for e in chain)
        or "certificate" in lowered
        or "ssl" in lowered
    ):
        detail = next((str(e) for e in chain if isinstance(e, ssl.SSLError)), text)
        return f"the secure (TLS) connection failed: {_one_line(detail)}"
    if any(
        marker in lowered
        for marker in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo failed",
            "temporary failure in name resolution",
            "no address associated",
            "errno -2",
            "errno -3",
            "errno -5",
        )
    ):
        return f"the server name {urlsplit(url).hostname} cannot be found (DNS)"
    if "connection refused" in lowered or "errno 111" in lowered:
        return "the server refused the connection"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server's answer is broken ({_one_line(text)})"
    return f"cannot be fetched ({_one_line(text) or type(error).__name__})"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
