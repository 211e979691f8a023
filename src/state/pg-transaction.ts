/** One PostgreSQL transaction on a connection of its own, shared by the migrations and the state store. */
import type { Pool, PoolClient } from 'pg';

/** Runs `work` between BEGIN and COMMIT (ROLLBACK when it throws) on one pooled connection. */
export async function inPgTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // a connection that could not roll back is closed, not handed to the next caller
    client.release(broken);
  }
}
