"""Hand-written fictional articles for long_blind14: tr, vi, id (same line prefixes)."""

ARTICLES_C = [
    {
        "id": "tr_ikamet",
        "lang": "tr",
        "topic": "immigration",
        "title": "Antalya'da kısa dönem ikamet izni başvurularında ret oranı yüzde 40'a çıktı",
        "byline": "Mehmet Karaduman",
        "date": "11.04.2023 - 09:42",
        "tag": "ikamet izni",
        "text": """Antalya'da yaşayan yabancıların kısa dönem ikamet izni başvurularında ret oranı bu yıl yüzde 40'a yükseldi. İl Göç İdaresi Müdürlüğü verilerine göre ocak ile mart arasında yapılan 14 bin başvurunun yaklaşık 5 bin 600'ü olumsuz sonuçlandı.
Geçen yıl aynı dönemde ret oranı yüzde 12 civarındaydı. Başvurusu reddedilen yabancılara ülkeyi terk etmeleri için on gün süre veriliyor.
@ Konyaaltı'ndaki göç idaresi binasının önünde randevu saatini bekleyen başvuru sahipleri.
Yetkililer, artışın kira sözleşmelerinde ve sağlık sigortalarında tespit edilen usulsüzlüklerden kaynaklandığını söylüyor.
## En sık görülen ret gerekçeleri
Avukatların aktardığına göre retlerin çoğu üç gerekçeye dayanıyor:
- aynı adreste kayıtlı kişi sayısının makul sınırı aşması
- sağlık sigortasının başvuru tarihinden önce başlamamış olması
- banka hesabındaki tutarın kalış süresi boyunca geçimi karşılamaması
“Müvekkillerimin çoğu üç dört yıldır burada yaşıyor, ev kiralamış, çocuklarını okula yazdırmış. Bir belgedeki tarih hatası yüzünden on gün içinde ülkeyi terk etmeleri isteniyor” diyor Antalya Barosu'ndan avukat Selin Aksoy.
Özellikle Rusya, Ukrayna ve İran'dan gelenlerin yoğun olarak yaşadığı Konyaaltı ve Muratpaşa'da emlakçılar kiracı kaybından şikâyetçi.
## İtiraz yolu açık
Ret kararına karşı idare mahkemesinde dava açmak mümkün. Ancak dava süresince başvuru sahibinin ülkede kalıp kalamayacağı konusunda uygulama ilden ile farklılık gösteriyor.
Göç İdaresi, başvuruların daha dikkatli hazırlanması için yeni bir rehber yayımladı. Rehberde belgelerin hangi sırayla yükleneceği ve hangi noterlerin onayının geçerli olduğu anlatılıyor.
İl Göç İdaresi Müdürü, kuralların değişmediğini, yalnızca denetimlerin sıklaştığını söyledi.
Ret kararlarının bir kısmı turizm sektörünü de etkiliyor. Otellerde ve restoranlarda sezonluk çalışan yabancıların önemli bölümü kısa dönem ikamet izniyle bölgede yaşıyor. Antalya Turistik Otelciler Derneği, sezon başında personel açığı yaşanabileceği uyarısında bulundu ve bakanlıktan belge eksikliklerinin tamamlanması için ek süre tanınmasını istedi.
Yabancıların kurduğu yardımlaşma grupları da boş durmuyor. Telegram'daki bir grupta üyeler reddedilen başvuruların fotoğraflarını paylaşıyor, avukatlar ise yorumlarda hangi belgenin eksik olduğunu açıklıyor. Bir dernek de haftalık bültenine abone olanlara e-posta ile örnek dilekçe gönderiyor ve uygulaması üzerinden randevu hatırlatması yapıyor.
Ret oranının yaz aylarında düşüp düşmeyeceği belirsiz.
Düzeltme: Haberin ilk halinde başvuru sayısı 12 bin olarak yer almıştı. Doğru rakam 14 bindir.""",
    },
    {
        "id": "vi_pha",
        "lang": "vi",
        "topic": "off-topic",
        "title": "Cầu chưa xong, người dân hai xã bên sông Tiền tiếp tục đi phà cũ thêm một năm",
        "byline": "Nguyễn Thanh Tâm",
        "date": "08/07/2021 06:15 GMT+7",
        "tag": "phà Tân Hòa",
        "text": """Dự án cầu nối hai xã Tân Hòa và Phú Thạnh bên sông Tiền sẽ chậm ít nhất một năm so với kế hoạch, khiến hàng nghìn người dân tiếp tục phải đi chiếc phà đã hoạt động hơn 30 năm. Ban quản lý dự án tỉnh xác nhận thông tin này trong cuộc họp với cử tri sáng thứ Tư.
Theo kế hoạch ban đầu, cây cầu dài 820 mét sẽ thông xe vào tháng 9 năm nay. Tuy nhiên, việc giải phóng mặt bằng ở đầu cầu phía Phú Thạnh vẫn chưa hoàn tất vì còn 17 hộ dân chưa đồng ý mức bồi thường.
@ Chiếc phà Tân Hòa chở xe máy và người đi chợ sáng, phía sau là trụ cầu đang thi công dang dở.
Mỗi ngày phà chở khoảng 4.000 lượt khách, phần lớn là học sinh và tiểu thương.
## Nỗi lo mùa nước nổi
Người dân lo ngại nhất là mùa nước nổi sắp tới. Ông Lê Văn Sáu, trưởng ấp Phú Lợi, kể ra những khó khăn mà bà con gặp mỗi năm:
- phà phải ngừng chạy khi nước lớn và gió mạnh, có khi cả buổi
- học sinh đến trường trễ, nhiều em phải nghỉ học
- hàng nông sản không kịp đưa ra chợ, thương lái ép giá
“Tôi đi phà này từ hồi còn đi học, giờ cháu tôi cũng đi. Ai cũng mong có cây cầu trước khi mình già”, bà Trần Thị Mai, một tiểu thương bán cá ở chợ Tân Hòa, nói.
Đại diện ban quản lý dự án cho biết đã đề xuất tỉnh bổ sung kinh phí bồi thường và dự kiến hoàn thành mặt bằng trong quý IV.
## Phà cũ được sửa tạm
Trong thời gian chờ cầu, công ty phà sẽ thay động cơ và sửa lại bến phía Phú Thạnh. Chi phí khoảng 1,2 tỷ đồng, do ngân sách huyện chi trả.
Một số cử tri đề nghị tăng thêm chuyến vào giờ cao điểm và miễn phí cho học sinh. Lãnh đạo huyện hứa sẽ xem xét.
Một số hộ dân chưa đồng ý bồi thường cho rằng giá đất đền bù thấp hơn nhiều so với giá thị trường, vì khu vực đầu cầu đã tăng giá mạnh từ khi có dự án. Họ đề nghị tỉnh tổ chức định giá lại.
Theo thống kê của huyện, mỗi năm có khoảng 600 học sinh ở Phú Thạnh qua phà để học tại trường trung học phổ thông Tân Hòa. Vào mùa mưa, nhiều phụ huynh phải chở con đi đường vòng gần 25 cây số qua cầu ở thị trấn để kịp giờ vào lớp. Các tiểu thương cũng cho biết chi phí vận chuyển hàng hóa tăng lên đáng kể mỗi khi phà ngừng chạy, vì phải thuê xe tải đi đường bộ.
Thanh niên trong xã đã lập một nhóm Zalo để báo giờ phà chạy và chia sẻ hình ảnh mực nước mỗi sáng. Nhiều người để lại bình luận cảm ơn, còn trường học thì gửi bản tin cho phụ huynh qua ứng dụng để nhắc các em đi sớm. Xã cũng khuyến khích bà con đăng ký nhận tin nhắn khi phà ngừng chạy.
Cây cầu dự kiến thông xe vào tháng 9 năm sau.
Cập nhật lúc 15h: Ban quản lý dự án cho biết số hộ chưa đồng ý bồi thường là 17, không phải 21 như thông tin ban đầu.""",
    },
    {
        "id": "id_pmi",
        "lang": "id",
        "topic": "immigration",
        "title": "Ribuan calon pekerja migran di NTB tertahan karena sertifikat pelatihan belum terbit",
        "byline": "Laporan wartawan Dewi Anggraini",
        "date": "Senin, 15 Agustus 2022 10:05 WIB",
        "tag": "pekerja migran",
        "text": """Sekitar 3.200 calon pekerja migran asal Nusa Tenggara Barat tertahan di daerah asal karena sertifikat pelatihan mereka belum diterbitkan. Padahal sebagian besar sudah menandatangani kontrak kerja dengan perusahaan perkebunan di Malaysia dan pabrik di Taiwan.
Dinas Tenaga Kerja dan Transmigrasi NTB menyebut keterlambatan terjadi karena lembaga sertifikasi profesi harus menjalani akreditasi ulang sejak Juni. Selama proses itu, uji kompetensi dihentikan.
@ Calon pekerja migran mengikuti kelas bahasa Mandarin di sebuah balai latihan kerja di Lombok Timur.
Tanpa sertifikat, calon pekerja tidak bisa mendapatkan visa kerja maupun surat rekomendasi keberangkatan.
## Utang menumpuk
Banyak calon pekerja sudah mengeluarkan biaya besar sebelum berangkat. Serikat Buruh Migran Indonesia mencatat beberapa pengeluaran yang paling memberatkan:
- biaya pemeriksaan kesehatan yang harus diulang jika lewat tiga bulan
- biaya tinggal di asrama penampungan selama menunggu
- pinjaman kepada rentenir untuk biaya pelatihan dan dokumen
"Saya sudah pinjam tujuh juta rupiah. Kalau bulan depan belum berangkat, bunganya terus jalan dan kontrak saya di Taiwan bisa dibatalkan," kata Rohani, 27 tahun, warga Lombok Tengah.
Kepala Disnakertrans NTB mengatakan pihaknya sudah berkoordinasi dengan Badan Nasional Sertifikasi Profesi agar uji kompetensi bisa dibuka kembali paling lambat akhir bulan ini.
## Risiko jalur ilegal
Pegiat buruh migran khawatir penundaan ini mendorong warga berangkat lewat jalur tidak resmi. Menurut mereka, calo sudah mulai menawarkan keberangkatan ke Malaysia melalui Batam tanpa dokumen lengkap.
"Setiap kali ada hambatan di jalur resmi, calo bergerak lebih cepat dari pemerintah," ujar koordinator SBMI Lombok, Usman Hadi.
Data Badan Pelindungan Pekerja Migran Indonesia menunjukkan NTB termasuk lima provinsi pengirim pekerja migran terbesar. Sebagian besar bekerja di sektor perkebunan sawit Malaysia, sementara jumlah yang berangkat ke Taiwan dan Korea Selatan terus naik dalam tiga tahun terakhir.
Pemerintah desa di beberapa kecamatan membuka posko pengaduan. Warga diminta mengirim foto kontrak kerja dan bukti pembayaran melalui aplikasi pengaduan milik provinsi, sementara SBMI menyebarkan buletin digital berisi nomor layanan. Mereka juga mengajak warga membagikan informasi itu, berlangganan kanal WhatsApp resmi, dan menulis komentar jika menemukan tawaran mencurigakan.
Uji kompetensi pertama dijadwalkan pada 29 Agustus.
Ralat: Pada versi awal berita ini disebutkan jumlah calon pekerja yang tertahan 2.300 orang. Jumlah yang benar sekitar 3.200 orang.""",
    },
]
