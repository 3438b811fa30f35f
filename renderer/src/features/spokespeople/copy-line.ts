import { showToast, toastSuccess } from '../../components/toast/toast-store';
import { i18n } from '../../i18n';

/** Puts a contact block line on the clipboard and says so, or says why not. */
export async function copyBlockLine(name: string, line: string) {
  try {
    await navigator.clipboard.writeText(line);
    toastSuccess(i18n.t('spokespeople.copied', { name }));
  } catch {
    showToast({
      tone: 'error',
      title: i18n.t('spokespeople.copyFailed'),
      body: i18n.t('spokespeople.copyFailedBody'),
    });
  }
}
