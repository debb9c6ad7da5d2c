// The reader's progress in a series' tables of contents, on a page without a
// checklist of its own (answered.js does the work).
import { followProgress } from "./answered.js";

followProgress();
