export * from './codec.js';
export * from './grpc.js';
export * from './parser.js';
export * from './schema.js';
export * from './talos-schema.js';
export * from './wire.js';
