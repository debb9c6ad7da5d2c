// Enhance each checklist form the build wrote: save, restore, summarise, export,
// print and share. Without this script the form still works as a plain form.
import { copy, download, markdown } from "./exporter.js";
import { el, read, write } from "./form.js";
import { fitOnPrint, print } from "./printing.js";
import { fromLink, link } from "./share.js";
import { forget, hasSaved, load, save } from "./storage.js";
import { T } from "./strings.js";
import { summary } from "./summary.js";

const ACTIONS = ["forget", "copy", "download", "print", "printBlank", "share"];

function enhance(form) {
  form.dataset.checklistReady = "";
  const box = summary(form);
  const tools = el("div", { class: "checklist-tools" });
  const id = `${form.id}__ausgabe`;
  const output = el("p", { class: "checklist-output", hidden: "" });
  const field = el("textarea", { id, readonly: "", rows: 3 });
  const status = el("p", { class: "checklist-status", role: "status" });
  for (const action of ACTIONS) tools.append(el("button", { type: "button", value: action }, T[action]));
  output.append(el("label", { for: id }, T.output), field);
  form.append(box, tools, output, status);

  const say = (message) => message && (status.textContent = message);
  const changed = () => {
    say(save(form, read(form)));
    box.update();
  };
  const fill = (answers, message) => {
    write(form, answers);
    box.update();
    say(message);
  };
  const restore = () => {
    const { answers, message } = load(form);
    fill(answers, message);
  };
  const offer = async (text, done) => {
    if (await copy(text)) return say(done);
    field.value = text;
    output.hidden = false;
    field.select();
    say(T.manual);
  };

  form.addEventListener("input", changed);
  form.addEventListener("submit", (event) => event.preventDefault());
  tools.addEventListener("click", ({ target: { value } }) => {
    if (value === "forget" && confirm(T.forgetAsk)) {
      forget(form);
      fill({}, T.forgotten);
    }
    if (value === "copy") offer(markdown(form), T.copied);
    if (value === "download") say(download(form) || T.downloaded);
    if (value && value.startsWith("print")) print(form, value === "printBlank");
    if (value === "share") offer(link(form, read(form)), T.shared);
  });

  // A link with answers: opened in a new tab, or pasted into this one.
  const applyLink = () => {
    const shared = fromLink(form);
    if (!shared) return;
    if (!shared.kept) return say(T.shareBroken);
    if (hasSaved(form) && !confirm(T.shareAsk)) return say(T.shareKept);
    fill(shared.kept, "");
    say(save(form, shared.kept) && T.shareApplied);
  };
  fitOnPrint(form);
  restore();
  applyLink();
  addEventListener("hashchange", applyLink);
  // Back/forward cache: the browser may restore stale field values late.
  addEventListener("pageshow", (event) => event.persisted && restore());
}

document.querySelectorAll("form[data-checklist]:not([data-checklist-ready])").forEach(enhance);
