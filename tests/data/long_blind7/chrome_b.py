"""Hand-written page chrome and clutter per language (dev: id, vi, sw, ca, ko)."""

C: dict[str, str] = {}

C["id"] = """
site: Kabar Borneo | Warta Nusantara | Harian Utara
home: Beranda | Home
section: Nasional | Daerah
read_also: Baca Juga: | Baca juga: | Simak juga:
related_h: Berita Terkait | Artikel Terkait
most_read_h: Terpopuler | Paling Banyak Dibaca
newsletter: Dapatkan berita pilihan setiap pagi langsung di email Anda. Daftar newsletter sekarang! | Berlangganan buletin kami gratis.
app: Unduh aplikasi kami untuk mendapatkan notifikasi berita terkini. | Ikuti saluran WhatsApp kami untuk update berita terbaru.
paywall: Artikel ini khusus untuk pelanggan premium. | Untuk membaca selengkapnya, silakan berlangganan mulai Rp 19.000 per bulan.
photo: Foto: ANTARA | Foto: Dok. Istimewa | Ilustrasi: Shutterstock
video_play: Putar video | Tonton
video_now: Sedang ditonton | Sedang diputar
video_next: Video berikutnya dalam 5 detik | Selanjutnya
gallery: Galeri Foto | FOTO
share: Bagikan ke Facebook | Bagikan ke WhatsApp | Salin tautan
comments_h: Komentar | Komentar Pembaca
comment: Kasihan sekali, semoga gaji mereka bisa dibayar. | Pemerintah harus tegas kepada calo tenaga kerja.
login: Masuk untuk berkomentar. | Silakan login untuk menulis komentar.
cookie: Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. | Dengan melanjutkan, Anda menyetujui penggunaan cookie.
cookie_btn: Setuju | Terima
bio: Jurnalis di biro Kalimantan, meliput isu perbatasan dan buruh migran. | Kontributor Nunukan.
more_from: Berita lain dari penulis | Lebih banyak dari penulis
tags_h: Tag | Topik
tags: pekerja migran, Nunukan, Sabah, deportasi
ad: Iklan | ADVERTISEMENT
next_h: Berita Selanjutnya | Artikel berikutnya
next_p: Harga cabai rawit di pasar tradisional Samarinda naik hingga Rp 90.000 per kilogram menjelang akhir tahun.
follow: Ikuti | Follow
role: Kepala balai · 5 artikel | Lihat profil
listen: Dengarkan berita ini | Dengarkan
sponsored: Konten Bersponsor | Advertorial
reading_time: Waktu baca 4 menit | 4 menit baca
print: Cetak | Versi cetak
page: Halaman | Hal.
continue: Berita berlanjut di halaman berikutnya | Selanjutnya
helpful: Apakah halaman ini membantu? | Informasi ini bermanfaat?
source: Sumber: | Sumber berita:
original: Baca berita selengkapnya di situs sumber | Kunjungi sumber
updates: Tampilkan pembaruan terbaru | Muat lebih banyak
weather: Jakarta 31°C Berawan | Balikpapan 29°C Hujan ringan
top: Kembali ke atas | Ke atas
copyright: © Hak cipta dilindungi undang-undang. | All rights reserved.
trending: Trending | Sedang Hangat
hl: Timnas U-23 lolos ke semifinal Piala Asia || Garuda Muda menang adu penalti melawan Uzbekistan.
hl: Harga BBM nonsubsidi turun mulai besok || Pertamina menyesuaikan harga di seluruh SPBU.
hl: Banjir rendam ratusan rumah di Bekasi || Warga mulai mengungsi ke masjid dan balai desa.
hl: Penyanyi dangdut populer umumkan pernikahan || Kabar bahagia itu disampaikan lewat akun Instagram.
hl: Jadwal pendaftaran CPNS 2027 diumumkan || Formasi terbanyak untuk tenaga guru dan kesehatan.
hl: Gempa magnitudo 5,2 guncang Maluku || BMKG memastikan tidak berpotensi tsunami.
hl: Libur Natal, tiket kereta ludes terjual || KAI menambah perjalanan tambahan.
hl: Kopi Gayo tembus pasar Jepang || Ekspor naik dua kali lipat tahun ini.
"""

