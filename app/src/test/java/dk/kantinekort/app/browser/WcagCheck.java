package dk.kantinekort.app.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core on the page the browser shows, with the rules of WCAG 2.0 and 2.1, levels A and AA. Only
 * violations count, not the results axe leaves for a person to review ("incomplete"): those are mostly inside
 * Vaadin's own components.
 */
final class WcagCheck {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private WcagCheck() {
    }

    /** The serious and critical violations on the page now, one readable line per rule and element. */
    static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> SERIOUS.contains(rule.getImpact()))
                .flatMap(rule -> rule.getNodes().stream().map(node -> describe(rule, node)))
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule, CheckedNode node) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + ": "
                + node.getFailureSummary().replace('\n', ' ');
    }
}
