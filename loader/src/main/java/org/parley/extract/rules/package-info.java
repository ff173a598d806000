/** Extraction rules: each a pure match over one annotated article, naming what annotation it requires. */
package org.parley.extract.rules;
