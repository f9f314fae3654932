"""Chrome and clutter idiom for de, es, pt, pl: 'key: alt | alt | alt'; 'h:' headline || dek."""

CHROME = {
    "de": """
site: Kreiszeitung Wesermarsch | Nordwest-Bote | WeserLand Online
section: Lokales
author: Jens Tammen
h: Sturmflutwarnung für die Unterweser am Wochenende || Der Deutsche Wetterdienst rechnet mit Pegelständen bis zu zwei Metern über dem mittleren Hochwasser.
h: Werder verliert auch das dritte Auswärtsspiel in Folge || Die Bremer kassierten in Augsburg zwei späte Gegentore und rutschen in der Tabelle weiter ab.
h: Heizölpreise steigen vor dem Jahreswechsel deutlich || Händler in der Region melden eine hohe Nachfrage, weil viele Kunden höhere Abgaben im Januar fürchten.
h: Einbruchserie in Elsfleth: Polizei sucht Zeugen || Unbekannte sind in der Nacht zu Montag in drei Gartenlauben am Deich eingestiegen.
h: Weihnachtsmarkt in Brake öffnet mit neuem Riesenrad || Die Veranstalter erwarten an den vier Adventswochenenden mehr als 30.000 Besucher.
h: B212 bei Berne ab Montag voll gesperrt || Wegen Arbeiten an der Brücke über die Ollen wird der Verkehr großräumig umgeleitet.
h: Musikschule sucht dringend neue Räume || Der Mietvertrag im alten Amtsgericht läuft im Sommer aus, eine Lösung ist nicht in Sicht.
h: Krankenhaus Nordenham schließt Geburtsstation endgültig || Schwangere müssen künftig nach Oldenburg oder Bremerhaven fahren, teilte der Träger mit.
read_also: Lesen Sie auch: | Auch interessant: | Mehr zum Thema:
related_h: Weitere Nachrichten aus der Region | Das könnte Sie auch interessieren | Mehr aus Lokales
most_read_h: Meistgelesen | Top-Artikel heute | Die meistgelesenen Artikel
newsletter: Der Morgen-Newsletter: Die wichtigsten Nachrichten aus der Wesermarsch jeden Tag um 6 Uhr in Ihrem Postfach. | Jetzt kostenlos für unseren Newsletter anmelden und nichts mehr verpassen! | Lokal informiert: Abonnieren Sie unseren Newsletter mit einem Klick.
app: Folgst du uns schon auf WhatsApp? Hier geht es zu unserem Kanal. | Holen Sie sich unsere News-App für iOS und Android. | Eilmeldungen direkt aufs Handy: Jetzt die App laden.
paywall: Sie haben 2 von 5 kostenlosen Artikeln in diesem Monat gelesen. | Weiterlesen mit KZ+ ab 0,99 € im ersten Monat. | Dieser Artikel ist exklusiv für Abonnenten.
photo: Foto: Jens Tammen | Foto [M]: Shutterstock / Kreiszeitung | Bild: dpa / Sina Schuldt
video: Video wird geladen ... | Nächstes Video startet in 5 Sekunden | Jetzt ansehen: Die Woche im Video
upnext: Als Nächstes | Das nächste Video | Weitere Videos
share: Artikel teilen | Teilen Sie diesen Artikel | Auf Facebook teilen
counter: 14 Kommentare | Kommentare (14) | 37 Mal geteilt
cookie: Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. | Diese Website nutzt Cookies und vergleichbare Technologien für Statistik und Werbung.
cookie_btn: Alle akzeptieren | Einverstanden
bio: Jens Tammen ist Redakteur im Lokalressort und berichtet seit 2014 aus dem Kreishaus. | Jens Tammen schreibt über Politik, Soziales und Verkehr in der Wesermarsch.
more_from: Mehr von Jens Tammen | Alle Artikel von Jens Tammen
tags_label: Schlagworte: | Themen:
tags: Ausländerbehörde | Pflege | Kreisausschuss
ad: Anzeige | Werbung | ANZEIGE
now_reading: Sie lesen gerade: | Jetzt lesen:
sponsored: Gesponsert: Jetzt Photovoltaik-Förderung sichern und bis zu 40 Prozent sparen | Partnerinhalt: So finden Sie die günstigste Kfz-Versicherung für 2025
listen: Artikel anhören | Diesen Artikel vorlesen lassen | Jetzt anhören: 4 Min.
comment: Endlich mal eine vernünftige Entscheidung aus dem Kreishaus, weiter so!
gallery: Bildergalerie: | Fotostrecke: | Bilder:
hover_label: Mehr zur Person | Profil ansehen
next_label: Nächster Artikel | Weiterlesen im nächsten Artikel
next: Neue Buslinie verbindet Brake und Rodenkirchen im Stundentakt || Ab dem Fahrplanwechsel fährt der Bus 440 auch am Wochenende, zunächst für eine Testphase von einem Jahr. Die Kosten teilen sich der Landkreis und die beiden Gemeinden.
home: Startseite
""",
    "es": """
site: La Verdad del Mar Menor | Diario del Campo de Cartagena | Murcia Hoy
section: Sociedad
author: Lucía Sánchez Ros
h: Alerta amarilla por lluvias intensas en el litoral murciano || La Aemet prevé acumulados de hasta 60 litros por metro cuadrado en pocas horas.
h: El Real Murcia empata en el último minuto ante el Ibiza || Un gol de cabeza en el descuento salvó un punto en un partido gris en Nueva Condomina.
h: El precio de la luz sube un 12% en la primera semana de diciembre || Las comercializadoras atribuyen el repunte al frío y a la baja producción eólica.
h: Detenido un joven por robar en cinco farmacias de Cartagena || La Policía Nacional lo localizó gracias a las cámaras de un establecimiento.
h: Cieza prepara su mercado navideño con cien puestos || El Ayuntamiento espera atraer a visitantes de toda la Vega del Segura.
h: Cortes en la A-30 por obras en el enlace de Espinardo || Tráfico recomienda rutas alternativas durante las próximas tres semanas.
h: El auditorio Víctor Villegas anuncia su temporada de invierno || La programación incluye zarzuela, jazz y dos estrenos de compañías locales.
h: Vecinos de El Palmar protestan por el cierre del centro de salud por la tarde || Más de 300 personas se concentraron frente al consistorio pedáneo.
read_also: Lee también: | Te puede interesar: | Relacionado:
related_h: Noticias relacionadas | Más noticias de Sociedad | También te puede interesar
most_read_h: Lo más leído | Lo más visto hoy | Más leídas
newsletter: Suscríbete a nuestra newsletter y recibe cada mañana las noticias de la Región. | Apúntate al boletín diario: lo más importante, en tu correo a las 7.00. | ¿Te ha gustado? Recibe gratis nuestra newsletter de Sociedad.
app: Síguenos en nuestro canal de WhatsApp y recibe las últimas noticias. | Descarga la app de La Verdad del Mar Menor en Google Play y App Store. | Únete a nuestro canal de Telegram para no perderte nada.
paywall: Este contenido es exclusivo para suscriptores. | Hazte socio y lee sin límites por 1 euro el primer mes. | Has alcanzado el límite de noticias gratuitas.
photo: Foto: Lucía Sánchez Ros | EFE / Marcial Guillén | Imagen de archivo
video: Cargando vídeo... | El siguiente vídeo empezará en 5 segundos | Ver vídeo completo
upnext: A continuación | Siguiente vídeo | Más vídeos
share: Compartir en Facebook | Compartir noticia | Compartir
counter: 23 comentarios | Comentarios (23) | 58 veces compartido
cookie: Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. | Este sitio web utiliza cookies para analizar el tráfico y personalizar el contenido.
cookie_btn: Aceptar todas | Aceptar y cerrar
bio: Lucía Sánchez Ros es periodista de la sección de Sociedad y cubre migraciones desde 2016. | Lucía Sánchez Ros escribe sobre trabajo, campo y migración en el Campo de Cartagena.
more_from: Más artículos de Lucía Sánchez Ros | Otras noticias de Lucía Sánchez Ros
tags_label: Temas: | Etiquetas:
tags: Extranjería | Torre Pacheco | Cita previa
ad: Publicidad | PUBLICIDAD | Anuncio
now_reading: Estás leyendo: | Leyendo ahora:
sponsored: Patrocinado: Las mejores hipotecas fijas de diciembre, comparadas | Contenido patrocinado: Así puedes ahorrar en la factura del gas este invierno
listen: Escuchar noticia | Escucha este artículo | Escuchar: 5 min
comment: A ver si de una vez ponen más funcionarios, que esto es una vergüenza.
gallery: Galería: | Fotogalería: | En imágenes:
hover_label: Ver perfil | Más sobre esta persona
next_label: Siguiente noticia | Noticia siguiente
next: La Comunidad abre el plazo para las ayudas al alquiler joven || Los menores de 35 años podrán solicitar hasta 250 euros mensuales desde el lunes. Las solicitudes se presentan únicamente por vía telemática.
home: Portada
""",
    "pt": """
site: Jornal da Diáspora | Notícias Lusófonas | Ponte Atlântica
section: Sociedade
author: Helena Fontes
h: Tempestade deixa Madeira em aviso vermelho até quinta-feira || O IPMA prevê ventos de 120 quilómetros por hora nas zonas montanhosas.
h: Benfica vence em Guimarães e isola-se na liderança || Dois golos na segunda parte deram aos encarnados uma vitória sofrida.
h: Preço dos combustíveis volta a subir na próxima semana || O gasóleo deve aumentar três cêntimos por litro, segundo fontes do setor.
h: Detido suspeito de burlas a idosos em Setúbal || A PSP diz que o homem se fazia passar por técnico da companhia da água.
h: Feira do Livro do Porto bate recorde de visitantes || A organização contou mais de 400 mil entradas em duas semanas.
h: Obras na Ponte 25 de Abril condicionam trânsito à noite || As Infraestruturas de Portugal recomendam percursos alternativos entre as 23h e as 5h.
h: Teatro Nacional anuncia nova encenação de Gil Vicente || A estreia está marcada para fevereiro, com um elenco de jovens atores.
h: Câmara de Lisboa aprova mais 300 casas de renda acessível || Os fogos ficam em Marvila e no Lumiar e devem estar prontos em 2026.
read_also: Leia também: | Veja também: | Saiba mais:
related_h: Artigos relacionados | Mais em Sociedade | Também pode gostar
most_read_h: Mais lidas | Os mais lidos | Mais vistos
newsletter: Subscreva a nossa newsletter e receba as principais notícias todas as manhãs. | Receba o resumo diário no seu e-mail. É grátis. | Inscreva-se na newsletter Diáspora e fique a par de tudo.
app: Siga o nosso canal no WhatsApp. | Descarregue a aplicação do Jornal da Diáspora. | Ative as notificações e receba as últimas notícias.
paywall: Este artigo é exclusivo para assinantes. | Assine por 1 euro no primeiro mês e leia sem limites. | Continue a ler com a assinatura Premium.
photo: Foto: Helena Fontes | LUSA / Elton Monteiro | Fotografia de arquivo
video: A carregar vídeo... | O próximo vídeo começa dentro de 5 segundos | Ver vídeo
upnext: A seguir | Próximo vídeo | Mais vídeos
share: Partilhar no Facebook | Partilhar artigo | Partilhar
counter: 9 comentários | Comentários (9) | 41 partilhas
cookie: Este site utiliza cookies para melhorar a sua experiência de navegação. | Utilizamos cookies para fins analíticos e publicitários.
cookie_btn: Aceitar todos | Concordo
bio: Helena Fontes é jornalista e acompanha temas de migração e comunidades lusófonas. | Helena Fontes escreve sobre a diáspora cabo-verdiana desde 2015.
more_from: Mais artigos de Helena Fontes | Outros artigos de Helena Fontes
tags_label: Tags: | Temas:
tags: Cabo Verde | Vistos | CPLP
ad: Publicidade | PUBLICIDADE | Anúncio
now_reading: Está a ler: | A ler agora:
sponsored: Patrocinado: Crédito habitação com taxa fixa — compare as melhores ofertas | Conteúdo patrocinado: Cinco destinos para o inverno a menos de duas horas de Lisboa
listen: Ouvir artigo | Ouça este artigo | Ouvir: 4 min
comment: Finalmente alguém fala disto. O consulado está um caos há meses.
gallery: Galeria: | Fotogaleria: | Em imagens:
hover_label: Ver perfil | Mais sobre esta pessoa
next_label: Artigo seguinte | Próximo artigo
next: AIMA abre novo balcão de atendimento em Setúbal || O novo espaço vai funcionar de segunda a sexta-feira e atender sobretudo pedidos de reagrupamento familiar. A agência promete reduzir os tempos de espera no distrito.
home: Início
""",
    "pl": """
site: Gazeta Nadodrzańska | Wrocław Na Co Dzień | Tygodnik Osiedlowy
section: Komunikacja
author: Agnieszka Wróbel
h: Ostrzeżenie przed silnym wiatrem dla Dolnego Śląska || Synoptycy zapowiadają porywy do 90 km/h, zwłaszcza w Sudetach i na przedgórzu.
h: Śląsk Wrocław przegrywa z Lechem po golu w doliczonym czasie || Piłkarze z Oporowskiej znów nie zdobyli punktu u siebie.
h: Ceny masła biją rekordy przed świętami || W niektórych sklepach kostka kosztuje już ponad 11 złotych.
h: Złodzieje okradli piwnice na Ołbinie || Policja prosi mieszkańców o przejrzenie nagrań z kamer w samochodach.
h: Jarmark bożonarodzeniowy na Rynku wystartował || W tym roku stanęło ponad 200 straganów i nowa karuzela.
h: Remont mostu Mieszczańskiego potrwa dłużej || Wykonawca tłumaczy opóźnienie problemami z dostawą stali.
h: Filharmonia ogłasza koncert noworoczny z gwiazdami || Bilety trafią do sprzedaży w najbliższy poniedziałek o 10.00.
h: Nowe mieszkania komunalne na Brochowie || Miasto przekaże klucze do 120 lokali jeszcze przed końcem roku.
read_also: Czytaj także: | Zobacz też: | Przeczytaj również:
related_h: Zobacz także | Polecamy | Więcej z działu Komunikacja
most_read_h: Najczęściej czytane | Najpopularniejsze | Najchętniej czytane dziś
newsletter: Zapisz się do naszego newslettera i otrzymuj najważniejsze informacje z Wrocławia. | Codziennie rano najważniejsze wiadomości na Twoją skrzynkę. Zapisz się za darmo! | Newsletter Gazety: bądź na bieżąco.
app: Obserwuj nas w Google News. | Pobierz aplikację Gazety Nadodrzańskiej. | Dołącz do nas na Facebooku!
paywall: Ten artykuł jest dostępny tylko dla prenumeratorów. | Kup dostęp Premium za 9,90 zł miesięcznie. | Pozostała część artykułu dostępna jest po zalogowaniu.
photo: Fot. Agnieszka Wróbel | fot. MPK Wrocław / materiały prasowe | Fot. archiwum
video: Ładowanie wideo... | Następne wideo za 5 sekund | Zobacz wideo
upnext: Następne | Kolejny film | Więcej filmów
share: Udostępnij na Facebooku | Udostępnij | Podziel się
counter: 31 komentarzy | Komentarze (31) | 12 udostępnień
cookie: Ta strona korzysta z plików cookies w celu realizacji usług. | Korzystamy z plików cookie, aby lepiej dopasować treści i reklamy.
cookie_btn: Akceptuję | Zgadzam się
bio: Agnieszka Wróbel pisze o komunikacji miejskiej i inwestycjach we Wrocławiu. | Agnieszka Wróbel jest dziennikarką działu miejskiego od 2012 roku.
more_from: Więcej artykułów autora | Inne teksty: Agnieszka Wróbel
tags_label: Tagi: | Tematy:
tags: MPK | Nadodrze | linia nocna
ad: Reklama | REKLAMA | Ogłoszenie
now_reading: Czytasz teraz: | Teraz czytasz:
sponsored: Artykuł sponsorowany: Jak wybrać pompę ciepła do domu jednorodzinnego | Materiał partnera: Kredyt hipoteczny z dopłatą — kto może skorzystać
listen: Posłuchaj artykułu | Odsłuchaj | Słuchaj: 3 min
comment: Nareszcie! Wracam z nocnej zmiany i zawsze szedłem pieszo przez pół miasta.
gallery: Galeria: | Zobacz zdjęcia: | Fotorelacja:
hover_label: Zobacz profil | Więcej o tej osobie
next_label: Następny artykuł | Czytaj dalej
next: Nowe ścieżki rowerowe na Karłowicach jeszcze w tym roku || Drogowcy kończą malowanie oznakowania na ulicy Kasprowicza. Rowerzyści dostaną ponad dwa kilometry nowych tras.
home: Strona główna
""",
}
