// Connection errors a user can act on: a NEO4J_URI that is not Bolt is a usage error naming the
// variable; a login lockout says so instead of blaming the password.
import { afterEach, describe, expect, it } from 'vitest';
import { checkUriScheme, resolveConnection, toTafahumError } from '../../cypher/connection.js';

const saved = process.env.NEO4J_URI;
afterEach(() => {
  if (saved === undefined) delete process.env.NEO4J_URI;
  else process.env.NEO4J_URI = saved;
});

describe('connection', () => {
  it('refuses a NEO4J_URI that is not Bolt with E_USAGE', async () => {
    process.env.NEO4J_URI = 'http://127.0.0.1:7474';
    await expect(resolveConnection()).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringContaining('NEO4J_URI') });
    expect(() => checkUriScheme('localhost:7687')).toThrow(/bolt:\/\//);
    for (const uri of ['bolt://127.0.0.1:7687', 'neo4j+s://x.databases.neo4j.io', 'BOLT://h:1']) expect(() => checkUriScheme(uri)).not.toThrow();
  });

  it('tells a lockout apart from a wrong password', () => {
    const conn = { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'x' };
    const locked = toTafahumError(Object.assign(new Error('The client has provided incorrect authentication details too many times in a row.'), { code: 'Neo.ClientError.Security.AuthenticationRateLimit' }), conn);
    expect(locked.message).toContain('too many failed attempts');
    expect(locked.hint).toContain('Wait');
    const wrong = toTafahumError(Object.assign(new Error('unauthorized'), { code: 'Neo.ClientError.Security.Unauthorized' }), conn);
    expect(wrong.hint).toContain('NEO4J_PASSWORD');
  });
});
