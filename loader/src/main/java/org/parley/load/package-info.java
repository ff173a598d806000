/** Load: drives articles one at a time through read, clean, annotate, extract and map into the store, then resolves. */
package org.parley.load;
