"""Chrome and clutter, fr es."""

CHROME_1B = {
    "fr": {
        "site": ["La Dépêche de l’Aubrac", "Le Courrier des Causses"],
        "home": "Accueil",
        "section": "Société",
        "read_also": ["À lire aussi :", "Lire aussi :", "Sur le même sujet :"],
        "related": ["Dans la même rubrique", "Nos articles sur le sujet", "À découvrir"],
        "most_read": ["Les plus lus", "Les articles les plus consultés"],
        "newsletter": [
            "Recevez chaque matin l’essentiel de l’actualité de votre département : inscrivez-vous à notre newsletter.",
            "Ne manquez rien : abonnez-vous gratuitement à nos alertes info.",
        ],
        "app": [
            "Téléchargez l’application La Dépêche pour suivre l’info locale en temps réel.",
            "Suivez-nous sur WhatsApp pour recevoir les principales informations du jour.",
        ],
        "paywall": [
            "La suite est réservée aux abonnés. Déjà abonné ? Se connecter",
            "Cet article est réservé aux abonnés. Abonnez-vous dès 1 € le premier mois.",
        ],
        "photo": ["Photo {who}", "Crédit photo : {who}"],
        "who": ["DDA/Julien Faure", "AFP"],
        "video": [
            "Chargement de la vidéo…",
            "La vidéo suivante démarre dans 5 secondes",
            "Lecture en cours",
        ],
        "upnext": ["À suivre", "Vidéo suivante"],
        "gallery": ["En images :", "Diaporama :"],
        "share": ["Partager l’article", "Partager sur Facebook"],
        "comments": ["{n} commentaires", "Réagir ({n})"],
        "comment": "Trois ans de présence, c’est beaucoup trop quand on travaille déjà depuis le premier jour.",
        "cookie": [
            "Nous utilisons des cookies pour mesurer l’audience et vous proposer des publicités adaptées. Paramétrer les cookies",
            "En poursuivant votre navigation, vous acceptez l’utilisation de cookies.",
        ],
        "accept": ["Tout accepter", "J’accepte"],
        "bio": "{name} est journaliste au service Société et suit les questions d’emploi et d’immigration dans le département.",
        "more_from": ["Les articles de {name}", "Du même auteur"],
        "tags": ["Mots-clés", "Thèmes"],
        "tagwords": ["Préfecture", "Emploi", "Titre de séjour"],
        "ad": ["Publicité", "PUBLICITÉ"],
        "now": ["Vous lisez :", "En cours de lecture :"],
        "listen": ["Écouter cet article", "Écouter (4 min)"],
        "sponsored": ["Contenu sponsorisé", "Partenaire"],
        "sponsored_item": "Cette astuce permet aux retraités de l’Aubrac de réduire leur facture de chauffage",
        "next": ["Article suivant", "Lire la suite de l’actualité"],
        "hover": ["Voir le profil", "Suivre"],
        "headlines": [
            (
                "Neige : la RN 88 fermée aux poids lourds entre Mende et Langogne",
                "La préfecture a activé le plan intempéries, les cars scolaires ne circuleront pas jeudi matin.",
            ),
            (
                "Rugby : Saint-Ambroix arrache la victoire à la dernière minute",
                "Un drop de l’ouvreur a offert un succès précieux face au leader de la poule.",
            ),
            (
                "Le marché de Noël ouvre ses portes avec 80 exposants",
                "Producteurs locaux et artisans sont attendus place du Foirail jusqu’au 24 décembre.",
            ),
            (
                "Immobilier : les prix des maisons continuent de grimper",
                "Selon les notaires, le prix moyen a progressé de 7 % en un an dans le sud du département.",
            ),
            (
                "Un cambrioleur interpellé en flagrant délit dans une pharmacie",
                "L’homme, déjà connu des services de police, a été placé en garde à vue.",
            ),
            (
                "La médiathèque rouvre après huit mois de travaux",
                "Le bâtiment a été entièrement rénové et propose désormais un espace jeux vidéo.",
            ),
            (
                "Fermeture de la maternité : les élus saisissent le ministre",
                "Une pétition a déjà recueilli plus de 12 000 signatures dans le département.",
            ),
            (
                "Festival de jazz : la programmation 2027 dévoilée",
                "Une trentaine de concerts sont prévus en juillet, dont cinq gratuits en plein air.",
            ),
        ],
    },
    "es": {
        "site": ["Diario de Valdemora", "La Voz de la Vega"],
        "home": "Portada",
        "section": "Sociedad",
        "read_also": ["Lee también:", "Te puede interesar:", "Más información:"],
        "related": ["Noticias relacionadas", "Más noticias de Sociedad", "Lo último"],
        "most_read": ["Lo más leído", "Más vistas"],
        "newsletter": [
            "Apúntate a nuestro boletín y recibe cada mañana las noticias más importantes de la comarca.",
            "Suscríbete gratis a las alertas de última hora del Diario.",
        ],
        "app": [
            "Síguenos en nuestro canal de WhatsApp y recibe las noticias de Valdemora al instante.",
            "Descarga la app del Diario de Valdemora para Android e iOS.",
        ],
        "paywall": [
            "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes.",
            "Sigue leyendo con tu suscripción. ¿Ya eres suscriptor? Inicia sesión.",
        ],
        "photo": ["Foto: {who}", "Imagen: {who}"],
        "who": ["Álvaro Ruiz", "EFE"],
        "video": ["Cargando vídeo...", "El siguiente vídeo empieza en 5 segundos", "Reproduciendo"],
        "upnext": ["A continuación", "Siguiente vídeo"],
        "gallery": ["Galería:", "Fotogalería:"],
        "share": ["Compartir en Facebook", "Compartir noticia"],
        "comments": ["{n} comentarios", "Comentarios ({n})"],
        "comment": "Ya era hora. Mi vecino lleva cinco años trabajando en el campo y no ha podido empadronarse nunca.",
        "cookie": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad. Configurar cookies",
            "Si continúa navegando, consideramos que acepta el uso de cookies.",
        ],
        "accept": ["Aceptar", "Aceptar y cerrar"],
        "bio": "{name} es redactora de la sección de Sociedad y cubre servicios sociales e inmigración desde 2017.",
        "more_from": ["Más noticias de {name}", "Otros artículos de la autora"],
        "tags": ["Temas", "Etiquetas"],
        "tagwords": ["Ayuntamiento", "Padrón", "Inmigración"],
        "ad": ["Publicidad", "PUBLICIDAD"],
        "now": ["Estás leyendo:", "Leyendo ahora:"],
        "listen": ["Escuchar noticia", "Escuchar artículo (5 min)"],
        "sponsored": ["Patrocinado", "Contenido patrocinado"],
        "sponsored_item": "Los vecinos de Valdemora ya pueden ahorrar hasta un 40% en la factura de la luz",
        "next": ["Siguiente noticia", "Noticia siguiente"],
        "hover": ["Ver perfil", "Seguir"],
        "headlines": [
            (
                "Cortada la carretera de la sierra por un desprendimiento de rocas",
                "Los servicios de mantenimiento calculan que la vía no se reabrirá hasta el fin de semana.",
            ),
            (
                "El CD Valdemora asciende a la zona de playoff tras golear al líder",
                "Un triplete de Sergio Montes en la segunda parte dio la vuelta a un partido que parecía perdido.",
            ),
            (
                "Aviso amarillo por lluvias intensas en toda la comarca",
                "La Aemet prevé acumulaciones de hasta 40 litros por metro cuadrado en doce horas.",
            ),
            (
                "El precio del alquiler sube un 9% en un año en la capital",
                "Un piso de dos dormitorios cuesta ya de media 780 euros al mes, según un portal inmobiliario.",
            ),
            (
                "Detenido un hombre por robar cobre en una subestación eléctrica",
                "La Guardia Civil le sorprendió con más de 300 kilos de cable en su furgoneta.",
            ),
            (
                "La cabalgata de Reyes cambiará de recorrido por las obras",
                "El desfile saldrá de la estación de autobuses y terminará frente a la iglesia de San Pedro.",
            ),
            (
                "Abre el nuevo centro de salud del barrio de La Estación",
                "Atenderá a unos 14.000 vecinos y contará con servicio de urgencias por las tardes.",
            ),
            (
                "La feria del aceite bate récord de visitantes",
                "Más de 25.000 personas pasaron por los expositores durante los tres días de la feria.",
            ),
        ],
    },
}
