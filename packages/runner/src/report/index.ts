/** The HTML step-through report of a scenario or an event log. */
export type { ReportCheck, ReportModel, ReportStep } from './report-model.js';
export { buildReport } from './build-report.js';
export { renderReportHtml } from './render-report.js';
export { changedElements } from './changed-elements.js';
export { stepDiff } from './step-diff.js';
