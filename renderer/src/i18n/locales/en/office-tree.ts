/** English strings for the offices hierarchy tree. */
export const officeTree = {
  view: 'View',
  viewTree: 'Tree',
  viewTable: 'Table',
  label: 'Offices by hierarchy',
  localTime: 'Local time {{time}} ({{zone}})',
  noZone: 'No time zone',
  contacts_one: '{{count, number}} contact',
  contacts_other: '{{count, number}} contacts',
  truncated: 'Showing the first {{shown, number}} of {{total, number}} offices; search to find the others.',
  loading: 'Loading offices…',
};
