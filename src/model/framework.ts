/**
 * The reference content a team maps against: the SoR guidance's areas of
 * responsibility, their QSI standards and their typical duties.
 */

/** A Quality Standard for Imaging reference, e.g. code "XR-204", title "Service Competencies & Training Plan". */
export interface QsiStandard {
  code: string;
  title: string;
}

/**
 * A typical duty. Duties may nest (a modality list under "Performing
 * protocol-driven diagnostic imaging examinations ..."); only top-level duties
 * of an area are mapped, nested items are shown as part of their parent.
 */
export interface Duty {
  /** Stable across framework versions, so entries survive edits to wording. */
  id: string;
  text: string;
  children?: Duty[];
}

export interface Area {
  id: string;
  /** Column a of the template: the typical role or responsibility. */
  title: string;
  /** Column b of the template. */
  qsiStandards: QsiStandard[];
  duties: Duty[];
}

export interface ProvenanceNote {
  /** e.g. "June 2024". */
  date: string;
  text: string;
}

export interface Framework {
  id: string;
  version: number;
  title: string;
  /** The support-worker role it describes, e.g. "Assistant practitioner"; one framework per role. */
  role?: string;
  /** The role's indicative Agenda for Change band, e.g. "Band 4". */
  band?: string;
  /** The guidance the framework maps against. */
  guidance: { title: string; url?: string };
  /** How to use the framework, shown above the grid. */
  introduction: string[];
  provenance: ProvenanceNote[];
  areas: Area[];
}
