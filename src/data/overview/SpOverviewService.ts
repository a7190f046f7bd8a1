import type { ActionItem, ActionSource, JdCitation, OverviewData, OverviewFramework, OverviewService, PreviousMapping, TrackerData } from '../../services/overview';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import { withAppErrors } from '../toolkit/errors';
import { presentFields } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { FRAMEWORK_SELECT } from '../frameworks/frameworkRows';
import { MAX_PAGE } from '../toolkit/pages';
import type { Row } from '../toolkit/rows';
import { readSiteSettings } from '../settings/siteSettings';
import { readSignOffSummaries } from '../governance/signOffReviewDates';
import { CHECK_SELECT, allNeedsAction, checkedMappings, startNeedsActionRows } from './overviewChecks';
import { ACTION_SELECT, actionsFromRows, readActions } from './actionQueries';
import { readJdCoverage } from './jdCoverageQuery';
import { readPreviousMapping } from './previousMapping';
import { OVERVIEW_SELECT, overviewFrameworkFromRow, overviewMappingFromRow } from './overviewRows';

/** The manager's overview and action tracker over the site's lists. */
export class SpOverviewService implements OverviewService {
  private readonly context: DataContext;

  public constructor(context: DataContext) {
    this.context = context;
  }

  /**
   * Mappings (up to 5,000, newest first, by ID so the query is valid past the
   * threshold), framework versions and the review period, in one $batch.
   *
   * @returns What the overview shows.
   */
  public async loadOverview(): Promise<OverviewData> {
    return withAppErrors(async () => (await this.readOverview(CHECK_SELECT)).overview, 'loadOverview');
  }

  /**
   * The overview and every open action in the overview's one $batch: the entries needing
   * action it reads to check the stored counts are read with the tracker's columns too.
   *
   * @returns The overview, and the actions of every mapping it lists.
   */
  public async loadTracker(): Promise<TrackerData> {
    return withAppErrors(async () => {
      const select = presentFields(this.context, [...new Set([...CHECK_SELECT, ...ACTION_SELECT])]);
      const { overview, entryRows } = await this.readOverview(select);
      return { overview, actions: actionsFromRows(entryRows, this.context.timeZone) };
    }, 'loadTracker');
  }

  /**
   * The overview's batch, its entries needing action read with the given columns.
   *
   * @param entrySelect - Columns of the entries needing action (at least the checks').
   * @returns The overview and those entries.
   */
  private async readOverview(entrySelect: readonly string[]): Promise<{ overview: OverviewData; entryRows: Row[] }> {
    const parts = await inBatch(this.context.sp, (web) =>
      Promise.all([
        settle(this.context.list('mappings', web).items.select(...presentFields(this.context, OVERVIEW_SELECT)).orderBy('ID', false).top(MAX_PAGE)<Row[]>()),
        settle(this.context.list('frameworks', web).items.select(...presentFields(this.context, FRAMEWORK_SELECT)).orderBy('ID', true).top(MAX_PAGE)<Row[]>()),
        settle(readSiteSettings(this.context, web)),
        // Signed-off mappings are due for review on the date set at sign-off; each latest record's state.
        settle(readSignOffSummaries(this.context, web)),
        // Every entry needing action, to check the stored counts (which Members can write) against.
        startNeedsActionRows(this.context, web, entrySelect)
      ])
    );
    const needsAction = parts[4];
    const read = [parts[0], parts[1], parts[2], parts[3]] as const;
    throwFirstFailure(read);
    const [mappings, frameworks, settings, signOffs] = read;
    const framesRead = frameworks.value.map(overviewFrameworkFromRow).filter((f): f is OverviewFramework => f !== undefined);
    const stored = mappings.value.map((row) => overviewMappingFromRow(row, this.context.timeZone));
    // Past the threshold SharePoint refuses the Status query: the action tracker's grouped read stands in (one request).
    const entryRows = await allNeedsAction(
      this.context,
      needsAction,
      stored.map((m) => ({ id: m.id, dutyCount: m.dutyCount })),
      entrySelect
    );
    return {
      overview: {
        mappings: checkedMappings(stored, framesRead, entryRows, signOffs.value),
        frameworks: framesRead,
        reviewPeriodMonths: settings.value.reviewPeriodMonths
      },
      entryRows
    };
  }

  /**
   * Open actions of the given mappings (see {@link readActions}).
   *
   * @param mappings - Ids and duty counts.
   * @returns The actions.
   */
  public async loadActions(mappings: readonly ActionSource[]): Promise<ActionItem[]> {
    return withAppErrors(() => readActions(this.context, mappings), 'loadActions');
  }

  /**
   * Where each team's latest mapping found each duty (see {@link readJdCoverage}).
   *
   * @param mappings - Ids and duty counts.
   * @returns One citation per mapping and duty.
   */
  public async loadJdCoverage(mappings: readonly ActionSource[]): Promise<JdCitation[]> {
    return withAppErrors(() => readJdCoverage(this.context, mappings), 'loadJdCoverage');
  }

  /**
   * The mapping this one was made from (see {@link readPreviousMapping}).
   *
   * @param mappingId - This mapping.
   * @param previousMappingId - The link, when read with the mapping (null: none).
   * @returns The previous mapping, or undefined.
   */
  public async loadPrevious(mappingId: number, previousMappingId?: number | null): Promise<PreviousMapping | undefined> {
    return withAppErrors(() => readPreviousMapping(this.context, mappingId, previousMappingId), 'loadPrevious');
  }
}
