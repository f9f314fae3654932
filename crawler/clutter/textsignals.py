"""Language-light text signals about one line: shape, truncation, times, cues, vocabulary.

Cue patterns are boilerplate phrases (read-also, newsletter, share, credits) in the languages we
crawl, never topic words.
"""

from __future__ import annotations

import itertools
import re

_END_SENTENCE = tuple(".!?…。！？؟۔।።")
_CLOSERS = "\"'”’»)]*"
_ELLIPSIS_RE = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))\s*$")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_STEM_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_MARKER_STARTS = frozenset("-–•*#0123456789")
_NUMBERING_RE = re.compile(r"^\s*(?:[-–•*]\s+|#?\d{1,2}[.)]?\s+)")
# Words a truncated teaser often stops on: cut mid-sentence right after a function word.
_DANGLING_WORDS = (
    "a an the of to and or in for with on at by from as is are was that this its their his "
    "her der die das den dem des und oder mit von zu im in auf für bei ein eine einen le la "
    "les de des du et ou en au aux un une pour par sur avec el los las y o en un una por "
    "para con del al que il lo gli di da e per con su het een van en op met voor w z na do "
    "i o za od"
)
_DANGLING = frozenset(_DANGLING_WORDS.split())
_STOP_WORDS = (
    "that this with from have has had were been will would could should their there they "
    "them what when where which while about after before into over than then also more most "
    "some said says just only very such other your ours because being does dont said über "
    "nach einer eines einem nicht sich auch noch wird wurde werden sind haben hatte dass "
    "wenn oder aber sein seine ihre ihren dans pour avec sont cette mais plus comme leur "
    "elle elles nous vous être fait para como pero esta este sobre entre desde cuando "
    "porque también"
)
_STOP = frozenset(_STOP_WORDS.split())
_RELATIVE_TIME_RE = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|mins?)\s+ago\b|\bjust now\b|"
    r"\bvor\s+\d+\s*(?:Min(?:uten?)?|Std\.?|Stunden?|Tag(?:en)?|Wochen?)\b|"
    r"\bil y a\s+\d+\s*(?:min(?:utes?)?|h|heures?|jours?)\b|"
    r"\bhace\s+\d+\s*(?:min(?:utos?)?|h|horas?|días?)\b|\bhá\s+\d+\s*(?:min|minutos?|horas?|dias?)\b|"
    r"\b\d+\s*(?:minuti|ore|giorni)\s+fa\b|\b\d+\s*(?:minuten|uur|dagen)\s+geleden\b|"
    r"\b\d+\s*(?:min|minut|godz(?:in)?\.?|dni)\s+temu\b|\b\d+\s*min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)
_EDGE_DATE_RE = re.compile(
    r"^(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\b|"
    r"(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\s*$",
    re.IGNORECASE,
)
_TWO_SENTENCES_RE = re.compile(r"[.!?]\s+[A-ZÄÖÜÉÈ]")
_RANK_RE = re.compile(r"^\s*(?:#?\d{1,2}[.)]?|[-–•*])\s*$")

