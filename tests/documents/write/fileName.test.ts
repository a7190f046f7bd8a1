import { exportFileName, MAX_FILE_NAME_LENGTH, safeFileNamePart } from '../../../src/documents/write/content/fileName';

// eslint-disable-next-line no-control-regex -- control characters are among those Windows forbids
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F]/;

describe('export file names', () => {
  it('reads "<team> – duty mapping – <date>.<ext>"', () => {
    expect(exportFileName('CT', 'duty mapping', '2026-11-30', 'docx', 'Unnamed team')).toBe('CT – duty mapping – 2026-11-30.docx');
  });

  it('replaces characters Windows forbids and drops trailing dots and spaces', () => {
    const name = exportFileName('CT/MRI: "Nights" <b>?*|\\ \u0007 ...  ', 'duty mapping', '2026-11-30', 'xlsx', 'Unnamed team');
    expect(name).not.toMatch(WINDOWS_FORBIDDEN);
    expect(name).toBe('CT-MRI- -Nights- -b----- – duty mapping – 2026-11-30.xlsx');
  });

  it('never produces a reserved device name or an empty team', () => {
    expect(safeFileNamePart('CON', 'x')).toBe('CON_');
    expect(safeFileNamePart('lpt1.txt', 'x')).toBe('lpt1.txt_');
    expect(safeFileNamePart(' ... ', 'Unnamed team')).toBe('Unnamed team');
    expect(exportFileName('???', 'duty mapping', '2026-11-30', 'docx', 'Unnamed team')).toBe('Unnamed team – duty mapping – 2026-11-30.docx');
  });

  it('keeps emoji whole and the name within the length limit', () => {
    const name = exportFileName('🩻'.repeat(200), 'duty mapping', '2026-11-30', 'docx', 'Unnamed team');
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toMatch(/^(🩻)+ – duty mapping – 2026-11-30\.docx$/);
  });
});
