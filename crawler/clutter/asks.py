"""Newsroom lines an extractor keeps, in the profile's languages: the desk's sign-off under a
story ("Edición: Mesa Nacional", "Opracowanie: redakcja"), the reader-tip ask ("Masz temat?
Napisz do nas: ...", "新闻线索请拨打报料热线"), the metered paywall's counter ("You have 2 free
articles left this month") and a sign-up form's e-mail field ("Enter your e-mail").

Each rule needs a label and a short rest, or two kinds of evidence (an ask to write to the
newsroom and an address; a count, "free" and "articles"), so reporting that mentions editors,
tips, free articles or e-mail stays."""

from __future__ import annotations

import re

from crawler.clutter import offers
from crawler.clutter.literals import Rule

# "Edición: Mesa Nacional", "Edited by: Digital Desk": an editing label, then a name or a desk.
_DESK_RE = re.compile(
    r"^\W*(?:edited by|editing|editor|edición|editado por|edição|editada por|édité par|"
    r"edition|bearbeitung|bearbeitet von|redaktion|redazione|a cura di|redactie|eindredactie|"
    r"opracowanie|redakcja|redaktor(?: prowadzący)?|redigering|redaktør|toimittanut|"
    r"szerkesztette|szerkesztő|redactare|editare|editor web|επιμέλεια|редактор|редакция|"
    r"под редакцией|редагування|редакторка|düzenleme|editör|haberi düzenleyen|hazırlayan|"
    r"تحرير|المحرر|تنقيح|עריכה|ویرایش|ویراستار|संपादन|संपादक|एडिटेड बाय|"
    r"ed\.|penyunting|biên tập|mhariri|uredio|uredila|uredništvo|upravil|upravila|"
    r"připravil|připravila|편집|편집자|데스크|编辑|責任編輯|责任编辑|編集)"
    r"\s*[:：]\s*[^\W\d][^.!?。:：@]{0,38}$",
    re.IGNORECASE,
)
_MAX_DESK_CHARS = 60
# "Une info à nous signaler ? Écrivez-nous à ...": an ask to write to or call the newsroom ...
_WRITE_US = (
    r"(?:write to us|e-?mail us|contact us|tell us|send it to us|send them to us|écrivez-nous|"
    r"contactez-nous|signalez-le nous|escríbenos|escribenos|escríbanos|contáctanos|cuéntanos|"
    r"escreva-nos|escreva para|fale conosco|contacte-nos|scrivici|scriveteci|contattaci|"
    r"schreiben sie uns|schreib uns|kontaktieren sie uns|mail ons|schrijf ons|napisz do nas|"
    r"napiszcie do nas|skontaktuj się z nami|напишите нам|пишите нам|свяжитесь с нами|"
    r"напишіть нам|пишіть нам|bize yazın|bize ulaşın|راسلنا|اكتب لنا|تواصل معنا|راسلونا|"
    r"हमें लिखें|हमें बताएं|हमसे संपर्क करें|skriv til oss|skriv till oss|skriv til os|"
    r"kirjoita meille|írjon nekünk|scrieți-ne|napište nám|γράψτε μας|כתבו לנו|"
    r"hubungi kami|hubungi redaksi|liên hệ với chúng tôi|tuandikie|wasiliana nasi|pišite nam|"
    r"сообщите нам|повідомте нам|با ما تماس بگیرید|برای ما بنویسید|به ما اطلاع دهید|編集部まで)"
)
# ... with the address or number to do it, or after a question ("Masz temat?").
_TIP_RE = re.compile(
    rf"(?:^|[?？؟.!:]\s)\W*{_WRITE_US}.{{0,40}}(?:@|\+?\d[\d ()-]{{6,}})|[?？؟]\s*{_WRITE_US}",
    re.IGNORECASE,
)
# What the ask needs in the line: an address, a question or a number (cheap tests first).
_TIP_MARKS = ("@", "?", "？", "؟")
_NUMBER_RE = re.compile(r"\d[\d ()-]{6,}")
# Chinese and Korean tip lines: "新闻线索请拨打报料热线", "기사 제보: ..."
_TIP_WORDS = (
    "报料",
    "報料",
    "新闻线索",
    "新聞線索",
    "기사제보",
    "기사 제보",
    "제보하기",
    "제보 전화",
)
_MAX_TIP_CHARS = 160
# "You have 2 free articles left this month", "Hai ancora 2 articoli gratuiti questo mese".
_REMAINING = (
    r"(?:left|remaining|restantes?|restant|reste|quedan|ancora|rimast\w*|noch|übrig|"
    r"осталось|остал\w*|залишилося|pozostał\w*|jeszcze|kaldı|متبقي\w*|बाकी|शेष|남은|남았|"
    r"残り|剩余|剩下|還剩|kvar|igjen|tilbage|jäljellä|maradt|rămas\w*|zbývá|απομένουν|"
    r"tersisa|còn lại|zimebaki|باقی‌مانده|باقیمانده|مانده)"
)
_ARTICLES = (
    r"(?:articles?|artículos?|artigos?|articoli|artikel|artikeln|artykuł\w*|стать\w*|"
    r"стат\w*|makale\w*|haber\w*|مقال\w*|लेख|기사|記事|篇|artikkeli\w*|cikk\w*|articole|"
    r"článk\w*|άρθρ\w*|berita|bài|makala|مقاله\w*|stories|stor(?:y|ies))"
)
# ... said to the reader or of this month (a report on a paywall says neither)
_TO_READER = (
    r"(?:\b(?:you|your|vous|te|ti|tu|вас|вам|у тебя|masz|sie haben|du hast|hai|tienes|tiene|"
    r"você|tem|heb je|u heeft|har du|du har|sinulla|máte|máš|έχετε|imate|ai|aveți|bạn|anda|"
    r"this month|ce mois(?:-ci)?|este mes|questo mese|diesen monat|in diesem monat|"
    r"в этом месяце|цього місяця|w tym miesiącu|bu ay|este mês|deze maand|denna månad|"
    r"tässä kuussa|ebben a hónapban|luna aceasta|tento měsíc|bulan ini|tháng này|mwezi huu)\b|"
    r"لديك|هذا الشهر|شما|این ماه|आपके|इस महीने|이번 달|今月|本月|這個月)"
)
_METER_RE = re.compile(
    rf"^(?=.*\d)(?=.*{offers.FREE_WORDS})(?=.*{_REMAINING})(?=.*{_ARTICLES}).*{_TO_READER}",
    re.IGNORECASE,
)
_LAST_FREE_RE = re.compile(
    r"\b(?:last|letzte[rn]?|dernier|último|ultimo|последняя|ostatni)\s+(?:free|kostenlose[rn]?|"
    r"gratuit|gratis|gratuito|бесплатная|darmowy)\s+(?:article|artikel|article|artículo|articolo|"
    r"статья|artykuł)\b",
    re.IGNORECASE,
)
_MAX_METER_CHARS = 100
# "Enter your e-mail": a form field's label or placeholder, and nothing else.
_ENTER = (
    r"(?:enter|type|insira|introduza|introduce|introduzca|ingresa|ingrese|escribe|saisissez|"
    r"entrez|indiquez|geben sie|gib|inserisci|digita|voer|vul|wpisz|podaj|введите|укажите|"
    r"введіть|girin|giriniz|أدخل|ادخل|اكتب|הזינו|הקלידו|وارد کنید|दर्ज करें|डालें|ange|"
    r"skriv inn|indtast|syötä|adja meg|introduceți|zadejte|εισάγετε|masukkan|nhập|weka|"
    r"unesite|입력|入力|输入|輸入|請輸入|请输入)"
)
_YOUR = (
    r"(?:your|votre|ton|tu|seu|o seu|sua|su|ihre|deine|la tua|il tuo|je|uw|twój|swój|ваш|вашу|"
    r"ваша|свій|свою|adresinizi|अपना|अपनी)(?:\s+(?:електронн\w*|электронн\w*|elektronik))?"
)
_FIELD = (
    rf"{offers.EMAIL_WORDS}(?:\s+(?:الإلكتروني|الالكتروني))?(?:[\s-]*(?:address|adresse|"
    r"dirección|endereço|indirizzo|adres|adresa|адрес|адресу|adresinizi|주소를?|アドレスを?|地址|पता))?"
)
# an entry verb or "your" before the field (a table's "E-mail address" header is no form), or an
# entry verb after it
_FIELD_RE = re.compile(
    rf"^\W*(?:{_ENTER}\s+(?:{_YOUR}\s+)?|{_YOUR}\s+){_FIELD}(?:\s+(?:anda|kamu|yako|wako))?\W*$"
    rf"|^\W*(?:{_YOUR}\s+)?{_FIELD}\s*(?:خود را\s|را\s)?{_ENTER}\w*(?:하세요|\s?करें|してください)?\W*$",
    re.IGNORECASE,
)
_MAX_FIELD_CHARS = 50

