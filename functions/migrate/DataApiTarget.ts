/** Which Aurora cluster (or local Data API twin database) the Data API calls go to, and as whom. */
export interface DataApiTarget {
  readonly resourceArn: string;
  readonly secretArn: string;
  /** Default database for the statements; omitted, the statements must name it themselves. */
  readonly database?: string;
}
