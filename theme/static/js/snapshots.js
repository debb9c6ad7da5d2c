// Dated snapshots of the answers ("Stand vom …"), kept on this device: save
// one, compare the answers now with it, question by question, delete it.
import { el, questions, read, write } from "./form.js";
import { afterSave, putSnapshots, snapshots } from "./storage.js";
import { T } from "./strings.js";

export const when = (time) => new Date(time).toLocaleString("de-DE", { dateStyle: "long", timeStyle: "short" });

// The questions as the form shows them with ANSWERS filled in.
function questionsWith(form, answers) {
  const now = read(form);
  write(form, answers);
  const shown = questions(form);
  write(form, now);
  return shown;
}

const shownAnswer = (question) => [question.answer || T("open"), question.notes && `${T("notes")}: ${question.notes}`].filter(Boolean).join("; ");

export function snapshotPanel(form, say) {
  const panel = form.querySelector(".checklist-history");
  const [empty, list, comparison] = panel.querySelectorAll("p, ul, div");

  const draw = () => {
    const times = Object.keys(snapshots(form)).sort();
    empty.hidden = times.length > 0;
    list.replaceChildren(
      ...times.map((time) => {
        const label = T("snapshotLabel", { time: when(time) });
        const item = el("li", {}, `${label} `);
        for (const action of ["compare", "remove"]) {
          item.append(el("button", { type: "button", value: `${action} ${time}`, "aria-label": `${T(action)}: ${label}` }, T(action)));
        }
        return item;
      }),
    );
  };

  const compare = (time, answers) => {
    const then = questionsWith(form, answers);
    const changes = questions(form)
      .map((question, index) => [question, then[index]])
      .filter(([now, before]) => shownAnswer(now) !== shownAnswer(before));
    const details = el("ul");
    for (const [now, before] of changes) {
      const item = el("li");
      item.append(el("strong", {}, now.text), el("br"), `${T("before")}: ${shownAnswer(before)}`, el("br"), `${T("now")}: ${shownAnswer(now)}`);
      details.append(item);
    }
    const title = el("p", {}, T(changes.length ? "compared" : "unchanged", { time: when(time) }));
    comparison.replaceChildren(title, ...(changes.length ? [details] : []));
    comparison.focus();
  };

  panel.addEventListener("click", ({ target: { value } }) => {
    if (!value) return;
    const [action, time = new Date().toISOString()] = value.split(" ");
    const all = snapshots(form);
    if (action === "compare" && all[time]) compare(time, all[time]); // gone if another tab deleted it
    if (action === "snapshot") {
      all[time] = read(form);
      say(afterSave(putSnapshots(form, all), T("snapshotSaved", { time: when(time) })));
    }
    if (action === "remove") {
      delete all[time];
      comparison.replaceChildren();
      say(afterSave(putSnapshots(form, all), T("removed", { time: when(time) })));
    }
    draw();
  });
  draw();
  return draw;
}
