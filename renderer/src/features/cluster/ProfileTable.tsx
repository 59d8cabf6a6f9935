import type { ReactNode } from 'react';
import type { ClusterProfile, VariableSummary } from '../../../../shared/cluster/profiles';
import { formatCount, formatRupiah } from '../../components/format';
import type { MessageKey } from '../../i18n/dictionaries';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { clusterColor } from './cluster-colors';
import { clusterNumber, formatDecimal, formatNumber, formatPercent } from './cluster-format';
import { InlineEdit } from './InlineEdit';

/** Median with the quartiles under it; Rupiah in full (the FGD reads the figures), workers with a decimal. */
function Quartiles({ summary, money }: { summary: VariableSummary | null; money: boolean }) {
  const t = useT();
  const { lang } = useLanguage();
  if (!summary) return <span className="muted">—</span>;
  // A no-break space keeps "Rp" with its number when the quartiles wrap in a narrow column.
  const f = (v: number) => (money ? formatRupiah(v).replace(' ', '\u00a0') : formatNumber(v, lang, 1));
  return (
    <div className="quartiles">
      <div className="quartiles-median">{f(summary.median)}</div>
      <div className="small muted">{t('cluster.profile.iqr', { q1: f(summary.q1), q3: f(summary.q3) })}</div>
      {summary.missing > 0 && <div className="small feature-missing">{t('common.missing', { count: summary.missing })}</div>}
    </div>
  );
}

/** A cluster's profile with the run's name for it (a run's own clusters, or another round placed on them). */
export type NamedProfile = ClusterProfile & { label: string; generated_label: string };

function Row({ label, clusters, children, testId }: {
  label: MessageKey;
  clusters: readonly NamedProfile[];
  children: (c: NamedProfile) => ReactNode;
  testId: string;
}) {
  const t = useT();
  return (
    <tr data-testid={testId}>
      <th scope="row">{t(label)}</th>
      {clusters.map((c) => <td key={c.cluster}>{children(c)}</td>)}
    </tr>
  );
}

/**
 * The profile of each cluster side by side: name (editable when `onRename` is given), size and share,
 * median and quartiles of turnover, assets, capital and workers, share online, share with NIB, sector
 * mix and the kelurahan where the cluster is most concentrated. `testIdPrefix` tells two tables on one
 * screen apart (the run's and another round's).
 */
export function ProfileTable({ clusters, onRename, testIdPrefix = '' }: {
  clusters: readonly NamedProfile[];
  onRename?: (cluster: number, label: string) => Promise<boolean>;
  testIdPrefix?: string;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const p = testIdPrefix;
  return (
    <div className="profile-scroll">
      <table className="profile-table" data-testid={`${p}profile-table`}>
        <thead>
          <tr>
            <th />
            {clusters.map((c) => (
              <th key={c.cluster} scope="col" data-testid={`${p}profile-head-${c.cluster}`}>
                <span className="cluster-chip" style={{ background: clusterColor(c.cluster) }} aria-hidden="true" />
                {t('cluster.profile.cluster', { n: clusterNumber(c.cluster) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row clusters={clusters} label="cluster.profile.label" testId={`${p}profile-row-label`}>
            {(c) => (
              <div className="profile-label" data-testid={`${p}profile-label-${c.cluster}`} data-label={c.label}>
                {onRename ? (
                  <InlineEdit
                    value={c.label}
                    onSave={(next) => onRename(c.cluster, next)}
                    testId={`${p}cluster-label-${c.cluster}`}
                    allowEmpty
                    editLabel={t('cluster.profile.rename', { n: clusterNumber(c.cluster) })}
                  />
                ) : (
                  <span data-testid={`${p}cluster-label-${c.cluster}`}>{c.label}</span>
                )}
                {c.label !== c.generated_label && (
                  <div className="small muted profile-generated" data-testid={`${p}cluster-generated-${c.cluster}`}>{t('cluster.profile.generated', { label: c.generated_label })}</div>
                )}
              </div>
            )}
          </Row>
          <Row clusters={clusters} label="cluster.profile.size" testId={`${p}profile-row-size`}>
            {(c) => (
              <span data-testid={`${p}profile-size-${c.cluster}`} data-size={c.size}>
                <strong>{formatCount(c.size)}</strong> <span className="muted">({formatPercent(c.share, lang)})</span>
              </span>
            )}
          </Row>
          <Row clusters={clusters} label="cluster.feature.omzet_tahunan" testId={`${p}profile-row-omzet`}>{(c) => <Quartiles summary={c.omzet_tahunan} money />}</Row>
          <Row clusters={clusters} label="cluster.feature.aset" testId={`${p}profile-row-aset`}>{(c) => <Quartiles summary={c.aset} money />}</Row>
          <Row clusters={clusters} label="cluster.feature.modal" testId={`${p}profile-row-modal`}>{(c) => <Quartiles summary={c.modal} money />}</Row>
          <Row clusters={clusters} label="cluster.feature.tenaga_kerja" testId={`${p}profile-row-workers`}>{(c) => <Quartiles summary={c.tenaga_kerja} money={false} />}</Row>
          <Row clusters={clusters} label="cluster.profile.online" testId={`${p}profile-row-online`}>{(c) => formatPercent(c.share_online, lang)}</Row>
          <Row clusters={clusters} label="cluster.profile.nib" testId={`${p}profile-row-nib`}>{(c) => formatPercent(c.share_nib, lang)}</Row>
          <Row clusters={clusters} label="cluster.profile.sectors" testId={`${p}profile-row-sectors`}>
            {(c) => (
              <ul className="sector-mix">
                {c.sectors.map((s) => (
                  <li key={s.sector ?? 'none'}>
                    <span className="sector-bar" style={{ width: `${Math.round(s.share * 60)}px` }} aria-hidden="true" />
                    {s.sector ? t(`data.sector.${s.sector}`) : t('cluster.profile.unknownSector')} {formatPercent(s.share, lang)}
                  </li>
                ))}
              </ul>
            )}
          </Row>
          <Row clusters={clusters} label="cluster.profile.kelurahan" testId={`${p}profile-row-kelurahan`}>
            {(c) =>
              c.top_kelurahan ? (
                <div>
                  <strong>{c.top_kelurahan.name}</strong>
                  <div className="small muted">
                    {t('cluster.profile.kelurahanDetail', {
                      count: c.top_kelurahan.count,
                      share: formatPercent(c.top_kelurahan.share_of_kelurahan, lang),
                      lift: formatDecimal(c.top_kelurahan.lift, lang, 1),
                    })}
                  </div>
                </div>
              ) : (
                <span className="muted">—</span>
              )
            }
          </Row>
        </tbody>
      </table>
    </div>
  );
}
