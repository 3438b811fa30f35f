export type PhoneKind = 'office' | 'mobile' | 'whatsapp' | 'fax';
export type EmailKind = 'work' | 'personal' | 'shared';

export interface Progress {
  /** reading: parsing the file (done/total in characters); checking: validating and matching rows; writing: the apply. */
  readonly phase: 'reading' | 'checking' | 'writing';
  readonly done: number;
  readonly total: number;
}

export type ProgressFn = (progress: Progress) => void;

/** A row the reader could not turn into cells, with its 1-based number (the header is row 1). */
export interface SheetProblem {
  readonly row: number;
  readonly reason: string;
}

/** A table as read from CSV, TSV or XLSX: the header row and the data rows with their numbers as a spreadsheet shows them. */
export interface Sheet {
  readonly header: string[];
  readonly rows: { readonly row: number; readonly cells: string[] }[];
  readonly problems: SheetProblem[];
  readonly delimiter?: string;
  readonly sheetName?: string;
}

/** Where a value came from in the source: a column header ("Mobile Phone"), a vCard property ("TEL"), or a field. */
export type Origin = string;

export interface FieldProblem {
  readonly field: Origin;
  readonly reason: string;
}

export interface CandidatePhone {
  readonly raw: string;
  readonly kind: PhoneKind | null;
  /** Set by sources that already parsed the number (release extraction); checked again before it is trusted. */
  readonly e164?: string | null;
  readonly origin: Origin;
}

export interface CandidateEmail {
  readonly address: string;
  readonly kind: EmailKind | null;
  readonly origin: Origin;
}

/**
 * A contact as a source found it, before any checking: what spreadsheet rows, vCards and release contact blocks all
 * produce, so that every source goes through the same validation, duplicate matching, preview and apply.
 */
export interface CandidateContact {
  /** 1-based: the spreadsheet row (header = 1), the card's number in a vCard file, the person's number in a release. */
  readonly row: number;
  readonly honorific: string | null;
  readonly givenName: string;
  readonly familyName: string;
  /** Used when the source has no separate given and family names ("Name" column, vCard FN, a release line). */
  readonly fullName: string;
  readonly organisation: string | null;
  /** ISO 639-1 language the organisation's name is written in, when the source says (vCard, a release's language). */
  readonly organisationLang: string | null;
  /** An office or department name, matched against the organisation's offices. */
  readonly office: string | null;
  readonly city: string | null;
  /** As written: "Belgium", "Belgique", "BE". Gives numbers without a country code their country. */
  readonly country: string | null;
  /** Job titles; `lang` is the ISO 639-1 language when the source says (vCard LANGUAGE, the release's language). */
  readonly titles: readonly { readonly text: string; readonly lang: string | null }[];
  readonly phones: readonly CandidatePhone[];
  readonly emails: readonly CandidateEmail[];
  /** Language names or codes as written ("English", "fr"). */
  readonly languages: readonly string[];
  readonly topics: readonly string[];
  readonly notes: string;
  /** Problems the reader already found in this entry (bad encoding, a card it could not read). */
  readonly problems: readonly FieldProblem[];
}

export interface ImportPhone {
  readonly raw: string;
  readonly e164: string;
  readonly digits: string;
  readonly kind: PhoneKind | null;
}

export interface ImportEmail {
  readonly address: string;
  readonly kind: EmailKind | null;
}

/** A candidate that passed every check: what the apply writes. */
export interface ImportContact {
  readonly row: number;
  readonly honorific: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly organisation: string | null;
  readonly organisationLang: string | null;
  readonly office: string | null;
  readonly city: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly title: Readonly<Record<string, string>>;
  readonly phones: readonly ImportPhone[];
  readonly emails: readonly ImportEmail[];
  readonly languages: readonly string[];
  readonly topics: readonly string[];
  readonly notes: string;
}

export type SourceFormat = 'csv' | 'xlsx' | 'vcard' | 'release';
