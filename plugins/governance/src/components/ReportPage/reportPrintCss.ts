/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * The report's print stylesheet. Global on purpose: printing has to hide
 * the app's own chrome (sidebar, page header) around this page, which the
 * page's own classes cannot reach. Only applies while this page is shown.
 */
export const REPORT_PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  html, body { background: #fff !important; }
  nav[aria-label="sidebar nav"],
  [data-testid="sidebar-root"],
  header,
  button,
  .guardrails-no-print {
    display: none !important;
  }
  .guardrails-report {
    width: 100% !important;
    font-size: 10pt;
  }
  .guardrails-report .MuiCard-root,
  .guardrails-report section h3,
  .guardrails-report li {
    break-inside: avoid;
    page-break-inside: avoid;
  }
  .guardrails-report section h3 { break-after: avoid; page-break-after: avoid; }
  .guardrails-report .MuiCard-root { box-shadow: none !important; }
  /* Two KPI cards a row on A4, each wide enough for its chart. */
  .guardrails-report .MuiGrid-item.guardrails-kpi-cell {
    max-width: 50% !important;
    flex-basis: 50% !important;
  }
  a { color: inherit !important; text-decoration: none !important; }
}
`;
