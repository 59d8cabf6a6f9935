import type { Facets, FacetValue } from '../../../../shared/api/contract-data';
import { SECTORS, type Sector } from '../../../../shared/domain/business';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../../../shared/domain/verification';
import { formatCount } from '../../components/format';
import { IssueFilter } from '../import/IssueFilter';
import { useT } from '../../i18n/I18nProvider';
import { EMPTY_CHOICE, type FilterChoice } from './filter-state';

function optionLabel(value: FacetValue): string {
  return `${value.name} (${formatCount(value.count)})`;
}

/**
 * The filter bar. Kelurahan are limited to the chosen kecamatan; with no kecamatan chosen they are
 * grouped by kecamatan, because four names are both a kecamatan and a kelurahan.
 */
export function DataFilters({ facets, choice, onChange }: {
  facets: Facets | null;
  choice: FilterChoice;
  onChange: (next: FilterChoice) => void;
}) {
  const t = useT();
  const kecamatan = facets?.kecamatan ?? [];
  const kelurahan = facets?.kelurahan ?? [];
  const sectors = facets?.sector ?? [];
  const isSector = (code: string): code is Sector => (SECTORS as readonly string[]).includes(code);
  const isStatus = (code: string): code is VerificationStatus => (VERIFICATION_STATUSES as readonly string[]).includes(code);
  const sectorName = (value: FacetValue) => (isSector(value.code) ? t(`data.sector.${value.code}` as const) : value.name);

  return (
    <div className="filters" data-testid="data-filters">
      <label className="filter">
        <span>{t('data.filter.kecamatan')}</span>
        <select
          value={choice.kecamatan}
          onChange={(e) => onChange({ ...choice, kecamatan: e.target.value, kelurahan: '' })}
          data-testid="filter-kecamatan"
        >
          <option value="">{t('common.all')}</option>
          {kecamatan.map((k) => (
            <option key={k.code} value={k.code}>{optionLabel(k)}</option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('data.filter.kelurahan')}</span>
        <select value={choice.kelurahan} onChange={(e) => onChange({ ...choice, kelurahan: e.target.value })} data-testid="filter-kelurahan">
          <option value="">{t('common.all')}</option>
          {choice.kecamatan
            ? kelurahan.filter((l) => l.parent_code === choice.kecamatan).map((l) => (
                <option key={l.code} value={l.code}>{optionLabel(l)}</option>
              ))
            : kecamatan.map((k) => (
                <optgroup key={k.code} label={k.name}>
                  {kelurahan.filter((l) => l.parent_code === k.code).map((l) => (
                    <option key={l.code} value={l.code}>{optionLabel(l)}</option>
                  ))}
                </optgroup>
              ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('data.filter.sector')}</span>
        <select
          value={choice.sector}
          onChange={(e) => onChange({ ...choice, sector: isSector(e.target.value) ? e.target.value : '' })}
          data-testid="filter-sector"
        >
          <option value="">{t('common.all')}</option>
          {sectors.map((s) => (
            <option key={s.code} value={s.code}>{`${sectorName(s)} (${formatCount(s.count)})`}</option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('data.filter.status')}</span>
        <select
          value={choice.status}
          onChange={(e) => onChange({ ...choice, status: isStatus(e.target.value) ? e.target.value : '' })}
          data-testid="filter-status"
        >
          <option value="">{t('common.all')}</option>
          {VERIFICATION_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`data.status.${s}` as const)}</option>
          ))}
        </select>
      </label>
      <IssueFilter issues={facets?.issues ?? []} value={choice.issue} onChange={(issue) => onChange({ ...choice, issue })} />
      <label className="filter filter-search">
        <span>{t('data.filter.search')}</span>
        <input
          type="search"
          value={choice.search}
          placeholder={t('data.filter.searchPlaceholder')}
          onChange={(e) => onChange({ ...choice, search: e.target.value })}
          maxLength={200}
          data-testid="filter-search"
        />
      </label>
      <button
        type="button"
        className="button button-small filter-reset"
        onClick={() => onChange(EMPTY_CHOICE)}
        disabled={!choice.kecamatan && !choice.kelurahan && !choice.sector && !choice.status && !choice.issue && !choice.search}
        data-testid="filter-reset"
      >
        {t('data.filter.reset')}
      </button>
    </div>
  );
}
