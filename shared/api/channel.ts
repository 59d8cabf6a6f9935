import type { z } from 'zod';

/**
 * One channel of the API: a zod schema for the request (validated at the boundary, because the
 * renderer is untrusted) and a phantom for the response type.
 */
export interface ChannelSpec<Req extends z.ZodType, Res> {
  request: Req;
  response: Res;
}

/** Declares the response type of a channel without a runtime value. */
export function responseOf<T>(): T {
  return undefined as unknown as T;
}

/** Builds a channel spec; keeps the literal types for inference. */
export function defineChannel<Req extends z.ZodType, Res>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response };
}
