"""Chrome and clutter texts per language (zh, ro, hu, pt), as 'key: value' lines."""

from __future__ import annotations

CHROME_C = {
    "zh": """
site: 江城日报网
section: 国内新闻
home: 首页
read_also: 延伸阅读：
related: 相关新闻
most_read: 热门排行
newsletter: 订阅江城日报早报，每天早上七点准时送达。
app: 下载江城日报客户端，第一时间获取新闻推送。
paywall: 本文为会员专享内容，开通会员后可阅读全文。
credit: 新华社记者 王磊 摄
share: 分享到：
comments: 评论（56）
cookie: 本网站使用Cookie以提升您的浏览体验。
cookie_ok: 我知道了
bio: 林晓雯，江城日报政法部记者，长期关注出入境管理与人才政策。
more_from: 该作者的更多文章
tags_label: 标签：
tags: 外籍人才, 签证改革, 移民管理
follow: 关注
ad: 广告
listen: 收听本文
print: 打印本页
font: 字号：大 中 小
poll: 您认为新政策能吸引更多外籍人才吗？
poll_opts: 能; 不能
vote: 投票
sponsored_label: 推广
sponsored: 年终特惠：精选家电低至五折
affiliate: 本文包含推广链接，通过链接购买本站可能获得佣金。
errata: 责任编辑：张敏　校对：刘佳
comment: 网友“江边的风”：早就该简化了，材料跑了好几趟。
next: 下一篇
up_next: 即将播放
gallery: 第3张/共8张
now_reading: 正在阅读
h: 寒潮来袭 本周末最低气温将降至零下五度 | 气象部门提醒市民注意防寒保暖，出行注意安全。
h: 主队主场两球击败对手 锁定季后赛席位 | 比赛第八十分钟，替补前锋打入制胜一球。
h: 十二月起部分药品价格下调 | 此次降价涉及一百余种常用药，平均降幅超过三成。
h: 江城国际电影节开幕 展映影片两百部 | 本届电影节首次设立青年导演单元。
h: 警方破获一起网络诈骗案 | 犯罪团伙冒充快递客服，涉案金额达八百万元。
h: 新房成交量连续三个月回升 | 业内人士认为市场正在逐步企稳。
h: 城东公园完成改造重新开放 | 新增儿童游乐区和两公里环湖步道。
h: 地铁五号线南延段开始试运行 | 预计明年春节前正式开通载客。
""",
    "ro": """
site: Gazeta de Argeș
section: Actualitate
home: Acasă
read_also: Citește și:
related: Articole similare
most_read: Cele mai citite
newsletter: Abonează-te la newsletterul Gazetei și primești dimineața cele mai importante știri.
app: Urmărește-ne pe Google News pentru cele mai noi știri din județ.
paywall: Continuarea articolului este disponibilă doar pentru abonați.
credit: Foto: Radu Stoica / Gazeta de Argeș
share: Distribuie
comments: 72 de comentarii
cookie: Acest site folosește cookie-uri pentru a-ți oferi o experiență mai bună.
cookie_ok: Sunt de acord
bio: Andrei Munteanu este reporter la secția Actualitate și scrie despre infrastructură și administrație locală.
more_from: Alte articole de Andrei Munteanu
tags_label: Etichete
tags: pod, Argeș, taxă de trecere
follow: Urmărește
ad: Publicitate
listen: Ascultă articolul
print: Printează
font: Mărime text
poll: Este corectă taxa de trecere pe podul de la Grădiștea?
poll_opts: Da; Nu
vote: Votează
sponsored_label: Advertorial
sponsored: Cum îți alegi centrala termică potrivită pentru apartament
affiliate: Unele linkuri sunt afiliate și putem primi un comision.
errata: Ai găsit o greșeală în articol? Scrie-ne.
comment: Costel_Ag: Cinci lei pe zi dus-întors înseamnă trei sute pe lună. Mulțumim frumos.
next: Articolul următor
up_next: Urmează
gallery: Foto 4 din 10
now_reading: Citești acum
h: Cod galben de ninsori în zona de munte | Meteorologii anunță până la 30 de centimetri de zăpadă.
h: FC Argeș a câștigat derbiul cu Dinamo | Golul victoriei a fost marcat în minutul 88.
h: Prețul gazelor crește de la 1 ianuarie | Furnizorii anunță o majorare medie de 12%.
h: Festival de colinde la Curtea de Argeș | Peste 20 de coruri din țară sunt așteptate.
h: Doi tineri, reținuți după un jaf la un bancomat | Polițiștii i-au prins după o urmărire de zece kilometri.
h: Chiriile din Pitești, la nivel record | Un apartament cu două camere costă în medie 1.800 de lei.
h: Târgul de Crăciun se deschide vineri | Programul include concerte în fiecare seară.
h: Restricții de trafic pe DN7 pentru asfaltare | Lucrările se desfășoară între orele 8 și 18.
""",
    "hu": """
site: Alföldi Hírlap
section: Helyi hírek
home: Címlap
read_also: Ezt is ajánljuk:
related: Kapcsolódó cikkek
most_read: Legolvasottabb
newsletter: Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a legfontosabb híreket.
app: Kövessen minket a Facebookon is!
paywall: A cikk folytatása csak előfizetőknek érhető el.
credit: Fotó: Tóth Balázs / Alföldi Hírlap
share: Megosztás
comments: 41 hozzászólás
cookie: Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.
cookie_ok: Elfogadom
bio: Kovács Eszter a helyi rovat újságírója, városfejlesztésről és közszolgáltatásokról ír.
more_from: A szerző további cikkei
tags_label: Címkék
tags: termálfürdő, felújítás, belépőjegy
follow: Követés
ad: Hirdetés
listen: Cikk meghallgatása
print: Nyomtatás
font: Betűméret
poll: Mennyit fizetne egy fürdőbelépőért?
poll_opts: 4000 forintnál kevesebbet; Akár 6500 forintot is
vote: Szavazok
sponsored_label: Szponzorált tartalom
sponsored: Így spórolhat a téli fűtésszámlán
affiliate: A cikkben szereplő linkek után jutalékot kaphatunk.
errata: Hibát talált a cikkben? Jelezze nekünk!
comment: Jani_bácsi: Hatezer forint egy nyugdíjasnak? Ez vicc.
next: Következő cikk
up_next: Következő videó
gallery: 5 / 12 kép
now_reading: Most olvassa
h: Havazás miatt lezárták a 47-es főutat | A közútkezelő hókotrói egész éjjel dolgoztak.
h: Kikapott hazai pályán a kosárcsapat | A vendégek az utolsó negyedben fordítottak.
h: Drágul a távhő januártól | A szolgáltató szerint az emelés havi 2000 forint körül lesz.
h: Adventi koncertsorozat a székesegyházban | Minden vasárnap más kórus lép fel.
h: Betörőket fogtak el a lakótelepen | A rendőrök a tetteseket a helyszín közelében érték tetten.
h: Egyre drágábbak az albérletek | Egy kétszobás lakás bérleti díja már 180 ezer forint.
h: Megnyílt a korcsolyapálya a főtéren | A pálya február végéig várja a látogatókat.
h: Felújítják a vasútállomás aluljáróját | A munkálatok alatt ideiglenes gyalogos átkelőt alakítanak ki.
""",
    "pt": """
site: Notícias do Tejo
section: Sociedade
home: Início
read_also: Leia também:
related: Artigos relacionados
most_read: Mais lidas
newsletter: Subscreva a nossa newsletter e receba as principais notícias todas as manhãs.
app: Siga-nos no WhatsApp e receba as notícias no telemóvel.
paywall: Este artigo é exclusivo para assinantes. Assine já a partir de 1,99 €.
credit: Foto: Rui Gaudêncio / Lusa
share: Partilhar
comments: 58 comentários
cookie: Este site utiliza cookies para melhorar a sua experiência de navegação.
cookie_ok: Aceitar
bio: Inês Carvalho é jornalista da secção Sociedade e escreve sobre migrações e trabalho.
more_from: Mais artigos de Inês Carvalho
tags_label: Tópicos
tags: AIMA, imigração, autorizações de residência
follow: Seguir
ad: Publicidade
listen: Ouvir artigo
print: Imprimir
font: Tamanho da letra
poll: Concorda com o fim das manifestações de interesse?
poll_opts: Concordo; Discordo
vote: Votar
sponsored_label: Conteúdo patrocinado
sponsored: Cinco destinos de inverno a menos de três horas de Lisboa
affiliate: Podemos receber uma comissão pelas compras feitas através destas ligações.
errata: Encontrou um erro? Contacte a redação.
comment: Joaquim_P: Conheço quem esteja à espera há dois anos. Uma vergonha.
next: Artigo seguinte
up_next: A seguir
gallery: Foto 2 de 6
now_reading: Está a ler
h: Depressão traz chuva forte ao litoral norte | O IPMA colocou sete distritos sob aviso amarelo.
h: Benfica vence em Braga e reforça liderança | Os encarnados marcaram dois golos na segunda parte.
h: Preço da eletricidade desce em janeiro | A redução média será de 3% para as famílias.
h: Festival de jazz regressa ao Porto | O cartaz inclui doze concertos em quatro salas.
h: Detido suspeito de assaltos a farmácias | A PSP apreendeu dinheiro e uma arma branca.
h: Rendas em Lisboa voltam a subir | O valor mediano ultrapassa os 16 euros por metro quadrado.
h: Mercado de Natal abre no Rossio | Cerca de sessenta bancas vão estar abertas até dia 6.
h: Obras fecham faixa da Segunda Circular | Os condutores devem contar com atrasos à noite.
""",
}
