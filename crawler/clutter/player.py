"""Video-player chrome that extractors leave in the text (video.js, JW Player and their
translations): the player's own lines, and the label over the title of the playing video."""

from __future__ import annotations

import re

_MAX_CHROME_CHARS = 220

# "Next video starts in", in the languages we crawl.
_NEXT_VIDEO = (
    r"(?:nächstes video (?:startet |beginnt )?in|la vidéo suivante (?:démarre|commence) dans|"
    r"(?:el )?(?:siguiente|próximo) vídeo (?:empieza |comienza )?en|"
    r"il prossimo video (?:inizia|parte|comincia) tra|o próximo vídeo (?:começa|inicia) em|"
    r"volgende video (?:start|begint) (?:over|in)|nästa video (?:börjar|startar) om|"
    r"næste video starter om|neste video starter om|następny (?:film|materiał) za|"
    r"sonraki video(?: başlıyor)?|следующее видео через|наступне відео через|"
    r"seuraava video alkaa|次の動画まであと|次の動画|下一个视频|下一個影片|다음 영상|다음 동영상|"
    r"επόμενο βίντεο|الفيديو التالي|הסרטון הבא|další video|următorul videoclip|következő videó|"
    r"następne wideo)"
)
# "Next video" alone: the playlist's label.
_NEXT_LABEL = (
    r"(?:next video|nächstes video|(?:la )?vidéo suivante|(?:el )?(?:siguiente|próximo) vídeo|"
    r"vídeo siguiente|(?:il )?prossimo video|video successivo|(?:o )?próximo vídeo|"
    r"volgende video|nästa video|næste video|neste video|następny film|następne wideo|"
    r"sıradaki video|sonraki video|следующее видео|наступне відео|seuraava video|"
    r"επόμενο βίντεο|الفيديو التالي|הסרטון הבא|další video|următorul videoclip|"
    r"következő videó|video tiếp theo|video berikutnya|अगला वीडियो|下一个视频|下一個影片|"
    r"次の動画|다음 영상)"
)
# "Now watching" above the title of the playing video, localised.
_NOW_PLAYING = (
    r"(?:jetzt (?:läuft|ansehen)|läuft gerade|en cours de lecture|à suivre|reproduciendo(?: ahora)?|"
    r"ahora(?: en)? reproducción|in riproduzione|a seguire|a reproduzir|reproduzindo agora|"
    r"nu (?:aan het )?(?:kijken|afspelen)|spelas nu|afspilles nu|spilles nå|teraz oglądasz|"
    r"şu an izleniyor|şimdi izleniyor|сейчас (?:смотрят|в эфире)|зараз дивляться|"
    r"再生中|正在播放|即将播放|재생 중|지금 보는 영상|τώρα παίζει|يعرض الآن|מתנגן כעת|"
    r"právě přehráváte|acum se redă|nyt toistetaan)"
)
# "Listen to this article": the audio player's button, localised.
_LISTEN = (
    r"(?:listen to (?:this|the) (?:article|story)|listen|hören sie (?:den|diesen) artikel|"
    r"artikel (?:anhören|vorlesen lassen)|écouter (?:l[’']|cet )article|"
    r"escuchar (?:la noticia|el artículo)|ascolta l[’']articolo|ouvir (?:o )?artigo|"
    r"beluister dit artikel|lyssna på artikeln|lytt til artikkelen|lyt til artiklen|"
    r"posłuchaj artykułu|poslechněte si článek|poslechnout článek|vypočujte si článok|"
    r"ascultă articolul|hallgassa meg a cikket|kuuntele artikkeli|прослушать статью|"
    r"слушать статью|прослухати (?:статтю|новину)|слухати статтю|чуйте статията|"
    r"poslušajte članak|haberi dinle|ακούστε (?:το άρθρο|την είδηση)|استمع (?:إلى )?المقال|"
    r"האזינו לכתבה|听文章|收听本文|記事を聞く|音声で聞く|기사 듣기|dengarkan (?:artikel|berita)|"
    r"nghe bài viết|nghe đọc bài|sikiliza(?: habari)?|escolta l[’']article|खबर सुनें|"
    r"ख़बर सुनें|ฟังข่าว|این خبر را بشنوید)"
)
# Video-player chrome left in the text (video.js, JW Player and their translations).
_PLAYER_RE = re.compile(
    r"^(?:(?:this is a modal window|dies ist ein modales fenster|ceci est une fenêtre modale|"
    r"esta es una ventana modal|beginning of dialog window|end of dialog window|"
    r"escape will cancel and close the window|now (?:watching|playing)|up next|"
    r"next video (?:starts )?in(?: \d+(?: seconds?)?)?|video player is loading|play video|"
    r"(?:current time|duration|remaining time)(?: -?\d+:\d\d)?|loaded: ?\d+(?:\.\d+)?%|"
    r"stream type live|seek to live, currently (?:behind|playing) live|playback rate|"
    r"captions (?:off|settings)(?:, selected)?|audio track|fullscreen|(?:un)?mute|"
    r"chapters|descriptions off|auto-?play|automatische wiedergabe|lecture automatique|"
    r"reproducción automática|riproduzione automatica|reprodução automática|automatisch afspelen|"
    r"spela automatiskt|automatisk avspilling|automatisk afspilning|autoodtwarzanie|"
    r"automaattinen toisto|автовоспроизведение|автовідтворення|otomatik oynat|"
    r"αυτόματη αναπαραγωγή|تشغيل تلقائي|הפעלה אוטומטית|自动播放|自動播放|自動再生|자동 ?재생|"
    r"automatické přehrávání|redare automată|automatikus lejátszás|"
    r"(?:dauer|durée|duración|durata|duração|duur|längd|varighed|varighet|czas trwania|kesto|"
    r"длительность|тривалість|süre|διάρκεια|المدة|משך|时长|時長|再生時間|재생 시간|délka|"
    r"időtartam)\s*[:：]?\s*\d+:\d\d|"
    rf"{_NEXT_VIDEO}(?:\s*\d+\s*(?:s|sec|seconds?|sekunden|secondes|segundos|secondi|seconden|"
    r"sekunder|sekund|saniye|секунд\w*|秒|초)?)?|"
    rf"{_NOW_PLAYING}|{_NEXT_LABEL}|{_LISTEN}(?:\s*\d+:\d\d)?)\W*)+$",
    re.IGNORECASE,
)


def is_player_chrome(text: str) -> bool:
    """A video player's own line: "This is a modal window.", "Now watching", "Next video in 5"."""
    return len(text) <= _MAX_CHROME_CHARS and bool(_PLAYER_RE.match(text.strip()))


_INTRODUCES_VIDEO_RE = re.compile(
    rf"^\s*(?:now (?:watching|playing)|up next|{_NOW_PLAYING})\W*$", re.IGNORECASE
)


def introduces_video(text: str) -> bool:
    """ "Now watching", "Up next": the player's label over the title of a video."""
    return bool(_INTRODUCES_VIDEO_RE.match(text))
