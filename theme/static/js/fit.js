// "Was zu Dir passt": the results the author described, best first, each with
// the reader's answers that speak for and against it. The build writes the
// results as a plain list (data-for, data-against: "question=option ..."); this
// shows, in its place, the ones that fit the answers given so far.
import { attr, el, text } from "./form.js";
import { quoted, T } from "./strings.js";

// Fewer answered questions than this (of those the results name) is too few to suggest anything.
const ENOUGH = 2;

const pairs = (item, side) =>
  (attr(item, side) || "")
    .split(" ")
    .filter(Boolean)
    .map((pair) => pair.split("="));

const chosen = (answers, [name, value]) => [].concat(answers[name] || []).includes(value);

export function fit(form) {
  const plain = form.querySelector(".checklist-results");
  const body = form.querySelector(".checklist-fit-body");
  if (!plain) return { update() {}, best: () => [], name: "" };
  plain.hidden = true;
  // The results only, not the items of a list in a result's text.
  const results = [...plain.querySelectorAll(":scope > ul > li")];
  const named = new Set(results.flatMap((item) => [...pairs(item, "data-for"), ...pairs(item, "data-against")].map(([name]) => name)));
  // The questions the results name, in the form's order.
  const asked = [...form.querySelectorAll("fieldset")].map((set) => attr(set, "data-question")).filter((name) => named.has(name));
  const label = ([name, value]) => text(form.querySelector(`input[name="${name}"][value="${value}"]`).labels[0]);
  const legend = (name) => text(form.querySelector(`fieldset[data-question="${name}"] legend`));

  // The results that fit ANSWERS, best first, with their reasons as sentences.
  const ranked = (answers) =>
    results
      .map((item, order) => {
        const yes = pairs(item, "data-for").filter((pair) => chosen(answers, pair));
        const no = pairs(item, "data-against").filter((pair) => chosen(answers, pair));
        return { item, order, yes, no, score: yes.length - no.length };
      })
      .filter((result) => result.score > 0)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ item, yes, no }) => {
        const more = pairs(item, "data-for").filter(([name]) => !(name in answers));
        const reasons = [T("because", { answers: quoted(yes.map(label), "conjunction") })];
        if (no.length) reasons.push(T("against", { count: no.length, answers: quoted(no.map(label), "conjunction") }));
        if (more.length) reasons.push(T("more", { answers: quoted(more.map(label), "disjunction") }));
        return { item, title: text(item.querySelector("h4")), reasons };
      });
  // How many more questions need an answer before anything is suggested.
  const missing = (answers) => Math.min(ENOUGH, asked.length) - asked.filter((name) => name in answers).length;
  // What fits ANSWERS: nothing while there are too few.
  const best = (answers) => (missing(answers) > 0 ? [] : ranked(answers));

  const update = (answers) => {
    const fitting = best(answers);
    // Each result as the plain list shows it, with the reasons in place of its answers.
    const list = el("ol");
    for (const result of fitting) {
      list.appendChild(result.item.cloneNode(true)).lastElementChild.textContent = result.reasons.join(" ");
    }
    const open = asked.filter((name) => !(name in answers));
    const shown =
      missing(answers) > 0 ? el("p", {}, T("fitMissing", { count: missing(answers), question: legend(open[0]) }))
      : fitting.length ? list
      : el("p", {}, T("fitNone"));
    // A polite live region: only a change is announced.
    if (shown.textContent !== body.textContent) body.replaceChildren(shown);
  };
  // NAME: the section's heading, which summary and export use, too.
  return { update, best, name: text(form.querySelector(".checklist-fit h3")) };
}
