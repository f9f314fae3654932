"""Publisher chrome per language for long_blind14: en, es, pt, fr.

Keys: ra read-also prefixes; rel related headings; heads (headline, teaser) of other stories;
nl newsletter box lines; nlbtn; app; cont continue-reading notes; ad labels; soc (embed label,
post text); poll (question, two options, vote); vid player chrome; tags; share; bio; com
(counter template, form heading, form note); most; pn (previous, next); cookie (text, button);
foot footer links; photo credits; bc breadcrumb.
"""

CHROME_A = {
    "en": {
        "ra": ["Read more:", "Also read:", "RELATED:"],
        "rel": ["Related articles", "You may also like"],
        "heads": [
            (
                "Council rejects plan for second bus depot",
                "Councillors voted 31 to 9 against the site on the ring road after objections from residents",
            ),
            (
                "Hospital car park charges to rise in April",
                "Visitors will pay up to £4 for two hours under the trust's new pricing",
            ),
            (
                "Village fete cancelled after field floods",
                "Organisers hope to hold the event in September instead of July",
            ),
            (
                "Two arrested after jewellery shop raid",
                "Police say a grey van was seen leaving the high street at speed",
            ),
            (
                "Cricket club celebrates 150th season",
                "Former players travelled from as far as Australia for the dinner",
            ),
            (
                "School meals supplier loses contract",
                "The county will run kitchens itself from the autumn term",
            ),
        ],
        "nl": [
            "Sign up to our morning briefing",
            "The top stories from our newsroom, in your inbox every weekday at 7am.",
        ],
        "nlbtn": "Sign me up",
        "app": "Get breaking news alerts: download the app for iPhone and Android",
        "cont": ["Story continues below advertisement", "Article continues after this ad"],
        "ad": ["Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE"],
        "soc": [
            "View this post on Instagram",
            "Long queue at the visa office again this morning, third week running #frustrated",
        ],
        "poll": [
            "Poll: Should visa fees be capped by law?",
            "Yes, they are far too high",
            "No, leave it to ministers",
            "Cast your vote",
        ],
        "vid": ["Play Video", "Now Playing", "Up next: watch more from our reporters"],
        "tags": "Topics:",
        "share": ["Share this article", "Share on Facebook", "Share on WhatsApp"],
        "bio": "Martin has covered health and social care for the paper since 2012. He previously worked at a regional news agency.",
        "com": [
            "{n} comments",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ],
        "most": "Most read",
        "pn": ["Previous article", "Next article"],
        "cookie": [
            "We and our partners use cookies to personalise ads and measure traffic. You can change your choices at any time.",
            "Accept all cookies",
        ],
        "foot": [
            "Terms and conditions",
            "Privacy notice",
            "Advertise with us",
            "Contact the newsroom",
            "Complaints and corrections",
        ],
        "photo": ["Photo: Shutterstock", "Image: PA Media"],
        "bc": "Home » News » Local",
    },
    "es": {
        "ra": ["Lea también:", "Te puede interesar:", "MÁS INFORMACIÓN"],
        "rel": ["Noticias relacionadas", "También te puede interesar"],
        "heads": [
            (
                "El Ayuntamiento aprueba la nueva ordenanza de terrazas",
                "Los hosteleros tendrán hasta junio para adaptar los toldos y las mesas a la normativa",
            ),
            (
                "Cortes de agua en cinco barrios por obras en la red",
                "Emuasa avisa de que las interrupciones durarán hasta cuatro horas",
            ),
            (
                "El Real Murcia ficha a un delantero argentino",
                "El jugador firma por dos temporadas y llega libre tras dejar su club",
            ),
            (
                "Un incendio calcina diez hectáreas de pinar en Sierra Espuña",
                "Los bomberos forestales dieron por controlado el fuego de madrugada",
            ),
            (
                "La huelga de transporte escolar se desconvoca",
                "Empresa y comité alcanzan un acuerdo salarial in extremis",
            ),
            (
                "Abre el nuevo centro de salud de El Palmar",
                "Atenderá a más de 20.000 vecinos de cuatro pedanías",
            ),
        ],
        "nl": [
            "Recibe nuestra newsletter diaria",
            "Las noticias más importantes de la Región, cada mañana en tu correo.",
        ],
        "nlbtn": "Apuntarme",
        "app": "Descarga la app de La Opinión Regional y recibe las últimas noticias",
        "cont": ["Sigue leyendo después de la publicidad", "La noticia continúa tras el anuncio"],
        "ad": ["Publicidad", "PUBLICIDAD"],
        "soc": [
            "Ver esta publicación en Instagram",
            "Otra vez cola desde las seis en la oficina de extranjería. Así no se puede vivir",
        ],
        "poll": [
            "Encuesta: ¿Debería agilizarse el arraigo?",
            "Sí, cuanto antes",
            "No, el sistema funciona",
            "Votar",
        ],
        "vid": ["Reproducir vídeo", "Duración: 1:42", "Siguiente vídeo"],
        "tags": "Temas:",
        "share": ["Compartir en Facebook", "Compartir en X", "Enviar por WhatsApp"],
        "bio": "Periodista de la sección de Sociedad. Licenciada por la Universidad de Murcia, cubre inmigración y asuntos sociales desde 2015.",
        "com": [
            "{n} comentarios",
            "Deja un comentario",
            "Tu dirección de correo electrónico no será publicada.",
        ],
        "most": "Lo más leído",
        "pn": ["Noticia anterior", "Noticia siguiente"],
        "cookie": [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.",
            "Aceptar y cerrar",
        ],
        "foot": [
            "Aviso legal",
            "Política de privacidad",
            "Publicidad en este medio",
            "Contacto con la redacción",
            "Configuración de cookies",
        ],
        "photo": ["Foto: Europa Press", "EFE/Marcial Guillén"],
        "bc": "Portada > Región > Murcia",
    },
    "pt": {
        "ra": ["Leia também:", "Veja também:", "SAIBA MAIS"],
        "rel": ["Notícias relacionadas", "Veja também"],
        "heads": [
            (
                "Prefeitura anuncia mutirão de castração de cães e gatos",
                "Atendimento será feito por ordem de chegada no Centro de Zoonoses até sábado",
            ),
            (
                "Chuva forte deixa bairros sem energia na Zona Norte",
                "Concessionária diz que equipes trabalham para religar a rede até a noite",
            ),
            (
                "Feira de artesanato volta à praça central em junho",
                "Evento terá 80 expositores e apresentações de forró aos domingos",
            ),
            (
                "Motorista é preso após atropelar ciclista na BR-101",
                "Polícia Rodoviária diz que o condutor fugiu sem prestar socorro",
            ),
            (
                "Vacinação contra a gripe é ampliada para toda a população",
                "Doses estão disponíveis em todas as unidades básicas de saúde",
            ),
            (
                "Câmara aprova reajuste da passagem de ônibus",
                "Tarifa sobe para R$ 4,90 a partir do dia 1º",
            ),
        ],
        "nl": [
            "Receba as notícias da região no seu e-mail",
            "Cadastre-se e receba gratuitamente o resumo do dia.",
        ],
        "nlbtn": "Quero receber",
        "app": "Baixe o aplicativo do Portal Campina e acompanhe as notícias em tempo real",
        "cont": ["Continua depois da publicidade", "CONTINUA APÓS A PUBLICIDADE"],
        "ad": ["Publicidade", "PUBLICIDADE"],
        "soc": [
            "Ver essa foto no Instagram",
            "Saudade de ver o Zé do Pasto lotado! Força, Campina 💚",
        ],
        "poll": [
            "Enquete: O clube deve jogar fora de casa?",
            "Sim, não há outra opção",
            "Não, deveria adiar a estreia",
            "Votar",
        ],
        "vid": ["Assistir vídeo", "Duração: 02:31", "A seguir"],
        "tags": "Tópicos:",
        "share": [
            "Compartilhe esta notícia",
            "Compartilhar no WhatsApp",
            "Compartilhar no Facebook",
        ],
        "bio": "Renata é repórter do Portal Campina desde 2016 e cobre esporte e política municipal.",
        "com": [
            "{n} comentários",
            "Deixe seu comentário",
            "O seu endereço de e-mail não será publicado.",
        ],
        "most": "Mais lidas",
        "pn": ["Notícia anterior", "Próxima notícia"],
        "cookie": [
            "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
            "Aceitar e fechar",
        ],
        "foot": [
            "Fale conosco",
            "Termos de uso",
            "Política de privacidade",
            "Anuncie no portal",
            "Trabalhe conosco",
        ],
        "photo": ["Foto: Divulgação", "Foto: Reprodução/Redes sociais"],
        "bc": "Início / Esportes / Futebol",
    },
    "fr": {
        "ra": ["À lire aussi :", "Lire aussi :", "À LIRE ÉGALEMENT"],
        "rel": ["Articles liés", "Sur le même sujet"],
        "heads": [
            (
                "Le pont Flaubert fermé deux nuits pour travaux",
                "La circulation sera déviée par le pont Guillaume-le-Conquérant de 21 heures à 6 heures",
            ),
            (
                "Le marché de Noël revient place de la Cathédrale",
                "Une soixantaine de chalets seront installés à partir du 25 novembre",
            ),
            (
                "Un incendie détruit un entrepôt à Petit-Quevilly",
                "Aucun blessé n'est à déplorer, selon les pompiers",
            ),
            (
                "Le FC Rouen s'impose dans le derby normand",
                "Les Diables rouges ont marqué deux fois en fin de match",
            ),
            (
                "La ligne de bus F2 prolongée jusqu'à Mont-Saint-Aignan",
                "Le nouveau tronçon sera mis en service en janvier",
            ),
            (
                "Grève dans les cantines scolaires jeudi",
                "Des repas froids seront servis dans une trentaine d'écoles",
            ),
        ],
        "nl": [
            "Recevez notre newsletter",
            "Chaque matin, l'essentiel de l'actualité de Rouen et de sa région.",
        ],
        "nlbtn": "Je m'inscris",
        "app": "Téléchargez l'application Normandie Infos pour recevoir nos alertes",
        "cont": ["L'article continue ci-dessous", "La suite après cette publicité"],
        "ad": ["Publicité", "PUBLICITÉ"],
        "soc": [
            "Voir cette publication sur Instagram",
            "Troisième semaine sans réponse de la préfecture. Mon récépissé expire vendredi.",
        ],
        "poll": [
            "Sondage : les démarches en ligne sont-elles un progrès ?",
            "Oui, c'est plus simple",
            "Non, il faut des guichets",
            "Je vote",
        ],
        "vid": ["Lire la vidéo", "Durée : 1:58", "Vidéo suivante"],
        "tags": "Mots-clés :",
        "share": ["Partager sur Facebook", "Partager sur X", "Envoyer par e-mail"],
        "bio": "Journaliste au service société depuis 2014, Camille Anquetil suit les questions d'éducation et d'immigration.",
        "com": [
            "{n} commentaires",
            "Laisser un commentaire",
            "Votre adresse e-mail ne sera pas publiée.",
        ],
        "most": "Les plus lus",
        "pn": ["Article précédent", "Article suivant"],
        "cookie": [
            "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.",
            "Accepter et fermer",
        ],
        "foot": [
            "Mentions légales",
            "Conditions générales d'utilisation",
            "Politique de confidentialité",
            "Gérer mes cookies",
            "Nous contacter",
        ],
        "photo": ["Photo d'illustration : AFP", "Crédit photo : Paris-Normandie"],
        "bc": "Accueil > Actualités > Rouen",
    },
}
