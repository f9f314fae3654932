"""Toolbar lines, in the profile's languages: share / send / copy-link rows, print and text
size, log in / register, comment prompts and counters, listen buttons. A line is one when it
holds an action word and every other word is a toolbar's filler (objects, platforms, links)."""

from __future__ import annotations

import re

# Words a toolbar is made of. An action word is needed; the rest may only fill in around it.
_ACTIONS = (
    # share, send, copy the link
    r"share|teilen|partager|partagez|compartir|comparte|compartilhar|partilhar|condividi|delen|"
    r"deel|dela|del|jaa|sdílet|sdílejte|zdieľať|udostępnij|distribuie|megosztás|oszd meg|"
    r"поделиться|поделитесь|поділитися|поширити|сподели|podijeli|podijelite|podeli|podelite|"
    r"paylaş|paylaşın|κοινοποίηση|μοιραστείτε|شارك|مشاركة|اشتراک|به اشتراک بگذارید|שתפו|שיתוף|"
    r"शेयर करें|शेयर|แชร์|bagikan|chia sẻ|shiriki|分享|シェア|ポスト|공유하기|공유|"
    r"send|senden|envoyer|enviar|invia|verstuur|skicka|lähetä|wyślij|poslat|odeslat|küldés|"
    r"trimite|отправить|надіслати|изпрати|pošalji|gönder|αποστολή|أرسل|ارسال|שליחה|भेजें|ส่ง|"
    r"kirim|gửi|tuma|发送|送る|보내기|메일보내기|메일 보내기|이메일 보내기|copy link|link kopieren|copier le lien|copiar (?:el )?"
    r"enlace|copiar link|copia link|kopieer link|kopiera länk|kopiér link|kopioi linkki|"
    r"kopiuj link|kopírovat odkaz|link másolása|copiază linkul|скопировать ссылку|"
    r"копіювати посилання|bağlantıyı kopyala|αντιγραφή συνδέσμου|نسخ الرابط|کپی لینک|"
    r"העתקת קישור|लिंक कॉपी करें|คัดลอกลิงก์|salin tautan|sao chép liên kết|nakili kiungo|"
    r"复制链接|リンクをコピー|링크 복사|"
    # print and text size
    r"print|drucken|imprimer|imprimir|stampa|afdrukken|skriv ut|udskriv|tulosta|drukuj|"
    r"vytisknout|tisk|nyomtatás|nyomtatása|printează|tipărește|печать|распечатать|друк|"
    r"надрукувати|yazdır|εκτύπωση|طباعة|چاپ|הדפסה|הדפסת|प्रिंट करें|พิมพ์|打印|印刷する|印刷|인쇄|"
    r"cetak|ispiši|odštampaj|chapisha|text size|font size|textgröße|schriftgröße|"
    r"taille du texte|tamaño de(?:l)? (?:texto|letra)|dimensione (?:del )?testo|"
    r"tamanho do texto|tekstgrootte|textstorlek|tekststørrelse|tekstin koko|"
    r"rozmiar (?:tekstu|czcionki)|velikost písma|betűméret|mărime text|размер шрифта|"
    r"розмір шрифту|yazı boyutu|μέγεθος (?:κειμένου|γραμμάτων)|حجم الخط|اندازه متن|גודל טקסט|"
    r"फ़ॉन्ट साइज़|ขนาดตัวอักษร|字号|文字サイズ|글자 크기|ukuran teks|cỡ chữ|"
    r"veličina (?:teksta|slova)|ukubwa wa maandishi|"
    # log in and register
    r"log ?in|sign in|sign up|register|login|einloggen|anmelden|registrieren|connexion|"
    r"inscription|se connecter|entrar|registrarse|iniciar sesión|registar|registrati|accedi|"
    r"inloggen|registreer|logga in|skapa konto|log ind|opret profil|logg inn|registrer deg|"
    r"kirjaudu sisään|kirjaudu|rekisteröidy|logowanie|rejestracja|zaloguj się|přihlášení|"
    r"registrace|prijavi se|registriraj se|registruj se|belépés|regisztráció|conectare|"
    r"înregistrare|вход|регистрация|войти|вхід|реєстрація|увійти|giriş|giriş yap|üye ol|"
    r"είσοδος|εγγραφή|σύνδεση|دخول|تسجيل|ورود|ثبت‌نام|ثبت نام|כניסה|הרשמה|लॉग इन|"
    r"रजिस्टर करें|เข้าสู่ระบบ|สมัครสมาชิก|masuk|daftar|đăng nhập|đăng ký|ingia|jisajili|"
    r"登录|注册|ログイン|新規登録|로그인|회원가입|přihlaste se|συνδεθείτε|وارد شوید|התחברו|prijavite se|"
    r"jelentkezzen be|autentifică-te|войдите|увійдіть|سجّل الدخول|سجل الدخول|请登录|請登入|"
    r"发表评论|發表評論|コメントを書く|报告错误|報告錯誤|誤りを報告する|แจ้งข้อผิดพลาด|"
    r"megosztása|ispiši|in bài viết|打印本文|分享本文|分享到微信|分享到微博|分享到朋友圈|แชร์บทความนี้|"
    r"พิมพ์บทความ|แชร์ไปยัง|"
    # comment prompts and counters
    r"comments?|kommentare?|kommentar|commentaires?|commentaire|comentarios?|comentário|"
    r"comentariu|comentarii|commenti|commento|reacties?|kommentarer|kommentti|kommentit|"
    r"komentarz\w*|komentář\w*|komentar\w*|hozzászólás\w*|szóljon hozzá|комментари\w*|"
    r"коментар\w*|yorum\w*|σχόλι\w*|تعليق\w*|دیدگاه|نظر خود را بنویسید|תגובה|תגובות|"
    r"कमेंट|टिप्पणी|ความคิดเห็น|แสดงความคิดเห็น|bình luận|maoni|评论|コメント|댓글|"
    # listen to the article
    r"listen|hören|hör|vorlesen lassen|écouter|escuchar|escucha|ascolta|ouvir|ouça|luister|"
    r"beluister|lyssna|lytt|kuuntele|posłuchaj|odsłuchaj|poslechněte|poslechnout|audioverze|"
    r"felolvasva|ascultă|слушать|прослушать|слухати|прослухати|dinle|dinleyin|ακούστε|"
    r"استمع|نسخه صوتی|הקשיבו|सुनें|ฟัง|dengarkan|nghe đọc|nghe|sikiliza|slušajte|poslušajte|"
    r"听|聴く|聞く|듣기|hør|ouvir|ฟังบทความนี้|ฟังข่าว|この記事を音声で聞く|音声で聴く|音声で聞く|听新闻|"
    r"收听新闻"
)
# Words that may stand around an action in a toolbar: objects, platforms, links between them.
_FILLERS = (
    r"this|the|a|an|on|to|via|by|per|with|article|story|page|post|link|news|e-?mail|mail|"
    r"diesen|dieser|den|artikel|auf|mit|cet|l'|l’|article|sur|par|este|esta|artículo|noticia|"
    r"en|por|questo|articolo|l'articolo|su|per|deze|dit|artikel|verhaal|op|via|denna|artikeln|"
    r"texten|på|artiklen|saken|sak|tästä|artikkeli|artikkelin|juttu|artikkelissa|ten|tekst|"
    r"artykuł|tekstu|na|článek|článku|cikk|cikket|articolul|acest|pe|статью|статтею|новость|"
    r"новину|по|почте|поштою|в|у|haberi|bu|το|άρθρο|την|είδηση|στο|με|المقال|هذا|الخبر|على|"
    r"عبر|این|مطلب|را|خبر|در|با|את|הכתבה|ב|यह|खबर|पर|บทความนี้|บทความ|ข่าว|ไปยัง|ini|berita|"
    r"ke|bài viết|tin|makala|haya|kwenye|habari|本文|この記事を|記事|で|기사|를|을|"
    r"facebook|x|twitter|whatsapp|telegram|linkedin|pinterest|reddit|messenger|threads|"
    r"bluesky|vk|вконтакте|line|kakaotalk|카카오톡|weibo|微博|微信|wechat|zalo|viber|"
    r"fejsbuku|facebooku|facebookon|facebookissa|facebook'ta|x'te|whatsapp'ta|x:ssä|x-en|"
    r"whatsappie|فيسبوك|إكس|واتساب|تلگرام|واتس‌اپ|בפייסבוק|בוואטסאפ|במייל|फेसबुक|"
    r"व्हाट्सऐप|페이스북|e-poštom|e-mailem|e-mailben|e-post|sähköpostilla|mejlom|emailem|"
    r"ایمیل|ईमेल|e-posta|članak|članka|artikkelen|άρθρου|no|статтю|x:ssä|a|aa|a-|a\+|小|中|大|가|ก|/|min|мин|хв|dk|λεπτά|perc|menit|dakika|"
    r"phút|นาที|분|分钟|分|דקות|दقائق|دقائق|دقیقه|मिनट|minuty|minut|minuten|minutes|"
    r"sessão|sesión|se|deg|dig|opplest|læst op|sesli|ses|음성으로|音声で|ảnh|add|leave|write|"
    r"a comment|schreiben|laisser|deja|deixe|o seu|lascia|plaats|skriv|kirjoita|dodaj|přidat|"
    r"ostavite|lasă|оставить|залишити|αφήστε|ένα|أضف|הוסיפו|अपनी|लिखें|tulis|gửi|acha|yako|"
    r"发表|を書く|쓰기|een|un|una|uno|ett|en|de|da|of|la|le|il|naar|l'article|l’article|artigo|"
    r"notícia|articol|știrea|vijest|vest|إلى|לכתבה"
)
_TOOL_RE = re.compile(rf"(?<!\w)(?:{_ACTIONS})(?!\w)", re.IGNORECASE)


