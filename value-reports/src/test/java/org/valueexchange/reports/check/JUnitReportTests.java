package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.reports.check.CheckFixtures.everyAlert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.alert.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTests {

    @TempDir
    Path dir;

    private Element suite(Severity failOn) throws Exception {
        String xml = CheckFixtures.write(CheckFormat.JUNIT, everyAlert(dir), failOn);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static Element testCase(Element suite, String name) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no test case " + name);
    }

    @Test
    void hasOneTestCasePerAccountAndOneForThePortfolio() throws Exception {
        Element suite = suite(Severity.ERROR);
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("value check");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(testCase(suite, "acme").getAttribute("classname")).isEqualTo("value.accounts");
        assertThat(testCase(suite, "acme").getAttribute("file")).endsWith("accounts/acme.yaml");
        assertThat(testCase(suite, "portfolio").getAttribute("classname")).isEqualTo("value.portfolio");
    }

    @Test
    void failsATestCaseForEachAlertAtOrAboveTheGate() throws Exception {
        Element suite = suite(Severity.ERROR);
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        Element globex = testCase(suite, "globex");
        assertThat(globex.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element failure = (Element) globex.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("sustained-imbalance");
        assertThat(failure.getAttribute("message")).startsWith("Vendor over-investing for the last 3 quarters");
        assertThat(failure.getTextContent()).contains("accounts/globex.yaml:5:1").contains("Agree with the customer");
        assertThat(testCase(suite, "portfolio").getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(testCase(suite, "portfolio").getElementsByTagName("failure").item(0).getTextContent())
                .contains("error tier-over-capacity at ").contains("value.yaml:5:15\n");
        // Below the gate: reported, not failed.
        Element acme = testCase(suite, "acme");
        assertThat(acme.getElementsByTagName("failure").getLength()).isZero();
        assertThat(acme.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("warning discount-breaks-equilibrium at ");
    }

    @Test
    void aLowerGateFailsMore() throws Exception {
        Element suite = suite(Severity.INFO);
        assertThat(suite.getAttribute("failures")).isEqualTo("4");
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(4);
    }

    @Test
    void escapesWhatThePlansSay() throws Exception {
        Element suite = suite(Severity.WARNING);
        Element failure = (Element) testCase(suite, "acme").getElementsByTagName("failure").item(0);
        // '<', '&' and '%' survive; the control character XML cannot hold becomes U+FFFD.
        assertThat(failure.getAttribute("message")).contains("Procurement, EMEA: 100% <urgent> & co\uFFFD");
        assertThat(failure.getTextContent()).contains("<urgent> & co\uFFFD");
    }

    @Test
    void anEmptyPortfolioPasses() throws Exception {
        String xml = CheckFixtures.write(CheckFormat.JUNIT, CheckFixtures.load(dir), Severity.ERROR);
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="value check" tests="1" failures="0" errors="0" skipped="0" time="0">
                  <properties>
                    <property name="as_of" value="2026-11-24"/>
                  </properties>
                  <testcase name="portfolio" classname="value.portfolio" time="0"></testcase>
                </testsuite>
                """);
    }
}
