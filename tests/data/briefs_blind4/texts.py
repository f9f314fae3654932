"""Hand-written fictional briefs and unrelated headline items for the blind4 corpus."""

# Each brief: lang, slug, title, paras, and optionally one structure: (kind, data).
BRIEFS: list[dict] = [
    {
        "lang": "en",
        "slug": "visa-fees",
        "title": "Harbourton raises seasonal visa fees for farm workers",
        "paras": [
            "The regional government of Harbourton will raise the fee for seasonal agricultural visas "
            "from 180 to 260 crowns from March, the interior ministry said on Tuesday.",
            "Farm associations warned that the increase would push growers to hire fewer pickers "
            "during the apple harvest, when about 4,000 foreign workers arrive each autumn.",
            "The ministry said the extra income would pay for faster processing at the two consular "
            "offices that handle most applications.",
        ],
        "struct": (
            "list",
            {
                "lead": "The new rules also change three other things:",
                "items": [
                    "Applications open eight weeks earlier than before.",
                    "Employers must cover the cost of the medical check.",
                    "Workers may switch farms once per season without a new visa.",
                ],
            },
        ),
    },
    {
        "lang": "de",
        "slug": "abschiebung",
        "title": "Landkreis Weißenau stoppt Abschiebungen im Winter",
        "paras": [
            "Der Landkreis Weißenau setzt Abschiebungen von Familien mit kleinen Kindern bis Ende "
            "Februar aus. Das beschloss der Kreistag am Montagabend mit knapper Mehrheit.",
            "Betroffen sind nach Angaben der Ausländerbehörde derzeit 37 Personen. Die Opposition "
            "kritisierte den Beschluss als Symbolpolitik, die Kirchen begrüßten ihn.",
        ],
        "struct": (
            "quote",
            {
                "text": "Niemand soll bei minus zehn Grad mit einem Säugling in ein Flugzeug gesetzt werden.",
                "credit": "Landrätin Mareike Sondermann",
            },
        ),
    },
    {
        "lang": "fr",
        "slug": "asile-delais",
        "title": "Asile : la préfecture de Valmont promet des délais plus courts",
        "paras": [
            "La préfecture de Valmont annonce qu'elle traitera les demandes d'asile en quatre mois "
            "au lieu de onze, grâce au recrutement de quinze agents supplémentaires.",
            "Les associations d'aide aux exilés saluent l'objectif mais doutent qu'il soit tenu, "
            "faute de places d'hébergement suffisantes dans le département.",
        ],
        "struct": (
            "factbox",
            {
                "head": "En chiffres",
                "items": [
                    "2 140 demandes déposées en 2025",
                    "11 mois de délai moyen aujourd'hui",
                    "15 agents recrutés d'ici juin",
                ],
            },
        ),
    },
    {
        "lang": "es",
        "slug": "regularizacion",
        "title": "El Ayuntamiento de Villaclara abre una oficina para la regularización",
        "paras": [
            "El Ayuntamiento de Villaclara abrirá el lunes una oficina para ayudar a los migrantes "
            "en situación irregular a preparar su solicitud de arraigo social.",
            "La oficina atenderá con cita previa de lunes a jueves y contará con cuatro abogados "
            "y dos traductores de árabe y wolof.",
            "Según el concejal de Servicios Sociales, unas 1.200 personas podrían beneficiarse en el "
            "primer año.",
        ],
        "struct": None,
    },
    {
        "lang": "it",
        "slug": "sbarchi",
        "title": "Porto Sereno, nuovo centro di prima accoglienza entro l'estate",
        "paras": [
            "Il comune di Porto Sereno avrà entro luglio un centro di prima accoglienza da 120 posti, "
            "ha annunciato la prefettura dopo un incontro con il sindaco.",
            "La struttura sorgerà nell'ex caserma Doria e sarà gestita da una cooperativa locale. "
            "I residenti del quartiere chiedono più trasporti pubblici e un presidio medico.",
        ],
        "struct": (
            "subheads",
            {
                "sections": [
                    (
                        "Chi gestirà il centro",
                        "La cooperativa Mareblu ha vinto il bando con un progetto che prevede corsi "
                        "di lingua italiana fin dal primo giorno.",
                    ),
                    (
                        "I tempi",
                        "I lavori di ristrutturazione inizieranno a marzo e dureranno circa tre mesi.",
                    ),
                ]
            },
        ),
    },
    {
        "lang": "pt",
        "slug": "vistos-trabalho",
        "title": "Governo de Alvorada simplifica vistos de trabalho para enfermeiros",
        "paras": [
            "O governo de Alvorada vai reduzir de seis para dois o número de documentos exigidos "
            "aos enfermeiros estrangeiros que pedem visto de trabalho.",
            "A medida responde à falta de cerca de 900 profissionais nos hospitais públicos do "
            "interior, segundo o sindicato do setor.",
            "Os primeiros pedidos pelo novo processo poderão ser feitos a partir de maio, "
            "nos consulados e através de uma plataforma online.",
        ],
        "struct": (
            "table",
            {
                "caption": "Pedidos de visto por ano",
                "rows": [
                    ["Ano", "Pedidos", "Aprovados"],
                    ["2023", "412", "298"],
                    ["2024", "655", "503"],
                ],
            },
        ),
    },
    {
        "lang": "nl",
        "slug": "statushouders",
        "title": "Gemeente Dijkhaven vindt woningen voor 60 statushouders",
        "paras": [
            "De gemeente Dijkhaven heeft dit jaar woningen gevonden voor zestig statushouders, tien "
            "meer dan het rijk had gevraagd.",
            "Wethouder Anouk Verbeek zegt dat vooral de ombouw van een leeg kantoorpand aan de Kade "
            "heeft geholpen. Daar wonen nu veertig mensen.",
        ],
        "struct": (
            "qa",
            {
                "pairs": [
                    (
                        "Wat is een statushouder?",
                        "Iemand die asiel heeft gekregen en een verblijfsvergunning heeft.",
                    ),
                    (
                        "Moet elke gemeente mensen huisvesten?",
                        "Ja, het rijk stelt elk halfjaar een aantal vast per gemeente.",
                    ),
                ]
            },
        ),
    },
    {
        "lang": "pl",
        "slug": "granica",
        "title": "Straż Graniczna w Zalesiu dostanie nowe kamery termowizyjne",
        "paras": [
            "Placówka Straży Granicznej w Zalesiu otrzyma w kwietniu dwanaście nowych kamer "
            "termowizyjnych, poinformował rzecznik komendy oddziału.",
            "Kamery mają pomóc w odnajdywaniu osób, które zgubiły się w lesie po przekroczeniu "
            "granicy. Organizacje pomocowe apelują, by sprzęt służył przede wszystkim ratowaniu życia.",
            "Zakup sfinansowano z funduszy unijnych. Koszt jednej kamery to około 90 tysięcy złotych.",
        ],
        "struct": (
            "update",
            {
                "text": "Aktualizacja, 14:20: Rzecznik doprecyzował, że kamery trafią także do placówki w Borkach."
            },
        ),
    },
    {
        "lang": "sv",
        "slug": "medborgarskap",
        "title": "Nytt språkprov för medborgarskap skjuts upp ett år",
        "paras": [
            "Det nya språk- och samhällskunskapsprovet för svenskt medborgarskap skjuts upp till "
            "sommaren nästa år, meddelar Migrationsverket i Norrvik.",
            "Myndigheten uppger att provfrågorna behöver testas på fler grupper innan de används.",
            "Omkring 18 000 personer hade planerat att skriva provet under hösten.",
        ],
        "struct": (
            "correction",
            {
                "text": "Rättelse: I en tidigare version angavs fel antal sökande. Det rätta är 18 000."
            },
        ),
    },
    {
        "lang": "cs",
        "slug": "pracovni-viza",
        "title": "Ministerstvo v Lipové zrychlí vydávání pracovních víz",
        "paras": [
            "Ministerstvo vnitra v Lipové chce zkrátit vyřízení zaměstnaneckých karet na třicet dní. "
            "Firmy si dlouhodobě stěžují na čekání delší než čtvrt roku.",
            "Nový systém má fungovat od září. Žádosti bude možné podat elektronicky a úřad bude "
            "průběžně informovat o stavu řízení.",
        ],
        "struct": (
            "ol",
            {
                "lead": "Žadatel bude postupovat ve třech krocích:",
                "items": [
                    "Zaměstnavatel nahlásí volné místo úřadu práce.",
                    "Cizinec podá žádost na zastupitelském úřadu.",
                    "Po schválení si kartu vyzvedne do dvou týdnů.",
                ],
            },
        ),
    },
    {
        "lang": "tr",
        "slug": "oturma-izni",
        "title": "Yeşilköy valiliği oturma izni randevularını artırıyor",
        "paras": [
            "Yeşilköy valiliği, yabancıların oturma izni başvuruları için günlük randevu sayısını "
            "150'den 400'e çıkaracağını açıkladı.",
            "Valilik, yoğunluğun özellikle öğrenci başvurularında yaşandığını ve yeni ofisin "
            "hafta sonu da açık olacağını bildirdi.",
            "Başvuru sahiplerinin randevu saatinden on beş dakika önce evraklarıyla birlikte "
            "ofiste hazır bulunması gerekiyor.",
        ],
        "struct": (
            "caption",
            {
                "text": "Yeşilköy İl Göç İdaresi önünde sabah saatlerinde sıra bekleyen başvuru sahipleri."
            },
        ),
    },
    {
        "lang": "uk",
        "slug": "bizhentsi",
        "title": "У Зеленогірську відкрили центр для внутрішньо переміщених осіб",
        "paras": [
            "У Зеленогірську відкрили новий центр підтримки для внутрішньо переміщених осіб. "
            "Тут можна отримати юридичну консультацію та допомогу з працевлаштуванням.",
            "За даними міськради, у громаді зареєстровано понад шість тисяч переселенців. "
            "Центр працюватиме щодня, крім неділі, з дев’ятої до сімнадцятої.",
            "Першого ж дня по допомогу звернулися майже сто людей, переважно з питань житла.",
        ],
        "struct": (
            "quote",
            {
                "text": "Ми хочемо, щоб люди не ходили по десяти кабінетах, а отримали все в одному місці.",
                "credit": "Оксана Мельничук, заступниця міського голови",
            },
        ),
    },
    {
        "lang": "en",
        "slug": "bridge",
        "title": "Old swing bridge in Marrow Bay to close for repairs",
        "paras": [
            "The Victorian swing bridge in Marrow Bay will close to traffic for nine weeks from "
            "1 April while engineers replace its corroded gears, the county council said.",
            "Buses will be diverted over the ring road, adding about twelve minutes to journeys "
            "into the town centre. Pedestrians can still use a temporary footway.",
            "Shop owners on Quay Street asked the council to delay the work until after the "
            "Easter holidays, but engineers said the gears could not wait.",
        ],
        "struct": None,
    },
    {
        "lang": "de",
        "slug": "fachkraefte",
        "title": "Pflegeschule in Rothbach bildet Fachkräfte aus Übersee aus",
        "paras": [
            "Die Pflegeschule in Rothbach nimmt im Herbst erstmals 24 Auszubildende aus den "
            "Philippinen und aus Kolumbien auf. Die Stadt stellt dafür Wohnungen bereit.",
            "Die Schulleitung hofft, dass ein Großteil nach der Ausbildung in der Region bleibt.",
            "Die Kosten für den Sprachkurs tragen die drei Kliniken des Kreises gemeinsam.",
        ],
        "struct": (
            "factbox",
            {
                "head": "Das Programm",
                "items": [
                    "Dauer: drei Jahre",
                    "Sprachkurs vorab: sechs Monate",
                    "Visum: Aufenthalt zur Berufsausbildung",
                ],
            },
        ),
    },
    {
        "lang": "fr",
        "slug": "festival",
        "title": "Le festival de jazz de Saint-Armel annule sa soirée d'ouverture",
        "paras": [
            "Le festival de jazz de Saint-Armel a annoncé l'annulation de sa soirée d'ouverture "
            "prévue vendredi, en raison des fortes pluies attendues sur la côte.",
            "Les billets seront remboursés automatiquement. Les autres concerts sont maintenus "
            "sous le chapiteau du parc municipal.",
            "Les organisateurs espèrent reprogrammer le concert d'ouverture à la fin du mois, "
            "si le groupe invité est disponible.",
        ],
        "struct": None,
    },
    {
        "lang": "es",
        "slug": "refugiados",
        "title": "Llegan a Puerto Alba 85 refugiados reasentados desde Kenia",
        "paras": [
            "Un total de 85 refugiados reasentados desde campamentos de Kenia llegaron el miércoles "
            "al aeropuerto de Puerto Alba dentro del programa nacional de reasentamiento.",
            "Las familias pasarán sus primeras semanas en un centro de acogida antes de trasladarse "
            "a pisos gestionados por ONG en cinco provincias.",
            "El Gobierno prevé recibir a otros 300 refugiados antes de que termine el año.",
        ],
        "struct": (
            "quote",
            {
                "text": "Es la primera vez en años que duermo sin miedo.",
                "credit": "Amina, madre de tres hijos",
            },
        ),
    },
    {
        "lang": "da",
        "slug": "familiesammenfoering",
        "title": "Kommune i Nørreby vil hjælpe flere med familiesammenføring",
        "paras": [
            "Nørreby Kommune ansætter to rådgivere, der skal hjælpe flygtninge med at søge om "
            "familiesammenføring. Ordningen begynder til februar og gælder i første omgang i to år.",
            "Ifølge kommunen venter omkring 140 borgere på at få ægtefæller eller børn til landet. "
            "Mange giver op, fordi ansøgningerne er lange og kræver dokumenter fra hjemlandet.",
            "Rådgiverne skal også hjælpe med oversættelse og kontakt til ambassaderne.",
        ],
        "struct": None,
    },
    {
        "lang": "fi",
        "slug": "tyoperaisen",
        "title": "Järvelän kaupunki houkuttelee ulkomaisia rakennusalan työntekijöitä",
        "paras": [
            "Järvelän kaupunki aloittaa keväällä hankkeen, jolla se haluaa houkutella ulkomaisia "
            "rakennusalan työntekijöitä alueen yrityksiin.",
            "Hankkeessa työntekijät saavat suomen kielen opetusta ja apua asunnon etsimiseen. "
            "Kaupungin mukaan alalla on tällä hetkellä noin 300 avointa työpaikkaa.",
            "Ensimmäiset työntekijät saapuvat Virosta ja Portugalista toukokuussa.",
            "Hankkeen kustannukset jaetaan kaupungin ja yritysten kesken.",
        ],
        "struct": None,
    },
    {
        "lang": "hu",
        "slug": "menedekkerok",
        "title": "Új befogadó állomás nyílik Fehérvölgy határában",
        "paras": [
            "Fehérvölgy határában új befogadó állomás nyílik a menedékkérők számára, jelentette be "
            "csütörtökön a megyei kormányhivatal.",
            "Az épületben kétszáz embert tudnak elhelyezni, és orvosi rendelő is működik majd. "
            "A helyi civil szervezetek önkénteseket keresnek a nyelvoktatáshoz.",
            "A polgármester szerint a lakókat lakossági fórumon tájékoztatják a részletekről.",
        ],
        "struct": None,
    },
    {
        "lang": "ro",
        "slug": "lucratori-straini",
        "title": "Primăria din Valea Lungă deschide un birou pentru lucrătorii străini",
        "paras": [
            "Primăria din Valea Lungă deschide luni un birou de informare pentru lucrătorii străini "
            "angajați în fabricile din zona industrială.",
            "Biroul va oferi sprijin pentru permisele de ședere, contractele de închiriere și "
            "înscrierea copiilor la școală. Angajații vor vorbi engleză, nepaleză și vietnameză.",
            "Potrivit primarului, în oraș lucrează în prezent aproape 1.500 de muncitori străini.",
        ],
        "struct": (
            "update",
            {
                "text": "Actualizare: Programul biroului a fost extins și sâmbăta, între orele 9 și 13."
            },
        ),
    },
]

