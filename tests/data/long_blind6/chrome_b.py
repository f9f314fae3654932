"""Chrome and clutter idiom for no, ru, ar, zh: 'key: alt | alt | alt'; 'h:' headline || dek."""

CHROME = {
    "no": """
site: Salten Avis | Nordlandsposten | Bodø Nå
section: Nyheter
author: Kari Johansen
h: Farevarsel om kraftig vind langs Helgelandskysten || Meteorologisk institutt varsler orkan i kastene på de ytterste øyene natt til lørdag.
h: Glimt snudde kampen og er klare for kvartfinale || To mål i løpet av fem minutter sendte Aspmyra til værs.
h: Strømprisen i nord passerer én krone for første gang i år || Kulda har økt forbruket, og magasinene er lavere enn normalt.
h: Mann pågrepet etter innbrudd i butikk på Rønvik || Politiet fant tyvegodset i en bil noen hundre meter unna.
h: Julegrana tennes på Torvet søndag || Kulturskolen og skolekorpset står for underholdningen.
h: Riksvei 80 stengt ved Løding etter steinras || Vegvesenet regner med at veien åpner igjen tidligst i morgen ettermiddag.
h: Stormen kulturhus får ny festival i februar || Arrangørene lover tre dager med nordnorsk jazz og litteratur.
h: Kommunen vil legge ned to barnehager i sentrum || Foreldrene reagerer sterkt og har startet en underskriftskampanje.
read_also: Les også: | LES OGSÅ: | Se også:
related_h: Mer fra Nyheter | Relaterte saker | Du vil kanskje også lese
most_read_h: Mest lest | Mest lest siste døgn | Populært nå
newsletter: Meld deg på vårt nyhetsbrev og få dagens viktigste saker på e-post. | Få morgenbrevet fra Salten Avis i innboksen hver dag kl. 07. | Nyhetsbrev: Gratis, hver morgen.
app: Last ned appen vår og få pushvarsler om siste nytt. | Følg oss på Snapchat og Instagram! | Få med deg alt: Last ned Salten Avis-appen.
paywall: Denne saken er forbeholdt abonnenter. | Bli abonnent for 1 kr første måned. | Allerede abonnent? Logg inn for å lese videre.
photo: Foto: Kari Johansen | Foto: NTB / Mats Torbergsen | Illustrasjonsfoto
video: Videoen lastes inn ... | Neste video starter om 5 sekunder | Se video
upnext: Neste | Neste video | Flere videoer
share: Del på Facebook | Del saken | Del
counter: 8 kommentarer | Kommentarer (8) | Delt 64 ganger
cookie: Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse. | Nettstedet bruker cookies til analyse og annonser.
cookie_btn: Godta alle | Jeg godtar
bio: Kari Johansen er journalist i nyhetsavdelingen og dekker innvandring og integrering. | Kari Johansen har jobbet i Salten Avis siden 2011.
more_from: Flere saker av Kari Johansen | Mer fra Kari Johansen
tags_label: Emner: | Stikkord:
tags: UDI | Familiegjenforening | Bodø
ad: Annonse | ANNONSE | Reklame
now_reading: Du leser nå: | Nå leser du:
sponsored: Annonsørinnhold: Slik sparer du på strømregningen i vinter | Sponset: Fem hytter du kan leie i Lofoten i romjula
listen: Lytt til saken | Hør artikkelen | Lytt: 4 min
comment: Dette er helt uholdbart. Folk må få være sammen med familien sin.
gallery: Bildeserie: | Se bildene: | Galleri:
hover_label: Se profil | Mer om personen
next_label: Neste sak | Les neste sak
next: Ny hurtigbåtrute til Kjerringøy fra sommeren || Fylkeskommunen har inngått en ny avtale som gir tre daglige avganger. Rutene skal gå med elektrisk båt fra 2026.
home: Forsiden
""",
    "ru": """
site: Вечерний Новосибирск | Сибирь.Инфо | НСК-Новости
section: Общество
author: Анна Сухова
h: Синоптики обещают морозы до минус 35 на выходных || В МЧС советуют не выезжать на трассы без необходимости.
h: «Сибирь» уступила «Авангарду» в серии буллитов || Новосибирцы вели в счёте до последней минуты третьего периода.
h: Цены на бензин в регионе выросли за неделю на два процента || Больше всего подорожал АИ-95 на заправках вдоль Бердского шоссе.
h: В Ленинском районе задержали серийного угонщика || Полиция нашла у мужчины ключи от девяти автомобилей.
h: На площади Ленина открылся новогодний ледовый городок || В этом году скульпторы построили горку длиной 50 метров.
h: Октябрьский мост закроют на ремонт по ночам || Движение будет ограничено с 23:00 до 5:00 до конца января.
h: Оперный театр покажет премьеру «Евгения Онегина» || Билеты на первые показы раскупили за два дня.
h: Жители Академгородка протестуют против вырубки леса || Активисты собрали более трёх тысяч подписей.
read_also: Читайте также: | Читайте также | Смотрите также:
related_h: Другие новости | Материалы по теме | Новости по теме
most_read_h: Самое читаемое | Популярное | Самое обсуждаемое
newsletter: Подпишитесь на нашу рассылку и получайте главные новости дня на почту. | Рассылка «Вечернего Новосибирска»: главное за день — каждый вечер. | Хотите быть в курсе? Оформите бесплатную подписку.
app: Подписывайтесь на наш Telegram-канал! | Читайте нас в Дзене. | Больше новостей — в нашем канале в MAX.
paywall: Материал доступен только подписчикам. | Оформите подписку, чтобы читать дальше. | Первый месяц — за 1 рубль.
photo: Фото: Анна Сухова | Фото: пресс-служба правительства НСО | Фото из архива редакции
video: Загрузка видео... | Следующее видео через 5 секунд | Смотреть видео
upnext: Далее | Следующее видео | Ещё видео
share: Поделиться ВКонтакте | Поделиться | Отправить в Telegram
counter: 19 комментариев | Комментарии (19) | 1 204 просмотра
cookie: Мы используем файлы cookie, чтобы сайт работал лучше. | Продолжая пользоваться сайтом, вы соглашаетесь на использование cookie.
cookie_btn: Принять | Хорошо
bio: Анна Сухова — корреспондент отдела «Общество», пишет о миграции и трудовых правах. | Анна Сухова работает в редакции с 2013 года.
more_from: Все материалы автора | Ещё от Анны Суховой
tags_label: Теги: | Темы:
tags: мигранты | патент | заксобрание
ad: Реклама | РЕКЛАМА | На правах рекламы
now_reading: Вы читаете: | Сейчас читаете:
sponsored: Партнёрский материал: Как выбрать ипотеку в 2025 году | Реклама. ООО «СибСтрой»: квартиры от застройщика с отделкой
listen: Слушать новость | Прослушать статью | Слушать: 4 мин
comment: Опять всё на плечи простых людей. Лучше бы очереди убрали.
gallery: Фотогалерея: | Смотрите фото: | Фоторепортаж:
hover_label: Профиль | Подробнее о человеке
next_label: Следующая новость | Читать далее
next: В Новосибирске запустят новый автобусный маршрут до аэропорта || Маршрут № 122 свяжет железнодорожный вокзал с Толмачёво. Автобусы будут ходить каждые 20 минут с шести утра.
home: Главная
""",
    "ar": """
site: صوت الأغوار | الرأي المحلي | أخبار الزرقاء اليوم
section: محليات
author: رنا المومني
h: منخفض جوي يضرب المملكة مع نهاية الأسبوع || تتوقع الأرصاد الجوية هطول أمطار غزيرة وتشكل السيول في المناطق المنخفضة.
h: الفيصلي يتعادل مع الوحدات في قمة الدوري || انتهت المباراة بهدف لمثله وسط حضور جماهيري كبير.
h: ارتفاع أسعار المحروقات للشهر الثالث على التوالي || قررت لجنة التسعير رفع سعر البنزين بنحو خمسة فلوس للتر.
h: القبض على عصابة سرقة مركبات في إربد || ضبطت الأجهزة الأمنية ست مركبات مسروقة في مستودع مهجور.
h: افتتاح مهرجان جرش للثقافة والفنون الشتوي || يشارك في المهرجان فنانون من عشر دول عربية.
h: إغلاق جزئي لطريق المطار بسبب أعمال صيانة || تنصح إدارة السير السائقين باستخدام الطرق البديلة.
h: وزارة التربية تعلن موعد امتحانات التوجيهي || تبدأ الامتحانات في الأسبوع الأول من كانون الثاني.
h: مطالبات بإنشاء مستشفى حكومي جديد في الرمثا || يقول الأهالي إن المستشفى الحالي لا يتسع للمرضى.
read_also: اقرأ أيضا: | اقرأ أيضاً | ذات صلة:
related_h: أخبار ذات صلة | المزيد من محليات | قد يهمك أيضا
most_read_h: الأكثر قراءة | الأكثر مشاهدة | الأكثر تداولا
newsletter: اشترك في نشرتنا البريدية لتصلك أهم الأخبار يوميا. | سجل بريدك الإلكتروني واحصل على ملخص الأخبار كل صباح. | النشرة اليومية: أهم الأخبار في بريدك مجانا.
app: تابعونا على قناة واتساب. | حمّل تطبيق صوت الأغوار على هاتفك. | تابعونا عبر تيليغرام لآخر الأخبار العاجلة.
paywall: هذا المحتوى متاح للمشتركين فقط. | اشترك الآن لمتابعة القراءة. | لقد وصلت إلى الحد الأقصى من المقالات المجانية.
photo: تصوير: رنا المومني | الصورة: بترا | صورة أرشيفية
video: جار تحميل الفيديو... | يبدأ الفيديو التالي خلال 5 ثوان | شاهد الفيديو
upnext: التالي | الفيديو التالي | فيديوهات أخرى
share: شارك على فيسبوك | شارك الخبر | مشاركة
counter: 12 تعليقا | التعليقات (12) | 230 مشاركة
cookie: يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. | نستخدم ملفات الكوكيز لأغراض التحليل والإعلانات.
cookie_btn: موافق | قبول الكل
bio: رنا المومني صحفية في قسم المحليات تغطي شؤون العمل والعمالة الوافدة. | رنا المومني تكتب عن قضايا سوق العمل منذ عام 2012.
more_from: المزيد من مقالات رنا المومني | مقالات أخرى للكاتبة
tags_label: الوسوم: | كلمات مفتاحية:
tags: العمالة الوافدة | وزارة العمل | تصاريح العمل
ad: إعلان | إعلانات | مساحة إعلانية
now_reading: تقرأ الآن: | أنت تقرأ:
sponsored: محتوى مدعوم: أفضل عروض التمويل السكني لهذا الشهر | برعاية: دليلك لاختيار تأمين السيارات في 2025
listen: استمع إلى الخبر | استمع للمقال | استمع: 4 دقائق
comment: قرار ممتاز، لكن يجب محاسبة السماسرة أيضا.
gallery: معرض الصور: | بالصور: | ألبوم:
hover_label: الملف الشخصي | المزيد عن الشخص
next_label: الخبر التالي | اقرأ التالي
next: افتتاح مركز صحي شامل جديد في المفرق || يخدم المركز أكثر من خمسين ألف نسمة ويضم عيادات للأطفال والنسائية. وقالت وزارة الصحة إن المركز سيعمل على مدار الساعة.
home: الرئيسية
""",
    "zh": """
site: 南门晚报 | 老城新闻网 | 古城在线
section: 城事
author: 李静
h: 寒潮来袭，本周末最低气温将降至零下五度 || 气象台提醒市民注意防寒保暖，出行注意路面结冰。
h: 市足球队主场两球战胜对手，保级形势好转 || 两粒进球均来自下半场的定位球。
h: 猪肉价格连续三周上涨 || 业内人士认为春节前价格仍有上行空间。
h: 警方破获一起电信诈骗案，涉案金额超百万 || 嫌疑人冒充快递客服骗取受害人转账。
h: 春节灯会下月开幕，新增无人机表演 || 主办方预计将吸引超过五十万人次游客。
h: 东环路高架今晚起封闭施工 || 施工期间将持续两个月，请驾驶员绕行。
h: 市博物馆推出宋代瓷器特展 || 展品包括三件首次公开展出的国家一级文物。
h: 老旧小区加装电梯进展缓慢，居民盼提速 || 今年计划加装的三百部电梯目前仅完成一半。
read_also: 延伸阅读： | 相关阅读： | 推荐阅读：
related_h: 相关新闻 | 更多城事 | 猜你喜欢
most_read_h: 热门排行 | 阅读排行 | 24小时热读
newsletter: 订阅南门晚报早报，每天早上七点把要闻送到你的邮箱。 | 订阅我们的新闻简报，不错过城市大小事。 | 免费订阅每日新闻摘要。
app: 扫码关注南门晚报微信公众号 | 下载南门晚报客户端，看更多本地新闻 | 打开APP，阅读体验更佳
paywall: 本文为会员专享内容 | 开通会员即可阅读全文 | 剩余内容需登录后查看
photo: 记者 李静 摄 | 图片来源：视觉中国 | 资料图
video: 视频加载中…… | 5秒后播放下一个视频 | 点击观看视频
upnext: 下一个 | 接下来播放 | 更多视频
share: 分享到微信 | 分享到微博 | 分享
counter: 评论 26 | 26条评论 | 阅读 3.2万
cookie: 本网站使用Cookie以改善您的浏览体验。 | 继续浏览即表示您同意我们使用Cookie。
cookie_btn: 同意 | 我知道了
bio: 李静，南门晚报城事部记者，长期关注公共文化服务。 | 李静，从事城市报道十余年。
more_from: 该作者的更多文章 | 李静的其他报道
tags_label: 标签： | 关键词：
tags: 图书馆 | 老城区 | 公共文化
ad: 广告 | 推广 | 赞助商广告
now_reading: 正在阅读： | 您正在阅读：
sponsored: 推广：年终家电大促，全场低至五折 | 赞助内容：买房必看的五个贷款技巧
listen: 听新闻 | 收听本文 | 语音播报
comment: 太好了，以后下夜班也有地方看书了。
gallery: 图集： | 组图： | 高清图集：
hover_label: 查看主页 | 人物简介
next_label: 下一篇 | 继续阅读下一篇
next: 老城区将新增三处口袋公园 || 三处公园分别位于北门巷、西大街和粮仓路，预计明年五月前完工。公园将配备健身器材和儿童游乐设施。
home: 首页
""",
}
