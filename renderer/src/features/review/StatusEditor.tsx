import { useState, type FormEvent } from 'react';
import type { BusinessRecord } from '../../../../shared/domain/business';
import { LOST_REASONS, VERIFICATION_STATUSES, type LostReason, type VerificationStatus } from '../../../../shared/domain/verification';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { describeLostReason, isLostReason } from './reason-labels';
import './review.css';

/**
 * The verification status of one business: belum diverifikasi, valid, or hilang with one of the seed's
 * reasons (000:253-294). Saving calls `businesses:setStatus`, then `onSaved` so the screen re-reads
 * its counts and recap.
 */
export function StatusEditor({ record, onSaved }: { record: BusinessRecord; onSaved: () => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const api = useApi();
  const [status, setStatus] = useState<VerificationStatus>(record.status);
  const [reason, setReason] = useState<LostReason | ''>(record.alasan_hilang ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const changed = status !== record.status || (status === 'hilang' && reason !== (record.alasan_hilang ?? ''));
  const needsReason = status === 'hilang' && reason === '';

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!changed || needsReason) return;
    setSaving(true);
    setError(null);
    setSaved(false);
    const result = await api.invoke('businesses:setStatus', {
      ids: [record.id],
      status,
      reason: status === 'hilang' && reason !== '' ? reason : null,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSaved(true);
    onSaved();
  }

  return (
    <form className="status-editor" onSubmit={(e) => void save(e)} data-testid="status-editor" data-status={record.status}>
      <div className="segmented status-options" role="radiogroup" aria-label={t('review.status.title')}>
        {VERIFICATION_STATUSES.map((s) => (
          <label
            key={s}
            className={`segmented-item status-option-${s}${status === s ? ' segmented-item-active' : ''}`}
            data-testid={`status-option-${s}`}
            data-checked={status === s}
          >
            <input
              type="radio"
              className="sr-only"
              name={`status-${record.id}`}
              value={s}
              checked={status === s}
              disabled={saving}
              onChange={() => {
                setStatus(s);
                setSaved(false);
              }}
            />
            {t(`review.status.${s}` as const)}
          </label>
        ))}
      </div>
      {status === 'hilang' && (
        <label className="filter status-reason">
          <span>{t('review.status.reason')}</span>
          <select
            value={reason}
            disabled={saving}
            required
            onChange={(e) => {
              setReason(isLostReason(e.target.value) ? e.target.value : '');
              setSaved(false);
            }}
            data-testid="status-reason"
          >
            <option value="">{t('review.status.chooseReason')}</option>
            {LOST_REASONS.map((r) => (
              <option key={r} value={r}>{describeLostReason(r, lang)}</option>
            ))}
          </select>
        </label>
      )}
      <div className="status-actions">
        <button type="submit" className="button button-small button-primary" disabled={!changed || needsReason || saving} data-testid="status-save">
          {saving ? t('review.status.saving') : t('review.status.save')}
        </button>
        {needsReason && <span className="muted small">{t('review.status.needReason')}</span>}
        {saved && !changed && <span className="status-saved small" role="status" data-testid="status-saved">{t('review.status.saved')}</span>}
      </div>
      <ErrorNotice error={error} testId="status-error" />
    </form>
  );
}
