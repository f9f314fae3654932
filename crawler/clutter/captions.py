"""Photo credits in caption lines: "... at the border. Foto: dpa/Robert Michael", "(Photo: X /
Getty Images)", "新华社记者 王磊 摄" (the caption's text is no article line either: the whole line
goes)."""

from __future__ import annotations

import re

# A credit at the end of a caption line: "... (Photo: X / Getty Images)".
_CREDIT_TAIL_RE = re.compile(
    r"(?:(?:/|\||\bvia\b|©)\s*(?:Getty Images|AFP|AP|Reuters|EPA|dpa|Shutterstock|iStock)"
    r"(?:\s*/\s*[\w .'-]{2,40})?\)?"
    r"|\((?:(?:AP|AFP|EPA|Reuters|dpa) )?(?:photo|foto|image|credit|צילום|фото|φωτογραφία|"
    r"صورة|사진|写真|kuva|zdjęcie|fotó|fotoğraf|ảnh|picha|عکس|ภาพ|फोटो|снимка|слика)[^()]{0,50}\)"
    # "... at the border. Foto: dpa/Robert Michael", "内部。 사진=연합뉴스", in a table cell too
    r"|(?:[.!?。」»”)]\s*|\s[|/–—-]\s)(?:photo|foto|фото|φωτ\.?|kuva|zdjęcie|fot\.|bild|image|"
    r"credit|crédit|fotó|fotoğraf|світлина|صورة|الصورة|צילום|사진|写真|图片来源|圖片來源|图片|"
    r"圖片|摄影|攝影|zdroj|crédit photo|photo credit)\s*[:：=＝]\s*[^.!?。|]{2,60}"
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
