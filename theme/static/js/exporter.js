// Keep a copy: the answers as Markdown text, for the clipboard or as a file.
import { attr, questions, text } from "./form.js";
import { T } from "./strings.js";

export function markdown(form) {
  const date = new Date().toLocaleDateString("de-DE", { dateStyle: "long" });
  const lines = [`# ${text(form.querySelector("h2"))}`, "", `${T.date}: ${date}`];
  lines.push(`${T.page}: ${location.origin}${location.pathname}`);
  for (const q of questions(form)) {
    lines.push("", `${q.followup ? "###" : "##"} ${q.text}`, "", q.answer || `(${T.open})`);
    if (q.notes) lines.push("", `${T.notes}: ${q.notes}`);
  }
  return `${lines.join("\n")}\n`;
}

// True once TEXT is on the clipboard; false where the clipboard cannot be used.
export const copy = (text) =>
  navigator.clipboard ? navigator.clipboard.writeText(text).then(() => true, () => false) : Promise.resolve(false);

export function download(form) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([markdown(form)], { type: "text/markdown" }));
  link.download = `${attr(form, "data-checklist")}.md`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
