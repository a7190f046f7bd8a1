import type { SaveConflict, MappingChanges } from '../../../services/types';
import { headerToken, sameHeader } from '../headerToken';
import { headerFromRow, headerValues } from '../mappingRows';
import type { StoredHeader } from '../mappingRows';
import { personTitle } from '../../toolkit/rows';
import type { Row, RowValues, SiteTimeZone } from '../../toolkit/rows';

/** What to do with a header change, decided against the mapping item as it is now. */
export interface HeaderDecision {
  /** Columns to write, when the header is to be saved. */
  values?: RowValues;
  conflict?: SaveConflict;
  /** The header as stored once the save is done. */
  after: StoredHeader;
}

/**
 * Normalises a header the way storing and reading it back would (blank date
 * gone, people's unknown properties dropped), so tokens and comparisons agree.
 *
 * @param stored - A header as the app holds it.
 * @returns The same header as it will read back.
 */
export function asStored(stored: StoredHeader): StoredHeader {
  return headerFromRow(headerValues(stored) as Row);
}

/**
 * Decides whether a header change can be written. It can when nobody changed
 * the header since the caller read it (the tokens match); a change to the
 * same value is no conflict; anything else is a conflict carrying the
 * header as it is now. A mapping's framework version is never changed here.
 *
 * @param change - The header change, if any.
 * @param row - The mapping item, read in this save.
 * @param zone - The site's time zone, once known.
 * @returns The decision.
 */
export function decideHeader(change: MappingChanges['header'], row: Row, zone?: SiteTimeZone): HeaderDecision {
  const server = headerFromRow(row, zone);
  if (!change) {
    return { after: server };
  }
  const mine = asStored({
    header: { ...change.header, frameworkId: server.header.frameworkId, frameworkVersion: server.header.frameworkVersion },
    areaComments: change.areaComments
  });
  if (sameHeader(mine, server)) {
    return { after: server };
  }
  const token = headerToken(server);
  if (change.etag === token) {
    return { values: headerValues(mine, zone), after: mine };
  }
  const conflict: SaveConflict = {
    kind: 'header',
    mine: change.header,
    theirs: server.header,
    theirAreaComments: server.areaComments,
    theirEtag: token
  };
  const modifiedBy = personTitle(row, 'Editor');
  if (modifiedBy !== undefined) {
    conflict.modifiedBy = modifiedBy;
  }
  return { conflict, after: server };
}
