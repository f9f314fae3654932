"""Notes every page carries that are no article text: copyright and reprint notes, cookie
notices, in the topic profile's languages (matched as lower-cased substrings of a line)."""

from __future__ import annotations

_RESERVED = (
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "wszelkie prawa zastrzeżone",
    "vervielfältigung nur mit genehmigung",
    "nachdruck nur mit genehmigung",
    "materiał chroniony prawem autorskim",
    "reproduction interdite",
    "prohibida su reproducción",
    "riproduzione riservata",
    # cookie notes
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "diese website verwendet cookies",
    "wir verwenden cookies",
    "ce site utilise des cookies",
    "nous utilisons des cookies",
    "este sitio web utiliza cookies",
    "utilizamos cookies",
    "questo sito utilizza cookie",
    "utilizziamo i cookie",
    "este site utiliza cookies",
    "deze website gebruikt cookies",
    "wij gebruiken cookies",
    "używa plików cookie",
    "använder cookies",
    "bruker informasjonskapsler",
    "vi bruger cookies",
    "käytämme evästeitä",
    "используем файлы cookie",
    "використовуємо файли cookie",
    "çerez kullan",
    "χρησιμοποιούμε cookies",
    "ملفات تعريف الارتباط",
    "משתמשים בעוגיות",
    "使用cookie",
    "cookieを使用",
    "쿠키를 사용",
    "používá cookies",
    "folosește cookie",
    "sütiket használ",
    # reprint notes of Korean, Chinese and Japanese outlets
    "무단전재",
    "무단 전재",
    "재배포 금지",
    "未经授权不得转载",
    "未经许可不得转载",
    "未經授權不得轉載",
    "無断転載",
    "転載禁止",
    # republishing allowed only with the source named
    "با ذکر منبع مجاز است",
    "بدون ذکر منبع ممنوع",
    "reproduction autorisée avec mention",
)


def is_notice(text: str) -> bool:
    """A line holding a copyright, reprint or cookie note."""
    low = text.lower()
    return any(phrase in low for phrase in _RESERVED)
