"""Sub-headings trafilatura drops between kept paragraphs come back; headings of other blocks and
a site name in a lone <h1> stay out of the article."""

from __future__ import annotations

import lxml.html

from crawler.analyse import extract_text
from crawler.extract.article import extract_article
from crawler.extract.subheads import restore_subheads
from crawler.items import Page

PARAS = (
    "Foreign students will file visa applications through one online system together with "
    "their university's letter of admission, the interior ministry said on Monday.",
    "Officials expect decisions within fifteen days on average. Student unions recalled that "
    "the appointment system had crashed repeatedly in earlier years.",
    "The ministry said consulates would keep a desk for applicants without a scanner or a "
    "reliable connection, and that paper files already lodged would be decided as before.",
    "About 48,000 foreign students received a visa last year, most of them from outside the "
    "union, and universities had warned that slow decisions cost them applicants every autumn.",
    "All students admitted to bachelor's and master's programmes.",
    "The application fee stays the same this year.",
)
HEADLINE = "A single online system for student visas"


def brief_page() -> bytes:
    """A mobile template with no article container trafilatura knows: a story long enough for
    the precise pass alone, two question headings inside it, a headline list after it."""
    items = "".join(
        f'<li><a href="/n/{n}"><img src="/i/{n}.jpg" alt=""><span class="t">Book fair draws '
        f'record crowd {n}</span><span class="d">More than a hundred thousand visitors came in '
        f'three days, and authors signed books for hours {n}.</span><span class="time">28.12. '
        f"16:5{n}</span></a></li>"
        for n in range(7)
    )
    return (
        f"<html><head><title>{HEADLINE} | Daily Courier</title></head><body>"
        '<div class="m-top"><a href="/">Courier</a></div>'
        f'<div class="m-story"><h1>{HEADLINE}</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p>'
        f"<p>{PARAS[2]}</p><p>{PARAS[3]}</p><h2>Who is affected?</h2><p>{PARAS[4]}</p>"
        f"<h2>Does the fee change?</h2><p>{PARAS[5]}</p></div>"
        f'<div class="m-more"><h2>Other news</h2><ul class="m-list">{items}</ul></div>'
        '<div class="m-foot"><a href="?desktop=1">Desktop version</a></div></body></html>'
    ).encode()


def text_of(raw: bytes) -> list[str]:
    return extract_text(raw, url="https://example.org/a").splitlines()


def test_question_subheads_come_back_in_place() -> None:
    lines = text_of(brief_page())
    assert lines == [*PARAS[:4], "Who is affected?", PARAS[4], "Does the fee change?", PARAS[5]]


def test_a_heading_above_a_list_that_was_dropped_is_not_put_back() -> None:
    assert "Other news" not in text_of(brief_page())


def test_a_heading_between_lines_that_are_not_neighbours_in_the_text_stays_out() -> None:
    tree = lxml.html.fromstring(
        "<div><p>First paragraph of the story.</p><h2>Label</h2><p>Third one.</p></div>"
    )
    text = "First paragraph of the story.\nA line the extractor kept in between.\nThird one."
    assert restore_subheads(tree, text) == text
    joined = "First paragraph of the story.\nThird one."
    assert restore_subheads(tree, joined).splitlines()[1] == "Label"


def test_a_heading_inside_an_aside_is_not_the_article_s() -> None:
    tree = lxml.html.fromstring(
        "<div><aside><p>First paragraph.</p><h3>Fact box</h3><p>Second.</p></aside></div>"
    )
    assert restore_subheads(tree, "First paragraph.\nSecond.") == "First paragraph.\nSecond."


def test_a_site_name_in_a_lone_h1_is_not_the_title() -> None:
    raw = (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        '<div id="header"><h1 class="sitename">Regional News Portal</h1></div>'
        f'<div class="story"><h2 class="storytitle">{HEADLINE}</h2>'
        f'<div class="storybody"><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>'
        "</div></body></html>"
    ).encode()
    extraction = extract_article(Page(url="https://example.org/a", html=raw))
    assert extraction is not None
    assert extraction.article.title == HEADLINE


