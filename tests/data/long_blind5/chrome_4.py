"""Chrome and clutter, sv ro el hi."""

CHROME_4 = {
    "sv": {
        "site": ["Ljungby Tidning", "Smålandsbladet"],
        "home": "Start",
        "section": "Lokalt",
        "read_also": ["Läs också:", "LÄS MER:", "Läs även:"],
        "related": ["Mer från Lokalt", "Relaterade artiklar", "Senaste nytt"],
        "most_read": ["Mest läst", "Mest lästa just nu"],
        "newsletter": [
            "Få de viktigaste nyheterna från Ljungby varje morgon – prenumerera på vårt nyhetsbrev.",
            "Missa inget: slå på pushnotiser för de senaste nyheterna.",
        ],
        "app": [
            "Ladda ner Ljungby Tidnings app och få nyheterna direkt i mobilen.",
            "Följ oss på Instagram och Facebook för fler lokala nyheter.",
        ],
        "paywall": [
            "Den här artikeln är för prenumeranter. Prova en månad för 1 kr.",
            "Logga in eller bli prenumerant för att läsa vidare.",
        ],
        "photo": ["Foto: {who}", "Bild: {who}"],
        "who": ["Johan Ek", "TT"],
        "video": ["Videon laddas ...", "Nästa video startar om 5 sekunder", "Spelas nu"],
        "upnext": ["Nästa klipp", "Fler videor"],
        "gallery": ["Bildspel:", "Se bilderna:"],
        "share": ["Dela artikeln", "Dela på Facebook"],
        "comments": ["{n} kommentarer", "Kommentarer ({n})"],
        "comment": "Äntligen! Jag jobbar sent och har inte kunnat låna en bok på flera år.",
        "cookie": [
            "Vi använder kakor (cookies) för att ge dig en bättre upplevelse och för att visa relevanta annonser.",
            "Genom att fortsätta använda webbplatsen godkänner du att vi använder cookies.",
        ],
        "accept": ["Godkänn alla", "Jag förstår"],
        "bio": "{name} är reporter på Ljungby Tidning och skriver om kultur, skola och kommunens verksamhet.",
        "more_from": ["Fler artiklar av {name}", "Mer av skribenten"],
        "tags": ["Ämnen", "Taggar"],
        "tagwords": ["bibliotek", "kultur", "kommunen"],
        "ad": ["Annons", "ANNONS"],
        "now": ["Du läser nu:", "Läser:"],
        "listen": ["Lyssna på artikeln", "Lyssna (4 min)"],
        "sponsored": ["Annonssamarbete", "Sponsrat innehåll"],
        "sponsored_item": "Därför väljer allt fler villaägare i Småland bergvärme i år",
        "next": ["Nästa artikel", "Läs nästa"],
        "hover": ["Visa profil", "Följ"],
        "headlines": [
            (
                "Halka orsakade flera olyckor på riksväg 25",
                "Räddningstjänsten larmades till tre olyckor under morgonen, ingen skadades allvarligt.",
            ),
            (
                "Ljungby IF klart för kvartsfinal efter straffar",
                "Målvakten räddade två straffar inför en fullsatt hemmapublik.",
            ),
            (
                "SMHI varnar för snöfall och hårda vindar",
                "Upp till 20 centimeter snö kan falla i inlandet under natten mot fredag.",
            ),
            (
                "Villapriserna i kommunen fortsätter att stiga",
                "En genomsnittlig villa kostar nu 3,1 miljoner kronor, enligt mäklarstatistiken.",
            ),
            (
                "Man gripen för inbrott i flera förråd",
                "Polisen hittade stöldgods för tiotusentals kronor i en bil.",
            ),
            (
                "Julmarknaden lockade rekordmånga besökare",
                "Över 10 000 personer besökte torget under helgen.",
            ),
            (
                "Vårdcentralen förlänger sina öppettider",
                "Från januari är mottagningen öppen till klockan 19 på vardagar.",
            ),
            (
                "Ny cykelbana mellan centrum och stationen",
                "Bygget beräknas vara klart till sommaren.",
            ),
        ],
    },
    "ro": {
        "site": ["Gazeta de Prahova", "Știri Ploiești"],
        "home": "Acasă",
        "section": "Social",
        "read_also": ["Citește și:", "CITEȘTE ȘI", "Vezi și:"],
        "related": ["Articole similare", "Mai multe știri", "Recomandările redacției"],
        "most_read": ["Cele mai citite", "Top citite azi"],
        "newsletter": [
            "Abonează-te la newsletterul nostru și primești în fiecare dimineață cele mai importante știri.",
            "Nu rata nimic: activează notificările pentru știrile de ultimă oră.",
        ],
        "app": [
            "Urmărește Gazeta de Prahova și pe Google News.",
            "Intră pe canalul nostru de WhatsApp pentru știrile zilei.",
        ],
        "paywall": [
            "Acest articol este disponibil doar pentru abonați. Abonează-te de la 5 lei pe lună.",
            "Pentru a citi articolul integral, autentifică-te sau creează un cont.",
        ],
        "photo": ["Foto: {who}", "Sursa foto: {who}"],
        "who": ["Inquam Photos", "Gazeta de Prahova"],
        "video": [
            "Se încarcă videoclipul...",
            "Următorul videoclip începe în 5 secunde",
            "Acum rulează",
        ],
        "upnext": ["Urmează", "Alte clipuri"],
        "gallery": ["Galerie foto:", "Vezi galeria:"],
        "share": ["Distribuie pe Facebook", "Distribuie articolul"],
        "comments": ["{n} comentarii", "Comentarii ({n})"],
        "comment": "Bine că au pus garanție. Agențiile de apartament au adus oameni și i-au lăsat pe drumuri.",
        "cookie": [
            "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună de navigare și reclame personalizate.",
            "Continuarea navigării implică acceptarea politicii de cookie-uri.",
        ],
        "accept": ["Accept", "Sunt de acord"],
        "bio": "{name} este jurnalistă la secția Social și scrie despre piața muncii și migrație.",
        "more_from": ["Alte articole de {name}", "Mai multe de la autor"],
        "tags": ["Etichete:", "Subiecte:"],
        "tagwords": ["muncitori străini", "guvern", "imigrare"],
        "ad": ["Publicitate", "PUBLICITATE"],
        "now": ["Citești acum:", "Acum citești:"],
        "listen": ["Ascultă articolul", "Ascultă știrea (4 min)"],
        "sponsored": ["Advertorial", "Conținut sponsorizat"],
        "sponsored_item": "Prahovenii pot obține acum panouri fotovoltaice cu 90% reducere",
        "next": ["Articolul următor", "Știrea următoare"],
        "hover": ["Vezi profilul", "Urmărește"],
        "headlines": [
            (
                "Trafic blocat pe DN1 după un accident cu trei mașini",
                "Poliția a instituit restricții pe sensul spre Brașov timp de două ore.",
            ),
            (
                "Petrolul câștigă derbiul și urcă pe locul trei",
                "Golul victoriei a fost marcat în prelungiri de atacantul gazdelor.",
            ),
            (
                "ANM anunță ninsori și viscol în zona de munte",
                "Avertizarea cod galben este valabilă până vineri dimineață.",
            ),
            (
                "Prețurile apartamentelor au crescut cu 11% într-un an",
                "Cele mai mari scumpiri s-au înregistrat în cartierele noi din nordul orașului.",
            ),
            (
                "Hoț prins după ce a spart zece mașini într-o noapte",
                "Bărbatul a fost reținut pentru 24 de ore.",
            ),
            (
                "Târgul de Crăciun se deschide vineri în centrul orașului",
                "Programul include concerte, patinoar și căsuțe cu produse tradiționale.",
            ),
            (
                "Spitalul Județean primește un aparat RMN nou",
                "Investiția de 8 milioane de lei va reduce listele de așteptare.",
            ),
            (
                "Consiliul Local a aprobat bugetul pe 2027",
                "Cele mai mari sume merg spre reabilitarea școlilor.",
            ),
        ],
    },
}
