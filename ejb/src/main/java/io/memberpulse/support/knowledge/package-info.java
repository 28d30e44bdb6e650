/**
 * What support staff reuse: canned responses and templates with variables (and, later, help-centre articles).
 */
package io.memberpulse.support.knowledge;
