"""Page widgets an extractor keeps as lines, in the profile's languages, recognised by what they
are made of rather than by whole phrases: toolbars (share, send, copy link, print, text size,
log in / register, comment prompts and counters, listen buttons: crawler.clutter.toolbars) whose every word is a widget
word; cookie buttons and notices; "the article continues after the ad"; sponsored labels;
subscriber prompts; error-report links; feedback questions; tag lines; next/previous labels.

Each rule needs two kinds of evidence (an action and its object, a label and its list, a
question and its yes/no) or a line made of nothing else, so prose that mentions apps, cookies or
subscribers stays."""

from __future__ import annotations

import re

from crawler.clutter import textsignals as ts
from crawler.clutter import toolbars

# "Accept all": a cookie banner's button; its notice: cookies, and going on means consent.
_COOKIE_BUTTON_RE = re.compile(
    r"^\W*(?:accept(?: all)?(?: cookies)?|alle akzeptieren|tout accepter|aceptar todas?|"
    r"aceitar todos|accetta tutti|alles accepteren|godkänn alla|accepter alle|godta alle|"
    r"hyväksy kaikki|összes elfogadása|přijmout vše|prihvaćam sve|prihvatam sve|"
    r"akceptuję wszystkie|accept toate|accepta toate|принять все|прийняти всі|tümünü kabul et|"
    r"αποδοχή όλων|قبول الكل|پذیرش همه|אישור הכל|सभी स्वीकार करें|ยอมรับทั้งหมด|全部接受|"
    r"すべて同意する|すべて同意|모두 허용|모두 동의|terima semua|chấp nhận tất cả|kubali vyote)\W*$",
    re.IGNORECASE,
)
_COOKIE_WORDS_RE = re.compile(
    r"cookie|kolačić|çerez|vidakuzi|كوكي|کوکی|עוגיות|कुकीज़|คุกกี้|쿠키|クッキー", re.IGNORECASE
)
_CONSENT_RE = re.compile(
    r"(?:continu|agree|accept|consent|souhlas|pristaj|prihvat|zgod|acord|kabul|unakubali|"
    r"موافق|يوافق|הסכמה|सहमत|ยอมรับ|同意|동의|menyetujui|đồng ý|zustimm|einverstanden|"
    r"akzept|acept|aceit|accett|akkoord|godkän|godta|hyväks|elfogad|согла|пого|συναιν|"
    r"αποδέχ)",
    re.IGNORECASE,
)
_MAX_COOKIE_CHARS = 250
# The site speaks of itself or of going on browsing: a notice, not a report about cookies.
_SITE_SPEAKS_RE = re.compile(
    r"(?<!\w)(?:we use|this (?:web)?site|by (?:continuing|using)|if you continue|wir verwenden|"
    r"diese (?:web)?seite|diese website|nous utilisons|ce site|en poursuivant|utilizamos|"
    r"este (?:sitio|site)|al continuar|continuando|usiamo|utilizziamo|questo sito|proseguendo|"
    r"wij gebruiken|deze (?:web)?site|vi använder|vi bruker|vi bruger|käytämme|jatkamalla|"
    r"używamy|korzystając|tento web|pokračováním|koristimo|ova stranica|ovaj sajt|nastavkom|"
    r"használunk|folosim|continuând|мы используем|этот сайт|продолжая|ми використовуємо|"
    r"продовжуючи|kullanıyoruz|devam ederek|χρησιμοποιούμε|συνεχίζοντας|نستخدم|بالاستمرار|"
    r"این وب‌سایت|با ادامه|אתר זה|אנו משתמשים|המשך הגלישה|kami menggunakan|dengan melanjutkan|"
    r"chúng tôi sử dụng|tiếp tục truy cập|tunatumia|kwa kuendelea)(?!\w)"
    r"|हम .{0,60}उपयोग करते|जारी रखकर|เว็บไซต์นี้|当サイト|継続|이 웹사이트|계속 이용|本网站|本站",
    re.IGNORECASE,
)

