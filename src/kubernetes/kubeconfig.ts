/**
 * Reading a kubeconfig the user gives (`--kubeconfig`, the action's `kubeconfig` input): clusters,
 * users and contexts, with certificate data inline (`*-data`, base64) or in files next to the
 * kubeconfig. Exec plugins and auth providers are refused: the rollout runs no programs of the
 * kubeconfig's. Every credential read is registered with the redactor.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { TalosGitopsError } from '../errors.js';
import type { SecretRegistry } from '../secrets/registry.js';
import type { KubernetesCredentials } from './client.js';

export class KubeconfigError extends TalosGitopsError {
  override name = 'KubeconfigError';
}

interface Named<T> {
  name: string;
  value: T;
}

export interface Kubeconfig {
  file: string;
  currentContext?: string;
  /** Credentials by context name. */
  contexts: Map<string, KubernetesCredentials>;
}

type Raw = Record<string, unknown>;

function list<T>(raw: Raw, key: string, inner: string, file: string): Named<T>[] {
  const items = raw[key];
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw new KubeconfigError(`${key} is not a list`, { file, field: key });
  return items.map((item: Raw, i) => {
    if (typeof item?.name !== 'string')
      throw new KubeconfigError(`${key}[${i}] has no name`, { file, field: `${key}[${i}].name` });
    return { name: item.name, value: (item[inner] ?? {}) as T };
  });
}

async function dataOrFile(
  entry: Raw,
  dataKey: string,
  fileKey: string,
  base: string,
  where: { file: string; field: string },
): Promise<string | undefined> {
  const data = entry[dataKey];
  if (typeof data === 'string') return Buffer.from(data, 'base64').toString('utf8');
  const ref = entry[fileKey];
  if (typeof ref === 'string') {
    try {
      return await readFile(path.resolve(base, ref), 'utf8');
    } catch (err) {
      throw new KubeconfigError(`cannot read ${fileKey} ${ref}: ${(err as NodeJS.ErrnoException).code}`, {
        ...where,
        field: `${where.field}.${fileKey}`,
      });
    }
  }
  return undefined;
}

export async function readKubeconfig(file: string, registry: SecretRegistry): Promise<Kubeconfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new KubeconfigError(`cannot read the kubeconfig: ${(err as NodeJS.ErrnoException).code}`, { file });
  }
  return parseKubeconfig(text, file, registry);
}

export async function parseKubeconfig(
  text: string,
  file: string,
  registry: SecretRegistry,
): Promise<Kubeconfig> {
  let raw: Raw;
  try {
    raw = (parse(text) ?? {}) as Raw;
  } catch (err) {
    throw new KubeconfigError(`not YAML: ${(err as Error).message.split('\n')[0]}`, { file });
  }
  const base = path.dirname(file);
  const clusters = new Map(list<Raw>(raw, 'clusters', 'cluster', file).map((c) => [c.name, c.value]));
  const users = new Map(list<Raw>(raw, 'users', 'user', file).map((u) => [u.name, u.value]));
  const contexts = new Map<string, KubernetesCredentials>();
  for (const ctx of list<Raw>(raw, 'contexts', 'context', file)) {
    const field = `contexts.${ctx.name}`;
    const cluster = clusters.get(String(ctx.value.cluster));
    if (!cluster)
      throw new KubeconfigError(`context ${ctx.name}: no cluster ${String(ctx.value.cluster)}`, {
        file,
        field,
      });
    const user = users.get(String(ctx.value.user)) ?? {};
    if (user.exec || user['auth-provider']) {
      throw new KubeconfigError(
        `context ${ctx.name}: exec plugins and auth providers are not supported (give a client certificate or a token)`,
        { file, field },
      );
    }
    if (cluster['insecure-skip-tls-verify'] === true) {
      throw new KubeconfigError(`context ${ctx.name}: insecure-skip-tls-verify is refused`, { file, field });
    }
    const where = { file, field: `clusters.${String(ctx.value.cluster)}` };
    const caPem = await dataOrFile(
      cluster,
      'certificate-authority-data',
      'certificate-authority',
      base,
      where,
    );
    if (!caPem)
      throw new KubeconfigError(`context ${ctx.name}: the cluster has no certificate authority`, where);
    const uwhere = { file, field: `users.${String(ctx.value.user)}` };
    const certPem = await dataOrFile(user, 'client-certificate-data', 'client-certificate', base, uwhere);
    const keyPem = await dataOrFile(user, 'client-key-data', 'client-key', base, uwhere);
    let token = typeof user.token === 'string' ? user.token : undefined;
    if (!token && typeof user.tokenFile === 'string') {
      token = (await readFile(path.resolve(base, user.tokenFile), 'utf8')).trim();
    }
    for (const secret of [certPem, keyPem, token]) if (secret) registry.add(secret);
    if (user['client-key-data']) registry.add(String(user['client-key-data']));
    if (!token && !(certPem && keyPem)) {
      throw new KubeconfigError(
        `context ${ctx.name}: the user has neither a client certificate and key nor a token`,
        uwhere,
      );
    }
    contexts.set(ctx.name, {
      server: String(cluster.server ?? ''),
      caPem,
      certPem,
      keyPem,
      token,
      tlsServerName: typeof cluster['tls-server-name'] === 'string' ? cluster['tls-server-name'] : undefined,
    });
  }
  const current = typeof raw['current-context'] === 'string' ? raw['current-context'] : undefined;
  return { file, currentContext: current, contexts };
}
