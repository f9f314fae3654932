"""Short briefs through the whole extraction: the brief's own lists and fact boxes survive what
trafilatura drops on short pages, and the blind brief corpus stays within its floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from crawler.clutter import clean_article
from crawler.extract.article import extract_article
from crawler.items import Page

NOW = datetime(2026, 12, 1, tzinfo=UTC)
PARAS = (
    "<p>The southern reservoirs are below 40 per cent of capacity, according to the weekly "
    "bulletin the environment agency published on Friday.</p>"
    "<p>The government says it may restrict water use in farming if no rain falls by the end "
    "of October.</p>"
)
OWN_LIST = (
    "<p>The measures under study include:</p><ul><li>a 20 per cent cut in irrigation</li>"
    "<li>a ban on filling private pools</li><li>leak detection in municipal networks</li></ul>"
)
FACTS = "<h3>The figures</h3><ul><li>Requests: 9,400</li><li>Decided: 3,100</li></ul>"


def page(body: str) -> bytes:
    """A page without the container names trafilatura looks for (hashed classes)."""
    html = (
        "<html><body><div class='css-9z0b'><h1 class='css-h1'>Reservoirs below 40 per cent</h1>"
        f"<div class='css-ab12' data-testid='article-body'>{body}</div></div></body></html>"
    )
    return html.encode()


def text_of(raw: bytes) -> str:
    extraction = extract_article(Page(url="https://news.example/a", html=raw), now=NOW)
    assert extraction is not None
    return clean_article(extraction).text


def test_a_briefs_closing_list_survives() -> None:
    text = text_of(page(PARAS + OWN_LIST))
    assert "- a ban on filling private pools" in text.splitlines()
    assert "- leak detection in municipal networks" in text.splitlines()


@pytest.mark.parametrize("box", ["aside", "div"])
def test_a_fact_box_in_the_body_survives_with_its_heading(box: str) -> None:
    text = text_of(page(f"{PARAS}<{box} class='factbox'>{FACTS}</{box}>")).splitlines()
    assert "The figures" in text
    assert "- Decided: 3,100" in text


def test_a_linked_aside_in_the_body_is_not_made_text() -> None:
    links = "".join(
        f"<li><a href='/s/{n}'>Another story about something else entirely {n}</a></li>"
        for n in range(4)
    )
    text = text_of(page(f"{PARAS}<aside><h3>Related</h3><ul>{links}</ul></aside>"))
    assert "Another story" not in text


DATA = Path(__file__).parent / "data"


def blind_scorer(corpus: str) -> ModuleType:
    """tests/data/<corpus>/score.py as a module (each blind corpus ships its own scorer)."""
    folder = DATA / corpus
    sys.path.insert(0, str(folder))  # a scorer may import its sibling generator
    spec = importlib.util.spec_from_file_location(f"{corpus}_score", folder / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_no_loss_and_little_leak(results: list[tuple[list[str], list[str], int]]) -> None:
    """(lost body lines, leaked clutter lines, clutter lines) per page: nothing lost, <= 1% leaked."""
    clutter = sum(n for *_, n in results)
    assert clutter > 500
    assert sum(len(lost) for lost, _, _ in results) == 0
    assert sum(len(leaked) for _, leaked, _ in results) <= 0.01 * clutter


def test_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind (now tuned on, see its README): measured 0.0% leak, recall 1.000
    on the 52 clutter pages, 1.000 on the 10 controls (0.939 before layout tables were unwrapped;
    bare trafilatura 0.857), 2026-12-02."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind")
    rows = [
        (label, score.score_page(html, label, newsagg_text)) for _, html, label in score.committed()
    ]
    clutter = [r for label, r in rows if label["kind"] != "control"]
    controls = [r for label, r in rows if label["kind"] == "control"]
    leak = sum(len(r["leaks"]) for r in clutter) / sum(r["clutter"] for r in clutter)
    recall = 1 - sum(len(r["lost"]) for r in clutter) / sum(r["body"] for r in clutter)
    control_recall = 1 - sum(len(r["lost"]) for r in controls) / sum(r["body"] for r in controls)
    assert leak <= 0.01
    assert recall >= 0.99
    assert control_recall >= 0.93


def table_layout(article: str) -> bytes:
    nav = "".join(f"<a href='/{w.lower()}'>{w}</a><br>" for w in ("Home", "News", "Sport"))
    html = (
        "<html><head><title>Reservoirs below 40 per cent</title></head><body>"
        "<table width='780'><tr><td colspan='2'><img src='/logo.gif'></td></tr>"
        f"<tr><td width='150' valign='top'>{nav}</td><td width='630'>"
        f"<font size='4'><b>Reservoirs below 40 per cent</b></font><br>{article}</td></tr>"
        "</table></body></html>"
    )
    return html.encode()


def test_an_old_table_layout_gives_the_article_as_lines_lists_included() -> None:
    text = text_of(table_layout(PARAS + OWN_LIST)).splitlines()
    assert text[0].startswith("The southern reservoirs are below 40 per cent")  # no menu fused in
    assert "- leak detection in municipal networks" in text
    assert not any("Home" in line for line in text)


def test_a_data_table_in_the_article_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td>{region}</td><td>{level}</td></tr>"
        for region, level in (("North reservoirs", "61 %"), ("South reservoirs", "38 %"))
    )
    text = text_of(page(f"{PARAS}<table>{rows}</table>"))
    assert "| South reservoirs | 38 % |" in text


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote><p>“We waited a long time.”</p><footer>— Maria Lind, lawyer</footer></blockquote>",
        "<figure><blockquote><p>“We waited a long time.”</p></blockquote>"
        "<figcaption>— Maria Lind, lawyer</figcaption></figure>",
    ],
)
def test_a_quotes_credit_survives(quote: str) -> None:
    text = text_of(page(PARAS[: PARAS.index("</p>") + 4] + quote + PARAS)).splitlines()
    assert "“We waited a long time.”" in text
    assert "— Maria Lind, lawyer" in text


def test_a_headline_box_between_paragraphs_goes_in_any_language() -> None:
    """Linked headings with whole deks, no Title Case: judged off-topic against the prose
    outside the box (the deks are paragraphs too, and must not count as the article)."""
    items = [
        (
            "Zentralbank belässt den Leitzins unverändert",
            "Die Notenbank sieht die Inflation langsamer sinken als erwartet und schließt Zinssenkungen vorerst aus.",
        ),
        (
            "Sturmwarnung für die gesamte Nordseeküste",
            "Der Wetterdienst erwartet Böen von bis zu 120 Kilometern pro Stunde und rät von Fahrten ab.",
        ),
        (
            "Späte Tore bringen den Pokalsieg nach Hause",
            "Zwei Treffer in den letzten sechs Minuten drehten ein nervöses Halbfinale vor ausverkauftem Haus.",
        ),
    ]
    box = "".join(f"<h3><a href='/s/{n}'>{h}</a></h3><p>{d}</p>" for n, (h, d) in enumerate(items))
    paras = [
        "In Bremen haben sich im vergangenen Jahr so viele Menschen einbürgern lassen wie nie zuvor, teilte das Innenressort mit.",
        "Die meisten neuen Staatsbürger stammen aus Syrien und der Türkei; die Wartezeit auf einen Termin beträgt acht Monate.",
        "Die Behörde will im Frühjahr zusätzliche Sachbearbeiter einstellen, um die Einbürgerungsanträge schneller zu bearbeiten.",
    ]
    body = f"<p>{paras[0]}</p>{box}" + "".join(f"<p>{p}</p>" for p in paras[1:])
    text = text_of(page(body))
    assert text.splitlines() == paras


HEADLINES = [
    (
        "Car maker to cut 2,000 jobs as electric sales stall",
        "The company said the reductions would come mainly through early retirement at its two",
    ),
    (
        "Astronomers spot comet that will be visible without telescope",
        "The comet is expected to be brightest in the second week of March, low on the",
    ),
    (
        "Rail strike called off after last-minute pay offer",
        "Union leaders said members would vote next week on a deal worth six percent over",
    ),
    (
        "Chess prodigy, 12, becomes youngest national champion",
        "She beat the defending champion in the final round after a six-hour game that",
    ),
]


def assert_clean(raw: bytes) -> None:
    text = text_of(raw)
    assert not any(head in text or dek[:40] in text for head, dek in HEADLINES), text
    assert "the first monthly drop" in text


BRIEF = (
    "<p>The number of patients waiting for planned operations fell by 2 percent in September, the "
    "first monthly drop since the autumn of two years ago, health service figures show.</p>"
    "<p>Managers cautioned that winter pressure usually reverses the trend and said it was too "
    "early to say the backlog had peaked.</p>"
)


def test_a_headline_table_with_font_and_bold_wrappers_goes() -> None:
    rows = "".join(
        f"<tr><td><font size='2'><b><a href='/t{n}.html'>{h}</a></b><br>{d} […]</font></td></tr>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    assert_clean(page(f"{BRIEF}</div><table width='100%'>{rows}</table><div>"))


def test_figure_cards_whose_captions_the_extractor_drops_go() -> None:
    cards = "".join(
        f"<figure><img src='/i/{n}.jpg' alt=''><figcaption>{h}</figcaption></figure><p>{d}…</p>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    assert_clean(page(f"{BRIEF}</div><div>{cards}"))


def test_a_linked_definition_list_of_headlines_goes() -> None:
    items = "".join(
        f"<dt><a href='/d/{n}'>{h}</a></dt><dd>{d} <a href='/d/{n}'>Read more</a></dd>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    assert_clean(page(f"{BRIEF}<dl>{items}</dl>"))


def test_second_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind2 (tuned on since 2026-12-02): 0 leaked lines and 0 lost lines of
    50 pages; held out it measured leak 0.204, recall 1.000 (bare trafilatura 0.411 / 0.897)."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind2")
    results = []
    for path in sorted((DATA / "briefs_blind2" / "labels").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        raw = (DATA / "briefs_blind2" / "pages" / f"{path.stem}.html").read_bytes()
        results.append((*score.score_page(newsagg_text(raw), label), len(label["clutter"])))
    assert_no_loss_and_little_leak(results)


def test_linked_headlines_run_into_their_teasers_go_and_the_briefs_sections_stay() -> None:
    """An old page's list after <hr>: "<a><b>Headline</b></a> - teaser<br>", one line each,
    under a brief with its own unlinked sub-headings."""
    sections = (
        "<h3>More staff and online forms</h3><p>Eight more caseworkers will be hired and forms "
        "can be filed online from the spring, the district said on Monday.</p>"
        "<h3>Criticism over advice</h3><p>The integration council welcomed the plans but asked "
        "for an independent advice service for applicants.</p>"
    )
    lines = "".join(
        f"<a href='/t/{n}'><b>{h}</b></a> - {d}<br>" for n, (h, d) in enumerate(HEADLINES)
    )
    raw = page(f"{BRIEF}{sections}<hr><font size='2'>{lines}</font>")
    text = text_of(raw)
    assert_clean(raw)
    assert "More staff and online forms" in text.splitlines()
    assert "Criticism over advice" in text.splitlines()


def test_a_pull_quote_figure_survives() -> None:
    quote = (
        "<figure class='pullquote'><blockquote><p>“A list of names is not an assessment.”</p>"
        "</blockquote><figcaption>— Judge Miriam Oduya</figcaption></figure>"
    )
    text = text_of(page(BRIEF + quote + PARAS)).splitlines()
    assert "“A list of names is not an assessment.”" in text
    assert "— Judge Miriam Oduya" in text


def test_third_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind3 (tuned on since 2026-12-02): 0 leaked, 0 lost lines of 60 pages;
    held out it measured leak 0.035, recall 0.991, controls 0.973 (bare 0.461 / 0.982 / 0.932)."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind3")
    results = []
    for path in sorted((DATA / "briefs_blind3" / "pages").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        raw = path.with_suffix(".html").read_bytes()
        results.append((*score.judge(label, newsagg_text(raw)), len(label["clutter"])))
    assert_no_loss_and_little_leak(results)


ZH_BRIEF = (
    "<p>市政府周三宣布，将为外籍技术人员开设新的签证服务窗口，申请人最快五个工作日即可拿到结果。</p>"
    "<p>新窗口设在市民服务中心二楼，周一至周六对外开放，并提供英语和日语咨询服务。</p>"
    "<p>有关部门表示，去年全市共受理相关申请一万两千多件，比前年增加了三成。</p>"
)
ZH_ITEMS = [
    ("城东新建体育馆下月开放", "场馆可容纳八千名观众，将承办明年的全国青年篮球联赛以及"),
    ("暴雨导致多条公交线路停运", "受强降雨影响，市区十二条公交线路临时调整，部分站点暂停"),
    ("老城区改造工程进入收尾阶段", "改造后的街区将保留传统建筑风格，并新增两处街心公园和"),
    ("本地草莓迎来丰收季", "今年草莓种植面积扩大，果农预计产量比去年提高两成，采摘"),
    ("图书馆推出夜间阅读服务", "每周五和周六延长开放至晚上十点，读者可凭借书证免费预约"),
    ("市民马拉松报名人数创新高", "组委会表示，今年报名人数超过三万，其中外地选手占四成以"),
]


ZH_MORE = "<p>申请人需提前在网上预约。</p>"


@pytest.mark.parametrize("lang", ["zh", "ja"])
def test_a_headline_list_in_han_script_goes_after_a_brief(lang: str) -> None:
    # Han headlines have no spaces: counted as one word, they read as labels, not headlines.
    items = "".join(
        f"<li><span class='t'>[10.0{n}. 08:1{n}]</span><a href='/n/{n}.html'>{head}</a>"
        f"<p class='summary'>{tease} [...]</p></li>"
        for n, (head, tease) in enumerate(ZH_ITEMS)
    )
    html = (
        f"<html lang='{lang}'><body><div class='main'><h1>外籍人才签证窗口开放</h1>"
        f"<div class='article'>{ZH_BRIEF}</div><div class='box'><ul class='list'>{items}</ul></div>"
        "</div></body></html>"
    )
    text = text_of(html.encode())
    assert all(head not in text and tease not in text for head, tease in ZH_ITEMS)
    assert (
        "有关部门表示，去年全市共受理相关申请一万两千多件，比前年增加了三成。" in text.splitlines()
    )


def test_single_cards_announced_by_a_cue_between_paragraphs_go() -> None:
    card = (
        "<div class='promo'><span class='kicker'>Other news:</span> "
        "<a href='/n/{n}'>Ferry timetable changes for the summer season</a>"
        "<p>Two more crossings a day will run from June, the operator said.</p></div>"
    )
    paras = PARAS.split("</p>")
    body = paras[0] + "</p>" + card.format(n=1) + paras[1] + "</p>" + card.format(n=2)
    text = text_of(page(body)).splitlines()
    assert not any("Ferry timetable" in line or "Two more crossings" in line for line in text)
    assert len(text) == 2 and text[1].startswith("The government says")


def test_cards_that_are_one_link_each_go_with_their_teasers() -> None:
    heads = [
        "Harbour festival draws record crowds",
        "Rail strike called off after late offer",
        "Library reopens with a new reading garden",
        "Council approves plan for a second bridge",
    ]
    cards = "".join(
        f"<a class='card' href='/n/{n}'><p class='t'>{head}</p>"
        f"<p class='d'>The story behind this headline, told in one line of teaser text {n}…</p></a>"
        for n, head in enumerate(heads)
    )
    text = text_of(page(f"{PARAS}<div class='grid'>{cards}</div>"))
    assert not any(head in text for head in heads) and "teaser text" not in text
    assert text.splitlines()[-1].startswith("The government says")


def test_a_short_han_brief_comes_out_whole_and_alone() -> None:
    html = (
        "<html lang='zh'><body><nav><a href='/'>首页</a> <a href='/a'>国内</a></nav>"
        f"<div class='main'><h1>外籍人才签证窗口开放</h1><div class='article'>{ZH_BRIEF}{ZH_MORE}</div>"
        "</div><footer><div>本网站使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们按照隐私政策"
        "使用Cookie以及类似技术收集和处理您的相关信息，您也可以随时在设置中更改偏好或撤回同意。</div>"
        "关于我们 联系方式 网站地图 版权所有</footer></body></html>"
    )
    text = text_of(html.encode()).splitlines()
    assert text == [p.removeprefix("<p>") for p in (ZH_BRIEF + ZH_MORE).split("</p>") if p]


def test_a_headline_list_inside_a_page_wide_form_goes() -> None:
    # ASP.NET WebForms put the whole page inside one <form>: its lists are no search widget's.
    heads = ["Harbour festival draws record crowds", "Rail strike called off after late offer",
             "Library reopens with a new reading garden", "Council approves plan for a second bridge"]  # fmt: skip
    items = "".join(
        f"<div class='NewsItem'><a class='NewsTitle' href='/n/{n}'>{head}</a><br>"
        f"<span class='NewsTeaser'>What happened next, in a teaser cut by the CMS at a fixed len"
        f"</span></div>"
        for n, head in enumerate(heads)
    )
    html = (
        "<html><body><form id='aspnetForm' method='post'><div class='ArtikelText'>"
        f"<h1>Reservoirs below 40 per cent</h1>{PARAS}</div><div id='pnlMore'>{items}</div>"
        "<input type='hidden' name='__VIEWSTATE' value='x'></form></body></html>"
    )
    text = text_of(html.encode())
    assert not any(head in text for head in heads) and "teaser cut" not in text
    assert text.splitlines()[-1].startswith("The government says")


def test_a_han_brief_keeps_its_paragraphs_once_the_list_around_it_is_pruned() -> None:
    cards = [
        f"<div class='c-stack'><a href='/n/{n}' class='c-link'><h2>{head}</h2></a>"
        f"<p class='c-description'>{tease}…</p></div>"
        for n, (head, tease) in enumerate(ZH_ITEMS)
    ]
    html = (
        "<html><head><title>外籍人才签证窗口开放 | Daily Courier</title></head><body><main>"
        f"<h1>外籍人才签证窗口开放</h1><article class='b-article-body'>{ZH_BRIEF}"
        f"<div class='b-article-body__interstitial'>{''.join(cards[:2])}</div>{ZH_MORE}</article>"
        f"<div class='b-list'><h3>更多新闻</h3>{''.join(cards[2:])}</div></main></body></html>"
    )
    text = text_of(html.encode()).splitlines()
    paragraphs = [p.removeprefix("<p>") for p in (ZH_BRIEF + ZH_MORE).split("</p>") if p]
    assert all(paragraph in text for paragraph in paragraphs)  # each a line of its own
    assert not any(head in line for line in text for head, _ in ZH_ITEMS[2:])


FONT_PARAS = [
    "The city will open a second office for residence permits in the old post building, the "
    "mayor's office said on Wednesday.",
    "Waiting times for an appointment have grown to eleven weeks since the spring.",
    "Applicants with a booked date keep it; new bookings open on the first of the month.",
]


def font_era_page(sidebar: str, after: str = "", story: str = "<br><br>".join(FONT_PARAS)) -> bytes:
    """A 1990s layout table: the story as <font> text with <br><br> paragraphs, a sidebar cell."""
    html = (
        "<html><head><title>A second permit office</title></head><body>"
        "<table width='760'><tr><td colspan='2'><img src='/logo.gif'></td></tr><tr>"
        "<td valign='top'><font size='3'><b>A second permit office</b></font><br><br>"
        f"<font size='2'>{story}<br><br></font></td><td width='180'>{sidebar}</td></tr>"
        f"</table>{after}</body></html>"
    )
    return html.encode()


def test_a_font_era_layout_gives_its_paragraphs_and_drops_its_sidebar_headlines() -> None:
    items = "".join(
        f"<font size='2'><b><a href='/n/{n}.html'>{h}</a></b><br>{d}</font><br><br>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    sidebar = f"<font size='2'><b>MORE NEWS</b></font><br>{items}"
    assert text_of(font_era_page(sidebar)).splitlines() == FONT_PARAS


def test_font_era_paragraphs_survive_a_large_data_table_elsewhere_on_the_page() -> None:
    """Loose text in a <div> is what the extractor's precise pass drops when a table gives it
    enough text: the column's paragraphs are made <p>s."""
    rows = "".join(
        f"<tr><td>District number {n} of the northern region</td><td>{n * 37} permits</td>"
        f"<td>{n * 3} refused after review</td></tr>"
        for n in range(1, 20)
    )
    text = text_of(font_era_page("<a href='/'>Home</a>", f"<table>{rows}</table>"))
    assert all(para in text.splitlines() for para in FONT_PARAS)


