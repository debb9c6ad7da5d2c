"""Write a synthetic site for the build benchmarks: N articles in S series."""

import random
import shutil
from pathlib import Path

HEADERS = Path(__file__).resolve().parent.parent / "content" / "extra" / "_headers"

WORDS = (
    "Netzwerk Kontakt Austausch Auftrag Vertrauen Gruppe Profil Empfehlung "
    "Gespräch Kollegin Kunde Verein Treffen Wissen Zeit geben nehmen finden "
    "pflegen lernen offen lokal überregional freiberuflich Texterin Plattform "
    "Beitrag Frage Antwort"
).split()

CHECKLIST = """
::: checklist probe-{n} version=1 title="Probe {n}"
- Online oder im echten Leben? {{#ort}}
    ( ) Online
    ( ) Im echten Leben
    ( ) Mischform
    [Notizen]
- Wozu? {{#zweck}}
    [ ] Austausch
    [ ] Aufträge
    [ ] Sonstiges: [____]
- Offen oder geschlossen? {{#zugang}}
    ( ) Offen
    ( ) Geschlossen
        - Welche Voraussetzungen? {{#voraussetzungen}}
            [====]
:::
"""


def paragraph(rng, words=60):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def write_site(target, articles=2000, series=100, checklist_every=10, seed=1):
    """Write ``content/`` for the benchmark into TARGET and return its path."""
    rng = random.Random(seed)
    content = Path(target) / "content"
    (content / "series").mkdir(parents=True, exist_ok=True)
    per_series = max(1, articles // series)
    (content / "extra").mkdir()
    shutil.copy(HEADERS, content / "extra" / "_headers")  # as the real site has it
    for s in range(series):
        (content / "series" / f"serie-{s}.toml").write_text(
            f'title = "Serie {s}"\ndescription = "Synthetische Serie {s}."\n'
            'numbering = "arabic"\n',
            encoding="utf-8",
        )
    for n in range(articles):
        s, index = divmod(n, per_series)
        body = "\n\n".join(paragraph(rng) for _ in range(5))
        if checklist_every and n % checklist_every == 0:
            body += "\n" + CHECKLIST.format(n=n)
        date = f"2010-{1 + n % 12:02d}-{1 + n % 28:02d} 09:{n % 60:02d}"
        (content / f"artikel-{n}.md").write_text(
            f"Title: Artikel {n}\nDate: {date}\n"
            f"Category: Kategorie {n % 7}\nTags: tag{n % 13}, tag{n % 17}\n"
            f"Series: serie-{s % series}\nSeries_index: {index + 1}\n"
            f"Summary: Zusammenfassung {n}.\n\n{body}\n",
            encoding="utf-8",
        )
    return content
