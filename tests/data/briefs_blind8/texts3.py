"""Hand-written fictional briefs (part 3, hu and cs) and their headline items."""

from __future__ import annotations

from typing import Any

BRIEFS3: list[dict[str, Any]] = [
    {
        "lang": "hu",
        "story": "vendegmunkas-kozvetitok",
        "title": "Szigorodnak a vendégmunkásokat közvetítő cégek engedélyei",
        "paras": [
            "Január elsejétől csak az a munkaerő-kölcsönző cég közvetíthet vendégmunkást, amely legalább két éve működik, és nincs köztartozása – derül ki a kormányrendelet módosításából, amely kedden jelent meg a Magyar Közlönyben.",
            "A minősített közvetítőknek havonta jelenteniük kell, hol és milyen szálláson dolgoznak a külföldi munkavállalók. A szabályok megsértése esetén a cég három évre elveszítheti a minősítését, és a kormányhivatal bírságot is kiszabhat.",
        ],
        "extra": (
            "list",
            "A minősítés feltételei:",
            [
                "legalább kétéves működés",
                "köztartozásmentesség",
                "havi adatszolgáltatás a szállásokról",
            ],
        ),
    },
    {
        "lang": "cs",
        "story": "nocni-linky",
        "title": "Brno od ledna rozšíří noční autobusové linky do okrajových čtvrtí",
        "paras": [
            "Dopravní podnik města Brna od 1. ledna prodlouží tři noční autobusové linky až do okrajových čtvrtí Bystrc, Líšeň a Bosonohy.",
            "Spoje budou jezdit ve všední dny v intervalu 30 minut, o víkendech každých 20 minut.",
            "Město na provoz přispěje zhruba šesti miliony korun ročně. Radní pro dopravu uvedl, že o změnu dlouhodobě žádali hlavně lidé pracující na směny.",
            "Noční linky budou nově odjíždět také od hlavního nádraží, kde vznikne kryté stanoviště s informačním panelem.",
            "Jízdní řády jsou už zveřejněné na webu dopravního podniku.",
        ],
        "extra": (
            "qa",
            [
                (
                    "Platí na nočních linkách běžné jízdenky?",
                    "Ano, platí všechny jízdenky integrovaného systému.",
                ),
                ("Budou spoje bezbariérové?", "Ano, všechny vozy mají nízkou podlahu."),
            ],
        ),
    },
]

HEADS3: dict[str, list[str]] = {
    "hu": [
        "Ónos eső és havazás nehezíti a közlekedést az ország keleti felén || A meteorológiai szolgálat narancs figyelmeztetést adott ki, a közutakon csúszós útszakaszokra és torlódásokra kell számítani reggel.",
        "Hazai pályán kapott ki a Fehérvár a rangadón || A vendégek a második félidőben két gyors góllal fordítottak, így a bajnokság élén továbbra is hárompontos a különbség.",
        "Csökkent a tojás ára a nagy áruházláncokban || A termelők szerint az állomány helyreállása miatt nőtt a kínálat, így egy tízes csomag már négyszáz forinttal olcsóbb, mint nyáron.",
        "Embercsempészt fogtak el a rendőrök a déli határnál || A sofőr kisbuszában tizenegy iratok nélküli embert találtak egy rutinellenőrzés során Röszke közelében, a férfit őrizetbe vették.",
        "Felújítás után újra látogatható a pécsi székesegyház kincstára || A restaurált ötvöstárgyakat új, klímaszabályozott vitrinekben állították ki, a belépő ára a felújítás után sem változik.",
        "Vágányzár miatt pótlóbuszok járnak a szolnoki vonalon || A MÁV tájékoztatása szerint a munkálatok két hétvégén tartanak, a menetidő mintegy negyven perccel hosszabb lesz.",
    ],
    "cs": [
        "Meteorologové varují před silným větrem na horách || Nárazy mohou dosáhnout až sto kilometrů za hodinu, správa silnic doporučuje odložit cesty přes horské průsmyky do pátku.",
        "Sparta otočila zápas v posledních deseti minutách || Dvě branky střídajícího útočníka poslaly domácí do čela tabulky, kde mají před zimní přestávkou náskok dvou bodů.",
        "Ceny másla v obchodech klesly pod padesát korun || Obchodní řetězce zlevnily čtvrtkilové balení poté, co výkupní ceny mléka během podzimu výrazně poklesly.",
        "Policie na dálnici D5 zastavila dodávku s devíti migranty || Cizinci bez dokladů cestovali v nákladovém prostoru, řidiče policisté zadrželi pro podezření z převaděčství.",
        "Národní muzeum vystaví nově objevený poklad stříbrných mincí || Mince z patnáctého století našel na poli amatérský hledač s detektorem kovů a nález ohlásil archeologům.",
        "Oprava mostu omezí dopravu v centru až do jara || Tramvaje linek 4 a 9 pojedou odklonem a řidiči musí počítat se zúžením vozovky na hlavním tahu.",
    ],
}

CHROME3: dict[str, tuple[str, str, str, str, str]] = {
    "hu": ("Tovább", "Kapcsolódó cikkek", "Legolvasottabb", "Friss hírek", "hozzászólás"),
    "cs": ("Číst dál", "Mohlo by vás zajímat", "Nejčtenější", "Nejnovější zprávy", "komentářů"),
}
