package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The polite notice above every page while the read models are rebuilt: balances and statements may be incomplete
 * for a moment. A status region, so assistive technology reads it without moving focus.
 */
public class RebuildBanner extends Div {

    private final ReadModelNotice notice;

    public RebuildBanner(ReadModelNotice notice) {
        this.notice = notice;
        setId("rebuild-banner");
        getElement().setAttribute("role", "status");
        addClassNames(LumoUtility.Background.PRIMARY_10, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Padding.Horizontal.LARGE);
        setText(getTranslation("shell.rebuild-banner"));
        setVisible(false);
    }

    /** Shows or hides the banner as the read models are now. */
    public void update() {
        setVisible(notice.rebuilding());
    }
}
