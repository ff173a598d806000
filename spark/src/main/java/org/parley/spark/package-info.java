/** Spark: Parley's read, clean, annotate, extract and map steps as an Apache Spark job, one pipeline per executor JVM. */
package org.parley.spark;
