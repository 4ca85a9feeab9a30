/**
 * Bridges the schema to @grpc/grpc-js: a service definition whose (de)serializers are the
 * project's own codec, usable with makeGenericClientConstructor and Server.addService.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import { decodeMessage, encodeMessage, type ProtoObject } from './codec.js';
import type { Service } from './schema.js';

export function grpcServiceDefinition(service: Service): ServiceDefinition {
  const def: Record<string, ServiceDefinition[string]> = {};
  for (const m of service.methods) {
    def[m.name] = {
      path: m.path,
      requestStream: m.requestStream,
      responseStream: m.responseStream,
      requestSerialize: (v: ProtoObject) => encodeMessage(m.requestType, v),
      requestDeserialize: (b: Buffer) => decodeMessage(m.requestType, b),
      responseSerialize: (v: ProtoObject) => encodeMessage(m.responseType, v),
      responseDeserialize: (b: Buffer) => decodeMessage(m.responseType, b),
      originalName: m.name,
    };
  }
  return def as ServiceDefinition;
}
