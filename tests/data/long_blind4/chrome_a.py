"""Chrome and clutter, de es pt pl: 'key: alt | alt' lines; 'h: headline || dek || category'."""

CHROME_A = {
    "de": """
site: Hallenbecker Anzeiger | Westkreis Rundschau | HA Online
home: Startseite | Home
section: Lokales | Stadt & Region | Kultur
nav: Politik | Wirtschaft | Sport | Kultur | Panorama
read_also: Lesen Sie auch | Auch interessant | Mehr zum Thema | Das könnte Sie auch interessieren
related: Das könnte Sie auch interessieren | Weitere Artikel aus der Region | Mehr aus dem Ressort
most_read: Meistgelesen | Top-Artikel | Am meisten gelesen heute
newsletter: Der Newsletter für Hallenbeck: Jeden Morgen die wichtigsten Nachrichten kostenlos in Ihr Postfach. | Abonnieren Sie unseren kostenlosen Newsletter und verpassen Sie keine Nachricht mehr aus der Region.
app: Folgst du schon dem Hallenbecker Anzeiger auf WhatsApp? Hier geht's zum Kanal. | Immer aktuell informiert: Laden Sie jetzt unsere kostenlose News-App herunter.
paywall: Lesen Sie jetzt weiter mit HA+ für nur 0,99 € im ersten Monat. | Dieser Artikel ist Teil unseres Plus-Angebots. Jetzt registrieren und weiterlesen.
photo: Foto: dpa/Karl Berger | Bild: Andreas Hübner/HA | Foto [M]: Shutterstock
video: Video abspielen | Das nächste Video startet in 5 Sekunden | Als Nächstes
gallery: Bildergalerie: Die schönsten Fotos vom Frühlingsfest | Bild 1 von 14 | Zur Galerie
share: Artikel teilen | Teilen | Auf Facebook teilen
comments: 23 Kommentare | Kommentare (23) | Jetzt kommentieren
cookie: Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung anzuzeigen. | Diese Website nutzt Cookies. Mit Ihrer Zustimmung helfen Sie uns, unser Angebot zu verbessern.
cookie_btn: Alle akzeptieren | Zustimmen und weiter
bio: Der Autor ist Redakteur im Lokalressort und berichtet seit 2015 über Stadtentwicklung und Kommunalpolitik. | Unser Autor schreibt über Bauprojekte, Verkehr und das Leben in der Innenstadt.
more_from: Mehr von diesem Autor | Weitere Artikel des Autors
tags_label: Schlagwörter | Themen
tags: Stadtbibliothek | Innenstadt | Sparkassengebäude | Förderverein
follow: Folgen | Thema folgen
ad: Anzeige | Werbung
now: Sie lesen gerade | Aktueller Artikel
sponsored: Gesponserter Inhalt | Promotion
sp_head: Jetzt Energie sparen: So senken Sie Ihre Heizkosten um bis zu 30 Prozent | Traumurlaub an der Ostsee: Die schönsten Ferienhäuser im Angebot
listen: Artikel anhören | Vorlesen lassen
comment: Endlich wieder eine richtige Bibliothek in der Stadt, aber warum dauert so etwas immer drei Jahre? | Schön geworden, aber die Parkplätze fehlen wie immer.
next: Nächster Artikel | Weiter zum nächsten Artikel
hidden: Jetzt 4 Wochen gratis testen | Exklusiv für Abonnenten: Das E-Paper am Vorabend
toolbar: Drucken | Schriftgröße ändern | Merken
hover_more: Profil ansehen | Alle Artikel zu dieser Person
footer: © 2026 Hallenbecker Verlagsgesellschaft mbH. Alle Rechte vorbehalten. | Impressum · Datenschutz · AGB
h: Wintereinbruch im April: Schnee legt Verkehr auf der B 54 lahm || Am Dienstagmorgen mussten Räumfahrzeuge mehrere Stunden lang die Bundesstraße zwischen Altdorf und Keltern freiräumen. || Verkehr
h: Stadtwerke erhöhen Fernwärmepreis zum dritten Mal in zwei Jahren || Ein durchschnittlicher Haushalt zahlt künftig rund 160 Euro mehr im Jahr, kündigte der Versorger am Montag an. || Wirtschaft
h: TSV Hallenbeck verliert Derby nach Elfmeter in der Nachspielzeit || Vor 4.200 Zuschauern entschied ein umstrittener Strafstoß das Spiel gegen den FC Keltern mit 1:2. || Sport
h: Einbrecher stehlen Werkzeug im Wert von 50.000 Euro aus Baumarkt || Die Polizei sucht Zeugen, die in der Nacht zum Sonntag verdächtige Fahrzeuge im Gewerbegebiet Nord gesehen haben. || Polizei
h: Neues Wohnquartier am Mühlbach: Erste Mieter ziehen im Herbst ein || Auf dem früheren Brauereigelände entstehen 320 Wohnungen, ein Drittel davon mit Mietpreisbindung. || Bauen
h: Freibad-Saison startet eine Woche früher als geplant || Wegen der milden Temperaturen öffnet das Waldbad bereits am 10. Mai, die Eintrittspreise bleiben stabil. || Freizeit
h: Kreistag streitet über Zukunft der Klinik in Altdorf || Die Geburtsstation soll nach dem Willen des Landkreises geschlossen werden, dagegen regt sich breiter Protest. || Politik
h: Frühlingsfest lockt 80.000 Besucher auf den Festplatz || Die Schausteller ziehen eine positive Bilanz, auch wenn das Wetter am zweiten Wochenende nicht mitspielte. || Freizeit
h: Bäckerei Lindner schließt nach 112 Jahren ihre Filiale am Markt || Die Inhaber finden keinen Nachfolger und geben auch wegen der hohen Energiekosten auf. || Wirtschaft
h: Radweg entlang der Alten Bahn wird endlich durchgehend befahrbar || Nach jahrelangem Streit um ein Grundstück ist das letzte Teilstück zwischen Kappel und Hörn fertig. || Verkehr
""",
    "es": """
site: Diario del Poniente | La Voz de Almería Digital | DP Noticias
home: Portada | Inicio
section: Almería | Provincia | Sociedad
nav: Actualidad | Deportes | Economía | Cultura | Opinión
read_also: Lee también | Te puede interesar | Más información | Noticia relacionada
related: Noticias relacionadas | Te puede interesar | Más noticias de Almería
most_read: Lo más leído | Lo más visto | Más leídas hoy
newsletter: Recibe cada mañana en tu correo las noticias más importantes de Almería. Suscríbete gratis a nuestro boletín. | Apúntate a nuestra newsletter y no te pierdas nada de lo que pasa en la provincia.
app: Únete a nuestro canal de WhatsApp y recibe las últimas noticias en tu móvil. | Descarga la app de Diario del Poniente y activa las alertas.
paywall: Este contenido es exclusivo para suscriptores. Suscríbete desde 1 € el primer mes. | Para seguir leyendo, hazte socio. Ya tienes cuenta? Inicia sesión.
photo: Foto: EFE/Carlos Barba | Imagen: Europa Press | Fotografía: Javier Alonso
video: Reproducir vídeo | El siguiente vídeo comenzará en 5 segundos | A continuación
gallery: Galería: Las imágenes de la Feria de Almería | Foto 1 de 20 | Ver galería completa
share: Compartir | Compartir en WhatsApp | Comparte esta noticia
comments: 14 comentarios | Comentarios (14) | Deja tu comentario
cookie: Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarte publicidad relacionada con tus preferencias. | Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.
cookie_btn: Aceptar y cerrar | Aceptar todas
bio: Periodista especializada en campo, migraciones y economía del poniente almeriense. | Redactora de la sección de provincia desde 2017.
more_from: Más noticias de la autora | Otros artículos de esta autora
tags_label: Etiquetas | Temas
tags: Inmigración | Invernaderos | El Ejido | Agricultura
follow: Seguir | Síguenos en X
ad: Publicidad | Anuncio
now: Estás leyendo | Leyendo ahora
sponsored: Contenido patrocinado | Patrocinado
sp_head: Los mejores colchones de 2026 al mejor precio: comparativa | Así puedes ahorrar hasta 300 euros en tu factura de la luz
listen: Escuchar noticia | Escuchar este artículo
comment: Ya era hora, sin esta gente no se recogería ni un tomate en toda la provincia. | Habrá que ver cuántos expedientes resuelven de verdad.
next: Siguiente noticia | Noticia siguiente
hidden: Suscríbete por 1 € al mes | Oferta exclusiva para nuevos suscriptores
toolbar: Imprimir | Tamaño de letra | Guardar
hover_more: Ver perfil | Todas las noticias sobre esta persona
footer: © Diario del Poniente S.L. Todos los derechos reservados. | Aviso legal · Política de privacidad · Cookies
h: Temporal de levante obliga a cerrar el puerto de Carboneras durante dos días || Las rachas de viento superaron los 80 kilómetros por hora y varios barcos pesqueros permanecieron amarrados. || Tiempo
h: La UD Almería remonta y sueña con el ascenso directo || El equipo rojiblanco ganó 3-2 en el último minuto y ya está a solo dos puntos de la segunda plaza. || Deportes
h: El precio del alquiler en Roquetas sube un 14% en un año || Los vecinos denuncian que cada vez más viviendas se destinan a pisos turísticos durante todo el año. || Economía
h: Detenidos tres jóvenes por robar en una docena de cortijos de Níjar || La Guardia Civil recuperó herramientas, motores de riego y una furgoneta que habían sido sustraídos. || Sucesos
h: El Festival de Cine de Almería anuncia su cartel con un homenaje al western || Se proyectarán una veintena de películas rodadas en el desierto de Tabernas entre 1965 y 1985. || Cultura
h: La autovía del Mediterráneo tendrá un tercer carril en Vícar en 2028 || El Ministerio ha adjudicado las obras por 48 millones de euros y prevé empezarlas el próximo verano. || Infraestructuras
h: Las playas de Almería mantienen catorce banderas azules || Mojácar y Vera vuelven a encabezar la lista de arenales con mejores servicios de la provincia. || Turismo
h: El hospital de Poniente abrirá una nueva unidad de ictus en mayo || La unidad contará con seis camas y atenderá a pacientes de toda la comarca durante las 24 horas. || Salud
h: La cosecha de aceite cae un 30% por la sequía en el Almanzora || Los agricultores reclaman ayudas urgentes y temen por la supervivencia de los olivares más antiguos. || Campo
h: Cortes de agua en el centro de Almería por las obras de la calle Real || Los vecinos afectados estarán sin suministro entre las 9.00 y las 14.00 horas de martes a jueves. || Ciudad
""",
    "pt": """
site: Jornal do Sul | Notícias de Setúbal | JS Online
home: Início | Capa
section: Sociedade | País | Imigração
nav: Política | Economia | Desporto | Cultura | Opinião
read_also: Leia também | Veja também | Relacionado | Saiba mais
related: Artigos relacionados | Também lhe pode interessar | Mais notícias
most_read: Mais lidas | Mais vistas | Em destaque
newsletter: Subscreva a nossa newsletter e receba todas as manhãs as principais notícias do dia. | Receba gratuitamente no seu e-mail o resumo semanal do Jornal do Sul.
app: Siga o Jornal do Sul no WhatsApp e receba as notícias no telemóvel. | Descarregue a nossa aplicação e ative as notificações.
paywall: Este artigo é exclusivo para assinantes. Assine já a partir de 1 € por mês. | Continue a ler com a assinatura digital. Já é assinante? Entre aqui.
photo: Foto: Lusa/António Cotrim | Fotografia: Rui Gaudêncio | Imagem: DR
video: Ver vídeo | O próximo vídeo começa em 5 segundos | A seguir
gallery: Fotogaleria: O Carnaval de Torres Vedras em imagens | 1 de 18 | Ver todas as fotos
share: Partilhar | Partilhe este artigo | Partilhar no Facebook
comments: 31 comentários | Comentários (31) | Comente esta notícia
cookie: Utilizamos cookies para lhe proporcionar uma melhor experiência de navegação e para fins publicitários. | Este site usa cookies. Ao continuar a navegar, está a aceitar a sua utilização.
cookie_btn: Aceitar | Aceitar todos
bio: Jornalista na secção Sociedade, escreve sobre migrações, trabalho e direitos sociais. | Jornalista desde 2012, acompanha temas de imigração e habitação.
more_from: Mais artigos da autora | Outros artigos desta jornalista
tags_label: Tags | Temas
tags: Imigração | AIMA | Reagrupamento familiar | Odemira
follow: Seguir | Siga-nos
ad: Publicidade | Pub
now: Está a ler | A ler agora
sponsored: Conteúdo patrocinado | Patrocinado
sp_head: Descubra o novo crédito habitação com taxa fixa | As melhores ofertas de viagens para a Páscoa
listen: Ouvir artigo | Ouvir esta notícia
comment: Vergonha. Pagamos impostos e esperamos anos para ver os filhos. | E os funcionários novos quando começam a trabalhar a sério?
next: Artigo seguinte | Próximo artigo
hidden: Assine por 1 € no primeiro mês | Oferta de lançamento para novos assinantes
toolbar: Imprimir | Tamanho do texto | Guardar artigo
hover_more: Ver perfil | Todas as notícias sobre esta pessoa
footer: © 2026 Jornal do Sul. Todos os direitos reservados. | Estatuto editorial · Política de privacidade · Contactos
h: Chuva forte provoca inundações em várias ruas de Setúbal || A Proteção Civil registou mais de 60 ocorrências durante a noite, sobretudo quedas de árvores e caves alagadas. || País
h: Vitória de Setúbal empata e continua longe dos lugares de subida || A equipa sadina não foi além de um empate a uma bola frente ao Oriental, em jogo marcado pelo mau tempo. || Desporto
h: Preço das casas em Lisboa volta a subir no último trimestre || O valor mediano por metro quadrado ultrapassou os 4.800 euros, segundo os dados divulgados esta semana. || Economia
h: Assalto a multibanco em Palmela deixa loja destruída || Os assaltantes usaram explosivos e fugiram numa viatura que foi encontrada incendiada horas depois. || Sociedade
h: Festival de jazz do Seixal anuncia programa com 30 concertos || A edição deste ano decorre em julho e inclui pela primeira vez concertos gratuitos nas praias da baía. || Cultura
h: Obras na ponte 25 de Abril condicionam trânsito aos fins de semana || Uma das vias no sentido Almada-Lisboa estará fechada entre as 22h e as 6h durante três meses. || Trânsito
h: Escola de Sines fecha por falta de funcionários || Os pais exigem a contratação imediata de assistentes operacionais e ameaçam não levar os filhos às aulas. || Educação
h: Arrábida vai ter limite diário de carros no verão || A câmara pretende reduzir o estacionamento selvagem nas praias e reforçar os autocarros a partir de junho. || Ambiente
h: Pescadores de Sesimbra protestam contra novas quotas para o carapau || Cerca de 40 embarcações ficaram no porto em sinal de protesto contra a redução decidida em Bruxelas. || Economia
h: Hospital do Barreiro reabre urgência pediátrica à noite || O serviço esteve encerrado durante cinco meses por falta de médicos especialistas. || Saúde
""",
    "pl": """
site: Gazeta Świętokrzyska | Echo Kielc | GS24.pl
home: Strona główna | Start
section: Kielce | Region | Społeczeństwo
nav: Wiadomości | Sport | Biznes | Kultura | Opinie
read_also: Czytaj także | Zobacz też | Przeczytaj również | Polecamy
related: Polecane artykuły | Zobacz także | Więcej z regionu
most_read: Najczęściej czytane | Najpopularniejsze | Top 5
newsletter: Zapisz się do naszego newslettera i otrzymuj najważniejsze informacje z regionu codziennie rano. | Bądź na bieżąco! Zamów bezpłatny newsletter Gazety Świętokrzyskiej.
app: Obserwuj nas w Google News i bądź na bieżąco. | Pobierz aplikację GS24 i włącz powiadomienia.
paywall: Ten artykuł jest dostępny dla subskrybentów. Kup dostęp już od 4,99 zł. | Chcesz czytać dalej? Wykup prenumeratę cyfrową.
photo: Fot. PAP/Piotr Polak | Fot. Dawid Łukasik | Zdjęcie: archiwum
video: Odtwórz wideo | Następny film za 5 sekund | Następne
gallery: Galeria: Tak wyglądały Dni Kielc. Mamy zdjęcia | Zdjęcie 1 z 25 | Zobacz galerię
share: Udostępnij | Podziel się | Udostępnij na Facebooku
comments: 47 komentarzy | Komentarze (47) | Skomentuj
cookie: Używamy plików cookies, aby ułatwić korzystanie z serwisu oraz w celach statystycznych i reklamowych. | Ta strona korzysta z ciasteczek. Dowiedz się więcej w polityce prywatności.
cookie_btn: Akceptuję | Zgadzam się
bio: Dziennikarka działu regionalnego, pisze o zdrowiu, pomocy społecznej i rynku pracy. | W redakcji od 2014 roku, zajmuje się sprawami społecznymi.
more_from: Więcej artykułów autorki | Inne teksty autorki
tags_label: Tagi | Tematy
tags: cudzoziemcy | domy opieki | rynek pracy | Kielce
follow: Obserwuj | Śledź temat
ad: Reklama | REKLAMA
now: Czytasz teraz | Teraz czytasz
sponsored: Artykuł sponsorowany | Materiał partnera
sp_head: Kredyt gotówkowy bez wychodzenia z domu. Sprawdź ofertę | Wakacje last minute nad Bałtykiem od 299 zł za noc
listen: Posłuchaj artykułu | Odsłuchaj
comment: U nas w rodzinie babcią opiekuje się pani z Gruzji i jesteśmy bardzo zadowoleni. | Urzędy jak zwykle nie nadążają.
next: Następny artykuł | Czytaj dalej
hidden: Subskrypcja za 1 zł przez pierwszy miesiąc | Oferta specjalna dla nowych czytelników
toolbar: Drukuj | Rozmiar czcionki | Zapisz
hover_more: Zobacz profil | Wszystkie artykuły o tej osobie
footer: © 2026 Gazeta Świętokrzyska. Wszelkie prawa zastrzeżone. | Regulamin · Polityka prywatności · Kontakt
h: Gołoborze zamknięte dla turystów. Powodem osuwisko || Park narodowy zamknął szlak na Łysicę do odwołania po intensywnych opadach deszczu. || Region
h: Korona Kielce wygrywa po golu w ostatniej minucie || Kieleccy piłkarze pokonali Pogoń 2:1 i awansowali na siódme miejsce w tabeli. || Sport
h: Ceny mieszkań w Kielcach rosną najszybciej w kraju || Za metr kwadratowy nowego mieszkania trzeba już zapłacić średnio ponad 8 tys. zł. || Biznes
h: Pożar hali magazynowej w Starachowicach. Z ogniem walczyło 20 zastępów || Nikt nie został ranny, ale straty szacuje się na kilka milionów złotych. || Wiadomości
h: Festiwal Kultury Żydowskiej wraca do Chmielnika || W programie są koncerty, warsztaty kulinarne i spacery śladami dawnych mieszkańców miasta. || Kultura
h: Remont ulicy Warszawskiej potrwa do końca roku || Kierowcy muszą się liczyć z objazdami, a autobusy linii 4 i 12 pojadą zmienionymi trasami. || Wiadomości
h: Szpital w Busku-Zdroju otwiera nowy oddział rehabilitacji || Oddział ma 40 łóżek i przyjmie pierwszych pacjentów jeszcze w tym miesiącu. || Zdrowie
h: Rolnicy protestują przeciwko cenom zboża. Blokada drogi krajowej || Ciągniki przez kilka godzin blokowały drogę nr 73 w okolicach Morawicy. || Region
h: Nowe połączenie kolejowe z Kielc do Krakowa od czerwca || Podróż ma trwać niespełna dwie godziny, pociągi będą kursować pięć razy dziennie. || Wiadomości
h: Zoo w Kielcach ma nowych mieszkańców. To dwie pandy małe || Zwierzęta przyjechały z ogrodu w Czechach i już można je oglądać na wybiegu. || Region
""",
}
