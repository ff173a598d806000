/** Word lists the rules use: countries (ISO 3166), organisations, titles, reporting verbs, demand vocabulary. */
package org.parley.extract.lexicon;
