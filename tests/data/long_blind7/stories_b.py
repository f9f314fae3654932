"""Hand-written fictional stories for long_blind7 (dev languages id, vi, sw, ca, ko)."""

S: dict[str, dict[str, str]] = {}

S["id"] = dict(
    id="pekerja-migran-deportasi",
    topic="immigration",
    title="Ratusan pekerja migran dideportasi dari Sabah, Nunukan kewalahan",
    byline="Dewi Lestari",
    date="Jumat, 20 November 2026 16:48 WIB",
    caption="Pekerja migran tiba di Pelabuhan Tunon Taka, Nunukan.",
    hover="Yohanes Sinaga",
    text="""
Sebanyak 412 pekerja migran Indonesia dideportasi dari Sabah, Malaysia, dalam sepekan terakhir dan tiba di Pelabuhan Tunon Taka, Nunukan, Kalimantan Utara. Jumlah itu hampir dua kali lipat dibanding bulan lalu.
Sebagian besar dari mereka ditangkap dalam razia di perkebunan kelapa sawit karena tidak memiliki dokumen kerja yang sah. Beberapa di antaranya sudah bekerja di Sabah lebih dari sepuluh tahun.
Tempat penampungan sementara di Nunukan hanya mampu menampung sekitar 250 orang, sehingga sebagian pekerja terpaksa tidur di aula kantor kecamatan.
## Penampungan penuh
Kepala balai pelayanan pelindungan pekerja migran setempat, Yohanes Sinaga, mengatakan pihaknya kekurangan tenaga dan anggaran makan. "Kami harus memulangkan mereka ke daerah asal secepatnya, tetapi kapal ke Pare-Pare hanya ada dua kali seminggu," ujarnya.
Banyak pekerja dideportasi tanpa membawa gaji terakhir mereka. Menurut pendamping hukum, majikan sering menahan upah dua sampai tiga bulan.
Siti, perempuan asal Flores berusia 41 tahun, dipulangkan bersama dua anaknya. Ia mengaku tidak sempat mengambil barang-barang dari rumahnya di kebun.
"Semua foto keluarga tertinggal di sana," katanya pelan.
Anak-anak yang lahir di Sabah juga menghadapi masalah karena tidak memiliki akta kelahiran Indonesia.
## Apa yang disiapkan pemerintah
Kementerian terkait menyebut telah menyiapkan beberapa langkah:
* pendataan ulang semua pekerja yang dideportasi,
* bantuan transportasi ke daerah asal,
* pendampingan untuk menuntut gaji yang belum dibayar.
Pemerintah daerah juga meminta agar informasi tentang jalur kerja resmi disebarkan lewat aplikasi dan media sosial, karena banyak calon pekerja berangkat lewat calo.
Sebuah lembaga swadaya masyarakat di Nunukan membuka posko pengaduan dan mengajak warga berlangganan buletin mingguan mereka tentang hak-hak pekerja migran.
Pemerintah Malaysia menyatakan razia akan terus berlanjut hingga akhir tahun.
Siti kini menunggu kapal berikutnya. Ia berharap suatu hari bisa kembali bekerja di luar negeri, kali ini dengan dokumen lengkap.
Ralat: Pada versi sebelumnya tertulis jumlah pekerja yang dideportasi 214 orang. Jumlah yang benar adalah 412 orang.
""",
)

