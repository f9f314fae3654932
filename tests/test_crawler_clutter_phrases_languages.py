"""Clutter phrases per kind and language: a real-style line is recognised, a body sentence
with the same key word is not."""

from __future__ import annotations

import pytest

from crawler.clutter.phrases import is_boilerplate, is_inline_cue, is_section_cue
from crawler.clutter.player import is_player_chrome

INLINE = [
    "Czytaj też: Rząd przyjął budżet",
    "Les også: Regjeringen legger fram budsjettet",
    "Читайте также: Правительство приняло бюджет",
    "Дивіться також: Уряд ухвалив бюджет",
    "اقرأ أيضًا: الحكومة تقر الميزانية",
    "קראו גם: הממשלה אישרה את התקציב",
    "延伸阅读：政府通过预算",
    "相關文章：政府通過預算",
    "Δείτε επίσης: Η κυβέρνηση ενέκρινε τον προϋπολογισμό",
    "Citiți și: Guvernul a aprobat bugetul",
    "Olvasd el ezt is: Elfogadták a költségvetést",
]
SECTIONS = [
    "Похожие новости",
    "Найчитаніше",
    "Çok okunanlar",
    "Τα πιο δημοφιλή",
    "الأكثر مشاهدة",
    "הכי נקראים",
    "热门文章",
    "よく読まれている記事",
    "많이 본 기사",
    "Mohlo by vás zajímat",
    "I più letti",
    "Notícias relacionadas",
    "Lo más visto",
    "Mehr Artikel von Anna Schmidt",
    "Другие статьи автора",
]
BOILERPLATE = [
    "Подписывайтесь на наш Telegram-канал",
    "关注我们的微信公众号",
    "Takip edin: Google News",
    "Статья доступна только для подписчиков",
    "Artykuł dostępny dla prenumeratorów",
    "Este artigo é exclusivo para assinantes",
    "Tämä artikkeli on vain tilaajille",
    "Fotó: MTI",
    "Фото: РИА Новости",
    "图片来源：新华社",
    "写真：共同通信",
    "صورة: رويترز",
    "צילום: רויטרס",
    "사진=연합뉴스",
    "Tagi: polityka, budżet",
    "Теги: политика",
    "标签：政治",
    "Etiketler: ekonomi",
    "Reklama",
    "Реклама",
    "إعلان",
    "广告",
    "Anzeige",
    "Publicidad",
    "Follow",
    "Подписаться",
    "フォロー",
    "Поделиться",
    "12 shares",
    "Now reading: Budget passes",
    "Ви читаєте: Уряд ухвалив бюджет",
    "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.",
    "Мы используем файлы cookie для улучшения работы сайта.",
    "Комментарии (12)",
]
PLAYER = [
    "Автовоспроизведение",
    "Automatische Wiedergabe",
    "自動再生",
    "Dauer 2:31",
    "Next video starts in 5",
    "Следующее видео через 5 секунд",
    "Επόμενο βίντεο",
]
PROSE = [
    "Фото показывает, как полиция задерживает протестующих на площади.",
    "Reklama w telewizji kosztuje coraz więcej, mówią eksperci.",
    "Реклама на телевидении дорожает, говорят эксперты.",
    "Die Anzeige wurde am Montag bei der Polizei erstattet.",
    "La publicidad en televisión se encarece, dicen los expertos.",
    "Follow the money, the prosecutor told the jury on Tuesday afternoon.",
    "Он призвал подписчиков своего канала выйти на улицы.",
    "Los cookies de chocolate se venden en todas las panaderías del barrio.",
    "广告业的收入今年下降了百分之十。",
    "写真を撮った男性は警察に通報した。",
    "Tagi były różne, ale decyzja jedna.",
    "Czytaj też umowę, zanim ją podpiszesz, radzi rzecznik.",
    "Fotó nélkül is bizonyítható volt a vád.",
    "Dauer der Verhandlung: mehr als drei Stunden, sagte der Richter.",
]


@pytest.mark.parametrize("line", INLINE)
def test_read_also_inline(line: str) -> None:
    assert is_inline_cue(line)


@pytest.mark.parametrize("line", SECTIONS)
def test_list_headers(line: str) -> None:
    assert is_section_cue(line)


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", PLAYER)
def test_player_chrome(line: str) -> None:
    assert is_player_chrome(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert not is_inline_cue(line)
    assert not is_section_cue(line)
    assert not is_player_chrome(line)
