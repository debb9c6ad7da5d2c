// A link that carries the answers after "#", which browsers never send to a
// server. What the fragment holds is only data: checked against the form and set
// as values, never inserted as markup.
import { attr, clean } from "./form.js";

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
    a: encodeAnswers(answers),
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
