"""Chrome and clutter, en de fr es: several phrasings per kind; each layout picks one (rng)."""

CHROME_1 = {
    "en": {
        "site": ["The Harwick Courier", "Valley Evening Star"],
        "home": "Home",
        "section": "Local News",
        "read_also": ["Read more:", "Related:", "You might also like:"],
        "related": ["More from Local News", "Around the region", "Top stories"],
        "most_read": ["Most read", "Trending now"],
        "newsletter": [
            "Sign up for our Morning Briefing and get the day’s top local stories in your inbox every weekday.",
            "Don’t miss a story: get our free breaking news alerts by email.",
        ],
        "app": [
            "For more stories like this, download the Courier app for iPhone and Android.",
            "Get the news on WhatsApp: join our channel for the day’s biggest stories.",
        ],
        "paywall": [
            "This article is for subscribers only. Subscribe now for £1 a week.",
            "You have reached your limit of free articles this month. Already a subscriber? Log in.",
        ],
        "photo": ["Photo: {who}", "Image credit: {who}"],
        "who": ["Tom Aldridge/Harwick Courier", "Getty Images"],
        "video": ["This is a modal window.", "Next video starts in 5 seconds", "Now playing"],
        "upnext": ["Up next", "Watch next"],
        "gallery": ["In pictures:", "Gallery:"],
        "share": ["Share this article", "Share on Facebook"],
        "comments": ["{n} comments", "Comments ({n})"],
        "comment": "So the farms get caught and the workers are the ones who wait for their money. Typical.",
        "cookie": [
            "We use cookies to improve your experience and show personalised advertising. Manage your preferences.",
            "By continuing to browse this site you agree to our use of cookies.",
        ],
        "accept": ["Accept all", "Got it"],
        "bio": "{name} is the Courier’s rural affairs reporter and has covered farming and employment in the valley since 2018.",
        "more_from": ["More from {name}", "Latest by {name}"],
        "tags": ["Topics", "Tags"],
        "tagwords": ["Farming", "Home Office", "Seasonal work"],
        "ad": ["Advertisement", "ADVERTISEMENT"],
        "now": ["Now reading:", "You are reading:"],
        "listen": ["Listen to this article", "Listen: 6 min"],
        "sponsored": ["Sponsored", "Paid content"],
        "sponsored_item": "Homeowners in Harwick are switching to this little-known heat pump grant",
        "next": ["Next article", "Read next"],
        "hover": ["View profile", "Follow"],
        "headlines": [
            (
                "Harwick bypass closed overnight for resurfacing until Friday",
                "Drivers are advised to use the A-road through Millbrook while crews replace the surface between junctions four and six.",
            ),
            (
                "Millbrook Rovers come from behind to reach county cup final",
                "Two late goals from substitute Jordan Pike sent the home crowd into raptures on a freezing night at Station Road.",
            ),
            (
                "Frost warning issued as temperatures set to drop to minus six",
                "Forecasters say the coldest nights of the year so far are expected on Thursday and Friday across the valley.",
            ),
            (
                "Village pub saved after residents raise £400,000 in share offer",
                "The Plough at Eastleigh will reopen in spring as a community-owned business with more than 600 local shareholders.",
            ),
            (
                "Man charged after series of shed burglaries in Oakfield",
                "Police say tools worth more than £12,000 were taken from allotments and gardens over a period of six weeks.",
            ),
            (
                "Christmas lights switch-on draws record crowd to market square",
                "Organisers estimate that 8,000 people attended, with a fireworks display and a choir of 200 schoolchildren.",
            ),
            (
                "Rents in the valley rise faster than anywhere else in the region",
                "A letting agents’ survey found the average two-bedroom flat now costs £1,050 a month, up 11 per cent in a year.",
            ),
            (
                "Hospital car parking charges to rise from January",
                "The trust says the extra income will fund a new shuttle bus from the railway station to the main entrance.",
            ),
        ],
    },
    "de": {
        "site": ["Lindenauer Tageblatt", "Rheintal Kurier"],
        "home": "Startseite",
        "section": "Lokales",
        "read_also": ["Lesen Sie auch:", "Auch interessant:", "Mehr zum Thema:"],
        "related": [
            "Das könnte Sie auch interessieren",
            "Weitere Nachrichten aus Lindenau",
            "Mehr aus dem Ressort",
        ],
        "most_read": ["Meistgelesen", "Top-Artikel"],
        "newsletter": [
            "Der Lindenau-Newsletter: Jeden Morgen um 6 Uhr die wichtigsten Nachrichten aus der Stadt – jetzt kostenlos abonnieren.",
            "Keine Nachricht mehr verpassen: Melden Sie sich für unseren Eilmeldungs-Newsletter an.",
        ],
        "app": [
            "Folgst du schon dem Tageblatt auf WhatsApp? Hier geht es zum Kanal.",
            "Jetzt die neue Tageblatt-App herunterladen – für iOS und Android.",
        ],
        "paywall": [
            "Dieser Artikel ist exklusiv für Abonnenten. Jetzt 4 Wochen für 0,99 € testen.",
            "Weiterlesen mit Tageblatt Plus – Sie sind bereits Abonnent? Hier anmelden.",
        ],
        "photo": ["Foto: {who}", "© {who}"],
        "who": ["Marc Weber", "Shutterstock"],
        "video": ["Video wird geladen …", "Nächstes Video startet in 5 Sekunden", "Jetzt läuft"],
        "upnext": ["Als Nächstes", "Weitere Videos"],
        "gallery": ["Bildergalerie:", "Fotostrecke:"],
        "share": ["Artikel teilen", "Auf Facebook teilen"],
        "comments": ["{n} Kommentare", "Kommentare ({n})"],
        "comment": "Endlich! Ich habe letztes Jahr dreimal um fünf Uhr angestanden und bin trotzdem nicht drangekommen.",
        "cookie": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren. Einstellungen anpassen.",
            "Mit der Nutzung dieser Website stimmen Sie der Verwendung von Cookies zu.",
        ],
        "accept": ["Alle akzeptieren", "Einverstanden"],
        "bio": "{name} ist Redakteurin im Lokalressort und berichtet seit 2016 über Stadtpolitik und Verwaltung.",
        "more_from": ["Mehr von {name}", "Alle Artikel der Autorin"],
        "tags": ["Schlagworte", "Themen"],
        "tagwords": ["Ausländerbehörde", "Stadtverwaltung", "Digitalisierung"],
        "ad": ["Anzeige", "Werbung"],
        "now": ["Sie lesen gerade:", "Jetzt lesen:"],
        "listen": ["Artikel anhören", "Vorlesen lassen • 5 Min."],
        "sponsored": ["Gesponsert", "Anzeige – Partnerinhalt"],
        "sponsored_item": "Diese Versicherung lohnt sich für Hausbesitzer in Lindenau besonders",
        "next": ["Nächster Artikel", "Weiterlesen"],
        "hover": ["Zum Profil", "Folgen"],
        "headlines": [
            (
                "Glatteis: Mehrere Unfälle auf der B 42 am Morgen",
                "Die Polizei meldet drei Leichtverletzte und kilometerlange Staus zwischen Lindenau und Oberdorf.",
            ),
            (
                "Weihnachtsmarkt öffnet mit neuer Eisbahn auf dem Schlossplatz",
                "Bis zum 23. Dezember können Besucher auf 600 Quadratmetern Schlittschuh laufen, der Eintritt kostet drei Euro.",
            ),
            (
                "SV Lindenau verliert Spitzenspiel nach Elfmeter in der Nachspielzeit",
                "Vor 4.000 Zuschauern entschied ein umstrittener Strafstoß die Partie gegen den Tabellenführer.",
            ),
            (
                "Mieten steigen in Lindenau stärker als im Landesschnitt",
                "Laut neuem Mietspiegel kostet der Quadratmeter im Schnitt 9,40 Euro, fast zwölf Prozent mehr als vor zwei Jahren.",
            ),
            (
                "Einbrecherbande in Gartenkolonie gefasst",
                "Die drei Tatverdächtigen sollen in mehr als 30 Lauben eingebrochen sein und Werkzeug im Wert von 20.000 Euro erbeutet haben.",
            ),
            (
                "Stadtbibliothek bleibt wegen Sanierung bis März geschlossen",
                "Ausleihen ist in dieser Zeit nur in der Zweigstelle Nord und über den digitalen Katalog möglich.",
            ),
            (
                "Neue Buslinie verbindet Neubaugebiet mit dem Bahnhof",
                "Die Linie 17 fährt ab Montag alle zwanzig Minuten und hält an sechs neuen Haltestellen.",
            ),
            (
                "Bäckerei Hanke schließt nach 112 Jahren",
                "Der Inhaber findet keinen Nachfolger, die letzte Brezel wird am Silvestertag verkauft.",
            ),
        ],
    },
}
