import { useEffect } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/I18nProvider';
import { DuplicateGroupCard } from './DuplicateGroupCard';

/** Groups fetched at a time; a resolved group leaves the list and the next one comes up. */
const GROUPS_SHOWN = 20;

/**
 * The queue of possible duplicates (businesses sharing a NIK), largest groups first. Each decision
 * calls `onChanged`, and the queue re-reads itself with the rest of the screen.
 */
export function DuplicateQueue({ roundId, version, onChanged }: { roundId: number; version: number; onChanged: () => void }) {
  const t = useT();
  const list = useApiQuery('duplicates:list', { roundId, limit: GROUPS_SHOWN });
  const { reload } = list;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const data = list.data;

  return (
    <section className="panel dup-panel" data-testid="duplicates-panel" aria-busy={list.loading} data-total={data?.total_groups ?? ''}>
      <header className="panel-header">
        <h2 className="panel-title">{t('review.dup.title')}</h2>
        {data && data.total_groups > 0 && (
          <span className="dup-count" data-testid="dup-count">{t('review.dup.count', { count: data.total_groups })}</span>
        )}
      </header>
      <div className="panel-body dup-body">
        <ErrorNotice error={list.error} onRetry={list.reload} testId="duplicates-error" />
        {data && data.groups.length === 0 && (
          <p className="muted" data-testid="dup-empty">{t('review.dup.empty')}</p>
        )}
        {data && data.groups.length > 0 && (
          <>
            <p className="muted small dup-hint">
              {t('review.dup.hint')}{' '}
              {data.total_groups > data.groups.length && t('review.dup.shown', { shown: data.groups.length, total: data.total_groups })}
            </p>
            {data.groups.map((group) => (
              <DuplicateGroupCard key={group.members.map((m) => m.id).join('-')} group={group} onResolved={onChanged} />
            ))}
          </>
        )}
      </div>
    </section>
  );
}
