import { fieldRole, readPerson, type PersonField } from './fields';
import type { Token } from './line-tokens';
import type { PersonName } from './names';
import { findOrganisation, startsWithOffice } from './organisations';
import { resolvePhone, type PhoneCandidate } from './phones';
import { findPlace, placeField, type Place } from './places';
import { isBareTitle } from './titles';
import type { ExtractedContact, ExtractedPhone } from './types';

interface Draft {
  person: PersonName | null;
  texts: Array<{ readonly text: string; readonly line: number }>;
  location: Place | null;
  languages: string[];
  phones: PhoneCandidate[];
  emails: string[];
  /** An address was hidden or a label left empty: this is a contact entry even with nothing usable in it. */
  withheld: boolean;
  /** The line and `;` segment of each detail, to tell whether a name that follows them is theirs. */
  detailSegments: Set<string>;
}

/** Adds a text field to the contact being read; a bare place ("Bruxelles") is its location. */
function addText(draft: Draft, text: string, line: number): void {
  const place = placeField(text);
  if (place && !draft.location) draft.location = place;
  else draft.texts.push({ text, line });
}

function emptyDraft(): Draft {
  return {
    person: null,
    texts: [],
    location: null,
    languages: [],
    phones: [],
    emails: [],
    withheld: false,
    detailSegments: new Set(),
  };
}

const hasData = (d: Draft) => d.phones.length > 0 || d.emails.length > 0 || d.withheld;
const started = (d: Draft) => d.person !== null || hasData(d);
const isData = (t: Token) => t.kind === 'phone' || t.kind === 'email' || t.kind === 'withheld';

interface Assembled {
  readonly title: string | null;
  readonly office: string | null;
}

const AT_OFFICE = / (?:at|with|à|au|en|em|na|no|في) /gu;

