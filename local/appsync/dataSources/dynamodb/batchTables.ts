import { mappingTemplateError } from './AppSyncDataSourceError.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { objectAt } from './requestFields.js';

/** One table of a batch request: its name in the request (and in the result) and in the engine. */
export interface BatchTable {
  readonly name: string;
  readonly engineName: string;
  readonly spec: unknown;
}

/**
 * The `tables` of a batch request, each with the engine's name for it. Two request names for one engine
 * table is a MappingTemplate error, since DynamoDB's batch answers by table.
 */
export function batchTables(call: DynamoDbCall, tables: unknown): readonly BatchTable[] {
  const seen = new Set<string>();
  return Object.entries(objectAt(tables, 'tables')).map(([name, spec]) => {
    const engineName = call.tableNameOf(name);
    if (seen.has(engineName)) throw mappingTemplateError(`tables: two tables name ${engineName}`);
    seen.add(engineName);
    return { name, engineName, spec };
  });
}
