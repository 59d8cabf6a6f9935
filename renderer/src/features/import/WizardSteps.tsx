import { useT } from '../../i18n/I18nProvider';

export const STEP_IDS = ['file', 'table', 'mapping', 'run', 'summary'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The wizard's steps as a numbered trail; steps already passed can be revisited when allowed. */
export function WizardSteps({ current, canGoTo, onGoTo }: {
  current: StepId;
  canGoTo: (step: StepId) => boolean;
  onGoTo: (step: StepId) => void;
}) {
  const t = useT();
  const currentIndex = STEP_IDS.indexOf(current);
  return (
    <ol className="wizard-steps" data-testid="import-steps">
      {STEP_IDS.map((id, index) => {
        const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
        const clickable = state === 'done' && canGoTo(id);
        return (
          <li key={id} className={`wizard-step wizard-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <button type="button" className="wizard-step-button" disabled={!clickable} onClick={() => onGoTo(id)} data-testid={`import-step-link-${id}`}>
              <span className="wizard-step-num">{index + 1}</span>
              {t(`import.step.${id}` as const)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
