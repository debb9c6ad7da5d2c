"""The checklist extension's options and their defaults: every word of a
checklist a reader sees, in German, and the longest answer a field takes. The
Pelican glue (checklist.py) offers each as a setting, ``CHECKLIST_<NAME>``."""

import difflib

from . import english

DEFAULTS = {
    "instructions": (
        "Alle Fragen sind freiwillig: Wähle aus, was für Dich passt, und halte "
        "Deine Gedanken in den Notizfeldern fest."
    ),
    "privacy_note": "Deine Antworten verlassen Deinen Browser nie.",
    # Shown without the script (which hides it): nothing is saved then.
    "nojs_note": (
        "Ohne JavaScript speichert diese Seite nichts: Drucke oder notiere Deine "
        "Antworten, bevor Du sie schließt."
    ),
    # Shown once the script runs, instead.
    "autosave_note": (
        "Dein Browser speichert Deine Antworten, während Du schreibst (in einem "
        "privaten Fenster nur, bis Du es schließt)."
    ),
    # Before the checklist's title: what the form is, as the tables of contents
    # and feeds call it, and the word the site's search finds it by.
    "kind_label": "Checkliste: ",
    "notes_label": "Notizen",
    "answer_label": "Deine Antwort",
    "other_label": "eigene Angabe",
    # The last choice of every single-choice question: a chosen answer can be
    # taken back (an author may name it with "(-) …").
    "none_label": "Keine Antwort",
    # The results as a plain list: without JavaScript, in feeds and summaries.
    "results_heading": "Welche Netzwerke zu welchen Antworten passen",
    # Around an answer quoted in the results' text.
    "quotes": ["„", "“"],
    # The link to the checklist's blank worksheet, a page to print.
    "worksheet_link": "Leere Checkliste zum Ausdrucken",
    # The controls the script brings to life: written by the build, hidden until
    # the script runs (so without it there are no buttons that do nothing).
    "script_labels": {
        "fit": "Was zu Dir passt",
        "summary": "Deine Antworten im Überblick",
        "copy": "Antworten als Text kopieren",
        "download": "Antworten herunterladen (.txt)",
        "print": "Checkliste mit Antworten drucken",
        "share": "Antworten als Link kopieren",
        "load": "Antworten aus Datei laden",
        "forget": "Antworten löschen",
        "history": "Zwischenstände",
        "snapshot": "Zwischenstand speichern",
        "noSnapshots": "Ein Zwischenstand hält Deine Antworten mit Datum fest.",
        "output": "Zum Kopieren",
    },
    # What the script tells the reader, written into the page as JSON (the words
    # stay out of the script, as GOV.UK Frontend's components take theirs from
    # data attributes). %{name} is filled in; a message with ".one" and
    # ".other" forms is chosen by %{count}. No-break spaces keep "noch offen"
    # and "2 von 5" on one line.
    "messages": {
        "saved": "In diesem Browser gespeichert.",
        # How every error message begins (GOV.UK's "Error:"): shown as an error.
        "error": "Fehler:",
        # A tool that cannot be loaded: offline, or the site changed since the
        # page was opened and the tools it knows are gone.
        "toolsFailed": "Fehler: Das ließ sich nicht laden. Lade die Seite neu.",
        "restored": "Gespeicherte Antworten geladen.",
        "noStorage": "In diesem Browser lässt sich nichts speichern (etwa in einem "
        "privaten Fenster mancher Browser): Kopiere Deine Antworten oder lade sie "
        "herunter, bevor Du die Seite schließt.",
        "storageFull": "Der Browserspeicher ist voll, Deine letzte Änderung ist nicht "
        "gespeichert. Kopiere Deine Antworten oder lade sie herunter, bevor Du die "
        "Seite schließt.",
        "corrupt": "Deine gespeicherten Antworten waren beschädigt und wurden "
        "gelöscht. Hast Du sie heruntergeladen, hole sie mit „Antworten aus Datei "
        "laden“ zurück.",
        "migrated": "Antworten aus einer früheren Fassung übernommen.",
        "newer": "Die Datei stammt aus einer neueren Fassung der Checkliste; "
        "übernommen ist, was hier passt.",
        "snapshotsFull": "Die Zwischenstände aus der Datei passen nicht mehr in den "
        "Browserspeicher und sind nicht übernommen.",
        "dropped.one": "Davon passte eine nicht mehr und wurde verworfen.",
        "dropped.other": "Davon passten %{count} nicht mehr und wurden verworfen.",
        "forgetAsk": "Alle Antworten löschen? Das lässt sich nicht rückgängig machen; "
        "gespeicherte Zwischenstände bleiben.",
        "forgetYes": "Ja, alle löschen",
        "kept": "Abgebrochen – nichts geändert.",
        # Where the browser will not promise to keep its storage (persist()).
        "notKept": "Dein Browser kann sie aber nach einiger Zeit ohne Besuch "
        "löschen: Lade Deine Antworten herunter oder kopiere den Link zu ihnen, "
        "bevor Du gehst.",
        "cancel": "Abbrechen",
        "forgotten": "Deine Antworten wurden gelöscht.",
        "open": "noch\u00a0offen",
        "change": "Ändern",
        "openCount.one": "Noch eine\u00a0Frage offen.",
        "openCount.other": "Noch %{count}\u00a0Fragen offen.",
        "allAnswered.one": "Die Frage ist beantwortet.",
        "allAnswered.other": "Alle %{count}\u00a0Fragen beantwortet.",
        "notes": "Notizen",
        "copied": "In die Zwischenablage kopiert.",
        "manual": "Kopieren ging nicht: Der Text steht markiert im Feld „Zum "
        "Kopieren“; kopiere ihn mit Strg+C (Mac: ⌘+C).",
        "downloaded": "Die Datei wird heruntergeladen.",
        "answer": "Antwort",
        "date": "Erstellt am",
        "page": "Seite",
        # The downloaded file ends with the answers as data, read back by "load".
        "data": "Daten für „Antworten aus Datei laden“:",
        "loadAsk": "Deine Antworten durch die aus der Datei ersetzen?",
        "replaceYes": "Ja, ersetzen",
        "loaded": "Antworten vom %{time} geladen.",
        "loadBroken": "Fehler: Die Datei ist beschädigt; nichts geändert. Lade "
        "Deine Antworten noch einmal herunter, wo sie gespeichert sind.",
        "loadNotAnswers": "Fehler: Diese Datei enthält keine Antworten; nichts "
        "geändert. Wähle eine Datei, die „Antworten herunterladen (.txt)“ geschrieben "
        "hat.",
        "loadOther": "Die Datei ist keine Antwortdatei dieser Checkliste; nichts "
        "geändert.",
        "fitMissing.one": "Für einen Vorschlag fehlt noch eine Antwort, etwa auf "
        "„%{question}“.",
        "fitMissing.other": "Für einen Vorschlag fehlen noch %{count}\u00a0Antworten, "
        "etwa auf „%{question}“.",
        "fitNone": "Zu Deinen Antworten passt bisher keiner der Vorschläge.",
        # "Was zu Dir passt": the rank and strength of each suggestion, then
        # the reader's answers for and against it, in the form's order.
        "best": "Passt am besten",
        "also": "Passt auch",
        "strength.one": "eine von %{all}\u00a0Antworten spricht dafür",
        "strength.other": "%{count} von %{all}\u00a0Antworten sprechen dafür",
        "because": "Dafür: %{answers}.",
        "against": "Dagegen: %{answers}.",
        "more": "Auch dafür spräche: %{answers}.",
        # Said (not the whole list) when the best suggestion changes.
        "fitChanged": "Vorschläge aktualisiert: Am besten passt „%{title}“.",
        "snapshotSaved": "Zwischenstand vom %{time} gespeichert.",
        "snapshotLabel": "Zwischenstand vom %{time}",
        "compare": "Vergleichen",
        "remove": "Löschen",
        "restore": "Zurückholen",
        "snapshotRestored": "Antworten vom Zwischenstand vom %{time} zurückgeholt.",
        "snapshotSame": "Seit dem letzten Zwischenstand hat sich nichts geändert; "
        "kein neuer gespeichert.",
        "removed": "Zwischenstand vom %{time} gelöscht.",
        "compared": "Geändert seit dem Zwischenstand vom %{time}:",
        "unchanged": "Nichts geändert seit dem Zwischenstand vom %{time}.",
        "before": "vorher",
        "now": "jetzt",
        "shared": "Link kopiert. Wer ihn öffnet, sieht Deine Antworten.",
        "shareAsk": "Deine gespeicherten Antworten durch die aus dem Link ersetzen?",
        "shareApplied": "Antworten aus dem Link übernommen und in diesem Browser "
        "gespeichert.",
        "undo": "Rückgängig machen",
        "undone": "Rückgängig gemacht.",
        "keep": "Behalten",
        "shareBroken": "Fehler: Der Link ist unvollständig oder beschädigt; Deine "
        "Antworten sind unverändert. Bitte um einen neuen Link, vollständig "
        "kopiert.",
        "close": "Schließen",
        "synced": "Änderungen aus einem anderen Fenster übernommen.",
        "full": "Dieses Feld ist voll: Es fasst höchstens %{max} Zeichen.",
        "linkTooLong": "Der Link wäre %{length} Zeichen lang, mehr als die %{max}, die "
        "Messenger und E-Mail-Programme sicher weitergeben. Lade Deine Antworten "
        "stattdessen herunter.",
        # How the script writes a count from two to twelve ("zwei Antworten"),
        # a quoted answer (% is the answer) and a moment.
        "numbers": ",,zwei,drei,vier,fünf,sechs,sieben,acht,neun,zehn,elf,zwölf",
        "quotes": "„%“",
        "time": "%{time} Uhr",
    },
    # About eight printed pages: a long note is normal for a worksheet.
    "max_length": 20000,
    # Where the words only the tools say go: "" for the page, with the others;
    # else the name of a JSON file beside the script (the Pelican glue writes
    # it), which the script fetches with the tools, so that a page's first
    # load carries only the words it says before a tool is used.
    "tool_words_file": "",
}

