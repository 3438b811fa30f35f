const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Width in terminal columns, counting a grapheme (an accented letter, an emoji) as one. */
const widthOf = (text: string) => [...segmenter.segment(text)].length;

export interface TableOptions {
  /** Column indexes aligned to the right (numbers). */
  readonly alignRight?: readonly number[];
}

/** A plain aligned table, two spaces between columns, for human output. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
) {
  const all = [header, ...rows].map((row) => row.map((cell) => cell.replace(/\s+/g, ' ')));
  const widths = header.map((_, i) => Math.max(...all.map((row) => widthOf(row[i] ?? ''))));
  const last = header.length - 1;
  return all
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - widthOf(cell));
          if (options.alignRight?.includes(i)) return pad + cell;
          return i === last ? cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
