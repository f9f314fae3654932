"""Clutter set inside the story's flow: errata prompts, caption credits, ad labels fused into the
next paragraph, read-also cues without a colon, embedded cards of other stories, hover cards,
and names marked up inside a sentence (which must survive)."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.analyse import extract_text
from crawler.clutter.captions import drop_image_credits
from crawler.clutter.cards import (
    drop_cued_line_lists,
    drop_embedded_cards,
    drop_repeated_cards,
    drop_split_teasers,
)
from crawler.clutter.hidden import drop_signup_boxes
from crawler.clutter.phrases import is_boilerplate, is_inline_cue, is_section_cue
from crawler.extract.article import extract_article
from crawler.items import Page

ERRATA = [
    "Found a mistake? Email us at fixes@example.org.",
    "Haben Sie einen Fehler gefunden? Bitte melden Sie ihn der Redaktion.",
    "Vous avez repéré une erreur ? Signalez-la à la rédaction.",
    "¿Encontraste un error? Escríbenos y lo corregiremos.",
    "Hai trovato un errore? Segnalalo alla redazione.",
    "Znalazłeś błąd? Zgłoś go redakcji.",
    "Нашли ошибку? Напишите нам.",
    "Vidíte chybu? Napište redakci.",
    "Har du funnet en feil? Skriv til oss.",
]
CREDITS = [
    "Applicants queue outside the immigration office. Photo: Jane Roe",
    "Wartende vor der Ausländerbehörde in Leipzig. Foto: dpa/Max Muster",
    "| Очередь у миграционного центра. Фото: Иван Петров / ТАСС |",
    "移民局门前排队的申请人。 图片来源：新华社",
    "출입국관리사무소 앞의 신청자들. 사진=연합뉴스",
]
OTHER_BOILERPLATE = [
    "Diskuse (12)",
    "Diskussion (3)",
    "责任编辑：王芳",
    "저작권자 © 가상일보 무단전재 및 재배포 금지",
    "^ © 2003 Regional Courier",
    "Anzeige",
    "- Advertisement -",
    "- 12 commenti",
    "- Stampa",
    "| | Print this page \\| Text size |",
    "字号：大 中 小",
    "19 تعليقا",
    "هل وجدت خطأ؟ أبلغنا.",
    "Hibát talált a cikkben? Jelezze nekünk!",
    "| Le cabine durante il collaudo. Foto di Anna Neri / Agenzia Alpi |",
    "| 服务大厅里的申请人。 新华社记者 李明 摄 |",
    "Sponsored content Five ways to cut your heating bill",
    "订阅本报早报，每天早上七点送达。",
    "Sign up for our newsletter and get the week's migration news in your inbox every Friday.",
]
PROSE = [
    "Correction: an earlier version of this article gave the wrong fee. It is 1,000 pounds.",
    "The minister admitted an error in the figures but said the policy would stand.",
    "He showed one photo: his daughter at the border crossing, taken a year ago.",
    "Werbung für die neuen Visa lief wochenlang im Fernsehen, sagte die Ministerin.",
    "Latest figures show the backlog is still growing.",
    "In a newsletter sent to members on Monday, the association urged councils to subscribe to a "
    "shared register of empty homes before the spring.",
    "- families may be matched with a sponsor group within six weeks;",
    "| Germany | 200,000 | 12% |",
]


@pytest.mark.parametrize("line", ERRATA + CREDITS + OTHER_BOILERPLATE)
def test_flow_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line), line


@pytest.mark.parametrize("line", PROSE)
def test_reporting_prose_is_kept(line: str) -> None:
    assert not is_boilerplate(line) and not is_inline_cue(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Leia também Governo anuncia novo calendário para vistos",
        "Lesen Sie auch Neue Regeln für Saisonarbeiter ab März",
        "함께 읽으면 좋은 기사 정부, 외국인 근로자 쿼터 확대",
    ],
)
def test_read_also_without_a_colon(line: str) -> None:
    assert is_inline_cue(line)


def test_a_one_word_cue_needs_its_colon() -> None:
    assert not is_inline_cue("Popular protests grew across the region")
    assert is_section_cue("Mer om saken")


P = (
    "The regional government said on Tuesday that it would open two new reception centres "
    "for asylum seekers before the winter, after months of overcrowding in the old ones.",
    "Local councils had asked for more time to find buildings, but the ministry said the "
    "number of arrivals left no room for delay and that costs would be covered in full.",
    "Aid groups welcomed the decision and asked for school places for the children who "
    "have waited for weeks in temporary shelters on the edge of the city.",
)


def page(middle: str) -> bytes:
    return (
        "<html><head><title>Two new reception centres before winter</title></head><body>"
        f"<article><h1>Two new reception centres before winter</h1><p>{P[0]}</p>{middle}"
        f"<p>{P[1]}</p><p>{P[2]}</p></article></body></html>"
    ).encode()


def test_an_ad_label_does_not_fuse_into_the_next_paragraph() -> None:
    raw = page('<p align="center"><font size="1">Anzeige</font><br><img src="/b.gif"></p>')
    lines = extract_text(raw).splitlines()
    assert lines == list(P)


def test_an_embedded_card_of_another_story_goes() -> None:
    card = (
        '<div class="object-right"><div class="line"><h2><a href="/other/">Museum shows '
        'unknown drawings</a></h2><div class="short">The sketchbooks lay in an archive for '
        "fifty years.</div></div></div>"
    )
    text = extract_text(page(card))
    assert "Museum shows" not in text and "sketchbooks" not in text
    assert text.splitlines() == list(P)


def test_linked_subheadings_of_the_story_stay() -> None:
    raw = page('<h2><a href="/topics/costs/">Who pays for the centres</a></h2>')
    assert "Who pays for the centres" in extract_text(raw)  # no card: a heading in the flow
    tree = lxml.html.fromstring(page('<div><h2><a href="#costs">Who pays</a></h2></div>'))
    assert drop_embedded_cards(tree) == 0  # a link within the page
    tree = lxml.html.fromstring(page('<div><h2><a href="/x/">Other story</a></h2></div>'))
    assert drop_embedded_cards(tree) == 1


def test_a_name_marked_as_author_inside_a_sentence_survives_its_hover_card() -> None:
    sentence = (
        'The mayor, <span class="c-author-hover"><a href="/p/">Ana Ruiz</a><span '
        'class="c-author-hover__pop">Storm closes ferry routes for two days Follow</span></span>, '
        "said the city would offer two empty school buildings for the new centres."
    )
    text = extract_text(page(f"<p>{sentence}</p>"))
    assert "The mayor, Ana Ruiz, said the city would offer" in text
    assert "Storm closes" not in text and "Follow" not in text


def test_a_headline_holding_a_dash_keeps_its_second_half() -> None:
    headline = "Councils say no to new centres – agency looks for 4,000 places"
    raw = (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"<p>{P[0]}</p><p>{P[1]}</p></article></body></html>"
    ).encode()
    extraction = extract_article(Page(url="https://example.org/a", html=raw))
    assert extraction is not None
    assert extraction.article.title == headline
    assert headline not in extract_text(raw)  # the title is a field, not the first line


def test_a_fact_box_table_in_an_aside_between_paragraphs_stays() -> None:
    box = (
        '<aside class="factbox"><h3>The figures</h3><table><tr><th>Beds needed</th>'
        "<td>2,400</td></tr><tr><th>Beds open</th><td>900</td></tr></table></aside>"
    )
    text = extract_text(page(box))
    assert "The figures" in text and "Beds needed" in text and "2,400" in text


def test_teaser_posts_with_a_keep_reading_link_go() -> None:
    teasers = "".join(
        f'<article class="post"><h2><a href="/post/{n}">Ferry timetable changes for the '
        f"winter season {n}</a></h2><p>Two crossings a day are cut until March {n}.</p><p>"
        f'<a class="read_more" href="/post/{n}">Keep reading</a></p></article>'
        for n in range(2)
    )
    raw = (
        f"<html><body><section id='posts'>{teasers}<article class='post permalink'>"
        f"<h1>Two new reception centres before winter</h1><p>{P[0]}</p><p>{P[1]}</p>"
        f"<p>{P[2]}</p></article></section></body></html>"
    ).encode()
    text = extract_text(raw)
    assert "Ferry timetable" not in text and "crossings a day" not in text
    assert all(p in text for p in P)


def test_a_chinese_sentence_opening_with_reporter_is_no_byline() -> None:
    lead = (
        "记者从国家移民管理局获悉，自明年1月1日起，北京、广州等8个城市将试点放宽外籍人才签证条件。"
    )
    raw = (
        "<html><head><title>外籍人才签证条件放宽</title></head><body><article><h1>外籍人才签证条件放宽"
        f"</h1><p>{lead}</p><p>{P[0]}</p><p>{P[1]}</p></article></body></html>"
    ).encode()
    extraction = extract_article(Page(url="https://example.org/a", html=raw))
    assert extraction is not None
    assert lead in extraction.article.text and not extraction.article.authors


def test_a_most_read_table_of_ranks_and_headline_links_goes() -> None:
    rows = "".join(
        f'<tr><td class="rank">{n}.</td><td><a href="/n/{n}">城东公园完成改造重新开放第{n}期工程</a>'
        "</td></tr>"
        for n in range(1, 6)
    )
    table = f"<table><tr><td colspan='2'><b>热门排行</b></td></tr>{rows}</table>"
    text = extract_text(page(table))
    assert "城东公园" not in text and text.splitlines() == list(P)


def test_a_reader_poll_between_the_paragraphs_goes() -> None:
    poll = (
        '<div class="poll"><p>Should your town take part in the scheme?</p><label><input '
        'type="radio" name="p"> Yes</label><label><input type="radio" name="p"> No</label>'
        "<button>Vote</button></div>"
    )
    text = extract_text(page(f"<table><tr><td>{poll}</td></tr></table>"))
    assert "Should your town" not in text and text.splitlines() == list(P)


def test_a_form_with_one_choice_is_no_poll() -> None:
    tree = lxml.html.fromstring(
        '<div><p>Accept the terms?</p><label><input type="radio" name="t"> Yes</label></div>'
    )
    from crawler.clutter.hidden import drop_polls

    assert drop_polls(tree) == 0


def test_a_photo_credit_beside_the_image_does_not_take_the_paragraph_after_it() -> None:
    photo = '<div class="photo"><img src="/a.jpg"><span class="credit">Foto: EFE</span></div>'
    tree = lxml.html.fromstring(page(f"{photo}Councils said the first centre opens in March."))
    assert drop_image_credits(tree) == 1
    text = " ".join(tree.text_content().split())
    assert "EFE" not in text and "Councils said the first centre opens in March." in text


def test_a_caption_keeps_its_credit_for_the_line_pass() -> None:
    box = '<div><img src="/a.jpg"><i>The old centre.</i> <i>Photo: AFP</i></div>'
    tree = lxml.html.fromstring(page(box))
    assert drop_image_credits(tree) == 0  # caption and credit are one line


@pytest.mark.parametrize(
    "dek",
    ["Thirty concerts are planned for the summer in the old harbour.", "Thirty concerts are pl..."],
)
def test_a_headline_and_dek_split_by_a_br_between_the_paragraphs_go(dek: str) -> None:
    teaser = f'<p class="inline">Jazz festival unveils its programme<br>{dek}</p>'
    side = "<ul><li>Jazz festival unveils its programme</li></ul>" if dek.endswith(".") else ""
    raw = page(teaser).replace(b"</article>", f"</article>{side}".encode())
    text = extract_text(raw)
    assert "Jazz festival" not in text and "Thirty concerts" not in text
    assert text.splitlines() == list(P)


def test_a_sub_heading_run_into_its_paragraph_stays() -> None:
    para = "<p>What the councils want<br>They asked for two more years to find buildings.</p>"
    assert drop_split_teasers(lxml.html.fromstring(page(para))) == 0  # not cut, not repeated


HEADS = [
    ("Snow warning for the north tonight", "Up to thirty centimetres are expected overnight."),
    ("Break-in at a jeweller in the centre", "Police are looking for witnesses to a dark car."),
    ("Food prices rose again in January", "Coffee and chocolate rose most, the figures show."),
    ("Handball women reach the semi-final", "They beat Denmark by four goals after the break."),
]


def main_page(after: str) -> bytes:
    """The story in a <div> of the page's <main>, `after` it in the same <main>."""
    body = "".join(f"<p>{p}</p>" for p in P)
    return (
        "<html><head><title>Two new reception centres before winter</title></head><body><main>"
        f"<h1>Two new reception centres before winter</h1><div>{body}</div>{after}</main>"
        "</body></html>"
    ).encode()


