"""Chrome and clutter, fr tr nl uk: 'key: alt | alt' lines; 'h: headline || dek || category'."""

CHROME_C = {
    "fr": """
site: L'Écho de Saint-Orlan | Le Courrier du Val | Écho Info
home: Accueil | Une
section: Société | Saint-Orlan | Département
nav: Actualité | Sports | Économie | Culture | Faits divers
read_also: À lire aussi | Lire aussi | À voir aussi | Sur le même sujet
related: Sur le même sujet | Ces articles peuvent vous intéresser | Plus d'actualités
most_read: Les plus lus | Les articles les plus lus | Tendances
newsletter: Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous gratuitement à notre newsletter. | Newsletter L'Écho : toute l'info de votre commune dans votre boîte mail.
app: Suivez-nous sur WhatsApp pour recevoir nos alertes infos. | Téléchargez l'application L'Écho et activez les notifications.
paywall: La suite est réservée aux abonnés. Déjà abonné ? Connectez-vous. | Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous dès 1 €.
photo: Photo : AFP/Jean-François Monier | Crédit photo : Marc Ollivier | Photo d'illustration : Adobe Stock
video: Lire la vidéo | La vidéo suivante commence dans 5 secondes | À suivre
gallery: Diaporama : le carnaval de Saint-Orlan en images | Photo 1/22 | Voir le diaporama
share: Partager | Partager sur Facebook | Copier le lien
comments: 19 commentaires | Réagir (19) | Voir les commentaires
cookie: Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles. | Ce site utilise des cookies pour améliorer votre expérience et mesurer l'audience.
cookie_btn: Accepter et fermer | Continuer sans accepter
bio: Journaliste au service Société, elle suit les questions d'éducation, d'immigration et de vie des quartiers. | À L'Écho depuis 2013, elle couvre l'actualité sociale du département.
more_from: Du même auteur | Tous les articles de l'auteure
tags_label: Mots-clés | Thèmes
tags: Immigration | Préfecture | Titre de séjour | Intégration
follow: Suivre | Suivez-nous
ad: Publicité | PUBLICITÉ
now: Vous lisez | En ce moment
sponsored: Contenu sponsorisé | Partenaire
sp_head: Assurance auto : comparez et économisez jusqu'à 40 % | Ce village de Provence est élu le plus beau de France
listen: Écouter cet article | Écouter
comment: Exiger le B1 de gens qui travaillent douze heures par jour, c'est les condamner à la précarité. | Normal de parler la langue du pays où on vit.
next: Article suivant | Lire la suite de l'actu
hidden: Offre spéciale : 1 € le premier mois | Abonnez-vous pour lire la suite
toolbar: Imprimer | Taille du texte | Enregistrer
hover_more: Voir le profil | Tous les articles sur cette personne
footer: © L'Écho de Saint-Orlan 2026. Tous droits réservés. | Mentions légales · Données personnelles · Gérer les cookies
h: Orages : le département placé en vigilance orange ce jeudi || Des rafales à 100 km/h et des cumuls de pluie importants sont attendus en fin d'après-midi. || Météo
h: Le FC Saint-Orlan s'impose dans le derby et reprend la tête || Les Verts ont battu Vallières 2-0 devant plus de 5 000 spectateurs samedi soir. || Sports
h: Le prix du gaz va encore augmenter au 1er mars || Les ménages chauffés au gaz verront leur facture grimper de 6 % en moyenne. || Économie
h: Un automobiliste flashé à 190 km/h sur la rocade || Le conducteur, âgé de 23 ans, s'est vu retirer son permis sur-le-champ. || Faits divers
h: Le festival des Nuits d'été dévoile sa programmation || Une trentaine de concerts gratuits auront lieu dans les parcs de la ville en juillet. || Culture
h: Les travaux du tramway perturbent la circulation avenue Foch || La chaussée sera réduite à une voie dans chaque sens jusqu'à la fin de l'été. || Transports
h: Un nouveau collège ouvrira à la rentrée 2027 || L'établissement accueillera 600 élèves dans le quartier des Tilleuls. || Éducation
h: L'hôpital manque d'anesthésistes : des opérations reportées || Une vingtaine d'interventions programmées ont dû être décalées ce mois-ci. || Santé
h: La halle du marché couvert enfin rénovée || Après dix-huit mois de travaux, les commerçants ont retrouvé leurs étals samedi. || Saint-Orlan
h: Une boulangerie du centre-ville élue meilleure baguette du département || Le jury a salué une croûte croustillante et une mie alvéolée. || Saint-Orlan
""",
    "tr": """
site: Güneydoğu Haber | Kilis Postası | GH Gazetesi
home: Ana Sayfa | Anasayfa
section: Gündem | Yaşam | Bölge
nav: Gündem | Ekonomi | Spor | Dünya | Yazarlar
read_also: İlginizi çekebilir | Bunu da okuyun | İlgili haber | Ayrıca bakınız
related: İlgili Haberler | Benzer Haberler | Bölgeden Haberler
most_read: En çok okunanlar | Çok okunanlar | Günün öne çıkanları
newsletter: Günün öne çıkan haberleri her sabah e-posta kutunuzda. Bültenimize ücretsiz abone olun. | E-bültenimize kayıt olun, gelişmeleri kaçırmayın.
app: Güneydoğu Haber'i Google Haberler'de takip edin. | Son dakika haberleri için WhatsApp kanalımıza katılın.
paywall: Bu içerik yalnızca abonelerimize özeldir. Hemen abone olun. | Haberin devamını okumak için giriş yapın.
photo: Fotoğraf: AA | Foto: DHA | Fotoğraf: Arşiv
video: Videoyu izle | Sonraki video 5 saniye içinde başlayacak | Sıradaki
gallery: Foto galeri: Kilis'te bahar şenliği renkli görüntülere sahne oldu | 1 / 14 | Tüm fotoğrafları gör
share: Paylaş | Facebook'ta paylaş | Bağlantıyı kopyala
comments: 27 yorum | Yorumlar (27) | Yorum yap
cookie: Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz. Detaylı bilgi için çerez politikamızı inceleyebilirsiniz. | Bu internet sitesi çerez kullanmaktadır.
cookie_btn: Kabul et | Tamam
bio: Göç ve sınır bölgeleri üzerine haberler yapan muhabir, 2012'den beri bölgede çalışıyor. | Gazetemizin Kilis muhabiri.
more_from: Yazarın diğer haberleri | Muhabirin diğer haberleri
tags_label: Etiketler | Konular
tags: Suriyeliler | gönüllü dönüş | Kilis | sınır kapısı
follow: Takip et | Bizi takip edin
ad: Reklam | REKLAM
now: Şu an okuyorsunuz | Okuduğunuz haber
sponsored: Sponsorlu içerik | Reklam içeriği
sp_head: Yeni konut projesinde fırsat: Peşinatsız 120 ay vade | Bu yaz tatilinizi erken rezervasyonla planlayın
listen: Haberi dinle | Sesli dinle
comment: Yıllardır burada yaşayanlar için kolay bir karar değil. | Kapıdaki bekleme sürelerini kısaltmak lazım.
next: Sonraki haber | Sıradaki haber
hidden: Abonelere özel indirim | İlk ay ücretsiz
toolbar: Yazdır | Yazı boyutu | Kaydet
hover_more: Profili gör | Bu kişiyle ilgili haberler
footer: © 2026 Güneydoğu Haber. Tüm hakları saklıdır. | Künye · Gizlilik politikası · İletişim
h: Kilis'te sağanak yağış: Ev ve iş yerlerini su bastı || Belediye ekipleri gece boyunca su tahliyesi yaptı, bazı yollar trafiğe kapatıldı. || Gündem
h: Gaziantepspor deplasmanda farklı kazandı || Kırmızı-siyahlılar rakibini 3-0 mağlup ederek üst sıralara tırmandı. || Spor
h: Fıstık fiyatları rekor kırdı || Hasat öncesi kilogram fiyatı geçen yıla göre yüzde 40 arttı. || Ekonomi
h: Trafik kazasında iki kişi yaralandı || Kilis-Gaziantep yolunda iki otomobilin çarpıştığı kazada yaralılar hastaneye kaldırıldı. || Gündem
h: Tarihi çarşı restorasyonun ardından yeniden açıldı || Esnaf, çarşının turist sayısını artıracağını umuyor. || Yaşam
h: Yeni devlet hastanesinin temeli atıldı || 300 yataklı hastanenin iki yıl içinde tamamlanması planlanıyor. || Sağlık
h: Öğrencilere ücretsiz servis müjdesi || Köylerden gelen öğrenciler için yeni servis hatları oluşturulacak. || Eğitim
h: Zeytin hasadı bu yıl erken başladı || Üreticiler kuraklık nedeniyle verimin düşük olmasından endişeli. || Ekonomi
h: Şehir merkezinde su kesintisi uyarısı || Bakım çalışmaları nedeniyle perşembe günü 10.00-16.00 arası su verilmeyecek. || Gündem
h: Kilis'te kültür festivali için geri sayım başladı || Festival kapsamında konserler ve yöresel yemek yarışmaları düzenlenecek. || Kültür
""",
    "nl": """
site: Dagblad IJsseldelta | De Zwartsluiser | IJD Nieuws
home: Home | Voorpagina
section: Regio | Zwartsluis | Verkeer
nav: Nieuws | Sport | Economie | Cultuur | Opinie
read_also: Lees ook | Lees ook: | Meer over dit onderwerp | Ook interessant
related: Meer over dit onderwerp | Gerelateerde artikelen | Meer nieuws uit de regio
most_read: Meest gelezen | Populair | Top 5
newsletter: Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox. Schrijf je in voor onze gratis nieuwsbrief. | Blijf op de hoogte met de dagelijkse nieuwsbrief van Dagblad IJsseldelta.
app: Volg ons ook op WhatsApp en mis geen nieuws meer. | Download de app en krijg een melding bij belangrijk nieuws.
paywall: Dit artikel is exclusief voor abonnees. Neem nu een abonnement vanaf € 1 per week. | Lees verder met een Plus-abonnement. Al abonnee? Log in.
photo: Foto: ANP/Vincent Jannink | Beeld: Erik Smit | Foto: Shutterstock
video: Video afspelen | De volgende video begint over 5 seconden | Volgende
gallery: Fotoserie: Zo zag het havenfeest in Zwartsluis eruit | Foto 1 van 18 | Bekijk alle foto's
share: Delen | Deel dit artikel | Kopieer link
comments: 42 reacties | Reacties (42) | Reageer
cookie: Wij gebruiken cookies om de website goed te laten werken en om advertenties te tonen die aansluiten bij je interesses. | Deze website gebruikt cookies. Door verder te gaan ga je akkoord.
cookie_btn: Akkoord | Alles accepteren
bio: Verslaggever voor de regio Zwartsluis en Genemuiden, schrijft vooral over verkeer en gemeentepolitiek. | Pieter werkt sinds 2011 bij de krant.
more_from: Meer van deze auteur | Meer artikelen van de verslaggever
tags_label: Tags | Onderwerpen
tags: fietsenstalling | station | gemeenteraad | ProRail
follow: Volgen | Volg ons
ad: Advertentie | ADVERTENTIE
now: Je leest nu | Nu aan het lezen
sponsored: Gesponsord | In samenwerking met
sp_head: Nieuwe zonnepanelen? Vergelijk nu de beste aanbiedingen | Dit vakantiepark aan de kust heeft nog plek in mei
listen: Luister naar dit artikel | Voorlezen
comment: Twintig jaar zeiden ze. Het is nog geen jaar en het past al niet meer. | Ik zet mijn fiets gewoon aan de Kerkstraat, daar is altijd plek.
next: Volgend artikel | Lees verder
hidden: Word abonnee voor € 1 | Exclusief voor abonnees
toolbar: Printen | Tekstgrootte | Bewaren
hover_more: Bekijk profiel | Alle artikelen over deze persoon
footer: © 2026 Dagblad IJsseldelta B.V. Alle rechten voorbehouden. | Privacyverklaring · Cookiebeleid · Contact
h: Storm zorgt voor omgewaaide bomen in Hasselt en Genemuiden || De brandweer rukte tientallen keren uit, niemand raakte gewond. || Weer
h: PEC Zwolle pakt in slotminuten een punt tegen Ajax || Een kopbal in blessuretijd zorgde voor een gelijkspel in een uitverkocht stadion. || Sport
h: Huizenprijzen in de regio stijgen harder dan landelijk || Een gemiddelde woning kost nu ruim 410.000 euro, blijkt uit nieuwe cijfers. || Economie
h: Inbraakgolf in Meppel: politie vraagt om camerabeelden || Sinds het begin van de maand werd in zeven woningen ingebroken. || Regio
h: Sluis bij Zwartsluis weken dicht voor onderhoud || Schippers moeten omvaren via Kampen, wat hen enkele uren extra kost. || Verkeer
h: Nieuwe zwembad Genemuiden opent in de zomer || Het bad krijgt een wedstrijdbad, een peuterbad en een glijbaan van twaalf meter. || Regio
h: Dorpsschool blijft open na protest van ouders || Het schoolbestuur trekt het besluit in nadat ruim zevenhonderd mensen een petitie tekenden. || Onderwijs
h: Boeren protesteren met trekkers bij het provinciehuis || Ze zijn het niet eens met de nieuwe regels voor stikstof in het Natura 2000-gebied. || Regio
h: Museum Zwartsluis krijgt oude zeilschepen in bruikleen || De schepen worden vanaf het voorjaar in de haven tentoongesteld. || Cultuur
h: N331 tussen Zwartsluis en Hasselt 's nachts afgesloten || Wegwerkers vervangen tot eind april het asfalt op het hele traject. || Verkeer
""",
    "uk": """
site: Українська Хвиля | Хвиля.Інфо | УХ
home: Головна | На головну
section: Суспільство | Українці за кордоном | Міграція
nav: Новини | Політика | Економіка | Спорт | Культура
read_also: Читайте також | Читайте також: | Дивіться також | Більше на тему
related: Новини за темою | Більше матеріалів | Вас може зацікавити
most_read: Найпопулярніше | Найбільш читані | Топ тижня
newsletter: Підпишіться на нашу розсилку, щоб щоранку отримувати головні новини. | Отримуйте щотижневий дайджест новин для українців за кордоном.
app: Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини. | Завантажте наш застосунок і вмикайте сповіщення.
paywall: Цей матеріал доступний лише передплатникам. Оформіть передплату. | Щоб читати далі, увійдіть або зареєструйтеся.
photo: Фото: УНІАН | Фото: Reuters | Фото з відкритих джерел
video: Дивитися відео | Наступне відео розпочнеться через 5 секунд | Далі
gallery: Фоторепортаж: як у Празі відзначили День Незалежності | Фото 1 з 20 | Дивитися всі фото
share: Поділитися | Поширити у Facebook | Скопіювати посилання
comments: 33 коментарі | Коментарі (33) | Коментувати
cookie: Ми використовуємо файли cookie для покращення роботи сайту. Продовжуючи, ви погоджуєтеся з їх використанням. | Цей сайт використовує cookie та аналітику.
cookie_btn: Погоджуюсь | Прийняти
bio: Журналістка, пише про права українців у країнах ЄС і міграційне законодавство. | Працює в редакції з 2018 року.
more_from: Інші матеріали авторки | Усі публікації авторки
tags_label: Теги | Теми
tags: Чехія | тимчасовий захист | біженці | українці за кордоном
follow: Стежити | Слідкуйте за нами
ad: Реклама | РЕКЛАМА
now: Ви читаєте | Зараз читають
sponsored: Партнерський матеріал | На правах реклами
sp_head: Кредит на житло для українців у Польщі: умови 2026 року | Де вигідно обміняти валюту в Празі
listen: Слухати статтю | Прослухати
comment: А що робити пенсіонерам? Про них у законі ні слова. | Подала документи ще в грудні, чекаю.
next: Наступна новина | Наступний матеріал
hidden: Передплата за 1 гривню | Ексклюзив для передплатників
toolbar: Друк | Розмір шрифту | Зберегти
hover_more: Переглянути профіль | Усі новини про цю людину
footer: © 2026 Українська Хвиля. Усі права захищено. | Політика конфіденційності · Контакти · Реклама
h: У Карпатах випав перший сніг: на Говерлу закрили маршрути || Рятувальники просять туристів не виходити в гори без спорядження. || Суспільство
h: «Шахтар» переміг у Лізі конференцій і вийшов до плей-оф || Вирішальний гол забили на 78-й хвилині після стандарту. || Спорт
h: Ціни на хліб зросли на 15% з початку року || Виробники пояснюють подорожчання зростанням вартості електроенергії. || Економіка
h: У Львові затримали шахраїв, які продавали неіснуючі квартири || Зловмисники отримали від покупців понад два мільйони гривень. || Кримінал
h: У Києві відкрився фестиваль українського кіно || Покажуть понад сорок фільмів, зокрема дебюти молодих режисерів. || Культура
h: Укрзалізниця запускає новий поїзд до Варшави || Рейс курсуватиме щодня, квитки вже у продажу. || Транспорт
h: У Польщі змінюють правила виплат на дітей для українців || Нові умови набудуть чинності з червня. || Українці за кордоном
h: Німеччина продовжила програму мовних курсів для біженців || Безкоштовні курси діятимуть щонайменше до кінця 2027 року. || Українці за кордоном
h: В Одесі відновили історичний фасад театру || Реставрація тривала понад рік і коштувала 40 мільйонів гривень. || Культура
h: Уряд оновив перелік професій із дефіцитом кадрів || До списку додали зварювальників, медсестер і водіїв автобусів. || Економіка
""",
}
