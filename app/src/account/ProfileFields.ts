import { graphql } from '../gql/index.js';

/** The signed-in user's profile as the app uses it: the header's name, checkout's saved address. */
export const ProfileFields = graphql(`
  fragment ProfileFields on User {
    id
    email
    name
    shippingAddress {
      name
      line1
      line2
      city
      postalCode
      country
    }
  }
`);
