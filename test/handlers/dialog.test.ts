import { describe, expect, it } from 'vitest';
import { createServiceApi } from '../../services/handlers';

describe('file dialog channel', () => {
  it('tells the browser mode to type the path instead', async () => {
    const api = createServiceApi('browser');
    const r = await api.invoke('dialog:choosePath', { kind: 'open' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/hanya tersedia di aplikasi desktop/) } });
    api.close();
  });

  it('asks the desktop shell and returns its answer, null when the user cancelled', async () => {
    const asked: unknown[] = [];
    const api = createServiceApi('electron', {
      choosePath: async (req) => {
        asked.push(req);
        return req.kind === 'save' ? '/home/petugas/rekap.xlsx' : null;
      },
    });
    expect(await api.invoke('dialog:choosePath', { kind: 'save', extensions: ['xlsx'] })).toEqual({ ok: true, data: { path: '/home/petugas/rekap.xlsx' } });
    expect(await api.invoke('dialog:choosePath', { kind: 'open' })).toEqual({ ok: true, data: { path: null } });
    expect(asked).toEqual([{ kind: 'save', extensions: ['xlsx'] }, { kind: 'open' }]);
    api.close();
  });

  it('refuses an extension that is not a plain word', async () => {
    const api = createServiceApi('electron', { choosePath: async () => null });
    const r = await api.invoke('dialog:choosePath', { kind: 'save', extensions: ['../x'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    api.close();
  });
});
