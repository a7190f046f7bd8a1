/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { MEMBER, VISITOR, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });

test('an opened mapping says when each entry was last saved and by whom, for the Excel export', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('History team') });
  const opened = await member.mappings.openMapping(id);
  const before = Date.now();
  const changes = editEntries(opened, 2);
  await member.mappings.saveChanges(id, { entries: changes });

  const reopened = await site.services(VISITOR).mappings.openMapping(id);
  const history = reopened.entryHistory ?? {};
  expect(Object.keys(history).sort()).toEqual(Object.keys(opened.entryEtags).sort());
  const memberName = (await member.people.currentUser()).displayName;
  for (const change of changes) {
    const saved = history[change.entry.dutyId];
    expect(saved.modifiedBy).toBe(memberName);
    expect(Date.parse(saved.modified ?? '')).toBeGreaterThanOrEqual(before - 2000);
  }
});
