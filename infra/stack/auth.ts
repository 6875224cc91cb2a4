import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type { UserPoolSpec } from '../description.js';
import { acknowledge } from './acknowledge.js';

export interface Auth {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
}

/**
 * The shop's Cognito user pool: email sign-in, self sign-up verified by an emailed code, a strong
 * password policy, optional TOTP MFA, the admins group, and one public app client for the web app
 * (SRP on AWS; USER_PASSWORD_AUTH is allowed for the console and the local twin's flow).
 */
export function createAuth(scope: Construct, spec: UserPoolSpec): Auth {
  const userPool = new cognito.UserPool(scope, 'UserPool', {
    userPoolName: 'shopsync-users',
    signInAliases: { email: true },
    signInCaseSensitive: false,
    selfSignUpEnabled: true,
    autoVerify: { email: true },
    keepOriginal: { email: true },
    userVerification: {
      emailSubject: 'Your ShopSync verification code',
      emailBody: 'Your ShopSync verification code is {####}',
      emailStyle: cognito.VerificationEmailStyle.CODE,
    },
    standardAttributes: {
      email: { required: true, mutable: true },
      fullname: { required: false, mutable: true },
    },
    passwordPolicy: {
      minLength: spec.passwordMinLength,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(3),
    },
    mfa: cognito.Mfa.OPTIONAL,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    featurePlan: cognito.FeaturePlan.ESSENTIALS,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });

  acknowledge(
    userPool,
    ['AwsSolutions-COG8'],
    'The Essentials feature plan keeps Cognito at the free tier for a small shop; threat protection (Plus) is a ' +
      'per-user cost to decide on with the first real traffic. Strong passwords and optional TOTP MFA apply.',
  );
  acknowledge(
    userPool,
    ['AwsSolutions-COG2'],
    'MFA is optional (TOTP) rather than required: shoppers sign up at checkout; admins are asked to enable it.',
  );

  new cognito.CfnUserPoolGroup(scope, 'AdminsGroup', {
    userPoolId: userPool.userPoolId,
    groupName: spec.adminGroup,
    description: 'Shop administrators: catalog, promo codes, orders and reports',
    precedence: 0,
  });

  const client = userPool.addClient('WebClient', {
    userPoolClientName: 'shopsync-web',
    generateSecret: false,
    authFlows: { userSrp: true, userPassword: true },
    // The app signs in with Amplify Auth (SRP); no hosted UI, so no OAuth flows or callback URLs.
    disableOAuth: true,
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    accessTokenValidity: Duration.hours(1),
    idTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
  });

  return { userPool, client };
}
