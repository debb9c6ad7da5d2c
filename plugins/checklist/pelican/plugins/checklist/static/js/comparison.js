// Compare the answers now with a dated snapshot, question by question: what
// changed, before and now. Loaded with the tools (tools.js).
import { when } from "./exporter.js";
import { el, questions, read, write } from "./form.js";

// The questions as the form shows them with ANSWERS filled in.
function questionsWith(form, answers) {
  const now = read(form);
  write(form, answers);
  const shown = questions(form);
  write(form, now);
  return shown;
}

const shownAnswer = (T, question) => [question.answer || T("open"), question.notes && `${T("notes")}: ${question.notes}`].filter(Boolean).join("; ");

// Show in COMPARISON what changed since the snapshot of TIME, its ANSWERS.
export function compare(form, comparison, time, answers, T) {
  const then = questionsWith(form, answers);
  const changes = questions(form)
    .map((question, index) => [question, then[index]])
    .filter(([now, before]) => shownAnswer(T, now) !== shownAnswer(T, before));
  const details = el("ul");
  for (const [now, before] of changes) {
    const item = el("li");
    item.append(el("strong", {}, now.text), el("br"), `${T("before")}: ${shownAnswer(T, before)}`, el("br"), `${T("now")}: ${shownAnswer(T, now)}`);
    details.append(item);
  }
  const title = el("p", {}, T(changes.length ? "compared" : "unchanged", { time: when(T, time) }));
  comparison.replaceChildren(title, ...(changes.length ? [details] : []));
  comparison.focus();
}
