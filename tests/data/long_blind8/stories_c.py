"""Stories (fa, id, vi), written by hand for long_blind8. Prefixes as in stories_a."""

STORIES_C = [
    {
        "id": "fa-amayesh",
        "lang": "fa",
        "topic": "immigration",
        "title": "تمدید کارت آمایش اتباع افغانستانی متوقف شد؛ صدها هزار نفر در بلاتکلیفی",
        "byline": "نویسنده: مریم صالحی",
        "date": "۱۲ آذر ۱۴۰۵",
        "caption": "صف مراجعان در دفتر کفالت اتباع در مشهد.",
        "person": "حسین رستمی",
        "role": "مدیرکل امور اتباع و مهاجرین خارجی",
        "text": """
P اداره کل امور اتباع و مهاجرین خارجی اعلام کرد که تمدید کارت‌های آمایش اتباع افغانستانی از ابتدای دی ماه تا اطلاع ثانوی متوقف می‌شود و دارندگان کارت باید منتظر طرح جدید سرشماری بمانند.
P بر اساس آمار رسمی، حدود ۷۸۰ هزار نفر در ایران کارت آمایش دارند و بیش از نیمی از آنان در استان‌های تهران، خراسان رضوی و اصفهان زندگی می‌کنند.
P این تصمیم نگرانی زیادی ایجاد کرده است.
P «بدون کارت معتبر نمی‌توانم قرارداد اجاره را تمدید کنم و بچه‌هایم ممکن است از مدرسه بمانند»، این را یک کارگر ساختمانی افغانستانی در مشهد می‌گوید که نخواست نامش منتشر شود.
H توضیح مسئولان
P حسین رستمی، مدیرکل امور اتباع، گفت کارت‌هایی که تاریخ اعتبارشان گذشته تا اعلام نتیجه سرشماری معتبر شناخته می‌شوند و هیچ‌کس به دلیل توقف تمدید بازداشت یا اخراج نخواهد شد.
P طبق [[اطلاعیه‌ای که در پایگاه اینترنتی اداره کل منتشر شد]]، مهاجران باید در سامانه جدید ثبت‌نام کنند و کد رهگیری دریافت کنند، اما فعالان حقوق مهاجران می‌گویند بسیاری از خانواده‌ها به اینترنت دسترسی ندارند و ماموران در ایست‌های بازرسی کد رهگیری را به جای کارت نمی‌پذیرند.
C مدارکی که برای ثبت‌نام لازم است:
L کارت آمایش یا برگه سرشماری قبلی؛
L گذرنامه یا تذکره در صورت وجود؛
L یک قطعه عکس جدید از سرپرست خانوار.
P چند موسسه خیریه خبرنامه‌ای به زبان دری منتشر می‌کنند و از مهاجران خواسته‌اند کانال رسمی آنها را دنبال کنند و برای خواندن بیشتر درباره حقوق خود به دفاتر مشاوره مراجعه کنند.
H پیامد برای بازار کار
P کارفرمایان بخش ساختمان و کشاورزی می‌گویند بدون نیروی کار افغانستانی بسیاری از پروژه‌ها متوقف می‌شود. به گفته آنها، بخش بزرگی از کارگران فصلی مدارک معتبر ندارند.
P در ماه‌های اخیر شمار اخراج‌ها از مرز دوغارون افزایش یافته است.
P سازمان ملل از ایران خواسته است روند تمدید را از سر بگیرد.
P اصلاحیه: در نسخه قبلی این گزارش تعداد دارندگان کارت ۸۷۰ هزار نفر ذکر شده بود. رقم درست حدود ۷۸۰ هزار نفر است.
""",
    },
    {
        "id": "id-pmi",
        "lang": "id",
        "topic": "immigration",
        "title": "Aturan Baru Penempatan Pekerja Migran: Calo Diancam Penjara 10 Tahun",
        "byline": "Oleh Rizky Pratama",
        "date": "3 Desember 2026",
        "caption": "Calon pekerja migran mengikuti pelatihan bahasa di Lombok Timur.",
        "person": "Dewi Anggraini",
        "role": "Kepala Badan Pelindungan Pekerja Migran",
        "text": """
P Pemerintah menerbitkan peraturan baru tentang penempatan pekerja migran Indonesia yang memperberat hukuman bagi calo dan perusahaan penyalur ilegal. Pelaku kini terancam pidana penjara hingga 10 tahun dan denda Rp15 miliar.
P Aturan ini berlaku mulai 1 Januari dan menggantikan ketentuan lama yang dinilai terlalu lunak.
P Sebagian besar kasus berasal dari Nusa Tenggara Barat dan Jawa Timur.
P “Banyak warga berangkat dengan visa turis, lalu bekerja tanpa kontrak dan tanpa perlindungan,” kata Kepala Badan Pelindungan Pekerja Migran, Dewi Anggraini, di Jakarta, Selasa.
H Pengawasan di bandara
P Petugas imigrasi di bandara internasional akan memeriksa calon penumpang yang diduga berangkat untuk bekerja tanpa dokumen resmi. Tahun ini, lebih dari 3.100 orang ditunda keberangkatannya.
P Menurut [[salinan peraturan yang diunggah di laman resmi kementerian]], setiap pekerja migran wajib terdaftar dalam sistem informasi terpadu sebelum berangkat, dan perusahaan penempatan harus menyetor jaminan sebesar Rp1,5 miliar yang dapat dicairkan untuk memulangkan pekerja jika terjadi masalah di negara tujuan.
C Peraturan itu mengatur tiga hal utama:
L larangan memungut biaya penempatan dari pekerja rumah tangga;
L kewajiban asuransi sejak pelatihan hingga kepulangan;
L pelaporan kontrak kerja paling lambat tujuh hari setelah tiba.
P Pemerintah juga meluncurkan aplikasi pengaduan. Warga diminta berlangganan buletin informasi dari dinas tenaga kerja setempat dan membaca lebih lanjut tentang hak-haknya sebelum menandatangani kontrak.
P Itu saja tidak cukup.
H Kritik dari serikat buruh
P Serikat Buruh Migran Indonesia menilai aturan baru belum menyentuh akar masalah, yaitu mahalnya biaya resmi dan lamanya proses di dalam negeri.
P “Selama jalur resmi butuh enam bulan dan jalur calo dua minggu, orang akan memilih calo,” kata ketua serikat, Agus Salim Hadi. Ia menunjukkan foto-foto tempat penampungan ilegal yang digerebek polisi di Bekasi bulan lalu.
P Pemerintah berjanji memangkas proses menjadi tiga bulan.
P Ralat: Versi sebelumnya artikel ini menyebut denda maksimal Rp5 miliar. Yang benar adalah Rp15 miliar.
""",
    },
    {
        "id": "vi-eps",
        "lang": "vi",
        "topic": "immigration",
        "title": "Hơn 12.000 lao động đăng ký thi tiếng Hàn để đi làm việc theo chương trình EPS",
        "byline": "Nguyễn Thu Hà",
        "date": "03/12/2026",
        "caption": "Người lao động làm thủ tục dự thi tại Trung tâm Lao động ngoài nước.",
        "person": "Trần Văn Hùng",
        "role": "Giám đốc Trung tâm Lao động ngoài nước",
        "text": """
P Hơn 12.000 người lao động đã đăng ký dự kỳ thi tiếng Hàn năm nay để đi làm việc tại Hàn Quốc theo Chương trình cấp phép việc làm cho lao động nước ngoài (EPS), tăng gần gấp đôi so với năm ngoái.
P Kỳ thi sẽ diễn ra từ ngày 10/1 tại Hà Nội, Nghệ An và Đà Nẵng, dành cho các ngành sản xuất chế tạo, nông nghiệp và ngư nghiệp.
P Chỉ khoảng một phần ba thí sinh có thể trúng tuyển.
P “Tôi đã học tiếng Hàn tám tháng, tối nào cũng học sau giờ làm,” anh Lê Minh Tuấn, 27 tuổi, quê Hà Tĩnh, chia sẻ. “Nếu đỗ, tôi sẽ có tiền trả nợ cho gia đình.”
H Siết chặt tình trạng bỏ trốn
P Theo ông Trần Văn Hùng, Giám đốc Trung tâm Lao động ngoài nước, những địa phương có tỷ lệ lao động bỏ trốn, cư trú bất hợp pháp cao sẽ tiếp tục bị tạm dừng tuyển chọn. Năm nay, 18 huyện nằm trong danh sách này.
P Theo [[thông báo đăng trên cổng thông tin của Bộ]], người lao động phải ký quỹ 100 triệu đồng trước khi xuất cảnh và chỉ được nhận lại khoản tiền này khi về nước đúng hạn hợp đồng, quy định mà nhiều người cho là quá nặng với các gia đình nông thôn phải vay ngân hàng để chuẩn bị hồ sơ.
C Hồ sơ dự thi gồm:
L hộ chiếu còn thời hạn ít nhất một năm;
L giấy khám sức khỏe theo mẫu;
L ảnh thẻ nền trắng cỡ 3,5 x 4,5 cm.
P Trung tâm khuyến cáo người lao động chỉ theo dõi thông tin trên trang chính thức và ứng dụng của trung tâm, đăng ký nhận bản tin qua email và đọc thêm hướng dẫn trước khi nộp tiền cho bất kỳ ai.
H Cảnh giác với môi giới
P Thời gian qua, nhiều người bị lừa nộp hàng chục triệu đồng cho các đối tượng hứa hẹn “đỗ chắc chắn”.
P Công an tỉnh Nghệ An đang điều tra một đường dây như vậy.
P Chương trình EPS không thu phí môi giới.
P Đính chính: Bản tin trước ghi kỳ thi bắt đầu từ ngày 1/10. Ngày đúng là 10/1.
""",
    },
]
