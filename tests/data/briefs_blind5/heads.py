"""Hand-written fictional headline items (headline, teaser) per language for briefs_blind5."""

HEADS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Late frost threatens apricot harvest in the south",
            "Growers lit braziers overnight as temperatures dropped to minus four, but many blossoms are already lost, the farmers' union said.",
        ),
        (
            "City rowing club wins first national title in 40 years",
            "The eight from Eastwick beat the defending champions by half a length in a final decided in the last two hundred metres.",
        ),
        (
            "Petrol prices fall for the third week running",
            "Drivers are paying on average six pence less per litre than at the start of the month, a motoring group reported on Sunday.",
        ),
        (
            "Museum returns carved doors to island community",
            "The oak doors, taken in 1911, will be installed again in the meeting house after a ceremony attended by hundreds of residents.",
        ),
        (
            "Two arrested after jewellery shop raid",
            "Police said the men used a stolen van to ram the shutters of the shop on Kettle Street shortly before three in the morning.",
        ),
        (
            "Border town hosts chess festival for schools",
            "More than six hundred pupils from both sides of the river played in the town hall, with a ten-year-old taking the top prize.",
        ),
        (
            "Regional airline adds winter flights to the coast",
            "The carrier will fly four times a week from December, using turboprop aircraft that can land on the shorter runway.",
        ),
        (
            "Storm warning issued for the northern isles",
            "Gusts of up to ninety miles an hour are expected on Thursday, and ferry operators have already cancelled the evening crossings.",
        ),
    ],
    "de": [
        (
            "Hochwasser: Pegel am Oberlauf sinkt langsam",
            "Nach drei Tagen Dauerregen entspannt sich die Lage, doch die Feuerwehr bleibt mit Sandsäcken an den Deichen im Einsatz.",
        ),
        (
            "Zweitligist trennt sich von Trainer",
            "Nach sechs Niederlagen in Folge zieht der Verein die Reißleine und setzt vorerst den bisherigen Co-Trainer auf die Bank.",
        ),
        (
            "Butterpreis erreicht neuen Höchststand",
            "Im Supermarkt kostet das Päckchen erstmals mehr als drei Euro, weil Molkereien weniger Milch von den Höfen bekommen.",
        ),
        (
            "Stadtbibliothek öffnet künftig auch sonntags",
            "Ein Pilotprojekt mit ehrenamtlichen Helfern macht es möglich, zunächst für ein Jahr und ohne zusätzliche Kosten.",
        ),
        (
            "Einbruchsserie in Gartenkolonie aufgeklärt",
            "Die Polizei fasste zwei Jugendliche, die in mehr als zwanzig Lauben eingestiegen sein sollen und Werkzeug verkauften.",
        ),
        (
            "Neue Radbrücke über den Kanal freigegeben",
            "Das 86 Meter lange Bauwerk verbindet zwei Stadtteile und spart Pendlern einen Umweg von fast zwei Kilometern.",
        ),
        (
            "Grenzpendler klagen über Staus an der Autobahn",
            "Wegen einer Baustelle auf der Brücke stehen Berufspendler morgens bis zu einer Stunde, eine Lösung ist nicht in Sicht.",
        ),
        (
            "Sternwarte lädt zur Nacht der Meteore ein",
            "Bei klarem Himmel sollen bis zu sechzig Sternschnuppen pro Stunde zu sehen sein, Teleskope stehen kostenlos bereit.",
        ),
    ],
    "fr": [
        (
            "Canicule : les piscines municipales ouvertes jusqu'à 22 heures",
            "La mairie prolonge les horaires d'été pendant toute la semaine et renforce les équipes de maîtres-nageurs sauveteurs.",
        ),
        (
            "Le club de rugby local promu en Pro D2",
            "Une victoire arrachée à la dernière minute devant quatre mille supporters offre au club sa première montée depuis vingt ans.",
        ),
        (
            "Le prix du pain augmente de dix centimes",
            "Les boulangers invoquent la hausse du coût de l'énergie et de la farine, qui pèse sur les petites entreprises du centre-ville.",
        ),
        (
            "Un festival de cinéma muet dans une ancienne usine",
            "Des films des années vingt seront projetés avec un accompagnement au piano dans la halle rénovée de l'ancienne filature.",
        ),
        (
            "Vol de câbles de cuivre sur la ligne ferroviaire",
            "La circulation des trains a été interrompue pendant six heures entre les deux gares, provoquant la colère des voyageurs.",
        ),
        (
            "Les vendanges commencent avec deux semaines d'avance",
            "La sécheresse et la chaleur de juillet ont accéléré la maturation du raisin dans la plupart des coteaux de la vallée.",
        ),
        (
            "Fermeture d'un poste-frontière pour travaux",
            "Les automobilistes devront emprunter le pont du Moulin pendant trois mois, le temps de refaire entièrement la chaussée.",
        ),
        (
            "Une école primaire installe des panneaux solaires",
            "Les élèves ont suivi le chantier et calculent désormais chaque semaine l'électricité produite sur le toit du préau.",
        ),
    ],
    "es": [
        (
            "La ola de calor obliga a adelantar el horario escolar",
            "Los colegios de la provincia terminarán las clases a la una de la tarde durante el resto de la semana para proteger a los alumnos.",
        ),
        (
            "El equipo de baloncesto femenino logra el ascenso",
            "Las jugadoras celebraron con la afición en la plaza mayor tras ganar la eliminatoria por solo dos puntos de diferencia.",
        ),
        (
            "Sube el precio del aceite de oliva en los mercados",
            "La mala cosecha en las comarcas del interior ha disparado los precios, que ya duplican los del año pasado en algunas tiendas.",
        ),
        (
            "Reabre el teatro municipal tras cinco años de obras",
            "La primera función, una zarzuela clásica, agotó las entradas en menos de una hora y se repetirá el próximo fin de semana.",
        ),
        (
            "Detenido un hombre por estafar a personas mayores",
            "Se hacía pasar por técnico de la compañía eléctrica y cobraba revisiones falsas en domicilios de varios barrios.",
        ),
        (
            "El puerto recibe el mayor crucero de su historia",
            "Más de cinco mil pasajeros desembarcaron durante la mañana y llenaron las calles del casco antiguo hasta la noche.",
        ),
        (
            "Colas de camiones en el paso fronterizo del norte",
            "Los transportistas denuncian esperas de hasta seis horas por la huelga de celo de los agentes de aduanas.",
        ),
        (
            "Un grupo de vecinos salva el último cine del barrio",
            "La asociación ha reunido fondos suficientes para comprar el local y mantener las proyecciones al menos dos años más.",
        ),
    ],
    "it": [
        (
            "Maltempo, chiusa la strada provinciale per frane",
            "Le piogge della notte hanno fatto scivolare fango e detriti sulla carreggiata, i tecnici stanno valutando la stabilità del versante.",
        ),
        (
            "La squadra di pallavolo vince lo scudetto",
            "Al termine di una finale durata cinque set, le ragazze hanno festeggiato con i tifosi arrivati in pullman da tutta la regione.",
        ),
        (
            "Caro bollette, aumentano le richieste di aiuto",
            "Gli sportelli dei comuni hanno ricevuto il doppio delle domande rispetto allo scorso inverno, soprattutto da anziani soli.",
        ),
        (
            "Restaurato l'affresco della chiesa di San Remigio",
            "Dopo due anni di lavori tornano visibili i colori originali e una firma del pittore rimasta nascosta per secoli.",
        ),
        (
            "Furto in una farmacia del centro storico",
            "I ladri sono entrati da una finestra sul retro e hanno portato via il fondo cassa, ma sono stati ripresi dalle telecamere.",
        ),
        (
            "Treni regionali, nuovo orario da domenica",
            "Aumentano le corse serali sulla linea costiera, mentre alcuni collegamenti del mattino partiranno dieci minuti prima.",
        ),
        (
            "Code al valico alpino per i controlli",
            "I controlli a campione sui mezzi pesanti hanno provocato code fino a otto chilometri nel pomeriggio di venerdì.",
        ),
        (
            "Sagra del tartufo, attesi trentamila visitatori",
            "Quest'anno la manifestazione dura tre fine settimana e ospita anche un mercato di prodotti delle valli vicine.",
        ),
    ],
    "pt": [
        (
            "Incêndio florestal obriga a evacuar duas aldeias",
            "Mais de duzentos bombeiros combatem as chamas numa zona de mato denso, com o vento forte a dificultar os trabalhos.",
        ),
        (
            "Clube da terra vence a Taça distrital de futebol",
            "O golo decisivo surgiu já no prolongamento e levou centenas de adeptos a invadir o relvado no final da partida.",
        ),
        (
            "Preço das casas continua a subir no litoral",
            "O valor médio por metro quadrado aumentou doze por cento num ano, segundo um estudo divulgado pela associação do setor.",
        ),
        (
            "Biblioteca recebe espólio de poeta esquecido",
            "Cartas, manuscritos e fotografias do autor serão digitalizados e disponibilizados ao público até ao final do ano.",
        ),
        (
            "Assalto a uma bomba de gasolina durante a noite",
            "Dois homens encapuzados ameaçaram o funcionário e fugiram de mota com o dinheiro da caixa, segundo a polícia.",
        ),
        (
            "Nova ciclovia liga o centro à praia",
            "O percurso de sete quilómetros foi inaugurado no sábado e já é usado por centenas de pessoas nos dias de sol.",
        ),
        (
            "Controlos reforçados no aeroporto durante o verão",
            "A autoridade aeroportuária pede aos passageiros que cheguem com três horas de antecedência nos voos internacionais.",
        ),
        (
            "Festival de folclore regressa à praça central",
            "Ranchos de todo o distrito atuam durante quatro noites, com entrada livre e tasquinhas de comida tradicional.",
        ),
    ],
    "nl": [
        (
            "Zware regenval zet straten in binnenstad blank",
            "De brandweer pompte de hele nacht kelders leeg en adviseert bewoners om zandzakken klaar te zetten voor de volgende bui.",
        ),
        (
            "Hockeysters plaatsen zich voor Europese finale",
            "Met een strafcorner in de slotminuut werd de halve finale beslist, tot grote vreugde van het meegereisde publiek.",
        ),
        (
            "Huren in studentensteden opnieuw gestegen",
            "Een kamer kost nu gemiddeld bijna zeshonderd euro per maand, blijkt uit cijfers van de landelijke studentenbond.",
        ),
        (
            "Molen draait weer na jarenlange restauratie",
            "Vrijwilligers hebben de wieken en het binnenwerk hersteld, zodat er vanaf volgende maand weer graan gemalen wordt.",
        ),
        (
            "Politie rolt hennepkwekerij op in bedrijfspand",
            "Agenten vonden ruim tweeduizend planten en een illegale stroomaansluiting, de huurder is aangehouden.",
        ),
        (
            "Veerpont krijgt elektrische motor",
            "De pont over de rivier vaart vanaf het voorjaar stil en zonder uitstoot, de accu wordt 's nachts opgeladen.",
        ),
        (
            "Douane onderschept nepmerkkleding in haven",
            "In twee containers zaten meer dan tienduizend namaakshirts, bestemd voor verkoop via sociale media.",
        ),
        (
            "Museum toont tekeningen van onbekende schilder",
            "De werken werden bij toeval gevonden op een zolder en zijn nu voor het eerst voor publiek te zien.",
        ),
    ],
    "pl": [
        (
            "Silny wiatr zerwał dachy w kilku gminach",
            "Strażacy interweniowali ponad trzysta razy, a kilka tysięcy domów przez całą noc było pozbawionych prądu.",
        ),
        (
            "Siatkarze awansowali do półfinału mistrzostw",
            "Drużyna wygrała trzy do jednego i w sobotę zagra o finał z obrońcami tytułu przed własną publicznością.",
        ),
        (
            "Ceny masła w sklepach znów poszły w górę",
            "Kostka kosztuje już średnio o dwa złote więcej niż przed rokiem, a sprzedawcy zapowiadają kolejne podwyżki.",
        ),
        (
            "Odnowiony amfiteatr gotowy na sezon letni",
            "Pierwszy koncert odbędzie się w czerwcu, a bilety na występ znanego zespołu rozeszły się w ciągu kilku minut.",
        ),
        (
            "Oszuści podszywają się pod pracowników banku",
            "Policja ostrzega seniorów przed telefonami, w których rozmówca prosi o przelanie oszczędności na bezpieczne konto.",
        ),
        (
            "Nowa linia tramwajowa połączy osiedla",
            "Budowa ma potrwać dwa lata, a pierwsze tramwaje pojadą nową trasą najpóźniej jesienią przyszłego roku.",
        ),
        (
            "Kolejki tirów na przejściu granicznym",
            "Kierowcy czekają nawet dobę na odprawę, a przewoźnicy domagają się otwarcia dodatkowego pasa dla ciężarówek.",
        ),
        (
            "Festiwal pierogów przyciągnął tłumy",
            "Na rynku można było spróbować ponad czterdziestu rodzajów pierogów przygotowanych przez koła gospodyń wiejskich.",
        ),
    ],
    "sv": [
        (
            "Snöovädret stoppar tågtrafiken i norr",
            "Flera tåg har ställts in och resenärer uppmanas att kontrollera sin avgång innan de beger sig till stationen.",
        ),
        (
            "Bandylaget vidare till kvartsfinal",
            "Efter en dramatisk förlängning kunde hemmalaget till slut jubla inför fyra tusen frusna men glada åskådare.",
        ),
        (
            "Elpriset väntas stiga inför vintern",
            "Experterna tror att priset kan bli dubbelt så högt som i fjol om det blir en kall och vindstilla januari.",
        ),
        (
            "Gammal skola blir kulturhus",
            "Kommunen har köpt den nedlagda byskolan och planerar ateljéer, en scen och ett kafé som drivs av föreningar.",
        ),
        (
            "Inbrott i flera sommarstugor vid sjön",
            "Polisen tror att samma personer ligger bakom och ber allmänheten att höra av sig om de sett okända bilar.",
        ),
        (
            "Ny färjelinje till ön invigs i maj",
            "Resan tar fyrtio minuter och färjan har plats för sextio bilar, vilket väntas minska köerna under sommaren.",
        ),
        (
            "Tullen hittade smuggelcigaretter i lastbil",
            "Gömda bakom pallar med frukt låg nästan en miljon cigaretter, föraren har anhållits i sin frånvaro.",
        ),
        (
            "Rekordmånga besökare på bokmässan",
            "Arrangörerna räknade med tjugo tusen besökare men fick nästan det dubbla under helgens tre dagar.",
        ),
    ],
    "ru": [
        (
            "Синоптики обещают сильные морозы на выходных",
            "Ночью температура опустится до минус тридцати градусов, жителей просят не оставлять автомобили на улице.",
        ),
        (
            "Хоккейный клуб одержал пятую победу подряд",
            "Решающую шайбу забросил молодой нападающий за две минуты до конца встречи на глазах у полного стадиона.",
        ),
        (
            "Цены на гречку выросли почти на треть",
            "Продавцы объясняют подорожание плохим урожаем и ростом стоимости перевозок из соседних областей.",
        ),
        (
            "В городском парке откроют новый музей",
            "В старом павильоне разместится экспозиция об истории местного завода, вход в первую неделю будет бесплатным.",
        ),
        (
            "Задержаны подозреваемые в краже из магазина",
            "Злоумышленники вынесли несколько телевизоров через служебный вход, но их машину остановили уже на выезде из города.",
        ),
        (
            "Новый мост через реку откроют к осени",
            "Строители завершили укладку пролётов, осталось выполнить асфальтирование и установить освещение.",
        ),
        (
            "Очереди на пограничном переходе растут",
            "Водители грузовиков ждут до двенадцати часов, на переходе работает только половина пунктов досмотра.",
        ),
        (
            "Школьники собрали робота для конкурса",
            "Команда из районной школы заняла второе место на региональной олимпиаде по робототехнике.",
        ),
    ],
    "ar": [
        (
            "موجة حر تضرب المدن الساحلية هذا الأسبوع",
            "تتوقع الأرصاد ارتفاع درجات الحرارة إلى خمس وأربعين درجة، وتنصح المواطنين بتجنب الخروج وقت الظهيرة.",
        ),
        (
            "المنتخب يتأهل إلى نهائي البطولة الإقليمية",
            "سجل المهاجم هدف الفوز في الدقائق الأخيرة أمام جمهور غفير ملأ مدرجات الملعب الجديد.",
        ),
        (
            "ارتفاع أسعار الخضار في الأسواق الشعبية",
            "يعزو التجار الزيادة إلى تراجع الإنتاج بسبب الجفاف وارتفاع تكاليف النقل من المزارع.",
        ),
        (
            "افتتاح معرض للخط العربي في المتحف الوطني",
            "يضم المعرض أكثر من مئتي قطعة نادرة، بعضها يعرض للمرة الأولى أمام الجمهور منذ عقود.",
        ),
        (
            "القبض على عصابة لسرقة السيارات",
            "ضبطت الشرطة أفراد العصابة بعد مراقبة استمرت أسابيع، وأعادت عددا من السيارات إلى أصحابها.",
        ),
        (
            "تدشين خط حافلات جديد يربط الأحياء الشرقية",
            "تعمل الحافلات من السادسة صباحا حتى منتصف الليل، وبأسعار مخفضة للطلاب وكبار السن.",
        ),
        (
            "ازدحام عند المنفذ الحدودي مع بدء العطلة",
            "تشهد بوابات العبور طوابير طويلة من المسافرين، وتدعو السلطات إلى استخدام التسجيل الإلكتروني.",
        ),
        (
            "مهرجان التمور يستقطب آلاف الزوار",
            "شارك في المهرجان مزارعون من مختلف المناطق لعرض أكثر من ثلاثين صنفا من التمور المحلية.",
        ),
    ],
    "tr": [
        (
            "Fırtına nedeniyle feribot seferleri iptal edildi",
            "Rüzgarın saatte seksen kilometreyi aşması üzerine yetkililer akşam saatlerindeki tüm seferleri durdurdu.",
        ),
        (
            "Basketbol takımı Avrupa kupasında tura yükseldi",
            "Son saniyede atılan üçlükle kazanılan maçın ardından taraftarlar sokaklarda sabaha kadar kutlama yaptı.",
        ),
        (
            "Ekmek fiyatına yeni zam geldi",
            "Fırıncılar un ve enerji maliyetlerinin arttığını belirterek fiyatı iki lira yükseltme kararı aldı.",
        ),
        (
            "Tarihi hamam restorasyonun ardından açıldı",
            "Üç yüz yıllık yapı, aslına uygun olarak yenilendi ve ziyaretçilere müze olarak hizmet vermeye başladı.",
        ),
        (
            "Kuyumcu soygununa karışan iki şüpheli yakalandı",
            "Güvenlik kameralarının incelenmesiyle tespit edilen şüpheliler, kaçmaya çalışırken otogarda gözaltına alındı.",
        ),
        (
            "Metro hattının ikinci etabı hizmete girdi",
            "Yeni istasyonlarla birlikte şehir merkezi ile havalimanı arasındaki yolculuk süresi yirmi dakikaya indi.",
        ),
        (
            "Sınır kapısında tır kuyruğu uzuyor",
            "Gümrükteki yoğunluk nedeniyle sürücüler iki gündür bekliyor, nakliyeciler ek personel talep ediyor.",
        ),
        (
            "Kitap fuarına rekor katılım",
            "Fuarın ilk üç gününde yüz bini aşkın ziyaretçi geldi, yazarların imza kuyrukları saatlerce sürdü.",
        ),
    ],
    "ja": [
        (
            "大雪で新幹線に遅れ、帰省客に影響",
            "東北地方を中心に記録的な大雪となり、一部の列車は最大で三時間遅れて運転した。",
        ),
        (
            "高校野球、地元校が二十年ぶりに決勝へ",
            "九回裏の逆転打で準決勝を制し、応援席は歓声に包まれた。決勝は明後日に行われる。",
        ),
        (
            "米の価格が上昇、家計に負担",
            "今年の作柄が振るわず、スーパーでの店頭価格は前年より一割以上高くなっている。",
        ),
        (
            "古民家を改修したカフェが開店",
            "築百年の農家を地元の若者たちが改修し、週末には県外からも多くの客が訪れている。",
        ),
        (
            "空き巣被害相次ぐ、警察が注意呼びかけ",
            "住宅街で留守中の家を狙った被害が続いており、警察は戸締まりの徹底を求めている。",
        ),
        (
            "新しい路線バスが運行開始",
            "駅と病院を結ぶ便が一日二十本に増え、高齢者の通院が便利になると期待されている。",
        ),
        (
            "空港の入国審査に長い列",
            "連休の初日、国際線の到着ロビーでは入国審査を待つ人の列が一時一時間以上続いた。",
        ),
        (
            "紅葉シーズン、観光地がにぎわう",
            "山あいの温泉地では色づいた木々を見ようと、平日にもかかわらず多くの観光客が訪れた。",
        ),
    ],
    "ko": [
        (
            "한파 특보, 내일 아침 영하 15도",
            "기상청은 중부 지방을 중심으로 강추위가 이어지겠다며 수도관 동파에 주의해 달라고 당부했다.",
        ),
        (
            "프로축구 시민구단, 창단 첫 우승",
            "마지막 경기에서 두 골을 몰아친 공격수의 활약으로 구단 역사상 첫 정상에 올랐다.",
        ),
        (
            "배추 값 급등에 김장 비용 부담",
            "여름 폭염으로 작황이 나빠지면서 배추 한 포기 가격이 지난해보다 두 배 가까이 올랐다.",
        ),
        (
            "옛 기차역, 복합 문화공간으로 변신",
            "폐역이 된 간이역이 전시실과 작은 도서관을 갖춘 공간으로 새로 문을 열었다.",
        ),
        (
            "보이스피싱 조직원 무더기 검거",
            "경찰은 고령자를 상대로 수십억 원을 가로챈 혐의로 조직원 스무 명을 붙잡았다.",
        ),
        (
            "도시철도 연장 구간 개통",
            "새 구간이 열리면서 신도시에서 도심까지 이동 시간이 삼십 분 가까이 줄어들 전망이다.",
        ),
        (
            "공항 출국장 혼잡, 두 시간 전 도착 권고",
            "연휴를 맞아 해외로 떠나는 여행객이 몰리면서 출국 심사 대기 시간이 크게 늘었다.",
        ),
        (
            "지역 축제에 관광객 몰려",
            "사흘 동안 열린 축제에 십만 명이 넘는 관광객이 찾아 지역 상권도 모처럼 활기를 띠었다.",
        ),
    ],
    "zh": [
        (
            "寒潮来袭，本周气温骤降十度",
            "气象台发布寒潮预警，提醒市民注意保暖，农户提前做好大棚作物的防冻措施。",
        ),
        (
            "本市篮球队时隔十年再夺冠",
            "决赛最后一分钟的关键三分球帮助球队逆转取胜，现场球迷欢呼雀跃。",
        ),
        ("猪肉价格连续三周回落", "随着供应增加，农贸市场的猪肉零售价已比上月下降约百分之八。"),
        (
            "老厂房改造成艺术街区",
            "废弃多年的纺织厂经过改造，如今入驻了画廊、书店和咖啡馆，周末游客络绎不绝。",
        ),
        (
            "警方破获一起电信诈骗案",
            "犯罪团伙冒充客服人员骗取老年人钱财，警方已追回大部分被骗资金。",
        ),
        ("地铁新线路年底试运行", "新线路全长二十公里，设站十五座，建成后将连接高铁站与城市新区。"),
        ("口岸客流迎来高峰", "假期首日出入境旅客超过五万人次，口岸增开通道缓解排队压力。"),
        (
            "秋季书展开幕，百家出版社参展",
            "书展为期五天，除图书销售外还安排了多场作家见面会和儿童阅读活动。",
        ),
    ],
    "el": [
        (
            "Καύσωνας: στους 43 βαθμούς η θερμοκρασία",
            "Η πολιτική προστασία συστήνει στους πολίτες να αποφεύγουν τις μετακινήσεις τις μεσημεριανές ώρες.",
        ),
        (
            "Η τοπική ομάδα μπάσκετ προκρίθηκε στον τελικό",
            "Με ένα καλάθι στο τελευταίο δευτερόλεπτο οι παίκτες χάρισαν στους φιλάθλους μια βραδιά που θα θυμούνται.",
        ),
        (
            "Αυξήσεις στην τιμή του ελαιολάδου",
            "Η κακή σοδειά στα χωριά της ενδοχώρας ανέβασε την τιμή στα ράφια κατά σχεδόν σαράντα τοις εκατό.",
        ),
        (
            "Αναστηλώθηκε ο παλιός φάρος του λιμανιού",
            "Μετά από τρία χρόνια εργασιών ο φάρος ανάβει ξανά και θα είναι ανοιχτός για επισκέπτες τα Σαββατοκύριακα.",
        ),
        (
            "Συλλήψεις για κλοπές σε καταστήματα",
            "Οι αστυνομικοί εντόπισαν τους δράστες χάρη στις κάμερες ασφαλείας ενός περιπτέρου της κεντρικής πλατείας.",
        ),
        (
            "Νέα δρομολόγια πλοίων για το καλοκαίρι",
            "Η ακτοπλοϊκή εταιρεία προσθέτει δύο εβδομαδιαίες συνδέσεις με τα μικρά νησιά από τον Ιούνιο.",
        ),
        (
            "Ουρές στο τελωνείο των συνόρων",
            "Οι οδηγοί φορτηγών περιμένουν για ώρες λόγω των αυστηρότερων ελέγχων στα εμπορεύματα.",
        ),
        (
            "Φεστιβάλ θεάτρου στο αρχαίο θέατρο",
            "Το πρόγραμμα περιλαμβάνει έξι παραστάσεις, ανάμεσά τους μια νέα σκηνοθεσία τραγωδίας.",
        ),
    ],
}

