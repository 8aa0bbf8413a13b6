package gr.etwinning.synedrio.adapter.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;

/**
 * Jackson made strict, for whatever reads JSON that people or programs send: a value of the wrong type is refused,
 * never converted — {@code 5.5} or {@code "2"} for a whole number, {@code "true"} or {@code 1} for true or false, a
 * number for a text, {@code null} for a number that must be there — and a text holding a lone UTF-16 surrogate
 * ({@code "\ud800"}), which no database can store, is refused too. Jackson's error then names the field.

 * Both driving adapters use it: the web adapter for request bodies, the command line for dataset files.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Configures the mapper to refuse every coercion between JSON's types, and returns it. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                    CoercionInputShape.EmptyString}) {
                if (!natural(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString,
                CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("synedrio-strict-text")
                .addDeserializer(String.class, new WholeText()));
        return mapper;
    }

    /** Whether a JSON value of that shape is the type's own: a number for a number, a text for a text or a date. */
    private static boolean natural(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Textual -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            case Enum, DateTime -> shape == CoercionInputShape.String;
            default -> false;
        };
    }

    /** Whether the text holds a UTF-16 surrogate without its pair (from a {@code \ud800} escape). */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Texts as JSON gives them, refused when they hold a lone surrogate; nothing else becomes a text. */
    private static final class WholeText extends StdScalarDeserializer<String> {

        WholeText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && hasLoneSurrogate(value)) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(p, "the text holds a lone UTF-16 "
                        + "surrogate, a \\ud800-\\udfff escape without its pair, which is not a character");
            }
            return value;
        }
    }
}
