// How far the reader has got in the checklists of a series, read from this
// device's storage: the note "Checkliste: 3 von 5 Fragen beantwortet" that the
// build writes, hidden, into every table of contents, shown only to a reader
// who has started. No request, nothing without script. A module of functions:
// the entries (checklist.js, progress.js, the series page's series.js) say
// when to show it.

// How many of the top-level QUESTIONS the saved ANSWERS answer: a choice or
// a text counts, notes alone do not.
const answeredCount = (answers, questions) =>
  questions.filter((question) =>
    Object.keys(answers).some(
      (name) => name === question || (name.startsWith(`${question}.`) && name !== `${question}.notizen`),
    ),
  ).length;

// The answers saved under KEY (the checklist's script saves them there).
function savedAnswers(key) {
  try {
    return JSON.parse(localStorage.getItem(key)) || {};
  } catch {
    return {}; // no storage, or nothing readable: nothing started
  }
}

// Each part in the tables of contents with its progress: [item, answered, total].
// The build writes "key;question,question" for each of its checklists, KEY
// being where the checklist's answers are saved.
export function showProgress() {
  return [...document.querySelectorAll("li[data-checklists]")].map((item) => {
    let answered = 0;
    let total = 0;
    for (const checklist of item.getAttribute("data-checklists").split(" ")) {
      const [key, questions] = checklist.split(";");
      answered += answeredCount(savedAnswers(key), questions.split(","));
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
