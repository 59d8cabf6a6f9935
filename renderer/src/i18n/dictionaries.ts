import type { Language } from './define-messages';
import { commonMessages } from './messages/common';
import { homeMessages } from './messages/home';
import { dataMessages } from './messages/data';
import { importMessages } from './messages/import';
import { reviewMessages } from './messages/review';
import { classifyMessages } from './messages/classify';
import { statsMessages } from './messages/stats';
import { tablesMessages } from './messages/tables';
import { clusterMessages } from './messages/cluster';
import { clusterResultsMessages } from './messages/cluster-results';

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
  ...classifyMessages.id,
  ...statsMessages.id,
  ...tablesMessages.id,
  ...clusterMessages.id,
  ...clusterResultsMessages.id,
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  ...commonMessages.en,
  ...homeMessages.en,
  ...dataMessages.en,
  ...importMessages.en,
  ...reviewMessages.en,
  ...classifyMessages.en,
  ...statsMessages.en,
  ...tablesMessages.en,
  ...clusterMessages.en,
  ...clusterResultsMessages.en,
};

export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { id, en };
