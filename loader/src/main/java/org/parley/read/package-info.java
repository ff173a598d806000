/** Read: turns files (plain text, HTML, news-crawler JSON and JSONL) and a manifest into {@link org.parley.read.Article} records. */
package org.parley.read;