# "The article continues after the ad": an ad word and a continuation.
_AD_RE = re.compile(
    r"advert|anzeige|werbung|publicit|publicidad|pubblicit|reklam|annonc|annons|advertentie|"
    r"mainok|hirdetés|διαφήμιση|оглас|oglas|iklan|quảng cáo|tangazo|โฆษณา|広告|광고|广告|"
    r"廣告|פרסומת|विज्ञापन|إعلان|الإعلان|تبلیغ|آگهی|reklamă|reclam|реклам",
    re.IGNORECASE,
)
_GOES_ON_RE = re.compile(
    r"continu|fortsätter|fortsetter|fortsætter|jatkuu|folytatód|pokračuje|nastavlja|"
    r"продолжени|продовження|devamı|συνεχίζεται|dalsza część|gaat verder|geht weiter|weiter|"
    r"sigue|segue|prosegue|tiếp tục|berlanjut|lanjutkan|inaendelea|ต่อ|続き|계속|继续|繼續|"
    r"נמשכת|המשך|जारी|تابع|يتبع|ادامه|suite",
    re.IGNORECASE,
)
_MAX_AD_NOTE_CHARS = 80
# "L'articolo prosegue sotto", "Продолжение материала ниже": the story goes on below the slot.
_GOES_ON_BELOW_RE = re.compile(
    r"^\W*(?:the |l[’']|la |el |o |a |der |het )?(?:article|story|text|articolo|noticia|"
    r"artículo|nota|artigo|notícia|artikel|artykuł|tekst|článek|článok|статья|материал|"
    r"продолжение материала|makale|haber|articolul|cikk|artikeln|artikkelen|artiklen|"
    r"artikkeli)\b.{0,30}\b(?:below|after|beneath|sotto|poniżej|ниже|ci-dessous|après|abajo|"
    r"debajo|tras|unten|hieronder|nedan|nedenfor|alla|aşağıda|abaixo|após|níže|nižšie|mai jos|"
    r"alább|nedenunder|alla)\b|^\W*продолжение (?:материала |статьи )?ниже|đọc tiếp bên dưới",
    re.IGNORECASE,
)
_MAX_GOES_ON_CHARS = 60
# A comment form's note: "Your email address will not be published."
_EMAIL_PRIVATE_RE = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,2}(?:e-?mail|e-posta|correo|почт|adres|endereço|adresse|dirección|"
    r"indirizzo|address|địa chỉ|alamat)\w*.{0,30}(?:will not be published|won[’']t be "
    r"published|nie zostanie opublikowan|não será publicad|ne sera pas publi|nicht veröffentlicht|"
    r"no (?:será|se) publica|non (?:sarà|verrà) pubblicat|niet gepubliceerd|yayınlanmayacak|"
    r"не будет опубликован|не буде опублікован|tidak akan dipublikasikan|không được hiển thị|"
    r"nebude zveřejněn|nu va fi publicat|nem kerül nyilvánosságra|δεν θα δημοσιευθεί|"
    r"kommer inte att publiceras|blir ikke publisert|bliver ikke offentliggjort|ei julkaista)",
    re.IGNORECASE,
)
_MAX_EMAIL_PRIVATE_CHARS = 120

# Sponsored content's label, alone or over the advertiser's headline.
_SPONSORED_RE = re.compile(
    r"^\W*(?:sponsor(?:ed|eret|oitu|owany|owane|izzato|isé|lu|izat|ed content)?\w*|gesponsorde|"
    r"sponset|sponzorisan\w*|sponzorovan\w*|спонсор\w*|advertorial|promo (?:članak|tekst)|"
    r"komerční sdělení|annoncørbetalt|annonsørinnhold|annons från|materiał(?:y)? partnera|"
    r"contenu proposé par|contenuto offerto da|σε συνεργασία με|בשיתוף|תוכן ממומן|"
    r"محتوى (?:مدفوع|برعاية|ممول)|رپورتاژ آگهی|स्पॉन्सर्ड|támogatott tartalom|"
    r"makala ya udhamini|บทความได้รับการสนับสนุน|เนื้อหาโฆษณา|reklam içeriği|bài pr|推广|"
    r"提供|\[광고\]|pr|贊助|赞助|贊助商|赞助商|artykuł sponsorowany|conținut sponsorizat|sponsoroitu sisältö|"
    r"sponsorlu içerik|спонсорский материал|спонсорований матеріал|sponsoreret indhold|"
    r"gesponsorde inhoud|sponset innhold|sponzorisani sadržaj)"
    r"(?!\w)(?:[^:：.!?]{0,40}[:：]|\s*$)",
    re.IGNORECASE,
)
_MAX_SPONSORED_CHARS = 160

