/** Articles added to a running server: uploads to {@code /api/articles} and a watched inbox folder, loaded one batch at a time. */
package org.parley.serve.ingest;
