"""E-mail delivery offers: "Get the news by e-mail, free", "Nhận tin mới qua email – miễn phí",
as regexes for crawler.clutter.promos (an e-mail word, then "free" or "every morning" with a news
word; or a sign-up verb in a short line)."""

from __future__ import annotations

import re

# "Get the news by e-mail, free", "Nhận tin mới qua email – miễn phí": e-mail delivery offered,
# with a news word and "free" or "every morning", or with a sign-up verb in a short line.
EMAIL_WORDS = (
    r"(?:e-?mail\w*|e-posta\w*|correu|correo electrónico|courriel|pošt\w*|пошт\w*|почт\w*|"
    r"поща|ταχυδρομ\w*|barua pepe|sähköpost\w*|inbox|posteingang|이메일|메일|メール|邮件|郵件|"
    r"邮箱|ईमेल|อีเมล|ایمیل|البريد|بريد\w*|correo|skrzynk\w*|skrzynce|postfach|casella|"
    r"boîte (?:mail|de réception)|bandeja de entrada|caixa de (?:correio|entrada))"
)
EMAIL_OFFER_RE = re.compile(
    rf"{EMAIL_WORDS}.*(?:\b(?:free|gratis|gratuit\w*|gratuït\w*|kostenlos|zdarma|zadarmo|δωρεάν|"
    r"miễn phí|bure|ücretsiz|безкоштовн\w*|бесплатн\w*|безплатн\w*|besplatn\w*|ingyen\w*|"
    r"ilmai\w*|gratuito|gratuita|every morning|jeden morgen|chaque matin|cada mañana|"
    r"ogni mattina|her sabah|setiap pagi|mỗi sáng|kila asubuhi|κάθε πρωί|щоранку|каждое утро|"
    r"всяко утро|svako jutro|každé ráno|minden reggel|joka aamu|varje morgon|hver morgen|"
    r"elke ochtend|codziennie rano|مجان\w*)\b|무료|매일 아침|毎朝|免费|無料|मुफ्त|ฟรี|رایگان|חינם)"
    r"|(?:\b(?:free|gratis|gratuit\w*|gratuït\w*|zdarma|δωρεάν|miễn phí|ücretsiz)\b|무료).*"
    rf"{EMAIL_WORDS}",
    re.IGNORECASE,
)
EMAIL_HINT_RE = re.compile(EMAIL_WORDS, re.IGNORECASE)
NEWS_WORDS_RE = re.compile(
    r"\b(?:news|nachrichten|noticias|notícies|notizie|notícias|nouvelles|actualités|nieuws|"
    r"nyheter|nyheder|wiadomości|zprávy|správy|новини|новости|новините|vesti|vijesti|haber\w*|"
    r"berita|tin|habari|ειδήσεις|știri\w*|uutiset|hírek|titulares)\b"
    r"|뉴스|ニュース|新闻|新聞|खबर|ข่าว|اخبار|חדשות",
    re.IGNORECASE,
)
EMAIL_SIGNUP_RE = re.compile(
    rf"{EMAIL_WORDS}.*\b(?:subscri\w*|sign up|abonn\w*|inscri\w*|iscriv\w*|suscr\w*|"
    r"подпи\w*|підпи\w*|abone|kaydol\w*|înscri\w*|εγγρα\w*|daftar|đăng ký|přihlas\w*|"
    r"jiandikishe|prenumer\w*|tilaa|feliratkoz\w*|prijav\w*|абонира\w*|pretplat\w*)",
    re.IGNORECASE,
)
MAX_EMAIL_SIGNUP_CHARS = 100
