"""Page chrome for long_blind13, as publishers word it (part A: en, es, pt, fr, ru, pl, tr, ar).

hl: unrelated (headline, one-sentence dek) pairs; "{}" in read_also / next / prev / comments
takes a headline or a number.
"""

CHROME_A = {
    "en": {
        "hl": [
            (
                "Council approves late-night bus trial",
                "The six-month trial starts on the first weekend of March.",
            ),
            (
                "Striker ruled out for rest of season",
                "Scans confirmed a torn hamstring after Saturday's match.",
            ),
            (
                "Bakery chain to close 40 branches",
                "The company blamed rising energy costs and lower footfall.",
            ),
            (
                "Heatwave warning issued for the south-east",
                "Temperatures could pass 34C by Thursday afternoon.",
            ),
            (
                "Museum returns bronze heads to Benin",
                "The handover ceremony took place in Lagos on Monday.",
            ),
            (
                "Water bills to rise by 8% from April",
                "The regulator said the increase would fund leak repairs.",
            ),
        ],
        "read_also": ["Read more: {}", "READ MORE: {}", "See also: {}"],
        "related": ["Related stories", "More on this story"],
        "cue": "You may also be interested in:",
        "most_read": ["Most read", "Trending now"],
        "newsletter": [
            "Sign up to our morning briefing, delivered free to your inbox",
            "Get our newsletter: the day's top stories every evening",
        ],
        "app": [
            "Download our app for breaking news alerts",
            "Join our WhatsApp channel for the latest updates",
        ],
        "follow": ["Follow us on Facebook and X", "Like our page on Facebook"],
        "paywall": [
            "This article is for subscribers only. Subscribe for £1 a week",
            "You have reached your limit of free articles this month",
        ],
        "photo": ["Photo: Reuters/Phil Noble", "Image copyright: PA Media"],
        "share": ["Share this article", "Share on Facebook Share on X Email"],
        "cookie": "We use cookies to give you the best online experience. By continuing you agree to our use of cookies.",
        "comments": ["{} comments", "Join the conversation: log in to leave a comment"],
        "next": "Next article: {}",
        "prev": "Previous article: {}",
        "ad": ["Advertisement", "Story continues below advertisement"],
        "crumb": ["Home", "News", "UK"],
        "tags": "Topics:",
        "bio": "Margaret Oduya covers farming, food and the countryside. She joined the paper in 2011.",
        "editor": "Edited by the Regions desk",
        "tools": ["Print", "Email", "Text size A+ A-"],
        "tip": "Got a story? Email newsdesk@example.co.uk or call 0800 000 000",
    },
    "es": {
        "hl": [
            (
                "Aprueban el nuevo trazado de la línea 7 del metro",
                "La obra tardará cuatro años y costará 1.200 millones.",
            ),
            (
                "El Colo-Colo empata sin goles en Valparaíso",
                "El equipo sigue segundo a tres puntos del líder.",
            ),
            (
                "Suben las tarifas de la luz desde julio",
                "El alza promedio será de 6,5% para los hogares.",
            ),
            (
                "Detienen a banda que robaba cajeros en Maipú",
                "La policía incautó dos camionetas y explosivos.",
            ),
            (
                "Festival de cine de Viña anuncia su programación",
                "Habrá 48 películas de doce países en competencia.",
            ),
            (
                "Alerta por lluvias intensas en el sur",
                "Se esperan hasta 80 milímetros en 24 horas.",
            ),
        ],
        "read_also": ["Lee también: {}", "Te puede interesar: {}", "LEA ADEMÁS: {}"],
        "related": ["Noticias relacionadas", "Más sobre este tema"],
        "cue": "Otras noticias que te pueden interesar:",
        "most_read": ["Lo más leído", "Lo más visto"],
        "newsletter": [
            "Suscríbete a nuestro boletín y recibe las noticias del día en tu correo",
            "Recibe cada mañana el resumen informativo gratis",
        ],
        "app": [
            "Descarga nuestra app y recibe alertas de última hora",
            "Únete a nuestro canal de WhatsApp",
        ],
        "follow": ["Síguenos en Facebook, X e Instagram", "Síguenos en Google Noticias"],
        "paywall": [
            "Contenido exclusivo para suscriptores. Suscríbete desde $2.990 al mes",
            "Has alcanzado el límite de notas gratuitas de este mes",
        ],
        "photo": ["Foto: Agencia Uno", "Fotografía: EFE / Archivo"],
        "share": ["Compartir en redes sociales", "Compartir Twittear Enviar por correo"],
        "cookie": "Utilizamos cookies propias y de terceros para mejorar tu experiencia. Si continúas navegando, aceptas su uso.",
        "comments": ["{} comentarios", "Deja tu comentario. Inicia sesión para participar"],
        "next": "Siguiente noticia: {}",
        "prev": "Noticia anterior: {}",
        "ad": ["Publicidad", "PUBLICIDAD - SIGUE LEYENDO ABAJO"],
        "crumb": ["Portada", "Nacional", "Sociedad"],
        "tags": "Etiquetas:",
        "bio": "Valentina Rojas Mella es periodista de la sección Nacional y cubre migración desde 2003.",
        "editor": "Edición: Mesa Nacional",
        "tools": ["Imprimir", "Enviar", "Tamaño de letra A+ A-"],
        "tip": "¿Tienes información sobre este tema? Escríbenos a denuncias@ejemplo.cl",
    },
    "pt": {
        "hl": [
            (
                "Prefeitura anuncia nova faixa exclusiva de ônibus",
                "O corredor terá 14 quilômetros na zona leste.",
            ),
            (
                "Palmeiras vence clássico e volta à liderança",
                "O gol da vitória saiu nos acréscimos do segundo tempo.",
            ),
            (
                "Inflação de julho fica abaixo do esperado",
                "O índice oficial subiu 0,12% no mês, segundo o IBGE.",
            ),
            (
                "Frente fria derruba temperaturas no Sul",
                "Há previsão de geada em áreas serranas nesta sexta.",
            ),
            (
                "Cantora anuncia turnê de despedida",
                "Os shows começam em março e passam por 20 cidades.",
            ),
            (
                "Polícia investiga golpe do falso leilão",
                "Vítimas pagaram por carros que nunca existiram.",
            ),
        ],
        "read_also": ["Leia também: {}", "LEIA MAIS: {}", "Veja também: {}"],
        "related": ["Notícias relacionadas", "Mais sobre o assunto"],
        "cue": "Você também pode gostar:",
        "most_read": ["Mais lidas", "As mais acessadas"],
        "newsletter": [
            "Receba as principais notícias do dia no seu e-mail. Inscreva-se na nossa newsletter",
            "Assine a newsletter gratuita e receba o resumo da manhã",
        ],
        "app": [
            "Baixe o app e receba notificações das notícias mais importantes",
            "Entre no nosso canal do WhatsApp",
        ],
        "follow": ["Siga-nos no Instagram e no Facebook", "Siga o jornal no Google Notícias"],
        "paywall": [
            "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
            "Você atingiu o limite de reportagens gratuitas",
        ],
        "photo": ["Foto: Divulgação", "Imagem: Agência Brasil / Arquivo"],
        "share": ["Compartilhe esta notícia", "Compartilhar no WhatsApp Compartilhar no Facebook"],
        "cookie": "Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
        "comments": ["{} comentários", "Deixe seu comentário. Faça login para comentar"],
        "next": "Próxima notícia: {}",
        "prev": "Notícia anterior: {}",
        "ad": ["Publicidade", "CONTINUA DEPOIS DA PUBLICIDADE"],
        "crumb": ["Início", "Brasil", "Mundo"],
        "tags": "Tópicos:",
        "bio": "Renata Albuquerque é repórter de Mundo e cobre migração e direitos humanos.",
        "editor": "Edição: Redação São Paulo",
        "tools": ["Imprimir", "Enviar por e-mail", "Tamanho da fonte A- A+"],
        "tip": "Tem uma denúncia? Envie para a nossa redação pelo WhatsApp (11) 90000-0000",
    },
    "fr": {
        "hl": [
            (
                "Grève des contrôleurs aériens jeudi",
                "Des annulations sont attendues à Nantes et à Bordeaux.",
            ),
            (
                "Le FC Nantes s'incline à domicile",
                "Les Canaris restent à deux points de la zone rouge.",
            ),
            (
                "Les prix du gazole repartent à la hausse",
                "Le litre dépasse de nouveau 1,45 euro en moyenne.",
            ),
            (
                "Un incendie détruit un hangar agricole",
                "Aucun blessé n'est à déplorer, selon les pompiers.",
            ),
            (
                "Le festival de jazz dévoile sa programmation",
                "Trente concerts sont prévus sur quatre scènes.",
            ),
            (
                "Vigilance orange aux orages dans l'Ouest",
                "Des rafales à 90 km/h sont possibles en soirée.",
            ),
        ],
        "read_also": ["À lire aussi : {}", "LIRE AUSSI. {}", "Voir aussi : {}"],
        "related": ["Sur le même sujet", "Nos articles liés"],
        "cue": "Ces articles peuvent vous intéresser :",
        "most_read": ["Les plus lus", "Les articles les plus partagés"],
        "newsletter": [
            "Inscrivez-vous à notre newsletter et recevez l'essentiel de l'actualité chaque matin",
            "Recevez gratuitement notre lettre quotidienne",
        ],
        "app": [
            "Téléchargez notre application pour ne rien manquer de l'actualité",
            "Rejoignez notre chaîne WhatsApp",
        ],
        "follow": ["Suivez-nous sur Facebook et Instagram", "Retrouvez-nous sur X"],
        "paywall": [
            "La suite de cet article est réservée aux abonnés. Déjà abonné ? Connectez-vous",
            "Abonnez-vous pour lire l'intégralité de cet article",
        ],
        "photo": ["Photo : Ouest-Images / archives", "© Photo DR"],
        "share": ["Partager cet article", "Partager sur Facebook Partager sur X Envoyer par mail"],
        "cookie": "Ce site utilise des cookies pour vous offrir un service de qualité. En poursuivant votre navigation, vous acceptez leur utilisation.",
        "comments": ["{} commentaires", "Réagissez à cet article. Connectez-vous pour commenter"],
        "next": "Article suivant : {}",
        "prev": "Article précédent : {}",
        "ad": ["Publicité", "PUBLICITÉ"],
        "crumb": ["Accueil", "Régions", "Pays de la Loire"],
        "tags": "Mots-clés :",
        "bio": "Étienne Marchal est correspondant du journal à Saint-Florent et suit l'actualité des bords de Loire.",
        "editor": "Édition : service des régions",
        "tools": ["Imprimer", "Envoyer", "Taille du texte A- A+"],
        "tip": "Une info à nous signaler ? Écrivez-nous à redaction@exemple.fr",
    },
}
