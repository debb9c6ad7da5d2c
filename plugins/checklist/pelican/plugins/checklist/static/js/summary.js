// "Check your answers" as GOV.UK's summary list, under the checklist's own
// title (the build writes it): each question with its answer and a link
// "Ändern" that takes the reader to it, what is still open, and what fits the
// answers best. It opens by itself once there is a first answer.
import { attr, el, questions, read } from "./form.js";

// RESULTS: what fits the answers now (see fit.js).
export function summary(form, results, T) {
  const box = form.querySelector(".checklist-summary");
  const [count, list] = box.querySelectorAll("p, dl");
  let opened = false;
  // A link to the question would only scroll; the reader wants to type there.
  list.addEventListener("click", (event) => {
    const link = event.target.closest("a");
    if (!link) return;
    event.preventDefault();
    // On the chosen option, where there is one (as GOV.UK's "Change" does).
    const set = document.getElementById(attr(link, "href").slice(1));
    (set.querySelector("input:checked") || set.querySelector("input, textarea")).focus();
  });
  // A row of the list: the question (or what fits), then its DETAILS.
  const row = (term, attrs, ...details) => {
    const item = el("div", attrs);
    item.append(el("dt", {}, term), ...details);
    return item;
  };
  return () => {
    const all = questions(form);
    const main = all.filter((question) => !question.followup);
    const open = main.filter((question) => !question.answer).length;
    count.textContent = open ? T("openCount", { count: open }) : T("allAnswered", { count: main.length });
    if (open < main.length && !opened) {
      box.open = true;
      opened = true;
    }
    list.replaceChildren(
      ...all.map((question) => {
        const answer = el("dd", {}, question.answer || T("open"));
        if (question.notes) answer.append(el("br"), `${T("notes")}: ${question.notes}`);
        // Named for its question, as GOV.UK's "Change" links are.
        const change = el("a", { href: `#${question.id}` }, T("change"));
        change.append(el("span", { class: "visually-hidden" }, ` ${question.text}`));
        const action = el("dd");
        action.append(change);
        return row(question.shown, question.followup ? { class: "checklist-followup" } : {}, answer, action);
      }),
    );
    const fitting = results.best(read(form)).map((result) => result.title);
    // Titles quoted: each keeps its capital inside the sentence.
    if (fitting.length) list.append(row(results.name, {}, el("dd", {}, T.list(fitting, "conjunction"))));
  };
}