/** "Communications Officer at UNHCR Lebanon": a title, then where the person works. */
function splitTitleAtOffice(text: string): readonly string[] {
  for (const match of text.matchAll(AT_OFFICE)) {
    const right = text.slice(match.index + match[0].length).replace(/^(?:l['’]|(?:the|la|le|el|o|a)\s+)/u, '');
    const organisation = findOrganisation(right);
    if ((organisation !== null && right.startsWith(organisation)) || startsWithOffice(right)) {
      return [text.slice(0, match.index), right];
    }
  }
  return [text];
}

/** Orders the text fields into one title and one office; a team name or region joins the part before it. */
function assemble(fields: readonly string[]): Assembled {
  const texts = fields.flatMap((text) => (fieldRole(text) === 'title' ? splitTitleAtOffice(text) : [text]));
  const titles: string[] = [];
  const offices: string[] = [];
  let last: string[] | null = null;
  const appendToLast = (text: string, list: string[]) => {
    const index = list.length - 1;
    list[index] = `${list[index] ?? ''}, ${text}`;
  };
  for (const text of texts) {
    const role = fieldRole(text);
    if (role === 'title') {
      titles.push(text);
      last = titles;
    } else if (role === 'office') {
      offices.push(text);
      last = offices;
    } else if (last && (role === 'unit' || role === 'region')) {
      appendToLast(text, last);
    } else if (role === 'generic' && last === titles && isBareTitle(titles[titles.length - 1] ?? '')) {
      appendToLast(text, titles);
    } else if (role === 'generic' && last === offices) {
      appendToLast(text, offices);
    } else if (role === 'generic' && offices.length === 0 && /^\p{Lu}/u.test(text)) {
      offices.push(text);
      last = offices;
    } else {
      titles.push(text);
      last = titles;
    }
  }
  // "UNHCR, Regional Bureau for Europe": the bare organisation is not the office.
  if (offices.length > 1 && offices[0] === findOrganisation(offices[0] ?? '')) offices.shift();
  return {
    title: titles.length > 0 ? titles.join(', ') : null,
    office: offices.length > 0 ? offices.join(', ') : null,
  };
}

function toContact(
  draft: Draft,
  sticky: Place | null,
  context: string | null,
  unheaded: boolean,
): ExtractedContact | null {
  if (!hasData(draft)) return null;
  const texts = draft.texts.map((t) => t.text).filter((text) => !(draft.location && placeField(text)));
  const assembled = assemble(texts);
  const office = assembled.office ?? context;
  const title = assembled.title;
  const organisation = (office ? findOrganisation(office) : null) ?? (title ? findOrganisation(title) : null) ?? null;
  const place =
    draft.location ?? sticky ?? (office ? findPlace(office) : null) ?? (title ? findPlace(title) : null) ?? null;

  const phones: ExtractedPhone[] = [];
  for (const candidate of draft.phones) {
    const phone = resolvePhone(candidate, place?.country ?? null);
    if (phone && !phones.some((p) => p.e164 === phone.e164)) phones.push(phone);
  }
  const emails: string[] = [];
  for (const email of draft.emails) {
    if (!emails.some((e) => e.toLowerCase() === email.toLowerCase())) emails.push(email);
  }
  if (!draft.person && phones.length === 0 && emails.length === 0) return null;
  // Without a heading, only a named person or an organisation's mailbox is a contact: a bare number is a footer
  // switchboard, a bare address may be noise.
  if (unheaded && !draft.person && (emails.length === 0 || organisation === null)) return null;

  return {
    name: draft.person?.name ?? null,
    honorific: draft.person?.honorific ?? null,
    title,
    organisation,
    office: office === organisation ? null : office,
    location: place?.name ?? null,
    languages: [...new Set(draft.languages)],
    phones,
    emails,
  };
}

/**
 * Groups the tokens of a block's lines into contacts. A new contact starts at a person's name when the current one
 * already has a name or details, and at a line or `;` segment that brings its own details; a line with nothing but
 * text between two contacts heads the ones below it (an office, "In Geneva:").
 */
export function buildContacts(lines: ReadonlyArray<readonly Token[]>, unheaded: boolean): ExtractedContact[] {
  const contacts: ExtractedContact[] = [];
  const persons = new Map<Token, PersonField | null>();
  const personOf = (token: Token): PersonField | null => {
    if (token.kind !== 'text') return null;
    if (!persons.has(token)) persons.set(token, readPerson(token.text));
    return persons.get(token) ?? null;
  };
  const info = lines.map((tokens) => ({
    hasData: tokens.some(isData),
    hasName: tokens.some((t) => personOf(t) !== null),
  }));
  const nextContent = (index: number) => {
    for (let j = index + 1; j < lines.length; j += 1) if ((lines[j]?.length ?? 0) > 0) return info[j] ?? null;
    return null;
  };

  let draft = emptyDraft();
  let sticky: Place | null = null;
  let context: string | null = null;
  const finalize = () => {
    const contact = toContact(draft, sticky, context, unheaded);
    if (contact) contacts.push(contact);
    draft = emptyDraft();
  };
  const makeContext = (texts: readonly string[]) => {
    for (const text of texts) {
      const place = placeField(text);
      if (place) sticky = place;
      else if (fieldRole(text) === 'office') context = text;
    }
  };

  for (const [index, tokens] of lines.entries()) {
    if (tokens.length === 0) continue;
    const first = tokens[0];
    const lonePlace =
      tokens.length === 1 && first
        ? first.kind === 'place'
          ? { ...first.place, introduced: true }
          : first.kind === 'text' && !personOf(first)
            ? placeField(first.text)
            : null
        : null;
    if (lonePlace) {
      if (draft.person && !hasData(draft) && !lonePlace.introduced) {
        draft.location ??= lonePlace;
        continue;
      }
      if (started(draft)) finalize();
      makeContext(draft.texts.map((t) => t.text));
      draft.texts = [];
      sticky = lonePlace;
      continue;
    }

    const line = info[index] ?? { hasData: false, hasName: false };
    if (!line.hasData && !line.hasName) {
      const texts = tokens.flatMap((t) => (t.kind === 'text' ? [t.text] : []));
      for (const t of tokens) {
        if (t.kind === 'languages') draft.languages.push(...t.codes);
        if (t.kind === 'place') draft.location ??= t.place;
      }
      if (draft.person && !hasData(draft)) {
        for (const text of texts) addText(draft, text, index);
        continue;
      }
      const next = nextContent(index);
      if (next?.hasData && !next.hasName) {
        if (started(draft)) finalize();
        for (const text of texts) addText(draft, text, index);
      } else {
        if (started(draft)) finalize();
        makeContext(draft.texts.map((t) => t.text));
        draft.texts = [];
        makeContext(texts);
      }
      continue;
    }

    // Whether the `;`-separated segment a token belongs to carries details of its own.
    const segmentHasData: boolean[] = [];
    const segmentOf: string[] = [];
    let segmentStart = 0;
    for (let i = 0; i <= tokens.length; i += 1) {
      const token = tokens[i];
      if (i === tokens.length || (i > 0 && token?.kind === 'text' && token.segmentStart)) {
        const data = tokens.slice(segmentStart, i).some(isData);
        for (let k = segmentStart; k < i; k += 1) {
          segmentHasData[k] = data;
          segmentOf[k] = `${index}:${segmentStart}`;
        }
        segmentStart = i;
      }
    }

    // "+41 79 … – John Roe": a line that opens with details and then names someone starts that person's entry.
    const opensWithDetails = first !== undefined && isData(first);
    if (opensWithDetails && started(draft) && tokens.some((t, i) => segmentOf[i] === segmentOf[0] && personOf(t))) {
      finalize();
    }

    for (const [i, token] of tokens.entries()) {
      const segment = segmentOf[i] ?? '';
      if (isData(token)) draft.detailSegments.add(segment);
      switch (token.kind) {
        case 'text': {
          const found = personOf(token);
          if (found) {
            // "jdoe@unicef.org – Jane Doe": details just before a name on its own segment are that person's.
            const detailsAreTheirs =
              !draft.person && [...draft.detailSegments].every((s) => s === segment) && draft.texts.length === 0;
            if (started(draft) && !detailsAreTheirs) finalize();
            else if (draft.texts.some((t) => t.line < index)) {
              makeContext(draft.texts.filter((t) => t.line < index).map((t) => t.text));
              draft.texts = draft.texts.filter((t) => t.line === index);
            }
            draft.person = found.person;
            if (found.before) addText(draft, found.before, index);
            if (found.after) addText(draft, found.after, index);
            break;
          }
          const place = placeField(token.text);
          if (place?.introduced) {
            if (started(draft) && token.segmentStart) finalize();
            sticky = place;
            break;
          }
          if (token.segmentStart && hasData(draft) && segmentHasData[i]) finalize();
          addText(draft, token.text, index);
          break;
        }
        case 'phone':
          draft.phones.push(token.phone);
          break;
        case 'email':
          draft.emails.push(token.address);
          break;
        case 'withheld':
          draft.withheld = true;
          break;
        case 'languages':
          draft.languages.push(...token.codes);
          break;
        case 'place':
          draft.location ??= token.place;
          break;
      }
    }
  }
  finalize();
  return contacts;
}
