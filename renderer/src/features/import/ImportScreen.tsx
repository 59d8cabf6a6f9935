import { useState } from 'react';
import type { FileSource, ImportSummary, InspectResult } from '../../../../shared/api/contract-import';
import type { ApiError } from '../../../../shared/api/result';
import type { TurnoverPeriod } from '../../../../shared/domain/business';
import { useJob } from '../../api/useJob';
import type { ColumnMapping } from '../../../../shared/domain/fields';
import { useNavigate } from '../../app/navigation';
import { useProject } from '../../app/ProjectContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { requestDataIntent } from '../data/data-intent';
import { useT } from '../../i18n/I18nProvider';
import { switchTurnoverPeriod, toColumnMapping, turnoverPeriodOf } from './column-mapping';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { stripExtension } from './read-file';
import { RunStep } from './RunStep';
import { SummaryStep } from './SummaryStep';
import { TableStep } from './TableStep';
import { useInspection } from './useInspection';
import { WizardSteps, type StepId } from './WizardSteps';
import './import.css';

/** The period to send with a mapping: that of its single turnover column, if any. */
function periodOption(mapping: ColumnMapping): TurnoverPeriod | undefined {
  const period = turnoverPeriodOf(mapping);
  return period === 'bulan' || period === 'tahun' ? period : undefined;
}

function FileLine({ name, inspection }: { name: string; inspection: InspectResult | null }) {
  const t = useT();
  const delimiter = inspection?.delimiter === '\t' ? t('import.delimiter.tab') : inspection?.delimiter;
  return (
    <p className="import-file-line" data-testid="import-file-name">
      <strong>{t('import.file.current', { name })}</strong>
      {inspection && delimiter && <span className="muted small"> · {t('import.file.details', { encoding: inspection.encoding, delimiter: `“${delimiter}”` })}</span>}
    </p>
  );
}

/**
 * Impor: a wizard from a survey file to a new round — file, sheet and header row, column mapping with a
 * preview, round name and import (progress, cancel), then the summary with links to the problems.
 */
