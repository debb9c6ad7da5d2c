"""The words of the checklist's syntax, in each locale: what starts a result,
what names the answers for and against it, and what marks a notes field.

German (``de``)::

    [Notizen]
    Ergebnis: Lokale Gruppen {#lokal}
        Dafür: ort = vor-ort
        Dagegen: ort = online

English (``en``): ``[Notes]``, ``Result:``, ``For:`` and ``Against:``.

A keyword is read in any case, with or without its umlaut ("Dafuer:"), after
Unicode's composition (an "ü" typed as "u" and a combining diaeresis).
"""

import difflib
import re
import unicodedata

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
KEYWORD_LIKE_RE = re.compile(r"^(?P<word>[^\W\d_][\w-]*)\s*:")


class Keywords:
    """One locale's keywords, and the patterns that find them."""

    def __init__(self, result: str, speaks_for: str, against: str, notes: str) -> None:
        self.result, self.speaks_for, self.against = result, speaks_for, against
        self.notes = notes
        self.sides = {self.fold(speaks_for): speaks_for, self.fold(against): against}
        result_words = self.spellings(result)
        side_words = f"{self.spellings(speaks_for)}|{self.spellings(against)}"
        self.result_re = re.compile(rf"^(?:{result_words})\s*:(?P<title>.*)$", re.I)
        self.answers_re = re.compile(
            rf"^(?P<side>{side_words})\s*:(?P<answers>.*)$", re.I
        )
        self.any_line_re = re.compile(rf"^(?:{result_words}|{side_words})\s*:", re.I)
        self.notes_re = re.compile(rf"^\[{re.escape(notes)}\]$")
        self.syntax_hint = (
            "use '( )' for a single choice, '[ ]' for a multiple choice, '[____]' "
            "for a line of text, '[====]' for a longer text or "
            f"'[{notes}]' for notes"
        )

    @staticmethod
    def fold(word):
        return word.lower().translate(UMLAUTS)

    def spellings(self, keyword):
        """KEYWORD as a pattern: as written, or with its umlauts spelled out."""
        found = {keyword.lower(), self.fold(keyword)}
        return "|".join(map(re.escape, sorted(found)))

    def side(self, word: str) -> str:
        """The keyword (for or against) that WORD, as written, is."""
        return self.sides[self.fold(word)]

    def misspelled(self, text: str) -> str | None:
        """The keyword that TEXT seems to start with but misspells ("Dagegn:",
        "Ergebnisse:"), or None (also where it is spelled right)."""
        match = KEYWORD_LIKE_RE.match(unicodedata.normalize("NFC", text))
        if not match:
            return None
        keywords = (self.result, self.speaks_for, self.against)
        folded = {self.fold(keyword): keyword for keyword in keywords}
        word = self.fold(match.group("word"))
        if word in folded:
            return None
        close = difflib.get_close_matches(word, folded, n=1, cutoff=0.75)
        return folded[close[0]] if close else None


GERMAN = Keywords("Ergebnis", "Dafür", "Dagegen", "Notizen")
ENGLISH = Keywords("Result", "For", "Against", "Notes")
KEYWORDS = {"de": GERMAN, "en": ENGLISH}
