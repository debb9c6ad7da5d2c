// How far the reader has got in the checklists of a series, read from this
// device's storage: the note "Checkliste: 3 von 5 Fragen beantwortet" that the
// build writes, hidden, into every table of contents, shown only to a reader
// who has started. No request, nothing without script. A module of functions:
// the entries (checklist.js, progress.js, the series page's series.js) say
// when to show it.

// Where a checklist's answers are saved (the checklist's script saves them).
export const answersKey = (id, version) => `checkliste:${id}:v${version}`;

// How many of the top-level QUESTIONS the saved ANSWERS answer: a choice or
// a text counts, notes alone do not.
const answeredCount = (answers, questions) =>
  questions.filter((question) =>
    Object.keys(answers).some(
      (name) => name === question || (name.startsWith(`${question}.`) && name !== `${question}.notizen`),
    ),
  ).length;

function savedAnswers(id, version) {
  try {
    return JSON.parse(localStorage.getItem(answersKey(id, version))) || {};
  } catch {
    return {}; // no storage, or nothing readable: nothing started
  }
}

// Each part in the tables of contents with its progress: [item, answered, total].
export function showProgress() {
  return [...document.querySelectorAll("li[data-checklists]")].map((item) => {
    let answered = 0;
    let total = 0;
    for (const checklist of item.getAttribute("data-checklists").split(" ")) {
      const [id, version, questions] = checklist.split(":");
      answered += answeredCount(savedAnswers(id, version), questions.split(","));
      total += questions.split(",").length;
    }
    const note = item.querySelector(".series-progress");
    note.hidden = !answered;
    note.firstElementChild.textContent = answered;
    return [item, answered, total];
  });
}

// SHOW the progress now, and whenever another tab saves answers or the page
// comes back from the cache.
export function followProgress(show = showProgress) {
  show();
  addEventListener("storage", show);
  addEventListener("pageshow", (event) => {
    if (event.persisted) show();
  });
}
