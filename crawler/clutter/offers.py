"""E-mail delivery offers: "Get the news by e-mail, free", "Nhận tin mới qua email – miễn phí",
as regexes for crawler.clutter.promos (an e-mail word, then "free" or "every morning" with a news
word; or a sign-up verb in a short line); and the words of app-download asks."""

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
FREE_WORDS = (
    r"(?:\b(?:free|gratis|gratuit\w*|gratuït\w*|kostenlos|zdarma|zadarmo|δωρεάν|miễn phí|bure|"
    r"ücretsiz|безкоштовн\w*|бесплатн\w*|безплатн\w*|besplatn\w*|ingyen\w*|ilmai\w*|gratuito|"
    r"gratuita|darmow\w*|bezpłatn\w*|مجان\w*)\b|무료|免费|無料|मुफ्त|मुफ़्त|ฟรี|رایگان|חינם)"
)
_MORNING_WORDS = (
    r"\b(?:every morning|jeden morgen|chaque matin|cada mañana|ogni mattina|her sabah|setiap pagi|"
    r"mỗi sáng|kila asubuhi|κάθε πρωί|щоранку|каждое утро|всяко утро|svako jutro|každé ráno|"
    r"minden reggel|joka aamu|varje morgon|hver morgen|elke ochtend|codziennie rano)\b|매일 아침|毎朝"
)
EMAIL_OFFER_RE = re.compile(
    rf"{EMAIL_WORDS}.*(?:{FREE_WORDS}|{_MORNING_WORDS})|(?:{FREE_WORDS}|{_MORNING_WORDS}).*{EMAIL_WORDS}",
    re.IGNORECASE,
)
# A digest offered free, with no e-mail word: "Günün özetini ücretsiz alın", "Get our daily
# briefing free".
DIGEST_WORDS = (
    r"(?:\b(?:digest|briefing|round-?up|tagesüberblick|zusammenfassung|résumé|resumen|riepilogo|"
    r"resumo|podsumowanie|özet\w*|дайджест|overzicht|sammanfattning|tiivistelmä|összefoglaló|"
    r"rezumat\w*|σύνοψη|ringkasan|tóm tắt|ملخص|خلاصه)\b|简报|簡報|요약|まとめ)"
)
DIGEST_OFFER_RE = re.compile(
    rf"{FREE_WORDS}.{{0,40}}{DIGEST_WORDS}|{DIGEST_WORDS}.{{0,40}}{FREE_WORDS}", re.IGNORECASE
)
MAX_DIGEST_OFFER_CHARS = 80
# A line that opens with "get" or "receive" to the reader: "Ricevi gratis il meglio ... via email".
RECEIVE_RE = re.compile(
    r"^\W*(?:get|receive|ricevi|recevez|reçois|recibe|reciba|receba|recebe|erhalten sie|erhalte|"
    r"hol dir|otrzymuj|ontvang|få|получайте|отримуйте|alın|احصل|λάβετε|primește|primiți|nhận|"
    r"dapatkan|pokea|kapja|saa|ta emot)\b",
    re.IGNORECASE,
)
EMAIL_HINT_RE = re.compile(EMAIL_WORDS, re.IGNORECASE)
NEWS_WORDS_RE = re.compile(
    r"\b(?:news|nachrichten|noticias|notícies|notizie|notícias|nouvelles|actualités|nieuws|"
    r"nyheter|nyheder|wiadomości|zprávy|správy|новини|новости|новините|vesti|vijesti|haber\w*|"
    r"berita|tin|habari|ειδήσεις|știri\w*|uutiset|hírek|titulares)\b"
    r"|뉴스|ニュース|新闻|新聞|खबर|ख़बर|समाचार|ข่าว|اخبار|أخبار|חדשות",
    re.IGNORECASE,
)
EMAIL_SIGNUP_RE = re.compile(
    rf"{EMAIL_WORDS}.*\b(?:subscri\w*|sign up|abonn\w*|inscri\w*|iscriv\w*|suscr\w*|"
    r"подпи\w*|підпи\w*|abone|kaydol\w*|înscri\w*|εγγρα\w*|daftar|đăng ký|přihlas\w*|"
    r"jiandikishe|prenumer\w*|tilaa|feliratkoz\w*|prijav\w*|абонира\w*|pretplat\w*)",
    re.IGNORECASE,
)
MAX_EMAIL_SIGNUP_CHARS = 100


# App downloads: the verb and the app, for crawler.clutter.promos.
DOWNLOAD = (
    r"(?:download|descarc\w*|descarg\w*|descarreg\w*|baixe|scarica|pobierz|stáhn\w*|"
    r"stiahn\w*|скача\w*|завантаж\w*|изтегл\w*|преузми\w*|indir\w*|unduh|pakua|tải|lataa|"
    r"töltse le|ladda ner|last ned|lade|muat turun)"
)
APP = (
    r"(?:apps?|aplica\w*|applica\w*|aplikac\w*|aplikasi|programu|ứng dụng|εφαρμογ\w*|"
    r"приложени\w*|застосун\w*|uygulama\w*|sovellu\w*|alkalmazás\w*|апликаци\w*|aplikacij\w*)"
)
