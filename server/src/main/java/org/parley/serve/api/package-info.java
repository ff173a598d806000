/** Saved queries as a web API, with typed parameters bound without touching query text, and their OpenAPI description. */
package org.parley.serve.api;
