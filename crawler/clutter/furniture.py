"""Page furniture an extractor keeps as lines: breadcrumbs, button rows (save, discuss, share),
view counters, "Was this helpful?", slug and URL lines and the "select the error and press
Ctrl+Enter" prompt, in the profile's languages.

Whole lines only (crawler.clutter.phrases asks; table rows and bracketed button rows are split
into cells there)."""

from __future__ import annotations

import re

# The first crumb of a breadcrumb trail.
_HOME = (
    r"home|home ?page|startseite|accueil|inicio|portada|início|página inicial|pagina iniziale|"
    r"prima pagina|hoofdpagina|startsida|forside|hjem|etusivu|strona główna|úvod|"
    r"hlavní stránka|acasă|kezdőlap|αρχική|главная|головна|ana ?sayfa|الرئيسية|הבית|首页|首頁|"
    r"トップ|ホーム|홈"
)
_CRUMB = r"[^>›»→/|.!?。]{1,40}"
_BREADCRUMB_RE = re.compile(
    rf"^\W*(?:{_HOME})\W*$"  # the home link alone (a trail split into table cells)
    rf"|^\W*(?:{_HOME})\s*(?:[>›»→/|]\s*{_CRUMB}){{1,4}}$"
    # any trail of short crumbs joined by arrows (">" twice at least: "5 > 3" is no trail; "»"
    # quotes in French and German; a slash or bar needs the home crumb)
    r"|^[^>›»→.!?。]{1,30}(?:\s+[›→]\s+[^>›»→.!?。]{1,30}){1,4}$"
    r"|^[^>›»→.!?。]{1,30}(?:\s+>\s+[^>›»→.!?。]{1,30}){2,4}$"
    r"|^[^\W\d]+(?: [^\W\d]+)?(?: &)?(?: [^\W\d]+)? > [^\W\d]+(?: [^\W\d]+){0,2}$",  # "News > Politics"
    re.IGNORECASE,
)
# Buttons standing alone: save or bookmark the article, discuss it, share it.
_BUTTONS_RE = re.compile(
    r"^\W*(?:(?:save(?: (?:article|story))?|bookmark|merken|speichern|guardar(?: (?:artigo|"
    r"artículo|noticia))?|salvar|kaydet|حفظ|сохранить|zapisz|enregistrer|salva|opslaan|lagre|"
    r"spara|gem|uložit|salvează|mentés|保存|收藏|저장|обсудить|комментировать|kommentieren|"
    r"commenter|comentar|commenta|skomentuj|komentovat|yorum yap|discuss|discutir|"
    r"teilen sie diesen artikel|udostępnij(?: na \S+)?|поделиться(?:\s+\S+)?|поширити(?:\s+\S+)?|partager l[’']article|condividi (?:l[’']articolo|"
    r"su \S+)|(?:この記事を)?シェア(?:する)?|分享(?:到|至)\S*|compartir (?:la )?noticia)\W*)+$",
    re.IGNORECASE,
)
_VIEWS = (
    r"views?|aufrufe|vues|visitas|visualizações|visualizzazioni|weergaven|visningar|visninger|"
    r"wyświetle\w*|zobrazení|vizualizări|megtekintés|görüntülenme|okunma|προβολές|просмотр\w*|"
    r"перегляд\w*|مشاهد\w*|צפיות|阅读(?:量|数)?|閱讀(?:數)?|浏览(?:量|次数)?|瀏覽|閲覧数?|조회수?"
)
_COUNT = r"\d[\d\s.,]*(?:[kKmM]|万|萬|千|천|만)?"
_VIEWS_RE = re.compile(
    rf"^\W*(?:(?:{_VIEWS})\s*[:：]?\s*{_COUNT}(?:\s*次)?|{_COUNT}\s*(?:{_VIEWS})|👁\s*{_COUNT})\W*$"
    r"|^\d{1,3}(?:[.,]\d)?[KkMm]$",  # a bare "3.0K" under a post
    re.IGNORECASE,
)
# A gallery's label and counter ("Galería:", "1 / 3"), an e-paper's page pointer ("→ S. 4"), a
# caption's "illustration photo" label.
_GALLERY_RE = re.compile(
    r"^\W*(?:(?:photo |image )?gallery|galería|galeria|galerie|galleria|fotogalerie|"
    r"bildergalerie|fotogaleria|fotogalleri|bildgalleri|se bildene|se bilderna|se billederne|"
    r"zobacz zdjęcia|фотогалерея|фоторепортаж|相册|图集|写真特集|갤러리|"
    r"illustrasjonsfoto|illustrationsfoto|illustratiefoto|photo d[’']illustration|"
    r"foto (?:ilustrativa|de archivo|d[’']archivio)|imagen ilustrativa|illustration photo|"
    r"archivfoto|archive photo|photo d[’']archives?|symbolbild|symbolfoto|ภาพประกอบ\S*|"
    r"ảnh minh họa|foto ilustrasi|ilustrační (?:foto|snímek)|ilustračné foto|"
    r"(?:عکس|تصویر) (?:تزئینی|آرشیوی)|प्रतीकात्मक (?:तस्वीर|चित्र)|صورة أرشيفية|"
    r"(?:תמונת|צילום) אילוסטרציה|(?:εικόνα|φωτογραφία) αρχείου|архивное фото|архівне фото|"
    r"архивно фото|иллюстративное фото|ілюстративне фото|arşiv fotoğrafı|temsili fotoğraf|"
    r"foto de arquivo|foto d[’']arxiu|imatge d[’']arxiu|arkistokuva|kuvituskuva|"
    r"imagen de archivo|imagem de arquivo|images? d[’']archives?|immagine d[’']archivio|archivbild|"
    r"file (?:photo|image|picture)|archive (?:image|picture)|zdjęcie archiwalne|arşiv görüntüsü|"
    r"архивное изображение|صور(?:ة)? من الأرشيف|फ़ाइल फ़ोटो|फाइल फोटो|자료사진|资料图片?|資料照片?|"
    # ... a photo label over "archive": "Foto: archivo", "تصوير: أرشيفية"
    r"(?:photo|foto|imagen|imagem|image|bild|фото|صورة|الصورة|تصوير|zdjęcie|fot\.|fotoğraf|사진|"
    r"图片|写真)\s*[:：]\s*(?:archives?|archivo|arquivo|archivio|archiv|archiwum|архив|أرشيفية|"
    r"أرشيف|arşiv|자료|资料|資料))"
    # with the agency or photographer after it: "Imagen de archivo / Europa Press"
    r"(?:\s*[/|]\s*[^\W\d][\w .'’-]{1,30})?\W*$"
    r"|^\d{1,3}\s*/\s*\d{1,3}$"
    r"|^\W*(?:s\.|seite|p\.|page|pág\.|str\.|стр\.)\s*\d{1,3}(?:\s*/\s*\d{1,3})?\W*$",
    re.IGNORECASE,
)
# "Was this page helpful?": a feedback widget's question.
_HELPFUL_RE = re.compile(
    r"^[^.!]{0,50}\b(?:helpful|useful|hilfreich|utile|útil|nuttig|užitečn\w*|užitočn\w*|hasznos|"
    r"hyödyllinen|användbar|nyttig|pomocn\w*|корисн\w*|полезн\w*|yararlı|faydalı|χρήσιμ\w*|"
    r"bermanfaat|membantu|giúp ích|hữu ích|muhimu|folositoare|folositor|korisn\w*)\b[^.!]{0,30}"
    r"[?？]$"
    r"|^[^.!]{0,30}(?:유용했나요|도움이 되었나요|役に立ちましたか|有帮助吗|有幫助嗎|उपयोगी|มีประโยชน์|مفید)"
    r"[^.!]{0,20}[?？]?$",
    re.IGNORECASE,
)
_MAX_HELPFUL_CHARS = 80
# An agency's slug or a print view's address line: "SLUG: MIGRANT-WORKERS", "URL: https://...".
_META_LINE_RE = re.compile(
    r"^(?:url|permalink|short ?link|kurz-?url)\s*[:：]\s*https?://\S+$|^slug\s*[:：]\s*[\w-]+$",
    re.IGNORECASE,
)
# Russian and Ukrainian sites' error-report prompt: "Нашли ошибку? Выделите ... Ctrl+Enter".
_CTRL_ENTER_RE = re.compile(r"ctrl\s*\+\s*enter", re.IGNORECASE)
_MAX_CTRL_ENTER_CHARS = 200


