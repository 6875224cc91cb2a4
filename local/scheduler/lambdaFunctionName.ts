/**
 * The function name in a Lambda function ARN, `arn:<partition>:lambda:<region>:<account>:function:<name>`
 * with an optional `:<qualifier>` (version or alias), which is dropped; undefined for any other ARN.
 *
 * @example lambdaFunctionName('arn:aws:lambda:us-east-1:000000000000:function:reports') // 'reports'
 */
export function lambdaFunctionName(arn: string): string | undefined {
  return /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:([a-zA-Z0-9-_]+)(?::[a-zA-Z0-9-_$]+)?$/.exec(
    arn,
  )?.[1];
}