_LIST_CUE = (
    r"related(?: articles?| stories| news| posts| content| coverage| reading| topics)?|"
    r"more (?:stories|news|headlines|from [\w .'-]+|on this(?: story| topic)?|in [\w .'-]+)|"
    r"most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|top stories|"
    r"popular(?: now| stories)?|recommended(?: for you| stories| articles)?|"
    r"you (?:may|might) (?:also )?(?:like|be interested in)|editor'?s? picks|latest(?: news| stories)?|"
    r"read (?:more|next|also)|also read|see also|further reading|don'?t miss|what to read next|"
    r"(?:das )?könnte (?:sie|dich) auch interessieren|auch interessant|mehr zum thema|"
    r"weitere (?:artikel|nachrichten|beiträge|themen|meldungen)|meistgelesen(?:e)?|"
    r"am meisten gelesen|empfohlene beiträge|lesen sie (?:auch|mehr)|top-themen|"
    r"(?:à )?lire aussi|sur le même sujet|les plus lus|voir aussi|à découvrir|dans la même rubrique|"
    r"lo más leído|te puede interesar|más noticias|noticias relacionadas|lea también|lee también|"
    r"leggi anche|più letti|potrebbe interessarti|leia também|mais lidas|veja também|"
    r"lees ook|meest gelezen|czytaj (?:też|także|również)|zobacz (?:też|także|również)|"
    r"najczęściej czytane|polecane|more information|más información|plus d'infos?|"
    r"mais informações|meer informatie|weiterführende links|related links|useful links"
)
SECTION_CUE_RE = re.compile(rf"^\s*(?:{_LIST_CUE})\s*[:.!»›>|-]*\s*$", re.IGNORECASE)
INLINE_CUE_RE = re.compile(
    rf"^\s*(?:\W\s*)?(?:{_LIST_CUE}|(?:read|see|watch|listen|more)(?:\s+\w+){{0,2}}|also read|"
    r"mehr dazu|siehe auch)\s*(?::|\||»|›|>|–|—| -)\s*\S",
    re.IGNORECASE,
)
# Boilerplate lines, by what they start with (one anchored regex: cheap on long lines).
_BOILERPLATE_START_RE = re.compile(
    # newsletter and subscription prompts
    r"^(?:(?:sign up|subscribe|get (?:our|the)\b.*\b(?:newsletter|inbox)|never miss|join (?:our|the)"
    r"|register (?:now|for)|abonnieren sie|jetzt (?:abonnieren|anmelden)|melden sie sich|"
    r"inscrivez-vous|abonnez-vous|suscr[ií]bete|zapisz się|zapraszamy (?:też )?do subskrypcji|"
    r"iscriviti|assine|inscreva-se|click here|klicken sie hier|cliquez ici|haga clic aquí)\b"
    # share / follow / print widgets
    r"|(?:(?:share(?: this(?: article| story| page| post)?| on \w+| via \w+| article)?"
    r"|follow us(?: on \w+)?(?: (?:and|&) \w+)?|tweet|print|e-?mail|copy link|whatsapp|facebook"
    r"|twitter|linkedin|teilen|folgen sie uns(?: auf \w+)?|partager(?: cet article| sur \w+)?"
    r"|suivez-nous(?: sur \w+)?|compartir(?: en \w+)?|síguenos(?: en \w+)?|condividi"
    r"|udostępnij)\W*)+$"
    # advertising markers
    r"|(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama|sponsored|"
    r"(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?|"
    r"scroll to continue(?: with content)?|weiterlesen nach der anzeige)\W*$"
    # photo and image credits
    r"|\(?(?:photo|photos|image|images|picture|pictures|credit|foto|fotos|bild|bilder|"
    r"bildquelle|crédits? photos?|photo credit|image credit|quelle|fuente|source)s?\s*[:©]"
    r"|\(?(?:photo|image|picture)s? (?:by|courtesy|credit)\b"
    r"|\(?(?:AP|AFP|EPA|Reuters|Getty|dpa|ANP|PA)(?: Images)? ?(?:Photo|Foto)\s*/"
    # copyright lines
    r"|©|copyright\b|\(c\)\s*\d{4}"
    # image captions' labels, "first published" notes, comment prompts, tag lines
    r"|(?:image|media|video) (?:source|caption|credit)s?\s*[,:]"
    r"|this (?:article|story|post) (?:was |is |has been )?(?:originally |first )?"
    r"(?:published|appeared|updated)\b"
    r"|(?:\d+ )?comments?\W*$|leave a (?:comment|reply)\b|log in to comment\b"
    r"|(?:tags|topics|schlagworte|schlagwörter|themen|mots-clés|etiquetas)\s*:"
    r"|follow (?:\w+ ){1,3}on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads)\b)",
    re.IGNORECASE,
)
# A credit at the end of a caption line: "... (Photo: X / Getty Images)".
_CREDIT_TAIL_RE = re.compile(
    r"(?:(?:/|\||\bvia\b|©)\s*(?:Getty Images|AFP|AP|Reuters|EPA|dpa|Shutterstock|iStock)\)?"
    r"|\((?:(?:AP|AFP|EPA|Reuters|dpa) )?(?:photo|foto|image|credit)[^()]{0,50}\))\s*$",
    re.IGNORECASE,
)
_NEWSLETTER_RE = re.compile(
    r"\bnewsletter\b.*\b(?:sign|subscri|register|inbox|delivered|e-?mail|anmeld|abonn|inscri)"
    r"|\b(?:sign up|subscribe|anmelden|abonnieren|inscrivez)\b.*\bnewsletter",
    re.IGNORECASE,
)
_RESERVED = (
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "wszelkie prawa zastrzeżone",
)
# Boilerplate patterns only judge short lines: long lines are prose that may mention these words.
_MAX_BOILERPLATE_CHARS = 220


