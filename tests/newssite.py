"""A small news site for end-to-end tests: article pages with site chrome, RSS and Atom feeds,
a homepage and section pages, served by tests/httpsite.HttpSite on 127.0.0.1."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tests.httpsite import HttpSite, Route


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    is_on_topic: bool
    author: str = "Maria Lopez"
    day: int = 1

    @property
    def published_at(self) -> datetime:
        return datetime(2026, 11, 1, 9, 30, tzinfo=UTC) + timedelta(days=self.day)

    @property
    def path(self) -> str:
        return f"/2026/11/{self.day:02d}/{self.slug}"


STORIES = (
    Story(
        "asylum-cap-border",
        "Government caps asylum claims at northern border crossing",
        (
            "The interior ministry announced on Tuesday that it would cap the number of asylum "
            "claims processed each day at the northern border crossing, a decision that refugee "
            "agencies warned would leave hundreds of families waiting in tents through the winter.",
            "Officials said the limit of 150 claims a day was needed to clear a backlog of more "
            "than 40,000 pending cases, and that the measure would be reviewed in March once new "
            "caseworkers had been trained and posted to the regional reception centres.",
            "Opposition lawmakers said the cap breached the country's obligations under the 1951 "
            "Refugee Convention and promised to challenge it before the constitutional court, "
            "arguing that people fleeing persecution cannot be told to come back another day.",
            "Unaccompanied children and people needing urgent medical care will be exempt from the "
            "daily limit, the ministry said, and those already registered will be interviewed "
            "within six weeks under an accelerated procedure.",
        ),
        True,
        day=3,
    ),
    Story(
        "deportation-flights-court",
        "Court halts deportation flights pending review of detention conditions",
        (
            "A federal judge on Friday temporarily blocked the government from carrying out "
            "deportation flights to three countries, ruling that detainees had not been given a "
            "fair chance to contest their removal orders before being put on planes.",
            "The order follows a lawsuit filed by immigration lawyers on behalf of 212 migrants "
            "held at a detention centre near the airport, many of whom said they had been denied "
            "access to interpreters and to legal counsel during their hearings.",
            "The Department of Homeland Security said it would appeal, calling the ruling an "
            "obstacle to enforcing immigration law, while advocates described it as a reminder "
            "that removals must follow due process even when the political pressure is intense.",
            "The judge gave the government thirty days to show that each detainee had received "
            "notice of the proceedings in a language they understand.",
        ),
        True,
        author="James O'Neill",
        day=4,
    ),
    Story(
        "seasonal-worker-visas",
        "Parliament report finds abuse in seasonal worker visa scheme",
        (
            "A parliamentary committee has found that recruitment agencies charged seasonal farm "
            "workers illegal fees of up to 5,000 euros to secure a visa, and that workers who "
            "complained were threatened with losing their right to stay in the country.",
            "The committee recommended that holders of the seasonal work permit be allowed to "
            "change employer without losing their immigration status, and that the labour "
            "inspectorate receive new powers to audit farms that sponsor foreign workers.",
            "Farmers' unions said the scheme was essential to bring in the harvest and warned "
            "against changes that would make it harder to recruit abroad, while migrant rights "
            "groups welcomed the report as long overdue.",
        ),
        True,
        author="Anna Schmidt",
        day=5,
    ),
    Story(
        "citizenship-test-overhaul",
        "Citizenship test overhaul to put language skills first",
        (
            "Applicants for citizenship will need to pass a tougher language exam under reforms "
            "unveiled by the home office on Monday, which also cut the residence requirement for "
            "naturalisation from eight years to six for those who pass at the highest level.",
            "Ministers said the overhaul would reward integration, but immigration lawyers warned "
            "that older applicants and refugees with interrupted schooling would find it harder "
            "to become citizens, and that fees for the test would rise by a third.",
            "The changes need the approval of both chambers and would take effect next autumn.",
        ),
        True,
        day=6,
    ),
    Story(
        "derby-late-winner",
        "Late winner settles the border derby in front of a record crowd",
        (
            "A header in the 89th minute gave the home side a 2-1 victory in the border derby on "
            "Saturday, sending the record crowd of 31,000 into raptures and lifting the club to "
            "third place in the table.",
            "The visitors had equalised early in the second half through a deflected free kick, "
            "and their manager complained afterwards that the referee had missed a clear foul in "
            "the build-up to the decisive goal.",
            "The two clubs meet again in the cup quarter-final next month.",
        ),
        False,
        author="Tom Barker",
        day=7,
    ),
    Story(
        "oil-prices-storm",
        "Oil prices slip as Kazakhstan raises output after winter storm",
        (
            "Oil prices edged lower on Wednesday as Kazakhstan ramped up production at its largest "
            "oilfield, offsetting disruptions caused by a winter storm that shut wells and "
            "pipelines across the southern United States.",
            "Brent crude futures fell 42 cents to 78.10 dollars a barrel by midday, while traders "
            "weighed forecasts of milder weather against a larger than expected draw on stocks.",
            "Analysts said the market remained well supplied despite the outages.",
        ),
        False,
        author="Lee Chen",
        day=8,
    ),
)


def article_html(story: Story, site: str, related: tuple[Story, ...] = ()) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    links = "\n".join(f'<li><a href="{s.path}">{html.escape(s.title)}</a></li>' for s in related)
    date = story.published_at.isoformat()
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(story.title)} | {site}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(story.title)}">
<meta property="article:published_time" content="{date}">
<meta name="author" content="{html.escape(story.author)}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/section/world">World</a>
<a href="/section/politics">Politics</a> <a href="/tag/migration">Migration</a></nav></header>
<main><article>
<h1>{html.escape(story.title)}</h1>
<p class="byline">By {html.escape(story.author)}</p>
<time datetime="{date}">{story.published_at:%d %B %Y}</time>
{body}
</article>
<aside><h2>Most read</h2><ul>{links}</ul></aside></main>
<footer><p>Copyright 2026 {site}. All rights reserved.</p></footer>
</body></html>"""


