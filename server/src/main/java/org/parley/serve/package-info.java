/** Serve: the embedded Fuseki SPARQL endpoint and everything Parley serves beside it. */
package org.parley.serve;
