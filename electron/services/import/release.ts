import { docxText } from '../extract/docx-text';
import { extractContacts } from '../extract/extract-contacts';
import type { ExtractResult } from '../extract/types';
import type { CandidateContact } from './types';

/** Release extraction, handed in by whoever wires it (the service, the CLI), so this pipeline does not depend on it. */
export interface ReleaseReader {
  /** Finds the contact blocks in a release's text or HTML. */
  extract(text: string): ExtractResult;
  /** The text of a .docx, when the extractor can read Word documents. */
  docxText?(bytes: Uint8Array): Promise<string>;
}

/** The release extractor of electron/services/extract: plain text, HTML and Word documents. */
export const releaseReader: ReleaseReader = { extract: extractContacts, docxText };

/**
 * The people of a release's contact blocks as candidates, numbered in reading order. Titles carry the block's
 * language; the location is the city offices are matched by; phones keep the extractor's E.164 (checked again).
 * A mailbox or duty line without a person is rejected: a team entry is not a contact named "Press".
 */
export function releaseCandidates(result: ExtractResult): CandidateContact[] {
  let row = 0;
  return result.blocks.flatMap((block) =>
    block.contacts.map((c): CandidateContact => {
      row++;
      return {
        row,
        honorific: c.honorific,
        givenName: '',
        familyName: '',
        fullName: c.name ?? '',
        organisation: c.organisation,
        organisationLang: block.language,
        office: c.office,
        city: c.location,
        country: null,
        titles: c.title ? [{ text: c.title, lang: block.language }] : [],
        phones: c.phones.map((p) => ({ raw: p.raw, kind: p.kind, e164: p.e164, origin: 'phone' })),
        emails: c.emails.map((address) => ({ address, kind: null, origin: 'email' })),
        languages: c.languages,
        topics: [],
        notes: '',
        problems:
          c.name === null
            ? [
                {
                  field: 'name',
                  reason: `No person named: a team mailbox or duty line (${[...c.emails, ...c.phones.map((p) => p.raw)].join(', ') || 'no details'})`,
                },
              ]
            : [],
      };
    }),
  );
}
