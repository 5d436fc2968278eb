import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type Cluster, startCluster } from './cluster.js';

/**
 * A throwaway cluster for the tests of one file, started before them and stopped after them, and a
 * way to get a new, empty database on it for each test (so that no test sees another's rows).
 * Returns the function that makes one and gives its address.
 */
export function useThrowawayDatabases(prefix: string): () => Promise<string> {
  let cluster: Cluster | undefined;
  let admin: pg.Pool | undefined;
  let made = 0;
  beforeAll(() => {
    cluster = startCluster();
    admin = new pg.Pool({ connectionString: cluster.url, max: 2 });
    // The cluster stops at the end while a connection may still be closing: not an error of the test.
    admin.on('error', () => {});
  });
  afterAll(async () => {
    await admin?.end();
    cluster?.stop();
  });
  return async () => {
    if (!cluster || !admin) throw new Error('the cluster did not start');
    const name = `${prefix}_${++made}`;
    await admin.query(`CREATE DATABASE ${name}`);
    return cluster.url.replace('/crossborder?', `/${name}?`);
  };
}
