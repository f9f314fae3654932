"""Stories (en, it, nl, tr), written by hand for long_blind8. Line prefixes: P paragraph,
H sub-heading, C colon line introducing the list, L list item. [[...]] marks the link."""

STORIES_A = [
    {
        "id": "en-appeals",
        "lang": "en",
        "topic": "immigration",
        "title": "Asylum appeals wait 14 months as Harwick tribunal loses a third of its judges",
        "byline": "By Maren Oakes",
        "date": "3 December 2026",
        "caption": "The tribunal building on Quay Street, where hearings now start at 8am.",
        "person": "Judith Kerrane",
        "role": "Senior immigration judge, Harwick",
        "text": """
P Asylum seekers appealing a refusal in the Harwick region now wait an average of 14 months for a hearing, almost twice as long as two years ago, according to figures released by the tribunal service on Tuesday.
P The delay follows the retirement or transfer of nine of the region's 27 immigration judges since January, a loss the service says it cannot make good before next autumn.
P Lawyers say the numbers hide worse cases.
P “We have clients who lodged an appeal in the spring of last year and still have no date,” said Priya Castell, who runs the asylum clinic at Harwick Law Centre. “They cannot work, they cannot plan, and their children change schools every few months.”
H Hearings moved to 8am
P To shorten the list, the tribunal has begun starting hearings at 8am and sitting on two Saturdays a month, and it has asked retired judges to come back on short contracts.
P Judith Kerrane, the senior immigration judge for the region, told staff in an internal newsletter that the measures would take about 600 cases out of the queue by June, but warned that subscribing to quick fixes would not cure a shortage that had been building for years.
P The Home Office, which decides first-instance claims, said in a [[statement published on Monday]] that it had cut its own backlog by a quarter this year and that more appeals were the natural result of more decisions being made faster, a point the law centre accepted while arguing that faster refusals simply moved the queue from one building to another.
C The tribunal service listed three changes it wants from ministers:
L funding for twelve salaried judges rather than fee-paid sittings;
L a fixed deadline for the Home Office to send case bundles;
L interpreters booked centrally instead of by each hearing centre.
H Families in limbo
P Among those waiting is a 34-year-old engineer from Eritrea who asked not to be named. He showed photos of the letter confirming that his appeal arrived in March 2025; nothing has come since.
P Advice workers say people who read more about their rights on social media are often confused by conflicting claims, and some have paid unregulated advisers for help that never came.
P The region's MP, Tom Aldous, said he would raise the figures in Parliament next week.
P “Justice delayed is not a slogan here,” he said. “It is a family living on £49 a week for more than a year.”
P Correction: an earlier version of this article said the tribunal had 29 judges in January. The correct figure is 27.
""",
    },
    {
        "id": "it-flussi",
        "lang": "it",
        "topic": "immigration",
        "title": "Decreto flussi, a Bergamo 4.200 domande per 610 posti: le aziende agricole protestano",
        "byline": "di Chiara Volpato",
        "date": "3 dicembre 2026",
        "caption": "Braccianti al lavoro in un vigneto della bassa bergamasca.",
        "person": "Lorenzo Ghidotti",
        "role": "Prefetto di Bergamo",
        "text": """
P Sono state 4.200 le domande presentate in provincia di Bergamo nel primo «click day» del decreto flussi per il lavoro stagionale, a fronte di appena 610 nulla osta disponibili per l'agricoltura e il turismo.
P I dati, diffusi ieri dalla prefettura, confermano quello che le associazioni di categoria denunciano da mesi: il sistema delle quote premia chi è più veloce a cliccare, non chi ha più bisogno di manodopera.
P In molti casi la piattaforma si è bloccata dopo pochi secondi.
P «Alle nove e zero uno avevamo già perso», racconta Silvia Breda, titolare di un'azienda vitivinicola di Grumello. «Cerchiamo sei operai per la vendemmia da due anni e ogni volta restiamo a mani vuote.»
H Lo Sportello unico in affanno
P Lo Sportello unico per l'immigrazione dovrà ora verificare ogni pratica entro sessanta giorni, ma negli uffici di via Tasso lavorano solo cinque funzionari, due dei quali a tempo parziale.
P Il prefetto Lorenzo Ghidotti ha spiegato ai sindacati che saranno assunti altri tre addetti entro febbraio e ha invitato i datori di lavoro a iscriversi alla newsletter della prefettura per ricevere gli avvisi sui nuovi termini, senza affidarsi a intermediari che chiedono denaro.
P Secondo la [[circolare del ministero dell'Interno]] pubblicata a novembre, le domande rimaste fuori dalla quota potranno essere ripresentate nella finestra di marzo senza perdere l'ordine cronologico, una soluzione che Coldiretti giudica insufficiente perché la raccolta delle fragole comincia proprio allora e nessuna azienda può aspettare che il nulla osta arrivi a stagione finita.
C Le associazioni agricole chiedono tre modifiche:
L quote pluriennali per le aziende che assumono ogni anno gli stessi lavoratori;
L un canale separato per le domande già presentate e non accolte;
L tempi certi per il rilascio del visto nei consolati.
H Il nodo dei consolati
P Anche quando il nulla osta arriva, il visto può richiedere mesi. Nel consolato di Dacca, secondo la Cgil, l'attesa media per un appuntamento supera le dodici settimane.
P Le foto dei lavoratori in fila davanti all'ambasciata, circolate sui social la scorsa estate, hanno spinto il governo a promettere un'app per prenotare gli appuntamenti, che però non è ancora disponibile.
P Chi vuole leggere di più sulle regole può consultare la guida pubblicata dalla Camera di commercio, aggiornata a ottobre.
P Il governo ha annunciato un nuovo decreto per il triennio 2027-2029.
P Nota della redazione: una versione precedente di questo articolo indicava 640 posti disponibili; il dato corretto fornito dalla prefettura è 610.
""",
    },
    {
        "id": "nl-fietsbrug",
        "lang": "nl",
        "topic": "other",
        "title": "Fietsbrug over het Spaarne drie maanden dicht: omleiding kost fietsers tien minuten",
        "byline": "Door Sanne de Wit",
        "date": "3 december 2026",
        "caption": "De Kwakelbrug, gezien vanaf de oostoever.",
        "person": "Merel Hoogeveen",
        "role": "Wethouder mobiliteit",
        "text": """
P De Kwakelbrug, de drukste fietsbrug over het Spaarne, gaat vanaf 12 januari drie maanden dicht voor groot onderhoud. Volgens de gemeente is het houten brugdek zo versleten dat uitstel niet langer verantwoord is.
P Dagelijks fietsen ruim 9.000 mensen over de brug, onder wie veel scholieren van het Mendelcollege en het Stedelijk Lyceum.
P De omleiding loopt via de Buitenrustbrug en is ongeveer 1,8 kilometer langer.
P Dat betekent voor de meeste fietsers zo'n tien minuten extra.
H Pont als alternatief
P Om de overlast te beperken, vaart er tijdens de spits een gratis fietspont tussen de Spaarnwouderstraat en het Zuider Buiten Spaarne. De pont neemt maximaal veertig fietsers per overtocht mee.
P Wethouder Merel Hoogeveen noemt de sluiting ‘onvermijdelijk maar vervelend’. ‘We hebben gekeken of het in fasen kon, maar het dek moet in één keer worden vervangen,’ zei ze dinsdag tijdens de commissievergadering.
P Bewoners die op de hoogte willen blijven, kunnen zich abonneren op de nieuwsbrief over de werkzaamheden of de app van de gemeente downloaden, waarin ook actuele wachttijden voor de pont worden getoond.
P Volgens het [[raadsvoorstel dat in november werd gepubliceerd]] kost de renovatie 2,4 miljoen euro, waarvan een deel wordt betaald uit het provinciale fonds voor fietsinfrastructuur, en krijgt de brug een breder dek van kunststofcomposiet dat minstens vijftig jaar mee moet gaan en minder glad wordt bij regen.
C Tijdens de werkzaamheden gelden de volgende maatregelen:
L de pont vaart op werkdagen van 7.00 tot 9.30 uur en van 15.30 tot 18.30 uur;
L verkeersregelaars begeleiden scholieren bij de kruising met de Prinsenbrug;
L de parkeerplaatsen aan de Kampervest worden tijdelijk fietsenstalling.
H Zorgen bij ondernemers
P Winkeliers aan de Spaarnwouderstraat vrezen minder klanten. ‘Veel mensen komen hier juist op de fiets langs,’ zegt fietsenmaker Joost Brink.
P Hij plaatste foto's van het versleten brugdek op sociale media en kreeg honderden reacties van mensen die meer willen lezen over het tijdpad.
P De gemeente belooft dat de brug op 10 april weer opengaat.
P Correctie: in een eerdere versie van dit artikel stond dat de omleiding 2,8 kilometer langer is. Dat is 1,8 kilometer.
""",
    },
    {
        "id": "tr-ikamet",
        "lang": "tr",
        "topic": "immigration",
        "title": "İzmir'de ikamet izni randevuları üç aya uzadı, yabancı öğrenciler cezayla karşı karşıya",
        "byline": "Elif Karataş",
        "date": "3 Aralık 2026",
        "caption": "İl Göç İdaresi Müdürlüğü önünde sabah saatlerinde oluşan kuyruk.",
        "person": "Murat Çelikkol",
        "role": "İl Göç İdaresi Müdürü",
        "text": """
P İzmir'de kısa dönem ikamet izni uzatma başvurusu yapmak isteyen yabancılar için randevu bekleme süresi üç ayı aştı. Özellikle yabancı öğrenciler, izinleri sona erdikten sonra ülkede kalmak zorunda kaldıkları için para cezası ödemekten korkuyor.
P İl Göç İdaresi Müdürlüğü'nün verilerine göre kentte yaklaşık 48 bin yabancı ikamet izniyle yaşıyor.
P Başvuruların çoğu eylül ve ekim aylarında yoğunlaşıyor.
P “Randevu sistemi her sabah saat dokuzda açılıyor ve birkaç dakika içinde doluyor,” diyor Ege Üniversitesi'nde yüksek lisans yapan Azerbaycanlı öğrenci Leyla Hüseynova. “Arkadaşlarımın çoğu izinleri bitmiş halde bekliyor.”
H Müdürlükten açıklama
P İl Göç İdaresi Müdürü Murat Çelikkol, yoğunluğun geçici olduğunu ve ocak ayında iki yeni başvuru bürosunun açılacağını söyledi. Çelikkol, süresi içinde çevrim içi ön kayıt yapan başvuru sahiplerine ceza uygulanmayacağını da vurguladı.
P Göç İdaresi Başkanlığı'nın [[internet sitesinde yayımlanan duyuruya]] göre, ön kaydını izin süresi dolmadan tamamlayan ve bunu belgeleyen yabancıların randevu gününe kadar ülkede yasal olarak kaldığı kabul ediliyor, ancak avukatlar bu kuralın havalimanlarında ve kolluk kontrollerinde her zaman bilinmediğini ve öğrencilerin zaman zaman gözaltına alındığını belirtiyor.
C Avukatlar başvuru sahiplerine şu önerilerde bulunuyor:
L ön kayıt belgesinin çıktısını her zaman yanınızda taşıyın;
L sağlık sigortası poliçesinin izin süresini kapsadığından emin olun;
L adres değişikliğini yirmi iş günü içinde bildirin.
P Bazı üniversiteler öğrencilere e-posta bülteni göndererek süreci anlatıyor. Dokuz Eylül Üniversitesi ise uluslararası öğrenci ofisinin sosyal medya hesaplarını takip etmelerini ve daha fazla bilgi için ofisi ziyaret etmelerini istiyor.
H Cezalar arttı
P Yeni düzenlemeyle ikamet izni olmadan kalan yabancılara uygulanan cezalar bu yıl yüzde 40 oranında artırıldı. Vize ihlali nedeniyle sınır dışı edilenler için giriş yasağı süresi de uzatıldı.
P Öğrenci dernekleri, başvuru formundaki fotoğraf ve belge şartlarının da sık sık değiştiğinden yakınıyor.
P Sorun yalnızca İzmir'de değil.
P Ankara ve Eskişehir'de de benzer şikâyetler dile getiriliyor.
P Düzeltme: Haberin önceki versiyonunda kentte ikamet izniyle yaşayan yabancı sayısı 84 bin olarak yer almıştı. Doğru rakam 48 bindir.
""",
    },
]
