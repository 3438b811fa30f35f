import type { z } from 'zod';
import type { ReleaseChannel, ReleaseContract } from '../../ipc/contract/releases';
import type { ServiceContext } from '../context';

export type ChannelParsedInputOf<C extends ReleaseChannel> = z.infer<ReleaseContract[C]['input']>;
export type ChannelOutputOf<C extends ReleaseChannel> = z.infer<ReleaseContract[C]['output']>;

export type ReleaseHandler<C extends ReleaseChannel> = (
  ctx: ServiceContext,
  input: ChannelParsedInputOf<C>,
) => ChannelOutputOf<C> | Promise<ChannelOutputOf<C>>;

export type ReleaseHandlers = { readonly [C in ReleaseChannel]: ReleaseHandler<C> };

export type ReleaseSettingsValues = Omit<ChannelOutputOf<'releases:get-settings'>, 'nextReference'>;

/** The release services read the time through this, so tests can move it (revision windows, embargoes). */
export interface ReleaseClock {
  now(): Date;
}

export const systemClock: ReleaseClock = { now: () => new Date() };
