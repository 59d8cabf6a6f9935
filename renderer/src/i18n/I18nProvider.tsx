import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGUAGES, type Language } from './define-messages';
import { DICTIONARIES, type MessageKey } from './dictionaries';

const STORAGE_KEY = 'peta.lang';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nState {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18nState | null>(null);

function readStoredLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'id';
}

/** Fills `{name}` placeholders; numbers are formatted for the language (1.234 in id, 1,234 in en). */
function interpolate(text: string, params: Record<string, string | number> | undefined, lang: Language): string {
  if (!params) return text;
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

/** Provides the language (Bahasa Indonesia by default, remembered in localStorage) and `t`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(readStoredLanguage);
  const setLang = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18nState>(() => {
    const dict = DICTIONARIES[lang];
    const t: Translate = (key, params) => interpolate(dict[key] ?? key, params, lang);
    return { lang, setLang, t };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nState {
  const state = useContext(I18nContext);
  if (!state) throw new Error('useT dipakai di luar I18nProvider');
  return state;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The current language and its setter (for the language switch). */
export function useLanguage(): { lang: Language; setLang: (lang: Language) => void } {
  const { lang, setLang } = useI18n();
  return { lang, setLang };
}
