/** Linked data: every IRI Parley mints dereferences, as HTML for people and RDF for machines; dumps, VoID, service description. */
package org.parley.serve.linkeddata;
