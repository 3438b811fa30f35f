import { z } from 'zod';
import { appInfo } from './app';
import { archiveInput, getInput } from './common';
import { contactBlockContract } from './contact-blocks';
import { contactBulkChannels } from './contacts-bulk';
import {
  importApplyInput,
  importApplyOutput,
  importCancelOutput,
  importEditRowInput,
  importIdInput,
  importPreviewInput,
  importPreviewOutput,
  importProgressOutput,
  importRowsInput,
  importRowsOutput,
  importUploadInput,
  importUploadOutput,
} from './import';
import { contact, contactInput, contactListInput, contactRow, contactUpdateInput } from './contacts';
import { office, officeInput, officeListInput, officeUpdateInput } from './offices';
import { organisation, organisationInput, organisationListInput, organisationUpdateInput } from './organisations';
import { backupChannels } from './backups';
import { exportChannels } from './exports';
import { contactDetailChannels } from './contact-detail';
import { sampleDataChannels } from './sample-data';
import { listChannels } from './lists';
import { region, regionInput, regionUpdateInput } from './regions';
import { releaseContract } from './releases';
import { searchInput, searchOutput } from './search';
import { spokespeopleChannels } from './spokespeople';

const page = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });
const noInput = z.strictObject({});

/**
 * Every channel of the API, `domain:verb`, with its input and output schemas.
 * The preload allow-list, the main-process registry, the browser-mode server and the renderer client all derive from it.
 */
export const contract = {
  'app:info': { input: noInput, output: appInfo },

  'organisations:list': { input: organisationListInput, output: page(organisation) },
  'organisations:get': { input: getInput, output: organisation },
  'organisations:create': { input: organisationInput, output: organisation },
  'organisations:update': { input: organisationUpdateInput, output: organisation },
  'organisations:archive': { input: archiveInput, output: organisation },

  'offices:list': { input: officeListInput, output: page(office) },
  'offices:get': { input: getInput, output: office },
  'offices:create': { input: officeInput, output: office },
  'offices:update': { input: officeUpdateInput, output: office },
  'offices:archive': { input: archiveInput, output: office },

  'regions:list': { input: noInput, output: z.object({ rows: z.array(region) }) },
  'regions:get': { input: getInput, output: region },
  'regions:create': { input: regionInput, output: region },
  'regions:update': { input: regionUpdateInput, output: region },

  'contacts:list': { input: contactListInput, output: page(contactRow) },
  'contacts:get': { input: getInput, output: contact },
  'contacts:create': { input: contactInput, output: contact },
  'contacts:update': { input: contactUpdateInput, output: contact },
  'contacts:archive': { input: archiveInput, output: contact },
  ...contactBulkChannels,

  ...contactBlockContract,

  'search:query': { input: searchInput, output: searchOutput },
  ...spokespeopleChannels,

  ...releaseContract,
  ...listChannels,
  ...exportChannels,
  ...backupChannels,
  ...contactDetailChannels,
  ...sampleDataChannels,

  'import:upload': { input: importUploadInput, output: importUploadOutput },
  'import:preview': { input: importPreviewInput, output: importPreviewOutput },
  'import:rows': { input: importRowsInput, output: importRowsOutput },
  'import:progress': { input: importIdInput, output: importProgressOutput },
  'import:cancel': { input: importIdInput, output: importCancelOutput },
  'import:apply': { input: importApplyInput, output: importApplyOutput },
  'import:edit-row': { input: importEditRowInput, output: importPreviewOutput },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.infer<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.infer<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

export * from './app';
export * from './backups';
export * from './common';
export * from './contact-blocks';
export * from './contacts';
export * from './contact-detail';
export * from './sample-data';
export * from './contacts-bulk';
export * from './errors';
export * from './exports';
export * from './import';
export * from './lists';
export * from './offices';
export * from './organisations';
export * from './regions';
export * from './releases';
export * from './search';
export * from './spokespeople';
