/**
 * End-to-end harness: starts the browser mode as a child process with a fresh PETA_HOME, waits for its
 * `Peta Potensi: http://127.0.0.1:PORT/?token=…` line, drives Debian's Chromium with playwright-core,
 * and stops everything at the end. Screenshots go to test-results/e2e/ as artifacts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildRendererIfStale, repoRoot } from '../../scripts/renderer-build';
import type { Channel, RequestOf, ResponseOf } from '../../shared/api/contract';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'e2e');
/** The server prints this line once it listens; the demo project is generated before that. */
const READY_LINE = /^Peta Potensi: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))\s*$/m;
/** Generous: the first start builds the UI and generates the demo project (ms). */
const START_TIMEOUT_MS = 150_000;

export interface RunningServer {
  /** The page URL with the token. */
  url: string;
  origin: string;
  token: string;
  /** The fresh PETA_HOME of this run. */
  home: string;
  stop: () => Promise<void>;
}

/**
 * Builds the renderer once when it is stale. Test files run in parallel workers, so a lock file makes the
 * others wait instead of building into the same folder at the same time.
 */
async function ensureRendererBuilt(): Promise<void> {
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
  const lock = join(repoRoot, 'test-results', '.renderer-build.lock');
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // A lock older than the timeout belongs to a crashed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > START_TIMEOUT_MS) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error('Menunggu build antarmuka terlalu lama');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await buildRendererIfStale();
  } finally {
    rmSync(lock, { force: true });
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Starts `tsx scripts/start.ts --browser --port 0` with a fresh PETA_HOME and waits until it listens. */
export async function startServer(): Promise<RunningServer> {
  await ensureRendererBuilt();
  const home = mkdtempSync(join(tmpdir(), 'peta-e2e-'));
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts', '--browser', '--port', '0', '--no-build'], {
    cwd: repoRoot,
    env: { ...process.env, PETA_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() ends tsx and the node process it runs, and nothing else.
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const killer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5000);
      await waitForExit(child);
      clearTimeout(killer);
    }
    rmSync(home, { recursive: true, force: true });
  };

  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server tidak siap dalam ${START_TIMEOUT_MS} ms.\n${stderr}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = READY_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server berhenti (kode ${code}) sebelum siap.\n${stderr}`));
    });
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });

  const url = ready[1]!;
  return { url, origin: new URL(url).origin, token: ready[3]!, home, stop };
}

/** Launches Debian's Chromium headless, offline-minded (no background networking, no sync, no QUIC). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} tidak ada: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface E2eApp {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Console errors and failed requests seen by the page (a CSP violation shows up here). */
  pageErrors: string[];
  screenshot: (name: string) => Promise<string>;
  stop: () => Promise<void>;
}

/** Server + browser + a page at 1366×768 (the office laptop size), already pointed at the app. */
export async function startApp(): Promise<E2eApp> {
  const server = await startServer();
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const pageErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(server.url);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const openedBrowser = browser;
    return {
      server,
      browser,
      page,
      pageErrors,
      screenshot: async (name) => {
        const file = join(SCREENSHOT_DIR, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      stop: async () => {
        await openedBrowser.close();
        await server.stop();
      },
    };
  } catch (err) {
    await browser?.close();
    await server.stop();
    throw err;
  }
}

/** Calls a channel over the browser mode's HTTP API, as the page does; fails the test on an error answer. */
export async function callApi<C extends Channel>(app: E2eApp, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const response = await fetch(`${app.server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Peta-Token': app.server.token },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { ok: true; data: ResponseOf<C> } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.code} ${body.error.message}`);
  return body.data;
}
