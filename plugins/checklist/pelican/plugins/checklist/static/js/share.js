// A link that carries the answers after "#", which browsers never send to a
// server. What the fragment holds is only data: checked against the form and set
// as values, never inserted as markup.
import { ask } from "./ask.js";
import { given } from "./exporter.js";
import { attr, blank, clean, read } from "./form.js";
import { forget } from "./storage.js";
import { afterSave, hasSaved, replace } from "./storage-tools.js";

// RFC 9110 asks every client to handle links of 8,000 characters; many
// messengers and mail programs cut or refuse longer ones.
export const LINK_MAX = 8000;

// Answers never need more: a link that unpacks to more is no answers.
const UNPACKED_MAX = 500_000;
// Every engine readers use has it (Chrome 103, Firefox 113, Safari 16.4).
const packs = typeof CompressionStream === "function";

// BYTES through a compression or decompression STREAM.
const through = async (bytes, stream) =>
  new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

const toBase64 = (bytes) => {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

// ANSWERS as URL-safe base64 of their JSON (UTF-8), PACKED with
// "deflate-raw": a link holds more than twice the German prose.
export async function encodeAnswers(answers, packed = packs) {
  const json = new TextEncoder().encode(JSON.stringify(answers));
  return toBase64(packed ? await through(json, new CompressionStream("deflate-raw")) : json);
}

// What encodeAnswers wrote, as data; null for anything else (cut short,
// tampered with, not UTF-8, not JSON, unpacking to more than answers need).
export async function decodeAnswers(text, packed) {
  try {
    const binary = atob(String(text).replace(/-/g, "+").replace(/_/g, "/"));
    let bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    if (packed) bytes = await through(bytes, new DecompressionStream("deflate-raw"));
    if (bytes.length > UNPACKED_MAX) return null;
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

// The link: the answers packed ("z"), or where the browser cannot pack them,
// as they are ("a", as links were before packing).
export async function link(form, answers) {
  const params = new URLSearchParams({
    [attr(form, "data-checklist-link")]: attr(form, "data-checklist"),
    v: attr(form, "data-checklist-version"),
    [packs ? "z" : "a"]: await encodeAnswers(given(form, answers)),
  });
  return `${location.origin}${location.pathname}#${params}`;
}

// Nothing for this checklist: null; else { kept } or {} when broken.
export async function fromLink(form) {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get(attr(form, "data-checklist-link")) !== attr(form, "data-checklist")) return null;
  history.replaceState(history.state, "", location.pathname + location.search);
  const packed = params.has("z");
  return clean(form, await decodeAnswers(params.get(packed ? "z" : "a"), packed)) || {};
}

// Open the link in the page's address for FORM: the checklist's HEADING gets
// the focus, and a notice right under it (the page's question box, ask.js)
// says what became of the answers, with a way back to those of before. FILL
// shows answers with a message, SAY says one.
export async function openLink(form, { heading, fill, say, T }) {
  const shared = await fromLink(form);
  if (!shared) return;
  const arrive = () => {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView();
  };
  if (!shared.kept) {
    ask(form, { place: heading, text: T("shareBroken"), no: T("close") }, null, () => say(" "));
    say(T("shareBroken"));
    return arrive();
  }
  const before = read(form);
  const undo = () => {
    if (Object.keys(before).length) fill(before, afterSave(T, replace(form, before), T("undone")));
    else {
      forget(form);
      fill(blank(), T("undone"));
    }
    arrive(); // back at the checklist's heading, where the notice was
  };
  const take = () => {
    const done = afterSave(T, replace(form, shared.kept), T("shareApplied"));
    fill(shared.kept, done);
    ask(form, { place: heading, text: done, yes: T("undo"), no: T("keep"), calm: true }, undo, () => say(" "));
    arrive();
  };
  const replacing = { place: heading, text: T("shareAsk"), yes: T("replaceYes"), no: T("cancel") };
  if (hasSaved(form)) ask(form, replacing, take, () => say(T("kept")));
  else take();
}
