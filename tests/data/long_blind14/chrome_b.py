"""Publisher chrome per language for long_blind14: tr, vi, id, cs (keys as in chrome_a)."""

CHROME_B = {
    "tr": {
        "ra": ["İlginizi çekebilir:", "Bunu da okuyun:", "İLGİLİ HABER"],
        "rel": ["İlgili Haberler", "Bunlar da ilginizi çekebilir"],
        "heads": [
            (
                "Lara sahilinde mavi bayrak sevinci",
                "Belediye, plajın bu yıl da uluslararası ödül aldığını duyurdu",
            ),
            (
                "Kepez'de su kesintisi uyarısı",
                "Arıza nedeniyle altı mahallede akşama kadar su verilemeyecek",
            ),
            (
                "Antalyaspor'dan transfer açıklaması",
                "Kulüp, iki oyuncuyla sözleşme imzaladığını bildirdi",
            ),
            (
                "Otoyol projesinde ilk kazma vuruldu",
                "Yolun iki yıl içinde tamamlanması planlanıyor",
            ),
            (
                "Turist sayısında rekor beklentisi",
                "Otelciler sezonun ekim sonuna kadar süreceğini söylüyor",
            ),
            (
                "Tramvay hattına yeni durak eklendi",
                "Durak pazartesi gününden itibaren hizmete giriyor",
            ),
        ],
        "nl": [
            "E-bültenimize abone olun",
            "Günün öne çıkan haberleri her sabah e-posta kutunuzda.",
        ],
        "nlbtn": "Kayıt ol",
        "app": "Son dakika haberleri için mobil uygulamamızı indirin",
        "cont": ["Haberin devamı reklamdan sonra", "Haberin Devamı"],
        "ad": ["Reklam", "REKLAM ALANI"],
        "soc": [
            "Bu gönderiyi Instagram'da gör",
            "On günde ülkeyi terk et diyorlar. Çocuklarım burada okula gidiyor.",
        ],
        "poll": [
            "Anket: İkamet izni kuralları gevşetilmeli mi?",
            "Evet, gevşetilmeli",
            "Hayır, böyle kalmalı",
            "Oy ver",
        ],
        "vid": ["Videoyu oynat", "Süre: 01:52", "Sıradaki video"],
        "tags": "Etiketler:",
        "share": ["Facebook'ta paylaş", "Twitter'da paylaş", "WhatsApp ile gönder"],
        "bio": "Mehmet Karaduman 2011'den bu yana gazetemizde adliye ve göç muhabiri olarak çalışıyor.",
        "com": ["{n} Yorum", "Yorum yazın", "E-posta adresiniz yayınlanmayacaktır."],
        "most": "Çok Okunanlar",
        "pn": ["Önceki Haber", "Sonraki Haber"],
        "cookie": [
            "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.",
            "Kabul Et",
        ],
        "foot": [
            "Künye",
            "Gizlilik Politikası",
            "Reklam ve İletişim",
            "Kullanım Koşulları",
            "KVKK Aydınlatma Metni",
        ],
        "photo": ["Fotoğraf: AA", "Fotoğraf: DHA"],
        "bc": "Anasayfa > Gündem > Antalya",
    },
    "vi": {
        "ra": ["Xem thêm:", "Đọc thêm:", ">> Tin liên quan:"],
        "rel": ["Tin liên quan", "Tin cùng chuyên mục"],
        "heads": [
            (
                "Mỹ Tho ra mắt tuyến xe buýt mới nối trung tâm với bến xe",
                "Tuyến xe có 18 điểm dừng và chạy từ 5 giờ sáng đến 7 giờ tối",
            ),
            (
                "Giá sầu riêng tăng mạnh, nhà vườn phấn khởi",
                "Thương lái thu mua với giá cao hơn năm ngoái gần gấp đôi",
            ),
            (
                "Triều cường dâng cao, nhiều tuyến đường ngập sâu",
                "Người dân phải dắt xe qua những đoạn ngập hơn nửa mét",
            ),
            (
                "Khánh thành trường tiểu học mới ở huyện Cái Bè",
                "Trường có 20 phòng học và một thư viện hiện đại",
            ),
            (
                "Lễ hội trái cây miền Tây thu hút hàng nghìn du khách",
                "Lễ hội kéo dài năm ngày với nhiều hoạt động văn hóa",
            ),
            ("Tỉnh đề xuất xây thêm đê bao chống sạt lở", "Kinh phí dự kiến khoảng 300 tỷ đồng"),
        ],
        "nl": [
            "Đăng ký nhận bản tin",
            "Tin tức nổi bật trong ngày gửi thẳng đến hộp thư của bạn mỗi sáng.",
        ],
        "nlbtn": "Đăng ký ngay",
        "app": "Tải ứng dụng Báo Miền Tây để đọc tin nhanh hơn",
        "cont": ["Bài viết tiếp tục bên dưới", "Mời quý độc giả đọc tiếp bên dưới quảng cáo"],
        "ad": ["Quảng cáo", "QUẢNG CÁO"],
        "soc": [
            "Xem bài viết này trên Instagram",
            "Sáng nay phà lại dừng vì gió lớn, học sinh đứng chờ cả tiếng đồng hồ.",
        ],
        "poll": [
            "Thăm dò: Bạn có đi phà hằng ngày không?",
            "Có, mỗi ngày",
            "Thỉnh thoảng",
            "Bình chọn",
        ],
        "vid": ["Phát video", "Thời lượng 2:10", "Video tiếp theo"],
        "tags": "Từ khóa:",
        "share": ["Chia sẻ lên Facebook", "Chia sẻ qua Zalo", "Gửi bài viết qua email"],
        "bio": "Phóng viên thường trú tại Tiền Giang, chuyên theo dõi giao thông và đời sống nông thôn.",
        "com": [
            "Bình luận ({n})",
            "Gửi bình luận của bạn",
            "Địa chỉ email của bạn sẽ không được công bố.",
        ],
        "most": "Đọc nhiều nhất",
        "pn": ["Bài trước", "Bài tiếp theo"],
        "cookie": [
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này.",
            "Đồng ý",
        ],
        "foot": [
            "Giới thiệu tòa soạn",
            "Liên hệ quảng cáo",
            "Chính sách bảo mật",
            "Điều khoản sử dụng",
            "Đường dây nóng bạn đọc",
        ],
        "photo": ["Ảnh: Thanh Tâm", "Ảnh minh họa: Internet"],
        "bc": "Trang chủ > Thời sự > Tiền Giang",
    },
    "id": {
        "ra": ["Baca juga:", "BACA JUGA:", "Simak juga:"],
        "rel": ["Berita Terkait", "Artikel Lainnya"],
        "heads": [
            (
                "Harga cabai di Mataram tembus Rp 90 ribu per kilogram",
                "Pedagang menyebut pasokan dari Lombok Timur berkurang akibat hujan",
            ),
            (
                "Bandara Lombok tambah rute penerbangan ke Perth",
                "Maskapai akan terbang tiga kali seminggu mulai bulan depan",
            ),
            (
                "Banjir rendam ratusan rumah di Bima",
                "Warga mengungsi ke masjid dan sekolah terdekat",
            ),
            (
                "Festival Bau Nyale kembali digelar di Pantai Seger",
                "Ribuan wisatawan diperkirakan memadati kawasan Mandalika",
            ),
            (
                "Pemprov NTB luncurkan program beasiswa baru",
                "Sebanyak 500 mahasiswa akan mendapatkan bantuan biaya kuliah",
            ),
            (
                "Jalan bypass Kuta Mandalika mulai diperbaiki",
                "Perbaikan ditargetkan selesai sebelum musim balap",
            ),
        ],
        "nl": [
            "Dapatkan update berita pilihan setiap hari",
            "Daftarkan email Anda untuk menerima ringkasan berita terkini.",
        ],
        "nlbtn": "Daftar sekarang",
        "app": "Unduh aplikasi Lombok Post untuk mendapatkan berita terbaru",
        "cont": ["Lanjutkan membaca artikel di bawah", "Scroll untuk melanjutkan membaca"],
        "ad": ["Advertisement", "ADVERTISEMENT"],
        "soc": [
            "Lihat postingan ini di Instagram",
            "Sudah tiga bulan menunggu sertifikat, kontrak di Taiwan hampir hangus.",
        ],
        "poll": [
            "Polling: Apakah pemerintah lamban mengurus sertifikat?",
            "Ya, sangat lamban",
            "Tidak, sudah cukup cepat",
            "Kirim suara",
        ],
        "vid": ["Putar video", "Durasi 02:05", "Video berikutnya"],
        "tags": "Tag:",
        "share": ["Bagikan ke Facebook", "Bagikan ke WhatsApp", "Salin tautan"],
        "bio": "Wartawan desk daerah yang meliput isu ketenagakerjaan dan pekerja migran di NTB sejak 2017.",
        "com": [
            "{n} Komentar",
            "Tulis komentar Anda",
            "Alamat email Anda tidak akan dipublikasikan.",
        ],
        "most": "Terpopuler",
        "pn": ["Berita Sebelumnya", "Berita Selanjutnya"],
        "cookie": [
            "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie.",
            "Saya setuju",
        ],
        "foot": [
            "Redaksi",
            "Pedoman Media Siber",
            "Kebijakan Privasi",
            "Info Iklan",
            "Kontak Kami",
        ],
        "photo": ["Foto: Istimewa", "Foto: dok. Disnakertrans NTB"],
        "bc": "Home > News > NTB",
    },
    "cs": {
        "ra": ["Přečtěte si také:", "Čtěte také:", "SOUVISEJÍCÍ"],
        "rel": ["Související články", "Mohlo by vás zajímat"],
        "heads": [
            (
                "Plzeňská radnice schválila rekonstrukci Americké třídy",
                "Práce začnou v dubnu a potrvají do konce roku",
            ),
            (
                "Tramvaje na Bory pojedou po novém mostě",
                "Stavbaři dokončili nosnou konstrukci s předstihem",
            ),
            (
                "Požár skladu v Doudlevcích likvidovalo osm jednotek",
                "Hasiči odhadli škodu na dva miliony korun",
            ),
            ("Viktoria Plzeň vyhrála v Ostravě", "Rozhodující gól padl v poslední minutě"),
            ("Město zvýší poplatek za odpad", "Lidé zaplatí o sto korun ročně více"),
            ("Zoo láká na nová mláďata", "Ve výběhu jsou k vidění dvě malé žirafy"),
        ],
        "nl": [
            "Přihlaste se k odběru newsletteru",
            "To nejdůležitější z Plzně a kraje každé ráno do vaší schránky.",
        ],
        "nlbtn": "Odebírat",
        "app": "Stáhněte si naši aplikaci a mějte zprávy vždy po ruce",
        "cont": ["Článek pokračuje pod reklamou", "Pokračování článku níže"],
        "ad": ["Reklama", "REKLAMA"],
        "soc": [
            "Zobrazit tento příspěvek na Instagramu",
            "Půl roku čekáme na kartu. Kolegové mezitím odjeli do Bavorska.",
        ],
        "poll": [
            "Anketa: Měly by firmy moci zaměstnat cizince hned po podání žádosti?",
            "Ano, rozhodně",
            "Ne, ať počkají",
            "Hlasovat",
        ],
        "vid": ["Přehrát video", "Délka videa: 1:49", "Další video"],
        "tags": "Témata:",
        "share": ["Sdílet na Facebooku", "Sdílet na X", "Poslat e-mailem"],
        "bio": "Petra Nováková je redaktorkou zpravodajství a věnuje se trhu práce a sociálním tématům.",
        "com": [
            "Diskuse ({n} příspěvků)",
            "Přidat komentář",
            "Vaše e-mailová adresa nebude zveřejněna.",
        ],
        "most": "Nejčtenější",
        "pn": ["Předchozí článek", "Další článek"],
        "cookie": [
            "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie. Používáním webu s tím souhlasíte.",
            "Rozumím a přijímám",
        ],
        "foot": [
            "O vydavatelství",
            "Zásady ochrany osobních údajů",
            "Inzerce v deníku",
            "Kontakty na redakci",
            "Nastavení souhlasu",
        ],
        "photo": ["Foto: ČTK", "Ilustrační foto: Shutterstock"],
        "bc": "Úvod > Zprávy > Plzeňský kraj",
    },
}
