// A checklist form's answers as data, { name: value | [values] }, and small DOM help.
//
// A radio button with an empty value is "Keine Antwort": chosen, it is an
// answer ("" is saved, counted and shown) that matches no result.
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
const choice = (control) => control.type === "radio" || control.type === "checkbox";
export const isText = (control) =>
  Boolean(control && control.name) && (control.type === "text" || control.type === "textarea");

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
  for (const control of controls(form)) {
    const { name, type, value } = control;
    if (type === "checkbox") {
      if (control.checked) {
        data[name] ||= [];
        data[name].push(value);
      }
    } else if (type === "radio" ? control.checked : value.trim()) data[name] = value;
  }
  return data;
}

// Fill the form with DATA; KEEP (a control the reader is typing in) stays as it is.
export function write(form, data, keep) {
  for (const control of controls(form)) {
    if (control === keep) continue;
    const given = Object.hasOwn(data, control.name);
    const answer = given ? data[control.name] : "";
    if (!choice(control)) control.value = answer;
    // "Keine Antwort" (value "") only where the reader chose it.
    else if (control.type === "radio") control.checked = given && answer === control.value;
    else control.checked = [].concat(answer).includes(control.value);
  }
}

// Keep what fits this form (names, option values, text); count what does not.
// null when RAW is not answers at all.
export function clean(form, raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const kept = blank();
  let dropped = 0;
  for (const [name, answer] of Object.entries(raw)) {
    const named = controls(form).filter((control) => control.name === name);
    const known = (option) => named.some((control) => control.value === option);
    const type = named[0] ? named[0].type : "";
    const fits =
      type === "radio" ? known(answer)
      : type === "checkbox" ? Array.isArray(answer) && answer.every(known)
      : type !== "" && typeof answer === "string";
    if (fits) kept[name] = answer;
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
    for (const control of set.querySelectorAll("input[name], textarea[name]")) {
      if (control.closest("fieldset") !== set) continue;
      const value = control.value.trim();
      // An "other" text is labelled by its option's label, and stands for it.
      const label = text(control.parentElement.querySelector("label")).replace(/:$/, "");
      const other = control.parentElement.querySelector(".checklist-other");
      const labelled = alone ? value : `${label}: ${value}`;
      if (choice(control)) {
        if (control.checked && !other?.value.trim()) chosen.push(label);
      } else if (control.name.endsWith(".notizen")) notes = value;
      else if (value && control === other) chosen.push(labelled);
      else if (value) texts.push(labelled);
    }
    return {
      id: set.id,
      text: text(set.querySelector("legend")),
      // As the page shows it, where the build's soft hyphens may break a long word.
      shown: set.querySelector("legend").textContent.replace(/\s+/g, " ").trim(),
      answer: [chosen.join(", "), ...texts].filter(Boolean).join("; "),
      notes,
      followup: set.matches(".checklist-followup"),
    };
  });
