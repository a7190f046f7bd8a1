/**
 * Concurrent editors saving through the real data layer: each editor is its
 * own PnPjs client and session, several share each mapping (so the mapping's
 * stored counts are contended), each owns distinct duties (so each
 * acknowledged edit has one rightful final value) and a few duties are shared
 * on purpose (so ETag conflicts happen and can be checked).
 */
import { needsAction, topLevelDutyIds } from '../../src/model';
import type { DutyStatus, MappingEntry } from '../../src/model';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import type { AppServices } from '../../src/services/types';
import { EDITORS } from './site';
import { progress, seededRandom } from './stats';
import { etagVersion } from './soakTypes';
import type { SoakLog, SoakPlan } from './soakTypes';

const STATUSES: DutyStatus[] = ['notReviewed', 'inPlace', 'partlyInPlace', 'gap', 'notApplicable'];

/** The app's message and, for the report, the HTTP failure behind it (PnPjs's message up to the body). */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && 'cause' in error && error.cause instanceof Error ? error.cause.message.split(' ::>')[0] : '';
  return cause === '' ? message : `${message} (cause: ${cause})`;
}

/**
 * Runs the soak: every editor saves in a loop until the time is up.
 *
 * @param siteUrl - The site (the child server).
 * @param plan - Mappings, editors, duration.
 * @returns What was acknowledged, conflicted and failed.
 */
export async function runSoak(siteUrl: string, plan: SoakPlan): Promise<SoakLog> {
  const log: SoakLog = { saves: 0, acks: [], conflicts: [], errors: [], sent: new Map(), elapsedMs: 0 };
  const started = performance.now();
  const deadline = started + plan.seconds * 1000;
  const ticker = setInterval(() => progress(`  soak: ${log.saves} saves, ${log.conflicts.length} conflicts, ${log.errors.length} errors`), 10_000);
  try {
    await Promise.all(Array.from({ length: plan.clients }, (_, index) => editorLoop(siteUrl, plan, index, deadline, log)));
  } finally {
    clearInterval(ticker);
  }
  log.elapsedMs = performance.now() - started;
  return log;
}

async function editorLoop(siteUrl: string, plan: SoakPlan, index: number, deadline: number, log: SoakLog): Promise<void> {
  const services: AppServices = createSharePointServices(createLocalSp(siteUrl, { user: EDITORS[index % EDITORS.length] }));
  const mappingId = plan.mappingIds[index % plan.mappingIds.length];
  const peers = Math.ceil((plan.clients - (index % plan.mappingIds.length)) / plan.mappingIds.length);
  const slot = Math.floor(index / plan.mappingIds.length);
  const next = seededRandom(index + 1);
  let opened = await services.mappings.openMapping(mappingId);
  const dutyIds = topLevelDutyIds(opened.framework);
  const ownable = dutyIds.length - plan.sharedDuties;
  const owned = dutyIds.slice(0, ownable).filter((_, i) => i % peers === slot);
  const shared = new Set(dutyIds.slice(ownable));
  if (owned.length === 0) {
    throw new Error(`Too many editors for ${ownable} duties on one mapping.`);
  }
  const current = new Map(opened.mapping.entries.map((entry) => [entry.dutyId, entry]));
  const etags = { ...opened.entryEtags };
  // Editors paced like people do not all save in the same millisecond: start each at a random point of its cycle.
  await new Promise((resolve) => setTimeout(resolve, next() * plan.pauseMs.max));
  for (let round = 1; performance.now() < deadline; round += 1) {
    const chosen = new Set<string>();
    const count = 1 + Math.floor(next() * 3);
    for (let i = 0; i < count; i += 1) {
      chosen.add(owned[Math.floor(next() * owned.length)]);
    }
    if (next() < 0.25) {
      chosen.add([...shared][Math.floor(next() * shared.size)]);
    }
    const changes = [...chosen].map((dutyId) => {
      const status = STATUSES[Math.floor(next() * STATUSES.length)];
      const before = current.get(dutyId);
      if (before === undefined) {
        throw new Error(`Mapping ${mappingId} has no entry for ${dutyId}.`);
      }
      const action = needsAction(status) ? { what: `Plan ${round}`, owner: `Editor ${index}` } : undefined;
      const entry: MappingEntry = { ...before, status, comments: `editor ${index} round ${round} ${dutyId}`, action };
      const key = `${mappingId}/${dutyId}`;
      log.sent.set(key, (log.sent.get(key) ?? new Map<string, number>()).set(entry.comments, index));
      return { entry, etag: etags[dutyId] };
    });
    try {
      const outcome = await services.mappings.saveChanges(mappingId, { entries: changes });
      log.saves += 1;
      for (const { entry } of changes) {
        const etag = outcome.savedEntryEtags[entry.dutyId];
        if (etag !== undefined) {
          etags[entry.dutyId] = etag;
          current.set(entry.dutyId, entry);
          log.acks.push({ editor: index, mappingId, dutyId: entry.dutyId, entry, version: etagVersion(etag), seq: log.acks.length });
        }
      }
      for (const conflict of outcome.conflicts) {
        if (conflict.kind === 'entry') {
          log.conflicts.push({ editor: index, mappingId, dutyId: conflict.dutyId, shared: shared.has(conflict.dutyId), mine: conflict.mine.comments, theirs: conflict.theirs.comments });
          // Taking theirs and writing again later with their ETag is what a person resolving it does.
          etags[conflict.dutyId] = conflict.theirEtag;
          current.set(conflict.dutyId, conflict.theirs);
        }
      }
    } catch (error) {
      log.errors.push(`editor ${index}: ${describe(error)}`);
      // Some writes may have landed unacknowledged: start again from what is stored.
      try {
        opened = await services.mappings.openMapping(mappingId);
        Object.assign(etags, opened.entryEtags);
        opened.mapping.entries.forEach((entry) => current.set(entry.dutyId, entry));
      } catch (reopenError) {
        log.errors.push(`editor ${index} reopening: ${describe(reopenError)}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, plan.pauseMs.min + next() * (plan.pauseMs.max - plan.pauseMs.min)));
  }
}
