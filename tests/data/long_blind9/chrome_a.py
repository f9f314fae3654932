"""Hand-written chrome and clutter texts for long_blind9 (es-MX, pt-BR, en-IN, en-NG, fr-SN,
ar-EG, fa, ja), one 'key: value || value' line each; 'hl:' lines are 'headline | dek'."""

CHROME = {
    "es-MX": """site: El Heraldo Fronterizo
section: Estados
home: Inicio
hl: Pronostican frente frío número 9 con heladas en la sierra de Chihuahua | Protección Civil pidió abrigar a niños y adultos mayores ante temperaturas de hasta cinco grados bajo cero.
hl: Xolos rescata el empate en el último minuto ante Pachuca | Un cabezazo en tiempo de compensación mantuvo al equipo fronterizo en zona de liguilla.
hl: Sube otra vez el precio del huevo en los mercados de la capital | Comerciantes reportan aumentos de hasta 12 pesos por kilo en una semana.
hl: Festival de cine de Morelia anuncia su selección oficial | Veinte largometrajes mexicanos competirán por el Ojo de Oro este año.
hl: Detienen a tres por robo de autopartes en Otay | La policía municipal aseguró espejos, faros y catalizadores en un taller clandestino.
hl: Rentas en Playas de Tijuana suben 30% en un año | Inmobiliarias atribuyen el alza a la llegada de trabajadores remotos de California.
hl: Cierran la carretera escénica por deslave en el kilómetro 93 | El tránsito se desvía por la autopista de cuota mientras se retiran las rocas.
hl: Llega la feria del libro a la explanada del Cecut | Habrá presentaciones, talleres infantiles y descuentos de hasta 40 por ciento.
read_also: Te puede interesar || Lee también: || También te recomendamos
related: Noticias relacionadas || Más de Estados
most_read: Lo más visto || Lo más leído hoy
newsletter: Recibe las noticias más importantes en tu correo. Suscríbete a nuestro boletín. || Suscríbete gratis al newsletter de El Heraldo y no te pierdas nada.
app: Descarga la app de El Heraldo y recibe alertas de última hora. || ¡Síguenos en nuestro canal de WhatsApp!
promo: Para más noticias como esta, síguenos en Google Noticias. || ¿Ya nos sigues en TikTok? Encuéntranos como @heraldofronterizo
paywall: Este contenido es exclusivo para suscriptores. Suscríbete desde $49 al mes. || Has alcanzado el límite de notas gratuitas de este mes.
photo: Foto: {} / El Heraldo || Foto: Cuartoscuro / {}
video: Siguiente video en || Ahora en reproducción
slideshow: Galería: {} ({n} fotos) || En imágenes: {}
share: Compartir en Facebook || Comparte esta nota
cookie: Utilizamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestro aviso de privacidad. || Este sitio usa cookies propias y de terceros.
cookie_btn: Aceptar
bio: {} es reportera de la sección Estados. Cubre migración y derechos humanos desde 2015. || {} escribe sobre la frontera norte y colabora con medios de California.
tags: Temas relacionados || Etiquetas
follow: Seguir || Sigue a la autora
ad: Publicidad || Anuncio
comments: Comentarios (12) || Deja tu comentario
next: Siguiente nota || Nota siguiente
more_by: Más notas de la autora || Otras notas de {}
""",
    "pt-BR": """site: Diário do Pará
section: Cidades
home: Página inicial
hl: Frente fria deve derrubar temperatura no Sul no fim de semana | Meteorologistas preveem geada em áreas serranas de Santa Catarina e do Paraná.
hl: Paysandu vence o Remo e assume a liderança do estadual | O gol da vitória saiu de pênalti, aos 38 minutos do segundo tempo.
hl: Preço do açaí dispara na entressafra e chega a R$ 40 o litro | Batedores dizem que a falta de chuva reduziu a produção nas ilhas.
hl: Theatro da Paz recebe temporada de ópera com ingressos populares | As apresentações ocorrem às sextas e sábados até o fim de dezembro.
hl: Polícia prende quadrilha que furtava cabos de energia em Ananindeua | Quatro homens foram detidos com mais de 300 metros de fio de cobre.
hl: Financiamento da casa própria fica mais caro com nova alta dos juros | Bancos já reajustaram as taxas para imóveis acima de R$ 350 mil.
hl: Alça viária terá bloqueio parcial para obras na ponte do rio Guamá | O trânsito vai funcionar em sistema pare e siga por duas semanas.
hl: Círio atrai mais de dois milhões de romeiros às ruas da capital | A procissão durou nove horas e contou com esquema especial de saúde.
read_also: Leia também || LEIA MAIS: || Veja também
related: Notícias relacionadas || Mais de Cidades
most_read: Mais lidas || As mais lidas da semana
newsletter: Receba as principais notícias do dia no seu e-mail. Assine a nossa newsletter. || Cadastre-se e receba a newsletter do Diário toda manhã.
app: Baixe o app do Diário e receba notícias em primeira mão. || Participe do nosso canal no WhatsApp e receba as notícias do dia.
promo: Siga o Diário do Pará no Google Notícias e acompanhe as últimas atualizações. || Quer receber mais notícias como esta? Siga a gente no Instagram.
paywall: Conteúdo exclusivo para assinantes. Assine a partir de R$ 1,90 no primeiro mês. || Você atingiu o limite de reportagens gratuitas.
photo: Foto: {} / Diário do Pará || Foto: {} / Agência Pará
video: Próximo vídeo em || Assista agora
slideshow: Galeria: {} ({n} fotos) || Veja as fotos: {}
share: Compartilhe || Compartilhar no WhatsApp
cookie: Usamos cookies para personalizar conteúdo e anúncios. Ao continuar, você concorda com a nossa Política de Privacidade. || Este site utiliza cookies.
cookie_btn: Entendi
bio: {} é repórter de Cidades e cobre mobilidade urbana em Belém. || {} é jornalista formado pela UFPA e trabalha no Diário desde 2012.
tags: Tags || Assuntos
follow: Seguir || Acompanhe o autor
ad: Publicidade || PUBLICIDADE
comments: Comentários (7) || Deixe seu comentário
next: Próxima notícia || Continue lendo
more_by: Mais do autor || Outras reportagens de {}
""",
    "en-IN": """site: The Deccan Courier
section: Kerala
home: Home
hl: IMD issues orange alert for six districts as northeast monsoon intensifies | Fishermen have been asked not to venture into the sea till Thursday.
hl: Kohli's unbeaten 112 powers India to series win over Australia | The hosts chased down 287 with four overs to spare in Visakhapatnam.
hl: Onion prices touch Rs 80 a kg in Kochi wholesale market | Traders blame crop damage in Maharashtra for the sudden spike.
hl: Kochi-Muziris Biennale announces artists for its sixth edition | Over 80 artists from 30 countries will take part in the exhibition.
hl: Two held for duping retired teacher of Rs 42 lakh in 'digital arrest' scam | Police said the accused posed as CBI officers on a video call.
hl: Flat prices in Kakkanad rise 18% as IT hiring picks up | Developers report record bookings in the quarter ending September.
hl: NH 66 stretch near Thalassery to remain closed for 10 days | Vehicles will be diverted through Kuthuparamba for the resurfacing work.
hl: Onam bumper lottery winner claims Rs 25 crore prize | The ticket was sold by an agent in Palakkad, lottery officials said.
read_also: Also Read: || ALSO READ | || Read more:
related: Related Stories || More from Kerala
most_read: Trending || Most Read
newsletter: Get the day's top stories in your inbox. Sign up for our Morning Brief newsletter. || Subscribe to our newsletters for curated news every evening.
app: Download The Deccan Courier app for breaking news alerts. || Follow us on WhatsApp for the latest updates.
promo: For more such stories, follow us on Google News. || Catch all the latest Kerala news and updates on The Deccan Courier.
paywall: This story is for subscribers only. Subscribe now at Rs 99 a month. || You have reached your limit of free articles.
photo: Photo: {} | Special Arrangement || Photo Credit: {}/PTI
video: Up Next || Watch: Now Playing
slideshow: In Pics: {} || Photos: {} ({n} images)
share: Share this article || Share via WhatsApp
cookie: We use cookies to improve your experience. By continuing to use this site you agree to our cookie policy. || This site uses cookies to serve personalised ads.
cookie_btn: I Agree
bio: {} is a Principal Correspondent who covers migration, labour and the Gulf diaspora. || {} reports on state politics and welfare schemes from Thiruvananthapuram.
tags: Topics || Tags
follow: Follow || Follow Us
ad: Advertisement || ADVERTISEMENT
comments: Comments (23) || Post a Comment
next: Next Story || Next Article
more_by: More from {} || Stories by {}
""",
    "en-NG": """site: The Lagos Ledger
section: News
home: Home
hl: NiMet predicts heavy rainfall in 14 states, warns of flash floods | Residents of low-lying areas in Lagos and Ogun were advised to relocate temporarily.
hl: Super Eagles fall to Benin in AFCON qualifier in Uyo | A late free-kick sealed the win for the visitors in front of a packed stadium.
hl: Price of bag of rice hits N95,000 in Lagos markets | Traders say high transport costs and the weak naira are driving up prices.
hl: Burna Boy announces homecoming concert at Eko Atlantic | Tickets for the December show sold out within two hours, organisers said.
hl: Police arrest suspected kidnappers in Ikorodu forest | Three victims were rescued unhurt during the operation, the command said.
hl: Landlords in Lekki demand two years' rent upfront, tenants cry out | Estate agents blame rising building costs for the new demands.
hl: Third Mainland Bridge to be partially closed for repairs | FERMA said the closure will last six weeks, starting from Friday.
hl: Lagos to host Africa fashion week in November | Over 60 designers from across the continent are expected at the event.
read_also: READ ALSO: || Related: || ALSO READ:
related: Related Posts || You May Also Like
most_read: Most Popular || Trending Now
newsletter: Subscribe to our newsletter to get the latest news straight to your inbox. || Join 200,000 readers who get The Ledger Daily in their email every morning.
app: Get our mobile app on Google Play and App Store. || Join our WhatsApp channel for breaking news.
promo: Kindly share this story with your friends. || Got a story? Send it to tips@lagosledger.ng or WhatsApp 0803 000 1111.
paywall: Support independent journalism: become a member from N2,000 a month. || Members get ad-free access to all stories.
photo: Photo: {}/The Ledger || Photo credit: {}
video: Next video || Now Watching
slideshow: PHOTOS: {} || Gallery: {} ({n} images)
share: Share this: || Share on WhatsApp
cookie: This website uses cookies to ensure you get the best experience. || We use cookies. Read our privacy policy.
cookie_btn: Got it!
bio: {} is a correspondent with The Lagos Ledger covering immigration and border affairs. || {} has reported on Lagos politics since 2014.
tags: Tags: || Filed under:
follow: Follow us || Follow on X
ad: Advertisement || Sponsored
comments: Leave a Reply || 4 Comments
next: Next Post || Previous Post
more_by: More from {} || Latest from {}
""",
    "fr-SN": """site: Le Soleil de Dakar
section: Société
home: Accueil
hl: Hivernage : des pluies orageuses attendues sur le centre et le sud du pays | L'Anacim annonce des cumuls importants à Kaolack et Ziguinchor jusqu'à jeudi.
hl: Lions : Pape Thiaw dévoile sa liste pour les éliminatoires | Deux jeunes attaquants du championnat local font leur entrée dans le groupe.
hl: Hausse du prix du sac de riz brisé dans les marchés de Dakar | Les commerçants évoquent une augmentation des coûts de transport depuis le port.
hl: Biennale de Dakar : le village des arts ouvre ses portes | Plus de 200 artistes exposent jusqu'à la fin du mois au centre-ville.
hl: Trafic de faux billets : trois individus arrêtés à Pikine | Les enquêteurs ont saisi plus de 4 millions de francs CFA en coupures contrefaites.
hl: Logement : les loyers flambent à Diamniadio | Les locataires dénoncent l'absence de contrôle sur les prix des appartements neufs.
hl: Autoroute à péage : travaux de nuit sur la section Keur Massar | La circulation sera réduite à une voie entre 22 heures et 5 heures.
hl: Le Grand Magal de Touba fixé au 14 août | Les autorités annoncent un dispositif sanitaire renforcé pour les pèlerins.
read_also: À lire aussi || LIRE AUSSI : || Voir aussi
related: Articles similaires || Dans la même rubrique
most_read: Les plus lus || Articles populaires
newsletter: Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin. || Recevez nos alertes par e-mail : abonnez-vous gratuitement.
app: Téléchargez l'application du Soleil sur Android et iOS. || Rejoignez notre chaîne WhatsApp pour ne rien manquer.
promo: Suivez-nous sur Facebook et X pour plus d'informations. || Pour plus d'actualités, suivez Le Soleil sur Google Actualités.
paywall: La suite de cet article est réservée aux abonnés. || Abonnez-vous pour lire la suite : 1 000 FCFA le premier mois.
photo: Photo : {} / Le Soleil || Crédit photo : {}
video: Vidéo suivante dans || En cours de lecture
slideshow: En images : {} || Diaporama : {} ({n} photos)
share: Partager cet article || Partager sur Facebook
cookie: Nous utilisons des cookies pour améliorer votre expérience de navigation. || Ce site utilise des cookies. En poursuivant, vous acceptez leur utilisation.
cookie_btn: J'accepte
bio: {} est journaliste au service Société du Soleil, spécialiste des questions migratoires. || {} couvre l'actualité de la Petite-Côte depuis 2016.
tags: Mots-clés || Tags
follow: Suivre || Suivez-nous
ad: Publicité || PUBLICITÉ
comments: Réagir à cet article || 9 commentaires
next: Article suivant || Lire l'article suivant
more_by: Du même auteur || Autres articles de {}
""",
    "ar-EG": """site: بوابة النيل اليوم
section: أخبار مصر
home: الرئيسية
hl: الأرصاد: انخفاض درجات الحرارة وأمطار خفيفة على السواحل الشمالية | وتوقعت الهيئة شبورة كثيفة صباحا على الطرق الزراعية والسريعة.
hl: الأهلي يفوز على الزمالك بهدفين في قمة الدوري | وسجل الهدفين لاعب الوسط في الشوط الثاني وسط حضور جماهيري كبير.
hl: ارتفاع أسعار الطماطم في سوق العبور إلى 25 جنيها للكيلو | وأرجع التجار الزيادة إلى تراجع المعروض مع نهاية الموسم الصيفي.
hl: انطلاق مهرجان القاهرة السينمائي بمشاركة 70 فيلما | ويشهد حفل الافتتاح تكريم عدد من نجوم السينما المصرية.
hl: ضبط عصابة لسرقة الهواتف المحمولة في مدينة نصر | وتبين أن المتهمين ارتكبوا 15 واقعة خلال الشهر الماضي.
hl: الإسكان تطرح 20 ألف وحدة جديدة بالمدن الجديدة | ويبدأ حجز كراسات الشروط عبر مكاتب البريد الأسبوع المقبل.
hl: غلق جزئي لمحور 26 يوليو لأعمال صيانة | وحددت الإدارة العامة للمرور طرقا بديلة للسائقين.
hl: وزير التعليم يعلن موعد امتحانات نصف العام | وتبدأ الامتحانات في الأسبوع الثاني من يناير في جميع المحافظات.
read_also: اقرأ أيضا || شاهد أيضا || اقرأ أيضا:
related: أخبار متعلقة || موضوعات ذات صلة
most_read: الأكثر قراءة || الأكثر مشاهدة
newsletter: اشترك في النشرة الإخبارية ليصلك أهم الأخبار على بريدك. || سجل بريدك الإلكتروني لتصلك نشرتنا اليومية.
app: حمل تطبيق النيل اليوم على هاتفك. || تابعوا قناتنا على واتساب لمتابعة آخر الأخبار.
promo: تابع آخر الأخبار عبر حساباتنا على فيسبوك وتويتر. || لمزيد من الأخبار تابعونا على جوجل نيوز.
paywall: هذا المحتوى متاح للمشتركين فقط. || اشترك الآن لقراءة باقي الموضوع.
photo: تصوير: {} || الصورة: {} - أرشيفية
video: الفيديو التالي || يعرض الآن
slideshow: بالصور: {} || ألبوم صور: {} ({n} صورة)
share: شارك الخبر || مشاركة عبر فيسبوك
cookie: يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. || باستمرارك في التصفح فإنك توافق على سياسة الخصوصية.
cookie_btn: موافق
bio: {} صحفية بقسم الأخبار تغطي ملفات الهجرة واللاجئين. || {} محررة بالبوابة منذ عام 2017.
tags: الكلمات المفتاحية || وسوم
follow: تابع || تابعنا
ad: إعلان || مساحة إعلانية
comments: التعليقات (5) || أضف تعليقك
next: الخبر التالي || المقال التالي
more_by: المزيد من الكاتبة || مقالات أخرى لـ {}
""",
    "fa": """site: خبرگزاری پیام شهر
section: جامعه
home: صفحه نخست
hl: هشدار نارنجی هواشناسی برای بارش برف در محورهای شمالی | رانندگان باید زنجیر چرخ همراه داشته باشند و از سفرهای غیرضروری خودداری کنند.
hl: پرسپولیس با پیروزی مقابل سپاهان صدرنشین شد | تنها گل بازی در دقیقه هفتاد و دوم از روی ضربه ایستگاهی به ثمر رسید.
hl: قیمت مرغ در بازار تهران به کیلویی ۱۲۰ هزار تومان رسید | فروشندگان کمبود نهاده‌های دامی را عامل افزایش قیمت می‌دانند.
hl: جشنواره تئاتر فجر فراخوان بخش بین‌الملل را منتشر کرد | گروه‌های خارجی تا پایان آذر فرصت ارسال آثار خود را دارند.
hl: دستگیری باند سارقان خودرو در غرب تهران | ماموران پلیس آگاهی هفت دستگاه خودروی سرقتی را کشف کردند.
hl: اجاره‌بها در شهرهای اقماری ۴۰ درصد افزایش یافت | مستاجران از نبود سقف برای افزایش اجاره گلایه دارند.
hl: آزادراه تهران–شمال یک‌طرفه می‌شود | پلیس راه از ساعت ۱۵ تا ۲۲ جمعه مسیر جنوب به شمال را مسدود می‌کند.
hl: نمایشگاه کتاب تبریز با حضور ۳۰۰ ناشر آغاز شد | بازدید از نمایشگاه برای عموم رایگان است.
read_also: بیشتر بخوانید: || بخوانید: || مطالب مرتبط:
related: اخبار مرتبط || سایر اخبار این سرویس
most_read: پربازدیدترین‌ها || پربحث‌ترین‌ها
newsletter: برای دریافت خبرنامه روزانه ایمیل خود را وارد کنید. || عضویت در خبرنامه پیام شهر
app: اپلیکیشن پیام شهر را از بازار دانلود کنید. || کانال ما را در ایتا و بله دنبال کنید.
promo: برای دریافت آخرین اخبار به کانال تلگرام ما بپیوندید. || انتشار این مطلب با ذکر منبع مجاز است.
paywall: ادامه این گزارش فقط برای مشترکان ویژه قابل مشاهده است. || برای خواندن ادامه مطلب وارد حساب کاربری خود شوید.
photo: عکس: {} || عکاس: {}
video: ویدیوی بعدی || در حال پخش
slideshow: گزارش تصویری: {} || عکس‌ها: {} ({n} عکس)
share: اشتراک‌گذاری || لینک کوتاه خبر
cookie: این وب‌سایت از کوکی برای بهبود تجربه کاربری استفاده می‌کند. || با ادامه مرور سایت، استفاده از کوکی‌ها را می‌پذیرید.
cookie_btn: قبول
bio: {} خبرنگار سرویس جامعه است و درباره مهاجرت و اتباع خارجی گزارش می‌نویسد. || {} از سال ۱۳۹۵ در پیام شهر فعالیت می‌کند.
tags: برچسب‌ها || کلیدواژه‌ها
follow: دنبال کنید || ما را دنبال کنید
ad: تبلیغات || آگهی
comments: نظرات (۸) || ارسال نظر
next: خبر بعدی || مطلب بعدی
more_by: سایر مطالب نویسنده || مطالب دیگر {}
""",
    "ja": """site: 北日本ニュース
section: 地域
home: トップ
hl: 道内で今季初の真冬日　旭川で氷点下8度 | 気象台は路面の凍結によるスリップ事故に注意するよう呼びかけている。
hl: コンサドーレ、終盤の失点で3連敗 | 後半ロスタイムにPKを決められ、残留争いが厳しくなった。
hl: キャベツ価格が平年の2倍に　長雨で出荷減 | スーパー各社は半玉やカット野菜の販売を増やして対応している。
hl: 札幌国際芸術祭、来年のテーマ発表 | 冬の都市をテーマに、国内外の作家40組が参加する予定だ。
hl: 高齢者狙う特殊詐欺、函館で被害相次ぐ | 警察官を名乗る男からの電話で、現金をだまし取られる事例が増えている。
hl: 札幌中心部のマンション価格、過去最高を更新 | 新築物件の平均価格は前年比で15％上昇した。
hl: 道央道の一部区間、工事のため夜間通行止め | 通行止めは来週月曜から5日間、午後8時から翌朝6時まで。
hl: 小樽で雪あかりの路、準備始まる | ボランティアがろうそくの容器となるスノーキャンドルを作っている。
read_also: 関連記事 || あわせて読みたい || 【関連】
related: 関連ニュース || この記事の関連ニュース
most_read: アクセスランキング || よく読まれている記事
newsletter: 毎朝、主要ニュースをメールでお届けします。ニュースレターに登録する || メールマガジン「北日本ニュース朝刊」の購読はこちら
app: 北日本ニュースのアプリをダウンロード || LINE公式アカウントを友だち追加
promo: 記事の感想をお寄せください || ニュースの情報提供はこちらから
paywall: この記事は有料会員限定です。続きは会員登録でお読みいただけます。 || 残り1342文字（全文1820文字）
photo: 写真：{}撮影 || （写真：{}）
video: 次の動画 || 再生中
slideshow: 【写真特集】{} || フォトギャラリー：{}（{n}枚）
share: この記事をシェアする || ポストする
cookie: 当サイトではクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。 || 閲覧を続けることでクッキーの使用に同意したものとみなします。
cookie_btn: 同意する
bio: {}（さとう・めぐみ）2010年入社。北海道支局で教育や地域行政を担当。 || {}　社会部を経て現職。
tags: キーワード || タグ
follow: フォローする || 記者をフォロー
ad: 広告 || PR
comments: コメント（3件） || コメントを書く
next: 次の記事 || 前の記事
more_by: この記者の記事 || {}の記事一覧
""",
}