# Each locale's words: the German defaults above, with a locale's own over them.
LOCALES = {"de": {}, "en": english.OPTIONS}


def defaults_for(locale: str) -> dict[str, object]:
    """The options' defaults in LOCALE ("de" or "en")."""
    return {**DEFAULTS, **LOCALES[locale]}


# The messages fetched with the tools: those said only once the tools are
# loaded (copy, download, load a file, share links, snapshots and their
# comparison), and news that may wait for the fetch (notKept, synced). What
# warns of a loss stays in the page.
TOOL_WORDS = frozenset(
    """copied manual downloaded answer date page data loadAsk replaceYes loaded
    loadBroken loadOther newer snapshotsFull snapshotSaved snapshotLabel compare
    remove removed compared unchanged before now shared shareAsk shareApplied undo
    undone keep shareBroken linkTooLong restore snapshotRestored snapshotSame
    loadNotAnswers close forgetAsk forgetYes forgotten cancel kept notKept
    synced time""".split()
)

# What each option is (Python-Markdown shows these as the options' help).
DESCRIPTIONS = {
    "instructions": "Text before the first question",
    "privacy_note": "Where answers stay",
    "nojs_note": "That nothing is saved (shown without the script)",
    "autosave_note": "That answers are saved as they are written (with the script)",
    "kind_label": "What the form is, before its title",
    "notes_label": "Label of [Notizen]",
    "answer_label": "Label of a text field without a label of its own",
    "other_label": "Label suffix of an 'other' choice's text field",
    "none_label": "The choice that takes a single choice's answer back",
    "results_heading": "Heading of the results as a plain list",
    "quotes": "The opening and closing quotation marks around a quoted answer",
    "worksheet_link": "Text of the link to the blank worksheet",
    "script_labels": "The words of the controls the script brings to life",
    "messages": "What the script tells the reader (JSON in the page)",
    "max_length": "Most characters a text field takes (maxlength); the script "
    "tells the reader when it is reached",
    "tool_words_file": "The JSON file beside the script with the words only the "
    "tools say ('': all words in the page)",
}


def option_problems(name, value):
    """What is wrong with VALUE, a site's setting for the option NAME: a list of
    (what is wrong, how to fix it). A table of words (script_labels, messages)
    is merged over the defaults, so it may name a few of them, but each must be
    one the checklist has, and text."""
    default = DEFAULTS[name]
    kind = type(default).__name__
    if type(value) is not type(default):
        first = dict([next(iter(default.items()))]) if kind == "dict" else default
        wrong = f"is {type(value).__name__}, not {kind}."
        return [(wrong, f"give it as a {kind}, e.g. {first!r}.")]
    if kind != "dict":
        return []
    problems = []
    for key, word in value.items():
        if key not in default:
            close = difflib.get_close_matches(str(key), default, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            keys = ", ".join(sorted(default))
            wrong = f"has the key {key!r}, which the checklist does not use."
            problems.append((wrong, f"{hint}use one of: {keys}."))
        elif not isinstance(word, str):
            wrong = f"gives {key!r} as {type(word).__name__}, not text."
            problems.append((wrong, f"write it in quotes, e.g. {default[key]!r}."))
    return problems
