export interface ConfirmOptions {
  readonly title: string;
  readonly body?: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly tone?: 'default' | 'danger';
  /** Which button has focus when the dialog opens: the safe one where a slip would lose work. */
  readonly initialFocus?: 'confirm' | 'cancel';
}

export interface ConfirmRequest extends ConfirmOptions {
  readonly id: number;
  readonly resolve: (confirmed: boolean) => void;
}

let queue: readonly ConfirmRequest[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

const publish = (next: readonly ConfirmRequest[]) => {
  queue = next;
  for (const l of listeners) l();
};

/** Asks a yes/no question in a modal dialog; resolves false when dismissed. One dialog at a time, in order. */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const id = nextId++;
    publish([
      ...queue,
      {
        ...options,
        id,
        resolve: (ok) => {
          publish(queue.filter((r) => r.id !== id));
          resolve(ok);
        },
      },
    ]);
  });
}

export const confirmStore = {
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  current: (): ConfirmRequest | undefined => queue[0],
};
