import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../electron/ipc/contract';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { fetchExportFile, saveBlob, type FinishedFile } from './download';

type RunInput = Omit<ChannelInput<'exports:run'>, 'exportId' | 'destination'>;

export type ExportState =
  | { readonly step: 'idle' }
  | { readonly step: 'running'; readonly phase: string; readonly done: number; readonly total: number }
  | { readonly step: 'downloading' }
  | { readonly step: 'done'; readonly result: ChannelOutput<'exports:run'>; readonly file: FinishedFile }
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly error: unknown };

const POLL_MS = 150;

/**
 * One export from the dialog: runs it under an id of its own, polls its progress, cancels on request (the server
 * deletes its temporary file), then reads the finished file back and hands it to the browser's downloads.
 */
export function useExportRun() {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const running = useRef<string | null>(null);

  const start = useCallback(async (input: RunInput, fileName: string) => {
    const exportId = crypto.randomUUID();
    running.current = exportId;
    setState({ step: 'running', phase: 'preparing', done: 0, total: 0 });
    // One progress request at a time: a timer firing regardless would pile requests up while the server is busy,
    // and the browser's few connections per host would make Cancel wait behind them.
    let polling = true;
    const poll = async () => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!polling) return;
        try {
          const p = await call('exports:progress', { exportId });
          if (polling && (p.phase === 'preparing' || p.phase === 'writing' || p.phase === 'finishing'))
            setState({ step: 'running', phase: p.phase, done: p.done, total: p.total });
        } catch {
          // Before the run request has reached the server the id is unknown; the next poll will find it.
        }
      }
    };
    void poll();
    try {
      const result = await call('exports:run', { ...input, exportId, destination: { kind: 'download', fileName } });
      polling = false;
      if (running.current !== exportId) return;
      setState({ step: 'downloading' });
      const file = await fetchExportFile(exportId);
      saveBlob(file.blob, file.fileName);
      setState({ step: 'done', result, file });
    } catch (error) {
      polling = false;
      const cancelled = running.current !== exportId || (isApiError(error) && error.kind === 'Conflict');
      setState(cancelled ? { step: 'cancelled' } : { step: 'failed', error });
    } finally {
      polling = false;
      if (running.current === exportId) running.current = null;
    }
  }, []);

  const cancel = useCallback(async () => {
    const exportId = running.current;
    if (!exportId) return;
    await call('exports:cancel', { exportId }).catch(() => undefined);
  }, []);

  // Closing the window part that owns the export stops it: nobody would receive the file.
  useEffect(
    () => () => {
      const exportId = running.current;
      running.current = null;
      if (exportId) void call('exports:discard', { exportId }).catch(() => undefined);
    },
    [],
  );

  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, start, cancel, reset };
}
