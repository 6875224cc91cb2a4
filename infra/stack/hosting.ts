import { Annotations, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ClientConfig } from '../clientConfig.js';
import { acknowledge, BASIC_EXECUTION_ROLE, nagEnv, stackSingletons, XRAY_WILDCARD } from './acknowledge.js';

export interface Hosting {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
}

/**
 * The web app on a private S3 bucket behind CloudFront (origin access control), with `config.json`
 * written from the stack's own values at deploy time. Access logs of both go to a log bucket.
 */
export function createHosting(
  scope: Construct,
  props: { readonly appDistDir: string; readonly config: ClientConfig },
): Hosting {
  const logBucket = new s3.Bucket(scope, 'AccessLogBucket', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    // CloudFront standard logging writes with ACLs.
    objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
    lifecycleRules: [{ expiration: Duration.days(90) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const bucket = new s3.Bucket(scope, 'AppBucket', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: logBucket,
    serverAccessLogsPrefix: 'app-bucket/',
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const distribution = new cloudfront.Distribution(scope, 'AppDistribution', {
    comment: 'ShopSync web app',
    defaultRootObject: 'index.html',
    defaultBehavior: {
      origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
    },
    // The app routes on the client: unknown paths serve the app, which shows its own not-found page.
    errorResponses: [403, 404].map((httpStatus) => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: '/index.html',
      ttl: Duration.minutes(1),
    })),
    enableLogging: true,
    logBucket,
    logFilePrefix: 'cdn/',
    httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
  });

  const sources = [s3deploy.Source.jsonData('config.json', props.config)];
  if (existsSync(path.join(props.appDistDir, 'index.html'))) {
    sources.unshift(s3deploy.Source.asset(props.appDistDir));
  } else {
    Annotations.of(scope).addWarningV2(
      'shopsync:app-not-built',
      `No app build at ${props.appDistDir}: only config.json is deployed. Build the app first.`,
    );
  }
  new s3deploy.BucketDeployment(scope, 'AppDeployment', {
    destinationBucket: bucket,
    sources,
    distribution,
    distributionPaths: ['/*'],
    memoryLimit: 512,
  });
  acknowledge(
    distribution,
    ['AwsSolutions-CFR4'],
    'No custom domain yet: the default *.cloudfront.net certificate cannot pin a minimum TLS version. Add a ' +
      'certificate with TLSv1.2_2021 together with the domain.',
  );
  acknowledge(distribution, ['AwsSolutions-CFR1'], 'The shop sells worldwide; no country is excluded.');
  acknowledge(
    distribution,
    ['AwsSolutions-CFR2'],
    'The distribution serves static files only; the API, where shoppers act, has its own web ACL with a rate rule.',
  );
  for (const singleton of stackSingletons(scope, 'Custom::CDKBucketDeployment')) {
    acknowledge(
      singleton,
      [
        BASIC_EXECUTION_ROLE,
        'AwsSolutions-L1',
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        'AwsSolutions-IAM5[Action::s3:Abort*]',
        `AwsSolutions-IAM5[Resource::<${Stack.of(bucket).getLogicalId(bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${nagEnv(scope).account}-${nagEnv(scope).region}/*]`,
        XRAY_WILDCARD,
      ],
      "CDK's bucket-deployment function copies the app and config.json from CDK's asset bucket into the app " +
        'bucket: it needs the object-level wildcards CDK grants on exactly those two buckets.',
    );
  }
  return { bucket, distribution };
}