def strip_marker(text: str) -> str:
    """The line without a list bullet or rank number in front."""
    text = text.strip()
    if not text or text[0] not in _MARKER_STARTS:
        return text  # the common case, without a regex
    return _NUMBERING_RE.sub("", text, count=1).strip()


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSERS).endswith(_END_SENTENCE)


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def is_truncated(text: str) -> bool:
    """A teaser cut off by the CMS: an ellipsis, or prose that stops mid-sentence."""
    text = text.strip()
    if _ELLIPSIS_RE.search(text):
        return True
    if len(text) < 40 or ends_sentence(text) or not text[-1].isalnum():
        return False
    tokens = words(text)
    if not tokens:
        return False
    last = tokens[-1]
    if last in _DANGLING or (len(last) <= 2 and last.islower() and last not in _DANGLING):
        return True
    # Long sentence-case prose without an end is a sentence chopped at a length limit.
    return not is_title_case(text) and len(text) >= 70 and len(tokens) >= 10


def is_title_case(text: str) -> bool:
    """Headline Capitalisation: most longer words start upper-case (English-style headlines)."""
    long_words = [w for w in words(strip_marker(text)) if len(w) >= 4]
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def is_headline_shaped(text: str) -> bool:
    """Short, open-ended, one-sentence text: how headlines (and sub-headings) look."""
    text = strip_marker(text)
    n_words = len(text.split())
    if not 2 <= n_words <= 22 or len(text) > 160:
        return False
    stripped = text.rstrip(_CLOSERS)
    if stripped.endswith((".", ",", ";", ":", "…")) or is_truncated(text):
        return False
    return not has_two_sentences(text)


def count_wrapped(lines: list[str]) -> int:
    """Lines that stop mid-sentence and go on in the next line: hard-wrapped text, not teasers."""
    return sum(
        len(a) >= 40 and not ends_sentence(a) and b[:1].islower()
        for a, b in itertools.pairwise(lines)
    )


def has_two_sentences(text: str) -> bool:
    return bool(_TWO_SENTENCES_RE.search(text))


def is_bullet(text: str) -> bool:
    """A list item as trafilatura renders it ("- item")."""
    return text.startswith(("- ", "• ", "* "))


def has_time(text: str) -> bool:
    """A relative time ("2 hours ago"), or a clock time/date at either edge of the line."""
    if _RELATIVE_TIME_RE.search(text):
        return True
    return len(text) <= 200 and bool(_EDGE_DATE_RE.search(text.strip()))


def is_glue(text: str) -> bool:
    """Tiny lines inside lists: a rank, a time, a category label, a read-time."""
    text = text.strip()
    if _RANK_RE.match(text):
        return True
    if len(text) > 40 or len(text.split()) > 4 or ends_sentence(text):
        return False
    return has_time(text) or len(text.split()) <= 2


def has_fixed_length_cut(teasers: list[str]) -> bool:
    """Most open-ended teasers have the same length (within one character): a CMS cut them."""
    lengths = sorted(
        len(t.strip()) for t in teasers if len(t.strip()) >= 40 and not ends_sentence(t)
    )
    if len(lengths) < 2:
        return False
    best = max(sum(1 for b in lengths if 0 <= b - a <= 1) for a in lengths)
    return best >= 2 and best * 2 >= len(teasers)


def content_stems(text: str) -> set[str]:
    """Crude stems of the content words: lower-cased, 6-letter prefixes, without function words."""
    return {w[:6] for w in (m.lower() for m in _STEM_WORD_RE.findall(text)) if w not in _STOP}


def overlap(stems: set[str], vocab: set[str]) -> float | None:
    """Share of `stems` found in `vocab` (None when there is nothing to compare)."""
    return len(stems & vocab) / len(stems) if stems else None


def is_section_cue(text: str) -> bool:
    """A short header announcing a list: "Related stories", "Most read", "Lesen Sie auch"."""
    return len(text) <= 60 and bool(SECTION_CUE_RE.match(text))


def is_inline_cue(text: str) -> bool:
    """A "Read also: <headline>" line between paragraphs."""
    return len(text) <= 250 and bool(INLINE_CUE_RE.match(text))


def is_boilerplate(text: str) -> bool:
    """Newsletter, share, advertising, credit and copyright lines."""
    text = text.strip()
    if len(text) > _MAX_BOILERPLATE_CHARS:
        return False
    if _BOILERPLATE_START_RE.match(text) or _CREDIT_TAIL_RE.search(text[-70:]):
        return True
    low = text.lower()
    if "newsletter" in low and _NEWSLETTER_RE.search(text):
        return True
    return any(phrase in low for phrase in _RESERVED)
