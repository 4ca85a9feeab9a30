/**
 * The error every part of sops handling throws (the encryptor too), and the `file:line` prefix of
 * its messages, which name places, recipients and rules but never a secret.
 */
import { TalosGitopsError } from '../../errors.js';

export type SopsErrorReason =
  /** No age identity was provided at all. */
  | 'no-identity'
  /** None of the identities opens any of the file's age envelopes. */
  | 'wrong-key'
  /** The MAC is missing, cannot be decrypted or does not match; or a value fails authentication. */
  | 'tampered'
  /** The MAC does not match, but a clear-text value may be read differently by sops; see message. */
  | 'cannot-verify'
  /** A value the rules require to be encrypted is in clear text. */
  | 'not-encrypted'
  /** A valid sops feature this decryptor does not handle (Shamir key groups, comment rules...). */
  | 'unsupported'
  /** The file is not a well-formed sops file. */
  | 'format';

/** A decryption failure. The message names the file (and line and key path where known). */
export class SopsError extends TalosGitopsError {
  override name = 'SopsError';
  readonly reason: SopsErrorReason;

  constructor(
    reason: SopsErrorReason,
    message: string,
    where: { file: string; line?: number | undefined; field?: string | undefined },
  ) {
    super(message, {
      file: where.file,
      ...(where.line === undefined ? {} : { line: where.line }),
      ...(where.field === undefined ? {} : { field: where.field }),
    });
    this.reason = reason;
  }

  /** The message already names file, line and key path. */
  override describe(): string {
    return this.message;
  }
}

export function at(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}
