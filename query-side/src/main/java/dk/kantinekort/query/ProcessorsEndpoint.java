package dk.kantinekort.query;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/processors}: which segments of each tracking processor this instance works on, and releasing one
 * so that another instance claims it. Axon 4's tracking processors do not rebalance on their own: the first
 * instance claims every segment it has threads for; with Axon Server its dashboard releases and splits segments,
 * without it this endpoint releases them. Only in the standalone service, and only when exposed
 * ({@code management.endpoints.web.exposure.include=health,processors}); keep it on an internal network.
 */
@Endpoint(id = "processors")
class ProcessorsEndpoint {

    private final EventProcessingConfiguration processing;
    private final Duration releaseFor;

    ProcessorsEndpoint(EventProcessingConfiguration processing, Duration releaseFor) {
        this.processing = processing;
        this.releaseFor = releaseFor;
    }

    /** Per processor: the segments claimed here, with the number of segments each one is a part of. */
    @ReadOperation
    Map<String, Object> processors() {
        Map<String, Object> answer = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof TrackingEventProcessor tracking) {
                answer.put(name, status(tracking));
            }
        });
        return answer;
    }

    /**
     * Releases a segment: this instance stops working on it and leaves it alone for the claim timeout, so another
     * instance (looking every token-claim interval) claims it. Body {@code {"segment": 1}}.
     */
    @WriteOperation
    Map<String, Object> release(@Selector String processor, int segment) {
        TrackingEventProcessor tracking = processing.eventProcessor(processor, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No tracking processor " + processor));
        tracking.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("processor", processor);
        answer.put("released", segment);
        answer.put("releasedFor", releaseFor.toString());
        return answer;
    }

    private static Map<String, Object> status(TrackingEventProcessor processor) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("running", processor.isRunning());
        status.put("error", processor.isError());
        List<Map<String, Object>> segments = processor.processingStatus().values().stream()
                .map(ProcessorsEndpoint::segment).toList();
        status.put("segments", segments);
        return status;
    }

    private static Map<String, Object> segment(EventTrackerStatus tracker) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("id", tracker.getSegment().getSegmentId());
        segment.put("of", tracker.getSegment().getMask() + 1);
        segment.put("caughtUp", tracker.isCaughtUp());
        segment.put("error", tracker.isErrorState());
        return segment;
    }
}
