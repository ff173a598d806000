/** Store: the Apache Jena TDB2 dataset, one named graph per article, transactions, queries and exports. */
package org.parley.store;
