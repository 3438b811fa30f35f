import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactRoles } from '../../../../electron/ipc/contract/contact-choices';
import { useApiQuery } from '../../api/hooks';
import { useFormat } from '../../i18n/format';
import { countryCodes, languageCodes } from '../reference/codes';
import { useOfficeOptions, useRegionOptions } from '../reference/reference-options';
import type { ChipField, ChipValue, DirectoryFilter } from './filter-model';
import { codeOptions, type PickerOption } from './picker-options';

/** One chip's picker: its options, an option made from typed text where that makes sense, and value ⇄ option. */
export interface ChipSpec {
  readonly field: ChipField;
  readonly label: string;
  readonly options: readonly PickerOption[];
  readonly fromTyped?: (text: string) => PickerOption | null;
  readonly toValue: (option: PickerOption) => ChipValue<ChipField>;
  readonly valueLabel: (value: NonNullable<DirectoryFilter[ChipField]>) => string;
}

const monthChoices = [3, 6, 12, 18, 24, 36];
const MAX_MONTHS = 240;

/**
 * The picker of every chip, with options from the reference data and the topics in use. Topics are counted over
 * every contact, and every office of every organisation is a big answer: each loads only once its picker opens or
 * its chip is set (`load`), not with the page, where it would go before the first rows.
 */
export function useChipSpecs(load: {
  readonly topics: boolean;
  readonly offices: boolean;
}): Readonly<Record<ChipField, ChipSpec>> {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const regions = useRegionOptions();
  const offices = useOfficeOptions(null, load.offices);
  const topics = useApiQuery('contacts:topics', {}, { enabled: load.topics }).data?.rows;

  return useMemo(() => {
    const months = (n: number): PickerOption => ({ value: String(n), label: t('directory.chip.months', { count: n }) });
    // Options are made when first read (a picker opens, a chip shows its value): naming every country and
    // language in three languages and sorting them cost the page's first render tens of milliseconds.
    const spec = (
      field: ChipField,
      makeOptions: () => readonly PickerOption[],
      toValue: (o: PickerOption) => ChipValue<ChipField> = (o) => o.value,
      extra: Partial<ChipSpec> = {},
    ): ChipSpec => {
      let options: readonly PickerOption[] | undefined;
      const made = () => (options ??= makeOptions());
      return {
        field,
        label: t(`directory.chip.${field}`),
        get options() {
          return made();
        },
        toValue,
        valueLabel: (v) => made().find((o) => o.value === String(v))?.label ?? String(v),
        ...extra,
      };
    };
    const asNumber = (o: PickerOption) => Number(o.value);
    const yesNo = [
      { value: 'true', label: t('directory.chip.yes') },
      { value: 'false', label: t('directory.chip.no') },
    ];
    return {
      role: spec('role', () => contactRoles.map((r) => ({ value: r, label: t(`contacts.role.${r}`) }))),
      regionId: spec('regionId', () => regions, asNumber),
      country: spec('country', () => codeOptions(countryCodes, 'region', lang)),
      officeId: spec(
        'officeId',
        () => offices.map((o) => ({ value: o.value, label: o.label, hint: o.group, keywords: o.country ?? '' })),
        asNumber,
      ),
      language: spec('language', () => codeOptions(languageCodes, 'language', lang)),
      topic: spec(
        'topic',
        () => (topics ?? []).map((r) => ({ value: r.name, label: r.name, hint: String(r.contacts) })),
        undefined,
        { valueLabel: (v) => String(v) },
      ),
      doNotContact: spec(
        'doNotContact',
        () => yesNo,
        (o) => o.value === 'true',
      ),
      verifiedMonthsAgo: spec('verifiedMonthsAgo', () => monthChoices.map(months), asNumber, {
        // Any number of months can be typed; the list only offers the usual ones.
        fromTyped: (text) => {
          const n = Number(text);
          return Number.isInteger(n) && n >= 1 && n <= MAX_MONTHS && !monthChoices.includes(n) ? months(n) : null;
        },
        valueLabel: (v) => t('directory.chip.months', { count: Number(v) }),
      }),
    };
  }, [t, lang, regions, offices, topics]);
}
