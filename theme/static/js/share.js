// A link that carries the answers after "#", which browsers never send to a
// server. What the fragment holds is only data: checked against the form and set
// as values, never inserted as markup.
import { clean } from "./form.js";

export function link(form, answers) {
  const bytes = new TextEncoder().encode(JSON.stringify(answers));
  const params = new URLSearchParams({
    checkliste: form.dataset.checklist,
    v: form.dataset.checklistVersion,
    a: btoa(String.fromCharCode(...bytes)),
  });
  return `${location.origin}${location.pathname}#${params}`;
}

// Nothing for this checklist: null; else { kept } or {} when broken.
export function fromLink(form) {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get("checkliste") !== form.dataset.checklist) return null;
  history.replaceState(history.state, "", location.pathname + location.search);
  try {
    const bytes = Uint8Array.from(atob(params.get("a")), (c) => c.charCodeAt(0));
    return clean(form, JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes))) || {};
  } catch {
    return {};
  }
}
