import type { ApiError } from '../../../shared/api/result';
import { useT } from '../i18n/I18nProvider';

/** A failed call, in words for people; the services already word `message` in Bahasa Indonesia. */
export function ErrorNotice({ error, onRetry, testId = 'error' }: { error: ApiError | null; onRetry?: () => void; testId?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid={testId} data-code={error.code}>
      <span>{error.message || t('common.error')}</span>
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
