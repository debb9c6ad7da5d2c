// Every word the checklist's script shows a reader, in one place.
const number = (n) => n.toLocaleString("de-DE");

export const T = Object.freeze({
  saved: "In diesem Browser gespeichert.",
  restored: "Gespeicherte Antworten geladen.",
  noStorage: "Speichern ist in diesem Browser nicht möglich.",
  storageFull: "Der Speicher ist voll, nichts wurde gespeichert.",
  corrupt: "Gespeicherte Antworten waren beschädigt und sind gelöscht.",
  migrated: (n) => `Antworten aus einer früheren Fassung übernommen, ${n} verworfen.`,
  forget: "Antworten löschen",
  forgetAsk: "Alle Antworten dieser Checkliste löschen?",
  forgotten: "Deine Antworten wurden gelöscht.",
  summary: "Dein ideales Netzwerk",
  open: "noch offen",
  openCount: (n, all) => `Noch offen: ${n} von ${all} Fragen.`,
  notes: "Notizen",
  copy: "Als Text kopieren",
  copied: "Deine Antworten sind in der Zwischenablage.",
  manual: "Kopieren ging nicht: Der Text ist im Feld markiert.",
  download: "Als Datei herunterladen",
  downloaded: "Die Datei wurde erstellt.",
  date: "Stand",
  page: "Seite",
  print: "Drucken",
  printBlank: "Leere Vorlage drucken",
  share: "Link zu meinen Antworten",
  output: "Zum Kopieren",
  shared: "Der Link ist in der Zwischenablage.",
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
