"""Hidden elements and hover-card widgets leave the tree before extraction; the article stays."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.clutter.hidden import drop_hidden, drop_menus

BODY = "<p>" + "The council voted on Wednesday to ban facial recognition technology. " * 4 + "</p>"


def text_after(fragment: str) -> str:
    tree = lxml.html.fromstring(f"<html><body><article>{BODY}{fragment}</article></body></html>")
    drop_hidden(tree)
    return " ".join(tree.text_content().split())


@pytest.mark.parametrize(
    "fragment",
    [
        "<p hidden>Breaking: markets rally</p>",
        '<div aria-hidden="true"><p>Breaking: markets rally</p></div>',
        '<p style="color: red; DISPLAY: none">Breaking: markets rally</p>',
        '<p style="visibility:hidden">Breaking: markets rally</p>',
        '<span class="sr-only">Breaking: markets rally</span>',
        '<span class="label visually-hidden">Breaking: markets rally</span>',
        '<span class="screen-reader-text">Breaking: markets rally</span>',
    ],
    ids=["hidden", "aria", "display", "visibility", "sr_only", "visually_hidden", "screen_reader"],
)
def test_hidden_elements_go(fragment: str) -> None:
    assert "markets rally" not in text_after(fragment)


def test_a_hover_card_leaves_the_sentence_whole() -> None:
    fragment = (
        '<p>He threatened Rep. <a href="/p">Ilhan Omar<span class="hovercard"><b>Ilhan Omar</b>'
        "<i>Hillicon Valley: tech news</i></span></a> in voicemails.</p>"
    )
    assert "threatened Rep. Ilhan Omar in voicemails." in text_after(fragment)


def test_classes_that_only_contain_hidden_stay() -> None:
    assert "markets rally" in text_after('<p class="hidden-xs">Breaking: markets rally</p>')


def test_an_article_behind_a_read_more_toggle_stays() -> None:
    rest = "<p>" + "The ordinance takes effect in thirty days for every agency. " * 12 + "</p>"
    assert "takes effect in thirty days" in text_after(f'<div class="hidden">{rest}</div>')


def test_link_menus_go_and_prose_in_nav_stays() -> None:
    menu = "<nav>" + "".join(f'<a href="/{n}">Section {n}</a> ' for n in range(20)) + "</nav>"
    prose = "<nav><p>" + "Refugee groups welcomed the move on Tuesday. " * 3 + "</p></nav>"
    tree = lxml.html.fromstring(f"<html><body>{menu}{BODY}{prose}</body></html>")
    assert drop_menus(tree) == 1
    text = tree.text_content()
    assert "Section 7" not in text and "Refugee groups welcomed" in text
