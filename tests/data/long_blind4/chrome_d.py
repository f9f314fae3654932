"""Chrome and clutter, no fa it ko: 'key: alt | alt' lines; 'h: headline || dek || category'."""

CHROME_D = {
    "no": """
site: Vestkyst-Avisa | Sunnhordland Nytt | VA.no
home: Forsiden | Hjem
section: Nyheter | Lokalt | Samfunn
nav: Nyheter | Sport | Kultur | Meninger | Næringsliv
read_also: Les også: | LES OGSÅ | Se også | Mer om saken
related: Mer om saken | Relaterte saker | Flere nyheter
most_read: Mest lest | Mest lest akkurat nå | Topp 5
newsletter: Få de viktigste nyhetene fra Sunnhordland på e-post hver morgen. Meld deg på nyhetsbrevet vårt. | Abonner på vårt gratis nyhetsbrev og gå aldri glipp av en sak.
app: Last ned appen vår og få varsel når noe skjer der du bor. | Følg Vestkyst-Avisa på Facebook og Instagram.
paywall: Denne saken er for abonnenter. Kjøp abonnement for 1 kr første måned. | Allerede abonnent? Logg inn for å lese videre.
photo: Foto: NTB | Foto: Kari Helland | Illustrasjonsfoto: Scanpix
video: Spill av video | Neste video starter om 5 sekunder | Neste
gallery: Bildeserie: Slik var 17. mai på Vikøy | Bilde 1 av 24 | Se alle bildene
share: Del | Del på Facebook | Kopier lenke
comments: 18 kommentarer | Kommentarer (18) | Skriv en kommentar
cookie: Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse og for å vise relevant annonsering. | Dette nettstedet bruker cookies.
cookie_btn: Godta alle | Innstillinger
bio: Journalist i Vestkyst-Avisa, dekker kommunepolitikk og innvandring i Sunnhordland. | Har jobbet i avisen siden 2017.
more_from: Flere saker fra journalisten | Mer fra denne journalisten
tags_label: Emner | Stikkord
tags: asylmottak | UDI | Vikøy | innvandring
follow: Følg | Følg emnet
ad: Annonse | ANNONSE
now: Du leser nå | Akkurat nå
sponsored: Annonsørinnhold | Sponset
sp_head: Sommerens beste hyttetilbud langs kysten | Slik sparer du tusenvis på strømregningen
listen: Lytt til saken | Hør artikkelen
comment: Dette er trist for hele øya. Mottaket har gitt oss mye. | Staten må tenke på mer enn pengene.
next: Neste sak | Les neste
hidden: Prøv abonnement for 1 kr | Kun for abonnenter
toolbar: Skriv ut | Tekststørrelse | Lagre
hover_more: Se profil | Alle saker om denne personen
footer: © 2026 Vestkyst-Avisa AS. Ansvarlig redaktør: Torleif Brekke. | Personvern · Informasjonskapsler · Kontakt oss
h: Uvær stengte fergesambandet i to dager || Vindkast på over 30 meter i sekundet gjorde det umulig å legge til kai. || Nyheter
h: Stord-jentene klare for semifinale i cupen || Laget vant 3–1 etter en sterk andreomgang på hjemmebane. || Sport
h: Strømprisen tredoblet seg på en uke || Kalde dager og lite vind har ført til rekordhøye priser i Sør-Norge. || Næringsliv
h: Mann pågrepet etter innbrudd i båtforening || Politiet fant flere påhengsmotorer i en garasje i nabokommunen. || Nyheter
h: Kulturhuset får ny kino etter ti år uten || Den nye salen får 180 plasser og åpner i august. || Kultur
h: Ny bru over sundet kan stå klar i 2029 || Statens vegvesen har lagt fram tre alternativer for trasé. || Nyheter
h: Skolen på Hovland må stenge til sommeren || Kommunestyret vedtok nedleggelsen med knapt flertall. || Lokalt
h: Laksefarmen utvider og trenger 25 nye ansatte || Selskapet bygger nytt anlegg på nordsiden av øya. || Næringsliv
h: Gammel sjøbod restaureres av frivillige || Bygget fra 1870-tallet skal bli museum for kystkultur. || Kultur
h: Rekordmange turister i sommer || Hotellene rapporterer nesten full belegg fra juni til august. || Lokalt
""",
    "fa": """
site: روزنامه شرق‌نما | خبرگزاری شرق‌نما | شرق‌نما آنلاین
home: صفحه اصلی | خانه
section: جامعه | مهاجرت | استان‌ها
nav: سیاسی | اقتصادی | ورزشی | فرهنگی | بین‌الملل
read_also: بیشتر بخوانید | بخوانید | مطلب مرتبط | این را هم بخوانید
related: اخبار مرتبط | مطالب مرتبط | پیشنهاد سردبیر
most_read: پربازدیدترین‌ها | پربیننده‌ترین | داغ‌ترین اخبار
newsletter: برای دریافت مهم‌ترین اخبار روز در خبرنامه ما عضو شوید. | با ثبت ایمیل، خلاصه اخبار هفته را رایگان دریافت کنید.
app: کانال تلگرام شرق‌نما را دنبال کنید. | اپلیکیشن شرق‌نما را نصب کنید و از آخرین اخبار باخبر شوید.
paywall: ادامه این مطلب فقط برای مشترکان در دسترس است. | برای خواندن ادامه مطلب وارد حساب کاربری خود شوید.
photo: عکس: ایرنا | عکاس: علی محمدی | منبع عکس: آرشیو
video: پخش ویدیو | ویدیوی بعدی تا ۵ ثانیه دیگر پخش می‌شود | بعدی
gallery: گزارش تصویری: جشنواره گل محمدی در کاشان | تصویر ۱ از ۱۵ | مشاهده همه تصاویر
share: اشتراک‌گذاری | ارسال به تلگرام | کپی لینک
comments: ۲۱ دیدگاه | نظرات (۲۱) | ثبت نظر
cookie: این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند. | با ادامه استفاده از سایت، استفاده از کوکی‌ها را می‌پذیرید.
cookie_btn: پذیرفتن | متوجه شدم
bio: خبرنگار حوزه مهاجرت و کار، از سال ۱۳۹۶ با این روزنامه همکاری می‌کند. | خبرنگار گروه جامعه.
more_from: سایر مطالب این نویسنده | مطالب دیگر نویسنده
tags_label: برچسب‌ها | کلیدواژه‌ها
tags: مهاجران افغانستانی | مرز | بازار کار | اتباع
follow: دنبال کنید | دنبال کردن
ad: آگهی | تبلیغات
now: در حال خواندن | اکنون می‌خوانید
sponsored: رپورتاژ آگهی | محتوای حمایت‌شده
sp_head: خرید آپارتمان با اقساط بلندمدت در شمال | بهترین تورهای نوروزی با قیمت استثنایی
listen: شنیدن خبر | نسخه صوتی
comment: کارگاه ما دو هفته است تعطیل شده، کسی جواب نمی‌دهد. | اول باید مدارک همه بررسی شود.
next: خبر بعدی | مطلب بعدی
hidden: اشتراک ویژه با تخفیف | فقط برای مشترکان
toolbar: چاپ | اندازه متن | ذخیره
hover_more: مشاهده پروفایل | همه اخبار این شخص
footer: کلیه حقوق این سایت متعلق به روزنامه شرق‌نما است. | درباره ما · تماس با ما · حریم خصوصی
h: بارش برف راه‌های ارتباطی سه روستا را مسدود کرد || نیروهای راهداری از صبح امروز مشغول بازگشایی مسیرها هستند. || حوادث
h: تیم فوتبال شهر با پیروزی به صدر جدول رسید || این تیم در دیداری حساس با دو گل حریف خود را شکست داد. || ورزشی
h: قیمت برنج در بازار دوباره افزایش یافت || فروشندگان کاهش واردات را دلیل اصلی این افزایش می‌دانند. || اقتصادی
h: دستگیری سارقان کابل برق در حاشیه شهر || پلیس مقدار زیادی کابل مسروقه را کشف کرد. || حوادث
h: نمایشگاه کتاب استان با حضور ۳۰۰ ناشر آغاز شد || این نمایشگاه تا پایان هفته آینده در محل نمایشگاه‌های بین‌المللی برپاست. || فرهنگی
h: خط دوم قطار شهری تا پایان سال افتتاح می‌شود || به گفته مدیرعامل قطار شهری، پیشرفت فیزیکی پروژه به ۹۰ درصد رسیده است. || شهری
h: بیمارستان جدید کودکان به بهره‌برداری رسید || این بیمارستان ۱۵۰ تخت دارد و خدمات تخصصی ارائه می‌کند. || سلامت
h: کم‌آبی کشاورزان دشت را نگران کرده است || سطح آب سفره‌های زیرزمینی در سال‌های اخیر به شدت کاهش یافته است. || اقتصادی
h: ثبت‌نام مدارس از هفته آینده آغاز می‌شود || خانواده‌ها می‌توانند به صورت اینترنتی فرزندان خود را ثبت‌نام کنند. || آموزش
h: جشنواره فیلم کودک میزبان هنرمندان خارجی است || فیلم‌هایی از ۲۰ کشور در این دوره به نمایش درمی‌آیند. || فرهنگی
""",
    "it": """
site: L'Adige Veronese | Verona Sera | AV Notizie
home: Home | Prima pagina
section: Cronaca | Economia | Provincia
nav: Cronaca | Politica | Economia | Sport | Cultura
read_also: Leggi anche | LEGGI ANCHE | Potrebbe interessarti | Approfondisci
related: Potrebbe interessarti anche | Articoli correlati | Altre notizie
most_read: I più letti | Più letti oggi | In evidenza
newsletter: Iscriviti alla newsletter e ricevi ogni mattina le notizie di Verona e provincia. | Le notizie più importanti della giornata direttamente nella tua casella di posta: iscriviti gratis.
app: Seguici sul nostro canale WhatsApp per restare sempre aggiornato. | Scarica l'app de L'Adige Veronese e attiva le notifiche.
paywall: Questo articolo è riservato agli abbonati. Abbonati ora a 1 € per il primo mese. | Per continuare a leggere accedi o registrati.
photo: Foto: ANSA | Foto di Luca Bertoldi | Immagine d'archivio
video: Guarda il video | Il prossimo video inizierà tra 5 secondi | A seguire
gallery: Fotogallery: Vinitaly, le immagini della prima giornata | Foto 1 di 30 | Sfoglia la gallery
share: Condividi | Condividi su Facebook | Copia link
comments: 9 commenti | Commenti (9) | Commenta
cookie: Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità. | Questo sito utilizza cookie per migliorare la tua esperienza.
cookie_btn: Accetta | Accetta tutti
bio: Giornalista, scrive di agricoltura, lavoro e immigrazione per la redazione di Verona. | In redazione dal 2010, segue l'economia della provincia.
more_from: Altri articoli dell'autrice | Tutti gli articoli di questa autrice
tags_label: Tag | Argomenti
tags: decreto flussi | click day | lavoro stagionale | Valpolicella
follow: Segui | Seguici
ad: Pubblicità | PUBBLICITÀ
now: Stai leggendo | In lettura
sponsored: Contenuto sponsorizzato | In collaborazione con
sp_head: Mutuo casa: le offerte più convenienti di aprile | Lago di Garda, gli hotel con spa per un weekend di relax
listen: Ascolta l'articolo | Ascolta
comment: Ogni anno la stessa storia, e nessuno fa niente. | Da noi il lavoratore è arrivato a novembre, a vendemmia finita.
next: Articolo successivo | Prossimo articolo
hidden: Abbonati a 1 € | Solo per abbonati
toolbar: Stampa | Dimensione testo | Salva
hover_more: Vedi profilo | Tutte le notizie su questa persona
footer: © 2026 L'Adige Veronese S.r.l. - P.IVA 01234560231 | Privacy policy · Cookie policy · Contatti
h: Maltempo, grandine sulle colline della Valpantena || I danni maggiori si registrano nei frutteti di Grezzana e nei vigneti di Marzana. || Cronaca
h: L'Hellas vince in rimonta e si allontana dalla zona retrocessione || Decisivo il gol al novantesimo di testa su calcio d'angolo. || Sport
h: Bollette, a Verona aumenti del 12% per l'acqua || L'azienda idrica giustifica i rincari con gli investimenti sulla rete. || Economia
h: Furto in gioielleria in centro, caccia a due uomini || I ladri sono fuggiti in motorino con un bottino da 80mila euro. || Cronaca
h: Arena, presentato il cartellone del festival lirico || In programma 48 serate tra giugno e settembre con cinque titoli. || Cultura
h: Cantieri sulla tangenziale, chiusure notturne fino a maggio || I lavori riguardano il rifacimento dell'asfalto tra due svincoli. || Viabilità
h: Nuova scuola media a San Giovanni Lupatoto || L'edificio sarà pronto per l'anno scolastico 2027. || Scuola
h: Ospedale di Borgo Trento, nuovo reparto di cardiologia || Il reparto avrà 24 posti letto e due sale di emodinamica. || Salute
h: Lago di Garda, prenotazioni record per Pasqua || Gli albergatori parlano di un tutto esaurito già a metà marzo. || Turismo
h: Il mercato di piazza Erbe cambia orari || Da aprile i banchi resteranno aperti fino alle 21 nei fine settimana. || Città
""",
    "ko": """
site: 대구일보 | 대구뉴스 | DG일보
home: 홈 | 메인
section: 사회 | 지역 | 경제
nav: 정치 | 경제 | 사회 | 문화 | 스포츠
read_also: 관련기사 | 함께 보면 좋은 기사 | 추천 기사 | 이 기사도 읽어보세요
related: 관련기사 | 관련 뉴스 | 많이 본 관련 기사
most_read: 많이 본 뉴스 | 인기 기사 | 실시간 인기
newsletter: 매일 아침 주요 뉴스를 이메일로 받아보세요. 뉴스레터 구독하기 | 대구일보 뉴스레터를 무료로 구독하세요.
app: 카카오톡 채널을 추가하고 주요 뉴스를 받아보세요. | 대구일보 앱을 설치하고 속보 알림을 받아보세요.
paywall: 이 기사는 유료 회원 전용입니다. 지금 구독하세요. | 로그인 후 기사 전문을 볼 수 있습니다.
photo: 사진=연합뉴스 | 사진=대구일보 DB | 사진 제공=대구시
video: 동영상 재생 | 5초 후 다음 영상이 재생됩니다 | 다음 영상
gallery: 포토뉴스: 벚꽃 만개한 팔공산 | 1/12 | 사진 더보기
share: 공유하기 | 카카오톡 공유 | 링크 복사
comments: 댓글 15 | 댓글(15) | 댓글 쓰기
cookie: 이 웹사이트는 원활한 서비스 제공을 위해 쿠키를 사용합니다. | 쿠키 사용에 동의하시면 확인을 눌러주세요.
cookie_btn: 확인 | 동의
bio: 사회부 기자. 전통시장과 지역 상권을 취재하고 있습니다. | 대구일보 사회부 기자입니다.
more_from: 기자의 다른 기사 | 이 기자의 기사 더보기
tags_label: 태그 | 키워드
tags: 서문시장 | 전통시장 | 화재 | 재건축
follow: 구독 | 기자 구독
ad: 광고 | AD
now: 지금 읽는 기사 | 현재 기사
sponsored: 스폰서 | 제휴 콘텐츠
sp_head: 봄맞이 특가, 인기 가전 최대 50% 할인 | 제주 3박4일 항공권 포함 특가 패키지
listen: 기사 듣기 | 음성으로 듣기
comment: 예전 그 시장 분위기가 그립네요. | 임대료가 너무 올라서 돌아오기 힘들죠.
next: 다음 기사 | 이전 기사
hidden: 구독 첫 달 무료 | 유료 회원 전용
toolbar: 인쇄 | 글자 크기 | 스크랩
hover_more: 프로필 보기 | 관련 인물 뉴스
footer: Copyright © 2026 대구일보. 무단전재 및 재배포 금지. | 회사소개 · 개인정보처리방침 · 청소년보호정책
h: 대구 낮 최고 25도… 때 이른 초여름 날씨 || 기상청은 이번 주말까지 평년보다 높은 기온이 이어질 것으로 내다봤다. || 날씨
h: 대구FC, 홈 개막전서 극적인 역전승 || 후반 추가시간에 터진 결승골로 2대1 승리를 거뒀다. || 스포츠
h: 아파트 미분양 물량 석 달 연속 감소 || 부동산 업계는 금리 인하 기대감이 반영된 것으로 분석했다. || 경제
h: 새벽 음주운전 차량 가로수 들이받아 || 운전자는 면허 취소 수준의 혈중알코올농도로 확인됐다. || 사회
h: 팔공산 국립공원 탐방객 두 배 늘어 || 국립공원 승격 이후 주말마다 등산객이 몰리고 있다. || 지역
h: 도시철도 엑스코선 공사 본격화 || 내년 상반기까지 주요 구간의 지반 공사를 마칠 계획이다. || 교통
h: 대학병원 응급실 야간 진료 축소 || 전공의 부족으로 야간에는 중증 환자 위주로 진료한다. || 의료
h: 동성로 상권 되살리기 축제 연다 || 다음 달 첫 주말 거리 공연과 플리마켓이 열린다. || 지역
h: 초등학생 통학버스 노선 확대 || 농촌 지역 학교 열두 곳에 통학버스가 새로 투입된다. || 교육
h: 대구 시내버스 노선 개편 첫날 혼선 || 시민들은 바뀐 정류장을 찾지 못해 불편을 겪었다. || 교통
""",
}
