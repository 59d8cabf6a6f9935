import type { Language } from './define-messages';
import { commonMessages } from './messages/common';
import { homeMessages } from './messages/home';
import { dataMessages } from './messages/data';
import { importMessages } from './messages/import';
import { reviewMessages } from './messages/review';

/**
 * Every message of the UI. Each area keeps its own file under messages/; a new screen adds one file
 * and one spread per language here.
 */
const id = {
  ...commonMessages.id,
  ...homeMessages.id,
  ...dataMessages.id,
  ...importMessages.id,
  ...reviewMessages.id,
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  ...commonMessages.en,
  ...homeMessages.en,
  ...dataMessages.en,
  ...importMessages.en,
  ...reviewMessages.en,
};

export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { id, en };
