"""Background paragraphs for articles_c and articles_d (same hand, same insertion point)."""

from __future__ import annotations

MORE2 = {
    "zh-rencai": [
        "此前，外籍人才申请工作类签证通常需要先取得工作许可通知，再到境外使领馆办理签证，入境后还要在三十日内申请居留许可，整个流程涉及多个部门。",
        "不少企业反映，材料重复提交、认证环节繁琐是主要难点。尤其是学历和无犯罪记录证明，往往需要在原籍国办理公证和领事认证，耗时数周甚至数月。",
        "按照新办法，试点城市将设立“一站式”服务窗口，由出入境、人社和外事部门联合办公，申请人只需提交一次材料。",
        "业内人士认为，此次改革与各地正在推进的国际科技创新中心建设密切相关。",
        "以上海为例，当地今年已引进外籍高层次人才三千余人，主要集中在集成电路、生物医药和人工智能领域，但仍有大量岗位空缺。",
        "成都市有关部门表示，将同步推出外籍人才子女入学绿色通道，并在高新区新建两所国际化学校，预计后年秋季开学。",
    ],
    "ro-pod": [
        "Proiectul a fost contestat de la început de consilierii locali din opoziție, care au cerut ca podul să rămână gratuit, așa cum fusese timp de cinci decenii.",
        "Compania de drumuri a argumentat că veniturile din taxă vor acoperi costurile de întreținere, estimate la aproape două milioane de lei pe an, inclusiv iluminatul și deszăpezirea.",
    ],
    "hu-furdo": [
        "A fürdő épülete 1934-ben készült, és a városlakók számára évtizedek óta a közösségi élet egyik központja. A bezárás előtt naponta átlagosan ezerkétszázan látogatták.",
        "A felújítást részben uniós forrásból, részben a város saját költségvetéséből finanszírozták. A kivitelező a munkálatok során többször is módosította az ütemtervet, mert a régi csővezetékek rosszabb állapotban voltak a vártnál.",
        "Az építkezés alatt a városi uszodát is bezárták, így a helyi úszóegyesület versenyzői két évig a szomszéd megyeszékhelyre jártak edzeni, ami a klub szerint több tehetséges fiatal kiesését okozta.",
        "A régi, műemlék jellegű főépület homlokzatát eredeti formájában állították helyre, az ólomüveg ablakokat pedig egy budapesti műhelyben restaurálták.",
    ],
    "pt-autorizacao": [
        "A estrutura de missão foi criada para recuperar os processos acumulados no antigo Serviço de Estrangeiros e Fronteiras, extinto em 2023. Na altura, a agência herdou mais de 400 mil pedidos pendentes.",
        "Muitos dos imigrantes afetados trabalham na restauração, na agricultura e na construção, e vivem com autorizações provisórias que têm de ser renovadas de seis em seis meses, o que dificulta o acesso a crédito e a contratos de arrendamento.",
        "Os sindicatos denunciam que alguns empregadores aproveitam a situação para pagar abaixo do salário mínimo, sabendo que os trabalhadores não se queixam por receio de perder o processo.",
    ],
    "tr-ikamet": [
        "Yeni düzenleme, özellikle eğitim, aile birleşimi ve turistik amaçlı başvuruları kapsıyor. Çalışma izni olanlar ile uluslararası koruma statüsündeki kişiler için ise mevcut kurallar geçerli olmaya devam edecek.",
        "Son yıllarda ikamet izni başvurularında yaşanan gecikmeler, özellikle üniversitelerde okuyan yabancı öğrencileri zor durumda bırakmıştı. Bazı öğrenciler yaz tatilinde ülkelerine gidemediklerini, bazıları ise burslarını kaybettiklerini anlatıyor.",
        "Ayrıca başvuru ücretlerinin ve zorunlu sağlık sigortası primlerinin her yıl artması da yabancıların şikâyetleri arasında yer alıyor. Bir yıllık izin için ödenmesi gereken toplam tutar bu yıl yüzde 40 arttı.",
        "Başkanlık, yeni sürecin il müdürlüklerinin iş yükünü azaltacağını, personelin karmaşık başvurulara daha fazla zaman ayırabileceğini savunuyor.",
    ],
    "el-asylo": [
        "Η κυβέρνηση υποστηρίζει ότι οι σημερινές εγκαταστάσεις είναι ακατάλληλες για τον χειμώνα και ότι σε ορισμένες περιπτώσεις φιλοξενούν διπλάσιο αριθμό ανθρώπων από τη δυναμικότητά τους.",
        "Στη Λέρο και την Κω, σύμφωνα με στοιχεία του υπουργείου, οι αιτούντες άσυλο περιμένουν κατά μέσο όρο πέντε μήνες για την πρώτη συνέντευξη, ενώ οι διερμηνείς για ορισμένες γλώσσες είναι ελάχιστοι.",
        "Η Ευρωπαϊκή Επιτροπή έχει ζητήσει από την Αθήνα να εφαρμόσει έως το καλοκαίρι τις νέες διαδικασίες ελέγχου στα σύνορα που προβλέπει το Σύμφωνο για τη Μετανάστευση και το Άσυλο.",
        "Στο παρελθόν, η κατασκευή παρόμοιων δομών είχε προκαλέσει έντονες κινητοποιήσεις, με κατοίκους να αποκλείουν δρόμους και λιμάνια για να εμποδίσουν τη μεταφορά μηχανημάτων.",
    ],
    "he-ovdim": [
        "מאז פרוץ המלחמה נאסרה כניסתם של רוב הפועלים הפלסטינים לישראל, וענף הבנייה איבד בתוך ימים עשרות אלפי עובדים. הממשלה ניסתה לגשר על הפער באמצעות גיוס עובדים ממדינות זרות, אך התהליך התקדם לאט.",
        "במשרד האוצר מעריכים כי המחסור בעובדים גרם לירידה של כחמישה אחוזים בהיקף התחלות הבנייה בשנה האחרונה, ובבנק ישראל הזהירו כי הדבר עלול להשפיע על מחירי הדיור בשנים הקרובות.",
        "עד כה הגיעו לישראל במסגרת ההסכמים כ-25 אלף עובדים, רובם מהודו. חלקם הועסקו באתרים בצפון ובדרום, שם המחסור בידיים עובדות חמור במיוחד.",
        "בענף מציינים כי העסקת עובד זר עולה לקבלן יותר מהעסקת עובד מקומי, בשל היטלים, עלויות מגורים וביטוח רפואי. למרות זאת, לדבריהם, אין כיום חלופה אחרת.",
        "במקביל, משרד העבודה מפעיל תוכניות להכשרת עובדים ישראלים לענף, אך מספר המשתתפים בהן נמוך מהצפוי, והקורסים נמשכים חודשים ארוכים.",
        "ארגוני סיוע מזכירים כי בשנים האחרונות הוגשו מאות תלונות על תנאי מגורים צפופים ועל שכר שלא שולם במלואו, ודורשים מהמדינה להגדיל את מספר הפקחים.",
    ],
    "ko-jihacheol": [
        "시는 지난해 심야 시간대 택시 승차난이 심각해지자 심야 버스 노선을 늘렸지만, 승객 불편이 여전하다는 지적이 이어졌다.",
        "운영기관에 따르면 주말 자정 이후 도심 역의 승하차 인원은 코로나19 이전 수준을 이미 넘어섰으며, 특히 대학가 역의 혼잡이 심하다.",
        "시가 지난 10월 시민 3천 명을 대상으로 실시한 설문조사에서는 응답자의 68%가 지하철 연장 운행에 찬성한다고 답했다.",
        "연장 운행 대상은 도심 업무지구와 대학가를 지나는 노선으로, 주말 심야 시간대 유동 인구가 가장 많은 구간이다.",
        "시는 연장 운행 기간에 주요 환승역의 출입구 일부를 추가로 개방하고, 역 주변 버스 정류장의 안내 표시도 정비하기로 했다.",
    ],
}
