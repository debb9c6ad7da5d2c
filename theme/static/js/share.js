// A link that carries the answers after "#", which browsers never send to a
// server. What the fragment holds is only data: checked against the form and set
// as values, never inserted as markup.
import { attr, clean } from "./form.js";

// RFC 9110 asks every client to handle links of 8,000 characters; many
// messengers and mail programs cut or refuse longer ones.
export const LINK_MAX = 8000;

function base64url(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function link(form, answers) {
  const params = new URLSearchParams({
    checkliste: attr(form, "data-checklist"),
    v: attr(form, "data-checklist-version"),
    a: base64url(JSON.stringify(answers)),
  });
  return `${location.origin}${location.pathname}#${params}`;
}

// Nothing for this checklist: null; else { kept } or {} when broken.
export function fromLink(form) {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get("checkliste") !== attr(form, "data-checklist")) return null;
  history.replaceState(history.state, "", location.pathname + location.search);
  try {
    const base64 = params.get("a").replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return clean(form, JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes))) || {};
  } catch {
    return {};
  }
}
