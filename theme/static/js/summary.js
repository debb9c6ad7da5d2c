// A live summary of the answers under the checklist's own title, naming what is open.
import { append, attr, el, questions } from "./form.js";
import { T } from "./strings.js";

export function summary(form) {
  const element = el("details", { class: "checklist-summary" });
  const count = el("p");
  const list = el("ul");
  const title = document.getElementById(attr(form, "aria-labelledby")).textContent;
  append(element, el("summary", {}, title), count, list);
  const update = () => {
    const all = questions(form);
    const main = all.filter((q) => !q.followup);
    count.textContent = T.openCount(main.filter((q) => !q.answer).length, main.length);
    list.replaceChildren(
      ...all.map((q) => {
        const item = el("li", q.followup ? { class: "checklist-followup" } : {});
        item.append(el("strong", {}, q.text), ` ${q.answer || T.open}`);
        if (q.notes) item.append(el("br"), `${T.notes}: ${q.notes}`);
        return item;
      }),
    );
  };
  return { element, update };
}
