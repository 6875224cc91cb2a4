/** An SQS call read from the query protocol: the action and its input as the AWS JSON 1.0 protocol has it. */
export interface SqsJsonCall {
  readonly action: string;
  readonly input: Readonly<Record<string, unknown>>;
}

// The SQS model (2012-11-05) gives flattened lists and maps a singular query name; JSON uses the member's.
const LISTS: Readonly<Record<string, string>> = {
  AttributeName: 'AttributeNames',
  MessageAttributeName: 'MessageAttributeNames',
  MessageSystemAttributeName: 'MessageSystemAttributeNames',
  SendMessageBatchRequestEntry: 'Entries',
  DeleteMessageBatchRequestEntry: 'Entries',
  ChangeMessageVisibilityBatchRequestEntry: 'Entries',
  StringListValue: 'StringListValues',
  BinaryListValue: 'BinaryListValues',
  TagKey: 'TagKeys',
  AWSAccountId: 'AWSAccountIds',
  ActionName: 'Actions',
};
const MAPS: Readonly<Record<string, { readonly member: string; readonly key: string }>> = {
  Attribute: { member: 'Attributes', key: 'Name' },
  MessageAttribute: { member: 'MessageAttributes', key: 'Name' },
  MessageSystemAttribute: { member: 'MessageSystemAttributes', key: 'Name' },
  Tag: { member: 'Tags', key: 'Key' },
};
// Integer members; every other query value is a string in JSON too.
const INTEGERS = new Set([
  'MaxNumberOfMessages',
  'VisibilityTimeout',
  'WaitTimeSeconds',
  'DelaySeconds',
  'MaxResults',
]);

/** A value of the query tree: `a.1.b=x` nests, numbered segments index (from 1) a list. */
type Tree = string | { [segment: string]: Tree };

/**
 * Reads an SQS query-protocol request body (`Action=SendMessage&Version=2012-11-05&QueueUrl=...&
 * MessageAttribute.1.Name=...`, as botocore before the JSON protocol serialises it) into the action and
 * the JSON protocol's input: flattened lists (`AttributeName.1`) become arrays under the member's name
 * (`AttributeNames`), flattened maps (`Attribute.1.Name`/`.Value`) objects (`Attributes`), integers
 * numbers. CreateQueue's tags are `tags` in JSON, TagQueue's `Tags`, as the model names them.
 *
 * @example
 * sqsQueryToJson(new URLSearchParams('Action=ReceiveMessage&QueueUrl=u&AttributeName.1=All&WaitTimeSeconds=1'))
 * // => { action: 'ReceiveMessage', input: { QueueUrl: 'u', AttributeNames: ['All'], WaitTimeSeconds: 1 } }
 */
export function sqsQueryToJson(params: URLSearchParams): SqsJsonCall {
  const tree: { [segment: string]: Tree } = {};
  for (const [name, value] of params) {
    if (name === 'Action' || name === 'Version') continue;
    const segments = name.split('.');
    let node = tree;
    segments.forEach((segment, index) => {
      if (index === segments.length - 1) {
        node[segment] = value;
        return;
      }
      const next = node[segment];
      node = typeof next === 'object' ? next : (node[segment] = {});
    });
  }
  const action = params.get('Action') ?? '';
  const input = members(tree);
  if (action === 'CreateQueue' && 'Tags' in input) {
    const { Tags, ...rest } = input;
    return { action, input: { ...rest, tags: Tags } };
  }
  return { action, input };
}

function members(node: { readonly [segment: string]: Tree }): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) {
    const map = MAPS[name];
    if (map && typeof value === 'object') {
      result[map.member] = Object.fromEntries(
        numbered(value).map((entry) => {
          const fields = typeof entry === 'object' ? entry : {};
          const key = fields[map.key];
          const mapped = fields.Value;
          return [typeof key === 'string' ? key : '', typeof mapped === 'object' ? members(mapped) : mapped];
        }),
      );
    } else if (LISTS[name] && typeof value === 'object') {
      result[LISTS[name]] = numbered(value).map((item) => (typeof item === 'object' ? members(item) : item));
    } else if (typeof value === 'object') {
      result[name] = members(value);
    } else {
      result[name] = INTEGERS.has(name) && /^-?\d+$/.test(value) ? Number(value) : value;
    }
  }
  return result;
}

/** The entries `1`, `2`, ... of a flattened list or map, in their numbered order. */
function numbered(node: { readonly [segment: string]: Tree }): Tree[] {
  return Object.entries(node)
    .filter(([index]) => /^\d+$/.test(index))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, item]) => item);
}
