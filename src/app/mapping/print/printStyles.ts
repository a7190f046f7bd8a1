/** Id of the element the print view is rendered into, straight under <body>. */
export const PRINT_ROOT_ID = 'idm-print-root';

/**
 * The print stylesheet. While the print view is mounted, printing shows only
 * it (the app's screens, its buttons and navigation, and any SharePoint or Teams
 * page around it are not printed), on landscape A4, with the form's ruled
 * tables: header rows repeat on every page and no row is split across pages.
 * On screen the print view is never shown. Black on white whatever the theme,
 * since browsers leave out background colours when printing.
 */
export const PRINT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
@media screen { #${PRINT_ROOT_ID} { display: none !important; } }
@media print {
  body > :not(#${PRINT_ROOT_ID}) { display: none !important; }
  html, body { background: #fff !important; }
  #${PRINT_ROOT_ID} { display: block; color: #000; background: #fff; font-family: 'Segoe UI', 'Segoe UI Web (West European)', Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; }
}
#${PRINT_ROOT_ID} h1 { font-size: 15pt; margin: 0 0 4pt; }
#${PRINT_ROOT_ID} h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
#${PRINT_ROOT_ID} p { margin: 0 0 4pt; }
#${PRINT_ROOT_ID} table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 8pt; }
#${PRINT_ROOT_ID} thead { display: table-header-group; }
#${PRINT_ROOT_ID} tr { break-inside: avoid; page-break-inside: avoid; }
#${PRINT_ROOT_ID} th, #${PRINT_ROOT_ID} td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
#${PRINT_ROOT_ID} thead th { background: #e6e6e6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
#${PRINT_ROOT_ID} ul { margin: 2pt 0 0; padding-left: 14pt; }
#${PRINT_ROOT_ID} .idm-print-pre { white-space: pre-wrap; }
#${PRINT_ROOT_ID} .idm-print-status { display: inline-flex; gap: 4pt; align-items: baseline; }
#${PRINT_ROOT_ID} .idm-print-muted { color: #444; }
`;
