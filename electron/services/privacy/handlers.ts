import { contactDetailService } from '../contact-detail';
import { sampleDataService } from '../sample-data';
import { eraseService } from './erase';
import { exportPerson } from './export-person';

/** The contact detail, privacy and sample-data channels, spread into the registry. */
export const privacyHandlers = {
  'contacts:detail': contactDetailService.detail,
  'contacts:duplicates': contactDetailService.duplicates,
  'contacts:erase': eraseService,
  'contacts:export-person': exportPerson,
  'sample-data:status': sampleDataService.status,
  'sample-data:load': sampleDataService.load,
  'sample-data:progress': sampleDataService.progress,
  'sample-data:cancel': sampleDataService.cancel,
} as const;
