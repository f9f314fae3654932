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


def pruned_text(fragment: str) -> str:
    """The text of a page after the whole DOM pass."""
    from crawler.clutter.prune import prune_page

    tree = lxml.html.fromstring(f"<html><body><article>{BODY}{fragment}</article></body></html>")
    prune_page(tree)
    return " ".join(tree.text_content().split())


@pytest.mark.parametrize(
    "widget",
    [
        '<span class="author-hover"><a href="/a/x">Vladimír Kubát</a><span class="author-hover__'
        'card"><span>Vladimír Kubát</span> <button>Zobrazit profil</button> <em>Zastupitelé '
        "schválili rozpočet</em></span></span>",
        '<span class="HoverCard_root__a8Fq2"><a class="HoverCard_trigger__Lk3" href="/p/x">Vladimír'
        ' Kubát</a><span class="HoverCard_content__0pQm" data-state="closed">Zobrazit profil'
        "Zastupitelé schválili rozpočet</span></span>",
        '<span class="author-tip"><a href="/p/x">Vladimír Kubát</a><span class="tip"><b>Vladimír '
        "Kubát</b> Zobrazit profil <a>Zastupitelé schválili rozpočet</a></span></span>",
        # Tailwind: a card made visible on hover only, after a plain-text name
        '<span>Vladimír Kubát<span class="invisible absolute group-hover:visible"><b>Vladimír '
        "Kubát</b> <i>Zastupitelé schválili rozpočet</i> <button>Zobrazit profil</button></span>"
        "</span>",
        '<span>Vladimír Kubát<span class="author-card"><b>Vladimír Kubát</b> <i>Zastupitelé '
        "schválili rozpočet</i> <button>Zobrazit profil</button></span></span>",
    ],
    ids=["bem_card", "css_modules", "tip", "tailwind_invisible", "author_card"],
)
def test_a_hover_card_goes_and_the_name_stays_in_its_sentence(widget: str) -> None:
    text = pruned_text(f"<p>„Nechceme vozit vzduch,“ řekl náměstek {widget}, v pondělí.</p>")
    assert "„Nechceme vozit vzduch,“ řekl náměstek Vladimír Kubát, v pondělí." in text
    assert "Zastupitelé" not in text and "profil" not in text


def test_a_newsletter_box_goes_with_its_heading() -> None:
    box = (
        '<div class="block block-simplenews"><h2>Newsletter</h2><p>Zapisz się do naszego '
        'newslettera i otrzymuj najważniejsze informacje z regionu.</p><input type="submit" '
        'value="OK"></div><h3>Co proponują dyrektorzy</h3><p>The association wrote to the '
        "ministry.</p>"
    )
    text = pruned_text(box)
    assert "Newsletter" not in text and "Zapisz" not in text
    assert "Co proponują dyrektorzy" in text and "The association wrote to the ministry." in text


def test_a_search_form_with_a_submit_button_stays() -> None:
    form = (
        '<div class="search"><p>Search the archive of council minutes</p><button>Go</button></div>'
    )
    assert "Search the archive of council minutes" in pruned_text(form)


def test_a_card_after_a_names_link_goes_and_a_caption_after_a_link_stays() -> None:
    card = (
        "<p>La abogada <a class='pc-name' href='/p/x'>Rosario Belmonte</a><span class='pc-card'>"
        "Rosario BelmonteVer perfilVecinos de El Palmar protestan por el cierre</span>, que "
        "atiende a jornaleros, explica el caso.</p>"
    )
    text = pruned_text(card)
    assert "La abogada Rosario Belmonte, que atiende a jornaleros, explica el caso." in text
    assert "Ver perfil" not in text and "El Palmar" not in text
    note = "<p>See <a href='/r'>the report</a> <span class='card-note'>published in May</span>.</p>"
    assert "See the report published in May." in pruned_text(note)
