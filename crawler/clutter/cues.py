"""List cues: the headers and inline labels that announce a list of other stories ("Related",
"Lesen Sie auch", "Altre notizie di Cronaca"), and the read-more links after cut teasers, in the
languages we crawl, as regex fragments (matched by crawler.clutter.phrases)."""

from __future__ import annotations

# "Other news", "latest news", "more news": the header of a portal's list, in many languages;
# it may name the section ("Altre notizie di Cronaca", "Más noticias de España").
OTHER_NEWS = (
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
    r"terpopuler|around (?:the )?(?:region|state|country|world|town)|regional (?:news|roundup)|"
    # "latest news" and "popular" headers of more of the profile's languages
    r"nejnovější zprávy|najnovšie správy|τελευταίες ειδήσεις|δημοφιλή|آخرین اخبار|"
    r"tuoreimmat uutiset|uusimmat uutiset|מבזקים|ताज़ा ख़बरें|ताजा खबरें|najnovije (?:vijesti|vesti)|"
    r"friss hírek|berita terkini|najnowsze wiadomości|ultimele știri|habari mpya|"
    r"ข่าวยอดนิยม|ข่าวล่าสุด|son dakika haberleri|свежие новости|свіжі новини|"
    r"news in brief|news roundup"
)
LIST_CUE = (
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
    rf"{OTHER_NEWS}|"
    # next / previous article labels over the headline they link
    r"(?:next|previous) (?:article|story|post)|(?:nächster|vorheriger) artikel|"
    r"article (?:suivant|précédent)|(?:siguiente|anterior) artículo|artículo (?:siguiente|anterior)|"
    r"(?:próximo|anterior) artigo|artigo (?:seguinte|anterior)|articolo (?:successivo|precedente)|"
    r"(?:volgend|vorig) artikel|(?:następny|poprzedni) artykuł|(?:следующая|предыдущая) статья|"
    r"(?:sonraki|önceki) (?:haber|yazı)|المقال (?:التالي|السابق)|下一篇|上一篇|次の記事|前の記事|"
    r"(?:다음|이전) 기사|(?:další|předchozí) článek|articolul (?:următor|anterior)|"
    r"(?:nästa|föregående) artikel|(?:neste|forrige) artikkel|(?:næste|forrige) artikel|"
    # ... and their "news" forms ("Noticia anterior:", "अगली ख़बर:", "Следующая новость")
    r"(?:noticia|nota|notícia) (?:anterior|siguiente|seguinte)|(?:siguiente|próxima) (?:noticia|nota|notícia)|"
    r"(?:nouvelle|info) (?:suivante|précédente)|(?:следующая|предыдущая) новость|"
    r"(?:наступна|попередня) новина|(?:następna|poprzednia) wiadomość|(?:sonraki|önceki) haber|"
    r"الخبر (?:التالي|السابق)|(?:अगली|पिछली) (?:ख़बर|खबर)|下一条|上一条|(?:다음|이전) 뉴스|"
    r"διαβαστε (?:επισης|ακομη|ακομα)|leer (?:más|también)|ez is érdekelheti|함께 읽기|"
    r"อ่านข่าวที่เกี่ยวข้อง|"
    r"(?:nächste|vorherige) (?:meldung|nachricht)|(?:next|previous) news|خبر (?:بعدی|قبلی)|"
    r"次のニュース|前のニュース|berita (?:selanjutnya|sebelumnya)|habari (?:inayofuata|iliyotangulia)|"
    # read-also and list headers of the remaining profile languages, and author "more from" lines
    r"смотрите также|ещё по теме|еще по теме|похожие новости|дивіться також|по темі|схожі новини|"
    r"найчитаніше|çok okunanlar|ilginizi çekebilir|δείτε (?:επίσης|ακόμη)|σχετικά θέματα|"
    r"τα πιο δημοφιλή|اقرأ ايضا|إقرأ أيضاً|اقرأ أيضًا|شاهد أيضا|الأكثر مشاهدة|"
    r"קראו (?:גם|עוד)|עוד בנושא|עוד באתר|הכי נקראים|相关文章|相關文章|热门文章|熱門文章|推薦閱讀|"
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
    r"作者其他文章|この著者の記事|기자의 다른 기사|"
    # read-also and list headers in more languages (ca, id, vi, sw, ro, sv, tr, sk, bg, sr/hr,
    # hi, th, fa, el, ko, ja, uk/ru, it, en)
    r"раніше ми писали|ранее мы писали|simak juga|baca pula|artikel terkait|berita populer|"
    r"pilihan editor|xem thêm|cùng chuyên mục|tin cùng chuyên mục|đọc nhiều nhất|tin nổi bật|"
    r"bài liên quan|이 기사도 읽어보세요|함께 읽어보세요|많이 읽은 기사|추천 뉴스|주요 뉴스|"
    r"soma (?:zaidi|pia)|habari (?:zinazohusiana|nyingine)|zilizosomwa zaidi|"
    r"(?:îți|vă) recomandăm|articole recomandate|știri similare|missa inte|relaterat|"
    r"relaterade nyheter|mest lästa (?:just nu|idag|i dag)|relacionat|notícies relacionades|"
    r"llegiu també|llegeix també|també et pot interessar|et pot interessar|el més llegit|"
    r"més notícies|benzer haberler|öne çıkanlar|çok okunan haberler|čítajte (?:aj|tiež)|"
    r"súvisiace (?:články|správy)|najčítanejšie|mohlo by vás zaujímať|nenechte si ujít|"
    r"nenechajte si ujsť|прочетете (?:още|също)|още по темата|свързани (?:новини|статии)|"
    r"най-четени(?:те)?|вижте още|pročitajte (?:još|i|također)|povezane (?:vesti|vijesti)|"
    r"povezani članci|vezane vijesti|najčitanije|прочитајте још|повезане вести|најчитаније|"
    r"यह भी पढ़ें|और पढ़ें|संबंधित ख़बरें|ज़रूर पढ़ें|जरूर पढ़ें|टॉप न्यूज़|"
    r"อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|ข่าวแนะนำ|อ่านข่าวเพิ่มเติม|بیشتر بخوانید|"
    r"همچنین بخوانید|مطالب مرتبط|اخبار مرتبط|پربازدیدترین(?:[\u200c ]?ها)?|διαβάστε (?:ακόμα|περισσότερα)|"
    r"τα πιο διαβασμένα|こちらの記事もおすすめ|最新記事|da non perdere|in evidenza|must read|"
    r"more coverage|in case you missed it|okumadan geçmeyin|بخوانید|【関連(?:記事)?】|"
    r"\[관련 ?기사\]|【相关(?:阅读|新闻)?】|【相關(?:閱讀|新聞)?】|پیشنهاد (?:ما|سردبیر|ویژه)|"
    r"пов[’']язані (?:матеріали|новини|статті)|связанные (?:материалы|новости|статьи)"
)
# Cues of scripts written without spaces: a space is separator enough after them inline.
UNSPACED_CUE = (
    r"相关阅读|延伸阅读|相關閱讀|延伸閱讀|推荐阅读|相关新闻|関連記事|あわせて読みたい|"
    r"こちらもおすすめ|関連ニュース|相关文章|相關文章|推薦閱讀|相关报道|相關報導|"
    r"【関連(?:記事)?】|【相关(?:阅读|新闻)?】|【相關(?:閱讀|新聞)?】|\[관련 ?기사\]"
)
# The link after a cut teaser ("… Weiterlesen"), as a regex fragment (crawler.clutter.textsignals).
READ_MORE = (
    r"read more|more|continue reading|keep reading|full story|weiterlesen|mehr|lire la suite|"
    r"lire plus|"
    r"la suite|leer más|seguir leyendo|leggi (?:tutto|di più)|continua a leggere|ler mais|"
    r"continuar lendo|lees meer|verder lezen|czytaj dalej|więcej|läs mer|les mer|læs mere|"
    r"читать далее|devamını oku|devamı|διαβάστε περισσότερα|اقرأ المزيد|阅读全文|続きを読む|더 보기|더보기"
)
# The read-on links of READ_MORE that are no ordinary last word ("more", "mehr", "devamı"): one
# right after a teaser's last word says the CMS cut it.
READ_ON = (
    r"read more|continue reading|keep reading|full story|weiterlesen|lire la suite|leer más|"
    r"seguir leyendo|leggi tutto|continua a leggere|ler mais|continuar lendo|lees meer|"
    r"verder lezen|czytaj dalej|läs mer|les mer|læs mere|читать далее|devamını oku|"
    r"διαβάστε περισσότερα|اقرأ المزيد|阅读全文|続きを読む|더 ?보기"
)
# "of", "from", "in" before a section's name ("Altre notizie di Cronaca", "Mehr Nachrichten aus Bayern").
SECTION_OF = (
    r"(?:di|de|del|della|dello|delle|dei|da|do|dos|das|des|du|de la|of|from|in|aus|der|zu|van|uit|"
    r"från|fra|z|ze|из|в|по|з|من|في)"
)