C["vi"] = """
site: Tin Nhanh Thủ Đô | Báo Điện Tử Sông Hồng | Thời Sự 24h
home: Trang chủ | Trang chủ »
section: Đô thị | Xã hội
read_also: Xem thêm: | Đọc thêm: | Tin liên quan:
related_h: Tin liên quan | Cùng chuyên mục
most_read_h: Đọc nhiều nhất | Xem nhiều
newsletter: Đăng ký nhận bản tin để cập nhật tin tức nóng mỗi sáng. | Nhận tin mới qua email – miễn phí.
app: Tải ứng dụng của chúng tôi để nhận thông báo tin nóng. | Theo dõi chúng tôi trên Zalo để không bỏ lỡ tin tức.
paywall: Nội dung này chỉ dành cho thành viên trả phí. | Đăng ký gói đọc để xem toàn bộ bài viết.
photo: Ảnh: TTXVN | Ảnh: Ngọc Anh | Ảnh minh họa: Shutterstock
video_play: Phát video | Xem video
video_now: Đang xem | Đang phát
video_next: Video tiếp theo sau 5 giây | Tiếp theo
gallery: Ảnh | Chùm ảnh
share: Chia sẻ Facebook | Chia sẻ Zalo | Sao chép liên kết
comments_h: Bình luận | Ý kiến bạn đọc
comment: Tuyến này rất cần, tôi đi làm ca đêm suốt. | Mong sớm có tuyến về Hà Đông.
login: Đăng nhập để bình luận. | Bạn cần đăng nhập để gửi ý kiến.
cookie: Trang web sử dụng cookie để cải thiện trải nghiệm người dùng. | Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý sử dụng cookie.
cookie_btn: Đồng ý | Chấp nhận
bio: Phóng viên mảng giao thông đô thị. | Phóng viên ban Thời sự.
more_from: Bài viết khác của tác giả | Cùng tác giả
tags_h: Từ khóa | Tags
tags: xe buýt đêm, Hà Nội, giao thông công cộng
ad: Quảng cáo | QUẢNG CÁO
next_h: Bài tiếp theo | Đọc tiếp
next_p: TP.HCM sẽ cấm xe máy trên một số tuyến đường trung tâm vào cuối tuần từ tháng sau để phục vụ phố đi bộ.
follow: Theo dõi | Quan tâm
role: Phó giám đốc · 3 bài viết | Xem hồ sơ
listen: Nghe đọc bài | Nghe bài viết
sponsored: Nội dung tài trợ | Thông tin doanh nghiệp
reading_time: Thời gian đọc: 4 phút | 4 phút đọc
print: In bài | Bản in
page: Trang | Tr.
continue: Mời đọc tiếp ở trang sau | Đọc tiếp
helpful: Trang này có hữu ích không? | Thông tin có giúp ích cho bạn?
source: Nguồn: | Theo:
original: Đọc bài gốc tại trang nguồn | Xem tại nguồn
updates: Hiển thị cập nhật mới | Tải thêm
weather: Hà Nội 19°C Nhiều mây | TP.HCM 31°C Nắng
top: Lên đầu trang | Về đầu
copyright: © Bản quyền thuộc về tòa soạn. Cấm sao chép dưới mọi hình thức. | Giữ bản quyền nội dung.
trending: Xu hướng | Đang hot
hl: Tuyển Việt Nam thắng đậm trên sân nhà || Đội chủ nhà ghi bốn bàn trong hiệp hai.
hl: Giá xăng giảm lần thứ ba liên tiếp || Mỗi lít xăng RON 95 giảm gần 500 đồng.
hl: Mưa lớn gây ngập nhiều tuyến phố Đà Nẵng || Người dân phải di chuyển phương tiện lên cao.
hl: Ca sĩ nổi tiếng tổ chức liveshow tại Hà Nội || Vé được bán hết chỉ sau vài giờ.
hl: Lịch thi tốt nghiệp THPT năm 2027 || Bộ Giáo dục công bố thời gian thi dự kiến.
hl: Giá vàng lập đỉnh mới || Vàng miếng vượt mốc lịch sử sáng nay.
hl: Phố đi bộ Hồ Gươm mở thêm khu ẩm thực || Khách du lịch đông dịp cuối tuần.
hl: Sân bay Long Thành chạy thử nghiệm || Những chuyến bay đầu tiên dự kiến vào mùa hè.
"""

