/** Load: drives articles through read, clean, annotate, extract and map into the store in batched transactions, then resolves what changed. */
package org.parley.load;