# "Get the morning news free", "रोज़ सुबह की ख़बरें मुफ़्त में पाएं": news offered free to the
# reader, with a "get" that opens the line or (verb-final languages) closes it.
_GET_LAST_RE = re.compile(
    r"(?:पाएं|पाइए|पायें|प्राप्त करें|받아\s?보세요|받으세요|دریافت کنید|بگیرید|受け取る|受け取れます)\W*$"
)
_MAX_NEWS_OFFER_CHARS = 80

_TIP = Rule(_TIP_RE)
_FREE = Rule(re.compile(offers.FREE_WORDS, re.IGNORECASE))
_NEWS = Rule(offers.NEWS_WORDS_RE)
_RECEIVE = Rule(offers.RECEIVE_RE)


def is_newsroom_line(text: str) -> bool:
    """A stripped line that is a desk sign-off, a reader-tip ask, a metered paywall's counter or
    an e-mail field's label (see the module's docstring)."""
    n = len(text)
    if n <= _MAX_DESK_CHARS and _DESK_RE.match(text):
        return True
    if n <= _MAX_FIELD_CHARS and _FIELD_RE.match(text):
        return True
    if n <= _MAX_METER_CHARS and (_METER_RE.match(text) or _LAST_FREE_RE.search(text)):
        return True
    if n > _MAX_TIP_CHARS:
        return False  # most lines of a text
    low = text.lower()
    if n <= _MAX_NEWS_OFFER_CHARS and _is_news_offer(text, low):
        return True
    if any(map(low.__contains__, _TIP_WORDS)):
        return True
    if not any(map(low.__contains__, _TIP_MARKS)) and _NUMBER_RE.search(low) is None:
        return False
    return _TIP.search(low, lowered=True)


def _is_news_offer(text: str, low: str) -> bool:
    if not _FREE.search(low, lowered=True) or not _NEWS.search(low, lowered=True):
        return False
    return _RECEIVE.search(low, lowered=True) or _GET_LAST_RE.search(text) is not None
