import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { List, ListCounts, MemberRow } from '../../../../electron/ipc/contract';
import { mutate, useApiQuery } from '../../api/hooks';
import { navigate } from '../../app/navigation';
import { confirmDialog } from '../../components/dialog/confirm-store';
import { Icon } from '../../components/icon';
import { PanelMessage } from '../shared/panel-message';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { ExportButton } from '../exports/export-button';
import { safeFileName } from '../exports/download';
import { AddMembers } from './add-members';
import { FilterSummary } from './filter-summary';
import { HandoffPanel } from './handoff-panel';
import { ListFormDialog } from './list-form';
import { ListReleases } from './list-releases';
import { MembersTable, type MemberStatus } from './members-table';

const statuses: readonly MemberStatus[] = ['all', 'sendable', 'warnings', 'excluded'];

function Counts({ counts }: { readonly counts: ListCounts }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const items: [string, number, string?][] = [
    [t('lists.counts.members'), counts.members],
    [t('lists.counts.sendable'), counts.sendable, 'is-good'],
    [t('lists.counts.doNotContact'), counts.doNotContact, counts.doNotContact > 0 ? 'is-warning' : undefined],
    [t('lists.counts.archived'), counts.archived, counts.archived > 0 ? 'is-warning' : undefined],
    [t('lists.counts.noEmail'), counts.noEmail, counts.noEmail > 0 ? 'is-warning' : undefined],
    [t('lists.counts.byFilter'), counts.byFilter],
    [t('lists.counts.addedByHand'), counts.addedByHand],
    [t('lists.counts.excludedByHand'), counts.excludedByHand],
  ];
  return (
    <dl className="list-counts" aria-label={t('lists.counts.label')}>
      {items.map(([label, value, tone]) => (
        <div key={label} className={`list-counts__item${tone ? ` ${tone}` : ''}`}>
          <dt>{label}</dt>
          <dd>{fmt.number(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One distribution list: who is on it and why, who a send leaves out and why, and what to do with it. */
export function ListDetail({ id }: { readonly id: number }) {
  const { t } = useTranslation();
  const { data: list, error } = useApiQuery('lists:get', { id });
  const [status, setStatus] = useState<MemberStatus>('all');
  const [editing, setEditing] = useState(false);
  const [current, setCurrent] = useState<MemberRow | null>(null);
  const back = () => void navigate({ page: 'lists' });

  if (!list) {
    return error ? (
      <PanelMessage text={error.kind === 'NotFound' ? t('lists.notFound') : t('table.loadFailed')} onClose={back} />
    ) : (
      <PanelMessage text={t('common.loading')} />
    );
  }

  const change = async (
    channel: 'lists:exclude-members' | 'lists:reset-members' | 'lists:remove-members' | 'lists:add-members',
    members: readonly MemberRow[],
    doneKey: 'lists.excluded' | 'lists.putBack' | 'lists.removed',
  ) => {
    try {
      await mutate(channel, { id: list.id, contactIds: members.map((m) => m.id) });
      setCurrent(null);
      toastSuccess(t(doneKey, { count: members.length, name: members[0]?.displayName ?? '' }));
    } catch (e) {
      toastError(e);
    }
  };

  const remove = async (members: readonly MemberRow[]) => {
    const live = members.filter((m) => !m.excludedByHand);
    if (live.length === 0) return;
    const ok = await confirmDialog({
      title: t('lists.removeTitle', { count: live.length, name: live[0]?.displayName ?? '' }),
      body: t('lists.removeBody', { count: live.length }),
      confirmLabel: t('lists.remove'),
      cancelLabel: t('common.cancel'),
      tone: 'danger',
    });
    if (ok) await change('lists:remove-members', live, 'lists.removed');
  };

  const putBack = (m: MemberRow) =>
    // Someone the filter finds comes back by dropping the exclusion; anyone else is added by hand again.
    change(m.byFilter ? 'lists:reset-members' : 'lists:add-members', [m], 'lists.putBack');

  const isSmart = list.filter !== null || list.filterInvalid;
  const leftOut = list.counts.members - list.counts.sendable;

  return (
    <div className="list-detail">
      <div className="list-page__toolbar list-detail__toolbar">
        <button type="button" className="button button--ghost" onClick={back}>
          <Icon name="arrowUp" className="list-detail__back-icon" />
          {t('lists.backToLists')}
        </button>
        <h1 className="list-page__title">{list.name}</h1>
        <span className="badge">{isSmart ? t('lists.smart') : t('lists.manual')}</span>
        {list.archivedAt && <span className="badge">{t('common.archived')}</span>}
        <div className="list-page__spacer" />
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('lists.edit')}
        </button>
        <ExportButton source={{ kind: 'list', listId: list.id }} baseName={safeFileName(list.name, 'list')} />
        <ArchiveButton list={list} />
      </div>
      <div className="list-detail__split">
        <div className="list-detail__main">
          <div className="list-detail__about">
            {list.description && <p>{list.description}</p>}
            {list.owner && <p className="muted">{t('lists.ownedBy', { owner: list.owner })}</p>}
            {list.filter && <FilterSummary filter={list.filter} />}
            {list.filterInvalid && (
              <p className="field__error" role="note">
                {t('lists.filterInvalid')}
              </p>
            )}
            <Counts counts={list.counts} />
            {leftOut > 0 && (
              <p className="list-warning" role="note">
                <Icon name="alert" />
                <span>
                  {t('lists.leftOutNote', {
                    count: leftOut,
                    doNotContact: list.counts.doNotContact,
                    archived: list.counts.archived,
                    noEmail: list.counts.noEmail,
                  })}
                </span>
                <button type="button" className="button button--small" onClick={() => setStatus('warnings')}>
                  {t('lists.showLeftOut')}
                </button>
              </p>
            )}
          </div>
          <div className="list-detail__tabs" role="radiogroup" aria-label={t('lists.showMembers')}>
            {statuses.map((s) => (
              <label key={s} className={`segmented__option${status === s ? ' is-checked' : ''}`}>
                <input
                  type="radio"
                  name={`list-${list.id}-status`}
                  className="visually-hidden"
                  checked={status === s}
                  onChange={() => {
                    setStatus(s);
                    setCurrent(null);
                  }}
                />
                {t(`lists.status.${s}`)}
              </label>
            ))}
          </div>
          {current && (
            <div
              className="member-bar"
              role="group"
              aria-label={t('lists.memberActions', { name: current.displayName })}
            >
              <span className="member-bar__name">{current.displayName}</span>
              {current.excludedByHand ? (
                <button type="button" className="button button--small" onClick={() => void putBack(current)}>
                  {t('lists.putBackOne')}
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void change('lists:exclude-members', [current], 'lists.excluded')}
                  >
                    {t('lists.exclude')}
                  </button>
                  {current.addedByHand && !current.byFilter && (
                    <button type="button" className="button button--small" onClick={() => void remove([current])}>
                      {t('lists.remove')}
                    </button>
                  )}
                </>
              )}
              <a className="button button--small button--ghost" href={`#/contacts/${current.id}`}>
                {t('lists.openContact')}
              </a>
            </div>
          )}
          <div className="list-detail__members">
            <MembersTable
              listId={list.id}
              status={status}
              label={t('lists.membersOf', { name: list.name })}
              onCursor={setCurrent}
              onRemove={(rows) => void remove(rows)}
            />
          </div>
        </div>
        <aside className="list-detail__side" aria-label={t('lists.sideLabel')}>
          <AddMembers listId={list.id} />
          <HandoffPanel list={list} />
          <ListReleases list={list} />
        </aside>
      </div>
      {editing && <ListFormDialog list={list} onSaved={() => setEditing(false)} onClose={() => setEditing(false)} />}
    </div>
  );
}

function ArchiveButton({ list }: { readonly list: List }) {
  const { t } = useTranslation();
  const archived = list.archivedAt !== null;
  const toggle = async () => {
    try {
      await mutate('lists:archive', { id: list.id, archived: !archived });
      toastSuccess(t(archived ? 'lists.restored' : 'lists.archived', { name: list.name }));
    } catch (error) {
      toastError(error);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void toggle()}>
      <Icon name={archived ? 'restore' : 'archive'} />
      {archived ? t('form.restore') : t('form.archive')}
    </button>
  );
}
