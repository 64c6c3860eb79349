package dk.kantinekort.api.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.MoneyDeposited;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@link MoneyDeposited} of revision "0", the first shape, as revision "1": revision "0" did not say how the
 * money came, and every deposit then was cash at the counter, so {@code method} becomes {@link DepositMethod#CASH}.
 * The example for the next change of an event: give the record a new {@code @Revision} and add an upcaster from
 * the old one, so history written by old versions stays readable (README, "Production deployment").
 *
 * <p>Events stored before events had revisions carry none (null) and already have every field of revision "1";
 * they need no upcaster.
 */
public final class MoneyDepositedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_0 = new SimpleSerializedType(MoneyDeposited.class.getName(), "0");
    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MoneyDeposited.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_0.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_1, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            if (!event.hasNonNull("method")) {
                event.put("method", DepositMethod.CASH.name());
            }
            return event;
        });
    }
}
