import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './parseDatabaseUrl.js';

describe('parseDatabaseUrl', () => {
  it('reads host, port, decoded credentials and database, and redacts the password', () => {
    expect(parseDatabaseUrl('mysql://app%40x:p%40ss@db.local:3307/shopsync')).toEqual({
      host: 'db.local',
      port: 3307,
      user: 'app@x',
      password: 'p@ss',
      database: 'shopsync',
      redacted: 'mysql://app%40x@db.local:3307/shopsync',
    });
  });

  it('defaults the port to 3306 and the database to none', () => {
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1')).toMatchObject({
      port: 3306,
      database: undefined,
      password: '',
    });
  });

  it('refuses other schemes and non-URLs without echoing the password', () => {
    for (const text of ['postgres://u:secret@h/db', 'u:secret@h', 'mysql:u:secret@h', 'not a url secret']) {
      expect(() => parseDatabaseUrl(text)).toThrow(/^DATABASE_URL /);
      expect(() => parseDatabaseUrl(text)).not.toThrow(/secret/);
    }
  });
});