def is_furniture(text: str) -> bool:
    """A stripped line that is a breadcrumb trail, a row of buttons, a view counter, a
    feedback question, a slug or address line, or the Ctrl+Enter error-report prompt."""
    if len(text) <= _MAX_CTRL_ENTER_CHARS and _CTRL_ENTER_RE.search(text):
        return True
    return _is_widget(text)


def _is_widget(text: str) -> bool:
    return bool(
        (len(text) <= _MAX_HELPFUL_CHARS and _HELPFUL_RE.match(text))
        or _META_LINE_RE.match(text)
        or _BREADCRUMB_RE.match(text)
        or _BUTTONS_RE.match(text)
        or _VIEWS_RE.match(text)
        or _GALLERY_RE.match(text)
    )


# An author's bio under the story: a name, then "is a reporter ..." in the profile's languages.
_ROLES = (
    r"reporter\w*|journalist\w*|correspondent|editor|writer|columnist|redakteur\w*|"
    r"korrespondent\w*|jornalista|repórter|periodista|redactor\w*|corresponsal|rédact\w*|"
    r"correspondant\w*|giornalista|redattore|redattrice|corrispondente|verslaggever|redacteur|"
    r"dziennikar\w*|redaktor\w*|novinář\w*|журналист\w*|корреспондент\w*|журналіст\w*|"
    r"gazeteci|muhabir\w*|δημοσιογράφος|صحفي\w*|מתכתב\w*|כתב\w*"
)
_BIO_RE = re.compile(
    r"^(?:(?:by|di|von|par|por|de|door|av|af|od|από|от)\s+)?"
    r"(?P<name>[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){1,3}),?\s+"
    r"(?:is|ist|est|es|è|é|jest|er|är|on|je|—|-|–)\s+(?:an?|une?|una?|uma?|eine?)?\s*"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_ROLES})\b"
    r"|^[\u4e00-\u9fff]{2,4}[，,][^，。]{0,20}(?:记者|記者|编辑|編輯)[，,]"
    # "Олена Гнатюк пише про ...": a name that writes about a beat
    r"|^(?P<writer>[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){1,2})\s+(?:writes about|covers|"
    r"schreibt über|écrit sur|escribe sobre|scrive di|escreve sobre|schrijft over|skriver om|"
    r"pisze o|píše o|пише про|пишет о|γράφει για|menulis tentang|viết về|anaandika kuhusu)\s"
    # "Author: <name> works on the social desk.": a label, a name, a sentence about them
    r"|^(?:author|autor|auteur|autore|författare|forfatter|kirjoittaja|szerző|yazar|συντάκτης|"
    r"автор|כותב|penulis|tác giả|mwandishi|लेखक|ผู้เขียน|نویسنده)\s*[:：]\s*\S+(?:\s+\S+){4,}[.。]$",
    re.IGNORECASE,
)
_MAX_BIO_CHARS = 250


def is_author_bio(text: str) -> bool:
    """ "Katrin Voßberg ist Redakteurin im Lokalressort ...": a line about the author (judged at
    the end of a text only: a story may say the same of the people it is about)."""
    match = _BIO_RE.match(text) if len(text) <= _MAX_BIO_CHARS else None
    if match is None:
        return False
    if match["writer"] is not None:
        return all(word[0].isupper() for word in match["writer"].split())
    if match["name"] is None:
        return True  # the Chinese form (name, outlet and role) or the labelled one
    name = match["name"].split()  # capitalised, and no "The Minister is a former journalist"
    return name[0].casefold() not in _ARTICLES and all(word[0].isupper() for word in name)


_ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "le",
        "la",
        "les",
        "un",
        "une",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "o",
        "os",
    ]
)