def _longest_first(alternation: str) -> str:
    """The top-level alternatives, longest first: "x:ssä" and "x'te" before "x"."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(alternation):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(alternation[start:index])
            start = index + 1
    parts.append(alternation[start:])
    return "|".join(sorted(parts, key=len, reverse=True))


_FILL_RE = re.compile(
    rf"(?<!\w)(?:{_longest_first(f'{_ACTIONS}|{_FILLERS}')})(?!\w)", re.IGNORECASE
)
_NOT_WIDGET_RE = re.compile(r"[^\W\d_]")
MAX_TOOLBAR_CHARS = 100


def _first_words(alternation: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """What each alternative's first word is, lower-cased: whole words (the alternative's
    literal first word, ended by a space or by the alternative) and prefixes (a word whose
    end the regex leaves open: "komentarz\\w*", "comments?" gives "comment")."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for alternative in alternation.split("|"):
        parts = re.split(r"([ (?\\\[*+.{])", alternative, maxsplit=1)
        head, cut = (parts[0], parts[1]) if len(parts) > 1 else (alternative, "")
        head = head.lower()
        if cut in ("", " "):
            words.add(head)
        elif cut in "?*{":
            prefixes.add(head[:-1])  # the character before is optional
        else:
            prefixes.add(head)
    return frozenset(words), tuple(sorted(prefixes))


_WORDS, _PREFIXES = _first_words(f"{_ACTIONS}|{_FILLERS}")
# The first word of a line, when it is plain ASCII letters followed by a space or the end.
_FIRST_WORD_RE = re.compile(r"^[^\w]*([a-z]+)(?:\s|$)")


def _may_open(text: str) -> bool:
    """Whether the line's first word can be a toolbar word: a cheap test that rules out most
    lines (a plain ASCII first word that is no toolbar word; other first words pass)."""
    match = _FIRST_WORD_RE.match(text.lower())
    if match is None:
        return True  # a digit, a word with an apostrophe or a hyphen, another script
    word = match[1]
    return word in _WORDS or word.startswith(_PREFIXES)


def is_toolbar(text: str) -> bool:
    """Every word a toolbar word, and one of them an action (share, print, log in, listen)."""
    if not _may_open(text) or not _TOOL_RE.search(text):
        return False
    rest = _FILL_RE.sub(" ", text)
    return _NOT_WIDGET_RE.search(rest) is None


def has_action(text: str, start: int = 0) -> bool:
    """An action word (share, print, log in, listen...) at or after `start`."""
    return _TOOL_RE.search(text, start) is not None