# "Already a subscriber? Log in", "For subscribers only".
_SUBSCRIBER_RE = re.compile(
    r"subscri|abonn|abonent|abonat|předplatitel|pretplatn|előfizet|συνδρομητ|مشترك|مشترکان|"
    r"مشترک|tilaaja|מנוי|सब्सक्राइबर|berlangganan|pelanggan|会員|구독|subskrypcj|подписк|"
    r"подписчик|передплат|prenumerant|mwanachama|wanachama|สมาชิก|abone|thành viên|订阅用户|"
    r"会员|member",
    re.IGNORECASE,
)
_ONLY_RE = re.compile(
    r"(?<!\w)(?:only|nur|seulement|réservée?s?|solo|sólo|apenas|exclusiv\w*|alleen|endast|kun|"
    r"vain|tylko|pouze|jen|csak|doar|только|лише|sadece|yalnızca|μόνο|فقط|רק|केवल|khusus|"
    r"pekee|samo|само|dành riêng|özel\w*)(?!\w)|เท่านั้น|专享|限定|전용",
    re.IGNORECASE,
)
_MAX_SUBSCRIBER_CHARS = 100
_MAX_ONLY_GAP = 30
_MAX_ONLY_LABEL_CHARS = 40
_CONTENT_RE = re.compile(
    r"article|story|content|contenu|contenido|conteúdo|contenuto|inhalt|içerik|haber|sisältö|"
    r"artikkeli|obsah|článek|článok|tartalom|cikk|conținut|articol|содержани|материал|матеріал|"
    r"стать|περιεχόμενο|άρθρο|محتوى|مقال|مطلب|תוכן|כתבה|सामग्री|लेख|เนื้อหา|บทความ|konten|"
    r"artikel|nội dung|bài viết|maudhui|makala|članak|tekst|内容|本文|コンテンツ|記事|콘텐츠|기사",
    re.IGNORECASE,
)

# "Report an error", "Found a mistake? Tell us."
_ERROR_RE = re.compile(
    r"error|mistake|fehler|erreur|errore|erro|fout|fel|feil|fejl|virhe|chyb|błąd|hib|greșeal|"
    r"eroare|ошибк|помилк|hata|λάθ|خطأ|خطا|اشتباه|טעות|गलती|ข้อผิดพลาด|kesalahan|lỗi|kosa|"
    r"pogrešk|grešk|误|誤り|오류|sai sót",
    re.IGNORECASE,
)
_REPORT_RE = re.compile(
    r"report|melden|signal|segnala|comunicar|rapporter|indberet|meld|ilmoita|zgłoś|nahlásit|"
    r"prijavi|bejelent|semnalează|сообщить|повідомити|bildir|αναφορά|ενημερώστε|الإبلاغ|"
    r"أخبرنا|گزارش|اطلاع|דיווח|ספרו|रिपोर्ट|बताएं|แจ้ง|laporkan|beri tahu|báo|ripoti|"
    r"tujulishe|报告|報告|신고|お知らせ|javite|dejte nám|avise|anunță|gi oss|hör av|tell us|"
    r"let us know",
    re.IGNORECASE,
)
_MAX_ERROR_CHARS = 60
_QUESTION_RE = re.compile(r"[?？;؟]")
# the report verb and the error next to each other, nothing after but "in this story"
_ERROR_REPORT_RE = re.compile(
    rf"^\W*(?:(?:{_REPORT_RE.pattern})\w*\s+(?:(?:an?|the|un|une|um|uma|een|ett|en|o|об|о|عن|"
    rf"על|की|on|про|fra om|om)\s+)?(?:{_ERROR_RE.pattern})\w*|(?:{_ERROR_RE.pattern})\w*\s+(?:(?:की|"
    rf"on)\s+)?(?:{_REPORT_RE.pattern})\w*(?:\s+करें)?)(?:\s+in (?:this|the) (?:story|article))?"
    r"\W*$",
    re.IGNORECASE,
)

