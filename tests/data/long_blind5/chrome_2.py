"""Chrome and clutter, pt pl cs ja."""

CHROME_2 = {
    "pt": {
        "site": ["Jornal do Centro", "Notícias de Castelo Alvo"],
        "home": "Início",
        "section": "Sociedade",
        "read_also": ["Leia também:", "Veja também:", "Relacionado:"],
        "related": ["Mais notícias", "Artigos relacionados", "Também lhe pode interessar"],
        "most_read": ["Mais lidas", "Mais vistas hoje"],
        "newsletter": [
            "Subscreva a nossa newsletter e receba todas as manhãs as notícias mais importantes da região.",
            "Não perca nada: ative as notificações de última hora do Jornal do Centro.",
        ],
        "app": [
            "Siga o Jornal do Centro no WhatsApp e receba as principais notícias no telemóvel.",
            "Descarregue a nossa aplicação para Android e iPhone.",
        ],
        "paywall": [
            "Este artigo é exclusivo para assinantes. Assine já a partir de 1 euro por mês.",
            "Continue a ler com a sua assinatura. Já é assinante? Entrar.",
        ],
        "photo": ["Foto: {who}", "Fotografia: {who}"],
        "who": ["Paulo Cunha/Lusa", "Jornal do Centro"],
        "video": ["A carregar vídeo...", "O próximo vídeo começa em 5 segundos", "A reproduzir"],
        "upnext": ["A seguir", "Próximo vídeo"],
        "gallery": ["Galeria:", "Fotogaleria:"],
        "share": ["Partilhar no Facebook", "Partilhar artigo"],
        "comments": ["{n} comentários", "Comentar ({n})"],
        "comment": "Esperei catorze meses pela renovação. Se este balcão funcionar, já é uma grande ajuda.",
        "cookie": [
            "Utilizamos cookies para melhorar a sua experiência e apresentar publicidade personalizada. Gerir preferências",
            "Ao continuar a navegar está a aceitar a utilização de cookies.",
        ],
        "accept": ["Aceitar todos", "Aceito"],
        "bio": "{name} é jornalista da secção Sociedade e acompanha temas de trabalho e migrações na região Centro.",
        "more_from": ["Mais artigos de {name}", "Do mesmo autor"],
        "tags": ["Tópicos", "Etiquetas"],
        "tagwords": ["Imigração", "Autorização de residência", "Interior"],
        "ad": ["Publicidade", "PUB"],
        "now": ["Está a ler:", "A ler agora:"],
        "listen": ["Ouvir este artigo", "Ouvir notícia (4 min)"],
        "sponsored": ["Patrocinado", "Conteúdo patrocinado"],
        "sponsored_item": "Este truque simples está a ajudar famílias do Centro a poupar na fatura da luz",
        "next": ["Artigo seguinte", "Próxima notícia"],
        "hover": ["Ver perfil", "Seguir"],
        "headlines": [
            (
                "Neve obriga a fechar estradas na serra durante a noite",
                "A Proteção Civil pede aos condutores que evitem deslocações e usem correntes nos acessos.",
            ),
            (
                "Académico vence dérbi e sobe ao segundo lugar",
                "Um golo de cabeça nos descontos garantiu três pontos diante de um estádio cheio.",
            ),
            (
                "Preço das casas sobe 12% num ano no distrito",
                "Os dados do instituto de estatística mostram a maior subida desde que há registos.",
            ),
            (
                "Detido suspeito de furtos em várias escolas",
                "O homem terá levado computadores e material desportivo avaliados em 15 mil euros.",
            ),
            (
                "Mercado de Natal abre com pista de gelo na praça principal",
                "A iniciativa decorre até 6 de janeiro e conta com cerca de cinquenta expositores.",
            ),
            (
                "Hospital contrata vinte médicos para reforçar urgências",
                "A administração espera reduzir os tempos de espera durante o pico da gripe.",
            ),
            (
                "Câmara aprova orçamento recorde para 2027",
                "O documento prevê investimentos de 38 milhões de euros em habitação e transportes.",
            ),
            (
                "Festival de cinema premeia curta-metragem local",
                "O filme conta a história de uma família de pastores na serra.",
            ),
        ],
    },
    "pl": {
        "site": ["Gazeta Borowiecka", "Borowiec24"],
        "home": "Strona główna",
        "section": "Miasto",
        "read_also": ["Czytaj też:", "Zobacz także:", "Przeczytaj również:"],
        "related": ["Polecamy", "Więcej z kategorii Miasto", "Najnowsze"],
        "most_read": ["Najczęściej czytane", "Najpopularniejsze"],
        "newsletter": [
            "Zapisz się na nasz newsletter i codziennie rano otrzymuj najważniejsze informacje z Borowca.",
            "Nie przegap najważniejszych wiadomości – włącz powiadomienia.",
        ],
        "app": [
            "Obserwuj nas w Google News i na WhatsAppie.",
            "Pobierz aplikację Gazety Borowieckiej na Androida i iOS.",
        ],
        "paywall": [
            "Ten artykuł jest dostępny tylko dla prenumeratorów. Kup dostęp już od 1 zł.",
            "Czytaj dalej z subskrypcją Premium. Masz już konto? Zaloguj się.",
        ],
        "photo": ["Fot. {who}", "Zdjęcie: {who}"],
        "who": ["Paweł Nowak", "Agencja Gazeta"],
        "video": ["Ładowanie wideo...", "Następny film za 5 sekund", "Odtwarzanie"],
        "upnext": ["Następny film", "Zobacz więcej wideo"],
        "gallery": ["Galeria:", "Zobacz zdjęcia:"],
        "share": ["Udostępnij", "Udostępnij na Facebooku"],
        "comments": ["{n} komentarzy", "Komentarze ({n})"],
        "comment": "Cztery lata czekania, a teraz jeszcze dwa lata budowy. Zobaczymy, czy zdążą.",
        "cookie": [
            "Używamy plików cookies, aby ułatwić korzystanie z serwisu i wyświetlać reklamy. Ustawienia prywatności",
            "Korzystając z serwisu, zgadzasz się na zapisywanie plików cookies.",
        ],
        "accept": ["Akceptuję", "Przejdź do serwisu"],
        "bio": "{name} jest dziennikarzem działu Miasto, zajmuje się transportem publicznym i inwestycjami.",
        "more_from": ["Więcej artykułów autora: {name}", "Inne teksty autora"],
        "tags": ["Tagi", "Tematy"],
        "tagwords": ["tramwaje", "inwestycje", "komunikacja miejska"],
        "ad": ["Reklama", "REKLAMA"],
        "now": ["Czytasz teraz:", "Teraz czytasz:"],
        "listen": ["Posłuchaj artykułu", "Odsłuchaj (4 min)"],
        "sponsored": ["Artykuł sponsorowany", "Materiał partnera"],
        "sponsored_item": "Mieszkańcy Borowca masowo wymieniają okna. Oto dlaczego",
        "next": ["Następny artykuł", "Czytaj dalej"],
        "hover": ["Zobacz profil", "Obserwuj"],
        "headlines": [
            (
                "Gołoledź na drogach. Kilka kolizji na obwodnicy",
                "Policja apeluje do kierowców o ostrożność, zwłaszcza na wiaduktach i mostach.",
            ),
            (
                "Hutnik Borowiec wygrywa derby po rzutach karnych",
                "Bramkarz gospodarzy obronił dwie jedenastki i został bohaterem wieczoru.",
            ),
            (
                "Ceny mieszkań w Borowcu wciąż rosną",
                "Metr kwadratowy w nowym budownictwie kosztuje już średnio 9800 zł.",
            ),
            (
                "Złodzieje okradli sklep jubilerski w centrum",
                "Sprawcy w kominiarkach uciekli samochodem, policja szuka świadków.",
            ),
            (
                "Jarmark bożonarodzeniowy otwarty. W tym roku z diabelskim młynem",
                "Stoiska będą czynne codziennie do 23 grudnia od godziny 11.",
            ),
            (
                "Nowy oddział szpitala przyjmie pierwszych pacjentów",
                "Oddział kardiologii dziecięcej ma dwadzieścia łóżek i nowoczesną salę zabiegową.",
            ),
            (
                "Radni uchwalili budżet na przyszły rok",
                "Największe wydatki pochłoną oświata i transport publiczny.",
            ),
            (
                "Filharmonia ogłosiła program sezonu",
                "W repertuarze znalazły się między innymi koncerty muzyki filmowej.",
            ),
        ],
    },
}
