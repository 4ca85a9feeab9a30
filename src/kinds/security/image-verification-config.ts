/** ImageVerificationConfig (Talos `security.ImageVerificationConfigV1Alpha1`): signature rules for the images the machine pulls. Since Talos 1.13. */
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr } from '../values.js';

/** Patterns match an image's registry and repository only: what in a pattern suggests otherwise. */
function patternWarnings(pattern: string, i: number): string[] {
  const out: string[] = [];
  const tail = 'but matching only applies to the image registry and repository, not the tag or digest';
  if (pattern.includes('@')) out.push(`rule ${i}: imagePattern contains '@' ${tail}`);
  const slash = pattern.indexOf('/');
  if (slash >= 0 && pattern.slice(slash + 1).includes(':'))
    out.push(`rule ${i}: imagePattern contains ':' ${tail}`);
  if (!pattern.includes('/') && pattern !== '*' && pattern !== '')
    out.push(
      `rule ${i}: imagePattern does not contain a '/', image references like 'nginx' are matched as 'docker.io/nginx' (normalized)`,
    );
  return out;
}

const isSet = (v: unknown) => v !== undefined && v !== null;

export const ImageVerificationConfig: KindEntry = {
  kind: 'ImageVerificationConfig',
  group: 'security',
  validate(body, report) {
    asList(body.rules).forEach((r, i) => {
      const rule = asObj(r) ?? {};
      const at = ['rules', i];
      const pattern = asStr(rule.image);
      if (pattern === '') report.error(`rule ${i}: imagePattern must be specified`, at);
      for (const w of patternWarnings(pattern, i)) report.warn(w, [...at, 'image']);
      const skip = rule.skip === true;
      const deny = rule.deny === true;
      const keyless = isSet(rule.keyless) ? (asObj(rule.keyless) ?? {}) : undefined;
      const publicKey = isSet(rule.publicKey) ? (asObj(rule.publicKey) ?? {}) : undefined;
      const hasVerifier = keyless !== undefined || publicKey !== undefined;
      if (skip && deny) report.error(`rule ${i}: skip and deny cannot both be true`, at);
      if ((skip || deny) && hasVerifier)
        report.error(`rule ${i}: verifiers cannot be configured if skip or deny is true`, at);
      if (!skip && !deny && !hasVerifier)
        report.error(`rule ${i}: at least one verifier must be configured`, at);
      if (keyless && publicKey)
        report.error(`rule ${i}: only one of keyless or publicKey verifier can be configured`, at);
      if (keyless) {
        if (asStr(keyless.issuer) === '')
          report.error(`rule ${i}: verifier OIDC issuer must be specified`, [...at, 'keyless']);
        if (asStr(keyless.subject) === '' && asStr(keyless.subjectRegex) === '')
          report.error(`rule ${i}: verifier subject or subjectRegex must be specified`, [...at, 'keyless']);
      }
      if (publicKey && asStr(publicKey.certificate) === '')
        report.error(`rule ${i}: verifier certificates must be specified`, [...at, 'publicKey']);
    });
  },
};