# "Did you like the article? Yes No": a question and its two answers.
_YES_NO_RE = re.compile(
    r"[?？;؟]\s*(?:yes|ja|oui|sí|si|da|tak|ano|igen|kyllä|ναι|да|так|evet|כן|بله|نعم|हां|ใช่|"
    r"ya|có|ndiyo|はい|有用|좋아요|sim)\s+(?:no|nein|non|nu|nie|ne|nem|ei|όχι|нет|ні|hayır|לא|"
    r"خیر|لا|नहीं|ไม่ใช่|tidak|không|hapana|いいえ|没用|싫어요|não|nej|nei|nee)\W*$",
    re.IGNORECASE,
)
_OPINION_RE = re.compile(
    r"useful|helpful|like|enjoy|apua|koristan|util|χρήσιμ|άρεσε|líbil|gefallen|synes|pendapat|"
    r"pidit|tetszett|piaciuto|gostou|oceniasz|понравил|сподобал|beğendiniz|işinize yaradı|"
    r"پسندیدید|أعجبك|مفيد|אהבתם|מועילה|कैसा लगा|ชอบ|ประโยชน์|いかが|도움이 되셨나요|觉得|"
    r"thế nào|till hjälp|yamekusaidia|umependa|s-a părut|dopao|svidio|vond|tyckte|parecido|"
    r"trouvé|intéressant|hjälp",
    re.IGNORECASE,
)
_MAX_QUESTION_CHARS = 80
_OBJECT_RE = re.compile(
    r"article|story|page|artikel|artiklen|artikkel|juttu|cikk|článek|článku|članak|tekst|"
    r"articol|artículo|noticia|notícia|articolo|artigo|стать|статт|haber|άρθρο|المقال|خبر|"
    r"הכתבה|लेख|खबर|บทความ|bài viết|makala|本文|この記事|記事|기사|saken|verhaal",
    re.IGNORECASE,
)

# "Topics: Climate · Energy · Europe": a topics label over a list of short items.
_TAG_LINE_RE = re.compile(
    r"^\W*(?:tags?|topics|themen|thèmes|argomenti|onderwerpen|temas?|témata|teme|tematy|témák|"
    r"aiheet|avainsanat|ämnen|emner|subiecte|темы|теми|konular|θέματα|נושאים|موضوعات|"
    r"الكلمات المفتاحية|وسوم|کلیدواژه‌ها|विषय|टैग्स|หัวข้อ|topik|chủ đề|mada|关键词|"
    r"関連キーワード|キーワード|키워드|štítky|schlagwörter|etiquetas|mots-clés)\s*[:：]\s*"
    r"[^·・,،、|.!?:]{1,40}(?:\s*[·・,،、|/]\s*[^·・,،、|.!?:]{1,40}){1,}$",
    re.IGNORECASE,
)

# "« Previous story", "Siguiente noticia": a next/previous label and nothing else.
_NEXT_PREV_RE = re.compile(
    r"^[\s«»‹›<>←→]*(?:(?:next|previous|nächster|vorheriger|vorig|suivant|précédent|siguiente|"
    r"anterior|successivo|precedente|próximo|seguinte|volgend|nästa|föregående|næste|forrige|"
    r"neste|seuraava|edellinen|następny|poprzedni|další|předchozí|következő|előző|următor|"
    r"următorul|articolul|следующая|предыдущая|наступна|попередня|sonraki|önceki|επόμενο|"
    r"προηγούμενο|التالي|السابق|بعدی|قبلی|הבאה|הקודמת|अगली|पिछली|ถัดไป|ก่อนหน้า|selanjutnya|"
    r"sebelumnya|tiếp theo|trước|inayofuata|iliyotangulia|sljedeći|prethodni|sledeći|"
    r"article|story|artikel|noticia|notícia|articolo|artigo|artikkel|artikkeli|artykuł|článek|"
    r"cikk|статья|стаття|haber|άρθρο|المقال|خبر|הכתבה|खबर|ख़बर|บทความ|bài|makala|članak|tekst|sak|"
    r"новость|новина|wiadomość|nota|berita|habari|news|nouvelle|meldung|nachricht|"
    r"post)\s*){2,3}[\s«»‹›<>←→]*$"
    r"|^[\s«»‹›<>←→]*(?:上一篇|下一篇|前の記事|次の記事|이전 기사|다음 기사)[\s«»‹›<>←→]*$",
    re.IGNORECASE,
)
_MAX_NEXT_PREV_CHARS = 40


