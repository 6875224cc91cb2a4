import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { QueueSpec, TopicSpec } from '../description.js';
import { capitalize } from './capitalize.js';

export interface Messaging {
  readonly queues: Map<string, sqs.Queue>;
  readonly deadLetterQueues: Map<string, sqs.Queue>;
  readonly topics: Map<string, sns.Topic>;
  readonly senderIdentity: ses.EmailIdentity;
  readonly schedulerRole: iam.Role;
}

export interface MessagingProps {
  readonly queues: Readonly<Record<string, QueueSpec>>;
  readonly topics: Readonly<Record<string, TopicSpec>>;
  /** Values of CDK context parameters, by name (email subscriptions). */
  readonly context: Readonly<Record<string, string>>;
  readonly senderEmail: string;
  /** The topic that receives operational alarms. */
  readonly alarmTopic: string;
}

/**
 * Queues with their dead-letter queues (and an alarm on each), topics with their email subscriptions,
 * the SES sender identity, and the role EventBridge Scheduler assumes to invoke functions.
 */
export function createMessaging(scope: Construct, props: MessagingProps): Messaging {
  // SNS topics are encrypted with a key of ours: CloudWatch alarms cannot publish to a topic under the
  // AWS-managed SNS key, because its policy cannot be changed to let CloudWatch use it.
  const topicKey = new kms.Key(scope, 'TopicKey', {
    description: 'ShopSync SNS topics',
    enableKeyRotation: true,
  });
  topicKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

  const topics = new Map<string, sns.Topic>();
  for (const [name, spec] of Object.entries(props.topics)) {
    const topic = new sns.Topic(scope, `${capitalize(name)}Topic`, {
      displayName: spec.description,
      masterKey: topicKey,
      enforceSSL: true,
    });
    if (spec.emailSubscriptionContext) {
      const email = props.context[spec.emailSubscriptionContext];
      if (!email) throw new Error(`Missing context parameter ${spec.emailSubscriptionContext}`);
      topic.addSubscription(new subscriptions.EmailSubscription(email));
    }
    topics.set(name, topic);
  }
  const alarmTopic = topics.get(props.alarmTopic);
  if (!alarmTopic) throw new Error(`Unknown alarm topic ${props.alarmTopic}`);

  const queues = new Map<string, sqs.Queue>();
  const deadLetterQueues = new Map<string, sqs.Queue>();
  for (const [name, spec] of Object.entries(props.queues)) {
    const id = capitalize(name);
    const deadLetterQueue = new sqs.Queue(scope, `${id}DeadLetterQueue`, {
      retentionPeriod: Duration.days(spec.deadLetterRetentionDays),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    const queue = new sqs.Queue(scope, `${id}Queue`, {
      visibilityTimeout: Duration.seconds(spec.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(spec.retentionDays),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: spec.maxReceiveCount },
    });
    deadLetterQueue
      .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' })
      .createAlarm(scope, `${id}DeadLetterAlarm`, {
        alarmDescription: `Messages in the ${name} dead-letter queue: ${spec.description} that failed ${spec.maxReceiveCount} times`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      })
      .addAlarmAction(new cwActions.SnsAction(alarmTopic));
    queues.set(name, queue);
    deadLetterQueues.set(name, deadLetterQueue);
  }

  const senderIdentity = new ses.EmailIdentity(scope, 'SenderIdentity', {
    identity: ses.Identity.email(props.senderEmail),
  });

  const schedulerRole = new iam.Role(scope, 'SchedulerRole', {
    description: 'Assumed by EventBridge Scheduler to invoke the scheduled ShopSync functions',
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
  });

  return { queues, deadLetterQueues, topics, senderIdentity, schedulerRole };
}
