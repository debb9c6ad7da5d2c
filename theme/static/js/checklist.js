// Enhance each checklist form the build wrote: save, restore, suggest what fits,
// summarise, keep snapshots, export, import, print and share. Without this
// script the form still works as a plain form.
import { ask } from "./ask.js";
import { copy, download, plainText } from "./exporter.js";
import { fit } from "./fit.js";
import { attr, blank, isText, read, write } from "./form.js";
import { snapshotPanel, when } from "./snapshots.js";
import { FILE_MAX, fromFile } from "./importer.js";
import { fitOnPrint, printForm } from "./printing.js";
import { showProgress } from "./progress.js";
import { revealFollowups } from "./reveal.js";
import { fromLink, LINK_MAX, link } from "./share.js";
import { afterSave, forget, hasSaved, load, migrated, putSnapshots, replace, save, saved, snapshots, storageKey } from "./storage.js";
import { T, useMessages } from "./strings.js";
import { summary } from "./summary.js";

function enhance(form) {
  form.setAttribute("data-checklist-ready", "");
  // The saved answers are the truth: the browser must not bring back stale
  // field values on back and forward.
  form.setAttribute("autocomplete", "off");
  form.querySelector(".checklist-autosave").hidden = false;
  const enhanced = form.querySelector(".checklist-enhanced");
  enhanced.hidden = false;
  useMessages(attr(enhanced, "data-messages"));
  const [tools, question, output, status] = [".checklist-tools", ".checklist-ask", ".checklist-output", ".checklist-status"].map(
    (selector) => form.querySelector(selector),
  );
  const field = output.querySelector("textarea");
  const file = tools.querySelector("input");
  // A message replaces the last one; one said LATER (ms) waits for the
  // reader to pause, and any message said meanwhile takes its place.
  let waiting;
  const say = (message, later) => {
    clearTimeout(waiting);
    waiting = setTimeout(() => {
      if (message) status.textContent = message;
    }, later);
  };
  const results = fit(form);
  const updateSummary = summary(form, results);
  const drawSnapshots = snapshotPanel(form, say);

  // What this tab last read from storage or wrote to it.
  let base = blank();
  const redraw = () => {
    revealFollowups(form);
    results.update(read(form));
    updateSummary();
    showProgress();
  };
  const fill = (answers, message, keep) => {
    base = answers;
    write(form, answers, keep);
    redraw();
    say(message);
  };
  const restore = () => {
    const { answers, message } = load(form);
    fill(answers, message);
  };
  const changed = ({ target }) => {
    const result = save(form, read(form), base);
    base = result.answers;
    redraw();
    const limit = isText(target) ? target.maxLength : -1;
    // Saved at every keystroke, announced once the reader pauses.
    say(limit > 0 && target.value.length >= limit ? T("full", { max: limit }) : result.message, 600);
  };
  const offer = async (text, done) => {
    if (await copy(text)) return say(done);
    field.value = text;
    output.hidden = false;
    field.select();
    say(T("manual"));
  };
  const share = () => {
    const url = link(form, read(form));
    if (url.length > LINK_MAX) say(T("linkTooLong", { length: url.length, max: LINK_MAX }));
    else offer(url, T("shared"));
  };
  // Where there is something to lose (CONDITION), ask in the page before DOING it.
  const askFirst = (condition, askKey, yesKey, doing) => {
    if (condition) ask(question, T(askKey), T(yesKey), doing, () => say(T("kept")));
    else doing();
  };
  const loadFile = async () => {
    const chosen = file.files[0];
    file.value = "";
    if (!chosen) return;
    const found = chosen.size > FILE_MAX ? T("loadBroken") : fromFile(form, await chosen.text());
    if (typeof found === "string") return say(found);
    const apply = () => {
      const done = afterSave(replace(form, found.answers), T("loaded", { time: when(found.time) }));
      putSnapshots(form, Object.assign(snapshots(form), found.snapshots));
      drawSnapshots();
      fill(found.answers, found.older ? `${done} ${migrated(found.dropped)}` : done);
    };
    askFirst(Object.keys(read(form)).length, "loadAsk", "replaceYes", apply);
  };

  form.addEventListener("input", changed);
  file.addEventListener("change", loadFile);
  tools.addEventListener("click", ({ target: { value } }) => {
    say(" "); // a message of the last action would now be stale
    if (value === "forget") {
      askFirst(true, "forgetAsk", "forgetYes", () => {
        forget(form);
        fill(blank(), T("forgotten"));
      });
    }
    if (value === "copy") offer(plainText(form, results), T("copied"));
    if (value === "download") say(download(form, results) || T("downloaded"));
    if (value && value.startsWith("print")) printForm(form, value === "printBlank", redraw);
    if (value === "share") share();
    if (value === "load") file.click();
  });

  // A link with answers: opened in a new tab, or pasted into this one.
  const applyLink = () => {
    const shared = fromLink(form);
    if (!shared) return;
    if (!shared.kept) return say(T("shareBroken"));
    askFirst(hasSaved(form), "shareAsk", "replaceYes", () => fill(shared.kept, afterSave(replace(form, shared.kept), T("shareApplied"))));
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
    drawSnapshots();
    if (event.key !== null && event.key !== storageKey(form)) return;
    const answers = saved(form);
    if (!answers) return; // unreadable: keep what the reader sees
    const typing = form.querySelector(":focus");
    fill(answers, T("synced"), isText(typing) ? typing : null);
  });
}

document.querySelectorAll("form[data-checklist]:not([data-checklist-ready])").forEach(enhance);
