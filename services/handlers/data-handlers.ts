import { dataChannels } from '../../shared/api/contract-data';
import { getBusiness, listBusinesses, listFacets, setVerificationStatus } from '../data/businesses';
import { computeRecap } from '../data/recap';
import { listDuplicateGroups, resolveDuplicates, summariseVerification } from '../data/review';
import type { HandlersFor } from './types';

/** Reading a round's businesses, editing verification status, the recap. */
export const dataHandlers: HandlersFor<typeof dataChannels> = {
  'businesses:list': (req, ctx) => listBusinesses(ctx.session.require().db, req),
  'businesses:get': (req, ctx) => getBusiness(ctx.session.require().db, req.id),
  'businesses:facets': (req, ctx) => listFacets(ctx.session.require().db, req),
  'businesses:setStatus': (req, ctx) => setVerificationStatus(ctx.session.require().db, req.ids, req.status, req.reason),
  'duplicates:list': (req, ctx) => listDuplicateGroups(ctx.session.require().db, req.roundId, req.limit),
  'duplicates:resolve': (req, ctx) => resolveDuplicates(ctx.session.require().db, req.ids, req.duplicateIds),
  'verification:summary': (req, ctx) => summariseVerification(ctx.session.require().db, req),
  'recap:get': (req, ctx) => computeRecap(ctx.session.require().db, req.filter, req.by),
};