def test_font_era_paragraphs_around_a_data_table_in_the_story_survive() -> None:
    table = "<table><tr><td>North office</td><td>7 weeks</td></tr><tr><td>South office</td><td>11 weeks</td></tr></table>"
    story = f"{FONT_PARAS[0]}<br><br>{table}{FONT_PARAS[1]}<br><br>{FONT_PARAS[2]}"
    text = text_of(font_era_page("<a href='/'>Home</a>", story=story)).splitlines()
    assert all(para in text for para in FONT_PARAS)
    assert "| South office | 11 weeks |" in text


def test_a_forum_post_survives_and_the_portals_headline_table_goes() -> None:
    post = "<br><br>".join(FONT_PARAS)
    rows = "".join(
        f"<tr><td class='row1'><span class='topictitle'><a href='/t/{n}'>{h}</a></span><br>"
        f"<span class='gensmall'>{d}</span></td><td class='row2'>1{n}:40</td></tr>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    html = (
        "<html><body><table class='forumline'><tr><td class='row1'><span class='postbody'>"
        f"<b>A second permit office</b><br><br>{post}<br><br></span></td></tr></table><br>"
        f"<table class='forumline'><tr><th colspan='2'>Latest news</th></tr>{rows}</table>"
        "</body></html>"
    )
    text = text_of(html.encode())
    assert all(para in text.splitlines() for para in FONT_PARAS)
    assert not any(head in text or dek[:40] in text for head, dek in HEADLINES), text