export function ImportScreen() {
  const t = useT();
  const navigate = useNavigate();
  const { refreshProject, setRoundId } = useProject();
  const inspection = useInspection();
  // Not abandoned on leaving the screen: an import still finishes and its round becomes the current one.
  const job = useJob('datasets:import', { idPrefix: 'impor' });
  const [step, setStep] = useState<StepId>('file');
  const [file, setFile] = useState<{ source: FileSource; name: string } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // True while the turnover period is the importer's assumption that the user has not confirmed.
  const [periodAssumed, setPeriodAssumed] = useState(false);
  const [roundName, setRoundName] = useState('');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const result = inspection.result;
  const busy = inspection.loading;

  function goTo(next: StepId) {
    inspection.dismissError();
    setLocalError(null);
    setStep(next);
  }

  async function chooseFile(source: FileSource, name: string) {
    setLocalError(null);
    job.clearError();
    const answer = await inspection.inspect({ source });
    if (!answer?.ok) return;
    setFile({ source, name });
    adoptSuggestion(answer.data);
    setRoundName(stripExtension(answer.data.file_name || name));
    setStep('table');
  }

  function adoptSuggestion(data: InspectResult) {
    setMapping(toColumnMapping(data.mapping));
    setPeriodAssumed(data.period_source === 'default');
  }

  // A new sheet or header row means new headers: the suggested mapping replaces the old one.
  async function reinspectTable(options: { sheet?: string; headerRow?: number }) {
    if (!file) return;
    const answer = await inspection.inspect({ source: file.source, ...options });
    if (answer?.ok) adoptSuggestion(answer.data);
  }

  // The user's mapping stays as chosen; the inspector only re-reads the preview with it.
  async function changeMapping(next: ColumnMapping) {
    if (!file || !result) return;
    setMapping(next);
    const period = periodOption(next);
    await inspection.inspect({
      source: file.source,
      ...(result.sheet ? { sheet: result.sheet } : {}),
      headerRow: result.header_row,
      mapping: next,
      ...(period ? { turnoverPeriod: period } : {}),
    });
  }

  async function startImport() {
    if (!file || !result) return;
    const period = periodOption(mapping);
    const done = await job.start({
      source: file.source,
      ...(result.sheet ? { sheet: result.sheet } : {}),
      headerRow: result.header_row,
      mapping,
      ...(period ? { turnoverPeriod: period } : {}),
      roundName: roundName.trim(),
    });
    if (!done) return;
    setSummary(done);
    setStep('summary');
    await refreshProject();
    setRoundId(done.round_id);
  }

  function restart() {
    inspection.clear();
    job.clearError();
    setFile(null);
    setMapping({});
    setSummary(null);
    setRoundName('');
    setLocalError(null);
    setStep('file');
  }

  function showInData(issue: string | null) {
    if (issue !== null) requestDataIntent({ issue });
    navigate('data');
  }

  const cancelled = job.error?.code === 'CANCELLED';
  const canGoTo = (target: StepId) => !job.running && step !== 'summary' && target !== 'summary' && (target === 'file' || result !== null);

  return (
    <div className="import-screen" data-testid="import-screen" data-step={step}>
      <header className="screen-header">
        <h1>{t('import.title')}</h1>
        <p className="muted">{t('import.intro')}</p>
      </header>
      <WizardSteps current={step} canGoTo={canGoTo} onGoTo={goTo} />
      {file && step !== 'file' && <FileLine name={file.name} inspection={result} />}
      <ErrorNotice error={localError ?? inspection.error} testId="import-error" />
      {job.error && !cancelled && <ErrorNotice error={job.error} testId="import-error" />}
      {cancelled && (
        <div className="notice notice-info" role="status" data-testid="import-cancelled">{t('import.run.cancelled')}</div>
      )}

      <section className="panel import-panel">
        <div className="panel-body">
          {step === 'file' && <FileStep busy={busy} onChosen={(s, n) => void chooseFile(s, n)} onLocalError={setLocalError} />}
          {step === 'table' && result && (
            <TableStep
              inspection={result}
              busy={busy}
              onSheet={(sheet) => void reinspectTable({ sheet })}
              onHeaderRow={(row) => void reinspectTable({ ...(result.sheet ? { sheet: result.sheet } : {}), headerRow: row })}
            />
          )}
          {step === 'mapping' && result && (
            <MappingStep
              inspection={result}
              mapping={mapping}
              periodAssumed={periodAssumed}
              busy={busy}
              onMapping={(next) => void changeMapping(next)}
              onPeriod={(period) => {
                setPeriodAssumed(false);
                void changeMapping(switchTurnoverPeriod(mapping, period));
              }}
            />
          )}
          {step === 'run' && result && file && (
            <RunStep
              inspection={result}
              mapping={mapping}
              fileName={file.name}
              roundName={roundName}
              onRoundName={setRoundName}
              running={job.running}
              cancelling={job.cancelling}
              progress={job.progress}
              onStart={() => void startImport()}
              onCancel={() => void job.cancel()}
            />
          )}
          {step === 'summary' && summary && (
            <SummaryStep
              summary={summary}
              roundName={roundName.trim()}
              onShowIssue={(code) => showInData(code)}
              onOpenData={() => showInData(null)}
              onReview={() => navigate('review')}
              onAnother={restart}
            />
          )}
        </div>
        {(step === 'table' || step === 'mapping' || step === 'run') && (
          <footer className="import-nav">
            <button
              type="button"
              className="button"
              disabled={busy || job.running}
              onClick={() => goTo(step === 'table' ? 'file' : step === 'mapping' ? 'table' : 'mapping')}
              data-testid="import-back"
            >
              {t('import.back')}
            </button>
            {step !== 'run' && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy || (step === 'mapping' && Object.keys(mapping).length === 0)}
                onClick={() => goTo(step === 'table' ? 'mapping' : 'run')}
                data-testid="import-next"
              >
                {t('import.next')}
              </button>
            )}
          </footer>
        )}
      </section>
    </div>
  );
}
