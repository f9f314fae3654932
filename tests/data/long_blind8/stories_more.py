"""Background paragraphs, written by hand for long_blind8, inserted before each story's first
sub-heading to bring the bodies to full length."""

MORE = {
    "nl": """
P De brug werd in 1987 geplaatst als tijdelijke verbinding en zou destijds na twintig jaar worden vervangen. Door bezuinigingen is dat steeds uitgesteld; bij de laatste inspectie bleek een op de vijf planken zo zacht dat een schroevendraaier er zonder moeite in verdween.
""",
    "tr": """
P Göç uzmanları, randevu sorununun yalnızca personel eksikliğinden kaynaklanmadığını, her yıl değişen belge listesinin başvuruları uzattığını söylüyor. Geçen yıl bazı başvurular, eksik noter onayı gerekçesiyle üç kez geri çevrildi.
""",
    "uk": """
P Частина українців уже отримала в Чехії дозвіл на довгострокове проживання за програмою для кваліфікованих працівників, і їх повторна реєстрація не стосується.
P Інші досі не знають, що робити після 2028 року. Уряд обіцяє представити окремий закон про подальший статус біженців з України навесні, але депутати поки не домовилися про умови, зокрема про вимогу до рівня чеської мови та мінімального доходу.
""",
    "he": """
P הלשכה ברחוב סלמה נפתחה לפני כעשור, אחרי שנים שבהן מבקשי המקלט נאלצו לנסוע לחולון ולעמוד בתורים ארוכים מהלילה. לפי הערכות הארגונים, רוב מבקשי המקלט בישראל גרים במרחק הליכה מהלשכה.
P בבני ברק, לעומת זאת, אין קו אוטובוס ישיר מהתחנה המרכזית החדשה, והנסיעה בתחבורה ציבורית אורכת כשעה לכל כיוון. ארגוני הסיוע מציינים גם שרבים מהפונים אינם קוראים עברית ויתקשו להתמצא בלשכה שאינם מכירים. לדבריהם, בלשכה הנוכחית עובדים מתורגמנים לתגרינית ולערבית שמכירים את הקהילה, ולא ברור אם יעברו גם הם לבני ברק. ברשות לא השיבו לשאלה זו עד מועד פרסום הכתבה.
P עוד לפני ההודעה על הסגירה, התלוננו עורכי דין על המתנה של שבועות לתור בלשכה הקיימת, ועל כך שחלק מהאשרות חודשו לחודש אחד בלבד.
""",
    "ko": """
P 이번 개편은 2019년 이후 처음이다. 당시에는 신도시 입주로 노선을 늘렸지만, 이후 광역철도가 개통되면서 일부 마을버스는 승객이 절반 가까이 줄었다.
P 특히 매탄동과 원천동 구간은 세 노선이 같은 도로를 지나면서 출근 시간에도 빈 차가 많았다는 지적이 나왔다.
P 반면 광교 신도시 쪽은 배차 간격이 20분이 넘어 주민 불만이 컸다. 시는 이 구간에 차량 여섯 대를 더 투입할 계획이다.
""",
    "th": """
P ตลาดนัดริมน้ำแห่งนี้เริ่มต้นจากแผงขายผลไม้ไม่กี่แผงเมื่อกว่ายี่สิบปีก่อน ก่อนจะกลายเป็นจุดท่องเที่ยวสำคัญของจังหวัด โดยเฉพาะในช่วงเย็นวันศุกร์ที่นักท่องเที่ยวจำนวนมากเดินทางมาด้วยเรือด่วนเจ้าพระยา
P ผู้ค้าส่วนใหญ่เป็นคนในชุมชนริมน้ำที่ขายอาหารพื้นบ้าน ขนมไทย และผลไม้ตามฤดูกาล หลายครอบครัวมีรายได้หลักจากการขายในตลาดเพียงสามวันต่อสัปดาห์ การย้ายตลาดจึงส่งผลโดยตรงต่อค่าใช้จ่ายในบ้านและค่าเล่าเรียนของลูก
P ลานจอดรถศาลากลางหลังเก่าอยู่ห่างจากท่าน้ำนนท์ประมาณหนึ่งกิโลเมตร มีพื้นที่กว้างกว่าตลาดเดิม แต่ไม่มีหลังคา ผู้ค้าจึงกังวลเรื่องฝนตกในช่วงเดือนพฤษภาคมและมิถุนายน ซึ่งเป็นช่วงที่การก่อสร้างยังไม่แล้วเสร็จ ผู้ค้าบางรายเสนอให้เทศบาลติดตั้งเต็นท์ถาวรและไฟส่องสว่างเพิ่ม เพื่อให้ลูกค้ารู้สึกปลอดภัยเมื่อเดินกลับไปยังท่าเรือในช่วงค่ำ
""",
    "fa": """
P کارت آمایش از سال‌ها پیش مهم‌ترین مدرک اقامت قانونی برای بسیاری از مهاجران افغانستانی در ایران بوده است. این کارت هر سال یا هر دو سال با پرداخت هزینه تمدید می‌شد و بدون آن افتتاح حساب بانکی، اجاره خانه و ثبت‌نام در مدرسه دشوار است. در سال‌های گذشته نیز چند بار تمدید کارت‌ها با تاخیر انجام شد، اما این نخستین بار است که توقف آن بدون اعلام تاریخ پایان اعلام می‌شود و مهاجران نمی‌دانند تا کی باید منتظر بمانند.
P در سرشماری پیشین که سه سال پیش انجام شد، حدود دو میلیون نفر برگه سرشماری گرفتند، اما بخش بزرگی از آنان هنوز کارت آمایش دریافت نکرده‌اند.
P مسئولان می‌گویند طرح جدید قرار است همه مدارک را در یک سامانه یکپارچه کند.
""",
    "id": """
P Data pemerintah menunjukkan sekitar 4,5 juta warga Indonesia bekerja di luar negeri, tetapi diperkirakan hampir separuhnya berangkat tanpa prosedur resmi. Mereka paling banyak bekerja di Malaysia, Arab Saudi, Hong Kong, dan Taiwan. Banyak di antara mereka bekerja sebagai asisten rumah tangga, buruh perkebunan, dan anak buah kapal.
""",
    "vi": """
P Hàn Quốc là một trong những thị trường lao động lớn nhất của Việt Nam. Hiện có khoảng 50.000 lao động Việt Nam làm việc tại đây theo chương trình EPS, chủ yếu trong các nhà máy sản xuất linh kiện, trang trại và tàu cá.
P Mức lương tối thiểu tại Hàn Quốc năm nay tương đương khoảng 40 triệu đồng mỗi tháng, cao gấp nhiều lần thu nhập ở quê nhà. Nhiều gia đình sẵn sàng vay mượn để con em theo học các lớp tiếng Hàn kéo dài nhiều tháng, với học phí từ năm đến mười triệu đồng. Vì vậy, mỗi kỳ thi đều thu hút đông người đăng ký, nhất là ở các tỉnh miền Trung.
P Năm ngoái, tỷ lệ thí sinh đạt điểm sàn chỉ khoảng 35%.
""",
    "hu": """
P A szabályt a kormány a járványhelyzetre hivatkozva vezette be, azóta azonban többször meghosszabbította. A korábbi tranzitzónák bezárása óta az országban szinte nem lehet menedékkérelmet benyújtani. Az uniós intézmények többször figyelmeztették Budapestet, hogy az eljárás nem felel meg a közös európai menekültügyi rendszer szabályainak.
P Tavaly a belgrádi nagykövetségre 43 szándéknyilatkozat érkezett, ezek többségét elutasították vagy meg sem válaszolták a hatóságok.
""",
    "el": """
P Η δομή λειτουργεί από το 2021 και είχε παρουσιαστεί ως πρότυπο για τα νησιά του Αιγαίου, με ελεγχόμενη είσοδο, σχολική αίθουσα και χώρους για οικογένειες.
P Με τον σημερινό αριθμό φιλοξενούμενων, όμως, σε πολλά κοντέινερ μένουν δύο οικογένειες μαζί, ενώ οι ουρές για το φαγητό ξεκινούν από τις έξι το πρωί. Οι εργαζόμενοι στη δομή λένε ότι το νερό διακόπτεται συχνά τα απογεύματα και ότι οι τουαλέτες δεν επαρκούν.
P Το μεγαλύτερο μέρος των νέων αφίξεων προέρχεται από το Αφγανιστάν, τη Συρία και το Σουδάν.
""",
    "hi": """
P ग्रेजुएट वीज़ा को भारतीय छात्र ब्रिटेन में पढ़ाई का सबसे बड़ा आकर्षण मानते रहे हैं। इसके तहत छात्र पढ़ाई ख़त्म होने के बाद बिना किसी नियोक्ता के प्रायोजन के नौकरी कर सकते हैं और अनुभव हासिल कर सकते हैं।
P शिक्षा सलाहकारों का कहना है कि नए नियमों का सबसे ज़्यादा असर उन छात्रों पर पड़ेगा जो एक साल के मास्टर्स कोर्स के लिए जाते हैं, क्योंकि उनके पास पढ़ाई के दौरान नौकरी ढूंढने का समय बहुत कम होता है। कई छात्र पहले ही दाख़िला ले चुके हैं और फ़ीस का एक हिस्सा जमा कर चुके हैं, इसलिए वे अब यह तय नहीं कर पा रहे कि जनवरी में जाएं या अगले साल किसी दूसरे देश का रुख़ करें।
P पिछले दो वर्षों में ब्रिटेन ने पहले ही आश्रितों को साथ ले जाने पर रोक लगा दी थी, जिसके बाद भारत से आवेदनों में गिरावट आई थी।
""",
    "bg": """
P Участъкът край Малко Търново е сред най-трудните за охрана, защото минава през гъсти гори в Странджа и през дерета, които зимата стават непроходими за патрулни коли.
P Оградата там е изградена преди повече от десет години и на много места е повредена. По данни на МВР годишно се ремонтират над петстотин метра мрежа. Кметовете на граничните села настояват част от средствата за ремонт да отиват и за пътищата, по които минават патрулите, защото след дъжд те стават непроходими.
P Местните жители казват, че групите мигранти често минават през селата нощем.
""",
    "fi": """
P Hailuodon jäätie on Suomen pisin virallinen jäätie, noin seitsemän kilometriä pitkä. Se lyhentää matka-aikaa mantereelle, koska lautan odottaminen jää pois ja autot pääsevät kulkemaan omaan tahtiinsa ympäri vuorokauden. Lautta kulkee talvella noin tunnin välein, ja ruuhkaisina päivinä autoja jää usein rantaan odottamaan seuraavaa vuoroa.
P Jäätie on saarelaisille tärkeä myös siksi, että raskaat kuljetukset, kuten rakennustarvikkeet ja polttopuut, on talvella helpompi tuoda saarelle maata pitkin.
P Leudot talvet ovat kuitenkin lyhentäneet jäätien aukioloa selvästi 2000-luvulla.
""",
}
