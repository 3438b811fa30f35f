/** The single IPC channel the preload invokes; the contract's `domain:verb` name travels as its first argument. */
export const API_CHANNEL = 'pressdesk:call';
