/** English strings for loading the demo directory into an empty database. */
export const sampleData = {
  title: 'Sample data',
  hint: 'Try PressDesk with a realistic demo directory: organisations, their offices across regions, and the people who work there. The same data as `pressdesk seed-demo`.',
  size: 'Size',
  sizeOption_one: '{{count, number}} contact',
  sizeOption_other: '{{count, number}} contacts',
  load: 'Load sample data',
  cancel: 'Cancel',
  notEmpty: 'Sample data can be loaded only into an empty database; this one already holds data.',
  progressLabel: 'Loading sample data',
  phase: {
    planning: 'Preparing the directory…',
    writing: 'Writing contacts: {{done, number}} of {{total, number}}',
    indexing: 'Indexing for search…',
    done: 'Done',
    cancelled: 'Cancelled',
    failed: 'Failed',
  },
  loaded: 'Sample data loaded: {{contacts, number}} contacts in {{offices, number}} offices',
  cancelled: 'Loading sample data was cancelled; nothing was added.',
};