# "Send us your thoughts on this article": a feedback ask that is no question.
_FEEDBACK_ASK_RE = re.compile(
    r"感想をお寄せください|ご意見をお寄せください|ご感想|의견을 보내주세요|意见反馈|意見反饋"
)
# A contact line: a name or role, then an e-mail address ("김지훈 기자 reporter@hanbit.example").
_CONTACT_RE = re.compile(r"^[^@.!?。]{0,40}\s\S+@[\w-]+(?:\.[\w-]+)+$")


def is_widget_line(text: str) -> bool:
    """A stripped line that is a page widget's (see the module's docstring)."""
    n = len(text)
    if n <= _MAX_QUESTION_CHARS and (_FEEDBACK_ASK_RE.search(text) or _CONTACT_RE.match(text)):
        return True
    if n <= toolbars.MAX_TOOLBAR_CHARS and toolbars.is_toolbar(text):
        return True
    if n <= _MAX_COOKIE_CHARS and _COOKIE_WORDS_RE.search(text):
        if n <= _MAX_NEXT_PREV_CHARS and not ts.ends_sentence(text):
            return True  # "Cookie settings", "Accept cookies"
        return _CONSENT_RE.search(text) is not None and _SITE_SPEAKS_RE.search(text) is not None
    if n <= _MAX_AD_NOTE_CHARS and _AD_RE.search(text) and _GOES_ON_RE.search(text):
        return True
    if n <= _MAX_GOES_ON_CHARS and _GOES_ON_BELOW_RE.search(text) and not ts.ends_sentence(text):
        return True  # a label, not a sentence ("The story continues after the war.")
    if n <= _MAX_EMAIL_PRIVATE_CHARS and _EMAIL_PRIVATE_RE.search(text):
        return True
    if n <= _MAX_SPONSORED_CHARS and _SPONSORED_RE.match(text):
        return True
    if n <= _MAX_SUBSCRIBER_CHARS and _SUBSCRIBER_RE.search(text) and _is_subscriber_prompt(text):
        return True
    if n <= _MAX_ERROR_CHARS and _is_error_report(text):
        return True
    if n <= _MAX_QUESTION_CHARS and (_YES_NO_RE.search(text) or _is_opinion_question(text)):
        return True
    if n <= _MAX_NEXT_PREV_CHARS and _NEXT_PREV_RE.match(text):
        return True
    return bool(_COOKIE_BUTTON_RE.match(text) or _TAG_LINE_RE.match(text))


def _is_subscriber_prompt(text: str) -> bool:
    """ "For subscribers only"; "Already a subscriber? Log in" (a question, then a log-in)."""
    subscriber = _SUBSCRIBER_RE.search(text)
    only = _ONLY_RE.search(text)
    if subscriber and only and abs(only.start() - subscriber.start()) <= _MAX_ONLY_GAP:
        # about this article's access, not a report on subscribers ("only the weekend edition")
        return len(text) <= _MAX_ONLY_LABEL_CHARS or _CONTENT_RE.search(text) is not None
    question = _QUESTION_RE.search(text)
    return question is not None and toolbars.has_action(text, question.end())


def _is_error_report(text: str) -> bool:
    """ "Report an error", "Fehler melden"; "Found a mistake? Tell us." """
    if _ERROR_REPORT_RE.match(text):
        return True
    question = _QUESTION_RE.search(text)
    return (
        question is not None
        and _ERROR_RE.search(text, 0, question.start()) is not None
        and _REPORT_RE.search(text, question.end()) is not None
    )


def _is_opinion_question(text: str) -> bool:
    """A short question about the article: "Did you find this story useful?" """
    if not text.rstrip().endswith(("?", "？", ";", "؟")):
        return False
    return _OPINION_RE.search(text) is not None and _OBJECT_RE.search(text) is not None
