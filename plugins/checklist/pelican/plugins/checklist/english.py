"""The checklist's words in English: every word a reader sees, where the
site's language is not German (``CHECKLIST_LOCALE = "en"``).

Each table has the same keys as the German one it stands in for
(``options.DEFAULTS``, ``checklist.SETTINGS``, ``worksheet.DEFAULTS``);
``tests`` check that no key is missing. The script fills in ``%{name}`` and
chooses a ``.one`` or ``.other`` form by ``%{count}``.
"""

OPTIONS = {
    "instructions": (
        "Every question is optional: choose what fits you, and write down your "
        "thoughts in the notes."
    ),
    "privacy_note": "Your answers never leave your browser.",
    "nojs_note": (
        "Without JavaScript this page saves nothing: print or write down your "
        "answers before you close it."
    ),
    "autosave_note": (
        "Your browser saves your answers as you write (in a private window only "
        "until you close it)."
    ),
    "kind_label": "Checklist: ",
    "notes_label": "Notes",
    "answer_label": "Your answer",
    "other_label": "your own",
    "none_label": "No answer",
    "results_heading": "Which results fit which answers",
    "quotes": ["“", "”"],
    "worksheet_link": "Blank checklist to print",
    "script_labels": {
        "fit": "What fits you",
        "summary": "Your answers at a glance",
        "copy": "Copy answers as text",
        "download": "Download answers (.txt)",
        "print": "Print checklist with answers",
        "share": "Copy answers as a link",
        "load": "Load answers from a file",
        "forget": "Delete answers",
        "history": "Snapshots",
        "snapshot": "Save a snapshot",
        "noSnapshots": "A snapshot keeps your answers with the date.",
        "output": "To copy",
    },
    "messages": {
        "saved": "Saved in this browser.",
        "error": "Error:",
        "toolsFailed": "Error: this could not be loaded. Reload the page.",
        "restored": "Saved answers loaded.",
        "noStorage": "This browser cannot save anything here (in some browsers' "
        "private windows, for example): copy or download your answers before you "
        "close the page.",
        "storageFull": "The browser's storage is full; your last change is not "
        "saved. Copy or download your answers before you close the page.",
        "corrupt": "Your saved answers were damaged and have been deleted. If you "
        "downloaded them, get them back with “Load answers from a file”.",
        "migrated": "Answers taken over from an earlier version.",
        "newer": "The file comes from a newer version of the checklist; what fits "
        "here has been taken over.",
        "snapshotsFull": "The snapshots from the file no longer fit into the "
        "browser's storage and have not been taken over.",
        "dropped.one": "One of them no longer fitted and was left out.",
        "dropped.other": "%{count} of them no longer fitted and were left out.",
        "forgetAsk": "Delete all answers? This cannot be undone; saved snapshots stay.",
        "forgetYes": "Yes, delete all",
        "kept": "Cancelled – nothing changed.",
        "notKept": "Your browser may still delete them after some time without a "
        "visit: download your answers or copy the link to them before you go.",
        "cancel": "Cancel",
        "forgotten": "Your answers have been deleted.",
        "open": "not\u00a0answered",
        "change": "Change",
        "openCount.one": "One\u00a0question left.",
        "openCount.other": "%{count}\u00a0questions left.",
        "allAnswered.one": "The question is answered.",
        "allAnswered.other": "Every question answered.",
        "notes": "Notes",
        "copied": "Copied to the clipboard.",
        "manual": "Copying did not work: the text is selected in the field “To "
        "copy”; copy it with Ctrl+C (Mac: ⌘+C).",
        "downloaded": "The file is being downloaded.",
        "answer": "Answer",
        "date": "Made on",
        "page": "Page",
        "data": "Data for “Load answers from a file”:",
        "loadAsk": "Replace your answers with those from the file?",
        "replaceYes": "Yes, replace",
        "loaded": "Answers from %{time} loaded.",
        "loadBroken": "Error: the file is damaged; nothing changed. Download your "
        "answers again where they are saved.",
        "loadNotAnswers": "Error: this file holds no answers; nothing changed. "
        "Choose a file that “Download answers (.txt)” wrote.",
        "loadOther": "The file is not an answer file of this checklist; nothing "
        "changed.",
        "fitMissing.one": "One more answer is needed for a suggestion, for example "
        "to “%{question}”.",
        "fitMissing.other": "%{count}\u00a0more answers are needed for a "
        "suggestion, for example to “%{question}”.",
        "fitNone": "None of the suggestions fits your answers yet.",
        "best": "Fits best",
        "also": "Also fits",
        "strength.one": "one of %{all}\u00a0answers speaks for it",
        "strength.other": "%{count} of %{all}\u00a0answers speak for it",
        "because": "For it: %{answers}.",
        "against": "Against it: %{answers}.",
        "more": "Also for it would be: %{answers}.",
        "fitChanged": "Suggestions updated: “%{title}” fits best.",
        "snapshotSaved": "Snapshot of %{time} saved.",
        "snapshotLabel": "Snapshot of %{time}",
        "compare": "Compare",
        "remove": "Delete",
        "restore": "Restore",
        "snapshotRestored": "Answers of the snapshot of %{time} restored.",
        "snapshotSame": "Nothing has changed since the last snapshot; no new one "
        "saved.",
        "removed": "Snapshot of %{time} deleted.",
        "compared": "Changed since the snapshot of %{time}:",
        "unchanged": "Nothing changed since the snapshot of %{time}.",
        "before": "before",
        "now": "now",
        "shared": "Link copied. Whoever opens it sees your answers.",
        "shareAsk": "Replace your saved answers with those from the link?",
        "shareApplied": "Answers taken from the link and saved in this browser.",
        "undo": "Undo",
        "undone": "Undone.",
        "keep": "Keep",
        "shareBroken": "Error: the link is incomplete or damaged; your answers are "
        "unchanged. Ask for a new link, copied whole.",
        "close": "Close",
        "synced": "Changes from another window taken over.",
        "full": "This field is full: it takes at most %{max} characters.",
        "linkTooLong": "The link would be %{length} characters long, more than the "
        "%{max} that messengers and e-mail programs pass on safely. Download your "
        "answers instead.",
        "numbers": ",,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve",
        "quotes": "“%”",
        "time": "%{time}",
    },
}

# The Pelican side's own words and addresses.
SETTINGS = {
    "CHECKLIST_FEED_LINK_TEXT": "Fill in the checklist on the website",
    "CHECKLIST_TOOL_WORDS_FILE": "checklist-words.json",
    "CHECKLIST_WORKSHEET_URL": "worksheet/{id}/",
    "CHECKLIST_WORKSHEET_SAVE_AS": "worksheet/{id}/index.html",
    "CHECKLIST_WORKSHEET_HINTS": {
        "radio": "Tick one answer.",
        "checkbox": "Tick every answer that fits.",
    },
    "CHECKLIST_WORKSHEET_WORDS": {
        "kind": "Blank checklist to print",
        "source": "From",
        "howto": "Print this page from your browser's menu and fill it in with a "
        "pen. In the article you can also fill in the checklist on screen; there "
        "your answers stay saved in your browser.",
        "date": "Date",
    },
}