# Localised "more" link texts, as publishers show them after a cut teaser.
MORE: dict[str, str] = {
    "en": "Read more",
    "de": "mehr",
    "fr": "Lire la suite",
    "es": "Leer más",
    "it": "Continua a leggere",
    "pt": "Ler mais",
    "nl": "Lees verder",
    "pl": "Czytaj dalej",
    "sv": "Läs mer",
    "ru": "Читать далее",
    "ar": "اقرأ المزيد",
    "tr": "Devamını oku",
    "ja": "続きを読む",
    "ko": "더보기",
    "zh": "阅读全文",
    "el": "Διαβάστε περισσότερα",
}

# Section labels of the item lists, in the page language.
LABELS: dict[str, str] = {
    "en": "More news",
    "de": "Weitere Nachrichten",
    "fr": "À la une",
    "es": "Más noticias",
    "it": "Altre notizie",
    "pt": "Mais notícias",
    "nl": "Meer nieuws",
    "pl": "Zobacz także",
    "sv": "Fler nyheter",
    "ru": "Другие новости",
    "ar": "أخبار أخرى",
    "tr": "Diğer haberler",
    "ja": "その他のニュース",
    "ko": "다른 뉴스",
    "zh": "更多新闻",
    "el": "Περισσότερες ειδήσεις",
}
