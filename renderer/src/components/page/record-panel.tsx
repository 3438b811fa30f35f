import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput } from '../../../../electron/ipc/contract';
import { useApiQuery } from '../../api/hooks';
import { archiveWithUndo, restore, type ArchiveKind } from '../../features/shared/archive';
import { PanelMessage } from '../../features/shared/panel-message';
import { useLatest } from './use-latest';

/** The record pages: each has `<kind>:get`, `<kind>:list` and `<kind>:archive` channels. */
export type RecordKind = ArchiveKind;
type GetChannel<K extends RecordKind> = `${K}:get`;
export type RecordOf<K extends RecordKind> = ChannelOutput<GetChannel<K>>;

/** What every record form takes besides its record. */
export interface RecordFormProps<TRecord> {
  readonly focusFirstField: boolean;
  readonly onFocused: () => void;
  readonly onSaved: (record: TRecord, created: boolean) => void;
  readonly onArchiveToggle?: (record: TRecord) => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

export type RenderRecordForm<TRecord> = (record: TRecord | null, props: RecordFormProps<TRecord>) => ReactNode;

interface RecordPanelProps<K extends RecordKind> {
  readonly kind: K;
  readonly id: number;
  readonly focusFirstField: boolean;
  readonly label: (record: RecordOf<K>) => string;
  readonly renderForm: RenderRecordForm<RecordOf<K>>;
  readonly onFocused: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

const noop = () => {};

/** An existing record in the list page's panel: loads it, says when it is gone, and edits it in the page's form. */
export function RecordPanel<K extends RecordKind>(props: RecordPanelProps<K>) {
  const { t } = useTranslation();
  const { kind, label } = props;
  // Every get channel takes `{ id }`; TypeScript cannot resolve the input type of a channel still generic in K.
  const input = { id: props.id } as ChannelInput<GetChannel<K>>;
  const { data: loaded, error } = useApiQuery<GetChannel<K>>(`${kind}:get`, input);
  const data = useLatest(loaded);
  if (error && !loaded) {
    return (
      <PanelMessage
        text={error.kind === 'NotFound' ? t(`${kind}.notFound`) : t('table.loadFailed')}
        onClose={props.onClose}
      />
    );
  }
  if (!data) return <PanelMessage text={t('common.loading')} />;
  return (
    <Fragment key={data.id}>
      {props.renderForm(data, {
        focusFirstField: props.focusFirstField,
        onFocused: props.onFocused,
        onSaved: noop,
        onArchiveToggle: (r) => {
          const record = { id: r.id, label: label(r) };
          void (r.archivedAt ? restore(kind, record) : archiveWithUndo(kind, [record]));
        },
        onLeave: props.onLeave,
        onClose: props.onClose,
      })}
    </Fragment>
  );
}
