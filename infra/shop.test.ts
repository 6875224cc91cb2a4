import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, ianaTimeZone, instantsAt, isTimeZone } from '../functions/lib/time/index.js';
import { ADMIN_GROUP } from '../resolvers/lib/identity.js';
import { loadSchema } from '../schema/loadSchema.js';
import { envName, functionEnvironment } from './environment.js';
import { ROOT_DIR } from './paths.js';
import { resolverFiles } from './resolverFiles.js';
import { shop } from './shop.js';

/**
 * Root fields the schema declares that no resolver serves yet. The list must only shrink: wiring a field
 * without removing it here fails, and so does an unwired field missing from it.
 */
const NOT_YET_WIRED: readonly string[] = [];

const schema = loadSchema();
const exists = (relative: string): boolean => existsSync(path.join(ROOT_DIR, relative));
const wired = shop.resolvers.map((resolver) => `${resolver.typeName}.${resolver.fieldName}`);

function listFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT_DIR, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    return statSync(path.join(ROOT_DIR, relative)).isDirectory() ? listFiles(relative) : [relative];
  });
}

describe('the stack description', () => {
  it('wires each field at most once', () => {
    expect(new Set(wired).size).toBe(wired.length);
  });

  it.each(
    shop.resolvers.map((resolver) => [`${resolver.typeName}.${resolver.fieldName}`, resolver] as const),
  )('%s: the field exists and its files are named after it', (field, resolver) => {
    const type = schema.getType(resolver.typeName);
    expect(
      isObjectType(type) && type.getFields()[resolver.fieldName],
      `${field} in schema.graphql`,
    ).toBeTruthy();
    if (resolver.kind === 'unit') {
      expect(resolver.file).toBe(`resolvers/${field}.ts`);
    } else {
      expect(resolver.file).toBe(`resolvers/${field}/index.ts`);
      resolver.functions.forEach((fn, index) =>
        expect(fn.file).toMatch(
          new RegExp(`^resolvers/${field.replace('.', '\\.')}/${index + 1}\\.${fn.name}\\.ts$`),
        ),
      );
    }
    for (const file of resolverFiles({ ...shop, resolvers: [resolver] }))
      expect(exists(file), file).toBe(true);
  });

  it('wires every root field of the schema, but for the ones listed as not yet wired', () => {
    const rootFields = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ].flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []));
    const unwired = rootFields.filter((field) => !wired.includes(field));
    expect(unwired.sort()).toEqual([...NOT_YET_WIRED].sort());
  });

  it('has no resolver file that the description does not deploy', () => {
    const sources = listFiles('resolvers').filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('resolvers/lib/'),
    );
    expect(sources.sort()).toEqual(resolverFiles(shop).sort());
  });

  it('references only data sources, tables and functions it declares', () => {
    const dataSourceRefs = shop.resolvers.flatMap((resolver) =>
      resolver.kind === 'unit' ? [resolver.dataSource] : resolver.functions.map((fn) => fn.dataSource),
    );
    for (const name of dataSourceRefs) expect(Object.keys(shop.dataSources)).toContain(name);
    for (const spec of Object.values(shop.dataSources)) {
      if (spec.kind === 'dynamodb') expect(Object.keys(shop.tables)).toContain(spec.table);
      if (spec.kind === 'lambda') expect(Object.keys(shop.functions)).toContain(spec.function);
    }
    for (const spec of Object.values(shop.schedules))
      expect(Object.keys(shop.functions)).toContain(spec.target);
  });

  it.each(Object.entries(shop.functions))('function %s: entry, resources and triggers exist', (_name, fn) => {
    expect(exists(fn.entry), fn.entry).toBe(true);
    const access = fn.access ?? {};
    for (const table of Object.keys(access.tables ?? {})) expect(Object.keys(shop.tables)).toContain(table);
    for (const queue of access.sendTo ?? []) expect(Object.keys(shop.queues)).toContain(queue);
    for (const topic of access.publishTo ?? []) expect(Object.keys(shop.topics)).toContain(topic);
    for (const field of access.graphqlFields ?? []) expect(wired).toContain(field);
    for (const trigger of fn.triggers ?? []) {
      if (trigger.kind === 'deploy')
        for (const asset of trigger.assets) expect(exists(asset), asset).toBe(true);
      if (trigger.kind === 'sqs') {
        const queue = shop.queues[trigger.queue];
        expect(queue, trigger.queue).toBeDefined();
        // AWS: a source queue's visibility timeout should be at least six times the function's timeout.
        expect(queue!.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * fn.timeoutSeconds);
      }
    }
  });

  it('names one admin group: the resolvers and the schema directives use the user pool’s', () => {
    expect(ADMIN_GROUP).toBe(shop.userPool.adminGroup);
    const schemaText = readFileSync(path.join(ROOT_DIR, shop.api.schemaFile), 'utf8');
    const groups = [...schemaText.matchAll(/cognito_groups:\s*\[([^\]]*)\]/g)].map((match) =>
      match[1]!.trim(),
    );
    expect(groups.length).toBeGreaterThan(10);
    expect(new Set(groups)).toEqual(new Set([JSON.stringify(shop.userPool.adminGroup)]));
  });

  it('keeps the migrations folder and the API limits AppSync accepts', () => {
    expect(exists(shop.database.migrationsDir)).toBe(true);
    expect(shop.api.queryDepthLimit).toBeGreaterThanOrEqual(1);
    expect(shop.api.queryDepthLimit).toBeLessThanOrEqual(75);
    expect(shop.api.resolverCountLimit).toBeGreaterThanOrEqual(1);
    expect(shop.api.resolverCountLimit).toBeLessThanOrEqual(10_000);
    expect(shop.api.apiKeyExpiresInDays).toBeLessThanOrEqual(365);
  });
});

