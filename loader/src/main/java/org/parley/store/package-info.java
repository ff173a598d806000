/** Store: the Apache Jena TDB2 dataset, one named graph per article, the resolution index, transactions, compaction, bulk loading, queries and exports. */
package org.parley.store;