def test_a_table_of_time_headline_and_dek_under_a_cue_heading_goes() -> None:
    rows = "".join(
        f'<tr><td>0{n}:15</td><td><a href="/n/{n}">{h}</a></td><td>{d}</td></tr>'
        for n, (h, d) in enumerate(HEADS)
    )
    text = extract_text(main_page(f"<h2>More news</h2><table><tbody>{rows}</tbody></table>"))
    assert not any(h in text or d in text for h, d in HEADS)
    assert text.splitlines() == list(P)


def test_a_table_of_linked_names_and_sentences_without_a_cue_stays() -> None:
    rows = "".join(
        f'<tr><td><a href="/n/{n}">{h}</a></td><td>{d}</td></tr>' for n, (h, d) in enumerate(HEADS)
    )
    raw = page(f"<table>{rows}</table>")
    assert all(d in extract_text(raw) for _, d in HEADS)  # a data table: no cue announces it


def test_cards_of_spans_inside_one_link_go() -> None:
    cards = "".join(
        f'<a class="card" href="/n/{n}"><span>CITY</span><span>{h}</span> '
        f"<span>{d[:30]}…</span><span>0{n}:15</span></a>"
        for n, (h, d) in enumerate(HEADS)
    )
    raw = page("").replace(b"</article>", f'<div class="cards">{cards}</div></article>'.encode())
    text = extract_text(raw)
    assert not any(h in text for h, _ in HEADS)
    assert text.splitlines() == list(P)


