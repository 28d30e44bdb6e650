/**
 * Each client's controlled list of ticket categories: what members pick from, what the queue filters on and what
 * routing and reporting group by. Archived categories leave the member form but stay on their tickets.
 */
package io.memberpulse.support.categories;
