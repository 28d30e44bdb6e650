/**
 * Files: checked on the way in (count, size, and real type by content, not by name) and their bytes kept by id,
 * in the database by default so that every cluster node can serve them. What a file belongs to is the tickets
 * component's business; nothing here knows tickets.
 */
package io.memberpulse.support.attachments;
