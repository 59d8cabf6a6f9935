import { useState } from 'react';
import type { DuplicateGroup } from '../../../../shared/api/contract-data';
import type { BusinessRecord } from '../../../../shared/domain/business';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatRupiah } from '../../components/format';
import type { MessageKey } from '../../i18n/dictionaries';
import { useLanguage, useT, type Translate } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/define-messages';
import { describeLostReason } from './reason-labels';

type Describe = (r: BusinessRecord, t: Translate, lang: Language) => string;

const text = (value: string | null) => value ?? '—';

/** The fields compared side by side, in the order of the survey form. */
const COMPARED: ReadonlyArray<{ field: string; label: MessageKey; describe: Describe }> = [
  { field: 'nama_pelaku', label: 'detail.f.nama_pelaku', describe: (r) => text(r.nama_pelaku) },
  { field: 'nama_usaha', label: 'detail.f.nama_usaha', describe: (r) => text(r.nama_usaha) },
  { field: 'no_kk', label: 'detail.f.no_kk', describe: (r) => text(r.no_kk) },
  { field: 'telepon', label: 'detail.f.telepon', describe: (r) => text(r.telepon) },
  { field: 'alamat', label: 'detail.f.alamat', describe: (r) => text(r.alamat) },
  { field: 'rtrw', label: 'detail.f.rtrw', describe: (r) => `${r.rt ?? '—'} / ${r.rw ?? '—'}` },
  { field: 'kelurahan', label: 'detail.f.kelurahan', describe: (r) => text(r.kelurahan_name) },
  { field: 'kecamatan', label: 'detail.f.kecamatan', describe: (r) => text(r.kecamatan_name) },
  { field: 'bidang_usaha', label: 'detail.f.bidang', describe: (r, t) => (r.bidang_usaha ? t(`data.sector.${r.bidang_usaha}` as const) : '—') },
  { field: 'jenis_usaha', label: 'detail.f.jenis', describe: (r) => text(r.jenis_usaha) },
  { field: 'nib', label: 'detail.f.nib', describe: (r) => text(r.nib) },
  {
    field: 'omzet',
    label: 'detail.f.omzet_lapor',
    describe: (r, t) => (r.omzet_nilai === null ? '—' : `${formatRupiah(r.omzet_nilai)} ${r.omzet_periode ? t(`detail.period.${r.omzet_periode}` as const) : ''}`.trim()),
  },
  { field: 'aset', label: 'detail.f.aset', describe: (r) => formatRupiah(r.aset) },
  { field: 'modal', label: 'detail.f.modal', describe: (r) => formatRupiah(r.modal) },
  { field: 'pemasaran', label: 'detail.f.pemasaran', describe: (r) => text(r.pemasaran) },
  { field: 'tenaga_kerja', label: 'detail.f.tk', describe: (r) => `${formatCount(r.tenaga_kerja)} (${formatCount(r.tenaga_kerja_l)} / ${formatCount(r.tenaga_kerja_p)})` },
  {
    field: 'status',
    label: 'detail.f.status',
    describe: (r, t, lang) => t(`data.status.${r.status}` as const) + (r.alasan_hilang ? ` — ${describeLostReason(r.alasan_hilang, lang)}` : ''),
  },
  { field: 'sumber', label: 'detail.f.sumber', describe: (r, t) => t(`detail.sumber.${r.sumber}` as const) },
];

/**
 * One group of businesses sharing a NIK, members side by side; rows where they differ are marked.
 * "Simpan keduanya" keeps every member; "Tandai sebagai duplikat" under a member leaves that one out
 * of every count and keeps the others.
 */
export function DuplicateGroupCard({ group, onResolved }: { group: DuplicateGroup; onResolved: () => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ids = group.members.map((m) => m.id);

  async function resolve(duplicateIds: number[]) {
    setBusy(true);
    setError(null);
    const result = await api.invoke('duplicates:resolve', { ids, duplicateIds });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else onResolved();
  }

  const rows = COMPARED.map((c) => {
    const values = group.members.map((m) => c.describe(m, t, lang));
    return { ...c, values, differs: new Set(values).size > 1 };
  });

  return (
    <article className="dup-group" data-testid="dup-group" data-key={group.key} data-size={group.members.length} aria-busy={busy}>
      <header className="dup-group-header">
        <h3 className="dup-group-title">{t('review.dup.group', { key: group.key, count: group.members.length })}</h3>
        <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => void resolve([])} data-testid="dup-keep-all">
          {group.members.length === 2 ? t('review.dup.keepBoth') : t('review.dup.keepAll')}
        </button>
      </header>
      <ErrorNotice error={error} testId="dup-error" />
      <div className="dup-scroll">
        <table className="dup-table">
          <thead>
            <tr>
              <th>{t('review.dup.field')}</th>
              {group.members.map((m) => (
                <th key={m.id} data-testid="dup-member" data-id={m.id}>
                  <div className="dup-member-title">
                    {t('review.dup.member', { id: m.id })}
                    {m.source_row !== null && <span className="muted small"> · {t('review.dup.sourceRow', { row: m.source_row })}</span>}
                  </div>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    title={t('review.dup.markHint')}
                    onClick={() => void resolve([m.id])}
                    data-testid="dup-mark"
                    data-id={m.id}
                  >
                    {t('review.dup.mark')}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} className={row.differs ? 'dup-differs' : undefined} data-testid="dup-field" data-field={row.field} data-differs={row.differs}>
                <th scope="row">
                  {t(row.label)}
                  {row.differs && <span className="dup-differs-tag">{t('review.dup.differs')}</span>}
                </th>
                {row.values.map((value, i) => (
                  <td key={group.members[i]!.id}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
