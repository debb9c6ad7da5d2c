// A checklist form's answers as data, { name: value | [values] }, and small DOM help.

const controls = (form) => [...form.elements].filter((c) => c.name);
const choice = (c) => c.type === "radio" || c.type === "checkbox";

// Visible text with every run of spaces (no-break spaces too) as one space.
export const text = (node) => node.textContent.replace(/\s+/g, " ").trim();

export function el(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]);
  node.textContent = text;
  return node;
}

export function read(form) {
  const data = {};
  for (const c of controls(form)) {
    if (c.type === "checkbox") c.checked && (data[c.name] ||= []).push(c.value);
    else if (c.type === "radio" ? c.checked : c.value.trim()) data[c.name] = c.value;
  }
  return data;
}

export function write(form, data) {
  for (const c of controls(form)) {
    const v = Object.hasOwn(data, c.name) ? data[c.name] : "";
    if (choice(c)) c.checked = c.type === "radio" ? v === c.value : [].concat(v).includes(c.value);
    else c.value = v;
  }
}

// Keep what fits this form (names, option values, text); count what does not.
// null when RAW is not answers at all.
export function clean(form, raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const kept = {};
  let dropped = 0;
  for (const [name, v] of Object.entries(raw)) {
    const same = controls(form).filter((c) => c.name === name);
    const known = (x) => same.some((c) => c.value === x);
    const type = same[0] ? same[0].type : "";
    const fits =
      type === "radio" ? known(v)
      : type === "checkbox" ? Array.isArray(v) && v.every(known)
      : type && typeof v === "string" && v.length < 5000;
    fits ? (kept[name] = v) : dropped++;
  }
  return { kept, dropped };
}

// The questions as a reader sees them: text, answer, notes, follow-up or not.
export const questions = (form) =>
  [...form.querySelectorAll("fieldset")].map((set) => {
    const answer = [];
    let notes = "";
    for (const c of set.querySelectorAll("input, textarea")) {
      if (c.closest("fieldset") !== set) continue;
      const value = c.value.trim();
      if (choice(c) && c.checked) answer.push(text(c.labels[0]));
      else if (c.name.endsWith(".notizen")) notes = value;
      else if (!choice(c) && value) answer.push(value);
    }
    return {
      text: text(set.querySelector("legend")),
      answer: answer.join(", "),
      notes,
      followup: set.matches(".checklist-followup"),
    };
  });
