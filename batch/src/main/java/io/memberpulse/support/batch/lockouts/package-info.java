/**
 * The lock-out release job: clears the failure counters of accounts whose temporary sign-in lock has run out,
 * so that the next wrong password starts a fresh count. Safe to run on every node at once.
 */
package io.memberpulse.support.batch.lockouts;
