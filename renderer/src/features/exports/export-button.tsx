import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSource } from './download';
import { ExportDialog } from './export-dialog';

interface ExportButtonProps {
  /** Read when the button is pressed, so it is the selection or filter of that moment. */
  readonly source: ExportSource | (() => ExportSource);
  readonly baseName: string;
  readonly className?: string;
}

/** "Export…": opens the export dialog for what the page shows or has selected. */
export function ExportButton({ source, baseName, className }: ExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ExportSource | null>(null);
  return (
    <>
      <button
        type="button"
        className={className ?? 'button export-button'}
        onClick={() => setOpen(typeof source === 'function' ? source() : source)}
      >
        {t('exports.open')}
      </button>
      {open && <ExportDialog source={open} baseName={baseName} onClose={() => setOpen(null)} />}
    </>
  );
}
