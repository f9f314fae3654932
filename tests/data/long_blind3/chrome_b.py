"""Chrome and clutter texts per language (it, pl, ru, ar), as 'key: value' lines."""

from __future__ import annotations

CHROME_B = {
    "it": """
site: Gazzetta delle Valli
section: Cronaca
home: Home
read_also: Leggi anche:
related: Articoli correlati
most_read: I più letti
newsletter: Iscriviti alla newsletter della Gazzetta: ogni mattina le notizie della tua valle.
app: Seguici anche sul nostro canale WhatsApp per restare aggiornato.
paywall: Per continuare a leggere abbonati a Gazzetta Premium: il primo mese a 1 euro.
credit: Foto di Luca Ferraris / Agenzia Alpi
share: Condividi
comments: 29 commenti
cookie: Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti.
cookie_ok: Accetta tutto
bio: Marco Gentilucci è cronista della redazione di montagna e si occupa di turismo e trasporti.
more_from: Altri articoli di Marco Gentilucci
tags_label: Argomenti
tags: Funivia, Valdorsa, Turismo invernale
follow: Segui
ad: Pubblicità
listen: Ascolta l’articolo
print: Stampa
font: Dimensione testo
poll: Prenderete la funivia questo inverno?
poll_opts: Sì, appena apre; No, preferisco salire a piedi
vote: Vota
sponsored_label: Contenuto sponsorizzato
sponsored: Caldaie a condensazione: gli incentivi del 2027
affiliate: Alcuni link sono affiliati: se acquisti, la Gazzetta riceve una piccola commissione.
errata: Hai trovato un errore nell’articolo? Segnalacelo.
comment: GiuliaT: Finalmente! Ma quel parcheggio sul prato era proprio necessario?
next: Articolo successivo
up_next: Prossimo video
gallery: Foto 6 di 14
now_reading: Stai leggendo
h: Nevicate in quota, chiusi due passi alpini | Anas consiglia di viaggiare solo con catene a bordo fino a domenica.
h: Serie B, il Lecco pareggia al novantesimo | Un colpo di testa nel recupero ha salvato i blucelesti.
h: Bollette del gas più care da gennaio | L’aumento medio stimato è di 60 euro l’anno per famiglia.
h: Mostra su Segantini al museo civico | L’esposizione riunisce quaranta dipinti provenienti da collezioni private.
h: Furto in una gioielleria del centro | I ladri sono fuggiti a bordo di uno scooter rubato.
h: Affitti brevi, il Comune introduce un tetto | Nel centro storico non potranno superare il 20 per cento degli alloggi.
h: Torna il mercatino di Natale in piazza | Quaranta casette in legno resteranno aperte fino all’Epifania.
h: Statale chiusa per una frana a Ponte Alto | I tecnici stimano almeno dieci giorni per la riapertura.
""",
    "pl": """
site: Kurier Nadodrzański
section: Kraj
home: Strona główna
read_also: Przeczytaj także:
related: Zobacz również
most_read: Najczęściej czytane
newsletter: Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości dnia.
app: Obserwuj nas w Google News i bądź na bieżąco.
paywall: Pozostała część artykułu dostępna jest dla subskrybentów. Wykup dostęp już od 9,90 zł.
credit: Fot. Piotr Zając / Kurier
share: Udostępnij
comments: 38 komentarzy
cookie: Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu.
cookie_ok: Akceptuję
bio: Tomasz Wierzbicki jest dziennikarzem działu krajowego, pisze o edukacji i migracji.
more_from: Więcej artykułów autora
tags_label: Tagi
tags: wizy, szkolnictwo wyższe, MSWiA
follow: Obserwuj
ad: Reklama
listen: Posłuchaj artykułu
print: Drukuj
font: Rozmiar czcionki
poll: Czy nowe zasady wydawania wiz są słuszne?
poll_opts: Tak, najwyższy czas; Nie, to przesada
vote: Głosuj
sponsored_label: Artykuł sponsorowany
sponsored: Jak wybrać fotowoltaikę do domu jednorodzinnego
affiliate: Artykuł zawiera linki afiliacyjne, za które możemy otrzymać wynagrodzenie.
errata: Zauważyłeś błąd? Napisz do nas.
comment: jurek_wro: Pół roku czekania w konsulacie to standard, nic nowego.
next: Następny artykuł
up_next: Następny film
gallery: Zdjęcie 3 z 8
now_reading: Czytasz teraz
h: Silny wiatr zerwał dachy w Opolu | Strażacy interweniowali ponad 200 razy w ciągu nocy.
h: Śląsk Wrocław wygrywa z Lechem | Gospodarze strzelili zwycięskiego gola w doliczonym czasie gry.
h: Ceny masła znów w górę | W niektórych sklepach kostka kosztuje już ponad 9 złotych.
h: Nowy festiwal jazzowy w Zielonej Górze | Pierwsza edycja odbędzie się w maju w filharmonii.
h: Zatrzymano sprawców kradzieży katalizatorów | Policja odzyskała blisko 70 skradzionych części.
h: Mieszkania w Poznaniu najdroższe od lat | Średnia cena metra kwadratowego przekroczyła 11 tys. zł.
h: Jarmark bożonarodzeniowy rusza w piątek | Na rynku stanie ponad sto drewnianych stoisk.
h: Remont obwodnicy potrwa do wiosny | Kierowcy muszą liczyć się z utrudnieniami na dwóch węzłach.
""",
    "ru": """
site: Вести Поволжья
section: Общество
home: Главная
read_also: Читайте также:
related: По теме
most_read: Самое читаемое
newsletter: Подпишитесь на нашу рассылку — главные новости дня каждое утро.
app: Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.
paywall: Полная версия материала доступна только подписчикам.
credit: Фото: Дмитрий Лебедев / Вести
share: Поделиться
comments: 214 комментариев
cookie: Мы используем файлы cookie, чтобы сайт работал лучше.
cookie_ok: Хорошо
bio: Анна Сорокина — корреспондент отдела экономики, пишет о рынке труда и миграции.
more_from: Другие материалы автора
tags_label: Теги
tags: мигранты, патенты, рынок труда
follow: Подписаться
ad: Реклама
listen: Слушать новость
print: Версия для печати
font: Размер шрифта
poll: Поддерживаете ли вы запрет на работу мигрантов в такси?
poll_opts: Да, поддерживаю; Нет, не поддерживаю
vote: Голосовать
sponsored_label: На правах рекламы
sponsored: Где купить квартиру в новостройке с ипотекой под 6%
affiliate: Материал содержит партнерские ссылки.
errata: Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.
comment: Сергей_73: Водителей и так не хватает, теперь такси будем ждать по часу.
next: Следующая новость
up_next: Следующее видео
gallery: Фото 2 из 7
now_reading: Вы читаете
h: Снегопад парализовал движение на трассе М-5 | На отдельных участках пробки растянулись на 20 километров.
h: «Крылья Советов» уступили в Казани | Хозяева забили дважды в первом тайме.
h: Тарифы на ЖКУ вырастут с июля | Повышение составит в среднем 11,9 процента.
h: В драмтеатре покажут премьеру «Чайки» | Спектакль поставил приглашенный режиссер из Петербурга.
h: Полиция задержала подозреваемых в мошенничестве | Злоумышленники звонили пенсионерам от имени банка.
h: Цены на вторичное жилье снизились | За квартал средняя стоимость метра упала на 3 процента.
h: На набережной откроют каток | Вход будет бесплатным для детей до семи лет.
h: Мост через Волгу закроют на ремонт | Движение ограничат на три месяца с апреля.
""",
    "ar": """
site: صحيفة الضفاف
section: أخبار عربية
home: الرئيسية
read_also: اقرأ أيضا:
related: أخبار ذات صلة
most_read: الأكثر قراءة
newsletter: اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا.
app: تابعونا على قناتنا في واتساب لمتابعة آخر الأخبار.
paywall: هذا المحتوى متاح للمشتركين فقط. اشترك الآن.
credit: تصوير: خالد الزعبي - الضفاف
share: شارك المقال
comments: 19 تعليقا
cookie: يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.
cookie_ok: موافق
bio: سلمى الخطيب صحفية متخصصة في شؤون اللاجئين والعمل الإنساني في الأردن ولبنان.
more_from: مقالات أخرى للكاتبة
tags_label: الوسوم
tags: اللاجئون السوريون, الأردن, العودة الطوعية
follow: متابعة
ad: إعلان
listen: استمع إلى المقال
print: طباعة
font: حجم الخط
poll: هل تعتقد أن الظروف مهيأة لعودة اللاجئين؟
poll_opts: نعم; لا
vote: صوّت الآن
sponsored_label: محتوى مدفوع
sponsored: أفضل العروض على الرحلات إلى إسطنبول هذا الشتاء
affiliate: قد نحصل على عمولة عند الشراء عبر الروابط في هذه الصفحة.
errata: هل وجدت خطأ؟ أبلغنا.
comment: أبو أحمد: نريد العودة لكن البيت لم يعد موجودا.
next: الخبر التالي
up_next: الفيديو التالي
gallery: صورة 3 من 9
now_reading: تقرأ الآن
h: أمطار غزيرة تغلق طرقا في جنوب المملكة | دعت مديرية الأمن العام السائقين إلى توخي الحذر.
h: الفيصلي يتأهل إلى نصف نهائي الكأس | فاز الفريق بركلات الترجيح بعد تعادل مثير.
h: ارتفاع أسعار المحروقات للشهر الثالث | قررت لجنة التسعير رفع سعر البنزين بنسبة طفيفة.
h: افتتاح معرض الكتاب بمشاركة 400 دار نشر | يستمر المعرض عشرة أيام ويضم ندوات ثقافية.
h: القبض على عصابة لسرقة السيارات | ضبطت الشرطة سبع مركبات مسروقة في مستودع.
h: تراجع مبيعات الشقق في العاصمة | عزا خبراء التراجع إلى ارتفاع أسعار الفائدة.
h: مهرجان للتراث الشعبي في جرش | يشارك في المهرجان فنانون من عشر دول.
h: إغلاق جزئي لطريق المطار للصيانة | تستمر الأعمال حتى نهاية الشهر الجاري.
""",
}
