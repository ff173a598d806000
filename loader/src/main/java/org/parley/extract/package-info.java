/** Extract: finds actors, statements, demands, negotiations and delegations in one annotated article. */
package org.parley.extract;
