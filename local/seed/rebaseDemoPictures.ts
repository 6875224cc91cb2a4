import { BatchExecuteStatementCommand, ExecuteStatementCommand } from '@aws-sdk/client-rds-data';
import type { RDSDataClient, SqlParameter } from '@aws-sdk/client-rds-data';
import type { DataApiTarget } from '../../functions/migrate/index.js';
import { movedPictureUrl } from './movedPictureUrl.js';

// Parameter sets per BatchExecuteStatement, as `seedCatalog` sends them.
const BATCH_SIZE = 50;

/** The products whose picture may be one the twin draws: the others are never read. */
export const SELECT_TWIN_PICTURES =
  "SELECT id, sku, image_url FROM products WHERE image_url LIKE '%/images/%.svg'";

/** Moves one picture, unless an admin changed it since it was read. */
export const MOVE_PICTURE = 'UPDATE products SET image_url = :image_url WHERE id = :id AND image_url = :was';

/**
 * Points the pictures the twin draws (`/images/<sku>.svg`, `movedPictureUrl`) at `imageBaseUrl`, the
 * address of the twin now running, so that they show after a restart on another port. Image URLs are
 * AWSURLs, absolute by the schema, so they hold the address; the catalog function, the same on AWS, has
 * no setting that knows the twin's. The move touches neither `version` nor `updatedAt`: it is the same
 * picture, and the twin's address is no catalog data. Resolves to the number of products moved.
 *
 * @example
 * await rebaseDemoPictures(client, target, twin.url); // => 210 after a restart on another port, else 0
 */
export async function rebaseDemoPictures(
  client: RDSDataClient,
  target: DataApiTarget,
  imageBaseUrl: string,
): Promise<number> {
  const location = {
    resourceArn: target.resourceArn,
    secretArn: target.secretArn,
    ...(target.database !== undefined && { database: target.database }),
  };
  const { formattedRecords } = await client.send(
    new ExecuteStatementCommand({ ...location, sql: SELECT_TWIN_PICTURES, formatRecordsAs: 'JSON' }),
  );
  const rows = JSON.parse(formattedRecords ?? '[]') as { id: string; sku: string; image_url: string }[];
  const moves = pictureMoves(rows, imageBaseUrl);
  for (let start = 0; start < moves.length; start += BATCH_SIZE) {
    await client.send(
      new BatchExecuteStatementCommand({
        ...location,
        sql: MOVE_PICTURE,
        parameterSets: moves.slice(start, start + BATCH_SIZE),
      }),
    );
  }
  return moves.length;
}

/** The parameters of `MOVE_PICTURE` for each row whose picture moves. */
function pictureMoves(
  rows: readonly { readonly id: string; readonly sku: string; readonly image_url: string }[],
  imageBaseUrl: string,
): SqlParameter[][] {
  return rows.flatMap((row) => {
    const moved = movedPictureUrl(row.image_url, row.sku, imageBaseUrl);
    if (moved === undefined) return [];
    return [
      [
        { name: 'image_url', value: { stringValue: moved } },
        { name: 'id', value: { stringValue: row.id } },
        { name: 'was', value: { stringValue: row.image_url } },
      ],
    ];
  });
}
