import type { ReactNode } from 'react';
import { Icon, type IconName } from '../icon';

interface EmptyStateProps {
  readonly icon: IconName;
  readonly title: string;
  readonly body: ReactNode;
  readonly action?: ReactNode;
}

/** Says why the list is empty and what to do next. */
export function EmptyState({ icon, title, body, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <Icon name={icon} className="empty-state__icon" />
      <p className="empty-state__title">{title}</p>
      <p>{body}</p>
      {action}
    </div>
  );
}
