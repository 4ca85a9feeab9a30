/**
 * The network kinds' valid cases, the way a user ships them: each case's documents as a node patch
 * over the generated base of a worker and of a control plane, validated as the renderer validates a
 * node (schema, deprecations, Talos's rules). A config Talos accepts must not gain an error here.
 */
import { describe } from 'vitest';
import { validCasesAsNodePatch } from './helpers/kind-cases.js';

describe('valid network documents as a node patch', () => {
  validCasesAsNodePatch(['network'], 'clusters/c1/patches/network.yaml', 50);
});
