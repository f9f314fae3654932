"""URL canonicalisation: normalize_url, url_key, choose_canonical, is_same_site."""

from __future__ import annotations

import pytest

from crawler.urls import (
    MAX_KEY_CHARS,
    InvalidUrlError,
    choose_canonical,
    is_same_site,
    is_tracking,
    normalize_url,
    url_key,
)

NORMALIZE_CASES = [
    ("lower-case scheme and host", "HTTPS://WWW.Example.COM/News", "https://www.example.com/News"),
    ("path case kept", "https://example.com/World/US-Story", "https://example.com/World/US-Story"),
    ("default http port", "http://example.com:80/a", "http://example.com/a"),
    ("default https port", "https://example.com:443/a", "https://example.com/a"),
    ("other port kept", "http://127.0.0.1:8000/a", "http://127.0.0.1:8000/a"),
    ("https port on http kept", "http://example.com:443/a", "http://example.com:443/a"),
    ("empty path gets slash", "https://example.com", "https://example.com/"),
    ("fragment removed", "https://example.com/a#comments", "https://example.com/a"),
    ("hashbang removed", "https://example.com/#!/story/1", "https://example.com/"),
    ("query sorted", "https://example.com/a?b=2&a=1&c=3", "https://example.com/a?a=1&b=2&c=3"),
    ("repeated keys kept", "https://example.com/a?t=2&t=1", "https://example.com/a?t=1&t=2"),
    ("blank value kept", "https://example.com/a?print", "https://example.com/a?print="),
    ("utm removed", "https://example.com/a?utm_source=rss&utm_medium=feed&id=7",
     "https://example.com/a?id=7"),
    ("utm upper-case removed", "https://example.com/a?UTM_Campaign=x", "https://example.com/a"),
    ("click ids removed", "https://example.com/a?fbclid=1&gclid=2&dclid=3&msclkid=4",
     "https://example.com/a"),
    ("mailchimp removed", "https://example.com/a?mc_cid=1&mc_eid=2", "https://example.com/a"),
    ("instagram removed", "https://example.com/a?igshid=abc", "https://example.com/a"),
    ("ref removed", "https://example.com/a?ref=homepage&ref_src=twsrc", "https://example.com/a"),
    ("cmpid ito removed", "https://example.com/a?CMPID=x&ito=792", "https://example.com/a"),
    ("bbc ns_ removed", "https://example.com/a?ns_mchannel=social&ns_source=twitter",
     "https://example.com/a"),
    ("ref-like param kept", "https://example.com/a?refresh=1&reference=2",
     "https://example.com/a?reference=2&refresh=1"),
    ("content params kept", "https://example.com/story.php?id=42&page=2",
     "https://example.com/story.php?id=42&page=2"),
    ("dot segments resolved", "https://example.com/a/./b/../c", "https://example.com/a/c"),
    ("spaces encoded", "https://example.com/a b", "https://example.com/a%20b"),
    ("percent case normalised", "https://example.com/a%2fb", "https://example.com/a%2Fb"),
    ("unreserved decoded", "https://example.com/a?x=%7e", "https://example.com/a?x=~"),
    ("unicode path encoded", "https://example.com/straße", "https://example.com/stra%C3%9Fe"),
    ("idn host to punycode", "https://bücher.de/x", "https://xn--bcher-kva.de/x"),
    ("surrounding whitespace", "  https://example.com/a\n", "https://example.com/a"),
    ("ipv6 default port", "https://[::1]:443/x", "https://[::1]/x"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "expected"),
    [(u, e) for _, u, e in NORMALIZE_CASES],
    ids=[i for i, _, _ in NORMALIZE_CASES],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


@pytest.mark.parametrize(
    "url", [e for _, _, e in NORMALIZE_CASES], ids=[i for i, _, _ in NORMALIZE_CASES]
)
def test_normalize_url_is_idempotent(url: str) -> None:
    assert normalize_url(normalize_url(url)) == normalize_url(url)


RELATIVE_CASES = [
    ("root relative", "/news/b?utm_source=x", "https://example.com/a/b",
     "https://example.com/news/b"),
    ("path relative", "c.html", "https://example.com/a/b", "https://example.com/a/c.html"),
    ("scheme relative", "//cdn.example.org/x", "https://example.com/", "https://cdn.example.org/x"),
    ("absolute ignores base", "http://other.org/x", "https://example.com/", "http://other.org/x"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [c[1:] for c in RELATIVE_CASES],
    ids=[c[0] for c in RELATIVE_CASES],
)
def test_normalize_url_resolves_against_base(url: str, base: str, expected: str) -> None:
    assert normalize_url(url, base=base) == expected


INVALID_CASES = [
    ("relative without base", "/news/story"),
    ("mailto", "mailto:desk@example.com"),
    ("javascript", "javascript:void(0)"),
    ("ftp", "ftp://example.com/file"),
    ("no host", "https://"),
    ("empty", ""),
    ("bad port", "https://example.com:99999/x"),
]


@pytest.mark.parametrize("url", [u for _, u in INVALID_CASES], ids=[i for i, _ in INVALID_CASES])
def test_normalize_url_rejects_non_web_urls(url: str) -> None:
    with pytest.raises(InvalidUrlError) as caught:
        normalize_url(url)
    assert caught.value.url == url
    assert caught.value.reason


@pytest.mark.parametrize(
    ("param", "expected"),
    [("utm_term", True), ("Fbclid", True), ("pk_campaign", True), ("id", False), ("p", False),
     ("refresh", False), ("page", False), ("amp", False)],
)  # fmt: skip
def test_is_tracking(param: str, expected: bool) -> None:
    assert is_tracking(param) is expected


SAME_KEY_CASES = [
    ("scheme", "http://example.com/news/story", "https://example.com/news/story"),
    ("www", "https://www.example.com/news/story", "https://example.com/news/story"),
    ("www2", "https://www2.example.com/news/story", "https://example.com/news/story"),
    ("mobile m", "https://m.example.com/news/story", "https://www.example.com/news/story"),
    ("mobile word", "https://mobile.example.com/news/story", "https://example.com/news/story"),
    ("amp host", "https://amp.example.co.uk/news/story", "https://www.example.co.uk/news/story"),
    ("amp suffix segment", "https://example.com/news/story/amp", "https://example.com/news/story"),
    ("amp suffix slash", "https://example.com/news/story/amp/", "https://example.com/news/story"),
    ("amp prefix", "https://example.com/amp/news/story", "https://example.com/news/story"),
    ("dot amp", "https://example.com/news/story.amp", "https://example.com/news/story"),
    ("dot amp html", "https://example.com/news/story.amp.html",
     "https://example.com/news/story.html"),
    ("amp=1", "https://example.com/news/story?amp=1", "https://example.com/news/story"),
    ("bare amp param", "https://example.com/news/story?amp", "https://example.com/news/story"),
    ("outputType=amp", "https://example.com/news/story?outputType=amp",
     "https://example.com/news/story"),
    ("amp param with others", "https://example.com/s?id=3&amp=1", "https://example.com/s?id=3"),
    ("trailing slash", "https://example.com/news/story/", "https://example.com/news/story"),
    ("index.html", "https://example.com/news/index.html", "https://example.com/news/"),
    ("index.php", "https://example.com/index.php", "https://example.com"),
    ("tracking and fragment", "https://example.com/a?utm_source=x#top", "https://example.com/a"),
    ("query order", "https://example.com/a?y=2&x=1", "https://example.com/a?x=1&y=2"),
    ("default port", "https://example.com:443/a", "http://example.com:80/a"),
    ("all at once", "http://M.Example.com:80/amp/news/story/?utm_medium=x&amp=1#c",
     "https://www.example.com/news/story"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"), [c[1:] for c in SAME_KEY_CASES], ids=[c[0] for c in SAME_KEY_CASES]
)
def test_url_key_folds_variants(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)


DIFFERENT_KEY_CASES = [
    ("path case", "https://example.com/News/Story", "https://example.com/news/story"),
    ("other subdomain", "https://news.example.com/story", "https://example.com/story"),
    ("content param", "https://example.com/story.php?id=1", "https://example.com/story.php?id=2"),
    ("other port", "http://127.0.0.1:8000/a", "http://127.0.0.1:8001/a"),
    ("other value of output", "https://example.com/s?outputType=print", "https://example.com/s"),
    ("amp inside a word", "https://example.com/news/camp", "https://example.com/news/c"),
    ("amp in middle segment", "https://example.com/news/amp/story",
     "https://example.com/news/story"),
    ("www as host label only", "https://www.com/a", "https://com/a"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"), [c[1:] for c in DIFFERENT_KEY_CASES], ids=[c[0] for c in DIFFERENT_KEY_CASES]
)
def test_url_key_keeps_distinct_pages_apart(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


def test_url_key_has_no_scheme_and_reads_like_a_url() -> None:
    assert (
        url_key("https://www.example.com/news/story/?b=2&a=1") == "example.com/news/story?a=1&b=2"
    )


def test_url_key_is_bounded_for_very_long_urls() -> None:
    long_a = "https://example.com/search?q=" + "a" * 5000
    long_b = "https://example.com/search?q=" + "a" * 4999 + "b"
    assert len(url_key(long_a)) <= MAX_KEY_CHARS
    assert url_key(long_a) != url_key(long_b)
    assert url_key(long_a) == url_key(long_a.replace("https://", "http://www."))


CANONICAL_CASES = [
    ("no declaration", "https://example.com/a?utm_source=x", None, "https://example.com/a"),
    ("blank declaration", "https://example.com/a", "  ", "https://example.com/a"),
    ("same host", "https://example.com/a?page=1", "https://example.com/a", "https://example.com/a"),
    ("amp page to desktop", "https://amp.example.com/a", "https://www.example.com/a",
     "https://www.example.com/a"),
    ("other subdomain same site", "https://news.example.co.uk/1",
     "https://www.example.co.uk/story-1",
     "https://www.example.co.uk/story-1"),
    ("relative declaration", "https://example.com/x/1", "/story/one",
     "https://example.com/story/one"),
    ("tracking in declaration", "https://example.com/a", "https://example.com/a?utm_campaign=z",
     "https://example.com/a"),
    ("syndicated copy keeps own url", "https://partner.org/wire/1", "https://publisher.com/story",
     "https://partner.org/wire/1"),
    ("different blogspot blogs", "https://a.blogspot.com/p", "https://b.blogspot.com/p",
     "https://a.blogspot.com/p"),
    ("home page canonical ignored", "https://example.com/news/story", "https://example.com/",
     "https://example.com/news/story"),
    ("invalid declaration", "https://example.com/a", "javascript:void(0)", "https://example.com/a"),
    ("localhost same port", "http://127.0.0.1:5000/a?x=1", "http://127.0.0.1:5000/a",
     "http://127.0.0.1:5000/a"),
    ("ip other host", "http://127.0.0.1:5000/a", "http://10.0.0.1:5000/b",
     "http://127.0.0.1:5000/a"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("page", "declared", "expected"),
    [c[1:] for c in CANONICAL_CASES],
    ids=[c[0] for c in CANONICAL_CASES],
)
def test_choose_canonical(page: str, declared: str | None, expected: str) -> None:
    assert choose_canonical(page, declared) == expected


SITE_CASES = [
    ("subdomains of a site", "https://news.bbc.co.uk/a", "https://www.bbc.co.uk/b", True),
    ("scheme ignored", "http://example.com/a", "https://example.com/b", True),
    ("different sites", "https://example.com/a", "https://example.org/a", False),
    ("suffix is not a site", "https://a.co.uk/", "https://b.co.uk/", False),
    ("private suffix", "https://a.github.io/", "https://b.github.io/", False),
    ("same ip", "http://127.0.0.1:1/a", "http://127.0.0.1:2/b", True),
    ("localhost vs ip", "http://localhost/a", "http://127.0.0.1/a", False),
    ("idn and punycode", "https://bücher.de/a", "https://www.xn--bcher-kva.de/b", True),
    ("invalid url", "not a url", "https://example.com/", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "expected"), [c[1:] for c in SITE_CASES], ids=[c[0] for c in SITE_CASES]
)
def test_is_same_site(a: str, b: str, expected: bool) -> None:
    assert is_same_site(a, b) is expected
    assert is_same_site(b, a) is expected
