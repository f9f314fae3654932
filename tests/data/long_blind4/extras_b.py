"""Background paragraphs: MORE_B[id] = (before the first sub-heading, before the last line)."""

MORE_B: dict[str, tuple[list[str], list[str]]] = {
    "fr-examen-civique": (
        [
            "La réforme a été votée au printemps dernier, après plusieurs mois de débats au Parlement. Elle concerne chaque année plusieurs dizaines de milliers de personnes en France, dont environ 1 500 dans le département.",
            "Les candidats peuvent passer l’examen dans des centres agréés, moyennant des frais d’inscription d’environ 90 euros. En cas d’échec, ils doivent attendre deux mois avant de le repasser.",
        ],
        [],
    ),
    "tr-sinir-kapisi": (
        [
            "Türkiye'de geçici koruma altındaki Suriyeli sayısı 2021'de 3,7 milyonu aşmıştı. Bu sayı bugün 2,5 milyonun altına indi.",
            "Dönüşlerin büyük bölümü Kilis, Hatay ve Gaziantep'teki kapılardan yapılıyor. Yetkililer, yoğunluğun bahar aylarında daha da artmasını bekliyor.",
            "Kilis'te kapıya yakın bir spor salonu bekleme alanına dönüştürüldü. Burada ailelere çay, çorba ve battaniye dağıtılıyor, çocuklar için küçük bir oyun köşesi kuruldu.",
        ],
        [
            "Kilis Valiliği ise kapıdaki düzenlemelerin sürdüğünü, bekleme süresinin ortalama üç saate indirildiğini açıkladı.",
        ],
    ),
    "nl-fietsenstalling": (
        [
            "Zwartsluis groeide de afgelopen tien jaar met bijna 9.000 inwoners. Veel nieuwe bewoners werken in Zwolle of Amsterdam en fietsen elke ochtend naar het station.",
            "De oude stalling naast het station, een overdekte rij rekken uit de jaren tachtig, werd in 2023 gesloopt om ruimte te maken voor het nieuwe stationsplein.",
            "Ook ProRail, dat de stalling samen met de gemeente beheert, erkent het probleem. Volgens een woordvoerder worden er op drukke dagen ruim 4.800 fietsen geteld rond het station.",
        ],
        [
            "De gemeenteraad praat in april verder over de kosten van een uitbreiding.",
        ],
    ),
    "uk-tymchasovyi-zakhyst": (
        [
            "Тимчасовий захист у країнах Європейського Союзу запровадили навесні 2022 року. Його кілька разів продовжували, востаннє — до березня 2027 року.",
            "Чехія прийняла найбільше українців у перерахунку на кількість населення. Багато з них працюють у промисловості, логістиці, готелях і ресторанах.",
            "Новий статус у Чехії називають спеціальним довгостроковим перебуванням. Він видається на п’ять років і дає право згодом подати заяву на постійне проживання.",
        ],
        [
            "Заяви приймають лише онлайн, а на співбесіду у відділі у справах іноземців запрошують уже після перевірки документів. Перші рішення очікують навесні.",
        ],
    ),
    "no-mottak-nedlegging": (
        [
            "Mottaket ble åpnet i 2016, da over 30.000 mennesker søkte asyl i Norge. Det gamle hotellet ved fergekaia hadde stått tomt i flere år.",
            "Siden den gang har mer enn 1.200 asylsøkere bodd der. Mange av dem ble bosatt i nabokommunene etter at de fikk opphold.",
            "UDI har de siste to årene lagt ned eller redusert over tjue mottak rundt i landet.",
        ],
        [
            "De ansatte ved mottaket fikk beskjeden på et møte fredag. Flere av dem har jobbet der siden åpningen.",
        ],
    ),
    "fa-ekhraj-mohajeran": (
        [
            "بر اساس آمارهای رسمی، میلیون‌ها مهاجر افغانستانی در کشور زندگی می‌کنند که بخشی از آنان پس از تحولات سال ۱۴۰۰ وارد شده‌اند و هیچ مدرک اقامتی ندارند.",
            "پیش‌تر نیز طرح‌هایی برای بازگرداندن مهاجران بدون مدرک اجرا شده بود، اما به گفته ناظران، سرعت اجرای طرح کنونی بی‌سابقه است.",
            "مرکز اصلی انتقال مهاجران در نزدیکی شهر دوغارون قرار دارد و روزانه ده‌ها اتوبوس از شهرهای مختلف به آنجا می‌رسند.",
        ],
        [
            "سازمان ملل نیز از کشورهای منطقه خواسته است بازگرداندن مهاجران را به‌صورت تدریجی و با رعایت حقوق آنان انجام دهند.",
        ],
    ),
    "it-click-day": (
        [
            "Il decreto flussi per il triennio in corso prevede circa 165 mila ingressi all'anno per lavoro subordinato, stagionale e non. Per l'agricoltura le quote sono ripartite tra le province in base alle richieste degli anni precedenti.",
            "In provincia di Verona ogni anno servono migliaia di lavoratori stagionali per la raccolta di frutta, ortaggi e uva, soprattutto tra giugno e ottobre.",
        ],
        [
            "Le organizzazioni agricole hanno chiesto un incontro al prefetto entro fine mese.",
        ],
    ),
    "ko-sijang-jaegeon": (
        [
            "서문시장 2지구는 지난해 3월 새벽에 발생한 화재로 건물 대부분이 탔다. 인명 피해는 없었지만 재산 피해는 수백억 원에 이르렀다.",
            "당시 소방당국은 오래된 전기 배선에서 불이 시작된 것으로 추정했다. 좁은 통로와 쌓인 원단 때문에 불길이 빠르게 번졌다.",
            "시는 국비와 시비를 합쳐 약 300억 원을 들여 건물을 새로 지었다.",
        ],
        [],
    ),
}
