/** The namespace of SQS's query-protocol answers. */
const XMLNS = 'http://queue.amazonaws.com/doc/2012-11-05/';

// Lists and maps are flattened in XML: one element per item, named as the model's query shape names it.
const LIST_ITEMS: Readonly<Record<string, (action: string) => string>> = {
  QueueUrls: () => 'QueueUrl',
  Messages: () => 'Message',
  Successful: (action) => `${action}ResultEntry`,
  Failed: () => 'BatchResultErrorEntry',
  StringListValues: () => 'StringListValue',
  BinaryListValues: () => 'BinaryListValue',
  queueUrls: () => 'QueueUrl',
};
const MAP_ITEMS: Readonly<Record<string, { readonly item: string; readonly key: string }>> = {
  Attributes: { item: 'Attribute', key: 'Name' },
  MessageAttributes: { item: 'MessageAttribute', key: 'Name' },
  Tags: { item: 'Tag', key: 'Key' },
};

/**
 * An SQS answer in the query protocol, from the JSON protocol's output of `action`:
 * `<ActionResponse><ActionResult>...</ActionResult><ResponseMetadata><RequestId>` (no `ActionResult`
 * for an action without output, such as DeleteMessage), lists and maps flattened (`Messages` → one
 * `<Message>` each, `Attributes` → `<Attribute><Name/><Value/></Attribute>`), as botocore's query parser
 * reads them. `ListDeadLetterSourceQueues` answers `queueUrls`, lower case, in JSON.
 */
export function sqsQueryXml(
  action: string,
  output: Readonly<Record<string, unknown>>,
  requestId: string,
): string {
  const result =
    Object.keys(output).length > 0 ? `<${action}Result>${elements(output, action)}</${action}Result>` : '';
  return (
    `<?xml version="1.0"?><${action}Response xmlns="${XMLNS}">${result}` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

/**
 * An SQS error in the query protocol: `<ErrorResponse><Error><Type>Sender</Type><Code>...`, the code as
 * the query protocol names it (`AWS.SimpleQueueService.NonExistentQueue` where JSON says
 * `QueueDoesNotExist`).
 */
export function sqsQueryErrorXml(
  error: { readonly code: string; readonly message: string; readonly fault: 'Sender' | 'Receiver' },
  requestId: string,
): string {
  return (
    `<?xml version="1.0"?><ErrorResponse xmlns="${XMLNS}"><Error><Type>${error.fault}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message><Detail/></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}

function elements(value: Readonly<Record<string, unknown>>, action: string): string {
  return Object.entries(value)
    .map(([name, member]) => element(name, member, action))
    .join('');
}

function element(name: string, value: unknown, action: string): string {
  if (value === undefined || value === null) return '';
  const listItem = LIST_ITEMS[name];
  if (Array.isArray(value)) {
    const item = listItem ? listItem(action) : name;
    return value.map((entry) => element(item, entry, action)).join('');
  }
  if (typeof value === 'object') {
    const map = MAP_ITEMS[name];
    if (map) {
      return Object.entries(value)
        .map(
          ([key, mapped]) =>
            `<${map.item}><${map.key}>${escapeXml(key)}</${map.key}>${element('Value', mapped, action)}</${map.item}>`,
        )
        .join('');
    }
    return `<${name}>${elements(value as Record<string, unknown>, action)}</${name}>`;
  }
  // JSON has nothing else: strings, numbers (counts, timeouts) and booleans (`SenderFault`).
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"\r]/g, (character) => `&#${character.charCodeAt(0)};`);
}