S["vi"] = dict(
    id="xe-buyt-dem",
    topic="other",
    title="Tuyến xe buýt đêm đầu tiên của Hà Nội sau ba tháng: hành khách tăng gấp đôi",
    byline="Nguyễn Thu Hà",
    date="25/11/2026 10:12 GMT+7",
    caption="Xe buýt tuyến đêm dừng tại bến Long Biên.",
    hover="Trần Văn Minh",
    text="""
Sau ba tháng vận hành thử, tuyến xe buýt đêm đầu tiên của Hà Nội, nối bến Long Biên với khu công nghiệp Bắc Thăng Long, đã chở trung bình hơn 1.800 lượt khách mỗi đêm, gấp đôi so với tuần đầu.
Tuyến chạy từ 22 giờ đến 4 giờ sáng, mỗi chuyến cách nhau 20 phút. Giá vé vẫn giữ ở mức 9.000 đồng như xe buýt ban ngày.
Phần lớn hành khách là công nhân làm ca đêm, nhân viên nhà hàng và sinh viên làm thêm.
## Công nhân ca đêm hưởng lợi
Chị Lan, công nhân một nhà máy điện tử, cho biết trước đây chị phải đi xe ôm mất 60.000 đồng mỗi đêm. "Giờ mỗi tháng tôi tiết kiệm được gần hai triệu," chị nói.
Ông Trần Văn Minh, phó giám đốc đơn vị vận hành, cho biết doanh nghiệp vẫn đang lỗ nhưng thành phố đã đồng ý trợ giá thêm một năm.
"Chúng tôi không kỳ vọng có lãi sớm. Mục tiêu là để người lao động về nhà an toàn," ông nói.
Một số hành khách phàn nàn rằng ứng dụng tra cứu giờ xe thường hiển thị sai vị trí sau nửa đêm.
Đơn vị vận hành hứa sẽ sửa lỗi trong tháng tới.
## Kế hoạch mở rộng
Sở Giao thông dự kiến mở thêm các tuyến đêm theo thứ tự sau:
* tuyến Cầu Giấy – Nội Bài,
* tuyến Giáp Bát – Văn Điển,
* tuyến Hà Đông – Mỹ Đình.
Các tuyến mới sẽ được lựa chọn dựa trên dữ liệu thẻ vé điện tử và khảo sát ý kiến hành khách.
Nhiều người dân đăng ký nhận bản tin của Sở để biết khi nào tuyến gần nhà mình được mở. Một nhóm sinh viên còn chụp ảnh hành trình đêm và đăng lên mạng xã hội, thu hút hàng chục nghìn lượt xem.
Tài xế Phạm Quang cho biết đêm nào anh cũng gặp những gương mặt quen. "Có người ngủ gật, tôi phải gọi dậy khi đến bến," anh cười.
Đính chính: Trong bản trước, chúng tôi ghi giá vé là 7.000 đồng. Giá đúng là 9.000 đồng.
""",
)

S["sw"] = dict(
    id="kakuma-makazi",
    topic="immigration",
    title="Mpango mpya wa makazi Kakuma: wakimbizi kupewa ardhi ya kilimo",
    byline="Amina Wanjiru",
    date="Novemba 22, 2026",
    caption="Wakimbizi wakipanda mboga katika shamba la majaribio karibu na Kakuma.",
    hover="Daniel Ekai",
    text="""
Serikali ya Kenya imezindua mpango unaolenga kubadilisha kambi ya wakimbizi ya Kakuma kuwa makazi ya kudumu, ambapo wakimbizi watapewa vipande vya ardhi ya kilimo na ruhusa ya kufanya biashara nje ya kambi.
Kambi hiyo iliyoko kaunti ya Turkana ina zaidi ya wakimbizi laki mbili, wengi wao kutoka Sudan Kusini, Somalia na Jamhuri ya Kidemokrasia ya Kongo.
Kwa miaka mingi wakimbizi wamekuwa wakitegemea chakula cha msaada, ambacho kimepunguzwa mara kadhaa kutokana na upungufu wa fedha.
## Ardhi na vibali vya kazi
Chini ya mpango huo, kila familia itapewa nusu ekari na mbegu za msimu wa kwanza. Wakimbizi pia wataweza kuomba vibali vya kazi kwa ada iliyopunguzwa.
Afisa wa kaunti anayeshughulikia mipango, Daniel Ekai, alisema mpango huo utawanufaisha pia wenyeji. "Soko litakua, barabara zitajengwa, na vijana wa hapa watapata kazi," alisema.
Hata hivyo baadhi ya wakazi wa Turkana wana wasiwasi kuhusu upatikanaji wa maji.
Maji ni machache.
Nyakuma, mama wa watoto watano kutoka Sudan Kusini, amekuwa Kakuma kwa miaka kumi na mbili. Anasema angependa kulima mtama na kuuza sokoni. "Sitaki kusubiri gunia la unga kila mwezi," alisema.
## Masharti ya mpango
Serikali imeeleza masharti makuu ya mpango huu:
* familia lazima ziwe zimesajiliwa rasmi kama wakimbizi,
* ardhi haiwezi kuuzwa wala kukodishwa,
* watoto lazima waendelee kwenda shule.
Mashirika ya misaada yanasema mafanikio yatategemea mvua na uwekezaji katika mifumo ya umwagiliaji.
Shirika moja la vijana limeanza kutuma jarida la kila wiki kwa wakimbizi kupitia programu ya simu, likieleza jinsi ya kujiandikisha.
Awamu ya kwanza itahusisha familia elfu tatu na inatarajiwa kuanza mwezi Machi mwakani.
Nyakuma tayari amepiga picha ya kipande cha ardhi anachotarajia kupewa. Anasema ameiweka kama kumbukumbu ya mwanzo mpya.
Marekebisho: Toleo la awali la habari hii lilisema kila familia itapewa ekari moja. Kiasi sahihi ni nusu ekari.
""",
)

