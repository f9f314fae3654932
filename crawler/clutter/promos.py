"""Promotion lines an extractor keeps: newsletter sign-ups, paywall and log-in prompts, "follow
us on" invitations, app downloads, in the topic profile's languages (and the cookie and
copyright notes of crawler.clutter.notices)."""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.clutter import offers
from crawler.clutter.literals import Rule
from crawler.clutter.notices import is_notice

_NEWSLETTER_WORDS = (
    r"(?:newsletter\w*|nieuwsbrief|nyhetsbrev|nyhedsbrev|boletín|biuletyn|uutiskirje\w*|"
    r"рассылк\w*|розсилк\w*|bülten\w*|hírlevel\w*|hírlevél|ל?ה?ניוזלטר|njuzleter\w*|jarida|bản tin|뉴스레터|"
    r"न्यूज़लेटर|न्यूजलेटर|จดหมายข่าว|خبرنامه|бюлетин\w*|билтен|bilten|zpravodaj\w*|butlletí|"
    r"buletin\w*|ל?רשימת (?:ה)?תפוצה|surat berita|lettre (?:quotidienne|hebdomadaire|"
    r"d[’']information)|نشرت?نا البريدية|النشرة البريدية|النشرة اليومية)"
)
_NEWSLETTER_RE = re.compile(
    rf"\b{_NEWSLETTER_WORDS}\b.*\b(?:sign|subscri|register|inbox|delivered|e-?mail|anmeld|abonn|"
    r"inscri|bestell|iscriv|zapisz|suscr|recib|ontvang|meld|prenumer|assin|tilaa|подпи|підпи|"
    r"abone|feliratkoz|odebír|abon|הירשמ|kaydol|üye ol|înscri|εγγραφ|daftar|đăng ký|odběr|"
    r"přihlás|registr|jiandikishe|구독|신청|सब्सक्राइब|सदस्यता|สมัคร|عضو|مشترک|prijav|абонира|"
    r"pretplat|претплат|langgan|melanggan|postfach|دریافت|הרשמה|साइन अप)"
    rf"|\b(?:sign up|tilmeld dig|iratkozzon fel|dapatkan|jisajili|subscribe|anmelden|abonnieren|inscrivez|iscriviti|meld je aan|meld deg på|"
    r"prenumerera|zapisz się|suscríbete|assine|melden sie sich|apúntate|apuntate|regístrate|"
    r"inscríbete|subscreva|inscreva-se|schrijf je in|abonneer je|подпишитесь|подписывайтесь|"
    r"підпишіться|abone olun|přihlaste se|odebírejte|abonează-te|iscrivetevi|jiandikishe|"
    r"εγγραφείτε|kaydolun|înscrie-te|daftar|đăng ký|prijavite se|абонирайте се|pretplatite se|"
    r"prihláste sa|tilaa|feliratkozás|הצטרפו|הירשמו|langgan|daftar|recevez|recibe|receba|"
    rf"ricevi|ontvang|erhalten sie|get|få|otrzymuj|λάβετε|primește|pokea|nhận|kérje|اشترك\w*|"
    r"سجّل|سجل|سجلوا)"
    rf"\b.*\b{_NEWSLETTER_WORDS}|(?:สมัคร|รับ)\S{{0,6}}จดหมายข่าว",
    re.IGNORECASE,
)
# Paywall notes: who may read on ("for subscribers", "réservée aux abonnés", "nur für Abonnenten").
_SUBSCRIBERS = (
    r"(?:subscribers?|abonnés|abonnenten|abonnees|abonnenter|suscriptores|assinantes|abbonati|"
    r"prenumeranter|subskrybentów|prenumeratorów|abonelere|abonnenter|tilaajille|előfizetők|"
    r"předplatitele|abonaților|abonați|подписчиков|передплатників|συνδρομητές|للمشتركين)"
)
_PAYWALL_RE = re.compile(
    r"\b(?:for|to|für|aux|pour|para|per|agli|ai|voor|för|dla|для|για|pro|pentru)\s+"
    r"(?:our\s+|unsere\s+|nos\s+|τους\s+|"
    rf"nuestros\s+|i\s+nostri\s+|våra\s+|våre\s+)?{_SUBSCRIBERS}\b|^{_SUBSCRIBERS}[- ]only\b"
    r"|\b(?:tilaajille|előfizetőknek|előfizetőinknek|abonelere özel|abonaților)\b|للمشتركين|למנויים"
    r"|订阅用户专享|訂閱會員專屬|会員限定",
    re.IGNORECASE,
)
# Paywall and log-in prompts: read on, unlimited access, already a subscriber, not logged in.
_READ_ON_RE = re.compile(
    r"\b(?:to (?:view|read|continue reading|keep reading) (?:the (?:full|rest of the|entire) )?"
    r"(?:story|article)|to continue reading|pour lire la suite|pour continuer à lire|"
    r"um weiterzulesen|para (?:seguir|continuar) (?:leyendo|lendo)|per continuare a leggere|"
    r"om verder te lezen|aby czytać dalej|okumaya devam etmek için|devamını okumak için|"
    r"để đọc tiếp|untuk melanjutkan membaca|kuendelea kusoma|για να συνεχίσετε (?:να διαβάζετε|"
    r"την ανάγνωση)|щоб читати далі|чтобы (?:читать дальше|продолжить чтение)|"
    r"pentru a (?:continua lectura|citi mai departe)|pro pokračování ve čtení|"
    r"för att fortsätta läsa|за да продължите да четете|da biste nastavili (?:čitanje|sa čitanjem)|"
    r"az olvasás folytatásához|jatkaaksesi lukemista|per continuar llegint|להמשך (?:ה)?קריאה|"
    r"برای ادامه (?:مطالعه|خواندن)|पढ़ना जारी रखने के लिए|"
    # a trial price: "first month for 1 ruble", "1 € le premier mois"
    r"(?:first|erste[rn]?|premier|primer|primo|primeiro|первый|перший|pierwszy|první|ilk|"
    r"πρώτος)\s+(?:month|monat|mois|mes|mese|mês|месяц|місяць|miesiąc|měsíc|ay|μήνας)\b.{0,20}\d|"
    # "reserved for subscribers", "... buy a subscription and read on", in more languages
    r"\b(?:forbeholdt|förbehållen|reserviert für|réservée? aux|reservad[oa] (?:a|para)|"
    rf"riservat[oa] (?:a|agli)|gereserveerd voor|zarezerwowan[ya] dla)\s+(?:\w+\s+)?{_SUBSCRIBERS}|"
    r"\b(?:yalnızca|sadece) abonelere\b|\bhemen abone olun\b|"
    r"\b(?:доступн\w* )?только (?:для )?подписчик\w*|\bоформите (?:\w+ )?подписку\b|"
    r"\blesen sie (?:jetzt )?weiter mit\b|\bweiterlesen mit\b|\bchcesz czytać dalej\b|"
    r"\bwykup (?:\w+ )?(?:prenumeratę|dostęp|abonament)\b|\bpokračujte ve čtení\b|"
    r"\b(?:køb|kjøp|köp|kaufen sie|achetez|compra|acquista|koop|kup)\b.{0,30}"
    r"\b(?:abonnement|abo|abonnemang|suscripción|abbonamento|prenumeratę)\b|"
    r"有料会員限定|会員限定|続きを読むには|付费(?:内容|阅读)|订阅后(?:阅读|查看)|유료 회원|구독자 전용)"
    # inside a CJK sentence, where no word boundary separates them
    r"|เพื่ออ่านต่อ|계속 읽으려면|(?:订阅|登录|登陆|登入|登錄)后(?:阅读|查看)|(?:訂閱|登入|登錄)後(?:閱讀|查看)"
    # "Already a subscriber? Log in", with the question or the log-in that makes it a prompt
    r"|\b(?:already (?:a )?(?:subscriber|member)|déjà abonnée?|bereits abonnent(?:in)?|"
    r"ya eres suscriptor|já é assinante|sei già abbonato|al abonnee)(?:\s*\?|.{0,60}\b(?:log ?in|"
    r"sign ?in|connectez|anmelden|einloggen|inicia sesión|faça login|accedi|inloggen)\b)",
    re.IGNORECASE,
)
# Only whole short lines: prose may mention access and log-ins.
_ACCESS_RE = re.compile(
    r"\b(?:unlimited access|accès illimité|en illimité|unbegrenzte[nr]? zugriff|acceso ilimitado|"
    r"accesso illimitato|acesso ilimitado|you are not logged in|"
    r"sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|vous n'êtes pas connecté)",
    re.IGNORECASE,
)
_MAX_ACCESS_CHARS = 60
_MAX_PAYWALL_CHARS = 140
# "Follow us on WhatsApp", "For more stories like this, follow us on Google News".
_PROMO_RE = re.compile(
    r"\b(?:follow|folg\w*|suivez|síguenos|sigue|siga|seguici|segui|volg|følg|följ|obserwuj|"
    r"segueix(?:-nos)?|seguiu|ikuti|theo dõi|sledujte|sledite|pratite|последвайте|fuata|"
    r"ufuate|fuatilia)\b"
    r".{0,60}\b(?:google news|google haberler\w*|google noticias|google notícias|"
    r"google actualités|google nachrichten|google berita|google tin tức|zalo|kakaotalk|"
    r"whatsapp|telegram|instagram|facebook|twitter|youtube|tiktok|threads|"
    r"bluesky|linkedin|kanal|channel|canal|wechat|viber)\w*\b"  # "na Facebooku"
    r"|(?:^|[.!?]\s+)\W*(?:join|únete|únase|rejoignez|tritt|junte-se|unisciti|dołącz|присоединяйтесь|"
    r"приєднуйтесь|katılın|انضم\w*|加入|gabung|bergabung(?:lah)?|jiunge)\b.{0,40}\b(?:whatsapp\w*|"
    r"telegram\w*|viber|signal|wechat|kanal\w*|kanał\w*|channel|canal|chaîne|канал\w*|"
    r"قناة\w*|قنات\w*|واتساب|saluran|chaneli)\b"
    r"|(?:telegram|تلگرام|اینستاگرام|instagram|whatsapp|واتساپ|ایتا|بله)\b.{0,40}"
    r"(?:دنبال کنید|عضو شوید|بپیوندید)"
    r"|(?:^|[.!?]\s+)הצטרפו\b.{0,40}(?:ווטסאפ|וואטסאפ|טלגרם|whatsapp|telegram)"
    r"|\b(?:whatsapp|telegram|google news|google haberler\w*|instagram|youtube)\b.{0,30}"
    r"\b(?:kanalımıza|sayfamıza|"
    r"hesabımıza)?\s*(?:katılın|takip edin|abone olun)\b"
    # "turn on notifications": push alerts
    r"|\b(?:turn on|enable|activate|aktivieren sie|activez|activa|active|ative|attiva|"
    r"schakel|włącz|zapněte si|zapněte|включите|увімкніть|açın|ενεργοποιήστε|activați)\b"
    r".{0,30}\b(?:notifications?|benachrichtigungen|push|notificaciones|notificações|notifiche|"
    r"meldingen|powiadomienia|upozornění|уведомления|сповіщення|bildirimleri|ειδοποιήσεις|"
    r"notificările)\b"
    r"|\b(?:benachrichtigungen|bildirimleri)\b.{0,20}\b(?:aktivieren|açın)\b"
    r"|(?:开启|打开|開啟|打開)(?:推送|通知)|通知をオン|プッシュ通知|알림 ?(?:받기|설정)"
    r"|\bfor more (?:stories|news|articles) like this\b"
    # an official account as a label, after an ask or before one (a report may name one: "...通过
    # 官方微信公众号、电子简报发布")
    r"|(?:^\W*|(?:关注|關注|扫码|掃碼|扫描|掃描|搜索|添加|加入|订阅|訂閱|追加|登録|フォロー)"
    r"[^。，,]{0,12})(?:LINE|WeChat|微信|カカオトーク|카카오톡)\s*(?:公式アカウント|公众号|公眾號|채널)"
    r"|(?:LINE|WeChat|微信|カカオトーク|카카오톡)\s*(?:公式アカウント|公众号|公眾號|채널)"
    r"(?:\s*[:：]|[^。，,]{0,10}(?:追加|登録|フォロー|추가|구독|关注|關注))"
    # CJK follow, friend and newsletter asks, where no word boundary helps
    r"|(?:追蹤|追踪|關注|关注|加入|訂閱|订阅).{0,15}(?:facebook|粉絲團|粉丝团|line|youtube|"
    r"instagram|官方帳號|官方账号|好友)|line.{0,6}好友"
    r"|(?:ニュースレター|メルマガ|メールマガジン|뉴스레터|电子报|電子報).{0,20}"
    r"(?:登録|購読|구독|订阅|訂閱|신청)"
    # "Catch all the latest Kerala news on The Courier", "Join 200,000 readers who ..."
    r"|^(?:catch|get|read|follow) (?:all )?the latest\b.{0,40}\b(?:news|updates)\b.{0,20}\bon\b"
    r"|\bjoin (?:over |more than )?[\d,.]+\w* (?:\w+ )?(?:readers|subscribers|others)\b"
    # news tips: "Got a story? Send it to tips@...", "제보는 카카오톡", "ニュースの情報提供はこちら"
    r"|\b(?:got|have) (?:a )?(?:story|news tip|tip)\b.{0,20}[?]|\btips@|제보는|情報提供は|爆料"
    # Arabic follow asks: "تابع آخر الأخبار عبر حساباتنا على فيسبوك"
    r"|(?:تابع|تابعوا|تابعونا).{0,40}(?:فيسبوك|تويتر|إنستغرام|يوتيوب|تيليجرام|واتساب|حساباتنا|قناتنا)"
    r"|\bwe want to hear what you think\b"
    r"|\b(?:подписывайтесь|подпишитесь|підписуйтесь|takip edin|ακολουθήστε|تابعونا|تابعنا|עקבו|"
    r"seuraa|sledujte|urmăriți|urmărește|kövess\w*)\b.{0,60}(?:telegram|телеграм|whatsapp|"
    r"google news|instagram|facebook|youtube|tiktok|вконтакте|vk|дзен|x|twitter|kanal|канал\w*|"
    r"κανάλι|قناة|ערוץ)"
    r"|关注(?:我们|本).{0,12}(?:微信|公众号|公眾號|微博)|(?:公式LINE|LINE公式|友だち追加)"
    r"|(?:订阅|訂閱).{0,12}(?:早报|晚报|简报|日报|电子报|早報|晚報|簡報|日報|電子報|通讯|通訊|摘要|快讯|快訊)"
    # app downloads and "our channel" invitations
    r"|\b(?:download|lade|laden sie|téléchargez|descarga|descargue|descarregue|baixe|scarica|"
    r"pobierz|stáhněte|скачайте|завантажте|indirin|descărcați|muat turun|unduh)\b"
    r".{0,50}\b(?:apps?|application|aplicación|aplicativo|aplicação|applicazione|aplikacj\w*|"
    r"aplikaci|aplikasi|приложение|застосунок|uygulama\w*|aplicația)\b"
    r".{0,30}\b(?:ios|android|iphone|ipad|app store|google play)\b"
    # download + app + our; or, as an ask first on the line, + alerts or the latest news
    rf"|\b{offers.DOWNLOAD}\b.{{0,30}}\b{offers.APP}\b.{{0,60}}\b(?:our|nuestra|nuestro|"
    r"noastră|nostra|nosso|nossa|kami|yetu|chúng tôi|наш\w*|naš\w*|bizim|μας|vår\w*|vores|"
    r"onze|unsere?|notre|nasz\w*)\b"
    rf"|(?:^|[.!?:]\s+)\W*(?:\w+\s+)?{offers.DOWNLOAD}\b.{{0,30}}\b{offers.APP}\b.{{0,60}}\b(?:alert\w*|"
    r"notific\w*|notifik\w*|сповіщ\w*|уведомл\w*|bildirim\w*|ειδοποι\w*|thông báo|taarifa|"
    r"terkini|terbaru|últim\w*|ultim\w*|latest|neueste\w*|derni\w*|tempo real|першими|"
    r"первыми|primeir\w*|primer\w*|first)\b"
    r"|\b(?:download|descarc\w*|descarg\w*|descarreg\w*|unduh|pakua|tải|завантаж\w*|"
    r"скача\w*|indir\w*)\w*\s+(?:our|nuestra|nuestro|noastră|la nostra|kami|yetu|наш\w*|"
    r"bizim)\s+(?:app|aplica\w*|aplikasi|programu|застосун\w*|приложени\w*|uygulama\w*)"
    r"|הורידו את (?:ה)?אפליקציה|(?:حمّل|حمل|نزّل|نزل) تطبيق"
    # "Laden Sie unsere App herunter", "Uygulamamızı indirin": our app, and a download verb
    r"|(?:\b(?:our|unsere[rnm]?|nuestra|notre|nostra|nossa|naszą|naszej|наш\w*|bizim)\s+"
    r"(?:app|apps|aplicación|application|appli|applicazione|aplicativo|aplicação|aplikację|"
    r"aplikacji|приложение|uygulama\w*)\b|\buygulamamız\w*).{0,40}\b(?:download\w*|herunter\w*|"
    r"descarg\w*|télécharg\w*|scaric\w*|baix\w*|pobierz|скача\w*|indir\w*|instal\w*)"
    r"|\b(?:download|laden sie|descarga|descargue|téléchargez|scarica|baixe|pobierz|скачайте|"
    r"installez|install)\b.{0,20}\b(?:our|unsere[rnm]?|nuestra|notre|la nostra|nossa|naszą|"
    r"наш\w*)\s+(?:app|apps|aplicación|application|appli|applicazione|aplicativo|aplikację|"
    r"приложение)\b"
    r"|免费订阅|免費訂閱|무료 구독"
    r"|앱 ?다운로드|앱을? ?설치하(?:세요|고[^.]{0,20}받아?(?:보세요|으세요))|アプリを?(?:インストール|ダウンロード)|安装(?:客户端|APP|app)|ऐप इंस्टॉल|下载(?:客户端|APP|app)|ऐप डाउनलोड|ดาวน์โหลดแอป|"
    r"اپلیکیشن .{0,20}دانلود"
    r"|\b(?:our|nuestro|tenemos|unserem?|notre|nosso|nostro|onze|naszym?)\b.{0,20}"
    r"\b(?:canal|channel|kanal|chaîne|kanaal|kanał)\b.{0,6}\b(?:telegram|youtube|whatsapp|tiktok)\b",
    re.IGNORECASE,
)
_MAX_PROMO_CHARS = 160
# "Spotted an error? Let us know at ...", "Haben Sie einen Fehler entdeckt? Schreiben Sie uns":
# the error, a question mark, then the ask (a real correction says what was wrong instead).
_ERROR_WORDS = (
    r"(?:\b(?:errors?|mistakes?|typos?|fehler|erreurs?|fautes?|errore|erro|fout|fel|feil|fejl|"
    r"virhe\w*|chyb\w*|błąd|błędy|hib\w*|greșeal\w*|eroare|ошибк\w*|помилк\w*|hata\w*|λάθος|"
    r"خطأ|טעות)\b|错误|錯誤|误|誤り|間違い|오류|오타)"
)
_ERRATA_RE = re.compile(
    rf"{_ERROR_WORDS}.{{0,40}}[?？؟]\s*.{{0,80}}(?:@|\b(?:let us know|tell us|write|contact|"
    r"report|e-?mail|schreiben|melden|kontaktieren|écrivez|signalez|contactez|escr[ií]b|"
    r"avísanos|contáct|scriv|segnala|envie|escreva|informe|laat het ons weten|mail|meld|"
    r"skriv|kerro|ilmoita|napište|napisz|zgłoś|írj|jelez\w*|scrie|напишите|сообщите|напишіть|"
    r"повідомте|bildir|yazın|γράψτε|ενημερώστε|اكتب|راسلنا|أبلغ\w*|כתבו|联系|聯繫|告诉|お知らせ|"
    r"알려)"
    r"|(?:请|請)|ご連絡|제보)",
    re.IGNORECASE,
)
_MAX_ERRATA_CHARS = 200
_MAX_NEWSLETTER_CHARS = 140
# A longer line about a newsletter that speaks to nobody reports on one ("It will also send a
# monthly newsletter to registered workers ...").
_MAX_BARE_ASK_CHARS = 80
# Words that address the reader ("our newsletter", "your inbox", "abonnieren Sie").
_READER_RE = re.compile(
    r"\b(?:you|your|our|us|unser\w*|vous|votre|notre|nos|tu|tus|su|sus|nuestr\w*|"
    r"il nostro|la nostra|seu|sua|nosso|nossa|je|jouw|ons|onze|du|din|ditt|vår|vores|twoj\w*|"
    r"nasz\w*|ваш\w*|наш\w*|sizin|bizim|σας|μας|náš\w*|naš\w*|vaš\w*|váš\w*|vám|vás|"
    r"tvoj\w*|anda|kami|bạn|chúng tôi|yetu|wako|você|voi|vostr\w*|nostr\w*|uw|jullie|dig|deg|"
    r"din|teu|tua|vos|votre|vous|kita|kamu|twój|wasz\w*|jouw)\b",
    re.IGNORECASE,
)
# German addresses the reader with capitals: lower-case "sie" and "ihr" are "they" and "her" in a
# report ("... und bitten sie, Fälle zu melden").
_FORMAL_RE = re.compile(r"\b(?:Sie|Ihr|Ihre[nmrs]?|Ihnen)\b")


