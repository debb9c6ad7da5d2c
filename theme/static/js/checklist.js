// Enhance each checklist form the build wrote: save, restore, summarise, export,
// print and share. Without this script the form still works as a plain form.
import { copy, download, markdown } from "./exporter.js";
import { append, attr, blank, el, isText, read, write } from "./form.js";
import { fitOnPrint, print } from "./printing.js";
import { fromLink, LINK_MAX, link } from "./share.js";
import { forget, hasSaved, load, replace, save, saved, storageKey } from "./storage.js";
import { T } from "./strings.js";
import { summary } from "./summary.js";

const ACTIONS = ["forget", "copy", "download", "print", "printBlank", "share"];

function enhance(form) {
  form.setAttribute("data-checklist-ready", "");
  // The saved answers are the truth: the browser must not bring back stale
  // field values on back and forward.
  form.setAttribute("autocomplete", "off");
  form.querySelector(".checklist-autosave")?.removeAttribute("hidden");
  const box = summary(form);
  const tools = el("div", { class: "checklist-tools" });
  const id = `${attr(form, "id")}_ausgabe`;
  const output = el("p", { class: "checklist-output", hidden: "" });
  const field = el("textarea", { id, readonly: "", rows: 3 });
  const status = el("p", { class: "checklist-status", role: "status" });
  for (const action of ACTIONS) tools.append(el("button", { type: "button", value: action }, T[action]));
  output.append(el("label", { for: id }, T.output), field);
  append(form, box.element, tools, output, status);

  // What this tab last read from storage or wrote to it.
  let base = blank();
  const say = (message) => {
    if (message) status.textContent = message;
  };
  const fill = (answers, message, keep) => {
    base = answers;
    write(form, answers, keep);
    box.update();
    say(message);
  };
  const restore = () => {
    const { answers, message } = load(form);
    fill(answers, message);
  };
  const changed = ({ target }) => {
    const result = save(form, read(form), base);
    base = result.answers;
    box.update();
    const limit = isText(target) ? target.maxLength : -1;
    say(limit > 0 && target.value.length >= limit ? T.full(limit) : result.message);
  };
  const offer = async (text, done) => {
    if (await copy(text)) return say(done);
    field.value = text;
    output.hidden = false;
    field.select();
    say(T.manual);
  };
  const share = () => {
    const url = link(form, read(form));
    if (url.length > LINK_MAX) say(T.linkTooLong(url.length, LINK_MAX));
    else offer(url, T.shared);
  };

  form.addEventListener("input", changed);
  form.addEventListener("submit", (event) => event.preventDefault());
  tools.addEventListener("click", ({ target: { value } }) => {
    if (value === "forget" && confirm(T.forgetAsk)) {
      forget(form);
      fill(blank(), T.forgotten);
    }
    if (value === "copy") offer(markdown(form), T.copied);
    if (value === "download") say(download(form) || T.downloaded);
    if (value && value.startsWith("print")) print(form, value === "printBlank");
    if (value === "share") share();
  });

  // A link with answers: opened in a new tab, or pasted into this one.
  const applyLink = () => {
    const shared = fromLink(form);
    if (!shared) return;
    if (!shared.kept) return say(T.shareBroken);
    if (hasSaved(form) && !confirm(T.shareAsk)) return say(T.shareKept);
    const message = replace(form, shared.kept);
    fill(shared.kept, message === T.saved ? T.shareApplied : message);
  };
  fitOnPrint(form);
  // What the reader typed before this script ran is newer than what is saved.
  const typed = read(form);
  restore();
  if (Object.keys(typed).length) {
    write(form, Object.assign(read(form), typed));
    changed({});
  }
  applyLink();
  addEventListener("hashchange", applyLink);
  // Back and forward, from the cache or not: show what is saved now.
  addEventListener("pageshow", (event) => {
    if (event.persisted) restore();
  });
  // Another tab saved: take its answers, but leave the field being typed in.
  addEventListener("storage", (event) => {
    if (event.key !== null && event.key !== storageKey(form)) return;
    const answers = saved(form);
    if (!answers) return; // unreadable: keep what the reader sees
    const typing = form.querySelector(":focus");
    fill(answers, T.synced, isText(typing) ? typing : null);
  });
}

document.querySelectorAll("form[data-checklist]:not([data-checklist-ready])").forEach(enhance);
