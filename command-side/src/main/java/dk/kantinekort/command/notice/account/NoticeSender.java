package dk.kantinekort.command.notice.account;

import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.notice.Mailbox;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails what the outbox holds: instant notices right after the processor's commit (and every few seconds for what
 * failed), the daily digests once a day. A notice is claimed before it is mailed and marked sent after, so it goes
 * out once across retries, restarts and several instances; only a crash between the mail server's answer and the
 * mark can mail it twice. A forgotten citizen's address cannot be opened: their notices are dropped.
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final int BATCH = 200;

    private final NoticeOutbox outbox;
    private final Mailbox mailbox;
    private final PersonalDataVault vault;
    private final NoticeMailText text;
    private final SchemeParts parts;
    private final Clock clock;
    private final int maxAttempts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notice-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    NoticeSender(NoticeOutbox outbox, Mailbox mailbox, PersonalDataVault vault, NoticeMailText text,
                 SchemeParts parts, Clock clock, @Value("${canteen.notices.max-attempts:20}") int maxAttempts) {
        this.outbox = outbox;
        this.mailbox = mailbox;
        this.vault = vault;
        this.text = text;
        this.parts = parts;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** Mails the waiting instant notices soon, on a thread of its own (called after the processor's commit). */
    void soon() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                sendInstant();
            });
        }
    }

    /** What failed before, or what another instance's processor wrote. */
    @Scheduled(fixedDelayString = "${canteen.notices.retry-interval:PT10S}", initialDelayString = "PT10S")
    void retry() {
        soon();
    }

    /** Mails every waiting instant notice; those that fail wait for the next round. */
    void sendInstant() {
        if (!parts.isOn(SchemePart.NOTICES)) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (NoticeOutbox.Notice notice : outbox.unsent(NoticeDelivery.INSTANT, now, now.plusSeconds(1), BATCH)) {
                if (outbox.claim(notice, now, HOLD)) {
                    deliver(List.of(notice), text.subject(notice), text.body(notice));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Notices could not be sent now; trying again later: {}", e.toString());
        }
    }

    /** Each recipient's digest of an account: the notices of the day so far, in one mail. */
    @Scheduled(cron = "${canteen.notices.digest-cron:0 0 18 * * *}", zone = "Europe/Copenhagen")
    void sendDigests() {
        if (!parts.isOn(SchemePart.NOTICES)) {
            return;
        }
        Instant now = clock.instant();
        Map<String, List<NoticeOutbox.Notice>> byRecipient = new LinkedHashMap<>();
        for (NoticeOutbox.Notice notice : outbox.unsent(NoticeDelivery.DAILY_DIGEST, now, now, 10_000)) {
            byRecipient.computeIfAbsent(notice.citizenId() + "|" + notice.accountId(), k -> new java.util.ArrayList<>())
                    .add(notice);
        }
        for (List<NoticeOutbox.Notice> notices : byRecipient.values()) {
            List<NoticeOutbox.Notice> claimed = notices.stream().filter(n -> outbox.claim(n, now, HOLD)).toList();
            if (!claimed.isEmpty()) {
                deliver(claimed, text.digestSubject(), text.digestBody(claimed));
            }
        }
    }

    private void deliver(List<NoticeOutbox.Notice> notices, String subject, String body) {
        NoticeOutbox.Notice first = notices.get(0);
        String about = first.kind() + " notice of event " + first.eventId();
        String to = vault.open(NoticeSubscriptions.sealedFromJson(first.addressSealed()));
        Instant now = clock.instant();
        if (to == null) {
            log.info("The recipient of the {} was forgotten; dropped", about);
            notices.forEach(n -> outbox.markSent(n, now));
            return;
        }
        boolean sent;
        try {
            sent = mailbox.send(to, subject, body, about);
        } catch (RuntimeException e) {
            log.warn("The {} could not be mailed: {}", about, e.toString());
            sent = false;
        }
        for (NoticeOutbox.Notice n : notices) {
            if (sent || n.attempts() + 1 >= maxAttempts) {
                outbox.markSent(n, now);
            } else {
                outbox.retryLater(n, now.plus(backoff(n.attempts() + 1)));
            }
        }
    }

    private static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 5L * attempts * attempts));
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
