/** Map: writes extractions and resolved instances as RDF to a Jena {@code StreamRDF}. */
package org.parley.rdf;
