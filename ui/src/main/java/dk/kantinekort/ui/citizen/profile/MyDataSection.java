package dk.kantinekort.ui.citizen.profile;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mine data" on Brugeroplysninger: "Hent mine data" downloads everything held about the citizen and the people they
 * act for, as JSON in plain words (right of access).
 */
class MyDataSection extends Div {

    static final String FILE_NAME = "mine-data.json";
    private static final Logger log = LoggerFactory.getLogger(MyDataSection.class);

    MyDataSection(MyDataFile file) {
        setId("profile-my-data");
        // a link, not a button in a link: one control for keyboards and screen readers
        Anchor download = new Anchor(download(file), getTranslation("profile.my-data.download"));
        download.setId("profile-my-data-download");
        download.addClassNames(LumoUtility.Display.INLINE_BLOCK, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Vertical.SMALL, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.FontWeight.SEMIBOLD);
        add(new H3(getTranslation("profile.my-data.heading")), new Paragraph(getTranslation("profile.my-data.text")),
                download);
    }

    static DownloadHandler download(MyDataFile file) {
        return event -> {
            Optional<String> json;
            try {
                json = file.json();
            } catch (IllegalStateException e) {
                log.warn("Hent mine data unavailable: {}", e.toString());
                event.getResponse().setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (json.isEmpty()) {
                event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            event.setFileName(FILE_NAME);
            event.setContentType("application/json");
            event.getOutputStream().write(json.get().getBytes(StandardCharsets.UTF_8));
        };
    }
}
