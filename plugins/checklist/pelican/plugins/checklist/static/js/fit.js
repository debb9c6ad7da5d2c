// "Was zu Dir passt": the results the author described, decided for the
// reader's answers. The build writes the results as a plain list (data-for,
// data-against: "question=option ..."); this shows, in its place, the one that
// fits best (two where they truly tie), then at most two that fit too, each
// with how many answers speak for it and which.
import { attr, el, text } from "./form.js";

// Fewer answered questions than this (of those the results name) is too few to suggest anything.
const ENOUGH = 2;
const ALSO = 2;

const pairs = (item, side) =>
  (attr(item, side) || "")
    .split(" ")
    .filter(Boolean)
    .map((pair) => pair.split("="));

const chosen = (answers, [name, value]) => [].concat(answers[name] ?? []).includes(value);

/**
 * What fits ANSWERS of RESULTS ([{ for, against }], each a list of
 * [question, option]): { best, also }, lists of { index, yes, no }. A result
 * fits when more of its answers speak for it than against it. Ranked: one
 * without an answer against before one with; then by answers for less those
 * against; then by the share of its own answers for it that were chosen (a
 * result whose every answer was chosen fits more closely). Best are those
 * ranked first; more than two equal are no decision: all go to "also".
 */
export function decide(results, answers) {
  const rank = (result) => [result.no.length > 0 ? 1 : 0, result.no.length - result.yes.length, -result.yes.length / result.for.length];
  const fitting = results
    .map((result, index) => ({
      index,
      for: result.for,
      yes: result.for.filter((pair) => chosen(answers, pair)),
      no: result.against.filter((pair) => chosen(answers, pair)),
    }))
    .filter((result) => result.yes.length > result.no.length)
    .map((result) => ({ ...result, rank: rank(result) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
  const best = fitting.filter((result) => result.rank.join() === fitting[0].rank.join());
  return best.length > 2 ? { best: [], also: fitting.slice(0, ALSO + 1) } : { best, also: fitting.slice(best.length, best.length + ALSO) };
}

export function fit(form, T) {
  const plain = form.querySelector(".checklist-results");
  const body = form.querySelector(".checklist-fit-body");
  if (!plain) return { update() {}, best: () => [], name: "" };
  plain.hidden = true;
  // The results only, not the items of a list in a result's text.
  const items = [...plain.querySelectorAll(":scope > ul > li")];
  const results = items.map((item) => ({ for: pairs(item, "data-for"), against: pairs(item, "data-against") }));
  const named = new Set(results.flatMap((result) => [...result.for, ...result.against].map(([name]) => name)));
  // The questions the results name, in the form's order.
  const asked = [...form.querySelectorAll("fieldset")].map((set) => attr(set, "data-question")).filter((name) => named.has(name));
  const inFormOrder = (list) => [...list].sort((a, b) => asked.indexOf(a[0]) - asked.indexOf(b[0]));
  const label = ([name, value]) => text(form.querySelector(`input[name="${name}"][value="${value}"]`).labels[0]);
  const legend = (name) => text(form.querySelector(`fieldset[data-question="${name}"] legend`));
  const answered = (answers) => asked.filter((name) => name in answers);

  // Each shown result: its rank, how strongly it fits, why.
  const shown = (answers, result, rank) => {
    const { yes, no } = result;
    const more = result.for.filter(([name]) => !(name in answers));
    const reasons = [T("because", { answers: T.list(inFormOrder(yes).map(label), "conjunction") })];
    if (no.length) reasons.push(T("against", { count: no.length, answers: T.list(inFormOrder(no).map(label), "conjunction") }));
    if (more.length) reasons.push(T("more", { answers: T.list(inFormOrder(more).map(label), "disjunction") }));
    const strength = T("strength", { count: yes.length, all: answered(answers).length });
    return { item: items[result.index], title: text(items[result.index].querySelector("h4")), rank, strength, reasons };
  };
  // What fits ANSWERS, best first: nothing while there are too few.
  const best = (answers) => {
    if (answered(answers).length < Math.min(ENOUGH, asked.length)) return [];
    const decided = decide(results, answers);
    return [...decided.best.map((result) => shown(answers, result, T("best"))), ...decided.also.map((result) => shown(answers, result, T("also")))];
  };

  let announced = "";
  // Show what fits ANSWERS; return a short sentence when the best one changed.
  const update = (answers) => {
    const fitting = best(answers);
    const list = el("ol");
    for (const result of fitting) {
      const item = list.appendChild(result.item.cloneNode(true));
      item.lastElementChild.textContent = result.reasons.join(" ");
      item.prepend(el("p", { class: "checklist-fit-rank" }, `${result.rank} · ${result.strength}`));
    }
    const open = asked.filter((name) => !(name in answers));
    const content =
      fitting.length ? list
      : open.length ? el("p", {}, T("fitMissing", { count: Math.max(1, Math.min(ENOUGH, asked.length) - answered(answers).length), question: legend(open[0]) }))
      : el("p", {}, T("fitNone"));
    if (content.textContent !== body.textContent) body.replaceChildren(content);
    const first = fitting[0]?.rank === T("best") ? fitting[0].title : "";
    const changed = first !== announced;
    announced = first;
    return changed && first ? T("fitChanged", { title: first }) : "";
  };
  // NAME: the section's heading, which summary and export use, too.
  return { update, best, name: text(form.querySelector(".checklist-fit h3")) };
}
