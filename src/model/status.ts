/** Status of one duty in a mapping. Every status has a label and an icon, so no screen relies on colour alone. */
export type DutyStatus = 'notReviewed' | 'inPlace' | 'partlyInPlace' | 'gap' | 'notApplicable';

/** Where the duty is found in the team's current documents. */
export type FoundIn = 'notMapped' | 'jd' | 'ps' | 'jdAndPs' | 'neither';

/** How many duties have each status. */
export type StatusCounts = Record<DutyStatus, number>;
