"""Photo credits in caption lines: "... at the border. Foto: dpa/Robert Michael", "(Photo: X /
Getty Images)", "新华社记者 王磊 摄" (the caption's text is no article line either: the whole line
goes)."""

from __future__ import annotations

import re

import lxml.html

# The labels a credit starts with: "Foto:", "Photo credit:", "تصوير:", "사진=".
CREDIT_LABELS = (
    r"(?:photo|photos|image|images|imagem|picture|pictures|credit|foto|fotos|bild|bilder|"
    r"bildquelle|crédits? photos?|photo credit|image credit|quelle|fuente|source|fot\.?|zdroj|"
    r"fotografia|imagen|beeld|zdjęcie|kuva|φωτογραφία|fotó|фото|фотография|світлина|fotoğraf|"
    r"φωτ\.?|صورة|الصورة|تصوير|צילום|图片来源|圖片來源|图片|圖片|图源|摄影|攝影|写真|사진|"
    r"ilustrační (?:foto|snímek)|ilustračné foto|imatge(?: d[’']arxiu)?|foto d[’']arxiu|"
    r"ảnh(?: minh họa)?|(?:foto )?ilustrasi|illustration|illustrasjon|kuvitus|εικόνα|снимка|"
    r"слика|fotografie|picha|चित्र|फोटो|तस्वीर|ภาพ|عکس|تصویر|ilustracija|ilustrácia)"
)
# A credit at the end of a caption line: "... (Photo: X / Getty Images)".
_CREDIT_TAIL_RE = re.compile(
    r"(?:(?:/|\||\bvia\b|©)\s*(?:Getty Images|AFP|AP|Reuters|EPA|dpa|Shutterstock|iStock)"
    r"(?:\s*/\s*[\w .'-]{2,40})?\)?"
    r"|\((?:(?:AP|AFP|EPA|Reuters|dpa) )?(?:photo|foto|image|credit|צילום|фото|φωτογραφία|"
    r"صورة|사진|写真|kuva|zdjęcie|fotó|fotoğraf|ảnh|picha|عکس|ภาพ|फोटो|снимка|слика)[^()]{0,50}\)"
    # "... at the border. Foto: dpa/Robert Michael", "内部。 사진=연합뉴스", in a table cell too
    r"|(?:[.!?。」»”)]\s*|\s[|/–—-]\s)(?:photo|foto|фото|φωτ\.?|kuva|zdjęcie|fot\.|bild|image|"
    r"credit|crédit|fotó|fotoğraf|світлина|صورة|الصورة|تصوير|צילום|사진|写真|图片来源|圖片來源|"
    r"图片|圖片|摄影|攝影|zdroj|crédit photo|photo credit|ảnh|hình)\s*[:：=＝]\s*[^.!?。|]{2,60}"
    # "... rano. Fot. Shutterstock": the abbreviation's point is the separator
    r"|[.!?。]\s+fot\.\s*[^\W\d][^.!?。|]{1,40}"
    r"|[.!?。]\s+фото (?:пресс-служб\w*|из открытых источников|из архива)[^.!?。|]{0,60}"
    r"|[(（][^()（）]{1,24}撮影[)）]"
    r"|[.!?。]\s+(?:foto|fotografia|photo|fotografía|bild) (?:di|de|von|van|av|af|par|by)\s"
    r"[^.!?。|]{2,60}|[.!?。]\s*[^。，,.|]{2,24}\s*摄)\s*\|?\s*$",
    re.IGNORECASE,
)
# "新华社记者 王磊 摄": a Chinese photo credit ends with 摄 (photographed by).
_CJK_CREDIT_RE = re.compile(r"^[^。，,.]{2,24}\s*摄$")


# "Ilustrační foto: Shutterstock", "Picha: Getty Images": any label, then a stock agency.
_STOCK_CREDIT_RE = re.compile(
    r"^[^.!?。]{1,40}[:：/]\s*(?:shutterstock|getty images|istock(?:photo)?|alamy|unsplash|"
    r"pixabay|depositphotos|adobe stock|123rf|dreamstime|pexels)\b[^.!?。]{0,30}$",
    re.IGNORECASE,
)


def has_credit(text: str) -> bool:
    """A stripped short line that ends with a photo credit, or is a Chinese one."""
    return bool(
        _CREDIT_TAIL_RE.search(text[-70:])
        or _CJK_CREDIT_RE.match(text)
        or (len(text) <= 80 and _STOCK_CREDIT_RE.match(text))
    )


# Agencies and stock libraries named alone as a photo's credit.
_AGENCIES = (
    r"(?:AFP|AP|Reuters|EPA|dpa|EFE|ANSA|LUSA|TASS|ТАСС|Xinhua|Getty Images|Shutterstock|iStock|"
    r"Alamy|Anadolu|PAP|ČTK|MTI|Agerpres|BTA|ANP|Belga|Keystone|NTB|Ritzau|STT|KNA|epd|Yonhap|"
    r"Kyodo|IRNA|رويترز|فرانس برس|أ ف ب|新华社|연합뉴스|共同通信)"
)
# The whole text of a small element beside an image: a label and a name or agency ("Foto: EFE",
# "Photo AFP", "تصوير: رويترز"), an agency alone or with a photographer, or a © line.
_IMAGE_CREDIT_RE = re.compile(
    rf"^[(（]?(?:{CREDIT_LABELS}s?\b\s*(?:\[[a-z]\])?\s*[:：©=＝/|–-]?\s*[^.!?。:：]{{1,40}}"
    rf"|{_AGENCIES}(?:\s*/\s*[^\W\d][\w .'’-]{{1,40}})?|©\s*[^.!?。]{{1,40}})[)）]?$",
    re.IGNORECASE,
)
_MAX_IMAGE_CREDIT_CHARS = 60
_MAX_BOX_CHILDREN = 4
_CREDIT_TAGS = ("span", "small", "p", "div", "figcaption", "em", "i", "b", "strong", "cite", "font")


def drop_image_credits(tree: lxml.html.HtmlElement) -> int:
    """Drop the small elements beside an image whose whole text is its credit, in place (their
    tails stay): an extractor runs the credit into the paragraph after the photo ("Foto: EFE El
    Gobierno aprobó ..."), and the line pass would lose the paragraph with it. Return how many."""
    found: dict[int, lxml.html.HtmlElement] = {}
    for img in tree.iter("img"):
        box = img.getparent()
        if box is not None and box.tag in ("a", "picture", "noscript"):
            box = box.getparent()
        if box is None or len(box) > _MAX_BOX_CHILDREN:
            continue  # a photo's own box holds a few elements, not the article around it
        after = box.getnext()
        extra = [after] if after is not None and after.tag in _CREDIT_TAGS else []
        inside = [e for e in box.iter(*_CREDIT_TAGS) if e is not box and _is_image_credit(e)]
        if len(inside) == 1 and _words(inside[0]) != _words(box):
            inside = []  # a caption with its credit: one line, crawler.clutter.phrases' to judge
        for elem in inside + [e for e in extra if _is_image_credit(e)]:
            found[id(elem)] = elem
    for elem in found.values():
        if elem.getparent() is not None:
            elem.drop_tree()
    return len(found)


def _words(elem: lxml.html.HtmlElement) -> str:
    return " ".join(elem.text_content().split())


def _is_image_credit(elem: lxml.html.HtmlElement) -> bool:
    if any(child.tag == "img" for child in elem.iter()):
        return False
    text = _words(elem)
    return 0 < len(text) <= _MAX_IMAGE_CREDIT_CHARS and _IMAGE_CREDIT_RE.match(text) is not None
