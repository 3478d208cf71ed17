/**
 * Account plans as YAML: reading with limits ({@code YamlReader}, with {@code BlockYaml}
 * for plain plans), binding to value-core with every problem located by file, line and
 * column, loading a plans folder whole or in a streaming scan, and writing plans back.
 * Public methods neither return nor accept {@code null}; absent values are {@code Optional}.
 */
package org.valueexchange.reports.plan;
