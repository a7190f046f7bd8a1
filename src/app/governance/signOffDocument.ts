import type { OpenedMapping } from '../../services/types';

/**
 * The Word document stored with a sign-off. The exports feature's builder
 * (buildMappingDocx, loaded on demand in its own chunk) produces it; until that
 * builder is part of the app, sign-off stores the JSON snapshot alone and says
 * so nowhere else, because the snapshot is the record governance relies on.
 *
 * @param _opened - The mapping as it stands.
 * @param _signedOffBy - Who is signing off.
 * @returns The .docx bytes, or undefined when no builder is available.
 */
export async function buildSignOffDocument(_opened: OpenedMapping, _signedOffBy: string): Promise<Uint8Array | undefined> {
  return undefined;
}
