"""URL canonicalisation: the URL as we keep it, the dedup key of its variants, the canonical choice.

w3lib does the RFC work (percent-encoding, IDNA, dot segments, query sorting); courlan/tld find
the registrable domain. What is ours: which parameters are tracking and which variants are one page.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

from courlan import extract_domain
from w3lib.url import canonicalize_url, url_query_cleaner

# Parameters that only say how a reader arrived; removing them never changes the page served.
# Deliberately explicit: a parameter wrongly removed merges two pages into one story (data loss),
# one wrongly kept only costs a refetch that content dedup catches.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "igshid", "igsh", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl",
        "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking", "ref", "ref_src",
        "ref_url", "cmpid", "ito", "ncid", "ocid", "smid", "smtyp", "s_cid", "sc_cid", "sr_share",
        "xtor", "wt.mc_id", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "rb_clickid",
        "guccounter", "guce_referrer", "guce_referrer_sig", "soc_src", "soc_trk", "at_medium",
        "at_campaign",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "hsa_", "itm_", "ns_", "fb_")

WEB_SCHEMES = frozenset({"http", "https"})
ABSOLUTE_WEB_URL = re.compile(r"https?://[^/?#\s]", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}
# Host labels that serve the same pages as the bare host (desktop, mobile and AMP editions).
FOLDED_HOST_LABEL = re.compile(r"^(?:www\d*|m|mobile|amp)\.(?=[^.]+\.)")
INDEX_PAGES = frozenset(
    {"index.html", "index.htm", "index.shtml", "index.php", "index.asp", "index.aspx",
     "default.htm", "default.html", "default.asp", "default.aspx"}
)  # fmt: skip
AMP_QUERY_KEYS = frozenset({"amp", "_amp", "amp_js_v"})
AMP_VALUED_KEYS = frozenset({"outputtype", "output", "format"})  # e.g. ?outputType=amp
AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$|$)")  # story.amp, story.amp.html
# Postgres cannot index a text key much beyond 2.7 kB; longer keys end in a hash of the rest.
MAX_KEY_CHARS = 2000


class InvalidUrlError(ValueError):
    """A string that is not an absolute http(s) URL we can keep."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{reason}: {url!r}")
        self.url = url
        self.reason = reason


# A page's URLs are normalised several times on their way (feed entry, known-URL check, save):
# both functions are pure, so a bounded memo spares the repeats.
URL_MEMO = 20_000
# URLs normalize_url returned: normalising one again gives itself, so url_key skips that work
# (a feed entry's URL is normalised when parsed, then keyed for the known-URL check)
_NORMALISED: set[str] = set()


@lru_cache(maxsize=URL_MEMO)
def normalize_url(url: str, *, base: str | None = None) -> str:
    """The URL as we keep it: absolute, tracking parameters and fragment removed, query sorted.

    `base` resolves a relative link (the page it was found on). Raises InvalidUrlError for
    anything that is not an http(s) URL with a host.
    """
    raw = url.strip()
    # an absolute link needs no base (feed entries nearly always are): urljoin is the slow part
    absolute = urljoin(base.strip(), raw) if base and not ABSOLUTE_WEB_URL.match(raw) else raw
    parts = urlsplit(absolute)
    if parts.scheme.lower() not in WEB_SCHEMES:
        raise InvalidUrlError(url, "not an absolute http(s) URL")
    if not parts.hostname:
        raise InvalidUrlError(url, "no host")
    tracking = [
        key for key, _ in parse_qsl(parts.query, keep_blank_values=True) if is_tracking(key)
    ]
    if tracking:
        absolute = url_query_cleaner(absolute, tracking, remove=True, unique=False)
    try:
        canonical = canonicalize_url(absolute, keep_blank_values=True, keep_fragments=False)
    except ValueError as exc:  # bad IDNA host, bad port, ...
        raise InvalidUrlError(url, str(exc)) from exc
    result = _drop_default_port(canonical) if ":" in parts.netloc else canonical
    if len(_NORMALISED) >= URL_MEMO:
        _NORMALISED.clear()
    _NORMALISED.add(result)
    return result


def is_tracking(param: str) -> bool:
    """Whether a query parameter only tracks the visit (utm_source, fbclid, ...)."""
    key = param.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


@lru_cache(maxsize=URL_MEMO)
def url_key(url: str) -> str:
    """The dedup key: one string for all variants of a page (scheme, www/m/amp host, AMP path,
    trailing slash, index page). Not a URL: it has no scheme, e.g. ``example.com/news/story``.
    """
    parts = urlsplit(url if url in _NORMALISED else normalize_url(url))
    host = parts.netloc.rsplit("@", 1)[-1]
    while FOLDED_HOST_LABEL.match(host):
        host = FOLDED_HOST_LABEL.sub("", host, count=1)
    key = host + _fold_path(parts.path)
    query = _fold_amp_query(parts.query)
    if query:
        key += "?" + query
    return _bounded(key)


def choose_canonical(page_url: str, declared: str | None) -> str:
    """The URL to keep for a page: its declared rel=canonical/og:url when that is a real page on
    the same site, else the page URL (both normalised). Cross-site canonicals (syndication) and
    canonicals to the site's home page (a common CMS bug) are ignored.
    """
    page = normalize_url(page_url)
    if not declared or not declared.strip():
        return page
    try:
        candidate = normalize_url(declared, base=page)
    except InvalidUrlError:
        return page
    if not is_same_site(page, candidate):
        return page
    if _is_home(candidate) and not _is_home(page):
        return page
    return candidate


def is_same_site(a: str, b: str) -> bool:
    """Whether two URLs are on the same site (news.bbc.co.uk ~ www.bbc.co.uk): see site_of."""
    site = site_of(a)
    return site != "" and site == site_of(b)


def site_of(url: str) -> str:
    """The site of a URL: its registrable domain (news.bbc.co.uk -> bbc.co.uk), or the host itself
    where there is no public suffix (IP addresses, localhost); "" without a usable host."""
    try:
        normalized = normalize_url(url)
    except InvalidUrlError:
        return ""
    return extract_domain(normalized) or _hostname(normalized)


def _hostname(url: str) -> str:
    return (urlsplit(url.strip()).hostname or "").lower()


def _drop_default_port(url: str) -> str:
    parts = urlsplit(url)
    if parts.port is None or parts.port != DEFAULT_PORTS[parts.scheme]:
        return url
    netloc = parts.netloc.rsplit(":", 1)[0]
    return urlunsplit(parts._replace(netloc=netloc))


def _fold_path(path: str) -> str:
    segments = [s for s in path.split("/") if s]
    if segments and segments[0] == "amp":
        segments = segments[1:]
    if segments and segments[-1] == "amp":
        segments = segments[:-1]
    if segments and segments[-1].lower() in INDEX_PAGES:
        segments = segments[:-1]
    if segments:
        segments[-1] = AMP_SUFFIX.sub("", segments[-1])
    return "/" + "/".join(segments) if segments else ""


def _fold_amp_query(query: str) -> str:
    if not query:
        return ""
    pairs = query.split("&")
    kept = [pair for pair in pairs if not _is_amp_param(pair)]
    return "&".join(kept)


def _is_amp_param(pair: str) -> bool:
    key, _, value = pair.partition("=")
    key = key.lower()
    return key in AMP_QUERY_KEYS or (key in AMP_VALUED_KEYS and value.lower() == "amp")


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _bounded(key: str) -> str:
    if len(key) <= MAX_KEY_CHARS:
        return key
    digest = hashlib.sha256(key.encode()).hexdigest()
    return f"{key[: MAX_KEY_CHARS - 65]}#{digest}"
