/** Today's date where the user is (YYYY-MM-DD): a do-not-contact mark lapses at the end of its local "until" day. */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
