/**
 * Which duties a clause goes to, once weighed (scoreClauses.ts): the duty it
 * is most about, and another only if the clause carries something that tells
 * that duty apart.
 */
import type { ScoredClause } from './scoreClauses';

/**
 * A clause is suggested for a duty only if its evidence there is at least
 * this share of its best evidence for any duty: "Clean, move and change the
 * MRI coils" is about the coils duty, not about moving mobile x-ray machines,
 * though both duties clean and move.
 */
const CLAUSE_SHARE = 0.5;
/**
 * A concept a few duties share (in at most three of the default framework's
 * 24: QA, x-ray, RIS, PACS, MRI) carries at least this share of the evidence
 * bar; one in more duties does not. Such a concept is enough when the
 * clause's other words single out one of its duties (sharedConceptTies).
 */
const SHARED_CONCEPT_SHARE = 0.8;

/**
 * Which of two duties a clause with equal evidence for both is more about: its
 * score (every shared word, common ones too) times the share of the duty it
 * speaks to. "Able to work within own scope of practice and ask for help" is
 * most of the scope duty and a small part of the image-quality one.
 */
export function fit(entry: ScoredClause): number {
  return entry.score * entry.coverage;
}

/**
 * Whether a clause carries something that tells this duty apart from the
 * duty the clause is most about. "Knowledge of MRI quality assurance checks"
 * matches the more complex QA duty only by "quality assurance", which the
 * routine QA checks duty also has, with "checks" besides: it is about the
 * routine checks, and says nothing of the other. A clause that carries some
 * term of this duty its best duty lacks is about both.
 *
 * @param entry - The clause weighed against this duty.
 * @param best - The same clause weighed against the duty it has the most evidence for.
 * @returns False when this duty's evidence is a part of the best duty's and no more than it (on a tie, the clause's other shared words decide).
 */
export function distinguishes(entry: ScoredClause, best: ScoredClause): boolean {
  // On equal evidence the clause's other words decide ("daily quality assurance checks on imaging equipment" is the routine checks).
  if (entry === best || entry.evidence > best.evidence || (entry.evidence === best.evidence && fit(entry) >= fit(best))) {
    return true;
  }
  // Two or more distinctive terms the duties share ("complete … on RIS … PACS" is in two duties' wording): the clause is about both.
  if (entry.evidence === best.evidence && entry.evidenceTerms.size > 1) {
    return true;
  }
  // So it is with two imaging concepts when the clause fits this duty at least as well ("record each examination on RIS … check … PACS"
  // is more the duty of completing examination data than of the one whose other words it also shares).
  if ([...entry.evidenceTerms].filter((term) => term.startsWith('~')).length > 1 && fit(entry) >= fit(best)) {
    return true;
  }
  return [...entry.evidenceTerms].some((term) => !best.evidenceTerms.has(term));
}

/**
 * Clauses whose only evidence is one imaging concept that a few duties share
 * (QA and x-ray are each in two duties, RIS, PACS and MRI in three), too
 * little alone, but whose other words tell those duties apart: "Knowledge of
 * MRI quality assurance checks" shares QA with both QA duties and "checks"
 * with the routine checks duty alone. Such a clause goes to that one duty, if
 * it also fits it best ({@link fit}). "Experience of working in an x-ray
 * department" has no such word and stays unsuggested; a concept in more
 * duties stays too little however the other words fall.
 *
 * @returns The duty each such clause goes to, by clause id.
 */
export function sharedConceptTies(
  scored: ReadonlyMap<string, readonly ScoredClause[]>,
  clauseBest: ReadonlyMap<string, ScoredClause>,
  minEvidence: number,
  common: ReadonlySet<string>
): Map<string, string> {
  const byClause = new Map<string, { dutyId: string; entry: ScoredClause }[]>();
  for (const [dutyId, entries] of scored) {
    for (const entry of entries) {
      byClause.set(entry.clause.id, [...(byClause.get(entry.clause.id) ?? []), { dutyId, entry }]);
    }
  }
  const ties = new Map<string, string>();
  for (const [clauseId, entries] of byClause) {
    const best = clauseBest.get(clauseId);
    if (best === undefined || best.evidence >= minEvidence || best.evidence < SHARED_CONCEPT_SHARE * minEvidence || ![...best.evidenceTerms].some((term) => term.startsWith('~'))) {
      continue;
    }
    const rivals = entries.filter(({ entry }) => entry.evidence === best.evidence).sort((a, b) => fit(b.entry) - fit(a.entry));
    if (rivals.length < 2 || fit(rivals[0].entry) <= fit(rivals[1].entry)) {
      continue;
    }
    const [first, ...others] = rivals;
    // A word the clause shares with this duty alone among them, not one every JD uses.
    const tellsApart = [...first.entry.matched].some(
      (term) => !common.has(term) && !first.entry.evidenceTerms.has(term) && others.every(({ entry }) => !entry.matched.has(term))
    );
    if (tellsApart) {
      ties.set(clauseId, first.dutyId);
    }
  }
  return ties;
}

/**
 * Each clause's best duty by evidence: what the clause is most about (on equal evidence, the better {@link fit}).
 *
 * @param scored - Every duty's weighed clauses.
 * @returns The best entry by clause id.
 */
export function bestDutyOfEachClause(scored: ReadonlyMap<string, readonly ScoredClause[]>): Map<string, ScoredClause> {
  const clauseBest = new Map<string, ScoredClause>();
  for (const entries of scored.values()) {
    for (const entry of entries) {
      const best = clauseBest.get(entry.clause.id);
      if (best === undefined || entry.evidence > best.evidence || (entry.evidence === best.evidence && fit(entry) > fit(best))) {
        clauseBest.set(entry.clause.id, entry);
      }
    }
  }
  return clauseBest;
}

/**
 * Whether a clause weighed against a duty goes to that duty: enough evidence,
 * a fair share of its best evidence anywhere, and something that tells this
 * duty apart from the one the clause is most about; or a shared concept
 * decided for this duty ({@link sharedConceptTies}).
 *
 * @param entry - The clause weighed against the duty.
 * @param best - The clause's best entry ({@link bestDutyOfEachClause}).
 * @param minEvidence - The evidence bar.
 * @param tiedTo - The duty a shared concept went to for this clause, if any.
 * @param dutyId - The duty.
 * @returns Whether to suggest it.
 */
export function goesToDuty(entry: ScoredClause, best: ScoredClause | undefined, minEvidence: number, tiedTo: string | undefined, dutyId: string): boolean {
  if (tiedTo === dutyId) {
    return true;
  }
  return entry.evidence >= minEvidence && (best === undefined || (entry.evidence >= CLAUSE_SHARE * best.evidence && distinguishes(entry, best)));
}
