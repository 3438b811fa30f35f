/** The part of fontkit 2 (pdfkit's font engine) the PDF module reads: glyph coverage and the glyphs a run shapes to. */
declare module 'fontkit' {
  export interface Font {
    readonly familyName: string;
    readonly ascent: number;
    readonly descent: number;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { readonly id: number };
    layout(text: string): {
      readonly glyphs: readonly { readonly id: number; readonly codePoints: readonly number[] }[];
      readonly advanceWidth: number;
    };
  }
  export function create(buffer: Buffer): Font;
}
