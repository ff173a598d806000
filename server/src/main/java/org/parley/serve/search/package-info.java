/** Full-text search over statements, demands, negotiations, actors and articles: a Lucene index kept in step with the store. */
package org.parley.serve.search;