MORE_PARAS = [
    "The new office will share its staff with the citizenship service, which moved out of the "
    "building last year, and will be open on two evenings a week for people who work shifts.",
    "Lawyers who advise applicants welcomed the plan but said the real bottleneck was the "
    "processing of documents after the appointment, which can take another four months.",
    "The council expects the two offices together to handle about 600 appointments a week by "
    "the summer, twice as many as today, and will review the arrangement after a year.",
    "Opposition members asked why the second office would not open before the autumn and "
    "called for a public list of waiting times per office, updated every week. The mayor "
    "promised an answer at the next council meeting.",
]


def test_a_pull_quote_aside_among_text_divs_survives() -> None:
    """A headless CMS: paragraphs are <div> blocks, the pull quote an <aside> beside them (a
    text long enough for the extractor's precise pass alone, which drops asides)."""
    quote = "<aside class='pullquote'><p>“Nobody should queue twice.”</p><p>Ana Petrov, mayor</p></aside>"
    paras = FONT_PARAS + MORE_PARAS
    blocks = "".join(f"<div class='text-block'>{para}</div>" for para in paras)
    text = text_of(page(blocks + quote)).splitlines()
    assert "“Nobody should queue twice.”" in text
    assert "Ana Petrov, mayor" in text


def test_a_briefs_own_list_survives_a_long_headline_list_under_it() -> None:
    # The headline list makes the page longer than a brief; its prose is still a brief's, and
    # trafilatura's precise pass drops a short page's own list.
    items = "".join(
        f"<p><b>Story number {n} about something else entirely happens</b><br>"
        f"A teaser for the story number {n}, cut by the content system at a fixed le</p>"
        for n in range(12)
    )
    html = (
        "<html><body><div class='print-article'><h1>Reservoirs below 40 per cent</h1>"
        f"{PARAS}{OWN_LIST}</div><hr><div class='print-more'><p><b>More news</b></p>"
        f"{items}</div></body></html>"
    )
    text = text_of(html.encode()).splitlines()
    assert "- a ban on filling private pools" in text
    assert not any("Story number" in line for line in text)