C["sw"] = """
site: Sauti ya Pwani | Habari Leo Mtandaoni | Mwangaza News
home: Nyumbani | Mwanzo
section: Habari | Kitaifa
read_also: Soma pia: | Soma zaidi: | Habari nyingine:
related_h: Habari zinazohusiana | Zaidi kuhusu mada hii
most_read_h: Zilizosomwa zaidi | Maarufu
newsletter: Jiandikishe kwa jarida letu upate habari kuu kila asubuhi. | Pata habari kupitia barua pepe bure.
app: Pakua programu yetu upate taarifa za papo hapo. | Tufuate kwenye WhatsApp Channel yetu.
paywall: Habari hii ni kwa wanachama pekee. | Jisajili kusoma habari kamili.
photo: Picha: Maktaba | Picha kwa hisani ya UNHCR | Picha: Shutterstock
video_play: Cheza video | Tazama
video_now: Unatazama sasa | Inacheza sasa
video_next: Video inayofuata baada ya sekunde 5 | Inayofuata
gallery: Picha | Matukio katika picha
share: Shiriki kwenye Facebook | Tuma kwa WhatsApp | Nakili kiungo
comments_h: Maoni | Maoni ya wasomaji
comment: Huu ni mpango mzuri ikiwa utatekelezwa kweli. | Wenyeji nao wapewe ardhi pia.
login: Ingia ili kutoa maoni. | Lazima uingie kuandika maoni.
cookie: Tovuti hii inatumia vidakuzi kuboresha huduma zetu. | Kwa kuendelea, unakubali matumizi ya vidakuzi.
cookie_btn: Nakubali | Sawa
bio: Mwandishi wa habari wa kanda ya kaskazini, anaandika kuhusu wakimbizi. | Mwandishi wetu, Lodwar.
more_from: Habari zaidi kutoka kwa mwandishi | Zaidi na mwandishi
tags_h: Lebo | Mada
tags: Kakuma, wakimbizi, Turkana, kilimo
ad: Tangazo | MATANGAZO
next_h: Habari inayofuata | Endelea kusoma
next_p: Bei ya unga wa mahindi imeshuka katika masoko ya Nairobi baada ya mavuno mazuri katika maeneo ya Bonde la Ufa.
follow: Fuata | Mfuate
role: Afisa wa kaunti · makala 4 | Tazama wasifu
listen: Sikiliza habari hii | Sikiliza
sponsored: Maudhui yaliyofadhiliwa | Tangazo la biashara
reading_time: Muda wa kusoma: dakika 4 | Dakika 4
print: Chapisha | Toleo la kuchapisha
page: Ukurasa | Uk.
continue: Endelea ukurasa unaofuata | Soma zaidi
helpful: Je, ukurasa huu ulikusaidia? | Taarifa hii imekusaidia?
source: Chanzo: | Kwa mujibu wa:
original: Soma habari kamili kwenye tovuti ya chanzo | Nenda kwa chanzo
updates: Onyesha taarifa mpya | Pakia zaidi
weather: Nairobi 22°C Mawingu | Mombasa 30°C Jua
top: Juu | Rudi juu
copyright: © Haki zote zimehifadhiwa. | Hakimiliki ya habari hii imehifadhiwa.
trending: Zinazovuma | Gumzo
hl: Harambee Stars yashinda mechi ya kirafiki || Bao la dakika za mwisho liliipa ushindi timu ya taifa.
hl: Bei ya mafuta kupanda mwezi ujao || Mamlaka ya kawi imetangaza viwango vipya.
hl: Mvua kubwa yasababisha mafuriko Kisumu || Familia kadhaa zimehamishwa kutoka nyumba zao.
hl: Msanii maarufu azindua albamu mpya || Nyimbo kumi na mbili zimerekodiwa nchini Tanzania.
hl: Matokeo ya mtihani wa KCSE kutangazwa wiki ijayo || Wizara ya Elimu imethibitisha tarehe.
hl: Treni ya SGR yaongeza safari za usiku || Abiria wataweza kusafiri kati ya Nairobi na Mombasa usiku.
hl: Wakulima wa chai walalamikia malipo || Wanasema malipo ya bonasi yamechelewa.
hl: Uwanja mpya wa ndege kujengwa Lamu || Ujenzi unatarajiwa kuanza mwaka ujao.
"""

