"""Hand-written fictional articles for long_blind14: en, es, pt, fr.

Line prefixes in `text`: "## " sub-heading, "- " list item, "> " quote, "@ " photo caption
(part of the story, labelled neutral). Every other line is a paragraph.
"""

ARTICLES_A = [
    {
        "id": "en_sponsorfee",
        "lang": "en",
        "topic": "immigration",
        "title": "Care homes face bill for overseas staff as sponsor licence fee doubles",
        "byline": "By Martin Oduya, Social Affairs Correspondent",
        "date": "Published 9 October 2019",
        "tag": "care workers",
        "text": """Care homes that recruit nurses and carers from abroad will pay twice as much for a sponsor licence from January, the Home Office confirmed on Wednesday, in a change that operators say could close small homes in rural areas.
The licence, which any employer must hold before it can offer a skilled worker visa, will rise from £1,476 to £2,950 for medium and large organisations. Small charities keep a reduced rate, but most family-run homes do not qualify because they are registered as companies.
@ Staff at a residential home in Shropshire, where a third of the carers arrived on work visas last year.
Officials said the increase covered the cost of compliance visits, which have tripled since care work was added to the shortage list.
## Who pays and when
According to the published guidance, the new fees apply in three stages:
- licences granted after 1 January pay the new rate at once
- existing licences pay it on renewal, which falls every four years
- homes that sponsor fewer than five workers can spread the payment over twelve months
The National Care Association said its members had spent heavily on recruitment agencies in Kerala, Zimbabwe and the Philippines and could not pass the cost on to councils, which set most fees for residents.
“We are being charged more to fill posts that nobody here applies for,” said Angela Frost, who runs two homes near Ludlow. “The residents do not care where their carer was born. They care whether someone turns up.”
Unions were divided. Unison said higher fees might discourage the worst employers, some of whom have charged workers illegal recruitment fees of up to £10,000, but warned that honest homes would also be hit.
## Inspections without staff
The Home Office has not said how many compliance officers it will hire with the extra money. Its last annual report showed a backlog of more than 1,800 licence checks, some of them waiting over a year.
Several workers told this newspaper they had only learned of their rights from a WhatsApp group run by a church in Birmingham, where members share photos of contracts and ask volunteers to read them.
The association plans to send a survey to members through its newsletter and its phone app next week and to publish the results before the budget. Readers who work in care can share their experience with our social affairs team; we read every email, though we cannot answer each one.
The fee change does not need a vote in Parliament.
Correction, 10 October: an earlier version of this article gave the current fee as £1,220. That was the rate until 2017.""",
    },
    {
        "id": "es_arraigo",
        "lang": "es",
        "topic": "immigration",
        "title": "Las oficinas de extranjería de Murcia acumulan 9.000 solicitudes de arraigo sin cita",
        "byline": "Lucía Ferrández",
        "date": "Murcia, 14/02/2022",
        "tag": "arraigo social",
        "text": """Más de 9.000 personas esperan en la Región de Murcia una cita para presentar su solicitud de arraigo social, la vía que permite regularizar su situación a quien lleva tres años en España, según los datos que la Delegación del Gobierno facilitó este lunes a los sindicatos agrarios.
La cifra se ha duplicado en un año. Las citas se liberan los martes a primera hora y desaparecen en minutos, lo que ha alimentado un mercado negro en el que intermediarios cobran entre 80 y 200 euros por reservar un hueco.
@ Cola ante la oficina de extranjería de la avenida de la Fama, a las siete de la mañana de un martes.
La Delegación asegura que ha reforzado la plantilla con doce funcionarios interinos y que en marzo abrirá un segundo turno de tarde.
## Un requisito que caduca
El problema no es solo la espera. Para pedir el arraigo hace falta un contrato de trabajo o un informe de inserción, y ambos documentos tienen fecha de caducidad. Los abogados consultados describen el mismo círculo:
- el empleador firma un precontrato válido durante un tiempo limitado
- la cita llega semanas o meses después, cuando el precontrato ya ha vencido
- el solicitante debe volver a empezar y buscar otra empresa dispuesta a firmar
“Tenemos temporeros que llevan cinco años recogiendo lechuga en el Campo de Cartagena y siguen sin papeles porque nunca consiguen que coincidan la cita y el contrato”, explica Hassan Belkadi, de la asociación Columbares.
Las organizaciones agrarias, que suelen chocar con las de inmigrantes, esta vez coinciden. La patronal asegura que le faltan brazos para la campaña de primavera y que muchos trabajadores que ya están aquí no pueden ser contratados legalmente.
## La respuesta de Madrid
El Ministerio de Inclusión prepara una reforma del reglamento que, según fuentes del departamento, permitiría presentar la solicitud por vía telemática y ampliaría la validez de los precontratos a seis meses. No hay fecha para su aprobación.
Mientras tanto, varias asociaciones han creado un canal de Telegram en el que comparten avisos cuando se liberan citas y fotos de los documentos que piden en ventanilla. Otras reparten una hoja informativa por WhatsApp y piden a sus socios que la difundan en las redes.
Columbares publicará cada semana en su boletín el número de citas concedidas, para que cualquiera pueda comprobar si la situación mejora. Quien quiera recibirlo puede suscribirse en su sede o dejar un comentario en su web.
La Delegación no ha respondido a la pregunta sobre los intermediarios.
Fe de errores: una versión anterior de esta noticia atribuía las declaraciones a la asociación Rascasa. Corresponden a Columbares.""",
    },
    {
        "id": "pt_estadio",
        "lang": "pt",
        "topic": "off-topic",
        "title": "Reforma do estádio municipal de Campina Alta atrasa e time joga a Série D longe de casa",
        "byline": "Por Renata Vasconcelos, Campina Alta",
        "date": "12/05/2023 08h41",
        "tag": "estádio municipal",
        "text": """O Esporte Clube Campina Alta vai disputar toda a primeira fase da Série D a 140 quilômetros de casa. A reforma do Estádio Municipal Zé do Pasto, que deveria terminar em março, só será concluída no segundo semestre, informou a prefeitura nesta quinta-feira.
A obra, orçada em R$ 6,8 milhões, inclui nova iluminação, vestiários e a troca de 4 mil cadeiras. Segundo a secretaria de Obras, a empresa contratada pediu mais prazo depois que a sondagem encontrou uma galeria de águas pluviais sob a arquibancada norte.
@ A arquibancada norte do Zé do Pasto, interditada desde janeiro, vista a partir do túnel dos vestiários.
Enquanto isso, o clube mandará os jogos em Serra Verde, cidade vizinha que cobra aluguel por partida.
## O custo de jogar fora
A diretoria calcula que cada jogo longe de casa custa ao clube cerca de R$ 38 mil. O presidente, Joaquim Teles, listou os principais gastos:
- aluguel do estádio e da equipe de segurança de Serra Verde
- transporte e alimentação do elenco e da comissão técnica
- perda da bilheteria, que em casa chegava a 3.500 pagantes
“O torcedor de Campina não vai pegar estrada duas horas numa quarta-feira à noite. Vamos jogar com a arquibancada vazia”, disse Teles.
A torcida organizada Fúria Alviverde anunciou que vai fretar dois ônibus por jogo e pediu ajuda da prefeitura com o combustível. O prefeito, Arnaldo Pires, disse que vai estudar o pedido.
## Galeria e chuva
Técnicos da prefeitura afirmam que a galeria encontrada sob a arquibancada não aparecia em nenhum mapa e tem mais de 60 anos. Desviá-la exige licença ambiental, o que explica parte do atraso.
Os vereadores da oposição pediram a íntegra do contrato e querem saber por que a sondagem do terreno não foi feita antes da licitação. A construtora não respondeu aos pedidos de entrevista.
Comerciantes do entorno do estádio também reclamam. Donos de bares e lanchonetes da Rua do Comércio dizem que os dias de jogo respondiam por até um terço do faturamento do mês e que, sem partidas em casa, alguns já dispensaram funcionários temporários contratados para a temporada.
O clube promete transmitir os jogos pelo aplicativo oficial e pelo canal no YouTube, e pede aos sócios que compartilhem as fotos da reforma que recebem no boletim semanal enviado por e-mail. Os comentários da torcida nas redes, segundo a diretoria, têm sido mais de apoio do que de cobrança.
A estreia será no dia 21, contra o Guarani de Ribeira.
Atualização, 12/05, 14h: a prefeitura informou depois da publicação que a nova data prevista para a entrega é 30 de agosto.""",
    },
    {
        "id": "fr_titresejour",
        "lang": "fr",
        "topic": "immigration",
        "title": "À Rouen, la dématérialisation des titres de séjour laisse des étudiants étrangers sans papiers",
        "byline": "Par Camille Anquetil",
        "date": "Publié le 3 novembre 2020",
        "tag": "titres de séjour",
        "text": """Depuis la rentrée, plus de 600 étudiants étrangers inscrits à l'université de Rouen attendent le renouvellement de leur titre de séjour, selon un décompte réalisé par les associations étudiantes. Beaucoup ont un récépissé expiré et ne peuvent plus travailler légalement.
La préfecture de Seine-Maritime a basculé en septembre sur la plateforme nationale de demandes en ligne. Les étudiants doivent y déposer leurs pièces, puis attendre une réponse sans pouvoir joindre un agent.
@ Des étudiants devant le bâtiment de la préfecture, quai Jean-Moulin, où l'accueil physique a été fermé en septembre.
Le site affiche souvent le message « dossier en cours d'instruction » pendant des semaines, sans autre détail.
## Des conséquences en cascade
Les syndicats étudiants ont recensé plusieurs situations qui reviennent dans les témoignages :
- des employeurs qui suspendent des contrats étudiants faute de titre valide
- des caisses d'allocations familiales qui coupent l'aide au logement
- des stages obligatoires refusés parce que l'attestation ne suffit pas
« Je suis en master, je paie mon loyer avec mon travail du soir, et depuis octobre mon patron ne peut plus me faire travailler », raconte Yasmine, étudiante marocaine de 24 ans, qui préfère ne pas donner son nom.
La préfecture assure que les délais se résorbent et que toutes les demandes déposées avant le 1er octobre seront traitées d'ici la fin de l'année. Elle rappelle qu'une attestation de prolongation d'instruction peut être téléchargée sur la plateforme.
## Le recours au tribunal
Faute de réponse, plusieurs étudiants ont saisi le tribunal administratif en référé. Une avocate rouennaise, Me Hélène Baudry, dit avoir déposé 40 requêtes en un mois.
« Le juge ordonne presque toujours à la préfecture de délivrer un rendez-vous. C'est absurde de devoir passer par un tribunal pour obtenir un guichet », dit-elle.
Le Défenseur des droits a reçu une quinzaine de réclamations venues de Rouen depuis septembre. Dans un rapport publié au printemps, l'institution avait déjà alerté sur les effets de la dématérialisation pour les usagers qui n'ont ni ordinateur ni connexion stable.
Les associations ont ouvert une permanence juridique le mercredi et diffusent une lettre d'information pour expliquer les démarches. Elles invitent les étudiants à partager leur situation sur un formulaire en ligne et à s'abonner à leur compte sur les réseaux, où elles publient des photos des files d'attente et des captures d'écran de la plateforme. L'université, de son côté, a mis en place une page d'aide dans son application mobile.
Le ministère de l'Intérieur n'a pas répondu à nos questions.
Rectificatif : une première version de cet article indiquait que l'accueil physique avait fermé en juin. Il a fermé en septembre.""",
    },
]
