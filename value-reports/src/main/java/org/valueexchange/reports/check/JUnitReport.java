package org.valueexchange.reports.check;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.reports.plan.Location;

/**
 * A JUnit XML report, as CI servers read it: one test suite; one test case per account and
 * one for the portfolio-wide rules; a {@code <failure>} per alert at or above the gate, the
 * alerts below it in {@code <system-out>}; the as-of date as the suite's {@code as_of} property.
 * No timestamps, so the same plans give the same bytes.
 */
final class JUnitReport implements ReportWriter {

    static final String SUITE = "value check";
    static final String ACCOUNTS = "value.accounts";
    static final String PORTFOLIO = "value.portfolio";

    // The JDK's own writer, whatever StAX implementation is on the class path.
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private record Case(String classname, String name, Optional<String> file, List<Finding> findings) {
    }

    @Override
    public void write(CheckReport report, Severity failOn, Writer out) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (AccountCheck account : report.accounts()) {
            cases.add(new Case(ACCOUNTS, account.id(), Optional.of(account.file()), account.findings()));
        }
        cases.add(new Case(PORTFOLIO, "portfolio", Optional.empty(),
                report.portfolio()));
        long failed = cases.stream()
                .filter(c -> c.findings().stream().anyMatch(f -> f.alert().severity().isAtLeast(failOn)))
                .count();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failed));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "as_of");
            xml.writeAttribute("value", report.asOf().toString());
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (Case c : cases) {
                testCase(xml, c, failOn);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            // The JDK's writer wraps the IOExceptions of the Writer it writes to.
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the JUnit report: " + e.getMessage());
        }
    }

    private static void testCase(XMLStreamWriter xml, Case c, Severity failOn) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", text(c.name()));
        xml.writeAttribute("classname", c.classname());
        if (c.file().isPresent()) {
            xml.writeAttribute("file", text(c.file().get()));
        }
        xml.writeAttribute("time", "0");
        StringBuilder below = new StringBuilder();
        for (Finding finding : c.findings()) {
            Alert alert = finding.alert();
            String where = where(c.file(), finding.location());
            if (alert.severity().isAtLeast(failOn)) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", alert.code().id());
                xml.writeAttribute("message", text(finding.message()));
                xml.writeCharacters(text(alert.severity().id() + " " + alert.code().id() + where + "\n"
                        + finding.message() + "\n" + alert.action()));
                xml.writeEndElement();
            } else {
                below.append(alert.severity().id()).append(' ').append(alert.code().id()).append(where).append(": ")
                        .append(finding.message()).append('\n');
            }
        }
        if (below.length() > 0) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(text(below.toString()));
            xml.writeEndElement();
        }
        if (!c.findings().isEmpty()) {
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
    }

    private static String where(Optional<String> file, Optional<Location> location) {
        return location.map(l -> " at " + l).or(() -> file.map(f -> " in " + f)).orElse("");
    }

    /**
     * Text that XML 1.0 can hold: plans may contain control characters (YAML allows
     * {@code "\x01"}), which no XML writer escapes and no XML parser reads back.
     */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return b.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
