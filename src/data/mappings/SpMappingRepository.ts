import type { MappingChanges, MappingRepository, MappingSummary, NewMappingInput, OpenedMapping, SaveOutcome } from '../../services/types';
import { withAppErrors } from '../toolkit/errors';
import { COUNT_FIELDS, MAPPING_FIELDS } from '../schema';
import type { DataContext } from '../toolkit/context';
import { createMapping } from './createMapping';
import { summaryFromRow } from './mappingRows';
import { openMapping } from './openMapping';
import type { Row } from '../toolkit/rows';
import { saveChanges } from './save/saveChanges';
import type { SpFrameworkStore } from '../frameworks/SpFrameworkStore';

/** The overview reads only what a summary shows: never the notes or comments. */
export const SUMMARY_SELECT = [
  'ID',
  MAPPING_FIELDS.team,
  MAPPING_FIELDS.completedBy,
  MAPPING_FIELDS.dateCompleted,
  MAPPING_FIELDS.frameworkId,
  MAPPING_FIELDS.frameworkVersion,
  MAPPING_FIELDS.coverage,
  MAPPING_FIELDS.contributors,
  ...Object.values(COUNT_FIELDS),
  'Modified'
];

/** SharePoint's largest page; the overview is one request up to this many mappings. */
const OVERVIEW_PAGE = 5000;

/** Mappings and their entries in the site's lists, through PnPjs. */
export class SpMappingRepository implements MappingRepository {
  private readonly context: DataContext;
  private readonly frameworks: SpFrameworkStore;

  public constructor(context: DataContext, frameworks: SpFrameworkStore) {
    this.context = context;
    this.frameworks = frameworks;
  }

  /**
   * Every mapping (up to 5,000, newest first) from the mapping items alone, in
   * one request: the totals are stored on each item, so no entry is read.
   * Ordering by ID keeps the query valid above the list view threshold.
   *
   * @returns Summaries, newest first.
   */
  public async listMappings(): Promise<MappingSummary[]> {
    return withAppErrors(async () => {
      const rows = await this.context.list('mappings').items.select(...SUMMARY_SELECT).orderBy('ID', false).top(OVERVIEW_PAGE)<Row[]>();
      return rows.map((row) => summaryFromRow(row, this.context.timeZone));
    }, 'listMappings');
  }

  /**
   * Opens a mapping in at most two requests (see {@link openMapping}).
   *
   * @param id - Mapping id.
   * @returns The mapping, its framework and its tokens.
   */
  public async openMapping(id: number): Promise<OpenedMapping> {
    return withAppErrors(() => openMapping(this.context, this.frameworks, id), 'openMapping');
  }

  /**
   * Creates a mapping on the current framework (see {@link createMapping}).
   *
   * @param input - Header and optional mapping to copy for a yearly review.
   * @returns The new id.
   */
  public async createMapping(input: NewMappingInput): Promise<number> {
    return withAppErrors(() => createMapping(this.context, this.frameworks, input), 'createMapping');
  }

  /**
   * Saves what changed (see {@link saveChanges}).
   *
   * @param mappingId - The mapping.
   * @param changes - Changed entries and header, each with its token.
   * @returns New tokens, conflicts and the stored totals.
   */
  public async saveChanges(mappingId: number, changes: MappingChanges): Promise<SaveOutcome> {
    return withAppErrors(() => saveChanges(this.context, mappingId, changes), 'saveChanges');
  }
}
