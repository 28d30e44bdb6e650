/**
 * What every component shares: the exception root, the clock, the tenant context, rich-text sanitising and
 * database start-up. Nothing here knows about tickets or accounts.
 */
package io.memberpulse.support.platform;
