/** The SPARQL endpoint's own behaviour on top of Fuseki: its service description and the query watchdog. */
package org.parley.serve.sparql;
