import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { ChoosePathButton } from '../../components/ChoosePathButton';
import { useT } from '../../i18n/I18nProvider';

/**
 * Create a project file or open one by path. Paths are typed (the browser mode cannot show the
 * computer's file dialog); the desktop app adds a "Pilih…" button for the system dialog.
 */
export function ProjectForms({ busy, onCreate, onOpen }: {
  busy: boolean;
  onCreate: (path: string, name: string) => Promise<boolean>;
  onOpen: (path: string) => Promise<boolean>;
}) {
  const t = useT();
  const [createPath, setCreatePath] = useState('');
  const [createName, setCreateName] = useState('');
  const [openPath, setOpenPath] = useState('');

  async function submitCreate(event: FormEvent) {
    event.preventDefault();
    if (await onCreate(createPath.trim(), createName.trim())) {
      setCreatePath('');
      setCreateName('');
    }
  }

  async function submitOpen(event: FormEvent) {
    event.preventDefault();
    if (await onOpen(openPath.trim())) setOpenPath('');
  }

  return (
    <>
      <Panel title={t('home.create.title')} testId="create-panel">
        <form className="form" onSubmit={(e) => void submitCreate(e)}>
          <Field label={t('home.create.name')}>
            <input value={createName} onChange={(e) => setCreateName(e.target.value)} required maxLength={200} data-testid="create-name" />
          </Field>
          <Field label={t('home.create.path')} hint={t('home.create.pathHint')}>
            <input value={createPath} onChange={(e) => setCreatePath(e.target.value)} required spellCheck={false} data-testid="create-path" />
          </Field>
          <ChoosePathButton kind="save" extensions={['sqlite']} defaultPath={createPath} onChoose={setCreatePath} testId="create-choose" />
          <button type="submit" className="button" disabled={busy} data-testid="create-submit">
            {t('home.create.submit')}
          </button>
        </form>
      </Panel>
      <Panel title={t('home.open.title')} testId="open-panel">
        <form className="form form-inline" onSubmit={(e) => void submitOpen(e)}>
          <Field label={t('home.open.path')}>
            <input value={openPath} onChange={(e) => setOpenPath(e.target.value)} required spellCheck={false} data-testid="open-path" />
          </Field>
          <ChoosePathButton kind="open" extensions={['sqlite']} defaultPath={openPath} onChoose={setOpenPath} testId="open-choose" />
          <button type="submit" className="button" disabled={busy} data-testid="open-submit">
            {t('home.open.submit')}
          </button>
        </form>
      </Panel>
    </>
  );
}
