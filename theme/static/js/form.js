// A checklist form's answers as data, { name: value | [values] }, and small DOM help.
//
// A form element also answers to the names of its controls: with a question
// called "id", "dataset" or "append", form.id would be that control. So this
// script reads a form only through camelCase DOM methods (getAttribute,
// querySelectorAll, addEventListener), which no author id can shadow: ids are
// lowercase. Answers are objects without a prototype, so a question called
// "constructor" is a plain key too.

export const blank = () => Object.create(null);
export const attr = (node, name) => node.getAttribute(name);

const controls = (form) => [...form.querySelectorAll("input[name], textarea[name]")];
const choice = (c) => c.type === "radio" || c.type === "checkbox";
export const isText = (c) => Boolean(c && c.name) && (c.type === "text" || c.type === "textarea");

// Visible text with every run of spaces (no-break spaces too) as one space.
export const text = (node) => node.textContent.replace(/\s+/g, " ").trim();

export function el(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]);
  node.textContent = text;
  return node;
}

export function read(form) {
  const data = blank();
  for (const c of controls(form)) {
    if (c.type === "checkbox") {
      if (c.checked) (data[c.name] ||= []).push(c.value);
    } else if (c.type === "radio" ? c.checked : c.value.trim()) data[c.name] = c.value;
  }
  return data;
}

// Fill the form with DATA; KEEP (a control the reader is typing in) stays as it is.
export function write(form, data, keep) {
  for (const c of controls(form)) {
    if (c === keep) continue;
    const v = Object.hasOwn(data, c.name) ? data[c.name] : "";
    if (choice(c)) c.checked = c.type === "radio" ? v === c.value : [].concat(v).includes(c.value);
    else c.value = v;
  }
}

// Keep what fits this form (names, option values, text); count what does not.
// null when RAW is not answers at all.
export function clean(form, raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const kept = blank();
  let dropped = 0;
  for (const [name, v] of Object.entries(raw)) {
    const same = controls(form).filter((c) => c.name === name);
    const known = (x) => same.some((c) => c.value === x);
    const type = same[0] ? same[0].type : "";
    const fits =
      type === "radio" ? known(v)
      : type === "checkbox" ? Array.isArray(v) && v.every(known)
      : type !== "" && typeof v === "string";
    if (fits) kept[name] = v;
    else dropped++;
  }
  return { kept, dropped };
}

// The questions as a reader sees them (a hidden follow-up is not one): text,
// answer, notes, follow-up or not.
export const questions = (form) =>
  [...form.querySelectorAll("fieldset:not([hidden])")].map((set) => {
    const answer = [];
    let notes = "";
    for (const c of set.querySelectorAll("input[name], textarea[name]")) {
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
