import { defineMessages } from '../define-messages';

/** The shell, navigation and generic components. */
export const commonMessages = defineMessages({
  id: {
    'app.title': 'Peta Potensi',
    'app.subtitle': 'Pemetaan potensi usaha mikro',
    'app.syntheticBanner': 'DATA SINTETIS — proyek demo',
    'app.noProject': 'Belum ada proyek yang dibuka',
    'app.loading': 'Memuat…',
    'app.language': 'Bahasa',
    'app.needsProject': 'Buka atau buat proyek dulu di Beranda.',
    'nav.home': 'Beranda',
    'nav.data': 'Data',
    'common.all': 'Semua',
    'common.close': 'Tutup',
    'common.retry': 'Coba lagi',
    'common.error': 'Terjadi kesalahan',
    'common.missing': '{count} kosong',
    'common.none': '—',
  },
  en: {
    'app.title': 'Peta Potensi',
    'app.subtitle': 'Micro-enterprise potential mapping',
    'app.syntheticBanner': 'SYNTHETIC DATA — demo project',
    'app.noProject': 'No project open',
    'app.loading': 'Loading…',
    'app.language': 'Language',
    'app.needsProject': 'Open or create a project on the Home screen first.',
    'nav.home': 'Home',
    'nav.data': 'Data',
    'common.all': 'All',
    'common.close': 'Close',
    'common.retry': 'Try again',
    'common.error': 'Something went wrong',
    'common.missing': '{count} missing',
    'common.none': '—',
  },
});
