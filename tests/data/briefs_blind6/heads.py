"""Hand-written unrelated headline items (headline, teaser) per language, plus localised labels."""

from __future__ import annotations

MORE = {
    "en": "Read more",
    "de": "Weiterlesen",
    "fr": "Lire la suite",
    "es": "Leer más",
    "it": "Leggi tutto",
    "pt": "Ler mais",
    "nl": "Lees verder",
    "pl": "Czytaj dalej",
    "sv": "Läs mer",
    "nb": "Les mer",
    "fi": "Lue lisää",
    "hu": "Tovább",
    "el": "Διαβάστε περισσότερα",
    "uk": "Читати далі",
    "he": "להמשך קריאה",
    "hi": "और पढ़ें",
    "vi": "Xem thêm",
    "id": "Baca selengkapnya",
    "ja": "続きを読む",
}

LABEL = {
    "en": "More news",
    "de": "Weitere Nachrichten",
    "fr": "Autres actualités",
    "es": "Más noticias",
    "it": "Altre notizie",
    "pt": "Mais notícias",
    "nl": "Meer nieuws",
    "pl": "Więcej wiadomości",
    "sv": "Fler nyheter",
    "nb": "Flere nyheter",
    "fi": "Lisää uutisia",
    "hu": "További hírek",
    "el": "Περισσότερες ειδήσεις",
    "uk": "Більше новин",
    "he": "עוד חדשות",
    "hi": "और ख़बरें",
    "vi": "Tin khác",
    "id": "Berita lainnya",
    "ja": "その他のニュース",
}

