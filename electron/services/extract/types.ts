/** How a number is used, when the block says so or the numbering plan makes it plain. */
export type PhoneKind = 'office' | 'mobile' | 'whatsapp' | 'fax';

export interface ExtractedPhone {
  /** The number as written in the release, without its label ("Tel :", "Mob.", "tel:"). */
  readonly raw: string;
  readonly e164: string;
  readonly kind: PhoneKind | null;
}

export interface ExtractedContact {
  /** Null for a team mailbox or duty line: a release never names a person "Press". */
  readonly name: string | null;
  readonly honorific: string | null;
  readonly title: string | null;
  readonly organisation: string | null;
  readonly office: string | null;
  readonly location: string | null;
  /** ISO 639-1 codes of the languages the block says the person speaks. */
  readonly languages: string[];
  readonly phones: ExtractedPhone[];
  readonly emails: string[];
}

export interface ExtractedBlock {
  /** The heading as written ("Pour plus d’informations, veuillez contacter :"); null for a block found without one. */
  readonly heading: string | null;
  /** ISO 639-1 language of the block, null when nothing in it tells. */
  readonly language: string | null;
  readonly contacts: ExtractedContact[];
}

export interface ExtractResult {
  readonly blocks: ExtractedBlock[];
}
