import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { startApp, type E2eApp } from './harness';

/**
 * A survey file as offices really send it: `;`-separated with CRLF, a title row and a blank row above
 * the header, abbreviated headers (`KEC`, `KEL`, `NO HP/WA`), money in several spellings, a kecamatan
 * written `BUGULKIDUL`, a column no synonym knows (`HARTA USAHA`), two rows sharing a NIK, a totals row.
 */
const MESSY_CSV = [
  'DAFTAR PELAKU USAHA MIKRO KOTA PASURUAN 2025;;;;;;;;;;',
  ';;;;;;;;;;',
  'NO;NAMA PELAKU USAHA;NAMA USAHA;NIK;KEC;KEL;BIDANG USAHA;JENIS USAHA;OMSET PERBULAN (Rp);HARTA USAHA (Rp);NO HP/WA',
  "1;Siti Aminah;Warung Bu Siti;'3575014501800001;BUGULKIDUL;Tapaan;Perdagangan;warung makan;Rp 1.500.000;Rp 5.000.000;081234567890",
  '2;Budi Santoso;Bengkel Budi;3575020101750002;Purworejo;Pohjentrek;Jasa;bengkel motor;Rp. 2.500.000,-;10 jt;+62 812-3456-7891',
  '3;Sri Wahyuni;Kue Sri;3575035502850003;Panggung Rejo;Mandaranrejo;2;kue kering;750rb;2,5 jt;0813 1111 2222',
  "4;Siti Aminah;Toko Aminah;'3575014501800001;Bugul Kidul;Kepel;dagang;toko kelontong;Rp 3.000.000;Rp 8.000.000;081234567899",
  '5;Ahmad Fauzi;Mebel Jati;3575010101700004;Gadingrejo;Karangketug;Industri;mebel;1,5 jt;ABC;081355556666',
  'JUMLAH;;;;;;;;Rp 9.250.000;;',
].join('\r\n');

/** A tidy CSV large enough that its import is still running when Cancel is pressed (~12 MB). */
function buildLargeCsv(rows: number): string {
  const lines = ['NAMA PELAKU USAHA;KECAMATAN;KELURAHAN;OMSET PER BULAN;ASET'];
  const places = [['Gadingrejo', 'Bukir'], ['Purworejo', 'Kebonagung'], ['Bugul Kidul', 'Kepel'], ['Panggungrejo', 'Trajeng']];
  for (let i = 0; i < rows; i++) {
    const [kec, kel] = places[i % places.length]!;
    const rupiah = String((1 + (i % 50)) * 100_000).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    lines.push(`Pelaku ${i};${kec};${kel};Rp ${rupiah};${(i % 9) + 1} jt`);
  }
  return lines.join('\n');
}

/** A workbook with two survey sheets; the second has a title row above its header. */
async function writeTwoSheetWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const first = workbook.addWorksheet('Pendataan 2024');
  first.addRow(['Nama Pelaku Usaha', 'Kecamatan', 'Omzet per Tahun']);
  first.addRow(['Lama Sekali', 'Gadingrejo', 12_000_000]);
  const second = workbook.addWorksheet('Pendataan 2025');
  second.addRow(['REKAP PENDATAAN USAHA MIKRO 2025']);
  second.addRow(['NAMA PELAKU USAHA', 'KECAMATAN', 'OMZET/BULAN']);
  second.addRow(['Baru Sekali', 'Purworejo', 'Rp 1.250.000']);
  await workbook.xlsx.writeFile(path);
}

/** The Verifikasi table's total row once it has settled, as column -> count. */
async function readVerificationTotal(page: Page): Promise<Record<string, number>> {
  const handle = await page.waitForFunction(() => {
    const panel = document.querySelector('[data-testid="verification-panel"]');
    const total = panel?.querySelector('[data-testid="verif-total"]');
    if (!panel || !total || panel.getAttribute('aria-busy') !== 'false') return false;
    const out: Record<string, number> = {};
    for (const cell of total.querySelectorAll('td[data-testid^="verif-"]')) {
      out[(cell.getAttribute('data-testid') ?? '').replace('verif-', '')] = Number(cell.getAttribute('data-value'));
    }
    return out;
  });
  return (await handle.jsonValue()) as Record<string, number>;
}

