/** Annotate: runs Stanford CoreNLP behind one adapter and returns plain records (sentences, tokens, entities, dependencies). */
package org.parley.annotate;
