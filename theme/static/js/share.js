// A link that carries the answers after "#", which browsers never send to a
// server. What the fragment holds is only data: checked against the form and set
// as values, never inserted as markup.
import { ask } from "./ask.js";
import { given } from "./exporter.js";
import { attr, blank, clean, read } from "./form.js";
import { forget } from "./storage.js";
import { afterSave, hasSaved, replace } from "./storage-tools.js";
import { T } from "./strings.js";

// RFC 9110 asks every client to handle links of 8,000 characters; many
// messengers and mail programs cut or refuse longer ones.
export const LINK_MAX = 8000;

// ANSWERS as URL-safe base64 of their JSON (UTF-8).
export function encodeAnswers(answers) {
  let binary = "";
  for (const byte of new TextEncoder().encode(JSON.stringify(answers))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// What encodeAnswers wrote, as data; null for anything else (cut short,
// tampered with, not UTF-8, not JSON).
export function decodeAnswers(text) {
  try {
    const binary = atob(String(text).replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

export function link(form, answers) {
  const params = new URLSearchParams({
    checkliste: attr(form, "data-checklist"),
    v: attr(form, "data-checklist-version"),
    a: encodeAnswers(given(form, answers)),
  });
  return `${location.origin}${location.pathname}#${params}`;
}

// Nothing for this checklist: null; else { kept } or {} when broken.
export function fromLink(form) {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get("checkliste") !== attr(form, "data-checklist")) return null;
  history.replaceState(history.state, "", location.pathname + location.search);
  return clean(form, decodeAnswers(params.get("a"))) || {};
}

// Open the link in the page's address for FORM: the checklist's HEADING gets
// the focus, and a notice right under it (QUESTION, the page's question box)
// says what became of the answers, with a way back to those of before. FILL
// shows answers with a message, SAY says one.
export function openLink(form, { heading, question, fill, say }) {
  const shared = fromLink(form);
  if (!shared) return;
  const arrive = () => {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView();
  };
  if (!shared.kept) {
    ask(question, { place: heading, text: T("shareBroken"), no: T("close") }, null, () => say(" "));
    say(T("shareBroken"));
    return arrive();
  }
  const before = read(form);
  const undo = () => {
    if (Object.keys(before).length) fill(before, afterSave(replace(form, before), T("undone")));
    else {
      forget(form);
      fill(blank(), T("undone"));
    }
    arrive(); // back at the checklist's heading, where the notice was
  };
  const take = () => {
    const done = afterSave(replace(form, shared.kept), T("shareApplied"));
    fill(shared.kept, done);
    ask(question, { place: heading, text: done, yes: T("undo"), no: T("keep"), calm: true }, undo, () => say(" "));
    arrive();
  };
  const replacing = { place: heading, text: T("shareAsk"), yes: T("replaceYes"), no: T("cancel") };
  if (hasSaved(form)) ask(question, replacing, take, () => say(T("kept")));
  else take();
}
