"""Hand-written fictional stories for long_blind9: es-MX, pt-BR, en-IN, en-NG.

Body markup, one body line per text line: '## ' sub-heading, '- ' list item, '> ' quote
paragraph, '@href|text' a paragraph that is one linked phrase, '{Name}' a name that hover-card
layouts fuse a profile card into. Any other line is a paragraph.
"""

ARTICLES = [
    {
        "id": "es-MX",
        "lang": "es",
        "topic": "immigration",
        "title": "Tijuana abre módulo para tramitar tarjetas humanitarias sin salir de los albergues",
        "byline": "Por Mariana Ochoa Lugo",
        "date": "14 de octubre de 2025",
        "caption": "Personas migrantes esperan turno frente al módulo instalado en la colonia Obrera.",
        "hover": "Lucía Barragán",
        "body": """Las oficinas del Instituto Nacional de Migración en Tijuana comenzaron a atender este lunes a personas migrantes dentro de tres albergues de la zona Este, con el fin de entregar la Tarjeta de Visitante por Razones Humanitarias sin que los solicitantes tengan que cruzar la ciudad.
El módulo móvil funcionará de lunes a viernes y rotará entre los albergues Juventud 2000, Embajadores de Jesús y la Casa del Migrante, según el calendario que se publicó en la entrada de cada refugio.
Hasta ahora, quienes pedían el documento debían presentarse a las seis de la mañana en la delegación de la avenida Paseo de los Héroes y muchas veces regresaban sin haber sido atendidos.
La directora del albergue Embajadores, {Lucía Barragán}, dijo que la medida llega tarde, pero que cambiará la rutina de cientos de familias que no podían pagar el transporte.
> “Había mamás que salían de madrugada con tres niños y volvían a las cuatro de la tarde con una ficha para otro día”, relató Barragán.
## Qué se necesita para el trámite
El personal del instituto explicó que la solicitud se revisa en el mismo día si el expediente está completo. Para iniciar el trámite se piden tres cosas:
- una identificación del país de origen o, en su defecto, la constancia de la COMAR;
- una fotografía reciente, que el propio módulo toma sin costo;
- un comprobante de domicilio del albergue firmado por su responsable.
La tarjeta tiene una vigencia de un año y permite trabajar de forma legal en cualquier estado del país.
Funcionarios locales calculan que en los tres albergues viven unas 1,400 personas, la mayoría originarias de Honduras, Guatemala, Haití y Venezuela.
@https://www.gob.mx/inm/documentos/lineamientos-tvrh-modulos-moviles.pdf|Lineamientos para módulos móviles de regularización (PDF)
## Críticas y pendientes
Organizaciones civiles recordaron que el instituto suspendió un programa parecido en 2023 por falta de personal. Advirtieron que el anuncio no debe quedar en fotos para redes sociales.
El colectivo Alma Migrante pidió a las familias no compartir en grupos de WhatsApp supuestas listas de citas, porque el trámite es gratuito y no requiere registro previo.
También solicitó que el horario se amplíe al fin de semana, cuando los albergues reciben más llegadas desde la frontera sur.
La delegación respondió que evaluará la demanda durante las primeras seis semanas.
Por ahora, nadie tendrá que madrugar.
Corrección: una versión anterior de esta nota indicaba que el módulo atendería también en Mexicali; el instituto aclaró que solo operará en Tijuana.""",
    },
    {
        "id": "pt-BR",
        "lang": "pt",
        "topic": "transport",
        "title": "Nova linha do BRT de Belém começa a operar com ônibus elétricos no domingo",
        "byline": "Por Rafael Monteiro, de Belém",
        "date": "3 de novembro de 2025",
        "caption": "Ônibus elétrico em teste na estação São Brás, no centro de Belém.",
        "hover": "Cláudia Farias",
        "body": """A Prefeitura de Belém anunciou que a nova linha do BRT entre o Entroncamento e o Ver-o-Peso começa a funcionar no próximo domingo, com doze ônibus elétricos e tarifa de R$ 4,50.
O trajeto de 14 quilômetros terá 19 estações e deve reduzir pela metade o tempo de viagem no horário de pico, segundo a Secretaria Municipal de Mobilidade.
Na primeira semana, a operação será gratuita entre as 10h e as 16h, para que os passageiros conheçam as estações e o novo sistema de pagamento.
A secretária de Mobilidade, {Cláudia Farias}, afirmou que a linha foi planejada para atender bairros que até hoje dependiam de vans sem regulamentação.
> “Quem mora no Guamá e trabalha no centro gastava quase duas horas por dia no trânsito. Queremos devolver esse tempo às pessoas”, disse Farias.
## Como pagar a passagem
O pagamento poderá ser feito de três formas:
- com o cartão Passe Fácil, recarregável nas estações;
- por aproximação, com cartão de débito ou crédito;
- pelo aplicativo da prefeitura, que gera um código válido por duas horas.
Estudantes e idosos mantêm a gratuidade e a meia-passagem já garantidas pelas regras municipais.
Os ônibus têm ar-condicionado, tomadas USB e espaço para duas cadeiras de rodas. A recarga das baterias será feita à noite, na garagem do Entroncamento.
@https://www.belem.pa.gov.br/semob/brt-linha-2-mapa-e-horarios.pdf|Mapa e horários da Linha 2 do BRT (PDF)
## Atrasos e desconfiança
A obra estava prevista para o ano passado e atrasou por causa de problemas no asfalto das faixas exclusivas, que precisou ser refeito em quatro trechos.
Moradores do bairro do Marco reclamam que as fotos divulgadas pela prefeitura mostram estações prontas, enquanto duas paradas ainda estão sem cobertura.
A prefeitura garante que as coberturas serão concluídas até o fim do mês e pede que os passageiros enviem sugestões e comentários pelo canal de ouvidoria.
O sindicato dos rodoviários informou que os motoristas passaram por 40 horas de treinamento para dirigir os veículos elétricos.
Ninguém soube dizer quando a terceira linha sai do papel.
A empresa que opera o sistema terá de cumprir metas de pontualidade, sob pena de multa, conforme o contrato assinado em agosto.""",
    },
    {
        "id": "en-IN",
        "lang": "en",
        "topic": "immigration",
        "title": "Kerala portal to register Gulf-bound workers before departure, cutting agent fees",
        "byline": "Anjali Menon",
        "date": "Oct 21, 2025, 06:12 IST",
        "caption": "Job seekers queue at the Norka Roots office in Thiruvananthapuram.",
        "hover": "P. Sreeram",
        "body": """Kerala will require every worker leaving for a job in the Gulf to register on a state portal before departure, a move officials say will help families trace migrants in emergencies and reduce illegal recruitment fees.
The Non-Resident Keralites Affairs department said the portal, called Pravasi Link, will go live on November 1 and will be linked to the emigration clearance system run by the Centre.
Workers will be able to register free of cost from a mobile phone or at any Akshaya centre, and will receive a registration number that employers and recruiting agents must quote in the contract.
Department secretary {P. Sreeram} said the state had received more than 2,300 complaints last year from workers who paid agents between Rs 80,000 and Rs 1.5 lakh for visas that were supposed to be free.
> “If we know who left, through which agent and for which employer, we can act before a worker is stranded,” Sreeram said.
## What workers must upload
Officials said registration will take about ten minutes. Applicants will need:
- a copy of the passport and the visa page;
- the offer letter or employment contract, in English or Arabic;
- the name and licence number of the recruiting agent, if one was used.
Registration is not a condition for emigration clearance, but workers who skip it will not be covered by the state's new insurance scheme for returnees.
That scheme pays up to Rs 5 lakh if a worker dies abroad and up to Rs 1 lakh for medical evacuation.
@https://norkaroots.kerala.gov.in/docs/pravasi-link-go-2025.pdf|Government order on the Pravasi Link registration (PDF)
## Concerns over data
Migrant rights groups welcomed the move but asked the department to explain who will be able to see the data.
The Centre for Migration and Inclusive Development said workers often share documents on WhatsApp with agents, and warned that a leak from a single portal would be far more damaging.
The department said only its own officers will have access and that the system has been audited. It did not say by whom.
It will also send a monthly newsletter to registered workers with safety advice and helpline numbers for each Gulf country.
Recruiting agents' associations said they would comply.
Correction: An earlier version of this article said the portal would open on October 1. It will open on November 1.""",
    },
    {
        "id": "en-NG",
        "lang": "en",
        "topic": "immigration",
        "title": "NIS to issue ECOWAS travel cards to Seme border traders in 72 hours",
        "byline": "By Chinedu Okafor",
        "date": "September 9, 2025",
        "caption": "Traders cross the Seme-Krake joint border post.",
        "hover": "Kemi Adebayo-Nwosu",
        "body": """The Nigeria Immigration Service says small traders who cross the Seme border every day will soon get an ECOWAS travel card within 72 hours, ending long queues for temporary passes at the joint border post.
The card, which costs N5,000 and is valid for two years, will replace the paper permits that traders must renew every week, according to a statement issued in Abuja on Monday.
Officers will capture fingerprints and photographs at a new enrolment centre in Badagry, and the cards will be collected at the border itself.
The Comptroller in charge of the Seme command, {Kemi Adebayo-Nwosu}, told journalists that about 4,000 people cross the post on a normal market day.
> “Most of them are women selling foodstuff and fabrics. They should not spend half their day waiting for a stamp,” she said.
Traders' unions have complained for years that officers on both sides of the border demand unofficial payments for the weekly permits.
## Who can apply
The service listed three groups that qualify for the card:
- registered traders with a market association letter;
- transport workers who drive buses and trucks on the Lagos–Cotonou corridor;
- residents of border communities in Badagry and Ado-Odo/Ota.
Applicants must present a national identification number. Those without one will be enrolled at the same centre.
The Lagos State Government said it would provide buses to the enrolment centre from Mile 2 and Agbara at no cost during the first month.
@https://immigration.gov.ng/wp-content/uploads/2025/09/ecowas-travel-card-guidelines.pdf|Read the NIS guidelines on the ECOWAS travel card
## Trust is the problem
Some traders remain doubtful. Mrs Folake Adeyemi, who sells palm oil in Cotonou, said she had paid for two earlier cards that were never delivered.
She said she would wait to see photos of traders holding the new card before paying again.
The service said applicants can track their cards through its mobile app and report any officer who asks for money by email or on its verified social media pages.
Applications open on October 1.
Civil society groups urged the government to publish monthly figures on how many cards are issued and how many complaints are received.""",
    },
]
