"""Notes every page carries that are no article text: copyright and reprint notes, cookie
notices, in the topic profile's languages (matched as lower-cased substrings of a line)."""

from __future__ import annotations

import re

from crawler.clutter.literals import Rule

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


# "Reproduction prohibited without permission", in the profile's languages: a copy word, a
# permission word and a ban, all three (a report on copyright law rarely fits a short line).
_COPY_RE = re.compile(
    r"reproduc|reproduç|riproduz|eftertryk|ettertrykk|eftertryck|kopi|copy|copie|kopírov|šíření|перепечат|передрук|"
    r"копиров|nachdruck|vervielfältig|verveelvoudig|preuzimanj|másolás|kopyala|αναδημοσίευ|"
    r"sao chép|kunakili|النسخ|إعادة النشر|להעתיק|पुनर्प्रकाशन|คัดลอก|转载|轉載|menayangkan ulang",
    re.IGNORECASE,
)
_PERMISSION_RE = re.compile(
    r"permission|autoriza|autoris|autorizz|tilladelse|tillatelse|tillstånd|lupaa|dozvol|"
    r"dopušten|zgody|souhlas|engedély|izin|άδεια|разрешени|дозвол|acord|toestemming|إذن|אישור|"
    r"अनुमति|อนุญาต|đồng ý|idhini|授权|授權|許可|许可",
    re.IGNORECASE,
)
_BANNED_RE = re.compile(
    r"forbudt|förbjud|kielletty|zabranjen|zakázán|zabronion|interdit|prohibid|proibid|vietat|"
    r"verboten|untersagt|запрещен|заборонен|interzis|tilos|απαγορεύεται|يُمنع|يمنع|ممنوع|"
    r"אין ל|वर्जित|ห้าม|禁止|dilarang|hairuhusiwi|không được|kopyalanamaz|kullanılamaz|"
    r"niets uit deze|all rights",
    re.IGNORECASE,
)
_MAX_COPY_NOTE_CHARS = 140
_COPY = Rule(_COPY_RE, gated=True)


def is_notice(text: str) -> bool:
    """A line holding a copyright, reprint or cookie note."""
    low = text.lower()
    if any(map(low.__contains__, _RESERVED)):
        return True
    return (
        len(text) <= _MAX_COPY_NOTE_CHARS
        and _COPY.search(low, lowered=True)
        and _PERMISSION_RE.search(text) is not None
        and _BANNED_RE.search(text) is not None
    )