describe('the shop’s settings', () => {
  it('are a currency Intl knows and an IANA time zone', () => {
    expect(shop.settings.currency).toMatch(/^[A-Z]{3}$/);
    expect(Intl.supportedValuesOf('currency')).toContain(shop.settings.currency);
    expect(isTimeZone(shop.settings.timeZone)).toBe(true);
  });

  it('are what every function and the API that names one are given', () => {
    const settingVariables = {
      SHOP_CURRENCY: shop.settings.currency,
      SHOP_TIME_ZONE: shop.settings.timeZone,
    };
    for (const [name, fn] of Object.entries(shop.functions)) {
      for (const [variable, value] of Object.entries(settingVariables)) {
        if (fn.environment?.[variable] !== undefined) expect(fn.environment[variable], name).toBe(value);
      }
    }
    expect(shop.api.environment.SHOP_CURRENCY).toBe(shop.settings.currency);
    expect(shop.functions.reports?.environment).toMatchObject(settingVariables);
  });

  it('run the daily report in the shop’s time zone at a time that exists on every day, DST days included', () => {
    const schedule = shop.schedules.dailySalesReport!;
    expect(schedule).toMatchObject({ timeZone: shop.settings.timeZone, target: 'reports' });
    const [, minute, hour] = /^cron\((\d+) (\d+) \* \* \? \*\)$/.exec(schedule.expression) ?? [];
    expect(Number(hour)).toBe(0);
    const zone = ianaTimeZone(shop.settings.timeZone);
    const first = daysFromCivil(2026, 1, 1);
    for (let day = first; day < first + 3 * 365; day += 1) {
      const wall = (day * 24 * 60 + Number(hour) * 60 + Number(minute)) * 60_000;
      expect(instantsAt(wall, zone).length, `day ${day}`).toBeGreaterThan(0);
    }
  });
});

describe('functionEnvironment', () => {
  it('names one variable per resource a function may use, and nothing else', () => {
    const env = functionEnvironment(
      {
        description: 'test',
        entry: 'x.ts',
        memoryMb: 128,
        timeoutSeconds: 3,
        environment: { SHOP_CURRENCY: 'EUR' },
        access: {
          tables: { promoRedemptions: 'read' },
          sendTo: ['orders'],
          publishTo: ['salesReports'],
          database: true,
          sendEmail: true,
          emailAdmins: true,
          graphqlFields: ['Mutation.publishOrderStatus'],
        },
      },
      {
        tableName: (name) => `table:${name}`,
        queueUrl: (name) => `queue:${name}`,
        topicArn: (name) => `topic:${name}`,
        database: () => ({ clusterArn: 'cluster', secretArn: 'secret', name: 'shop' }),
        mailFrom: () => 'shop@example.com',
        adminEmail: () => 'admin@example.com',
        graphqlUrl: () => 'https://api/graphql',
      },
    );
    expect(env).toEqual({
      SHOP_CURRENCY: 'EUR',
      PROMO_REDEMPTIONS_TABLE: 'table:promoRedemptions',
      ORDERS_QUEUE_URL: 'queue:orders',
      SALES_REPORTS_TOPIC_ARN: 'topic:salesReports',
      DB_CLUSTER_ARN: 'cluster',
      DB_SECRET_ARN: 'secret',
      DB_NAME: 'shop',
      MAIL_FROM: 'shop@example.com',
      ADMIN_EMAIL: 'admin@example.com',
      GRAPHQL_URL: 'https://api/graphql',
    });
  });

  it('turns camel-case names into upper snake case', () => {
    expect(envName('users')).toBe('USERS');
    expect(envName('promoRedemptions')).toBe('PROMO_REDEMPTIONS');
    expect(envName('s3Objects')).toBe('S3_OBJECTS');
  });
});
