/**
 * The lines of a JD or PS a reader looking for duties skips: the job's
 * details, the organisation lines, contact lines and page furniture. They
 * are set apart, not made clauses, so no duty is ever suggested from
 * "Reporting to Modality Manager in area of placement" or "Page 2 of 3".
 *
 * Patterns are of NHS job descriptions in general (Agenda for Change
 * templates and the ways trusts fill them in), not of any one trust.
 */
import type { SetApartLine } from './types';

export type SetApartKind = SetApartLine['kind'];

/** Labels of the job's details, as a line starts ("Band: 4") or as a table cell of their own. */
const DETAIL_LABEL =
  /^(job title|post|post title|title of post|job ref(erence)?( no\.?| number)?|reference( no\.?| number)?|post (number|ref(erence)?)|vacancy (number|ref(erence)?)|(pay )?band|grade|salary|pay|(normal )?hours( of work)?|working (hours|pattern)|contract( type)?|type of contract|tenure|(work )?base|location|site|department|directorate|division|care group|service line|specialty|clinical area|staff group|date( of issue)?|review date|version( no\.?)?|job evaluation( no\.?| ref(erence)?)?|je ref(erence)?|dbs( check)?|disclosure)$/i;
/** Organisation lines: who the post answers to and works with. */
const ORGANISATION_LABEL =
  /^(accountable to|managerially accountable to|professionally accountable to|professionally responsible to|responsible to|reports to|reporting to|line manager|managed by|supervised by|professional lead|works (closely )?with|key (working )?relationships|responsible for|direct reports)$/i;
const CONTACT_LABEL = /^(contact( details)?|contacts?( for enquiries)?|enquiries( to)?|informal enquiries|for (further|more) (details|information)|further information)$/i;

/** Headings under which everything short is organisation or contact, not duties. */
const ORGANISATION_HEADING =
  /^(organisation(al)? (position|chart|structure|arrangements|relationships)|organisation chart|reporting (arrangements|structure|lines)|line management|(key )?(working )?relationships)$/i;
const CONTACT_HEADING = /^(contacts?|further information|enquiries|informal enquiries|how to apply)$/i;
/**
 * Headings over a description of the place ("About the department", "The
 * Trust"): a reader learns the setting there, not the job's duties, however
 * long its sentences.
 */
const DESCRIPTION_HEADING =
  /^(about (the|our|this) (department|trust|service|team|hospital|organisation|directorate|unit|centre)|about us|(the|our) (department|trust|service|hospital|organisation|directorate)|(department|service|trust) (profile|overview|background)|background)$/i;
const DETAILS_HEADING = /^(job|post) (details|information)$|^details of the post$/i;