# Unrelated headline items per language: (headline, full teaser).
HEADLINES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Copper prices slide as smelters restart in the south",
            "Traders expect a glut of refined metal after three large plants came back online over the weekend.",
        ),
        (
            "Keeper saves two penalties as Rovers reach the final",
            "A goalless draw against Eastfield ended with a shoot-out that the home side will remember for years.",
        ),
        (
            "Heatwave warning issued for inland valleys",
            "Temperatures could reach 41 degrees on Thursday, forecasters said, urging residents to avoid midday walks.",
        ),
        (
            "Museum returns bronze masks to their village of origin",
            "The twelve masks had been kept in a basement store since 1931 and were never shown to the public.",
        ),
        (
            "Rail union calls off Friday strike after late offer",
            "Commuters will be spared disruption after managers improved their pay proposal by half a percentage point.",
        ),
        (
            "Startup behind sleep tracking ring cuts a third of staff",
            "The company blamed weaker sales in Asia and said it would focus on its subscription service.",
        ),
        (
            "Review: a quiet, luminous film about two lighthouse keepers",
            "The director's third feature trades spectacle for patience and is all the better for it.",
        ),
        (
            "Police seek witnesses after lorry overturns on the A14",
            "The driver was taken to hospital with minor injuries; the road was closed for six hours.",
        ),
    ],
    "de": [
        (
            "Stadtwerke erhöhen Gaspreise zum Jahreswechsel",
            "Ein durchschnittlicher Haushalt zahlt ab Januar rund 14 Euro mehr im Monat, teilte der Versorger mit.",
        ),
        (
            "Handballerinnen verlieren Spitzenspiel in Leipzig",
            "Nach einer starken ersten Hälfte brach die Abwehr ein, am Ende stand ein deutliches 24:31.",
        ),
        (
            "Unwetter: Feuerwehr zählt mehr als 200 Einsätze",
            "Vollgelaufene Keller und umgestürzte Bäume beschäftigten die Helfer bis in die frühen Morgenstunden.",
        ),
        (
            "Neuer Intendant will das Stadttheater öffnen",
            "Mit Probenbesuchen und günstigen Abendkarten sollen mehr junge Menschen ins Haus kommen.",
        ),
        (
            "Autobauer streicht Nachtschicht im Werk Nord",
            "Betroffen sind rund 600 Beschäftigte, betriebsbedingte Kündigungen soll es aber nicht geben.",
        ),
        (
            "Bäckerei feiert 150-jähriges Bestehen mit Straßenfest",
            "Die Familie betreibt das Geschäft in fünfter Generation und backt noch nach dem alten Rezeptbuch.",
        ),
        (
            "Polizei sucht Zeugen nach Einbruch in Juweliergeschäft",
            "Die Täter erbeuteten Schmuck im Wert von mehreren zehntausend Euro und flüchteten in einem Kleinwagen.",
        ),
        (
            "Forscher entdecken seltene Orchidee im Stadtwald",
            "Die Pflanze galt in der Region seit mehr als vierzig Jahren als verschollen.",
        ),
    ],
    "fr": [
        (
            "Le prix du gazole repart à la hausse",
            "À la pompe, le litre a gagné six centimes en une semaine, selon les relevés publiés lundi.",
        ),
        (
            "Rugby : Brive s'impose au bout du suspense",
            "Les Corréziens ont arraché la victoire à la dernière minute grâce à une pénalité de leur ouvreur.",
        ),
        (
            "Une exposition consacrée aux affiches de cinéma",
            "Plus de trois cents affiches originales sont présentées jusqu'en mars dans l'ancienne halle aux grains.",
        ),
        (
            "Orages : vigilance orange dans six départements",
            "Des rafales de plus de 100 km/h et de fortes averses de grêle sont attendues dans la soirée.",
        ),
        (
            "La boulangerie du centre-ville ferme ses portes",
            "Après quarante ans de service, le couple de boulangers part à la retraite sans repreneur.",
        ),
        (
            "Un nouveau parking relais à l'entrée nord",
            "Les automobilistes pourront y laisser leur voiture gratuitement et prendre le tramway vers le centre.",
        ),
        (
            "Le maire présente son budget pour l'année prochaine",
            "Les investissements porteront surtout sur la rénovation des écoles et des équipements sportifs.",
        ),
        (
            "Cyclisme : le jeune Morel remporte la dernière étape",
            "Échappé à trente kilomètres de l'arrivée, il a résisté au retour du peloton dans la dernière côte.",
        ),
    ],
    "es": [
        (
            "La borrasca deja más de 80 litros en la costa",
            "Los servicios de emergencia atendieron decenas de incidencias por balsas de agua y árboles caídos.",
        ),
        (
            "El equipo local asciende tras golear en la última jornada",
            "Un doblete del delantero centro certificó una temporada que la afición tardará en olvidar.",
        ),
        (
            "Suben un 9 % las ventas de vivienda usada",
            "Los notarios atribuyen el aumento a la bajada de los tipos de interés y a la falta de obra nueva.",
        ),
        (
            "Un restaurante de la sierra logra su primera estrella",
            "La cocina de temporada y los productos del huerto propio convencieron a los inspectores.",
        ),
        (
            "Cortes de tráfico por las obras del tranvía",
            "Las calles del centro histórico estarán cerradas a los coches durante al menos dos semanas.",
        ),
        (
            "La biblioteca municipal amplía su horario en exámenes",
            "Las salas de estudio abrirán hasta las dos de la madrugada a partir del próximo lunes.",
        ),
        (
            "Detenido un hombre por estafar a personas mayores",
            "Se hacía pasar por técnico del gas y cobraba revisiones falsas a domicilio.",
        ),
        (
            "El festival de cine anuncia su cartel de clausura",
            "La película de un joven director gallego cerrará la sección oficial el sábado por la noche.",
        ),
    ],
    "it": [
        (
            "Maltempo, chiuse le scuole in tre comuni della costa",
            "L'allerta rossa resterà in vigore fino a domani sera, ha comunicato la protezione civile.",
        ),
        (
            "Serie B, il derby finisce in parità tra le polemiche",
            "Un rigore negato nel recupero ha acceso la protesta della panchina e dei tifosi ospiti.",
        ),
        (
            "Aumentano i prezzi dei biglietti del treno regionale",
            "Dal primo febbraio l'abbonamento mensile costerà in media otto euro in più.",
        ),
        (
            "Riapre dopo vent'anni il teatro dei Rinnovati",
            "Il restauro ha restituito alla città gli stucchi originali e una platea da trecento posti.",
        ),
        (
            "Sagra del tartufo, attesi cinquantamila visitatori",
            "Quest'anno gli organizzatori puntano su navette gratuite per ridurre il traffico nel borgo.",
        ),
        (
            "Furto in farmacia, preso il responsabile",
            "L'uomo era stato ripreso dalle telecamere mentre forzava la porta sul retro.",
        ),
        (
            "La startup delle bici cargo raccoglie due milioni",
            "I fondi serviranno ad aprire una nuova linea di produzione e ad assumere venti persone.",
        ),
        (
            "Pallavolo, la squadra femminile vola in semifinale",
            "Netta vittoria per tre set a zero davanti al pubblico di casa.",
        ),
    ],
    "pt": [
        (
            "Chuva forte provoca inundações na baixa da cidade",
            "Os bombeiros registaram mais de sessenta ocorrências durante a madrugada.",
        ),
        (
            "Clube da casa vence e sobe ao segundo lugar",
            "Dois golos na segunda parte garantiram a vitória diante de um estádio cheio.",
        ),
        (
            "Preço das casas continua a subir no litoral",
            "O valor médio por metro quadrado aumentou onze por cento no último ano.",
        ),
        (
            "Festival de fado regressa ao castelo em julho",
            "A organização promete doze concertos e entrada gratuita para menores de doze anos.",
        ),
        (
            "Greve dos comboios afeta milhares de passageiros",
            "Apenas um terço das ligações suburbanas deverá circular na sexta-feira.",
        ),
        (
            "Nova ciclovia liga o centro à praia",
            "O percurso tem seis quilómetros e fica pronto antes do verão.",
        ),
        (
            "Pastelaria centenária muda de dono",
            "Os novos proprietários garantem que a receita dos pastéis se mantém igual.",
        ),
        (
            "Incêndio destrói armazém na zona industrial",
            "Não há feridos a registar, mas os prejuízos são elevados.",
        ),
    ],
    "nl": [
        (
            "Storm zorgt voor vertragingen op het spoor",
            "Door omgewaaide bomen reden er urenlang geen treinen tussen de twee grootste steden.",
        ),
        (
            "Voetbalclub haalt Deense middenvelder",
            "De 23-jarige speler tekent een contract voor drie seizoenen en komt over van een Zweedse club.",
        ),
        (
            "Huizenprijzen stijgen opnieuw in het noorden",
            "Vooral kleine appartementen werden het afgelopen kwartaal flink duurder.",
        ),
        (
            "Museum toont verloren gewaande tekeningen",
            "De schetsen doken vorig jaar op bij een veiling in Brussel en zijn nu voor het eerst te zien.",
        ),
        (
            "Nieuwe fietsbrug over het kanaal is open",
            "Fietsers besparen met de brug ruim vijf minuten op weg naar het station.",
        ),
        (
            "Bakker wint prijs voor beste appeltaart",
            "De jury roemde de krokante bodem en de dikke laag kaneel.",
        ),
        (
            "Politie houdt drie verdachten aan na overval",
            "De mannen werden even later in een gestolen auto op de snelweg staande gehouden.",
        ),
        (
            "Ziekenhuis opent nieuwe afdeling voor kinderen",
            "De afdeling heeft twintig bedden en een speelkamer met uitzicht op het park.",
        ),
    ],
    "pl": [
        (
            "Ulewy w regionie, strażacy interweniowali setki razy",
            "Najwięcej zgłoszeń dotyczyło zalanych piwnic i powalonych drzew na drogach powiatowych.",
        ),
        (
            "Siatkarze wygrywają po tie-breaku",
            "Gospodarze odrobili straty z dwóch pierwszych setów i zwyciężyli przed własną publicznością.",
        ),
        (
            "Ceny mieszkań w miastach wojewódzkich znów w górę",
            "Analitycy wskazują na rosnący popyt ze strony młodych kupujących i niską podaż.",
        ),
        (
            "Nowa linia tramwajowa połączy osiedle z dworcem",
            "Budowa ma ruszyć wiosną i potrwać około dwóch lat.",
        ),
        (
            "Zabytkowy młyn zamieni się w centrum kultury",
            "W odnowionym budynku powstaną sale wystawowe, kawiarnia i pracownia ceramiki.",
        ),
        (
            "Policja szuka sprawcy kradzieży rowerów",
            "Z piwnic przy jednej ulicy zniknęło w ciągu tygodnia dziewięć jednośladów.",
        ),
        (
            "Festiwal pierogów przyciągnął tłumy",
            "Przez dwa dni odwiedzający zjedli ponad czterdzieści tysięcy pierogów.",
        ),
        (
            "Szpital dostał nowy tomograf",
            "Urządzenie pozwoli skrócić kolejki do badań nawet o połowę.",
        ),
    ],
    "sv": [
        (
            "Snöovädret orsakade kaos på vägarna",
            "Flera lastbilar körde av vägen och trafiken stod still i timmar på motorvägen norrut.",
        ),
        (
            "Hemmalaget vände och vann derbyt",
            "Två sena mål gav segern inför en fullsatt arena på lördagskvällen.",
        ),
        (
            "Bostadspriserna sjönk för tredje månaden",
            "Mäklarna menar att höga räntor fortfarande håller tillbaka köparna.",
        ),
        (
            "Konsthallen visar unga fotografer",
            "Utställningen samlar tjugo fotografer under trettio och pågår hela våren.",
        ),
        (
            "Nytt bibliotek öppnar i stadsdelen",
            "Biblioteket blir också mötesplats med läxhjälp och språkcafé på kvällarna.",
        ),
        (
            "Polisen utreder brand i förskola",
            "Ingen skadades men byggnaden är svårt skadad och hålls stängd.",
        ),
        (
            "Bageriet som bakar surdegsbröd åt halva stan",
            "Varje morgon lämnar över tusen bröd ugnarna på Storgatan.",
        ),
        (
            "Skidåkaren tog sin första världscupseger",
            "Den tjugoettåriga åkaren vann sprinten med en knapp marginal.",
        ),
    ],
    "cs": [
        (
            "Silné bouřky poškodily střechy v několika obcích",
            "Hasiči vyjížděli během noci k více než stovce událostí.",
        ),
        (
            "Hokejisté otočili zápas ve třetí třetině",
            "Domácí prohrávali o dvě branky, nakonec ale zvítězili po samostatných nájezdech.",
        ),
        (
            "Ceny bytů v krajských městech dál rostou",
            "Nejvíce zdražovaly menší byty v blízkosti center.",
        ),
        (
            "Zámek otevřel nově opravené salony",
            "Návštěvníci uvidí původní nábytek a sbírku hodinových strojů.",
        ),
        (
            "Nová cyklostezka spojí město s přehradou",
            "Stezka měří devět kilometrů a hotová má být do konce léta.",
        ),
        (
            "Policie pátrá po zloději z obchodního centra",
            "Muž odcizil několik mobilních telefonů a utekl k tramvajové zastávce.",
        ),
        (
            "Pivovar slaví dvě stě let výroby",
            "K výročí uvaří speciální ležák podle receptu z devatenáctého století.",
        ),
        (
            "Nemocnice otevřela moderní porodnici",
            "Rodičky mají k dispozici nadstandardní pokoje a nové vybavení.",
        ),
    ],
    "tr": [
        (
            "Sağanak yağış şehirde hayatı olumsuz etkiledi",
            "Bazı caddelerde su birikintileri nedeniyle trafik uzun süre durma noktasına geldi.",
        ),
        (
            "Ev sahibi takım son dakika golüyle kazandı",
            "Uzatma dakikalarında gelen gol taraftarları sevince boğdu.",
        ),
        (
            "Konut fiyatlarında artış sürüyor",
            "Uzmanlar kira artışlarının da önümüzdeki aylarda devam edeceğini öngörüyor.",
        ),
        (
            "Tarihi hamam restorasyonun ardından açıldı",
            "Yapı, özgün kubbesi ve mermer kurnalarıyla yeniden ziyaretçilerini bekliyor.",
        ),
        (
            "Yeni metro hattı için ihale tarihi belli oldu",
            "Hattın on iki istasyondan oluşması ve dört yılda tamamlanması planlanıyor.",
        ),
        (
            "Sahil yolunda zincirleme kaza",
            "Kazada yaralanan üç kişi yakındaki hastaneye kaldırıldı.",
        ),
        (
            "Geleneksel kiraz festivali başladı",
            "Festival kapsamında konserler ve yarışmalar düzenlenecek.",
        ),
        (
            "Genç voleybolcu milli takıma seçildi",
            "On yedi yaşındaki oyuncu ilk kez A takım kadrosuna girdi.",
        ),
    ],
    "uk": [
        (
            "Через снігопад у місті ускладнено рух транспорту",
            "Комунальники працюють цілодобово, але на окраїнах дороги досі не розчищені.",
        ),
        (
            "Місцевий клуб здобув перемогу в дербі",
            "Вирішальний гол забили на останніх хвилинах зустрічі.",
        ),
        (
            "Ціни на житло зросли вже третій місяць поспіль",
            "Найбільше подорожчали однокімнатні квартири в новобудовах.",
        ),
        (
            "У музеї відкрили виставку старовинних вишиванок",
            "Експозиція налічує понад двісті сорочок з різних регіонів.",
        ),
        (
            "Новий міст через річку відкриють восени",
            "Будівельники завершують укладання асфальту та монтаж освітлення.",
        ),
        (
            "Поліція розшукує водія, який збив пішохода",
            "Потерпілого доставили до лікарні з травмами середньої тяжкості.",
        ),
        (
            "Пекарня з центру міста святкує ювілей",
            "Вже тридцять років тут печуть хліб за родинним рецептом.",
        ),
        (
            "Юна шахістка виграла міжнародний турнір",
            "Дванадцятирічна спортсменка не програла жодної партії.",
        ),
    ],
    "da": [
        (
            "Storm lukker færgerne til øerne",
            "Alle afgange er aflyst resten af dagen, og rederiet beder rejsende holde øje med hjemmesiden.",
        ),
        (
            "Håndboldherrerne vandt efter forlænget spilletid",
            "Et sent mål fra venstre fløj sikrede sejren i en tæt og nervøs kamp.",
        ),
        (
            "Huspriserne stiger igen i hovedstaden",
            "Især lejligheder tæt på metroen er blevet dyrere det seneste halve år.",
        ),
        (
            "Nyt museum for vikingeskibe åbner til sommer",
            "Bygningen ligger direkte ved fjorden og får plads til fem rekonstruerede skibe.",
        ),
        (
            "Bageriet på torvet lukker efter 90 år",
            "Ejerne går på pension, og det er ikke lykkedes at finde en køber.",
        ),
        (
            "Politiet efterlyser vidner til indbrud",
            "Tyvene tog computere og kontanter fra et kontor i nattens løb.",
        ),
        (
            "Cykelsti langs åen bliver forlænget",
            "Den nye strækning på fire kilometer forventes klar til efteråret.",
        ),
        (
            "Sygehuset får ny fødeafdeling",
            "Afdelingen bliver dobbelt så stor og får egne stuer til familierne.",
        ),
    ],
    "fi": [
        (
            "Myrsky katkaisi sähköt tuhansista kodeista",
            "Verkkoyhtiön mukaan korjaustyöt jatkuvat vielä huomiseen.",
        ),
        ("Kotijoukkue voitti jatkoajalla", "Ratkaisumaali syntyi vasta toisen jatkoerän lopussa."),
        (
            "Asuntojen hinnat laskivat kolmatta kuukautta",
            "Erityisesti suurten kaupunkien kerrostaloasunnot halpenivat.",
        ),
        (
            "Taidemuseo esittelee nuorten kuvataiteilijoiden töitä",
            "Näyttely on avoinna kesäkuun loppuun asti.",
        ),
        (
            "Uusi kirjasto avautuu keskustaan",
            "Kirjastossa on myös kahvila ja tilat lasten satutunneille.",
        ),
        (
            "Poliisi tutkii tulipaloa varastossa",
            "Kukaan ei loukkaantunut, mutta rakennus tuhoutui lähes täysin.",
        ),
        (
            "Leipomo voitti ruisleipäkilpailun",
            "Tuomaristo kehui leivän rapeaa kuorta ja täyteläistä makua.",
        ),
        (
            "Hiihtäjä otti uransa ensimmäisen voiton",
            "Nuori urheilija oli nopein sprintin loppukilpailussa.",
        ),
    ],
    "hu": [
        (
            "Vihar okozott károkat a megye több településén",
            "A tűzoltók éjszaka több mint száz helyszínre vonultak ki.",
        ),
        (
            "Hosszabbításban nyert a hazai csapat",
            "A győztes gólt az utolsó percben szerezték egy szabadrúgás után.",
        ),
        (
            "Tovább emelkednek a lakásárak",
            "A legnagyobb drágulást a belvárosi kis lakásoknál mérték.",
        ),
        (
            "Felújítás után újra megnyílt a színház",
            "Az előadásokra jövő hónaptól lehet jegyet váltani.",
        ),
        ("Új kerékpárút épül a tó körül", "A tizenkét kilométeres szakasz nyár végére készül el."),
        (
            "Betörők jártak a belvárosi ékszerüzletben",
            "A rendőrség a térfigyelő kamerák felvételeit vizsgálja.",
        ),
        (
            "Százéves a város legrégebbi cukrászdája",
            "Az évfordulón különleges tortával várják a vendégeket.",
        ),
        ("Új műszert kapott a kórház", "A berendezés segítségével rövidülhetnek a várólisták."),
    ],
    "ro": [
        (
            "Ploile abundente au inundat mai multe străzi",
            "Pompierii au intervenit toată noaptea pentru evacuarea apei din subsoluri.",
        ),
        (
            "Echipa gazdă a câștigat derbiul în ultimul minut",
            "Golul victoriei a venit dintr-o lovitură liberă executată perfect.",
        ),
        (
            "Prețurile locuințelor continuă să crească",
            "Cele mai mari scumpiri s-au înregistrat la apartamentele cu două camere.",
        ),
        (
            "Muzeul județean deschide o expoziție de icoane",
            "Piesele provin din bisericile de lemn ale zonei și sunt expuse pentru prima dată.",
        ),
        (
            "O nouă pistă de biciclete leagă cartierele",
            "Traseul are șapte kilometri și va fi gata până în toamnă.",
        ),
        (
            "Poliția caută autorul unui furt dintr-un magazin",
            "Bărbatul a luat mai multe telefoane și a fugit spre stația de autobuz.",
        ),
        (
            "Festivalul de folclor aduce ansambluri din zece țări",
            "Spectacolele au loc în parcul central timp de trei zile.",
        ),
        (
            "Spitalul a primit un aparat nou de tomografie",
            "Aparatul va scurta timpul de așteptare pentru pacienți.",
        ),
    ],
}
