import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/I18nProvider';

/**
 * Text shown with an edit button; editing shows an input with Save and Cancel (Enter saves, Escape
 * cancels). `onSave` resolves to true when stored; the editor stays open on failure.
 */
export function InlineEdit({ value, onSave, testId, maxLength = 200, allowEmpty = false, editLabel, className }: {
  value: string;
  onSave: (next: string) => Promise<boolean>;
  testId: string;
  maxLength?: number;
  /** An empty value means "restore the default" (cluster labels). */
  allowEmpty?: boolean;
  editLabel: string;
  className?: string;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = draft.trim();
    if (!allowEmpty && next === '') return;
    if (next === value) {
      setEditing(false);
      return;
    }
    setSaving(true);
    const ok = await onSave(next);
    setSaving(false);
    if (ok) setEditing(false);
  }

  if (!editing) {
    return (
      <span className={`inline-edit ${className ?? ''}`}>
        <span className="inline-edit-text" data-testid={testId}>{value}</span>
        <button type="button" className="button button-small inline-edit-button" onClick={() => setEditing(true)} aria-label={editLabel} title={editLabel} data-testid={`${testId}-edit`}>
          ✎
        </button>
      </span>
    );
  }
  return (
    <form className={`inline-edit inline-edit-open ${className ?? ''}`} onSubmit={(e) => void submit(e)}>
      <input
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(value);
            setEditing(false);
          }
        }}
        maxLength={maxLength}
        autoFocus
        disabled={saving}
        aria-label={editLabel}
        data-testid={`${testId}-input`}
      />
      <span className="inline-edit-actions">
        <button type="submit" className="button button-small button-primary" disabled={saving || (!allowEmpty && draft.trim() === '')} data-testid={`${testId}-save`}>
          {saving ? t('cluster.edit.saving') : t('cluster.edit.save')}
        </button>
        <button type="button" className="button button-small" disabled={saving} onClick={() => { setDraft(value); setEditing(false); }} data-testid={`${testId}-cancel`}>
          {t('cluster.edit.cancel')}
        </button>
      </span>
    </form>
  );
}
