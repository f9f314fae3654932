"""Chrome and clutter idiom for en, fr, it, nl: 'key: alt | alt | alt'; 'h:' headline || dek."""

CHROME = {
    "en": """
site: Teme Valley Advertiser | The Marches Gazette | Tenbury Wells Weekly
section: Farming
author: Rob Haskins
h: Flood warnings issued for the Teme at Ludlow and Tenbury || The Environment Agency expects river levels to peak on Saturday morning after heavy overnight rain.
h: Kidderminster Harriers snatch late draw at home to Hereford || A header in stoppage time rescued a point for the hosts in front of 3,000 fans.
h: Heating oil prices jump ahead of the cold snap || Rural households say they are paying almost a third more than last winter.
h: Police appeal after tractor stolen from farm near Bromyard || The vehicle was taken in the early hours of Tuesday and may have been driven towards Leominster.
h: Christmas lights switch-on draws record crowd || Organisers say more than 4,000 people packed the high street for the fireworks.
h: A49 closed overnight for resurfacing near Leominster || Diversions will be in place from 8pm to 6am for the next two weeks.
h: Village hall wins lottery grant for new roof || The £60,000 award ends a three-year campaign by volunteers.
h: GP surgery to close its branch in Clee Hill || Patients will have to travel to Ludlow from March, the practice confirmed.
read_also: Read more: | READ MORE: | Also read:
related_h: More from Farming | Related stories | You might also like
most_read_h: Most read | Trending | Most popular this week
newsletter: Sign up to our daily newsletter for the latest news from the Teme Valley. | For more stories like this, sign up to our free farming newsletter. | Get the Advertiser's morning briefing straight to your inbox.
app: Follow us on WhatsApp for breaking news. | Download our free app for iPhone and Android. | Get breaking news alerts: turn on notifications.
paywall: This article is for subscribers only. | Subscribe for £1 a week to keep reading. | You have reached your limit of free articles this month.
photo: Picture: Rob Haskins | Photo: PA Wire / Jacob King | Image: Supplied
video: This is a modal window. | Next video starts in 5 seconds | Now watching: Farm of the week
upnext: Up next | Watch next | More videos
share: Share on Facebook | Share this article | Share
counter: 17 comments | Comments (17) | 96 shares
cookie: We use cookies to personalise content and ads and to analyse our traffic. | By clicking accept you agree to the storing of cookies on your device.
cookie_btn: Accept all | I agree
bio: Rob Haskins is our farming and rural affairs reporter and has covered the Marches since 2009. | Rob Haskins writes about agriculture, rural business and local politics.
more_from: More from Rob Haskins | More stories by Rob Haskins
tags_label: Tags: | Topics:
tags: Farming | Home Office | Apples
ad: Advertisement | ADVERTISEMENT | Sponsored
now_reading: Now reading: | You are reading:
sponsored: Promoted: The smart way to cut your energy bill this winter | Sponsored: Five country pubs worth the drive this December
listen: Listen to this article | Listen: 5 min | Audio version
comment: My nephew picks every year and was turned away in September. Madness.
gallery: Gallery: | In pictures: | Photos:
hover_label: View profile | More about this person
next_label: Next story | Read next
next: Ludlow food festival confirms new spring date || Organisers say the event will move to April to avoid clashing with the castle's summer programme. Tickets go on sale in January.
home: Home
""",
    "fr": """
site: Le Courrier du 93 | Banlieue Info | Le Petit Dionysien
section: Société
author: Claire Moreau
h: Vigilance orange aux orages sur l’Île-de-France ce week-end || Météo-France annonce des rafales jusqu’à 90 km/h et des cumuls importants.
h: Le Red Star s’impose à Bauer dans les arrêts de jeu || Les Audoniens remontent à la quatrième place du classement.
h: Le prix du ticket de métro augmentera en janvier || Île-de-France Mobilités justifie la hausse par le coût de l’énergie.
h: Aubervilliers : un entrepôt ravagé par un incendie || Les pompiers sont intervenus toute la nuit, aucun blessé n’est à déplorer.
h: Le marché de Noël de Montreuil fait son retour place Jean-Jaurès || Une soixantaine d’exposants sont attendus jusqu’au 24 décembre.
h: Travaux sur l’A86 : fermetures nocturnes à Bobigny || La circulation sera coupée entre 22 heures et 5 heures pendant trois semaines.
h: La MC93 dévoile sa programmation de printemps || Le théâtre de Bobigny accueillera huit créations dont trois spectacles jeunesse.
h: Les parents d’élèves mobilisés contre la fermeture de classes || Une pétition a recueilli plus de 2 000 signatures en une semaine.
read_also: À lire aussi : | Lire aussi | À voir aussi :
related_h: Sur le même sujet | Nos articles liés | Plus d’actualités Société
most_read_h: Les plus lus | Les articles les plus lus | Tendances
newsletter: Inscrivez-vous à notre newsletter pour recevoir l’essentiel de l’actualité du 93. | Recevez chaque matin notre lettre d’information gratuite. | Newsletter : l’actu locale dans votre boîte mail.
app: Suivez-nous sur WhatsApp. | Téléchargez l’application du Courrier du 93. | Activez les notifications pour ne rien manquer.
paywall: La suite est réservée aux abonnés. | Abonnez-vous pour 1 € le premier mois. | Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous.
photo: Photo : Claire Moreau | © AFP / Thomas Samson | Photo d’illustration
video: Chargement de la vidéo… | La vidéo suivante démarre dans 5 secondes | Regarder la vidéo
upnext: À suivre | Vidéo suivante | Plus de vidéos
share: Partager sur Facebook | Partager l’article | Partager
counter: 42 commentaires | Commentaires (42) | 150 partages
cookie: Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience. | En poursuivant votre navigation, vous acceptez l’utilisation de cookies.
cookie_btn: Tout accepter | Accepter et fermer
bio: Claire Moreau est journaliste au service Société et suit les questions de droits des étrangers. | Claire Moreau couvre la Seine-Saint-Denis depuis 2017.
more_from: Plus d’articles de Claire Moreau | Tous les articles de Claire Moreau
tags_label: Mots-clés : | Thèmes :
tags: Préfecture | Titre de séjour | Bobigny
ad: Publicité | PUBLICITÉ | Annonce
now_reading: Vous lisez : | En cours de lecture :
sponsored: Contenu sponsorisé : Comment réduire sa facture de chauffage cet hiver | Proposé par notre partenaire : Les meilleures mutuelles de 2025
listen: Écouter l’article | Écouter cet article | Écouter : 5 min
comment: C’est une honte, ma voisine attend depuis avril et elle a perdu son travail.
gallery: Diaporama : | En images : | Galerie :
hover_label: Voir le profil | En savoir plus
next_label: Article suivant | Lire la suite
next: Pantin : une nouvelle piscine ouvrira en septembre || Le bassin olympique de la Cité fluviale accueillera les scolaires dès la rentrée. Les travaux ont pris six mois de retard.
home: Accueil
""",
    "it": """
site: Il Golfo Oggi | Gazzetta del Litorale | Pontino Notizie
section: Cronaca
author: Marco De Santis
h: Allerta meteo arancione su tutto il Lazio meridionale || La Protezione civile prevede piogge intense e mareggiate lungo la costa.
h: La Latina calcio pareggia in extremis con il Picerno || Un rigore al novantesimo salva i nerazzurri al Francioni.
h: Caro carburanti, la benzina torna sopra 1,90 euro || I distributori della provincia registrano i prezzi più alti dell’anno.
h: Furti nelle ville di Sperlonga, due arresti || I carabinieri hanno recuperato gioielli e orologi per 40 mila euro.
h: Mercatini di Natale a Gaeta, attese 100 mila persone || Il Comune ha potenziato le navette dal parcheggio di Serapo.
h: Chiusa la Flacca per una frana vicino a Sperlonga || L’Anas stima almeno due settimane di lavori.
h: Il teatro Remigio Paone presenta la nuova stagione || In cartellone venti spettacoli tra prosa, musica e danza.
h: Formia, genitori in piazza contro la chiusura della scuola || Il plesso di Maranola rischia di perdere le classi elementari.
read_also: Leggi anche: | LEGGI ANCHE | Potrebbe interessarti:
related_h: Articoli correlati | Altre notizie di Cronaca | Ti potrebbe interessare
most_read_h: I più letti | Più letti oggi | Le notizie più lette
newsletter: Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie del Golfo. | Ricevi gratis il meglio del giorno nella tua casella email. | Newsletter: le notizie del litorale, ogni giorno.
app: Seguici sul nostro canale WhatsApp. | Scarica l’app de Il Golfo Oggi. | Ricevi le notifiche delle ultime notizie.
paywall: Questo articolo è riservato agli abbonati. | Abbonati a 1 euro per il primo mese. | Hai esaurito gli articoli gratuiti di questo mese.
photo: Foto di Marco De Santis | Foto: ANSA / Ciro Fusco | Foto d’archivio
video: Caricamento video… | Il prossimo video inizierà tra 5 secondi | Guarda il video
upnext: A seguire | Prossimo video | Altri video
share: Condividi su Facebook | Condividi l’articolo | Condividi
counter: 11 commenti | Commenti (11) | 73 condivisioni
cookie: Questo sito utilizza cookie tecnici e di profilazione anche di terze parti. | Utilizziamo i cookie per migliorare la tua esperienza di navigazione.
cookie_btn: Accetta tutto | Accetto
bio: Marco De Santis è giornalista della redazione Cronaca e si occupa di trasporti e isole. | Marco De Santis scrive per il giornale dal 2010.
more_from: Altri articoli di Marco De Santis | Tutti gli articoli dell’autore
tags_label: Tag: | Argomenti:
tags: Ponza | Traghetti | Regione Lazio
ad: Pubblicità | PUBBLICITÀ | Annuncio
now_reading: Stai leggendo: | In lettura:
sponsored: Contenuto sponsorizzato: I mutui a tasso fisso più convenienti di dicembre | Offerto da: Cinque borghi da visitare questo inverno
listen: Ascolta l’articolo | Ascolta la notizia | Ascolta: 4 min
comment: Era ora! Mia figlia studia a Roma e non poteva mai tornare il venerdì.
gallery: Fotogallery: | Le foto: | Galleria:
hover_label: Vedi profilo | Chi è
next_label: Articolo successivo | Leggi il prossimo
next: Gaeta, nuova pista ciclabile sul lungomare entro l’estate || Il progetto collegherà il porto a Serapo con un percorso di tre chilometri. I lavori partiranno a febbraio.
home: Home page
""",
    "nl": """
site: Emmer Courant | Drentse Dagkrant | Zuidoost Drenthe Nu
section: Nieuws
author: Sanne Bakker
h: Code oranje voor zware windstoten in Drenthe || Het KNMI waarschuwt voor omgewaaide bomen en vertraging op het spoor.
h: FC Emmen wint na spannende slotfase van Jong Ajax || De Emmenaren scoorden twee keer in de laatste tien minuten.
h: Energierekening stijgt in januari opnieuw || Vooral huishoudens met een variabel contract gaan meer betalen.
h: Politie zoekt getuigen van inbraak bij supermarkt || De daders gingen er met sigaretten en telefoonkaarten vandoor.
h: Kerstmarkt in het centrum trekt duizenden bezoekers || Ondernemers zijn tevreden over de eerste zaterdag.
h: N34 tussen Emmen en Coevorden afgesloten voor onderhoud || Verkeer wordt vier nachten omgeleid via de N862.
h: Atlas Theater maakt voorjaarsprogramma bekend || Op het programma staan onder meer drie musicals en een cabaretfestival.
h: Ouders boos over sluiting van basisschool in Weiteveen || De school heeft te weinig leerlingen om open te blijven.
read_also: Lees ook: | LEES OOK | Bekijk ook:
related_h: Meer nieuws | Gerelateerde artikelen | Ook interessant
most_read_h: Meest gelezen | Populair | Vandaag veel gelezen
newsletter: Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws. | Ontvang het nieuws uit Emmen gratis in je mailbox. | Nieuwsbrief: elke dag om 7 uur de highlights.
app: Volg ons op WhatsApp. | Download de app van de Emmer Courant. | Zet meldingen aan en mis niets.
paywall: Dit artikel is alleen voor abonnees. | Lees verder voor 1 euro per week. | Je hebt het maximum aantal gratis artikelen bereikt.
photo: Foto: Sanne Bakker | Foto: ANP / Vincent Jannink | Archieffoto
video: Video wordt geladen… | Volgende video start over 5 seconden | Bekijk de video
upnext: Hierna | Volgende video | Meer video’s
share: Deel op Facebook | Deel dit artikel | Delen
counter: 27 reacties | Reacties (27) | 88 keer gedeeld
cookie: Wij gebruiken cookies om je een betere ervaring te bieden. | Deze site maakt gebruik van cookies voor statistieken en advertenties.
cookie_btn: Alles accepteren | Akkoord
bio: Sanne Bakker is verslaggever en schrijft over wonen, zorg en asiel in Zuidoost-Drenthe. | Sanne Bakker werkt sinds 2015 voor de krant.
more_from: Meer van Sanne Bakker | Alle artikelen van Sanne Bakker
tags_label: Tags: | Onderwerpen:
tags: COA | Statushouders | Huisvesting
ad: Advertentie | ADVERTENTIE | Reclame
now_reading: Je leest nu: | Nu aan het lezen:
sponsored: Gesponsord: Zo bespaar je deze winter op je energierekening | In samenwerking met: De beste fietsroutes door het Drentse land
listen: Luister naar dit artikel | Beluister het artikel | Luister: 4 min
comment: Er staan hier zoveel huizen leeg boven winkels, waarom niet daar?
gallery: Fotoserie: | Bekijk de foto’s: | Galerij:
hover_label: Bekijk profiel | Meer over deze persoon
next_label: Volgend artikel | Lees verder
next: Nieuw zwembad in Emmen opent na zomer || Het bad aan de Boermarkeweg krijgt een wedstrijdbassin en een apart instructiebad. De bouw ligt op schema, zegt de gemeente.
home: Home
""",
}
