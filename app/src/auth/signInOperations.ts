/**
 * The user pool operations that change the session, loaded on demand (`import('./signInOperations.js')`):
 * Amplify's sign-in flows (SRP included) are a large part of its code, and a shopper who only browses
 * never needs them. Reading the session (`fetchAuthSession`) stays in the first load.
 */
export { confirmSignIn, signIn, signOut } from 'aws-amplify/auth';