def test_image_tiles_of_other_stories_with_whole_deks_go() -> None:
    tiles = "".join(
        f'<a class="tile" href="/n/{n}"><img src="/t{n}.jpg"><div><small>0{n}.12.</small>'
        f"<strong>{h}</strong><span>{d}</span></div></a>"
        for n, (h, d) in enumerate(HEADS)
    )
    text = extract_text(main_page(f'<div class="tiles">{tiles}</div>'))
    assert not any(h in text or d in text for h, d in HEADS)
    assert text.splitlines() == list(P)


def test_channel_posts_around_the_post_go_and_the_post_stays() -> None:
    def post(head: str, text: str, time: str) -> str:
        return (
            f'<div class="msg"><div class="msg-text"><b>{head}</b><br>{text}</div>'
            f'<div class="msg-footer"><span>12.4K</span> <time>{time}</time></div></div>'
        )

    title = "Two new reception centres before winter"
    heads = [
        *HEADS,
        ("Theatre stages Strindberg this spring", "The premiere is in March, tickets next week."),
        ("Rents rise by five percent next year", "Tenants and landlords agreed after long talks."),
    ]
    others = [post(h, d, f"1{n}:00") for n, (h, d) in enumerate(heads)]
    story = post(title, "<br><br>".join(P), "18:30")
    raw = (
        f"<html><head><title>{title} - Channel</title></head><body><section>"
        f"{''.join(others[:3])}{story}{''.join(others[3:])}</section></body></html>"
    ).encode()
    text = extract_text(raw)
    assert not any(h in text or d in text for h, d in heads)
    assert all(p in text for p in P)


