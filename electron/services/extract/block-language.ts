import { fold } from './normalize';

// Words that only one of the release languages uses in contact blocks.
const CUES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'fr',
    /\b(?:tel|port)\.? :|\b(?:portable|courriel|bureau|charge(?:e)? de|porte-parole|regional(?:e)? de|de l'|du|des|aupres)\b/gu,
  ],
  ['es', /\b(?:telefono|movil|correo|oficina|portavoz|jefe|jefa|encargad[oa]|del|de la|para)\b/gu],
  ['pt', /\b(?:telefone|telemovel|celular|escritorio|assessor[a]?|porta-voz|imprensa|comunicacao|do|da|dos|das)\b/gu],
  ['en', /\b(?:mobile|cell|office|officer|spokesperson|head of|the|of|and|for)\b/gu],
];

/** The language of a block found without a heading, from its labels and small words; null when unclear. */
export function guessBlockLanguage(lines: readonly string[]): string | null {
  const text = lines.join('\n');
  const letters = text.replace(/\S+@\S+/g, '');
  const arabic = (letters.match(/\p{Script=Arabic}/gu) ?? []).length;
  const latin = (letters.match(/\p{Script=Latin}/gu) ?? []).length;
  if (arabic > latin) return 'ar';
  const folded = fold(letters);
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [language, pattern] of CUES) {
    const score = (folded.match(pattern) ?? []).length;
    if (score > bestScore) {
      best = language;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && best !== null) tie = true;
  }
  return tie ? null : best;
}
