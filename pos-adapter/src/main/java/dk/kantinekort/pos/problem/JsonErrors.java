package dk.kantinekort.pos.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Describes why a JSON body could not be read, naming the field but never echoing a value (a body may hold a
 * card number or a CPR number).
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(Throwable failure) {
        JsonProcessingException json = find(failure);
        if (json == null) {
            return "The request body is not valid JSON";
        }
        String path = pathOf(failure);
        if (json instanceof InputCoercionException || json instanceof StreamConstraintsException) {
            return (path.isEmpty() ? "A number in the request body" : path) + " is out of range" + at(json.getLocation());
        }
        if (json instanceof JsonParseException) {
            return "The request body is not valid JSON" + at(json.getLocation());
        }
        if (json instanceof MismatchedInputException && path.isEmpty()) {
            return "The request body has the wrong shape (expected a JSON object)";
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() == String.class) {
            return path + " must be text (a JSON string), not a number or true/false";
        }
        return path.isEmpty() ? "The request body could not be read" : path + " has the wrong type or is out of range";
    }

    private static String pathOf(Throwable failure) {
        for (Throwable c = failure; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return path(mapping);
            }
        }
        return "";
    }

    /** The parser-level cause when there is one (it says more than the mapping error around it). */
    private static JsonProcessingException find(Throwable failure) {
        JsonProcessingException found = null;
        for (Throwable c = failure; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof JsonParseException || c instanceof InputCoercionException
                    || c instanceof StreamConstraintsException) {
                return (JsonProcessingException) c;
            }
            if (found == null && c instanceof JsonProcessingException j) {
                found = j;
            }
        }
        return found;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
