"""Chrome and clutter texts per language (en, de, fr, es), as 'key: value' lines.

'h:' lines are unrelated headlines with a one-sentence dek ('headline | dek').
"""

from __future__ import annotations

CHROME_A = {
    "en": """
site: The Marsh Valley Herald
section: Politics
home: Home
read_also: Read more:
related: More on this story
most_read: Most read
newsletter: Sign up for our Morning Briefing and get the day's top stories in your inbox.
app: Get breaking news alerts on your phone with the Herald app.
paywall: This article is for subscribers only. Already a subscriber? Log in.
credit: Photo: Tom Ashby / Herald Pictures
share: Share this article
comments: 47 comments
cookie: We use cookies to personalise content and ads and to analyse our traffic.
cookie_ok: Accept all cookies
bio: Harriet Oduya covers the Home Office, borders and policing. She joined the Herald in 2019.
more_from: More from Harriet Oduya
tags_label: Topics
tags: Refugees, Home Office, Local councils
follow: Follow
ad: Advertisement
listen: Listen to this article
print: Print this page
font: Text size
poll: Should your town take part in the sponsorship scheme?
poll_opts: Yes, definitely; No, not now
vote: Vote now
sponsored_label: Sponsored content
sponsored: Five ways to cut your heating bill before January
affiliate: We may earn a commission when you buy through links on our site.
errata: Spotted an error in this story? Contact our corrections desk.
comment: Tony_R: Good news for once, our church group has been waiting two years for this.
next: Next story
up_next: Up next
gallery: Image 3 of 9
now_reading: You are reading
h: Storm Idris to bring 80mph gusts to western coasts | Forecasters have issued amber warnings for Friday night and Saturday morning.
h: Rovers sack manager after seventh straight defeat | The club said the search for a successor would begin immediately.
h: Rail fares to rise by 4.6% from March | Campaigners say commuters are paying more for fewer trains.
h: Teenager charged after shop fire in Kirkby | Police said no one was injured in the blaze on Sunday night.
h: Council approves 600 homes on former quarry site | Residents raised concerns about traffic on the main access road.
h: Jazz festival returns to the harbour next summer | Organisers promise a bigger stage and cheaper tickets for families.
h: Bypass closed overnight for resurfacing works | Diversions will be in place from 8pm until 6am all week.
h: Hospital waiting lists fall for third month | Health bosses credited extra weekend clinics for the change.
""",
    "de": """
site: Mittelland-Kurier
section: Politik
home: Startseite
read_also: Lesen Sie auch:
related: Mehr zum Thema
most_read: Meistgelesen
newsletter: Jetzt den Kurier-Newsletter abonnieren und jeden Morgen bestens informiert sein.
app: Folgen Sie dem Kurier schon auf WhatsApp? Hier geht es zu unserem Kanal.
paywall: Weiterlesen mit Kurier+ – jetzt 4 Wochen für 0,99 € testen.
credit: Foto: Sebastian Kahl/dpa
share: Artikel teilen
comments: 112 Kommentare
cookie: Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.
cookie_ok: Alle akzeptieren
bio: Jana Reinholt ist Redakteurin im Ressort Landespolitik und berichtet über Migration und Innere Sicherheit.
more_from: Mehr Artikel von Jana Reinholt
tags_label: Schlagworte
tags: Einbürgerung, Sachsen, Behörden
follow: Folgen
ad: Anzeige
listen: Artikel anhören
print: Drucken
font: Schriftgröße
poll: Sollten Einbürgerungsverfahren vollständig digital laufen?
poll_opts: Ja, unbedingt; Nein, lieber persönlich
vote: Abstimmen
sponsored_label: Sponsored
sponsored: So finden Sie die passende Pflegeversicherung für Ihre Eltern
affiliate: Wenn Sie über diese Links einkaufen, erhält der Kurier eine Provision.
errata: Haben Sie einen Fehler entdeckt? Schreiben Sie uns an die Redaktion.
comment: Bernd_K.: Das war doch absehbar, seit Jahren wird bei den Ämtern gespart.
next: Nächster Artikel
up_next: Als Nächstes
gallery: Bild 4 von 12
now_reading: Sie lesen gerade
h: Sturmtief sorgt für Verkehrschaos auf der A14 | Zahlreiche Bäume stürzten auf die Fahrbahn, die Polizei sperrte mehrere Abschnitte.
h: Handballer verlieren Spitzenspiel in Magdeburg | Die Gäste lagen schon zur Pause mit sechs Toren zurück.
h: Strompreise steigen im Januar um neun Prozent | Die Stadtwerke begründen den Schritt mit höheren Netzentgelten.
h: Weihnachtsmarkt öffnet mit neuer Eisbahn | Die Bahn auf dem Marktplatz ist doppelt so groß wie im Vorjahr.
h: Einbruchserie in Gartenanlagen aufgeklärt | Zwei Männer sollen in mehr als 40 Lauben eingestiegen sein.
h: Mietspiegel: Wohnen in der Innenstadt wird teurer | Die Durchschnittsmiete liegt nun bei 8,40 Euro pro Quadratmeter.
h: Stadtbibliothek verlängert Öffnungszeiten | Künftig ist das Haus auch sonntags von 11 bis 17 Uhr geöffnet.
h: Brücke an der Bundesstraße wird abgerissen | Autofahrer müssen sich auf eine lange Umleitung einstellen.
""",
    "fr": """
site: L’Écho des Vallées
section: Société
home: Accueil
read_also: À lire aussi :
related: Sur le même sujet
most_read: Les plus lus
newsletter: Recevez chaque matin l’essentiel de l’actualité : inscrivez-vous à notre lettre d’information.
app: Téléchargez l’application L’Écho pour ne rien manquer de l’actualité.
paywall: La suite de cet article est réservée aux abonnés. Déjà abonné ? Se connecter
credit: Photo : Julien Marchal / L’Écho
share: Partager l’article
comments: 86 commentaires
cookie: Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience.
cookie_ok: Tout accepter
bio: Claire Vasseur est journaliste au service Société, spécialiste des questions de migrations et de justice.
more_from: Tous les articles de Claire Vasseur
tags_label: Mots-clés
tags: Préfectures, Immigration, Défenseur des droits
follow: Suivre
ad: Publicité
listen: Écouter cet article
print: Imprimer
font: Taille du texte
poll: Avez-vous déjà eu des difficultés avec une démarche en ligne ?
poll_opts: Oui, souvent; Non, jamais
vote: Je vote
sponsored_label: Contenu sponsorisé
sponsored: Retraite : comment bien préparer sa succession
affiliate: Cet article contient des liens affiliés : nous pouvons percevoir une commission.
errata: Vous avez repéré une erreur ? Signalez-la à la rédaction.
comment: Mireille84 : Même chose pour mon mari, trois mois sans réponse.
next: Article suivant
up_next: À suivre
gallery: Photo 2 sur 10
now_reading: Vous lisez
h: Tempête : 40 000 foyers privés d’électricité en Bretagne | Les équipes d’Enedis sont mobilisées pour rétablir le courant d’ici vendredi.
h: Ligue 1 : Lens s’impose dans le derby | Les Sang et Or ont marqué deux fois en fin de match.
h: Le prix du gazole repart à la hausse | Le litre dépasse de nouveau 1,80 euro dans de nombreuses stations.
h: Un festival de cinéma d’animation à Annecy cet hiver | La programmation sera dévoilée à la mi-janvier.
h: Cambriolages : un réseau démantelé dans la Drôme | Cinq personnes ont été interpellées mardi à l’aube.
h: Logement : les loyers flambent dans les villes moyennes | La hausse atteint 7 % en un an à Angers et à Tours.
h: Le marché de Noël de Colmar bat des records | Plus d’un million de visiteurs sont attendus cette année.
h: Travaux sur l’A7 : des bouchons à prévoir | Une voie sera fermée la nuit entre Valence et Montélimar.
""",
    "es": """
site: Diario del Levante Sur
section: España
home: Portada
read_also: Lee también:
related: Noticias relacionadas
most_read: Lo más leído
newsletter: Apúntate a nuestro boletín y recibe cada mañana las noticias más importantes.
app: Síguenos en nuestro canal de WhatsApp y no te pierdas nada.
paywall: Este contenido es exclusivo para suscriptores. Suscríbete desde 1 € el primer mes.
credit: Foto: Pablo Serrano / EFE
share: Compartir en redes
comments: 64 comentarios
cookie: Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
cookie_ok: Aceptar y cerrar
bio: Lucía Ferrándiz es redactora de la sección de España y cubre políticas sociales y migración.
more_from: Más noticias de Lucía Ferrándiz
tags_label: Temas
tags: Extranjería, Formación Profesional, Ministerio de Inclusión
follow: Seguir
ad: Publicidad
listen: Escuchar noticia
print: Imprimir
font: Tamaño de letra
poll: ¿Crees que el arraigo por formación debería ampliarse?
poll_opts: Sí, claramente; No, así está bien
vote: Votar
sponsored_label: Patrocinado
sponsored: Las mejores hipotecas fijas de diciembre, comparadas
affiliate: Como afiliados, recibimos una comisión por las compras realizadas a través de los enlaces.
errata: ¿Has visto un error? Escríbenos a la redacción.
comment: Manolo_G: Lo de las citas en Barcelona es una vergüenza, lo sé por experiencia.
next: Siguiente noticia
up_next: A continuación
gallery: Foto 5 de 11
now_reading: Estás leyendo
h: La borrasca Gerda deja nieve en la meseta | Aemet activa el aviso naranja en cinco provincias hasta el sábado.
h: El Elche remonta y sale del descenso | Dos goles en los últimos diez minutos dieron la victoria al equipo local.
h: La luz subirá un 8% en enero | Las eléctricas trasladan a la factura el aumento de los peajes.
h: Vuelve el festival de teatro de Almagro | La organización adelanta la venta de entradas por la alta demanda.
h: Detenido un hombre por robar en doce farmacias | La Policía Nacional lo arrestó en Murcia tras un mes de investigación.
h: El precio del alquiler marca un nuevo récord | La renta media supera los 13 euros por metro cuadrado.
h: Alicante estrena su nuevo mercado central | El edificio reabre tras dos años de obras de rehabilitación.
h: Cortes en la A-7 por obras durante el puente | Tráfico recomienda rutas alternativas por la N-332.
""",
}