def test_a_site_name_h1_that_the_title_ends_with_is_not_the_title() -> None:
    """Movable Type: <title>Headline - Site</title>, the site's name in the banner <h1>, the
    headline in an <h3 class="entry-header">; the text does not start with the headline."""
    raw = (
        f"<html><head><title>{HEADLINE} - Regional News Portal</title></head><body>"
        '<div id="banner"><h1><a href="/">Regional News Portal</a></h1></div>'
        f'<h2 class="date-header">3 December 2026</h2><h3 class="entry-header">{HEADLINE}</h3>'
        f'<div class="entry-body"><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>'
        "</body></html>"
    ).encode()
    extraction = extract_article(Page(url="https://example.org/a", html=raw))
    assert extraction is not None
    assert extraction.article.title == HEADLINE
    assert not text_of(raw)[0].startswith(HEADLINE)


def test_a_lone_h1_that_the_title_names_stays_the_title() -> None:
    raw = (
        f"<html><head><title>{HEADLINE} - Courier</title></head><body>"
        f"<h1>{HEADLINE}</h1><h2>Other news</h2><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
        "</body></html>"
    ).encode()
    extraction = extract_article(Page(url="https://example.org/a", html=raw))
    assert extraction is not None
    assert extraction.article.title == HEADLINE


def test_a_dropped_list_of_the_story_goes_back_between_its_paragraphs() -> None:
    tree = lxml.html.fromstring(
        "<div><p><b>What changes</b><br>The rules set out two changes:</p><ul><li>groups may "
        "pool their savings;</li><li>families are matched within six weeks.</li></ul>"
        "<p>Volunteers welcomed the plan.</p></div>"
    )
    text = "What changes\nThe rules set out two changes:\nVolunteers welcomed the plan."
    assert restore_subheads(tree, text).splitlines() == [
        "What changes",
        "The rules set out two changes:",
        "- groups may pool their savings;",
        "- families are matched within six weeks.",
        "Volunteers welcomed the plan.",
    ]


def test_a_list_of_links_between_paragraphs_stays_out() -> None:
    tree = lxml.html.fromstring(
        "<div><p>First paragraph of the story.</p><ul><li><a href='/a'>Other story one</a></li>"
        "<li><a href='/b'>Other story two</a></li></ul><p>Second paragraph.</p></div>"
    )
    text = "First paragraph of the story.\nSecond paragraph."
    assert restore_subheads(tree, text) == text


def test_a_heading_in_its_own_table_row_comes_back() -> None:
    """An e-mail newsletter's layout: each paragraph and the sub-heading in a row of its own."""
    cells = [f"<p>{p}</p>" for p in PARAS[:4]]
    cells.insert(2, "<h2>Who is affected?</h2>")
    rows = "".join(f"<tr><td style='padding:0 24px'>{cell}</td></tr>" for cell in cells)
    tree = lxml.html.fromstring(f"<html><body><table>{rows}</table></body></html>")
    text = "\n".join(PARAS[:4])
    assert restore_subheads(tree, text).splitlines() == [
        *PARAS[:2],
        "Who is affected?",
        *PARAS[2:4],
    ]


def test_a_heading_after_a_dropped_read_also_line_comes_back() -> None:
    """The extractor drops a "Read also" line and the sub-heading after it; the heading goes
    back after the paragraph before the read-also line, not the read-also line."""
    tree = lxml.html.fromstring(
        f"<html><body><div><p>{PARAS[0]}</p><p class='also'>READ ALSO <a href='/x'>Ferry "
        f"strike ends</a></p><h2>Who is affected?</h2><p>{PARAS[1]}</p></div></body></html>"
    )
    lines = restore_subheads(tree, f"{PARAS[0]}\n{PARAS[1]}").splitlines()
    assert lines == [PARAS[0], "Who is affected?", PARAS[1]]


