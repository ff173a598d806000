/** The web UI: home, query page (YASGUI) and browse pages, rendered on the server with every value escaped. */
package org.parley.serve.ui;
