/** What an email says: a subject, and the same message as plain text and as HTML. */
export interface EmailContent {
  readonly subject: string;
  /** The plain-text part: reads well on its own, for clients that show no HTML. */
  readonly text: string;
  /** The HTML part: every value from outside (names, addresses, reasons) escaped. */
  readonly html: string;
}

/** An email to one recipient. */
export interface Email extends EmailContent {
  /** The recipient's address. */
  readonly to: string;
}
