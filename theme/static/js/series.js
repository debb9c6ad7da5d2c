// The series page: the reader's progress in each part's checklist and, once
// a checklist is started, a link back to the first part whose checklist is
// unfinished ("Weiter, wo Du aufgehört hast"), which the build writes hidden.
import { followProgress, showProgress } from "./answered.js";

function showResume() {
  const parts = showProgress();
  const started = parts.some(([, answered]) => answered > 0);
  const unfinished = parts.find(([, answered, total]) => answered < total);
  const resume = document.querySelector(".series-resume");
  resume.hidden = !(started && unfinished);
  if (resume.hidden) return;
  const [item] = unfinished;
  const link = resume.querySelector("a");
  // Straight to the part's (first) checklist, not the top of the part.
  link.href = `${item.querySelector("a").href.split("#")[0]}#${item.dataset.checklistAnchor}`;
  link.textContent = `${item.querySelector(".series-number").textContent} ${item.querySelector("a").textContent}`;
}

followProgress(showResume);
