/** A calendar day as `<input type="date">` and `AWSDate` write it: `YYYY-MM-DD`. */
export type CalendarDay = string;