C["ca"] = """
site: El Diari del Maresme | Notícies Avui | La Veu de Ponent
home: Inici | Portada
section: Societat | Política
read_also: Llegeix també: | Et pot interessar: | Relacionat:
related_h: Notícies relacionades | Més sobre el tema
most_read_h: El més llegit | Més llegides
newsletter: Subscriu-te al nostre butlletí i rep cada matí les notícies més importants. | Rep les notícies al teu correu. És gratuït.
app: Descarrega la nostra app i rep alertes de darrera hora. | Segueix-nos al canal de WhatsApp.
paywall: Aquest contingut és exclusiu per a subscriptors. | Per continuar llegint, fes-te subscriptor per 1 € el primer mes.
photo: Foto: ACN | Fotografia: Europa Press | Imatge d'arxiu: Shutterstock
video_play: Reprodueix el vídeo | Mira-ho
video_now: Ara estàs veient | En reproducció
video_next: El vídeo següent comença en 5 segons | Tot seguit
gallery: Galeria d'imatges | Fotogaleria
share: Comparteix a Facebook | Comparteix a X | Copia l'enllaç
comments_h: Comentaris | Opinions dels lectors
comment: Ja tocava, fa anys que esperem una solució així. | Sense contracte de feina no veig com funcionarà.
login: Inicia sessió per comentar. | Has d'estar registrat per deixar un comentari.
cookie: Utilitzem galetes pròpies i de tercers per millorar els nostres serveis. | Aquest web fa servir galetes. Si continues navegant, n'acceptes l'ús.
cookie_btn: Accepto | Acceptar totes
bio: Periodista de la secció de Societat, especialitzada en migracions. | Redactora a Mataró.
more_from: Més articles de l'autora | Altres notícies de l'autora
tags_h: Etiquetes | Temes
tags: regularització, ILP, migració, Congrés
ad: Publicitat | PUBLICITAT
next_h: Notícia següent | Continua llegint
next_p: Rodalies recupera el servei a l'R1 després de dos dies d'obres entre Badalona i Montgat, amb trens cada deu minuts.
follow: Segueix | Seguir
role: Portaveu · 8 articles | Veure perfil
listen: Escolta la notícia | Escoltar
sponsored: Contingut patrocinat | Publireportatge
reading_time: Temps de lectura: 4 minuts | 4 min de lectura
print: Imprimeix | Versió per imprimir
page: Pàgina | Pàg.
continue: Continua a la pàgina següent | Segueix llegint
helpful: T'ha estat útil aquesta pàgina? | Aquesta informació t'ha servit?
source: Font: | Font original:
original: Llegeix la notícia completa a la font | Ves a la font
updates: Mostra les actualitzacions noves | Carrega'n més
weather: Barcelona 14° Assolellat | Lleida 6° Boira
top: Amunt | Torna a dalt
copyright: © Tots els drets reservats. | Queda prohibida la reproducció total o parcial.
trending: Tendències | Ara és notícia
hl: El Barça remunta a Montjuïc en els últims minuts || Els blaugrana guanyen amb un gol al minut 92.
hl: La benzina abaixa de preu per tercera setmana || El litre ja és per sota d'1,50 euros.
hl: Temporal de mar a la costa de Girona || Protecció Civil activa l'alerta per onades de quatre metres.
hl: Un grup català omple el Palau Sant Jordi || El concert va esgotar entrades en deu minuts.
hl: Calendari de les PAU 2027 || Les proves seran del 9 al 11 de juny.
hl: Les pensions pujaran un 2,8% || El govern confirma la revaloració.
hl: Fira de Santa Llúcia obre les parades || La fira de Nadal més antiga de Barcelona arrenca dijous.
hl: Nou carril bici entre Mataró i Premià || Les obres començaran a la primavera.
"""

