/**
 * Files on tickets and replies: checked on the way in (count, size, and real type by content, not by name) and
 * stored in the database by default, so that every cluster node can serve them.
 */
package io.memberpulse.support.attachments;
