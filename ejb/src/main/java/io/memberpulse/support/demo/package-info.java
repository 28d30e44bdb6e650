/**
 * The demo data of the embedded mode: two clients, so tenant isolation can be seen, with staff and members.
 * Loaded once, only when {@code memberpulse.demo-data} is on; production never has it.
 */
package io.memberpulse.support.demo;
