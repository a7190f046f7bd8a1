/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { MEMBER, countRequests, expectAppError, siteForThisFile } from './helpers';
import { newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });

test('a stored JD past 10 MB (written over REST) is refused from its size, before any of it is downloaded', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Large file team') });
  await member.documents.saveDocument(id, { kind: 'jd', originalName: 'JD.txt', format: 'txt', bytes: new TextEncoder().encode('1. Use PACS.') });
  const [stored] = await member.documents.listDocuments(id);
  // What a Member can do with REST alone: overwrite the file with one past the app's limit.
  const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
  await site.sp(MEMBER).web.getFolderByServerRelativePath(stored.path.slice(0, stored.path.lastIndexOf('/'))).files.addUsingPath(stored.path.slice(stored.path.lastIndexOf('/') + 1), big, { Overwrite: true });

  const { result, requests } = await countRequests(site, () => expectAppError(member.documents.readDocument(stored), 'invalid'));
  expect(result.reason).toBe('documentTooLarge');
  // One request: the size. The 10 MB were never downloaded.
  expect(requests).toBe(1);

  await member.documents.saveDocument(id, { kind: 'jd', originalName: 'JD.txt', format: 'txt', bytes: new TextEncoder().encode('1. Use PACS.') });
  const read = await countRequests(site, () => member.documents.readDocument(stored));
  expect(new TextDecoder().decode(read.result)).toBe('1. Use PACS.');
  expect(read.requests).toBe(2);
});
