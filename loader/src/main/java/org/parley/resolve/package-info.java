/** Resolve: merges the same person, statement, demand and negotiation across articles and outlets into one instance. */
package org.parley.resolve;
