// Dated snapshots of the answers ("Stand vom …"), kept on this device: save
// one, compare the answers now with it (comparison.js), delete it. Loaded with
// the tools (tools.js): by the first click in the panel, or at once where
// there are snapshots to list.
import { compare } from "./comparison.js";
import { el, read } from "./form.js";
import { afterSave, putSnapshots, snapshots } from "./storage.js";
import { T, when } from "./strings.js";

// The panel of FORM: draw() lists the snapshots, act(value) does what its
// button with that value says ("snapshot", "compare TIME", "remove TIME").
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

  const act = (value) => {
    const [action, time = new Date().toISOString()] = value.split(" ");
    const all = snapshots(form);
    // Gone if another tab deleted it.
    if (action === "compare" && all[time]) compare(form, comparison, time, all[time]);
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
  };
  return { draw, act };
}
