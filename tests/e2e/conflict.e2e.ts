import type { BrowserContext, Page } from 'playwright-core';
import { DEMO, clash, commentsField, dutyName, gridReady, waitForSaved } from './support/app';
import type { Clash } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

const OWNER_NAME = 'Olivia Owen';

describe('two people editing the same duty', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let ownerContext: BrowserContext;
  let memberContext: BrowserContext;

  // Fresh profiles for each journey, so no draft left in browser storage carries over.
  beforeEach(async () => {
    ownerContext = await contextAs(browser, site.url, 'owner');
    memberContext = await contextAs(browser, site.url, 'member');
  });

  afterEach(async () => {
    await ownerContext?.close();
    await memberContext?.close();
  });

  /** The owner saves a comment first; the member, whose copy is now out of date, writes another on the same duty. */
  async function ownerThenMember(dutyId: string, ownerText: string, memberText: string): Promise<{ owner: Page; member: Page; conflict: Clash['conflict'] }> {
    const { first, second, conflict } = await clash(site, ownerContext, memberContext, DEMO.generalXray.id, dutyId, { first: ownerText, second: memberText });
    return { owner: first, member: second, conflict };
  }

  async function storedComments(page: Page, dutyId: string): Promise<string> {
    await page.reload();
    await gridReady(page);
    return commentsField(page, dutyId).inputValue();
  }

  it('shows both versions in plain words, and "Keep my version" stores the second person’s text', async () => {
    const dutyId = 'manage-data-3';
    const ownerText = 'Olivia: APs complete the exam on CRIS for plain film only.';
    const memberText = 'Marcus: APs complete exams on CRIS and check images on PACS in all rooms.';
    const { owner, member, conflict } = await ownerThenMember(dutyId, ownerText, memberText);

    const text = await conflict.innerText();
    expect(text).toContain(dutyName(dutyId));
    expect(text).toContain(`${OWNER_NAME} saved a different version while you were editing. Nothing has been overwritten`);
    expect(text).toMatch(/Comments\s*Your version:\s*Marcus: APs complete exams on CRIS/);
    // The first person's text is on screen, so nothing is lost whichever way this goes.
    expect(text).toContain(`Their version (${OWNER_NAME}): ${ownerText}`);
    expect(text).toContain(`Your version: ${memberText}`);
    expect(await conflict.getByRole('button').allInnerTexts()).toEqual(['Keep my version', 'Use their version', 'Merge the two']);
    // The save state stays on screen behind the dialog (hidden from assistive technology while it is open).
    expect(await member.getByRole('status', { name: 'Save state', includeHidden: true }).innerText()).toContain('1 change needs your decision because someone else changed it too.');
    await screenshot(member, 'conflict-01-dialog', { fullPage: false });

    await conflict.getByRole('button', { name: 'Keep my version' }).click();
    await conflict.waitFor({ state: 'detached' });
    await waitForSaved(member);
    expect(await commentsField(member, dutyId).inputValue()).toBe(memberText);
    expect(await storedComments(owner, dutyId)).toBe(memberText);
  });

  it('"Use their version" puts the first person’s text back in the field and stores it', async () => {
    const dutyId = 'perform-exams-2';
    const ownerText = 'Olivia: manual handling support is in every AP job description.';
    const memberText = 'Marcus: only the day-shift APs do this.';
    const { member, conflict } = await ownerThenMember(dutyId, ownerText, memberText);

    expect(await conflict.innerText()).toContain(`Your version: ${memberText}`);
    await conflict.getByRole('button', { name: 'Use their version' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await commentsField(member, dutyId).inputValue()).toBe(ownerText);
    await waitForSaved(member);
    expect(await storedComments(member, dutyId)).toBe(ownerText);
  });

  it('"Merge the two" offers both texts joined, and stores the merge', async () => {
    const dutyId = 'perform-exams-3';
    const ownerText = 'Olivia: APs record height and weight for contrast doses.';
    const memberText = 'Marcus: APs also take eGFR readings from the pathology system.';
    const { owner, member, conflict } = await ownerThenMember(dutyId, ownerText, memberText);

    await conflict.getByRole('button', { name: 'Merge the two' }).click();
    const merged = conflict.getByRole('textbox', { name: 'Comments (both versions, edit as needed)' });
    expect(await merged.inputValue()).toBe(`${memberText}\n\n${ownerText}`);
    await merged.press('Control+End');
    await merged.pressSequentially(' Agreed at the team meeting.');
    const expected = `${memberText}\n\n${ownerText} Agreed at the team meeting.`;
    await screenshot(member, 'conflict-02-merging', { fullPage: false });
    await conflict.getByRole('button', { name: 'Save the merged version' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await commentsField(member, dutyId).inputValue()).toBe(expected);
    await waitForSaved(member);
    expect(await storedComments(owner, dutyId)).toBe(expected);
  });
});