def test_a_heading_after_a_quote_and_a_list_past_an_ad_slot_come_back() -> None:
    """A heading right after a <blockquote>, and the story's list announced with "次の…。"
    (Japanese ends the announcing sentence with a full stop) with an ad slot after it."""
    quote, intro, after = PARAS[0], "再開に合わせて、次のサービスを始めた。", PARAS[1]
    items = ["アプリで貸し出し予約ができる", "自動返却機を正面入口に設置"]
    tree = lxml.html.fromstring(
        f"<html><body><div><blockquote><p>{quote}</p></blockquote><h2>Who is affected?</h2>"
        f"<p>{intro}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
        f"<div class='ad-slot'><span>広告</span></div><p>{after}</p></div></body></html>"
    )
    lines = restore_subheads(tree, "\n".join([quote, intro, after])).splitlines()
    assert lines == [quote, "Who is affected?", intro, *(f"- {i}" for i in items), after]


def test_a_list_and_a_heading_come_back_past_boxes_the_extractor_dropped() -> None:
    """A "Read also" aside after the story's list and an ad slot before its next heading."""
    intro, items = "The new rules:", ["a passport", "a photograph"]
    tree = lxml.html.fromstring(
        f"<html><body><div><p>{intro}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
        "<aside class='also'><span>Read also</span><ul><li><a href='/x'>Ferry strike ends</a>"
        f"</li></ul></aside><p>{PARAS[0]}</p><div class='ad-slot'><span>Ad</span></div>"
        f"<h3>Who is affected?</h3><p>{PARAS[1]}</p></div></body></html>"
    )
    lines = restore_subheads(tree, "\n".join([intro, PARAS[0], PARAS[1]])).splitlines()
    assert lines == [intro, *(f"- {i}" for i in items), PARAS[0], "Who is affected?", PARAS[1]]


def test_a_list_comes_back_after_a_promo_box_kept_between_its_paragraphs() -> None:
    tree = lxml.html.fromstring(
        "<div><p>Three things change from April:</p><div class='promo'>Get our daily e-mail"
        "<br>Download our app</div><ul><li>refunds come in four batches</li><li>a boarding card"
        " is proof of exit</li></ul><p>A spokesman said costs would fall.</p></div>"
    )
    text = (
        "Three things change from April:\nGet our daily e-mail\nDownload our app\n"
        "A spokesman said costs would fall."
    )
    lines = restore_subheads(tree, text).splitlines()
    assert lines[3:5] == ["- refunds come in four batches", "- a boarding card is proof of exit"]
    kept = (
        "Three things change from April:\nA line of another box\nA spokesman said costs would fall."
    )
    assert restore_subheads(tree, kept) == kept  # a line that is not the box's: no slot


def test_a_list_comes_back_over_a_pager_and_a_page_break() -> None:
    tree = lxml.html.fromstring(
        "<div><p>Three papers are needed:</p><ul><li>a passport</li><li>a rent contract</li>"
        "</ul><div class='pager'>1 2</div><hr><p>More than a million people came.</p></div>"
    )
    text = "Three papers are needed:\nMore than a million people came."
    assert restore_subheads(tree, text).splitlines()[1:3] == ["- a passport", "- a rent contract"]


def test_a_wrapped_heading_comes_back_past_an_ad_block_s_wrapper() -> None:
    tree = lxml.html.fromstring(
        "<main><div class='b'><p>Many migrants went to court over the delays.</p></div>"
        "<div class='ad'><span>Continue reading below the ad</span></div>"
        "<div class='b'><h2>Courts overloaded</h2></div>"
        "<div class='b'><p>Judges have sided with the applicants.</p></div></main>"
    )
    text = "Many migrants went to court over the delays.\nJudges have sided with the applicants."
    assert restore_subheads(tree, text).splitlines()[1] == "Courts overloaded"