# Scripts written without spaces say an ask in few characters.
_WIDE_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_MAX_WIDE_PROMO_CHARS = 50
# A sign-up box's heading left alone: "Newsletter", "Nieuwsbrief:".
_NEWSLETTER_ALONE_RE = re.compile(
    rf"^\W*{_NEWSLETTER_WORDS}\W*$"
    # or heading a short pitch: "Nyhetsbrev: Gratis, hver morgen."
    rf"|^\W*{_NEWSLETTER_WORDS}\b[^.!?:]{{0,30}}[:：][^:]{{0,60}}$",
    re.IGNORECASE,
)


def _is_email_offer(
    text: str, search: Callable[[Rule], bool], to_reader: Callable[[], bool]
) -> bool:
    if not search(_EMAIL_HINT):
        return False  # most lines: one cheap scan for an e-mail word settles them
    if search(_EMAIL_OFFER):
        # "free ... in our daily email": news, a newsletter, or words to the reader
        return search(_NEWS_WORDS) or search(_NEWSLETTER) or search(_RECEIVE) or to_reader()
    return len(text) <= offers.MAX_EMAIL_SIGNUP_CHARS and search(_EMAIL_SIGNUP)


_NEWSLETTER = Rule(_NEWSLETTER_RE, gated=True)
_READER = Rule(_READER_RE)
_PROMO = Rule(_PROMO_RE, gated=True)
_PAYWALL = Rule(_PAYWALL_RE, gated=True)
_READ_ON = Rule(_READ_ON_RE, gated=True)
_ACCESS = Rule(_ACCESS_RE)
_ERRATA = Rule(_ERRATA_RE)
_NEWSLETTER_ALONE = Rule(_NEWSLETTER_ALONE_RE)
_EMAIL_HINT = Rule(offers.EMAIL_HINT_RE)
_EMAIL_OFFER = Rule(offers.EMAIL_OFFER_RE)
_NEWS_WORDS = Rule(offers.NEWS_WORDS_RE)
_EMAIL_SIGNUP = Rule(offers.EMAIL_SIGNUP_RE)
_RECEIVE = Rule(offers.RECEIVE_RE)
_DIGEST_OFFER = Rule(offers.DIGEST_OFFER_RE)


