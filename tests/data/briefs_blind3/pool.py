"""Unrelated headline items per language: (headline, one-sentence teaser). Fictional, original."""

SECTIONS = {
    "en": ["Sport", "Business", "Culture", "World", "Weather", "Tech"],
    "de": ["Sport", "Wirtschaft", "Kultur", "Panorama", "Wetter", "Digital"],
    "fr": ["Sport", "Économie", "Culture", "Monde", "Météo", "Société"],
    "es": ["Deportes", "Economía", "Cultura", "Internacional", "Tiempo", "Sociedad"],
    "it": ["Sport", "Economia", "Cultura", "Esteri", "Meteo", "Cronaca"],
    "pt": ["Desporto", "Economia", "Cultura", "Mundo", "Tempo", "Sociedade"],
    "nl": ["Sport", "Economie", "Cultuur", "Buitenland", "Weer", "Tech"],
    "pl": ["Sport", "Gospodarka", "Kultura", "Świat", "Pogoda", "Technologie"],
    "sv": ["Sport", "Ekonomi", "Kultur", "Utrikes", "Väder", "Teknik"],
    "no": ["Sport", "Økonomi", "Kultur", "Utenriks", "Vær", "Teknologi"],
    "tr": ["Spor", "Ekonomi", "Kültür", "Dünya", "Hava", "Teknoloji"],
    "ru": ["Спорт", "Экономика", "Культура", "В мире", "Погода", "Технологии"],
    "el": ["Αθλητισμός", "Οικονομία", "Πολιτισμός", "Κόσμος", "Καιρός", "Τεχνολογία"],
}