S["ca"] = dict(
    id="regularitzacio-ilp",
    topic="immigration",
    title="La ILP per la regularització arriba al Congrés amb el suport de 600 entitats catalanes",
    byline="Laia Puig i Serra",
    date="26/11/2026 - 19:30 h",
    caption="Membres de la plataforma davant del Congrés.",
    hover="Jordi Ferrer",
    text="""
La iniciativa legislativa popular que demana una regularització extraordinària de persones migrades en situació irregular ha superat aquesta setmana el primer tràmit al Congrés. A Catalunya, més de 600 entitats l'han avalat.
El text proposa que puguin regularitzar-se les persones que acreditin haver viscut a l'Estat abans de l'1 de novembre de l'any passat, sense necessitat de contracte de treball previ.
Segons les estimacions de la plataforma impulsora, la mesura podria afectar unes 500.000 persones, de les quals una cinquena part viuen a Catalunya.
## Un debat que divideix els grups
Els grups parlamentaris no s'han posat d'acord sobre el calendari de tramitació. Alguns volen incorporar esmenes que limitin la regularització a qui tingui una oferta de feina.
El portaveu de la plataforma a Barcelona, Jordi Ferrer, defensa que el text es mantingui tal com va ser signat. "Hi ha gent que fa quinze anys que cuida la gent gran d'aquest país sense papers", va dir.
La patronal agrària també s'hi ha mostrat favorable, perquè la manca de mà d'obra regular complica les campanyes de collita.
Fatou, una treballadora de la llar senegalesa que viu a Mataró, explica que no pot obrir un compte bancari ni signar un contracte de lloguer al seu nom.
"Pago impostos quan compro, però per a l'Estat no existeixo", lamenta.
## Què preveu el text
La proposició de llei inclou aquests punts principals:
* un permís de residència i treball d'un any renovable,
* l'accés immediat a l'empadronament i a la sanitat,
* un termini de sol·licitud de sis mesos.
Les entitats demanen que la informació es faci arribar en diverses llengües. Una de les associacions ha obert un butlletí per correu electrònic i un canal en una aplicació de missatgeria per explicar cada pas.
Els ajuntaments de l'àrea metropolitana adverteixen que caldrà reforçar les oficines d'atenció per gestionar la demanda.
El debat de presa en consideració es preveu per al febrer.
Fatou guarda en una carpeta les factures i les fotos que demostren els anys que fa que és aquí.
Correcció: una versió anterior d'aquesta notícia deia que l'havien avalat 400 entitats catalanes. La xifra correcta és 600.
""",
)

S["ko"] = dict(
    id="haenyeo-gimjang",
    topic="other",
    title="제주 하도리 해녀들, 올해 첫 우뭇가사리 공동 작업 마쳐",
    byline="김서연 기자",
    date="2026.11.18 17:25",
    caption="하도리 해녀들이 우뭇가사리를 말리고 있다.",
    hover="고순자",
    text="""
제주시 구좌읍 하도리 해녀들이 올해 첫 우뭇가사리 공동 작업을 마쳤다. 마을 어촌계에 따르면 이번 작업에는 해녀 마흔두 명이 참여해 이틀 동안 약 3톤을 채취했다.
우뭇가사리는 한천의 원료로 쓰이는 해조류로, 하도리에서는 예부터 마을 공동 수입원이었다.
최근 몇 년 동안 수온 상승으로 채취량이 절반 가까이 줄었지만 올해는 작년보다 다소 늘었다.
## 고령화가 가장 큰 걱정
참여한 해녀 가운데 서른한 명이 일흔 살 이상이다. 가장 나이가 많은 해녀는 여든여섯 살이다.
어촌계장 고순자 씨는 "젊은 해녀가 들어오지 않으면 십 년 뒤에는 공동 작업 자체가 어렵다"고 말했다.
마을은 해녀 학교 졸업생을 대상으로 정착 지원금을 주고 있지만 지원자는 해마다 손에 꼽을 정도다.
그래도 올해는 신입 해녀 두 명이 처음으로 작업에 참여했다.
## 작업은 이렇게 진행됐다
작업은 다음 순서로 진행됐다:
* 새벽 물때에 맞춰 바다에 들어가 채취,
* 포구에서 이물질을 골라내는 선별,
* 마을 공터에서 일주일 동안 건조.
말린 우뭇가사리는 공동 판매를 거쳐 수익을 참여 해녀들에게 나눈다.
마을 청년회는 작업 과정을 사진으로 기록해 소식지에 싣고, 앱으로 주문을 받는 방안도 검토하고 있다.
고 씨는 "바다가 허락하는 만큼만 가져온다"고 했다.
바로잡습니다: 이전 기사에서 참여 해녀를 스물네 명으로 잘못 적었습니다. 마흔두 명이 맞습니다.
""",
)
