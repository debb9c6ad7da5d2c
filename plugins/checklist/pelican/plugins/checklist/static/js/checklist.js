// Enhance each checklist form the build wrote: save, restore, suggest what fits,
// summarise, keep snapshots, export, import, print and share. Without this
// script the form still works as a plain form. What the tools do (tools.js)
// is loaded once the reader reaches for one.
import { fit } from "./fit.js";
import { attr, blank, el, isText, read, write } from "./form.js";
import { fitOnPrint } from "./printing.js";
import { followProgress, showProgress } from "./answered.js";
import { revealFollowups } from "./reveal.js";
import { forget, hasSnapshots, load, save, saved, storageKey } from "./storage.js";
import { words } from "./strings.js";
import { summary } from "./summary.js";

function enhance(form) {
  form.setAttribute("data-checklist-ready", "");
  const enhanced = form.querySelector(".checklist-enhanced");
  enhanced.hidden = false;
  const T = words(attr(enhanced, "data-messages"));
  const [heading, autosave, toolbar, output, status] = ["h2", ".checklist-autosave", ".checklist-tools", ".checklist-output", ".checklist-status"].map(
    (selector) => form.querySelector(selector),
  );
  autosave.textContent = attr(autosave, "data-with-script");
  const field = output.querySelector("textarea");
  const file = toolbar.querySelector("input");
  // The tools come with the words only they say (a file beside this script).
  const wordsFile = attr(enhanced, "data-tool-words");
  let toolWords;
  const loadWords = () => (toolWords ||= wordsFile && fetch(new URL(wordsFile, import.meta.url)).then((response) => response.text()).then(T.add, () => {}));
  // Tools that cannot be loaded (offline, or the site changed since this page
  // was opened and its old tools are gone) are said; what waits for them waits on.
  const tools = () =>
    Promise.all([import("./tools.js"), loadWords()]).then(
      ([module]) => module.tools(T),
      () => {
        say(T("toolsFailed"));
        return new Promise(() => {});
      },
    );
  // Loaded as the reader comes near a tool, so that it is there by the click.
  enhanced.addEventListener("focusin", tools);
  enhanced.addEventListener("pointerdown", tools);
  // A message replaces the last one; one said LATER (ms) waits for the
  // reader to pause, and any message said meanwhile takes its place. It is
  // heard from the status (visually hidden, at the end) and seen next to the
  // controls the reader last used (NEAR), else at the end; an error as one.
  const note = el("p", { "aria-hidden": "true" });
  let near;
  let waiting;
  const say = (message, later) => {
    clearTimeout(waiting);
    waiting = setTimeout(() => {
      // The same words again are not announced again.
      if (!message || message === status.textContent) return;
      status.textContent = note.textContent = message;
      const error = T("error");
      note.className = `checklist-message${error && message.startsWith(error) ? " checklist-error" : ""}`;
      (near || status).after(note);
      if (near) note.scrollIntoView({ block: "nearest" });
    }, later);
  };
  // Once the first answer is saved: ask the browser to keep the answers
  // (WebKit deletes a site's storage after seven days without a visit, every
  // browser may under pressure); where it will not, say how to keep them.
  let asked;
  const keep = async () => {
    if (asked) return;
    asked = true;
    if (await navigator.storage?.persist?.().catch(() => 0)) return;
    await loadWords();
    autosave.append(` ${T("notKept")}`);
  };
  const results = fit(form, T);
  const updateSummary = summary(form, results, T);
  // The snapshots' panel comes with the tools: at once where there are
  // snapshots to list, else with the first click in it.
  let panel;
  const snapshotTools = () => (panel ||= tools().then((loaded) => loaded.snapshotPanel(form, { say, fill })));
  const drawSnapshots = async () => (await snapshotTools()).draw();
  // Drawn only once there is something to show, or the panel is open anyway.
  const drawSnapshotsIfAny = () => {
    if (panel || hasSnapshots(form)) drawSnapshots();
  };
  form.querySelector(".checklist-history").addEventListener("click", async ({ target }) => {
    if (!target.value) return;
    // Under the button, or under the list, which is drawn anew.
    near = target.closest("ul") || target;
    (await snapshotTools()).act(target.value);
  });
  drawSnapshotsIfAny();

  // What this tab last read from storage or wrote to it.
  let base = blank();
  // Returns what to announce of "Was zu Dir passt" (a new best suggestion).
  const redraw = () => {
    revealFollowups(form);
    const news = results.update(read(form));
    updateSummary();
    showProgress();
    return news;
  };
  const fill = (answers, message, keep) => {
    base = answers;
    write(form, answers, keep);
    redraw();
    say(message);
  };
  const restore = () => {
    const { answers, message, dropped } = load(form);
    fill(answers, message && T(message) + (dropped ? ` ${T("dropped", { count: dropped })}` : ""));
  };
  const changed = ({ target }) => {
    if (target && !target.name) return; // the file picker: not an answer
    // A way back (the question box, ask.js) would now take this change back, too.
    form.querySelector(".checklist-ask")?.setAttribute("hidden", "");
    const result = save(form, read(form), base);
    base = result.answers;
    if (result.message === "saved") keep();
    const news = redraw();
    const limit = isText(target) ? target.maxLength : -1;
    const full = limit > 0 && target.value.length >= limit;
    near = full && target;
    // Saved at every keystroke, announced once the reader pauses: a new best
    // suggestion rather than "gespeichert", which is said once, not after every pause.
    say(full ? T("full", { max: limit }) : (result.message === "saved" && news) || T(result.message), 600);
  };
  const offer = async (text, done) => {
    if (await (await tools()).copy(text)) return say(done);
    field.value = text;
    output.hidden = false;
    field.select();
    field.scrollIntoView({ block: "nearest" });
    say(T("manual"));
  };
  const share = async () => {
    const { link, LINK_MAX } = await tools();
    const url = await link(form, read(form));
    if (url.length > LINK_MAX) say(T("linkTooLong", { length: url.length, max: LINK_MAX }));
    else offer(url, T("shared"));
  };
  // Where there is something to lose (CONDITION), ask in the page before DOING it.
  const askFirst = async (condition, askKey, yesKey, doing) => {
    if (!condition) return doing();
    const { ask } = await tools();
    say(" "); // while the page asks, the status says nothing ("gespeichert" neither)
    ask(form, { place: toolbar, text: T(askKey), yes: T(yesKey), no: T("cancel") }, doing, () => say(T("kept")));
  };
  // A file of answers chosen with "Antworten aus Datei laden" (importer.js).
  const loadFile = async () => (await tools()).loadFile(form, file, { fill, say, askFirst, drawSnapshots });

  form.addEventListener("input", changed);
  file.addEventListener("change", loadFile);
  // What each tool does, by its button's value.
  const actions = {
    copy: async () => offer((await tools()).plainText(form, results), T("copied")),
    download: async () => say((await tools()).download(form, results) || T("downloaded")),
    print: async () => (await tools()).printAnswers(form),
    share,
    // At once: the browser opens a file picker only in a click.
    load: () => file.click(),
    forget: () =>
      askFirst(true, "forgetAsk", "forgetYes", () => {
        forget(form);
        fill(blank(), T("forgotten"));
      }),
  };
  toolbar.addEventListener("click", ({ target }) => {
    const { value } = target;
    if (!Object.hasOwn(actions, value)) return;
    say(" "); // a message of the last action would now be stale
    near = target.parentElement;
    actions[value]();
  });

  // A link with answers, opened in a new tab or pasted into this one (share.js).
  const applyLink = async () => {
    near = null;
    const named = `${attr(form, "data-checklist-link")}=`; // "checkliste=" in German
    if (location.hash.includes(named)) (await tools()).openLink(form, { heading, fill, say });
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
  // Another tab saved: take its answers, but leave the field being typed in;
  // say so once the words that say it are there.
  addEventListener("storage", async (event) => {
    drawSnapshotsIfAny();
    if (event.key !== null && event.key !== storageKey(form)) return;
    const answers = saved(form);
    if (!answers) return; // unreadable: keep what the reader sees
    // Focused even in a tab in the background (where :focus does not match).
    const typing = document.activeElement;
    fill(answers, "", isText(typing) ? typing : null);
    await loadWords();
    say(T("synced"));
  });
}

document.querySelectorAll("form[data-checklist]:not([data-checklist-ready])").forEach(enhance);
followProgress();