def rss(site: HttpSite, stories: tuple[Story, ...], *, utm: bool = False) -> str:
    items = "\n".join(
        f"<item><title>{html.escape(s.title)}</title>"
        f"<link>{site.url(s.path)}{'?utm_source=rss&amp;utm_medium=feed' if utm else ''}</link>"
        f"<guid>{site.url(s.path)}</guid>"
        f"<pubDate>{s.published_at:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
        f"<description>{html.escape(s.paragraphs[0][:120])}</description></item>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test News</title><link>{site.url('/')}</link>{items}</channel></rss>"
    )


def atom(site: HttpSite, stories: tuple[Story, ...]) -> str:
    entries = "\n".join(
        f"<entry><title>{html.escape(s.title)}</title>"
        f'<link rel="alternate" href="{s.path}#comments"/>'
        f"<id>tag:test,2026:{s.slug}</id><updated>{s.published_at.isoformat()}</updated>"
        f"<summary>{html.escape(s.paragraphs[0][:120])}</summary></entry>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:base="{site.url("/")}"><title>Test News</title><id>tag:test,2026:feed</id>'
        f"<updated>2026-11-10T00:00:00Z</updated>{entries}</feed>"
    )


def serve_news_site(site: HttpSite, stories: tuple[Story, ...] = STORIES) -> None:
    """Article pages, /rss.xml, /atom.xml and a homepage linking to every article."""
    for story in stories:
        related = tuple(s for s in stories if s is not story)[:3]
        site.route(story.path, Route(article_html(story, "Test News", related)))
    site.route("/rss.xml", Route(rss(site, stories, utm=True), content_type="application/rss+xml",
                                 etag='"rss-v1"'))  # fmt: skip
    site.route("/atom.xml", Route(atom(site, stories), content_type="application/atom+xml",
                                  last_modified="Tue, 10 Nov 2026 00:00:00 GMT"))  # fmt: skip
    links = "".join(f'<li><a href="{s.path}">{html.escape(s.title)}</a></li>' for s in stories)
    site.route("/", Route(f"<html><body><h1>Test News</h1><ul>{links}</ul></body></html>"))
