"""Shared pieces of the briefs_blind12 generator: page context, teaser cutting, brief structure."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from html import escape as esc

NOSPACE = {"zh", "ja", "th"}  # scripts written without spaces between words
RTL = {"ar", "fa", "he"}

MORE = dict(
    en="Read more", es="Leer más", fr="Lire la suite", de="Weiterlesen", it="Leggi tutto",
    pt="Ler mais", nl="Lees verder", pl="Czytaj dalej", ru="Читать далее", uk="Читати далі",
    ar="اقرأ المزيد", fa="ادامه مطلب", tr="Devamını oku", zh="阅读全文", ja="続きを読む",
    ko="더보기", hi="और पढ़ें", sv="Läs mer", el="Περισσότερα", ro="Citește mai mult",
    hu="Tovább", cs="Číst dál", vi="Xem thêm", id="Baca selengkapnya", he="להמשך קריאה",
    th="อ่านต่อ", bn="আরও পড়ুন", sw="Soma zaidi",
)  # fmt: skip
NEWS = dict(
    en="More news", es="Más noticias", fr="Dans l’actualité", de="Weitere Nachrichten",
    it="Altre notizie", pt="Mais notícias", nl="Meer nieuws", pl="Zobacz też",
    ru="Другие новости", uk="Інші новини", ar="أخبار أخرى", fa="اخبار دیگر",
    tr="Diğer haberler", zh="更多新闻", ja="その他のニュース", ko="많이 본 뉴스",
    hi="अन्य खबरें", sv="Fler nyheter", el="Άλλες ειδήσεις", ro="Alte știri",
    hu="További hírek", cs="Další zprávy", vi="Tin khác", id="Berita lainnya",
    he="חדשות נוספות", th="ข่าวอื่นๆ", bn="আরও খবর", sw="Habari zaidi",
)  # fmt: skip


@dataclass
class Item:
    h: str
    t: str  # the teaser as shown (labelled), without its mark
    mark: str  # html after the teaser: "", an ellipsis, " »", a "more" link
    url: str
    time: str
    comments: int
    duration: str
    views: str


@dataclass
class Page:
    lang: str
    title: str
    blocks: list[str]  # the brief's html blocks in order (paragraphs and structure)
    items: list[Item]
    rng: random.Random
    k: int
    extra: list[str] = field(default_factory=list)

    @property
    def more(self) -> str:
        return MORE[self.lang]

    @property
    def news(self) -> str:
        return NEWS[self.lang]

    @property
    def dir(self) -> str:
        return ' dir="rtl"' if self.lang in RTL else ""

    def body(self, sep: str = "\n") -> str:
        return sep.join(self.blocks)


def _cut_point(dek: str, frac: float) -> int:
    return max(8, int(len(dek) * frac))


def cut(dek: str, mode: str, lang: str, rng: random.Random) -> tuple[str, str]:
    """The shown teaser and its mark for one teaser mode."""
    nospace = lang in NOSPACE
    if mode == "full":
        return dek, ""
    if mode == "raw":
        n = rng.choice([14, 17, 20] if nospace else [80, 90, 100])
        return dek[:n].rstrip(), ""
    pos = _cut_point(dek, rng.uniform(0.5, 0.72))
    if mode == "mid":
        if not nospace:
            while pos < len(dek) - 2 and not (dek[pos - 1].isalnum() and dek[pos].isalnum()):
                pos += 1
        return dek[:pos], rng.choice(["…", "...", ""])
    if not nospace:
        space = dek.rfind(" ", 0, pos)
        pos = space if space > 10 else pos
    return dek[:pos].rstrip(" ,;:"), rng.choice([" […]", "...", "…", " [...]", " »", "MORE"])


def make_items(
    pool: list[str], n: int, mode: str, lang: str, rng: random.Random, k: int
) -> list[Item]:
    items = []
    for i, line in enumerate(pool[:n]):
        h, dek = line.split("|")
        t, mark = cut(dek, mode, lang, rng)
        if mark == "MORE":
            mark = f' <a class="more" href="/n/{k}{i}">{esc(MORE[lang])}</a>'
        else:
            mark = esc(mark)
        items.append(
            Item(
                h=h,
                t=t,
                mark=mark,
                url=f"/{2026 - rng.randint(0, 1)}/{rng.randint(1, 12):02d}/{k * 40 + i + 1100}.html",
                time=f"{rng.randint(6, 23):02d}:{rng.choice(['02', '15', '27', '38', '44', '59'])}",
                comments=rng.randint(0, 180),
                duration=f"{rng.randint(0, 4)}:{rng.randint(5, 59):02d}",
                views=f"{rng.randint(1, 95)}.{rng.randint(0, 9)}K",
            )
        )
    return items


def _p(s: str) -> str:
    return f"<p>{esc(s)}</p>"


def brief_blocks(brief: dict, structured: bool) -> tuple[list[str], list[str]]:
    """The brief's html blocks and its body labels, with or without its own structure."""
    paras: list[str] = list(brief["paras"])
    blocks = [_p(x) for x in paras]
    labels = list(paras)
    if not structured:
        return blocks, labels
    kind, *data = brief["struct"]
    if kind == "quote":
        blocks.insert(
            1, f"<blockquote><p>{esc(data[0])}</p><cite>{esc(data[1])}</cite></blockquote>"
        )
        labels[1:1] = [data[0], data[1]]
    elif kind == "list":
        lis = "".join(f"<li>{esc(x)}</li>" for x in data[1])
        blocks.insert(1, f"{_p(data[0])}\n<ul>{lis}</ul>")
        labels[1:1] = [data[0], *data[1]]
    elif kind == "table":
        rows = "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in data[0])
        blocks.append(f'<table class="facts">{rows}</table>')
        labels += [x for pair in data[0] for x in pair]
    elif kind == "qa":
        for q, a in data[0]:
            blocks.append(f"<p><strong>{esc(q)}</strong></p>\n{_p(a)}")
            labels += [q, a]
    elif kind == "subhead":
        blocks.insert(len(blocks) - 1, f"<h2>{esc(data[0])}</h2>")
        labels.insert(len(labels) - 1, data[0])
    elif kind == "caption":
        fig = f'<figure><img src="/img/{len(paras)}.jpg" alt=""><figcaption>{esc(data[0])}</figcaption></figure>'
        blocks.insert(1, fig)
        labels.insert(1, data[0])
    elif kind in ("update", "byline", "next"):
        cls = {"update": "note", "byline": "byline", "next": "next"}[kind]
        inner = f"<em>{esc(data[0])}</em>" if kind == "update" else esc(data[0])
        blocks.append(f'<p class="{cls}">{inner}</p>')
        labels.append(data[0])
    elif kind == "dateline":
        rest = paras[0][len(data[0]) :]
        blocks[0] = f"<p><b>{esc(data[0])}</b>{esc(rest)}</p>"
    return blocks, labels


def doc(p: Page, site: str, body: str, head: str = "", old: bool = False) -> str:
    """A whole html document around a layout's body."""
    t = f"{esc(p.title)} - {esc(site)}"
    if old:
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
            f'<html lang="{p.lang}"{p.dir}><head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n<title>{t}</title>\n{head}</head>\n'
            f"{body}\n</html>\n"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}"{p.dir}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{t}</title>\n{head}</head>\n{body}\n</html>\n"
    )
