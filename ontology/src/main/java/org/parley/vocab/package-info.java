/** The Parley ontology's IRIs as constants, and the Turtle files that define them. */
package org.parley.vocab;
