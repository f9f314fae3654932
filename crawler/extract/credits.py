"""Who a credited name is: a person, a role byline ("Staff Reporter"), or an organisation.

Organisations are news agencies, outlets and the page's own site (its names and its host's brand);
they go to Article.credits, never to Article.authors.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from courlan import extract_domain

# Agencies and outlets that sign articles, in the spellings bylines use (compared squashed:
# lower case, letters and digits only).
_AGENCY_TEXT = (
    "ap|associated press|reuters|afp|agence france presse|agence france-presse|dpa|"
    "deutsche presse agentur|deutsche presse-agentur|epd|kna|apa|sda|keystone sda|ansa|efe|"
    "europa press|xinhua|kyodo|jiji|yonhap|pti|ians|ani|aap|belga|anp|ntb|tt|ritzau|pap|ctk|"
    "mti|tass|ria novosti|interfax|anadolu|anadolu agency|lusa|agencia brasil|bloomberg|upi|"
    "dw|deutsche welle|bbc|cnn|npr|sid|afx|dpa afx|dpa infocom|ots|aa|ntv|rtl|zdf|ard|orf|srf|"
    "新华社|中新社|中新网|央视新闻|人民网|新华网|共同社|联合早报|路透社|法新社|美联社"
)
_AGENCIES = frozenset(re.sub(r"\W", "", a) for a in _AGENCY_TEXT.split("|"))
# Words that make a name an organisation's ("Focus Online", "India Post", "Mdr Aktuell").
_ORG_WORDS_TEXT = (
    "news nachrichten zeitung press presse agency agentur agence agencia agenzia times post "
    "tribune herald journal gazette daily online media medien tv radio network channel "
    "magazine magazin verlag wire service rundfunk fernsehen kurier rundschau anzeiger "
    "blatt tagblatt allgemeine welle aktuell telegraph guardian observer chronicle monitor "
    "express mirror courier corriere gazzetta diario periódico periodico jornal noticias "
    "notícias nouvelles quotidien hebdo avis tidende dagblad avisen dziennik gazeta "
    "newsroom bureau inc ltd gmbh ag llc group agencies agenturen agences agencias agenzie "
    "verband bundesverband verein stiftung fraktion bundestagsfraktion foundation association "
    "institute institut ministry ministerium"
)
_ORG_WORDS = frozenset(_ORG_WORDS_TEXT.split())
# Newsroom roles: a byline made only of these is a role byline, kept as the page gives it.
_ROLE_WORDS_TEXT = (
    "staff desk reporter reporters writer writers correspondent correspondents editor "
    "editors editorial team web digital online city metro news sports special senior "
    "newsroom redaktion redaktionsteam rédaction redacción redação redazione redactie "
    "bureau guest contributor contributors wire the our red"
)
_ROLE_WORDS = frozenset(_ROLE_WORDS_TEXT.split())
# At least one of these must be present for a role byline ("Staff Reporter", "News Desk").
_ROLE_HEADS_TEXT = (
    "reporter reporters writer writers correspondent correspondents editor editors desk "
    "team newsroom redaktion redaktionsteam rédaction redacción redação redazione redactie "
    "staff contributor contributors"
)
_ROLE_HEADS = frozenset(_ROLE_HEADS_TEXT.split())
_DOMAIN_RE = re.compile(r"\b[\w-]+\.(?:com|net|org|de|at|ch|fr|es|it|nl|be|dk|no|se|pl|cn|"
                        r"jp|in|co|uk|us|ca|au|info|news|tv)\b", re.IGNORECASE)  # fmt: skip
# Chinese outlet names end in a medium: 社 (agency), 网 (site), 报 (paper), 台 (station), 新闻.
_CJK_ORG_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:社|网|报|台|新闻|日报|晚报|时报|电视台)$")


def squash(text: str) -> str:
    """Lower-case letters and digits only: 'N-Tv Nachrichten' -> 'ntvnachrichten'."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass(frozen=True, slots=True)
class Outlet:
    """The page's own outlet: the names it gives itself and its host's brand."""

    names: frozenset[str] = frozenset()  # squashed site names
    brand: str | None = None  # squashed registrable-domain label: 'n-tv.de' -> 'ntv'
    domain: str | None = None  # squashed registrable domain: 'mdr.de' -> 'mdrde'

    def owns(self, name: str) -> bool:
        """Is `name` this outlet: a site name, or a name that opens with the host's brand?"""
        key = squash(name)
        if not key:
            return False
        if key in self.names or key == self.domain:
            return True
        if any(_opens_with(name, site) or (len(key) >= 5 and site.startswith(key))
               for site in self.names):  # fmt: skip
            return True  # "Spiegel Online" of "SPIEGEL ONLINE, Hamburg"; "Focus Online" of "Focus"
        return self.brand is not None and _opens_with(name, self.brand)


def _opens_with(name: str, brand: str) -> bool:
    """'N-Tv Nachrichten' opens with the brand 'ntv'; 'Tazmin Roe' does not open with 'taz'."""
    joined = ""
    for token in re.split(r"[\s.-]+", name):
        joined += squash(token)
        if joined == brand:
            return True
        if len(joined) >= len(brand):
            return False
    return False


def outlet_of(url: str | None, site_names: Iterable[str | None]) -> Outlet:
    domain = extract_domain(url) if url else None
    names = frozenset(key for key in (squash(n) for n in site_names if n) if len(key) >= 2)
    if not domain or "." not in domain:
        return Outlet(names=names)
    brand = squash(domain.split(".")[0])
    return Outlet(names=names, brand=brand if len(brand) >= 2 else None, domain=squash(domain))


def is_role_byline(name: str) -> bool:
    """'Staff Reporter', 'Desk Reporter', 'News Desk', 'Redaktion': a newsroom, no person."""
    words = [w.strip(".,:").casefold() for w in name.split()]
    return bool(words) and all(w in _ROLE_WORDS for w in words) and bool(_ROLE_HEADS & set(words))


def is_agency(name: str) -> bool:
    """A news agency or a well-known outlet that signs wire copy ("AP", "dpa", "ORF.at")."""
    return squash(name) in _AGENCIES or bool(_DOMAIN_RE.search(name))


def is_organisation(name: str, outlet: Outlet | None = None) -> bool:
    """An agency, an outlet or a newsroom brand rather than a person."""
    if outlet is not None and outlet.owns(name):
        return True
    key = squash(name)
    if key in _AGENCIES or _DOMAIN_RE.search(name) or _CJK_ORG_RE.match(name.strip()):
        return True
    tokens = name.split()
    if len(tokens) == 1 and 2 <= len(name) <= 5 and name.isupper():
        return True  # "AP", "KNA", "SID": a one-word acronym signs for an agency
    words = {squash(token) for token in tokens}
    return bool(words & _ORG_WORDS) and not is_role_byline(name)
