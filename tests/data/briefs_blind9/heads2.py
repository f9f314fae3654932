"""Headline items ("headline || teaser"), unrelated to the briefs (hand-written, part 2)."""

HEADS2 = {
    "no": [
        "Rasfare stenger riksvei 13 i Sogn || Veien blir stengt minst til fredag mens geologer undersøker fjellsiden etter at store steiner falt ned natt til tirsdag.",
        "Bodø/Glimt snudde kampen i Trondheim || To mål de siste ti minuttene sikret bortelaget seieren etter at Rosenborg lenge hadde kontroll.",
        "Strømprisen faller etter mildvær og mye regn || Fulle vannmagasiner gjør at prisene i Sør-Norge ventes å holde seg lave resten av måneden.",
        "Nasjonalmuseet får Munch-tegning i gave || Tegningen har vært i privat eie i over hundre år og vises for publikum fra neste uke.",
    ],
    "da": [
        "Storm lukker Storebæltsbroen for lastbiler || Vindstød på over 30 meter i sekundet fik Sund & Bælt til at lukke broen for høje køretøjer hele eftermiddagen.",
        "FC Midtjylland videre i Europa League efter dramatik || En sen udligning og en redning i overtiden sendte holdet videre til næste runde.",
        "Smørprisen stiger igen før julebagningen || Supermarkederne hæver prisen for tredje gang i år og henviser til højere priser på mælk.",
        "Politiet efterlyser vidner til røveri i Aarhus || To maskerede mænd truede en ekspedient i en kiosk og stak af med kontanter og cigaretter.",
    ],
    "fi": [
        "Liukkaus aiheutti kymmeniä kolareita pääkaupunkiseudulla || Poliisi kehottaa autoilijoita varaamaan aamulla lisää aikaa, sillä tiet jäätyivät yön aikana nopeasti.",
        "Kärpät kaatoi Tapparan jatkoajalla || Ottelun ratkaisi puolustajan laukaus kolmannella jatkoaikaminuutilla täpötäydessä hallissa.",
        "Sähkön hinta nousi ennätyslukemiin pakkasten vuoksi || Kylmä ja tyyni sää nosti pörssisähkön hinnan iltaisin yli euroon kilowattitunnilta.",
        "Kansallisteatteri esittää Seitsemän veljestä uudella tavalla || Ohjaaja on siirtänyt tarinan nykypäivän lähiöön ja kirjoittanut osan repliikeistä uudelleen.",
    ],
    "cs": [
        "Na D1 se srazilo šest aut, dálnice byla hodiny zavřená || Nehoda se stala ráno u Humpolce, kde se na vozovce po nočním mrazu vytvořila ledovka.",
        "Sparta otočila zápas v Plzni a vede tabulku || Rozhodl gól z přímého kopu v závěru, domácí přitom ještě v poločase vedli o branku.",
        "Ceny másla před Vánoci opět rostou || Obchodníci zdražují už potřetí letos a zdůvodňují to dražším mlékem od zemědělců.",
        "Národní divadlo uvede novou Prodanou nevěstu || Inscenace přenese děj do současné vesnice, premiéra se uskuteční v únoru.",
    ],
    "ro": [
        "Ninsoarea a blocat DN1 pe Valea Prahovei || Sute de mașini au stat ore întregi în coloană, iar autoritățile au cerut șoferilor să nu plece la drum fără echipament de iarnă.",
        "Rapid câștigă derby-ul cu un gol în prelungiri || Oaspeții au deschis scorul după pauză, dar gazdele au întors rezultatul în ultimele minute.",
        "Prețul pâinii crește din nou în ianuarie || Morarii spun că scumpirea grâului și a energiei se va vedea în raft de la începutul anului.",
        "Teatrul Național pregătește o premieră cu Caragiale || Spectacolul reunește actori din trei generații și va avea reprezentații și în alte orașe.",
    ],
    "hu": [
        "Ónos eső miatt lelassult a forgalom az M1-esen || Reggel több baleset is történt Tatabánya térségében, a rendőrség óvatos vezetésre figyelmeztet.",
        "A Ferencváros hosszabbításban nyert a kupában || A győztes gólt egy csereként beállt csatár szerezte a 118. percben.",
        "Újra drágul a tojás az üzletekben || A termelők szerint a takarmány ára és a madárinfluenza miatti kiesés is felfelé hajtja az árakat.",
        "Új bemutatóval nyit a Vígszínház || Az évad első darabja egy kortárs magyar szerző vígjátéka, amelyet már most is nagy érdeklődés kísér.",
    ],
    "el": [
        "Χιονοπτώσεις κλείνουν δρόμους στη Βόρεια Ελλάδα || Η κυκλοφορία φορτηγών απαγορεύεται σε τρία ορεινά τμήματα, ενώ τα σχολεία θα ανοίξουν αργότερα αύριο.",
        "Ο Ολυμπιακός νίκησε στο τελευταίο λεπτό || Ένα γκολ με κεφαλιά στις καθυστερήσεις έκρινε το ντέρμπι μπροστά σε γεμάτο γήπεδο.",
        "Νέα αύξηση στην τιμή του ψωμιού || Οι αρτοποιοί επικαλούνται το κόστος ενέργειας και το ακριβότερο αλεύρι από τον Σεπτέμβριο.",
        "Ανοίγει ξανά το αρχαιολογικό μουσείο της πόλης || Μετά από τέσσερα χρόνια εργασιών, το μουσείο παρουσιάζει νέες αίθουσες με ευρήματα από ανασκαφές.",
    ],
    "ru": [
        "Снегопад парализовал движение на трассе М-4 || Водители простояли в пробке более пяти часов, на помощь вызвали спасателей и тягачи.",
        "«Динамо» обыграло «Спартак» в серии пенальти || Основное время завершилось вничью, а в серии голкипер гостей отразил два удара.",
        "Цены на яйца выросли на треть за месяц || Производители объясняют подорожание ростом стоимости кормов и сокращением поголовья.",
        "В драмтеатре покажут новую постановку «Грозы» || Режиссёр перенёс действие в современный город, премьера назначена на конец февраля.",
    ],
    "uk": [
        "Ожеледиця спричинила десятки ДТП у Києві || Патрульна поліція закликає водіїв не перевищувати швидкість і тримати дистанцію до ранку.",
        "«Шахтар» вирвав перемогу в останні хвилини || Гол головою після кутового приніс команді три очки у принциповому матчі.",
        "Ціни на гречку знову зросли || Аналітики пояснюють подорожчання слабким урожаєм і високими витратами на пальне.",
        "Оперний театр відкриває сезон прем'єрою || Новий балет поставив молодий хореограф, квитки на перші вистави вже розпродані.",
    ],
    "tr": [
        "Kar yağışı nedeniyle Bolu Dağı geçişi kapandı || Ağır tonajlı araçların geçişine izin verilmiyor, sürücülerin alternatif güzergâhları kullanması istendi.",
        "Trabzonspor son dakikada güldü || Uzatma dakikalarında gelen gol, karadeniz ekibine deplasmanda üç puanı getirdi.",
        "Ekmek fiyatına yeni zam kapıda || Fırıncılar odası, un ve enerji maliyetlerindeki artışın fiyatlara yansıyacağını açıkladı.",
        "Devlet Tiyatroları yeni sezonu açıyor || Sezonun ilk oyunu, klasik bir komedinin günümüze uyarlanmış hali olacak.",
    ],
}
