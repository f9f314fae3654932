"""Chrome and clutter idiom for da, fi, hu, he: 'key: alt | alt | alt'; 'h:' headline || dek."""

CHROME = {
    "da": """
site: Herning Folkeblad Lokal | Midtjyske Nyheder | Bording Avis
section: Indland
author: Lars Mikkelsen
h: Stormvarsel for Vestjylland natten til søndag || DMI forventer vindstød af stormstyrke langs hele vestkysten.
h: FC Midtjylland vinder topkampen efter sent mål || Ulvene slog København 2-1 foran et udsolgt MCH Arena.
h: Elprisen stiger markant i december || Energiselskaberne peger på lav vindproduktion og koldt vejr.
h: Indbrud i tre sommerhuse ved Søby Sø || Politiet efterlyser vidner, der har set en mørk varevogn.
h: Julemarked i Ikast åbner med ny skøjtebane || Handelsforeningen forventer rekordmange besøgende.
h: Motorvejen ved Herning lukker om natten i to uger || Vejdirektoratet skifter belægning på strækningen mod Aarhus.
h: Musikteatret offentliggør forårets program || Blandt navnene er to danske bands og en stor musical.
h: Forældre protesterer mod lukning af landsbyskole || Byrådet skal træffe den endelige beslutning i februar.
read_also: Læs også: | LÆS OGSÅ | Se også:
related_h: Flere nyheder | Relaterede artikler | Du kan også læse
most_read_h: Mest læste | Mest læst lige nu | Populære artikler
newsletter: Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder i indbakken. | Få morgenbrevet gratis hver dag kl. 6.30. | Nyhedsbrev: Lokale nyheder direkte til dig.
app: Hent vores app og få besked om breaking news. | Følg os på Facebook. | Slå notifikationer til i appen.
paywall: Denne artikel er forbeholdt abonnenter. | Bliv abonnent for 1 kr. den første måned. | Allerede abonnent? Log ind og læs videre.
photo: Foto: Lars Mikkelsen | Foto: Ritzau Scanpix / Bo Amstrup | Arkivfoto
video: Videoen indlæses … | Næste video starter om 5 sekunder | Se videoen
upnext: Næste | Næste video | Flere videoer
share: Del på Facebook | Del artiklen | Del
counter: 34 kommentarer | Kommentarer (34) | Delt 120 gange
cookie: Vi bruger cookies til at forbedre din oplevelse og til statistik. | Ved at klikke accepter giver du samtykke til brug af cookies.
cookie_btn: Accepter alle | OK
bio: Lars Mikkelsen er journalist på indlandsredaktionen og dækker udlændingepolitik. | Lars Mikkelsen har skrevet for avisen siden 2008.
more_from: Flere artikler af Lars Mikkelsen | Mere fra Lars Mikkelsen
tags_label: Emner: | Tags:
tags: Kærshovedgård | Udlændingepolitik | Ikast-Brande
ad: Annonce | ANNONCE | Reklame
now_reading: Du læser nu: | Læser nu:
sponsored: Annoncørbetalt indhold: Sådan sparer du på varmeregningen i vinter | Sponsoreret: Fem kroer i Midtjylland, der er turen værd
listen: Lyt til artiklen | Hør artiklen | Lyt: 4 min
comment: Det er simpelthen for dårligt, at kommunen ikke bliver spurgt.
gallery: Billedserie: | Se billederne: | Galleri:
hover_label: Se profil | Mere om personen
next_label: Næste artikel | Læs næste
next: Ny cykelsti mellem Bording og Engesvang åbner til foråret || Stien bliver fire kilometer lang og får belysning hele vejen. Kommunen har fået statsstøtte til halvdelen af udgiften.
home: Forside
""",
    "fi": """
site: Rantalakeus | Oulun Seutu Nyt | Saaristolainen
section: Uutiset
author: Mikko Heikkinen
h: Myrskyvaroitus Perämerelle viikonlopuksi || Ilmatieteen laitos ennustaa puuskia jopa 25 metriin sekunnissa.
h: Kärpät kaatoi Tapparan jatkoajalla || Voittomaali syntyi ylivoimalla 63. minuutilla.
h: Sähkön hinta nousee pakkasten myötä || Pörssisähkö maksoi tiistaina illalla yli 40 senttiä kilowattitunnilta.
h: Poliisi etsii todistajia Limingan ryöstöön || Kaksi miestä uhkasi myyjää huoltoasemalla myöhään illalla.
h: Joulutori avautuu Rotuaarilla perjantaina || Torilla on tänä vuonna 80 myyjää ja uusi karuselli.
h: Valtatie 4 suljetaan yöksi Kempeleessä || Liikenne ohjataan kiertotielle tiistaista torstaihin.
h: Oulun teatteri julkistaa kevään ohjelmiston || Ensi-iltoja on tulossa viisi, joista kaksi on kotimaisia uutuuksia.
h: Vanhemmat vastustavat kyläkoulun lakkauttamista || Kunnanvaltuusto päättää asiasta tammikuussa.
read_also: Lue myös: | LUE MYÖS | Katso myös:
related_h: Lisää uutisia | Aiheeseen liittyvät | Saatat olla kiinnostunut myös
most_read_h: Luetuimmat | Luetuimmat nyt | Suosituimmat
newsletter: Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset sähköpostiisi. | Aamun uutiskirje joka arkipäivä kello 7. Tilaa maksutta! | Uutiskirje: paikalliset uutiset suoraan sinulle.
app: Lataa sovelluksemme ja saat ilmoituksen tärkeimmistä uutisista. | Seuraa meitä Instagramissa. | Ota ilmoitukset käyttöön sovelluksessa.
paywall: Tämä artikkeli on vain tilaajille. | Tilaa nyt 1 eurolla ensimmäinen kuukausi. | Oletko jo tilaaja? Kirjaudu sisään ja jatka lukemista.
photo: Kuva: Mikko Heikkinen | Kuva: Lehtikuva / Vesa Moilanen | Arkistokuva
video: Video latautuu … | Seuraava video alkaa 5 sekunnin kuluttua | Katso video
upnext: Seuraavaksi | Seuraava video | Lisää videoita
share: Jaa Facebookissa | Jaa artikkeli | Jaa
counter: 15 kommenttia | Kommentit (15) | Jaettu 45 kertaa
cookie: Käytämme evästeitä parantaaksemme käyttökokemustasi. | Sivusto käyttää evästeitä tilastointiin ja mainontaan.
cookie_btn: Hyväksy kaikki | Selvä
bio: Mikko Heikkinen on toimittaja, joka seuraa liikennettä ja saariston asioita. | Mikko Heikkinen on kirjoittanut lehteen vuodesta 2012.
more_from: Lisää toimittajalta Mikko Heikkinen | Kaikki Mikko Heikkisen jutut
tags_label: Aiheet: | Avainsanat:
tags: Hailuoto | jäätie | lautta
ad: Mainos | MAINOS | Kaupallinen yhteistyö
now_reading: Luet nyt: | Luettavana:
sponsored: Kaupallinen yhteistyö: Näin säästät lämmityskuluissa tänä talvena | Sponsoroitu: Viisi hiihtokeskusta, joihin ehtii viikonlopuksi
listen: Kuuntele artikkeli | Kuuntele juttu | Kuuntele: 4 min
comment: Silta olisi pitänyt rakentaa jo 20 vuotta sitten.
gallery: Kuvagalleria: | Katso kuvat: | Kuvasarja:
hover_label: Katso profiili | Lisää henkilöstä
next_label: Seuraava artikkeli | Lue seuraavaksi
next: Oulunsaloon uusi pyörätie ensi kesänä || Kevyen liikenteen väylä yhdistää Varjakan ja lentoaseman. Rakennustyöt alkavat toukokuussa.
home: Etusivu
""",
    "hu": """
site: Kisalföldi Hírek | Győri Napló Online | Rábaközi Krónika
section: Gazdaság
author: Németh Eszter
h: Viharos szélre figyelmeztet a meteorológiai szolgálat || Hétvégén óránként 90 kilométeres széllökések is lehetnek a megyében.
h: Az ETO hazai pályán verte a Debrecent || A győriek a második félidőben fordítottak és feljöttek a harmadik helyre.
h: Tovább drágul az üzemanyag jövő héten || A benzin literenként öt forinttal kerül többe szerdától.
h: Betörők jártak több abdai hétvégi házban || A rendőrség szemtanúkat keres az ügyben.
h: Megnyílt az adventi vásár a Széchenyi téren || Az idei vásáron hetven árus és jégpálya várja a látogatókat.
h: Lezárják az M1-es egyik sávját Győrnél || A munkálatok várhatóan két hétig tartanak.
h: Bemutatta tavaszi műsorát a Győri Nemzeti Színház || A programban öt bemutató és egy gyerekfesztivál szerepel.
h: Szülők tiltakoznak az iskolabezárás ellen || A fenntartó februárban dönt a kisiskola sorsáról.
read_also: Ezt is ajánljuk: | Kapcsolódó: | Olvasta már?
related_h: Kapcsolódó cikkek | További hírek | Ezek is érdekelhetik
most_read_h: Legolvasottabb | A legnépszerűbb cikkek | Most olvassák
newsletter: Iratkozzon fel hírlevelünkre, és minden reggel megkapja a legfontosabb híreket. | Ingyenes napi hírlevél: a megye hírei a postafiókjában. | Hírlevél: legyen mindig naprakész!
app: Kövessen minket a Facebookon is! | Töltse le alkalmazásunkat iOS-re és Androidra. | Kapcsolja be az értesítéseket.
paywall: Ez a cikk csak előfizetőink számára érhető el. | Fizessen elő havi 990 forintért. | Már előfizető? Jelentkezzen be az olvasáshoz.
photo: Fotó: Németh Eszter | Fotó: MTI / Krizsán Csaba | Illusztráció
video: A videó betöltése folyamatban… | A következő videó 5 másodperc múlva indul | Nézze meg a videót
upnext: Következik | Következő videó | További videók
share: Megosztás a Facebookon | Cikk megosztása | Megosztás
counter: 21 hozzászólás | Hozzászólások (21) | 67 megosztás
cookie: Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. | Az oldal használatával elfogadja a sütik használatát.
cookie_btn: Elfogadom | Rendben
bio: Németh Eszter gazdasági újságíró, a munkaerőpiac és az ipar témáival foglalkozik. | Németh Eszter 2014 óta dolgozik a lapnál.
more_from: Németh Eszter további cikkei | A szerző további írásai
tags_label: Címkék: | Témák:
tags: vendégmunkás | Győr | kamara
ad: Hirdetés | HIRDETÉS | Reklám
now_reading: Most olvassa: | Éppen olvassa:
sponsored: Szponzorált tartalom: Így spórolhat a fűtésen ezen a télen | Támogatott: Öt wellness szálloda a Dunántúlon
listen: Hallgassa meg a cikket | Cikk felolvasása | Meghallgatom: 4 perc
comment: Nálunk is ez van, fél üzem külföldi, a szállás meg kritikán aluli.
gallery: Galéria: | Képek: | Fotógaléria:
hover_label: Profil megtekintése | Bővebben
next_label: Következő cikk | Olvassa tovább
next: Új buszjárat indul az ipari parkba || A 22-es busz reggel és este is a műszakváltásokhoz igazodva közlekedik majd. Az önkormányzat egyéves próbaidőszakot tervez.
home: Címlap
""",
    "he": """
site: חדשות השרון | מקומון נתניה | הד הצפון
section: חדשות
author: נועה בן דוד
h: אזהרה מפני סופה והצפות בסוף השבוע || השירות המטאורולוגי צופה גשמים עזים ורוחות חזקות באזור החוף.
h: מכבי נתניה ניצחה בדקה האחרונה || שער בנגיחה בתוספת הזמן העניק לקבוצה שלוש נקודות.
h: מחירי הדלק יעלו שוב בתחילת החודש || ליטר בנזין יתייקר בכעשרים אגורות.
h: המשטרה עצרה חשוד בפריצות לדירות בעיר || החשוד נעצר לאחר מעקב של כמה שבועות.
h: פסטיבל החנוכה חוזר לכיכר העצמאות || העירייה מתכננת מופעים לכל המשפחה במשך שמונה ערבים.
h: כביש 2 ייסגר בלילות לעבודות תחזוקה || נתיבי ישראל ממליצים להשתמש בכביש 4.
h: התיאטרון העירוני חושף את העונה החדשה || בתוכנית שש הצגות חדשות וסדרת מופעים לילדים.
h: הורים מפגינים נגד סגירת בית ספר יסודי || ההחלטה הסופית תתקבל במועצת העיר בחודש הבא.
read_also: קראו גם: | עוד בנושא: | כדאי לקרוא:
related_h: כתבות נוספות | עוד חדשות | אולי יעניין אותך
most_read_h: הנקראים ביותר | הכי נקרא | פופולרי עכשיו
newsletter: הירשמו לניוזלטר שלנו וקבלו את החדשות החשובות בכל בוקר. | רוצים לקבל עדכונים? הצטרפו לניוזלטר היומי. | הניוזלטר שלנו: כל החדשות המקומיות במייל.
app: הצטרפו לערוץ הוואטסאפ שלנו. | הורידו את האפליקציה שלנו. | עקבו אחרינו בטלגרם.
paywall: כתבה זו זמינה למנויים בלבד. | הצטרפו למינוי ב-1 שקל לחודש הראשון. | כבר מנויים? התחברו להמשך קריאה.
photo: צילום: נועה בן דוד | צילום: פלאש 90 | צילום אילוסטרציה
video: הסרטון נטען... | הסרטון הבא יתחיל בעוד 5 שניות | צפו בסרטון
upnext: הבא בתור | הסרטון הבא | סרטונים נוספים
share: שתפו בפייסבוק | שתפו את הכתבה | שיתוף
counter: 18 תגובות | תגובות (18) | 52 שיתופים
cookie: אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. | המשך הגלישה באתר מהווה הסכמה לשימוש בעוגיות.
cookie_btn: אישור | מסכים
bio: נועה בן דוד היא כתבת חדשות ומסקרת את תחום העבודה וההגירה. | נועה בן דוד כותבת במקומון מאז 2016.
more_from: כתבות נוספות של נועה בן דוד | עוד מאת נועה בן דוד
tags_label: תגיות: | נושאים:
tags: עובדים זרים | סיעוד | רשות האוכלוסין
ad: פרסומת | פרסום | תוכן ממומן
now_reading: אתם קוראים: | עכשיו קוראים:
sponsored: בשיתוף: איך לחסוך בחשבון החשמל בחורף | תוכן שיווקי: חמש מסעדות חדשות שכדאי להכיר
listen: האזינו לכתבה | הקשיבו לכתבה | האזנה: 4 דקות
comment: סוף סוף החלטה הגיונית. אמא שלי חיכתה שלושה חודשים למטפלת.
gallery: גלריה: | בתמונות: | אלבום:
hover_label: לפרופיל | עוד על האדם
next_label: הכתבה הבאה | קראו עוד
next: שביל אופניים חדש יחבר את נתניה לחוף פולג || השביל יהיה באורך שישה קילומטרים ויכלול תאורה לאורך כל הדרך. העבודות יחלו באביב.
home: דף הבית
""",
}
