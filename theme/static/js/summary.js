// "Dein ideales Netzwerk": a live summary of the answers, naming what is open.
import { el, questions } from "./form.js";
import { T } from "./strings.js";

export function summary(form) {
  const box = el("details", { class: "checklist-summary" });
  const count = el("p");
  const list = el("ul");
  box.append(el("summary", {}, T.summary), count, list);
  box.update = () => {
    const all = questions(form);
    const main = all.filter((q) => !q.followup);
    count.textContent = T.openCount(main.filter((q) => !q.answer).length, main.length);
    list.replaceChildren(
      ...all.map((q) => {
        const item = el("li", q.followup ? { class: "checklist-followup" } : {});
        item.append(el("strong", {}, q.text), ` ${q.answer || T.open}`);
        q.notes && item.append(el("br"), `${T.notes}: ${q.notes}`);
        return item;
      }),
    );
  };
  return box;
}
