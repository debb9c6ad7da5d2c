// A live summary of the answers under the checklist's own title (the build
// writes it), naming what is open, and what fits the answers best.
import { el, questions, read } from "./form.js";
import { T } from "./strings.js";

// RESULTS: what fits the answers now (see fit.js).
export function summary(form, results) {
  const [count, list] = form.querySelector(".checklist-summary").querySelectorAll("p, ul");
  return () => {
    const all = questions(form);
    const main = all.filter((q) => !q.followup);
    const open = main.filter((q) => !q.answer).length;
    count.textContent = open ? T("openCount", { count: open, all: main.length }) : T("allAnswered", { all: main.length });
    list.replaceChildren(
      ...all.map((q) => {
        const item = el("li", q.followup ? { class: "checklist-followup" } : {});
        item.append(el("strong", {}, q.text), ` ${q.answer || T("open")}`);
        if (q.notes) item.append(el("br"), `${T("notes")}: ${q.notes}`);
        return item;
      }),
    );
    const fitting = results.best(read(form)).map((result) => result.title);
    if (fitting.length) list.append(el("li", {}, `${results.name}: ${fitting.join(", ")}`));
  };
}
