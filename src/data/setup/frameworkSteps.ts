import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { DataContext } from '../toolkit/context';
import { versionKey } from '../frameworks/frameworkRows';
import { idOf, num, text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import { FRAMEWORK_FIELDS as F, FRAMEWORKS_LIST } from '../schema';
import { fieldCreateProps } from './fieldProps';
import type { SiteState } from './inspect';
import type { StepResult } from './listSteps';

/**
 * Turns on "Enforce unique values" for the Frameworks list's version key, so
 * SharePoint itself refuses a second item for the same framework version:
 * that is what makes publishing safe when two owners publish at once.
 *
 * Items stored before the key existed get theirs first (SharePoint will not
 * enforce uniqueness over repeated values). Two old items for the same
 * version (possible before this step, when two owners raced) keep the first
 * as the version; later ones get a key naming their item, so nothing is
 * deleted and the app reads the first.
 *
 * @param context - Data context.
 * @param state - What the site has; updated.
 * @returns Whether anything changed.
 */
export async function enforceVersionKeys(context: DataContext, state: SiteState): Promise<StepResult> {
  const existing = state.lists.get('frameworks')?.fields.get(F.versionKey);
  if (existing === undefined || existing.unique === true) {
    return 'skipped';
  }
  const rows: Row[] = [];
  for await (const page of context.list('frameworks').items.select('ID', F.frameworkId, F.version, F.versionKey).orderBy('ID', true).top(5000)) {
    rows.push(...(page as Row[]));
  }
  const taken = new Set<string>();
  const updates: Array<{ id: number; key: string }> = [];
  for (const row of rows) {
    const wanted = versionKey(text(row, F.frameworkId), num(row, F.version));
    const key = taken.has(wanted) ? `${wanted}#item${idOf(row)}` : wanted;
    taken.add(wanted);
    if (text(row, F.versionKey).toLowerCase() !== key) {
      updates.push({ id: idOf(row), key });
    }
  }
  const field = FRAMEWORKS_LIST.fields.find((candidate) => candidate.internalName === F.versionKey);
  const entityType = field ? fieldCreateProps(field).entityType : 'SP.FieldText';
  const results = await inBatch(context.sp, (web) =>
    Promise.all([
      ...updates.map((update) => settle(context.list('frameworks', web).items.getById(update.id).update({ [F.versionKey]: update.key }))),
      settle(context.list('frameworks', web).fields.getByInternalNameOrTitle(F.versionKey).update({ EnforceUniqueValues: true }, entityType))
    ])
  );
  throwFirstFailure(results);
  existing.unique = true;
  return 'done';
}
