/**
 * The {@code value} command line: {@link org.valueexchange.cli.ValueCommand} and one class per
 * subcommand, each a few dozen lines that parse the arguments, hand off to
 * {@code org.valueexchange.reports} and return one of the {@link org.valueexchange.cli.ExitCodes}.
 * Output goes through picocli's writers only; {@link org.valueexchange.cli.Main} is the entry point.
 */
package org.valueexchange.cli;
