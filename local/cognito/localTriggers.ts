import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import type { Triggers } from 'cognito-local/lib/services/triggers/triggers.js';
import { AwsError } from '../AwsError.js';
import { postConfirmationEvent } from './postConfirmationEvent.js';

/** Runs the user pool's post-confirmation function with Cognito's event; resolves to what it returned. */
export type InvokeTrigger = (
  trigger: 'PostConfirmation',
  event: PostConfirmationTriggerEvent,
) => Promise<unknown>;

/**
 * The Lambda triggers of the local user pool, in cognito-local's `Triggers` shape. Only the
 * post-confirmation trigger exists (the stack has no other), and only when `invokeTrigger` is given.
 *
 * cognito-local's own hook (config `TriggerFunctions` + an aws-sdk v2 Lambda client) is not used: it
 * logs and swallows a failing post-confirmation function, and sends `region: "local"`. Here a failure
 * fails the call the way AWS fails it: a function that throws answers `UserLambdaValidationException`
 * "PostConfirmation failed with error <message>.", a function that does not hand the event back answers
 * `InvalidLambdaResponseException`; the user stays confirmed either way, as on AWS.
 */
export function localTriggers(region: string, invokeTrigger: InvokeTrigger | undefined): Triggers {
  const absent = (name: string) => (): Promise<never> =>
    Promise.reject(new Error(`${name} trigger called although the local user pool does not enable it`));
  return {
    enabled: (trigger) => trigger === 'PostConfirmation' && invokeTrigger !== undefined,
    postConfirmation: async (_ctx, confirmation) => {
      if (!invokeTrigger) return;
      let result: unknown;
      try {
        result = await invokeTrigger('PostConfirmation', postConfirmationEvent(confirmation, region));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new AwsError('UserLambdaValidationException', `PostConfirmation failed with error ${message}.`);
      }
      if (typeof result !== 'object' || result === null) {
        throw new AwsError('InvalidLambdaResponseException', 'Unrecognizable lambda output');
      }
    },
    customEmailSender: absent('CustomEmailSender'),
    customMessage: absent('CustomMessage'),
    postAuthentication: absent('PostAuthentication'),
    preSignUp: absent('PreSignUp'),
    preTokenGeneration: absent('PreTokenGeneration'),
    userMigration: absent('UserMigration'),
  };
}
