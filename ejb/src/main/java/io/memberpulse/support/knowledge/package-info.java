/**
 * What support staff and members reuse: help-centre articles and their search by meaning (an in-process sentence
 * model beside word ranking), canned responses and templates with variables.
 */
package io.memberpulse.support.knowledge;