def is_promotion(text: str) -> bool:
    """A stripped line of at most crawler.clutter.phrases' boilerplate length that sells, gates
    or asks rather than reports."""
    if len(text) > _MAX_WIDE_PROMO_CHARS and _WIDE_RE.search(text[:4]):
        return False  # 50 Han or kana characters are a paragraph: reporting, not an ask
    low = text.lower()
    if len(low) == len(text):
        return _is_promotion(low, text, lowered=True)
    # "İ" lowers to two characters: the case-blind regexes
    return _is_promotion(text, text, lowered=False)


def _is_promotion(text: str, original: str, *, lowered: bool) -> bool:
    def search(rule: Rule) -> bool:
        return rule.search(text, lowered)

    def to_reader() -> bool:
        return search(_READER) or _FORMAL_RE.search(original) is not None

    if search(_NEWSLETTER) and (len(text) <= _MAX_BARE_ASK_CHARS or to_reader()):
        return True  # a long line about a newsletter that speaks to nobody reports on one
    if len(text) <= _MAX_PROMO_CHARS and search(_PROMO):
        return True
    if len(text) <= _MAX_NEWSLETTER_CHARS and _is_email_offer(text, search, to_reader):
        return True
    if len(text) <= offers.MAX_DIGEST_OFFER_CHARS and search(_DIGEST_OFFER):
        return True
    if len(text) <= _MAX_PAYWALL_CHARS and (search(_PAYWALL) or search(_READ_ON)):
        return True
    if len(text) <= _MAX_ACCESS_CHARS and search(_ACCESS):
        return True
    if len(text) <= _MAX_ERRATA_CHARS and search(_ERRATA):
        return True
    if search(_NEWSLETTER_ALONE):  # anchored at the start
        return True
    return is_notice(text)
