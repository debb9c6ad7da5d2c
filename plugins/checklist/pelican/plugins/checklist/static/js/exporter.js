// Keep a copy: the answers as plain text, for the clipboard or as a text file
// that every phone and computer opens. The file ends with the same answers as
// data (and the snapshots), which "Antworten aus Datei laden" reads back.
import { attr, el, questions, read, text } from "./form.js";
import { snapshots } from "./storage-tools.js";
import { lang } from "./strings.js";

// A moment as the page's readers write it: "27. November 2026 um 14:05 Uhr";
// with SECONDS, "… um 14:05:09 Uhr" (the words "time").
export const when = (T, time, seconds) =>
  T("time", { time: new Date(time).toLocaleString(lang(), { dateStyle: "long", timeStyle: seconds ? "medium" : "short" }) });

// When and where a copy was made: "Erstellt am 27. November 2026", "Seite: https://…".
export const stamp = (T) => [
  `${T("date")} ${new Date().toLocaleDateString(lang(), { dateStyle: "long" })}`,
  `${T("page")}: ${location.origin}${location.pathname}`,
];

// ANSWERS without those of follow-ups whose option is not chosen (their
// fieldset is hidden): kept on this device, never given away in a link or a file.
export const given = (form, answers) =>
  Object.fromEntries(Object.entries(answers).filter(([name]) => !form.querySelector(`fieldset[hidden] [name="${CSS.escape(name)}"]`)));

// RESULTS: what fits the answers (see fit.js).
export function plainText(form, results, T) {
  const fitting = results.best(read(form));
  const lines = [text(form.querySelector("h2")), ...stamp(T)];
  for (const question of questions(form)) {
    const indent = question.followup ? "    " : "";
    lines.push("", indent + question.text, `${indent}${T("answer")}: ${question.answer || T("open")}`);
    if (question.notes) lines.push(`${indent}${T("notes")}: ${question.notes}`);
  }
  if (fitting.length) lines.push("", results.name);
  for (const result of fitting) lines.push("", `${result.title} (${result.rank}: ${result.strength})`, ...result.reasons);
  return `${lines.join("\n")}\n`;
}

// True once TEXT is on the clipboard; false where the clipboard cannot be used.
export const copy = (text) =>
  navigator.clipboard ? navigator.clipboard.writeText(text).then(() => true, () => false) : Promise.resolve(false);

export function download(form, results, T) {
  const answers = given(form, read(form));
  const data = {
    checklist: attr(form, "data-checklist"),
    version: Number(attr(form, "data-checklist-version")),
    time: new Date().toISOString(),
    answers,
    snapshots: snapshots(form),
  };
  // A byte-order mark: older Windows editors then read the file as UTF-8, too.
  const body = `\ufeff${plainText(form, results, T)}\n${T("data")}\n${JSON.stringify(data)}\n`;
  const link = el("a", { href: URL.createObjectURL(new Blob([body], { type: "text/plain;charset=utf-8" })), download: `${data.checklist}.txt` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
