"""Chrome and clutter, cs ja."""

CHROME_2B = {
    "cs": {
        "site": ["Krajské listy", "Deník Horní Lhota"],
        "home": "Úvod",
        "section": "Region",
        "read_also": ["Přečtěte si také:", "Mohlo by vás zajímat:", "Související:"],
        "related": ["Další zprávy z regionu", "Související články", "Nejnovější"],
        "most_read": ["Nejčtenější", "Nejčtenější za 24 hodin"],
        "newsletter": [
            "Přihlaste se k odběru newsletteru a každé ráno dostanete nejdůležitější zprávy z kraje.",
            "Nechcete nic zmeškat? Zapněte si upozornění na nejnovější články.",
        ],
        "app": [
            "Sledujte nás na WhatsAppu a mějte zprávy z regionu vždy po ruce.",
            "Stáhněte si naši aplikaci pro Android a iOS.",
        ],
        "paywall": [
            "Tento článek je dostupný pouze předplatitelům. Předplaťte si nás od 49 Kč měsíčně.",
            "Pokračování článku je exkluzivně pro předplatitele. Už předplatné máte? Přihlaste se.",
        ],
        "photo": ["Foto: {who}", "Zdroj: {who}"],
        "who": ["Jan Dvořák", "ČTK"],
        "video": ["Načítání videa...", "Další video začne za 5 sekund", "Právě přehráváme"],
        "upnext": ["Další video", "Mohlo by vás zajímat"],
        "gallery": ["Fotogalerie:", "Podívejte se na fotografie:"],
        "share": ["Sdílet", "Sdílet na Facebooku"],
        "comments": ["{n} komentářů", "Diskuse ({n})"],
        "comment": "U nás v neděli nejede nic už teď. Autobus na objednávku je hezká myšlenka, ale kdo si ho objedná den předem?",
        "cookie": [
            "Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti. Nastavení cookies",
            "Pokračováním v prohlížení souhlasíte s používáním cookies.",
        ],
        "accept": ["Přijmout vše", "Souhlasím"],
        "bio": "{name} je redaktorka regionální rubriky a věnuje se dopravě a krajské samosprávě.",
        "more_from": ["Další články autorky", "Více od {name}"],
        "tags": ["Témata", "Štítky"],
        "tagwords": ["doprava", "jízdní řády", "kraj"],
        "ad": ["Reklama", "Inzerce"],
        "now": ["Právě čtete:", "Čtete:"],
        "listen": ["Poslechněte si článek", "Přehrát článek (4 min)"],
        "sponsored": ["Komerční sdělení", "Sponzorováno"],
        "sponsored_item": "Tohle musí vědět každý majitel rodinného domu v kraji",
        "next": ["Další článek", "Pokračujte ve čtení"],
        "hover": ["Zobrazit profil", "Sledovat"],
        "headlines": [
            (
                "Na silnici I/35 se srazila tři auta, úsek byl hodiny uzavřený",
                "Při nehodě se zranili dva lidé, vrtulník jednoho z nich přepravil do nemocnice.",
            ),
            (
                "Hokejisté Horní Lhoty porazili lídra soutěže",
                "Rozhodující gól padl necelou minutu před koncem třetí třetiny.",
            ),
            (
                "Meteorologové varují před silnými mrazy",
                "V noci na pátek mohou teploty na horách klesnout až k minus patnácti stupňům.",
            ),
            (
                "Ceny bytů v okresním městě rostou nejrychleji v kraji",
                "Za metr čtvereční starého bytu dnes lidé zaplatí v průměru přes 60 tisíc korun.",
            ),
            (
                "Policie dopadla zloděje kovů z železniční trati",
                "Muži ukradli kabely za desítky tisíc korun a způsobili zpoždění vlaků.",
            ),
            (
                "Vánoční trhy na náměstí začínají v pátek",
                "Program nabídne koncerty, živý betlém a ochutnávky místních pivovarů.",
            ),
            (
                "Nemocnice otevřela nové oddělení dětské chirurgie",
                "Oddělení má 24 lůžek a bude sloužit pacientům z celého kraje.",
            ),
            (
                "Zastupitelé schválili rozpočet s rekordními investicemi",
                "Nejvíc peněz půjde na opravy silnic a školy.",
            ),
        ],
    },
    "ja": {
        "site": ["潮風新聞", "みなと日報"],
        "home": "トップ",
        "section": "地域",
        "read_also": ["あわせて読みたい", "関連記事：", "こちらもおすすめ"],
        "related": ["関連ニュース", "地域の最新ニュース", "おすすめ記事"],
        "most_read": ["アクセスランキング", "よく読まれている記事"],
        "newsletter": [
            "毎朝7時に地域の主要ニュースをお届けするメールマガジンの登録はこちら（無料）",
            "速報メールを受け取る：登録は30秒で完了します",
        ],
        "app": [
            "潮風新聞アプリなら、ニュースをいち早くプッシュ通知でお届けします。",
            "LINEで潮風新聞を友だち追加して最新ニュースを受け取ろう",
        ],
        "paywall": [
            "この記事は有料会員限定です。会員登録すると続きをお読みいただけます。",
            "残り1512文字 全文を読むには有料会員登録が必要です",
        ],
        "photo": ["写真：{who}", "（{who}撮影）"],
        "who": ["潮風新聞", "共同通信"],
        "video": ["動画を読み込み中…", "次の動画まで5秒", "再生中"],
        "upnext": ["次の動画", "関連動画"],
        "gallery": ["写真特集：", "フォトギャラリー："],
        "share": ["この記事をシェアする", "Xでポスト"],
        "comments": ["コメント{n}件", "{n}件のコメント"],
        "comment": "島の祖母が喜んでいます。朝の便ができるのが何よりありがたいです。",
        "cookie": [
            "当サイトでは、利便性向上と広告配信のためにCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。",
            "本サイトの閲覧を続けることで、Cookieの使用に同意したものとみなします。",
        ],
        "accept": ["同意する", "閉じる"],
        "bio": "{name}　地域報道部記者。2019年入社。離島や交通の取材を担当。",
        "more_from": ["{name}記者の記事一覧", "この記者の最新記事"],
        "tags": ["キーワード", "タグ"],
        "tagwords": ["フェリー", "離島", "交通"],
        "ad": ["広告", "PR"],
        "now": ["いま読んでいる記事：", "閲覧中："],
        "listen": ["記事を音声で聞く", "この記事を聞く（3分）"],
        "sponsored": ["PR", "提供記事"],
        "sponsored_item": "話題の高機能ダウンジャケット、冬のセールで今だけ半額に",
        "next": ["次の記事", "次へ"],
        "hover": ["プロフィールを見る", "フォロー"],
        "headlines": [
            (
                "国道で乗用車3台が絡む事故　2人けが",
                "現場は見通しの良い直線道路で、警察が原因を調べている。",
            ),
            (
                "高校サッカー県大会、港南高が3年ぶり優勝",
                "延長戦の末に2対1で競り勝ち、全国大会への出場を決めた。",
            ),
            (
                "今季一番の冷え込み　山間部で氷点下5度",
                "気象台によると、週末にかけて寒さが続く見込みだという。",
            ),
            (
                "市内のマンション価格、5年で2割上昇",
                "不動産会社の調査で、駅周辺の新築物件の値上がりが目立った。",
            ),
            (
                "空き巣容疑で男を逮捕　被害は20件以上か",
                "警察は、男が同じ手口で市内の住宅を狙っていたとみている。",
            ),
            (
                "港の夜景を彩るイルミネーション始まる",
                "約10万個の電球が並び、来年1月末まで毎晩点灯される。",
            ),
            ("市立病院に小児救急センター開設へ", "24時間体制で子どもの救急患者を受け入れる。"),
            (
                "伝統の冬祭り、今年は3日間に拡大",
                "地元の保存会が中心となり、屋台や神楽の奉納が行われる。",
            ),
        ],
    },
}
