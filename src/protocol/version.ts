// The wire protocol version. Bump when a message shape changes in a way an older client would misread.
// A client older than minClientProtocol is told to reload (protocol.client_too_old), never served silently.
export const protocolVersion = 1;
export const minClientProtocol = 1;
export const protocolHeader = 'x-anxin-protocol';
