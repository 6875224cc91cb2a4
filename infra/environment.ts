import type { FunctionSpec } from './description.js';

/** Where a function's resources are: CDK answers with tokens, the local twin with local values. */
export interface ResourceLocator {
  tableName(table: string): string;
  queueUrl(queue: string): string;
  topicArn(topic: string): string;
  database(): { readonly clusterArn: string; readonly secretArn: string; readonly name: string };
  mailFrom(): string;
  adminEmail(): string;
  graphqlUrl(): string;
}

/** `salesReports` → `SALES_REPORTS`. */
export function envName(logicalName: string): string {
  return logicalName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * The environment a function receives: its literal `environment` plus one variable per resource in its
 * `access` (`USERS_TABLE`, `ORDERS_QUEUE_URL`, `SALES_REPORTS_TOPIC_ARN`, `DB_CLUSTER_ARN`,
 * `DB_SECRET_ARN`, `DB_NAME`, `MAIL_FROM`, `ADMIN_EMAIL`, `GRAPHQL_URL`). Function code reads only these names.
 */
export function functionEnvironment(fn: FunctionSpec, at: ResourceLocator): Record<string, string> {
  const env: Record<string, string> = { ...fn.environment };
  const access = fn.access ?? {};
  for (const table of Object.keys(access.tables ?? {})) env[`${envName(table)}_TABLE`] = at.tableName(table);
  for (const queue of access.sendTo ?? []) env[`${envName(queue)}_QUEUE_URL`] = at.queueUrl(queue);
  for (const topic of access.publishTo ?? []) env[`${envName(topic)}_TOPIC_ARN`] = at.topicArn(topic);
  if (access.database) {
    const db = at.database();
    env.DB_CLUSTER_ARN = db.clusterArn;
    env.DB_SECRET_ARN = db.secretArn;
    env.DB_NAME = db.name;
  }
  if (access.sendEmail) env.MAIL_FROM = at.mailFrom();
  if (access.emailAdmins) env.ADMIN_EMAIL = at.adminEmail();
  if (access.graphqlFields?.length) env.GRAPHQL_URL = at.graphqlUrl();
  return env;
}