def test_a_sign_up_box_goes_with_its_form_and_the_text_after_it_stays() -> None:
    box = (
        '<div class="subscribe"><h4>Sign up for our newsletter</h4><p>The news from the city, '
        'every morning.</p><form><input type="email"><button>Go</button></form></div>'
    )
    tree = lxml.html.fromstring(page(box))
    assert drop_signup_boxes(tree) == 1  # the form alone says nothing: its box does
    assert "every morning" not in tree.text_content() and P[1] in tree.text_content()


def test_the_text_after_a_promo_box_in_a_br_separated_body_stays() -> None:
    body = "<br><br>".join(P[:2])
    raw = (
        "<html><head><title>Two new reception centres before winter</title></head><body>"
        f'<div class="post-body">{body}<br><br><div class="promo">Get the best of the week by '
        f"e-mail<br>Download our app</div>{P[2]}<br><br>The ministry will report in spring."
        "</div></body></html>"
    ).encode()
    text = extract_text(raw)
    assert P[2] in text and "Download our app" not in text


def test_a_card_whose_headline_links_elsewhere_on_the_page_goes() -> None:
    head = "Three men arrested over forged banknotes in Pikine"
    side = (
        f'<ul class="most-read"><li><a href="/n/1">{head}</a></li><li><a href="/n/2">Storms '
        'expected over the centre and the south</a></li></ul><div class="gallery">'
        f'<a href="/g/1">In pictures: {head}</a><p>Investigators seized four million francs in '
        "forged notes.</p></div>"
    )
    tree = lxml.html.fromstring(page(side))
    assert drop_repeated_cards(tree) == 1
    assert "Investigators seized" not in tree.text_content() and P[1] in tree.text_content()


def test_the_story_s_own_headline_and_standfirst_stay_though_linked_twice() -> None:
    head = "Two new reception centres before winter"
    top = f'<div><a href="/a/1">{head}</a><p>Councils get help with buildings.</p></div>'
    tree = lxml.html.fromstring(page(top + f'<a href="/a/1">{head}</a>'))
    assert drop_repeated_cards(tree) == 0


def test_a_split_teaser_with_an_empty_or_bulleted_line_is_no_card() -> None:
    para = "<p>Free quotes from local firms today<br> </p><p>✔ Checked firms<br>✔ No fees</p>"
    assert drop_split_teasers(lxml.html.fromstring(page(para))) == 0


def test_bare_lines_under_a_list_cue_heading_go() -> None:
    lines = "<br>".join(t for pair in HEADS[:3] for t in pair)
    tree = lxml.html.fromstring(page(f"</p><h4>More news</h4>{lines}<p>"))
    assert drop_cued_line_lists(tree) == 1
    text = tree.text_content()
    assert not any(h in text or d in text for h, d in HEADS[:3]) and P[1] in text
