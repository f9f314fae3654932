"""Chrome and clutter texts per language (tr, el, he, ko), as 'key: value' lines."""

from __future__ import annotations

CHROME_D = {
    "tr": """
site: Ege Postası
section: Gündem
home: Anasayfa
read_also: Bunu da okuyun:
related: İlgili haberler
most_read: En çok okunanlar
newsletter: E-bültenimize abone olun, günün önemli haberleri her sabah e-postanızda.
app: Bizi Google Haberler'de takip edin.
paywall: Bu haberin devamı yalnızca abonelerimize açıktır.
credit: Fotoğraf: Murat Kaya / AA
share: Paylaş
comments: 33 yorum
cookie: Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.
cookie_ok: Kabul et
bio: Elif Demirtaş, Ege Postası'nın Ankara temsilcisi olarak göç ve iç işleri haberlerini takip ediyor.
more_from: Yazarın diğer haberleri
tags_label: Etiketler
tags: ikamet izni, Göç İdaresi, yabancılar
follow: Takip et
ad: Reklam
listen: Haberi dinle
print: Yazdır
font: Yazı boyutu
poll: Yeni ikamet düzenlemesini yeterli buluyor musunuz?
poll_opts: Evet, yeterli; Hayır, yetersiz
vote: Oy ver
sponsored_label: Sponsorlu içerik
sponsored: Kış tatili için en uygun otel fırsatları
affiliate: Bu yazıdaki bağlantılar üzerinden yapılan alışverişlerden komisyon alabiliriz.
errata: Haberde bir hata mı gördünüz? Bize bildirin.
comment: ahmet_izm: Randevu almak bile bir dert, umarım gerçekten uygulanır.
next: Sonraki haber
up_next: Sıradaki video
gallery: Fotoğraf 3 / 10
now_reading: Şu an okuyorsunuz
h: Sağanak yağış İzmir'de su baskınlarına neden oldu | Birçok ilçede ev ve iş yerlerini su bastı.
h: Göztepe deplasmandan üç puanla döndü | Tek golü ikinci yarıda yedek oyuncu attı.
h: Doğalgaza yüzde 15 zam geldi | Yeni tarife ayın ilk gününden itibaren geçerli olacak.
h: Efes'te yeni kazı sezonu başlıyor | Arkeologlar antik tiyatro çevresinde çalışacak.
h: Sahte içki operasyonunda 12 gözaltı | Jandarma depoda binlerce şişe ele geçirdi.
h: Konut satışları kasımda geriledi | En büyük düşüş ilk el satışlarda yaşandı.
h: Kordon'da yılbaşı etkinlikleri planlandı | Belediye üç gün sürecek konserler düzenleyecek.
h: Otoyolun bir bölümü bakım nedeniyle kapanacak | Sürücülerin alternatif güzergâhları kullanması istendi.
""",
    "el": """
site: Η Φωνή του Αιγαίου
section: Ελλάδα
home: Αρχική
read_also: Διαβάστε επίσης:
related: Σχετικά άρθρα
most_read: Τα πιο δημοφιλή
newsletter: Εγγραφείτε στο newsletter μας και λάβετε τις σημαντικότερες ειδήσεις κάθε πρωί.
app: Ακολουθήστε μας στο Google News.
paywall: Το υπόλοιπο άρθρο είναι διαθέσιμο μόνο για συνδρομητές.
credit: Φωτογραφία: Γιώργος Κοντός / ΑΠΕ
share: Κοινοποίηση
comments: 27 σχόλια
cookie: Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.
cookie_ok: Αποδοχή
bio: Ο Νίκος Παπαδάκης είναι δημοσιογράφος του πολιτικού τμήματος και καλύπτει θέματα μετανάστευσης.
more_from: Περισσότερα από τον συντάκτη
tags_label: Ετικέτες
tags: άσυλο, νησιά, μεταναστευτικό
follow: Ακολουθήστε
ad: Διαφήμιση
listen: Ακούστε το άρθρο
print: Εκτύπωση
font: Μέγεθος γραμματοσειράς
poll: Συμφωνείτε με τις νέες δομές στα νησιά;
poll_opts: Ναι; Όχι
vote: Ψηφίστε
sponsored_label: Χορηγούμενο
sponsored: Οι καλύτερες προσφορές για χειμερινές αποδράσεις
affiliate: Ενδέχεται να λάβουμε προμήθεια από αγορές μέσω των συνδέσμων.
errata: Εντοπίσατε λάθος; Ενημερώστε μας.
comment: Μαρία_Χ: Πάλι τα νησιά πληρώνουν το λογαριασμό.
next: Επόμενο άρθρο
up_next: Επόμενο βίντεο
gallery: Φωτογραφία 2 από 9
now_reading: Διαβάζετε τώρα
h: Κακοκαιρία με ισχυρούς ανέμους στο Αιγαίο | Απαγορευτικό απόπλου σε πολλά λιμάνια.
h: Νίκη για τον Ολυμπιακό στο ντέρμπι | Το γκολ σημειώθηκε στις καθυστερήσεις.
h: Αυξήσεις στο ρεύμα τον Ιανουάριο | Οι πάροχοι ανακοίνωσαν τα νέα τιμολόγια.
h: Νέα έκθεση στο Μουσείο Ακρόπολης | Παρουσιάζονται ευρήματα από πρόσφατες ανασκαφές.
h: Συλλήψεις για κλοπές σε περίπτερα | Οι δράστες δρούσαν κυρίως τις νυχτερινές ώρες.
h: Ακριβότερα τα ενοίκια στη Θεσσαλονίκη | Η μέση τιμή αυξήθηκε κατά 9% μέσα σε ένα χρόνο.
h: Χριστουγεννιάτικο χωριό στην πλατεία | Θα λειτουργεί καθημερινά έως τα Φώτα.
h: Κλειστή η παραλιακή λόγω έργων | Η κυκλοφορία θα διεξάγεται από παράδρομους.
""",
    "he": """
site: חדשות המפרץ
section: חדשות
home: דף הבית
read_also: קראו גם:
related: כתבות נוספות בנושא
most_read: הנקראות ביותר
newsletter: הירשמו לניוזלטר שלנו וקבלו את עיקרי החדשות בכל בוקר.
app: עקבו אחרינו בטלגרם לעדכונים שוטפים.
paywall: הכתבה המלאה זמינה למנויים בלבד.
credit: צילום: יוסי כהן
share: שתפו
comments: 45 תגובות
cookie: אתר זה משתמש בעוגיות לשיפור חוויית הגלישה.
cookie_ok: אישור
bio: נועה לוין היא כתבת הכלכלה של האתר ומסקרת את שוק העבודה והגירת עבודה.
more_from: כתבות נוספות של הכותבת
tags_label: תגיות
tags: עובדים זרים, ענף הבנייה, רשות האוכלוסין
follow: עקבו
ad: פרסומת
listen: האזינו לכתבה
print: הדפסה
font: גודל גופן
poll: האם יש להגדיל את מכסת העובדים הזרים?
poll_opts: כן; לא
vote: הצביעו
sponsored_label: תוכן שיווקי
sponsored: המבצעים הכי שווים לחופשה באילת
affiliate: ייתכן שנקבל עמלה על רכישות דרך הקישורים.
errata: מצאתם טעות? כתבו לנו.
comment: דני מחיפה: הקבלנים מחכים לזה כבר שנה.
next: הכתבה הבאה
up_next: הסרטון הבא
gallery: תמונה 3 מתוך 8
now_reading: אתם קוראים
h: גשם כבד צפוי בסוף השבוע בצפון | השירות המטאורולוגי מזהיר משיטפונות בנחלים.
h: הפועל ניצחה בדרבי בתוספת הזמן | השער היחיד נכבש בדקה ה-93.
h: מחירי החשמל יעלו בינואר | ההתייקרות הממוצעת צפויה להגיע לשלושה אחוזים.
h: פסטיבל הג'אז חוזר לאילת | במשך ארבעה ימים יופיעו עשרות אמנים.
h: נעצרו חשודים בפריצות לדירות | המשטרה מצאה ברשותם תכשיטים ומחשבים.
h: מחירי הדירות המשיכו לעלות | העלייה השנתית עומדת על שבעה אחוזים.
h: יריד חנוכה ייפתח בנמל | במתחם יוצבו עשרות דוכנים לאמנים מקומיים.
h: עבודות לילה יחסמו את כביש החוף | הנהגים מתבקשים להשתמש בדרכים חלופיות.
""",
    "ko": """
site: 한빛일보
section: 사회
home: 홈
read_also: 함께 보면 좋은 기사
related: 관련기사
most_read: 많이 본 뉴스
newsletter: 한빛일보 뉴스레터를 구독하고 매일 아침 주요 뉴스를 받아보세요.
app: 한빛일보 앱을 설치하고 속보 알림을 받아보세요.
paywall: 이 기사는 유료 회원 전용입니다.
credit: 사진=한빛일보 박민수 기자
share: 공유하기
comments: 댓글 22
cookie: 이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.
cookie_ok: 동의
bio: 김지훈 기자는 사회부에서 교통과 도시 정책을 취재하고 있습니다.
more_from: 김지훈 기자의 다른 기사
tags_label: 태그
tags: 지하철, 심야운행, 대중교통
follow: 구독
ad: 광고
listen: 기사 듣기
print: 인쇄
font: 글자 크기
poll: 지하철 심야 연장 운행에 찬성하십니까?
poll_opts: 찬성; 반대
vote: 투표하기
sponsored_label: 스폰서
sponsored: 연말 특가, 인기 가전 최대 50% 할인
affiliate: 이 기사에는 제휴 링크가 포함되어 있으며 구매 시 수수료를 받을 수 있습니다.
errata: 저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지
comment: 시민123: 기관사 충원부터 확실히 해주세요.
next: 다음 기사
up_next: 다음 영상
gallery: 사진 3/7
now_reading: 지금 읽고 있는 기사
h: 주말 전국에 강추위…서울 영하 10도 | 기상청은 한파특보를 내리고 건강관리에 유의하라고 당부했다.
h: 홈팀, 연장 접전 끝에 결승 진출 | 주장이 연장 후반 결승골을 터뜨렸다.
h: 내년 전기요금 인상 유력 | 정부는 이달 말 인상 폭을 발표할 예정이다.
h: 국립미술관 신년 특별전 개막 | 근현대 회화 120점이 한자리에 모였다.
h: 보이스피싱 조직 총책 검거 | 피해액은 30억 원에 이르는 것으로 조사됐다.
h: 아파트 전셋값 5주 연속 상승 | 신규 입주 물량 감소가 원인으로 꼽힌다.
h: 도심 광장에 대형 크리스마스트리 점등 | 점등식은 오는 토요일 저녁 열린다.
h: 고속도로 일부 구간 야간 공사 | 운전자들은 우회 도로를 이용해야 한다.
""",
}
