"""Chrome and clutter, ru ar zh en: 'key: alt | alt' lines; 'h: headline || dek || category'."""

CHROME_B = {
    "ru": """
site: Тверские ведомости | Верхневолжье.Ру | ТВ-Онлайн
home: Главная | На главную
section: Общество | Образование | Регион
nav: Новости | Политика | Экономика | Спорт | Культура
read_also: Читайте также | Читайте также: | По теме | Смотрите также
related: Новости по теме | Похожие материалы | Ещё по теме
most_read: Самое читаемое | Популярное | Топ за неделю
newsletter: Подпишитесь на нашу рассылку и получайте главные новости региона каждое утро. | Оформите бесплатную подписку на вечерний дайджест «Тверских ведомостей».
app: Подписывайтесь на наш канал в Telegram — там новости появляются первыми. | Читайте нас в MAX и ВКонтакте.
paywall: Полная версия статьи доступна только подписчикам. Оформите подписку от 199 рублей. | Чтобы продолжить чтение, войдите или зарегистрируйтесь.
photo: Фото: ТАСС/Сергей Бобылев | Фото: пресс-служба правительства области | Фото: Антон Круглов
video: Смотреть видео | Следующее видео начнётся через 5 секунд | Далее
gallery: Фотогалерея: Как в Твери отметили Масленицу | Фото 1 из 16 | Смотреть все фото
share: Поделиться | Поделиться в VK | Отправить другу
comments: 58 комментариев | Комментарии (58) | Обсудить
cookie: Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим. | Сайт использует cookie и сервисы аналитики.
cookie_btn: Понятно | Принять
bio: Корреспондент отдела социальной политики, пишет об образовании и миграции. | Работает в редакции с 2016 года, автор расследований о школах региона.
more_from: Другие материалы автора | Все публикации автора
tags_label: Теги | Темы
tags: мигранты | школы | русский язык | Тверская область
follow: Подписаться | Следить за темой
ad: Реклама | На правах рекламы
now: Вы читаете | Сейчас читают
sponsored: Партнёрский материал | Спецпроект
sp_head: Ипотека от 5,9%: как получить одобрение за один день | Где отдохнуть на майские: лучшие базы отдыха Верхневолжья
listen: Слушать статью | Прослушать новость
comment: А где учителя для этих курсов возьмут? Их и так не хватает. | Правильно, без языка в школе делать нечего.
next: Следующая новость | Следующий материал
hidden: Подписка за 1 рубль на первый месяц | Эксклюзив для подписчиков
toolbar: Печать | Размер шрифта | В закладки
hover_more: Открыть профиль | Все новости об этом человеке
footer: © 2026 «Тверские ведомости». Все права защищены. 16+ | Политика конфиденциальности · Контакты · Реклама
h: Снегопад парализовал движение на трассе М-10 под Тверью || Пробка у Завидово растянулась на 15 километров, на место выехали дорожные службы. || Происшествия
h: «Тверь» проиграла на выезде и опустилась в зону вылета || Единственный гол пропустили на 89-й минуте после ошибки вратаря. || Спорт
h: Цены на гречку в регионе выросли на 20% за месяц || Торговые сети объясняют подорожание неурожаем и ростом стоимости перевозок. || Экономика
h: В Конаково задержали мошенников, обманувших пенсионеров на 3 млн рублей || Злоумышленники звонили от имени сотрудников банка и просили перевести сбережения на «безопасный счёт». || Происшествия
h: Драмтеатр откроет сезон премьерой по Островскому || Спектакль «Гроза» поставит приглашённый режиссёр из Санкт-Петербурга. || Культура
h: В Твери начали строить новый мост через Волгу || Движение по мосту планируют открыть в 2028 году, он разгрузит Восточный мост. || Город
h: В областной больнице появился новый томограф || Аппарат позволит сократить очередь на обследование почти вдвое. || Здоровье
h: Жители Мигалово жалуются на перебои с водой || Вторую неделю вода идёт только по вечерам, в управляющей компании обещают исправить ситуацию. || Город
h: Тверской вагонзавод получил крупный заказ на поезда для метро || Предприятию предстоит выпустить 120 вагонов до конца следующего года. || Экономика
h: В Ржеве откроют музей Великой Отечественной войны || Экспозиция разместится в отреставрированном здании бывшего купеческого дома. || Культура
""",
    "ar": """
site: صحيفة الشرق اليوم | بوابة الجهة | الشرق نيوز
home: الرئيسية | الصفحة الرئيسية
section: مجتمع | اقتصاد | هجرة
nav: سياسة | اقتصاد | رياضة | ثقافة | رأي
read_also: اقرأ أيضاً | اقرأ أيضا: | مواضيع ذات صلة | طالع أيضاً
related: أخبار ذات صلة | مقالات مشابهة | المزيد من الأخبار
most_read: الأكثر قراءة | الأكثر مشاهدة | الأكثر تداولاً
newsletter: اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح. | سجّل بريدك الإلكتروني لتصلك النشرة الأسبوعية مجاناً.
app: تابعونا على قناة واتساب لتصلكم آخر الأخبار أولاً بأول. | حمّل تطبيق الشرق اليوم على هاتفك وفعّل الإشعارات.
paywall: هذا المحتوى متاح للمشتركين فقط. اشترك الآن. | لمواصلة القراءة، يرجى تسجيل الدخول أو إنشاء حساب.
photo: تصوير: محمد العلوي | الصورة: وكالات | المصدر: أرشيف الصحيفة
video: شاهد الفيديو | الفيديو التالي بعد 5 ثوانٍ | التالي
gallery: بالصور: مهرجان الورود في قلعة مكونة | صورة 1 من 12 | شاهد الألبوم
share: شارك | شارك الخبر | مشاركة على فيسبوك
comments: 12 تعليقاً | التعليقات (12) | أضف تعليقك
cookie: نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع. | يستخدم هذا الموقع ملفات الكوكيز لأغراض التحليل والإعلانات.
cookie_btn: موافق | قبول الكل
bio: صحفية متخصصة في قضايا الهجرة وسوق الشغل بالمناطق القروية. | تكتب عن الشؤون الاجتماعية منذ 2015.
more_from: المزيد من مقالات الكاتبة | مقالات أخرى للكاتبة
tags_label: الوسوم | كلمات مفتاحية
tags: الهجرة الدائرية | العمال الموسميون | التشغيل | أوروبا
follow: تابع | تابعونا
ad: إعلان | إعلانات
now: تقرأ الآن | أنت تقرأ الآن
sponsored: محتوى مدفوع | برعاية
sp_head: عروض حصرية على السيارات الجديدة هذا الشهر | اكتشف أفضل الوجهات السياحية لعطلة الصيف
listen: استمع إلى المقال | استمع للخبر
comment: نتمنى أن تكون الشروط واضحة هذه المرة وأن يستفيد الجميع. | أين لوائح المقبولين في الموسم الماضي؟
next: الخبر التالي | المقال التالي
hidden: اشترك بدرهم واحد في الشهر الأول | عرض خاص للمشتركين الجدد
toolbar: طباعة | حجم الخط | حفظ
hover_more: عرض الملف الشخصي | كل الأخبار عن هذا الشخص
footer: جميع الحقوق محفوظة © 2026 الشرق اليوم | سياسة الخصوصية · اتصل بنا · من نحن
h: أمطار غزيرة تقطع الطريق الوطنية بين وجدة وبركان || أعلنت السلطات المحلية عن تعبئة فرق التدخل لإزالة الأوحال وإعادة فتح الطريق في أقرب وقت. || مجتمع
h: فريق المولودية يفوز في الديربي ويقترب من الصدارة || سجّل الفريق هدف الفوز في الدقائق الأخيرة أمام جمهور غفير ملأ مدرجات الملعب. || رياضة
h: ارتفاع أسعار الخضر في الأسواق مع اقتراب شهر رمضان || عزا التجار هذا الارتفاع إلى تراجع العرض بسبب موجة البرد الأخيرة. || اقتصاد
h: توقيف شبكة متخصصة في سرقة المواشي بإقليم جرادة || حجزت المصالح الأمنية شاحنتين وعدداً من رؤوس الأغنام المسروقة. || حوادث
h: افتتاح مهرجان السينما المغاربية بمشاركة عشرين فيلماً || تتنافس الأفلام على الجائزة الكبرى بحضور مخرجين ونقاد من عدة دول. || ثقافة
h: انطلاق أشغال توسعة ميناء الناظور غرب المتوسط || يُنتظر أن يوفر المشروع آلاف مناصب الشغل عند دخوله حيز الخدمة. || اقتصاد
h: مستشفى جديد في تاوريرت يستقبل أول المرضى || يضم المستشفى 120 سريراً ومصلحة للمستعجلات تعمل على مدار الساعة. || صحة
h: حملة لتشجير الغابات المتضررة من الحرائق || يشارك في الحملة متطوعون وتلاميذ من مختلف المؤسسات التعليمية بالجهة. || بيئة
h: تلاميذ القرى يعانون من غياب النقل المدرسي || يضطر عدد من التلاميذ إلى قطع كيلومترات مشياً للوصول إلى مدارسهم. || تعليم
h: السعيدية تستعد لموسم سياحي قياسي || تتوقع الفنادق نسبة ملء تفوق ثمانين في المئة خلال فصل الصيف. || سياحة
""",
    "zh": """
site: 江城晚报 | 江城新闻网 | 江城客户端
home: 首页 | 返回首页
section: 城建 | 本地 | 民生
nav: 时政 | 财经 | 体育 | 文化 | 评论
read_also: 相关阅读 | 延伸阅读 | 推荐阅读 | 你可能还想看
related: 相关新闻 | 相关阅读 | 更多新闻
most_read: 热门排行 | 阅读排行 | 24小时热点
newsletter: 订阅每日新闻早报，第一时间掌握本地资讯。 | 扫码订阅江城晚报电子版，每天推送精选新闻。
app: 下载江城客户端，随时随地看新闻。 | 关注江城晚报官方微信公众号，获取更多精彩内容。
paywall: 本文为会员专享内容，开通会员后可阅读全文。 | 登录后继续阅读全文。
photo: 图片来源：视觉中国 | 本报记者 王磊 摄 | 图源：网络
video: 播放视频 | 下一个视频将在5秒后播放 | 接下来播放
gallery: 组图：春节灯会火树银花 | 第1张/共12张 | 查看更多图片
share: 分享到 | 分享到微信 | 分享到微博
comments: 评论（36） | 36条评论 | 我要评论
cookie: 本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。 | 我们使用Cookie来分析流量并改进服务。
cookie_btn: 同意 | 我知道了
bio: 江城晚报城建记者，长期关注城市更新与公共空间。 | 本报记者，负责城建和交通领域报道。
more_from: 该记者的更多文章 | 作者其他文章
tags_label: 标签 | 关键词
tags: 滨江公园 | 老码头 | 城市更新 | 仓库改造
follow: 关注 | 加关注
ad: 广告 | 推广
now: 正在阅读 | 当前阅读
sponsored: 推广内容 | 赞助
sp_head: 品质楼盘火热开售 首付低至十万元 | 春季旅游特惠 海岛五日游限时抢购
listen: 听新闻 | 收听本文
comment: 终于可以去江边散步了，希望别收门票。 | 停车位太少了，周末肯定堵。
next: 下一篇 | 下一条新闻
hidden: 开通会员首月仅需1元 | 会员专享：高清电子报
toolbar: 打印 | 字号 | 收藏
hover_more: 查看资料 | 相关报道
footer: 版权所有 © 2026 江城晚报社 未经授权禁止转载 | 关于我们 · 联系我们 · 违法和不良信息举报
editor: 责任编辑：刘洋 | 编辑：张敏
h: 寒潮来袭 本周末最低气温降至零下五度 || 气象部门提醒市民注意防寒保暖，出行时注意路面结冰。 || 天气
h: 江城队主场逆转取胜 升至积分榜第三 || 下半场连进两球，江城队以二比一战胜来访的湖东队。 || 体育
h: 二手房成交量连续三个月回升 || 房产中介表示，改善型住房需求明显增加。 || 财经
h: 男子冒充快递员入室盗窃被刑拘 || 警方提醒居民不要轻易给陌生人开门。 || 社会
h: 市博物馆新展开幕 展出三百件明清瓷器 || 展览将持续到年底，市民可在网上预约免费参观。 || 文化
h: 地铁四号线二期工程年内开工 || 新线路将连接高铁站和东部新城，全长约二十公里。 || 交通
h: 市第一人民医院新门诊楼投入使用 || 新楼设有门诊科室四十余个，日接诊能力提高一倍。 || 民生
h: 多条公交线路下周起调整走向 || 调整涉及十二条线路，主要为配合道路施工。 || 交通
h: 本地茶叶春茶开采 价格与去年持平 || 茶农表示今年气候适宜，春茶品质较好。 || 农业
h: 老旧小区改造今年将惠及两万户居民 || 改造内容包括加装电梯、更换管网和增设停车位。 || 民生
""",
    "en": """
site: The Westmoor Courier | Westmoor Live | Courier Online
home: Home | News
section: Local News | Health | Politics
nav: News | Sport | Business | What's On | Opinion
read_also: Read more: | READ MORE: | Related: | You might also like:
related: More on this story | Related articles | More from Westmoor
most_read: Most read | Trending | Popular now
newsletter: Sign up to our free daily newsletter to get the biggest stories from Westmoor straight to your inbox. | Want more stories like this? Get our weekly round-up delivered every Friday.
app: For more stories like this, download our free app. | Join our WhatsApp community for breaking news alerts.
paywall: Subscribe to continue reading. Get unlimited access for £1 for the first month. | This article is for subscribers only. Already a subscriber? Log in.
photo: Photo: PA Images | Picture: Mark Harley/Westmoor Courier | Image: Getty Images
video: This is a modal window. | Next video starts in 5 seconds | Up next
gallery: In pictures: Westmoor's spring fair returns | 1 of 15 | View gallery
share: Share this article | Share | Copy link
comments: 64 comments | Comments (64) | Join the conversation
cookie: We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. | By clicking "Accept all", you agree to the storing of cookies on your device.
cookie_btn: Accept all | Manage preferences
bio: Health and social affairs reporter covering the NHS, care and public services across Westmoor. | She joined the Courier in 2019 after working for a news agency.
more_from: More from this author | More stories by this reporter
tags_label: Tags | Topics
tags: Care homes | Home Office | Visas | Social care
follow: Follow | Follow us on Facebook
ad: Advertisement | ADVERTISEMENT
now: Now reading | You are reading
sponsored: Sponsored | Promoted content
sp_head: Homeowners in Westmoor are switching to this new energy plan | The retirement village everyone is talking about
listen: Listen to this article | Listen
comment: My mum's carer had to leave after four years. It broke her heart and ours. | Good. The system was being abused.
next: Next article | Read next
hidden: Subscribe for £1 | Exclusive: get 50% off your first year
toolbar: Print | Text size | Save
hover_more: View profile | All stories about this person
footer: © 2026 Westmoor Media Ltd. All rights reserved. | Terms · Privacy notice · Contact us
h: Flood warnings issued as river Ash bursts its banks || Residents in low-lying parts of Ashby Vale were told to move valuables upstairs overnight. || Weather
h: Westmoor Town seal promotion with dramatic late winner || A header in the 93rd minute sent the Robins up to League Two after a decade away. || Sport
h: Council tax to rise by 4.99% for third year running || Councillors approved the budget after a four-hour meeting on Wednesday night. || Politics
h: Man arrested after cash machine stolen from village shop || Police said a digger was used to rip the machine from the wall in the early hours. || Crime
h: Historic theatre reopens after £6m restoration || The Regent, closed since 2021, will stage its first show next month. || What's On
h: Roadworks on the A48 to last until the autumn || Drivers are being warned to expect delays of up to 30 minutes at peak times. || Travel
h: New primary school approved for Hollins Park estate || The 420-place school is due to open in September 2028. || Education
h: House prices in Westmoor fall for the first time in five years || Average prices dropped by 1.2% over the past year, according to new figures. || Business
h: Popular bakery chain to open three new shops in the county || The family firm said it would create around 60 jobs. || Business
h: Hospital car park charges to be scrapped for night staff || The trust said the change would save some nurses more than £500 a year. || Health
""",
}
