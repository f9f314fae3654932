"""Cue and boilerplate phrases, in the languages we crawl: read-also and list headers, share and
ad labels, credits (newsletter/promo/paywall/cookie notes are crawler.clutter.promos', video-player
chrome crawler.clutter.player's)."""

from __future__ import annotations

import re

from crawler.clutter import captions, furniture, promos

# "Other news", "latest news", "more news": the header of a portal's list, in many languages;
# it may name the section ("Altre notizie di Cronaca", "Más noticias de España").
_OTHER_NEWS = (
    r"(?:in )?other news|more headlines|latest headlines|andere nachrichten|mehr nachrichten|"
    r"autres actualités|plus d'actualités|dernières (?:nouvelles|actualités|infos)|à la une|"
    r"otras noticias|últimas noticias|altre notizie|ultime notizie|outras notícias|"
    r"últimas notícias|mais notícias|ander nieuws|meer nieuws|laatste nieuws|fler nyheter|"
    r"andra nyheter|senaste nytt|flere nyheder|flere nyheter|seneste nyt|siste nytt|"
    r"muut uutiset|lisää uutisia|inne wiadomości|więcej wiadomości|další zprávy|további hírek|"
    r"alte știri|diğer haberler|son haberler|άλλες ειδήσεις|σχετικά άρθρα|περισσότερες ειδήσεις|"
    r"другие новости|новости по теме|последние новости|інші новини|останні новини|"
    r"أخبار أخرى|أخبار ذات صلة|مواضيع ذات صلة|الأكثر قراءة|آخر الأخبار|"
    r"כתבות נוספות|עוד כתבות|כתבות קשורות|חדשות נוספות|הנקראים ביותר|"
    r"अन्य खबरें|संबंधित खबरें|ये भी पढ़ें|सबसे ज्यादा पढ़ी गई|"
    r"tin liên quan|tin khác|đọc thêm|tin mới nhất|berita terkait|berita lainnya|baca juga|"
    r"terpopuler"
)
_LIST_CUE = (
    r"related(?: articles?| stories| news| posts| content| coverage| reading| topics)?|"
    r"more (?:stories|news|headlines|from [\w .'-]+|on this(?: story| topic)?|in [\w .'-]+)|"
    r"most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|top stories|"
    r"popular(?: now| stories)?|recommended(?: for you| stories| articles)?|"
    r"you (?:may|might) (?:also )?(?:like|be interested in)|editor'?s? picks|latest(?: news| stories)?|"
    r"read (?:more|next|also)|also read|see also|further reading|don'?t miss|what to read next|"
    r"(?:das )?könnte (?:sie|dich) auch interessieren|auch interessant|mehr zum thema|"
    r"weitere (?:artikel|nachrichten|beiträge|themen|meldungen)|meistgelesen(?:e)?|"
    r"am meisten gelesen|empfohlene beiträge|lesen sie (?:auch|mehr)|top-themen|"
    r"(?:à )?lire aussi|sur le même sujet|les plus lus|voir aussi|à découvrir|dans la même rubrique|"
    r"lo más leído|te puede interesar|más noticias|noticias relacionadas|lea también|lee también|"
    r"leggi anche|più letti|potrebbe interessarti|leia também|mais lidas|veja também|"
    r"lees ook|meest gelezen|czytaj (?:też|także|również)|zobacz (?:też|także|również)|"
    r"najczęściej czytane|polecane(?: artykuły| teksty)?|more information|más información|plus d'infos?|"
    r"mais informações|meer informatie|weiterführende links|related links|useful links|"
    # Nordic, Slavic, Turkish, Greek, Arabic, Chinese, Japanese, Korean (the profile's languages)
    r"läs (?:också|även|mer)|les (?:også|mer)|læs (?:også|mere)|mest lest|mest lästa|mest læste|"
    r"читайте (?:также|також)|по теме|ayrıca (?:okuyun|bakınız)|ilgili haber(?:ler)?|"
    r"bunlar da ilginizi çekebilir|διαβάστε (?:επίσης|ακόμη)|إقرأ أيضا|اقرأ أيضا|اقرأ أيضاً|"
    r"相关阅读|延伸阅读|相關閱讀|延伸閱讀|推荐阅读|関連記事|あわせて読みたい|こちらもおすすめ|"
    r"관련 ?기사|함께 (?:보면 좋은|읽으면 좋은) 기사|추천 기사|"
    r"leia (?:também|mais)|lees (?:ook|meer)|potrebbe interessarti|te puede interesar|"
    r"mehr zum thema|lesen sie (?:dazu|hier)(?: auch)?|"
    # reading/seeing verb + "also/more" in more word orders and politeness forms
    r"(?:lea|lee|vea|ver|mira) (?:también|más)|(?:le|te) (?:puede|podría) interesar|"
    r"(?:le|te) recomendamos|también te puede interesar|auch lesen|mehr themen|"
    r"(?:das )?thema könnte (?:sie|dich) auch interessieren|passend zum thema|"
    r"(?:à )?lire également|(?:à )?voir (?:aussi|également)|vedi anche|ti potrebbe interessare|"
    r"veja mais|saiba mais|ook interessant|czytaj więcej|przeczytaj (?:też|także|również)|"
    r"recommended reading|keep reading|"
    # topic and contents headers over link lists
    r"ähnliche (?:beiträge|artikel|themen|nachrichten)|temas(?: relacionados)?|"
    r"más sobre [\w .'-]+|top-themen(?: bei [\w .'-]+)?|inhaltsverzeichnis|table of contents|"
    r"sommaire|articoli correlati|artigos relacionados|gerelateerde artikelen|"
    # more languages of the profile and its neighbours
    r"bunu da okuyun|bunları da okuyun|en çok okunan(?:lar)?|lue myös|luetuimmat|"
    r"olvassa el ezt is|ezt is ajánljuk|kapcsolódó (?:cikkek|hírek)|legolvasottabb|"
    r"čtěte (?:také|též)|"
    r"přečtěte si (?:také|též)|související (?:články|zprávy)|nejčtenější|citește și|"
    r"cele mai citite|articole similare|relaterade artiklar|relaterte saker|relaterede artikler|"
    r"самое читаемое|популярное|найпопулярніше|"
    r"相关新闻|相關新聞|热门新闻|熱門新聞|更多新闻|其他新闻|推荐新闻|猜你喜欢|最新消息|最新新闻|热门排行|"
    r"最新新聞|即时新闻|即時新聞|要闻|要聞|"
    r"その他のニュース|関連ニュース|人気記事|おすすめ記事|最新ニュース|アクセスランキング|"
    r"많이 본 뉴스|인기 기사|다른 기사|최신 기사|다른 뉴스|관련 뉴스|"
    rf"{_OTHER_NEWS}|"
    # next / previous article labels over the headline they link
    r"(?:next|previous) (?:article|story|post)|(?:nächster|vorheriger) artikel|"
    r"article (?:suivant|précédent)|(?:siguiente|anterior) artículo|artículo (?:siguiente|anterior)|"
    r"(?:próximo|anterior) artigo|artigo (?:seguinte|anterior)|articolo (?:successivo|precedente)|"
    r"(?:volgend|vorig) artikel|(?:następny|poprzedni) artykuł|(?:следующая|предыдущая) статья|"
    r"(?:sonraki|önceki) (?:haber|yazı)|المقال (?:التالي|السابق)|下一篇|上一篇|次の記事|前の記事|"
    r"(?:다음|이전) 기사|(?:další|předchozí) článek|articolul (?:următor|anterior)|"
    r"(?:nästa|föregående) artikel|(?:neste|forrige) artikkel|(?:næste|forrige) artikel|"
    # read-also and list headers of the remaining profile languages, and author "more from" lines
    r"смотрите также|ещё по теме|еще по теме|похожие новости|дивіться також|по темі|схожі новини|"
    r"найчитаніше|çok okunanlar|ilginizi çekebilir|δείτε (?:επίσης|ακόμη)|σχετικά θέματα|"
    r"τα πιο δημοφιλή|اقرأ ايضا|إقرأ أيضاً|اقرأ أيضًا|شاهد أيضا|الأكثر مشاهدة|"
    r"קראו (?:גם|עוד)|עוד בנושא|הכי נקראים|相关文章|相關文章|热门文章|熱門文章|推薦閱讀|"
    r"相关报道|相關報導|更多新聞|よく読まれている記事|こちらも読まれています|많이 본 기사|"
    r"mohlo by vás zajímat|související|relacionad[oa]s?|noticia relacionada|notícia relacionada|"
    r"meer over dit onderwerp|mehr zu diesem thema|articolo correlato|também pode gostar|"
    r"pode (?:também )?gostar|mais vistos?(?: da semana| hoje)?|(?:les )?(?:articles|infos) les plus lus|"
    r"plus d[’']actualités(?: [\w ]{1,30})?|plus d[’']infos?|citiți și|vezi și|mai multe știri|olvasd el ezt is|ajánlott cikkek|"
    r"i più letti|notizie correlate|notícias relacionadas|as mais lidas|lo más visto|"
    r"les plus partagés|articles liés|relaterte artikler|mest läst|aiheesta muualla|"
    r"najpopularniejsze|powiązane artykuły|mer om (?:saken|temaet|dette|ämnet)|"
    r"mere om (?:sagen|emnet)|"
    r"(?:mehr artikel von|weitere artikel von|plus d'articles de|más artículos de|"
    r"altri articoli di|mais artigos de|meer artikelen van|fler artiklar av|flere artikler a[fv]|"
    r"więcej artykułów autora|другие статьи автора|все статьи автора|інші статті автора|"
    r"yazarın diğer yazıları|مقالات أخرى للكاتب|עוד מאת|další články autora|"
    r"alte articole de|a szerző további cikkei)(?: [\w .'-]+)?|"
    r"作者其他文章|この著者の記事|기자의 다른 기사"
)
# Cues of scripts written without spaces: a space is separator enough after them inline.
_UNSPACED_CUE = (
    r"相关阅读|延伸阅读|相關閱讀|延伸閱讀|推荐阅读|相关新闻|関連記事|あわせて読みたい|"
    r"こちらもおすすめ|関連ニュース|相关文章|相關文章|推薦閱讀|相关报道|相關報導"
)
# The link after a cut teaser ("… Weiterlesen"), as a regex fragment (crawler.clutter.textsignals).
READ_MORE = (
    r"read more|more|continue reading|keep reading|full story|weiterlesen|mehr|lire la suite|"
    r"lire plus|"
    r"la suite|leer más|seguir leyendo|leggi (?:tutto|di più)|continua a leggere|ler mais|"
    r"continuar lendo|lees meer|verder lezen|czytaj dalej|więcej|läs mer|les mer|læs mere|"
    r"читать далее|devamını oku|devamı|διαβάστε περισσότερα|اقرأ المزيد|阅读全文|続きを読む|더 보기|더보기"
)
# "of", "from", "in" before a section's name ("Altre notizie di Cronaca", "Mehr Nachrichten aus Bayern").
_SECTION_OF = (
    r"(?:di|de|del|della|dello|delle|dei|da|do|dos|das|des|du|de la|of|from|in|aus|der|zu|van|uit|"
    r"från|fra|z|ze|из|в|по|з|من|في)"
)
SECTION_CUE_RE = re.compile(
    rf"^\s*(?:{_LIST_CUE}|(?:{_OTHER_NEWS}|más noticias|more (?:news|stories)|weitere nachrichten)"
    rf"\s+{_SECTION_OF}\s+[\w .'’&-]{{1,30}})"
    r"\s*[:：.!»›>|-]*\s*$",
    re.IGNORECASE,
)
INLINE_CUE_RE = re.compile(
    rf"^\s*(?:\W\s*)?(?:{_LIST_CUE}|(?:read|see|watch|listen|more)(?:\s+\w+){{0,2}}|also read|"
    r"leia|leggi|lees|läs|czytaj|"  # not "Lea:"/"Lee:", speaker names in interviews
    r"mehr dazu|siehe auch|sehen sie auch)\s*(?::|：|\||»|›|>|–|—|→| -)\s*\S"
    rf"|^\s*(?:{_UNSPACED_CUE})\s+\S",
    re.IGNORECASE,
)
_BARE_CUE_RE = re.compile(rf"^\s*(?P<cue>{_LIST_CUE})\s+(?P<rest>\S.*)$", re.IGNORECASE)
# "63 reacties", "Kommentare (4)", "コメント 58件": a list's or an article's comment counter.
_COMMENTS = (
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties|"
    r"reactie|kommentarer|kommentar|komentarzy|komentarze|komentáře|kommentit|hozzászólás|"
    r"yorum(?:lar)?|σχόλια|комментари(?:й|я|ев|и)?|коментар(?:і|ів)?|تعليقات?|تعليقا|"
    r"comentarii|kommenttia|diskuse|diskusia|diskussion|discussion|dyskusja|תגובות|コメント|"
    r"评论|評論|留言|댓글)"
)
# Advertising labels, alone in an element or in front of a line ("ANZEIGE - Heute mal ...?").
_AD_WORDS = (
    r"advertisement|advertising|anzeige|werbung|sponsored|publicidad|publicité|pubblicità|"
    r"annonce|advertentie|annons|annonse|reklame|reklama|mainos|реклама|reklam|διαφήμιση|إعلان|"
    r"פרסומת|广告|廣告|広告|광고|inzerce|reclamă|publicitate|hirdetés|publicidade|patrocinado|"
    r"gesponsord|anuncio|anuncios|anúncio|إعلانات|reklamy"
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
    r"поширити|paylaş|κοινοποίηση|مشاركة|שתפו|分享|シェア|공유하기"
    # "Follow" buttons of profile cards
    r"|follow|folgen|suivre|seguir|volgen|följ|følg|obserwuj|seuraa|подписаться|підписатися|"
    r"takip et|ακολουθήστε|متابعة|עקוב|关注|關注|フォロー|팔로우|sledovat|urmărește|követés"
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
    r"scroll to continue(?: with content)?|weiterlesen nach der anzeige)\W*$"
    # photo and image credits
    r"|[(（]?(?:photo|photos|image|images|imagem|picture|pictures|credit|foto|fotos|bild|bilder|"
    r"bildquelle|crédits? photos?|photo credit|image credit|quelle|fuente|source|fot\.?|zdroj|"
    r"fotografia|imagen|beeld|zdjęcie|kuva|φωτογραφία|fotó|фото|фотография|світлина|fotoğraf|"
    r"φωτ\.?|صورة|الصورة|צילום|图片来源|圖片來源|图片|圖片|图源|摄影|攝影|写真|사진)s?"
    r"(?:\s*\[[a-z]\])?\s*[:：©]|fot\.\s|(?:사진|写真|撮影)\s*[=＝]|[(（][^()（）]{1,24}撮影[)）]$"
    r"|фото (?:пресс-служб\w*|из открытых источников|из архива|предоставлено)"
    r"|\(?(?:photo|image|picture)s? (?:by|courtesy|credit)\b"
    r"|(?:foto|fotografia|photo|fotografía|bild) (?:di|de|von|van|av|af|par)\s+\S"
    # sponsored blocks' labels, with the advertiser's headline after them
    r"|(?:sponsored content|contenuto sponsorizzato|contenido patrocinado|contenu sponsorisé|"
    r"gesponserter inhalt|sponsrat innehåll|treść sponsorowana|conteúdo patrocinado|"
    r"партн[её]рский материал|на правах рекламы|партнерський матеріал|partner content|"
    r"paid (?:content|post)|bezahlter inhalt|patrocinado por|partnerinhalt|"
    r"赞助内容|推广内容|広告記事|광고 기사)\b|推广\s"
    r"|\(?(?:AP|AFP|EPA|Reuters|Getty|dpa|ANP|PA)(?: Images)? ?(?:Photo|Foto)\s*/"
    # an agency and a photographer alone: "LUSA / Elton Monteiro", "EFE/Juan Pérez"
    r"|(?:LUSA|EFE|ANSA|AFP|AP|Reuters|EPA|dpa|ANP|PA|TASS|ТАСС|Xinhua|Belga|APA|Keystone|NTB|TT|"
    r"Ritzau|STT|ČTK|CTK|PAP|MTI|BTA|Agerpres|Anadolu|AA|KNA|epd)\s*/\s*[^\W\d][\w .'’-]{1,40}$"
    # copyright lines
    r"|\W{0,3}©|copyright\b|\(c\)\s*\d{4}"
    # the desk's sign-off under Chinese stories ("责任编辑：陈静")
    r"|[(（]?(?:责任编辑|責任編輯|编辑|編輯|편집)\s*[:：]"
    # image captions' labels, "first published" notes, comment prompts, tag lines
    r"|(?:image|media|video) (?:source|caption|credit)s?\s*[,:]"
    r"|this (?:article|story|post) (?:was |is |has been )?(?:originally |first )?"
    r"(?:published|appeared|updated)\b"
    r"|(?:\d+ )?comments?\W*$|leave a (?:comment|reply)\b|log in to comment\b"
    rf"|\d+\s*(?:件の)?{_COMMENTS}\W*$|{_COMMENTS}\s*[(:：]?\s*\d+\s*(?:件|条|條|개)?\)?$"
    r"|(?:tags|topics|schlagworte|schlagwörter|themen|mots-clés|etiquetas|tagi|tag|etichette|"
    r"trefwoorden|taggar|stikkord|emneord|avainsanat|tagit|etiketler|ετικέτες|الوسوم|وسوم|תגיות|"
    r"теги|теґи|мітки|标签|標籤|タグ|태그|štítky|tagy|etichete|címkék|palavras-chave|"
    r"słowa kluczowe)\s*[:：]"
    r"|follow (?:\w+ ){1,3}on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads)\b)",
    re.IGNORECASE,
)
_ITEM_MARKS = frozenset(("- ", "* ", "• "))
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
    if INLINE_CUE_RE.match(text):
        return True
    bare = _BARE_CUE_RE.match(text)
    return bare is not None and " " in bare["cue"].strip() and _is_headline(bare["rest"])


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
    if " · " in text:  # a row of widgets: "Share this article · 14 comments"
        return all(_is_boilerplate_text(part.strip()) for part in text.split(" · "))
    return _is_boilerplate_text(text)


def without_boilerplate_cells(line: str) -> str:
    """A table row without its boilerplate cells ("| 3 May | Jane Roe | 👁 5422 | Share |" keeps
    the date and the name); other lines as they are."""
    cells = _table_cells(line.strip())
    if cells is None:
        return line
    kept = [c for c in cells if not _is_boilerplate_text(c)]
    return line if len(kept) == len(cells) else "| " + " | ".join(kept) + " |"


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
    if furniture.is_furniture(text):
        return True
    return promos.is_promotion(text)