POOL = {
    "en": [
        (
            "Striker signs three-year deal with Harlow Rovers",
            "The 24-year-old forward joins from a second-division side for an undisclosed fee and could play on Saturday.",
        ),
        (
            "Grain prices slide as harvest forecasts improve",
            "Traders cut their bets on a shortage after rain arrived in the main growing regions earlier than expected last week.",
        ),
        (
            "Veteran actor returns to the stage after twenty years",
            "The production of a forgotten comedy opens next month at the Regent and has already sold out its first run.",
        ),
        (
            "Storm warning issued for the western coast",
            "Forecasters expect gusts of up to 110 km/h on Friday night and advise ferry passengers to check their sailings.",
        ),
        (
            "Chipmaker posts record quarterly profit",
            "Demand from data centres lifted revenue by a third, although the company warned that supply remains tight into next year.",
        ),
        (
            "Marathon route changed after bridge repairs",
            "Organisers say runners will cross the river twice instead of once, adding a steep climb near the twenty-kilometre mark.",
        ),
        (
            "Museum acquires long-lost seascape at auction",
            "The painting had been in a private collection abroad for more than a century and will go on display in the spring.",
        ),
        (
            "Rail operator promises refunds for cancelled winter trains",
            "Passengers whose journeys were cancelled during the December strike can claim their money back through a new online form.",
        ),
        (
            "Teenager wins national chess title at first attempt",
            "The fifteen-year-old beat three grandmasters on her way to the title and now qualifies for the continental championship.",
        ),
        (
            "Coffee chain to close forty branches",
            "The company blamed rising rents and falling footfall in city centres and said most staff would be offered jobs elsewhere.",
        ),
    ],
    "de": [
        (
            "Trainerwechsel beim Tabellenletzten",
            "Nach der fünften Niederlage in Folge trennt sich der Verein von seinem Cheftrainer und setzt vorerst auf den Co-Trainer.",
        ),
        (
            "Autozulieferer streicht 800 Stellen",
            "Das Unternehmen verlagert die Fertigung von Kabelbäumen ins Ausland und will den Abbau bis Ende nächsten Jahres abschließen.",
        ),
        (
            "Orgelsommer lockt Rekordzahl an Besuchern",
            "Mehr als zwölftausend Menschen hörten die Konzerte in den Dorfkirchen der Region, so viele wie nie seit Beginn der Reihe.",
        ),
        (
            "Glatteis sorgt für zahlreiche Unfälle",
            "Auf den Autobahnen im Norden kam es am frühen Morgen zu mehr als vierzig Unfällen, verletzt wurde dabei glücklicherweise niemand schwer.",
        ),
        (
            "Neue App soll Arzttermine schneller vermitteln",
            "Die Kassenärztliche Vereinigung testet ein Programm, das freie Termine in Echtzeit anzeigt und Patienten automatisch informiert.",
        ),
        (
            "Handballerinnen erreichen das Halbfinale",
            "Mit einem knappen Sieg in der Verlängerung zog die Mannschaft in die Runde der letzten vier ein und trifft dort auf den Titelverteidiger.",
        ),
        (
            "Bäckerhandwerk klagt über Nachwuchsmangel",
            "Jede dritte Lehrstelle blieb in diesem Jahr unbesetzt, berichtet der Landesinnungsverband und fordert eine Imagekampagne.",
        ),
        (
            "Schloss erhält sein historisches Dach zurück",
            "Nach zwei Jahren Bauzeit sind die Schieferarbeiten abgeschlossen, im Frühjahr öffnet der Festsaal wieder für Besucher.",
        ),
        (
            "Streaminganbieter erhöht erneut die Preise",
            "Kunden müssen ab dem kommenden Monat bis zu drei Euro mehr zahlen, das werbefreie Abo wird besonders teuer.",
        ),
        (
            "Rekordhitze im Oktober gemessen",
            "An mehreren Wetterstationen wurden mehr als 28 Grad registriert, so warm war es zu dieser Jahreszeit noch nie seit Beginn der Aufzeichnungen.",
        ),
    ],
    "fr": [
        (
            "Le club local s'offre un avant-centre international",
            "L'attaquant de 27 ans a signé pour quatre saisons et pourrait disputer son premier match dès le week-end prochain.",
        ),
        (
            "Les prix de l'immobilier reculent pour le troisième trimestre",
            "La baisse touche surtout les grandes villes, où les acheteurs profitent de délais de vente plus longs pour négocier.",
        ),
        (
            "Un festival de jazz annonce une programmation record",
            "Plus de soixante concerts sont prévus cet été, dont une dizaine gratuits sur les places du centre historique.",
        ),
        (
            "Vigilance orange aux orages dans le sud-ouest",
            "Des cumuls de pluie importants sont attendus jeudi soir, accompagnés de grêle et de fortes rafales de vent.",
        ),
        (
            "Une start-up lève vingt millions pour ses batteries",
            "La jeune entreprise veut construire une usine pilote d'ici deux ans et prévoit de recruter une centaine d'ingénieurs.",
        ),
        (
            "Le Tour fera étape dans la vallée en juillet",
            "Les organisateurs ont dévoilé un parcours montagneux qui passera par trois cols jamais empruntés par la course.",
        ),
        (
            "La bibliothèque municipale supprime les amendes de retard",
            "Les usagers ne paieront plus de pénalités, une mesure destinée à faire revenir les lecteurs qui avaient abandonné leur carte.",
        ),
        (
            "Grève des contrôleurs aériens : des vols annulés",
            "La direction de l'aviation civile demande aux compagnies de réduire leurs programmes d'un quart pendant deux jours.",
        ),
        (
            "Une chanteuse de la région remporte un prix national",
            "Son premier album, enregistré dans une ferme rénovée, a été salué par le jury pour son mélange de folk et d'électronique.",
        ),
        (
            "Les vendanges commencent avec deux semaines d'avance",
            "La chaleur de l'été a accéléré la maturation du raisin et les viticulteurs s'attendent à un millésime de qualité.",
        ),
    ],
    "es": [
        (
            "El equipo local ficha a un central por tres temporadas",
            "El defensa llega procedente de la liga portuguesa y el club confía en que esté disponible para el próximo partido.",
        ),
        (
            "La inflación se modera por segundo mes consecutivo",
            "El abaratamiento de los carburantes y la electricidad compensó la subida de los alimentos frescos en el último mes.",
        ),
        (
            "Un museo recupera un retablo robado hace décadas",
            "La obra fue localizada en una casa de subastas extranjera y regresará a la iglesia de la que desapareció en los años setenta.",
        ),
        (
            "Aviso amarillo por lluvias en el litoral",
            "Se esperan acumulados de hasta sesenta litros por metro cuadrado en pocas horas, sobre todo en la mitad norte de la provincia.",
        ),
        (
            "Una empresa tecnológica abrirá su sede europea en la ciudad",
            "La compañía prevé contratar a doscientos ingenieros en los próximos tres años y ha alquilado un edificio en el puerto.",
        ),
        (
            "La selección femenina se clasifica para el Mundial",
            "Un gol en el último minuto dio el pase a un equipo que llevaba ocho años sin participar en la gran cita internacional.",
        ),
        (
            "El precio del aceite de oliva vuelve a subir",
            "Las cooperativas atribuyen el encarecimiento a la sequía y a una cosecha que será un tercio inferior a la del año pasado.",
        ),
        (
            "Huelga de autobuses interurbanos el próximo lunes",
            "Los sindicatos reclaman una mejora salarial y la contratación de más conductores para cubrir las líneas rurales.",
        ),
        (
            "Un documental local triunfa en un festival internacional",
            "La película retrata la vida de los últimos pastores trashumantes de la comarca y se estrenará en cines en primavera.",
        ),
        (
            "Récord de visitantes en el parque natural",
            "Más de medio millón de personas recorrieron sus senderos este año, lo que ha obligado a limitar el acceso en fines de semana.",
        ),
    ],
    "it": [
        (
            "Il portiere rinnova fino al 2029",
            "Il numero uno della squadra ha firmato il prolungamento del contratto dopo una stagione da protagonista in campionato.",
        ),
        (
            "Bollette, in arrivo un nuovo calo per le famiglie",
            "L'autorità di regolazione prevede una riduzione del sei per cento sulla componente energia per il prossimo trimestre.",
        ),
        (
            "Riapre la pinacoteca dopo il restauro",
            "Le sale del primo piano tornano visitabili con un nuovo allestimento e un percorso pensato per i bambini.",
        ),
        (
            "Allerta arancione per neve sulle zone interne",
            "La protezione civile raccomanda di mettersi in viaggio solo se necessario e con pneumatici invernali montati.",
        ),
        (
            "Una startup locale conquista gli investitori",
            "L'azienda, che sviluppa sensori per l'agricoltura, ha raccolto dieci milioni di euro in un solo round di finanziamento.",
        ),
        (
            "Giro, la tappa regina passerà dai passi dolomitici",
            "Gli organizzatori hanno svelato un percorso con oltre cinquemila metri di dislivello in una sola giornata.",
        ),
        (
            "Sciopero dei treni regionali venerdì",
            "I pendolari potranno contare solo sulle fasce di garanzia del mattino e della sera, secondo quanto comunicato dall'azienda.",
        ),
        (
            "Vendemmia, raccolto in calo ma qualità alta",
            "Le cantine della zona stimano una produzione inferiore del quindici per cento rispetto all'anno scorso.",
        ),
        (
            "Il festival del cinema annuncia la giuria",
            "A presiedere la giuria sarà una regista pluripremiata, affiancata da attori e critici provenienti da sei paesi.",
        ),
        (
            "Nuove piste ciclabili nel centro storico",
            "Il comune ha approvato il progetto che collegherà la stazione al lungofiume con un percorso protetto di quattro chilometri.",
        ),
    ],
    "pt": [
        (
            "Avançado renova contrato até 2028",
            "O jogador, melhor marcador da equipa na última época, recusou propostas do estrangeiro e fica mais três anos no clube.",
        ),
        (
            "Preço dos combustíveis desce na próxima semana",
            "Segundo as previsões do setor, o gasóleo deverá ficar mais barato cerca de três cêntimos por litro a partir de segunda-feira.",
        ),
        (
            "Museu recebe coleção de azulejos do século XVII",
            "A doação de uma família da região inclui mais de quatrocentas peças que serão expostas numa sala própria.",
        ),
        (
            "Aviso amarelo para agitação marítima no litoral",
            "Esperam-se ondas de quatro a cinco metros e as autoridades pedem cuidado redobrado junto às praias e aos molhes.",
        ),
        (
            "Empresa de software vai criar 300 empregos",
            "A tecnológica escolheu a cidade para instalar um centro de desenvolvimento que deverá abrir no início do próximo ano.",
        ),
        (
            "Seleção de futsal vence torneio internacional",
            "A equipa nacional derrotou a Espanha na final com um golo nos últimos segundos e conquistou o troféu pela primeira vez.",
        ),
        (
            "Greve nos comboios suburbanos afeta milhares",
            "Os trabalhadores exigem aumentos salariais e a contratação de pessoal, e novas paralisações não estão excluídas.",
        ),
        (
            "Festival de música anuncia primeiros nomes",
            "O cartaz deste ano junta bandas internacionais e artistas portugueses em três palcos junto ao rio.",
        ),
        (
            "Colheita da castanha abaixo do esperado",
            "A seca e uma praga nos castanheiros reduziram a produção em quase metade em algumas aldeias do interior.",
        ),
        (
            "Biblioteca alarga horário durante época de exames",
            "A partir de maio, as salas de estudo ficarão abertas até à meia-noite durante a semana para apoiar os estudantes.",
        ),
    ],
    "nl": [
        (
            "Spits tekent contract tot 2028",
            "De aanvaller, die vorig seizoen topscorer werd, kiest voor een verlenging en laat belangstelling uit het buitenland links liggen.",
        ),
        (
            "Huizenprijzen stijgen harder dan verwacht",
            "Volgens de makelaarsvereniging lag de gemiddelde verkoopprijs in het afgelopen kwartaal ruim zeven procent hoger dan een jaar eerder.",
        ),
        (
            "Museum toont onbekende tekeningen van stadsschilder",
            "De schetsen werden gevonden op de zolder van een grachtenpand en zijn vanaf volgende maand voor het eerst te zien.",
        ),
        (
            "Code oranje voor zware windstoten",
            "Het KNMI waarschuwt voor windstoten tot 100 kilometer per uur in de kustprovincies, vooral in de loop van de middag.",
        ),
        (
            "Techbedrijf opent nieuw datacenter in de polder",
            "Het complex moet volgend jaar in gebruik worden genomen en levert volgens het bedrijf tweehonderd banen op.",
        ),
        (
            "Schaatsers pakken goud op de ploegenachtervolging",
            "Het team won overtuigend van de concurrentie en verbeterde daarbij het baanrecord met bijna een seconde.",
        ),
        (
            "Treinverkeer rond Utrecht urenlang plat",
            "Door een storing in de seinen reden er de hele ochtend geen treinen, duizenden reizigers moesten een andere route zoeken.",
        ),
        (
            "Festival maakt eerste namen bekend",
            "Het driedaagse evenement haalt dit jaar een aantal internationale headliners naar het park aan de rivier.",
        ),
        (
            "Boeren verwachten goede aardappeloogst",
            "Na een natte lente bleek de zomer gunstig voor de gewassen, waardoor de opbrengst boven het gemiddelde uitkomt.",
        ),
        (
            "Gemeente plant duizend nieuwe bomen",
            "In alle wijken komen extra bomen om hittestress tegen te gaan, bewoners mogen zelf meedenken over de locaties.",
        ),
    ],
    "pl": [
        (
            "Napastnik przedłużył kontrakt do 2028 roku",
            "Najskuteczniejszy zawodnik drużyny w ubiegłym sezonie zdecydował się zostać w klubie mimo ofert z zagranicy.",
        ),
        (
            "Ceny mieszkań w dużych miastach znów w górę",
            "Według najnowszego raportu średnia cena metra kwadratowego wzrosła w ciągu roku o ponad dziesięć procent.",
        ),
        (
            "Muzeum pokaże odnalezione obrazy",
            "Płótna przez dziesięciolecia uważane za zaginione wrócą do kraju i zostaną zaprezentowane na wiosennej wystawie.",
        ),
        (
            "Ostrzeżenie przed silnym wiatrem na wybrzeżu",
            "Synoptycy prognozują porywy do stu kilometrów na godzinę i apelują o zabezpieczenie przedmiotów na balkonach.",
        ),
        (
            "Firma technologiczna otworzy centrum badawcze",
            "Nowa placówka ma zatrudnić trzystu programistów i inżynierów w ciągu najbliższych dwóch lat.",
        ),
        (
            "Siatkarze awansowali do finału mistrzostw",
            "Reprezentacja pokonała rywali w tie-breaku i w niedzielę zagra o złoty medal z obrońcami tytułu.",
        ),
        (
            "Utrudnienia na kolei po awarii sieci",
            "Pociągi na trasie do stolicy kursowały z opóźnieniami sięgającymi dwóch godzin, a część połączeń odwołano.",
        ),
        (
            "Festiwal filmowy ogłosił program",
            "W konkursie głównym pokazanych zostanie piętnaście filmów, w tym trzy debiuty młodych reżyserów z regionu.",
        ),
        (
            "Rolnicy liczą straty po przymrozkach",
            "Najbardziej ucierpiały sady jabłoniowe, w których w niektórych gospodarstwach zniszczona została połowa kwiatów.",
        ),
        (
            "Miasto uruchamia nowe linie autobusowe",
            "Od przyszłego miesiąca autobusy dojadą do nowych osiedli na obrzeżach, które dotąd nie miały komunikacji miejskiej.",
        ),
    ],
    "sv": [
        (
            "Målvakten förlänger med klubben",
            "Den rutinerade målvakten skriver på för ytterligare två säsonger och vill avsluta karriären i moderklubben.",
        ),
        (
            "Bostadspriserna steg för tredje månaden i rad",
            "Enligt mäklarstatistiken ökade priserna på bostadsrätter mest i storstadsregionerna under den senaste perioden.",
        ),
        (
            "Konsthallen visar okänd modernist",
            "Utställningen samlar ett sextiotal verk av en konstnär som nästan föll i glömska efter sin död på femtiotalet.",
        ),
        (
            "SMHI varnar för kraftigt snöfall",
            "Upp till trettio centimeter snö väntas falla i inlandet under natten, och trafikanter uppmanas att planera sina resor.",
        ),
        (
            "Batterifabrik anställer ytterligare 500",
            "Fabriken i norr utökar produktionen och söker både operatörer och ingenjörer inför nästa års expansion.",
        ),
        (
            "Skidskyttarna tog stafettguld",
            "Laget sköt felfritt på den sista skjutningen och vann med marginal framför de regerande världsmästarna.",
        ),
        (
            "Tågtrafiken stoppad efter nedriven kontaktledning",
            "Resenärer mellan städerna får räkna med stora förseningar under hela dagen medan reparationen pågår.",
        ),
        (
            "Litteraturpris till debutant",
            "Juryn lyfte fram romanens språk och dess skildring av en uppväxt i en liten bruksort under åttiotalet.",
        ),
        (
            "Rekordstor älgjakt i länet",
            "Länsstyrelsen har beviljat fler licenser än på många år efter att stammen vuxit kraftigt i skogarna.",
        ),
        (
            "Kommunen bygger ny simhall",
            "Den gamla anläggningen från sextiotalet rivs och ersätts av en hall med tävlingsbassäng och undervisningsbassäng.",
        ),
    ],
    "no": [
        (
            "Spissen forlenger kontrakten til 2028",
            "Toppscoreren fra i fjor har bestemt seg for å bli i klubben, til tross for interesse fra flere utenlandske lag.",
        ),
        (
            "Boligprisene steg kraftig i november",
            "Ifølge den nyeste statistikken gikk prisene opp med nesten to prosent på én måned, mest i de store byene.",
        ),
        (
            "Nasjonalmuseet kjøper glemt landskapsmaleri",
            "Bildet har hengt i et privat hjem i utlandet i over hundre år og blir vist for publikum fra våren av.",
        ),
        (
            "Farevarsel om kraftig vind på Vestlandet",
            "Meteorologene venter orkan i kastene ytterst på kysten, og flere fergesamband kan bli innstilt i kveld.",
        ),
        (
            "Teknologiselskap flytter hovedkontoret til Bergen",
            "Selskapet vil samle over fire hundre ansatte i et nytt bygg ved havnen som står ferdig om to år.",
        ),
        (
            "Langrennsløperen vant sesongens første renn",
            "Hun var suveren i motbakkene og vant med over et halvt minutt ned til nærmeste konkurrent.",
        ),
        (
            "Togtrøbbel etter signalfeil",
            "Passasjerer på flere strekninger må regne med forsinkelser og innstillinger resten av dagen, opplyser jernbaneselskapet.",
        ),
        (
            "Festival slipper første artister",
            "Arrangøren lover et bredere program enn noen gang, med konserter på fem scener i sentrum av byen.",
        ),
        (
            "Rekordfangst av skrei i år",
            "Fiskerne melder om store mengder fisk nær kysten, og prisene ved mottakene har holdt seg høye.",
        ),
        (
            "Kommunen åpner ny svømmehall",
            "Det nye anlegget har et basseng for undervisning og et for trening, og skolene får faste tider på dagtid.",
        ),
    ],
    "tr": [
        (
            "Golcü oyuncu sözleşmesini uzattı",
            "Geçen sezonun gol kralı, yurt dışından gelen tekliflere rağmen kulübünde üç yıl daha kalmaya karar verdi.",
        ),
        (
            "Konut fiyatlarında yıllık artış sürüyor",
            "Son açıklanan verilere göre büyük şehirlerde metrekare fiyatları geçen yılın aynı dönemine göre belirgin şekilde yükseldi.",
        ),
        (
            "Arkeoloji müzesi yeni salonunu açtı",
            "Kazılarda çıkarılan yüzlerce eser, yeniden düzenlenen salonda ilk kez ziyaretçilerle buluşuyor.",
        ),
        (
            "Meteoroloji'den kuvvetli yağış uyarısı",
            "Kıyı kesimlerde sağanak yağışın akşam saatlerinde etkisini artırması ve yer yer su baskınlarına yol açması bekleniyor.",
        ),
        (
            "Yerli yazılım şirketi yatırım aldı",
            "Şirket, topladığı kaynakla yurt dışında ofis açmayı ve yüz yeni mühendis istihdam etmeyi planlıyor.",
        ),
        (
            "Voleybolda milliler finale yükseldi",
            "Milli takım yarı finalde rakibini beş setlik maçta yenerek turnuvada finale adını yazdırdı.",
        ),
        (
            "Banliyö trenlerinde arıza nedeniyle gecikme",
            "Sabah saatlerinde yaşanan elektrik arızası nedeniyle binlerce yolcu işine geç kaldı.",
        ),
        (
            "Film festivalinin jürisi belli oldu",
            "Festivalin jüri başkanlığını ödüllü bir yönetmen üstlenirken, yarışmada on iki film gösterilecek.",
        ),
        (
            "Fındık rekoltesi beklentinin altında",
            "Üreticiler, baharda yaşanan don olayının ardından hasadın geçen yıla göre yüzde yirmi düşük olacağını söylüyor.",
        ),
        (
            "Şehre yeni bisiklet yolları geliyor",
            "Belediye, sahil ile üniversite arasında kesintisiz bir bisiklet yolu yapılması için ihaleye çıktı.",
        ),
    ],
    "ru": [
        (
            "Нападающий продлил контракт с клубом",
            "Лучший бомбардир прошлого сезона подписал новое соглашение на три года, несмотря на интерес зарубежных команд.",
        ),
        (
            "Цены на жильё в городе снова выросли",
            "По данным риелторов, средняя стоимость квадратного метра за год увеличилась более чем на двенадцать процентов.",
        ),
        (
            "Музей покажет картины из частной коллекции",
            "Выставка объединит около сорока полотен, которые никогда прежде не демонстрировались широкой публике.",
        ),
        (
            "Синоптики предупредили о сильном снегопаде",
            "В ближайшие сутки в регионе выпадет до половины месячной нормы осадков, водителей просят быть осторожнее.",
        ),
        (
            "IT-компания откроет новый офис в регионе",
            "В течение двух лет компания планирует нанять около трёхсот разработчиков и инженеров.",
        ),
        (
            "Хоккеисты вышли в финал турнира",
            "Команда одержала победу в серии буллитов и в воскресенье сыграет в решающем матче за кубок.",
        ),
        (
            "Пригородные поезда задерживаются из-за аварии",
            "Утром на линии произошёл обрыв контактной сети, и движение электричек было приостановлено на несколько часов.",
        ),
        (
            "Кинофестиваль объявил конкурсную программу",
            "В основной конкурс вошли четырнадцать картин, среди которых три дебютные работы молодых режиссёров.",
        ),
        (
            "Урожай яблок оказался рекордным",
            "Садоводы области собрали почти на треть больше плодов, чем в прошлом году, благодаря тёплой весне.",
        ),
        (
            "В городе появятся новые велодорожки",
            "Мэрия утвердила проект сети велосипедных маршрутов, которая свяжет центр с жилыми районами.",
        ),
    ],
    "el": [
        (
            "Ο επιθετικός ανανέωσε το συμβόλαιό του",
            "Ο πρώτος σκόρερ της περσινής σεζόν θα παραμείνει στην ομάδα για τρία ακόμη χρόνια παρά τις προτάσεις από το εξωτερικό.",
        ),
        (
            "Αυξάνονται οι τιμές των ενοικίων στην πόλη",
            "Σύμφωνα με νέα έρευνα, τα ενοίκια στο κέντρο κατέγραψαν άνοδο άνω του δέκα τοις εκατό μέσα σε έναν χρόνο.",
        ),
        (
            "Το μουσείο εκθέτει ευρήματα από νέα ανασκαφή",
            "Περισσότερα από διακόσια αντικείμενα παρουσιάζονται για πρώτη φορά στο κοινό σε μια αίθουσα που ανακαινίστηκε.",
        ),
        (
            "Έκτακτο δελτίο για ισχυρές βροχές",
            "Η μετεωρολογική υπηρεσία προειδοποιεί για καταιγίδες και χαλαζοπτώσεις στα δυτικά και στα νησιά του Ιονίου.",
        ),
        (
            "Εταιρεία λογισμικού ανοίγει γραφεία στη Θεσσαλονίκη",
            "Η εταιρεία σχεδιάζει να προσλάβει διακόσιους μηχανικούς μέσα στα επόμενα δύο χρόνια.",
        ),
        (
            "Η εθνική ομάδα μπάσκετ προκρίθηκε στα ημιτελικά",
            "Με μεγάλη ανατροπή στο τελευταίο δεκάλεπτο, η ομάδα εξασφάλισε τη θέση της στην τετράδα της διοργάνωσης.",
        ),
        (
            "Καθυστερήσεις στον προαστιακό λόγω βλάβης",
            "Χιλιάδες επιβάτες επηρεάστηκαν το πρωί από βλάβη στο σύστημα σηματοδότησης κοντά στον κεντρικό σταθμό.",
        ),
        (
            "Ανακοινώθηκε το πρόγραμμα του φεστιβάλ κινηματογράφου",
            "Στο διαγωνιστικό τμήμα θα προβληθούν δεκαπέντε ταινίες, ανάμεσά τους και τρεις ελληνικές παραγωγές.",
        ),
        (
            "Μειωμένη η φετινή παραγωγή ελαιολάδου",
            "Οι παραγωγοί αποδίδουν τη μείωση στην παρατεταμένη ξηρασία του καλοκαιριού και στις υψηλές θερμοκρασίες.",
        ),
        (
            "Νέοι ποδηλατόδρομοι στο κέντρο της πόλης",
            "Ο δήμος ενέκρινε σχέδιο για δίκτυο ποδηλατοδρόμων που θα συνδέει το λιμάνι με τις γειτονιές.",
        ),
    ],
}
