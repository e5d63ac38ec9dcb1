"""Telling a PostgreSQL server URL from a file path, and showing one without its password.

Plain string work (no driver, no SQLAlchemy), so the command line can decide what `--db`
names before it loads anything.
"""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qs, quote, unquote, urlencode, urlsplit

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
# A connection whose server or network went silent without a word (a cable, a VPN, a
# laptop's sleep) is given up in about half a minute, not the system's two hours and
# more: libpq's own TCP keepalives, and a bound on sends left unacknowledged (ms).
SILENCE_LIMITS = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 15000,
}


def silence_limits(url: str) -> dict[str, int]:
    """SILENCE_LIMITS, less those the URL sets itself (its own win)."""
    given = parse_qs(urlsplit(url).query)
    return {name: value for name, value in SILENCE_LIMITS.items() if name not in given}


def is_server_url(target: object) -> bool:
    """`postgresql://…` (or libpq's other spelling, `postgres://…`)."""
    if not isinstance(target, str):
        return False
    scheme, sep, _rest = target.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def without_password(url: str) -> str:
    """The URL as it may be shown, remembered or logged: any password left out."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{user}@{host}" if user else host).geturl()


def server_of(url: str) -> str:
    """host:port as given ('localhost:5432' when the URL leaves them to libpq's defaults)."""
    parts = _split(url)
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port or DEFAULT_PORT}"


def database_of(url: str) -> str:
    return unquote(_split(url).path.lstrip("/"))


def _split(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises here, not later
    except ValueError:
        return urlsplit("postgresql://")
    return parts


SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def compose(
    host: str, port: int, database: str, user: str, sslmode: str = "", sslrootcert: str = ""
) -> str:
    """A URL of the parts (what the connect dialog's fields give); no password."""
    who = f"{quote(user, safe='')}@" if user else ""
    where = f"[{host}]" if ":" in host else host
    url = f"postgresql://{who}{where}{f':{port}' if port else ''}/{quote(database, safe='')}"
    options = {"sslmode": sslmode, "sslrootcert": sslrootcert}
    query = urlencode({key: value for key, value in options.items() if value})
    return f"{url}?{query}" if query else url


def with_password(url: str, password: str) -> str:
    """The URL to connect with, a password typed for this connection in it (never kept)."""
    if not password:
        return url
    parts = urlsplit(url)
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return parts._replace(netloc=netloc).geturl()
