/**
 * Extraction patterns as data: named constructions in resource files, each a CoreNLP Semgrex
 * (dependency) or TokensRegex (surface) pattern with the roles it binds and example sentences a
 * test runs it on. Semgrex and TokensRegex are CoreNLP's pattern engines; this package builds their
 * inputs from Parley's own sentence records and returns Parley's records, so no CoreNLP type leaves it.
 */
package org.parley.extract.pattern;
