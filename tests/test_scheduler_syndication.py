"""Syndication end to end: originals on one host, edited copies and unrelated stories on another;
the database ends with one record per story and every copy folded into it."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

from tests.cli import FAST_HTTP, export, newsagg
from tests.httpsite import HttpSite
from tests.newssite import STORIES, Story, serve_news_site

ORIGINALS = tuple(s for s in STORIES if s.is_on_topic)


def wire_copy(story: Story, number: int) -> Story:
    """What a syndicating outlet does: new headline, wire dateline, a dropped or added paragraph,
    a few edited words."""
    first = f"BRUSSELS (Reuters) - {story.paragraphs[0]}".replace(" said ", " stated ", 1)
    rest = list(story.paragraphs[1:])
    if number % 2:
        rest = rest[:-1]  # the copy drops the last paragraph
    else:
        rest.append("Reporting by the Brussels newsroom; editing by the world desk.")
    return replace(story, slug=f"wire-{number}-{story.slug[:12]}", title=f"UPDATE 1-{story.title.upper()}",
                   paragraphs=(first, *rest), author="Reuters staff")  # fmt: skip


SAME_EVENT_OTHER_STORY = Story(
    "families-wait-at-border",
    "Families queue in the cold as asylum limit takes effect",
    (
        "At the northern crossing on Wednesday morning, several hundred people stood in a line "
        "that stretched past the last customs building, many of them parents holding small "
        "children wrapped in blankets handed out by volunteers.",
        "A woman from Herat who gave her name only as Soraya said she had been told to come back "
        "in nine days because the day's quota had been reached before dawn.",
        "Volunteers from a church group said they had run out of tents by noon and were asking "
        "the town council to open a sports hall for the night.",
    ),
    True,
    author="Peter Novak",
    day=9,
)
COPIES = tuple(wire_copy(story, n) for n, story in enumerate(ORIGINALS))


def pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for group in groups for p in itertools.combinations(sorted(group), 2)}


def test_copies_fold_into_the_first_seen_story(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite("127.0.0.1") as origin, HttpSite("127.0.0.2") as mirror:
        serve_news_site(origin)
        serve_news_site(mirror, (*COPIES, SAME_EVENT_OTHER_STORY))
        for site in (origin, mirror):
            result = newsagg("--db", db, "poll", site.url("/rss.xml"), cwd=tmp_path, env=FAST_HTTP)
            assert result.returncode == 0, result.stderr
        expected = [
            {origin.url(s.path), mirror.url(c.path)} for s, c in zip(ORIGINALS, COPIES, strict=True)
        ] + [{mirror.url(SAME_EVENT_OTHER_STORY.path)}]
    stories = export(db, tmp_path)
    found = [set(story["urls"]) for story in stories]
    true_pairs, found_pairs = pairs(expected), pairs(found)
    precision = len(true_pairs & found_pairs) / max(1, len(found_pairs))
    recall = len(true_pairs & found_pairs) / len(true_pairs)
    assert (precision, recall) == (1.0, 1.0), (found, expected)
    assert sorted(map(sorted, found)) == sorted(map(sorted, expected))
    by_url = {story["url"]: story for story in stories}
    for original in ORIGINALS:  # the story keeps the first-seen text and title
        story = by_url[origin.url(original.path)]
        assert story["title"] == original.title
        assert not story["text"].startswith("BRUSSELS")
        assert story["sites"] == ["127.0.0.1", "127.0.0.2"]


def client_excerpt(story: Story, number: int) -> Story:
    """What a wire client runs: the first third of the paragraphs (rounded up) under a rewritten
    lede, and a sign-off."""
    first, *rest = story.paragraphs[: -(-len(story.paragraphs) // 3)]
    lede = f"In a report published on Tuesday, {first[0].lower()}{first[1:]}"
    return replace(story, slug=f"brief-{number}-{story.slug[:12]}", title=f"Brief: {story.title}",
                   paragraphs=(lede, *rest, "Read the full story on the wire."),
                   author="Desk")  # fmt: skip


EXCERPTS = tuple(client_excerpt(story, n) for n, story in enumerate(ORIGINALS))


def test_full_stories_arriving_after_their_excerpts_take_over_the_stories(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with HttpSite("127.0.0.1") as origin, HttpSite("127.0.0.2") as client:
        serve_news_site(origin)
        serve_news_site(client, EXCERPTS)
        polled = []
        for site in (client, origin):  # the excerpts first
            result = newsagg("--db", db, "poll", site.url("/rss.xml"), cwd=tmp_path, env=FAST_HTTP)
            assert result.returncode == 0, result.stderr
            polled.append({story["url"]: story["id"] for story in export(db, tmp_path)})
        expected = {
            origin.url(s.path): client.url(e.path) for s, e in zip(ORIGINALS, EXCERPTS, strict=True)
        }
    stories = export(db, tmp_path)
    assert len(stories) == len(ORIGINALS)
    by_url = {story["url"]: story for story in stories}
    assert set(by_url) == set(expected)  # each story now carries its full story's URL
    for original in ORIGINALS:
        story = by_url[origin.url(original.path)]
        excerpt_url = expected[origin.url(original.path)]
        assert story["id"] == polled[0][excerpt_url]  # the id given to the excerpt stays
        assert story["title"] == original.title
        assert original.paragraphs[-1] in story["text"]  # the full text, not the excerpt's
        assert "In a report published on Tuesday" not in story["text"]
        assert set(story["urls"]) == {origin.url(original.path), excerpt_url}