/** The recap beside the Data table once it has settled: its total and the businesses left out. */
async function readRecapTotal(page: Page): Promise<{ total: number; lost: number; duplicates: number }> {
  const handle = await page.waitForFunction(() => {
    const panel = document.querySelector('[data-testid="recap-panel"]');
    const cell = panel?.querySelector('[data-testid="recap-total"] [data-testid="recap-count"]');
    const notes = panel?.querySelector('[data-testid="recap-notes"]');
    if (!panel || !cell || !notes || panel.getAttribute('aria-busy') !== 'false') return false;
    return {
      total: Number(cell.getAttribute('data-value')),
      lost: Number(notes.getAttribute('data-lost')),
      duplicates: Number(notes.getAttribute('data-duplicates')),
    };
  });
  return (await handle.jsonValue()) as { total: number; lost: number; duplicates: number };
}

/** The business count above the Data table once it is not loading. */
async function readBusinessCount(page: Page): Promise<string | null> {
  const el = page.getByTestId('business-count');
  return (await el.getAttribute('aria-busy')) === 'false' ? el.getAttribute('data-count') : null;
}

describe('importing a messy survey file and reviewing it, in the browser mode', { timeout: 180_000 }, () => {
  let app: E2eApp;
  let dir = '';
  let csvPath = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peta-e2e-import-'));
    csvPath = join(dir, 'survei-kelurahan.csv');
    writeFileSync(csvPath, MESSY_CSV, 'utf8');
    writeFileSync(join(dir, 'kosong.csv'), '');
    app = await startApp();
  }, 200_000);
  afterAll(async () => {
    await app?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates an empty project from Beranda', async () => {
    const { page } = app;
    await page.getByTestId('create-name').fill('Uji Impor');
    await page.getByTestId('create-path').fill(join(dir, 'uji-impor.peta'));
    await page.getByTestId('create-submit').click();
    await expect.poll(() => page.getByTestId('project-name').textContent()).toBe('Uji Impor');
    await expect.poll(() => page.getByTestId('nav-import').isEnabled()).toBe(true);
  });

  it('refuses an empty file with a message in Bahasa Indonesia', async () => {
    const { page } = app;
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(join(dir, 'kosong.csv'));
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('kosong');
    expect(await page.getByTestId('import-screen').getAttribute('data-step')).toBe('file');
    await app.screenshot('impor-01-berkas-kosong');
  });

  it('finds the header row under the title rows, and lets the user choose another', async () => {
    const { page } = app;
    await page.getByTestId('import-file-input').setInputFiles(csvPath);
    await page.getByTestId('import-step-table').waitFor();
    const headerRow = page.getByTestId('import-header-row');
    expect(await headerRow.getAttribute('data-row')).toBe('2');
    expect(await page.getByTestId('import-error').count()).toBe(0);
    await app.screenshot('impor-02-baris-header');

    await page.locator('[data-testid="import-raw-row"][data-row="0"]').click();
    await expect.poll(() => headerRow.getAttribute('data-row')).toBe('0');
    await page.locator('[data-testid="import-raw-row"][data-row="2"]').click();
    await expect.poll(() => headerRow.getAttribute('data-row')).toBe('2');
  });

  it('suggests a mapping from the headers and reads KEC, KEL, money and the period from them', async () => {
    const { page } = app;
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-step-mapping').waitFor();
    const row = (header: string) => page.locator(`[data-testid="map-row"][data-header="${header}"]`);
    expect(await row('NAMA PELAKU USAHA').getAttribute('data-field')).toBe('nama_pelaku');
    expect(await row('KEC').getAttribute('data-field')).toBe('kecamatan');
    expect(await row('KEL').getAttribute('data-field')).toBe('kelurahan');
    expect(await row('NO HP/WA').getAttribute('data-field')).toBe('telepon');
    expect(await row('OMSET PERBULAN (Rp)').getAttribute('data-field')).toBe('omzet_bulanan');
    expect(await page.getByTestId('import-period').getAttribute('data-period')).toBe('bulan');
    // BUGULKIDUL is read as the kecamatan Bugul Kidul (35.75.03); the money as whole Rupiah.
    expect(await row('KEC').getByTestId('preview-cell').first().textContent()).toContain('35.75.03');
    expect(await row('OMSET PERBULAN (Rp)').getByTestId('preview-cell').nth(1).textContent()).toContain('Rp 2.500.000');
  });

  it('never shows a whole NIK in the preview', async () => {
    const text = (await app.page.getByTestId('import-step-mapping').textContent()) ?? '';
    expect(text).not.toContain('3575014501800001');
    expect(text).not.toContain('3575020101750002');
  });

  it('lets the user map a column no synonym knows, and re-reads the preview with it', async () => {
    const { page } = app;
    const harta = page.locator('[data-testid="map-row"][data-header="HARTA USAHA (Rp)"]');
    expect(await harta.getAttribute('data-field')).toBe('');
    await harta.getByTestId('map-select').selectOption('aset');
    await expect.poll(() => harta.getAttribute('data-field')).toBe('aset');
    // `10 jt` is read as ten million Rupiah.
    await expect.poll(() => harta.getByTestId('preview-cell').nth(1).textContent()).toContain('→ Rp 10.000.000');
    // `ABC` is not money: the preview marks the cell as a problem.
    await expect.poll(() => harta.getByTestId('preview-cell').nth(4).getAttribute('data-issue')).toBeTruthy();
    await harta.scrollIntoViewIfNeeded();
    await app.screenshot('impor-03-pemetaan-kolom');
  });

  it('imports the file as a new round and summarises rows, skipped rows and problems', async () => {
    const { page } = app;
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-round-name').fill('Pendataan Uji 2025');
    await app.screenshot('impor-04-siap-impor');
    await page.getByTestId('import-start').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await page.getByTestId('summary-imported').getAttribute('data-value')).toBe('5');
    expect(await page.locator('[data-testid="summary-skip"][data-reason="baris_jumlah"]').getAttribute('data-count')).toBe('1');
    expect(await page.locator('[data-testid="summary-issue"][data-code="kemungkinan_duplikat"]').getAttribute('data-count')).toBe('2');
    expect(await page.locator('[data-testid="summary-issue"][data-code="uang_tidak_terbaca"]').getAttribute('data-count')).toBe('1');
    await app.screenshot('impor-05-ringkasan');
  });

  it('links a problem of the summary to the Data table filtered by it', async () => {
    const { page } = app;
    await page.locator('[data-testid="summary-issue"][data-code="uang_tidak_terbaca"]').getByTestId('summary-issue-link').click();
    await page.getByTestId('screen-data').waitFor();
    expect(await page.getByTestId('filter-issue').inputValue()).toBe('uang_tidak_terbaca');
    await expect.poll(() => readBusinessCount(page)).toBe('1');
    await page.getByTestId('business-row').first().click();
    await page.locator('[data-testid="detail-issue"][data-code="uang_tidak_terbaca"]').waitFor();
    await app.screenshot('impor-06-data-masalah');
    await page.getByTestId('detail-close').click();
    await page.getByTestId('filter-reset').click();
    await expect.poll(() => readBusinessCount(page)).toBe('5');
  });

  it('shows the two rows sharing a NIK side by side on Verifikasi, with their differences marked', async () => {
    const { page } = app;
    await page.getByTestId('nav-review').click();
    const group = page.getByTestId('dup-group');
    await group.waitFor();
    expect(await group.count()).toBe(1);
    expect(await group.getByTestId('dup-member').count()).toBe(2);
    expect(await group.locator('[data-testid="dup-field"][data-field="nama_usaha"]').getAttribute('data-differs')).toBe('true');
    expect(await group.locator('[data-testid="dup-field"][data-field="nama_pelaku"]').getAttribute('data-differs')).toBe('false');
    const before = await readVerificationTotal(page);
    expect(before).toMatchObject({ data_awal: 5, valid: 0, hilang: 0, belum_diverifikasi: 5, duplikat: 0 });
    await app.screenshot('impor-07-verifikasi-dobel');
  });

  it('marks one of them as a duplicate: the queue empties and the duplicate is counted', async () => {
    const { page } = app;
    await page.getByTestId('dup-group').getByTestId('dup-mark').nth(1).click();
    await page.getByTestId('dup-empty').waitFor();
    await expect.poll(async () => (await readVerificationTotal(page)).duplikat).toBe(1);
    await app.screenshot('impor-08-verifikasi-selesai');
  });

  it('leaves the duplicate out of the recap', async () => {
    const { page } = app;
    await page.getByTestId('nav-data').click();
    await expect.poll(() => readRecapTotal(page)).toEqual({ total: 4, lost: 0, duplicates: 1 });
  });

  it('sets a business valid and another lost with a reason; the recap drops the lost one', async () => {
    const { page } = app;
    const detail = page.getByTestId('business-detail');

    await page.getByTestId('business-row').filter({ hasText: 'Budi Santoso' }).click();
    await detail.getByTestId('status-option-valid').click();
    await detail.getByTestId('status-save').click();
    await detail.getByTestId('status-saved').waitFor();
    await expect.poll(() => readRecapTotal(page)).toEqual({ total: 4, lost: 0, duplicates: 1 });
    await page.getByTestId('detail-close').click();

    await page.getByTestId('business-row').filter({ hasText: 'Sri Wahyuni' }).click();
    await detail.getByTestId('status-option-hilang').click();
    expect(await detail.getByTestId('status-save').isDisabled()).toBe(true);
    await detail.getByTestId('status-reason').selectOption('pindah_alamat');
    await detail.getByTestId('status-save').click();
    await detail.getByTestId('status-saved').waitFor();
    await expect.poll(() => readRecapTotal(page)).toEqual({ total: 3, lost: 1, duplicates: 1 });
    await expect
      .poll(() => page.getByTestId('business-row').filter({ hasText: 'Sri Wahyuni' }).textContent())
      .toContain('Hilang');
    await app.screenshot('impor-09-data-status');
    await page.getByTestId('detail-close').click();
  });

  it('counts them on Verifikasi: Valid, Hilang by reason (the marked duplicate as data dobel), and the rest not yet verified', async () => {
    const { page } = app;
    await page.getByTestId('nav-review').click();
    await expect.poll(() => readVerificationTotal(page)).toMatchObject({ data_awal: 5, valid: 1, hilang: 2, belum_diverifikasi: 2, duplikat: 1 });
    expect(await page.locator('[data-testid="verif-reason"][data-reason="pindah_alamat"]').getAttribute('data-count')).toBe('1');
    expect(await page.locator('[data-testid="verif-reason"][data-reason="data_dobel"]').getAttribute('data-count')).toBe('1');
    // Sri Wahyuni's kelurahan Mandaranrejo is in Panggungrejo (35.75.04).
    expect(await page.locator('[data-testid="verif-row"][data-code="35.75.04"] [data-testid="verif-hilang"]').getAttribute('data-value')).toBe('1');
    await app.screenshot('impor-10-verifikasi-hitungan');
  });

  it('reads the sheet the user chooses in a workbook, finding its header under a title row', async () => {
    const { page } = app;
    const path = join(dir, 'dua-lembar.xlsx');
    await writeTwoSheetWorkbook(path);
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(path);
    await page.getByTestId('import-step-table').waitFor();
    const sheet = page.getByTestId('import-sheet-select');
    expect(await sheet.inputValue()).toBe('Pendataan 2024');
    expect(await page.getByTestId('import-header-row').getAttribute('data-row')).toBe('0');
    await sheet.selectOption('Pendataan 2025');
    await expect.poll(() => page.getByTestId('import-header-row').getAttribute('data-row')).toBe('1');
    await app.screenshot('impor-11-xlsx-lembar');
    await page.getByTestId('import-next').click();
    const name = page.locator('[data-testid="map-row"][data-field="nama_pelaku"]');
    expect(await name.getByTestId('preview-cell').first().textContent()).toContain('Baru Sekali');
    expect(await page.getByTestId('import-period').getAttribute('data-period')).toBe('bulan');
  });

  it('cancels a long import from its progress bar, leaving the project as it was', async () => {
    const { page } = app;
    const large = join(dir, 'besar.csv');
    writeFileSync(large, buildLargeCsv(300_000), 'utf8');
    // Leaving the screen and coming back starts the wizard afresh.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(large);
    await page.getByTestId('import-step-table').waitFor();
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-step-mapping').waitFor();
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-start').click();
    // The bar follows the job's progress events (phase and counts) while the import runs.
    await page.locator('[data-testid="import-progress"]:not([data-phase=""])').waitFor();
    await app.screenshot('impor-12-berjalan');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-cancelled').waitFor();
    expect(await page.getByTestId('import-start').isEnabled()).toBe(true);
    await page.getByTestId('nav-home').click();
    await expect.poll(() => page.getByTestId('project-round').count()).toBe(1);
  });

  it('switches the wizard to English and back', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-import').textContent()).toBe('Import');
    await expect.poll(() => page.getByTestId('nav-review').textContent()).toBe('Verification');
    await page.getByTestId('language-select').selectOption('id');
    await expect.poll(() => page.getByTestId('nav-review').textContent()).toBe('Verifikasi');
  });

  it('runs without console errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
