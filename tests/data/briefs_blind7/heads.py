"""Unrelated headline items (headline, teaser) per language; one border/migration near-miss each."""

from __future__ import annotations

Item = tuple[str, str]

# fmt: off
HEADS_A: dict[str, list[Item]] = {
    "en": [
        ('Storm Ingrid brings 90mph gusts and ferry cancellations to the west coast', 'Forecasters issued an amber warning for coastal districts as ferries between the islands were cancelled for a second day running.'),
        ('United sign teenage winger from Norwegian champions on five-year deal', 'The 18-year-old, who scored eleven goals in his first full season, is expected to join the squad for the summer tour of Asia.'),
        ('Petrol prices fall for fourth week as crude slides below $70', "Drivers are paying on average four pence a litre less than a month ago, according to the motoring organisation's weekly survey."),
        ('Border checks cause eight-hour lorry queues at the port', 'Hauliers said new customs software crashed twice on Monday morning, leaving drivers stranded on the motorway without food or water.'),
        ('Museum returns bronze heads after decades-long campaign', "Twelve cast bronze heads taken during a colonial expedition will be handed back at a ceremony next month, the museum's trustees announced."),
        ('Man charged after van crashes into bakery shopfront', 'A 41-year-old man has been charged with dangerous driving after a van mounted the pavement and hit the front of a bakery on the high street.'),
        ('Rail strike called off after last-minute pay offer', 'The union said members would vote on a two-year deal worth 9 per cent, ending a dispute that has disrupted services since January.'),
        ('Scientists find 400-year-old shipwreck almost intact in the Baltic', 'Divers mapping the seabed came across the merchant ship at a depth of 80 metres, its masts and cargo hold still largely preserved.'),
        ('Supermarket recalls peanut butter over possible glass fragments', 'Customers are asked not to eat jars with the best-before date of October and to return them to any store for a full refund.'),
        ('City marathon draws record 38,000 runners despite the heat', 'Organisers added six extra water stations along the route after temperatures were forecast to reach 27C by mid-morning.'),
    ],
    "de": [
        ('Unwetter: Keller vollgelaufen, Bahnstrecke gesperrt', 'Nach heftigen Gewittern mussten die Feuerwehren im Landkreis mehr als 200 Mal ausrücken, die Strecke nach Kassel bleibt bis Dienstag dicht.'),
        ('Derby-Sieg in letzter Minute: Aufsteiger feiert ersten Heimsieg', 'Ein Kopfball in der Nachspielzeit entschied das Spiel vor 42.000 Zuschauern, der Trainer sprach von einem Abend, den niemand vergisst.'),
        ('Grenzkontrollen zu Polen: Pendler stehen eine Stunde im Stau', 'Seit die Bundespolizei an allen Übergängen kontrolliert, brauchen Berufspendler aus Słubice deutlich länger zur Arbeit nach Frankfurt (Oder).'),
        ('Strompreise: Stadtwerke senken Grundtarif um acht Prozent', 'Kunden in der Grundversorgung zahlen ab dem kommenden Monat weniger, bei einem Durchschnittshaushalt sind das rund 90 Euro im Jahr.'),
        ('Museumsnacht lockt 30.000 Besucher in die Innenstadt', 'Mehr als sechzig Häuser hatten bis zwei Uhr morgens geöffnet, besonders lang waren die Schlangen vor dem neuen Naturkundemuseum.'),
        ('Einbruchsserie in Gartenlauben: Polizei sucht Zeugen', 'Unbekannte haben in den vergangenen zwei Wochen mehr als zwanzig Lauben in der Kleingartenanlage am Fluss aufgebrochen und Werkzeug gestohlen.'),
    ],
    "fr": [
        ('Canicule : vigilance orange dans douze départements', "Météo-France prévoit jusqu'à 39 degrés dans la vallée du Rhône ce week-end, les préfectures appellent à limiter les efforts physiques."),
        ("Ligue 1 : Lens s'impose à Marseille et remonte sur le podium", "Les Sang et Or ont fait la différence en seconde période grâce à un doublé de leur attaquant, entré à l'heure de jeu."),
        ('Calais : un nouveau naufrage dans la Manche fait trois morts', 'Une embarcation transportant une soixantaine de personnes a chaviré au large de Wimereux dans la nuit, selon la préfecture maritime.'),
        ('Le prix de la baguette dépasse un euro trente en moyenne', "Selon une étude publiée mardi, la hausse des coûts de l'énergie et de la farine continue de peser sur les boulangeries artisanales."),
        ("Festival d'Avignon : la programmation dévoilée", "Quarante spectacles sont annoncés dans le In, dont une création de six heures présentée dans la Cour d'honneur du palais des Papes."),
        ('Grève à la SNCF : un TGV sur deux ce jeudi', "La direction prévoit un trafic très perturbé sur l'axe Paris-Lyon et recommande aux voyageurs de reporter leurs déplacements."),
    ],
    "es": [
        ('La AEMET avisa de tormentas y granizo en el interior peninsular', 'Los avisos naranjas afectan a Madrid, Castilla-La Mancha y Aragón, con rachas de viento de hasta 80 kilómetros por hora.'),
        ('El Betis remonta y se mete en la final de la Copa', 'Dos goles en los últimos diez minutos dieron la vuelta a una eliminatoria que parecía perdida tras el partido de ida.'),
        ('Interior refuerza la vigilancia en la valla de Ceuta', 'Un centenar de agentes más se desplazarán a la ciudad autónoma durante el verano, según fuentes de la Delegación del Gobierno.'),
        ('El precio del aceite de oliva baja por primera vez en dos años', 'La buena cosecha en Jaén y Córdoba ha hecho caer el precio en origen un 30 por ciento desde enero, aunque el consumidor aún no lo nota.'),
        ('Detenido un hombre por estafar a ancianos con falsas revisiones del gas', 'La Policía Nacional le atribuye al menos veinte estafas en Valencia, donde se presentaba en los domicilios con un uniforme falso.'),
        ('El Prado expone por primera vez los bocetos de Goya para tapices', 'La muestra reúne 43 obras procedentes de colecciones privadas y podrá visitarse hasta finales de septiembre.'),
    ],
    "it": [
        ('Maltempo, allerta rossa in Liguria: scuole chiuse a Genova', 'La protezione civile ha disposto la chiusura di scuole e parchi per le forti piogge previste fino a domani sera.'),
        ('Serie A, la Roma batte il Napoli e aggancia il quarto posto', "Decide un rigore nel secondo tempo, il Napoli chiude in dieci per l'espulsione del difensore centrale."),
        ('Lampedusa, oltre mille sbarchi in 24 ore: hotspot al limite', 'Nella notte sono arrivati 23 barchini partiti dalla Tunisia, la prefettura ha disposto trasferimenti verso Porto Empedocle.'),
        ('Bollette, da luglio il gas costa il 6% in meno', "Lo ha comunicato l'autorità per l'energia, che ha aggiornato le tariffe per i clienti vulnerabili ancora nel servizio di tutela."),
        ('Furto al museo, spariti due dipinti del Seicento', "I ladri sono entrati da un lucernario durante la notte, disattivando l'allarme: indagano i carabinieri del nucleo tutela patrimonio."),
        ('Treni, lavori sulla linea Milano-Venezia per tutto agosto', 'Previsti autobus sostitutivi tra Brescia e Verona e tempi di percorrenza più lunghi fino a quaranta minuti.'),
    ],
    "pt": [
        ('IPMA coloca sete distritos sob aviso amarelo por causa do calor', 'As temperaturas máximas podem chegar aos 40 graus no Alentejo, e o risco de incêndio é muito elevado em grande parte do interior.'),
        ('Benfica vence em Braga e isola-se na liderança', 'Um golo de cabeça a dez minutos do fim deu aos encarnados uma vantagem de três pontos sobre o FC Porto.'),
        ('Fronteira com Espanha volta a ter controlos durante a cimeira', 'O Governo repõe temporariamente os controlos nas fronteiras terrestres durante uma semana, por razões de segurança.'),
        ('Preço das casas sobe 12% em Lisboa no último ano', 'O valor mediano por metro quadrado ultrapassou os quatro mil euros, segundo os dados divulgados pelo INE esta quinta-feira.'),
        ('Greve dos professores adia exames nacionais', 'O Ministério da Educação marcou novas datas para as provas de Português e Matemática, que passam para a semana seguinte.'),
        ('Festival de jazz do Porto anuncia cartaz com vinte concertos', 'A edição deste ano decorre em três palcos ao ar livre, com entrada gratuita nos concertos de fim de tarde.'),
    ],
    "nl": [
        ('Code oranje door zware windstoten aan de kust', 'Het KNMI verwacht windstoten tot 110 kilometer per uur, Rijkswaterstaat sluit mogelijk de Afsluitdijk voor vrachtverkeer.'),
        ('Ajax wint ruim van PSV en is weer koploper', 'De Amsterdammers kwamen al na tien minuten op voorsprong en liepen na rust uit naar een 4-1 zege in een uitverkochte arena.'),
        ('Marechaussee vindt twintig migranten in vrachtwagen bij Venlo', 'De chauffeur is aangehouden op verdenking van mensensmokkel, de mannen werden overgebracht naar het aanmeldcentrum.'),
        ('Boodschappen worden opnieuw duurder, vooral zuivel', 'Volgens het CBS stegen de prijzen van kaas en melk de afgelopen maand met bijna vier procent, sneller dan de gemiddelde inflatie.'),
        ('Rijksmuseum koopt zeldzaam zelfportret van Judith Leyster', 'Het schilderij was ruim een eeuw in particulier bezit en is vanaf volgende week te zien in de eregalerij.'),
        ('Werkzaamheden: geen treinen tussen Utrecht en Amersfoort', 'Reizigers moeten het hele weekend rekening houden met bussen, die een half uur langer over de rit doen.'),
    ],
    "pl": [
        ('IMGW ostrzega przed burzami z gradem na południu kraju', 'Ostrzeżenia drugiego stopnia obowiązują w województwach małopolskim i śląskim, możliwe są porywy wiatru do 90 km/h.'),
        ('Legia wygrywa w Poznaniu i awansuje na drugie miejsce', 'Zwycięskiego gola zdobył rezerwowy napastnik w 88. minucie, a kibice gospodarzy opuszczali stadion w ciszy.'),
        ('Straż Graniczna zatrzymała przemytników papierosów na granicy z Ukrainą', 'W naczepie ciężarówki ukryto ponad 200 tysięcy paczek, kierowca usłyszał zarzuty i trafił do aresztu.'),
        ('Ceny prądu dla gospodarstw domowych zamrożone do końca roku', 'Rząd przyjął projekt ustawy, który utrzymuje dotychczasowe stawki, koszt dla budżetu oszacowano na kilka miliardów złotych.'),
        ('Kraków: nowa linia tramwajowa do Mistrzejowic otwarta', 'Pierwsze składy wyjechały na trasę w sobotę rano, a przez pierwszy tydzień przejazdy nową linią są bezpłatne.'),
        ('Zmarł znany aktor teatralny, miał 86 lat', 'Przez ponad pół wieku występował na deskach Teatru Starego, zagrał też w kilkudziesięciu filmach i serialach.'),
    ],
    "sv": [
        ('SMHI varnar för skyfall i Stockholmsområdet', 'Upp till 60 millimeter regn kan falla på några timmar under torsdagen, och det finns risk för översvämmade källare och vägar.'),
        ('Malmö FF klart för gruppspel efter straffdrama', 'Målvakten räddade två straffar när Malmö slog ut det polska laget inför en fullsatt arena på onsdagskvällen.'),
        ('Tullen beslagtog 50 kilo kokain i Göteborgs hamn', 'Narkotikan hittades i en container med bananer från Sydamerika, och två män har anhållits misstänkta för grov smuggling.'),
        ('Elpriset rusar i södra Sverige efter kärnkraftsstopp', 'Ett av reaktorerna i Ringhals stängdes oväntat ned under helgen, vilket fick priset att stiga till över två kronor per kilowattimme.'),
        ('Ny bro över Göta älv invigs i maj', 'Bygget har dragit över tidsplanen med två år, men nu meddelar kommunen att bron öppnar för trafik den 15 maj.'),
        ('Kulturhuset firar 50 år med gratis konserter', 'Under hela helgen bjuds på konserter, utställningar och barnteater på alla sju våningar.'),
    ],
    "no": [
        ('Farevarsel: Kraftig snøfall på Østlandet', 'Meteorologene venter opptil 40 centimeter nysnø i løpet av natten, og flere fjelloverganger kan bli stengt.'),
        ('Bodø/Glimt slo ut italienske motstandere', 'Med seier 3-1 på Aspmyra er bodøværingene klare for kvartfinale i europacupen for andre gang på tre år.'),
        ('Politiet skjerper kontrollen ved grensen til Sverige', 'Flere kontrollposter er opprettet ved Svinesund etter en økning i smugling av narkotika og våpen.'),
        ('Strømprisen faller etter mye regn', 'Fyllingsgraden i vannmagasinene er høyere enn normalt, og prisen i Sør-Norge er halvert på en uke.'),
        ('Mann pågrepet etter knivstikking i Bergen sentrum', 'En mann i 20-årene ble fraktet til sykehus med alvorlige skader, politiet har pågrepet en mistenkt.'),
        ('Munchmuseet viser ukjente tegninger', 'Tegningene ble funnet i et privat arkiv og vises for første gang for publikum fra neste uke.'),
    ],
    "da": [
        ('DMI: Skybrud kan ramme Sjælland i aften', 'Der kan falde op til 50 millimeter regn på kort tid, og kommunerne opfordrer borgerne til at sikre kældre.'),
        ('FC København vender kampen og vinder derbyet', 'To mål i anden halvleg sikrede sejren over Brøndby foran et udsolgt Parken.'),
        ('Grænsekontrollen ved Padborg forlænges i seks måneder', 'Regeringen har meddelt EU, at kontrollen fortsætter, hvilket igen vækker kritik fra transportbranchen.'),
        ('Fødevarepriserne steg mindre end ventet i sidste måned', 'Ifølge Danmarks Statistik var stigningen den laveste i to år, især frugt og grønt blev billigere.'),
        ('Ny metrolinje åbner til Nordhavn', 'De to nye stationer åbner i oktober og forbinder bydelen med resten af metronettet.'),
        ('Kendt maleri af Hammershøi solgt for rekordbeløb', 'Billedet blev solgt på en auktion i London og gik til en privat samler for over 40 millioner kroner.'),
    ],
    "fi": [
        ('Ilmatieteen laitos varoittaa myrskystä Pohjanmaalla', 'Tuulen puuskat voivat nousta yli 25 metriin sekunnissa, ja sähkökatkoja on odotettavissa etenkin maaseudulla.'),
        ('HJK voitti mestaruuden ratkaisuottelussa', 'Helsinkiläiset ratkaisivat ottelun toisella puoliajalla ja juhlivat mestaruutta kotiyleisön edessä.'),
        ('Itärajan rajanylityspaikat pysyvät suljettuina', 'Valtioneuvosto päätti jatkaa sulkua toistaiseksi, ja Rajavartiolaitos lisää valvontaa rajalla.'),
        ('Sähkön hinta nousi pakkasten myötä', 'Pörssisähkön hinta kävi aamulla yli 50 sentissä kilowattitunnilta, kun kulutus nousi ennätyslukemiin.'),
        ('Raitiotien rakentaminen Tampereella viivästyy', 'Kaupunki kertoi, että uuden osuuden avaaminen siirtyy puolella vuodella urakoitsijan ongelmien vuoksi.'),
        ('Ateneum avaa suuren Schjerfbeck-näyttelyn', 'Näyttelyssä on esillä yli 200 teosta, joista osa on lainattu yksityiskokoelmista ensimmäistä kertaa.'),
    ],
}
# fmt: on
