/** A gRPC status the simulator answers with (what machined or apid would return). */
import { type ServiceError, status } from '@grpc/grpc-js';

export type StatusName = keyof typeof status;

export class SimRpcError extends Error {
  override name = 'SimRpcError';
  readonly code: number;

  constructor(code: StatusName, message: string) {
    super(message);
    this.code = status[code];
  }

  toServiceError(): Partial<ServiceError> {
    return { code: this.code, details: this.message, message: this.message };
  }
}

/** apid's answer for a target it cannot dial (node down). */
export function unavailableNode(address: string): SimRpcError {
  return new SimRpcError(
    'UNAVAILABLE',
    `connection error: desc = "transport: Error while dialing: dial tcp ${address}:50000: connect: connection refused"`,
  );
}