const EMAIL = /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/;
const URL = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i;
const PHONE = /\b(tel|telephone|phone|ext|extension|bleep|mobile|mob)\b\.?:?\s*\(?\+?\d|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/i;
const CONTACT_LEAD =
  /^(for (an informal|further|more) (discussion|details|information|visit)|informal (enquiries|visits?)|to arrange (an informal|a) visit|enquiries (to|about))\b|\bplease contact\b/i;

const PAGE_NUMBER = /^(page\s*)?\d{1,3}(\s*(of|\/)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/i;
const PAGE_ANYWHERE = /\bpage \d{1,3}( of \d{1,3})?\s*$|\bpage \d{1,3} of \d{1,3}\b/i;
const CONTINUED = /^\(?(continued|cont'?d\.?)\)?\.?$|\bcontinued (overleaf|on (the )?next page)\b/i;
/** "(continued)" after a heading: the heading goes on, the marker is furniture. */
const CONTINUED_SUFFIX = /\s*[-–—:]?\s*\(?(continued|cont'?d\.?)\)?\s*$/i;
const VERSION_LINE = /^(version|v)\s?\d+(\.\d+)*\b.{0,60}$|^(date of issue|issued|review date|document control)\b/i;
const ABOUT_THIS_DOCUMENT = /^this (job description|person specification|document)\b.*\b(not exhaustive|reviewed|review|changed|amended|outline|guide)\b/i;
/**
 * A letterhead line naming the organisation ("Northmoor Hospitals NHS
 * Foundation Trust", "Hosted by Southbank and District NHS Trust"): the
 * employer, not a duty.
 */
const ORGANISATION_NAME =
  /^(hosted by|part of|in partnership with|a partnership (of|between)|managed by|run by)\b.*\b(nhs|trust|health board|integrated care board|icb)\b|\b(nhs (foundation )?trust|health board|integrated care board|health and social care trust|nhs foundation trust)$/i;
/** Written as a name: every word capitalised but the small ones ("Hosted by Southbank and District NHS Trust"), unlike a duty ("Follow the policies of the NHS Trust"). */
function isOrganisationName(text: string): boolean {
  const clean = text.replace(/[.\s]+$/, '');
  return (
    ORGANISATION_NAME.test(clean) &&
    wordCount(clean) <= 12 &&
    clean.split(/\s+/).every((word) => /^[A-Z0-9&(]/.test(word) || /^(hosted|part|in|partnership|a|of|between|with|managed|run|by|and|the|for|on|behalf)$/.test(word))
  );
}
const BAND_MENTION = /\b(band \d[a-d]?|agenda for change|afc)\b/i;

/** Nouns that end a job title; a short line ending in one is a post in an organisation chart, not a duty. */
const ROLE_NOUN =
  /\b(manager|lead|leader|radiographer|radiologist|practitioner|director|officer|head|supervisor|superintendent|assistant|consultant|coordinator|co-ordinator|administrator|worker|technician|helper|clerk|sister|matron|nurse)s?$/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** The label before a colon, dash or tab ("Band: 4", "Reports to – Lead radiographer"), if the line has one. */
export function labelOf(text: string): string | undefined {
  const match = /^([A-Za-z][A-Za-z .()/-]{1,40}?)\s*(:|\t| [-–—] )\s*\S/.exec(text);
  return match?.[1].trim();
}

/**
 * What a label names, when a line is just a label (a table cell "Band") or
 * starts with one ("Band: 4").
 *
 * @param label - The label, without its colon.
 * @returns The kind of line it starts, or undefined for any other label.
 */
export function labelKind(label: string): SetApartKind | undefined {
  const clean = label.replace(/[:\s]+$/, '').trim();
  if (DETAIL_LABEL.test(clean)) {
    return 'jobDetails';
  }
  if (ORGANISATION_LABEL.test(clean)) {
    return 'organisation';
  }
  if (CONTACT_LABEL.test(clean)) {
    return 'contact';
  }
  return undefined;
}

/**
 * A short line naming a post ("2. Clinical Modality Manager – General
 * Radiography", "Trainee Assistant Practitioner (this post)"): an
 * organisation chart's line, not a heading and not a duty.
 *
 * @param text - The line without its number.
 * @returns Whether it reads as a post's title.
 */
export function isPostTitle(text: string): boolean {
  if (/\(this post\)/i.test(text)) {
    return true;
  }
  if (wordCount(text) > 10 || /[.;!?]$/.test(text)) {
    return false;
  }
  // The title proper comes before any dash, bracket or comma ("Manager – General Radiography", "Radiographer (Band 6)").
  const title = text.split(/\s[-–—]\s|\s*\(|,/)[0].trim();
  // Titles are written in capitals ("Clinical Modality Manager"); a duty naming a post is a sentence ("Deputise for the Lead Practitioner").
  const titleCase = title.split(/\s+/).every((word) => /^[A-Z0-9]/.test(word) || /^(of|and|&|in)$/.test(word));
  return titleCase && ROLE_NOUN.test(title);
}

/** Headings over the people a post works with ("Key working relationships"): every line under them names people, however long. */
const RELATIONSHIPS_HEADING = /^((key|main|principal|internal|external|organisational) )?(working )?relationships$/i;

/**
 * Whether a heading is over a description of the department or organisation,
 * or over the people the post works with, whose lines are all set apart as
 * organisation lines, not only the short ones.
 *
 * @param heading - The heading text.
 * @returns True for "About the department", "The Trust", "Service profile", "Key working relationships" and the like.
 */
export function isDescriptionHeading(heading: string): boolean {
  const clean = heading.replace(/[:\s]+$/, '').trim();
  return DESCRIPTION_HEADING.test(clean) || RELATIONSHIPS_HEADING.test(clean);
}

/**
 * A line that only leads into a list ("The post holder will:", "Duties
 * include:"): neither a duty nor a heading, so the list stays under the
 * heading above it.
 */
const LEAD_IN = [
  /^(the )?(post ?holder|job ?holder|successful (candidate|applicant)|assistant practitioner|you) (will|must|is (expected|required) to|will be (expected|required) to)( be (responsible for|expected to|required to))?( (undertake|carry out|perform))?( the following( duties| tasks| responsibilities)?)?$/i,
  /^(the )?((main|key|principal) )?(duties|responsibilities|tasks)( and responsibilities)?( of the post)? (will )?include$/i
];

/**
 * Whether a line only leads into the list below it.
 *
 * @param text - The line, with or without its closing colon.
 * @returns True for "The post holder will:", "Key duties include:" and the like.
 */
export function isLeadIn(text: string): boolean {
  const clean = text.replace(/[:\s]+$/, '').trim();
  return LEAD_IN.some((pattern) => pattern.test(clean));
}

/** A section heading whose short lines are set apart, and as what. */
export function sectionKind(heading: string): SetApartKind | undefined {
  const clean = heading.replace(/[:\s]+$/, '').trim();
  if (DESCRIPTION_HEADING.test(clean)) {
    return 'organisation';
  }
  if (DETAILS_HEADING.test(clean)) {
    return 'jobDetails';
  }
  if (ORGANISATION_HEADING.test(clean)) {
    return 'organisation';
  }
  if (CONTACT_HEADING.test(clean)) {
    return 'contact';
  }
  return undefined;
}

/**
 * Whether a line is furniture a reader skips, and which, from the line
 * alone (not its section).
 *
 * @param text - The line, without any number or bullet.
 * @param inCriteria - Whether the line is a PS criterion (a criterion may mention a band or a contact skill).
 * @returns The kind of line it is, or undefined for a line that may be a duty or criterion.
 */
export function furnitureOf(text: string, inCriteria = false): SetApartKind | undefined {
  if (PAGE_NUMBER.test(text) || PAGE_ANYWHERE.test(text) || CONTINUED.test(text)) {
    return 'page';
  }
  if (EMAIL.test(text) || URL.test(text) || PHONE.test(text) || CONTACT_LEAD.test(text)) {
    return 'contact';
  }
  const label = labelOf(text);
  const kind = label === undefined ? undefined : labelKind(label);
  if (kind !== undefined) {
    return kind;
  }
  if (inCriteria) {
    return undefined;
  }
  if (/^(reports|reporting|accountable|responsible) to\b/i.test(text) && wordCount(text) <= 14) {
    return 'organisation';
  }
  if (isOrganisationName(text)) {
    return 'organisation';
  }
  if (VERSION_LINE.test(text) || ABOUT_THIS_DOCUMENT.test(text) || (BAND_MENTION.test(text) && wordCount(text) <= 12 && !/[.;]$/.test(text))) {
    return 'jobDetails';
  }
  return undefined;
}

/**
 * A heading without a trailing "(continued)", and whether it had one.
 *
 * @param heading - The heading text.
 * @returns The heading proper.
 */
export function withoutContinued(heading: string): { text: string; continued: boolean } {
  const text = heading.replace(CONTINUED_SUFFIX, '').trim();
  return { text, continued: text !== heading.trim() && text !== '' };
}
