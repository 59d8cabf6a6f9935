import { useCallback, useEffect, type ReactNode } from 'react';
import type { BusinessDetail } from '../../../../shared/api/contract-data';
import type { BusinessRecord } from '../../../../shared/domain/business';
import { LOST_REASON_LABELS } from '../../../../shared/domain/verification';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatRupiah } from '../../components/format';
import type { MessageKey } from '../../i18n/dictionaries';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { StatusEditor } from '../review/StatusEditor';

const dash = (value: string | null) => value ?? '—';

/** The stored record as label/value pairs, in the order of the survey form. */
function describeRecord(r: BusinessRecord, t: Translate): Array<[MessageKey, ReactNode]> {
  const reported = r.omzet_nilai === null ? '—' : `${formatRupiah(r.omzet_nilai)} ${r.omzet_periode ? t(`detail.period.${r.omzet_periode}` as const) : ''}`;
  const status = t(`data.status.${r.status}` as const) + (r.alasan_hilang ? ` — ${LOST_REASON_LABELS[r.alasan_hilang]}` : '');
  return [
    ['detail.f.nama_pelaku', dash(r.nama_pelaku)],
    ['detail.f.nama_usaha', dash(r.nama_usaha)],
    ['detail.f.nik', dash(r.nik)],
    ['detail.f.no_kk', dash(r.no_kk)],
    ['detail.f.telepon', dash(r.telepon)],
    ['detail.f.alamat', dash(r.alamat)],
    ['detail.f.rtrw', `${r.rt ?? '—'} / ${r.rw ?? '—'}`],
    ['detail.f.kelurahan', r.kelurahan_name ? `${r.kelurahan_name} (${r.kelurahan_code ?? '—'})` : '—'],
    ['detail.f.kecamatan', r.kecamatan_name ? `${r.kecamatan_name} (${r.kecamatan_code ?? '—'})` : '—'],
    ['detail.f.bidang', r.bidang_usaha ? t(`data.sector.${r.bidang_usaha}` as const) : '—'],
    ['detail.f.jenis', dash(r.jenis_usaha)],
    ['detail.f.nib', dash(r.nib)],
    ['detail.f.omzet_lapor', reported],
    ['detail.f.omzet_tahunan', formatRupiah(r.omzet_tahunan)],
    ['detail.f.omzet_bulanan', formatRupiah(r.omzet_bulanan)],
    ['detail.f.aset', formatRupiah(r.aset)],
    ['detail.f.modal', formatRupiah(r.modal)],
    ['detail.f.pemasaran', dash(r.pemasaran)],
    ['detail.f.tk', `${formatCount(r.tenaga_kerja)} (${formatCount(r.tenaga_kerja_l)} / ${formatCount(r.tenaga_kerja_p)})`],
    ['detail.f.status', status],
    ['detail.f.sumber', t(`detail.sumber.${r.sumber}` as const)],
    ['detail.f.duplikat', r.duplicate_state ? t(`detail.dup.${r.duplicate_state}` as const) : '—'],
  ];
}

function DetailBody({ detail, t, onStatusSaved }: { detail: BusinessDetail; t: Translate; onStatusSaved: () => void }) {
  const original = Object.entries(detail.original);
  return (
    <>
      {detail.record.source_row !== null && <p className="muted small">{t('detail.sourceRow', { row: detail.record.source_row })}</p>}
      <h3 className="subheading">{t('review.status.title')}</h3>
      <StatusEditor record={detail.record} onSaved={onStatusSaved} />
      <h3 className="subheading">{t('detail.record')}</h3>
      <dl className="facts facts-detail" data-testid="detail-record">
        {describeRecord(detail.record, t).map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="subheading">{t('detail.issues')}</h3>
      {detail.issues.length === 0 ? (
        <p className="muted">{t('detail.noIssues')}</p>
      ) : (
        <ul className="issue-list" data-testid="detail-issues">
          {detail.issues.map((issue, i) => (
            <li key={`${issue.code}-${i}`} className={`issue issue-${issue.severity}`} data-testid="detail-issue" data-code={issue.code}>
              <span className="issue-severity">{t(`detail.severity.${issue.severity}` as const)}</span>
              <span>
                {issue.message}
                {issue.column && <span className="muted"> — {t('detail.column', { column: issue.column })}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="subheading">{t('detail.original')}</h3>
      {original.length === 0 ? (
        <p className="muted">{t('detail.noOriginal')}</p>
      ) : (
        <table className="table-plain table-original" data-testid="detail-original">
          <tbody>
            {original.map(([header, value]) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The side sheet with one business: its stored record, its import problems and its original values. */
export function BusinessDetailPanel({ id, onClose, onChanged }: {
  id: number;
  onClose: () => void;
  /** Called after the business was edited (its verification status), so the screen re-reads its counts. */
  onChanged?: () => void;
}) {
  const t = useT();
  const detail = useApiQuery('businesses:get', { id });
  const { reload } = detail;
  const statusSaved = useCallback(() => {
    reload();
    onChanged?.();
  }, [reload, onChanged]);

  useEffect(() => {
    const closeOnEscape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);

  const title = detail.data?.record.nama_usaha ?? detail.data?.record.nama_pelaku ?? t('detail.title');
  return (
    <aside className="drawer" role="dialog" aria-label={t('detail.title')} data-testid="business-detail" data-id={id} aria-busy={detail.loading}>
      <header className="drawer-header">
        <div>
          <div className="muted small">{t('detail.title')}</div>
          <h2 className="drawer-title" data-testid="detail-title">{title}</h2>
        </div>
        <button type="button" className="button button-small" onClick={onClose} data-testid="detail-close" autoFocus>
          {t('common.close')}
        </button>
      </header>
      <div className="drawer-body">
        <ErrorNotice error={detail.error} onRetry={detail.reload} testId="detail-error" />
        {detail.loading && !detail.data && <p className="muted">{t('detail.loading')}</p>}
        {detail.data && <DetailBody detail={detail.data} t={t} onStatusSaved={statusSaved} />}
      </div>
    </aside>
  );
}
