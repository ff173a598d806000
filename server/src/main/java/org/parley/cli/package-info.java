/** The {@code ./parley} command line: one picocli command class per subcommand. */
package org.parley.cli;
