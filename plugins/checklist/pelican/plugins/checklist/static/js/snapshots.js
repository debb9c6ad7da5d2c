// Dated snapshots of the answers ("Zwischenstand vom …"), kept on this device:
// save one, compare the answers now with it (comparison.js), bring it back,
// delete it. Loaded with
// the tools (tools.js): by the first click in the panel, or at once where
// there are snapshots to list.
import { ask } from "./ask.js";
import { compare } from "./comparison.js";
import { when } from "./exporter.js";
import { el, read } from "./form.js";
import { afterSave, putSnapshots, replace, snapshots } from "./storage-tools.js";

// The panel of FORM: draw() lists the snapshots, act(value) does what its
// button with that value says ("snapshot", "compare TIME", "restore TIME",
// "remove TIME"). SAY says a message, FILL shows answers with one. Bringing a
// snapshot back and deleting one can be undone, in the page's question box.
export function snapshotPanel(form, { say, fill, T }) {
  const panel = form.querySelector(".checklist-history");
  const [empty, list, comparison] = panel.querySelectorAll("p, ul, div");
  // A comparison shows the answers of when it was made: it goes once they change.
  form.addEventListener("input", () => comparison.replaceChildren());

  // Each snapshot's label; one with the label of another gets its seconds, too.
  const labels = (times) => {
    const minute = (time) => when(T, time);
    return times.map((time) => {
      const twin = times.some((other) => other !== time && minute(other) === minute(time));
      const at = when(T, time, twin);
      return T("snapshotLabel", { time: at });
    });
  };

  const draw = () => {
    const times = Object.keys(snapshots(form)).sort();
    empty.hidden = times.length > 0;
    const named = labels(times);
    list.replaceChildren(
      ...times.map((time, index) => {
        const label = named[index];
        const item = el("li", {}, `${label} `);
        for (const action of ["compare", "restore", "remove"]) {
          item.append(el("button", { type: "button", value: `${action} ${time}`, "aria-label": `${T(action)}: ${label}` }, T(action)));
        }
        return item;
      }),
    );
  };

  // Say DONE in the question box under the panel, with a way back (UNDO).
  const undoable = (done, undo) =>
    ask(form, { place: panel, text: done, yes: T("undo"), no: T("keep"), calm: true }, () => {
      undo();
      draw();
    }, () => say(" "));

  const act = (value) => {
    const [action, time = new Date().toISOString()] = value.split(" ");
    const all = snapshots(form);
    const at = when(T, time);
    // Gone if another tab deleted it.
    if (action === "compare" && all[time]) compare(form, comparison, time, all[time], T);
    if (action === "snapshot") {
      const latest = Object.keys(all).sort().at(-1);
      const now = read(form);
      if (latest && JSON.stringify(all[latest]) === JSON.stringify(now)) say(T("snapshotSame"));
      else {
        all[time] = now;
        say(afterSave(T, putSnapshots(form, all), T("snapshotSaved", { time: at })));
      }
    }
    if (action === "restore" && all[time]) {
      const before = read(form);
      const done = afterSave(T, replace(form, all[time]), T("snapshotRestored", { time: at }));
      fill(all[time], done);
      undoable(done, () => fill(before, afterSave(T, replace(form, before), T("undone"))));
    }
    if (action === "remove" && all[time]) {
      const removed = all[time];
      delete all[time];
      comparison.replaceChildren();
      const done = afterSave(T, putSnapshots(form, all), T("removed", { time: at }));
      say(done);
      undoable(done, () => say(afterSave(T, putSnapshots(form, { ...snapshots(form), [time]: removed }), T("undone"))));
    }
    draw();
  };
  return { draw, act };
}