HEADS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Freezing fog grounds morning flights at Westmoor airport",
            "Forecasters expect visibility to stay below two hundred metres until noon, and airlines have asked passengers to check departure boards before travelling.",
        ),
        (
            "Striker's late header sends Rovers into the cup semi-final",
            "A corner in the ninety-third minute settled a tense evening at the Quarry Lane ground, where the visitors had led for most of the second half.",
        ),
        (
            "Supermarket chain recalls oat drink over packaging fault",
            "Cartons sold in three regions may leak after opening; customers can return them to any branch for a full refund without a receipt.",
        ),
        (
            "Council approves twelve new electric bus routes",
            "The vote clears the way for the first battery-powered double-deckers to run on the ring road from next autumn, with charging at the old depot.",
        ),
        (
            "Police appeal for witnesses after jewellery shop break-in",
            "Two men wearing high-visibility jackets were seen loading a van outside the shop on Mercer Street shortly after three in the morning.",
        ),
        (
            "Household energy bills set to fall slightly in spring",
            "The regulator's new price cap is expected to reduce a typical annual bill by around forty pounds, though standing charges will rise again.",
        ),
        (
            "Veteran actor to return to the stage in a winter Chekhov",
            "The production opens at the Playhouse on the ninth of January and runs for six weeks, with discounted tickets for students on Tuesdays.",
        ),
        (
            "Hospital car park charges scrapped for night-shift staff",
            "Nurses and porters working between eight in the evening and eight in the morning will no longer pay, after a petition gathered eleven thousand names.",
        ),
    ],
    "de": [
        (
            "Glatteis sorgt für Dutzende Unfälle auf der A7",
            "Zwischen Kassel und Göttingen rutschten am Morgen mehrere Lastwagen von der Fahrbahn, die Polizei sperrte zeitweise beide Richtungen.",
        ),
        (
            "Handballerinnen gewinnen Auftaktspiel gegen Norwegen",
            "Mit einer starken Abwehr und zwölf Paraden der Torhüterin setzte sich das Team am Abend knapp mit 27:25 durch und führt die Gruppe an.",
        ),
        (
            "Butterpreis steigt zum dritten Mal in diesem Jahr",
            "Händler verweisen auf die schwache Milchmenge im Herbst, Verbraucherschützer raten zu Eigenmarken und zum Vergleich der Grundpreise.",
        ),
        (
            "Stadtbibliothek verlängert Öffnungszeiten am Sonntag",
            "Ab Januar können Leserinnen und Leser auch sonntags von zehn bis achtzehn Uhr Bücher ausleihen, das Café im Erdgeschoss öffnet ebenfalls.",
        ),
        (
            "Einbrecherbande in Gartenkolonien festgenommen",
            "Die Ermittler fanden in einer Lagerhalle Rasenmäher, Werkzeug und Fahrräder im Wert von mehr als achtzigtausend Euro aus über vierzig Lauben.",
        ),
        (
            "Orchester spielt Neujahrskonzert erstmals im Stadion",
            "Wegen der großen Nachfrage zieht das Konzert aus der Stadthalle in die Arena um, dort stehen rund zwölftausend Plätze zur Verfügung.",
        ),
        (
            "Zugausfälle nach Stellwerksstörung in Hamm",
            "Reisende im Fernverkehr mussten am Nachmittag mit Verspätungen von bis zu zwei Stunden rechnen, mehrere Regionalzüge fielen ganz aus.",
        ),
        (
            "Streit um neue Parkgebühren im Altstadtring",
            "Der Einzelhandel befürchtet weniger Kundschaft, die Stadtverwaltung verspricht dagegen kostenlose Busse an den Adventssamstagen.",
        ),
    ],
    "fr": [
        (
            "Tempête Inès : 40 000 foyers privés d'électricité en Bretagne",
            "Des rafales à plus de 130 km/h ont couché des arbres sur les lignes pendant la nuit, les équipes de dépannage espèrent un retour à la normale mercredi.",
        ),
        (
            "Le XV de France s'impose dans la douleur face aux Fidji",
            "Menés à la pause, les Bleus ont renversé le match grâce à deux essais de leur ailier en fin de rencontre devant un stade plein à craquer.",
        ),
        (
            "Le prix du gazole repasse sous la barre des 1,60 euro",
            "La baisse des cours du pétrole se répercute enfin à la pompe, même si les écarts entre stations restent importants selon les régions.",
        ),
        (
            "Un Vermeer inédit exposé au musée des Beaux-Arts de Lyon",
            "Le tableau, prêté par un collectionneur privé, sera visible jusqu'en avril dans une salle rénovée consacrée à la peinture hollandaise.",
        ),
        (
            "Cambriolages en série dans les pharmacies de la métropole",
            "Les malfaiteurs visent surtout les caisses et les stocks de médicaments, la police a renforcé ses patrouilles nocturnes dans plusieurs quartiers.",
        ),
        (
            "La ligne de tramway T4 fermée pendant trois week-ends",
            "Des travaux de remplacement des rails obligent la régie à mettre en place des bus de substitution entre la gare et le campus universitaire.",
        ),
        (
            "Les boulangers alertent sur la hausse du prix du beurre",
            "Les artisans disent ne plus pouvoir absorber les augmentations et prévoient de relever le prix des croissants dès le mois de janvier.",
        ),
        (
            "Festival de la bande dessinée : l'affiche dévoilée",
            "L'illustratrice belge choisie cette année signe une affiche en noir et rouge, inspirée des vieux romans-feuilletons du début du siècle.",
        ),
    ],
    "es": [
        (
            "La nieve obliga a cortar tres puertos de montaña en León",
            "Las máquinas quitanieves trabajan desde la madrugada y la Guardia Civil recomienda no circular sin cadenas por la red secundaria de la provincia.",
        ),
        (
            "El Betis remonta y se mete en los octavos de la Copa",
            "Dos goles en los últimos diez minutos dieron la vuelta a un partido que parecía perdido ante un rival de Segunda muy bien plantado.",
        ),
        (
            "El precio del aceite de oliva baja por primera vez en dos años",
            "Las cooperativas atribuyen el descenso a una cosecha mejor de lo esperado, aunque los consumidores aún pagan casi el doble que en 2021.",
        ),
        (
            "Un incendio calcina una nave de reciclaje en Getafe",
            "Los bomberos tardaron cinco horas en controlar las llamas y el humo obligó a cerrar varias ventanas de un colegio cercano por precaución.",
        ),
        (
            "Vuelve el festival de jazz de San Sebastián con 80 conciertos",
            "La organización ha confirmado la presencia de una veintena de artistas internacionales y recupera el escenario gratuito junto a la playa.",
        ),
        (
            "Renfe suprime trenes de Cercanías por obras en Atocha",
            "Los usuarios de cuatro líneas deberán hacer transbordo en Méndez Álvaro durante los dos próximos fines de semana, según la compañía.",
        ),
        (
            "Detenido un hombre por estafar a ancianos con falsos seguros",
            "La Policía Nacional le atribuye al menos treinta engaños telefónicos en los que se hacía pasar por empleado de una aseguradora conocida.",
        ),
        (
            "Las reservas hoteleras para Navidad superan las de 2019",
            "Los hosteleros de la costa celebran una ocupación cercana al noventa por ciento, impulsada sobre todo por el turismo nacional y portugués.",
        ),
    ],
    "it": [
        (
            "Nebbia fitta in pianura, chiuso per ore l'aeroporto di Linate",
            "Decine di voli sono stati dirottati su Malpensa e Bergamo e molti passeggeri hanno atteso fino a sera una sistemazione alternativa.",
        ),
        (
            "L'Atalanta batte il Torino e aggancia il quarto posto",
            "Una doppietta del centravanti nel secondo tempo ha deciso la partita, giocata sotto la pioggia davanti a un pubblico di ventimila spettatori.",
        ),
        (
            "Caro bollette, il gas scende ma la luce resta cara",
            "Secondo l'autorità per l'energia il prezzo del metano è calato del sei per cento, mentre l'elettricità resta quasi ferma rispetto a ottobre.",
        ),
        (
            "Riapre dopo i restauri la chiesa di San Francesco ad Arezzo",
            "Gli affreschi di Piero della Francesca sono di nuovo visibili con un nuovo sistema di illuminazione e visite guidate su prenotazione.",
        ),
        (
            "Rapina in gioielleria, bottino da duecentomila euro",
            "Tre uomini armati sono entrati nel negozio poco prima della chiusura e sono fuggiti a bordo di uno scooter verso la tangenziale.",
        ),
        (
            "Sciopero dei treni regionali venerdì 12 dicembre",
            "I sindacati garantiscono le fasce protette del mattino e della sera, ma molte linee secondarie resteranno ferme per tutta la giornata.",
        ),
        (
            "Il panettone artigianale costa il dieci per cento in più",
            "I pasticceri citano l'aumento del burro e delle uova, ma la domanda resta alta e molti laboratori hanno già chiuso gli ordini.",
        ),
        (
            "Festival del cinema, il premio del pubblico a un esordiente",
            "Il film, girato in un paese della Calabria con attori non professionisti, ha convinto la giuria popolare con una storia di famiglia.",
        ),
    ],
    "pt": [
        (
            "Chuva forte provoca inundações na Baixa de Coimbra",
            "A Proteção Civil registou mais de cem ocorrências durante a noite, sobretudo caves inundadas e árvores caídas em estradas municipais.",
        ),
        (
            "Benfica vence em Braga e isola-se na liderança",
            "Um golo de cabeça aos oitenta minutos decidiu um jogo equilibrado, marcado por duas expulsões e muita chuva na segunda parte.",
        ),
        (
            "Preço do pão sobe em várias padarias de Lisboa",
            "Os padeiros apontam o custo da farinha e da eletricidade, e a associação do setor admite novos aumentos no início do próximo ano.",
        ),
        (
            "Museu do Azulejo recebe exposição de artistas brasileiros",
            "A mostra reúne cerca de sessenta peças contemporâneas e fica patente até maio, com entrada gratuita no primeiro domingo de cada mês.",
        ),
        (
            "Metro do Porto reforça frequência na linha amarela",
            "A partir de janeiro, os comboios passam de seis em seis minutos nas horas de ponta, depois de queixas sobre carruagens sobrelotadas.",
        ),
        (
            "GNR apreende duas toneladas de amêijoa ilegal no Tejo",
            "O marisco, apanhado em zonas interditas, seria vendido a restaurantes sem qualquer controlo sanitário, segundo os militares.",
        ),
        (
            "Escolas do Algarve com falta de professores de Informática",
            "Os diretores dizem que há turmas sem aulas desde setembro e pedem ao ministério incentivos para professores deslocados.",
        ),
        (
            "Concerto de Ano Novo no Coliseu esgota em duas horas",
            "A orquestra vai tocar valsas e marchas tradicionais, e a organização estuda acrescentar uma segunda sessão à tarde.",
        ),
    ],
    "nl": [
        (
            "Code oranje voor gladheid in het noorden",
            "Het KNMI waarschuwt voor ijzel in Groningen en Friesland, strooiwagens rijden al sinds vannacht en scholen overwegen later te beginnen.",
        ),
        (
            "Feyenoord wint ruim van Heerenveen",
            "Met drie doelpunten voor rust was de wedstrijd snel beslist, al kreeg de thuisploeg in de tweede helft nog een rode kaart.",
        ),
        (
            "Prijs van koffie in supermarkt bereikt recordhoogte",
            "Een pak filterkoffie kost inmiddels bijna een euro meer dan vorig jaar door slechte oogsten in Brazilië en Vietnam.",
        ),
        (
            "Rijksmuseum toont tekeningen van Rembrandt uit depot",
            "Het gaat om zeventig kwetsbare werken die slechts een paar maanden per tien jaar aan licht mogen worden blootgesteld.",
        ),
        (
            "Storing bij NS legt treinverkeer rond Utrecht stil",
            "Door een defecte wissel reden er in de ochtendspits urenlang geen treinen, reizigers werden naar bussen en trams verwezen.",
        ),
        (
            "Politie rolt hennepkwekerij op in oude boerderij",
            "In de schuur stonden ruim tweeduizend planten, de stroom werd illegaal afgetapt van het net, meldt de politie.",
        ),
        (
            "Gemeente plant duizend nieuwe bomen langs de ringweg",
            "De aanplant moet hittestress in de zomer verminderen en vervangt de kastanjes die vorig jaar ziek werden en werden gekapt.",
        ),
        (
            "Schaatsbaan op het Museumplein opent eerder",
            "Door het koude weer kan de ijsbaan al op vrijdag open, een week eerder dan gepland, met langere openingstijden in het weekend.",
        ),
    ],
    "pl": [
        (
            "Silny wiatr zerwał dachy w kilku gminach na Podkarpaciu",
            "Strażacy interweniowali ponad trzysta razy, a kilka tysięcy odbiorców wciąż nie ma prądu po nocnej wichurze.",
        ),
        (
            "Legia wygrywa w Poznaniu i awansuje na podium",
            "Jedyna bramka padła po rzucie karnym w drugiej połowie, a bramkarz gości obronił kilka groźnych strzałów w końcówce.",
        ),
        (
            "Ceny masła znów w górę przed świętami",
            "Sklepy podniosły ceny średnio o osiem procent, a ekonomiści spodziewają się dalszych podwyżek nabiału na początku roku.",
        ),
        (
            "Muzeum Narodowe pokaże zaginiony obraz Malczewskiego",
            "Płótno odnalezione w prywatnej kolekcji za granicą będzie można oglądać od stycznia w odnowionej galerii sztuki polskiej.",
        ),
        (
            "Remont torów utrudni dojazd do Gdyni",
            "Przez dwa tygodnie pociągi SKM będą kursować rzadziej, a na części trasy uruchomiona zostanie zastępcza komunikacja autobusowa.",
        ),
        (
            "Policja zatrzymała sprawców kradzieży katalizatorów",
            "Mężczyźni działali nocą na osiedlowych parkingach, w ich garażu znaleziono kilkadziesiąt części samochodowych.",
        ),
        (
            "Miasto wprowadza bezpłatne przejazdy dla uczniów",
            "Od lutego uczniowie szkół podstawowych i średnich pojadą autobusami i tramwajami za darmo po okazaniu legitymacji.",
        ),
        (
            "Festiwal kolęd w Będzinie z rekordem uczestników",
            "Do konkursu zgłosiło się ponad dwieście chórów i zespołów z całego kraju, przesłuchania potrwają cztery dni.",
        ),
    ],
    "sv": [
        (
            "Snöoväder stoppar tågtrafiken i Norrland",
            "Trafikverket ställde in alla avgångar mellan Umeå och Luleå under natten, och bussar sätts in först när vägarna plogats.",
        ),
        (
            "Djurgården vann derbyt efter förlängning",
            "Matchen i Hovet avgjordes av ett skott från blå linjen efter fyra minuter av förlängningen inför utsålda läktare.",
        ),
        (
            "Elpriset rusar i södra Sverige",
            "Kall väderlek och låg vindkraft gör att priset i elområde fyra är det högsta sedan förra vintern, enligt elbörsen.",
        ),
        (
            "Nationalmuseum visar okända skisser av Carl Larsson",
            "Teckningarna har legat i en privat samling i över hundra år och visas nu för första gången i en mindre utställning.",
        ),
        (
            "Polisen utreder serie av inbrott i förråd",
            "Tjuvarna har tagit sig in i källarförråd i flera flerfamiljshus och stulit cyklar, verktyg och vinterdäck.",
        ),
        (
            "Ny bro över Göta älv försenas ett år",
            "Stålkonstruktionen måste förstärkas efter att besiktningen hittat sprickor, och kostnaden beräknas öka med hundra miljoner.",
        ),
        (
            "Julmarknaden i Gamla stan lockar rekordpublik",
            "Arrangörerna räknade med över femtiotusen besökare under första helgen, och några stånd tog slut på glögg redan på lördagen.",
        ),
        (
            "Kommunen höjer avgiften för hemtjänst",
            "Pensionärsorganisationerna protesterar mot höjningen, som i snitt innebär tvåhundra kronor mer per månad från februari.",
        ),
    ],
    "nb": [
        (
            "Kraftig snøfall skaper kaos på E18",
            "Flere vogntog sto fast i bakkene ved Drammen i morgentimene, og politiet ba bilister om å vente med å kjøre.",
        ),
        (
            "Bodø/Glimt klare for kvartfinale i Europa",
            "Et sent mål på overtid sikret avansement etter en jevn kamp på Aspmyra, der gjestene hadde ledet store deler av kampen.",
        ),
        (
            "Strømprisen stiger igjen i Sør-Norge",
            "Lite vind og lav fyllingsgrad i magasinene gir de høyeste prisene siden i fjor vinter, ifølge kraftbørsen.",
        ),
        (
            "Munchmuseet får utlånt maleri fra privat samler",
            "Verket har aldri vært vist offentlig i Norge og henges opp i en egen sal fra januar til utgangen av april.",
        ),
        (
            "Bybanen stenger en uke for vedlikehold",
            "Busser erstatter banen mellom sentrum og flyplassen, og reisende må beregne minst et kvarter ekstra reisetid.",
        ),
        (
            "Politiet etterforsker tyveri av båtmotorer",
            "Mer enn tjue utenbordsmotorer er stjålet fra småbåthavner langs kysten de siste ukene, opplyser politiet.",
        ),
        (
            "Skolene i Bergen får gratis frukt igjen",
            "Ordningen med skolefrukt gjeninnføres fra høsten etter et vedtak i bystyret, og gjelder alle elever på ungdomstrinnet.",
        ),
        (
            "Rekordmange på julekonsert i Nidarosdomen",
            "Billettene ble revet bort på få timer, og arrangøren setter nå opp en ekstra forestilling søndag ettermiddag.",
        ),
    ],
    "fi": [
        (
            "Myrsky katkaisi sähköt kymmeniltätuhansilta",
            "Puita kaatui linjoille erityisesti Etelä-Savossa, ja verkkoyhtiö arvioi korjaustöiden jatkuvan ainakin keskiviikkoon asti.",
        ),
        (
            "HIFK voitti Tapparan jatkoajalla",
            "Ratkaisumaali syntyi ylivoimalla kolmen minuutin jatkoajan jälkeen täyden katsomon edessä Helsingin jäähallissa.",
        ),
        (
            "Ruoan hinnat nousivat jälleen marraskuussa",
            "Tilastokeskuksen mukaan erityisesti maitotuotteet ja kahvi kallistuivat, ja vuosimuutos oli lähes neljä prosenttia.",
        ),
        (
            "Ateneum esittelee Helene Schjerfbeckin kirjeitä",
            "Näyttelyssä on esillä yli sata kirjettä ja piirrosta, joita ei ole aiemmin nähty yleisön edessä.",
        ),
        (
            "Raitiovaunulinja 9 poikki remontin vuoksi",
            "Korvaavat bussit kulkevat Pasilan ja keskustan välillä, ja matka-aika pitenee ruuhkassa noin kymmenen minuuttia.",
        ),
        (
            "Poliisi etsii mökkimurtojen tekijöitä",
            "Itä-Suomessa on murtauduttu kymmeniin kesämökkeihin syksyn aikana, ja saaliiksi on viety lähinnä työkaluja.",
        ),
        (
            "Kaupunki avaa uuden uimahallin Kalasatamaan",
            "Hallissa on kaksi allasta ja kuntosali, ja sen odotetaan vähentävän ruuhkaa kaupungin vanhoissa halleissa.",
        ),
        (
            "Joulukonsertit myytiin loppuun ennätysajassa",
            "Kuoron konsertteihin tuomiokirkossa myytiin kaikki liput puolessa päivässä, ja lisänäytöksestä neuvotellaan.",
        ),
    ],
    "hu": [
        (
            "Ónos eső miatt lezárták az M1-es autópálya egy szakaszát",
            "Reggel több kamion is keresztbe fordult Tatabánya közelében, a rendőrség terelőútvonalat jelölt ki a forgalomnak.",
        ),
        (
            "A Ferencváros nyert a rangadón",
            "A zöld-fehérek a második félidőben szerzett két góllal fordítottak, és ismét átvették a vezetést a bajnokságban.",
        ),
        (
            "Tovább drágult a tojás és a tej",
            "A statisztikai hivatal szerint az élelmiszerárak novemberben is emelkedtek, a tojás ára egy év alatt negyedével nőtt.",
        ),
        (
            "Felújítás után megnyílt a Vigadó díszterme",
            "A terem új székeket és világítást kapott, az első hangversenyen a rádió szimfonikus zenekara lép fel.",
        ),
        (
            "Vonatpótló buszok járnak a Balaton déli partján",
            "A vasúti felújítás miatt két hétig nem közlekednek a vonatok Siófok és Fonyód között, számítani kell késésekre.",
        ),
        (
            "Betörőbandát fogtak el a rendőrök Debrecenben",
            "A férfiak főként családi házakba törtek be napközben, amikor a lakók dolgoztak, és ékszereket loptak.",
        ),
        (
            "Ingyenes lesz a parkolás advent hétvégéin",
            "Az önkormányzat így próbál több vásárlót vonzani a belvárosi üzletekbe, a döntés december végéig érvényes.",
        ),
        (
            "Rekordszámú látogató a karácsonyi vásáron",
            "A szervezők szerint az első hétvégén több mint százezren keresték fel a Vörösmarty téri vásárt.",
        ),
    ],
    "el": [
        (
            "Χιονοπτώσεις και κλειστοί δρόμοι στη Μακεδονία",
            "Αλυσίδες απαιτούνται σε ορεινά τμήματα της Εγνατίας, ενώ σχολεία σε χωριά της Φλώρινας θα μείνουν κλειστά αύριο.",
        ),
        (
            "Νίκη του Παναθηναϊκού στο ντέρμπι με τον Ολυμπιακό",
            "Ένα γκολ με κεφαλιά στο τελευταίο λεπτό έκρινε έναν σκληρό αγώνα μπροστά σε γεμάτες εξέδρες στο ΟΑΚΑ.",
        ),
        (
            "Ανεβαίνει ξανά η τιμή του ελαιολάδου στα ράφια",
            "Οι παραγωγοί αποδίδουν την αύξηση στη μειωμένη σοδειά, ενώ οι καταναλωτές στρέφονται σε μικρότερες συσκευασίες.",
        ),
        (
            "Νέα έκθεση για τον Γιάννη Τσαρούχη στην Αθήνα",
            "Η έκθεση παρουσιάζει σχέδια και ζωγραφικά έργα από ιδιωτικές συλλογές και θα διαρκέσει έως τα τέλη Μαρτίου.",
        ),
        (
            "Στάσεις εργασίας στο μετρό την Πέμπτη",
            "Οι συρμοί δεν θα κινούνται από τις έντεκα το πρωί έως τις τρεις το απόγευμα, ανακοίνωσε το σωματείο εργαζομένων.",
        ),
        (
            "Συλλήψεις για κλοπές σε περίπτερα της Πάτρας",
            "Δύο νεαροί κατηγορούνται ότι έκλεψαν τσιγάρα και χρήματα από δεκαπέντε περίπτερα μέσα σε έναν μήνα.",
        ),
        (
            "Δωρεάν λεωφορεία για τους φοιτητές της Θεσσαλονίκης",
            "Το μέτρο ισχύει από τον Ιανουάριο για όλους τους προπτυχιακούς φοιτητές με ενεργή ακαδημαϊκή ταυτότητα.",
        ),
        (
            "Ρεκόρ επισκεπτών στα χριστουγεννιάτικα χωριά",
            "Οι επαγγελματίες της εστίασης μιλούν για πληρότητα σχεδόν εκατό τοις εκατό τα Σαββατοκύριακα του Δεκεμβρίου.",
        ),
    ],
    "uk": [
        (
            "Сильний снігопад паралізував рух у Карпатах",
            "На перевалах застрягли десятки вантажівок, рятувальники розчищають дороги й роздають водіям гарячий чай.",
        ),
        (
            "Шахтар здобув перемогу в Лізі конференцій",
            "Єдиний гол у другому таймі приніс команді три очки та практично гарантував вихід до наступного раунду турніру.",
        ),
        (
            "Ціни на яйця зросли на третину за місяць",
            "Продавці пояснюють подорожчання зимовим зниженням несучості та дорожчими кормами для птиці.",
        ),
        (
            "Національний музей відкрив виставку Марії Примаченко",
            "Понад сто робіт художниці представлені в оновлених залах, а вхід для школярів у будні безкоштовний.",
        ),
        (
            "Київський метрополітен змінює графік на свята",
            "У новорічну ніч поїзди курсуватимуть до третьої години, а інтервал руху збільшать до десяти хвилин.",
        ),
        (
            "Поліція затримала шахраїв, що продавали неіснуючі квитки",
            "Зловмисники створили фальшивий сайт концертної агенції та ошукали понад двісті покупців.",
        ),
        (
            "У Львові відкрили новий велосипедний маршрут",
            "Смуга завдовжки сім кілометрів з'єднала центр міста з Сихівським районом і має окреме освітлення.",
        ),
        (
            "Різдвяний ярмарок повертається на площу Ринок",
            "Організатори обіцяють понад сто будиночків із ремеслами та їжею, а також щовечірні концерти колядок.",
        ),
    ],
    "he": [
        (
            "סערה חורפית: גשם כבד והצפות באזור השפלה",
            "כבישים נחסמו בגלל הצטברות מים, ושירות המטאורולוגי צופה המשך גשמים עזים עד לשעות הערב של מחר.",
        ),
        (
            "מכבי חיפה ניצחה בדרבי והתקרבה לצמרת",
            "שער בדקה התשעים הכריע משחק צמוד באצטדיון סמי עופר, מול יותר משלושים אלף צופים.",
        ),
        (
            "מחירי הירקות זינקו לקראת החגים",
            "הקישואים והעגבניות התייקרו ביותר משלושים אחוז, והחקלאים מסבירים זאת במזג האוויר הקר.",
        ),
        (
            "מוזיאון ישראל מציג אוסף נדיר של כתבי יד",
            "התערוכה כוללת מאה כתבי יד מימי הביניים, חלקם מוצגים לראשונה לקהל הרחב.",
        ),
        (
            "הרכבת הקלה תפעל בשעות מורחבות בסוף השבוע",
            "הקו האדום יפעל עד חצות בימי חמישי, בעקבות ביקוש גבוה מצד צעירים ובאי מסעדות.",
        ),
        (
            "המשטרה עצרה חשודים בגניבת אופניים חשמליים",
            "בחיפוש במחסן בדרום העיר נמצאו עשרות אופניים שנגנבו מחניונים ומבתי מגורים.",
        ),
        (
            "העירייה תשתול אלפי עצים בשדרות המרכזיות",
            "התוכנית נועדה לספק צל בקיץ ולהפחית את החום ברחובות, והיא תושלם בתוך שנתיים.",
        ),
        (
            "פסטיבל הג'אז באילת יתקיים כמתוכנן",
            "המארגנים הודיעו כי כל ההופעות יתקיימו, וכי נוספה במה חדשה על חוף הים.",
        ),
    ],
    "hi": [
        (
            "घने कोहरे से दिल्ली में दर्जनों उड़ानें देर से",
            "सुबह दृश्यता पचास मीटर से भी कम रही, जिसके कारण कई उड़ानों को जयपुर और लखनऊ की ओर मोड़ना पड़ा।",
        ),
        (
            "भारत ने रोमांचक मुकाबले में ऑस्ट्रेलिया को हराया",
            "आखिरी ओवर में छक्का लगाकर बल्लेबाज़ ने टीम को जीत दिलाई और शृंखला में एक-एक की बराबरी कर ली।",
        ),
        (
            "प्याज़ के दाम फिर बढ़े, ग्राहक परेशान",
            "मंडियों में आवक कम होने से खुदरा बाज़ार में प्याज़ साठ रुपये किलो तक पहुँच गया है।",
        ),
        (
            "जयपुर साहित्य उत्सव की तारीखें घोषित",
            "इस बार उत्सव में दो सौ से अधिक लेखक भाग लेंगे और कई सत्र स्थानीय भाषाओं में होंगे।",
        ),
        (
            "मेट्रो की नई लाइन पर ट्रायल रन शुरू",
            "अधिकारियों के अनुसार यात्री सेवा अगले साल मार्च तक शुरू हो सकती है, जिससे हवाई अड्डे तक सफ़र आसान होगा।",
        ),
        (
            "पुलिस ने नकली नोट छापने वाले गिरोह को पकड़ा",
            "छापे में छपाई की मशीन और लाखों रुपये के नकली नोट बरामद किए गए, चार आरोपी गिरफ़्तार हुए।",
        ),
        (
            "सरकारी स्कूलों में मुफ़्त नाश्ता योजना का विस्तार",
            "अब यह योजना राज्य के सभी ज़िलों में लागू होगी और इससे लगभग बीस लाख बच्चों को लाभ मिलेगा।",
        ),
        (
            "दिवाली के बाद हवा की गुणवत्ता में सुधार",
            "तेज़ हवाओं के कारण प्रदूषण का स्तर घटा है, लेकिन विशेषज्ञ अभी भी सावधानी बरतने की सलाह दे रहे हैं।",
        ),
    ],
    "vi": [
        (
            "Mưa lớn gây ngập nhiều tuyến phố ở Huế",
            "Nước sông Hương dâng cao khiến hàng trăm hộ dân ở vùng trũng phải di dời đồ đạc lên chỗ cao trong đêm qua.",
        ),
        (
            "Đội tuyển Việt Nam thắng Thái Lan ở phút bù giờ",
            "Bàn thắng đánh đầu sau quả phạt góc giúp đội nhà giành ba điểm quý giá trên sân Mỹ Đình chật kín khán giả.",
        ),
        (
            "Giá thịt lợn tăng mạnh trước Tết",
            "Các tiểu thương cho biết nguồn cung giảm do dịch bệnh, giá bán lẻ đã tăng khoảng mười lăm phần trăm trong tháng.",
        ),
        (
            "Bảo tàng Mỹ thuật trưng bày tranh sơn mài cổ",
            "Triển lãm giới thiệu hơn tám mươi tác phẩm từ đầu thế kỷ trước, mở cửa miễn phí vào các ngày cuối tuần.",
        ),
        (
            "Tuyến metro số 1 điều chỉnh giờ chạy dịp lễ",
            "Tàu sẽ chạy đến nửa đêm trong ba ngày nghỉ, với tần suất mười phút một chuyến vào giờ cao điểm.",
        ),
        (
            "Công an triệt phá đường dây lừa đảo qua mạng",
            "Các đối tượng giả danh nhân viên ngân hàng để chiếm đoạt tiền của hàng trăm người ở nhiều tỉnh thành.",
        ),
        (
            "Hà Nội trồng thêm hai nghìn cây xanh ven hồ",
            "Dự án nhằm tạo bóng mát và cải thiện cảnh quan, dự kiến hoàn thành trước mùa hè năm sau.",
        ),
        (
            "Lễ hội hoa Đà Lạt thu hút du khách kỷ lục",
            "Các khách sạn trong thành phố gần như kín phòng, nhiều du khách phải tìm chỗ nghỉ ở các huyện lân cận.",
        ),
    ],
    "id": [
        (
            "Banjir rob genangi kawasan pesisir Semarang",
            "Air laut pasang setinggi setengah meter masuk ke permukiman warga dan membuat jalur pantura tersendat sejak pagi.",
        ),
        (
            "Persib kalahkan Persija dalam laga sengit",
            "Gol tunggal di menit akhir memastikan tiga poin bagi tuan rumah di hadapan puluhan ribu pendukung di Bandung.",
        ),
        (
            "Harga cabai rawit melonjak di pasar tradisional",
            "Pedagang menyebut pasokan dari sentra produksi berkurang akibat hujan deras yang merusak tanaman petani.",
        ),
        (
            "Museum Nasional gelar pameran keris pusaka",
            "Lebih dari seratus keris dari berbagai daerah dipamerkan, lengkap dengan penjelasan tentang pembuatnya.",
        ),
        (
            "KRL Commuter Line tambah perjalanan malam",
            "Mulai bulan depan, kereta terakhir dari Jakarta Kota berangkat pukul setengah dua belas malam setiap hari.",
        ),
        (
            "Polisi bongkar sindikat pencurian sepeda motor",
            "Sebanyak empat puluh motor curian ditemukan di sebuah gudang, dan lima tersangka telah ditahan penyidik.",
        ),
        (
            "Pemkot sediakan bus sekolah gratis di Surabaya",
            "Program ini menjangkau dua puluh rute dan diharapkan mengurangi kemacetan di sekitar sekolah pada pagi hari.",
        ),
        (
            "Konser musik akhir tahun di Yogyakarta terjual habis",
            "Panitia menambah layar besar di luar stadion agar penonton tanpa tiket tetap bisa menyaksikan pertunjukan.",
        ),
    ],
    "ja": [
        (
            "大雪で北陸新幹線が終日運転見合わせ",
            "金沢と富山の間で線路に雪が積もり、除雪作業が続いている。JRは明日の始発から再開したいとしている。",
        ),
        (
            "高校サッカー、地元校が初の準決勝進出",
            "後半終了間際のゴールで競り勝ち、スタンドの応援団は抱き合って喜んだ。次戦は国立競技場で行われる。",
        ),
        (
            "卵の価格が再び上昇、一パック三百円超え",
            "鳥インフルエンザの影響で供給が減り、スーパーでは購入数を制限する動きも出始めている。",
        ),
        (
            "県立美術館で浮世絵の特別展が開幕",
            "江戸時代の名品およそ二百点を展示し、会期中は一部の作品を入れ替えながら三月まで開かれる。",
        ),
        (
            "市営バス、来春から運賃を五十円値上げ",
            "燃料費と人件費の高騰が理由で、市は高齢者向けの割引制度は維持すると説明している。",
        ),
        (
            "空き巣被害が相次ぐ、警察が注意呼びかけ",
            "年末の帰省で留守になる住宅を狙った被害が増えており、警察は窓の施錠を徹底するよう求めている。",
        ),
        (
            "商店街に新しい図書スペースが誕生",
            "空き店舗を改装した施設で、子ども向けの絵本を中心に三千冊をそろえ、週末には読み聞かせも行う。",
        ),
        (
            "年末の花火大会、今年は二万発を予定",
            "主催者によると、河川敷の観覧席は事前予約制となり、有料席は今週末から販売が始まる。",
        ),
    ],
}
