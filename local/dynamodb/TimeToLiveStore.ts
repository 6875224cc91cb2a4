import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One table's Time to Live while it is ENABLED (what `DescribeTimeToLive` reports). */
export interface TimeToLiveSetting {
  /** `TimeToLiveDescription.AttributeName`: the Number attribute holding each item's expiry, epoch seconds. */
  readonly attributeName: string;
  /**
   * `Table.CreationDateTime` of the table the setting was made on. A table deleted and created again under
   * the same name is another table, whose TTL starts DISABLED, as on AWS.
   */
  readonly tableCreatedAt: number;
}

/**
 * The Time to Live settings of the tables, which dynalite does not keep: table name → setting, for the
 * tables whose TTL is ENABLED. With a file, every change is written through to it (JSON) and the
 * settings are read back at start, so they survive a restart like the items.
 */
export class TimeToLiveStore {
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string | undefined,
    private readonly settings: Map<string, TimeToLiveSetting>,
  ) {}

  /** Opens the store kept in `file` (created on the first change), or an in-memory one. */
  static async open(file?: string): Promise<TimeToLiveStore> {
    if (file === undefined) return new TimeToLiveStore(undefined, new Map());
    let saved: Record<string, TimeToLiveSetting> = {};
    try {
      saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, TimeToLiveSetting>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return new TimeToLiveStore(file, new Map(Object.entries(saved)));
  }

  /** The setting of `table`, if its TTL is enabled on the table created at `tableCreatedAt`. */
  get(table: string, tableCreatedAt: number): TimeToLiveSetting | undefined {
    const setting = this.settings.get(table);
    return setting?.tableCreatedAt === tableCreatedAt ? setting : undefined;
  }

  /** Every table with an enabled TTL, with its setting. */
  entries(): readonly (readonly [string, TimeToLiveSetting])[] {
    return [...this.settings];
  }

  async enable(table: string, setting: TimeToLiveSetting): Promise<void> {
    this.settings.set(table, setting);
    await this.save();
  }

  async disable(table: string): Promise<void> {
    if (this.settings.delete(table)) await this.save();
  }

  /** Writes the settings whole to a temporary file and renames it over the old one, one write at a time. */
  private async save(): Promise<void> {
    const { file } = this;
    if (file === undefined) return;
    const json = JSON.stringify(Object.fromEntries(this.settings), null, 2);
    const write = async (): Promise<void> => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, json);
      await rename(`${file}.tmp`, file);
    };
    this.saving = this.saving.then(write, write);
    await this.saving;
  }
}
