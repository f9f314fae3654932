"""Per-language page chrome for long_blind12 (part A: en, es, fr, de). Variants are separated by "|".

heads: unrelated headlines with a one-sentence dek (for lists, teasers and slideshow blurbs).
"""

from __future__ import annotations

CHROME_A = {
    "en": {
        "heads": [
            (
                "Council votes to keep night buses running through winter",
                "The late services will continue on six routes until March.",
            ),
            (
                "Striker ruled out for six weeks with hamstring tear",
                "The club said surgery would not be needed.",
            ),
            (
                "Energy regulator orders refunds over billing errors",
                "About 200,000 households are owed an average of £38.",
            ),
            (
                "Heatwave warning issued for southern counties",
                "Temperatures could reach 34C by the weekend.",
            ),
            (
                "Bakery chain to close 40 shops after sales slump",
                "Staff will be offered jobs at nearby branches.",
            ),
            (
                "Museum returns bronze heads to Nigeria",
                "The handover ceremony took place in Benin City.",
            ),
        ],
        "read": "Read more:|READ MORE:|Related:",
        "related": "More on this story|You may also like",
        "most": "Most read|Trending now",
        "news": "Sign up to our free morning briefing, delivered to your inbox every weekday|Get our newsletter: the day's biggest stories in five minutes|Enter your email address to subscribe",
        "app": "Download our app for breaking news alerts|Get the app: news on the go, wherever you are",
        "follow": "Follow us on X and Instagram|Follow us on WhatsApp for the latest updates",
        "pay": "You've read 3 of 5 free articles this month.|Subscribe for unlimited access. Cancel anytime.|This article is for subscribers only",
        "photo": "Photo: PA Media|Image: Getty Images / Getty Images Europe",
        "share": "Share this article|Copy link",
        "cookie": "We and our partners use cookies to personalise content and ads. Manage preferences|Accept all cookies",
        "comments": "{n} comments|Join the conversation ({n})",
        "next": "Next article|Up next",
        "ad": "Advertisement|Story continues below advertisement",
        "crumb": "Home|News|UK",
        "tags": "Topics:",
        "bio": "Megan Okafor covers immigration and asylum. She joined the paper in 2018.",
        "video": "This is a modal window.|Now watching|Next video starts in 5|Captions settings|Beginning of dialog window. Escape will cancel and close the window.",
        "gallery": "In pictures: the week in photos|Photo 3 of 12",
    },
    "es": {
        "heads": [
            (
                "El Ayuntamiento amplía el horario de las bibliotecas en verano",
                "Abrirán hasta las diez de la noche de lunes a sábado.",
            ),
            (
                "El Betis ficha a un lateral brasileño por cuatro temporadas",
                "El jugador pasará el reconocimiento médico el lunes.",
            ),
            (
                "Suben los precios del aceite de oliva por tercer mes",
                "El litro de virgen extra ya supera los nueve euros.",
            ),
            (
                "Alerta naranja por tormentas en el litoral mediterráneo",
                "Se esperan rachas de viento de hasta 90 kilómetros por hora.",
            ),
            (
                "Renfe recupera los trenes de Cercanías tras la avería",
                "El servicio se normalizó a primera hora de la tarde.",
            ),
            (
                "Un festival de cine rural llena los pueblos de Soria",
                "Las proyecciones se hacen en plazas y frontones.",
            ),
        ],
        "read": "Lee también:|TE PUEDE INTERESAR:|Más información:",
        "related": "Noticias relacionadas|Contenido relacionado",
        "most": "Lo más leído|Lo más visto",
        "news": "Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes|Apúntate gratis a nuestro boletín diario|Introduce tu correo electrónico",
        "app": "Descárgate nuestra app y recibe las últimas noticias|Disponible en App Store y Google Play",
        "follow": "Síguenos en Facebook, X e Instagram|Únete a nuestro canal de WhatsApp",
        "pay": "Has alcanzado el límite de artículos gratuitos este mes.|Hazte suscriptor por 1 euro el primer mes|Este contenido es exclusivo para suscriptores",
        "photo": "Foto: EFE|Imagen de archivo / Europa Press",
        "share": "Compartir en redes|Copiar enlace",
        "cookie": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar y continuar|Configurar cookies",
        "comments": "{n} comentarios|Ver comentarios ({n})",
        "next": "Siguiente noticia|A continuación",
        "ad": "Publicidad|Continúa leyendo después del anuncio",
        "crumb": "Portada|España|Sociedad",
        "tags": "Temas:",
        "bio": "Lucía Ferrández es periodista especializada en migraciones y derechos sociales.",
        "video": "Esta es una ventana modal.|Estás viendo|El siguiente vídeo empezará en 5|Configuración de subtítulos|Inicio de la ventana de diálogo. Escape cancelará y cerrará la ventana.",
        "gallery": "Las imágenes del día|Foto 4 de 15",
    },
    "fr": {
        "heads": [
            (
                "Grève à la SNCF : le trafic perturbé jeudi sur les lignes TER",
                "Un train sur deux circulera en Auvergne-Rhône-Alpes.",
            ),
            (
                "Ligue 1 : l’OM s’impose sur le fil face à Rennes",
                "Le but de la victoire a été inscrit à la 93e minute.",
            ),
            (
                "Le prix du gazole repasse sous 1,70 euro le litre",
                "La baisse s’explique par le recul du pétrole brut.",
            ),
            (
                "Canicule : vigilance orange dans quatorze départements",
                "Les températures pourraient dépasser 38 °C samedi.",
            ),
            (
                "Un incendie ravage un entrepôt près de Toulouse",
                "Aucun blessé n’est à déplorer selon les pompiers.",
            ),
            (
                "La cathédrale de Chartres retrouve ses vitraux restaurés",
                "Le chantier a duré près de sept ans.",
            ),
        ],
        "read": "À lire aussi :|LIRE AUSSI :|Sur le même sujet :",
        "related": "Sur le même sujet|Nos articles sur le sujet",
        "most": "Les plus lus|Les plus partagés",
        "news": "Inscrivez-vous à notre newsletter et recevez l’essentiel de l’actualité chaque matin|Recevez gratuitement notre lettre quotidienne|Votre adresse e-mail",
        "app": "Téléchargez notre application pour ne rien manquer de l’actualité|Disponible sur l’App Store et Google Play",
        "follow": "Suivez-nous sur Facebook et Instagram|Rejoignez notre chaîne WhatsApp",
        "pay": "La suite est réservée aux abonnés.|Il vous reste 2 articles gratuits ce mois-ci.|Déjà abonné ? Se connecter",
        "photo": "Photo : AFP|© Jean-Marc Lallemand / Hans Lucas",
        "share": "Partager cet article|Copier le lien",
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter|Continuer sans accepter",
        "comments": "{n} commentaires|Réagir ({n})",
        "next": "Article suivant|À suivre",
        "ad": "Publicité|La suite après cette publicité",
        "crumb": "Accueil|France|Société",
        "tags": "Mots-clés :",
        "bio": "Camille Rouvière suit les questions de migrations et de droit des étrangers.",
        "video": "Ceci est une fenêtre modale.|En cours de lecture|La vidéo suivante commence dans 5|Paramètres des sous-titres|Début de la fenêtre de dialogue. Échap annule et ferme la fenêtre.",
        "gallery": "En images : la semaine en photos|Photo 2 sur 10",
    },
    "de": {
        "heads": [
            (
                "Bahnstreik: Fernverkehr am Donnerstag stark eingeschränkt",
                "Nur jeder dritte ICE soll fahren.",
            ),
            (
                "RB Leipzig verliert Heimspiel gegen Freiburg",
                "Die Gäste trafen zweimal nach der Pause.",
            ),
            (
                "Heizölpreise sinken auf Jahrestief",
                "Verbraucher zahlen rund zehn Prozent weniger als im Herbst.",
            ),
            (
                "Unwetterwarnung für Sachsen und Thüringen",
                "Der Wetterdienst erwartet Starkregen und Hagel.",
            ),
            (
                "Neue Straßenbahnlinie fährt ab Dezember bis Grünau",
                "Die Bauarbeiten liegen im Zeitplan.",
            ),
            (
                "Zoo Leipzig meldet Nachwuchs bei den Elefanten",
                "Das Jungtier wog bei der Geburt 110 Kilo.",
            ),
        ],
        "read": "Lesen Sie auch:|Mehr zum Thema:|Auch interessant:",
        "related": "Mehr zum Thema|Das könnte Sie auch interessieren",
        "most": "Meistgelesen|Top-Artikel",
        "news": "Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten|Jetzt für den Newsletter anmelden|Ihre E-Mail-Adresse",
        "app": "Laden Sie jetzt unsere App herunter und verpassen Sie keine Eilmeldung|Jetzt im App Store und bei Google Play",
        "follow": "Folgen Sie uns auf Instagram und Facebook|Folgst du schon unserem Kanal auf WhatsApp?",
        "pay": "Lesen Sie jetzt weiter mit LVZ+|Sie haben diesen Monat noch 1 kostenlosen Artikel.|Bereits Abonnent? Hier anmelden",
        "photo": "Foto: dpa|Foto [M]: Shutterstock",
        "share": "Artikel teilen|Link kopieren",
        "cookie": "Wir verwenden Cookies und ähnliche Technologien. Alle akzeptieren|Einstellungen verwalten",
        "comments": "{n} Kommentare|Kommentieren ({n})",
        "next": "Nächster Artikel|Weiterlesen",
        "ad": "Anzeige|Werbung",
        "crumb": "Startseite|Leipzig|Lokales",
        "tags": "Schlagworte:",
        "bio": "Jonas Hartmann ist Redakteur im Lokalressort und schreibt über Verwaltung und Stadtpolitik.",
        "video": "Dies ist ein modales Fenster.|Jetzt läuft|Nächstes Video startet in 5|Untertitel-Einstellungen|Beginn des Dialogfensters. Mit Escape abbrechen und Fenster schließen.",
        "gallery": "Bildergalerie: Die Bilder der Woche|Bild 5 von 18",
    },
}
