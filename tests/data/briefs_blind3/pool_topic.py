"""Headline items on the same broad topic as most briefs (migration), for pages whose clutter has no topical break."""

TOPIC = {
    "en": [
        (
            "Refugee charity warns of winter shelter shortfall",
            "The group says it has beds for fewer than half of the people who slept at its centres last January and is asking churches for space.",
        ),
        (
            "Border agency trials new passport gates at two airports",
            "Travellers from eleven countries will be able to use the automated lanes from next month under a six-month pilot.",
        ),
        (
            "Citizenship ceremony held in a football stadium for the first time",
            "More than 900 new citizens took the oath on the pitch in front of family members seated in the main stand.",
        ),
    ],
    "de": [
        (
            "Flüchtlingsrat fordert mehr Sprachkurse",
            "Die Wartelisten für Integrationskurse seien in einigen Städten länger als ein Jahr, kritisiert der Verband in einem offenen Brief.",
        ),
        (
            "Ausländerbehörde zieht in neues Gebäude",
            "Ab Februar empfängt die Behörde ihre Kundschaft am Marktplatz, das alte Amt an der Bahnhofstraße wird geschlossen.",
        ),
        (
            "Abschiebehaft: Gericht rügt fehlende Dolmetscher",
            "In drei Fällen seien Betroffene nicht in einer Sprache angehört worden, die sie verstehen, heißt es in dem Beschluss.",
        ),
    ],
    "fr": [
        (
            "Titres de séjour : les files d'attente s'allongent devant la préfecture",
            "Des dizaines de personnes passent la nuit dehors pour obtenir l'un des rares rendez-vous distribués chaque matin.",
        ),
        (
            "Un collectif de bénévoles ouvre une école de français pour adultes",
            "Les cours ont lieu trois soirs par semaine dans une salle prêtée par la paroisse et affichent déjà complet.",
        ),
        (
            "Naturalisation : une cérémonie pour deux cents nouveaux Français",
            "Le préfet a remis les décrets dans la salle des fêtes, en présence des familles et des élus de la ville.",
        ),
    ],
    "es": [
        (
            "Los centros de acogida de menores superan su capacidad",
            "Las entidades sociales alertan de que algunos centros albergan al doble de jóvenes de los previstos.",
        ),
        (
            "La oficina de extranjería amplía su horario de tarde",
            "Desde el lunes se atenderá hasta las siete para reducir las esperas de quienes renuevan su tarjeta de residencia.",
        ),
        (
            "Una ONG denuncia devoluciones en la frontera",
            "El informe recoge testimonios de una treintena de personas que aseguran haber sido expulsadas sin poder pedir asilo.",
        ),
    ],
    "it": [
        (
            "Cittadinanza, boom di richieste per i figli degli emigrati",
            "I consolati segnalano un aumento delle domande del quaranta per cento rispetto all'anno scorso.",
        ),
        (
            "Corridoi umanitari, arrivate cinquanta famiglie",
            "Le famiglie sono atterrate all'alba e saranno ospitate da parrocchie e associazioni in diverse regioni.",
        ),
        (
            "Decreto flussi, click day con il sistema in tilt",
            "Migliaia di imprese non sono riuscite a inviare le domande nei primi minuti a causa dei rallentamenti del portale.",
        ),
    ],
    "pt": [
        (
            "Agência para as migrações abre balcão no aeroporto",
            "O novo posto vai atender cidadãos estrangeiros com processos pendentes de autorização de residência.",
        ),
        (
            "Refugiados ucranianos pedem prorrogação da proteção temporária",
            "As associações lembram que milhares de pessoas têm contrato de trabalho e filhos inscritos nas escolas locais.",
        ),
        (
            "Nacionalidade: tempo de espera ultrapassa dois anos",
            "Os advogados queixam-se de processos parados e de falta de resposta dos serviços centrais.",
        ),
    ],
    "nl": [
        (
            "Aanmeldcentrum opnieuw overvol",
            "Tientallen asielzoekers moesten afgelopen nacht in een wachtruimte slapen omdat er geen bedden meer vrij waren.",
        ),
        (
            "Statushouders wachten maanden op een woning",
            "Gemeenten in de regio halen hun taakstelling niet door het tekort aan betaalbare huurwoningen.",
        ),
        (
            "Naturalisatieceremonie in het stadhuis",
            "Zestig nieuwe Nederlanders ontvingen hun bewijs van Nederlanderschap uit handen van de burgemeester.",
        ),
    ],
    "pl": [
        (
            "Straż Graniczna zatrzymała grupę cudzoziemców",
            "Osoby zostały zatrzymane na przejściu granicznym podczas rutynowej kontroli autobusu rejsowego.",
        ),
        (
            "Więcej wniosków o obywatelstwo polskie",
            "Wojewodowie odnotowali w tym roku wyraźny wzrost liczby wniosków składanych przez osoby z zagranicy.",
        ),
        (
            "Ośrodek dla uchodźców szuka wolontariuszy",
            "Potrzebne są osoby do prowadzenia zajęć językowych dla dzieci i dorosłych w godzinach popołudniowych.",
        ),
    ],
    "sv": [
        (
            "Fler beviljas medborgarskap än i fjol",
            "Ökningen beror enligt myndigheten främst på att äldre ärenden har avgjorts efter att handläggningen förstärkts.",
        ),
        (
            "Kommunen tar emot färre kvotflyktingar",
            "Det nya avtalet med staten innebär att kommunen tar emot hälften så många som under förra året.",
        ),
        (
            "Förvarsenhet byggs ut med sextio platser",
            "Utbyggnaden ska vara klar nästa höst och innebär att ett trettiotal nya tjänster skapas.",
        ),
    ],
    "no": [
        (
            "Asylmottak legges ned i Innlandet",
            "Utlendingsdirektoratet har sagt opp avtalen med driftsoperatøren, og beboerne flyttes til andre mottak.",
        ),
        (
            "Flere får statsborgerskap etter lovendring",
            "Antallet innvilgede søknader har økt kraftig etter at kravet om å løse seg fra tidligere statsborgerskap falt bort.",
        ),
        (
            "Kommunen bosetter flere flyktninger enn planlagt",
            "Bystyret vedtok å ta imot femti flere personer i år, blant dem mange barnefamilier.",
        ),
    ],
    "tr": [
        (
            "Düzensiz göçmen operasyonunda 40 kişi yakalandı",
            "Jandarma ekipleri, bir kamyonet kasasında saklanan göçmenleri kontrol noktasında tespit etti.",
        ),
        (
            "Vatandaşlık başvurularında yeni düzenleme",
            "Başvuru sahiplerinden istenen belgelerin sayısı azaltılırken işlemlerin süresinin kısalması bekleniyor.",
        ),
        (
            "Sığınmacılar için dil kursu açıldı",
            "Halk eğitim merkezinde açılan kursa ilk hafta iki yüzden fazla kişi kayıt yaptırdı.",
        ),
    ],
    "ru": [
        (
            "Миграционный центр перешёл на электронную очередь",
            "Теперь записаться на подачу документов можно через портал госуслуг, а не только по телефону.",
        ),
        (
            "В регионе выросло число заявлений на гражданство",
            "За год количество обращений увеличилось почти на четверть, сообщили в управлении по вопросам миграции.",
        ),
        (
            "Для детей мигрантов откроют курсы русского языка",
            "Занятия будут проходить в трёх школах города бесплатно по субботам.",
        ),
    ],
    "el": [
        (
            "Αυξάνονται οι αιτήσεις ιθαγένειας",
            "Η υπηρεσία αλλοδαπών καταγράφει σημαντική άνοδο των αιτήσεων σε σύγκριση με την περσινή χρονιά.",
        ),
        (
            "Νέο πρόγραμμα ελληνικών για πρόσφυγες",
            "Τα μαθήματα θα γίνονται σε τρία σχολεία της πόλης και απευθύνονται σε ενήλικες και παιδιά.",
        ),
        (
            "Διασώθηκαν μετανάστες ανοιχτά της Κρήτης",
            "Το λιμενικό περισυνέλεξε σαράντα άτομα από ταχύπλοο που είχε πάθει μηχανική βλάβη.",
        ),
    ],
}
