"""Cue and boilerplate phrases, in the languages we crawl: read-also and list headers (their words
are crawler.clutter.cues'), share and
ad labels, credits (newsletter/promo/paywall/cookie notes are crawler.clutter.promos', video-player
chrome crawler.clutter.player's)."""

from __future__ import annotations

import re

from crawler.clutter import asks, captions, furniture, promos, widgets
from crawler.clutter import textsignals as ts
from crawler.clutter.cues import LIST_CUE, OTHER_NEWS, SECTION_OF, UNSPACED_CUE

SECTION_CUE_RE = re.compile(
    rf"^\s*(?:[>»›→▶►]+\s*)?(?:{LIST_CUE}|(?:{OTHER_NEWS}|más noticias|more (?:news|stories)|weitere nachrichten)"
    rf"\s+{SECTION_OF}\s+[\w .'’&-]{{1,30}})"
    r"\s*[:：.!»›>|-]*\s*$",
    re.IGNORECASE,
)
INLINE_CUE_RE = re.compile(
    rf"^\s*(?:\W{{1,3}}\s*)?(?:{LIST_CUE}|(?:read|see|watch|listen|more)(?:\s+\w+){{0,2}}|also read|"
    r"leia|leggi|lees|läs|czytaj|पढ़ें|पढ़िए|देखें|"  # not "Lea:"/"Lee:", interview speakers
    r"mehr dazu|siehe auch|sehen sie auch)\s*(?::|：|\||»|›|>|–|—|→| -|\]|】|\.\.|…)\s*\S"
    rf"|^\s*(?:{UNSPACED_CUE})\s+\S",
    re.IGNORECASE,
)
_BARE_CUE_RE = re.compile(rf"^\s*(?P<cue>{LIST_CUE})\s+(?P<rest>\S.*)$", re.IGNORECASE)
# A cue run into its link's headline by the markup ("Leia também<a>Paysandu vence ...</a>",
# "【関連】コンサドーレ、...", "延伸閱讀詐團假冒..."): no separator in the line.
_FUSED_CUE_RE = re.compile(
    rf"^\s*(?:\W{{1,3}}\s*)?(?P<cue>{LIST_CUE})(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_MAX_FUSED_CUE_CHARS = 120
# "63 reacties", "Kommentare (4)", "コメント 58件": a list's or an article's comment counter.
_COMMENTS = (
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties|"
    r"reactie|kommentarer|kommentar|komentarzy|komentarze|komentáře|kommentit|hozzászólás|"
    r"yorum(?:lar)?|σχόλια|комментари(?:й|я|ев|и)?|коментар(?:і|ів)?|(?:ال)?تعليقات?|تعليقا|"
    r"टिप्पणियां|टिप्पणियाँ|कमेंट्स?|komentar|maoni|نظرات|دیدگاه‌ها|دیدگاه ها|"
    r"comentarii|kommenttia|diskuse|diskusia|diskussion|discussion|dyskusja|תגובות|コメント|"
    r"评论|評論|留言|댓글)"
)
# Advertising labels, alone in an element or in front of a line ("ANZEIGE - Heute mal ...?").
_AD_WORDS = (
    r"advertisement|advertising|anzeige|werbung|sponsored|publicidad|publicité|pubblicità|"
    r"annonce|advertentie|annons|annonse|reklame|reklama|mainos|реклама|reklam|διαφήμιση|إعلان|"
    r"פרסומת|广告|廣告|広告|광고|inzerce|reclamă|publicitate|hirdetés|publicidade|patrocinado|"
    r"gesponsord|anuncio|anuncios|anúncio|إعلانات|reklamy|โฆษณา|iklan|quảng cáo|tangazo|تبلیغات|"
    r"آگهی|विज्ञापन|oglas|publicitat"
)
_AD_LABELS = frozenset(_AD_WORDS.split("|"))
_LABEL_MARKS = " \t\n-–—|:·•*()[]"
# Boilerplate lines, by what they start with (one anchored regex: cheap on long lines).
_BOILERPLATE_START_RE = re.compile(
    # newsletter and subscription prompts
    r"^(?:(?:sign up|subscribe|get (?:our|the)\b.*\b(?:newsletter|inbox|by e-?mail)|never miss"
    r"|join (?:our|the)"
    r"|register (?:now|for)|abonnieren sie|jetzt (?:abonnieren|anmelden)|melden sie sich|"
    r"inscrivez-vous|abonnez-vous|suscr[ií]bete|zapisz się|zapraszamy (?:też )?do subskrypcji|"
    r"iscriviti|assine|inscreva-se|click here|klicken sie hier|cliquez ici|haga clic aquí)\b"
    # share / follow / print widgets
    r"|(?:(?:share(?: this(?: article| story| page| post)?| on \w+| via \w+| article)?"
    r"|(?:%d|\d+) (?:bloggers? like this|bloggern gefällt das)|like this|gefällt mir"
    r"|wird geladen|loading|teilen(?: sie dies)? mit"
    r"|follow us(?: on \w+)?(?: (?:and|&) \w+)?|tweet|e-?mail|copy link|whatsapp|facebook"
    # print and text-size toolbars
    r"|print(?: this)?(?: page| article| story)?|stampa|imprimir|imprimer|drucken|druckversion"
    r"|afdrukken|skriv ut|udskriv|tulosta|drukuj|tisk|nyomtatás|tipărește|печать|друк|yazdır"
    r"|εκτύπωση|طباعة|הדפסה|打印本页|打印|列印|印刷|인쇄|text size|font size|schriftgröße"
    r"|taille du texte|tamaño (?:de )?(?:letra|texto)|dimensione (?:del )?testo|tamanho do texto"
    r"|tekstgrootte|textstorlek|tekststørrelse|rozmiar (?:tekstu|czcionki)|размер шрифта"
    r"|字号[:：]?(?: ?[大中小])*|文字サイズ|글자 ?크기|velikost písma|betűméret|mărime text"
    r"|twitter|linkedin|teilen|folgen sie uns(?: auf \w+)?|partager(?: cet article| sur \w+)?"
    r"|suivez-nous(?: sur \w+)?|compartir(?: en \w+)?|síguenos(?: en \w+)?|condividi"
    r"|udostępnij|partilhar|compartilhar|delen|jaa|sdílet|distribuie|megosztás|поделиться|"
    r"поширити|paylaş|κοινοποίηση|مشاركة|שתפו|分享|シェア|공유하기|поділитися|اشتراک‌?گذاری|"
    r"اشتراک گذاری|هم‌رسانی|bagikan|chia sẻ|shiriki|zdieľať|сподели|podijeli|podeli|शेयर करें|"
    r"แชร์|partajează|comparteix|dela|del"
    # "Follow" buttons of profile cards
    r"|follow|folgen|suivre|seguir|volgen|följ|følg|obserwuj|seuraa|подписаться|підписатися|"
    r"takip et|ακολουθήστε|متابعة|עקוב|关注|關注|フォロー|팔로우|sledovat|urmărește|követés|"
    r"theo dõi|ikuti|fuata|دنبال کنید|फॉलो करें|ติดตาม"
    # log-in buttons
    r"|log ?in|sign in|accedi|anmelden|einloggen|se connecter|connexion|iniciar sesión|entrar|"
    r"inloggen|logga in|logg inn|log ind|zaloguj się|přihlásit se|войти|увійти|giriş yap|"
    r"σύνδεση|تسجيل الدخول|התחברות|登录|ログイン|로그인|masuk|đăng nhập|ingia|ورود|लॉग इन|"
    r"เข้าสู่ระบบ|kirjaudu|bejelentkezés|conectare|autentificare|prijava|пријава|вход"
    r"|\d+\s*(?:shares?|partages|condivisioni|compartilhamentos|udostępnień|paylaşım|"
    r"κοινοποιήσεις|مشاركة|שיתופים|分享|シェア|공유))\W*)+$"
    # sticky "Now reading:" bars
    r"|(?:now reading|you are reading|vous lisez|estás leyendo|stai leggendo|você está lendo|"
    r"du läser nu|du leser nå|du læser nu|czytasz teraz|сейчас читаете|ви читаєте|"
    r"διαβάζετε τώρα|تقرأ الآن|正在阅读|正在閱讀|지금 읽는 기사|právě čtete|citești acum|"
    r"most olvasod)\s*[:：]"
    # advertising labels in front of a line ("ANZEIGE - Heute mal ...?")
    rf"|(?:{_AD_WORDS})\s*[-–|:]\s"
    # membership and donation asks
    r"|(?:unterstütze|unterstützen sie (?:uns|unsere)|support (?:us|our (?:journalism|work))|"
    r"hazte (?:miembro|socio)|become a (?:member|subscriber|supporter)|devenez (?:membre|abonné)|"
    r"diventa (?:socio|abbonato)|torne-se (?:membro|assinante)|word (?:lid|abonnee))\b"
    # page meta lines
    r"|(?:last (?:modified|updated)|zuletzt aktualisiert|letzte aktualisierung)\b"
    # advertising markers
    rf"|\W*(?:{_AD_WORDS}|"
    r"(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?|"
    r"scroll to continue(?: with content)?|weiterlesen nach der anzeige|"
    r"haberin devamı reklamdan sonra|ادامه (?:مطلب|خبر) (?:پس از|بعد از) (?:آگهی|تبلیغ)|"
    r"la noticia continúa (?:después de|tras) la publicidad|l[’']article continue (?:après|sous) "
    r"la publicité|der artikel geht (?:nach der|unter der) (?:werbung|anzeige) weiter|"
    r"continua (?:a leggere )?dopo la pubblicità|продолжение (?:после|под) рекламы|"
    r"продовження (?:після|під) реклам\w*|המשך הכתבה (?:אחרי|לאחר) הפרסומת|"
    r"berita berlanjut setelah iklan|tin tiếp theo sau quảng cáo)\W*$"
    # photo and image credits
    rf"|[(（]?{captions.CREDIT_LABELS}s?"
    r"(?:\s*\[[a-z]\])?\s*[:：©]|fot\.\s|(?:사진|写真|撮影)\s*[=＝]|[(（][^()（）]{1,24}撮影[)）]$"
    r"|фото (?:пресс-служб\w*|из открытых источников|из архива|предоставлено)"
    r"|\(?(?:photo|image|picture)s? (?:by|courtesy|credit)\b"
    r"|(?:foto|fotografia|photo|fotografía|bild) (?:di|de|von|van|av|af|par)\s+\S"
    # sponsored blocks' labels, with the advertiser's headline after them
    r"|(?:sponsored content|contenuto sponsorizzato|contenido patrocinado|contenu sponsorisé|"
    r"gesponserter inhalt|sponsrat innehåll|treść sponsorowana|conteúdo patrocinado|"
    r"партн[её]рский материал|на правах рекламы|партнерський матеріал|partner content|"
    r"paid (?:content|post)|bezahlter inhalt|patrocinado por|partnerinhalt|contingut patrocinat|"
    r"χορηγούμενο(?: περιεχόμενο| άρθρο)?|sponzorovan(?:ý|é) (?:obsah|článek|článok)|"
    r"sponzorirani sadržaj|спонсориран\w*|спонзорисан\w*|konten bersponsor|nội dung tài trợ|"
    r"스폰서(?: 콘텐츠)?|후원 콘텐츠|प्रायोजित|محتوای حمایت|szponzorált tartalom|"
    r"kaupallinen yhteistyö|annonssamarbete|reklamsamarbete|maudhui yaliyodhaminiwa|"
    r"赞助内容|推广内容|広告記事|광고 기사)\b|推广\s"
    r"|\(?(?:AP|AFP|EPA|Reuters|Getty|dpa|ANP|PA)(?: Images)? ?(?:Photo|Foto)\s*/"
    # an agency and a photographer alone: "LUSA / Elton Monteiro", "EFE/Juan Pérez"
    r"|(?:LUSA|EFE|ANSA|AFP|AP|Reuters|EPA|dpa|ANP|PA|TASS|ТАСС|Xinhua|Belga|APA|Keystone|NTB|TT|"
    r"Ritzau|STT|ČTK|CTK|PAP|MTI|BTA|Agerpres|Anadolu|AA|KNA|epd)\s*/\s*[^\W\d][\w .'’-]{1,40}$"
    # copyright lines
    r"|\W{0,3}[©ⓒ]|copyright\b|\(c\)\s*\d{4}"
    # the desk's sign-off under Chinese stories ("责任编辑：陈静")
    r"|[(（]?(?:责任编辑|責任編輯|编辑|編輯|편집)\s*[:：]"
    # image captions' labels, "first published" notes, comment prompts, tag lines
    r"|(?:image|media|video) (?:source|caption|credit)s?\s*[,:]"
    r"|this (?:article|story|post) (?:was |is |has been )?(?:originally |first )?"
    r"(?:published|appeared|updated)\b"
    r"|(?:\d+ )?comments?\W*$|leave a (?:comment|reply)\b|log in to comment\b"
    rf"|\d+\s*(?:件の|条|條)?{_COMMENTS}\W*$|{_COMMENTS}\s*[(:：]?\s*\d+\s*(?:件|条|條|개)?\)?$"
    r"|(?:tags|topics|schlagworte|schlagwörter|themen|mots-clés|etiquetas|tagi|tag|etichette|"
    r"trefwoorden|taggar|stikkord|emneord|avainsanat|tagit|etiketler|ετικέτες|الوسوم|وسوم|תגיות|"
    r"теги|теґи|мітки|标签|標籤|タグ|태그|štítky|tagy|etichete|címkék|palavras-chave|"
    r"słowa kluczowe)\s*[:：]"
    r"|(?:etiquetes|topik|tag terkait|từ khóa|lebo|टैग|แท็ก|برچسب‌ها|برچسب ها|کلیدواژه‌ها|"
    r"етикети|oznake|ознаке|тагови|tagovi)\s*(?:[:：]|$)"
    r"|follow (?:\w+ ){1,3}on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads)\b)",
    re.IGNORECASE,
)
_ITEM_MARKS = frozenset(("- ", "* ", "• "))
# A widget's time beside it: "4 min", "5 Min.", "dakika 4", "4分钟".
_DURATION_RE = re.compile(r"^(?:\d{1,3}\s*[^\W\d_]{1,8}\.?|[^\W\d_]{1,8}\s*\d{1,3})$")
_CELL_SPLIT_RE = re.compile(r"\\?\|")
_BRACKETS_RE = re.compile(r"\[([^\[\]]*)\]")
# Boilerplate patterns only judge short lines: long lines are prose that may mention these words.
_MAX_BOILERPLATE_CHARS = 220


def is_section_cue(text: str) -> bool:
    """A short header announcing a list: "Related stories", "Most read", "Lesen Sie auch"."""
    return len(text) <= 60 and bool(SECTION_CUE_RE.match(text))


def is_inline_cue(text: str) -> bool:
    """A "Read also: <headline>" line between paragraphs; without the colon ("Leia também Luzes
    de Natal ..."), only after a cue of several words and before a headline, not a sentence."""
    if len(text) > 250:
        return False
    if INLINE_CUE_RE.match(text) or is_marked_teaser(text):
        return True
    bare = _BARE_CUE_RE.match(text)
    if bare is not None:
        return " " in bare["cue"].strip() and _is_headline(bare["rest"])
    return len(text) <= _MAX_FUSED_CUE_CHARS and _is_fused_cue(text)


def _is_fused_cue(text: str) -> bool:
    """A cue of several words ending lower-case and a headline opening upper-case right after
    it ("Leia tambémPaysandu"), or an unspaced script's cue before its headline."""
    if not (text[:1] >= _FIRST_WIDE or text[:1] in "【[" or _CASE_JOIN_RE.search(text)):
        return False  # neither a case change inside a word nor an unspaced script: most lines
    fused = _FUSED_CUE_RE.match(text)
    if fused is None or fused["cue"] is None:
        return fused is not None
    cue, rest = fused["cue"].strip(), fused["rest"]
    if cue[-1].islower():
        return " " in cue and rest[0].isupper() and _is_headline(rest)
    # "最新消息称，...": of the unspaced scripts' cues, only the read-also ones before a headline
    return _UNSPACED_CUE_RE.fullmatch(cue) is not None and _is_headline(rest)


_UNSPACED_CUE_RE = re.compile(UNSPACED_CUE)
_FIRST_WIDE = "\u2e80"  # CJK scripts from here on
_CASE_JOIN_RE = re.compile(r"[a-zß-öø-ÿа-яё][A-ZÀ-ÖØ-ÞА-ЯЁ]")


# Arrows that mark a link to another story in a text ("▶ Headline Teaser cut off…").
_LINK_ARROWS = frozenset("▶►▷➤➜")


def is_marked_teaser(text: str) -> bool:
    """ "▶ Heatwave warning issued Temperatures could pass 34C by...": an arrow-marked line the
    CMS cut, a teaser of another story (a text's own arrow-marked lines end their sentences)."""
    return text[:1] in _LINK_ARROWS and ts.has_cut_mark(text)


def is_ad_label(text: str) -> bool:
    """'Anzeige', '- Advertisement -', '광고': an element or line that only labels an ad."""
    return len(text) <= 40 and text.strip(_LABEL_MARKS).casefold() in _AD_LABELS


def _is_headline(text: str) -> bool:
    words = len(text.split()) if " " in text.strip() else len(text) // 2  # unspaced scripts
    return words >= 3 and not text.rstrip().endswith((".", "!", "?", "。", ":"))


def is_boilerplate(text: str) -> bool:
    """Newsletter, promo, paywall, share, advertising, credit and copyright lines (video-player
    chrome is crawler.clutter.player's, judged with its neighbours by the line pass); a list
    item's marker does not hide one ("- 29 comments", "- Print")."""
    text = text.strip()
    if text[:2] in _ITEM_MARKS:
        text = text[2:].lstrip()
    cells = _table_cells(text)
    if cells is not None:  # a table row, cells apart
        if furniture.is_furniture(" | ".join(cells)):
            return True  # a breadcrumb trail in cells
        return bool(cells) and all(_is_boilerplate_text(c) for c in cells)
    if len(text) > 2 and text[0] == "[" and text[-1] == "]":  # "[ Share ] [ Comments (3) ]"
        cells = [c.strip() for c in _BRACKETS_RE.findall(text)]
        if cells and all(_is_boilerplate_text(c) for c in cells if c):
            return True
    if " · " in text:  # a row of widgets: "Share this article · 14 comments", "Listen · 4 min"
        parts = [part.strip() for part in text.split(" · ")]
        if all(_is_boilerplate_text(part) or _DURATION_RE.match(part) for part in parts):
            return not all(_DURATION_RE.match(part) for part in parts)
    return _is_boilerplate_text(text)  # a whole line: "Topics: Climate · Energy · Europe"


def without_boilerplate_cells(line: str) -> str:
    """A table row without its boilerplate cells ("| 3 May | Jane Roe | 👁 5422 | Share |" keeps
    the date and the name), a byline without the button after its time ("Jane Roe 12 May 2026,
    10:05 Discuss"); other lines as they are."""
    cells = _table_cells(line.strip())
    if cells is None:
        return _without_trailing_button(line)
    kept = [c for c in cells if not _is_boilerplate_text(c)]
    return line if len(kept) == len(cells) else "| " + " | ".join(kept) + " |"


# A byline's date and time, then one button word.
_TRAILING_BUTTON_RE = re.compile(
    r"^(?P<meta>.*\d{1,2}[:.]\d\d)\s+(?P<button>[^\W\d][\w-]{2,20})\W*$"
)
_MAX_BYLINE_CHARS = 100


def _without_trailing_button(line: str) -> str:
    if len(line) > _MAX_BYLINE_CHARS or not line[-1:].isalpha():
        return line
    match = _TRAILING_BUTTON_RE.match(line.strip())
    if match is None or not _is_boilerplate_text(match["button"]):
        return line
    return match["meta"]


def _table_cells(text: str) -> list[str] | None:
    """The non-empty cells of a stripped table row ("| a | b |"), None for other lines."""
    if len(text) < 3 or text[0] != "|" or text[-1] != "|":
        return None
    return [c.strip() for c in _CELL_SPLIT_RE.split(text[1:-1]) if c.strip(" -|")]


def _is_boilerplate_text(text: str) -> bool:
    if len(text) > _MAX_BOILERPLATE_CHARS:
        return False
    if _BOILERPLATE_START_RE.match(text) or captions.has_credit(text):
        return True
    if furniture.is_furniture(text) or widgets.is_widget_line(text):
        return True
    return promos.is_promotion(text) or asks.is_newsroom_line(text)
