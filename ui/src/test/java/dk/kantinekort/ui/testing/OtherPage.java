package dk.kantinekort.ui.testing;

import com.vaadin.flow.component.html.Div;

/**
 * Stands in for pages other work builds (kontoudskrift, hjaelp, login, …), so tests can follow links there.
 * Registered at run time, not with @Route: a scan of the ui module's routes must never find it.
 */
public class OtherPage extends Div {
}