C["ko"] = """
site: 제주오늘 | 한라일보 온라인 | 남도뉴스
home: 홈 | 뉴스홈
section: 사회 | 지역
read_also: 함께 보면 좋은 기사 | 관련기사: | 이 기사도 읽어보세요:
related_h: 관련 기사 | 관련뉴스
most_read_h: 많이 본 뉴스 | 실시간 인기기사
newsletter: 매일 아침 주요 뉴스를 이메일로 받아보세요. 뉴스레터 구독하기 | 무료 뉴스레터 신청
app: 앱 설치하고 실시간 속보 알림 받기 | 카카오톡 채널 추가하고 뉴스 받아보기
paywall: 이 기사는 유료 회원 전용입니다. | 기사 전문은 구독 후 이용하실 수 있습니다.
photo: 사진=연합뉴스 | 사진 제공=제주도 | 사진=게티이미지뱅크
video_play: 동영상 재생 | 재생
video_now: 지금 보는 영상 | 재생 중
video_next: 5초 후 다음 영상이 재생됩니다 | 다음 영상
gallery: 포토 | 화보
share: 페이스북 공유 | 카카오톡 공유 | URL 복사
comments_h: 댓글 | 독자 의견
comment: 해녀 문화가 꼭 이어졌으면 좋겠습니다. | 젊은 사람들이 왜 안 오는지 생각해봐야 합니다.
login: 로그인 후 댓글을 작성할 수 있습니다. | 댓글을 쓰려면 로그인하세요.
cookie: 이 사이트는 서비스 개선을 위해 쿠키를 사용합니다. | 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.
cookie_btn: 동의 | 확인
bio: 제주 지역 사회부 기자. 바다와 마을 이야기를 씁니다. | 사회부 기자
more_from: 기자의 다른 기사 | 이 기자의 기사 더보기
tags_h: 태그 | 키워드
tags: 해녀, 우뭇가사리, 하도리, 제주
ad: 광고 | AD
next_h: 다음 기사 | 다음글
next_p: 제주국제공항의 겨울철 국내선 운항이 하루 열두 편 늘어나 관광객 수요에 대응한다.
follow: 구독 | 팔로우
role: 어촌계장 · 기사 2건 | 프로필 보기
listen: 기사 듣기 | 음성으로 듣기
sponsored: 광고성 기사 | 스폰서
reading_time: 읽는 시간 3분 | 3분 분량
print: 인쇄 | 프린트
page: 페이지 | 쪽
continue: 다음 페이지에서 계속 | 계속 읽기
helpful: 이 페이지가 도움이 되었나요? | 정보가 유용했나요?
source: 출처: | 원문 출처:
original: 원문 기사 보기 | 언론사 홈페이지에서 보기
updates: 새 소식 보기 | 더보기
weather: 제주 15℃ 흐림 | 서울 3℃ 맑음
top: 맨 위로 | TOP
copyright: 무단전재 및 재배포 금지 | Copyright © 제주오늘. All rights reserved.
trending: 급상승 | 화제의 뉴스
hl: 프로축구 제주, 극적인 잔류 확정 || 후반 추가시간 결승골로 강등을 피했다.
hl: 휘발유 가격 6주 연속 하락 || 전국 평균 가격이 리터당 1,600원 아래로 내려갔다.
hl: 한라산 첫눈, 입산 통제 || 관리소는 아이젠 착용을 당부했다.
hl: 인기 아이돌 그룹 새 앨범 발매 || 발매 첫날 판매량 100만 장을 넘었다.
hl: 수능 성적표 다음 주 배부 || 평가원은 채점 결과를 발표했다.
hl: 감귤 가격 작년보다 20% 올라 || 작황 부진으로 출하량이 줄었다.
hl: 올레길 새 코스 개장 || 해안 절경을 따라 걷는 12km 구간이다.
hl: 서귀포 크리스마스 축제 개막 || 주말까지 다양한 공연이 이어진다.
"""
