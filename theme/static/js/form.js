// A checklist form's answers as data, { name: value | [values] }, and small DOM help.
//
// A radio button with an empty value is "Keine Antwort": chosen, it is no answer.
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

// Visible text with every run of spaces (no-break spaces too) as one space,
// without the soft hyphens the build puts into long words.
export const text = (node) => node.textContent.replace(/\u00ad/g, "").replace(/\s+/g, " ").trim();

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
    } else if (c.type === "radio" ? c.checked && c.value : c.value.trim()) data[c.name] = c.value;
  }
  return data;
}

// Fill the form with DATA; KEEP (a control the reader is typing in) stays as it is.
export function write(form, data, keep) {
  for (const c of controls(form)) {
    if (c === keep) continue;
    const v = Object.hasOwn(data, c.name) ? data[c.name] : "";
    // "Keine Antwort" (value "") is chosen by the reader, never by the script.
    if (choice(c)) c.checked = c.type === "radio" ? v !== "" && v === c.value : [].concat(v).includes(c.value);
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
      type === "radio" ? v !== "" && known(v)
      : type === "checkbox" ? Array.isArray(v) && v.every(known)
      : type !== "" && typeof v === "string";
    if (fits) kept[name] = v;
    else dropped++;
  }
  return { kept, dropped };
}

// The questions as a reader sees them (a hidden follow-up is not one): id,
// text, answer, notes, follow-up or not. The answer names each part: the
// choices, then every text field beside them with its label ("Sonstiges:
// Vereine", "Zusammensetzung: IT und Medien").
export const questions = (form) =>
  [...form.querySelectorAll("fieldset:not([hidden])")].map((set) => {
    const chosen = [];
    const texts = [];
    let notes = "";
    // A question that is only a text field: its answer needs no label.
    const alone = set.matches("[data-kind^=text]");
    for (const c of set.querySelectorAll("input[name], textarea[name]")) {
      if (c.closest("fieldset") !== set) continue;
      const value = c.value.trim();
      // An "other" text is labelled by its option's label, and stands for it.
      const label = text(c.parentElement.querySelector("label")).replace(/:$/, "");
      const other = c.parentElement.querySelector(".checklist-other");
      if (choice(c)) {
        if (c.checked && c.value && !other?.value.trim()) chosen.push(label);
      } else if (c.name.endsWith(".notizen")) notes = value;
      else if (value) (c === other ? chosen : texts).push(alone ? value : `${label}: ${value}`);
    }
    return {
      id: set.id,
      text: text(set.querySelector("legend")),
      answer: [chosen.join(", "), ...texts].filter(Boolean).join("; "),
      notes,
      followup: set.matches(".checklist-followup"),
    };
  });
