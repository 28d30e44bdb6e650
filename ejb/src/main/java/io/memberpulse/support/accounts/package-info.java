/**
 * Clients (the associations, our tenants), their staff and member accounts, roles and sign-in. Everything else
 * learns who the caller is and which client they belong to from here.
 */
package io.memberpulse.support.accounts;
