export type EmailMatchKind = 'address' | 'hidden' | 'template';

export interface EmailMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: EmailMatchKind;
  /** Set only for a real address; a hidden or template one yields no email. */
  readonly address: string | null;
}

// The final dot of "x@unhcr.org." is the sentence's, which the top-level-domain part cannot end with.
const ADDRESS =
  /(?:mailto:)?(?<![\w.%+'’-])([A-Za-z0-9](?:[A-Za-z0-9._%+'’-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;

// Cloudflare's "[email protected]", and addresses written to defeat harvesters ("jdoe [at] unicef [dot] org").
const HIDDEN = [
  /\[\s*e-?mail\s+protected\s*\]/gi,
  /(?<![\w.+-])[\w.+-]+\s*[[({]\s*(?:at|@|arroba|arobase)\s*[\])}]\s*[\w-]+(?:\s*(?:[[({]\s*(?:dot|punto|ponto|point)\s*[\])}]|\.)\s*[\w-]+)+/gi,
  /(?<![\w.+-])[\w.+-]+ (?:at|AT) [\w-]+(?: (?:dot|DOT) [\w-]+)+/g,
];

// WFP writes "(email address: firstname.lastname@wfp.org)": a pattern, not anyone's address.
const TEMPLATE_LOCAL =
  /^(?:first|given|last|family)?[._-]?(?:name|firstname|first|lastname|last|surname|initial|prenom|prénom|nom|nombre|apellido|nome|sobrenome)(?:[._-]?(?:name|lastname|last|surname|nom|prenom|apellido|sobrenome|initial))?$/i;

/** Every email address, hidden address and address pattern in a line, in order. */
export function findEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[1] ?? '';
    const local = address.slice(0, address.indexOf('@'));
    const template = TEMPLATE_LOCAL.test(local);
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      kind: template ? 'template' : 'address',
      address: template ? null : address,
    });
  }
  for (const pattern of HIDDEN) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ start, end, kind: 'hidden', address: null });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