@pytest.mark.parametrize(
    ("corpus", "max_leak", "max_loss", "max_control_loss"),
    [
        ("briefs_blind5", 0.02, 0.025, 0.04),
        ("briefs_blind7", 0.005, 0.01, 0.01),
        ("briefs_blind8", 0.01, 0.01, 0.01),
        ("briefs_blind9", 0.005, 0.01, 0.01),
        ("briefs_blind10", 0.005, 0.01, 0.01),
        ("briefs_blind11", 0.005, 0.025, 0.04),
        ("briefs_blind12", 0.025, 0.025, 0.06),
    ],
)
def test_later_blind_brief_corpus_floors(
    corpus: str, max_leak: float, max_loss: float, max_control_loss: float
) -> None:
    """tests/data/briefs_blind5 (tuned on since session 5): held out it measured leak 21.5%,
    recall 0.971, controls 0.974 (bare 43.8% / 0.950 / 0.855); tuned, 1.1% / 0.983 / 0.974 (the
    controls lose two captions with a photo credit: captions are not article text here).
    briefs_blind7 (tuned on since session 7): held out 3.0% / 0.932 / 0.915 (bare 21.2% / 0.910
    / 0.829); tuned, 0.0% / 1.000 / 1.000 (the floor of 0.5% fails on one page of web-component
    cards linked by their own href, or on the brief swapped for the live ticker beside it).
    briefs_blind8 (tuned on since session 7): held out 4.8% / 1.000 / 1.000 (bare 18.0% / 0.939
    / 0.934); tuned, 0.5% / 1.000 / 1.000 (a ranked list of three links atop a WAP page).
    briefs_blind9 (session 8): held out 0.0% / 1.000 / 0.804 (bare 19.3% / 0.959 / 0.647): the
    two Persian controls lost every word spelt with a zero-width non-joiner; 0.0% / 1.000 /
    1.000 once the joiners are put back. briefs_blind10 (session 9): held out 2.3% / 1.000 /
    0.984 (bare 32.9% / 0.958 / 0.887); tuned, 0.0% / 1.000 / 1.000 (teaser cards four levels
    below their list, a sub-heading in a newsletter's table row, a Hebrew read-also cue).
    briefs_blind11 and briefs_blind12 (session 10, split by layout; dev pinned, heldback only
    measured): dev held out 8.6% / 0.985 / 0.971 and 6.5% / 0.985 / 0.949 (bare 36.1% and
    38.7%); tuned 0.0% and 1.7% (tables of time | headline | dek under a cue heading, cards of
    spans in one link, image tiles, channel posts with a time footer; the losses left are
    bylines and captions with a credit, fields or credits by design)."""
    from bench.extraction import newsagg_text

    score = blind_scorer(corpus)
    short: list[dict[str, list[str]]] = []
    controls: list[dict[str, list[str]]] = []
    clutter = body = control_body = 0
    for path in sorted((DATA / corpus / "pages").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        if label.get("split") == "heldback":
            continue  # measured, never tuned on: no floor pins it
        result = score.run("newsagg", newsagg_text, path.with_suffix(".html").read_bytes(), label)
        if label["kind"] == "control":
            controls.append(result)
            control_body += len(label["body"])
        else:
            short.append(result)
            clutter += len(label["clutter"])
            body += len(label["body"])
    assert clutter > 400
    assert sum(len(r["leaked"]) for r in short) <= max_leak * clutter
    assert sum(len(r["lost"]) for r in short) <= max_loss * body
    assert sum(len(r["lost"]) for r in controls) <= max_control_loss * control_body


@pytest.mark.parametrize(
    ("corpus", "pages", "max_leaky", "min_recall"),
    [
        ("long_blind", 32, 3, 0.985),
        ("long_blind2", 42, 2, 0.985),
        ("long_blind3", 33, 1, 0.99),
        ("long_blind4", 33, 3, 0.99),
        ("long_blind5", 33, 2, 0.99),
        ("long_blind6", 33, 3, 0.98),
        ("long_blind7", 33, 2, 0.99),
        ("long_blind8", 33, 4, 0.99),
        ("long_blind9", 33, 2, 0.98),
        ("long_blind11", 33, 1, 0.99),
        ("long_blind12", 33, 1, 0.99),
        ("long_blind13", 33, 14, 0.99),
        ("long_blind14", 33, 11, 0.99),
    ],
)
def test_long_page_corpus_dev_floors(
    corpus: str, pages: int, max_leaky: int, min_recall: float
) -> None:
    """The dev splits of the long corpora written blind (tuned on; their heldback splits are
    measured, never tuned): pages with a leaked clutter line, long_blind 22 -> 0 of 32 (bare 28,
    session 5-7), long_blind2 19 -> 0 of 42 (bare 28, session 7), long_blind3 16 -> 0 of 33
    (bare 22, session 7), long_blind4 20 -> 2 of 33 (bare 33, session 8), long_blind5 15 -> 1
    of 33 (bare 24, session 8), long_blind6 25 -> 2 of 33 (bare 30, session 8-9), long_blind7
    28 -> 1 of 33 (bare 33, session 9), long_blind8 20 -> 3 of 33 (bare 21, session 9),
    long_blind9 21 -> 6 -> 1 of 33 (bare 33, sessions 9-10), long_blind11 26 -> 13 -> 0 of 33
    (bare 33, sessions 9-10), long_blind12 7 -> 0, long_blind13 21 -> 13, long_blind14 26 -> 10
    of 33 (bare 32, 21, 30; session 10); body recall 1.000, 1.000, 0.995, 1.000, 0.995, 1.000,
    1.000, 0.998, 0.984 (long_blind9 first 0.927), 1.000, 1.000, 0.995, 1.000."""
    from bench.extraction import newsagg_text

    score = blind_scorer(corpus)
    results = []
    for path in sorted((DATA / corpus / "pages").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        if label["split"] == "dev":
            out = newsagg_text(path.with_suffix(".html").read_bytes()) or ""
            results.append(score.score_one(label, out))
    assert len(results) == pages
    assert sum(bool(r["leaked"]) for r in results) <= max_leaky
    assert sum(r["recall"] for r in results) / len(results) >= min_recall


def components_page(body: str, rail: str = "") -> bytes:
    """A page built of custom elements (web components), as a component framework renders it."""
    html = (
        "<html><body><news-app><news-article><news-title>Reservoirs below 40 per cent</news-title>"
        f"<news-body>{body}</news-body></news-article>{rail}</news-app></body></html>"
    )
    return html.encode()


def test_custom_element_paragraphs_stay_apart_and_a_quote_keeps_its_credit() -> None:
    paras = "".join(f"<news-paragraph>{p[3:]}</news-paragraph>" for p in PARAS.split("</p>")[:2])
    quote = (
        "<blockquote><p>“We waited a long time.”</p><cite>Maria Lind, lawyer</cite></blockquote>"
    )
    inline = "<news-paragraph>Levels were checked <time-ago>two days ago</time-ago> again.</news-paragraph>"
    text = text_of(components_page(paras + quote + inline)).splitlines()
    assert text[0].endswith("published on Friday.")
    assert "Maria Lind, lawyer" in text
    assert "Levels were checked two days ago again." in text  # inline in its sentence


def test_a_rail_of_custom_teaser_elements_goes() -> None:
    cards = "".join(
        f"<news-teaser href='/t/{n}'><teaser-kicker>1{n}:05</teaser-kicker><teaser-title>{h}"
        f"</teaser-title><teaser-text>{d}</teaser-text></news-teaser>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    raw = components_page(BRIEF, f"<news-rail>{cards}</news-rail>")
    assert_clean(raw)


def test_web_story_pages_of_other_stories_go() -> None:
    """An AMP web story: one page per paragraph, then a page of linked cards."""

    def story_page(inner: str) -> str:
        return (
            f"<amp-story-page><amp-story-grid-layer>{inner}</amp-story-grid-layer></amp-story-page>"
        )

    paras = [story_page(p + "</p>") for p in BRIEF.split("</p>")[:2]]
    cards = "".join(
        f"<amp-story-grid-layer><a href='/t/{n}'><h2>{h}</h2></a><p>{d}</p></amp-story-grid-layer>"
        for n, (h, d) in enumerate(HEADLINES)
    )
    html = f"<html><body><amp-story standalone>{''.join(paras)}<amp-story-page>{cards}"
    raw = (html + "</amp-story-page></amp-story></body></html>").encode()
    assert_clean(raw)
    assert "said it was too early to say the backlog had peaked." in text_of(raw)


def test_fourth_blind_brief_corpus_floors() -> None:
    """tests/data/briefs_blind4 (tuned on since session 5, 2026-12-02): leak 0.0% of clutter
    lines, body recall 0.997 (short pages and controls together); held out it measured 16.0% /
    0.970 / 0.956 (bare trafilatura 41.9% / 0.924 / 0.912)."""
    from bench.extraction import newsagg_text

    score = blind_scorer("briefs_blind4")
    short: list[tuple[dict[str, Any], dict[str, list[str]]]] = []
    controls: list[tuple[dict[str, Any], dict[str, list[str]]]] = []
    for path in sorted((DATA / "briefs_blind4" / "pages").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        result = score.judge(label, newsagg_text(path.with_suffix(".html").read_bytes()))
        (controls if label["kind"] == "control" else short).append((label, result))

    def recall(rows: list[tuple[dict[str, Any], dict[str, list[str]]]]) -> float:
        return 1 - sum(len(r["lost"]) for _, r in rows) / sum(len(lb["body"]) for lb, _ in rows)

    leaked = sum(len(r["leaked"]) for _, r in short)
    assert leaked <= 0.01 * sum(len(label["clutter"]) for label, _ in short)
    assert recall(short) >= 0.98
    assert recall(controls) >= 0.97


def test_teaser_cards_beside_div_paragraphs_go() -> None:
    """A headless CMS renders paragraphs as <div data-block="paragraph">: they are the prose the
    cards' topic is judged against (<p>s alone left no body vocabulary, so no topical break)."""
    paras = [
        "Järvelän kaupunki aloittaa keväällä hankkeen, jolla se haluaa houkutella ulkomaisia "
        "rakennusalan työntekijöitä alueen yrityksiin.",
        "Hankkeessa työntekijät saavat suomen kielen opetusta ja apua asunnon etsimiseen. "
        "Kaupungin mukaan alalla on tällä hetkellä noin 300 avointa työpaikkaa.",
    ]
    cards = [
        ("Asuntojen hinnat laskivat kolmatta kuukautta", "Erityisesti kerrostaloasunnot halpenivat."),
        ("Myrsky katkaisi sähköt tuhansista kodeista", "Korjaustyöt jatkuvat vielä huomenna"),
        ("Hiihtäjä otti uransa ensimmäisen voiton", "Nuori urheilija oli nopein sprintin"),
        ("Kotijoukkue voitti jatkoajalla", "Ratkaisumaali syntyi vasta toisen jatkoerän lo"),
        ("Uusi kirjasto avautuu keskustaan", "Kirjastossa on myös kahvila ja tilat lasten"),
    ]  # fmt: skip
    body = "".join(f"<div data-block='paragraph'>{p}</div>" for p in paras)
    teasers = "".join(
        f"<div data-component='teaser'><div data-slot='title'><a href='/n/{n}'>{h}</a></div>"
        f"<div data-slot='summary'>{d}</div></div>"
        for n, (h, d) in enumerate(cards)
    )
    html = f"<html><body><div data-component='body'>{body}<div data-component='teaser-list'>"
    text = text_of((html + teasers + "</div></div></body></html>").encode())
    assert text.splitlines() == paras


def test_linked_headlines_of_two_sentences_under_a_cue_go_with_the_rest() -> None:
    """A 1999 portal's "Recommended" table: linked headlines with a date beside them, some of
    two sentences ("Farmers protest grain prices. National road blocked")."""
    heads = [
        "Farmers protest grain prices. National road blocked",
        "Hospital opens a new rehabilitation ward",
        "Jewish culture festival returns to the old town",
        "Local club wins after a late goal",
        "Warehouse fire in the north. Twenty crews fought the flames",
    ]
    rows = "".join(
        f"<tr><td><font size='2'><a href='/n{i}.htm'>{h}</a> <font color='#999'>0{i + 1}.02.2026"
        "</font></font></td></tr>"
        for i, h in enumerate(heads)
    )
    html = (
        f"<html><body><table><tr><td><font>{PARAS}</font></td></tr></table><hr>"
        f"<font size='2'><b>Recommended articles</b></font><table>{rows}</table></body></html>"
    )
    text = text_of(html.encode())
    assert not any(h.split(".")[0] in text for h in heads)
    assert "Twenty crews" not in text
