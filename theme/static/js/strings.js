// Every word the checklist's script shows a reader, in one place.
const number = (n) => n.toLocaleString("de-DE");
const keep = "kopiere Deine Antworten oder lade sie herunter, bevor Du die Seite schließt.";

export const T = Object.freeze({
  saved: "In diesem Browser gespeichert.",
  restored: "Gespeicherte Antworten geladen.",
  noStorage: `Speichern ist in diesem Browser nicht möglich – ${keep}`,
  storageFull: `Der Speicher Deines Browsers ist voll – Deine letzte Änderung wurde nicht gespeichert. Die früheren Antworten sind noch da; ${keep}`,
  corrupt: "Gespeicherte Antworten waren beschädigt und sind gelöscht.",
  migrated: (n) =>
    "Antworten aus einer früheren Fassung übernommen." +
    (n ? ` ${n === 1 ? "Eine Antwort passte" : `${n} Antworten passten`} nicht mehr und ${n === 1 ? "wurde" : "wurden"} verworfen.` : ""),
  forget: "Antworten löschen",
  forgetAsk: "Alle Antworten dieser Checkliste löschen? Das lässt sich nicht rückgängig machen.",
  forgotten: "Deine Antworten wurden gelöscht.",
  // No-break spaces: "noch offen" and "2 von 5" never break across lines.
  open: "noch\u00a0offen",
  openCount: (n, all) => (n ? `Noch\u00a0offen: ${n}\u00a0von ${all}\u00a0Fragen.` : `Alle ${all}\u00a0Fragen beantwortet.`),
  notes: "Notizen",
  copy: "Als Text kopieren",
  copied: "Kopiert: Deine Antworten sind in der Zwischenablage.",
  manual: "Kopieren ging nicht. Der Text steht markiert im Feld „Zum Kopieren“ unten: Kopiere ihn mit Strg+C (am Mac: ⌘+C).",
  download: "Als Datei herunterladen",
  downloaded: "Die Datei mit Deinen Antworten wird heruntergeladen.",
  date: "Stand",
  page: "Seite",
  print: "Mit Antworten drucken",
  printBlank: "Leere Vorlage drucken",
  share: "Link zu Deinen Antworten kopieren",
  output: "Zum Kopieren",
  shared: "Link kopiert. Wer ihn öffnet, sieht Deine Antworten.",
  shareAsk: "Deine gespeicherten Antworten durch die aus dem Link ersetzen?",
  shareApplied: "Antworten aus dem Link übernommen.",
  shareKept: "Deine gespeicherten Antworten bleiben unverändert.",
  shareBroken: "Der Link ist unvollständig oder beschädigt.",
  synced: "Änderungen aus einem anderen Fenster übernommen.",
  full: (max) =>
    `Dieses Feld ist voll: Es fasst höchstens ${number(max)} Zeichen, mehr wird nicht angenommen.`,
  linkTooLong: (length, max) =>
    `Der Link wäre ${number(length)} Zeichen lang, mehr als die ${number(max)}, die Messenger und E-Mail-Programme sicher weitergeben. Lade Deine Antworten stattdessen als Datei herunter.`,
});
